// The spreadsheet's own time zone against 时区 of 规则设置: Sheets stores times and evaluates NOW()
// in the spreadsheet's zone, so a spreadsheet created by an account abroad reads every time wrong.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { menuCheckComplaints, menuSetup, menuValidateAll } from '../../src/gas/entry';
import type { FakeWorkbook } from '../fake/spreadsheet';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { installFake } from '../helpers/install';
import { type SheetData, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The complaints workbook as typed by a team in China into a spreadsheet whose zone is `zone`. */
function typedIn(zone: string, timeZoneParam?: string): FakeWorkbook {
  vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
  const sheets: SheetData[] = complaintsWorkbook(false);
  if (timeZoneParam !== undefined) {
    sheets.push({
      name: '规则设置',
      rows: [
        ['参数', '值'],
        ['时区', timeZoneParam],
      ],
    });
  }
  const wb = installFake(toFake(sheets));
  // The same wall-clock times, typed where the spreadsheet's clock is `zone`.
  SpreadsheetApp.getActive().setSpreadsheetTimeZone(zone);
  return wb;
}

const MISMATCH =
  '时区不一致：「规则设置」的时区是 Asia/Shanghai，本表格的时区（文件 › 设置）却是 America/New_York。';

describe('a spreadsheet whose zone is not 时区', () => {
  it('is offered the zone of 规则设置 at set-up; once aligned, deadlines are those of a spreadsheet set up in China', () => {
    const china = typedIn('Asia/Shanghai');
    menuCheckComplaints();
    const expected = china.sheet('超时投诉').snapshotValues();
    vi.unstubAllGlobals();

    const abroad = typedIn('America/New_York');
    abroad.alertAnswers.push('YES');
    menuSetup();
    expect(abroad.alerts[0]).toMatch(
      /^统一时区\n「规则设置」的时区是 Asia\/Shanghai，本表格的时区是 America\/New_York。/,
    );
    expect(abroad.timeZone).toBe('Asia/Shanghai');
    expect(abroad.toasts.map((t) => t.message)).toContain('表格时区已改为 Asia/Shanghai。');
    menuCheckComplaints();
    expect(abroad.sheet('超时投诉').snapshotValues()).toEqual(expected);
  });

  it('warns wherever its results show while the user keeps the zones apart', () => {
    const wb = typedIn('America/New_York');
    menuSetup();
    expect(wb.alerts).toHaveLength(1);
    expect(wb.timeZone).toBe('America/New_York');
    menuCheckComplaints();
    expect(wb.sheet('超时投诉').snapshotValues()[1]?.[0]).toMatch(new RegExp(`^${MISMATCH}`));
    menuValidateAll();
    expect(wb.sheet('校验报告').snapshotValues()[1]?.[0]).toMatch(new RegExp(`^${MISMATCH}`));
  });

  it('says nothing when the zones keep the same clock (Asia/Hong_Kong and Asia/Shanghai)', () => {
    const wb = typedIn('Asia/Hong_Kong');
    menuSetup();
    menuCheckComplaints();
    expect(wb.alerts).toEqual([]);
    expect(JSON.stringify(wb.sheet('超时投诉').snapshotValues())).not.toContain('时区不一致');
  });

  it('never offers a 时区 that is not a time zone: validation names its cell instead', () => {
    const wb = typedIn('America/New_York', 'Beijing');
    menuSetup();
    expect(wb.alerts.some((a) => a.startsWith('统一时区'))).toBe(false);
    expect(wb.timeZone).toBe('America/New_York');
    menuValidateAll();
    const report = wb.sheet('校验报告').snapshotValues();
    const row = report.find((r) => r[0] === '规则设置');
    expect(row?.slice(0, 2)).toEqual(['规则设置', 2]);
    expect(String(row?.[6])).toContain('Beijing');
    expect(wb.alerts.join('\n')).not.toMatch(/内部错误|Error:/);
  });
});
