// Operation "Set up sheets": create the missing standard sheets, add missing parameters, add dropdowns.
// It never changes a value that is already there; a second run changes nothing.

import { maxOf, minOf } from '../../domain/arrays';
import { chineseIn, inScript, type Lang, localized } from '../../domain/i18n/messages';
import { type Region, suggestRegion } from '../../domain/params/region';
import { PARAMETERS, type ParamSpec, parameterName } from '../../domain/params/table';
import type { SheetLayoutInfo } from '../../domain/recognise';
import { SHEETS, sheetSpec } from '../../domain/sheets/schema';
import { normalizeHeader } from '../../domain/text';
import { parameterTable, readWorkbookSettings } from '../context';
import { type ListValidation, listPrint, type OwnMark, type WorkbookPort, type WriteValue } from '../port';
import { skippedCount, skippedSince, type Warning } from '../present/warnings';
import { firstSheetOf, type LoadedSheet, loadWorkbook } from '../workbook';
import { parameterValue, standardLayout, standardSheetName } from '../writes/standard-sheets';

/** Rows below the header that get dropdowns (adapters clamp to the sheet's size). */
const DROPDOWN_ROWS = 5000;

export interface SetupResult {
  readonly created: readonly string[];
  readonly parametersAdded: readonly string[];
  readonly dropdownColumns: number;
  /** The 时区 of 规则设置 (its default when absent); null when it is not a time zone. */
  readonly settingsTimeZone: string | null;
  /** The 地区 in force after set-up (as offered for a new 规则设置, else as the team wrote it). */
  readonly region: Region;
  /** What a protection (or a limit of Google Sheets) kept set-up from writing; the rest was done. */
  readonly warnings: readonly Warning[];
}

/** The mark on a column the add-on gave a dropdown: the fingerprint of its list. */
const DROPDOWN_MARK = 'dropdown:';

/** The dropdown lists the add-on set on a sheet's columns, by their marks: column → list print. */
function ownDropdowns(marks: readonly OwnMark[], sheet: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const mark of marks) {
    if (mark.sheet === sheet && mark.place.on === 'column' && mark.value.startsWith(DROPDOWN_MARK)) {
      out.set(mark.place.column, mark.value.slice(DROPDOWN_MARK.length));
    }
  }
  return out;
}

/** The lists a team edits in 规则设置 (购买渠道选项…): their dropdowns show them as written there. */
const EDITED_LISTS: ReadonlySet<string> = new Set(
  (PARAMETERS as readonly ParamSpec[]).flatMap((p) => (p.list ? [p.list] : [])),
);

function listValidations(
  layout: SheetLayoutInfo,
  lists: Readonly<Record<string, readonly string[]>>,
  lastRow: number,
  previous: ReadonlyMap<number, string>,
  lang: Lang,
): ListValidation[] {
  if (layout.headerRow === null) return [];
  const spec = sheetSpec(layout.kind);
  const out: ListValidation[] = [];
  for (const field of spec.fields) {
    const column = layout.columns[field.key];
    if (column === undefined) continue;
    const list = field.type === 'yesno' ? ['是', '否'] : field.list ? lists[field.list] : undefined;
    if (!list || list.length === 0) continue;
    const before = previous.get(column + 1);
    // The fixed lists (处理结果, 满意度, 级别…) in the user's script (已解決 in Taiwan), except where the
    // add-on already gave the column this list as written: the cells chosen from it stay valid.
    const values =
      (field.list && EDITED_LISTS.has(field.list)) || before === listPrint(list)
        ? list
        : inScript(lang, list);
    out.push({
      block: {
        row: layout.headerRow + 1,
        column: column + 1,
        numRows: Math.max(DROPDOWN_ROWS, lastRow - layout.headerRow),
        numColumns: 1,
      },
      values,
      ...(before ? { previous: before } : {}),
    });
  }
  return out;
}

/** Creates what is missing, adds dropdowns; returns what it did. */
export function runSetup(port: WorkbookPort, lang: Lang): SetupResult {
  const from = skippedCount(port);
  const sheets = loadWorkbook(port).sheets;
  const created: string[] = [];
  // 地区 as the spreadsheet's time zone and locale suggest (Asia/Taipei → 台湾); the team may change it.
  const region = suggestRegion(port.locale, port.timeZone);
  for (const spec of SHEETS) {
    if (sheets.some((s) => s.layout.kind === spec.kind)) continue;
    const name = standardSheetName(spec, lang);
    if (port.createSheet(name, standardLayout(spec, lang, region))) created.push(name);
  }
  const parametersAdded = addMissingParameters(port, sheets, lang, region);

  // Dropdowns use the lists in force (the 规则设置 list parameters, else the defaults).
  const all = created.length > 0 || parametersAdded.length > 0 ? loadWorkbook(port).sheets : sheets;
  const { settings, problems } = readWorkbookSettings(all, port.timeZone);
  const badZone = problems.some((p) => p.expected === 'timeZone');
  let dropdownColumns = 0;
  const marks = port.readOwnMarks();
  for (const { layout, grid } of all) {
    if (layout.kind === 'params') continue;
    const previous = ownDropdowns(marks, layout.sheet);
    const validations = listValidations(layout, settings.lists, grid.lastRow, previous, lang);
    if (validations.length === 0) continue;
    const applied = port.setListValidations(layout.sheet, validations);
    dropdownColumns += applied.length;
    // Each dropdown the add-on set carries its list's fingerprint: the next run knows it is still its own.
    for (const v of applied) {
      const print = listPrint(v.values);
      const column = v.block.column;
      const before = previous.get(column);
      if (before === print) continue;
      if (before !== undefined)
        port.removeOwnMark(layout.sheet, { on: 'column', column }, DROPDOWN_MARK + before);
      port.addOwnMark(layout.sheet, { on: 'column', column }, DROPDOWN_MARK + print);
    }
  }
  return {
    created,
    parametersAdded,
    dropdownColumns,
    settingsTimeZone: badZone ? null : settings.timeZone,
    region: settings.region,
    warnings: skippedSince(port, from),
  };
}

/** Appends the parameters an existing 规则设置 lacks, below its last row; existing rows stay as they are. */
function addMissingParameters(
  port: WorkbookPort,
  sheets: readonly LoadedSheet[],
  lang: Lang,
  suggested: Region,
): string[] {
  const params = firstSheetOf(sheets, 'params');
  if (!params || params.layout.headerRow === null) return [];
  const nameColumn = params.layout.columns['参数'];
  const valueColumn = params.layout.columns['值'];
  if (nameColumn === undefined || valueColumn === undefined) return [];
  const present = new Set([...parameterTable(sheets).keys()].map(normalizeHeader));
  const missing = (PARAMETERS as readonly ParamSpec[]).filter((p) => !present.has(normalizeHeader(p.name)));
  if (missing.length === 0) return [];
  const meaningColumn = params.layout.columns['说明'];
  const columns = [nameColumn, valueColumn, ...(meaningColumn === undefined ? [] : [meaningColumn])];
  const from = minOf(columns);
  const to = maxOf(columns);
  // A sheet that already names its 地区 keeps it; the added 时区 and 工作时间 follow it.
  const { settings } = readWorkbookSettings(sheets, port.timeZone);
  // A sheet from before 地区 existed was read as the mainland's: it stays so unless the spreadsheet
  // clearly sits in Hong Kong, Macau or Taiwan.
  const region = present.has(normalizeHeader(parameterName('region')))
    ? settings.region
    : suggested === 'OTHER'
      ? 'CN'
      : suggested;
  const rows = missing.map((p) => {
    const line: WriteValue[] = Array.from({ length: to - from + 1 }, () => null);
    line[nameColumn - from] = chineseIn(lang, p.name);
    line[valueColumn - from] = parameterValue(p, region, lang);
    if (meaningColumn !== undefined) line[meaningColumn - from] = localized(lang, p);
    return line;
  });
  port.writeBlock(
    params.layout.sheet,
    Math.max(params.grid.lastRow, params.layout.headerRow) + 1,
    from + 1,
    rows,
  );
  return missing.map((p) => chineseIn(lang, p.name));
}
