// The callback plan in words for people: the month's rate and complaint figures as two lines, and
// a callback as a row of 回访计划 (the CLI's table too), phones masked.

import { parseIsoMoment } from '../../domain/calendar/time';
import type { CallbackStatus } from '../../domain/callbacks/callbacks';
import { chineseIn, type Lang, message } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import { maskPhone, maskPhonesInText } from '../../domain/phone/phone';
import type { WriteValue } from '../port';
import type { CallbackReport } from '../reports/callbacks';
import { stateLabel } from './render';

/** A share as people read it: 46.7%, or '-' when there is nothing to divide by. */
function formatPercent(value: number | null): string {
  return value === null ? '-' : `${Math.round(value * 1000) / 10}%`;
}

/** The month's callback rate and complaint figures, as two lines for people. */
export function callbackSummary(report: CallbackReport, lang: Lang): [string, string] {
  const { rate, complaints } = report;
  return [
    message(lang, 'callbacks.rate_line', {
      month: report.month,
      done: rate.done,
      due: rate.due,
      rate: formatPercent(rate.value),
      target: formatPercent(rate.target),
    }),
    message(lang, 'callbacks.complaints_line', {
      received: complaints.received,
      handled: formatPercent(complaints.handledRate),
      onTime: formatPercent(complaints.onTimeRate),
      reply: complaints.averageHoursToReply ?? '-',
      solution: complaints.averageHoursToSolution ?? '-',
    }),
  ];
}

/**
 * A callback in the columns of CALLBACK_COLUMNS, phones masked as 地区 reads them; source and record
 * link to their rows.
 */
export function callbackLine(s: CallbackStatus, lang: Lang, timeZone: string, region: Region): WriteValue[] {
  const due = parseIsoMoment(s.item.dueDay, timeZone);
  return [
    // The add-on's own word for the callback (投诉后回访) in the user's script.
    chineseIn(lang, s.item.type),
    maskPhonesInText(s.item.customer, region),
    maskPhone(s.item.phone, region),
    due === null ? s.item.dueDay : new Date(due),
    stateLabel(s.state, lang),
    { text: `${s.item.sheet}!A${s.item.row}`, link: { sheet: s.item.sheet, row: s.item.row, column: 1 } },
    s.record
      ? {
          text: `${s.record.sheet}!A${s.record.row}`,
          link: { sheet: s.record.sheet, row: s.record.row, column: 1 },
        }
      : null,
  ];
}
