// Use case: keep the complaints sheet's own deadline columns current, highlight overdue rows by
// conditional formats (live against NOW()), list what is overdue, plan callbacks, word the digest.

import type { CallbackState } from '../domain/callbacks';
import type { ComplaintState } from '../domain/complaints';
import { type Lang, type MessageKey, message } from '../domain/messages';
import { maskPhone } from '../domain/phone';
import { NOTE_PREFIX, OWN_SHEETS } from '../domain/schema';
import { columnLetter, compareText, normalizeHeader } from '../domain/text';
import { formatLocal } from '../domain/time';
import type { CallbackReport, ComplaintReport, ComplaintRow } from './complaints';
import { complaintReport, readComplaint, statusOf } from './complaints';
import type { LoadedSheet } from './inspect';
import { OWN_RULE_MARKER } from './marks';
import type { ConditionalRule, WorkbookPort, WriteValue } from './port';
import { textRow } from './render';
import { REPORT_LIMIT } from './validate';

/** The add-on's own columns on the complaints sheet, in order. */
export const OWN_COMPLAINT_COLUMNS = ['答复截止', '方案截止', '状态'] as const;

/** Rows below the header that the highlight rules cover (adapters clamp to the sheet). */
const HIGHLIGHT_ROWS = 5000;

export const HIGHLIGHT_COLORS = {
  overdue: { background: '#f4c7c3', font: '#a50e0e' },
  dueSoon: { background: '#fce8b2', font: '#7a4f01' },
} as const;

/** A state's label for people. */
export function stateLabel(state: ComplaintState | CallbackState, lang: Lang): string {
  return message(lang, `state.${state}` as MessageKey);
}

/**
 * Finds the add-on's columns on a complaints sheet (header text and the add-on's note), or adds
 * them after the last used column. Returns their 1-based positions.
 */
export function ensureComplaintColumns(port: WorkbookPort, sheet: LoadedSheet, lang: Lang): number[] {
  const headerRow = sheet.layout.headerRow ?? 1;
  const width = Math.max(sheet.grid.width, ...Object.values(sheet.layout.columns).map((c) => c + 1));
  const header = port.readGrid(sheet.layout.sheet, { firstRow: headerRow, numRows: 1 }).values[0] ?? [];
  const marks = port.readMarks(sheet.layout.sheet, {
    row: headerRow,
    column: 1,
    numRows: 1,
    numColumns: Math.max(1, width),
  });
  const found = OWN_COMPLAINT_COLUMNS.map((name) => {
    const index = header.findIndex(
      (cell, c) =>
        normalizeHeader(String(cell)) === name && (marks.notes[0]?.[c] ?? '').startsWith(NOTE_PREFIX),
    );
    return index < 0 ? null : index + 1;
  });
  if (found.every((c) => c !== null)) return found as number[];
  const first = width + 1;
  const block = { row: headerRow, column: first, numRows: 1, numColumns: OWN_COMPLAINT_COLUMNS.length };
  port.writeBlock(sheet.layout.sheet, headerRow, first, [[...OWN_COMPLAINT_COLUMNS]]);
  const note = NOTE_PREFIX + message(lang, 'deadlines.column_note');
  port.writeMarks(sheet.layout.sheet, block, {
    notes: [[note, note, `${note}\n${message(lang, 'deadlines.legend')}`]],
    backgrounds: [['#e8eaed', '#e8eaed', '#e8eaed']],
  });
  return [first, first + 1, first + 2];
}

function statusCells(row: ComplaintRow | undefined, lang: Lang): WriteValue[] {
  if (!row) return [null, null, null];
  return [
    new Date(row.status.replyDue),
    new Date(row.status.solutionDue),
    stateLabel(row.status.state, lang),
  ];
}

/** Writes the deadline columns for some rows of a complaints sheet (one block write). */
export function writeComplaintColumns(
  port: WorkbookPort,
  sheet: string,
  columns: readonly number[],
  rows: readonly number[],
  byRow: ReadonlyMap<number, ComplaintRow>,
  lang: Lang,
): void {
  if (rows.length === 0) return;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const values: WriteValue[][] = [];
  for (let r = first; r <= last; r++) values.push(statusCells(byRow.get(r), lang));
  const start = columns[0] ?? 1;
  const contiguous = columns.every((c, i) => c === start + i);
  if (contiguous) {
    port.writeBlock(sheet, first, start, values);
  } else {
    columns.forEach((c, i) => {
      port.writeBlock(
        sheet,
        first,
        c,
        values.map((line) => [line[i] ?? null]),
      );
    });
  }
  const dates = { row: first, numRows: last - first + 1, numColumns: 1 };
  port.setNumberFormat(sheet, { ...dates, column: columns[0] ?? start }, 'yyyy-mm-dd hh:mm');
  port.setNumberFormat(sheet, { ...dates, column: columns[1] ?? start + 1 }, 'yyyy-mm-dd hh:mm');
}

/**
 * The highlight rules: overdue rows red, due-soon rows amber, comparing NOW() with the deadline
 * columns so the colours stay right between runs. Only the add-on's own rules are replaced.
 */
export function complaintHighlightRules(
  sheet: LoadedSheet,
  columns: readonly number[],
  dueSoonHours: number,
): ConditionalRule[] {
  const headerRow = sheet.layout.headerRow ?? 1;
  const row = headerRow + 1;
  const col = (field: string) => {
    const c = sheet.layout.columns[field];
    return c === undefined ? null : `$${columnLetter(c + 1)}${row}`;
  };
  const received = col('投诉时间') ?? '""';
  const blank = (ref: string | null) => (ref ? `ISBLANK(${ref})` : 'TRUE');
  const replyDue = `$${columnLetter(columns[0] ?? 1)}${row}`;
  const solutionDue = `$${columnLetter(columns[1] ?? 2)}${row}`;
  const noSolution = blank(col('方案时间'));
  const noReply = `AND(${blank(col('首次答复时间'))},${noSolution})`;
  const base = `${OWN_RULE_MARKER},${received}<>"",${noSolution},ISNUMBER(${solutionDue})`;
  const overdue = `OR(NOW()>${solutionDue},AND(${noReply},NOW()>${replyDue}))`;
  const next = `IF(${noReply},${replyDue},${solutionDue})`;
  const width = Math.max(sheet.grid.width, ...columns);
  const block = { row, column: 1, numRows: HIGHLIGHT_ROWS, numColumns: width };
  return [
    {
      block,
      formula: `=AND(${base},${overdue})`,
      background: HIGHLIGHT_COLORS.overdue.background,
      fontColor: HIGHLIGHT_COLORS.overdue.font,
    },
    {
      block,
      formula: `=AND(${base},NOT(${overdue}),${next}-NOW()<=${dueSoonHours}/24)`,
      background: HIGHLIGHT_COLORS.dueSoon.background,
      fontColor: HIGHLIGHT_COLORS.dueSoon.font,
    },
  ];
}

/** Refreshes every complaints sheet: own columns, values, highlight rules. Returns the report. */
export function refreshComplaints(
  port: WorkbookPort,
  sheets: readonly LoadedSheet[],
  now: number,
  lang: Lang,
): ComplaintReport {
  const report = complaintReport(sheets, now, port.timeZone);
  for (const sheet of sheets.filter((s) => s.layout.kind === 'complaints' && s.layout.headerRow !== null)) {
    const columns = ensureComplaintColumns(port, sheet, lang);
    const byRow = new Map(
      report.rows.filter((r) => r.sheet === sheet.layout.sheet).map((r) => [r.complaint.row, r]),
    );
    const headerRow = sheet.layout.headerRow ?? 1;
    const last = sheet.grid.firstRow + sheet.grid.values.length - 1;
    const rows: number[] = [];
    for (let r = headerRow + 1; r <= last; r++) rows.push(r);
    writeComplaintColumns(port, sheet.layout.sheet, columns, rows, byRow, lang);
    port.setOwnConditionalRules(
      sheet.layout.sheet,
      complaintHighlightRules(sheet, columns, report.settings.dueSoonHours),
    );
  }
  return report;
}

/** Refreshes the deadline columns of edited rows only (onEdit). */
export function refreshEditedComplaints(
  port: WorkbookPort,
  sheet: LoadedSheet,
  settingsSheets: readonly LoadedSheet[],
  rows: readonly number[],
  now: number,
  lang: Lang,
): void {
  const report = complaintReport(settingsSheets, now, port.timeZone);
  const byRow = new Map<number, ComplaintRow>();
  for (const row of rows) {
    const complaint = readComplaint(sheet, row, port.timeZone);
    if (!complaint) continue;
    byRow.set(row, {
      sheet: sheet.layout.sheet,
      complaint,
      status: statusOf(complaint, report.settings, report.calendar, now, port.timeZone),
      month: '',
      customer: '',
      phone: '',
    });
  }
  const columns = ensureComplaintColumns(port, sheet, lang);
  writeComplaintColumns(port, sheet.layout.sheet, columns, rows, byRow, lang);
}

const OVERDUE: ReadonlySet<ComplaintState> = new Set(['reply_overdue', 'solution_overdue']);

/** Rebuilds 超时投诉: what is overdue and due soon, with links to the rows; phones masked. */
export function writeOverdueSheet(
  port: WorkbookPort,
  report: ComplaintReport,
  lang: Lang,
  now: number,
): number {
  const name = OWN_SHEETS.overdue;
  port.resetSheet(name, { widths: [90, 80, 110, 50, 90, 130, 70, 130], frozenRows: 2 });
  const listed = report.rows
    .filter((r) => OVERDUE.has(r.status.state) || r.status.state === 'due_soon')
    .sort((a, b) => (a.status.hoursLeft ?? 0) - (b.status.hoursLeft ?? 0));
  const header =
    lang === 'zh'
      ? ['投诉编号', '客户', '电话', '级别', '状态', '截止', '剩余小时', '位置']
      : ['Complaint', 'Customer', 'Phone', 'Level', 'State', 'Due', 'Hours left', 'Row'];
  const rows: WriteValue[][] = [
    textRow(
      message(lang, 'deadlines.overdue_title', {
        time: formatLocal(now, port.timeZone),
        overdue: report.summary.replyOverdue + report.summary.solutionOverdue,
        soon: report.summary.dueSoon,
      }),
      8,
    ),
    header,
  ];
  for (const r of listed.slice(0, REPORT_LIMIT)) {
    const due =
      r.status.state === 'solution_overdue' || r.complaint.firstReply !== null
        ? r.status.solutionDue
        : r.status.replyDue;
    rows.push([
      r.complaint.id,
      r.customer,
      maskPhone(r.phone),
      r.complaint.level,
      stateLabel(r.status.state, lang),
      formatLocal(due, port.timeZone),
      r.status.hoursLeft,
      { text: `${r.sheet}!A${r.complaint.row}`, link: { sheet: r.sheet, row: r.complaint.row, column: 1 } },
    ]);
  }
  if (listed.length === 0) rows.push(textRow(message(lang, 'deadlines.none_overdue'), 8));
  if (listed.length > REPORT_LIMIT) {
    const more = message(lang, 'report.more_rows', { count: listed.length - REPORT_LIMIT });
    rows.push(textRow(more, 8));
  }
  for (const year of report.uncoveredYears) {
    rows.push(textRow(message(lang, 'deadlines.year_not_covered', { year }), 8));
  }
  port.writeBlock(name, 1, 1, rows);
  return listed.length;
}

/** A share as people read it: 46.7%, or '-' when there is nothing to divide by. */
export function formatPercent(value: number | null): string {
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

/** Rebuilds 回访计划: the month's rate and figures, then the callbacks due, overdue first. */
export function writeCallbackSheet(port: WorkbookPort, report: CallbackReport, lang: Lang): void {
  const name = OWN_SHEETS.callbacksDue;
  port.resetSheet(name, { widths: [90, 80, 110, 100, 90, 170, 170], frozenRows: 3 });
  const header =
    lang === 'zh'
      ? ['回访类型', '客户', '电话', '应回访日期', '状态', '来源', '回访记录']
      : ['Type', 'Customer', 'Phone', 'Due', 'State', 'Source', 'Callback row'];
  const [rateLine, complaintsLine] = callbackSummary(report, lang);
  const rows: WriteValue[][] = [textRow(rateLine, 7), textRow(complaintsLine, 7), header];
  const order: Record<CallbackState, number> = { overdue: 0, due: 1, done: 2, planned: 3 };
  const listed = [...report.due].sort(
    (a, b) => order[a.state] - order[b.state] || compareText(a.item.dueDay, b.item.dueDay),
  );
  for (const s of listed.slice(0, REPORT_LIMIT)) {
    rows.push([
      s.item.type,
      s.item.customer,
      maskPhone(s.item.phone),
      s.item.dueDay,
      stateLabel(s.state, lang),
      { text: `${s.item.sheet}!A${s.item.row}`, link: { sheet: s.item.sheet, row: s.item.row, column: 1 } },
      s.record !== null && report.callbackSheet
        ? {
            text: `${report.callbackSheet}!A${s.record}`,
            link: { sheet: report.callbackSheet, row: s.record, column: 1 },
          }
        : null,
    ]);
  }
  if (listed.length > REPORT_LIMIT)
    rows.push(textRow(message(lang, 'report.more_rows', { count: listed.length - REPORT_LIMIT }), 7));
  port.writeBlock(name, 1, 1, rows);
  const overdueLabel = stateLabel('overdue', lang).replace(/"/g, '""');
  port.setOwnConditionalRules(name, [
    {
      block: {
        row: 4,
        column: 1,
        numRows: Math.max(1, Math.min(listed.length, REPORT_LIMIT)),
        numColumns: 7,
      },
      formula: `=AND(${OWN_RULE_MARKER},$E4="${overdueLabel}")`,
      background: HIGHLIGHT_COLORS.overdue.background,
      fontColor: HIGHLIGHT_COLORS.overdue.font,
    },
  ]);
}

/** Keys of the complaints that are overdue now (what a digest would be about). */
export function overdueKeys(report: ComplaintReport): string[] {
  return report.rows
    .filter((r) => OVERDUE.has(r.status.state))
    .map((r) => `${r.sheet}|${r.complaint.id || `#${r.complaint.row}`}|${r.status.state}`);
}

/**
 * The digest e-mail about complaints that became overdue since the last one (null when none
 * did). Customer phones are masked; only the customer's name and masked phone appear.
 */
export function overdueDigest(
  report: ComplaintReport,
  alreadyNotified: ReadonlySet<string>,
  lang: Lang,
  timeZone: string,
  url: string,
): { subject: string; body: string; keys: string[] } | null {
  const keys = overdueKeys(report);
  const fresh = report.rows.filter(
    (r) =>
      OVERDUE.has(r.status.state) &&
      !alreadyNotified.has(`${r.sheet}|${r.complaint.id || `#${r.complaint.row}`}|${r.status.state}`),
  );
  if (fresh.length === 0) return null;
  const lines = fresh.map((r) =>
    message(lang, 'digest.line', {
      id: r.complaint.id || `${r.sheet}!A${r.complaint.row}`,
      customer: r.customer,
      phone: maskPhone(r.phone),
      state: stateLabel(r.status.state, lang),
      hours: Math.abs(r.status.hoursLeft ?? 0),
      due: formatLocal(
        r.status.state === 'solution_overdue' ? r.status.solutionDue : r.status.replyDue,
        timeZone,
      ),
    }),
  );
  return {
    subject: message(lang, 'digest.subject', { count: fresh.length }),
    body: [message(lang, 'digest.intro'), '', ...lines, '', url].join('\n'),
    keys,
  };
}
