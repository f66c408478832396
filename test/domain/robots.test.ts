import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  fitItems,
  parseRobotKind,
  robotAnswer,
  robotKind,
  robotRequest,
  webhookProblem,
} from '../../src/domain/alerts/robots';
import { parseWeeklyTime } from '../../src/domain/params/readers';
import { utf8Bytes } from '../../src/domain/text';

/** HMAC-SHA256 in Base64, computed here independently of the add-on's code. */
const hmac = (key: string, message: string) => createHmac('sha256', key).update(message).digest('base64');

const NOW = Date.parse('2026-11-05T10:00:00+08:00');

describe('group robots', () => {
  it('tells the platform by the host, and reads a kind given in words', () => {
    expect(robotKind('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc')).toBe('wecom');
    expect(robotKind('https://oapi.dingtalk.com/robot/send?access_token=abc')).toBe('dingtalk');
    expect(robotKind('https://open.feishu.cn/open-apis/bot/v2/hook/abc')).toBe('feishu');
    expect(robotKind('https://open.larksuite.com/open-apis/bot/v2/hook/abc')).toBe('feishu');
    expect(robotKind('https://robot.example.com/hook')).toBeNull();
    expect(['钉钉', 'WeCom', 'lark', 'wat', '釘釘', '企業微信', '飛書'].map(parseRobotKind)).toEqual([
      'dingtalk',
      'wecom',
      'feishu',
      null,
      'dingtalk',
      'wecom',
      'feishu',
    ]);
  });

  it('takes https webhooks, and plain http only to this computer', () => {
    expect(webhookProblem('https://oapi.dingtalk.com/robot/send?access_token=x')).toBeNull();
    expect(webhookProblem('http://127.0.0.1:8080/robot')).toBeNull();
    expect(webhookProblem('http://localhost/robot')).toBeNull();
    expect(webhookProblem('http://oapi.dingtalk.com/robot/send')).toBe('not_https');
    expect(webhookProblem('oapi.dingtalk.com/robot')).toBe('not_url');
    expect(webhookProblem('https://a b')).toBe('not_url');
  });

  it('signs DingTalk in the query: timestamp in ms, sign = URL-encoded Base64(HMAC(secret, timestamp\\nsecret))', () => {
    const secret = 'SEC0123456789abcdef';
    const request = robotRequest(
      'dingtalk',
      'https://oapi.dingtalk.com/robot/send?access_token=tok',
      secret,
      '标题',
      '**内容**',
      NOW,
      hmac,
    );
    const url = new URL(request.url);
    expect(url.searchParams.get('access_token')).toBe('tok');
    expect(url.searchParams.get('timestamp')).toBe(String(NOW));
    expect(url.searchParams.get('sign')).toBe(hmac(secret, `${NOW}\n${secret}`));
    expect(request.url).toContain(`sign=${encodeURIComponent(hmac(secret, `${NOW}\n${secret}`))}`);
    expect(request.body).toEqual({ msgtype: 'markdown', markdown: { title: '标题', text: '**内容**' } });
  });

  it('signs Feishu in the body: timestamp in seconds, sign = Base64(HMAC(timestamp\\nsecret, ""))', () => {
    const secret = 'feishu-secret';
    const request = robotRequest(
      'feishu',
      'https://open.feishu.cn/open-apis/bot/v2/hook/x',
      secret,
      'T',
      'md',
      NOW,
      hmac,
    );
    const seconds = String(Math.floor(NOW / 1000));
    expect(request.body).toMatchObject({
      timestamp: seconds,
      sign: hmac(`${seconds}\n${secret}`, ''),
      msg_type: 'interactive',
    });
    expect(JSON.stringify(request.body)).toContain('"tag":"markdown","content":"md"');
  });

  it('does not sign WeCom, and sends markdown content', () => {
    const request = robotRequest(
      'wecom',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
      'ignored',
      'T',
      'md',
      NOW,
      hmac,
    );
    expect(request).toEqual({
      url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
      body: { msgtype: 'markdown', markdown: { content: 'md' } },
    });
  });

  it.each([
    [200, '{"errcode":0,"errmsg":"ok"}', { ok: true }],
    [200, '{"code":0,"msg":"success","data":{}}', { ok: true }],
    [200, '{"StatusCode":0,"StatusMessage":"success"}', { ok: true }],
    [200, '{"errcode":310000,"errmsg":"sign not match"}', { ok: false, reason: '310000 sign not match' }],
    [
      200,
      '{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}',
      { ok: false, reason: '19021 sign match fail or timestamp is not within one hour from current time' },
    ],
    [
      429,
      '{"errcode":45009,"errmsg":"api freq out of limit"}',
      { ok: false, reason: 'HTTP 429: api freq out of limit' },
    ],
    [
      502,
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
      { ok: false, reason: 'HTTP 502: 502 Bad Gateway' },
    ],
    [200, '<html>login</html>', { ok: false, reason: 'HTTP 200: login' }],
  ])('reads HTTP %i %s as the platform meant it', (status, body, expected) => {
    expect(robotAnswer(status, body)).toEqual(expected);
  });

  it('keeps a message within a byte limit and says how many complaints it left out', () => {
    const items = Array.from(
      { length: 300 },
      (_, i) => `- KS-${i}｜普通｜答复超时｜截止 2026-11-05 10:00（已超 3 小时）`,
    );
    const { lines } = fitItems(['**标题**'], items, [], (n) => `……另有 ${n} 件未列出`, 4096);
    expect(utf8Bytes(lines.join('\n'))).toBeLessThanOrEqual(4096);
    const kept = lines.filter((l) => l.startsWith('- KS-')).length;
    expect(kept).toBeGreaterThan(20);
    expect(lines.at(-1)).toBe(`……另有 ${300 - kept} 件未列出`);
    expect(fitItems(['a'], ['b'], [], () => 'more', 100).lines).toEqual(['a', 'b']);
  });
});

describe('周报时间', () => {
  it.each([
    ['周一 09:00', { weekday: 1, minutes: 540 }],
    ['星期五 17:30', { weekday: 5, minutes: 1050 }],
    ['每周日 8点', { weekday: 7, minutes: 480 }],
    ['Mon 9:00', { weekday: 1, minutes: 540 }],
    ['周八 09:00', null],
    ['周一 25:00', null],
  ])('reads %s', (text, expected) => {
    expect(parseWeeklyTime(text)).toEqual(expected);
  });
});
