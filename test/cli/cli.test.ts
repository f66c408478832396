import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { ROOT, runCli } from '../helpers/cli';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');

describe('argument parsing', () => {
  it('reads commands, files and options', () => {
    expect(parseArgs(['scores', 'a.xlsx', '--month', '2026-10', '--json', '--lang=en'])).toMatchObject({
      command: 'scores',
      file: 'a.xlsx',
      month: '2026-10',
      json: true,
      lang: 'en',
    });
  });
  it.each([
    [['frobnicate'], 'cli.unknown_command'],
    [['validate'], 'cli.missing_file'],
    [['validate', 'a.xlsx', '--wat'], 'cli.unknown_option'],
    [['validate', 'a.xlsx', '--out'], 'cli.missing_value'],
    [['scores', 'a.xlsx'], 'cli.month_required'],
    [['scores', 'a.xlsx', '--month', '2026-13'], 'cli.bad_month'],
    [['validate', 'a.xlsx', '--tz', 'Mars/Base'], 'cli.bad_tz'],
    [['validate', 'a.xlsx', '--lang', 'fr'], 'cli.bad_lang'],
    [['validate', 'a.xlsx', 'b.xlsx'], 'cli.extra_argument'],
    [[], 'cli.usage'],
  ])('rejects %j with %s', (argv, code) => {
    expect(() => parseArgs(argv)).toThrow(expect.objectContaining({ code }));
  });
});

describe('the kefu-sheets command', () => {
  it('runs the demo: a readable report and a result workbook', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    const result = runCli(['demo'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('「售后服务登记表」→ 售后登记（按表名）：表头在第 2 行，22 行数据');
    expect(result.stdout).toContain('「备忘」未识别，不处理：前 30 行中没有像表头的行');
    expect(existsSync(join(cwd, 'out', 'demo-result.xlsx'))).toBe(true);
  });

  it('prints only JSON on stdout with --json', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    const result = runCli(['demo', '--json'], cwd);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.sheets.map((s: { kind: string }) => s.kind)).toEqual([
      'registration',
      'complaints',
      'callbacks',
      'ledger',
      'presales',
      'roster',
      'params',
      'holidays',
      null,
    ]);
    expect(parsed.sheets.at(-1)).toMatchObject({ name: '备忘', kind: null, reason: 'no_header' });
  });

  it('exits 2 with one line on stderr when it cannot run', () => {
    const missing = runCli(['validate', 'no-such-file.xlsx', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('No file "no-such-file.xlsx": check the path and the name.');
    const bad = runCli(['scores', DEMO, '--month', '10月']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('月份格式应为 YYYY-MM');
  });

  it('runs every command of the contract on the demo workbook', () => {
    for (const args of [
      ['validate', DEMO, '--now', '2026-11-02T10:00'],
      ['scores', DEMO, '--month', '2026-10'],
      ['complaints', DEMO, '--now', '2026-11-02T10:00'],
      ['callbacks', DEMO, '--now', '2026-11-02T10:00', '--month', '2026-10'],
    ]) {
      const result = runCli([...args, '--json']);
      expect(result.code === 0 || result.code === 1, args.join(' ')).toBe(true);
      expect(() => JSON.parse(result.stdout)).not.toThrow();
      expect(result.stderr).toBe('');
    }
  });

  it('refuses a workbook with no sheet it recognises', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('备忘').getCell('A1').value = 'hello';
    const file = join(mkdtempSync(join(tmpdir(), 'kefu-cli-')), 'memo.xlsx');
    await wb.xlsx.writeFile(file);
    const result = runCli(['validate', file, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No recognisable customer-service sheet');
  });

  it("names the clock in the reader's language, not in the words of 规则设置", () => {
    const en = runCli(['complaints', DEMO, '--now', '2026-11-20T10:00:00+08:00', '--lang', 'en']);
    expect(en.stdout).toContain('clock: working hours');
    expect(en.stdout).not.toContain('工作时');
    const zh = runCli(['complaints', DEMO, '--now', '2026-11-20T10:00:00+08:00']);
    expect(zh.stdout).toContain('计时方式：工作时');
  });

  it('reads a CSV in the zone --tz gives without claiming a 规则设置 it does not have', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    const csv = join(dir, 'complaints.csv');
    writeFileSync(
      csv,
      '投诉编号,投诉时间,客户姓名,联系电话,投诉内容,受理人,级别\nKS-1,2026-11-02 10:00,王女士,13800138000,发货慢,小李,普通\n',
    );
    const result = runCli([
      'complaints',
      csv,
      '--now',
      '2026-11-03T10:00:00+08:00',
      '--tz',
      'America/New_York',
    ]);
    expect(result.stdout).toContain('共 1 件');
    expect(result.stdout).not.toContain('时区不一致');
    // A workbook whose 规则设置 writes 时区 (the demo's Asia/Shanghai) read with another --tz is warned.
    const demo = runCli([
      'complaints',
      DEMO,
      '--now',
      '2026-11-20T10:00:00+08:00',
      '--tz',
      'America/New_York',
    ]);
    expect(demo.stdout).toContain('时区不一致');
  });

  it('reads a CSV from Hong Kong (--tz Asia/Hong_Kong) as Hong Kong writes it: 04/11/2026 is 4 November', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    const csv = join(dir, 'hk.csv');
    writeFileSync(
      csv,
      '投诉编号,投诉时间,客户姓名,联系电话,投诉内容,受理人,级别\nKS-1,04/11/2026 10:00,陳太,91234567,送貨延誤,黃小姐,普通\n',
    );
    const now = '2026-11-04T12:00:00+08:00';
    const hk = JSON.parse(
      runCli(['complaints', csv, '--now', now, '--tz', 'Asia/Hong_Kong', '--json']).stdout,
    );
    expect(hk.complaints[0]?.replyDue).toBe('2026-11-05T10:00:00+08:00');
    expect(hk.summary.open).toBe(1);
    const checked = JSON.parse(
      runCli(['validate', csv, '--now', now, '--tz', 'Asia/Hong_Kong', '--json']).stdout,
    );
    // 91234567 is a Hong Kong mobile: no issue (a mainland sheet would call it no phone number).
    expect(checked.issues).toEqual([]);
    // Read in New York, the same cell is 11 April, long overdue.
    const ny = JSON.parse(
      runCli(['complaints', csv, '--now', now, '--tz', 'America/New_York', '--json']).stdout,
    );
    expect(ny.complaints[0]?.solutionDue).toBe('2026-04-14T10:00:00-04:00');
  });

  it('names the add-on’s own values in English for an English reader: levels, satisfaction, a colon', () => {
    const now = '2026-11-20T10:00:00+08:00';
    const complaints = runCli(['complaints', DEMO, '--now', now, '--lang', 'en']).stdout;
    expect(complaints).toMatch(/KS-0408 .* Major /);
    expect(complaints).not.toMatch(/ 重大 | 普通 /);
    const weekly = runCli(['weekly', DEMO, '--now', now, '--lang', 'en']).stdout;
    expect(weekly).toContain('Satisfaction: Very satisfied');
    expect(weekly).not.toContain('：');
    // JSON keeps the values as the sheets hold them.
    const json = JSON.parse(runCli(['complaints', DEMO, '--now', now, '--lang', 'en', '--json']).stdout);
    expect(json.complaints.map((c: { level: string }) => c.level)).toContain('重大');
  });

  it('never modifies the input file', () => {
    const before = readFileSync(DEMO);
    const cwd = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    runCli(['demo', '--out', join(cwd, 'copy.xlsx')], cwd);
    expect(readFileSync(DEMO)).toEqual(before);
    expect(existsSync(join(cwd, 'copy.xlsx'))).toBe(true);
  });
});
