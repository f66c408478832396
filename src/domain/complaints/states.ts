// Complaint deadlines and states (docs/domain.md, "Complaint deadlines").

import type { WorkCalendar } from '../calendar/calendar';
import { HOUR_MS } from '../calendar/time';
import type { Settings } from '../params/table';
import type { RowStatus } from '../sheets/status';

export type ComplaintState =
  | 'reply_overdue'
  | 'solution_overdue'
  | 'due_soon'
  | 'open'
  | 'closed_on_time'
  | 'closed_late'
  /** A status cell says it is handled; when is not known, so it is neither on time nor late. */
  | 'closed'
  /** A status cell says it is void: listed, counted in no figure. */
  | 'void';

/** True for a state past a deadline (the reply's or the solution's). */
export function isOverdueState(state: ComplaintState): boolean {
  return state === 'reply_overdue' || state === 'solution_overdue';
}

/** True for a state of a handled complaint (on time, late, or said so by a status cell). */
export function isClosedState(state: ComplaintState): boolean {
  return state === 'closed_on_time' || state === 'closed_late' || state === 'closed';
}

export type Level = '普通' | '重大';

/** A complaint as read from 投诉登记 (instants; null where blank or unreadable). */
export interface Complaint {
  readonly row: number;
  readonly id: string;
  readonly level: Level;
  readonly received: number;
  readonly firstReply: number | null;
  readonly solution: number | null;
  readonly callback: number | null;
  /** What its status cells say (结案状态词 / 作废状态词). */
  readonly status: RowStatus;
}

export interface Deadlines {
  readonly replyDue: number;
  readonly solutionDue: number;
}

export interface ComplaintStatus extends Deadlines {
  readonly state: ComplaintState;
  /** Calendar hours: negative since the missed deadline when overdue, else until the next one; null once closed. */
  readonly hoursLeft: number | null;
}

type ClockSettings = Pick<
  Settings,
  | 'replyHoursNormal'
  | 'replyHoursMajor'
  | 'solutionHoursNormal'
  | 'solutionHoursMajor'
  | 'clockMode'
  | 'dueSoonHours'
>;

/**
 * The reply and solution deadlines: received + the level's limits, in calendar hours or, when
 * 计时方式 is 工作时, in working hours of the calendar.
 */
export function deadlines(
  received: number,
  level: Level,
  settings: ClockSettings,
  calendar: WorkCalendar,
  timeZone: string,
): Deadlines {
  const reply = level === '重大' ? settings.replyHoursMajor : settings.replyHoursNormal;
  const solution = level === '重大' ? settings.solutionHoursMajor : settings.solutionHoursNormal;
  if (settings.clockMode === '工作时') {
    return {
      replyDue: calendar.addWorkingHours(received, reply, timeZone),
      solutionDue: calendar.addWorkingHours(received, solution, timeZone),
    };
  }
  return { replyDue: received + reply * HOUR_MS, solutionDue: received + solution * HOUR_MS };
}

function hours(ms: number): number {
  return Math.round((ms / HOUR_MS) * 10) / 10 + 0;
}

/**
 * A complaint's state as of `now`. The first reply is 首次答复时间, or 方案时间 when no reply was
 * recorded (a solution is a reply).
 */
export function complaintState(
  complaint: Complaint,
  due: Deadlines,
  now: number,
  settings: ClockSettings,
): ComplaintStatus {
  const { replyDue, solutionDue } = due;
  // One object shape for every status (no spreads): large sheets stay on V8's fast path.
  const status = (state: ComplaintState, hoursLeft: number | null): ComplaintStatus => ({
    replyDue,
    solutionDue,
    state,
    hoursLeft,
  });
  if (complaint.status === 'void') return status('void', null);
  const reply = complaint.firstReply ?? complaint.solution;
  if (complaint.solution === null && complaint.status === 'closed') return status('closed', null);
  if (complaint.solution !== null) {
    const onTime = complaint.solution <= solutionDue && reply !== null && reply <= replyDue;
    return status(onTime ? 'closed_on_time' : 'closed_late', null);
  }
  if (now > solutionDue) return status('solution_overdue', hours(solutionDue - now));
  if (reply === null && now > replyDue) return status('reply_overdue', hours(replyDue - now));
  const next = reply === null ? replyDue : solutionDue;
  const left = next - now;
  return status(left <= settings.dueSoonHours * HOUR_MS ? 'due_soon' : 'open', hours(left));
}

export interface ComplaintSummary {
  /** Every complaint but the void ones. */
  readonly total: number;
  readonly replyOverdue: number;
  readonly solutionOverdue: number;
  readonly dueSoon: number;
  readonly open: number;
  readonly closedOnTime: number;
  readonly closedLate: number;
  readonly closed: number;
  readonly void: number;
}

/** Counts of each state. */
export function summarizeStates(states: readonly ComplaintState[]): ComplaintSummary {
  const count = (s: ComplaintState) => states.filter((x) => x === s).length;
  return {
    total: states.length - count('void'),
    replyOverdue: count('reply_overdue'),
    solutionOverdue: count('solution_overdue'),
    dueSoon: count('due_soon'),
    open: count('open'),
    closedOnTime: count('closed_on_time'),
    closedLate: count('closed_late'),
    closed: count('closed'),
    void: count('void'),
  };
}
