import { runScores } from '../../app/operations/scores';
import { toastNotes } from '../../app/present/warnings';
import { suggestMonth } from '../../app/reports/scores';
import { parseMonth } from '../../domain/calendar/parse';
import { type Lang, message } from '../../domain/i18n/messages';
import { openWorkbook, toast, withDocumentLock } from '../runtime';

import { askPeriod, wherever } from './shared';

/** Compute monthly scores: asks for the month, computes and writes it under the document lock. */
export function scoresMenu(lang: Lang): void {
  const port = openWorkbook();
  const suggested = suggestMonth(Date.now(), port.timeZone);
  const month = askPeriod(
    lang,
    {
      title: 'scores.prompt_title',
      prompt: 'scores.prompt',
      params: { month: suggested },
      bad: 'cli.bad_month',
    },
    suggested,
    (typed) => parseMonth(typed, port.timeZone) ?? null,
  );
  if (!month) return;
  toast(message(lang, 'scores.computing', { month }), lang);
  const report = withDocumentLock(() => runScores(port, { month, now: Date.now(), lang, write: true }));
  const done = message(lang, 'scores.done', {
    month,
    people: report.scores.staff.length,
    above: report.scores.team.atOrAbove100,
    below: report.scores.staff.filter((p) => p.dismissalReview).length,
    sheet: report.output?.sheet ?? '',
  });
  toast(wherever(done, report.output, lang) + toastNotes(report.warnings, lang), lang);
}
