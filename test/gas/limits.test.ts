// Google Sheets' limits (support.google.com/drive/answer/37603): 50,000 characters a cell, 10 million
// cells a spreadsheet, 18,278 columns a sheet. The fake refuses beyond them as Sheets does; the
// add-on's own writes stay within them (a long text cut with a visible marker, a long list of rows
// counted), and a structural change Sheets refuses is skipped and said.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitText } from '../../src/app/present/render';
import { LINKED_ROWS } from '../../src/app/present/score-lines';
import { noteText } from '../../src/app/writes/marks';
import { menuCheckComplaints, menuComputeScores, menuValidateAll } from '../../src/gas/entry';
import { type FakeWorkbook, LIMITS, SHEETS_ERRORS } from '../fake/spreadsheet';
import { installFake } from '../helpers/install';
import { type Cell, sh, toFake } from '../helpers/workbooks';

const NOW = sh(2026, 11, 9, 10);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function complaintsLog(rows = 4): Cell[][] {
  const out: Cell[][] = [
    ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人', '方案时间', '级别'],
  ];
  for (let i = 0; i < rows; i++)
    out.push([`K${i}`, sh(2026, 11, 2, 9), `客户${i}`, '13912340001', '少件', '王芳', null, '普通']);
  return out;
}

function open(wb: FakeWorkbook): FakeWorkbook {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  return installFake(wb);
}

describe('the fake refuses what Sheets refuses', () => {
  it('more than 50,000 characters in a cell', () => {
    const wb = toFake([{ name: '表1', rows: [] }]);
    const sheet = wb.globals().SpreadsheetApp.getActive().getSheetByName('表1');
    sheet?.getRange('A1').setValue('x'.repeat(LIMITS.cellCharacters));
    expect(() => sheet?.getRange('A2').setValue('x'.repeat(LIMITS.cellCharacters + 1))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  it('more than 10 million cells in the spreadsheet, and more than 18,278 columns in a sheet', () => {
    const wb = toFake([{ name: '表1', rows: [] }]);
    const big = wb.addSheet('大表');
    big.maxRows = 384_000;
    const sheet = wb.globals().SpreadsheetApp.getActive().getSheetByName('表1');
    // 384,000 × 26 + 1,000 × 26 = 10,010,000: one more row is too many.
    expect(wb.cellCount()).toBe(10_010_000 - 26 * 1000 + 26_000);
    expect(() => sheet?.insertRowsAfter(1000, 1)).toThrow(SHEETS_ERRORS.tooManyCells(10_000_000));
    expect(() => wb.globals().SpreadsheetApp.getActive().insertSheet('新表')).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    big.maxRows = 1;
    wb.sheet('表1').maxColumns = 18_270;
    wb.sheet('表1').maxRows = 2;
    expect(() => sheet?.insertColumnsAfter(18_270, 9)).toThrow(SHEETS_ERRORS.tooManyColumns(18_278));
    sheet?.insertColumnsAfter(18_270, 8);
    expect(wb.sheet('表1').maxColumns).toBe(18_278);
  });
});

describe('the add-on’s writes stay within a cell', () => {
  it('cuts a text beyond 50,000 characters with a marker saying how long it was', () => {
    const long = '字'.repeat(60_000);
    const cut = fitText(long, 'zh');
    expect(cut.length).toBe(50_000);
    expect(cut.endsWith('…（内容过长已截断：原有 60000 字，一个单元格最多 50000 字）')).toBe(true);
    expect(fitText('短', 'zh')).toBe('短');
    expect(fitText(long, 'en').endsWith('… (cut short: 60000 characters; a cell holds 50,000 at most)')).toBe(
      true,
    );
  });

  it('validates a sheet whose phone column carries a 49,990-character note in its header: the report and the notes fit', () => {
    const rows = complaintsLog(3);
    const header = `联系电话（${'手机或座机'.repeat(9_998)}）`;
    (rows[0] as Cell[])[3] = header;
    (rows[2] as Cell[])[3] = '1381234';
    const wb = open(toFake([{ name: '投诉登记', rows }]));
    menuValidateAll();
    expect(wb.alerts).toEqual([]);
    const note = wb.sheet('投诉登记').note(3, 4);
    expect(note.length).toBeLessThanOrEqual(LIMITS.cellCharacters);
    expect(noteText(note)).toMatch(/…（内容过长已截断：原有 \d+ 字，一个单元格最多 50000 字）$/);
    const report = wb.sheet('校验报告').snapshotValues();
    for (const line of report)
      for (const cell of line) expect(String(cell).length).toBeLessThanOrEqual(50_000);
    expect(report.flat().some((cell) => String(cell).includes('内容过长已截断'))).toBe(true);
    // A second run finds its own (cut) note and changes nothing.
    menuValidateAll();
    expect(wb.sheet('投诉登记').note(3, 4)).toBe(note);
  });

  it('links the first 500 ledger rows of a person and counts the rest, in one cell of 月度考核', () => {
    const ledger: Cell[][] = [['日期', '姓名', '规则代码', '分值']];
    for (let i = 0; i < 9_000; i++) ledger.push([sh(2026, 10, 1 + (i % 28)), '王芳', 'G05', '']);
    const wb = open(
      toFake([
        {
          name: '员工名单',
          rows: [
            ['姓名', '岗位'],
            ['王芳', '主管'],
          ],
        },
        { name: '奖惩登记', rows: ledger },
      ]),
    );
    wb.promptAnswers.push('2026-10');
    menuComputeScores();
    expect(wb.alerts).toEqual([]);
    const scores = wb.sheet('月度考核');
    const row = scores.snapshotValues().findIndex((line) => line[0] === '王芳') + 1;
    const text = String(scores.value(row, 14));
    expect(text.endsWith(`…另有 ${9_000 - LINKED_ROWS} 行`)).toBe(true);
    expect(scores.richText(row, 14)?.linkRuns()).toHaveLength(LINKED_ROWS);
    expect(text.length).toBeLessThan(5_000);
  });
});

describe('a spreadsheet at Google Sheets’ limits', () => {
  it('near 10 million cells: the deadline columns are skipped and said, 超时投诉 is still rebuilt', () => {
    const wb = toFake([{ name: '投诉登记', rows: complaintsLog(4) }]);
    wb.sheet('投诉登记').maxRows = 20_000;
    // Room for a new sheet (26,000 cells), not for three columns of 20,000 rows.
    const history = wb.addSheet('历史数据');
    history.maxRows = Math.floor((LIMITS.cells - 20_000 * 26 - 30_000) / 26);
    open(wb);
    menuCheckComplaints();
    expect(wb.alerts).toEqual([]);
    expect(wb.sheet('投诉登记').maxColumns).toBe(26);
    const said =
      '本表格已达到 Google 表格 1000 万个单元格的上限：「投诉登记」的 I:K 未能完成：插入列；其余已完成。';
    expect(wb.toasts.at(-1)?.message).toContain(said);
    expect(wb.sheet('超时投诉').snapshotValues()[1]?.[0]).toContain(said);
  });

  it('no room left for a new sheet: the operation stops and says why, with no stack', () => {
    const wb = toFake([{ name: '投诉登记', rows: complaintsLog(4) }]);
    const history = wb.addSheet('历史数据');
    history.maxRows = Math.floor((LIMITS.cells - 26_000 - 1_000) / 26);
    open(wb);
    menuValidateAll();
    expect(wb.alerts).toEqual([
      '客服助手\n本表格已达到 Google 表格 1000 万个单元格的上限，无法新建「校验报告」。请删除不用的空行、空列或工作表后重新运行。',
    ]);
  });

  it('at 18,278 columns: no deadline columns, said; the rest done', () => {
    const wb = toFake([{ name: '投诉登记', rows: complaintsLog(4) }]);
    wb.sheet('投诉登记').maxColumns = 18_276;
    wb.sheet('投诉登记').maxRows = 10;
    open(wb);
    menuCheckComplaints();
    expect(wb.alerts).toEqual([]);
    expect(wb.sheet('投诉登记').maxColumns).toBe(18_276);
    expect(wb.toasts.at(-1)?.message).toContain(
      '「投诉登记」已达到 Google 表格每张表 18278 列的上限：I:K 未能完成：插入列；其余已完成。',
    );
  });
});
