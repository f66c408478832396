// Workbooks laid out as real teams keep them (docs/domain.md, "Real sheets"), one per layout
// feature: title rows, a 填表说明 preamble, footers, a block per month, merged cells, a grouped
// header, headers with notes, exports of other systems, and two that are not ours at all.
// `npm run examples:make` writes them to examples/real/; the tests load the same data.

import ExcelJS from 'exceljs';

export type RealCell = string | number | boolean | Date | null;

export interface RealSheet {
  readonly name: string;
  readonly rows: readonly (readonly RealCell[])[];
  /** Merged ranges as the team made them ('A1:H1'). */
  readonly merges?: readonly string[];
}

export interface RealWorkbook {
  /** File name under examples/real/. */
  readonly file: string;
  /** What kind of real sheet it stands for. */
  readonly about: string;
  readonly sheets: readonly RealSheet[];
}

/** A Shanghai wall-clock time as the instant Sheets holds. */
export function at(y: number, mo: number, d: number, h = 0, mi = 0): Date {
  return new Date(Date.UTC(y, mo - 1, d, h - 8, mi));
}

const STAFF = ['王芳', '李娜', '张伟', '刘洋', '马丽', '陈静'];

function phone(i: number): string {
  return `138${String(10_000_000 + i * 7919).slice(-8)}`;
}

/** A store's complaint log: a merged title, a 填表日期 line, a 状态 column, no 方案时间, a footer. */
function storeComplaints(): RealWorkbook {
  const states = [
    '已处理',
    '未处理',
    '作废单',
    '已处理',
    '已处理',
    '未处理',
    '已处理',
    '作废单',
    '已处理',
    '已处理',
  ];
  const rows: RealCell[][] = [
    ['星光广场店顾客投诉登记表', null, null, null, null, null, null, null, null],
    ['填表日期：2026年11月', null, null, null, null, null, null, '店号：A012', null],
    ['序号', '投诉日期', '顾客姓名', '联系电话（手机）', '投诉内容', '受理人员', '处理结果', '状态', '备注'],
  ];
  states.forEach((state, i) => {
    rows.push([
      i + 1,
      at(2026, 11, 2 + i, 10 + (i % 6)),
      `顾客${i + 1}`,
      phone(i),
      ['店员态度差', '商品过期', '退货被拒', '收银多收', '排队太久'][i % 5] as string,
      STAFF[i % 4] as string,
      state === '已处理' ? '已道歉并赠券' : '',
      state,
      '',
    ]);
  });
  rows.push(['合计', null, `${states.length} 件`, null, null, null, null, null, null]);
  rows.push(['制表人：王芳', null, null, '审核：李娜', null, null, null, null, null]);
  return {
    file: 'store-complaints.xlsx',
    about:
      '门店顾客投诉登记表：标题行、填表日期行、状态列（已处理/未处理/作废单）、无方案时间列、合计与制表人行',
    sheets: [{ name: '投诉登记表', rows, merges: ['A1:I1'] }],
  };
}

/** A call-centre callback export with a 填表说明 preamble: the header on row 12. */
function callbackExport(): RealWorkbook {
  const rows: RealCell[][] = [
    ['电话回访记录'],
    ['填表说明：'],
    ['1. 每次回访后当天登记；'],
    ['2. 单号填写售后单号或投诉编号；'],
    ['3. 回访类型（1-售后30天；2-投诉后回访；3-质保到期前）；'],
    ['4. 满意度填写：很满意、基本满意、不满意；'],
    ['5. 客户不接电话的，两天后再回访一次；'],
    ['6. 电话号码填写客户本人手机；'],
    ['7. 不得泄露客户信息；'],
    ['8. 本表每周五交客服主管。'],
    [null],
    [
      '单号',
      '客户名称',
      '电话1',
      '回访日期',
      '回访类型（1-售后30天；2-投诉后回访；3-质保到期前）',
      '回访内容',
      '回访人员',
      '满意度评价',
    ],
  ];
  for (let i = 0; i < 8; i++) {
    rows.push([
      `SH-${2100 + i}`,
      `客户${i + 1}`,
      phone(40 + i),
      at(2026, 11, 3 + i, 15),
      ['售后30天', '投诉后回访', '质保到期前'][i % 3] as string,
      '产品使用正常，无其他问题',
      STAFF[4 + (i % 2)] as string,
      ['很满意', '基本满意', '很满意', '不满意'][i % 4] as string,
    ]);
  }
  return {
    file: 'callback-export.xlsx',
    about: '呼叫中心回访导出：前 11 行是填表说明，表头在第 12 行，表头带括号说明（回访类型（1-…））',
    sheets: [{ name: '导出数据', rows }],
  };
}

/** A ledger that stacks one block per month: a second title and the header again. */
function stackedLedger(): RealWorkbook {
  const header = ['日期', '姓名', '规则代码', '分值', '金额', '备注'];
  const rows: RealCell[][] = [['2026年10月奖罚登记'], header];
  const add = (month: number, count: number) => {
    for (let i = 0; i < count; i++) {
      rows.push([
        at(2026, month, 3 + i * 2),
        STAFF[i % STAFF.length] as string,
        ['G05', 'G04', 'A01'][i % 3] as string,
        null,
        null,
        '',
      ]);
    }
  };
  add(10, 5);
  rows.push([null]);
  rows.push(['2026年11月奖罚登记']);
  rows.push(header);
  add(11, 4);
  return {
    file: 'stacked-months.xlsx',
    about: '按月分块的奖罚登记：每月一个标题行加一遍表头，块之间有空行',
    sheets: [
      { name: '奖罚', rows },
      {
        name: '员工',
        rows: [
          ['员工姓名', '职务', '在职状态'],
          ...STAFF.map((n, i) => [n, i === 0 ? '主管' : '售后客服', '在职']),
        ],
      },
    ],
  };
}

/** A complaint log whose 投诉时间 and 受理人 are merged down over the complaints of one day. */
function mergedComplaints(): RealWorkbook {
  const rows: RealCell[][] = [
    ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人', '首次答复时间', '方案时间'],
  ];
  const days = [at(2026, 11, 16, 9), at(2026, 11, 17, 14)];
  for (let i = 0; i < 6; i++) {
    const day = days[i < 3 ? 0 : 1] as Date;
    const first = i === 0 || i === 3;
    rows.push([
      `KS-${300 + i}`,
      first ? day : null,
      `客户${i + 1}`,
      phone(80 + i),
      '快递送错地址',
      first ? (i < 3 ? '李娜' : '马丽') : null,
      new Date(day.getTime() + 2 * 3_600_000),
      new Date(day.getTime() + 20 * 3_600_000),
    ]);
  }
  return {
    file: 'merged-cells.xlsx',
    about: '投诉登记：同一天的投诉时间与受理人向下合并单元格（合并单元格的值属于它覆盖的每一行）',
    sheets: [{ name: '投诉记录', rows, merges: ['B2:B4', 'F2:F4', 'B5:B7', 'F5:F7'] }],
  };
}

/** A complaint log with a two-row grouped header: 投诉人信息 over 姓名 / 联系方式 / 身份. */
function groupedHeader(): RealWorkbook {
  const rows: RealCell[][] = [
    ['客户投诉处理记录表', null, null, null, null, null, null, null],
    ['序号', '投诉日期', '投诉人信息', null, null, '投诉内容', '处理情况', null],
    [null, null, '姓名', '联系方式', '身份', null, '处理人', '投诉状态'],
  ];
  for (let i = 0; i < 6; i++) {
    rows.push([
      i + 1,
      at(2026, 11, 10 + i, 11),
      `投诉人${i + 1}`,
      phone(120 + i),
      '会员',
      '维修后仍有异响',
      STAFF[1 + (i % 3)] as string,
      i % 2 === 0 ? '已解决' : '处理中',
    ]);
  }
  return {
    file: 'grouped-header.xlsx',
    about:
      '两行分组表头：“投诉人信息”合并在“姓名 / 联系方式 / 身份”之上，“处理情况”在“处理人 / 投诉状态”之上',
    sheets: [{ name: 'Sheet1', rows, merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:E2', 'F2:F3', 'G2:H2'] }],
  };
}

/** A repair work-order export: a registration, though 工单号 and 处理人员 are complaint words too. */
function workOrders(): RealWorkbook {
  const rows: RealCell[][] = [
    [
      '工单号',
      '报修时间',
      '客户名称',
      '联系电话',
      '产品名称',
      '故障描述',
      '处理人员',
      '处理结果',
      '解决时间',
    ],
  ];
  for (let i = 0; i < 7; i++) {
    const done = i % 3 !== 2;
    rows.push([
      `WX${20261100 + i}`,
      at(2026, 11, 1 + i, 9),
      `客户${i + 1}`,
      phone(200 + i),
      ['KF-200 冰箱', 'KF-300 空调', 'KF-120 洗衣机'][i % 3] as string,
      ['不制冷', '噪音大', '漏水'][i % 3] as string,
      STAFF[2 + (i % 2)] as string,
      done ? '已维修' : '处理中',
      done ? at(2026, 11, 3 + i, 16) : null,
    ]);
  }
  return {
    file: 'work-orders.xlsx',
    about: '维修工单导出（CRM）：报修时间、故障描述说明这是售后登记，而不是投诉',
    sheets: [{ name: '工单导出', rows }],
  };
}

/** A 12315 complaint export: 登记日期 and 投诉人电话, but a complaint log all the same. */
function complaint12315(): RealWorkbook {
  const rows: RealCell[][] = [
    ['登记编号', '登记日期', '投诉人姓名', '投诉人电话', '被投诉对象', '诉求', '处理状态', '办结时间'],
  ];
  for (let i = 0; i < 5; i++) {
    rows.push([
      `12315-${7700 + i}`,
      at(2026, 11, 4 + i, 10),
      `消费者${i + 1}`,
      phone(300 + i),
      '星光广场店',
      '要求退还多收款项',
      i < 3 ? '已办结' : '处理中',
      i < 3 ? at(2026, 11, 6 + i, 17) : null,
    ]);
  }
  return {
    file: '12315-export.xlsx',
    about: '12315 平台投诉导出：有“登记日期”“投诉人电话”，但“诉求”“被投诉对象”说明这是投诉',
    sheets: [{ name: '12315', rows }],
  };
}

/** A reward/penalty ledger written in words, as a department keeps it by hand. */
function freeTextLedger(): RealWorkbook {
  const rows: RealCell[][] = [
    ['客服部奖惩登记表', null, null, null, null, null],
    ['日期', '部门/项目', '姓名', '奖惩事由', '奖惩方式', '备注'],
    [at(2026, 10, 8), '客服部', '李娜', '未及时关闭对话框', '扣1分', ''],
    [at(2026, 10, 12), '客服部', '张伟', '客户中差评', '扣3分', ''],
    [at(2026, 10, 15), '客服部', '马丽', '私自离岗', '罚款50元，取消全勤', ''],
    [at(2026, 10, 20), '客服部', '张伟', '促销期间无条件加班', '加5分', ''],
    [at(2026, 10, 22), '客服部', '陈静', '服务质量投诉属实', '扣3分', '已撤销'],
    [at(2026, 10, 28), '客服部', '刘洋', '创新建议被采纳', '奖励100元', ''],
    ['制表：王芳', null, null, null, null, null],
  ];
  return {
    file: 'free-text-ledger.xlsx',
    about:
      '手写式奖惩登记表：没有规则代码和分值列，奖惩写在“奖惩方式”里（扣3分、罚款50元，取消全勤），“已撤销”在备注里',
    sheets: [
      { name: '奖惩登记表', rows, merges: ['A1:F1'] },
      {
        name: '员工名单',
        rows: [['姓名', '岗位', '状态'], ...STAFF.map((n, i) => [n, i === 0 ? '主管' : '售后客服', '在职'])],
      },
    ],
  };
}

/** A pre-sales report whose month is only in its title and its sheet name. */
function presalesReport(): RealWorkbook {
  const rows: RealCell[][] = [
    ['2026年10月售前客服数据', null, null, null],
    ['客服', '进线人数', '下单人数', '流失单'],
    ['李娜', 200, 120, 1],
    ['张伟', 180, 90, 3],
    ['刘洋', 150, 80, 0],
  ];
  return {
    file: 'presales-report.xlsx',
    about: '售前客服数据：没有月份列，月份写在标题和表名里（2026年10月、10月客服数据）',
    sheets: [{ name: '10月客服数据', rows, merges: ['A1:D1'] }],
  };
}

/** Two stores, one complaint log each: both are used. */
function twoStores(): RealWorkbook {
  const log = (store: string, offset: number): RealSheet => ({
    name: `${store}投诉`,
    rows: [
      ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人', '方案时间'],
      ...Array.from({ length: 4 }, (_, i) => [
        `${store}-${i + 1}`,
        at(2026, 11, 5 + i, 10),
        `客户${offset + i}`,
        phone(offset + i),
        '商品与描述不符',
        STAFF[1 + (i % 2)] as string,
        i % 2 === 0 ? at(2026, 11, 6 + i, 10) : null,
      ]),
    ],
  });
  return {
    file: 'two-stores.xlsx',
    about: '两家门店各一张投诉登记：两张表都被使用',
    sheets: [log('东门店', 400), log('西门店', 500)],
  };
}

/** Not ours: a contacts import template. */
function contactsTemplate(): RealWorkbook {
  return {
    file: 'contacts-import.xlsx',
    about: '反例：通讯录导入模板（姓名、手机、邮箱、公司、职位、地址），不应被识别为任何一类',
    sheets: [
      {
        name: '通讯录导入模板',
        rows: [
          ['姓名', '手机', '邮箱', '公司', '职位', '地址'],
          ['张三', '13800001111', 'zhang@example.com', '某某公司', '经理', '上海市浦东新区'],
          ['李四', '13900002222', 'li@example.com', '某某公司', '专员', '杭州市西湖区'],
        ],
      },
    ],
  };
}

/** Not ours: a plain list of phone numbers. */
function phoneList(): RealWorkbook {
  return {
    file: 'phone-list.xlsx',
    about: '反例：电话号码清单（序号、姓名、手机号码），不应被识别为任何一类',
    sheets: [
      {
        name: '电话清单',
        rows: [
          ['序号', '姓名', '手机号码'],
          ...Array.from({ length: 5 }, (_, i) => [i + 1, `联系人${i + 1}`, phone(600 + i)]),
        ],
      },
    ],
  };
}

/** A 100-column CRM export with complaint, callback and after-sales columns at once. */
function wideExport(): RealWorkbook {
  const header: string[] = [
    '投诉编号',
    '投诉时间',
    '投诉内容',
    '受理人',
    '首次答复时间',
    '客户姓名',
    '联系电话',
    '回访日期',
    '回访人',
    '回访内容',
    '回访类型',
    '技能满意度',
    '产品型号',
    '产品序列号',
    '购买日期',
    '问题描述',
    '登记人',
    '解决方案',
  ];
  while (header.length < 100) header.push(`自定义字段${header.length + 1}`);
  const row = header.map((_, i) => (i < 18 ? `值${i}` : ''));
  return {
    file: 'wide-export.xlsx',
    about: '100 列的 CRM 导出：同时有投诉、回访、售后登记的列，不猜，报告为无法确定',
    sheets: [{ name: '全量导出', rows: [header, row] }],
  };
}

/** Every layout, in the order the README lists them. */
export const REAL_WORKBOOKS: readonly RealWorkbook[] = [
  storeComplaints(),
  callbackExport(),
  stackedLedger(),
  mergedComplaints(),
  groupedHeader(),
  workOrders(),
  complaint12315(),
  freeTextLedger(),
  presalesReport(),
  twoStores(),
  contactsTemplate(),
  phoneList(),
  wideExport(),
];

/** One layout by its file name. */
export function realWorkbook(file: string): RealWorkbook {
  const found = REAL_WORKBOOKS.find((w) => w.file === file);
  if (!found) throw new Error(`no real workbook ${file}`);
  return found;
}

/** Writes sheets as an .xlsx file the way Excel stores them: dates as Shanghai wall-clock values, merges kept. */
export async function writeRealXlsx(sheets: readonly RealSheet[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((line, r) => {
      line.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        // Shanghai wall clock = instant + 8 h, stored as UTC fields.
        cell.value = v instanceof Date ? new Date(v.getTime() + 8 * 3_600_000) : v;
        if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
      });
    });
    for (const merge of sheet.merges ?? []) ws.mergeCells(merge);
  }
  await wb.xlsx.writeFile(file);
}
