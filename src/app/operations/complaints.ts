// Operation "Check overdue complaints": every complaint's deadlines and state (docs/domain.md,
// "Complaint deadlines"); the complaints sheet's own deadline columns kept current and highlighted
// by conditional formats (live against NOW()); 超时投诉 rebuilt; the overdue digest worded.

import { robotKind } from '../../domain/alerts/robots';
import { maxOf, minOf } from '../../domain/arrays';
import type { WorkCalendar } from '../../domain/calendar/calendar';
import { parseMoment } from '../../domain/calendar/parse';
import { formatLocal, toWall, wallMonthKey } from '../../domain/calendar/time';
import type { CallbackState } from '../../domain/callbacks/callbacks';
import {
  type Complaint,
  type ComplaintState,
  type ComplaintStatus,
  type ComplaintSummary,
  complaintState,
  deadlines,
  isOverdueState,
  summarizeStates,
} from '../../domain/complaints/states';
import { chineseIn, type Lang, message } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import type { Settings } from '../../domain/params/table';
import { maskPhone, maskPhonesInText } from '../../domain/phone/phone';
import {
  columnHeaders,
  columnWidths,
  DEADLINE_COLUMNS,
  numberFormatOf,
  OVERDUE_COLUMNS,
} from '../../domain/sheets/columns';
import { type FieldKey, sheetSpec } from '../../domain/sheets/schema';
import { rowStatus, standardValue } from '../../domain/sheets/status';
import { cellText, columnLetter, normalizeHeader } from '../../domain/text';
import { readCalendar, readWorkbookSettings } from '../context';
import { isLegacyNote, isOwnNote, OWN_RULE_MARKER, ownNote, TONES } from '../marks';
import { claimOwnSheet, EMPTY_SHEET, type OutputSheet } from '../own';
import { type ConditionalRule, type OwnMark, TO_LAST_ROW, type WorkbookPort, type WriteValue } from '../port';
import { styleTable, textRow } from '../present/render';
import {
  calendarWarnings,
  type LeftOutReason,
  OPERATION_KINDS,
  recognitionWarnings,
  robotWarnings,
  skippedCount,
  skippedSince,
  timeZoneWarnings,
  type Warning,
  warningText,
} from '../present/warnings';
import {
  cell,
  isKind,
  type LoadedSheet,
  type LoadedWorkbook,
  loadWorkbook,
  OWN_COLUMN_MARK,
  type RunOptions,
  sheetsOf,
  statusCells,
} from '../workbook';
import type { MappingHint } from './inspect';
import { REPORT_LIMIT } from './validate';

export const HIGHLIGHT_COLORS = { overdue: TONES.bad, dueSoon: TONES.soon } as const;

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
function readComplaint(
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
function statusOf(
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
      ...timeZoneWarnings(settings.timeZone, timeZone, now),
      ...robotWarnings(robotKind(settings.robotWebhook), settings.robotSecret),
      ...sheetsOf(sheets, 'complaints')
        .filter((s) => !PROGRESS_FIELDS.some((f) => s.layout.columns[f] !== undefined) && !hasStatusColumn(s))
        .map((s): Warning => ({ code: 'no_progress_columns', params: { sheet: s.layout.sheet } })),
      ...calendarWarnings(calendar),
    ],
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

/** A state's label for people. */
export function stateLabel(state: ComplaintState | CallbackState, lang: Lang): string {
  return message(lang, `state.${state}`);
}

/** The settings and working calendar deadlines are computed with. */
function clockOf(
  sheets: readonly LoadedSheet[],
  timeZone: string,
): { settings: Settings; calendar: WorkCalendar } {
  const { settings } = readWorkbookSettings(sheets);
  return { settings, calendar: readCalendar(sheets, settings, timeZone) };
}

/** The mark on each of the add-on's deadline columns (`column:replyDue`…), in column order. */
const DEADLINE_MARKS: readonly string[] = DEADLINE_COLUMNS.map((c) => `${OWN_COLUMN_MARK}${c.key}`);

/** The add-on's deadline columns on a sheet by their marks (key → 1-based column); null unless all are there. */
export function ownDeadlineColumns(marks: readonly OwnMark[], sheet: string): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const mark of marks) {
    if (mark.sheet !== sheet || mark.place.on !== 'column') continue;
    const at = DEADLINE_MARKS.indexOf(mark.value);
    const key = DEADLINE_COLUMNS[at]?.key;
    if (key && out[key] === undefined) out[key] = mark.place.column;
  }
  return DEADLINE_COLUMNS.every((c) => out[c.key] !== undefined) ? out : null;
}

function inOrder(columns: Readonly<Record<string, number>>): number[] {
  return DEADLINE_COLUMNS.map((c) => columns[c.key] ?? 0);
}

/**
 * An earlier version's deadline columns (no marks then): its three headers side by side, each with
 * its own note. They are adopted (marked) once; anything else is the team's.
 */
function legacyDeadlineColumns(
  port: WorkbookPort,
  sheet: LoadedSheet<'complaints'>,
  width: number,
): number[] | null {
  const headerRow = sheet.layout.headerRow ?? 1;
  const header = port.readGrid(sheet.layout.sheet, { firstRow: headerRow, numRows: 1 }).values[0] ?? [];
  const names = DEADLINE_COLUMNS.map((c) => c.zh);
  const start = header.findIndex((_, c) =>
    names.every((name, k) => normalizeHeader(cellText(header[c + k])) === name),
  );
  if (start < 0) return null;
  const notes = port.readMarks(sheet.layout.sheet, {
    row: headerRow,
    column: start + 1,
    numRows: 1,
    numColumns: names.length,
  }).notes[0];
  if (!names.every((_, k) => isLegacyNote(notes?.[k] ?? '') || isOwnNote(notes?.[k] ?? ''))) return null;
  return start + names.length <= width ? names.map((_, k) => start + 1 + k) : null;
}

/**
 * The add-on's deadline columns on a complaints sheet, found by their marks just before they are
 * written (another editor may have moved them since the sheet was read). Missing, they are made:
 * an earlier version's adopted, else new columns inserted after the last used one (never written
 * over a column someone filled meanwhile), with their headers, notes and marks.
 */
function ensureComplaintColumns(
  port: WorkbookPort,
  sheet: LoadedSheet<'complaints'>,
  lang: Lang,
): number[] | null {
  const name = sheet.layout.sheet;
  const marked = ownDeadlineColumns(port.readOwnMarks(), name);
  if (marked) return inOrder(marked);
  const headerRow = sheet.layout.headerRow ?? 1;
  const width = maxOf(
    Object.values(sheet.layout.columns).map((c) => c + 1),
    sheet.grid.width,
  );
  const legacy = legacyDeadlineColumns(port, sheet, width);
  const columns = legacy ?? DEADLINE_COLUMNS.map((_, i) => width + 1 + i);
  if (!legacy) {
    const count = DEADLINE_COLUMNS.length;
    // Refused (a protected sheet or header row, 18,278 columns): no columns, and none taken over;
    // the refusal is said with the result.
    if (port.insertColumnsAfter(name, width, count) === false) return null;
    port.writeBlock(name, headerRow, width + 1, [DEADLINE_COLUMNS.map((c) => chineseIn(lang, c.zh))]);
    const note = message(lang, 'deadlines.column_note');
    const notes = DEADLINE_COLUMNS.map((_, i) =>
      ownNote(i === count - 1 ? `${note}\n${message(lang, 'deadlines.legend')}` : note),
    );
    port.writeMarks(
      name,
      { row: headerRow, column: width + 1, numRows: 1, numColumns: count },
      { notes: [notes], backgrounds: [DEADLINE_COLUMNS.map(() => OWN_HEADER_FILL)] },
    );
  }
  columns.forEach((column, i) => {
    port.addOwnMark(name, { on: 'column', column }, DEADLINE_MARKS[i] as string);
  });
  return columns;
}

/** The soft grey of the add-on's own column headers. */
const OWN_HEADER_FILL = '#e8eaed';

function deadlineCells(row: ComplaintRow | undefined, lang: Lang): WriteValue[] {
  if (!row) return [null, null, null];
  return [
    new Date(row.status.replyDue),
    new Date(row.status.solutionDue),
    stateLabel(row.status.state, lang),
  ];
}

/** Writes the deadline columns for some rows of a complaints sheet (one block write). */
function writeComplaintColumns(
  port: WorkbookPort,
  sheet: string,
  columns: readonly number[],
  rows: readonly number[],
  byRow: ReadonlyMap<number, ComplaintRow>,
  lang: Lang,
): void {
  if (rows.length === 0) return;
  const first = minOf(rows);
  const last = maxOf(rows);
  const values: WriteValue[][] = [];
  for (let r = first; r <= last; r++) values.push(deadlineCells(byRow.get(r), lang));
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
  port.setNumberFormat(sheet, { ...dates, column: columns[0] ?? start }, DATETIME_FORMAT);
  port.setNumberFormat(sheet, { ...dates, column: columns[1] ?? start + 1 }, DATETIME_FORMAT);
}

/** How the add-on writes a date with its time. */
const DATETIME_FORMAT = numberFormatOf('datetime') as string;

/**
 * The highlight rules: overdue rows red, due-soon rows amber, comparing NOW() with the deadline
 * columns so the colours stay right between runs. Only the add-on's own rules are replaced.
 */
function complaintHighlightRules(
  sheet: LoadedSheet<'complaints'>,
  columns: readonly number[],
  dueSoonHours: number,
  lang: Lang,
): ConditionalRule[] {
  const headerRow = sheet.layout.headerRow ?? 1;
  const row = headerRow + 1;
  const col = (field: FieldKey<'complaints'>) => {
    const c = sheet.layout.columns[field];
    return c === undefined ? null : `$${columnLetter(c + 1)}${row}`;
  };
  const received = col('投诉时间') ?? '""';
  const blank = (ref: string | null) => (ref ? `ISBLANK(${ref})` : 'TRUE');
  const replyDue = `$${columnLetter(columns[0] ?? 1)}${row}`;
  const solutionDue = `$${columnLetter(columns[1] ?? 2)}${row}`;
  const noSolution = blank(col('方案时间'));
  const noReply = `AND(${blank(col('首次答复时间'))},${noSolution})`;
  // A complaint the team's status closes or voids is never highlighted: the add-on's own 状态 says so.
  const ownState = `$${columnLetter(columns[2] ?? 3)}${row}`;
  const settled = (['closed', 'void'] as const)
    .map((s) => `${ownState}<>"${stateLabel(s, lang).replace(/"/g, '""')}"`)
    .join(',');
  const base = `${OWN_RULE_MARKER},${received}<>"",${noSolution},ISNUMBER(${solutionDue}),${settled}`;
  const overdue = `OR(NOW()>${solutionDue},AND(${noReply},NOW()>${replyDue}))`;
  const next = `IF(${noReply},${replyDue},${solutionDue})`;
  const width = maxOf(columns, sheet.grid.width);
  // Every row below the header, however long the log grows (each check renews the rules).
  const block = { row, column: 1, numRows: TO_LAST_ROW, numColumns: width };
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

/**
 * Writes every complaints sheet's own columns and highlight rules from a report, in the document's
 * language (`lang` here is RunOptions.cellLang).
 */
function writeComplaintSheets(
  port: WorkbookPort,
  sheets: readonly LoadedSheet[],
  report: ComplaintReport,
  lang: Lang,
): void {
  for (const sheet of sheetsOf(sheets, 'complaints').filter((s) => s.layout.headerRow !== null)) {
    const columns = ensureComplaintColumns(port, sheet, lang);
    if (!columns) continue;
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
      complaintHighlightRules(sheet, columns, report.settings.dueSoonHours, lang),
    );
  }
}

/**
 * Refreshes the deadline columns of edited rows only (onEdit), with the settings sheets it knows.
 * The cached context says where the add-on's columns are (its header unchanged since).
 */
export function refreshEditedComplaints(
  port: WorkbookPort,
  edit: {
    readonly sheet: LoadedSheet;
    readonly settingsSheets: readonly LoadedSheet[];
    readonly first: number;
    readonly last: number;
    readonly ownColumns: Readonly<Record<string, number>>;
  },
  options: { readonly now: number; readonly lang: Lang; readonly cellLang?: Lang },
): void {
  if (!isKind(edit.sheet, 'complaints')) return;
  const cellLang = options.cellLang ?? options.lang;
  const { sheet, settingsSheets, first, last } = edit;
  const { settings, calendar } = clockOf(settingsSheets, port.timeZone);
  const byRow = new Map<number, ComplaintRow>();
  for (const row of sheet.records) {
    const complaint = readComplaint(sheet, row, settings, port.timeZone, options.now);
    if (!complaint) continue;
    byRow.set(row, {
      sheet: sheet.layout.sheet,
      complaint,
      status: statusOf(complaint, settings, calendar, options.now, port.timeZone),
      month: '',
      customer: '',
      phone: '',
      handler: '',
      channel: '',
      category: '',
    });
  }
  const rows: number[] = [];
  for (let r = first; r <= last; r++) rows.push(r);
  const known = DEADLINE_COLUMNS.every((c) => edit.ownColumns[c.key] !== undefined);
  const columns = known ? inOrder(edit.ownColumns) : ensureComplaintColumns(port, sheet, cellLang);
  if (!columns) return;
  writeComplaintColumns(port, sheet.layout.sheet, columns, rows, byRow, cellLang);
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

/** A complaint's cells in the columns of OVERDUE_COLUMNS, phones masked as 地区 reads them. */
export function overdueLine(row: ComplaintRow, lang: Lang, region: Region): WriteValue[] {
  return [
    row.complaint.id,
    maskPhonesInText(row.customer, region),
    maskPhone(row.phone, region),
    row.complaint.level,
    stateLabel(row.status.state, lang),
    new Date(currentDue(row)),
    row.status.hoursLeft,
    {
      text: `${row.sheet}!A${row.complaint.row}`,
      link: { sheet: row.sheet, row: row.complaint.row, column: 1 },
    },
  ];
}

/** Rebuilds 超时投诉 (the add-on's, by its mark): what is overdue and due soon, with links to the rows; phones masked. */
function writeOverdueSheet(
  port: WorkbookPort,
  report: ComplaintReport,
  lang: Lang,
  now: number,
  hint: MappingHint = 'sheet',
): OutputSheet {
  const look = { widths: columnWidths(OVERDUE_COLUMNS), frozenRows: 2 + report.warnings.length };
  const output = claimOwnSheet(port, 'overdue', lang, (sheet) => port.createSheet(sheet, EMPTY_SHEET));
  const name = output.sheet;
  const width = OVERDUE_COLUMNS.length;
  port.resetSheet(name, look);
  const listed = urgentComplaints(report);
  const rows: WriteValue[][] = [
    textRow(
      message(lang, 'deadlines.overdue_title', {
        time: formatLocal(now, port.timeZone),
        overdue: report.summary.replyOverdue + report.summary.solutionOverdue,
        soon: report.summary.dueSoon,
      }),
      width,
    ),
    ...report.warnings.map((w) => textRow(warningText(w, lang, hint), width)),
    columnHeaders(OVERDUE_COLUMNS, lang),
  ];
  const headerRow = rows.length;
  for (const r of listed.slice(0, REPORT_LIMIT)) rows.push(overdueLine(r, lang, report.settings.region));
  if (listed.length === 0) rows.push(textRow(message(lang, 'deadlines.none_overdue'), width));
  if (listed.length > REPORT_LIMIT) {
    const more = message(lang, 'report.more_rows', { count: listed.length - REPORT_LIMIT });
    rows.push(textRow(more, width));
  }
  port.writeBlock(name, 1, 1, rows);
  styleTable(port, name, OVERDUE_COLUMNS, headerRow, Math.min(listed.length, REPORT_LIMIT));
  return output;
}

/**
 * Check overdue complaints: every complaint's deadlines and state as of `now`; when writing, the
 * complaints sheets' own columns and highlights, and 超时投诉. Sheets not understood that came near
 * a complaints log, and the rows left out, are said first.
 */
export function runComplaints(
  port: WorkbookPort,
  options: RunOptions,
  workbook: LoadedWorkbook = loadWorkbook(port),
): ComplaintReport {
  const read = complaintReport(workbook.sheets, options.now, port.timeZone);
  const report = {
    ...read,
    warnings: [...recognitionWarnings(workbook, OPERATION_KINDS.complaints), ...read.warnings],
  };
  if (!options.write) return report;
  const from = skippedCount(port);
  writeComplaintSheets(port, workbook.sheets, report, options.cellLang ?? options.lang);
  // What a protection kept off the complaints sheets is said at the top of 超时投诉; what it kept
  // off 超时投诉 itself, in the result (the toast).
  const written = { ...report, warnings: [...report.warnings, ...skippedSince(port, from)] };
  const output = writeOverdueSheet(port, written, options.lang, options.now, options.hint);
  return { ...report, warnings: [...report.warnings, ...skippedSince(port, from)], output };
}
