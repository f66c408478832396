// A person's row of 月度考核 as each language writes it: the ledger rows listed in that language.

import { describe, expect, it } from 'vitest';
import { scoreLine } from '../../src/app/present/score-lines';
import type { StaffScore } from '../../src/domain/scores/scores';

const ZHANG: StaffScore = {
  name: '张伟',
  role: '售后客服',
  score: 102,
  ledgerPoints: 2,
  kpiPoints: 0,
  pointsFine: 0,
  cashItems: 0,
  fullAttendanceBonus: 100,
  performanceBonus: 200,
  highScoreReward: 0,
  supervisorAdjustment: 0,
  net: 300,
  dismissalReview: false,
  ledgerRows: [4, 6],
  ledgerRefs: [
    { sheet: '奖惩登记', row: 4 },
    { sheet: '奖惩登记', row: 6 },
  ],
};

/** The text of the ledger-rows cell (the last value of a row). */
function rowsCell(lang: 'zh' | 'en'): string {
  const last = scoreLine(ZHANG, lang).at(-1) as unknown;
  return typeof last === 'string' ? last : (last as { text: string }).text;
}

describe('the ledger rows of a person’s score', () => {
  it('lists them with the language’s own separator', () => {
    expect(rowsCell('zh')).toBe('4、6');
    expect(rowsCell('en')).toBe('4, 6');
  });
});
