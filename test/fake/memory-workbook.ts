// An in-memory workbook implementing the workbook port (src/app/port.ts): what operation tests drive
// instead of the Apps Script fake. Sheets are grids of cells (values as Sheets gives them: '' for
// blanks, Date for dates), each cell with its note, fill, number format, weight, link and dropdown;
// the add-on's marks on sheets, rows and columns; its conditional rules and chart; the team's merges
// and protections. test/port-contract.test.ts holds it to the same contract as the two real adapters.
// Every port call is counted (`calls`), and `state()` gives everything a run can change as one text.

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
  type SheetGrid,
  type SheetLook,
  type SkippedWrite,
  type SkipReason,
  type WorkbookPort,
  type WriteKind,
  type WriteValue,
} from '../../src/app/port';
import { KefuError } from '../../src/domain/i18n/errors';
import { CallCounter } from './counter';

/** What Sheets reports for a cell without a fill. */
const NO_FILL = '#ffffff';

/** A link a cell holds: one target (a LinkValue) or several in its text (a RowLinksValue). */
export type MemoryLink =
  | { readonly sheet: string; readonly row: number; readonly column: number }
  | readonly {
      readonly start: number;
      readonly end: number;
      readonly sheet: string;
      readonly row: number;
      readonly column: number;
    }[];

/** A dropdown on a cell: the add-on's own is a list, warning-only (allowInvalid), without help text. */
export interface MemoryValidation {
  readonly values: readonly string[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

/** A conditional-format rule on a sheet: the add-on's own, or one the team set. */
export interface MemoryRule extends ConditionalRule {
  readonly own: boolean;
}

interface MemoryCell {
  value: CellValue;
  note: string;
  background: string;
  format: string;
  bold: boolean;
  link: MemoryLink | null;
  validation: MemoryValidation | null;
}

function blankCell(): MemoryCell {
  return { value: '', note: '', background: NO_FILL, format: '', bold: false, link: null, validation: null };
}

function copyValue(value: CellValue): CellValue {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

/** Writes a value into a cell: text stays text (never a formula), a link keeps its text, null clears. */
function put(cell: MemoryCell, value: WriteValue): void {
  if (value === null) {
    cell.value = '';
    cell.link = null;
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    cell.value = value.text;
    cell.link = 'links' in value ? value.links.map((l) => ({ ...l })) : { ...value.link };
  } else {
    cell.value = copyValue(value);
    cell.link = null;
  }
}

/** Spreadsheet column letters of a 1-based column (28 → AB). */
function letters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Rows or columns without an end (H:J, 5:7) reach this far. */
const UNBOUNDED = 1_000_000_000;

/** A rectangle in A1 notation as the Sheets adapter names it: `C2:D9`, `C5`, `H:J`, `5:7`. */
export function a1(block: Block): string {
  const lastRow = block.row + block.numRows - 1;
  const first = letters(block.column);
  const last = letters(block.column + block.numColumns - 1);
  if (block.row === 1 && block.numRows >= UNBOUNDED / 2) return `${first}:${last}`;
  if (block.column === 1 && block.numColumns >= UNBOUNDED / 2) return `${block.row}:${lastRow}`;
  const start = `${first}${block.row}`;
  return block.numRows === 1 && block.numColumns === 1 ? start : `${start}:${last}${lastRow}`;
}

function meets(a: Block, b: Block): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.column <= b.column + b.numColumns - 1 &&
    b.column <= a.column + a.numColumns - 1
  );
}

function holds(block: Block, row: number, column: number): boolean {
  return (
    row >= block.row &&
    row < block.row + block.numRows &&
    column >= block.column &&
    column < block.column + block.numColumns
  );
}

/** Dates as Sheets shows them with the default formats: the day, and the time when it has one. */
function shown(value: CellValue, timeZone: string): string {
  if (value instanceof Date) {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(value)
        .map((p) => [p.type, p.value]),
    );
    const day = `${parts.year}-${parts.month}-${parts.day}`;
    const time = `${parts.hour}:${parts.minute}:${parts.second}`;
    return time === '00:00:00' ? day : `${day} ${time}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * A protection the running user may not edit: a whole sheet (but for its `except` ranges), or a
 * range. Writes into it are skipped and recorded (skippedWrites), as the Sheets adapter does.
 */
interface MemoryProtection {
  /** null: the whole sheet. */
  block: Block | null;
  readonly except: Block[];
}

/** One sheet of the memory workbook: its cells and everything on them. Rows and columns are 1-based. */
export class MemorySheet {
  /** cells[r - 1][c - 1]; a missing cell is blank. */
  private readonly cells: (MemoryCell | undefined)[][] = [];
  /** The team's merged ranges (read, never undone). */
  readonly merges: Block[] = [];
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  /** Number formats per column for the rows below the frozen ones (set when the add-on created the sheet). */
  readonly columnFormats = new Map<number, string>();
  conditionalRules: MemoryRule[] = [];
  chart: ChartSpec | null = null;
  /** Marks of the add-on on the sheet, its rows and its columns (rows and columns move with inserts). */
  readonly marks: { place: MarkPlace; value: string }[] = [];
  readonly protections: MemoryProtection[] = [];
  /** Rows and columns the sheet has (as in Sheets: 1,000 × 26 to start, growing as it is written). */
  maxRows = 1000;
  maxColumns = 26;

  constructor(public name: string) {}

  private at(row: number, column: number): MemoryCell | undefined {
    return this.cells[row - 1]?.[column - 1];
  }

  /** The cell, made when missing (the sheet grows to hold it). */
  cell(row: number, column: number): MemoryCell {
    let line = this.cells[row - 1];
    if (!line) {
      line = [];
      this.cells[row - 1] = line;
    }
    let found = line[column - 1];
    if (!found) {
      found = blankCell();
      line[column - 1] = found;
    }
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
    return found;
  }

  value(row: number, column: number): CellValue {
    return copyValue(this.at(row, column)?.value ?? '');
  }
  note(row: number, column: number): string {
    return this.at(row, column)?.note ?? '';
  }
  background(row: number, column: number): string {
    return this.at(row, column)?.background ?? NO_FILL;
  }
  /** The cell's number format, else its column's (below the frozen rows), else ''. */
  format(row: number, column: number): string {
    const own = this.at(row, column)?.format ?? '';
    if (own !== '' || row <= this.frozenRows) return own;
    return this.columnFormats.get(column) ?? '';
  }
  bold(row: number, column: number): boolean {
    return this.at(row, column)?.bold ?? false;
  }
  link(row: number, column: number): MemoryLink | null {
    return this.at(row, column)?.link ?? null;
  }
  validation(row: number, column: number): MemoryValidation | null {
    return this.at(row, column)?.validation ?? null;
  }

  /** Test set-up: a value as the team typed it (kept as given: a string stays a string). */
  setRaw(row: number, column: number, value: CellValue): void {
    const cell = this.cell(row, column);
    cell.value = copyValue(value);
    cell.link = null;
  }
  /** Test set-up: a note the team wrote. */
  setNote(row: number, column: number, note: string): void {
    this.cell(row, column).note = note;
  }
  /** Test set-up: a fill the team chose. */
  setBackground(row: number, column: number, color: string): void {
    this.cell(row, column).background = color.toLowerCase();
  }
  /** Test set-up: a dropdown the team set (strict unless allowInvalid, with any help text). */
  setValidation(row: number, column: number, validation: MemoryValidation | null): void {
    this.cell(row, column).validation = validation;
  }
  /** Test set-up: merges a block as Sheets' "Merge cells" does (the top-left value stays). */
  merge(row: number, column: number, numRows: number, numColumns: number): void {
    for (let r = row; r < row + numRows; r++) {
      for (let c = column; c < column + numColumns; c++) if (r !== row || c !== column) this.setRaw(r, c, '');
    }
    this.merges.push({ row, column, numRows, numColumns });
  }

  /** Last row holding a value (notes and fills do not count, as in Sheets). */
  lastRow(): number {
    for (let r = this.cells.length; r >= 1; r--) {
      if (this.cells[r - 1]?.some((cell) => cell !== undefined && cell.value !== '')) return r;
    }
    return 0;
  }

  /** Last column holding a value. */
  lastColumn(): number {
    let last = 0;
    for (const line of this.cells) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        if ((line[c - 1]?.value ?? '') !== '') {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Every value as a plain grid (rows 1..lastRow, columns 1..lastColumn), for assertions. */
  snapshotValues(): CellValue[][] {
    const rows = this.lastRow();
    const columns = this.lastColumn();
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this.value(r + 1, c + 1)),
    );
  }

  /** Inserts empty rows before a row: everything below moves down (marks, merges, protections). */
  insertRows(before: number, count: number): void {
    if (this.cells.length >= before)
      this.cells.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
    for (const mark of this.marks) {
      if (mark.place.on === 'row' && mark.place.row >= before)
        mark.place = { on: 'row', row: mark.place.row + count };
    }
    const shift = (b: Block): Block =>
      b.row >= before
        ? { ...b, row: b.row + count }
        : before <= b.row + b.numRows - 1
          ? { ...b, numRows: b.numRows + count }
          : b;
    this.merges.splice(0, this.merges.length, ...this.merges.map((m) => (m.row >= before ? shift(m) : m)));
    for (const p of this.protections) {
      if (p.block) p.block = shift(p.block);
      p.except.splice(0, p.except.length, ...p.except.map(shift));
    }
    this.maxRows += count;
  }

  /** Inserts empty columns before a column: everything right of it moves right. */
  insertColumns(before: number, count: number): void {
    for (const line of this.cells) {
      if (line && line.length >= before)
        line.splice(before - 1, 0, ...Array.from({ length: count }, () => undefined));
    }
    for (const mark of this.marks) {
      if (mark.place.on === 'column' && mark.place.column >= before)
        mark.place = { on: 'column', column: mark.place.column + count };
    }
    const shift = (b: Block): Block =>
      b.column >= before
        ? { ...b, column: b.column + count }
        : before <= b.column + b.numColumns - 1
          ? { ...b, numColumns: b.numColumns + count }
          : b;
    this.merges.splice(0, this.merges.length, ...this.merges.map((m) => (m.column >= before ? shift(m) : m)));
    for (const p of this.protections) {
      if (p.block) p.block = shift(p.block);
      p.except.splice(0, p.except.length, ...p.except.map(shift));
    }
    const formats = [...this.columnFormats];
    this.columnFormats.clear();
    for (const [c, f] of formats) this.columnFormats.set(c >= before ? c + count : c, f);
    this.maxColumns += count;
  }

  /** Deletes rows: everything below moves up; marks on deleted rows go with them. */
  deleteRows(row: number, count: number): void {
    this.cells.splice(row - 1, count);
    for (let i = this.marks.length - 1; i >= 0; i--) {
      const place = this.marks[i]?.place;
      if (place?.on !== 'row' || place.row < row) continue;
      if (place.row < row + count) this.marks.splice(i, 1);
      else (this.marks[i] as { place: MarkPlace }).place = { on: 'row', row: place.row - count };
    }
    this.maxRows = Math.max(1, this.maxRows - count);
  }

  /**
   * Empties every cell (values, notes, fills, formats, dropdowns), as Sheets' Sheet.clear(); but for
   * the cells `keep` holds (protected), which stay as they are.
   */
  clearCells(keep: (row: number, column: number) => boolean = () => false): void {
    this.cells.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (cell && !keep(r + 1, c + 1)) line[c] = undefined;
      });
    });
    if (!this.cells.some((line) => line?.some((cell) => cell !== undefined))) this.cells.length = 0;
    this.columnFormats.clear();
  }

  /** Everything on the sheet, as one comparable value. */
  state(): unknown {
    const cells = this.cells.map((line) =>
      (line ?? []).map((cell) =>
        cell
          ? {
              ...cell,
              value: cell.value instanceof Date ? { date: cell.value.getTime() } : cell.value,
            }
          : null,
      ),
    );
    return {
      name: this.name,
      cells,
      merges: this.merges,
      frozenRows: this.frozenRows,
      widths: [...this.columnWidths],
      columnFormats: [...this.columnFormats],
      rules: this.conditionalRules,
      chart: this.chart,
      marks: this.marks,
    };
  }
}

/** A sheet to load: its rows (null or '' for a blank) and any merged ranges (`A1:H1`). */
export interface MemorySheetData {
  readonly name: string;
  readonly rows: readonly (readonly (CellValue | null)[])[];
  readonly merges?: readonly string[];
}

function cellOf(ref: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell: ${ref}`);
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

/** The workbook port over sheets held in memory. */
export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  /** Port calls per method (`readGrid`, `writeBlock`…), since the last `calls.reset()`. */
  readonly calls = new CallCounter();
  private readonly skipped: SkippedWrite[] = [];
  private readonly skippedKeys = new Set<string>();

  constructor(
    readonly timeZone = 'Asia/Shanghai',
    readonly locale = 'zh_CN',
  ) {}

  /** A workbook holding these sheets, in this order. */
  static of(
    sheets: readonly MemorySheetData[],
    options: { timeZone?: string; locale?: string } = {},
  ): MemoryWorkbook {
    const wb = new MemoryWorkbook(options.timeZone, options.locale);
    for (const data of sheets) {
      const sheet = wb.addSheet(data.name);
      data.rows.forEach((line, r) => {
        line.forEach((v, c) => {
          if (v !== null && v !== '') sheet.setRaw(r + 1, c + 1, v);
        });
      });
      for (const ref of data.merges ?? []) {
        const [from = '', to = from] = ref.split(':');
        const start = cellOf(from);
        const end = cellOf(to);
        sheet.merge(start.row, start.column, end.row - start.row + 1, end.column - start.column + 1);
      }
    }
    return wb;
  }

  /** Test set-up: a new empty sheet at the end. */
  addSheet(name: string): MemorySheet {
    if (this.sheets.some((s) => s.name === name)) throw new Error(`sheet ${name} exists`);
    const sheet = new MemorySheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** A sheet by name (for assertions and set-up). */
  sheet(name: string): MemorySheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** A sheet by name, as the port reaches it: one missing is the KefuError the adapters throw. */
  private portSheet(name: string): MemorySheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new KefuError('no_such_sheet', { sheet: name });
    return found;
  }

  /**
   * Test set-up: a protection the running user may not edit (Data › Protect sheets and ranges): a
   * block, or (without one) the whole sheet but for the `except` blocks.
   */
  protect(name: string, block?: Block, except: readonly Block[] = []): void {
    this.sheet(name).protections.push({
      block: block ? { ...block } : null,
      except: except.map((b) => ({ ...b })),
    });
  }

  /** Test set-up: a conditional-format rule the team set (the add-on must keep it). */
  addTeamRule(name: string, rule: ConditionalRule): void {
    this.sheet(name).conditionalRules.push({ ...rule, own: false });
  }

  /** Everything a run can change, in every sheet, as one comparable text. */
  state(): string {
    return JSON.stringify(this.sheets.map((s) => s.state()));
  }

  // --- protections -------------------------------------------------------------------------------

  private blocked(sheet: MemorySheet, row: number, column: number): boolean {
    return sheet.protections.some((p) =>
      p.block === null ? !p.except.some((b) => holds(b, row, column)) : holds(p.block, row, column),
    );
  }

  private wholeSheetProtected(sheet: MemorySheet): boolean {
    return sheet.protections.some((p) => p.block === null);
  }

  private skip(name: string, where: Block | string, what: WriteKind, reason: SkipReason = 'protected'): void {
    const range = typeof where === 'string' ? where : a1(where);
    const key = `${name}\u0000${range}\u0000${what}`;
    if (this.skippedKeys.has(key)) return;
    this.skippedKeys.add(key);
    this.skipped.push({ sheet: name, range, what, reason });
  }

  /**
   * The cells of a block the user may not write where `changes` says the write would change
   * something, as rectangles: each run of such rows, from its first such column to its last.
   */
  private refusedBands(
    sheet: MemorySheet,
    block: Block,
    changes: (row: number, column: number) => boolean,
  ): Block[] {
    const bands: Block[] = [];
    let open: { row: number; left: number; right: number } | null = null;
    const close = (lastRow: number) => {
      if (!open) return;
      bands.push({
        row: open.row,
        column: open.left,
        numRows: lastRow - open.row + 1,
        numColumns: open.right - open.left + 1,
      });
      open = null;
    };
    for (let r = block.row; r < block.row + block.numRows; r++) {
      let first = -1;
      let last = -1;
      for (let c = block.column; c < block.column + block.numColumns; c++) {
        if (!this.blocked(sheet, r, c) || !changes(r, c)) continue;
        if (first < 0) first = c;
        last = c;
      }
      if (first < 0) close(r - 1);
      else if (!open) open = { row: r, left: first, right: last };
      else {
        const current: { row: number; left: number; right: number } = open;
        current.left = Math.min(current.left, first);
        current.right = Math.max(current.right, last);
      }
    }
    close(block.row + block.numRows - 1);
    return bands;
  }

  /** Writes each cell of a block the user may; records the refused cells the write would change. */
  private writeCells(
    sheet: MemorySheet,
    block: Block,
    what: WriteKind,
    write: (cell: MemoryCell, r: number, c: number) => void,
    changes: (row: number, column: number) => boolean = () => true,
  ): void {
    for (const band of this.refusedBands(sheet, block, changes)) this.skip(sheet.name, band, what);
    for (let r = 0; r < block.numRows; r++) {
      for (let c = 0; c < block.numColumns; c++) {
        const row = block.row + r;
        const column = block.column + c;
        if (this.blocked(sheet, row, column)) continue;
        write(sheet.cell(row, column), r, c);
      }
    }
  }

  /** A block reaching "the last row" stops at the rows the sheet has. */
  private clamp(sheet: MemorySheet, block: Block): Block {
    return { ...block, numRows: Math.max(0, Math.min(block.numRows, sheet.maxRows - block.row + 1)) };
  }

  // --- the port ----------------------------------------------------------------------------------

  skippedWrites(): readonly SkippedWrite[] {
    this.calls.record('skippedWrites');
    return this.skipped;
  }

  listSheets(): string[] {
    this.calls.record('listSheets');
    return this.sheets.map((s) => s.name);
  }

  readGrid(name: string, request: ReadRequest = {}): SheetGrid {
    this.calls.record('readGrid');
    const sheet = this.portSheet(name);
    const lastRow = sheet.lastRow();
    const width = sheet.lastColumn();
    const whole = request.firstRow === undefined;
    const first = whole ? 1 : Math.max(1, request.firstRow ?? 1);
    const count = whole ? lastRow : Math.min(request.numRows ?? lastRow - first + 1, lastRow - first + 1);
    const firstColumn = whole ? 1 : Math.max(1, request.firstColumn ?? 1);
    const numColumns = whole
      ? width
      : Math.min(request.numColumns ?? width - firstColumn + 1, width - firstColumn + 1);
    // Nothing to read (an empty sheet, rows past its end): no values, and no displays or merges.
    if (count < 1 || numColumns < 1)
      return { sheet: name, firstRow: first, firstColumn, values: [], lastRow, width };
    const values: CellValue[][] = [];
    const displays: string[][] = [];
    for (let r = first; r < first + count; r++) {
      const line: CellValue[] = [];
      for (let c = firstColumn; c < firstColumn + numColumns; c++) line.push(sheet.value(r, c));
      values.push(line);
      if (request.displays) displays.push(line.map((v) => shown(v, this.timeZone)));
    }
    const block = { row: first, column: firstColumn, numRows: count, numColumns };
    return {
      sheet: name,
      firstRow: first,
      firstColumn,
      values,
      ...(request.displays ? { displays } : {}),
      ...(request.merges
        ? { merges: sheet.merges.filter((m) => meets(m, block)).map((m) => ({ ...m })) }
        : {}),
      lastRow,
      width,
    };
  }

  writeBlock(name: string, row: number, column: number, values: WriteValue[][]): void {
    this.calls.record('writeBlock');
    const width = values[0]?.length ?? 0;
    if (values.length === 0 || width === 0) return;
    const sheet = this.portSheet(name);
    const block = { row, column, numRows: values.length, numColumns: width };
    const at = (r: number, c: number) => values[r - row]?.[c - column] ?? null;
    this.writeCells(
      sheet,
      block,
      'values',
      (cell, r, c) => put(cell, values[r]?.[c] ?? null),
      (r, c) => {
        const v = at(r, c);
        return v !== null && v !== '';
      },
    );
  }

  readMarks(name: string, block: Block): BlockMarks {
    this.calls.record('readMarks');
    const sheet = this.portSheet(name);
    const notes: string[][] = [];
    const backgrounds: string[][] = [];
    for (let r = block.row; r < block.row + block.numRows; r++) {
      const noteLine: string[] = [];
      const fillLine: string[] = [];
      for (let c = block.column; c < block.column + block.numColumns; c++) {
        noteLine.push(sheet.note(r, c));
        fillLine.push(sheet.background(r, c));
      }
      notes.push(noteLine);
      backgrounds.push(fillLine);
    }
    return { notes, backgrounds };
  }

  writeMarks(name: string, block: Block, marks: BlockMarks): void {
    this.calls.record('writeMarks');
    const sheet = this.portSheet(name);
    const note = (r: number, c: number) => marks.notes[r - block.row]?.[c - block.column] ?? '';
    const fill = (r: number, c: number) => {
      const b = (marks.backgrounds[r - block.row]?.[c - block.column] ?? '').toLowerCase();
      return b === '' ? NO_FILL : b;
    };
    for (const band of this.refusedBands(sheet, block, (r, c) => note(r, c) !== sheet.note(r, c)))
      this.skip(name, band, 'notes');
    for (const band of this.refusedBands(sheet, block, (r, c) => fill(r, c) !== sheet.background(r, c)))
      this.skip(name, band, 'colours');
    for (let r = block.row; r < block.row + block.numRows; r++) {
      for (let c = block.column; c < block.column + block.numColumns; c++) {
        if (this.blocked(sheet, r, c)) continue;
        const cell = sheet.cell(r, c);
        cell.note = note(r, c);
        cell.background = fill(r, c);
      }
    }
  }

  setNumberFormat(name: string, block: Block, format: string): void {
    this.calls.record('setNumberFormat');
    const sheet = this.portSheet(name);
    this.writeCells(sheet, this.clamp(sheet, block), 'formats', (cell) => {
      cell.format = format;
    });
  }

  setBold(name: string, block: Block): void {
    this.calls.record('setBold');
    const sheet = this.portSheet(name);
    this.writeCells(sheet, this.clamp(sheet, block), 'formats', (cell) => {
      cell.bold = true;
    });
  }

  createSheet(name: string, layout: NewSheetLayout): boolean {
    this.calls.record('createSheet');
    if (this.sheets.some((s) => s.name === name)) return false;
    const sheet = this.addSheet(name);
    const width = Math.max(1, ...layout.rows.map((r) => r.length));
    layout.rows.forEach((line, r) => {
      line.forEach((v, c) => {
        if (v !== null) put(sheet.cell(r + 1, c + 1), v);
      });
    });
    if (layout.boldHeader && layout.frozenRows > 0 && layout.rows.length > 0) {
      for (let c = 1; c <= width; c++) sheet.cell(layout.frozenRows, c).bold = true;
    }
    sheet.frozenRows = layout.frozenRows;
    (layout.widths ?? []).forEach((w, c) => {
      if (w !== undefined) sheet.columnWidths.set(c + 1, w);
    });
    (layout.numberFormats ?? []).forEach((f, c) => {
      if (f !== undefined) sheet.columnFormats.set(c + 1, f);
    });
    return true;
  }

  resetSheet(name: string, look: SheetLook = {}): void {
    this.calls.record('resetSheet');
    let sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) sheet = this.addSheet(name);
    // Every cell the user may clear is cleared; the protected cells holding something stay, and are said.
    const target = sheet;
    const used = { row: 1, column: 1, numRows: sheet.lastRow(), numColumns: sheet.lastColumn() };
    for (const band of this.refusedBands(target, used, (r, c) => target.value(r, c) !== ''))
      this.skip(name, band, 'clear');
    sheet.clearCells((r, c) => this.blocked(target, r, c));
    if (this.wholeSheetProtected(sheet)) {
      if (look.frozenRows !== undefined || (look.widths ?? []).length > 0) this.skip(name, '1:1', 'layout');
      return;
    }
    if (look.frozenRows !== undefined) sheet.frozenRows = look.frozenRows;
    (look.widths ?? []).forEach((w, c) => {
      sheet.columnWidths.set(c + 1, w);
    });
  }

  /** Whether rows or columns may be inserted before `before`: not into a protected sheet or range. */
  private mayInsert(sheet: MemorySheet, dimension: 'rows' | 'columns', before: number): boolean {
    return !sheet.protections.some((p) => {
      if (p.block === null) return true;
      const [first, last] =
        dimension === 'rows'
          ? [p.block.row, p.block.row + p.block.numRows - 1]
          : [p.block.column, p.block.column + p.block.numColumns - 1];
      return first < before && before <= last;
    });
  }

  insertRows(name: string, before: number, count: number): boolean {
    this.calls.record('insertRows');
    const sheet = this.portSheet(name);
    if (count < 1) return true;
    if (!this.mayInsert(sheet, 'rows', before)) {
      this.skip(name, `${before}:${before + count - 1}`, 'rows');
      return false;
    }
    sheet.insertRows(before, count);
    return true;
  }

  deleteRows(name: string, row: number, count: number): boolean {
    this.calls.record('deleteRows');
    const sheet = this.portSheet(name);
    if (count < 1) return true;
    const refused = sheet.protections.some(
      (p) => p.block === null || (p.block.row <= row + count - 1 && row <= p.block.row + p.block.numRows - 1),
    );
    if (refused) {
      this.skip(name, `${row}:${row + count - 1}`, 'rows');
      return false;
    }
    sheet.deleteRows(row, count);
    return true;
  }

  setOwnChart(name: string, chart: ChartSpec | null): boolean {
    this.calls.record('setOwnChart');
    const sheet = this.portSheet(name);
    if (this.wholeSheetProtected(sheet)) {
      this.skip(name, chart ? a1(chart.values) : 'A1', 'chart');
      return true;
    }
    sheet.chart = chart;
    return true;
  }

  setOwnConditionalRules(name: string, rules: readonly ConditionalRule[]): void {
    this.calls.record('setOwnConditionalRules');
    const sheet = this.portSheet(name);
    const blocks = rules.map((rule) => {
      const clamped = this.clamp(sheet, rule.block);
      return { ...clamped, numRows: Math.max(1, clamped.numRows) };
    });
    if (this.wholeSheetProtected(sheet)) {
      for (const block of blocks) this.skip(name, block, 'highlights');
      return;
    }
    for (const block of blocks)
      for (const band of this.refusedBands(sheet, block, () => true)) this.skip(name, band, 'highlights');
    sheet.conditionalRules = [
      ...sheet.conditionalRules.filter((r) => !r.own),
      ...rules.map((rule, i) => ({ ...rule, block: blocks[i] as Block, own: true })),
    ];
  }

  setListValidations(name: string, validations: readonly ListValidation[]): ListValidation[] {
    this.calls.record('setListValidations');
    const sheet = this.portSheet(name);
    const applied: ListValidation[] = [];
    const isOwn = (v: MemoryValidation | null, print: string | undefined) =>
      v !== null &&
      print !== undefined &&
      v.allowInvalid &&
      v.helpText === '' &&
      listPrint(v.values) === print;
    for (const v of validations) {
      const block = this.clamp(sheet, v.block);
      if (block.numRows < 1) continue;
      const current: (MemoryValidation | null)[] = [];
      for (let r = block.row; r < block.row + block.numRows; r++) {
        for (let c = block.column; c < block.column + block.numColumns; c++)
          current.push(sheet.validation(r, c));
      }
      if (current.every((dv) => isOwn(dv, listPrint(v.values)))) {
        // Already exactly the dropdown it would be: nothing to change.
        applied.push(v);
        continue;
      }
      // Any validation but the add-on's own (the list it set before) is the team's: left alone.
      if (current.some((dv) => dv !== null) && !current.every((dv) => dv === null || isOwn(dv, v.previous)))
        continue;
      let allowed = false;
      for (let r = block.row; r < block.row + block.numRows && !allowed; r++) {
        for (let c = block.column; c < block.column + block.numColumns; c++) {
          if (!this.blocked(sheet, r, c)) {
            allowed = true;
            break;
          }
        }
      }
      if (!allowed) {
        this.skip(name, block, 'dropdowns');
        continue;
      }
      const rule: MemoryValidation = { values: [...v.values], allowInvalid: true, helpText: '' };
      this.writeCells(sheet, block, 'dropdowns', (cell) => {
        cell.validation = rule;
      });
      applied.push(v);
    }
    return applied;
  }

  readOwnMarks(): readonly OwnMark[] {
    this.calls.record('readOwnMarks');
    const marks: OwnMark[] = [];
    for (const on of ['sheet', 'column'] as const) {
      for (const sheet of this.sheets) {
        for (const mark of sheet.marks) {
          if (mark.place.on === on)
            marks.push({ sheet: sheet.name, place: { ...mark.place }, value: mark.value });
        }
      }
    }
    return marks;
  }

  readRowMarks(name: string): readonly OwnMark[] {
    this.calls.record('readRowMarks');
    return this.portSheet(name)
      .marks.filter((m) => m.place.on === 'row')
      .map((m) => ({ sheet: name, place: { ...m.place }, value: m.value }));
  }

  addOwnMark(name: string, place: MarkPlace, value: string): void {
    this.calls.record('addOwnMark');
    this.portSheet(name).marks.push({ place: { ...place }, value });
  }

  removeOwnMark(name: string, place: MarkPlace, value: string): void {
    this.calls.record('removeOwnMark');
    const sheet = this.portSheet(name);
    const same = (p: MarkPlace) =>
      p.on === place.on &&
      (p.on !== 'row' || (place.on === 'row' && p.row === place.row)) &&
      (p.on !== 'column' || (place.on === 'column' && p.column === place.column));
    for (let i = sheet.marks.length - 1; i >= 0; i--) {
      const mark = sheet.marks[i];
      if (mark && same(mark.place) && mark.value === value) sheet.marks.splice(i, 1);
    }
  }

  insertColumnsAfter(name: string, after: number, count: number): boolean {
    this.calls.record('insertColumnsAfter');
    const sheet = this.portSheet(name);
    if (count < 1) return true;
    if (!this.mayInsert(sheet, 'columns', after + 1)) {
      this.skip(name, { row: 1, column: after + 1, numRows: UNBOUNDED, numColumns: count }, 'columns');
      return false;
    }
    sheet.insertColumns(after + 1, count);
    return true;
  }
}
