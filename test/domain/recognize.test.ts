import { describe, expect, it } from 'vitest';
import { recognizeSheet } from '../../src/domain/recognize';
import { normalizeHeader } from '../../src/domain/text';

describe('normalizeHeader', () => {
  it.each([
    ['客户电话', '客户电话'],
    [' 客户 电话 ', '客户电话'],
    ['客户电话：', '客户电话'],
    ['客户电话:', '客户电话'],
    ['名称／型号', '名称/型号'],
    ['（备注）', '(备注)'],
    ['Phone', 'phone'],
    ['客户姓名*', '客户姓名'],
  ])('normalises %j', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });
});

describe('recognizeSheet', () => {
  it('finds the header below a title row, with aliases and columns in any order', () => {
    const rows = [
      ['售后服务登记表', '', '', ''],
      ['联系方式', '客户名称：', '名称／型号', '日期', '故障/原因', '记录员', '自己的列'],
      ['13812345678', '张三', 'KF-1', '2026-10-01', '坏了', '马丽', 'x'],
    ];
    const layout = recognizeSheet('Sheet1', rows).layout;
    expect(layout?.kind).toBe('registration');
    expect(layout?.headerRow).toBe(2);
    expect(layout?.columns).toEqual({
      客户电话: 0,
      客户姓名: 1,
      产品型号: 2,
      登记日期: 3,
      问题描述: 4,
      登记人: 5,
    });
    expect(layout?.missingRequired).toEqual([]);
  });

  it('recognises a sheet by its name even without a header yet', () => {
    const layout = recognizeSheet('投诉登记', []).layout;
    expect(layout).toMatchObject({ kind: 'complaints', headerRow: null, source: 'name' });
    expect(layout?.missingRequired).toContain('投诉时间');
  });

  it('recognises a form title used as the sheet name', () => {
    expect(recognizeSheet('每月奖罚登记表', [['日期', '姓名', '代码']]).layout?.kind).toBe('ledger');
  });

  it('names the required columns that are missing', () => {
    const layout = recognizeSheet('Sheet1', [['日期', '姓名', '规则代码', '分值', '金额']]).layout;
    expect(layout?.kind).toBe('ledger');
    expect(layout?.missingRequired).toEqual([]);
    const noDate = recognizeSheet('Sheet2', [['姓名', '规则代码', '分值', '金额', '说明']]).layout;
    expect(noDate?.kind).toBe('ledger');
    expect(noDate?.missingRequired).toEqual(['日期']);
  });

  it('prefers the exact canonical header over an alias of the same field', () => {
    const layout = recognizeSheet('售后登记', [
      ['日期', '登记日期', '客户姓名', '客户电话', '产品型号', '问题描述', '登记人'],
    ]).layout;
    expect(layout?.columns['登记日期']).toBe(1);
  });

  it('tells the roster from the ledger though both have 姓名 and 状态', () => {
    expect(recognizeSheet('A', [['姓名', '岗位', '状态', '入职日期']]).layout?.kind).toBe('roster');
    expect(recognizeSheet('B', [['日期', '姓名', '规则代码', '分值', '状态']]).layout?.kind).toBe('ledger');
  });

  it('recognises English headers', () => {
    const layout = recognizeSheet('Cases', [
      ['Registered', 'Customer', 'Phone', 'Model', 'Problem', 'Registered by'],
    ]).layout;
    expect(layout?.kind).toBe('registration');
  });

  it('leaves a sheet of no kind alone', () => {
    expect(
      recognizeSheet('备忘', [['本月重点：双十一前完成培训'], ['值班安排见群公告']]).layout,
    ).toBeUndefined();
    expect(recognizeSheet('Sheet9', [['日期', '说明']]).layout).toBeUndefined();
  });

  it('finds the header anywhere in the first 30 rows, and no further', () => {
    const header = ['日期', '姓名', '规则代码', '分值', '金额'];
    const preamble = Array.from({ length: 29 }, (_, i) => [`填表说明 ${i + 1}：…`]);
    expect(recognizeSheet('Sheet1', [...preamble, header]).layout?.headerRow).toBe(30);
    expect(recognizeSheet('Sheet1', [...preamble, [''], header]).layout).toBeUndefined();
  });
});
