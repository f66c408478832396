// A workbook as the command line reads it when it writes nothing: each sheet's values and merged
// ranges, its defined names (the add-on's marks), nothing else. Filled by a streaming reader (an
// .xlsx in reader.ts, a CSV in src/cli/csv.ts) that checks the limits while it reads, so a file
// too large for the engine is refused before its grid is built. The port over it reads exactly as
// XlsxWorkbook reads the same file loaded whole by ExcelJS (test/xlsx/values.test.ts compares
// them), and writes nothing: a run that writes (`--out`) uses XlsxWorkbook.

import type {
  Block,
  BlockMarks,
  CellValue,
  ChartSpec,
  ConditionalRule,
  ListValidation,
  MarkPlace,
  NewSheetLayout,
  OwnMark,
  ReadRequest,
  SheetGrid,
  SheetLook,
  WorkbookPort,
  WriteValue,
} from '../app/port';
import { fromWall } from '../domain/calendar/time';
import { KefuError } from '../domain/i18n/errors';
import { columnLetter } from '../domain/text';
import { marksOf } from './marks';

/**
 * A cell's value as ExcelJS reads it, reduced to what the engine reads: text (rich text joined,
 * an error as its code), a number, a boolean, or a Date holding the wall-clock time as UTC.
 */
export type RawValue = string | number | boolean | Date;

export interface SheetValues {
  readonly name: string;
  /** Row r at rows[r - 1], its cells from column 1; undefined where blank. */
  readonly rows: (RawValue | undefined)[][];
  /** The last row and column holding a value (merged-away cells hold none). */
  readonly lastRow: number;
  readonly width: number;
  /** How many rows hold a value. */
  readonly rowsWithValues: number;
  readonly merges: readonly Block[];
}

export interface DefinedName {
  readonly name: string;
  /** `'Sheet'!$A$1`, one per cell or range the name refers to. */
  readonly ranges: readonly string[];
}

export interface WorkbookValues {
  readonly sheets: readonly SheetValues[];
  readonly definedNames: readonly DefinedName[];
}

/**
 * What the command line reads at most (docs/cli.md, "Limits"): checked while the file is read, so
 * that a file beyond them is refused in seconds, before a grid is built.
 */
export interface ReadLimits {
  /** Bytes of the file, checked before reading. */
  readonly fileBytes: number;
  /** Bytes an .xlsx unpacks to, all of its parts together (a zip bomb stops here). */
  readonly unpackedBytes: number;
  /** The last row of any sheet that may hold a value. */
  readonly rows: number;
  /**
   * Cells of the used range, rows × columns from A1 to the last row and column holding a value,
   * summed over the sheets: what Google Sheets counts towards its 10 million.
   */
  readonly cells: number;
  /**
   * Cells of the file, a blank one carrying a format included, when the workbook is to be loaded
   * whole by ExcelJS to write a copy (src/cli/files.ts, COPY_CELLS); unset otherwise.
   */
  readonly cellElements?: number;
}

/** The counts a read reached: the progress line says them. */
export interface ReadCounts {
  readonly sheets: number;
  readonly rows: number;
}

/**
 * Collects one sheet's cells as a reader finds them, keeping count of the whole file's used
 * cells against the limits. With `keep` false it only counts (the check before ExcelJS loads a
 * workbook that is to be written).
 */
export class SheetCollector {
  readonly rows: (RawValue | undefined)[][] = [];
  lastRow = 0;
  width = 0;
  rowsWithValues = 0;
  private lastCounted = 0;

  constructor(
    readonly name: string,
    readonly budget: ReadBudget,
    private readonly keep = true,
  ) {}

  /** A cell holding a value ('' is a blank and is not kept). */
  set(row: number, column: number, value: RawValue): void {
    if (value === '') return;
    if (row > this.lastRow || column > this.width) {
      if (row > this.budget.limits.rows) {
        throw new KefuError('cli.sheet_too_large', {
          file: this.budget.file,
          sheet: this.name,
          row: thousands(row),
          limit: thousands(this.budget.limits.rows),
        });
      }
      if (row > this.lastRow) this.lastRow = row;
      if (column > this.width) this.width = column;
      this.budget.check(this);
    }
    if (row !== this.lastCounted) {
      // Rows come in order in both formats; a row read twice is counted twice, which is harmless.
      this.lastCounted = row;
      this.rowsWithValues++;
    }
    if (!this.keep) return;
    let line = this.rows[row - 1];
    if (!line) {
      line = [];
      this.rows[row - 1] = line;
    }
    line[column - 1] = value;
  }

  /** The sheet as read; merged-away cells blanked (as ExcelJS reads them) and the extent taken again. */
  finish(merges: readonly Block[] = [], blank: readonly { row: number; column: number }[] = []): SheetValues {
    const rows = this.rows;
    let { lastRow, width, rowsWithValues } = this;
    if (this.keep && (merges.length > 0 || blank.length > 0)) {
      for (const m of merges) {
        for (let r = m.row; r < m.row + m.numRows && r <= lastRow; r++) {
          const line = rows[r - 1];
          if (!line) continue;
          for (let c = m.column; c < m.column + m.numColumns && c <= line.length; c++) {
            if (r !== m.row || c !== m.column) line[c - 1] = undefined;
          }
        }
      }
      for (const cell of blank) {
        const line = rows[cell.row - 1];
        if (line) line[cell.column - 1] = undefined;
      }
      lastRow = 0;
      width = 0;
      rowsWithValues = 0;
      rows.forEach((line, index) => {
        let last = 0;
        for (let c = line.length; c > 0; c--) {
          if (line[c - 1] !== undefined) {
            last = c;
            break;
          }
        }
        if (last === 0) return;
        rowsWithValues++;
        lastRow = index + 1;
        if (last > width) width = last;
      });
    }
    this.budget.done(lastRow * width);
    return { name: this.name, rows, lastRow, width, rowsWithValues, merges };
  }
}

/** The used cells of the sheets read so far, against the limit. */
export class ReadBudget {
  private used = 0;

  constructor(
    readonly file: string,
    readonly limits: ReadLimits,
  ) {}

  check(sheet: SheetCollector): void {
    if (this.used + sheet.lastRow * sheet.width > this.limits.cells) {
      throw new KefuError('cli.too_many_cells', {
        file: this.file,
        sheet: sheet.name,
        row: thousands(sheet.lastRow),
        column: columnLetter(sheet.width),
        limit: thousands(this.limits.cells),
      });
    }
  }

  private elements = 0;

  /** One more cell in the file (counted only against `cellElements`). */
  element(): void {
    const limit = this.limits.cellElements;
    if (limit !== undefined && ++this.elements > limit) {
      throw new KefuError('cli.too_large_for_copy', { file: this.file, limit: thousands(limit) });
    }
  }

  done(cells: number): void {
    this.used += cells;
  }

  get cells(): number {
    return this.used;
  }
}

/** 1,000,000 (limits and rows in messages, the same in every language). */
function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** The read-only port over a workbook's values (see the head of this file). */
export class ValuesWorkbook implements WorkbookPort {
  private zone: string;
  private readonly byName: Map<string, SheetValues>;

  constructor(
    readonly values: WorkbookValues,
    timeZone: string,
    readonly locale: string,
  ) {
    this.zone = timeZone;
    this.byName = new Map(values.sheets.map((s) => [s.name, s]));
  }

  get timeZone(): string {
    return this.zone;
  }

  /** Settles the zone before anything is read (the CLI: --tz, else the workbook's 时区 parameter). */
  setTimeZone(timeZone: string): void {
    this.zone = timeZone;
  }

  private sheet(name: string): SheetValues {
    const sheet = this.byName.get(name);
    if (!sheet) throw new KefuError('no_such_sheet', { sheet: name });
    return sheet;
  }

  listSheets(): string[] {
    return this.values.sheets.map((s) => s.name);
  }

  private plain(value: RawValue | undefined): CellValue {
    if (value === undefined) return '';
    if (value instanceof Date) {
      return Number.isNaN(value.getTime()) ? '' : new Date(fromWall(value.getTime(), this.zone));
    }
    return value;
  }

  readGrid(name: string, request: ReadRequest = {}): SheetGrid {
    const ws = this.sheet(name);
    const { lastRow, width } = ws;
    const first = Math.max(1, request.firstRow ?? 1);
    const count = Math.min(request.numRows ?? lastRow - first + 1, lastRow - first + 1);
    const firstColumn = Math.max(1, request.firstColumn ?? 1);
    const lastColumn = Math.min(width, firstColumn + (request.numColumns ?? width) - 1);
    const columns = Math.max(0, lastColumn - firstColumn + 1);
    const values: CellValue[][] = [];
    const displays: string[][] = [];
    for (let r = first; r < first + Math.max(0, count); r++) {
      const source = ws.rows[r - 1];
      const line: CellValue[] = new Array(columns);
      for (let c = 0; c < columns; c++) line[c] = this.plain(source?.[firstColumn - 1 + c]);
      values.push(line);
      if (request.displays) displays.push(line.map((v) => displayText(v)));
    }
    const block = { row: first, column: firstColumn, numRows: count, numColumns: columns };
    const merges = request.merges ? ws.merges.filter((m) => intersects(m, block)) : undefined;
    return {
      sheet: name,
      firstRow: first,
      firstColumn,
      values,
      ...(request.displays ? { displays } : {}),
      ...(merges ? { merges } : {}),
      lastRow,
      width,
    };
  }

  readOwnMarks(): readonly OwnMark[] {
    return marksOf(this.values.definedNames, (sheet) => this.byName.has(sheet)).filter(
      (m) => m.place.on !== 'row',
    );
  }

  readRowMarks(name: string): readonly OwnMark[] {
    return marksOf(this.values.definedNames, (sheet) => this.byName.has(sheet)).filter(
      (m) => m.place.on === 'row' && m.sheet === name,
    );
  }

  // A run that writes opens the workbook whole (XlsxWorkbook): reaching one of these is a bug.
  private readOnly(what: string): never {
    throw new Error(`ValuesWorkbook is read-only: ${what}`);
  }
  readMarks(_name: string, _block: Block): BlockMarks {
    return this.readOnly('readMarks');
  }
  writeBlock(_name: string, _row: number, _column: number, _values: WriteValue[][]): void {
    this.readOnly('writeBlock');
  }
  writeMarks(_name: string, _block: Block, _marks: BlockMarks): void {
    this.readOnly('writeMarks');
  }
  setNumberFormat(_name: string, _block: Block, _format: string): void {
    this.readOnly('setNumberFormat');
  }
  setBold(_name: string, _block: Block): void {
    this.readOnly('setBold');
  }
  createSheet(_name: string, _layout: NewSheetLayout): boolean {
    return this.readOnly('createSheet');
  }
  resetSheet(_name: string, _look?: SheetLook): void {
    this.readOnly('resetSheet');
  }
  insertRows(_name: string, _before: number, _count: number): void {
    this.readOnly('insertRows');
  }
  deleteRows(_name: string, _row: number, _count: number): void {
    this.readOnly('deleteRows');
  }
  insertColumnsAfter(_name: string, _after: number, _count: number): void {
    this.readOnly('insertColumnsAfter');
  }
  setOwnChart(_name: string, _chart: ChartSpec | null): boolean {
    return this.readOnly('setOwnChart');
  }
  setOwnConditionalRules(_name: string, _rules: readonly ConditionalRule[]): void {
    this.readOnly('setOwnConditionalRules');
  }
  setListValidations(_name: string, _validations: readonly ListValidation[]): ListValidation[] {
    return this.readOnly('setListValidations');
  }
  addOwnMark(_name: string, _place: MarkPlace, _value: string): void {
    this.readOnly('addOwnMark');
  }
  removeOwnMark(_name: string, _place: MarkPlace, _value: string): void {
    this.readOnly('removeOwnMark');
  }
}

/** A value as text (the engine never reads displays from a file; dates as ISO, for completeness). */
function displayText(value: CellValue): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

function intersects(a: Block, b: Block): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    a.row + a.numRows - 1 >= b.row &&
    a.column <= b.column + b.numColumns - 1 &&
    a.column + a.numColumns - 1 >= b.column
  );
}
