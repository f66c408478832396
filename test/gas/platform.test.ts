// What only Google's servers can show, and the menu items that help with it: 重新计算自定义函数
// and 诊断.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOffsetProvider } from '../../src/domain/calendar/time';
import { menuCheckComplaints, menuDiagnostics, menuHourlyOn, menuRecalculate } from '../../src/gas/entry';
import type { FakeHtmlOutput, FakeWorkbook } from '../fake/spreadsheet';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { installFake } from '../helpers/install';
import { TEAM_NOW, teamWorkbook, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  useOffsetProvider(null);
});

/** The text of the diagnostics dialog (the report in its text box). */
function report(wb: FakeWorkbook): string {
  const dialog = wb.dialogs.at(-1);
  expect(dialog?.title).toBe('客服助手诊断');
  const html = (dialog?.content as FakeHtmlOutput | undefined)?.getContent() ?? '';
  const text = /<textarea[^>]*>([\s\S]*)<\/textarea>/.exec(html)?.[1] ?? '';
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('重新计算自定义函数', () => {
  it('rewrites each formula using a settings function and puts it back exactly, so Sheets recalculates it', () => {
    const wb = installFake(toFake(teamWorkbook(false).sheets));
    const sheet = wb.addSheet('罚款测算');
    const formulas = [
      '=KEFU_FINE(B2:B20)',
      '=KEFU_DUE(A2, 24, "工作时", {规则设置!A:C;节假日!A:C})',
      '=IF(A4="","",KEFU_ISWORKDAY( A4 ))',
    ];
    formulas.forEach((f, i) => {
      sheet.setRaw(i + 1, 3, 0, f);
    });
    const other = wb.addSheet('电话');
    other.setRaw(1, 1, '', '=KEFU_PHONE(B1)');
    other.setRaw(2, 1, '', '=LEN(B2)');
    menuRecalculate();
    expect(formulas.map((_, i) => sheet.formula(i + 1, 3))).toEqual(formulas);
    // Each written twice (away and back): three cells Sheets recalculates, and KEFU_PHONE's (it
    // follows 地区); a formula using none of them is left alone.
    expect(sheet.formulaRewrites).toBe(6);
    expect(other.formulaRewrites).toBe(2);
    expect(other.formula(1, 1)).toBe('=KEFU_PHONE(B1)');
    expect(other.formula(2, 1)).toBe('=LEN(B2)');
    expect(wb.toasts.at(-1)?.message).toBe('已重新计算 4 个使用客服助手函数的单元格。');
  });
});

describe('诊断', () => {
  it('reports time zones, holidays, triggers, quotas, storage, authorization and sheets, without customer data', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    const wb = installFake(toFake(teamWorkbook(true).sheets));
    menuHourlyOn();
    menuDiagnostics();
    const text = report(wb);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^客服助手诊断 · 2026-11-\d\d \d\d:\d\d（Asia\/Shanghai）· 版本 0\.1\.0 · 语言 zh-CN \/ 表格 zh_CN$/,
    );
    expect(lines).toContain(
      '✓ 时区数据：Intl 与 Apps Script（Utilities.formatDate）一致（1 个时区，3 个时刻）',
    );
    expect(lines).toContain('✓ 时区：表格 Asia/Shanghai，规则设置 Asia/Shanghai，脚本 Asia/Shanghai');
    expect(lines).toContain('✓ 节假日：2026 年有内置数据（「节假日」表另有 0 条）');
    expect(lines).toContain('⚠ 节假日：2027 年既无内置数据也未在「节假日」表填写，将按周一至周五计算');
    expect(lines).toContain(
      '✓ 触发器：本表格 refreshHourly (CLOCK), alertMajorComplaints (ON_EDIT), formSubmitted (ON_FORM_SUBMIT)；您在所有表格共 3 个（上限 20）',
    );
    expect(lines).toContain('✓ 群机器人：未设置（菜单“群机器人设置…”）');
    expect(lines).toContain('✓ 邮件配额：今日还可发送 100 封');
    expect(lines.find((l) => l.startsWith('✓ 文档属性：'))).toBeDefined();
    expect(lines).toContain('✓ 缓存：暂无编辑上下文（下次编辑时建立）');
    expect(lines).toContain('✓ 授权：已授权（安装方式 NONE）');
    expect(lines.find((l) => l.startsWith('✓ 表格识别：'))).toMatch(/个表格中识别出 \d+ 个$/);
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(wb.alerts).toEqual([]);
  });

  it('names the working calendar in force: the region’s, its years, and 节假日’s entries', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    const cases: [string, string[]][] = [
      ['中国大陆', ['✓ 节假日：按中国大陆法定节假日与调休（内置 2004–2026 年），「节假日」表 1 条优先']],
      ['台湾', ['✓ 节假日：按台湾政府行政机关办公日历（内置 2025–2026 年），「节假日」表 1 条优先']],
      [
        '香港',
        [
          '✓ 节假日：按香港公众假期（内置 2025–2027 年），「节假日」表 1 条优先',
          '⚠ 节假日：2027 年的香港公众假期按规则推算，尚未与政府公布的名单核对',
        ],
      ],
      ['其他', ['⚠ 节假日：地区为「其他」，没有内置节假日，只按周末和「节假日」表的 1 条计算']],
    ];
    for (const [region, expected] of cases) {
      const wb = installFake(
        toFake([
          {
            name: '规则设置',
            rows: [
              ['参数', '值', '说明'],
              ['地区', region, ''],
            ],
          },
          {
            name: '节假日',
            rows: [
              ['日期', '类型', '说明'],
              ['2026-12-31', '休', '年会'],
            ],
          },
        ]),
      );
      menuDiagnostics();
      const lines = report(wb).split('\n');
      expect(
        lines.filter((l) => /^. 节假日：(按|地区|\d{4} 年的)/.test(l)),
        region,
      ).toEqual(expected);
      expect(lines, region).toContain(
        region === '其他'
          ? '✓ 节假日：2026 年无内置数据，按「节假日」表的 1 条计算'
          : '✓ 节假日：2026 年有内置数据（「节假日」表另有 1 条）',
      );
    }
  });

  it('runs in a document with no recognised sheet and says so', () => {
    const wb = installFake(toFake([{ name: 'Sheet1', rows: [] }]));
    menuDiagnostics();
    expect(report(wb).split('\n')).toContain(
      '⚠ 表格识别：1 个表格中没有识别出任何一个 → 运行“设置表格”，或在「列名对照」说明',
    );
    expect(wb.alerts).toEqual([]);
  });

  it('reports a failing service on its own line and the rest still', () => {
    const wb = installFake(toFake(teamWorkbook(false).sheets));
    wb.authorizationRequired = true;
    vi.stubGlobal('CacheService', {
      getDocumentCache: () => {
        throw new Error('Service error: CacheService');
      },
    });
    menuDiagnostics();
    const lines = report(wb).split('\n');
    expect(lines).toContain('✗ 缓存：检查失败（Service error: CacheService）');
    expect(lines).toContain('⚠ 授权：需要重新授权（安装方式 NONE）→ 从菜单任选一项即可授权');
    expect(lines).toContain('✓ 邮件配额：今日还可发送 100 封');
  });

  it('names a 时区 that is no time zone', () => {
    const sheets = teamWorkbook(false).sheets.filter((s) => s.name !== '规则设置');
    const wb = installFake(
      toFake([
        ...sheets,
        {
          name: '规则设置',
          rows: [
            ['参数', '值'],
            ['时区', 'Beijing'],
          ],
        },
      ]),
    );
    menuDiagnostics();
    expect(report(wb).split('\n')).toContain(
      '✗ 规则设置的时区「Beijing」不是有效的时区名（例：Asia/Shanghai）',
    );
  });

  it('falls back to Apps Script’s zone data when Intl has none, and deadlines stay right', () => {
    vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
    const healthy = installFake(toFake(complaintsWorkbook(false)));
    menuCheckComplaints();
    const expected = healthy.sheet('超时投诉').snapshotValues();
    vi.unstubAllGlobals();
    // Nothing computed with the healthy Intl stays cached.
    useOffsetProvider(null);

    // A runtime whose Intl has no zone data: every zone reads as UTC.
    class UtcOnly extends Intl.DateTimeFormat {
      constructor(locale?: string, options?: Intl.DateTimeFormatOptions) {
        super(locale, { ...options, timeZone: 'UTC' });
      }
    }
    const brokenIntl = Object.create(Intl) as typeof Intl;
    Object.defineProperty(brokenIntl, 'DateTimeFormat', { value: UtcOnly });
    const wb = installFake(toFake(complaintsWorkbook(false)));
    // The fake spreadsheet itself keeps real zone data (it stands for Google's servers).
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal('Intl', brokenIntl);
    menuDiagnostics();
    menuCheckComplaints();
    vi.unstubAllGlobals();
    const lines = report(wb).split('\n');
    expect(lines.some((l) => /^⚠ 时区数据：Intl 与 Apps Script 有 \d+ 处不一致$/.test(l))).toBe(true);
    expect(lines).toContain('⚠ 已改用 Apps Script 的时区数据计算（结果正确，速度稍慢）');
    expect(wb.sheet('超时投诉').snapshotValues()).toEqual(expected);
    expect(errors.mock.calls.map((c) => String(c[0]))).toContain(
      '[kefu-sheets] Intl has no time-zone data here: using Utilities.formatDate',
    );
  });
});

describe('the version 诊断 reports', () => {
  it('is the version of package.json', async () => {
    const { VERSION } = await import('../../src/domain/version');
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});
