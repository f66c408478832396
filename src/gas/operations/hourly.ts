// The hourly refresh: its trigger (with the instant alert's and the form's), switched on and off from
// the menu, and the weekly summary posted when due.

import { weeklyNotice } from '../../app/alerts/notify';
import { runWeekly } from '../../app/operations/weekly';
import type { ComplaintReport } from '../../app/reports/complaints';
import type { LoadedWorkbook } from '../../app/workbook';
import { lastFullWeek, weeklyDueAt } from '../../domain/calendar/isoweek';
import { dayKey } from '../../domain/calendar/time';
import { type Lang, message } from '../../domain/i18n/messages';
import type { SheetsWorkbook } from '../adapter';
import { postToRobot, sheetRowLink } from '../alerts';
import { currentLang, runTrigger, toast, withDocumentLock } from '../runtime';
import { PROPERTY } from '../store';
import {
  ALERT_HANDLER,
  FORM_HANDLER,
  HANDLERS,
  HOURLY_HANDLER,
  knownOrRetired,
  switchOff,
  switchOn,
  type TriggerSpec,
  tooManyClockTriggers,
} from '../triggers';
import { refreshComplaints } from './complaints';

/**
 * After 周报时间 each week, the summary of the last full week goes into 投诉周报 and to the group
 * robot, once. An add-on gets one time-driven trigger per document, so the hourly one does it.
 */
function postWeeklyWhenDue(
  port: SheetsWorkbook,
  workbook: LoadedWorkbook,
  report: ComplaintReport,
  lang: Lang,
  now: number,
): void {
  const { settings } = report;
  const zone = port.timeZone;
  if (now < weeklyDueAt(now, zone, settings.weeklyTime)) return;
  const week = lastFullWeek(dayKey(now, zone));
  const properties = PropertiesService.getDocumentProperties();
  if (properties.getProperty(PROPERTY.weeklyPosted) === week) return;
  // Remembered first: a failing robot is reported, never posted to every hour.
  properties.setProperty(PROPERTY.weeklyPosted, week);
  // The workbook and complaints already read for the refresh: nothing is read twice.
  const summary = withDocumentLock(() => runWeekly(port, { week, now, lang, write: true }, workbook, report));
  postToRobot(settings, weeklyNotice(summary, lang), lang, zone, sheetRowLink(), now);
}

/**
 * The hourly trigger: the same refresh, then the weekly summary when due; skipped while a menu
 * action holds the lock. Its event names the trigger: one an earlier version made, which Apps
 * Script may list for no spreadsheet, is remembered here from then on (so switching off finds it),
 * or, when switching off here could not find it, removes itself without running.
 */
export function refreshHourly(e?: GoogleAppsScript.Events.TimeDriven): void {
  runTrigger(HOURLY_HANDLER, () => {
    if (!knownOrRetired(e?.triggerUid, HOURLY_HANDLER)) return;
    const lang = currentLang();
    const { report, port, workbook } = refreshComplaints(lang);
    postWeeklyWhenDue(port, workbook, report, lang, Date.now());
  });
}

/** The hourly trigger: made once per user and document (a second is refused: see triggers.ts). */
const HOURLY_TRIGGER: TriggerSpec = {
  handler: HOURLY_HANDLER,
  create: () => ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create(),
  alreadyThere: tooManyClockTriggers,
};

/**
 * Hourly refresh on: one hourly trigger in this document, one edit trigger for the instant alert
 * and one form-submit trigger for a Google Form's new rows, never two of any, however often it is
 * chosen and however Apps Script lists clock triggers: each is remembered by its unique id (see
 * triggers.ts). Under the document lock, so two supervisors switching it on keep each other's ids.
 */
export function hourlyOnMenu(lang: Lang): void {
  const spreadsheet = SpreadsheetApp.getActive();
  withDocumentLock(() =>
    switchOn([
      HOURLY_TRIGGER,
      {
        handler: ALERT_HANDLER,
        create: () => ScriptApp.newTrigger(ALERT_HANDLER).forSpreadsheet(spreadsheet).onEdit().create(),
      },
      {
        handler: FORM_HANDLER,
        create: () => ScriptApp.newTrigger(FORM_HANDLER).forSpreadsheet(spreadsheet).onFormSubmit().create(),
      },
    ]),
  );
  toast(message(lang, 'deadlines.trigger_on'), lang);
}

/**
 * Hourly refresh off in this document, the instant alert and form rows too: this user's triggers
 * found by their remembered ids (and an earlier version's, the old way); the user's other
 * spreadsheets and other users' triggers here keep theirs.
 */
export function hourlyOffMenu(lang: Lang): void {
  withDocumentLock(() => switchOff(HANDLERS, HOURLY_TRIGGER));
  toast(message(lang, 'deadlines.trigger_off'), lang);
}
