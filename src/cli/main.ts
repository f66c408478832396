// The kefu-sheets command line: the add-on's use cases on an .xlsx workbook, per cli-contract.md.

import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  type CallbackReport,
  type ComplaintReport,
  callbackReport,
  complaintReport,
} from '../app/complaints';
import { refreshComplaints, writeCallbackSheet, writeOverdueSheet } from '../app/deadlines';
import { dataRowNumbers, type LoadedSheet, loadWorkbook } from '../app/inspect';
import { describeError, renderIssue } from '../app/render';
import { computeScoresFromSheets, type ScoreReport, writeScoresSheet } from '../app/scores';
import { resolveTimeZone } from '../app/settings';
import { runValidateAll, validateWorkbook } from '../app/validate';
import { isKefuError, KefuError } from '../domain/errors';
import { type Lang, message } from '../domain/messages';
import { maskPhone } from '../domain/phone';
import { OWN_SHEETS } from '../domain/schema';
import { formatIso, parseIsoMoment } from '../domain/time';
import type { Issue } from '../domain/validate';
import { openXlsx, saveXlsx, type XlsxWorkbook } from '../xlsx/adapter';
import { type CliOptions, langOf, parseArgs } from './args';
import {
  renderCallbacks,
  renderComplaints,
  renderInspection,
  renderScores,
  renderValidation,
  type SheetSummary,
} from './report';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** The package root (the CLI is built to build/cli.js). */
function packageRoot(): string {
  return resolve(__dirname, '..');
}

function usage(lang: Lang): string {
  const lines =
    lang === 'zh'
      ? [
          message(lang, 'cli.usage'),
          '',
          '命令：',
          '  demo                         在内置演示工作簿上运行全部检查（npm start）',
          '  validate 文件 [--now ISO]     逐行校验所有识别到的表格',
          '  scores 文件 --month YYYY-MM   月度考核',
          '  complaints 文件 [--now ISO]   投诉时限与状态',
          '  callbacks 文件 [--now ISO] [--month YYYY-MM]  回访计划与回访率',
          '',
          '选项：--json  --out 输出.xlsx  --tz 时区  --lang zh|en  --help  --version',
        ]
      : [
          message(lang, 'cli.usage'),
          '',
          'Commands:',
          '  demo                          run every check on the bundled demo workbook (npm start)',
          '  validate FILE [--now ISO]     row validation of every recognised sheet',
          '  scores FILE --month YYYY-MM   the monthly scores',
          '  complaints FILE [--now ISO]   complaint deadlines and states',
          '  callbacks FILE [--now ISO] [--month YYYY-MM]  callbacks due, done, overdue; the callback rate',
          '',
          'Options: --json  --out OUT.xlsx  --tz Area/City  --lang zh|en  --help  --version',
        ];
  return `${lines.join('\n')}\n`;
}

interface Opened {
  port: XlsxWorkbook;
  sheets: LoadedSheet[];
  unrecognised: string[];
}

const OWN = new Set<string>(Object.values(OWN_SHEETS));

/** Opens the file, settles the time zone, and reads every sheet once. */
async function openWorkbookFile(file: string, options: CliOptions): Promise<Opened> {
  let port: XlsxWorkbook;
  try {
    port = await openXlsx(file, options.tz ?? 'Asia/Shanghai', options.lang === 'zh' ? 'zh_CN' : 'en_US');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new KefuError('cli.unreadable_file', { file, reason: reason ?? '' });
  }
  let loaded = loadWorkbook(port, OWN);
  const zone = resolveTimeZone(loaded.sheets, options.tz, port.timeZone);
  if (zone !== port.timeZone) {
    port.timeZone = zone;
    loaded = loadWorkbook(port, OWN);
  }
  if (loaded.sheets.length === 0) throw new KefuError('no_sheet');
  return { port, ...loaded };
}

function summaries(sheets: readonly LoadedSheet[]): SheetSummary[] {
  return sheets.map((s) => ({ layout: s.layout, dataRows: dataRowNumbers(s.layout, s.grid).length }));
}

async function writeCopy(port: XlsxWorkbook, out: string, input: string | null): Promise<void> {
  if (input !== null && resolve(out) === resolve(input)) throw new KefuError('cli.same_file');
  try {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    await saveXlsx(port, out);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new KefuError('cli.unwritable_file', { file: out, reason: reason ?? '' });
  }
}

/** The demo's "today": the morning the supervisor closes October (the demo month). */
export const DEMO_NOW = '2026-11-02T10:00:00+08:00';
/** The demo's month. */
export const DEMO_MONTH = '2026-10';

async function runDemo(options: CliOptions, io: Io): Promise<number> {
  const file = join(packageRoot(), 'examples', 'demo.xlsx');
  const opened = await openWorkbookFile(file, options);
  const out = options.out ?? join('out', 'demo-result.xlsx');
  const now = nowOf({ ...options, now: options.now ?? DEMO_NOW }, opened.port.timeZone, 0);
  const validation = runValidateAll(opened.port, now, options.lang, opened.sheets);
  const scores = computeScoresFromSheets(opened.sheets, DEMO_MONTH, opened.port.timeZone);
  writeScoresSheet(opened.port, scores, options.lang, now);
  const complaints = refreshComplaints(opened.port, opened.sheets, now, options.lang);
  writeOverdueSheet(opened.port, complaints, options.lang, now);
  const callbacks = callbackReport(opened.sheets, now, opened.port.timeZone, DEMO_MONTH);
  writeCallbackSheet(opened.port, callbacks, options.lang);
  await writeCopy(opened.port, out, file);
  if (options.json) {
    io.out(
      `${JSON.stringify(
        {
          workbook: 'examples/demo.xlsx',
          timeZone: opened.port.timeZone,
          now: formatIso(now, opened.port.timeZone),
          sheets: summaries(opened.sheets).map((s) => ({
            sheet: s.layout.sheet,
            kind: s.layout.kind,
            headerRow: s.layout.headerRow,
            dataRows: s.dataRows,
            missingColumns: s.layout.missingRequired,
          })),
          unrecognised: opened.unrecognised,
          validate: {
            issues: validation.issues.map((i) => issueJson(i, options.lang)),
            summary: validation.summary,
          },
          scores: scoresJson(scores),
          complaints: complaintsJson(complaints, now, opened.port.timeZone),
          callbacks: callbacksJson(callbacks, now, opened.port.timeZone),
          out,
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  io.out(
    renderInspection(options.lang, {
      file: 'examples/demo.xlsx',
      sheets: summaries(opened.sheets),
      unrecognised: opened.unrecognised,
    }),
  );
  io.out(renderValidation(options.lang, validation.issues, validation.summary));
  io.out(renderScores(options.lang, scores));
  io.out(renderComplaints(options.lang, complaints, now, opened.port.timeZone));
  io.out(renderCallbacks(options.lang, callbacks));
  io.out(`${message(options.lang, 'cli.wrote', { file: out })}\n`);
  return 0;
}

/** "Now" for the checks: --now (ISO; a wall-clock time in the zone without an offset) or the clock. */
function nowOf(options: CliOptions, timeZone: string, fallback: number): number {
  if (options.now === null) return fallback;
  const instant = parseIsoMoment(options.now, timeZone);
  if (instant === null) throw new KefuError('cli.bad_now', { value: options.now });
  return instant;
}

function issueJson(issue: Issue, lang: Lang) {
  return {
    sheet: issue.sheet,
    row: issue.row,
    field: issue.field,
    code: issue.code,
    severity: issue.severity,
    message: renderIssue(issue, lang),
  };
}

async function runValidate(options: CliOptions, io: Io): Promise<number> {
  if (options.file === null) throw new KefuError('cli.missing_file');
  const { port, sheets } = await openWorkbookFile(options.file, options);
  const now = nowOf(options, port.timeZone, Date.now());
  const validation = options.out
    ? runValidateAll(port, now, options.lang, sheets)
    : validateWorkbook(port, now, sheets);
  if (options.out) await writeCopy(port, options.out, options.file);
  if (options.json) {
    const out = {
      issues: validation.issues.map((i) => issueJson(i, options.lang)),
      summary: validation.summary,
    };
    io.out(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    io.out(renderValidation(options.lang, validation.issues, validation.summary));
    if (options.out) io.out(`${message(options.lang, 'cli.wrote', { file: options.out })}\n`);
  }
  return validation.summary.errors > 0 ? 1 : 0;
}

function scoresJson(report: ScoreReport) {
  const { scores } = report;
  return {
    month: scores.month,
    staff: scores.staff.map((s) => ({
      name: s.name,
      role: s.role,
      score: s.score,
      pointsFine: s.pointsFine,
      cashItems: s.cashItems,
      fullAttendanceBonus: s.fullAttendanceBonus,
      performanceBonus: s.performanceBonus,
      highScoreReward: s.highScoreReward,
      supervisorAdjustment: s.supervisorAdjustment,
      net: s.net,
      dismissalReview: s.dismissalReview,
      ledgerRows: s.ledgerRows,
      ledgerPoints: s.ledgerPoints,
      kpiPoints: s.kpiPoints,
    })),
    team: scores.team,
    problems: report.problems.map(({ sheet, row, field, code, value }) => ({
      sheet,
      row,
      field,
      code,
      value,
    })),
  };
}

async function runScores(options: CliOptions, io: Io): Promise<number> {
  if (options.file === null) throw new KefuError('cli.missing_file');
  const month = options.month ?? '';
  const { port, sheets } = await openWorkbookFile(options.file, options);
  const report = computeScoresFromSheets(sheets, month, port.timeZone);
  if (options.out) {
    writeScoresSheet(port, report, options.lang, nowOf(options, port.timeZone, Date.now()));
    await writeCopy(port, options.out, options.file);
  }
  if (options.json) io.out(`${JSON.stringify(scoresJson(report), null, 2)}\n`);
  else {
    io.out(renderScores(options.lang, report));
    if (options.out) io.out(`${message(options.lang, 'cli.wrote', { file: options.out })}\n`);
  }
  return 0;
}

function complaintsJson(report: ComplaintReport, now: number, timeZone: string) {
  return {
    now: formatIso(now, timeZone),
    complaints: report.rows.map((r) => ({
      sheet: r.sheet,
      row: r.complaint.row,
      id: r.complaint.id,
      level: r.complaint.level,
      state: r.status.state,
      replyDue: formatIso(r.status.replyDue, timeZone),
      solutionDue: formatIso(r.status.solutionDue, timeZone),
      hoursLeft: r.status.hoursLeft,
    })),
    summary: report.summary,
    clock: report.settings.clockMode,
    warnings: report.uncoveredYears.map((year) => ({ code: 'calendar_year_not_covered', year })),
  };
}

async function runComplaints(options: CliOptions, io: Io): Promise<number> {
  if (options.file === null) throw new KefuError('cli.missing_file');
  const { port, sheets } = await openWorkbookFile(options.file, options);
  const now = nowOf(options, port.timeZone, Date.now());
  const report = options.out
    ? refreshComplaints(port, sheets, now, options.lang)
    : complaintReport(sheets, now, port.timeZone);
  if (options.out) {
    writeOverdueSheet(port, report, options.lang, now);
    await writeCopy(port, options.out, options.file);
  }
  if (options.json) io.out(`${JSON.stringify(complaintsJson(report, now, port.timeZone), null, 2)}\n`);
  else {
    io.out(renderComplaints(options.lang, report, now, port.timeZone));
    if (options.out) io.out(`${message(options.lang, 'cli.wrote', { file: options.out })}\n`);
  }
  return 0;
}

function callbacksJson(report: CallbackReport, now: number, timeZone: string) {
  return {
    now: formatIso(now, timeZone),
    due: report.due.map((s) => ({
      sheet: s.item.sheet,
      row: s.item.row,
      type: s.item.type,
      customer: s.item.customer,
      phone: maskPhone(s.item.phone),
      dueDate: s.item.dueDay,
      state: s.state,
      callbackRow: s.record,
    })),
    month: report.month,
    rate: report.rate,
    complaints: report.complaints,
  };
}

async function runCallbacks(options: CliOptions, io: Io): Promise<number> {
  if (options.file === null) throw new KefuError('cli.missing_file');
  const { port, sheets } = await openWorkbookFile(options.file, options);
  const now = nowOf(options, port.timeZone, Date.now());
  const report = callbackReport(sheets, now, port.timeZone, options.month ?? undefined);
  if (options.out) {
    writeCallbackSheet(port, report, options.lang);
    await writeCopy(port, options.out, options.file);
  }
  if (options.json) io.out(`${JSON.stringify(callbacksJson(report, now, port.timeZone), null, 2)}\n`);
  else {
    io.out(renderCallbacks(options.lang, report));
    if (options.out) io.out(`${message(options.lang, 'cli.wrote', { file: options.out })}\n`);
  }
  return 0;
}

/** Runs the CLI; resolves to the exit status (0 done, 1 validation errors, 2 could not run). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const lang = langOf(argv);
  try {
    const options = parseArgs(argv);
    switch (options.command) {
      case 'help':
        io.out(usage(options.lang));
        return 0;
      case 'version':
        io.out('kefu-sheets 0.1.0\n');
        return 0;
      case 'demo':
        return await runDemo(options, io);
      case 'validate':
        return await runValidate(options, io);
      case 'scores':
        return await runScores(options, io);
      case 'complaints':
        return await runComplaints(options, io);
      case 'callbacks':
        return await runCallbacks(options, io);
    }
  } catch (error) {
    if (!isKefuError(error)) {
      io.err(
        `kefu-sheets: ${message(lang, 'error.internal')} (${error instanceof Error ? error.message : String(error)})\n`,
      );
      return 2;
    }
    const text = describeError(error, lang);
    io.err(`kefu-sheets: ${text.replace(/\n/g, ' ')}\n`);
    if (error.code === 'cli.usage') io.err(usage(lang));
    return 2;
  }
}
