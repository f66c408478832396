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
 * Only the small settings sheets of some kinds (规则设置, 节假日…), for custom functions and
 * triggers: found by name, else by the header rows of the other sheets. Missing ones are absent
 * (the defaults apply).
 */
export function loadSettingsSheets(port: WorkbookPort, kinds: readonly SheetKind[]): LoadedSheet[] {
  const names = port.listSheets();
  const loaded: LoadedSheet[] = [];
  const wanted = new Set(kinds);
  for (const name of names) {
    const named = kindFromSheetName(name);
    if (named && !wanted.has(named)) continue;
    if (!named) {
      if (loaded.length === wanted.size) continue;
      const top = port.readGrid(name, { firstRow: 1, numRows: HEADER_SCAN_ROWS });
      const found = recognizeSheet(name, top.values);
      if (!found || !wanted.has(found.kind)) continue;
    }
    const grid = port.readGrid(name);
    const layout = recognizeSheet(name, grid.values.slice(0, HEADER_SCAN_ROWS));
    if (layout && !loaded.some((s) => s.layout.kind === layout.kind)) loaded.push({ layout, grid });
  }
  return loaded;
}
