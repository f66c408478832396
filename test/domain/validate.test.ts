// The validation rules of src/domain/validate/rules.ts, each on its own: rows go straight to validateRows
// with a layout and a context written here (no workbook, no recognition), and each test names the
// exact issues (row, field, code, severity, message and what it says) a rule must give, and the
// rows it must leave alone.

import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/domain/params/readers';
import type { ColumnInfo, SheetLayoutInfo } from '../../src/domain/recognise';
import { DEFAULT_RULES, normalizeRuleCode } from '../../src/domain/scores/rules';
import type { SheetKind } from '../../src/domain/sheets/schema';
import {
  type Issue,
  type StaffMember,
  type ValidationContext,
  validateLayout,
  validateRows,
} from '../../src/domain/validate/rules';
import { sh } from '../helpers/workbooks';

/** "Now": Thursday 2026-11-05 10:00 in Shanghai. */
const NOW = sh(2026, 11, 5, 10).getTime();
const SETTINGS = defaultSettings();

function staff(name: string, role: string, row: number): [string, StaffMember] {
  return [name, { name, role, state: '在职', row }];
}

const ROSTER = new Map([
  staff('王芳', '主管', 2),
  staff('李娜', '售后客服', 3),
  staff('张伟', '售前客服', 4),
]);

function context(over: Partial<ValidationContext> = {}): ValidationContext {
  return {
    timeZone: 'Asia/Shanghai',
    now: NOW,
    lists: SETTINGS.lists,
    roster: ROSTER,
    rules: new Map(DEFAULT_RULES.map((r) => [normalizeRuleCode(r.code), r])),
    words: SETTINGS,
    limits: SETTINGS,
    region: 'CN',
    ...over,
  };
}

/** A sheet of a kind whose columns hold these fields, in this order, headed by their own names. */
function layoutOf(
  kind: SheetKind,
  fields: readonly string[],
  extra: Partial<SheetLayoutInfo> = {},
): SheetLayoutInfo {
  return {
    sheet: '表',
    kind,
    headerRow: 1,
    headerRows: 1,
    columns: Object.fromEntries(fields.map((f, i) => [f, i])),
    headers: Object.fromEntries(fields.map((f) => [f, f])),
    columnInfo: fields.map((f, i) => ({ index: i, header: f, field: f, source: 'alias' })),
    missingRequired: [],
    source: 'header',
    ...extra,
  };
}

/** Validates rows (the first on sheet row 2) and gives each issue as [row, field, code, severity]. */
function check(
  kind: SheetKind,
  fields: readonly string[],
  rows: readonly (readonly unknown[])[],
  over: Partial<ValidationContext> = {},
): Issue[] {
  return validateRows(
    layoutOf(kind, fields),
    rows.map((cells, i) => ({ row: i + 2, cells })),
    context(over),
  );
}

const brief = (issues: readonly Issue[]) => issues.map((i) => [i.row, i.field, i.code, i.severity]);

// --- after-sales registrations ------------------------------------------------------------------

const REGISTRATION = [
  '登记日期',
  '客户姓名',
  '客户电话',
  '产品型号',
  '问题描述',
  '登记人',
  '产品序列号',
  '购买日期',
  '购买渠道',
  '满意度',
  '处理结果',
  '解决方案',
  '解决人',
  '解决日期',
] as const;

type RegistrationField = (typeof REGISTRATION)[number];

/** A correct registration, still open; `patch` changes some of its fields. */
function registration(patch: Partial<Record<RegistrationField, unknown>> = {}): unknown[] {
  const good: Record<RegistrationField, unknown> = {
    登记日期: sh(2026, 11, 1),
    客户姓名: '甲',
    客户电话: '13812345678',
    产品型号: 'X-1',
    问题描述: '不制冷',
    登记人: '李娜',
    产品序列号: 'S1',
    购买日期: sh(2026, 10, 1),
    购买渠道: '线上',
    满意度: '',
    处理结果: '处理中',
    解决方案: '',
    解决人: '',
    解决日期: '',
  };
  const row = { ...good, ...patch };
  return REGISTRATION.map((f) => row[f]);
}

const registrations = (rows: unknown[][], over: Partial<ValidationContext> = {}) =>
  check('registration', REGISTRATION, rows, over);

/** A resolved registration: solution, resolver and day filled. */
const RESOLVED = {
  处理结果: '已解决',
  解决方案: '更换风扇',
  解决人: '李娜',
  解决日期: sh(2026, 11, 3),
} as const;

describe('a correct row', () => {
  it('has no issue, open or resolved', () => {
    expect(registrations([registration(), registration({ ...RESOLVED, 产品序列号: 'S2' })])).toEqual([]);
  });
});

describe('required fields', () => {
  it('are errors where a field every row needs is blank or only spaces, on its cell', () => {
    const issues = registrations([registration({ 客户姓名: '', 问题描述: '   ' })]);
    expect(brief(issues)).toEqual([
      [2, '客户姓名', 'missing_required', 'error'],
      [2, '问题描述', 'missing_required', 'error'],
    ]);
    expect(issues.map((i) => [i.column, i.message])).toEqual([
      [2, 'issue.missing_required'],
      [5, 'issue.missing_required'],
    ]);
  });

  // 处理结果 is a list too: a status written outside it (resolved, 未解决) is also not_in_list, apart.
  const required = (issues: readonly Issue[]) => issues.filter((i) => i.code === 'missing_required');

  it('ask for the solution, its handler and day once a case says it is resolved', () => {
    const blanks = { 解决方案: '', 解决人: '', 解决日期: '' };
    for (const status of ['已解决', '已换货', 'resolved']) {
      const issues = required(registrations([registration({ ...RESOLVED, ...blanks, 处理结果: status })]));
      expect(brief(issues), status).toEqual([
        [2, '解决方案', 'missing_required', 'error'],
        [2, '解决人', 'missing_required', 'error'],
        [2, '解决日期', 'missing_required', 'error'],
      ]);
      expect(new Set(issues.map((i) => i.message)), status).toEqual(
        new Set(['issue.missing_required_resolved']),
      );
    }
  });

  it('do not ask for them while the case is open, not yet solved, or void', () => {
    for (const status of ['处理中', '未解决', '退款中', '已拒绝', '作废', '']) {
      expect(required(registrations([registration({ 处理结果: status })])), status).toEqual([]);
    }
  });
});

describe('dates', () => {
  it('may not lie in the future: a day after today is a warning, today is fine', () => {
    const issues = registrations([
      registration({ 登记日期: sh(2026, 11, 6) }),
      registration({ 登记日期: sh(2026, 11, 5), 产品序列号: 'S2' }),
    ]);
    expect(brief(issues)).toEqual([[2, '登记日期', 'future_date', 'warning']]);
    expect(issues[0]?.params.value).toBe('2026-11-06');
  });

  it('with a time, may not lie after now, even later today', () => {
    const issues = check(
      'complaints',
      ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人'],
      [
        ['T1', sh(2026, 11, 5, 11), '甲', '13812345678', '慢', '李娜'],
        ['T2', sh(2026, 11, 5, 9), '乙', '13812345679', '慢', '李娜'],
      ],
    );
    expect(brief(issues)).toEqual([[2, '投诉时间', 'future_date', 'warning']]);
    expect(issues[0]?.params.value).toBe('2026-11-05 11:00');
  });

  it('of a plan may lie ahead (应回访日期 is not checked against today)', () => {
    const issues = check(
      'callbacks',
      ['客户姓名', '联系电话', '回访人', '应回访日期', '实际回访时间'],
      [
        ['甲', '13812345678', '李娜', sh(2026, 12, 1), ''],
        ['乙', '13812345679', '李娜', sh(2026, 11, 4), sh(2026, 12, 1, 9)],
      ],
    );
    expect(brief(issues)).toEqual([[3, '实际回访时间', 'future_date', 'warning']]);
  });

  it('must be dates: a day that does not exist, a bare number and a time alone are errors', () => {
    const issues = registrations([
      registration({ 登记日期: '2026/02/30' }),
      registration({ 登记日期: 5, 产品序列号: 'S2' }),
      registration({ 登记日期: '2026年11月2日', 产品序列号: 'S3' }),
    ]);
    expect(brief(issues)).toEqual([
      [2, '登记日期', 'invalid_date', 'error'],
      [3, '登记日期', 'number_not_date', 'error'],
    ]);
    expect(issues.map((i) => [i.message, i.params.value])).toEqual([
      ['issue.invalid_date', '2026/02/30'],
      ['issue.number_not_date', '5'],
    ]);
  });

  it('without a year are read as the nearest past day, with a warning saying which', () => {
    const issues = registrations([registration({ 登记日期: '10/5' })]);
    expect(brief(issues)).toEqual([[2, '登记日期', 'date_without_year', 'warning']]);
    expect(issues[0]?.params).toMatchObject({ value: '10/5', date: '2026-10-05' });
  });

  it('keep their order: resolved not before registered, bought not after', () => {
    const issues = registrations([
      registration({ ...RESOLVED, 登记日期: sh(2026, 11, 4), 解决日期: sh(2026, 11, 2) }),
      registration({ 登记日期: sh(2026, 11, 1), 购买日期: sh(2026, 11, 3), 产品序列号: 'S2' }),
      // The same day both ways is in order.
      registration({ ...RESOLVED, 登记日期: sh(2026, 11, 3), 购买日期: sh(2026, 11, 3), 产品序列号: 'S3' }),
    ]);
    expect(brief(issues)).toEqual([
      [2, '解决日期', 'date_order', 'error'],
      [3, '购买日期', 'date_order', 'error'],
    ]);
    expect(issues[0]).toMatchObject({
      message: 'issue.date_before',
      params: { other: '登记日期', value: '2026-11-02', otherValue: '2026-11-04' },
    });
    expect(issues[1]).toMatchObject({
      message: 'issue.date_after',
      params: { other: '登记日期', value: '2026-11-03', otherValue: '2026-11-01' },
    });
  });
});

describe('phone numbers', () => {
  it('are mobiles or landlines with their area code on the mainland', () => {
    const phones = ['13812345678', '021-62340002', '+86 138 1234 5678', '1381234567', '12345'];
    const issues = registrations(
      phones.map((phone, i) => registration({ 客户电话: phone, 产品序列号: `S${i}` })),
    );
    expect(brief(issues)).toEqual([
      [5, '客户电话', 'invalid_phone', 'error'],
      [6, '客户电话', 'invalid_phone', 'error'],
    ]);
    expect(new Set(issues.map((i) => i.message))).toEqual(new Set(['issue.invalid_phone']));
  });

  it('follow the region, and say what is valid there', () => {
    const issues = registrations(
      [registration({ 客户电话: '0912-345-678' }), registration({ 客户电话: '0912-345', 产品序列号: 'S2' })],
      { region: 'TW' },
    );
    expect(brief(issues)).toEqual([[3, '客户电话', 'invalid_phone', 'error']]);
    expect(issues[0]).toMatchObject({
      message: 'issue.invalid_phone_local',
      params: { local: '09xx-xxx-xxx / 02-xxxx-xxxx' },
    });
    // The same Taiwanese mobile is no mainland number.
    expect(brief(registrations([registration({ 客户电话: '0912-345-678' })]))).toEqual([
      [2, '客户电话', 'invalid_phone', 'error'],
    ]);
  });
});

describe('values from a list', () => {
  it('must be in the list, which the message names', () => {
    const issues = registrations([registration({ 购买渠道: '抖音' })]);
    expect(brief(issues)).toEqual([[2, '购买渠道', 'not_in_list', 'error']]);
    expect(issues[0]).toMatchObject({
      message: 'issue.not_in_list',
      params: { value: '抖音', list: '线上、线下、其他' },
    });
  });

  it('take a synonym as its standard value (满意 is 基本满意), and nothing else', () => {
    const issues = registrations(
      ['满意', '非常满意', '很满意', '还行吧'].map((said, i) =>
        registration({ 满意度: said, 产品序列号: `S${i}` }),
      ),
    );
    expect(brief(issues)).toEqual([[5, '满意度', 'not_in_list', 'error']]);
  });

  it('are the team’s lists when it has its own', () => {
    const lists = { ...SETTINGS.lists, channel: ['抖音', '门店'] };
    const issues = registrations(
      [registration({ 购买渠道: '抖音' }), registration({ 购买渠道: '线上', 产品序列号: 'S2' })],
      { lists },
    );
    expect(brief(issues)).toEqual([[3, '购买渠道', 'not_in_list', 'error']]);
    expect(issues[0]?.params.list).toBe('抖音、门店');
  });

  it('are 是 or 否 for a yes-or-no column', () => {
    const issues = check(
      'ledger',
      ['日期', '姓名', '规则代码', '取消全勤'],
      [
        [sh(2026, 11, 2), '李娜', 'C01', '是'],
        [sh(2026, 11, 2), '李娜', 'C01', '可能'],
      ],
    );
    expect(brief(issues)).toEqual([[3, '取消全勤', 'not_in_list', 'error']]);
    expect(issues[0]?.params).toMatchObject({ value: '可能', list: '是、否' });
  });
});

describe('staff', () => {
  it('must be on the roster', () => {
    const issues = registrations([registration({ 登记人: '路人' }), registration({ 产品序列号: 'S2' })]);
    expect(brief(issues)).toEqual([[2, '登记人', 'unknown_staff', 'error']]);
    expect(issues[0]?.params.value).toBe('路人');
  });

  it('are not checked when the workbook has no roster', () => {
    expect(registrations([registration({ 登记人: '路人' })], { roster: null })).toEqual([]);
  });
});

// --- the reward and penalty ledger ---------------------------------------------------------------

const LEDGER = ['日期', '姓名', '规则代码', '分值', '金额', '状态', '奖惩方式'] as const;

function ledgerRow(
  code: string,
  points: unknown = '',
  yuan: unknown = '',
  name = '李娜',
  extra: unknown[] = [],
) {
  return [sh(2026, 11, 2), name, code, points, yuan, ...(extra.length > 0 ? extra : ['', ''])];
}

const ledger = (rows: unknown[][], over: Partial<ValidationContext> = {}) =>
  check('ledger', LEDGER, rows, over);

describe('numbers', () => {
  it('must read as numbers: signs, Unicode minus and 分 are fine, words are not', () => {
    const issues = ledger([
      ledgerRow('G05', '−3'),
      ledgerRow('G05', '3分'),
      ledgerRow('G05', '＋2'),
      ledgerRow('G05', 'abc'),
      ledgerRow('C01', '', '-30'),
      ledgerRow('C01', '', '三十'),
    ]);
    expect(brief(issues)).toEqual([
      [5, '分值', 'invalid_number', 'error'],
      [7, '金额', 'invalid_number', 'error'],
    ]);
    expect(issues[0]?.params.value).toBe('abc');
  });

  it('stay within 单项分值上限 and 单项金额上限, either sign, naming the limit', () => {
    const issues = ledger([
      ledgerRow('', 100),
      ledgerRow('', -101),
      ledgerRow('', 1e300),
      ledgerRow('', '', -10_000),
      ledgerRow('', '', '-10,001'),
    ]);
    expect(brief(issues)).toEqual([
      [3, '分值', 'number_too_large', 'error'],
      [4, '分值', 'number_too_large', 'error'],
      [6, '金额', 'number_too_large', 'error'],
    ]);
    expect(issues[0]).toMatchObject({
      message: 'issue.number_too_large',
      params: { value: '-101', param: '单项分值上限', limit: 100 },
    });
    expect(issues[2]?.params).toMatchObject({ param: '单项金额上限', limit: 10_000 });
  });

  it('take the limits in force: a team may raise them', () => {
    const limits = { ...SETTINGS, maxItemPoints: 200 };
    expect(ledger([ledgerRow('', -150)], { limits })).toEqual([]);
    expect(brief(ledger([ledgerRow('', -150)]))).toEqual([[2, '分值', 'number_too_large', 'error']]);
  });
});

describe('rule codes', () => {
  it('must be in the catalogue, whatever their case or width', () => {
    const issues = ledger([ledgerRow('g05'), ledgerRow('Ｇ０５'), ledgerRow('Z01')]);
    expect(brief(issues)).toEqual([[4, '规则代码', 'unknown_rule', 'error']]);
    expect(issues[0]?.params.value).toBe('Z01');
  });

  it('of one role, given to someone of another, are a warning', () => {
    const issues = ledger([
      ledgerRow('A01', '', '', '张伟'),
      ledgerRow('P01', '', '', '张伟'),
      ledgerRow('G05', '', '', '张伟'),
    ]);
    expect(brief(issues)).toEqual([[2, '规则代码', 'role_mismatch', 'warning']]);
    expect(issues[0]?.params).toMatchObject({
      value: 'A01',
      ruleRole: '售后客服',
      name: '张伟',
      role: '售前客服',
    });
  });
});

describe('a ledger row without a code, points or money', () => {
  it('must say a reward or penalty in words one can read; a revoked row need not', () => {
    const issues = ledger([
      ledgerRow('', '', '', '李娜', ['', '扣3分']),
      ledgerRow('', '', '', '李娜', ['', '罚款三十元']),
      ledgerRow('', '', '', '李娜', ['', '嘉獎一次']),
      ledgerRow('', '', '', '李娜', ['', '通报批评']),
      ledgerRow('', '', '', '李娜', ['撤销', '通报批评']),
    ]);
    expect(brief(issues)).toEqual([[5, '奖惩方式', 'unreadable_ledger_item', 'error']]);
    expect(issues[0]?.params.value).toBe('通报批评');
  });
});

describe('months', () => {
  it('of a pre-sales report must be readable months', () => {
    const issues = check(
      'presales',
      ['月份', '姓名', '接待人数', '成交笔数', '流失单数'],
      [
        ['2026-11', '张伟', 80, 44, 0],
        ['2026年13月', '张伟', 80, 44, 0],
      ],
    );
    expect(brief(issues)).toEqual([[3, '月份', 'invalid_date', 'error']]);
    expect(issues[0]?.message).toBe('issue.invalid_month');
  });
});

describe('duplicates', () => {
  const COMPLAINTS = ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人'];

  it('of a complaint ID are an error on each later row, naming the first', () => {
    const row = (id: string, hour: number) => [id, sh(2026, 11, 2, hour), '甲', '13812345678', '慢', '李娜'];
    const issues = check('complaints', COMPLAINTS, [
      row('T-1', 9),
      row('T-2', 10),
      row('T-1', 11),
      row('T-1', 12),
    ]);
    expect(brief(issues)).toEqual([
      [4, '投诉编号', 'duplicate', 'error'],
      [5, '投诉编号', 'duplicate', 'error'],
    ]);
    expect(issues.map((i) => [i.message, i.params.other])).toEqual([
      ['issue.duplicate_id', 2],
      ['issue.duplicate_id', 2],
    ]);
  });

  it('of an after-sales case (phone however written, serial, day) are a warning', () => {
    const issues = registrations([
      registration(),
      registration({ 客户电话: '+86 138-1234-5678', 问题描述: '不制冷（重复）' }),
      // Another day: another case.
      registration({ 登记日期: sh(2026, 11, 2) }),
    ]);
    expect(brief(issues)).toEqual([[3, '客户电话', 'duplicate', 'warning']]);
    expect(issues[0]).toMatchObject({ message: 'issue.duplicate_case', params: { other: 2 } });
  });

  it('of a name on the roster are an error', () => {
    const issues = check(
      'roster',
      ['姓名', '岗位'],
      [
        ['李娜', '售后客服'],
        ['李娜', '前台'],
      ],
    );
    expect(brief(issues)).toEqual([[3, '姓名', 'duplicate', 'error']]);
  });
});

describe('the layout of a sheet', () => {
  it('says once that a required column is missing, at the header row', () => {
    const issues = validateLayout(
      layoutOf('complaints', ['投诉编号', '客户姓名'], { headerRow: 3, missingRequired: ['投诉时间'] }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        row: 3,
        column: null,
        field: '投诉时间',
        code: 'missing_required',
        severity: 'error',
        message: 'issue.missing_column',
        params: { field: '投诉时间', sheet: '表', row: 3 },
      }),
    ]);
  });

  it('names a header written twice with both columns and the one that is read', () => {
    const columnInfo: ColumnInfo[] = [
      { index: 0, header: '日期', field: '日期', source: 'alias' },
      { index: 3, header: '加减分', field: '分值', source: 'alias' },
      { index: 7, header: '加减分', field: null, source: null, repeats: 3 },
    ];
    const issues = validateLayout(layoutOf('ledger', ['日期'], { headerRow: 2, columnInfo }));
    expect(issues).toEqual([
      expect.objectContaining({
        row: 2,
        column: 8,
        field: '分值',
        code: 'duplicate_header',
        severity: 'warning',
        params: { header: '加减分', used: 'D', other: 'H' },
      }),
    ]);
  });

  it('has no issue when every required column is there once', () => {
    expect(validateLayout(layoutOf('registration', REGISTRATION))).toEqual([]);
  });
});
