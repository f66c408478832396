// The recognition corpus as a floor that can only rise (npm run bench:recognition prints the
// same figures): real layouts from public sources in examples/real/corpus/ (tuned on) and
// examples/real/held-out/ and held-out-2/ (never tuned on). No sheet may ever be taken for a
// wrong kind, nor a sheet that is not ours for one of ours. Raise a floor when the figure rises.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIRS, loadCorpus, README_LABELS, readmeRow, scoreCorpus } from '../scripts/corpus';

const FLOORS = {
  corpus: { sheets: 43, right: 33, fields: 227 },
  heldOut: { sheets: 29, right: 23, fields: 136 },
  heldOutLate: { sheets: 16, right: 13, fields: 79 },
};

describe('recognition over the corpus of real layouts', () => {
  for (const [label, folder, floor] of [
    ['corpus', CORPUS_DIRS.tuned, FLOORS.corpus],
    ['held out', CORPUS_DIRS.heldOut, FLOORS.heldOut],
    ['held out last', CORPUS_DIRS.heldOutLate, FLOORS.heldOutLate],
  ] as const) {
    it(`${label}: never a wrong kind, never a stranger taken, and no fewer right than before`, () => {
      const sheets = loadCorpus(process.cwd(), folder);
      expect(sheets.length).toBeGreaterThanOrEqual(floor.sheets);
      const score = scoreCorpus(sheets);
      expect(score.sheets.filter((s) => s.verdict === 'wrong').map((s) => s.id)).toEqual([]);
      expect(score.sheets.filter((s) => s.verdict === 'taken').map((s) => s.id)).toEqual([]);
      expect(score.right).toBeGreaterThanOrEqual(floor.right);
      expect(score.fieldsRight).toBeGreaterThanOrEqual(floor.fields);
    });
  }

  it('the README quotes exactly what npm run bench:recognition measures today', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    for (const [key, folder] of [
      ['corpus', CORPUS_DIRS.tuned],
      ['heldOut', CORPUS_DIRS.heldOut],
      ['heldOutLate', CORPUS_DIRS.heldOutLate],
    ] as const) {
      const score = scoreCorpus(loadCorpus(process.cwd(), folder));
      for (const lang of ['zh', 'en'] as const)
        expect(readme).toContain(readmeRow(README_LABELS[lang][key], score, lang));
    }
  });

  it('every corpus sheet names its source and says which header holds each field it expects', () => {
    for (const folder of Object.values(CORPUS_DIRS)) {
      for (const sheet of loadCorpus(process.cwd(), folder)) {
        expect(sheet.source.length, sheet.id).toBeGreaterThan(10);
        const headers = new Set(
          sheet.rows
            .slice(0, 30)
            .flat()
            .map((c) => String(c).trim()),
        );
        for (const header of Object.values(sheet.expected.fields))
          expect(headers, sheet.id).toContain(header.trim());
      }
    }
  });
});
