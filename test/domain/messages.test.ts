import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { hantSource } from '../../scripts/make-hant';
import { describeError } from '../../src/app/present/render';
import { ERROR_CODES, errorMessageKey, KefuError } from '../../src/domain/i18n/errors';
import { hantSources } from '../../src/domain/i18n/hant-sources';
import {
  chineseIn,
  isMessageKey,
  LANGS,
  labelIn,
  langFromLocale,
  localized,
  message,
  messageKeys,
} from '../../src/domain/i18n/messages';
import { PARAMETERS } from '../../src/domain/params/table';
import {
  CALLBACK_COLUMNS,
  DEADLINE_COLUMNS,
  OVERDUE_COLUMNS,
  REPORT_COLUMNS,
  SCORE_COLUMNS,
} from '../../src/domain/sheets/columns';
import { SHEETS } from '../../src/domain/sheets/schema';
import { normalizeHeader } from '../../src/domain/text';

describe('message catalogue', () => {
  it('has every message in all four languages with the same placeholders', () => {
    const names = (text: string) =>
      [...new Set([...text.matchAll(/\{(\w+)(:s)?\}/g)].map((m) => m[1]))].sort();
    for (const key of messageKeys()) {
      const zh = message('zh', key);
      for (const lang of LANGS) {
        const text = message(lang, key);
        expect(text, `${lang} ${key}`).not.toBe('');
        expect(names(text), `${lang} ${key}`).toEqual(names(zh));
      }
    }
  });

  it('words every column, parameter, sheet kind and field in both languages', () => {
    const tables = [REPORT_COLUMNS, SCORE_COLUMNS, OVERDUE_COLUMNS, CALLBACK_COLUMNS, DEADLINE_COLUMNS];
    const entries: { zh: string; en: string }[] = [
      ...tables.flat(),
      ...PARAMETERS,
      ...SHEETS.map((s) => ({ zh: s.name, en: s.en })),
      ...SHEETS.flatMap((s) => s.fields.map((f) => ({ zh: f.key, en: f.en }))),
    ];
    for (const entry of entries) {
      expect(entry.zh.trim(), JSON.stringify(entry)).not.toBe('');
      expect(entry.en.trim(), JSON.stringify(entry)).not.toBe('');
    }
    // Column keys are unique within a table, so sheet, CLI and sidebar address the same column.
    for (const table of tables) expect(new Set(table.map((c) => c.key)).size).toBe(table.length);
  });

  it('chooses Simplified, Taiwan or Hong Kong Chinese by locale, and English otherwise', () => {
    expect(langFromLocale('zh_CN')).toBe('zh');
    expect(langFromLocale('zh')).toBe('zh');
    expect(langFromLocale('zh_SG')).toBe('zh');
    expect(langFromLocale('zh-TW')).toBe('zh-TW');
    expect(langFromLocale('zh_TW')).toBe('zh-TW');
    expect(langFromLocale('zh-Hant')).toBe('zh-TW');
    expect(langFromLocale('zh_HK')).toBe('zh-HK');
    expect(langFromLocale('zh-Hant-HK')).toBe('zh-HK');
    expect(langFromLocale('zh_MO')).toBe('zh-HK');
    expect(langFromLocale('en_US')).toBe('en');
    expect(langFromLocale('ja')).toBe('en');
    expect(langFromLocale('')).toBe('en');
  });

  it('fills placeholders', () => {
    expect(message('en', 'cli.bad_month', { value: '2026-13' })).toBe(
      'The month must be YYYY-MM, got: 2026-13',
    );
  });
});

const ROOT = join(__dirname, '../..');

/**
 * Every text src/ can hand the catalogue: each string literal, and each value the compiler knows a
 * template or an expression to take (`state.${state}` is every state's key), read by the type checker
 * over the project's sources outside the catalogue itself; with the sidebar's labels (every file of
 * src/ui), which it asks for without their `ui.` prefix.
 */
function textsSaidInSrc(): Set<string> {
  const said = new Set<string>();
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error('tsconfig.json cannot be read');
  const inSrc = (file: string) =>
    file.startsWith(join(ROOT, 'src/')) && !/src\/domain\/(messages|hant-table)\.ts$/.test(file);
  const program = ts.createProgram(config.fileNames.filter(inSrc), config.options);
  const checker = program.getTypeChecker();
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) said.add(node.text);
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateExpression(node)
    ) {
      const type = checker.getTypeAtLocation(node);
      for (const member of type.isUnion() ? type.types : [type]) {
        if (member.isStringLiteral()) said.add(member.value);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const source of program.getSourceFiles()) if (inSrc(source.fileName)) visit(source);
  const labels = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) said.add(`ui.${node.text}`);
    ts.forEachChild(node, labels);
  };
  const ui = join(ROOT, 'src/ui');
  for (const file of readdirSync(ui, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const path = join(ui, file);
    labels(ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true));
  }
  return said;
}

describe('the catalogue typed end to end', () => {
  it('words every error code in all four languages, as a failure is described', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(0);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) {
      const key = errorMessageKey(code);
      // describeError (app/present/render.ts) words a code by its own entry, else by error.<code>.
      expect(key, code).toBe(isMessageKey(code) ? code : `error.${code}`);
      for (const lang of LANGS) {
        const worded = message(lang, key);
        expect(worded.trim(), `${lang} ${code}`).not.toBe('');
        expect(describeError(new KefuError(code), lang), `${lang} ${code}`).toBe(worded);
        if (code !== 'internal') expect(worded, `${lang} ${code}`).not.toBe(message(lang, 'error.internal'));
      }
    }
    expect(describeError(new KefuError('calendar_no_working_days', { days: 400 }), 'en')).toBe(
      'The working calendar has no working day within 400 days: check whether 节假日 marks too many days 休.',
    );
  });

  it('refuses a code that is none, at compile time', () => {
    // @ts-expect-error: an error code must be one of ERROR_CODES (typecheck fails if this compiles).
    expect(new KefuError('no_such_code').code).toBe('no_such_code');
  });

  it('has no entry that src/ never says', { timeout: 120_000 }, () => {
    const said = textsSaidInSrc();
    expect(said.has('state.open'), 'keys made by a template are found').toBe(true);
    expect(said.has('ui.tab_overview'), 'labels the sidebar asks for are found').toBe(true);
    expect(messageKeys().filter((key) => !said.has(key))).toEqual([]);
  });
});

describe('the Traditional catalogue', () => {
  const require = createRequire(import.meta.url);
  const OpenCC = require('opencc-js') as {
    Converter(o: { from: string; to: string }): (t: string) => string;
  };
  const toVariant = {
    'zh-TW': OpenCC.Converter({ from: 'cn', to: 'tw' }),
    'zh-HK': OpenCC.Converter({ from: 'cn', to: 'hk' }),
  };
  /**
   * Characters that are Simplified only: OpenCC turns them into another character, and no
   * Traditional character folds to them but themselves. A few (后, 干, 只, 台…) are also
   * Traditional words and are allowed where they stand alone in the converter's own output.
   */
  const simplifiedOnly = (text: string, lang: 'zh-TW' | 'zh-HK') =>
    [...new Set(text)].filter(
      (ch) => /\p{Script=Han}/u.test(ch) && toVariant[lang](ch) !== ch && !ALSO_TRADITIONAL.has(ch),
    );
  const ALSO_TRADITIONAL = new Set([
    '后',
    '干',
    '只',
    '台',
    '系',
    '面',
    '里',
    '表',
    '范',
    '松',
    '准',
    '余',
    '占',
    '舍',
    '游',
    '冲',
    '志',
    '制',
    '回',
    '并',
    '签',
    '才',
    '杰',
    '周',
  ]);

  it('leaves no Simplified-only character in any message, label or name, in Taiwan or Hong Kong', () => {
    const { prose, names, labels } = hantSources();
    for (const lang of ['zh-TW', 'zh-HK'] as const) {
      for (const key of messageKeys())
        expect(simplifiedOnly(message(lang, key), lang), `${lang} ${key}`).toEqual([]);
      for (const text of [...prose, ...names])
        expect(simplifiedOnly(chineseIn(lang, text), lang), `${lang} ${text}`).toEqual([]);
      for (const zh of labels) expect(simplifiedOnly(labelIn(lang, { zh, en: '' }), lang), zh).toEqual([]);
    }
    // A header of the add-on's report says column as Taiwan does, though 列名 is also 列名对照's header.
    expect(labelIn('zh-TW', { zh: '列名', en: 'Column' })).toBe('欄名');
    expect(chineseIn('zh-TW', '列名')).toBe('列名');
  });

  it('writes names so that recognition reads them back as the same name', () => {
    for (const name of hantSources().names) {
      for (const lang of ['zh-TW', 'zh-HK'] as const) {
        expect(normalizeHeader(chineseIn(lang, name)), `${lang} ${name}`).toBe(normalizeHeader(name));
      }
    }
  });

  it('keeps a name a name inside a sentence, and says row and column as Taiwan does', () => {
    // 设置 is 設定 in Taiwan's prose, but the sheet 规则设置 keeps its characters: 規則設置.
    expect(message('zh-TW', 'menu.setup')).toBe('設定表格');
    expect(
      message('zh-TW', 'setup.timezone_question', { settingZone: 'Asia/Taipei', sheetZone: 'UTC' }),
    ).toContain('「規則設置」的時區');
    // 第 3 行 (mainland: row) is 第 3 列 in Taiwan and Hong Kong; 列 (mainland: column) is 欄.
    const sheetLine = { sheet: 'S', kind: 'K', by: 'B', header: 3, rows: 5 };
    const twice = { header: 'H', used: 'C', other: 'F' };
    expect(message('zh', 'inspect.sheet_line', sheetLine)).toContain('第 3 行');
    expect(message('zh', 'issue.duplicate_header', twice)).toContain('C 列和 F 列');
    for (const lang of ['zh-TW', 'zh-HK'] as const) {
      expect(message(lang, 'inspect.sheet_line', sheetLine)).toContain('第 3 列');
      expect(message(lang, 'issue.duplicate_header', twice)).toContain('C 欄和 F 欄');
    }
    expect(message('zh-TW', 'menu.sidebar')).not.toBe(message('zh', 'menu.sidebar'));
    expect(localized('zh-TW', { zh: '客户电话', en: 'Phone' })).toBe('客戶電話');
  });

  it('is generated from the catalogue: the committed table is what the generator makes', () => {
    const committed = readFileSync(join(__dirname, '../../src/domain/i18n/hant-table.ts'), 'utf8');
    expect(committed, 'run npm run hant:make').toBe(hantSource());
  });
});
