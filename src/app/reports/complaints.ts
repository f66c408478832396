// Reading the complaints sheets into rows with their deadlines and states (docs/domain.md,
// "Complaint deadlines"), and what the reading left out. The complaints check, the callback plan,
// the weekly summary, the sidebar, onEdit and the alerts all start from this report.

import { robotKind } from '../../domain/alerts/robots';
import type { WorkCalendar } from '../../domain/calendar/calendar';
import { parseMoment } from '../../domain/calendar/parse';
import { toWall, wallMonthKey } from '../../domain/calendar/time';
import {
  type Complaint,
  type ComplaintStatus,
  type ComplaintSummary,
  complaintState,
  deadlines,
  isOverdueState,
  summarizeStates,
} from '../../domain/complaints/states';
import type { Settings } from '../../domain/params/table';
import { type FieldKey, sheetSpec } from '../../domain/sheets/schema';
import { rowStatus, standardValue } from '../../domain/sheets/status';
import { cellText, normalizeHeader } from '../../domain/text';
import { readCalendar, readWorkbookSettings, writtenTimeZone } from '../context';
import {
  calendarWarnings,
  type LeftOutReason,
  OPERATION_KINDS,
  recognitionWarnings,
  robotWarnings,
  timeZoneWarnings,
  type Warning,
} from '../present/warnings';
import { cell, type LoadedSheet, type LoadedWorkbook, sheetsOf, statusCells } from '../workbook';
import type { OutputSheet } from '../writes/own';

/** Rows of a complaints sheet a result leaves out, and why. */
export interface LeftOutRows {
  readonly sheet: string;
  readonly reason: LeftOutReason;
  readonly rows: readonly number[];
  /** The team's header of the field that made the difference (投诉时间's). */
  readonly field: string;
}

/** Row numbers listed in a `rows_left_out` warning at most (its count is always complete). */
const LISTED_ROWS = 100;

/** Left-out rows as the warnings that say so, one per sheet and reason. */
export function leftOutWarnings(leftOut: readonly LeftOutRows[]): Warning[] {
  return leftOut
    .filter((l) => l.rows.length > 0)
    .map((l) => ({
      code: 'rows_left_out',
      params: {
        sheet: l.sheet,
        count: l.rows.length,
        reason: l.reason,
        field: l.field,
        rows: l.rows.slice(0, LISTED_ROWS),
      },
    }));
}

/** A complaint row with its deadlines and state. */
export interface ComplaintRow {
  readonly sheet: string;
  readonly complaint: Complaint;
  readonly status: ComplaintStatus;
  /** `YYYY-MM` it was received in. */
  readonly month: string;
  readonly customer: string;
  /** As written (masked wherever it leaves the sheet). */
  readonly phone: string;
  /** 受理人, 投诉渠道 and 投诉类别 as written ('' when the sheet has none). */
  readonly handler: string;
  readonly channel: string;
  readonly category: string;
}

export interface ComplaintReport {
  readonly rows: readonly ComplaintRow[];
  readonly summary: ComplaintSummary;
  readonly settings: Settings;
  readonly calendar: WorkCalendar;
  /** What the states could not take into account (a year without calendar data, no progress columns). */
  readonly warnings: readonly Warning[];
  /** Rows of the complaints sheets that are not complaints here: no readable 投诉时间. */
  readonly leftOut: readonly LeftOutRows[];
  /** Where 超时投诉 was written (when the run wrote). */
  readonly output?: OutputSheet;
}

/**
 * Reads one complaint row; null when it has no readable 投诉时间 (validation reports that). Dates
 * written without a year take the one nearest before `now`; the status cells are believed.
 */
export function readComplaint(
  sheet: LoadedSheet<'complaints'>,
  row: number,
  settings: Settings,
  timeZone: string,
  now: number,
): Complaint | null {
  const moment = (field: FieldKey<'complaints'>) =>
    parseMoment(cell(sheet, row, field), timeZone, now, settings.region)?.instant ?? null;
  const received = moment('投诉时间');
  if (received === null) return null;
  const level = standardValue(cellText(cell(sheet, row, '级别')), settings, settings.lists.level);
  return {
    row,
    id: cellText(cell(sheet, row, '投诉编号')),
    level: normalizeHeader(level) === '重大' ? '重大' : '普通',
    received,
    firstReply: moment('首次答复时间'),
    solution: moment('方案时间'),
    callback: moment('回访时间'),
    status: rowStatus(statusCells(sheet, row), settings),
  };
}

/** Deadlines and the state of one complaint. */
export function statusOf(
  complaint: Complaint,
  settings: Settings,
  calendar: WorkCalendar,
  now: number,
  timeZone: string,
) {
  const due = deadlines(complaint.received, complaint.level, settings, calendar, timeZone);
  return complaintState(complaint, due, now, settings);
}

/** Every complaint's deadlines and state as of `now`. */
export function complaintReport(
  sheets: readonly LoadedSheet[],
  now: number,
  timeZone: string,
): ComplaintReport {
  const { settings, calendar } = clockOf(sheets, timeZone);
  const rows: ComplaintRow[] = [];
  const leftOut: LeftOutRows[] = [];
  for (const sheet of sheetsOf(sheets, 'complaints')) {
    const field = sheet.layout.headers['投诉时间'] ?? '投诉时间';
    const unreadable: number[] = [];
    const missing: number[] = [];
    for (const row of sheet.records) {
      const complaint = readComplaint(sheet, row, settings, timeZone, now);
      if (!complaint) {
        (cellText(cell(sheet, row, '投诉时间')) === '' ? missing : unreadable).push(row);
        continue;
      }
      rows.push({
        sheet: sheet.layout.sheet,
        complaint,
        status: statusOf(complaint, settings, calendar, now, timeZone),
        month: wallMonthKey(toWall(complaint.received, timeZone)),
        customer: cellText(cell(sheet, row, '客户姓名')),
        phone: cellText(cell(sheet, row, '联系电话')),
        handler: cellText(cell(sheet, row, '受理人')),
        channel: standardValue(
          cellText(cell(sheet, row, '投诉渠道')),
          settings,
          settings.lists.complaintChannel,
        ),
        category: cellText(cell(sheet, row, '投诉类别')),
      });
    }
    const name = sheet.layout.sheet;
    leftOut.push(
      { sheet: name, reason: 'unreadable_date', rows: unreadable, field },
      { sheet: name, reason: 'missing_date', rows: missing, field },
    );
  }
  const kept = leftOut.filter((l) => l.rows.length > 0);
  return {
    rows,
    summary: summarizeStates(rows.map((r) => r.status.state)),
    settings,
    calendar,
    leftOut: kept,
    warnings: [
      ...leftOutWarnings(kept),
      ...timeZoneWarnings(writtenTimeZone(sheets, settings), timeZone, now),
      ...robotWarnings(robotKind(settings.robotWebhook), settings.robotSecret),
      ...sheetsOf(sheets, 'complaints')
        .filter((s) => !PROGRESS_FIELDS.some((f) => s.layout.columns[f] !== undefined) && !hasStatusColumn(s))
        .map((s): Warning => ({ code: 'no_progress_columns', params: { sheet: s.layout.sheet } })),
      ...calendarWarnings(calendar),
    ],
  };
}

/**
 * Every complaint's deadlines and state as of `now`, sheets not understood that came near a
 * complaints log said first (what the complaints check shows, written or not).
 */
export function workbookComplaints(workbook: LoadedWorkbook, now: number, timeZone: string): ComplaintReport {
  const read = complaintReport(workbook.sheets, now, timeZone);
  return {
    ...read,
    warnings: [...recognitionWarnings(workbook, OPERATION_KINDS.complaints), ...read.warnings],
  };
}

/** The columns that say a complaint moved on: without any, every complaint looks unhandled. */
const PROGRESS_FIELDS: readonly FieldKey<'complaints'>[] = ['首次答复时间', '方案时间', '结案时间'];

/** True when a sheet has a status column (处理结果, 处理状态…). */
function hasStatusColumn(sheet: LoadedSheet): boolean {
  return sheetSpec(sheet.layout.kind).fields.some(
    (f) => f.status && sheet.layout.columns[f.key] !== undefined,
  );
}

/** The settings and working calendar deadlines are computed with. */
export function clockOf(
  sheets: readonly LoadedSheet[],
  timeZone: string,
): { settings: Settings; calendar: WorkCalendar } {
  const { settings } = readWorkbookSettings(sheets, timeZone);
  return { settings, calendar: readCalendar(sheets, settings, timeZone) };
}

/** True for a complaint past a deadline. */
export function isOverdue(row: ComplaintRow): boolean {
  return isOverdueState(row.status.state);
}

/** The complaints to act on: overdue and due soon, the most urgent first. */
export function urgentComplaints(report: ComplaintReport): ComplaintRow[] {
  return report.rows
    .filter((r) => isOverdue(r) || r.status.state === 'due_soon')
    .sort((a, b) => (a.status.hoursLeft ?? 0) - (b.status.hoursLeft ?? 0));
}

/** The deadline that matters now: the solution's once replied (or overdue on it), else the reply's. */
export function currentDue(row: ComplaintRow): number {
  return row.status.state === 'solution_overdue' || row.complaint.firstReply !== null
    ? row.status.solutionDue
    : row.status.replyDue;
}
