// What every Apps Script entry point shares: the user's language, the workbook port, and error display.

import type { TextStore } from '../app/edit/cache';
import { describeError } from '../app/present/render';
import type { KeyValueStore } from '../app/remembered';
import { intlZoneDataWorks, useOffsetProvider, usingOffsetProvider } from '../domain/calendar/time';
import { isKefuError, KefuError } from '../domain/i18n/errors';
import { isLang, type Lang, langFromLocale, message } from '../domain/i18n/messages';
import { maskPhonesInText } from '../domain/phone/phone';
import { redactSecrets } from '../domain/phone/redact';
import { SheetsWorkbook } from './adapter';
import { CACHE, PROPERTY } from './store';

/**
 * The user's language: their locale; where Apps Script does not tell it (simple triggers, some
 * accounts: an empty string), the spreadsheet's; Chinese when neither can be read (AuthMode.NONE,
 * where the spreadsheet is out of reach), the add-on's home market — never English by default.
 */
export function currentLang(): Lang {
  try {
    const user = Session.getActiveUserLocale();
    if (user) return langFromLocale(user);
  } catch {
    // No user locale here: the spreadsheet's below.
  }
  return spreadsheetLang() ?? 'zh';
}

/** The spreadsheet's language (File › Settings › Locale), or null where it cannot be read. */
function spreadsheetLang(): Lang | null {
  try {
    const locale = SpreadsheetApp.getActive()?.getSpreadsheetLocale();
    return locale ? langFromLocale(locale) : null;
  } catch {
    return null;
  }
}

/**
 * The document's language: the words the add-on writes into the team's sheets (the 状态 of its
 * deadline columns) and the highlight rules that compare with them. Fixed by the first set-up (see
 * fixDocumentLang); before it, the spreadsheet's language, so that whoever edits, every row and
 * every rule use the same words.
 */
export function documentLang(): Lang {
  try {
    const kept = PropertiesService.getDocumentProperties().getProperty(PROPERTY.documentLang);
    if (isLang(kept)) return kept;
  } catch {
    // No document properties here (AuthMode.NONE): the spreadsheet's language.
  }
  return spreadsheetLang() ?? 'zh';
}

/** Set-up fixes the document's language to its user's, once; later set-ups by others keep it. */
export function fixDocumentLang(lang: Lang): Lang {
  const properties = PropertiesService.getDocumentProperties();
  const kept = properties.getProperty(PROPERTY.documentLang);
  if (isLang(kept)) return kept;
  properties.setProperty(PROPERTY.documentLang, lang);
  return lang;
}

/**
 * A zone's offset as Apps Script's own (Java) time-zone data gives it: `Utilities.formatDate`
 * with the pattern Z ("+0800"). One service call per zone and quarter-hour (time.ts caches).
 * An unknown zone reads as GMT there, so in this mode a 时区 typo is not caught.
 */
export function utilitiesOffsetMs(instant: number, timeZone: string): number {
  const text = Utilities.formatDate(new Date(instant), timeZone, 'Z');
  const m = /^([+-])(\d{2})(\d{2})$/.exec(text);
  if (!m) throw new KefuError('internal', {}, `unexpected offset ${text} for ${timeZone}`);
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return (m[1] === '-' ? -minutes : minutes) * 60_000;
}

/**
 * Makes sure time-zone arithmetic is right on this runtime: when Intl lacks zone data (checked
 * without a service call), offsets come from Utilities instead. Returns whether they do.
 */
export function ensureZoneData(): boolean {
  if (!usingOffsetProvider() && !intlZoneDataWorks()) {
    console.error('[kefu-sheets] Intl has no time-zone data here: using Utilities.formatDate');
    useOffsetProvider(utilitiesOffsetMs);
  }
  return usingOffsetProvider();
}

/** The workbook port over the active spreadsheet. */
export function openWorkbook(): SheetsWorkbook {
  ensureZoneData();
  const spreadsheet = SpreadsheetApp.getActive();
  let locale = 'zh_CN';
  try {
    locale = Session.getActiveUserLocale() || spreadsheet.getSpreadsheetLocale();
  } catch {
    locale = spreadsheet.getSpreadsheetLocale();
  }
  return new SheetsWorkbook(spreadsheet, locale);
}

/** The secrets this execution has seen (the robot's webhook and signing secret): never logged. */
const secrets = new Set<string>();

/** Remembers secrets this execution holds, so that no log or message it writes shows them. */
export function knowSecrets(values: readonly string[]): void {
  for (const value of values) if (value.trim() !== '') secrets.add(value.trim());
}

/** A text with every webhook credential and known secret replaced (see domain/phone/redact.ts). */
export function redact(text: string): string {
  return redactSecrets(text, [...secrets]);
}

/** Logs a failure with its detail (the execution log keeps it; users see a worded message). */
export function logFailure(action: string, error: unknown): void {
  if (isKefuError(error)) {
    // A refusal the user was told about in words (busy, a bad setting): one line, no stack.
    console.warn(`[kefu-sheets] ${action} refused: ${error.code}`);
    return;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  // A message may quote a cell: its phone numbers are masked, every region's (no 地区 is known here).
  console.error(`[kefu-sheets] ${action} failed`, redact(maskPhonesInText(detail, 'ANY')));
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
        redact(describeError(error, lang)),
        SpreadsheetApp.getUi().ButtonSet.OK,
      );
    } catch {
      // No UI (a trigger run): the log above is all there is.
    }
  }
}

/** A toast in the spreadsheet (progress and results of long menu actions). */
export function toast(text: string, lang: Lang): void {
  SpreadsheetApp.getActive().toast(redact(text), message(lang, 'app.name'), 8);
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

/** The document properties as a key-value store. */
export function documentStore(): KeyValueStore {
  const properties = PropertiesService.getDocumentProperties();
  return {
    getAll: () => properties.getProperties(),
    setAll: (values) => {
      properties.setProperties(values);
    },
    remove: (name) => {
      properties.deleteProperty(name);
    },
  };
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
    throw new Error(redact(describeError(error, lang)));
  }
}

/** One key of the document cache as a text store (null where the cache is not available). */
function cacheStore(key: string, what: string): TextStore | null {
  try {
    const cache = CacheService.getDocumentCache();
    if (!cache) return null;
    // A cache that fails (a service error, a value over its limit) costs only speed: the edit
    // is still validated, from the sheets.
    return {
      get: () => {
        try {
          return cache.get(key);
        } catch (error) {
          logFailure(`reading the ${what}`, error);
          return null;
        }
      },
      put: (value: string) => {
        try {
          cache.put(key, value, 600);
        } catch (error) {
          logFailure(`keeping the ${what}`, error);
        }
      },
    };
  } catch {
    return null;
  }
}

/** The document cache as a text store for onEdit's context (null where the cache is not available). */
export function editCacheStore(): TextStore | null {
  return cacheStore(CACHE.editContext, 'edit context');
}

/** The document cache as onEdit's memory of marked rows (null where the cache is not available). */
export function editMarksStore(): TextStore | null {
  return cacheStore(CACHE.editMarks, 'memory of marked rows');
}

/**
 * Forgets onEdit's memory of marked rows: Validate all (and anything else that marks many rows)
 * has just changed them. Null-safe where the cache is unavailable.
 */
export function forgetEditMarks(): void {
  try {
    CacheService.getDocumentCache()?.remove(CACHE.editMarks);
  } catch (error) {
    logFailure('forgetting the memory of marked rows', error);
  }
}
