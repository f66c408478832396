// The weekly complaint summary on a workbook whose answers are worked out by hand below.
import { describe, expect, it } from 'vitest';
import { runWeekly } from '../../src/app/operations/weekly';
import { complaintReport } from '../../src/app/reports/complaints';
import { weeklyTrend } from '../../src/app/reports/weekly';
import { loadWorkbook } from '../../src/app/workbook';
import { type SheetData, sh, toMemory } from '../helpers/workbooks';

/** Tuesday of 2026-W46: 2026-W45 (Nov 2–8) is the last full week. */
const NOW = sh(2026, 11, 10, 10).getTime();

const HEADER = [
  '投诉编号',
  '投诉时间',
  '客户姓名',
  '联系电话',
  '投诉渠道',
  '投诉类别',
  '级别',
  '投诉内容',
  '受理人',
  '首次答复时间',
  '方案时间',
  '处理状态',
];

/**
 * Complaints around 2026-W45, calendar hours (普通 24 h / 72 h, 重大 2 h / 24 h):
 * A closed on time (reply 3 h, solution 24 h); B major, closed late (reply 1 h, solution 26 h);
 * C replied after 19 h, no solution: overdue at the week's end; D no reply, due Sun 20:00: overdue;
 * E replied after 1 h, its solution only on Monday: open, not overdue; F void; G the week before
 * (solved Mon 11-02: its callback falls due Thu 11-05); H the week after; I closed by its status.
 */
const COMPLAINTS: SheetData = {
  name: '投诉登记',
  rows: [
    HEADER,
    [
      'A',
      sh(2026, 11, 2, 9),
      '甲',
      '13900000001',
      '电话',
      '发货慢',
      '普通',
      '慢',
      '李娜',
      sh(2026, 11, 2, 12),
      sh(2026, 11, 3, 9),
      '',
    ],
    [
      'B',
      sh(2026, 11, 3, 10),
      '乙',
      '13900000002',
      '电话',
      '质量问题',
      '重大',
      '坏',
      '李娜',
      sh(2026, 11, 3, 11),
      sh(2026, 11, 4, 12),
      '',
    ],
    [
      'C',
      sh(2026, 11, 5, 14),
      '丙',
      '13900000003',
      '微信',
      '发货慢',
      '普通',
      '慢',
      '李娜',
      sh(2026, 11, 6, 9),
      null,
      '',
    ],
    ['D', sh(2026, 11, 7, 20), '丁', '13900000004', '电话', null, '普通', '吵', '李娜', null, null, ''],
    [
      'E',
      sh(2026, 11, 8, 10),
      '戊',
      '13900000005',
      '网站',
      '发货慢',
      '普通',
      '慢',
      '李娜',
      sh(2026, 11, 8, 11),
      sh(2026, 11, 9, 15),
      '',
    ],
    [
      'F',
      sh(2026, 11, 4, 9),
      '己',
      '13900000006',
      '电话',
      '发货慢',
      '普通',
      '重复',
      '李娜',
      null,
      null,
      '作废',
    ],
    [
      'G',
      sh(2026, 11, 1, 23),
      '庚',
      '13900000007',
      '电话',
      '发货慢',
      '普通',
      '慢',
      '李娜',
      sh(2026, 11, 2, 9),
      sh(2026, 11, 2, 10),
      '',
    ],
    ['H', sh(2026, 11, 9, 8), '辛', '13900000008', '电话', '发货慢', '普通', '慢', '李娜', null, null, ''],
    [
      'I',
      sh(2026, 11, 6, 9),
      '壬',
      '13900000009',
      '电话',
      '质量问题',
      '普通',
      '坏',
      '李娜',
      null,
      null,
      '已结案',
    ],
  ],
};

/** Calls made: A (Fri, 非常满意 = 很满意), G (Thu, 基本满意), a stranger (Sat, only 技能满意度 不满意), one the week after. */
const CALLBACKS: SheetData = {
  name: '回访记录',
  rows: [
    [
      '关联编号',
      '客户姓名',
      '联系电话',
      '回访类型',
      '实际回访时间',
      '回访人',
      '回访内容',
      '技能满意度',
      '服务态度满意度',
    ],
    ['A', '甲', '13900000001', '投诉后回访', sh(2026, 11, 6, 15), '李娜', '好', '很满意', '非常满意'],
    ['G', '庚', '13900000007', '投诉后回访', sh(2026, 11, 5, 15), '李娜', '好', '基本满意', '基本满意'],
    ['X', '陌生人', '13800000000', '', sh(2026, 11, 7, 15), '李娜', '差', '不满意', null],
    ['A', '甲', '13900000001', '', sh(2026, 11, 10, 9), '李娜', '好', '很满意', '很满意'],
  ],
};

function open() {
  return toMemory([
    COMPLAINTS,
    CALLBACKS,
    {
      name: '员工名单',
      rows: [
        ['姓名', '岗位'],
        ['李娜', '售后客服'],
      ],
    },
  ]);
}

describe('the weekly summary', () => {
  it('counts the week’s complaints and what became of them by its end, its callbacks and their satisfaction', () => {
    const port = open();
    const summary = runWeekly(port, { week: '2026-W45', now: NOW, lang: 'zh', write: false });
    expect(summary).toMatchObject({ week: '2026-W45', from: '2026-11-02', to: '2026-11-08' });
    expect(summary.complaints).toEqual({
      received: 6,
      byLevel: { 普通: 5, 重大: 1 },
      byChannel: { 电话: 4, 微信: 1, 网站: 1 },
      byCategory: { 发货慢: 3, 质量问题: 2 },
      closed: 3,
      closedOnTime: 1,
      // Replies by the week's end: A 3 h, B 1 h, C 19 h, E 1 h; solutions: A 24 h, B 26 h.
      avgReplyHours: 6,
      avgSolutionHours: 25,
      openAtEnd: 3,
      overdueAtEnd: 2,
    });
    // Complaint callbacks 3 days after the solution: G Thu, A Fri, B Sat; A and G were called.
    expect(summary.callbacks).toEqual({ due: 3, done: 2 });
    expect(summary.satisfaction).toEqual({ 很满意: 1, 基本满意: 1, 不满意: 1 });
  });

  it('counts no satisfaction of a call timed after now, as it counts no such call made', () => {
    const port = open();
    // Thursday 11-05 at noon: G's call (Thu 15:00) is still three hours ahead, as are A's (Fri) and
    // the stranger's (Sat); at 16:00 G's has been made.
    const at = (time: string) =>
      runWeekly(port, {
        week: '2026-W45',
        now: Date.parse(`2026-11-05T${time}:00+08:00`),
        lang: 'zh',
        write: false,
      });
    expect(at('12:00').satisfaction).toEqual({ 很满意: 0, 基本满意: 0, 不满意: 0 });
    expect(at('16:00').satisfaction).toEqual({ 很满意: 0, 基本满意: 1, 不满意: 0 });
  });

  it('writes one block per week in 投诉周报, newest first, and a re-run replaces its block', () => {
    const port = open();
    runWeekly(port, { week: '2026-W45', now: NOW, lang: 'zh', write: true });
    runWeekly(port, { week: '2026-W44', now: NOW, lang: 'zh', write: true });
    runWeekly(port, { week: '2026-W45', now: NOW, lang: 'zh', write: true });
    const values = port.sheet('投诉周报').snapshotValues();
    const titles = values.map((r) => String(r[0])).filter((t) => /^\d{4}-W\d{2} /.test(t));
    expect(titles).toEqual([
      '2026-W45 投诉周报（2026-11-02 至 2026-11-08）',
      '2026-W44 投诉周报（2026-10-26 至 2026-11-01）',
    ]);
    expect(values.slice(1, 11).map((r) => r.slice(0, 2))).toEqual([
      ['收到投诉', '6'],
      ['按级别', '普通 5，重大 1'],
      ['按渠道', '电话 4，微信 1，网站 1'],
      ['按类别', '发货慢 3，质量问题 2'],
      ['周末前结案', '3 件（按时 1 件）'],
      ['平均答复时长（小时）', '6'],
      ['平均出方案时长（小时）', '25'],
      ['周末仍未结案', '3 件（其中超时 2 件）'],
      ['回访：已回访 / 应回访', '2 / 3'],
      ['回访满意度', '很满意 1，基本满意 1，不满意 1'],
    ]);
  });

  it('gives the sidebar the received and on-time counts of the last weeks, oldest first', () => {
    const port = open();
    const workbook = loadWorkbook(port);
    const report = complaintReport(workbook.sheets, NOW, port.timeZone);
    expect(weeklyTrend(report, '2026-W46', 3, NOW, port.timeZone)).toEqual([
      // G's solution came on Monday: at the end of its week it was still open.
      { week: '2026-W44', received: 1, closedOnTime: 0 },
      { week: '2026-W45', received: 6, closedOnTime: 1 },
      { week: '2026-W46', received: 1, closedOnTime: 0 },
    ]);
  });
});
