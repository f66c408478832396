// Recognising the team's own sheets: by name, or by the header row among the first ten.

import { type FieldSpec, SHEETS, type SheetKind, type SheetSpec, sheetSpec } from './schema';
import { cellText, normalizeHeader } from './text';

/** How many rows from the top may hold the header (title rows may sit above it). */
export const HEADER_SCAN_ROWS = 10;

/** A recognised sheet: its kind, where the header is, and which column holds each field. */
export interface SheetLayoutInfo<K extends SheetKind = SheetKind> {
  readonly sheet: string;
  readonly kind: K;
  /** 1-based row of the header; null when the sheet is named for a kind but has no header yet. */
  readonly headerRow: number | null;
  /** Field key → 0-based column index. */
  readonly columns: Readonly<Record<string, number>>;
  /** Required fields with no column. */
  readonly missingRequired: readonly string[];
  /** True when the name, not the header, identified the kind. */
  readonly byName: boolean;
}

interface AliasHit {
  readonly kind: SheetKind;
  readonly field: FieldSpec;
  /** 0: the canonical name, 1: the English label, 2: another alias. */
  readonly priority: number;
}

const ALIASES = new Map<string, AliasHit[]>();
const SHEET_NAMES = new Map<string, SheetKind>();

for (const spec of SHEETS) {
  for (const name of [spec.name, spec.en, ...spec.nameAliases])
    SHEET_NAMES.set(normalizeHeader(name), spec.kind);
  for (const field of spec.fields) {
    const names: Array<[string, number]> = [
      [field.key, 0],
      [field.en, 1],
      ...field.aliases.map((a): [string, number] => [a, 2]),
    ];
    for (const [name, priority] of names) {
      const key = normalizeHeader(name);
      const hits = ALIASES.get(key) ?? [];
      if (!hits.some((h) => h.kind === spec.kind && h.field.key === field.key)) {
        hits.push({ kind: spec.kind, field, priority });
      }
      ALIASES.set(key, hits);
    }
  }
}

/** The kind a sheet name stands for, if any. */
export function kindFromSheetName(name: string): SheetKind | null {
  return SHEET_NAMES.get(normalizeHeader(name)) ?? null;
}

/**
 * Maps a header row's cells to a kind's fields. Exact canonical names win over aliases, so
 * a sheet with both 登记日期 and 日期 columns keeps 日期 as an extra column.
 */
function matchColumns(kind: SheetKind, headerCells: readonly unknown[]): Record<string, number> {
  const candidates: Array<{ column: number; hit: AliasHit }> = [];
  headerCells.forEach((cell, column) => {
    const text = normalizeHeader(cellText(cell));
    if (text === '') return;
    for (const hit of ALIASES.get(text) ?? []) if (hit.kind === kind) candidates.push({ column, hit });
  });
  candidates.sort((a, b) => a.hit.priority - b.hit.priority || a.column - b.column);
  const columns: Record<string, number> = {};
  const usedColumns = new Set<number>();
  for (const { column, hit } of candidates) {
    if (usedColumns.has(column) || columns[hit.field.key] !== undefined) continue;
    columns[hit.field.key] = column;
    usedColumns.add(column);
  }
  return columns;
}

function missingRequired(spec: SheetSpec, columns: Record<string, number>): string[] {
  return spec.fields
    .filter((fld) => fld.required === 'always' && columns[fld.key] === undefined)
    .map((fld) => fld.key);
}

/** The fewest matched headers that make a row a kind's header. */
function threshold(spec: SheetSpec): number {
  return Math.min(3, spec.fields.length);
}

/**
 * Recognises a sheet from its name and its first rows (`topRows[0]` is row 1).
 * Returns null for a sheet that matches no kind: such sheets are left alone.
 */
export function recognizeSheet(
  name: string,
  topRows: readonly (readonly unknown[])[],
): SheetLayoutInfo | null {
  const rows = topRows.slice(0, HEADER_SCAN_ROWS);
  const named = kindFromSheetName(name);
  if (named) {
    const spec = sheetSpec(named);
    let best: { row: number; columns: Record<string, number>; count: number } | null = null;
    rows.forEach((cells, index) => {
      const columns = matchColumns(named, cells);
      const count = Object.keys(columns).length;
      if (count > 0 && (!best || count > best.count)) best = { row: index + 1, columns, count };
    });
    const found = best as { row: number; columns: Record<string, number>; count: number } | null;
    const columns = found?.columns ?? {};
    return {
      sheet: name,
      kind: named,
      headerRow: found?.row ?? null,
      columns,
      missingRequired: missingRequired(spec, columns),
      byName: true,
    };
  }
  let best: {
    spec: SheetSpec<SheetKind>;
    row: number;
    columns: Record<string, number>;
    count: number;
    share: number;
  } | null = null;
  rows.forEach((cells, index) => {
    for (const spec of SHEETS) {
      const columns = matchColumns(spec.kind, cells);
      const count = Object.keys(columns).length;
      if (count < threshold(spec)) continue;
      const share = count / spec.fields.length;
      if (!best || count > best.count || (count === best.count && share > best.share)) {
        best = { spec, row: index + 1, columns, count, share };
      }
    }
  });
  const found = best as { spec: SheetSpec<SheetKind>; row: number; columns: Record<string, number> } | null;
  if (!found) return null;
  return {
    sheet: name,
    kind: found.spec.kind,
    headerRow: found.row,
    columns: found.columns,
    missingRequired: missingRequired(found.spec, found.columns),
    byName: false,
  };
}
