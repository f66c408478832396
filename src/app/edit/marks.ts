// Which rows of a sheet carry the add-on's marks, remembered between edits (beside the edit
// context), so that a clean edit — no mark to add, none to remove — reads and writes no marks.
// Pure: the store is passed in.

import type { TextStore } from './cache';

/** What is known of one sheet's marks. */
interface SheetMarks {
  /** When this was first learnt: the memory of a sheet is trusted for MEMORY_MS from then. */
  readonly at: number;
  /** The sheet's last row when this was known: rows inserted or deleted since move the marks. */
  readonly lastRow: number;
  /** Rows whose marks are known (read, or written, by an edit), sorted. */
  readonly known: readonly number[];
  /** Rows carrying a mark of the add-on, sorted. */
  readonly marked: readonly number[];
}

type Memory = Record<string, SheetMarks>;

/** How long the memory is trusted: a team sorting its rows moves the marks without an edit. */
const MEMORY_MS = 10 * 60 * 1000;
/** Rows remembered at most per sheet, to keep the text small. */
const MAX_ROWS = 4000;

function decode(text: string | null, now: number): Memory {
  if (!text) return {};
  try {
    const raw = JSON.parse(text) as { v: number; sheets: Memory };
    if (raw.v !== 1 || typeof raw.sheets !== 'object' || raw.sheets === null) return {};
    const fresh: Memory = {};
    for (const [sheet, marks] of Object.entries(raw.sheets)) {
      if (typeof marks.at === 'number' && now >= marks.at && now - marks.at <= MEMORY_MS)
        fresh[sheet] = marks;
    }
    return fresh;
  } catch {
    return {};
  }
}

/**
 * Whether a sheet's memory still holds for an edit of rows from `first`, the sheet's last row being
 * `lastRow` now: rows typed at the end (past its last row when remembered) move no marks; any
 * other change of the last row (rows inserted or deleted) does.
 */
function stillHolds(memory: SheetMarks, lastRow: number, first: number): boolean {
  return memory.lastRow === lastRow || (lastRow > memory.lastRow && first > memory.lastRow);
}

/**
 * True when the memory knows every row `first`…`last` of a sheet to carry no mark, the sheet's last
 * row being `lastRow` now. Rows typed at the end of the sheet (past its last row when remembered)
 * carry no marks; any other change of the last row (rows inserted or deleted) forgets the sheet.
 */
export function knownClean(
  store: TextStore | null,
  sheet: string,
  first: number,
  last: number,
  lastRow: number,
  now: number,
): boolean {
  if (!store) return false;
  const memory = decode(store.get(), now)[sheet];
  if (!memory) return false;
  if (!stillHolds(memory, lastRow, first)) return false;
  const marked = new Set(memory.marked);
  const known = new Set(memory.known);
  for (let r = first; r <= last; r++) {
    if (marked.has(r)) return false;
    if (r > memory.lastRow) continue;
    if (!known.has(r)) return false;
  }
  return true;
}

/**
 * Remembers the rows `first`…`last` of an edit as known, those in `markedAfter` as carrying marks.
 * Re-read under the document lock, so two editors' memories merge.
 */
export function rememberMarks(
  store: TextStore | null,
  update: {
    readonly sheet: string;
    readonly lastRow: number;
    readonly now: number;
    readonly first: number;
    readonly last: number;
    /** Rows of first…last carrying a mark after the edit. */
    readonly markedAfter: ReadonlySet<number>;
  },
): void {
  if (!store) return;
  const all = decode(store.get(), update.now);
  const before = all[update.sheet];
  const keep = before !== undefined && stillHolds(before, update.lastRow, update.first);
  const known = new Set(keep ? before.known : []);
  const marked = new Set(keep ? before.marked : []);
  for (let r = update.first; r <= update.last; r++) {
    known.add(r);
    if (update.markedAfter.has(r)) marked.add(r);
    else marked.delete(r);
  }
  if (known.size > MAX_ROWS) {
    delete all[update.sheet];
  } else {
    all[update.sheet] = {
      at: keep ? before.at : update.now,
      lastRow: update.lastRow,
      known: [...known].sort((a, b) => a - b),
      marked: [...marked].sort((a, b) => a - b),
    };
  }
  store.put(JSON.stringify({ v: 1, sheets: all }));
}
