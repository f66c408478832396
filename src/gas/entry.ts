// The Apps Script entry module: exactly the public functions (triggers, menu handlers, sidebar
// calls, custom functions), each a line that calls its body elsewhere. The build turns each export
// into a top-level function carrying this JSDoc (parameter names and @customfunction included).

import type { OverviewJson, RecognitionJson, RulesJson, ScoresJson } from '../app/operations/sidebar';
import type { CustomInput, CustomOutput } from './custom';
import * as custom from './custom';
import { buildMenus } from './menu';
import { runMenu } from './operations';
import * as edits from './operations/edits';
import * as hourly from './operations/hourly';
import * as robot from './operations/robot';
import * as sidebar from './operations/sidebar';
import type { RobotDialogState } from './robot-dialog';
import { currentLang } from './runtime';

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
  edits.handleEdit(e);
}

/** Menu: creates the missing standard sheets (with defaults) and adds warning-only dropdowns. */
export function menuSetup(): void {
  runMenu('setup');
}

/** Menu: validates every recognised sheet, marks the problem cells and rebuilds 校验报告. */
export function menuValidateAll(): void {
  runMenu('validate');
}

/** Menu: asks for the month, computes the scores under the document lock and writes 月度考核. */
export function menuComputeScores(): void {
  runMenu('scores');
}

/** Menu: refreshes the deadline columns and highlights, lists what is overdue, sends the digest. */
export function menuCheckComplaints(): void {
  runMenu('complaints');
}

/** Menu: lists the callbacks due and the month's callback rate in 回访计划. */
export function menuCallbacks(): void {
  runMenu('callbacks');
}

/** Menu: switches the hourly refresh on. Idempotent: one trigger, never two, however often it is chosen. */
export function menuHourlyOn(): void {
  runMenu('hourlyOn');
}

/** Menu: switches the hourly refresh off (removes every trigger of it). */
export function menuHourlyOff(): void {
  runMenu('hourlyOff');
}

/**
 * Time-driven trigger (hourly): refreshes the deadline columns and sends the digest. Skips a run
 * while a menu action holds the document lock.
 * @param {GoogleAppsScript.Events.TimeDriven} e the time-driven event (e.triggerUid: this trigger's id)
 */
export function refreshHourly(e?: GoogleAppsScript.Events.TimeDriven): void {
  hourly.refreshHourly(e);
}

/**
 * Installable edit trigger (switched on with the hourly refresh): posts a new major complaint to
 * the group robot at once, each complaint once. Returns after a few calls from the event alone
 * unless the edit can make a complaint new or major.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function alertMajorComplaints(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  edits.alertMajorComplaints(e);
}

/**
 * Installable form-submit trigger (switched on with the hourly refresh): a Google Form's new row
 * gets what an edited row gets (marks, deadline columns) and, when a major complaint, the instant
 * alert. A submission fires no onEdit.
 * @param {GoogleAppsScript.Events.SheetsOnFormSubmit} e the form-submit event (e.range: the new row)
 */
export function formSubmitted(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  edits.formSubmitted(e);
}

/** Menu: sends a test message to the group robot of 提醒群机器人 and shows the platform's answer. */
export function menuTestAlert(): void {
  runMenu('testAlert');
}

/** Menu: asks for an ISO week (default the last full one) and writes its block in 投诉周报. */
export function menuWeekly(): void {
  runMenu('weekly');
}

/** Menu: the group robot's webhook and secret, kept in the document properties (never a cell). */
export function menuRobotSettings(): void {
  runMenu('robotSettings');
}

/**
 * Robot settings dialog: keeps a webhook and signing secret (a blank field keeps what is kept).
 * @param {string} url the webhook
 * @param {string} secret the signing secret
 */
export function robotSettingsSave(url: string, secret: string): RobotDialogState {
  return robot.robotSettingsSave(url, secret);
}

/** Robot settings dialog: forgets the robot. */
export function robotSettingsRemove(): RobotDialogState {
  return robot.robotSettingsRemove();
}

/** Robot settings dialog and 诊断: moves a robot kept in 规则设置 into the document properties. */
export function robotSettingsMove(): RobotDialogState {
  return robot.robotSettingsMove();
}

/** Menu: opens the sidebar (300 px) in the user's language. */
export function menuOpenSidebar(): void {
  runMenu('sidebar');
}

/**
 * Menu: recalculates every cell using a custom function that reads 规则设置 or 节假日 (Sheets
 * recalculates a custom function only when its arguments change).
 */
export function menuRecalculate(): void {
  runMenu('recalculate');
}

/** Menu: a self-check of what only Google's servers can show, as a report to copy. */
export function menuDiagnostics(): void {
  runMenu('diagnostics');
}

/** Menu: shows which sheets Kefu Sheets recognises in this spreadsheet. */
export function menuAbout(): void {
  runMenu('inspect');
}

/** Sidebar: overdue and due-soon complaints, callbacks due, validation problems (plain JSON). */
export function sidebarOverview(): OverviewJson {
  return sidebar.sidebarOverview();
}

/**
 * Sidebar: a month's scores, computed without writing.
 * @param {string} month YYYY-MM, or '' for the most likely month
 */
export function sidebarScores(month: string): ScoresJson {
  return sidebar.sidebarScores(month);
}

/**
 * Sidebar: computes a month's scores and writes them into 月度考核 (as the menu does).
 * @param {string} month YYYY-MM
 */
export function sidebarComputeScores(month: string): ScoresJson {
  return sidebar.sidebarComputeScores(month);
}

/** Sidebar: the parameters in force and where they come from. */
export function sidebarRules(): RulesJson {
  return sidebar.sidebarRules();
}

/** Sidebar: what each sheet was recognised as, and the choices to correct it (表格识别). */
export function sidebarRecognition(): RecognitionJson {
  return sidebar.sidebarRecognition();
}

/**
 * Sidebar: sets a sheet's kind in 列名对照 ('ignore' leaves the sheet alone).
 * @param {string} sheet the sheet's name
 * @param {string} kind registration, complaints, callbacks, roster, ledger, presales or ignore
 */
export function sidebarSetKind(sheet: string, kind: string): RecognitionJson {
  return sidebar.sidebarSetKind(sheet, kind);
}

/**
 * Sidebar: maps one column of a sheet to a field in 列名对照 ('' or 'ignore': not used).
 * @param {string} sheet the sheet's name
 * @param {string} column the column's header as the team wrote it
 * @param {string} field the field's Chinese name
 */
export function sidebarMapColumn(sheet: string, column: string, field: string): RecognitionJson {
  return sidebar.sidebarMapColumn(sheet, column, field);
}

/**
 * Sidebar: selects a row of a sheet, so a click in the sidebar jumps to it.
 * @param {string} sheet the sheet's name
 * @param {number} row the 1-based row
 */
export function sidebarSelect(sheet: string, row: number): boolean {
  return sidebar.sidebarSelect(sheet, row);
}

/**
 * 规范化电话号码：按“规则设置”的地区书写（大陆手机 11 位、座机“区号-号码”；台湾 0912-345-678；香港 9123 4567；带国家代码的如 +1 415 555 2671），无效时返回空。
 * Normalises a phone number as the 地区 of 规则设置 writes it (mainland: 11-digit mobile, "021-62345678"; Taiwan 0912-345-678; Hong Kong 9123 4567; with a country code, +1 415 555 2671), "" when invalid.
 * @param {string|Array<Array<string>>} phone 电话号码或一列号码 / a phone number or a range of them
 * @param {Array<Array<string>>} settings_range 可选：规则设置!A:C，“地区”改动时自动重算 / optional: 规则设置!A:C, so the cell recalculates when 地区 changes
 * @return 规范化的号码 / the normalised number
 * @customfunction
 */
export function KEFU_PHONE(phone: CustomInput, settings_range?: CustomInput): CustomOutput {
  return custom.customPhone(phone, settings_range);
}

/**
 * 按扣分罚款规则计算罚款（元）：累进为分档累进，全额为按最终所在档全额计。使用“规则设置”中的档位。
 * The fine in yuan for a monthly score, by the bands of 规则设置: 累进 (progressive) or 全额 (flat).
 * @param {number|Array<Array<number>>} score 月度得分，或一列得分 / a monthly score, or a range of them
 * @param {string} mode 可选：累进（默认）或 全额 / optional: 累进 (progressive, default) or 全额 (flat)
 * @param {Array<Array<string>>} settings_range 可选：规则设置!A:C（日历函数用 {规则设置!A:C;节假日!A:C}），参数改动时自动重算 / optional: 规则设置!A:C (calendar functions: {规则设置!A:C;节假日!A:C}), so the cell recalculates when they change
 * @return 罚款（元） / the fine in yuan
 * @customfunction
 */
export function KEFU_FINE(
  score: CustomInput,
  mode?: CustomInput,
  settings_range?: CustomInput,
): CustomOutput {
  return custom.customFine(score, mode, settings_range);
}

/**
 * 售前绩效加减分：转化率相对基准每个整百分点加减分，流失单扣分。使用“规则设置”中的参数。
 * Pre-sales KPI points: per whole percentage point of conversion above or below the baseline, less the lost orders.
 * @param {number|Array<Array<number>>} deals 成交笔数 / deals
 * @param {number|Array<Array<number>>} receptions 接待人数 / receptions
 * @param {number|Array<Array<number>>} lost_orders 可选：流失单数 / optional: lost orders
 * @param {Array<Array<string>>} settings_range 可选：规则设置!A:C（日历函数用 {规则设置!A:C;节假日!A:C}），参数改动时自动重算 / optional: 规则设置!A:C (calendar functions: {规则设置!A:C;节假日!A:C}), so the cell recalculates when they change
 * @return 加减分 / the points
 * @customfunction
 */
export function KEFU_KPI_POINTS(
  deals: CustomInput,
  receptions: CustomInput,
  lost_orders?: CustomInput,
  settings_range?: CustomInput,
): CustomOutput {
  return custom.customKpiPoints(deals, receptions, lost_orders, settings_range);
}

/**
 * 截止时间：开始时间加上若干小时；方式为“工作时”时只计工作日的工作时间（含调休、节假日表）。
 * The deadline: start plus hours, in calendar hours or (工作时) working hours on working days.
 * @param {Date|Array<Array<Date>>} start 开始时间，或一列时间 / the start, or a range of them
 * @param {number|Array<Array<number>>} hours 小时数 / hours
 * @param {string} mode 可选：自然时（默认）或 工作时 / optional: 自然时 (default) or 工作时
 * @param {Array<Array<string>>} settings_range 可选：规则设置!A:C（日历函数用 {规则设置!A:C;节假日!A:C}），参数改动时自动重算 / optional: 规则设置!A:C (calendar functions: {规则设置!A:C;节假日!A:C}), so the cell recalculates when they change
 * @return 截止时间 / the deadline
 * @customfunction
 */
export function KEFU_DUE(
  start: CustomInput,
  hours: CustomInput,
  mode?: CustomInput,
  settings_range?: CustomInput,
): CustomOutput {
  return custom.customDue(start, hours, mode, settings_range);
}

/**
 * 两个时间之间的工作小时数（只计工作日的工作时间，含调休与节假日表）。
 * Working hours between two moments (working time on working days only).
 * @param {Date|Array<Array<Date>>} start 开始时间 / the start
 * @param {Date|Array<Array<Date>>} end 结束时间 / the end
 * @param {Array<Array<string>>} settings_range 可选：规则设置!A:C（日历函数用 {规则设置!A:C;节假日!A:C}），参数改动时自动重算 / optional: 规则设置!A:C (calendar functions: {规则设置!A:C;节假日!A:C}), so the cell recalculates when they change
 * @return 工作小时数 / working hours
 * @customfunction
 */
export function KEFU_WORKHOURS(
  start: CustomInput,
  end: CustomInput,
  settings_range?: CustomInput,
): CustomOutput {
  return custom.customWorkHours(start, end, settings_range);
}

/**
 * 是否工作日：周末、法定节假日为否，调休上班日为是；“节假日”表优先。
 * Whether a day is a working day: weekends and public holidays are not, make-up days are; 节假日 wins.
 * @param {Date|Array<Array<Date>>} date 日期，或一列日期 / a date, or a range of them
 * @param {Array<Array<string>>} settings_range 可选：规则设置!A:C（日历函数用 {规则设置!A:C;节假日!A:C}），参数改动时自动重算 / optional: 规则设置!A:C (calendar functions: {规则设置!A:C;节假日!A:C}), so the cell recalculates when they change
 * @return TRUE 或 FALSE / TRUE or FALSE
 * @customfunction
 */
export function KEFU_ISWORKDAY(date: CustomInput, settings_range?: CustomInput): CustomOutput {
  return custom.customIsWorkday(date, settings_range);
}
