// Points and money beyond what 规则设置 allows for one item (单项分值上限, 单项金额上限) are reported
// by sheet, row and column and kept out of pay; a header written twice is named with both columns.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeScores } from '../../src/app/reports/scores';
import { loadWorkbook } from '../../src/app/workbook';
import { menuValidateAll } from '../../src/gas/entry';
import { installFake } from '../helpers/install';
import { novemberWorkbook } from '../helpers/scores-workbook';
import { sh, toFake, toMemory } from '../helpers/workbooks';

afterEach(() => {
  vi.unstubAllGlobals();
});

const NOW = Date.parse('2026-12-02T10:00:00+08:00');

function scoresOf(patch: (sheets: ReturnType<typeof novemberWorkbook>) => void, edited = false) {
  const sheets = novemberWorkbook(edited);
  patch(sheets);
  const port = toMemory(sheets);
  return computeScores(loadWorkbook(port).sheets, '2026-11', port.timeZone, NOW);
}

const ledger = (sheets: ReturnType<typeof novemberWorkbook>) =>
  sheets.find((s) => s.name === '十一月奖罚')!.rows as unknown[][];

describe('a ledger item beyond its limit', () => {
  it.each([
    ['分值', 3, 1e300],
    ['分值', 3, -1e15],
    ['金额', 4, -1e15],
    ['金额', 4, '-1,000,000,000,000'],
  ] as const)('%s %s is reported and not paid', (field, column, typed) => {
    const before = scoresOf(() => {}).scores.staff.find((s) => s.name === '小E')!;
    const { scores, problems } = scoresOf((sheets) => {
      const row: unknown[] = [sh(2026, 11, 20), '小E', '', null, null, null, null];
      row[column] = typed;
      ledger(sheets).push(row);
    });
    const after = scores.staff.find((s) => s.name === '小E')!;
    expect(after.score).toBe(before.score);
    expect(after.net).toBe(before.net);
    expect(problems).toContainEqual(
      expect.objectContaining({ row: 22, field, code: 'number_too_large', sheet: '十一月奖罚' }),
    );
    expect(scores.staff.length).toBeGreaterThan(0);
    for (const s of scores.staff) expect(Number.isFinite(s.net) && Math.abs(s.net) < 1e6, s.name).toBe(true);
  });

  it('a number within the limit still counts, and the limit is the team’s to raise', () => {
    const { scores } = scoresOf((sheets) => {
      ledger(sheets).push([sh(2026, 11, 20), '小E', '', '-30', '-500', null, null]);
    });
    const e = scores.staff.find((s) => s.name === '小E')!;
    expect(e.ledgerPoints).toBe(
      -30 + scoresOf(() => {}).scores.staff.find((s) => s.name === '小E')!.ledgerPoints,
    );
    const raised = scoresOf((sheets) => {
      ledger(sheets).push([sh(2026, 11, 20), '小E', '', '-150', null, null, null]);
      (sheets.find((s) => s.name === '规则设置')!.rows as unknown[][]).push(['单项分值上限', 200, null]);
    }, true);
    expect(raised.problems.some((p) => p.code === 'number_too_large')).toBe(false);
  });

  it('a rule of the catalogue beyond the limit refuses the scores, naming the cell', () => {
    expect(() =>
      scoresOf((sheets) => {
        (sheets.find((s) => s.name === '奖惩规则')!.rows as unknown[][])[5]![3] = 1e300;
      }, true),
    ).toThrow(
      expect.objectContaining({
        code: 'bad_rule',
        params: expect.objectContaining({
          row: 6,
          field: '分值',
          value: expect.stringContaining('单项分值上限 100'),
        }),
      }),
    );
  });

  it('检查全部 names the cell and the limit in 校验报告', () => {
    const sheets = novemberWorkbook(false);
    ledger(sheets).push([sh(2026, 11, 20), '小E', '', null, -1e15, null, null]);
    const wb = installFake(toFake(sheets));
    menuValidateAll();
    const line = wb
      .sheet('校验报告')
      .snapshotValues()
      .find((r) => r[0] === '十一月奖罚' && r[1] === 22);
    expect(line?.[6]).toMatch(/超出「单项金额上限」（10000）/);
  });
});

describe('a header written twice', () => {
  it('is named with both columns and the one that is read', () => {
    const sheets = novemberWorkbook(false);
    const rows = ledger(sheets);
    rows[1]!.push('加减分');
    rows.push([sh(2026, 11, 20), '小E', 'G10', null, null, null, null, -5]);
    const wb = installFake(toFake(sheets));
    menuValidateAll();
    const line = wb
      .sheet('校验报告')
      .snapshotValues()
      .find((r) => r[0] === '十一月奖罚' && String(r[6]).includes('出现了两次'));
    expect(line?.[1]).toBe(2);
    expect(line?.[6]).toContain('D 列和 H 列');
    expect(line?.[6]).toContain('只读取、检查 D 列');
  });
});
