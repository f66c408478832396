// Operation "Check overdue complaints": every complaint's deadlines and state (docs/domain.md,
// "Complaint deadlines"); the complaints sheet's own deadline columns kept current and highlighted
// by conditional formats (live against NOW()); 超时投诉 rebuilt.

import { formatLocal } from '../../domain/calendar/time';
import { type Lang, message } from '../../domain/i18n/messages';
import { columnHeaders, columnWidths, OVERDUE_COLUMNS } from '../../domain/sheets/columns';
import type { WorkbookPort, WriteValue } from '../port';
import { complaintView, overdueLine } from '../present/complaint-view';
import type { MappingHint } from '../present/inspection';
import { styleTable, textRow } from '../present/render';
import { skippedCount, skippedSince, warningText } from '../present/warnings';
import { type ComplaintReport, urgentComplaints, workbookComplaints } from '../reports/complaints';
import { type LoadedWorkbook, loadWorkbook, type RunOptions } from '../workbook';
import { writeComplaintSheets } from '../writes/deadline-columns';
import { claimOwnSheet, EMPTY_SHEET, type OutputSheet, REPORT_LIMIT } from '../writes/own';

/** Rebuilds 超时投诉 (the add-on's, by its mark): what is overdue and due soon, with links to the rows; phones masked. */
function writeOverdueSheet(
  port: WorkbookPort,
  report: ComplaintReport,
  lang: Lang,
  now: number,
  hint: MappingHint = 'sheet',
): OutputSheet {
  const look = { widths: columnWidths(OVERDUE_COLUMNS), frozenRows: 2 + report.warnings.length };
  const output = claimOwnSheet(port, 'overdue', lang, (sheet) => port.createSheet(sheet, EMPTY_SHEET));
  const name = output.sheet;
  const width = OVERDUE_COLUMNS.length;
  port.resetSheet(name, look);
  const listed = urgentComplaints(report);
  const rows: WriteValue[][] = [
    textRow(
      message(lang, 'deadlines.overdue_title', {
        time: formatLocal(now, port.timeZone),
        overdue: report.summary.replyOverdue + report.summary.solutionOverdue,
        soon: report.summary.dueSoon,
      }),
      width,
    ),
    ...report.warnings.map((w) => textRow(warningText(w, lang, hint), width)),
    columnHeaders(OVERDUE_COLUMNS, lang),
  ];
  const headerRow = rows.length;
  for (const r of listed.slice(0, REPORT_LIMIT))
    rows.push(overdueLine(complaintView(r, lang, report.settings.region)));
  if (listed.length === 0) rows.push(textRow(message(lang, 'deadlines.none_overdue'), width));
  if (listed.length > REPORT_LIMIT) {
    const more = message(lang, 'report.more_rows', { count: listed.length - REPORT_LIMIT });
    rows.push(textRow(more, width));
  }
  port.writeBlock(name, 1, 1, rows);
  styleTable(port, name, OVERDUE_COLUMNS, headerRow, Math.min(listed.length, REPORT_LIMIT));
  return output;
}

/**
 * Check overdue complaints: every complaint's deadlines and state as of `now`; when writing, the
 * complaints sheets' own columns and highlights, and 超时投诉. Sheets not understood that came near
 * a complaints log, and the rows left out, are said first.
 */
export function runComplaints(
  port: WorkbookPort,
  options: RunOptions,
  workbook: LoadedWorkbook = loadWorkbook(port),
): ComplaintReport {
  const report = workbookComplaints(workbook, options.now, port.timeZone);
  if (!options.write) return report;
  const from = skippedCount(port);
  writeComplaintSheets(port, workbook.sheets, report, options.cellLang ?? options.lang);
  // What a protection kept off the complaints sheets is said at the top of 超时投诉; what it kept
  // off 超时投诉 itself, in the result (the toast).
  const written = { ...report, warnings: [...report.warnings, ...skippedSince(port, from)] };
  const output = writeOverdueSheet(port, written, options.lang, options.now, options.hint);
  return { ...report, warnings: [...report.warnings, ...skippedSince(port, from)], output };
}
