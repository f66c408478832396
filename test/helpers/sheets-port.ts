// The Sheets adapter over the Apps Script fake, as the tests that stay on the fake open it (the
// adapter itself, Apps Script calls, triggers, the built bundle): one place instead of thirty.
import { SheetsWorkbook } from '../../src/gas/adapter';
import type { FakeWorkbook } from '../fake/spreadsheet';

/**
 * The workbook port over the active fake spreadsheet (installed by installFake), or over `wb`'s
 * own spreadsheet when given, in a locale (zh_CN unless told).
 */
export function sheetsPort(wb?: FakeWorkbook, locale = 'zh_CN'): SheetsWorkbook {
  const spreadsheet = wb ? wb.globals().SpreadsheetApp.getActive() : SpreadsheetApp.getActive();
  return new SheetsWorkbook(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, locale);
}
