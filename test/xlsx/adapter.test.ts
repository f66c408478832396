import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openXlsx, saveXlsx } from '../../src/xlsx/adapter';

const dir = mkdtempSync(join(tmpdir(), 'kefu-xlsx-'));
const file = join(dir, 'in.xlsx');

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('奖惩登记');
  ws.getCell('A1').value = '每月奖罚登记表';
  ws.mergeCells('A1:C1');
  ws.getRow(2).values = ['日期', '姓名', '分值'];
  // ExcelJS stores the wall clock as UTC: this cell shows 2026-10-05 14:30.
  ws.getCell('A3').value = new Date(Date.UTC(2026, 9, 5, 14, 30));
  ws.getCell('B3').value = { richText: [{ text: '马' }, { text: '丽' }] };
  ws.getCell('C3').value = { formula: '1-4', result: -3 };
  ws.getCell('B4').value = '张伟';
  ws.getCell('B4').note = '用户自己的批注';
  ws.getCell('C4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  await wb.xlsx.writeFile(file);
});

describe('the .xlsx adapter', () => {
  it('reads dates as instants in the workbook time zone, merged cells as blanks, formulas as results', async () => {
    const port = await openXlsx(file, 'Asia/Shanghai', 'zh_CN');
    const grid = port.readGrid('奖惩登记');
    expect(grid.lastRow).toBe(4);
    expect(grid.width).toBe(3);
    expect(grid.values[0]).toEqual(['每月奖罚登记表', '', '']);
    expect(grid.values[2]).toEqual([new Date(Date.UTC(2026, 9, 5, 6, 30)), '马丽', -3]);
    expect(grid.values[3]).toEqual(['', '张伟', '']);
  });

  it('reads notes and fills, and writes marks without touching other cells', async () => {
    const port = await openXlsx(file, 'Asia/Shanghai', 'zh_CN');
    const block = { row: 4, column: 2, numRows: 1, numColumns: 2 };
    expect(port.readMarks('奖惩登记', block)).toEqual({
      notes: [['用户自己的批注', '']],
      backgrounds: [['#ffffff', '#00ff00']],
    });
    port.writeMarks(
      '奖惩登记',
      { row: 3, column: 1, numRows: 1, numColumns: 1 },
      { notes: [['【客服助手】x']], backgrounds: [['#fce8e6']] },
    );
    expect(port.readMarks('奖惩登记', { row: 3, column: 1, numRows: 2, numColumns: 3 })).toEqual({
      notes: [
        ['【客服助手】x', '', ''],
        ['', '用户自己的批注', ''],
      ],
      backgrounds: [
        ['#fce8e6', '#ffffff', '#ffffff'],
        ['#ffffff', '#ffffff', '#00ff00'],
      ],
    });
    port.writeMarks(
      '奖惩登记',
      { row: 3, column: 1, numRows: 1, numColumns: 1 },
      { notes: [['']], backgrounds: [['#ffffff']] },
    );
    expect(port.readMarks('奖惩登记', { row: 3, column: 1, numRows: 1, numColumns: 1 })).toEqual({
      notes: [['']],
      backgrounds: [['#ffffff']],
    });
  });

  it('writes dates back as the same wall clock and leaves the input file unchanged', async () => {
    const before = readFileSync(file);
    const port = await openXlsx(file, 'Asia/Shanghai', 'zh_CN');
    port.createSheet('校验报告', {
      rows: [['工作表', '行', '时间']],
      frozenRows: 1,
      boldHeader: true,
      widths: [120, 60, 140],
    });
    port.writeBlock('校验报告', 2, 1, [['奖惩登记', 3, new Date(Date.UTC(2026, 9, 5, 6, 30))]]);
    port.writeBlock('校验报告', 3, 1, [
      [{ text: '奖惩登记!A3', link: { sheet: '奖惩登记', row: 3, column: 1 } }, null, null],
    ]);
    const out = join(dir, 'out.xlsx');
    await saveXlsx(port, out);
    expect(readFileSync(file)).toEqual(before);

    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(out);
    const report = check.getWorksheet('校验报告')!;
    expect(report.getCell('C2').value).toEqual(new Date(Date.UTC(2026, 9, 5, 14, 30)));
    expect(report.getCell('A3').value).toEqual({ text: '奖惩登记!A3', hyperlink: "#'奖惩登记'!A3" });
    expect(report.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const reread = await openXlsx(out, 'Asia/Shanghai', 'zh_CN');
    expect(reread.readGrid('奖惩登记').values[2]?.[0]).toEqual(new Date(Date.UTC(2026, 9, 5, 6, 30)));
  });

  it('adds its conditional formats and list validations and replaces only its own', async () => {
    const port = await openXlsx(file, 'Asia/Shanghai', 'zh_CN');
    const ws = port.workbook.getWorksheet('奖惩登记')!;
    ws.addConditionalFormatting({
      ref: 'C3:C4',
      rules: [{ type: 'expression', priority: 1, formulae: ['$C3<0'], style: {} }],
    });
    const block = { row: 3, column: 1, numRows: 2, numColumns: 3 };
    port.setOwnConditionalRules('奖惩登记', [
      { block, formula: '=AND(N("kefu-sheets")=0,$A3="")', background: '#fce8e6' },
    ]);
    port.setOwnConditionalRules('奖惩登记', [
      { block, formula: '=AND(N("kefu-sheets")=0,$B3="")', background: '#fce8e6' },
    ]);
    const { conditionalFormattings } = ws as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const formulas = conditionalFormattings.flatMap((cf) =>
      cf.rules.flatMap((r) => ('formulae' in r ? (r.formulae ?? []) : [])),
    );
    expect(formulas).toEqual(['$C3<0', 'AND(N("kefu-sheets")=0,$B3="")']);
    port.setListValidations('奖惩登记', [
      { block: { row: 3, column: 2, numRows: 10, numColumns: 1 }, values: ['有效', '撤销'] },
    ]);
    const out = join(dir, 'validations.xlsx');
    await saveXlsx(port, out);
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(out);
    const reread = check.getWorksheet('奖惩登记')!;
    expect(reread.getCell('B7').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"有效,撤销"'],
      errorStyle: 'warning',
    });
    expect(reread.getCell('B13').dataValidation).toBeUndefined();
  });
});

describe('marks in an .xlsx whose cells share a style', () => {
  it('colours only the marked cell, not every cell read with the same style', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('登记');
    for (let r = 1; r <= 4; r++) {
      ws.getCell(r, 1).value = new Date(Date.UTC(2026, 9, r));
      ws.getCell(r, 1).numFmt = 'yyyy-mm-dd';
    }
    const shared = join(dir, 'shared-style.xlsx');
    await wb.xlsx.writeFile(shared);
    const port = await openXlsx(shared, 'Asia/Shanghai', 'zh_CN');
    port.writeMarks(
      '登记',
      { row: 3, column: 1, numRows: 1, numColumns: 1 },
      { notes: [['【客服助手】x']], backgrounds: [['#fce8e6']] },
    );
    port.setNumberFormat('登记', { row: 4, column: 1, numRows: 1, numColumns: 1 }, 'yyyy-mm-dd hh:mm');
    const out = join(dir, 'shared-style-out.xlsx');
    await saveXlsx(port, out);
    const check = await openXlsx(out, 'Asia/Shanghai', 'zh_CN');
    expect(check.readMarks('登记', { row: 1, column: 1, numRows: 4, numColumns: 1 }).backgrounds).toEqual([
      ['#ffffff'],
      ['#ffffff'],
      ['#fce8e6'],
      ['#ffffff'],
    ]);
    const formats = [1, 2, 3, 4].map((r) => check.workbook.getWorksheet('登记')!.getCell(r, 1).numFmt);
    expect(formats).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm']);
  });
});
