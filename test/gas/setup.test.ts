import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSetup } from '../../src/app/operations/setup';
import { PARAMETERS } from '../../src/domain/params/table';
import { DEFAULT_RULES } from '../../src/domain/scores/rules';
import { FakeWorkbook } from '../fake/spreadsheet';
import { installFake } from '../helpers/install';
import { sheetsPort } from '../helpers/sheets-port';
import { workbookState } from '../helpers/state';
import { teamWorkbook, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.unstubAllGlobals();
});

const port = () => sheetsPort();

describe('Set up sheets', () => {
  it('creates every standard sheet, with headers, frozen rows, formats and the defaults', () => {
    const wb = installFake(new FakeWorkbook());
    wb.addSheet('Sheet1');
    const result = runSetup(port(), 'zh');
    expect(result.created).toEqual([
      '售后登记',
      '投诉登记',
      '回访记录',
      '员工名单',
      '奖惩登记',
      '售前绩效',
      '规则设置',
      '奖惩规则',
      '节假日',
      '列名对照',
    ]);
    // 列名对照: a short note, then the header; no rows of its own.
    const mapping = wb.sheet('列名对照');
    expect(String(mapping.value(1, 1))).toMatch(/^列名对照：/);
    expect(mapping.snapshotValues()[1]).toEqual(['表名', '表格类型', '列名', '字段']);
    expect(mapping.lastRow()).toBe(2);
    expect(mapping.frozenRows).toBe(2);
    expect(mapping.fontWeight(2, 1)).toBe('bold');
    const reg = wb.sheet('售后登记');
    expect(reg.snapshotValues()[0]?.slice(0, 3)).toEqual(['登记日期', '客户姓名', '客户电话']);
    expect(reg.frozenRows).toBe(1);
    expect(reg.format(2, 1)).toBe('yyyy-mm-dd');
    expect(reg.format(2, 3)).toBe('@');
    expect(reg.fontWeight(1, 1)).toBe('bold');
    const params = wb.sheet('规则设置').snapshotValues();
    expect(params.slice(1).map((r) => r[0])).toEqual(PARAMETERS.map((p) => p.name));
    expect(params[1]).toEqual(['基础分', 100, '每月起始分']);
    expect(params[3]?.[1]).toBe('10,20,30,40');
    // The header is bold, not the last row of defaults.
    expect(wb.sheet('规则设置').fontWeight(1, 1)).toBe('bold');
    expect(wb.sheet('规则设置').fontWeight(params.length, 1)).not.toBe('bold');
    const rules = wb.sheet('奖惩规则').snapshotValues();
    expect(rules).toHaveLength(DEFAULT_RULES.length + 1);
    expect(rules.find((r) => r[0] === 'G09')).toEqual([
      'G09',
      '全员',
      '换班（每月 3 次免扣）',
      -2,
      '',
      '',
      3,
    ]);
    const statusColumn = (reg.snapshotValues()[0] ?? []).indexOf('处理结果') + 1;
    const status = reg.validation(2, statusColumn);
    expect(status?.getCriteriaValues()[0]).toEqual([
      '处理中',
      '已解决',
      '已退货',
      '已换货',
      '已返修',
      '已关闭',
    ]);
    expect(status?.getAllowInvalid()).toBe(true);
  });

  it('creates only what is missing and never changes an existing value', () => {
    const wb = installFake(toFake(teamWorkbook(false).sheets));
    const before = wb.sheets.map((s) => [s.name, s.snapshotValues()]);
    const result = runSetup(port(), 'zh');
    expect(result.created).toEqual(['回访记录', '奖惩规则', '节假日', '列名对照']);
    for (const [name, values] of before) {
      const now = wb.sheet(name as string).snapshotValues();
      if (name === '规则设置') expect(now.slice(0, (values as unknown[]).length)).toEqual(values);
      else expect(now).toEqual(values);
    }
    // The team's category list stays; the missing parameters are appended below it.
    const params = wb.sheet('规则设置').snapshotValues();
    expect(params[1]).toEqual(['问题分类选项', '质量问题、物流、其他', '本部门的分类']);
    expect(params).toHaveLength(1 + 3 + PARAMETERS.length - 3);
    const category = wb.sheet('售后记录2026').validation(4, 14);
    expect(category?.getCriteriaValues()[0]).toEqual(['质量问题', '物流', '其他']);
  });

  it('in Taipei, a 规则设置 whose 地区 is blank is read as Taiwan’s, and set-up adds Taiwan’s zone and hours', () => {
    const wb = installFake(new FakeWorkbook());
    wb.timeZone = 'Asia/Taipei';
    wb.addSheet('规则设置', [
      ['参数', '值', '说明'],
      ['地区', '', ''],
    ]);
    const result = runSetup(port(), 'zh');
    expect(result.region).toBe('TW');
    const params = wb.sheet('规则设置').snapshotValues();
    const value = (name: string) => params.find((r) => r[0] === name)?.[1];
    expect(value('地区')).toBe('');
    expect(value('时区')).toBe('Asia/Taipei');
    expect(value('工作时间')).toBe('08:30-17:30');
  });

  it('changes nothing when run a second time', () => {
    const wb = installFake(toFake(teamWorkbook(false).sheets));
    runSetup(port(), 'zh');
    const first = workbookState(wb);
    const again = runSetup(port(), 'zh');
    expect(again.created).toEqual([]);
    expect(again.parametersAdded).toEqual([]);
    expect(workbookState(wb)).toEqual(first);
  });

  it('leaves a column that has the team’s own validation alone', () => {
    const wb = installFake(toFake(teamWorkbook(false).sheets));
    const own = SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B'], true).build();
    SpreadsheetApp.getActive().getSheetByName('售后记录2026')!.getRange(10, 9).setDataValidation(own);
    runSetup(port(), 'zh');
    const sheet = wb.sheet('售后记录2026');
    expect(sheet.validation(10, 9)?.getCriteriaValues()[0]).toEqual(['A', 'B']);
    expect(sheet.validation(4, 9)).toBeNull();
    expect(sheet.validation(4, 13)?.getCriteriaValues()[0]).toEqual(['很满意', '基本满意', '不满意']);
  });
});
