// A second team's November, worked out by hand from domain.md, with default and with edited settings.

import { type SheetData, sh } from './workbooks';

const rules = [
  ['代码', '岗位', '事项', '分值', '金额', '取消全勤', '每月免扣次数'],
  ['G02', '全员', '建议被采纳', 3, null, null, null],
  ['G03', '全员', '做无关事', -3, null, null, null],
  ['G04', '全员', '改他人错', 2, null, null, null],
  ['G05', '全员', '对话框', -1, null, null, null],
  ['G09', '全员', '换班', -1, null, null, 2],
  ['G10', '全员', '不服从', -5, null, null, null],
  ['G12', '全员', '挂旺旺', -1, null, null, null],
  ['C02', '全员', '私自离岗', null, -80, '是', null],
  ['C03', '全员', '隐身', null, -50, null, null],
  ['S01', '主管', '维权', -3, null, null, null],
  ['S03', '主管', '请假', -2, null, null, null],
  ['P02', '售前客服', '未通知打单', -4, null, null, null],
  ['D03', '打单', '未反馈', -2, null, null, null],
  ['D04', '打单', '未反馈单号', -3, null, null, null],
] as const;

/** The sheets; `edited` adds a 规则设置 (flat fines, other bands…) and a 奖惩规则 of the team's own. */
export function novemberWorkbook(edited: boolean): SheetData[] {
  const sheets: SheetData[] = [
    {
      name: '人员',
      rows: [
        ['姓名', '岗位', '状态'],
        ['老周', '主管', '在职'],
        ['小A', '售后客服', '在职'],
        ['小B', '售前客服', '在职'],
        ['小C', '打单', '在职'],
        ['小D', '前台', '离职'],
        ['小E', '售后客服', '离职'],
      ],
    },
    {
      name: '十一月奖罚',
      rows: [
        ['十一月奖罚登记', null, null, null, null, null, null],
        ['登记日期', '员工', '代码', '加减分', '奖罚金额', '取消全勤', '状态'],
        [sh(2026, 10, 30), '小A', 'G07', null, null, null, null],
        [sh(2026, 11, 2), '小A', 'G09', null, null, null, null],
        ['2026/11/3', '小A', 'G09', null, null, null, null],
        ['2026年11月4日', '小A', 'G09', null, null, null, null],
        [sh(2026, 11, 5), '小A', 'G09', null, null, null, null],
        [sh(2026, 11, 6), '小A', 'G09', null, null, null, null],
        [sh(2026, 11, 6), '小A', 'C02', null, null, null, null],
        [sh(2026, 11, 9), '小A', 'G02', '+15', null, null, null],
        [sh(2026, 11, 2), '小B', 'P02', null, null, null, null],
        [sh(2026, 11, 3), '小B', 'G05', null, null, null, '撤销'],
        [sh(2026, 11, 4), '小B', 'G12', null, null, null, null],
        [sh(2026, 11, 5), '小B', 'G03', '-3', null, null, null],
        [sh(2026, 11, 2), '小C', 'D03', '−2.5', null, null, null],
        [sh(2026, 11, 3), '小C', 'D04', null, null, null, null],
        [sh(2026, 11, 4), '小C', 'C03', null, '-20', null, null],
        [sh(2026, 11, 5), '小C', 'G04', null, null, '是', null],
        [sh(2026, 11, 10), '小E', 'G10', null, null, null, null],
        [sh(2026, 11, 11), '老周', 'S01', null, null, null, null],
        [sh(2026, 11, 12), '老周', 'S03', null, null, null, null],
      ],
    },
    {
      name: '售前',
      rows: [
        ['月份', '姓名', '接待人数', '成交笔数', '流失单数'],
        ['2026-10', '小B', 100, 90, 0],
        ['2026-11', '小B', 200, 115, 3],
      ],
    },
  ];
  if (edited) {
    sheets.push(
      {
        name: '规则设置',
        rows: [
          ['参数', '值', '说明'],
          ['罚款方式', '全额', null],
          ['罚款档位', '5，10，15，20', null],
          ['全勤奖', 150, null],
          ['满分奖励线', '115', null],
          ['转化率基准', 0.5, null],
        ],
      },
      { name: '奖惩规则', rows: rules.map((r) => [...r]) },
    );
  }
  return sheets;
}

type Figures = {
  score: number;
  pointsFine: number;
  cashItems: number;
  fullAttendanceBonus: number;
  highScoreReward: number;
  supervisorAdjustment: number;
  net: number;
};

/** Hand-worked figures (see the comments) per person, to the yuan. */
export const NOVEMBER_DEFAULT: Record<string, Figures & { ledgerRows: number[] }> = {
  // 5 swaps, 3 free: 2 × −2; G02 +15 → 111 (≥ 110: +100); C02 −50 and no attendance bonus.
  小A: {
    score: 111,
    pointsFine: 0,
    cashItems: -50,
    fullAttendanceBonus: 0,
    highScoreReward: 100,
    supervisorAdjustment: 0,
    net: 250,
    ledgerRows: [4, 5, 6, 7, 8, 9, 10],
  },
  // −2 −2 −3 (G05 revoked) = 93; KPI 115/200 = 57.5% → +2 whole points × 0.5 − 3 × 0.5 = −0.5 → 92.5; fine 7.5 × 10.
  小B: {
    score: 92.5,
    pointsFine: 75,
    cashItems: 0,
    fullAttendanceBonus: 100,
    highScoreReward: 0,
    supervisorAdjustment: 0,
    net: 225,
    ledgerRows: [11, 13, 14],
  },
  // −2.5 −2 +2 = 97.5; fine 25; C03 written −20; G04 row cancels attendance.
  小C: {
    score: 97.5,
    pointsFine: 25,
    cashItems: -20,
    fullAttendanceBonus: 0,
    highScoreReward: 0,
    supervisorAdjustment: 0,
    net: 155,
    ledgerRows: [15, 16, 17, 18],
  },
  // Left, but has a row this month: listed. −5 → 95, fine 50.
  小E: {
    score: 95,
    pointsFine: 50,
    cashItems: 0,
    fullAttendanceBonus: 100,
    highScoreReward: 0,
    supervisorAdjustment: 0,
    net: 250,
    ledgerRows: [19],
  },
  // −3 −3 = 94, fine 60; team 小A/小B/小C: 1 of 3 at ≥ 100 (not half), none below 60 → 0.
  老周: {
    score: 94,
    pointsFine: 60,
    cashItems: 0,
    fullAttendanceBonus: 100,
    highScoreReward: 0,
    supervisorAdjustment: 0,
    net: 240,
    ledgerRows: [20, 21],
  },
};

export const NOVEMBER_EDITED: Record<string, Figures> = {
  // Swaps 2 free, −1 each: −3; G02 +15 → 112 (< 115: no reward); C02 −80, no attendance bonus.
  小A: {
    score: 112,
    pointsFine: 0,
    cashItems: -80,
    fullAttendanceBonus: 0,
    highScoreReward: 0,
    supervisorAdjustment: 0,
    net: 120,
  },
  // −4 −1 −3 = −8 → 92; KPI 57.5% vs 50% → 7 × 0.5 − 1.5 = +2 → 94; flat: 6 × 5 = 30.
  小B: {
    score: 94,
    pointsFine: 30,
    cashItems: 0,
    fullAttendanceBonus: 150,
    highScoreReward: 0,
    supervisorAdjustment: 0,
    net: 320,
  },
  // −2.5 −3 +2 = 96.5; flat 3.5 × 5 = 17.5; C03 written −20.
  小C: {
    score: 96.5,
    pointsFine: 17.5,
    cashItems: -20,
    fullAttendanceBonus: 0,
    highScoreReward: 0,
    supervisorAdjustment: 0,
    net: 162.5,
  },
  小E: {
    score: 95,
    pointsFine: 25,
    cashItems: 0,
    fullAttendanceBonus: 150,
    highScoreReward: 0,
    supervisorAdjustment: 0,
    net: 325,
  },
  // −3 −2 = 95 → 25.
  老周: {
    score: 95,
    pointsFine: 25,
    cashItems: 0,
    fullAttendanceBonus: 150,
    highScoreReward: 0,
    supervisorAdjustment: 0,
    net: 325,
  },
};
