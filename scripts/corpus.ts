// The recognition corpus (examples/real/corpus/ and examples/real/held-out/): sheets whose headers
// come from public sources (each file names its source), with the kind and fields a supervisor
// would say they hold. `score` runs the recogniser on each and compares: the kind (right, wrong,
// not recognised; a sheet that is not ours must be left alone) and each expected field's column.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Recognition, recogniseSheet } from '../src/domain/recognise';
import type { SheetKind } from '../src/domain/sheets/schema';

export interface CorpusSheet {
  readonly id: string;
  readonly source: string;
  readonly note: string;
  readonly language: 'zh-Hans' | 'zh-Hant' | 'en';
  readonly sheetName: string;
  readonly rows: readonly (readonly (string | number)[])[];
  readonly expected: { readonly kind: SheetKind | null; readonly fields: Readonly<Record<string, string>> };
}

export type Verdict = 'right' | 'wrong' | 'unrecognised' | 'left alone' | 'taken';

export interface SheetScore {
  readonly id: string;
  readonly language: CorpusSheet['language'];
  readonly expected: SheetKind | null;
  readonly got: SheetKind | null;
  readonly verdict: Verdict;
  readonly fieldsRight: number;
  readonly fieldsExpected: number;
  /** Expected fields read from another column, or not at all: `field: expected header → got header`. */
  readonly misses: readonly string[];
}

export interface CorpusScore {
  readonly sheets: readonly SheetScore[];
  readonly ours: number;
  readonly right: number;
  readonly wrong: number;
  readonly unrecognised: number;
  readonly negatives: number;
  readonly leftAlone: number;
  readonly fieldsRight: number;
  readonly fieldsExpected: number;
}

/**
 * The folders, oldest first. Each held-out folder was measured once before anyone read its misses
 * (docs/recognition.md gives those first figures) and has been studied since: the next measure of
 * sheets never seen needs a new folder, collected before the recogniser changes again.
 */
export const CORPUS_DIRS = {
  tuned: 'corpus',
  heldOut: 'held-out',
  heldOutLate: 'held-out-2',
  heldOutFinal: 'held-out-3',
  heldOut4: 'held-out-4',
  heldOut5: 'held-out-5',
  heldOut6: 'held-out-6',
  heldOut7: 'held-out-7',
  heldOut8: 'held-out-8',
  heldOut9: 'held-out-9',
  heldOut10: 'held-out-10',
  heldOut11: 'held-out-11',
  heldOut12: 'held-out-12',
  heldOut13: 'held-out-13',
  heldOut14: 'held-out-14',
  heldOut15: 'held-out-15',
  heldOut16: 'held-out-16',
  heldOut17: 'held-out-17',
  heldOut18: 'held-out-18',
  heldOut19: 'held-out-19',
  heldOut20: 'held-out-20',
  heldOut21: 'held-out-21',
  heldOut22: 'held-out-22',
  heldOut23: 'held-out-23',
  heldOut24: 'held-out-24',
  heldOut25: 'held-out-25',
  heldOut26: 'held-out-26',
  heldOut27: 'held-out-27',
  heldOut28: 'held-out-28',
  heldOut29: 'held-out-29',
  heldOut30: 'held-out-30',
  heldOut31: 'held-out-31',
  heldOut32: 'held-out-32',
  heldOut33: 'held-out-33',
  heldOut34: 'held-out-34',
  heldOut35: 'held-out-35',
  heldOut36: 'held-out-36',
  heldOut37: 'held-out-37',
  heldOut38: 'held-out-38',
  heldOut39: 'held-out-39',
  heldOut40: 'held-out-40',
  heldOut41: 'held-out-41',
  heldOut42: 'held-out-42',
  heldOut43: 'held-out-43',
  heldOut44: 'held-out-44',
  heldOut45: 'held-out-45',
  heldOut46: 'held-out-46',
  heldOut47: 'held-out-47',
} as const;

/** The corpus sheets of one folder under examples/real/. */
export function loadCorpus(root: string, folder: string): CorpusSheet[] {
  const dir = join(root, 'examples', 'real', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusSheet);
}

/**
 * The column an expected header names: in the header row, else in a row just above or below it (a
 * header of two rows: 姓名 and 联系方式 under a group heading 投诉人信息), never in the records.
 */
function columnOf(sheet: CorpusSheet, header: readonly (string | number)[], text: string): number {
  const at = (row: readonly (string | number)[]) => row.findIndex((c) => String(c).trim() === text.trim());
  const inHeader = at(header);
  if (inHeader >= 0) return inHeader;
  const row = sheet.rows.indexOf(header as CorpusSheet['rows'][number]);
  for (const near of [row + 1, row - 1]) {
    const found = near >= 0 ? at(sheet.rows[near] ?? []) : -1;
    if (found >= 0) return found;
  }
  return -1;
}

/** The row holding most of the expected headers: where the sheet's header is. */
function headerRowOf(sheet: CorpusSheet): readonly (string | number)[] {
  const wanted = Object.values(sheet.expected.fields);
  let best: readonly (string | number)[] = [];
  let bestCount = -1;
  for (const row of sheet.rows.slice(0, 30)) {
    const count = wanted.filter((h) => row.some((c) => String(c).trim() === h.trim())).length;
    if (count > bestCount) {
      best = row;
      bestCount = count;
    }
  }
  return best;
}

export function scoreSheet(sheet: CorpusSheet, recognise = recogniseSheet): SheetScore {
  const found: Recognition = recognise(sheet.sheetName, sheet.rows);
  const got = found.layout?.kind ?? null;
  const expected = sheet.expected.kind;
  const verdict: Verdict =
    expected === null
      ? got === null
        ? 'left alone'
        : 'taken'
      : got === null
        ? 'unrecognised'
        : got === expected
          ? 'right'
          : 'wrong';
  const header = headerRowOf(sheet);
  const misses: string[] = [];
  let fieldsRight = 0;
  const fields = Object.entries(sheet.expected.fields);
  for (const [field, text] of fields) {
    const want = columnOf(sheet, header, text);
    const column = verdict === 'right' ? found.layout?.columns[field] : undefined;
    if (column !== undefined && column === want) fieldsRight++;
    else {
      const gotHeader = column === undefined ? '—' : String(header[column] ?? `#${column}`);
      misses.push(`${field}: ${text} → ${gotHeader}`);
    }
  }
  return {
    id: sheet.id,
    language: sheet.language,
    expected,
    got,
    verdict,
    fieldsRight,
    fieldsExpected: fields.length,
    misses,
  };
}

export function scoreCorpus(sheets: readonly CorpusSheet[]): CorpusScore {
  const scores = sheets.map((s) => scoreSheet(s));
  const count = (v: Verdict) => scores.filter((s) => s.verdict === v).length;
  return {
    sheets: scores,
    ours: scores.filter((s) => s.expected !== null).length,
    right: count('right'),
    wrong: count('wrong'),
    unrecognised: count('unrecognised'),
    negatives: scores.filter((s) => s.expected === null).length,
    leftAlone: count('left alone'),
    fieldsRight: scores.reduce((n, s) => n + s.fieldsRight, 0),
    fieldsExpected: scores.reduce((n, s) => n + s.fieldsExpected, 0),
  };
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

/** One line of totals: kinds right of ours, wrong, not recognised, negatives left alone, fields right. */
export function summaryLine(label: string, s: CorpusScore): string {
  return (
    `${label}: ${s.right}/${s.ours} right kind (${pct(s.right, s.ours)}), ${s.wrong} wrong, ` +
    `${s.unrecognised} not recognised; ${s.leftAlone}/${s.negatives} not ours left alone; ` +
    `fields ${s.fieldsRight}/${s.fieldsExpected} right (${pct(s.fieldsRight, s.fieldsExpected)})`
  );
}

/** One row of the README's recognition table, in its language (`npm run bench:recognition -- --markdown`). */
export function readmeRow(label: string, s: CorpusScore, lang: 'zh' | 'en'): string {
  const share = (n: number, d: number) =>
    lang === 'zh' ? `${n}/${d}（${pct(n, d)}）` : `${n}/${d} (${pct(n, d)})`;
  return `| ${label} | ${share(s.right, s.ours)} | ${s.wrong} | ${s.unrecognised} | ${s.leftAlone}/${s.negatives} | ${share(s.fieldsRight, s.fieldsExpected)} |`;
}

/**
 * The README's row label of a folder in a language: the tuned corpus by name, each held-out folder
 * by its directory (留出，已研究（held-out-7）).
 */
export function readmeLabel(key: keyof typeof CORPUS_DIRS, lang: 'zh' | 'en'): string {
  const dir = CORPUS_DIRS[key];
  if (key === 'tuned') return lang === 'zh' ? `调整用（${dir}）` : `${dir} (tuned on)`;
  return lang === 'zh' ? `留出，已研究（${dir}）` : `held out, studied since (${dir})`;
}
