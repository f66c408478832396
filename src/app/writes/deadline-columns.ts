// The add-on's deadline columns on the complaints sheets (答复截止, 方案截止, 状态): found by their
// marks, made when missing, written from a complaint report, highlighted by conditional formats
// live against NOW(). The complaints check writes them all; onEdit refreshes the edited rows.

import { maxOf, minOf } from '../../domain/arrays';
import { chineseIn, type Lang, message } from '../../domain/i18n/messages';
import { DEADLINE_COLUMNS, numberFormatOf } from '../../domain/sheets/columns';
import type { FieldKey } from '../../domain/sheets/schema';
import { cellText, columnLetter, normalizeHeader } from '../../domain/text';
import { type ConditionalRule, type OwnMark, TO_LAST_ROW, type WorkbookPort, type WriteValue } from '../port';
import { stateLabel } from '../present/render';
import {
  type ComplaintReport,
  type ComplaintRow,
  clockOf,
  readComplaint,
  statusOf,
} from '../reports/complaints';
import { isKind, type LoadedSheet, OWN_COLUMN_MARK, sheetsOf } from '../workbook';
import { isLegacyNote, isOwnNote, OWN_RULE_MARKER, ownNote, TONES } from './marks';

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
      background: TONES.bad.background,
      fontColor: TONES.bad.font,
    },
    {
      block,
      formula: `=AND(${base},NOT(${overdue}),${next}-NOW()<=${dueSoonHours}/24)`,
      background: TONES.soon.background,
      fontColor: TONES.soon.font,
    },
  ];
}

/**
 * Writes every complaints sheet's own columns and highlight rules from a report, in the document's
 * language (`lang` here is RunOptions.cellLang).
 */
export function writeComplaintSheets(
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
