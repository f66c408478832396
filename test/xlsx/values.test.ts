// The streaming reader (src/xlsx/reader.ts) reads every cell as ExcelJS's own loader does: the
// port over its values gives what XlsxWorkbook gives over the same file loaded whole, for the
// demo, every example sheet, and a workbook of every kind of cell (formulas' cached results of
// each type, dates by format and in the 1904 system, rich text, hyperlinks, merges, errors, text
// written inline, marks), whatever rows and columns are asked for.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetGrid, WorkbookPort } from '../../src/app/port';
import { LIMITS } from '../../src/cli/files';
import { openXlsx } from '../../src/xlsx/adapter';
import { readXlsxValues } from '../../src/xlsx/reader';
import { ValuesWorkbook } from '../../src/xlsx/values';
import { writeXlsxByHand } from '../helpers/xlsx-by-hand';

const ROOT = join(__dirname, '..', '..');
const ZONE = 'Asia/Shanghai';

async function both(file: string): Promise<[WorkbookPort, WorkbookPort]> {
  const whole = await openXlsx(file, ZONE, 'zh_CN');
  const values = new ValuesWorkbook(
    await readXlsxValues(file, { label: file, limits: LIMITS }),
    ZONE,
    'zh_CN',
  );
  return [whole, values];
}

/** A grid with its merges in a stable order (the two readers find them in different orders). */
function normal(grid: SheetGrid): SheetGrid {
  const merges = [...(grid.merges ?? [])].sort((a, b) => a.row - b.row || a.column - b.column);
  return { ...grid, merges };
}

async function expectSameReads(file: string): Promise<void> {
  const [whole, values] = await both(file);
  expect(values.listSheets()).toEqual(whole.listSheets());
  expect(values.readOwnMarks()).toEqual(whole.readOwnMarks());
  expect(whole.listSheets().length, file).toBeGreaterThan(0);
  for (const sheet of whole.listSheets()) {
    expect(normal(values.readGrid(sheet, { merges: true })), `${file} ${sheet}`).toEqual(
      normal(whole.readGrid(sheet, { merges: true })),
    );
    for (const request of [
      { firstRow: 2, numRows: 3 },
      { firstRow: 1, numRows: 1, firstColumn: 2, numColumns: 2 },
      { firstRow: 500, numRows: 10 },
    ]) {
      expect(values.readGrid(sheet, request), `${sheet} ${JSON.stringify(request)}`).toEqual(
        whole.readGrid(sheet, request),
      );
    }
    expect(values.readRowMarks(sheet)).toEqual(whole.readRowMarks(sheet));
  }
}

/** A workbook holding every kind of cell the engine may meet. */
async function everyKindOfCell(file: string, options: { sharedStrings: boolean; date1904: boolean }) {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('投诉登记');
  ws.addRow(['投诉登记表 & <汇总> "2026"', null, null]);
  ws.mergeCells('A1:C1');
  ws.addRow(['投诉编号', '投诉时间', '分值', '已结', '链接', '公式', '备注']);
  const when = new Date(Date.UTC(2026, 9, 5, 9, 30));
  ws.addRow([
    'KS-1',
    when,
    3.25,
    true,
    { text: '第 3 行', hyperlink: '#投诉登记!A3' },
    { formula: 'C3*2', result: 6.5 },
    { richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] },
  ]);
  const row4 = ws.addRow([
    'KS-2',
    { formula: 'B3+1', result: new Date(Date.UTC(2026, 9, 6, 9, 30)) },
    { formula: 'C3>1', result: true },
    { formula: 'A3&"x"', result: 'KS-1x' },
    { text: '7', hyperlink: 'https://example.invalid/' },
    { formula: '1/0', result: { error: '#DIV/0!' } },
    { error: '#N/A' },
  ]);
  row4.getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
  const row5 = ws.addRow(['  空格  ', '', 0, false, null, { formula: 'NOW()' }, 'line\nbreak']);
  row5.getCell(3).numFmt = 'yyyy"年"m"月"d"日"';
  ws.addRow(['KS-3', 45_000, 45_000.5, 'merged', 'hidden by the merge']);
  const row7 = ws.addRow(['', '', '', '', 'also hidden']);
  row7.getCell(2).numFmt = '0.00%';
  ws.mergeCells('D6:E7');
  ws.getCell('B8').value = 7;
  ws.getCell('B8').numFmt = 'mm-dd-yy';
  ws.getCell('C8').value = { formula: 'SUM(C3:C7)', result: 3.25 } as ExcelJS.CellFormulaValue;
  ws.getCell('C9').value = { sharedFormula: 'C8', result: 9 } as unknown as ExcelJS.CellValue;
  const other = wb.addWorksheet("O'Brien 表");
  other.getCell('C2').value = 'far';
  (wb.definedNames as unknown as { add(loc: string, name: string): void }).add(
    "'投诉登记'!$H$2",
    'KefuSheets.c.column.state',
  );
  await wb.xlsx.writeFile(file, { useSharedStrings: options.sharedStrings } as ExcelJS.XlsxWriteOptions);
}

describe('the streaming reader reads as ExcelJS loads', () => {
  it('the demo workbook and every example sheet', async () => {
    const real = join(ROOT, 'examples', 'real');
    const files = [
      join(ROOT, 'examples', 'demo.xlsx'),
      ...readdirSync(real)
        .filter((name) => name.endsWith('.xlsx'))
        .map((name) => join(real, name)),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) await expectSameReads(file);
  });

  it.each([
    { sharedStrings: true, date1904: false },
    { sharedStrings: false, date1904: false },
    { sharedStrings: true, date1904: true },
  ])('every kind of cell (%o)', async (options) => {
    const file = join(mkdtempSync(join(tmpdir(), 'kefu-values-')), 'cells.xlsx');
    await everyKindOfCell(file, options);
    await expectSameReads(file);
    const [, values] = await both(file);
    const grid = values.readGrid('投诉登记');
    // What the engine sees, spelled out: a real instant for the date, '' for merged-away cells.
    expect(grid.values[2]?.[1]).toEqual(new Date(Date.UTC(2026, 9, 5, 1, 30)));
    expect(grid.values[2]?.[6]).toBe('富文本');
    expect(grid.values[3]?.[5]).toBe('#DIV/0!');
    expect(grid.values[5]?.[4]).toBe('');
    expect(grid.values[6]?.[4]).toBe('');
  });

  it('cells as other programs write them: inline strings, cached results of every type, escapes, a lying dimension', async () => {
    const file = writeXlsxByHand(join(mkdtempSync(join(tmpdir(), 'kefu-values-')), 'hand.xlsx'), {
      date1904: true,
      sharedStrings: [
        '<t>投诉编号</t>',
        '<r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve">文本 </t></r>',
        '<t>换_x000D_行 &amp; &#x4E2D;</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh>',
        '<t/>',
      ],
      styles:
        '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
        '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176"/><xf numFmtId="10"/></cellXfs>',
      definedNames: '<definedName name="KefuSheets.s.sheet.report">\'手写\'!$A$1</definedName>',
      sheets: [
        {
          name: '手写',
          dimension: 'A1:XFD1048576',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
            '<row r="3" spans="1:9"><c r="A3" t="inlineStr"><is><t>行内 &lt;文本&gt;</t></is></c>' +
            '<c r="B3" t="inlineStr"><is><r><t>行</t></r><r><t>内</t></r></is></c>' +
            '<c r="C3" s="1"><v>45000.25</v></c><c r="D3" s="2"><v>45001</v></c><c r="E3" s="3"><v>0.5</v></c>' +
            '<c r="F3" t="b"><v>1</v></c><c r="G3" t="e"><v>#REF!</v></c><c r="H3" t="str"><v>a &amp;amp; b</v></c>' +
            '<c r="I3" s="1"/></row>' +
            '<row r="4"><c r="A4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="B4" t="b"><f>1&gt;0</f><v>0</v></c>' +
            '<c r="C4" t="e"><f>NA()</f><v>#N/A</v></c><c r="D4" s="1"><f>C3+1</f><v>45001.25</v></c>' +
            '<c r="E4"><f t="shared" ref="E4:E5" si="0">C3*2</f><v>2</v></c><c r="F4"><f>NOW()</f></c></row>' +
            '<row r="5"><c r="E5"><f t="shared" si="0"/><v>4</v></c><c r="G5"><v>12</v></c></row>' +
            '<row r="6"><c r="A6"><v>1</v></c><c r="B6"><v>2</v></c><c r="C6"><v>3</v></c></row>' +
            '<row r="7"><c r="A7"><v>4</v></c><c r="B7"><v>5</v></c></row>',
          after:
            '<mergeCells count="1"><mergeCell ref="A6:B7"/></mergeCells><hyperlinks><hyperlink ref="G5" location="\'手写\'!A1" display="12"/></hyperlinks>',
        },
      ],
    });
    await expectSameReads(file);
    const [, values] = await both(file);
    const grid = values.readGrid('手写');
    // Row 7 is wholly merged away (A6:B7): the extent ends at row 6, whatever the dimension says.
    expect(grid.lastRow).toBe(6);
    expect(grid.width).toBe(8);
    expect(grid.values[0]).toEqual(['投诉编号', '富文本 ', '换\r行 & 中', '', '', '', '', '']);
    expect(grid.values[2]?.slice(0, 2)).toEqual(['行内 <文本>', '行内']);
    expect(grid.values[5]).toEqual([1, '', 3, '', '', '', '', '']);
  });
});
