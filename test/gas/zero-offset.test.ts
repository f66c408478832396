// Java's date patterns on Google's servers: Utilities.formatDate writes a zero offset as "Z" with XXX
// (ISO 8601) and "+0000" with Z (RFC 822). A spreadsheet in UTC, or in London in winter, must read
// as agreeing with Intl, and Apps Script's own zone data must give it offset 0.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toWall, useOffsetProvider } from '../../src/domain/calendar/time';
import { menuDiagnostics } from '../../src/gas/entry';
import { utilitiesOffsetMs } from '../../src/gas/runtime';
import type { FakeHtmlOutput, FakeWorkbook } from '../fake/spreadsheet';
import { FakeUtilities } from '../fake/spreadsheet';
import { installFake } from '../helpers/install';
import { toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  useOffsetProvider(null);
});

/** 诊断's report text, as the dialog holds it. */
function report(wb: FakeWorkbook): string[] {
  const html = (wb.dialogs.at(-1)?.content as FakeHtmlOutput | undefined)?.getContent() ?? '';
  const text = /<textarea[^>]*>([\s\S]*)<\/textarea>/.exec(html)?.[1] ?? '';
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').split('\n');
}

const WINTER = Date.UTC(2026, 0, 20, 10);
const SUMMER = Date.UTC(2026, 6, 20, 10);

describe('Utilities.formatDate in the fake, as Java writes offsets', () => {
  const utilities = new FakeUtilities();
  it('writes a zero offset as Z with X, XX and XXX, and as +0000 with Z', () => {
    const at = new Date(WINTER);
    expect(utilities.formatDate(at, 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-01-20T10:00:00Z');
    expect(utilities.formatDate(at, 'Europe/London', 'XXX')).toBe('Z');
    expect(utilities.formatDate(at, 'Europe/London', 'XX')).toBe('Z');
    expect(utilities.formatDate(at, 'Europe/London', 'X')).toBe('Z');
    expect(utilities.formatDate(at, 'UTC', 'Z')).toBe('+0000');
    expect(utilities.formatDate(at, 'Europe/London', 'Z')).toBe('+0000');
  });
  it('writes other offsets with their sign and digits', () => {
    expect(utilities.formatDate(new Date(SUMMER), 'Europe/London', 'XXX Z XX X')).toBe(
      '+01:00 +0100 +0100 +01',
    );
    expect(utilities.formatDate(new Date(WINTER), 'America/New_York', 'XXX Z')).toBe('-05:00 -0500');
    expect(utilities.formatDate(new Date(WINTER), 'Asia/Shanghai', 'XXX Z')).toBe('+08:00 +0800');
  });
});

describe('Apps Script’s zone data as the offset provider', () => {
  it('reads UTC and London in winter as offset 0, London in summer as +1', () => {
    installFake();
    expect(utilitiesOffsetMs(WINTER, 'UTC')).toBe(0);
    expect(utilitiesOffsetMs(WINTER, 'Europe/London')).toBe(0);
    expect(utilitiesOffsetMs(SUMMER, 'Europe/London')).toBe(3_600_000);
    useOffsetProvider(utilitiesOffsetMs);
    expect(toWall(WINTER, 'Europe/London')).toBe(WINTER);
    expect(toWall(SUMMER, 'Europe/London')).toBe(SUMMER + 3_600_000);
    expect(toWall(SUMMER, 'UTC')).toBe(SUMMER);
  });
});

describe('诊断 in a spreadsheet whose zone keeps UTC', () => {
  for (const zone of ['UTC', 'Europe/London']) {
    it(`finds Intl and Apps Script agreeing in ${zone} (in winter, offset 0)`, () => {
      vi.useFakeTimers({ now: WINTER, toFake: ['Date'] });
      const wb = installFake(
        toFake([
          {
            name: '规则设置',
            rows: [
              ['参数', '值'],
              ['时区', zone],
            ],
          },
        ]),
      );
      wb.timeZone = zone;
      menuDiagnostics();
      const lines = report(wb);
      expect(lines).toContain(
        '✓ 时区数据：Intl 与 Apps Script（Utilities.formatDate）一致（2 个时区，6 个时刻）',
      );
      expect(lines.join('\n')).not.toMatch(/不一致|改用 Apps Script/);
      expect(lines).toContain(`✓ 时区：表格 ${zone}，规则设置 ${zone}，脚本 Asia/Shanghai`);
    });
  }
});
