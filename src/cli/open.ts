// Opening a command's file: the --map file, the port over the values (or the workbook loaded whole
// when a copy is written), the time zone, the sheets a command cannot run without, and writing the copy.

import { basename, resolve } from 'node:path';
import { parameterTable, resolveTimeZone } from '../app/context';
import { type MappingHint, mappingProblemLine } from '../app/present/inspection';
import { describeError } from '../app/present/render';
import {
  hasSheetOf,
  kindsText,
  nearestSheet,
  notUnderstoodWarning,
  OPERATION_KINDS,
  type Operation,
  type Warning,
  warningText,
} from '../app/present/warnings';
import {
  type LoadedWorkbook,
  loadWorkbook,
  MAX_SHEET_ROWS,
  type MappingFile,
  mappingFileRows,
} from '../app/workbook';
import { parseIsoMoment } from '../domain/calendar/time';
import { isKefuError, KefuError } from '../domain/i18n/errors';
import { type Lang, message } from '../domain/i18n/messages';
import { parameterName } from '../domain/params/table';
import { cellText } from '../domain/text';
import { saveXlsx, XlsxWorkbook } from '../xlsx/adapter';
import { ValuesWorkbook } from '../xlsx/values';
import type { CliOptions } from './args';
import { failureOf } from './failures';
import { checkOutput, inputFile, readInputFile, writeAtomically } from './files';
import type { Io } from './io';
import { fileSize, type Progress, progressLine } from './progress';

/** The package root (the CLI is built to build/cli.js). */
export function packageRoot(): string {
  return resolve(__dirname, '..');
}

/** The locale the .xlsx port reports for each CLI language. */
const LOCALES: Readonly<Record<Lang, string>> = {
  zh: 'zh_CN',
  'zh-TW': 'zh_TW',
  'zh-HK': 'zh_HK',
  en: 'en_US',
};

/**
 * The time zone of a workbook that writes no 时区, when --tz gives none: Taiwan's for zh-TW and Hong
 * Kong's for zh-HK (the same UTC+8 as Shanghai, so times read alike; the region they suggest, where
 * 规则设置 writes no 地区, decides phone numbers, public holidays and working hours), else Shanghai's.
 */
const LANGUAGE_ZONES: Readonly<Record<Lang, string>> = {
  zh: 'Asia/Shanghai',
  'zh-TW': 'Asia/Taipei',
  'zh-HK': 'Asia/Hong_Kong',
  en: 'Asia/Shanghai',
};

export interface Opened {
  /** The workbook whole when the run writes a copy; else only its values, read as they stream. */
  readonly port: XlsxWorkbook | ValuesWorkbook;
  readonly workbook: LoadedWorkbook;
  readonly progress: Progress;
  /**
   * Where the user can say what a sheet is: a 列名对照 sheet of the .xlsx or `--map FILE`; for a CSV
   * (one sheet, nothing can be added to it) only `--map FILE`.
   */
  readonly hint: MappingHint;
  /** What the run assumed and every result says (the region the language suggested). */
  readonly assumed: readonly Warning[];
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
  const zone = options.tz ?? LANGUAGE_ZONES[options.lang];
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
export async function openWorkbookFile(
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
  // The region the language suggested, said where it decides: no --tz, no 时区, no 地区 written.
  const zone = LANGUAGE_ZONES[options.lang];
  const assumed: Warning[] =
    options.tz === null &&
    zone !== LANGUAGE_ZONES.zh &&
    settled === zone &&
    cellText(parameterTable(workbook.sheets).get(parameterName('region'))?.raw) === ''
      ? [
          {
            code: 'region_from_language',
            params: { zone, lang: options.lang, ...(hint === 'file' ? { csv: 1 } : {}) },
          },
        ]
      : [];
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
  return { port, workbook, progress, hint, assumed };
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
export async function writeCopy(
  opened: Opened,
  out: string,
  input: string | null,
  lang: Lang,
): Promise<void> {
  checkOutput(out, input);
  const { port } = opened;
  if (!(port instanceof XlsxWorkbook)) throw new Error('a copy is written from the workbook loaded whole');
  await writeAtomically(out, (temporary) =>
    saveXlsx(port, temporary, (sheet, done, total) =>
      opened.progress.step(message(lang, 'progress.writing', { file: basename(out), sheet, done, total })),
    ),
  );
}

/** "Now" for the checks: --now (ISO; a wall-clock time in the zone without an offset) or the clock. */
export function nowOf(options: CliOptions, timeZone: string, fallback: number): number {
  if (options.now === null) return fallback;
  const instant = parseIsoMoment(options.now, timeZone);
  if (instant === null) throw new KefuError('cli.bad_now', { value: options.now });
  return instant;
}

/**
 * Opens the command's file. `needs` is what it cannot run without: any recognised sheet (`validate`),
 * nothing (`inspect`), or a sheet of the kinds an operation reads (`complaints`…: a result of zeros
 * would be a silent wrong answer). Problems of the --map file's rows go to stderr for the commands
 * that do not list them.
 */
export async function open(
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
