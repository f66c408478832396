import { describe, expect, it } from 'vitest';
import { parseMoment, parseMonth, parseNumber, parseYesNo } from '../../src/domain/calendar/parse';
import { dayFirstDates } from '../../src/domain/params/region';

const TZ = 'Asia/Shanghai';
/** The instant of a Shanghai wall-clock time. */
const sh = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h - 8, mi, s);

describe('parseMoment', () => {
  const cases: Array<[unknown, number | null, boolean?]> = [
    ['2026-11-05', sh(2026, 11, 5)],
    ['2026/11/5', sh(2026, 11, 5)],
    ['2026.11.05', sh(2026, 11, 5)],
    ['2026年11月5日', sh(2026, 11, 5)],
    ['2026年11月5号', sh(2026, 11, 5)],
    ['  2026-11-05  ', sh(2026, 11, 5)],
    ['２０２６－１１－０５', sh(2026, 11, 5)],
    ['20261105', sh(2026, 11, 5)],
    [20261105, sh(2026, 11, 5)],
    ['2026-11-05 14:30', sh(2026, 11, 5, 14, 30), true],
    ['2026-11-05T14:30:15', sh(2026, 11, 5, 14, 30, 15), true],
    ['2026/11/5 9:05', sh(2026, 11, 5, 9, 5), true],
    ['2026年11月5日 下午2:30', sh(2026, 11, 5, 14, 30), true],
    ['2026年11月5日下午2点', sh(2026, 11, 5, 14, 0), true],
    ['2026年11月5日 上午9点30分', sh(2026, 11, 5, 9, 30), true],
    ['2026-11-05 中午12:00', sh(2026, 11, 5, 12, 0), true],
    ['2026-11-05 晚上8:15', sh(2026, 11, 5, 20, 15), true],
    ['2026-11-05 2:30 PM', sh(2026, 11, 5, 14, 30), true],
    ['2026-11-05 12:10 am', sh(2026, 11, 5, 0, 10), true],
    ['2026-11-05 14：30', sh(2026, 11, 5, 14, 30), true],
    // As Taiwan and Hong Kong write the hour and the day: 點, 時, 號.
    ['2026/11/5 9點30分', sh(2026, 11, 5, 9, 30), true],
    ['2026年11月5日 下午2點', sh(2026, 11, 5, 14, 0), true],
    ['2026年11月5號 14時', sh(2026, 11, 5, 14, 0), true],
    // Spreadsheet serial numbers: 46331 is 2026-11-05; .5 is noon.
    [46331, sh(2026, 11, 5)],
    [46331.5, sh(2026, 11, 5, 12), true],
    [new Date(sh(2026, 11, 5, 14, 30)), sh(2026, 11, 5, 14, 30), true],
    [new Date(sh(2026, 11, 5)), sh(2026, 11, 5), false],
    // The ugly ones.
    ['2026-13-05', null],
    ['2026-02-30', null],
    ['2026-11-05 25:00', null],
    ['2026-11-05 下午13:00', sh(2026, 11, 5, 13, 0), true],
    ['2026-11-05 下午14:61', null],
    ['11月5日', null],
    ['26-11-05', null],
    ['昨天', null],
    ['', null],
    ['   ', null],
    [null, null],
    [true, null],
    [Number.NaN, null],
    [new Date(Number.NaN), null],
    ['1899-12-31', null],
    ['2999-01-01', null],
    ['=DATE(2026,11,5)', null],
  ];
  it.each(cases)('reads %j', (input, expected, hasTime) => {
    const result = parseMoment(input, TZ);
    if (expected === null) {
      expect(result).toBeNull();
    } else {
      expect(result?.instant).toBe(expected);
      if (hasTime !== undefined) expect(result?.hasTime).toBe(hasTime);
    }
  });

  it.each([
    ['2026-09-14T02:18:40Z', Date.UTC(2026, 8, 14, 2, 18, 40)],
    ['2026-09-14T10:18:40+08:00', Date.UTC(2026, 8, 14, 2, 18, 40)],
    // Java's ZonedDateTime.toString(), as Java help desks export their times.
    ['2026-11-03T10:15:22.481+08:00[Asia/Shanghai]', Date.UTC(2026, 10, 3, 2, 15, 22, 481)],
    ['2026-11-03T02:15:22Z[UTC]', Date.UTC(2026, 10, 3, 2, 15, 22)],
    // Ruby's and databases' exports write UTC after the time, and an offset after a space.
    ['2026-02-21 09:02:44 UTC', Date.UTC(2026, 1, 21, 9, 2, 44)],
    ['2026-02-21 09:02:44 GMT', Date.UTC(2026, 1, 21, 9, 2, 44)],
    ['2026-02-21 17:02:44 +0800', Date.UTC(2026, 1, 21, 9, 2, 44)],
    ['2026-09-14 10:18:40.123', Date.UTC(2026, 8, 14, 2, 18, 40, 123)],
    ['2026-09-14T10:18:40.123456', Date.UTC(2026, 8, 14, 2, 18, 40, 123)],
    ['10/14/2026', Date.UTC(2026, 9, 13, 16)],
    ['14/10/2026 15:05', Date.UTC(2026, 9, 14, 7, 5)],
    ['10/10/2026 3:05:22 PM', Date.UTC(2026, 9, 10, 7, 5, 22)],
    ['Oct 14, 2026', Date.UTC(2026, 9, 13, 16)],
    ['14 October 2026 15:05', Date.UTC(2026, 9, 14, 7, 5)],
    ['Sept 14 2026', Date.UTC(2026, 8, 13, 16)],
    ['12/Sep/26 9:14 AM', Date.UTC(2026, 8, 12, 1, 14)],
    ['12-Sep-2026', Date.UTC(2026, 8, 11, 16)],
    ['Oct 01, 26 08:42:17', Date.UTC(2026, 9, 1, 0, 42, 17)],
    ['民國115年10月14日', Date.UTC(2026, 9, 13, 16)],
    ['民国115年10月14日 下午3:05', Date.UTC(2026, 9, 14, 7, 5)],
  ])('reads the way exports and other regions write %j', (input, expected) => {
    expect(parseMoment(input, TZ)?.instant).toBe(expected);
  });

  it.each([
    ['13/13/2026'],
    ['Foo 14, 2026'],
    ['Oct 14, 10:30'],
    ['2026-09-14T25:00:00Z'],
    ['115/10/14'],
    ['2026-11-03T10:15:22[Asia/Shanghai]'],
    // A date alone keeps no zone.
    ['2026-02-21 UTC'],
  ])('still refuses %j in a mainland sheet', (input) => {
    expect(parseMoment(input, TZ)).toBeNull();
  });

  it('reads 04/11/2026 as the region writes it: day first in Hong Kong, Macau and London', () => {
    const april = Date.UTC(2026, 3, 11, 4);
    const november = Date.UTC(2026, 10, 4, 4);
    expect(parseMoment('04/11/2026 12:00', 'Asia/Hong_Kong', undefined, 'HK')?.instant).toBe(november);
    expect(parseMoment('04/11/2026 12:00', 'Asia/Macau', undefined, 'MO')?.instant).toBe(november);
    // No 地区 set: the zone says where the team sits.
    expect(parseMoment('04/11/2026 12:00', 'Asia/Hong_Kong')?.instant).toBe(november);
    expect(parseMoment('04/11/2026 12:00', 'Europe/London', undefined, 'OTHER')?.instant).toBe(
      Date.UTC(2026, 10, 4, 12),
    );
    // A mainland or Taiwanese sheet, New York, or no zone: month first, as Sheets (en_US) reads it.
    expect(parseMoment('04/11/2026 12:00', 'Asia/Shanghai', undefined, 'CN')?.instant).toBe(april);
    expect(parseMoment('04/11/2026 12:00', 'America/New_York', undefined, 'OTHER')?.instant).toBe(
      Date.UTC(2026, 3, 11, 16),
    );
    // A part over 12 says its order in every region.
    expect(parseMoment('10/14/2026', 'Asia/Hong_Kong', undefined, 'HK')?.instant).toBe(
      Date.UTC(2026, 9, 13, 16),
    );
    expect(parseMoment('14/10/2026', 'America/New_York', undefined, 'OTHER')?.instant).toBe(
      Date.UTC(2026, 9, 14, 4),
    );
  });

  it('reads 04/11/2026 month first where the zone says nothing of a place, and by the zone for 其他', () => {
    const april = (zone: string) => parseMoment('04/11/2026', zone, undefined, 'OTHER')?.instant;
    expect(dayFirstDates('OTHER', 'UTC')).toBe(false);
    expect(dayFirstDates('OTHER', 'Etc/GMT')).toBe(false);
    expect(dayFirstDates('OTHER', 'Asia/Shanghai')).toBe(false);
    expect(dayFirstDates('OTHER', 'Asia/Hong_Kong')).toBe(true);
    expect(dayFirstDates('OTHER', 'America/Toronto')).toBe(false);
    expect(dayFirstDates('OTHER', 'Australia/Sydney')).toBe(true);
    expect(dayFirstDates(undefined, 'Asia/Singapore')).toBe(true);
    expect(april('UTC')).toBe(Date.UTC(2026, 3, 11));
  });

  it('reads a bare ROC year (115/10/14) in a Taiwanese sheet only', () => {
    expect(parseMoment('115/10/14', 'Asia/Taipei')?.instant).toBe(Date.UTC(2026, 9, 13, 16));
    expect(parseMoment('26-11-05', 'Asia/Taipei')).toBeNull();
  });

  it('reads text in the spreadsheet time zone, not the machine one', () => {
    expect(parseMoment('2026-11-05 09:00', 'Europe/London')?.instant).toBe(Date.UTC(2026, 10, 5, 9));
    expect(parseMoment('2026-07-05 09:00', 'Europe/London')?.instant).toBe(Date.UTC(2026, 6, 5, 8));
  });
});

describe('parseNumber', () => {
  const cases: Array<[unknown, number | null | 'NaN']> = [
    [3, 3],
    [-2.5, -2.5],
    ['-3', -3],
    ['−3', -3],
    ['－3', -3],
    ['＋5', 5],
    ['+5', 5],
    [' 3 ', 3],
    ['３', 3],
    ['1,000', 1000],
    ['-3分', -3],
    ['¥50', 50],
    ['-¥50', -50],
    ['50元', 50],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['', null],
    ['  ', null],
    [null, null],
    ['一分', 'NaN'],
    ['3-', 'NaN'],
    ['abc', 'NaN'],
    ['1,00', 'NaN'],
    [true, 'NaN'],
    [Number.POSITIVE_INFINITY, 'NaN'],
  ];
  it.each(cases)('reads %j', (input, expected) => {
    const result = parseNumber(input);
    if (expected === 'NaN') expect(result).toBeNaN();
    else expect(result).toBe(expected);
  });
});

describe('parseYesNo', () => {
  const cases: Array<[unknown, boolean | null | undefined]> = [
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['TRUE', true],
    ['false', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ['√', true],
    ['×', false],
    ['對', true],
    ['对', true],
    ['', null],
    [null, null],
    ['也许', undefined],
    [2, undefined],
  ];
  it.each(cases)('reads %j', (input, expected) => {
    expect(parseYesNo(input)).toBe(expected);
  });
});

describe('parseMonth', () => {
  it.each([
    ['2026-10', '2026-10'],
    ['2026/9', '2026-09'],
    ['2026年10月', '2026-10'],
    ['2026-10-15', '2026-10'],
    [new Date(Date.UTC(2026, 9, 31, 17)), '2026-11'],
    ['', null],
    ['2026-13', undefined],
    ['十月', undefined],
  ] as Array<[unknown, string | null | undefined]>)('reads %j', (input, expected) => {
    expect(parseMonth(input, TZ)).toBe(expected);
  });
});
