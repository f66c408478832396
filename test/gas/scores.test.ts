import { afterEach, describe, expect, it, vi } from 'vitest';
import { menuComputeScores } from '../../src/gas/entry';
import { installFake } from '../helpers/install';
import { novemberWorkbook } from '../helpers/scores-workbook';
import { sh, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function setup() {
  vi.useFakeTimers({ now: sh(2026, 12, 3, 9), toFake: ['Date'] });
  return installFake(toFake(novemberWorkbook(false)));
}

function blockTitles(values: unknown[][]): string[] {
  return values.map((r) => String(r[0])).filter((t) => /^\d{4}-\d{2} 月度考核$/.test(t));
}

describe('Compute monthly scores in Sheets', () => {
  it('asks for the month, suggesting last month, and writes the block with a toast', () => {
    const wb = setup();
    wb.promptAnswers.push('');
    menuComputeScores();
    expect(wb.alerts).toEqual([]);
    const sheet = wb.sheet('月度考核');
    const values = sheet.snapshotValues();
    expect(values[0]?.[0]).toBe('2026-11 月度考核');
    expect(values[1]?.slice(0, 3)).toEqual(['姓名', '岗位', '得分']);
    expect(values[3]).toEqual([
      '小A',
      '售后客服',
      111,
      11,
      0,
      0,
      -50,
      0,
      200,
      100,
      0,
      250,
      '',
      '4、5、6、7、8、9、10',
    ]);
    expect(String(values[7]?.[0])).toBe('团队（不含主管）4 人：100 分及以上 1 人，低于 60 分 0 人');
    expect(wb.toasts.map((t) => t.message)).toEqual([
      '正在计算 2026-11 月度考核…',
      '2026-11 月度考核已写入「月度考核」：5 人，1 人 100 分及以上，0 人需解雇审查。',
    ]);
  });

  it('links each ledger row number to its row', () => {
    const wb = setup();
    wb.promptAnswers.push('2026-11');
    menuComputeScores();
    const rich = wb.sheet('月度考核').richText(4, 14)!;
    const ledgerId = wb.sheet('十一月奖罚').id;
    expect(rich.getText()).toBe('4、5、6、7、8、9、10');
    expect(rich.linkRuns()[0]).toEqual({ start: 0, end: 1, url: `#gid=${ledgerId}&range=A4` });
    expect(rich.linkRuns()[6]).toEqual({ start: 12, end: 14, url: `#gid=${ledgerId}&range=A10` });
  });

  it('highlights scores below 60 and from 110 with conditional formats, and charts the month', () => {
    const wb = setup();
    wb.promptAnswers.push('2026-11');
    menuComputeScores();
    const sheet = wb.sheet('月度考核');
    const formulas = sheet.conditionalRules.map((r) => r.getBooleanCondition().getCriteriaValues()[0]);
    expect(formulas).toEqual([
      '=AND(N("kefu-sheets")=0,ISNUMBER($C1),$C1<60)',
      '=AND(N("kefu-sheets")=0,ISNUMBER($C1),$C1>=110)',
    ]);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]?.getOptions().get('title')).toBe('客服助手 · 2026-11 月度考核');
    expect(sheet.charts[0]?.getRanges().map((r) => r.getA1Notation())).toEqual(['A3:A7', 'C3:C7']);
  });

  it('replaces only the re-run month; other months and every ledger value stay', () => {
    const wb = setup();
    const ledgerBefore = wb.sheet('十一月奖罚').snapshotValues();
    wb.promptAnswers.push('2026-10', '2026-11');
    menuComputeScores();
    menuComputeScores();
    const sheet = wb.sheet('月度考核');
    expect(blockTitles(sheet.snapshotValues())).toEqual(['2026-11 月度考核', '2026-10 月度考核']);
    const october = () => {
      const values = sheet.snapshotValues();
      const start = values.findIndex((r) => r[0] === '2026-10 月度考核');
      return values.slice(start);
    };
    const octoberBefore = october();
    // A new ledger row for November changes November's block (one row longer), not October's.
    wb.sheet('十一月奖罚').setRaw(22, 1, sh(2026, 11, 20));
    wb.sheet('十一月奖罚').setRaw(22, 2, '小B');
    wb.sheet('十一月奖罚').setRaw(22, 3, 'G05');
    wb.promptAnswers.push('2026-11');
    menuComputeScores();
    expect(blockTitles(sheet.snapshotValues())).toEqual(['2026-11 月度考核', '2026-10 月度考核']);
    expect(october()).toEqual(octoberBefore);
    expect(sheet.snapshotValues()[4]?.[2]).toBe(91.5);
    expect(wb.sheet('十一月奖罚').snapshotValues().slice(0, ledgerBefore.length)).toEqual(ledgerBefore);
    expect(sheet.charts).toHaveLength(1);
  });

  it('recomputes a month that fills the whole sheet (Sheets refuses to delete every row)', () => {
    const wb = setup();
    wb.promptAnswers.push('2026-11');
    menuComputeScores();
    const sheet = wb.sheet('月度考核');
    const before = sheet.snapshotValues();
    // A supervisor trimmed the sheet to its block (right-click › delete the empty rows).
    sheet.deleteRows(sheet.lastRow() + 1, sheet.maxRows - sheet.lastRow());
    sheet.frozenRows = 0;
    wb.promptAnswers.push('2026-11');
    menuComputeScores();
    expect(wb.alerts).toEqual([]);
    expect(sheet.snapshotValues().slice(1)).toEqual(before.slice(1));
  });

  it('says it is busy when another run holds the lock, and writes nothing', () => {
    const wb = setup();
    wb.lockHeldElsewhere = true;
    wb.promptAnswers.push('2026-11');
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    menuComputeScores();
    expect(warned.mock.calls).toEqual([['[kefu-sheets] menuComputeScores refused: busy']]);
    expect(wb.alerts).toEqual(['客服助手\n另一项操作正在进行，请稍后再试。']);
    expect(wb.sheets.some((s) => s.name === '月度考核')).toBe(false);
  });

  it('names the bad setting instead of computing with a default', () => {
    vi.useFakeTimers({ now: sh(2026, 12, 3, 9), toFake: ['Date'] });
    const sheets = novemberWorkbook(true);
    (sheets.find((s) => s.name === '规则设置')!.rows as unknown[][])[2]![1] = '10,20,三十,40';
    const wb = installFake(toFake(sheets));
    wb.promptAnswers.push('2026-11');
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    menuComputeScores();
    expect(warned).toHaveBeenCalledWith('[kefu-sheets] menuComputeScores refused: bad_param');
    expect(wb.alerts).toEqual([
      '客服助手\n「规则设置」第 3 行的参数「罚款档位」取值无效：10,20,三十,40。请先修正再计算。',
    ]);
    expect(wb.sheets.some((s) => s.name === '月度考核')).toBe(false);
  });

  it('does nothing when the prompt is cancelled, and rejects a month that is not one', () => {
    const wb = setup();
    menuComputeScores();
    expect(wb.sheets.some((s) => s.name === '月度考核')).toBe(false);
    wb.promptAnswers.push('十一月');
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    menuComputeScores();
    expect(warned).toHaveBeenCalledWith('[kefu-sheets] menuComputeScores refused: cli.bad_month');
    expect(wb.alerts).toEqual(['客服助手\n月份格式应为 YYYY-MM，收到：十一月']);
  });
});
