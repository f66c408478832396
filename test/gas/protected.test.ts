// Protected sheets and ranges (Data › Protect sheets and ranges): supervisors protect columns, header
// rows and whole sheets. A write the running user may not make fails in Sheets with "You are trying
// to edit a protected cell or object…"; every operation skips it, finishes the rest, and says which
// range it could not write and why. A warning-only protection never stops a script.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runValidation } from '../../src/app/operations/validate';
import {
  menuCallbacks,
  menuCheckComplaints,
  menuComputeScores,
  menuSetup,
  menuValidateAll,
  menuWeekly,
  onEdit,
  sidebarComputeScores,
} from '../../src/gas/entry';
import { type FakeWorkbook, SHEETS_ERRORS } from '../fake/spreadsheet';
import { installFake } from '../helpers/install';
import { sheetsPort } from '../helpers/sheets-port';
import { type Cell, sh, toFake } from '../helpers/workbooks';

const NOW = sh(2026, 11, 9, 10);
const BOSS = 'boss@example.com';
const AGENT = 'agent@example.com';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A team's workbook: complaints (a bad phone on every third row), roster, ledger, after-sales, callbacks. */
function team(rows = 6): FakeWorkbook {
  const complaints: Cell[][] = [
    ['投诉编号', '投诉时间', '客户姓名', '联系电话', '级别', '投诉内容', '受理人', '方案时间'],
  ];
  const ledger: Cell[][] = [['日期', '姓名', '规则代码', '分值']];
  const cases: Cell[][] = [
    ['登记日期', '客户姓名', '客户电话', '产品型号', '问题描述', '登记人', '解决日期', '处理结果'],
  ];
  const callbacks: Cell[][] = [['客户姓名', '联系电话', '回访类型', '实际回访时间', '回访人']];
  for (let i = 0; i < rows; i++) {
    const phone = i % 3 === 1 ? '1381234' : `139${String(10_000_000 + i).slice(-8)}`;
    complaints.push([
      `K${i}`,
      sh(2026, 11, 2 + (i % 5), 9),
      `客户${i}`,
      phone,
      i % 4 ? '普通' : '重大',
      '少件',
      '王芳',
      null,
    ]);
    ledger.push([sh(2026, 10, 1 + (i % 28)), i % 2 ? '王芳' : '李娜', 'G05', i % 3 ? '' : '-2']);
    cases.push([
      sh(2026, 9, 1 + (i % 28)),
      `客户${i}`,
      phone,
      'X',
      'x',
      '李娜',
      sh(2026, 9, 2 + (i % 27)),
      '已解决',
    ]);
    callbacks.push([`客户${i}`, phone, '售后30天', i % 2 ? sh(2026, 10, 20) : null, '李娜']);
  }
  const wb = toFake([
    { name: '投诉登记', rows: complaints },
    {
      name: '员工名单',
      rows: [
        ['姓名', '岗位'],
        ['王芳', '主管'],
        ['李娜', '售后客服'],
      ],
    },
    { name: '奖惩登记', rows: ledger },
    { name: '售后登记', rows: cases },
    { name: '回访记录', rows: callbacks },
  ]);
  // The supervisor owns the spreadsheet; an agent runs the add-on.
  wb.owner = BOSS;
  return wb;
}

function open(wb: FakeWorkbook): FakeWorkbook {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  return installFake(wb);
}

/** Everything a run may change: every sheet's values, notes, colours, formats and rules. */
function state(wb: FakeWorkbook): unknown {
  return wb.sheets.map((s) => ({
    name: s.name,
    values: s.snapshotValues().map((line) => line.map((v) => (v instanceof Date ? v.getTime() : v))),
    notes: s.notes.map((line) => [...(line ?? [])]),
    backgrounds: s.backgrounds.map((line) => [...(line ?? [])]),
    formats: s.formats.map((line) => [...(line ?? [])]),
    rules: s.conditionalRules.map((r) => [
      r.getBooleanCondition().getCriteriaValues()[0],
      r.getRanges().map((g) => g.describe().a1),
    ]),
    frozen: s.frozenRows,
    columns: s.maxColumns,
    rows: s.maxRows,
  }));
}

const lastToast = (wb: FakeWorkbook) => wb.toasts.at(-1)?.message ?? '';

describe('the fake’s protections, as Sheets keeps them', () => {
  it('refuses a write the running user may not make, word for word, and lets the owner and editors through', () => {
    const wb = team();
    wb.protectRange('投诉登记', 'D:D', { editors: ['lead@example.com'] });
    const g = wb.globals();
    const sheet = g.SpreadsheetApp.getActive().getSheetByName('投诉登记');
    expect(() => sheet?.getRange('D3').setValue('x')).toThrow(SHEETS_ERRORS.protectedCell);
    expect(() => sheet?.getRange('C3:E3').setNotes([['a', 'b', 'c']])).toThrow(SHEETS_ERRORS.protectedCell);
    expect(sheet?.getRange('D3').canEdit()).toBe(false);
    sheet?.getRange('C3').setValue('客户X');
    expect(() => sheet?.insertRowsAfter(3, 1)).toThrow(SHEETS_ERRORS.protectedCell);
    // Appending rows below the sheet's last one, and columns right of the protected one, are allowed.
    sheet?.insertRowsAfter(wb.sheet('投诉登记').maxRows, 1);
    sheet?.insertColumnsAfter(6, 1);
    const [protection] = sheet?.getProtections(g.SpreadsheetApp.ProtectionType.RANGE) ?? [];
    expect(protection?.canEdit()).toBe(false);
    expect(() => protection?.getEditors()).toThrow();
    expect(protection?.getRange().getA1Notation()).toBe(`D1:D${wb.sheet('投诉登记').maxRows}`);
    wb.user = Object.assign(wb.user, { email: 'lead@example.com' });
    sheet?.getRange('D3').setValue('13912345678');
    expect(protection?.getEditors().map((u) => u.getEmail())).toEqual([BOSS, 'lead@example.com']);
    wb.user = Object.assign(wb.user, { email: AGENT });
  });

  it('keeps a protected sheet’s structure and layout, and lets its unprotected ranges be typed in', () => {
    const wb = team();
    const g = wb.globals();
    wb.protectSheet('投诉登记', { except: ['A2:H1000'] });
    const sheet = g.SpreadsheetApp.getActive().getSheetByName('投诉登记');
    sheet?.getRange('B2:C2').setValues([['2026-11-05 9:00', '客户']]);
    expect(() => sheet?.getRange('A1').setValue('x')).toThrow(SHEETS_ERRORS.protectedCell);
    expect(() => sheet?.insertColumnsAfter(8, 3)).toThrow(SHEETS_ERRORS.protectedCell);
    expect(() => sheet?.setFrozenRows(1)).toThrow(SHEETS_ERRORS.protectedCell);
    expect(() => sheet?.setConditionalFormatRules([])).toThrow(SHEETS_ERRORS.protectedCell);
    expect(() => sheet?.deleteRows(5, 1)).toThrow(SHEETS_ERRORS.protectedCell);
  });

  it('lets a script write through a warning-only protection, and through one made by protect() until its editors change', () => {
    const wb = team();
    const g = wb.globals();
    wb.protectRange('投诉登记', 'D:D', { warningOnly: true });
    const sheet = g.SpreadsheetApp.getActive().getSheetByName('投诉登记');
    sheet?.getRange('D3').setValue('13912345678');
    // Made by the running user with Range.protect(): the spreadsheet's editors until changed.
    wb.owner = null;
    const protection = sheet?.getRange('E:E').protect().setDescription('级别');
    sheet?.getRange('E2').setValue('重大');
    protection?.removeEditors(protection.getEditors());
    expect(protection?.canEdit()).toBe(true);
    wb.owner = BOSS;
    expect(protection?.canEdit()).toBe(false);
    expect(() => sheet?.getRange('E2').setValue('普通')).toThrow(SHEETS_ERRORS.protectedCell);
    expect(g.SpreadsheetApp.getActive().getProtections(g.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(
      2,
    );
  });
});

describe('a protected column where the add-on marks cells and adds its deadline columns', () => {
  function protectedTeam(): FakeWorkbook {
    const wb = team();
    // The phone column and the header row: the supervisor's.
    wb.protectRange('投诉登记', 'D:D', { description: '电话只由主管改' });
    wb.protectRange('投诉登记', '1:1', { description: '表头' });
    return open(wb);
  }

  it('Validate all marks every other cell, names the cells it could not mark, and a second run changes nothing', () => {
    const wb = protectedTeam();
    menuValidateAll();
    expect(wb.alerts).toEqual([]);
    const complaints = wb.sheet('投诉登记');
    // Row 3's phone is invalid: its cell is protected, so it carries no note.
    expect(complaints.note(3, 4)).toBe('');
    // The after-sales sheet's bad phone (same rows) is marked.
    expect(wb.sheet('售后登记').note(3, 3)).toMatch(/^【客服助手】/);
    const message = lastToast(wb);
    expect(message).toContain(
      '「投诉登记」的 D3、D6 受保护，您没有编辑权限，以下未能完成：批注、底色；其余已完成。',
    );
    // 校验报告 lists every issue, the protected cells' too, and says so at its top.
    const report = wb.sheet('校验报告').snapshotValues();
    expect(report.some((line) => line[0] === '投诉登记' && line[1] === 3)).toBe(true);
    expect(report.slice(0, 4).map((line) => line[0])).toContainEqual(
      expect.stringContaining('「投诉登记」的 D3、D6 受保护'),
    );
    const after = state(wb);
    menuValidateAll();
    expect(state(wb)).toEqual(after);
    expect(lastToast(wb)).toBe(message);
  });

  it('Check overdue complaints leaves its columns out where the header row is protected and rebuilds 超时投诉', () => {
    const wb = protectedTeam();
    const width = wb.sheet('投诉登记').lastColumn();
    menuCheckComplaints();
    expect(wb.alerts).toEqual([]);
    // No columns were inserted (the protected header row would have grown), none taken over.
    expect(wb.sheet('投诉登记').lastColumn()).toBe(width);
    expect(wb.sheet('投诉登记').metadata.filter((m) => m.value?.startsWith('column:'))).toEqual([]);
    const message = lastToast(wb);
    expect(message).toContain(
      '「投诉登记」的 I:K 受保护，您没有编辑权限，以下未能完成：插入列；其余已完成。',
    );
    const overdue = wb.sheet('超时投诉').snapshotValues();
    expect(overdue[1]?.[0]).toContain('「投诉登记」的 I:K 受保护');
    expect(overdue.some((line) => line[0] === 'K0')).toBe(true);
    const after = state(wb);
    menuCheckComplaints();
    expect(state(wb)).toEqual(after);
  });

  it('Set up adds the dropdowns it may and says where it could not', () => {
    const wb = open(team());
    wb.protectRange('投诉登记', 'E2:E20', { description: '级别只由主管改' });
    menuSetup();
    expect(wb.alerts).toEqual([]);
    const complaints = wb.sheet('投诉登记');
    expect(complaints.validation(30, 5)).not.toBeNull();
    expect(complaints.validation(5, 5)).toBeNull();
    expect(lastToast(wb)).toContain('「投诉登记」的 E2:E20 受保护，您没有编辑权限，以下未能完成：下拉选项');
    const after = state(wb);
    menuSetup();
    expect(state(wb)).toEqual(after);
  });

  it('onEdit marks what it may, logs the cells it could not, and never fails', () => {
    const wb = protectedTeam();
    const warn = vi.mocked(console.warn);
    const complaints = wb.sheet('投诉登记');
    complaints.setRaw(4, 3, '');
    const range = SpreadsheetApp.getActive().getSheetByName('投诉登记')?.getRange(3, 1, 2, 8);
    wb.simpleTrigger(() =>
      onEdit({
        range,
        authMode: ScriptApp.AuthMode.LIMITED,
      } as unknown as GoogleAppsScript.Events.SheetsOnEdit),
    );
    // Row 4's missing name is marked; row 3's invalid phone (protected D3) is logged.
    expect(complaints.note(4, 3)).toMatch(/^【客服助手】/);
    expect(complaints.note(3, 4)).toBe('');
    expect(warn.mock.calls.map((c) => String(c[0]))).toContain(
      '[kefu-sheets] not written (protected): notes of 投诉登记!D3',
    );
  });

  it('lets a warning-only protection through: every mark is written and nothing is said', () => {
    const wb = team();
    wb.protectRange('投诉登记', 'D:D', { warningOnly: true });
    open(wb);
    menuValidateAll();
    expect(wb.sheet('投诉登记').note(3, 4)).toMatch(/^【客服助手】/);
    expect(lastToast(wb)).not.toContain('受保护');
  });
});

describe('a protected range beside the table of 校验报告', () => {
  it('keeps the supervisor’s remarks, rewrites the table around them, and names the range it could not clear', () => {
    const wb = open(team());
    menuValidateAll();
    const report = wb.sheet('校验报告');
    // The supervisor keeps remarks right of the table, and protects them.
    report.setRaw(1, 10, '本周重点：电话');
    report.setRaw(2, 10, '周五前改完');
    wb.protectRange('校验报告', 'J1:K5');
    wb.sheet('投诉登记').setRaw(3, 4, '13912345678');
    menuValidateAll();
    expect(wb.alerts).toEqual([]);
    expect(report.value(1, 10)).toBe('本周重点：电话');
    expect(report.value(2, 10)).toBe('周五前改完');
    // The fixed phone is gone from the table.
    expect(report.snapshotValues().some((line) => line[0] === '投诉登记' && line[1] === 3)).toBe(false);
    expect(lastToast(wb)).toContain(
      '「校验报告」的 J1:J2 受保护，您没有编辑权限，以下未能完成：清除旧内容；其余已完成。',
    );
    const after = state(wb);
    menuValidateAll();
    expect(state(wb)).toEqual(after);
  });
});

describe('whole protected sheets', () => {
  it('Validate all leaves the supervisor’s ledger unmarked, marks the rest, and names the ledger', () => {
    const wb = team();
    wb.sheet('奖惩登记').setRaw(3, 2, '不在名单');
    wb.protectSheet('奖惩登记');
    open(wb);
    menuValidateAll();
    expect(wb.alerts).toEqual([]);
    expect(wb.sheet('奖惩登记').note(3, 2)).toBe('');
    expect(wb.sheet('投诉登记').note(3, 4)).toMatch(/^【客服助手】/);
    expect(lastToast(wb)).toContain('「奖惩登记」的 B3 受保护');
  });

  it('Compute monthly scores says 月度考核 is protected and changes nothing there', () => {
    const wb = open(team());
    wb.promptAnswers.push('2026-10');
    menuComputeScores();
    wb.protectSheet('月度考核');
    const before = state(wb);
    wb.promptAnswers.push('2026-10');
    menuComputeScores();
    expect(wb.alerts).toEqual([]);
    expect(state(wb)).toEqual(before);
    expect(lastToast(wb)).toMatch(/「月度考核」的 .+ 受保护，您没有编辑权限，以下未能完成：插入或删除行/);
    // The sidebar's button says the same.
    const json = sidebarComputeScores('2026-10');
    expect(JSON.stringify(json)).toContain('「月度考核」的');
  });

  it('Callback plan and the weekly summary say their sheet is protected; the team’s sheets are untouched', () => {
    const wb = open(team());
    menuCallbacks();
    wb.promptAnswers.push('2026-W45');
    menuWeekly();
    wb.protectSheet('回访计划');
    wb.protectSheet('投诉周报');
    const before = state(wb);
    menuCallbacks();
    expect(lastToast(wb)).toMatch(/「回访计划」的 .+ 受保护/);
    wb.promptAnswers.push('2026-W45');
    menuWeekly();
    expect(lastToast(wb)).toMatch(/「投诉周报」的 .+ 受保护/);
    expect(wb.alerts).toEqual([]);
    expect(state(wb)).toEqual(before);
  });

  it('Check overdue complaints in a protected log whose data rows are open: no columns, no rules, 超时投诉 as usual', () => {
    const wb = team();
    wb.protectSheet('投诉登记', { except: ['A2:H1000'] });
    open(wb);
    menuCheckComplaints();
    expect(wb.alerts).toEqual([]);
    expect(wb.sheet('投诉登记').conditionalRules).toEqual([]);
    expect(lastToast(wb)).toContain('「投诉登记」的 I:K 受保护');
    expect(
      wb
        .sheet('超时投诉')
        .snapshotValues()
        .some((line) => line[0] === 'K0'),
    ).toBe(true);
  });
});

describe('a write Sheets refuses although the protections said it could be made', () => {
  it('is recorded and the operation goes on', () => {
    const wb = open(team());
    const port = sheetsPort();
    port.writeBlock('投诉登记', 20, 1, [['先写一行']]);
    // A protection set while the operation runs: the adapter read the protections before it.
    wb.protectRange('投诉登记', 'A21:H21');
    port.writeBlock('投诉登记', 21, 1, [['再写一行']]);
    port.writeBlock('投诉登记', 22, 1, [['第三行']]);
    expect(wb.sheet('投诉登记').value(21, 1)).toBe('');
    expect(wb.sheet('投诉登记').value(22, 1)).toBe('第三行');
    expect(port.skippedWrites()).toEqual([
      { sheet: '投诉登记', range: 'A21', what: 'values', reason: 'protected' },
    ]);
    // Anything else a write throws is not swallowed.
    expect(() => port.writeBlock('投诉登记', 0, 1, [['x']])).toThrow();
  });
});

describe('service calls with protections', () => {
  it('stay batched: the same calls for 40 rows as for 4,000, the protections read once', () => {
    const calls = (rows: number) => {
      const wb = team(rows);
      wb.protectRange('投诉登记', 'D:D');
      wb.protectSheet('奖惩登记');
      open(wb);
      wb.counter.reset();
      runValidation(sheetsPort(), {
        now: NOW.getTime(),
        lang: 'zh',
        write: true,
      });
      const snapshot = wb.counter.snapshot();
      vi.unstubAllGlobals();
      return snapshot;
    };
    const small = calls(40);
    expect(calls(4_000)).toEqual(small);
    expect(small['Spreadsheet.getProtections']).toBe(2);
  });

  for (const [name, action] of [
    ['check overdue complaints', menuCheckComplaints],
    ['compute scores', menuComputeScores],
    ['callback plan', menuCallbacks],
  ] as const) {
    it(`${name}: the same calls for 40 rows as for 4,000 with protected columns and a protected ledger`, () => {
      const calls = (rows: number) => {
        const wb = team(rows);
        wb.protectRange('投诉登记', 'D:D');
        wb.protectRange('售后登记', 'C2:C');
        wb.protectSheet('奖惩登记');
        open(wb);
        wb.promptAnswers.push('2026-10');
        wb.counter.reset();
        action();
        expect(wb.alerts).toEqual([]);
        const snapshot = wb.counter.snapshot();
        vi.unstubAllGlobals();
        return snapshot;
      };
      const small = calls(40);
      expect(calls(4_000)).toEqual(small);
      expect(small['Spreadsheet.getProtections']).toBe(2);
    });
  }
});
