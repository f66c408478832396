// Where the group robot's webhook and signing secret live in Google Sheets: the document properties
// (never a cell, which every viewer, copy, download and version history can read), set in a small
// dialog and shown masked. An earlier version kept them in 规则设置: set-up and 诊断 say so and offer
// to move them; the cells are blanked only once the move has succeeded.

import { parameterTable } from '../app/context';
import { firstSheetOf, type LoadedSheet, loadSettingsSheets } from '../app/workbook';
import { robotKind, webhookProblem } from '../domain/alerts/robots';
import { KefuError } from '../domain/i18n/errors';
import { type Lang, message } from '../domain/i18n/messages';
import { parameterName, type Settings } from '../domain/params/table';
import { redactSecrets, secretTail, webhookPlace } from '../domain/phone/redact';
import { cellText, columnLetter } from '../domain/text';
import { knowSecrets, openWorkbook } from './runtime';
import { PROPERTY } from './store';

export interface StoredRobot {
  readonly url: string;
  readonly secret: string;
}

/** The robot kept in the document properties, if any. */
export function storedRobot(): StoredRobot | null {
  const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY.robot);
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<StoredRobot>;
    const robot = { url: String(parsed.url ?? ''), secret: String(parsed.secret ?? '') };
    knowSecrets([robot.url, robot.secret]);
    return robot.url === '' ? null : robot;
  } catch {
    return null;
  }
}

/** Refuses a webhook that cannot be used, naming only its host and path. */
function checkWebhook(url: string): void {
  const problem = webhookProblem(url);
  if (problem) throw new KefuError(`robot.webhook_${problem}`, { value: webhookPlace(url) });
  if (!robotKind(url)) throw new KefuError('robot.webhook_unknown', { value: webhookPlace(url) });
}

/** Keeps a robot in the document properties, after checking its address. */
export function saveRobot(url: string, secret: string): void {
  const robot = { url: url.trim(), secret: secret.trim() };
  checkWebhook(robot.url);
  knowSecrets([robot.url, robot.secret]);
  PropertiesService.getDocumentProperties().setProperty(PROPERTY.robot, JSON.stringify(robot));
}

/** Forgets the robot. */
export function clearRobot(): void {
  PropertiesService.getDocumentProperties().deleteProperty(PROPERTY.robot);
}

/**
 * The settings with the robot that is in force: the one in the document properties, else (an
 * earlier version's) the cells of 规则设置.
 */
export function withStoredRobot(settings: Settings): Settings {
  knowSecrets([settings.robotWebhook, settings.robotSecret]);
  const stored = storedRobot();
  return stored ? { ...settings, robotWebhook: stored.url, robotSecret: stored.secret } : settings;
}

/** Where 规则设置 still holds a robot's webhook or secret (an earlier version kept them there). */
export interface RobotInCells {
  readonly sheet: string;
  /** The cells holding a value: 1-based row and column, and what they hold. */
  readonly cells: readonly { readonly row: number; readonly column: number; readonly value: string }[];
}

const ROBOT_PARAMETERS = ['robotWebhook', 'robotSecret'] as const;

/** The robot's cells of 规则设置 that hold a value (null when none does). */
export function robotInCells(sheets: readonly LoadedSheet[]): RobotInCells | null {
  const params = firstSheetOf(sheets, 'params');
  const valueColumn = params?.layout.columns['值'];
  if (!params || valueColumn === undefined) return null;
  const table = parameterTable(sheets);
  const cells = ROBOT_PARAMETERS.flatMap((key) => {
    const entry = table.get(parameterName(key));
    const value = entry ? cellText(entry.raw).trim() : '';
    return entry && value !== '' ? [{ row: entry.row, column: valueColumn + 1, value }] : [];
  });
  if (cells.length === 0) return null;
  knowSecrets(cells.map((c) => c.value));
  return { sheet: params.layout.sheet, cells };
}

/**
 * Moves the robot of 规则设置 into the document properties (when none is kept there yet), checks
 * that it was kept, and only then blanks the cells. Returns what it did.
 */
export function moveRobotFromCells(): 'moved' | 'cleared' | 'nothing' {
  const sheets = loadSettingsSheets(openWorkbook(), ['params']);
  const found = robotInCells(sheets);
  if (!found) return 'nothing';
  const value = (key: (typeof ROBOT_PARAMETERS)[number]) => {
    const entry = parameterTable(sheets).get(parameterName(key));
    return entry ? cellText(entry.raw).trim() : '';
  };
  const stored = storedRobot();
  let outcome: 'moved' | 'cleared' = 'cleared';
  if (!stored) {
    saveRobot(value('robotWebhook'), value('robotSecret'));
    const kept = storedRobot();
    if (!kept || kept.url !== value('robotWebhook').trim() || kept.secret !== value('robotSecret').trim()) {
      throw new KefuError('robot.move_failed');
    }
    outcome = 'moved';
  }
  // Kept: now the cells can be blanked (one call for both).
  const sheet = SpreadsheetApp.getActive().getSheetByName(found.sheet);
  sheet?.getRangeList(found.cells.map((c) => `${columnLetter(c.column)}${c.row}`)).clearContent();
  return outcome;
}

/** What the dialog shows of the robot: platform and place, the secret's last characters, cells to move. */
export interface RobotSettingsJson {
  readonly configured: boolean;
  readonly platform: string;
  readonly place: string;
  readonly secret: string;
  /** A line saying 规则设置 still holds a webhook or secret (null when it does not). */
  readonly inCells: string | null;
  readonly note: string;
}

export function robotSettingsJson(lang: Lang, note = ''): RobotSettingsJson {
  const stored = storedRobot();
  const inCells = robotInCells(loadSettingsSheets(openWorkbook(), ['params']));
  const kind = stored ? robotKind(stored.url) : null;
  return {
    configured: stored !== null,
    platform: kind ? message(lang, `robot.${kind}`) : '',
    place: stored ? webhookPlace(stored.url) : '',
    secret: stored?.secret ? secretTail(stored.secret) : '',
    inCells: inCells ? message(lang, 'robot.in_cells', { sheet: inCells.sheet }) : null,
    note: redactSecrets(note),
  };
}
