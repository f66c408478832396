// Terminal reports of the CLI, readable by a supervisor: plain text, Chinese or English.

import type { CallbackReport, ComplaintReport } from '../app/complaints';
import { callbackSummary, stateLabel } from '../app/deadlines';
import { fieldLabel, renderIssue } from '../app/render';
import { problemLine, type ScoreReport } from '../app/scores';
import type { ValidationSummary } from '../app/validate';
import { type Lang, message } from '../domain/messages';
import { maskPhone } from '../domain/phone';
import type { SheetLayoutInfo } from '../domain/recognize';
import { sheetSpec } from '../domain/schema';
import { formatLocal } from '../domain/time';
import type { Issue } from '../domain/validate';

export interface SheetSummary {
  readonly layout: SheetLayoutInfo;
  readonly dataRows: number;
}

export interface InspectionReport {
  readonly file: string;
  readonly sheets: readonly SheetSummary[];
  readonly unrecognised: readonly string[];
}

/** The demo's report of what the landed features find. */
export function renderInspection(lang: Lang, report: InspectionReport): string {
  const lines: string[] = [];
  lines.push(message(lang, 'report.title'), message(lang, 'report.workbook', { file: report.file }), '');
  lines.push(`■ ${message(lang, 'report.sheets')}`);
  for (const s of report.sheets) {
    const spec = sheetSpec(s.layout.kind);
    lines.push(
      `  ${message(lang, 'report.sheet_line', {
        sheet: s.layout.sheet,
        kind: lang === 'zh' ? spec.name : spec.en,
        header: s.layout.headerRow ?? '-',
        rows: s.dataRows,
        columns: Object.keys(s.layout.columns).length,
      })}`,
    );
    if (s.layout.missingRequired.length > 0) {
      lines.push(
        `  ${message(lang, 'report.missing_columns', { fields: s.layout.missingRequired.join('、') })}`,
      );
    }
  }
  if (report.unrecognised.length > 0) {
    lines.push(`  ${message(lang, 'report.unrecognised', { sheets: report.unrecognised.join('、') })}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** Validation results, grouped by sheet, each issue on one line with its row and field. */
export function renderValidation(lang: Lang, issues: readonly Issue[], summary: ValidationSummary): string {
  const lines: string[] = [`■ ${message(lang, 'report.validation_heading')}`];
  let sheet = '';
  for (const issue of issues) {
    if (issue.sheet !== sheet) {
      sheet = issue.sheet;
      lines.push(`  「${sheet}」`);
    }
    const mark = issue.severity === 'error' ? '✗' : '!';
    lines.push(
      `    ${mark} ${message(lang, 'report.issue_line', {
        row: issue.row,
        field: fieldLabel(issue, issue.field, lang),
        message: renderIssue(issue, lang),
      })}`,
    );
  }
  if (issues.length === 0) lines.push(`  ${message(lang, 'report.no_issues')}`);
  lines.push(
    `  ${message(lang, 'report.validation_summary', {
      rows: summary.rowsChecked,
      errors: summary.errors,
      warnings: summary.warnings,
    })}`,
    '',
  );
  return lines.join('\n');
}

/** Display width of text in a terminal: CJK characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1;
  return width;
}

function padCell(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** A table with aligned columns (numbers right-aligned). */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string[] {
  const widths = headers.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(String(r[c] ?? '')))),
  );
  const line = (cells: readonly (string | number)[]) =>
    cells
      .map((v, c) => padCell(String(v), widths[c] ?? 0, typeof v === 'number'))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The month's scores as a table, then the team line and any notes. */
export function renderScores(lang: Lang, report: ScoreReport): string {
  const { scores } = report;
  const headers =
    lang === 'zh'
      ? [
          '姓名',
          '岗位',
          '得分',
          '扣分罚款',
          '奖罚金额',
          '全勤奖',
          '表现奖',
          '满分奖励',
          '主管奖罚',
          '实发合计',
          '解雇审查',
          '记录行',
        ]
      : [
          'Name',
          'Role',
          'Score',
          'Fine',
          'Cash',
          'Attendance',
          'Performance',
          'High score',
          'Supervisor',
          'Net',
          'Dismissal',
          'Rows',
        ];
  const rows = scores.staff.map((s) => [
    s.name,
    s.role,
    s.score,
    s.pointsFine,
    s.cashItems,
    s.fullAttendanceBonus,
    s.performanceBonus,
    s.highScoreReward,
    s.supervisorAdjustment,
    s.net,
    s.dismissalReview ? message(lang, 'scores.yes') : '',
    s.ledgerRows.join(','),
  ]);
  const lines = [`■ ${message(lang, 'scores.block_title', { month: scores.month })}`];
  lines.push(...renderTable(headers, rows).map((l) => `  ${l}`));
  lines.push(
    `  ${message(lang, 'scores.team_line', {
      size: scores.team.size,
      above: scores.team.atOrAbove100,
      base: report.settings.base,
      below: scores.team.belowDismissal,
      line: report.settings.dismissalLine,
    })}`,
  );
  for (const p of report.problems) lines.push(`  ${problemLine(p, lang)}`);
  lines.push('');
  return lines.join('\n');
}

/** Complaint deadlines: the summary, then what is overdue or due soon (phones masked). */
export function renderComplaints(lang: Lang, report: ComplaintReport, now: number, timeZone: string): string {
  const { summary } = report;
  const lines = [
    `■ ${message(lang, 'report.complaints_heading', { now: formatLocal(now, timeZone), clock: report.settings.clockMode })}`,
  ];
  lines.push(
    `  ${message(lang, 'report.complaints_summary', {
      total: summary.total,
      replyOverdue: summary.replyOverdue,
      solutionOverdue: summary.solutionOverdue,
      dueSoon: summary.dueSoon,
      open: summary.open,
      onTime: summary.closedOnTime,
      late: summary.closedLate,
    })}`,
  );
  const urgent = report.rows.filter((r) =>
    ['reply_overdue', 'solution_overdue', 'due_soon'].includes(r.status.state),
  );
  const rows = urgent.map((r) => [
    r.complaint.id,
    r.complaint.row,
    r.customer,
    maskPhone(r.phone),
    r.complaint.level,
    stateLabel(r.status.state, lang),
    formatLocal(r.status.replyDue, timeZone),
    formatLocal(r.status.solutionDue, timeZone),
    r.status.hoursLeft ?? '',
  ]);
  if (rows.length > 0) {
    const headers =
      lang === 'zh'
        ? ['编号', '行', '客户', '电话', '级别', '状态', '答复截止', '方案截止', '剩余小时']
        : ['ID', 'Row', 'Customer', 'Phone', 'Level', 'State', 'Reply due', 'Solution due', 'Hours left'];
    lines.push(...renderTable(headers, rows).map((l) => `  ${l}`));
  }
  for (const year of report.uncoveredYears)
    lines.push(`  ${message(lang, 'deadlines.year_not_covered', { year })}`);
  lines.push('');
  return lines.join('\n');
}

/** Callbacks due and the month's rate (phones masked). */
export function renderCallbacks(lang: Lang, report: CallbackReport): string {
  const lines = [`■ ${message(lang, 'report.callbacks_heading')}`];
  lines.push(...callbackSummary(report, lang).map((line) => `  ${line}`));
  const open = report.due.filter((s) => s.state !== 'done');
  if (open.length > 0) {
    const headers =
      lang === 'zh'
        ? ['类型', '客户', '电话', '应回访日期', '状态', '来源']
        : ['Type', 'Customer', 'Phone', 'Due', 'State', 'Source'];
    const rows = open.map((s) => [
      s.item.type,
      s.item.customer,
      maskPhone(s.item.phone),
      s.item.dueDay,
      stateLabel(s.state, lang),
      `${s.item.sheet}!${s.item.row}`,
    ]);
    lines.push(...renderTable(headers, rows).map((l) => `  ${l}`));
  }
  lines.push('');
  return lines.join('\n');
}
