// 回访计划 (menu): the callbacks due and the month's callback rate.

import { runCallbacks } from '../../app/operations/callbacks';
import { toastNotes } from '../../app/present/warnings';
import { type Lang, message } from '../../domain/i18n/messages';
import { openWorkbook, toast, withDocumentLock } from '../runtime';

import { wherever } from './shared';

/** Callback plan. */
export function callbacksMenu(lang: Lang): void {
  const port = openWorkbook();
  const report = withDocumentLock(() => runCallbacks(port, { now: Date.now(), lang, write: true }));
  const count = (state: string) => report.due.filter((d) => d.state === state).length;
  const done = message(lang, 'callbacks.toast', {
    overdue: count('overdue'),
    due: count('due'),
    sheet: report.output?.sheet ?? '',
  });
  toast(wherever(done, report.output, lang) + toastNotes(report.warnings, lang), lang);
}
