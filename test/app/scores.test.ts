import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { computeScores, suggestMonth } from '../../src/app/reports/scores';
import { loadWorkbook } from '../../src/app/workbook';
import { NOVEMBER_DEFAULT, NOVEMBER_EDITED, novemberWorkbook } from '../helpers/scores-workbook';
import { sh, toMemory } from '../helpers/workbooks';

function report(edited: boolean, patch?: (sheets: ReturnType<typeof novemberWorkbook>) => void) {
  const sheets = novemberWorkbook(edited);
  patch?.(sheets);
  const port = toMemory(sheets);
  return computeScores(
    loadWorkbook(port).sheets,
    '2026-11',
    port.timeZone,
    Date.parse('2026-12-02T10:00:00+08:00'),
  );
}

describe('monthly scores of a workbook the tests have not seen', () => {
  it('match the hand-worked figures with the default settings, to the yuan', () => {
    const { scores } = report(false);
    expect(scores.staff.map((s) => s.name)).toEqual(['老周', '小A', '小B', '小C', '小E']);
    expect(Object.keys(NOVEMBER_DEFAULT).sort()).toEqual(scores.staff.map((s) => s.name).sort());
    for (const s of scores.staff) expect(s, s.name).toMatchObject(NOVEMBER_DEFAULT[s.name]!);
    expect(scores.team).toEqual({ size: 4, atOrAbove100: 1, belowDismissal: 0 });
  });

  it('match the hand-worked figures with edited parameters, catalogue and flat fines', () => {
    const { scores } = report(true);
    // The loop below checks each person: the same people as worked out by hand, so none is skipped.
    expect(scores.staff.map((s) => s.name).sort()).toEqual(Object.keys(NOVEMBER_EDITED).sort());
    for (const s of scores.staff) expect(s, s.name).toMatchObject(NOVEMBER_EDITED[s.name]!);
  });

  it('are the same where the team wrote its sheets in Traditional (離職, 撤銷, 全員 picked from dropdowns)', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const simplified = report(false).scores;
    const traditional = report(false, (sheets) => {
      for (const sheet of sheets) {
        const rows = sheet.rows as unknown[][];
        for (const row of rows)
          row.forEach((cell, i) => {
            if (typeof cell === 'string') row[i] = toTraditional(cell);
          });
      }
    }).scores;
    // The sheets did change: a departed member's 離職 and a revoked row's 撤銷 are in Traditional.
    expect(simplified.staff.map((s) => s.name)).toEqual(['老周', '小A', '小B', '小C', '小E']);
    expect(traditional.staff).toEqual(simplified.staff);
    expect(traditional.team).toEqual(simplified.team);
  });

  it('takes only a whole word for having left: 已离职 leaves the team, 待离职 is still on it', () => {
    const withState = (name: string, state: string) =>
      report(false, (sheets) => {
        const rows = sheets.find((s) => s.name === '人员')!.rows as unknown[][];
        rows.find((r) => r[0] === name)![2] = state;
      }).scores;
    // 小D has no row this month: listed while on the team, not once gone.
    const listed = (state: string) => withState('小D', state).staff.some((s) => s.name === '小D');
    expect(listed('在职')).toBe(true);
    expect(listed('待离职')).toBe(true);
    expect(listed('申请离职')).toBe(true);
    expect(listed('离职')).toBe(false);
    expect(listed('已离职')).toBe(false);
    expect(listed('離職')).toBe(false);
  });

  it('refuses to compute with a bad setting instead of using the default', () => {
    expect(() =>
      report(true, (sheets) => {
        (sheets.find((s) => s.name === '规则设置')!.rows as unknown[][])[1]![1] = '按天';
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'bad_param',
        params: expect.objectContaining({ name: '罚款方式', row: 2 }),
      }),
    );
    expect(() =>
      report(true, (sheets) => {
        (sheets.find((s) => s.name === '奖惩规则')!.rows as unknown[][])[5]![3] = '负二';
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'bad_rule',
        params: expect.objectContaining({ row: 6, field: '分值' }),
      }),
    );
  });

  it('lists the rows it could not use as written, for this month only', () => {
    const { problems, scores } = report(false, (sheets) => {
      const rows = sheets.find((s) => s.name === '十一月奖罚')!.rows as unknown[][];
      rows.push([sh(2026, 11, 20), '路人', 'G05', null, null, null, null]);
      rows.push([sh(2026, 10, 20), '路人', 'G05', null, null, null, null]);
      rows.push(['11月32日', '小A', 'G05', null, null, null, null]);
      // Written without a year: read as the 20th of the November before "now" (2026-12-02).
      rows.push(['11月20日', '小A', 'G05', null, null, null, null]);
    });
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [22, 'unknown_staff'],
      [24, 'invalid_date'],
    ]);
    expect(scores.staff.find((s) => s.name === '小A')?.ledgerRows).toContain(25);
  });
});

describe('suggestMonth', () => {
  it('suggests last month in the first ten days, else this month', () => {
    expect(suggestMonth(sh(2026, 11, 2, 9).getTime(), 'Asia/Shanghai')).toBe('2026-10');
    expect(suggestMonth(sh(2026, 1, 10, 9).getTime(), 'Asia/Shanghai')).toBe('2025-12');
    expect(suggestMonth(sh(2026, 11, 22, 9).getTime(), 'Asia/Shanghai')).toBe('2026-11');
  });
});
