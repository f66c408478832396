// The columns of every table the add-on shows, described once: the sheet writers, the CLI's
// terminal tables and the sidebar take their headers, widths and formats from here.

import { type Lang, labelIn } from '../i18n/messages';

export type ColumnFormat = 'text' | 'number' | 'date' | 'datetime' | 'link';

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly zh: string;
  readonly en: string;
  /** Width in pixels on a sheet. */
  readonly width: number;
  readonly format: ColumnFormat;
}

/** The number format a column's cells get on a sheet (dates are real dates there, not text). */
export function numberFormatOf(format: ColumnFormat): string | null {
  if (format === 'datetime') return 'yyyy-mm-dd hh:mm';
  if (format === 'date') return 'yyyy-mm-dd';
  return null;
}

function column<const K extends string>(
  key: K,
  zh: string,
  en: string,
  width: number,
  format: ColumnFormat = 'text',
): ColumnSpec<K> {
  return { key, zh, en, width, format };
}

/** 校验报告: one row per issue. */
export const REPORT_COLUMNS = [
  column('sheet', '工作表', 'Sheet', 110),
  column('row', '行', 'Row', 50, 'number'),
  column('field', '字段', 'Field', 90),
  column('header', '列名', 'Column', 110),
  column('severity', '级别', 'Severity', 50),
  column('code', '代码', 'Code', 110),
  column('message', '说明', 'Message', 440),
  column('cell', '位置', 'Cell', 160, 'link'),
] as const;

/** 月度考核: one row per person (the CLI shows the same columns). */
export const SCORE_COLUMNS = [
  column('name', '姓名', 'Name', 80),
  column('role', '岗位', 'Role', 80),
  column('score', '得分', 'Score', 60, 'number'),
  column('ledgerPoints', '奖惩分', 'Ledger points', 60, 'number'),
  column('kpiPoints', '售前绩效分', 'KPI points', 80, 'number'),
  column('pointsFine', '扣分罚款', 'Points fine', 80, 'number'),
  column('cashItems', '奖罚金额', 'Cash items', 80, 'number'),
  column('fullAttendanceBonus', '全勤奖', 'Attendance bonus', 70, 'number'),
  column('performanceBonus', '表现奖', 'Performance bonus', 70, 'number'),
  column('highScoreReward', '满分奖励', 'High-score reward', 80, 'number'),
  column('supervisorAdjustment', '主管奖罚', 'Supervisor adj.', 80, 'number'),
  column('net', '实发合计', 'Net', 80, 'number'),
  column('dismissalReview', '解雇审查', 'Dismissal review', 80),
  column('ledgerRows', '奖惩记录（行）', 'Ledger rows', 200, 'link'),
] as const;

/** 超时投诉 (and the CLI's complaints table): overdue and due-soon complaints. */
export const OVERDUE_COLUMNS = [
  column('id', '投诉编号', 'Complaint', 90),
  column('customer', '客户', 'Customer', 80),
  column('phone', '电话', 'Phone', 110),
  column('level', '级别', 'Level', 50),
  column('state', '状态', 'State', 90),
  column('due', '截止', 'Due', 130, 'datetime'),
  column('hoursLeft', '剩余小时', 'Hours left', 70, 'number'),
  column('row', '位置', 'Row', 130, 'link'),
] as const;

/** 回访计划 (and the CLI's callbacks table): callbacks due, overdue, done. */
export const CALLBACK_COLUMNS = [
  column('type', '回访类型', 'Type', 90),
  column('customer', '客户', 'Customer', 80),
  column('phone', '电话', 'Phone', 110),
  column('dueDate', '应回访日期', 'Due', 100, 'date'),
  column('state', '状态', 'State', 90),
  column('source', '来源', 'Source', 170, 'link'),
  column('record', '回访记录', 'Callback row', 170, 'link'),
] as const;

/** The add-on's own columns at the end of a complaints sheet. */
export const DEADLINE_COLUMNS = [
  column('replyDue', '答复截止', 'Reply due', 140, 'datetime'),
  column('solutionDue', '方案截止', 'Solution due', 140, 'datetime'),
  column('state', '状态', 'State', 90),
] as const;

/** The headers of some columns in a language. */
export function columnHeaders(columns: readonly ColumnSpec[], lang: Lang): string[] {
  return columns.map((c) => labelIn(lang, c));
}

/** The sheet widths of some columns. */
export function columnWidths(columns: readonly ColumnSpec[]): number[] {
  return columns.map((c) => c.width);
}
