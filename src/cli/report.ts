// Terminal reports of the CLI, readable by a supervisor: plain text, Chinese or English.

import type { WriteValue } from '../app/port';
import { callbackLine, callbackSummary } from '../app/present/callback-lines';
import { complaintView, overdueLine } from '../app/present/complaint-view';
import { inspectionLines, type MappingHint, type WorkbookInspection } from '../app/present/inspection';
import { headerLabel, ownValueLabel, renderIssue } from '../app/present/render';
import { problemLine, scoreLine } from '../app/present/score-lines';
import { type Warning, warningText } from '../app/present/warnings';
import { weeklyLine, weeklyLines, weeklyTitle } from '../app/present/weekly-lines';
import type { CallbackReport } from '../app/reports/callbacks';
import { type ComplaintReport, urgentComplaints } from '../app/reports/complaints';
import type { ScoreReport } from '../app/reports/scores';
import type { ValidationSummary } from '../app/reports/validation';
import type { WeeklySummary } from '../app/reports/weekly';
import { appendAll, maxOf } from '../domain/arrays';
import { dayKey, formatLocal } from '../domain/calendar/time';
import { type Lang, message } from '../domain/i18n/messages';
import type { Region } from '../domain/params/region';
import {
  CALLBACK_COLUMNS,
  type ColumnFormat,
  type ColumnSpec,
  columnHeaders,
  OVERDUE_COLUMNS,
  SCORE_COLUMNS,
} from '../domain/sheets/columns';
import type { Issue } from '../domain/validate/rules';

export interface InspectionReport extends WorkbookInspection {
  readonly file: string;
}

/** What the engine sees in the workbook (every column with `detailed`). */
export function inspectionText(
  lang: Lang,
  report: InspectionReport,
  detailed: boolean,
  hint: MappingHint = 'workbook',
): string {
  const lines = [
    message(lang, 'report.workbook', { file: report.file }),
    '',
    `■ ${message(lang, 'inspect.heading')}`,
  ];
  for (const line of inspectionLines(report, lang, detailed, hint)) lines.push(`  ${line}`);
  lines.push('');
  return lines.join('\n');
}

/** Warnings as lines of a report, indented under its heading. */
function warningLines(warnings: readonly Warning[], lang: Lang, hint: MappingHint): string[] {
  return warnings.map((w) => `  ${warningText(w, lang, hint)}`);
}

/**
 * Validation results, grouped by sheet, each issue on one line with its row and field; first what
 * the validation could not take into account (sheets not understood). Phones in the messages are
 * masked as 地区 (region) reads them.
 */
export function validationText(
  lang: Lang,
  issues: readonly Issue[],
  summary: ValidationSummary,
  warnings: readonly Warning[],
  hint: MappingHint,
  region: Region,
): string {
  const lines: string[] = [`■ ${message(lang, 'report.validation_heading')}`];
  appendAll(lines, warningLines(warnings, lang, hint));
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
        field: headerLabel(issue, lang),
        message: renderIssue(issue, lang, region),
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
function displayWidth(text: string): number {
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
function renderTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const widths = headers.map((h, c) =>
    maxOf(
      rows.map((r) => displayWidth(String(r[c] ?? ''))),
      displayWidth(h),
    ),
  );
  const line = (cells: readonly (string | number)[]) =>
    cells
      .map((v, c) => padCell(String(v), widths[c] ?? 0, typeof v === 'number'))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

/** A cell of a written row as terminal text: links by their text, blanks empty, dates in the zone. */
function terminalCell(value: WriteValue, timeZone: string, format: ColumnFormat): string | number {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    return format === 'date' ? dayKey(value.getTime(), timeZone) : formatLocal(value.getTime(), timeZone);
  }
  return value.text;
}

/** A written row as terminal cells, each by its column's format. */
function terminalRow(
  line: readonly WriteValue[],
  columns: readonly ColumnSpec[],
  timeZone: string,
): (string | number)[] {
  return columns.map((c, i) => terminalCell(line[i] ?? null, timeZone, c.format));
}

/** The month's scores as a table (the columns of 月度考核), then the team line and any notes. */
export function scoresText(lang: Lang, report: ScoreReport, hint: MappingHint = 'workbook'): string {
  const { scores } = report;
  const rows = scores.staff.map((s) =>
    terminalRow(scoreLine(s, lang), SCORE_COLUMNS, report.settings.timeZone),
  );
  const lines = [`■ ${message(lang, 'scores.block_title', { month: scores.month })}`];
  appendAll(
    lines,
    renderTable(columnHeaders(SCORE_COLUMNS, lang), rows).map((l) => `  ${l}`),
  );
  lines.push(
    `  ${message(lang, 'scores.team_line', {
      size: scores.team.size,
      above: scores.team.atOrAbove100,
      base: report.settings.base,
      below: scores.team.belowDismissal,
      line: report.settings.dismissalLine,
    })}`,
  );
  appendAll(lines, warningLines(report.warnings, lang, hint));
  for (const p of report.problems) lines.push(`  ${problemLine(p, lang)}`);
  lines.push('');
  return lines.join('\n');
}

/** Complaint deadlines: the summary, then what is overdue or due soon (the columns of 超时投诉). */
export function complaintsText(
  lang: Lang,
  report: ComplaintReport,
  now: number,
  timeZone: string,
  hint: MappingHint = 'workbook',
): string {
  const { summary } = report;
  const lines = [
    `■ ${message(lang, 'report.complaints_heading', { now: formatLocal(now, timeZone), clock: ownValueLabel(report.settings.clockMode, lang) })}`,
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
      closed: summary.closed,
      void: summary.void,
    })}`,
  );
  const rows = urgentComplaints(report).map((r) =>
    terminalRow(overdueLine(complaintView(r, lang, report.settings.region)), OVERDUE_COLUMNS, timeZone),
  );
  if (rows.length > 0) {
    appendAll(
      lines,
      renderTable(columnHeaders(OVERDUE_COLUMNS, lang), rows).map((l) => `  ${l}`),
    );
  }
  appendAll(lines, warningLines(report.warnings, lang, hint));
  lines.push('');
  return lines.join('\n');
}

/** Callbacks not yet made and the month's rate (the columns of 回访计划, phones masked). */
export function callbacksText(
  lang: Lang,
  report: CallbackReport,
  timeZone: string,
  hint: MappingHint = 'workbook',
): string {
  const lines = [`■ ${message(lang, 'report.callbacks_heading')}`];
  appendAll(
    lines,
    callbackSummary(report, lang).map((line) => `  ${line}`),
  );
  appendAll(lines, warningLines(report.warnings, lang, hint));
  const open = report.due.filter((s) => s.state !== 'done');
  if (open.length > 0) {
    // Not yet made: the last column (the callback row that did it) would stay empty.
    const columns = CALLBACK_COLUMNS.slice(0, -1);
    const rows = open.map((s) =>
      terminalRow(callbackLine(s, lang, timeZone, report.region), columns, timeZone),
    );
    appendAll(
      lines,
      renderTable(columnHeaders(columns, lang), rows).map((l) => `  ${l}`),
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** The weekly summary: its title, then each figure on a line, then what they leave out. */
export function weeklyText(lang: Lang, summary: WeeklySummary, hint: MappingHint = 'workbook'): string {
  const lines = [`■ ${weeklyTitle(summary, lang)}`];
  for (const line of weeklyLines(summary, lang)) lines.push(`  ${weeklyLine(line, lang)}`);
  appendAll(lines, warningLines(summary.warnings, lang, hint));
  lines.push('');
  return lines.join('\n');
}
