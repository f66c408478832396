import { describe, expect, it } from 'vitest';
import {
  contactPhone,
  maskAddress,
  maskPhone,
  maskPhonesInText,
  normalizePhone,
  phonesIn,
} from '../../src/domain/phone';

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
