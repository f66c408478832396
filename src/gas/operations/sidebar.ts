import {
  computeScoresTab,
  mapColumnTab,
  type OverviewJson,
  overviewTab,
  type RecognitionJson,
  type RulesJson,
  recognitionTab,
  rulesTab,
  type ScoresJson,
  scoresTab,
  setKindTab,
} from '../../app/operations/sidebar';
import { KefuError } from '../../domain/i18n/errors';
import { type Lang, message, messageKeys } from '../../domain/i18n/messages';
import { deliveryText, lastDelivery } from '../alerts';
import { openWorkbook, serverCall, withDocumentLock } from '../runtime';

/**
 * The sidebar page with its start-up data in place of the template's marker: JSON inside a script
 * element, "<" escaped so no text can close the element, inserted by a function so that `$&` or
 * `$'` in a label stay as written (a replacement string would expand them).
 */
export function withBoot(template: string, boot: unknown): string {
  const json = JSON.stringify(boot).replace(/</g, '\\u003c');
  return template.replace('/*BOOT*/null', () => json);
}

/** The sidebar (300 px) in the user's language. */
export function sidebarMenu(lang: Lang): void {
  const labels: Record<string, string> = {};
  for (const key of messageKeys()) if (key.startsWith('ui.')) labels[key.slice(3)] = message(lang, key);
  const page = withBoot(HtmlService.createHtmlOutputFromFile('Sidebar').getContent(), { lang, labels });
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(page).setTitle(message(lang, 'ui.title')));
}

/** Sidebar: the overview tab. */
export function sidebarOverview(): OverviewJson {
  return serverCall((lang) => {
    const overview = overviewTab(openWorkbook(), Date.now(), lang);
    // A refusal of the group robot stays in view until a delivery succeeds.
    const last = lastDelivery();
    if (!last || last.ok) return overview;
    return { ...overview, notes: [...overview.notes, deliveryText(last, 0, lang)] };
  });
}

/** Sidebar: a month's scores, computed without writing. */
export function sidebarScores(month: string): ScoresJson {
  return serverCall((lang) => scoresTab(openWorkbook(), month || null, Date.now(), lang));
}

/** Sidebar: computes a month's scores and writes them into 月度考核. */
export function sidebarComputeScores(month: string): ScoresJson {
  return serverCall((lang) => {
    const port = openWorkbook();
    return withDocumentLock(() => computeScoresTab(port, month, Date.now(), lang));
  });
}

/** Sidebar: the parameters in force. */
export function sidebarRules(): RulesJson {
  return serverCall((lang) => rulesTab(openWorkbook(), lang));
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
  return serverCall((lang) => recognitionTab(openWorkbook(), lang));
}

/** Sidebar: sets a sheet's kind in 列名对照 (under the document lock). */
export function sidebarSetKind(sheet: string, kind: string): RecognitionJson {
  return serverCall((lang) => {
    const port = openWorkbook();
    return withDocumentLock(() => setKindTab(port, sheet, kind, lang));
  });
}

/** Sidebar: maps a column to a field in 列名对照 (under the document lock). */
export function sidebarMapColumn(sheet: string, column: string, field: string): RecognitionJson {
  return serverCall((lang) => {
    const port = openWorkbook();
    return withDocumentLock(() => mapColumnTab(port, sheet, column, field, lang));
  });
}
