// What every Apps Script entry point shares: the user's language, the workbook port, and error display.

import { type ComplaintReport, overdueDigest, overdueKeys } from '../app/complaints';
import type { TextStore } from '../app/edit-cache';
import { describeError } from '../app/render';
import { KefuError } from '../domain/errors';
import { type Lang, langFromLocale, message } from '../domain/messages';
import { SheetsWorkbook } from './adapter';

/** The user's language; Chinese when the locale cannot be read (the add-on's home market). */
export function currentLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'zh';
  }
}

/** The workbook port over the active spreadsheet. */
export function openWorkbook(): SheetsWorkbook {
  const spreadsheet = SpreadsheetApp.getActive();
  let locale = 'zh_CN';
  try {
    locale = Session.getActiveUserLocale() || spreadsheet.getSpreadsheetLocale();
  } catch {
    locale = spreadsheet.getSpreadsheetLocale();
  }
  return new SheetsWorkbook(spreadsheet, locale);
}

/** Logs a failure with its detail (the execution log keeps it; users see a worded message). */
export function logFailure(action: string, error: unknown): void {
  console.error(
    `[kefu-sheets] ${action} failed`,
    error instanceof Error ? (error.stack ?? error.message) : error,
  );
}

/** Runs a trigger's work: a failure has no one to show an alert to, so it goes to the log. */
export function runTrigger(action: string, body: () => void): void {
  try {
    body();
  } catch (error) {
    logFailure(action, error);
  }
}

/**
 * Runs a menu action: failures are logged with their detail and shown to the user as a
 * zh/en message, never as a stack trace.
 */
export function runAction(action: string, body: (lang: Lang) => void): void {
  const lang = currentLang();
  try {
    body(lang);
  } catch (error) {
    logFailure(action, error);
    try {
      SpreadsheetApp.getUi().alert(
        message(lang, 'app.name'),
        describeError(error, lang),
        SpreadsheetApp.getUi().ButtonSet.OK,
      );
    } catch {
      // No UI (a trigger run): the log above is all there is.
    }
  }
}

/** A toast in the spreadsheet (progress and results of long menu actions). */
export function toast(text: string, lang: Lang): void {
  SpreadsheetApp.getActive().toast(text, message(lang, 'app.name'), 8);
}

/**
 * Runs a write under the document lock: a second run waits up to 5 s, then says the add-on is
 * busy, so two runs never interleave their writes.
 */
export function withDocumentLock<T>(body: () => T, waitMs = 5000): T {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  try {
    lock = LockService.getDocumentLock();
  } catch {
    lock = null;
  }
  if (!lock) {
    // Outside a document (null lock) there is no one to interleave with: run, and say so in the log.
    console.error('[kefu-sheets] no document lock available; running without it');
    const result = body();
    SpreadsheetApp.flush();
    return result;
  }
  if (!lock.tryLock(waitMs)) throw new KefuError('busy');
  try {
    const result = body();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

const NOTIFIED_KEY = 'kefu.notifiedOverdue';

/**
 * Sends at most one digest e-mail to 提醒邮箱 about complaints newly overdue since the last one,
 * within MailApp's daily quota. Phones are masked in it.
 */
export function sendOverdueDigest(report: ComplaintReport, lang: Lang, timeZone: string): boolean {
  const to = report.settings.reminderEmail;
  const properties = PropertiesService.getDocumentProperties();
  const before = new Set<string>(JSON.parse(properties.getProperty(NOTIFIED_KEY) ?? '[]') as string[]);
  const digest = overdueDigest(report, before, lang, timeZone, SpreadsheetApp.getActive().getUrl());
  // Keys of complaints no longer overdue drop out, so a later overdue is news again.
  const keys = overdueKeys(report);
  if (!digest || to === '') {
    properties.setProperty(
      NOTIFIED_KEY,
      JSON.stringify(to === '' ? keys : [...before].filter((k) => keys.includes(k))),
    );
    return false;
  }
  if (MailApp.getRemainingDailyQuota() < 1) {
    console.error('[kefu-sheets] digest skipped: MailApp daily quota used up');
    return false;
  }
  MailApp.sendEmail({ to, subject: digest.subject, body: digest.body });
  properties.setProperty(NOTIFIED_KEY, JSON.stringify(digest.keys));
  return true;
}

/**
 * Runs a sidebar server call: a failure reaches the sidebar as a message in the user's language
 * (google.script.run passes the Error's message to the failure handler), the detail goes to the log.
 */
export function serverCall<T>(body: (lang: Lang) => T): T {
  const lang = currentLang();
  try {
    return body(lang);
  } catch (error) {
    logFailure('sidebar call', error);
    throw new Error(describeError(error, lang));
  }
}

const EDIT_CACHE_KEY = 'kefu.editContext.v1';

/** The document cache as a text store for onEdit's context (null where the cache is not available). */
export function editCacheStore(): TextStore | null {
  try {
    const cache = CacheService.getDocumentCache();
    if (!cache) return null;
    return {
      get: () => cache.get(EDIT_CACHE_KEY),
      put: (value: string) => cache.put(EDIT_CACHE_KEY, value, 600),
    };
  } catch {
    return null;
  }
}
