// The ExcelJS adapter of the workbook port: the same use cases on an .xlsx file, offline.
// ExcelJS reads and writes dates as UTC wall-clock values; this adapter converts them with the
// workbook's time zone, so the use cases see real instants exactly as in Google Sheets.

import ExcelJS from 'exceljs';
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
  type WorkbookPort,
  type WriteValue,
} from '../app/port';
import { NO_FILL, OWN_RULE_MARKER } from '../app/writes/marks';
import { fromWall, toWall } from '../domain/calendar/time';
import { KefuError } from '../domain/i18n/errors';
import { columnLetter, columnNumber } from '../domain/text';
import { markName, marksOf } from './marks';
import { type SaveProgress, writeWorkbook } from './save';

/** Excel column width units per pixel (a character is about 7 px). */
const PX_PER_WIDTH_UNIT = 7;

function argbToHex(argb: string | undefined): string | null {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return null;
  return `#${argb.slice(2).toLowerCase()}`;
}

function hexToArgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Rows an Excel worksheet has (blocks reaching "the last row" stop there). */
const EXCEL_ROWS = 1_048_576;

function blockRef(block: Block): string {
  const start = `${columnLetter(block.column)}${block.row}`;
  const last = Math.min(block.row + block.numRows - 1, EXCEL_ROWS);
  const end = `${columnLetter(block.column + block.numColumns - 1)}${last}`;
  return start === end ? start : `${start}:${end}`;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

interface DefinedNamesApi {
  add(locStr: string, name: string): void;
  readonly model: { name: string; ranges: string[] }[];
}

/** The workbook port over an ExcelJS workbook held in memory. */
export class XlsxWorkbook implements WorkbookPort {
  private zone: string;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    timeZone: string,
    readonly locale: string,
  ) {
    this.zone = timeZone;
  }

  /** The zone dates are read and written in (an .xlsx file has none of its own). */
  get timeZone(): string {
    return this.zone;
  }

  /** Settles the zone before anything is read (the CLI: --tz, else the workbook's 时区 parameter). */
  setTimeZone(timeZone: string): void {
    this.zone = timeZone;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new KefuError('no_such_sheet', { sheet: name });
    return ws;
  }

  listSheets(): string[] {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  /** A cell as Sheets would give it: '' for blanks and merged-away cells, instants for dates. */
  private cellValue(cell: ExcelJS.Cell): CellValue {
    if (cell.type === ExcelJS.ValueType.Merge) return '';
    return this.plain(cell.value);
  }

  private plain(value: ExcelJS.CellValue | undefined): CellValue {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    if (value instanceof Date) {
      return Number.isNaN(value.getTime()) ? '' : new Date(fromWall(value.getTime(), this.timeZone));
    }
    if (typeof value === 'object') {
      if ('richText' in value && Array.isArray(value.richText))
        return value.richText.map((t) => t.text).join('');
      if ('error' in value) return String(value.error);
      if ('formula' in value || 'sharedFormula' in value) {
        return this.plain((value as { result?: ExcelJS.CellValue }).result);
      }
      if ('hyperlink' in value) {
        const text = (value as { text?: unknown }).text;
        if (typeof text === 'string') return text;
        if (text && typeof text === 'object' && 'richText' in text) {
          return (text as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
        }
        return '';
      }
    }
    return String(value);
  }

  readGrid(name: string, request: ReadRequest = {}): SheetGrid {
    const ws = this.sheet(name);
    let lastRow = 0;
    let width = 0;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (this.cellValue(cell) === '') return;
        if (rowNumber > lastRow) lastRow = rowNumber;
        if (colNumber > width) width = colNumber;
      });
    });
    const first = Math.max(1, request.firstRow ?? 1);
    const count = Math.min(request.numRows ?? lastRow - first + 1, lastRow - first + 1);
    const firstColumn = Math.max(1, request.firstColumn ?? 1);
    const lastColumn = Math.min(width, firstColumn + (request.numColumns ?? width) - 1);
    const values: CellValue[][] = [];
    const displays: string[][] = [];
    for (let r = first; r < first + Math.max(0, count); r++) {
      // findRow and findCell: a blank never becomes a cell object (getCell would make one for
      // every cell of the grid: a file with far-away cells made millions).
      const row = ws.findRow(r);
      const line: CellValue[] = [];
      const shown: string[] = [];
      for (let c = firstColumn; c <= lastColumn; c++) {
        const cell = row?.findCell(c);
        line.push(cell ? this.cellValue(cell) : '');
        if (request.displays) shown.push(!cell || cell.type === ExcelJS.ValueType.Merge ? '' : cell.text);
      }
      values.push(line);
      if (request.displays) displays.push(shown);
    }
    const merges = request.merges
      ? this.merges(ws, {
          row: first,
          column: firstColumn,
          numRows: count,
          numColumns: lastColumn - firstColumn + 1,
        })
      : undefined;
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

  /** The merged ranges of a sheet that meet a block. */
  private merges(ws: ExcelJS.Worksheet, block: Block): Block[] {
    const all = (
      ws as unknown as {
        _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
      }
    )._merges;
    const out: Block[] = [];
    for (const m of Object.values(all ?? {})) {
      const merged = {
        row: m.top,
        column: m.left,
        numRows: m.bottom - m.top + 1,
        numColumns: m.right - m.left + 1,
      };
      if (intersects(merged, block)) out.push(merged);
    }
    return out;
  }

  private excelValue(value: WriteValue): ExcelJS.CellValue {
    if (value === null || value === '') return null;
    if (value instanceof Date) return new Date(toWall(value.getTime(), this.timeZone));
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    // A cell holds one hyperlink in .xlsx: several row links link the cell to the first row.
    const link = 'links' in value ? value.links[0] : value.link;
    if (!link) return value.text;
    const ref = `${columnLetter(link.column)}${link.row}`;
    return { text: value.text, hyperlink: `#${quoteSheet(link.sheet)}!${ref}` };
  }

  writeBlock(name: string, row: number, column: number, values: WriteValue[][]): void {
    const ws = this.sheet(name);
    values.forEach((line, r) => {
      const sheetRow = ws.getRow(row + r);
      line.forEach((v, c) => {
        sheetRow.getCell(column + c).value = this.excelValue(v);
      });
    });
  }

  readMarks(name: string, block: Block): BlockMarks {
    const ws = this.sheet(name);
    const notes: string[][] = [];
    const backgrounds: string[][] = [];
    for (let r = block.row; r < block.row + block.numRows; r++) {
      const row = ws.getRow(r);
      const noteLine: string[] = [];
      const bgLine: string[] = [];
      for (let c = block.column; c < block.column + block.numColumns; c++) {
        const cell = row.getCell(c);
        const note = cell.note as string | ExcelJS.Comment | undefined;
        noteLine.push(
          typeof note === 'string' ? note : note?.texts ? note.texts.map((t) => t.text).join('') : '',
        );
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') {
          bgLine.push(argbToHex(fill.fgColor?.argb) ?? 'theme');
        } else {
          bgLine.push(NO_FILL);
        }
      }
      notes.push(noteLine);
      backgrounds.push(bgLine);
    }
    return { notes, backgrounds };
  }

  writeMarks(name: string, block: Block, marks: BlockMarks): void {
    const ws = this.sheet(name);
    const current = this.readMarks(name, block);
    for (let r = 0; r < block.numRows; r++) {
      const row = ws.getRow(block.row + r);
      for (let c = 0; c < block.numColumns; c++) {
        const cell = row.getCell(block.column + c);
        const note = marks.notes[r]?.[c] ?? '';
        if (note !== current.notes[r]?.[c]) {
          if (note === '') {
            // ExcelJS has no public way to remove a note. A note read from a file also sits in the
            // cell's value model: the value is set again so the saved file loses it too.
            (cell as unknown as { _comment?: unknown })._comment = undefined;
            const value = cell.value;
            cell.value = value;
          } else {
            cell.note = note;
          }
        }
        const bg = marks.backgrounds[r]?.[c] ?? '';
        if (bg !== current.backgrounds[r]?.[c]) {
          // A new style object each time: ExcelJS shares one style among cells read with the same
          // style, so assigning cell.fill would colour every one of them.
          if (bg === '' || bg.toLowerCase() === NO_FILL) {
            cell.style = { ...cell.style, fill: undefined as unknown as ExcelJS.Fill };
          } else {
            cell.style = {
              ...cell.style,
              fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(bg) } },
            };
          }
        }
      }
    }
  }

  setBold(name: string, block: Block): void {
    const ws = this.sheet(name);
    for (let r = block.row; r < block.row + block.numRows; r++) {
      for (let c = block.column; c < block.column + block.numColumns; c++) {
        const cell = ws.getCell(r, c);
        // A new style object: ExcelJS shares one among cells read with the same style.
        cell.style = { ...cell.style, font: { ...(cell.style.font ?? {}), bold: true } };
      }
    }
  }

  setNumberFormat(name: string, block: Block, format: string): void {
    const ws = this.sheet(name);
    for (let r = block.row; r < block.row + block.numRows; r++) {
      for (let c = block.column; c < block.column + block.numColumns; c++) {
        const cell = ws.getCell(r, c);
        cell.style = { ...cell.style, numFmt: format };
      }
    }
  }

  createSheet(name: string, layout: NewSheetLayout): boolean {
    if (this.workbook.getWorksheet(name)) return false;
    const ws = this.workbook.addWorksheet(name, {
      views: layout.frozenRows > 0 ? [{ state: 'frozen', ySplit: layout.frozenRows }] : [],
    });
    this.writeBlock(name, 1, 1, layout.rows);
    if (layout.boldHeader && layout.frozenRows > 0) ws.getRow(layout.frozenRows).font = { bold: true };
    (layout.widths ?? []).forEach((w, c) => {
      if (w !== undefined) ws.getColumn(c + 1).width = Math.round((w / PX_PER_WIDTH_UNIT) * 10) / 10;
    });
    (layout.numberFormats ?? []).forEach((f, c) => {
      if (f !== undefined) ws.getColumn(c + 1).numFmt = f;
    });
    return true;
  }

  resetSheet(name: string, look: SheetLook = {}): void {
    const existing = this.workbook.getWorksheet(name);
    if (existing) this.workbook.removeWorksheet(existing.id);
    const ws = this.workbook.addWorksheet(name, {
      views: look.frozenRows ? [{ state: 'frozen', ySplit: look.frozenRows }] : [],
    });
    (look.widths ?? []).forEach((w, c) => {
      ws.getColumn(c + 1).width = Math.round((w / PX_PER_WIDTH_UNIT) * 10) / 10;
    });
  }

  private get definedNames(): DefinedNamesApi {
    return this.workbook.definedNames as unknown as DefinedNamesApi;
  }

  private marks(): OwnMark[] {
    return marksOf(this.definedNames.model, (sheet) => this.workbook.getWorksheet(sheet) !== undefined);
  }

  readOwnMarks(): readonly OwnMark[] {
    return this.marks().filter((m) => m.place.on !== 'row');
  }

  readRowMarks(name: string): readonly OwnMark[] {
    return this.marks().filter((m) => m.place.on === 'row' && m.sheet === name);
  }

  addOwnMark(name: string, place: MarkPlace, value: string): void {
    this.sheet(name);
    const row = place.on === 'row' ? place.row : 1;
    const column = place.on === 'column' ? place.column : 1;
    this.definedNames.add(`${quoteSheet(name)}!$${columnLetter(column)}$${row}`, markName(place.on, value));
  }

  /** Columns are inserted only where a cell right of `after` holds something (else nothing moves). */
  insertColumnsAfter(name: string, after: number, count: number): void {
    const ws = this.sheet(name);
    if (count < 1 || ws.actualColumnCount === 0 || ws.columnCount <= after) return;
    // One column at a time: spliceColumns takes the inserted columns as arguments.
    for (let i = 0; i < count; i++) ws.spliceColumns(after + 1, 0, []);
  }

  insertRows(name: string, before: number, count: number): void {
    // One row at a time: spliceRows takes the inserted rows as arguments (so does insertRows,
    // inside ExcelJS). The add-on inserts a block's few rows; defined names move by each.
    const ws = this.sheet(name);
    for (let i = 0; i < count; i++) ws.spliceRows(before, 0, []);
  }

  deleteRows(name: string, row: number, count: number): void {
    if (count > 0) this.sheet(name).spliceRows(row, count);
  }

  /** ExcelJS cannot write charts: the table stands alone in .xlsx. */
  setOwnChart(_name: string, _chart: ChartSpec | null): boolean {
    return false;
  }

  setOwnConditionalRules(name: string, rules: readonly ConditionalRule[]): void {
    const ws = this.sheet(name);
    ws.removeConditionalFormatting(
      (cf: ExcelJS.ConditionalFormattingOptions) =>
        !cf.rules.some(
          (rule) =>
            'formulae' in rule && (rule.formulae ?? []).some((f) => String(f).includes(OWN_RULE_MARKER)),
        ),
    );
    rules.forEach((rule, index) => {
      ws.addConditionalFormatting({
        ref: blockRef(rule.block),
        rules: [
          {
            type: 'expression',
            priority: index + 1,
            formulae: [rule.formula.replace(/^=/, '')],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: hexToArgb(rule.background) } },
              ...(rule.fontColor ? { font: { color: { argb: hexToArgb(rule.fontColor) } } } : {}),
            },
          },
        ],
      });
    });
  }

  setListValidations(name: string, validations: readonly ListValidation[]): ListValidation[] {
    const ws = this.sheet(name) as ExcelJS.Worksheet & {
      dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
    };
    const model = ws.dataValidations.model;
    const applied: ListValidation[] = [];
    for (const v of validations) {
      const ref = blockRef(v.block);
      const current = Object.entries(model).filter(
        ([address, dv]) => dv !== undefined && overlaps(address, v.block),
      );
      const own = (print: string | undefined) =>
        print !== undefined && current.every(([, dv]) => dv !== undefined && isOwnList(dv, print));
      // Cells holding any validation but the add-on's own (this list, or the one it set before) are the team's.
      if (current.length > 0 && !own(listPrint(v.values)) && !own(v.previous)) continue;
      for (const [address] of current) delete model[address];
      model[ref] = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${v.values.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
      };
      applied.push(v);
    }
    return applied;
  }

  removeOwnMark(name: string, place: MarkPlace, value: string): void {
    const row = place.on === 'row' ? place.row : 1;
    const column = place.on === 'column' ? place.column : 1;
    (this.workbook.definedNames as unknown as { remove(loc: string, name: string): void }).remove(
      `${quoteSheet(name)}!$${columnLetter(column)}$${row}`,
      markName(place.on, value),
    );
  }
}

/**
 * True when a validation is exactly a dropdown the add-on sets: a list (whose fingerprint is
 * `print`), warning-only, no prompt or message. A team's strict or explained dropdown never is.
 */
function isOwnList(dv: ExcelJS.DataValidation, print: string): boolean {
  if (dv.type !== 'list' || dv.errorStyle !== 'warning') return false;
  if (dv.prompt || dv.promptTitle || dv.error || dv.errorTitle) return false;
  const formula = String(dv.formulae?.[0] ?? '');
  const m = /^"(.*)"$/.exec(formula);
  return m !== null && listPrint((m[1] ?? '').split(',')) === print;
}

function intersects(a: Block, b: Block): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    a.row + a.numRows - 1 >= b.row &&
    a.column <= b.column + b.numColumns - 1 &&
    a.column + a.numColumns - 1 >= b.column
  );
}

/** True when an address (`B3` or `B3:B20`, optionally several separated by spaces) meets a block. */
function overlaps(address: string, block: Block): boolean {
  return address.split(/\s+/).some((part) => {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(part.replace(/^.*!/, ''));
    if (!m) return false;
    const c1 = columnNumber(m[1] ?? 'A');
    const r1 = Number(m[2]);
    const c2 = m[3] ? columnNumber(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    return (
      c1 <= block.column + block.numColumns - 1 &&
      c2 >= block.column &&
      r1 <= block.row + block.numRows - 1 &&
      r2 >= block.row
    );
  });
}

/** Opens an .xlsx file as a workbook port. */
export async function openXlsx(file: string, timeZone: string, locale: string): Promise<XlsxWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return new XlsxWorkbook(workbook, timeZone, locale);
}

/** Writes the workbook (with the results) to a file, streaming its rows (see save.ts). */
export async function saveXlsx(port: XlsxWorkbook, file: string, progress?: SaveProgress): Promise<void> {
  await writeWorkbook(port.workbook, file, progress);
}
