// Posting to a group robot from the command line (complaints --notify, weekly --notify): Node's
// own fetch with a time-out, the same message and signature as in Google Sheets.

import { createHmac } from 'node:crypto';
import type { Notice } from '../app/notify';
import { noticeMarkdown } from '../app/notify';
import { KefuError } from '../domain/errors';
import { type Lang, message } from '../domain/messages';
import type { Settings } from '../domain/params';
import {
  ROBOT_TEXT_BYTES,
  type RobotKind,
  robotAnswer,
  robotKind,
  robotRequest,
  webhookProblem,
} from '../domain/robots';

/** How long a robot may take to answer (KEFU_SHEETS_WEBHOOK_TIMEOUT_MS overrides it, for tests). */
function timeoutMs(): number {
  const configured = Number(process.env.KEFU_SHEETS_WEBHOOK_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 10_000;
}

/** HMAC-SHA256 in Base64 (the robots' signatures). */
function nodeSigner(key: string, text: string): string {
  return createHmac('sha256', key).update(text).digest('base64');
}

/** The robot a run posts to: --webhook (else 提醒群机器人), its kind and secret. */
export interface RobotTarget {
  readonly url: string;
  readonly kind: RobotKind;
  readonly secret: string;
}

/**
 * The robot of the command line's options, else of 规则设置. Refused before any work when there is
 * none, when it is not https (http only to this computer), or when its platform cannot be told.
 */
export function robotTarget(
  options: {
    readonly webhook: string | null;
    readonly webhookKind: RobotKind | null;
    readonly webhookSecret: string | null;
  },
  settings: Settings,
): RobotTarget {
  const url = (options.webhook ?? settings.robotWebhook).trim();
  if (url === '') throw new KefuError('cli.no_webhook');
  const problem = webhookProblem(url);
  if (problem) throw new KefuError(`cli.webhook_${problem}`, { value: url });
  const kind = options.webhookKind ?? robotKind(url);
  if (!kind) throw new KefuError('cli.webhook_kind_unknown', { value: url });
  return { url, kind, secret: options.webhookSecret ?? settings.robotSecret };
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
    });
    return robotAnswer(response.status, await response.text());
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { ok: false, reason: message(lang, 'cli.webhook_timeout', { seconds: limit / 1000 }) };
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      reason: cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)),
    };
  }
}
