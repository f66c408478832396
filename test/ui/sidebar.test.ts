/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewTab, rulesTab, scoresTab } from '../../src/app/operations/sidebar';
import { PARAMETERS } from '../../src/domain/params/table';
import type { FakeWorkbook } from '../fake/spreadsheet';
import { demoFake } from '../helpers/demo-fake';
import { sheetsPort } from '../helpers/sheets-port';

const ROOT = join(__dirname, '..', '..');
const RESULTS = join(ROOT, 'test-results');
const NOW = Date.parse('2026-11-02T10:00:00+08:00');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browser: Browser;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Finds a Date anywhere in a value: Apps Script rejects Dates in google.script.run results. */
function hasDate(value: unknown): boolean {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return true;
  if (Array.isArray(value)) return value.some(hasDate);
  if (value && typeof value === 'object') return Object.values(value).some(hasDate);
  return false;
}

/** The built bundle over the fake (as Apps Script runs it), its clock at the demo's "now". */
function server(wb: FakeWorkbook): vm.Context {
  wb.htmlDir = join(ROOT, 'dist');
  const context = vm.createContext({ ...wb.globals(), console });
  vm.runInContext(readFileSync(join(ROOT, 'dist', 'Code.js'), 'utf8'), context);
  vm.runInContext(`Date.now = function () { return ${NOW}; };`, context);
  return context;
}

/** Opens the sidebar as Apps Script would serve it, with a google.script.run shim calling the server. */
async function openSidebar(wb: FakeWorkbook, context: vm.Context): Promise<Page> {
  vm.runInContext('menuOpenSidebar()', context);
  expect(wb.alerts).toEqual([]);
  const output = wb.sidebars.at(-1) as { getContent(): string; getTitle(): string };
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.exposeFunction('__kefuCall', (name: string, args: unknown[]) => {
    try {
      const value = (context[name] as (...a: unknown[]) => unknown)(...args);
      if (hasDate(value)) return { ok: false, message: `server returned a Date from ${name}` };
      return { ok: true, value: JSON.parse(JSON.stringify(value ?? null)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(() => {
    const call = (
      window as unknown as {
        __kefuCall(n: string, a: unknown[]): Promise<{ ok: boolean; value?: unknown; message?: string }>;
      }
    ).__kefuCall;
    const make = (
      success: ((v: unknown) => void) | null,
      failure: ((e: { message: string }) => void) | null,
    ): unknown =>
      new Proxy(
        {},
        {
          get(_target, prop: string) {
            if (prop === 'withSuccessHandler') return (fn: (v: unknown) => void) => make(fn, failure);
            if (prop === 'withFailureHandler')
              return (fn: (e: { message: string }) => void) => make(success, fn);
            return (...args: unknown[]) => {
              void call(prop, args).then((r) =>
                r.ok ? success?.(r.value) : failure?.({ message: r.message ?? '' }),
              );
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = { script: { run: make(null, null) } };
  });
  // Served at a loopback address through Playwright's router: a real navigation (init scripts
  // run), and the request never leaves the browser.
  await page.route('http://127.0.0.1:9/sidebar', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: output.getContent() }),
  );
  await page.goto('http://127.0.0.1:9/sidebar');
  return page;
}

const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).trim();

describe('the sidebar in Chromium', () => {
  it('shows the overview of the demo month, the numbers of the use cases, and jumps to rows', async () => {
    const wb = await demoFake('zh_CN');
    const context = server(wb);
    const page = await openSidebar(wb, context);
    await page.waitForSelector('#complaint-items');
    const expected = overviewTab(sheetsPort(wb), NOW, 'zh');
    expect(await text(page, '[data-count="complaints-overdue"] b')).toBe(String(expected.complaints.overdue));
    expect(await text(page, '[data-count="complaints-due-soon"] b')).toBe(
      String(expected.complaints.dueSoon),
    );
    expect(await text(page, '[data-count="callbacks-overdue"] b')).toBe(String(expected.callbacks.overdue));
    expect(await text(page, '[data-count="validation-errors"] b')).toBe(String(expected.validation.errors));
    expect(expected.complaints.overdue).toBe(1);
    expect(expected.validation.errors).toBe(17);
    const complaints = await text(page, '#complaint-items');
    expect(complaints).toContain('KS-0406 吴女士 137****3333');
    expect(complaints).toContain('答复超时');
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/1[3-9]\d{9}/);
    await page.screenshot({ path: join(RESULTS, 'sidebar-zh-overview.png'), fullPage: true });
    await page.locator('#complaint-items button.link').first().click();
    await expect.poll(() => wb.activeRangeA1).toMatch(/^A8:/);
    expect(wb.activeSheetName).toBe('10月投诉');
    await page.close();
  });

  it('shows the last full week’s complaints and the trend of 8 weeks as a chart', async () => {
    const wb = await demoFake('zh_CN');
    const context = server(wb);
    const page = await openSidebar(wb, context);
    await page.waitForSelector('#weekly-chart');
    const expected = overviewTab(sheetsPort(wb), NOW, 'zh').weekly;
    expect(expected.week).toBe('2026-W44');
    expect(await page.locator('h2', { hasText: '周报 2026-W44' }).count()).toBe(1);
    expect(await text(page, '#weekly-line')).toBe(
      `收到 ${expected.received} 件，按时结案 ${expected.closedOnTime} 件；周末仍未结案 ${expected.openAtEnd} 件（超时 ${expected.overdueAtEnd} 件）`,
    );
    const bars = await page
      .locator('#weekly-chart rect[data-week]')
      .evaluateAll((rects) =>
        rects.map((r) => [
          r.getAttribute('data-week'),
          Number(r.getAttribute('data-received')),
          Number(r.getAttribute('height')),
        ]),
      );
    expect(bars.map(([week, received]) => [week, received])).toEqual(
      expected.trend.map((w) => [w.week, w.received]),
    );
    expect(bars).toHaveLength(8);
    // The busiest week's column is the tallest.
    const tallest = Math.max(...bars.map((b) => Number(b[2])));
    expect(bars.find((b) => Number(b[2]) === tallest)?.[1]).toBe(
      Math.max(...expected.trend.map((w) => w.received)),
    );
    expect(expected.trend.some((w) => w.received > 0)).toBe(true);
    await page.locator('#weekly-chart').screenshot({ path: join(RESULTS, 'sidebar-zh-weekly.png') });
    await page.close();
  });

  it('shows the month’s scores as a chart with the 60 and 110 lines and a table, and computes them', async () => {
    const wb = await demoFake('zh_CN');
    const context = server(wb);
    const page = await openSidebar(wb, context);
    await page.click('[data-tab="scores"]');
    await page.waitForSelector('#score-chart');
    await page.selectOption('#month', '2026-10');
    await page.waitForSelector('#score-chart');
    await expect.poll(async () => page.locator('#month').inputValue()).toBe('2026-10');
    await page.waitForFunction(() => document.querySelectorAll('#score-table tbody tr').length === 9);
    const expected = scoresTab(sheetsPort(wb), '2026-10', NOW, 'zh');
    const rows = await page
      .locator('#score-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.split('\t')));
    expect(rows).toEqual(
      expected.staff.map((s) => [s.name, String(s.score), String(s.pointsFine), String(s.net)]),
    );
    expect(rows.find((r) => r[0] === '赵磊')).toEqual(['赵磊', '57', '1120', '-1120']);
    expect(await page.locator('#score-chart rect').count()).toBe(9);
    expect(
      await page.locator('#score-chart line').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-line'))),
    ).toEqual(['60', '110']);
    expect(await text(page, '#team')).toBe('团队 8 人：4 人 100 分及以上，1 人低于 60 分');
    await page.screenshot({ path: join(RESULTS, 'sidebar-zh-scores.png'), fullPage: true });
    await page.click('#compute');
    await page.waitForSelector('.notice');
    expect(wb.sheet('月度考核').value(1, 1)).toBe('2026-10 月度考核');
    await page.close();
  });

  it('lists the parameters in force and where to change them', async () => {
    const wb = await demoFake('zh_CN');
    const page = await openSidebar(wb, server(wb));
    await page.click('[data-tab="rules"]');
    await page.waitForSelector('#params-table');
    const expected = rulesTab(sheetsPort(wb), 'zh');
    const rows = await page
      .locator('#params-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.split('\t')));
    expect(rows).toHaveLength(PARAMETERS.length);
    expect(rows.find((r) => r[0] === '计时方式')).toEqual(['计时方式', '工作时', '规则设置!2']);
    expect(rows.find((r) => r[0] === '基础分')).toEqual(['基础分', '100', '默认值']);
    expect(expected.sheet).toBe('规则设置');
    await page.screenshot({ path: join(RESULTS, 'sidebar-zh-rules.png'), fullPage: true });
    await page.close();
  });

  it('shows what each sheet was recognised as, and corrects it through 列名对照', async () => {
    const wb = await demoFake('zh_CN');
    // A sheet the rules cannot place: a plain list of callbacks made, as some teams keep it.
    wb.addSheet('回访清单', [
      ['序号', '姓名', '手机号码', '经办'],
      [1, '唐先生', '13900005555', '陈静'],
      [2, '邓先生', '18600001234', '陈静'],
    ]);
    const page = await openSidebar(wb, server(wb));
    await page.click('[data-tab="sheets"]');
    const list = page.locator('section.sheet[data-sheet="回访清单"]');
    await list.waitFor();
    expect(await list.locator('.tag').innerText()).toBe('未识别');
    expect(await list.innerText()).toContain('最接近「回访记录」：已认出 客户姓名、联系电话；缺少 回访人');
    const complaints = page.locator('section.sheet[data-sheet="10月投诉"]');
    await complaints.locator('summary').click();
    expect(await complaints.locator('tr[data-column="客户姓名"] select').inputValue()).toBe('客户姓名');
    await page.screenshot({ path: join(RESULTS, 'sidebar-zh-sheets.png'), fullPage: true });

    // Set the kind: a row in 列名对照, the team's sheet untouched.
    const before = JSON.stringify(wb.sheet('回访清单').snapshotValues());
    await list.locator('select').first().selectOption('callbacks');
    await page.waitForSelector('.notice');
    await expect
      .poll(async () => page.locator('section.sheet[data-sheet="回访清单"] .tag').innerText())
      .toBe('回访记录');
    // Map a column the rules do not know: 经办 is who made the call. The sheet set by 列名对照
    // shows its columns unfolded, and a 回访人 missing.
    expect(await page.locator('section.sheet[data-sheet="回访清单"]').innerText()).toContain(
      '缺少必填列：回访人',
    );
    const row = page.locator('section.sheet[data-sheet="回访清单"] tr[data-column="经办"] select');
    await row.selectOption('回访人');
    await page.waitForSelector('.notice');
    await expect
      .poll(async () =>
        page.locator('section.sheet[data-sheet="回访清单"] tr[data-column="经办"] select').inputValue(),
      )
      .toBe('回访人');
    expect(wb.sheet('列名对照').snapshotValues().slice(2)).toEqual([
      ['回访清单', '回访记录', '', ''],
      ['回访清单', '', '经办', '回访人'],
    ]);
    expect(JSON.stringify(wb.sheet('回访清单').snapshotValues())).toBe(before);
    expect(await page.locator('section.sheet[data-sheet="回访清单"]').innerText()).not.toContain(
      '缺少必填列',
    );
    await page.close();
  });

  it('shows a failed call’s message, not a blank', async () => {
    const wb = await demoFake('zh_CN');
    // A score parameter nobody can read stops the scores, naming where it is.
    const params = wb.sheet('规则设置');
    params.setRaw(params.lastRow() + 1, 1, '基础分');
    params.setRaw(params.lastRow(), 2, '一百');
    const page = await openSidebar(wb, server(wb));
    await page.click('[data-tab="scores"]');
    await page.waitForSelector('.error');
    expect(await text(page, '.error')).toContain(
      `「规则设置」第 ${params.lastRow()} 行的参数「基础分」取值无效：一百`,
    );
    expect(await page.locator('button.primary').innerText()).toBe('重试');
    await page.close();
  });

  it('speaks Traditional Chinese to a user in Taiwan, with the fonts to show it', async () => {
    const wb = await demoFake('zh_TW');
    const context = server(wb);
    const page = await openSidebar(wb, context);
    await page.waitForSelector('#complaint-items');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(await text(page, '.tabs')).toBe('概覽\n考核\n表格識別\n規則');
    expect(await text(page, '#complaint-items')).toContain('答覆超時');
    const body = await page.locator('body').innerText();
    // Nothing Simplified-only reaches the user but the team's own words (its sheet names and the
    // headers and values quoted 「…」), and no phone number is shown whole.
    const ours = wb.sheets
      .reduce((rest, sheet) => rest.split(sheet.name).join(''), body)
      .replace(/「[^」]*」/g, '');
    expect(ours).not.toMatch(/[处时间览规则识别电话]/);
    expect(body).not.toMatch(/1[3-9]\d{9}/);
    // The Chinese glyphs render (a font with Traditional characters is installed): 考 is wider than a box.
    const width = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.textContent = '概覽考核';
      document.body.append(probe);
      return probe.getBoundingClientRect().width;
    });
    expect(width).toBeGreaterThan(20);
    await page.screenshot({ path: join(RESULTS, 'sidebar-zh-TW-overview.png'), fullPage: true });
    await page.close();
  });

  it('speaks English to an English user', async () => {
    const wb = await demoFake('en_US');
    const context = server(wb);
    const page = await openSidebar(wb, context);
    await page.waitForSelector('#complaint-items');
    expect(await text(page, '.tabs')).toBe('Overview\nScores\nSheets\nRules');
    expect(await text(page, '#complaint-items')).toContain('Reply overdue');
    await page.screenshot({ path: join(RESULTS, 'sidebar-en-overview.png'), fullPage: true });
    await page.click('[data-tab="scores"]');
    await page.waitForSelector('#score-chart');
    await page.selectOption('#month', '2026-10');
    await page.waitForFunction(() => document.querySelectorAll('#score-table tbody tr').length === 9);
    expect(await text(page, '#team')).toBe('Team of 8: 4 at 100+, 1 below 60');
    await page.screenshot({ path: join(RESULTS, 'sidebar-en-scores.png'), fullPage: true });
    await page.close();
  });
});
