// Constants that make the add-on's own marks in a sheet recognisable as its own.

import { NOTE_PREFIX } from '../../domain/sheets/schema';
import { shortHash } from '../../domain/text';

/** Every conditional-format formula the add-on writes contains this no-op (N of text is 0). */
export const OWN_RULE_MARKER = 'N("kefu-sheets")=0';

/** Every chart the add-on adds has a title starting with this, so it can replace its own. */
export const OWN_CHART_PREFIX = '客服助手 · ';

/** Soft colours of the add-on's marks: errors and warnings. */
export const MARK_COLORS = { error: '#fce8e6', warning: '#fef7e0' } as const;

/**
 * Text the medium would turn into something else when written (a formula, a number, a date, an
 * amount): `=IMPORTXML(…)`, `+5`, `-3`, `@x`, `2026-11-05`, `14:30`, `50%`, `TRUE`, and in a Chinese
 * spreadsheet `¥50` and `￥50` (the number 50).
 */
export function wouldBeReinterpreted(text: string): boolean {
  return /^[=+\-@'\d.\s¥￥]/.test(text) || /^(true|false)$/i.test(text.trim());
}

/** What Sheets reports for a cell without a fill. */
export const NO_FILL = '#ffffff';

/**
 * A note the add-on writes ends with an invisible signature of its text (zero-width characters
 * after an invisible separator): a note someone has edited no longer matches it and is theirs
 * from then on.
 */
const SIGNATURE_START = '\u2063';
const SIGNATURE_DIGITS = ['\u200b', '\u200c', '\u200d', '\u2060'];

function signature(text: string): string {
  const hash = Number.parseInt(shortHash(text), 36);
  let out = SIGNATURE_START;
  for (let i = 0; i < 16; i++) out += SIGNATURE_DIGITS[(hash >>> (2 * i)) & 3];
  return out;
}

/** A note of the add-on's: its prefix, the text, and the signature that shows it is unedited. */
export function ownNote(text: string): string {
  const body = NOTE_PREFIX + text;
  return body + signature(body);
}

/** True when a note is exactly one the add-on wrote (signed, and not edited since). */
export function isOwnNote(note: string): boolean {
  if (!note.startsWith(NOTE_PREFIX)) return false;
  const at = note.lastIndexOf(SIGNATURE_START);
  return at > 0 && note.slice(at) === signature(note.slice(0, at));
}

/** A note an earlier version wrote: its prefix and no signature (it signed none). */
export function isLegacyNote(note: string): boolean {
  return note.startsWith(NOTE_PREFIX) && !note.includes(SIGNATURE_START);
}

/** True for a mark the add-on set: its signed note, or an earlier version's note with its colour. */
export function isOwnMark(note: string, background: string): boolean {
  if (isOwnNote(note)) return true;
  return isLegacyNote(note) && (background === MARK_COLORS.error || background === MARK_COLORS.warning);
}

/** A note's text without the add-on's prefix and signature (for tests and reports). */
export function noteText(note: string): string {
  const at = note.lastIndexOf(SIGNATURE_START);
  return (at < 0 ? note : note.slice(0, at)).replace(NOTE_PREFIX, '');
}

/** The colours of the add-on's highlight rules: late or below the line, soon, above the line. */
export const TONES = {
  bad: { background: '#f4c7c3', font: '#a50e0e' },
  soon: { background: '#fce8b2', font: '#7a4f01' },
  good: { background: '#b7e1cd', font: '#0d652d' },
} as const;
