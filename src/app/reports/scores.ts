// A month's scores from the settings, roster, ledger and KPI sheets (docs/domain.md, "Monthly
// scores"), with the rows that could not be used and what the workbook could not give them. The
// scores operation writes them into 月度考核; the sidebar shows them.

import {
  monthInText,
  parseMoment,
  parseMonth,
  parseNumber,
  parseYesNo,
  sameMonth,
} from '../../domain/calendar/parse';
import { DAY_MS, dayKey, toWall, wallMonthKey } from '../../domain/calendar/time';
import { KefuError } from '../../domain/i18n/errors';
import {
  MERIT_WORDS,
  type MeritWord,
  readLedgerText,
  readMerits,
  revokes,
} from '../../domain/ledger/ledger-text';
import type { Region } from '../../domain/params/region';
import { type ItemLimits, type Settings, withinLimit } from '../../domain/params/table';
import type { Rule } from '../../domain/scores/rules';
import {
  computeMonthlyScores,
  type LedgerEntry,
  type MonthlyScores,
  type PresalesFigures,
} from '../../domain/scores/scores';
import { ITEM_LIMITS } from '../../domain/sheets/schema';
import { cellText, normalizeHeader } from '../../domain/text';
import {
  parameterError,
  readCatalogue,
  readRoster,
  readWorkbookSettings,
  type SettingProblem,
} from '../context';
import { OPERATION_KINDS, recognitionWarnings, type Warning } from '../present/warnings';
import { cell, type LoadedSheet, type LoadedWorkbook, sheetsOf } from '../workbook';
import type { OutputSheet } from '../writes/own';

/** A ledger or KPI row that could not be used as written (listed with the results). */
export interface ScoreProblem {
  readonly kind: 'ledger' | 'presales';
  readonly sheet: string;
  readonly row: number;
  readonly field: string;
  readonly code:
    | 'invalid_date'
    | 'invalid_number'
    | 'unknown_staff'
    | 'not_in_list'
    | 'unreadable_ledger_item'
    | 'number_too_large'
    | 'no_month'
    | 'unscored_merit';
  readonly value: string;
  /** The row's month, when its date could be read. */
  readonly month?: string;
}

export interface ScoreReport {
  readonly scores: MonthlyScores;
  readonly problems: readonly ScoreProblem[];
  readonly settings: Settings;
  /** What the scores could not take into account (no ledger, no roster). */
  readonly warnings: readonly Warning[];
  /** Where 月度考核 was written (when the run wrote). */
  readonly output?: OutputSheet;
}

/**
 * The settings and the rule catalogue, refused (thrown) when a parameter or a rule the scores need
 * is bad.
 */
function refuseBadSettings(
  sheets: readonly LoadedSheet[],
  timeZone: string,
): { settings: Settings; rules: Map<string, Rule> } {
  const { settings, problems } = readWorkbookSettings(sheets, timeZone);
  const bad = problems.find((p) => p.stops === 'scores');
  if (bad) throw parameterError(sheets, bad);
  const catalogueProblems: SettingProblem[] = [];
  const rules = readCatalogue(sheets, settings, catalogueProblems);
  const rule = catalogueProblems[0];
  if (rule)
    throw new KefuError('bad_rule', {
      sheet: rule.sheet,
      row: rule.row,
      field: rule.field,
      value: rule.value,
    });
  return { settings, rules };
}

/**
 * The ledger rows as entries. A row with a rule code, 分值 or 金额 counts those; a row with none is
 * read from its words (奖惩方式, else 说明). 撤销 in 状态 or 说明 revokes a row. With no roster, every
 * name counts.
 */
function readLedger(
  sheets: readonly LoadedSheet[],
  timeZone: string,
  now: number,
  roster: ReadonlySet<string> | null,
  limits: ItemLimits,
  problems: ScoreProblem[],
  rules: ReadonlyMap<string, Rule>,
  region: Region,
): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  const meritRules = rulesByItem(rules);
  for (const sheet of sheetsOf(sheets, 'ledger')) {
    const name = sheet.layout.sheet;
    // A ledger kept one sheet per month may have no 日期: its month is in its title or its name.
    const undated = sheet.layout.columns['日期'] === undefined;
    let month: string | undefined;
    const problem = (row: number, field: string, code: ScoreProblem['code'], value: unknown) =>
      problems.push({
        kind: 'ledger',
        sheet: name,
        row,
        field,
        code,
        value: cellText(value),
        ...(month ? { month } : {}),
      });
    for (const row of sheet.records) {
      const person = cellText(cell(sheet, row, '姓名'));
      const rawDate = cell(sheet, row, '日期');
      if (person === '' && (undated || cellText(rawDate) === '')) continue;
      const moment = undated ? null : parseMoment(rawDate, timeZone, now, region);
      month = undefined;
      if (undated) {
        const named = titleMonth(sheet, row);
        month = named ? withYear(named, now, timeZone) : undefined;
        if (!month) {
          problem(row, '日期', 'no_month', '');
          continue;
        }
      } else if (!moment) {
        problem(row, '日期', 'invalid_date', rawDate);
        continue;
      } else month = wallMonthKey(toWall(moment.instant, timeZone));
      if (roster && !roster.has(person)) {
        problem(row, '姓名', 'unknown_staff', person);
        continue;
      }
      let tooLarge = false;
      const number = (field: '分值' | '金额'): number | null => {
        const raw = cell(sheet, row, field);
        const n = parseNumber(raw);
        if (n !== null && Number.isNaN(n)) {
          problem(row, field, 'invalid_number', raw);
          return null;
        }
        if (n !== null && !withinLimit(n, limits[ITEM_LIMITS[field]])) {
          problem(row, field, 'number_too_large', raw);
          tooLarge = true;
        }
        return n;
      };
      const rawCancels = cell(sheet, row, '取消全勤');
      const cancels = parseYesNo(rawCancels);
      if (cancels === undefined) problem(row, '取消全勤', 'not_in_list', rawCancels);
      const code = cellText(cell(sheet, row, '规则代码'));
      const revoked =
        revokes(cellText(cell(sheet, row, '状态'))) || revokes(cellText(cell(sheet, row, '说明')));
      let points = number('分值');
      let yuan = number('金额');
      if (tooLarge) continue;
      let cancelsAttendance = cancels ?? null;
      const day = moment ? dayKey(moment.instant, timeZone) : `${month}-01`;
      const entry = (code: string, points: number | null, yuan: number | null): LedgerEntry => ({
        sheet: name,
        row,
        month: month as string,
        day,
        name: person,
        code,
        points,
        yuan,
        cancelsAttendance,
        revoked,
      });
      if (code === '' && points === null && yuan === null && !revoked) {
        const words = ledgerWords(sheet, row);
        const read = words ? readLedgerText(words.text) : null;
        const merits = !read && words ? readMerits(words.text) : null;
        if (merits && words) {
          // 嘉獎一次, 小過兩次: worth what 奖惩规则 says, one entry per count; never a silent 0.
          const unpriced = merits.filter((m) => !meritRules.has(m.word));
          if (unpriced.length > 0) {
            problem(row, words.field, 'unscored_merit', unpriced.map((m) => m.word).join('、'));
            continue;
          }
          for (const m of merits) {
            const rule = meritRules.get(m.word) as Rule;
            for (let k = 0; k < m.count; k++) entries.push(entry(rule.code, null, null));
          }
          continue;
        }
        if (!read) {
          problem(row, words?.field ?? '奖惩方式', 'unreadable_ledger_item', words?.text ?? '');
          continue;
        }
        points = read.points;
        yuan = read.yuan;
        if (!withinLimit(points ?? 0, limits.maxItemPoints) || !withinLimit(yuan ?? 0, limits.maxItemYuan)) {
          problem(row, words?.field ?? '奖惩方式', 'number_too_large', words?.text ?? '');
          continue;
        }
        cancelsAttendance = cancelsAttendance ?? read.cancelsAttendance;
      }
      entries.push(entry(code, points, yuan));
    }
  }
  return entries;
}

/** The words of a ledger row that say its reward or penalty: 奖惩方式, else 说明. */
function ledgerWords(
  sheet: LoadedSheet<'ledger'>,
  row: number,
): { field: '奖惩方式' | '说明'; text: string } | null {
  for (const field of ['奖惩方式', '说明'] as const) {
    const text = cellText(cell(sheet, row, field));
    if (text !== '') return { field, text };
  }
  return null;
}

/** The rules of 奖惩规则 by the merit or demerit their 事项 (or code) names: 嘉奖, 小过… */
function rulesByItem(rules: ReadonlyMap<string, Rule>): Map<MeritWord, Rule> {
  const out = new Map<MeritWord, Rule>();
  for (const rule of rules.values()) {
    for (const word of MERIT_WORDS) {
      if (out.has(word)) continue;
      if (normalizeHeader(rule.item) === word || normalizeHeader(rule.code) === word) out.set(word, rule);
    }
  }
  return out;
}

/** A month named without its year (--10) in the year that puts it nearest before now. */
function withYear(named: string, now: number, timeZone: string): string {
  if (!named.startsWith('--')) return named;
  const [year, thisMonth] = wallMonthKey(toWall(now, timeZone)).split('-').map(Number) as [number, number];
  const month = Number(named.slice(2));
  return `${month > thisMonth ? year - 1 : year}-${named.slice(2)}`;
}

/** The month a row belongs to when it has no date: its block's title, else the sheet name. */
function titleMonth(sheet: LoadedSheet, row: number): string | null {
  let found: string | null = null;
  for (const title of sheet.titles) {
    if (title.row > row) break;
    found = monthInText(title.text) ?? found;
  }
  return found ?? monthInText(sheet.layout.sheet);
}

function readPresales(
  sheets: readonly LoadedSheet[],
  month: string,
  timeZone: string,
  problems: ScoreProblem[],
): Map<string, PresalesFigures> {
  const figures = new Map<string, PresalesFigures>();
  for (const sheet of sheetsOf(sheets, 'presales')) {
    for (const row of sheet.records) {
      const rawMonth = cell(sheet, row, '月份');
      const written = parseMonth(rawMonth, timeZone);
      // Without a 月份 cell: the month of the block's title, else the sheet's name, else the month asked for.
      const named = written ? null : titleMonth(sheet, row);
      if (written ? written !== month : named !== null && !sameMonth(month, named)) continue;
      const name = cellText(cell(sheet, row, '姓名'));
      const values: number[] = [];
      let usable = true;
      for (const field of ['接待人数', '成交笔数', '流失单数'] as const) {
        const raw = cell(sheet, row, field);
        const n = parseNumber(raw);
        if (n !== null && (Number.isNaN(n) || n < 0)) {
          problems.push({
            kind: 'presales',
            sheet: sheet.layout.sheet,
            row,
            field,
            code: 'invalid_number',
            value: cellText(raw),
          });
          usable = false;
        }
        values.push(n !== null && !Number.isNaN(n) ? n : 0);
      }
      if (!usable || name === '') continue;
      const before = figures.get(name) ?? { receptions: 0, deals: 0, lostOrders: 0 };
      figures.set(name, {
        receptions: before.receptions + (values[0] ?? 0),
        deals: before.deals + (values[1] ?? 0),
        lostOrders: before.lostOrders + (values[2] ?? 0),
      });
    }
  }
  return figures;
}

/** Computes a month from the loaded sheets. Throws KefuError on a bad setting or without a roster. */
export function computeScores(
  sheets: readonly LoadedSheet[],
  month: string,
  timeZone: string,
  now: number,
): ScoreReport {
  const { settings, rules } = refuseBadSettings(sheets, timeZone);
  const roster = readRoster(sheets, settings);
  const problems: ScoreProblem[] = [];
  const warnings: Warning[] = [];
  if (sheetsOf(sheets, 'ledger').length === 0)
    warnings.push({ code: 'no_ledger', params: { base: settings.base } });
  const entries = readLedger(
    sheets,
    timeZone,
    now,
    roster ? new Set(roster.keys()) : null,
    settings,
    problems,
    rules,
    settings.region,
  );
  const presales = readPresales(sheets, month, timeZone, problems);
  let staff = roster ? [...roster.values()].map((m) => ({ name: m.name, role: m.role, state: m.state })) : [];
  if (!roster) {
    // Without a roster, the staff are the names in the month's ledger rows and pre-sales figures.
    const names = new Set([
      ...entries.filter((e) => e.month === month).map((e) => e.name),
      ...presales.keys(),
    ]);
    staff = [...names].filter((n) => n !== '').map((n) => ({ name: n, role: '', state: '在职' }));
    warnings.push({ code: 'no_roster', params: { count: staff.length } });
  }
  const scores = computeMonthlyScores({ month, settings, rules, staff, ledger: entries, presales });
  // A problem in another month's row does not concern this month; an unreadable date might.
  const relevant = problems.filter((p) => p.month === undefined || p.month === month);
  return { scores, problems: relevant, settings, warnings };
}

/** The month a supervisor most likely means: last month in the first ten days, else this one. */
export function suggestMonth(now: number, timeZone: string): string {
  const wall = toWall(now, timeZone);
  const day = new Date(wall).getUTCDate();
  return wallMonthKey(day <= 10 ? wall - day * DAY_MS : wall);
}

/** A month's scores with what the workbook could not give them: sheets near a ledger or roster not understood. */
export function workbookScores(
  workbook: LoadedWorkbook,
  month: string,
  timeZone: string,
  now: number,
): ScoreReport {
  const report = computeScores(workbook.sheets, month, timeZone, now);
  return {
    ...report,
    warnings: [...recognitionWarnings(workbook, OPERATION_KINDS.scores), ...report.warnings],
  };
}
