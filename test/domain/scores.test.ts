import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/domain/params/readers';
import { DEFAULT_RULES } from '../../src/domain/scores/rules';
import {
  computeMonthlyScores,
  kpiPoints,
  type LedgerEntry,
  pointsFine,
} from '../../src/domain/scores/scores';

const settings = defaultSettings();
const rules = new Map(DEFAULT_RULES.map((r) => [r.code, r]));

describe('pointsFine', () => {
  it.each([
    [100, 0],
    [112, 0],
    [99, 10],
    [90, 100],
    [85, 200],
    [85.5, 190],
    [80, 300],
    [70, 600],
    [60, 1000],
    [59, 1040],
    [50, 1400],
  ])('progressive: score %d costs %d yuan', (score, fine) => {
    expect(pointsFine(score, settings)).toBe(fine);
  });

  it.each([
    [100, 0],
    [95, 50],
    [90, 100],
    [89.5, 210],
    [85, 300],
    // 80 lies in [80, 90): the second band.
    [80, 400],
    [75, 750],
    [70, 900],
    [69, 1240],
    [59, 1640],
  ])('flat (全额): score %d costs %d yuan', (score, fine) => {
    expect(pointsFine(score, { ...settings, fineMode: '全额' })).toBe(fine);
  });

  it('uses the bands of the settings', () => {
    expect(pointsFine(85, { ...settings, bands: [5, 10, 15, 20] })).toBe(100);
  });
});

describe('kpiPoints', () => {
  it.each([
    [100, 57, 0, 1],
    [1000, 579, 0, 1],
    [1000, 525, 0, -1],
    [100, 55, 0, 0],
    [100, 54, 0, -0.5],
    [300, 156, 2, -2.5],
    [0, 0, 3, -1.5],
    [0, 0, 0, 0],
    [7, 4, 0, 1],
  ])('%d receptions, %d deals, %d lost: %d points', (receptions, deals, lostOrders, points) => {
    expect(kpiPoints({ receptions, deals, lostOrders }, settings)).toBe(points);
  });

  it('counts whole percentage points exactly for every deal count of up to 200 receptions', () => {
    // Reference in integers: (deals/receptions − 55%) in whole points, truncated toward zero.
    const one = { ...settings, pointsPerConversionPoint: 1, pointsPerLostOrder: 0 };
    for (let receptions = 1; receptions <= 200; receptions++) {
      for (let deals = 0; deals <= receptions; deals++) {
        const numerator = deals * 100 - 55 * receptions;
        const whole = Math.sign(numerator) * Math.floor(Math.abs(numerator) / receptions);
        expect(kpiPoints({ receptions, deals, lostOrders: 0 }, one)).toBe(whole + 0);
      }
    }
    expect(
      kpiPoints({ receptions: 100, deals: 57, lostOrders: 0 }, { ...settings, pointsPerConversionPoint: 1 }),
    ).toBe(2);
  });
});

function entry(row: number, name: string, code: string, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    sheet: '奖惩登记',
    row,
    month: '2026-10',
    day: `2026-10-${String(row).padStart(2, '0')}`,
    name,
    code,
    points: null,
    yuan: null,
    cancelsAttendance: null,
    revoked: false,
    ...extra,
  };
}

const staff = [
  { name: '主管甲', role: '主管', state: '在职' },
  { name: '甲', role: '售后客服', state: '在职' },
  { name: '乙', role: '售前客服', state: '在职' },
  { name: '丙', role: '打单', state: '离职' },
];

describe('computeMonthlyScores', () => {
  const compute = (ledger: LedgerEntry[], presales = new Map()) =>
    computeMonthlyScores({ month: '2026-10', settings, rules, staff, ledger, presales });

  it('counts only the swaps beyond the monthly allowance, but lists them all', () => {
    const result = compute([1, 2, 3, 4, 5].map((r) => entry(r, '甲', 'G09')));
    const a = result.staff.find((s) => s.name === '甲')!;
    expect(a.score).toBe(96);
    expect(a.ledgerRows).toEqual([1, 2, 3, 4, 5]);
  });

  it('ignores revoked rows and rows of other months', () => {
    const result = compute([
      entry(1, '甲', 'G10', { revoked: true }),
      entry(2, '甲', 'G10', { month: '2026-09', day: '2026-09-30' }),
    ]);
    expect(result.staff.find((s) => s.name === '甲')).toMatchObject({ score: 100, ledgerRows: [] });
  });

  it('prefers explicit points and yuan over the rule, and counts an unknown code’s own figures', () => {
    const result = compute([
      entry(1, '甲', 'G02', { points: 12 }),
      entry(2, '甲', 'C03', { yuan: -20 }),
      entry(3, '甲', 'X99', { points: -1, yuan: 30 }),
      entry(4, '甲', 'X98'),
    ]);
    expect(result.staff.find((s) => s.name === '甲')).toMatchObject({
      score: 111,
      cashItems: 10,
      highScoreReward: 100,
      net: 100 + 200 + 100 + 10,
    });
  });

  it('cancels the attendance bonus by rule or by the row', () => {
    const result = compute([entry(1, '甲', 'C01'), entry(2, '乙', 'G04', { cancelsAttendance: true })]);
    expect(result.staff.find((s) => s.name === '甲')).toMatchObject({
      fullAttendanceBonus: 0,
      cashItems: -30,
    });
    expect(result.staff.find((s) => s.name === '乙')).toMatchObject({ fullAttendanceBonus: 0, score: 102 });
  });

  it('gives the supervisor both the reward and the penalty when both apply', () => {
    const result = compute([entry(1, '乙', 'G02', { points: -45 })]);
    const boss = result.staff.find((s) => s.role === '主管')!;
    // 甲 at 100 is half of the active team (甲, 乙); 乙 at 55 is below the dismissal line.
    expect(boss.supervisorAdjustment).toBe(0);
    expect(result.staff.find((s) => s.name === '乙')).toMatchObject({
      score: 55,
      dismissalReview: true,
      pointsFine: 1200,
    });
    const rewardOnly = compute([]);
    expect(rewardOnly.staff.find((s) => s.role === '主管')?.supervisorAdjustment).toBe(100);
    const penaltyOnly = compute([entry(1, '乙', 'G02', { points: -45 }), entry(2, '甲', 'G05')]);
    expect(penaltyOnly.staff.find((s) => s.role === '主管')?.supervisorAdjustment).toBe(-100);
  });

  it('leaves out staff who left and have no rows, but keeps those with rows', () => {
    expect(compute([]).staff.map((s) => s.name)).toEqual(['主管甲', '甲', '乙']);
    const withRow = compute([entry(1, '丙', 'D01')]);
    expect(withRow.staff.map((s) => s.name)).toEqual(['主管甲', '甲', '乙', '丙']);
    expect(withRow.team).toEqual({ size: 3, atOrAbove100: 2, belowDismissal: 0 });
  });

  it('adds the pre-sales KPI points to the score', () => {
    const result = compute([], new Map([['乙', { receptions: 100, deals: 57, lostOrders: 1 }]]));
    expect(result.staff.find((s) => s.name === '乙')).toMatchObject({ kpiPoints: 0.5, score: 100.5 });
  });
});
