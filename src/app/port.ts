// The workbook port: the one small, batch-shaped interface every use case reads and writes through.

import { shortHash } from '../domain/text';

/** A cell value as Sheets gives it: '' for blanks, Date for dates (a real instant). */
export type CellValue = string | number | boolean | Date;

/** A link to a cell of the workbook, shown with a text. */
export interface LinkValue {
  readonly text: string;
  readonly link: { readonly sheet: string; readonly row: number; readonly column: number };
}

/** A text with several links in it, e.g. the ledger rows "14、22、31" each linking to its row. */
export interface RowLinksValue {
  readonly text: string;
  readonly links: readonly {
    /** Character range of the link text: [start, end). */
    readonly start: number;
    readonly end: number;
    readonly sheet: string;
    readonly row: number;
    readonly column: number;
  }[];
}

/** What a block write may hold: values, links, or null to leave a cell blank. */
export type WriteValue = CellValue | LinkValue | RowLinksValue | null;

/** A bar chart of labels and values kept beside a table (where the medium has charts). */
export interface ChartSpec {
  readonly title: string;
  /** One column of labels and one of values, same rows. */
  readonly labels: Block;
  readonly values: Block;
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

/** A sheet's grid as read in one call. Row r of the sheet is `values[r - firstRow]`. */
export interface SheetGrid {
  readonly sheet: string;
  /** 1-based row of `values[0]`. */
  readonly firstRow: number;
  /** 1-based column of `values[r][0]` (1 unless the read asked for a column range). */
  readonly firstColumn: number;
  /** Rectangular: every row has the same number of cells, from column firstColumn. */
  readonly values: CellValue[][];
  /** The cells as displayed (formatted text), when asked for. */
  readonly displays?: string[][];
  /** The merged ranges that meet the block read, when asked for (one call per sheet). */
  readonly merges?: readonly Block[];
  /** Last row and column with content in the whole sheet. */
  readonly lastRow: number;
  readonly width: number;
}

/** Which rows (and columns) to read: all of the used range by default. */
export interface ReadRequest {
  readonly firstRow?: number;
  readonly numRows?: number;
  /** With firstRow: read only these columns; `values[r][0]` is then column firstColumn. */
  readonly firstColumn?: number;
  readonly numColumns?: number;
  readonly displays?: boolean;
  /** Also read the merged ranges that meet the block. */
  readonly merges?: boolean;
}

/** A rectangle of cells, 1-based. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** Notes and backgrounds of a block, as read in one call each. '' means none. */
export interface BlockMarks {
  readonly notes: string[][];
  readonly backgrounds: string[][];
}

/** Column widths (px) and frozen rows of one of the add-on's own sheets. */
export interface SheetLook {
  readonly widths?: readonly number[];
  readonly frozenRows?: number;
}

/** How the add-on lays out a sheet it creates. */
export interface NewSheetLayout {
  /** Rows written at the top: any notes, the header, any rows of defaults. */
  readonly rows: WriteValue[][];
  /** Rows frozen: the notes and the header, which is the last frozen row. */
  readonly frozenRows: number;
  /** Column widths in pixels (undefined: leave the default). */
  readonly widths?: readonly (number | undefined)[];
  /** Number formats per column for the rows below the header (e.g. 'yyyy-mm-dd'). */
  readonly numberFormats?: readonly (string | undefined)[];
  /** Bold the header row. */
  readonly boldHeader?: boolean;
}

/**
 * A block's numRows meaning "down to the sheet's last row" (Sheets holds at most 10 million cells,
 * so no sheet has more rows): each adapter clamps it to the rows its sheet has.
 */
export const TO_LAST_ROW = 10_000_000;

/** A conditional-format rule: a custom formula relative to the block's top-left cell. */
export interface ConditionalRule {
  readonly block: Block;
  readonly formula: string;
  readonly background: string;
  readonly fontColor?: string;
}

/** A list dropdown that warns but never blocks typing. */
export interface ListValidation {
  readonly block: Block;
  readonly values: readonly string[];
  /**
   * The list the add-on set on this column before (from its mark), as `listPrint` of its values:
   * a dropdown still exactly as the add-on set it may be replaced; anything else is the team's.
   */
  readonly previous?: string;
}

/** A fingerprint of a dropdown's list, kept in the add-on's mark on its column. */
export function listPrint(values: readonly string[]): string {
  return shortHash(values.join('\n'));
}

/** Where a mark of the add-on sits: on a whole sheet, on one row, or on one column. */
export type MarkPlace =
  | { readonly on: 'sheet' }
  | { readonly on: 'row'; readonly row: number }
  | { readonly on: 'column'; readonly column: number };

/**
 * A mark the add-on set to know its own sheets, blocks and columns by (never by a name a team
 * could also use). Its value is letters, digits, `:` and `-` (`sheet:report`, `block:2026-10:start`).
 * Marks on rows and columns move with them when rows or columns are inserted, and go with them
 * when they are deleted.
 */
export interface OwnMark {
  readonly sheet: string;
  readonly place: MarkPlace;
  readonly value: string;
}

/** What kind of write a medium refused: the cells' contents, their look, or the sheet's structure. */
export type WriteKind =
  | 'values'
  | 'notes'
  | 'colours'
  | 'formats'
  | 'dropdowns'
  | 'highlights'
  | 'rows'
  | 'columns'
  | 'layout'
  | 'chart'
  | 'clear';

/**
 * Why a write was refused: a protected sheet or range the running user may not edit (Google Sheets:
 * Data › Protect sheets and ranges), or one of Google Sheets' limits (10 million cells a
 * spreadsheet, 18,278 columns a sheet).
 */
export type SkipReason = 'protected' | 'cell_limit' | 'column_limit';

/** A write the medium refused: the operation skipped it, finished the rest, and says so. */
export interface SkippedWrite {
  readonly sheet: string;
  /** The cells it concerns in A1 notation (`C2:C40`, `H1:J1`; whole columns `H:J`, rows `5:7`). */
  readonly range: string;
  readonly what: WriteKind;
  readonly reason: SkipReason;
}

/**
 * The workbook port. Every method is one batched operation on the medium: a use case
 * reads a sheet's grid once, computes in memory, and writes each block once.
 */
export interface WorkbookPort {
  /** The spreadsheet's IANA time zone. */
  readonly timeZone: string;
  /** The spreadsheet's (or user's) locale, e.g. `zh_CN`. */
  readonly locale: string;
  /** Sheet names in tab order. */
  listSheets(): string[];
  /** Reads a sheet's used grid (or some of its rows) in one call. */
  readGrid(sheet: string, request?: ReadRequest): SheetGrid;
  /** Writes a rectangular block at (row, column) in one call; text is never evaluated as a formula. */
  writeBlock(sheet: string, row: number, column: number, values: WriteValue[][]): void;
  /** Reads the notes and backgrounds of a block. */
  readMarks(sheet: string, block: Block): BlockMarks;
  /** Sets the notes and backgrounds of a block in one call each ('' clears). */
  writeMarks(sheet: string, block: Block, marks: BlockMarks): void;
  /** Sets one number format (e.g. 'yyyy-mm-dd hh:mm') on a block of the add-on's own cells. */
  setNumberFormat(sheet: string, block: Block, format: string): void;
  /** Bold text in a block (the header rows of the add-on's own tables). */
  setBold(sheet: string, block: Block): void;
  /** Creates a sheet with the given layout; does nothing if it exists. Returns true when created. */
  createSheet(name: string, layout: NewSheetLayout): boolean;
  /** Empties an add-on sheet (values and formats), creating it if missing; optionally lays it out. */
  resetSheet(name: string, layout?: SheetLook): void;
  /**
   * Inserts empty rows before a row of an add-on sheet (the rows below move down). False when the
   * medium refused (a protection), recorded in skippedWrites: the caller leaves the block alone.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a medium that never refuses returns nothing
  insertRows(sheet: string, before: number, count: number): boolean | void;
  /** Deletes rows of an add-on sheet (the rows below move up). False when the medium refused. */
  // biome-ignore lint/suspicious/noConfusingVoidType: a medium that never refuses returns nothing
  deleteRows(sheet: string, row: number, count: number): boolean | void;
  /**
   * Replaces the add-on's chart on a sheet (null removes it). Returns false where the medium
   * has no charts (.xlsx through ExcelJS).
   */
  setOwnChart(sheet: string, chart: ChartSpec | null): boolean;
  /** Replaces the add-on's own conditional-format rules on a sheet; the team's rules stay. */
  setOwnConditionalRules(sheet: string, rules: readonly ConditionalRule[]): void;
  /**
   * Sets warning-only list dropdowns (clamped to the sheet's size). A column whose cells carry
   * any validation but the add-on's own (exactly as it set it: the `previous` list, warning-only,
   * no help text) is the team's and left alone, whatever its list. Returns the validations set
   * (or found already exactly as they would be set).
   */
  setListValidations(sheet: string, validations: readonly ListValidation[]): ListValidation[];
  /** The add-on's marks on sheets and columns, in the whole workbook (read once per operation). */
  readOwnMarks(): readonly OwnMark[];
  /** The add-on's marks on the rows of one sheet (where its blocks start and end). */
  readRowMarks(sheet: string): readonly OwnMark[];
  /** Sets a mark of the add-on. */
  addOwnMark(sheet: string, place: MarkPlace, value: string): void;
  /** Removes a mark of the add-on (a column mark whose value changed). */
  removeOwnMark(sheet: string, place: MarkPlace, value: string): void;
  /**
   * Inserts empty columns after a column (the columns right of it move right): the add-on's own
   * columns never land on a column someone else filled meanwhile.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a medium that never refuses returns nothing
  insertColumnsAfter(sheet: string, after: number, count: number): boolean | void;
  /**
   * The writes this port skipped because the medium refused them (a protected range, a limit),
   * oldest first; every other write of the same operation went ahead. A medium that refuses
   * nothing (the .xlsx of the command line) need not have it.
   */
  skippedWrites?(): readonly SkippedWrite[];
}
