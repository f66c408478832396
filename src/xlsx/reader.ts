// A streaming reader of .xlsx files that keeps only values: the zip's parts are unpacked one at a
// time (zip.ts) and their XML scanned as it comes, each cell reduced to the value ExcelJS's own
// loader would give it (shared and inline strings, rich text joined, numbers, booleans, errors,
// dates by their number format, formulas' cached results, merged-away cells blank). Nothing of
// styles, notes or layout is kept, and no cell object is made: on 100,000 rows this takes a
// fraction of the time and memory of ExcelJS's load, and a sheet's extent is that of the cells
// holding values, not its declared dimension, so cells at XFD1 and A1048576 cost two cells, and
// the limits are checked as the cells come (values.ts).

import { StringDecoder } from 'node:string_decoder';
import type { Block } from '../app/port';
import { KefuError } from '../domain/i18n/errors';
import {
  type DefinedName,
  type RawValue,
  ReadBudget,
  type ReadLimits,
  SheetCollector,
  type SheetValues,
  type WorkbookValues,
} from './values';
import { entryChunks, type ZipEntry, ZipError, zipEntries } from './zip';

/** Excel's built-in number formats, as ExcelJS knows them (its `defaultnumformats`, `f` codes). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** ExcelJS's test for a date format: a date or time letter outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** ExcelJS's conversion of a serial date to a Date holding the wall-clock time as UTC. */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text or attribute value with its entities and character references resolved. */
function decode(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? whole;
    const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** ExcelJS decodes the five named entities once more in `str` cells (its xmlDecode). */
function decodeAgain(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => NAMED[name] ?? '');
}

/** `_x000D_` and the like, as ExcelJS's text parts resolve them. */
function unescapeOoxml(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag, by local name (prefixes dropped, except r:id kept as `r:id` too). */
function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m !== null; m = ATTRIBUTE.exec(source)) {
    const name = m[1] as string;
    const value = decode(m[2] ?? m[3] ?? '');
    out[name] = value;
    const colon = name.indexOf(':');
    if (colon >= 0 && !(name.slice(colon + 1) in out)) out[name.slice(colon + 1)] = value;
  }
  return out;
}

/** The index of the `>` closing a tag opened at `from`, outside quoted attribute values; -1 if not yet read. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i;
    }
  }
  return -1;
}

interface XmlHandler {
  /** A start tag (`selfClosing` for `<x/>`), its local name and the raw attribute text. */
  open(name: string, attributeText: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags (entities not yet resolved), only while `wantsText`. */
  text(raw: string): void;
  readonly wantsText: boolean;
}

/**
 * Scans XML as it is unpacked: tags and the text between them, element names without prefixes.
 * Comments, processing instructions and the declaration are skipped; CDATA is text.
 */
async function scanXml(chunks: AsyncIterable<Buffer>, handler: XmlHandler): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let buffer = '';
  for await (const chunk of chunks) {
    buffer = buffer.length > 0 ? buffer + decoder.write(chunk) : decoder.write(chunk);
    let at = 0;
    for (;;) {
      const lt = buffer.indexOf('<', at);
      if (lt < 0) break;
      if (lt > at && handler.wantsText) handler.text(buffer.slice(at, lt));
      const next = buffer.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        if (buffer.startsWith('<!--', lt)) {
          const end = buffer.indexOf('-->', lt + 4);
          if (end < 0) {
            at = lt;
            break;
          }
          at = end + 3;
          continue;
        }
        if (buffer.startsWith('<![CDATA[', lt)) {
          const end = buffer.indexOf(']]>', lt + 9);
          if (end < 0) {
            at = lt;
            break;
          }
          // CDATA is literal text: its ampersands are escaped so that decode() leaves them.
          if (handler.wantsText) handler.text(buffer.slice(lt + 9, end).replace(/&/g, '&amp;'));
          at = end + 3;
          continue;
        }
      }
      const gt = tagEnd(buffer, lt);
      if (gt < 0) {
        at = lt;
        break;
      }
      at = gt + 1;
      if (next === 63 /* ? */ || next === 33) continue;
      if (next === 47 /* / */) {
        let name = buffer.slice(lt + 2, gt).trim();
        const colon = name.indexOf(':');
        if (colon >= 0) name = name.slice(colon + 1);
        handler.close(name);
        continue;
      }
      let end = gt;
      const selfClosing = buffer.charCodeAt(gt - 1) === 47;
      if (selfClosing) end = gt - 1;
      let nameEnd = lt + 1;
      while (nameEnd < end) {
        const c = buffer.charCodeAt(nameEnd);
        if (c === 32 || c === 9 || c === 10 || c === 13) break;
        nameEnd++;
      }
      let name = buffer.slice(lt + 1, nameEnd);
      const colon = name.indexOf(':');
      if (colon >= 0) name = name.slice(colon + 1);
      handler.open(name, buffer.slice(nameEnd, end), selfClosing);
      if (selfClosing) handler.close(name);
    }
    // What follows the last complete tag waits for the next chunk (a text's entity may be cut).
    buffer = buffer.slice(at);
  }
  buffer += decoder.end();
}

/** A part of the package read whole (the small ones: workbook, relationships, styles). */
async function partText(
  file: string,
  entry: ZipEntry,
  limit: number,
  tooLarge: () => Error,
): Promise<string> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  for await (const chunk of entryChunks(file, entry, limit, tooLarge)) text += decoder.write(chunk);
  return text + decoder.end();
}

/** `A1` → row 1, column 1 (the column alone when the reference has no row). */
function decodeRef(ref: string): { row: number; column: number } {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else if (c !== 36 /* $ */) break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c !== 36) break;
  }
  return { row, column };
}

/** `B3:D5` as a block (a single cell as a block of one). */
function decodeRange(ref: string): Block | null {
  const [a, b] = ref.split(':');
  if (!a) return null;
  const from = decodeRef(a);
  const to = b ? decodeRef(b) : from;
  if (from.row < 1 || from.column < 1 || to.row < from.row || to.column < from.column) return null;
  return {
    row: from.row,
    column: from.column,
    numRows: to.row - from.row + 1,
    numColumns: to.column - from.column + 1,
  };
}

/** A part's path inside the package, from a relationship's target and the folder it is relative to. */
function resolvePart(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function relationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    const a = attributes(m[1] ?? '');
    if (a.Id && a.Target) out.push({ id: a.Id, type: a.Type ?? '', target: a.Target });
  }
  return out;
}

/** The ranges a defined name refers to, as ExcelJS keeps them (`'Sheet'!$A$1`, comma-separated). */
function definedRanges(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let current = '';
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.filter((r) => /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/.test(r.split('!').pop() ?? ''));
}

interface WorkbookPart {
  readonly sheets: { readonly name: string; readonly rId: string }[];
  readonly date1904: boolean;
  readonly definedNames: DefinedName[];
}

function workbookPart(xml: string): WorkbookPart {
  const sheets: { name: string; rId: string }[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    const a = attributes(m[1] ?? '');
    const rId = a['r:id'] ?? a.id;
    if (a.name !== undefined && rId) sheets.push({ name: a.name, rId });
  }
  const pr = /<(?:\w+:)?workbookPr\b((?:"[^"]*"|'[^']*'|[^'">])*)>/.exec(xml);
  const date1904 = pr ? ['1', 'true'].includes(attributes(pr[1] ?? '').date1904 ?? '') : false;
  const definedNames: DefinedName[] = [];
  for (const m of xml.matchAll(
    /<(?:\w+:)?definedName\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g,
  )) {
    const a = attributes(m[1] ?? '');
    if (!a.name || a.name.startsWith('_xlnm.')) continue;
    definedNames.push({ name: a.name, ranges: definedRanges(decode(m[2] ?? '')) });
  }
  return { sheets, date1904, definedNames };
}

/** Which cell styles (s="n") format their numbers as dates. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    const a = attributes(m[1] ?? '');
    if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    const id = Number(attributes(m[1] ?? '').numFmtId ?? 0);
    out.push(id ? isDateFormat(custom.get(id) ?? BUILT_IN_FORMATS[id]) : false);
  }
  return out;
}

/** The shared strings, each as the text ExcelJS gives (rich text runs joined, phonetic runs left out). */
async function sharedStrings(chunks: AsyncIterable<Buffer>): Promise<string[]> {
  const out: string[] = [];
  let depth = 0;
  let inRun = false;
  let inPhonetic = false;
  let capturing = false;
  let plain: string[] = [];
  let runs: string[] = [];
  let part: string[] = [];
  const handler: XmlHandler = {
    get wantsText() {
      return capturing;
    },
    open(name) {
      if (name === 'si') {
        depth = 1;
        plain = [];
        runs = [];
      } else if (depth === 0) {
        return;
      } else if (name === 'r') inRun = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) {
        capturing = true;
        part = [];
      }
    },
    close(name) {
      if (depth === 0) return;
      if (name === 't' && capturing) {
        capturing = false;
        const text = unescapeOoxml(decode(part.join('')));
        if (inRun) runs.push(text);
        else plain.push(text);
      } else if (name === 'r') inRun = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        depth = 0;
        out.push(runs.length > 0 ? runs.join('') : plain.join(''));
      }
    },
    text(raw) {
      part.push(raw);
    },
  };
  await scanXml(chunks, handler);
  return out;
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

/** One worksheet's cells into a collector, then its merged ranges and hyperlinked cells applied. */
async function readSheet(
  chunks: AsyncIterable<Buffer>,
  sheet: SheetCollector,
  context: SheetContext,
): Promise<SheetValues> {
  const { strings, dates, date1904 } = context;
  const merges: Block[] = [];
  const hyperlinks: string[] = [];
  let row = 0;
  let column = 0;
  let inCell = false;
  let ref = '';
  let style = 0;
  let type = '';
  let formula = false;
  let formulaText: string[] = [];
  let value: string[] | null = null;
  let inline: string[] | null = null;
  let runs: string[] | null = null;
  let inRun = false;
  let inPhonetic = false;
  let capture: string[] | null = null;
  let wantsText = false;
  const finishCell = (): void => {
    inCell = false;
    let result: RawValue | undefined;
    const v = value === null ? undefined : decode(value.join(''));
    if (formula) {
      // A formula's cached result, typed by the cell's t; none is a blank (ExcelJS: `result` undefined).
      if (v) {
        if (type === 'str') result = decodeAgain(v);
        else if (type === 'b') result = Number.parseInt(v, 10) !== 0;
        else if (type === 'e') result = v;
        else {
          const n = Number.parseFloat(v);
          result = style && dates[style] ? serialToDate(n, date1904) : n;
        }
      }
    } else if (type === 'inlineStr') {
      if (runs !== null && runs.length > 0) result = runs.join('');
      else if (inline !== null) result = decode(inline.join(''));
      else if (v !== undefined) result = v;
    } else if (v !== undefined) {
      if (type === 's') result = strings[Number.parseInt(v, 10)] ?? '';
      else if (type === 'str') result = decodeAgain(v);
      else if (type === 'b') result = Number.parseInt(v, 10) !== 0;
      else if (type === 'e') result = v;
      else {
        const n = Number.parseFloat(v);
        result = style && dates[style] ? serialToDate(n, date1904) : n;
      }
    }
    // ExcelJS keeps a formula's result only when it is truthy: a cached 0, FALSE or "" reads as
    // a blank there, and so here (the same file must read the same with and without --out).
    if (formula && !result) return;
    if (result !== undefined) sheet.set(row, column, result);
  };
  const handler: XmlHandler = {
    get wantsText() {
      return wantsText;
    },
    open(name, text, selfClosing) {
      switch (name) {
        case 'row': {
          const r = /(?:^|\s)r\s*=\s*["'](\d+)["']/.exec(text);
          row = r ? Number(r[1]) : row + 1;
          column = 0;
          return;
        }
        case 'c': {
          sheet.budget.element();
          const a = attributes(text);
          ref = a.r ?? '';
          if (ref) {
            const at = decodeRef(ref);
            column = at.column || column + 1;
            if (at.row) row = at.row;
          } else column++;
          style = a.s ? Number.parseInt(a.s, 10) : 0;
          type = a.t ?? '';
          formula = false;
          formulaText = [];
          value = null;
          inline = null;
          runs = null;
          inCell = !selfClosing;
          return;
        }
        case 'f':
          if (!inCell) return;
          // ExcelJS: a formula when the f holds text or has a type (a shared formula's other cells).
          if (/(?:^|\s)t\s*=/.test(text)) formula = true;
          capture = formulaText;
          wantsText = true;
          return;
        case 'v':
          if (!inCell) return;
          value = [];
          capture = value;
          wantsText = true;
          return;
        case 'is':
          if (inCell) inline = [];
          return;
        case 'r':
          if (inline !== null) {
            inRun = true;
            runs = runs ?? [];
          }
          return;
        case 'rPh':
          inPhonetic = true;
          return;
        case 't':
          if (inline === null || inPhonetic) return;
          capture = [];
          wantsText = true;
          return;
        case 'mergeCell': {
          const block = decodeRange(attributes(text).ref ?? '');
          if (block) merges.push(block);
          return;
        }
        case 'hyperlink': {
          // ExcelJS links a cell only for a hyperlink with a relationship (not a `location` alone).
          const a = attributes(text);
          if (a.ref && (a['r:id'] ?? a.id)) hyperlinks.push(a.ref);
          return;
        }
        default:
          return;
      }
    },
    close(name) {
      switch (name) {
        case 'c':
          if (inCell) finishCell();
          return;
        case 'f':
          if (capture === formulaText && formulaText.join('') !== '') formula = true;
          capture = null;
          wantsText = false;
          return;
        case 'v':
          capture = null;
          wantsText = false;
          return;
        case 't':
          if (capture !== null && inline !== null && !inPhonetic) {
            const text = capture.join('');
            if (inRun) runs?.push(unescapeOoxml(decode(text)));
            else inline.push(text);
          }
          capture = null;
          wantsText = false;
          return;
        case 'r':
          inRun = false;
          return;
        case 'rPh':
          inPhonetic = false;
          return;
        default:
          return;
      }
    },
    text(raw) {
      capture?.push(raw);
    },
  };
  await scanXml(chunks, handler);
  // ExcelJS gives a hyperlinked cell's value as its text: a number or date there reads as blank.
  const blank: { row: number; column: number }[] = [];
  for (const target of hyperlinks) {
    if (target.includes(':')) continue;
    const at = decodeRef(target);
    const held = sheet.rows[at.row - 1]?.[at.column - 1];
    if (held !== undefined && typeof held !== 'string') blank.push(at);
  }
  return sheet.finish(merges, blank);
}

export interface XlsxReadOptions {
  /** The file's name as messages say it. */
  readonly label: string;
  readonly limits: ReadLimits;
  /** False: only check the limits and count (the workbook is then loaded whole to be written). */
  readonly keepValues?: boolean;
}

/**
 * Reads an .xlsx file's values, sheet by sheet in tab order. A damaged package is
 * `cli.corrupt_xlsx`; the limits are refused with their own codes (values.ts).
 */
export async function readXlsxValues(file: string, options: XlsxReadOptions): Promise<WorkbookValues> {
  const { label, limits } = options;
  const budget = new ReadBudget(label, limits);
  let unpacked = 0;
  const tooLarge = () =>
    new KefuError('cli.unpacked_too_large', { file: label, limit: mebibytes(limits.unpackedBytes) });
  try {
    const entries = new Map(zipEntries(file).map((e) => [e.name, e]));
    const part = (name: string): ZipEntry | undefined => entries.get(name);
    const chunksOf = (entry: ZipEntry) => {
      const remaining = limits.unpackedBytes - unpacked;
      const source = entryChunks(file, entry, remaining, tooLarge);
      return (async function* counted() {
        for await (const chunk of source) {
          unpacked += chunk.length;
          yield chunk;
        }
      })();
    };
    const text = async (entry: ZipEntry) => {
      const out = await partText(file, entry, limits.unpackedBytes - unpacked, tooLarge);
      unpacked += Buffer.byteLength(out);
      return out;
    };

    const root = part('_rels/.rels');
    const office = root
      ? relationships(await text(root)).find((r) => r.type.endsWith('/officeDocument'))
      : undefined;
    const workbookPath = office ? resolvePart('', office.target) : 'xl/workbook.xml';
    const workbookEntry = part(workbookPath);
    if (!workbookEntry) throw new ZipError(`no ${workbookPath}`);
    const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
    const relsEntry = part(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`);
    const rels = relsEntry ? relationships(await text(relsEntry)) : [];
    const book = workbookPart(await text(workbookEntry));
    const target = (suffix: string, fallback: string) => {
      const rel = rels.find((r) => r.type.endsWith(suffix));
      return rel ? resolvePart(folder, rel.target) : fallback;
    };

    const stylesEntry = part(target('/styles', `${folder}styles.xml`));
    const dates = stylesEntry ? dateStyles(await text(stylesEntry)) : [];
    const stringsEntry = part(target('/sharedStrings', `${folder}sharedStrings.xml`));
    const strings = stringsEntry ? await sharedStrings(chunksOf(stringsEntry)) : [];

    const byId = new Map(rels.map((r) => [r.id, r]));
    const sheets: SheetValues[] = [];
    for (const { name, rId } of book.sheets) {
      const rel = byId.get(rId);
      // Chart sheets and dialog sheets hold no cells: ExcelJS leaves them out too.
      if (!rel?.type.endsWith('/worksheet')) continue;
      const entry = part(resolvePart(folder, rel.target));
      if (!entry) continue;
      const collector = new SheetCollector(name, budget, options.keepValues !== false);
      sheets.push(await readSheet(chunksOf(entry), collector, { strings, dates, date1904: book.date1904 }));
    }
    return { sheets, definedNames: book.definedNames };
  } catch (error) {
    if (error instanceof KefuError) throw error;
    throw new KefuError(
      'cli.corrupt_xlsx',
      { file: label },
      error instanceof Error ? error.message : String(error),
    );
  }
}

/** Bytes as whole mebibytes, for messages ("512 MB"). */
export function mebibytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}
