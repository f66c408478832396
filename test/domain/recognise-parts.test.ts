// The recogniser's parts, one at a time: how a header is folded and split, what a form question
// asks, which concepts a header carries, and what sort of values a column holds.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a build script without type declarations
import { traditionalSource } from '../../scripts/make-traditional.mjs';
import { conceptsOf } from '../../src/domain/recognise/concepts';
import { questionCore, splitWords, withoutLegend } from '../../src/domain/recognise/headers';
import { headerKey } from '../../src/domain/recognise/index';
import { looksLikePhone, profileColumn } from '../../src/domain/recognise/values';
import { normalizeHeader, toSimplified } from '../../src/domain/text';

describe('folding a header', () => {
  it.each([
    ['客訴編號', '客诉编号'],
    ['處理狀態', '处理状态'],
    ['聯絡電話', '联络电话'],
    ['員工姓名', '员工姓名'],
    ['投诉时间', '投诉时间'],
  ])('reads %j in Simplified as %j', (text, simplified) => {
    expect(toSimplified(text)).toBe(simplified);
  });

  it('folds width, case and spaces too', () => {
    expect(normalizeHeader(' ＣＳ 客訴 ')).toBe('cs客诉');
  });

  it.each([
    ['requesterPhone', 'requester phone'],
    ['first_reply_time', 'first reply time'],
    ['rmaRaisedDate', 'rma raised date'],
    ['SLAFirstResponse', 'sla first response'],
    ['RMA編號', 'rma 編號'],
  ])('splits %j into the words %j', (text, words) => {
    expect(splitWords(text)).toBe(words);
  });

  it.each([
    ['您的联系电话是？', '联系电话'],
    ['请填写您的姓名', '姓名'],
    ['請留下您的聯絡電話？', '联络电话'],
    ['Please enter your phone number', 'phone number'],
    ['What is your order number?', 'order number'],
    ['投诉内容', '投诉内容'],
  ])('reads the form question %j as asking for %j', (question, core) => {
    expect(questionCore(question)).toBe(core);
  });

  it.each([
    ['投诉类型1:服务相关,2:物流相关,3:售后相关', '投诉类型'],
    ['状态(0:待处理 1:已处理)', '状态'],
    ['备注: 见附件', '备注: 见附件'],
  ])('drops the legend of codes after %j', (text, header) => {
    expect(withoutLegend(text)).toBe(header);
  });

  it.each([
    ['联系电话（手机）', '联系电话'],
    ['回访类型（1-学车报名；2-', '回访类型'],
    ['1. 姓名', '姓名'],
    ['客户电话*：', '客户电话'],
  ])('compares %j as %j', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });
});

describe('the concepts a header carries', () => {
  it.each([
    ['客訴編號', ['complaint', 'id']],
    ['Complaint ID', ['complaint', 'id']],
    ['First Reply Time', ['first', 'reply', 'time']],
    ['首次答覆時間', ['first', 'reply', 'time']],
    ['requester_phone', ['customer', 'phone']],
    ['投诉人姓名', ['complaint', 'customer', 'name']],
    ['被投诉人', ['accused']],
    ['Created', ['create', 'time']],
    ['Created by', ['create', 'person']],
    ['Received via', ['channel', 'create']],
    ['Article Count', ['product', 'quantity']],
    ['维修工', ['person', 'repair']],
    ['出货日期', ['ship', 'time']],
    ['Case Type', ['case', 'category', 'type']],
    ['#', ['id']],
    ['Complaint received by', ['accept', 'complaint', 'person']],
    ['Assigned To', ['handle', 'person']],
    ['服务工程师', ['handle', 'person']],
    ['求助人员', ['customer']],
    ['退货人', ['customer']],
    ['投保人', ['customer']],
    ['Symptoms', ['content', 'repair']],
    ['您觉得最需要改进的地方是？', ['suggest']],
    ['滿意度調查表', ['callback', 'satisfaction']],
    ['Reported By', ['customer']],
    ['Submitted by', ['customer']],
    ['Logged by', ['create', 'person']],
    ['Contact Info', ['phone']],
    ['Maintenance Requests', ['repair', 'case']],
    ['叫修日期', ['repair', 'time']],
    ['實際完修日', ['actual', 'close', 'time']],
    ['案主姓名', ['customer', 'name']],
    ['接收投訴員工', ['accept', 'complaint', 'person']],
    ['报警人', ['customer']],
    ['报警时间', ['create', 'time']],
    ['维保人员', ['repair', 'person']],
    ['預定撥打', ['due', 'callback']],
    ['Dial Results', ['callback', 'result']],
    ['Telecaller Name', ['callback', 'person', 'name']],
    ['人事狀態', ['employment', 'status']],
    ['处置方式', ['solution']],
    ['是否紧急', ['level']],
    ['主责人', ['accused']],
    ['處理情形', ['handle', 'content']],
    ['RMA #', ['repair', 'id']],
    ['# of Case Owner Changes', ['case', 'person', 'quantity']],
    ['LogDate', ['create', 'time']],
    ['来电号码', ['create', 'inbound', 'phone']],
    ['Job ID', ['case', 'id']],
    ['Job Title', ['role']],
    ['Date In', ['create', 'time']],
    ['事項編號', ['case', 'content', 'id']],
    ['表揚檢舉', ['reward', 'complaint']],
    ['Workers', ['person']],
    ['Worker ID', ['staffId']],
    ['Conversation Thread', ['case', 'content']],
    ['新增於', ['create', 'time']],
    ['型別', ['category', 'type']],
    ['優先度', ['level']],
    ['Date Joining', ['time', 'join']],
    ['How likely are you to recommend us?', ['satisfaction']],
    ['On a scale of 1 - 5 how would you rate this course?', ['satisfaction']],
    // 方 beginning a word of its own (方式, 方案) names no party: how a refund or a report was made.
    ['退款方式', ['repair', 'channel']],
    ['报修方式', ['repair', 'channel']],
    ['投诉方', ['customer']],
    ['工单图片', ['case', 'attachment']],
    ['Ticket Attachments', ['case', 'attachment']],
    ['Association/community name', ['company', 'name']],
    ['Categories', ['category']],
    ['Incentive Amount', ['reward', 'money']],
    ['Priorities', ['level']],
    ['VIN', ['serial']],
    ['车架号', ['serial']],
    ['是否加急', ['level']],
    ['Major/minor', ['level']],
    ['新建时间', ['create', 'time']],
    ['工单审核时间', ['case', 'update', 'time']],
    ['归档时间', ['close', 'time']],
    ['工单经手人', ['case', 'handle', 'person']],
    ['簽收時間', ['accept', 'time']],
    // A shop is a firm, and where the product was bought; time left on a case is no time it happened.
    ['购买商场', ['purchase', 'company', 'store']],
    ['Outlet', ['company', 'store']],
    ['店舖', ['company', 'store']],
    ['Time Left', ['duration']],
    // A customer's petition (訴願) is a complaint.
    ['訴願類別', ['complaint', 'category']],
    ['剩余时间', ['duration', 'time']],
    // 号码 after a record is its number; after a parcel its tracking; alone, or a person's, a phone.
    ['工單號碼', ['case', 'id']],
    ['订单号码', ['order', 'id']],
    ['快递号码', ['ship', 'tracking']],
    ['客户号码', ['customer', 'phone']],
    ['投诉号码', ['complaint', 'phone']],
    ['电话号码', ['phone']],
    // A phone with its model or serial is the product serviced.
    ['手机型号', ['product']],
    ['手機串號', ['serial']],
    ['Phone Model', ['product']],
    // The day a case opened is when it came in; 项目 after a reward is its rule.
    ['OPENDATE', ['create', 'time']],
    // A person's phone beside a product stays a phone.
    ['设备联系人电话', ['product', 'customer', 'phone']],
    ['奖惩项目', ['reward', 'rule']],
    ['积分项目', ['points', 'rule']],
    ['项目', ['department']],
    // A call centre's skill group is a team.
    ['技能组', ['department']],
    ['Skill Group', ['department']],
    // Someone's note is a note; 量 counts (but 质量 is quality); a repair's own form is a repair case.
    ['客服备注', ['note']],
    ['Agent Notes', ['note']],
    ['呼叫量', ['quantity']],
    ['质量问题', ['content']],
    ['维修单号', ['case', 'repair', 'id']],
    ['Repair Order', ['case', 'repair']],
    // Whoever a callback visits or interviews is its customer; a call answered is nothing due.
    ['受访人姓名', ['customer', 'name']],
    ['被访者', ['customer']],
    ['應答時間', ['time']],
    ['应回访日期', ['due', 'callback', 'time']],
  ])('%j is %j', (header, concepts) => {
    expect([...conceptsOf(header).concepts].sort()).toEqual([...concepts].sort());
  });
});

describe('what a column’s values are', () => {
  it.each([
    ['13812345678'],
    ['138-1234-5678'],
    ['0912-345-678'],
    ['+886 912 345 678'],
    ['(02) 2345-6789'],
    ['9123 4567'],
    ['+852 6123 4567'],
    ['+1 415 555 0132'],
    ['07-123-4567'],
    ['071234567'],
    ['0912345678'],
    ['6612 3456'],
    ['+853 6612 3456'],
    ['+49 30 1234567'],
    ['00886 912 345 678'],
    ['00886912345678'],
    ['手机：13812345678'],
    ["'+254712345678"],
    [13812345678],
  ])('%j is a phone number', (value) => {
    expect(looksLikePhone(value)).toBe(true);
  });

  it.each([['CS-2026-031'], ['2026-10-0012'], ['48213'], ['20261014'], ['Order 1234567'], ['91234567']])(
    '%j is not',
    (value) => {
      expect(looksLikePhone(value)).toBe(false);
    },
  );

  const dominant = (values: unknown[]) => {
    const p = profileColumn(values);
    const sorts = [
      'phone',
      'date',
      'time',
      'month',
      'person',
      'email',
      'text',
      'status',
      'level',
      'ledger',
      'channel',
      'code',
      'duration',
      'yesno',
    ] as const;
    return sorts.filter((s) => p[s] >= 0.99);
  };

  it.each([
    [
      ['2026-09-14T02:18:40Z', '2026-09-15T09:02:11+08:00'],
      ['date', 'time'],
    ],
    [
      ['2026/10/10 下午 3:05:22', '2026/10/11 上午 9:12:03'],
      ['date', 'time'],
    ],
    [
      ['10/10/2026 15:05:22', '9/14/2026 18:22:05'],
      ['date', 'time'],
    ],
    [['115/10/14', '民國115年10月15日'], ['date']],
    [['2026-08', '2026年9月'], ['month']],
    [
      [
        '王芳',
        '歐陽娜娜',
        '小雅',
        'Emily Carter',
        '旗舰店:小雅',
        'Muhammad Faiz bin Ismail',
        'Kevin Tan Wei Ming',
      ],
      ['person'],
    ],
    [['态度恶劣', '物流太慢'], []],
    [['kevin.lin@shop.com', 'amy@x.cn'], ['email']],
    [['快递三天未更新，客户要求退款并投诉', 'Parcel marked delivered but not received'], ['text']],
    [['已結案', 'Solved', 'pending', '处理中'], ['status']],
    [['High', '高', 'P1', '普通'], ['level']],
    [['電話', 'WhatsApp', '電郵', '微信', 'Walk-in', '12345'], ['channel']],
    [['扣3分', '罚款50元，取消全勤'], ['ledger']],
    [['KF-2026-001', 'VOC-2609-01'], ['code']],
    [['176:32:10', '0:05:52', '12:16:30'], ['duration']],
    [['是', '否', 'Y', 'No', 'TRUE'], ['yesno']],
  ])('%j are %j', (values, sorts) => {
    expect(dominant(values)).toEqual(sorts);
  });

  it('counts an empty column as empty, not as any sort', () => {
    expect(profileColumn(['', '', '']).filled).toBe(0);
  });
});

describe('the Traditional table', () => {
  it('is what scripts/make-traditional.mjs generates from the pinned opencc-js (npm run traditional:make)', () => {
    const committed = readFileSync(
      join(process.cwd(), 'src', 'domain', 'recognise', 'traditional.ts'),
      'utf8',
    );
    expect(committed).toBe(traditionalSource());
  });
});
