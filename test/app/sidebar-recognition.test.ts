// The 表格识别 tab in a Taiwanese or Hong Kong user's script: what a sheet lacks and what each column
// was read as, said as they read it (客戶姓名, not 客户姓名), and in English for English users.

import { describe, expect, it } from 'vitest';
import { recognitionTab } from '../../src/app/operations/sidebar';
import { MemoryWorkbook } from '../fake/memory-workbook';

function workbook(): MemoryWorkbook {
  return MemoryWorkbook.of([
    {
      name: '客訴登記',
      rows: [
        ['客訴編號', '受理時間', '客訴內容', '處理狀態'],
        ['C001', new Date(Date.UTC(2026, 9, 13, 1)), '網路晚上常斷線，已經三天了', '處理中'],
        ['C002', new Date(Date.UTC(2026, 9, 13, 3)), '帳單金額與方案不符，要求退費', '已結案'],
      ],
    },
  ]);
}

describe('the 表格识别 tab', () => {
  it('names the missing fields and each column’s field in Traditional for zh-TW', () => {
    const [sheet] = recognitionTab(workbook(), 'zh-TW').sheets;
    expect(sheet?.kind).toBe('complaints');
    expect(sheet?.missingText).toContain('客戶姓名');
    expect(sheet?.missingText).toContain('聯繫電話');
    expect(sheet?.missingText).not.toMatch(/客户|联系/);
    const labels = (sheet?.columns ?? []).map((c) => c.fieldLabel);
    expect(labels).toContain('投訴內容');
  });

  it('names them in English for an English user', () => {
    const [sheet] = recognitionTab(workbook(), 'en').sheets;
    expect(sheet?.missingText).toContain('Customer');
    // Listed as English lists them (Customer, Phone, …), not with 、.
    expect(sheet?.missingText).toContain(', ');
    expect(sheet?.missingText).not.toContain('、');
    expect((sheet?.columns ?? []).map((c) => c.fieldLabel)).toContain('Complaint ID');
  });
});
