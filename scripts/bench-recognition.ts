// npm run bench:recognition [-- --verbose]: the recogniser over the corpus of real layouts
// (examples/real/corpus/, tuned on) and the sheets held back (examples/real/held-out/, never
// tuned on): kinds right / wrong / not recognised, sheets not ours left alone, fields right.

import { CORPUS_DIRS, loadCorpus, scoreCorpus, summaryLine } from './corpus';

const ROOT = process.cwd();
const VERBOSE = process.argv.includes('--verbose');

for (const [label, folder] of [
  ['corpus', CORPUS_DIRS.tuned],
  ['held out', CORPUS_DIRS.heldOut],
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
}
