import { describe, expect, it } from 'vitest';
import {
  lastFullWeek,
  parseIsoWeek,
  shiftWeek,
  weekDays,
  weeklyDueAt,
  weekOf,
  weeksInYear,
} from '../../src/domain/calendar/isoweek';

describe('ISO weeks', () => {
  it('puts a day in the week of its Thursday, across year ends', () => {
    expect(weekOf('2026-11-02')).toBe('2026-W45');
    expect(weekOf('2026-11-08')).toBe('2026-W45');
    expect(weekOf('2026-11-09')).toBe('2026-W46');
    // 2027-01-01 is a Friday: it belongs to the last week of 2026, which has 53.
    expect(weekOf('2027-01-01')).toBe('2026-W53');
    expect(weekOf('2025-12-29')).toBe('2026-W01');
  });

  it('knows which years have 53 weeks', () => {
    expect([2020, 2024, 2025, 2026, 2032].map(weeksInYear)).toEqual([53, 52, 52, 53, 53]);
  });

  it('reads weeks and refuses ones a year does not have', () => {
    expect(parseIsoWeek('2026-W45')).toBe('2026-W45');
    expect(parseIsoWeek('2026w5')).toBe('2026-W05');
    expect(parseIsoWeek('2026-W53')).toBe('2026-W53');
    expect(parseIsoWeek('2026-W54')).toBeNull();
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(parseIsoWeek('2026-W00')).toBeNull();
    expect(parseIsoWeek('45')).toBeNull();
  });

  it('gives a week its Monday and Sunday, and the last full week before a day', () => {
    expect(weekDays('2026-W45')).toEqual({ from: '2026-11-02', to: '2026-11-08' });
    expect(weekDays('2026-W01')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(lastFullWeek('2026-11-09')).toBe('2026-W45');
    expect(lastFullWeek('2026-11-08')).toBe('2026-W44');
    expect(shiftWeek('2026-W02', 3)).toBe('2025-W51');
  });
});

describe('weeklyDueAt', () => {
  const SH = 'Asia/Shanghai';
  it('is this week’s 周报时间 in the zone, whatever day of the week it is asked', () => {
    const monday9 = { weekday: 1, minutes: 9 * 60 };
    // Wednesday 2026-11-11 15:00 in Shanghai: this week's Monday 09:00 is 2026-11-09 01:00 UTC.
    expect(weeklyDueAt(Date.UTC(2026, 10, 11, 7), SH, monday9)).toBe(Date.UTC(2026, 10, 9, 1));
    // Sunday 2026-11-15: Monday the 9th still (the ISO week runs Monday to Sunday).
    expect(weeklyDueAt(Date.UTC(2026, 10, 15, 4), SH, monday9)).toBe(Date.UTC(2026, 10, 9, 1));
    // Friday 17:30 of the same week.
    expect(weeklyDueAt(Date.UTC(2026, 10, 9, 2), SH, { weekday: 5, minutes: 17 * 60 + 30 })).toBe(
      Date.UTC(2026, 10, 13, 9, 30),
    );
  });
});
