// Which rows below a recognised header are records (docs/domain.md, "Rows that are not records"):
// repeated titles and headers of a sheet that stacks a block per month, footers (合计, 制表人,
// 审核…) and blank rows are skipped and listed; a vertically merged cell holds its value for every
// row it covers.

import type { CellRect, SheetLayoutInfo } from '../recognise';
import { cellText, toSimplified } from '../text';

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

/** First words of a row that closes a table rather than records something (colons half-width). */
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
  '经办人:',
  '审核人:',
  '复核',
  '签收',
  // English sheets close with totals and sign-offs.
  'total',
  'subtotal',
  'grandtotal',
  'preparedby',
  'approvedby',
  'reviewedby',
  'checkedby',
  'signature',
  'signed',
];

/** The first characters footers start with, to look closer only at rows that could be one. */
const FOOTER_FIRST = new Set(FOOTER_WORDS.flatMap((w) => [w.charAt(0), w.charAt(0).toUpperCase()]));

/**
 * A footer's first words compared in Simplified, full-width folded, lower case, spaces dropped
 * (the colon kept): 合計, 製表人：, Prepared by: are footers.
 */
function footerKey(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}

/** True when a text opens a footer (合计, 制表人：, 主管签字, Total, Approved by). */
function opensFooter(text: string): boolean {
  const key = footerKey(text);
  if (!FOOTER_FIRST.has(key.charAt(0))) return false;
  // An English word must stand alone (Total, Total: 35), not open a name (Totally Fresh Ltd).
  return FOOTER_WORDS.some((w) =>
    /^[a-z]/.test(w) ? key.startsWith(w) && /^([:\d.]|$)/.test(key.slice(w.length)) : key.startsWith(w),
  );
}

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

/** True for a space, tab or line break (and the ideographic space): where a blank-looking text starts. */
function isSpace(code: number): boolean {
  return code <= 32 || code === 0x3000 || code === 0xa0;
}

/** Blank: nothing, or only spaces (checked without trimming every cell of a large sheet). */
function isEmpty(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return typeof value === 'string' && isSpace(value.charCodeAt(0)) && value.trim() === '';
}

/** A text as written, trimmed only when it has spaces around it. */
function trimmed(text: string): string {
  return text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)))
    ? text.trim()
    : text;
}

/** What a row is, while the rows are sorted out. */
enum Kind {
  Unset = 0,
  Record = 1,
  Title = 2,
  Header = 3,
  Footer = 4,
  Blank = 5,
  /** One text cell: a block's title, a record or nothing, decided by what follows. */
  Single = 6,
}

const REASONS: Readonly<Record<number, SkipReason>> = {
  [Kind.Title]: 'title',
  [Kind.Header]: 'header',
  [Kind.Footer]: 'footer',
  [Kind.Blank]: 'blank',
};

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
  const headerRow = layout.headerRow ?? 0;
  const headerTop = headerRow - layout.headerRows + 1;
  const mapped = Object.values(layout.columns);
  // The header's own words, per column, as written: a row repeating them is a header again.
  const labelColumns = layout.columnInfo.map((c) => c.index);
  const labelWords = layout.columnInfo.map((c) => c.header.split('›').map((t) => t.trim()));
  const wideMerges = new Set(merges.filter((m) => m.numRows === 1 && m.numColumns >= 3).map((m) => m.row));
  const kinds = new Uint8Array(values.length);
  // Rows whose lone text cell sits outside the recognised columns: never a record.
  const singleOutside = new Set<number>();
  const titles: { row: number; text: string }[] = [];
  const lineText = (cells: readonly unknown[]) =>
    cells
      .map((c) => cellText(c))
      .filter((t) => t !== '')
      .join(' ');
  for (let i = 0; i < values.length; i++) {
    const row = firstRow + i;
    const cells = values[i] ?? [];
    let filled = 0;
    let first: unknown = '';
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (isEmpty(cell)) continue;
      if (filled === 0) first = cell;
      filled++;
    }
    if (row <= headerRow) {
      if (row < headerTop && filled > 0) {
        kinds[i] = Kind.Title;
        titles.push({ row, text: lineText(cells) });
      }
      continue;
    }
    if (filled === 0) {
      kinds[i] = Kind.Blank;
      continue;
    }
    // A footer opens with its words in its first filled cell (a signature line often starts
    // further right: ['', '', '主管签字：', ''] is no staff member).
    if (typeof first === 'string' && opensFooter(first)) {
      kinds[i] = Kind.Footer;
      continue;
    }
    let repeats = 0;
    for (let k = 0; k < labelColumns.length; k++) {
      const cell = cells[labelColumns[k] as number];
      if (typeof cell === 'string' && (labelWords[k] as string[]).includes(trimmed(cell))) repeats++;
    }
    if (repeats >= 2 && repeats * 2 >= Math.min(filled, labelColumns.length)) {
      kinds[i] = Kind.Header;
      continue;
    }
    let inField = false;
    for (let k = 0; k < mapped.length; k++) {
      if (!isEmpty(cells[mapped[k] as number])) {
        inField = true;
        break;
      }
    }
    kinds[i] = filled === 1 && typeof first === 'string' ? Kind.Single : inField ? Kind.Record : Kind.Blank;
    if (kinds[i] === Kind.Single && !inField && !wideMerges.has(row)) singleOutside.add(i);
  }
  // A lone text cell is a block's title when it spans the table or a repeated header follows it;
  // otherwise it is a record when it sits in a recognised column.
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== Kind.Single) continue;
    let next = i + 1;
    while (
      next < kinds.length &&
      next - i <= 3 &&
      (kinds[next] === Kind.Blank || kinds[next] === Kind.Single)
    )
      next++;
    const row = firstRow + i;
    if (wideMerges.has(row) || kinds[next] === Kind.Header) {
      kinds[i] = Kind.Title;
      titles.push({ row, text: lineText(values[i] ?? []) });
    } else kinds[i] = singleOutside.has(i) ? Kind.Blank : Kind.Record;
  }
  const records: number[] = [];
  const skipped: SkippedRow[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i] as number;
    if (kind === Kind.Record) records.push(firstRow + i);
    else if (kind !== Kind.Unset) skipped.push({ row: firstRow + i, why: REASONS[kind] as SkipReason });
  }
  titles.sort((a, b) => a.row - b.row);
  return { records, skipped, titles };
}
