import { describe, expect, it } from 'vitest';
import { warningText } from '../../src/app/present/warnings';
import { callbackReport } from '../../src/app/reports/callbacks';
import { complaintReport } from '../../src/app/reports/complaints';
import { loadWorkbook } from '../../src/app/workbook';
import { formatIso, parseIsoMoment } from '../../src/domain/calendar/time';
import {
  CALENDAR_EXPECTED,
  COMPLAINTS_NOW,
  complaintsWorkbook,
  WORKING_EXPECTED,
} from '../helpers/complaints-workbook';
import { type SheetData, sh, toMemory } from '../helpers/workbooks';

function load(sheets: SheetData[]) {
  return loadWorkbook(toMemory(sheets)).sheets;
}

const NOW = parseIsoMoment(COMPLAINTS_NOW, 'UTC')!;

describe('complaint deadlines and states of a workbook the tests have not seen', () => {
  for (const [mode, working, expected] of [
    ['calendar hours', false, CALENDAR_EXPECTED],
    ['working hours across National Day, a make-up Saturday and the team’s own days', true, WORKING_EXPECTED],
  ] as const) {
    it(`match the hand-worked values in ${mode}`, () => {
      const report = complaintReport(load(complaintsWorkbook(working)), NOW, 'Asia/Shanghai');
      const got = Object.fromEntries(
        report.rows.map((r) => [
          r.complaint.id,
          {
            state: r.status.state,
            replyDue: formatIso(r.status.replyDue, 'Asia/Shanghai'),
            solutionDue: formatIso(r.status.solutionDue, 'Asia/Shanghai'),
            hoursLeft: r.status.hoursLeft,
          },
        ]),
      );
      expect(got).toEqual(expected);
      expect(report.warnings).toEqual([]);
    });
  }

  it('says when a year is computed as plain Monday–Friday', () => {
    const sheets = complaintsWorkbook(true);
    (sheets[0]!.rows as unknown[][]).push([
      'C9',
      sh(2027, 2, 12, 17),
      '己',
      '13912340009',
      '重大',
      'x',
      '赵一',
    ]);
    const report = complaintReport(load(sheets), NOW, 'Asia/Shanghai');
    expect(report.warnings).toEqual([{ code: 'calendar_year_not_covered', params: { year: 2027 } }]);
    const c9 = report.rows.find((r) => r.complaint.id === 'C9')!;
    expect(formatIso(c9.status.replyDue, 'Asia/Shanghai')).toBe('2027-02-15T10:00:00+08:00');
  });
});

describe('callbacks of a workbook the tests have not seen', () => {
  const sheets: SheetData[] = [
    {
      name: '售后登记',
      rows: [
        [
          '登记日期',
          '客户姓名',
          '客户电话',
          '产品型号',
          '问题描述',
          '登记人',
          '解决日期',
          '处理结果',
          '购买日期',
          '产品序列号',
        ],
        // Resolved 09-10: due 10-10, called 10-12 (phone written differently): done.
        [
          sh(2026, 9, 8),
          '甲',
          '139 1234 0001',
          'X',
          '坏',
          '赵一',
          sh(2026, 9, 10),
          '已解决',
          sh(2026, 1, 5),
          'S1',
        ],
        // Resolved 09-20: due 10-20; the only call was before the resolution: not done, overdue at 10-25.
        [sh(2026, 9, 15), '乙', '13912340002', 'X', '坏', '赵一', sh(2026, 9, 20), '已返修', null, 'S2'],
        // Still open: no 30-day callback.
        [sh(2026, 10, 1), '丙', '13912340003', 'X', '坏', '赵一', null, '处理中', null, 'S3'],
        // Bought 2025-11-30: warranty ends 2026-11-30, callback due 10-31 (30 days before): due within a week.
        [
          sh(2026, 10, 2),
          '丁',
          '13912340004',
          'X',
          '坏',
          '赵一',
          sh(2026, 10, 3),
          '已解决',
          sh(2025, 11, 30),
          'S4',
        ],
      ],
    },
    {
      name: '投诉登记',
      rows: [
        ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人', '方案时间', '回访时间'],
        // Solved 10-02: due 10-05; the complaint's own 回访时间 says done.
        [
          'K1',
          sh(2026, 10, 1, 9),
          '戊',
          '13912340005',
          'x',
          '赵一',
          sh(2026, 10, 2, 10),
          sh(2026, 10, 5, 10),
        ],
        // Solved 10-08: due 10-11; a 回访记录 row with the case ID but another type does not count.
        ['K2', sh(2026, 10, 7, 9), '己', '13912340006', 'x', '赵一', sh(2026, 10, 8, 10), null],
      ],
    },
    {
      name: '回访记录',
      rows: [
        ['关联编号', '客户姓名', '联系电话', '回访类型', '实际回访时间', '回访人'],
        [null, '甲', '13912340001', '售后30天', sh(2026, 10, 12, 15), '赵一'],
        [null, '乙', '13912340002', '售后30天', sh(2026, 9, 18, 15), '赵一'],
        ['K2', '己', '13912340006', '上门拜访', sh(2026, 10, 12, 15), '赵一'],
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

  it('finds what is due, done and overdue, and the month’s rate', () => {
    const report = callbackReport(load(sheets), sh(2026, 10, 25, 10).getTime(), 'Asia/Shanghai', '2026-10');
    expect(
      report.due.map((s) => [s.item.type, s.item.customer, s.item.dueDay, s.state, s.record?.row ?? null]),
    ).toEqual([
      ['投诉后回访', '戊', '2026-10-05', 'done', null],
      ['售后30天', '甲', '2026-10-10', 'done', 2],
      ['投诉后回访', '己', '2026-10-11', 'overdue', null],
      ['售后30天', '乙', '2026-10-20', 'overdue', null],
      ['质保到期前', '丁', '2026-10-31', 'due', null],
    ]);
    // Due in October: 戊, 甲, 己, 乙, 丁 — done 2.
    expect(report.rate).toEqual({ due: 5, done: 2, value: 0.4, target: 1 });
    expect(report.complaints).toMatchObject({ received: 2, handled: 2, handledRate: 1 });
  });

  it('counts a call timed later today as planned, not made, until its hour has come', () => {
    // 乙's call written for 16:00 today: at 10:00 it is still to make; at 17:00 it is made.
    const later = sheets.map((sheet) =>
      sheet.name === '回访记录'
        ? {
            ...sheet,
            rows: [...sheet.rows, [null, '乙', '13912340002', '售后30天', sh(2026, 10, 25, 16), '赵一']],
          }
        : sheet,
    );
    const secondCustomerState = (hour: number) =>
      callbackReport(load(later), sh(2026, 10, 25, hour).getTime(), 'Asia/Shanghai', '2026-10').due.find(
        (s) => s.item.customer === '乙',
      )?.state;
    expect(secondCustomerState(10)).toBe('overdue');
    expect(secondCustomerState(17)).toBe('done');
  });
});

describe('complaint deadlines in working hours by 地区', () => {
  /** A complaint received Wed 2026-09-30 09:00 and one in 2027, with 计时方式 工作时 and a 地区. */
  function regionWorkbook(region: string, holidays: string[][] = []): SheetData[] {
    const sheets: SheetData[] = [
      {
        name: '客诉',
        rows: [
          ['工单号', '受理时间', '客户姓名', '电话', '投诉级别', '呼入内容', '处理人'],
          ['T1', sh(2026, 9, 30, 9), '甲', '0912345678', '普通', '未發貨', '赵一'],
          ['T2', sh(2027, 2, 3, 9), '乙', '0912345679', '普通', '未發貨', '赵一'],
        ],
      },
      {
        name: '规则设置',
        rows: [
          ['参数', '值', '说明'],
          ['计时方式', '工作时', ''],
          ['地区', region, ''],
        ],
      },
    ];
    if (holidays.length > 0) sheets.push({ name: '节假日', rows: [['日期', '类型', '说明'], ...holidays] });
    return sheets;
  }
  const due = (report: ReturnType<typeof complaintReport>, id: string) => {
    const row = report.rows.find((r) => r.complaint.id === id)!;
    return [formatIso(row.status.replyDue, 'Asia/Taipei'), formatIso(row.status.solutionDue, 'Asia/Taipei')];
  };

  it('counts a Taipei complaint on Taiwan’s calendar (08:30-17:30 by default), and names it for a year it lacks', () => {
    const report = complaintReport(load(regionWorkbook('台湾')), NOW, 'Asia/Taipei');
    // Reply: 09-30 8.5 h, 10-01 9 h, 10-02 6.5 h → 15:00 (the mainland's calendar said 10-09 15:00).
    // Solution, 72 h: … 10-08 (62.5), 10-09 off (國慶日補假), 10-12 9 h (71.5), 10-13 0.5 h → 09:00.
    expect(due(report, 'T1')).toEqual(['2026-10-02T15:00:00+08:00', '2026-10-13T09:00:00+08:00']);
    const calendar = report.warnings.filter((w) => w.code.startsWith('calendar_'));
    expect(calendar).toEqual([{ code: 'calendar_year_not_covered', params: { year: 2027, region: 'TW' } }]);
    expect(warningText(calendar[0]!, 'zh')).toContain('2027 年不在内置的台湾政府行政机关办公日历数据中');
    expect(warningText(calendar[0]!, 'en')).toContain('(Taiwan government office calendar)');
  });

  it('lets 节假日 win over Taiwan’s calendar', () => {
    const report = complaintReport(
      load(regionWorkbook('臺灣', [['2026-10-01', '休', '']])),
      NOW,
      'Asia/Taipei',
    );
    expect(due(report, 'T1')[0]).toBe('2026-10-05T15:00:00+08:00');
  });

  it('says once, for 其他, that only weekends and 节假日 are used, and which years 节假日 lacks', () => {
    const report = complaintReport(
      load(regionWorkbook('其他', [['2026-10-01', '休', '']])),
      NOW,
      'Asia/Taipei',
    );
    // 09:00-18:00: 09-30 9 h, 10-01 off, 10-02 9 h (18), Mon 10-05 6 h → 15:00.
    expect(due(report, 'T1')[0]).toBe('2026-10-05T15:00:00+08:00');
    expect(report.warnings.filter((w) => w.code.startsWith('calendar_'))).toEqual([
      { code: 'calendar_team_only', params: {} },
      { code: 'calendar_year_not_covered', params: { year: 2027, region: 'OTHER' } },
    ]);
    expect(warningText({ code: 'calendar_team_only', params: {} }, 'zh')).toContain(
      '只跳过周末和「节假日」表',
    );
  });
});
