// Everything a run can change in a fake spreadsheet, as one comparable text (for "a second run changes nothing").
import type { FakeWorkbook } from '../fake/spreadsheet';

export function workbookState(wb: FakeWorkbook): string {
  return JSON.stringify(
    wb.sheets.map((s) => ({
      name: s.name,
      values: s.snapshotValues(),
      formulas: s.formulas,
      notes: s.notes,
      backgrounds: s.backgrounds,
      formats: s.formats,
      frozen: s.frozenRows,
      rules: s.conditionalRules.map((r) => r.getBooleanCondition().getCriteriaValues()),
      validations: s.validations.map((line) => line?.map((v) => v?.getCriteriaValues() ?? null)),
      charts: s.charts.length,
      merges: s.merges,
      metadata: s.metadata.map((m) => [m.key, m.value, m.type, m.index]),
    })),
  );
}

/** The sheets the add-on marked as its own (developer metadata on the sheet). */
export function ownSheetNames(wb: FakeWorkbook): Set<string> {
  return new Set(
    wb.sheets
      .filter((s) => s.metadata.some((m) => m.type === 'SHEET' && m.key === 'kefu-sheets.sheet'))
      .map((s) => s.name),
  );
}

/** A workbook whose sheets can be read back as plain grids: the Apps Script fake or the memory workbook. */
interface GridSource {
  sheet(name: string): { snapshotValues(): unknown[][] };
}

/** The 校验报告 sheet: the recognition summary above its table, the table's header row and rows. */
export function reportSheet(wb: GridSource): { summary: string[]; headerRow: number; rows: unknown[][] } {
  const values = wb.sheet('校验报告').snapshotValues();
  const index = values.findIndex((line) => line[0] === '工作表' || line[0] === 'Sheet');
  if (index < 0) throw new Error('校验报告 has no table header');
  return {
    summary: values.slice(1, index).map((line) => String(line[0] ?? '')),
    headerRow: index + 1,
    rows: values.slice(index + 1),
  };
}
