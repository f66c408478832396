// Text helpers shared by the domain: header normalisation and cell-to-text conversion.

import { TRADITIONAL_PAIRS } from './recognise/traditional';

/**
 * Normalises a header or list value for comparison: Traditional characters in their Simplified
 * form, full-width to half-width (NFKC), lower case, whitespace removed, trailing colons and
 * required-markers dropped. Every comparison of words the team writes goes through it, so 已結案,
 * 嚴重 and 主管 read as 已结案, 严重 and 主管.
 * @example normalizeHeader(' 客户电话（手机）： ') === '客户电话(手机)'
 */
export function normalizeHeader(text: string): string {
  // Plain ASCII without spaces (serial numbers, codes, IDs) needs no Unicode normalisation.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/[:*]+$/, '');
  const cached = normalized.get(text);
  if (cached !== undefined) return cached;
  const result = toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[:*]+$/, '');
  // Sheets repeat the same few values (已解决, 线上, 很满意…): memoise, within a bound.
  if (normalized.size > 20_000) normalized.clear();
  normalized.set(text, result);
  return result;
}

const normalized = new Map<string, string>();
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

let simplifiedOf: Map<string, string> | null = null;

/** The Simplified form of each Traditional character (built once, on first use). */
function simplifiedTable(): Map<string, string> {
  if (simplifiedOf) return simplifiedOf;
  const table = new Map<string, string>();
  const chars = [...TRADITIONAL_PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i] as string, chars[i + 1] as string);
  simplifiedOf = table;
  return table;
}

const HAN = /[\u3400-\u9fff]/;

/**
 * Words whose Traditional character is also a Simplified one with another meaning: 覆 (cover) is
 * 复 in 答覆 and 回覆 (reply). A character table cannot tell; the word can.
 */
const TRADITIONAL_WORDS = /([答回批])覆/g;

/**
 * Text with every Traditional character in its Simplified form (OpenCC's character table), and
 * 答覆 / 回覆 as 答复 / 回复.
 * @example toSimplified('客訴編號') === '客诉编号'
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  const table = simplifiedTable();
  let out = '';
  for (const ch of text) out += table.get(ch) ?? ch;
  return out.includes('覆') ? out.replace(TRADITIONAL_WORDS, '$1复') : out;
}

/** True for a valid or invalid Date, from any realm (instanceof fails across realms). */
export function isDate(value: unknown): value is Date {
  // Most cells are text or numbers: told apart before the global Date is looked up.
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof Date) return true;
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell's value as trimmed text ('' for blanks); numbers and booleans as written. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value).trim();
}

/**
 * A number's text without the apostrophe a spreadsheet puts before it to keep it text: a CSV export
 * writes '+254712345678 so that Excel keeps the plus and the leading zeros.
 * @example withoutTextPrefix("'+254712345678") === '+254712345678'
 */
export function withoutTextPrefix(text: string): string {
  return text.replace(/^'(?=[+(\d])/, '');
}

/** True for '', null, undefined and whitespace-only text. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

/** True when every cell of a row is blank. */
export function isBlankRow(row: readonly unknown[]): boolean {
  for (const cell of row) if (!isBlank(cell)) return false;
  return true;
}

/** Spreadsheet column letters for a 1-based column number. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 1-based column number of spreadsheet column letters (`AB` → 28). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Orders plain keys (days, codes, sheet names) by code unit: fast, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A short, stable fingerprint of a text (FNV-1a, 32 bits, base 36: at most 7 characters), to
 * remember many things in little room (a document property holds 9 KB).
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    // × 16777619 (the FNV prime, 2^24 + 403) modulo 2^32, in shifts: no global looked up per character.
    hash = (hash + (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24)) >>> 0;
  }
  return hash.toString(36);
}

/**
 * A text cut to at most `max` characters, ending in … when cut (a 4.5 KB customer name in a
 * robot line). Surrogate pairs are kept whole.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The size of a text in UTF-8 bytes (what Apps Script's storage limits count; 中 is 3 bytes). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
