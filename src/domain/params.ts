// The parameters of 规则设置: names, defaults and meanings (domain.md "Default parameters"), and reading them.

import { normalizeHeader } from './text';

export type ParamType =
  | 'number'
  | 'percent'
  | 'bands'
  | 'fineMode'
  | 'clockMode'
  | 'workHours'
  | 'timeZone'
  | 'email';

export interface ParamSpec {
  /** The exact 参数 name. */
  readonly name: string;
  /** The default as written in the sheet. */
  readonly value: string;
  readonly type: ParamType;
  readonly zh: string;
  readonly en: string;
}

export const DEFAULT_PARAMETERS: readonly ParamSpec[] = [
  { name: '基础分', value: '100', type: 'number', zh: '每月起始分', en: 'monthly starting score' },
  {
    name: '罚款方式',
    value: '累进',
    type: 'fineMode',
    zh: '累进（分档累进）或 全额（按最终所在档全额计）',
    en: '累进 (progressive bands) or 全额 (flat)',
  },
  {
    name: '罚款档位',
    value: '10,20,30,40',
    type: 'bands',
    zh: '100–90、90–80、80–70、70–60 各档每分罚款（元）',
    en: 'yuan a point in the bands 100–90, 90–80, 80–70, 70–60',
  },
  { name: '解雇线', value: '60', type: 'number', zh: '低于此分：解雇审查', en: 'below it: dismissal review' },
  {
    name: '满分奖励线',
    value: '110',
    type: 'number',
    zh: '达到此分获满分奖励',
    en: 'score that earns the extra reward',
  },
  { name: '满分奖励金额', value: '100', type: 'number', zh: '元', en: 'yuan' },
  { name: '全勤奖', value: '100', type: 'number', zh: '元', en: 'yuan' },
  { name: '表现奖', value: '200', type: 'number', zh: '元', en: 'yuan' },
  {
    name: '主管奖励',
    value: '100',
    type: 'number',
    zh: '元，团队半数及以上达到 100 分时',
    en: 'yuan, when ≥ 50% of the team scores ≥ 100',
  },
  {
    name: '主管扣罚',
    value: '100',
    type: 'number',
    zh: '元，团队有人低于解雇线时',
    en: 'yuan, when anyone in the team scores below 解雇线',
  },
  {
    name: '转化率基准',
    value: '55%',
    type: 'percent',
    zh: '售前转化率基准（也可写 0.55）',
    en: 'pre-sales conversion baseline (0.55 also accepted)',
  },
  {
    name: '转化率每百分点',
    value: '0.5',
    type: 'number',
    zh: '每个整百分点的加减分',
    en: 'points per whole percentage point',
  },
  { name: '流失单扣分', value: '0.5', type: 'number', zh: '每个流失单扣分', en: 'points per lost order' },
  { name: '普通答复时限', value: '24', type: 'number', zh: '小时', en: 'hours' },
  { name: '普通方案时限', value: '72', type: 'number', zh: '小时', en: 'hours' },
  { name: '重大答复时限', value: '2', type: 'number', zh: '小时', en: 'hours' },
  { name: '重大方案时限', value: '24', type: 'number', zh: '小时', en: 'hours' },
  {
    name: '即将超时提醒',
    value: '4',
    type: 'number',
    zh: '截止前多少小时提醒',
    en: 'hours before a deadline',
  },
  {
    name: '计时方式',
    value: '自然时',
    type: 'clockMode',
    zh: '自然时（日历小时）或 工作时（工作日的工作时间）',
    en: '自然时 (calendar hours) or 工作时 (working hours on working days)',
  },
  {
    name: '工作时间',
    value: '09:00-18:00',
    type: 'workHours',
    zh: '工作时段，用于工作时',
    en: 'the working day, for 工作时',
  },
  {
    name: '售后回访天数',
    value: '30',
    type: 'number',
    zh: '解决后多少天回访',
    en: 'a resolved case is due a callback this many days after 解决日期',
  },
  {
    name: '回访目标率',
    value: '100%',
    type: 'percent',
    zh: '每月回访率目标',
    en: 'monthly callback-rate target',
  },
  { name: '质保月数', value: '12', type: 'number', zh: '质保期（月）', en: 'warranty length (months)' },
  {
    name: '质保到期前回访天数',
    value: '30',
    type: 'number',
    zh: '质保到期前多少天回访',
    en: 'callback due this many days before the warranty ends',
  },
  {
    name: '时区',
    value: 'Asia/Shanghai',
    type: 'timeZone',
    zh: '读取与显示时间所用时区',
    en: 'time zone for reading and showing times',
  },
  {
    name: '提醒邮箱',
    value: '',
    type: 'email',
    zh: '超时提醒发送地址；留空则不发邮件',
    en: 'where the overdue digest goes; empty: no e-mail',
  },
];

/**
 * Reads the raw 参数 → 值 table from a 规则设置 grid's data rows (columns already located).
 * Names are matched width- and space-insensitively; later rows win over earlier ones.
 */
export function readParameterTable(
  rows: readonly (readonly unknown[])[],
  nameColumn: number,
  valueColumn: number | undefined,
): Map<string, { raw: unknown; index: number }> {
  const known = new Map(DEFAULT_PARAMETERS.map((p) => [normalizeHeader(p.name), p.name]));
  const table = new Map<string, { raw: unknown; index: number }>();
  rows.forEach((cells, index) => {
    const name = cells[nameColumn];
    if (typeof name !== 'string') return;
    const canonical = known.get(normalizeHeader(name)) ?? name.trim();
    if (canonical === '') return;
    table.set(canonical, { raw: valueColumn === undefined ? '' : cells[valueColumn], index });
  });
  return table;
}
