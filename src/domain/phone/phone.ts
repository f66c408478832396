// Phone numbers: normalising what staff type, and masking them outside the sheet. Which numbers are
// local follows 地区 (src/domain/params/region.ts): the mainland's are valid in every region (cross-border
// teams serve mainland customers), Hong Kong's, Macau's and Taiwan's in their own region, and any
// number written with its country code (+852, +1, 0049 …) everywhere, as libphonenumber's "min"
// metadata has it (the length and leading digits of every country's numbers).

import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { type Region, regionPhoneCountry } from '../params/region';
import { withoutTextPrefix } from '../text';

export type PhoneKind = 'mobile' | 'landline' | 'service' | 'local' | 'international';

/**
 * Where numbers are read: a 地区, or ANY where no 地区 is known: the local numbers of mainland
 * China, Hong Kong, Macau and Taiwan all count (to mask: over-masking is better than leaking).
 */
export type PhoneRegion = Region | 'ANY';

/** The Chinese-speaking places whose numbers are read without a country code in their own region. */
type Place = 'CN' | 'HK' | 'MO' | 'TW';

export interface Phone {
  /**
   * mobile, landline, service (400/800, 0800) for the mainland's and Taiwan's numbers; local for
   * Hong Kong's and Macau's (their 8 digits do not say which); international for a number written
   * with the country code of a place other than the region's own.
   */
  readonly kind: PhoneKind;
  /** The place the number belongs to; null for every other country. */
  readonly country: Place | null;
  /**
   * `13812345678`, `021-62345678`, `0755-1234567-801`, `4008123456` (the mainland's); in its own
   * region `0912-345-678`, `02-2345-6789`, `9123 4567`, `6612 3456`; else `+49 30 1234567`,
   * `+852 9123 4567` (libphonenumber's international format).
   */
  readonly normalized: string;
}

const SEPARATORS = /[\s\-.()（）·_]+/g;
/** A mainland mobile number written as its 11 digits (13812345678). */
export const PLAIN_MOBILE = /^1[3-9]\d{9}$/;

function threeDigitArea(digits: string): boolean {
  // 010 and 020-029 are the only three-digit area codes; every other starts a four-digit one.
  return digits.startsWith('01') || digits.startsWith('02');
}

function landline(area: string, local: string, extension: string): Phone | null {
  if (!/^0\d{2,3}$/.test(area) || !/^[1-9]\d{6,7}$/.test(local)) return null;
  if (area.length === 3 && !threeDigitArea(area)) return null;
  if (area.length === 4 && threeDigitArea(area)) return null;
  if (extension !== '' && !/^\d{1,6}$/.test(extension)) return null;
  return {
    kind: 'landline',
    country: 'CN',
    normalized: `${area}-${local}${extension ? `-${extension}` : ''}`,
  };
}

/**
 * How a place's numbers are written: a pattern of all their digits (Taiwan's with the trunk 0),
 * the sizes of their groups, and their kind. Taiwan's area codes: 02 (8-digit numbers), 03, 05,
 * 06, 07, 08 (7), 037 (6), 04 (7 or 8), 049 (7), 082 and 089 (6), 0826 and 0836 (5).
 */
interface Plan {
  readonly pattern: RegExp;
  readonly groups: readonly number[];
  readonly kind: PhoneKind;
}

const PLANS: Readonly<Record<Exclude<Place, 'CN'>, { separator: string; plans: readonly Plan[] }>> = {
  TW: {
    separator: '-',
    plans: [
      { pattern: /^09\d{8}$/, groups: [4, 3, 3], kind: 'mobile' },
      { pattern: /^080[09]\d{6}$/, groups: [4, 3, 3], kind: 'service' },
      { pattern: /^02[1-9]\d{7}$/, groups: [2, 4, 4], kind: 'landline' },
      { pattern: /^037[1-9]\d{5}$/, groups: [3, 3, 3], kind: 'landline' },
      { pattern: /^049[1-9]\d{6}$/, groups: [3, 3, 4], kind: 'landline' },
      { pattern: /^04[1-9]\d{7}$/, groups: [2, 4, 4], kind: 'landline' },
      { pattern: /^08[23]6\d{5}$/, groups: [4, 2, 3], kind: 'landline' },
      { pattern: /^08[29][1-9]\d{5}$/, groups: [3, 3, 3], kind: 'landline' },
      { pattern: /^0[3-8][1-9]\d{6}$/, groups: [2, 3, 4], kind: 'landline' },
    ],
  },
  HK: {
    separator: ' ',
    plans: [
      // 2 and 3 fixed lines (not 20: no such block, and 2026xxxx is a date), 4-9 mobiles, 8 others.
      { pattern: /^(?:2[1-9]|[3-7]\d|8[1-46-9]|9[0-8])\d{6}$/, groups: [4, 4], kind: 'local' },
      { pattern: /^800\d{6}$/, groups: [3, 3, 3], kind: 'service' },
    ],
  },
  MO: {
    separator: ' ',
    plans: [
      { pattern: /^(?:28|6\d|8\d)\d{6}$/, groups: [4, 4], kind: 'local' },
      { pattern: /^0800\d{3}$/, groups: [4, 3], kind: 'service' },
    ],
  },
};

/** Country calling codes of the places read by PLANS. */
const CALLING_CODES: Readonly<Record<string, Exclude<Place, 'CN'>>> = {
  '886': 'TW',
  '852': 'HK',
  '853': 'MO',
};

/** A place's number from its digits (Taiwan's with the trunk 0), in the place's own format. */
function localNumber(
  place: Exclude<Place, 'CN'>,
  digits: string,
): { phone: Phone; firstGroup: number } | null {
  const { separator, plans } = PLANS[place];
  for (const plan of plans) {
    if (!plan.pattern.test(digits)) continue;
    const parts: string[] = [];
    let at = 0;
    for (const size of plan.groups) {
      parts.push(digits.slice(at, at + size));
      at += size;
    }
    return {
      phone: { kind: plan.kind, country: place, normalized: parts.join(separator) },
      firstGroup: plan.groups[0] ?? 0,
    };
  }
  return null;
}

/** The places whose numbers a region reads without a country code, besides the mainland's. */
function localPlaces(region: PhoneRegion): readonly Exclude<Place, 'CN'>[] {
  if (region === 'ANY') return ['TW', 'HK', 'MO'];
  const place = regionPhoneCountry(region);
  return place === null || place === 'CN' ? [] : [place];
}

/** The place whose numbers are the region's own (null for 其他 and for ANY). */
function ownPlace(region: PhoneRegion): Place | null {
  return region === 'ANY' ? null : regionPhoneCountry(region);
}

/** Between several numbers in one cell: 13800138000/13900139000, 、 ; ，or 或. */
const SEVERAL = /\s*(?:[/／、;；,，]|或)\s*/;
/** A note beside a number: 13800138000（本人）, 微信同号13800138000, 手机：… */
const NOTE = /[（(【[][^\d）)】\]]*[）)】\]]/g;
const WORDS = /^[^\d+]*?(?=[+\d])/;

/**
 * Every number a phone cell holds, in order, each normalised (null where one is not a phone
 * number). A cell may hold several (13800138000/13900139000), notes (13800138000（本人）, 微信同号
 * 13800138000) and a bare 86 before a mobile (8613800138000).
 */
export function phonesIn(value: unknown, region: PhoneRegion = 'CN'): (Phone | null)[] {
  if (typeof value !== 'string') return [normalizePhone(value, region)];
  const text = withoutTextPrefix(value.normalize('NFKC').trim());
  if (text === '' || PLAIN_MOBILE.test(text)) return [normalizePhone(text, region)];
  return text
    .split(SEVERAL)
    .map((part) =>
      part
        .replace(NOTE, '')
        .replace(WORDS, '')
        .replace(/[^\d]+$/, '')
        .trim(),
    )
    .filter((part) => part !== '')
    .map((part) => normalizePhone(/^861[3-9]\d{9}$/.test(part) ? part.slice(2) : part, region));
}

/** The contact number of a phone cell: its first number, when every number in it is valid. */
export function contactPhone(value: unknown, region: PhoneRegion = 'CN'): Phone | null {
  const phones = phonesIn(value, region);
  if (phones.length === 0 || phones.some((p) => p === null)) return null;
  return phones[0] ?? null;
}

/** An extension after the number: 转 123, 分机 123, 分機 123, ext. 123, x123, #123. */
const EXTENSION = /(?:转|轉|分机|分機|ext\.?|x|#)\s*(\d{1,6})$/i;

/**
 * Normalises a phone cell for a region (中国大陆 when none is given):
 * - the mainland's numbers, in every region: mobiles `1[3-9]` + 9 digits (optional +86/0086),
 *   landlines with an area code of 3 or 4 digits and a 7- or 8-digit number (optional extension),
 *   400/800 service numbers;
 * - in 香港, 澳门 and 台湾, the region's own numbers as written there: 9123 4567, 6612 3456,
 *   0912-345-678, (02) 2345-6789 (Taiwan's reading wins over the mainland's: 02-2345-6789 is
 *   Taipei, not Tianjin, unless the groups say otherwise, as in 022-3456789);
 * - any number written with its country code (+852 6123 4567, 00886 2 2345 6789, +1 415 555 2671):
 *   in its own region as the region writes it, elsewhere in the international format.
 * Spaces, dashes, dots and full-width digits are tolerated. Returns null when the value is not a
 * phone number.
 * @example normalizePhone('０２１－６２３４ ５６７８')?.normalized === '021-62345678'
 * @example normalizePhone('+886 912 345 678', 'TW')?.normalized === '0912-345-678'
 */
export function normalizePhone(value: unknown, region: PhoneRegion = 'CN'): Phone | null {
  // The common case, an 11-digit mobile as typed, needs no parsing.
  if (typeof value === 'string' && PLAIN_MOBILE.test(value))
    return { kind: 'mobile', country: 'CN', normalized: value };
  let text: string;
  let typedAsNumber = false;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value <= 0) return null;
    text = String(value);
    typedAsNumber = true;
  } else if (typeof value === 'string') {
    text = withoutTextPrefix(value.normalize('NFKC').trim());
  } else {
    return null;
  }
  if (text === '') return null;
  let extension = '';
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1] ?? '';
    text = text.slice(0, ext.index).trim();
  }
  if (/^(?:\+|00)(?!86)/.test(text)) return withCountryCode(text, extension, region);
  const places = localPlaces(region);
  if (places.length === 0) return mainland(text, extension);
  const groups = text.split(SEPARATORS).filter((g) => g !== '');
  if (groups.some((g) => !/^\d+$/.test(g))) return mainland(text, extension);
  let digits = groups.join('');
  // A number typed into a cell not formatted as text loses Taiwan's leading 0 (912345678).
  if (typedAsNumber && region === 'TW' && !digits.startsWith('0')) digits = `0${digits}`;
  let found: { phone: Phone; firstGroup: number } | null = null;
  for (const place of places) {
    found = localNumber(place, digits);
    if (found) break;
  }
  if (!found) return mainland(text, extension);
  if (region === 'ANY') return mainland(text, extension) ?? withExtension(found.phone, extension);
  // The local reading wins, unless the groups as written say the area code is another (022-3456789).
  const first = groups[0] ?? '';
  const written = groups.length < 2 || !first.startsWith('0') || first.length === found.firstGroup;
  return written
    ? withExtension(found.phone, extension)
    : (mainland(text, extension) ?? withExtension(found.phone, extension));
}

/** A number of Hong Kong, Macau or Taiwan with its extension: 02-2345-6789#123. */
function withExtension(phone: Phone, extension: string): Phone {
  return extension === '' ? phone : { ...phone, normalized: `${phone.normalized}#${extension}` };
}

/**
 * A number written with a country code other than China's: valid when libphonenumber's metadata
 * says so (Hong Kong's, Macau's and Taiwan's by PLANS, which are stricter). In its own region it is
 * written as the region writes it; elsewhere in the international format.
 */
function withCountryCode(text: string, extension: string, region: PhoneRegion): Phone | null {
  if (!/^(?:\+|00)[\d\s\-.()（）]+$/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text.replace(/^00/, '+'));
  if (!parsed) return null;
  const place = CALLING_CODES[parsed.countryCallingCode];
  if (place) {
    const national = parsed.nationalNumber;
    const local = localNumber(place, place === 'TW' ? `0${national}` : national);
    if (!local) return null;
    if (place === ownPlace(region)) return withExtension(local.phone, extension);
  } else if (!parsed.isValid()) return null;
  const international = parsed.formatInternational();
  return {
    kind: 'international',
    country: place ?? null,
    normalized: extension === '' ? international : `${international} ext. ${extension}`,
  };
}

/** A mainland number (+86 or 0086 allowed), or null. */
function mainland(written: string, extension: string): Phone | null {
  let text = written;
  let international = false;
  const prefix = /^(\+|00)86[\s-]*/.exec(text);
  if (prefix) {
    international = true;
    text = text.slice(prefix[0].length);
  }
  const groups = text.split(SEPARATORS).filter((g) => g !== '');
  if (groups.some((g) => !/^\d+$/.test(g))) return null;
  const digits = groups.join('');
  if (extension === '' && /^1[3-9]\d{9}$/.test(digits))
    return { kind: 'mobile', country: 'CN', normalized: digits };
  if (/^[48]00\d{7}$/.test(digits) && !international)
    return { kind: 'service', country: 'CN', normalized: digits };
  const withZero = international && !digits.startsWith('0') ? `0${digits}` : digits;
  // A first group such as "02" in 02-12345678 is a broken area code, not a number to re-split.
  if (groups.length >= 2 && (groups[0] ?? '').startsWith('0') && (groups[0] ?? '').length < 3) return null;
  if (!withZero.startsWith('0')) return null;
  // With separators, the groups say where the area code ends: 0755-1234567-801.
  const firstGroup = groups[0] ?? '';
  const firstWithZero = international && !firstGroup.startsWith('0') ? `0${firstGroup}` : firstGroup;
  if (groups.length >= 2 && firstWithZero.length >= 3 && firstWithZero.length <= 4) {
    const rest = groups.slice(1);
    if (rest.length === 1) return landline(firstWithZero, rest[0] ?? '', extension);
    if (rest.length === 2 && extension === '' && (rest[1]?.length ?? 0) <= 6) {
      const split = landline(firstWithZero, rest[0] ?? '', rest[1] ?? '');
      if (split) return split;
    }
    // Local numbers written in two groups: 021 6234 5678.
    return landline(firstWithZero, rest.join(''), extension);
  }
  const areaLength = threeDigitArea(withZero) ? 3 : 4;
  return landline(withZero.slice(0, areaLength), withZero.slice(areaLength), extension);
}

/** Every digit replaced by * but the last four, separators kept: `****-**5-678`, `**** 4567`. */
function keepLastFour(text: string): string {
  const total = text.replace(/\D/g, '').length;
  let seen = 0;
  return text.replace(/\d/g, (d) => (++seen > total - 4 ? d : '*'));
}

/**
 * A valid number masked. The mainland's: `138****5678`, `021-****5678`, `400***3456`. The region's
 * own keep their shape, the middle groups starred (the last one of two): `0912-***-678`,
 * `02-****-6789`, `9123 ****`. A number with a country code keeps the code and its last four
 * digits (`+852 **** 4567`), and so does a local number of a place not the region's own
 * (`**** 4567`): however it is written, a number never shows more than that outside its region.
 */
function maskNumber(phone: Phone, region: PhoneRegion): string {
  const n = phone.normalized.replace(/(?:#| ext\. )\d+$/, '');
  if (phone.kind === 'international') return maskForeign(n);
  if (phone.country === 'CN') {
    if (phone.kind === 'mobile') return `${n.slice(0, 3)}****${n.slice(7)}`;
    if (phone.kind === 'service') return `${n.slice(0, 3)}***${n.slice(6)}`;
    const [area, local = ''] = n.split('-');
    return `${area}-****${local.slice(-4)}`;
  }
  if (phone.country !== ownPlace(region)) return keepLastFour(n);
  const parts = n.split(/([-\s])/);
  // parts: group, separator, group, …
  const last = parts.length - 1;
  return parts
    .map((part, i) => {
      if (i % 2 === 1 || i === 0) return part;
      if (i === last && parts.length > 3) return part;
      return part.replace(/\d/g, '*');
    })
    .join('');
}

/**
 * Masks a phone for any surface outside the sheet, as its region writes it: `138****5678`,
 * `021-****5678`, `0912-***-678`, `9123 ****`, `+49 ** ***4567` (see maskNumber). Text that is not
 * a valid phone keeps only its last four digits.
 */
export function maskPhone(value: unknown, region: PhoneRegion = 'CN'): string {
  const several = phonesIn(value, region);
  if (several.length > 1 && several.every((p) => p !== null)) {
    return several.map((p) => (p ? maskNumber(p, region) : '')).join('/');
  }
  const phone = contactPhone(value, region);
  if (phone) return maskNumber(phone, region);
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const digits = text.replace(/\D/g, '');
  if (digits.length === 0) return text === '' ? '' : '****';
  return `****${digits.slice(-4)}`;
}

/** Masks an address, keeping the first six characters (province and city). */
export function maskAddress(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
  if (text === '') return '';
  const chars = Array.from(text);
  return chars.length <= 6 ? `${chars.slice(0, 2).join('')}****` : `${chars.slice(0, 6).join('')}****`;
}

/**
 * A run of digits that may be a phone number inside free text: an optional country code (+86,
 * +852, 0086), an optional area code in brackets (（021）), then digits with single spaces,
 * dashes or dots between them. Dates and identifiers match too; only runs that read as a phone
 * number are masked (see maskPhonesInText).
 */
const PHONE_CANDIDATE =
  /(?<![\d+＋])(?:(?:\+|＋|00)\d{1,3}[\s-]?)?(?:[（(]\s*(?:\+|＋)?\d{2,4}\s*[)）][\s-]?)?\d(?:[\s.-]?\d){5,15}(?!\d)/g;

/** A number written with a country code other than China's: +852 6123 4567, 00886-2-2345-6789. */
const FOREIGN = /^(?:\+|＋|00)(?!86)\d{1,3}/;

/** The digits of a run replaced by * except the country code and the last four, separators kept. */
function maskForeign(run: string): string {
  const code = FOREIGN.exec(run)?.[0] ?? '';
  return code + keepLastFour(run.slice(code.length));
}

/**
 * True for another place's local number in free text (masked as one with its country code is, to
 * its last four digits): Taiwan's as written there (with its 0); Hong Kong's and Macau's 8 digits
 * only when written in two groups (9123 4567), since 8 digits in one piece are as often an amount
 * or an order number.
 */
function otherPlaceNumber(text: string, region: PhoneRegion): boolean {
  const own = ownPlace(region);
  const digits = text.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(digits)) return false;
  if (own !== 'TW' && localNumber('TW', digits)) return true;
  if (!/\d[\s.-]\d/.test(text)) return false;
  return (
    (own !== 'HK' && localNumber('HK', digits) !== null) ||
    (own !== 'MO' && localNumber('MO', digits) !== null)
  );
}

/** One candidate run masked, or as it is when it does not read as a phone number. */
function maskRun(run: string, region: PhoneRegion): string {
  const text = run.normalize('NFKC');
  const digits = text.replace(/\D/g, '');
  if (FOREIGN.test(text)) {
    // The region's own code: masked as the region writes the number, so that +852 6123 4567 and
    // 6123 4567 show the same digits.
    const phone = ownPlace(region) === null ? null : normalizePhone(text, region);
    if (phone && phone.kind !== 'international') return maskNumber(phone, region);
    return digits.length >= 8 ? maskForeign(run) : run;
  }
  if (/^861[3-9]\d{9}$/.test(digits)) return maskPhone(digits.slice(2));
  const unbracketed = text.replace(/[（(]\s*(\+?\d{2,4})\s*[)）]/, '$1 ').trim();
  const phone = normalizePhone(unbracketed, region);
  if (phone) return maskNumber(phone, region);
  return otherPlaceNumber(unbracketed, region) ? keepLastFour(run) : run;
}

/**
 * Masks every phone number inside free text (a customer name, a description, a note, a message
 * quoting a cell): mobiles, landlines however spaced or bracketed (021-3333 7703, （021）66667706,
 * +86-21-6666 7706), service numbers, the region's own numbers (0912-345-678 in 台湾, 9123 4567 in
 * 香港), another place's (its last four digits kept) and any number written with another country's
 * code (+852, +853, +886, +1 …). Dates, amounts and identifiers are left as they are; in 香港 and
 * 澳门, an 8-digit number that may be a phone there is masked.
 * @example maskPhonesInText('赵 13955557705，座机（021）66667706') === '赵 139****7705，座机021-****7706'
 */
export function maskPhonesInText(text: string, region: PhoneRegion = 'CN'): string {
  if (!/\d{3}/.test(text.replace(/[\s.-]/g, ''))) return text;
  return text.replace(PHONE_CANDIDATE, (run) => maskRun(run, region));
}

/**
 * Examples of the region's own numbers for a message saying a cell is not a phone number (no
 * digits that a mask would star): '' for the mainland and 其他.
 */
export function localPhoneForms(region: Region): string {
  switch (regionPhoneCountry(region)) {
    case 'TW':
      return '09xx-xxx-xxx / 02-xxxx-xxxx';
    case 'HK':
      return 'xxxx xxxx';
    case 'MO':
      return '6xxx xxxx / 28xx xxxx';
    default:
      return '';
  }
}
