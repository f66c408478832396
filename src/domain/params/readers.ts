// Reading 规则设置: its table of parameters into Settings, each value by its type (percentages,
// working hours, the weekly time, lists, worded choices), and the defaults of a region.

import { webhookProblem } from '../alerts/robots';
import { parseNumber } from '../calendar/parse';
import { isValidTimeZone } from '../calendar/time';
import { REDACTED, redactSecrets } from '../phone/redact';
import { DEFAULT_LISTS, type ListName } from '../sheets/schema';
import { cellText, normalizeHeader, toSimplified } from '../text';
import { parseRegion, type Region, regionName, regionTimeZone, regionWorkHours } from './region';
import {
  PARAMETERS,
  type ParameterProblem,
  type ParamSpec,
  type ParamType,
  parameterByName,
  parameterName,
  type Settings,
} from './table';

/**
 * Reads the raw 参数 → 值 table from a 规则设置 grid's data rows (columns already located).
 * Names are matched width- and space-insensitively; later rows win over earlier ones.
 */
export function readParameterTable(
  rows: readonly (readonly unknown[])[],
  nameColumn: number,
  valueColumn: number | undefined,
): Map<string, { raw: unknown; index: number }> {
  const table = new Map<string, { raw: unknown; index: number }>();
  rows.forEach((cells, index) => {
    const name = cells[nameColumn];
    if (typeof name !== 'string') return;
    const canonical = parameterByName(name)?.name ?? name.trim();
    if (canonical === '') return;
    table.set(canonical, { raw: valueColumn === undefined ? '' : cells[valueColumn], index });
  });
  return table;
}

/** Reads a percentage: `55%`, `55 %`, `0.55`, `55` (over 1 means percent). Returns basis points. */
function parsePercentBp(raw: unknown): number | null {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return null;
    return Math.round((raw > 1 ? raw : raw * 100) * 100);
  }
  const text = cellText(raw).normalize('NFKC').replace(/\s+/g, '');
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (percent) return Math.round(Number(percent[1]) * 100);
  const n = parseNumber(text);
  if (n === null || Number.isNaN(n) || n < 0) return null;
  return Math.round((n > 1 ? n : n * 100) * 100);
}

/** Reads `09:00-18:00` (also `9:00～18:00`, `9点-18点`) as minutes after midnight. */
function parseWorkHours(raw: unknown): { start: number; end: number } | null {
  // 9點-18點 as Taiwan writes it.
  const text = toSimplified(cellText(raw).normalize('NFKC').replace(/\s+/g, ''));
  const m = /^(\d{1,2})(?:[:点](\d{2})?)?分?[-~～至到](\d{1,2})(?:[:点](\d{2})?)?分?$/.exec(text);
  if (!m) return null;
  const start = Number(m[1]) * 60 + Number(m[2] ?? 0);
  const end = Number(m[3]) * 60 + Number(m[4] ?? 0);
  if (start >= end || end > 24 * 60 || Number(m[2] ?? 0) > 59 || Number(m[4] ?? 0) > 59) return null;
  return { start, end };
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/** Reads `周一 09:00` (also `星期一 9:00`, `每周一 9点`, `Mon 09:00`). */
export function parseWeeklyTime(raw: string): { weekday: number; minutes: number } | null {
  const text = toSimplified(raw.normalize('NFKC').replace(/\s+/g, '').toLowerCase());
  const m =
    /^(?:每)?(?:周|星期|礼拜)?([一二三四五六日天]|mon|tue|wed|thu|fri|sat|sun)[a-z]*(\d{1,2})(?:[:点](\d{2})?)?分?$/.exec(
      text,
    );
  if (!m) return null;
  const weekday = WEEKDAYS[m[1] as string];
  const hour = Number(m[2]);
  const minute = Number(m[3] ?? 0);
  if (weekday === undefined || hour > 23 || minute > 59) return null;
  return { weekday, minutes: hour * 60 + minute };
}

/** Splits a list parameter on commas, 、, semicolons or new lines. */
function parseList(raw: unknown): string[] {
  return cellText(raw)
    .split(/[,，、;；\n]+/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** A parameter's value as a message may quote it: a webhook's credentials and a secret never shown. */
function quotedValue(type: ParamType, text: string): string {
  if (type === 'secret') return REDACTED;
  return type === 'webhook' ? redactSecrets(text) : text;
}

type Parsed = { ok: true; value: unknown } | { ok: false };
const fail: Parsed = { ok: false };
const ok = (value: unknown): Parsed => ({ ok: true, value });

function parseParam(type: ParamType, raw: unknown): Parsed {
  const text = cellText(raw);
  switch (type) {
    case 'number': {
      const n = parseNumber(raw);
      return n === null || Number.isNaN(n) ? fail : ok(n);
    }
    case 'percent': {
      const bp = parsePercentBp(raw);
      return bp === null ? fail : ok(bp);
    }
    case 'bands': {
      const parts = text
        .split(/[,，、;；\s]+/)
        .filter((p) => p !== '')
        .map((p) => parseNumber(p));
      if (parts.length !== 4 || parts.some((p) => p === null || Number.isNaN(p) || p < 0)) return fail;
      return ok(parts);
    }
    case 'fineMode':
    case 'clockMode': {
      // As written in Simplified or Traditional (累進, 工作時): the value is the Simplified word.
      const choices = type === 'fineMode' ? (['累进', '全额'] as const) : (['自然时', '工作时'] as const);
      const chosen = choices.find((c) => c === normalizeHeader(text));
      return chosen ? ok(chosen) : fail;
    }
    case 'workHours': {
      const hours = parseWorkHours(raw);
      return hours ? ok(hours) : fail;
    }
    case 'timeZone':
      return isValidTimeZone(text) ? ok(text) : fail;
    case 'region': {
      const region = parseRegion(text);
      return region ? ok(region) : fail;
    }
    case 'email':
      return text === '' || /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(text) ? ok(text) : fail;
    case 'webhook':
      return text === '' || webhookProblem(text) === null ? ok(text.trim()) : fail;
    case 'secret':
      return ok(text.trim());
    case 'weeklyTime': {
      const time = parseWeeklyTime(text);
      return time ? ok(time) : fail;
    }
    case 'list':
    case 'words': {
      const values = parseList(raw);
      return values.length > 0 ? ok(values) : fail;
    }
    case 'synonyms': {
      const pairs = new Map<string, string[]>();
      for (const pair of parseList(raw)) {
        const m = /^(.+?)\s*[=＝]\s*(.+)$/.exec(pair);
        if (!m) return fail;
        const written = normalizeHeader(m[1] as string);
        pairs.set(written, [...(pairs.get(written) ?? []), (m[2] as string).trim()]);
      }
      return pairs.size > 0 ? ok(pairs) : fail;
    }
  }
}

/**
 * The 地区 a table names; where it names none, the region its time zone places it in (a workbook
 * without 规则设置 read in Asia/Hong_Kong is 香港's), else 中国大陆; 中国大陆 too where the cell cannot
 * be read (the cell's problem is reported).
 */
function regionOf(table: ReadonlyMap<string, { raw: unknown }>, fallback: Region): Region {
  const raw = table.get(parameterName('region'))?.raw;
  const text = raw === undefined ? '' : cellText(raw);
  if (text === '') return fallback;
  return parseRegion(text) ?? 'CN';
}

/**
 * A parameter's default in a region: 地区 itself (the one the zone placed the team in where 规则设置
 * names none), and 时区 and 工作时间, which follow it (台湾: Asia/Taipei, 08:30-17:30).
 */
export function regionalDefault(spec: ParamSpec, region: Region): string {
  if (spec.type === 'region') return regionName(region);
  if (spec.type === 'timeZone') return regionTimeZone(region) ?? spec.value;
  if (spec.type === 'workHours') return regionWorkHours(region);
  return spec.value;
}

/**
 * The settings from a 参数 → 值 table: defaults where a row is missing; a row that is present
 * but unreadable is a problem (its default is kept only so other figures can still be shown).
 */
export function readSettings(
  table: ReadonlyMap<string, { raw: unknown; row: number }>,
  /** The region where 地区 is missing or blank: the one the time zone in use places the team in. */
  fallbackRegion: Region = 'CN',
): {
  settings: Settings;
  problems: ParameterProblem[];
} {
  const values: Record<string, unknown> = {};
  const lists = { ...DEFAULT_LISTS } as Record<ListName, readonly string[]>;
  const problems: ParameterProblem[] = [];
  const region = regionOf(table, fallbackRegion);
  for (const spec of PARAMETERS as readonly ParamSpec[]) {
    const entry = table.get(spec.name);
    const fallback = parseParam(spec.type, regionalDefault(spec, region));
    if (!fallback.ok) throw new Error(`default of ${spec.name} does not parse`);
    let value = fallback.value;
    if (entry && (cellText(entry.raw) !== '' || spec.type === 'email')) {
      const parsed = parseParam(spec.type, entry.raw);
      if (parsed.ok) value = parsed.value;
      else {
        problems.push({
          name: spec.name,
          row: entry.row,
          value: quotedValue(spec.type, cellText(entry.raw)),
          expected: spec.type,
          stops: spec.stops,
        });
      }
    }
    values[spec.key] = value;
    if (spec.list) lists[spec.list] = value as string[];
  }
  // A synonym must stand for a value of some list: one that does not is reported, the others apply.
  const known = new Set(Object.values(lists).flat().map(normalizeHeader));
  const synonyms = values.synonyms as Map<string, string[]>;
  const pairs = [...synonyms].flatMap(([written, standards]) => standards.map((s) => [written, s] as const));
  const wrong = pairs.filter(([, standard]) => !known.has(normalizeHeader(standard)));
  if (wrong.length > 0) {
    const name = parameterName('synonyms');
    const entry = table.get(name);
    problems.push({
      name,
      row: entry?.row ?? null,
      value: wrong.map(([written, standard]) => `${written}=${standard}`).join('，'),
      expected: 'synonyms',
      stops: null,
    });
    const kept = new Map<string, string[]>();
    for (const [written, standards] of synonyms) {
      const good = standards.filter((s) => known.has(normalizeHeader(s)));
      if (good.length > 0) kept.set(written, good);
    }
    values.synonyms = kept;
  }
  return { settings: { ...values, lists } as Settings, problems };
}

/** The settings when there is no 规则设置 sheet at all. */
export function defaultSettings(): Settings {
  return readSettings(new Map()).settings;
}
