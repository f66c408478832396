// Records told from footers however a team closes its table: signatures anywhere on the row,
// Traditional Chinese, English totals and sign-offs, and never a record that merely starts alike.

import { describe, expect, it } from 'vitest';
import { recogniseSheet } from '../../src/domain/recognise';
import { planRows } from '../../src/domain/sheets/rows';

function footersOf(rows: (string | number)[][]): number[] {
  const layout = recogniseSheet('Sheet1', rows).layout;
  if (!layout) throw new Error('not recognised');
  return planRows(layout, rows, 1)
    .skipped.filter((s) => s.why === 'footer')
    .map((s) => s.row);
}

describe('footers', () => {
  const header = ['日期', '部门', '姓名', '奖惩事由', '分值', '金额'];

  it('skips a signature line that starts further right, in Traditional, and a 合計 row', () => {
    const rows = [
      header,
      ['2026-10-03', '售后', '张敏', '迟到', -2, ''],
      ['2026-10-09', '售后', '李娜', '表扬', 2, ''],
      ['', '', '主管签字：王刚', '', '', ''],
      ['合計', '', '', '', 0, ''],
      ['', '製表人：陳美玲', '', '', '', ''],
    ];
    expect(footersOf(rows)).toEqual([4, 5, 6]);
  });

  it('skips English totals and sign-offs, not a name that starts like one', () => {
    const rows = [
      ['Date', 'Department', 'Name', 'Violation', 'Points', 'Fine'],
      ['2026-10-03', 'Support', 'Totally Lin', 'Late', -2, ''],
      ['Total', '', '', '', -2, ''],
      ['', 'Prepared by: Amy Chen', '', '', '', ''],
      ['Approved by', '', '', '', '', ''],
    ];
    expect(footersOf(rows)).toEqual([3, 4, 5]);
  });
});
