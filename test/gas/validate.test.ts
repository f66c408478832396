import { afterEach, describe, expect, it, vi } from 'vitest';
import { runValidation } from '../../src/app/operations/validate';
import { menuValidateAll, onEdit } from '../../src/gas/entry';
import type { FakeWorkbook } from '../fake/spreadsheet';
import { editRows } from '../helpers/edit';
import { installFake } from '../helpers/install';
import { sheetsPort } from '../helpers/sheets-port';
import { reportSheet, workbookState } from '../helpers/state';
import { type SheetData, sh, TEAM_NOW, teamWorkbook, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const port = () => sheetsPort();

/** An edit event for rows of a sheet, as Sheets passes it to onEdit. */
function editEvent(sheet: string, row: number, numRows = 1): GoogleAppsScript.Events.SheetsOnEdit {
  const range = SpreadsheetApp.getActive().getSheetByName(sheet)!.getRange(row, 1, numRows, 1);
  return {
    range,
    source: SpreadsheetApp.getActive(),
    authMode: ScriptApp.AuthMode.LIMITED,
  } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
}

/** A registration log of n rows (every 7th has a bad phone) plus a roster. */
function bigWorkbook(n: number): FakeWorkbook {
  const rows: SheetData['rows'][number][] = [
    ['售后服务登记表'],
    ['登记日期', '客户姓名', '客户电话', '产品型号', '产品序列号', '问题描述', '登记人', '处理结果'],
  ];
  for (let i = 0; i < n; i++) {
    rows.push([
      sh(2026, 10, 1 + (i % 28)),
      `客户${i}`,
      i % 7 === 3 ? '12345' : `139${String(10_000_000 + i).slice(-8)}`,
      'X-1',
      `S${i}`,
      '故障',
      '赵一',
      '处理中',
    ]);
  }
  return installFake(
    toFake([
      { name: '售后登记', rows },
      {
        name: '员工名单',
        rows: [
          ['姓名', '岗位'],
          ['赵一', '售后客服'],
        ],
      },
    ]),
  );
}

describe('onEdit', () => {
  it('marks a row broken by an edit and unmarks it once fixed', () => {
    const wb = installFake(toFake(teamWorkbook(false).sheets));
    const reg = wb.sheet('售后记录2026');
    reg.setRaw(5, 2, '1381234567');
    onEdit(editEvent('售后记录2026', 5));
    expect(reg.note(5, 2)).toMatch(/^【客服助手】/);
    expect(reg.background(5, 2)).toBe('#fce8e6');
    reg.setRaw(5, 2, '13812345678');
    onEdit(editEvent('售后记录2026', 5));
    expect(reg.note(5, 2)).toBe('');
    expect(reg.background(5, 2)).toBe('#ffffff');
  });

  it('finds a duplicate of an earlier row and a name missing from the roster', () => {
    const wb = installFake(toFake(teamWorkbook(false).sheets));
    const cmp = wb.sheet('Complaint log');
    cmp.setRaw(4, 1, 'T-1');
    cmp.setRaw(4, 8, '路人甲');
    const issues = editRows(port(), 'Complaint log', 4, 1, TEAM_NOW, 'zh');
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['投诉编号', 'duplicate'],
      ['被投诉人', 'unknown_staff'],
    ]);
  });

  it('uses the roster and lists as they are now, edits to them included', () => {
    const wb = installFake(toFake(teamWorkbook(false).sheets));
    wb.sheet('奖罚').setRaw(3, 2, '新人');
    expect(editRows(port(), '奖罚', 3, 1, TEAM_NOW, 'zh').map((i) => i.code)).toEqual(['unknown_staff']);
    wb.sheet('人员名单').setRaw(8, 1, '新人');
    wb.sheet('人员名单').setRaw(8, 2, '售后客服');
    expect(editRows(port(), '奖罚', 3, 1, TEAM_NOW, 'zh')).toEqual([]);
  });

  it('handles a paste of 500 rows at once', () => {
    const wb = bigWorkbook(600);
    editRows(port(), '售后登记', 50, 500, TEAM_NOW, 'zh');
    const marked = [];
    for (let r = 3; r < 603; r++) if (wb.sheet('售后登记').note(r, 3) !== '') marked.push(r);
    const expected = [];
    for (let r = 50; r < 550; r++) if ((r - 3) % 7 === 3) expected.push(r);
    expect(marked).toEqual(expected);
  });

  it('makes the same service calls for 100 rows as for 20,000', () => {
    const calls = (n: number) => {
      const wb = bigWorkbook(n);
      wb.counter.reset();
      onEdit(editEvent('售后登记', 10));
      const snapshot = wb.counter.snapshot();
      vi.unstubAllGlobals();
      return snapshot;
    };
    const small = calls(100);
    const large = calls(20_000);
    expect(large).toEqual(small);
    // The first edit reads every sheet's header rows and their merged cells, the settings sheets,
    // and the add-on's marks (two metadata finders: its sheets and its columns), then the edited
    // rows' notes and colours (remembered in the document cache for the next edits of these rows).
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThan(57);
    expect(small['Range.getNotes']).toBe(1);
  });

  it('leaves the add-on’s own sheets alone', () => {
    const wb = installFake(toFake(teamWorkbook(true).sheets));
    runValidation(port(), { now: TEAM_NOW, lang: 'zh', write: true });
    wb.counter.reset();
    onEdit(editEvent('校验报告', 3));
    expect(wb.counter.get('Range.setNotes')).toBe(0);
  });
});

describe('Validate all', () => {
  it('makes the same service calls for 100 rows as for 20,000', () => {
    const calls = (n: number) => {
      const wb = bigWorkbook(n);
      wb.counter.reset();
      runValidation(port(), { now: TEAM_NOW, lang: 'zh', write: true });
      const snapshot = wb.counter.snapshot();
      vi.unstubAllGlobals();
      return snapshot;
    };
    const small = calls(100);
    expect(calls(20_000)).toEqual(small);
    expect(small['Range.getValues']).toBe(2);
    expect(small['Range.setNotes']).toBe(1);
  });

  it('lists at most 500 issues in 校验报告 and says how many more are marked in the sheet', () => {
    const wb = bigWorkbook(7_000);
    runValidation(port(), { now: TEAM_NOW, lang: 'zh', write: true });
    const report = reportSheet(wb).rows;
    expect(report).toHaveLength(500 + 1);
    expect(report.at(-1)?.[0]).toBe(
      '另有 500 个问题未列出（单元格上均已标注）；请先修正以上问题后重新检查。',
    );
    // Rows 6, 13, 20… have a bad phone: one far below the 500 listed is still marked.
    expect(wb.sheet('售后登记').note(6 + 7 * 900, 3)).toMatch(/^【客服助手】/);
  });

  it('links each issue of 校验报告 to its cell with a HYPERLINK to the sheet’s gid', () => {
    // The same run as test/app/validate.test.ts on the memory workbook, as Sheets holds the link.
    const wb = installFake(toFake(teamWorkbook(true).sheets));
    runValidation(port(), { now: TEAM_NOW, lang: 'zh', write: true });
    runValidation(port(), { now: TEAM_NOW, lang: 'zh', write: true });
    const { headerRow } = reportSheet(wb);
    const report = wb.sheet('校验报告');
    expect(report.value(headerRow + 1, 4)).toBe('电话');
    expect(report.formula(headerRow + 1, 8)).toMatch(/^=HYPERLINK\("#gid=\d+&range=B5","售后记录2026!B5"\)$/);
  });

  it('changes nothing in Sheets on a second run, and sets no notes', () => {
    const wb = installFake(toFake(teamWorkbook(true).sheets));
    runValidation(port(), { now: TEAM_NOW, lang: 'zh', write: true });
    const first = workbookState(wb);
    wb.counter.reset();
    runValidation(port(), { now: TEAM_NOW, lang: 'zh', write: true });
    expect(workbookState(wb)).toEqual(first);
    expect(wb.counter.get('Range.setNotes')).toBe(0);
  });

  it('toasts the counts from the menu', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    const wb = installFake(toFake(teamWorkbook(true).sheets));
    menuValidateAll();
    expect(wb.toasts.at(-1)?.message).toBe('检查完成：29 行，错误 20 个，警告 4 个。详见「校验报告」。');
  });
});

describe('onEdit with its cached context', () => {
  it('reads only what the edit validates once the context is cached', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    const wb = bigWorkbook(2_000);
    onEdit(editEvent('售后登记', 10));
    const cold = wb.counter.total();
    const event = editEvent('售后登记', 500);
    wb.counter.reset();
    onEdit(event);
    const calls = wb.counter.snapshot();
    // No settings sheet is read: the header row (a column may have been inserted since), the
    // edited row, and the key columns for the duplicate check (登记日期 was edited) are the only
    // values read; then the row's notes and colours (no edit has seen row 500 yet).
    expect(calls['Sheet.getDataRange'] ?? 0).toBe(0);
    expect(calls['Range.getValues']).toBe(3);
    expect(calls['Range.getNotes']).toBe(1);
    expect(calls['Range.getBackgrounds']).toBe(1);
    expect(wb.counter.total()).toBeLessThan(cold);
    // Row 500 holds a valid phone; row 1004 (a bad one) is untouched by an edit of row 500.
    expect(wb.sheet('售后登记').note(500, 3)).toBe('');
    expect(wb.sheet('售后登记').note(1004, 3)).toBe('');
  });

  it('rebuilds the context when the roster is edited, so a new colleague is known at once', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    const wb = installFake(toFake(teamWorkbook(false).sheets));
    const ledgerEdit = () =>
      ({
        range: SpreadsheetApp.getActive().getSheetByName('奖罚')!.getRange(3, 2),
        authMode: ScriptApp.AuthMode.LIMITED,
      }) as unknown as GoogleAppsScript.Events.SheetsOnEdit;
    onEdit(ledgerEdit());
    wb.sheet('奖罚').setRaw(3, 2, '新人');
    onEdit(ledgerEdit());
    expect(wb.sheet('奖罚').note(3, 2)).toMatch(/「新人」不在员工名单中/);
    wb.sheet('人员名单').setRaw(8, 1, '新人');
    wb.sheet('人员名单').setRaw(8, 2, '售后客服');
    onEdit(editEvent('人员名单', 8));
    onEdit(ledgerEdit());
    expect(wb.sheet('奖罚').note(3, 2)).toBe('');
  });

  it('trusts the cached context for ten minutes at most', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    const wb = bigWorkbook(100);
    onEdit(editEvent('售后登记', 10));
    vi.setSystemTime(TEAM_NOW + 11 * 60_000);
    wb.counter.reset();
    onEdit(editEvent('售后登记', 20));
    expect(wb.counter.get('Sheet.getDataRange')).toBe(1);
  });
});

describe('onEdit’s duplicate check', () => {
  it('reads no key columns when the edited row has no serial number to repeat', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    const wb = bigWorkbook(500);
    onEdit(editEvent('售后登记', 10));
    wb.sheet('售后登记').setRaw(20, 5, '');
    const event = editEvent('售后登记', 20);
    wb.counter.reset();
    onEdit(event);
    // The header row and the edited row.
    expect(wb.counter.get('Range.getValues')).toBe(2);
  });
});

describe('onEdit without a document lock', () => {
  it('still validates when Apps Script gives no document lock', () => {
    const wb = installFake(toFake(teamWorkbook(false).sheets));
    vi.stubGlobal('LockService', { getDocumentLock: () => null });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    wb.sheet('售后记录2026').setRaw(5, 2, '1381234567');
    onEdit(editEvent('售后记录2026', 5));
    expect(wb.sheet('售后记录2026').note(5, 2)).toMatch(/^【客服助手】/);
  });
});
