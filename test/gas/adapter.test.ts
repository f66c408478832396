import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInspect } from '../../src/app/operations/inspect';
import type { SheetsWorkbook } from '../../src/gas/adapter';
import { FakeWorkbook } from '../fake/spreadsheet';
import { installFake } from '../helpers/install';
import { sheetsPort } from '../helpers/sheets-port';

afterEach(() => {
  vi.unstubAllGlobals();
});

function ledgerWorkbook(rows: number): FakeWorkbook {
  const wb = new FakeWorkbook();
  const data: (string | number | Date)[][] = [
    ['每月奖罚登记表'],
    ['日期', '姓名', '规则代码', '分值', '说明'],
  ];
  for (let i = 0; i < rows; i++) {
    data.push([new Date(Date.UTC(2026, 9, 1 + (i % 28), 16)), `员工${i % 9}`, 'G05', i % 2 ? '-1' : '', '']);
  }
  wb.addSheet('奖惩登记', data);
  wb.addSheet('员工名单', [
    ['姓名', '岗位'],
    ['王芳', '主管'],
  ]);
  installFake(wb);
  return wb;
}

function port(wb: FakeWorkbook): SheetsWorkbook {
  void wb;
  return sheetsPort();
}

describe('the Apps Script adapter', () => {
  it('reads a 1,000-row sheet with exactly the calls it needs for 10 rows', () => {
    const small = ledgerWorkbook(10);
    const p1 = port(small);
    small.counter.reset();
    const r1 = runInspect(p1);
    const smallCalls = small.counter.snapshot();
    vi.unstubAllGlobals();

    const large = ledgerWorkbook(1000);
    const p2 = port(large);
    large.counter.reset();
    const r2 = runInspect(p2);
    expect(r1.sheets[0]?.dataRows).toBe(10);
    expect(r2.sheets[0]?.dataRows).toBe(1000);
    expect(large.counter.snapshot()).toEqual(smallCalls);
    expect(large.counter.get('Range.getValues')).toBe(2);
  });

  it('gives dates as real instants and blanks as empty strings', () => {
    const wb = ledgerWorkbook(1);
    const grid = port(wb).readGrid('奖惩登记');
    expect(grid.values[2]?.[0]).toEqual(new Date(Date.UTC(2026, 9, 1, 16)));
    expect(grid.values[2]?.[4]).toBe('');
    expect(grid.values[0]).toEqual(['每月奖罚登记表', '', '', '', '']);
  });

  it('writes a block in one call, text as text and links as links', () => {
    const wb = ledgerWorkbook(1);
    const p = port(wb);
    p.resetSheet('校验报告');
    wb.counter.reset();
    p.writeBlock('校验报告', 1, 1, [
      [
        '=IMPORTXML("http://x")',
        '-3',
        { text: '奖惩登记!A3', link: { sheet: '奖惩登记', row: 3, column: 1 } },
      ],
      [42, null, new Date(Date.UTC(2026, 0, 1))],
    ]);
    expect(wb.counter.get('Range.setValues')).toBe(1);
    const report = wb.sheet('校验报告');
    expect(report.value(1, 1)).toBe('=IMPORTXML("http://x")');
    expect(report.formula(1, 1)).toBe('');
    expect(report.value(1, 2)).toBe('-3');
    expect(report.formula(1, 3)).toBe('=HYPERLINK("#gid=0&range=A3","奖惩登记!A3")');
    expect(report.value(1, 3)).toBe('奖惩登记!A3');
    expect(report.value(2, 1)).toBe(42);
  });

  it('reads only the requested rows, plus the sheet size', () => {
    const wb = ledgerWorkbook(50);
    const grid = port(wb).readGrid('奖惩登记', { firstRow: 10, numRows: 3 });
    expect(grid.firstRow).toBe(10);
    expect(grid.values).toHaveLength(3);
    expect(grid.lastRow).toBe(52);
  });

  it('replaces only its own conditional-format rules', () => {
    const wb = ledgerWorkbook(5);
    const p = port(wb);
    const sheet = SpreadsheetApp.getActive().getSheetByName('奖惩登记')!;
    const teamRule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$D3<0')
      .setBackground('#00ff00')
      .setRanges([sheet.getRange(3, 4, 5, 1)])
      .build();
    sheet.setConditionalFormatRules([teamRule]);
    const block = { row: 3, column: 1, numRows: 5, numColumns: 5 };
    p.setOwnConditionalRules('奖惩登记', [
      { block, formula: '=AND(N("kefu-sheets")=0,$A3="")', background: '#fce8e6' },
    ]);
    p.setOwnConditionalRules('奖惩登记', [
      { block, formula: '=AND(N("kefu-sheets")=0,$B3="")', background: '#fce8e6' },
    ]);
    const formulas = wb
      .sheet('奖惩登记')
      .conditionalRules.map((r) => r.getBooleanCondition().getCriteriaValues()[0]);
    expect(formulas).toEqual(['=$D3<0', '=AND(N("kefu-sheets")=0,$B3="")']);
  });
});
