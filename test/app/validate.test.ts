import { describe, expect, it } from 'vitest';
import { runValidation } from '../../src/app/operations/validate';
import { isOwnNote, noteText } from '../../src/app/writes/marks';
import { reportSheet } from '../helpers/state';
import { TEAM_NOW, teamWorkbook, toMemory } from '../helpers/workbooks';

function portFor(faults: boolean) {
  const { sheets, expected } = teamWorkbook(faults);
  const wb = toMemory(sheets);
  return { wb, expected, port: wb };
}

describe('row validation of a workbook the demo never saw', () => {
  it('reports every planted fault once, with the right code, row, field and severity', () => {
    const { port, expected } = portFor(true);
    const { issues } = runValidation(port, { now: TEAM_NOW, lang: 'zh', write: false });
    const got = issues.map(({ sheet, row, field, code, severity }) => ({
      sheet,
      row,
      field,
      code,
      severity,
    }));
    const key = (i: { sheet: string; row: number; field: string; code: string }) =>
      `${i.sheet}|${i.row}|${i.field}|${i.code}`;
    expect(got.map(key).sort()).toEqual(expected.map(key).sort());
    expect(got).toEqual(expect.arrayContaining(expected));
    expect(expected.length).toBeGreaterThanOrEqual(20);
  });

  it('finds no issue at all in the same workbook without the mistakes', () => {
    const { port } = portFor(false);
    const { issues, summary } = runValidation(port, { now: TEAM_NOW, lang: 'zh', write: false });
    expect(issues).toEqual([]);
    expect(summary).toEqual({ rowsChecked: 29, errors: 0, warnings: 0 });
  });

  it('says once that a required column is missing instead of flagging every row', () => {
    const wb = toMemory([
      {
        name: '投诉登记',
        rows: [
          ['投诉编号', '客户姓名', '联系电话', '投诉内容', '受理人'],
          ['A', '甲', '13912340001', 'x', ''],
          ['B', '乙', '13912340002', 'y', ''],
        ],
      },
    ]);
    const { issues } = runValidation(wb, {
      now: TEAM_NOW,
      lang: 'zh',
      write: false,
    });
    const columnIssues = issues.filter((i) => i.message === 'issue.missing_column');
    expect(columnIssues.map((i) => [i.field, i.row])).toEqual([['投诉时间', 1]]);
    expect(issues.filter((i) => i.field === '投诉时间')).toHaveLength(1);
  });
});

describe('Validate all', () => {
  it('leaves every user-entered value as it was', () => {
    const { wb, port } = portFor(true);
    const before = wb.sheets.map((s) => [s.name, s.snapshotValues()]);
    runValidation(port, { now: TEAM_NOW, lang: 'zh', write: true });
    const after = wb.sheets.filter((s) => s.name !== '校验报告').map((s) => [s.name, s.snapshotValues()]);
    expect(after).toEqual(before);
  });

  it('marks the problem cells with its own prefixed note and a soft colour', () => {
    const { wb, port } = portFor(true);
    runValidation(port, { now: TEAM_NOW, lang: 'zh', write: true });
    const reg = wb.sheet('售后记录2026');
    // The message names the column as the team headed it (电话：), not the add-on's field name.
    expect(reg.note(5, 2)).toMatch(/^【客服助手】「电话」不是有效的电话号码/);
    expect(reg.background(5, 2)).toBe('#fce8e6');
    expect(reg.note(10, 2)).toMatch(/^【客服助手】与第 4 行重复/);
    expect(reg.background(10, 2)).toBe('#fef7e0');
    expect(reg.note(4, 2)).toBe('');
    expect(reg.background(4, 2)).toBe('#ffffff');
  });

  it('never overwrites a note or colour the team set, and removes its own marks once fixed', () => {
    const { wb, port } = portFor(true);
    const reg = wb.sheet('售后记录2026');
    reg.setNote(7, 13, '客户说还要再考虑');
    reg.setBackground(6, 3, '#00ff00');
    runValidation(port, { now: TEAM_NOW, lang: 'zh', write: true });
    expect(reg.note(7, 13)).toBe('客户说还要再考虑');
    expect(reg.background(7, 13)).toBe('#ffffff');
    expect(reg.background(6, 3)).toBe('#00ff00');
    expect(reg.note(6, 3)).toBe('');
    expect(reg.note(5, 2)).not.toBe('');
    reg.setRaw(5, 2, '021-62340002');
    runValidation(port, { now: TEAM_NOW, lang: 'zh', write: true });
    expect(reg.note(5, 2)).toBe('');
    expect(reg.background(5, 2)).toBe('#ffffff');
    expect(reg.note(7, 13)).toBe('客户说还要再考虑');
  });

  it('rebuilds 校验报告 with one row per issue and a link to its cell', () => {
    const { wb, port, expected } = portFor(true);
    runValidation(port, { now: TEAM_NOW, lang: 'zh', write: true });
    runValidation(port, { now: TEAM_NOW, lang: 'zh', write: true });
    const report = wb.sheet('校验报告');
    expect(String(report.value(1, 1))).toContain(
      `错误 ${expected.filter((e) => e.severity === 'error').length} 个`,
    );
    const { summary, headerRow, rows } = reportSheet(wb);
    expect(report.snapshotValues()[headerRow - 1]).toEqual([
      '工作表',
      '行',
      '字段',
      '列名',
      '级别',
      '代码',
      '说明',
      '位置',
    ]);
    // What was recognised comes first: every sheet of the workbook, as what.
    expect(summary[0]).toBe('表格识别');
    expect(summary.some((line) => line.startsWith('「售后记录2026」→ 售后登记'))).toBe(true);
    // Laid out to be read: the message column wide, title, summary and header frozen.
    expect(report.columnWidths.get(7)).toBe(440);
    expect(report.frozenRows).toBe(headerRow);
    expect(rows).toHaveLength(expected.length);
    // The first issue's place links to its cell (in Sheets a HYPERLINK to the sheet's gid: test/gas/validate.test.ts).
    expect(report.value(headerRow + 1, 4)).toBe('电话');
    expect(report.value(headerRow + 1, 8)).toBe('售后记录2026!B5');
    expect(report.link(headerRow + 1, 8)).toEqual({ sheet: '售后记录2026', row: 5, column: 2 });
  });

  it('changes nothing on a second run', () => {
    const { wb, port } = portFor(true);
    runValidation(port, { now: TEAM_NOW, lang: 'zh', write: true });
    const first = wb.state();
    wb.calls.reset();
    runValidation(port, { now: TEAM_NOW, lang: 'zh', write: true });
    expect(wb.state()).toEqual(first);
    // Nothing to re-mark: no notes written (over Sheets, no Range.setNotes: test/gas/validate.test.ts).
    expect(wb.calls.get('writeMarks')).toBe(0);
  });

  it('words marks in English for an English user', () => {
    const { wb, port } = portFor(true);
    runValidation(port, { now: TEAM_NOW, lang: 'en', write: true });
    const note = wb.sheet('售后记录2026').note(5, 2);
    expect(isOwnNote(note)).toBe(true);
    expect(noteText(note)).toBe(
      '"电话" is not a valid phone number (11-digit mobile, or a landline with its area code)',
    );
    expect(reportSheet(wb).summary[0]).toBe('Sheets recognised');
    expect(wb.sheet('校验报告').snapshotValues()[reportSheet(wb).headerRow - 1]?.[0]).toBe('Sheet');
  });
});
