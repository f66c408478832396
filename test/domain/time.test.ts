import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKey, formatIso, fromWall, parseIsoMoment, toWall, wallOf } from '../../src/domain/calendar/time';

describe('time zones', () => {
  it('formats an instant with the zone offset', () => {
    expect(formatIso(Date.UTC(2026, 10, 5, 4), 'Asia/Shanghai')).toBe('2026-11-05T12:00:00+08:00');
    expect(formatIso(Date.UTC(2026, 6, 1, 12), 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
  });

  it('reads ISO moments, with or without an offset', () => {
    expect(parseIsoMoment('2026-11-05T10:00:00+08:00', 'UTC')).toBe(Date.UTC(2026, 10, 5, 2));
    expect(parseIsoMoment('2026-11-05T10:00', 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 5, 2));
    expect(parseIsoMoment('2026-11-05', 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 4, 16));
    expect(parseIsoMoment('2026-11-05T10:00:00Z', 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 5, 10));
    expect(parseIsoMoment('2026-11-31T10:00', 'Asia/Shanghai')).toBeNull();
    expect(parseIsoMoment('yesterday', 'Asia/Shanghai')).toBeNull();
  });

  it('converts between instants and wall-clock values both ways', () => {
    const wall = wallOf(2026, 3, 8, 2, 30);
    // 02:30 does not exist in New York that night: the later reading is used.
    expect(formatIso(fromWall(wall, 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T03:30:00-04:00',
    );
    const instant = Date.UTC(2026, 9, 31, 17);
    expect(fromWall(toWall(instant, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe(instant);
    expect(dayKey(instant, 'Asia/Shanghai')).toBe('2026-11-01');
    expect(dayKey(instant, 'UTC')).toBe('2026-10-31');
  });
});

describe('formatIso for any instant', () => {
  it('writes a well-formed offset and names the same instant, to the second (seeded)', () => {
    const zones = [
      'Asia/Shanghai',
      'Asia/Taipei',
      'Asia/Hong_Kong',
      'Asia/Kolkata',
      'America/St_Johns',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const text = formatIso(instant, zone);
          expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
          expect(Date.parse(text)).toBe(Math.floor(instant / 1000) * 1000);
        },
      ),
      { seed: 20261204, numRuns: 2000 },
    );
  });

  it('rounds Shanghai’s local mean time of 1900 to +08:06', () => {
    expect(formatIso(Date.UTC(1900, 0, 4, 0, 0, 0), 'Asia/Shanghai')).toBe('1900-01-04T08:06:00+08:06');
  });
});
