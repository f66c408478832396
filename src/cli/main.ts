// The kefu-sheets command line (docs/cli.md): the add-on's operations on an .xlsx workbook. Each
// command parses its options, runs one operation of src/app/ and presents the result.

import { basename, join, resolve } from 'node:path';
import { runCallbacks } from '../app/callbacks';
import { runComplaints } from '../app/complaints';
import { readWorkbookSettings, resolveTimeZone } from '../app/context';
import { type MappingHint, mappingProblemLine, runInspect, summarizeWorkbook } from '../app/inspect';
import {
  callbacksJson,
  complaintsJson,
  scoresJson,
  sheetsJson,
  validationJson,
  weeklyJson,
} from '../app/json';
import { currentDigestNotice, type Notice } from '../app/notify';
import { elsewhereText, type OutputSheet } from '../app/own';
import { describeError } from '../app/render';
import { runScores } from '../app/scores';
import { runValidation } from '../app/validate';
import {
  hasSheetOf,
  kindsText,
  nearestSheet,
  notUnderstoodWarning,
  OPERATION_KINDS,
  type Operation,
  robotWarnings,
  type Warning,
  warningsJson,
  warningText,
} from '../app/warnings';
import { runWeekly, weeklyNotice } from '../app/weekly';
import {
  firstSheetOf,
  type LoadedWorkbook,
  loadWorkbook,
  MAX_SHEET_ROWS,
  type MappingFile,
  mappingFileRows,
} from '../app/workbook';
import { isKefuError, KefuError } from '../domain/errors';
import { lastFullWeek } from '../domain/isoweek';
import { type Lang, message } from '../domain/messages';
import type { RobotKind } from '../domain/robots';
import { dayKey, formatIso, parseIsoMoment } from '../domain/time';
import { VERSION } from '../domain/version';
import { saveXlsx, XlsxWorkbook } from '../xlsx/adapter';
import { ValuesWorkbook } from '../xlsx/values';
import { type CliOptions, langOf, parseArgs } from './args';
import { checkOutput, inputFile, readInputFile, writeAtomically } from './files';
import { fileSize, type Progress, progressLine } from './progress';
import {
  renderCallbacks,
  renderComplaints,
  renderInspection,
  renderScores,
  renderValidation,
  renderWeekly,
} from './report';
import { postNotice, type RobotTarget, redactFor, robotTarget } from './robot';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal: progress is shown only then. */
  readonly tty?: boolean;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  tty: Boolean(process.stderr.isTTY),
};

/** The package root (the CLI is built to build/cli.js). */
function packageRoot(): string {
  return resolve(__dirname, '..');
}

function usage(lang: Lang): string {
  return `${message(lang, 'cli.usage')}\n\n${message(lang, 'cli.help')}\n`;
}

/** The locale the .xlsx port reports for each CLI language. */
const LOCALES: Readonly<Record<Lang, string>> = {
  zh: 'zh_CN',
  'zh-TW': 'zh_TW',
  'zh-HK': 'zh_HK',
  en: 'en_US',
};

/** The codes of a run that could not be done (docs/cli.md, "Exit status"). */
export type FailureCode =
  | 'bad_arguments'
  | 'file_not_found'
  | 'unsupported_format'
  | 'unreadable_file'
  | 'no_recognised_sheets'
  | 'no_sheet_of_kind'
  | 'output_is_input'
  | 'output_unwritable'
  | 'bad_settings'
  | 'file_too_large'
  | 'sheet_too_large'
  | 'too_many_cells'
  | 'internal';

/** Which failure code each refusal is. */
const FAILURE_CODES: Readonly<Record<string, FailureCode>> = {
  'cli.usage': 'bad_arguments',
  'cli.unknown_command': 'bad_arguments',
  'cli.unknown_option': 'bad_arguments',
  'cli.missing_value': 'bad_arguments',
  'cli.missing_file': 'bad_arguments',
  'cli.extra_argument': 'bad_arguments',
  'cli.bad_month': 'bad_arguments',
  'cli.month_required': 'bad_arguments',
  'cli.bad_now': 'bad_arguments',
  'cli.bad_tz': 'bad_arguments',
  'cli.bad_lang': 'bad_arguments',
  'cli.out_not_xlsx': 'bad_arguments',
  'weekly.bad_week': 'bad_arguments',
  'cli.no_webhook': 'bad_arguments',
  'cli.webhook_not_https': 'bad_arguments',
  'cli.webhook_not_url': 'bad_arguments',
  'cli.webhook_kind_unknown': 'bad_arguments',
  'cli.bad_webhook_kind': 'bad_arguments',
  'cli.notify_not_here': 'bad_arguments',
  'cli.notify_missing': 'bad_arguments',
  'cli.file_not_found': 'file_not_found',
  'cli.map_not_found': 'file_not_found',
  'cli.map_unsupported': 'unsupported_format',
  'cli.map_unreadable': 'unreadable_file',
  'cli.map_no_columns': 'unreadable_file',
  'cli.unsupported_xls': 'unsupported_format',
  'cli.unsupported_et': 'unsupported_format',
  'cli.unsupported_numbers': 'unsupported_format',
  'cli.unsupported_ods': 'unsupported_format',
  'cli.unsupported_xlsb': 'unsupported_format',
  'cli.unsupported_other': 'unsupported_format',
  'cli.unreadable_file': 'unreadable_file',
  'cli.is_directory': 'unreadable_file',
  'cli.corrupt_xlsx': 'unreadable_file',
  'cli.bad_csv': 'unreadable_file',
  no_sheet: 'no_recognised_sheets',
  no_sheet_csv: 'no_recognised_sheets',
  no_sheet_of_kind: 'no_sheet_of_kind',
  'cli.same_file': 'output_is_input',
  'cli.out_is_directory': 'output_unwritable',
  'cli.unwritable_file': 'output_unwritable',
  bad_param: 'bad_settings',
  bad_rule: 'bad_settings',
  no_roster: 'bad_settings',
  'cli.file_too_large': 'file_too_large',
  'cli.unpacked_too_large': 'file_too_large',
  'cli.sheet_too_large': 'sheet_too_large',
  sheet_too_large: 'sheet_too_large',
  'cli.too_many_cells': 'too_many_cells',
  'cli.too_large_for_copy': 'too_many_cells',
};

/** A failure as it is reported: its code, a message saying what to do, the library's text apart. */
export interface Failure {
  readonly code: FailureCode;
  readonly message: string;
  readonly detail?: string;
}

export function failureOf(error: unknown, lang: Lang): Failure {
  if (isKefuError(error)) {
    const code = FAILURE_CODES[error.code] ?? 'internal';
    const detail = error.message !== error.code ? error.message.split('\n')[0] : undefined;
    return { code, message: describeError(error, lang), ...(detail ? { detail } : {}) };
  }
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { code: 'internal', message: message(lang, 'error.internal'), ...(detail ? { detail } : {}) };
}

interface Opened {
  /** The workbook whole when the run writes a copy; else only its values, read as they stream. */
  readonly port: XlsxWorkbook | ValuesWorkbook;
  readonly workbook: LoadedWorkbook;
  readonly progress: Progress;
  /**
   * Where the user can say what a sheet is: a 列名对照 sheet of the .xlsx or `--map FILE`; for a CSV
   * (one sheet, nothing can be added to it) only `--map FILE`.
   */
  readonly hint: MappingHint;
}

/**
 * The team mapping of `--map FILE`: the rows of its 列名对照 (a .csv or .xlsx with the columns 表名,
 * 表格类型, 列名, 字段). A file that is missing, cannot be read or has no such columns is refused,
 * named as the --map file.
 */
async function readMapFile(file: string, lang: Lang): Promise<MappingFile> {
  let read: Awaited<ReturnType<typeof readInputFile>>;
  try {
    read = await readInputFile(file);
  } catch (error) {
    if (isKefuError(error) && error.code === 'cli.file_not_found') {
      throw new KefuError('cli.map_not_found', { file });
    }
    const code =
      failureOf(error, lang).code === 'unsupported_format' ? 'cli.map_unsupported' : 'cli.map_unreadable';
    const reason = isKefuError(error)
      ? describeError(error, lang)
      : message(lang, 'cli.unreadable_file', { file });
    throw new KefuError(code, { file, reason }, error instanceof Error ? error.message : String(error));
  }
  const name = basename(file);
  const rows = mappingFileRows(new ValuesWorkbook(read.values, 'Asia/Shanghai', LOCALES[lang]), name);
  if (!rows) throw new KefuError('cli.map_no_columns', { file });
  return { name, rows };
}

/**
 * The port over a file. The values, read as they stream with the limits checked, are what a run
 * that writes nothing reads; recognising their sheets also refuses one past the engine's rows
 * (sheet_too_large) before anything else is done. A run that writes a copy then works on the
 * workbook loaded whole (styles, notes, validations are kept), and the values are let go.
 */
async function openPort(file: string, options: CliOptions, mapping: MappingFile | undefined) {
  const zone = options.tz ?? 'Asia/Shanghai';
  const input = await readInputFile(file, { whole: options.out !== null });
  const { format, counts, loadWhole } = input;
  if (options.out === null) {
    const port = new ValuesWorkbook(input.values, zone, LOCALES[options.lang]);
    return { port, format, counts, loaded: loadWorkbook(port, mapping) };
  }
  await checkedValues(input, zone, options.lang, mapping);
  const port = new XlsxWorkbook(await loadWhole(), zone, LOCALES[options.lang]);
  return { port, format, counts, loaded: loadWorkbook(port, mapping) };
}

/**
 * Recognises the sheets of values only to refuse what the engine would (the grids are let go):
 * needed only when a sheet is longer than the engine takes, so skipped otherwise.
 */
async function checkedValues(
  input: { readonly values: ValuesWorkbook['values'] },
  zone: string,
  lang: Lang,
  mapping: MappingFile | undefined,
): Promise<void> {
  if (!input.values.sheets.some((sheet) => sheet.lastRow > MAX_SHEET_ROWS)) return;
  loadWorkbook(new ValuesWorkbook(input.values, zone, LOCALES[lang]), mapping);
}

/** Opens the file (any format it takes), settles the time zone, and reads every sheet once. */
async function openWorkbookFile(
  file: string,
  options: CliOptions,
  io: Io,
  requireSheets = true,
): Promise<Opened> {
  const { size } = inputFile(file);
  // Refused before any work: a long run must not end in "that was your input file".
  if (options.out) checkOutput(options.out, file);
  const mapping = options.map === null ? undefined : await readMapFile(options.map, options.lang);
  const progress = progressLine(io, !options.json);
  progress.step(message(options.lang, 'progress.reading', { file: basename(file), size: fileSize(size) }));
  const { port, format, counts, loaded } = await openPort(file, options, mapping);
  const hint: MappingHint = format === 'csv' ? 'file' : 'workbook';
  let workbook = loaded;
  const settled = resolveTimeZone(workbook.sheets, options.tz, port.timeZone);
  if (settled !== port.timeZone) {
    port.setTimeZone(settled);
    workbook = loadWorkbook(port, mapping);
  }
  progress.step(
    message(options.lang, 'progress.read', {
      file: basename(file),
      sheets: counts.sheets,
      rows: counts.rows,
    }),
  );
  if (requireSheets && workbook.sheets.length === 0) {
    progress.done();
    throw new KefuError(hint === 'file' ? 'no_sheet_csv' : 'no_sheet');
  }
  return { port, workbook, progress, hint };
}

/**
 * Refuses a command that has no sheet of the kinds it reads (a complaints log for `complaints`):
 * its result would be all zeros. The sheet that came nearest, if one did, is named with what it
 * lacks and how to say what it is.
 */
function requireKinds(command: Operation, opened: Opened, lang: Lang): void {
  const kinds = OPERATION_KINDS[command];
  if (hasSheetOf(opened.workbook, kinds)) return;
  opened.progress.done();
  const nearest = nearestSheet(opened.workbook.unrecognised, kinds);
  throw new KefuError('no_sheet_of_kind', {
    command,
    kinds: kindsText(kinds, lang),
    near: nearest
      ? warningText(notUnderstoodWarning(nearest), lang, opened.hint)
      : message(lang, 'error.no_sheet_of_kind_none'),
  });
}

/** The problems of the --map file's rows, one line each on stderr (inspect and validate list them). */
function mapProblems(opened: Opened, options: CliOptions, io: Io): void {
  for (const p of opened.workbook.mapping.problems) {
    if (p.source !== undefined) io.err(`kefu-sheets: ${mappingProblemLine(p, options.lang)}\n`);
  }
}

/** Writes the copy with the results: never over the input, through a temporary file renamed into place. */
async function writeCopy(opened: Opened, out: string, input: string | null, lang: Lang): Promise<void> {
  checkOutput(out, input);
  const { port } = opened;
  if (!(port instanceof XlsxWorkbook)) throw new Error('a copy is written from the workbook loaded whole');
  await writeAtomically(out, (temporary) =>
    saveXlsx(port, temporary, (sheet, done, total) =>
      opened.progress.step(message(lang, 'progress.writing', { file: basename(out), sheet, done, total })),
    ),
  );
}

function outputsOf(...results: readonly { readonly output?: OutputSheet }[]): OutputSheet[] {
  return results.flatMap((r) => (r.output ? [r.output] : []));
}

/** The demo's "today": the morning the supervisor closes October (the demo month). */
export const DEMO_NOW = '2026-11-02T10:00:00+08:00';
/** The demo's month. */
export const DEMO_MONTH = '2026-10';

async function runDemo(options: CliOptions, io: Io): Promise<number> {
  const file = join(packageRoot(), 'examples', 'demo.xlsx');
  const out = options.out ?? join('out', 'demo-result.xlsx');
  const opened = await openWorkbookFile(file, { ...options, out }, io);
  const { port, workbook } = opened;
  const now = nowOf({ ...options, now: options.now ?? DEMO_NOW }, port.timeZone, 0);
  const run = { now, lang: options.lang, write: true, hint: opened.hint };
  const validation = runValidation(port, run, workbook);
  const scores = runScores(port, { ...run, month: DEMO_MONTH }, workbook);
  const complaints = runComplaints(port, run, workbook);
  const callbacks = runCallbacks(port, { ...run, month: DEMO_MONTH }, workbook);
  const inspection = summarizeWorkbook(workbook);
  const output = options.json
    ? jsonText({
        workbook: 'examples/demo.xlsx',
        timeZone: port.timeZone,
        now: formatIso(now, port.timeZone),
        sheets: sheetsJson(inspection),
        validate: validationJson(validation, options.lang, opened.hint),
        scores: scoresJson(scores, options.lang, opened.hint),
        complaints: complaintsJson(complaints, now, port.timeZone, options.lang, opened.hint),
        callbacks: callbacksJson(callbacks, now, port.timeZone, options.lang, opened.hint),
        out,
        outputSheets: outputSheetsJson(outputsOf(validation, scores, complaints, callbacks)),
      })
    : [
        renderInspection(options.lang, { file: 'examples/demo.xlsx', ...inspection }, false, opened.hint),
        renderValidation(
          options.lang,
          validation.issues,
          validation.summary,
          validation.warnings,
          opened.hint,
          validation.region,
        ),
        renderScores(options.lang, scores, opened.hint),
        renderComplaints(options.lang, complaints, now, port.timeZone, opened.hint),
        renderCallbacks(options.lang, callbacks, port.timeZone, opened.hint),
        wroteLines(out, outputsOf(validation, scores, complaints, callbacks), options.lang),
      ].join('');
  await writeCopy(opened, out, file, options.lang);
  opened.progress.done();
  io.out(output);
  return 0;
}

/** Where each result sheet of the copy is, and the team's sheets of the same names left alone. */
function outputSheetsJson(outputs: readonly OutputSheet[]) {
  return outputs.map((o) => ({ role: o.role, sheet: o.sheet, teamSheet: o.teamSheet }));
}

/** "Wrote OUT", then a line for each result sheet that had to go beside a team sheet of its name. */
function wroteLines(out: string, outputs: readonly OutputSheet[], lang: Lang): string {
  const lines = [message(lang, 'cli.wrote', { file: out })];
  for (const o of outputs) {
    const elsewhere = elsewhereText(o, lang);
    if (elsewhere) lines.push(elsewhere);
  }
  return `${lines.join('\n')}\n`;
}

function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** "Now" for the checks: --now (ISO; a wall-clock time in the zone without an offset) or the clock. */
function nowOf(options: CliOptions, timeZone: string, fallback: number): number {
  if (options.now === null) return fallback;
  const instant = parseIsoMoment(options.now, timeZone);
  if (instant === null) throw new KefuError('cli.bad_now', { value: options.now });
  return instant;
}

/**
 * Prints a result. What will be printed is worded first, then the copy is written (when --out was
 * given), then it is printed: a failed write leaves nothing half-said on stdout. The JSON carries
 * what was recognised (`sheets`), whatever the command.
 */
async function present(
  io: Io,
  opened: Opened,
  options: CliOptions,
  json: object,
  text: () => string,
  outputs: readonly (OutputSheet | undefined)[] = [],
) {
  const written = outputs.filter((o): o is OutputSheet => o !== undefined);
  const output = options.json
    ? jsonText({
        ...json,
        sheets: sheetsJson(summarizeWorkbook(opened.workbook)),
        ...(written.length > 0 ? { outputSheets: outputSheetsJson(written) } : {}),
      })
    : `${text()}${options.out ? wroteLines(options.out, written, options.lang) : ''}`;
  if (options.out) await writeCopy(opened, options.out, options.file, options.lang);
  opened.progress.done();
  io.out(output);
}

/**
 * Opens the command's file. `needs` is what it cannot run without: any recognised sheet (`validate`),
 * nothing (`inspect`), or a sheet of the kinds an operation reads (`complaints`…: a result of zeros
 * would be a silent wrong answer). Problems of the --map file's rows go to stderr for the commands
 * that do not list them.
 */
async function open(
  options: CliOptions,
  io: Io,
  needs: 'any' | 'none' | Operation = 'any',
): Promise<Opened & { now: number; write: boolean }> {
  if (options.file === null) throw new KefuError('cli.missing_file');
  const opened = await openWorkbookFile(options.file, options, io, needs === 'any');
  if (needs !== 'any' && needs !== 'none') {
    requireKinds(needs, opened, options.lang);
    mapProblems(opened, options, io);
  }
  const now = nowOf(options, opened.port.timeZone, Date.now());
  return { ...opened, now, write: options.out !== null };
}

async function runInspectCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io, 'none');
  const inspection = runInspect(opened.port, opened.workbook);
  await present(io, opened, options, { mapping: inspection.mapping }, () =>
    renderInspection(options.lang, { file: options.file ?? '', ...inspection }, true, opened.hint),
  );
  return 0;
}

async function runValidate(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io);
  const validation = runValidation(opened.port, { ...opened, lang: options.lang }, opened.workbook);
  await present(
    io,
    opened,
    options,
    validationJson(validation, options.lang, opened.hint),
    () =>
      renderValidation(
        options.lang,
        validation.issues,
        validation.summary,
        validation.warnings,
        opened.hint,
        validation.region,
      ),
    [validation.output],
  );
  return validation.summary.errors > 0 ? 1 : 0;
}

async function runScoresCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io, 'scores');
  const month = options.month ?? '';
  const report = runScores(opened.port, { ...opened, lang: options.lang, month }, opened.workbook);
  await present(
    io,
    opened,
    options,
    scoresJson(report, options.lang, opened.hint),
    () => renderScores(options.lang, report, opened.hint),
    [report.output],
  );
  return 0;
}

/**
 * The group robot of a run with --notify (refused before any work when it cannot be used), else
 * null. A robot read from a cell of 规则设置 is used, with a warning on stderr that anyone with the
 * file can read it.
 */
function notifyTarget(
  options: CliOptions,
  opened: Opened,
  io: Io,
): (RobotTarget & { readonly paramsSheet: string }) | null {
  if (!options.notify) return null;
  const target = robotTarget(options, readWorkbookSettings(opened.workbook.sheets).settings);
  const sheet = firstSheetOf(opened.workbook.sheets, 'params')?.layout.sheet ?? '';
  const robot = { ...target, paramsSheet: sheet };
  for (const w of targetWarnings(robot)) {
    if (w.code === 'robot_in_cell') io.err(`kefu-sheets: ${warningText(w, options.lang)}\n`);
  }
  return robot;
}

/** What the command line warns about the robot it posts to. */
function targetWarnings(target: RobotTarget & { readonly paramsSheet: string }): Warning[] {
  const inCell: Warning[] = target.fromCell
    ? [{ code: 'robot_in_cell', params: { sheet: target.paramsSheet } }]
    : [];
  return [...inCell, ...robotWarnings(target.kind, target.secret)];
}

/** A post to the robot: what to add to the JSON and the text, and the failure to end with (exit 3). */
interface Posted {
  readonly json: { readonly kind: RobotKind; readonly complaints: number; readonly error?: string };
  readonly line: string;
  readonly failure: string | null;
}

/**
 * Posts a notice (nothing when there is none); `complaints` is how many complaints it is about.
 * Signed with the real clock: a platform refuses a signature more than an hour old, whatever --now says.
 */
async function post(
  target: RobotTarget,
  notice: Notice | null,
  complaints: number,
  opened: Opened,
  options: CliOptions,
  weekly = false,
): Promise<Posted> {
  const { lang } = options;
  const platform = message(lang, `robot.${target.kind}`);
  if (!notice) {
    return {
      json: { kind: target.kind, complaints: 0 },
      line: message(lang, 'cli.nothing_to_notify'),
      failure: null,
    };
  }
  const delivery = await postNotice(target, notice, lang, opened.port.timeZone, Date.now());
  if (!delivery.ok) {
    const reason = redactFor(target, delivery.reason);
    const failure = message(lang, 'robot.failed', { platform, reason });
    return { json: { kind: target.kind, complaints: 0, error: reason }, line: failure, failure };
  }
  const line = weekly
    ? message(lang, 'cli.notified_weekly', { platform })
    : message(lang, 'cli.notified', { platform, count: complaints });
  return { json: { kind: target.kind, complaints }, line, failure: null };
}

/** Ends a run that posted: exit 3 with the platform's words on stderr when the post failed. */
function afterPost(io: Io, posted: Posted | null): number {
  if (!posted?.failure) return 0;
  io.err(`kefu-sheets: ${posted.failure}\n`);
  return 3;
}

async function runComplaintsCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io, 'complaints');
  const target = notifyTarget(options, opened, io);
  const report = runComplaints(opened.port, { ...opened, lang: options.lang }, opened.workbook);
  const { now, port } = opened;
  const notice = target ? currentDigestNotice(report, options.lang, now, port.timeZone) : null;
  const posted = target ? await post(target, notice, notice?.items.length ?? 0, opened, options) : null;
  const json = complaintsJson(report, now, port.timeZone, options.lang, opened.hint);
  const extra = target ? warningsJson(targetWarnings(target), options.lang) : [];
  await present(
    io,
    opened,
    options,
    {
      ...json,
      warnings: [...json.warnings, ...extra.filter((w) => !json.warnings.some((x) => x.code === w.code))],
      ...(posted ? { notified: posted.json } : {}),
    },
    () =>
      `${renderComplaints(options.lang, report, now, port.timeZone, opened.hint)}${posted ? `${posted.line}\n` : ''}`,
    [report.output],
  );
  return afterPost(io, posted);
}

async function runWeeklyCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io, 'weekly');
  const target = notifyTarget(options, opened, io);
  const { port, now } = opened;
  const week = options.week ?? lastFullWeek(dayKey(now, port.timeZone));
  const summary = runWeekly(port, { ...opened, lang: options.lang, week }, opened.workbook);
  const posted = target
    ? await post(
        target,
        weeklyNotice(summary, options.lang),
        summary.complaints.received,
        opened,
        options,
        true,
      )
    : null;
  await present(
    io,
    opened,
    options,
    {
      ...weeklyJson(summary, port.timeZone, options.lang, opened.hint),
      ...(posted ? { notified: posted.json } : {}),
    },
    () => `${renderWeekly(options.lang, summary, opened.hint)}${posted ? `${posted.line}\n` : ''}`,
    [summary.output],
  );
  return afterPost(io, posted);
}

async function runCallbacksCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io, 'callbacks');
  const month = options.month ?? undefined;
  const report = runCallbacks(opened.port, { ...opened, lang: options.lang, month }, opened.workbook);
  await present(
    io,
    opened,
    options,
    callbacksJson(report, opened.now, opened.port.timeZone, options.lang, opened.hint),
    () => renderCallbacks(options.lang, report, opened.port.timeZone, opened.hint),
    [report.output],
  );
  return 0;
}

/** Runs a command; resolves to its exit status. */
async function run(options: CliOptions, io: Io): Promise<number> {
  switch (options.command) {
    case 'help':
      io.out(usage(options.lang));
      return 0;
    case 'version':
      io.out(`kefu-sheets ${VERSION}\n`);
      return 0;
    case 'demo':
      return runDemo(options, io);
    case 'inspect':
      return runInspectCommand(options, io);
    case 'validate':
      return runValidate(options, io);
    case 'scores':
      return runScoresCommand(options, io);
    case 'complaints':
      return runComplaintsCommand(options, io);
    case 'callbacks':
      return runCallbacksCommand(options, io);
    case 'weekly':
      return runWeeklyCommand(options, io);
  }
}

/**
 * Runs the CLI; resolves to the exit status (0 done, 1 validation errors, 2 could not run). A run
 * that could not be done says why on stderr in one line (and, with --json, as JSON on stdout).
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const lang = langOf(argv);
  const json = argv.includes('--json');
  try {
    return await run(parseArgs(argv), io);
  } catch (error) {
    if (isKefuError(error) && error.code === 'cli.usage' && !json) {
      // No command at all: the usage is the answer.
      io.err(usage(lang));
      return 2;
    }
    const failure = failureOf(error, lang);
    const hint = failure.code === 'bad_arguments' ? ` ${message(lang, 'cli.help_hint')}` : '';
    // The library's own words only where nothing better can be said (an internal error).
    const detail = failure.code === 'internal' && failure.detail ? ` (${failure.detail})` : '';
    io.err(`kefu-sheets: ${failure.message.replace(/\n/g, ' ')}${detail}${hint}\n`);
    if (json) io.out(jsonText({ error: failure }));
    return 2;
  }
}

/** True for the errors of writing to a pipe whose reader has gone (`kefu-sheets … | head -1`). */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

/**
 * The command as bin/kefu-sheets.js runs it, in this process. Writing into a pipe that was closed
 * (`kefu-sheets validate file.xlsx | head -1`) ends quietly with the run's own status: the reader
 * chose to stop reading, and the status still says what the run found (docs/cli.md, "Exit
 * status"). Anything that escapes the run (an error thrown outside it) is still one line on
 * stderr, JSON on stdout with --json, exit status 2: never a stack.
 */
export async function runProcess(argv: readonly string[]): Promise<void> {
  const lang = langOf(argv);
  const json = argv.includes('--json');
  const fatal = (error: unknown) => {
    if (isClosedPipe(error)) return;
    const failure = failureOf(error, lang);
    const detail = failure.detail ? ` (${failure.detail})` : '';
    try {
      process.stderr.write(`kefu-sheets: ${failure.message.replace(/\n/g, ' ')}${detail}\n`);
      if (json) process.stdout.write(jsonText({ error: failure }));
    } catch {
      // Nowhere left to say it: the status says it.
    }
    process.exit(2);
  };
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (!isClosedPipe(error)) fatal(error);
    });
  }
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  process.exitCode = await main(argv);
}
