// Writing the team's 列名对照 from the sidebar's 表格识别 tab: a sheet's kind, or one column's field.
// Only 列名对照 is written, never the team's sheet; a rule already there for the same sheet and
// column is updated in place, else a row is added below the last.

import { maxOf } from '../domain/arrays';
import type { Lang } from '../domain/i18n/messages';
import { kindFromSheetName, recogniseSheet } from '../domain/recognise';
import { IGNORE_WORD } from '../domain/sheets/mapping';
import { type SheetKind, sheetSpec } from '../domain/sheets/schema';
import { cellText, normalizeHeader } from '../domain/text';
import type { WorkbookPort, WriteValue } from './port';
import { standardLayout, standardSheetName } from './writes/standard-sheets';

/** A rule for 列名对照: a sheet's kind (null: 忽略), or a column's field (null: 忽略). */
export type MappingRule =
  | { readonly sheet: string; readonly kind: SheetKind | null }
  | { readonly sheet: string; readonly column: string; readonly field: string | null };

/** The 列名对照 sheet's name, creating it (note and header, no rows) when the workbook has none. */
function mappingSheet(port: WorkbookPort, lang: Lang): string {
  const existing = port.listSheets().find((name) => kindFromSheetName(name) === 'mapping');
  if (existing) return existing;
  const spec = sheetSpec('mapping');
  const name = standardSheetName(spec, lang);
  port.createSheet(name, standardLayout(spec, lang));
  return name;
}

/** Writes one rule into 列名对照 (one read, one write). */
export function writeMappingRule(port: WorkbookPort, rule: MappingRule, lang: Lang): void {
  const name = mappingSheet(port, lang);
  const grid = port.readGrid(name);
  const layout = recogniseSheet(name, grid.values).layout;
  const headerRow = layout?.headerRow ?? 2;
  const col = (field: '表名' | '表格类型' | '列名' | '字段', fallback: number) =>
    layout?.columns[field] ?? fallback;
  const columns = {
    sheet: col('表名', 0),
    kind: col('表格类型', 1),
    column: col('列名', 2),
    field: col('字段', 3),
  };
  const isKindRule = 'kind' in rule;
  const text = (value: unknown) => normalizeHeader(cellText(value));
  let target: number | null = null;
  for (let r = headerRow + 1; r <= grid.lastRow; r++) {
    const line = grid.values[r - grid.firstRow] ?? [];
    if (text(line[columns.sheet]) !== normalizeHeader(rule.sheet)) continue;
    const column = text(line[columns.column]);
    if (
      isKindRule ? column === '' && text(line[columns.kind]) !== '' : column === normalizeHeader(rule.column)
    ) {
      target = r;
    }
  }
  const value = isKindRule
    ? rule.kind === null
      ? IGNORE_WORD
      : sheetSpec(rule.kind).name
    : (rule.field ?? IGNORE_WORD);
  const valueColumn = isKindRule ? columns.kind : columns.field;
  if (target !== null) {
    port.writeBlock(name, target, valueColumn + 1, [[value]]);
    return;
  }
  const width = maxOf(Object.values(columns)) + 1;
  const line: WriteValue[] = Array.from({ length: width }, () => null);
  line[columns.sheet] = rule.sheet;
  if (isKindRule) line[columns.kind] = value;
  else {
    line[columns.column] = rule.column;
    line[columns.field] = value;
  }
  port.writeBlock(name, Math.max(grid.lastRow, headerRow) + 1, 1, [line]);
}
