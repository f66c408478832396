import { describe, expect, it } from 'vitest';
import {
  CALLBACK_COLUMNS,
  DEADLINE_COLUMNS,
  OVERDUE_COLUMNS,
  REPORT_COLUMNS,
  SCORE_COLUMNS,
} from '../../src/domain/columns';
import { langFromLocale, message, messageKeys } from '../../src/domain/messages';
import { PARAMETERS } from '../../src/domain/params';
import { SHEETS } from '../../src/domain/schema';

describe('message catalogue', () => {
  it('has every message in Chinese and English with the same placeholders', () => {
    for (const key of messageKeys()) {
      const zh = message('zh', key);
      const en = message('en', key);
      expect(zh, key).not.toBe('');
      expect(en, key).not.toBe('');
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zh), key).toEqual(names(en));
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

  it('chooses Chinese for zh locales and English otherwise', () => {
    expect(langFromLocale('zh_CN')).toBe('zh');
    expect(langFromLocale('zh-TW')).toBe('zh');
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
