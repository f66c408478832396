// The Apps Script entry module: exactly the public functions (triggers, menu handlers, custom
// functions, sidebar calls). The build turns each export into a top-level function.

import { callbackReport, readCalendar } from '../app/complaints';
import { readWorkbookSettings } from '../app/context';
import {
  dashboardOverview,
  dashboardRules,
  dashboardScores,
  type OverviewJson,
  type RulesJson,
  type ScoresJson,
  scoresToJson,
} from '../app/dashboard';
import {
  refreshComplaints,
  refreshEditedComplaints,
  writeCallbackSheet,
  writeOverdueSheet,
} from '../app/deadlines';
import { inspectWorkbook, loadWorkbook } from '../app/inspect';
import { computeScoresFromSheets, suggestMonth, writeScoresSheet } from '../app/scores';
import { loadSettingsSheets } from '../app/settings';
import { runSetup } from '../app/setup';
import { OWN_SHEET_NAMES, readEditContext, runValidateAll, validateEdit } from '../app/validate';
import type { WorkCalendar } from '../domain/calendar';
import { KefuError } from '../domain/errors';
import { type Lang, message, messageKeys } from '../domain/messages';
import type { Settings } from '../domain/params';
import { parseMoment, parseMonth, parseNumber } from '../domain/parse';
import { normalizePhone } from '../domain/phone';
import { OWN_SHEETS, sheetSpec } from '../domain/schema';
import { kpiPoints, pointsFine } from '../domain/scores';
import { dayKey } from '../domain/time';
import { type CustomInput, type CustomOutput, mapCells, zipCells } from './custom';
import { buildMenus } from './menu';
import {
  currentLang,
  editCacheStore,
  openWorkbook,
  runAction,
  sendOverdueDigest,
  serverCall,
  toast,
  withDocumentLock,
} from './runtime';

/**
 * Adds the Kefu Sheets menu when the spreadsheet opens (works in every authorization mode).
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenus(e?.authMode, currentLang());
}

/**
 * Runs when the add-on is installed: shows the menu at once.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Validates the edited rows and refreshes their marks, and the deadline columns of edited complaints
 * (a simple trigger: a few calls, whatever the sheet's size).
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range) return;
  try {
    const range = e.range;
    const port = openWorkbook();
    const lang = currentLang();
    const now = Date.now();
    const edit = readEditContext(
      port,
      range.getSheet().getName(),
      range.getRow(),
      range.getNumRows(),
      editCacheStore(),
      now,
    );
    if (!edit) return;
    // Marks are written under the document lock, so an edit never interleaves with a menu run;
    // while one holds it, the edit is left for the next check (Validate all redoes every row).
    withDocumentLock(() => {
      validateEdit(port, edit, now, lang);
      if (edit.layout.kind === 'complaints') {
        const rows: number[] = [];
        for (let r = edit.first; r <= edit.last; r++) rows.push(r);
        refreshEditedComplaints(
          port,
          { layout: edit.layout, grid: edit.edited },
          edit.settingsSheets,
          rows,
          now,
          lang,
        );
      }
    }, 2000);
  } catch (error) {
    // A simple trigger has no one to show an alert to; the log keeps the detail.
    console.error(
      '[kefu-sheets] onEdit failed',
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
  }
}

/** Menu: creates the missing standard sheets (with defaults) and adds warning-only dropdowns. */
export function menuSetup(): void {
  runAction('menuSetup', (lang) => {
    const port = openWorkbook();
    toast(message(lang, 'toast.working'), lang);
    const result = withDocumentLock(() => {
      const done = runSetup(port, lang);
      refreshComplaints(port, loadWorkbook(port, OWN_SHEET_NAMES).sheets, Date.now(), lang);
      return done;
    });
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

/** Menu: validates every recognised sheet, marks the problem cells and rebuilds 校验报告. */
export function menuValidateAll(): void {
  runAction('menuValidateAll', (lang) => {
    const port = openWorkbook();
    toast(message(lang, 'toast.working'), lang);
    const { summary } = withDocumentLock(() => runValidateAll(port, Date.now(), lang));
    toast(message(lang, 'toast.validated', { ...summary, rows: summary.rowsChecked }), lang);
  });
}

/** Menu: asks for the month, computes the scores under the document lock and writes 月度考核. */
export function menuComputeScores(): void {
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
    const report = withDocumentLock(() => {
      const { sheets } = loadWorkbook(port, OWN_SHEET_NAMES);
      const computed = computeScoresFromSheets(sheets, month, port.timeZone);
      writeScoresSheet(port, computed, lang, Date.now());
      return computed;
    });
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

/** Menu: refreshes the deadline columns and highlights, lists what is overdue, sends the digest. */
export function menuCheckComplaints(): void {
  runAction('menuCheckComplaints', (lang) => {
    const port = openWorkbook();
    toast(message(lang, 'toast.working'), lang);
    const report = withDocumentLock(() => {
      const now = Date.now();
      const { sheets } = loadWorkbook(port, OWN_SHEET_NAMES);
      const refreshed = refreshComplaints(port, sheets, now, lang);
      writeOverdueSheet(port, refreshed, lang, now);
      sendOverdueDigest(refreshed, lang, port.timeZone);
      return refreshed;
    });
    const { replyOverdue, solutionOverdue, dueSoon } = report.summary;
    toast(message(lang, 'deadlines.toast', { overdue: replyOverdue + solutionOverdue, soon: dueSoon }), lang);
  });
}

/** Menu: lists the callbacks due and the month's callback rate in 回访计划. */
export function menuCallbacks(): void {
  runAction('menuCallbacks', (lang) => {
    const port = openWorkbook();
    const report = withDocumentLock(() => {
      const { sheets } = loadWorkbook(port, OWN_SHEET_NAMES);
      const computed = callbackReport(sheets, Date.now(), port.timeZone);
      writeCallbackSheet(port, computed, lang);
      return computed;
    });
    const count = (state: string) => report.due.filter((d) => d.state === state).length;
    toast(message(lang, 'callbacks.toast', { overdue: count('overdue'), due: count('due') }), lang);
  });
}

/** Menu: switches the hourly refresh on. Idempotent: one trigger, never two, however often it is chosen. */
export function menuHourlyOn(): void {
  runAction('menuHourlyOn', (lang) => {
    const mine = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === 'refreshHourly');
    for (const extra of mine.slice(1)) ScriptApp.deleteTrigger(extra);
    if (mine.length === 0) ScriptApp.newTrigger('refreshHourly').timeBased().everyHours(1).create();
    toast(message(lang, 'deadlines.trigger_on'), lang);
  });
}

/** Menu: switches the hourly refresh off (removes every trigger of it). */
export function menuHourlyOff(): void {
  runAction('menuHourlyOff', (lang) => {
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (trigger.getHandlerFunction() === 'refreshHourly') ScriptApp.deleteTrigger(trigger);
    }
    toast(message(lang, 'deadlines.trigger_off'), lang);
  });
}

/**
 * Time-driven trigger (hourly): refreshes the deadline columns and sends the digest. Skips a run
 * while a menu action holds the document lock.
 */
export function refreshHourly(): void {
  const lang = currentLang();
  try {
    const port = openWorkbook();
    withDocumentLock(() => {
      const { sheets } = loadWorkbook(port, OWN_SHEET_NAMES);
      const report = refreshComplaints(port, sheets, Date.now(), lang);
      sendOverdueDigest(report, lang, port.timeZone);
    });
  } catch (error) {
    console.error(
      '[kefu-sheets] refreshHourly failed',
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
  }
}

/** Menu: opens the dashboard sidebar (300 px) in the user's language. */
export function menuOpenDashboard(): void {
  runAction('menuOpenDashboard', (lang) => {
    const labels: Record<string, string> = {};
    for (const key of messageKeys()) if (key.startsWith('ui.')) labels[key.slice(3)] = message(lang, key);
    // JSON inside a script element: "<" escaped so no text can close the element.
    const boot = JSON.stringify({ lang, labels }).replace(/</g, '\\u003c');
    const page = HtmlService.createHtmlOutputFromFile('Sidebar').getContent().replace('/*BOOT*/null', boot);
    SpreadsheetApp.getUi().showSidebar(
      HtmlService.createHtmlOutput(page).setTitle(message(lang, 'ui.title')),
    );
  });
}

/** Sidebar: overdue and due-soon complaints, callbacks due, validation problems (plain JSON). */
export function sidebarOverview(): OverviewJson {
  return serverCall((lang) => dashboardOverview(openWorkbook(), Date.now(), lang));
}

/**
 * Sidebar: a month's scores, computed without writing.
 * @param {string} month YYYY-MM, or '' for the most likely month
 */
export function sidebarScores(month: string): ScoresJson {
  return serverCall((lang) => dashboardScores(openWorkbook(), month || null, Date.now(), lang));
}

/**
 * Sidebar: computes a month's scores and writes them into 月度考核 (as the menu does).
 * @param {string} month YYYY-MM
 */
export function sidebarComputeScores(month: string): ScoresJson {
  return serverCall((lang) => {
    const port = openWorkbook();
    const now = Date.now();
    const { report, sheets } = withDocumentLock(() => {
      const { sheets } = loadWorkbook(port, OWN_SHEET_NAMES);
      const computed = computeScoresFromSheets(sheets, month, port.timeZone);
      writeScoresSheet(port, computed, lang, now);
      return { report: computed, sheets };
    });
    return scoresToJson(report, sheets, port, now, lang);
  });
}

/** Sidebar: the parameters in force and where they come from. */
export function sidebarRules(): RulesJson {
  return serverCall((lang) => dashboardRules(openWorkbook(), lang));
}

/**
 * Sidebar: selects a row of a sheet, so a click in the sidebar jumps to it.
 * @param {string} sheet the sheet's name
 * @param {number} row the 1-based row
 */
export function sidebarSelect(sheet: string, row: number): boolean {
  return serverCall(() => {
    const target = SpreadsheetApp.getActive().getSheetByName(sheet);
    if (!target) throw new KefuError('no_such_sheet', { sheet });
    target.activate();
    target.getRange(Math.max(1, Math.floor(row)), 1, 1, Math.max(1, target.getLastColumn())).activate();
    return true;
  });
}

/** Menu: shows which sheets Kefu Sheets recognises in this spreadsheet. */
export function menuAbout(): void {
  runAction('menuAbout', (lang) => {
    const port = openWorkbook();
    const own = new Set<string>(Object.values(OWN_SHEETS));
    const inspection = inspectWorkbook(port, own);
    const list = inspection.recognised
      .map(
        (s) =>
          `${s.layout.sheet} → ${lang === 'zh' ? sheetSpec(s.layout.kind).name : sheetSpec(s.layout.kind).en}`,
      )
      .join(lang === 'zh' ? '；' : '; ');
    SpreadsheetApp.getUi().alert(
      message(lang, 'app.name'),
      message(lang, 'about.text', { sheets: list || message(lang, 'about.none') }),
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
  });
}

/**
 * 规范化电话号码：手机号为 11 位数字，座机为“区号-号码”，无效时返回空。
 * Normalises a mainland phone number: 11-digit mobile, "021-62345678" landline, "" when invalid.
 * @param {string|Array<Array<string>>} phone 电话号码或一列号码 / a phone number or a range of them
 * @return 规范化的号码 / the normalised number
 * @customfunction
 */
export function KEFU_PHONE(phone: CustomInput): CustomOutput {
  return mapCells(phone, (value) => normalizePhone(value)?.normalized ?? '');
}

/** The settings in force for custom functions: 规则设置 when present, else the defaults. */
function customSettings(sheets = loadSettingsSheets(openWorkbook(), ['params'])): Settings {
  const { settings, problems } = readWorkbookSettings(sheets);
  const bad = problems[0];
  if (bad) {
    const lang = currentLang();
    throw new Error(
      message(lang, 'error.bad_param', {
        sheet: sheets[0]?.layout.sheet ?? '规则设置',
        row: bad.row ?? 0,
        name: bad.name,
        value: bad.value,
      }),
    );
  }
  return settings;
}

function numberCell(value: unknown, lang: Lang): number | string | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = parseNumber(value);
  if (n === null) return null;
  return Number.isNaN(n) ? message(lang, 'custom.not_a_number', { value: String(value) }) : n;
}

/**
 * 按扣分罚款规则计算罚款（元）：累进为分档累进，全额为按最终所在档全额计。使用“规则设置”中的档位。
 * The fine in yuan for a monthly score, by the bands of 规则设置: 累进 (progressive) or 全额 (flat).
 * @param {number|Array<Array<number>>} score 月度得分，或一列得分 / a monthly score, or a range of them
 * @param {string} mode 可选：累进（默认）或 全额 / optional: 累进 (progressive, default) or 全额 (flat)
 * @return 罚款（元） / the fine in yuan
 * @customfunction
 */
export function KEFU_FINE(score: CustomInput, mode?: CustomInput): CustomOutput {
  const lang = currentLang();
  const settings = customSettings();
  const modeText = typeof mode === 'string' ? mode.trim() : '';
  if (modeText !== '' && modeText !== '累进' && modeText !== '全额') {
    throw new Error(message(lang, 'custom.bad_mode', { value: modeText }));
  }
  const fineMode = modeText === '' ? settings.fineMode : (modeText as '累进' | '全额');
  return mapCells(score, (value) => {
    const n = numberCell(value, lang);
    if (n === null) return '';
    if (typeof n === 'string') return n;
    return pointsFine(n, { ...settings, fineMode });
  });
}

/**
 * 售前绩效加减分：转化率相对基准每个整百分点加减分，流失单扣分。使用“规则设置”中的参数。
 * Pre-sales KPI points: per whole percentage point of conversion above or below the baseline, less the lost orders.
 * @param {number|Array<Array<number>>} deals 成交笔数 / deals
 * @param {number|Array<Array<number>>} receptions 接待人数 / receptions
 * @param {number|Array<Array<number>>} lost_orders 可选：流失单数 / optional: lost orders
 * @return 加减分 / the points
 * @customfunction
 */
export function KEFU_KPI_POINTS(
  deals: CustomInput,
  receptions: CustomInput,
  lost_orders?: CustomInput,
): CustomOutput {
  const lang = currentLang();
  const settings = customSettings();
  return zipCells([deals, receptions, lost_orders], (d, r, l) => {
    const dealCount = numberCell(d, lang);
    const receptionCount = numberCell(r, lang);
    const lost = numberCell(l, lang) ?? 0;
    for (const v of [dealCount, receptionCount, lost]) if (typeof v === 'string') return v;
    if (dealCount === null || receptionCount === null) return '';
    return kpiPoints(
      { deals: dealCount as number, receptions: receptionCount as number, lostOrders: lost as number },
      settings,
    );
  });
}

/** The working calendar for custom functions: 节假日 and 工作时间 of the workbook. */
function customCalendar(): { calendar: WorkCalendar; timeZone: string; settings: Settings } {
  const port = openWorkbook();
  const sheets = loadSettingsSheets(port, ['params', 'holidays']);
  const settings = customSettings(sheets.filter((s) => s.layout.kind === 'params'));
  return { calendar: readCalendar(sheets, settings, port.timeZone), timeZone: port.timeZone, settings };
}

function momentCell(value: unknown, timeZone: string, lang: Lang): number | string | null {
  if (value === '' || value === null || value === undefined) return null;
  const m = parseMoment(value, timeZone);
  return m ? m.instant : message(lang, 'custom.not_a_date', { value: String(value) });
}

/**
 * 截止时间：开始时间加上若干小时；方式为“工作时”时只计工作日的工作时间（含调休、节假日表）。
 * The deadline: start plus hours, in calendar hours or (工作时) working hours on working days.
 * @param {Date|Array<Array<Date>>} start 开始时间，或一列时间 / the start, or a range of them
 * @param {number|Array<Array<number>>} hours 小时数 / hours
 * @param {string} mode 可选：自然时（默认）或 工作时 / optional: 自然时 (default) or 工作时
 * @return 截止时间 / the deadline
 * @customfunction
 */
export function KEFU_DUE(start: CustomInput, hours: CustomInput, mode?: CustomInput): CustomOutput {
  const lang = currentLang();
  const modeText = typeof mode === 'string' ? mode.trim() : '';
  if (modeText !== '' && modeText !== '自然时' && modeText !== '工作时') {
    throw new Error(message(lang, 'custom.bad_clock', { value: modeText }));
  }
  const { calendar, timeZone } = customCalendar();
  return zipCells([start, hours], (s, h) => {
    const from = momentCell(s, timeZone, lang);
    const n = numberCell(h, lang);
    if (typeof from === 'string') return from;
    if (typeof n === 'string') return n;
    if (from === null || n === null) return '';
    return new Date(
      modeText === '工作时' ? calendar.addWorkingHours(from, n, timeZone) : from + n * 3_600_000,
    );
  });
}

/**
 * 两个时间之间的工作小时数（只计工作日的工作时间，含调休与节假日表）。
 * Working hours between two moments (working time on working days only).
 * @param {Date|Array<Array<Date>>} start 开始时间 / the start
 * @param {Date|Array<Array<Date>>} end 结束时间 / the end
 * @return 工作小时数 / working hours
 * @customfunction
 */
export function KEFU_WORKHOURS(start: CustomInput, end: CustomInput): CustomOutput {
  const lang = currentLang();
  const { calendar, timeZone } = customCalendar();
  return zipCells([start, end], (s, e) => {
    const a = momentCell(s, timeZone, lang);
    const b = momentCell(e, timeZone, lang);
    if (typeof a === 'string') return a;
    if (typeof b === 'string') return b;
    if (a === null || b === null) return '';
    return Math.round(calendar.workingHoursBetween(a, b, timeZone) * 100) / 100;
  });
}

/**
 * 是否工作日：周末、法定节假日为否，调休上班日为是；“节假日”表优先。
 * Whether a day is a working day: weekends and public holidays are not, make-up days are; 节假日 wins.
 * @param {Date|Array<Array<Date>>} date 日期，或一列日期 / a date, or a range of them
 * @return TRUE 或 FALSE / TRUE or FALSE
 * @customfunction
 */
export function KEFU_ISWORKDAY(date: CustomInput): CustomOutput {
  const lang = currentLang();
  const { calendar, timeZone } = customCalendar();
  return mapCells(date, (value) => {
    const m = momentCell(value, timeZone, lang);
    if (typeof m === 'string') return m;
    if (m === null) return '';
    return calendar.isWorkingDay(dayKey(m, timeZone));
  });
}
