// Every command on every real layout in examples/real (the corpus and each held-out folder), each
// sheet saved as the CSV a team would hand the command line: whatever the sheet, a command ends with
// one of its exit codes and JSON that parses, never a stack, and no customer's phone leaves the
// sheet unmasked.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_DIRS, loadCorpus } from '../../scripts/corpus';
import { main } from '../../src/cli/main';
import { ROOT } from '../helpers/cli';

const COMMANDS = ['inspect', 'validate', 'complaints', 'callbacks', 'scores', 'weekly'] as const;

/** A CSV cell as a spreadsheet saves it: quoted when it holds a comma, a quote or a line break. */
function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Phones as the sheets write them: mainland mobiles, Taiwan's 09xx, +852 6123 4567, (555) 201-1234. */
const PHONE =
  /(?<![\d-])(1[3-9]\d{9}|09\d{2}-?\d{3}-?\d{3}|\+\d{1,3} ?\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}|\(\d{3}\) ?\d{3}-\d{4})(?![\d-])/g;

describe('every command on every real sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-real-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const folders = Object.values(CORPUS_DIRS);

  it.each(folders)('%s: ends with an exit code and JSON, no stack, no phone unmasked', async (folder) => {
    const sheets = loadCorpus(ROOT, folder);
    expect(sheets.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const sheet of sheets) {
      const file = join(dir, `${sheet.id}.csv`);
      writeFileSync(file, sheet.rows.map((row) => row.map(csvCell).join(',')).join('\n'));
      const phones = sheet.rows.flat().flatMap((v) => String(v ?? '').match(PHONE) ?? []);
      for (const command of COMMANDS) {
        let out = '';
        let err = '';
        const argv = [command, file, '--json', '--now', '2026-11-30T12:00:00+08:00'];
        if (command === 'scores' || command === 'callbacks') argv.push('--month', '2026-11');
        const code = await main(argv, {
          out: (text) => {
            out += text;
          },
          err: (text) => {
            err += text;
          },
        });
        const where = `${sheet.id} ${command}`;
        if (![0, 1, 2].includes(code)) failures.push(`${where}: exit ${code}`);
        try {
          JSON.parse(out);
        } catch {
          failures.push(`${where}: no JSON (${out.slice(0, 80)})`);
        }
        if (/\n\s+at |TypeError|ReferenceError|RangeError/.test(out + err))
          failures.push(`${where}: a stack`);
        const leaked = phones.filter((phone) => out.includes(phone) || err.includes(phone));
        if (leaked.length > 0) failures.push(`${where}: ${leaked.length} phone(s) unmasked`);
      }
    }
    expect(failures).toEqual([]);
  });
});
