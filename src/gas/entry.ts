// The Apps Script entry module: exactly the public functions (triggers, menu handlers, custom
// functions, sidebar calls). The build turns each export into a top-level function.

import { inspectWorkbook } from '../app/inspect';
import { runSetup } from '../app/setup';
import { runValidateAll, validateEditedRows } from '../app/validate';
import { message } from '../domain/messages';
import { normalizePhone } from '../domain/phone';
import { OWN_SHEETS, sheetSpec } from '../domain/schema';
import { type CustomInput, type CustomOutput, mapCells } from './custom';
import { buildMenus } from './menu';
import { currentLang, openWorkbook, runAction, toast } from './runtime';

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
 * Validates the edited rows and refreshes their marks (a simple trigger: a few calls, any sheet size).
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range) return;
  try {
    const range = e.range;
    validateEditedRows(
      openWorkbook(),
      range.getSheet().getName(),
      range.getRow(),
      range.getNumRows(),
      Date.now(),
      currentLang(),
    );
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
    const result = runSetup(port, lang);
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
    const { summary } = runValidateAll(port, Date.now(), lang);
    toast(message(lang, 'toast.validated', { ...summary, rows: summary.rowsChecked }), lang);
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
