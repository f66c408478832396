// onEdit under Apps Script's real limits: authorization modes, the 100 KB cache counted in bytes,
// a cache that refuses writes, and columns inserted without any edit event.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onEdit } from '../../src/gas/entry';
import type { FakeWorkbook } from '../fake/spreadsheet';
import { installFake } from '../helpers/install';
import { type SheetData, sh, TEAM_NOW, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function editEvent(sheet: string, row: number, authMode = 'LIMITED'): GoogleAppsScript.Events.SheetsOnEdit {
  return {
    range: SpreadsheetApp.getActive().getSheetByName(sheet)!.getRange(row, 1),
    authMode: ScriptApp.AuthMode[authMode as 'LIMITED'],
  } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
}

/** A registration log (row 11's phone is bad) and a roster with `notes` characters of Chinese per colleague. */
function workbook(rosterSize = 3, noteLength = 0): FakeWorkbook {
  const rows: SheetData['rows'][number][] = [
    ['登记日期', '客户姓名', '客户电话', '产品型号', '产品序列号', '问题描述', '登记人', '处理结果'],
  ];
  for (let i = 0; i < 20; i++) {
    rows.push([
      sh(2026, 10, 2),
      `客户${i}`,
      `139${String(10_000_000 + i)}`,
      'X-1',
      `S${i}`,
      '不制冷',
      '赵一',
      '',
    ]);
  }
  (rows[10] as unknown[])[2] = '12345';
  const roster: SheetData['rows'][number][] = [['姓名', '岗位', '备注']];
  for (let i = 0; i < rosterSize; i++)
    roster.push([i === 0 ? '赵一' : `员工${i}`, '售后客服', '备'.repeat(noteLength)]);
  return installFake(
    toFake([
      { name: '售后登记', rows },
      { name: '人员名单', rows: roster },
    ]),
  );
}

const BAD_PHONE = /^【客服助手】/;

describe('onEdit and authorization', () => {
  it('makes no service call at all in AuthMode.NONE (the add-on not yet used in this document)', () => {
    const wb = workbook();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const event = editEvent('售后登记', 10, 'NONE');
    wb.authMode = 'NONE';
    wb.counter.reset();
    onEdit(event);
    expect(wb.counter.total()).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it('validates in AuthMode.LIMITED, as a simple trigger runs', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    const wb = workbook();
    wb.simpleTrigger(() => onEdit(editEvent('售后登记', 11)));
    expect(wb.sheet('售后登记').note(11, 3)).toMatch(BAD_PHONE);
  });
});

describe('onEdit’s cached context', () => {
  it('measures the cache in UTF-8 bytes: a context over 100 KB of Chinese is not kept, and the edit is still validated', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    // About 40,000 characters: under 90,000 characters, but 120 KB in UTF-8.
    const wb = workbook(1_000, 40);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    wb.simpleTrigger(() => onEdit(editEvent('售后登记', 11)));
    expect(wb.sheet('售后登记').note(11, 3)).toMatch(BAD_PHONE);
    expect(errors).not.toHaveBeenCalled();
    expect(wb.documentCache.has('kefu.editContext.v1')).toBe(false);
  });

  it('validates the edit when the cache refuses writes, and logs it', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    const wb = workbook();
    wb.cacheFailure = 'Service error: CacheService';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    wb.simpleTrigger(() => onEdit(editEvent('售后登记', 11)));
    expect(wb.sheet('售后登记').note(11, 3)).toMatch(BAD_PHONE);
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([
      '[kefu-sheets] keeping the edit context failed',
      '[kefu-sheets] keeping the memory of marked rows failed',
    ]);
  });

  it('notices a column inserted since the context was kept (Sheets fires no onEdit for it)', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    const wb = workbook();
    wb.simpleTrigger(() => onEdit(editEvent('售后登记', 5)));
    expect(wb.documentCache.has('kefu.editContext.v1')).toBe(true);
    // A colleague inserts 客户地址 before 客户电话: the phone moves from C to D.
    SpreadsheetApp.getActive().getSheetByName('售后登记')!.insertColumnsBefore(3, 1);
    wb.sheet('售后登记').setRaw(1, 3, '客户地址');
    wb.sheet('售后登记').setRaw(11, 3, '上海市长宁区');
    wb.simpleTrigger(() => onEdit(editEvent('售后登记', 11)));
    expect(wb.sheet('售后登记').note(11, 4)).toMatch(BAD_PHONE);
    expect(wb.sheet('售后登记').note(11, 3)).toBe('');
  });
});
