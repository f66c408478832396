import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { overviewTab } from '../src/app/operations/sidebar';
import { main } from '../src/cli/main';
import {
  menuCallbacks,
  menuCheckComplaints,
  menuComputeScores,
  menuHourlyOn,
  menuValidateAll,
  onEdit,
} from '../src/gas/entry';
import { FakeWorkbook } from './fake/spreadsheet';
import { installFake } from './helpers/install';
import { sheetsPort } from './helpers/sheets-port';
import { type SheetData, sh, toFake, toXlsx } from './helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const INJECTION = '=IMPORTXML("http://example.invalid","//a")';
/** Any unmasked mainland mobile or landline number. */
const RAW_PHONE = /(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?[1-9]\d{6,7})(?!\d)/;

/** A team whose data invites trouble: formula-like names, phones inside free text. */
function riskyWorkbook(): SheetData[] {
  return [
    {
      name: '员工名单',
      rows: [
        ['姓名', '岗位'],
        ['王芳', '主管'],
        ['=1+1', '售后客服'],
      ],
    },
    {
      name: '投诉登记',
      rows: [
        ['投诉编号', '投诉时间', '客户姓名', '联系电话', '级别', '投诉内容', '受理人', '被投诉人'],
        [
          'K1',
          sh(2026, 10, 20, 9),
          INJECTION,
          '13812345678',
          '重大',
          '客户 13912345678 多次来电',
          '王芳',
          '13700001111',
        ],
        ['K2', sh(2026, 10, 30, 9), '@cmd', '021-62345678', '普通', 'x', '=1+1', null],
      ],
    },
    {
      name: '售后登记',
      rows: [
        ['登记日期', '客户姓名', '客户电话', '产品型号', '问题描述', '登记人', '处理结果', '解决日期'],
        [
          sh(2026, 9, 1),
          '+SUM(1)',
          '13812345678',
          'X',
          '回电 0755-12345678',
          '13600002222',
          '已解决',
          sh(2026, 9, 2),
        ],
      ],
    },
    {
      name: '规则设置',
      rows: [
        ['参数', '值'],
        ['提醒邮箱', 'boss@example.com'],
      ],
    },
    {
      name: '奖惩登记',
      rows: [
        ['日期', '姓名', '规则代码'],
        [sh(2026, 10, 3), '=1+1', 'G05'],
      ],
    },
  ];
}

function setup(): FakeWorkbook {
  vi.useFakeTimers({ now: sh(2026, 11, 2, 10), toFake: ['Date'] });
  return installFake(toFake(riskyWorkbook()));
}

describe('formula injection', () => {
  it('writes text that looks like a formula as text in every sheet the add-on writes', () => {
    const wb = setup();
    wb.promptAnswers.push('2026-10');
    menuValidateAll();
    menuComputeScores();
    menuCheckComplaints();
    menuCallbacks();
    expect(wb.alerts).toEqual([]);
    // The loop checks each formula: count them, so sheets without any cannot pass unseen.
    let formulas = 0;
    for (const name of ['校验报告', '月度考核', '超时投诉', '回访计划']) {
      const sheet = wb.sheet(name);
      for (const line of sheet.formulas) {
        for (const formula of line ?? []) {
          if (!formula) continue;
          formulas++;
          expect(formula, name).toMatch(/^=HYPERLINK\("#gid=\d+&range=[A-Z]+\d+","[^"]*"\)$/);
        }
      }
    }
    expect(formulas).toBeGreaterThan(0);
    const overdue = wb.sheet('超时投诉').snapshotValues();
    expect(overdue.some((r) => r[1] === INJECTION)).toBe(true);
    expect(
      wb
        .sheet('月度考核')
        .snapshotValues()
        .some((r) => r[0] === '=1+1'),
    ).toBe(true);
  });

  it('writes such text as text in the .xlsx copy too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-safety-'));
    const file = join(dir, 'in.xlsx');
    await toXlsx(riskyWorkbook(), file);
    const out = join(dir, 'out.xlsx');
    const io = { out: () => {}, err: () => {} };
    expect(await main(['complaints', file, '--now', '2026-11-02T10:00', '--out', out], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('超时投诉')!;
    const header = (sheet.getColumn(1).values as unknown[]).indexOf('投诉编号');
    const cell = sheet.getCell(header + 1, 2);
    expect(cell.value).toBe(INJECTION);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});

describe('privacy: phones are masked on every surface outside the sheet', () => {
  it('in the report sheets', () => {
    const wb = setup();
    wb.promptAnswers.push('2026-10');
    menuValidateAll();
    menuCheckComplaints();
    menuCallbacks();
    for (const name of ['校验报告', '超时投诉', '回访计划']) {
      expect(wb.sheet(name).snapshotValues().length, name).toBeGreaterThan(1);
      for (const line of wb.sheet(name).snapshotValues()) {
        for (const v of line) expect(String(v), name).not.toMatch(RAW_PHONE);
      }
    }
    expect(JSON.stringify(wb.sheet('超时投诉').snapshotValues())).toContain('138****5678');
  });

  it('in the digest e-mail', () => {
    const wb = setup();
    menuCheckComplaints();
    expect(wb.mails).toHaveLength(1);
    expect(wb.mails[0]?.body).not.toMatch(RAW_PHONE);
  });

  it('in what the sidebar receives', () => {
    setup();
    const json = JSON.stringify(overviewTab(sheetsPort(), Date.now(), 'zh'));
    expect(json).not.toMatch(RAW_PHONE);
    expect(json).toContain('138****5678');
  });

  it('in the CLI’s text and JSON output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-privacy-'));
    const file = join(dir, 'in.xlsx');
    await toXlsx(riskyWorkbook(), file);
    for (const args of [
      ['validate', file, '--now', '2026-11-02T10:00'],
      ['validate', file, '--now', '2026-11-02T10:00', '--json'],
      ['complaints', file, '--now', '2026-11-02T10:00'],
      ['callbacks', file, '--now', '2026-11-02T10:00'],
      ['callbacks', file, '--now', '2026-11-02T10:00', '--json'],
    ]) {
      let out = '';
      await main(args, { out: (t) => (out += t), err: (t) => (out += t) });
      expect(out, args.join(' ')).not.toMatch(RAW_PHONE);
    }
  });

  it('in the logs of a failed run', () => {
    const wb = setup();
    const logged: string[] = [];
    for (const level of ['error', 'warn'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      });
    }
    wb.lockHeldElsewhere = true;
    menuCheckComplaints();
    menuValidateAll();
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line).not.toMatch(RAW_PHONE);
  });
});

describe('errors people can act on', () => {
  it('shows a worded message, never a stack trace, and logs the detail', () => {
    const wb = setup();
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
    // Trigger management needs full authorization: in LIMITED mode Apps Script refuses it.
    wb.authMode = 'LIMITED';
    menuHourlyOn();
    expect(wb.alerts).toEqual(['客服助手\n客服助手遇到内部错误，请稍后重试；如仍出错请联系管理员。']);
    expect(wb.alerts[0]).not.toMatch(/at |Error:|\.ts:/);
    expect(logged.join('\n')).toContain('You do not have permission');
  });

  it('refuses a sheet larger than it can process in time, naming it', () => {
    vi.useFakeTimers({ now: sh(2026, 11, 2, 10), toFake: ['Date'] });
    const wb = new FakeWorkbook();
    const rows: (string | Date)[][] = [['日期', '姓名', '规则代码']];
    for (let i = 0; i < 200_001; i++) rows.push([sh(2026, 10, 1), '王芳', 'G05']);
    wb.addSheet('奖惩登记', rows);
    installFake(wb);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    menuValidateAll();
    expect(wb.alerts).toEqual([
      '客服助手\n工作表「奖惩登记」有 200002 行，超过客服助手单次可处理的 200000 行。',
    ]);
    // A refusal the user is told about is logged in one line, without a stack.
    expect(warned.mock.calls).toEqual([['[kefu-sheets] menuValidateAll refused: sheet_too_large']]);
  });
});

describe('concurrency', () => {
  it('Validate all waits briefly for a running action, then says it is busy and writes nothing', () => {
    const wb = setup();
    wb.lockHeldElsewhere = true;
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    menuValidateAll();
    expect(wb.alerts).toEqual(['客服助手\n另一项操作正在进行，请稍后再试。']);
    expect(warned.mock.calls).toEqual([['[kefu-sheets] menuValidateAll refused: busy']]);
    expect(wb.sheets.some((s) => s.name === '校验报告')).toBe(false);
  });

  it('an edit during a running action leaves its marks for the next check instead of interleaving', () => {
    const wb = setup();
    wb.lockHeldElsewhere = true;
    const range = SpreadsheetApp.getActive().getSheetByName('售后登记')!.getRange(2, 6);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onEdit({
      range,
      authMode: ScriptApp.AuthMode.LIMITED,
    } as unknown as GoogleAppsScript.Events.SheetsOnEdit);
    expect(wb.sheet('售后登记').note(2, 6)).toBe('');
    expect(warned.mock.calls).toEqual([['[kefu-sheets] onEdit refused: busy']]);
    wb.lockHeldElsewhere = false;
    onEdit({
      range,
      authMode: ScriptApp.AuthMode.LIMITED,
    } as unknown as GoogleAppsScript.Events.SheetsOnEdit);
    expect(wb.sheet('售后登记').note(2, 6)).toMatch(/^【客服助手】/);
  });
});
