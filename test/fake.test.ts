import { describe, expect, it } from 'vitest';
import { FakeWorkbook, SHEETS_ERRORS } from './fake/spreadsheet';

function setup() {
  const wb = new FakeWorkbook();
  wb.addSheet('Data', [
    ['name', 'date', 'n'],
    ['a', new Date(Date.UTC(2026, 9, 1, 16)), 3],
  ]);
  const ss = wb.globals().SpreadsheetApp.getActive();
  wb.counter.reset();
  return { wb, ss };
}

describe('the SpreadsheetApp fake', () => {
  it('uses 1-based ranges and gives blanks as empty strings', () => {
    const { ss } = setup();
    const sheet = ss.getSheetByName('Data')!;
    expect(sheet.getRange(1, 1).getValue()).toBe('name');
    expect(sheet.getRange(2, 3).getValue()).toBe(3);
    expect(sheet.getRange(3, 1, 1, 2).getValues()).toEqual([['', '']]);
    expect(sheet.getRange('B2').getValue()).toBeInstanceOf(Date);
  });

  it('returns the data range up to the last cell with content', () => {
    const { ss } = setup();
    const range = ss.getSheetByName('Data')!.getDataRange();
    expect(range.getA1Notation()).toBe('A1:C2');
    expect(range.getValues()).toHaveLength(2);
  });

  it('throws Sheets’ own errors for mismatched setValues dimensions', () => {
    const { ss } = setup();
    const range = ss.getSheetByName('Data')!.getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2]])).toThrow(SHEETS_ERRORS.rowsMismatch(1, 2));
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('rejects ranges outside the sheet as Sheets does', () => {
    const { ss } = setup();
    const sheet = ss.getSheetByName('Data')!;
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('interprets typed text as Sheets does, and keeps apostrophe-prefixed text as text', () => {
    const { wb, ss } = setup();
    const range = ss.getSheetByName('Data')!.getRange(3, 1, 1, 4);
    range.setValues([['42', "'42", '=IMPORTXML("x")', '\'=IMPORTXML("x")']]);
    const model = wb.sheet('Data');
    expect(model.value(3, 1)).toBe(42);
    expect(model.value(3, 2)).toBe('42');
    expect(model.formula(3, 3)).toBe('=IMPORTXML("x")');
    expect(model.value(3, 4)).toBe('=IMPORTXML("x")');
    expect(model.formula(3, 4)).toBe('');
  });

  it('keeps notes and backgrounds per cell, white by default', () => {
    const { ss } = setup();
    const range = ss.getSheetByName('Data')!.getRange(1, 1, 1, 2);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    range.setNotes([['mine', null]]);
    range.setBackgrounds([['#FCE8E6', null]]);
    expect(range.getNotes()).toEqual([['mine', '']]);
    expect(range.getBackgrounds()).toEqual([['#fce8e6', '#ffffff']]);
  });

  it('counts every service call per method', () => {
    const { wb, ss } = setup();
    const sheet = ss.getSheetByName('Data')!;
    sheet.getDataRange().getValues();
    sheet.getRange(1, 1).getValues();
    expect(wb.counter.get('Spreadsheet.getSheetByName')).toBe(1);
    expect(wb.counter.get('Sheet.getDataRange')).toBe(1);
    expect(wb.counter.get('Sheet.getRange')).toBe(1);
    expect(wb.counter.get('Range.getValues')).toBe(2);
    expect(wb.counter.total()).toBe(5);
  });

  it('refuses data services in AuthMode.NONE but still builds menus', () => {
    const wb = new FakeWorkbook();
    wb.authMode = 'NONE';
    const g = wb.globals();
    expect(() => g.SpreadsheetApp.getActive()).toThrow(/do not have permission/);
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow(/do not have permission/);
    g.SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'fn').addToUi();
    expect(wb.menus[0]?.functionNames()).toEqual(['fn']);
  });

  it('keeps properties, locks, triggers and toasts', () => {
    const wb = new FakeWorkbook();
    const g = wb.globals();
    g.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    expect(g.PropertiesService.getDocumentProperties().getProperty('k')).toBe('v');
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(g.LockService.getDocumentLock().tryLock(1000)).toBe(false);
    lock.releaseLock();
    expect(g.LockService.getDocumentLock().tryLock(1000)).toBe(true);
    g.ScriptApp.newTrigger('refresh').timeBased().everyHours(1).create();
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['refresh']);
    wb.addSheet('S');
    g.SpreadsheetApp.getActive().toast('done', 'title');
    expect(wb.toasts).toEqual([{ message: 'done', title: 'title' }]);
  });

  it('stores conditional-format rules and list validations that tests can read back', () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    const g = wb.globals();
    const sheet = g.SpreadsheetApp.getActive().getSheetByName('S')!;
    const rule = g.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$A2>1')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange(2, 1, 10, 3)])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const back = sheet.getConditionalFormatRules()[0]!;
    expect(back.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$A2>1']);
    expect(back.getRanges()[0]?.getA1Notation()).toBe('A2:C11');
    const validation = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(['是', '否'], true)
      .setAllowInvalid(true)
      .build();
    sheet.getRange(2, 1, 5, 1).setDataValidation(validation);
    expect(wb.sheet('S').validation(4, 1)?.getAllowInvalid()).toBe(true);
  });
});
