// Which edits the instant alert must look at. Its installable edit trigger runs on every edit of
// every sheet and counts against its owner's daily trigger runtime, so it decides from the edit
// event alone (the sheet's name, the edited rows and columns, whether a single cell was set or
// cleared) with what the last full read remembered: the complaints sheets, the columns that can
// make a row a new or major complaint, and the last row, and every other sheet by name. Whatever
// it does not know (no memory yet, a sheet added or renamed since, a header edited) goes the full
// way, which remembers again. Pure: the Apps Script side keeps the text in a document property.

import { HEADER_SCAN_ROWS, type SheetLayoutInfo } from '../../domain/recognise';
import { sheetSpec } from '../../domain/sheets/schema';
import { utf8Bytes } from '../../domain/text';

/** A complaints sheet as the alert sees it (1-based rows and columns). */
export interface AlertSheet {
  /** The last header row (an edit at or above it may change what the sheet is); null: every row. */
  readonly header: number | null;
  /** Columns any change of which can make a row a complaint, a major one or a new one (编号, 投诉时间, 级别, status columns). */
  readonly columns: readonly number[];
  /** 级别: a single cell cleared makes a row ordinary. Null: no column, so no row can be major. */
  readonly level: number | null;
  /** 投诉时间: a single cell cleared makes a row no complaint. */
  readonly received: number | null;
  /** 方案时间: only clearing it can reopen a complaint (setting it closes one). */
  readonly solution: number | null;
  /** The last row with content when last read: an edit below it is a new row; null when not known. */
  readonly last: number | null;
}

/** What the alert remembers of the workbook. */
export interface AlertSheets {
  readonly complaints: Readonly<Record<string, AlertSheet>>;
  /**
   * Every other sheet seen, with the last row at or above which an edit may change what the sheet
   * is (its header; the rows a header is looked for in, when it has none): 0 for the add-on's own
   * sheets (never), null for 列名对照 (every row: it decides what the others are).
   */
  readonly others: Readonly<Record<string, number | null>>;
}

/** What a single-cell edit did to its cell, as the event says (value, oldValue); unknown otherwise. */
export type CellChange = 'set' | 'cleared' | 'unknown';

/** The edited block, each figure asked for only when needed (in Apps Script each is a call). */
export interface EditedBlock {
  firstRow(): number;
  lastRow(): number;
  firstColumn(): number;
  lastColumn(): number;
  /** Only asked for single cells. */
  change(): CellChange;
}

/** The change of a single cell by the edit event's value and oldValue (strings when Apps Script gives them). */
export function cellChange(value: unknown, oldValue: unknown): CellChange {
  const given = (v: unknown) => typeof v === 'string' && v !== '';
  if (given(value)) return 'set';
  if ((value === undefined || value === '') && given(oldValue)) return 'cleared';
  return 'unknown';
}

/**
 * True when an edit of `sheet` may create a major complaint or change what the alert remembers:
 * then the full way is taken. False only for an edit that provably cannot: in a sheet known not to
 * hold complaints below its header, or in a complaints sheet's existing rows away from the columns
 * that make a complaint new or major.
 */
export function editMayAlert(memory: AlertSheets | null, sheet: string, edit: EditedBlock): boolean {
  if (!memory) return true;
  const complaints = ownValue(memory.complaints, sheet);
  if (complaints) return complaintsEditMayAlert(complaints, edit);
  const other = Object.getOwnPropertyDescriptor(memory.others, sheet);
  if (!other) return true;
  const limit = other.value as number | null;
  return typeof limit !== 'number' || edit.firstRow() <= limit;
}

/** A record's own entry (a sheet may be called "constructor"). */
function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.getOwnPropertyDescriptor(record, key)?.value as T | undefined;
}

function complaintsEditMayAlert(sheet: AlertSheet, edit: EditedBlock): boolean {
  if (sheet.header === null || edit.firstRow() <= sheet.header) return true;
  // Without a 级别 column no row there is major, until a header edit (above) gives it one.
  if (sheet.level === null) return false;
  if (sheet.last !== null && edit.lastRow() > sheet.last) return true;
  const first = edit.firstColumn();
  const last = edit.lastColumn();
  const touches = (column: number | null) => column !== null && column >= first && column <= last;
  const single = first === last && edit.firstRow() === edit.lastRow();
  if (sheet.columns.some(touches)) {
    if (!single || edit.change() !== 'cleared') return true;
    // A cleared 级别 makes the row ordinary and a cleared 投诉时间 no complaint: neither alerts.
    return !(touches(sheet.level) || touches(sheet.received));
  }
  if (touches(sheet.solution)) return !single || edit.change() !== 'set';
  return false;
}

/** The complaints fields whose any change can make a complaint new or major (by its key, its level, its time, its state). */
const KEY_FIELDS = ['投诉编号', '投诉时间', '级别'] as const;

/** A complaints sheet's memory from its layout (0-based columns there, 1-based here). */
export function alertSheetOf(layout: SheetLayoutInfo, last: number | null): AlertSheet {
  const column = (key: string) => {
    const c = layout.columns[key];
    return c === undefined ? null : c + 1;
  };
  const status = sheetSpec('complaints')
    .fields.filter((f) => f.status)
    .map((f) => f.key);
  const columns = [...KEY_FIELDS, ...status].map(column).filter((c): c is number => c !== null);
  return {
    header: layout.headerRow,
    columns: [...new Set(columns)].sort((a, b) => a - b),
    level: column('级别'),
    received: column('投诉时间'),
    solution: column('方案时间'),
    last,
  };
}

/** What the alert remembers, from a full read of the workbook's sheets. */
export interface WorkbookSeen {
  /** The recognised sheets' layouts. */
  readonly layouts: readonly SheetLayoutInfo[];
  readonly unrecognised: readonly string[];
  /** The add-on's own sheets. */
  readonly own: readonly string[];
  /** The last row of the complaints sheets where it is known. */
  readonly lastRows: Readonly<Record<string, number>>;
}

/**
 * The memory after a full read. A complaints sheet whose last row was not read keeps the one
 * remembered while its layout is the same; `keepOthers` keeps what was known of sheets the read
 * did not list (the add-on's own, which the hourly read leaves out).
 */
export function alertSheetsOf(
  seen: WorkbookSeen,
  previous: AlertSheets | null,
  keepOthers = false,
): AlertSheets {
  const complaints: Record<string, AlertSheet> = {};
  const others: Record<string, number | null> = {};
  if (keepOthers && previous) Object.assign(others, previous.others);
  for (const layout of seen.layouts) {
    const name = layout.sheet;
    if (layout.kind === 'complaints') {
      delete others[name];
      const before = previous ? ownValue(previous.complaints, name) : undefined;
      const fresh = alertSheetOf(layout, seen.lastRows[name] ?? null);
      const same = before && sameLayout(before, fresh);
      complaints[name] = fresh.last === null && same ? { ...fresh, last: before.last } : fresh;
    } else {
      others[name] = layout.kind === 'mapping' ? null : (layout.headerRow ?? HEADER_SCAN_ROWS);
    }
  }
  for (const name of seen.unrecognised) if (!complaints[name]) others[name] = HEADER_SCAN_ROWS;
  for (const name of seen.own) if (!complaints[name]) others[name] = 0;
  return { complaints, others };
}

function sameLayout(a: AlertSheet, b: AlertSheet): boolean {
  return (
    a.header === b.header &&
    a.level === b.level &&
    a.received === b.received &&
    a.solution === b.solution &&
    a.columns.join() === b.columns.join()
  );
}

/** The memory's largest text: one document property holds 9 KB. */
export const MAX_ALERT_SHEETS_BYTES = 8_000;

/** The memory as text, or null when it would not fit a property (then every edit goes the full way). */
export function encodeAlertSheets(memory: AlertSheets): string | null {
  const text = JSON.stringify({ v: 1, c: memory.complaints, o: memory.others });
  return utf8Bytes(text) > MAX_ALERT_SHEETS_BYTES ? null : text;
}

/** The memory from text; null when absent or unreadable. */
export function decodeAlertSheets(text: string | null): AlertSheets | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as {
      v?: number;
      c?: Record<string, AlertSheet>;
      o?: Record<string, number>;
    };
    if (raw.v !== 1 || typeof raw.c !== 'object' || typeof raw.o !== 'object' || !raw.c || !raw.o)
      return null;
    return { complaints: raw.c, others: raw.o };
  } catch {
    return null;
  }
}
