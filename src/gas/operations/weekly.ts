// 本周投诉汇总 (menu): asks for the week and writes its block in 投诉周报.

import { toastNotes } from '../../app/warnings';
import { runWeekly } from '../../app/weekly';
import { lastFullWeek, parseIsoWeek } from '../../domain/isoweek';
import { type Lang, message } from '../../domain/messages';
import { dayKey } from '../../domain/time';
import { openWorkbook, toast, withDocumentLock } from '../runtime';

import { askPeriod, wherever } from './shared';

/** 本周投诉汇总: asks for the week (default: the last full one) and writes its block in 投诉周报. */
export function weeklyMenu(lang: Lang): void {
  const port = openWorkbook();
  const suggested = lastFullWeek(dayKey(Date.now(), port.timeZone));
  const week = askPeriod(
    lang,
    {
      title: 'weekly.prompt_title',
      prompt: 'weekly.prompt',
      params: { week: suggested },
      bad: 'weekly.bad_week',
    },
    suggested,
    parseIsoWeek,
  );
  if (!week) return;
  const summary = withDocumentLock(() => runWeekly(port, { week, now: Date.now(), lang, write: true }));
  const done = message(lang, 'weekly.done', {
    week,
    received: summary.complaints.received,
    closed: summary.complaints.closed,
    sheet: summary.output?.sheet ?? '',
  });
  toast(wherever(done, summary.output, lang) + toastNotes(summary.warnings, lang), lang);
}
