// The kefu-sheets command line (docs/cli.md): the add-on's operations on an .xlsx workbook. Each
// command parses its options, runs one operation of src/app/ and presents the result.

import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runCallbacks } from '../app/callbacks';
import { runComplaints } from '../app/complaints';
import { resolveTimeZone } from '../app/context';
import { runInspect, summarizeWorkbook } from '../app/inspect';
import { callbacksJson, complaintsJson, scoresJson, sheetsJson, validationJson } from '../app/json';
import { describeError } from '../app/render';
import { runScores } from '../app/scores';
import { runValidation } from '../app/validate';
import { type LoadedWorkbook, loadWorkbook } from '../app/workbook';
import { isKefuError, KefuError } from '../domain/errors';
import { type Lang, message } from '../domain/messages';
import { formatIso, parseIsoMoment } from '../domain/time';
import { openXlsx, saveXlsx, type XlsxWorkbook } from '../xlsx/adapter';
import { type CliOptions, langOf, parseArgs } from './args';
import {
  renderCallbacks,
  renderComplaints,
  renderInspection,
  renderScores,
  renderValidation,
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
  return `${message(lang, 'cli.usage')}\n\n${message(lang, 'cli.help')}\n`;
}

/** The locale the .xlsx port reports for each CLI language. */
const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh_CN', en: 'en_US' };

interface Opened {
  readonly port: XlsxWorkbook;
  readonly workbook: LoadedWorkbook;
}

/** Opens the file, settles the time zone, and reads every sheet once. */
async function openWorkbookFile(file: string, options: CliOptions, requireSheets = true): Promise<Opened> {
  let port: XlsxWorkbook;
  try {
    port = await openXlsx(file, options.tz ?? 'Asia/Shanghai', LOCALES[options.lang]);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new KefuError('cli.unreadable_file', { file, reason: reason ?? '' });
  }
  let workbook = loadWorkbook(port);
  const zone = resolveTimeZone(workbook.sheets, options.tz, port.timeZone);
  if (zone !== port.timeZone) {
    port.setTimeZone(zone);
    workbook = loadWorkbook(port);
  }
  if (requireSheets && workbook.sheets.length === 0) throw new KefuError('no_sheet');
  return { port, workbook };
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
  const { port, workbook } = await openWorkbookFile(file, options);
  const out = options.out ?? join('out', 'demo-result.xlsx');
  const now = nowOf({ ...options, now: options.now ?? DEMO_NOW }, port.timeZone, 0);
  const run = { now, lang: options.lang, write: true };
  const validation = runValidation(port, run, workbook);
  const scores = runScores(port, { ...run, month: DEMO_MONTH }, workbook);
  const complaints = runComplaints(port, run, workbook);
  const callbacks = runCallbacks(port, { ...run, month: DEMO_MONTH }, workbook);
  await writeCopy(port, out, file);
  const inspection = summarizeWorkbook(workbook);
  if (options.json) {
    printJson(io, {
      workbook: 'examples/demo.xlsx',
      timeZone: port.timeZone,
      now: formatIso(now, port.timeZone),
      sheets: sheetsJson(inspection),
      validate: validationJson(validation, options.lang),
      scores: scoresJson(scores, options.lang),
      complaints: complaintsJson(complaints, now, port.timeZone, options.lang),
      callbacks: callbacksJson(callbacks, now, port.timeZone, options.lang),
      out,
    });
    return 0;
  }
  io.out(renderInspection(options.lang, { file: 'examples/demo.xlsx', ...inspection }, false));
  io.out(renderValidation(options.lang, validation.issues, validation.summary));
  io.out(renderScores(options.lang, scores));
  io.out(renderComplaints(options.lang, complaints, now, port.timeZone));
  io.out(renderCallbacks(options.lang, callbacks));
  io.out(`${message(options.lang, 'cli.wrote', { file: out })}\n`);
  return 0;
}

function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** "Now" for the checks: --now (ISO; a wall-clock time in the zone without an offset) or the clock. */
function nowOf(options: CliOptions, timeZone: string, fallback: number): number {
  if (options.now === null) return fallback;
  const instant = parseIsoMoment(options.now, timeZone);
  if (instant === null) throw new KefuError('cli.bad_now', { value: options.now });
  return instant;
}

/**
 * Prints a result: the copy is written first (when --out was given), so a failed write leaves
 * nothing half-said on stdout; in text mode the last line says where it went. The JSON carries
 * what was recognised (`sheets`), whatever the command.
 */
async function present(io: Io, opened: Opened, options: CliOptions, json: object, text: () => string) {
  if (options.out) await writeCopy(opened.port, options.out, options.file);
  if (options.json) return printJson(io, { ...json, sheets: sheetsJson(summarizeWorkbook(opened.workbook)) });
  io.out(text());
  if (options.out) io.out(`${message(options.lang, 'cli.wrote', { file: options.out })}\n`);
}

async function open(
  options: CliOptions,
  requireSheets = true,
): Promise<Opened & { now: number; write: boolean }> {
  if (options.file === null) throw new KefuError('cli.missing_file');
  const opened = await openWorkbookFile(options.file, options, requireSheets);
  const now = nowOf(options, opened.port.timeZone, Date.now());
  return { ...opened, now, write: options.out !== null };
}

async function runInspectCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, false);
  const inspection = runInspect(opened.port, opened.workbook);
  await present(io, opened, options, { mapping: inspection.mapping }, () =>
    renderInspection(options.lang, { file: options.file ?? '', ...inspection }, true),
  );
  return 0;
}

async function runValidate(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options);
  const validation = runValidation(opened.port, { ...opened, lang: options.lang }, opened.workbook);
  await present(io, opened, options, validationJson(validation, options.lang), () =>
    renderValidation(options.lang, validation.issues, validation.summary),
  );
  return validation.summary.errors > 0 ? 1 : 0;
}

async function runScoresCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options);
  const month = options.month ?? '';
  const report = runScores(opened.port, { ...opened, lang: options.lang, month }, opened.workbook);
  await present(io, opened, options, scoresJson(report, options.lang), () =>
    renderScores(options.lang, report),
  );
  return 0;
}

async function runComplaintsCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options);
  const report = runComplaints(opened.port, { ...opened, lang: options.lang }, opened.workbook);
  const { now, port } = opened;
  await present(io, opened, options, complaintsJson(report, now, port.timeZone, options.lang), () =>
    renderComplaints(options.lang, report, now, port.timeZone),
  );
  return 0;
}

async function runCallbacksCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options);
  const month = options.month ?? undefined;
  const report = runCallbacks(opened.port, { ...opened, lang: options.lang, month }, opened.workbook);
  await present(
    io,
    opened,
    options,
    callbacksJson(report, opened.now, opened.port.timeZone, options.lang),
    () => renderCallbacks(options.lang, report),
  );
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
      case 'inspect':
        return await runInspectCommand(options, io);
      case 'validate':
        return await runValidate(options, io);
      case 'scores':
        return await runScoresCommand(options, io);
      case 'complaints':
        return await runComplaintsCommand(options, io);
      case 'callbacks':
        return await runCallbacksCommand(options, io);
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
