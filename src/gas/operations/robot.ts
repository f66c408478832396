// The group robot: its settings dialog (kept in the document properties, never a cell) and 测试提醒.

import { testNotice } from '../../app/alerts/notify';
import { readWorkbookSettings } from '../../app/context';
import { loadSettingsSheets } from '../../app/workbook';
import { robotKind } from '../../domain/alerts/robots';
import { KefuError } from '../../domain/i18n/errors';
import { type Lang, message } from '../../domain/i18n/messages';
import { webhookPlace } from '../../domain/phone/redact';
import { deliveryText, platformName, postToRobot, sheetRowLink } from '../alerts';
import { dialogState, type RobotDialogState, robotSettingsPage } from '../robot-dialog';
import {
  clearRobot,
  moveRobotFromCells,
  robotInCells,
  robotSettingsJson,
  saveRobot,
  storedRobot,
  withStoredRobot,
} from '../robot-settings';
import { openWorkbook, serverCall, withDocumentLock } from '../runtime';

/** 群机器人设置…: a small dialog that keeps the robot in the document properties, shown masked. */
export function robotSettingsMenu(lang: Lang): void {
  const page = robotSettingsPage(dialogState(robotSettingsJson(lang), lang), lang);
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(page).setWidth(460).setHeight(360),
    message(lang, 'robot.dialog_title'),
  );
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

/** 测试提醒: a test message to the group robot, and what the platform answered. */
export function testAlertMenu(lang: Lang): void {
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
}
