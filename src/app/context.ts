// Use case helpers: the roster, the rule catalogue and the settings, read from the loaded sheets.

import { type ParameterProblem, readSettings, type Settings } from '../domain/params';
import { parseNumber, parseYesNo } from '../domain/parse';
import { DEFAULT_RULES, normalizeRuleCode, type Rule } from '../domain/rules';
import { cellText } from '../domain/text';
import type { StaffMember, ValidationContext } from '../domain/validate';
import { dataRowNumbers, type LoadedSheet } from './inspect';
import { findSheet, parameterTable } from './settings';

/** The cells of a loaded sheet's row, by field. */
export function fieldOf(sheet: LoadedSheet, row: number, field: string): unknown {
  const column = sheet.layout.columns[field];
  if (column === undefined) return undefined;
  return sheet.grid.values[row - sheet.grid.firstRow]?.[column];
}

/** The roster by name (first row wins), or null when there is no roster sheet. */
export function readRoster(sheets: readonly LoadedSheet[]): Map<string, StaffMember> | null {
  const roster = findSheet(sheets, 'roster');
  if (!roster || roster.layout.columns['姓名'] === undefined) return null;
  const members = new Map<string, StaffMember>();
  for (const row of dataRowNumbers(roster.layout, roster.grid)) {
    const name = cellText(fieldOf(roster, row, '姓名'));
    if (name === '' || members.has(name)) continue;
    members.set(name, {
      name,
      role: cellText(fieldOf(roster, row, '岗位')),
      state: cellText(fieldOf(roster, row, '状态')) || '在职',
      row,
    });
  }
  return members;
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
  problems: SettingProblem[] = [],
): Map<string, Rule> {
  const sheet = findSheet(sheets, 'rules');
  const rules = new Map<string, Rule>();
  if (!sheet || sheet.layout.columns['代码'] === undefined) {
    for (const rule of DEFAULT_RULES) rules.set(rule.code, rule);
    return rules;
  }
  const number = (row: number, field: string): number | null => {
    const raw = fieldOf(sheet, row, field);
    const n = parseNumber(raw);
    if (n !== null && Number.isNaN(n)) {
      problems.push({ sheet: sheet.layout.sheet, row, field, value: cellText(raw) });
      return null;
    }
    return n;
  };
  const yesNo = (row: number): boolean => {
    const raw = fieldOf(sheet, row, '取消全勤');
    const value = parseYesNo(raw);
    if (value === undefined)
      problems.push({ sheet: sheet.layout.sheet, row, field: '取消全勤', value: cellText(raw) });
    return value === true;
  };
  for (const row of dataRowNumbers(sheet.layout, sheet.grid)) {
    const code = normalizeRuleCode(cellText(fieldOf(sheet, row, '代码')));
    if (code === '' || rules.has(code)) continue;
    rules.set(code, {
      code,
      role: cellText(fieldOf(sheet, row, '岗位')) || '全员',
      item: cellText(fieldOf(sheet, row, '事项')),
      points: number(row, '分值'),
      yuan: number(row, '金额'),
      cancelsAttendance: yesNo(row),
      freePerMonth: Math.max(0, Math.floor(number(row, '每月免扣次数') ?? 0)),
    });
  }
  return rules;
}

/** The settings in force and the parameters that could not be read. */
export function readWorkbookSettings(sheets: readonly LoadedSheet[]): {
  settings: Settings;
  problems: ParameterProblem[];
} {
  return readSettings(parameterTable(sheets));
}

/** Everything row validation needs, from the workbook itself. */
export function validationContext(
  sheets: readonly LoadedSheet[],
  timeZone: string,
  now: number,
): { context: ValidationContext; problems: ParameterProblem[] } {
  const { settings, problems } = readWorkbookSettings(sheets);
  return {
    context: {
      timeZone,
      now,
      lists: settings.lists,
      roster: readRoster(sheets),
      rules: readCatalogue(sheets),
    },
    problems,
  };
}
