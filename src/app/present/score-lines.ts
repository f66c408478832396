// The monthly scores in words for people: a person's row of 月度考核 (the CLI's table too), its
// ledger rows linked, and a ledger or KPI row that could not be used.

import { chineseIn, type Lang, listSeparator, message } from '../../domain/i18n/messages';
import type { StaffScore } from '../../domain/scores/scores';
import type { WriteValue } from '../port';
import type { ScoreProblem } from '../reports/scores';
import { fieldLabel } from './render';

/** A problem worded for people (names of customers never appear here: only staff). */
export function problemLine(p: ScoreProblem, lang: Lang): string {
  return message(lang, `scores.problem_${p.code}`, {
    sheet: p.sheet,
    row: p.row,
    field: fieldLabel(p, p.field, lang),
    value: p.value,
  });
}

/** Ledger rows linked in a person's cell at most (about 3,500 characters of row numbers). */
export const LINKED_ROWS = 500;

/** One person's row in the columns of SCORE_COLUMNS; the ledger rows link to their rows. */
export function scoreLine(s: StaffScore, lang: Lang): WriteValue[] {
  let text = '';
  const links: { start: number; end: number; sheet: string; row: number; column: number }[] = [];
  // A cell holds 50,000 characters: a person with thousands of ledger rows in a month gets the
  // first LINKED_ROWS linked and the rest counted.
  const separator = listSeparator(lang);
  for (const ref of s.ledgerRefs.slice(0, LINKED_ROWS)) {
    if (text !== '') text += separator;
    const label = String(ref.row);
    links.push({
      start: text.length,
      end: text.length + label.length,
      sheet: ref.sheet,
      row: ref.row,
      column: 1,
    });
    text += label;
  }
  if (s.ledgerRefs.length > LINKED_ROWS)
    text += message(lang, 'scores.more_ledger_rows', { count: s.ledgerRefs.length - LINKED_ROWS });
  return [
    s.name,
    // The role list's word (售后客服, whichever script the roster wrote it in) in the user's script.
    chineseIn(lang, s.role),
    s.score,
    s.ledgerPoints,
    s.kpiPoints,
    s.pointsFine,
    s.cashItems,
    s.fullAttendanceBonus,
    s.performanceBonus,
    s.highScoreReward,
    s.supervisorAdjustment,
    s.net,
    s.dismissalReview ? message(lang, 'scores.yes') : '',
    links.length > 0 ? { text, links } : '',
  ];
}
