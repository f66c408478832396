// Use case helpers: the team's settings as the workbook states them (规则设置 and friends).

import { KefuError } from '../domain/errors';
import { readParameterTable } from '../domain/params';
import type { SheetKind } from '../domain/schema';
import { cellText } from '../domain/text';
import { isValidTimeZone } from '../domain/time';
import type { LoadedSheet } from './inspect';

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
