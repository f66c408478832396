// The files the command line reads and writes: what a file really is (by its bytes, whatever its
// name says), CSV as Chinese Excel and WPS save it (GBK) and as systems export it (UTF-8), and a
// copy that never touches the input and never leaves half a file behind.

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { KefuError } from '../domain/errors';

/** Formats refused, each with its own advice. */
export type UnsupportedFormat = 'xls' | 'et' | 'numbers' | 'ods' | 'xlsb' | 'other';

export type DetectedFormat =
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'csv' }
  | { readonly kind: 'unsupported'; readonly format: UnsupportedFormat };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file header of Excel 97–2003 (.xls) and WPS (.et) workbooks. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

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
 * What a file is, by its bytes: an .xlsx (a zip holding xl/workbook.xml), a text file read as CSV,
 * or a format to refuse (.xls and .et share one header; the name tells them apart).
 */
export function detectFormat(bytes: Buffer, name: string): DetectedFormat {
  if (startsWith(bytes, ZIP)) {
    // Entry names are stored uncompressed in a zip's headers.
    if (bytes.includes('xl/workbook.xml')) return { kind: 'xlsx' };
    if (bytes.includes('xl/workbook.bin')) return { kind: 'unsupported', format: 'xlsb' };
    if (bytes.includes('application/vnd.oasis.opendocument.spreadsheet')) {
      return { kind: 'unsupported', format: 'ods' };
    }
    if (bytes.includes('Index/Document.iwa') || extname(name).toLowerCase() === '.numbers') {
      return { kind: 'unsupported', format: 'numbers' };
    }
    // A zip named as a workbook but holding none: a damaged download, read (and refused) as one.
    if (/^\.xls[xm]$/i.test(extname(name))) return { kind: 'xlsx' };
    return { kind: 'unsupported', format: 'other' };
  }
  if (startsWith(bytes, OLE2)) {
    return { kind: 'unsupported', format: extname(name).toLowerCase() === '.et' ? 'et' : 'xls' };
  }
  if (bytes.length > 0 && (isUtf16Bom(bytes) || looksLikeText(bytes))) return { kind: 'csv' };
  return { kind: 'unsupported', format: 'other' };
}

/** The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK's superset). */
export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}

/** The field separator of a CSV: comma, tab (Excel's "Unicode text") or semicolon, by its first line. */
function separatorOf(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const outside = line.replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((s) => [s, outside.split(s).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** A sheet name Excel accepts, from a file name: no []:*?/\, at most 31 characters. */
export function sheetNameOf(file: string): string {
  const name = basename(file, extname(file))
    .replace(/[[\]:*?/\\]/g, '_')
    .trim()
    .slice(0, 31);
  return name === '' ? 'Sheet1' : name;
}

/**
 * A CSV file as a workbook of one sheet named after the file (RFC 4180: quoted fields may hold
 * separators, quotes and line breaks). Every cell stays the text it was.
 */
export function csvWorkbook(bytes: Buffer, file: string): ExcelJS.Workbook {
  const { text } = decodeText(bytes);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: separatorOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    throw new KefuError('cli.bad_csv', { file }, error instanceof Error ? error.message : String(error));
  }
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheetNameOf(file));
  rows.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    line.forEach((value, c) => {
      if (value !== '') row.getCell(c + 1).value = value;
    });
  });
  return workbook;
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

const ADVICE: Record<UnsupportedFormat, string> = {
  xls: 'cli.unsupported_xls',
  et: 'cli.unsupported_et',
  numbers: 'cli.unsupported_numbers',
  ods: 'cli.unsupported_ods',
  xlsb: 'cli.unsupported_xlsb',
  other: 'cli.unsupported_other',
};

/** Reads a workbook file of any format the command line takes into ExcelJS. */
export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  return (await readInputFile(file)).workbook;
}

/** Reads a workbook file into ExcelJS, and says whether it was an .xlsx or a CSV (one sheet, nothing to add). */
export async function readInputFile(
  file: string,
): Promise<{ workbook: ExcelJS.Workbook; format: 'xlsx' | 'csv' }> {
  inputFile(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new KefuError('cli.unreadable_file', { file }, (error as Error).message);
  }
  const format = detectFormat(bytes, file);
  if (format.kind === 'unsupported') throw new KefuError(ADVICE[format.format], { file });
  if (format.kind === 'csv') return { workbook: csvWorkbook(bytes, file), format: 'csv' };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new KefuError('cli.corrupt_xlsx', { file }, error instanceof Error ? error.message : String(error));
  }
  return { workbook, format: 'xlsx' };
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
