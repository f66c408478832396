// The weekly summary in words for people: its title and its figures as label–value lines (the
// 投诉周报 block, the robot's message, the CLI).

import { isChinese, type Lang, message } from '../../domain/i18n/messages';
import { SATISFACTION_ANSWERS } from '../../domain/sheets/schema';
import { compareText } from '../../domain/text';
import type { WeeklySummary } from '../reports/weekly';
import { ownValueLabel } from './render';

/**
 * `普通 7，重大 1`: counts by value, most first (ties in code-point order), or in a given order; the
 * add-on's own values named in the reader's language (Normal 7, Major 1), the team's as written.
 */
function countsText(counts: Readonly<Record<string, number>>, lang: Lang, order?: readonly string[]): string {
  const entries = order
    ? order.map((k): [string, number] => [k, counts[k] ?? 0])
    : Object.entries(counts).sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  return entries.length === 0
    ? '-'
    : entries.map(([k, v]) => `${ownValueLabel(k, lang)} ${v}`).join(isChinese(lang) ? '，' : ', ');
}

function hoursText(value: number | null): string {
  return value === null ? '-' : String(value);
}

/** The summary's figures as label–value lines (the 投诉周报 block, the robot's message, the CLI). */
export function weeklyLines(summary: WeeklySummary, lang: Lang): [string, string][] {
  const c = summary.complaints;
  const l = (key: Parameters<typeof message>[1]) => message(lang, key);
  return [
    [l('weekly.received'), String(c.received)],
    [l('weekly.by_level'), countsText(c.byLevel, lang)],
    [l('weekly.by_channel'), countsText(c.byChannel, lang)],
    [l('weekly.by_category'), countsText(c.byCategory, lang)],
    [l('weekly.closed'), message(lang, 'weekly.closed_value', { closed: c.closed, onTime: c.closedOnTime })],
    [l('weekly.avg_reply'), hoursText(c.avgReplyHours)],
    [l('weekly.avg_solution'), hoursText(c.avgSolutionHours)],
    [
      l('weekly.open_at_end'),
      message(lang, 'weekly.open_value', { open: c.openAtEnd, overdue: c.overdueAtEnd }),
    ],
    [l('weekly.callbacks'), `${summary.callbacks.done} / ${summary.callbacks.due}`],
    [l('weekly.satisfaction'), countsText(summary.satisfaction, lang, SATISFACTION_ANSWERS)],
  ];
}

/** A label and its value on one line: `收到投诉：3`, `Complaints received: 3`. */
export function weeklyLine([label, value]: [string, string], lang: Lang): string {
  return `${label}${isChinese(lang) ? '：' : ': '}${value}`;
}

/** The title of a week's block and message. */
export function weeklyTitle(summary: WeeklySummary, lang: Lang): string {
  return message(lang, 'weekly.title', { week: summary.week, from: summary.from, to: summary.to });
}
