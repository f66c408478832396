import { describe, expect, it } from 'vitest';
import { cliLang } from '../../src/cli/args';
import { readSettings } from '../../src/domain/params/readers';
import { parseRegion, regionLabel, suggestRegion } from '../../src/domain/params/region';
import { parameterByName } from '../../src/domain/params/table';

/** A 参数 → 值 table as 规则设置 gives it: names as written (Traditional too) read as the parameter's. */
const table = (rows: Record<string, string>) =>
  new Map(
    Object.entries(rows).map(([name, raw], i) => [parameterByName(name)?.name ?? name, { raw, row: i + 2 }]),
  );

describe('地区', () => {
  it('reads the region however a team writes it', () => {
    expect(parseRegion('台湾')).toBe('TW');
    expect(parseRegion('臺灣')).toBe('TW');
    expect(parseRegion(' Taiwan ')).toBe('TW');
    expect(parseRegion('香港')).toBe('HK');
    expect(parseRegion('Hong Kong')).toBe('HK');
    expect(parseRegion('澳門')).toBe('MO');
    expect(parseRegion('中国大陆')).toBe('CN');
    expect(parseRegion('内地')).toBe('CN');
    expect(parseRegion('其他')).toBe('OTHER');
    expect(parseRegion('海外')).toBe('OTHER');
    expect(parseRegion('火星')).toBeNull();
  });

  it('is offered from the spreadsheet’s time zone first, then its locale', () => {
    expect(suggestRegion('zh_TW', 'Asia/Taipei')).toBe('TW');
    expect(suggestRegion('en_US', 'Asia/Taipei')).toBe('TW');
    expect(suggestRegion('en_GB', 'Asia/Hong_Kong')).toBe('HK');
    expect(suggestRegion('zh_HK', 'Asia/Macau')).toBe('MO');
    expect(suggestRegion('zh_CN', 'Asia/Shanghai')).toBe('CN');
    expect(suggestRegion('zh_TW', 'America/Los_Angeles')).toBe('TW');
    expect(suggestRegion('zh_CN', 'Europe/Berlin')).toBe('OTHER');
    expect(suggestRegion('en_US', 'America/New_York')).toBe('OTHER');
  });

  it('gives 时区 and 工作时间 the region’s defaults, unless the team wrote them', () => {
    const tw = readSettings(table({ 地区: '台湾' }));
    expect(tw.problems).toEqual([]);
    expect(tw.settings.region).toBe('TW');
    expect(tw.settings.timeZone).toBe('Asia/Taipei');
    expect(tw.settings.workHours).toEqual({ start: 8 * 60 + 30, end: 17 * 60 + 30 });
    const hk = readSettings(table({ 地區: '香港', 工作時間: '09:30-18:30' }));
    expect(hk.settings.timeZone).toBe('Asia/Hong_Kong');
    expect(hk.settings.workHours).toEqual({ start: 9 * 60 + 30, end: 18 * 60 + 30 });
    // Hours as Taiwan writes them (9點-18點).
    const points = readSettings(table({ 地區: '臺灣', 工作時間: '9點-18點' }));
    expect(points.problems).toEqual([]);
    expect(points.settings.workHours).toEqual({ start: 9 * 60, end: 18 * 60 });
    const none = readSettings(new Map());
    expect(none.settings.region).toBe('CN');
    expect(none.settings.timeZone).toBe('Asia/Shanghai');
    const bad = readSettings(table({ 地区: '火星' }));
    expect(bad.problems.map((p) => p.name)).toEqual(['地区']);
    expect(bad.settings.region).toBe('CN');
  });

  it('takes the region its time zone gives where 地区 is missing or blank, never where it is written', () => {
    const missing = readSettings(new Map(), 'HK');
    expect(missing.settings.region).toBe('HK');
    expect(missing.settings.timeZone).toBe('Asia/Hong_Kong');
    const blank = readSettings(table({ 地区: '' }), 'TW');
    expect(blank.settings.region).toBe('TW');
    expect(blank.settings.workHours).toEqual({ start: 8 * 60 + 30, end: 17 * 60 + 30 });
    expect(readSettings(table({ 地区: '中国大陆' }), 'HK').settings.region).toBe('CN');
    // An unreadable 地区 is its cell's problem, and the mainland is used meanwhile, whatever the zone.
    const bad = readSettings(table({ 地区: '火星' }), 'HK');
    expect(bad.problems.map((p) => p.name)).toEqual(['地区']);
    expect(bad.settings.region).toBe('CN');
  });

  it('reads Traditional values of the other worded parameters', () => {
    const { settings, problems } = readSettings(
      table({ 計時方式: '工作時', 罰款方式: '全額', 週報時間: '週五 17:00' }),
    );
    expect(problems).toEqual([]);
    expect(settings.clockMode).toBe('工作时');
    expect(settings.fineMode).toBe('全额');
    expect(settings.weeklyTime).toEqual({ weekday: 5, minutes: 17 * 60 });
  });

  it('is named in the user’s script', () => {
    expect(regionLabel('TW', 'zh')).toBe('台湾');
    expect(regionLabel('TW', 'zh-TW')).toBe('臺灣');
    expect(regionLabel('HK', 'en')).toBe('Hong Kong');
  });

  it('takes --lang as Taiwan and Hong Kong write it', () => {
    expect(cliLang('zh-TW')).toBe('zh-TW');
    expect(cliLang('zh_tw')).toBe('zh-TW');
    expect(cliLang('zh-HK')).toBe('zh-HK');
    expect(cliLang('zh-MO')).toBe('zh-HK');
    expect(cliLang('zh')).toBe('zh');
    expect(cliLang('en')).toBe('en');
    expect(cliLang('fr')).toBeNull();
  });
});
