// Operation "on edit": validate only the edited rows and refresh their marks and, on a complaints
// sheet, their deadline columns. What an edit needs besides its rows comes from a cached context.

import { maxOf, minOf } from '../../domain/arrays';
import type { Lang } from '../../domain/i18n/messages';
import { HEADER_SCAN_ROWS, type SheetLayoutInfo } from '../../domain/recognise';
import { cellKey } from '../../domain/sheets/rows';
import { SETTINGS_KINDS, sheetSpec } from '../../domain/sheets/schema';
import { cellText, normalizeHeader } from '../../domain/text';
import { type DataRow, duplicateKeyFields, type Issue, validateRows } from '../../domain/validate/rules';
import { validationContext } from '../context';
import { decodeEditCache, encodeEditCache, headerPrint, type TextStore } from '../edit/cache';
import { knownClean, rememberMarks } from '../edit/marks';
import type { SheetGrid, WorkbookPort } from '../port';
import { recordRows } from '../reports/validation';
import {
  isKind,
  type LoadedSheet,
  ownColumnsOf,
  prepareSheet,
  readMappingSheet,
  readTeamGrids,
  recognise,
} from '../workbook';
import { ownDeadlineColumns, refreshEditedComplaints } from '../writes/deadline-columns';
import { applyMarks } from '../writes/issue-marks';
import { markedOwnSheets } from '../writes/own';

/** What an edit needs, read once: the edited sheet's layout and rows, and the small settings sheets. */
export interface EditContext {
  /** The edited rows, sorted out like a whole sheet (merged cells above them spread in). */
  readonly sheet: LoadedSheet;
  readonly first: number;
  readonly last: number;
  readonly settingsSheets: readonly LoadedSheet[];
  /** The add-on's own columns on the edited sheet by their marks (key → 1-based column). */
  readonly ownColumns: Readonly<Record<string, number>>;
}

/**
 * Reads the edited rows, with the values of merged cells that start above them, and sorts them
 * into records and rows that are not.
 */
function readEditedRows(
  port: WorkbookPort,
  layout: SheetLayoutInfo,
  firstRow: number,
  numRows: number,
  settingsSheets: readonly LoadedSheet[],
  ownColumns: Readonly<Record<string, number>>,
): EditContext | null {
  if (layout.headerRow === null) return null;
  const first = Math.max(firstRow, layout.headerRow + 1);
  const count = firstRow + numRows - first;
  if (count < 1) return null;
  const edited = port.readGrid(layout.sheet, { firstRow: first, numRows: count, merges: true });
  const last = Math.min(first + count - 1, edited.firstRow + edited.values.length - 1);
  if (last < first) return null;
  const filled = new Set<number>();
  const merges = edited.merges ?? [];
  const above = merges.filter((m) => m.numRows > 1 && m.row < first && m.row > layout.headerRow!);
  if (above.length > 0) {
    // The team sees a merged cell's value on every row it covers: read the cells it starts in.
    const from = minOf(above.map((m) => m.row));
    const masters = port.readGrid(layout.sheet, { firstRow: from, numRows: first - from });
    for (const m of above) {
      const value = masters.values[m.row - from]?.[m.column - 1];
      if (value === undefined || value === '') continue;
      for (let r = first; r <= Math.min(last, m.row + m.numRows - 1); r++) {
        const line = edited.values[r - first];
        if (line && line[m.column - 1] === '') {
          line[m.column - 1] = value;
          filled.add(cellKey(r, m.column - 1));
        }
      }
    }
  }
  const prepared = prepareSheet(layout, edited);
  for (const key of prepared.filled) filled.add(key);
  return { sheet: { ...prepared, filled }, first, last, settingsSheets, ownColumns };
}

/**
 * Reads what an edit of some rows needs. With a fresh cached context (`store`), only the edited
 * rows are read. Otherwise the header rows of every sheet and the small settings sheets (the
 * team's 列名对照 among them) are read once, and the context is cached for the next edits. An edit
 * of a settings sheet or of a header row, or of a sheet the cache does not know, always rebuilds
 * it. Calls never depend on the number of rows.
 */
export function readEditContext(
  port: WorkbookPort,
  sheetName: string,
  firstRow: number,
  numRows: number,
  store: TextStore | null = null,
  now = 0,
): EditContext | null {
  const cached = store ? decodeEditCache(store.get(), now) : null;
  if (cached?.own.includes(sheetName)) return null;
  const known = cached?.layouts[sheetName];
  if (
    cached &&
    known &&
    known.headerRow !== null &&
    firstRow > known.headerRow &&
    !SETTINGS_KINDS.has(known.kind)
  ) {
    // A column inserted, deleted or moved fires no onEdit: the header is read again and, when it
    // changed since the context was kept, the context is rebuilt.
    const top = known.headerRow - known.headerRows + 1;
    const header = port.readGrid(sheetName, { firstRow: top, numRows: known.headerRows });
    if (headerPrint(header, known) === cached.headerPrints[sheetName]) {
      const own = cached.ownColumns[sheetName] ?? {};
      return readEditedRows(port, known, firstRow, numRows, cached.settingsSheets, own);
    }
  }
  if (cached?.unrecognised.includes(sheetName) && firstRow > HEADER_SCAN_ROWS) return null;

  const marks = port.readOwnMarks();
  const heads: Map<string, SheetGrid> = readTeamGrids(port, marks, {
    firstRow: 1,
    numRows: HEADER_SCAN_ROWS,
    merges: true,
  });
  const own = [...markedOwnSheets(marks).values()];
  for (const name of port.listSheets()) if (!heads.has(name) && !own.includes(name)) own.push(name);
  // The team's 列名对照 first, read whole: every other sheet is recognised with it.
  const mappingHead = readMappingSheet(heads).sheet;
  const mappingGrid = mappingHead ? port.readGrid(mappingHead.layout.sheet, { merges: true }) : null;
  const { table } = mappingGrid
    ? readMappingSheet(new Map([[mappingHead?.layout.sheet ?? '', mappingGrid]]), [...heads.keys()])
    : { table: readMappingSheet(new Map()).table };
  const layouts: Record<string, SheetLayoutInfo> = {};
  const unrecognised: string[] = [];
  const settingsSheets: LoadedSheet[] = [];
  const ownColumns: Record<string, Record<string, number>> = {};
  for (const [name, head] of heads) {
    const found = recognise(name, head, table, ownColumnsOf(marks, name)).layout;
    if (!found) {
      unrecognised.push(name);
      continue;
    }
    layouts[name] = found;
    if (found.kind === 'complaints') {
      const columns = ownDeadlineColumns(marks, name);
      if (columns) ownColumns[name] = columns;
    }
    if (name !== sheetName && SETTINGS_KINDS.has(found.kind)) {
      const grid =
        name === mappingHead?.layout.sheet && mappingGrid
          ? mappingGrid
          : port.readGrid(name, { merges: true });
      settingsSheets.push(prepareSheet(recognise(name, grid, table).layout ?? found, grid));
    }
  }
  if (store) {
    const headerPrints: Record<string, string> = {};
    for (const [name, layout] of Object.entries(layouts)) {
      const head = heads.get(name);
      if (head) headerPrints[name] = headerPrint(head, layout);
    }
    const text = encodeEditCache({
      builtAt: now,
      layouts,
      unrecognised,
      own,
      ownColumns,
      settingsSheets,
      headerPrints,
    });
    if (text) store.put(text);
  }
  const layout = layouts[sheetName];
  if (!layout) return null;
  return readEditedRows(port, layout, firstRow, numRows, settingsSheets, ownColumns[sheetName] ?? {});
}

/** Which columns an edit touched (1-based), when the event says: a clean edit elsewhere reads no keys. */
export interface EditedColumns {
  readonly first: number;
  readonly count: number;
}

/** What an edit may remember and knows beyond its rows. */
export interface EditOptions {
  readonly now: number;
  readonly lang: Lang;
  /** The document's language for the words written into the team's sheet (RunOptions.cellLang). */
  readonly cellLang?: Lang;
  /** Where the rows carrying marks are remembered between edits (null: marks are read each time). */
  readonly marks?: TextStore | null;
  /** The edited columns, from the edit event. */
  readonly columns?: EditedColumns;
}

/**
 * Validates the edited rows of an edit context and refreshes their marks. A clean edit — its rows
 * known to carry no mark, and no issue found — reads and writes no marks; a duplicate key is looked
 * for only when the edit touched a key column or a row already carries a mark (it may be one).
 */
function validateEdit(port: WorkbookPort, edit: EditContext, options: EditOptions): Issue[] {
  const { sheet, first, last } = edit;
  const { layout, grid } = sheet;
  const { now, lang } = options;
  const contextSheets = SETTINGS_KINDS.has(layout.kind)
    ? [...edit.settingsSheets, sheet]
    : edit.settingsSheets;
  const { context } = validationContext(contextSheets, port.timeZone, now);
  const rows = recordRows(sheet);
  const store = options.marks ?? null;
  const clean = knownClean(store, layout.sheet, first, last, grid.lastRow, now);
  let pool: DataRow[] = rows;
  const keyFields = duplicateKeyFields(layout.kind);
  const keyColumns = keyFields.map((k) => layout.columns[k]);
  const touchesKeys =
    !options.columns ||
    keyColumns.some(
      (c) =>
        c !== undefined &&
        c + 1 >= options.columns!.first &&
        c + 1 < options.columns!.first + options.columns!.count,
    );
  const lookForKeys = touchesKeys || !clean;
  if (
    lookForKeys &&
    keyColumns.length > 0 &&
    keyColumns.every((c) => c !== undefined) &&
    layout.headerRow !== null
  ) {
    // Only the key columns of the whole sheet, to find an earlier row with the same key. A row is
    // looked at only when its text key (serial, complaint ID, name) is an edited row's.
    const from = minOf(keyColumns as number[]);
    const to = maxOf(keyColumns as number[]);
    const spec = sheetSpec(layout.kind);
    const textField = keyFields.find((k) => spec.fields.find((f) => f.key === k)?.type === 'text');
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
    // The read grid starts at its own first column: place its cells back at their sheet columns.
    const offset = (keys?.firstColumn ?? 1) - 1;
    keys?.values.forEach((line, i) => {
      const row = keys.firstRow + i;
      const text = line[textColumn - offset];
      if (row >= first && row <= last) return;
      if (text === undefined || text === '' || !wanted.has(normalizeHeader(cellText(text)))) return;
      const cells: unknown[] = [];
      line.forEach((v, c) => {
        cells[offset + c] = v;
      });
      pool.push({ row, cells });
    });
  }
  const issues = validateRows(layout, rows, context, pool);
  const marked = new Set<number>();
  for (const issue of issues) if (issue.column !== null) marked.add(issue.row);
  // Nothing to add and nothing to remove: no mark is read or written.
  if (clean && marked.size === 0) return issues;
  const width = maxOf([grid.width, ...Object.values(layout.columns).map((c) => c + 1)]);
  const block = { row: first, column: 1, numRows: last - first + 1, numColumns: width };
  const seen = port.readMarks(layout.sheet, block);
  applyMarks(port, layout.sheet, block, issues, lang, context.region, seen);
  // The rows are known from now on (until rows are inserted or deleted, or Validate all runs):
  // their next clean edit reads and writes no marks.
  rememberMarks(store, { sheet: layout.sheet, lastRow: grid.lastRow, now, first, last, markedAfter: marked });
  return issues;
}

/**
 * Applies an edit: validates the edited rows, refreshes their marks and, on a complaints sheet,
 * their deadline columns. Returns the edited rows' issues.
 */
export function applyEdit(port: WorkbookPort, edit: EditContext, options: EditOptions): Issue[] {
  const issues = validateEdit(port, edit, options);
  if (isKind(edit.sheet, 'complaints')) {
    refreshEditedComplaints(port, edit, options);
  }
  return issues;
}
