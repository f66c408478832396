// npm run bench:recognition [-- --verbose] [-- --markdown]: the recogniser over the corpus of real layouts
// (examples/real/corpus/, tuned on) and the sheets held back (examples/real/held-out/,
// held-out-2/ and held-out-3/, never tuned on): kinds right / wrong / not recognised, sheets not ours left alone,
// fields right.

import { CORPUS_DIRS, loadCorpus, README_LABELS, readmeRow, scoreCorpus, summaryLine } from './corpus';

const ROOT = process.cwd();
const VERBOSE = process.argv.includes('--verbose');
const MARKDOWN = process.argv.includes('--markdown');

for (const [label, folder, key] of [
  ['corpus', CORPUS_DIRS.tuned, 'corpus'],
  ['held out', CORPUS_DIRS.heldOut, 'heldOut'],
  ['held out later', CORPUS_DIRS.heldOutLate, 'heldOutLate'],
  ['held out last', CORPUS_DIRS.heldOutFinal, 'heldOutFinal'],
] as const) {
  const score = scoreCorpus(loadCorpus(ROOT, folder));
  // The sheets held back are judged by their totals only: reading their misses would be tuning on them.
  if (VERBOSE && folder === CORPUS_DIRS.tuned) {
    for (const s of score.sheets) {
      const kinds = `${s.expected ?? '(not ours)'} → ${s.got ?? '(none)'}`;
      console.log(
        `  ${s.verdict.padEnd(12)} ${s.id.padEnd(40)} ${kinds}  fields ${s.fieldsRight}/${s.fieldsExpected}`,
      );
      for (const miss of s.misses) console.log(`      ${miss}`);
    }
  }
  console.log(summaryLine(label, score));
  // The rows of the README's tables (zh, then en), to paste where the figures change.
  if (MARKDOWN) {
    for (const lang of ['zh', 'en'] as const) console.log(readmeRow(README_LABELS[lang][key], score, lang));
  }
}
