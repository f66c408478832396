import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli';
import { NOVEMBER_DEFAULT, NOVEMBER_EDITED, novemberWorkbook } from '../helpers/scores-workbook';
import { toXlsx } from '../helpers/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'kefu-scores-'));

beforeAll(async () => {
  await toXlsx(novemberWorkbook(false), join(dir, 'default.xlsx'));
  await toXlsx(novemberWorkbook(true), join(dir, 'edited.xlsx'));
});

describe('kefu-sheets scores', () => {
  it('prints the contract’s JSON, matching the hand-worked figures', () => {
    for (const [file, expected] of [
      ['default.xlsx', NOVEMBER_DEFAULT],
      ['edited.xlsx', NOVEMBER_EDITED],
    ] as const) {
      const result = runCli(['scores', join(dir, file), '--month', '2026-11', '--json'], dir);
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.month).toBe('2026-11');
      // The same people as worked out by hand: the loop below skips none of them.
      expect(json.staff.map((s: { name: string }) => s.name).sort(), file).toEqual(
        Object.keys(expected).sort(),
      );
      for (const s of json.staff)
        expect(s, `${file} ${s.name}`).toMatchObject(expected[s.name as keyof typeof expected]!);
      expect(Object.keys(json.staff[0]).slice(0, 12)).toEqual([
        'name',
        'role',
        'score',
        'pointsFine',
        'cashItems',
        'fullAttendanceBonus',
        'performanceBonus',
        'highScoreReward',
        'supervisorAdjustment',
        'net',
        'dismissalReview',
        'ledgerRows',
      ]);
    }
  });

  it('computes the demo’s October as worked out from domain.md', () => {
    const json = JSON.parse(
      runCli(['scores', join(ROOT, 'examples', 'demo.xlsx'), '--month', '2026-10', '--json'], dir).stdout,
    );
    const byName = Object.fromEntries(json.staff.map((s: { name: string }) => [s.name, s]));
    expect(byName.赵磊).toMatchObject({
      score: 57,
      pointsFine: 1120,
      cashItems: -200,
      fullAttendanceBonus: 0,
      net: -1120,
      dismissalReview: true,
    });
    expect(byName.王芳).toMatchObject({ score: 97, supervisorAdjustment: 0, net: 270 });
    expect(byName.李娜).toMatchObject({ score: 113, highScoreReward: 100, net: 400 });
    expect(byName.孙强).toMatchObject({ score: 92, ledgerRows: [12, 17, 21, 22, 26, 29, 35] });
    expect(json.team).toEqual({ size: 8, atOrAbove100: 4, belowDismissal: 1 });
  });

  it('adds the 月度考核 sheet to the copy with --out', async () => {
    const out = join(dir, 'scores.xlsx');
    const result = runCli(['scores', join(dir, 'default.xlsx'), '--month', '2026-11', '--out', out], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('■ 2026-11 月度考核');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('月度考核')!;
    expect(sheet.getCell('A1').value).toBe('2026-11 月度考核');
    expect(sheet.getCell('A4').value).toBe('小A');
    expect(sheet.getCell('L4').value).toBe(250);
    expect(sheet.getCell('N4').value).toEqual({
      text: '4、5、6、7、8、9、10',
      hyperlink: "#'十一月奖罚'!A4",
    });
  });

  it('exits 2 naming a bad setting', async () => {
    const sheets = novemberWorkbook(true);
    (sheets.find((s) => s.name === '规则设置')!.rows as unknown[][])[1]![1] = '按天';
    await toXlsx(sheets, join(dir, 'bad.xlsx'));
    const result = runCli(['scores', join(dir, 'bad.xlsx'), '--month', '2026-11', '--lang', 'en'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'kefu-sheets: Parameter "罚款方式" on row 2 of "规则设置" is not valid: 按天. Fix it first.\n',
    );
  });
});
