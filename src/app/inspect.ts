// Operation "inspect": which of the workbook's sheets the add-on recognises, and how.

import type { SheetLayoutInfo } from '../domain/recognize';
import type { WorkbookPort } from './port';
import { dataRowNumbers, type LoadedWorkbook, loadWorkbook } from './workbook';

/** One recognised sheet as the user is shown it. */
export interface SheetSummary {
  readonly layout: SheetLayoutInfo;
  readonly dataRows: number;
}

export interface WorkbookInspection {
  readonly recognised: readonly SheetSummary[];
  readonly unrecognised: readonly string[];
}

/** What the engine sees in a loaded workbook. */
export function summarizeWorkbook(workbook: LoadedWorkbook): WorkbookInspection {
  return {
    recognised: workbook.sheets.map(({ layout, grid }) => ({
      layout,
      dataRows: dataRowNumbers(layout, grid).length,
    })),
    unrecognised: workbook.unrecognised,
  };
}

/** Inspect: each sheet's kind, header row, data rows and columns; the sheets left alone. */
export function runInspect(
  port: WorkbookPort,
  workbook: LoadedWorkbook = loadWorkbook(port),
): WorkbookInspection {
  return summarizeWorkbook(workbook);
}
