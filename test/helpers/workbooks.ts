// Test workbooks described once, loadable into the Sheets fake or written as .xlsx.

import { writeRealXlsx } from '../../scripts/real-sheets';
import { MemoryWorkbook } from '../fake/memory-workbook';
import { FakeWorkbook } from '../fake/spreadsheet';

export type Cell = string | number | boolean | Date | null;
export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** Merged ranges such as 'A1:H1' (title rows). */
  readonly merges?: readonly string[];
}

/** The instant of a Shanghai wall-clock time, as a Date (what Sheets gives for a date cell). */
export function sh(y: number, mo: number, d: number, h = 0, mi = 0): Date {
  return new Date(Date.UTC(y, mo - 1, d, h - 8, mi));
}

/** Loads sheets into a fresh fake spreadsheet (time zone Asia/Shanghai). */
export function toFake(sheets: readonly SheetData[], locale = 'zh_CN'): FakeWorkbook {
  const wb = new FakeWorkbook('Asia/Shanghai', locale, locale.replace('_', '-'));
  for (const sheet of sheets) {
    const model = wb.addSheet(
      sheet.name,
      sheet.rows.map((r) => r.map((v) => (v === null ? '' : v))),
    );
    for (const a1 of sheet.merges ?? []) {
      const [from = '', to = from] = a1.split(':');
      const start = cellOf(from);
      const end = cellOf(to);
      model.merge(start.row, start.column, end.row - start.row + 1, end.column - start.column + 1);
    }
  }
  return wb;
}

/**
 * Loads sheets into a fresh in-memory workbook (time zone Asia/Shanghai): the port the operation
 * tests drive (test/fake/memory-workbook.ts).
 */
export function toMemory(sheets: readonly SheetData[], locale = 'zh_CN'): MemoryWorkbook {
  return MemoryWorkbook.of(sheets, { timeZone: 'Asia/Shanghai', locale });
}

/** Row and column of an A1 reference. */
function cellOf(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`not a cell: ${a1}`);
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

/** Writes sheets as an .xlsx file the way Excel stores them (dates as wall-clock values). */
export async function toXlsx(sheets: readonly SheetData[], file: string): Promise<void> {
  await writeRealXlsx(sheets, file);
}

/** An issue as the tests expect it. */
export interface Expected {
  sheet: string;
  row: number;
  field: string;
  code: string;
  severity: 'error' | 'warning';
}

/** "Today" for the team workbook's checks: 2026-11-05 10:00 in Shanghai. */
export const TEAM_NOW = sh(2026, 11, 5, 10).getTime();

/**
 * A team's workbook laid out unlike the demo: other sheet names, two title rows, English and
 * alias headers in another order, an edited category list. With `faults`, each planted
 * mistake is listed in `expected`; without, the same rows are correct.
 */
export function teamWorkbook(faults: boolean): { sheets: SheetData[]; expected: Expected[] } {
  const expected: Expected[] = [];
  const plant = <T extends Cell>(
    good: T,
    bad: Cell,
    issue?: Omit<Expected, 'severity'> & { severity?: 'error' | 'warning' },
  ) => {
    if (!faults) return good;
    if (issue) expected.push({ severity: 'error', ...issue });
    return bad;
  };
  const reg = '售后记录2026';
  const registrations: SheetData = {
    name: reg,
    merges: ['A1:N1'],
    rows: [
      ['XX 电器售后记录', null, null, null, null, null, null, null, null, null, null, null, null, null],
      [
        '部门：售后部　　负责人：周红',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        'Customer',
        '电话：',
        '日期',
        '型号',
        '序列号',
        '购买日期',
        '问题现象',
        '记录员',
        '处理状态',
        '解决方案',
        '处理人员',
        '解决日期',
        '满意度',
        '问题分类',
        '自定义列',
      ],
      // Row 4: fine.
      [
        '甲先生',
        '139 1234 0001',
        sh(2026, 11, 1),
        'X-1',
        'S001',
        sh(2026, 10, 1),
        '不制冷',
        '赵一',
        '处理中',
        null,
        null,
        null,
        null,
        '质量问题',
        'x',
      ],
      // Row 5: the phone.
      [
        '乙女士',
        plant('021-62340002', '1381234567', { sheet: reg, row: 5, field: '客户电话', code: 'invalid_phone' }),
        '2026/11/2',
        'X-2',
        'S002',
        '2026年10月2日',
        '噪音大',
        '赵一',
        '已解决',
        '更换风扇',
        '钱二',
        sh(2026, 11, 3),
        '很满意',
        '质量问题',
        null,
      ],
      // Row 6: a date that does not exist.
      [
        '丙先生',
        '13912340003',
        plant('2026.11.03', '2026/02/30', { sheet: reg, row: 6, field: '登记日期', code: 'invalid_date' }),
        'X-3',
        'S003',
        null,
        '漏水',
        '钱二',
        null,
        null,
        null,
        null,
        null,
        '物流',
        null,
      ],
      // Row 7: satisfaction not in the list; resolved without a solution.
      [
        '丁女士',
        '13912340004',
        sh(2026, 11, 3),
        'X-4',
        'S004',
        null,
        '显示错误',
        '赵一',
        '已返修',
        plant('返厂', null, { sheet: reg, row: 7, field: '解决方案', code: 'missing_required' }),
        '赵一',
        sh(2026, 11, 4),
        plant('基本满意', '还行吧', { sheet: reg, row: 7, field: '满意度', code: 'not_in_list' }),
        '质量问题',
        null,
      ],
      // Row 8: registered in the future (a warning), still open.
      [
        '戊先生',
        '13912340005',
        plant(sh(2026, 11, 4), sh(2026, 12, 1), {
          sheet: reg,
          row: 8,
          field: '登记日期',
          code: 'future_date',
          severity: 'warning',
        }),
        'X-5',
        'S005',
        null,
        '无法开机',
        '赵一',
        '处理中',
        null,
        null,
        null,
        null,
        // The team's own list (规则设置) has 物流 and no 破损.
        plant('物流', '破损', { sheet: reg, row: 8, field: '问题分类', code: 'not_in_list' }),
        null,
      ],
      [],
      // Row 10: the same case as row 4, written differently (a warning on the later row).
      [
        '甲先生',
        '+86 139-1234-0001',
        sh(2026, 11, 1),
        'X-1',
        plant('S001b', 'S001', {
          sheet: reg,
          row: 10,
          field: '客户电话',
          code: 'duplicate',
          severity: 'warning',
        }),
        sh(2026, 10, 1),
        '不制冷（重复）',
        '赵一',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      // Row 11: resolved on a day before it was registered.
      [
        '己女士',
        '0755-12340006',
        sh(2026, 11, 4),
        'X-6',
        'S006',
        null,
        '遥控失灵',
        '赵一',
        '已解决',
        '寄送遥控器',
        '钱二',
        plant(sh(2026, 11, 4), sh(2026, 11, 2), {
          sheet: reg,
          row: 11,
          field: '解决日期',
          code: 'date_order',
        }),
        null,
        null,
        null,
      ],
    ],
  };

  const cmp = 'Complaint log';
  const complaints: SheetData = {
    name: cmp,
    rows: [
      [
        '编号',
        '呼入时间',
        '呼入客户名称',
        '电话',
        '渠道',
        '投诉级别',
        '呼入内容',
        '被投诉员工',
        '处理人',
        '答复时间',
        '方案给出时间',
        '完成时间',
        '完成情况',
        '回访时间',
        '满意度',
      ],
      [
        'T-1',
        sh(2026, 11, 2, 9),
        '庚先生',
        '13912340007',
        '电话',
        '普通',
        '态度差',
        '赵一',
        '钱二',
        sh(2026, 11, 2, 10),
        sh(2026, 11, 3, 9),
        sh(2026, 11, 3, 10),
        '致歉',
        sh(2026, 11, 4, 15),
        '很满意',
      ],
      [
        plant('T-2', 'T-1', { sheet: cmp, row: 3, field: '投诉编号', code: 'duplicate' }),
        '2026-11-03 下午2:30',
        '辛女士',
        '13912340008',
        '微信',
        plant('重大', '待定', { sheet: cmp, row: 3, field: '级别', code: 'not_in_list' }),
        '少发货',
        null,
        plant('钱二', null, { sheet: cmp, row: 3, field: '受理人', code: 'missing_required' }),
        sh(2026, 11, 3, 15),
        plant(sh(2026, 11, 4, 9), sh(2026, 11, 3, 10), {
          sheet: cmp,
          row: 3,
          field: '方案时间',
          code: 'date_order',
        }),
        null,
        null,
        null,
        null,
      ],
      [
        'T-3',
        sh(2026, 11, 4, 11),
        '壬先生',
        '4008001234',
        '电话',
        null,
        '无人接听',
        null,
        '赵一',
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ],
  };

  const roster: SheetData = {
    name: '人员名单',
    rows: [
      ['姓名', '职位', '在职状态'],
      ['周红', '主管', '在职'],
      ['赵一', '售后客服', '在职'],
      ['钱二', '售后客服', '在职'],
      ['孙三', '售前客服', '在职'],
      [
        '李四',
        plant('打单', '打字员', { sheet: '人员名单', row: 6, field: '岗位', code: 'not_in_list' }),
        '离职',
      ],
      plant('吴五', '赵一', { sheet: '人员名单', row: 7, field: '姓名', code: 'duplicate' }) === '赵一'
        ? ['赵一', '前台', '在职']
        : ['吴五', '前台', '在职'],
    ],
  };

  const led = '奖罚';
  const ledger: SheetData = {
    name: led,
    rows: [
      ['十一月奖罚', null, null, null, null, null, null, null],
      ['登记日期', '员工', '代码', '加减分', '奖罚金额', '取消全勤', '状态', '备注'],
      [sh(2026, 11, 2), '赵一', 'G05', '−3', null, null, null, 'Unicode 减号'],
      [sh(2026, 11, 2), '钱二', 'a01', '3分', null, null, '有效', '小写代码'],
      [
        sh(2026, 11, 3),
        '孙三',
        'G04',
        plant('＋2', 'abc', { sheet: led, row: 5, field: '分值', code: 'invalid_number' }),
        null,
        null,
        null,
        null,
      ],
      [
        sh(2026, 11, 3),
        '赵一',
        'C01',
        null,
        '-30',
        plant('是', '可能', { sheet: led, row: 6, field: '取消全勤', code: 'not_in_list' }),
        null,
        null,
      ],
      [
        sh(2026, 11, 3),
        '钱二',
        'G09',
        null,
        null,
        null,
        plant('撤销', '作废', { sheet: led, row: 7, field: '状态', code: 'not_in_list' }),
        null,
      ],
      [
        sh(2026, 11, 4),
        '赵一',
        plant('G11', 'Z01', { sheet: led, row: 8, field: '规则代码', code: 'unknown_rule' }),
        '-1',
        null,
        null,
        null,
        null,
      ],
      [
        sh(2026, 11, 4),
        '孙三',
        plant('P01', 'D01', {
          sheet: led,
          row: 9,
          field: '规则代码',
          code: 'role_mismatch',
          severity: 'warning',
        }),
        null,
        null,
        null,
        null,
        null,
      ],
      [
        sh(2026, 11, 4),
        plant('周红', '路人', { sheet: led, row: 10, field: '姓名', code: 'unknown_staff' }),
        'S02',
        null,
        null,
        null,
        null,
        null,
      ],
      [
        plant(sh(2026, 11, 5), sh(2026, 11, 20), {
          sheet: led,
          row: 11,
          field: '日期',
          code: 'future_date',
          severity: 'warning',
        }),
        '赵一',
        'G07',
        null,
        null,
        null,
        null,
        null,
      ],
    ],
  };

  const settings: SheetData = {
    name: '规则设置',
    rows: [
      ['参数', '值', '说明'],
      ['问题分类选项', '质量问题、物流、其他', '本部门的分类'],
      [
        '罚款方式',
        plant('全额', '按天', { sheet: '规则设置', row: 3, field: '值', code: 'not_in_list' }),
        null,
      ],
      [
        '基础分',
        plant(100, '一百', { sheet: '规则设置', row: 4, field: '值', code: 'invalid_number' }),
        null,
      ],
    ],
  };

  const presales: SheetData = {
    name: '售前绩效',
    rows: [
      ['月份', '姓名', '接待人数', '成交笔数', '流失单数'],
      [
        plant('2026-11', '2026年13月', { sheet: '售前绩效', row: 2, field: '月份', code: 'invalid_date' }),
        '孙三',
        80,
        44,
        0,
      ],
    ],
  };

  const memo: SheetData = {
    name: '值班表',
    rows: [
      ['周一', '赵一'],
      ['周二', '钱二'],
    ],
  };
  return { sheets: [registrations, complaints, roster, ledger, settings, presales, memo], expected };
}
