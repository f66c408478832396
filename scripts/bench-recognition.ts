// npm run bench:recognition [-- --verbose] [-- --markdown]: the recogniser over the corpus of real layouts
// (examples/real/corpus/, tuned on) and the sheets held back (examples/real/held-out*/): kinds right /
// wrong / not recognised, sheets not ours left alone, fields right. --verbose lists each miss: every
// folder here has been studied after its first measure (docs/recognition.md), so a new folder of
// sheets never seen is judged by its totals alone (run without --verbose) until it is studied too.

import { CORPUS_DIRS, loadCorpus, readmeLabel, readmeRow, scoreCorpus, summaryLine } from './corpus';

const ROOT = process.cwd();
const VERBOSE = process.argv.includes('--verbose');
const MARKDOWN = process.argv.includes('--markdown');

for (const [key, folder] of Object.entries(CORPUS_DIRS) as [keyof typeof CORPUS_DIRS, string][]) {
  const score = scoreCorpus(loadCorpus(ROOT, folder));
  if (VERBOSE) {
    for (const s of score.sheets) {
      if (s.verdict === 'right' && s.misses.length === 0) continue;
      const kinds = `${s.expected ?? '(not ours)'} → ${s.got ?? '(none)'}`;
      console.log(
        `  ${s.verdict.padEnd(12)} ${s.id.padEnd(40)} ${kinds}  fields ${s.fieldsRight}/${s.fieldsExpected}`,
      );
      for (const miss of s.misses) console.log(`      ${miss}`);
    }
  }
  console.log(summaryLine(folder, score));
  // The rows of the README's tables (zh, then en), to paste where the figures change.
  if (MARKDOWN) {
    for (const lang of ['zh', 'en'] as const) console.log(readmeRow(readmeLabel(key, lang), score, lang));
  }
}
