// Hostile and huge files through the built command line (docs/cli.md, "Limits"): cells at XFD1
// and A1048576 in a file of a few kilobytes, a CSV past the rows or cells the command line reads
// (the limits lowered through the environment, so no test writes hundreds of megabytes), a sheet
// past the engine's 200,000 rows, a damaged package, a closed pipe, and the 200,000 rows the
// README promises, with a copy written. Each is refused in seconds with its own code, as one line
// on stderr and JSON on stdout, never a stack.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli';
import { writeXlsxByHand } from '../helpers/xlsx-by-hand';

const CLI = join(ROOT, 'bin', 'kefu-sheets.js');
const NOW = '2026-11-02T10:00';

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'kefu-limits-'));
}

function jsonError(stdout: string): { code: string; message: string; detail?: string } {
  return (JSON.parse(stdout) as { error: { code: string; message: string; detail?: string } }).error;
}

/** A refusal as the user meets it: exit 2, one worded line on stderr, the JSON error on stdout. */
function expectRefused(result: ReturnType<typeof runCli>, code: string) {
  expect(result.code, result.stderr).toBe(2);
  const error = jsonError(result.stdout);
  expect(error.code).toBe(code);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\bat .*\.(js|ts):\d+|Error:|heap|FATAL/);
  return error;
}

const HEADER = ['投诉编号', '投诉时间', '客户姓名', '联系电话', '级别', '投诉内容', '受理人'];

/** A complaints log as a CSV of `rows` complaints (10 in 10 major, every one overdue by NOW). */
function complaintsCsv(file: string, rows: number): string {
  const lines = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    lines.push(
      `KS-${i},2026/10/${day} 09:00,客户${i},138${String(10_000_000 + i).slice(-8)},${i % 10 === 0 ? '重大' : '普通'},物流慢,王芳`,
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('a few kilobytes of cells far apart', () => {
  /** Cells at A1, XFD1 and another far cell, nothing between: the file is under 2 KB. */
  function farCells(file: string, far: string): string {
    return writeXlsxByHand(file, {
      sharedStrings: ['<t>投诉编号</t>', '<t>x</t>'],
      sheets: [
        {
          name: '投诉登记',
          dimension: 'A1:XFD1048576',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="XFD1" t="s"><v>1</v></c></row>' +
            `<row r="${far.slice(1)}"><c r="${far}" t="s"><v>1</v></c></row>`,
        },
      ],
    });
  }

  it('XFD1 and A1048576: refused in seconds as sheet_too_large, naming the sheet and the row, with and without --out', () => {
    const dir = workdir();
    const file = farCells(join(dir, 'far.xlsx'), 'A1048576');
    expect(readFileSync(file).length).toBeLessThan(8 * 1024);
    for (const extra of [[], ['--out', join(dir, 'out.xlsx')]]) {
      const started = Date.now();
      const result = runCli(['validate', file, '--json', ...extra]);
      expect(Date.now() - started).toBeLessThan(15_000);
      const error = expectRefused(result, 'sheet_too_large');
      expect(error.message).toContain('「投诉登记」');
      expect(error.message).toContain('1,048,576');
      expect(error.message).toContain('1,000,000');
    }
  });

  it('XFD1 and A700000: refused as too_many_cells, naming the sheet, row and column', () => {
    const file = farCells(join(workdir(), 'wide.xlsx'), 'A700000');
    const error = expectRefused(runCli(['inspect', file, '--json', '--lang', 'en']), 'too_many_cells');
    expect(error.message).toContain('10,000,000 cells');
    expect(error.message).toContain('"投诉登记" reaches row 700,000, column XFD');
  });

  it('a stray cell far to the right of a small log costs nothing: the log is read and checked', () => {
    const cells = (r: number, values: readonly string[]) =>
      `<row r="${r}">${values
        .map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`)
        .join('')}${r === 3 ? `<c r="XFD${r}" t="inlineStr"><is><t>stray</t></is></c>` : ''}</row>`;
    const file = writeXlsxByHand(join(workdir(), 'stray.xlsx'), {
      sheets: [
        {
          name: '投诉登记',
          dimension: 'A1:XFD1048576',
          rows: [
            cells(1, HEADER),
            cells(2, ['KS-1', '2026/10/30 09:00', '张三', '13812345678', '重大', '漏水', '王芳']),
            cells(3, ['KS-2', '2026/11/01 09:00', '李四', '13912345678', '普通', '慢', '王芳']),
          ].join(''),
        },
      ],
    });
    const started = Date.now();
    const result = runCli(['complaints', file, '--json', '--now', NOW]);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { summary: { total: number } };
    expect(json.summary.total).toBe(2);
  });
});

describe('a CSV past the limits, refused as it streams', () => {
  it('more rows than KEFU_MAX_ROWS allows: sheet_too_large, naming the sheet and the row', () => {
    const file = complaintsCsv(join(workdir(), '投诉导出.csv'), 1_200);
    const env = { ...process.env, KEFU_MAX_ROWS: '1000' };
    const error = expectRefused(
      runCli(['complaints', file, '--json', '--now', NOW], ROOT, env),
      'sheet_too_large',
    );
    expect(error.message).toContain('「投诉导出」第 1,001 行');
  });

  it('more cells than KEFU_MAX_CELLS allows: too_many_cells', () => {
    const file = complaintsCsv(join(workdir(), 'export.csv'), 1_200);
    const env = { ...process.env, KEFU_MAX_CELLS: '5000' };
    const error = expectRefused(runCli(['validate', file, '--json'], ROOT, env), 'too_many_cells');
    expect(error.message).toContain('5,000');
  });

  it('a file larger than KEFU_MAX_FILE_MB allows: file_too_large, before it is read', () => {
    const file = complaintsCsv(join(workdir(), 'big.csv'), 25_000);
    const env = { ...process.env, KEFU_MAX_FILE_MB: '1' };
    const error = expectRefused(
      runCli(['validate', file, '--json', '--lang', 'en'], ROOT, env),
      'file_too_large',
    );
    expect(error.message).toMatch(/is 2 MB, more than the 1 MB the command line reads/);
  });

  it('the limits can only be lowered: a larger value leaves them as they are', () => {
    const file = complaintsCsv(join(workdir(), 'small.csv'), 20);
    const env = { ...process.env, KEFU_MAX_ROWS: '99999999999', KEFU_MAX_CELLS: 'lots' };
    expect(runCli(['complaints', file, '--json', '--now', NOW], ROOT, env).code).toBe(0);
  });
});

describe('a sheet past the 200,000 rows the engine takes', () => {
  it('is refused with its own code, naming the sheet and its rows, before any copy is loaded', () => {
    const dir = workdir();
    const file = complaintsCsv(join(dir, '投诉.csv'), 200_000);
    for (const extra of [[], ['--out', join(dir, 'out.xlsx')]]) {
      const error = expectRefused(
        runCli(['complaints', file, '--json', '--now', NOW, ...extra]),
        'sheet_too_large',
      );
      expect(error.message).toBe('工作表「投诉」有 200001 行，超过客服助手单次可处理的 200000 行。');
    }
  }, 120_000);
});

describe('damage and pipes', () => {
  it('a package whose sheet cannot be unpacked: unreadable_file as JSON, never a zlib stack', () => {
    const file = writeXlsxByHand(join(workdir(), 'damaged.xlsx'), {
      sheets: [{ name: '投诉登记', rows: `<row r="1"><c r="A1"><v>${'1'.repeat(4000)}</v></c></row>` }],
    });
    const bytes = readFileSync(file);
    // Scramble the middle of the last part (the sheet), leaving the zip's directory intact.
    const at = bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 40;
    for (let i = at; i < at + 30 && i < bytes.length; i++) bytes[i] = 0xff;
    writeFileSync(file, bytes);
    const error = expectRefused(runCli(['validate', file, '--json']), 'unreadable_file');
    expect(error.message).toContain('文件已损坏');
  });

  /** Runs the CLI into a pipe that is closed after its first chunk; resolves to its status and stderr. */
  function intoClosedPipe(
    args: readonly string[],
  ): Promise<{ code: number | null; stderr: string; read: number }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let read = 0;
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.stdout.once('data', (chunk: Buffer) => {
        read = chunk.length;
        // What `| head -1` does: read a little, then go away.
        child.stdout.destroy();
      });
      child.on('close', (code) => resolve({ code, stderr, read }));
    });
  }

  it('writing into a closed pipe ends quietly, with the run’s own status (0 done, 1 validation errors)', async () => {
    const dir = workdir();
    const file = complaintsCsv(join(dir, 'export.csv'), 3_000);
    const done = await intoClosedPipe(['complaints', file, '--json', '--now', NOW]);
    expect(done.read).toBeGreaterThan(0);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    const lines = [HEADER.join(',')];
    for (let i = 0; i < 3_000; i++) lines.push(`KS-${i},2026/10/5 09:00,客户${i},12345,普通,慢,王芳`);
    writeFileSync(join(dir, 'bad.csv'), `${lines.join('\n')}\n`);
    const errors = await intoClosedPipe(['validate', join(dir, 'bad.csv'), '--now', NOW]);
    expect(errors.stderr).toBe('');
    expect(errors.code).toBe(1);
  }, 60_000);
});

describe('200,000 rows, as the README promises', () => {
  it('complaints with a copy written (it stopped at "Maximum call stack size exceeded")', () => {
    const dir = workdir();
    // 199,999 complaints and the header: a sheet of exactly 200,000 rows.
    const file = complaintsCsv(join(dir, 'complaints.csv'), 199_999);
    const out = join(dir, 'result.xlsx');
    // Its JSON is tens of megabytes: more than runCli's buffer holds.
    const result = spawnSync(
      process.execPath,
      [CLI, 'complaints', file, '--json', '--now', NOW, '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { summary: { total: number } };
    expect(json.summary.total).toBe(199_999);
    expect(readFileSync(out).length).toBeGreaterThan(1_000_000);
  }, 300_000);
});
