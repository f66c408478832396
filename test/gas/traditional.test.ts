import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FakeWorkbook } from '../fake/spreadsheet';
import { loadBundle } from '../helpers/bundle';

/** A Taipei spreadsheet of a Taiwanese team: locale zh_TW, time zone Asia/Taipei. */
function taipei(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.locale = 'zh_TW';
  wb.userLocale = 'zh-TW';
  wb.timeZone = 'Asia/Taipei';
  wb.addSheet('工作表1');
  return wb;
}

describe('a Taiwanese team, through dist/Code.js', () => {
  it('gets every menu item in Traditional Chinese', () => {
    const wb = taipei();
    const context = loadBundle(wb);
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.LIMITED })', context);
    expect(wb.menus[1]?.caption).toBe('客服助手');
    expect(wb.menus[1]?.items.map((i) => ('caption' in i ? i.caption : '—'))).toMatchInlineSnapshot(`
      [
        "設定表格",
        "檢查全部",
        "計算月度考核…",
        "—",
        "檢查超時投訴",
        "回訪計劃",
        "本週投訴彙總…",
        "開啟每小時重新整理",
        "關閉每小時重新整理",
        "群機器人設定…",
        "測試提醒",
        "—",
        "打開面板",
        "重新計算自定義函式",
        "診斷",
        "關於客服助手",
      ]
    `);
  });

  it('gets Hong Kong’s characters for a zh-HK user', () => {
    const wb = taipei();
    wb.userLocale = 'zh-HK';
    const context = loadBundle(wb);
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.LIMITED })', context);
    const captions = wb.menus[1]?.items.map((i) => ('caption' in i ? i.caption : '—')) ?? [];
    expect(captions).toContain('開啓每小時刷新');
    expect(captions).toContain('羣機器人設置…');
  });

  it('sets up sheets in Traditional, with 地区 台灣 and the Taipei time zone, then reports in Traditional', () => {
    const wb = taipei();
    const context = loadBundle(wb);
    vm.runInContext('menuSetup()', context);
    expect(wb.alerts).toEqual([]);
    expect(wb.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['售後登記', '投訴登記', '回訪記錄', '員工名單', '規則設置', '節假日']),
    );
    expect(wb.sheet('投訴登記').snapshotValues()[0]?.slice(0, 4)).toEqual([
      '投訴編號',
      '投訴時間',
      '客戶姓名',
      '聯繫電話',
    ]);
    const params = wb.sheet('規則設置').snapshotValues();
    expect(params[0]).toEqual(['參數', '值', '說明']);
    const value = (name: string) => params.find((r) => r[0] === name)?.[1];
    expect(value('地區')).toBe('臺灣');
    expect(value('時區')).toBe('Asia/Taipei');
    expect(value('工作時間')).toBe('08:30-17:30');
    expect(value('計時方式')).toBe('自然時');
    // No offer to move the spreadsheet to Shanghai's time: 時區 is the spreadsheet's own.
    expect(wb.timeZone).toBe('Asia/Taipei');
    expect(wb.toasts.at(-1)?.message).toContain('地區：臺灣');

    wb.sheet('投訴登記').setRaw(2, 1, 'TS-001');
    wb.sheet('投訴登記').setRaw(2, 2, '115/10/14 上午 09:30');
    wb.sheet('投訴登記').setRaw(2, 3, '陳小姐');
    wb.sheet('投訴登記').setRaw(2, 4, '0912-345-678');
    vm.runInContext('menuValidateAll()', context);
    expect(wb.alerts).toEqual([]);
    expect(wb.toasts.at(-1)?.message).toMatch(/^檢查完成：/);
    const report = wb.sheets.find((s) => s.name === '校驗報告');
    expect(report, 'the report sheet in Traditional').toBeDefined();
    // The report's summary and header rows, as the team sees them.
    const rows = report?.snapshotValues() ?? [];
    const header = rows.findIndex((r) => r[0] === '工作表');
    expect([
      String(rows[0]?.[0]).replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, 'TIME'),
      rows[header],
    ]).toMatchInlineSnapshot(`
      [
        "校驗報告 · 生成於 TIME · 檢查 79 列：錯誤 2 個，警告 0 個",
        [
          "工作表",
          "列",
          "欄位",
          "欄名",
          "級別",
          "代碼",
          "說明",
          "位置",
        ],
      ]
    `);
    const text = rows.flat().join('\n');
    expect(text).toContain('校驗報告');
    // The Taiwanese phone and the ROC date are no problem; nothing Simplified-only is shown.
    expect(text).not.toContain('0912-345-678');
    expect(text).not.toMatch(/[检验报错误时间电话识别]/);
  });
});

describe('the values a Taiwanese team chooses from, through dist/Code.js', () => {
  it('are offered and listed in Traditional: dropdowns, 規則設置 lists and the not-in-list message', () => {
    const wb = taipei();
    const context = loadBundle(wb);
    vm.runInContext('menuSetup()', context);
    const params = wb.sheet('規則設置').snapshotValues();
    // The list a team edits is written in its script; validation reads either script.
    expect(params.find((r) => r[0] === '問題分類選項')?.[1]).toBe(
      '催件、查件、非本人簽收、丟件、破損、錯發貨、少發貨、少發贈品、質量問題、無效果、包裝問題、退差價、退貨、換貨、維修、其他',
    );
    const sheet = wb.sheet('售後登記');
    const header = sheet.snapshotValues()[0] ?? [];
    const dropdown = (name: string) =>
      sheet.validations[1]?.[header.indexOf(name)]?.getCriteriaValues()[0] as string[] | undefined;
    expect(dropdown('處理結果')).toEqual(['處理中', '已解決', '已退貨', '已換貨', '已返修', '已關閉']);
    expect(dropdown('滿意度')).toEqual(['很滿意', '基本滿意', '不滿意']);
    expect(dropdown('問題分類')).toContain('質量問題');

    // Two rows: one chose 質量問題 from the dropdown, one typed a word of its own.
    const row = (category: string) =>
      header.map(
        (h) =>
          ({
            登記日期: '2026/11/02',
            客戶姓名: '陳小姐',
            客戶電話: '0912-345-678',
            產品型號: 'K-200',
            問題分類: category,
            問題描述: '無法開機',
            登記人: '林主任',
          })[String(h)] ?? '',
      );
    const put = (target: typeof sheet, at: number, cells: readonly (string | number)[]) => {
      cells.forEach((value, c) => {
        target.setRaw(at, c + 1, value);
      });
    };
    put(sheet, 2, row('質量問題'));
    put(sheet, 3, row('物流慢'));
    put(wb.sheet('員工名單'), 2, ['林主任', '主管', '在職', '2020/01/02']);
    vm.runInContext('menuValidateAll()', context);
    const report = (wb.sheets.find((s) => s.name === '校驗報告')?.snapshotValues() ?? []).flat().join('\n');
    expect(report).not.toContain('「質量問題」');
    expect(report).toContain('「物流慢」不在可選列表中（催件、查件、非本人簽收、丟件、破損、錯發貨');

    // A list the team wrote itself is listed as it wrote it, in whichever script.
    const settings = wb.sheet('規則設置');
    const at = settings.snapshotValues().findIndex((r) => r[0] === '問題分類選項');
    settings.setRaw(at + 1, 2, '质量问题、退货、换货、其他');
    vm.runInContext('menuValidateAll()', context);
    const again = (wb.sheets.find((s) => s.name === '校驗報告')?.snapshotValues() ?? []).flat().join('\n');
    expect(again).toContain('「物流慢」不在可選列表中（质量问题、退货、换货、其他）');
  });
});

describe('dropdowns already set, through dist/Code.js', () => {
  it('stay as they were when set-up runs again for a Traditional user: the cells chosen from them stay valid', () => {
    const wb = taipei();
    wb.userLocale = 'zh-CN';
    vm.runInContext('menuSetup()', loadBundle(wb));
    const sheet = wb.sheet('售后登记');
    const header = sheet.snapshotValues()[0] ?? [];
    const dropdown = () =>
      sheet.validations[1]?.[header.indexOf('处理结果')]?.getCriteriaValues()[0] as string[] | undefined;
    expect(dropdown()).toContain('已解决');
    wb.userLocale = 'zh-TW';
    vm.runInContext('menuSetup()', loadBundle(wb));
    expect(dropdown()).toEqual(['处理中', '已解决', '已退货', '已换货', '已返修', '已关闭']);
  });

  it('offer what set-up writes: the default rules’ 岗位 are in the dropdown’s script', () => {
    const wb = taipei();
    vm.runInContext('menuSetup()', loadBundle(wb));
    const rules = wb.sheet('獎懲規則');
    const rows = rules.snapshotValues();
    const column = (rows[0] ?? []).indexOf('崗位');
    const offered = rules.validations[1]?.[column]?.getCriteriaValues()[0] as string[];
    expect(offered).toContain('全員');
    const written = rows
      .slice(1)
      .map((r) => String(r[column] ?? ''))
      .filter((v) => v !== '');
    expect(written.length).toBeGreaterThan(5);
    expect(written.filter((v) => !offered.includes(v))).toEqual([]);
  });
});

describe('deadlines through dist/Code.js in each region', () => {
  it.each([
    // Hong Kong, 09:00-18:00: the Lunar New Year 2/17–2/19 is off → Mon 2/16 9 h, Fri 2/20 9 h, Mon 2/23 6 h.
    ['香港', 'Asia/Hong_Kong', '2026-02-16 09:00', '2026-02-23T07:00:00.000Z'],
    // Macau, 09:00-18:00: National Day 10/1 and the day after are off → 9/30 9 h, Mon 10/5 9 h, Tue 10/6 6 h.
    ['澳門', 'Asia/Macau', '2026-09-30 09:00', '2026-10-06T07:00:00.000Z'],
    // Taiwan, 08:30-17:30: 10/1 is a working day → 9/30 8.5 h, 10/1 9 h, 10/2 6.5 h (the ROC date as typed).
    ['臺灣', 'Asia/Taipei', '115/09/30 09:00', '2026-10-02T07:00:00.000Z'],
    // The mainland: the National Day week 10/1–10/7 is off → 9/30 9 h, Thu 10/8 9 h, Fri 10/9 6 h.
    ['中国大陆', 'Asia/Shanghai', '2026-09-30 09:00', '2026-10-09T07:00:00.000Z'],
  ])('%s: KEFU_DUE 24 working hours', (region, zone, start, due) => {
    const wb = new FakeWorkbook();
    wb.timeZone = zone;
    wb.addSheet('規則設置', [
      ['參數', '值', '說明'],
      ['地區', region, ''],
    ]);
    const context = loadBundle(wb);
    context.start = start;
    expect((vm.runInContext('KEFU_DUE(start, 24, "工作時")', context) as Date).toISOString()).toBe(due);
  });
});
