// The parameters of 规则设置: names, defaults and meanings (domain.md "Default parameters"), and reading them.

import { parseNumber } from './parse';
import { DEFAULT_LISTS, type ListName } from './schema';
import { cellText, normalizeHeader } from './text';
import { isValidTimeZone } from './time';

export type ParamType =
  | 'number'
  | 'percent'
  | 'bands'
  | 'fineMode'
  | 'clockMode'
  | 'workHours'
  | 'timeZone'
  | 'email'
  | 'list';

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
  {
    name: '投诉回访天数',
    value: '3',
    type: 'number',
    zh: '投诉给出方案（或结案）后多少天回访',
    en: 'a complaint is due a callback this many days after its solution (or closing)',
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
  // Editable lists behind the dropdowns and the not_in_list check (comma or 、 separated).
  {
    name: '购买渠道选项',
    value: DEFAULT_LISTS.channel.join('、'),
    type: 'list',
    zh: '售后登记“购买渠道”的可选值',
    en: 'choices of 购买渠道 (after-sales)',
  },
  {
    name: '问题分类选项',
    value: DEFAULT_LISTS.category.join('、'),
    type: 'list',
    zh: '售后登记“问题分类”的可选值',
    en: 'choices of 问题分类 (after-sales)',
  },
  {
    name: '投诉渠道选项',
    value: DEFAULT_LISTS.complaintChannel.join('、'),
    type: 'list',
    zh: '投诉登记“投诉渠道”的可选值',
    en: 'choices of 投诉渠道 (complaints)',
  },
  {
    name: '回访类型选项',
    value: DEFAULT_LISTS.callbackType.join('、'),
    type: 'list',
    zh: '回访记录“回访类型”的可选值',
    en: 'choices of 回访类型 (callbacks)',
  },
];

/** Which list each list parameter edits. */
export const LIST_PARAMETERS: Readonly<Record<string, ListName>> = {
  购买渠道选项: 'channel',
  问题分类选项: 'category',
  投诉渠道选项: 'complaintChannel',
  回访类型选项: 'callbackType',
};

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

/** The settings in force, read from 规则设置 (defaults where a row is missing). */
export interface Settings {
  readonly base: number;
  readonly fineMode: '累进' | '全额';
  /** Yuan a point in the bands 100–90, 90–80, 80–70, 70–60 (and below 60, the last). */
  readonly bands: readonly [number, number, number, number];
  readonly dismissalLine: number;
  readonly highScoreLine: number;
  readonly highScoreReward: number;
  readonly attendanceBonus: number;
  readonly performanceBonus: number;
  readonly supervisorReward: number;
  readonly supervisorPenalty: number;
  /** Conversion baseline in whole basis points (55% is 5500), so comparisons stay exact. */
  readonly conversionBaselineBp: number;
  readonly pointsPerConversionPoint: number;
  readonly pointsPerLostOrder: number;
  readonly replyHours: { readonly normal: number; readonly major: number };
  readonly solutionHours: { readonly normal: number; readonly major: number };
  readonly dueSoonHours: number;
  readonly clockMode: '自然时' | '工作时';
  /** Working day as minutes after midnight. */
  readonly workStart: number;
  readonly workEnd: number;
  readonly callbackDays: number;
  readonly complaintCallbackDays: number;
  /** Callback-rate target as a fraction (1 = 100%). */
  readonly callbackTarget: number;
  readonly warrantyMonths: number;
  readonly warrantyCallbackDays: number;
  readonly timeZone: string;
  readonly reminderEmail: string;
  readonly lists: Readonly<Record<ListName, readonly string[]>>;
}

/** A parameter whose value cannot be read: reported, never silently replaced by its default. */
export interface ParameterProblem {
  readonly name: string;
  /** Sheet row of the parameter, or null for a default. */
  readonly row: number | null;
  readonly value: string;
  readonly expected: ParamType;
}

type Parsed = { ok: true; value: unknown } | { ok: false };

/** Reads a percentage: `55%`, `55 %`, `0.55`, `55` (over 1 means percent). Returns basis points. */
export function parsePercentBp(raw: unknown): number | null {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return null;
    return Math.round((raw > 1 ? raw : raw * 100) * 100);
  }
  const text = cellText(raw).normalize('NFKC').replace(/\s+/g, '');
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (percent) return Math.round(Number(percent[1]) * 100);
  const n = parseNumber(text);
  if (n === null || Number.isNaN(n) || n < 0) return null;
  return Math.round((n > 1 ? n : n * 100) * 100);
}

/** Reads `09:00-18:00` (also `9:00～18:00`, `9点-18点`) as minutes after midnight. */
export function parseWorkHours(raw: unknown): { start: number; end: number } | null {
  const text = cellText(raw).normalize('NFKC').replace(/\s+/g, '');
  const m = /^(\d{1,2})(?:[:点](\d{2})?)?分?[-~～至到](\d{1,2})(?:[:点](\d{2})?)?分?$/.exec(text);
  if (!m) return null;
  const start = Number(m[1]) * 60 + Number(m[2] ?? 0);
  const end = Number(m[3]) * 60 + Number(m[4] ?? 0);
  if (start >= end || end > 24 * 60 || Number(m[2] ?? 0) > 59 || Number(m[4] ?? 0) > 59) return null;
  return { start, end };
}

/** Splits a list parameter on commas, 、, semicolons or new lines. */
export function parseList(raw: unknown): string[] {
  return cellText(raw)
    .split(/[,，、;；\n]+/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function parseParam(spec: ParamSpec, raw: unknown): Parsed {
  const text = cellText(raw);
  switch (spec.type) {
    case 'number': {
      const n = parseNumber(raw);
      return n === null || Number.isNaN(n) ? { ok: false } : { ok: true, value: n };
    }
    case 'percent': {
      const bp = parsePercentBp(raw);
      return bp === null ? { ok: false } : { ok: true, value: bp };
    }
    case 'bands': {
      const parts = text
        .split(/[,，、;；\s]+/)
        .filter((p) => p !== '')
        .map((p) => parseNumber(p));
      if (parts.length !== 4 || parts.some((p) => p === null || Number.isNaN(p) || p < 0))
        return { ok: false };
      return { ok: true, value: parts };
    }
    case 'fineMode':
      return text === '累进' || text === '全额' ? { ok: true, value: text } : { ok: false };
    case 'clockMode':
      return text === '自然时' || text === '工作时' ? { ok: true, value: text } : { ok: false };
    case 'workHours': {
      const hours = parseWorkHours(raw);
      return hours ? { ok: true, value: hours } : { ok: false };
    }
    case 'timeZone':
      return isValidTimeZone(text) ? { ok: true, value: text } : { ok: false };
    case 'email':
      return text === '' || /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(text)
        ? { ok: true, value: text }
        : { ok: false };
    case 'list': {
      const values = parseList(raw);
      return values.length > 0 ? { ok: true, value: values } : { ok: false };
    }
  }
}

/**
 * The settings from a 参数 → 值 table: defaults where a row is missing; a row that is present
 * but unreadable is a problem (its default is kept only so other figures can still be shown).
 */
export function readSettings(table: ReadonlyMap<string, { raw: unknown; row: number }>): {
  settings: Settings;
  problems: ParameterProblem[];
} {
  const values = new Map<string, unknown>();
  const problems: ParameterProblem[] = [];
  for (const spec of DEFAULT_PARAMETERS) {
    const entry = table.get(spec.name);
    const fallback = parseParam(spec, spec.value);
    if (!fallback.ok) throw new Error(`default of ${spec.name} does not parse`);
    if (!entry || (cellText(entry.raw) === '' && spec.type !== 'email')) {
      values.set(spec.name, fallback.value);
      continue;
    }
    const parsed = parseParam(spec, entry.raw);
    if (parsed.ok) values.set(spec.name, parsed.value);
    else {
      problems.push({ name: spec.name, row: entry.row, value: cellText(entry.raw), expected: spec.type });
      values.set(spec.name, fallback.value);
    }
  }
  const num = (name: string) => values.get(name) as number;
  const hours = values.get('工作时间') as { start: number; end: number };
  const lists = { ...DEFAULT_LISTS } as Record<ListName, readonly string[]>;
  for (const [name, list] of Object.entries(LIST_PARAMETERS)) lists[list] = values.get(name) as string[];
  const settings: Settings = {
    base: num('基础分'),
    fineMode: values.get('罚款方式') as '累进' | '全额',
    bands: values.get('罚款档位') as [number, number, number, number],
    dismissalLine: num('解雇线'),
    highScoreLine: num('满分奖励线'),
    highScoreReward: num('满分奖励金额'),
    attendanceBonus: num('全勤奖'),
    performanceBonus: num('表现奖'),
    supervisorReward: num('主管奖励'),
    supervisorPenalty: num('主管扣罚'),
    conversionBaselineBp: num('转化率基准'),
    pointsPerConversionPoint: num('转化率每百分点'),
    pointsPerLostOrder: num('流失单扣分'),
    replyHours: { normal: num('普通答复时限'), major: num('重大答复时限') },
    solutionHours: { normal: num('普通方案时限'), major: num('重大方案时限') },
    dueSoonHours: num('即将超时提醒'),
    clockMode: values.get('计时方式') as '自然时' | '工作时',
    workStart: hours.start,
    workEnd: hours.end,
    callbackDays: num('售后回访天数'),
    complaintCallbackDays: num('投诉回访天数'),
    callbackTarget: num('回访目标率') / 10_000,
    warrantyMonths: num('质保月数'),
    warrantyCallbackDays: num('质保到期前回访天数'),
    timeZone: values.get('时区') as string,
    reminderEmail: values.get('提醒邮箱') as string,
    lists,
  };
  return { settings, problems };
}

/** The settings when there is no 规则设置 sheet at all. */
export function defaultSettings(): Settings {
  return readSettings(new Map()).settings;
}
