// Alerts from Google Sheets: the overdue digest by e-mail and to the group robot, the instant alert
// for a new major complaint, the weekly summary, the test message. What was notified is remembered
// in the document properties (short keys, bounded) before anything is sent.

import {
  type AlertSheets,
  alertSheetsOf,
  decodeAlertSheets,
  encodeAlertSheets,
  type WorkbookSeen,
} from '../app/alerts/alert-sheets';
import {
  digestNotice,
  listedNotice,
  MAIL_TEXT_BYTES,
  majorKey,
  majorNotice,
  type Notice,
  noticeMarkdown,
  noticeText,
  type RowLink,
  urgentKeys,
} from '../app/alerts/notify';
import { decodeEditCache } from '../app/edit/cache';
import { readKeySet, writeKeySet } from '../app/remembered';
import type { ComplaintReport, ComplaintRow } from '../app/reports/complaints';
import type { LoadedWorkbook } from '../app/workbook';
import {
  ROBOT_TEXT_BYTES,
  type RobotKind,
  robotAnswer,
  robotKind,
  robotRequest,
  webhookProblem,
} from '../domain/alerts/robots';
import { isKefuError } from '../domain/i18n/errors';
import { type Lang, message } from '../domain/i18n/messages';
import type { Settings } from '../domain/params/table';
import { webhookPlace } from '../domain/phone/redact';
import { shortHash } from '../domain/text';
import { documentStore, editCacheStore, knowSecrets, logFailure, redact, withDocumentLock } from './runtime';
import { PROPERTY } from './store';

/**
 * How long the instant alert waits for the document lock to update the alerted list (an onEdit
 * writing its marks, another supervisor's trigger for the same edit); past it the run is skipped
 * and the hourly refresh lists the complaint in its digest.
 */
const ALERT_LOCK_MS = 3000;

/** What happened to a message for the group robot. */
export interface RobotDelivery {
  readonly kind: RobotKind | null;
  readonly ok: boolean;
  /** The platform's own words when it refused (or the error that stopped the request). */
  readonly reason: string;
  /** When it was tried (epoch ms). */
  readonly at: number;
}

/** HMAC-SHA256 in Base64, as the robots' signatures need, by Apps Script's Utilities. */
function sheetsSigner(key: string, text: string): string {
  return Utilities.base64Encode(Utilities.computeHmacSha256Signature(text, key, Utilities.Charset.UTF_8));
}

/** Links to rows of this spreadsheet (`…/edit#gid=…&range=A5`), sheet ids read once each. */
export function sheetRowLink(): RowLink {
  const spreadsheet = SpreadsheetApp.getActive();
  const url = spreadsheet.getUrl();
  const ids = new Map<string, number | null>();
  return (sheet, row) => {
    if (!ids.has(sheet)) ids.set(sheet, spreadsheet.getSheetByName(sheet)?.getSheetId() ?? null);
    const id = ids.get(sheet);
    return id === null || id === undefined ? null : `${url}#gid=${id}&range=A${row}`;
  };
}

/** The platform's name for people. */
export function platformName(kind: RobotKind | null, lang: Lang): string {
  return kind ? message(lang, `robot.${kind}`) : '?';
}

function rememberDelivery(delivery: RobotDelivery): void {
  try {
    PropertiesService.getDocumentProperties().setProperty(PROPERTY.lastDelivery, JSON.stringify(delivery));
  } catch (error) {
    logFailure('remembering the robot delivery', error);
  }
}

/** The last delivery to the group robot, if any. */
export function lastDelivery(): RobotDelivery | null {
  try {
    const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY.lastDelivery);
    if (!text) return null;
    // An earlier version kept the platform's words as they came: redacted when read, too.
    const delivery = JSON.parse(text) as RobotDelivery;
    return { ...delivery, reason: redact(String(delivery.reason ?? '')) };
  } catch {
    return null;
  }
}

/**
 * Posts a notice to the group robot of 提醒群机器人 (null when none is set). The platform's answer
 * is read: a refusal, an HTTP error or a failed request is a failed delivery with its reason,
 * remembered for 诊断 and logged, never silently dropped.
 */
export function postToRobot(
  settings: Settings,
  notice: Notice,
  lang: Lang,
  timeZone: string,
  link: RowLink,
  now: number,
): RobotDelivery | null {
  const url = settings.robotWebhook;
  if (url === '') return null;
  knowSecrets([url, settings.robotSecret]);
  const kind = robotKind(url);
  const problem = webhookProblem(url);
  let delivery: RobotDelivery;
  if (problem) {
    const reason = message(lang, `robot.webhook_${problem}`, { value: webhookPlace(url) });
    delivery = { kind, ok: false, reason, at: now };
  } else if (!kind) {
    delivery = { kind: null, ok: false, reason: message(lang, 'robot.unknown_platform'), at: now };
  } else {
    const text = noticeMarkdown(notice, lang, timeZone, link, ROBOT_TEXT_BYTES[kind]);
    const request = robotRequest(kind, url, settings.robotSecret, notice.title, text, now, sheetsSigner);
    try {
      // A redirect is never followed: the message would go (signed) to a host nobody chose.
      const response = UrlFetchApp.fetch(request.url, {
        method: 'post',
        contentType: 'application/json; charset=utf-8',
        payload: JSON.stringify(request.body),
        muteHttpExceptions: true,
        followRedirects: false,
      });
      const status = response.getResponseCode();
      const answer =
        status >= 300 && status < 400
          ? { ok: false as const, reason: message(lang, 'robot.redirected', { status }) }
          : robotAnswer(status, response.getContentText());
      delivery = { kind, ok: answer.ok, reason: answer.ok ? '' : answer.reason, at: now };
    } catch (error) {
      delivery = { kind, ok: false, reason: error instanceof Error ? error.message : String(error), at: now };
    }
  }
  // The platform's words or the network error may quote the URL: its token and signature never leave.
  delivery = { ...delivery, reason: redact(delivery.reason) };
  if (!delivery.ok) console.error(`[kefu-sheets] robot delivery failed: ${delivery.reason}`);
  rememberDelivery(delivery);
  return delivery;
}

/** Sends a notice by e-mail to 提醒邮箱, within the day's quota; false when it was not sent. */
export function mailNotice(
  settings: Settings,
  notice: Notice,
  lang: Lang,
  timeZone: string,
  link: RowLink,
): boolean {
  const to = settings.reminderEmail;
  if (to === '') return false;
  try {
    if (MailApp.getRemainingDailyQuota() < 1) {
      console.error('[kefu-sheets] e-mail skipped: MailApp daily quota used up');
      return false;
    }
    MailApp.sendEmail({ to, subject: notice.title, body: noticeText(notice, lang, timeZone, link) });
    return true;
  } catch (error) {
    logFailure('sending the e-mail', error);
    return false;
  }
}

/**
 * The most notified complaints remembered: about 320 KB of the 500 KB the document properties hold
 * (a key is at most 7 characters and a comma), leaving room for the rest of the add-on's memory.
 */
const MAX_NOTIFIED = 40_000;

/** A digest decided under the document lock: what to say, once what it is about is remembered. */
export interface DigestPlan {
  readonly notice: Notice | null;
  readonly settings: Settings;
  readonly timeZone: string;
  readonly now: number;
  /** The row links the listing was fitted with (null when nothing is sent). */
  readonly link: RowLink | null;
}

/**
 * Decides the digest: the complaints overdue or due soon that no earlier digest named in their
 * present state. The keys of all complaints urgent now are remembered first (short, bounded, split
 * under the 9 KB a property holds); when they cannot be, nothing is sent, so a failure never sends
 * the same digest every hour.
 */
export function planDigest(report: ComplaintReport, lang: Lang, now: number, timeZone: string): DigestPlan {
  const quiet = { notice: null, settings: report.settings, timeZone, now, link: null };
  if (report.settings.reminderEmail === '' && report.settings.robotWebhook === '') return quiet;
  let before = new Set<string>();
  try {
    const store = documentStore();
    const all = store.getAll();
    before = readKeySet(all, PROPERTY.notified);
    // The earlier memory held the keys unhashed: hashed, they are the same keys.
    const legacy = all[PROPERTY.legacyNotified];
    if (legacy) for (const key of JSON.parse(legacy) as string[]) before.add(shortHash(key));
    const found = digestNotice(report, before, lang, now, timeZone);
    let notice: Notice | null = null;
    let link: RowLink | null = null;
    if (found) {
      // Fitted to the tightest medium it goes to, with the links it will carry.
      const { settings } = report;
      const kind = robotKind(settings.robotWebhook);
      const media = {
        ...(kind ? { markdownBytes: ROBOT_TEXT_BYTES[kind] } : {}),
        ...(settings.reminderEmail !== '' ? { textBytes: MAIL_TEXT_BYTES } : {}),
      };
      link = sheetRowLink();
      notice = listedNotice(found, media, lang, timeZone, link);
    }
    // Remembered: what earlier digests named and this one lists, among the complaints still
    // urgent (one that recovers and falls due again is news again; one left unlisted stays news).
    // Beyond what the store holds, the ones just listed first, then those whose deadline is latest.
    const listed = new Set(notice?.items.map((i) => i.key) ?? []);
    const earlier = urgentKeys(report, now).filter((k) => before.has(k) && !listed.has(k));
    writeKeySet(store, PROPERTY.notified, [...listed, ...earlier].slice(0, MAX_NOTIFIED));
    if (legacy) store.remove(PROPERTY.legacyNotified);
    return { ...quiet, notice, link };
  } catch (error) {
    logFailure('remembering the notified complaints', error);
    return quiet;
  }
}

/** What a digest did: mailed or not, and the robot's answer. */
export interface DigestOutcome {
  readonly count: number;
  readonly mailed: boolean;
  readonly robot: RobotDelivery | null;
}

/** Sends a planned digest by e-mail and to the robot (outside the document lock: it may be slow). */
export function deliverDigest(plan: DigestPlan, lang: Lang): DigestOutcome {
  const { notice, settings, timeZone, now } = plan;
  if (!notice) return { count: 0, mailed: false, robot: null };
  const link = plan.link ?? sheetRowLink();
  return {
    count: notice.items.length,
    mailed: mailNotice(settings, notice, lang, timeZone, link),
    robot: postToRobot(settings, notice, lang, timeZone, link, now),
  };
}

/** The toast for a robot delivery: what was posted, or the platform's refusal. */
export function deliveryText(delivery: RobotDelivery, count: number, lang: Lang): string {
  const platform = platformName(delivery.kind, lang);
  return delivery.ok
    ? message(lang, 'robot.sent', { platform, count })
    : message(lang, 'robot.failed', { platform, reason: delivery.reason });
}

/**
 * The instant alert: the major complaints among `rows` (just edited) that are open and not yet
 * alerted, posted at once to the robot and by e-mail; each is alerted once. Returns how many.
 */
export function alertMajor(
  rows: readonly ComplaintRow[],
  settings: Settings,
  lang: Lang,
  now: number,
  timeZone: string,
): number {
  if (settings.robotWebhook === '' && settings.reminderEmail === '') return 0;
  const open = rows.filter(
    (r) => r.complaint.level === '重大' && r.complaint.solution === null && r.complaint.status === null,
  );
  if (open.length === 0) return 0;
  let fresh: ComplaintRow[];
  try {
    // Read and written under the document lock: two supervisors' triggers run for the same edit,
    // and only the one that remembers a complaint first alerts it.
    fresh = withDocumentLock(() => {
      const store = documentStore();
      const alerted = readKeySet(store.getAll(), PROPERTY.alerted);
      const news = open.filter((r) => !alerted.has(majorKey(r)));
      // Remembered before sending: an alert is never sent twice, even when a later step fails. The
      // newest 2,000 are kept (about 16 KB): a complaint that old is long past its 2 hours.
      if (news.length > 0)
        writeKeySet(store, PROPERTY.alerted, [...alerted, ...news.map(majorKey)].slice(-2_000));
      return news;
    }, ALERT_LOCK_MS);
  } catch (error) {
    if (!isKefuError(error) || error.code !== 'busy') throw error;
    // Never a second post: skipped, the hourly refresh lists the complaint (due soon) in its digest.
    console.warn(
      '[kefu-sheets] instant alert skipped: the document lock is busy; the hourly refresh catches up',
    );
    return 0;
  }
  if (fresh.length === 0) return 0;
  const notice = majorNotice(fresh, lang, settings.replyHoursMajor, settings.region);
  const link = sheetRowLink();
  mailNotice(settings, notice, lang, timeZone, link);
  postToRobot(settings, notice, lang, timeZone, link, now);
  return fresh.length;
}

/** What the instant alert remembers (null: nothing yet), with its text as kept. */
export interface KeptAlertSheets {
  readonly memory: AlertSheets | null;
  readonly text: string | null;
}

/** The instant alert's memory of the workbook's sheets: one document property (two calls). */
export function readAlertSheets(): KeptAlertSheets {
  try {
    const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY.alertSheets);
    return { memory: decodeAlertSheets(text), text };
  } catch (error) {
    logFailure('reading the alert’s sheets', error);
    return { memory: null, text: null };
  }
}

/** Keeps the memory when it changed (null, or too large for a property: forgotten, every edit goes the full way). */
function keepAlertSheets(next: AlertSheets | null, before: KeptAlertSheets): void {
  const text = next ? encodeAlertSheets(next) : null;
  if (text === before.text) return;
  try {
    const properties = PropertiesService.getDocumentProperties();
    if (text === null) properties.deleteProperty(PROPERTY.alertSheets);
    else properties.setProperty(PROPERTY.alertSheets, text);
  } catch (error) {
    logFailure('keeping the alert’s sheets', error);
  }
}

/**
 * After the instant alert went the full way: its memory from the edit context cached by that read
 * (every sheet's layout, the unrecognised and the add-on's own), and the edited complaints sheet's
 * last row (one call). Without a cached context, nothing is learnt.
 */
export function rememberSheetsFromEdit(
  before: KeptAlertSheets,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  sheetName: string,
  now: number,
): void {
  const cache = decodeEditCache(editCacheStore()?.get() ?? null, now);
  if (!cache) return;
  const layouts = Object.values(cache.layouts);
  const complaints = layouts.some((l) => l.sheet === sheetName && l.kind === 'complaints');
  const seen: WorkbookSeen = {
    layouts,
    unrecognised: cache.unrecognised,
    own: cache.own,
    lastRows: complaints ? { [sheetName]: sheet.getLastRow() } : {},
  };
  keepAlertSheets(alertSheetsOf(seen, before.memory), before);
}

/**
 * After a full read of the workbook (the hourly refresh): the complaints sheets with their last
 * rows, the other team sheets; the add-on's own sheets, which that read leaves out, as remembered.
 */
export function rememberSheetsFromWorkbook(workbook: LoadedWorkbook): void {
  const before = readAlertSheets();
  const lastRows: Record<string, number> = {};
  for (const sheet of workbook.sheets) {
    if (sheet.layout.kind === 'complaints') lastRows[sheet.layout.sheet] = sheet.grid.lastRow;
  }
  const seen: WorkbookSeen = {
    layouts: workbook.sheets.map((s) => s.layout),
    unrecognised: workbook.unrecognised.map((u) => u.sheet),
    own: [],
    lastRows,
  };
  keepAlertSheets(alertSheetsOf(seen, before.memory, true), before);
}
