// The machine shapes of every result (docs/cli.md, "JSON"): the CLI prints them and the sidebar
// builds on them, so both say the same thing. No Dates; phones masked.

import { formatIso } from '../../domain/calendar/time';
import type { Lang } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import { maskPhone, maskPhonesInText } from '../../domain/phone/phone';
import type { Issue } from '../../domain/validate/rules';
import type { CallbackReport } from '../reports/callbacks';
import type { ComplaintReport } from '../reports/complaints';
import type { ScoreReport } from '../reports/scores';
import type { WorkbookValidation } from '../reports/validation';
import type { WeeklySummary } from '../reports/weekly';
import { complaintView } from './complaint-view';
import type { MappingHint, WorkbookInspection } from './inspection';
import { renderIssue } from './render';
import { warningsJson } from './warnings';

/** One issue, phones in its message masked as 地区 reads them. */
function issueJson(issue: Issue, lang: Lang, region: Region) {
  return {
    sheet: issue.sheet,
    row: issue.row,
    field: issue.field,
    header: issue.header,
    code: issue.code,
    severity: issue.severity,
    message: renderIssue(issue, lang, region),
  };
}

/** A validation: its issues and counts, and what it could not take into account. */
export function validationJson(
  validation: Pick<WorkbookValidation, 'issues' | 'summary' | 'warnings' | 'region'>,
  lang: Lang,
  hint: MappingHint = 'sheet',
) {
  return {
    issues: validation.issues.map((i) => issueJson(i, lang, validation.region)),
    summary: validation.summary,
    warnings: warningsJson(validation.warnings, lang, hint),
  };
}

/** What was recognised, sheet by sheet (the `sheets` array of every command's JSON). */
export function sheetsJson(inspection: WorkbookInspection) {
  return inspection.sheets;
}

/** A month's scores. */
export function scoresJson(report: ScoreReport, lang: Lang, hint: MappingHint = 'sheet') {
  const { scores } = report;
  return {
    month: scores.month,
    warnings: warningsJson(report.warnings, lang, hint),
    staff: scores.staff.map((s) => ({
      name: s.name,
      role: s.role,
      score: s.score,
      pointsFine: s.pointsFine,
      cashItems: s.cashItems,
      fullAttendanceBonus: s.fullAttendanceBonus,
      performanceBonus: s.performanceBonus,
      highScoreReward: s.highScoreReward,
      supervisorAdjustment: s.supervisorAdjustment,
      net: s.net,
      dismissalReview: s.dismissalReview,
      ledgerRows: s.ledgerRows,
      ledgerPoints: s.ledgerPoints,
      kpiPoints: s.kpiPoints,
    })),
    team: scores.team,
    problems: report.problems.map(({ sheet, row, field, code, value }) => ({
      sheet,
      row,
      field,
      code,
      value,
    })),
  };
}

/** Complaint deadlines and states as of `now`. */
export function complaintsJson(
  report: ComplaintReport,
  now: number,
  timeZone: string,
  lang: Lang,
  hint: MappingHint = 'sheet',
) {
  return {
    now: formatIso(now, timeZone),
    complaints: report.rows.map((r) => {
      const v = complaintView(r, lang, report.settings.region);
      return {
        sheet: v.sheet,
        row: v.row,
        id: v.id,
        level: v.level,
        state: v.state,
        replyDue: formatIso(v.replyDue, timeZone),
        solutionDue: formatIso(v.solutionDue, timeZone),
        hoursLeft: v.hoursLeft,
      };
    }),
    summary: report.summary,
    clock: report.settings.clockMode,
    warnings: warningsJson(report.warnings, lang, hint),
  };
}

/** Callbacks due, done and overdue, and the month's rate. */
export function callbacksJson(
  report: CallbackReport,
  now: number,
  timeZone: string,
  lang: Lang,
  hint: MappingHint = 'sheet',
) {
  return {
    now: formatIso(now, timeZone),
    due: report.due.map((s) => ({
      sheet: s.item.sheet,
      row: s.item.row,
      type: s.item.type,
      customer: maskPhonesInText(s.item.customer, report.region),
      phone: maskPhone(s.item.phone, report.region),
      dueDate: s.item.dueDay,
      state: s.state,
      callbackRow: s.record?.row ?? null,
      callbackSheet: s.record?.sheet ?? null,
    })),
    month: report.month,
    rate: report.rate,
    complaints: report.complaints,
    warnings: warningsJson(report.warnings, lang, hint),
  };
}

/** The weekly summary (docs/cli.md, `weekly --json`). */
export function weeklyJson(
  summary: WeeklySummary,
  timeZone: string,
  lang: Lang,
  hint: MappingHint = 'sheet',
) {
  return {
    week: summary.week,
    from: summary.from,
    to: summary.to,
    asOf: formatIso(summary.asOf, timeZone),
    complaints: summary.complaints,
    callbacks: summary.callbacks,
    satisfaction: summary.satisfaction,
    warnings: warningsJson(summary.warnings, lang, hint),
  };
}
