import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../src/domain/calendar';
import { formatIso, parseIsoMoment } from '../../src/domain/time';

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
