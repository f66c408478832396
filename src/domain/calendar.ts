// The mainland working calendar: weekends, public holidays and make-up working days (调休) from
// the chinese-days data, overridden by the team's 节假日 sheet; working-hour arithmetic on it.

import data from 'chinese-days/dist/chinese-days.json';
import { KefuError } from './errors';
import { DAY_MS, fromWall, HOUR_MS, MINUTE_MS, toWall, type WallMs, wallDayKey } from './time';

/** A day the team marks in 节假日: 休 (a day off) or 班 (a working day). */
export type DayOverride = '休' | '班';

const BUILT_IN_HOLIDAYS: ReadonlySet<string> = new Set(Object.keys((data as { holidays: object }).holidays));
const BUILT_IN_WORKDAYS: ReadonlySet<string> = new Set(Object.keys((data as { workdays: object }).workdays));
const BUILT_IN_YEARS: ReadonlySet<number> = new Set(
  [...BUILT_IN_HOLIDAYS, ...BUILT_IN_WORKDAYS].map((day) => Number(day.slice(0, 4))),
);

/** True when the built-in holiday data covers a year. */
export function builtInCovers(year: number): boolean {
  return BUILT_IN_YEARS.has(year);
}

/** Days a calendar will walk at most before it gives up (a year of days off is a mistake). */
const MAX_DAYS = 400;

/**
 * A working calendar. Built-in data is used as `YYYY-MM-DD` strings, never as Date objects
 * (the package misreads Dates west of UTC); the team's overrides win.
 */
export class WorkCalendar {
  private readonly overrides: ReadonlyMap<string, DayOverride>;
  private readonly overrideYears: ReadonlySet<number>;
  /** Years the calendar was asked about that neither source covers (computed as Monday–Friday). */
  readonly uncoveredYears = new Set<number>();

  constructor(
    overrides: ReadonlyMap<string, DayOverride> = new Map(),
    /** Working day as minutes after midnight. */
    readonly workStart = 9 * 60,
    readonly workEnd = 18 * 60,
  ) {
    if (!(workStart < workEnd)) throw new KefuError('internal', {}, 'working day must start before it ends');
    this.overrides = overrides;
    this.overrideYears = new Set([...overrides.keys()].map((day) => Number(day.slice(0, 4))));
  }

  /** How many of the team's 节假日 entries fall in a year. */
  teamDays(year: number): number {
    let count = 0;
    for (const day of this.overrides.keys()) if (Number(day.slice(0, 4)) === year) count++;
    return count;
  }

  /** True when a year is covered by the built-in data or by the team's own entries. */
  covers(year: number): boolean {
    return BUILT_IN_YEARS.has(year) || this.overrideYears.has(year);
  }

  /**
   * Whether a day (`YYYY-MM-DD`) is a working day: the team's 节假日 entry, else the public
   * holidays and make-up working days, else Monday to Friday.
   * @example new WorkCalendar().isWorkingDay('2026-10-10') === true // a make-up Saturday
   */
  isWorkingDay(day: string): boolean {
    const override = this.overrides.get(day);
    if (override) return override === '班';
    const year = Number(day.slice(0, 4));
    if (!this.covers(year)) this.uncoveredYears.add(year);
    if (BUILT_IN_HOLIDAYS.has(day)) return false;
    if (BUILT_IN_WORKDAYS.has(day)) return true;
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
