// A team in Taiwan, Hong Kong and Macau each, through the command line: the sheets written in
// Traditional Chinese as set-up makes them, local phone numbers, a reply deadline across the
// region's own holidays, ROC dates in Taiwan, and every word in Traditional with --lang.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chineseIn } from '../../src/domain/i18n/messages';
import { sheetSpec } from '../../src/domain/sheets/schema';
import { runCli } from '../helpers/cli';
import { type Cell, type SheetData, toXlsx } from '../helpers/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'kefu-regions-'));

interface Team {
  readonly region: string;
  /** When the complaint came in, as the team typed it (a Taipei, Hong Kong or Macau wall-clock time). */
  readonly received: Cell;
  readonly phone: string;
  readonly now: string;
  /** Hand-worked: 24 working hours on the region's working days. */
  readonly replyDue: string;
}

const TEAMS: Readonly<Record<string, Team>> = {
  // Taipei, 08:30-17:30: Wed 9/30 8.5 h, Thu 10/1 (a working day in Taiwan) 9 h, Fri 10/2 6.5 h.
  taiwan: {
    region: '臺灣',
    received: '115/09/30 09:00',
    phone: '0912-345-678',
    now: '2026-10-01T12:00:00+08:00',
    replyDue: '2026-10-02T15:00:00+08:00',
  },
  // Hong Kong, 09:00-18:00: Mon 2/16 9 h, the Lunar New Year 2/17–2/19 off, Fri 2/20 9 h, Mon 2/23 6 h.
  hongkong: {
    region: '香港',
    received: '2026/02/16 09:00',
    phone: '9123 4567',
    now: '2026-02-16T12:00:00+08:00',
    replyDue: '2026-02-23T15:00:00+08:00',
  },
  // Macau, 09:00-18:00: Wed 9/30 9 h, National Day 10/1 and 10/2 off, Mon 10/5 9 h, Tue 10/6 6 h.
  macau: {
    region: '澳門',
    received: '2026/09/30 09:00',
    phone: '6612 3456',
    now: '2026-09-30T12:00:00+08:00',
    replyDue: '2026-10-06T15:00:00+08:00',
  },
};

/** The complaint sheet's headers as set-up writes them in Traditional (投訴編號, 投訴時間 …). */
const HEADERS = sheetSpec('complaints').fields.map((f) => chineseIn('zh-TW', f.key));

function workbook(team: Team): SheetData[] {
  const row = (values: Record<string, Cell>) => HEADERS.map((h) => values[h] ?? null);
  return [
    {
      name: '投訴登記',
      rows: [
        HEADERS,
        row({
          投訴編號: 'TS-001',
          投訴時間: team.received,
          客戶姓名: '陳小姐',
          聯繫電話: team.phone,
          投訴內容: '維修後仍無法開機',
          級別: '普通',
          受理人: '林小美',
        }),
      ],
    },
    {
      name: '員工名單',
      rows: [
        ['姓名', '崗位'],
        ['林小美', '售後客服'],
      ],
    },
    {
      name: '規則設置',
      rows: [
        ['參數', '值', '說明'],
        ['地區', team.region, ''],
        ['計時方式', '工作時', ''],
      ],
    },
  ];
}

beforeAll(async () => {
  for (const [name, team] of Object.entries(TEAMS)) await toXlsx(workbook(team), join(dir, `${name}.xlsx`));
  // A Google Form's responses that come near a complaint log but lack its handler.
  await toXlsx(
    [
      {
        name: '表單回應 1',
        rows: [
          ['時間戳記', '您的姓名', '您的聯絡電話', '請描述您的問題'],
          ['2026/10/14 下午 3:05:22', '張先生', '0987-654-321', '商品破損'],
        ],
      },
    ],
    join(dir, 'form.xlsx'),
  );
});

describe('the add-on’s own words in a Taiwanese team’s reports', () => {
  it('are in Traditional: the role list’s 售後客服 in the scores, the callback’s 投訴後回訪', async () => {
    const file = join(dir, 'tw-scores.xlsx');
    await toXlsx(
      [
        {
          name: '員工名單',
          rows: [
            ['姓名', '崗位'],
            ['林小美', '售後客服'],
            ['陳大文', '主管'],
          ],
        },
        {
          name: '獎懲登記',
          rows: [
            ['日期', '姓名', '規則代碼'],
            ['2026/09/03', '林小美', 'G05'],
          ],
        },
        {
          name: '投訴登記',
          rows: [
            ['投訴編號', '投訴時間', '客戶姓名', '聯繫電話', '投訴內容', '受理人', '結案時間', '處理狀態'],
            [
              'TS-1',
              '2026/09/01 10:00',
              '陳小姐',
              '0912-345-678',
              '無法開機',
              '林小美',
              '2026/09/02 10:00',
              '已結案',
            ],
          ],
        },
      ],
      file,
    );
    const scores = runCli(['scores', file, '--month', '2026-09', '--lang', 'zh-TW'], dir);
    expect(scores.code).toBe(0);
    expect(scores.stdout).toMatch(/林小美\s+售後客服/);
    const callbacks = runCli(
      ['callbacks', file, '--now', '2026-09-20T10:00:00+08:00', '--lang', 'zh-TW'],
      dir,
    );
    expect(callbacks.code).toBe(0);
    expect(callbacks.stdout).toContain('投訴後回訪');
    expect(`${scores.stdout}${callbacks.stdout}`).not.toMatch(/售后|投诉后/);
  });
});

describe('teams in Taiwan, Hong Kong and Macau on the command line', () => {
  it.each(Object.keys(TEAMS))('%s: the reply is due after the region’s own holidays', (name) => {
    const team = TEAMS[name] as Team;
    const result = runCli(['complaints', join(dir, `${name}.xlsx`), '--now', team.now, '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.complaints).toHaveLength(1);
    expect(json.complaints[0]).toMatchObject({ id: 'TS-001', replyDue: team.replyDue, state: 'open' });
    // The phone leaves the sheet masked.
    expect(result.stdout).not.toContain(team.phone);
  });

  it.each(Object.keys(TEAMS))('%s: local numbers and the team’s dates are no problem', (name) => {
    const result = runCli(
      ['validate', join(dir, `${name}.xlsx`), '--now', (TEAMS[name] as Team).now, '--json'],
      dir,
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
  });

  it('reads a CSV that writes no 地区 as the language’s region: Taiwan’s phones with --lang zh-TW', async () => {
    const csv = join(dir, 'taiwan-complaints.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      csv,
      [
        '客訴編號,客訴日期,客戶姓名,聯絡電話,客訴內容,受理人',
        'TW-001,2026/10/02 10:00,陳小姐,0912-345-678,維修後仍無法開機,林小美',
        'TW-002,2026/10/05 14:20,王先生,(02)2345-6789,送修逾期未回覆,林小美',
      ].join('\n'),
    );
    const args = ['validate', csv, '--now', '2026-10-06T12:00:00+08:00', '--json'];
    const phoneErrors = (lang: string) =>
      JSON.parse(runCli([...args, '--lang', lang], dir).stdout).issues.filter(
        (i: { code: string }) => i.code === 'invalid_phone',
      ).length;
    expect(phoneErrors('zh-TW')).toBe(0);
    expect(phoneErrors('zh-HK')).toBe(2);
    expect(phoneErrors('zh')).toBe(2);
    // And says so, in the JSON and in the text: the region came from the language.
    const assumed = JSON.parse(runCli([...args, '--lang', 'zh-TW'], dir).stdout).warnings;
    expect(assumed).toEqual([
      expect.objectContaining({ code: 'region_from_language', zone: 'Asia/Taipei', lang: 'zh-TW' }),
    ]);
    const text = runCli(['validate', csv, '--now', '2026-10-06T12:00:00+08:00', '--lang', 'zh-TW'], dir);
    expect(text.stdout).toContain('按介面語言（--lang zh-TW）以 Asia/Taipei 所在地區讀這個 CSV');
    expect(JSON.parse(runCli([...args, '--lang', 'zh'], dir).stdout).warnings).toEqual([]);
    // An explicit --tz still decides.
    const shanghai = runCli([...args, '--lang', 'zh-TW', '--tz', 'Asia/Shanghai'], dir);
    expect(JSON.parse(shanghai.stdout).issues.some((i: { code: string }) => i.code === 'invalid_phone')).toBe(
      true,
    );
  });

  it('names the fields a sheet not understood has and lacks in Traditional', () => {
    const result = runCli(['inspect', join(dir, 'form.xlsx'), '--lang', 'zh-TW'], dir);
    expect(result.stdout).toMatch(
      /最接近「投訴登記」：已認出 投訴時間、客戶姓名、聯繫電話、投訴內容；缺少 受理人/,
    );
    expect(result.stdout).not.toMatch(/[诉时间户联系电话识别]/);
  });

  it('speaks Taiwan’s Traditional Chinese with --lang zh-TW, and Hong Kong’s with zh-HK', () => {
    // A day after the reply was due: the overdue complaint is listed, its phone masked in Taiwan's shape.
    const tw = runCli(
      ['complaints', join(dir, 'taiwan.xlsx'), '--now', '2026-10-03T12:00:00+08:00', '--lang', 'zh-TW'],
      dir,
    );
    expect(tw.code).toBe(0);
    expect(tw.stdout).toContain('計時方式：工作時');
    expect(tw.stdout).toContain('0912-***-678');
    expect(tw.stdout).toContain('答覆超時');
    expect(tw.stdout).not.toMatch(/[诉时间态处录]/);
    const hk = runCli(['inspect', join(dir, 'hongkong.xlsx'), '--lang', 'zh-HK'], dir);
    expect(hk.code).toBe(0);
    expect(hk.stdout).toContain('表頭在第 1 列');
    expect(hk.stdout).not.toMatch(/[识别数据]/);
  });
});
