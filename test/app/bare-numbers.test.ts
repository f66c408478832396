// A bare number typed into a date column (5, 60, 2026) is not a date of 1900: it is reported by
// name, sheet, row and column, and no deadline is computed from it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { menuCheckComplaints, menuValidateAll } from '../../src/gas/entry';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { installFake } from '../helpers/install';
import { toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
});

describe('a bare number in 受理时间', () => {
  it.each([5, 60, 2026])('%d is reported as a number, not read as a date', (typed) => {
    vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
    const sheets = complaintsWorkbook(true);
    const rows = sheets.find((s) => s.name === '客诉')!.rows as unknown[][];
    rows.find((r) => r[0] === 'C1')![1] = typed;
    const wb = installFake(toFake(sheets));
    menuValidateAll();
    const issue = wb
      .sheet('校验报告')
      .snapshotValues()
      .find((r) => r[0] === '客诉' && String(r[6]).includes(`是数字 ${typed}，不是日期`));
    expect(issue?.[1]).toBe(2);
    menuCheckComplaints();
    const overdue = wb.sheet('超时投诉').snapshotValues();
    expect(overdue.some((r) => r[0] === 'C1')).toBe(false);
    expect(overdue.flat().some((v) => typeof v === 'number' && v < -10_000)).toBe(false);
  });
});
