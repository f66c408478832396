import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readEntryExports } from '../../scripts/build.mjs';
import { FakeWorkbook } from '../fake/spreadsheet';
import { CODE, loadBundle } from '../helpers/bundle';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { sh, teamWorkbook, toFake } from '../helpers/workbooks';

function topLevelFunctions(context: vm.Context): string[] {
  return Object.keys(context)
    .filter((k) => typeof context[k] === 'function')
    .sort();
}

describe('dist/Code.js in node:vm', () => {
  let wb: FakeWorkbook;
  beforeEach(() => {
    wb = new FakeWorkbook();
    wb.addSheet('员工名单', [
      ['姓名', '岗位'],
      ['王芳', '主管'],
    ]);
  });

  it('stays under 800 KB, with the names of its functions as written for the editor’s logs', () => {
    const code = readFileSync(CODE, 'utf8');
    expect(Buffer.byteLength(code)).toBeLessThan(800 * 1024);
    expect(code).toMatch(/function recogniseSheet\(/);
  });

  it('defines exactly the entry module’s exports as top-level functions', () => {
    const context = loadBundle(wb);
    const exported = readEntryExports()
      .map((e) => e.name)
      .sort();
    expect(exported).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'onEdit', 'KEFU_PHONE']));
    expect(topLevelFunctions(context)).toEqual(exported);
  });

  it('has no Node globals, timers or require inside', () => {
    const context = loadBundle(wb);
    for (const name of [
      'require',
      'process',
      'Buffer',
      'setTimeout',
      'setInterval',
      'module',
      'exports',
      'fetch',
    ]) {
      expect(vm.runInContext(`typeof ${name}`, context), name).toBe('undefined');
    }
  });

  it('carries a generated banner and no class static or #private fields', () => {
    const code = readFileSync(CODE, 'utf8');
    expect(code.startsWith('// Generated code, do not edit')).toBe(true);
    expect(code).not.toMatch(/^\s*static\s+[\w$]+\s*=/m);
    // A private member is declared at the start of a line in a class body, or used as `this.#x`
    // (a URL fragment such as `${url}#gid=` is neither).
    expect(code).not.toMatch(/(^\s*|\.)#[a-zA-Z_$][\w$]*\s*[;=(]/m);
    expect('class A {\n  #x = 1;\n}').toMatch(/(^\s*|\.)#[a-zA-Z_$][\w$]*\s*[;=(]/m);
    expect('this.#x = 2;').toMatch(/(^\s*|\.)#[a-zA-Z_$][\w$]*\s*[;=(]/m);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('keeps the @customfunction JSDoc with the parameter names on the stubs', () => {
    const code = readFileSync(CODE, 'utf8');
    expect(code).toMatch(
      /@param \{[^}]*\} phone[^\n]*\n[\s\S]*?@param \{[^}]*\} settings_range[\s\S]*?@customfunction\s*\*\/\nfunction KEFU_PHONE\(phone, settings_range\) \{/,
    );
  });

  it('builds the menus in AuthMode.NONE, every item naming a top-level function', () => {
    wb.authMode = 'NONE';
    const context = loadBundle(wb);
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.NONE })', context);
    expect(wb.menus).toHaveLength(1);
    const menu = wb.menus[0]!;
    expect(menu.addon).toBe(true);
    expect(menu.added).toBe(true);
    const names = menu.functionNames();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(typeof context[name], name).toBe('function');
  });

  it('adds a top-level menu too when bound to the sheet, in the user’s language', () => {
    wb.userLocale = 'en-US';
    const context = loadBundle(wb);
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.LIMITED })', context);
    expect(wb.menus.map((m) => [m.addon, m.caption, m.added])).toEqual([
      [true, '', true],
      [false, 'Kefu Sheets', true],
    ]);
    expect(wb.menus[1]?.items[0]).toEqual({ caption: 'Set up sheets', functionName: 'menuSetup' });
    expect(wb.menus[1]?.items.at(-1)).toEqual({ caption: 'About Kefu Sheets', functionName: 'menuAbout' });
  });

  it('shows Chinese captions for a zh locale', () => {
    const context = loadBundle(wb);
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.LIMITED })', context);
    expect(wb.menus[1]?.caption).toBe('客服助手');
  });

  it('answers KEFU_PHONE for a value and for a 2-D range', () => {
    const context = loadBundle(wb);
    expect(vm.runInContext('KEFU_PHONE("138 1234 5678")', context)).toBe('13812345678');
    context.input = [
      ['021 6234 5678', 'bad'],
      ['+86 13912345678', ''],
    ];
    expect(vm.runInContext('KEFU_PHONE(input)', context)).toEqual([
      ['021-62345678', ''],
      ['13912345678', ''],
    ]);
  });

  it('writes KEFU_PHONE as 地区 does: Taiwan’s and Hong Kong’s numbers, any with a country code', () => {
    // 中国大陆 (no 规则设置): a local Taiwanese number is none; one with its country code is.
    const cn = loadBundle(wb);
    expect(vm.runInContext('KEFU_PHONE("0912-345-678")', cn)).toBe('');
    expect(vm.runInContext('KEFU_PHONE("+886 912 345 678")', cn)).toBe('+886 912 345 678');
    expect(vm.runInContext('KEFU_PHONE("+49 30 1234567")', cn)).toBe('+49 30 1234567');
    wb.addSheet('规则设置', [
      ['参数', '值', '说明'],
      ['地区', '台湾', ''],
    ]);
    const tw = loadBundle(wb);
    tw.input = [
      ['0912345678', '(02) 2345-6789'],
      ['+886 912 345 678', '13812345678'],
      ['07-123-4567', '9123 4567'],
    ];
    // The settings range only makes Sheets recalculate: 规则设置 is read as every function reads it.
    tw.settings = [['地区', '台湾']];
    expect(vm.runInContext('KEFU_PHONE(input, settings)', tw)).toEqual([
      ['0912-345-678', '02-2345-6789'],
      ['0912-345-678', '13812345678'],
      ['07-123-4567', ''],
    ]);
    wb.sheet('规则设置').setRaw(2, 2, '香港');
    const hk = loadBundle(wb);
    expect(vm.runInContext('KEFU_PHONE("+852 6123 4567")', hk)).toBe('6123 4567');
    expect(vm.runInContext('KEFU_PHONE(91234567)', hk)).toBe('9123 4567');
  });

  it('runs a menu action and reports in the user’s language', () => {
    wb.addSheet('每月奖罚登记表', [['日期', '姓名', '规则代码']]);
    const context = loadBundle(wb);
    vm.runInContext('menuAbout()', context);
    expect(wb.alerts[0]).toContain('每月奖罚登记表 → 奖惩登记');
    expect(wb.alerts[0]).toContain('员工名单 → 员工名单');
  });

  it('runs Set up, Validate all and onEdit from the bundle', () => {
    const team = toFake(teamWorkbook(true).sheets);
    const context = loadBundle(team);
    vm.runInContext('menuSetup(); menuValidateAll();', context);
    expect(team.alerts).toEqual([]);
    // Set-up added the rule catalogue and parameters, which are checked too.
    expect(team.toasts.at(-1)?.message).toMatch(/^检查完成：\d+ 行，错误 20 个，警告 \d+ 个/);
    expect(team.sheet('售后记录2026').note(5, 2)).toMatch(/^【客服助手】/);
    team.sheet('售后记录2026').setRaw(5, 2, '13812345678');
    vm.runInContext(
      'onEdit({ range: SpreadsheetApp.getActive().getSheetByName("售后记录2026").getRange(5, 2), authMode: ScriptApp.AuthMode.LIMITED })',
      context,
    );
    expect(team.sheet('售后记录2026').note(5, 2)).toBe('');
  });

  it('answers KEFU_FINE with the domain.md examples, for values and for a 2-D range', () => {
    const context = loadBundle(wb);
    expect(vm.runInContext('KEFU_FINE(85)', context)).toBe(200);
    expect(vm.runInContext('KEFU_FINE(85.5)', context)).toBe(190);
    expect(vm.runInContext('KEFU_FINE(60)', context)).toBe(1000);
    expect(vm.runInContext('KEFU_FINE(59)', context)).toBe(1040);
    expect(vm.runInContext('KEFU_FINE(100)', context)).toBe(0);
    expect(vm.runInContext('KEFU_FINE(85, "全额")', context)).toBe(300);
    expect(vm.runInContext('KEFU_FINE(90, "全额")', context)).toBe(100);
    context.scores = [
      [85, 85.5],
      [60, ''],
      ['１０３分', 'abc'],
    ];
    expect(vm.runInContext('KEFU_FINE(scores)', context)).toEqual([
      [200, 190],
      [1000, ''],
      [0, '不是数字：abc'],
    ]);
    expect(() => vm.runInContext('KEFU_FINE(85, "按天")', context)).toThrow(
      '方式只能是“累进”或“全额”，收到：按天',
    );
  });

  it('answers KEFU_KPI_POINTS for values and for ranges', () => {
    const context = loadBundle(wb);
    expect(vm.runInContext('KEFU_KPI_POINTS(57, 100)', context)).toBe(1);
    expect(vm.runInContext('KEFU_KPI_POINTS(579, 1000)', context)).toBe(1);
    expect(vm.runInContext('KEFU_KPI_POINTS(525, 1000)', context)).toBe(-1);
    expect(vm.runInContext('KEFU_KPI_POINTS(156, 300, 2)', context)).toBe(-2.5);
    expect(vm.runInContext('KEFU_KPI_POINTS(0, 0, 1)', context)).toBe(-0.5);
    context.deals = [[57], [156], ['']];
    context.receptions = [[100], [300], [50]];
    context.lost = [[0], [2], [0]];
    expect(vm.runInContext('KEFU_KPI_POINTS(deals, receptions, lost)', context)).toEqual([[1], [-2.5], ['']]);
  });

  it('uses the values of 规则设置 in custom functions when the sheet exists', () => {
    wb.addSheet('规则设置', [
      ['参数', '值'],
      ['罚款方式', '全额'],
      ['罚款档位', '5,10,15,20'],
      ['转化率基准', '50%'],
    ]);
    const context = loadBundle(wb);
    expect(vm.runInContext('KEFU_FINE(85)', context)).toBe(150);
    expect(vm.runInContext('KEFU_KPI_POINTS(57, 100)', context)).toBe(3.5);
  });

  it('answers the domain.md working-hours example through KEFU_DUE, and the calendar functions', () => {
    const context = loadBundle(wb);
    context.start = new Date('2026-09-30T17:00:00+08:00');
    const due = vm.runInContext('KEFU_DUE(start, 24, "工作时")', context) as Date;
    expect(due.toISOString()).toBe('2026-10-10T06:00:00.000Z');
    const calendarDue = vm.runInContext('KEFU_DUE(start, 24)', context) as Date;
    expect(calendarDue.toISOString()).toBe('2026-10-01T09:00:00.000Z');
    expect(vm.runInContext('KEFU_WORKHOURS(start, new Date("2026-10-10T14:00:00+08:00"))', context)).toBe(24);
    context.days = [['2026-10-01'], ['2026-10-10'], ['2026-10-11'], ['2026-10-12'], ['']];
    expect(vm.runInContext('KEFU_ISWORKDAY(days)', context)).toEqual([
      [false],
      [true],
      [false],
      [true],
      [''],
    ]);
    context.starts = [['2026-09-30 17:00'], ['not a date']];
    const column = vm.runInContext('KEFU_DUE(starts, 24, "工作时")', context) as unknown[][];
    expect((column[0]![0] as Date).toISOString()).toBe('2026-10-10T06:00:00.000Z');
    expect(column[1]?.[0]).toBe('不是日期：not a date');
    // More working hours than a calendar of 400 days holds: the reason in the cell, not an error code.
    const tooMany = vm.runInContext('KEFU_DUE(start, 100000, "工作时")', context);
    expect(tooMany).toMatch(/400/);
    expect(tooMany).not.toMatch(/calendar_no_working_days/);
  });

  it('takes a range of the settings sheets as an optional last argument, so Sheets recalculates when they change', () => {
    wb.addSheet('规则设置', [
      ['参数', '值'],
      ['罚款方式', '全额'],
    ]);
    const context = loadBundle(wb);
    context.settings = [
      ['参数', '值', ''],
      ['罚款方式', '全额', ''],
    ];
    context.start = new Date('2026-09-30T17:00:00+08:00');
    expect(vm.runInContext('KEFU_FINE(85, "", settings)', context)).toBe(300);
    // Given where the mode goes, a range is no mode.
    expect(vm.runInContext('KEFU_FINE(85, settings)', context)).toBe(300);
    expect(vm.runInContext('KEFU_KPI_POINTS(57, 100, "", settings)', context)).toBe(1);
    expect((vm.runInContext('KEFU_DUE(start, 24, "工作时", settings)', context) as Date).toISOString()).toBe(
      '2026-10-10T06:00:00.000Z',
    );
    expect((vm.runInContext('KEFU_DUE(start, 24, settings)', context) as Date).toISOString()).toBe(
      '2026-10-01T09:00:00.000Z',
    );
    expect(
      vm.runInContext('KEFU_WORKHOURS(start, new Date("2026-10-10T14:00:00+08:00"), settings)', context),
    ).toBe(24);
    expect(vm.runInContext('KEFU_ISWORKDAY("2026-10-10", settings)', context)).toBe(true);
    const code = readFileSync(CODE, 'utf8');
    for (const name of ['KEFU_FINE', 'KEFU_KPI_POINTS', 'KEFU_DUE', 'KEFU_WORKHOURS', 'KEFU_ISWORKDAY']) {
      expect(code, name).toMatch(
        new RegExp(
          `@param \\{[^}]*\\} settings_range [^\\n]*\\n[\\s\\S]*?@customfunction\\s*\\*/\\nfunction ${name}\\([^)]*settings_range\\)`,
        ),
      );
    }
  });

  it('uses the team’s 节假日 and 工作时间 in the calendar functions', () => {
    wb.addSheet('规则设置', [
      ['参数', '值'],
      ['工作时间', '8:30-17:30'],
    ]);
    wb.addSheet('节假日', [
      ['日期', '类型'],
      ['2026-10-09', '休'],
      ['2026-10-11', '班'],
    ]);
    const context = loadBundle(wb);
    expect(vm.runInContext('KEFU_ISWORKDAY("2026-10-11")', context)).toBe(true);
    expect(vm.runInContext('KEFU_ISWORKDAY("2026-10-09")', context)).toBe(false);
    const due = vm.runInContext('KEFU_DUE("2026-09-30 16:00", 24, "工作时")', context) as Date;
    expect(due.toISOString()).toBe('2026-10-11T05:00:00.000Z');
  });

  it('follows 地区 in the calendar functions: Taiwan works the mainland’s National Day week', () => {
    wb.addSheet('规则设置', [
      ['参数', '值', '说明'],
      ['地区', '台湾', ''],
    ]);
    const context = loadBundle(wb);
    // 08:30-17:30 (Taiwan's default): 09-30 8.5 h, 10-01 9 h, 10-02 6.5 h → 15:00 (+08:00).
    const due = vm.runInContext('KEFU_DUE("2026-09-30 09:00", 24, "工作时")', context) as Date;
    expect(due.toISOString()).toBe('2026-10-02T07:00:00.000Z');
    context.days = [['2026-10-01'], ['2026-10-09'], ['2026-10-10'], ['2026-09-28']];
    expect(vm.runInContext('KEFU_ISWORKDAY(days)', context)).toEqual([[true], [false], [false], [false]]);
    expect(vm.runInContext('KEFU_WORKHOURS("2026-09-30 09:00", "2026-10-02 15:00")', context)).toBe(24);
    // As a Taiwanese team writes it: the mode in Traditional, the date in the ROC calendar.
    const roc = vm.runInContext('KEFU_DUE("115/09/30 09:00", 24, "工作時")', context) as Date;
    expect(roc.toISOString()).toBe('2026-10-02T07:00:00.000Z');
  });
});

describe('the group robot from dist/Code.js', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('posts the hourly digest signed by Utilities through UrlFetchApp, and a new major complaint at once', () => {
    vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
    const sheets = complaintsWorkbook(true);
    const params = sheets.find((s) => s.name === '规则设置')!.rows as unknown[][];
    params.push(
      ['提醒群机器人', 'https://oapi.dingtalk.com/robot/send?access_token=tok'],
      ['群机器人密钥', 'SECbundle'],
      ['周报时间', '周日 23:59'],
    );
    const wb = toFake(sheets);
    // The bundle's clock is this test's fixed one (the realm's Date, as the Sheets service's are).
    const context = vm.createContext({ ...wb.globals(), console, Date });
    vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
    vm.runInContext('refreshHourly()', context);
    expect(wb.fetched).toHaveLength(1);
    const url = new URL(wb.fetched[0]!.url);
    const timestamp = url.searchParams.get('timestamp') ?? '';
    expect(timestamp).toBe(String(Date.parse(COMPLAINTS_NOW)));
    const sign = createHmac('sha256', 'SECbundle').update(`${timestamp}\nSECbundle`).digest('base64');
    expect(url.searchParams.get('sign')).toBe(sign);
    const text = (JSON.parse(wb.fetched[0]!.payload) as { markdown: { text: string } }).markdown.text;
    expect(text).toContain('- C1｜普通｜答复超时｜');
    expect(text).toContain('甲 139****0001');
    expect(text).not.toContain('13912340001');

    const sheet = wb.sheet('客诉');
    const row = ['C9', sh(2026, 10, 12, 9, 55), '癸', '13912340009', '重大', '起火', '赵一'];
    for (const [i, value] of row.entries()) sheet.setRaw(7, i + 1, value);
    vm.runInContext(
      'alertMajorComplaints({ range: SpreadsheetApp.getActive().getSheetByName("客诉").getRange(7, 1, 1, 11), authMode: ScriptApp.AuthMode.FULL })',
      context,
    );
    expect(wb.fetched).toHaveLength(2);
    const alert = (JSON.parse(wb.fetched[1]!.payload) as { markdown: { text: string } }).markdown.text;
    expect(alert).toMatch(/^\*\*【客服助手】新的重大投诉 1 件\*\*/);
    expect(alert).toContain('癸 139****0009');
  });

  it('keeps the robot through the settings dialog’s calls and posts to it, the dialog naming the host only', () => {
    vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
    const wb = toFake(complaintsWorkbook(true));
    const context = vm.createContext({ ...wb.globals(), console, Date });
    vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
    const token = '0c1d2e3f405162738495a6b7c8d9eaf1';
    const state = vm.runInContext(
      `robotSettingsSave('https://oapi.dingtalk.com/robot/send?access_token=${token}', 'SECbundle0123456789')`,
      context,
    ) as { lines: string[] };
    expect(state.lines.join('\n')).toContain('oapi.dingtalk.com/robot/send');
    expect(JSON.stringify(state)).not.toContain(token);
    vm.runInContext('menuCheckComplaints()', context);
    expect(wb.fetched).toHaveLength(1);
    expect(new URL(wb.fetched[0]!.url).searchParams.get('access_token')).toBe(token);
    vm.runInContext('robotSettingsRemove()', context);
    expect(wb.documentProperties.has('kefu.robot.settings')).toBe(false);
  });
});
