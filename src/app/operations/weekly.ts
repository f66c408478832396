// Operation "Weekly summary" (the after-sales handbook: 投诉信息每周汇总建立档案; docs/domain.md,
// "Alerts and the weekly summary"): a week's complaint figures, one block per week in 投诉周报,
// newest first.

import type { IsoWeek } from '../../domain/calendar/isoweek';
import { formatLocal } from '../../domain/calendar/time';
import { type Lang, message } from '../../domain/i18n/messages';
import type { WorkbookPort, WriteValue } from '../port';
import type { MappingHint } from '../present/inspection';
import { textRow } from '../present/render';
import { skippedCount, skippedSince, uniqueWarnings, warningText } from '../present/warnings';
import { weeklyLines, weeklyTitle } from '../present/weekly-lines';
import type { ComplaintReport } from '../reports/complaints';
import { type WeeklySummary, weeklySummary } from '../reports/weekly';
import { type LoadedWorkbook, loadWorkbook, type RunOptions } from '../workbook';
import { placeBlock } from '../writes/blocks';
import { claimOwnSheet, LEGACY_WEEKLY_TITLE, type OutputSheet } from '../writes/own';

/**
 * Writes the week's block into 投诉周报 (newest first; re-running a week replaces its block): its
 * title, its figures, then what they could not take into account.
 */
function writeWeeklySheet(
  port: WorkbookPort,
  summary: WeeklySummary,
  lang: Lang,
  now: number,
  hint: MappingHint = 'sheet',
): OutputSheet {
  const output = claimOwnSheet(port, 'weekly', lang, (sheet) =>
    port.createSheet(sheet, { rows: [], frozenRows: 0, widths: [170, 360] }),
  );
  const name = output.sheet;
  const block: WriteValue[][] = [
    [weeklyTitle(summary, lang), message(lang, 'weekly.computed', { time: formatLocal(now, port.timeZone) })],
    ...weeklyLines(summary, lang),
    ...summary.warnings.map((w) => textRow(warningText(w, lang, hint), 2)),
    textRow('', 2),
  ];
  const placed = placeBlock(
    port,
    name,
    summary.week,
    block,
    (title) => LEGACY_WEEKLY_TITLE.exec(title)?.[1] ?? null,
  );
  // A protection kept the block out: said with the result.
  if (placed) port.setBold(name, { row: placed.row, column: 1, numRows: 1, numColumns: 1 });
  return output;
}

/** The weekly summary: its figures and, when writing, its block in 投诉周报. */
export function runWeekly(
  port: WorkbookPort,
  options: RunOptions & { readonly week: IsoWeek },
  workbook: LoadedWorkbook = loadWorkbook(port),
  report?: ComplaintReport,
): WeeklySummary {
  const summary = weeklySummary(workbook, options.week, options.now, port.timeZone, report);
  if (!options.write) return summary;
  const from = skippedCount(port);
  const output = writeWeeklySheet(port, summary, options.lang, options.now, options.hint);
  return { ...summary, warnings: uniqueWarnings(summary.warnings, skippedSince(port, from)), output };
}
