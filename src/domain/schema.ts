// The one schema table: every sheet kind, its Chinese names, fields, header aliases and lists.

import { KefuError } from './errors';

/** How a field's cells are read. */
export type FieldType =
  | 'date'
  | 'datetime'
  | 'text'
  | 'phone'
  | 'enum'
  | 'staff'
  | 'rule'
  | 'number'
  | 'yesno'
  | 'month';

/** The editable lists behind enum fields. */
export type ListName =
  | 'channel'
  | 'category'
  | 'caseStatus'
  | 'satisfaction'
  | 'complaintChannel'
  | 'level'
  | 'callbackType'
  | 'role'
  | 'ruleRole'
  | 'staffState'
  | 'ledgerState'
  | 'fineMode'
  | 'clockMode'
  | 'holidayType';

export interface FieldSpec {
  /** Canonical Chinese name: the header the add-on writes and the JSON field name. */
  readonly key: string;
  /** English label, also accepted as a header. */
  readonly en: string;
  /** Other accepted headers (Chinese and English), besides key and en. */
  readonly aliases: readonly string[];
  readonly type: FieldType;
  /** `always`: every non-blank row needs it; `resolved`: once the case is resolved. */
  readonly required?: 'always' | 'resolved';
  readonly list?: ListName;
  /** Column width in pixels when the add-on creates the sheet. */
  readonly width?: number;
}

export type SheetKind =
  | 'registration'
  | 'complaints'
  | 'callbacks'
  | 'roster'
  | 'ledger'
  | 'presales'
  | 'params'
  | 'rules'
  | 'holidays';

export interface SheetSpec {
  readonly kind: SheetKind;
  /** The standard sheet name (created by set-up). */
  readonly name: string;
  readonly en: string;
  /** Other sheet names that identify the kind (titles of the paper forms, English names). */
  readonly nameAliases: readonly string[];
  /** The form title staff often put above the header. */
  readonly title: string;
  readonly fields: readonly FieldSpec[];
}

/** Default values of the editable lists. */
export const DEFAULT_LISTS: Readonly<Record<ListName, readonly string[]>> = {
  channel: ['线上', '线下', '其他'],
  category: [
    '催件',
    '查件',
    '非本人签收',
    '丢件',
    '破损',
    '错发货',
    '少发货',
    '少发赠品',
    '质量问题',
    '无效果',
    '包装问题',
    '退差价',
    '退货',
    '换货',
    '维修',
    '其他',
  ],
  caseStatus: ['处理中', '已解决', '已退货', '已换货', '已返修', '已关闭'],
  satisfaction: ['很满意', '基本满意', '不满意'],
  complaintChannel: ['电话', '旺旺', '微信', 'QQ', '现场', '邮件', '媒体', '其他'],
  level: ['普通', '重大'],
  callbackType: ['售后30天', '投诉后回访', '质保到期前', '上门拜访'],
  role: ['主管', '售前客服', '售后客服', '打单', '前台'],
  ruleRole: ['全员', '主管', '售前客服', '售后客服', '打单', '前台'],
  staffState: ['在职', '离职'],
  ledgerState: ['有效', '撤销'],
  fineMode: ['累进', '全额'],
  clockMode: ['自然时', '工作时'],
  holidayType: ['休', '班'],
};

const f = (
  key: string,
  en: string,
  type: FieldType,
  aliases: readonly string[] = [],
  extra: Partial<Pick<FieldSpec, 'required' | 'list' | 'width'>> = {},
): FieldSpec => ({ key, en, type, aliases, ...extra });

export const SHEETS: readonly SheetSpec[] = [
  {
    kind: 'registration',
    name: '售后登记',
    en: 'After-sales',
    nameAliases: ['售后服务登记表', '售后登记表', '售后服务登记', 'After-sales registration'],
    title: '售后服务登记表',
    fields: [
      f('登记日期', 'Registered', 'date', ['日期'], { required: 'always', width: 100 }),
      f('客户姓名', 'Customer', 'text', ['客户名称', '姓名'], { required: 'always' }),
      f('客户电话', 'Phone', 'phone', ['联系电话', '电话', '联系方式'], { required: 'always', width: 120 }),
      f('客户地址', 'Address', 'text', ['地址', '通讯地址'], { width: 180 }),
      f('产品型号', 'Model', 'text', ['型号', '产品名称', '名称/型号'], { required: 'always' }),
      f('产品序列号', 'Serial', 'text', ['序列号'], { width: 120 }),
      f('购买日期', 'Purchased', 'date', [], { width: 100 }),
      f('购买渠道', 'Channel', 'enum', [], { list: 'channel' }),
      f('问题分类', 'Category', 'enum', ['问题类型'], { list: 'category' }),
      f('问题描述', 'Problem', 'text', ['问题现象', '故障/原因'], { required: 'always', width: 200 }),
      f('登记人', 'Registered by', 'staff', ['记录员'], { required: 'always' }),
      f('解决方案', 'Solution', 'text', [], { required: 'resolved', width: 200 }),
      f('解决人', 'Resolved by', 'staff', ['处理人员'], { required: 'resolved' }),
      f('解决日期', 'Resolved', 'date', [], { required: 'resolved', width: 100 }),
      f('处理结果', 'Status', 'enum', ['处理状态'], { list: 'caseStatus' }),
      f('满意度', 'Satisfaction', 'enum', ['客户反馈'], { list: 'satisfaction' }),
    ],
  },
  {
    kind: 'complaints',
    name: '投诉登记',
    en: 'Complaints',
    nameAliases: ['顾客投诉登记表', '投诉登记表', '客户投诉登记表', 'Complaint log'],
    title: '顾客投诉登记表',
    fields: [
      f('投诉编号', 'Complaint ID', 'text', ['编号', '工单号', 'ID'], { width: 100 }),
      f('投诉时间', 'Received', 'datetime', ['受理时间', '呼入时间'], { required: 'always', width: 140 }),
      f('客户姓名', 'Customer', 'text', ['呼入客户名称', '姓名'], { required: 'always' }),
      f('联系电话', 'Phone', 'phone', ['电话', '客户电话'], { required: 'always', width: 120 }),
      f('投诉渠道', 'Channel', 'enum', ['渠道'], { list: 'complaintChannel' }),
      f('级别', 'Level', 'enum', ['投诉级别'], { list: 'level' }),
      f('投诉内容', 'Complaint', 'text', ['呼入内容'], { required: 'always', width: 220 }),
      f('被投诉人', 'About staff', 'staff', ['被投诉员工']),
      f('受理人', 'Handler', 'staff', ['处理人'], { required: 'always' }),
      f('首次答复时间', 'First reply', 'datetime', ['答复时间'], { width: 140 }),
      f('方案时间', 'Solution offered', 'datetime', ['方案给出时间'], { width: 140 }),
      f('结案时间', 'Closed', 'datetime', ['完成时间'], { width: 140 }),
      f('处理结果', 'Outcome', 'text', ['完成情况'], { width: 160 }),
      f('回访时间', 'Callback', 'datetime', [], { width: 140 }),
      f('回访满意度', 'Callback satisfaction', 'enum', ['满意度'], { list: 'satisfaction' }),
    ],
  },
  {
    kind: 'callbacks',
    name: '回访记录',
    en: 'Callbacks',
    nameAliases: ['电话回访记录台帐', '电话回访记录台账', '回访记录表', '回访台账', 'Callback log'],
    title: '电话回访记录台帐',
    fields: [
      f('关联编号', 'Case ID', 'text', ['案件编号', '投诉编号', '编号'], { width: 100 }),
      f('客户姓名', 'Customer', 'text', ['姓名'], { required: 'always' }),
      f('联系电话', 'Phone', 'phone', ['电话', '客户电话'], { required: 'always', width: 120 }),
      f('回访类型', 'Callback type', 'enum', ['类型'], { list: 'callbackType' }),
      f('应回访日期', 'Due date', 'date', [], { width: 100 }),
      f('实际回访时间', 'Called at', 'datetime', ['回访时间'], { width: 140 }),
      f('回访人', 'Called by', 'staff', [], { required: 'always' }),
      f('技能满意度', 'Skill satisfaction', 'enum', [], { list: 'satisfaction' }),
      f('服务态度满意度', 'Attitude satisfaction', 'enum', ['态度满意度'], { list: 'satisfaction' }),
      f('建议', 'Suggestions', 'text', ['客户建议', '意见'], { width: 200 }),
    ],
  },
  {
    kind: 'roster',
    name: '员工名单',
    en: 'Staff',
    nameAliases: ['员工花名册', '人员名单', '客服名单', 'Staff roster'],
    title: '员工名单',
    fields: [
      f('姓名', 'Name', 'text', ['员工姓名', '员工'], { required: 'always' }),
      f('岗位', 'Role', 'enum', ['职位', '职务'], { required: 'always', list: 'role' }),
      f('状态', 'Status', 'enum', ['在职状态'], { list: 'staffState' }),
      f('入职日期', 'Joined', 'date', [], { width: 100 }),
    ],
  },
  {
    kind: 'ledger',
    name: '奖惩登记',
    en: 'Ledger',
    nameAliases: ['每月奖罚登记表', '奖罚登记表', '奖罚登记', '奖惩登记表', 'Reward/penalty ledger'],
    title: '每月奖罚登记表',
    fields: [
      f('日期', 'Date', 'date', ['登记日期'], { required: 'always', width: 100 }),
      f('姓名', 'Name', 'staff', ['员工'], { required: 'always' }),
      f('规则代码', 'Rule', 'rule', ['代码', '奖惩事项']),
      f('分值', 'Points', 'number', ['加减分', '分数']),
      f('金额', 'Yuan', 'number', ['奖罚金额']),
      f('取消全勤', 'Cancels attendance bonus', 'yesno', []),
      f('状态', 'State', 'enum', [], { list: 'ledgerState' }),
      f('说明', 'Note', 'text', ['备注'], { width: 220 }),
    ],
  },
  {
    kind: 'presales',
    name: '售前绩效',
    en: 'Pre-sales KPI',
    nameAliases: ['售前考核', '售前绩效表', 'Pre-sales KPI'],
    title: '售前绩效',
    fields: [
      f('月份', 'Month', 'month', [], { required: 'always' }),
      f('姓名', 'Name', 'staff', ['员工'], { required: 'always' }),
      f('接待人数', 'Receptions', 'number', ['接待量']),
      f('成交笔数', 'Deals', 'number', ['成交量', '成交单数']),
      f('流失单数', 'Lost orders', 'number', ['流失单']),
    ],
  },
  {
    kind: 'params',
    name: '规则设置',
    en: 'Settings',
    nameAliases: ['参数设置', 'Settings'],
    title: '规则设置',
    fields: [
      f('参数', 'Parameter', 'text', ['参数名'], { required: 'always', width: 140 }),
      f('值', 'Value', 'text', ['参数值', '取值'], { width: 140 }),
      f('说明', 'Meaning', 'text', ['备注'], { width: 320 }),
    ],
  },
  {
    kind: 'rules',
    name: '奖惩规则',
    en: 'Rules',
    nameAliases: ['奖罚规则', '奖惩制度', 'Rule catalogue'],
    title: '奖惩规则',
    fields: [
      f('代码', 'Code', 'text', ['规则代码'], { required: 'always' }),
      f('岗位', 'Role', 'enum', ['适用岗位'], { list: 'ruleRole' }),
      f('事项', 'Item', 'text', ['奖惩事项'], { required: 'always', width: 260 }),
      f('分值', 'Points', 'number', ['加减分']),
      f('金额', 'Yuan', 'number', ['奖罚金额']),
      f('取消全勤', 'Cancels attendance bonus', 'yesno', []),
      f('每月免扣次数', 'Free per month', 'number', ['免扣次数']),
    ],
  },
  {
    kind: 'holidays',
    name: '节假日',
    en: 'Calendar',
    nameAliases: ['节假日设置', '假期', 'Calendar overrides', 'Holidays'],
    title: '节假日',
    fields: [
      f('日期', 'Date', 'date', [], { required: 'always', width: 100 }),
      f('类型', 'Type', 'enum', [], { required: 'always', list: 'holidayType' }),
      f('说明', 'Note', 'text', ['备注'], { width: 200 }),
    ],
  },
];

const BY_KIND = new Map<SheetKind, SheetSpec>(SHEETS.map((s) => [s.kind, s]));

/** The spec of a sheet kind. */
export function sheetSpec(kind: SheetKind): SheetSpec {
  const spec = BY_KIND.get(kind);
  if (!spec) throw new KefuError('internal', {}, `unknown sheet kind ${kind}`);
  return spec;
}

/** The spec of one field of a kind. */
export function fieldSpec(kind: SheetKind, key: string): FieldSpec {
  const field = sheetSpec(kind).fields.find((x) => x.key === key);
  if (!field) throw new KefuError('internal', {}, `unknown field ${kind}.${key}`);
  return field;
}

/** Names of the sheets the add-on owns and rebuilds; never user data. */
export const OWN_SHEETS = {
  report: '校验报告',
  scores: '月度考核',
  overdue: '超时投诉',
  callbacksDue: '回访计划',
} as const;

/** Marker that starts every note the add-on writes, so its marks are recognisable as its own. */
export const NOTE_PREFIX = '【客服助手】';
