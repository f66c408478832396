// The README a newcomer reads: its performance figures come from a measured run, it names no file
// outside the repository, and the commands it shows exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BenchResult, benchMarkdown, readmeBlock } from '../../scripts/bench-report';
import { COMMANDS } from '../../src/cli/args';

const ROOT = join(__dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('the README', () => {
  it('shows exactly the figures of the last `npm run bench -- --markdown` (docs/bench.json)', () => {
    const bench = JSON.parse(readFileSync(join(ROOT, 'docs', 'bench.json'), 'utf8')) as BenchResult;
    expect(new Set(bench.results.map((r) => r.rows))).toEqual(new Set([1_000, 10_000, 100_000, 200_000]));
    // The command line beside ExcelJS's own load of the same file, at 100,000 and 200,000 rows.
    expect(bench.cli.map((c) => `${c.command} @${c.rows}`)).toEqual(
      [100_000, 200_000].flatMap((rows) =>
        ['ExcelJS load', 'validate', 'validate --out'].map((command) => `${command} @${rows}`),
      ),
    );
    for (const lang of ['zh', 'en'] as const) {
      expect(readmeBlock(README, lang), lang).toBe(benchMarkdown(bench, lang));
    }
  });

  it('links only to files of the repository', () => {
    expect(README).not.toMatch(/\.\.\/shared|cli-contract\.md/);
    for (const [, target] of README.matchAll(/\]\(((?!https?:)[^)#]+)\)/g)) {
      expect(existsSync(join(ROOT, target ?? '')), target).toBe(true);
    }
  });

  it('documents every command of the command line', () => {
    const cli = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    for (const command of COMMANDS) {
      expect(cli, command).toContain(`kefu-sheets ${command}`);
    }
  });
});
