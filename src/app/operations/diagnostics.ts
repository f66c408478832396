// The self-check 诊断: what only Google's servers can show (time-zone data, triggers, quotas,
// storage, authorization), gathered by the Apps Script side as facts and worded here as a short
// report a user can copy into a support request. No customer data: sheet names and counts only.

import type { RobotKind } from '../../domain/alerts/robots';
import { formatLocal } from '../../domain/calendar/time';
import { type Lang, message } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import { inspectionLines, rowList, type WorkbookInspection } from '../present/inspection';
import { zonesDiffer } from '../present/warnings';

/** A fact, or why it could not be gathered (the error's message). */
export type Fact<T> = { readonly ok: T } | { readonly error: string };

/** One comparison of Intl's wall-clock time with Apps Script's Utilities.formatDate. */
export interface ZoneSample {
  readonly zone: string;
  readonly instant: number;
  /** `YYYY-MM-DDTHH:mm:ss±hh:mm` by each. */
  readonly intl: string;
  readonly utilities: string;
}

/**
 * Apps Script's `Utilities.formatDate` text with the pattern XXX as the ISO text Intl's side is
 * written in: Java writes a zero offset as `Z` (UTC, London in winter), Intl's side `+00:00`.
 * The same instant either way; compared as written, every UTC sheet would look mismatched.
 */
export function isoFromJava(text: string): string {
  return text.endsWith('Z') ? `${text.slice(0, -1)}+00:00` : text;
}

export interface DiagnosticFacts {
  readonly version: string;
  readonly now: number;
  readonly spreadsheetZone: string;
  /** 时区 of 规则设置 (its default when absent); null when it is no time zone. */
  readonly settingZone: string | null;
  readonly settingZoneText: string;
  readonly scriptZone: Fact<string>;
  readonly locale: { readonly user: string; readonly spreadsheet: string };
  readonly zoneData: Fact<{ readonly samples: readonly ZoneSample[]; readonly fallback: boolean }>;
  /** The working calendar in force: 地区, the years its built-in data covers, 节假日's entries. */
  readonly calendarSource: {
    readonly region: Region;
    readonly builtInYears: readonly number[];
    /** Built-in years worked out by rule, not checked against the government's list. */
    readonly uncheckedYears: readonly number[];
    readonly teamDays: number;
  };
  /** This year and the next. */
  readonly calendar: readonly {
    readonly year: number;
    readonly builtIn: boolean;
    readonly teamDays: number;
  }[];
  readonly triggers: Fact<{
    readonly here: readonly { readonly handler: string; readonly type: string }[];
    readonly allDocuments: number;
  }>;
  readonly mailQuota: Fact<number>;
  readonly properties: Fact<{ readonly count: number; readonly bytes: number; readonly largest: number }>;
  /** Bytes of onEdit's cached context; null when none is cached. */
  readonly cache: Fact<number | null>;
  readonly authorization: Fact<{ readonly status: string; readonly source: string }>;
  /** The group robot of 提醒群机器人 and its last delivery. */
  readonly robot: Fact<{
    readonly kind: RobotKind | null;
    readonly configured: boolean;
    readonly signed: boolean;
    /** The webhook's host and path (never its key). */
    readonly place: string;
    /** The sheet whose cells still hold a webhook or secret (an earlier version's place), else null. */
    readonly inCells: string | null;
    readonly last: { readonly at: number; readonly ok: boolean; readonly reason: string } | null;
  }>;
  readonly inspection: Fact<WorkbookInspection>;
}

/** Documented limits the report measures against (developers.google.com/apps-script/guides/services/quotas). */
export const PLATFORM_LIMITS = {
  propertyValueBytes: 9 * 1024,
  propertyStoreBytes: 500 * 1024,
  cacheValueBytes: 100 * 1024,
  triggersPerUser: 20,
} as const;

type Mark = 'ok' | 'warn' | 'fail';
const MARKS: Record<Mark, string> = { ok: '✓', warn: '⚠', fail: '✗' };

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function line(
  mark: Mark,
  lang: Lang,
  key: Parameters<typeof message>[1],
  params: Record<string, string | number> = {},
): string {
  return `${MARKS[mark]} ${message(lang, key, params)}`;
}

function failed(lang: Lang, what: Parameters<typeof message>[1], error: string): string {
  return line('fail', lang, 'diag.failed', { what: message(lang, what), error });
}

function zoneLines(facts: DiagnosticFacts, lang: Lang): string[] {
  const out: string[] = [];
  const data = facts.zoneData;
  if ('error' in data) out.push(failed(lang, 'diag.zone_data_label', data.error));
  else {
    const differing = data.ok.samples.filter((s) => s.intl !== s.utilities);
    const zones = new Set(data.ok.samples.map((s) => s.zone)).size;
    if (differing.length === 0) {
      out.push(line('ok', lang, 'diag.zone_data_ok', { zones, samples: data.ok.samples.length }));
    } else {
      out.push(
        line(data.ok.fallback ? 'warn' : 'fail', lang, 'diag.zone_data_differs', { count: differing.length }),
      );
      for (const s of differing.slice(0, 3))
        out.push(`    ${s.zone}: Intl ${s.intl} · Utilities ${s.utilities}`);
    }
    if (data.ok.fallback) out.push(line('warn', lang, 'diag.zone_fallback'));
  }
  const script = 'ok' in facts.scriptZone ? facts.scriptZone.ok : '?';
  if (facts.settingZone === null) {
    out.push(line('fail', lang, 'diag.zone_setting_bad', { value: facts.settingZoneText }));
  } else if (zonesDiffer(facts.settingZone, facts.spreadsheetZone, facts.now)) {
    out.push(
      line('warn', lang, 'diag.zones_differ', {
        sheet: facts.spreadsheetZone,
        setting: facts.settingZone,
        script,
      }),
    );
  } else {
    out.push(
      line('ok', lang, 'diag.zones', { sheet: facts.spreadsheetZone, setting: facts.settingZone, script }),
    );
  }
  return out;
}

/** Years as ranges: `2004–2026`, `2025–2026、2028` (`2025–2026, 2028` in English). */
export function yearRanges(years: readonly number[], lang: Lang): string {
  return rowList(
    [...years].sort((a, b) => a - b),
    Number.POSITIVE_INFINITY,
    lang,
  );
}

function calendarSourceLines(facts: DiagnosticFacts, lang: Lang): string[] {
  const { region, builtInYears, uncheckedYears, teamDays } = facts.calendarSource;
  if (region === 'OTHER') return [line('warn', lang, 'diag.calendar_other', { team: teamDays })];
  const calendar = message(lang, `calendar.name_${region}`);
  const out = [
    line('ok', lang, 'diag.calendar_region', {
      calendar,
      years: yearRanges(builtInYears, lang),
      team: teamDays,
    }),
  ];
  if (uncheckedYears.length > 0) {
    out.push(
      line('warn', lang, 'diag.calendar_unchecked', { calendar, years: yearRanges(uncheckedYears, lang) }),
    );
  }
  return out;
}

function calendarLines(facts: DiagnosticFacts, lang: Lang): string[] {
  return facts.calendar.map(({ year, builtIn, teamDays }) => {
    if (builtIn) return line('ok', lang, 'diag.calendar_built_in', { year, team: teamDays });
    if (teamDays > 0) return line('ok', lang, 'diag.calendar_team', { year, team: teamDays });
    return line('warn', lang, 'diag.calendar_missing', { year });
  });
}

function triggerLines(facts: DiagnosticFacts, lang: Lang): string[] {
  const t = facts.triggers;
  if ('error' in t) return [failed(lang, 'diag.triggers_label', t.error)];
  const list = t.ok.here.map((x) => `${x.handler} (${x.type})`).join(', ') || message(lang, 'diag.none');
  const full = t.ok.allDocuments >= PLATFORM_LIMITS.triggersPerUser;
  return [
    line(full ? 'warn' : 'ok', lang, 'diag.triggers', {
      list,
      all: t.ok.allDocuments,
      limit: PLATFORM_LIMITS.triggersPerUser,
    }),
  ];
}

function quotaLines(facts: DiagnosticFacts, lang: Lang): string[] {
  const out: string[] = [];
  const mail = facts.mailQuota;
  if ('error' in mail) out.push(failed(lang, 'diag.mail_label', mail.error));
  else out.push(line(mail.ok > 0 ? 'ok' : 'warn', lang, 'diag.mail', { left: mail.ok }));
  const props = facts.properties;
  if ('error' in props) out.push(failed(lang, 'diag.properties_label', props.error));
  else {
    const { count, bytes, largest } = props.ok;
    const tight =
      largest > PLATFORM_LIMITS.propertyValueBytes * 0.9 || bytes > PLATFORM_LIMITS.propertyStoreBytes * 0.9;
    out.push(
      line(tight ? 'warn' : 'ok', lang, 'diag.properties', {
        count,
        total: kb(bytes),
        largest: kb(largest),
        valueLimit: kb(PLATFORM_LIMITS.propertyValueBytes),
        storeLimit: kb(PLATFORM_LIMITS.propertyStoreBytes),
      }),
    );
  }
  const cache = facts.cache;
  if ('error' in cache) out.push(failed(lang, 'diag.cache_label', cache.error));
  else if (cache.ok === null) out.push(line('ok', lang, 'diag.cache_empty'));
  else {
    out.push(
      line(cache.ok > PLATFORM_LIMITS.cacheValueBytes * 0.9 ? 'warn' : 'ok', lang, 'diag.cache', {
        size: kb(cache.ok),
        limit: kb(PLATFORM_LIMITS.cacheValueBytes),
      }),
    );
  }
  return out;
}

function authorizationLines(facts: DiagnosticFacts, lang: Lang): string[] {
  const auth = facts.authorization;
  if ('error' in auth) return [failed(lang, 'diag.auth_label', auth.error)];
  const granted = auth.ok.status !== 'REQUIRED';
  return [
    line(granted ? 'ok' : 'warn', lang, granted ? 'diag.auth_ok' : 'diag.auth_required', {
      source: auth.ok.source,
    }),
  ];
}

function robotLines(facts: DiagnosticFacts, lang: Lang): string[] {
  const robot = facts.robot;
  if ('error' in robot) return [failed(lang, 'diag.robot_label', robot.error)];
  const { kind, configured, signed, place, inCells, last } = robot.ok;
  const cells = inCells === null ? [] : [line('warn', lang, 'robot.in_cells', { sheet: inCells })];
  return [...robotStateLines(kind, configured, signed, place, last, facts, lang), ...cells];
}

function robotStateLines(
  kind: RobotKind | null,
  configured: boolean,
  signed: boolean,
  place: string,
  last: { readonly at: number; readonly ok: boolean; readonly reason: string } | null,
  facts: DiagnosticFacts,
  lang: Lang,
): string[] {
  if (!configured) return [line('ok', lang, 'diag.robot_none')];
  if (!kind) return [line('fail', lang, 'diag.robot_unknown', { place })];
  const platform = message(lang, `robot.${kind}`);
  const how = message(lang, signed && kind !== 'wecom' ? 'diag.robot_signed' : 'diag.robot_unsigned');
  if (!last) return [line('ok', lang, 'diag.robot_never', { platform, how, place })];
  const time = formatLocal(last.at, facts.spreadsheetZone);
  return [
    last.ok
      ? line('ok', lang, 'diag.robot_ok', { platform, how, place, time })
      : line('fail', lang, 'diag.robot_failed', { platform, how, place, time, reason: last.reason }),
  ];
}

function sheetLines(facts: DiagnosticFacts, lang: Lang): string[] {
  const found = facts.inspection;
  if ('error' in found) return [failed(lang, 'diag.sheets_label', found.error)];
  const recognised = found.ok.sheets.filter((s) => s.kind !== null).length;
  const head =
    recognised === 0
      ? line('warn', lang, 'diag.sheets_none', { count: found.ok.sheets.length })
      : line('ok', lang, 'diag.sheets', { recognised, count: found.ok.sheets.length });
  return [head, ...inspectionLines(found.ok, lang, false).map((l) => `    ${l}`)];
}

/** The report: a title, then one line per check (✓ fine, ⚠ worth a look, ✗ failed). */
export function diagnosticLines(facts: DiagnosticFacts, lang: Lang): string[] {
  return [
    message(lang, 'diag.title', {
      time: formatLocal(facts.now, facts.spreadsheetZone),
      zone: facts.spreadsheetZone,
      version: facts.version,
      user: facts.locale.user,
      sheet: facts.locale.spreadsheet,
    }),
    ...zoneLines(facts, lang),
    ...calendarSourceLines(facts, lang),
    ...calendarLines(facts, lang),
    ...triggerLines(facts, lang),
    ...quotaLines(facts, lang),
    ...authorizationLines(facts, lang),
    ...robotLines(facts, lang),
    ...sheetLines(facts, lang),
  ];
}
