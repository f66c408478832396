// The workbook port's contract, run against both adapters — the Sheets adapter over the fake and
// the ExcelJS adapter over a real .xlsx file — and against the in-memory workbook the operation
// tests drive (test/fake/memory-workbook.ts), so it behaves as the adapters do. The operations may
// rely on exactly what is here.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Block, listPrint, type WorkbookPort } from '../src/app/port';
import { a1Of } from '../src/gas/adapter';
import { openXlsx, saveXlsx, type XlsxWorkbook } from '../src/xlsx/adapter';
import type { MemoryWorkbook } from './fake/memory-workbook';
import type { FakeWorkbook } from './fake/spreadsheet';
import { installFake } from './helpers/install';
import { sheetsPort } from './helpers/sheets-port';
import { type SheetData, sh, toFake, toMemory, toXlsx } from './helpers/workbooks';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const SHEETS: SheetData[] = [
  {
    name: '登记',
    rows: [
      ['标题', null, null],
      ['日期', '姓名', '分值'],
      [sh(2026, 10, 5, 14, 30), '王芳', 3],
      [sh(2026, 10, 6), '', -1.5],
      [null, '李娜', true],
    ],
  },
  { name: '空表', rows: [] },
];

interface Medium {
  readonly name: string;
  /** Whether the medium keeps charts (.xlsx through ExcelJS has none). */
  readonly charts: boolean;
  /** A port over a workbook holding SHEETS. */
  open(): Promise<WorkbookPort>;
  /** The same workbook as the medium keeps it (for .xlsx: saved and read back from the file). */
  reopen(port: WorkbookPort): Promise<WorkbookPort>;
  /** A team's own strict dropdown with a help text on a block, set as the team sets it. */
  teamDropdown(port: WorkbookPort, sheet: string, block: Block, values: readonly string[]): void;
  /**
   * Where the medium has protections (Data › Protect sheets and ranges): protects a block, or the
   * whole sheet, against the user running the add-on.
   */
  protect?(port: WorkbookPort, sheet: string, block?: Block): void;
}

/** The fake spreadsheet the Sheets medium opened last. */
let fake: FakeWorkbook | null = null;

const MEDIA: Medium[] = [
  {
    name: 'Sheets adapter over the fake',
    charts: true,
    async open() {
      fake = installFake(toFake(SHEETS));
      return sheetsPort();
    },
    async reopen(port) {
      return port;
    },
    teamDropdown(_port, sheet, block, values) {
      const range = SpreadsheetApp.getActive()
        .getSheetByName(sheet)
        ?.getRange(block.row, block.column, block.numRows, block.numColumns);
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...values], true)
        .setAllowInvalid(false)
        .setHelpText('请从下拉列表中选择')
        .build();
      range?.setDataValidation(rule);
    },
    protect(_port, sheet, block) {
      if (!fake) throw new Error('no fake open');
      // A supervisor owns the spreadsheet and protects it; an agent runs the add-on.
      fake.owner = 'boss@example.com';
      if (block) fake.protectRange(sheet, a1Of(block));
      else fake.protectSheet(sheet);
    },
  },
  {
    name: 'ExcelJS adapter over an .xlsx file',
    charts: false,
    async open() {
      const file = join(mkdtempSync(join(tmpdir(), 'kefu-port-')), 'in.xlsx');
      await toXlsx(SHEETS, file);
      return openXlsx(file, 'Asia/Shanghai', 'zh_CN');
    },
    async reopen(port) {
      const file = join(mkdtempSync(join(tmpdir(), 'kefu-port-')), 'out.xlsx');
      await saveXlsx(port as XlsxWorkbook, file);
      return openXlsx(file, 'Asia/Shanghai', 'zh_CN');
    },
    teamDropdown(port, sheet, block, values) {
      const ws = (port as XlsxWorkbook).workbook.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet}`);
      for (let r = block.row; r < block.row + block.numRows; r++) {
        ws.getCell(r, block.column).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${values.join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'stop',
          promptTitle: '提示',
          prompt: '请从下拉列表中选择',
        };
      }
    },
  },
  {
    name: 'in-memory workbook of the operation tests',
    charts: true,
    async open() {
      return toMemory(SHEETS);
    },
    async reopen(port) {
      return port;
    },
    teamDropdown(port, sheet, block, values) {
      const memory = port as MemoryWorkbook;
      for (let r = block.row; r < block.row + block.numRows; r++) {
        for (let c = block.column; c < block.column + block.numColumns; c++) {
          memory.sheet(sheet).setValidation(r, c, {
            values,
            allowInvalid: false,
            helpText: '请从下拉列表中选择',
          });
        }
      }
    },
    protect(port, sheet, block) {
      (port as MemoryWorkbook).protect(sheet, block);
    },
  },
];

describe.each(MEDIA)('the workbook port: $name', (medium) => {
  it('lists the sheets in tab order and reads a grid with blanks as "" and dates as instants', async () => {
    const port = await medium.open();
    expect(port.listSheets()).toEqual(['登记', '空表']);
    const grid = port.readGrid('登记');
    expect(grid).toMatchObject({ sheet: '登记', firstRow: 1, firstColumn: 1, lastRow: 5, width: 3 });
    expect(grid.values[1]).toEqual(['日期', '姓名', '分值']);
    expect(grid.values[2]?.[0]).toEqual(sh(2026, 10, 5, 14, 30));
    expect(grid.values[3]).toEqual([sh(2026, 10, 6), '', -1.5]);
    expect(grid.values[4]).toEqual(['', '李娜', true]);
    expect(grid.values.every((line) => line.length === 3)).toBe(true);
  });

  it('reads an empty sheet as no rows', async () => {
    const port = await medium.open();
    expect(port.readGrid('空表')).toMatchObject({ values: [], lastRow: 0, width: 0 });
  });

  it('reads a block of rows and columns, clamped to the used range', async () => {
    const port = await medium.open();
    const block = port.readGrid('登记', { firstRow: 4, numRows: 10, firstColumn: 2, numColumns: 2 });
    expect(block).toMatchObject({ firstRow: 4, firstColumn: 2, lastRow: 5, width: 3 });
    expect(block.values).toEqual([
      ['', -1.5],
      ['李娜', true],
    ]);
  });

  it('writes a block in one call: text is never a formula, dates stay instants, links keep their text', async () => {
    let port = await medium.open();
    port.createSheet('结果', { rows: [], frozenRows: 0 });
    port.writeBlock('结果', 2, 2, [
      ['=IMPORTXML("x")', '+5', sh(2026, 11, 5, 9)],
      [null, 7, { text: '登记!A3', link: { sheet: '登记', row: 3, column: 1 } }],
    ]);
    port = await medium.reopen(port);
    const grid = port.readGrid('结果');
    expect(grid.lastRow).toBe(3);
    expect(grid.values[1]).toEqual(['', '=IMPORTXML("x")', '+5', sh(2026, 11, 5, 9)]);
    expect(grid.values[2]).toEqual(['', '', 7, '登记!A3']);
  });

  it('keeps notes and fills it writes, and clears them with ""', async () => {
    let port = await medium.open();
    const block = { row: 3, column: 2, numRows: 1, numColumns: 2 };
    port.writeMarks('登记', block, { notes: [['【客服助手】x', '']], backgrounds: [['#fce8e6', '#ffffff']] });
    port = await medium.reopen(port);
    expect(port.readMarks('登记', block)).toEqual({
      notes: [['【客服助手】x', '']],
      backgrounds: [['#fce8e6', '#ffffff']],
    });
    port.writeMarks('登记', block, { notes: [['', '']], backgrounds: [['#ffffff', '#ffffff']] });
    port = await medium.reopen(port);
    expect(port.readMarks('登记', block).notes).toEqual([['', '']]);
    expect(port.readMarks('登记', block).backgrounds).toEqual([['#ffffff', '#ffffff']]);
  });

  it('creates a sheet only once, and resets its own sheet to empty', async () => {
    const port = await medium.open();
    expect(port.createSheet('新表', { rows: [['甲', '乙']], frozenRows: 1 })).toBe(true);
    expect(port.createSheet('新表', { rows: [['丙']], frozenRows: 1 })).toBe(false);
    expect(port.readGrid('新表').values).toEqual([['甲', '乙']]);
    port.resetSheet('新表');
    expect(port.readGrid('新表').values).toEqual([]);
    port.resetSheet('另一个');
    expect(port.listSheets()).toContain('另一个');
  });

  it('inserts and deletes rows, moving the rows below', async () => {
    let port = await medium.open();
    port.createSheet('块', { rows: [['a'], ['b'], ['c']], frozenRows: 0 });
    port.insertRows('块', 2, 2);
    port.writeBlock('块', 2, 1, [['x'], ['y']]);
    port.deleteRows('块', 4, 1);
    port = await medium.reopen(port);
    expect(port.readGrid('块').values).toEqual([['a'], ['x'], ['y'], ['c']]);
  });

  it('sets warning-only dropdowns, replaces only its own, and leaves any other validation alone', async () => {
    let port = await medium.open();
    const block = { row: 3, column: 2, numRows: 3, numColumns: 1 };
    const staff = { block, values: ['王芳', '李娜'] };
    expect(port.setListValidations('登记', [staff])).toHaveLength(1);
    port = await medium.reopen(port);
    // The same list again: exactly as it would set it, so nothing to change.
    expect(port.setListValidations('登记', [staff])).toHaveLength(1);
    // Another list over cells that hold a validation, not known as the add-on's: left alone.
    expect(port.setListValidations('登记', [{ block, values: ['其他'] }])).toHaveLength(0);
    // Known as the add-on's (its mark names the earlier list): replaced by the new list.
    const next = { block, values: ['王芳', '李娜', '张伟'], previous: listPrint(staff.values) };
    expect(port.setListValidations('登记', [next])).toHaveLength(1);
    port = await medium.reopen(port);
    expect(port.setListValidations('登记', [next])).toHaveLength(1);
  });

  it("never replaces or loosens a team's dropdown, even one with the add-on's list", async () => {
    const port = await medium.open();
    const block = { row: 3, column: 2, numRows: 3, numColumns: 1 };
    const values = ['王芳', '李娜'];
    medium.teamDropdown(port, '登记', block, values);
    expect(port.setListValidations('登记', [{ block, values }])).toHaveLength(0);
    expect(port.setListValidations('登记', [{ block, values, previous: listPrint(values) }])).toHaveLength(0);
  });

  it('keeps its marks on sheets, rows and columns as rows and columns move, and removes them', async () => {
    let port = await medium.open();
    port.createSheet('块', { rows: [['a'], ['b'], ['c'], ['d']], frozenRows: 0 });
    port.addOwnMark('块', { on: 'sheet' }, 'sheet:scores');
    port.addOwnMark('块', { on: 'row', row: 2 }, 'block:2026-10:start');
    port.addOwnMark('块', { on: 'row', row: 3 }, 'block:2026-10:end');
    port.addOwnMark('登记', { on: 'column', column: 3 }, 'column:replyDue');
    port = await medium.reopen(port);
    expect(port.readOwnMarks()).toEqual([
      { sheet: '块', place: { on: 'sheet' }, value: 'sheet:scores' },
      { sheet: '登记', place: { on: 'column', column: 3 }, value: 'column:replyDue' },
    ]);
    port.insertRows('块', 1, 2);
    port.deleteRows('块', 5, 1);
    port.writeBlock('登记', 2, 3, [['x']]);
    port.insertColumnsAfter('登记', 1, 1);
    port = await medium.reopen(port);
    // Row 2 moved to 4; row 3 (moved to 5) was deleted, and its mark with it.
    expect(port.readRowMarks('块')).toEqual([
      { sheet: '块', place: { on: 'row', row: 4 }, value: 'block:2026-10:start' },
    ]);
    expect(port.readOwnMarks()).toContainEqual({
      sheet: '登记',
      place: { on: 'column', column: 4 },
      value: 'column:replyDue',
    });
    port.removeOwnMark('登记', { on: 'column', column: 4 }, 'column:replyDue');
    port = await medium.reopen(port);
    expect(port.readOwnMarks()).toEqual([{ sheet: '块', place: { on: 'sheet' }, value: 'sheet:scores' }]);
  });

  it('reports whether it can keep a chart', async () => {
    const port = await medium.open();
    const chart = {
      title: '图',
      labels: { row: 3, column: 2, numRows: 3, numColumns: 1 },
      values: { row: 3, column: 3, numRows: 3, numColumns: 1 },
      anchorRow: 1,
      anchorColumn: 5,
    };
    expect(port.setOwnChart('登记', chart)).toBe(medium.charts);
  });

  it('knows its time zone and locale', async () => {
    const port = await medium.open();
    expect(port.timeZone).toBe('Asia/Shanghai');
    expect(port.locale).toBe('zh_CN');
  });
});

describe.each(MEDIA.filter((m) => m.protect))('the workbook port under protections: $name', (medium) => {
  const protect = (port: WorkbookPort, sheet: string, block?: Block) => {
    // The Sheets adapter logs each write it skips (a trigger has no one to tell).
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    medium.protect?.(port, sheet, block);
  };

  it('writes around a protected range and says which cells it could not write', async () => {
    const port = await medium.open();
    protect(port, '登记', { row: 3, column: 2, numRows: 3, numColumns: 1 });
    port.writeBlock('登记', 3, 1, [
      ['x', 'y', 'z'],
      ['u', 'v', 'w'],
    ]);
    port.writeMarks(
      '登记',
      { row: 3, column: 1, numRows: 1, numColumns: 3 },
      { notes: [['a', 'b', 'c']], backgrounds: [['#fce8e6', '#fce8e6', '#ffffff']] },
    );
    const grid = port.readGrid('登记');
    expect(grid.values[2]).toEqual(['x', '王芳', 'z']);
    expect(grid.values[3]).toEqual(['u', '', 'w']);
    expect(port.readMarks('登记', { row: 3, column: 1, numRows: 1, numColumns: 3 })).toEqual({
      notes: [['a', '', 'c']],
      backgrounds: [['#fce8e6', '#ffffff', '#ffffff']],
    });
    expect(port.skippedWrites?.()).toEqual([
      { sheet: '登记', range: 'B3:B4', what: 'values', reason: 'protected' },
      { sheet: '登记', range: 'B3', what: 'notes', reason: 'protected' },
      { sheet: '登记', range: 'B3', what: 'colours', reason: 'protected' },
    ]);
  });

  it('refuses rows and values in a protected sheet, and leaves the other sheets writable', async () => {
    const port = await medium.open();
    protect(port, '登记');
    expect(port.insertRows('登记', 2, 1)).toBe(false);
    expect(port.deleteRows('登记', 3, 1)).toBe(false);
    port.writeBlock('登记', 1, 1, [['新']]);
    port.writeBlock('空表', 1, 1, [['新']]);
    expect(port.readGrid('登记').values[0]).toEqual(['标题', '', '']);
    expect(port.readGrid('登记').lastRow).toBe(5);
    expect(port.readGrid('空表').values).toEqual([['新']]);
    expect(port.skippedWrites?.()).toEqual([
      { sheet: '登记', range: '2:2', what: 'rows', reason: 'protected' },
      { sheet: '登记', range: '3:3', what: 'rows', reason: 'protected' },
      { sheet: '登记', range: 'A1', what: 'values', reason: 'protected' },
    ]);
  });
});
