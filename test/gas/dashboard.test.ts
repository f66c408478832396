import { afterEach, describe, expect, it, vi } from 'vitest';
import { dashboardOverview } from '../../src/app/dashboard';
import { SheetsWorkbook } from '../../src/gas/adapter';
import { installFake } from '../helpers/install';
import { TEAM_NOW, teamWorkbook, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the sidebar overview', () => {
  it('reads each sheet once, validation included', () => {
    const wb = installFake(toFake(teamWorkbook(true).sheets));
    const port = new SheetsWorkbook(SpreadsheetApp.getActive(), 'zh_CN');
    wb.counter.reset();
    const overview = dashboardOverview(port, TEAM_NOW, 'zh');
    expect(overview.validation.errors).toBeGreaterThan(0);
    expect(wb.counter.get('Sheet.getDataRange')).toBe(wb.sheets.length);
  });
});
