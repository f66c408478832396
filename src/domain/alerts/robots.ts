// Group robots of WeCom (企业微信), DingTalk (钉钉) and Feishu (飞书): which platform a webhook is,
// the message each expects, their signatures, their size limits, and what their answers mean
// (docs/domain.md, "Alerts"). Pure: the HMAC is computed by the runtime (Utilities or node:crypto).

import { toSimplified, utf8Bytes } from '../text';

export type RobotKind = 'wecom' | 'dingtalk' | 'feishu';

export const ROBOT_KINDS: readonly RobotKind[] = ['wecom', 'dingtalk', 'feishu'];

/** The hosts of each platform's robots (also the Apps Script manifest's URL allowlist). */
export const ROBOT_HOSTS: Readonly<Record<RobotKind, readonly string[]>> = {
  wecom: ['qyapi.weixin.qq.com'],
  dingtalk: ['oapi.dingtalk.com'],
  feishu: ['open.feishu.cn', 'open.larksuite.com'],
};

/**
 * The most a message's text may hold, in UTF-8 bytes: WeCom's markdown content is limited to 4096
 * bytes; DingTalk's and Feishu's bodies to 20,000 and 30,000 (a margin is kept for the envelope).
 */
export const ROBOT_TEXT_BYTES: Readonly<Record<RobotKind, number>> = {
  wecom: 4096,
  dingtalk: 18_000,
  feishu: 28_000,
};

function hostOf(url: string): string | null {
  const m = /^[a-z]+:\/\/(?:[^/?#@]*@)?(\[[0-9a-f:.]+\]|[^/?#:]+)/i.exec(url.trim());
  return m ? (m[1] as string).toLowerCase() : null;
}

/** This computer: the only place a plain-http webhook may point (a test server). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The platform of a webhook, by its host; null for another host. */
export function robotKind(url: string): RobotKind | null {
  const host = hostOf(url);
  if (!host) return null;
  return ROBOT_KINDS.find((kind) => ROBOT_HOSTS[kind].includes(host)) ?? null;
}

/** Reads `wecom`, `dingtalk`, `feishu` (also 企业微信, 钉钉, 飞书, lark; 企業微信, 釘釘, 飛書). */
export function parseRobotKind(text: string): RobotKind | null {
  const t = toSimplified(text.trim().toLowerCase());
  if (t === 'wecom' || t === '企业微信' || t === 'wechat-work' || t === 'wxwork') return 'wecom';
  if (t === 'dingtalk' || t === '钉钉' || t === 'dingding') return 'dingtalk';
  if (t === 'feishu' || t === '飞书' || t === 'lark') return 'feishu';
  return null;
}

/**
 * Why a webhook cannot be used: not a URL, or not https (plain http is allowed only to this
 * computer, 127.0.0.1 or localhost, for testing). Null when it can.
 */
export function webhookProblem(url: string): 'not_url' | 'not_https' | null {
  const text = url.trim();
  const host = hostOf(text);
  if (!host || /\s/.test(text)) return 'not_url';
  if (/^https:\/\//i.test(text)) return null;
  if (/^http:\/\//i.test(text) && LOOPBACK.has(host)) return null;
  return 'not_https';
}

/** HMAC-SHA256 of `message` with `key`, Base64: what the runtime computes for the signatures. */
export type Signer = (key: string, message: string) => string;

/** A request to post to a robot. */
export interface RobotRequest {
  readonly url: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/** The message body each platform expects for a markdown text with a title. */
function messageBody(kind: RobotKind, title: string, markdown: string): Record<string, unknown> {
  if (kind === 'wecom') return { msgtype: 'markdown', markdown: { content: markdown } };
  if (kind === 'dingtalk') return { msgtype: 'markdown', markdown: { title, text: markdown } };
  return {
    msg_type: 'interactive',
    card: {
      config: { wide_screen_mode: true },
      header: { title: { tag: 'plain_text', content: title }, template: 'red' },
      elements: [{ tag: 'markdown', content: markdown }],
    },
  };
}

/**
 * The request for a message, signed when a secret is given: DingTalk 加签 adds `timestamp` (ms)
 * and `sign` = URL-encoded Base64(HMAC-SHA256(key = secret, message = timestamp + "\n" + secret))
 * to the query; Feishu 签名校验 adds `timestamp` (seconds, a string) and `sign` =
 * Base64(HMAC-SHA256(key = timestamp + "\n" + secret, message = "")) to the body. WeCom robots
 * are not signed (their key is in the URL).
 */
export function robotRequest(
  kind: RobotKind,
  url: string,
  secret: string,
  title: string,
  markdown: string,
  now: number,
  sign: Signer,
): RobotRequest {
  const body = messageBody(kind, title, markdown);
  if (secret === '' || kind === 'wecom') return { url: url.trim(), body };
  if (kind === 'dingtalk') {
    const timestamp = String(now);
    const signature = encodeURIComponent(sign(secret, `${timestamp}\n${secret}`));
    const joiner = url.includes('?') ? '&' : '?';
    return { url: `${url.trim()}${joiner}timestamp=${timestamp}&sign=${signature}`, body };
  }
  const timestamp = String(Math.floor(now / 1000));
  return { url: url.trim(), body: { timestamp, sign: sign(`${timestamp}\n${secret}`, ''), ...body } };
}

/** What a platform's answer means: delivered, or refused with the platform's own words. */
export type RobotAnswer = { readonly ok: true } | { readonly ok: false; readonly reason: string };

function snippet(text: string): string {
  const flat = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}

/**
 * Reads a platform's answer: HTTP status other than 2xx, a body that is not JSON (an HTML error
 * page), or an error code (WeCom and DingTalk `errcode`, Feishu `code` or `StatusCode`) other
 * than 0 is a refusal, worded with what the platform said.
 */
export function robotAnswer(status: number, text: string): RobotAnswer {
  let json: Record<string, unknown> | null = null;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object') json = parsed as Record<string, unknown>;
  } catch {
    json = null;
  }
  if (status < 200 || status >= 300) {
    const said = json ? String(json.errmsg ?? json.msg ?? json.message ?? snippet(text)) : snippet(text);
    return { ok: false, reason: `HTTP ${status}${said ? `: ${said}` : ''}` };
  }
  if (!json) return { ok: false, reason: `HTTP ${status}: ${snippet(text) || '(empty answer)'}` };
  const code = json.errcode ?? json.code ?? json.StatusCode;
  if (code !== undefined && Number(code) !== 0) {
    const said = json.errmsg ?? json.msg ?? json.StatusMessage ?? '';
    return { ok: false, reason: `${String(code)} ${String(said)}`.trim() };
  }
  return { ok: true };
}

/**
 * Lines that fit a platform's limit: the head lines always, then as many item lines as fit, then
 * (when some were left out, or `omitted` were never offered) the line `more(count)` says. `kept`
 * is how many items the lines list.
 */
export function fitItems(
  head: readonly string[],
  items: readonly string[] | { readonly count: number; readonly at: (index: number) => string },
  tail: readonly string[],
  more: (count: number) => string,
  maxBytes: number,
  omitted = 0,
): { lines: string[]; kept: number } {
  // Items may be worded on demand: only those that fit are (a digest may be about thousands).
  const count = Array.isArray(items) ? items.length : (items as { count: number }).count;
  const at = Array.isArray(items)
    ? (i: number) => items[i] as string
    : (items as { at: (i: number) => string }).at;
  // Each line with its line break.
  const size = (line: string) => utf8Bytes(line) + 1;
  const fixed = [...head, ...tail].reduce((n, line) => n + size(line), 0);
  // As many items as fit the whole budget (worded only so far)…
  const worded: string[] = [];
  let total = fixed;
  for (let i = 0; i < count; i++) {
    const item = at(i);
    total += size(item);
    if (total > maxBytes + 1) break;
    worded.push(item);
  }
  if (worded.length === count && omitted === 0) return { lines: [...head, ...worded, ...tail], kept: count };
  // …else fewer, leaving room for the "N more" line.
  const budget = maxBytes + 1 - size(more(count + omitted));
  const kept: string[] = [];
  total = fixed;
  for (const item of worded) {
    if (total + size(item) > budget) break;
    total += size(item);
    kept.push(item);
  }
  return { lines: [...head, ...kept, more(count - kept.length + omitted), ...tail], kept: kept.length };
}
