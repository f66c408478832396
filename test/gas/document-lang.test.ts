import vm from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FakeWorkbook } from '../fake/spreadsheet';
import { loadBundle } from '../helpers/bundle';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
});

/** The 状态 cells of the add-on's deadline column on 客诉 (its last column), rows 2–6. */
function states(wb: FakeWorkbook): string[] {
  const values = wb.sheet('客诉').snapshotValues();
  const width = Math.max(...values.map((r) => r.length));
  return values.slice(1, 6).map((r) => String(r[width - 1] ?? ''));
}

/** The formulas of the conditional-format rules on 客诉. */
function formulas(wb: FakeWorkbook): string[] {
  return wb.sheet('客诉').conditionalRules.map((r) => String(r.getBooleanCondition().getCriteriaValues()[0]));
}

describe('the document’s language', () => {
  it('gives menus in the spreadsheet’s language when Apps Script does not tell the user’s', () => {
    const wb = toFake(complaintsWorkbook(false), 'zh_TW');
    wb.userLocale = '';
    const context = loadBundle(wb);
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.LIMITED })', context);
    expect(wb.menus[1]?.items[0]).toEqual({ caption: '設定表格', functionName: 'menuSetup' });
  });

  it('keeps the words of the deadline columns as set-up fixed them, whoever edits or refreshes', () => {
    vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
    const wb = toFake(complaintsWorkbook(false));
    const context = loadBundle(wb);
    vm.runInContext('menuSetup()', context);
    const chinese = states(wb);
    expect(chinese).toContain('方案超时');
    const rules = formulas(wb);
    expect(rules.join('\n')).toContain('"已结案"');

    // An English-speaking colleague edits C1 and runs the check: the column keeps its Chinese.
    wb.userLocale = 'en-US';
    const english = loadBundle(wb);
    vm.runInContext(
      'onEdit({ range: SpreadsheetApp.getActive().getSheetByName("客诉").getRange(2, 1), authMode: ScriptApp.AuthMode.LIMITED })',
      english,
    );
    vm.runInContext('menuCheckComplaints()', english);
    expect(states(wb)).toEqual(chinese);
    expect(formulas(wb)).toEqual(rules);
    // Her toast is in English all the same.
    expect(wb.toasts.at(-1)?.message).toMatch(/overdue/i);
  });
});
