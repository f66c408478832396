// The add-on's menus: under Extensions as an add-on, and also at the top level when bound to the sheet.

import { menuItems } from '../app/registry';
import { type Lang, message } from '../domain/i18n/messages';

function fill(menu: GoogleAppsScript.Base.Menu, lang: Lang): GoogleAppsScript.Base.Menu {
  for (const item of menuItems()) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(message(lang, item.label), item.handler);
  }
  return menu;
}

/** True when the script is bound to the spreadsheet rather than installed as an add-on. */
function isBoundScript(authMode: unknown): boolean {
  if (authMode === ScriptApp.AuthMode.NONE) return false;
  try {
    return ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
  } catch {
    return false;
  }
}

/**
 * Builds the menus. Safe in AuthMode.NONE: it touches only the UI, never properties or data.
 */
export function buildMenus(authMode: unknown, lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  fill(ui.createAddonMenu(), lang).addToUi();
  if (isBoundScript(authMode)) fill(ui.createMenu(message(lang, 'app.name')), lang).addToUi();
}
