// kefu-sheets inspect, on the real-world layouts as .xlsx files: the same recognition as in Sheets,
// the contract's JSON, the team's 列名对照 applied, and the `sheets` array in every command's JSON.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REAL_WORKBOOKS, writeRealXlsx } from '../../scripts/real-sheets';
import { runInspect } from '../../src/app/operations/inspect';
import { loadWorkbook } from '../../src/app/workbook';
import { openXlsx } from '../../src/xlsx/adapter';
import { ROOT, runCli } from '../helpers/cli';
import { installFake } from '../helpers/install';
import { sheetsPort } from '../helpers/sheets-port';
import { type SheetData, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.unstubAllGlobals();
});

const dir = mkdtempSync(join(tmpdir(), 'kefu-inspect-'));

describe('kefu-sheets inspect', () => {
  it('sees each real layout in the committed .xlsx exactly as the add-on sees it in Sheets', async () => {
    for (const workbook of REAL_WORKBOOKS) {
      const file = join(ROOT, 'examples', 'real', workbook.file);
      const result = runCli(['inspect', file, '--json']);
      expect(result.code, workbook.file).toBe(0);
      const cli = JSON.parse(result.stdout);
      installFake(toFake(workbook.sheets as SheetData[]));
      const sheets = runInspect(sheetsPort()).sheets;
      vi.unstubAllGlobals();
      expect(cli.sheets, workbook.file).toEqual(JSON.parse(JSON.stringify(sheets)));
    }
  });

  it('keeps examples/real in step with scripts/real-sheets.ts (npm run examples:make)', async () => {
    for (const workbook of REAL_WORKBOOKS) {
      const fresh = join(dir, workbook.file);
      await writeRealXlsx(workbook.sheets, fresh);
      const grids = async (file: string) => {
        const port = await openXlsx(file, 'Asia/Shanghai', 'zh_CN');
        return port.listSheets().map((name) => port.readGrid(name, { merges: true }));
      };
      expect(await grids(join(ROOT, 'examples', 'real', workbook.file)), workbook.file).toEqual(
        await grids(fresh),
      );
    }
  });

  it('prints the contract’s shape: columns with letters and sources, skipped rows, nearest kinds', () => {
    const store = JSON.parse(
      runCli(['inspect', join(ROOT, 'examples', 'real', 'store-complaints.xlsx'), '--json']).stdout,
    );
    expect(store.sheets[0]).toMatchObject({
      name: '投诉登记表',
      kind: 'complaints',
      headerRow: 3,
      dataRows: 10,
      missingRequired: [],
      unmapped: ['序号', '备注'],
      skippedRows: [
        { row: 1, why: 'title' },
        { row: 2, why: 'title' },
        { row: 14, why: 'footer' },
        { row: 15, why: 'footer' },
      ],
    });
    // Each column with its evidence: how its header was read, and what its values are.
    expect(store.sheets[0].columns[3]).toEqual({
      column: 'D',
      header: '联系电话（手机）',
      field: '联系电话',
      source: 'rule',
      values: { sort: 'phone', share: 0.91 },
    });
    const list = JSON.parse(
      runCli(['inspect', join(ROOT, 'examples', 'real', 'phone-list.xlsx'), '--json']).stdout,
    );
    expect(list.sheets[0]).toEqual({
      name: '电话清单',
      kind: null,
      reason: 'weak',
      nearest: {
        kind: 'callbacks',
        matched: ['客户姓名', '联系电话'],
        missingRequired: ['回访人'],
      },
      candidates: [],
    });
  });

  it('reads a sheet as what the team’s 列名对照 says, in text for people too', async () => {
    const file = join(dir, 'mapped.xlsx');
    await writeRealXlsx(
      [
        ...(REAL_WORKBOOKS.find((w) => w.file === 'phone-list.xlsx')?.sheets ?? []),
        {
          name: '列名对照',
          rows: [
            ['表名', '表格类型', '列名', '字段'],
            ['电话清单', '回访记录', null, null],
            ['电话清单', null, '序号', '关联编号'],
            ['电话清单', null, '姓名', '回访人'],
          ],
        },
      ],
      file,
    );
    const json = JSON.parse(runCli(['inspect', file, '--json']).stdout);
    expect(json.sheets[0]).toMatchObject({ name: '电话清单', kind: 'callbacks', decidedBy: 'mapping' });
    expect(json.sheets[0].columns).toEqual([
      {
        column: 'A',
        header: '序号',
        field: '关联编号',
        source: 'mapping',
        values: { sort: 'number', share: 1 },
      },
      { column: 'B', header: '姓名', field: '回访人', source: 'mapping' },
      {
        column: 'C',
        header: '手机号码',
        field: '联系电话',
        source: 'alias',
        values: { sort: 'phone', share: 1 },
      },
    ]);
    const text = runCli(['inspect', file]).stdout;
    expect(text).toContain('「电话清单」→ 回访记录（按列名对照）：表头在第 1 行，5 行数据');
    expect(text).toContain('C「手机号码」→ 联系电话（按表头名称；100% 是电话）');
    expect(text).toContain('缺少必填列：客户姓名');
  });

  it('writes its English lines with English separators, not Chinese ones', () => {
    const inEnglish = (file: string) =>
      runCli(['inspect', join(ROOT, 'examples', 'real', file), '--lang', 'en']).stdout;
    // stacked-months.xlsx repeats a title and a header above each month: rows skipped here and there.
    const text = inEnglish('stacked-months.xlsx');
    expect(text).toMatch(/Columns: .*\); B /);
    expect(text).toMatch(/skipped: .*\d, \d/);
    expect(text).not.toMatch(/\)；|\d、\d/);
    // The fields a sheet left alone came nearest to, too.
    expect(inEnglish('contacts-import.xlsx')).toContain('recognised 姓名, 岗位;');
  });

  it('adds the same sheets array to every command’s JSON', () => {
    const file = join(ROOT, 'examples', 'real', 'two-stores.xlsx');
    for (const args of [['validate'], ['complaints', '--now', '2026-11-20T10:00'], ['callbacks']]) {
      const out = JSON.parse(
        runCli([...(args.slice(0, 1) as string[]), file, ...args.slice(1), '--json']).stdout,
      );
      expect(
        out.sheets.map((s: { name: string; kind: string }) => [s.name, s.kind]),
        args[0],
      ).toEqual([
        ['东门店投诉', 'complaints'],
        ['西门店投诉', 'complaints'],
      ]);
    }
  });

  it('shows what it sees even when nothing is recognised, and loads a workbook of none as nothing', async () => {
    const result = runCli(['inspect', join(ROOT, 'examples', 'real', 'contacts-import.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('「通讯录导入模板」未识别，不处理：认出的列太少');
    expect(result.stdout).toContain('最接近「员工名单」');
    const port = await openXlsx(
      join(ROOT, 'examples', 'real', 'contacts-import.xlsx'),
      'Asia/Shanghai',
      'zh_CN',
    );
    expect(loadWorkbook(port).sheets).toEqual([]);
    expect(runCli(['validate', join(ROOT, 'examples', 'real', 'contacts-import.xlsx')]).code).toBe(2);
  });
});
