// 关于 (menu): which sheets are recognised, as what.

import { runInspect } from '../../app/operations/inspect';
import { kindLabel } from '../../app/present/render';
import { type Lang, message } from '../../domain/i18n/messages';
import { openWorkbook } from '../runtime';

/** About: which sheets are recognised, as what. */
export function inspectMenu(lang: Lang): void {
  const inspection = runInspect(openWorkbook());
  const list = inspection.sheets
    .flatMap((s) => (s.kind === null ? [] : [`${s.name} → ${kindLabel(s.kind, lang)}`]))
    .join(message(lang, 'about.separator'));
  SpreadsheetApp.getUi().alert(
    message(lang, 'app.name'),
    message(lang, 'about.text', { sheets: list || message(lang, 'about.none') }),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}
