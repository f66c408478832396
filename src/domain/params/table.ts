// The parameters of 规则设置 (docs/domain.md, "Parameters"), each described once: its name, default,
// type, meaning, the setting it fills and what a bad value stops. Reading them derives from the table.

import { DEFAULT_LISTS, type ItemLimit, type ListName } from '../sheets/schema';
import { normalizeHeader } from '../text';
import type { Region } from './region';

export type ParamType =
  | 'number'
  | 'percent'
  | 'bands'
  | 'fineMode'
  | 'clockMode'
  | 'workHours'
  | 'timeZone'
  | 'region'
  | 'email'
  | 'webhook'
  | 'secret'
  | 'weeklyTime'
  | 'list'
  | 'words'
  | 'synonyms';

/** The value each parameter type reads to. Percentages are whole basis points (55% is 5500). */
interface ParamValues {
  number: number;
  percent: number;
  bands: readonly [number, number, number, number];
  fineMode: '累进' | '全额';
  clockMode: '自然时' | '工作时';
  workHours: { readonly start: number; readonly end: number };
  timeZone: string;
  region: Region;
  email: string;
  /** A robot's webhook URL ('' for none): https, or http on this computer (for testing). */
  webhook: string;
  secret: string;
  /** Weekday (Monday 1 … Sunday 7) and minutes after midnight. */
  weeklyTime: { readonly weekday: number; readonly minutes: number };
  list: readonly string[];
  words: readonly string[];
  /**
   * Written form (normalised) → the standard values it stands for, in the order written: one per
   * list at most (一般 is 普通 as a level and 基本满意 as a satisfaction).
   */
  synonyms: ReadonlyMap<string, readonly string[]>;
}

/**
 * Parameter types whose values are Chinese words: set-up writes them in the user's script (累進,
 * 工作時, 週一 09:00, 臺灣) and 规则设置 reads either.
 */
export const WORDED_TYPES: ReadonlySet<ParamType> = new Set<ParamType>([
  'fineMode',
  'clockMode',
  'weeklyTime',
  'region',
]);

/**
 * What a parameter that cannot be read stops: `scores` refuses the monthly scores, `all` refuses
 * every operation (the time zone: every date would be misread); null means its default is used and
 * the problem is reported by validation.
 */
export type ParamStops = 'scores' | 'all' | null;

export interface ParamSpec<S extends string = string, T extends ParamType = ParamType> {
  /** The setting it fills. */
  readonly key: S;
  /** The exact 参数 name. */
  readonly name: string;
  /** The default as written in the sheet. */
  readonly value: string;
  readonly type: T;
  readonly stops: ParamStops;
  readonly zh: string;
  readonly en: string;
  /** For list parameters: the list they edit. */
  readonly list?: ListName;
}

function param<const S extends string, const T extends ParamType>(
  key: S,
  name: string,
  value: string,
  type: T,
  stops: ParamStops,
  zh: string,
  en: string,
  list?: ListName,
): ParamSpec<S, T> {
  return { key, name, value, type, stops, zh, en, ...(list ? { list } : {}) };
}

/** The values people write for the standard ones (docs/domain.md, "Values people write"). */
const DEFAULT_SYNONYMS = [
  '非常满意=很满意',
  '满意=基本满意',
  '一般=基本满意',
  '一般=普通',
  '严重=重大',
  '紧急=重大',
  '特急=重大',
  '高=重大',
  '中=普通',
  '低=普通',
  'high=重大',
  'urgent=重大',
  'critical=重大',
  'major=重大',
  'p1=重大',
  'p2=重大',
  'medium=普通',
  'normal=普通',
  'low=普通',
  'minor=普通',
  'p3=普通',
  'p4=普通',
  '较满意=基本满意',
  '很不满意=不满意',
  '已处理=已解决',
  '已完成=已解决',
  '已维修=已返修',
  '已换新机=已换货',
  '已退款=已退货',
  '热线=电话',
  '400=电话',
  '企业微信=微信',
  '千牛=旺旺',
  '淘宝=旺旺',
  '在线平台=其他',
].join(',');

const listParam = <const S extends string>(key: S, name: string, list: ListName, zh: string, en: string) =>
  param(key, name, DEFAULT_LISTS[list].join('、'), 'list', null, zh, en, list);

export const PARAMETERS = [
  param('base', '基础分', '100', 'number', 'scores', '每月起始分', 'monthly starting score'),
  param(
    'fineMode',
    '罚款方式',
    '累进',
    'fineMode',
    'scores',
    '累进（分档累进）或 全额（按最终所在档全额计）',
    '累进 (progressive bands) or 全额 (flat)',
  ),
  param(
    'bands',
    '罚款档位',
    '10,20,30,40',
    'bands',
    'scores',
    '100–90、90–80、80–70、70–60 各档每分罚款（元）',
    'yuan a point in the bands 100–90, 90–80, 80–70, 70–60',
  ),
  param(
    'dismissalLine',
    '解雇线',
    '60',
    'number',
    'scores',
    '低于此分：解雇审查',
    'below it: dismissal review',
  ),
  param(
    'highScoreLine',
    '满分奖励线',
    '110',
    'number',
    'scores',
    '达到此分获满分奖励',
    'score that earns the extra reward',
  ),
  param('highScoreReward', '满分奖励金额', '100', 'number', 'scores', '元', 'yuan'),
  param('attendanceBonus', '全勤奖', '100', 'number', 'scores', '元', 'yuan'),
  param('performanceBonus', '表现奖', '200', 'number', 'scores', '元', 'yuan'),
  param(
    'supervisorReward',
    '主管奖励',
    '100',
    'number',
    'scores',
    '元，团队半数及以上达到 100 分时',
    'yuan, when ≥ 50% of the team scores ≥ 100',
  ),
  param(
    'supervisorPenalty',
    '主管扣罚',
    '100',
    'number',
    'scores',
    '元，团队有人低于解雇线时',
    'yuan, when anyone in the team scores below 解雇线',
  ),
  param(
    'conversionBaselineBp',
    '转化率基准',
    '55%',
    'percent',
    'scores',
    '售前转化率基准（也可写 0.55）',
    'pre-sales conversion baseline (0.55 also accepted)',
  ),
  param(
    'pointsPerConversionPoint',
    '转化率每百分点',
    '0.5',
    'number',
    'scores',
    '每个整百分点的加减分',
    'points per whole percentage point',
  ),
  param(
    'pointsPerLostOrder',
    '流失单扣分',
    '0.5',
    'number',
    'scores',
    '每个流失单扣分',
    'points per lost order',
  ),
  param(
    'maxItemPoints',
    '单项分值上限',
    '100',
    'number',
    'scores',
    '一行奖惩或一条规则的分值（加或减）超过它即报错，不计入考核',
    'a ledger row or rule whose points (either sign) exceed it is reported and not counted',
  ),
  param(
    'maxItemYuan',
    '单项金额上限',
    '10000',
    'number',
    'scores',
    '一行奖惩或一条规则的金额（元，奖或罚）超过它即报错，不计入考核',
    'a ledger row or rule whose yuan (either sign) exceed it is reported and not counted',
  ),
  param('replyHoursNormal', '普通答复时限', '24', 'number', null, '小时', 'hours'),
  param('solutionHoursNormal', '普通方案时限', '72', 'number', null, '小时', 'hours'),
  param('replyHoursMajor', '重大答复时限', '2', 'number', null, '小时', 'hours'),
  param('solutionHoursMajor', '重大方案时限', '24', 'number', null, '小时', 'hours'),
  param('dueSoonHours', '即将超时提醒', '4', 'number', null, '截止前多少小时提醒', 'hours before a deadline'),
  param(
    'clockMode',
    '计时方式',
    '自然时',
    'clockMode',
    null,
    '自然时（日历小时）或 工作时（工作日的工作时间）',
    '自然时 (calendar hours) or 工作时 (working hours on working days)',
  ),
  param(
    'workHours',
    '工作时间',
    '09:00-18:00',
    'workHours',
    null,
    '工作时段，用于工作时',
    'the working day, for 工作时',
  ),
  param(
    'callbackDays',
    '售后回访天数',
    '30',
    'number',
    null,
    '解决后多少天回访',
    'a resolved case is due a callback this many days after 解决日期',
  ),
  param(
    'callbackTargetBp',
    '回访目标率',
    '100%',
    'percent',
    null,
    '每月回访率目标',
    'monthly callback-rate target',
  ),
  param(
    'complaintCallbackDays',
    '投诉回访天数',
    '3',
    'number',
    null,
    '投诉给出方案（或结案）后多少天回访',
    'a complaint is due a callback this many days after its solution (or closing)',
  ),
  param('warrantyMonths', '质保月数', '12', 'number', null, '质保期（月）', 'warranty length (months)'),
  param(
    'warrantyCallbackDays',
    '质保到期前回访天数',
    '30',
    'number',
    null,
    '质保到期前多少天回访',
    'callback due this many days before the warranty ends',
  ),
  param(
    'region',
    '地区',
    '中国大陆',
    'region',
    null,
    '中国大陆、香港、澳门、台湾或其他：决定节假日日历、本地电话号码、民国纪年日期、04/11/2026 这类日期先日还是先月，以及时区和工作时间的默认值',
    '中国大陆, 香港, 澳门, 台湾 or 其他: the holiday calendar, local phone numbers, ROC dates, whether 04/11/2026 is day or month first, and the default time zone and working day',
  ),
  param(
    'timeZone',
    '时区',
    'Asia/Shanghai',
    'timeZone',
    'all',
    '读取与显示时间所用时区',
    'time zone for reading and showing times',
  ),
  param(
    'reminderEmail',
    '提醒邮箱',
    '',
    'email',
    null,
    '超时提醒发送地址；留空则不发邮件',
    'where the overdue digest goes; empty: no e-mail',
  ),
  param(
    'robotWebhook',
    '提醒群机器人',
    '',
    'webhook',
    null,
    '旧版本的位置，请留空：群机器人请用菜单“群机器人设置…”设置（这里的内容任何能查看表格的人都能看到）',
    'where earlier versions kept it; leave empty: set the group robot in the menu "Group robot settings…" (anyone who can view the spreadsheet can read this cell)',
  ),
  param(
    'robotSecret',
    '群机器人密钥',
    '',
    'secret',
    null,
    '旧版本的位置，请留空：签名密钥请用菜单“群机器人设置…”设置',
    'where earlier versions kept it; leave empty: set the signing secret in the menu "Group robot settings…"',
  ),
  param(
    'weeklyTime',
    '周报时间',
    '周一 09:00',
    'weeklyTime',
    null,
    '每周投诉汇总发到群里的时间（每小时刷新开启时）',
    'when the weekly complaint summary is posted to the group (with the hourly refresh on)',
  ),
  param(
    'closedWords',
    '结案状态词',
    '已处理,已解决,已完成,已结案,已关闭,已回复,已办结,完结,结案,退款成功,已退款,solved,closed,resolved,completed,done,refunded,fixed',
    'words',
    null,
    '状态列含其中一个词即视为已结案（含“未”字的除外，如“未处理”）',
    'a status cell containing one of these means closed (not when it also says 未, as in 未处理)',
  ),
  param(
    'voidWords',
    '作废状态词',
    '作废,无效,重复登记,撤销,撤回,撤诉,cancelled,canceled,withdrawn,duplicate,spam,void',
    'words',
    null,
    '状态列含其中一个词即视为作废：不计入任何统计',
    'a status cell containing one of these means void: counted in no figure',
  ),
  param(
    'synonyms',
    '取值同义词',
    DEFAULT_SYNONYMS,
    'synonyms',
    null,
    '“写法=标准值”，逗号分隔：这些写法按标准值处理',
    '`written=standard` pairs, comma-separated: read as the standard value',
  ),
  // Editable lists behind the dropdowns and the not_in_list check (comma or 、 separated).
  listParam(
    'channelList',
    '购买渠道选项',
    'channel',
    '售后登记“购买渠道”的可选值',
    'choices of 购买渠道 (after-sales)',
  ),
  listParam(
    'categoryList',
    '问题分类选项',
    'category',
    '售后登记“问题分类”的可选值',
    'choices of 问题分类 (after-sales)',
  ),
  listParam(
    'complaintChannelList',
    '投诉渠道选项',
    'complaintChannel',
    '投诉登记“投诉渠道”的可选值',
    'choices of 投诉渠道 (complaints)',
  ),
  listParam(
    'callbackTypeList',
    '回访类型选项',
    'callbackType',
    '回访记录“回访类型”的可选值',
    'choices of 回访类型 (callbacks)',
  ),
] as const;

type AnyParam = (typeof PARAMETERS)[number];

/** The settings in force: one value per parameter, and the editable lists they make up. */
export type Settings = { readonly [P in AnyParam as P['key']]: ParamValues[P['type']] } & {
  readonly lists: Readonly<Record<ListName, readonly string[]>>;
};

/** A parameter whose value cannot be read: reported, never silently replaced by its default. */
export interface ParameterProblem {
  readonly name: string;
  /** Sheet row of the parameter, or null for a default. */
  readonly row: number | null;
  readonly value: string;
  readonly expected: ParamType;
  readonly stops: ParamStops;
}

export const BY_NAME = new Map<string, ParamSpec>(PARAMETERS.map((p) => [normalizeHeader(p.name), p]));

/** The 参数 name of the parameter that fills a setting. */
export function parameterName(key: keyof Settings): string {
  return (PARAMETERS as readonly ParamSpec[]).find((p) => p.key === key)?.name ?? String(key);
}

/** How large one item's points and money may be (规则设置: 单项分值上限, 单项金额上限). */
export type ItemLimits = Pick<Settings, ItemLimit>;

/** Whether an item's points or money stay within their 规则设置 limit (either sign; never infinite). */
export function withinLimit(value: number, limit: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= limit;
}

/** The spec of a parameter by its 参数 name (width- and space-insensitive). */
export function parameterByName(name: string): ParamSpec | undefined {
  return BY_NAME.get(normalizeHeader(name));
}
