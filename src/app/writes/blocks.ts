// Sheets the add-on keeps as a stack of dated blocks, newest first (月度考核 by month, 投诉周报 by
// ISO week): writing a period replaces its block if there is one, else inserts it in order. A block
// is known by the marks on its first and last rows, never by its title text; rows between blocks
// (a note someone typed) are left alone, and the other periods' rows are moved, never rewritten.

import { cellText } from '../../domain/text';
import type { OwnMark, WorkbookPort, WriteValue } from '../port';

interface BlockPosition {
  readonly period: string;
  readonly start: number;
  readonly end: number;
}

const BLOCK_MARK = /^block:([0-9A-Za-z-]+):(start|end)$/;

function markOf(period: string, edge: 'start' | 'end'): string {
  return `block:${period}:${edge}`;
}

/** The blocks of a sheet by their marks, top to bottom (a block missing either mark is not one). */
function markedBlocks(marks: readonly OwnMark[]): BlockPosition[] {
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const mark of marks) {
    const m = BLOCK_MARK.exec(mark.value);
    if (!m || mark.place.on !== 'row') continue;
    (m[2] === 'start' ? starts : ends).set(m[1] as string, mark.place.row);
  }
  const out: BlockPosition[] = [];
  for (const [period, start] of starts) {
    const end = ends.get(period);
    if (end !== undefined && end >= start) out.push({ period, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The blocks of a sheet an earlier version wrote (no marks then): each starts at a title whose first
 * cell `legacyPeriod` reads a period from, and runs to the next title.
 */
function legacyBlocks(
  values: readonly (readonly unknown[])[],
  firstRow: number,
  legacyPeriod: (title: string) => string | null,
): BlockPosition[] {
  const titles: { period: string; row: number }[] = [];
  values.forEach((line, i) => {
    const period = legacyPeriod(cellText(line[0]));
    if (period) titles.push({ period, row: firstRow + i });
  });
  const lastRow = firstRow + values.length - 1;
  return titles.map((t, i) => ({
    period: t.period,
    start: t.row,
    end: (titles[i + 1]?.row ?? lastRow + 1) - 1,
  }));
}

function markBlock(port: WorkbookPort, sheet: string, block: BlockPosition): void {
  port.addOwnMark(sheet, { on: 'row', row: block.start }, markOf(block.period, 'start'));
  port.addOwnMark(sheet, { on: 'row', row: block.end }, markOf(block.period, 'end'));
}

/**
 * Writes a period's block (its title first) into one of the add-on's block sheets; periods sort as
 * text (2026-10, 2026-W45), newest on top. A sheet an earlier version wrote has its blocks adopted
 * (marked) once, read from their titles by `legacyPeriod`. Returns the block's first row and the
 * sheet's rows in use after; null when the sheet refused to make room (a protection: recorded by
 * the port), leaving every block as it was.
 */
export function placeBlock(
  port: WorkbookPort,
  sheet: string,
  period: string,
  block: readonly WriteValue[][],
  legacyPeriod: (title: string) => string | null,
): { row: number; lastRow: number } | null {
  const grid = port.readGrid(sheet);
  let blocks = markedBlocks(port.readRowMarks(sheet));
  if (blocks.length === 0 && grid.lastRow > 0) {
    blocks = legacyBlocks(grid.values, grid.firstRow, legacyPeriod);
    for (const b of blocks) markBlock(port, sheet, b);
  }
  const existing = blocks.find((b) => b.period === period);
  let at: number;
  let lastRow = grid.lastRow;
  if (existing) {
    // Its rows go, and their marks with them.
    if (port.deleteRows(sheet, existing.start, existing.end - existing.start + 1) === false) return null;
    lastRow -= existing.end - existing.start + 1;
    at = existing.start;
  } else {
    const older = blocks.find((b) => b.period < period);
    at = older ? older.start : lastRow === 0 ? 1 : lastRow + 2;
  }
  // Refused, nothing is written over another period's rows. (Where the old block's rows could go,
  // no range protection can refuse rows in their place: one would have kept them.)
  if (at <= lastRow && port.insertRows(sheet, at, block.length) === false) return null;
  port.writeBlock(sheet, at, 1, block as WriteValue[][]);
  markBlock(port, sheet, { period, start: at, end: at + block.length - 1 });
  return { row: at, lastRow: Math.max(lastRow, at - 1) + block.length };
}
