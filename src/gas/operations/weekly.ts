// 本周投诉汇总 (menu): asks for the week and writes its block in 投诉周报.

import { runWeekly } from '../../app/operations/weekly';
import { toastNotes } from '../../app/present/warnings';
import { lastFullWeek, parseIsoWeek } from '../../domain/calendar/isoweek';
import { dayKey } from '../../domain/calendar/time';
import { type Lang, message } from '../../domain/i18n/messages';
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
