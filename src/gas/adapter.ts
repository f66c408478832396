// The Apps Script adapter of the workbook port: each port method is one batched SpreadsheetApp operation.

import {
  type Block,
  type BlockMarks,
  type CellValue,
  type ChartSpec,
  type ConditionalRule,
  type ListValidation,
  listPrint,
  type MarkPlace,
  type NewSheetLayout,
  type OwnMark,
  type ReadRequest,
  type RowLinksValue,
  type SheetGrid,
  type SheetLook,
  type SkippedWrite,
  type SkipReason,
  type WorkbookPort,
  type WriteKind,
  type WriteValue,
} from '../app/port';
import { CELL_CHARACTERS, fitText, truncationMarker } from '../app/present/render';
import { OWN_CHART_PREFIX, OWN_RULE_MARKER, wouldBeReinterpreted } from '../app/writes/marks';
import { maxOf } from '../domain/arrays';
import { KefuError } from '../domain/i18n/errors';
import { type Lang, langFromLocale } from '../domain/i18n/messages';
import { columnLetter, columnNumber, isDate } from '../domain/text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Keys of the add-on's developer metadata: on sheets (the value names the sheet's id too, so a
 * copy the team makes of one of the add-on's sheets is the team's), on columns, and on rows.
 */
const MARK_KEYS = {
  sheet: 'kefu-sheets.sheet',
  column: 'kefu-sheets.column',
  row: 'kefu-sheets.row',
} as const;

/** A text cell written as text, never evaluated: Sheets drops a leading apostrophe. */
function protect(text: string): string {
  return wouldBeReinterpreted(text) ? `'${text}` : text;
}

/**
 * Google Sheets' limits (support.google.com/drive/answer/37603): 50,000 characters a cell, 10
 * million cells a spreadsheet, 18,278 columns (ZZZ) a sheet. A write beyond them fails.
 */
export const SHEETS_LIMITS = { cellCharacters: CELL_CHARACTERS, cells: 10_000_000, columns: 18_278 } as const;

/** The error Sheets throws when a script writes a protected cell without permission (in English). */
const PROTECTED_TEXT = /protected cell or object/i;
/** The errors of Sheets' size limits (in English; columns are also checked before asking). */
const CELL_LIMIT_TEXT = /limit of 10,?000,?000 cells/i;
const COLUMN_LIMIT_TEXT = /18,?278/;

/** A rectangle of cells (1-based), as the port's Block. */
type Rect = Block;

/** Rows or columns without an end (C:C, 5:5, A2:A) reach this far. */
const UNBOUNDED = 1_000_000_000;

function lastRowOf(r: Rect): number {
  return r.row + r.numRows - 1;
}
function lastColumnOf(r: Rect): number {
  return r.column + r.numColumns - 1;
}

/** A rectangle in A1 notation: `C2:D9`, `C5`, whole columns `H:J`, whole rows `5:7`. */
export function a1Of(r: Rect): string {
  const wholeColumns = r.row === 1 && r.numRows >= UNBOUNDED / 2;
  const wholeRows = r.column === 1 && r.numColumns >= UNBOUNDED / 2;
  const first = columnLetter(r.column);
  const last = columnLetter(lastColumnOf(r));
  if (wholeColumns) return `${first}:${last}`;
  if (wholeRows) return `${r.row}:${lastRowOf(r)}`;
  const start = `${first}${r.row}`;
  return r.numRows === 1 && r.numColumns === 1 ? start : `${start}:${last}${lastRowOf(r)}`;
}

/**
 * A range's A1 notation as a rectangle: `C2:D9`, `C5`, `C:C` and `3:5` (without end), `A2:A` (from
 * row 2 down), with or without `$` and a sheet name. Null for anything else.
 */
export function rectOfA1(a1: string): Rect | null {
  const text = a1.replace(/^.*!/, '').replace(/\$/g, '').toUpperCase();
  const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/.exec(text);
  if (!m) return null;
  const [, c1 = '', r1 = '', c2, r2 = ''] = m;
  const column = c1 === '' ? 1 : columnNumber(c1);
  const row = r1 === '' ? 1 : Number(r1);
  if (c2 === undefined) {
    if (c1 === '' || r1 === '') return null;
    return { row, column, numRows: 1, numColumns: 1 };
  }
  if ((c1 === '') !== (c2 === '') || (r1 === '' && r2 !== '')) return null;
  const lastColumn = c2 === '' ? UNBOUNDED : columnNumber(c2);
  const lastRow = r2 === '' ? UNBOUNDED : Number(r2);
  if (lastRow < row || lastColumn < column) return null;
  return { row, column, numRows: lastRow - row + 1, numColumns: lastColumn - column + 1 };
}

function meets(a: Rect, b: Rect): boolean {
  return (
    a.row <= lastRowOf(b) &&
    b.row <= lastRowOf(a) &&
    a.column <= lastColumnOf(b) &&
    b.column <= lastColumnOf(a)
  );
}

function holds(r: Rect, row: number, column: number): boolean {
  return row >= r.row && row <= lastRowOf(r) && column >= r.column && column <= lastColumnOf(r);
}

/**
 * What the running user may not edit on one sheet: the sheet protected as a whole (all but its
 * unprotected ranges), and protected ranges; warning-only protections and those the user may edit
 * are left out (a script is never stopped by a warning).
 */
interface SheetGuard {
  whole: boolean;
  readonly open: Rect[];
  readonly ranges: Rect[];
}

function blockedAt(guard: SheetGuard, row: number, column: number): boolean {
  if (guard.ranges.some((r) => holds(r, row, column))) return true;
  return guard.whole && !guard.open.some((r) => holds(r, row, column));
}

/**
 * A block cut into the rectangles the user may write and those they may not, along every edge of a
 * protection inside it: as few rectangles as the protections' shapes allow (a protected column
 * splits a block in three).
 */
function splitBlock(block: Rect, guard: SheetGuard): { allowed: Rect[]; refused: Rect[] } {
  const edges = [...guard.ranges, ...(guard.whole ? guard.open : [])].filter((r) => meets(r, block));
  if (!guard.whole && edges.length === 0) return { allowed: [block], refused: [] };
  const cuts = (first: number, last: number, starts: number[]): number[] =>
    [...new Set([first, last + 1, ...starts.filter((x) => x > first && x <= last)])].sort((a, b) => a - b);
  const rowCuts = cuts(
    block.row,
    lastRowOf(block),
    edges.flatMap((r) => [r.row, lastRowOf(r) + 1]),
  );
  const columnCuts = cuts(
    block.column,
    lastColumnOf(block),
    edges.flatMap((r) => [r.column, lastColumnOf(r) + 1]),
  );
  // Runs of columns of one kind in each band of rows; equal runs of adjacent bands merge.
  type Run = { column: number; end: number; blocked: boolean };
  const bands: { row: number; end: number; runs: Run[] }[] = [];
  for (let i = 0; i + 1 < rowCuts.length; i++) {
    const row = rowCuts[i] as number;
    const runs: Run[] = [];
    for (let j = 0; j + 1 < columnCuts.length; j++) {
      const column = columnCuts[j] as number;
      const end = (columnCuts[j + 1] as number) - 1;
      const blocked = blockedAt(guard, row, column);
      const last = runs[runs.length - 1];
      if (last && last.blocked === blocked) last.end = end;
      else runs.push({ column, end, blocked });
    }
    const end = (rowCuts[i + 1] as number) - 1;
    const previous = bands[bands.length - 1];
    const same =
      previous &&
      previous.runs.length === runs.length &&
      previous.runs.every(
        (r, k) => r.column === runs[k]?.column && r.end === runs[k]?.end && r.blocked === runs[k]?.blocked,
      );
    if (previous && same) previous.end = end;
    else bands.push({ row, end, runs });
  }
  const allowed: Rect[] = [];
  const refused: Rect[] = [];
  for (const band of bands) {
    for (const run of band.runs) {
      const rect = {
        row: band.row,
        column: run.column,
        numRows: band.end - band.row + 1,
        numColumns: run.end - run.column + 1,
      };
      (run.blocked ? refused : allowed).push(rect);
    }
  }
  return { allowed, refused };
}

/** The part of a grid under a rectangle (the grid's top-left cell at `origin`). */
function slice<T>(grid: readonly (readonly T[])[], origin: { row: number; column: number }, r: Rect): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < r.numRows; i++) {
    const line = grid[r.row - origin.row + i] ?? [];
    out.push(line.slice(r.column - origin.column, r.column - origin.column + r.numColumns) as T[]);
  }
  return out;
}

/**
 * The cells of a grid that `keep` selects, as rectangles: each run of adjacent rows holding such
 * cells, from its first such column to its last (D3 and D6, not D3:D6). The grid's top-left cell is
 * at `at`.
 */
function selectedBands<T>(
  grid: readonly (readonly T[])[],
  at: Rect,
  keep: (value: T, row: number, column: number) => boolean,
): Rect[] {
  const bands: Rect[] = [];
  let top = -1;
  let left = 0;
  let right = 0;
  const close = (bottom: number) => {
    if (top < 0) return;
    bands.push({
      row: at.row + top,
      column: at.column + left,
      numRows: bottom - top + 1,
      numColumns: right - left + 1,
    });
    top = -1;
  };
  grid.forEach((line, r) => {
    let first = -1;
    let last = -1;
    line.forEach((value, c) => {
      if (!keep(value, r, c)) return;
      if (first < 0) first = c;
      last = c;
    });
    if (first < 0) close(r - 1);
    else if (top < 0) {
      top = r;
      left = first;
      right = last;
    } else {
      left = Math.min(left, first);
      right = Math.max(right, last);
    }
  });
  close(grid.length - 1);
  return bands;
}

function quoteFormulaText(text: string): string {
  return text.replace(/"/g, '""');
}

/**
 * The merged ranges that meet a range: one getMergedRanges call, and one getA1Notation per merge
 * (a sheet has few; the team's merges are read, never undone).
 */
function mergedBlocks(range: GoogleAppsScript.Spreadsheet.Range): Block[] {
  return range.getMergedRanges().flatMap((merged) => {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(merged.getA1Notation());
    if (!m) return [];
    const column = columnNumber(m[1] ?? 'A');
    const row = Number(m[2]);
    const lastColumn = m[3] ? columnNumber(m[3]) : column;
    const lastRow = m[4] ? Number(m[4]) : row;
    return [{ row, column, numRows: lastRow - row + 1, numColumns: lastColumn - column + 1 }];
  });
}

/** The workbook port over a live spreadsheet. */
export class SheetsWorkbook implements WorkbookPort {
  private readonly sheets = new Map<string, Sheet>();
  private readonly sheetIds = new Map<string, number>();
  /** Last row and column per sheet, remembered within one operation; a write forgets them. */
  private readonly sizes = new Map<string, { lastRow: number; width: number }>();
  /** The Range of the block whose marks were just read, reused to write them. */
  private marksRange: { key: string; range: GoogleAppsScript.Spreadsheet.Range } | null = null;
  /** The add-on's marks on sheets and columns, read once and forgotten when one is added. */
  private ownMarks: OwnMark[] | null = null;
  private zone: string | null = null;
  /**
   * What the running user may not edit, per sheet: read once per operation, at its first write
   * (two getProtections calls for the whole spreadsheet), and again when a write is refused anyway.
   */
  private guards: Map<string, SheetGuard> | null = null;
  /** The writes refused so far (a protection, a limit): every other write went ahead. */
  private readonly skipped: SkippedWrite[] = [];
  private readonly skippedKeys = new Set<string>();

  constructor(
    private readonly spreadsheet: Spreadsheet,
    readonly locale: string,
  ) {}

  skippedWrites(): readonly SkippedWrite[] {
    return this.skipped;
  }

  /**
   * The protections of the spreadsheet the running user may not edit, per sheet. The owner and the
   * protection's editors may (canEdit); a warning-only protection never stops a script. Only those
   * that stop the user cost more calls (where they are).
   */
  private loadGuards(): Map<string, SheetGuard> {
    const guards = new Map<string, SheetGuard>();
    const guardOf = (name: string): SheetGuard => {
      let guard = guards.get(name);
      if (!guard) {
        guard = { whole: false, open: [], ranges: [] };
        guards.set(name, guard);
      }
      return guard;
    };
    const type = SpreadsheetApp.ProtectionType;
    for (const p of this.spreadsheet.getProtections(type.SHEET)) {
      if (p.canEdit() || p.isWarningOnly()) continue;
      const guard = guardOf(p.getRange().getSheet().getName());
      guard.whole = true;
      for (const open of p.getUnprotectedRanges()) {
        const rect = rectOfA1(open.getA1Notation());
        if (rect) guard.open.push(rect);
      }
    }
    for (const p of this.spreadsheet.getProtections(type.RANGE)) {
      if (p.canEdit() || p.isWarningOnly()) continue;
      const range = p.getRange();
      const rect = rectOfA1(range.getA1Notation());
      if (rect) guardOf(range.getSheet().getName()).ranges.push(rect);
    }
    return guards;
  }

  private guard(name: string): SheetGuard | undefined {
    if (this.guards === null) this.guards = this.loadGuards();
    return this.guards.get(name);
  }

  /** A block as the parts the user may write and those they may not. */
  private split(name: string, block: Rect): { allowed: Rect[]; refused: Rect[] } {
    const guard = this.guard(name);
    return guard ? splitBlock(block, guard) : { allowed: [block], refused: [] };
  }

  /** Records a refused write (once per place, kind and reason) and logs it: a trigger has no one to tell. */
  private skip(name: string, where: Rect | string, what: WriteKind, reason: SkipReason = 'protected'): void {
    const range = typeof where === 'string' ? where : a1Of(where);
    const key = `${name}\u0000${range}\u0000${what}`;
    if (this.skippedKeys.has(key)) return;
    this.skippedKeys.add(key);
    this.skipped.push({ sheet: name, range, what, reason });
    console.warn(`[kefu-sheets] not written (${reason}): ${what} of ${name}!${range}`);
  }

  /**
   * Makes one write call. One that Sheets refuses all the same (a protection set since the
   * protections were read, a limit) is recorded and the operation goes on; any other failure is
   * thrown. Returns whether it was written.
   */
  private attempt(
    name: string,
    where: Rect | string,
    what: WriteKind,
    call: () => void,
    stillRefused: () => boolean,
  ): boolean {
    try {
      call();
      return true;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      let reason: SkipReason | null = null;
      if (CELL_LIMIT_TEXT.test(text)) reason = 'cell_limit';
      else if (COLUMN_LIMIT_TEXT.test(text)) reason = 'column_limit';
      else {
        // Sheets' message is in the user's language: the protections, read again, say whether it was one.
        this.guards = null;
        if (PROTECTED_TEXT.test(text) || stillRefused()) reason = 'protected';
      }
      if (reason === null) throw error;
      this.skip(name, where, what, reason);
      return false;
    }
  }

  /**
   * Writes a block through `write`, one call for the whole block when nothing in it is protected,
   * else one per part the user may write. A refused part is recorded where `changes` finds what the
   * write would have changed in it (none: nothing to say).
   */
  private writeParts(
    name: string,
    block: Rect,
    what: WriteKind,
    write: (part: Rect) => void,
    changes: (part: Rect) => readonly Rect[] = (part) => [part],
  ): void {
    const { allowed, refused } = this.split(name, block);
    for (const part of refused) for (const changed of changes(part)) this.skip(name, changed, what);
    for (const part of allowed) {
      this.attempt(
        name,
        part,
        what,
        () => write(part),
        () => this.split(name, part).refused.length > 0,
      );
    }
  }

  /**
   * Whether rows (or columns) may be inserted before `before`: never in a sheet protected as a whole,
   * nor inside a protected range (it would grow); after the last row (or column), or before a
   * protected range, they may.
   */
  private mayInsert(
    name: string,
    dimension: 'rows' | 'columns',
    before: number,
    size: number | (() => number),
  ): boolean {
    const guard = this.guard(name);
    if (!guard) return true;
    if (guard.whole) return false;
    if (guard.ranges.length === 0) return true;
    const end = typeof size === 'number' ? size : size();
    return !guard.ranges.some((r) => {
      const [first, last] = dimension === 'rows' ? [r.row, lastRowOf(r)] : [r.column, lastColumnOf(r)];
      return first < before && before <= Math.min(last, end);
    });
  }

  /** Whether rows may be deleted: none of them in a protected range or sheet. */
  private mayDelete(name: string, row: number, count: number): boolean {
    const guard = this.guard(name);
    if (!guard) return true;
    if (guard.whole) return false;
    return !guard.ranges.some((r) => r.row <= row + count - 1 && row <= lastRowOf(r));
  }

  /** Whether the sheet's own settings (frozen rows, widths, charts) may change: not when it is protected. */
  private maySetSheet(name: string): boolean {
    return !this.guard(name)?.whole;
  }

  /** The user's language: the marker on a text cut to fit a cell is in it. */
  private get lang(): Lang {
    return langFromLocale(this.locale);
  }

  get timeZone(): string {
    if (this.zone === null) this.zone = this.spreadsheet.getSpreadsheetTimeZone() || 'Asia/Shanghai';
    return this.zone;
  }

  private sheet(name: string): Sheet {
    const cached = this.sheets.get(name);
    if (cached) return cached;
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) throw new KefuError('no_such_sheet', { sheet: name });
    this.sheets.set(name, sheet);
    return sheet;
  }

  listSheets(): string[] {
    const names: string[] = [];
    for (const sheet of this.spreadsheet.getSheets()) {
      const name = sheet.getName();
      this.sheets.set(name, sheet);
      names.push(name);
    }
    return names;
  }

  readGrid(name: string, request: ReadRequest = {}): SheetGrid {
    const sheet = this.sheet(name);
    if (request.firstRow === undefined) {
      const range = sheet.getDataRange();
      const values = range.getValues() as CellValue[][];
      const displays = request.displays ? range.getDisplayValues() : undefined;
      const empty = values.length === 1 && values[0]?.length === 1 && values[0][0] === '';
      const merges = request.merges && !empty ? mergedBlocks(range) : undefined;
      return {
        sheet: name,
        firstRow: 1,
        firstColumn: 1,
        values: empty ? [] : values,
        ...(displays && !empty ? { displays } : {}),
        ...(merges ? { merges } : {}),
        lastRow: empty ? 0 : values.length,
        width: empty ? 0 : (values[0]?.length ?? 0),
      };
    }
    let size = this.sizes.get(name);
    if (!size) {
      size = { lastRow: sheet.getLastRow(), width: sheet.getLastColumn() };
      this.sizes.set(name, size);
    }
    const { lastRow, width } = size;
    const first = Math.max(1, request.firstRow);
    const count = Math.min(request.numRows ?? lastRow - first + 1, lastRow - first + 1);
    const firstColumn = Math.max(1, request.firstColumn ?? 1);
    const numColumns = Math.min(request.numColumns ?? width - firstColumn + 1, width - firstColumn + 1);
    if (count < 1 || numColumns < 1)
      return { sheet: name, firstRow: first, firstColumn, values: [], lastRow, width };
    const range = sheet.getRange(first, firstColumn, count, numColumns);
    const values = range.getValues() as CellValue[][];
    const displays = request.displays ? range.getDisplayValues() : undefined;
    const merges = request.merges ? mergedBlocks(range) : undefined;
    return {
      sheet: name,
      firstRow: first,
      firstColumn,
      values,
      ...(displays ? { displays } : {}),
      ...(merges ? { merges } : {}),
      lastRow,
      width,
    };
  }

  private linkUrl(sheet: string, row: number, column: number): string {
    if (this.sheetIds.size === 0) {
      // Every known sheet's id at the first link: the calls then depend on the sheets, not on
      // which of them the links happen to point at.
      for (const [name, known] of this.sheets) this.sheetIds.set(name, known.getSheetId());
    }
    let target = this.sheetIds.get(sheet);
    if (target === undefined) {
      target = this.sheet(sheet).getSheetId();
      this.sheetIds.set(sheet, target);
    }
    return `#gid=${target}&range=${columnLetter(column)}${row}`;
  }

  /** A text as it fits a cell: cut with a marker beyond 50,000 characters. */
  private fit(text: string): string {
    return fitText(text, this.lang);
  }

  private toSheetsValue(value: WriteValue): unknown {
    if (value === null) return '';
    if (typeof value === 'string') return protect(this.fit(value));
    if (typeof value === 'number' || typeof value === 'boolean' || isDate(value)) return value;
    if ('links' in value) return protect(this.fit(value.text));
    const url = this.linkUrl(value.link.sheet, value.link.row, value.link.column);
    return `=HYPERLINK("${url}","${quoteFormulaText(this.fit(value.text).slice(0, 1000))}")`;
  }

  /**
   * Columns holding several links per cell get rich text, one call per such column (per part the
   * user may write). A text cut to fit a cell keeps the links that still fit in it.
   */
  private writeRowLinks(name: string, sheet: Sheet, block: Rect, values: WriteValue[][]): void {
    for (let c = 0; c < block.numColumns; c++) {
      const cells = values.slice(0, block.numRows).map((line) => line[c] ?? null);
      if (!cells.some((v) => v !== null && typeof v === 'object' && 'links' in v)) continue;
      if (!cells.every((v) => v === null || typeof v === 'string' || (typeof v === 'object' && 'links' in v)))
        continue;
      const rich = cells.map((v) => {
        if (v === null || typeof v === 'string')
          return [
            SpreadsheetApp.newRichTextValue()
              .setText(this.fit(v ?? ''))
              .build(),
          ];
        const whole = (v as RowLinksValue).text;
        const text = this.fit(whole);
        let builder = SpreadsheetApp.newRichTextValue().setText(text);
        const kept =
          text === whole ? text.length : text.length - truncationMarker(whole.length, this.lang).length;
        for (const link of (v as RowLinksValue).links) {
          if (link.end > kept) break;
          builder = builder.setLinkUrl(link.start, link.end, this.linkUrl(link.sheet, link.row, link.column));
        }
        return [builder.build()];
      });
      const column = { row: block.row, column: block.column + c, numRows: block.numRows, numColumns: 1 };
      this.writeParts(
        name,
        column,
        'values',
        (part) =>
          sheet
            .getRange(part.row, part.column, part.numRows, 1)
            .setRichTextValues(slice(rich, { row: block.row, column: part.column }, part)),
        () => [],
      );
    }
  }

  /**
   * Grows a sheet to hold `rows` rows and `columns` columns, as far as Sheets lets it: how many rows
   * and columns it has then, and why it has fewer than asked (a protection, a limit).
   */
  private grow(
    name: string,
    sheet: Sheet,
    rows: number,
    columns: number,
  ): { rows: number; columns: number; short: SkipReason } {
    let short: SkipReason = 'protected';
    let maxRows = sheet.getMaxRows();
    if (rows > maxRows && this.mayInsert(name, 'rows', maxRows + 1, maxRows)) {
      const added = rows - maxRows;
      const where = { row: maxRows + 1, column: 1, numRows: added, numColumns: UNBOUNDED };
      if (
        this.attempt(
          name,
          where,
          'rows',
          () => sheet.insertRowsAfter(maxRows, added),
          () => false,
        )
      )
        maxRows = rows;
      else short = this.skipped[this.skipped.length - 1]?.reason ?? short;
    }
    let maxColumns = sheet.getMaxColumns();
    if (columns > SHEETS_LIMITS.columns) short = 'column_limit';
    const wanted = Math.min(columns, SHEETS_LIMITS.columns);
    if (wanted > maxColumns && this.mayInsert(name, 'columns', maxColumns + 1, maxColumns)) {
      const added = wanted - maxColumns;
      const where = { row: 1, column: maxColumns + 1, numRows: UNBOUNDED, numColumns: added };
      if (
        this.attempt(
          name,
          where,
          'columns',
          () => sheet.insertColumnsAfter(maxColumns, added),
          () => false,
        )
      )
        maxColumns = wanted;
      else short = this.skipped[this.skipped.length - 1]?.reason ?? short;
    }
    return { rows: maxRows, columns: maxColumns, short };
  }

  writeBlock(name: string, row: number, column: number, values: WriteValue[][]): void {
    const width = values[0]?.length ?? 0;
    if (values.length === 0 || width === 0) return;
    this.sizes.delete(name);
    const converted = values.map((line) => line.map((v) => this.toSheetsValue(v)));
    const sheet = this.sheet(name);
    const has = this.grow(name, sheet, row + values.length - 1, column + width - 1);
    const block = {
      row,
      column,
      numRows: Math.min(values.length, has.rows - row + 1),
      numColumns: Math.min(width, has.columns - column + 1),
    };
    const origin = { row, column };
    const content = (part: Rect) =>
      selectedBands(slice(converted, origin, part), part, (v) => v !== '' && v !== null && v !== undefined);
    // What the sheet could not grow to hold: too many cells or columns, or a protection.
    if (block.numRows < values.length || block.numColumns < width) {
      const whole = { row, column, numRows: values.length, numColumns: width };
      const beyond = (part: Rect) => {
        for (const cut of content(part)) this.skip(name, cut, 'values', has.short);
      };
      if (block.numRows < values.length)
        beyond({
          ...whole,
          row: row + Math.max(0, block.numRows),
          numRows: values.length - Math.max(0, block.numRows),
        });
      if (block.numColumns < width && block.numRows > 0)
        beyond({
          ...whole,
          numRows: block.numRows,
          column: column + Math.max(0, block.numColumns),
          numColumns: width - Math.max(0, block.numColumns),
        });
    }
    if (block.numRows < 1 || block.numColumns < 1) return;
    this.writeParts(
      name,
      block,
      'values',
      (part) =>
        sheet
          .getRange(part.row, part.column, part.numRows, part.numColumns)
          .setValues(slice(converted, origin, part)),
      content,
    );
    this.writeRowLinks(name, sheet, block, values);
  }

  insertRows(name: string, before: number, count: number): boolean {
    this.sizes.delete(name);
    if (count < 1) return true;
    const sheet = this.sheet(name);
    const where = `${before}:${before + count - 1}`;
    if (!this.mayInsert(name, 'rows', before, () => sheet.getMaxRows())) {
      this.skip(name, where, 'rows');
      return false;
    }
    return this.attempt(
      name,
      where,
      'rows',
      () => sheet.insertRowsBefore(before, count),
      () => !this.mayInsert(name, 'rows', before, Number.POSITIVE_INFINITY),
    );
  }

  /**
   * Inserts columns after a column; false, and recorded, when Sheets would refuse: beyond 18,278
   * columns, or through a protection (a protected sheet, or a protected range they would widen:
   * a protected header row refuses any new column left of its end).
   */
  insertColumnsAfter(name: string, after: number, count: number): boolean {
    this.sizes.delete(name);
    this.ownMarks = null;
    if (count < 1) return true;
    const sheet = this.sheet(name);
    const where = { row: 1, column: after + 1, numRows: UNBOUNDED, numColumns: count };
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns + count > SHEETS_LIMITS.columns) {
      this.skip(name, where, 'columns', 'column_limit');
      return false;
    }
    if (!this.mayInsert(name, 'columns', after + 1, maxColumns)) {
      this.skip(name, where, 'columns');
      return false;
    }
    return this.attempt(
      name,
      where,
      'columns',
      () => sheet.insertColumnsAfter(after, count),
      () => !this.mayInsert(name, 'columns', after + 1, Number.POSITIVE_INFINITY),
    );
  }

  readOwnMarks(): readonly OwnMark[] {
    if (this.ownMarks) return this.ownMarks;
    const marks: OwnMark[] = [];
    const finder = () => this.spreadsheet.createDeveloperMetadataFinder();
    for (const md of finder().withKey(MARK_KEYS.sheet).find()) {
      const sheet = md.getLocation().getSheet();
      if (!sheet) continue;
      const { value, id } = splitSheetMark(md.getValue() ?? '');
      // A copy of one of the add-on's sheets carries its metadata too: it is the team's.
      if (id !== sheet.getSheetId()) continue;
      marks.push({ sheet: sheet.getName(), place: { on: 'sheet' }, value });
    }
    for (const md of finder().withKey(MARK_KEYS.column).find()) {
      const range = md.getLocation().getColumn();
      if (!range) continue;
      marks.push({
        sheet: range.getSheet().getName(),
        place: { on: 'column', column: range.getColumn() },
        value: md.getValue() ?? '',
      });
    }
    this.ownMarks = marks;
    return marks;
  }

  readRowMarks(name: string): readonly OwnMark[] {
    const marks: OwnMark[] = [];
    for (const md of this.sheet(name).createDeveloperMetadataFinder().withKey(MARK_KEYS.row).find()) {
      const range = md.getLocation().getRow();
      if (range)
        marks.push({ sheet: name, place: { on: 'row', row: range.getRow() }, value: md.getValue() ?? '' });
    }
    return marks;
  }

  addOwnMark(name: string, place: MarkPlace, value: string): void {
    const sheet = this.sheet(name);
    const visibility = SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
    this.ownMarks = null;
    if (place.on === 'sheet') {
      sheet.addDeveloperMetadata(MARK_KEYS.sheet, `${value}@${sheet.getSheetId()}`, visibility);
    } else if (place.on === 'row') {
      sheet.getRange(`${place.row}:${place.row}`).addDeveloperMetadata(MARK_KEYS.row, value, visibility);
    } else {
      const letter = columnLetter(place.column);
      sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(MARK_KEYS.column, value, visibility);
    }
  }

  /**
   * Deletes rows. Sheets refuses to delete every row below the frozen ones ("not possible to
   * delete all non-frozen rows"): when that is asked, one empty row is added at the end first.
   */
  deleteRows(name: string, row: number, count: number): boolean {
    this.sizes.delete(name);
    if (count < 1) return true;
    const where = `${row}:${row + count - 1}`;
    if (!this.mayDelete(name, row, count)) {
      this.skip(name, where, 'rows');
      return false;
    }
    const sheet = this.sheet(name);
    const maxRows = sheet.getMaxRows();
    if (maxRows - count <= sheet.getFrozenRows()) sheet.insertRowsAfter(maxRows, 1);
    return this.attempt(
      name,
      where,
      'rows',
      () => sheet.deleteRows(row, count),
      () => !this.mayDelete(name, row, count),
    );
  }

  setOwnChart(name: string, chart: ChartSpec | null): boolean {
    const sheet = this.sheet(name);
    if (!this.maySetSheet(name)) {
      // A protected sheet takes no chart (and keeps the one it has).
      this.skip(name, chart ? a1Of(chart.values) : 'A1', 'chart');
      return true;
    }
    for (const existing of sheet.getCharts()) {
      const title = existing.getOptions().get('title');
      if (typeof title === 'string' && title.startsWith(OWN_CHART_PREFIX)) sheet.removeChart(existing);
    }
    if (!chart) return true;
    const { labels, values } = chart;
    const built = sheet
      .newChart()
      .asBarChart()
      .setTitle(`${OWN_CHART_PREFIX}${chart.title}`)
      .addRange(sheet.getRange(labels.row, labels.column, labels.numRows, labels.numColumns))
      .addRange(sheet.getRange(values.row, values.column, values.numRows, values.numColumns))
      .setOption('legend', { position: 'none' })
      .setPosition(chart.anchorRow, chart.anchorColumn, 0, 0)
      .build();
    sheet.insertChart(built);
    return true;
  }

  private blockRange(name: string, block: Block): GoogleAppsScript.Spreadsheet.Range {
    const key = `${name}|${block.row}|${block.column}|${block.numRows}|${block.numColumns}`;
    if (this.marksRange?.key === key) return this.marksRange.range;
    const range = this.sheet(name).getRange(block.row, block.column, block.numRows, block.numColumns);
    this.marksRange = { key, range };
    return range;
  }

  readMarks(name: string, block: Block): BlockMarks {
    const range = this.blockRange(name, block);
    return { notes: range.getNotes(), backgrounds: range.getBackgrounds() };
  }

  /**
   * Sets a block's notes and colours: two calls, or two per part the user may write when a
   * protection cuts the block. A protected part is read (only then) to say exactly which of its
   * cells would have changed; one where nothing would is not mentioned.
   */
  writeMarks(name: string, block: Block, marks: BlockMarks): void {
    const notes = marks.notes.map((line) =>
      line.map((n) => (n.length > SHEETS_LIMITS.cellCharacters ? this.fit(n) : n)),
    );
    const backgrounds = marks.backgrounds.map((line) => line.map((b) => (b === '' ? null : b)));
    const { allowed, refused } = this.split(name, block);
    const origin = { row: block.row, column: block.column };
    const sheet = this.sheet(name);
    for (const part of refused) {
      const range = sheet.getRange(part.row, part.column, part.numRows, part.numColumns);
      const nowNotes = range.getNotes();
      const nowColours = range.getBackgrounds();
      const wantNotes = slice(notes, origin, part);
      const wantColours = slice(marks.backgrounds, origin, part);
      for (const cells of selectedBands(wantNotes, part, (n, r, c) => n !== (nowNotes[r]?.[c] ?? '')))
        this.skip(name, cells, 'notes');
      const colourDiffers = (b: string, r: number, c: number) => {
        const now = (nowColours[r]?.[c] ?? '').toLowerCase();
        return (b === '' ? '#ffffff' : b.toLowerCase()) !== (now === '' ? '#ffffff' : now);
      };
      for (const cells of selectedBands(wantColours, part, colourDiffers)) this.skip(name, cells, 'colours');
    }
    for (const part of allowed) {
      const whole = refused.length === 0;
      const range = whole
        ? this.blockRange(name, block)
        : sheet.getRange(part.row, part.column, part.numRows, part.numColumns);
      const stillRefused = () => this.split(name, part).refused.length > 0;
      this.attempt(
        name,
        part,
        'notes',
        () => range.setNotes(whole ? notes : slice(notes, origin, part)),
        stillRefused,
      );
      this.attempt(
        name,
        part,
        'colours',
        () => range.setBackgrounds(whole ? backgrounds : slice(backgrounds, origin, part)),
        stillRefused,
      );
    }
  }

  setBold(name: string, block: Block): void {
    const sheet = this.sheet(name);
    this.writeParts(name, block, 'formats', (part) =>
      sheet.getRange(part.row, part.column, part.numRows, part.numColumns).setFontWeight('bold'),
    );
  }

  setNumberFormat(name: string, block: Block, format: string): void {
    const sheet = this.sheet(name);
    this.writeParts(name, block, 'formats', (part) =>
      sheet.getRange(part.row, part.column, part.numRows, part.numColumns).setNumberFormat(format),
    );
  }

  /**
   * A new sheet; Sheets refuses one that would take the spreadsheet beyond 10 million cells: the
   * operation then stops with that said (its output has nowhere to go).
   */
  private insertSheet(name: string): Sheet {
    try {
      return this.spreadsheet.insertSheet(name);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (CELL_LIMIT_TEXT.test(text)) throw new KefuError('sheet_limit', { sheet: name });
      throw error;
    }
  }

  createSheet(name: string, layout: NewSheetLayout): boolean {
    if (this.spreadsheet.getSheetByName(name)) return false;
    const sheet = this.insertSheet(name);
    this.sheets.set(name, sheet);
    const width = maxOf(
      layout.rows.map((r) => r.length),
      1,
    );
    if (layout.rows.length > 0) {
      const padded = layout.rows.map((r) => [...r, ...Array<WriteValue>(width - r.length).fill(null)]);
      this.writeBlock(name, 1, 1, padded);
      if (layout.boldHeader && layout.frozenRows > 0)
        sheet.getRange(layout.frozenRows, 1, 1, width).setFontWeight('bold');
    }
    if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
    this.setWidths(sheet, layout.widths ?? []);
    const formats = layout.numberFormats ?? [];
    if (formats.some((f) => f !== undefined)) {
      const firstData = layout.frozenRows + 1;
      const count = Math.max(1, sheet.getMaxRows() - firstData + 1);
      const line = Array.from({ length: width }, (_, c) => formats[c] ?? '');
      sheet.getRange(firstData, 1, count, width).setNumberFormats(Array.from({ length: count }, () => line));
    }
    return true;
  }

  /**
   * Empties one of the add-on's sheets: in one call, or, where a protection the user may not edit
   * covers part of it, every part but that one (whose cells in use are recorded: what they hold
   * stays). A protected sheet keeps its frozen rows and widths.
   */
  resetSheet(name: string, look: SheetLook = {}): void {
    this.sizes.delete(name);
    const existing = this.spreadsheet.getSheetByName(name);
    const sheet = existing ?? this.insertSheet(name);
    this.sheets.set(name, sheet);
    if (existing) this.clearSheet(name, existing);
    if (!this.maySetSheet(name)) {
      if (look.frozenRows !== undefined || (look.widths ?? []).length > 0) this.skip(name, '1:1', 'layout');
      return;
    }
    if (look.frozenRows !== undefined) sheet.setFrozenRows(look.frozenRows);
    this.setWidths(sheet, look.widths ?? []);
  }

  private clearSheet(name: string, sheet: Sheet): void {
    const guard = this.guard(name);
    if (!guard) {
      this.attempt(
        name,
        '1:1',
        'clear',
        () => sheet.clear(),
        () => this.guard(name) !== undefined,
      );
      return;
    }
    const used = { row: 1, column: 1, numRows: sheet.getLastRow(), numColumns: sheet.getLastColumn() };
    const all = { row: 1, column: 1, numRows: sheet.getMaxRows(), numColumns: sheet.getMaxColumns() };
    const { allowed, refused } = splitBlock(all, guard);
    for (const part of refused) {
      if (used.numRows < 1 || used.numColumns < 1 || !meets(part, used)) continue;
      // What stays for want of permission: the cells of it holding something (read only here).
      const kept = {
        row: part.row,
        column: part.column,
        numRows: Math.min(lastRowOf(part), lastRowOf(used)) - part.row + 1,
        numColumns: Math.min(lastColumnOf(part), lastColumnOf(used)) - part.column + 1,
      };
      const values = sheet.getRange(kept.row, kept.column, kept.numRows, kept.numColumns).getValues();
      for (const cells of selectedBands(values, kept, (v) => v !== '' && v !== null))
        this.skip(name, cells, 'clear');
    }
    for (const part of allowed) {
      this.attempt(
        name,
        part,
        'clear',
        () => sheet.getRange(part.row, part.column, part.numRows, part.numColumns).clear(),
        () => this.split(name, part).refused.length > 0,
      );
    }
  }

  /** Column widths, consecutive equal widths in one call. */
  private setWidths(sheet: Sheet, widths: readonly (number | undefined)[]): void {
    for (let c = 0; c < widths.length; ) {
      const w = widths[c];
      let end = c + 1;
      while (end < widths.length && widths[end] === w) end++;
      if (w !== undefined) sheet.setColumnWidths(c + 1, end - c, w);
      c = end;
    }
  }

  /**
   * Replaces the add-on's conditional-format rules. Cells a protection keeps from the user are left
   * out of each rule's ranges (a rule may span several: its formula stays relative to the first's
   * top-left cell, the top row of the block) and recorded; a protected sheet keeps its rules.
   */
  setOwnConditionalRules(name: string, rules: readonly ConditionalRule[]): void {
    const sheet = this.sheet(name);
    const maxRows = sheet.getMaxRows();
    const blocks = rules.map((rule) => {
      const { row, column, numColumns } = rule.block;
      return {
        row,
        column,
        numColumns,
        numRows: Math.max(1, Math.min(rule.block.numRows, maxRows - row + 1)),
      };
    });
    if (!this.maySetSheet(name)) {
      for (const block of blocks) this.skip(name, block, 'highlights');
      return;
    }
    const kept = sheet.getConditionalFormatRules().filter((rule) => {
      const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
      return !(typeof formula === 'string' && formula.includes(OWN_RULE_MARKER));
    });
    const built = rules.flatMap((rule, i) => {
      const block = blocks[i] as Rect;
      const { allowed, refused } = this.split(name, block);
      for (const part of refused) this.skip(name, part, 'highlights');
      // The first range starts on the block's top row, so the formula's relative rows hold.
      allowed.sort((a, b) => a.row - b.row || a.column - b.column);
      if (allowed.length === 0) return [];
      let builder = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(rule.formula)
        .setBackground(rule.background)
        .setRanges(
          allowed.map((part) => sheet.getRange(part.row, part.column, part.numRows, part.numColumns)),
        );
      if (rule.fontColor) builder = builder.setFontColor(rule.fontColor);
      return [builder.build()];
    });
    this.attempt(
      name,
      blocks[0] ?? '1:1',
      'highlights',
      () => sheet.setConditionalFormatRules([...kept, ...built]),
      () => blocks.some((b) => this.split(name, b).refused.length > 0),
    );
  }

  setListValidations(name: string, validations: readonly ListValidation[]): ListValidation[] {
    const sheet = this.sheet(name);
    const maxRows = sheet.getMaxRows();
    const applied: ListValidation[] = [];
    for (const v of validations) {
      const numRows = Math.min(v.block.numRows, maxRows - v.block.row + 1);
      if (numRows < 1) continue;
      const range = sheet.getRange(v.block.row, v.block.column, numRows, v.block.numColumns);
      const current = range.getDataValidations().flat();
      const same = (print: string | undefined) =>
        print !== undefined && current.every((dv) => dv === null || isOwnList(dv, print));
      if (current.every((dv) => dv !== null && isOwnList(dv, listPrint(v.values)))) {
        // Already exactly the dropdown it would be (set by an earlier run): nothing to change.
        applied.push(v);
        continue;
      }
      if (current.some((dv) => dv !== null) && !same(v.previous)) continue;
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...v.values], true)
        .setAllowInvalid(true)
        .build();
      const block = { row: v.block.row, column: v.block.column, numRows, numColumns: v.block.numColumns };
      const { allowed } = this.split(name, block);
      if (allowed.length === 0) {
        this.skip(name, block, 'dropdowns');
        continue;
      }
      this.writeParts(name, block, 'dropdowns', (part) =>
        (allowed.length === 1 && part === block
          ? range
          : sheet.getRange(part.row, part.column, part.numRows, part.numColumns)
        ).setDataValidation(rule),
      );
      applied.push(v);
    }
    return applied;
  }

  removeOwnMark(name: string, place: MarkPlace, value: string): void {
    const key =
      place.on === 'sheet' ? MARK_KEYS.sheet : place.on === 'row' ? MARK_KEYS.row : MARK_KEYS.column;
    this.ownMarks = null;
    for (const md of this.sheet(name).createDeveloperMetadataFinder().withKey(key).find()) {
      const location = md.getLocation();
      const at =
        place.on === 'row'
          ? location.getRow()?.getRow() === place.row
          : place.on === 'column'
            ? location.getColumn()?.getColumn() === place.column
            : location.getSheet() !== null;
      const text = md.getValue() ?? '';
      if (at && (place.on === 'sheet' ? splitSheetMark(text).value : text) === value) md.remove();
    }
  }
}

/** A sheet mark's value and the id of the sheet it was set on (`sheet:report@123`). */
function splitSheetMark(text: string): { value: string; id: number | null } {
  const at = text.lastIndexOf('@');
  if (at < 0) return { value: text, id: null };
  const id = Number(text.slice(at + 1));
  return { value: text.slice(0, at), id: Number.isInteger(id) ? id : null };
}

/**
 * True when a validation is exactly a dropdown the add-on sets: a list (whose fingerprint is
 * `print`), warning-only, no help text. A team's strict or explained dropdown never is.
 */
function isOwnList(dv: GoogleAppsScript.Spreadsheet.DataValidation, print: string): boolean {
  if (dv.getCriteriaType() !== SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST) return false;
  if (!dv.getAllowInvalid() || (dv.getHelpText() ?? '') !== '') return false;
  const list = dv.getCriteriaValues()[0];
  return Array.isArray(list) && listPrint(list.map(String)) === print;
}
