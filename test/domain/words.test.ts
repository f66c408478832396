// Reading what people write: statuses, rewards and penalties in words, synonyms, dates without a year.

import { describe, expect, it } from 'vitest';
import { parseMoment } from '../../src/domain/calendar/parse';
import { formatIso } from '../../src/domain/calendar/time';
import { chineseNumber, readLedgerText, revokes } from '../../src/domain/ledger/ledger-text';
import { defaultSettings, readSettings } from '../../src/domain/params/readers';
import { isResolved, rowStatus, standardValue } from '../../src/domain/sheets/status';

const settings = defaultSettings();
const TZ = 'Asia/Shanghai';
const NOW = Date.parse('2026-11-20T10:00:00+08:00');

describe('status cells (结案状态词, 作废状态词)', () => {
  it.each([
    [['已处理'], 'closed'],
    [['已解决'], 'closed'],
    [['完结'], 'closed'],
    [['处理中'], null],
    [['未处理'], null],
    [['未解决'], null],
    [['未完结'], null],
    [['作废单'], 'void'],
    [['重复登记'], 'void'],
    [['已处理', '作废'], 'void'],
    [['已道歉并赠券', '已处理'], 'closed'],
    [['', ''], null],
  ] as const)('%j → %s', (cells, expected) => {
    expect(rowStatus(cells, settings)).toBe(expected);
  });

  it('believes the team’s own words once 规则设置 lists them', () => {
    const own = readSettings(new Map([['结案状态词', { raw: '办妥', row: 30 }]])).settings;
    expect(rowStatus(['已办妥'], own)).toBe('closed');
    expect(rowStatus(['已处理'], own)).toBeNull();
  });

  it('calls a registration resolved unless empty, 处理中, not yet, or void', () => {
    expect(isResolved('已退货', settings)).toBe(true);
    expect(isResolved('已维修', settings)).toBe(true);
    expect(isResolved('处理中', settings)).toBe(false);
    expect(isResolved('未处理', settings)).toBe(false);
    expect(isResolved('作废', settings)).toBe(false);
    expect(isResolved('', settings)).toBe(false);
  });
});

describe('values by meaning, in any script and in English', () => {
  it.each([
    [['已結案'], 'closed'],
    [['已處理'], 'closed'],
    [['Solved'], 'closed'],
    [['closed'], 'closed'],
    [['Resolved'], 'closed'],
    [['退款成功'], 'closed'],
    [['Unresolved'], null],
    [['Not resolved'], null],
    [['未結案'], null],
    [['In progress'], null],
    [['Waiting on customer'], null],
    [['Cancelled'], 'void'],
    [['Withdrawn by customer'], 'void'],
    [['客户撤回'], 'void'],
    [['作廢'], 'void'],
  ] as const)('status %j → %s', (cells, expected) => {
    expect(rowStatus(cells, settings)).toBe(expected);
  });

  it.each([
    ['退款成功', true],
    ['已退款', true],
    ['已換貨', true],
    ['Refunded', true],
    ['Returned', true],
    ['退款中', false],
    ['待审核', false],
    ['等待买家退货', false],
    ['已拒绝', false],
    ['驳回', false],
    ['审核中', false],
    ['Refund requested', false],
    ['Pending review', false],
    ['Rejected', false],
    ['换个说法', false],
  ] as const)('only a done word resolves a registration: %j → %s', (status, expected) => {
    expect(isResolved(status, settings, settings.lists.caseStatus)).toBe(expected);
  });

  it.each([
    ['高', '重大'],
    ['緊急', '重大'],
    ['High', '重大'],
    ['URGENT', '重大'],
    ['P1', '重大'],
    ['P2', '重大'],
    ['中', '普通'],
    ['Low', '普通'],
    ['P4', '普通'],
    ['嚴重', '重大'],
    ['重大投诉', '重大'],
    ['非重大', '非重大'],
  ])('reads level %j as %j', (written, standard) => {
    expect(standardValue(written, settings, settings.lists.level)).toBe(standard);
  });

  it.each([
    ['客服主管', '主管'],
    ['售后客服专员', '售后客服'],
    ['前台接待员', '前台'],
    ['打单员', '打单'],
    ['主管', '主管'],
    ['財務', '財務'],
  ])('reads role %j as %j', (written, standard) => {
    expect(standardValue(written, settings, settings.lists.role)).toBe(standard);
  });

  it('never reads a negated word as the word: 不满意 is not 满意', () => {
    expect(standardValue('非常不满意', settings, settings.lists.satisfaction)).toBe('不满意');
    expect(standardValue('不太满意', settings, ['满意', '不满意'])).toBe('不太满意');
  });

  it('lets a team change a default meaning in 取值同义词', () => {
    const own = readSettings(new Map([['取值同义词', { raw: 'P2=普通', row: 30 }]])).settings;
    expect(standardValue('P2', own, own.lists.level)).toBe('普通');
  });
});

describe('rewards and penalties written in words', () => {
  it.each([
    ['扣3分', { points: -3, yuan: 0, cancelsAttendance: false }],
    ['减2分', { points: -2, yuan: 0, cancelsAttendance: false }],
    ['加5分', { points: 5, yuan: 0, cancelsAttendance: false }],
    ['奖2分', { points: 2, yuan: 0, cancelsAttendance: false }],
    ['罚款50元', { points: 0, yuan: -50, cancelsAttendance: false }],
    ['罚30元', { points: 0, yuan: -30, cancelsAttendance: false }],
    ['扣款20元', { points: 0, yuan: -20, cancelsAttendance: false }],
    ['奖励100元', { points: 0, yuan: 100, cancelsAttendance: false }],
    ['奖50元', { points: 0, yuan: 50, cancelsAttendance: false }],
    ['罚款30元，取消全勤', { points: 0, yuan: -30, cancelsAttendance: true }],
    ['无全勤', { points: 0, yuan: 0, cancelsAttendance: true }],
    ['扣3分、罚款50元', { points: -3, yuan: -50, cancelsAttendance: false }],
    ['扣3分 加2分', { points: -1, yuan: 0, cancelsAttendance: false }],
    ['罚款三十元', { points: 0, yuan: -30, cancelsAttendance: false }],
    ['扣两分', { points: -2, yuan: 0, cancelsAttendance: false }],
    ['奖励一百元', { points: 0, yuan: 100, cancelsAttendance: false }],
    ['罚款二百五十元', { points: 0, yuan: -250, cancelsAttendance: false }],
    ['扣０.５分', { points: -0.5, yuan: 0, cancelsAttendance: false }],
  ] as const)('%j', (text, expected) => {
    expect(readLedgerText(text)).toEqual(expected);
  });

  it.each(['扣分', '罚款', '通报批评', '', '扣三点五分'])('cannot read %j', (text) => {
    expect(readLedgerText(text)).toBeNull();
  });

  it('reads small Chinese numerals', () => {
    expect([chineseNumber('三'), chineseNumber('十'), chineseNumber('十五'), chineseNumber('三十')]).toEqual([
      3, 10, 15, 30,
    ]);
    expect([chineseNumber('两百'), chineseNumber('一百零五'), chineseNumber('一千')]).toEqual([
      200, 105, 1000,
    ]);
    expect(chineseNumber('三三')).toBeNull();
  });

  it('takes 撤销 in a state or a note as revoking the row', () => {
    expect(revokes('已撤销')).toBe(true);
    expect(revokes('撤销')).toBe(true);
    expect(revokes('经核实属实')).toBe(false);
  });
});

describe('values people write (取值同义词)', () => {
  it('reads the default synonyms as their standard values', () => {
    expect(standardValue('满意', settings)).toBe('基本满意');
    expect(standardValue('非常满意', settings)).toBe('很满意');
    expect(standardValue('已换新机', settings)).toBe('已换货');
    expect(standardValue('在线平台', settings)).toBe('其他');
    expect(standardValue('很满意', settings)).toBe('很满意');
  });

  it('reads a word by the column it is in: 一般 is 普通 as a level and 基本满意 as a satisfaction', () => {
    const { level, satisfaction } = settings.lists;
    expect(standardValue('一般', settings, level)).toBe('普通');
    expect(standardValue('一般', settings, satisfaction)).toBe('基本满意');
    expect(standardValue('严重', settings, level)).toBe('重大');
    // A word standing for nothing in the column's list stays as written (and is reported there).
    expect(standardValue('满意', settings, level)).toBe('满意');
  });

  it('reports a pair whose standard value is in no list, naming its row, and keeps the others', () => {
    const { settings: own, problems } = readSettings(
      new Map([['取值同义词', { raw: '超满意=很满意, 还行=凑合', row: 12 }]]),
    );
    expect(problems).toEqual([
      { name: '取值同义词', row: 12, value: '还行=凑合', expected: 'synonyms', stops: null },
    ]);
    expect(standardValue('超满意', own)).toBe('很满意');
    expect(standardValue('还行', own)).toBe('还行');
  });

  it('keeps the good standard values of a word that also has a wrong one', () => {
    const { settings: own, problems } = readSettings(
      new Map([['取值同义词', { raw: '一般=凑合, 一般=普通', row: 12 }]]),
    );
    expect(problems.map((p) => p.value)).toEqual(['一般=凑合']);
    expect(standardValue('一般', own, own.lists.level)).toBe('普通');
  });
});

describe('dates without a year', () => {
  const read = (text: string, now: number | null = NOW) => {
    const m = parseMoment(text, TZ, now ?? undefined);
    return m ? { at: formatIso(m.instant, TZ), yearless: m.yearless ?? false } : null;
  };

  it.each([
    ['10/5', '2026-10-05T00:00:00+08:00'],
    ['10月5日 14:30', '2026-10-05T14:30:00+08:00'],
    ['10-10 14:30', '2026-10-10T14:30:00+08:00'],
    ['12/15', '2026-12-15T00:00:00+08:00'],
    ['12/25', '2025-12-25T00:00:00+08:00'],
    ['11月20日 下午2:30', '2026-11-20T14:30:00+08:00'],
  ])('%j on 2026-11-20 is %s', (text, at) => {
    expect(read(text)).toEqual({ at, yearless: true });
  });

  it('stays unreadable without a "now" to infer the year from, or when it is no date', () => {
    expect(read('10/5', null)).toBeNull();
    expect(read('13/5')).toBeNull();
    expect(read('2/30')).toBeNull();
    expect(read('10.5')).toBeNull();
  });

  it('reads 5/10 day first in Hong Kong, and 10月5日 by its month everywhere', () => {
    const hk = (text: string) => {
      const m = parseMoment(text, 'Asia/Hong_Kong', NOW, 'HK');
      return m ? formatIso(m.instant, 'Asia/Hong_Kong') : null;
    };
    expect(hk('5/10')).toBe('2026-10-05T00:00:00+08:00');
    expect(hk('13/5')).toBe('2026-05-13T00:00:00+08:00');
    expect(hk('10月5日')).toBe('2026-10-05T00:00:00+08:00');
  });

  it('leaves a date with its year alone', () => {
    expect(read('2026/10/5')).toEqual({ at: '2026-10-05T00:00:00+08:00', yearless: false });
  });
});
