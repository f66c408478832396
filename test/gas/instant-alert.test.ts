// The instant alert's edit trigger from dist/Code.js: it runs on every edit of every sheet on its
// owner's daily trigger runtime, so it decides from the event alone (sheet name, edited rows and
// columns, value set or cleared) and what the last full read remembered whether the edit can make
// a complaint new or major; the alerted list is updated under the document lock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cellChange,
  decodeAlertSheets,
  editMayAlert,
  encodeAlertSheets,
} from '../../src/app/alerts/alert-sheets';
import { type Cell, FakeProperties, type FakeWorkbook } from '../fake/spreadsheet';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { sh, toFake } from '../helpers/workbooks';

const CODE = join(__dirname, '..', '..', 'dist', 'Code.js');
const DINGTALK = 'https://oapi.dingtalk.com/robot/send?access_token=tok';
/** The calls an edit that cannot alert may make: the event's range, the remembered sheets. */
const EVENT_ONLY =
  /^(Range\.(getSheet|getRow|getNumRows|getColumn|getNumColumns)|Sheet\.getName|PropertiesService\.getDocumentProperties|Properties\.getProperty)$/;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

interface Bundle {
  readonly wb: FakeWorkbook;
  readonly context: vm.Context;
}

/** The complaints workbook (客诉: 工单号 A, 受理时间 B, 投诉级别 E, 方案给出时间 I) with a robot, and the bundle over it. */
function setup(extra: { name: string; rows: Cell[][] }[] = []): Bundle {
  vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
  const sheets = complaintsWorkbook(true);
  const params = sheets.find((s) => s.name === '规则设置')!.rows as unknown[][];
  params.push(['提醒群机器人', DINGTALK], ['周报时间', '周日 23:59']);
  const wb = toFake([...sheets, ...extra]);
  const context = vm.createContext({ ...wb.globals(), console, Date });
  vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
  return { wb, context };
}

/** Runs the edit trigger for a block as Sheets would (value and oldValue for a single cell); returns its calls. */
function edit(
  { wb, context }: Bundle,
  sheet: string,
  at: { row: number; column: number; rows?: number; columns?: number },
  values: { value?: string; oldValue?: string } = {},
): Record<string, number> {
  const range = wb.globals().SpreadsheetApp.getActive().getSheetByName(sheet)!;
  context.event = {
    range: range.getRange(at.row, at.column, at.rows ?? 1, at.columns ?? 1),
    authMode: 'FULL',
    triggerUid: 'edit-trigger',
    ...values,
  };
  wb.counter.reset();
  vm.runInContext('alertMajorComplaints(event)', context);
  return wb.counter.snapshot();
}

function total(calls: Record<string, number>): number {
  return Object.values(calls).reduce((a, b) => a + b, 0);
}

/** The instant alerts posted (the hourly digests left out). */
function alerts(wb: FakeWorkbook): string[] {
  return wb.fetched
    .map((f) => (JSON.parse(f.payload) as { markdown: { text: string } }).markdown.text)
    .filter((t) => t.includes('新的重大投诉'));
}

function putRow(wb: FakeWorkbook, sheet: string, row: number, values: Cell[]): void {
  for (const [i, value] of values.entries()) wb.sheet(sheet).setRaw(row, i + 1, value);
}

/** A full read (the hourly refresh), which the alert's memory of the sheets comes from. */
function hourly({ context }: Bundle): void {
  vm.runInContext('refreshHourly({ triggerUid: "hourly-trigger" })', context);
}

describe('the instant alert decides from the event alone', () => {
  it('ends an edit that cannot make a complaint new or major after a few calls, reading no cell', () => {
    const bundle = setup([{ name: '草稿', rows: [['随手记'], ['明天盘点']] }]);
    const { wb } = bundle;
    hourly(bundle);
    expect(wb.documentProperties.has('kefu.alertSheets')).toBe(true);
    const cheap: Record<string, number>[] = [
      // Another sheet's data rows.
      edit(bundle, '员工名单', { row: 2, column: 1 }, { value: '赵二', oldValue: '赵一' }),
      // An unrecognised sheet, below the rows a header could appear in.
      edit(bundle, '草稿', { row: 40, column: 2 }, { value: '备注' }),
      // The complaints sheet's existing rows, in columns that make no complaint new or major:
      // the customer, the content, a reply time, a solution time set (setting it closes one).
      edit(bundle, '客诉', { row: 3, column: 3 }, { value: '乙乙', oldValue: '乙' }),
      edit(bundle, '客诉', { row: 4, column: 6, columns: 3 }),
      edit(bundle, '客诉', { row: 2, column: 9 }, { value: '2026-10-12 09:59' }),
      // A cleared 级别 makes a row ordinary.
      edit(bundle, '客诉', { row: 3, column: 5 }, { oldValue: '重大' }),
    ];
    for (const calls of cheap) {
      expect(Object.keys(calls).filter((name) => !EVENT_ONLY.test(name))).toEqual([]);
      expect(total(calls)).toBeLessThanOrEqual(8);
    }
    // Outside the complaints sheet: the name, the memory, the edited row.
    expect(total(cheap[0]!)).toBe(5);
    expect(alerts(wb)).toEqual([]);
  });

  it('goes the full way for an edit that can: a 级别, a new row, a cleared solution, a header', () => {
    const bundle = setup();
    const { wb } = bundle;
    hourly(bundle);
    // C4 (row 5) becomes major: its 级别 typed.
    wb.sheet('客诉').setRaw(5, 5, '重大');
    const full = edit(bundle, '客诉', { row: 5, column: 5 }, { value: '重大' });
    expect(alerts(wb)).toHaveLength(1);
    expect(alerts(wb)[0]).toContain('- C4｜重大｜');
    expect(full['Range.getValues']).toBeGreaterThan(0);
    // A new row whose last cell typed is the customer: below the last row the full read saw.
    putRow(wb, '客诉', 7, ['C9', sh(2026, 10, 12, 9, 55), '', '13912340009', '重大', '起火', '赵一']);
    wb.sheet('客诉').setRaw(7, 3, '癸');
    edit(bundle, '客诉', { row: 7, column: 3 }, { value: '癸' });
    expect(alerts(wb)).toHaveLength(2);
    expect(alerts(wb)[1]).toContain('- C9｜重大｜');
    // The alert remembers the new last row: the next cell of that row costs a few calls again.
    expect(total(edit(bundle, '客诉', { row: 7, column: 6 }, { value: '起火了' }))).toBeLessThanOrEqual(8);
    // C3 (row 4, solved) reopened as major: its 方案给出时间 cleared.
    wb.sheet('客诉').setRaw(4, 5, '重大');
    wb.sheet('客诉').setRaw(4, 9, '');
    const reopened = edit(bundle, '客诉', { row: 4, column: 9 }, { oldValue: '2026-10-12 09:30' });
    expect(reopened['Range.getValues']).toBeGreaterThan(0);
    // A header cell: what the sheet is may change, so the full read runs (and alerts nothing).
    expect(edit(bundle, '客诉', { row: 1, column: 3 }, { value: '客户' })['Range.getValues']).toBeGreaterThan(
      0,
    );
  });

  it('goes the full way before anything is remembered, and remembers from that read', () => {
    const bundle = setup();
    const { wb } = bundle;
    const first = edit(bundle, '员工名单', { row: 2, column: 1 }, { value: '赵二' });
    expect(total(first)).toBeGreaterThan(10);
    const memory = decodeAlertSheets(wb.documentProperties.get('kefu.alertSheets') ?? null);
    expect(Object.keys(memory?.complaints ?? {})).toEqual(['客诉']);
    expect(memory?.complaints['客诉']).toMatchObject({
      header: 1,
      level: 5,
      received: 2,
      solution: 9,
      columns: [1, 2, 5],
    });
    expect(memory?.others).toMatchObject({ 员工名单: 1, 规则设置: 1, 节假日: 1 });
    expect(total(edit(bundle, '员工名单', { row: 2, column: 1 }, { value: '赵三' }))).toBe(5);
  });

  it('finds a renamed complaints sheet and a new one: a name it does not know goes the full way', () => {
    const bundle = setup();
    const { wb } = bundle;
    hourly(bundle);
    wb.globals().SpreadsheetApp.getActive().getSheetByName('客诉')!.setName('客诉2026');
    putRow(wb, '客诉2026', 7, ['C9', sh(2026, 10, 12, 9, 55), '癸', '13912340009', '重大', '起火', '赵一']);
    edit(bundle, '客诉2026', { row: 7, column: 1, columns: 7 });
    expect(alerts(wb).map((t) => t.includes('- C9｜'))).toEqual([true]);
    // A sheet added since: its first edit goes the full way too.
    const added = wb.addSheet('新投诉', [
      ['投诉编号', '投诉时间', '客户姓名', '联系电话', '级别', '投诉内容', '受理人'],
      ['N1', sh(2026, 10, 12, 9, 50), '子', '13912340010', '重大', '漏水', '赵一'],
    ]);
    expect(added.name).toBe('新投诉');
    edit(bundle, '新投诉', { row: 2, column: 5 }, { value: '重大' });
    expect(alerts(wb)).toHaveLength(2);
    expect(alerts(wb)[1]).toContain('- N1｜重大｜');
    const memory = decodeAlertSheets(wb.documentProperties.get('kefu.alertSheets') ?? null);
    expect(Object.keys(memory?.complaints ?? {}).sort()).toEqual(['客诉2026', '新投诉']);
  });

  it('follows a column inserted before 级别 (which fires no edit) from the next hourly refresh', () => {
    const bundle = setup();
    const { wb } = bundle;
    hourly(bundle);
    wb.globals().SpreadsheetApp.getActive().getSheetByName('客诉')!.insertColumnsBefore(5, 1);
    hourly(bundle);
    const memory = decodeAlertSheets(wb.documentProperties.get('kefu.alertSheets') ?? null);
    expect(memory?.complaints['客诉']?.level).toBe(6);
    wb.sheet('客诉').setRaw(5, 6, '重大');
    edit(bundle, '客诉', { row: 5, column: 6 }, { value: '重大' });
    expect(alerts(wb).map((t) => t.includes('- C4｜重大｜'))).toEqual([true]);
  });
});

describe('the alerted list under the document lock', () => {
  it('posts a complaint once when two supervisors’ triggers run for the same edit at once', () => {
    const bundle = setup();
    const { wb, context } = bundle;
    hourly(bundle);
    const before = wb.fetched.length;
    wb.sheet('客诉').setRaw(5, 5, '重大');
    context.event = {
      range: wb.globals().SpreadsheetApp.getActive().getSheetByName('客诉')!.getRange(5, 5),
      authMode: 'FULL',
      value: '重大',
    };
    // The second trigger starts while the first has read the alerted list and not yet written it.
    const read = FakeProperties.prototype.getProperties;
    let second = false;
    vi.spyOn(FakeProperties.prototype, 'getProperties').mockImplementation(function (this: FakeProperties) {
      const all = read.call(this);
      // The first read of the properties in the full way is the alerted list's.
      if (!second) {
        second = true;
        vm.runInContext('alertMajorComplaints(event)', context);
      }
      return all;
    });
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vm.runInContext('alertMajorComplaints(event)', context);
    expect(second).toBe(true);
    expect(alerts(wb)).toHaveLength(1);
    expect(wb.fetched.length - before).toBe(1);
    expect(warned).toHaveBeenCalledWith(
      '[kefu-sheets] instant alert skipped: the document lock is busy; the hourly refresh catches up',
    );
  });

  it('skips while the lock is held elsewhere, alerting nothing twice; the hourly refresh lists it', () => {
    const bundle = setup();
    const { wb } = bundle;
    hourly(bundle);
    putRow(wb, '客诉', 7, ['C9', sh(2026, 10, 12, 9, 55), '癸', '13912340009', '重大', '起火', '赵一']);
    wb.lockHeldElsewhere = true;
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    edit(bundle, '客诉', { row: 7, column: 1, columns: 7 });
    expect(alerts(wb)).toEqual([]);
    expect(warned).toHaveBeenCalledWith(
      '[kefu-sheets] instant alert skipped: the document lock is busy; the hourly refresh catches up',
    );
    wb.lockHeldElsewhere = false;
    const before = wb.fetched.length;
    vi.setSystemTime(new Date('2026-10-12T10:05:00+08:00'));
    hourly(bundle);
    const digest = wb.fetched
      .slice(before)
      .map((f) => f.payload)
      .join('');
    expect(digest).toContain('C9｜重大｜即将超时');
  });
});

describe('the decision, alone', () => {
  const memory = {
    complaints: { 投诉: { header: 2, columns: [1, 2, 5], level: 5, received: 2, solution: 9, last: 100 } },
    others: { 名单: 1, 我的表: 0, 列名对照: null, 草稿: 30 },
  };
  const block = (
    row: number,
    column: number,
    rows = 1,
    columns = 1,
    change: 'set' | 'cleared' | 'unknown' = 'unknown',
  ) => ({
    firstRow: () => row,
    lastRow: () => row + rows - 1,
    firstColumn: () => column,
    lastColumn: () => column + columns - 1,
    change: () => change,
  });

  it('skips only what provably cannot alert', () => {
    expect(editMayAlert(null, '名单', block(5, 1))).toBe(true);
    expect(editMayAlert(memory, '新表', block(5, 1))).toBe(true);
    expect(editMayAlert(memory, '名单', block(5, 1))).toBe(false);
    expect(editMayAlert(memory, '名单', block(1, 1))).toBe(true);
    expect(editMayAlert(memory, '我的表', block(1, 1))).toBe(false);
    expect(editMayAlert(memory, '列名对照', block(50, 1))).toBe(true);
    expect(editMayAlert(memory, '草稿', block(30, 1))).toBe(true);
    expect(editMayAlert(memory, '草稿', block(31, 1))).toBe(false);
    expect(editMayAlert(memory, '投诉', block(2, 3))).toBe(true);
    expect(editMayAlert(memory, '投诉', block(50, 3))).toBe(false);
    expect(editMayAlert(memory, '投诉', block(50, 3, 1, 3))).toBe(true);
    expect(editMayAlert(memory, '投诉', block(100, 3, 2))).toBe(true);
    expect(editMayAlert(memory, '投诉', block(50, 5, 1, 1, 'set'))).toBe(true);
    expect(editMayAlert(memory, '投诉', block(50, 5, 1, 1, 'cleared'))).toBe(false);
    expect(editMayAlert(memory, '投诉', block(50, 1, 1, 1, 'cleared'))).toBe(true);
    expect(editMayAlert(memory, '投诉', block(50, 9, 1, 1, 'set'))).toBe(false);
    expect(editMayAlert(memory, '投诉', block(50, 9, 1, 1, 'cleared'))).toBe(true);
    expect(editMayAlert(memory, '投诉', block(50, 9, 2, 1, 'set'))).toBe(true);
    const noLevel = { ...memory, complaints: { 投诉: { ...memory.complaints.投诉, level: null } } };
    expect(editMayAlert(noLevel, '投诉', block(500, 1, 1, 9))).toBe(false);
    expect(editMayAlert(noLevel, '投诉', block(1, 1))).toBe(true);
  });

  it('reads set and cleared from the event, and forgets a memory too large for a property', () => {
    expect(cellChange('重大', undefined)).toBe('set');
    expect(cellChange(undefined, '重大')).toBe('cleared');
    expect(cellChange(undefined, undefined)).toBe('unknown');
    expect(cellChange({ oldValue: '重大' }, undefined)).toBe('unknown');
    const others = Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`第${i}号表格`, 1]));
    expect(encodeAlertSheets({ complaints: {}, others })).toBeNull();
    expect(decodeAlertSheets(encodeAlertSheets(memory))).toEqual(memory);
    expect(decodeAlertSheets('{"v":2}')).toBeNull();
  });
});
