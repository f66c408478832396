// What the engine sees in each sheet, as people are shown it (docs/cli.md, "inspect"): its kind,
// header row, data rows, each column's field and why, what is missing, the rows skipped; for a
// sheet left alone, its nearest kind and what it lacks; where the user can say what a sheet is.
// The CLI, the sidebar's 表格识别 tab, 校验报告, the warnings and the self-check all word it so.

import { chineseIn, type Lang, listSeparator, type MessageKey, message } from '../../domain/i18n/messages';
import type { ColumnSource, NearestKind, Unrecognised, ValueEvidence } from '../../domain/recognise';
import type { MappingConflict, MappingProblem } from '../../domain/sheets/mapping';
import type { SkippedRow } from '../../domain/sheets/rows';
import { SHEETS, type SheetKind } from '../../domain/sheets/schema';
import { columnLetter } from '../../domain/text';
import type { LoadedSheet, LoadedWorkbook } from '../workbook';
import { kindLabel } from './render';

export interface ColumnReport {
  /** Column letters, as the team sees them. */
  readonly column: string;
  readonly header: string;
  readonly field: string | null;
  readonly source: ColumnSource | null;
  /** The evidence of the values under the header: what most of them are (phone, date…) and their share. */
  readonly values?: ValueEvidence;
  /** The evidence of a header read by meaning: the concepts its words carry. */
  readonly concepts?: readonly string[];
}

/** One sheet as the user is shown it. */
export interface SheetReport {
  readonly name: string;
  readonly kind: SheetKind | null;
  /** What decided the kind (a recognised sheet). */
  readonly decidedBy?: 'name' | 'header' | 'mapping';
  readonly headerRow?: number | null;
  readonly dataRows?: number;
  readonly columns?: readonly ColumnReport[];
  /** Headers not used for any field. */
  readonly unmapped?: readonly string[];
  readonly missingRequired?: readonly string[];
  readonly skippedRows?: readonly SkippedRow[];
  /** A sheet left alone: why, the kind it came closest to, and for an ambiguous one the kinds it fits. */
  readonly reason?: Unrecognised['reason'];
  readonly nearest?: NearestKind | null;
  readonly candidates?: readonly SheetKind[];
}

export interface WorkbookInspection {
  /** Every sheet but the add-on's own, in tab order. */
  readonly sheets: readonly SheetReport[];
  readonly mapping: {
    readonly sheet: string | null;
    /** The mapping file given with the workbook (the command line's `--map`). */
    readonly file?: string;
    readonly problems: readonly MappingProblem[];
    readonly conflicts: readonly MappingConflict[];
  };
}

/**
 * Where the user can say what a sheet is: the add-on's 列名对照 sheet (or the sidebar), a 列名对照
 * sheet of an .xlsx given to the command line (or `--map`), or only `--map FILE` (a CSV cannot
 * hold a second sheet).
 */
export type MappingHint = 'sheet' | 'workbook' | 'file';

/** What to do about a sheet not understood, where the user is. */
export function mappingHintText(hint: MappingHint, lang: Lang): string {
  return message(lang, `hint.mapping_${hint}`);
}

/**
 * Why a column was read as its field, in words: by its header's name, by the meaning of its words,
 * by its values, or by 列名对照; and what most of its values are.
 */
export function evidenceText(c: ColumnReport, lang: Lang): string {
  const evidence = columnEvidence(c, lang);
  return evidence === '' ? '' : message(lang, 'inspect.evidence', { evidence });
}

/** The evidence for a column, in words: how its header was read, what its values are. */
export function columnEvidence(c: ColumnReport, lang: Lang): string {
  const parts: string[] = [];
  if (c.field && c.source)
    parts.push(
      message(lang, `inspect.by_${c.source}` as const, {
        concepts: (c.concepts ?? []).join('+'),
      }),
    );
  if (c.values)
    parts.push(
      message(lang, 'inspect.values_are', {
        sort: message(lang, `inspect.sort_${c.values.sort}` as const),
        share: Math.round(c.values.share * 100),
      }),
    );
  return parts.join(lang === 'en' ? '; ' : '；');
}

/** What the user is shown of a recognised sheet. */
export function sheetReport(sheet: LoadedSheet): SheetReport {
  const { layout } = sheet;
  const columns = layout.columnInfo
    .filter((c) => !c.own)
    .map((c) => ({
      column: columnLetter(c.index + 1),
      header: c.header,
      field: c.field,
      source: c.source,
      ...(c.values ? { values: c.values } : {}),
      ...(c.concepts ? { concepts: c.concepts } : {}),
    }));
  return {
    name: layout.sheet,
    kind: layout.kind,
    decidedBy: layout.source,
    headerRow: layout.headerRow,
    dataRows: sheet.records.length,
    columns,
    unmapped: columns.filter((c) => c.field === null).map((c) => c.header),
    missingRequired: layout.missingRequired,
    skippedRows: sheet.skipped,
  };
}

function unrecognisedReport(u: Unrecognised): SheetReport {
  return { name: u.sheet, kind: null, reason: u.reason, nearest: u.nearest, candidates: u.candidates };
}

/** What the engine sees in a loaded workbook, in the workbook's tab order. */
export function summarizeWorkbook(workbook: LoadedWorkbook): WorkbookInspection {
  const reports = [...workbook.sheets.map(sheetReport), ...workbook.unrecognised.map(unrecognisedReport)];
  const rank = new Map(workbook.names.map((name, i) => [name, i]));
  reports.sort((a, b) => (rank.get(a.name) ?? 0) - (rank.get(b.name) ?? 0));
  return { sheets: reports, mapping: workbook.mapping };
}

/** Row numbers (or years) for people: runs as ranges (5–7), at most `max` shown, in the language's list. */
export function rowList(rows: readonly number[], max = 8, lang: Lang = 'zh'): string {
  const runs: string[] = [];
  let start = rows[0];
  let prev = rows[0];
  const flush = () => {
    if (start === undefined || prev === undefined) return;
    runs.push(start === prev ? String(start) : `${start}–${prev}`);
  };
  for (const row of rows.slice(1)) {
    if (prev !== undefined && row === prev + 1) {
      prev = row;
      continue;
    }
    flush();
    start = row;
    prev = row;
  }
  flush();
  const comma = listSeparator(lang);
  return runs.length > max ? `${runs.slice(0, max).join(comma)}…` : runs.join(comma);
}

const BY: Record<NonNullable<SheetReport['decidedBy']>, MessageKey> = {
  name: 'inspect.by_name',
  header: 'inspect.by_header',
  mapping: 'inspect.by_mapping',
};

/** Where a mapping row is, for messages: 列名对照, or the `--map` file it comes from. */
export function mappingPlace(source: string | undefined, lang: Lang): string {
  return source === undefined ? '列名对照' : message(lang, 'mapping.file_place', { file: source });
}

/** A recognition problem of 列名对照 (or of a `--map` file) in words. */
export function mappingProblemLine(p: MappingProblem, lang: Lang): string {
  return message(lang, `issue.bad_mapping_${p.problem}`, mappingProblemParams(p, lang));
}

/** The words a 列名对照 problem's message is filled with: where, which row, what was written. */
export function mappingProblemParams(p: MappingProblem, lang: Lang): Record<string, string | number> {
  return {
    place: mappingPlace(p.source, lang),
    row: p.row,
    value: p.value,
    field: p.field,
    kind: p.kind ? kindLabel(p.kind, lang) : '',
    kinds: mappingKindNames(),
  };
}

/** The kinds a 列名对照 row may name, for messages. */
export function mappingKindNames(): string {
  return SHEETS.filter((s) => s.role === 'data' || s.kind === 'roster')
    .map((s) => s.name)
    .join('、');
}

/** Field names (the canonical Chinese keys) for a message, in the user's script; 无 for none. */
export function fieldNames(fields: readonly string[], lang: Lang): string {
  return fields.length > 0
    ? fields.map((f) => chineseIn(lang, f)).join(listSeparator(lang))
    : message(lang, 'inspect.none');
}

/** Why a sheet was left alone, and the kind it came nearest to ('' when none), in words. */
export function unrecognisedText(s: SheetReport, lang: Lang): { reason: string; nearest: string } {
  const list = (items: readonly string[]) => fieldNames(items, lang);
  const why = reasonWords(s.reason, s.candidates ?? [], lang);
  return {
    reason: message(lang, 'inspect.unrecognised', { sheet: s.name, reason: why }),
    nearest:
      s.nearest && s.reason !== 'ignored'
        ? message(lang, 'inspect.nearest', {
            kind: kindLabel(s.nearest.kind, lang),
            matched: list(s.nearest.matched),
            missing: list(s.nearest.missingRequired),
          })
        : '',
  };
}

/** Why a sheet was left alone, in words; an ambiguous one with the kinds it fits as well. */
export function reasonWords(
  reason: Unrecognised['reason'] | undefined,
  candidates: readonly SheetKind[],
  lang: Lang,
): string {
  return reason === 'ambiguous'
    ? message(lang, 'inspect.reason_ambiguous', {
        kinds: candidates.map((k) => kindLabel(k, lang)).join(listSeparator(lang)),
      })
    : message(lang, `inspect.reason_${reason ?? 'weak'}`);
}

/**
 * What the engine sees, in lines for people: each sheet's kind and how it was decided, its header,
 * its rows (and with `detailed`, each column's field); each sheet left alone with its nearest kind;
 * then, when something is unsure, where to say what it is (`hint`).
 */
export function inspectionLines(
  inspection: WorkbookInspection,
  lang: Lang,
  detailed: boolean,
  hint: MappingHint = 'sheet',
): string[] {
  const lines: string[] = [];
  let unsure = false;
  for (const s of inspection.sheets) {
    if (s.kind === null) {
      unsure = unsure || s.reason !== 'ignored';
      const { reason, nearest } = unrecognisedText(s, lang);
      lines.push(reason);
      if (nearest) lines.push(`  ${nearest}`);
      continue;
    }
    lines.push(
      message(lang, 'inspect.sheet_line', {
        sheet: s.name,
        kind: kindLabel(s.kind, lang),
        by: message(lang, BY[s.decidedBy ?? 'header']),
        header: s.headerRow ?? '-',
        rows: s.dataRows ?? 0,
      }),
    );
    if (detailed && s.columns && s.columns.length > 0) {
      const columns = s.columns.map(
        (c) =>
          message(lang, 'inspect.column', {
            column: c.column,
            header: c.header,
            field: c.field ? chineseIn(lang, c.field) : message(lang, 'inspect.unused'),
          }) + evidenceText(c, lang),
      );
      lines.push(
        `  ${message(lang, 'inspect.columns', { columns: columns.join(message(lang, 'about.separator')) })}`,
      );
    }
    if (s.missingRequired && s.missingRequired.length > 0) {
      unsure = true;
      lines.push(`  ${message(lang, 'inspect.missing', { fields: fieldNames(s.missingRequired, lang) })}`);
    }
    const skipped = s.skippedRows ?? [];
    if (skipped.length > 0) {
      const detail = (['title', 'header', 'footer', 'blank'] as const)
        .map((why) => ({ why, rows: skipped.filter((r) => r.why === why).map((r) => r.row) }))
        .filter((g) => g.rows.length > 0)
        .map((g) => message(lang, `inspect.why_${g.why}`, { rows: rowList(g.rows, undefined, lang) }))
        .join(message(lang, 'about.separator'));
      lines.push(`  ${message(lang, 'inspect.skipped', { count: skipped.length, detail })}`);
    }
  }
  for (const p of inspection.mapping.problems) lines.push(mappingProblemLine(p, lang));
  for (const c of inspection.mapping.conflicts) {
    lines.push(
      message(lang, c.source === c.earlierSource ? 'mapping.conflict' : 'mapping.conflict_elsewhere', {
        place: mappingPlace(c.source, lang),
        earlierPlace: mappingPlace(c.earlierSource, lang),
        row: c.row,
        earlier: c.earlier,
        sheet: c.sheet,
        column: c.column === '' ? '' : ` › ${c.column}`,
      }),
    );
  }
  if (unsure || inspection.mapping.problems.length > 0) {
    lines.push(hint === 'sheet' ? message(lang, 'inspect.fix_hint') : mappingHintText(hint, lang));
  }
  return lines;
}
