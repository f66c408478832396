// What a team types into a zh_CN spreadsheet is what Sheets makes of it: ¥50 and ￥50 are the number
// 50 with a currency format, 50% is 0.5, 2026/11/5 and 2026年11月5日 are dates, and a time typed alone
// (14:30) is day 0 of Sheets' serial numbers: Apps Script returns 1899-12-30 at 14:30. The add-on
// reads each of them as the team meant it, and a time with no date is said to be no complete date.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runComplaints } from '../../src/app/operations/complaints';
import { runScores } from '../../src/app/operations/scores';
import { runValidation } from '../../src/app/operations/validate';
import { toWall } from '../../src/domain/calendar/time';
import { menuCheckComplaints } from '../../src/gas/entry';
import { FakeWorkbook } from '../fake/spreadsheet';
import { installFake } from '../helpers/install';
import { sheetsPort } from '../helpers/sheets-port';
import { type Cell, sh, toFake } from '../helpers/workbooks';

const NOW = sh(2026, 11, 9, 10);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Sheets’ reading of typed text in a zh_CN spreadsheet (the fake)', () => {
  const typed = (text: string, zone = 'Asia/Shanghai', locale = 'zh_CN') => {
    const wb = new FakeWorkbook(zone, locale);
    const sheet = wb.addSheet('表1');
    wb.typeInto(sheet, 1, 1, text);
    return { value: sheet.value(1, 1), format: sheet.format(1, 1) };
  };

  it('reads amounts in yuan, percentages and numbers with thousands as numbers, with a format', () => {
    expect(typed('¥50')).toEqual({ value: 50, format: '[$¥-804]#,##0.00' });
    expect(typed('￥50')).toEqual({ value: 50, format: '[$¥-804]#,##0.00' });
    expect(typed('￥1,234.5')).toEqual({ value: 1234.5, format: '[$¥-804]#,##0.00' });
    expect(typed('-¥50').value).toBe(-50);
    expect(typed('50%')).toEqual({ value: 0.5, format: '0%' });
    expect(typed('12.5%')).toEqual({ value: 0.125, format: '0.0%' });
    expect(typed('1,234')).toEqual({ value: 1234, format: '' });
    // Outside a Chinese spreadsheet ¥ is no currency of its own.
    expect(typed('¥50', 'America/New_York', 'en_US').value).toBe('¥50');
  });

  it('reads dates written with slashes or 年月日, with or without a time, in the spreadsheet’s zone', () => {
    expect(typed('2026/11/5').value).toEqual(sh(2026, 11, 5));
    expect(typed('2026年11月5日').value).toEqual(sh(2026, 11, 5));
    expect(typed('2026/11/5 14:30')).toEqual({ value: sh(2026, 11, 5, 14, 30), format: 'yyyy-mm-dd hh:mm' });
    expect(typed('2026年11月5日 9:05').value).toEqual(sh(2026, 11, 5, 9, 5));
    expect(typed('2026-11-05', 'America/New_York').value).toEqual(new Date(Date.UTC(2026, 10, 5, 5)));
    expect(typed('2026/13/5').value).toBe('2026/13/5');
  });

  it('reads a time alone as 1899-12-30 at that time in the spreadsheet’s zone', () => {
    const time = typed('14:30');
    expect(time.format).toBe('hh:mm');
    expect(time.value).toBeInstanceOf(Date);
    // Asia/Shanghai kept local mean time then (+08:05:43): the wall clock still reads 14:30.
    expect(toWall((time.value as Date).getTime(), 'Asia/Shanghai')).toBe(Date.UTC(1899, 11, 30, 14, 30));
    expect(toWall((typed('9:05:30', 'UTC').value as Date).getTime(), 'UTC')).toBe(
      Date.UTC(1899, 11, 30, 9, 5, 30),
    );
  });

  it('keeps text: after an apostrophe, in a cell formatted as plain text, and anything else', () => {
    expect(typed("'2026/11/5").value).toBe('2026/11/5');
    expect(typed('下午2:30').value).toBe('下午2:30');
    expect(typed('50元').value).toBe('50元');
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('表1');
    sheet.setFormat(1, 1, '@');
    wb.typeInto(sheet, 1, 1, '0912345678');
    expect(sheet.value(1, 1)).toBe('0912345678');
  });
});

/** A complaints log typed by a team: dates with slashes and 年月日, and one time typed alone. */
function typedTeam(): FakeWorkbook {
  const wb = toFake([
    {
      name: '投诉登记',
      rows: [['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人', '方案时间']],
    },
    {
      name: '员工名单',
      rows: [
        ['姓名', '岗位'],
        ['王芳', '主管'],
        ['李娜', '售后客服'],
      ],
    },
    { name: '奖惩登记', rows: [['日期', '姓名', '规则代码', '分值', '金额']] },
  ]);
  const lines: string[][] = [
    ['K1', '2026/11/5 14:30', '客户甲', '13912340001', '少件', '王芳', ''],
    ['K2', '2026年11月6日 9:00', '客户乙', '13912340002', '漏发', '王芳', '2026/11/6 15:00'],
    ['K3', '14:30', '客户丙', '13912340003', '催件', '王芳', ''],
  ];
  lines.forEach((line, r) => {
    line.forEach((text, c) => {
      if (text !== '') wb.typeInto('投诉登记', r + 2, c + 1, text);
    });
  });
  const ledger: string[][] = [
    ['2026/10/8', '李娜', 'G05', '', '￥-50'],
    ['2026年10月9日', '李娜', 'G05', '', '¥100'],
  ];
  ledger.forEach((line, r) => {
    line.forEach((text, c) => {
      if (text !== '') wb.typeInto('奖惩登记', r + 2, c + 1, text);
    });
  });
  return wb;
}

describe('the add-on reads what the team typed', () => {
  it('validates typed dates as dates and says a time alone is no complete date', () => {
    const wb = installFake(typedTeam());
    const port = sheetsPort();
    const result = runValidation(port, { now: NOW.getTime(), lang: 'zh', write: true });
    const issues = result.issues.filter((i) => i.sheet === '投诉登记');
    expect(issues.map((i) => [i.row, i.field, i.code])).toEqual([[4, '投诉时间', 'invalid_date']]);
    expect(wb.sheet('投诉登记').note(4, 2)).toMatch(
      /^【客服助手】「投诉时间」只有时间 14:30，没有日期：请写成 2026-11-05 14:30 这样的完整日期和时间/,
    );
    expect(wb.sheet('投诉登记').note(2, 2)).toBe('');
    expect(wb.sheet('投诉登记').note(3, 7)).toBe('');
  });

  it('counts complaints from typed dates, and leaves the time-only one out, saying so', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const wb = installFake(typedTeam());
    const port = sheetsPort();
    const report = runComplaints(port, { now: NOW.getTime(), lang: 'zh', write: false });
    expect(report.rows.map((r) => [r.complaint.id, r.complaint.received])).toEqual([
      ['K1', sh(2026, 11, 5, 14, 30).getTime()],
      ['K2', sh(2026, 11, 6, 9).getTime()],
    ]);
    expect(report.rows[1]?.complaint.solution).toBe(sh(2026, 11, 6, 15).getTime());
    menuCheckComplaints();
    expect(wb.toasts.at(-1)?.message).toContain(
      '「投诉登记」有 1 行的「投诉时间」读不出日期（第 4 行），这些投诉未计入。',
    );
  });

  it('reads amounts typed with ¥ or ￥ as the numbers they are', () => {
    const typed = typedTeam();
    const plain = typedTeam();
    plain.sheet('奖惩登记').setRaw(2, 5, -50);
    plain.sheet('奖惩登记').setRaw(3, 5, 100);
    expect(typed.sheet('奖惩登记').value(2, 5)).toBe(-50);
    const scores = (wb: FakeWorkbook) => {
      installFake(wb);
      const port = sheetsPort();
      const report = runScores(port, { month: '2026-10', now: NOW.getTime(), lang: 'zh', write: false });
      vi.unstubAllGlobals();
      return report.scores.staff.map((s) => [s.name, s.cashItems, s.net]);
    };
    const fromTyped = scores(typed);
    expect(fromTyped).toEqual(scores(plain));
    expect(fromTyped.find((s) => s[0] === '李娜')?.[1]).toBe(50);
    const ledgerIssues = (wb: FakeWorkbook) => {
      installFake(wb);
      const port = sheetsPort();
      const result = runValidation(port, { now: NOW.getTime(), lang: 'zh', write: false });
      vi.unstubAllGlobals();
      return result.issues.filter((i) => i.sheet === '奖惩登记');
    };
    expect(ledgerIssues(typedTeam())).toEqual([]);
  });
});

describe('text the add-on writes is never read as a number or date', () => {
  it('keeps a customer named ￥50 or 14:30 as text in 超时投诉', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const rows: Cell[][] = [
      ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人'],
      ['¥50', sh(2026, 11, 1, 9), '￥50', '13912340001', '少件', '王芳'],
      ['2026/11/5', sh(2026, 11, 1, 9), '14:30', '13912340002', '少件', '王芳'],
    ];
    const wb = installFake(toFake([{ name: '投诉登记', rows }]));
    menuCheckComplaints();
    const overdue = wb.sheet('超时投诉').snapshotValues();
    const listed = overdue.filter((line) => line[2] !== '' && String(line[2]).includes('****'));
    expect(listed.map((line) => [line[0], line[1]])).toEqual([
      ['¥50', '￥50'],
      ['2026/11/5', '14:30'],
    ]);
  });
});
