// Use case helpers: the team's settings as the workbook states them (规则设置 and friends).

import { KefuError } from '../domain/errors';
import { readParameterTable } from '../domain/params';
import { HEADER_SCAN_ROWS, kindFromSheetName, recognizeSheet } from '../domain/recognize';
import type { SheetKind } from '../domain/schema';
import { cellText } from '../domain/text';
import { isValidTimeZone } from '../domain/time';
import type { LoadedSheet } from './inspect';
import type { WorkbookPort } from './port';

/** The first loaded sheet of a kind (tab order), if any. */
export function findSheet(sheets: readonly LoadedSheet[], kind: SheetKind): LoadedSheet | undefined {
  return sheets.find((s) => s.layout.kind === kind);
}

/** The raw 参数 → 值 table of the 规则设置 sheet (empty without one). */
export function parameterTable(sheets: readonly LoadedSheet[]): Map<string, { raw: unknown; row: number }> {
  const params = findSheet(sheets, 'params');
  const out = new Map<string, { raw: unknown; row: number }>();
  if (!params || params.layout.headerRow === null) return out;
  const nameColumn = params.layout.columns['参数'];
  if (nameColumn === undefined) return out;
  const start = params.layout.headerRow - params.grid.firstRow + 1;
  const rows = params.grid.values.slice(start);
  for (const [name, entry] of readParameterTable(rows, nameColumn, params.layout.columns['值'])) {
    out.set(name, { raw: entry.raw, row: params.layout.headerRow + 1 + entry.index });
  }
  return out;
}

/**
 * The time zone to read and show times in: the explicit choice, else the 时区 parameter,
 * else the medium's own. A 时区 that is not a zone is an error, never silently replaced.
 */
export function resolveTimeZone(
  sheets: readonly LoadedSheet[],
  explicit: string | null,
  fallback: string,
): string {
  if (explicit) return explicit;
  const entry = parameterTable(sheets).get('时区');
  const text = entry ? cellText(entry.raw) : '';
  if (text === '') return fallback;
  if (!isValidTimeZone(text)) {
    throw new KefuError('bad_param', {
      sheet: findSheet(sheets, 'params')?.layout.sheet ?? '规则设置',
      row: entry?.row ?? 0,
      name: '时区',
      value: text,
    });
  }
  return text;
}

/**
 * Only the settings sheet, for custom functions: found by name, else by the header rows of
 * each sheet; a workbook without one yields no sheets (the defaults apply).
 */
export function loadSettingsSheet(port: WorkbookPort): LoadedSheet[] {
  const names = port.listSheets();
  const named = names.find((n) => kindFromSheetName(n) === 'params');
  const candidates = named ? [named] : names.filter((n) => kindFromSheetName(n) === null);
  for (const name of candidates) {
    const top = port.readGrid(name, { firstRow: 1, numRows: HEADER_SCAN_ROWS });
    const layout = recognizeSheet(name, top.values);
    if (layout?.kind === 'params') return [{ layout, grid: port.readGrid(name) }];
  }
  return [];
}
