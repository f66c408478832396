import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hantSource } from '../../scripts/make-hant';
import {
  CALLBACK_COLUMNS,
  DEADLINE_COLUMNS,
  OVERDUE_COLUMNS,
  REPORT_COLUMNS,
  SCORE_COLUMNS,
} from '../../src/domain/columns';
import { hantSources } from '../../src/domain/hant-sources';
import {
  chineseIn,
  LANGS,
  labelIn,
  langFromLocale,
  localized,
  message,
  messageKeys,
} from '../../src/domain/messages';
import { PARAMETERS } from '../../src/domain/params';
import { SHEETS } from '../../src/domain/schema';
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
    const rowText = message('zh', 'report.sheet_line', {
      sheet: 'S',
      kind: 'K',
      header: 3,
      rows: 5,
      columns: 4,
    });
    expect(rowText).toContain('第 3 行');
    for (const lang of ['zh-TW', 'zh-HK'] as const) {
      const text = message(lang, 'report.sheet_line', {
        sheet: 'S',
        kind: 'K',
        header: 3,
        rows: 5,
        columns: 4,
      });
      expect(text).toContain('第 3 列');
      expect(text).toContain('4 欄');
    }
    expect(message('zh-TW', 'menu.dashboard')).not.toBe(message('zh', 'menu.dashboard'));
    expect(localized('zh-TW', { zh: '客户电话', en: 'Phone' })).toBe('客戶電話');
  });

  it('is generated from the catalogue: the committed table is what the generator makes', () => {
    const committed = readFileSync(join(__dirname, '../../src/domain/hant-table.ts'), 'utf8');
    expect(committed, 'run npm run hant:make').toBe(hantSource());
  });
});
