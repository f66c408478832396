// Reading cell values the way staff write them: dates, numbers, yes/no, months.

import { dayFirstDates, type Region } from '../params/region';
import { isDate, toSimplified } from '../text';
import { DAY_MS, fromWall, parseIsoMoment, toWall, type WallMs, wallMonthKey, wallOf } from './time';

/** A date or date-time read from a cell: the instant, and whether the cell gave a time. */
export interface ParsedMoment {
  readonly instant: number;
  readonly hasTime: boolean;
  /** Written without a year (10/5, 10月5日): the year was inferred from "now". */
  readonly yearless?: boolean;
}

/** Earliest and latest years accepted; anything outside is a typo, not a date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** The first serial number read as a date: 1990-01-01. */
export const MIN_SERIAL = 32_874;

/** Day 0 of spreadsheet serial numbers (1899-12-30), as a wall-clock value. */
const SERIAL_EPOCH: WallMs = Date.UTC(1899, 11, 30);

function normalizeDigits(text: string): string {
  // Taiwan's and Hong Kong's 點, 時, 號 (下午2點, 10月15號) read as 点, 时, 号: only these, as every
  // cell a column's profile reads passes here (a whole conversion would cost recognition dearly).
  return text
    .normalize('NFKC')
    .trim()
    .replace(/[點時號]/g, (c) => TIME_WORDS[c] ?? c);
}
const TIME_WORDS: Readonly<Record<string, string>> = { 點: '点', 時: '时', 號: '号' };

function validWall(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): WallMs | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = wallOf(year, month, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return wall;
}

/** Reads the time part: `14:30`, `14:30:05`, `下午2:30`, `2:30 PM`, `14点30分`, `9时`. */
function parseTimePart(text: string): { hour: number; minute: number; second: number } | null {
  let t = text.trim().toLowerCase();
  if (t === '') return { hour: 0, minute: 0, second: 0 };
  let shift: 'am' | 'pm' | null = null;
  const zhPrefix = /^(凌晨|早上|上午|中午|下午|傍晚|晚上)/.exec(t);
  if (zhPrefix) {
    shift = zhPrefix[1] === '凌晨' || zhPrefix[1] === '早上' || zhPrefix[1] === '上午' ? 'am' : 'pm';
    t = t.slice(zhPrefix[0].length).trim();
  }
  const enSuffix = /\s*(am|pm|a\.m\.|p\.m\.)$/.exec(t);
  if (enSuffix) {
    shift = enSuffix[1]?.startsWith('a') ? 'am' : 'pm';
    t = t.slice(0, enSuffix.index).trim();
  }
  const m = /^(\d{1,2})(?:[:：点时](\d{1,2})?(?:[:：分](\d{1,2})?秒?)?)?$/.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const second = Number(m[3] ?? 0);
  if (shift) {
    if (hour < 1 || hour > 12) {
      if (!(shift === 'pm' && hour > 12 && hour < 24)) return null;
    } else if (shift === 'pm' && hour < 12) {
      // 中午12点 stays 12; 下午2点 is 14.
      hour += 12;
    } else if (shift === 'am' && hour === 12) {
      hour = 0;
    }
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

/**
 * The time of a cell that holds a time and no date (`14:30` typed into Google Sheets): Sheets keeps
 * it as day 0 of its serial numbers, so Apps Script returns 1899-12-30 at that time in the
 * spreadsheet's zone. `HH:mm` (`HH:mm:ss` with seconds), else
 * null. Such a cell is no complete date: it names no day.
 */
export function timeOnly(value: unknown, timeZone: string): string | null {
  if (!isDate(value)) return null;
  const instant = value.getTime();
  if (Number.isNaN(instant)) return null;
  const wall = toWall(instant, timeZone);
  if (wall < SERIAL_EPOCH || wall >= SERIAL_EPOCH + DAY_MS) return null;
  const seconds = Math.round((wall - SERIAL_EPOCH) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hhmm = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}`;
  return seconds % 60 === 0 ? hhmm : `${hhmm}:${pad(seconds % 60)}`;
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[\sT]*(.*))?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Reads a date or date-time cell in the spreadsheet's time zone. Accepts real dates,
 * spreadsheet serial numbers, `2026-11-05`, `2026/11/5`, `2026.11.05`, `2026年11月5日`,
 * `20261105`, each with an optional time (`14:30`, `14:30:00`, `下午2:30`).
 * Returns null for blanks and for anything unreadable.
 * @example parseMoment('2026年11月5日 下午2:30', 'Asia/Shanghai')?.instant === Date.UTC(2026, 10, 5, 6, 30)
 */
export function parseMoment(
  value: unknown,
  timeZone: string,
  now?: number,
  /**
   * 地区: 台湾 reads a bare ROC year (115/10/14), as the Asia/Taipei zone does; 香港 and 澳门 read
   * 04/11/2026 day first, and 其他 as its time zone writes it (see dayFirstDates).
   */
  region?: Region,
): ParsedMoment | null {
  if (isDate(value)) {
    const instant = value.getTime();
    if (Number.isNaN(instant)) return null;
    const wall = toWall(instant, timeZone);
    // Years 1900 to 2100 as wall-clock values.
    if (wall < -2_208_988_800_000 || wall >= 4_133_980_800_000) return null;
    return { instant, hasTime: wall % DAY_MS !== 0 };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const compact = COMPACT_DATE.exec(String(value));
    if (compact && Number.isInteger(value))
      return fromParts(compact[1], compact[2], compact[3], '', timeZone);
    // Serial numbers from 1990 to 2100: a smaller number (5, 60, 2026) is a number someone typed,
    // not a date of this business (serial 5 would be 1900-01-04, over a million hours ago).
    if (value < MIN_SERIAL || value > 73_415) return null;
    const wall = SERIAL_EPOCH + Math.round(value * DAY_MS);
    return { instant: fromWall(wall, timeZone), hasTime: wall % DAY_MS !== 0 };
  }
  if (typeof value !== 'string') return null;
  const text = normalizeDigits(value);
  if (text === '') return null;
  const compact = COMPACT_DATE.exec(text);
  if (compact) return fromParts(compact[1], compact[2], compact[3], '', timeZone);
  const m = DATE_TEXT.exec(text);
  if (m) return fromParts(m[1], m[2], m[3], m[4] ?? '', timeZone) ?? isoMoment(text, timeZone);
  const roc = ROC_TEXT.exec(text);
  if (roc && (roc[1] !== undefined || ((region === 'TW' || timeZone === ROC_ZONE) && roc[2]?.length === 3)))
    return fromParts(String(Number(roc[2]) + 1911), roc[3], roc[4], roc[5] ?? '', timeZone);
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const dayFirst = readsDayFirst(numeric[1], numeric[2], region, timeZone);
    return fromParts(
      numeric[3],
      dayFirst ? numeric[2] : numeric[1],
      dayFirst ? numeric[1] : numeric[2],
      numeric[4] ?? '',
      timeZone,
    );
  }
  const named = namedMonthDate(text, timeZone);
  if (named) return named;
  const yearless = now === undefined ? null : YEARLESS_TEXT.exec(text);
  if (!yearless || now === undefined) return null;
  // 10月5日 names its month; 5/10 is 5 October only where the region writes the day first (13/5
  // stays unreadable in a mainland sheet, a typo more likely than a day).
  const dayFirst =
    !text.includes('月') &&
    dayFirstDates(region, timeZone) &&
    readsDayFirst(yearless[1], yearless[2], region, timeZone);
  return withInferredYear(
    dayFirst ? yearless[2] : yearless[1],
    dayFirst ? yearless[1] : yearless[2],
    yearless[3] ?? '',
    timeZone,
    now,
  );
}

/**
 * Whether two numbers before the year (or a yearless date) put the day first: 14/10 can only be day
 * first and 10/14 month first; the ambiguous 04/11 is read as the region writes it (day first in
 * 香港 and 澳门, by time zone for 其他; month first, as Sheets reads it in an English (United States)
 * spreadsheet, where no zone says otherwise).
 */
function readsDayFirst(
  a: string | undefined,
  b: string | undefined,
  region: Region | undefined,
  timeZone: string,
): boolean {
  const [first, second] = [Number(a), Number(b)];
  return first > 12 ? second <= 12 : second > 12 ? false : dayFirstDates(region, timeZone);
}

/** The Republic of China calendar: 民國115年10月14日, 115/10/14 (year 115 is 2026). */
const ROC_TEXT = /^(民[國国]\s*)?(\d{2,3})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(.*))?$/;
/**
 * Where a bare three-digit year is an ROC year without its 民國 (Taiwanese sheets write 115/10/14),
 * besides 地区 台湾.
 */
const ROC_ZONE = 'Asia/Taipei';
/** Day and month before the year, as English sheets write them: 10/14/2026, 14/10/2026 15:05. */
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\s,]+(.*))?$/;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Oct 14, 2026 3:05 PM; Oct 01, 26 08:42:17 (Trudesk: two-digit years are 20xx) */
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}|\d{2}(?![\d:]))(?:[\s,]+(.*))?$/i;
/** 14 Oct 2026; 12/Sep/26 9:14 AM (Jira) and 12-Sep-2026 (two-digit years are 20xx) */
const DAY_MONTH_YEAR = /^(\d{1,2})(?:\s+|[/-])([a-z]{3,9})\.?,?(?:\s+|[/-])(\d{4}|\d{2})(?:[\s,]+(.*))?$/i;

/** A date with its month named in English (Oct 14, 2026; 14 October 2026 15:05). */
function namedMonthDate(text: string, timeZone: string): ParsedMoment | null {
  const mdy = MONTH_DAY_YEAR.exec(text);
  const dmy = mdy ? null : DAY_MONTH_YEAR.exec(text);
  const [name, day, year, time] = mdy
    ? [mdy[1], mdy[2], mdy[3], mdy[4]]
    : dmy
      ? [dmy[2], dmy[1], dmy[3], dmy[4]]
      : [];
  if (!name) return null;
  const word = name.toLowerCase();
  const month =
    MONTH_NAMES.findIndex((m) => word.length >= 3 && m.startsWith(word === 'sept' ? 'sep' : word)) + 1;
  const fullYear = year?.length === 2 ? `20${year}` : year;
  return month === 0 ? null : fromParts(fullYear, String(month), day, time ?? '', timeZone);
}

/**
 * ISO 8601 with a zone or fractions of a second (2026-09-14T02:18:40Z, …+08:00, …40.123): the
 * instant it names. Exports and APIs write times so.
 */
function isoMoment(text: string, timeZone: string): ParsedMoment | null {
  const year = Number(text.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  // Java's ZonedDateTime writes the zone's name after the offset (…+08:00[Asia/Shanghai]): the
  // offset already fixes the instant.
  // Ruby's and many databases' exports write UTC after the time (2026-02-21 09:02:44 UTC): ISO's Z.
  // A date alone keeps no zone (2026-02-21 UTC is no instant).
  const plain = text
    .replace(/(Z|[+-]\d{2}:?\d{2})\[[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*\]$/, '$1')
    .replace(/(:\d{2}(?:\.\d+)?)\s+(UTC|GMT)$/i, '$1Z');
  const instant = parseIsoMoment(plain.replace(/(\.\d{1,3})\d*/, '$1'), timeZone);
  return instant === null ? null : { instant, hasTime: /[T ]\d/.test(text) };
}

/** A month and day without a year: 10/5, 10-10 14:30, 10月5日 下午2:30 (not 10.5: that is a number). */
const YEARLESS_TEXT = /^(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*[日号]?(?:[\sT]+(.*))?$/;

/** How far after "now" a yearless date may fall and still take this year (an appointment next week). */
const YEARLESS_AHEAD_MS = 31 * DAY_MS;

/**
 * A yearless date in the year that puts it nearest before `now`, at most 31 days after it:
 * on 2026-11-20, 10/5 is 2026-10-05, 12/15 is 2026-12-15, 12/25 is 2025-12-25.
 */
function withInferredYear(
  month: string | undefined,
  day: string | undefined,
  timeText: string,
  timeZone: string,
  now: number,
): ParsedMoment | null {
  const thisYear = new Date(toWall(now, timeZone)).getUTCFullYear();
  for (const year of [thisYear + 1, thisYear, thisYear - 1]) {
    const found = fromParts(String(year), month, day, timeText, timeZone);
    if (found && found.instant <= now + YEARLESS_AHEAD_MS) return { ...found, yearless: true };
  }
  return null;
}

function fromParts(
  y: string | undefined,
  mo: string | undefined,
  d: string | undefined,
  timeText: string,
  timeZone: string,
): ParsedMoment | null {
  const time = parseTimePart(timeText);
  if (!time) return null;
  const wall = validWall(Number(y), Number(mo), Number(d), time.hour, time.minute, time.second);
  if (wall === null) return null;
  return { instant: fromWall(wall, timeZone), hasTime: timeText.trim() !== '' };
}

/** Minus signs and dashes staff type for "negative". */
const MINUS = /[\u2212\u2012\u2013\u2014\u2010\u2011\uFE63\uFF0D]/g;

/**
 * Reads a number cell: numbers, and text such as `-3`, `−3` (Unicode minus), `＋5`, ` 3 `,
 * `1,000`, `-3分`, `¥50`, `50元`. Returns null for blanks, NaN for text that is not a number.
 * @example parseNumber('−3') === -3
 */
export function parseNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  let text = value.normalize('NFKC').replace(MINUS, '-').replace(/\s+/g, '');
  if (text === '') return null;
  text = text.replace(/^[¥￥]/, '').replace(/(分|元|points?|yuan)$/i, '');
  if (/^[+-]?[¥￥]/.test(text)) text = text.replace(/[¥￥]/, '');
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/.test(text)) return Number.NaN;
  return Number(text.replace(/,/g, ''));
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '对', '取消']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '✘', '不', '不取消']);

/**
 * Reads a yes/no cell: 是/否, Y/N, TRUE/FALSE, 1/0, √/×. Null for blanks, undefined when unreadable.
 */
export function parseYesNo(value: unknown): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const written = value.normalize('NFKC').trim().toLowerCase();
  if (written === '') return null;
  // Every answer is a short word (false, 不取消): a longer text (a note) is none, unconverted.
  if (written.length > 5) return undefined;
  const text = toSimplified(written);
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

/**
 * Reads a month cell (`2026-10`, `2026/10`, `2026年10月`, a date in the month) as `YYYY-MM`.
 * Null for blanks, undefined when unreadable.
 */
export function parseMonth(value: unknown, timeZone: string): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = normalizeDigits(value);
    if (text === '') return null;
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
    if (m) {
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return undefined;
      return `${m[1]}-${String(month).padStart(2, '0')}`;
    }
  }
  const moment = parseMoment(value, timeZone);
  return moment ? wallMonthKey(toWall(moment.instant, timeZone)) : undefined;
}

/** True for a `YYYY-MM` month key of a real month. */
export function isMonthKey(text: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  return (
    !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= MIN_YEAR && Number(m[1]) <= MAX_YEAR
  );
}

/**
 * The month a title or a sheet name speaks of: `2026年10月售前客服数据` → `2026-10`; `10月客服数据`
 * → `--10` (a month of no year, matched against the month computed). Null when it names none.
 */
export function monthInText(text: string): string | null {
  const t = text.normalize('NFKC');
  const full = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*月?/.exec(t);
  if (full) {
    const month = Number(full[2]);
    if (month >= 1 && month <= 12 && Number(full[1]) >= MIN_YEAR && Number(full[1]) <= MAX_YEAR) {
      return `${full[1]}-${String(month).padStart(2, '0')}`;
    }
  }
  const bare = /(?:^|[^\d])(\d{1,2})\s*月/.exec(t);
  if (bare) {
    const month = Number(bare[1]);
    if (month >= 1 && month <= 12) return `--${String(month).padStart(2, '0')}`;
  }
  return null;
}

/** True when a month key (`2026-10`) is the month a text names (`2026-10`, or `--10` for any year). */
export function sameMonth(month: string, named: string): boolean {
  return named.startsWith('--') ? month.slice(4) === named.slice(1) : month === named;
}
