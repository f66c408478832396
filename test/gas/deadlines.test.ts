import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  menuCallbacks,
  menuCheckComplaints,
  menuHourlyOff,
  menuHourlyOn,
  onEdit,
  refreshHourly,
} from '../../src/gas/entry';
import type { FakeWorkbook } from '../fake/spreadsheet';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { installFake } from '../helpers/install';
import { sh, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function setup(email = ''): FakeWorkbook {
  vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
  const sheets = complaintsWorkbook(true);
  if (email) (sheets.find((s) => s.name === '规则设置')!.rows as unknown[][]).push(['提醒邮箱', email]);
  return installFake(toFake(sheets));
}

describe('Check overdue complaints', () => {
  it('adds its own deadline columns once, with notes, dates and states', () => {
    const wb = setup();
    menuCheckComplaints();
    menuCheckComplaints();
    const sheet = wb.sheet('客诉');
    expect(sheet.snapshotValues()[0]?.slice(11)).toEqual(['答复截止', '方案截止', '状态']);
    expect(sheet.lastColumn()).toBe(14);
    expect(sheet.note(1, 14)).toMatch(/^【客服助手】此列由客服助手维护[\s\S]*图例：整行红色 = 已超时/);
    expect(sheet.value(2, 12)).toEqual(sh(2026, 10, 11, 13));
    expect(sheet.value(2, 13)).toEqual(sh(2026, 10, 16, 16));
    expect(sheet.format(2, 12)).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.snapshotValues().map((r) => r[13])).toEqual([
      '状态',
      '答复超时',
      '即将超时',
      '按时完成',
      '处理中',
      '按时完成',
    ]);
    expect(wb.alerts).toEqual([]);
  });

  it('highlights by conditional-format rules that compare NOW() with the deadline columns', () => {
    const wb = setup();
    const sheet = wb.sheet('客诉');
    // The team's own rule, set as a user would.
    const live = SpreadsheetApp.getActive().getSheetByName('客诉')!;
    const own = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$E2="重大"')
      .setBackground('#0000ff')
      .setRanges([live.getRange(2, 1, 10, 11)])
      .build();
    live.setConditionalFormatRules([own]);
    menuCheckComplaints();
    menuCheckComplaints();
    const rules = sheet.conditionalRules.map((r) => ({
      formula: r.getBooleanCondition().getCriteriaValues()[0],
      background: r.getBooleanCondition().getBackground(),
      range: r.getRanges()[0]?.getA1Notation(),
    }));
    expect(rules).toEqual([
      { formula: '=$E2="重大"', background: '#0000ff', range: 'A2:K11' },
      {
        formula:
          '=AND(N("kefu-sheets")=0,$B2<>"",ISBLANK($I2),ISNUMBER($M2),$N2<>"已结案",$N2<>"作废",OR(NOW()>$M2,AND(AND(ISBLANK($H2),ISBLANK($I2)),NOW()>$L2)))',
        background: '#f4c7c3',
        range: 'A2:N1000',
      },
      {
        formula:
          '=AND(N("kefu-sheets")=0,$B2<>"",ISBLANK($I2),ISNUMBER($M2),$N2<>"已结案",$N2<>"作废",NOT(OR(NOW()>$M2,AND(AND(ISBLANK($H2),ISBLANK($I2)),NOW()>$L2))),IF(AND(ISBLANK($H2),ISBLANK($I2)),$L2,$M2)-NOW()<=4/24)',
        background: '#fce8b2',
        range: 'A2:N1000',
      },
    ]);
    // Never painted: the team's own backgrounds are untouched.
    expect(sheet.background(2, 1)).toBe('#ffffff');
  });

  it('highlights a year of complaints: the rules reach the sheet’s last row, past row 5,002', () => {
    const wb = setup();
    const sheet = wb.sheet('客诉');
    for (let row = 7; row <= 6_000; row++) {
      sheet.setRaw(row, 1, `C${row}`);
      sheet.setRaw(row, 2, sh(2026, 9, 1));
      sheet.setRaw(row, 5, '普通');
    }
    menuCheckComplaints();
    const ranges = sheet.conditionalRules.map((r) => r.getRanges()[0]?.getA1Notation());
    expect(sheet.maxRows).toBeGreaterThanOrEqual(6_000);
    expect(ranges.slice(-2)).toEqual([`A2:N${sheet.maxRows}`, `A2:N${sheet.maxRows}`]);
  });

  it('does not take over a column of the team that happens to be called 状态', () => {
    const wb = setup();
    const sheet = wb.sheet('客诉');
    sheet.setRaw(1, 12, '状态');
    sheet.setRaw(2, 12, '已联系');
    menuCheckComplaints();
    expect(sheet.value(2, 12)).toBe('已联系');
    expect(sheet.snapshotValues()[0]?.slice(12)).toEqual(['答复截止', '方案截止', '状态']);
  });

  it('lists what is overdue and due soon in 超时投诉, phones masked, with links', () => {
    const wb = setup();
    menuCheckComplaints();
    const list = wb.sheet('超时投诉').snapshotValues();
    expect(list[0]?.[0]).toBe('超时投诉 · 2026-10-12 10:00 · 已超时 1 件，即将超时 1 件');
    expect(list.slice(2).map((r) => r.slice(0, 7))).toEqual([
      ['C1', '甲', '139****0001', '普通', '答复超时', sh(2026, 10, 11, 13), -21],
      ['C2', '乙', '139****0002', '重大', '即将超时', sh(2026, 10, 12, 11), 1],
    ]);
    // Deadlines are dates a team can sort and filter, shown to the minute; the header is bold.
    expect(wb.sheet('超时投诉').format(3, 6)).toBe('yyyy-mm-dd hh:mm');
    expect(wb.sheet('超时投诉').fontWeight(2, 1)).toBe('bold');
    expect(wb.sheet('超时投诉').formula(3, 8)).toBe(`=HYPERLINK("#gid=0&range=A2","客诉!A2")`);
    expect(wb.toasts.at(-1)?.message).toBe('投诉时限已更新：已超时 1 件，即将超时 1 件。详见「超时投诉」。');
  });
});

describe('the overdue digest', () => {
  it('sends one e-mail per run, only for complaints newly overdue or due soon, phones masked, with links', () => {
    const wb = setup('boss@example.com');
    menuCheckComplaints();
    expect(wb.mails).toHaveLength(1);
    expect(wb.mails[0]?.to).toBe('boss@example.com');
    expect(wb.mails[0]?.subject).toBe('【客服助手】投诉提醒：新超时 1 件，即将超时 1 件');
    expect(wb.mails[0]?.body).toContain(
      '· C1｜普通｜答复超时｜截止 2026-10-11 13:00（已超 21 小时）｜受理人 赵一｜甲 139****0001\n' +
        '  https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit#gid=0&range=A2',
    );
    expect(wb.mails[0]?.body).toContain('· C2｜重大｜即将超时｜截止 2026-10-12 11:00（还剩 1 小时）');
    expect(wb.mails[0]?.body).not.toContain('13912340001');
    menuCheckComplaints();
    expect(wb.mails).toHaveLength(1);
    // Two hours later C2 (major) is overdue: one more e-mail, about C2 only.
    vi.setSystemTime(new Date('2026-10-12T12:00:00+08:00'));
    refreshHourly();
    expect(wb.mails).toHaveLength(2);
    expect(wb.mails[1]?.subject).toBe('【客服助手】投诉提醒：新超时 1 件，即将超时 0 件');
    expect(wb.mails[1]?.body).toContain('C2｜重大｜答复超时');
    expect(wb.mails[1]?.body).not.toContain('C1｜');
  });

  it('remembers 300 overdue complaints within the 9 KB a property holds: one digest over three hourly runs', () => {
    const wb = setup('boss@example.com');
    const sheet = wb.sheet('客诉');
    // A month of complaints nobody closed: each one stays overdue.
    for (let i = 0; i < 300; i++) {
      const row = 7 + i;
      sheet.setRaw(row, 1, `KS-2026-${String(i).padStart(5, '0')}`);
      sheet.setRaw(row, 2, sh(2026, 9, 15 + (i % 15), 9));
      sheet.setRaw(row, 3, '客户');
      sheet.setRaw(row, 4, `1391234${String(i).padStart(4, '0')}`);
      sheet.setRaw(row, 5, '普通');
      sheet.setRaw(row, 6, '未处理');
    }
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    refreshHourly();
    vi.setSystemTime(new Date('2026-10-12T10:30:00+08:00'));
    refreshHourly();
    vi.setSystemTime(new Date('2026-10-12T10:50:00+08:00'));
    refreshHourly();
    expect(wb.mails).toHaveLength(1);
    expect(wb.mails[0]?.subject).toBe('【客服助手】投诉提醒：新超时 301 件，即将超时 1 件');
    expect(errors).not.toHaveBeenCalled();
    const stored = [...wb.documentProperties].filter(([k]) => k.startsWith('kefu.notified'));
    expect(stored.every(([, v]) => Buffer.byteLength(v) <= 9 * 1024)).toBe(true);
  });

  it('lists what fell due in the last 30 days, and only counts the older backlog', () => {
    const wb = setup('boss@example.com');
    const sheet = wb.sheet('客诉');
    sheet.setRaw(7, 1, 'OLD');
    sheet.setRaw(7, 2, sh(2026, 8, 1, 9));
    sheet.setRaw(7, 3, '旧');
    sheet.setRaw(7, 4, '13912349999');
    sheet.setRaw(7, 5, '普通');
    sheet.setRaw(7, 6, '未处理');
    menuCheckComplaints();
    expect(wb.mails[0]?.body).toContain('共有已超时 2 件');
    expect(wb.mails[0]?.body).not.toContain('OLD｜');
  });

  it('never sends the same digest twice when the properties refuse the write, and the menu still finishes', () => {
    const wb = setup('boss@example.com');
    // Other data filled the document's 500 KB store to within a few bytes.
    let total = 0;
    for (let i = 0; total + 9100 < 500 * 1024; i++) {
      wb.documentProperties.set(`other.${i}`, 'x'.repeat(9000));
      total += `other.${i}`.length + 9000;
    }
    wb.documentProperties.set('pad', 'x'.repeat(500 * 1024 - total - 3 - 5));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    menuCheckComplaints();
    menuCheckComplaints();
    expect(wb.mails).toEqual([]);
    expect(wb.alerts).toEqual([]);
    expect(wb.sheet('超时投诉').lastRow()).toBeGreaterThan(2);
    const logged = errors.mock.calls.map((c) => c.map(String).join(' '));
    expect(logged.some((l) => l.startsWith('[kefu-sheets] remembering the notified complaints failed'))).toBe(
      true,
    );
    expect(logged.join('\n')).toContain('You have exceeded the property storage quota');
  });

  it('keeps what the previous version remembered: an upgrade sends no repeat digest', () => {
    const wb = setup('boss@example.com');
    wb.documentProperties.set('kefu.notifiedOverdue', JSON.stringify(['客诉|C1|reply_overdue']));
    menuCheckComplaints();
    // C1 was e-mailed by the previous version: only C2, due soon, is news.
    expect(wb.mails.map((m) => m.subject)).toEqual(['【客服助手】投诉提醒：新超时 0 件，即将超时 1 件']);
    expect(wb.mails[0]?.body).not.toContain('C1｜');
    expect(wb.documentProperties.has('kefu.notifiedOverdue')).toBe(false);
  });

  it('sends nothing without an address or without quota', () => {
    const none = setup();
    menuCheckComplaints();
    expect(none.mails).toEqual([]);
    vi.unstubAllGlobals();
    const exhausted = setup('boss@example.com');
    exhausted.mailQuota = 0;
    menuCheckComplaints();
    expect(exhausted.mails).toEqual([]);
    expect(exhausted.alerts).toEqual([]);
  });
});

describe('the hourly refresh', () => {
  it('installs one trigger, never two, however often it is switched on, and removes it when switched off', () => {
    const wb = setup();
    menuHourlyOn();
    menuHourlyOn();
    // The hourly refresh, the edit trigger of the instant alert for major complaints, and the
    // form-submit trigger for the rows a Google Form adds (a submission fires no onEdit).
    expect(wb.triggers.map((t) => [t.getHandlerFunction(), t.getEventType(), t.everyHours])).toEqual([
      ['refreshHourly', 'CLOCK', 1],
      ['alertMajorComplaints', 'ON_EDIT', 0],
      ['formSubmitted', 'ON_FORM_SUBMIT', 0],
    ]);
    menuHourlyOff();
    expect(wb.triggers).toEqual([]);
    menuHourlyOn();
    expect(wb.triggers).toHaveLength(3);
    expect(wb.toasts.at(-1)?.message).toBe(
      '已开启每小时自动刷新投诉时限，并即时处理新登记的重大投诉和表单提交的新行。',
    );
  });

  it('is per document: the same user switching it on and off in a second spreadsheet leaves the first alone', () => {
    const first = setup();
    menuHourlyOn();
    vi.unstubAllGlobals();
    // The same Google account opens another team's spreadsheet.
    const second = setup();
    second.id = 'second-spreadsheet';
    second.user = first.user;
    menuHourlyOn();
    expect(second.triggers.map((t) => t.getHandlerFunction())).toEqual([
      'refreshHourly',
      'alertMajorComplaints',
      'formSubmitted',
    ]);
    expect(first.triggers).toHaveLength(3);
    menuHourlyOff();
    expect(second.triggers).toEqual([]);
    expect(first.triggers.map((t) => t.getHandlerFunction())).toEqual([
      'refreshHourly',
      'alertMajorComplaints',
      'formSubmitted',
    ]);
    expect(second.alerts).toEqual([]);
  });

  it('refreshes the deadline columns, and skips a run while a menu action holds the lock', () => {
    const wb = setup();
    wb.lockHeldElsewhere = true;
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    refreshHourly();
    expect(wb.sheet('客诉').lastColumn()).toBe(11);
    expect(warned.mock.calls).toEqual([['[kefu-sheets] refreshHourly refused: busy']]);
    wb.lockHeldElsewhere = false;
    refreshHourly();
    expect(wb.sheet('客诉').value(3, 14)).toBe('即将超时');
  });
});

describe('onEdit on the complaints sheet', () => {
  it('keeps the edited row’s deadline columns current', () => {
    const wb = setup();
    menuCheckComplaints();
    const sheet = wb.sheet('客诉');
    sheet.setRaw(3, 8, sh(2026, 10, 12, 9, 50));
    const range = SpreadsheetApp.getActive().getSheetByName('客诉')!.getRange(3, 8);
    onEdit({
      range,
      authMode: ScriptApp.AuthMode.LIMITED,
    } as unknown as GoogleAppsScript.Events.SheetsOnEdit);
    expect(sheet.value(3, 14)).toBe('处理中');
    expect(sheet.value(2, 14)).toBe('答复超时');
  });
});

describe('Callback plan', () => {
  it('writes the month’s rate and what is due, masked', () => {
    const wb = setup();
    menuCallbacks();
    const plan = wb.sheet('回访计划').snapshotValues();
    expect(String(plan[0]?.[0])).toMatch(/^2026-10 回访率：\d+\/\d+ = /);
    expect(plan[2]).toEqual(['回访类型', '客户', '电话', '应回访日期', '状态', '来源', '回访记录']);
    expect(plan.length).toBeGreaterThan(3);
    for (const line of plan.slice(3)) expect(String(line[2])).not.toMatch(/\d{11}/);
  });
});
