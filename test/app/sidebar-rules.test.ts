// The 规则 tab shows the parameters in force: a default as the region in force has it, and where 规则设置
// writes no 地区, the region the spreadsheet's time zone places the team in.

import { describe, expect, it } from 'vitest';
import { rulesTab } from '../../src/app/operations/sidebar';
import { MemoryWorkbook } from '../fake/memory-workbook';

const value = (json: ReturnType<typeof rulesTab>, name: string) =>
  json.parameters.find((p) => p.name === name)?.value;

describe('the rules tab', () => {
  it('shows Hong Kong’s defaults in a Hong Kong spreadsheet whose 规则设置 writes no 地区', () => {
    const wb = MemoryWorkbook.of([{ name: '规则设置', rows: [['参数', '值', '说明']] }], {
      timeZone: 'Asia/Hong_Kong',
    });
    const json = rulesTab(wb, 'zh');
    expect(value(json, '地区')).toBe('香港');
    expect(value(json, '时区')).toBe('Asia/Hong_Kong');
  });

  it('shows what the team wrote, and the mainland’s defaults in a Shanghai spreadsheet', () => {
    const wb = MemoryWorkbook.of(
      [
        {
          name: '规则设置',
          rows: [
            ['参数', '值', '说明'],
            ['地区', '台湾', ''],
          ],
        },
      ],
      { timeZone: 'Asia/Shanghai' },
    );
    const json = rulesTab(wb, 'zh');
    expect(value(json, '地区')).toBe('台湾');
    expect(value(json, '工作时间')).toBe('08:30-17:30');
    const plain = rulesTab(MemoryWorkbook.of([{ name: '规则设置', rows: [['参数', '值', '说明']] }]), 'zh');
    expect(value(plain, '地区')).toBe('中国大陆');
  });
});
