// What an edit needs besides the edited rows (sheet layouts, the small settings sheets), kept in a
// cache so a typical onEdit reads only the rows it validates. Pure: the store is passed in.

import type { SheetLayoutInfo } from '../domain/recognize';
import type { CellValue, SheetGrid } from './port';
import { type LoadedSheet, prepareSheet } from './workbook';

/** A place to keep one text between edits (Apps Script: the document cache). */
export interface TextStore {
  get(): string | null;
  put(value: string): void;
}

/** How long a cached context is trusted; edits to settings sheets or headers rebuild it sooner. */
const EDIT_CACHE_MS = 10 * 60 * 1000;
/** Largest cached text (the document cache holds at most 100 KB a value). */
const MAX_CACHE_CHARS = 90_000;

export interface EditCache {
  readonly builtAt: number;
  /** Layout of every recognised sheet, by name. */
  readonly layouts: Readonly<Record<string, SheetLayoutInfo>>;
  /** Names of sheets that were looked at and match no kind. */
  readonly unrecognised: readonly string[];
  /** The settings sheets (roster, rules, params, holidays) as read. */
  readonly settingsSheets: readonly LoadedSheet[];
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
    v: 1,
    builtAt: cache.builtAt,
    layouts: cache.layouts,
    unrecognised: cache.unrecognised,
    settings: cache.settingsSheets.map((s) => ({
      layout: s.layout,
      grid: { ...s.grid, values: s.grid.values.map((line) => line.map(encodeCell)) },
    })),
  });
  return text.length > MAX_CACHE_CHARS ? null : text;
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
      settings: { layout: SheetLayoutInfo; grid: Omit<SheetGrid, 'values'> & { values: Encoded[][] } }[];
    };
    if (
      raw.v !== 1 ||
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
      settingsSheets: raw.settings.map((s) =>
        prepareSheet(s.layout, { ...s.grid, values: s.grid.values.map((line) => line.map(decodeCell)) }),
      ),
    };
  } catch {
    return null;
  }
}
