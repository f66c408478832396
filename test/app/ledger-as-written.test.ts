// A ledger as Taiwanese and one-sheet-per-month teams keep it: no 日期 column (the month is in the
// sheet's name or title), merits and demerits counted (嘉獎一次, 小過兩次) and worth what 奖惩规则
// says, and every row it cannot price reported, never a silent 0.

import { describe, expect, it } from 'vitest';
import { runScores } from '../../src/app/operations/scores';
import { runValidation } from '../../src/app/operations/validate';
import { type SheetData, sh, toMemory } from '../helpers/workbooks';

const NOW = sh(2026, 11, 20, 10).getTime();
const run = { now: NOW, lang: 'zh', write: false } as const;

const roster: SheetData = {
  name: '員工名冊',
  rows: [
    ['姓名', '岗位', '状态'],
    ['林佩君', '售后客服', '在职'],
    ['陳建宏', '售后客服', '在职'],
    ['黎文祥', '客服主管', '在职'],
  ],
};

const rules: SheetData = {
  name: '奖惩规则',
  rows: [
    ['代码', '岗位', '事项', '分值', '金额'],
    ['T01', '全员', '嘉獎', 2, ''],
    ['T02', '全员', '申誡', -3, ''],
  ],
};

function ledger(name: string, title: string | null, items: string[][]): SheetData {
  return {
    name,
    rows: [
      ...(title ? [[title]] : []),
      ['部門名稱', '員工姓名', '獎懲事由', '獎懲'],
      ...items.map(([person, reason, what]) => [
        '客服部',
        person as string,
        reason as string,
        what as string,
      ]),
    ],
  };
}

function open(sheets: readonly SheetData[]) {
  return toMemory(sheets);
}

describe('a ledger kept one sheet a month, as merits and demerits', () => {
  it('takes the month from the sheet name and prices each count by 奖惩规则', () => {
    const port = open([
      roster,
      rules,
      ledger('10月獎懲', null, [
        ['林佩君', '顧客滿意度全組最高', '嘉獎兩次'],
        ['陳建宏', '客訴電話未依 SOP 轉接', '申誡一次'],
        ['陳建宏', '無故遲到', '扣1分'],
      ]),
    ]);
    const { scores, problems } = runScores(port, { ...run, month: '2026-10' });
    expect(problems).toEqual([]);
    const score = (name: string) => scores.staff.find((s) => s.name === name)?.score;
    expect(score('林佩君')).toBe(104);
    expect(score('陳建宏')).toBe(96);
    expect(score('黎文祥')).toBe(100);
    // The same sheet is not October 2025's, nor November's.
    const november = runScores(port, { ...run, month: '2026-11' });
    expect(november.scores.staff.every((s) => s.score === 100)).toBe(true);
  });

  it('reads the month from a title with its year, and reports a merit 奖惩规则 does not price', () => {
    const port = open([
      roster,
      rules,
      ledger('Sheet1', '民國115年 2026年9月 獎懲紀錄', [
        ['林佩君', '協助新人', '嘉獎一次'],
        ['陳建宏', '多次客訴', '小過兩次'],
      ]),
    ]);
    const { scores, problems } = runScores(port, { ...run, month: '2026-09' });
    expect(scores.staff.find((s) => s.name === '林佩君')?.score).toBe(102);
    expect(scores.staff.find((s) => s.name === '陳建宏')?.score).toBe(100);
    expect(problems).toMatchObject([{ sheet: 'Sheet1', row: 4, code: 'unscored_merit', value: '小过' }]);
  });

  it('says which rows have no month at all rather than count them nowhere in silence', () => {
    const port = open([roster, rules, ledger('獎懲', null, [['林佩君', '協助新人', '嘉獎一次']])]);
    const { problems } = runScores(port, { ...run, month: '2026-10' });
    expect(problems).toMatchObject([{ sheet: '獎懲', row: 2, code: 'no_month' }]);
  });

  it('validates merits and demerits as readable; only words that say nothing are reported', () => {
    const port = open([
      roster,
      rules,
      ledger('10月獎懲', null, [
        ['林佩君', '協助', '嘉獎一次'],
        ['陳建宏', '遲到', '通報批評'],
      ]),
    ]);
    const { issues } = runValidation(port, { ...run });
    expect(issues.filter((i) => i.code === 'unreadable_ledger_item').map((i) => i.row)).toEqual([3]);
  });

  it('reads 客服主管 on the roster as the role 主管', () => {
    const port = open([roster, rules, ledger('10月獎懲', null, [['黎文祥', '協助', '嘉獎一次']])]);
    const { scores } = runScores(port, { ...run, month: '2026-10' });
    expect(scores.staff.find((s) => s.name === '黎文祥')?.role).toBe('主管');
  });
});
