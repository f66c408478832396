// The Apps Script entry module: exactly the public functions (triggers, menu handlers, custom
// functions, sidebar calls). The build turns each export into a top-level function.

import { inspectWorkbook } from '../app/inspect';
import { message } from '../domain/messages';
import { normalizePhone } from '../domain/phone';
import { OWN_SHEETS, sheetSpec } from '../domain/schema';
import { type CustomInput, type CustomOutput, mapCells } from './custom';
import { buildMenus } from './menu';
import { currentLang, openWorkbook, runAction } from './runtime';

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
 * Reacts to an edit. Row validation at the edited cells lands with issue 3; until then it does nothing.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  void e;
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
