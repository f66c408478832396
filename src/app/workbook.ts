// Reading the team's workbook once: every sheet's grid, recognised as a kind (the team's 列名对照
// first), its merged cells spread, its records told from titles, headers, footers and blanks; and
// typed access to a row's fields. Every operation starts here.

import { monthInText } from '../domain/calendar/parse';
import { KefuError } from '../domain/i18n/errors';
import type { Lang } from '../domain/i18n/messages';
import {
  type CellRect,
  HEADER_SCAN_ROWS,
  kindFromSheetName,
  type Recognition,
  recogniseSheet,
  type SheetLayoutInfo,
  type Unrecognised,
} from '../domain/recognise';
import {
  fieldsNotInKind,
  type MappingConflict,
  type MappingProblem,
  type MappingRow,
  type MappingTable,
  NO_MAPPING,
  readMapping,
} from '../domain/sheets/mapping';
import { fillMerges, planRows, type RowPlan } from '../domain/sheets/rows';
import { type FieldKey, type SheetKind, sheetSpec } from '../domain/sheets/schema';
import { cellText } from '../domain/text';
import type { OwnMark, SheetGrid, WorkbookPort } from './port';
import type { MappingHint } from './present/inspection';
import { isOwnSheet, markedOwnSheets } from './writes/own';

/** A recognised sheet with its grid, read once, and its rows sorted out. */
export interface LoadedSheet<K extends SheetKind = SheetKind> extends RowPlan {
  readonly layout: SheetLayoutInfo<K>;
  readonly grid: SheetGrid;
  /** Cells given the value of the merged cell above them (see cellKey): their issues go to that cell. */
  readonly filled: ReadonlySet<number>;
}

/** The workbook as read: the recognised sheets (tab order), the others and why, the team's mapping. */
export interface LoadedWorkbook {
  /** The team's sheets (the add-on's own left out), in tab order. */
  readonly names: readonly string[];
  readonly sheets: readonly LoadedSheet[];
  readonly unrecognised: readonly Unrecognised[];
  readonly mapping: {
    readonly sheet: string | null;
    /** The team's mapping given as a file besides the workbook (the command line's `--map`). */
    readonly file?: string;
    readonly problems: readonly MappingProblem[];
    readonly conflicts: readonly MappingConflict[];
  };
}

/** A team mapping given besides the workbook (`--map FILE`): its rows, applied after 列名对照's own. */
export interface MappingFile {
  /** The file's name, as its rows are named in problems. */
  readonly name: string;
  readonly rows: readonly MappingRow[];
}

/**
 * Rows a sheet may have before an operation refuses it: twice the 100,000 the benchmark
 * measures far inside Apps Script's 6-minute limit. Larger sheets get a message, not a timeout.
 */
export const MAX_SHEET_ROWS = 200_000;

/** A recognised sheet made ready: merged cells spread over their rows, records found. */
export function prepareSheet<K extends SheetKind>(
  layout: SheetLayoutInfo<K>,
  grid: SheetGrid,
): LoadedSheet<K> {
  const merges = grid.merges ?? [];
  const filled =
    merges.length > 0 && layout.headerRow !== null
      ? fillMerges(grid.values, grid.firstRow, merges, layout.headerRow)
      : new Set<number>();
  const plan =
    layout.headerRow === null
      ? { records: [], skipped: [], titles: [] }
      : planRows(layout, grid.values, grid.firstRow, merges);
  return { layout: withMonthFromTitle(layout, plan), grid, filled, ...plan };
}

/**
 * A pre-sales sheet without a 月份 column, or a ledger without a 日期 column, takes its month from its
 * title or its name (10月客服数据, 2026年11月积分): then that column is not missing.
 */
function withMonthFromTitle<K extends SheetKind>(
  layout: SheetLayoutInfo<K>,
  plan: RowPlan,
): SheetLayoutInfo<K> {
  const field = layout.kind === 'presales' ? '月份' : layout.kind === 'ledger' ? '日期' : null;
  if (field === null || !layout.missingRequired.includes(field)) return layout;
  const named = [layout.sheet, ...plan.titles.map((t) => t.text)].some((text) => monthInText(text) !== null);
  return named ? { ...layout, missingRequired: layout.missingRequired.filter((f) => f !== field) } : layout;
}

/** The rows of a 列名对照 sheet. */
function mappingRows(sheet: LoadedSheet<'mapping'>): MappingRow[] {
  return sheet.records.map((row) => ({
    row,
    sheet: cellText(cell(sheet, row, '表名')),
    kind: cellText(cell(sheet, row, '表格类型')),
    column: cellText(cell(sheet, row, '列名')),
    field: cellText(cell(sheet, row, '字段')),
  }));
}

/** The top rows of a grid, for recognition. */
function top(grid: SheetGrid): SheetGrid['values'] {
  return grid.values.slice(0, HEADER_SCAN_ROWS - grid.firstRow + 1);
}

function merges(grid: SheetGrid): readonly CellRect[] {
  return grid.merges ?? [];
}

/** The first sheet recognised as 列名对照 among grids already read (by name, else by its header). */
function findMappingSheet(grids: ReadonlyMap<string, SheetGrid>): LoadedSheet<'mapping'> | null {
  for (const [name, grid] of grids) {
    const found = recogniseSheet(name, top(grid), { merges: merges(grid) });
    if (found.layout?.kind !== 'mapping') continue;
    return prepareSheet(found.layout as SheetLayoutInfo<'mapping'>, grid);
  }
  return null;
}

/**
 * Finds and reads the team's 列名对照 among grids already read (by name, else by its header):
 * the mapping every other sheet is recognised with. The rows of a mapping file (`--map`) follow
 * the sheet's own, so they add to them and, where both say something of the same sheet or column,
 * win.
 */
export function readMappingSheet(
  grids: ReadonlyMap<string, SheetGrid>,
  names: readonly string[] = [...grids.keys()],
  file?: MappingFile,
): { table: MappingTable; sheet: LoadedSheet<'mapping'> | null } {
  const sheet = findMappingSheet(grids);
  const rows = [...(sheet ? mappingRows(sheet) : []), ...(file?.rows ?? [])];
  if (!sheet && !file) return { table: NO_MAPPING, sheet: null };
  return { table: readMapping(rows, names), sheet };
}

/**
 * The rows of a mapping file's 列名对照 (its sheet of that name, else the first whose header has
 * 表名 and 列名 or 表格类型: a CSV is one such sheet), each named by the file; null when it has none.
 */
export function mappingFileRows(port: WorkbookPort, name: string): MappingRow[] | null {
  const grids = new Map(port.listSheets().map((sheet) => [sheet, port.readGrid(sheet)]));
  const sheet = findMappingSheet(grids);
  if (!sheet || sheet.layout.columns['表名'] === undefined) return null;
  return mappingRows(sheet).map((row) => ({ ...row, source: name }));
}

/** The add-on's own columns on a sheet, by their marks (0-based, as recognition counts them). */
export function ownColumnsOf(marks: readonly OwnMark[], sheet: string): Set<number> {
  const out = new Set<number>();
  for (const mark of marks) {
    if (mark.sheet === sheet && mark.place.on === 'column' && mark.value.startsWith(OWN_COLUMN_MARK)) {
      out.add(mark.place.column - 1);
    }
  }
  return out;
}

/** The value prefix of the marks on the add-on's own columns (`column:replyDue`…). */
export const OWN_COLUMN_MARK = 'column:';

/** Recognises one sheet with the team's mapping, the add-on's own columns left out. */
export function recognise(
  name: string,
  grid: SheetGrid,
  mapping: MappingTable,
  ownColumns?: ReadonlySet<number>,
): Recognition {
  return recogniseSheet(name, top(grid), {
    mapping: mapping.forSheet(name),
    merges: merges(grid),
    ...(ownColumns ? { ownColumns } : {}),
  });
}

/**
 * The team's sheets, read once each: the add-on's own (by their marks, or an earlier version's by
 * their unmistakable layout) are left out. A team sheet that shares one of the add-on's names is
 * the team's like any other.
 */
export function readTeamGrids(
  port: WorkbookPort,
  marks: readonly OwnMark[],
  request: Parameters<WorkbookPort['readGrid']>[1],
): Map<string, SheetGrid> {
  const marked = markedOwnSheets(marks);
  const grids = new Map<string, SheetGrid>();
  for (const name of port.listSheets()) {
    if ([...marked.values()].includes(name)) continue;
    const grid = port.readGrid(name, request);
    if (!isOwnSheet(name, marked, () => grid.values)) grids.set(name, grid);
  }
  return grids;
}

/**
 * Reads every sheet once and recognises it; the add-on's own sheets are skipped, unknown ones listed.
 * A mapping file (the command line's `--map`) applies as if its rows were in 列名对照.
 */
export function loadWorkbook(port: WorkbookPort, mappingFile?: MappingFile): LoadedWorkbook {
  const marks = port.readOwnMarks();
  const grids = readTeamGrids(port, marks, { merges: true });
  const { table, sheet: mappingSheet } = readMappingSheet(grids, [...grids.keys()], mappingFile);
  const sheets: LoadedSheet[] = [];
  const unrecognised: Unrecognised[] = [];
  for (const [name, grid] of grids) {
    const found = recognise(name, grid, table, ownColumnsOf(marks, name));
    if (!found.layout) {
      unrecognised.push(found.unrecognised);
      continue;
    }
    if (grid.lastRow > MAX_SHEET_ROWS) {
      throw new KefuError('sheet_too_large', { sheet: name, rows: grid.lastRow, limit: MAX_SHEET_ROWS });
    }
    sheets.push(
      found.layout.kind === 'mapping' && mappingSheet ? mappingSheet : prepareSheet(found.layout, grid),
    );
  }
  const problems = [
    ...table.problems,
    ...fieldsNotInKind(
      table,
      sheets.map((s) => ({ sheet: s.layout.sheet, kind: s.layout.kind })),
    ),
  ];
  return {
    names: [...grids.keys()],
    sheets,
    unrecognised,
    mapping: {
      sheet: mappingSheet?.layout.sheet ?? null,
      ...(mappingFile ? { file: mappingFile.name } : {}),
      problems,
      conflicts: table.conflicts,
    },
  };
}

/**
 * Only the small settings sheets of some kinds (规则设置, 节假日…), for custom functions and
 * triggers: found by name, else by the header rows of the other sheets. Missing ones are absent
 * (the defaults apply).
 */
export function loadSettingsSheets(port: WorkbookPort, kinds: readonly SheetKind[]): LoadedSheet[] {
  const loaded: LoadedSheet[] = [];
  const wanted = new Set(kinds);
  for (const name of port.listSheets()) {
    const named = kindFromSheetName(name);
    if (named && !wanted.has(named)) continue;
    if (!named) {
      if (loaded.length === wanted.size) continue;
      const head = port.readGrid(name, { firstRow: 1, numRows: HEADER_SCAN_ROWS });
      const found = recogniseSheet(name, head.values).layout;
      if (!found || !wanted.has(found.kind)) continue;
    }
    const grid = port.readGrid(name);
    const layout = recogniseSheet(name, top(grid)).layout;
    if (layout && !loaded.some((s) => s.layout.kind === layout.kind)) loaded.push(prepareSheet(layout, grid));
  }
  return loaded;
}

/** True when a loaded sheet is of a kind (narrows its field keys). */
export function isKind<K extends SheetKind>(sheet: LoadedSheet, kind: K): sheet is LoadedSheet<K> {
  return sheet.layout.kind === kind;
}

/** Every loaded sheet of a kind, in tab order: a team may keep a log per month or per store. */
export function sheetsOf<K extends SheetKind>(sheets: readonly LoadedSheet[], kind: K): LoadedSheet<K>[] {
  return sheets.filter((s): s is LoadedSheet<K> => isKind(s, kind));
}

/** The first loaded sheet of a kind (tab order), if any: the one settings are read from. */
export function firstSheetOf<K extends SheetKind>(
  sheets: readonly LoadedSheet[],
  kind: K,
): LoadedSheet<K> | undefined {
  return sheets.find((s): s is LoadedSheet<K> => isKind(s, kind));
}

/** A field's cell on a sheet row (undefined when the sheet has no such column). */
export function cell<K extends SheetKind>(sheet: LoadedSheet<K>, row: number, field: FieldKey<K>): unknown {
  const column = sheet.layout.columns[field];
  if (column === undefined) return undefined;
  return sheet.grid.values[row - sheet.grid.firstRow]?.[column - sheet.grid.firstColumn + 1];
}

/** The cells of a row's status columns (处理结果, 处理状态…): what the team says of the row. */
export function statusCells(sheet: LoadedSheet, row: number): unknown[] {
  const line = sheet.grid.values[row - sheet.grid.firstRow];
  if (!line) return [];
  const out: unknown[] = [];
  for (const field of sheetSpec(sheet.layout.kind).fields) {
    if (!field.status) continue;
    const column = sheet.layout.columns[field.key];
    if (column !== undefined) out.push(line[column - sheet.grid.firstColumn + 1]);
  }
  return out;
}

/** What every operation is given besides the workbook: "now", the user's language, and whether to write. */
export interface RunOptions {
  readonly now: number;
  /** The user's language: messages, toasts and the add-on's own sheets. */
  readonly lang: Lang;
  /**
   * The document's language: the words the add-on writes into the team's own sheets (the 状态 of
   * its deadline columns) and the highlight rules that compare with them, fixed per document so
   * that they never change with who is editing. Default: `lang`.
   */
  readonly cellLang?: Lang;
  /** Write the results into the workbook (its marks, columns and the add-on's own sheets). */
  readonly write: boolean;
  /**
   * Where the user can say what a sheet not understood is, for the results' words: the add-on's
   * 列名对照 (the default), or on the command line a 列名对照 sheet or `--map FILE`.
   */
  readonly hint?: MappingHint;
}
