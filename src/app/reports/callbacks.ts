// The callbacks the sheets call for (售后30天, 投诉后回访, 质保到期前), matched with 回访记录: which are
// done, due or overdue, the month's callback rate and complaint figures. The callback plan, the
// weekly summary and the sidebar read them from here.

import { parseMoment } from '../../domain/calendar/parse';
import { dayKey } from '../../domain/calendar/time';
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
} from '../../domain/callbacks/callbacks';
import { type ComplaintMonthFigures, complaintMonthFigures } from '../../domain/complaints/figures';
import type { Region } from '../../domain/params/region';
import type { Settings } from '../../domain/params/table';
import { contactPhone, PLAIN_MOBILE } from '../../domain/phone/phone';
import { isResolved, rowStatus } from '../../domain/sheets/status';
import { cellText } from '../../domain/text';
import { readWorkbookSettings, writtenTimeZone } from '../context';
import {
  hasSheetOf,
  OPERATION_KINDS,
  recognitionWarnings,
  timeZoneWarnings,
  type Warning,
} from '../present/warnings';
import { cell, type LoadedSheet, type LoadedWorkbook, sheetsOf, statusCells } from '../workbook';
import type { OutputSheet } from '../writes/own';
import { complaintReport } from './complaints';

/** The phone as a matching key: normalised as 地区 reads it, or as written when it is not a number. */
function phoneKey(raw: unknown, region: Region): string {
  if (typeof raw === 'string' && PLAIN_MOBILE.test(raw)) return raw;
  return contactPhone(raw, region)?.normalized ?? cellText(raw);
}

/**
 * The callbacks the sheets call for, and how many resolved (or closed) records cannot have one for
 * want of a readable date.
 */
function callbackItems(
  sheets: readonly LoadedSheet[],
  settings: Settings,
  timeZone: string,
  now: number,
): { items: CallbackItem[]; unplanned: number } {
  const items: CallbackItem[] = [];
  let unplanned = 0;
  const day = (raw: unknown): string | null => {
    const m = parseMoment(raw, timeZone, now, settings.region);
    return m ? dayKey(m.instant, timeZone) : null;
  };
  for (const sheet of sheetsOf(sheets, 'registration')) {
    const warrantied = new Set<string>();
    for (const row of sheet.records) {
      const customer = cellText(cell(sheet, row, '客户姓名'));
      const phone = phoneKey(cell(sheet, row, '客户电话'), settings.region);
      const name = sheet.layout.sheet;
      if (isResolved(cell(sheet, row, '处理结果'), settings, settings.lists.caseStatus)) {
        const resolvedDay = day(cell(sheet, row, '解决日期'));
        if (resolvedDay) {
          const dueDay = addDays(resolvedDay, settings.callbackDays);
          items.push(callbackItem(name, row, '售后30天', customer, phone, dueDay, resolvedDay));
        } else unplanned++;
      }
      const purchased = day(cell(sheet, row, '购买日期'));
      const serial = cellText(cell(sheet, row, '产品序列号'));
      const key = `${phone}|${serial || row}`;
      if (purchased && !warrantied.has(key)) {
        warrantied.add(key);
        const dueDay = addDays(addMonths(purchased, settings.warrantyMonths), -settings.warrantyCallbackDays);
        const fromDay = addDays(dueDay, -settings.warrantyCallbackDays);
        items.push(callbackItem(name, row, '质保到期前', customer, phone, dueDay, fromDay));
      }
    }
  }
  for (const sheet of sheetsOf(sheets, 'complaints')) {
    for (const row of sheet.records) {
      const solved = day(cell(sheet, row, '结案时间')) ?? day(cell(sheet, row, '方案时间'));
      if (!solved) {
        // Closed by its status alone: owed a callback, but from when is not known.
        if (rowStatus(statusCells(sheet, row), settings) === 'closed') unplanned++;
        continue;
      }
      const done = madeDay(cell(sheet, row, '回访时间'), timeZone, now, settings.region);
      items.push(
        callbackItem(
          sheet.layout.sheet,
          row,
          '投诉后回访',
          cellText(cell(sheet, row, '客户姓名')),
          phoneKey(cell(sheet, row, '联系电话'), settings.region),
          addDays(solved, settings.complaintCallbackDays),
          solved,
          cellText(cell(sheet, row, '投诉编号')),
          done ?? '',
        ),
      );
    }
  }
  return { items, unplanned };
}

/**
 * The day a call was made, or null: none written, or one timed later than now (today 16:00 read at
 * 10:00 is a call planned in the column of calls made, as a later day is).
 */
export function madeDay(raw: unknown, timeZone: string, now: number, region: Region): string | null {
  const made = parseMoment(raw, timeZone, now, region);
  if (!made || (made.hasTime && made.instant > now)) return null;
  return dayKey(made.instant, timeZone);
}

/** The rows of 回访记录. */
function callbackRecords(
  sheets: readonly LoadedSheet[],
  timeZone: string,
  now: number,
  region: Region,
): CallbackRecord[] {
  const records: CallbackRecord[] = [];
  for (const sheet of sheetsOf(sheets, 'callbacks')) {
    for (const row of sheet.records) {
      const doneDay = madeDay(cell(sheet, row, '实际回访时间'), timeZone, now, region);
      records.push({
        sheet: sheet.layout.sheet,
        row,
        caseId: cellText(cell(sheet, row, '关联编号')),
        customer: cellText(cell(sheet, row, '客户姓名')),
        phone: phoneKey(cell(sheet, row, '联系电话'), region),
        type: cellText(cell(sheet, row, '回访类型')),
        doneDay,
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
  /** What the plan could not take into account (records with no date to count from). */
  readonly warnings: readonly Warning[];
  /** 地区 of 规则设置: how the phones are read and masked. */
  readonly region: Region;
  /** Where 回访计划 was written (when the run wrote). */
  readonly output?: OutputSheet;
}

/** Every callback owed (planned ones included) and its state as of `now`; how many could not be planned. */
export function allCallbackStates(
  sheets: readonly LoadedSheet[],
  settings: Settings,
  now: number,
  timeZone: string,
  until?: string,
): { statuses: CallbackStatus[]; unplanned: number } {
  const { items, unplanned } = callbackItems(sheets, settings, timeZone, now);
  return {
    statuses: callbackStates(
      items,
      callbackRecords(sheets, timeZone, now, settings.region),
      dayKey(now, timeZone),
      7,
      until,
    ),
    unplanned,
  };
}

/** Callbacks as of `now`, and the month's callback rate and complaint figures. */
export function callbackReport(
  sheets: readonly LoadedSheet[],
  now: number,
  timeZone: string,
  month?: string,
): CallbackReport {
  const { settings } = readWorkbookSettings(sheets, timeZone);
  const today = dayKey(now, timeZone);
  const { statuses, unplanned } = allCallbackStates(sheets, settings, now, timeZone);
  const reportMonth = month ?? today.slice(0, 7);
  const complaints = complaintReport(sheets, now, timeZone);
  return {
    today,
    month: reportMonth,
    due: statuses.filter((s) => s.state !== 'planned'),
    rate: callbackRate(reportMonth, statuses, settings.callbackTargetBp / 10_000),
    region: settings.region,
    complaints: complaintMonthFigures(
      reportMonth,
      complaints.rows.map((r) => ({ complaint: r.complaint, status: r.status, month: r.month })),
    ),
    warnings: [
      ...timeZoneWarnings(writtenTimeZone(sheets, settings), timeZone, now),
      ...(unplanned > 0 ? [{ code: 'callbacks_unplanned' as const, params: { count: unplanned } }] : []),
    ],
  };
}

/**
 * Callbacks as of `now` and the month's rate, sheets not understood that came near a sheet
 * callbacks are planned from said first (what the callback plan shows, written or not).
 */
export function workbookCallbacks(
  workbook: LoadedWorkbook,
  now: number,
  timeZone: string,
  month?: string,
): CallbackReport {
  const read = callbackReport(workbook.sheets, now, timeZone, month);
  const unread = recognitionWarnings(workbook, OPERATION_KINDS.callbacks);
  // The month's complaint figures come from complaint sheets alone: callbacks read without one say
  // so, rather than count no complaints received (the sheets near one are named above already).
  const noComplaints =
    hasSheetOf(workbook, OPERATION_KINDS.callbacks) && !hasSheetOf(workbook, ['complaints'])
      ? recognitionWarnings(workbook, ['complaints']).filter((w) => w.code === 'no_sheet_of_kind')
      : [];
  return { ...read, warnings: [...unread, ...noComplaints, ...read.warnings] };
}
