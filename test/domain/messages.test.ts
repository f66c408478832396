import { describe, expect, it } from 'vitest';
import { langFromLocale, message, messageKeys } from '../../src/domain/messages';

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
