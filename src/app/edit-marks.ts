// Which rows of a sheet carry the add-on's marks, remembered between edits (beside the edit
// context), so that a clean edit — no mark to add, none to remove — reads and writes no marks.
// Pure: the store is passed in.

/** A place to keep one text between edits (Apps Script: the document cache). */
export interface MarksStore {
  get(): string | null;
  put(value: string): void;
}

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

/** What the memory says of an edit's rows. */
export interface MarksKnowledge {
  /** True when every edited row is known to carry no mark. */
  readonly clean: boolean;
}

/**
 * The memory of one sheet's marks for an edit of rows `first`…`last`, the sheet's last row being
 * `lastRow` now. Rows typed at the end of the sheet (past its last row when remembered) carry no
 * marks; any other change of the last row (rows inserted or deleted) forgets the sheet.
 */
export function knownMarks(
  store: MarksStore | null,
  sheet: string,
  first: number,
  last: number,
  lastRow: number,
  now: number,
): MarksKnowledge {
  if (!store) return { clean: false };
  const memory = decode(store.get(), now)[sheet];
  if (!memory) return { clean: false };
  const appended = lastRow > memory.lastRow && first > memory.lastRow;
  if (memory.lastRow !== lastRow && !appended) return { clean: false };
  const marked = new Set(memory.marked);
  const known = new Set(memory.known);
  for (let r = first; r <= last; r++) {
    if (marked.has(r)) return { clean: false };
    if (r > memory.lastRow) continue;
    if (!known.has(r)) return { clean: false };
  }
  return { clean: true };
}

/**
 * Remembers the rows `first`…`last` of an edit as known, those in `markedAfter` as carrying marks.
 * Re-read under the document lock, so two editors' memories merge.
 */
export function rememberMarks(
  store: MarksStore | null,
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
  const keep =
    before &&
    (before.lastRow === update.lastRow || (update.lastRow > before.lastRow && update.first > before.lastRow));
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
