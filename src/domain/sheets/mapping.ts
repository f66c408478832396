// The team's own mapping, 列名对照 (docs/domain.md, "The team's own mapping"): rows that fix a
// sheet's kind or map one of its columns to a field. It beats every recognition rule. A row that
// names an unknown sheet, kind or field is reported and the rest still applies; when two rows
// disagree, the later wins and the earlier is named.

import { headerKey, type SheetMapping } from '../recognise';
import { cellText, normalizeHeader } from '../text';
import { SHEETS, type SheetKind, sheetSpec } from './schema';

/** What 表格类型 or 字段 says to leave a sheet or a column alone. */
export const IGNORE_WORD = '忽略';
/** 表名 for a row that applies to every sheet. */
export const EVERY_SHEET = '*';

/** One row of 列名对照 as read. */
export interface MappingRow {
  readonly row: number;
  readonly sheet: string;
  readonly kind: string;
  readonly column: string;
  readonly field: string;
  /** The file the row comes from (a `--map` file on the command line); absent for the workbook's own 列名对照. */
  readonly source?: string;
}

/** A row that cannot be applied: which cell and why. */
export interface MappingProblem {
  readonly row: number;
  readonly field: '表名' | '表格类型' | '列名' | '字段';
  readonly problem: 'unknown_sheet' | 'unknown_kind' | 'unknown_field' | 'incomplete' | 'field_not_in_kind';
  readonly value: string;
  readonly kind?: SheetKind;
  /** The `--map` file the row is in; absent for the workbook's own 列名对照. */
  readonly source?: string;
}

/** Two rows that disagree: the later one applies. */
export interface MappingConflict {
  readonly row: number;
  readonly earlier: number;
  readonly sheet: string;
  /** The column header, or '' for the sheet's kind. */
  readonly column: string;
  /** The `--map` file of the later row, and of the earlier one; absent for 列名对照's own rows. */
  readonly source?: string;
  readonly earlierSource?: string;
}

export interface MappingTable {
  /** Sheet name → its mapping (with the `*` rows merged under its own). */
  forSheet(name: string): SheetMapping | undefined;
  readonly problems: readonly MappingProblem[];
  readonly conflicts: readonly MappingConflict[];
  /** Which row set each sheet's kind and each column, to name it when its field is not the kind's. */
  readonly columnRows: readonly {
    row: number;
    sheet: string;
    column: string;
    field: string;
    source?: string;
  }[];
}

/** The kind a 表格类型 cell names: its Chinese or English name or its id; null for 忽略. */
export function kindFromName(text: string): SheetKind | null | undefined {
  const key = normalizeHeader(text);
  if (key === normalizeHeader(IGNORE_WORD)) return null;
  for (const spec of SHEETS) {
    if ([spec.name, spec.en, spec.kind, spec.title].some((n) => normalizeHeader(n) === key)) return spec.kind;
  }
  return undefined;
}

const ALL_FIELDS = new Set<string>(SHEETS.flatMap((s) => s.fields.map((f) => normalizeHeader(f.key))));

/** A field cell: the canonical field name (or 忽略 → null); undefined when no kind has it. */
function fieldFromName(text: string): string | null | undefined {
  const key = normalizeHeader(text);
  if (key === normalizeHeader(IGNORE_WORD)) return null;
  if (!ALL_FIELDS.has(key)) return undefined;
  for (const spec of SHEETS) for (const f of spec.fields) if (normalizeHeader(f.key) === key) return f.key;
  return undefined;
}

/** The empty mapping: no 列名对照 sheet. */
export const NO_MAPPING: MappingTable = {
  forSheet: () => undefined,
  problems: [],
  conflicts: [],
  columnRows: [],
};

/** Where a row is, for problems and conflicts: its `--map` file, when it comes from one. */
function from(source: string | undefined): { source?: string } {
  return source === undefined ? {} : { source };
}

function fromEarlier(source: string | undefined): { earlierSource?: string } {
  return source === undefined ? {} : { earlierSource: source };
}

/**
 * Reads the rows of 列名对照 (then those of a `--map` file) against the workbook's sheet names.
 * Later rows win; every row that cannot be applied is a problem naming its row (and its file).
 */
export function readMapping(rows: readonly MappingRow[], sheetNames: readonly string[]): MappingTable {
  const names = new Map(sheetNames.map((n) => [normalizeHeader(n), n]));
  const kinds = new Map<string, { kind: SheetKind | null; row: number; source?: string }>();
  const columns = new Map<string, Map<string, { field: string | null; row: number; source?: string }>>();
  const problems: MappingProblem[] = [];
  const conflicts: MappingConflict[] = [];
  const columnRows: { row: number; sheet: string; column: string; field: string; source?: string }[] = [];
  for (const r of rows) {
    const at = from(r.source);
    const sheetText = cellText(r.sheet);
    if (sheetText === '' && r.kind === '' && r.column === '' && r.field === '') continue;
    const sheet = sheetText === EVERY_SHEET ? EVERY_SHEET : names.get(normalizeHeader(sheetText));
    if (sheetText === '') {
      problems.push({ row: r.row, field: '表名', problem: 'incomplete', value: '', ...at });
      continue;
    }
    if (!sheet) {
      problems.push({ row: r.row, field: '表名', problem: 'unknown_sheet', value: sheetText, ...at });
      continue;
    }
    if (r.kind !== '') {
      const kind = kindFromName(r.kind);
      if (kind === undefined)
        problems.push({ row: r.row, field: '表格类型', problem: 'unknown_kind', value: r.kind, ...at });
      else {
        const before = kinds.get(sheet);
        if (before && before.kind !== kind)
          conflicts.push({
            row: r.row,
            earlier: before.row,
            sheet,
            column: '',
            ...at,
            ...fromEarlier(before.source),
          });
        kinds.set(sheet, { kind, row: r.row, ...at });
      }
    }
    if (r.column === '' && r.field === '') continue;
    if (r.column === '' || r.field === '') {
      problems.push({
        row: r.row,
        field: r.column === '' ? '列名' : '字段',
        problem: 'incomplete',
        value: '',
        ...at,
      });
      continue;
    }
    const field = fieldFromName(r.field);
    if (field === undefined) {
      problems.push({ row: r.row, field: '字段', problem: 'unknown_field', value: r.field, ...at });
      continue;
    }
    const key = headerKey(r.column);
    const forSheet =
      columns.get(sheet) ?? new Map<string, { field: string | null; row: number; source?: string }>();
    const before = forSheet.get(key);
    if (before && before.field !== field)
      conflicts.push({
        row: r.row,
        earlier: before.row,
        sheet,
        column: r.column,
        ...at,
        ...fromEarlier(before.source),
      });
    forSheet.set(key, { field, row: r.row, ...at });
    columns.set(sheet, forSheet);
    if (field !== null) columnRows.push({ row: r.row, sheet, column: r.column, field, ...at });
  }
  const everySheet = columns.get(EVERY_SHEET);
  const cache = new Map<string, SheetMapping | undefined>();
  return {
    forSheet(name: string): SheetMapping | undefined {
      if (cache.has(name)) return cache.get(name);
      const own = columns.get(name);
      const kind = kinds.get(name) ?? kinds.get(EVERY_SHEET);
      let mapping: SheetMapping | undefined;
      if (own || everySheet || kind) {
        const merged = new Map<string, string | null>();
        for (const [k, v] of everySheet ?? []) merged.set(k, v.field);
        for (const [k, v] of own ?? []) merged.set(k, v.field);
        mapping = { columns: merged, ...(kind ? { kind: kind.kind } : {}) };
      }
      cache.set(name, mapping);
      return mapping;
    },
    problems,
    conflicts,
    columnRows,
  };
}

/** The mapped columns whose field is not one of the sheet's kind: reported, and not applied. */
export function fieldsNotInKind(
  table: MappingTable,
  recognised: readonly { sheet: string; kind: SheetKind }[],
): MappingProblem[] {
  const out: MappingProblem[] = [];
  for (const r of table.columnRows) {
    for (const s of recognised) {
      if (r.sheet !== s.sheet && r.sheet !== EVERY_SHEET) continue;
      if (sheetSpec(s.kind).fields.some((f) => f.key === r.field)) continue;
      // A `*` row names fields of several kinds: only a sheet-specific row is wrong for its sheet.
      if (r.sheet === EVERY_SHEET) continue;
      out.push({
        row: r.row,
        field: '字段',
        problem: 'field_not_in_kind',
        value: r.field,
        kind: s.kind,
        ...from(r.source),
      });
    }
  }
  return out;
}
