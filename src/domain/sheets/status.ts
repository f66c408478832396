// Statuses the team writes (docs/domain.md, "Statuses"): a status cell is believed. A closed word
// (结案状态词) closes a complaint or resolves a case even without a time; a void word (作废状态词) makes
// the row count nowhere. And the values people write for the standard ones (取值同义词).

import type { Settings } from '../params/table';
import { cellText, normalizeHeader } from '../text';

/** What a row's status cells say: closed, void, or nothing to go by. */
export type RowStatus = 'closed' | 'void' | null;

/** Words that undo a closed word: 未处理, 未解决, 不满意 are not closed; nor is "not resolved". */
const NOT_YET = /未|没有?|尚未/;
const NOT_YET_EN = /\b(not|never|un(?:re)?solved|pending|awaiting)\b/;

/**
 * Words that say a case is still open whatever else they say: 处理中, 退款中, 待审核, 等待买家退货,
 * 已拒绝, 驳回; in progress, waiting, on hold, rejected.
 */
const STILL_OPEN = /(中$|中[(（]|^待|等待|拒绝|驳回|不同意|申请|审核)/;
const STILL_OPEN_EN =
  /\b(open|opened|reopened|new|pending|in progress|progress|awaiting|waiting|hold|escalated|rejected|refused|declined|denied|requested|review)\b/;

/** A word written in Latin letters: matched as a whole word, not inside another (resolved ≠ unresolved). */
const LATIN_WORD = /^[a-z0-9 ._-]+$/;

/** How each word of a status list is looked for, built once per word. */
const MATCHERS = new Map<string, (text: string, folded: string) => boolean>();

/** True when a status text says a word of a list: Chinese by containment, English as whole words. */
function saysWord(text: string, folded: string, word: string): boolean {
  let matches = MATCHERS.get(word);
  if (!matches) {
    const w = word.trim().toLowerCase();
    if (w === '') matches = () => false;
    else if (LATIN_WORD.test(w)) {
      const whole = new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
      matches = (t) => whole.test(t);
    } else {
      const key = normalizeHeader(word);
      matches = (_t, f) => f.includes(key);
    }
    if (MATCHERS.size > 1_000) MATCHERS.clear();
    MATCHERS.set(word, matches);
  }
  return matches(text, folded);
}

/**
 * What the status cells of a row say, in any script and in English. A void word anywhere wins; a
 * closed word counts unless the same cell says not yet (未, not).
 * @example rowStatus(['已處理'], settings) === 'closed'; rowStatus(['未处理'], settings) === null
 */
export function rowStatus(
  cells: readonly unknown[],
  settings: Pick<Settings, 'closedWords' | 'voidWords'>,
): RowStatus {
  let closed = false;
  for (const cell of cells) {
    const raw = cellText(cell);
    if (raw === '') continue;
    const text = raw.toLowerCase();
    const folded = normalizeHeader(raw);
    if (settings.voidWords.some((w) => saysWord(text, folded, w))) return 'void';
    if (NOT_YET.test(folded) || NOT_YET_EN.test(text)) continue;
    if (settings.closedWords.some((w) => saysWord(text, folded, w))) closed = true;
  }
  return closed ? 'closed' : null;
}

/**
 * The standard value a written one stands for (满意 → 基本满意), or the value itself. With the
 * column's list, the standard value in that list (一般 is 普通 as a level, 基本满意 as a
 * satisfaction); a written value that stands for none of the list's stays as written.
 */
export function standardValue(
  value: string,
  settings: Pick<Settings, 'synonyms'>,
  list?: readonly string[],
): string {
  const folded = normalizeHeader(value);
  const standards = settings.synonyms.get(folded);
  if (standards) {
    if (!list) return standards[0] ?? value;
    const found = standards.find((s) => list.some((item) => normalizeHeader(item) === normalizeHeader(s)));
    if (found) return found;
  }
  if (!list) return value;
  return list.find((item) => normalizeHeader(item) === folded) ?? containedItem(folded, list) ?? value;
}

/** A character that turns what follows into its opposite: 不满意, 不太满意 are no 满意 (非常 is "very"). */
const NEGATION = /[不未非没无]/;

/**
 * The longest value of a list written inside a longer word, with its usual prefixes and suffixes:
 * 客服主管 → 主管, 售后客服专员 → 售后客服, 重大投诉 → 重大; never after a negation (不满意 is not 满意).
 */
function containedItem(folded: string, list: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestLength = 0;
  for (const item of list) {
    const key = normalizeHeader(item);
    if (key.length < 2 || key.length <= bestLength) continue;
    const at = folded.indexOf(key);
    if (at < 0 || NEGATION.test(folded.slice(0, at).replace(/非常/g, ''))) continue;
    best = item;
    bestLength = key.length;
  }
  return best;
}

/**
 * Whether a registration is resolved: only a word that means done counts. A closed word (已解决,
 * solved) resolves it; a word of a case still open (处理中, 退款中, 待审核, 已拒绝, pending, refused)
 * or not yet (未…) does not; otherwise a done word (已换货, 已寄回, returned) or a value of the
 * status list other than 处理中 does. A void row is never resolved.
 */
export function isResolved(
  status: unknown,
  settings: Pick<Settings, 'closedWords' | 'voidWords' | 'synonyms'>,
  list?: readonly string[],
): boolean {
  const raw = cellText(status);
  if (raw === '') return false;
  const said = rowStatus([raw], settings);
  if (said !== null) return said === 'closed';
  const text = raw.toLowerCase();
  const folded = normalizeHeader(raw);
  if (NOT_YET.test(folded) || NOT_YET_EN.test(text)) return false;
  if (STILL_OPEN.test(folded) || STILL_OPEN_EN.test(text)) return false;
  if (folded.startsWith('已') || /^[a-z]+ed\b/.test(text)) return true;
  const standard = normalizeHeader(standardValue(raw, settings, list));
  return (list ?? []).some(
    (item) => normalizeHeader(item) === standard && standard !== normalizeHeader('处理中'),
  );
}
