// The working calendar of a region (规则设置: 地区): weekends, public holidays and make-up working
// days — the mainland's from the chinese-days data (调休), Hong Kong's, Macau's and Taiwan's from
// holidays.ts (generated at build time, scripts/make-holidays.mjs), none for 其他 — overridden by the
// team's 节假日 sheet in every region; working-hour arithmetic on it.

import data from 'chinese-days/dist/chinese-days.json';
import { KefuError } from '../i18n/errors';
import type { Region } from '../params/region';
import { REGION_DAYS } from './holidays';
import { DAY_MS, fromWall, HOUR_MS, MINUTE_MS, toWall, type WallMs, wallDayKey } from './time';

/** A day the team marks in 节假日: 休 (a day off) or 班 (a working day). */
export type DayOverride = '休' | '班';

/** A region's built-in days: Monday-to-Friday days off, weekend working days, the years covered. */
interface BuiltIn {
  readonly holidays: ReadonlySet<string>;
  readonly workdays: ReadonlySet<string>;
  readonly years: ReadonlySet<number>;
  /** Years taken from rules alone, not checked against a published list. */
  readonly unchecked: ReadonlySet<number>;
}

function yearsOf(days: Iterable<string>): Set<number> {
  return new Set([...days].map((day) => Number(day.slice(0, 4))));
}

const CN_HOLIDAYS = Object.keys((data as { holidays: object }).holidays);
const CN_WORKDAYS = Object.keys((data as { workdays: object }).workdays);

function generated(region: 'HK' | 'MO' | 'TW'): BuiltIn {
  const days = REGION_DAYS[region];
  const list = (text: string) => (text === '' ? [] : text.split(' '));
  return {
    holidays: new Set(list(days.off)),
    workdays: new Set(list(days.work)),
    years: new Set(days.years),
    unchecked: new Set(days.unchecked),
  };
}

const BUILT_IN: Readonly<Record<Region, BuiltIn>> = {
  CN: {
    holidays: new Set(CN_HOLIDAYS),
    workdays: new Set(CN_WORKDAYS),
    years: yearsOf([...CN_HOLIDAYS, ...CN_WORKDAYS]),
    unchecked: new Set(),
  },
  HK: generated('HK'),
  MO: generated('MO'),
  TW: generated('TW'),
  OTHER: { holidays: new Set(), workdays: new Set(), years: new Set(), unchecked: new Set() },
};

/** True when a region's built-in holiday data covers a year (其他: never). */
export function builtInCovers(year: number, region: Region = 'CN'): boolean {
  return BUILT_IN[region].years.has(year);
}

/** The years a region's built-in data covers, ascending (其他: none). */
export function builtInYears(region: Region): number[] {
  return [...BUILT_IN[region].years].sort((a, b) => a - b);
}

/** The built-in years taken from rules alone, not checked against the government's published list. */
export function uncheckedYears(region: Region): number[] {
  return [...BUILT_IN[region].unchecked].sort((a, b) => a - b);
}

/** Days a calendar will walk at most before it gives up (a year of days off is a mistake). */
const MAX_DAYS = 400;

/**
 * A working calendar. Built-in data is used as `YYYY-MM-DD` strings, never as Date objects
 * (chinese-days misreads Dates west of UTC); the team's overrides win.
 */
export class WorkCalendar {
  private readonly overrides: ReadonlyMap<string, DayOverride>;
  private readonly overrideYears: ReadonlySet<number>;
  private readonly builtIn: BuiltIn;
  /** Years the calendar was asked about that neither source covers (computed as Monday–Friday). */
  readonly uncoveredYears = new Set<number>();
  /** Years the calendar was asked about at all (a result that counted working time). */
  readonly askedYears = new Set<number>();

  constructor(
    overrides: ReadonlyMap<string, DayOverride> = new Map(),
    /** Working day as minutes after midnight. */
    readonly workStart = 9 * 60,
    readonly workEnd = 18 * 60,
    /** Whose public holidays: 中国大陆 (the default), 香港, 澳门, 台湾, or 其他 (none: 节假日 only). */
    readonly region: Region = 'CN',
  ) {
    if (!(workStart < workEnd)) throw new KefuError('internal', {}, 'working day must start before it ends');
    this.overrides = overrides;
    this.overrideYears = yearsOf(overrides.keys());
    this.builtIn = BUILT_IN[region];
  }

  /** How many entries the team's 节假日 has, in all years. */
  teamDayCount(): number {
    return this.overrides.size;
  }

  /** How many of the team's 节假日 entries fall in a year. */
  teamDays(year: number): number {
    let count = 0;
    for (const day of this.overrides.keys()) if (Number(day.slice(0, 4)) === year) count++;
    return count;
  }

  /** True when a year is covered by the region's built-in data or by the team's own entries. */
  covers(year: number): boolean {
    return this.builtIn.years.has(year) || this.overrideYears.has(year);
  }

  /**
   * Whether a day (`YYYY-MM-DD`) is a working day: the team's 节假日 entry, else the public
   * holidays and make-up working days of the region, else Monday to Friday.
   * @example new WorkCalendar().isWorkingDay('2026-10-10') === true // a make-up Saturday on the mainland
   * @example new WorkCalendar(new Map(), 510, 1050, 'TW').isWorkingDay('2026-10-01') === true
   */
  isWorkingDay(day: string): boolean {
    const year = Number(day.slice(0, 4));
    this.askedYears.add(year);
    const override = this.overrides.get(day);
    if (override) return override === '班';
    if (!this.covers(year)) this.uncoveredYears.add(year);
    if (this.builtIn.holidays.has(day)) return false;
    if (this.builtIn.workdays.has(day)) return true;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  private dayWindow(dayStart: WallMs): { start: WallMs; end: WallMs } | null {
    if (!this.isWorkingDay(wallDayKey(dayStart))) return null;
    return { start: dayStart + this.workStart * MINUTE_MS, end: dayStart + this.workEnd * MINUTE_MS };
  }

  /**
   * The moment `hours` working hours after `start`. Time outside working hours does not count;
   * a start outside them begins at the next working moment; a deadline that falls exactly at
   * the end of a working day stays there.
   * @example received Wed 2026-09-30 17:00, 24 working hours → 2026-10-10 14:00 (make-up Saturday)
   */
  addWorkingHours(start: number, hours: number, timeZone: string): number {
    let remaining = Math.round(hours * HOUR_MS);
    let wall = toWall(start, timeZone);
    for (let i = 0; i < MAX_DAYS; i++) {
      const day = Math.floor(wall / DAY_MS) * DAY_MS;
      const window = this.dayWindow(day);
      if (window && wall < window.end) {
        const from = Math.max(wall, window.start);
        const available = window.end - from;
        if (remaining <= available) return fromWall(from + remaining, timeZone);
        remaining -= available;
      }
      wall = day + DAY_MS;
    }
    throw new KefuError('calendar_no_working_days', { days: MAX_DAYS });
  }

  /** Working hours between two moments (negative when `end` is before `start`). */
  workingHoursBetween(start: number, end: number, timeZone: string): number {
    if (end < start) return -this.workingHoursBetween(end, start, timeZone);
    const a = toWall(start, timeZone);
    const b = toWall(end, timeZone);
    let total = 0;
    let day = Math.floor(a / DAY_MS) * DAY_MS;
    for (let i = 0; day <= b && i < 40_000; i++, day += DAY_MS) {
      const window = this.dayWindow(day);
      if (!window) continue;
      const from = Math.max(a, window.start);
      const to = Math.min(b, window.end);
      if (to > from) total += to - from;
    }
    return total / HOUR_MS;
  }
}
