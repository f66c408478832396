// The month's complaint figures: received, closed, on time, average hours to reply and to solve.

import { average } from '../arrays';
import { HOUR_MS } from '../calendar/time';
import type { Complaint, ComplaintStatus } from './states';

export interface ComplaintMonthFigures {
  readonly month: string;
  readonly received: number;
  /** Complaints with a solution or a closed status, and their share of those received. */
  readonly handled: number;
  readonly handledRate: number | null;
  /** Of the handled whose times are known, those that met both deadlines. */
  readonly onTime: number;
  readonly onTimeRate: number | null;
  /** Average calendar hours from receipt to the first reply and to the solution. */
  readonly averageHoursToReply: number | null;
  readonly averageHoursToSolution: number | null;
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : Math.round((a / b) * 10_000) / 10_000;
}

/** The month's complaint figures, over complaints received in the month. */
export function complaintMonthFigures(
  month: string,
  items: readonly { complaint: Complaint; status: ComplaintStatus; month: string }[],
): ComplaintMonthFigures {
  // A void complaint counts in no figure.
  const inMonth = items.filter((i) => i.month === month && i.status.state !== 'void');
  const handled = inMonth.filter((i) => i.complaint.solution !== null || i.status.state === 'closed');
  const timed = handled.filter((i) => i.complaint.solution !== null);
  const onTime = timed.filter((i) => i.status.state === 'closed_on_time');
  const replyHours = inMonth
    .map((i) => i.complaint.firstReply ?? i.complaint.solution)
    .map((reply, k) => (reply === null ? null : (reply - (inMonth[k]?.complaint.received ?? 0)) / HOUR_MS))
    .filter((h): h is number => h !== null);
  const solutionHours = timed.map((i) => ((i.complaint.solution ?? 0) - i.complaint.received) / HOUR_MS);
  return {
    month,
    received: inMonth.length,
    handled: handled.length,
    handledRate: ratio(handled.length, inMonth.length),
    onTime: onTime.length,
    onTimeRate: ratio(onTime.length, timed.length),
    averageHoursToReply: average(replyHours),
    averageHoursToSolution: average(solutionHours),
  };
}
