// Sheets laid out as real teams keep them (scripts/real-sheets.ts): each is recognised as the kind it
// is, with the header where it is, its records told from titles, headers, footers and blanks, its
// merged cells read as the team sees them; the two that are not ours are left alone.

import { describe, expect, it } from 'vitest';
import { REAL_WORKBOOKS, realWorkbook } from '../../scripts/real-sheets';
import { runComplaints } from '../../src/app/operations/complaints';
import { runInspect } from '../../src/app/operations/inspect';
import { runScores } from '../../src/app/operations/scores';
import { runValidation } from '../../src/app/operations/validate';
import type { SheetReport } from '../../src/app/present/inspection';
import type { MemoryWorkbook } from '../fake/memory-workbook';
import { editRows } from '../helpers/edit';
import { type SheetData, sh, toMemory } from '../helpers/workbooks';

const NOW = sh(2026, 11, 20, 10).getTime();

function open(file: string, extra: SheetData[] = []) {
  const wb = toMemory([...(realWorkbook(file).sheets as SheetData[]), ...extra]);
  return { wb, port: wb };
}

function inspect(file: string, extra: SheetData[] = []): SheetReport[] {
  return runInspect(open(file, extra).port).sheets as SheetReport[];
}

function fieldsOf(report: SheetReport | undefined): Record<string, string | null> {
  return Object.fromEntries((report?.columns ?? []).map((c) => [c.header, c.field]));
}

describe('sheets as teams keep them', () => {
  it('a store log: the header under a title and a 填表日期 line, footers skipped, notes in headers read', () => {
    const [sheet] = inspect('store-complaints.xlsx');
    expect(sheet).toMatchObject({ kind: 'complaints', headerRow: 3, dataRows: 10, missingRequired: [] });
    expect(sheet?.skippedRows).toEqual([
      { row: 1, why: 'title' },
      { row: 2, why: 'title' },
      { row: 14, why: 'footer' },
      { row: 15, why: 'footer' },
    ]);
    expect(fieldsOf(sheet)).toMatchObject({
      投诉日期: '投诉时间',
      顾客姓名: '客户姓名',
      '联系电话（手机）': '联系电话',
      受理人员: '受理人',
      状态: '处理状态',
      序号: null,
    });
    expect(sheet?.columns?.find((c) => c.header === '联系电话（手机）')?.source).toBe('rule');
    expect(sheet?.unmapped).toEqual(['序号', '备注']);
  });

  it('no footer row is taken for a record: validation finds nothing on rows 14 and 15', () => {
    const { port } = open('store-complaints.xlsx');
    const { issues } = runValidation(port, { now: NOW, lang: 'zh', write: false });
    expect(issues.filter((i) => i.row >= 14)).toEqual([]);
    expect(issues.filter((i) => i.code === 'missing_required')).toEqual([]);
  });

  it('a callback export: the header on row 12 after a 填表说明 preamble', () => {
    const [sheet] = inspect('callback-export.xlsx');
    expect(sheet).toMatchObject({ kind: 'callbacks', headerRow: 12, dataRows: 8, missingRequired: [] });
    expect(fieldsOf(sheet)).toMatchObject({
      单号: '关联编号',
      电话1: '联系电话',
      回访日期: '实际回访时间',
      '回访类型（1-售后30天；2-投诉后回访；3-质保到期前）': '回访类型',
      回访人员: '回访人',
    });
  });

  it('a ledger stacked by month: the second title and header are skipped, both months counted', () => {
    const [ledger, roster] = inspect('stacked-months.xlsx');
    expect(ledger).toMatchObject({ kind: 'ledger', headerRow: 2, dataRows: 9 });
    expect(ledger?.skippedRows).toEqual([
      { row: 1, why: 'title' },
      { row: 8, why: 'blank' },
      { row: 9, why: 'title' },
      { row: 10, why: 'header' },
    ]);
    expect(roster).toMatchObject({ kind: 'roster', dataRows: 6 });
    const { port } = open('stacked-months.xlsx');
    const { issues } = runValidation(port, { now: NOW, lang: 'zh', write: false });
    expect(issues).toEqual([]);
    const november = runScores(port, { month: '2026-11', now: NOW, lang: 'zh', write: false });
    // Rows 11–14: G05 −1 for 王芳 and 刘洋, G04 +2 for 李娜, A01 −1 for 张伟.
    expect(november.scores.staff.find((s) => s.name === '李娜')).toMatchObject({
      score: 102,
      ledgerRows: [12],
    });
    expect(november.scores.staff.find((s) => s.name === '王芳')?.ledgerRows).toEqual([11]);
  });

  it('merged cells: each complaint of the day has its time and handler; no false missing values', () => {
    const { port, wb } = open('merged-cells.xlsx');
    const report = runComplaints(port, { now: NOW, lang: 'zh', write: false });
    expect(report.rows).toHaveLength(6);
    expect(report.rows.map((r) => r.complaint.received)).toEqual([
      ...Array(3).fill(sh(2026, 11, 16, 9).getTime()),
      ...Array(3).fill(sh(2026, 11, 17, 14).getTime()),
    ]);
    const { issues } = runValidation(port, { now: NOW, lang: 'zh', write: true });
    expect(issues).toEqual([]);
    // The merge is the team's: it stays, and the covered cells stay blank in the sheet.
    expect(wb.sheet('投诉记录').merges).toHaveLength(4);
    expect(wb.sheet('投诉记录').value(3, 2)).toBe('');
  });

  it('a problem in a merged cell is said once, on the cell the team sees', () => {
    const sheets = realWorkbook('merged-cells.xlsx').sheets as SheetData[];
    const broken: SheetData = {
      ...(sheets[0] as SheetData),
      rows: (sheets[0] as SheetData).rows.map((r, i) =>
        i === 1 ? r.map((v, c) => (c === 5 ? '小李' : v)) : r,
      ),
    };
    const port = toMemory([
      broken,
      {
        name: '员工名单',
        rows: [
          ['姓名', '岗位'],
          ['李娜', '售后客服'],
          ['马丽', '售后客服'],
        ],
      },
    ]);
    const { issues } = runValidation(port, { now: NOW, lang: 'zh', write: false });
    expect(issues.map((i) => [i.row, i.field, i.code])).toEqual([[2, '受理人', 'unknown_staff']]);
  });

  it('a two-row grouped header: the sub-columns read with their group', () => {
    const [sheet] = inspect('grouped-header.xlsx');
    expect(sheet).toMatchObject({ kind: 'complaints', headerRow: 3, dataRows: 6 });
    expect(fieldsOf(sheet)).toMatchObject({
      投诉日期: '投诉时间',
      '投诉人信息›姓名': '客户姓名',
      '投诉人信息›联系方式': '联系电话',
      '投诉人信息›身份': null,
      投诉内容: '投诉内容',
      '处理情况›处理人': '受理人',
      '处理情况›投诉状态': '处理状态',
    });
    expect(sheet?.missingRequired).toEqual([]);
  });

  it('a repair work-order export is an after-sales log, not complaints', () => {
    const [sheet] = inspect('work-orders.xlsx');
    expect(sheet).toMatchObject({ kind: 'registration', decidedBy: 'header', dataRows: 7 });
    expect(fieldsOf(sheet)).toMatchObject({
      报修时间: '登记日期',
      故障描述: '问题描述',
      解决时间: '解决日期',
    });
    expect(sheet?.missingRequired).toEqual(['登记人']);
  });

  it('a 12315 export is complaints, though it says 登记日期', () => {
    const [sheet] = inspect('12315-export.xlsx');
    expect(sheet).toMatchObject({ kind: 'complaints', dataRows: 5 });
    expect(fieldsOf(sheet)).toMatchObject({ 登记日期: '投诉时间', 投诉人电话: '联系电话', 诉求: '投诉内容' });
  });

  it('a pre-sales report takes its month from its title: nothing is missing', () => {
    const [sheet] = inspect('presales-report.xlsx');
    expect(sheet).toMatchObject({ kind: 'presales', headerRow: 2, dataRows: 3, missingRequired: [] });
    const { port } = open('presales-report.xlsx', [
      {
        name: '员工名单',
        rows: [
          ['姓名', '岗位'],
          ['李娜', '售前客服'],
          ['张伟', '售前客服'],
        ],
      },
    ]);
    const october = runScores(port, { month: '2026-10', now: NOW, lang: 'zh', write: false });
    // 120/200 = 60% → +5 × 0.5 = 2.5, less 1 lost order × 0.5 → 2.
    expect(october.scores.staff.find((s) => s.name === '李娜')?.kpiPoints).toBe(2);
    const november = runScores(port, { month: '2026-11', now: NOW, lang: 'zh', write: false });
    expect(november.scores.staff.find((s) => s.name === '李娜')?.kpiPoints).toBe(0);
  });

  it('a ledger kept one sheet a month, with no date column, dates its rows by its name', () => {
    const ledger: SheetData = {
      name: '2026年11月积分',
      rows: [
        ['2026年11月 - 积分汇总', '', '', ''],
        ['#', '人员', '本月积分', '原因'],
        [1, '吴静怡', -5, '迟到2次'],
        [2, '郑浩', -10, '客户投诉属实'],
      ],
    };
    const roster: SheetData = {
      name: '员工名单',
      rows: [
        ['姓名', '岗位'],
        ['吴静怡', '售后客服'],
        ['郑浩', '售后客服'],
      ],
    };
    const wb = toMemory([ledger, roster]);
    const [sheet] = runInspect(wb).sheets as SheetReport[];
    expect(sheet).toMatchObject({ kind: 'ledger', missingRequired: [] });
    const score = (month: string) =>
      runScores(wb, { month, now: NOW, lang: 'zh', write: false }).scores.staff.find(
        (s) => s.name === '郑浩',
      );
    expect(score('2026-11')?.ledgerPoints).toBe(-10);
    expect(score('2026-10')?.ledgerPoints).toBe(0);
  });

  it('two stores, one log each: both are used', () => {
    const sheets = inspect('two-stores.xlsx');
    expect(sheets.map((s) => [s.name, s.kind, s.dataRows])).toEqual([
      ['东门店投诉', 'complaints', 4],
      ['西门店投诉', 'complaints', 4],
    ]);
    const { port } = open('two-stores.xlsx');
    const report = runComplaints(port, { now: NOW, lang: 'zh', write: false });
    expect(new Set(report.rows.map((r) => r.sheet))).toEqual(new Set(['东门店投诉', '西门店投诉']));
  });

  it('leaves a contacts template and a phone list alone, saying what they came nearest to', () => {
    for (const file of ['contacts-import.xlsx', 'phone-list.xlsx']) {
      const [sheet] = inspect(file);
      expect(sheet, file).toMatchObject({ kind: null, reason: 'weak' });
    }
    // Nearest is the kind missing fewest of its required fields: a callback list lacks only 回访人.
    expect(inspect('phone-list.xlsx')[0]?.nearest).toMatchObject({
      kind: 'callbacks',
      matched: ['客户姓名', '联系电话'],
    });
  });

  it('does not guess between three kinds in one wide export', () => {
    const [sheet] = inspect('wide-export.xlsx');
    expect(sheet).toMatchObject({ kind: null, reason: 'ambiguous' });
    expect([...(sheet?.candidates ?? [])].sort()).toEqual(['callbacks', 'complaints', 'registration']);
  });

  it('never changes a value or a merge of any of these workbooks, whatever runs', () => {
    for (const w of REAL_WORKBOOKS) {
      const { wb, port } = open(w.file);
      // Each of the team's sheets as it was: its own rectangle of values, and its merges.
      const state = () =>
        w.sheets.map((sheet) => {
          const model = wb.sheet(sheet.name);
          return {
            values: sheet.rows.map((line, r) => line.map((_, c) => model.value(r + 1, c + 1))),
            merges: JSON.stringify(model.merges),
          };
        });
      const before = state();
      runValidation(port, { now: NOW, lang: 'zh', write: true });
      runComplaints(port, { now: NOW, lang: 'zh', write: true });
      expect(state(), w.file).toEqual(before);
    }
  });
});

describe('the team’s own mapping: 列名对照', () => {
  const mapping = (rows: (string | null)[][]): SheetData => ({
    name: '列名对照',
    rows: [['表名', '表格类型', '列名', '字段'], ...rows],
  });

  it('fixes a kind and maps a column the rules cannot, and beats the rules', () => {
    const sheets = inspect('phone-list.xlsx', [
      mapping([
        ['电话清单', '回访记录', null, null],
        ['电话清单', null, '序号', '关联编号'],
        ['电话清单', null, '手机号码', '联系电话'],
      ]),
    ]);
    const list = sheets.find((s) => s.name === '电话清单');
    expect(list).toMatchObject({ kind: 'callbacks', decidedBy: 'mapping' });
    expect(list?.columns?.find((c) => c.header === '序号')).toMatchObject({
      field: '关联编号',
      source: 'mapping',
    });
    expect(sheets.find((s) => s.name === '列名对照')?.kind).toBe('mapping');
  });

  it('leaves a sheet alone when told to 忽略, and a column too', () => {
    const sheets = inspect('two-stores.xlsx', [
      mapping([
        ['西门店投诉', '忽略', null, null],
        ['东门店投诉', null, '方案时间', '忽略'],
      ]),
    ]);
    expect(sheets.find((s) => s.name === '西门店投诉')).toMatchObject({ kind: null, reason: 'ignored' });
    expect(
      sheets.find((s) => s.name === '东门店投诉')?.columns?.find((c) => c.header === '方案时间')?.field,
    ).toBeNull();
  });

  it('reports a row naming an unknown sheet, kind or field, and still applies the rest', () => {
    const { port } = open('phone-list.xlsx', [
      mapping([
        ['没有这张表', '投诉登记', null, null],
        ['电话清单', '投诉单', null, null],
        ['电话清单', null, '手机号码', '手机'],
        ['电话清单', '回访记录', null, null],
        ['电话清单', null, '手机号码', '联系电话'],
      ]),
    ]);
    const validation = runValidation(port, { now: NOW, lang: 'zh', write: true });
    const bad = validation.issues.filter((i) => i.code === 'bad_mapping');
    expect(bad.map((i) => [i.sheet, i.row, i.field])).toEqual([
      ['列名对照', 2, '表名'],
      ['列名对照', 3, '表格类型'],
      ['列名对照', 4, '字段'],
    ]);
    expect(bad.every((i) => i.severity === 'error')).toBe(true);
    expect(runInspect(port).sheets.find((s) => s.name === '电话清单')?.kind).toBe('callbacks');
  });

  it('lets the later of two disagreeing rows win, and says so', () => {
    const { port } = open('phone-list.xlsx', [
      mapping([
        ['电话清单', '售后登记', null, null],
        ['电话清单', '回访记录', null, null],
      ]),
    ]);
    const inspection = runInspect(port);
    expect(inspection.sheets.find((s) => s.name === '电话清单')?.kind).toBe('callbacks');
    expect(inspection.mapping.conflicts).toEqual([{ row: 3, earlier: 2, sheet: '电话清单', column: '' }]);
  });
});

describe('bad input to recognition', () => {
  it('never takes a row of numbers for a header, nor a sheet of only a title for data', () => {
    const sheets = runInspect(
      portOf([
        {
          name: '数字',
          rows: [
            [1, 2, 3, 4],
            [5, 6, 7, 8],
          ],
        },
        { name: '标题', rows: [['2026年11月客服部投诉登记表']], merges: ['A1:F1'] },
      ]),
    ).sheets;
    expect(sheets.map((s) => [s.name, s.kind, s.reason])).toEqual([
      ['数字', null, 'no_header'],
      ['标题', null, 'no_header'],
    ]);
  });

  it('an edit inside a merged block is checked with the merged value, and marks nothing falsely', () => {
    const { port, wb } = open('merged-cells.xlsx');
    // Row 3 sits under the merged 投诉时间 (B2:B4) and 受理人 (F2:F4).
    const issues = editRows(port, '投诉记录', 3, 1, NOW, 'zh');
    expect(issues).toEqual([]);
    expect(wb.sheet('投诉记录').note(3, 2)).toBe('');
    expect(wb.sheet('投诉记录').note(3, 6)).toBe('');
  });

  it('an edit of a footer row is not validated as a record', () => {
    const { port } = open('store-complaints.xlsx');
    expect(editRows(port, '投诉登记表', 14, 2, NOW, 'zh')).toEqual([]);
  });
});

function portOf(sheets: SheetData[]): MemoryWorkbook {
  return toMemory(sheets);
}
