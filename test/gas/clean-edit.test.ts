// A clean edit — no mark to add or remove — costs at most 2 data calls: the header (is the cached
// layout still right?) and the edited rows. The memory of which rows carry marks makes it so; it is
// never trusted past what it saw (rows inserted, a mark added elsewhere).
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { TextStore } from '../../src/app/edit/cache';
import { applyEdit, type EditedColumns, readEditContext } from '../../src/app/operations/edit';
import { runValidation } from '../../src/app/operations/validate';
import type { FakeWorkbook } from '../fake/spreadsheet';
import { installFake } from '../helpers/install';
import { sheetsPort } from '../helpers/sheets-port';
import { type SheetData, sh, TEAM_NOW, toFake } from '../helpers/workbooks';

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Calls that read or write cell data (values, notes, colours, formats, rules), as the benchmark counts them. */
const DATA_CALL =
  /^Range\.(get|set)(Values|DisplayValues|Notes|Backgrounds|NumberFormats?|DataValidations?)$/;

function memory(): TextStore & { text: string | null } {
  return {
    text: null,
    get() {
      return this.text;
    },
    put(value: string) {
      this.text = value;
    },
  };
}

/** A registration log of 30 rows (row 11's phone is bad) and a roster. Columns: 8, 处理结果 last. */
function workbook(): FakeWorkbook {
  const rows: SheetData['rows'][number][] = [
    ['登记日期', '客户姓名', '客户电话', '产品型号', '产品序列号', '问题描述', '登记人', '处理结果'],
  ];
  for (let i = 0; i < 30; i++)
    rows.push([
      sh(2026, 10, 2),
      `客户${i}`,
      `139${10_000_000 + i}`,
      'X-1',
      `S${i}`,
      '不制冷',
      '赵一',
      '处理中',
    ]);
  (rows[10] as unknown[])[2] = '12345';
  return installFake(
    toFake([
      { name: '售后登记', rows },
      {
        name: '人员名单',
        rows: [
          ['姓名', '岗位'],
          ['赵一', '售后客服'],
        ],
      },
    ]),
  );
}

const STATUS: EditedColumns = { first: 8, count: 1 };
const SERIAL: EditedColumns = { first: 5, count: 1 };

describe('a clean edit', () => {
  const context = memory();
  const marks = memory();
  let wb: FakeWorkbook;
  const edit = (row: number, columns: EditedColumns) => {
    const port = sheetsPort();
    wb.counter.reset();
    const found = readEditContext(port, '售后登记', row, 1, context, TEAM_NOW);
    if (!found) throw new Error('no context');
    const issues = applyEdit(port, found, { now: TEAM_NOW, lang: 'zh', marks, columns });
    const snapshot = wb.counter.snapshot();
    const data = Object.entries(snapshot)
      .filter(([name]) => DATA_CALL.test(name))
      .reduce((sum, [, n]) => sum + n, 0);
    return { issues, data };
  };

  it('reads only the header and the edited row once an edit has seen the row', () => {
    vi.useFakeTimers({ now: TEAM_NOW, toFake: ['Date'] });
    wb = workbook();
    runValidation(sheetsPort(), {
      now: TEAM_NOW,
      lang: 'zh',
      write: true,
    });
    expect(wb.sheet('售后登记').note(11, 3)).toMatch(/^【客服助手】/);
    // The first edit of a row reads its marks (as every edit did); the next edits of it are clean.
    expect(edit(6, STATUS).data).toBeGreaterThan(2);
    expect(edit(6, STATUS).data).toBeLessThanOrEqual(2);
    expect(edit(6, { first: 2, count: 1 }).data).toBeLessThanOrEqual(2);
    // A marked row is never taken for clean: row 11's bad phone mark is read and kept.
    edit(11, STATUS);
    expect(wb.sheet('售后登记').note(11, 3)).toMatch(/^【客服助手】/);
    expect(edit(11, STATUS).data).toBeGreaterThan(2);
  });

  it('still looks for a duplicate when a key column is edited', () => {
    // Row 7 becomes row 6's case again: the same phone, serial and date.
    wb.sheet('售后登记').setRaw(7, 3, '13910000004');
    wb.sheet('售后登记').setRaw(7, 5, 'S4');
    const { issues, data } = edit(7, SERIAL);
    expect(issues.map((i) => i.code)).toContain('duplicate');
    expect(data).toBeGreaterThan(2);
    expect(wb.sheet('售后登记').note(7, 3)).toMatch(/重复/);
  });

  it('removes a mark the memory knows of when the row is put right', () => {
    wb.sheet('售后登记').setRaw(11, 3, '13900000010');
    edit(11, { first: 3, count: 1 });
    expect(wb.sheet('售后登记').note(11, 3)).toBe('');
    // Row 7's duplicate mark stays known: editing its status reads its marks, and keeps them.
    expect(edit(7, STATUS).data).toBeGreaterThan(2);
    expect(wb.sheet('售后登记').note(7, 3)).toMatch(/重复/);
    expect(edit(11, STATUS).data).toBeLessThanOrEqual(2);
  });

  it('knows nothing of rows moved by an insertion, and reads their marks again', () => {
    edit(8, STATUS);
    expect(edit(8, STATUS).data).toBeLessThanOrEqual(2);
    SpreadsheetApp.getActive().getSheetByName('售后登记')!.insertRowsBefore(3, 1);
    // Row 7's marked row is row 8 now: its edit is no clean edit, and its mark stays.
    expect(edit(8, STATUS).data).toBeGreaterThan(2);
    expect(wb.sheet('售后登记').note(8, 3)).toMatch(/重复/);
  });

  it('takes a row typed below the last as clean', () => {
    edit(10, STATUS);
    edit(10, STATUS);
    const last = wb.sheet('售后登记').lastRow();
    const sheet = wb.sheet('售后登记');
    const row = [sh(2026, 10, 3), '新客户', '13900000099', 'X-1', 'S99', '不制冷', '赵一', '处理中'];
    row.forEach((v, i) => {
      sheet.setRaw(last + 1, i + 1, v as never);
    });
    expect(edit(last + 1, STATUS).data).toBeLessThanOrEqual(2);
  });
});
