// Phone columns follow 地区 (规则设置): a Taiwanese or Hong Kong team's local numbers are valid, the
// mainland's stay valid, any number with its country code is valid, and whatever leaves the sheet
// (notes, 校验报告, duplicates) reads and masks them as the region writes them.
import { describe, expect, it } from 'vitest';
import { runValidation } from '../../src/app/operations/validate';
import { type Cell, type SheetData, sh, TEAM_NOW, toMemory } from '../helpers/workbooks';

const HEADER = ['登记日期', '客户姓名', '客户电话', '产品型号', '产品序列号', '购买渠道'];

/** A registration sheet with these phones (row 2 on), and 规则设置 naming the region (none: absent). */
function workbook(
  region: string | null,
  phones: readonly Cell[],
  channel: (i: number) => string = () => '线上',
) {
  const sheets: SheetData[] = [
    {
      name: '售后登记',
      rows: [
        HEADER,
        ...phones.map((phone, i) => [sh(2026, 11, 1), `客户${i}`, phone, 'X-1', `S${i}`, channel(i)]),
      ],
    },
  ];
  if (region !== null) {
    sheets.push({
      name: '规则设置',
      rows: [
        ['参数', '值', '说明'],
        ['地区', region, ''],
      ],
    });
  }
  return sheets;
}

function validate(sheets: readonly SheetData[], write = false) {
  const wb = toMemory(sheets);
  return { wb, validation: runValidation(wb, { now: TEAM_NOW, lang: 'zh', write }) };
}

/** The rows whose phone is reported invalid. */
function invalidRows(sheets: readonly SheetData[]): number[] {
  return validate(sheets)
    .validation.issues.filter((i) => i.code === 'invalid_phone')
    .map((i) => i.row);
}

const TAIWAN = [
  '0912-345-678', // 2
  '(02) 2345-6789', // 3
  '+886 912 345 679', // 4
  '07-123-4567', // 5
  '13812345678', // 6: the mainland's
  '+852 6123 4567', // 7: with its country code
  '+1 415 555 2671', // 8
  '9123 4567', // 9: Hong Kong's, without its code
  '0912-345', // 10
  912345670, // 11: a mobile typed as a number, its 0 lost
];

const HONG_KONG = [
  '9123 4567', // 2
  '+852 6123 4567', // 3
  '21234567', // 4
  '13812345678', // 5
  '0912-345-678', // 6: Taiwan's, without its code
  '+886 912 345 678', // 7
  '1234 5678', // 8
];

describe('phone columns by 地区', () => {
  it('reads Taiwan’s numbers in 台湾, and the mainland’s and any with a country code', () => {
    expect(invalidRows(workbook('台湾', TAIWAN))).toEqual([9, 10]);
  });

  it('reads Hong Kong’s numbers in 香港', () => {
    expect(invalidRows(workbook('香港', HONG_KONG))).toEqual([6, 8]);
  });

  it('keeps the mainland’s rules without 地区, where only a country code makes a foreign number valid', () => {
    expect(invalidRows(workbook(null, TAIWAN))).toEqual([2, 3, 5, 9, 10, 11]);
    expect(invalidRows(workbook('中国大陆', HONG_KONG))).toEqual([2, 4, 6, 8]);
  });

  it('reads only numbers with a country code, and the mainland’s, in 其他', () => {
    const phones = ['+49 30 1234567', '+1 415 555 2671', '030 1234567', '13812345678', '(415) 555-2671'];
    expect(invalidRows(workbook('其他', phones))).toEqual([4, 6]);
  });

  it('says which numbers are valid in the region', () => {
    const tw = validate(workbook('台湾', ['0912-345'])).validation.issues.find(
      (i) => i.code === 'invalid_phone',
    );
    expect(tw).toMatchObject({
      message: 'issue.invalid_phone_local',
      params: { local: '09xx-xxx-xxx / 02-xxxx-xxxx' },
    });
    const other = validate(workbook('其他', ['030 1234567'])).validation.issues.find(
      (i) => i.code === 'invalid_phone',
    );
    expect(other?.message).toBe('issue.invalid_phone_other');
    const cn = validate(workbook(null, ['0912-345'])).validation.issues.find(
      (i) => i.code === 'invalid_phone',
    );
    expect(cn?.message).toBe('issue.invalid_phone');
  });

  it('finds the same number written two ways a duplicate in 台湾', () => {
    const sheets = workbook('台湾', ['0912-345-678', '+886 912 345 678']);
    const rows = sheets[0]?.rows as Cell[][];
    // Same serial number and day: the same registration.
    (rows[2] as Cell[])[4] = 'S0';
    const { issues } = validate(sheets).validation;
    expect(issues.filter((i) => i.code === 'duplicate').map((i) => i.row)).toEqual([3]);
  });

  it('masks the region’s numbers in the notes and 校验报告', () => {
    // A phone typed into 购买渠道 is quoted by the message that says it is not in the list.
    const phones = ['0912-345-678', '0912-345-678'];
    const written = ['林 0912-345-678', '（02）2345-6789'];
    const { wb } = validate(
      workbook('台湾', phones, (i) => written[i] ?? ''),
      true,
    );
    const report = wb.sheet('校验报告').snapshotValues().flat().map(String).join('\n');
    const notes = [wb.sheet('售后登记').note(2, 6), wb.sheet('售后登记').note(3, 6)].join('\n');
    for (const text of [report, notes]) {
      expect(text).toContain('林 0912-***-678');
      expect(text).toContain('02-****-6789');
      expect(text).not.toContain('345-678');
      expect(text).not.toContain('2345');
    }
  });
});
