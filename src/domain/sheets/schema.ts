// The one description of every sheet kind (docs/domain.md, "The sheets"): its names, its fields
// with their rules (required, no-future, date order, duplicate key), its role, and the editable
// lists. Readers, validation, set-up, recognition and the reports all derive from this table.

import type { MessageKey } from '../i18n/messages';

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

export interface FieldSpec<K extends string = string> {
  /** Canonical Chinese name: the header the add-on writes and the JSON field name. */
  readonly key: K;
  /** English label, also accepted as a header. */
  readonly en: string;
  /** Other accepted headers (Chinese and English), besides key and en. */
  readonly aliases: readonly string[];
  readonly type: FieldType;
  /** `always`: every non-blank row needs it; `resolved`: once the case is resolved. */
  readonly required?: 'always' | 'resolved';
  readonly list?: ListName;
  /** A date that may not lie in the future (plans such as 应回访日期 may). */
  readonly noFuture?: boolean;
  /** Only this kind has it (投诉内容, 回访日期…): its header weighs more when deciding a sheet's kind. */
  readonly distinctive?: boolean;
  /** A status column: its words (结案状态词, 作废状态词) say whether the row is closed or void. */
  readonly status?: boolean;
  /**
   * Patterns (on the normalised header) that name this field when no alias does: real sheets say
   * the same thing in more ways than any list holds (报修时间, 故障描述, 进线人数…).
   */
  readonly patterns?: readonly string[];
  /** Column width in pixels when the add-on creates the sheet. */
  readonly width?: number;
  /** For points and money: the 规则设置 limit a value's magnitude may not exceed. */
  readonly bound?: ItemLimit;
}

/** The 规则设置 limit each points-or-money field of the ledger and the rule catalogue answers to. */
export const ITEM_LIMITS = { 分值: 'maxItemPoints', 金额: 'maxItemYuan' } as const;

export type ItemLimit = (typeof ITEM_LIMITS)[keyof typeof ITEM_LIMITS];

/** `field` must not be before (notBefore) or after (notAfter) `other`. */
export interface DateOrder<F extends string = string> {
  readonly field: F;
  readonly other: F;
  readonly rule: 'notBefore' | 'notAfter';
}

/** Fields whose values together identify a row: a repeat is a duplicate, reported on the later row. */
export interface DuplicateRule<F extends string = string> {
  readonly fields: readonly F[];
  readonly severity: 'error' | 'warning';
  readonly message: MessageKey;
}

/** `data`: the team's records; `settings`: the small sheets that configure the add-on. */
export type SheetRole = 'data' | 'settings';

export interface SheetSpec<K extends string = string, F extends string = string> {
  readonly kind: K;
  readonly role: SheetRole;
  /** The standard sheet name (created by set-up). */
  readonly name: string;
  readonly en: string;
  /** Other sheet names that identify the kind (titles of the paper forms, English names). */
  readonly nameAliases: readonly string[];
  /** Words in a sheet's name that suggest the kind (投诉 → complaints): a signal, not a verdict. */
  readonly nameKeywords: readonly string[];
  /** The form title staff often put above the header. */
  readonly title: string;
  readonly fields: readonly FieldSpec<F>[];
  readonly order?: readonly DateOrder<NoInfer<F>>[];
  readonly duplicate?: DuplicateRule<NoInfer<F>>;
}

function field<const K extends string>(
  key: K,
  en: string,
  type: FieldType,
  aliases: readonly string[] = [],
  extra: Partial<
    Pick<
      FieldSpec,
      'required' | 'list' | 'width' | 'noFuture' | 'distinctive' | 'status' | 'patterns' | 'bound'
    >
  > = {},
): FieldSpec<K> {
  return { key, en, type, aliases, ...extra };
}

function sheet<const K extends string, const F extends string>(spec: SheetSpec<K, F>): SheetSpec<K, F> {
  return spec;
}

/**
 * Headers that name a phone however they are worded: 手机, 联系方式, 电话1…, and `tel` as a word of its
 * own in a header kept whole (TEL_NO, customer_tel), never inside one (Telecaller, Hotel).
 */
const PHONE_PATTERNS = ['(电话|手机|联系方式|联系号码|phone|mobile|(^|[^a-z])tel($|[^a-z]))'];

/** Default values of the editable lists. */
/** The satisfaction answers, best first (回访, the weekly summary's counts). */
export const SATISFACTION_ANSWERS = ['很满意', '基本满意', '不满意'] as const;

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
  satisfaction: SATISFACTION_ANSWERS,
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

const REGISTRATION = sheet({
  kind: 'registration',
  role: 'data',
  name: '售后登记',
  en: 'After-sales',
  nameAliases: ['售后服务登记表', '售后登记表', '售后服务登记', 'After-sales registration'],
  nameKeywords: ['售后', '维修', '报修', '退货', '退换', '返修'],
  title: '售后服务登记表',
  fields: [
    field(
      '登记日期',
      'Registered',
      'date',
      ['日期', '报修时间', '报修日期', '申请时间', '申请日期', '退货时间'],
      {
        required: 'always',
        noFuture: true,
        distinctive: true,
        patterns: ['^(报修|登记|申请|售后|退货|退换货?)(时间|日期)$'],
        width: 100,
      },
    ),
    field('客户姓名', 'Customer', 'text', ['客户名称', '姓名', '买家昵称', '买家', '客户昵称', '联系人'], {
      required: 'always',
    }),
    field('客户电话', 'Phone', 'phone', ['联系电话', '电话', '联系方式', '手机', '手机号', '手机号码'], {
      required: 'always',
      patterns: PHONE_PATTERNS,
      width: 120,
    }),
    field('客户地址', 'Address', 'text', ['地址', '通讯地址', '收货地址', '详细地址'], { width: 180 }),
    field(
      '单号',
      'Order / ticket no.',
      'text',
      ['订单编号', '订单号', '工单号', '售后单号', '服务单号', '维修单号'],
      // No pattern: a number is read by what it numbers, the after-sales record (保修单号, 退单号)
      // before the order it refers to (关联订单号), which a pattern on 订单号 would take first.
      { width: 120 },
    ),
    field('产品型号', 'Model', 'text', ['型号', '产品名称', '名称/型号', '商品名称', '宝贝名称', '商品'], {
      required: 'always',
      distinctive: true,
      patterns: ['(型号|商品|产品|宝贝|机型)'],
    }),
    field('产品序列号', 'Serial', 'text', ['序列号', 'sn', 'sn码', '机身码'], {
      distinctive: true,
      width: 120,
    }),
    field('购买日期', 'Purchased', 'date', ['购买时间', '下单时间', '下单日期'], {
      noFuture: true,
      distinctive: true,
      width: 100,
    }),
    field('购买渠道', 'Channel', 'enum', ['购买平台', '销售渠道'], { list: 'channel', distinctive: true }),
    field('问题分类', 'Category', 'enum', ['问题类型', '售后类型', '故障类型'], {
      list: 'category',
      distinctive: true,
    }),
    field(
      '问题描述',
      'Problem',
      'text',
      ['问题现象', '故障/原因', '故障描述', '故障现象', '退货原因', '售后原因', '具体描述'],
      {
        required: 'always',
        distinctive: true,
        patterns: ['(故障|问题|退货|退款|售后)(描述|现象|原因)'],
        width: 200,
      },
    ),
    field('登记人', 'Registered by', 'staff', ['记录员', '登记员', '记录人'], {
      required: 'always',
      distinctive: true,
    }),
    field('解决方案', 'Solution', 'text', ['处理方案', '处理方法', '处理措施'], {
      required: 'resolved',
      distinctive: true,
      width: 200,
    }),
    field('解决人', 'Resolved by', 'staff', ['处理人员', '维修人员', '维修员'], { required: 'resolved' }),
    field('解决日期', 'Resolved', 'date', ['解决时间', '处理完成时间', '完成日期'], {
      required: 'resolved',
      noFuture: true,
      distinctive: true,
      width: 100,
    }),
    field(
      '处理结果',
      'Status',
      'enum',
      ['处理状态', '退货状态', '售后状态', '维修结果', '当前状态', '状态'],
      {
        list: 'caseStatus',
        status: true,
      },
    ),
    field('满意度', 'Satisfaction', 'enum', ['客户反馈', '客户评价', '满意度评价'], { list: 'satisfaction' }),
  ],
  order: [
    { field: '购买日期', other: '登记日期', rule: 'notAfter' },
    { field: '解决日期', other: '登记日期', rule: 'notBefore' },
  ],
  duplicate: {
    fields: ['客户电话', '产品序列号', '登记日期'],
    severity: 'warning',
    message: 'issue.duplicate_case',
  },
});

const COMPLAINTS = sheet({
  kind: 'complaints',
  role: 'data',
  name: '投诉登记',
  en: 'Complaints',
  nameAliases: ['顾客投诉登记表', '投诉登记表', '客户投诉登记表', 'Complaint log'],
  nameKeywords: ['投诉', '客诉'],
  title: '顾客投诉登记表',
  fields: [
    field('投诉编号', 'Complaint ID', 'text', ['编号', '工单号', '工单编号', 'ID', '投诉单号', '登记编号'], {
      distinctive: true,
      width: 100,
    }),
    field(
      '投诉时间',
      'Received',
      'datetime',
      ['受理时间', '呼入时间', '投诉日期', '来电时间', '受理日期', '接诉时间'],
      {
        required: 'always',
        noFuture: true,
        distinctive: true,
        patterns: ['^(投诉|来电|受理|接诉|呼入|登记)(时间|日期)$'],
        width: 140,
      },
    ),
    field('客户姓名', 'Customer', 'text', ['呼入客户名称', '姓名', '客户名称', '买家昵称', '联系人'], {
      required: 'always',
    }),
    field('联系电话', 'Phone', 'phone', ['电话', '客户电话', '联系方式', '手机', '手机号', '手机号码'], {
      required: 'always',
      patterns: PHONE_PATTERNS,
      width: 120,
    }),
    field('投诉渠道', 'Channel', 'enum', ['渠道', '投诉来源', '来源', '投诉途径', '投诉方式'], {
      list: 'complaintChannel',
      distinctive: true,
    }),
    field('投诉类别', 'Category', 'text', ['投诉类型', '投诉分类', '投诉原因', '问题类型', '问题分类'], {
      distinctive: true,
    }),
    field('级别', 'Level', 'enum', ['投诉级别', '等级', '投诉等级', '严重程度'], {
      list: 'level',
      distinctive: true,
    }),
    field(
      '投诉内容',
      'Complaint',
      'text',
      ['呼入内容', '投诉事由', '投诉描述', '投诉事项', '诉求', '具体描述', '问题描述'],
      {
        required: 'always',
        distinctive: true,
        patterns: ['^投诉.*(内容|描述|事由|详情)$', '诉求(内容|描述|事由|详情|事项)?$'],
        width: 220,
      },
    ),
    field('被投诉人', 'About staff', 'staff', ['被投诉员工', '被投诉对象', '责任人'], { distinctive: true }),
    field('受理人', 'Handler', 'staff', ['处理人', '受理人员', '接待人', '经办人'], {
      required: 'always',
      distinctive: true,
    }),
    field(
      '首次答复时间',
      'First reply',
      'datetime',
      ['答复时间', '回复时间', '首次回复时间', '首次回复', '首次答复', '首次响应时间'],
      {
        noFuture: true,
        distinctive: true,
        width: 140,
      },
    ),
    field('方案时间', 'Solution offered', 'datetime', ['方案给出时间', '处理时间'], {
      noFuture: true,
      distinctive: true,
      width: 140,
    }),
    field(
      '结案时间',
      'Closed',
      'datetime',
      ['完成时间', '办结时间', '结案日期', '完结时间', '处理完成时间'],
      {
        noFuture: true,
        distinctive: true,
        width: 140,
      },
    ),
    field('处理结果', 'Outcome', 'text', ['完成情况', '最终结果', '处理情况', '处理意见'], {
      status: true,
      width: 160,
    }),
    field('处理状态', 'Status', 'text', ['投诉状态', '状态', '当前状态', '处理进度', '是否完结', '进度'], {
      status: true,
    }),
    field('回访时间', 'Callback', 'datetime', [], { noFuture: true, width: 140 }),
    field('回访满意度', 'Callback satisfaction', 'enum', ['满意度', '满意度评价', '客户评价'], {
      list: 'satisfaction',
    }),
  ],
  order: [
    { field: '首次答复时间', other: '投诉时间', rule: 'notBefore' },
    { field: '方案时间', other: '投诉时间', rule: 'notBefore' },
    { field: '结案时间', other: '方案时间', rule: 'notBefore' },
    { field: '回访时间', other: '结案时间', rule: 'notBefore' },
  ],
  duplicate: { fields: ['投诉编号'], severity: 'error', message: 'issue.duplicate_id' },
});

const CALLBACKS = sheet({
  kind: 'callbacks',
  role: 'data',
  name: '回访记录',
  en: 'Callbacks',
  nameAliases: ['电话回访记录台帐', '电话回访记录台账', '回访记录表', '回访台账', 'Callback log'],
  nameKeywords: ['回访'],
  title: '电话回访记录台帐',
  fields: [
    field('关联编号', 'Case ID', 'text', ['案件编号', '投诉编号', '编号', '单号', '工单号'], { width: 100 }),
    field('客户姓名', 'Customer', 'text', ['姓名', '客户名称', '联系人'], { required: 'always' }),
    field('联系电话', 'Phone', 'phone', ['电话', '客户电话', '联系方式', '手机', '手机号', '手机号码'], {
      required: 'always',
      patterns: PHONE_PATTERNS,
      width: 120,
    }),
    field('回访类型', 'Callback type', 'enum', ['类型', '回访方式'], {
      list: 'callbackType',
      distinctive: true,
    }),
    field('应回访日期', 'Due date', 'date', ['计划回访日期', '预约回访日期'], {
      distinctive: true,
      width: 100,
    }),
    field('实际回访时间', 'Called at', 'datetime', ['回访时间', '回访日期'], {
      noFuture: true,
      distinctive: true,
      patterns: ['^(实际)?回访(时间|日期)$'],
      width: 140,
    }),
    field('回访人', 'Called by', 'staff', ['回访人员', '回访客服', '回访员'], {
      required: 'always',
      distinctive: true,
    }),
    field('回访内容', 'What was said', 'text', ['回访记录', '回访情况', '回访结果', '回访说明'], {
      distinctive: true,
      patterns: ['^回访.*(内容|记录|情况|结果)$'],
      width: 200,
    }),
    field('技能满意度', 'Skill satisfaction', 'enum', [], { list: 'satisfaction', distinctive: true }),
    field(
      '服务态度满意度',
      'Attitude satisfaction',
      'enum',
      ['态度满意度', '服务满意度', '满意度', '满意度评价', '客户满意度'],
      {
        list: 'satisfaction',
        distinctive: true,
      },
    ),
    field('建议', 'Suggestions', 'text', ['客户建议', '意见'], { width: 200 }),
  ],
});

const ROSTER = sheet({
  kind: 'roster',
  role: 'settings',
  name: '员工名单',
  en: 'Staff',
  nameAliases: ['员工花名册', '人员名单', '客服名单', 'Staff roster'],
  nameKeywords: ['员工', '人员', '花名册', '名单'],
  title: '员工名单',
  fields: [
    field('姓名', 'Name', 'text', ['员工姓名', '员工', '客服姓名'], { required: 'always' }),
    field('岗位', 'Role', 'enum', ['职位', '职务', '岗位名称'], {
      required: 'always',
      list: 'role',
      distinctive: true,
    }),
    field('状态', 'Status', 'enum', ['在职状态', '在职情况'], { list: 'staffState' }),
    field('入职日期', 'Joined', 'date', ['入职时间'], { distinctive: true, width: 100 }),
  ],
  duplicate: { fields: ['姓名'], severity: 'error', message: 'issue.duplicate_name' },
});

const LEDGER = sheet({
  kind: 'ledger',
  role: 'data',
  name: '奖惩登记',
  en: 'Ledger',
  nameAliases: ['每月奖罚登记表', '奖罚登记表', '奖罚登记', '奖惩登记表', 'Reward/penalty ledger'],
  nameKeywords: ['奖惩', '奖罚'],
  title: '每月奖罚登记表',
  fields: [
    field('日期', 'Date', 'date', ['登记日期', '发生日期'], {
      required: 'always',
      noFuture: true,
      width: 100,
    }),
    field('部门', 'Department', 'text', ['部门/项目', '项目', '组别']),
    field('姓名', 'Name', 'staff', ['员工', '员工姓名'], { required: 'always' }),
    field('规则代码', 'Rule', 'rule', ['代码', '奖惩事项'], { distinctive: true }),
    field('奖惩事由', 'Reason', 'text', ['事由', '奖惩原因', '奖罚事由', '奖罚原因'], {
      distinctive: true,
      patterns: ['^(奖惩|奖罚|处罚|奖励)(事由|原因|内容)$'],
      width: 200,
    }),
    field('奖惩方式', 'Reward/penalty', 'text', ['奖惩结果', '奖罚方式', '处罚方式', '奖惩措施', '处理'], {
      distinctive: true,
      patterns: ['^(奖惩|奖罚|处罚|奖励)(方式|结果|措施|办法)$'],
      width: 160,
    }),
    field('分值', 'Points', 'number', ['加减分', '分数'], { bound: ITEM_LIMITS.分值 }),
    field('金额', 'Yuan', 'number', ['奖罚金额'], { bound: ITEM_LIMITS.金额 }),
    field('取消全勤', 'Cancels attendance bonus', 'yesno', [], { distinctive: true }),
    field('状态', 'State', 'enum', [], { list: 'ledgerState' }),
    field('说明', 'Note', 'text', ['备注'], { width: 220 }),
  ],
});

const PRESALES = sheet({
  kind: 'presales',
  role: 'data',
  name: '售前绩效',
  en: 'Pre-sales KPI',
  nameAliases: ['售前考核', '售前绩效表', 'Pre-sales KPI'],
  nameKeywords: ['绩效', '客服数据', '售前'],
  title: '售前绩效',
  fields: [
    field('月份', 'Month', 'month', ['统计月份'], { required: 'always', distinctive: true }),
    field('姓名', 'Name', 'staff', ['员工', '客服', '客服姓名', '员工姓名', '旺旺', '客服旺旺']),
    field('接待人数', 'Receptions', 'number', ['接待量', '进线人数', '咨询人数', '接待客户数'], {
      distinctive: true,
      patterns: ['^(接待|进线|咨询)(人数|量|数|客户数)$'],
    }),
    field('成交笔数', 'Deals', 'number', ['成交量', '成交单数', '下单人数', '成交人数', '成交笔数'], {
      distinctive: true,
      patterns: ['^(成交|下单|支付)(笔数|人数|单数|量|数)$'],
    }),
    field('流失单数', 'Lost orders', 'number', ['流失单', '流失人数'], { distinctive: true }),
  ],
});

const PARAMS = sheet({
  kind: 'params',
  role: 'settings',
  name: '规则设置',
  en: 'Settings',
  nameAliases: ['参数设置', 'Settings'],
  nameKeywords: [],
  title: '规则设置',
  fields: [
    field('参数', 'Parameter', 'text', ['参数名'], { required: 'always', distinctive: true, width: 140 }),
    field('值', 'Value', 'text', ['参数值', '取值'], { distinctive: true, width: 140 }),
    field('说明', 'Meaning', 'text', ['备注'], { width: 320 }),
  ],
});

const RULES = sheet({
  kind: 'rules',
  role: 'settings',
  name: '奖惩规则',
  en: 'Rules',
  nameAliases: ['奖罚规则', '奖惩制度', 'Rule catalogue'],
  nameKeywords: [],
  title: '奖惩规则',
  fields: [
    field('代码', 'Code', 'text', ['规则代码'], { required: 'always' }),
    field('岗位', 'Role', 'enum', ['适用岗位'], { list: 'ruleRole' }),
    field('事项', 'Item', 'text', ['奖惩事项'], { required: 'always', distinctive: true, width: 260 }),
    field('分值', 'Points', 'number', ['加减分'], { bound: ITEM_LIMITS.分值 }),
    field('金额', 'Yuan', 'number', ['奖罚金额'], { bound: ITEM_LIMITS.金额 }),
    field('取消全勤', 'Cancels attendance bonus', 'yesno', []),
    field('每月免扣次数', 'Free per month', 'number', ['免扣次数'], { distinctive: true }),
  ],
});

const HOLIDAYS = sheet({
  kind: 'holidays',
  role: 'settings',
  name: '节假日',
  en: 'Calendar',
  nameAliases: ['节假日设置', '假期', 'Calendar overrides', 'Holidays'],
  nameKeywords: [],
  title: '节假日',
  fields: [
    field('日期', 'Date', 'date', [], { required: 'always', width: 100 }),
    field('类型', 'Type', 'enum', [], { required: 'always', list: 'holidayType' }),
    field('说明', 'Note', 'text', ['备注'], { width: 200 }),
  ],
});

const MAPPING = sheet({
  kind: 'mapping',
  role: 'settings',
  name: '列名对照',
  en: 'Column mapping',
  nameAliases: ['Column mapping'],
  nameKeywords: [],
  title: '列名对照',
  fields: [
    field('表名', 'Sheet', 'text', [], { required: 'always', distinctive: true, width: 140 }),
    field('表格类型', 'Kind', 'text', [], { distinctive: true, width: 100 }),
    field('列名', 'Column', 'text', [], { distinctive: true, width: 140 }),
    field('字段', 'Field', 'text', [], { distinctive: true, width: 140 }),
  ],
});

/** Every sheet kind, in the order set-up creates them and recognition breaks ties. */
export const SHEETS = [
  REGISTRATION,
  COMPLAINTS,
  CALLBACKS,
  ROSTER,
  LEDGER,
  PRESALES,
  PARAMS,
  RULES,
  HOLIDAYS,
  MAPPING,
] as const;

type AnySheet = (typeof SHEETS)[number];
export type SheetKind = AnySheet['kind'];
/** The field keys of one kind: a misspelt field does not compile. */
export type FieldKey<K extends SheetKind> = Extract<AnySheet, { kind: K }>['fields'][number]['key'];

const BY_KIND = new Map<string, SheetSpec>(SHEETS.map((s) => [s.kind, s]));

/** The spec of a sheet kind. */
export function sheetSpec(kind: SheetKind): SheetSpec {
  return BY_KIND.get(kind) as SheetSpec;
}

/** The kinds that configure the add-on (roster, 规则设置, 奖惩规则, 节假日): small, read whole. */
export const SETTINGS_KINDS: ReadonlySet<SheetKind> = new Set(
  SHEETS.filter((s) => s.role === 'settings').map((s) => s.kind),
);

/** The sheets the add-on owns and rebuilds; never user data, never validated. */
export const OWN_SHEETS = {
  report: '校验报告',
  scores: '月度考核',
  overdue: '超时投诉',
  callbacksDue: '回访计划',
  weekly: '投诉周报',
} as const;

/**
 * What the add-on adds to one of its sheet names when the team already has a sheet of that name:
 * 校验报告（客服助手）.
 */
export const OWN_NAME_SUFFIX = '客服助手';

/** Marker that starts every note the add-on writes, so its marks are recognisable as its own. */
export const NOTE_PREFIX = '【客服助手】';
