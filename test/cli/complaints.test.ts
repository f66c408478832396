import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli';
import {
  CALENDAR_EXPECTED,
  COMPLAINTS_NOW,
  complaintsWorkbook,
  WORKING_EXPECTED,
} from '../helpers/complaints-workbook';
import { toXlsx } from '../helpers/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'kefu-complaints-'));

beforeAll(async () => {
  await toXlsx(complaintsWorkbook(false), join(dir, 'calendar.xlsx'));
  await toXlsx(complaintsWorkbook(true), join(dir, 'working.xlsx'));
});

describe('kefu-sheets complaints', () => {
  it('prints the contract’s JSON with the hand-worked deadlines and states', () => {
    for (const [file, expected] of [
      ['calendar.xlsx', CALENDAR_EXPECTED],
      ['working.xlsx', WORKING_EXPECTED],
    ] as const) {
      const result = runCli(['complaints', join(dir, file), '--now', COMPLAINTS_NOW, '--json'], dir);
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.now).toBe('2026-10-12T10:00:00+08:00');
      const byId = Object.fromEntries(
        json.complaints.map((c: Record<string, unknown>) => [
          c.id,
          { state: c.state, replyDue: c.replyDue, solutionDue: c.solutionDue, hoursLeft: c.hoursLeft },
        ]),
      );
      expect(byId, file).toEqual(expected);
      expect(json.complaints[0]).toMatchObject({ row: 2, id: 'C1', level: '普通' });
    }
  });

  it('summarises the states', () => {
    const json = JSON.parse(
      runCli(['complaints', join(dir, 'working.xlsx'), '--now', COMPLAINTS_NOW, '--json'], dir).stdout,
    );
    expect(json.summary).toEqual({
      total: 5,
      replyOverdue: 1,
      solutionOverdue: 0,
      dueSoon: 1,
      open: 1,
      closedOnTime: 2,
      closedLate: 0,
      closed: 0,
      void: 0,
    });
  });

  it('writes the deadline columns and the highlight rules into the copy with --out', async () => {
    const out = join(dir, 'out.xlsx');
    expect(
      runCli(['complaints', join(dir, 'working.xlsx'), '--now', COMPLAINTS_NOW, '--out', out], dir).code,
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('客诉')!;
    expect([sheet.getCell('L1').value, sheet.getCell('M1').value, sheet.getCell('N1').value]).toEqual([
      '答复截止',
      '方案截止',
      '状态',
    ]);
    expect(sheet.getCell('L2').value).toEqual(new Date(Date.UTC(2026, 9, 11, 13)));
    expect(sheet.getCell('N2').value).toBe('答复超时');
    const { conditionalFormattings } = sheet as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const formulas = conditionalFormattings.flatMap((cf) =>
      cf.rules.flatMap((r) => ('formulae' in r ? (r.formulae ?? []) : [])),
    );
    expect(formulas.every((f) => String(f).includes('NOW()'))).toBe(true);
    expect(formulas).toHaveLength(2);
    expect(wb.getWorksheet('超时投诉')!.getCell('C3').value).toBe('139****0001');
  });
});

describe('kefu-sheets callbacks', () => {
  it('prints what is due and the month’s rate per the contract', () => {
    const result = runCli(
      [
        'callbacks',
        join(ROOT, 'examples', 'demo.xlsx'),
        '--now',
        '2026-11-02T10:00',
        '--month',
        '2026-10',
        '--json',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.month).toBe('2026-10');
    expect(json.rate).toEqual({ due: 15, done: 7, value: 0.4667, target: 1 });
    expect(
      json.due.find((d: { row: number; sheet: string }) => d.sheet === '售后服务登记表' && d.row === 6),
    ).toMatchObject({
      type: '售后30天',
      dueDate: '2026-10-18',
      state: 'overdue',
      phone: '139****5555',
    });
    expect(result.stdout).not.toMatch(/1\d{10}/);
  });
});
