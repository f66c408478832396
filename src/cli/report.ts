// Terminal reports of the CLI, readable by a supervisor: plain text, Chinese or English.

import { fieldLabel, renderIssue } from '../app/render';
import type { ValidationSummary } from '../app/validate';
import { type Lang, message } from '../domain/messages';
import type { SheetLayoutInfo } from '../domain/recognize';
import { sheetSpec } from '../domain/schema';
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
