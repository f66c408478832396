// complaints --notify and weekly against a local HTTP server standing in for WeCom, DingTalk and
// Feishu: what each receives, signatures checked by a separate computation, refusals, time-outs.
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { utf8Bytes } from '../../src/domain/text';
import { ROOT } from '../helpers/cli';
import { complaintsWorkbook } from '../helpers/complaints-workbook';
import { toXlsx } from '../helpers/workbooks';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const NOW = ['--now', '2026-11-02T10:00'];
const RAW_PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

interface Received {
  readonly url: string;
  readonly body: Record<string, unknown>;
  readonly contentType: string;
}

let server: Server;
let base = '';
/** The options that post to the test server's robot at `path`, as platform `kind`. */
const robot = (path: string, kind: string, ...more: string[]) => [
  '--notify',
  '--webhook',
  `${base}${path}`,
  '--webhook-kind',
  kind,
  ...more,
];
const received: Received[] = [];
/** How the fake platform answers the next requests (default: accepted). */
let answer: { status: number; body: string; hang?: boolean; location?: string } = {
  status: 200,
  body: '{"errcode":0,"errmsg":"ok"}',
};

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => {
      received.push({
        url: request.url ?? '',
        body: JSON.parse(text) as Record<string, unknown>,
        contentType: request.headers['content-type'] ?? '',
      });
      if (answer.hang) return;
      const location = answer.location ? { Location: answer.location } : {};
      response.writeHead(answer.status, { 'Content-Type': 'application/json', ...location }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  received.length = 0;
  answer = { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
  delete process.env.KEFU_SHEETS_WEBHOOK_TIMEOUT_MS;
  delete process.env.KEFU_WEBHOOK;
  delete process.env.KEFU_WEBHOOK_SECRET;
});

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** HMAC-SHA256 in Base64, computed independently of the add-on. */
const hmac = (key: string, text: string) => createHmac('sha256', key).update(text).digest('base64');

describe('complaints --notify', () => {
  it('posts the digest to DingTalk, signed in the query, phones masked', async () => {
    const secret = 'SECabc123';
    const result = await run([
      'complaints',
      DEMO,
      ...NOW,
      '--json',
      ...robot('/robot/send?access_token=tok', 'dingtalk', '--webhook-secret', secret),
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json.notified).toEqual({ kind: 'dingtalk', complaints: expect.any(Number) });
    expect(json.notified.complaints).toBeGreaterThan(0);
    expect(received).toHaveLength(1);
    const { url, body, contentType } = received[0]!;
    expect(contentType).toBe('application/json; charset=utf-8');
    const query = new URL(url, base).searchParams;
    const timestamp = query.get('timestamp') ?? '';
    expect(Math.abs(Number(timestamp) - Date.now())).toBeLessThan(60_000);
    expect(query.get('sign')).toBe(hmac(secret, `${timestamp}\n${secret}`));
    expect(body.msgtype).toBe('markdown');
    const markdown = body.markdown as { title: string; text: string };
    expect(markdown.title).toMatch(/^【客服助手】投诉提醒：新超时 \d+ 件，即将超时 \d+ 件$/);
    expect(markdown.text).toMatch(/^\*\*【客服助手】投诉提醒/);
    expect(markdown.text).toMatch(
      /- KS-\d+｜(普通|重大)｜(答复超时|方案超时|即将超时)｜截止 2026-\d\d-\d\d \d\d:\d\d/,
    );
    expect(markdown.text).toContain('｜受理人 ');
    expect(markdown.text).not.toMatch(RAW_PHONE);
  });

  it('signs Feishu in the body, and sends a card', async () => {
    const secret = 'feishu-secret';
    const result = await run([
      'complaints',
      DEMO,
      ...NOW,
      ...robot('/open-apis/bot/v2/hook/x', 'feishu', '--webhook-secret', secret),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/已发到飞书群：\d+ 件投诉。\n$/);
    const body = received[0]!.body;
    const timestamp = String(body.timestamp);
    expect(timestamp).toMatch(/^\d{10}$/);
    expect(body.sign).toBe(hmac(`${timestamp}\n${secret}`, ''));
    expect(body.msg_type).toBe('interactive');
  });

  it('keeps a WeCom message within 4096 bytes, counting what it leaves out, and ignores a secret with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-notify-'));
    const lines = ['投诉编号,投诉时间,客户姓名,联系电话,级别,投诉内容,受理人'];
    for (let i = 0; i < 300; i++)
      lines.push(
        `KS-${1000 + i},2026/10/${1 + (i % 20)} 09:00,客户${i},139${String(10_000_000 + i)},普通,未发货,李娜`,
      );
    const csv = join(dir, '投诉登记.csv');
    writeFileSync(csv, `${lines.join('\r\n')}\r\n`);
    const result = await run([
      'complaints',
      csv,
      ...NOW,
      '--json',
      ...robot('/cgi-bin/webhook/send?key=k', 'wecom', '--webhook-secret', 'nope'),
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.notified).toEqual({ kind: 'wecom', complaints: 300 });
    expect(json.warnings.map((w: { code: string }) => w.code)).toContain('robot_secret_ignored');
    const body = received[0]!.body as { msgtype: string; markdown: { content: string }; sign?: string };
    expect(body.msgtype).toBe('markdown');
    expect(body.sign).toBeUndefined();
    expect(received[0]!.url).toBe('/cgi-bin/webhook/send?key=k');
    const content = body.markdown.content;
    expect(utf8Bytes(content)).toBeLessThanOrEqual(4096);
    const listed = content.split('\n').filter((l) => l.startsWith('- KS-')).length;
    expect(content.split('\n').at(-1)).toBe(`……另有 ${300 - listed} 件未列出，请在表格中查看。`);
  });

  it.each([
    [
      { status: 200, body: '{"errcode":310000,"errmsg":"sign not match"}' },
      '发到钉钉群失败：310000 sign not match',
    ],
    [
      { status: 429, body: '{"errcode":45009,"errmsg":"api freq out of limit"}' },
      '发到钉钉群失败：HTTP 429: api freq out of limit',
    ],
    [
      { status: 502, body: '<html><body>502 Bad Gateway</body></html>' },
      '发到钉钉群失败：HTTP 502: 502 Bad Gateway',
    ],
  ])(
    'exits 3 with the platform’s words when it refuses (%j), the results still printed',
    async (reply, words) => {
      answer = reply;
      const result = await run([
        'complaints',
        DEMO,
        ...NOW,
        '--json',
        ...robot('/robot/send?access_token=t', 'dingtalk'),
      ]);
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(`kefu-sheets: ${words}\n`);
      const json = JSON.parse(result.stdout);
      expect(json.summary.total).toBeGreaterThan(0);
      expect(json.notified).toMatchObject({ kind: 'dingtalk', complaints: 0 });
    },
  );

  it('exits 3 when the robot does not answer in time', async () => {
    answer = { status: 200, body: '', hang: true };
    process.env.KEFU_SHEETS_WEBHOOK_TIMEOUT_MS = '300';
    const result = await run([
      'complaints',
      DEMO,
      ...NOW,
      ...robot('/robot/send?access_token=t', 'dingtalk'),
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('kefu-sheets: Posting to the DingTalk group failed: no answer within 0.3 s\n');
  });

  it.each([
    [['--webhook', 'http://robot.example.com/hook', '--webhook-kind', 'dingtalk'], 'https'],
    [['--webhook', 'https://robot.example.com/hook'], '--webhook-kind'],
    [[], 'KEFU_WEBHOOK'],
    [
      ['--webhook-kind', 'slack', '--webhook', 'https://oapi.dingtalk.com/robot/send'],
      'wecom、dingtalk 或 feishu',
    ],
  ])('refuses %j before any work: exit 2 bad_arguments', async (extra, words) => {
    const result = await run(['complaints', DEMO, ...NOW, '--json', '--notify', ...extra]);
    expect(result.code).toBe(2);
    const error = JSON.parse(result.stdout).error;
    expect(error.code).toBe('bad_arguments');
    expect(error.message).toContain(words);
    expect(received).toEqual([]);
  });

  it('is a real exit status 3 for a shell or cron', async () => {
    answer = { status: 200, body: '{"errcode":300001,"errmsg":"token is not exist"}' };
    const error = await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'bin', 'kefu-sheets.js'),
        'complaints',
        DEMO,
        ...NOW,
        ...robot('/robot/send?access_token=bad', 'dingtalk'),
      ],
      { encoding: 'utf8' },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({
      code: 3,
      stderr: 'kefu-sheets: 发到钉钉群失败：300001 token is not exist\n',
    });
  });
});

describe('weekly', () => {
  it('summarises the last full week before --now, in the contract’s JSON', async () => {
    const result = await run(['weekly', DEMO, '--now', '2026-11-02T10:00', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ week: '2026-W44', from: '2026-10-26', to: '2026-11-01' });
    expect(Object.keys(json.complaints).sort()).toEqual(
      [
        'avgReplyHours',
        'avgSolutionHours',
        'byCategory',
        'byChannel',
        'byLevel',
        'closed',
        'closedOnTime',
        'openAtEnd',
        'overdueAtEnd',
        'received',
      ].sort(),
    );
    expect(Object.keys(json.callbacks).sort()).toEqual(['done', 'due']);
    expect(Object.keys(json.satisfaction)).toEqual(['很满意', '基本满意', '不满意']);
    expect(Array.isArray(json.sheets)).toBe(true);
  });

  it('takes --week, refuses one the year does not have, and posts the summary with --notify', async () => {
    const bad = await run(['weekly', DEMO, '--week', '2026-W54', '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).error).toMatchObject({ code: 'bad_arguments' });
    const posted = await run([
      'weekly',
      DEMO,
      '--week',
      '2026-W43',
      ...robot('/robot/send?access_token=t', 'dingtalk'),
    ]);
    expect(posted.code).toBe(0);
    expect(posted.stdout).toContain('■ 2026-W43 投诉周报（2026-10-19 至 2026-10-25）');
    expect(posted.stdout).toMatch(/周报已发到钉钉群。\n$/);
    const markdown = (received[0]!.body.markdown as { text: string }).text;
    expect(markdown).toMatch(/^\*\*2026-W43 投诉周报（2026-10-19 至 2026-10-25）\*\*\n收到投诉：\d+/);
  });
});

describe("the robot's secrets on the command line", () => {
  const TOKEN = '7f3a9c21be4d48e0a6b5c1d2e3f40718';
  const SECRET = 'SEC8d1f0c2e9b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f';
  const secretsIn = (text: string) => [TOKEN, SECRET].filter((s) => text.includes(s));

  it('takes the robot from KEFU_WEBHOOK and KEFU_WEBHOOK_SECRET, with nothing on the command line', async () => {
    process.env.KEFU_WEBHOOK = `${base}/robot/send?access_token=${TOKEN}`;
    process.env.KEFU_WEBHOOK_SECRET = SECRET;
    const result = await run([
      'complaints',
      DEMO,
      ...NOW,
      '--json',
      '--notify',
      '--webhook-kind',
      'dingtalk',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(received).toHaveLength(1);
    const url = new URL(received[0]!.url, base);
    expect(url.searchParams.get('access_token')).toBe(TOKEN);
    const timestamp = url.searchParams.get('timestamp') ?? '';
    expect(url.searchParams.get('sign')).toBe(hmac(SECRET, `${timestamp}\n${SECRET}`));
  });

  it('names a refused address by its host and path, never its key', async () => {
    const result = await run([
      'complaints',
      DEMO,
      ...NOW,
      '--notify',
      '--webhook',
      `http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${TOKEN}`,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('qyapi.weixin.qq.com/cgi-bin/webhook/send');
    expect(secretsIn(result.stderr + result.stdout)).toEqual([]);
  });

  it.each([
    [
      'an HTTP error quoting the address',
      { status: 500, body: 'failed: /robot/send?access_token=' },
      /HTTP 500/,
    ],
    [
      'a refusal echoing the token',
      { status: 200, body: `{"errcode":300001,"errmsg":"token ${TOKEN} is not exist"}` },
      /300001/,
    ],
    [
      'a redirect to another host',
      { status: 302, body: '', location: `https://robot.example.net/x?access_token=${TOKEN}` },
      /302/,
    ],
  ])('%s: exit 3, no secret on stderr or in the JSON', async (_, reply, said) => {
    answer = reply.body.endsWith('access_token=') ? { ...reply, body: `${reply.body}${TOKEN}` } : reply;
    const result = await run([
      'complaints',
      DEMO,
      ...NOW,
      '--json',
      ...robot(`/robot/send?access_token=${TOKEN}`, 'dingtalk', '--webhook-secret', SECRET),
    ]);
    expect(result.code).toBe(3);
    expect(received).toHaveLength(1);
    const json = JSON.parse(result.stdout);
    expect(json.notified.error).toMatch(said);
    expect(result.stderr).toMatch(said);
    expect(secretsIn(result.stderr + result.stdout)).toEqual([]);
  });

  it('a network error names the host, not the key', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await run([
      'complaints',
      DEMO,
      ...NOW,
      '--json',
      '--notify',
      '--webhook',
      `http://127.0.0.1:${port}/robot/send?access_token=${TOKEN}`,
      '--webhook-kind',
      'dingtalk',
    ]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/ECONNREFUSED/);
    expect(secretsIn(result.stderr + result.stdout)).toEqual([]);
  });

  it('warns that a robot read from 规则设置 can be read by anyone with the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-robot-cell-'));
    const file = join(dir, 'robot-in-cell.xlsx');
    const sheets = complaintsWorkbook(true);
    (sheets.find((s) => s.name === '规则设置')!.rows as unknown[][]).push([
      '提醒群机器人',
      `${base}/robot/send?access_token=${TOKEN}`,
    ]);
    await toXlsx(sheets, file);
    const result = await run([
      'complaints',
      file,
      '--now',
      '2026-10-12T10:00',
      '--json',
      '--notify',
      '--webhook-kind',
      'dingtalk',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('KEFU_WEBHOOK');
    expect(result.stderr).toContain('规则设置');
    const json = JSON.parse(result.stdout);
    expect(json.warnings.map((w: { code: string }) => w.code)).toContain('robot_in_cell');
    expect(secretsIn(result.stderr + result.stdout)).toEqual([]);
  });
});
