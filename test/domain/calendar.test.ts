import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holidaysSource, readCorrections, regionDays } from '../../scripts/make-holidays.mjs';
import { describeError } from '../../src/app/present/render';
import {
  builtInCovers,
  builtInYears,
  type DayOverride,
  uncheckedYears,
  WorkCalendar,
} from '../../src/domain/calendar/calendar';
import { REGION_DAYS } from '../../src/domain/calendar/holidays';
import { formatIso, parseIsoMoment } from '../../src/domain/calendar/time';
import type { Region } from '../../src/domain/params/region';

const TZ = 'Asia/Shanghai';
const at = (text: string) => parseIsoMoment(text, TZ)!;
const iso = (instant: number) => formatIso(instant, TZ).slice(0, 16);

describe('WorkCalendar', () => {
  const calendar = new WorkCalendar();

  it('answers the domain.md example: 24 working hours from Wed 2026-09-30 17:00', () => {
    expect(iso(calendar.addWorkingHours(at('2026-09-30T17:00'), 24, TZ))).toBe('2026-10-10T14:00');
  });

  it.each([
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'National Day'],
    ['2026-10-08', true, 'a Thursday'],
    ['2026-10-10', true, 'a make-up Saturday'],
    ['2026-10-11', false, 'a Sunday'],
    ['2026-09-20', true, 'a make-up Sunday'],
    ['2026-10-17', false, 'a plain Saturday'],
  ])('%s is a working day: %s (%s)', (day, working) => {
    expect(calendar.isWorkingDay(day)).toBe(working);
  });

  it('lets the team’s 节假日 entries override the built-in calendar', () => {
    const team = new WorkCalendar(
      new Map([
        ['2026-10-09', '休'],
        ['2026-10-11', '班'],
      ]),
    );
    expect(team.isWorkingDay('2026-10-09')).toBe(false);
    expect(team.isWorkingDay('2026-10-11')).toBe(true);
    expect(iso(team.addWorkingHours(at('2026-10-08T17:00'), 2, TZ))).toBe('2026-10-10T10:00');
  });

  it('starts a complaint received outside working time at the next working moment', () => {
    expect(iso(calendar.addWorkingHours(at('2026-10-12T07:00'), 2, TZ))).toBe('2026-10-12T11:00');
    expect(iso(calendar.addWorkingHours(at('2026-10-09T20:00'), 2, TZ))).toBe('2026-10-10T11:00');
  });

  it('keeps a deadline that falls exactly at the end of a working day there', () => {
    expect(iso(calendar.addWorkingHours(at('2026-10-12T09:00'), 9, TZ))).toBe('2026-10-12T18:00');
    expect(iso(calendar.addWorkingHours(at('2026-10-12T09:00'), 18, TZ))).toBe('2026-10-13T18:00');
  });

  it('uses the working day of the settings', () => {
    const short = new WorkCalendar(new Map(), 8 * 60 + 30, 17 * 60 + 30);
    expect(iso(short.addWorkingHours(at('2026-10-12T17:00'), 1, TZ))).toBe('2026-10-13T09:00');
  });

  it('counts working hours between two moments', () => {
    expect(calendar.workingHoursBetween(at('2026-09-30T17:00'), at('2026-10-10T14:00'), TZ)).toBe(24);
    expect(calendar.workingHoursBetween(at('2026-10-10T14:00'), at('2026-09-30T17:00'), TZ)).toBe(-24);
    expect(calendar.workingHoursBetween(at('2026-10-17T09:00'), at('2026-10-18T18:00'), TZ)).toBe(0);
  });

  it('computes a year no data covers as Monday–Friday, and says so', () => {
    const fresh = new WorkCalendar();
    expect(fresh.covers(2027)).toBe(false);
    // 2027-02-08 is a Monday; nothing is known about that year's Spring Festival.
    expect(iso(fresh.addWorkingHours(at('2027-02-12T17:00'), 2, TZ))).toBe('2027-02-15T10:00');
    expect([...fresh.uncoveredYears]).toEqual([2027]);
    const taught = new WorkCalendar(new Map([['2027-02-15', '休']]));
    expect(taught.covers(2027)).toBe(true);
    expect(iso(taught.addWorkingHours(at('2027-02-12T17:00'), 2, TZ))).toBe('2027-02-16T10:00');
    expect([...taught.uncoveredYears]).toEqual([]);
  });
});

describe('working calendars by region (规则设置: 地区)', () => {
  const zoned = (tz: string) => ({
    at: (text: string) => parseIsoMoment(text, tz)!,
    iso: (instant: number) => formatIso(instant, tz).slice(0, 16),
  });
  const calendarOf = (region: Region, days: [string, DayOverride][] = [], start = 9 * 60, end = 18 * 60) =>
    new WorkCalendar(new Map(days), start, end, region);

  it('gives the Taipei example its Taiwanese deadline: National Day week is worked there', () => {
    const { at, iso } = zoned('Asia/Taipei');
    // 08:30-17:30: Wed 09-30 8.5 h, Thu 10-01 9 h (17.5), Fri 10-02 6.5 h → 15:00.
    const taiwan = calendarOf('TW', [], 8 * 60 + 30, 17 * 60 + 30);
    expect(iso(taiwan.addWorkingHours(at('2026-09-30T09:00'), 24, 'Asia/Taipei'))).toBe('2026-10-02T15:00');
    expect([...taiwan.uncoveredYears]).toEqual([]);
    // The mainland's calendar, which used to be the only one, skips 10-01…10-07.
    const mainland = calendarOf('CN', [], 8 * 60 + 30, 17 * 60 + 30);
    expect(iso(mainland.addWorkingHours(at('2026-09-30T09:00'), 24, 'Asia/Taipei'))).toBe('2026-10-09T15:00');
  });

  it.each([
    ['2026-10-01', true, 'a Thursday (the mainland’s National Day)'],
    ['2026-10-09', false, '國慶日 (Saturday 10-10) 補假'],
    ['2026-10-10', false, 'a Saturday, no make-up working day in Taiwan'],
    ['2026-09-28', false, '教師節, a holiday since the 2025 law'],
    ['2026-10-26', false, '光復節 (Sunday 10-25) 補假'],
    ['2026-12-25', false, '行憲紀念日'],
    ['2026-02-20', false, '除夕前一日 (Sunday 02-15) 補假'],
    ['2026-02-23', true, 'the Monday after the Lunar New Year break (a mainland holiday)'],
    ['2026-02-28', false, 'a Saturday (the mainland works it)'],
    ['2025-02-08', true, 'a make-up Saturday (補班)'],
    ['2025-05-01', false, '勞動節, a day off for workers'],
  ])('Taiwan: %s is a working day: %s (%s)', (day, working) => {
    expect(calendarOf('TW').isWorkingDay(day)).toBe(working);
  });

  it('counts across Hong Kong’s Lunar New Year, 2026-02-17…19, and only those days', () => {
    const { at, iso } = zoned('Asia/Hong_Kong');
    const hk = calendarOf('HK');
    // Mon 02-16 1 h; 17th–19th off; Fri 02-20 9 h (10); Mon 02-23 9 h (19); Tue 02-24 5 h → 14:00.
    expect(iso(hk.addWorkingHours(at('2026-02-16T17:00'), 24, 'Asia/Hong_Kong'))).toBe('2026-02-24T14:00');
    expect(hk.isWorkingDay('2026-04-07')).toBe(false); // the day following Easter Monday, in substitution
    expect(hk.isWorkingDay('2026-10-02')).toBe(true); // only 10-01 is National Day
    expect(hk.isWorkingDay('2026-02-14')).toBe(false); // a Saturday the mainland works
  });

  it('counts across Macau’s public holidays, not the public servants’ extra days', () => {
    const { at, iso } = zoned('Asia/Macau');
    const macau = calendarOf('MO');
    // Mon 12-21 (a 補假 for public servants only) 1 h; 冬至 12-22 off; Wed 12-23 9 h (10);
    // 12-24 and 12-25 off; Mon 12-28 9 h (19); Tue 12-29 5 h → 14:00.
    expect(iso(macau.addWorkingHours(at('2026-12-21T17:00'), 24, 'Asia/Macau'))).toBe('2026-12-29T14:00');
    expect(macau.isWorkingDay('2026-11-02')).toBe(false); // 追思節
    expect(macau.isWorkingDay('2026-10-02')).toBe(false); // the day after National Day
    expect(macau.isWorkingDay('2026-10-05')).toBe(true);
  });

  it('has no built-in holidays for 其他: weekends and the team’s 节假日 only, and says so', () => {
    const { at, iso } = zoned('Europe/London');
    const other = calendarOf('OTHER');
    // Wed 09-30 1 h; Thu 10-01 and Fri 10-02 9 h each (19); Mon 10-05 5 h → 14:00.
    expect(iso(other.addWorkingHours(at('2026-09-30T17:00'), 24, 'Europe/London'))).toBe('2026-10-05T14:00');
    expect([...other.uncoveredYears]).toEqual([2026]);
    const taught = calendarOf('OTHER', [['2026-10-01', '休']]);
    expect(iso(taught.addWorkingHours(at('2026-09-30T17:00'), 24, 'Europe/London'))).toBe('2026-10-06T14:00');
    expect(taught.covers(2026)).toBe(true);
    expect(taught.covers(2025)).toBe(false);
    expect([...taught.uncoveredYears]).toEqual([]);
    expect([...taught.askedYears]).toEqual([2026]);
  });

  it('lets the team’s 节假日 win in every region', () => {
    const { at, iso } = zoned('Asia/Taipei');
    const taiwan = calendarOf('TW', [['2026-10-01', '休']], 8 * 60 + 30, 17 * 60 + 30);
    // 09-30 8.5 h, 10-01 off, 10-02 9 h (17.5), Mon 10-05 6.5 h → 15:00.
    expect(iso(taiwan.addWorkingHours(at('2026-09-30T09:00'), 24, 'Asia/Taipei'))).toBe('2026-10-05T15:00');
    expect(calendarOf('HK', [['2026-02-17', '班']]).isWorkingDay('2026-02-17')).toBe(true);
    expect(calendarOf('MO', [['2026-12-21', '休']]).isWorkingDay('2026-12-21')).toBe(false);
    expect(calendarOf('TW', [['2026-10-10', '班']]).isWorkingDay('2026-10-10')).toBe(true);
  });

  it('covers, per region, the years its data was published for', () => {
    expect(builtInYears('TW')).toEqual([2025, 2026]);
    expect(builtInYears('MO')).toEqual([2025, 2026]);
    expect(builtInYears('HK')).toEqual([2025, 2026, 2027]);
    expect(uncheckedYears('HK')).toEqual([2027]);
    expect(builtInYears('OTHER')).toEqual([]);
    expect(builtInCovers(2026)).toBe(true); // the mainland, as before
    expect(builtInCovers(2027, 'TW')).toBe(false);
    const taiwan = calendarOf('TW');
    expect(taiwan.isWorkingDay('2027-09-28')).toBe(true); // counted Monday to Friday …
    expect([...taiwan.uncoveredYears]).toEqual([2027]); // … and said so
    expect(calendarOf('HK').covers(2027)).toBe(true);
  });

  it('keeps only days that change a Monday-to-Friday week in the generated data', () => {
    const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
    expect(Object.keys(REGION_DAYS).sort()).toEqual(['HK', 'MO', 'TW']);
    for (const [region, data] of Object.entries(REGION_DAYS)) {
      const off = data.off === '' ? [] : data.off.split(' ');
      const work = data.work === '' ? [] : data.work.split(' ');
      expect(off.length, region).toBeGreaterThan(0);
      for (const day of off) expect([1, 2, 3, 4, 5], `${region} ${day}`).toContain(weekday(day));
      for (const day of work) expect([0, 6], `${region} ${day}`).toContain(weekday(day));
      for (const day of [...off, ...work])
        expect(data.years, `${region} ${day}`).toContain(Number(day.slice(0, 4)));
      expect([...off].sort(), region).toEqual(off);
    }
  });

  it('gives up, in words, on a calendar with no working day in sight', () => {
    const { at } = zoned('Asia/Taipei');
    const days: [string, DayOverride][] = [];
    for (let d = 0; d < 450; d++)
      days.push([new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10), '休']);
    let error: unknown;
    try {
      calendarOf('TW', days).addWorkingHours(at('2026-01-01T09:00'), 1, 'Asia/Taipei');
    } catch (e) {
      error = e;
    }
    expect(describeError(error, 'zh')).toBe(
      '工作日历在 400 天内找不到一个工作日：请检查「节假日」表是否把太多日子标成了「休」。',
    );
  });

  it('refuses a correction that no longer changes anything, or a working day that is no weekend', () => {
    const stale = readCorrections();
    stale.regions.TW!.years['2026']!.add!.push({ date: '2026-01-01', name: '元旦' });
    expect(() => regionDays(stale)).toThrow(/2026-01-01 is already in the base/);
    const weekday = readCorrections();
    weekday.regions.TW!.years['2026']!.work = [{ date: '2026-10-08', name: '補行上班' }];
    expect(() => regionDays(weekday)).toThrow(/must be a Saturday or Sunday/);
  });

  it('is what scripts/make-holidays.mjs generates from date-holidays and scripts/holidays.json (npm run holidays:make)', () => {
    const committed = readFileSync(join(process.cwd(), 'src', 'domain', 'calendar', 'holidays.ts'), 'utf8');
    expect(committed).toBe(holidaysSource());
  });
});
