import { describe, expect, it } from 'vitest';
import {
  contactPhone,
  maskAddress,
  maskPhone,
  maskPhonesInText,
  normalizePhone,
  phonesIn,
} from '../../src/domain/phone/phone';

describe('normalizePhone', () => {
  const cases: Array<[unknown, string | null, string?]> = [
    ['13812345678', '13812345678', 'mobile'],
    [13812345678, '13812345678', 'mobile'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['138.1234.5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['021-62345678', '021-62345678', 'landline'],
    ['02162345678', '021-62345678'],
    ['(021) 6234 5678', '021-62345678'],
    ['010-6234567', '010-6234567'],
    ['0755-12345678', '0755-12345678'],
    ['075512345678', '0755-12345678'],
    ['0571-88886666', '0571-88886666'],
    ['0755-1234567-801', '0755-1234567-801'],
    ['021-62345678转123', '021-62345678-123'],
    ['021-62345678 ext 9', '021-62345678-9'],
    ['+86 21 6234 5678', '021-62345678'],
    ['400-812-3456', '4008123456', 'service'],
    ['4008123456', '4008123456'],
    ['800 810 8888', '8008108888'],
    // The apostrophe a CSV export puts before a number to keep it text.
    ["'13812345678", '13812345678'],
    ["'+86 21 6234 5678", '021-62345678'],
    // Invalid.
    ['1381234567', null],
    ['138123456789', null],
    ['12812345678', null],
    ['1381234', null],
    ['021-123456', null],
    ['0755-123456789', null],
    ['021-0234567', null],
    ['02-12345678', null],
    ['abc', null],
    ['138-1234-567a', null],
    ["'abc", null],
    ['', null],
    [null, null],
    [13812345678.5, null],
  ];
  it.each(cases)('normalises %j', (input, expected, kind) => {
    const result = normalizePhone(input);
    expect(result?.normalized ?? null).toBe(expected);
    if (kind) expect(result?.kind).toBe(kind);
  });
});

describe('masking', () => {
  it('masks a mobile as 138****5678', () => {
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
  });
  it('keeps a landline area code and the last four digits', () => {
    expect(maskPhone('0755-12345678')).toBe('0755-****5678');
  });
  it('masks service numbers', () => {
    expect(maskPhone('400-812-3456')).toBe('400***3456');
  });
  it('masks invalid numbers too, keeping only the last four digits', () => {
    expect(maskPhone('1391234567')).toBe('****4567');
    expect(maskPhone('unknown')).toBe('****');
    expect(maskPhone('')).toBe('');
  });
  it('keeps only the start of an address', () => {
    expect(maskAddress('上海市徐汇区漕溪北路 200 号')).toBe('上海市徐汇区****');
    expect(maskAddress('北京')).toBe('北京****');
  });
  it('masks phone numbers inside free text', () => {
    expect(maskPhonesInText('客户 13812345678 来电，另留 021-62345678')).toBe(
      '客户 138****5678 来电，另留 021-****5678',
    );
  });
  it.each([
    ['赵 13955557705', '赵 139****7705'],
    ['座机 021-3333 7703', '座机 021-****7703'],
    ['（021）66667706 转前台', '021-****7706 转前台'],
    ['+86-21-6666 7706', '021-****7706'],
    ['+86 138 0013 8000', '138****8000'],
    ['电话8613800138000', '电话138****8000'],
    ['港 +852 6123 4567', '港 +852 **** 4567'],
    ['澳 +853 6612 3456', '澳 +853 **** 3456'],
    ['台 +886 912 345 678', '台 +886 *** **5 678'],
    ['+1 415 555 0100', '+1 *** *** 0100'],
    ['400-812-3456', '400***3456'],
  ])('masks %j wherever it is typed', (text, masked) => {
    expect(maskPhonesInText(text)).toBe(masked);
  });
  it.each([
    '2026-10-12 09:00',
    '2026/10/12',
    'KS-20261012-0001',
    '金额 50000000 元',
    '扣3分，罚款50元',
    '订单 1234567',
  ])('leaves %j, which is no phone number, as it is', (text) => {
    expect(maskPhonesInText(text)).toBe(text);
  });
});

describe('phone cells as people fill them', () => {
  it.each([
    ['13800138000/13900139000', '13800138000', 2],
    ['13800138000、13900139000', '13800138000', 2],
    ['13800138000；021-62345678', '13800138000', 2],
    ['13800138000或13900139000', '13800138000', 2],
    ['13800138000（本人）', '13800138000', 1],
    ['13800138000(家属)', '13800138000', 1],
    ['微信同号13800138000', '13800138000', 1],
    ['手机：13800138000', '13800138000', 1],
    ['8613800138000', '13800138000', 1],
    ['(021)62345678', '021-62345678', 1],
  ] as const)('%j: contact %s, %i number(s)', (cell, contact, count) => {
    expect(contactPhone(cell)?.normalized).toBe(contact);
    expect(phonesIn(cell)).toHaveLength(count);
  });

  it('finds a cell invalid when any of its numbers is', () => {
    expect(contactPhone('13800138000/12345')).toBeNull();
    expect(contactPhone('微信同号')).toBeNull();
    expect(contactPhone('8612345678901')).toBeNull();
  });

  it('masks every number of a cell', () => {
    expect(maskPhone('13800138000/13900139000')).toBe('138****8000/139****9000');
    expect(maskPhone('微信同号13800138000')).toBe('138****8000');
  });
});

describe('phone numbers by 地区', () => {
  // [typed, normalised (null: not a phone number there), masked]
  type Row = [unknown, string | null, string?];
  const TW: Row[] = [
    ['0912-345-678', '0912-345-678', '0912-***-678'],
    ['0912345678', '0912-345-678', '0912-***-678'],
    ['0912 345 678', '0912-345-678', '0912-***-678'],
    ['+886 912 345 678', '0912-345-678', '0912-***-678'],
    ['+886912345678', '0912-345-678', '0912-***-678'],
    ['00886-912-345-678', '0912-345-678', '0912-***-678'],
    ['+886 0912 345 678', '0912-345-678', '0912-***-678'],
    // A mobile typed into a number cell loses its 0.
    [912345678, '0912-345-678', '0912-***-678'],
    ['(02) 2345-6789', '02-2345-6789', '02-****-6789'],
    ['（02）23456789', '02-2345-6789', '02-****-6789'],
    ['02-2345-6789', '02-2345-6789', '02-****-6789'],
    ['+886 2 2345 6789', '02-2345-6789', '02-****-6789'],
    ['07-123-4567', '07-123-4567', '07-***-4567'],
    ['04-2345-6789', '04-2345-6789', '04-****-6789'],
    ['037-123-456', '037-123-456', '037-***-456'],
    ['049-234-5678', '049-234-5678', '049-***-5678'],
    ['0800-123-456', '0800-123-456', '0800-***-456'],
    ['(02)2345-6789 分機 12', '02-2345-6789#12', '02-****-6789'],
    // Ambiguous with the mainland: Taipei in 台湾, unless the groups say Tianjin (022).
    ['0223456789', '02-2345-6789', '02-****-6789'],
    ['022-3456789', '022-3456789', '022-****6789'],
    // The mainland's numbers stay valid.
    ['13812345678', '13812345678', '138****5678'],
    ['021-62345678', '021-62345678', '021-****5678'],
    ['0755-12345678', '0755-12345678', '0755-****5678'],
    ['400-812-3456', '4008123456', '400***3456'],
    // Other places with their country code.
    ['+852 6123 4567', '+852 6123 4567', '+852 **** 4567'],
    ['+49 30 1234567', '+49 30 1234567', '+49 ** ***4567'],
    ['+1 415 555 2671', '+1 415 555 2671', '+1 *** *** 2671'],
    // Not phone numbers in Taiwan.
    ['912-345-678', null],
    ['0912-345-67', null],
    ['02-0345-6789', null],
    ['2345-6789', null],
    ['9123 4567', null],
    ['+886 12 345', null],
    ['+1 415 555', null],
  ];
  const HK: Row[] = [
    ['9123 4567', '9123 4567', '9123 ****'],
    ['91234567', '9123 4567', '9123 ****'],
    [91234567, '9123 4567', '9123 ****'],
    ['9123-4567', '9123 4567', '9123 ****'],
    ['+852 6123 4567', '6123 4567', '6123 ****'],
    ['+852 2123 4567', '2123 4567', '2123 ****'],
    ['00852 5123 4567', '5123 4567', '5123 ****'],
    ['800 123 456', '800 123 456', '800 *** 456'],
    ['13812345678', '13812345678', '138****5678'],
    ['+86 755 1234 5678', '0755-12345678', '0755-****5678'],
    ['+886 912 345 678', '+886 912 345 678', '+886 *** **5 678'],
    ['+853 6612 3456', '+853 6612 3456', '+853 **** 3456'],
    ['1234 5678', null],
    ['2012 3456', null],
    ['9123 456', null],
    ['0912-345-678', null],
    ['+852 1234 5678', null],
  ];
  const MO: Row[] = [
    ['6612 3456', '6612 3456', '6612 ****'],
    ['66123456', '6612 3456', '6612 ****'],
    ['2812 3456', '2812 3456', '2812 ****'],
    ['+853 6612 3456', '6612 3456', '6612 ****'],
    ['+852 9123 4567', '+852 9123 4567', '+852 **** 4567'],
    ['13812345678', '13812345678', '138****5678'],
    ['9123 4567', null],
    ['2123 4567', null],
  ];
  const OTHER: Row[] = [
    ['+49 30 1234567', '+49 30 1234567', '+49 ** ***4567'],
    ['0049 30 1234567', '+49 30 1234567', '+49 ** ***4567'],
    ['+1 415 555 2671', '+1 415 555 2671', '+1 *** *** 2671'],
    ['+1 (415) 555-2671', '+1 415 555 2671', '+1 *** *** 2671'],
    ['+44 20 7946 0958', '+44 20 7946 0958', '+44 ** **** 0958'],
    ['+852 6123 4567', '+852 6123 4567', '+852 **** 4567'],
    ['+886 2 2345 6789', '+886 2 2345 6789', '+886 * **** 6789'],
    ['13812345678', '13812345678', '138****5678'],
    ['021-62345678', '021-62345678', '021-****5678'],
    ['4008123456', '4008123456', '400***3456'],
    // Without a country code, only the mainland's numbers are known.
    ['030 1234567', null],
    ['(415) 555-2671', null],
    ['9123 4567', null],
    ['0912-345-678', null],
    ['+49 30', null],
    ['+999 1234 5678', null],
  ];
  const tables = { TW, HK, MO, OTHER } as const;
  for (const [region, rows] of Object.entries(tables) as [keyof typeof tables, Row[]][]) {
    describe(region, () => {
      it.each(rows)('%j → %j, masked %j', (typed, normalized, masked) => {
        expect(normalizePhone(typed, region)?.normalized ?? null).toBe(normalized);
        expect(contactPhone(typed, region)?.normalized ?? null).toBe(normalized);
        if (masked) {
          expect(maskPhone(typed, region)).toBe(masked);
          // Normalising again changes nothing, and masks the same.
          expect(normalizePhone(normalized, region)?.normalized).toBe(normalized);
          expect(maskPhone(normalized, region)).toBe(masked);
        } else {
          // Not a number there: only its last four digits are shown.
          expect(maskPhone(typed, region)).toMatch(/^\*\*\*\*\d{4}$/);
        }
      });
    });
  }

  it('keeps the mainland’s rules in 中国大陆, and reads numbers with a country code', () => {
    expect(normalizePhone('0912-345-678', 'CN')).toBeNull();
    expect(normalizePhone('02-2345-6789', 'CN')).toBeNull();
    expect(normalizePhone('0223456789', 'CN')?.normalized).toBe('022-3456789');
    expect(normalizePhone('+886 912 345 678', 'CN')).toMatchObject({
      kind: 'international',
      country: 'TW',
      normalized: '+886 912 345 678',
    });
    expect(normalizePhone('+49 30 1234567')?.normalized).toBe('+49 30 1234567');
  });

  it('tells the kinds apart where the number says', () => {
    expect(normalizePhone('0912345678', 'TW')).toMatchObject({ kind: 'mobile', country: 'TW' });
    expect(normalizePhone('02-2345-6789', 'TW')).toMatchObject({ kind: 'landline', country: 'TW' });
    expect(normalizePhone('0800-123-456', 'TW')).toMatchObject({ kind: 'service', country: 'TW' });
    expect(normalizePhone('9123 4567', 'HK')).toMatchObject({ kind: 'local', country: 'HK' });
    expect(normalizePhone('13812345678', 'HK')).toMatchObject({ kind: 'mobile', country: 'CN' });
  });

  it('reads several numbers of a cell in the region', () => {
    expect(phonesIn('0912-345-678／(02) 2345-6789', 'TW').map((p) => p?.normalized)).toEqual([
      '0912-345-678',
      '02-2345-6789',
    ]);
    expect(contactPhone('9123 4567（本人）、6123 4567', 'HK')?.normalized).toBe('9123 4567');
    expect(maskPhone('9123 4567／13812345678', 'HK')).toBe('9123 ****/138****5678');
    expect(contactPhone('9123 4567/12345', 'HK')).toBeNull();
  });
});

describe('masking free text by 地区', () => {
  it.each([
    ['TW', '陈 0912-345-678', '陈 0912-***-678'],
    ['TW', '林（02）2345-6789 分機 12', '林02-****-6789 分機 12'],
    ['TW', '台 +886 912 345 678', '台 0912-***-678'],
    ['TW', '07-123-4567 转前台', '07-***-4567 转前台'],
    ['TW', '赵 13955557705', '赵 139****7705'],
    ['TW', '港 9123 4567', '港 **** 4567'],
    ['HK', '陈 9123 4567', '陈 9123 ****'],
    ['HK', '陈 91234567', '陈 9123 ****'],
    ['HK', '陈 +852 6123 4567', '陈 6123 ****'],
    ['HK', '澳 +853 6612 3456', '澳 +853 **** 3456'],
    ['HK', '台 0912-345-678', '台 ****-**5-678'],
    ['MO', '何 6612 3456', '何 6612 ****'],
    ['MO', '何 +853 6612 3456', '何 6612 ****'],
    ['OTHER', 'Call +49 30 1234567', 'Call +49 ** ***4567'],
    ['OTHER', 'Tel +1 415 555 2671', 'Tel +1 *** *** 2671'],
    ['OTHER', '赵 13955557705', '赵 139****7705'],
    // A place not the team's own: its last four digits, as with its country code.
    ['CN', '台 0912-345-678', '台 ****-**5-678'],
    ['CN', '台 (02) 2345-6789', '台 (**) ****-6789'],
    ['CN', '港 9123 4567', '港 **** 4567'],
    ['CN', '澳 6612-3456', '澳 ****-3456'],
    // Where no 地区 is known, every place's numbers are masked.
    ['ANY', '港 91234567', '港 **** 4567'],
    ['ANY', '台 0912345678', '台 ****-**5-678'],
    ['ANY', '赵 13955557705', '赵 139****7705'],
  ] as const)('%s: %j → %j', (region, text, masked) => {
    expect(maskPhonesInText(text, region)).toBe(masked);
  });

  it.each([
    ['HK', '2026-10-12 09:00'],
    ['HK', '日期 20261012'],
    ['HK', 'KS-20261012-0001'],
    ['HK', '订单 1234567'],
    ['TW', '115/10/14 下午2:30'],
    ['TW', '115.10.14'],
    ['TW', '扣3分，罚款50元'],
    ['MO', '金额 19000000 元'],
    ['CN', '金额 50000000 元'],
    ['ANY', '2026-10-12 09:00'],
    ['ANY', 'KS-20261012-0001'],
  ] as const)('%s: leaves %j, which is no phone number, as it is', (region, text) => {
    expect(maskPhonesInText(text, region)).toBe(text);
  });

  it('masks an 8-digit run in 香港 that may be a phone there (over-masking is better than leaking)', () => {
    expect(maskPhonesInText('金额 50000000 元', 'HK')).toBe('金额 5000 **** 元');
  });
});
