// Use case data: complaint deadlines and states, callbacks and the month's figures, from the sheets.

import { type DayOverride, WorkCalendar } from '../domain/calendar';
import {
  addDays,
  addMonths,
  type CallbackItem,
  type CallbackRate,
  type CallbackRecord,
  type CallbackStatus,
  callbackItem,
  callbackRate,
  callbackStates,
} from '../domain/callbacks';
import {
  type Complaint,
  type ComplaintMonthFigures,
  type ComplaintStatus,
  type ComplaintSummary,
  complaintMonthFigures,
  complaintState,
  deadlines,
  summarizeStates,
} from '../domain/complaints';
import type { Settings } from '../domain/params';
import { parseMoment } from '../domain/parse';
import { normalizePhone } from '../domain/phone';
import { cellText, normalizeHeader } from '../domain/text';
import { dayKey, toWall, wallMonthKey } from '../domain/time';
import { isResolved } from '../domain/validate';
import { fieldOf, readWorkbookSettings } from './context';
import { dataRowNumbers, type LoadedSheet } from './inspect';

/** The working calendar of the workbook: its 节假日 entries and 工作时间. */
export function readCalendar(
  sheets: readonly LoadedSheet[],
  settings: Settings,
  timeZone: string,
): WorkCalendar {
  const overrides = new Map<string, DayOverride>();
  for (const sheet of sheets.filter((s) => s.layout.kind === 'holidays')) {
    for (const row of dataRowNumbers(sheet.layout, sheet.grid)) {
      const moment = parseMoment(fieldOf(sheet, row, '日期'), timeZone);
      const type = normalizeHeader(cellText(fieldOf(sheet, row, '类型')));
      if (!moment || (type !== '休' && type !== '班')) continue;
      overrides.set(dayKey(moment.instant, timeZone), type as DayOverride);
    }
  }
  return new WorkCalendar(overrides, settings.workStart, settings.workEnd);
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
}

export interface ComplaintReport {
  readonly rows: readonly ComplaintRow[];
  readonly summary: ComplaintSummary;
  readonly settings: Settings;
  readonly calendar: WorkCalendar;
  /** Years computed as plain Monday–Friday because no calendar data covers them. */
  readonly uncoveredYears: readonly number[];
}

function moment(sheet: LoadedSheet, row: number, field: string, timeZone: string): number | null {
  return parseMoment(fieldOf(sheet, row, field), timeZone)?.instant ?? null;
}

/** Reads one complaint row; null when it has no readable 投诉时间 (validation reports that). */
export function readComplaint(sheet: LoadedSheet, row: number, timeZone: string): Complaint | null {
  const received = moment(sheet, row, '投诉时间', timeZone);
  if (received === null) return null;
  return {
    row,
    id: cellText(fieldOf(sheet, row, '投诉编号')),
    level: normalizeHeader(cellText(fieldOf(sheet, row, '级别'))) === '重大' ? '重大' : '普通',
    received,
    firstReply: moment(sheet, row, '首次答复时间', timeZone),
    solution: moment(sheet, row, '方案时间', timeZone),
    callback: moment(sheet, row, '回访时间', timeZone),
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
  const { settings } = readWorkbookSettings(sheets);
  const calendar = readCalendar(sheets, settings, timeZone);
  const rows: ComplaintRow[] = [];
  for (const sheet of sheets.filter((s) => s.layout.kind === 'complaints')) {
    for (const row of dataRowNumbers(sheet.layout, sheet.grid)) {
      const complaint = readComplaint(sheet, row, timeZone);
      if (!complaint) continue;
      rows.push({
        sheet: sheet.layout.sheet,
        complaint,
        status: statusOf(complaint, settings, calendar, now, timeZone),
        month: wallMonthKey(toWall(complaint.received, timeZone)),
        customer: cellText(fieldOf(sheet, row, '客户姓名')),
        phone: cellText(fieldOf(sheet, row, '联系电话')),
      });
    }
  }
  return {
    rows,
    summary: summarizeStates(rows.map((r) => r.status.state)),
    settings,
    calendar,
    uncoveredYears: [...calendar.uncoveredYears].sort(),
  };
}

const PLAIN_MOBILE = /^1[3-9]\d{9}$/;

/** The phone as a matching key: normalised, or as written when it is not a number. */
function phoneKey(raw: unknown): string {
  if (typeof raw === 'string' && PLAIN_MOBILE.test(raw)) return raw;
  return normalizePhone(raw)?.normalized ?? cellText(raw);
}

/** The callbacks the sheets call for. */
export function callbackItems(
  sheets: readonly LoadedSheet[],
  settings: Settings,
  timeZone: string,
): CallbackItem[] {
  const items: CallbackItem[] = [];
  const day = (sheet: LoadedSheet, row: number, field: string): string | null => {
    const m = parseMoment(fieldOf(sheet, row, field), timeZone);
    return m ? dayKey(m.instant, timeZone) : null;
  };
  for (const sheet of sheets.filter((s) => s.layout.kind === 'registration')) {
    const warrantied = new Set<string>();
    for (const row of dataRowNumbers(sheet.layout, sheet.grid)) {
      const customer = cellText(fieldOf(sheet, row, '客户姓名'));
      const phone = phoneKey(fieldOf(sheet, row, '客户电话'));
      const name = sheet.layout.sheet;
      const resolvedDay = day(sheet, row, '解决日期');
      if (resolvedDay && isResolved(fieldOf(sheet, row, '处理结果'))) {
        const dueDay = addDays(resolvedDay, settings.callbackDays);
        items.push(callbackItem(name, row, '售后30天', customer, phone, dueDay, resolvedDay));
      }
      const purchased = day(sheet, row, '购买日期');
      const serial = cellText(fieldOf(sheet, row, '产品序列号'));
      const key = `${phone}|${serial || row}`;
      if (purchased && !warrantied.has(key)) {
        warrantied.add(key);
        const dueDay = addDays(addMonths(purchased, settings.warrantyMonths), -settings.warrantyCallbackDays);
        const fromDay = addDays(dueDay, -settings.warrantyCallbackDays);
        items.push(callbackItem(name, row, '质保到期前', customer, phone, dueDay, fromDay));
      }
    }
  }
  for (const sheet of sheets.filter((s) => s.layout.kind === 'complaints')) {
    for (const row of dataRowNumbers(sheet.layout, sheet.grid)) {
      const solved = day(sheet, row, '结案时间') ?? day(sheet, row, '方案时间');
      if (!solved) continue;
      const done = day(sheet, row, '回访时间');
      items.push(
        callbackItem(
          sheet.layout.sheet,
          row,
          '投诉后回访',
          cellText(fieldOf(sheet, row, '客户姓名')),
          phoneKey(fieldOf(sheet, row, '联系电话')),
          addDays(solved, settings.complaintCallbackDays),
          solved,
          cellText(fieldOf(sheet, row, '投诉编号')),
          done ?? '',
        ),
      );
    }
  }
  return items;
}

/** The rows of 回访记录. */
export function callbackRecords(sheets: readonly LoadedSheet[], timeZone: string): CallbackRecord[] {
  const records: CallbackRecord[] = [];
  for (const sheet of sheets.filter((s) => s.layout.kind === 'callbacks')) {
    for (const row of dataRowNumbers(sheet.layout, sheet.grid)) {
      const done = parseMoment(fieldOf(sheet, row, '实际回访时间'), timeZone);
      records.push({
        row,
        caseId: cellText(fieldOf(sheet, row, '关联编号')),
        customer: cellText(fieldOf(sheet, row, '客户姓名')),
        phone: phoneKey(fieldOf(sheet, row, '联系电话')),
        type: cellText(fieldOf(sheet, row, '回访类型')),
        doneDay: done ? dayKey(done.instant, timeZone) : null,
      });
    }
  }
  return records;
}

export interface CallbackReport {
  readonly today: string;
  readonly month: string;
  /** Callbacks fallen due, or due within a week, with their state. */
  readonly due: readonly CallbackStatus[];
  readonly rate: CallbackRate;
  readonly complaints: ComplaintMonthFigures;
  readonly callbackSheet: string | null;
}

/** Callbacks as of `now`, and the month's callback rate and complaint figures. */
export function callbackReport(
  sheets: readonly LoadedSheet[],
  now: number,
  timeZone: string,
  month?: string,
): CallbackReport {
  const { settings } = readWorkbookSettings(sheets);
  const today = dayKey(now, timeZone);
  const statuses = callbackStates(
    callbackItems(sheets, settings, timeZone),
    callbackRecords(sheets, timeZone),
    today,
  );
  const reportMonth = month ?? today.slice(0, 7);
  const complaints = complaintReport(sheets, now, timeZone);
  return {
    today,
    month: reportMonth,
    due: statuses.filter((s) => s.state !== 'planned'),
    rate: callbackRate(reportMonth, statuses, settings.callbackTarget),
    complaints: complaintMonthFigures(
      reportMonth,
      complaints.rows.map((r) => ({ complaint: r.complaint, status: r.status, month: r.month })),
    ),
    callbackSheet: sheets.find((s) => s.layout.kind === 'callbacks')?.layout.sheet ?? null,
  };
}
