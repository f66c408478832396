// The monthly score (月度考核): points, the fine for lost points, bonuses, the supervisor's
// adjustment and the net, each figure traced to the ledger rows it came from (docs/domain.md,
// "The monthly score").

import type { Settings } from '../params/table';
import { compareText } from '../text';
import { normalizeRuleCode, type Rule } from './rules';

/** A ledger row as read from 奖惩登记 (values already parsed; null where the cell is blank). */
export interface LedgerEntry {
  /** The ledger sheet the row is on. */
  readonly sheet: string;
  /** Sheet row. */
  readonly row: number;
  /** `YYYY-MM` of the row's date. */
  readonly month: string;
  /** `YYYY-MM-DD`, to order rows within a month. */
  readonly day: string;
  readonly name: string;
  readonly code: string;
  readonly points: number | null;
  readonly yuan: number | null;
  readonly cancelsAttendance: boolean | null;
  readonly revoked: boolean;
}

/** One person's pre-sales figures for a month (rows of 售前绩效 summed). */
export interface PresalesFigures {
  readonly receptions: number;
  readonly deals: number;
  readonly lostOrders: number;
}

export interface StaffInput {
  readonly name: string;
  readonly role: string;
  /** 在职 or 离职. */
  readonly state: string;
}

export interface StaffScore {
  readonly name: string;
  readonly role: string;
  readonly score: number;
  /** Sum of the counted rows' points. */
  readonly ledgerPoints: number;
  readonly kpiPoints: number;
  readonly pointsFine: number;
  readonly cashItems: number;
  readonly fullAttendanceBonus: number;
  readonly performanceBonus: number;
  readonly highScoreReward: number;
  readonly supervisorAdjustment: number;
  readonly net: number;
  readonly dismissalReview: boolean;
  /** The person's rows in the month that are not revoked (free-allowance rows included). */
  readonly ledgerRows: readonly number[];
  /** The same rows with their sheets (a team may keep one ledger sheet per month). */
  readonly ledgerRefs: readonly { readonly sheet: string; readonly row: number }[];
}

export interface TeamSummary {
  readonly size: number;
  readonly atOrAbove100: number;
  readonly belowDismissal: number;
}

export interface MonthlyScores {
  readonly month: string;
  readonly staff: readonly StaffScore[];
  readonly team: TeamSummary;
}

/** Rounds money and points to cents, so 0.1 + 0.2 shows as 0.3. */
function cents(x: number): number {
  return Math.round(x * 100) / 100 + 0;
}

/**
 * The fine for points lost below the base score.
 * Progressive (累进): each band of 10 points below the base costs its own rate per point, and
 * every point below the fourth band costs the fourth rate as well. Flat (全额): every lost point
 * costs the rate of the band the final score falls in.
 * @example pointsFine(85, settings) === 200 // 10 × 10 + 5 × 20
 */
export function pointsFine(score: number, settings: Pick<Settings, 'base' | 'bands' | 'fineMode'>): number {
  const { base, bands } = settings;
  if (score >= base) return 0;
  const lost = base - score;
  if (settings.fineMode === '全额') {
    const band = Math.min(3, Math.floor(lost / 10 - 1e-9));
    return cents(lost * (bands[Math.max(0, band)] ?? 0));
  }
  let fine = 0;
  for (let i = 0; i < 4; i++) {
    const inBand = Math.min(10, Math.max(0, lost - 10 * i));
    fine += inBand * bands[i]!;
  }
  if (lost > 40) fine += (lost - 40) * bands[3];
  return cents(fine);
}

/**
 * Pre-sales KPI points: each whole percentage point of conversion above the baseline earns the
 * point value, each below costs it (truncated toward zero), and each lost order costs its value.
 * Computed on integers where the figures are whole: 57 of 100 against 55% is exactly 2 points up.
 * @example kpiPoints({ receptions: 100, deals: 57, lostOrders: 0 }, settings) === 1
 */
export function kpiPoints(
  figures: PresalesFigures,
  settings: Pick<Settings, 'conversionBaselineBp' | 'pointsPerConversionPoint' | 'pointsPerLostOrder'>,
): number {
  let conversion = 0;
  const { receptions, deals } = figures;
  if (receptions > 0) {
    // (deals/receptions − baseline) in whole percentage points, compared in basis points × receptions.
    const numerator = deals * 10_000 - settings.conversionBaselineBp * receptions;
    const denominator = 100 * receptions;
    const exact = Number.isInteger(numerator) && Number.isInteger(denominator);
    const whole = exact
      ? Math.trunc(numerator / denominator)
      : Math.trunc(Math.round((numerator / denominator) * 1e9) / 1e9);
    conversion = whole * settings.pointsPerConversionPoint;
  }
  return cents(conversion - figures.lostOrders * settings.pointsPerLostOrder);
}

interface Counted {
  readonly points: number;
  readonly yuan: number;
  readonly cancels: boolean;
}

/** What one row contributes: its explicit figures, else its rule's defaults. */
function rowFigures(entry: LedgerEntry, rule: Rule | undefined): Counted {
  return {
    points: entry.points ?? rule?.points ?? 0,
    yuan: entry.yuan ?? rule?.yuan ?? 0,
    cancels: entry.cancelsAttendance ?? rule?.cancelsAttendance ?? false,
  };
}

/**
 * The month's scores for every active staff member (and for anyone who left but has counted
 * rows in the month). Pure: everything comes in as values.
 */
export function computeMonthlyScores(input: {
  readonly month: string;
  readonly settings: Settings;
  readonly rules: ReadonlyMap<string, Rule>;
  readonly staff: readonly StaffInput[];
  readonly ledger: readonly LedgerEntry[];
  readonly presales: ReadonlyMap<string, PresalesFigures>;
}): MonthlyScores {
  const { month, settings, rules } = input;
  const rowsByName = new Map<string, LedgerEntry[]>();
  for (const entry of input.ledger) {
    if (entry.month !== month || entry.revoked) continue;
    const list = rowsByName.get(entry.name) ?? [];
    list.push(entry);
    rowsByName.set(entry.name, list);
  }
  const listed = input.staff.filter((s) => s.state !== '离职' || (rowsByName.get(s.name)?.length ?? 0) > 0);

  const partial = listed.map((person) => {
    const rows = [...(rowsByName.get(person.name) ?? [])].sort(
      (a, b) => compareText(a.day, b.day) || a.row - b.row,
    );
    const usedAllowance = new Map<string, number>();
    let points = 0;
    let yuan = 0;
    let cancels = false;
    for (const entry of rows) {
      const rule = rules.get(normalizeRuleCode(entry.code));
      if (rule && rule.freePerMonth > 0) {
        const used = usedAllowance.get(rule.code) ?? 0;
        usedAllowance.set(rule.code, used + 1);
        if (used < rule.freePerMonth) continue;
      }
      const figures = rowFigures(entry, rule);
      points += figures.points;
      yuan += figures.yuan;
      cancels = cancels || figures.cancels;
    }
    const presales = input.presales.get(person.name);
    const kpi = presales ? kpiPoints(presales, settings) : 0;
    const score = cents(settings.base + points + kpi);
    const fine = pointsFine(score, settings);
    return {
      person,
      ledgerPoints: cents(points),
      kpi,
      score,
      fine,
      cash: cents(yuan),
      attendance: cancels ? 0 : settings.attendanceBonus,
      highScore: score >= settings.highScoreLine ? settings.highScoreReward : 0,
      refs: [...rows]
        .sort((a, b) => compareText(a.sheet, b.sheet) || a.row - b.row)
        .map((r) => ({ sheet: r.sheet, row: r.row })),
    };
  });

  const isSupervisor = (p: StaffInput) => p.role === '主管';
  const activeTeam = partial.filter((p) => !isSupervisor(p.person) && p.person.state !== '离职');
  const atOrAbove = activeTeam.filter((p) => p.score >= settings.base).length;
  const anyBelow = activeTeam.some((p) => p.score < settings.dismissalLine);
  const supervisorAdjustment =
    (activeTeam.length > 0 && atOrAbove * 2 >= activeTeam.length ? settings.supervisorReward : 0) -
    (anyBelow ? settings.supervisorPenalty : 0);

  const staff: StaffScore[] = partial.map((p) => {
    const adjustment = isSupervisor(p.person) ? supervisorAdjustment : 0;
    return {
      name: p.person.name,
      role: p.person.role,
      score: p.score,
      ledgerPoints: p.ledgerPoints,
      kpiPoints: p.kpi,
      pointsFine: p.fine,
      cashItems: p.cash,
      fullAttendanceBonus: p.attendance,
      performanceBonus: settings.performanceBonus,
      highScoreReward: p.highScore,
      supervisorAdjustment: adjustment,
      net: cents(p.attendance + settings.performanceBonus + p.highScore - p.fine + p.cash + adjustment),
      dismissalReview: p.score < settings.dismissalLine,
      ledgerRows: p.refs.map((r) => r.row),
      ledgerRefs: p.refs,
    };
  });
  const team = staff.filter((s) => s.role !== '主管');
  return {
    month,
    staff,
    team: {
      size: team.length,
      atOrAbove100: team.filter((s) => s.score >= settings.base).length,
      belowDismissal: team.filter((s) => s.dismissalReview).length,
    },
  };
}
