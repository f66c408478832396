// No silent zeros on the command line: a sheet the engine could not understand is named with the
// kind it came nearest to, a command with no sheet of its kind at all refuses to print zeros (exit 2,
// no_sheet_of_kind), complaint rows left out are counted, and a CSV is described with --map FILE.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { type SheetData, toXlsx } from '../helpers/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'kefu-not-understood-'));
const file = (name: string) => join(dir, name);

/** A second complaint log the engine cannot read: a 投诉编号, but no 投诉时间, 联系电话 or 受理人 it knows. */
const ODD: SheetData = {
  name: 'Sheet2',
  rows: [
    ['投诉编号', '姓名', '备注'],
    ['T9', '己', '电话里说的'],
  ],
};

const ROSTER: SheetData = {
  name: '员工名单',
  rows: [
    ['姓名', '岗位'],
    ['赵一', '售后客服'],
  ],
};

/** The complaints workbook of test/helpers, with C2's 受理时间 written as nobody can read it. */
function withUnreadableDate(): SheetData[] {
  const [log, ...rest] = complaintsWorkbook(false);
  if (!log) throw new Error('no complaints sheet');
  const rows = log.rows.map((line, i) => (i === 2 ? line.map((v, c) => (c === 1 ? '下午' : v)) : line));
  return [{ ...log, rows }, ...rest];
}

/** An export whose headers no rule knows, and the team's mapping for it. */
const ODD_CSV = ['Ticket,When,Who,Tel,What,Agent', 'C1,2026-10-05 09:00,甲,13912340001,未发货,赵一'].join(
  '\r\n',
);
const MAP_CSV = [
  '表名,表格类型,列名,字段',
  '*,投诉登记,,',
  '*,,Ticket,投诉编号',
  '*,,When,投诉时间',
  '*,,Who,客户姓名',
  '*,,Tel,联系电话',
  '*,,What,投诉内容',
  '*,,Agent,受理人',
].join('\r\n');

beforeAll(async () => {
  await toXlsx([...complaintsWorkbook(false), ODD], file('odd-second.xlsx'));
  await toXlsx([ODD, ROSTER], file('odd-only.xlsx'));
  await toXlsx([ROSTER], file('roster-only.xlsx'));
  await toXlsx(withUnreadableDate(), file('unreadable.xlsx'));
  await toXlsx(complaintsWorkbook(false), file('plain.xlsx'));
  await toXlsx(
    complaintsWorkbook(false).filter((s) => s.name === '客诉'),
    file('complaints-only.xlsx'),
  );
  writeFileSync(file('export.csv'), ODD_CSV);
  writeFileSync(file('map.csv'), MAP_CSV);
  writeFileSync(file('bad-map.csv'), `${MAP_CSV}\r\n*,,Agent,值班经理\r\n投诉导出,回访记录,,`);
  writeFileSync(file('no-map.csv'), 'a,b\r\n1,2');
});

interface JsonWarning {
  code: string;
  message: string;
  [key: string]: unknown;
}

function json(stdout: string): { warnings: JsonWarning[]; error?: { code: string; message: string } } {
  return JSON.parse(stdout);
}

const NOW = ['--now', COMPLAINTS_NOW];

describe('a sheet the engine could not understand', () => {
  it('is named with its nearest kind by complaints and weekly, in text and JSON, and the run still succeeds', () => {
    for (const command of [
      ['complaints', file('odd-second.xlsx'), ...NOW],
      ['weekly', file('odd-second.xlsx'), '--week', '2026-W41', ...NOW],
    ]) {
      const data = runCli([...command, '--json']);
      expect(data.code, command[0]).toBe(0);
      const warning = json(data.stdout).warnings.find((w) => w.code === 'sheet_not_understood');
      expect(warning, command[0]).toMatchObject({
        sheet: 'Sheet2',
        nearest: 'complaints',
        reason: 'weak',
        missing: expect.arrayContaining(['投诉时间']),
      });
      expect(warning?.message).toContain('「Sheet2」没有读懂');
      expect(warning?.message).toContain('最接近投诉登记');
      const text = runCli(command);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('「Sheet2」没有读懂，未计入结果（认出的列太少）：最接近投诉登记');
      const en = runCli([...command, '--lang', 'en']);
      expect(en.stdout).toContain('"Sheet2" was not understood and is left out of the results');
      expect(en.stdout).toContain('nearest Complaints');
    }
  });

  it('is not mentioned where every sheet is understood', () => {
    const data = runCli(['complaints', file('plain.xlsx'), ...NOW, '--json']);
    expect(data.code).toBe(0);
    expect(json(data.stdout).warnings).toEqual([]);
  });
});

describe('a command with no sheet of its kind', () => {
  it('exits 2 with no_sheet_of_kind instead of printing zeros', () => {
    for (const command of [
      ['complaints', file('roster-only.xlsx'), ...NOW],
      ['weekly', file('roster-only.xlsx'), ...NOW],
      ['callbacks', file('roster-only.xlsx'), ...NOW],
      ['scores', file('complaints-only.xlsx'), '--month', '2026-10'],
    ]) {
      const data = runCli([...command, '--json']);
      expect(data.code, command[0]).toBe(2);
      expect(json(data.stdout).error?.code, command[0]).toBe('no_sheet_of_kind');
      const text = runCli(command);
      expect(text.code).toBe(2);
      expect(text.stdout).toBe('');
      expect(text.stderr.trim().split('\n')).toHaveLength(1);
    }
    const complaints = runCli(['complaints', file('roster-only.xlsx'), ...NOW, '--lang', 'en']);
    expect(complaints.stderr).toContain('No Complaints sheet was recognised in the workbook');
  });

  it('names the sheet that came nearest, and what to do: 列名对照 or --map for an .xlsx', () => {
    const data = runCli(['complaints', file('odd-only.xlsx'), ...NOW, '--json']);
    expect(data.code).toBe(2);
    const error = json(data.stdout).error;
    expect(error?.code).toBe('no_sheet_of_kind');
    expect(error?.message).toContain('工作簿中没有认出任何投诉登记表');
    expect(error?.message).toContain('「Sheet2」没有读懂');
    expect(error?.message).toContain('“列名对照”表');
    expect(error?.message).toContain('--map');
  });

  it('keeps validate and inspect running on the same workbook', () => {
    const validate = runCli(['validate', file('roster-only.xlsx'), '--json']);
    expect([0, 1]).toContain(validate.code);
    expect(runCli(['inspect', file('odd-only.xlsx')]).code).toBe(0);
    const named = runCli(['validate', file('odd-only.xlsx'), '--json']);
    expect(json(named.stdout).warnings).toEqual([
      expect.objectContaining({ code: 'sheet_not_understood', sheet: 'Sheet2', nearest: 'complaints' }),
    ]);
  });
});

describe('complaint rows left out', () => {
  it('are counted per sheet when their 投诉时间 cannot be read, by complaints and weekly', () => {
    const complaints = runCli(['complaints', file('unreadable.xlsx'), ...NOW, '--json']);
    expect(complaints.code).toBe(0);
    const parsed = JSON.parse(complaints.stdout);
    expect(parsed.summary.total).toBe(4);
    expect(parsed.warnings).toEqual([
      expect.objectContaining({
        code: 'rows_left_out',
        sheet: '客诉',
        count: 1,
        reason: 'unreadable_date',
        field: '受理时间',
        rows: [3],
        message: '「客诉」有 1 行的「受理时间」读不出日期（第 3 行），这些投诉未计入。',
      }),
    ]);
    const weekly = runCli(['weekly', file('unreadable.xlsx'), '--week', '2026-W41', ...NOW]);
    expect(weekly.code).toBe(0);
    expect(weekly.stdout).toContain('「客诉」有 1 行的「受理时间」读不出日期（第 3 行），这些投诉未计入。');
  });
});

describe('a CSV with headers of its own, and --map FILE', () => {
  it('is refused without a mapping, pointing to --map (a CSV holds no 列名对照 sheet)', () => {
    const data = runCli(['complaints', file('export.csv'), ...NOW]);
    expect(data.code).toBe(2);
    expect(data.stderr).toContain('--map');
    expect(data.stderr).not.toContain('列名对照');
    const inspect = runCli(['inspect', file('export.csv')]);
    expect(inspect.stdout).toContain('可用 --map 文件');
    expect(inspect.stdout).not.toContain('列名对照');
  });

  it('is read as the team’s mapping says with --map map.csv', () => {
    const data = runCli(['complaints', file('export.csv'), ...NOW, '--map', file('map.csv'), '--json']);
    expect(data.code).toBe(0);
    expect(data.stderr).toBe('');
    const parsed = JSON.parse(data.stdout);
    expect(parsed.complaints).toEqual([
      expect.objectContaining({ sheet: 'export', row: 2, id: 'C1', replyDue: '2026-10-06T09:00:00+08:00' }),
    ]);
    expect(parsed.sheets[0]).toMatchObject({ name: 'export', kind: 'complaints', decidedBy: 'mapping' });
    const inspect = JSON.parse(
      runCli(['inspect', file('export.csv'), '--map', file('map.csv'), '--json']).stdout,
    );
    expect(inspect.mapping).toMatchObject({ sheet: null, file: 'map.csv', problems: [] });
  });

  it('reports the rows of the file it cannot apply, by file and row, and applies the others', () => {
    const inspect = runCli(['inspect', file('export.csv'), '--map', file('bad-map.csv'), '--json']);
    expect(inspect.code).toBe(0);
    expect(JSON.parse(inspect.stdout).mapping.problems).toEqual([
      { row: 9, field: '字段', problem: 'unknown_field', value: '值班经理', source: 'bad-map.csv' },
      { row: 10, field: '表名', problem: 'unknown_sheet', value: '投诉导出', source: 'bad-map.csv' },
    ]);
    const validate = JSON.parse(
      runCli(['validate', file('export.csv'), '--map', file('bad-map.csv'), '--json', ...NOW]).stdout,
    );
    expect(validate.issues.filter((i: { code: string }) => i.code === 'bad_mapping')).toEqual([
      expect.objectContaining({
        sheet: 'bad-map.csv',
        row: 9,
        message: '「bad-map.csv」第 9 行的字段「值班经理」不是客服助手认识的字段',
      }),
      expect.objectContaining({ sheet: 'bad-map.csv', row: 10 }),
    ]);
    const complaints = runCli(['complaints', file('export.csv'), ...NOW, '--map', file('bad-map.csv')]);
    expect(complaints.code).toBe(0);
    expect(complaints.stderr).toContain('「bad-map.csv」第 9 行的字段「值班经理」不是客服助手认识的字段');
  });

  it('refuses a --map file that is missing or holds no mapping, naming it (exit 2)', () => {
    const missing = runCli(['complaints', file('export.csv'), '--map', file('nope.csv'), '--json']);
    expect(missing.code).toBe(2);
    expect(json(missing.stdout).error).toMatchObject({ code: 'file_not_found' });
    expect(json(missing.stdout).error?.message).toContain('nope.csv');
    const none = runCli(['complaints', file('export.csv'), '--map', file('no-map.csv')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no-map.csv」里没有列名对照');
  });
});
