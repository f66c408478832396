// A faithful in-memory fake of the SpreadsheetApp services the add-on uses, typed against
// @types/google-apps-script: a member the real service lacks fails to compile (see checks.ts).

import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallCounter, counted } from './counter';

export type Cell = string | number | boolean | Date;

/** Sheets' own error messages, word for word. */
export const SHEETS_ERRORS = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  outOfBounds: 'The coordinates of the range are outside the dimensions of the sheet.',
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  noPermission: (what: string) =>
    `You do not have permission to call ${what}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
  /** A custom function calling a service it may not (developers.google.com/apps-script/guides/sheets/functions). */
  customFunctionPermission: (what: string) => `You do not have permission to call ${what}`,
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  argumentTooLarge: (name: string) => `Argument too large: ${name}`,
  propertyStoreFull:
    'You have exceeded the property storage quota. Please remove some properties and try again.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  tooManyAddonTriggers: (kind: string) =>
    `This add-on has created too many ${kind} triggers in this document for this Google user account.`,
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  invalidTimeZone: (zone: string) => `Invalid argument: ${zone}`,
  metadataRange:
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  /** A write to a protected range or sheet the running user may not edit. */
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  /** Reading or changing a protection's editors without being one (assumed wording). */
  protectionEditors: 'You do not have permission to edit the protected range or sheet.',
  cellTooLong: (limit: number) =>
    `Your input contains more than the maximum of ${limit} characters in a single cell.`,
  tooManyCells: (limit: number) =>
    `This action would increase the number of cells in the workbook above the limit of ${limit} cells.`,
  /** Assumed wording, after the cells' one: Sheets' refusal beyond column ZZZ has not been seen word for word. */
  tooManyColumns: (limit: number) =>
    `This action would increase the number of columns in the sheet above the limit of ${limit} columns.`,
} as const;

/**
 * Apps Script's documented limits, enforced so tests fail where Apps Script would:
 * - properties: 9 KB per value, 500 KB per store
 *   (developers.google.com/apps-script/guides/services/quotas#current_limitations);
 * - cache: keys of at most 250 characters, 100 KB per value
 *   (developers.google.com/apps-script/reference/cache/cache#put(String,String));
 * - triggers: 20 per user per script; an add-on one trigger of each type per user per document
 *   (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
 * Sizes are UTF-8 bytes: a Chinese character takes three.
 */
export const LIMITS = {
  propertyValueBytes: 9 * 1024,
  propertyStoreBytes: 500 * 1024,
  cacheKeyChars: 250,
  cacheValueBytes: 100 * 1024,
  triggersPerUser: 20,
  // Google Sheets (support.google.com/drive/answer/37603): 10 million cells a spreadsheet, 18,278
  // columns (ZZZ) a sheet, 50,000 characters a cell. Notes have no documented limit: not enforced.
  cellCharacters: 50_000,
  cells: 10_000_000,
  columns: 18_278,
} as const;

function bytesOf(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** What AuthMode.NONE allows: building menus (onOpen of an add-on not yet used in the document). */
const ALLOWED_IN_NONE = [
  /^SpreadsheetApp\.getUi$/,
  /^Ui\.(createMenu|createAddonMenu)$/,
  /^Menu\./,
  /^Session\.getActiveUserLocale$/,
  /^ScriptApp\.getInstallationSource$/,
  /^Logger\./,
];
/** What needs AuthMode.FULL: sending mail, fetching URLs, managing triggers. */
const NEEDS_FULL = [
  /^MailApp\.(sendEmail|getRemainingDailyQuota)$/,
  /^UrlFetchApp\./,
  /^ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/,
  /^(ClockTriggerBuilder|SpreadsheetTriggerBuilder)\.create$/,
];

/**
 * What a custom function may call (developers.google.com/apps-script/guides/sheets/functions, "Use
 * Google Apps Script services"): Cache, HTML (made, never shown), Lock, Properties (read), the
 * Spreadsheet service read-only ("can use most get*() methods, but not set*()"), URL Fetch,
 * Utilities, and the logs; the user's locale and the script's zone. Everything else (Ui, menus,
 * toasts, mail, triggers, writes of any kind) fails with "You do not have permission to call …".
 */
const ALLOWED_IN_CUSTOM_FUNCTION = [
  /^(Utilities|CacheService|Cache|LockService|Lock|UrlFetchApp|HTTPResponse|HtmlService|HtmlOutput|Logger)\./,
  /^PropertiesService\./,
  /^Properties\.get/,
  /^Session\.(getActiveUserLocale|getScriptTimeZone|getEffectiveUser|getActiveUser)$/,
  /^User\.getEmail$/,
  /^SpreadsheetApp\.(getActive|getActiveSpreadsheet|getActiveSheet|getActiveRange|new\w+)$/,
  // Builders make values in memory; only applying them to a sheet writes.
  /^(RichTextValueBuilder|ConditionalFormatRuleBuilder|DataValidationBuilder|EmbeddedChartBuilder)\./,
  // The Spreadsheet service's reads.
  /^(Spreadsheet|Sheet|Range|RangeList|DeveloperMetadata|DeveloperMetadataFinder|DeveloperMetadataLocation|Protection|ConditionalFormatRule|BooleanCondition|DataValidation|RichTextValue|EmbeddedChart|ChartOptions|TextFinder)\.(get|is|can|find|with|createDeveloperMetadataFinder|createTextFinder|match)/,
];

/**
 * Authorization modes the fake can simulate: NONE (only menus work, as for add-ons not yet used),
 * LIMITED (simple triggers), CUSTOM_FUNCTION (a formula's call: see ALLOWED_IN_CUSTOM_FUNCTION), FULL.
 */
export type FakeAuthMode = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

const DEFAULT_BACKGROUND = '#ffffff';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** What Sheets made of typed text: its value, its formula, and the number format it chose. */
interface Interpreted {
  readonly value: Cell;
  readonly formula: string;
  /** The format Sheets gives a cell whose format is automatic when it reads a number or date. */
  readonly format?: string;
}

/** A wall-clock time in the spreadsheet's zone as the instant Apps Script returns for it. */
function wallDate(timeZone: string, y: number, mo: number, d: number, h = 0, mi = 0, sec = 0): Date {
  return new Date(wallToInstant(Date.UTC(y, mo - 1, d, h, mi, sec), timeZone));
}

/**
 * How Sheets turns typed text into a value (what setValue does with a string, as typing does) in a
 * zh_CN spreadsheet: numbers (1,234, 1e3), TRUE/FALSE, percentages (50% is 0.5), amounts in yuan
 * (¥50 and ￥50 are the number 50 with a currency format), dates (2026-11-05, 2026/11/5,
 * 2026年11月5日, each with an optional time) and times alone (14:30 is day 0 of Sheets' serial
 * numbers, 1899-12-30, at 14:30 in the spreadsheet's zone: developers.google.com/sheets/api/
 * reference/rest/v4/DateTimeRenderOption). A leading apostrophe keeps text as text. Anything else
 * stays text. The formats are the fake's stand-ins for what Sheets shows.
 */
function interpretInput(text: string, timeZone: string, locale = 'zh_CN'): Interpreted {
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: evaluateFormula(text), formula: text };
  const trimmed = text.trim();
  const number = /^[+-]?(\d{1,3}(,\d{3})+(\.\d*)?|\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  if (number.test(trimmed)) return { value: Number(trimmed.replace(/,/g, '')), formula: '' };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: '' };
  const percent = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/.exec(trimmed);
  if (percent) {
    const decimals = (percent[1] ?? '').split('.')[1]?.length ?? 0;
    return {
      value: Number(percent[1]) / 100,
      formula: '',
      format: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%',
    };
  }
  const chinese = locale.toLowerCase().startsWith('zh');
  const yuan = /^([+-]?)[¥￥]\s*([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+\.?\d*)$/.exec(trimmed);
  if (yuan && chinese && !(yuan[1] && yuan[2])) {
    const value = Number(`${yuan[1] || yuan[2]}${(yuan[3] ?? '').replace(/,/g, '')}`);
    return { value, formula: '', format: '[$¥-804]#,##0.00' };
  }
  const time = '(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
  const date =
    new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${time}$`).exec(trimmed) ??
    new RegExp(`^(\\d{4})/(\\d{1,2})/(\\d{1,2})${time}$`).exec(trimmed) ??
    (chinese ? new RegExp(`^(\\d{4})年(\\d{1,2})月(\\d{1,2})日${time}$`).exec(trimmed) : null);
  if (date) {
    const [y, mo, d, h, mi, sec] = date.slice(1).map((part) => Number(part ?? 0));
    const valid = (mo ?? 0) >= 1 && (mo ?? 0) <= 12 && (d ?? 0) >= 1 && (d ?? 0) <= 31 && (h ?? 0) < 24;
    if (valid) {
      const withTime = date[4] !== undefined;
      return {
        value: wallDate(timeZone, y ?? 0, mo ?? 1, d ?? 1, h, mi, sec),
        formula: '',
        format: withTime ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd',
      };
    }
  }
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  if (clock && Number(clock[1]) < 24 && Number(clock[2]) < 60) {
    // A time alone is day 0 of the serial numbers: Apps Script returns 1899-12-30 at that time.
    const [h, mi, sec] = clock.slice(1).map((part) => Number(part ?? 0));
    return { value: wallDate(timeZone, 1899, 12, 30, h, mi, sec), formula: '', format: 'hh:mm' };
  }
  return { value: text, formula: '' };
}

/** The fake evaluates only what the add-on writes: HYPERLINK shows its label; anything else is '#NAME?'. */
function evaluateFormula(formula: string): Cell {
  const link = /^=HYPERLINK\("(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\)$/i.exec(formula);
  if (link) return (link[1] ?? '').replace(/""/g, '"');
  return '#NAME?';
}

/** Google's servers' own zone data: captured at load, so a test can take Intl's away from the add-on. */
const ServerDateTimeFormat = Intl.DateTimeFormat;

function offsetMs(instant: number, timeZone: string): number {
  const parts = new ServerDateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return (
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant
  );
}

function wallToInstant(wall: number, timeZone: string): number {
  const first = wall - offsetMs(wall, timeZone);
  return wall - offsetMs(first, timeZone);
}

/** The text Sheets shows for a value with the default formats. */
function displayOf(value: Cell, timeZone: string): string {
  if (value instanceof Date) {
    const wall = new Date(value.getTime() + offsetMs(value.getTime(), timeZone));
    const day = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
    const hasTime = wall.getUTCHours() + wall.getUTCMinutes() + wall.getUTCSeconds() > 0;
    return hasTime
      ? `${day} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`
      : day;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** One piece of developer metadata: where it sits (a row or column index is 1-based) and what it says. */
export interface MetadataModel {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: string;
  type: 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
  /** The row or column, for ROW and COLUMN. */
  index: number;
}

/** A rectangle of cells, 1-based. */
interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function rectsMeet(a: Rect, b: Rect): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.column <= b.column + b.numColumns - 1 &&
    b.column <= a.column + a.numColumns - 1
  );
}

/** Whether every cell of `r` lies in one of `cover` (checked on the grid their edges make). */
function coveredBy(r: Rect, cover: readonly Rect[]): boolean {
  const inside = cover.filter((c) => rectsMeet(c, r));
  const cuts = (first: number, size: number, edges: number[]) =>
    [...new Set([first, ...edges.filter((e) => e > first && e < first + size)])].sort((a, b) => a - b);
  const rows = cuts(
    r.row,
    r.numRows,
    inside.flatMap((c) => [c.row, c.row + c.numRows]),
  );
  const columns = cuts(
    r.column,
    r.numColumns,
    inside.flatMap((c) => [c.column, c.column + c.numColumns]),
  );
  return rows.every((row) =>
    columns.every((column) => inside.some((c) => rectsMeet(c, { row, column, numRows: 1, numColumns: 1 }))),
  );
}

/**
 * A protected range or sheet (Data › Protect sheets and ranges), as Sheets keeps it: its cells move
 * as rows and columns are inserted or deleted around it; whole rows (5:5) or columns (C:C) reach
 * however far the sheet does.
 */
export interface ProtectionModel {
  readonly id: number;
  readonly type: 'RANGE' | 'SHEET';
  /** The cells (for a sheet: all of it; `wholeRows`/`wholeColumns` reach the sheet's edge). */
  rect: Rect;
  wholeRows: boolean;
  wholeColumns: boolean;
  /**
   * Who may edit besides the owner; null: as on the spreadsheet itself, until a script changes the
   * editors (developers.google.com/apps-script/reference/spreadsheet/range#protect()).
   */
  editors: Set<string> | null;
  warningOnly: boolean;
  description: string;
  /** A protected sheet's unprotected ranges. */
  unprotected: Rect[];
}

/** One sheet's state: the model tests set up and inspect directly. */
export class SheetModel {
  readonly values: Cell[][] = [];
  readonly formulas: string[][] = [];
  readonly notes: string[][] = [];
  readonly backgrounds: string[][] = [];
  readonly formats: string[][] = [];
  readonly fontWeights: string[][] = [];
  readonly validations: (FakeDataValidation | null)[][] = [];
  readonly richTexts: (FakeRichTextValue | null)[][] = [];
  readonly columnWidths = new Map<number, number>();
  conditionalRules: FakeConditionalFormatRule[] = [];
  charts: FakeEmbeddedChart[] = [];
  /** Merged ranges, 1-based: the team's layout (the add-on reads them, never changes them). */
  readonly merges: { row: number; column: number; numRows: number; numColumns: number }[] = [];
  /** Protected ranges and the sheet's own protection (see FakeWorkbook.protectRange/protectSheet). */
  readonly protections: ProtectionModel[] = [];
  frozenRows = 0;
  /**
   * Developer metadata on this sheet, its rows and its columns. Row and column metadata moves with
   * its row or column as rows and columns are inserted, and is deleted with it (as in Sheets).
   */
  readonly metadata: MetadataModel[] = [];
  /** Test-only: formulas rewritten by find-and-replace (each one Sheets would recalculate). */
  formulaRewrites = 0;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    public name: string,
    readonly id: number,
  ) {}

  private static at<T>(grid: T[][], row: number, column: number, blank: T): T {
    return grid[row - 1]?.[column - 1] ?? blank;
  }

  private static put<T>(grid: T[][], row: number, column: number, value: T): void {
    let line = grid[row - 1];
    if (!line) {
      line = [];
      grid[row - 1] = line;
    }
    line[column - 1] = value;
  }

  value(row: number, column: number): Cell {
    return SheetModel.at(this.values, row, column, '' as Cell);
  }
  note(row: number, column: number): string {
    return SheetModel.at(this.notes, row, column, '');
  }
  background(row: number, column: number): string {
    return SheetModel.at(this.backgrounds, row, column, DEFAULT_BACKGROUND);
  }
  format(row: number, column: number): string {
    return SheetModel.at(this.formats, row, column, '');
  }
  formula(row: number, column: number): string {
    return SheetModel.at(this.formulas, row, column, '');
  }
  fontWeight(row: number, column: number): string {
    return SheetModel.at(this.fontWeights, row, column, 'normal');
  }
  validation(row: number, column: number): FakeDataValidation | null {
    return SheetModel.at(this.validations, row, column, null);
  }
  richText(row: number, column: number): FakeRichTextValue | null {
    return SheetModel.at(this.richTexts, row, column, null);
  }
  setRichText(row: number, column: number, value: FakeRichTextValue | null): void {
    this.grow(row, column);
    SheetModel.put(this.richTexts, row, column, value);
  }

  private grids(): unknown[][][] {
    return [
      this.values,
      this.formulas,
      this.notes,
      this.backgrounds,
      this.formats,
      this.fontWeights,
      this.validations,
      this.richTexts,
    ] as unknown[][][];
  }

  /** Inserts empty rows before a row: everything below moves down, as in Sheets. */
  insertRows(before: number, count: number): void {
    for (const grid of this.grids()) {
      if (grid.length >= before) grid.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
    }
    for (const m of this.metadata) if (m.type === 'ROW' && m.index >= before) m.index += count;
    for (const merge of this.merges) if (merge.row >= before) merge.row += count;
    for (const p of this.protections) {
      if (p.wholeColumns && p.rect.row >= before) p.rect.row += count;
      for (const r of [...(p.wholeColumns ? [] : [p.rect]), ...p.unprotected]) {
        if (r.row >= before) r.row += count;
        else if (before <= r.row + r.numRows - 1) r.numRows += count;
      }
    }
    this.maxRows += count;
  }

  /** Inserts empty columns before a column: everything right of it moves right, as in Sheets. */
  insertColumns(before: number, count: number): void {
    for (const grid of this.grids()) {
      for (const line of grid) {
        if (line && line.length >= before)
          line.splice(before - 1, 0, ...Array.from({ length: count }, () => undefined));
      }
    }
    for (const merge of this.merges) if (merge.column >= before) merge.column += count;
    for (const m of this.metadata) if (m.type === 'COLUMN' && m.index >= before) m.index += count;
    for (const p of this.protections) {
      if (p.wholeRows && p.rect.column >= before) p.rect.column += count;
      for (const r of [...(p.wholeRows ? [] : [p.rect]), ...p.unprotected]) {
        if (r.column >= before) r.column += count;
        else if (before <= r.column + r.numColumns - 1) r.numColumns += count;
      }
    }
    this.maxColumns += count;
  }

  /** Deletes rows: everything below moves up, as in Sheets. */
  deleteRows(row: number, count: number): void {
    for (const grid of this.grids()) grid.splice(row - 1, count);
    for (let i = this.metadata.length - 1; i >= 0; i--) {
      const m = this.metadata[i] as MetadataModel;
      if (m.type !== 'ROW' || m.index < row) continue;
      if (m.index < row + count) this.metadata.splice(i, 1);
      else m.index -= count;
    }
    // A protected range loses its deleted rows; one with none left goes.
    for (let i = this.protections.length - 1; i >= 0; i--) {
      const p = this.protections[i] as ProtectionModel;
      if (p.wholeColumns) continue;
      const r = p.rect;
      const kept = Math.max(0, row - r.row) + Math.max(0, r.row + r.numRows - (row + count));
      if (kept === 0 && p.type === 'RANGE') this.protections.splice(i, 1);
      else {
        r.row = r.row < row ? r.row : Math.max(row, r.row - count);
        r.numRows = Math.max(1, kept);
      }
    }
    this.maxRows -= count;
  }

  /** A protection's cells as they stand (whole rows and columns reach the sheet's edge). */
  extent(p: ProtectionModel): Rect {
    return {
      row: p.rect.row,
      column: p.rect.column,
      numRows: p.wholeColumns ? this.maxRows - p.rect.row + 1 : p.rect.numRows,
      numColumns: p.wholeRows ? this.maxColumns - p.rect.column + 1 : p.rect.numColumns,
    };
  }

  setRaw(row: number, column: number, value: Cell, formula = ''): void {
    this.grow(row, column);
    SheetModel.put(this.values, row, column, value instanceof Date ? new Date(value.getTime()) : value);
    SheetModel.put(this.formulas, row, column, formula);
  }
  /**
   * Merges a block as Sheets' "Merge cells" does: the top-left value stays, the others are cleared.
   * Test set-up only (the add-on never merges).
   */
  merge(row: number, column: number, numRows: number, numColumns: number): void {
    for (let r = row; r < row + numRows; r++) {
      for (let c = column; c < column + numColumns; c++) if (r !== row || c !== column) this.setRaw(r, c, '');
    }
    this.merges.push({ row, column, numRows, numColumns });
  }

  setNote(row: number, column: number, note: string): void {
    this.grow(row, column);
    SheetModel.put(this.notes, row, column, note);
  }
  setBackground(row: number, column: number, color: string): void {
    this.grow(row, column);
    SheetModel.put(this.backgrounds, row, column, color.toLowerCase());
  }
  setFormat(row: number, column: number, format: string): void {
    this.grow(row, column);
    SheetModel.put(this.formats, row, column, format);
  }
  setFontWeight(row: number, column: number, weight: string): void {
    SheetModel.put(this.fontWeights, row, column, weight);
  }
  setValidation(row: number, column: number, rule: FakeDataValidation | null): void {
    SheetModel.put(this.validations, row, column, rule);
  }

  private grow(row: number, column: number): void {
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
  }

  /** Last row and column holding a value (notes and colours do not count, as in Sheets). */
  lastRow(): number {
    for (let r = this.values.length; r >= 1; r--) {
      const line = this.values[r - 1];
      if (line?.some((v) => v !== '' && v !== undefined)) return r;
    }
    return 0;
  }
  lastColumn(): number {
    let last = 0;
    for (const line of this.values) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        const v = line[c - 1];
        if (v !== '' && v !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Every value as a plain grid (rows 1..lastRow, columns 1..lastColumn), for assertions. */
  snapshotValues(): Cell[][] {
    const rows = this.lastRow();
    const columns = this.lastColumn();
    const out: Cell[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: Cell[] = [];
      for (let c = 1; c <= columns; c++) {
        const v = this.value(r, c);
        line.push(v instanceof Date ? new Date(v.getTime()) : v);
      }
      out.push(line);
    }
    return out;
  }

  clearAll(): void {
    for (const grid of this.grids()) grid.length = 0;
  }
}

/** The whole fake: the spreadsheet's state, the services, and the call counter. */
export class FakeWorkbook {
  readonly counter = new CallCounter();
  readonly sheets: SheetModel[] = [];
  readonly toasts: Array<{ message: string; title: string }> = [];
  readonly alerts: string[] = [];
  /** Answers `Ui.prompt` will give, in order; empty: the user cancels. */
  readonly promptAnswers: string[] = [];
  /** Buttons `Ui.alert` with YES_NO will answer, in order ('YES' or 'NO'); empty: NO. */
  readonly alertAnswers: string[] = [];
  readonly menus: FakeMenu[] = [];
  readonly sidebars: unknown[] = [];
  readonly dialogs: Array<{ title: string; content: unknown }> = [];
  readonly documentProperties = new Map<string, string>();
  readonly scriptProperties = new Map<string, string>();
  /** The Google account running the add-on: its triggers span every document it uses it in. */
  user = new FakeUser();
  /**
   * The spreadsheet's owner, who may edit under every protection; null: the running user owns it.
   * Tests of protections make someone else the owner (a supervisor) and run as an agent.
   */
  owner: string | null = null;
  private nextProtectionId = 1;
  /**
   * Whether ScriptApp.getUserTriggers(spreadsheet) lists the user's clock triggers made in this
   * document too. By default it does not (the strict reading: a clock trigger's source is CLOCK,
   * not the spreadsheet, so only the spreadsheet's own triggers are listed); set it to model an
   * Apps Script that does.
   */
  userTriggersListClock = false;
  /** The spreadsheet's id: two fake workbooks sharing a user are two documents. */
  id = 'fake-spreadsheet-id';
  /** When set, CacheService.put fails with this message (a cache that refuses writes). */
  cacheFailure: string | null = null;
  /** Whether the user still has to grant the add-on's permissions (getAuthorizationInfo). */
  authorizationRequired = false;
  /** Requests UrlFetchApp sent, in order. */
  readonly fetched: FakeHttpRequest[] = [];
  /** How the network answers (default: a robot that accepts everything). */
  httpHandler: FakeHttpHandler = () => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
  /** URL prefixes UrlFetchApp may reach: the manifest's urlFetchWhitelist. */
  urlAllowlist: string[] = manifestAllowlist();
  readonly logs: string[] = [];
  readonly mails: Array<{ to: string; subject: string; body: string }> = [];
  /** The document cache: value and expiry (ms since the epoch, on the fake's clock). */
  readonly documentCache = new Map<string, { value: string; expires: number }>();
  /** Where HtmlService.createHtmlOutputFromFile finds its files (dist/ for the built sidebar). */
  htmlDir = '';
  mailQuota = 100;
  authMode: FakeAuthMode = 'FULL';
  installationSource: 'NONE' | 'WEB_STORE_ADD_ON' = 'NONE';
  /** Whether another process holds the document lock (tryLock then fails). */
  lockHeldElsewhere = false;
  activeSheetName = '';
  activeRangeA1 = '';
  /** Developer metadata on the spreadsheet itself (the sheets keep theirs). */
  readonly metadata: MetadataModel[] = [];
  private nextMetadataId = 1;
  private nextSheetId = 0;

  constructor(
    public timeZone = 'Asia/Shanghai',
    public locale = 'zh_CN',
    public userLocale = 'zh-CN',
  ) {}

  addSheet(name: string, rows: Cell[][] = []): SheetModel {
    if (this.sheets.some((s) => s.name === name)) throw new Error(SHEETS_ERRORS.sheetExists(name));
    const sheet = new SheetModel(name, this.nextSheetId++ === 0 ? 0 : 100_000 + this.nextSheetId);
    rows.forEach((line, r) => {
      line.forEach((v, c) => {
        sheet.setRaw(r + 1, c + 1, v);
      });
    });
    this.sheets.push(sheet);
    if (!this.activeSheetName) this.activeSheetName = name;
    return sheet;
  }

  /** A new piece of developer metadata (ids are unique in the spreadsheet, as in Sheets). */
  newMetadata(
    key: string,
    value: string | null,
    visibility: string,
    type: MetadataModel['type'],
    index = 0,
  ): MetadataModel {
    return { id: this.nextMetadataId++, key, value, visibility, type, index };
  }

  /** Every piece of developer metadata with the sheet it sits on (null: on the spreadsheet). */
  allMetadata(): { model: MetadataModel; sheet: SheetModel | null }[] {
    return [
      ...this.metadata.map((model) => ({ model, sheet: null })),
      ...this.sheets.flatMap((sheet) => sheet.metadata.map((model) => ({ model, sheet }))),
    ];
  }

  sheet(name: string): SheetModel {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /**
   * Text as a user types it into a cell (and as a script's setValue writes a string): read as Sheets
   * reads it in this spreadsheet's locale and zone (see interpretInput), unless the cell is formatted
   * as plain text (@). A number or date found gives a cell of automatic format Sheets' format for it.
   */
  typeInto(sheet: SheetModel | string, row: number, column: number, text: string): void {
    const model = typeof sheet === 'string' ? this.sheet(sheet) : sheet;
    if (model.format(row, column) === '@') {
      model.setRaw(row, column, text);
      return;
    }
    const { value, formula, format } = interpretInput(text, this.timeZone, this.locale);
    model.setRaw(row, column, value, formula);
    if (format && model.format(row, column) === '') model.setFormat(row, column, format);
  }

  /**
   * Whether the running user may edit under a protection (developers.google.com/apps-script/
   * reference/spreadsheet/protection#canEdit()): the owner always may, so may its editors; a
   * warning-only protection lets every editor of the spreadsheet through, a script without asking
   * (developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange:
   * "every user can edit data in the protected range, except editing will prompt a warning").
   */
  canEditProtection(p: ProtectionModel): boolean {
    const me = this.user.email;
    if (this.owner === null || me === this.owner || p.warningOnly) return true;
    return p.editors === null || p.editors.has(me);
  }

  /** The protections of a sheet that stop the running user. */
  private stopping(model: SheetModel): ProtectionModel[] {
    return model.protections.filter((p) => !this.canEditProtection(p));
  }

  /** Throws Sheets' refusal unless the running user may edit every cell of `rect`. */
  checkCells(model: SheetModel, rect: Rect): void {
    for (const p of this.stopping(model)) {
      const stops = p.type === 'RANGE' ? rectsMeet(model.extent(p), rect) : !coveredBy(rect, p.unprotected);
      if (stops) throw new Error(SHEETS_ERRORS.protectedCell);
    }
  }

  /** Throws unless the running user may change the sheet itself (frozen rows, widths, charts, its name, its rules). */
  checkSheet(model: SheetModel): void {
    if (this.stopping(model).some((p) => p.type === 'SHEET')) throw new Error(SHEETS_ERRORS.protectedCell);
  }

  /**
   * Throws unless the running user may insert rows (or columns) before `before`: not in a protected
   * sheet, nor inside a protected range (it would grow); before one, or after the sheet's last, yes.
   */
  checkInsert(model: SheetModel, dimension: 'rows' | 'columns', before: number): void {
    this.checkSheet(model);
    for (const p of this.stopping(model)) {
      const r = model.extent(p);
      const [first, size] = dimension === 'rows' ? [r.row, r.numRows] : [r.column, r.numColumns];
      const edge = dimension === 'rows' ? model.maxRows : model.maxColumns;
      if (first < before && before <= Math.min(first + size - 1, edge))
        throw new Error(SHEETS_ERRORS.protectedCell);
    }
  }

  /** Throws unless the running user may delete these rows: none protected. */
  checkDeleteRows(model: SheetModel, row: number, count: number): void {
    this.checkSheet(model);
    const rows = { row, column: 1, numRows: count, numColumns: model.maxColumns };
    for (const p of this.stopping(model)) {
      if (rectsMeet(model.extent(p), rows)) throw new Error(SHEETS_ERRORS.protectedCell);
    }
  }

  /** Every cell of every sheet's grid (Sheets counts empty ones too). */
  cellCount(): number {
    let cells = 0;
    for (const sheet of this.sheets) cells += sheet.maxRows * sheet.maxColumns;
    return cells;
  }

  /** Throws as Sheets does when `added` more cells would pass 10 million. */
  checkCellLimit(added: number): void {
    if (this.cellCount() + added > LIMITS.cells) throw new Error(SHEETS_ERRORS.tooManyCells(LIMITS.cells));
  }

  /** A new protection of a sheet's cells, as its owner (or the running user) makes it. */
  newProtection(
    model: SheetModel,
    type: 'RANGE' | 'SHEET',
    rect: Rect,
    whole: { rows?: boolean; columns?: boolean } = {},
  ): ProtectionModel {
    const protection: ProtectionModel = {
      id: this.nextProtectionId++,
      type,
      rect: { ...rect },
      wholeRows: whole.rows ?? false,
      wholeColumns: whole.columns ?? false,
      editors: null,
      warningOnly: false,
      description: '',
      unprotected: [],
    };
    model.protections.push(protection);
    return protection;
  }

  /**
   * Test set-up: a range protected as the owner protects it in Data › Protect sheets and ranges
   * ("Only you", unless `editors` are named; `warningOnly`: "Show a warning when editing this
   * range"). `a1` may be a block (C2:C40), whole columns (C:C) or whole rows (1:1).
   */
  protectRange(
    sheet: string,
    a1: string,
    options: { editors?: readonly string[]; warningOnly?: boolean; description?: string } = {},
  ): ProtectionModel {
    const model = this.sheet(sheet);
    const { rect, wholeRows, wholeColumns } = parseRangeA1(a1, model);
    const p = this.newProtection(model, 'RANGE', rect, { rows: wholeRows, columns: wholeColumns });
    p.editors = new Set(options.editors ?? []);
    p.warningOnly = options.warningOnly ?? false;
    p.description = options.description ?? '';
    return p;
  }

  /** Test set-up: a whole sheet protected as the owner protects it, but for the ranges in `except`. */
  protectSheet(
    sheet: string,
    options: { except?: readonly string[]; editors?: readonly string[]; warningOnly?: boolean } = {},
  ): ProtectionModel {
    const model = this.sheet(sheet);
    const all = { row: 1, column: 1, numRows: model.maxRows, numColumns: model.maxColumns };
    const p = this.newProtection(model, 'SHEET', all, { rows: true, columns: true });
    p.editors = new Set(options.editors ?? []);
    p.warningOnly = options.warningOnly ?? false;
    p.unprotected = (options.except ?? []).map((a1) => parseRangeA1(a1, model).rect);
    return p;
  }

  /** Runs a body as Sheets runs a custom function's formula: in AuthMode.CUSTOM_FUNCTION. */
  customFunction<T>(body: () => T): T {
    const before = this.authMode;
    this.authMode = 'CUSTOM_FUNCTION';
    try {
      return body();
    } finally {
      this.authMode = before;
    }
  }

  /** Runs a body as a simple trigger runs (onEdit, onOpen): in AuthMode.LIMITED. */
  simpleTrigger<T>(body: () => T): T {
    const before = this.authMode;
    this.authMode = 'LIMITED';
    try {
      return body();
    } finally {
      this.authMode = before;
    }
  }

  /**
   * A Google Form submission as Sheets records it: a row appended after the sheet's last row, the
   * timestamp (a Date, `at`) in column A and the answers after it; then each form-submit trigger
   * of this document runs, in AuthMode.FULL, with a SheetsOnFormSubmit event whose range is the
   * new row (values as displayed, namedValues by the headers of row 1, as Forms writes them).
   * `handler` finds a trigger's function by name: a test module's export, or a vm context running
   * dist/Code.js. No trigger, no call (a submission fires no onEdit either). Returns the new row.
   */
  submitForm(
    sheetName: string,
    answers: readonly Cell[],
    handler: (name: string) => unknown,
    at: Date = new Date(),
  ): number {
    const model = this.sheet(sheetName);
    const row = model.lastRow() + 1;
    const line: Cell[] = [new Date(at.getTime()), ...answers];
    line.forEach((value, i) => {
      model.setRaw(row, i + 1, value);
    });
    const values = line.map((value) => displayOf(value, this.timeZone));
    const namedValues: Record<string, string[]> = {};
    values.forEach((value, i) => {
      const header = displayOf(model.value(1, i + 1), this.timeZone);
      namedValues[header] = [...(namedValues[header] ?? []), value];
    });
    for (const trigger of this.triggers.filter((t) => t.kind === 'ON_FORM_SUBMIT')) {
      const run = handler(trigger.getHandlerFunction());
      if (typeof run !== 'function') {
        throw new Error(`Script function not found: ${trigger.getHandlerFunction()}`);
      }
      const event: GoogleAppsScript.Events.SheetsOnFormSubmit = {
        authMode: 'FULL' as unknown as GoogleAppsScript.Script.AuthMode,
        triggerUid: trigger.getUniqueId(),
        user: this.wrap(
          new FakeUserIdentity(this.user.email),
          'User',
        ) as unknown as GoogleAppsScript.Base.User,
        range: this.wrap(
          new FakeRange(this, model, row, 1, 1, line.length),
          'Range',
        ) as unknown as GoogleAppsScript.Spreadsheet.Range,
        values,
        namedValues,
      };
      const before = this.authMode;
      this.authMode = 'FULL';
      try {
        run(event);
      } finally {
        this.authMode = before;
      }
    }
    return row;
  }

  /** The user's triggers in this document. */
  get triggers(): FakeTrigger[] {
    return this.user.triggers.filter((t) => t.document === this.id);
  }

  /**
   * Refuses a call the authorization mode does not allow, as Apps Script does
   * (developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization-modes):
   * in NONE only menus and the user's locale; in LIMITED (simple triggers) the current document,
   * properties, cache and lock, but no mail, no URL fetch and no triggers.
   */
  checkAuth(name: string): void {
    if (this.authMode === 'FULL') return;
    if (this.authMode === 'CUSTOM_FUNCTION') {
      if (!ALLOWED_IN_CUSTOM_FUNCTION.some((p) => p.test(name))) {
        throw new Error(SHEETS_ERRORS.customFunctionPermission(name));
      }
      return;
    }
    if (this.authMode === 'NONE' && !ALLOWED_IN_NONE.some((p) => p.test(name))) {
      throw new Error(SHEETS_ERRORS.noPermission(name));
    }
    if (this.authMode === 'LIMITED' && NEEDS_FULL.some((p) => p.test(name))) {
      throw new Error(SHEETS_ERRORS.noPermission(name));
    }
  }

  wrap<T extends object>(obj: T, className: string): T {
    return counted(obj, className, this.counter, (name) => this.checkAuth(name));
  }

  /** The global services, typed as Apps Script's, for vi.stubGlobal or a vm context. */
  globals(): FakeGlobals {
    return {
      SpreadsheetApp: this.wrap(
        new FakeSpreadsheetApp(this),
        'SpreadsheetApp',
      ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      PropertiesService: this.wrap(
        new FakePropertiesService(this),
        'PropertiesService',
      ) as unknown as GoogleAppsScript.Properties.PropertiesService,
      LockService: this.wrap(
        new FakeLockService(this),
        'LockService',
      ) as unknown as GoogleAppsScript.Lock.LockService,
      ScriptApp: this.wrap(
        new FakeScriptApp(this),
        'ScriptApp',
      ) as unknown as GoogleAppsScript.Script.ScriptApp,
      Session: this.wrap(new FakeSession(this), 'Session') as unknown as GoogleAppsScript.Base.Session,
      Logger: this.wrap(new FakeLogger(this), 'Logger') as unknown as GoogleAppsScript.Base.Logger,
      MailApp: this.wrap(new FakeMailApp(this), 'MailApp') as unknown as GoogleAppsScript.Mail.MailApp,
      HtmlService: this.wrap(
        new FakeHtmlService(this),
        'HtmlService',
      ) as unknown as GoogleAppsScript.HTML.HtmlService,
      CacheService: this.wrap(
        new FakeCacheService(this),
        'CacheService',
      ) as unknown as GoogleAppsScript.Cache.CacheService,
      Utilities: this.wrap(
        new FakeUtilities(),
        'Utilities',
      ) as unknown as GoogleAppsScript.Utilities.Utilities,
      UrlFetchApp: this.wrap(
        new FakeUrlFetchApp(this),
        'UrlFetchApp',
      ) as unknown as GoogleAppsScript.URL_Fetch.UrlFetchApp,
    };
  }
}

export interface FakeGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Logger: GoogleAppsScript.Base.Logger;
  MailApp: GoogleAppsScript.Mail.MailApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
}

// ---------------------------------------------------------------------------------------------
// SpreadsheetApp

export class FakeSpreadsheetApp {
  readonly AutoFillSeries = {};
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };
  readonly DataValidationCriteria = { VALUE_IN_LIST: 'VALUE_IN_LIST', VALUE_IN_RANGE: 'VALUE_IN_RANGE' };
  readonly DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' };
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' };
  readonly DeveloperMetadataLocationType = {
    SPREADSHEET: 'SPREADSHEET',
    SHEET: 'SHEET',
    ROW: 'ROW',
    COLUMN: 'COLUMN',
  };

  constructor(private readonly wb: FakeWorkbook) {}

  getActive(): FakeSpreadsheet {
    return this.wb.wrap(new FakeSpreadsheet(this.wb), 'Spreadsheet');
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.wb.wrap(new FakeSpreadsheet(this.wb), 'Spreadsheet');
  }
  getUi(): FakeUi {
    return this.wb.wrap(new FakeUi(this.wb), 'Ui');
  }
  flush(): void {}
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return this.wb.wrap(new FakeConditionalFormatRuleBuilder(this.wb), 'ConditionalFormatRuleBuilder');
  }
  newDataValidation(): FakeDataValidationBuilder {
    return this.wb.wrap(new FakeDataValidationBuilder(this.wb), 'DataValidationBuilder');
  }
  newRichTextValue(): FakeRichTextValueBuilder {
    return this.wb.wrap(new FakeRichTextValueBuilder(this.wb), 'RichTextValueBuilder');
  }
}

export class FakeSpreadsheet {
  constructor(private readonly wb: FakeWorkbook) {}

  getId(): string {
    return this.wb.id;
  }
  getName(): string {
    return '客服台账';
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  /**
   * Changes the spreadsheet's zone. Sheets keeps date-times as wall-clock serial numbers, so every
   * cell keeps what it shows and now means that time in the new zone (Apps Script then returns
   * a different instant for it).
   */
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      new ServerDateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw new Error(SHEETS_ERRORS.invalidTimeZone(timezone));
    }
    const before = this.wb.timeZone;
    for (const sheet of this.wb.sheets) {
      for (const line of sheet.values) {
        if (!line) continue;
        line.forEach((value, c) => {
          if (value instanceof Date) {
            const wall = value.getTime() + offsetMs(value.getTime(), before);
            line[c] = new Date(wallToInstant(wall, timezone));
          }
        });
      }
    }
    this.wb.timeZone = timezone;
  }
  createTextFinder(findText: string): FakeTextFinder {
    return this.wb.wrap(new FakeTextFinder(this.wb, findText), 'TextFinder');
  }
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }
  getSheets(): FakeSheet[] {
    return this.wb.sheets.map((s) => this.wb.wrap(new FakeSheet(this.wb, s), 'Sheet'));
  }
  getSheetByName(name: string): FakeSheet | null {
    const model = this.wb.sheets.find((s) => s.name === name);
    return model ? this.wb.wrap(new FakeSheet(this.wb, model), 'Sheet') : null;
  }
  getActiveSheet(): FakeSheet {
    const model = this.wb.sheets.find((s) => s.name === this.wb.activeSheetName) ?? this.wb.sheets[0];
    if (!model) throw new Error('no sheets');
    return this.wb.wrap(new FakeSheet(this.wb, model), 'Sheet');
  }
  /** A new sheet of 1,000 rows and 26 columns: refused when that passes 10 million cells. */
  insertSheet(sheetName?: string): FakeSheet {
    const name = sheetName ?? `Sheet${this.wb.sheets.length + 1}`;
    this.wb.checkCellLimit(1000 * 26);
    const model = this.wb.addSheet(name);
    return this.wb.wrap(new FakeSheet(this.wb, model), 'Sheet');
  }
  toast(msg: string, title?: string): void {
    this.wb.toasts.push({ message: msg, title: title ?? '' });
  }
  /** Every protected range (RANGE) or protected sheet (SHEET) of the spreadsheet, editable or not. */
  getProtections(type: unknown): FakeProtection[] {
    return this.wb.sheets.flatMap((model) =>
      model.protections
        .filter((p) => p.type === String(type))
        .map((p) => this.wb.wrap(new FakeProtection(this.wb, model, p), 'Protection')),
    );
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: unknown): FakeSpreadsheet {
    this.wb.metadata.push(
      this.wb.newMetadata(key, value ?? null, String(visibility ?? 'DOCUMENT'), 'SPREADSHEET'),
    );
    return this;
  }
  /** Finds metadata anywhere in the spreadsheet: on it, its sheets, rows and columns. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return this.wb.wrap(
      new FakeDeveloperMetadataFinder(this.wb, () => this.wb.allMetadata()),
      'DeveloperMetadataFinder',
    );
  }
}

/**
 * Find and replace across the spreadsheet, as Edit > Find and replace does: in values, or in
 * formulas with matchFormulaText(true). A formula whose text changes is recalculated by Sheets;
 * the fake counts such rewrites per sheet (SheetModel.formulaRewrites).
 */
export class FakeTextFinder {
  private caseSensitive = false;
  private inFormulas = false;
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly findText: string,
  ) {}
  matchCase(matchCase: boolean): FakeTextFinder {
    this.caseSensitive = matchCase;
    return this;
  }
  matchFormulaText(matchFormulaText: boolean): FakeTextFinder {
    this.inFormulas = matchFormulaText;
    return this;
  }
  replaceAllWith(replaceText: string): number {
    if (this.findText === '') throw new Error('Invalid argument: findText');
    const escaped = this.findText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(escaped, this.caseSensitive ? 'g' : 'gi');
    let cells = 0;
    for (const sheet of this.wb.sheets) {
      for (let r = 1; r <= sheet.values.length; r++) {
        const line = Math.max(sheet.values[r - 1]?.length ?? 0, sheet.formulas[r - 1]?.length ?? 0);
        for (let c = 1; c <= line; c++) {
          const formula = sheet.formula(r, c);
          if (this.inFormulas && formula !== '') {
            const next = formula.replace(pattern, () => replaceText);
            if (next !== formula) {
              sheet.setRaw(r, c, sheet.value(r, c), next);
              sheet.formulaRewrites += 1;
              cells++;
            }
          } else if (!this.inFormulas && formula === '' && typeof sheet.value(r, c) === 'string') {
            const text = sheet.value(r, c) as string;
            const next = text.replace(pattern, () => replaceText);
            if (next !== text) {
              sheet.setRaw(r, c, next);
              cells++;
            }
          }
        }
      }
    }
    return cells;
  }
}

export class FakeSheet {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly model: SheetModel,
  ) {}

  getName(): string {
    return this.model.name;
  }
  setName(name: string): FakeSheet {
    this.wb.checkSheet(this.model);
    this.model.name = name;
    return this;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getLastRow(): number {
    return this.model.lastRow();
  }
  getLastColumn(): number {
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.wb.checkSheet(this.model);
    this.model.frozenRows = rows;
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.wb.checkSheet(this.model);
    this.model.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.wb.checkSheet(this.model);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this;
  }
  /**
   * Protects the whole sheet; its editors are those of the spreadsheet until a script changes them
   * (developers.google.com/apps-script/reference/spreadsheet/sheet#protect()). A sheet protected
   * already answers with its protection.
   */
  protect(): FakeProtection {
    const existing = this.model.protections.find((p) => p.type === 'SHEET');
    const all = { row: 1, column: 1, numRows: this.model.maxRows, numColumns: this.model.maxColumns };
    const p = existing ?? this.wb.newProtection(this.model, 'SHEET', all, { rows: true, columns: true });
    return this.wb.wrap(new FakeProtection(this.wb, this.model, p), 'Protection');
  }
  /** This sheet's protected ranges (RANGE) or its own protection (SHEET). */
  getProtections(type: unknown): FakeProtection[] {
    return this.model.protections
      .filter((p) => p.type === String(type))
      .map((p) => this.wb.wrap(new FakeProtection(this.wb, this.model, p), 'Protection'));
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? 100;
  }
  activate(): FakeSheet {
    this.wb.activeSheetName = this.model.name;
    return this;
  }
  clear(): FakeSheet {
    this.wb.checkCells(this.model, {
      row: 1,
      column: 1,
      numRows: this.model.maxRows,
      numColumns: this.model.maxColumns,
    });
    this.model.clearAll();
    return this;
  }
  getDataRange(): FakeRange {
    const rows = Math.max(1, this.model.lastRow());
    const columns = Math.max(1, this.model.lastColumn());
    return this.wb.wrap(new FakeRange(this.wb, this.model, 1, 1, rows, columns), 'Range');
  }
  getRange(row: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof row === 'string') {
      const whole = /^(?:(\d+):(\d+)|([A-Z]+):([A-Z]+))$/i.exec(row.replace(/^.*!/, ''));
      if (whole) {
        // 5:5 is the whole row 5, C:C the whole column C (unbounded, as Sheets means them).
        const rows = whole[1] !== undefined;
        const first = rows ? Number(whole[1]) : columnNumber(whole[3] ?? 'A');
        const last = rows ? Number(whole[2]) : columnNumber(whole[4] ?? 'A');
        const range = rows
          ? new FakeRange(this.wb, this.model, first, 1, last - first + 1, this.model.maxColumns, 'rows')
          : new FakeRange(this.wb, this.model, 1, first, this.model.maxRows, last - first + 1, 'columns');
        return this.wb.wrap(range, 'Range');
      }
      const a1 = parseA1(row);
      return this.getRange(a1.row, a1.column, a1.numRows, a1.numColumns);
    }
    const col = column ?? 1;
    const nRows = numRows ?? 1;
    const nCols = numColumns ?? 1;
    if (row < 1) throw new Error(SHEETS_ERRORS.startRowTooSmall);
    if (col < 1) throw new Error(SHEETS_ERRORS.startColumnTooSmall);
    if (nRows < 1) throw new Error(SHEETS_ERRORS.numRowsTooSmall);
    if (nCols < 1) throw new Error(SHEETS_ERRORS.numColumnsTooSmall);
    if (row + nRows - 1 > this.model.maxRows || col + nCols - 1 > this.model.maxColumns) {
      throw new Error(SHEETS_ERRORS.outOfBounds);
    }
    return this.wb.wrap(new FakeRange(this.wb, this.model, row, col, nRows, nCols), 'Range');
  }
  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    this.wb.checkInsert(this.model, 'rows', beforePosition);
    this.wb.checkCellLimit(howMany * this.model.maxColumns);
    this.model.insertRows(beforePosition, howMany);
    return this;
  }
  /**
   * Deletes rows; refuses, as Sheets does, to leave a sheet with no row below the frozen ones
   * (a script that clears a sheet by deleting its rows fails there).
   */
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.model.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    if (this.model.maxRows - howMany <= this.model.frozenRows) throw new Error(SHEETS_ERRORS.deleteAllRows);
    this.wb.checkDeleteRows(this.model, rowPosition, howMany);
    this.model.deleteRows(rowPosition, howMany);
  }
  /**
   * Inserts columns. Like every structural change in Sheets it fires no onEdit (only an installable
   * onChange with changeType INSERT_COLUMN), so nothing the add-on remembers hears of it.
   */
  insertColumnsBefore(columnIndex: number, numColumns: number): FakeSheet {
    this.checkColumns(columnIndex, numColumns);
    this.model.insertColumns(columnIndex, numColumns);
    return this;
  }
  /** Refuses columns a protection keeps out, and any beyond 18,278 or 10 million cells. */
  private checkColumns(before: number, count: number): void {
    this.wb.checkInsert(this.model, 'columns', before);
    if (this.model.maxColumns + count > LIMITS.columns) {
      throw new Error(SHEETS_ERRORS.tooManyColumns(LIMITS.columns));
    }
    this.wb.checkCellLimit(count * this.model.maxRows);
  }
  newChart(): FakeChartBuilder {
    return this.wb.wrap(new FakeChartBuilder(this.wb), 'EmbeddedChartBuilder');
  }
  insertChart(chart: FakeEmbeddedChart): void {
    this.wb.checkSheet(this.model);
    this.model.charts.push(chart);
  }
  getCharts(): FakeEmbeddedChart[] {
    return [...this.model.charts];
  }
  removeChart(chart: FakeEmbeddedChart): void {
    this.wb.checkSheet(this.model);
    this.model.charts = this.model.charts.filter((c) => c.getChartId() !== chart.getChartId());
  }
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.wb.checkInsert(this.model, 'rows', afterPosition + 1);
    this.wb.checkCellLimit(howMany * this.model.maxColumns);
    this.model.insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.checkColumns(afterPosition + 1, howMany);
    this.model.insertColumns(afterPosition + 1, howMany);
    return this;
  }
  getRangeList(a1Notations: string[]): FakeRangeList {
    return this.wb.wrap(new FakeRangeList(a1Notations.map((a1) => this.getRange(a1))), 'RangeList');
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: unknown): FakeSheet {
    this.model.metadata.push(
      this.wb.newMetadata(key, value ?? null, String(visibility ?? 'DOCUMENT'), 'SHEET'),
    );
    return this;
  }
  /** Finds metadata on this sheet, its rows and its columns. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return this.wb.wrap(
      new FakeDeveloperMetadataFinder(this.wb, () =>
        this.model.metadata.map((model) => ({ model, sheet: this.model })),
      ),
      'DeveloperMetadataFinder',
    );
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.model.conditionalRules];
  }
  /**
   * Replaces the sheet's rules. Refused on a protected sheet, and where a rule added or removed
   * covers cells a protection keeps from the user (formatting them is editing them).
   */
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.wb.checkSheet(this.model);
    const before = this.model.conditionalRules;
    const changed = [
      ...rules.filter((r) => !before.includes(r)),
      ...before.filter((r) => !rules.includes(r)),
    ];
    for (const rule of changed) {
      for (const range of rule.getRanges()) this.wb.checkCells(this.model, parseA1(range.describe().a1));
    }
    this.model.conditionalRules = [...rules];
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A range's A1 notation on a sheet: a block (C2:C40, C5), whole columns (C:E) or whole rows (1:3). */
function parseRangeA1(
  a1: string,
  model: SheetModel,
): { rect: Rect; wholeRows: boolean; wholeColumns: boolean } {
  // Columns from a row down (C2:C): as far as the sheet goes.
  const down = /^([A-Z]+)(\d+):([A-Z]+)$/i.exec(a1.replace(/^.*!/, ''));
  if (down) {
    const column = columnNumber(down[1] ?? 'A');
    const row = Number(down[2]);
    const numColumns = columnNumber(down[3] ?? 'A') - column + 1;
    return {
      rect: { row, column, numRows: model.maxRows - row + 1, numColumns },
      wholeRows: false,
      wholeColumns: true,
    };
  }
  const whole = /^(?:(\d+):(\d+)|([A-Z]+):([A-Z]+))$/i.exec(a1.replace(/^.*!/, ''));
  if (!whole) return { rect: parseA1(a1), wholeRows: false, wholeColumns: false };
  if (whole[1] !== undefined) {
    const first = Number(whole[1]);
    const rect = {
      row: first,
      column: 1,
      numRows: Number(whole[2]) - first + 1,
      numColumns: model.maxColumns,
    };
    return { rect, wholeRows: true, wholeColumns: false };
  }
  const first = columnNumber(whole[3] ?? 'A');
  const rect = {
    row: 1,
    column: first,
    numRows: model.maxRows,
    numColumns: columnNumber(whole[4] ?? 'A') - first + 1,
  };
  return { rect, wholeRows: false, wholeColumns: true };
}

function parseA1(a1: string): { row: number; column: number; numRows: number; numColumns: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1.replace(/^.*!/, ''));
  if (!m) throw new Error(`Range not found`);
  const r1 = Number(m[2]);
  const c1 = columnNumber(m[1] ?? 'A');
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

export class FakeRange {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly model: SheetModel,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
    /** Whole rows (`5:5`) or whole columns (`C:C`), as an A1 range without bounds. */
    private readonly whole: 'rows' | 'columns' | null = null,
  ) {}

  private grid<T>(read: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(read(this.row + r, this.column + c));
      out.push(line);
    }
    return out;
  }

  private checkShape(data: unknown[][]): void {
    if (data.length !== this.numRows) throw new Error(SHEETS_ERRORS.rowsMismatch(data.length, this.numRows));
    for (const line of data) {
      if (line.length !== this.numColumns)
        throw new Error(SHEETS_ERRORS.columnsMismatch(line.length, this.numColumns));
    }
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getSheet(): FakeSheet {
    return this.wb.wrap(new FakeSheet(this.wb, this.model), 'Sheet');
  }
  getA1Notation(): string {
    const start = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetters(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }
  activate(): FakeRange {
    this.wb.activeSheetName = this.model.name;
    this.wb.activeRangeA1 = this.getA1Notation();
    return this;
  }
  /** The merged ranges that meet this range, as Sheets lists them. */
  getMergedRanges(): FakeRange[] {
    return this.model.merges
      .filter(
        (m) =>
          m.row <= this.row + this.numRows - 1 &&
          m.row + m.numRows - 1 >= this.row &&
          m.column <= this.column + this.numColumns - 1 &&
          m.column + m.numColumns - 1 >= this.column,
      )
      .map((m) =>
        this.wb.wrap(new FakeRange(this.wb, this.model, m.row, m.column, m.numRows, m.numColumns), 'Range'),
      );
  }
  getValue(): Cell {
    const v = this.model.value(this.row, this.column);
    return v instanceof Date ? new Date(v.getTime()) : v;
  }
  getValues(): Cell[][] {
    return this.grid((r, c) => {
      const v = this.model.value(r, c);
      return v instanceof Date ? new Date(v.getTime()) : v;
    });
  }
  getDisplayValues(): string[][] {
    return this.grid((r, c) => displayOf(this.model.value(r, c), this.wb.timeZone));
  }
  getFormulas(): string[][] {
    return this.grid((r, c) => this.model.formula(r, c));
  }
  setValue(value: unknown): FakeRange {
    return this.setValues(this.grid(() => value));
  }
  /** The cells of this range, for the protection checks. */
  private cells(): Rect {
    return { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
  }
  /** Whether the running user may edit every cell of this range. */
  canEdit(): boolean {
    try {
      this.wb.checkCells(this.model, this.cells());
      return true;
    } catch {
      return false;
    }
  }
  /** Protects this range; its editors are the spreadsheet's until a script changes them. */
  protect(): FakeProtection {
    const p = this.wb.newProtection(this.model, 'RANGE', this.cells(), {
      rows: this.whole === 'rows',
      columns: this.whole === 'columns',
    });
    return this.wb.wrap(new FakeProtection(this.wb, this.model, p), 'Protection');
  }
  setValues(values: unknown[][]): FakeRange {
    this.checkShape(values);
    this.wb.checkCells(this.model, this.cells());
    for (const line of values) {
      for (const v of line) {
        const length = typeof v === 'string' ? v.length - (v.startsWith("'") ? 1 : 0) : 0;
        if (length > LIMITS.cellCharacters) throw new Error(SHEETS_ERRORS.cellTooLong(LIMITS.cellCharacters));
      }
    }
    this.eachCell(values, (row, column, v) => {
      if (v === null || v === undefined) this.model.setRaw(row, column, '');
      else if (typeof v === 'string') this.wb.typeInto(this.model, row, column, v);
      else if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) {
        this.model.setRaw(row, column, v);
      } else {
        this.model.setRaw(row, column, String(v));
      }
    });
    return this;
  }
  /** Visits every cell of a data block aligned with this range's top-left corner. */
  private eachCell<T>(data: T[][], visit: (row: number, column: number, value: T) => void): void {
    for (let r = 0; r < data.length; r++) {
      const line = data[r] ?? [];
      for (let c = 0; c < line.length; c++) visit(this.row + r, this.column + c, line[c] as T);
    }
  }
  setRichTextValues(values: FakeRichTextValue[][]): FakeRange {
    this.checkShape(values);
    this.wb.checkCells(this.model, this.cells());
    if (values.some((line) => line.some((v) => v.getText().length > LIMITS.cellCharacters))) {
      throw new Error(SHEETS_ERRORS.cellTooLong(LIMITS.cellCharacters));
    }
    this.eachCell(values, (row, column, v) => {
      this.model.setRaw(row, column, v.getText());
      this.model.setRichText(row, column, v);
    });
    return this;
  }
  getRichTextValues(): (FakeRichTextValue | null)[][] {
    return this.grid((r, c) => this.model.richText(r, c));
  }
  getNotes(): string[][] {
    return this.grid((r, c) => this.model.note(r, c));
  }
  setNotes(notes: Array<Array<string | null>>): FakeRange {
    this.checkShape(notes);
    this.wb.checkCells(this.model, this.cells());
    this.eachCell(notes, (row, column, n) => this.model.setNote(row, column, n ?? ''));
    return this;
  }
  getBackgrounds(): string[][] {
    return this.grid((r, c) => this.model.background(r, c));
  }
  setBackgrounds(color: Array<Array<string | null>>): FakeRange {
    this.checkShape(color);
    this.wb.checkCells(this.model, this.cells());
    this.eachCell(color, (row, column, b) => this.model.setBackground(row, column, b ?? DEFAULT_BACKGROUND));
    return this;
  }
  setBackground(color: string | null): FakeRange {
    return this.setBackgrounds(this.grid(() => color));
  }
  getNumberFormats(): string[][] {
    return this.grid((r, c) => this.model.format(r, c));
  }
  setNumberFormat(numberFormat: string): FakeRange {
    this.wb.checkCells(this.model, this.cells());
    this.grid((r, c) => this.model.setFormat(r, c, numberFormat));
    return this;
  }
  setNumberFormats(numberFormats: string[][]): FakeRange {
    this.checkShape(numberFormats);
    this.wb.checkCells(this.model, this.cells());
    this.eachCell(numberFormats, (row, column, f) => this.model.setFormat(row, column, f));
    return this;
  }
  setFontWeight(fontWeight: string | null): FakeRange {
    this.wb.checkCells(this.model, this.cells());
    this.grid((r, c) => this.model.setFontWeight(r, c, fontWeight ?? 'normal'));
    return this;
  }
  getFontWeights(): string[][] {
    return this.grid((r, c) => this.model.fontWeight(r, c));
  }
  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    this.wb.checkCells(this.model, this.cells());
    this.grid((r, c) => this.model.setValidation(r, c, rule));
    return this;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.grid((r, c) => this.model.validation(r, c));
  }
  clear(): FakeRange {
    this.wb.checkCells(this.model, this.cells());
    this.grid((r, c) => {
      this.model.setRaw(r, c, '');
      this.model.setBackground(r, c, DEFAULT_BACKGROUND);
      this.model.setFormat(r, c, '');
      this.model.setNote(r, c, '');
    });
    return this;
  }
  clearContent(): FakeRange {
    this.wb.checkCells(this.model, this.cells());
    this.grid((r, c) => this.model.setRaw(r, c, ''));
    return this;
  }
  /**
   * Adds developer metadata to a single whole row or column (`getRange('5:5')`, `getRange('C:C')`);
   * Sheets refuses any other range.
   */
  addDeveloperMetadata(key: string, value?: string, visibility?: unknown): FakeRange {
    const row = this.whole === 'rows' && this.numRows === 1;
    const column = this.whole === 'columns' && this.numColumns === 1;
    if (!row && !column) throw new Error(SHEETS_ERRORS.metadataRange);
    this.model.metadata.push(
      this.wb.newMetadata(
        key,
        value ?? null,
        String(visibility ?? 'DOCUMENT'),
        row ? 'ROW' : 'COLUMN',
        row ? this.row : this.column,
      ),
    );
    return this;
  }
  /** Internal: the rectangle, for conditional-format rules read back by tests. */
  describe(): { sheet: string; a1: string } {
    return { sheet: this.model.name, a1: this.getA1Notation() };
  }
}

/**
 * A protected range or sheet (developers.google.com/apps-script/reference/spreadsheet/protection):
 * anyone may look at it and ask canEdit(); only those who may edit under it may change it or see
 * its editors.
 */
export class FakeProtection {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly model: SheetModel,
    private readonly p: ProtectionModel,
  ) {}
  private mustEdit(): void {
    if (!this.wb.canEditProtection(this.p)) throw new Error(SHEETS_ERRORS.protectionEditors);
  }
  /** The editors as a set the script changes: the spreadsheet's (the running user) until then. */
  private editorSet(): Set<string> {
    this.mustEdit();
    if (this.p.editors === null) this.p.editors = new Set([this.wb.user.email]);
    return this.p.editors;
  }
  canEdit(): boolean {
    return this.wb.canEditProtection(this.p);
  }
  canDomainEdit(): boolean {
    return false;
  }
  setDomainEdit(editable: boolean): FakeProtection {
    void editable;
    this.mustEdit();
    return this;
  }
  getDescription(): string {
    return this.p.description;
  }
  setDescription(description: string): FakeProtection {
    this.mustEdit();
    this.p.description = description;
    return this;
  }
  getProtectionType(): string {
    return this.p.type;
  }
  getRange(): FakeRange {
    const r = this.model.extent(this.p);
    const whole =
      this.p.wholeColumns && !this.p.wholeRows
        ? 'columns'
        : this.p.wholeRows && !this.p.wholeColumns
          ? 'rows'
          : null;
    return this.wb.wrap(
      new FakeRange(this.wb, this.model, r.row, r.column, r.numRows, r.numColumns, whole),
      'Range',
    );
  }
  getRangeName(): string | null {
    return null;
  }
  getUnprotectedRanges(): FakeRange[] {
    return this.p.unprotected.map((r) =>
      this.wb.wrap(new FakeRange(this.wb, this.model, r.row, r.column, r.numRows, r.numColumns), 'Range'),
    );
  }
  /** A protected sheet's unprotected ranges (a protected range has none). */
  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    this.mustEdit();
    if (this.p.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a protected sheet.');
    this.p.unprotected = ranges.map((range) => parseA1(range.describe().a1));
    return this;
  }
  isWarningOnly(): boolean {
    return this.p.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.mustEdit();
    this.p.warningOnly = warningOnly;
    return this;
  }
  getEditors(): FakeUserIdentity[] {
    const emails = new Set([...(this.wb.owner ? [this.wb.owner] : []), ...this.editorSet()]);
    return [...emails].map((email) => this.wb.wrap(new FakeUserIdentity(email), 'User'));
  }
  addEditor(emailAddress: string | { getEmail(): string }): FakeProtection {
    this.editorSet().add(typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail());
    return this;
  }
  addEditors(emailAddresses: string[]): FakeProtection {
    for (const email of emailAddresses) this.addEditor(email);
    return this;
  }
  removeEditor(emailAddress: string | { getEmail(): string }): FakeProtection {
    this.editorSet().delete(typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail());
    return this;
  }
  removeEditors(emailAddresses: Array<string | { getEmail(): string }>): FakeProtection {
    for (const who of emailAddresses) this.removeEditor(who);
    return this;
  }
  remove(): void {
    this.mustEdit();
    const at = this.model.protections.indexOf(this.p);
    if (at >= 0) this.model.protections.splice(at, 1);
  }
}

/** Several ranges of a sheet, changed in one call. */
export class FakeRangeList {
  constructor(private readonly ranges: FakeRange[]) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  clearContent(): FakeRangeList {
    for (const range of this.ranges) range.clearContent();
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Developer metadata

/** Where a piece of developer metadata sits, as Apps Script describes it. */
export class FakeDeveloperMetadataLocation {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly model: MetadataModel,
    private readonly sheet: SheetModel | null,
  ) {}
  getLocationType(): string {
    return this.model.type;
  }
  getSpreadsheet(): FakeSpreadsheet | null {
    return this.model.type === 'SPREADSHEET'
      ? this.wb.wrap(new FakeSpreadsheet(this.wb), 'Spreadsheet')
      : null;
  }
  getSheet(): FakeSheet | null {
    return this.model.type === 'SHEET' && this.sheet
      ? this.wb.wrap(new FakeSheet(this.wb, this.sheet), 'Sheet')
      : null;
  }
  getRow(): FakeRange | null {
    if (this.model.type !== 'ROW' || !this.sheet) return null;
    const range = new FakeRange(this.wb, this.sheet, this.model.index, 1, 1, this.sheet.maxColumns, 'rows');
    return this.wb.wrap(range, 'Range');
  }
  getColumn(): FakeRange | null {
    if (this.model.type !== 'COLUMN' || !this.sheet) return null;
    const range = new FakeRange(this.wb, this.sheet, 1, this.model.index, this.sheet.maxRows, 1, 'columns');
    return this.wb.wrap(range, 'Range');
  }
}

export class FakeDeveloperMetadata {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly model: MetadataModel,
    private readonly sheet: SheetModel | null,
  ) {}
  getId(): number {
    return this.model.id;
  }
  getKey(): string {
    return this.model.key;
  }
  getValue(): string | null {
    return this.model.value;
  }
  getVisibility(): string {
    return this.model.visibility;
  }
  getLocation(): FakeDeveloperMetadataLocation {
    return this.wb.wrap(
      new FakeDeveloperMetadataLocation(this.wb, this.model, this.sheet),
      'DeveloperMetadataLocation',
    );
  }
  setValue(value: string): FakeDeveloperMetadata {
    this.model.value = value;
    return this;
  }
  setKey(key: string): FakeDeveloperMetadata {
    this.model.key = key;
    return this;
  }
  remove(): void {
    const list = this.sheet ? this.sheet.metadata : this.wb.metadata;
    const at = list.indexOf(this.model);
    if (at >= 0) list.splice(at, 1);
  }
}

/** Finds developer metadata by key, value and location type, within a spreadsheet or a sheet. */
export class FakeDeveloperMetadataFinder {
  private key: string | null = null;
  private value: string | null = null;
  private type: string | null = null;
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly scope: () => { model: MetadataModel; sheet: SheetModel | null }[],
  ) {}
  withKey(key: string): FakeDeveloperMetadataFinder {
    this.key = key;
    return this;
  }
  withValue(value: string): FakeDeveloperMetadataFinder {
    this.value = value;
    return this;
  }
  withLocationType(locationType: unknown): FakeDeveloperMetadataFinder {
    this.type = String(locationType);
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    return this.scope()
      .filter(
        ({ model }) =>
          (this.key === null || model.key === this.key) &&
          (this.value === null || model.value === this.value) &&
          (this.type === null || model.type === this.type),
      )
      .map(({ model, sheet }) =>
        this.wb.wrap(new FakeDeveloperMetadata(this.wb, model, sheet), 'DeveloperMetadata'),
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formatting and data validation

export class FakeBooleanCondition {
  constructor(
    private readonly formula: string,
    private readonly background: string | null,
    private readonly fontColor: string | null,
  ) {}
  getCriteriaType(): string {
    return 'CUSTOM_FORMULA';
  }
  getCriteriaValues(): unknown[] {
    return [this.formula];
  }
  getBackground(): string | null {
    return this.background;
  }
  getFontColor(): string | null {
    return this.fontColor;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    private readonly ranges: FakeRange[],
    private readonly condition: FakeBooleanCondition,
  ) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  getBooleanCondition(): FakeBooleanCondition {
    return this.condition;
  }
}

export class FakeConditionalFormatRuleBuilder {
  private formula = '';
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];

  constructor(private readonly wb: FakeWorkbook) {}

  whenFormulaSatisfied(formula: string): FakeConditionalFormatRuleBuilder {
    this.formula = formula;
    return this;
  }
  setBackground(color: string | null): FakeConditionalFormatRuleBuilder {
    this.background = color;
    return this;
  }
  setFontColor(color: string | null): FakeConditionalFormatRuleBuilder {
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: FakeRange[]): FakeConditionalFormatRuleBuilder {
    this.ranges = [...ranges];
    return this;
  }
  build(): FakeConditionalFormatRule {
    return this.wb.wrap(
      new FakeConditionalFormatRule(
        this.ranges,
        this.wb.wrap(
          new FakeBooleanCondition(this.formula, this.background, this.fontColor),
          'BooleanCondition',
        ),
      ),
      'ConditionalFormatRule',
    );
  }
}

export class FakeDataValidation {
  constructor(
    private readonly values: string[],
    private readonly allowInvalid: boolean,
    private readonly helpText: string,
  ) {}
  getCriteriaType(): string {
    return 'VALUE_IN_LIST';
  }
  getCriteriaValues(): unknown[] {
    return [[...this.values], true];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder {
  private values: string[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor(private readonly wb: FakeWorkbook) {}

  requireValueInList(values: string[], showDropdown?: boolean): FakeDataValidationBuilder {
    this.values = [...values];
    void showDropdown;
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    return this.wb.wrap(
      new FakeDataValidation(this.values, this.allowInvalid, this.helpText),
      'DataValidation',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Rich text and charts

export class FakeRichTextValue {
  constructor(
    private readonly text: string,
    private readonly links: ReadonlyArray<{ start: number; end: number; url: string }>,
  ) {}
  getText(): string {
    return this.text;
  }
  getLinkUrl(startOffset?: number, endOffset?: number): string | null {
    if (startOffset === undefined)
      return this.links.length === 1 && this.links[0]?.start === 0 && this.links[0].end === this.text.length
        ? this.links[0].url
        : null;
    return this.links.find((l) => l.start === startOffset && l.end === endOffset)?.url ?? null;
  }
  /** Internal: the link runs, for assertions. */
  linkRuns(): ReadonlyArray<{ start: number; end: number; url: string }> {
    return this.links;
  }
}

export class FakeRichTextValueBuilder {
  private text = '';
  private readonly links: Array<{ start: number; end: number; url: string }> = [];
  constructor(private readonly wb: FakeWorkbook) {}
  setText(text: string): FakeRichTextValueBuilder {
    this.text = text;
    return this;
  }
  setLinkUrl(
    startOffset: number | string | null,
    endOffset?: number,
    linkUrl?: string | null,
  ): FakeRichTextValueBuilder {
    if (typeof startOffset !== 'number') {
      if (startOffset) this.links.push({ start: 0, end: this.text.length, url: startOffset });
      return this;
    }
    if (
      endOffset === undefined ||
      startOffset < 0 ||
      endOffset > this.text.length ||
      startOffset >= endOffset
    ) {
      throw new Error("The parameters (number,number,String) don't match the method signature.");
    }
    if (linkUrl) this.links.push({ start: startOffset, end: endOffset, url: linkUrl });
    return this;
  }
  build(): FakeRichTextValue {
    return this.wb.wrap(new FakeRichTextValue(this.text, [...this.links]), 'RichTextValue');
  }
}

export class FakeChartOptions {
  constructor(private readonly options: ReadonlyMap<string, unknown>) {}
  get(option: string): unknown {
    return this.options.get(option) ?? null;
  }
}

export class FakeEmbeddedChart {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly id: string,
    private readonly ranges: FakeRange[],
    private readonly options: ReadonlyMap<string, unknown>,
    private readonly position: { row: number; column: number },
  ) {}
  getChartId(): number | null {
    return Number(this.id);
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  getOptions(): FakeChartOptions {
    return this.wb.wrap(new FakeChartOptions(this.options), 'ChartOptions');
  }
  /** Internal: where the chart is anchored. */
  anchor(): { row: number; column: number } {
    return this.position;
  }
}

let chartIds = 0;

export class FakeChartBuilder {
  private readonly ranges: FakeRange[] = [];
  private readonly options = new Map<string, unknown>();
  private position = { row: 1, column: 1 };
  constructor(private readonly wb: FakeWorkbook) {}
  asBarChart(): FakeChartBuilder {
    this.options.set('type', 'bar');
    return this;
  }
  setTitle(chartTitle: string): FakeChartBuilder {
    this.options.set('title', chartTitle);
    return this;
  }
  addRange(range: FakeRange): FakeChartBuilder {
    this.ranges.push(range);
    return this;
  }
  setOption(option: string, value: unknown): FakeChartBuilder {
    this.options.set(option, value);
    return this;
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): FakeChartBuilder {
    void offsetX;
    void offsetY;
    this.position = { row: anchorRowPos, column: anchorColPos };
    return this;
  }
  build(): FakeEmbeddedChart {
    chartIds += 1;
    return this.wb.wrap(
      new FakeEmbeddedChart(
        this.wb,
        String(chartIds),
        [...this.ranges],
        new Map(this.options),
        this.position,
      ),
      'EmbeddedChart',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// UI: menus, dialogs, toasts, sidebars

export class FakeMenu {
  readonly items: Array<{ caption: string; functionName: string } | { separator: true } | { sub: FakeMenu }> =
    [];
  added = false;

  constructor(
    readonly caption: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: FakeMenu): FakeMenu {
    this.items.push({ sub: menu });
    return this;
  }
  addToUi(): void {
    this.added = true;
  }
  /** Internal: every function name the menu (and its sub-menus) calls. */
  functionNames(): string[] {
    return this.items.flatMap((item) =>
      'functionName' in item ? [item.functionName] : 'sub' in item ? item.sub.functionNames() : [],
    );
  }
}

export class FakeUi {
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };

  constructor(private readonly wb: FakeWorkbook) {}

  createMenu(caption: string): FakeMenu {
    const menu = new FakeMenu(caption, false);
    this.wb.menus.push(menu);
    return this.wb.wrap(menu, 'Menu');
  }
  createAddonMenu(): FakeMenu {
    const menu = new FakeMenu('', true);
    this.wb.menus.push(menu);
    return this.wb.wrap(menu, 'Menu');
  }
  /** Shows a dialog; with YES_NO buttons the answer is the next of `alertAnswers` (none: NO, as closing it). */
  alert(title: string, prompt?: string, buttons?: unknown): string {
    this.wb.alerts.push(prompt === undefined ? title : `${title}\n${prompt}`);
    if (buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL') return this.wb.alertAnswers.shift() ?? 'NO';
    return 'OK';
  }
  prompt(title: string, prompt?: string, buttons?: unknown): FakePromptResponse {
    void title;
    void prompt;
    void buttons;
    const answer = this.wb.promptAnswers.shift();
    return this.wb.wrap(
      new FakePromptResponse(answer ?? '', answer === undefined ? 'CANCEL' : 'OK'),
      'PromptResponse',
    );
  }
  showSidebar(userInterface: unknown): void {
    this.wb.sidebars.push(userInterface);
  }
  showModalDialog(userInterface: unknown, title: string): void {
    this.wb.dialogs.push({ title, content: userInterface });
  }
}

export class FakePromptResponse {
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): string {
    return this.button;
  }
}

// ---------------------------------------------------------------------------------------------
// Properties, locks, triggers, session, logging

export class FakeProperties {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly store: Map<string, string>,
  ) {}
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): FakeProperties {
    return this.setProperties({ [key]: value });
  }
  /** Sets several at once; all or nothing, within the documented limits (see LIMITS). */
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): FakeProperties {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of Object.entries(properties)) {
      const text = String(value);
      if (bytesOf(text) > LIMITS.propertyValueBytes) throw new Error(SHEETS_ERRORS.argumentTooLarge('value'));
      next.set(key, text);
    }
    let total = 0;
    for (const [key, value] of next) total += bytesOf(key) + bytesOf(value);
    if (total > LIMITS.propertyStoreBytes) throw new Error(SHEETS_ERRORS.propertyStoreFull);
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  /** Internal marker for the workbook this store belongs to. */
  owner(): FakeWorkbook {
    return this.wb;
  }
}

export class FakePropertiesService {
  constructor(private readonly wb: FakeWorkbook) {}
  getDocumentProperties(): FakeProperties {
    return this.wb.wrap(new FakeProperties(this.wb, this.wb.documentProperties), 'Properties');
  }
  getUserProperties(): FakeProperties {
    return this.wb.wrap(new FakeProperties(this.wb, this.wb.user.properties), 'Properties');
  }
  getScriptProperties(): FakeProperties {
    return this.wb.wrap(new FakeProperties(this.wb, this.wb.scriptProperties), 'Properties');
  }
}

export class FakeLock {
  private held = false;
  constructor(private readonly wb: FakeWorkbook) {}
  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    if (this.wb.lockHeldElsewhere) return false;
    this.held = true;
    this.wb.lockHeldElsewhere = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(SHEETS_ERRORS.lockTimeout);
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    if (this.held) this.wb.lockHeldElsewhere = false;
    this.held = false;
  }
}

export class FakeLockService {
  constructor(private readonly wb: FakeWorkbook) {}
  getDocumentLock(): FakeLock {
    return this.wb.wrap(new FakeLock(this.wb), 'Lock');
  }
  getScriptLock(): FakeLock {
    return this.wb.wrap(new FakeLock(this.wb), 'Lock');
  }
}

/** The kinds of trigger the add-on creates: clock (hourly refresh) and spreadsheet events. */
export type FakeTriggerKind = 'CLOCK' | 'ON_CHANGE' | 'ON_EDIT' | 'ON_FORM_SUBMIT';

/** The word Apps Script uses for each kind in its "too many … triggers" refusal. */
const TRIGGER_WORDS: Record<FakeTriggerKind, string> = {
  CLOCK: 'time-based',
  ON_CHANGE: 'change',
  ON_EDIT: 'edit',
  // Assumed by analogy with the others; the refusal for this kind has not been seen word for word.
  ON_FORM_SUBMIT: 'form submit',
};

export class FakeTrigger {
  constructor(
    private readonly functionName: string,
    private readonly id: string,
    /** Test-only: the kind of event. */
    readonly kind: FakeTriggerKind,
    /** Test-only: the document it was created in (an add-on's triggers belong to one). */
    readonly document: string,
    readonly everyHours = 0,
  ) {}
  getHandlerFunction(): string {
    return this.functionName;
  }
  getUniqueId(): string {
    return this.id;
  }
  getEventType(): string {
    return this.kind;
  }
  getTriggerSource(): string {
    return this.kind === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS';
  }
  getTriggerSourceId(): string | null {
    return this.kind === 'CLOCK' ? null : this.document;
  }
}

/** Adds a trigger for the user in the workbook's document, within the add-on limits (see LIMITS). */
function installTrigger(
  wb: FakeWorkbook,
  functionName: string,
  kind: FakeTriggerKind,
  hours = 0,
): FakeTrigger {
  const user = wb.user;
  if (user.triggers.length >= LIMITS.triggersPerUser) throw new Error(SHEETS_ERRORS.tooManyTriggers);
  if (user.triggers.some((t) => t.document === wb.id && t.kind === kind)) {
    throw new Error(SHEETS_ERRORS.tooManyAddonTriggers(TRIGGER_WORDS[kind]));
  }
  // Unique across users, as Apps Script's are: two supervisors' triggers never share an id.
  const id = `trigger-${user.email}-${user.nextTriggerId()}`;
  const trigger = new FakeTrigger(functionName, id, kind, wb.id, hours);
  user.triggers.push(trigger);
  return wb.wrap(trigger, 'Trigger');
}

export class FakeClockTriggerBuilder {
  private hours = 0;
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly functionName: string,
  ) {}
  everyHours(n: number): FakeClockTriggerBuilder {
    if (n !== 1 && n !== 2 && n !== 4 && n !== 6 && n !== 8 && n !== 12) {
      throw new Error('The value passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.');
    }
    this.hours = n;
    return this;
  }
  create(): FakeTrigger {
    return installTrigger(this.wb, this.functionName, 'CLOCK', this.hours);
  }
}

export class FakeSpreadsheetTriggerBuilder {
  private kind: FakeTriggerKind | null = null;
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly functionName: string,
  ) {}
  onChange(): FakeSpreadsheetTriggerBuilder {
    this.kind = 'ON_CHANGE';
    return this;
  }
  onEdit(): FakeSpreadsheetTriggerBuilder {
    this.kind = 'ON_EDIT';
    return this;
  }
  /** A trigger that fires when a Google Form linked to the spreadsheet adds a response row. */
  onFormSubmit(): FakeSpreadsheetTriggerBuilder {
    this.kind = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): FakeTrigger {
    if (!this.kind) throw new Error('Trigger type not specified.');
    return installTrigger(this.wb, this.functionName, this.kind);
  }
}

export class FakeTriggerBuilder {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly functionName: string,
  ) {}
  timeBased(): FakeClockTriggerBuilder {
    return this.wb.wrap(new FakeClockTriggerBuilder(this.wb, this.functionName), 'ClockTriggerBuilder');
  }
  forSpreadsheet(sheet: FakeSpreadsheet | string): FakeSpreadsheetTriggerBuilder {
    void sheet;
    return this.wb.wrap(
      new FakeSpreadsheetTriggerBuilder(this.wb, this.functionName),
      'SpreadsheetTriggerBuilder',
    );
  }
}

export class FakeAuthorizationInfo {
  constructor(private readonly wb: FakeWorkbook) {}
  getAuthorizationStatus(): string {
    return this.wb.authorizationRequired ? 'REQUIRED' : 'NOT_REQUIRED';
  }
  getAuthorizationUrl(): string | null {
    return this.wb.authorizationRequired ? 'https://script.google.com/macros/auth' : null;
  }
}

export class FakeScriptApp {
  readonly AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' };
  readonly InstallationSource = {
    APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
    NONE: 'NONE',
    WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
  };
  readonly EventType = {
    CLOCK: 'CLOCK',
    ON_CHANGE: 'ON_CHANGE',
    ON_EDIT: 'ON_EDIT',
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
    ON_OPEN: 'ON_OPEN',
  };

  constructor(private readonly wb: FakeWorkbook) {}

  /** Every trigger of the user for this script: in every document it runs in, not only this one. */
  getProjectTriggers(): FakeTrigger[] {
    return [...this.wb.user.triggers];
  }
  /**
   * The user's triggers whose source is one document: its edit, change, open and form-submit
   * triggers. A clock trigger's source is CLOCK, so (strictly) it is not listed, even one made in
   * this document; `userTriggersListClock` lists those too.
   */
  getUserTriggers(document: FakeSpreadsheet): FakeTrigger[] {
    const id = document.getId();
    return this.wb.user.triggers.filter(
      (t) => t.document === id && (t.kind !== 'CLOCK' || this.wb.userTriggersListClock),
    );
  }
  newTrigger(functionName: string): FakeTriggerBuilder {
    return this.wb.wrap(new FakeTriggerBuilder(this.wb, functionName), 'TriggerBuilder');
  }
  deleteTrigger(trigger: FakeTrigger): void {
    const triggers = this.wb.user.triggers;
    const index = triggers.findIndex((t) => t.getUniqueId() === trigger.getUniqueId());
    if (index >= 0) triggers.splice(index, 1);
  }
  getInstallationSource(): string {
    return this.wb.installationSource;
  }
  getAuthorizationInfo(authMode: unknown): FakeAuthorizationInfo {
    void authMode;
    return this.wb.wrap(new FakeAuthorizationInfo(this.wb), 'AuthorizationInfo');
  }
}

export class FakeSession {
  constructor(private readonly wb: FakeWorkbook) {}
  getActiveUserLocale(): string {
    return this.wb.userLocale;
  }
  getScriptTimeZone(): string {
    return 'Asia/Shanghai';
  }
  /** The user the script runs as; in a custom function no one's address is given (''). */
  getEffectiveUser(): FakeUserIdentity {
    const email = this.wb.authMode === 'CUSTOM_FUNCTION' ? '' : this.wb.user.email;
    return this.wb.wrap(new FakeUserIdentity(email), 'User');
  }
  /** The user at the keyboard; in a custom function no one's address is given (''). */
  getActiveUser(): FakeUserIdentity {
    return this.getEffectiveUser();
  }
}

export class FakeUserIdentity {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

/** The parts of Utilities the add-on uses, computed as Apps Script does (Java date patterns). */
export class FakeUtilities {
  readonly Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' };

  /** HMAC-SHA256 as Apps Script returns it: Java's signed bytes (-128…127). */
  computeHmacSha256Signature(value: string, key: string, charset?: unknown): number[] {
    void charset;
    return [
      ...createHmac('sha256', Buffer.from(key, 'utf8')).update(Buffer.from(value, 'utf8')).digest(),
    ].map((b) => (b > 127 ? b - 256 : b));
  }
  base64Encode(data: number[] | string, charset?: unknown): string {
    void charset;
    if (typeof data === 'string') return Buffer.from(data, 'utf8').toString('base64');
    return Buffer.from(data.map((b) => (b < 0 ? b + 256 : b))).toString('base64');
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!date || Number.isNaN(date.getTime())) throw new Error('Invalid argument: date');
    const offset = offsetMs(date.getTime(), timeZone);
    const wall = new Date(date.getTime() + offset);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset) / 60_000;
    const hh = pad(Math.floor(abs / 60));
    const mm = pad(abs % 60);
    const fields: Record<string, string> = {
      yyyy: String(wall.getUTCFullYear()),
      MM: pad(wall.getUTCMonth() + 1),
      dd: pad(wall.getUTCDate()),
      HH: pad(wall.getUTCHours()),
      mm: pad(wall.getUTCMinutes()),
      ss: pad(wall.getUTCSeconds()),
      // Java's SimpleDateFormat: X, XX and XXX (ISO 8601) write a zero offset as "Z"; Z (RFC 822)
      // writes it "+0000" (docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html).
      XXX: offset === 0 ? 'Z' : `${sign}${hh}:${mm}`,
      XX: offset === 0 ? 'Z' : `${sign}${hh}${mm}`,
      X: offset === 0 ? 'Z' : `${sign}${hh}`,
      Z: `${sign}${hh}${mm}`,
    };
    // Java patterns: 'quoted' text is literal ('' is a quote); letters outside quotes are fields.
    return format.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|XXX|XX|X|Z/g, (token, quoted?: string) =>
      quoted !== undefined ? (quoted === '' ? "'" : quoted) : (fields[token] ?? token),
    );
  }
}

export class FakeLogger {
  constructor(private readonly wb: FakeWorkbook) {}
  log(data: unknown, ...values: unknown[]): FakeLogger {
    this.wb.logs.push([data, ...values].map(String).join(' '));
    return this;
  }
}

export class FakeMailApp {
  constructor(private readonly wb: FakeWorkbook) {}
  getRemainingDailyQuota(): number {
    return this.wb.mailQuota;
  }
  sendEmail(message: { to?: string; subject?: string; body?: string }): FakeMailApp {
    if (this.wb.mailQuota < 1) throw new Error('Service invoked too many times for one day: email.');
    this.wb.mailQuota -= 1;
    this.wb.mails.push({ to: message.to ?? '', subject: message.subject ?? '', body: message.body ?? '' });
    return this;
  }
}

export class FakeHtmlOutput {
  private title = '';
  private width = 300;
  private height = 0;
  constructor(private content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): FakeHtmlOutput {
    this.content = content;
    return this;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  getWidth(): number {
    return this.width;
  }
}

export class FakeHtmlService {
  constructor(private readonly wb: FakeWorkbook) {}
  createHtmlOutput(html?: string): FakeHtmlOutput {
    return this.wb.wrap(new FakeHtmlOutput(html ?? ''), 'HtmlOutput');
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    let content: string;
    try {
      content = readFileSync(join(this.wb.htmlDir, `${filename}.html`), 'utf8');
    } catch {
      throw new Error(`No HTML file named ${filename} was found.`);
    }
    return this.wb.wrap(new FakeHtmlOutput(content), 'HtmlOutput');
  }
}

export class FakeCache {
  constructor(
    private readonly store: Map<string, { value: string; expires: number }>,
    private readonly failure: () => string | null = () => null,
  ) {}
  get(key: string): string | null {
    const entry = this.store.get(key);
    if (!entry || entry.expires <= Date.now()) return null;
    return entry.value;
  }
  /** Stores a value within the documented limits (see LIMITS); throws when the fake's cache is made to fail. */
  put(key: string, value: string, expirationInSeconds?: number): void {
    if (key.length > LIMITS.cacheKeyChars) throw new Error(SHEETS_ERRORS.argumentTooLarge('key'));
    if (bytesOf(value) > LIMITS.cacheValueBytes) throw new Error(SHEETS_ERRORS.argumentTooLarge('value'));
    if (this.failure()) throw new Error(this.failure() ?? '');
    this.store.set(key, { value, expires: Date.now() + (expirationInSeconds ?? 600) * 1000 });
  }
  remove(key: string): void {
    this.store.delete(key);
  }
}

export class FakeCacheService {
  constructor(private readonly wb: FakeWorkbook) {}
  getDocumentCache(): FakeCache | null {
    return this.wb.wrap(new FakeCache(this.wb.documentCache, () => this.wb.cacheFailure), 'Cache');
  }
}

/** A Google account, shared by fake workbooks to model one user in several documents. */
export class FakeUser {
  readonly triggers: FakeTrigger[] = [];
  readonly properties = new Map<string, string>();
  private triggerCount = 0;
  constructor(readonly email = 'agent@example.com') {}
  nextTriggerId(): number {
    this.triggerCount += 1;
    return this.triggerCount;
  }
}

/** A request the fake's UrlFetchApp received. */
export interface FakeHttpRequest {
  readonly url: string;
  readonly method: string;
  readonly contentType: string;
  readonly payload: string;
}

/** What the fake's network answers a request with (a thrown Error: the request failed). */
/** How the network answers a request; a 3xx with `location` is a redirect. */
export type FakeHttpHandler = (request: FakeHttpRequest) => {
  status: number;
  body: string;
  location?: string;
};

export class FakeHttpResponse {
  constructor(
    private readonly status: number,
    private readonly body: string,
  ) {}
  getResponseCode(): number {
    return this.status;
  }
  getContentText(charset?: string): string {
    void charset;
    return this.body;
  }
  getHeaders(): object {
    return { 'Content-Type': 'application/json' };
  }
}

/**
 * UrlFetchApp as Apps Script runs it: only URLs under the manifest's urlFetchWhitelist
 * (developers.google.com/apps-script/manifest/allowlist-url), an HTTP error thrown unless
 * muteHttpExceptions, the network answered by `wb.httpHandler`; every request is kept in
 * `wb.fetched`.
 */
export class FakeUrlFetchApp {
  constructor(private readonly wb: FakeWorkbook) {}
  fetch(url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {}): FakeHttpResponse {
    if (!this.wb.urlAllowlist.some((prefix) => url.startsWith(prefix))) {
      throw new Error(
        `Exception: UrlFetch calls to ${url} are not permitted by the manifest's urlFetchWhitelist.`,
      );
    }
    const payload = params.payload;
    const request: FakeHttpRequest = {
      url,
      method: String(params.method ?? 'get'),
      contentType: params.contentType ?? '',
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload ?? ''),
    };
    this.wb.fetched.push(request);
    let answer = this.wb.httpHandler(request);
    // UrlFetchApp follows redirects unless told not to (followRedirects: false).
    for (let hops = 0; params.followRedirects !== false && answer.location && hops < 5; hops++) {
      const next = { ...request, url: answer.location };
      this.wb.fetched.push(next);
      answer = this.wb.httpHandler(next);
    }
    if (answer.status >= 400 && !params.muteHttpExceptions) {
      throw new Error(
        `Request failed for ${url} returned code ${answer.status}. Truncated server response: ${answer.body.slice(0, 200)}`,
      );
    }
    return this.wb.wrap(new FakeHttpResponse(answer.status, answer.body), 'HTTPResponse');
  }
}

/** The URL allowlist of the repository's manifest (appsscript.json), as Apps Script enforces it. */
function manifestAllowlist(): string[] {
  // Next to the fake in the repository, or the working folder (scripts run bundled elsewhere).
  for (const file of [
    join(__dirname, '..', '..', 'appsscript.json'),
    join(process.cwd(), 'appsscript.json'),
  ]) {
    try {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { urlFetchWhitelist?: string[] };
      return manifest.urlFetchWhitelist ?? [];
    } catch {
      // Try the next place.
    }
  }
  return [];
}
