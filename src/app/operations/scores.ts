// Operation "Compute monthly scores": read the settings, roster, ledger and KPI sheets; compute
// the month; write (or replace) that month's block in 月度考核, leaving other months as they are.

import type { WorkbookPort } from '../port';
import { type ScoreReport, workbookScores } from '../reports/scores';
import { type LoadedWorkbook, loadWorkbook, type RunOptions } from '../workbook';
import { writeMonthScores } from '../writes/score-sheet';

/** Compute monthly scores: the month's figures and, when writing, its block in 月度考核. */
export function runScores(
  port: WorkbookPort,
  options: RunOptions & { readonly month: string },
  workbook: LoadedWorkbook = loadWorkbook(port),
): ScoreReport {
  const report = workbookScores(workbook, options.month, port.timeZone, options.now);
  if (!options.write) return report;
  return writeMonthScores(port, report, options);
}
