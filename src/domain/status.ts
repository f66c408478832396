// Statuses the team writes (docs/domain.md, "Statuses"): a status cell is believed. A closed word
// (结案状态词) closes a complaint or resolves a case even without a time; a void word (作废状态词) makes
// the row count nowhere. And the values people write for the standard ones (取值同义词).

import type { Settings } from './params';
import { cellText, normalizeHeader } from './text';

/** What a row's status cells say: closed, void, or nothing to go by. */
export type RowStatus = 'closed' | 'void' | null;

/** A word that undoes a closed word: 未处理, 未解决, 未完结 are not closed. */
const NOT_YET = '未';

/**
 * What the status cells of a row say. A void word anywhere wins; a closed word counts unless the
 * same cell says 未.
 * @example rowStatus(['已处理'], settings) === 'closed'; rowStatus(['未处理'], settings) === null
 */
export function rowStatus(
  cells: readonly unknown[],
  settings: Pick<Settings, 'closedWords' | 'voidWords'>,
): RowStatus {
  let closed = false;
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === '') continue;
    if (settings.voidWords.some((w) => text.includes(w))) return 'void';
    if (!text.includes(NOT_YET) && settings.closedWords.some((w) => text.includes(w))) closed = true;
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
  const standards = settings.synonyms.get(normalizeHeader(value));
  if (!standards) return value;
  if (!list) return standards[0] ?? value;
  return standards.find((s) => list.some((item) => normalizeHeader(item) === normalizeHeader(s))) ?? value;
}

/**
 * Whether a registration is resolved: its status is anything but empty, 处理中 or not yet (未…),
 * and not void; a closed word resolves it.
 */
export function isResolved(
  status: unknown,
  settings: Pick<Settings, 'closedWords' | 'voidWords' | 'synonyms'>,
): boolean {
  const text = cellText(status);
  if (text === '') return false;
  const said = rowStatus([text], settings);
  if (said !== null) return said === 'closed';
  if (text.includes(NOT_YET)) return false;
  return normalizeHeader(standardValue(text, settings)) !== normalizeHeader('处理中');
}
