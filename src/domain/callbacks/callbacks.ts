// Callbacks (回访): which are due (售后30天, 投诉后回访, 质保到期前), which are done, and the month's rate.

import { compareText, normalizeHeader } from '../text';

export type CallbackType = '售后30天' | '投诉后回访' | '质保到期前';
export type CallbackState = 'done' | 'overdue' | 'due' | 'planned';

/** A callback the team owes a customer. Days are `YYYY-MM-DD` on the team's calendar. */
export interface CallbackItem {
  readonly sheet: string;
  readonly row: number;
  readonly type: CallbackType;
  readonly customer: string;
  /** Normalised phone, or the text as written when it is not a valid number. */
  readonly phone: string;
  readonly dueDay: string;
  /** A call on or after this day counts (the resolution, the solution, a month before the due day…). */
  readonly fromDay: string;
  /** The complaint's 投诉编号, for 投诉后回访 ('' otherwise). */
  readonly caseId: string;
  /** Day it was done according to the source sheet itself (a complaint's 回访时间), or ''. */
  readonly doneDay: string;
}

/**
 * A callback item. Built in one place so every item has the same shape: the 100,000-row sort and
 * matching then stay on V8's fast path.
 */
export function callbackItem(
  sheet: string,
  row: number,
  type: CallbackType,
  customer: string,
  phone: string,
  dueDay: string,
  fromDay: string,
  caseId = '',
  doneDay = '',
): CallbackItem {
  return { sheet, row, type, customer, phone, dueDay, fromDay, caseId, doneDay };
}

/** A row of 回访记录. */
export interface CallbackRecord {
  /** The callback sheet it is on (a team may keep more than one). */
  readonly sheet: string;
  readonly row: number;
  readonly caseId: string;
  readonly customer: string;
  readonly phone: string;
  readonly type: string;
  /** Day of 实际回访时间, or null when the call has not been made. */
  readonly doneDay: string | null;
}

export interface CallbackStatus {
  readonly item: CallbackItem;
  readonly state: CallbackState;
  /** The 回访记录 row that did it, if any. */
  readonly record: { readonly sheet: string; readonly row: number } | null;
}

const shifted = new Map<string, Map<number, string>>();

/** A day key `n` days after another (memoised: a sheet's dates repeat). */
export function addDays(day: string, n: number): string {
  let byShift = shifted.get(day);
  if (!byShift) {
    if (shifted.size > 20_000) shifted.clear();
    byShift = new Map();
    shifted.set(day, byShift);
  }
  let result = byShift.get(n);
  if (result === undefined) {
    result = new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    byShift.set(n, result);
  }
  return result;
}

const monthShifted = new Map<string, string>();

/** A day key `n` months after another, on the same day of the month or the month's last day. */
export function addMonths(day: string, n: number): string {
  const memo = `${day}|${n}`;
  const known = monthShifted.get(memo);
  if (known !== undefined) return known;
  const result = shiftMonths(day, n);
  if (monthShifted.size > 20_000) monthShifted.clear();
  monthShifted.set(memo, result);
  return result;
}

function shiftMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The state of each callback as of `today`: done when the source records it or a 回访记录 row of
 * the same type (or no type) for the same case, phone or customer was made on or after its
 * start day; else overdue after its due day, due within `horizonDays`, otherwise planned. With
 * `until`, only the items due by that day (the same states as without it).
 */
export function callbackStates(
  items: readonly CallbackItem[],
  records: readonly CallbackRecord[],
  today: string,
  horizonDays = 7,
  until?: string,
): CallbackStatus[] {
  // Index the calls made by case, phone and customer, so matching stays linear in the rows.
  const byCase = new Map<string, CallbackRecord[]>();
  const byPhone = new Map<string, CallbackRecord[]>();
  const byName = new Map<string, CallbackRecord[]>();
  const index = (map: Map<string, CallbackRecord[]>, key: string, record: CallbackRecord) => {
    const list = map.get(key);
    if (list) list.push(record);
    else map.set(key, [record]);
  };
  for (const record of records) {
    // A call dated after today is a plan written in the column of calls made, not a call made.
    if (record.doneDay === null || record.doneDay > today) continue;
    if (record.caseId) index(byCase, normalizeHeader(record.caseId), record);
    if (record.phone) index(byPhone, record.phone, record);
    if (record.customer) index(byName, record.customer, record);
  }
  // Records, not row numbers: a team may keep more than one callback sheet.
  const used = new Set<CallbackRecord>();
  const sorted = items.slice().sort((a, b) => compareText(a.dueDay, b.dueDay) || a.row - b.row);
  // Matched in due order, a later item never takes a call from an earlier one: the items due after
  // `until` can be left out without changing the others.
  if (until !== undefined) {
    const end = sorted.findIndex((item) => item.dueDay > until);
    if (end >= 0) sorted.length = end;
  }
  const horizon = addDays(today, horizonDays);
  const pick = (item: CallbackItem, list: CallbackRecord[] | undefined): CallbackRecord | undefined => {
    if (!list) return undefined;
    for (const r of list) {
      if (used.has(r) || r.doneDay === null || r.doneDay < item.fromDay) continue;
      // 投訴後回訪 picked from a Traditional dropdown is 投诉后回访.
      if (r.type !== '' && normalizeHeader(r.type) !== normalizeHeader(item.type)) continue;
      return r;
    }
    return undefined;
  };
  return sorted.map((item) => {
    if (item.doneDay !== '' && item.doneDay >= item.fromDay && item.doneDay <= today)
      return { item, state: 'done', record: null };
    // The case's own calls first, then the phone's, then the name's (each list in row order).
    const record =
      (item.caseId ? pick(item, byCase.get(normalizeHeader(item.caseId))) : undefined) ??
      (item.phone ? pick(item, byPhone.get(item.phone)) : undefined) ??
      (item.customer ? pick(item, byName.get(item.customer)) : undefined);
    if (record) {
      used.add(record);
      return { item, state: 'done', record: { sheet: record.sheet, row: record.row } };
    }
    if (item.dueDay < today) return { item, state: 'overdue', record: null };
    if (item.dueDay <= horizon) return { item, state: 'due', record: null };
    return { item, state: 'planned', record: null };
  });
}

export interface CallbackRate {
  readonly due: number;
  readonly done: number;
  /** done / due, or null when nothing fell due. */
  readonly value: number | null;
  readonly target: number;
}

/** The month's callback rate: of the callbacks that fell due in the month, the share done. */
export function callbackRate(
  month: string,
  statuses: readonly CallbackStatus[],
  target: number,
): CallbackRate {
  const inMonth = statuses.filter((s) => s.item.dueDay.startsWith(month));
  const done = inMonth.filter((s) => s.state === 'done').length;
  return {
    due: inMonth.length,
    done,
    value: inMonth.length === 0 ? null : Math.round((done / inMonth.length) * 10_000) / 10_000,
    target,
  };
}
