// The group robot's secrets in Google Sheets: kept in the document properties through the
// 群机器人设置… dialog (never a cell), moved out of an earlier version's 规则设置 only once kept,
// and never shown whole: whatever a failed delivery says, the access token and signature reach
// neither the toast, the execution log, the remembered last delivery, nor 诊断.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  menuCheckComplaints,
  menuDiagnostics,
  menuRobotSettings,
  menuSetup,
  menuValidateAll,
  robotSettingsMove,
  robotSettingsRemove,
  robotSettingsSave,
} from '../../src/gas/entry';
import type { FakeHtmlOutput, FakeHttpHandler, FakeWorkbook } from '../fake/spreadsheet';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { installFake } from '../helpers/install';
import { toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const TOKEN = '7f3a9c21be4d48e0a6b5c1d2e3f40718';
const SECRET = 'SEC8d1f0c2e9b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0';
const WEBHOOK = `https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`;
const PLACE = 'oapi.dingtalk.com/robot/send';

/** The complaints workbook (Monday 2026-10-12 10:00), with 规则设置 holding `cells` if given. */
function setup(cells: [string, string][] = []): FakeWorkbook {
  vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
  const sheets = complaintsWorkbook(true);
  (sheets.find((s) => s.name === '规则设置')!.rows as unknown[][]).push(...cells);
  return installFake(toFake(sheets));
}

/** Every text the add-on left where people or logs can read it. */
function everythingShown(wb: FakeWorkbook, logs: ReturnType<typeof vi.spyOn>[]): string {
  const dialogs = wb.dialogs.map((d) => (d.content as FakeHtmlOutput).getContent());
  const properties = [...wb.documentProperties.entries()]
    .filter(([key]) => key !== 'kefu.robot.settings')
    .map(([key, value]) => `${key}=${value}`);
  const logged = logs.flatMap((spy) => spy.mock.calls.map((args: unknown[]) => args.map(String).join(' ')));
  return [
    ...wb.toasts.map((t) => t.message),
    ...wb.alerts,
    ...dialogs,
    ...properties,
    ...logged,
    ...wb.logs,
  ].join('\n');
}

function quietLogs() {
  return [
    vi.spyOn(console, 'error').mockImplementation(() => {}),
    vi.spyOn(console, 'warn').mockImplementation(() => {}),
    vi.spyOn(console, 'log').mockImplementation(() => {}),
  ];
}

describe('the robot settings dialog', () => {
  it('keeps the robot in the document properties, shows it masked, and the digest is posted to it signed', () => {
    const wb = setup();
    const before = wb.sheet('规则设置').snapshotValues();
    const state = robotSettingsSave(WEBHOOK, SECRET);
    expect(JSON.parse(wb.documentProperties.get('kefu.robot.settings') ?? '{}')).toEqual({
      url: WEBHOOK,
      secret: SECRET,
    });
    expect(wb.sheet('规则设置').snapshotValues()).toEqual(before);
    const shown = [...state.lines, state.note].join('\n');
    expect(shown).toContain(PLACE);
    expect(shown).toContain(`…${SECRET.slice(-4)}`);
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toContain(SECRET);
    menuCheckComplaints();
    expect(wb.fetched).toHaveLength(1);
    const url = new URL(wb.fetched[0]!.url);
    expect(url.searchParams.get('access_token')).toBe(TOKEN);
    expect(url.searchParams.get('sign')).not.toBeNull();
  });

  it('opens a dialog that names the host only, and whose page has no secret in it', () => {
    const wb = setup();
    robotSettingsSave(WEBHOOK, SECRET);
    menuRobotSettings();
    const page = (wb.dialogs.at(-1)!.content as FakeHtmlOutput).getContent();
    expect(page).toContain(PLACE);
    expect(page).toContain('robotSettingsSave');
    expect(page).not.toContain(TOKEN);
    expect(page).not.toContain(SECRET);
  });

  it('refuses an address that cannot be used, naming its host and not its key, and keeps nothing', () => {
    const wb = setup();
    quietLogs();
    expect(() => robotSettingsSave(`http://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`, '')).toThrow(
      /https/,
    );
    try {
      robotSettingsSave(`http://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`, '');
    } catch (error) {
      expect((error as Error).message).toContain(PLACE);
      expect((error as Error).message).not.toContain(TOKEN);
    }
    expect(wb.documentProperties.has('kefu.robot.settings')).toBe(false);
  });

  it('forgets the robot on remove: nothing is posted any more', () => {
    const wb = setup();
    robotSettingsSave(WEBHOOK, SECRET);
    robotSettingsRemove();
    expect(wb.documentProperties.has('kefu.robot.settings')).toBe(false);
    menuCheckComplaints();
    expect(wb.fetched).toEqual([]);
  });
});

describe('a robot an earlier version kept in 规则设置', () => {
  const cells: [string, string][] = [
    ['提醒群机器人', WEBHOOK],
    ['群机器人密钥', SECRET],
  ];
  const cellsOf = (wb: FakeWorkbook) =>
    wb
      .sheet('规则设置')
      .snapshotValues()
      .filter((r) => r[0] === '提醒群机器人' || r[0] === '群机器人密钥')
      .map((r) => r[1]);

  it('is still used, and set-up offers to move it: on yes it is kept, then the cells are emptied', () => {
    const wb = setup(cells);
    menuCheckComplaints();
    expect(wb.fetched).toHaveLength(1);
    wb.alertAnswers.push('YES');
    menuSetup();
    expect(wb.alerts.some((a) => a.includes('移到只有插件能读的文档属性中'))).toBe(true);
    expect(JSON.parse(wb.documentProperties.get('kefu.robot.settings') ?? '{}')).toEqual({
      url: WEBHOOK,
      secret: SECRET,
    });
    expect(cellsOf(wb)).toEqual(['', '']);
    expect(wb.toasts.some((t) => t.message.includes('已移到文档属性'))).toBe(true);
  });

  it('stays where it is when the supervisor says no', () => {
    const wb = setup(cells);
    menuSetup();
    expect(wb.documentProperties.has('kefu.robot.settings')).toBe(false);
    expect(cellsOf(wb)).toEqual([WEBHOOK, SECRET]);
  });

  it('is named by 诊断, which offers the move; the move keeps it before it empties the cells', () => {
    const wb = setup(cells);
    menuDiagnostics();
    const page = (wb.dialogs.at(-1)!.content as FakeHtmlOutput).getContent();
    expect(page).toContain('「规则设置」里还保存着群机器人的地址或密钥');
    expect(page).toContain('robotSettingsMove()');
    expect(page).not.toContain(TOKEN);
    expect(page).not.toContain(SECRET);
    const state = robotSettingsMove();
    expect(state.note).toContain('已移到文档属性');
    expect(state.inCells).toBeNull();
    expect(cellsOf(wb)).toEqual(['', '']);
    menuCheckComplaints();
    expect(new URL(wb.fetched.at(-1)!.url).searchParams.get('access_token')).toBe(TOKEN);
    menuDiagnostics();
    expect((wb.dialogs.at(-1)!.content as FakeHtmlOutput).getContent()).not.toContain('move');
  });

  it('leaves the cells alone when the document properties cannot keep it', () => {
    const wb = setup(cells);
    quietLogs();
    const properties = PropertiesService.getDocumentProperties();
    vi.spyOn(properties.constructor.prototype, 'setProperty').mockImplementation(() => {
      throw new Error('You have exceeded the property storage quota.');
    });
    expect(() => robotSettingsMove()).toThrow();
    expect(cellsOf(wb)).toEqual([WEBHOOK, SECRET]);
  });

  it('quotes a bad webhook in 校验报告 by its host only', () => {
    const wb = setup([['提醒群机器人', `http://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`]]);
    menuValidateAll();
    const rows = wb.sheet('校验报告').snapshotValues();
    const row = rows.find((r) => r[0] === '规则设置' && String(r[6]).includes('提醒群机器人'));
    expect(String(row?.[6])).toContain(PLACE);
    expect(rows.flat().join('\n')).not.toContain(TOKEN);
  });
});

describe('a failed delivery never shows the secrets', () => {
  const SIGNED = /sign=([^&\s]+)/;
  const cases: [string, FakeHttpHandler, RegExp][] = [
    [
      'an HTTP error whose page quotes the address',
      (request) => ({ status: 404, body: `no robot at ${request.url}` }),
      /HTTP 404/,
    ],
    [
      'a platform refusal that echoes the token',
      () => ({ status: 200, body: `{"errcode":310000,"errmsg":"sign not match, access_token=${TOKEN}"}` }),
      /310000/,
    ],
    [
      'a network error naming the address with an upper-case host and :443',
      (request) => {
        throw new Error(
          `Exception: Address unavailable: ${request.url.replace('https://oapi.dingtalk.com', 'https://OAPI.DingTalk.com:443')}`,
        );
      },
      /Address unavailable/,
    ],
    [
      'a redirect to another host',
      () => ({ status: 302, body: '', location: `https://robot.example.net/steal?access_token=${TOKEN}` }),
      /HTTP 302/,
    ],
  ];

  it.each(cases)('%s', (_, handler, said) => {
    const wb = setup();
    robotSettingsSave(WEBHOOK, SECRET);
    const logs = quietLogs();
    wb.httpHandler = handler;
    menuCheckComplaints();
    // Not followed anywhere: one request, to the robot.
    expect(wb.fetched).toHaveLength(1);
    const signature = SIGNED.exec(wb.fetched[0]!.url)?.[1] ?? 'none';
    menuDiagnostics();
    const shown = everythingShown(wb, logs);
    expect(shown).toMatch(said);
    expect(shown).toContain(PLACE);
    for (const secret of [TOKEN, SECRET, signature, decodeURIComponent(signature)]) {
      expect(shown).not.toContain(secret);
    }
  });
});
