import { describe, expect, it } from 'vitest';
import { redactSecrets, secretTail, webhookPlace } from '../../src/domain/phone/redact';

const DING = 'https://oapi.dingtalk.com/robot/send?access_token=6a1f0c9e8b7d4e2aa1b2c3d4e5f60718';
const WECOM = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const FEISHU = 'https://open.feishu.cn/open-apis/bot/v2/hook/2f4d8c3a-1b2c-4d5e-9f80-7a6b5c4d3e21';
const SECRET = 'SEC8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4';

describe('redactSecrets', () => {
  it.each([
    [
      'a DingTalk URL',
      `HTTP 404 for ${DING}`,
      'HTTP 404 for https://oapi.dingtalk.com/robot/send?access_token=***',
    ],
    [
      'an upper-case host with :443 and a signature',
      `failed: HTTPS://OAPI.DingTalk.com:443/robot/send?access_token=abcdef123456&timestamp=1&sign=Zm9v%2Bbar%3D`,
      'failed: https://oapi.dingtalk.com/robot/send?access_token=***&timestamp=***&sign=***',
    ],
    ['a WeCom key', WECOM, 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***'],
    ['a Feishu token in the path', `${FEISHU} 超时`, 'https://open.feishu.cn/open-apis/bot/v2/hook/*** 超时'],
    [
      'a network error naming the URL',
      `request to ${WECOM} failed, reason: getaddrinfo ENOTFOUND qyapi.weixin.qq.com`,
      'request to https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=*** failed, reason: getaddrinfo ENOTFOUND qyapi.weixin.qq.com',
    ],
    [
      'a query quoted without its URL',
      'bad request: access_token=abc123def&sign=xyz',
      'bad request: access_token=***&sign=***',
    ],
    ['credentials in the authority', 'https://user:pw@Example.com/x?y=1', 'https://example.com/x?y=***'],
    ['a text without secrets', '310000 sign not match，请检查密钥', '310000 sign not match，请检查密钥'],
  ])('hides %s', (_, text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it('replaces a known secret wherever it appears, as written or URL-encoded', () => {
    const encoded = encodeURIComponent(`${SECRET}+/=`);
    expect(redactSecrets(`secret ${SECRET} was refused`, [SECRET])).toBe('secret *** was refused');
    expect(redactSecrets(`x=${encoded}`, [`${SECRET}+/=`])).toBe('x=***');
    // No secret leaves a trace of itself in any form.
    expect(redactSecrets(`${DING}&sign=${encoded}`, [SECRET])).not.toContain(SECRET.slice(3, 20));
  });
});

describe('webhookPlace', () => {
  it('shows the host and path only', () => {
    expect(webhookPlace(DING)).toBe('oapi.dingtalk.com/robot/send');
    expect(webhookPlace(FEISHU)).toBe('open.feishu.cn/open-apis/bot/v2/hook/***');
    expect(webhookPlace('https://QYAPI.weixin.qq.com:443/cgi-bin/webhook/send?key=1')).toBe(
      'qyapi.weixin.qq.com/cgi-bin/webhook/send',
    );
  });

  it('shows a secret by its last four characters only', () => {
    expect(secretTail(SECRET)).toBe('…e5f4');
    expect(secretTail('short')).toBe('…');
  });
});
