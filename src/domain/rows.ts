// Which rows below a recognised header are records (docs/domain.md, "Rows that are not records"):
// repeated titles and headers of a sheet that stacks a block per month, footers (合计, 制表人,
// 审核…) and blank rows are skipped and listed; a vertically merged cell holds its value for every
// row it covers.

import type { CellRect, SheetLayoutInfo } from './recognize';
import { cellText, normalizeHeader } from './text';

export type SkipReason = 'title' | 'header' | 'footer' | 'blank';

export interface SkippedRow {
  readonly row: number;
  readonly why: SkipReason;
}

/** The rows of a sheet, sorted out. */
export interface RowPlan {
  /** 1-based rows that are records. */
  readonly records: readonly number[];
  readonly skipped: readonly SkippedRow[];
  /** Title rows (above the header and inside the data) with their text: a block's month may be in one. */
  readonly titles: readonly { readonly row: number; readonly text: string }[];
}

/** First words of a row that closes a table rather than records something. */
const FOOTER_WORDS = [
  '合计',
  '小计',
  '总计',
  '共计',
  '总数',
  '制表',
  '审核',
  '审批',
  '负责人',
  '签字',
  '签名',
  '填表人',
  '统计人',
  '部门主管',
  '主管签',
  '日期:',
  '注:',
  '备注:',
].map(normalizeHeader);

/** Key of a cell in a set of cells: row and 0-based column in one number. */
export function cellKey(row: number, column: number): number {
  return row * 20_000 + column;
}

/**
 * Spreads each vertically merged cell's value over the rows it covers (below the header), in the
 * grid as read (never in the sheet). Returns the cells that were filled, so their issues are left
 * to the cell the team sees.
 */
export function fillMerges(
  values: unknown[][],
  firstRow: number,
  merges: readonly CellRect[],
  headerRow: number,
): Set<number> {
  const filled = new Set<number>();
  for (const m of merges) {
    if (m.numRows < 2 || m.row + m.numRows - 1 <= headerRow) continue;
    const column = m.column - 1;
    const master = values[m.row - firstRow]?.[column];
    if (master === undefined || master === '') continue;
    for (let r = Math.max(m.row + 1, headerRow + 1); r < m.row + m.numRows; r++) {
      const line = values[r - firstRow];
      if (!line || (line[column] !== '' && line[column] !== undefined)) continue;
      line[column] = master;
      filled.add(cellKey(r, column));
    }
  }
  return filled;
}

function isEmpty(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Sorts the rows of a grid into records and rows that are not: titles, repeated headers, footers,
 * blanks. A record is any other row with a value in a recognised field.
 */
export function planRows(
  layout: SheetLayoutInfo,
  values: readonly (readonly unknown[])[],
  firstRow: number,
  merges: readonly CellRect[] = [],
): RowPlan {
  const records: number[] = [];
  const skipped: SkippedRow[] = [];
  const titles: { row: number; text: string }[] = [];
  const headerRow = layout.headerRow ?? 0;
  const headerTop = headerRow - layout.headerRows + 1;
  const mapped = Object.values(layout.columns);
  // The header's own words, per column, as written: a row repeating them is a header again.
  const labels = new Map<number, Set<string>>();
  for (const c of layout.columnInfo) {
    labels.set(c.index, new Set(c.header.split('›').map((t) => t.trim())));
  }
  const wideMerges = new Set(merges.filter((m) => m.numRows === 1 && m.numColumns >= 3).map((m) => m.row));
  const last = firstRow + values.length - 1;
  const kinds = new Map<number, SkipReason | 'record' | 'single'>();
  for (let row = Math.max(1, firstRow); row <= last; row++) {
    const cells = values[row - firstRow] ?? [];
    let filled = 0;
    let first: unknown = '';
    for (const cell of cells) {
      if (isEmpty(cell)) continue;
      if (filled === 0) first = cell;
      filled++;
    }
    if (row <= headerRow) {
      if (row < headerTop && filled > 0) {
        kinds.set(row, 'title');
        titles.push({
          row,
          text: cells
            .map((c) => cellText(c))
            .filter((t) => t !== '')
            .join(' '),
        });
      }
      continue;
    }
    if (filled === 0) {
      kinds.set(row, 'blank');
      continue;
    }
    const firstText = typeof first === 'string' ? normalizeHeader(first) : '';
    if (firstText !== '' && FOOTER_WORDS.some((w) => firstText.startsWith(w))) {
      kinds.set(row, 'footer');
      continue;
    }
    let repeats = 0;
    for (const [index, words] of labels) {
      const cell = cells[index];
      if (typeof cell === 'string' && words.has(cell.trim())) repeats++;
    }
    if (repeats >= 2 && repeats * 2 >= Math.min(filled, labels.size)) {
      kinds.set(row, 'header');
      continue;
    }
    let inField = false;
    for (const column of mapped) {
      if (!isEmpty(cells[column])) {
        inField = true;
        break;
      }
    }
    if (filled === 1 && typeof first === 'string' && (wideMerges.has(row) || !inField)) {
      kinds.set(row, 'single');
      continue;
    }
    kinds.set(row, inField ? 'record' : 'blank');
  }
  // A lone text cell is a block's title when it spans the table or a repeated header follows it.
  for (const [row, kind] of kinds) {
    if (kind !== 'single') continue;
    let next = row + 1;
    while (next <= last && (kinds.get(next) === 'blank' || kinds.get(next) === 'single') && next - row <= 3)
      next++;
    const title = wideMerges.has(row) || kinds.get(next) === 'header';
    kinds.set(row, title ? 'title' : 'blank');
    if (title) titles.push({ row, text: cellText(values[row - firstRow]?.find((c) => !isEmpty(c))) });
  }
  for (const [row, kind] of kinds) {
    if (kind === 'record') records.push(row);
    else if (row > headerRow || kind === 'title') skipped.push({ row, why: kind as SkipReason });
  }
  records.sort((a, b) => a - b);
  skipped.sort((a, b) => a.row - b.row);
  titles.sort((a, b) => a.row - b.row);
  return { records, skipped, titles };
}
