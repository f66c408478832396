// Use cases: validate the whole workbook (marks, report) or only the rows just edited.

import { type Lang, message } from '../domain/messages';
import { HEADER_SCAN_ROWS, recognizeSheet, type SheetLayoutInfo } from '../domain/recognize';
import { NOTE_PREFIX, OWN_SHEETS } from '../domain/schema';
import { cellText, columnLetter, normalizeHeader } from '../domain/text';
import { formatLocal } from '../domain/time';
import {
  type DataRow,
  duplicateKeyFields,
  type Issue,
  isBlankDataRow,
  parameterIssues,
  validateLayout,
  validateRows,
} from '../domain/validate';
import { validationContext } from './context';
import { decodeEditCache, encodeEditCache, type TextStore } from './edit-cache';
import { type LoadedSheet, loadWorkbook } from './inspect';
import { MARK_COLORS, NO_FILL } from './marks';
import type { Block, BlockMarks, SheetGrid, WorkbookPort, WriteValue } from './port';
import { fieldLabel, renderIssue, textRow } from './render';
import { findSheet } from './settings';

/** The add-on's own sheets: never validated, never counted as user data. */
export const OWN_SHEET_NAMES: ReadonlySet<string> = new Set(Object.values(OWN_SHEETS));

export interface ValidationSummary {
  readonly rowsChecked: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface WorkbookValidation {
  readonly issues: readonly Issue[];
  readonly summary: ValidationSummary;
  readonly sheets: readonly LoadedSheet[];
}

function dataRows(layout: SheetLayoutInfo, grid: SheetGrid, first?: number, last?: number): DataRow[] {
  const rows: DataRow[] = [];
  const start = Math.max((layout.headerRow ?? 0) + 1, grid.firstRow, first ?? 1);
  const end = Math.min(grid.firstRow + grid.values.length - 1, last ?? Number.MAX_SAFE_INTEGER);
  for (let row = start; row <= end; row++) {
    const cells = grid.values[row - grid.firstRow];
    if (cells) rows.push({ row, cells });
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

/** Validates every recognised sheet, reading each once. Pure of writes. */
export function validateWorkbook(
  port: WorkbookPort,
  now: number,
  sheets: readonly LoadedSheet[] = loadWorkbook(port, OWN_SHEET_NAMES).sheets,
): WorkbookValidation {
  const { context, problems } = validationContext(sheets, port.timeZone, now);
  const issues: Issue[] = [];
  let rowsChecked = 0;
  for (const sheet of sheets) {
    issues.push(...validateLayout(sheet.layout));
    if (sheet.layout.headerRow === null) continue;
    const rows = dataRows(sheet.layout, sheet.grid).filter((r) => !isBlankDataRow(sheet.layout, r.cells));
    rowsChecked += rows.length;
    issues.push(...validateRows(sheet.layout, rows, context));
  }
  const params = findSheet(sheets, 'params');
  if (params) issues.push(...parameterIssues(params.layout, problems));
  return {
    issues: sortIssues(
      issues,
      sheets.map((s) => s.layout.sheet),
    ),
    summary: summarize(issues, rowsChecked),
    sheets,
  };
}

/**
 * The marks a block should carry: the add-on's notes (prefixed) and soft colours on the cells
 * with issues, its old marks removed elsewhere. A note or colour the team set is never
 * touched: such a cell is left unmarked (the report still lists its issue).
 */
export function mergeMarks(
  current: BlockMarks,
  block: Block,
  issues: readonly Issue[],
  lang: Lang,
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
      if (!here && !oldNote.startsWith(NOTE_PREFIX)) continue;
      const oldBg = (bgLine[c] ?? NO_FILL).toLowerCase();
      let note = oldNote;
      let bg = oldBg;
      if (note.startsWith(NOTE_PREFIX)) {
        note = '';
        if (bg === MARK_COLORS.error || bg === MARK_COLORS.warning) bg = NO_FILL;
      }
      if (here && note === '' && (bg === NO_FILL || bg === '')) {
        note = NOTE_PREFIX + here.map((i) => renderIssue(i, lang)).join('\n');
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
): boolean {
  if (block.numRows < 1 || block.numColumns < 1) return false;
  const current = port.readMarks(sheet, block);
  const next = mergeMarks(current, block, issues, lang);
  if (!next.changed) return false;
  port.writeMarks(sheet, block, { notes: next.notes, backgrounds: next.backgrounds });
  return true;
}

/** Issues listed in 校验报告 at most; the rest are counted in a last line (every cell is still marked). */
export const REPORT_LIMIT = 500;

/** Rebuilds the 校验报告 sheet: a summary line, then one row per issue with a link to its cell. */
export function writeReport(
  port: WorkbookPort,
  validation: Pick<WorkbookValidation, 'issues' | 'summary'>,
  lang: Lang,
  now: number,
): void {
  const name = OWN_SHEETS.report;
  port.resetSheet(name, { widths: [110, 50, 90, 50, 110, 440, 160], frozenRows: 2 });
  const header =
    lang === 'zh'
      ? ['工作表', '行', '字段', '级别', '代码', '说明', '位置']
      : ['Sheet', 'Row', 'Field', 'Severity', 'Code', 'Message', 'Cell'];
  const { rowsChecked, errors, warnings } = validation.summary;
  const title = message(lang, 'report.validation_title', {
    time: formatLocal(now, port.timeZone),
    rows: rowsChecked,
    errors,
    warnings,
  });
  const rows: WriteValue[][] = [textRow(title, 7), header];
  for (const issue of validation.issues.slice(0, REPORT_LIMIT)) {
    const column = issue.column ?? 1;
    rows.push([
      issue.sheet,
      issue.row,
      fieldLabel(issue, issue.field, lang),
      message(lang, issue.severity === 'error' ? 'report.error' : 'report.warning'),
      issue.code,
      renderIssue(issue, lang),
      {
        text: `${issue.sheet}!${columnLetter(column)}${issue.row}`,
        link: { sheet: issue.sheet, row: issue.row, column },
      },
    ]);
  }
  if (validation.issues.length === 0) rows.push(textRow(message(lang, 'report.no_issues'), 7));
  if (validation.issues.length > REPORT_LIMIT) {
    rows.push(
      textRow(message(lang, 'report.more_issues', { count: validation.issues.length - REPORT_LIMIT }), 7),
    );
  }
  port.writeBlock(name, 1, 1, rows);
}

/** Menu "Validate all": one read per sheet, one batched write of marks per sheet, the report. */
export function runValidateAll(
  port: WorkbookPort,
  now: number,
  lang: Lang,
  sheets?: readonly LoadedSheet[],
): WorkbookValidation {
  const validation = validateWorkbook(port, now, sheets);
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
      lang,
    );
  }
  writeReport(port, validation, lang, now);
  return validation;
}

/** Settings sheets whose edits change how other sheets validate (and the calendar for deadlines). */
const CONTEXT_KINDS: ReadonlySet<string> = new Set(['roster', 'rules', 'params', 'holidays']);

/** What an edit needs, read once: the edited sheet's layout and rows, and the small settings sheets. */
export interface EditContext {
  readonly layout: SheetLayoutInfo;
  readonly edited: SheetGrid;
  readonly first: number;
  readonly last: number;
  readonly settingsSheets: readonly LoadedSheet[];
}

/**
 * Reads what an edit of some rows needs. With a fresh cached context (`store`), only the edited
 * rows are read. Otherwise the header rows of every sheet and the small settings sheets are read
 * once, and the context is cached for the next edits. An edit of a settings sheet or of a header
 * row, or of a sheet the cache does not know, always rebuilds it. Calls never depend on the
 * number of rows.
 */
export function readEditContext(
  port: WorkbookPort,
  sheetName: string,
  firstRow: number,
  numRows: number,
  store: TextStore | null = null,
  now = 0,
): EditContext | null {
  if (OWN_SHEET_NAMES.has(sheetName)) return null;
  const cached = store ? decodeEditCache(store.get(), now) : null;
  const known = cached?.layouts[sheetName];
  if (
    cached &&
    known &&
    known.headerRow !== null &&
    firstRow > known.headerRow &&
    !CONTEXT_KINDS.has(known.kind)
  ) {
    const first = firstRow;
    const edited = port.readGrid(sheetName, { firstRow: first, numRows });
    const last = Math.min(firstRow + numRows - 1, edited.firstRow + edited.values.length - 1);
    if (last < first) return null;
    return { layout: known, edited, first, last, settingsSheets: cached.settingsSheets };
  }
  if (cached?.unrecognised.includes(sheetName) && firstRow > HEADER_SCAN_ROWS) return null;

  const layouts: Record<string, SheetLayoutInfo> = {};
  const unrecognised: string[] = [];
  const settingsSheets: LoadedSheet[] = [];
  let top: SheetGrid | null = null;
  for (const name of port.listSheets()) {
    if (OWN_SHEET_NAMES.has(name)) continue;
    const head = port.readGrid(name, { firstRow: 1, numRows: HEADER_SCAN_ROWS });
    if (name === sheetName) top = head;
    const found = recognizeSheet(name, head.values);
    if (!found) {
      unrecognised.push(name);
      continue;
    }
    layouts[name] = found;
    if (name !== sheetName && CONTEXT_KINDS.has(found.kind)) {
      const grid = port.readGrid(name);
      settingsSheets.push({
        layout: recognizeSheet(name, grid.values.slice(0, HEADER_SCAN_ROWS)) ?? found,
        grid,
      });
    }
  }
  if (store) {
    const text = encodeEditCache({ builtAt: now, layouts, unrecognised, settingsSheets });
    if (text) store.put(text);
  }
  const layout = layouts[sheetName];
  if (!layout || layout.headerRow === null || !top) return null;
  const first = Math.max(firstRow, layout.headerRow + 1);
  const last = Math.min(firstRow + numRows - 1, top.lastRow);
  if (last < first) return null;
  const edited = port.readGrid(sheetName, { firstRow: first, numRows: last - first + 1 });
  return { layout, edited, first, last, settingsSheets };
}

/** Validates the edited rows of an edit context and refreshes their marks. */
export function validateEdit(port: WorkbookPort, edit: EditContext, now: number, lang: Lang): Issue[] {
  const { layout, edited, first, last } = edit;
  const self: LoadedSheet = { layout, grid: edited };
  const contextSheets = CONTEXT_KINDS.has(layout.kind) ? [...edit.settingsSheets, self] : edit.settingsSheets;
  const { context } = validationContext(contextSheets, port.timeZone, now);
  const rows = dataRows(layout, edited, first, last);
  let pool: DataRow[] = rows;
  const keyFields = duplicateKeyFields(layout.kind);
  const keyColumns = keyFields.map((k) => layout.columns[k]);
  if (keyColumns.length > 0 && keyColumns.every((c) => c !== undefined) && layout.headerRow !== null) {
    // Only the key columns of the whole sheet, to find an earlier row with the same key. A row is
    // looked at only when its text key (serial, complaint ID, name) is an edited row's.
    const from = Math.min(...(keyColumns as number[]));
    const to = Math.max(...(keyColumns as number[]));
    const textField = keyFields.find((k) => k !== '客户电话' && k !== '登记日期');
    const textColumn = (textField ? layout.columns[textField] : undefined) ?? from;
    const wanted = new Set(
      rows.map((r) => normalizeHeader(cellText(r.cells[textColumn]))).filter((k) => k !== ''),
    );
    // An edited row without its text key cannot repeat another: then nothing is read.
    const keys =
      wanted.size === 0
        ? null
        : port.readGrid(layout.sheet, {
            firstRow: layout.headerRow + 1,
            firstColumn: from + 1,
            numColumns: to - from + 1,
          });
    pool = [...rows];
    keys?.values.forEach((line, i) => {
      const row = keys.firstRow + i;
      const text = line[textColumn - from];
      if (row >= first && row <= last) return;
      if (text === undefined || text === '' || !wanted.has(normalizeHeader(cellText(text)))) return;
      const cells: unknown[] = [];
      line.forEach((v, c) => {
        cells[from + c] = v;
      });
      pool.push({ row, cells });
    });
  }
  const issues = validateRows(layout, rows, context, pool);
  const width = Math.max(edited.width, ...Object.values(layout.columns).map((c) => c + 1));
  applyMarks(
    port,
    layout.sheet,
    { row: first, column: 1, numRows: last - first + 1, numColumns: width },
    issues,
    lang,
  );
  return issues;
}

/** onEdit's validation: only the edited rows of one sheet, their marks refreshed. */
export function validateEditedRows(
  port: WorkbookPort,
  sheetName: string,
  firstRow: number,
  numRows: number,
  now: number,
  lang: Lang,
): Issue[] {
  const edit = readEditContext(port, sheetName, firstRow, numRows);
  return edit ? validateEdit(port, edit, now, lang) : [];
}
