// No silent zeros in the add-on: what a result could not read of the workbook is said where the
// result is shown — the result sheet's header, the sidebar, the result's warnings — naming each sheet
// not understood with the kind it came nearest to, and counting the complaint rows left out.

import { describe, expect, it } from 'vitest';
import { runCallbacks } from '../../src/app/operations/callbacks';
import { runComplaints } from '../../src/app/operations/complaints';
import { runScores } from '../../src/app/operations/scores';
import { overviewTab, scoresTab } from '../../src/app/operations/sidebar';
import { runWeekly } from '../../src/app/operations/weekly';
import { type Warning, warningText } from '../../src/app/present/warnings';
import { type SheetData, sh, toMemory } from '../helpers/workbooks';

/** "Now": Monday 2026-10-12 10:00 in Shanghai. */
const NOW = sh(2026, 10, 12, 10).getTime();
const RUN = { now: NOW, lang: 'zh', write: true } as const;

function open(sheets: readonly SheetData[]) {
  const wb = toMemory(sheets);
  return { wb, port: wb };
}

const HEADER = ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人', '处理结果'];

/** Complaints of the week 2026-W41: one handled, one void, one with a 投诉时间 nobody can read, one without. */
const LOG: SheetData = {
  name: '投诉登记',
  rows: [
    HEADER,
    ['K1', sh(2026, 10, 6, 9), '甲', '13912340001', '未发货', '赵一', '已处理'],
    ['K2', sh(2026, 10, 7, 10), '乙', '13912340002', '重复登记', '赵一', '作废'],
    ['K3', '上周', '丙', '13912340003', '少件', '赵一', null],
    ['K4', null, '丁', '13912340004', '发票', '赵一', null],
  ],
};

/** A second complaint log the engine cannot read: a 投诉编号, and nothing else it knows. */
const ODD: SheetData = {
  name: 'Sheet2',
  rows: [
    ['投诉编号', '姓名', '备注'],
    ['T9', '己', '电话里说的'],
  ],
};

/** A ledger kept as a note: names and reasons, no date. */
const NOTE_LEDGER: SheetData = {
  name: 'Sheet3',
  rows: [
    ['姓名', '奖惩事由', '备注'],
    ['赵一', '迟到', ''],
  ],
};

const ROSTER: SheetData = {
  name: '员工名单',
  rows: [
    ['姓名', '岗位'],
    ['赵一', '售后客服'],
  ],
};

const notUnderstood = (sheet: string, nearest: string) =>
  expect.objectContaining({
    code: 'sheet_not_understood',
    params: expect.objectContaining({ sheet, nearest, reason: 'weak' }),
  });

describe('a sheet not understood', () => {
  it('is named with its nearest kind at the top of 超时投诉, in the warnings and in the sidebar', () => {
    const { wb, port } = open([LOG, ODD, ROSTER]);
    const report = runComplaints(port, RUN);
    expect(report.warnings[0]).toEqual(notUnderstood('Sheet2', 'complaints'));
    const text = warningText(report.warnings[0] as Warning, 'zh');
    expect(text).toMatch(
      /^「Sheet2」没有读懂，未计入结果（认出的列太少）：最接近投诉登记，已认出 投诉编号.*缺少 投诉时间/,
    );
    expect(text).toContain('可在“列名对照”表（或面板的“表格识别”页）中指定它的表格类型和各列对应的字段。');
    const top = wb
      .sheet('超时投诉')
      .snapshotValues()
      .slice(0, 4)
      .map((line) => line[0]);
    expect(top).toContain(text);
    // The overview names it once, though complaints, callbacks and validation all read complaints.
    const notes = overviewTab(port, NOW, 'zh').notes;
    expect(notes.filter((n) => n.includes('「Sheet2」没有读懂'))).toHaveLength(1);
  });

  it('is named by the callback plan and the monthly scores when near a kind they read', () => {
    const { wb, port } = open([LOG, ODD, NOTE_LEDGER, ROSTER]);
    const callbacks = runCallbacks(port, { ...RUN, month: '2026-10' });
    expect(callbacks.warnings).toEqual(expect.arrayContaining([notUnderstood('Sheet2', 'complaints')]));
    expect(callbacks.warnings).not.toEqual(expect.arrayContaining([notUnderstood('Sheet3', 'ledger')]));
    const scores = runScores(port, { ...RUN, month: '2026-10' });
    expect(scores.warnings).toEqual(expect.arrayContaining([notUnderstood('Sheet3', 'ledger')]));
    expect(scores.warnings).not.toEqual(expect.arrayContaining([notUnderstood('Sheet2', 'complaints')]));
    const block = wb
      .sheet('月度考核')
      .snapshotValues()
      .map((line) => String(line[0]));
    expect(
      block.some((line) => line.startsWith('「Sheet3」没有读懂') && line.includes('最接近奖惩登记')),
    ).toBe(true);
    expect(scoresTab(port, '2026-10', NOW, 'en').notes).toEqual(
      expect.arrayContaining([expect.stringContaining('"Sheet3" was not understood')]),
    );
  });
});

describe('no sheet of the kind a result reads', () => {
  it('says so at the top of 超时投诉, naming the sheet that came nearest', () => {
    const { wb, port } = open([ODD, ROSTER]);
    const report = runComplaints(port, RUN);
    expect(report.summary.total).toBe(0);
    expect(report.warnings[0]).toEqual({
      code: 'no_sheet_of_kind',
      params: { kind: 'complaints', kinds: ['complaints'], sheet: 'Sheet2' },
    });
    expect(warningText(report.warnings[0] as Warning, 'zh')).toBe(
      '没有认出任何投诉登记表，结果中没有这类表的数据；最接近的是「Sheet2」。',
    );
    expect(wb.sheet('超时投诉').value(2, 1)).toBe(
      '没有认出任何投诉登记表，结果中没有这类表的数据；最接近的是「Sheet2」。',
    );
  });
});

describe('complaint rows left out', () => {
  it('are counted per sheet and reason by 超时投诉, and by the weekly summary with the week’s void ones', () => {
    const { wb, port } = open([LOG, ROSTER]);
    const report = runComplaints(port, RUN);
    expect(report.summary).toMatchObject({ total: 1, void: 1 });
    expect(report.warnings).toEqual([
      {
        code: 'rows_left_out',
        params: { sheet: '投诉登记', count: 1, reason: 'unreadable_date', field: '投诉时间', rows: [4] },
      },
      {
        code: 'rows_left_out',
        params: { sheet: '投诉登记', count: 1, reason: 'missing_date', field: '投诉时间', rows: [5] },
      },
    ]);
    const week = runWeekly(port, { ...RUN, week: '2026-W41' });
    expect(week.complaints.received).toBe(1);
    expect(week.warnings.map((w) => warningText(w, 'zh'))).toEqual([
      '「投诉登记」有 1 行的「投诉时间」读不出日期（第 4 行），这些投诉未计入。',
      '「投诉登记」有 1 行没有「投诉时间」（第 5 行），这些投诉未计入。',
      '「投诉登记」有 1 件投诉标为作废（第 3 行），未计入。',
    ]);
    const block = wb
      .sheet('投诉周报')
      .snapshotValues()
      .map((line) => line[0]);
    expect(block).toContain('「投诉登记」有 1 件投诉标为作废（第 3 行），未计入。');
    expect(warningText(week.warnings[0] as Warning, 'en')).toBe(
      '"投诉登记": 1 row left out, 投诉时间 not a readable date (row 4).',
    );
  });
});

describe('a sheet fitting two kinds, said in the reader’s language', () => {
  it('lists the kinds it fits with the language’s own separator', () => {
    const warning: Warning = {
      code: 'sheet_not_understood',
      params: {
        sheet: 'Form Responses 1',
        nearest: 'registration',
        reason: 'ambiguous',
        candidates: ['registration', 'complaints'],
        matched: ['登记日期', '客户姓名'],
        missing: ['登记人'],
      },
    };
    const en = warningText(warning, 'en');
    expect(en).toContain('After-sales, Complaints');
    expect(en).not.toContain('、');
    expect(warningText(warning, 'zh')).toContain('售后登记、投诉登记');
  });
});
