// The add-on's marks in an .xlsx file: defined names (Formulas › Name Manager in Excel), a name per
// mark, `KefuSheets.<s|r|c>.<value>`, referring to the cell it marks (A1 of a sheet, the first cell
// of a row, the header cell of a column). Excel and WPS move a defined name with its cell when rows
// or columns are inserted and rename it with its sheet; ExcelJS keeps them.

import type { MarkPlace, OwnMark } from '../app/port';
import { columnNumber } from '../domain/text';

export const MARK_NAME = /^KefuSheets\.([src])\.(.+)$/;
const PLACE_LETTER = { sheet: 's', row: 'r', column: 'c' } as const;

/** A mark's value in a defined name (names hold letters, digits, `.` and `_`). */
export function markName(on: MarkPlace['on'], value: string): string {
  return `KefuSheets.${PLACE_LETTER[on]}.${value.replace(/:/g, '.').replace(/-/g, '_')}`;
}

function markValue(encoded: string): string {
  return encoded.replace(/\./g, ':').replace(/_/g, '-');
}

/** `'Sheet'!$B$3` (or `Sheet!$B$3`, a range's first cell): the sheet, row and column. */
export function parseCellRef(ref: string): { sheet: string; row: number; column: number } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/.exec(ref);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return { sheet, row: Number(m[4]), column: columnNumber(m[3] ?? 'A') };
}

/** The marks among a workbook's defined names, on the sheets it has. */
export function marksOf(
  names: readonly { readonly name: string; readonly ranges: readonly string[] }[],
  hasSheet: (sheet: string) => boolean,
): OwnMark[] {
  const out: OwnMark[] = [];
  for (const { name, ranges } of names) {
    const m = MARK_NAME.exec(name);
    if (!m) continue;
    const value = markValue(m[2] ?? '');
    for (const range of ranges) {
      const cell = parseCellRef(range);
      if (!cell || !hasSheet(cell.sheet)) continue;
      const place: MarkPlace =
        m[1] === 's'
          ? { on: 'sheet' }
          : m[1] === 'r'
            ? { on: 'row', row: cell.row }
            : { on: 'column', column: cell.column };
      out.push({ sheet: cell.sheet, place, value });
    }
  }
  return out;
}
