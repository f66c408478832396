// The files the command line reads and writes: what a file really is (by its bytes, whatever its
// name says), read as it streams with the limits checked on the way (an .xlsx by
// src/xlsx/reader.ts, a CSV as Chinese Excel and WPS save it and as systems export it by csv.ts),
// and a copy that never touches the input and never leaves half a file behind.

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { type ErrorCode, KefuError } from '../domain/i18n/errors';
import { mebibytes, readXlsxValues } from '../xlsx/reader';
import type { ReadCounts, ReadLimits, WorkbookValues } from '../xlsx/values';
import { zipEntries } from '../xlsx/zip';
import { readCsvValues } from './csv';

/** Formats refused, each with its own advice. */
export type UnsupportedFormat = 'xls' | 'et' | 'numbers' | 'ods' | 'xlsb' | 'other';

export type DetectedFormat =
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'csv' }
  | { readonly kind: 'unsupported'; readonly format: UnsupportedFormat };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file header of Excel 97–2003 (.xls) and WPS (.et) workbooks. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Bytes of a file's head read to tell its format. */
const HEAD_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when the bytes look like text: no NUL in the first 8 KB (UTF-16 is told by its BOM). */
function looksLikeText(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return false;
  return true;
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * What a file is, by its first bytes and, for a zip, the names of its entries (`entries`, from
 * its central directory; a zip too damaged to list them is told by the names in its head): an
 * .xlsx (a zip holding xl/workbook.xml), a text file read as CSV, or a format to refuse (.xls and
 * .et share one header; the name tells them apart).
 */
export function detectFormat(head: Buffer, name: string, entries: readonly string[] = []): DetectedFormat {
  if (startsWith(head, ZIP)) {
    const holds = (part: string) => entries.includes(part) || head.includes(part);
    if (holds('xl/workbook.xml')) return { kind: 'xlsx' };
    if (holds('xl/workbook.bin')) return { kind: 'unsupported', format: 'xlsb' };
    if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) {
      return { kind: 'unsupported', format: 'ods' };
    }
    if (holds('Index/Document.iwa') || extname(name).toLowerCase() === '.numbers') {
      return { kind: 'unsupported', format: 'numbers' };
    }
    // A zip named as a workbook but holding none: a damaged download, read (and refused) as one.
    if (/^\.xls[xm]$/i.test(extname(name))) return { kind: 'xlsx' };
    return { kind: 'unsupported', format: 'other' };
  }
  if (startsWith(head, OLE2)) {
    return { kind: 'unsupported', format: extname(name).toLowerCase() === '.et' ? 'et' : 'xls' };
  }
  if (head.length > 0 && (isUtf16Bom(head) || looksLikeText(head))) return { kind: 'csv' };
  return { kind: 'unsupported', format: 'other' };
}

/** A sheet name Excel accepts, from a file name: no []:*?/\, at most 31 characters. */
export function sheetNameOf(file: string): string {
  const name = basename(file, extname(file))
    .replace(/[[\]:*?/\\]/g, '_')
    .trim()
    .slice(0, 31);
  return name === '' ? 'Sheet1' : name;
}

/** The input file's status, or the reason it cannot be read. */
export function inputFile(file: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new KefuError('cli.file_not_found', { file });
    throw new KefuError('cli.unreadable_file', { file }, (error as Error).message);
  }
  if (stats.isDirectory()) throw new KefuError('cli.is_directory', { file });
  return stats;
}

const ADVICE: Record<UnsupportedFormat, ErrorCode> = {
  xls: 'cli.unsupported_xls',
  et: 'cli.unsupported_et',
  numbers: 'cli.unsupported_numbers',
  ods: 'cli.unsupported_ods',
  xlsb: 'cli.unsupported_xlsb',
  other: 'cli.unsupported_other',
};

/**
 * The limits of what the command line reads (docs/cli.md, "Limits"). The environment variables
 * KEFU_MAX_ROWS, KEFU_MAX_CELLS and KEFU_MAX_FILE_MB may lower them (never raise them): tests
 * try a file past a limit without writing hundreds of megabytes.
 */
export const LIMITS: ReadLimits = {
  fileBytes: 1024 * 2 ** 20,
  unpackedBytes: 4096 * 2 ** 20,
  rows: 1_000_000,
  cells: 10_000_000,
};

/**
 * Cells a run that writes a copy (`--out`) may have, all cells of the file counted, blank ones
 * that carry a format included: ExcelJS holds each as an object (about 550 bytes: 1.2 million
 * cells took 650 MB to load), and Node stops at a 4 GB heap.
 */
export const COPY_CELLS = 4_000_000;

function lowered(name: string, limit: number, unit = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return limit;
  const value = Number(raw) * unit;
  return Number.isFinite(value) && value >= 0 ? Math.min(limit, Math.floor(value)) : limit;
}

/** The limits in force: LIMITS, lowered by the environment where it says so. */
export function limitsInForce(): ReadLimits & { readonly copyCells: number } {
  return {
    fileBytes: lowered('KEFU_MAX_FILE_MB', LIMITS.fileBytes, 2 ** 20),
    unpackedBytes: LIMITS.unpackedBytes,
    rows: lowered('KEFU_MAX_ROWS', LIMITS.rows),
    cells: lowered('KEFU_MAX_CELLS', LIMITS.cells),
    copyCells: lowered('KEFU_MAX_CELLS', COPY_CELLS),
  };
}

/** The first bytes of a file (what tells its format). */
function headOf(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** A file read by the command line: its format and values, and the workbook whole for a run that writes. */
export interface InputFile {
  readonly format: 'xlsx' | 'csv';
  readonly counts: ReadCounts;
  readonly values: WorkbookValues;
  /**
   * The workbook loaded whole by ExcelJS (styles, notes and all), to write a copy with the
   * results; only when asked for (`whole`), after the values were read and the limits checked.
   */
  readonly loadWhole: () => Promise<ExcelJS.Workbook>;
}

function countsOf(values: WorkbookValues): ReadCounts {
  let rows = 0;
  for (const sheet of values.sheets) rows += sheet.rowsWithValues;
  return { sheets: values.sheets.length, rows };
}

/**
 * Reads a file of any format the command line takes, keeping only values and checking the limits
 * as it streams. With `whole` (a run that writes a copy) the file may also have at most
 * COPY_CELLS cells, and `loadWhole` loads it by ExcelJS: an .xlsx from the file, a CSV as a
 * workbook of text. The caller checks what it can on the values first (the engine's own limits),
 * so that nothing is loaded whole for a run that is refused.
 */
export async function readInputFile(
  file: string,
  options: { readonly whole?: boolean } = {},
): Promise<InputFile> {
  const stats = inputFile(file);
  const limits = limitsInForce();
  if (stats.size > limits.fileBytes) {
    throw new KefuError('cli.file_too_large', {
      file,
      size: mebibytes(stats.size),
      limit: mebibytes(limits.fileBytes),
    });
  }
  let head: Buffer;
  try {
    head = headOf(file);
  } catch (error) {
    throw new KefuError('cli.unreadable_file', { file }, (error as Error).message);
  }
  let entries: string[] = [];
  if (startsWith(head, ZIP)) {
    try {
      entries = zipEntries(file).map((e) => e.name);
    } catch {
      // Too damaged to list: told by the names in its head, and refused as damaged when read.
    }
  }
  const format = detectFormat(head, file, entries);
  if (format.kind === 'unsupported') throw new KefuError(ADVICE[format.format], { file });
  const read = options.whole === true ? { ...limits, cellElements: limits.copyCells } : limits;
  const refused = (): never => {
    throw new Error('the workbook is loaded whole only for a run that writes a copy');
  };
  if (format.kind === 'csv') {
    const values = await readCsvValues(file, { label: file, sheet: sheetNameOf(file), limits: read });
    return {
      format: 'csv',
      counts: countsOf(values),
      values,
      loadWhole: options.whole ? async () => workbookOfText(values) : refused,
    };
  }
  const values = await readXlsxValues(file, { label: file, limits: read });
  const loadWhole = async () => {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.readFile(file);
    } catch (error) {
      throw new KefuError(
        'cli.corrupt_xlsx',
        { file },
        error instanceof Error ? error.message : String(error),
      );
    }
    return workbook;
  };
  return { format: 'xlsx', counts: countsOf(values), values, loadWhole: options.whole ? loadWhole : refused };
}

/** A workbook of text cells from values read from a CSV (what a copy of a CSV is written from). */
function workbookOfText(values: WorkbookValues): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of values.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((line, r) => {
      const row = ws.getRow(r + 1);
      line.forEach((value, c) => {
        if (value !== undefined) row.getCell(c + 1).value = value;
      });
    });
  }
  return workbook;
}

/** True when two paths are one file: the same real path, or the same device and inode (a hard link). */
function sameFile(a: string, b: string): boolean {
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses an output that would overwrite the input (by path, symlink or hard link), that is a
 * folder, or that is not an .xlsx name. Checked before any work, and again before writing.
 */
export function checkOutput(out: string, input: string | null): void {
  if (extname(out).toLowerCase() !== '.xlsx') throw new KefuError('cli.out_not_xlsx', { file: out });
  if (input !== null && sameFile(out, input)) throw new KefuError('cli.same_file', { file: out });
  try {
    if (statSync(out).isDirectory()) throw new KefuError('cli.out_is_directory', { file: out });
  } catch (error) {
    if (error instanceof KefuError) throw error;
    // Not there yet: it will be created.
  }
}

/**
 * Writes a file through a temporary file in the same folder, renamed into place when complete:
 * an interrupted or failed run leaves the old file (or none), never half a file.
 */
export async function writeAtomically(
  out: string,
  write: (temporary: string) => Promise<void>,
): Promise<void> {
  const target = resolve(out);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    mkdirSync(dirname(target), { recursive: true });
    await write(temporary);
    renameSync(temporary, target);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // No temporary file could be made there either.
    }
    throw new KefuError(
      'cli.unwritable_file',
      { file: out },
      error instanceof Error ? error.message : String(error),
    );
  }
}
