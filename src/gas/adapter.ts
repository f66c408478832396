// The Apps Script adapter of the workbook port: each port method is one batched SpreadsheetApp operation.

import { OWN_CHART_PREFIX, OWN_RULE_MARKER, wouldBeReinterpreted } from '../app/marks';
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
  type WorkbookPort,
  type WriteValue,
} from '../app/port';
import { KefuError } from '../domain/errors';
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

  constructor(
    private readonly spreadsheet: Spreadsheet,
    readonly locale: string,
  ) {}

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

  private toSheetsValue(value: WriteValue): unknown {
    if (value === null) return '';
    if (typeof value === 'string') return protect(value);
    if (typeof value === 'number' || typeof value === 'boolean' || isDate(value)) return value;
    if ('links' in value) return protect(value.text);
    const url = this.linkUrl(value.link.sheet, value.link.row, value.link.column);
    return `=HYPERLINK("${url}","${quoteFormulaText(value.text)}")`;
  }

  /** Columns holding several links per cell get rich text, one call per such column. */
  private writeRowLinks(sheet: Sheet, row: number, column: number, values: WriteValue[][]): void {
    const width = values[0]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const cells = values.map((line) => line[c] ?? null);
      if (!cells.some((v) => v !== null && typeof v === 'object' && 'links' in v)) continue;
      if (!cells.every((v) => v === null || typeof v === 'string' || (typeof v === 'object' && 'links' in v)))
        continue;
      const rich = cells.map((v) => {
        if (v === null || typeof v === 'string')
          return [
            SpreadsheetApp.newRichTextValue()
              .setText(v ?? '')
              .build(),
          ];
        let builder = SpreadsheetApp.newRichTextValue().setText((v as { text: string }).text);
        for (const link of (v as RowLinksValue).links) {
          builder = builder.setLinkUrl(link.start, link.end, this.linkUrl(link.sheet, link.row, link.column));
        }
        return [builder.build()];
      });
      sheet.getRange(row, column + c, values.length, 1).setRichTextValues(rich);
    }
  }

  writeBlock(name: string, row: number, column: number, values: WriteValue[][]): void {
    const width = values[0]?.length ?? 0;
    if (values.length === 0 || width === 0) return;
    this.sizes.delete(name);
    const converted = values.map((line) => line.map((v) => this.toSheetsValue(v)));
    const sheet = this.sheet(name);
    const neededRows = row + values.length - 1;
    const neededColumns = column + width - 1;
    const maxRows = sheet.getMaxRows();
    if (neededRows > maxRows) sheet.insertRowsAfter(maxRows, neededRows - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (neededColumns > maxColumns) sheet.insertColumnsAfter(maxColumns, neededColumns - maxColumns);
    sheet.getRange(row, column, values.length, width).setValues(converted);
    this.writeRowLinks(sheet, row, column, values);
  }

  insertRows(name: string, before: number, count: number): void {
    this.sizes.delete(name);
    if (count > 0) this.sheet(name).insertRowsBefore(before, count);
  }

  insertColumnsAfter(name: string, after: number, count: number): void {
    this.sizes.delete(name);
    this.ownMarks = null;
    if (count > 0) this.sheet(name).insertColumnsAfter(after, count);
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
  deleteRows(name: string, row: number, count: number): void {
    this.sizes.delete(name);
    if (count < 1) return;
    const sheet = this.sheet(name);
    const maxRows = sheet.getMaxRows();
    if (maxRows - count <= sheet.getFrozenRows()) sheet.insertRowsAfter(maxRows, 1);
    sheet.deleteRows(row, count);
  }

  setOwnChart(name: string, chart: ChartSpec | null): boolean {
    const sheet = this.sheet(name);
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

  writeMarks(name: string, block: Block, marks: BlockMarks): void {
    const range = this.blockRange(name, block);
    range.setNotes(marks.notes);
    range.setBackgrounds(marks.backgrounds.map((line) => line.map((b) => (b === '' ? null : b))));
  }

  setBold(name: string, block: Block): void {
    this.sheet(name).getRange(block.row, block.column, block.numRows, block.numColumns).setFontWeight('bold');
  }

  setNumberFormat(name: string, block: Block, format: string): void {
    this.sheet(name)
      .getRange(block.row, block.column, block.numRows, block.numColumns)
      .setNumberFormat(format);
  }

  createSheet(name: string, layout: NewSheetLayout): boolean {
    if (this.spreadsheet.getSheetByName(name)) return false;
    const sheet = this.spreadsheet.insertSheet(name);
    this.sheets.set(name, sheet);
    const width = Math.max(...layout.rows.map((r) => r.length), 1);
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

  resetSheet(name: string, look: SheetLook = {}): void {
    this.sizes.delete(name);
    const existing = this.spreadsheet.getSheetByName(name);
    const sheet = existing ?? this.spreadsheet.insertSheet(name);
    if (existing) existing.clear();
    this.sheets.set(name, sheet);
    if (look.frozenRows !== undefined) sheet.setFrozenRows(look.frozenRows);
    this.setWidths(sheet, look.widths ?? []);
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

  setOwnConditionalRules(name: string, rules: readonly ConditionalRule[]): void {
    const sheet = this.sheet(name);
    const maxRows = sheet.getMaxRows();
    const kept = sheet.getConditionalFormatRules().filter((rule) => {
      const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
      return !(typeof formula === 'string' && formula.includes(OWN_RULE_MARKER));
    });
    const built = rules.map((rule) => {
      const { row, column, numColumns } = rule.block;
      const numRows = Math.max(1, Math.min(rule.block.numRows, maxRows - row + 1));
      let builder = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(rule.formula)
        .setBackground(rule.background)
        .setRanges([sheet.getRange(row, column, numRows, numColumns)]);
      if (rule.fontColor) builder = builder.setFontColor(rule.fontColor);
      return builder.build();
    });
    sheet.setConditionalFormatRules([...kept, ...built]);
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
      range.setDataValidation(rule);
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
