// A reward/penalty written in words (docs/domain.md, "A ledger in free text"): 扣3分, 罚款50元，取消全勤,
// 奖励一百元. Several items may stand in one cell; they add up.

import { toSimplified } from '../text';

/** What one ledger cell says, read. */
export interface LedgerTextItems {
  readonly points: number;
  readonly yuan: number;
  readonly cancelsAttendance: boolean;
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A small amount in Chinese numerals: 三 3, 十五 15, 三十 30, 二百五十 250, 两百 200, 一千 1000.
 * Null when the text is not such a numeral.
 */
export function chineseNumber(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d === 0) continue;
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined) return null;
    // 十五: a unit with no digit before it means one of it.
    total += (digit ?? 1) * unit;
    digit = null;
  }
  return total + (digit ?? 0);
}

const NUMBER = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)';

/** The items a cell can say, each a pattern and what one such match means. */
const ITEMS: readonly { readonly pattern: RegExp; readonly read: (n: number) => Partial<LedgerTextItems> }[] =
  [
    { pattern: new RegExp(`(?:扣|减)${NUMBER}分`, 'g'), read: (n) => ({ points: -n }) },
    { pattern: new RegExp(`(?:加|奖励?)${NUMBER}分`, 'g'), read: (n) => ({ points: n }) },
    { pattern: new RegExp(`(?:罚款|扣款|罚|扣)${NUMBER}(?:元|块)`, 'g'), read: (n) => ({ yuan: -n }) },
    { pattern: new RegExp(`(?:奖励|奖金|奖)${NUMBER}(?:元|块)`, 'g'), read: (n) => ({ yuan: n }) },
  ];
const CANCELS = /(取消|无|没有)全勤/g;
/** Words that promise an amount: left over once the items are read, they mean an item unread. */
const UNREAD = /扣分|减分|加分|奖分|罚款|扣款|奖励|罚|扣|奖/;

function amount(text: string): number | null {
  if (/^\d/.test(text)) return Number(text);
  return chineseNumber(text);
}

/**
 * Reads the reward or penalty a cell states, items summed: `扣3分 加2分` is −1 point; `罚款50元，取消全勤`
 * is −50 yuan without the attendance bonus. Null when the cell says nothing readable, or promises an
 * amount it does not give (扣分).
 * @example readLedgerText('罚款三十元') → { points: 0, yuan: -30, cancelsAttendance: false }
 */
export function readLedgerText(text: string): LedgerTextItems | null {
  let rest = text.normalize('NFKC').replace(/\s+/g, '');
  if (rest === '') return null;
  let points = 0;
  let yuan = 0;
  let found = false;
  for (const item of ITEMS) {
    rest = rest.replace(item.pattern, (_whole, n: string) => {
      const value = amount(n);
      if (value === null) return _whole;
      const read = item.read(value);
      points += read.points ?? 0;
      yuan += read.yuan ?? 0;
      found = true;
      return '；';
    });
  }
  let cancelsAttendance = false;
  rest = rest.replace(CANCELS, () => {
    cancelsAttendance = true;
    found = true;
    return '；';
  });
  if (!found || UNREAD.test(rest)) return null;
  return {
    points: Math.round(points * 100) / 100 + 0,
    yuan: Math.round(yuan * 100) / 100 + 0,
    cancelsAttendance,
  };
}

/** True when a state or note cell revokes a ledger row (撤销, 已撤销, 撤銷). */
export function revokes(text: string): boolean {
  return text.includes('撤销') || text.includes('撤銷');
}

/** Merits and demerits as Taiwanese offices record them, each a count (嘉獎一次, 小過兩次, 大功1次). */
export const MERIT_WORDS = ['嘉奖', '小功', '大功', '申诫', '小过', '大过'] as const;
export type MeritWord = (typeof MERIT_WORDS)[number];

const MERIT = new RegExp(`(${MERIT_WORDS.join('|')})\\s*(\\d+|[一二两三四五六七八九十]+)?\\s*次?`, 'g');

/**
 * The merits and demerits a cell records, with their counts, read in Simplified (嘉獎兩次 → 嘉奖 ×2).
 * Null when the cell records none. What each is worth comes from 奖惩规则, never from here.
 * @example readMerits('申誡一次、小過兩次') → [{ word: '申诫', count: 1 }, { word: '小过', count: 2 }]
 */
export function readMerits(text: string): { word: MeritWord; count: number }[] | null {
  const folded = toSimplified(text.normalize('NFKC'));
  const found: { word: MeritWord; count: number }[] = [];
  for (const m of folded.matchAll(MERIT)) {
    const n = m[2] ?? '';
    const count = n === '' ? 1 : /^\d+$/.test(n) ? Number(n) : (chineseNumber(n) ?? 0);
    if (count > 0) found.push({ word: m[1] as MeritWord, count });
  }
  return found.length > 0 ? found : null;
}
