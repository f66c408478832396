// Operation "Validate all": every recognised sheet checked, problem cells marked, 校验报告 rebuilt.

import { appendAll } from '../../domain/arrays';
import { formatLocal } from '../../domain/calendar/time';
import { type Lang, message } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import { columnHeaders, columnWidths, REPORT_COLUMNS } from '../../domain/sheets/columns';
import { cellKey } from '../../domain/sheets/rows';
import { columnLetter } from '../../domain/text';
import {
  type DataRow,
  type Issue,
  parameterIssues,
  validateLayout,
  validateRows,
} from '../../domain/validate/rules';
import { readWorkbookSettings, validationContext } from '../context';
import { isOwnMark, MARK_COLORS, NO_FILL, ownNote } from '../marks';
import { claimOwnSheet, EMPTY_SHEET, type OutputSheet } from '../own';
import type { Block, BlockMarks, WorkbookPort, WriteValue } from '../port';
import { CELL_CHARACTERS, fieldLabel, fitText, renderIssue, styleTable, textRow } from '../present/render';
import {
  recognitionWarnings,
  skippedCount,
  skippedSince,
  timeZoneWarnings,
  type Warning,
  warningText,
} from '../present/warnings';
import {
  firstSheetOf,
  type LoadedSheet,
  type LoadedWorkbook,
  loadWorkbook,
  type RunOptions,
} from '../workbook';
import {
  inspectionLines,
  type MappingHint,
  mappingProblemParams,
  summarizeWorkbook,
  type WorkbookInspection,
} from './inspect';

export interface ValidationSummary {
  readonly rowsChecked: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface WorkbookValidation {
  readonly issues: readonly Issue[];
  readonly summary: ValidationSummary;
  readonly sheets: readonly LoadedSheet[];
  /** What concerns the whole workbook rather than a cell (a time zone at odds with 规则设置). */
  readonly warnings: readonly Warning[];
  /** 地区 of 规则设置: how phone numbers in the messages are masked. */
  readonly region: Region;
  /** Where 校验报告 was written (when the run wrote). */
  readonly output?: OutputSheet;
}

/** A sheet's records with their cells (and the cells spread from merged ones). */
export function recordRows(sheet: LoadedSheet): DataRow[] {
  const { grid, filled } = sheet;
  const rows: DataRow[] = [];
  for (const row of sheet.records) {
    const cells = grid.values[row - grid.firstRow];
    if (!cells) continue;
    if (filled.size === 0) {
      rows.push({ row, cells });
      continue;
    }
    const columns = new Set<number>();
    for (let c = 0; c < cells.length; c++) if (filled.has(cellKey(row, c))) columns.add(c);
    rows.push(columns.size > 0 ? { row, cells, filled: columns } : { row, cells });
  }
  return rows;
}

function summarize(issues: readonly Issue[], rowsChecked: number): ValidationSummary {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors++;
  return { rowsChecked, errors, warnings: issues.length - errors };
}

/** Issues in sheet order, then row, then column. */
function sortIssues(issues: Issue[], order: readonly string[]): Issue[] {
  const rank = new Map(order.map((name, i) => [name, i]));
  return issues.sort(
    (a, b) =>
      (rank.get(a.sheet) ?? 0) - (rank.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code),
  );
}

/**
 * The rows of 列名对照 that cannot be applied, as issues on their cells; those of a mapping file
 * (`--map`) as issues on its rows, the file named as their sheet.
 */
function mappingIssues(workbook: LoadedWorkbook, lang: Lang): Issue[] {
  const sheet = firstSheetOf(workbook.sheets, 'mapping');
  return workbook.mapping.problems.flatMap((p): Issue[] => {
    const own = p.source === undefined ? sheet : undefined;
    if (p.source === undefined && !own) return [];
    const column = own?.layout.columns[p.field];
    return [
      {
        sheet: own ? own.layout.sheet : (p.source ?? ''),
        row: p.row,
        column: column === undefined ? null : column + 1,
        field: p.field,
        header: own?.layout.headers[p.field] ?? p.field,
        kind: 'mapping',
        code: 'bad_mapping',
        severity: 'error',
        message: `issue.bad_mapping_${p.problem}`,
        params: mappingProblemParams(p, lang),
      },
    ];
  });
}

/** Validates every recognised sheet of a loaded workbook. Pure of writes. */
function validateSheets(
  workbook: LoadedWorkbook,
  timeZone: string,
  now: number,
  lang: Lang,
): WorkbookValidation {
  const { sheets } = workbook;
  const { context, problems } = validationContext(sheets, timeZone, now);
  const { settings } = readWorkbookSettings(sheets);
  const issues: Issue[] = [];
  let rowsChecked = 0;
  for (const sheet of sheets) {
    appendAll(issues, validateLayout(sheet.layout));
    if (sheet.layout.headerRow === null) continue;
    const rows = recordRows(sheet);
    rowsChecked += rows.length;
    appendAll(issues, validateRows(sheet.layout, rows, context));
  }
  const params = firstSheetOf(sheets, 'params');
  if (params) appendAll(issues, parameterIssues(params.layout, problems));
  appendAll(issues, mappingIssues(workbook, lang));
  return {
    issues: sortIssues(
      issues,
      sheets.map((s) => s.layout.sheet),
    ),
    summary: summarize(issues, rowsChecked),
    sheets,
    region: context.region,
    // Validation checks every kind: each sheet left alone that came near one is named.
    warnings: [
      ...recognitionWarnings(workbook, 'all'),
      ...timeZoneWarnings(settings.timeZone, timeZone, now),
    ],
  };
}

/**
 * The marks a block should carry: the add-on's notes (signed) and soft colours on the cells with
 * issues, its old marks removed elsewhere. A note or colour the team set is never touched, and
 * neither is a note of the add-on's that someone edited (it is theirs from then on): such a cell
 * is left unmarked (the report still lists its issue).
 */
function mergeMarks(
  current: BlockMarks,
  block: Block,
  issues: readonly Issue[],
  lang: Lang,
  region: Region,
): BlockMarks & { changed: boolean } {
  const byCell = new Map<number, Issue[]>();
  const width = block.numColumns;
  for (const issue of issues) {
    if (issue.column === null) continue;
    const r = issue.row - block.row;
    const c = issue.column - block.column;
    if (r < 0 || r >= block.numRows || c < 0 || c >= width) continue;
    const key = r * width + c;
    const list = byCell.get(key);
    if (list) list.push(issue);
    else byCell.set(key, [issue]);
  }
  let changed = false;
  const notes: string[][] = [];
  const backgrounds: string[][] = [];
  for (let r = 0; r < block.numRows; r++) {
    const noteLine = (current.notes[r] ?? []).slice(0, width);
    const bgLine = (current.backgrounds[r] ?? []).slice(0, width);
    while (noteLine.length < width) noteLine.push('');
    while (bgLine.length < width) bgLine.push(NO_FILL);
    for (let c = 0; c < width; c++) {
      const here = byCell.get(r * width + c);
      const oldNote = noteLine[c] ?? '';
      // Most cells carry no note and no issue: nothing to do.
      if (!here && oldNote === '') continue;
      const oldBg = (bgLine[c] ?? NO_FILL).toLowerCase();
      let note = oldNote;
      let bg = oldBg;
      if (isOwnMark(note, bg)) {
        note = '';
        if (bg === MARK_COLORS.error || bg === MARK_COLORS.warning) bg = NO_FILL;
      }
      if (here && note === '' && (bg === NO_FILL || bg === '')) {
        // Within what a cell holds, the prefix and signature included (cut before it is signed).
        const text = here.map((i) => renderIssue(i, lang, region)).join('\n');
        note = ownNote(fitText(text, lang, CELL_CHARACTERS - 100));
        bg = here.some((i) => i.severity === 'error') ? MARK_COLORS.error : MARK_COLORS.warning;
      }
      if (note !== oldNote || bg !== oldBg) {
        changed = true;
        noteLine[c] = note;
        bgLine[c] = bg;
      }
    }
    notes.push(noteLine);
    backgrounds.push(bgLine);
  }
  return { notes, backgrounds, changed };
}

/** Reads a block's marks once and writes them once, only when something changes. */
export function applyMarks(
  port: WorkbookPort,
  sheet: string,
  block: Block,
  issues: readonly Issue[],
  lang: Lang,
  region: Region,
  /** The block's marks when the caller has read them already. */
  read?: BlockMarks,
): boolean {
  if (block.numRows < 1 || block.numColumns < 1) return false;
  const current = read ?? port.readMarks(sheet, block);
  const next = mergeMarks(current, block, issues, lang, region);
  if (!next.changed) return false;
  port.writeMarks(sheet, block, { notes: next.notes, backgrounds: next.backgrounds });
  return true;
}

/** Issues listed in 校验报告 at most; the rest are counted in a last line (every cell is still marked). */
export const REPORT_LIMIT = 500;

/**
 * Rebuilds 校验报告 (the add-on's, by its mark): a summary line, what was recognised, then one row
 * per issue with a link to its cell.
 */
function writeReport(
  port: WorkbookPort,
  validation: Pick<WorkbookValidation, 'issues' | 'summary' | 'warnings' | 'region'>,
  inspection: WorkbookInspection,
  lang: Lang,
  now: number,
  hint: MappingHint = 'sheet',
): OutputSheet {
  const output = claimOwnSheet(port, 'report', lang, (sheet) => port.createSheet(sheet, EMPTY_SHEET));
  const name = output.sheet;
  const width = REPORT_COLUMNS.length;
  const { rowsChecked, errors, warnings } = validation.summary;
  const title = message(lang, 'report.validation_title', {
    time: formatLocal(now, port.timeZone),
    rows: rowsChecked,
    errors,
    warnings,
  });
  const recognition = [message(lang, 'inspect.heading'), ...inspectionLines(inspection, lang, false, hint)];
  // The recognition summary below names each sheet not understood, with its nearest kind.
  const notes = validation.warnings.filter((w) => w.code !== 'sheet_not_understood');
  const rows: WriteValue[][] = [
    textRow(title, width),
    ...notes.map((w) => textRow(warningText(w, lang, hint), width)),
    ...recognition.map((line) => textRow(line, width)),
    textRow('', width),
    columnHeaders(REPORT_COLUMNS, lang),
  ];
  const headerRow = rows.length;
  // Title and header stay in view while scrolling, unless the recognition summary is long.
  port.resetSheet(name, {
    widths: columnWidths(REPORT_COLUMNS),
    frozenRows: rows.length <= 15 ? rows.length : 1,
  });
  const sheets = new Set(port.listSheets());
  for (const issue of validation.issues.slice(0, REPORT_LIMIT)) {
    const column = issue.column ?? 1;
    const place = `${issue.sheet}!${columnLetter(column)}${issue.row}`;
    rows.push([
      issue.sheet,
      issue.row,
      fieldLabel(issue, issue.field, lang),
      issue.header,
      message(lang, issue.severity === 'error' ? 'report.error' : 'report.warning'),
      issue.code,
      renderIssue(issue, lang, validation.region),
      // A row of a mapping file (`--map`) is not in the workbook: named, not linked.
      sheets.has(issue.sheet) ? { text: place, link: { sheet: issue.sheet, row: issue.row, column } } : place,
    ]);
  }
  if (validation.issues.length === 0) rows.push(textRow(message(lang, 'report.no_issues'), width));
  if (validation.issues.length > REPORT_LIMIT) {
    rows.push(
      textRow(message(lang, 'report.more_issues', { count: validation.issues.length - REPORT_LIMIT }), width),
    );
  }
  port.writeBlock(name, 1, 1, rows);
  styleTable(port, name, REPORT_COLUMNS, headerRow, Math.min(validation.issues.length, REPORT_LIMIT));
  return output;
}

/**
 * Validate all: one read per sheet; when writing, one batched write of marks per sheet and the
 * report sheet.
 */
export function runValidation(
  port: WorkbookPort,
  options: RunOptions,
  workbook: LoadedWorkbook = loadWorkbook(port),
): WorkbookValidation {
  const validation = validateSheets(workbook, port.timeZone, options.now, options.lang);
  if (!options.write) return validation;
  const from = skippedCount(port);
  for (const sheet of validation.sheets) {
    const { layout, grid } = sheet;
    if (layout.headerRow === null || grid.width === 0) continue;
    const first = layout.headerRow + 1;
    const last = grid.firstRow + grid.values.length - 1;
    if (last < first) continue;
    const block = { row: first, column: 1, numRows: last - first + 1, numColumns: grid.width };
    applyMarks(
      port,
      layout.sheet,
      block,
      validation.issues.filter((i) => i.sheet === layout.sheet),
      options.lang,
      validation.region,
    );
  }
  // Marks a protection kept off are said at the top of 校验报告; what it kept off 校验报告 itself,
  // in the result (the toast).
  const marked = { ...validation, warnings: [...validation.warnings, ...skippedSince(port, from)] };
  const output = writeReport(
    port,
    marked,
    summarizeWorkbook(workbook),
    options.lang,
    options.now,
    options.hint,
  );
  return { ...validation, warnings: [...validation.warnings, ...skippedSince(port, from)], output };
}
