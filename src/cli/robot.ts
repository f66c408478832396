// Posting to a group robot from the command line (complaints --notify, weekly --notify): Node's
// own fetch with a time-out, the same message and signature as in Google Sheets.

import { createHmac } from 'node:crypto';
import type { Notice } from '../app/alerts/notify';
import { noticeMarkdown } from '../app/alerts/notify';
import {
  ROBOT_TEXT_BYTES,
  type RobotKind,
  robotAnswer,
  robotKind,
  robotRequest,
  webhookProblem,
} from '../domain/alerts/robots';
import { KefuError } from '../domain/i18n/errors';
import { type Lang, message } from '../domain/i18n/messages';
import type { Settings } from '../domain/params/table';
import { redactSecrets, webhookPlace, webhookSecrets } from '../domain/phone/redact';

/** How long a robot may take to answer (KEFU_SHEETS_WEBHOOK_TIMEOUT_MS overrides it, for tests). */
function timeoutMs(): number {
  const configured = Number(process.env.KEFU_SHEETS_WEBHOOK_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 10_000;
}

/** HMAC-SHA256 in Base64 (the robots' signatures). */
function nodeSigner(key: string, text: string): string {
  return createHmac('sha256', key).update(text).digest('base64');
}

/** The robot a run posts to: its address, kind and secret, and where the address came from. */
export interface RobotTarget {
  readonly url: string;
  readonly kind: RobotKind;
  readonly secret: string;
  /** The address was read from 规则设置, a cell every viewer of the file can read. */
  readonly fromCell: boolean;
}

/** The environment variables that give the robot without putting it on the command line. */
export const WEBHOOK_ENV = 'KEFU_WEBHOOK';
export const WEBHOOK_SECRET_ENV = 'KEFU_WEBHOOK_SECRET';

/** An environment variable's value, null when unset or blank. */
function fromEnv(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name]?.trim() ?? '';
  return value === '' ? null : value;
}

/**
 * The robot of the command line's options, else of the environment (KEFU_WEBHOOK,
 * KEFU_WEBHOOK_SECRET: nothing in shell history or in the process list), else of 规则设置.
 * Refused before any work when there is none, when it is not https (http only to this computer),
 * or when its platform cannot be told; the refusal names the host and path, never the key.
 */
export function robotTarget(
  options: {
    readonly webhook: string | null;
    readonly webhookKind: RobotKind | null;
    readonly webhookSecret: string | null;
  },
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env,
): RobotTarget {
  const given = options.webhook ?? fromEnv(env, WEBHOOK_ENV);
  const url = (given ?? settings.robotWebhook).trim();
  if (url === '') throw new KefuError('cli.no_webhook');
  const problem = webhookProblem(url);
  if (problem) throw new KefuError(`cli.webhook_${problem}`, { value: webhookPlace(url) });
  const kind = options.webhookKind ?? robotKind(url);
  if (!kind) throw new KefuError('cli.webhook_kind_unknown', { value: webhookPlace(url) });
  const secret = options.webhookSecret ?? fromEnv(env, WEBHOOK_SECRET_ENV) ?? settings.robotSecret;
  return { url, kind, secret, fromCell: given === null };
}

/** A text about a post with the target's credentials replaced (for stderr, JSON and logs). */
export function redactFor(target: RobotTarget, text: string): string {
  return redactSecrets(text, webhookSecrets(target.url, target.secret));
}

/** What the robot said: delivered, or refused with the platform's words (or why the request failed). */
export type Delivery = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Posts a notice to the robot. Never throws: a refusal or a failed request is a failed delivery. */
export async function postNotice(
  target: RobotTarget,
  notice: Notice,
  lang: Lang,
  timeZone: string,
  now: number,
): Promise<Delivery> {
  const text = noticeMarkdown(notice, lang, timeZone, () => null, ROBOT_TEXT_BYTES[target.kind]);
  const request = robotRequest(target.kind, target.url, target.secret, notice.title, text, now, nodeSigner);
  const limit = timeoutMs();
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(limit),
      // A robot that answers with a redirect is not the robot: the post is not followed elsewhere.
      redirect: 'manual',
    });
    if (response.status >= 300 && response.status < 400) {
      return { ok: false, reason: message(lang, 'robot.redirected', { status: response.status }) };
    }
    const answer = robotAnswer(response.status, await response.text());
    return answer.ok ? answer : { ok: false, reason: redactFor(target, answer.reason) };
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { ok: false, reason: message(lang, 'cli.webhook_timeout', { seconds: limit / 1000 }) };
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, reason: redactFor(target, reason) };
  }
}
