// The bodies of the add-on's menu items, triggers and sidebar calls: each parses what Apps Script
// gives it, runs one operation of src/app/ and presents the result (toast, alert, sidebar JSON).

import { runCallbacks } from '../app/callbacks';
import { runComplaints } from '../app/complaints';
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
import { kindLabel } from '../app/render';
import { runScores, suggestMonth } from '../app/scores';
import { runSetup } from '../app/setup';
import { runValidation } from '../app/validate';
import { zonesDiffer } from '../app/warnings';
import { KefuError } from '../domain/errors';
import { type Lang, message, messageKeys } from '../domain/messages';
import { parseMonth } from '../domain/parse';
import { SETTINGS_FUNCTIONS } from './custom';
import { diagnosticsPage, gatherFacts } from './diagnostics';
import {
  currentLang,
  editCacheStore,
  openWorkbook,
  runAction,
  runTrigger,
  sendOverdueDigest,
  serverCall,
  toast,
  withDocumentLock,
} from './runtime';

/** The hourly trigger's handler (a top-level function of the bundle). */
const HOURLY_HANDLER = 'refreshHourly';

/** onEdit: validates the edited rows, refreshes their marks and their deadline columns. */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  // In a document where the add-on is installed but not yet used (AuthMode.NONE) nothing but
  // menus is allowed: return before any service call.
  if (!e?.range || String(e.authMode) === 'NONE') return;
  runTrigger('onEdit', () => {
    const range = e.range;
    const port = openWorkbook();
    const options = { now: Date.now(), lang: currentLang() };
    const edit = readEditContext(
      port,
      range.getSheet().getName(),
      range.getRow(),
      range.getNumRows(),
      editCacheStore(),
      options.now,
    );
    if (!edit) return;
    // Marks are written under the document lock, so an edit never interleaves with a menu run;
    // while one holds it, the edit is left for the next check (Validate all redoes every row).
    withDocumentLock(() => applyEdit(port, edit, options), 2000);
  });
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

/** Set up sheets, align the time zones if the user agrees, then the complaints' own columns. */
export function setUp(): void {
  runAction('menuSetup', (lang) => {
    const port = openWorkbook();
    toast(message(lang, 'toast.working'), lang);
    const result = withDocumentLock(() => runSetup(port, lang));
    offerTimeZone(result.settingsTimeZone, port.timeZone, lang);
    // A fresh port: the spreadsheet's zone may have just changed.
    const fresh = openWorkbook();
    withDocumentLock(() => runComplaints(fresh, { now: Date.now(), lang, write: true }));
    toast(
      message(lang, 'toast.setup_done', {
        created: result.created.length,
        params: result.parametersAdded.length,
        dropdowns: result.dropdownColumns,
      }),
      lang,
    );
  });
}

/** Validate all. */
export function validateAll(): void {
  runAction('menuValidateAll', (lang) => {
    const port = openWorkbook();
    toast(message(lang, 'toast.working'), lang);
    const { summary } = withDocumentLock(() => runValidation(port, { now: Date.now(), lang, write: true }));
    toast(message(lang, 'toast.validated', { ...summary, rows: summary.rowsChecked }), lang);
  });
}

/** Compute monthly scores: asks for the month, computes and writes it under the document lock. */
export function computeScores(): void {
  runAction('menuComputeScores', (lang) => {
    const ui = SpreadsheetApp.getUi();
    const port = openWorkbook();
    const suggested = suggestMonth(Date.now(), port.timeZone);
    const response = ui.prompt(
      message(lang, 'scores.prompt_title'),
      message(lang, 'scores.prompt', { month: suggested }),
      ui.ButtonSet.OK_CANCEL,
    );
    if (response.getSelectedButton() !== ui.Button.OK) return;
    const typed = response.getResponseText().trim();
    const month = typed === '' ? suggested : parseMonth(typed, port.timeZone);
    if (!month) throw new KefuError('cli.bad_month', { value: typed });
    toast(message(lang, 'scores.computing', { month }), lang);
    const report = withDocumentLock(() => runScores(port, { month, now: Date.now(), lang, write: true }));
    toast(
      message(lang, 'scores.done', {
        month,
        people: report.scores.staff.length,
        above: report.scores.team.atOrAbove100,
        below: report.scores.staff.filter((p) => p.dismissalReview).length,
      }),
      lang,
    );
  });
}

/** Refreshes the complaints and sends the digest; the menu and the hourly trigger share it. */
function refreshComplaints(lang: Lang) {
  const port = openWorkbook();
  return withDocumentLock(() => {
    const report = runComplaints(port, { now: Date.now(), lang, write: true });
    sendOverdueDigest(report, lang, port.timeZone);
    return report;
  });
}

/** Check overdue complaints. */
export function checkComplaints(): void {
  runAction('menuCheckComplaints', (lang) => {
    toast(message(lang, 'toast.working'), lang);
    const { replyOverdue, solutionOverdue, dueSoon } = refreshComplaints(lang).summary;
    toast(message(lang, 'deadlines.toast', { overdue: replyOverdue + solutionOverdue, soon: dueSoon }), lang);
  });
}

/** The hourly trigger: the same refresh; skipped while a menu action holds the document lock. */
export function refreshHourly(): void {
  runTrigger(HOURLY_HANDLER, () => {
    refreshComplaints(currentLang());
  });
}

/** Callback plan. */
export function planCallbacks(): void {
  runAction('menuCallbacks', (lang) => {
    const port = openWorkbook();
    const report = withDocumentLock(() => runCallbacks(port, { now: Date.now(), lang, write: true }));
    const count = (state: string) => report.due.filter((d) => d.state === state).length;
    toast(message(lang, 'callbacks.toast', { overdue: count('overdue'), due: count('due') }), lang);
  });
}

/**
 * The user's triggers running a handler in this document. Triggers belong to a user and a
 * document: getProjectTriggers() would also list the user's triggers in every other spreadsheet
 * using the add-on (developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)).
 */
export function documentTriggers(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).filter(
    (t) => t.getHandlerFunction() === handler,
  );
}

/** Hourly refresh on: one trigger in this document, never two, however often it is chosen. */
export function hourlyOn(): void {
  runAction('menuHourlyOn', (lang) => {
    const mine = documentTriggers(HOURLY_HANDLER);
    for (const extra of mine.slice(1)) ScriptApp.deleteTrigger(extra);
    if (mine.length === 0) ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
    toast(message(lang, 'deadlines.trigger_on'), lang);
  });
}

/** Hourly refresh off in this document (the user's other spreadsheets keep theirs). */
export function hourlyOff(): void {
  runAction('menuHourlyOff', (lang) => {
    for (const trigger of documentTriggers(HOURLY_HANDLER)) ScriptApp.deleteTrigger(trigger);
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
    const lines = diagnosticLines(gatherFacts(Date.now()), lang);
    const page = HtmlService.createHtmlOutput(diagnosticsPage(lines, lang)).setWidth(720).setHeight(520);
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
  return serverCall((lang) => dashboardOverview(openWorkbook(), Date.now(), lang));
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
