// The command line's files as a newcomer meets them: an output that is the input in disguise,
// folders, damaged and foreign files, CSV from Chinese Excel and WPS, failures as JSON, progress.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/cli/files';
import { ROOT, runCli } from '../helpers/cli';
import { type Cell, type SheetData, sh, toXlsx } from '../helpers/workbooks';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const CLI = join(ROOT, 'bin', 'kefu-sheets.js');

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'kefu-files-'));
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Runs a command with --out and checks the input's bytes did not change. */
function withUnchangedInput(input: string, args: readonly string[]) {
  const before = sha256(input);
  const result = runCli(args);
  expect(sha256(input)).toBe(before);
  return result;
}

/** A file with the compound-file header of Excel 97–2003 and WPS workbooks. */
function compoundFile(file: string): string {
  writeFileSync(
    file,
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]),
  );
  return file;
}

function jsonError(stdout: string): { code: string; message: string; detail?: string } {
  return (JSON.parse(stdout) as { error: { code: string; message: string; detail?: string } }).error;
}

describe('--out never overwrites the input', () => {
  it('refuses a symlink to the input, exit 2 output_is_input, and leaves it byte for byte', () => {
    const dir = workdir();
    const input = join(dir, 'in.xlsx');
    copyFileSync(DEMO, input);
    symlinkSync(input, join(dir, 'out.xlsx'));
    const result = withUnchangedInput(input, ['validate', input, '--out', join(dir, 'out.xlsx'), '--json']);
    expect(result.code).toBe(2);
    expect(jsonError(result.stdout).code).toBe('output_is_input');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('就是输入文件（同一路径、符号链接或硬链接）');
  });

  it('refuses a hard link and the same file by another path', () => {
    const dir = workdir();
    const input = join(dir, 'in.xlsx');
    copyFileSync(DEMO, input);
    linkSync(input, join(dir, 'hard.xlsx'));
    const hard = withUnchangedInput(input, ['validate', input, '--out', join(dir, 'hard.xlsx')]);
    expect(hard.code).toBe(2);
    expect(hard.stderr).toContain('就是输入文件');
    mkdirSync(join(dir, 'sub'));
    const dotted = withUnchangedInput(input, [
      'scores',
      input,
      '--month',
      '2026-10',
      '--out',
      join(dir, 'sub', '..', 'in.xlsx'),
    ]);
    expect(dotted.code).toBe(2);
    expect(dotted.stdout).toBe('');
  });

  it('writes through a temporary file: a good run leaves only the result, no temporary file', () => {
    const dir = workdir();
    const input = join(dir, 'in.xlsx');
    copyFileSync(DEMO, input);
    const result = withUnchangedInput(input, [
      'complaints',
      input,
      '--now',
      '2026-11-02T10:00',
      '--out',
      join(dir, 'r.xlsx'),
    ]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'r.xlsx']);
  });

  it('keeps the old file when a write fails half-way, and removes the half-written one', async () => {
    const dir = workdir();
    const out = join(dir, 'result.xlsx');
    writeFileSync(out, 'the previous result');
    await expect(
      writeAtomically(out, async (temporary) => {
        writeFileSync(temporary, 'half a fi');
        throw new Error('disk full');
      }),
    ).rejects.toMatchObject({ code: 'cli.unwritable_file' });
    expect(readFileSync(out, 'utf8')).toBe('the previous result');
    expect(readdirSync(dir)).toEqual(['result.xlsx']);
  });

  it('refuses an output that is not .xlsx, or a folder, before any work', () => {
    const dir = workdir();
    const input = join(dir, 'in.xlsx');
    copyFileSync(DEMO, input);
    const csv = withUnchangedInput(input, ['validate', input, '--out', join(dir, 'r.csv'), '--json']);
    expect(csv.code).toBe(2);
    expect(jsonError(csv.stdout)).toMatchObject({ code: 'bad_arguments' });
    expect(existsSync(join(dir, 'r.csv'))).toBe(false);
    mkdirSync(join(dir, 'folder.xlsx'));
    const folder = withUnchangedInput(input, [
      'validate',
      input,
      '--out',
      join(dir, 'folder.xlsx'),
      '--json',
    ]);
    expect(jsonError(folder.stdout).code).toBe('output_unwritable');
  });

  it('reports an output it cannot write as output_unwritable, in words', () => {
    const dir = workdir();
    const input = join(dir, 'in.xlsx');
    copyFileSync(DEMO, input);
    writeFileSync(join(dir, 'file'), 'not a folder');
    const result = withUnchangedInput(input, [
      'validate',
      input,
      '--out',
      join(dir, 'file', 'r.xlsx'),
      '--json',
    ]);
    expect(result.code).toBe(2);
    const error = jsonError(result.stdout);
    expect(error.code).toBe('output_unwritable');
    expect(error.message).toContain('请检查文件夹是否可写');
    expect(error.detail).toMatch(/ENOTDIR|EEXIST/);
    expect(result.stderr).not.toMatch(/ENOTDIR|EEXIST/);
  });
});

describe('inputs that are not what they should be', () => {
  it.each([
    [
      'a folder',
      (dir: string) => {
        mkdirSync(join(dir, 'data.xlsx'));
        return join(dir, 'data.xlsx');
      },
      'unreadable_file',
      '是一个文件夹',
    ],
    ['a missing file', (dir: string) => join(dir, 'nope.xlsx'), 'file_not_found', '找不到文件'],
    [
      'an .xls workbook',
      (dir: string) => compoundFile(join(dir, 'old.xls')),
      'unsupported_format',
      '“另存为” Excel 工作簿（.xlsx）',
    ],
    [
      'a WPS .et workbook',
      (dir: string) => compoundFile(join(dir, 'wps.et')),
      'unsupported_format',
      'WPS 表格格式（.et）',
    ],
    [
      'an .xls renamed .xlsx',
      (dir: string) => compoundFile(join(dir, 'renamed.xlsx')),
      'unsupported_format',
      '.xls',
    ],
    [
      'a Numbers file',
      (dir: string) => {
        const file = join(dir, 'team.numbers');
        writeFileSync(
          file,
          Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('Index/Document.iwa'), Buffer.alloc(512)]),
        );
        return file;
      },
      'unsupported_format',
      'Apple Numbers',
    ],
    [
      'a damaged .xlsx',
      (dir: string) => {
        const file = join(dir, 'broken.xlsx');
        writeFileSync(file, Buffer.concat([readFileSync(DEMO).subarray(0, 3000)]));
        return file;
      },
      'unreadable_file',
      '文件已损坏',
    ],
    [
      'a picture',
      (dir: string) => {
        const file = join(dir, 'photo.xlsx');
        writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
        return file;
      },
      'unsupported_format',
      '不是 .xlsx 或 .csv',
    ],
  ])('%s: exit 2 with a code and advice, the library text only in detail', (_what, make, code, words) => {
    const file = make(workdir());
    const result = runCli(['validate', file, '--json']);
    expect(result.code).toBe(2);
    const error = jsonError(result.stdout);
    expect(error.code).toBe(code);
    expect(error.message).toContain(words);
    expect(error.message).not.toMatch(/jszip|EISDIR|ENOENT|Error:|https?:/i);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/jszip|EISDIR|ENOENT|at .*\.js/i);
  });

  it('answers in English with --lang en, and every failure is JSON with --json', () => {
    const result = runCli(['validate', join(workdir(), 'nope.xlsx'), '--json', '--lang', 'en']);
    expect(jsonError(result.stdout)).toEqual({
      code: 'file_not_found',
      message: expect.stringMatching(/^No file ".*nope\.xlsx": check the path and the name\.$/),
    });
    const bad = runCli(['frobnicate', '--json']);
    expect(bad.code).toBe(2);
    expect(jsonError(bad.stdout).code).toBe('bad_arguments');
  });

  it('refuses a workbook with no sheet it recognises as no_recognised_sheets', async () => {
    const file = join(workdir(), 'memo.xlsx');
    await toXlsx([{ name: '备忘', rows: [['hello']] }], file);
    const result = runCli(['validate', file, '--json']);
    expect(result.code).toBe(2);
    expect(jsonError(result.stdout)).toMatchObject({ code: 'no_recognised_sheets' });
  });
});

/** A registration log with planted mistakes, as Excel keeps it (dates) and as it saves it to CSV (text). */
const HEADER = [
  '登记日期',
  '客户姓名',
  '客户电话',
  '产品型号',
  '产品序列号',
  '问题描述',
  '登记人',
  '处理结果',
  '解决日期',
];
const LOG: Cell[][] = [
  [
    sh(2026, 10, 5),
    '王先生',
    '13812345678',
    'KF-200',
    'SN001',
    '不制冷，有异响',
    '李娜',
    '已解决',
    sh(2026, 10, 6),
  ],
  [sh(2026, 10, 6), '', '12345', 'KF-200', 'SN002', '漏水', '李娜', '处理中', null],
  [
    sh(2026, 10, 7),
    '陈女士',
    '021-62345678',
    'KF-300',
    'SN001',
    '说明书里写着 "一年保修"',
    '张三',
    '已解决',
    sh(2026, 10, 3),
  ],
  ['2026-13-45', '刘先生', '13912345678', 'KF-300', 'SN004', '第一行\n第二行', '李娜', '已解决', null],
];
const ROSTER: SheetData = {
  name: '员工名单',
  rows: [
    ['姓名', '岗位'],
    ['李娜', '售后客服'],
  ],
};

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text =
    value instanceof Date
      ? `${value.getUTCFullYear()}/${new Date(value.getTime() + 8 * 3600_000).getUTCMonth() + 1}/${new Date(value.getTime() + 8 * 3600_000).getUTCDate()}`
      : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText(): string {
  return `${[HEADER, ...LOG].map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The issues of `validate --json` on files, without the sheets array. */
function issuesOf(...files: string[]) {
  const result = runCli(['validate', ...files, '--json', '--now', '2026-11-02T10:00']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout).issues as { sheet: string; row: number; field: string; code: string }[];
}

describe('CSV as Chinese Excel, WPS and export systems save it', () => {
  it('reads GBK, UTF-8 with and without BOM alike, quoted commas, quotes and line breaks included, with the issues of the same sheet in .xlsx', async () => {
    const dir = workdir();
    const xlsx = join(dir, '售后登记.xlsx');
    await toXlsx([{ name: '售后登记', rows: [HEADER, ...LOG] }, ROSTER], xlsx);
    const fromXlsx = issuesOf(xlsx).filter((i) => i.sheet === '售后登记');
    expect(fromXlsx.map((i) => [i.row, i.field, i.code])).toEqual(
      expect.arrayContaining([
        [3, '客户姓名', 'missing_required'],
        [3, '客户电话', 'invalid_phone'],
        [4, '解决日期', 'date_order'],
        [5, '登记日期', 'invalid_date'],
      ]),
    );
    for (const [name, bytes] of [
      ['gbk', iconv.encode(csvText(), 'gbk')],
      ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(), 'utf8')])],
      ['utf8', Buffer.from(csvText(), 'utf8')],
    ] as const) {
      const sub = join(dir, name);
      mkdirSync(sub);
      const csv = join(sub, '售后登记.csv');
      writeFileSync(csv, bytes);
      // The roster travels as its own file in real life; here the workbook with it is the .xlsx.
      const issues = issuesOf(csv).filter((i) => i.code !== 'unknown_staff');
      expect(issues, name).toEqual(fromXlsx.filter((i) => i.code !== 'unknown_staff'));
    }
  });

  it('names the sheet after the file, writes results to an .xlsx copy and leaves the CSV as it was', () => {
    const dir = workdir();
    const csv = join(dir, '投诉导出 2026-10.csv');
    writeFileSync(
      csv,
      iconv.encode(
        '工单号,受理时间,客户姓名,电话,投诉级别,呼入内容\r\nC1,2026/10/5 9:00,甲,13912340001,普通,未发货\r\n',
        'gbk',
      ),
    );
    const result = withUnchangedInput(csv, ['inspect', csv, '--json', '--out', join(dir, 'r.xlsx')]);
    expect(result.code).toBe(0);
    const sheets = JSON.parse(result.stdout).sheets as { name: string; kind: string | null }[];
    expect(sheets[0]).toMatchObject({ name: '投诉导出 2026-10', kind: 'complaints' });
    expect(existsSync(join(dir, 'r.xlsx'))).toBe(true);
  });

  it('reads an .xlsx named .csv as the workbook it is, and a CSV named .xlsx as CSV', () => {
    const dir = workdir();
    const named = join(dir, 'export.csv');
    copyFileSync(DEMO, named);
    expect(runCli(['inspect', named, '--json']).code).toBe(0);
    const text = join(dir, '售后登记.xlsx');
    writeFileSync(text, Buffer.from(csvText(), 'utf8'));
    const result = runCli(['inspect', text, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).sheets[0]).toMatchObject({ name: '售后登记', kind: 'registration' });
  });
});

describe('progress', () => {
  it('shows on a terminal, on stderr, and never on stdout or with --json', () => {
    const dir = workdir();
    const out = join(dir, 'r.xlsx');
    const command = `'${process.execPath}' '${CLI}' validate '${DEMO}' --now 2026-11-02T10:00 --out '${out}'`;
    // A pseudo-terminal (util-linux script): what a user sees in a terminal.
    const tty = spawnSync('script', ['-qec', `${command} 2>&1 >/dev/null`, '/dev/null'], {
      encoding: 'utf8',
    });
    expect(tty.stdout).toContain('读取「demo.xlsx」');
    expect(tty.stdout).toMatch(/已读取「demo\.xlsx」：\d+ 个工作表，\d+ 行；处理中…/);
    expect(tty.stdout).toMatch(/写入「r\.xlsx」：售后服务登记表 第 \d+\/\d+ 行/);
    const piped = runCli(['validate', DEMO, '--now', '2026-11-02T10:00', '--out', join(dir, 'p.xlsx')]);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).not.toContain('读取「');
    const json = spawnSync('script', ['-qec', `${command} --json 2>&1 >/dev/null`, '/dev/null'], {
      encoding: 'utf8',
    });
    expect(json.stdout).toBe('');
  });
});

describe('the copy’s own sheets', () => {
  it('have bold headers, real dates with date formats, and 月度考核 keeps its title and header in view', async () => {
    const dir = workdir();
    const out = join(dir, 'r.xlsx');
    expect(runCli(['complaints', DEMO, '--now', '2026-11-02T10:00', '--out', out]).code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const overdue = wb.getWorksheet('超时投诉')!;
    const header = overdue.getRow(2 + (overdue.getCell('A2').value === '投诉编号' ? 0 : 1));
    expect(header.getCell(1).font?.bold).toBe(true);
    const due = overdue.getCell(header.number + 1, 6);
    expect(due.value).toBeInstanceOf(Date);
    expect(due.numFmt).toBe('yyyy-mm-dd hh:mm');
    const scores = join(dir, 's.xlsx');
    expect(runCli(['scores', DEMO, '--month', '2026-10', '--out', scores]).code).toBe(0);
    const s = new ExcelJS.Workbook();
    await s.xlsx.readFile(scores);
    const sheet = s.getWorksheet('月度考核')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getCell('A2').font?.bold).toBe(true);
  });
});
