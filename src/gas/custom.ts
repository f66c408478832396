// The custom functions' bodies: a range in gives a same-shape array out, one call for a whole column.

import { parameterError, readCalendar, readWorkbookSettings } from '../app/context';
import { describeError } from '../app/present/render';
import { loadSettingsSheets } from '../app/workbook';
import type { WorkCalendar } from '../domain/calendar/calendar';
import { parseMoment, parseNumber } from '../domain/calendar/parse';
import { dayKey, HOUR_MS } from '../domain/calendar/time';
import { isKefuError } from '../domain/i18n/errors';
import { type Lang, message } from '../domain/i18n/messages';
import type { Region } from '../domain/params/region';
import { parameterName, type Settings } from '../domain/params/table';
import { contactPhone } from '../domain/phone/phone';
import { kpiPoints, pointsFine } from '../domain/scores/scores';
import { normalizeHeader } from '../domain/text';
import type { SheetsWorkbook } from './adapter';
import { currentLang, openWorkbook } from './runtime';

/**
 * The custom functions that read 规则设置 or 节假日 themselves. Sheets recalculates a custom
 * function only when its arguments change, so each takes an optional last argument, a range of
 * those sheets (its values are not used: the sheets are read as every operation reads them), and
 * the menu item 重新计算自定义函数 rewrites their formulas to force a recalculation.
 */
export const SETTINGS_FUNCTIONS = [
  'KEFU_PHONE',
  'KEFU_FINE',
  'KEFU_KPI_POINTS',
  'KEFU_DUE',
  'KEFU_WORKHOURS',
  'KEFU_ISWORKDAY',
] as const;

/** What Sheets passes a custom function: a value, or a 2-D array for a range. */
export type CustomInput = unknown;
export type CustomOutput = string | number | boolean | Date | CustomOutput[][];

/**
 * Applies a cell function to a scalar or to every cell of a range, keeping the shape.
 * Errors in one cell become that cell's text, never the whole call's failure.
 */
function mapCells(
  input: CustomInput,
  cell: (value: unknown) => string | number | boolean | Date,
): CustomOutput {
  if (Array.isArray(input)) {
    return input.map((row: unknown) => (Array.isArray(row) ? row.map((v) => cell(v)) : [cell(row)]));
  }
  return cell(input);
}

/**
 * Applies a cell function over several arguments that may each be a range or a scalar:
 * ranges must share a shape; scalars are used for every cell.
 */
function zipCells(
  inputs: readonly unknown[],
  cell: (values: readonly unknown[]) => string | number | boolean | Date,
): CustomOutput {
  const ranges = inputs.filter((x): x is unknown[][] => Array.isArray(x));
  if (ranges.length === 0) return cell(inputs);
  const shape = ranges[0] as unknown[][];
  return shape.map((row, r) =>
    (Array.isArray(row) ? row : [row]).map((_, c) =>
      cell(
        inputs.map((x) => {
          if (!Array.isArray(x)) return x;
          const line = x[r];
          return Array.isArray(line) ? line[c] : line;
        }),
      ),
    ),
  );
}

/** The settings in force for custom functions: 规则设置 when present, else the defaults. */
function customSettings(
  port: SheetsWorkbook = openWorkbook(),
  sheets = loadSettingsSheets(port, ['params']),
): Settings {
  const { settings, problems } = readWorkbookSettings(sheets, port.timeZone);
  const bad = problems[0];
  if (bad) throw new Error(describeError(parameterError(sheets, bad), currentLang()));
  return settings;
}

function numberCell(value: unknown, lang: Lang): number | string | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = parseNumber(value);
  if (n === null) return null;
  return Number.isNaN(n) ? message(lang, 'custom.not_a_number', { value: String(value) }) : n;
}

function momentCell(value: unknown, timeZone: string, lang: Lang, region: Region): number | string | null {
  if (value === '' || value === null || value === undefined) return null;
  const m = parseMoment(value, timeZone, undefined, region);
  return m ? m.instant : message(lang, 'custom.not_a_date', { value: String(value) });
}

/**
 * A mode argument: '' when absent, else one of the allowed words (a wrong one fails the call).
 * A range is no mode: it is the settings range given without a mode (KEFU_FINE(B2, 规则设置!A:C)).
 */
function modeArgument<const M extends string>(
  mode: CustomInput,
  allowed: readonly M[],
  error: 'custom.bad_mode' | 'custom.bad_clock',
  lang: Lang,
): M | '' {
  const written = typeof mode === 'string' ? mode.trim() : '';
  if (written === '') return '';
  // As written in either script: 工作時 is 工作时.
  const chosen = allowed.find((m) => m === normalizeHeader(written));
  if (chosen === undefined) throw new Error(message(lang, error, { value: written }));
  return chosen;
}

/** The working calendar for custom functions: 节假日 and 工作时间 of the workbook. */
function customCalendar(): { calendar: WorkCalendar; timeZone: string; region: Region } {
  const port = openWorkbook();
  const sheets = loadSettingsSheets(port, ['params', 'holidays']);
  const settings = customSettings(
    port,
    sheets.filter((s) => s.layout.kind === 'params'),
  );
  return {
    calendar: readCalendar(sheets, settings, port.timeZone),
    timeZone: port.timeZone,
    region: settings.region,
  };
}

/**
 * 地区 for KEFU_PHONE, from 规则设置 as the other custom functions read it; only a problem with
 * 地区 itself stops a number being read (a bad 罚款档位 has nothing to do with phones).
 */
function customRegion(): Region {
  const port = openWorkbook();
  const sheets = loadSettingsSheets(port, ['params']);
  const { settings, problems } = readWorkbookSettings(sheets, port.timeZone);
  const bad = problems.find((p) => p.name === parameterName('region'));
  if (bad) throw new Error(describeError(parameterError(sheets, bad), currentLang()));
  return settings.region;
}

/** KEFU_PHONE: the number normalised as 地区 writes it, '' when invalid. */
export function customPhone(phone: CustomInput, _settingsRange?: CustomInput): CustomOutput {
  let region: Region | null = null;
  return mapCells(phone, (value) => {
    if (value === '' || value === null || value === undefined) return '';
    if (region === null) region = customRegion();
    return contactPhone(value, region)?.normalized ?? '';
  });
}

/** KEFU_FINE: the fine for a score, by the bands of 规则设置. */
export function customFine(
  score: CustomInput,
  mode: CustomInput,
  _settingsRange?: CustomInput,
): CustomOutput {
  const lang = currentLang();
  const settings = customSettings();
  const fineMode = modeArgument(mode, ['累进', '全额'], 'custom.bad_mode', lang) || settings.fineMode;
  return mapCells(score, (value) => {
    const n = numberCell(value, lang);
    if (n === null) return '';
    if (typeof n === 'string') return n;
    return pointsFine(n, { ...settings, fineMode });
  });
}

/** KEFU_KPI_POINTS: pre-sales KPI points. */
export function customKpiPoints(
  deals: CustomInput,
  receptions: CustomInput,
  lostOrders: CustomInput,
  _settingsRange?: CustomInput,
): CustomOutput {
  const lang = currentLang();
  const settings = customSettings();
  return zipCells([deals, receptions, lostOrders], ([d, r, l]) => {
    const dealCount = numberCell(d, lang);
    const receptionCount = numberCell(r, lang);
    const lost = numberCell(l, lang) ?? 0;
    for (const v of [dealCount, receptionCount, lost]) if (typeof v === 'string') return v;
    if (dealCount === null || receptionCount === null) return '';
    return kpiPoints(
      { deals: dealCount as number, receptions: receptionCount as number, lostOrders: lost as number },
      settings,
    );
  });
}

/** KEFU_DUE: start plus hours, in calendar or working hours. */
export function customDue(
  start: CustomInput,
  hours: CustomInput,
  mode: CustomInput,
  _settingsRange?: CustomInput,
): CustomOutput {
  const lang = currentLang();
  const clock = modeArgument(mode, ['自然时', '工作时'], 'custom.bad_clock', lang);
  const { calendar, timeZone, region } = customCalendar();
  return zipCells([start, hours], ([s, h]) => {
    const from = momentCell(s, timeZone, lang, region);
    const n = numberCell(h, lang);
    if (typeof from === 'string') return from;
    if (typeof n === 'string') return n;
    if (from === null || n === null) return '';
    try {
      return new Date(clock === '工作时' ? calendar.addWorkingHours(from, n, timeZone) : from + n * HOUR_MS);
    } catch (error) {
      // More working hours than the calendar holds (a typed 100000): said in the cell, as a bad date is.
      if (isKefuError(error)) return describeError(error, lang);
      throw error;
    }
  });
}

/** KEFU_WORKHOURS: working hours between two moments. */
export function customWorkHours(
  start: CustomInput,
  end: CustomInput,
  _settingsRange?: CustomInput,
): CustomOutput {
  const lang = currentLang();
  const { calendar, timeZone, region } = customCalendar();
  return zipCells([start, end], ([s, e]) => {
    const a = momentCell(s, timeZone, lang, region);
    const b = momentCell(e, timeZone, lang, region);
    if (typeof a === 'string') return a;
    if (typeof b === 'string') return b;
    if (a === null || b === null) return '';
    return Math.round(calendar.workingHoursBetween(a, b, timeZone) * 100) / 100;
  });
}

/** KEFU_ISWORKDAY: whether a day is a working day. */
export function customIsWorkday(date: CustomInput, _settingsRange?: CustomInput): CustomOutput {
  const lang = currentLang();
  const { calendar, timeZone, region } = customCalendar();
  return mapCells(date, (value) => {
    const m = momentCell(value, timeZone, lang, region);
    if (typeof m === 'string') return m;
    if (m === null) return '';
    return calendar.isWorkingDay(dayKey(m, timeZone));
  });
}
