// npm run bench [-- --json | --markdown] [-- --quick]: every operation through the Apps Script adapter on the
// counting fake at 1,000, 10,000, 100,000 and 200,000 rows (the largest sheet the engine takes);
// service calls, median compute time, modelled Apps Script time; the bundle's size; the CLI on
// generated 100,000- and 200,000-row .xlsx files beside ExcelJS's own load of them; and a team's day
// of installable triggers against the daily quota (`-- --trigger-day`: only that, printed).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { runCallbacks } from '../src/app/operations/callbacks';
import { runComplaints } from '../src/app/operations/complaints';
import { runInspect } from '../src/app/operations/inspect';
import { runScores } from '../src/app/operations/scores';
import { runValidation } from '../src/app/operations/validate';
import { runWeekly } from '../src/app/operations/weekly';
import { MAX_SHEET_ROWS } from '../src/app/workbook';
import { SheetsWorkbook } from '../src/gas/adapter';
import { FakeWorkbook } from '../test/fake/spreadsheet';
import {
  type BenchResult,
  type BenchRow,
  benchMarkdown,
  type CliRun,
  type TriggerDay,
  type TriggerRuns,
  withReadmeBlock,
} from './bench-report';

/**
 * Cost of one Apps Script service call, in ms. Source: Google's "Best practices" page for Apps
 * Script, whose per-cell example (10,000 setBackgroundColor calls on a 100×100 grid) takes about
 * 70 s where the batched setBackgrounds version takes about 1 s: ≈ 7 ms a call.
 */
const MS_PER_CALL = 7;
const SIZES = process.argv.includes('--quick') ? [1_000, 10_000] : [1_000, 10_000, 100_000, 200_000];
/** The sizes the command line is timed at (the 100,000 and the largest). */
const CLI_SIZES = process.argv.includes('--quick') ? [10_000] : [100_000, 200_000];

/**
 * Data rows of a sheet of `n` rows with its header rows: at most MAX_SHEET_ROWS in all, so that
 * the 200,000 size is the largest sheet an operation takes (one row more is refused).
 */
function dataRows(n: number, headerRows: number): number {
  return Math.min(n, MAX_SHEET_ROWS - headerRows);
}
const JSON_OUT = process.argv.includes('--json');
const MARKDOWN_OUT = process.argv.includes('--markdown');
// npm runs scripts from the package root (this file is bundled to a cache folder first).
const ROOT = process.cwd();
const NOW = Date.parse('2026-11-02T10:00:00+08:00');
/** Every operation as the menu runs it: writing its results. */
const WRITE = { now: NOW, lang: 'zh', write: true } as const;

type Cell = string | number | boolean | Date;
const STAFF = ['王芳', '李娜', '张伟', '刘洋', '马丽', '陈静', '赵磊', '孙强', '周敏'];
const day = (i: number) => new Date(Date.UTC(2026, 9, 1 + (i % 28), 1 + (i % 9)));

function roster(): Cell[][] {
  return [['姓名', '岗位', '状态'], ...STAFF.map((n, i) => [n, i === 0 ? '主管' : '售后客服', '在职'])];
}

/** 处理结果 in registrations(): a column of no duplicate key. */
const STATUS_COLUMN = 12;

function registrations(n: number): Cell[][] {
  const rows: Cell[][] = [
    ['售后服务登记表'],
    [
      '登记日期',
      '客户姓名',
      '客户电话',
      '产品型号',
      '产品序列号',
      '购买日期',
      '问题描述',
      '登记人',
      '解决方案',
      '解决人',
      '解决日期',
      '处理结果',
    ],
  ];
  for (let i = 0; i < dataRows(n, 2); i++) {
    const resolved = i % 3 !== 0;
    rows.push([
      day(i),
      `客户${i}`,
      i % 50 === 7 ? '12345' : `139${String(10_000_000 + i).slice(-8)}`,
      'KF-200',
      `SN${i}`,
      new Date(Date.UTC(2025, i % 12, 1 + (i % 27))),
      '不制冷',
      STAFF[i % STAFF.length] as string,
      resolved ? '更换配件' : '',
      resolved ? (STAFF[(i + 1) % STAFF.length] as string) : '',
      resolved ? day(i + 2) : '',
      resolved ? '已解决' : '处理中',
    ]);
  }
  return rows;
}

function complaints(n: number): Cell[][] {
  const rows: Cell[][] = [
    [
      '投诉编号',
      '投诉时间',
      '客户姓名',
      '联系电话',
      '级别',
      '投诉内容',
      '受理人',
      '首次答复时间',
      '方案时间',
    ],
  ];
  for (let i = 0; i < dataRows(n, 1); i++) {
    const received = day(i);
    rows.push([
      `KS-${i}`,
      received,
      `客户${i}`,
      `138${String(10_000_000 + i).slice(-8)}`,
      i % 10 === 0 ? '重大' : '普通',
      '物流慢',
      STAFF[i % STAFF.length] as string,
      i % 4 === 0 ? '' : new Date(received.getTime() + 3_600_000),
      i % 2 === 0 ? '' : new Date(received.getTime() + 30 * 3_600_000),
    ]);
  }
  return rows;
}

function ledger(n: number): Cell[][] {
  const codes = ['G05', 'G09', 'G04', 'A01', 'C03', 'G07'];
  const rows: Cell[][] = [['每月奖罚登记表'], ['日期', '姓名', '规则代码', '分值', '金额', '状态']];
  for (let i = 0; i < dataRows(n, 2); i++) {
    rows.push([
      day(i),
      STAFF[i % STAFF.length] as string,
      codes[i % codes.length] as string,
      i % 5 === 0 ? '-1' : '',
      '',
      i % 17 === 0 ? '撤销' : '',
    ]);
  }
  return rows;
}

function callbacks(n: number): Cell[][] {
  const rows: Cell[][] = [['关联编号', '客户姓名', '联系电话', '回访类型', '实际回访时间', '回访人']];
  for (let i = 0; i < dataRows(n, 1); i++) {
    rows.push([
      '',
      `客户${i}`,
      `139${String(10_000_000 + i).slice(-8)}`,
      '售后30天',
      i % 2 ? day(i + 30) : '',
      '陈静',
    ]);
  }
  return rows;
}

/** Rows past which a sheet of the benchmark has only its used columns (see workbook()). */
const TRIMMED_PAST = 100_000;

function workbook(sheets: Record<string, Cell[][]>): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = wb.addSheet(name, rows);
    // Sheets counts every cell of a grid towards its 10 million: two sheets of 200,000 rows and
    // the 26 columns a new sheet has would pass it (2 × 5.2 million). A team with logs that long
    // in one spreadsheet has deleted the columns it does not use, and so do these.
    if (rows.length > TRIMMED_PAST) {
      let width = 1;
      for (const line of rows.slice(0, 3)) width = Math.max(width, line.length);
      sheet.maxColumns = width;
    }
  }
  wb.sheet(Object.keys(sheets)[0] as string).maxRows = Math.max(
    1000,
    (Object.values(sheets)[0]?.length ?? 0) + 10,
  );
  return wb;
}

/** Calls that read or write the spreadsheet's contents or formats (a round trip to Sheets). */
const DATA_CALL =
  /^(Range\.(get|set)(Values|DisplayValues|Notes|Backgrounds|Formulas|RichTextValues|DataValidations?|NumberFormats?|FontWeight)|Sheet\.(clear|insertRows\w*|deleteRows|insertColumns\w*|setConditionalFormatRules|getConditionalFormatRules|insertChart|removeChart|getCharts|setFrozenRows|setColumnWidths?)|Spreadsheet\.insertSheet)$/;

interface Operation {
  readonly op: string;
  readonly build: (n: number) => FakeWorkbook;
  /** Untimed work before the measured run (e.g. the edit that fills onEdit's cache). */
  readonly prepare?: (wb: FakeWorkbook) => void;
  readonly run: (wb: FakeWorkbook) => void;
}

/** The adapter over the fake, with the fake's services as the Apps Script globals (builders use them). */
function port(wb: FakeWorkbook): SheetsWorkbook {
  const globals = wb.globals();
  Object.assign(globalThis, globals);
  return new SheetsWorkbook(globals.SpreadsheetApp.getActive(), 'zh_CN');
}

const CODE = readFileSync(join(ROOT, 'dist', 'Code.js'), 'utf8');

/**
 * A script realm over a workbook's fake. In Apps Script the Sheets service hands the script Dates
 * of its own realm; the fake makes them in this one, so the context shares this realm's Date
 * (otherwise every date test in the bundle takes the slow cross-realm path and the benchmark
 * measures vm, not the add-on).
 */
function scriptContext(wb: FakeWorkbook): vm.Context {
  return vm.createContext({ ...wb.globals(), console, Date });
}

/** The built bundle loaded over a workbook's fake, as Apps Script runs it. */
const bundles = new WeakMap<FakeWorkbook, vm.Context>();
function bundle(wb: FakeWorkbook): vm.Context {
  let context = bundles.get(wb);
  if (!context) {
    context = scriptContext(wb);
    vm.runInContext(CODE, context);
    bundles.set(wb, context);
  }
  return context;
}

/**
 * Calls the bundle's onEdit for one row of 售后登记 as the simple trigger runs (AuthMode.LIMITED,
 * or NONE in a document where the add-on is not yet used), timing only the trigger itself.
 */
function triggerEdit(
  wb: FakeWorkbook,
  row: number,
  timed: boolean,
  mode: 'LIMITED' | 'NONE' = 'LIMITED',
  /** The edited column: 1 is 登记日期 (part of the duplicate key), STATUS_COLUMN 处理结果 (not). */
  column = 1,
): void {
  const context = bundle(wb);
  context.row = row;
  context.column = column;
  const event = vm.runInContext(
    `({ range: SpreadsheetApp.getActive().getSheetByName("售后登记").getRange(row, column), authMode: ScriptApp.AuthMode.${mode} })`,
    context,
  );
  context.event = event;
  if (timed) wb.counter.reset();
  const started = performance.now();
  wb.authMode = mode;
  try {
    vm.runInContext('onEdit(event)', context);
  } finally {
    wb.authMode = 'FULL';
  }
  if (timed) (wb as unknown as { elapsed: number }).elapsed = performance.now() - started;
}

const OPERATIONS: Operation[] = [
  {
    // What the engine sees: every sheet read, its header found, its rows sorted out.
    op: 'inspect',
    build: (n) => workbook({ 售后登记: registrations(n), 员工名单: roster() }),
    run: (wb) => {
      runInspect(port(wb));
    },
  },
  {
    op: 'validate',
    build: (n) => workbook({ 售后登记: registrations(n), 员工名单: roster() }),
    run: (wb) => {
      runValidation(port(wb), WRITE);
    },
  },
  {
    op: 'scores',
    build: (n) => workbook({ 奖惩登记: ledger(n), 员工名单: roster() }),
    run: (wb) => {
      runScores(port(wb), { ...WRITE, month: '2026-10' });
    },
  },
  {
    op: 'complaints',
    build: (n) => workbook({ 投诉登记: complaints(n), 员工名单: roster() }),
    run: (wb) => {
      runComplaints(port(wb), WRITE);
    },
  },
  {
    op: 'callbacks',
    build: (n) => workbook({ 售后登记: registrations(n), 回访记录: callbacks(n), 员工名单: roster() }),
    run: (wb) => {
      runCallbacks(port(wb), { ...WRITE, month: '2026-10' });
    },
  },
  {
    // A typical clean edit, through the bundle's onEdit: the next cell of a row being filled in
    // (its 处理结果), the context (layouts, settings) cached and the row's marks known from the
    // edit before. No mark to add or remove: no note or colour is read.
    op: 'onEdit',
    build: (n) => workbook({ 售后登记: registrations(n), 员工名单: roster() }),
    // Row 11 is a clean row (row 10 holds the bad phone the key-column edit below marks).
    prepare: (wb) => triggerEdit(wb, 11, false, 'LIMITED', STATUS_COLUMN),
    run: (wb) => triggerEdit(wb, 11, true, 'LIMITED', STATUS_COLUMN),
  },
  {
    // The first edit of another row (or of a column of the duplicate key, 登记日期): the key
    // columns and the row's notes and colours are read too.
    op: 'onEdit (key column)',
    build: (n) => workbook({ 售后登记: registrations(n), 员工名单: roster() }),
    prepare: (wb) => triggerEdit(wb, 12, false),
    run: (wb) => triggerEdit(wb, 10, true),
  },
  {
    // The first edit, or one after a settings sheet or a header changed: the context is read.
    op: 'onEdit (cold)',
    build: (n) => workbook({ 售后登记: registrations(n), 员工名单: roster() }),
    run: (wb) => triggerEdit(wb, 10, true),
  },
  {
    // The hourly trigger of the bundle: deadlines refreshed, the digest remembered, e-mailed and
    // posted to a DingTalk robot (signed). 周报时间 is set to the end of the week so that the
    // weekly summary (measured on its own below) is not due.
    op: 'hourly (digest + robot)',
    build: (n) =>
      workbook({
        投诉登记: complaints(n),
        员工名单: roster(),
        规则设置: [
          ['参数', '值'],
          ['提醒邮箱', 'boss@example.com'],
          ['提醒群机器人', 'https://oapi.dingtalk.com/robot/send?access_token=bench'],
          ['群机器人密钥', 'SECbench'],
          ['周报时间', '周日 23:59'],
        ],
      }),
    run: (wb) => {
      const context = bundle(wb);
      wb.counter.reset();
      // The bundle reads the clock: pinned to the benchmark's now, so that every run (and every
      // day the benchmark is run) has the same complaints overdue, most of the 100,000.
      const clock = Date.now;
      Date.now = () => NOW;
      try {
        const started = performance.now();
        vm.runInContext('refreshHourly()', context);
        (wb as unknown as { elapsed: number }).elapsed = performance.now() - started;
      } finally {
        Date.now = clock;
      }
    },
  },
  {
    op: 'weekly',
    build: (n) => workbook({ 投诉登记: complaints(n), 回访记录: callbacks(n), 员工名单: roster() }),
    run: (wb) => {
      runWeekly(port(wb), { ...WRITE, week: '2026-W41' });
    },
  },
  {
    // In a document where the add-on is installed but not yet used: nothing at all is called.
    op: 'onEdit (AuthMode.NONE)',
    build: (n) => workbook({ 售后登记: registrations(n), 员工名单: roster() }),
    run: (wb) => triggerEdit(wb, 10, true, 'NONE'),
  },
  {
    op: 'customFunction',
    build: (n) =>
      workbook({ 员工名单: roster(), 数据: Array.from({ length: n }, (_, i) => [60 + (i % 50)]) }),
    run: (wb) => {
      const context = scriptContext(wb);
      vm.runInContext(CODE, context);
      context.scores = wb.sheet('数据').snapshotValues();
      wb.counter.reset();
      const started = performance.now();
      vm.runInContext('KEFU_FINE(scores)', context);
      (context as { elapsed?: number }).elapsed = performance.now() - started;
      (wb as unknown as { elapsed: number }).elapsed = performance.now() - started;
    },
  },
];

/**
 * Apps Script's "Triggers total runtime" a day, per user: 90 min on a consumer account, 6 h on
 * Google Workspace (developers.google.com/apps-script/guides/services/quotas).
 */
const TRIGGER_QUOTA_MINUTES = { consumer: 90, workspace: 360 } as const;
/** The team of the trigger day: rows of 售后登记 and of 投诉登记. */
const TEAM_ROWS = 10_000;
/** Its edits a day, between 09:00 and 18:00. */
const TEAM_EDITS = 3_000;

interface DayEdit {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: Cell;
}

/**
 * The team's 3,000 edits of a day, in order: 20 new complaints typed cell by cell (one in four
 * major) and 40 complaints escalated to 重大 (the 100 edits that can make a complaint new or
 * major: 编号, 投诉时间 and 级别 of a new row, 级别 of an old one), 780 edits of other columns of
 * existing complaints (customer, phone, content, handler, reply and solution times) and 2,000 of
 * 售后登记, spread evenly.
 */
function teamDayEdits(rows: number, at: (slot: number) => Date): DayEdit[] {
  const slots: (DayEdit | null)[] = Array.from({ length: TEAM_EDITS }, () => null);
  const lastComplaint = rows + 1;
  for (let k = 0; k < 20; k++) {
    const row = lastComplaint + 1 + k;
    const received = at(k * 150);
    const cells: Cell[] = [
      `KS-N${k}`,
      received,
      `新客户${k}`,
      `137${String(10_000_000 + k).slice(-8)}`,
      k % 4 === 0 ? '重大' : '普通',
      '漏水',
      STAFF[k % STAFF.length] as string,
      new Date(received.getTime() + 20 * 60_000),
      new Date(received.getTime() + 60 * 60_000),
    ];
    cells.forEach((value, j) => {
      slots[k * 150 + j] = { sheet: '投诉登记', row, column: j + 1, value };
    });
  }
  for (let k = 0; k < 40; k++) {
    slots[k * 75 + 40] = { sheet: '投诉登记', row: 2 + ((k * 241) % rows), column: 5, value: '重大' };
  }
  const free = slots.flatMap((s, i) => (s === null ? [i] : []));
  const otherColumns = [3, 4, 6, 7, 8, 9];
  let complaintEdits = 0;
  free.forEach((slot, r) => {
    // 780 of the 2,820 left to the complaints' other columns, evenly; the rest to 售后登记.
    const toComplaints = Math.floor(((r + 1) * 780) / free.length) > Math.floor((r * 780) / free.length);
    if (toComplaints) {
      const column = otherColumns[complaintEdits % otherColumns.length] as number;
      const row = 2 + ((complaintEdits * 37) % rows);
      const value: Cell = column === 8 || column === 9 ? at(slot) : `改${complaintEdits}`;
      slots[slot] = { sheet: '投诉登记', row, column, value };
      complaintEdits++;
    } else {
      const column = 2 + (r % 11);
      slots[slot] = { sheet: '售后登记', row: 3 + ((r * 53) % rows), column, value: `改${r}` };
    }
  });
  return slots as DayEdit[];
}

/**
 * A team's day of triggers through the built bundle: 24 hourly refreshes, and for each of the
 * 3,000 edits the simple onEdit (as the editor) then the instant alert's installable edit trigger
 * (as its installer), the clock pinned to the edit's time. Installable runs are what the daily
 * quota counts; each is modelled as its calls × MS_PER_CALL + its compute + the bundle's start-up
 * (every execution loads the script: measured as loading dist/Code.js into a fresh realm).
 */
function triggerDay(): TriggerDay {
  const wb = workbook({
    售后登记: registrations(TEAM_ROWS),
    投诉登记: complaints(TEAM_ROWS),
    员工名单: roster(),
    规则设置: [
      ['参数', '值'],
      ['提醒邮箱', 'boss@example.com'],
      ['提醒群机器人', 'https://oapi.dingtalk.com/robot/send?access_token=bench'],
      ['群机器人密钥', 'SECbench'],
      ['周报时间', '周日 23:59'],
    ],
  });
  wb.mailQuota = 10_000;
  const startups: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    vm.runInContext(CODE, scriptContext(wb));
    startups.push(performance.now() - started);
  }
  const startupMs = Math.round(median(startups) * 10) / 10;
  const context = bundle(wb);
  const services = wb.globals();
  const midnight = Date.parse('2026-11-02T00:00:00+08:00');
  const at = (slot: number) => new Date(midnight + 9 * 3_600_000 + (slot * 9 * 3_600_000) / TEAM_EDITS);
  const edits = teamDayEdits(TEAM_ROWS, at);
  const totals = {
    skipped: { runs: 0, calls: 0, ms: 0 },
    full: { runs: 0, calls: 0, ms: 0 },
    hourly: { runs: 0, calls: 0, ms: 0 },
    simpleOnEdit: { runs: 0, calls: 0, ms: 0 },
  };
  const clock = Date.now;
  const run = (code: string, mode: 'FULL' | 'LIMITED'): Record<string, number> => {
    wb.counter.reset();
    wb.authMode = mode;
    const started = performance.now();
    try {
      vm.runInContext(code, context);
    } finally {
      wb.authMode = 'FULL';
    }
    (wb as unknown as { elapsed: number }).elapsed = performance.now() - started - wb.counter.serviceMs;
    return wb.counter.snapshot();
  };
  const add = (into: { runs: number; calls: number; ms: number }, calls: Record<string, number>) => {
    into.runs += 1;
    into.calls += Object.values(calls).reduce((a, b) => a + b, 0);
    into.ms += (wb as unknown as { elapsed: number }).elapsed;
  };
  try {
    let next = 0;
    for (let hour = 0; hour < 24; hour++) {
      const top = midnight + hour * 3_600_000;
      for (; next < edits.length && at(next).getTime() < top; next++) {
        const edit = edits[next] as DayEdit;
        Date.now = () => at(next).getTime();
        wb.sheet(edit.sheet).setRaw(edit.row, edit.column, edit.value);
        const range = services.SpreadsheetApp.getActive()
          .getSheetByName(edit.sheet)
          ?.getRange(edit.row, edit.column);
        const value = edit.value instanceof Date ? edit.value.toISOString() : String(edit.value);
        context.event = { range, value, authMode: 'LIMITED' };
        add(totals.simpleOnEdit, run('onEdit(event)', 'LIMITED'));
        context.event = { range, value, authMode: 'FULL', triggerUid: 'alert' };
        const calls = run('alertMajorComplaints(event)', 'FULL');
        // The full way reads the cached edit context; an edit ended from the event does not.
        add((calls['CacheService.getDocumentCache'] ?? 0) > 0 ? totals.full : totals.skipped, calls);
      }
      Date.now = () => top;
      add(totals.hourly, run('refreshHourly({ triggerUid: "hourly" })', 'FULL'));
    }
  } finally {
    Date.now = clock;
  }
  const runs = (t: { runs: number; calls: number; ms: number }): TriggerRuns => ({
    runs: t.runs,
    meanCalls: t.runs === 0 ? 0 : Math.round((t.calls / t.runs) * 10) / 10,
    minutes: Math.round(((t.calls * MS_PER_CALL + t.ms + t.runs * startupMs) / 60_000) * 100) / 100,
  });
  const day = {
    skipped: runs(totals.skipped),
    full: runs(totals.full),
    hourly: runs(totals.hourly),
    simpleOnEdit: runs(totals.simpleOnEdit),
  };
  return {
    rows: TEAM_ROWS,
    edits: edits.length,
    startupMs,
    ...day,
    totalMinutes: Math.round((day.skipped.minutes + day.full.minutes + day.hourly.minutes) * 100) / 100,
    quotaMinutes: TRIGGER_QUOTA_MINUTES,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function measure(operation: Operation, rows: number): BenchRow {
  const runs = 5;
  const times: number[] = [];
  const service: number[] = [];
  let calls = 0;
  let dataCalls = 0;
  for (let i = 0; i < runs; i++) {
    const wb = operation.build(rows);
    operation.prepare?.(wb);
    wb.counter.reset();
    const started = performance.now();
    operation.run(wb);
    const elapsed = (wb as unknown as { elapsed?: number }).elapsed ?? performance.now() - started;
    times.push(elapsed - wb.counter.serviceMs);
    service.push(wb.counter.serviceMs);
    const snapshot = wb.counter.snapshot();
    calls = Object.values(snapshot).reduce((a, b) => a + b, 0);
    dataCalls = Object.entries(snapshot)
      .filter(([name]) => DATA_CALL.test(name))
      .reduce((a, [, b]) => a + b, 0);
  }
  const ms = Math.round(median(times) * 10) / 10;
  const serviceMs = Math.round(median(service) * 10) / 10;
  const modelledSeconds = Math.round(((calls * MS_PER_CALL + ms) / 1000) * 100) / 100;
  return { op: operation.op, rows, calls, dataCalls, ms, serviceMs, modelledSeconds };
}

/**
 * The CLI on a generated .xlsx of `rows` rows of 售后登记: ExcelJS's own load of the file (what
 * reading it whole costs, the yardstick of the streaming reader), then `validate` plain and
 * writing a copy: wall time and peak memory of each, in a process of its own.
 */
async function cliOnLargeWorkbook(rows: number): Promise<CliRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-'));
  try {
    const file = join(dir, 'large.xlsx');
    // Written as it is made: 200,000 rows held as an ExcelJS workbook would take gigabytes here.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useStyles: true,
      useSharedStrings: true,
    });
    const ws = wb.addWorksheet('售后登记');
    for (const line of registrations(rows))
      ws.addRow(line.map((v) => (v instanceof Date ? new Date(v.getTime() + 8 * 3_600_000) : v))).commit();
    await ws.commit();
    const staff = wb.addWorksheet('员工名单');
    for (const line of roster()) staff.addRow(line).commit();
    await staff.commit();
    await wb.commit();
    const probe = join(ROOT, 'scripts', 'bench-cli-child.cjs');
    const validate = ['validate', file, '--json', '--now', '2026-11-02T10:00'];
    const runs: CliRun[] = [];
    for (const [command, args] of [
      ['ExcelJS load', ['--exceljs-load', file]],
      ['validate', validate],
      ['validate --out', [...validate, '--out', join(dir, 'out.xlsx')]],
    ] as const) {
      const started = performance.now();
      const child = spawnSync(process.execPath, [probe, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
      const wallSeconds = Math.round((performance.now() - started) / 10) / 100;
      const peak = /"maxRSSKB":(\d+)/.exec(child.stderr ?? '');
      if (child.status !== 0)
        throw new Error(`${command} on ${rows} rows: exit ${child.status}\n${child.stderr}`);
      runs.push({ command, rows, wallSeconds, peakMemoryMB: peak ? Math.round(Number(peak[1]) / 1024) : -1 });
    }
    return runs;
  } finally {
    // A benchmark leaves nothing behind: the generated workbook is several megabytes.
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the README's bench blocks from a result (and saves it as docs/bench.json). */
function writeReadme(bench: BenchResult): void {
  writeFileSync(join(ROOT, 'docs', 'bench.json'), `${JSON.stringify(bench, null, 2)}\n`);
  let readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const lang of ['zh', 'en'] as const)
    readme = withReadmeBlock(readme, lang, benchMarkdown(bench, lang));
  writeFileSync(join(ROOT, 'README.md'), readme);
}

async function main(): Promise<void> {
  if (process.argv.includes('--trigger-day')) {
    // Only the day of triggers, printed (nothing written): to check it without the whole run.
    const day = triggerDay();
    process.stdout.write(`${JSON.stringify(day, null, 2)}\n`);
    return;
  }
  if (process.argv.includes('--readme-only')) {
    // The wording changed, not the code: the README's blocks from the saved run, without measuring.
    writeReadme(JSON.parse(readFileSync(join(ROOT, 'docs', 'bench.json'), 'utf8')) as BenchResult);
    return;
  }
  const results: BenchRow[] = [];
  for (const operation of OPERATIONS) for (const rows of SIZES) results.push(measure(operation, rows));
  const bundleBytes = statSync(join(ROOT, 'dist', 'Code.js')).size;
  const cli: CliRun[] = [];
  for (const rows of CLI_SIZES) cli.push(...(await cliOnLargeWorkbook(rows)));
  const day = triggerDay();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const bench: BenchResult = {
    date: new Date().toISOString().slice(0, 10),
    machine,
    msPerCall: MS_PER_CALL,
    results,
    bundleBytes,
    cli,
    triggerDay: day,
  };
  if (JSON_OUT) {
    process.stdout.write(`${JSON.stringify(bench, null, 2)}\n`);
    return;
  }
  if (MARKDOWN_OUT) {
    // The README's figures and the run they come from, written together (a test compares them).
    writeReadme(bench);
    process.stdout.write(
      `${benchMarkdown(bench, 'en')}\n\nWritten: docs/bench.json and the README's bench blocks\n`,
    );
    return;
  }
  console.log(`Machine: ${machine}`);
  console.log(
    `Model: ${MS_PER_CALL} ms per service call (Google's Apps Script best-practices example) + compute\n`,
  );
  console.log(
    ['operation', 'rows', 'calls', 'data calls', 'compute ms', 'fake ms', 'modelled s']
      .map((h, i) => (i === 0 ? h.padEnd(24) : h.padStart(12)))
      .join(''),
  );
  for (const r of results) {
    console.log(
      [r.op, r.rows, r.calls, r.dataCalls, r.ms, r.serviceMs, r.modelledSeconds]
        .map((v, i) => (i === 0 ? String(v).padEnd(24) : String(v).padStart(12)))
        .join(''),
    );
  }
  console.log(`\ndist/Code.js: ${bundleBytes} bytes`);
  for (const c of cli) {
    console.log(
      `CLI ${c.command} on a ${c.rows}-row .xlsx: ${c.wallSeconds} s wall, ${c.peakMemoryMB} MB peak memory`,
    );
  }
  console.log(benchMarkdown(bench, 'en').split('\n').at(-1));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
