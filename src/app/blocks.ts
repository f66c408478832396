// Sheets the add-on keeps as a stack of dated blocks, newest first (月度考核 by month, 投诉周报 by
// ISO week): writing a period replaces its block if there is one, else inserts it in order. The
// other periods' rows are moved, never rewritten.

import { cellText } from '../domain/text';
import type { WorkbookPort, WriteValue } from './port';

interface BlockPosition {
  readonly period: string;
  readonly start: number;
  readonly end: number;
}

/** The blocks of a sheet: each starts at a title whose first cell `periodOf` reads a period from. */
function findBlocks(
  values: readonly (readonly unknown[])[],
  firstRow: number,
  periodOf: (title: string) => string | null,
): BlockPosition[] {
  const titles: { period: string; row: number }[] = [];
  values.forEach((line, i) => {
    const period = periodOf(cellText(line[0]));
    if (period) titles.push({ period, row: firstRow + i });
  });
  const lastRow = firstRow + values.length - 1;
  return titles.map((t, i) => ({
    period: t.period,
    start: t.row,
    end: (titles[i + 1]?.row ?? lastRow + 1) - 1,
  }));
}

/**
 * Writes a period's block (its title first) into a block sheet; periods sort as text (2026-10,
 * 2026-W45), newest on top. Returns the block's first row and the sheet's rows in use after.
 */
export function placeBlock(
  port: WorkbookPort,
  sheet: string,
  period: string,
  block: readonly WriteValue[][],
  periodOf: (title: string) => string | null,
): { row: number; lastRow: number } {
  const grid = port.readGrid(sheet);
  const blocks = findBlocks(grid.values, grid.firstRow, periodOf);
  const existing = blocks.find((b) => b.period === period);
  let at: number;
  let lastRow = grid.lastRow;
  if (existing) {
    port.deleteRows(sheet, existing.start, existing.end - existing.start + 1);
    lastRow -= existing.end - existing.start + 1;
    at = existing.start;
  } else {
    const older = blocks.find((b) => b.period < period);
    at = older ? older.start : lastRow === 0 ? 1 : lastRow + 2;
  }
  if (at <= lastRow) port.insertRows(sheet, at, block.length);
  port.writeBlock(sheet, at, 1, block as WriteValue[][]);
  return { row: at, lastRow: Math.max(lastRow, at - 1) + block.length };
}
