// Mainland phone numbers: normalising what staff type, and masking them outside the sheet.

export type PhoneKind = 'mobile' | 'landline' | 'service';

export interface Phone {
  readonly kind: PhoneKind;
  /** `13812345678`, `021-62345678`, `0755-1234567-801`, `4008123456`. */
  readonly normalized: string;
}

const SEPARATORS = /[\s\-.()（）·_]+/g;
const PLAIN_MOBILE = /^1[3-9]\d{9}$/;

function threeDigitArea(digits: string): boolean {
  // 010 and 020-029 are the only three-digit area codes; every other starts a four-digit one.
  return digits.startsWith('01') || digits.startsWith('02');
}

function landline(area: string, local: string, extension: string): Phone | null {
  if (!/^0\d{2,3}$/.test(area) || !/^[1-9]\d{6,7}$/.test(local)) return null;
  if (area.length === 3 && !threeDigitArea(area)) return null;
  if (area.length === 4 && threeDigitArea(area)) return null;
  if (extension !== '' && !/^\d{1,6}$/.test(extension)) return null;
  return { kind: 'landline', normalized: `${area}-${local}${extension ? `-${extension}` : ''}` };
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
export function phonesIn(value: unknown): (Phone | null)[] {
  if (typeof value !== 'string') return [normalizePhone(value)];
  const text = value.normalize('NFKC').trim();
  if (text === '' || PLAIN_MOBILE.test(text)) return [normalizePhone(text)];
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
    .map((part) => normalizePhone(/^861[3-9]\d{9}$/.test(part) ? part.slice(2) : part));
}

/** The contact number of a phone cell: its first number, when every number in it is valid. */
export function contactPhone(value: unknown): Phone | null {
  const phones = phonesIn(value);
  if (phones.length === 0 || phones.some((p) => p === null)) return null;
  return phones[0] ?? null;
}

/**
 * Normalises a phone cell. Mobiles `1[3-9]` + 9 digits (optional +86/0086), landlines with
 * an area code of 3 or 4 digits and a 7- or 8-digit number (optional extension), 400/800
 * service numbers. Spaces, dashes, dots and full-width digits are tolerated.
 * Returns null when the value is not a phone number.
 * @example normalizePhone('０２１－６２３４ ５６７８')?.normalized === '021-62345678'
 */
export function normalizePhone(value: unknown): Phone | null {
  // The common case, an 11-digit mobile as typed, needs no parsing.
  if (typeof value === 'string' && PLAIN_MOBILE.test(value)) return { kind: 'mobile', normalized: value };
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value <= 0) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.normalize('NFKC').trim();
  } else {
    return null;
  }
  if (text === '') return null;
  let extension = '';
  const ext = /(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i.exec(text);
  if (ext) {
    extension = ext[1] ?? '';
    text = text.slice(0, ext.index).trim();
  }
  let international = false;
  const prefix = /^(\+|00)86[\s-]*/.exec(text);
  if (prefix) {
    international = true;
    text = text.slice(prefix[0].length);
  }
  const groups = text.split(SEPARATORS).filter((g) => g !== '');
  if (groups.some((g) => !/^\d+$/.test(g))) return null;
  const digits = groups.join('');
  if (extension === '' && /^1[3-9]\d{9}$/.test(digits)) return { kind: 'mobile', normalized: digits };
  if (/^[48]00\d{7}$/.test(digits) && !international) return { kind: 'service', normalized: digits };
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

/**
 * Masks a phone for any surface outside the sheet: `138****5678`, `021-****5678`.
 * Text that is not a valid phone keeps only its last four digits.
 */
export function maskPhone(value: unknown): string {
  const several = phonesIn(value);
  if (several.length > 1 && several.every((p) => p !== null)) {
    return several.map((p) => maskPhone(p?.normalized)).join('/');
  }
  const phone = contactPhone(value);
  if (phone) {
    const n = phone.normalized;
    if (phone.kind === 'mobile') return `${n.slice(0, 3)}****${n.slice(7)}`;
    if (phone.kind === 'service') return `${n.slice(0, 3)}***${n.slice(6)}`;
    const [area, local = ''] = n.split('-');
    return `${area}-****${local.slice(-4)}`;
  }
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
  const rest = run.slice(code.length);
  const total = rest.replace(/\D/g, '').length;
  let seen = 0;
  return code + rest.replace(/\d/g, (d) => (++seen > total - 4 ? d : '*'));
}

/** One candidate run masked, or as it is when it does not read as a phone number. */
function maskRun(run: string): string {
  const text = run.normalize('NFKC');
  const digits = text.replace(/\D/g, '');
  if (FOREIGN.test(text)) return digits.length >= 8 ? maskForeign(run) : run;
  if (/^861[3-9]\d{9}$/.test(digits)) return maskPhone(digits.slice(2));
  const unbracketed = text.replace(/[（(]\s*(\+?\d{2,4})\s*[)）]/, '$1 ').trim();
  const phone = normalizePhone(unbracketed);
  return phone ? maskPhone(phone.normalized) : run;
}

/**
 * Masks every phone number inside free text (a customer name, a description, a note, a message
 * quoting a cell): mobiles, landlines however spaced or bracketed (021-3333 7703, （021）66667706,
 * +86-21-6666 7706), service numbers and any number written with another country's code (+852,
 * +853, +886, +1 …). Dates, amounts and identifiers are left as they are.
 * @example maskPhonesInText('赵 13955557705，座机（021）66667706') === '赵 139****7705，座机021-****7706'
 */
export function maskPhonesInText(text: string): string {
  if (!/\d{3}/.test(text.replace(/[\s.-]/g, ''))) return text;
  return text.replace(PHONE_CANDIDATE, (run) => maskRun(run));
}
