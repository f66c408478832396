import type { Notice } from '../app/alerts/notify';
import { readWorkbookSettings } from '../app/context';
import { robotWarnings, type Warning, warningText } from '../app/present/warnings';
import { firstSheetOf } from '../app/workbook';
import type { RobotKind } from '../domain/alerts/robots';
import { message } from '../domain/i18n/messages';
import type { CliOptions } from './args';
import type { Io } from './io';
import type { Opened } from './open';
import { postNotice, type RobotTarget, redactFor, robotTarget } from './robot';

/**
 * The group robot of a run with --notify (refused before any work when it cannot be used), else
 * null. A robot read from a cell of 规则设置 is used, with a warning on stderr that anyone with the
 * file can read it.
 */
export function notifyTarget(
  options: CliOptions,
  opened: Opened,
  io: Io,
): (RobotTarget & { readonly paramsSheet: string }) | null {
  if (!options.notify) return null;
  const target = robotTarget(options, readWorkbookSettings(opened.workbook.sheets).settings);
  const sheet = firstSheetOf(opened.workbook.sheets, 'params')?.layout.sheet ?? '';
  const robot = { ...target, paramsSheet: sheet };
  for (const w of targetWarnings(robot)) {
    if (w.code === 'robot_in_cell') io.err(`kefu-sheets: ${warningText(w, options.lang)}\n`);
  }
  return robot;
}

/** What the command line warns about the robot it posts to. */
export function targetWarnings(target: RobotTarget & { readonly paramsSheet: string }): Warning[] {
  const inCell: Warning[] = target.fromCell
    ? [{ code: 'robot_in_cell', params: { sheet: target.paramsSheet } }]
    : [];
  return [...inCell, ...robotWarnings(target.kind, target.secret)];
}

/** A post to the robot: what to add to the JSON and the text, and the failure to end with (exit 3). */
export interface Posted {
  readonly json: { readonly kind: RobotKind; readonly complaints: number; readonly error?: string };
  readonly line: string;
  readonly failure: string | null;
}

/**
 * Posts a notice (nothing when there is none); `complaints` is how many complaints it is about.
 * Signed with the real clock: a platform refuses a signature more than an hour old, whatever --now says.
 */
export async function post(
  target: RobotTarget,
  notice: Notice | null,
  complaints: number,
  opened: Opened,
  options: CliOptions,
  weekly = false,
): Promise<Posted> {
  const { lang } = options;
  const platform = message(lang, `robot.${target.kind}`);
  if (!notice) {
    return {
      json: { kind: target.kind, complaints: 0 },
      line: message(lang, 'cli.nothing_to_notify'),
      failure: null,
    };
  }
  const delivery = await postNotice(target, notice, lang, opened.port.timeZone, Date.now());
  if (!delivery.ok) {
    const reason = redactFor(target, delivery.reason);
    const failure = message(lang, 'robot.failed', { platform, reason });
    return { json: { kind: target.kind, complaints: 0, error: reason }, line: failure, failure };
  }
  const line = weekly
    ? message(lang, 'cli.notified_weekly', { platform })
    : message(lang, 'cli.notified', { platform, count: complaints });
  return { json: { kind: target.kind, complaints }, line, failure: null };
}

/** Ends a run that posted: exit 3 with the platform's words on stderr when the post failed. */
export function afterPost(io: Io, posted: Posted | null): number {
  if (!posted?.failure) return 0;
  io.err(`kefu-sheets: ${posted.failure}\n`);
  return 3;
}
