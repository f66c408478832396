// Alerts from Google Sheets to the group robots, through the fake's UrlFetchApp (which keeps to
// the manifest's URL allowlist): the digest, the instant alert for a major complaint, the weekly
// summary, the test message, and every refusal shown rather than swallowed.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  alertMajorComplaints,
  menuCheckComplaints,
  menuDiagnostics,
  menuHourlyOn,
  menuTestAlert,
  menuValidateAll,
  menuWeekly,
  refreshHourly,
} from '../../src/gas/entry';
import type { Cell, FakeHtmlOutput, FakeWorkbook } from '../fake/spreadsheet';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { installFake } from '../helpers/install';
import { sh, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const DINGTALK = 'https://oapi.dingtalk.com/robot/send?access_token=tok';
const SECRET = 'SECsheets';
const hmac = (key: string, text: string) => createHmac('sha256', key).update(text).digest('base64');

/** The complaints workbook (Monday 2026-10-12 10:00) with a group robot in 规则设置. */
function setup(webhook = DINGTALK, secret = SECRET, more: [string, string][] = []): FakeWorkbook {
  vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
  const sheets = complaintsWorkbook(true);
  const params = sheets.find((s) => s.name === '规则设置')!.rows as unknown[][];
  params.push(['提醒群机器人', webhook], ['群机器人密钥', secret], ...more);
  return installFake(toFake(sheets));
}

/** Writes a row of cells from column A, as a member of the team would type them. */
function putRow(sheet: ReturnType<FakeWorkbook['sheet']>, row: number, values: Cell[]): void {
  for (const [i, value] of values.entries()) sheet.setRaw(row, i + 1, value);
}

function dingtalkText(wb: FakeWorkbook, index = 0): string {
  return (JSON.parse(wb.fetched[index]?.payload ?? '{}') as { markdown: { text: string } }).markdown.text;
}

describe('the digest to the group robot', () => {
  it('posts newly overdue and due-soon complaints to DingTalk, signed, with row links, once per state', () => {
    const wb = setup();
    menuCheckComplaints();
    expect(wb.fetched).toHaveLength(1);
    const request = wb.fetched[0]!;
    const url = new URL(request.url);
    const timestamp = url.searchParams.get('timestamp') ?? '';
    expect(timestamp).toBe(String(Date.parse(COMPLAINTS_NOW)));
    expect(url.searchParams.get('sign')).toBe(hmac(SECRET, `${timestamp}\n${SECRET}`));
    expect(request.contentType).toBe('application/json; charset=utf-8');
    const text = dingtalkText(wb);
    expect(text).toContain(
      '- C1｜普通｜答复超时｜截止 2026-10-11 13:00（已超 21 小时）｜受理人 赵一｜甲 139****0001 [客诉!A2](https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit#gid=0&range=A2)',
    );
    expect(text).not.toContain('13912340001');
    expect(wb.toasts.at(-1)?.message).toMatch(/\n已发到钉钉群：2 件投诉。$/);
    menuCheckComplaints();
    expect(wb.fetched).toHaveLength(1);
  });

  it('shows a refusal in the toast, the log and 诊断, never swallowed', () => {
    const wb = setup();
    wb.httpHandler = () => ({ status: 200, body: '{"errcode":310000,"errmsg":"sign not match"}' });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    menuCheckComplaints();
    expect(wb.toasts.at(-1)?.message).toMatch(/\n发到钉钉群失败：310000 sign not match$/);
    expect(errors).toHaveBeenCalledWith('[kefu-sheets] robot delivery failed: 310000 sign not match');
    menuDiagnostics();
    const html = (wb.dialogs.at(-1)?.content as FakeHtmlOutput | undefined)?.getContent() ?? '';
    expect(html).toContain(
      '✗ 群机器人：钉钉（已签名，oapi.dingtalk.com/robot/send）；上次发送 2026-10-12 10:00 失败：310000 sign not match',
    );
  });

  it('reports a host the manifest does not allow, and a platform it cannot tell, without fetching', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const local = setup('http://127.0.0.1:8080/robot', '');
    menuCheckComplaints();
    expect(local.toasts.at(-1)?.message).toMatch(/发到.*群失败：/);
    expect(local.fetched).toEqual([]);
    vi.unstubAllGlobals();
    const other = setup('https://robot.example.com/hook', '');
    menuCheckComplaints();
    expect(other.toasts.at(-1)?.message).toContain('无法判断群机器人是哪个平台的');
    expect(other.fetched).toEqual([]);
    expect(errors).toHaveBeenCalled();
  });

  it('names a webhook that is not https in 校验报告 and posts nothing to it', () => {
    const wb = setup('http://oapi.dingtalk.com/robot/send?access_token=tok', '');
    menuCheckComplaints();
    expect(wb.fetched).toEqual([]);
    menuValidateAll();
    const row = wb
      .sheet('校验报告')
      .snapshotValues()
      .find((r) => r[0] === '规则设置' && String(r[6]).includes('提醒群机器人'));
    expect(row?.[4]).toBe('错误');
  });

  it('posts WeCom markdown within 4096 bytes, and warns that a WeCom robot takes no secret', () => {
    const wb = setup('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', 'ignored');
    const sheet = wb.sheet('客诉');
    for (let i = 0; i < 200; i++) {
      putRow(sheet, 7 + i, [
        `KS-${i}`,
        sh(2026, 9, 1 + (i % 20), 9),
        '客户',
        `1391234${String(i).padStart(4, '0')}`,
        '普通',
        '未发货',
        '赵一',
      ]);
    }
    menuCheckComplaints();
    const body = JSON.parse(wb.fetched[0]!.payload) as { markdown: { content: string } };
    expect(Buffer.byteLength(body.markdown.content)).toBeLessThanOrEqual(4096);
    expect(body.markdown.content).toMatch(/……另有 \d+ 件未列出，请在表格中查看。$/);
    expect(JSON.stringify(wb.sheet('超时投诉').snapshotValues())).toContain('企业微信群机器人不使用签名');
  });
});

describe('the memory of what was notified', () => {
  it('still sends the digest when 80,000 complaints are overdue at once, and remembers only the ones it listed', () => {
    // 周报时间 at the week's end: only the digest is posted.
    const wb = setup(DINGTALK, SECRET, [['周报时间', '周日 23:59']]);
    // Only the clock is needed: the fake timers' Date is slow to make 80,000 complaints' worth of.
    vi.useRealTimers();
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse(COMPLAINTS_NOW));
    const sheet = wb.sheet('客诉');
    // Received over the two weeks from Monday 09-14, each day a different deadline: all overdue.
    const count = 80_000;
    for (let i = 0; i < count; i++) {
      putRow(sheet, 7 + i, [`KS-${i}`, sh(2026, 9, 14 + (i % 14), 9), '', '', '普通', '', '赵一']);
    }
    const payload = (index: number) =>
      (JSON.parse(wb.fetched[index]!.payload) as { markdown: { title: string; text: string } }).markdown;
    const named = (index: number): number => {
      const [, overdue, soon] = /新超时 (\d+) 件，即将超时 (\d+) 件/.exec(payload(index).title) ?? [];
      return Number(overdue) + Number(soon);
    };
    const listed = (index: number) => [...payload(index).text.matchAll(/\n- (KS-\d+)｜/g)].map((m) => m[1]);
    refreshHourly();
    expect(wb.fetched).toHaveLength(1);
    expect(named(0)).toBeGreaterThanOrEqual(count);
    const first = listed(0);
    expect(first.length).toBeGreaterThan(10);
    expect(payload(0).text).toContain(`另有 ${named(0) - first.length} 件未列出`);
    // Only the listed ones count as notified: the next hour names every other one, and lists new ones.
    refreshHourly();
    expect(wb.fetched).toHaveLength(2);
    expect(named(1)).toBe(named(0) - first.length);
    const second = listed(1);
    expect(second.length).toBeGreaterThan(10);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
  });
});

describe('a digest with one very long field', () => {
  it('cuts the field, lists every complaint, and names them once', () => {
    const wb = setup('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', '');
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse(COMPLAINTS_NOW));
    const sheet = wb.sheet('客诉');
    // A customer name pasted with a whole chat log (4.5 KB), a phone in it, in one of six complaints.
    const log = `赵 13955557705 ${'客户说'.repeat(500)}`;
    for (let i = 0; i < 6; i++) {
      putRow(sheet, 20 + i, [
        `L${i}`,
        sh(2026, 10, 1, 9),
        i === 2 ? log : `客户${i}`,
        '',
        '普通',
        '',
        '钱二',
      ]);
    }
    menuCheckComplaints();
    const payload = JSON.parse(wb.fetched[0]!.payload) as { markdown: { content: string } };
    const text = payload.markdown.content;
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(4096);
    for (let i = 0; i < 6; i++) expect(text).toMatch(new RegExp(`\\n- L${i}｜`));
    expect(text).not.toContain('未列出');
    expect(text).toMatch(/｜赵 139\*{4}7705 (客户说)+[客户]{0,2}… /);
    expect(text).not.toContain('13955557705');
    const before = wb.fetched.length;
    menuCheckComplaints();
    const again = wb.fetched
      .slice(before)
      .map((f) => f.payload)
      .join('');
    expect(again).not.toMatch(/- L\d｜/);
  });
});

describe('the instant alert for a major complaint', () => {
  function edit(row: number) {
    return {
      range: SpreadsheetApp.getActive().getSheetByName('客诉')!.getRange(row, 1, 1, 11),
      authMode: ScriptApp.AuthMode.FULL,
    } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
  }

  it('posts a new major complaint at once, once, and nothing for an ordinary one', () => {
    const wb = setup();
    menuHourlyOn();
    const sheet = wb.sheet('客诉');
    putRow(sheet, 7, ['C9', sh(2026, 10, 12, 9, 55), '癸', '13912340009', '重大', '起火', '赵一']);
    alertMajorComplaints(edit(7));
    expect(wb.fetched).toHaveLength(1);
    const text = dingtalkText(wb);
    expect(text).toMatch(/^\*\*【客服助手】新的重大投诉 1 件\*\*\n重大投诉须在 2 小时内答复：\n- C9｜重大｜/);
    expect(text).toContain('癸 139****0009');
    alertMajorComplaints(edit(7));
    expect(wb.fetched).toHaveLength(1);
    putRow(sheet, 8, ['C10', sh(2026, 10, 12, 9, 58), '子', '13912340010', '普通', '慢', '赵一']);
    alertMajorComplaints(edit(8));
    expect(wb.fetched).toHaveLength(1);
  });
});

describe('the weekly summary and the test message', () => {
  it('posts last week’s summary once after 周报时间, and files it in 投诉周报', () => {
    // Monday 10:00, 周报时间 Monday 09:00: 2026-W41 (Oct 5–11) is due.
    const wb = setup(DINGTALK, SECRET, [['周报时间', '周一 09:00']]);
    refreshHourly();
    const weekly = wb.fetched.map((_, i) => dingtalkText(wb, i)).filter((t) => t.includes('投诉周报'));
    expect(weekly).toHaveLength(1);
    expect(weekly[0]).toMatch(/^\*\*2026-W41 投诉周报（2026-10-05 至 2026-10-11）\*\*\n收到投诉：/);
    expect(wb.sheet('投诉周报').value(1, 1)).toBe('2026-W41 投诉周报（2026-10-05 至 2026-10-11）');
    vi.setSystemTime(new Date('2026-10-12T11:00:00+08:00'));
    refreshHourly();
    expect(wb.fetched.map((_, i) => dingtalkText(wb, i)).filter((t) => t.includes('投诉周报'))).toHaveLength(
      1,
    );
  });

  it('waits for 周报时间', () => {
    const wb = setup(DINGTALK, SECRET, [['周报时间', '周一 11:00']]);
    refreshHourly();
    expect(wb.fetched.some((r) => r.payload.includes('投诉周报'))).toBe(false);
  });

  it('asks for the week in the menu and refuses one the year does not have', () => {
    const wb = setup();
    wb.promptAnswers.push('2026-W54');
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    menuWeekly();
    expect(wb.alerts.at(-1)).toContain('周的格式应为 YYYY-Www');
    expect(warned).toHaveBeenCalledWith('[kefu-sheets] menuWeekly refused: weekly.bad_week');
    wb.promptAnswers.push('');
    menuWeekly();
    expect(wb.toasts.at(-1)?.message).toMatch(/^2026-W41 投诉周报已写入「投诉周报」/);
  });

  it('sends a test message and shows the platform’s answer', () => {
    const wb = setup();
    menuTestAlert();
    expect(wb.alerts.at(-1)).toBe(
      '客服助手\n测试消息已发到钉钉群，平台回复：成功。\noapi.dingtalk.com/robot/send',
    );
    expect(dingtalkText(wb)).toMatch(
      /^\*\*【客服助手】测试消息\*\*\n2026-10-12 10:00：「客服台账」的提醒会发到这个群。$/,
    );
    wb.httpHandler = () => ({ status: 200, body: '{"errcode":300001,"errmsg":"token is not exist"}' });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    menuTestAlert();
    expect(wb.alerts.at(-1)).toBe(
      '客服助手\n发到钉钉群失败：300001 token is not exist\noapi.dingtalk.com/robot/send',
    );
  });

  it('says where to set the robot when there is none', () => {
    vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
    const wb = installFake(toFake(complaintsWorkbook(true)));
    menuTestAlert();
    expect(wb.alerts.at(-1)).toContain('还没有设置群机器人：请用菜单“群机器人设置…”');
    expect(wb.fetched).toEqual([]);
  });
});
