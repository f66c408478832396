// Operation "on edit": validate only the edited rows and refresh their marks and, on a complaints
// sheet, their deadline columns. What an edit needs besides its rows comes from a cached context.

import type { Lang } from '../domain/messages';
import { HEADER_SCAN_ROWS, recognizeSheet, type SheetLayoutInfo } from '../domain/recognize';
import { OWN_SHEET_NAMES, SETTINGS_KINDS, sheetSpec } from '../domain/schema';
import { cellText, normalizeHeader } from '../domain/text';
import { type DataRow, duplicateKeyFields, type Issue, validateRows } from '../domain/validate';
import { refreshEditedComplaints } from './complaints';
import { validationContext } from './context';
import { decodeEditCache, encodeEditCache, type TextStore } from './edit-cache';
import type { SheetGrid, WorkbookPort } from './port';
import { applyMarks, dataRows } from './validate';
import { isKind, type LoadedSheet } from './workbook';

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
    !SETTINGS_KINDS.has(known.kind)
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
    if (name !== sheetName && SETTINGS_KINDS.has(found.kind)) {
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
function validateEdit(port: WorkbookPort, edit: EditContext, now: number, lang: Lang): Issue[] {
  const { layout, edited, first, last } = edit;
  const self: LoadedSheet = { layout, grid: edited };
  const contextSheets = SETTINGS_KINDS.has(layout.kind)
    ? [...edit.settingsSheets, self]
    : edit.settingsSheets;
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

/**
 * Applies an edit: validates the edited rows, refreshes their marks and, on a complaints sheet,
 * their deadline columns. Returns the edited rows' issues.
 */
export function applyEdit(
  port: WorkbookPort,
  edit: EditContext,
  options: { readonly now: number; readonly lang: Lang },
): Issue[] {
  const issues = validateEdit(port, edit, options.now, options.lang);
  const sheet: LoadedSheet = { layout: edit.layout, grid: edit.edited };
  if (isKind(sheet, 'complaints')) {
    const rows: number[] = [];
    for (let r = edit.first; r <= edit.last; r++) rows.push(r);
    refreshEditedComplaints(port, sheet, edit.settingsSheets, rows, options);
  }
  return issues;
}
