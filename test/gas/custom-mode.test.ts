import vm from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorkbook } from '../fake/spreadsheet';
import { loadBundle } from '../helpers/bundle';
import { sh } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
});

/** A team's workbook with 规则设置 (working hours, fines) and 节假日. */
function teamWithSettings(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('规则设置', [
    ['参数', '值', '说明'],
    ['地区', '中国大陆', ''],
    ['计时方式', '工作时', ''],
    ['工作时间', '09:00-18:00', ''],
  ]);
  wb.addSheet('节假日', [
    ['日期', '类型', '说明'],
    ['2026-11-06', '休', '团建'],
  ]);
  wb.addSheet('投诉登记', [
    ['投诉时间', '联系电话', '得分'],
    [sh(2026, 11, 5, 17), '138 1234 5678', 85],
  ]);
  return wb;
}

/** Each custom function with arguments a cell would give it. */
const CALLS: readonly [string, string][] = [
  ['KEFU_PHONE', 'KEFU_PHONE("138 1234 5678", settings)'],
  ['KEFU_FINE', 'KEFU_FINE([[85],[59]], "", settings)'],
  ['KEFU_KPI_POINTS', 'KEFU_KPI_POINTS(12, 100, 1, settings)'],
  ['KEFU_DUE', 'KEFU_DUE(start, 8, "工作时", settings)'],
  ['KEFU_WORKHOURS', 'KEFU_WORKHOURS(start, end, settings)'],
  ['KEFU_ISWORKDAY', 'KEFU_ISWORKDAY([[start],[holiday]], settings)'],
];

function run(wb: FakeWorkbook, mode: 'FULL' | 'CUSTOM_FUNCTION', call: string): unknown {
  const context = loadBundle(wb);
  context.settings = [['参数', '值']];
  context.start = sh(2026, 11, 5, 17);
  context.end = sh(2026, 11, 9, 10);
  context.holiday = sh(2026, 11, 6);
  wb.authMode = mode;
  try {
    return vm.runInContext(call, context);
  } finally {
    wb.authMode = 'FULL';
  }
}

describe('the fake in AuthMode.CUSTOM_FUNCTION', () => {
  it('lets a formula read the spreadsheet, and refuses writes, the UI, mail and triggers as Sheets does', () => {
    const wb = teamWithSettings();
    const g = wb.globals();
    wb.customFunction(() => {
      const sheet = g.SpreadsheetApp.getActive().getSheetByName('投诉登记');
      expect(sheet?.getRange(2, 3).getValue()).toBe(85);
      expect(sheet?.getDataRange().getValues()).toHaveLength(2);
      expect(g.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')).toBe('1970');
      expect(g.PropertiesService.getDocumentProperties().getProperty('x')).toBeNull();
      expect(g.Session.getEffectiveUser().getEmail()).toBe('');
      g.CacheService.getDocumentCache()?.put('k', 'v');
      expect(() => sheet?.getRange(2, 3).setValue(1)).toThrow(
        'You do not have permission to call Range.setValue',
      );
      expect(() => sheet?.getRange(2, 3).setNotes([['x']])).toThrow(/permission to call Range\.setNotes/);
      expect(() => sheet?.insertRowsAfter(1, 1)).toThrow(/permission to call Sheet\.insertRowsAfter/);
      expect(() => g.SpreadsheetApp.getUi()).toThrow(/permission to call SpreadsheetApp\.getUi/);
      expect(() => g.SpreadsheetApp.getActive().toast('x')).toThrow(/permission to call Spreadsheet\.toast/);
      expect(() => g.MailApp.sendEmail({ to: 'a@example.com', subject: 's', body: 'b' })).toThrow(
        /permission to call MailApp\.sendEmail/,
      );
      expect(() => g.ScriptApp.getProjectTriggers()).toThrow(/permission to call ScriptApp/);
      expect(() => g.PropertiesService.getUserProperties().setProperty('k', 'v')).toThrow(
        /permission to call Properties\.setProperty/,
      );
    });
    expect(wb.sheet('投诉登记').value(2, 3)).toBe(85);
    expect(wb.authMode).toBe('FULL');
  });
});

describe('every KEFU_* function through dist/Code.js in AuthMode.CUSTOM_FUNCTION', () => {
  for (const [name, call] of CALLS) {
    it(`${name} answers as it does with full authorization, calling only what Sheets allows`, () => {
      const full = run(teamWithSettings(), 'FULL', call);
      const wb = teamWithSettings();
      wb.counter.reset();
      const custom = run(wb, 'CUSTOM_FUNCTION', call);
      expect(custom).toEqual(full);
      // Nothing but reads of the spreadsheet and the services a formula may use.
      expect(Object.keys(wb.counter.snapshot()).length, name).toBeGreaterThan(0);
      for (const called of Object.keys(wb.counter.snapshot())) {
        expect(called, name).not.toMatch(
          /\.(set|insert|delete|clear|add|remove|toast|getUi)|^(MailApp|ScriptApp)\./,
        );
      }
    });
  }

  it('gives the results a team expects from them', () => {
    expect(run(teamWithSettings(), 'CUSTOM_FUNCTION', CALLS[0]?.[1] ?? '')).toBe('13812345678');
    expect(run(teamWithSettings(), 'CUSTOM_FUNCTION', CALLS[1]?.[1] ?? '')).toEqual([[200], [1040]]);
    // 17:00 on Thursday 11-05 plus 8 working hours: 1 on Thursday, Friday 11-06 is 节假日's day
    // off, the weekend skipped, 7 on Monday: 16:00 on 11-09.
    const due = run(teamWithSettings(), 'CUSTOM_FUNCTION', CALLS[3]?.[1] ?? '') as Date;
    expect(due.getTime()).toBe(sh(2026, 11, 9, 16).getTime());
    expect(run(teamWithSettings(), 'CUSTOM_FUNCTION', CALLS[5]?.[1] ?? '')).toEqual([[true], [false]]);
  });

  it('fails a call in words, not with a permission error, when 规则设置 holds a bad value', () => {
    const wb = teamWithSettings();
    wb.sheet('规则设置').setRaw(3, 2, '按天');
    expect(() => run(wb, 'CUSTOM_FUNCTION', 'KEFU_DUE(start, 8, "", settings)')).toThrow(/计时方式/);
    expect(() => run(wb, 'CUSTOM_FUNCTION', 'KEFU_DUE(start, 8, "", settings)')).not.toThrow(/permission/);
  });
});
