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
    })),
  );
}
