// Honest results on real data: a store's statuses believed, a ledger read as written, plausible
// values accepted, and whatever a result could not take into account said where it is shown.

import { describe, expect, it } from 'vitest';
import { realWorkbook } from '../../scripts/real-sheets';
import { digestNotice } from '../../src/app/alerts/notify';
import { runCallbacks } from '../../src/app/operations/callbacks';
import { runComplaints } from '../../src/app/operations/complaints';
import { runScores } from '../../src/app/operations/scores';
import { runValidation } from '../../src/app/operations/validate';
import { complaintsJson } from '../../src/app/present/json';
import { type SheetData, sh, toMemory } from '../helpers/workbooks';

const NOW = sh(2026, 11, 20, 10).getTime();
const run = { now: NOW, lang: 'zh', write: true } as const;

function open(sheets: readonly SheetData[]) {
  const wb = toMemory(sheets);
  return { wb, port: wb };
}

describe('a store log whose 状态 column says what was done (no 方案时间 column)', () => {
  const store = realWorkbook('store-complaints.xlsx').sheets as SheetData[];

  it('believes 已处理 and 作废单: only the 未处理 ones are overdue', () => {
    const { port } = open(store);
    const report = runComplaints(port, run);
    // Rows 4–13: 已处理 ×6, 未处理 ×2, 作废单 ×2 (scripts/real-sheets.ts), all received 2026-11-02…11.
    const states = report.rows.map((r) => [r.complaint.row, r.status.state]);
    expect(states).toEqual([
      [4, 'closed'],
      [5, 'solution_overdue'],
      [6, 'void'],
      [7, 'closed'],
      [8, 'closed'],
      [9, 'solution_overdue'],
      [10, 'closed'],
      [11, 'void'],
      [12, 'closed'],
      [13, 'closed'],
    ]);
    expect(report.summary).toMatchObject({ total: 8, solutionOverdue: 2, closed: 6, void: 2, open: 0 });
    const json = complaintsJson(report, NOW, 'Asia/Shanghai', 'zh');
    expect(json.complaints.find((c) => c.row === 4)).toMatchObject({ state: 'closed', hoursLeft: null });
    expect(json.warnings).toEqual([]);
  });

  it('never lists, highlights or mails a closed or void complaint', () => {
    const { wb, port } = open(store);
    runComplaints(port, run);
    const listed = wb
      .sheet('超时投诉')
      .snapshotValues()
      .slice(2)
      .map((line) => line[7]);
    expect(listed).toEqual(['投诉登记表!A5', '投诉登记表!A9']);
    const digest = digestNotice(
      runComplaints(port, { ...run, write: false }),
      new Set(),
      'zh',
      NOW,
      'Asia/Shanghai',
    );
    expect(digest?.title).toBe('【客服助手】投诉提醒：新超时 2 件，即将超时 0 件');
    // The add-on's own 状态 column says so, and the highlight rules skip those rows.
    const own = wb.sheet('投诉登记表');
    expect(own.value(4, 12)).toBe('已结案');
    expect(own.value(6, 12)).toBe('作废');
    const formula = String(own.conditionalRules[0]?.formula);
    expect(formula).toContain('$L4<>"已结案",$L4<>"作废"');
  });

  it('counts a void complaint in no month figure, and a closed one as handled with no time', () => {
    const { port } = open(store);
    const callbacks = runCallbacks(port, { ...run, month: '2026-11' });
    expect(callbacks.complaints).toMatchObject({ received: 8, handled: 6, onTime: 0, onTimeRate: null });
    // Six closed by status alone: each owed a callback from a day nobody wrote down.
    expect(callbacks.warnings).toEqual([{ code: 'callbacks_unplanned', params: { count: 6 } }]);
  });
});

describe('a ledger written in words (奖惩方式, 已撤销 in 备注)', () => {
  it('scores the month as worked out by hand', () => {
    const { port } = open(realWorkbook('free-text-ledger.xlsx').sheets as SheetData[]);
    const { scores, problems, warnings } = runScores(port, { ...run, month: '2026-10' });
    const by = (name: string) => scores.staff.find((s) => s.name === name);
    // 李娜 扣1分: 99, fine 1 × 10 → 100 + 200 − 10.
    expect(by('李娜')).toMatchObject({ score: 99, pointsFine: 10, cashItems: 0, net: 290, ledgerRows: [3] });
    // 张伟 扣3分 then 加5分: 102.
    expect(by('张伟')).toMatchObject({ score: 102, net: 300, ledgerRows: [4, 6] });
    // 马丽 罚款50元，取消全勤: 100 points, −50 yuan, no attendance bonus → 0 + 200 − 50.
    expect(by('马丽')).toMatchObject({ score: 100, cashItems: -50, fullAttendanceBonus: 0, net: 150 });
    // 陈静 扣3分, 已撤销: counts nowhere.
    expect(by('陈静')).toMatchObject({ score: 100, net: 300, ledgerRows: [] });
    // 刘洋 奖励100元.
    expect(by('刘洋')).toMatchObject({ score: 100, cashItems: 100, net: 400 });
    // 王芳 (主管): 4 of her 5 at 100 or more → +100.
    expect(by('王芳')).toMatchObject({ supervisorAdjustment: 100, net: 400 });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('says which row it cannot read, on its cell, and leaves the row out', () => {
    const sheets = realWorkbook('free-text-ledger.xlsx').sheets as SheetData[];
    const ledger = sheets[0] as SheetData;
    const rows = [
      ...ledger.rows.slice(0, -1),
      [sh(2026, 10, 30), '客服部', '李娜', '态度问题', '通报批评', ''],
    ];
    const { port } = open([{ ...ledger, rows }, sheets[1] as SheetData]);
    const validation = runValidation(port, run);
    expect(validation.issues.map((i) => [i.row, i.field, i.code, i.severity])).toEqual([
      [9, '奖惩方式', 'unreadable_ledger_item', 'error'],
    ]);
    const { problems } = runScores(port, { ...run, month: '2026-10' });
    expect(problems.map((p) => [p.row, p.code])).toEqual([[9, 'unreadable_ledger_item']]);
  });
});

describe('never a silent wrong answer', () => {
  const roster: SheetData = {
    name: '员工名单',
    rows: [
      ['姓名', '岗位'],
      ['王芳', '主管'],
      ['李娜', '售后客服'],
    ],
  };

  it('says when there is no ledger: everyone is the base score', () => {
    const { wb, port } = open([roster]);
    const report = runScores(port, { ...run, month: '2026-10' });
    expect(report.warnings).toEqual([{ code: 'no_ledger', params: { base: 100 } }]);
    expect(report.scores.staff.every((s) => s.score === 100)).toBe(true);
    const block = wb
      .sheet('月度考核')
      .snapshotValues()
      .map((line) => String(line[0]));
    expect(block).toContain('没有找到奖惩登记表：每人按基础分 100 分计，没有任何奖惩记录。');
  });

  it('says when there is no roster, and scores the names in the ledger', () => {
    const { port } = open([
      {
        name: '奖惩登记',
        rows: [
          ['日期', '姓名', '规则代码'],
          [sh(2026, 10, 5), '李娜', 'G05'],
          [sh(2026, 10, 6), '张伟', 'G04'],
        ],
      },
    ]);
    const report = runScores(port, { ...run, month: '2026-10' });
    expect(report.warnings).toEqual([{ code: 'no_roster', params: { count: 2 } }]);
    expect(report.scores.staff.map((s) => [s.name, s.score])).toEqual([
      ['李娜', 99],
      ['张伟', 102],
    ]);
  });

  it('says when a complaints sheet has no reply, solution or status column', () => {
    const { wb, port } = open([
      {
        name: '投诉登记',
        rows: [
          ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人'],
          ['A1', sh(2026, 11, 1, 10), '甲', '13912340001', '慢', '李娜'],
        ],
      },
    ]);
    const report = runComplaints(port, run);
    expect(report.warnings).toEqual([{ code: 'no_progress_columns', params: { sheet: '投诉登记' } }]);
    expect(String(wb.sheet('超时投诉').value(2, 1))).toContain('「投诉登记」没有答复时间、方案时间或状态列');
  });
});

describe('values people write', () => {
  it('accepts synonyms, phones with notes and several numbers, dates without a year (with a warning)', () => {
    const { port } = open([
      {
        name: '售后登记',
        rows: [
          [
            '登记日期',
            '客户姓名',
            '客户电话',
            '产品型号',
            '问题描述',
            '登记人',
            '购买渠道',
            '处理结果',
            '满意度',
          ],
          ['10/5', '甲', '13800138000/13900139000', 'K1', '坏', '李娜', '在线平台', '已维修', '非常满意'],
          ['10月6日 14:30', '乙', '微信同号13800138000', 'K1', '坏', '李娜', '线上', '已换新机', '满意'],
          [sh(2026, 10, 7), '丙', '8613800138000', 'K1', '坏', '李娜', '线下', '处理中', '一般'],
        ],
      },
      {
        name: '员工名单',
        rows: [
          ['姓名', '岗位'],
          ['李娜', '售后客服'],
        ],
      },
    ]);
    const { issues } = runValidation(port, run);
    // 在线平台, 已维修, 已换新机, 非常满意, 满意, 一般 are synonyms; the phones are all readable.
    expect(issues.map((i) => [i.row, i.field, i.code, i.severity])).toEqual([
      [2, '登记日期', 'date_without_year', 'warning'],
      [3, '登记日期', 'date_without_year', 'warning'],
    ]);
    expect(issues.find((i) => i.row === 2)?.params.date).toBe('2026-10-05');
  });
});

describe('callbacks read from a workbook with no complaint sheet', () => {
  const callbacksOnly: SheetData[] = [
    {
      name: '回访记录',
      rows: [
        ['关联编号', '客户姓名', '联系电话', '回访类型', '实际回访时间', '回访人'],
        [null, '甲', '13912340001', '售后30天', sh(2026, 11, 12, 15), '赵一'],
        [null, '乙', '13912340002', '售后30天', sh(2026, 11, 18, 15), '赵一'],
      ],
    },
  ];

  it('says the month’s complaint figures have no sheet to come from, rather than 0 received', () => {
    const { port } = open(callbacksOnly);
    const report = runCallbacks(port, { ...run, month: '2026-11' });
    expect(report.complaints.received).toBe(0);
    expect(report.warnings).toContainEqual({
      code: 'no_sheet_of_kind',
      params: { kind: 'complaints', kinds: ['complaints'] },
    });
  });

  it('says nothing of the kind once a complaint sheet is there', () => {
    const { port } = open([
      ...callbacksOnly,
      {
        name: '投诉登记',
        rows: [
          ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人'],
          ['K1', sh(2026, 11, 10, 9), '甲', '13912340001', '空调漏水，地板泡坏', '赵一'],
        ],
      },
    ]);
    const report = runCallbacks(port, { ...run, month: '2026-11' });
    expect(report.complaints.received).toBe(1);
    expect(report.warnings.filter((w) => w.code === 'no_sheet_of_kind')).toEqual([]);
  });
});
