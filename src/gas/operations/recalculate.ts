// 重新计算 (menu): recalculates the custom functions that read 规则设置 or 节假日.

import { type Lang, message } from '../../domain/i18n/messages';
import { SETTINGS_FUNCTIONS } from '../custom';
import { toast, withDocumentLock } from '../runtime';

/**
 * Recalculates the custom functions that read 规则设置 or 节假日: each formula using one is
 * rewritten (a space after the function's parenthesis) and written back exactly as it was, which
 * makes Sheets recalculate it. Under the document lock; the toast says how many cells.
 */
export function recalculateMenu(lang: Lang): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const cells = withDocumentLock(() => {
    let count = 0;
    for (const name of SETTINGS_FUNCTIONS) {
      const find = (text: string) =>
        spreadsheet.createTextFinder(text).matchFormulaText(true).matchCase(true);
      const changed = find(`${name}(`).replaceAllWith(`${name}( `);
      if (changed === 0) continue;
      find(`${name}( `).replaceAllWith(`${name}(`);
      count += changed;
    }
    return count;
  });
  toast(message(lang, 'custom.recalculated', { count: cells }), lang);
}
