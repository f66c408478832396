// Operation "Callback plan": the callbacks the sheets call for (售后30天, 投诉后回访, 质保到期前),
// which are done, due or overdue, the month's callback rate and complaint figures; 回访计划 rebuilt.

import type { CallbackState } from '../../domain/callbacks/callbacks';
import { type Lang, message } from '../../domain/i18n/messages';
import { CALLBACK_COLUMNS, columnHeaders, columnWidths } from '../../domain/sheets/columns';
import { columnLetter, compareText } from '../../domain/text';
import type { WorkbookPort, WriteValue } from '../port';
import { callbackLine, callbackSummary } from '../present/callback-lines';
import type { MappingHint } from '../present/inspection';
import { stateLabel, styleTable, textRow } from '../present/render';
import { skippedCount, skippedSince, warningText } from '../present/warnings';
import { type CallbackReport, workbookCallbacks } from '../reports/callbacks';
import { type LoadedWorkbook, loadWorkbook, type RunOptions } from '../workbook';
import { OWN_RULE_MARKER, TONES } from '../writes/marks';
import { claimOwnSheet, EMPTY_SHEET, type OutputSheet, REPORT_LIMIT } from '../writes/own';

/** Rebuilds 回访计划: the month's rate and figures, then the callbacks due, overdue first. */
function writeCallbackSheet(
  port: WorkbookPort,
  report: CallbackReport,
  lang: Lang,
  hint: MappingHint = 'sheet',
): OutputSheet {
  const output = claimOwnSheet(port, 'callbacksDue', lang, (sheet) => port.createSheet(sheet, EMPTY_SHEET));
  const name = output.sheet;
  const width = CALLBACK_COLUMNS.length;
  port.resetSheet(name, { widths: columnWidths(CALLBACK_COLUMNS), frozenRows: 3 + report.warnings.length });
  const [rateLine, complaintsLine] = callbackSummary(report, lang);
  const rows: WriteValue[][] = [
    textRow(rateLine, width),
    textRow(complaintsLine, width),
    ...report.warnings.map((w) => textRow(warningText(w, lang, hint), width)),
    columnHeaders(CALLBACK_COLUMNS, lang),
  ];
  const order: Record<CallbackState, number> = { overdue: 0, due: 1, done: 2, planned: 3 };
  const listed = [...report.due].sort(
    (a, b) => order[a.state] - order[b.state] || compareText(a.item.dueDay, b.item.dueDay),
  );
  const headerRow = rows.length;
  for (const s of listed.slice(0, REPORT_LIMIT))
    rows.push(callbackLine(s, lang, port.timeZone, report.region));
  if (listed.length > REPORT_LIMIT)
    rows.push(textRow(message(lang, 'report.more_rows', { count: listed.length - REPORT_LIMIT }), width));
  port.writeBlock(name, 1, 1, rows);
  styleTable(port, name, CALLBACK_COLUMNS, headerRow, Math.min(listed.length, REPORT_LIMIT));
  const overdueLabel = stateLabel('overdue', lang).replace(/"/g, '""');
  const firstItem = 4 + report.warnings.length;
  const stateColumn = columnLetter(CALLBACK_COLUMNS.findIndex((c) => c.key === 'state') + 1);
  port.setOwnConditionalRules(name, [
    {
      block: {
        row: firstItem,
        column: 1,
        numRows: Math.max(1, Math.min(listed.length, REPORT_LIMIT)),
        numColumns: width,
      },
      formula: `=AND(${OWN_RULE_MARKER},$${stateColumn}${firstItem}="${overdueLabel}")`,
      background: TONES.bad.background,
      fontColor: TONES.bad.font,
    },
  ]);
  return output;
}

/**
 * Callback plan: callbacks as of `now`, the month's rate; when writing, 回访计划 rebuilt. Sheets not
 * understood that came near a sheet callbacks are planned from are said first.
 */
export function runCallbacks(
  port: WorkbookPort,
  options: RunOptions & { readonly month?: string },
  workbook: LoadedWorkbook = loadWorkbook(port),
): CallbackReport {
  const report = workbookCallbacks(workbook, options.now, port.timeZone, options.month);
  if (!options.write) return report;
  const from = skippedCount(port);
  const output = writeCallbackSheet(port, report, options.lang, options.hint);
  return { ...report, warnings: [...report.warnings, ...skippedSince(port, from)], output };
}
