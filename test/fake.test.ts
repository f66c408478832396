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

describe('the fake’s Apps Script limits', () => {
  it('holds 9 KB per property value and 500 KB per store, counted in UTF-8 bytes', () => {
    const wb = new FakeWorkbook();
    const props = wb.globals().PropertiesService.getDocumentProperties();
    props.setProperty('ascii', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('ascii', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    // 3,072 Chinese characters are 9,216 bytes; one more is too many.
    props.setProperty('zh', '中'.repeat(3072));
    expect(() => props.setProperty('zh', '中'.repeat(3073))).toThrow('Argument too large: value');
    for (let i = 0; i < 54; i++) props.setProperty(`p${i}`, 'x'.repeat(9000));
    expect(() => props.setProperty('last', 'x'.repeat(9000))).toThrow(SHEETS_ERRORS.propertyStoreFull);
    // All or nothing: a refused batch leaves the store as it was.
    expect(() => props.setProperties({ small: 'ok', big: 'x'.repeat(10_000) })).toThrow();
    expect(props.getProperty('small')).toBeNull();
  });

  it('holds 100 KB per cache value in bytes and keys of 250 characters, and can refuse writes', () => {
    const wb = new FakeWorkbook();
    const cache = wb.globals().CacheService.getDocumentCache()!;
    cache.put('k', '中'.repeat(34_133));
    expect(() => cache.put('k', '中'.repeat(34_134))).toThrow('Argument too large: value');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    wb.cacheFailure = 'Service error: CacheService';
    expect(() => cache.put('k', 'v')).toThrow('Service error: CacheService');
  });

  it('allows each service only in the authorization modes Apps Script does', () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    const g = wb.globals();
    wb.authMode = 'NONE';
    expect(() => g.SpreadsheetApp.getActive()).toThrow(/do not have permission/);
    expect(() => g.CacheService.getDocumentCache()).toThrow(/do not have permission/);
    expect(g.Session.getActiveUserLocale()).toBe('zh-CN');
    wb.authMode = 'LIMITED';
    expect(g.SpreadsheetApp.getActive().getSheets()).toHaveLength(1);
    g.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    expect(() => g.MailApp.sendEmail({ to: 'a@b.c', subject: 's', body: 'b' })).toThrow(
      /do not have permission/,
    );
    expect(() => g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).toThrow(
      /do not have permission/,
    );
    wb.authMode = 'FULL';
    g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
    expect(wb.triggers).toHaveLength(1);
  });

  it('keeps triggers per user and document: one of each type per document, twenty per user', () => {
    const first = new FakeWorkbook();
    const second = new FakeWorkbook();
    second.id = 'second';
    second.user = first.user;
    const a = first.globals();
    const b = second.globals();
    a.ScriptApp.newTrigger('refresh').timeBased().everyHours(1).create();
    expect(() => a.ScriptApp.newTrigger('other').timeBased().everyHours(1).create()).toThrow(
      SHEETS_ERRORS.tooManyAddonTriggers('time-based'),
    );
    a.ScriptApp.newTrigger('alert').forSpreadsheet(a.SpreadsheetApp.getActive()).onChange().create();
    b.ScriptApp.newTrigger('refresh').timeBased().everyHours(1).create();
    b.ScriptApp.newTrigger('form').forSpreadsheet(b.SpreadsheetApp.getActive()).onFormSubmit().create();
    // Strictly, a spreadsheet lists its own triggers, not the clock ones made there (their source is
    // CLOCK); the lenient listing includes those too.
    const listed = () =>
      b.ScriptApp.getUserTriggers(b.SpreadsheetApp.getActive()).map((t) => t.getHandlerFunction());
    expect(listed()).toEqual(['form']);
    second.userTriggersListClock = true;
    expect(listed()).toEqual(['refresh', 'form']);
    // getProjectTriggers lists the user's triggers in every document.
    expect(b.ScriptApp.getProjectTriggers()).toHaveLength(4);
    for (let i = 4; i < 20; i++) {
      const other = new FakeWorkbook();
      other.id = `doc-${i}`;
      other.user = first.user;
      other.globals().ScriptApp.newTrigger('refresh').timeBased().everyHours(1).create();
    }
    expect(() => a.ScriptApp.newTrigger('edit').forSpreadsheet('x').onEdit().create()).toThrow(
      SHEETS_ERRORS.tooManyTriggers,
    );
  });

  it('refuses to delete every non-frozen row, and inserts columns with no event', () => {
    const wb = new FakeWorkbook();
    const model = wb.addSheet('S', [
      ['a', 'b'],
      ['1', '2'],
    ]);
    model.maxRows = 2;
    model.frozenRows = 1;
    const sheet = wb.globals().SpreadsheetApp.getActive().getSheetByName('S')!;
    expect(() => sheet.deleteRows(2, 1)).toThrow(SHEETS_ERRORS.deleteAllRows);
    sheet.insertColumnsBefore(2, 1);
    expect(model.snapshotValues()).toEqual([
      ['a', '', 'b'],
      ['1', '', '2'],
    ]);
  });
});
