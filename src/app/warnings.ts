// Never a silent wrong answer (docs/domain.md): when an input a result needs is missing, the result
// says so wherever it is shown: the sheet, the sidebar, the CLI's text and its JSON `warnings`.

import { type Lang, type MessageKey, message } from '../domain/messages';
import type { RobotKind } from '../domain/robots';
import { DAY_MS, isValidTimeZone, toWall } from '../domain/time';

export type WarningCode =
  | 'timezone_mismatch'
  | 'robot_secret_ignored'
  | 'robot_in_cell'
  | 'no_ledger'
  | 'no_roster'
  | 'no_progress_columns'
  | 'callbacks_unplanned'
  | 'calendar_year_not_covered';

/** Something a result could not take into account, and what it concerns. */
export interface Warning {
  readonly code: WarningCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A warning in words. */
export function warningText(warning: Warning, lang: Lang): string {
  return message(lang, `warning.${warning.code}` as MessageKey, warning.params);
}

/** Warnings as the JSON of every command carries them. */
export function warningsJson(warnings: readonly Warning[], lang: Lang) {
  return warnings.map((w) => ({ code: w.code, message: warningText(w, lang), ...w.params }));
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
 * is not the 时区 of 规则设置. Only Google Sheets has a zone of its own; offline, the workbook is read
 * in its 时区.
 */
export function timeZoneWarnings(settingZone: string, sheetZone: string, now: number): Warning[] {
  return zonesDiffer(settingZone, sheetZone, now)
    ? [{ code: 'timezone_mismatch', params: { settingZone, sheetZone } }]
    : [];
}

/** A signing secret given for a robot that is not signed (WeCom's key is in its URL): it is ignored. */
export function robotWarnings(kind: RobotKind | null, secret: string): Warning[] {
  return secret !== '' && kind === 'wecom' ? [{ code: 'robot_secret_ignored', params: {} }] : [];
}
