// A phone typed where no phone is expected (a customer name "赵 13955557705", a landline in
// brackets) leaves the sheet masked like any other: in the robot's message, the e-mail, the
// sidebar, the 超时投诉 report, and the command line's text and JSON.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main';
import { menuCheckComplaints, sidebarOverview } from '../src/gas/entry';
import { COMPLAINTS_NOW, complaintsWorkbook } from './helpers/complaints-workbook';
import { installFake } from './helpers/install';
import { type SheetData, toFake, toXlsx } from './helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const RAW = ['13955557705', '66667706', '6123 4567'];
const MASKED = ['赵 139****7705', '021-****7706', '+852 **** 4567'];

/** The complaints workbook with phones typed into 客户姓名 of the overdue C1, the major C2 and C5. */
function workbook(): SheetData[] {
  const sheets = complaintsWorkbook(true);
  const rows = sheets.find((s) => s.name === '客诉')!.rows as unknown[][];
  const byId = (id: string) => rows.find((r) => r[0] === id)!;
  byId('C1')[2] = '赵 13955557705';
  byId('C2')[2] = '李（021）66667706';
  byId('C5')[2] = '陈 +852 6123 4567';
  (sheets.find((s) => s.name === '规则设置')!.rows as unknown[][]).push(
    ['提醒群机器人', 'https://oapi.dingtalk.com/robot/send?access_token=tok'],
    ['提醒邮箱', 'lead@example.com'],
  );
  return sheets;
}

const leaks = (text: string) => RAW.filter((raw) => text.includes(raw));

describe('phones in a customer name', () => {
  it('are masked in the robot, the e-mail, the sidebar and the 超时投诉 report', () => {
    vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
    const wb = installFake(toFake(workbook()));
    menuCheckComplaints();
    const robot = wb.fetched.map((f) => f.payload).join('\n');
    const mail = wb.mails.map((m) => `${m.subject}\n${m.body}`).join('\n');
    const report = wb.sheet('超时投诉').snapshotValues().flat().map(String).join('\n');
    const sidebar = JSON.stringify(sidebarOverview());
    expect(robot).toContain(MASKED[0]);
    expect(report).toContain(MASKED[0]);
    for (const text of [robot, mail, report, sidebar]) expect(leaks(text)).toEqual([]);
    expect(mail.length).toBeGreaterThan(0);
  });

  it('are masked in the command line’s text and JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kefu-privacy-')), 'phones-in-names.xlsx');
    await toXlsx(workbook(), file);
    for (const json of [[], ['--json']]) {
      let out = '';
      const code = await main(['complaints', file, '--now', '2026-10-12T10:00', ...json], {
        out: (t) => (out += t),
        err: (t) => (out += t),
      });
      expect(code).toBe(0);
      expect(out).toMatch(/C1/);
      expect(leaks(out)).toEqual([]);
    }
  });
});

/**
 * A Taiwanese team's complaints (地区 台湾): local numbers in 客户姓名 and in the phone column, one
 * with its country code, one of Hong Kong's without it (no number in Taiwan, still never shown).
 */
function taiwanWorkbook(): SheetData[] {
  const sheets = complaintsWorkbook(true);
  const rows = sheets.find((s) => s.name === '客诉')!.rows as unknown[][];
  const byId = (id: string) => rows.find((r) => r[0] === id)!;
  byId('C1')[2] = '林 0912 111 222';
  byId('C1')[3] = '0912-345-678';
  byId('C2')[2] = '陈（02）2765-4321';
  byId('C2')[3] = '+886 2 2345 6789';
  byId('C5')[2] = '黄 +886 933 444 555';
  byId('C5')[3] = '9123 4567';
  (sheets.find((s) => s.name === '规则设置')!.rows as unknown[][]).push(
    ['地区', '台湾'],
    ['提醒群机器人', 'https://oapi.dingtalk.com/robot/send?access_token=tok'],
    ['提醒邮箱', 'lead@example.com'],
  );
  return sheets;
}

/** What of those numbers must never leave the sheet, however a mask or a format spaces them. */
const TAIWAN_RAW = ['111 222', '111-222', '111222', '2765', '345-678', '345 678', '345678', '2345', '444'];
const taiwanLeaks = (text: string) =>
  [...TAIWAN_RAW, '9123 4567', '91234567'].filter((raw) => text.includes(raw));

describe('a Taiwanese team’s phones (地区 台湾)', () => {
  it('are masked as Taiwan writes them in the robot, the e-mail, the sidebar and the 超时投诉 report', () => {
    vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
    const wb = installFake(toFake(taiwanWorkbook()));
    menuCheckComplaints();
    const robot = wb.fetched.map((f) => f.payload).join('\n');
    const mail = wb.mails.map((m) => `${m.subject}\n${m.body}`).join('\n');
    const report = wb.sheet('超时投诉').snapshotValues().flat().map(String).join('\n');
    const sidebar = JSON.stringify(sidebarOverview());
    for (const text of [robot, report]) {
      expect(text).toContain('林 0912-***-222');
      expect(text).toContain('0912-***-678');
      expect(text).toContain('陈02-****-4321');
      expect(text).toContain('02-****-6789');
    }
    for (const text of [robot, mail, report, sidebar]) expect(taiwanLeaks(text)).toEqual([]);
    expect(mail.length).toBeGreaterThan(0);
  });

  it('are masked in the command line’s text and JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kefu-privacy-')), 'taiwan-phones.xlsx');
    await toXlsx(taiwanWorkbook(), file);
    for (const command of ['complaints', 'callbacks', 'validate']) {
      for (const json of [[], ['--json']]) {
        let out = '';
        await main([command, file, '--now', '2026-10-12T10:00', ...json], {
          out: (t) => (out += t),
          err: (t) => (out += t),
        });
        expect(taiwanLeaks(out), `${command} ${json.join(' ')}`).toEqual([]);
      }
    }
  });
});
