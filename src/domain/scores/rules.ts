// The reward/penalty rule catalogue (奖惩规则): the defaults (docs/domain.md, "The default rule catalogue").

export interface Rule {
  /** Stable identifier, e.g. G09. */
  readonly code: string;
  /** 全员 (or empty) for everyone, else the one role it applies to. */
  readonly role: string;
  readonly item: string;
  /** Default points (±); null when the rule has none. */
  readonly points: number | null;
  /** Default yuan (negative = fine); null when the rule has none. */
  readonly yuan: number | null;
  readonly cancelsAttendance: boolean;
  /** Rows a month that cost nothing (换班: 3). */
  readonly freePerMonth: number;
}

const r = (
  code: string,
  role: string,
  item: string,
  points: number | null,
  yuan: number | null = null,
  cancelsAttendance = false,
  freePerMonth = 0,
): Rule => ({ code, role, item, points, yuan, cancelsAttendance, freePerMonth });

export const DEFAULT_RULES: readonly Rule[] = [
  r('G01', '全员', '服务质量投诉属实', -3),
  r('G02', '全员', '创新建议被采纳（可记 3 至 20 分）', 3),
  r('G03', '全员', '工作时间做无关事（再次）', -3),
  r('G04', '全员', '发现并修改他人错误', 2),
  r('G05', '全员', '未及时关闭对话框', -1),
  r('G06', '全员', '未处理完下线导致投诉', -3),
  r('G07', '全员', '促销期间无条件加班', 5),
  r('G08', '全员', '信息填写错误影响仓库', -3),
  r('G09', '全员', '换班（每月 3 次免扣）', -2, null, false, 3),
  r('G10', '全员', '不服从上级', -5),
  r('G11', '全员', '客户中差评', -3),
  r('G12', '全员', '人不在岗旺旺在线', -2),
  r('C01', '全员', '忘记打卡未在 2 日内签卡', null, -30, true),
  r('C02', '全员', '无批准换班私自离岗', null, -50, true),
  r('C03', '全员', '值班期间擅自下线或隐身', null, -50),
  r('C04', '全员', '旷工（扣一天工资，手工填写金额）', null, null, true),
  r('S01', '主管', '未提醒维权订单', -3),
  r('S02', '主管', '未制定值班表', -3),
  r('S03', '主管', '随意批准请假', -3),
  r('P01', '售前客服', '特殊要求未备注导致追究', -2),
  r('P02', '售前客服', '修改信息未通知打单', -2),
  r('P03', '售前客服', '取消订单未及时通知', -2),
  r('P04', '售前客服', '备注无署名日期', -1),
  r('P05', '售前客服', '订单归属作弊', null, -200),
  r('A01', '售后客服', '未登记退换货', -1),
  r('A02', '售后客服', '非质量问题承诺承担运费', -3),
  r('A03', '售后客服', '未登记质量问题', -2),
  r('A04', '售后客服', '承诺运费前未拍照确认', -2),
  r('A05', '售后客服', '未说明包装要求', -2),
  r('A06', '售后客服', '未告知垫付运费', -3),
  r('A07', '售后客服', '未说明售后卡', -1),
  r('A08', '售后客服', '维权订单处理不及时', -3),
  r('A09', '售后客服', '退款订单处理不及时', -3),
  r('A10', '售后客服', '未告知换货单号', -2),
  r('D01', '打单', '未按时打单', -2),
  r('D02', '打单', '信息修改未处理导致错发', -2),
  r('D03', '打单', '未反馈客服', -2),
  r('D04', '打单', '未反馈换货单号', -2),
];

/** Normalises a rule code for lookup: width, case and spaces do not matter (ｇ０９ is G09). */
export function normalizeRuleCode(code: string): string {
  return code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** True when a rule applies to everyone. */
export function appliesToEveryone(rule: Rule): boolean {
  return rule.role === '' || rule.role === '全员';
}
