// Nothing the team owns is touched: a team that keeps sheets of the add-on's own names (校验报告,
// 月度考核 with a look-alike block title, 超时投诉, 回访计划, 投诉周报) keeps every cell of them,
// whatever operation runs, in Sheets and in the CLI's --out copy; the results go to free names.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runComplaints } from '../src/app/operations/complaints';
import { loadWorkbook } from '../src/app/workbook';
import { isOwnNote } from '../src/app/writes/marks';
import { main } from '../src/cli/main';
import {
  menuCallbacks,
  menuCheckComplaints,
  menuComputeScores,
  menuSetup,
  menuValidateAll,
  menuWeekly,
  sidebarComputeScores,
} from '../src/gas/entry';
import type { FakeWorkbook, SheetModel } from './fake/spreadsheet';
import { DEMO_FILE, demoFake } from './helpers/demo-fake';
import { installFake } from './helpers/install';
import { sheetsPort } from './helpers/sheets-port';
import { ownSheetNames, workbookState } from './helpers/state';
import { sh } from './helpers/workbooks';

/** The team's own sheets that happen to carry the add-on's names. */
const TEAM_SHEETS: { name: string; rows: (string | number | Date)[][] }[] = [
  {
    name: '校验报告',
    rows: [
      ['2026年10月 表格检查记录'],
      ['检查日期', '检查人', '结论'],
      [sh(2026, 10, 31), '王芳', '合格'],
      [sh(2026, 11, 1), '李娜', '售后登记缺两行电话，已补'],
    ],
  },
  {
    name: '月度考核',
    rows: [
      ['2026-10 月度考核（团队手工版）'],
      ['姓名', '得分', '备注'],
      ['王芳', 98, ''],
      ['李娜', 95, '迟到一次'],
      [''],
      ['2026-09 月度考核'],
      ['姓名', '得分', '备注'],
      ['王芳', 100, ''],
    ],
  },
  {
    name: '超时投诉',
    rows: [['超时投诉 · 团队跟进'], ['编号', '跟进人', '进展'], ['K-1', '王芳', '已致电，周五前给方案']],
  },
  {
    name: '回访计划',
    rows: [
      ['周次', '计划内容', '负责人'],
      ['W45', '回访上月投诉客户', '李娜'],
    ],
  },
  {
    name: '投诉周报',
    rows: [['2026-W44 投诉周报（团队）'], ['本周要点', '物流延误投诉增多']],
  },
];

const NOW = new Date('2026-11-02T10:00:00+08:00');

/** Everything a cell of a team sheet holds: values, notes, colours, formats, validations. */
function sheetCells(sheet: SheetModel): string {
  return JSON.stringify({
    values: sheet.snapshotValues(),
    notes: sheet.notes,
    backgrounds: sheet.backgrounds,
    formats: sheet.formats,
    validations: sheet.validations.map((line) => line?.map((v) => v?.getCriteriaValues() ?? null)),
    rules: sheet.conditionalRules.length,
    frozen: sheet.frozenRows,
  });
}

async function teamFake(): Promise<FakeWorkbook> {
  const wb = await demoFake();
  for (const { name, rows } of TEAM_SHEETS) {
    const sheet = wb.addSheet(name, rows);
    sheet.setNote(2, 1, '团队批注：每月底检查');
    sheet.setBackground(2, 2, '#d9ead3');
  }
  return wb;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('in Google Sheets', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });

  function everyOperation(wb: FakeWorkbook): void {
    menuSetup();
    menuValidateAll();
    wb.promptAnswers.push('2026-10');
    menuComputeScores();
    sidebarComputeScores('2026-09');
    menuCheckComplaints();
    menuCallbacks();
    wb.promptAnswers.push('2026-W44');
    menuWeekly();
  }

  it('never clears, truncates or writes a team sheet that carries one of its names', async () => {
    const wb = installFake(await teamFake());
    const before = new Map(TEAM_SHEETS.map(({ name }) => [name, sheetCells(wb.sheet(name))]));
    everyOperation(wb);
    expect(wb.alerts).toEqual([]);
    for (const { name } of TEAM_SHEETS) expect(sheetCells(wb.sheet(name)), name).toBe(before.get(name));
    // The results went beside them, each marked as the add-on's own.
    const own = ownSheetNames(wb);
    for (const { name } of TEAM_SHEETS) {
      expect(own.has(name), name).toBe(false);
      expect(own.has(`${name}（客服助手）`), name).toBe(true);
    }
    expect(wb.sheet('校验报告（客服助手）').snapshotValues()[0]?.[0]).toMatch(/^校验报告 · 生成于/);
    expect(wb.sheet('月度考核（客服助手）').snapshotValues()[0]?.[0]).toBe('2026-10 月度考核');
    // The toasts say where.
    const told = wb.toasts.map((t) => t.message).join('\n');
    expect(told).toContain('「校验报告」是团队自己的表，未作任何改动；结果写在「校验报告（客服助手）」');
    expect(told).toContain('结果写在「超时投诉（客服助手）」');
  });

  it('changes nothing on a second run of every operation', async () => {
    const wb = installFake(await teamFake());
    everyOperation(wb);
    const first = workbookState(wb);
    everyOperation(wb);
    expect(workbookState(wb)).toBe(first);
  });

  it('finds its blocks by their marks: a look-alike title typed into its own sheet is not a block', async () => {
    const wb = installFake(await teamFake());
    wb.promptAnswers.push('2026-10');
    menuComputeScores();
    const own = wb.sheet('月度考核（客服助手）');
    // Someone types a note below the block, in the words of a block title.
    const note = own.lastRow() + 2;
    own.setRaw(note, 1, '2026-10 月度考核');
    own.setRaw(note + 1, 1, '（主管：10 月已发放）');
    wb.promptAnswers.push('2026-10');
    menuComputeScores();
    const values = own.snapshotValues().map((line) => line[0]);
    expect(values.filter((v) => v === '2026-10 月度考核')).toHaveLength(2);
    expect(values).toContain('（主管：10 月已发放）');
  });

  it('adopts the sheets an earlier version made, once, by their layout', async () => {
    const wb = installFake(await demoFake());
    menuValidateAll();
    wb.promptAnswers.push('2026-10');
    menuComputeScores();
    menuCheckComplaints();
    // An earlier version set no marks: take them away, as such a document would be.
    for (const sheet of wb.sheets) sheet.metadata.length = 0;
    menuValidateAll();
    wb.promptAnswers.push('2026-10');
    menuComputeScores();
    menuCheckComplaints();
    expect(wb.sheets.map((s) => s.name).filter((n) => n.includes('客服助手'))).toEqual([]);
    expect(ownSheetNames(wb)).toEqual(new Set(['校验报告', '月度考核', '超时投诉']));
    const titles = wb
      .sheet('月度考核')
      .snapshotValues()
      .filter((line) => /月度考核$/.test(String(line[0])));
    expect(titles).toHaveLength(1);
    // The deadline columns were adopted, not added again.
    const header =
      wb
        .sheet('10月投诉')
        .snapshotValues()
        .find((line) => line.includes('答复截止')) ?? [];
    expect(header.filter((h) => h === '答复截止')).toHaveLength(1);
  });

  it('keeps a note the team edited: the problem stays in the report, the note is theirs', async () => {
    const wb = installFake(await demoFake());
    menuValidateAll();
    const sheet = wb.sheets.find((s) => s.notes.some((line) => line?.some((n) => n && isOwnNote(n))));
    if (!sheet) throw new Error('the demo has no marked cell');
    const row = sheet.notes.findIndex((line) => line?.some((n) => n && isOwnNote(n))) + 1;
    const column = (sheet.notes[row - 1] ?? []).findIndex((n) => n && isOwnNote(n)) + 1;
    const edited = `${sheet.note(row, column)}\n王芳：已联系客户核实，下周补录`;
    sheet.setNote(row, column, edited);
    // The value is fixed… but whatever it is, the note stays the team's.
    menuValidateAll();
    expect(sheet.note(row, column)).toBe(edited);
  });
});

describe('the deadline columns', () => {
  it('never land on a column another editor filled during the run', async () => {
    const wb = installFake(await demoFake());
    const port = sheetsPort();
    const workbook = loadWorkbook(port);
    const sheet = wb.sheet('10月投诉');
    const headerRow = workbook.sheets.find((s) => s.layout.sheet === '10月投诉')?.layout.headerRow ?? 0;
    const edge = sheet.lastColumn() + 1;
    // While the run computes, a colleague adds a column at the right edge.
    sheet.setRaw(headerRow, edge, '客户备注');
    sheet.setRaw(headerRow + 1, edge, '已加微信');
    runComplaints(port, { now: NOW.getTime(), lang: 'zh', write: true }, workbook);
    const header = sheet.snapshotValues()[headerRow - 1] ?? [];
    expect(header.slice(edge - 1, edge + 3)).toEqual(['答复截止', '方案截止', '状态', '客户备注']);
    expect(sheet.value(headerRow + 1, edge + 3)).toBe('已加微信');
  });

  it('are found by their marks after a column is inserted before them', async () => {
    const wb = installFake(await demoFake());
    const port = () => sheetsPort();
    runComplaints(port(), { now: NOW.getTime(), lang: 'zh', write: true });
    const sheet = wb.sheet('10月投诉');
    const headerRow = sheet.snapshotValues().findIndex((line) => line.includes('答复截止')) + 1;
    const state = (sheet.snapshotValues()[headerRow - 1] ?? []).indexOf('答复截止') + 3;
    const before = sheet.snapshotValues().map((line) => line[state - 1]);
    sheet.insertColumns(2, 1);
    sheet.setRaw(headerRow, 2, '门店');
    runComplaints(port(), { now: NOW.getTime(), lang: 'zh', write: true });
    const after = sheet.snapshotValues();
    expect(after.map((line) => line[state])).toEqual(before);
    expect((after[headerRow - 1] ?? []).filter((h) => h === '答复截止')).toHaveLength(1);
  });
});

describe('in the CLI --out copy', () => {
  async function teamXlsx(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(DEMO_FILE);
    for (const { name, rows } of TEAM_SHEETS) {
      const ws = wb.addWorksheet(name);
      rows.forEach((line) => {
        ws.addRow(line);
      });
      ws.getCell('A2').note = '团队批注：每月底检查';
    }
    const file = join(mkdtempSync(join(tmpdir(), 'kefu-own-')), 'team.xlsx');
    await wb.xlsx.writeFile(file);
    return file;
  }

  async function cells(file: string, sheet: string): Promise<unknown[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(sheet);
    const out: unknown[] = [];
    // A cell holding '' and no cell at all look alike (the copy keeps neither as a value).
    ws?.eachRow({ includeEmpty: false }, (row, number) => {
      const values = (row.values as unknown[]).map((v) => (v === '' ? undefined : v));
      while (values.length > 0 && values[values.length - 1] === undefined) values.pop();
      if (values.length > 0) out.push([number, values, row.getCell(1).note ?? null]);
    });
    return out;
  }

  const io = () => {
    const out: string[] = [];
    return { out, io: { out: (t: string) => out.push(t), err: () => {} } };
  };

  it.each([
    ['validate', []],
    ['scores', ['--month', '2026-10']],
    ['complaints', ['--now', '2026-11-02T10:00']],
    ['callbacks', ['--now', '2026-11-02T10:00']],
    ['weekly', ['--week', '2026-W44', '--now', '2026-11-02T10:00']],
  ])('%s --out keeps every team sheet and writes beside it', async (command, args) => {
    const input = await teamXlsx();
    const out = join(mkdtempSync(join(tmpdir(), 'kefu-own-')), 'out.xlsx');
    const before = await Promise.all(TEAM_SHEETS.map(({ name }) => cells(input, name)));
    const run = io();
    await main([command, input, ...args, '--out', out], run.io);
    const after = await Promise.all(TEAM_SHEETS.map(({ name }) => cells(out, name)));
    expect(after).toEqual(before);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const names = copy.worksheets.map((ws) => ws.name);
    expect(names.some((n) => n.endsWith('（客服助手）'))).toBe(true);
    expect(run.out.join('')).toMatch(/是团队自己的表，未作任何改动；结果写在「.+（客服助手）」/);
    // A second run on the copy writes into the same sheets: marked, they are known again.
    const again = join(mkdtempSync(join(tmpdir(), 'kefu-own-')), 'again.xlsx');
    await main([command, out, ...args, '--out', again], io().io);
    const second = new ExcelJS.Workbook();
    await second.xlsx.readFile(again);
    expect(second.worksheets.map((ws) => ws.name)).toEqual(names);
  });
});
