// Installs the fake's services as the Apps Script globals for one test (undone by unstubGlobals).
import { vi } from 'vitest';
import { FakeWorkbook } from '../fake/spreadsheet';

export function installFake(wb: FakeWorkbook = new FakeWorkbook()): FakeWorkbook {
  const g = wb.globals();
  vi.stubGlobal('SpreadsheetApp', g.SpreadsheetApp);
  vi.stubGlobal('PropertiesService', g.PropertiesService);
  vi.stubGlobal('LockService', g.LockService);
  vi.stubGlobal('ScriptApp', g.ScriptApp);
  vi.stubGlobal('Session', g.Session);
  vi.stubGlobal('Logger', g.Logger);
  vi.stubGlobal('MailApp', g.MailApp);
  vi.stubGlobal('HtmlService', g.HtmlService);
  vi.stubGlobal('CacheService', g.CacheService);
  vi.stubGlobal('Utilities', g.Utilities);
  vi.stubGlobal('UrlFetchApp', g.UrlFetchApp);
  return wb;
}
