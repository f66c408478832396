// The operation registry (src/app/registry.ts) is the one list: the menu, the entry functions, the
// command line's dispatcher, its help and docs/cli.md are built from it or checked against it here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_COMMANDS, menuItems, OPERATIONS } from '../src/app/registry';
import { LANGS, message } from '../src/domain/i18n/messages';
import { FakeWorkbook } from './fake/spreadsheet';
import { loadBundle } from './helpers/bundle';

const root = process.cwd();
const entrySource = readFileSync(join(root, 'src/gas/entry.ts'), 'utf8');

describe('the operation registry', () => {
  it('names each operation once, each menu handler once, each command once', () => {
    const ids = OPERATIONS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const handlers = OPERATIONS.flatMap((o) => ('menu' in o ? [o.menu.handler] : []));
    expect(handlers.length).toBeGreaterThan(10);
    expect(new Set(handlers).size).toBe(handlers.length);
    expect(new Set(CLI_COMMANDS).size).toBe(CLI_COMMANDS.length);
  });

  it('gives each menu item an entry function that runs its own operation', () => {
    for (const op of OPERATIONS) {
      if (!('menu' in op)) continue;
      const body = new RegExp(
        `export function ${op.menu.handler}\\(\\): void \\{\\n  runMenu\\('${op.id}'\\);\\n\\}`,
      );
      expect(entrySource, op.id).toMatch(body);
    }
  });

  it('puts every menu handler in the built bundle as a top-level function', () => {
    const bundle = loadBundle(new FakeWorkbook());
    for (const item of menuItems()) {
      if (item === 'separator') continue;
      expect(typeof bundle[item.handler], item.handler).toBe('function');
    }
  });

  it('separates the menu into its three groups', () => {
    expect(menuItems().filter((i) => i === 'separator')).toHaveLength(2);
  });

  it('lists every command in the help, in every language', () => {
    for (const lang of LANGS) {
      const help = message(lang, 'cli.help');
      for (const command of CLI_COMMANDS)
        expect(help, `${lang} ${command}`).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('lists exactly the commands in docs/cli.md', () => {
    const docs = readFileSync(join(root, 'docs/cli.md'), 'utf8');
    const table = docs.slice(
      docs.indexOf('## Commands'),
      docs.indexOf('\n## ', docs.indexOf('## Commands') + 5),
    );
    const listed = [...table.matchAll(/^\| `kefu-sheets (\w+)/gm)].map((m) => m[1]);
    expect(listed).toEqual([...CLI_COMMANDS, 'help']);
  });
});
