// Validating a loaded workbook: every recognised sheet's rows checked against its kind's rules,
// 规则设置 and 列名对照 checked, the issues in sheet order. Pure of writes: Validate all marks and
// reports them, onEdit checks the edited rows, the sidebar counts them.

import { appendAll } from '../../domain/arrays';
import type { Lang } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import { cellKey } from '../../domain/sheets/rows';
import {
  type DataRow,
  type Issue,
  parameterIssues,
  validateLayout,
  validateRows,
} from '../../domain/validate/rules';
import { readWorkbookSettings, validationContext, writtenTimeZone } from '../context';
import { mappingProblemParams } from '../present/inspection';
import { recognitionWarnings, timeZoneWarnings, type Warning } from '../present/warnings';
import { firstSheetOf, type LoadedSheet, type LoadedWorkbook } from '../workbook';
import type { OutputSheet } from '../writes/own';

export interface ValidationSummary {
  readonly rowsChecked: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface WorkbookValidation {
  readonly issues: readonly Issue[];
  readonly summary: ValidationSummary;
  readonly sheets: readonly LoadedSheet[];
  /** What concerns the whole workbook rather than a cell (a time zone at odds with 规则设置). */
  readonly warnings: readonly Warning[];
  /** 地区 of 规则设置: how phone numbers in the messages are masked. */
  readonly region: Region;
  /** Where 校验报告 was written (when the run wrote). */
  readonly output?: OutputSheet;
}

/** A sheet's records with their cells (and the cells spread from merged ones). */
export function recordRows(sheet: LoadedSheet): DataRow[] {
  const { grid, filled } = sheet;
  const rows: DataRow[] = [];
  for (const row of sheet.records) {
    const cells = grid.values[row - grid.firstRow];
    if (!cells) continue;
    if (filled.size === 0) {
      rows.push({ row, cells });
      continue;
    }
    const columns = new Set<number>();
    for (let c = 0; c < cells.length; c++) if (filled.has(cellKey(row, c))) columns.add(c);
    rows.push(columns.size > 0 ? { row, cells, filled: columns } : { row, cells });
  }
  return rows;
}

function summarize(issues: readonly Issue[], rowsChecked: number): ValidationSummary {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors++;
  return { rowsChecked, errors, warnings: issues.length - errors };
}

/** Issues in sheet order, then row, then column. */
function sortIssues(issues: Issue[], order: readonly string[]): Issue[] {
  const rank = new Map(order.map((name, i) => [name, i]));
  return issues.sort(
    (a, b) =>
      (rank.get(a.sheet) ?? 0) - (rank.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code),
  );
}

/**
 * The rows of 列名对照 that cannot be applied, as issues on their cells; those of a mapping file
 * (`--map`) as issues on its rows, the file named as their sheet.
 */
function mappingIssues(workbook: LoadedWorkbook, lang: Lang): Issue[] {
  const sheet = firstSheetOf(workbook.sheets, 'mapping');
  return workbook.mapping.problems.flatMap((p): Issue[] => {
    const own = p.source === undefined ? sheet : undefined;
    if (p.source === undefined && !own) return [];
    const column = own?.layout.columns[p.field];
    return [
      {
        sheet: own ? own.layout.sheet : (p.source ?? ''),
        row: p.row,
        column: column === undefined ? null : column + 1,
        field: p.field,
        header: own?.layout.headers[p.field] ?? p.field,
        kind: 'mapping',
        code: 'bad_mapping',
        severity: 'error',
        message: `issue.bad_mapping_${p.problem}`,
        params: mappingProblemParams(p, lang),
      },
    ];
  });
}

/** Validates every recognised sheet of a loaded workbook. Pure of writes. */
export function validateWorkbook(
  workbook: LoadedWorkbook,
  timeZone: string,
  now: number,
  lang: Lang,
): WorkbookValidation {
  const { sheets } = workbook;
  const { context, problems } = validationContext(sheets, timeZone, now);
  const { settings } = readWorkbookSettings(sheets, timeZone);
  const issues: Issue[] = [];
  let rowsChecked = 0;
  for (const sheet of sheets) {
    appendAll(issues, validateLayout(sheet.layout));
    if (sheet.layout.headerRow === null) continue;
    const rows = recordRows(sheet);
    rowsChecked += rows.length;
    appendAll(issues, validateRows(sheet.layout, rows, context));
  }
  const params = firstSheetOf(sheets, 'params');
  if (params) appendAll(issues, parameterIssues(params.layout, problems));
  appendAll(issues, mappingIssues(workbook, lang));
  return {
    issues: sortIssues(
      issues,
      sheets.map((s) => s.layout.sheet),
    ),
    summary: summarize(issues, rowsChecked),
    sheets,
    region: context.region,
    // Validation checks every kind: each sheet left alone that came near one is named.
    warnings: [
      ...recognitionWarnings(workbook, 'all'),
      ...timeZoneWarnings(writtenTimeZone(sheets, settings), timeZone, now),
    ],
  };
}
