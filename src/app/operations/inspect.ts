// Operation "inspect": what the engine sees in each sheet (docs/cli.md, "inspect"), shaped and
// worded by present/inspection.ts. The CLI, the sidebar's 表格识别 tab and 校验报告 all show this.

import type { WorkbookPort } from '../port';
import { summarizeWorkbook, type WorkbookInspection } from '../present/inspection';
import { type LoadedWorkbook, loadWorkbook } from '../workbook';

/** Inspect: every sheet's recognition. */
export function runInspect(
  port: WorkbookPort,
  workbook: LoadedWorkbook = loadWorkbook(port),
): WorkbookInspection {
  return summarizeWorkbook(workbook);
}
