// The bodies of the add-on's menu items, triggers and sidebar calls: each parses what Apps Script
// gives it, runs one operation of src/app/ and presents the result (toast, alert, sidebar JSON).

import { cellChange, type EditedBlock, editMayAlert } from '../app/alert-sheets';
import { runCallbacks } from '../app/callbacks';
import { type ComplaintReport, complaintReport, runComplaints } from '../app/complaints';
import { readWorkbookSettings } from '../app/context';
import {
  dashboardComputeScores,
  dashboardMapColumn,
  dashboardOverview,
  dashboardRecognition,
  dashboardRules,
  dashboardScores,
  dashboardSetKind,
  type OverviewJson,
  type RecognitionJson,
  type RulesJson,
  type ScoresJson,
} from '../app/dashboard';
import { diagnosticLines } from '../app/diagnostics';
import { applyEdit, readEditContext } from '../app/edit';
import { runInspect } from '../app/inspect';
import { testNotice } from '../app/notify';
import { elsewhereText, type OutputSheet } from '../app/own';
import { kindLabel } from '../app/render';
import { runScores, suggestMonth } from '../app/scores';
import { runSetup } from '../app/setup';
import { runValidation } from '../app/validate';
import { toastNotes, zonesDiffer } from '../app/warnings';
import { runWeekly, weeklyNotice } from '../app/weekly';
import { isKind, type LoadedWorkbook, loadSettingsSheets, loadWorkbook } from '../app/workbook';
import { addDays } from '../domain/callbacks';
import { KefuError } from '../domain/errors';
import { lastFullWeek, parseIsoWeek, weekdayOf } from '../domain/isoweek';
import { type Lang, type MessageKey, message, messageKeys } from '../domain/messages';
import { parseMonth } from '../domain/parse';
import { webhookPlace } from '../domain/redact';
import { regionLabel } from '../domain/region';
import { robotKind } from '../domain/robots';
import { dayKey, parseIsoMoment } from '../domain/time';
import type { SheetsWorkbook } from './adapter';
import {
  alertMajor,
  type DigestOutcome,
  deliverDigest,
  deliveryText,
  lastDelivery,
  planDigest,
  platformName,
  postToRobot,
  readAlertSheets,
  rememberSheetsFromEdit,
  rememberSheetsFromWorkbook,
  sheetRowLink,
} from './alerts';
import { SETTINGS_FUNCTIONS } from './custom';
import { diagnosticsPage, gatherFacts } from './diagnostics';
import { dialogState, type RobotDialogState, robotSettingsPage } from './robot-dialog';
import {
  clearRobot,
  moveRobotFromCells,
  robotInCells,
  robotSettingsJson,
  saveRobot,
  storedRobot,
  withStoredRobot,
} from './robot-settings';
import {
  currentLang,
  documentLang,
  editCacheStore,
  editMarksStore,
  fixDocumentLang,
  forgetEditMarks,
  logFailure,
  openWorkbook,
  redact,
  runAction,
  runTrigger,
  serverCall,
  toast,
  withDocumentLock,
} from './runtime';
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
} from './triggers';

/** A result's toast, and where its sheet went when the team owns the standard name. */
function wherever(text: string, output: OutputSheet | undefined, lang: Lang): string {
  const elsewhere = elsewhereText(output, lang);
  return elsewhere ? `${text}\n${elsewhere}` : text;
}

/**
 * What an edit and a Google Form's new row share: the rows with the edit context (cached, so a
 * sheet the add-on does not know costs a cache read, or its header rows when the cache is cold),
 * then with `validate` their marks and deadline columns under the document lock, and with `alert`
 * a new major complaint among them posted to the group at once (each once).
 */
function changedRows(
  action: string,
  range: GoogleAppsScript.Spreadsheet.Range,
  what: { readonly validate: boolean; readonly alert: boolean },
  /** Where, when the caller already asked the range (each is a call). */
  where?: { readonly sheet: string; readonly row: number; readonly numRows: number },
): void {
  const port = openWorkbook();
  const now = Date.now();
  const lang = currentLang();
  const edit = readEditContext(
    port,
    where?.sheet ?? range.getSheet().getName(),
    where?.row ?? range.getRow(),
    where?.numRows ?? range.getNumRows(),
    editCacheStore(),
    now,
  );
  if (!edit) return;
  if (what.validate) {
    try {
      // Marks are written under the document lock, so an edit never interleaves with a menu run;
      // while one holds it, the rows are left for the next check (Validate all redoes every row,
      // the hourly refresh every deadline). The alert below is sent all the same.
      const columns = { first: range.getColumn(), count: range.getNumColumns() };
      // The words of a complaint's deadline columns are the document's, whoever edits.
      const cellLang = isKind(edit.sheet, 'complaints') ? documentLang() : lang;
      const marks = editMarksStore();
      withDocumentLock(() => applyEdit(port, edit, { now, lang, cellLang, marks, columns }), 2000);
    } catch (error) {
      logFailure(action, error);
    }
  }
  if (!what.alert || !isKind(edit.sheet, 'complaints')) return;
  const report = complaintReport([...edit.settingsSheets, edit.sheet], now, port.timeZone);
  const rows = report.rows.filter((r) => r.complaint.row >= edit.first && r.complaint.row <= edit.last);
  alertMajor(rows, withStoredRobot(report.settings), lang, now, port.timeZone);
}

/** onEdit: validates the edited rows, refreshes their marks and their deadline columns. */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  // In a document where the add-on is installed but not yet used (AuthMode.NONE) nothing but
  // menus is allowed: return before any service call.
  if (!e?.range || String(e.authMode) === 'NONE') return;
  runTrigger('onEdit', () => changedRows('onEdit', e.range, { validate: true, alert: false }));
}

/**
 * Offers to give the spreadsheet the zone of 规则设置 when they keep different clocks: Sheets
 * stores times and evaluates NOW() in the spreadsheet's zone. Asked outside the document lock.
 */
function offerTimeZone(settingZone: string | null, sheetZone: string, lang: Lang): void {
  if (settingZone === null || !zonesDiffer(settingZone, sheetZone, Date.now())) return;
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    message(lang, 'setup.timezone_title'),
    message(lang, 'setup.timezone_question', { settingZone, sheetZone }),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return;
  SpreadsheetApp.getActive().setSpreadsheetTimeZone(settingZone);
  toast(message(lang, 'setup.timezone_done', { zone: settingZone }), lang);
}

/**
 * Offers to move a robot an earlier version kept in 规则设置 into the document properties: the
 * cells are blanked only once it is kept there.
 */
function offerRobotMove(lang: Lang): void {
  const found = robotInCells(loadSettingsSheets(openWorkbook(), ['params']));
  if (!found) return;
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    message(lang, 'robot.dialog_title'),
    message(lang, 'robot.move_question', { sheet: found.sheet }),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return;
  const outcome = withDocumentLock(() => moveRobotFromCells());
  if (outcome !== 'nothing')
    toast(message(lang, outcome === 'moved' ? 'robot.moved' : 'robot.cleared_cells'), lang);
}

/** 群机器人设置…: a small dialog that keeps the robot in the document properties, shown masked. */
export function robotSettings(): void {
  runAction('menuRobotSettings', (lang) => {
    const page = robotSettingsPage(dialogState(robotSettingsJson(lang), lang), lang);
    SpreadsheetApp.getUi().showModalDialog(
      HtmlService.createHtmlOutput(page).setWidth(460).setHeight(360),
      message(lang, 'robot.dialog_title'),
    );
  });
}

/** The dialog's save: a blank field keeps what is kept; the cells of an earlier version are then emptied. */
export function robotSettingsSave(url: string, secret: string): RobotDialogState {
  return serverCall((lang) =>
    withDocumentLock(() => {
      const stored = storedRobot();
      const nextUrl = String(url ?? '').trim() || stored?.url || '';
      const nextSecret = String(secret ?? '').trim() || stored?.secret || '';
      if (nextUrl === '') throw new KefuError('robot.webhook_not_url', { value: '' });
      saveRobot(nextUrl, nextSecret);
      if (robotInCells(loadSettingsSheets(openWorkbook(), ['params']))) moveRobotFromCells();
      const kind = robotKind(nextUrl);
      const saved = message(lang, 'robot.saved', {
        platform: platformName(kind, lang),
        place: webhookPlace(nextUrl),
      });
      return dialogState(robotSettingsJson(lang, saved), lang);
    }),
  );
}

/** The dialog's remove: the robot is forgotten (its cells in 规则设置, if any, are left to the team). */
export function robotSettingsRemove(): RobotDialogState {
  return serverCall((lang) => {
    clearRobot();
    return dialogState(robotSettingsJson(lang, message(lang, 'robot.removed')), lang);
  });
}

/** 诊断's and the dialog's "move from the sheet": the earlier version's cells into the document properties. */
export function robotSettingsMove(): RobotDialogState {
  return serverCall((lang) => {
    const outcome = withDocumentLock(() => moveRobotFromCells());
    const note = outcome === 'moved' ? 'robot.moved' : outcome === 'cleared' ? 'robot.cleared_cells' : null;
    return dialogState(robotSettingsJson(lang, note ? message(lang, note) : ''), lang);
  });
}

/** Set up sheets, align the time zones if the user agrees, then the complaints' own columns. */
export function setUp(): void {
  runAction('menuSetup', (lang) => {
    const port = openWorkbook();
    toast(message(lang, 'toast.working'), lang);
    const result = withDocumentLock(() => runSetup(port, lang));
    // The words written into the team's sheets are fixed to this user's language, once.
    const cellLang = fixDocumentLang(lang);
    offerTimeZone(result.settingsTimeZone, port.timeZone, lang);
    offerRobotMove(lang);
    // A fresh port: the spreadsheet's zone may have just changed.
    const fresh = openWorkbook();
    const deadlines = withDocumentLock(() =>
      runComplaints(fresh, { now: Date.now(), lang, cellLang, write: true }),
    );
    // What a protection (or a limit) kept set-up and the deadline columns from writing.
    const refused = deadlines.warnings.filter(
      (w) => w.code === 'protected_range' || w.code === 'sheet_limit',
    );
    toast(
      message(lang, 'toast.setup_done', {
        created: result.created.length,
        params: result.parametersAdded.length,
        dropdowns: result.dropdownColumns,
      }) +
        message(lang, 'toast.setup_region', { region: regionLabel(result.region, lang) }) +
        toastNotes([...result.warnings, ...refused], lang),
      lang,
    );
  });
}

/** Validate all. */
export function validateAll(): void {
  runAction('menuValidateAll', (lang) => {
    const port = openWorkbook();
    toast(message(lang, 'toast.working'), lang);
    const { summary, output, warnings } = withDocumentLock(() =>
      runValidation(port, { now: Date.now(), lang, write: true }),
    );
    // Every row's marks may have changed: onEdit's memory of them is forgotten.
    forgetEditMarks();
    const sheet = output?.sheet ?? '';
    toast(
      wherever(
        message(lang, 'toast.validated', { ...summary, rows: summary.rowsChecked, sheet }) +
          toastNotes(warnings, lang),
        output,
        lang,
      ),
      lang,
    );
  });
}

/**
 * Asks for a period (a month, a week) with a suggestion: null when cancelled, the suggestion when
 * left empty, else what `parse` reads (a refusal in words when it reads nothing).
 */
function askPeriod(
  lang: Lang,
  ask: { title: MessageKey; prompt: MessageKey; params: Record<string, string>; bad: MessageKey },
  suggested: string,
  parse: (typed: string) => string | null,
): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(
    message(lang, ask.title),
    message(lang, ask.prompt, ask.params),
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  const typed = response.getResponseText().trim();
  const period = typed === '' ? suggested : parse(typed);
  if (!period) throw new KefuError(ask.bad, { value: typed });
  return period;
}

/** Compute monthly scores: asks for the month, computes and writes it under the document lock. */
export function computeScores(): void {
  runAction('menuComputeScores', (lang) => {
    const port = openWorkbook();
    const suggested = suggestMonth(Date.now(), port.timeZone);
    const month = askPeriod(
      lang,
      {
        title: 'scores.prompt_title',
        prompt: 'scores.prompt',
        params: { month: suggested },
        bad: 'cli.bad_month',
      },
      suggested,
      (typed) => parseMonth(typed, port.timeZone) ?? null,
    );
    if (!month) return;
    toast(message(lang, 'scores.computing', { month }), lang);
    const report = withDocumentLock(() => runScores(port, { month, now: Date.now(), lang, write: true }));
    const done = message(lang, 'scores.done', {
      month,
      people: report.scores.staff.length,
      above: report.scores.team.atOrAbove100,
      below: report.scores.staff.filter((p) => p.dismissalReview).length,
      sheet: report.output?.sheet ?? '',
    });
    toast(wherever(done, report.output, lang) + toastNotes(report.warnings, lang), lang);
  });
}

/**
 * Refreshes the complaints and sends the digest (e-mail and group robot); the menu and the hourly
 * trigger share it. The digest is decided and remembered under the document lock and sent after
 * it is released (a robot may take seconds to answer).
 */
function refreshComplaints(lang: Lang): {
  report: ComplaintReport;
  outcome: DigestOutcome;
  port: SheetsWorkbook;
  workbook: LoadedWorkbook;
} {
  const port = openWorkbook();
  const now = Date.now();
  const workbook = loadWorkbook(port);
  const { report, plan } = withDocumentLock(() => {
    const ran = runComplaints(port, { now, lang, cellLang: documentLang(), write: true }, workbook);
    // The robot in force: the document properties', else an earlier version's cells.
    const report = { ...ran, settings: withStoredRobot(ran.settings) };
    return { report, plan: planDigest(report, lang, now, port.timeZone) };
  });
  // The instant alert's memory of the sheets, from this full read (its columns, its last rows).
  rememberSheetsFromWorkbook(workbook);
  return { report, outcome: deliverDigest(plan, lang), port, workbook };
}

/** Check overdue complaints: the toast says what is overdue and what the group robot answered. */
export function checkComplaints(): void {
  runAction('menuCheckComplaints', (lang) => {
    toast(message(lang, 'toast.working'), lang);
    const { report, outcome } = refreshComplaints(lang);
    const { replyOverdue, solutionOverdue, dueSoon } = report.summary;
    const counts = wherever(
      message(lang, 'deadlines.toast', {
        overdue: replyOverdue + solutionOverdue,
        soon: dueSoon,
        sheet: report.output?.sheet ?? '',
      }),
      report.output,
      lang,
    );
    const noted = counts + toastNotes(report.warnings, lang);
    toast(outcome.robot ? `${noted}\n${deliveryText(outcome.robot, outcome.count, lang)}` : noted, lang);
  });
}

/** This week's 周报时间 as an instant (the weekday and time of 规则设置, in the zone). */
function weeklyDueAt(now: number, timeZone: string, time: { weekday: number; minutes: number }): number {
  const today = dayKey(now, timeZone);
  const day = addDays(today, time.weekday - weekdayOf(today));
  return (parseIsoMoment(day, timeZone) ?? now) + time.minutes * 60_000;
}

/** The last week posted to the group (so each week is posted once). */
const WEEKLY_POSTED = 'kefu.weekly.posted';

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
  if (properties.getProperty(WEEKLY_POSTED) === week) return;
  // Remembered first: a failing robot is reported, never posted to every hour.
  properties.setProperty(WEEKLY_POSTED, week);
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

/** The edited block of an edit event, each figure asked of the range once and only when needed. */
function editedBlock(e: GoogleAppsScript.Events.SheetsOnEdit): EditedBlock {
  const range = e.range;
  const once = <T>(read: () => T): (() => T) => {
    let value: { v: T } | null = null;
    return () => {
      value ??= { v: read() };
      return value.v;
    };
  };
  const firstRow = once(() => range.getRow());
  const numRows = once(() => range.getNumRows());
  const firstColumn = once(() => range.getColumn());
  const numColumns = once(() => range.getNumColumns());
  return {
    firstRow,
    lastRow: () => firstRow() + numRows() - 1,
    firstColumn,
    lastColumn: () => firstColumn() + numColumns() - 1,
    change: () => cellChange(e.value, e.oldValue),
  };
}

/**
 * The instant alert (an installable edit trigger, switched on with the hourly refresh): when an
 * edit makes a row a major complaint with a 投诉时间, it is posted to the group at once (the
 * simple onEdit cannot fetch URLs), each complaint once. It runs on every edit of every sheet, on
 * its owner's daily trigger runtime, so it first decides from the event alone (the sheet's name,
 * the edited rows and columns, the value set or cleared) and what the last full read remembered
 * whether the edit can make a complaint new or major: most edits end there, after a few calls.
 */
export function alertMajorComplaints(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e?.range) return;
  runTrigger(ALERT_HANDLER, () => {
    const sheet = e.range.getSheet();
    const name = sheet.getName();
    const kept = readAlertSheets();
    const block = editedBlock(e);
    if (!editMayAlert(kept.memory, name, block)) return;
    const where = { sheet: name, row: block.firstRow(), numRows: block.lastRow() - block.firstRow() + 1 };
    changedRows(ALERT_HANDLER, e.range, { validate: false, alert: true }, where);
    rememberSheetsFromEdit(kept, sheet, name, Date.now());
  });
}

/**
 * A Google Form's new row (an installable form-submit trigger, switched on with the hourly
 * refresh; a submission fires neither onEdit): the row gets what an edit gets, its marks and
 * deadline columns and, when it is a major complaint, the instant alert.
 */
export function formSubmitted(e: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): void {
  if (!e?.range) return;
  runTrigger(FORM_HANDLER, () => changedRows(FORM_HANDLER, e.range, { validate: true, alert: true }));
}

/** 测试提醒: a test message to the group robot, and what the platform answered. */
export function testAlert(): void {
  runAction('menuTestAlert', (lang) => {
    const port = openWorkbook();
    const settings = withStoredRobot(readWorkbookSettings(loadSettingsSheets(port, ['params'])).settings);
    const now = Date.now();
    const notice = testNotice(lang, now, port.timeZone, SpreadsheetApp.getActive().getName());
    const delivery = postToRobot(settings, notice, lang, port.timeZone, sheetRowLink(), now);
    const ui = SpreadsheetApp.getUi();
    const place = settings.robotWebhook === '' ? '' : `\n${webhookPlace(settings.robotWebhook)}`;
    const text = !delivery
      ? message(lang, 'robot.none')
      : delivery.ok
        ? message(lang, 'robot.test_ok', { platform: platformName(delivery.kind, lang) })
        : deliveryText(delivery, 0, lang);
    ui.alert(message(lang, 'app.name'), `${text}${place}`, ui.ButtonSet.OK);
  });
}

/** 本周投诉汇总: asks for the week (default: the last full one) and writes its block in 投诉周报. */
export function weeklySummaryMenu(): void {
  runAction('menuWeekly', (lang) => {
    const port = openWorkbook();
    const suggested = lastFullWeek(dayKey(Date.now(), port.timeZone));
    const week = askPeriod(
      lang,
      {
        title: 'weekly.prompt_title',
        prompt: 'weekly.prompt',
        params: { week: suggested },
        bad: 'weekly.bad_week',
      },
      suggested,
      parseIsoWeek,
    );
    if (!week) return;
    const summary = withDocumentLock(() => runWeekly(port, { week, now: Date.now(), lang, write: true }));
    const done = message(lang, 'weekly.done', {
      week,
      received: summary.complaints.received,
      closed: summary.complaints.closed,
      sheet: summary.output?.sheet ?? '',
    });
    toast(wherever(done, summary.output, lang) + toastNotes(summary.warnings, lang), lang);
  });
}

/** Callback plan. */
export function planCallbacks(): void {
  runAction('menuCallbacks', (lang) => {
    const port = openWorkbook();
    const report = withDocumentLock(() => runCallbacks(port, { now: Date.now(), lang, write: true }));
    const count = (state: string) => report.due.filter((d) => d.state === state).length;
    const done = message(lang, 'callbacks.toast', {
      overdue: count('overdue'),
      due: count('due'),
      sheet: report.output?.sheet ?? '',
    });
    toast(wherever(done, report.output, lang) + toastNotes(report.warnings, lang), lang);
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
export function hourlyOn(): void {
  runAction('menuHourlyOn', (lang) => {
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
          create: () =>
            ScriptApp.newTrigger(FORM_HANDLER).forSpreadsheet(spreadsheet).onFormSubmit().create(),
        },
      ]),
    );
    toast(message(lang, 'deadlines.trigger_on'), lang);
  });
}

/**
 * Hourly refresh off in this document, the instant alert and form rows too: this user's triggers
 * found by their remembered ids (and an earlier version's, the old way); the user's other
 * spreadsheets and other users' triggers here keep theirs.
 */
export function hourlyOff(): void {
  runAction('menuHourlyOff', (lang) => {
    withDocumentLock(() => switchOff(HANDLERS, HOURLY_TRIGGER));
    toast(message(lang, 'deadlines.trigger_off'), lang);
  });
}

/**
 * The sidebar page with its start-up data in place of the template's marker: JSON inside a script
 * element, "<" escaped so no text can close the element, inserted by a function so that `$&` or
 * `$'` in a label stay as written (a replacement string would expand them).
 */
export function withBoot(template: string, boot: unknown): string {
  const json = JSON.stringify(boot).replace(/</g, '\\u003c');
  return template.replace('/*BOOT*/null', () => json);
}

/** The dashboard sidebar (300 px) in the user's language. */
export function openDashboard(): void {
  runAction('menuOpenDashboard', (lang) => {
    const labels: Record<string, string> = {};
    for (const key of messageKeys()) if (key.startsWith('ui.')) labels[key.slice(3)] = message(lang, key);
    const page = withBoot(HtmlService.createHtmlOutputFromFile('Sidebar').getContent(), { lang, labels });
    SpreadsheetApp.getUi().showSidebar(
      HtmlService.createHtmlOutput(page).setTitle(message(lang, 'ui.title')),
    );
  });
}

/**
 * Recalculates the custom functions that read 规则设置 or 节假日: each formula using one is
 * rewritten (a space after the function's parenthesis) and written back exactly as it was, which
 * makes Sheets recalculate it. Under the document lock; the toast says how many cells.
 */
export function recalculate(): void {
  runAction('menuRecalculate', (lang) => {
    const spreadsheet = SpreadsheetApp.getActive();
    const cells = withDocumentLock(() => {
      let count = 0;
      for (const name of SETTINGS_FUNCTIONS) {
        const find = (text: string) =>
          spreadsheet.createTextFinder(text).matchFormulaText(true).matchCase(true);
        const changed = find(`${name}(`).replaceAllWith(`${name}( `);
        if (changed === 0) continue;
        find(`${name}( `).replaceAllWith(`${name}(`);
        count += changed;
      }
      return count;
    });
    toast(message(lang, 'custom.recalculated', { count: cells }), lang);
  });
}

/** 诊断: the self-check, shown in a dialog to copy into a support request. */
export function diagnostics(): void {
  runAction('menuDiagnostics', (lang) => {
    const facts = gatherFacts(Date.now());
    const lines = diagnosticLines(facts, lang).map((l) => redact(l));
    const inCells = 'ok' in facts.robot && facts.robot.ok.inCells !== null;
    const page = HtmlService.createHtmlOutput(diagnosticsPage(lines, lang, inCells))
      .setWidth(720)
      .setHeight(520);
    SpreadsheetApp.getUi().showModalDialog(page, message(lang, 'diag.dialog_title'));
  });
}

/** About: which sheets are recognised, as what. */
export function about(): void {
  runAction('menuAbout', (lang) => {
    const inspection = runInspect(openWorkbook());
    const list = inspection.sheets
      .flatMap((s) => (s.kind === null ? [] : [`${s.name} → ${kindLabel(s.kind, lang)}`]))
      .join(message(lang, 'about.separator'));
    SpreadsheetApp.getUi().alert(
      message(lang, 'app.name'),
      message(lang, 'about.text', { sheets: list || message(lang, 'about.none') }),
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
  });
}

/** Sidebar: the overview tab. */
export function sidebarOverview(): OverviewJson {
  return serverCall((lang) => {
    const overview = dashboardOverview(openWorkbook(), Date.now(), lang);
    // A refusal of the group robot stays in view until a delivery succeeds.
    const last = lastDelivery();
    if (!last || last.ok) return overview;
    return { ...overview, notes: [...overview.notes, deliveryText(last, 0, lang)] };
  });
}

/** Sidebar: a month's scores, computed without writing. */
export function sidebarScores(month: string): ScoresJson {
  return serverCall((lang) => dashboardScores(openWorkbook(), month || null, Date.now(), lang));
}

/** Sidebar: computes a month's scores and writes them into 月度考核. */
export function sidebarComputeScores(month: string): ScoresJson {
  return serverCall((lang) => {
    const port = openWorkbook();
    return withDocumentLock(() => dashboardComputeScores(port, month, Date.now(), lang));
  });
}

/** Sidebar: the parameters in force. */
export function sidebarRules(): RulesJson {
  return serverCall((lang) => dashboardRules(openWorkbook(), lang));
}

/** Sidebar: selects a row of a sheet. */
export function sidebarSelect(sheet: string, row: number): boolean {
  return serverCall(() => {
    const target = SpreadsheetApp.getActive().getSheetByName(sheet);
    if (!target) throw new KefuError('no_such_sheet', { sheet });
    target.activate();
    target.getRange(Math.max(1, Math.floor(row)), 1, 1, Math.max(1, target.getLastColumn())).activate();
    return true;
  });
}

/** Sidebar: the 表格识别 tab. */
export function sidebarRecognition(): RecognitionJson {
  return serverCall((lang) => dashboardRecognition(openWorkbook(), lang));
}

/** Sidebar: sets a sheet's kind in 列名对照 (under the document lock). */
export function sidebarSetKind(sheet: string, kind: string): RecognitionJson {
  return serverCall((lang) => {
    const port = openWorkbook();
    return withDocumentLock(() => dashboardSetKind(port, sheet, kind, lang));
  });
}

/** Sidebar: maps a column to a field in 列名对照 (under the document lock). */
export function sidebarMapColumn(sheet: string, column: string, field: string): RecognitionJson {
  return serverCall((lang) => {
    const port = openWorkbook();
    return withDocumentLock(() => dashboardMapColumn(port, sheet, column, field, lang));
  });
}
