// Reading the team's workbook once: every sheet's grid, recognised as a kind, and typed access
// to a row's fields. Every operation starts here.

import { KefuError } from '../domain/errors';
import type { Lang } from '../domain/messages';
import {
  HEADER_SCAN_ROWS,
  kindFromSheetName,
  recognizeSheet,
  type SheetLayoutInfo,
} from '../domain/recognize';
import { type FieldKey, OWN_SHEET_NAMES, type SheetKind } from '../domain/schema';
import { isBlankRow } from '../domain/text';
import type { SheetGrid, WorkbookPort } from './port';

/** A recognised sheet with its grid, read once. */
export interface LoadedSheet<K extends SheetKind = SheetKind> {
  readonly layout: SheetLayoutInfo<K>;
  readonly grid: SheetGrid;
}

/** The workbook as read: the recognised sheets (tab order) and the names of the others. */
export interface LoadedWorkbook {
  readonly sheets: readonly LoadedSheet[];
  readonly unrecognised: readonly string[];
}

/**
 * Rows a sheet may have before an operation refuses it: twice the 100,000 the benchmark
 * measures far inside Apps Script's 6-minute limit. Larger sheets get a message, not a timeout.
 */
export const MAX_SHEET_ROWS = 200_000;

/** Reads every sheet once and recognises it; the add-on's own sheets are skipped, unknown ones listed. */
export function loadWorkbook(port: WorkbookPort): LoadedWorkbook {
  const sheets: LoadedSheet[] = [];
  const unrecognised: string[] = [];
  for (const name of port.listSheets()) {
    if (OWN_SHEET_NAMES.has(name)) continue;
    const grid = port.readGrid(name);
    const layout = recognizeSheet(name, grid.values.slice(0, HEADER_SCAN_ROWS));
    if (layout && grid.lastRow > MAX_SHEET_ROWS) {
      throw new KefuError('sheet_too_large', { sheet: name, rows: grid.lastRow, limit: MAX_SHEET_ROWS });
    }
    if (layout) sheets.push({ layout, grid });
    else unrecognised.push(name);
  }
  return { sheets, unrecognised };
}

/**
 * Only the small settings sheets of some kinds (规则设置, 节假日…), for custom functions and
 * triggers: found by name, else by the header rows of the other sheets. Missing ones are absent
 * (the defaults apply).
 */
export function loadSettingsSheets(port: WorkbookPort, kinds: readonly SheetKind[]): LoadedSheet[] {
  const loaded: LoadedSheet[] = [];
  const wanted = new Set(kinds);
  for (const name of port.listSheets()) {
    const named = kindFromSheetName(name);
    if (named && !wanted.has(named)) continue;
    if (!named) {
      if (loaded.length === wanted.size) continue;
      const top = port.readGrid(name, { firstRow: 1, numRows: HEADER_SCAN_ROWS });
      const found = recognizeSheet(name, top.values);
      if (!found || !wanted.has(found.kind)) continue;
    }
    const grid = port.readGrid(name);
    const layout = recognizeSheet(name, grid.values.slice(0, HEADER_SCAN_ROWS));
    if (layout && !loaded.some((s) => s.layout.kind === layout.kind)) loaded.push({ layout, grid });
  }
  return loaded;
}

/** True when a loaded sheet is of a kind (narrows its field keys). */
export function isKind<K extends SheetKind>(sheet: LoadedSheet, kind: K): sheet is LoadedSheet<K> {
  return sheet.layout.kind === kind;
}

/** Every loaded sheet of a kind, in tab order: a team may keep a log per month or per store. */
export function sheetsOf<K extends SheetKind>(sheets: readonly LoadedSheet[], kind: K): LoadedSheet<K>[] {
  return sheets.filter((s): s is LoadedSheet<K> => isKind(s, kind));
}

/** The first loaded sheet of a kind (tab order), if any: the one settings are read from. */
export function firstSheetOf<K extends SheetKind>(
  sheets: readonly LoadedSheet[],
  kind: K,
): LoadedSheet<K> | undefined {
  return sheets.find((s): s is LoadedSheet<K> => isKind(s, kind));
}

/** A field's cell on a sheet row (undefined when the sheet has no such column). */
export function cell<K extends SheetKind>(sheet: LoadedSheet<K>, row: number, field: FieldKey<K>): unknown {
  const column = sheet.layout.columns[field];
  if (column === undefined) return undefined;
  return sheet.grid.values[row - sheet.grid.firstRow]?.[column];
}

/** The 1-based sheet rows of a grid below the header that hold data (blank rows skipped). */
export function dataRowNumbers(layout: SheetLayoutInfo, grid: SheetGrid): number[] {
  const rows: number[] = [];
  const start = (layout.headerRow ?? 0) + 1;
  for (let r = Math.max(start, grid.firstRow); r < grid.firstRow + grid.values.length; r++) {
    const cells = grid.values[r - grid.firstRow];
    if (cells && !isBlankRow(cells)) rows.push(r);
  }
  return rows;
}

/** What every operation is given besides the workbook: "now", the user's language, and whether to write. */
export interface RunOptions {
  readonly now: number;
  readonly lang: Lang;
  /** Write the results into the workbook (its marks, columns and the add-on's own sheets). */
  readonly write: boolean;
}
