// Use case: which of the workbook's sheets the add-on recognises, and how.

import { KefuError } from '../domain/errors';
import { HEADER_SCAN_ROWS, recognizeSheet, type SheetLayoutInfo } from '../domain/recognize';
import { isBlankRow } from '../domain/text';
import type { SheetGrid, WorkbookPort } from './port';

/** A recognised sheet with its grid, read once. */
export interface LoadedSheet {
  readonly layout: SheetLayoutInfo;
  readonly grid: SheetGrid;
}

export interface WorkbookInspection {
  readonly recognised: readonly { layout: SheetLayoutInfo; dataRows: number }[];
  readonly unrecognised: readonly string[];
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

/**
 * Rows a sheet may have before an operation refuses it: twice the 100,000 the benchmark
 * measures far inside Apps Script's 6-minute limit. Larger sheets get a message, not a timeout.
 */
export const MAX_SHEET_ROWS = 200_000;

/** Reads every sheet once and recognises it; sheets of no kind are listed and left alone. */
export function loadWorkbook(
  port: WorkbookPort,
  skip: ReadonlySet<string> = new Set(),
): {
  sheets: LoadedSheet[];
  unrecognised: string[];
} {
  const sheets: LoadedSheet[] = [];
  const unrecognised: string[] = [];
  for (const name of port.listSheets()) {
    if (skip.has(name)) continue;
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

/** Recognition summary of the whole workbook. */
export function inspectWorkbook(
  port: WorkbookPort,
  skip: ReadonlySet<string> = new Set(),
): WorkbookInspection {
  const { sheets, unrecognised } = loadWorkbook(port, skip);
  return {
    recognised: sheets.map(({ layout, grid }) => ({ layout, dataRows: dataRowNumbers(layout, grid).length })),
    unrecognised,
  };
}
