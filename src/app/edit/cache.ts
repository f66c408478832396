// What an edit needs besides the edited rows (sheet layouts, the small settings sheets), kept in a
// cache so a typical onEdit reads only the rows it validates. Pure: the store is passed in.

import type { SheetLayoutInfo } from '../../domain/recognise';
import { cellText, shortHash, utf8Bytes } from '../../domain/text';
import type { CellValue, SheetGrid } from '../port';
import { type LoadedSheet, prepareSheet } from '../workbook';

/** A place to keep one text between edits (Apps Script: the document cache). */
export interface TextStore {
  get(): string | null;
  put(value: string): void;
}

/** How long a cached context is trusted; edits to settings sheets or headers rebuild it sooner. */
const EDIT_CACHE_MS = 10 * 60 * 1000;
/**
 * Largest cached text in UTF-8 bytes: the document cache holds at most 100 KB a value, counted in
 * bytes, and a Chinese character takes three.
 */
export const MAX_CACHE_BYTES = 90_000;

export interface EditCache {
  readonly builtAt: number;
  /** Layout of every recognised sheet, by name. */
  readonly layouts: Readonly<Record<string, SheetLayoutInfo>>;
  /** Names of sheets that were looked at and match no kind. */
  readonly unrecognised: readonly string[];
  /** Names of the add-on's own sheets (by their marks): an edit there is not the team's data. */
  readonly own: readonly string[];
  /** The add-on's own columns on each sheet that has some (1-based), by their marks. */
  readonly ownColumns: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The settings sheets (roster, rules, params, holidays) as read. */
  readonly settingsSheets: readonly LoadedSheet[];
  /**
   * A fingerprint of each recognised sheet's header rows: inserting, deleting or moving a column
   * fires no onEdit, so an edit compares the header with it before trusting the cached layout.
   */
  readonly headerPrints: Readonly<Record<string, string>>;
}

/** A fingerprint of a sheet's header rows (`grid` holds them from its first row). */
export function headerPrint(grid: SheetGrid, layout: SheetLayoutInfo): string {
  if (layout.headerRow === null) return '';
  const top = layout.headerRow - layout.headerRows + 1;
  const lines: string[] = [];
  for (let row = top; row <= layout.headerRow; row++) {
    const line = grid.values[row - grid.firstRow] ?? [];
    const texts = line.map((v) => cellText(v));
    while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
    lines.push(texts.join('\t'));
  }
  return shortHash(lines.join('\n'));
}

type Encoded = string | number | boolean | { d: number };

function encodeCell(value: CellValue): Encoded {
  return Object.prototype.toString.call(value) === '[object Date]'
    ? { d: (value as Date).getTime() }
    : (value as Encoded);
}

function decodeCell(value: Encoded): CellValue {
  return typeof value === 'object' && value !== null ? new Date(value.d) : value;
}

/** The cache as text, or null when it would be too large to keep. */
export function encodeEditCache(cache: EditCache): string | null {
  const text = JSON.stringify({
    v: 3,
    builtAt: cache.builtAt,
    layouts: cache.layouts,
    unrecognised: cache.unrecognised,
    own: cache.own,
    ownColumns: cache.ownColumns,
    prints: cache.headerPrints,
    settings: cache.settingsSheets.map((s) => ({
      layout: s.layout,
      grid: { ...s.grid, values: s.grid.values.map((line) => line.map(encodeCell)) },
    })),
  });
  return utf8Bytes(text) > MAX_CACHE_BYTES ? null : text;
}

/** The cache from text; null when absent, unreadable, of another version or older than `EDIT_CACHE_MS`. */
export function decodeEditCache(text: string | null, now: number): EditCache | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as {
      v: number;
      builtAt: number;
      layouts: Record<string, SheetLayoutInfo>;
      unrecognised: string[];
      own: string[];
      ownColumns: Record<string, Record<string, number>>;
      prints: Record<string, string>;
      settings: { layout: SheetLayoutInfo; grid: Omit<SheetGrid, 'values'> & { values: Encoded[][] } }[];
    };
    if (
      raw.v !== 3 ||
      typeof raw.builtAt !== 'number' ||
      now - raw.builtAt > EDIT_CACHE_MS ||
      now < raw.builtAt
    ) {
      return null;
    }
    return {
      builtAt: raw.builtAt,
      layouts: raw.layouts,
      unrecognised: raw.unrecognised,
      own: raw.own ?? [],
      ownColumns: raw.ownColumns ?? {},
      headerPrints: raw.prints ?? {},
      settingsSheets: raw.settings.map((s) =>
        prepareSheet(s.layout, { ...s.grid, values: s.grid.values.map((line) => line.map(decodeCell)) }),
      ),
    };
  } catch {
    return null;
  }
}
