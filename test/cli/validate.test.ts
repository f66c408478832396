import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { teamWorkbook, toXlsx } from '../helpers/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'kefu-validate-'));
const faulty = join(dir, 'faulty.xlsx');
const clean = join(dir, 'clean.xlsx');
const NOW = '2026-11-05T10:00';

beforeAll(async () => {
  await toXlsx(teamWorkbook(true).sheets, faulty);
  await toXlsx(teamWorkbook(false).sheets, clean);
});

describe('kefu-sheets validate', () => {
  it('reports every planted fault in the contract’s JSON and exits 1', () => {
    const { expected } = teamWorkbook(true);
    const result = runCli(['validate', faulty, '--now', NOW, '--json'], dir);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    const key = (i: { sheet: string; row: number; field: string; code: string; severity: string }) =>
      `${i.sheet}|${i.row}|${i.field}|${i.code}|${i.severity}`;
    expect(json.issues.map(key).sort()).toEqual(expected.map(key).sort());
    expect(json.summary).toEqual({
      rowsChecked: 29,
      errors: expected.filter((e) => e.severity === 'error').length,
      warnings: expected.filter((e) => e.severity === 'warning').length,
    });
    expect(json.issues[0]).toEqual({
      sheet: '售后记录2026',
      row: 5,
      field: '客户电话',
      header: '电话',
      code: 'invalid_phone',
      severity: 'error',
      message: '「电话」不是有效的电话号码（手机 11 位，座机须带区号）',
    });
  });

  it('exits 0 on a clean workbook', () => {
    const result = runCli(['validate', clean, '--now', NOW, '--lang', 'en'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No issues found.');
    expect(result.stdout).toContain('29 rows checked: 0 errors, 0 warnings');
  });

  it('treats --now as a wall-clock time in the workbook’s zone', () => {
    // 2026-12-01 00:30 in Shanghai is still 2026-11-30 in UTC: the future-date warning must go.
    const json = JSON.parse(runCli(['validate', faulty, '--now', '2026-12-01T00:30', '--json'], dir).stdout);
    expect(
      json.issues.some((i: { code: string; row: number }) => i.code === 'future_date' && i.row === 8),
    ).toBe(false);
  });

  it('writes the same marks and report into a copy with --out, never touching the input', async () => {
    const before = readFileSync(faulty);
    const out = join(dir, 'marked.xlsx');
    const result = runCli(['validate', faulty, '--now', NOW, '--out', out], dir);
    expect(result.code).toBe(1);
    expect(readFileSync(faulty)).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const reg = wb.getWorksheet('售后记录2026')!;
    expect(String(reg.getCell('B5').note)).toMatch(/^【客服助手】「电话」不是有效的电话号码/);
    expect(reg.getCell('B5').value).toBe('1381234567');
    expect((reg.getCell('B5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFCE8E6');
    const report = wb.getWorksheet('校验报告')!;
    const column = report.getColumn(1).values as unknown[];
    const headerRow = column.indexOf('工作表');
    expect(headerRow).toBeGreaterThan(2);
    expect(column[2]).toBe('表格识别');
    expect(report.getCell(headerRow + 1, 8).value).toEqual({
      text: '售后记录2026!B5',
      hyperlink: "#'售后记录2026'!B5",
    });
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(faulty);
    for (const ws of original.worksheets) {
      const copy = wb.getWorksheet(ws.name)!;
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          expect(copy.getCell(r, c).value, `${ws.name}!${cell.address}`).toEqual(cell.value);
        }),
      );
    }
  });

  it('rejects a garbled --now with exit 2', () => {
    const result = runCli(['validate', faulty, '--now', 'tomorrow'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--now 应为 ISO 8601');
  });
});
