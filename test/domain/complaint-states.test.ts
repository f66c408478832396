// Every state a complaint can be in (src/domain/complaints/states.ts), with the deadlines of 普通 and 重大
// in calendar hours and in working hours (weekends, National Day and its make-up Saturday, the
// team's own 节假日), and what a status cell says (src/domain/sheets/status.ts): fixed dates, exact outputs.

import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../src/domain/calendar/calendar';
import { formatIso } from '../../src/domain/calendar/time';
import {
  type Complaint,
  type ComplaintState,
  complaintState,
  deadlines,
  isClosedState,
  isOverdueState,
  type Level,
  summarizeStates,
} from '../../src/domain/complaints/states';
import { defaultSettings } from '../../src/domain/params/readers';
import { isResolved, rowStatus } from '../../src/domain/sheets/status';
import { sh } from '../helpers/workbooks';

const ZONE = 'Asia/Shanghai';
/** Defaults: 普通 24 h to reply and 72 h to a solution, 重大 2 h and 24 h, due soon within 4 h, 自然时. */
const CALENDAR_HOURS = defaultSettings();
const WORKING_HOURS = { ...CALENDAR_HOURS, clockMode: '工作时' as const };
const MAINLAND = new WorkCalendar();

/** Received Monday 2026-11-02 09:00. */
const RECEIVED = sh(2026, 11, 2, 9).getTime();

function complaint(patch: Partial<Complaint> = {}): Complaint {
  return {
    row: 2,
    id: 'K1',
    level: '普通',
    received: RECEIVED,
    firstReply: null,
    solution: null,
    callback: null,
    status: null,
    ...patch,
  };
}

const at = (mo: number, d: number, h = 0, mi = 0) => sh(2026, mo, d, h, mi).getTime();

/** The complaint's state at `now`, its deadlines from the settings (calendar hours unless told). */
function stateOf(c: Complaint, now: number, settings = CALENDAR_HOURS, calendar = MAINLAND) {
  return complaintState(c, deadlines(c.received, c.level, settings, calendar, ZONE), now, settings);
}

const due = (received: number, level: Level, settings = CALENDAR_HOURS, calendar = MAINLAND, zone = ZONE) => {
  const d = deadlines(received, level, settings, calendar, zone);
  return [formatIso(d.replyDue, zone), formatIso(d.solutionDue, zone)];
};

describe('deadlines in calendar hours', () => {
  it('are 24 h to reply and 72 h to a solution for 普通', () => {
    expect(due(RECEIVED, '普通')).toEqual(['2026-11-03T09:00:00+08:00', '2026-11-05T09:00:00+08:00']);
  });

  it('are 2 h and 24 h for 重大', () => {
    expect(due(RECEIVED, '重大')).toEqual(['2026-11-02T11:00:00+08:00', '2026-11-03T09:00:00+08:00']);
  });

  it('run through nights and weekends', () => {
    // Friday 17:00: the reply is due Saturday 17:00.
    expect(due(at(11, 6, 17), '普通')[0]).toBe('2026-11-07T17:00:00+08:00');
  });

  it('are the team’s own limits when 规则设置 changes them', () => {
    const settings = { ...CALENDAR_HOURS, replyHoursNormal: 8, solutionHoursNormal: 48 };
    expect(due(RECEIVED, '普通', settings)).toEqual([
      '2026-11-02T17:00:00+08:00',
      '2026-11-04T09:00:00+08:00',
    ]);
  });
});

describe('deadlines in working hours (工作时, 09:00–18:00 on the mainland)', () => {
  it('skip the weekend: 普通 received Friday 17:00', () => {
    // Reply: Fri 1 h, Mon 9 (10), Tue 9 (19), Wed 5 → 14:00. Solution: … Tue 11-17 (64), Wed 8 → 17:00.
    expect(due(at(11, 6, 17), '普通', WORKING_HOURS)).toEqual([
      '2026-11-11T14:00:00+08:00',
      '2026-11-18T17:00:00+08:00',
    ]);
  });

  it('skip the weekend: 重大 received Friday 17:00', () => {
    // Reply: Fri 1 h, Mon 1 h → 10:00. Solution: Fri 1, Mon 9, Tue 9, Wed 5 → 14:00.
    expect(due(at(11, 6, 17), '重大', WORKING_HOURS)).toEqual([
      '2026-11-09T10:00:00+08:00',
      '2026-11-11T14:00:00+08:00',
    ]);
  });

  it('start at the next working moment when received outside working hours', () => {
    // Saturday 20:00: from Monday 09:00, 2 h → 11:00.
    expect(due(at(11, 7, 20), '重大', WORKING_HOURS)[0]).toBe('2026-11-09T11:00:00+08:00');
  });

  it('skip National Day and count its make-up Saturday', () => {
    // Wed 09-30 17:00: 1 h, 10-01…10-07 off, Thu 10-08 9 (10), Fri 10-09 9 (19), Sat 10-10 works: 5 → 14:00.
    expect(due(at(9, 30, 17), '普通', WORKING_HOURS)[0]).toBe('2026-10-10T14:00:00+08:00');
    // In calendar hours the same complaint is due on the holiday.
    expect(due(at(9, 30, 17), '普通')[0]).toBe('2026-10-01T17:00:00+08:00');
  });

  it('let the team’s 节假日 win over the built-in calendar', () => {
    const team = new WorkCalendar(new Map([['2026-10-10', '休']]));
    // 10-10 is off after all: Mon 10-12 5 h → 14:00.
    expect(due(at(9, 30, 17), '普通', WORKING_HOURS, team)[0]).toBe('2026-10-12T14:00:00+08:00');
    const workingSunday = new WorkCalendar(new Map([['2026-11-08', '班']]));
    // Friday 17:00, 重大: Fri 1 h, Sunday 11-08 works → 10:00.
    expect(due(at(11, 6, 17), '重大', WORKING_HOURS, workingSunday)[0]).toBe('2026-11-08T10:00:00+08:00');
  });

  it('follow the region’s calendar and working day (Taiwan, 08:30–17:30)', () => {
    const taiwan = new WorkCalendar(new Map(), 8 * 60 + 30, 17 * 60 + 30, 'TW');
    // Wed 09-30 09:00: 8.5 h, 10-01 (a working day in Taiwan) 9 h, 10-02 6.5 h → 15:00.
    expect(due(at(9, 30, 9), '普通', WORKING_HOURS, taiwan, 'Asia/Taipei')[0]).toBe(
      '2026-10-02T15:00:00+08:00',
    );
  });
});

describe('the state of a complaint', () => {
  it('is open while the reply is not yet due, counting the hours to it', () => {
    expect(stateOf(complaint(), at(11, 2, 12))).toEqual({
      state: 'open',
      hoursLeft: 21,
      replyDue: at(11, 3, 9),
      solutionDue: at(11, 5, 9),
    });
  });

  it('is due soon within 4 hours of the reply', () => {
    expect(stateOf(complaint(), at(11, 3, 6))).toMatchObject({ state: 'due_soon', hoursLeft: 3 });
    // Exactly 4 h before is due soon; 4 h 6 min before is not yet.
    expect(stateOf(complaint(), at(11, 3, 5)).state).toBe('due_soon');
    expect(stateOf(complaint(), at(11, 3, 4, 54)).state).toBe('open');
  });

  it('is reply overdue once the reply deadline passes unanswered, counting the hours since', () => {
    expect(stateOf(complaint(), at(11, 3, 10))).toMatchObject({ state: 'reply_overdue', hoursLeft: -1 });
    // At the deadline itself it is not yet overdue.
    expect(stateOf(complaint(), at(11, 3, 9)).state).toBe('due_soon');
  });

  it('once answered, runs on the solution deadline', () => {
    const answered = complaint({ firstReply: at(11, 2, 10) });
    expect(stateOf(answered, at(11, 3, 10))).toMatchObject({ state: 'open', hoursLeft: 47 });
    expect(stateOf(answered, at(11, 5, 6, 30))).toMatchObject({ state: 'due_soon', hoursLeft: 2.5 });
  });

  it('is solution overdue once the solution deadline passes, answered or not', () => {
    expect(stateOf(complaint({ firstReply: at(11, 2, 10) }), at(11, 5, 10))).toMatchObject({
      state: 'solution_overdue',
      hoursLeft: -1,
    });
    // Never answered either: the solution's deadline is the one past now.
    expect(stateOf(complaint(), at(11, 6, 9))).toMatchObject({ state: 'solution_overdue', hoursLeft: -24 });
  });

  it('is closed on time when the reply and the solution met their deadlines', () => {
    const c = complaint({ firstReply: at(11, 2, 10), solution: at(11, 4, 9) });
    expect(stateOf(c, at(11, 20, 9))).toMatchObject({ state: 'closed_on_time', hoursLeft: null });
    // A solution with no reply recorded is the reply.
    expect(stateOf(complaint({ solution: at(11, 3, 8) }), at(11, 20)).state).toBe('closed_on_time');
  });

  it('is closed late when the solution, or the reply, came after its deadline', () => {
    expect(stateOf(complaint({ firstReply: at(11, 2, 10), solution: at(11, 5, 10) }), at(11, 20)).state).toBe(
      'closed_late',
    );
    expect(stateOf(complaint({ firstReply: at(11, 3, 12), solution: at(11, 4, 9) }), at(11, 20)).state).toBe(
      'closed_late',
    );
    expect(stateOf(complaint({ solution: at(11, 3, 10) }), at(11, 20)).state).toBe('closed_late');
  });

  it('of a 重大 complaint runs on its shorter limits', () => {
    const major = complaint({ level: '重大' });
    expect(stateOf(major, at(11, 2, 10))).toMatchObject({ state: 'due_soon', hoursLeft: 1 });
    expect(stateOf(major, at(11, 2, 12))).toMatchObject({ state: 'reply_overdue', hoursLeft: -1 });
    expect(stateOf({ ...major, firstReply: at(11, 2, 10) }, at(11, 3, 10)).state).toBe('solution_overdue');
    expect(stateOf({ ...major, firstReply: at(11, 2, 10), solution: at(11, 3, 8) }, at(11, 20)).state).toBe(
      'closed_on_time',
    );
  });

  it('is closed, neither on time nor late, when a status cell says so without a solution time', () => {
    expect(stateOf(complaint({ status: 'closed' }), at(11, 20))).toMatchObject({
      state: 'closed',
      hoursLeft: null,
    });
    // With a solution time, the times decide.
    expect(stateOf(complaint({ status: 'closed', solution: at(11, 5, 10) }), at(11, 20)).state).toBe(
      'closed_late',
    );
  });

  it('is void when a status cell says so, whatever its times', () => {
    expect(stateOf(complaint({ status: 'void' }), at(11, 20))).toMatchObject({
      state: 'void',
      hoursLeft: null,
    });
    expect(stateOf(complaint({ status: 'void', solution: at(11, 3) }), at(11, 20)).state).toBe('void');
  });

  it('in working hours is open across the holiday where calendar hours say overdue', () => {
    const c = complaint({ received: at(9, 30, 17) });
    // Due 10-10 14:00 in working hours: 28 calendar hours left at 10-09 10:00.
    expect(stateOf(c, at(10, 9, 10), WORKING_HOURS)).toMatchObject({ state: 'open', hoursLeft: 28 });
    // In calendar hours even the solution was due 10-03 17:00: 137 hours before.
    expect(stateOf(c, at(10, 9, 10))).toMatchObject({ state: 'solution_overdue', hoursLeft: -137 });
  });
});

describe('the kinds of state', () => {
  const ALL: ComplaintState[] = [
    'reply_overdue',
    'solution_overdue',
    'due_soon',
    'open',
    'closed_on_time',
    'closed_late',
    'closed',
    'void',
  ];

  it('overdue: past the reply’s or the solution’s deadline', () => {
    expect(ALL.filter(isOverdueState)).toEqual(['reply_overdue', 'solution_overdue']);
  });

  it('closed: on time, late, or said so by a status cell (void is not closed)', () => {
    expect(ALL.filter(isClosedState)).toEqual(['closed_on_time', 'closed_late', 'closed']);
  });

  it('are counted, void ones outside the total', () => {
    expect(summarizeStates([...ALL, 'open', 'void'])).toEqual({
      total: 8,
      replyOverdue: 1,
      solutionOverdue: 1,
      dueSoon: 1,
      open: 2,
      closedOnTime: 1,
      closedLate: 1,
      closed: 1,
      void: 2,
    });
  });
});

describe('what a status cell says', () => {
  const words = CALENDAR_HOURS;

  it('closes a complaint with a closed word, in either script and in English', () => {
    for (const said of ['已处理', '已處理', '已办结', 'Resolved', '退款成功']) {
      expect(rowStatus([said], words), said).toBe('closed');
    }
  });

  it('does not close it when the same cell says not yet', () => {
    for (const said of ['未处理', '未解决', 'not resolved', 'unresolved', '处理中', '']) {
      expect(rowStatus([said], words), said).toBeNull();
    }
  });

  it('voids it with a void word, which wins over a closed word in another cell', () => {
    expect(rowStatus(['作废'], words)).toBe('void');
    expect(rowStatus(['重复登记'], words)).toBe('void');
    expect(rowStatus(['已处理', '作废'], words)).toBe('void');
    expect(rowStatus(['', '已处理'], words)).toBe('closed');
  });

  it('resolves an after-sales case only with a word that means done', () => {
    const list = words.lists.caseStatus;
    expect(
      ['已解决', '已换货', '已寄回', 'returned', '已返修'].filter((s) => isResolved(s, words, list)),
    ).toEqual(['已解决', '已换货', '已寄回', 'returned', '已返修']);
    expect(
      ['处理中', '退款中', '待审核', '已拒绝', '未解决', 'pending', '作废', ''].filter((s) =>
        isResolved(s, words, list),
      ),
    ).toEqual([]);
  });

  it('takes the team’s own words from 规则设置', () => {
    const team = { ...words, closedWords: ['搞定'], voidWords: ['不算'] };
    expect(rowStatus(['搞定'], team)).toBe('closed');
    expect(rowStatus(['已处理'], team)).toBeNull();
    expect(rowStatus(['不算'], team)).toBe('void');
  });
});
