// Never a silent wrong answer (docs/domain.md): when an input a result needs is missing, the result
// says so wherever it is shown: the sheet, the sidebar, the CLI's text and its JSON `warnings`.

import type { RobotKind } from '../../domain/alerts/robots';
import type { WorkCalendar } from '../../domain/calendar/calendar';
import { DAY_MS, isValidTimeZone, toWall } from '../../domain/calendar/time';
import { caseKey, type Lang, listSeparator, type MessageKey, message } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import type { Unrecognised } from '../../domain/recognise';
import type { SheetKind } from '../../domain/sheets/schema';
import type { SkippedWrite, WorkbookPort, WriteKind } from '../port';
import type { LoadedWorkbook } from '../workbook';
import { fieldNames, type MappingHint, mappingHintText, reasonWords, rowList } from './inspection';
import { kindLabel } from './render';

export type WarningCode =
  | 'timezone_mismatch'
  | 'region_from_language'
  | 'robot_secret_ignored'
  | 'robot_in_cell'
  | 'no_ledger'
  | 'no_roster'
  | 'no_progress_columns'
  | 'callbacks_unplanned'
  | 'calendar_year_not_covered'
  | 'calendar_team_only'
  | 'sheet_not_understood'
  | 'no_sheet_of_kind'
  | 'rows_left_out'
  | 'protected_range'
  | 'sheet_limit';

/** A figure a warning is about: a name, a count, or a list (rows, fields, kinds). */
export type WarningValue = string | number | readonly string[] | readonly number[];

/** Something a result could not take into account, and what it concerns. */
export interface Warning {
  readonly code: WarningCode;
  readonly params: Readonly<Record<string, WarningValue>>;
}

/** Why a complaint row is left out of a result (`rows_left_out`). */
export type LeftOutReason = 'unreadable_date' | 'missing_date' | 'void';

function text(value: WarningValue | undefined): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function list(value: WarningValue | undefined): readonly (string | number)[] {
  return Array.isArray(value) ? value : [];
}

/** Kind ids as their names, `a、b 或 c` / `a, b or c`. */
export function kindsText(kinds: readonly (string | number)[], lang: Lang): string {
  const labels = kinds.map((k) => kindLabel(String(k) as SheetKind, lang));
  if (labels.length < 2) return labels.join('');
  const last = labels[labels.length - 1];
  return `${labels.slice(0, -1).join(listSeparator(lang))}${message(lang, 'warning.or')}${last}`;
}

/** Why a sheet was left alone, in words (as inspect says it). */
function reasonText(params: Warning['params'], lang: Lang): string {
  const reason = (text(params.reason) || 'weak') as Unrecognised['reason'];
  return reasonWords(reason, list(params.candidates).map(String) as SheetKind[], lang);
}

/** The values of a warning's message: names of kinds, lists and reasons in the language. */
function wordedParams(warning: Warning, lang: Lang, hint: MappingHint): Record<string, string | number> {
  const p = warning.params;
  const names = (value: WarningValue | undefined) => fieldNames(list(value).map(String), lang);
  switch (warning.code) {
    case 'sheet_not_understood':
      return {
        sheet: text(p.sheet),
        kind: kindLabel(text(p.nearest) as SheetKind, lang),
        why: reasonText(p, lang),
        matched: names(p.matched),
        missing: names(p.missing),
        hint: mappingHintText(hint, lang),
      };
    case 'no_sheet_of_kind':
      return { kinds: kindsText(list(p.kinds), lang), sheet: text(p.sheet) };
    case 'calendar_year_not_covered':
      return {
        year: Number(p.year),
        calendar: message(lang, caseKey(CALENDAR_NAMES, p.region) ?? CALENDAR_NAMES.CN),
      };
    case 'rows_left_out':
      return {
        sheet: text(p.sheet),
        count: Number(p.count ?? 0),
        field: text(p.field),
        rows: rowList(list(p.rows).map(Number), undefined, lang),
      };
    case 'protected_range':
    case 'sheet_limit': {
      const ranges = list(p.ranges).map(String);
      const more = Number(p.count ?? ranges.length) - ranges.length;
      const separator = listSeparator(lang);
      return {
        sheet: text(p.sheet),
        ranges:
          ranges.join(separator) + (more > 0 ? message(lang, 'warning.more_ranges', { count: more }) : ''),
        what: list(p.what)
          .map((w) => message(lang, caseKey(WRITE_KINDS, w) ?? WRITE_KINDS.values))
          .join(separator),
      };
    }
    default: {
      const out: Record<string, string | number> = {};
      for (const [key, value] of Object.entries(p)) {
        out[key] =
          typeof value === 'number'
            ? value
            : Array.isArray(value)
              ? value.join(listSeparator(lang))
              : text(value);
      }
      return out;
    }
  }
}

// Wordings per case of values a warning carries in its loose params: each table is keyed by the
// cases and each key written out, so a case without its entry in the catalogue does not compile.

/** The name of each region's holiday calendar (`calendar_year_not_covered`). */
const CALENDAR_NAMES: { readonly [R in Region]: `calendar.name_${R}` } = {
  CN: 'calendar.name_CN',
  HK: 'calendar.name_HK',
  MO: 'calendar.name_MO',
  TW: 'calendar.name_TW',
  OTHER: 'calendar.name_OTHER',
};

/** What each kind of write is called where a refused write is named (`protected_range`, `sheet_limit`). */
const WRITE_KINDS: { readonly [W in WriteKind]: `write.${W}` } = {
  values: 'write.values',
  notes: 'write.notes',
  colours: 'write.colours',
  formats: 'write.formats',
  dropdowns: 'write.dropdowns',
  highlights: 'write.highlights',
  rows: 'write.rows',
  columns: 'write.columns',
  layout: 'write.layout',
  chart: 'write.chart',
  clear: 'write.clear',
};

/** The wording of `rows_left_out` by the reason the rows were left out. */
const LEFT_OUT_REASONS: { readonly [R in LeftOutReason]: `warning.rows_left_out_${R}` } = {
  unreadable_date: 'warning.rows_left_out_unreadable_date',
  missing_date: 'warning.rows_left_out_missing_date',
  void: 'warning.rows_left_out_void',
};

/** The wording of `sheet_limit` by the limit reached (10 million cells, or 18,278 columns a sheet). */
const SHEET_LIMITS: { readonly [L in 'cells' | 'columns']: `warning.sheet_limit_${L}` } = {
  cells: 'warning.sheet_limit_cells',
  columns: 'warning.sheet_limit_columns',
};

/** The catalogue message of a warning: some codes have a wording per case. */
function warningKey(warning: Warning): MessageKey {
  const p = warning.params;
  if (warning.code === 'rows_left_out') {
    return caseKey(LEFT_OUT_REASONS, p.reason) ?? LEFT_OUT_REASONS.unreadable_date;
  }
  if (warning.code === 'no_sheet_of_kind' && p.sheet === undefined) return 'warning.no_sheet_of_kind_none';
  // A CSV holds no 规则设置 to write 地区 in: only --tz.
  if (warning.code === 'region_from_language' && p.csv === 1) return 'warning.region_from_language_csv';
  if (warning.code === 'sheet_limit') return caseKey(SHEET_LIMITS, p.limit) ?? SHEET_LIMITS.cells;
  if (warning.code === 'calendar_year_not_covered') {
    return p.region === 'OTHER'
      ? 'warning.calendar_year_not_covered_other'
      : 'warning.calendar_year_not_covered_in';
  }
  return `warning.${warning.code}`;
}

/**
 * A warning in words. `hint` is where the user can say what a sheet not understood is: the add-on's
 * 列名对照 (the default), or on the command line a 列名对照 sheet or `--map FILE` (only the latter
 * for a CSV).
 */
export function warningText(warning: Warning, lang: Lang, hint: MappingHint = 'sheet'): string {
  return message(lang, warningKey(warning), wordedParams(warning, lang, hint));
}

/**
 * What a menu's toast adds to its result: each sheet not understood (briefly: its nearest kind; the
 * result sheet and the sidebar say what it lacks), no sheet of the kind, rows left out. One line each
 * after a line break, or '' when there is nothing to say.
 */
export function toastNotes(warnings: readonly Warning[], lang: Lang): string {
  const lines = warnings.flatMap((w) => {
    if (w.code === 'sheet_not_understood') {
      const kind = kindLabel(text(w.params.nearest) as SheetKind, lang);
      return [message(lang, 'warning.toast_not_understood', { sheet: text(w.params.sheet), kind })];
    }
    return w.code === 'no_sheet_of_kind' ||
      w.code === 'rows_left_out' ||
      w.code === 'protected_range' ||
      w.code === 'sheet_limit'
      ? [warningText(w, lang)]
      : [];
  });
  return lines.map((line) => `\n${line}`).join('');
}

/** Warnings as the JSON of every command carries them. */
export function warningsJson(warnings: readonly Warning[], lang: Lang, hint: MappingHint = 'sheet') {
  return warnings.map((w) => ({ code: w.code, message: warningText(w, lang, hint), ...w.params }));
}

/** Ranges listed in a `protected_range` or `sheet_limit` warning at most (its count is complete). */
const LISTED_RANGES = 6;

/**
 * Writes the medium refused, as warnings: one per sheet and reason (a protection the user may not
 * edit: `protected_range`; Google Sheets' 10 million cells or 18,278 columns: `sheet_limit`), naming
 * the ranges and what could not be written there.
 */
export function skippedWarnings(skipped: readonly SkippedWrite[]): Warning[] {
  const groups = new Map<string, SkippedWrite[]>();
  for (const s of skipped) {
    const key = JSON.stringify([s.sheet, s.reason === 'protected' ? 'protected' : s.reason]);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()].map((group): Warning => {
    const first = group[0] as SkippedWrite;
    const ranges = [...new Set(group.map((s) => s.range))];
    const what = [...new Set(group.map((s) => s.what))];
    const params = { sheet: first.sheet, ranges: ranges.slice(0, LISTED_RANGES), count: ranges.length, what };
    return first.reason === 'protected'
      ? { code: 'protected_range', params }
      : {
          code: 'sheet_limit',
          params: { ...params, limit: first.reason === 'column_limit' ? 'columns' : 'cells' },
        };
  });
}

/** How many writes a port has skipped so far: an operation's own are those after it started. */
export function skippedCount(port: WorkbookPort): number {
  return port.skippedWrites?.().length ?? 0;
}

/** The warnings about the writes a port skipped since `from` (see skippedCount). */
export function skippedSince(port: WorkbookPort, from: number): Warning[] {
  return skippedWarnings((port.skippedWrites?.() ?? []).slice(from));
}

/** Warnings without repeats (the same code about the same things), in their first order. */
export function uniqueWarnings(...lists: readonly (readonly Warning[])[]): Warning[] {
  const seen = new Set<string>();
  const out: Warning[] = [];
  for (const w of lists.flat()) {
    const key = JSON.stringify([w.code, w.params]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}

/** The kinds of sheet each operation reads (docs/domain.md, "Never a silent wrong answer"). */
export const OPERATION_KINDS = {
  complaints: ['complaints'],
  weekly: ['complaints'],
  callbacks: ['registration', 'complaints', 'callbacks'],
  scores: ['ledger', 'roster'],
} as const satisfies Readonly<Record<string, readonly SheetKind[]>>;

export type Operation = keyof typeof OPERATION_KINDS;

/** The kinds a sheet left alone came near: its nearest, and for an ambiguous one each that fits. */
function nearKinds(u: Unrecognised): readonly SheetKind[] {
  if (u.reason === 'ignored' || !u.nearest) return [];
  return [u.nearest.kind, ...u.candidates];
}

/**
 * The sheets left alone that came near one of `kinds` (any kind: `'all'`), in tab order. A sheet the
 * team set to 忽略 is not among them: it is left alone on purpose.
 */
export function sheetsNear(
  unrecognised: readonly Unrecognised[],
  kinds: readonly SheetKind[] | 'all',
): Unrecognised[] {
  return unrecognised.filter((u) => nearKinds(u).some((k) => kinds === 'all' || kinds.includes(k)));
}

/** The sheet left alone that came nearest one of `kinds` (most columns recognised), if any. */
export function nearestSheet(
  unrecognised: readonly Unrecognised[],
  kinds: readonly SheetKind[],
): Unrecognised | undefined {
  return [...sheetsNear(unrecognised, kinds)].sort(
    (a, b) => (b.nearest?.matched.length ?? 0) - (a.nearest?.matched.length ?? 0),
  )[0];
}

/** True when the workbook has a recognised sheet of one of the kinds. */
export function hasSheetOf(workbook: Pick<LoadedWorkbook, 'sheets'>, kinds: readonly SheetKind[]): boolean {
  return workbook.sheets.some((s) => kinds.includes(s.layout.kind));
}

/** A sheet left alone, as the warning that names it with the kind it came nearest to. */
export function notUnderstoodWarning(u: Unrecognised): Warning {
  return {
    code: 'sheet_not_understood',
    params: {
      sheet: u.sheet,
      nearest: u.nearest?.kind ?? '',
      reason: u.reason,
      matched: u.nearest?.matched ?? [],
      missing: u.nearest?.missingRequired ?? [],
      ...(u.reason === 'ambiguous' ? { candidates: u.candidates } : {}),
    },
  };
}

/**
 * What an operation could not read of the workbook: each sheet left alone that came near a kind it
 * reads (`'all'`: any kind), and, when it has no sheet of its kinds at all, that (naming the sheet
 * that came nearest, if one did).
 */
export function recognitionWarnings(
  workbook: Pick<LoadedWorkbook, 'sheets' | 'unrecognised'>,
  kinds: readonly SheetKind[] | 'all',
): Warning[] {
  const out: Warning[] = [];
  if (kinds !== 'all' && !hasSheetOf(workbook, kinds)) {
    const nearest = nearestSheet(workbook.unrecognised, kinds);
    out.push({
      code: 'no_sheet_of_kind',
      params: { kind: kinds[0] ?? '', kinds, ...(nearest ? { sheet: nearest.sheet } : {}) },
    });
  }
  for (const u of sheetsNear(workbook.unrecognised, kinds)) out.push(notUnderstoodWarning(u));
  return out;
}

/**
 * True when two zones keep different clocks around `now` (this half-year or the next): Asia/Shanghai
 * and Asia/Hong_Kong do not differ; Asia/Shanghai and America/New_York do.
 */
export function zonesDiffer(a: string, b: string, now: number): boolean {
  if (a === b || !isValidTimeZone(a) || !isValidTimeZone(b)) return false;
  return [0, 91, 182, 273].some((days) => {
    const instant = now + days * DAY_MS;
    return toWall(instant, a) !== toWall(instant, b);
  });
}

/**
 * The warning for a spreadsheet whose own zone (in which Sheets stores its times and evaluates NOW())
 * is not the 时区 of 规则设置 (null: 规则设置 writes none). Only Google Sheets has a zone of its own;
 * offline, the workbook is read in its 时区 unless --tz says otherwise.
 */
export function timeZoneWarnings(settingZone: string | null, sheetZone: string, now: number): Warning[] {
  return settingZone !== null && zonesDiffer(settingZone, sheetZone, now)
    ? [{ code: 'timezone_mismatch', params: { settingZone, sheetZone } }]
    : [];
}

/**
 * What a result that counted working hours says about its calendar: each year asked about that
 * neither the region's built-in data nor 节假日 covers (counted Monday to Friday; `region` is given
 * unless it is 中国大陆), and with 地区 其他, once, that only weekends and 节假日 were used.
 */
export function calendarWarnings(calendar: WorkCalendar): Warning[] {
  const region = calendar.region;
  const note: Warning[] =
    region === 'OTHER' && calendar.askedYears.size > 0 ? [{ code: 'calendar_team_only', params: {} }] : [];
  const years = [...calendar.uncoveredYears]
    .sort((a, b) => a - b)
    .map(
      (year): Warning => ({
        code: 'calendar_year_not_covered',
        params: region === 'CN' ? { year } : { year, region },
      }),
    );
  return [...note, ...years];
}

/** A signing secret given for a robot that is not signed (WeCom's key is in its URL): it is ignored. */
export function robotWarnings(kind: RobotKind | null, secret: string): Warning[] {
  return secret !== '' && kind === 'wecom' ? [{ code: 'robot_secret_ignored', params: {} }] : [];
}
