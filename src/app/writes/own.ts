// What the add-on owns in a workbook, known by the marks it set (never by a name a team could also
// use): its own sheets, the blocks of its block sheets, its columns on the complaints sheets. A
// sheet that carries one of the add-on's names but not its mark is the team's: it is never cleared,
// truncated or written, and the add-on's output goes to a free name beside it. Sheets made by
// earlier versions, which set no marks, are adopted once where their layout is unmistakably the
// add-on's own.

import { chineseIn, type Lang, message } from '../../domain/i18n/messages';
import {
  CALLBACK_COLUMNS,
  type ColumnSpec,
  OVERDUE_COLUMNS,
  REPORT_COLUMNS,
  SCORE_COLUMNS,
} from '../../domain/sheets/columns';
import { OWN_NAME_SUFFIX, OWN_SHEETS } from '../../domain/sheets/schema';
import { cellText } from '../../domain/text';
import type { CellValue, NewSheetLayout, OwnMark, WorkbookPort } from '../port';

/** The add-on's own sheets, by what they hold. */
export type OwnRole = keyof typeof OWN_SHEETS;

const ROLES = Object.keys(OWN_SHEETS) as OwnRole[];

/** Where an operation wrote its sheet, and the team's sheet of the standard name it left alone. */
export interface OutputSheet {
  readonly role: OwnRole;
  readonly sheet: string;
  /** The team's own sheet that holds the standard name (untouched), when there is one. */
  readonly teamSheet: string | null;
}

function sheetMark(role: OwnRole): string {
  return `sheet:${role}`;
}

/** The add-on's sheets by their marks: role → sheet name. */
export function markedOwnSheets(marks: readonly OwnMark[]): Map<OwnRole, string> {
  const out = new Map<OwnRole, string>();
  for (const mark of marks) {
    if (mark.place.on !== 'sheet') continue;
    const role = ROLES.find((r) => sheetMark(r) === mark.value);
    if (role && !out.has(role)) out.set(role, mark.sheet);
  }
  return out;
}

/** The first rows an earlier version's sheet is recognised by. */
const LEGACY_SCAN_ROWS = 40;

function texts(line: readonly unknown[] | undefined): string[] {
  return (line ?? []).map((v) => cellText(v).trim());
}

/** True when a row starts with a table's header, in Chinese or English. */
function isHeaderRow(line: readonly unknown[] | undefined, columns: readonly ColumnSpec[]): boolean {
  const cells = texts(line);
  return (['zh', 'en'] as const).some((lang) => columns.every((c, i) => cells[i] === c[lang]));
}

function hasHeaderRow(values: readonly (readonly CellValue[])[], columns: readonly ColumnSpec[]): boolean {
  return values.slice(0, LEGACY_SCAN_ROWS).some((line) => isHeaderRow(line, columns));
}

/** `2026-10 月度考核` / `2026-10 monthly scores`: a score block's title as earlier versions wrote it. */
export const LEGACY_SCORE_TITLE = /^(\d{4}-\d{2}) (?:月度考核|monthly scores)$/;
/** `2026-W45 投诉周报（…）` / `2026-W45 complaint summary (…)`. */
export const LEGACY_WEEKLY_TITLE = /^(\d{4}-W\d{2}) (?:投诉周报（.+）|complaint summary \(.+\))$/;

/**
 * A block sheet of an earlier version: its first row a block title, and every title followed by
 * the block's first line as the add-on writes it (a team's look-alike title is not).
 */
function isLegacyBlockSheet(
  values: readonly (readonly CellValue[])[],
  title: RegExp,
  follows: (line: readonly unknown[] | undefined) => boolean,
): boolean {
  const first = values.findIndex((line) => texts(line).some((t) => t !== ''));
  if (first < 0 || !title.test(texts(values[first])[0] ?? '')) return false;
  return values.every((line, i) => !title.test(texts(line)[0] ?? '') || follows(values[i + 1]));
}

const WEEKLY_FIRST_LABELS = new Set((['zh', 'en'] as const).map((lang) => message(lang, 'weekly.received')));

/** True when a sheet of one of the add-on's names is laid out exactly as an earlier version wrote it. */
export function isLegacyOwnSheet(role: OwnRole, values: readonly (readonly CellValue[])[]): boolean {
  switch (role) {
    case 'report':
      return hasHeaderRow(values, REPORT_COLUMNS);
    case 'overdue':
      return hasHeaderRow(values, OVERDUE_COLUMNS);
    case 'callbacksDue':
      return hasHeaderRow(values, CALLBACK_COLUMNS);
    case 'scores':
      return isLegacyBlockSheet(values, LEGACY_SCORE_TITLE, (line) => isHeaderRow(line, SCORE_COLUMNS));
    case 'weekly':
      return isLegacyBlockSheet(values, LEGACY_WEEKLY_TITLE, (line) =>
        WEEKLY_FIRST_LABELS.has(texts(line)[0] ?? ''),
      );
  }
}

/** The role a sheet of one of the add-on's standard names would have. */
function roleNamed(name: string): OwnRole | null {
  return ROLES.find((r) => OWN_SHEETS[r] === name) ?? null;
}

/**
 * True when a sheet is the add-on's: marked, or (unmarked, made by an earlier version) named and
 * laid out as the add-on's. Operations never read such a sheet as the team's data.
 */
export function isOwnSheet(
  name: string,
  marked: ReadonlyMap<OwnRole, string>,
  values: () => readonly (readonly CellValue[])[],
): boolean {
  if ([...marked.values()].includes(name)) return true;
  const role = roleNamed(name);
  return role !== null && !marked.has(role) && isLegacyOwnSheet(role, values());
}

/**
 * The standard name of one of the add-on's sheets for a user: 校验报告, in Traditional 校驗報告 (an
 * English user gets the Chinese name too: the sheet names of docs/domain.md are the product's).
 */
export function ownSheetName(role: OwnRole, lang: Lang): string {
  return chineseIn(lang, OWN_SHEETS[role]);
}

/** A free name for the add-on's sheet beside the team's: 校验报告（客服助手）, then …（客服助手 2）… */
function freeName(standard: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const name = `${standard}（${OWN_NAME_SUFFIX}${n === 1 ? '' : ` ${n}`}）`;
    if (!taken.has(name)) return name;
  }
}

/**
 * The sheet an operation writes its output to, made the add-on's if it is not yet: the sheet
 * carrying the role's mark; else an earlier version's sheet of the standard name (adopted: marked
 * now); else a new sheet of the standard name, or of a free name when the team owns the standard
 * one. `create` makes a missing sheet (the port's createSheet or resetSheet) before it is marked.
 */
export function claimOwnSheet(
  port: WorkbookPort,
  role: OwnRole,
  lang: Lang,
  create: (name: string) => void,
): OutputSheet {
  const standard = ownSheetName(role, lang);
  const names = port.listSheets();
  const marked = markedOwnSheets(port.readOwnMarks()).get(role);
  const teamSheet = (sheet: string) => (sheet !== standard && names.includes(standard) ? standard : null);
  if (marked) return { role, sheet: marked, teamSheet: teamSheet(marked) };
  let name: string = standard;
  if (names.includes(standard)) {
    if (isLegacyOwnSheet(role, port.readGrid(standard).values)) {
      port.addOwnMark(standard, { on: 'sheet' }, sheetMark(role));
      return { role, sheet: standard, teamSheet: null };
    }
    name = freeName(standard, new Set(names));
  }
  create(name);
  port.addOwnMark(name, { on: 'sheet' }, sheetMark(role));
  return { role, sheet: name, teamSheet: teamSheet(name) };
}

/** The layout of a sheet created empty (its operation lays it out). */
export const EMPTY_SHEET: NewSheetLayout = { rows: [], frozenRows: 0 };

/**
 * Rows listed in one of the add-on's report sheets (校验报告, 超时投诉, 回访计划) at most; the rest are
 * counted in a last line (every cell is still marked).
 */
export const REPORT_LIMIT = 500;

/** The line that says where an output went when the team owns the standard name (else null). */
export function elsewhereText(output: OutputSheet | null | undefined, lang: Lang): string | null {
  if (!output?.teamSheet) return null;
  return message(lang, 'own.elsewhere', { team: output.teamSheet, sheet: output.sheet });
}
