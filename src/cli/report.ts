// Terminal reports of the CLI, readable by a supervisor: plain text, Chinese or English.

import { type Lang, message } from '../domain/messages';
import type { SheetLayoutInfo } from '../domain/recognize';
import { sheetSpec } from '../domain/schema';

export interface SheetSummary {
  readonly layout: SheetLayoutInfo;
  readonly dataRows: number;
}

export interface InspectionReport {
  readonly file: string;
  readonly sheets: readonly SheetSummary[];
  readonly unrecognised: readonly string[];
  readonly pending: readonly string[];
  readonly out: string;
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
  if (report.pending.length > 0) {
    lines.push('', message(lang, 'report.pending', { features: report.pending.join(', ') }));
  }
  lines.push('', message(lang, 'cli.wrote', { file: report.out }), '');
  return lines.join('\n');
}
