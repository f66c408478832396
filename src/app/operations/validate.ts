// Operation "Validate all": every recognised sheet checked, problem cells marked, 校验报告 rebuilt.

import { formatLocal } from '../../domain/calendar/time';
import { type Lang, message } from '../../domain/i18n/messages';
import { columnHeaders, columnWidths, REPORT_COLUMNS } from '../../domain/sheets/columns';
import { columnLetter } from '../../domain/text';
import type { WorkbookPort, WriteValue } from '../port';
import {
  inspectionLines,
  type MappingHint,
  summarizeWorkbook,
  type WorkbookInspection,
} from '../present/inspection';
import { fieldLabel, renderIssue, styleTable, textRow } from '../present/render';
import { skippedCount, skippedSince, warningText } from '../present/warnings';
import { validateWorkbook, type WorkbookValidation } from '../reports/validation';
import { type LoadedWorkbook, loadWorkbook, type RunOptions } from '../workbook';
import { applyMarks } from '../writes/issue-marks';
import { claimOwnSheet, EMPTY_SHEET, type OutputSheet, REPORT_LIMIT } from '../writes/own';

/**
 * Rebuilds 校验报告 (the add-on's, by its mark): a summary line, what was recognised, then one row
 * per issue with a link to its cell.
 */
function writeReport(
  port: WorkbookPort,
  validation: Pick<WorkbookValidation, 'issues' | 'summary' | 'warnings' | 'region'>,
  inspection: WorkbookInspection,
  lang: Lang,
  now: number,
  hint: MappingHint = 'sheet',
): OutputSheet {
  const output = claimOwnSheet(port, 'report', lang, (sheet) => port.createSheet(sheet, EMPTY_SHEET));
  const name = output.sheet;
  const width = REPORT_COLUMNS.length;
  const { rowsChecked, errors, warnings } = validation.summary;
  const title = message(lang, 'report.validation_title', {
    time: formatLocal(now, port.timeZone),
    rows: rowsChecked,
    errors,
    warnings,
  });
  const recognition = [message(lang, 'inspect.heading'), ...inspectionLines(inspection, lang, false, hint)];
  // The recognition summary below names each sheet not understood, with its nearest kind.
  const notes = validation.warnings.filter((w) => w.code !== 'sheet_not_understood');
  const rows: WriteValue[][] = [
    textRow(title, width),
    ...notes.map((w) => textRow(warningText(w, lang, hint), width)),
    ...recognition.map((line) => textRow(line, width)),
    textRow('', width),
    columnHeaders(REPORT_COLUMNS, lang),
  ];
  const headerRow = rows.length;
  // Title and header stay in view while scrolling, unless the recognition summary is long.
  port.resetSheet(name, {
    widths: columnWidths(REPORT_COLUMNS),
    frozenRows: rows.length <= 15 ? rows.length : 1,
  });
  const sheets = new Set(port.listSheets());
  for (const issue of validation.issues.slice(0, REPORT_LIMIT)) {
    const column = issue.column ?? 1;
    const place = `${issue.sheet}!${columnLetter(column)}${issue.row}`;
    rows.push([
      issue.sheet,
      issue.row,
      fieldLabel(issue, issue.field, lang),
      issue.header,
      message(lang, issue.severity === 'error' ? 'report.error' : 'report.warning'),
      issue.code,
      renderIssue(issue, lang, validation.region),
      // A row of a mapping file (`--map`) is not in the workbook: named, not linked.
      sheets.has(issue.sheet) ? { text: place, link: { sheet: issue.sheet, row: issue.row, column } } : place,
    ]);
  }
  if (validation.issues.length === 0) rows.push(textRow(message(lang, 'report.no_issues'), width));
  if (validation.issues.length > REPORT_LIMIT) {
    rows.push(
      textRow(message(lang, 'report.more_issues', { count: validation.issues.length - REPORT_LIMIT }), width),
    );
  }
  port.writeBlock(name, 1, 1, rows);
  styleTable(port, name, REPORT_COLUMNS, headerRow, Math.min(validation.issues.length, REPORT_LIMIT));
  return output;
}

/**
 * Validate all: one read per sheet; when writing, one batched write of marks per sheet and the
 * report sheet.
 */
export function runValidation(
  port: WorkbookPort,
  options: RunOptions,
  workbook: LoadedWorkbook = loadWorkbook(port),
): WorkbookValidation {
  const validation = validateWorkbook(workbook, port.timeZone, options.now, options.lang);
  if (!options.write) return validation;
  const from = skippedCount(port);
  for (const sheet of validation.sheets) {
    const { layout, grid } = sheet;
    if (layout.headerRow === null || grid.width === 0) continue;
    const first = layout.headerRow + 1;
    const last = grid.firstRow + grid.values.length - 1;
    if (last < first) continue;
    const block = { row: first, column: 1, numRows: last - first + 1, numColumns: grid.width };
    applyMarks(
      port,
      layout.sheet,
      block,
      validation.issues.filter((i) => i.sheet === layout.sheet),
      options.lang,
      validation.region,
    );
  }
  // Marks a protection kept off are said at the top of 校验报告; what it kept off 校验报告 itself,
  // in the result (the toast).
  const marked = { ...validation, warnings: [...validation.warnings, ...skippedSince(port, from)] };
  const output = writeReport(
    port,
    marked,
    summarizeWorkbook(workbook),
    options.lang,
    options.now,
    options.hint,
  );
  return { ...validation, warnings: [...validation.warnings, ...skippedSince(port, from)], output };
}
