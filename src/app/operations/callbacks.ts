// Operation "Callback plan": the callbacks the sheets call for (售后30天, 投诉后回访, 质保到期前),
// which are done, due or overdue, the month's callback rate and complaint figures; 回访计划 rebuilt.

import { parseMoment } from '../../domain/calendar/parse';
import { dayKey, parseIsoMoment } from '../../domain/calendar/time';
import {
  addDays,
  addMonths,
  type CallbackItem,
  type CallbackRate,
  type CallbackRecord,
  type CallbackState,
  type CallbackStatus,
  callbackItem,
  callbackRate,
  callbackStates,
} from '../../domain/callbacks/callbacks';
import { type ComplaintMonthFigures, complaintMonthFigures } from '../../domain/complaints/figures';
import { type Lang, message } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import type { Settings } from '../../domain/params/table';
import { contactPhone, maskPhone, maskPhonesInText, PLAIN_MOBILE } from '../../domain/phone/phone';
import { CALLBACK_COLUMNS, columnHeaders, columnWidths } from '../../domain/sheets/columns';
import { isResolved, rowStatus } from '../../domain/sheets/status';
import { cellText, columnLetter, compareText } from '../../domain/text';
import { readWorkbookSettings } from '../context';
import { OWN_RULE_MARKER, TONES } from '../marks';
import { claimOwnSheet, EMPTY_SHEET, type OutputSheet } from '../own';
import type { WorkbookPort, WriteValue } from '../port';
import { styleTable, textRow } from '../present/render';
import {
  OPERATION_KINDS,
  recognitionWarnings,
  skippedCount,
  skippedSince,
  timeZoneWarnings,
  type Warning,
  warningText,
} from '../present/warnings';
import {
  cell,
  type LoadedSheet,
  type LoadedWorkbook,
  loadWorkbook,
  type RunOptions,
  sheetsOf,
  statusCells,
} from '../workbook';
import { complaintReport, stateLabel } from './complaints';
import type { MappingHint } from './inspect';
import { REPORT_LIMIT } from './validate';

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
      const done = day(cell(sheet, row, '回访时间'));
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
      const done = parseMoment(cell(sheet, row, '实际回访时间'), timeZone, now, region);
      records.push({
        sheet: sheet.layout.sheet,
        row,
        caseId: cellText(cell(sheet, row, '关联编号')),
        customer: cellText(cell(sheet, row, '客户姓名')),
        phone: phoneKey(cell(sheet, row, '联系电话'), region),
        type: cellText(cell(sheet, row, '回访类型')),
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
  const { settings } = readWorkbookSettings(sheets);
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
      ...timeZoneWarnings(settings.timeZone, timeZone, now),
      ...(unplanned > 0 ? [{ code: 'callbacks_unplanned' as const, params: { count: unplanned } }] : []),
    ],
  };
}

/** A share as people read it: 46.7%, or '-' when there is nothing to divide by. */
function formatPercent(value: number | null): string {
  return value === null ? '-' : `${Math.round(value * 1000) / 10}%`;
}

/** The month's callback rate and complaint figures, as two lines for people. */
export function callbackSummary(report: CallbackReport, lang: Lang): [string, string] {
  const { rate, complaints } = report;
  return [
    message(lang, 'callbacks.rate_line', {
      month: report.month,
      done: rate.done,
      due: rate.due,
      rate: formatPercent(rate.value),
      target: formatPercent(rate.target),
    }),
    message(lang, 'callbacks.complaints_line', {
      received: complaints.received,
      handled: formatPercent(complaints.handledRate),
      onTime: formatPercent(complaints.onTimeRate),
      reply: complaints.averageHoursToReply ?? '-',
      solution: complaints.averageHoursToSolution ?? '-',
    }),
  ];
}

/**
 * A callback in the columns of CALLBACK_COLUMNS, phones masked as 地区 reads them; source and record
 * link to their rows.
 */
export function callbackLine(s: CallbackStatus, lang: Lang, timeZone: string, region: Region): WriteValue[] {
  const due = parseIsoMoment(s.item.dueDay, timeZone);
  return [
    s.item.type,
    maskPhonesInText(s.item.customer, region),
    maskPhone(s.item.phone, region),
    due === null ? s.item.dueDay : new Date(due),
    stateLabel(s.state, lang),
    { text: `${s.item.sheet}!A${s.item.row}`, link: { sheet: s.item.sheet, row: s.item.row, column: 1 } },
    s.record
      ? {
          text: `${s.record.sheet}!A${s.record.row}`,
          link: { sheet: s.record.sheet, row: s.record.row, column: 1 },
        }
      : null,
  ];
}

/** Rebuilds 回访计划: the month's rate and figures, then the callbacks due, overdue first. */
function writeCallbackSheet(
  port: WorkbookPort,
  report: CallbackReport,
  lang: Lang,
  hint: MappingHint = 'sheet',
): OutputSheet {
  const output = claimOwnSheet(port, 'callbacksDue', lang, (sheet) => port.createSheet(sheet, EMPTY_SHEET));
  const name = output.sheet;
  const width = CALLBACK_COLUMNS.length;
  port.resetSheet(name, { widths: columnWidths(CALLBACK_COLUMNS), frozenRows: 3 + report.warnings.length });
  const [rateLine, complaintsLine] = callbackSummary(report, lang);
  const rows: WriteValue[][] = [
    textRow(rateLine, width),
    textRow(complaintsLine, width),
    ...report.warnings.map((w) => textRow(warningText(w, lang, hint), width)),
    columnHeaders(CALLBACK_COLUMNS, lang),
  ];
  const order: Record<CallbackState, number> = { overdue: 0, due: 1, done: 2, planned: 3 };
  const listed = [...report.due].sort(
    (a, b) => order[a.state] - order[b.state] || compareText(a.item.dueDay, b.item.dueDay),
  );
  const headerRow = rows.length;
  for (const s of listed.slice(0, REPORT_LIMIT))
    rows.push(callbackLine(s, lang, port.timeZone, report.region));
  if (listed.length > REPORT_LIMIT)
    rows.push(textRow(message(lang, 'report.more_rows', { count: listed.length - REPORT_LIMIT }), width));
  port.writeBlock(name, 1, 1, rows);
  styleTable(port, name, CALLBACK_COLUMNS, headerRow, Math.min(listed.length, REPORT_LIMIT));
  const overdueLabel = stateLabel('overdue', lang).replace(/"/g, '""');
  const firstItem = 4 + report.warnings.length;
  const stateColumn = columnLetter(CALLBACK_COLUMNS.findIndex((c) => c.key === 'state') + 1);
  port.setOwnConditionalRules(name, [
    {
      block: {
        row: firstItem,
        column: 1,
        numRows: Math.max(1, Math.min(listed.length, REPORT_LIMIT)),
        numColumns: width,
      },
      formula: `=AND(${OWN_RULE_MARKER},$${stateColumn}${firstItem}="${overdueLabel}")`,
      background: TONES.bad.background,
      fontColor: TONES.bad.font,
    },
  ]);
  return output;
}

/**
 * Callback plan: callbacks as of `now`, the month's rate; when writing, 回访计划 rebuilt. Sheets not
 * understood that came near a sheet callbacks are planned from are said first.
 */
export function runCallbacks(
  port: WorkbookPort,
  options: RunOptions & { readonly month?: string },
  workbook: LoadedWorkbook = loadWorkbook(port),
): CallbackReport {
  const read = callbackReport(workbook.sheets, options.now, port.timeZone, options.month);
  const report = {
    ...read,
    warnings: [...recognitionWarnings(workbook, OPERATION_KINDS.callbacks), ...read.warnings],
  };
  if (!options.write) return report;
  const from = skippedCount(port);
  const output = writeCallbackSheet(port, report, options.lang, options.hint);
  return { ...report, warnings: [...report.warnings, ...skippedSince(port, from)], output };
}
