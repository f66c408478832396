import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { toXlsx } from '../helpers/workbooks';
import { hostileWorkbook } from './arbitraries';

const dir = mkdtempSync(join(tmpdir(), 'kefu-property-'));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function cellValues(file: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      // An empty text and a blank cell look the same everywhere (Sheets gives '' for both).
      rows[r - 1] = (row.values as unknown[])
        .slice(1)
        .map((v) => (v instanceof Date ? v.getTime() : v === '' || v === undefined ? null : v));
    });
    out[ws.name] = rows;
  }
  return out;
}

describe('the CLI on random, hostile .xlsx workbooks (fast-check, fixed seed)', () => {
  it('exits 0, 1 or 2 with a worded reason, prints parseable JSON, and never changes a cell in the copy', async () => {
    let n = 0;
    // The cells of each copy compared below: counted, so a run that compared none cannot pass.
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(hostileWorkbook, async (sheets) => {
        const file = join(dir, `in-${n}.xlsx`);
        const out = join(dir, `out-${n++}.xlsx`);
        await toXlsx(sheets, file);
        const before = await cellValues(file);
        for (const args of [
          ['validate', file, '--json', '--now', '2026-11-02T10:00', '--out', out],
          ['scores', file, '--json', '--month', '2026-10'],
          ['complaints', file, '--json', '--now', '2026-11-02T10:00'],
          ['callbacks', file, '--json', '--now', '2026-11-02T10:00'],
        ]) {
          const result = await run(args);
          expect([0, 1, 2], `${args[0]}: ${result.stderr}`).toContain(result.code);
          expect(result.stderr).not.toContain('内部错误');
          if (result.code === 2) expect(result.stderr.trim().split('\n')).toHaveLength(1);
          else expect(() => JSON.parse(result.stdout)).not.toThrow();
        }
        expect(await cellValues(file)).toEqual(before);
        const copy = await cellValues(out);
        for (const [name, rows] of Object.entries(before)) {
          rows.forEach((line, r) => {
            line.forEach((v, c) => {
              compared++;
              expect(copy[name]?.[r]?.[c] ?? null, `${name}!${r + 1}:${c + 1}`).toEqual(v ?? null);
            });
          });
        }
      }),
      { seed: 42, numRuns: 12 },
    );
    expect(compared).toBeGreaterThan(0);
  });
});
