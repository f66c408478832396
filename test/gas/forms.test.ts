// Google Form response sheets through dist/Code.js in node:vm: a submission fires no onEdit, so the
// hourly refresh also installs a form-submit trigger, whose handler gives the new row what an edit
// gives it (deadline columns, marks) and posts a new major complaint to the group robot.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Cell, FakeWorkbook } from '../fake/spreadsheet';
import { COMPLAINTS_NOW } from '../helpers/complaints-workbook';
import { sh, toFake } from '../helpers/workbooks';

const CODE = join(__dirname, '..', '..', 'dist', 'Code.js');
const DINGTALK = 'https://oapi.dingtalk.com/robot/send?access_token=tok';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A complaints form's response sheet, a sign-up form's (`signUps` answers), a roster and rules. */
function formWorkbook(signUps = 3): FakeWorkbook {
  const complaints = [
    ['时间戳记', '客户姓名', '联系电话', '投诉内容', '级别', '受理人'],
    [sh(2026, 10, 12, 8, 10), '甲', '13912340001', '未发货', '普通', '赵一'],
    [sh(2026, 10, 12, 8, 40), '乙', '13912340002', '少件', '普通', '赵一'],
  ];
  const events: Cell[][] = [['时间戳记', '您的称呼', '参加哪一场', '同行人数']];
  for (let i = 0; i < signUps; i++) events.push([sh(2026, 10, 1, 9, i % 60), `来宾${i}`, '上午场', '2']);
  return toFake([
    { name: '表单回复 1', rows: complaints },
    { name: '表单回复 2', rows: events },
    {
      name: '员工名单',
      rows: [
        ['姓名', '岗位'],
        ['赵一', '售后客服'],
      ],
    },
    {
      name: '规则设置',
      rows: [
        ['参数', '值'],
        ['提醒群机器人', DINGTALK],
        ['群机器人密钥', 'SECforms'],
        ['周报时间', '周日 23:59'],
      ],
    },
  ]);
}

/** Loads dist/Code.js as Apps Script does, the clock being this test's fixed one. */
function loadBundle(wb: FakeWorkbook): vm.Context {
  const context = vm.createContext({ ...wb.globals(), console, Date });
  vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
  return context;
}

/** The form-submit triggers of this document, as ScriptApp lists them. */
function formTriggers(wb: FakeWorkbook): string[][] {
  return wb.triggers
    .filter((t) => t.getEventType() === 'ON_FORM_SUBMIT')
    .map((t) => [t.getHandlerFunction(), t.getEventType(), String(t.getTriggerSourceId())]);
}

describe('form submissions, from dist/Code.js', () => {
  it('installs one form-submit trigger with the hourly refresh, however often it is chosen, and removes it', () => {
    const wb = formWorkbook();
    const context = loadBundle(wb);
    vm.runInContext('menuHourlyOn(); menuHourlyOn();', context);
    expect(wb.alerts).toEqual([]);
    expect(formTriggers(wb)).toEqual([['formSubmitted', 'ON_FORM_SUBMIT', 'fake-spreadsheet-id']]);
    // Its handler is a top-level function of the bundle.
    expect(typeof context.formSubmitted).toBe('function');
    vm.runInContext('menuHourlyOff()', context);
    expect(formTriggers(wb)).toEqual([]);
    expect(wb.triggers).toEqual([]);
    vm.runInContext('menuHourlyOn()', context);
    expect(formTriggers(wb)).toHaveLength(1);
  });

  it('gives a submitted major complaint its deadline columns and posts it to the group once', () => {
    vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
    const wb = formWorkbook();
    const context = loadBundle(wb);
    const handler = (name: string) => context[name];
    // Before the hourly refresh is on, a submission runs nothing: no trigger is installed.
    wb.submitForm('表单回复 1', ['子', '13912340010', '漏水', '重大', '赵一'], handler);
    expect(wb.sheet('表单回复 1').lastColumn()).toBe(6);
    expect(wb.fetched).toEqual([]);

    vm.runInContext('menuHourlyOn()', context);
    const sheet = wb.sheet('表单回复 1');
    const row = wb.submitForm('表单回复 1', ['癸', '13912340009', '起火', '重大', '赵一'], handler);
    expect(row).toBe(5);
    // The add-on's three columns after the form's: 答复截止 2 h and 方案截止 24 h after the timestamp.
    expect(sheet.snapshotValues()[0]?.slice(6)).toEqual(['答复截止', '方案截止', '状态']);
    expect(sheet.value(row, 7)).toEqual(new Date('2026-10-12T12:00:00+08:00'));
    expect(sheet.value(row, 8)).toEqual(new Date('2026-10-13T10:00:00+08:00'));
    expect(sheet.value(row, 9)).toBe('即将超时');
    expect(wb.fetched).toHaveLength(1);
    const text = (JSON.parse(wb.fetched[0]!.payload) as { markdown: { text: string } }).markdown.text;
    expect(text).toMatch(
      /^\*\*【客服助手】新的重大投诉 1 件\*\*\n重大投诉须在 2 小时内答复：\n- 表单回复 1!A5｜重大｜/,
    );
    expect(text).toContain('癸 139****0009');
    expect(text).not.toContain('13912340009');

    // The same row again (a retried trigger, or a later edit of it): never posted twice.
    vm.runInContext(
      'formSubmitted({ range: SpreadsheetApp.getActive().getSheetByName("表单回复 1").getRange(5, 1, 1, 6), authMode: ScriptApp.AuthMode.FULL })',
      context,
    );
    expect(wb.fetched).toHaveLength(1);

    // An ordinary complaint with a phone that is not one: marked as an edit would be, not posted.
    const next = wb.submitForm('表单回复 1', ['丑', '12345', '少件', '普通', '赵一'], handler);
    expect(sheet.note(next, 3)).toMatch(/^【客服助手】/);
    expect(sheet.value(next, 9)).toBe('处理中');
    expect(sheet.note(row, 3)).toBe('');
    expect(wb.fetched).toHaveLength(1);
  });

  it('does nothing for a submission to a sheet the add-on does not know, at the cost of a cache read', () => {
    vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
    // A sign-up form with 40 answers shares the spreadsheet with the complaints form.
    const wb = formWorkbook(40);
    const context = loadBundle(wb);
    const handler = (name: string) => context[name];
    vm.runInContext('menuHourlyOn()', context);
    const before = wb.sheets.map((s) => [s.name, s.snapshotValues(), s.notes.flat().join('')]);
    // The first one after a quiet spell reads the header rows (the edit context is not kept).
    wb.counter.reset();
    const first = wb.submitForm('表单回复 2', ['来宾X', '下午场', '1'], handler);
    const cold = wb.counter.snapshot();
    expect(Object.keys(cold).length).toBeGreaterThan(0);
    for (const name of Object.keys(cold)) {
      expect(name).not.toMatch(/^(LockService|PropertiesService|UrlFetchApp|MailApp)\.|\.(set|insert|add)/);
    }
    // Then, the context kept, a submission there costs a few calls and reads no cell.
    wb.counter.reset();
    wb.submitForm('表单回复 2', ['来宾Y', '下午场', '3'], handler);
    expect(wb.counter.get('Range.getValues')).toBe(0);
    expect(wb.counter.total()).toBeLessThanOrEqual(10);
    // Nothing written but the form's two rows; nothing posted.
    const after = wb.sheets.map((s) => [s.name, s.snapshotValues(), s.notes.flat().join('')]);
    const signUps = wb.sheet('表单回复 2').snapshotValues();
    expect(signUps.slice(first - 1).map((r) => r.slice(1))).toEqual([
      ['来宾X', '下午场', '1'],
      ['来宾Y', '下午场', '3'],
    ]);
    expect(after.filter(([name]) => name !== '表单回复 2')).toEqual(
      before.filter(([name]) => name !== '表单回复 2'),
    );
    expect(wb.sheet('表单回复 2').lastColumn()).toBe(4);
    expect(wb.fetched).toEqual([]);
    expect(wb.alerts).toEqual([]);
  });
});
