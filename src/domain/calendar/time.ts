// Time-zone arithmetic on plain numbers: instants (epoch ms) and wall-clock values in an IANA zone.

import { minOf } from '../arrays';

/** Milliseconds in a minute, an hour and a day. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * A wall-clock time encoded as the epoch milliseconds it would have in UTC: so that
 * day and hour arithmetic on it is plain integer arithmetic, free of the zone.
 */
export type WallMs = number;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

/** A zone's offset from UTC at an instant, in ms; throws for an unknown zone. */
export type OffsetProvider = (instant: number, timeZone: string) => number;

/** Where offsets come from when the runtime's Intl time-zone data cannot be trusted (null: Intl). */
let offsetProvider: OffsetProvider | null = null;

/**
 * Replaces Intl as the source of zone offsets (Apps Script: Utilities.formatDate), or restores it
 * with null. Cached offsets and formatters are dropped either way.
 */
export function useOffsetProvider(provider: OffsetProvider | null): void {
  offsetProvider = provider;
  offsetCache.clear();
  formatters.clear();
  intlChecked = null;
}

/** True while offsets come from a provider rather than Intl. */
export function usingOffsetProvider(): boolean {
  return offsetProvider !== null;
}

/** Offsets every runtime with time-zone data agrees on: (instant, zone, offset in hours). */
const KNOWN_OFFSETS: readonly [string, string, number][] = [
  ['2026-01-15T00:00:00Z', 'Asia/Shanghai', 8],
  ['2026-07-15T00:00:00Z', 'Asia/Shanghai', 8],
  ['2026-01-15T00:00:00Z', 'America/New_York', -5],
  ['2026-07-15T00:00:00Z', 'America/New_York', -4],
];

/** A formatter giving a zone's wall-clock parts (throws for an unknown zone). */
function newFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

/** The offset a formatter's zone has at an instant: its wall-clock parts read as UTC, less the instant. */
function offsetBy(formatter: Intl.DateTimeFormat, instant: number): number {
  const parts = formatter.formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return (
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant
  );
}

/** The offset Intl gives, from a formatter made for the purpose (never a cached one). */
function intlOffsetMs(instant: number, timeZone: string): number {
  return offsetBy(newFormatter(timeZone), instant);
}

/** ISO 8601 of an instant in a zone as Intl alone computes it (to compare with Apps Script's). */
export function intlFormatIso(instant: number, timeZone: string): string {
  const offset = intlOffsetMs(instant, timeZone);
  return isoWithOffset(instant, offset);
}

/** Whether Intl's zone data was found to work in this run (null: not checked yet). */
let intlChecked: boolean | null = null;

/**
 * Whether this runtime's Intl knows time zones: a few offsets that never change, checked without a
 * service call (a runtime with no zone data answers UTC for every zone, or throws).
 */
export function intlZoneDataWorks(): boolean {
  // Asked by every entry point: checked once per run (formatters are slow to make).
  if (intlChecked === null) intlChecked = checkIntlZoneData();
  return intlChecked;
}

function checkIntlZoneData(): boolean {
  try {
    return KNOWN_OFFSETS.every(
      ([iso, zone, hours]) => intlOffsetMs(Date.parse(iso), zone) === hours * HOUR_MS,
    );
  } catch {
    return false;
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = newFormatter(timeZone);
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    if (offsetProvider) offsetProvider(0, timeZone);
    else formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's offset from UTC at an instant, in ms (Asia/Shanghai: +8 h).
 * Cached per zone and quarter-hour, because a sheet's dates cluster and Intl is slow.
 */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const bucket = Math.floor(instant / (15 * MINUTE_MS));
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const cached = zone.get(bucket);
  if (cached !== undefined) return cached;
  const start = bucket * 15 * MINUTE_MS;
  const offset = offsetProvider ? offsetProvider(start, timeZone) : offsetBy(formatterFor(timeZone), start);
  if (zone.size > 50_000) zone.clear();
  zone.set(bucket, offset);
  return offset;
}

/** The wall-clock value of an instant in a zone. */
export function toWall(instant: number, timeZone: string): WallMs {
  return instant + zoneOffsetMs(instant, timeZone);
}

/**
 * The instant at which a zone's clocks show a wall-clock value. Where clocks go back and
 * the value occurs twice, the earlier; where they spring forward past it, the value read with
 * the offset before the change (02:30 in a skipped hour becomes 03:30).
 */
export function fromWall(wall: WallMs, timeZone: string): number {
  const before = zoneOffsetMs(wall - 12 * HOUR_MS, timeZone);
  const after = zoneOffsetMs(wall + 12 * HOUR_MS, timeZone);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const candidates = [early, late].filter((c) => toWall(c, timeZone) === wall);
  return candidates.length > 0 ? minOf(candidates) : early;
}

/** Builds a wall-clock value from its parts (month 1-12). */
export function wallOf(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): WallMs {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const dayKeys = new Map<number, string>();

/** `YYYY-MM-DD` of a wall-clock value (memoised per day: a sheet's dates repeat). */
export function wallDayKey(wall: WallMs): string {
  const dayNumber = Math.floor(wall / DAY_MS);
  let key = dayKeys.get(dayNumber);
  if (key === undefined) {
    const d = new Date(dayNumber * DAY_MS);
    key = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    if (dayKeys.size > 100_000) dayKeys.clear();
    dayKeys.set(dayNumber, key);
  }
  return key;
}

/** `YYYY-MM` of a wall-clock value. */
export function wallMonthKey(wall: WallMs): string {
  return wallDayKey(wall).slice(0, 7);
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function dayKey(instant: number, timeZone: string): string {
  return wallDayKey(toWall(instant, timeZone));
}

/** ISO 8601 with the zone's offset, e.g. `2026-11-05T12:00:00+08:00`. */
export function formatIso(instant: number, timeZone: string): string {
  return isoWithOffset(instant, zoneOffsetMs(instant, timeZone));
}

function isoWithOffset(instant: number, exactOffset: number): string {
  // ISO 8601 offsets are whole minutes; a zone's local mean time before 1901 is not (Shanghai
  // +08:05:43). The offset is rounded and the wall clock follows it, so the text names the
  // same instant, to the second.
  const offset = Math.round(exactOffset / MINUTE_MS) * MINUTE_MS;
  const wall = new Date(instant + offset);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / MINUTE_MS;
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** `YYYY-MM-DD HH:mm` of an instant in a zone, for people. */
export function formatLocal(instant: number, timeZone: string): string {
  return formatIso(instant, timeZone).slice(0, 16).replace('T', ' ');
}

/**
 * Reads an ISO 8601 moment. Without an offset it is a wall-clock time in the zone.
 * Returns null when the text is not ISO 8601.
 * @example parseIsoMoment('2026-11-05T10:00', 'Asia/Shanghai') === Date.UTC(2026, 10, 5, 2)
 */
export function parseIsoMoment(text: string, timeZone: string): number | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text.trim(),
    );
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, zone] = m;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    Number((ms ?? '0').padEnd(3, '0')),
  );
  const check = new Date(wall);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  if (Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 59) return null;
  if (!zone) return fromWall(wall, timeZone);
  if (zone === 'Z') return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * MINUTE_MS;
  return wall - offset;
}
