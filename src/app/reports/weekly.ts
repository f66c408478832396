// The weekly complaint figures (the after-sales handbook: 投诉信息每周汇总建立档案; docs/domain.md,
// "Alerts and the weekly summary"): for an ISO week, the complaints received and what became of
// them by the week's end, the callbacks due and done, the satisfaction answers. The weekly
// summary writes them into 投诉周报 and sends them; the sidebar's 周报 card and chart show them.

import { average } from '../../domain/arrays';
import { type IsoWeek, shiftWeek, weekDays } from '../../domain/calendar/isoweek';
import { HOUR_MS, parseIsoMoment } from '../../domain/calendar/time';
import { addDays } from '../../domain/callbacks/callbacks';
import { complaintState, isClosedState, isOverdueState } from '../../domain/complaints/states';
import type { Settings } from '../../domain/params/table';
import { SATISFACTION_ANSWERS } from '../../domain/sheets/schema';
import { standardValue } from '../../domain/sheets/status';
import { cellText } from '../../domain/text';
import {
  OPERATION_KINDS,
  recognitionWarnings,
  uniqueWarnings,
  type Warning,
  type WarningCode,
} from '../present/warnings';
import { cell, type LoadedWorkbook, sheetsOf } from '../workbook';
import type { OutputSheet } from '../writes/own';
import { allCallbackStates, madeDay } from './callbacks';
import { type ComplaintReport, type ComplaintRow, complaintReport, leftOutWarnings } from './complaints';

export interface WeeklyComplaints {
  readonly received: number;
  readonly byLevel: Readonly<Record<string, number>>;
  readonly byChannel: Readonly<Record<string, number>>;
  readonly byCategory: Readonly<Record<string, number>>;
  /** Of those received: closed by the week's end (a status saying so counts), and on time. */
  readonly closed: number;
  readonly closedOnTime: number;
  /** Average calendar hours from receipt to the first reply, and to the solution. */
  readonly avgReplyHours: number | null;
  readonly avgSolutionHours: number | null;
  /** Of those received: still open at the week's end, and of those the overdue. */
  readonly openAtEnd: number;
  readonly overdueAtEnd: number;
}

export interface WeeklySummary {
  readonly week: IsoWeek;
  /** Monday and Sunday, YYYY-MM-DD. */
  readonly from: string;
  readonly to: string;
  /** The week's end, or now when the week is not over. */
  readonly asOf: number;
  readonly complaints: WeeklyComplaints;
  /** Callbacks falling due in the week, and those of them done. */
  readonly callbacks: { readonly due: number; readonly done: number };
  readonly satisfaction: Readonly<Record<(typeof SATISFACTION_ANSWERS)[number], number>>;
  /**
   * What the figures could not take into account: sheets not understood that came near a complaints
   * log, complaint rows left out (no readable 投诉时间; void ones of the week), the clock's gaps.
   */
  readonly warnings: readonly Warning[];
  /** Where 投诉周报 was written (when the run wrote). */
  readonly output?: OutputSheet;
}

function count(into: Record<string, number>, key: string): void {
  if (key !== '') into[key] = (into[key] ?? 0) + 1;
}

/** The instants a week spans, in the zone: Monday 00:00 up to (not including) the next Monday. */
function weekSpan(week: IsoWeek, timeZone: string): { start: number; end: number; from: string; to: string } {
  const { from, to } = weekDays(week);
  return {
    from,
    to,
    start: parseIsoMoment(from, timeZone) ?? 0,
    end: parseIsoMoment(addDays(to, 1), timeZone) ?? 0,
  };
}

/** A complaint's figures as of a moment: what was recorded after it is not known yet. */
function figuresOf(row: ComplaintRow, asOf: number, settings: Settings) {
  const { complaint, status } = row;
  const solution = complaint.solution !== null && complaint.solution <= asOf ? complaint.solution : null;
  const firstReply =
    complaint.firstReply !== null && complaint.firstReply <= asOf ? complaint.firstReply : null;
  const state = complaintState({ ...complaint, solution, firstReply }, status, asOf, settings).state;
  return { state, reply: firstReply ?? solution, solution };
}

/** The complaint figures of a week, from the complaints' report. */
function weekComplaints(report: ComplaintReport, start: number, end: number, asOf: number): WeeklyComplaints {
  const byLevel: Record<string, number> = {};
  const byChannel: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const replyMs: number[] = [];
  const solutionMs: number[] = [];
  let received = 0;
  let closed = 0;
  let closedOnTime = 0;
  let openAtEnd = 0;
  let overdueAtEnd = 0;
  for (const row of report.rows) {
    const { complaint } = row;
    if (complaint.received < start || complaint.received >= end || row.status.state === 'void') continue;
    received++;
    count(byLevel, complaint.level);
    count(byChannel, row.channel);
    count(byCategory, row.category);
    const { state, reply, solution } = figuresOf(row, asOf, report.settings);
    if (reply !== null) replyMs.push(reply - complaint.received);
    if (solution !== null) solutionMs.push(solution - complaint.received);
    if (isClosedState(state)) {
      closed++;
      if (state === 'closed_on_time') closedOnTime++;
    } else {
      openAtEnd++;
      if (isOverdueState(state)) overdueAtEnd++;
    }
  }
  return {
    received,
    byLevel,
    byChannel,
    byCategory,
    closed,
    closedOnTime,
    avgReplyHours: average(replyMs, HOUR_MS),
    avgSolutionHours: average(solutionMs, HOUR_MS),
    openAtEnd,
    overdueAtEnd,
  };
}

/**
 * The satisfaction answers of the callbacks made in the week: 回访记录's 服务态度满意度 (else 技能满意度);
 * without a callback log, the complaints' 回访满意度 of complaints called back in the week.
 */
function weekSatisfaction(
  workbook: LoadedWorkbook,
  settings: Settings,
  from: string,
  to: string,
  now: number,
  timeZone: string,
): Record<(typeof SATISFACTION_ANSWERS)[number], number> {
  const counts = { 很满意: 0, 基本满意: 0, 不满意: 0 };
  const add = (raw: unknown) => {
    const value = standardValue(cellText(raw), settings, SATISFACTION_ANSWERS);
    if ((SATISFACTION_ANSWERS as readonly string[]).includes(value)) counts[value as keyof typeof counts]++;
  };
  // A call timed after now is not made yet (as callbacks count them): its answers count later.
  const inWeek = (raw: unknown) => {
    const day = madeDay(raw, timeZone, now, settings.region);
    return day !== null && day >= from && day <= to;
  };
  const logs = sheetsOf(workbook.sheets, 'callbacks');
  for (const sheet of logs) {
    for (const row of sheet.records) {
      if (!inWeek(cell(sheet, row, '实际回访时间'))) continue;
      const attitude = cell(sheet, row, '服务态度满意度');
      add(cellText(attitude) !== '' ? attitude : cell(sheet, row, '技能满意度'));
    }
  }
  if (logs.length === 0) {
    for (const sheet of sheetsOf(workbook.sheets, 'complaints')) {
      for (const row of sheet.records) {
        if (inWeek(cell(sheet, row, '回访时间'))) add(cell(sheet, row, '回访满意度'));
      }
    }
  }
  return counts;
}

/** The complaint report's warnings that concern the week's figures (not the robot's). */
const FIGURE_WARNINGS: ReadonlySet<WarningCode> = new Set<WarningCode>([
  'sheet_not_understood',
  'no_sheet_of_kind',
  'rows_left_out',
  'no_progress_columns',
  'calendar_year_not_covered',
  'calendar_team_only',
  'timezone_mismatch',
]);

/** The void complaints received in the week, per sheet: not counted, and said so. */
function voidInWeek(report: ComplaintReport, start: number, end: number): Warning[] {
  const bySheet = new Map<string, number[]>();
  for (const row of report.rows) {
    const { received } = row.complaint;
    if (row.status.state !== 'void' || received < start || received >= end) continue;
    const rows = bySheet.get(row.sheet);
    if (rows) rows.push(row.complaint.row);
    else bySheet.set(row.sheet, [row.complaint.row]);
  }
  return leftOutWarnings([...bySheet].map(([sheet, rows]) => ({ sheet, reason: 'void', rows, field: '' })));
}

/** The summary of a week, as of `now` (a week not over yet is summarised so far). */
export function weeklySummary(
  workbook: LoadedWorkbook,
  week: IsoWeek,
  now: number,
  timeZone: string,
  report: ComplaintReport = complaintReport(workbook.sheets, now, timeZone),
): WeeklySummary {
  const { start, end, from, to } = weekSpan(week, timeZone);
  const asOf = Math.min(end - 1, now);
  const { statuses } = allCallbackStates(workbook.sheets, report.settings, now, timeZone, to);
  const due = statuses.filter((s) => s.item.dueDay >= from && s.item.dueDay <= to);
  return {
    week,
    from,
    to,
    asOf,
    complaints: weekComplaints(report, start, end, asOf),
    callbacks: { due: due.length, done: due.filter((s) => s.state === 'done').length },
    satisfaction: weekSatisfaction(workbook, report.settings, from, to, now, timeZone),
    warnings: uniqueWarnings(
      recognitionWarnings(workbook, OPERATION_KINDS.weekly),
      report.warnings.filter((w) => FIGURE_WARNINGS.has(w.code)),
      voidInWeek(report, start, end),
    ),
  };
}

/** The complaint figures of one week, from the complaints' report (the sidebar's 周报 card). */
export function weekComplaintFigures(
  report: ComplaintReport,
  week: IsoWeek,
  now: number,
  timeZone: string,
): WeeklyComplaints {
  const { start, end } = weekSpan(week, timeZone);
  return weekComplaints(report, start, end, Math.min(end - 1, now));
}

/** The received and on-time counts of the `count` weeks up to `last` (oldest first), for the sidebar's chart. */
export function weeklyTrend(
  report: ComplaintReport,
  last: IsoWeek,
  count: number,
  now: number,
  timeZone: string,
): { week: IsoWeek; received: number; closedOnTime: number }[] {
  const weeks: { week: IsoWeek; received: number; closedOnTime: number }[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const week = shiftWeek(last, i);
    const { start, end } = weekSpan(week, timeZone);
    const figures = weekComplaints(report, start, end, Math.min(end - 1, now));
    weeks.push({ week, received: figures.received, closedOnTime: figures.closedOnTime });
  }
  return weeks;
}
