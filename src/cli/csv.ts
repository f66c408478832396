// A CSV file read as it streams from the disk: decoded chunk by chunk (UTF-8, UTF-16 by its BOM,
// else GB18030, as Chinese Excel and WPS save), parsed by csv-parse's streaming parser, each
// record's fields kept as text in a sheet named after the file, the limits checked at every
// record (src/xlsx/values.ts): a 200 MB export past them is refused after its first megabytes
// instead of being read whole into memory.

import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { isKefuError, KefuError } from '../domain/i18n/errors';
import { ReadBudget, type ReadLimits, SheetCollector, type WorkbookValues } from '../xlsx/values';

/** The field separator of a CSV: comma, tab (Excel's "Unicode text") or semicolon, by its first line. */
export function separatorOf(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const outside = line.replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((s) => [s, outside.split(s).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

type Encoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-8' | 'gb18030';

/** The encoding a file's first bytes announce (a BOM), else UTF-8 to be tried first. */
function announced(head: Buffer): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Bytes to text, chunk by chunk; a UTF-8 file that turns out not to be UTF-8 throws NotUtf8. */
class NotUtf8 extends Error {}

function decoderFor(encoding: Encoding): { write(chunk: Buffer): string; end(): string } {
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const guard = (decode: () => string) => {
      try {
        return decode();
      } catch {
        throw new NotUtf8();
      }
    };
    return {
      write: (chunk) => guard(() => decoder.decode(chunk, { stream: true })),
      end: () => guard(() => decoder.decode()),
    };
  }
  const name =
    encoding === 'utf-8-bom' ? 'utf8' : encoding === 'gb18030' ? 'gb18030' : encoding.replace('-', '');
  const decoder = iconv.getDecoder(name, { stripBOM: true });
  return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
}

/** The first bytes of a file. */
async function headOf(file: string): Promise<Buffer> {
  for await (const chunk of createReadStream(file, { start: 0, end: 3 })) return chunk as Buffer;
  return Buffer.alloc(0);
}

/** How a CSV is read: its label in messages, its sheet's name, the limits, whether values are kept. */
export interface CsvReadOptions {
  readonly label: string;
  readonly sheet: string;
  readonly limits: ReadLimits;
  readonly keepValues?: boolean;
}

/**
 * Reads a CSV file into one sheet named `sheet`; `label` names the file in messages. Unbalanced
 * quotes are `cli.bad_csv`; the limits are refused with their own codes.
 */
export async function readCsvValues(
  file: string,
  options: CsvReadOptions,
): Promise<WorkbookValues & { readonly encoding: string }> {
  const first = announced(await headOf(file));
  try {
    return await readAs(file, first, options);
  } catch (error) {
    // Not UTF-8 after all: the whole file again as GB18030 (GBK's superset).
    if (error instanceof NotUtf8) return readAs(file, 'gb18030', options);
    throw error;
  }
}

async function readAs(
  file: string,
  encoding: Encoding,
  options: CsvReadOptions,
): Promise<WorkbookValues & { readonly encoding: string }> {
  const budget = new ReadBudget(options.label, options.limits);
  const sheet = new SheetCollector(options.sheet, budget, options.keepValues !== false);
  const decoder = decoderFor(encoding);
  let parser: ReturnType<typeof parse> | null = null;
  let failure: unknown = null;
  let row = 0;
  let pending = '';
  const start = (text: string) => {
    const p = parse({
      delimiter: separatorOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
    p.on('data', (record: string[]) => {
      if (failure) return;
      row++;
      try {
        for (let c = 0; c < record.length; c++) {
          const field = record[c] as string;
          if (field === '') continue;
          budget.element();
          sheet.set(row, c + 1, field);
        }
      } catch (error) {
        failure = error;
      }
    });
    p.on('error', (error) => {
      failure ??= error;
    });
    return p;
  };
  const feed = (text: string) => {
    if (parser === null) {
      // The separator is told by the first line that is not blank: wait until it is complete.
      pending += text;
      if (!/\S[^\n]*\n/.test(pending)) return;
      parser = start(pending);
      text = pending;
      pending = '';
    }
    parser.write(text);
  };
  const bad = (error: unknown): never => {
    if (isKefuError(error)) throw error;
    throw new KefuError(
      'cli.bad_csv',
      { file: options.label },
      error instanceof Error ? error.message : String(error),
    );
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) {
    feed(decoder.write(chunk as Buffer));
    if (failure) bad(failure);
  }
  feed(decoder.end());
  let open = parser as ReturnType<typeof parse> | null;
  if (open === null) {
    // No line break after the first line that is not blank: the whole text is that line.
    open = start(pending);
    open.write(pending);
  }
  const ending = open;
  await new Promise<void>((resolve) => {
    ending.on('end', resolve);
    ending.on('error', () => resolve());
    ending.end();
  });
  if (failure) bad(failure);
  const values = sheet.finish();
  return { sheets: [values], definedNames: [], encoding: encoding === 'utf-8-bom' ? 'utf-8' : encoding };
}
