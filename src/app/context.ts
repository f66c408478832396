// What the settings sheets say: the roster, the rule catalogue, the parameters, the working
// calendar and the time zone, read from the loaded sheets.

import { type DayOverride, WorkCalendar } from '../domain/calendar/calendar';
import { parseMoment, parseNumber, parseYesNo } from '../domain/calendar/parse';
import { dayKey, isValidTimeZone } from '../domain/calendar/time';
import { KefuError } from '../domain/i18n/errors';
import { readParameterTable, readSettings } from '../domain/params/readers';
import { zoneRegion } from '../domain/params/region';
import {
  type ItemLimits,
  type ParameterProblem,
  parameterName,
  type Settings,
  withinLimit,
} from '../domain/params/table';
import { DEFAULT_RULES, normalizeRuleCode, type Rule } from '../domain/scores/rules';
import { ITEM_LIMITS } from '../domain/sheets/schema';
import { standardValue } from '../domain/sheets/status';
import { cellText, normalizeHeader } from '../domain/text';
import type { StaffMember, ValidationContext } from '../domain/validate/rules';
import { cell, firstSheetOf, type LoadedSheet, sheetsOf } from './workbook';

/**
 * The roster by name (first row wins) over every roster sheet, or null when there is none. A role
 * written with its usual prefixes and suffixes (客服主管, 售后客服专员) is read as the role of the list
 * it names (主管, 售后客服), as are the team's synonyms.
 */
export function readRoster(
  sheets: readonly LoadedSheet[],
  words: Pick<Settings, 'synonyms' | 'lists'>,
): Map<string, StaffMember> | null {
  const rosters = sheetsOf(sheets, 'roster').filter((s) => s.layout.columns['姓名'] !== undefined);
  if (rosters.length === 0) return null;
  const members = new Map<string, StaffMember>();
  for (const roster of rosters)
    for (const row of roster.records) {
      const name = cellText(cell(roster, row, '姓名'));
      if (name === '' || members.has(name)) continue;
      members.set(name, {
        name,
        role: roleOf(cellText(cell(roster, row, '岗位')), words),
        state: staffState(cellText(cell(roster, row, '状态')), words),
        row,
      });
    }
  return members;
}

/**
 * Whether a roster's 状态 says someone has left: 离职 or 已离职 in either script (離職, picked from a
 * Traditional dropdown), or a word 取值同义词 makes 离职. Only the whole word: 待离职 and 申请离职 are
 * still on the team.
 */
function staffState(written: string, words: Pick<Settings, 'synonyms'>): string {
  if (written === '') return '在职';
  const folded = normalizeHeader(written);
  if (folded === '离职' || folded === '已离职' || words.synonyms.get(folded)?.includes('离职')) return '离职';
  return written;
}

/** The role a roster cell names, in the words of the role list. */
function roleOf(written: string, words: Pick<Settings, 'synonyms' | 'lists'>): string {
  return written === '' ? '' : standardValue(written, words, words.lists.role);
}

/** A cell of a settings sheet that cannot be read: figures that depend on it are refused. */
export interface SettingProblem {
  readonly sheet: string;
  readonly row: number;
  readonly field: string;
  readonly value: string;
}

/** The rule catalogue: the 奖惩规则 sheet's rows, or the defaults without one. */
export function readCatalogue(
  sheets: readonly LoadedSheet[],
  limits: ItemLimits & Pick<Settings, 'synonyms' | 'lists'>,
  problems: SettingProblem[] = [],
): Map<string, Rule> {
  const sheet = firstSheetOf(sheets, 'rules');
  const rules = new Map<string, Rule>();
  if (!sheet || sheet.layout.columns['代码'] === undefined) {
    for (const rule of DEFAULT_RULES) rules.set(rule.code, rule);
    return rules;
  }
  const number = (row: number, field: '分值' | '金额' | '每月免扣次数'): number | null => {
    const raw = cell(sheet, row, field);
    const n = parseNumber(raw);
    if (n !== null && Number.isNaN(n)) {
      problems.push({ sheet: sheet.layout.sheet, row, field, value: cellText(raw) });
      return null;
    }
    const limit = field === '每月免扣次数' ? undefined : ITEM_LIMITS[field];
    if (n !== null && limit && !withinLimit(n, limits[limit])) {
      problems.push({
        sheet: sheet.layout.sheet,
        row,
        field,
        value: `${cellText(raw)}（${parameterName(limit)} ${limits[limit]}）`,
      });
      return null;
    }
    return n;
  };
  const yesNo = (row: number): boolean => {
    const raw = cell(sheet, row, '取消全勤');
    const value = parseYesNo(raw);
    if (value === undefined)
      problems.push({ sheet: sheet.layout.sheet, row, field: '取消全勤', value: cellText(raw) });
    return value === true;
  };
  for (const row of sheet.records) {
    const code = normalizeRuleCode(cellText(cell(sheet, row, '代码')));
    if (code === '' || rules.has(code)) continue;
    rules.set(code, {
      code,
      // In the words of the list (全員 is 全员, 售後客服 售后客服), as a roster's 岗位 is read.
      role: standardValue(cellText(cell(sheet, row, '岗位')), limits, limits.lists.ruleRole) || '全员',
      item: cellText(cell(sheet, row, '事项')),
      points: number(row, '分值'),
      yuan: number(row, '金额'),
      cancelsAttendance: yesNo(row),
      freePerMonth: Math.max(0, Math.floor(number(row, '每月免扣次数') ?? 0)),
    });
  }
  return rules;
}

/** The raw 参数 → 值 table of the 规则设置 sheet (empty without one). */
export function parameterTable(sheets: readonly LoadedSheet[]): Map<string, { raw: unknown; row: number }> {
  const params = firstSheetOf(sheets, 'params');
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

/** The settings in force and the parameters that could not be read. */
export function readWorkbookSettings(
  sheets: readonly LoadedSheet[],
  /** The zone times are read in: where 地区 is not written, a Hong Kong, Macau or Taiwan zone says it. */
  timeZone?: string,
): {
  settings: Settings;
  problems: ParameterProblem[];
} {
  return readSettings(parameterTable(sheets), (timeZone && zoneRegion(timeZone)) || 'CN');
}

/** The name of the sheet the parameters come from, for messages that send the user there. */
function parameterSheetName(sheets: readonly LoadedSheet[]): string {
  return firstSheetOf(sheets, 'params')?.layout.sheet ?? '规则设置';
}

/** A parameter problem as the error that refuses an operation depending on it. */
export function parameterError(sheets: readonly LoadedSheet[], problem: ParameterProblem): KefuError {
  return new KefuError('bad_param', {
    sheet: parameterSheetName(sheets),
    row: problem.row ?? 0,
    name: problem.name,
    value: problem.value,
  });
}

/**
 * The 时区 规则设置 writes, or null where it writes none (then the medium's own zone is used, and
 * there is nothing to disagree with).
 */
export function writtenTimeZone(sheets: readonly LoadedSheet[], settings: Settings): string | null {
  return timeZoneCell(sheets).text !== '' ? settings.timeZone : null;
}

/** The 时区 row of 规则设置: its text ('' where there is none) and its row. */
function timeZoneCell(sheets: readonly LoadedSheet[]): { text: string; row: number } {
  const entry = parameterTable(sheets).get(parameterName('timeZone'));
  return { text: entry ? cellText(entry.raw) : '', row: entry?.row ?? 0 };
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
  const { text, row } = timeZoneCell(sheets);
  if (text === '') return fallback;
  if (!isValidTimeZone(text)) {
    throw parameterError(sheets, {
      name: parameterName('timeZone'),
      row,
      value: text,
      expected: 'timeZone',
      stops: 'all',
    });
  }
  return text;
}

/** The working calendar of the workbook: its 地区's public holidays, its 节假日 entries and 工作时间. */
export function readCalendar(
  sheets: readonly LoadedSheet[],
  settings: Settings,
  timeZone: string,
): WorkCalendar {
  const overrides = new Map<string, DayOverride>();
  for (const sheet of sheetsOf(sheets, 'holidays')) {
    for (const row of sheet.records) {
      const moment = parseMoment(cell(sheet, row, '日期'), timeZone, undefined, settings.region);
      const type = normalizeHeader(cellText(cell(sheet, row, '类型')));
      if (!moment || (type !== '休' && type !== '班')) continue;
      overrides.set(dayKey(moment.instant, timeZone), type as DayOverride);
    }
  }
  return new WorkCalendar(overrides, settings.workHours.start, settings.workHours.end, settings.region);
}

/** Everything row validation needs, from the workbook itself. */
export function validationContext(
  sheets: readonly LoadedSheet[],
  timeZone: string,
  now: number,
): { context: ValidationContext; problems: ParameterProblem[] } {
  const { settings, problems } = readWorkbookSettings(sheets, timeZone);
  return {
    context: {
      timeZone,
      now,
      lists: settings.lists,
      roster: readRoster(sheets, settings),
      rules: readCatalogue(sheets, settings),
      words: settings,
      limits: settings,
      region: settings.region,
    },
    problems,
  };
}
