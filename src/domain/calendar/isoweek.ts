// ISO 8601 weeks (2026-W45: Monday 2026-11-02 to Sunday 2026-11-08), on day keys (YYYY-MM-DD).
// A week belongs to the year of its Thursday; a year has 52 weeks, or 53 when it starts on a
// Thursday (or on a Wednesday in a leap year).

import { addDays } from '../callbacks/callbacks';
import { DAY_MS, dayKey, parseIsoMoment } from './time';

/** A week as `YYYY-Www`. */
export type IsoWeek = string;

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

function dayOf(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Monday 1 … Sunday 7 of a day key. */
function isoWeekday(n: number): number {
  return ((new Date(n * DAY_MS).getUTCDay() + 6) % 7) + 1;
}

/** The number of ISO weeks in a year: 52 or 53. */
export function weeksInYear(year: number): number {
  const jan1 = isoWeekday(Date.UTC(year, 0, 1) / DAY_MS);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/** The ISO week a day belongs to. */
export function weekOf(day: string): IsoWeek {
  const n = dayNumber(day);
  const thursday = n - isoWeekday(n) + 4;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Reads `2026-W45` (also `2026W45`, `2026-w45`); null when it is no week (2026-W54, 2025-W53). */
export function parseIsoWeek(text: string): IsoWeek | null {
  const m = /^(\d{4})-?[Ww](\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksInYear(year)) return null;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday and Sunday of a week, as day keys. */
export function weekDays(week: IsoWeek): { from: string; to: string } {
  const year = Number(week.slice(0, 4));
  const n = Number(week.slice(6));
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS;
  const monday = jan4 - isoWeekday(jan4) + 1 + (n - 1) * 7;
  return { from: dayOf(monday), to: dayOf(monday + 6) };
}

/** The week `count` weeks before (negative: after) another. */
export function shiftWeek(week: IsoWeek, count: number): IsoWeek {
  return weekOf(dayOf(dayNumber(weekDays(week).from) - count * 7));
}

/** The last full week before a day: the week before the day's own. */
export function lastFullWeek(today: string): IsoWeek {
  return shiftWeek(weekOf(today), 1);
}

/** The weekday (Monday 1 … Sunday 7) of a day key. */
export function weekdayOf(day: string): number {
  return isoWeekday(dayNumber(day));
}

/** This week's 周报时间 as an instant (the weekday and time of 规则设置, in the zone). */
export function weeklyDueAt(
  now: number,
  timeZone: string,
  time: { weekday: number; minutes: number },
): number {
  const today = dayKey(now, timeZone);
  const day = addDays(today, time.weekday - weekdayOf(today));
  return (parseIsoMoment(day, timeZone) ?? now) + time.minutes * 60_000;
}
