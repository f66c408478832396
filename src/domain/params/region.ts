// Where a team works (规则设置: 地区): which public-holiday calendar, which phone numbers are local,
// which dates are written in the ROC calendar or day first, and the time zone and working day it
// defaults to.

import { type Lang, localized } from '../i18n/messages';
import { normalizeHeader } from '../text';

/** 中国大陆, 香港, 澳门, 台湾, or 其他 (anywhere else: the 节假日 sheet is the only calendar). */
export type Region = 'CN' | 'HK' | 'MO' | 'TW' | 'OTHER';

export const REGIONS: readonly Region[] = ['CN', 'HK', 'MO', 'TW', 'OTHER'];

interface RegionSpec {
  /** The value written in 规则设置. */
  readonly name: string;
  readonly en: string;
  /** Other ways a team writes it (compared after normalizeHeader, so Traditional and case fold). */
  readonly also: readonly string[];
  /** The time zone it defaults to; null: the spreadsheet's own. */
  readonly timeZone: string | null;
  /** The working day it defaults to, as 工作时间 writes it. */
  readonly workHours: string;
  /** ISO 3166 code of its phone numbers (libphonenumber); null: none is local. */
  readonly phoneCountry: 'CN' | 'HK' | 'MO' | 'TW' | null;
  /** Whether 04/11/2026 is 4 November (day first, as Hong Kong and Macau write it); null: by time zone. */
  readonly dayFirst: boolean | null;
}

const SPECS: Readonly<Record<Region, RegionSpec>> = {
  CN: {
    name: '中国大陆',
    en: 'Mainland China',
    also: ['大陆', '内地', '中国', 'mainland', 'china', 'cn', 'prc'],
    timeZone: 'Asia/Shanghai',
    workHours: '09:00-18:00',
    phoneCountry: 'CN',
    dayFirst: false,
  },
  HK: {
    name: '香港',
    en: 'Hong Kong',
    also: ['hongkong', 'hk', '中国香港'],
    timeZone: 'Asia/Hong_Kong',
    workHours: '09:00-18:00',
    phoneCountry: 'HK',
    dayFirst: true,
  },
  MO: {
    name: '澳门',
    en: 'Macau',
    also: ['macao', 'mo', '中国澳门'],
    timeZone: 'Asia/Macau',
    workHours: '09:00-18:00',
    phoneCountry: 'MO',
    dayFirst: true,
  },
  TW: {
    name: '台湾',
    en: 'Taiwan',
    also: ['臺灣', '中国台湾', 'tw', 'roc'],
    timeZone: 'Asia/Taipei',
    // Taiwan's offices keep 08:30-17:30 (the civil service's hours, which most firms follow).
    workHours: '08:30-17:30',
    phoneCountry: 'TW',
    dayFirst: false,
  },
  OTHER: {
    name: '其他',
    en: 'Other',
    also: ['其它', '海外', '国外', 'other', 'overseas'],
    timeZone: null,
    workHours: '09:00-18:00',
    phoneCountry: null,
    dayFirst: null,
  },
};

const BY_WORD = new Map<string, Region>();
for (const region of REGIONS) {
  const spec = SPECS[region];
  for (const word of [spec.name, spec.en, ...spec.also])
    BY_WORD.set(normalizeHeader(word).replace(/\s+/g, ''), region);
}

/** The value 地区 takes in 规则设置 for a region. */
export function regionName(region: Region): string {
  return SPECS[region].name;
}

/** A region as a user reads it: 台湾 (臺灣 in Traditional), or Taiwan in English. */
export function regionLabel(region: Region, lang: Lang): string {
  return localized(lang, { zh: SPECS[region].name, en: SPECS[region].en });
}

/** Reads a 地区 cell: 中国大陆 / 香港 / 澳門 / Taiwan …; null when it names no region. */
export function parseRegion(text: string): Region | null {
  return BY_WORD.get(normalizeHeader(text).replace(/\s+/g, '')) ?? null;
}

/** The time zone a region defaults to (其他: null, the spreadsheet's own). */
export function regionTimeZone(region: Region): string | null {
  return SPECS[region].timeZone;
}

/** The working day (工作时间) a region defaults to. */
export function regionWorkHours(region: Region): string {
  return SPECS[region].workHours;
}

/** The country whose phone numbers are local in a region (null for 其他). */
export function regionPhoneCountry(region: Region): 'CN' | 'HK' | 'MO' | 'TW' | null {
  return SPECS[region].phoneCountry;
}

/**
 * Time zones whose people write a date month first (04/11/2026 is April 11): the United States,
 * Canada's English provinces, the Philippines. Everywhere else that writes the year last writes the
 * day first (the United Kingdom, Europe, Australia, Singapore, Malaysia, India, Latin America).
 */
const MONTH_FIRST_ZONES =
  /^(America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Boise|Detroit|Indiana|Kentucky|North_Dakota|Menominee|Juneau|Sitka|Nome|Adak|Yakutat|Metlakatla|Puerto_Rico|Toronto|Vancouver|Edmonton|Winnipeg|Halifax|Regina|St_Johns|Moncton|Glace_Bay|Whitehorse|Yellowknife|Dawson_Creek)|US\/|Canada\/|Pacific\/(Honolulu|Guam|Saipan)|Asia\/Manila)/;

/**
 * Whether a date written with the year last and both other parts 12 or less (04/11/2026) puts the
 * day first: 香港 and 澳门 do; 其他 follows the time zone (London, Sydney, Singapore: day first;
 * New York, Manila, or no zone known: month first, as Sheets reads it in an English (US) sheet).
 * A part over 12 (14/10/2026, 10/14/2026) says its order whatever the region.
 * @example dayFirstDates('OTHER', 'Europe/London') === true
 */
export function dayFirstDates(region: Region | undefined, timeZone: string): boolean {
  const set = region === undefined ? null : SPECS[region].dayFirst;
  if (set !== null) return set;
  const zoned = zoneRegion(timeZone);
  if (zoned) return SPECS[zoned].dayFirst === true;
  if (NO_PLACE.test(timeZone)) return false;
  return !MONTH_FIRST_ZONES.test(timeZone);
}

/** Zones that say nothing of where a team sits (UTC, GMT, none): Sheets' English (US) reading. */
const NO_PLACE = /^(|UTC|GMT|UCT|Zulu|Universal|Etc\/.*)$/;

const ZONES: Readonly<Record<string, Region>> = {
  'Asia/Shanghai': 'CN',
  'Asia/Chongqing': 'CN',
  'Asia/Chungking': 'CN',
  'Asia/Harbin': 'CN',
  'Asia/Urumqi': 'CN',
  'Asia/Kashgar': 'CN',
  PRC: 'CN',
  'Asia/Hong_Kong': 'HK',
  Hongkong: 'HK',
  'Asia/Macau': 'MO',
  'Asia/Macao': 'MO',
  'Asia/Taipei': 'TW',
  ROC: 'TW',
};

/** The region a time zone of Hong Kong, Macau, Taiwan or the mainland places a team in, else null. */
export function zoneRegion(timeZone: string): Region | null {
  return ZONES[timeZone] ?? null;
}

/**
 * The region set-up offers for a spreadsheet: its time zone says where the team sits (Asia/Taipei
 * → 台湾), else the locale does (zh_TW, zh_HK, zh_MO, zh_CN); an English or other locale in a
 * zone elsewhere is 其他.
 * @example suggestRegion('en_US', 'Asia/Hong_Kong') === 'HK'
 */
export function suggestRegion(locale: string, timeZone: string): Region {
  const byZone = zoneRegion(timeZone);
  if (byZone) return byZone;
  const tag = locale.replace('_', '-').toLowerCase();
  if (/^zh-(tw|hant-tw)/.test(tag)) return 'TW';
  if (/^zh-(hk|hant-hk)/.test(tag)) return 'HK';
  if (/^zh-(mo|hant-mo)/.test(tag)) return 'MO';
  // A mainland locale in a zone outside China is a team abroad.
  if (tag === 'zh' || /^zh-(cn|hans)/.test(tag)) return timeZone === '' ? 'CN' : 'OTHER';
  return 'OTHER';
}
