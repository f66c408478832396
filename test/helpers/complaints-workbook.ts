// A third team's complaints and callbacks, with deadlines and states worked out by hand.

import { type SheetData, sh } from './workbooks';

/** "Now" for these tests: Monday 2026-10-12 10:00 in Shanghai. */
export const COMPLAINTS_NOW = '2026-10-12T10:00:00+08:00';

/**
 * Complaints C1–C5. With `working`, 规则设置 says 工作时 08:30-17:30 and 节假日 makes Fri 10-09 a
 * day off and Sun 10-11 a working day (besides the built-in make-up Saturday 10-10).
 */
export function complaintsWorkbook(working: boolean): SheetData[] {
  const sheets: SheetData[] = [
    {
      name: '客诉',
      rows: [
        [
          '工单号',
          '受理时间',
          '客户姓名',
          '电话',
          '投诉级别',
          '呼入内容',
          '处理人',
          '答复时间',
          '方案给出时间',
          '完成时间',
          '回访时间',
        ],
        ['C1', sh(2026, 9, 30, 16), '甲', '13912340001', '普通', '未发货', '赵一', null, null, null, null],
        ['C2', '2026-10-12 09:00', '乙', '13912340002', '重大', '漏电', '赵一', null, null, null, null],
        [
          'C3',
          sh(2026, 10, 8, 17, 30),
          '丙',
          '021-62340003',
          '普通',
          '发票',
          '赵一',
          sh(2026, 10, 10, 9),
          sh(2026, 10, 12, 9, 30),
          null,
          null,
        ],
        [
          'C4',
          sh(2026, 10, 12, 9, 30),
          '丁',
          '13912340004',
          null,
          '少件',
          '赵一',
          sh(2026, 10, 12, 9, 45),
          null,
          null,
          null,
        ],
        [
          'C5',
          sh(2026, 10, 12, 7),
          '戊',
          '13912340005',
          '普通',
          '催件',
          '赵一',
          null,
          sh(2026, 10, 12, 8),
          null,
          null,
        ],
      ],
    },
    {
      name: '员工名单',
      rows: [
        ['姓名', '岗位'],
        ['赵一', '售后客服'],
      ],
    },
  ];
  if (working) {
    sheets.push(
      {
        name: '规则设置',
        rows: [
          ['参数', '值'],
          ['计时方式', '工作时'],
          ['工作时间', '8:30-17:30'],
        ],
      },
      {
        name: '节假日',
        rows: [
          ['日期', '类型', '说明'],
          [sh(2026, 10, 9), '休', '公司调休'],
          ['2026-10-11', '班', '补班'],
        ],
      },
    );
  }
  return sheets;
}

type Expect = { state: string; replyDue: string; solutionDue: string; hoursLeft: number | null };

/** Calendar hours (自然时). */
export const CALENDAR_EXPECTED: Record<string, Expect> = {
  // 24 h / 72 h from 09-30 16:00; now is long after the solution deadline.
  C1: {
    state: 'solution_overdue',
    replyDue: '2026-10-01T16:00:00+08:00',
    solutionDue: '2026-10-03T16:00:00+08:00',
    hoursLeft: -210,
  },
  // Major: 2 h / 24 h; one hour to the reply deadline is within the 4-hour warning.
  C2: {
    state: 'due_soon',
    replyDue: '2026-10-12T11:00:00+08:00',
    solutionDue: '2026-10-13T09:00:00+08:00',
    hoursLeft: 1,
  },
  // Replied and solved after both calendar deadlines.
  C3: {
    state: 'closed_late',
    replyDue: '2026-10-09T17:30:00+08:00',
    solutionDue: '2026-10-11T17:30:00+08:00',
    hoursLeft: null,
  },
  // Replied; the solution is due 10-15 09:30, 71.5 h away.
  C4: {
    state: 'open',
    replyDue: '2026-10-13T09:30:00+08:00',
    solutionDue: '2026-10-15T09:30:00+08:00',
    hoursLeft: 71.5,
  },
  // Solved within the hour; the solution counts as the reply.
  C5: {
    state: 'closed_on_time',
    replyDue: '2026-10-13T07:00:00+08:00',
    solutionDue: '2026-10-15T07:00:00+08:00',
    hoursLeft: null,
  },
};

/** Working hours 08:30-17:30 (9 h a day), 10-09 off and 10-11 on by 节假日. */
export const WORKING_EXPECTED: Record<string, Expect> = {
  // 09-30 1.5 h; National Day skipped; 10-08 9 h (10.5); 10-09 off; 10-10 make-up 9 h (19.5);
  // 10-11 worked 4.5 h → reply 10-11 13:00. Solution: … 10-16 7.5 h → 16:00. Now: reply overdue by 21 h.
  C1: {
    state: 'reply_overdue',
    replyDue: '2026-10-11T13:00:00+08:00',
    solutionDue: '2026-10-16T16:00:00+08:00',
    hoursLeft: -21,
  },
  // From 09:00: reply 11:00; solution 10-12 8.5 h, 10-13 9 h, 10-14 6.5 h → 15:00.
  C2: {
    state: 'due_soon',
    replyDue: '2026-10-12T11:00:00+08:00',
    solutionDue: '2026-10-14T15:00:00+08:00',
    hoursLeft: 1,
  },
  // Received at 17:30 (end of day; 10-09 off) → counts from 10-10 08:30: reply 10-12 14:30;
  // solution 72 h lands exactly at 10-19 17:30 and stays there. Both met.
  C3: {
    state: 'closed_on_time',
    replyDue: '2026-10-12T14:30:00+08:00',
    solutionDue: '2026-10-19T17:30:00+08:00',
    hoursLeft: null,
  },
  // Reply 24 h from 10-12 09:30: 8 + 9 + 7 → 10-14 15:30. Solution 72 h: 8 + 9×7 (13th–16th,
  // 19th–21st) = 71, + 1 h → 10-22 09:30, 239.5 calendar hours away.
  C4: {
    state: 'open',
    replyDue: '2026-10-14T15:30:00+08:00',
    solutionDue: '2026-10-22T09:30:00+08:00',
    hoursLeft: 239.5,
  },
  // Received 07:00, counted from 08:30: reply 9 + 9 + 6 → 10-14 14:30; solution 72 h = 8 full days,
  // ending exactly at 10-21 17:30, where it stays.
  C5: {
    state: 'closed_on_time',
    replyDue: '2026-10-14T14:30:00+08:00',
    solutionDue: '2026-10-21T17:30:00+08:00',
    hoursLeft: null,
  },
};
