// The add-on's menus: under Extensions as an add-on, and also at the top level when bound to the sheet.

import { type Lang, type MessageKey, message } from '../domain/messages';

/** Menu items: caption key and the top-level function it calls (an export of entry.ts). */
export const MENU_ITEMS: ReadonlyArray<{ key: MessageKey; handler: string } | 'separator'> = [
  { key: 'menu.setup', handler: 'menuSetup' },
  { key: 'menu.validate', handler: 'menuValidateAll' },
  { key: 'menu.scores', handler: 'menuComputeScores' },
  'separator',
  { key: 'menu.complaints', handler: 'menuCheckComplaints' },
  { key: 'menu.callbacks', handler: 'menuCallbacks' },
  { key: 'menu.weekly', handler: 'menuWeekly' },
  { key: 'menu.trigger_on', handler: 'menuHourlyOn' },
  { key: 'menu.trigger_off', handler: 'menuHourlyOff' },
  { key: 'menu.robot_settings', handler: 'menuRobotSettings' },
  { key: 'menu.test_alert', handler: 'menuTestAlert' },
  'separator',
  { key: 'menu.dashboard', handler: 'menuOpenDashboard' },
  { key: 'menu.recalculate', handler: 'menuRecalculate' },
  { key: 'menu.diagnostics', handler: 'menuDiagnostics' },
  { key: 'menu.about', handler: 'menuAbout' },
];

function fill(menu: GoogleAppsScript.Base.Menu, lang: Lang): GoogleAppsScript.Base.Menu {
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(message(lang, item.key), item.handler);
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
