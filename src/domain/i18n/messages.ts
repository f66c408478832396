// The one message catalogue: everything a user reads, in Chinese and English.

import { fillTemplate } from '../template';
import { HANT } from './hant-table';

/**
 * A user's language: Simplified Chinese, Traditional Chinese as written in Taiwan (zh-TW) or in
 * Hong Kong and Macau (zh-HK), or English. The Traditional text is made from the Simplified one
 * at build time (scripts/make-hant.ts), never converted at run time.
 */
export type Lang = 'zh' | 'zh-TW' | 'zh-HK' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'zh-TW', 'zh-HK', 'en'];

/** True when a text (a stored setting, say) names one of the languages. */
export function isLang(text: string | null | undefined): text is Lang {
  return (LANGS as readonly (string | null | undefined)[]).includes(text);
}

type Entry = { readonly zh: string; readonly en: string };

const CATALOGUE = {
  'app.name': { zh: '客服助手', en: 'Kefu Sheets' },
  'menu.setup': { zh: '设置表格', en: 'Set up sheets' },
  'menu.validate': { zh: '检查全部', en: 'Validate all' },
  'menu.scores': { zh: '计算月度考核…', en: 'Compute monthly scores…' },
  'menu.complaints': { zh: '检查超时投诉', en: 'Check overdue complaints' },
  'menu.callbacks': { zh: '回访计划', en: 'Callback plan' },
  'menu.trigger_on': { zh: '开启每小时刷新', en: 'Turn hourly refresh on' },
  'menu.trigger_off': { zh: '关闭每小时刷新', en: 'Turn hourly refresh off' },
  'menu.sidebar': { zh: '打开面板', en: 'Open dashboard' },
  'menu.about': { zh: '关于客服助手', en: 'About Kefu Sheets' },
  'menu.recalculate': { zh: '重新计算自定义函数', en: 'Recalculate custom functions' },
  'menu.weekly': { zh: '本周投诉汇总…', en: 'Weekly complaint summary…' },
  'menu.test_alert': { zh: '测试提醒', en: 'Send a test alert' },
  'menu.robot_settings': { zh: '群机器人设置…', en: 'Group robot settings…' },
  'diag.dialog_title': { zh: '客服助手诊断', en: 'Kefu Sheets diagnostics' },
  'diag.copy_hint': {
    zh: '全选复制这段文字，附在支持请求里（不含客户资料）。',
    en: 'Select all and copy this text into a support request (it holds no customer data).',
  },
  'diag.move_robot': {
    zh: '把群机器人移到文档属性',
    en: 'Move the group robot into the document properties',
  },
  'diag.copy': { zh: '复制', en: 'Copy' },
  'diag.title': {
    zh: '客服助手诊断 · {time}（{zone}）· 版本 {version} · 语言 {user} / 表格 {sheet}',
    en: 'Kefu Sheets diagnostics · {time} ({zone}) · version {version} · locale {user} / spreadsheet {sheet}',
  },
  'diag.failed': { zh: '{what}：检查失败（{error}）', en: '{what}: the check failed ({error})' },
  'diag.none': { zh: '无', en: 'none' },
  'diag.zone_data_label': { zh: '时区数据', en: 'Time-zone data' },
  'diag.zone_data_ok': {
    zh: '时区数据：Intl 与 Apps Script（Utilities.formatDate）一致（{zones} 个时区，{samples} 个时刻）',
    en: 'Time-zone data: Intl agrees with Apps Script (Utilities.formatDate) ({zones} zone{zones:s}, {samples} instant{samples:s})',
  },
  'diag.zone_data_differs': {
    zh: '时区数据：Intl 与 Apps Script 有 {count} 处不一致',
    en: 'Time-zone data: Intl and Apps Script differ at {count} instant{count:s}',
  },
  'diag.zone_fallback': {
    zh: '已改用 Apps Script 的时区数据计算（结果正确，速度稍慢）',
    en: 'Times are computed with Apps Script’s zone data instead (correct, a little slower)',
  },
  'diag.zones': {
    zh: '时区：表格 {sheet}，规则设置 {setting}，脚本 {script}',
    en: 'Time zones: spreadsheet {sheet}, 规则设置 {setting}, script {script}',
  },
  'diag.zones_differ': {
    zh: '时区不一致：表格 {sheet}，规则设置 {setting}（脚本 {script}）→ 运行“设置表格”可统一',
    en: 'Time zones differ: spreadsheet {sheet}, 规则设置 {setting} (script {script}) → "Set up sheets" can align them',
  },
  'diag.zone_setting_bad': {
    zh: '规则设置的时区「{value}」不是有效的时区名（例：Asia/Shanghai）',
    en: '时区 in 规则设置, "{value}", is not a time-zone name (e.g. Asia/Shanghai)',
  },
  'diag.calendar_built_in': {
    zh: '节假日：{year} 年有内置数据（「节假日」表另有 {team} 条）',
    en: 'Holidays: {year} is in the built-in data (节假日 adds {team} day{team:s})',
  },
  'diag.calendar_team': {
    zh: '节假日：{year} 年无内置数据，按「节假日」表的 {team} 条计算',
    en: 'Holidays: {year} is not built in; the {team} day{team:s} of 节假日 are used',
  },
  'diag.calendar_missing': {
    zh: '节假日：{year} 年既无内置数据也未在「节假日」表填写，将按周一至周五计算',
    en: 'Holidays: {year} is neither built in nor in 节假日; working days will be Monday to Friday',
  },
  'diag.triggers_label': { zh: '触发器', en: 'Triggers' },
  'diag.triggers': {
    zh: '触发器：本表格 {list}；您在所有表格共 {all} 个（上限 {limit}）',
    en: 'Triggers: in this spreadsheet {list}; {all} in all your spreadsheets (limit {limit})',
  },
  'diag.mail_label': { zh: '邮件配额', en: 'Mail quota' },
  'diag.mail': { zh: '邮件配额：今日还可发送 {left} 封', en: 'Mail quota: {left} e-mail{left:s} left today' },
  'diag.properties_label': { zh: '文档属性', en: 'Document properties' },
  'diag.properties': {
    zh: '文档属性：{count} 项，共 {total} KB（单项最大 {largest} KB，上限 {valueLimit} KB；总上限 {storeLimit} KB）',
    en: 'Document properties: {count}, {total} KB in all (largest {largest} KB, limit {valueLimit} KB; store limit {storeLimit} KB)',
  },
  'diag.cache_label': { zh: '缓存', en: 'Cache' },
  'diag.cache_empty': {
    zh: '缓存：暂无编辑上下文（下次编辑时建立）',
    en: 'Cache: no edit context yet (the next edit builds it)',
  },
  'diag.cache': {
    zh: '缓存：编辑上下文 {size} KB（上限 {limit} KB）',
    en: 'Cache: edit context {size} KB (limit {limit} KB)',
  },
  'diag.auth_label': { zh: '授权', en: 'Authorization' },
  'diag.auth_ok': {
    zh: '授权：已授权（安装方式 {source}）',
    en: 'Authorization: granted (installed as {source})',
  },
  'diag.auth_required': {
    zh: '授权：需要重新授权（安装方式 {source}）→ 从菜单任选一项即可授权',
    en: 'Authorization: required again (installed as {source}) → choose any menu item to grant it',
  },
  'diag.robot_label': { zh: '群机器人', en: 'Group robot' },
  'diag.robot_none': {
    zh: '群机器人：未设置（菜单“群机器人设置…”）',
    en: 'Group robot: none set (menu "Group robot settings…")',
  },
  'diag.robot_unknown': {
    zh: '群机器人：{place} 不是企业微信、钉钉或飞书的机器人地址',
    en: 'Group robot: {place} is not a WeCom, DingTalk or Feishu robot webhook',
  },
  'diag.robot_signed': { zh: '已签名', en: 'signed' },
  'diag.robot_unsigned': { zh: '未签名', en: 'unsigned' },
  'diag.robot_never': {
    zh: '群机器人：{platform}（{how}，{place}）；还没有发送过，可用“测试提醒”试一下',
    en: 'Group robot: {platform} ({how}, {place}); nothing sent yet: try "Send a test alert"',
  },
  'diag.robot_ok': {
    zh: '群机器人：{platform}（{how}，{place}）；上次发送 {time} 成功',
    en: 'Group robot: {platform} ({how}, {place}); last sent {time}, delivered',
  },
  'diag.robot_failed': {
    zh: '群机器人：{platform}（{how}，{place}）；上次发送 {time} 失败：{reason}',
    en: 'Group robot: {platform} ({how}, {place}); last sent {time}, refused: {reason}',
  },
  'diag.sheets_label': { zh: '表格识别', en: 'Sheet recognition' },
  'diag.sheets': {
    zh: '表格识别：{count} 个表格中识别出 {recognised} 个',
    en: 'Sheets: {recognised} of {count} recognised',
  },
  'diag.sheets_none': {
    zh: '表格识别：{count} 个表格中没有识别出任何一个 → 运行“设置表格”，或在「列名对照」说明',
    en: 'Sheets: none of {count} recognised → run "Set up sheets", or describe them in 列名对照',
  },
  'menu.diagnostics': { zh: '诊断', en: 'Diagnostics' },
  'custom.recalculated': {
    zh: '已重新计算 {count} 个使用客服助手函数的单元格。',
    en: 'Recalculated {count} cell{count:s} using Kefu Sheets functions.',
  },

  'about.text': {
    zh: '客服助手：校验登记表、计算月度考核、跟踪投诉时限与回访。识别到的表格：{sheets}',
    en: 'Kefu Sheets: validates your logs, computes monthly scores, tracks complaint deadlines and callbacks. Sheets recognised: {sheets}',
  },
  'about.none': { zh: '（暂无）', en: '(none yet)' },
  'about.separator': { zh: '；', en: '; ' },

  'error.internal': {
    zh: '客服助手遇到内部错误，请稍后重试；如仍出错请联系管理员。',
    en: 'Kefu Sheets hit an internal error. Please try again; if it persists, contact your administrator.',
  },
  'error.busy': {
    zh: '另一项操作正在进行，请稍后再试。',
    en: 'Another operation is running. Please try again in a moment.',
  },
  'error.no_sheet': {
    zh: '工作簿中没有可识别的客服表格（售后登记、投诉登记、奖惩登记等）。运行 inspect 命令可以看到每张表差在哪里；也可以在「列名对照」表中说明。',
    en: 'No recognisable customer-service sheet in the workbook (after-sales, complaints, ledger…). The inspect command shows what each sheet lacks; a 列名对照 sheet can describe yours.',
  },
  'error.no_sheet_csv': {
    zh: '没有认出这个 CSV 是哪一种客服表格（售后登记、投诉登记、奖惩登记等）。运行 inspect 命令可以看到它差在哪里；也可以用 --map 文件 指定它的表格类型和各列对应的字段。',
    en: 'This CSV is not recognised as any customer-service sheet (after-sales, complaints, ledger…). The inspect command shows what it lacks; --map FILE can set its kind and columns.',
  },
  'error.no_sheet_of_kind': {
    zh: '工作簿中没有认出任何{kinds}表，{command} 没有可计算的内容。{near}',
    en: 'No {kinds} sheet was recognised in the workbook, so {command} has nothing to work on. {near}',
  },
  'error.no_sheet_of_kind_none': {
    zh: '运行 inspect 命令可以看到每张表被认成了什么、差在哪里。',
    en: 'The inspect command shows what each sheet was taken for and what it lacks.',
  },
  'error.bad_param': {
    zh: '「{sheet}」第 {row} 行的参数「{name}」取值无效：{value}。请先修正再计算。',
    en: 'Parameter "{name}" on row {row} of "{sheet}" is not valid: {value}. Fix it first.',
  },
  'error.bad_rule': {
    zh: '「{sheet}」第 {row} 行的「{field}」无法识别：{value}。请先修正奖惩规则再计算。',
    en: '"{field}" on row {row} of "{sheet}" cannot be read: {value}. Fix the rule catalogue first.',
  },
  'error.bad_kind': { zh: '未知的表格类型：{value}', en: 'Unknown kind of sheet: {value}' },
  'error.no_such_sheet': { zh: '找不到工作表「{sheet}」', en: 'No sheet named "{sheet}"' },
  'error.sheet_too_large': {
    zh: '工作表「{sheet}」有 {rows} 行，超过客服助手单次可处理的 {limit} 行。',
    en: 'Sheet "{sheet}" has {rows} row{rows:s}, more than the {limit} Kefu Sheets can process at once.',
  },

  'issue.missing_required': { zh: '「{field}」必须填写', en: '"{field}" is required' },
  'issue.missing_required_resolved': {
    zh: '已处理完的记录必须填写「{field}」',
    en: '"{field}" is required once the case is resolved',
  },
  'issue.missing_column': {
    zh: '工作表「{sheet}」缺少必填列「{field}」（表头在第 {row} 行）',
    en: 'Sheet "{sheet}" has no "{field}" column (header on row {row})',
  },
  'issue.invalid_phone': {
    zh: '「{field}」不是有效的电话号码（手机 11 位，座机须带区号）',
    en: '"{field}" is not a valid phone number (11-digit mobile, or a landline with its area code)',
  },
  'issue.invalid_date': {
    zh: '「{field}」无法识别为日期：{value}（请写成 2026-11-05 或 2026-11-05 14:30）',
    en: '"{field}" is not a date: {value} (write 2026-11-05 or 2026-11-05 14:30)',
  },
  'issue.number_not_date': {
    zh: '「{field}」是数字 {value}，不是日期：请填写日期（如 2026-11-05 14:30），或把单元格格式设为日期',
    en: '"{field}" holds the number {value}, not a date: enter a date (such as 2026-11-05 14:30) or format the cell as a date',
  },
  'issue.invalid_month': {
    zh: '「{field}」无法识别为月份：{value}（请写成 2026-10）',
    en: '"{field}" is not a month: {value} (write 2026-10)',
  },
  'issue.number_too_large': {
    zh: '「{field}」是 {value}，超出「{param}」（{limit}）：请核对；超出上限的数不计入考核',
    en: '"{field}" is {value}, beyond "{param}" ({limit}): check it; a number beyond the limit is not counted in the scores',
  },
  'issue.duplicate_header': {
    zh: '表头「{header}」出现了两次（{used} 列和 {other} 列）：只读取、检查 {used} 列，{other} 列未读。请改名其中一列，或在「列名对照」表中说明',
    en: 'The header "{header}" appears twice (columns {used} and {other}): only column {used} is read and checked, column {other} is not. Rename one, or describe them in a 列名对照 sheet',
  },
  'issue.invalid_number': { zh: '「{field}」不是数字：{value}', en: '"{field}" is not a number: {value}' },
  'issue.date_before': {
    zh: '「{field}」（{value}）早于「{other}」（{otherValue}）',
    en: '"{field}" ({value}) is before "{other}" ({otherValue})',
  },
  'issue.date_after': {
    zh: '「{field}」（{value}）晚于「{other}」（{otherValue}）',
    en: '"{field}" ({value}) is after "{other}" ({otherValue})',
  },
  'issue.not_in_list': {
    zh: '「{field}」的值「{value}」不在可选列表中（{list}）',
    en: '"{field}" value "{value}" is not in the list ({list})',
  },
  'issue.unknown_staff': {
    zh: '「{value}」不在员工名单中',
    en: '"{value}" is not on the staff roster',
  },
  'issue.unknown_rule': {
    zh: '规则代码「{value}」不在奖惩规则中（仍按填写的分值、金额计入）',
    en: 'Rule code "{value}" is not in the rule catalogue (its explicit points and yuan still count)',
  },
  'issue.duplicate_case': {
    zh: '与第 {other} 行重复：客户电话、产品序列号、登记日期都相同',
    en: 'Repeats row {other}: same phone, serial number and registration date',
  },
  'issue.duplicate_id': { zh: '投诉编号与第 {other} 行重复', en: 'Same complaint ID as row {other}' },
  'issue.duplicate_name': { zh: '姓名与第 {other} 行重复', en: 'Same name as row {other}' },
  'issue.role_mismatch': {
    zh: '规则 {value} 适用于「{ruleRole}」，而{name}的岗位是「{role}」（仍计入）',
    en: 'Rule {value} is for "{ruleRole}" but {name} is "{role}" (it still counts)',
  },
  'issue.date_without_year': {
    zh: '「{field}」没有写年份：{value}，已按 {date} 计（请写成 2026-11-05）',
    en: '"{field}" has no year: {value}, read as {date} (write 2026-11-05)',
  },
  'issue.unreadable_ledger_item': {
    zh: '「{field}」读不出奖惩：{value}（请写成“扣3分”“罚款50元”“奖励100元”“取消全勤”，或填规则代码、分值、金额）',
    en: '"{field}" states no reward or penalty that can be read: {value} (write 扣3分, 罚款50元, 奖励100元, 取消全勤, or fill 规则代码, 分值, 金额)',
  },
  'issue.future_date': { zh: '「{field}」是未来的日期：{value}', en: '"{field}" is in the future: {value}' },
  'issue.bad_parameter': {
    zh: '参数「{name}」的值无法识别：{value}',
    en: 'Parameter "{name}" has a value that cannot be read: {value}',
  },

  'issue.bad_mapping_unknown_sheet': {
    zh: '{place}第 {row} 行的表名「{value}」在工作簿中找不到',
    en: 'Row {row} of {place} names a sheet "{value}" the workbook does not have',
  },
  'issue.bad_mapping_unknown_kind': {
    zh: '{place}第 {row} 行的表格类型「{value}」无法识别（可填：{kinds}，或“忽略”）',
    en: 'Row {row} of {place}: table type "{value}" is unknown (use one of {kinds}, or 忽略)',
  },
  'issue.bad_mapping_unknown_field': {
    zh: '{place}第 {row} 行的字段「{value}」不是客服助手认识的字段',
    en: 'Row {row} of {place}: "{value}" is not a field Kefu Sheets knows',
  },
  'issue.bad_mapping_field_not_in_kind': {
    zh: '{place}第 {row} 行的字段「{value}」不属于「{kind}」表，未采用',
    en: 'Row {row} of {place}: "{value}" is not a field of {kind}; not applied',
  },
  'issue.bad_mapping_incomplete': {
    zh: '{place}第 {row} 行缺少「{field}」，未采用',
    en: 'Row {row} of {place} has no "{field}"; not applied',
  },
  'mapping.note': {
    zh: '列名对照：每行一条。填“表名 + 表格类型”指定整张表的类型（售后登记、投诉登记、回访记录、员工名单、奖惩登记、售前绩效，或“忽略”）；填“表名 + 列名 + 字段”指定某一列对应的字段（或“忽略”）。表名填 * 表示所有表。这里的设置优先于自动识别。',
    en: "Column mapping: one rule a row. 表名 + 表格类型 sets a sheet's kind (售后登记, 投诉登记, 回访记录, 员工名单, 奖惩登记, 售前绩效, or 忽略); 表名 + 列名 + 字段 maps one column to a field (or 忽略). 表名 * means every sheet. These rules beat automatic recognition.",
  },
  'mapping.conflict': {
    zh: '{place}第 {row} 行与第 {earlier} 行冲突（{sheet}{column}），以第 {row} 行为准',
    en: 'Row {row} of {place} disagrees with row {earlier} ({sheet}{column}); row {row} applies',
  },
  'mapping.conflict_elsewhere': {
    zh: '{place}第 {row} 行与{earlierPlace}第 {earlier} 行冲突（{sheet}{column}），以{place}第 {row} 行为准',
    en: 'Row {row} of {place} disagrees with row {earlier} of {earlierPlace} ({sheet}{column}); row {row} of {place} applies',
  },
  'mapping.file_place': { zh: '「{file}」', en: '"{file}"' },
  'hint.mapping_sheet': {
    zh: '可在“列名对照”表（或面板的“表格识别”页）中指定它的表格类型和各列对应的字段。',
    en: "Set its kind and its columns in 列名对照 (or the sidebar's 表格识别 tab).",
  },
  'hint.mapping_workbook': {
    zh: '可在工作簿中的“列名对照”表里指定它的表格类型和各列对应的字段，或用 --map 文件 给出同样的对照。',
    en: 'Set its kind and its columns in a 列名对照 sheet of the workbook, or give the same rows with --map FILE.',
  },
  'hint.mapping_file': {
    zh: '可用 --map 文件 指定它的表格类型和各列对应的字段（.csv 或 .xlsx，列为 表名、表格类型、列名、字段）。',
    en: 'Set its kind and its columns with --map FILE (a .csv or .xlsx with the columns 表名, 表格类型, 列名, 字段).',
  },

  'inspect.heading': { zh: '表格识别', en: 'Sheets recognised' },
  'inspect.sheet_line': {
    zh: '「{sheet}」→ {kind}（{by}）：表头在第 {header} 行，{rows} 行数据',
    en: '"{sheet}" → {kind} ({by}): header on row {header}, {rows} data row{rows:s}',
  },
  'inspect.by_name': { zh: '按表名', en: 'by its name' },
  'inspect.by_header': { zh: '按表头', en: 'by its header' },
  'inspect.by_mapping': { zh: '按列名对照', en: 'by 列名对照' },
  'inspect.columns': { zh: '列：{columns}', en: 'Columns: {columns}' },
  'inspect.column': { zh: '{column}「{header}」→ {field}', en: '{column} "{header}" → {field}' },
  'inspect.evidence': { zh: '（{evidence}）', en: ' ({evidence})' },
  'inspect.by_alias': { zh: '按表头名称', en: 'by its header' },
  'inspect.by_rule': { zh: '按表头规则', en: 'by a header rule' },
  'inspect.by_concept': { zh: '按词义 {concepts}', en: 'by meaning: {concepts}' },
  'inspect.by_values': { zh: '按取值', en: 'by its values' },
  'inspect.by_place': { zh: '按位置与取值', en: 'by its place and values' },
  'inspect.values_are': { zh: '{share}% 是{sort}', en: '{share}% {sort}' },
  'inspect.sort_phone': { zh: '电话', en: 'phone numbers' },
  'inspect.sort_date': { zh: '日期', en: 'dates' },
  'inspect.sort_time': { zh: '日期时间', en: 'date-times' },
  'inspect.sort_month': { zh: '月份', en: 'months' },
  'inspect.sort_number': { zh: '数字', en: 'numbers' },
  'inspect.sort_person': { zh: '人名', en: 'names of people' },
  'inspect.sort_email': { zh: '邮箱', en: 'e-mail addresses' },
  'inspect.sort_text': { zh: '文字描述', en: 'sentences' },
  'inspect.sort_status': { zh: '状态词', en: 'status words' },
  'inspect.sort_level': { zh: '级别词', en: 'level words' },
  'inspect.sort_ledger': { zh: '奖惩文字', en: 'rewards or penalties in words' },
  'inspect.sort_channel': { zh: '来源渠道', en: 'channels' },
  'inspect.sort_code': { zh: '编码', en: 'codes' },
  'inspect.sort_duration': { zh: '时长', en: 'durations' },
  'inspect.sort_yesno': { zh: '是/否', en: 'yes or no' },
  'inspect.sort_role': { zh: '岗位', en: 'posts' },
  'inspect.unused': { zh: '未使用', en: 'not used' },
  'inspect.missing': { zh: '缺少必填列：{fields}', en: 'Missing required columns: {fields}' },
  'inspect.skipped': { zh: '跳过 {count} 行：{detail}', en: '{count} row{count:s} skipped: {detail}' },
  'inspect.why_title': { zh: '标题 {rows}', en: 'title {rows}' },
  'inspect.why_header': { zh: '重复表头 {rows}', en: 'repeated header {rows}' },
  'inspect.why_footer': { zh: '表尾 {rows}', en: 'footer {rows}' },
  'inspect.why_blank': { zh: '空行 {rows}', en: 'blank {rows}' },
  'inspect.unrecognised': {
    zh: '「{sheet}」未识别，不处理：{reason}',
    en: '"{sheet}" not recognised, left alone: {reason}',
  },
  'inspect.reason_no_header': {
    zh: '前 30 行中没有像表头的行',
    en: 'no row in the first 30 looks like a header',
  },
  'inspect.reason_weak': { zh: '认出的列太少', en: 'too few columns recognised' },
  'inspect.reason_ambiguous': {
    zh: '同样像 {kinds}，无法确定',
    en: 'it fits {kinds} about as well; not guessed',
  },
  'inspect.reason_ignored': { zh: '列名对照中设为“忽略”', en: 'set to 忽略 in 列名对照' },
  'inspect.nearest': {
    zh: '最接近「{kind}」：已认出 {matched}；缺少 {missing}',
    en: 'Nearest: {kind}; recognised {matched}; lacking {missing}',
  },
  'inspect.fix_hint': {
    zh: '如识别有误，可在“列名对照”表（或面板的“表格识别”页）中指定表格类型和列对应的字段。',
    en: "If anything is wrong, set the sheet's kind and its columns in 列名对照 (or the sidebar's 表格识别 tab).",
  },
  'inspect.none': { zh: '无', en: 'none' },

  'warning.no_ledger': {
    zh: '没有找到奖惩登记表：每人按基础分 {base} 分计，没有任何奖惩记录。',
    en: 'No reward/penalty ledger found: everyone scores the base {base}, with no ledger items.',
  },
  'warning.no_roster': {
    zh: '没有找到员工名单：按奖惩登记中出现的 {count} 个名字计算，岗位未知（主管奖罚不计）。',
    en: 'No staff roster found: scored the {count} name{count:s} found in the ledger, roles unknown (no supervisor adjustment).',
  },
  'warning.no_progress_columns': {
    zh: '「{sheet}」没有答复时间、方案时间或状态列：无法知道哪些投诉已处理，超过时限的都算超时。',
    en: '"{sheet}" has no reply, solution or status column: nothing shows a complaint handled, so every late one counts as overdue.',
  },
  'warning.callbacks_unplanned': {
    zh: '{count} 条已解决（或已结案）的记录没有可读的解决日期（或结案时间），无法安排回访。',
    en: '{count} resolved (or closed) records have no readable resolution (or closing) date, so no callback could be planned.',
  },
  'warning.timezone_mismatch': {
    zh: '时区不一致：「规则设置」的时区是 {settingZone}，本表格的时区（文件 › 设置）却是 {sheetZone}。表格里的时间和“现在”都按 {sheetZone} 理解，时限可能差几个小时。请运行“设置表格”统一时区，或把「规则设置」的时区改为 {sheetZone}。',
    en: 'Time zones differ: 规则设置 says {settingZone}, but this spreadsheet’s zone (File › Settings) is {sheetZone}. Times in the sheets and "now" are read in {sheetZone}, so deadlines may be hours off. Run "Set up sheets" to align them, or set 时区 in 规则设置 to {sheetZone}.',
  },
  'warning.region_from_language': {
    zh: '「规则设置」没写“地区”和“时区”：按界面语言（--lang {lang}）以 {zone} 所在地区处理，电话号码、节假日和工作时间都按当地。要按别处，在「规则设置」写“地区”，或加 --tz。',
    en: '规则设置 writes no 地区 or 时区: read for {zone} after the language (--lang {lang}), its phone numbers, holidays and working hours as there. To read it otherwise, write 地区 in 规则设置, or give --tz.',
  },
  'warning.region_from_language_csv': {
    zh: '按界面语言（--lang {lang}）以 {zone} 所在地区读这个 CSV，电话号码、节假日和工作时间都按当地。要按别处，加 --tz。',
    en: 'This CSV is read for {zone} after the language (--lang {lang}), its phone numbers, holidays and working hours as there. To read it otherwise, give --tz.',
  },
  'warning.robot_secret_ignored': {
    zh: '企业微信群机器人不使用签名：「群机器人密钥」已忽略（企业微信的密钥就在 Webhook 地址的 key 参数里）。',
    en: 'WeCom group robots are not signed: 群机器人密钥 is ignored (a WeCom robot’s key is the key in its webhook URL).',
  },
  'warning.robot_in_cell': {
    zh: '群机器人地址取自「{sheet}」：任何能查看这个文件的人都能看到它。请改用环境变量 KEFU_WEBHOOK / KEFU_WEBHOOK_SECRET，并把这两格清空。',
    en: 'The robot webhook was read from {sheet}: anyone who can view this file can read it. Use the KEFU_WEBHOOK / KEFU_WEBHOOK_SECRET environment variables instead, and empty those cells.',
  },
  'warning.sheet_not_understood': {
    zh: '「{sheet}」没有读懂，未计入结果（{why}）：最接近{kind}，已认出 {matched}，缺少 {missing}。{hint}',
    en: '"{sheet}" was not understood and is left out of the results ({why}): nearest {kind}; recognised {matched}; lacking {missing}. {hint}',
  },
  'warning.no_sheet_of_kind': {
    zh: '没有认出任何{kinds}表，结果中没有这类表的数据；最接近的是「{sheet}」。',
    en: 'No {kinds} sheet was recognised, so the results hold nothing from one; the nearest is "{sheet}".',
  },
  'warning.no_sheet_of_kind_none': {
    zh: '没有认出任何{kinds}表，结果中没有这类表的数据。',
    en: 'No {kinds} sheet was recognised, so the results hold nothing from one.',
  },
  'warning.or': { zh: '或', en: ' or ' },
  'warning.toast_not_understood': {
    zh: '「{sheet}」没有读懂（最接近{kind}），未计入。',
    en: '"{sheet}" was not understood (nearest: {kind}) and is left out.',
  },
  'warning.rows_left_out_unreadable_date': {
    zh: '「{sheet}」有 {count} 行的「{field}」读不出日期（第 {rows} 行），这些投诉未计入。',
    en: '"{sheet}": {count} row{count:s} left out, {field} not a readable date (row{count:s} {rows}).',
  },
  'warning.rows_left_out_missing_date': {
    zh: '「{sheet}」有 {count} 行没有「{field}」（第 {rows} 行），这些投诉未计入。',
    en: '"{sheet}": {count} row{count:s} left out, no {field} (row{count:s} {rows}).',
  },
  'warning.rows_left_out_void': {
    zh: '「{sheet}」有 {count} 件投诉标为作废（第 {rows} 行），未计入。',
    en: '"{sheet}": {count} complaint{count:s} marked void left out (row{count:s} {rows}).',
  },

  'scores.block_title': { zh: '{month} 月度考核', en: '{month} monthly scores' },
  'scores.computed_at': { zh: '计算于 {time}', en: 'computed {time}' },
  'scores.yes': { zh: '是', en: 'yes' },
  'scores.team_line': {
    zh: '团队（不含主管）{size} 人：{base} 分及以上 {above} 人，低于 {line} 分 {below} 人',
    en: 'Team (without the supervisor): {size}; {above} at {base} or more, {below} below {line}',
  },
  'scores.problem_invalid_date': {
    zh: '注意：「{sheet}」第 {row} 行的「{field}」无法识别（{value}），该行未计入',
    en: 'Note: row {row} of "{sheet}": "{field}" cannot be read ({value}); the row is not counted',
  },
  'scores.problem_invalid_number': {
    zh: '注意：「{sheet}」第 {row} 行的「{field}」不是数字（{value}），已按规则默认值计',
    en: 'Note: row {row} of "{sheet}": "{field}" is not a number ({value}); the rule’s default was used',
  },
  'scores.problem_unknown_staff': {
    zh: '注意：「{sheet}」第 {row} 行的「{value}」不在员工名单中，该行未计入',
    en: 'Note: row {row} of "{sheet}": "{value}" is not on the roster; the row is not counted',
  },
  'scores.problem_unreadable_ledger_item': {
    zh: '注意：「{sheet}」第 {row} 行的「{field}」读不出奖惩（{value}），该行未计入',
    en: 'Note: row {row} of "{sheet}": "{field}" states no reward or penalty that can be read ({value}); the row is not counted',
  },
  'scores.problem_no_month': {
    zh: '注意：「{sheet}」没有“日期”列，表名和标题里也没有月份：第 {row} 行未计入任何月份',
    en: 'Note: "{sheet}" has no 日期 column and names no month in its name or title: row {row} is counted in no month',
  },
  'scores.problem_unscored_merit': {
    zh: '注意：「{sheet}」第 {row} 行记有{value}，但奖惩规则没有给出它的分值或金额（请在奖惩规则中添加事项为“{value}”的规则）：该行未计入',
    en: 'Note: row {row} of "{sheet}" records {value}, which 奖惩规则 gives no points or amount (add a rule whose 事项 is "{value}"); the row is not counted',
  },
  'scores.problem_number_too_large': {
    zh: '注意：「{sheet}」第 {row} 行的「{field}」超出上限（{value}），该行未计入',
    en: 'Note: row {row} of "{sheet}": "{field}" is beyond its limit ({value}); the row is not counted',
  },
  'scores.problem_not_in_list': {
    zh: '注意：「{sheet}」第 {row} 行的「{field}」无法识别（{value}），已按规则默认值计',
    en: 'Note: row {row} of "{sheet}": "{field}" cannot be read ({value}); the rule’s default was used',
  },
  'scores.prompt_title': { zh: '计算月度考核', en: 'Compute monthly scores' },
  'scores.prompt': {
    zh: '请输入月份（YYYY-MM）。直接点“确定”将计算 {month}。',
    en: 'Enter the month (YYYY-MM). Press OK without typing to compute {month}.',
  },
  'scores.done': {
    zh: '{month} 月度考核已写入「{sheet}」：{people} 人，{above} 人 100 分及以上，{below} 人需解雇审查。',
    en: '{month} scores written to {sheet}: {people} people, {above} at 100 or more, {below} for dismissal review.',
  },
  'scores.computing': { zh: '正在计算 {month} 月度考核…', en: 'Computing the {month} scores…' },

  'custom.not_a_number': { zh: '不是数字：{value}', en: 'not a number: {value}' },
  'custom.not_a_date': { zh: '不是日期：{value}', en: 'not a date: {value}' },
  'custom.bad_clock': {
    zh: '方式只能是“自然时”或“工作时”，收到：{value}',
    en: 'The mode must be 自然时 or 工作时, got: {value}',
  },
  'custom.bad_mode': {
    zh: '方式只能是“累进”或“全额”，收到：{value}',
    en: 'The mode must be 累进 or 全额, got: {value}',
  },

  'state.reply_overdue': { zh: '答复超时', en: 'Reply overdue' },
  'state.solution_overdue': { zh: '方案超时', en: 'Solution overdue' },
  'state.due_soon': { zh: '即将超时', en: 'Due soon' },
  'state.open': { zh: '处理中', en: 'Open' },
  'state.closed_on_time': { zh: '按时完成', en: 'Closed on time' },
  'state.closed_late': { zh: '超时完成', en: 'Closed late' },
  'state.closed': { zh: '已结案', en: 'Closed' },
  'state.void': { zh: '作废', en: 'Void' },
  'state.done': { zh: '已回访', en: 'Done' },
  'state.overdue': { zh: '逾期未回访', en: 'Overdue' },
  'state.due': { zh: '待回访', en: 'Due' },
  'state.planned': { zh: '计划中', en: 'Planned' },
  'deadlines.column_note': {
    zh: '此列由客服助手维护（按“规则设置”的时限和计时方式计算），请勿手工修改。',
    en: 'Kept by Kefu Sheets (from the limits and clock of 规则设置); do not edit by hand.',
  },
  'deadlines.legend': {
    zh: '图例：整行红色 = 已超时；黄色 = 即将超时（随当前时间自动更新）。',
    en: 'Legend: red row = overdue; amber = due soon (kept current against the clock).',
  },
  'deadlines.overdue_title': {
    zh: '超时投诉 · {time} · 已超时 {overdue} 件，即将超时 {soon} 件',
    en: 'Overdue complaints · {time} · {overdue} overdue, {soon} due soon',
  },
  'deadlines.none_overdue': { zh: '没有超时或即将超时的投诉。', en: 'No complaint is overdue or due soon.' },
  'deadlines.toast': {
    zh: '投诉时限已更新：已超时 {overdue} 件，即将超时 {soon} 件。详见「{sheet}」。',
    en: 'Deadlines refreshed: {overdue} overdue, {soon} due soon. See {sheet}.',
  },
  'deadlines.trigger_on': {
    zh: '已开启每小时自动刷新投诉时限，并即时处理新登记的重大投诉和表单提交的新行。',
    en: 'Hourly refresh of complaint deadlines is on; new major complaints and rows a Google Form adds are handled at once.',
  },
  'deadlines.trigger_off': {
    zh: '已关闭每小时自动刷新。',
    en: 'Hourly refresh is off.',
  },
  'callbacks.rate_line': {
    zh: '{month} 回访率：{done}/{due} = {rate}（目标 {target}）',
    en: '{month} callback rate: {done}/{due} = {rate} (target {target})',
  },
  'callbacks.complaints_line': {
    zh: '本月投诉 {received} 件，处理率 {handled}，按时率 {onTime}，平均答复 {reply} 小时，平均给出方案 {solution} 小时',
    en: 'Complaints this month: {received}; handled {handled}, on time {onTime}; average {reply} h to reply, {solution} h to a solution',
  },
  'callbacks.toast': {
    zh: '回访计划已更新：逾期 {overdue} 个，待回访 {due} 个。详见「{sheet}」。',
    en: 'Callback plan refreshed: {overdue} overdue, {due} due. See {sheet}.',
  },
  'notice.digest_title': {
    zh: '【客服助手】投诉提醒：新超时 {overdue} 件，即将超时 {soon} 件',
    en: '[Kefu Sheets] Complaints: {overdue} newly overdue, {soon} due soon',
  },
  'notice.digest_counts': {
    zh: '截至 {time}，共有已超时 {overdue} 件、即将超时 {soon} 件。以下为自上次提醒后的新情况，请尽快处理：',
    en: 'As of {time}: {overdue} overdue and {soon} due soon in all. New since the last reminder:',
  },
  'notice.major_title': {
    zh: '【客服助手】新的重大投诉 {count} 件',
    en: '[Kefu Sheets] {count} new major complaint{count:s}',
  },
  'notice.major_intro': {
    zh: '重大投诉须在 {hours} 小时内答复：',
    en: 'A major complaint needs a reply within {hours} h:',
  },
  'notice.test_title': { zh: '【客服助手】测试消息', en: '[Kefu Sheets] Test message' },
  'notice.test_line': {
    zh: '{time}：「{where}」的提醒会发到这个群。',
    en: '{time}: the alerts of "{where}" will come to this group.',
  },
  'notice.item': {
    zh: '{id}｜{level}｜{state}｜截止 {due}（{when}）｜受理人 {handler}｜{customer} {phone}',
    en: '{id} | {level} | {state} | due {due} ({when}) | handler {handler} | {customer} {phone}',
  },
  'notice.hours_over': { zh: '已超 {hours} 小时', en: '{hours} h over' },
  'notice.hours_left': { zh: '还剩 {hours} 小时', en: '{hours} h left' },
  'notice.more': {
    zh: '……另有 {count} 件未列出，请在表格中查看。',
    en: '…and {count} more; see the spreadsheet.',
  },
  'weekly.title': {
    zh: '{week} 投诉周报（{from} 至 {to}）',
    en: '{week} complaint summary ({from} to {to})',
  },
  'weekly.computed': { zh: '生成于 {time}', en: 'computed {time}' },
  'weekly.received': { zh: '收到投诉', en: 'Complaints received' },
  'weekly.by_level': { zh: '按级别', en: 'By level' },
  'weekly.by_channel': { zh: '按渠道', en: 'By channel' },
  'weekly.by_category': { zh: '按类别', en: 'By category' },
  'weekly.closed': { zh: '周末前结案', en: 'Closed by the week’s end' },
  'weekly.closed_value': { zh: '{closed} 件（按时 {onTime} 件）', en: '{closed} ({onTime} on time)' },
  'weekly.avg_reply': { zh: '平均答复时长（小时）', en: 'Average hours to reply' },
  'weekly.avg_solution': { zh: '平均出方案时长（小时）', en: 'Average hours to a solution' },
  'weekly.open_at_end': { zh: '周末仍未结案', en: 'Still open at the week’s end' },
  'weekly.open_value': { zh: '{open} 件（其中超时 {overdue} 件）', en: '{open} ({overdue} overdue)' },
  'weekly.callbacks': { zh: '回访：已回访 / 应回访', en: 'Callbacks: done / due' },
  'weekly.satisfaction': { zh: '回访满意度', en: 'Satisfaction' },
  'weekly.prompt_title': { zh: '本周投诉汇总', en: 'Weekly complaint summary' },
  'weekly.prompt': {
    zh: '汇总哪一周？格式 YYYY-Www，例如 {week}（留空即上一个完整的周：{week}）',
    en: 'Which week? YYYY-Www, e.g. {week} (empty: the last full week, {week})',
  },
  'weekly.done': {
    zh: '{week} 投诉周报已写入「{sheet}」：收到 {received} 件，结案 {closed} 件。',
    en: '{week} summary written to {sheet}: {received} received, {closed} closed.',
  },
  'weekly.bad_week': {
    zh: '周的格式应为 YYYY-Www（如 2026-W45），且这一年有这一周；收到：{value}',
    en: 'A week is YYYY-Www (e.g. 2026-W45), one the year has; got: {value}',
  },
  'robot.wecom': { zh: '企业微信', en: 'WeCom' },
  'robot.dingtalk': { zh: '钉钉', en: 'DingTalk' },
  'robot.feishu': { zh: '飞书', en: 'Feishu' },
  'robot.sent': {
    zh: '已发到{platform}群：{count} 件投诉。',
    en: 'Posted to the {platform} group: {count} complaint{count:s}.',
  },
  'robot.failed': {
    zh: '发到{platform}群失败：{reason}',
    en: 'Posting to the {platform} group failed: {reason}',
  },
  'robot.none': {
    zh: '还没有设置群机器人：请用菜单“群机器人设置…”填写群机器人的 Webhook 地址。',
    en: 'No group robot yet: give its webhook in the menu "Group robot settings…".',
  },
  'robot.unknown_platform': {
    zh: '无法判断群机器人是哪个平台的：请填企业微信、钉钉或飞书群机器人的 Webhook 地址。',
    en: 'Cannot tell which platform the group robot is: give the webhook of a WeCom, DingTalk or Feishu group robot.',
  },
  'robot.webhook_not_https': {
    zh: '群机器人地址必须以 https:// 开头：{value}',
    en: 'A robot webhook must start with https://: {value}',
  },
  'robot.webhook_not_url': {
    zh: '群机器人地址不是网址：{value}',
    en: 'The robot webhook is not a URL: {value}',
  },
  'robot.webhook_unknown': {
    zh: '{value} 不是企业微信、钉钉或飞书的群机器人地址。',
    en: '{value} is not a WeCom, DingTalk or Feishu group robot webhook.',
  },
  'robot.redirected': {
    zh: '平台把请求转到了别处（HTTP {status}），没有送达：请检查群机器人地址。',
    en: 'The platform sent the request elsewhere (HTTP {status}); it was not delivered: check the webhook.',
  },
  'robot.in_cells': {
    zh: '「{sheet}」里还保存着群机器人的地址或密钥：任何能查看表格的人（以及副本、下载和版本记录）都能看到。请移到只有插件能读的文档属性中。',
    en: '{sheet} still holds the group robot’s webhook or secret: anyone who can view the spreadsheet (and every copy, download and version) can read it. Move it into the document properties, which only the add-on reads.',
  },
  'robot.move_question': {
    zh: '「{sheet}」里保存着群机器人的地址或密钥，任何能查看表格的人都能看到。\n\n移到只有插件能读的文档属性中？移好之后这两格会被清空。',
    en: '{sheet} holds the group robot’s webhook or secret, which anyone who can view the spreadsheet can read.\n\nMove them into the document properties, which only the add-on reads? The cells are emptied once they are moved.',
  },
  'robot.moved': {
    zh: '群机器人的地址和密钥已移到文档属性，表格里的两格已清空。',
    en: 'The group robot’s webhook and secret are in the document properties now; the cells are empty.',
  },
  'robot.cleared_cells': {
    zh: '群机器人已在文档属性中设置，表格里的旧地址和密钥已清空。',
    en: 'The group robot was already set in the document properties; the old cells are emptied.',
  },
  'robot.move_failed': {
    zh: '没能把群机器人保存到文档属性，表格里的内容未动。请稍后重试。',
    en: 'The group robot could not be kept in the document properties; the cells are unchanged. Try again later.',
  },
  'robot.saved': { zh: '已保存：{platform} · {place}', en: 'Saved: {platform} · {place}' },
  'robot.removed': { zh: '已删除群机器人设置。', en: 'The group robot is removed.' },
  'robot.dialog_title': { zh: '群机器人设置', en: 'Group robot settings' },
  'robot.dialog_intro': {
    zh: '地址和密钥保存在本表格的文档属性中，只有插件能读取，不在任何单元格里，下载的文件中也没有。',
    en: 'The webhook and secret are kept in this spreadsheet’s document properties, which only the add-on reads: in no cell, and not in a downloaded file.',
  },
  'robot.dialog_current': { zh: '当前：{platform} · {place}', en: 'Now: {platform} · {place}' },
  'robot.dialog_secret_set': { zh: '密钥：已设置（{tail}）', en: 'Secret: set ({tail})' },
  'robot.dialog_secret_none': { zh: '密钥：未设置', en: 'Secret: none' },
  'robot.dialog_none': { zh: '当前：未设置', en: 'Now: none' },
  'robot.dialog_url': { zh: 'Webhook 地址', en: 'Webhook' },
  'robot.dialog_url_hint': { zh: '留空则保持当前地址', en: 'Empty: keep the current one' },
  'robot.dialog_secret': {
    zh: '加签 / 签名校验密钥（钉钉、飞书；企业微信不需要）',
    en: 'Signing secret (DingTalk, Feishu; WeCom needs none)',
  },
  'robot.dialog_secret_hint': { zh: '留空则保持当前密钥', en: 'Empty: keep the current one' },
  'robot.dialog_save': { zh: '保存', en: 'Save' },
  'robot.dialog_remove': { zh: '删除设置', en: 'Remove' },
  'robot.dialog_move': { zh: '从表格移入', en: 'Move from the sheet' },
  'robot.test_ok': {
    zh: '测试消息已发到{platform}群，平台回复：成功。',
    en: 'The test message reached the {platform} group; the platform said: OK.',
  },

  'ui.title': { zh: '客服助手 · 面板', en: 'Kefu Sheets · Dashboard' },
  'ui.weekly': { zh: '周报 {week}', en: 'Week {week}' },
  'ui.weekly_line': {
    zh: '收到 {received} 件，按时结案 {onTime} 件；周末仍未结案 {open} 件（超时 {overdue} 件）',
    en: '{received} received, {onTime} closed on time; {open} still open at its end ({overdue} overdue)',
  },
  'ui.weekly_chart': {
    zh: '近 8 周：收到的投诉（蓝）与按时结案（绿）',
    en: 'The last 8 weeks: complaints received (blue) and closed on time (green)',
  },
  'ui.tab_overview': { zh: '概览', en: 'Overview' },
  'ui.tab_scores': { zh: '考核', en: 'Scores' },
  'ui.tab_rules': { zh: '规则', en: 'Rules' },
  'ui.loading': { zh: '加载中…', en: 'Loading…' },
  'ui.error': { zh: '出错了：', en: 'Something went wrong: ' },
  'ui.retry': { zh: '重试', en: 'Retry' },
  'ui.as_of': { zh: '截至 {time}', en: 'As of {time}' },
  'ui.complaints': { zh: '投诉', en: 'Complaints' },
  'ui.overdue': { zh: '已超时', en: 'Overdue' },
  'ui.due_soon': { zh: '即将超时', en: 'Due soon' },
  'ui.callbacks': { zh: '回访', en: 'Callbacks' },
  'ui.callbacks_overdue': { zh: '逾期', en: 'Overdue' },
  'ui.callbacks_due': { zh: '待回访', en: 'Due' },
  'ui.callback_rate': {
    zh: '{month} 回访率 {rate}（目标 {target}）',
    en: '{month} callback rate {rate} (target {target})',
  },
  'ui.validation': { zh: '校验问题', en: 'Validation' },
  'ui.errors': { zh: '错误', en: 'Errors' },
  'ui.warnings': { zh: '警告', en: 'Warnings' },
  'ui.nothing': { zh: '无', en: 'None' },
  'ui.hours_left': { zh: '剩 {hours} 小时', en: '{hours} h left' },
  'ui.hours_late': { zh: '超 {hours} 小时', en: '{hours} h late' },
  'ui.row': { zh: '{sheet} 第 {row} 行', en: '{sheet} row {row}' },
  'ui.month': { zh: '月份', en: 'Month' },
  'ui.compute': { zh: '计算并写入考核表', en: 'Compute and write the scores sheet' },
  'ui.computing': { zh: '正在计算…', en: 'Computing…' },
  'ui.written': { zh: '已写入「{sheet}」。', en: 'Written to {sheet}.' },
  'ui.name': { zh: '姓名', en: 'Name' },
  'ui.score': { zh: '得分', en: 'Score' },
  'ui.fine': { zh: '罚款', en: 'Fine' },
  'ui.net': { zh: '实发', en: 'Net' },
  'ui.dismissal_line': { zh: '解雇线 {line}', en: 'dismissal line {line}' },
  'ui.high_line': { zh: '满分奖励线 {line}', en: 'reward line {line}' },
  'ui.team': {
    zh: '团队 {size} 人：{above} 人 {base} 分及以上，{below} 人低于 {line} 分',
    en: 'Team of {size}: {above} at {base}+, {below} below {line}',
  },
  'ui.params_title': { zh: '当前生效的参数', en: 'Parameters in force' },
  'ui.params_where': {
    zh: '在「{sheet}」表中修改参数；没有填写的参数使用默认值。',
    en: 'Change them in the {sheet} sheet; a parameter not listed there uses its default.',
  },
  'ui.catalogue_where': {
    zh: '奖惩规则在「{sheet}」表中维护。',
    en: 'The rule catalogue is kept in the {sheet} sheet.',
  },
  'ui.param': { zh: '参数', en: 'Parameter' },
  'ui.tab_sheets': { zh: '表格识别', en: 'Sheets' },
  'ui.sheets_intro': {
    zh: '客服助手在各表中认出的内容。如有不对，在这里改：改动写入“列名对照”表，不会改动您的表格。',
    en: 'What Kefu Sheets recognised in each sheet. Correct it here: changes go to the 列名对照 sheet, never into your sheets.',
  },
  'ui.kind': { zh: '类型', en: 'Kind' },
  'ui.kind_auto': { zh: '（自动识别）', en: '(automatic)' },
  'ui.ignore': { zh: '忽略', en: 'Ignore' },
  'ui.not_recognised': { zh: '未识别', en: 'Not recognised' },
  'ui.unused': { zh: '未使用', en: 'not used' },
  'ui.header_row': {
    zh: '表头第 {row} 行，{rows} 行数据',
    en: 'header on row {row}, {rows} data row{rows:s}',
  },
  'ui.column': { zh: '列', en: 'Column' },
  'ui.columns_count': { zh: '{count} 列及对应字段', en: '{count} column{count:s} and their fields' },
  'ui.header': { zh: '表头', en: 'Header' },
  'ui.field': { zh: '字段', en: 'Field' },
  'ui.evidence': { zh: '依据', en: 'Evidence' },
  'ui.missing': { zh: '缺少必填列：{fields}', en: 'Missing required columns: {fields}' },
  'ui.saved': { zh: '已写入“列名对照”', en: 'Saved to 列名对照' },
  'ui.value': { zh: '值', en: 'Value' },
  'ui.source': { zh: '来源', en: 'Source' },
  'ui.default': { zh: '默认值', en: 'default' },
  'ui.problem': { zh: '无法识别', en: 'unreadable' },

  'cli.usage': {
    zh: '用法：kefu-sheets <demo|inspect|validate|scores|complaints|callbacks|weekly|help> [文件] [选项]',
    en: 'Usage: kefu-sheets <demo|inspect|validate|scores|complaints|callbacks|weekly|help> [FILE] [options]',
  },
  'cli.help': {
    zh: [
      '命令：',
      '  demo                         在内置演示工作簿上运行全部检查（npm start）',
      '  inspect 文件                  显示识别结果：每张表的类型、表头、各列对应的字段、缺少什么',
      '  validate 文件 [--now ISO]     逐行校验所有识别到的表格',
      '  scores 文件 --month YYYY-MM   月度考核',
      '  complaints 文件 [--now ISO]   投诉时限与状态',
      '  callbacks 文件 [--now ISO] [--month YYYY-MM]  回访计划与回访率',
      '  weekly 文件 [--week YYYY-Www] [--now ISO]  投诉周报（默认上一个完整的周）',
      '  complaints / weekly 加 --notify [--webhook 地址] [--webhook-kind wecom|dingtalk|feishu] [--webhook-secret 密钥]：发到群机器人',
      '  help                         显示本说明',
      '',
      '文件：.xlsx，或 .csv（UTF-8 或 Excel/WPS 保存的 GBK）；.xls/.et 请先另存为 .xlsx。',
      '选项：--json  --out 输出.xlsx（写入带结果的副本，输入文件永不修改）  --tz 时区  --lang zh|zh-TW|zh-HK|en  --help  --version',
      '      --map 对照.csv|.xlsx（团队的列名对照：表名、表格类型、列名、字段 四列，与工作簿中的“列名对照”表一样生效；CSV 输入只能这样指定）',
      '退出码：0 完成；1 校验发现错误；2 无法运行（原因见 stderr，--json 时 stdout 输出 {"error": …}）；3 已完成但群消息未送达',
    ].join('\n'),
    en: [
      'Commands:',
      '  demo                          run every check on the bundled demo workbook (npm start)',
      "  inspect FILE                  what is recognised: each sheet's kind, header, columns, what is missing",
      '  validate FILE [--now ISO]     row validation of every recognised sheet',
      '  scores FILE --month YYYY-MM   the monthly scores',
      '  complaints FILE [--now ISO]   complaint deadlines and states',
      '  callbacks FILE [--now ISO] [--month YYYY-MM]  callbacks due, done, overdue; the callback rate',
      '  weekly FILE [--week YYYY-Www] [--now ISO]  the weekly complaint summary (default: the last full week)',
      '  complaints / weekly with --notify [--webhook URL] [--webhook-kind wecom|dingtalk|feishu] [--webhook-secret S]: post to the group robot',
      '  help                          this text',
      '',
      'FILE: .xlsx, or .csv (UTF-8, or GBK as Excel and WPS save it); save .xls/.et as .xlsx first.',
      'Options: --json  --out OUT.xlsx (a copy with the results; the input is never modified)  --tz Area/City  --lang zh|zh-TW|zh-HK|en  --help  --version',
      '         --map MAP.csv|.xlsx (the team’s column mapping: columns 表名, 表格类型, 列名, 字段, applied as a 列名对照 sheet would be; the only way for a CSV input)',
      'Exit status: 0 done; 1 validation found errors; 2 could not run (why on stderr; with --json, {"error": …} on stdout); 3 done, but --notify could not deliver',
    ].join('\n'),
  },
  'cli.unknown_command': { zh: '未知命令：{command}', en: 'Unknown command: {command}' },
  'cli.unknown_option': { zh: '未知选项：{option}', en: 'Unknown option: {option}' },
  'cli.missing_value': { zh: '选项 {option} 需要一个值', en: 'Option {option} needs a value' },
  'cli.missing_file': { zh: '请指定 .xlsx 或 .csv 文件', en: 'Please name an .xlsx or .csv file' },
  'cli.extra_argument': { zh: '多余的参数：{value}', en: 'Unexpected argument: {value}' },
  'cli.bad_month': {
    zh: '月份格式应为 YYYY-MM，收到：{value}',
    en: 'The month must be YYYY-MM, got: {value}',
  },
  'cli.month_required': { zh: 'scores 命令需要 --month YYYY-MM', en: 'scores needs --month YYYY-MM' },
  'cli.bad_now': {
    zh: '--now 应为 ISO 8601 时间（如 2026-11-05T10:00），收到：{value}',
    en: '--now must be ISO 8601 (e.g. 2026-11-05T10:00), got: {value}',
  },
  'cli.bad_tz': { zh: '未知时区：{value}', en: 'Unknown time zone: {value}' },
  'cli.bad_lang': {
    zh: '--lang 只能是 zh、zh-TW、zh-HK 或 en，收到：{value}',
    en: '--lang must be zh, zh-TW, zh-HK or en, got: {value}',
  },
  'cli.unreadable_file': {
    zh: '无法读取文件「{file}」：请检查它是否可读（权限），或是否正被其他程序占用。',
    en: 'Cannot read "{file}": check that it is readable (permissions) and not locked by another program.',
  },
  'cli.file_not_found': {
    zh: '找不到文件「{file}」：请检查路径和文件名。',
    en: 'No file "{file}": check the path and the name.',
  },
  'cli.is_directory': {
    zh: '「{file}」是一个文件夹：请指定其中的 .xlsx 或 .csv 文件。',
    en: '"{file}" is a folder: name an .xlsx or .csv file in it.',
  },
  'cli.unsupported_xls': {
    zh: '「{file}」是旧版 Excel 97-2003 格式（.xls）：请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）后再试。',
    en: '"{file}" is an old Excel 97-2003 workbook (.xls): open it in Excel or WPS, save it as an Excel workbook (.xlsx) and try again.',
  },
  'cli.unsupported_et': {
    zh: '「{file}」是 WPS 表格格式（.et）：请在 WPS 中“另存为” Microsoft Excel 文件（.xlsx）后再试。',
    en: '"{file}" is a WPS spreadsheet (.et): in WPS, save it as a Microsoft Excel file (.xlsx) and try again.',
  },
  'cli.unsupported_numbers': {
    zh: '「{file}」是 Apple Numbers 文件：请在 Numbers 中“文件 › 导出为 › Excel”，再用导出的 .xlsx 重试。',
    en: '"{file}" is an Apple Numbers file: in Numbers choose File › Export To › Excel, then use the .xlsx.',
  },
  'cli.unsupported_ods': {
    zh: '「{file}」是 OpenDocument 表格（.ods）：请“另存为” .xlsx 后再试。',
    en: '"{file}" is an OpenDocument spreadsheet (.ods): save it as .xlsx and try again.',
  },
  'cli.unsupported_xlsb': {
    zh: '「{file}」是 Excel 二进制工作簿（.xlsb）：请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再试。',
    en: '"{file}" is an Excel binary workbook (.xlsb): save it as an Excel workbook (.xlsx) and try again.',
  },
  'cli.unsupported_other': {
    zh: '「{file}」不是 .xlsx 或 .csv 表格文件：请从 Excel、WPS 或 Google 表格另存（或下载）为 .xlsx 后再试。',
    en: '"{file}" is neither an .xlsx nor a .csv file: save (or download) it from Excel, WPS or Google Sheets as .xlsx and try again.',
  },
  'cli.corrupt_xlsx': {
    zh: '「{file}」无法读取：文件已损坏，或并不是真正的 .xlsx。请用 Excel 或 WPS 打开它，重新“另存为” .xlsx 后再试。',
    en: '"{file}" cannot be read: it is damaged, or not really an .xlsx. Open it in Excel or WPS, save it as .xlsx again and retry.',
  },
  'cli.bad_csv': {
    zh: '「{file}」作为 CSV 无法读取（引号或分隔符不配对）：请用 Excel 或 WPS 打开并另存为 .xlsx 后再试。',
    en: '"{file}" cannot be read as CSV (unbalanced quotes or separators): open it in Excel or WPS, save it as .xlsx and retry.',
  },
  'cli.out_not_xlsx': {
    zh: '--out 必须是 .xlsx 文件名（收到「{file}」）：结果总是写入一份 .xlsx 副本。',
    en: '--out must name an .xlsx file (got "{file}"): the results always go into an .xlsx copy.',
  },
  'cli.same_file': {
    zh: '--out「{file}」就是输入文件（同一路径、符号链接或硬链接）：输入文件永不修改，请换一个输出文件名。',
    en: '--out "{file}" is the input file itself (same path, symlink or hard link): the input is never modified; choose another output name.',
  },
  'cli.out_is_directory': {
    zh: '--out「{file}」是一个文件夹：请给出 .xlsx 文件名。',
    en: '--out "{file}" is a folder: give an .xlsx file name.',
  },
  'cli.unwritable_file': {
    zh: '无法写入「{file}」：请检查文件夹是否可写、磁盘是否已满，或文件是否正被 Excel/WPS 打开。',
    en: 'Cannot write "{file}": check that the folder is writable, the disk not full, and the file not open in Excel or WPS.',
  },
  'cli.wrote': { zh: '已写入：{file}', en: 'Written: {file}' },
  'cli.map_not_found': {
    zh: '找不到 --map 文件「{file}」：请检查路径和文件名。',
    en: 'No --map file "{file}": check the path and the name.',
  },
  'cli.map_unsupported': {
    zh: '无法使用 --map 文件「{file}」：{reason}',
    en: 'Cannot use the --map file "{file}": {reason}',
  },
  'cli.map_unreadable': {
    zh: '无法使用 --map 文件「{file}」：{reason}',
    en: 'Cannot use the --map file "{file}": {reason}',
  },
  'cli.map_no_columns': {
    zh: '--map 文件「{file}」里没有列名对照：它须有“表名”列，以及“表格类型”列或“列名”“字段”两列（同工作簿中的“列名对照”表）。',
    en: 'The --map file "{file}" holds no column mapping: it needs a 表名 column, and 表格类型 or 列名 and 字段 (as a 列名对照 sheet has).',
  },
  'cli.help_hint': { zh: '运行 kefu-sheets help 查看用法。', en: 'Run kefu-sheets help for usage.' },
  'cli.no_webhook': {
    zh: '--notify 需要一个群机器人：用 --webhook 或环境变量 KEFU_WEBHOOK 给出地址。',
    en: '--notify needs a group robot: give --webhook, or the KEFU_WEBHOOK environment variable.',
  },
  'cli.webhook_not_https': {
    zh: '群机器人地址必须是 https（http 只允许本机 127.0.0.1 / localhost，用于测试）：{value}',
    en: 'A robot webhook must be https (plain http only to 127.0.0.1 / localhost, for testing): {value}',
  },
  'cli.webhook_not_url': {
    zh: '群机器人地址不是网址：{value}',
    en: 'The robot webhook is not a URL: {value}',
  },
  'cli.webhook_kind_unknown': {
    zh: '看不出 {value} 是哪个平台的机器人：请加 --webhook-kind wecom|dingtalk|feishu。',
    en: 'Cannot tell the platform of {value}: add --webhook-kind wecom|dingtalk|feishu.',
  },
  'cli.bad_webhook_kind': {
    zh: '--webhook-kind 只能是 wecom、dingtalk 或 feishu，收到：{value}',
    en: '--webhook-kind must be wecom, dingtalk or feishu, got: {value}',
  },
  'cli.notify_not_here': {
    zh: '{command} 命令不发群消息：--notify 只用于 complaints 和 weekly。',
    en: '{command} posts nothing: --notify is for complaints and weekly.',
  },
  'cli.notify_missing': {
    zh: '{option} 要与 --notify 一起使用。',
    en: '{option} goes with --notify.',
  },
  'cli.webhook_timeout': { zh: '{seconds} 秒内没有回应', en: 'no answer within {seconds} s' },
  'cli.notified': {
    zh: '已发到{platform}群：{count} 件投诉。',
    en: 'Posted to the {platform} group: {count} complaint{count:s}.',
  },
  'cli.notified_weekly': { zh: '周报已发到{platform}群。', en: 'Summary posted to the {platform} group.' },
  'cli.nothing_to_notify': {
    zh: '没有超时或即将超时的投诉，未发群消息。',
    en: 'Nothing overdue or due soon: nothing posted.',
  },
  'progress.reading': { zh: '读取「{file}」（{size}）…', en: 'Reading "{file}" ({size})…' },
  'progress.read': {
    zh: '已读取「{file}」：{sheets} 个工作表，{rows} 行；处理中…',
    en: 'Read "{file}": {sheets} sheet{sheets:s}, {rows} row{rows:s}; working…',
  },
  'progress.writing': {
    zh: '写入「{file}」：{sheet} 第 {done}/{total} 行',
    en: 'Writing "{file}": {sheet}, row {done} of {total}',
  },

  'own.elsewhere': {
    zh: '「{team}」是团队自己的表，未作任何改动；结果写在「{sheet}」。',
    en: '"{team}" is the team\'s own sheet and was left as it is; the results are in "{sheet}".',
  },
  'report.validation_title': {
    zh: '校验报告 · 生成于 {time} · 检查 {rows} 行：错误 {errors} 个，警告 {warnings} 个',
    en: 'Validation report · {time} · {rows} row{rows:s} checked: {errors} error{errors:s}, {warnings} warning{warnings:s}',
  },
  'report.validation_heading': { zh: '逐行校验', en: 'Row validation' },
  'report.issue_line': { zh: '第 {row} 行「{field}」：{message}', en: 'row {row}, {field}: {message}' },
  'report.validation_summary': {
    zh: '共检查 {rows} 行：错误 {errors} 个，警告 {warnings} 个',
    en: '{rows} row{rows:s} checked: {errors} error{errors:s}, {warnings} warning{warnings:s}',
  },
  'report.complaints_heading': {
    zh: '投诉时限（截至 {now}，计时方式：{clock}）',
    en: 'Complaint deadlines (as of {now}, clock: {clock})',
  },
  'report.clock_natural': { zh: '自然时', en: 'calendar hours' },
  'level.major': { zh: '重大', en: 'Major' },
  'level.normal': { zh: '普通', en: 'Normal' },
  'satisfaction.very': { zh: '很满意', en: 'Very satisfied' },
  'satisfaction.fair': { zh: '基本满意', en: 'Fairly satisfied' },
  'satisfaction.not': { zh: '不满意', en: 'Dissatisfied' },
  'report.clock_working': { zh: '工作时', en: 'working hours' },
  'report.complaints_summary': {
    zh: '共 {total} 件：答复超时 {replyOverdue}，方案超时 {solutionOverdue}，即将超时 {dueSoon}，处理中 {open}，按时完成 {onTime}，超时完成 {late}，状态为已结案（时间不详）{closed}；另有作废 {void} 件不计入',
    en: '{total} in all: {replyOverdue} reply overdue, {solutionOverdue} solution overdue, {dueSoon} due soon, {open} open, {onTime} closed on time, {late} closed late, {closed} closed by status (time unknown); {void} void, not counted',
  },
  'report.callbacks_heading': { zh: '回访', en: 'Callbacks' },
  'report.error': { zh: '错误', en: 'error' },
  'report.warning': { zh: '警告', en: 'warning' },
  'report.no_issues': { zh: '未发现问题。', en: 'No issues found.' },
  'report.more_rows': {
    zh: '另有 {count} 行未列出；请先处理以上各项。',
    en: '{count} more row{count:s} not listed; deal with the ones above first.',
  },
  'report.more_issues': {
    zh: '另有 {count} 个问题未列出（单元格上均已标注）；请先修正以上问题后重新检查。',
    en: '{count} more issue{count:s} not listed here (each is marked at its cell); fix the ones above and check again.',
  },
  'toast.validated': {
    zh: '检查完成：{rows} 行，错误 {errors} 个，警告 {warnings} 个。详见「{sheet}」。',
    en: 'Checked {rows} row{rows:s}: {errors} error{errors:s}, {warnings} warning{warnings:s}. See the {sheet} sheet.',
  },
  'toast.working': { zh: '正在处理…', en: 'Working…' },
  'setup.timezone_title': { zh: '统一时区', en: 'Align time zones' },
  'setup.timezone_question': {
    zh: '「规则设置」的时区是 {settingZone}，本表格的时区是 {sheetZone}。\n\n要把表格时区改为 {settingZone} 吗？已录入的时间显示不变，之后按 {settingZone} 计算时限和“现在”。\n\n如果 {sheetZone} 才是对的，请选“否”，并把「规则设置」的时区改为 {sheetZone}。',
    en: '规则设置 says the time zone is {settingZone}; this spreadsheet’s zone is {sheetZone}.\n\nChange the spreadsheet’s zone to {settingZone}? Times already entered keep what they show; deadlines and "now" are then reckoned in {settingZone}.\n\nIf {sheetZone} is right, choose No and set 时区 in 规则设置 to {sheetZone}.',
  },
  'setup.timezone_done': {
    zh: '表格时区已改为 {zone}。',
    en: 'The spreadsheet’s time zone is now {zone}.',
  },
  'toast.setup_done': {
    zh: '设置完成：新建 {created} 个表格，补充 {params} 个参数，{dropdowns} 列添加下拉选项。',
    en: 'Set-up done: {created} sheet{created:s} created, {params} parameter{params:s} added, dropdowns on {dropdowns} column{dropdowns:s}.',
  },
  'toast.setup_region': {
    zh: '地区：{region}（节假日、电话号码和默认时区按它；可在「规则设置」的“地区”修改）。',
    en: 'Region: {region} (holidays, phone numbers and the default time zone follow it; change 地区 in 规则设置).',
  },
  'report.workbook': { zh: '工作簿：{file}', en: 'Workbook: {file}' },
  'error.calendar_no_working_days': {
    zh: '工作日历在 {days} 天内找不到一个工作日：请检查「节假日」表是否把太多日子标成了「休」。',
    en: 'The working calendar has no working day within {days} days: check whether 节假日 marks too many days 休.',
  },
  'calendar.name_CN': {
    zh: '中国大陆法定节假日与调休',
    en: 'mainland China public holidays and make-up working days',
  },
  'calendar.name_HK': { zh: '香港公众假期', en: 'Hong Kong general holidays' },
  'calendar.name_MO': { zh: '澳门公众假期', en: 'Macau public holidays' },
  'calendar.name_TW': { zh: '台湾政府行政机关办公日历', en: 'Taiwan government office calendar' },
  'calendar.name_OTHER': { zh: '「其他」地区（无内置节假日）', en: '其他 (no built-in holidays)' },
  'warning.calendar_year_not_covered_in': {
    zh: '注意：{year} 年不在内置的{calendar}数据中，也没有在「节假日」表中填写，已按周一至周五计算工作时。',
    en: 'Note: {year} is neither in the built-in data ({calendar}) nor in 节假日; working hours count Monday to Friday.',
  },
  'warning.calendar_year_not_covered_other': {
    zh: '注意：地区为「其他」，没有内置节假日，「节假日」表也没有 {year} 年的日期，已按周一至周五计算工作时。',
    en: 'Note: 地区 is 其他, with no built-in holidays, and 节假日 has no day in {year}; working hours count Monday to Friday.',
  },
  'warning.calendar_team_only': {
    zh: '注意：地区为「其他」，没有内置节假日，工作时只跳过周末和「节假日」表标为「休」的日子；请在「节假日」表填写当地的公众假期。',
    en: 'Note: 地区 is 其他, with no built-in holidays: working hours skip only weekends and the days 节假日 marks 休. Enter your public holidays in 节假日.',
  },
  'diag.calendar_region': {
    zh: '节假日：按{calendar}（内置 {years} 年），「节假日」表 {team} 条优先',
    en: 'Holidays: {calendar} (built in for {years}); the {team} day{team:s} of 节假日 win',
  },
  'diag.calendar_unchecked': {
    zh: '节假日：{years} 年的{calendar}按规则推算，尚未与政府公布的名单核对',
    en: 'Holidays: {calendar} for {years} is worked out by rule, not checked against the government’s list',
  },
  'diag.calendar_other': {
    zh: '节假日：地区为「其他」，没有内置节假日，只按周末和「节假日」表的 {team} 条计算',
    en: 'Holidays: 地区 is 其他, with no built-in holidays; only weekends and the {team} day{team:s} of 节假日 count',
  },
  'issue.invalid_phone_local': {
    zh: '「{field}」不是有效的电话号码（本地号码写作 {local}；中国大陆号码照常填写；其他地方的号码请加国际区号，如 +1 …）',
    en: '"{field}" is not a valid phone number (local numbers as {local}; mainland numbers as usual; others with their country code, such as +1 …)',
  },
  'issue.invalid_phone_other': {
    zh: '「{field}」不是有效的电话号码（请加国际区号，如 +852 …、+1 …；中国大陆号码可照常填写）',
    en: '"{field}" is not a valid phone number (write it with its country code, such as +852 … or +1 …; mainland numbers as usual)',
  },
  'issue.time_without_date': {
    zh: '「{field}」只有时间 {value}，没有日期：请写成 2026-11-05 {value} 这样的完整日期和时间',
    en: '"{field}" holds only a time, {value}, and no date: write the date with it, such as 2026-11-05 {value}',
  },
  'cell.truncated': {
    zh: '…（内容过长已截断：原有 {count} 字，一个单元格最多 50000 字）',
    en: '… (cut short: {count} characters; a cell holds 50,000 at most)',
  },
  'warning.protected_range': {
    zh: '「{sheet}」的 {ranges} 受保护，您没有编辑权限，以下未能完成：{what}；其余已完成。请表格所有者在“数据 › 保护工作表和范围”中把您加为编辑者（或改为“仅显示警告”），然后重新运行。',
    en: '{ranges} of "{sheet}" are protected and you may not edit them; not done there: {what}. Everything else was done. Ask the spreadsheet’s owner to add you as an editor in Data › Protect sheets and ranges (or to make it show a warning only), then run again.',
  },
  'warning.sheet_limit_cells': {
    zh: '本表格已达到 Google 表格 1000 万个单元格的上限：「{sheet}」的 {ranges} 未能完成：{what}；其余已完成。请删除不用的空行、空列或工作表后重新运行。',
    en: 'This spreadsheet is at Google Sheets’ limit of 10 million cells; not done in {ranges} of "{sheet}": {what}. Everything else was done. Delete unused rows, columns or sheets, then run again.',
  },
  'warning.sheet_limit_columns': {
    zh: '「{sheet}」已达到 Google 表格每张表 18278 列的上限：{ranges} 未能完成：{what}；其余已完成。请删除不用的列后重新运行。',
    en: '"{sheet}" is at Google Sheets’ limit of 18,278 columns a sheet; not done in {ranges}: {what}. Everything else was done. Delete unused columns, then run again.',
  },
  'warning.more_ranges': { zh: ' 等另 {count} 处', en: ' and {count} more' },
  'write.values': { zh: '写入内容', en: 'values' },
  'write.notes': { zh: '批注', en: 'notes' },
  'write.colours': { zh: '底色', en: 'colours' },
  'write.formats': { zh: '格式', en: 'formats' },
  'write.dropdowns': { zh: '下拉选项', en: 'dropdowns' },
  'write.highlights': { zh: '条件格式', en: 'highlighting rules' },
  'write.rows': { zh: '插入或删除行', en: 'inserting or deleting rows' },
  'write.columns': { zh: '插入列', en: 'inserting columns' },
  'write.layout': { zh: '冻结行和列宽', en: 'frozen rows and column widths' },
  'write.chart': { zh: '图表', en: 'the chart' },
  'write.clear': { zh: '清除旧内容', en: 'clearing old contents' },
  'error.sheet_limit': {
    zh: '本表格已达到 Google 表格 1000 万个单元格的上限，无法新建「{sheet}」。请删除不用的空行、空列或工作表后重新运行。',
    en: 'This spreadsheet is at Google Sheets’ limit of 10 million cells: "{sheet}" cannot be made. Delete unused rows, columns or sheets, then run again.',
  },
  'scores.more_ledger_rows': { zh: '…另有 {count} 行', en: '… and {count} more' },
  'cli.file_too_large': {
    zh: '「{file}」有 {size}，超过命令行可读取的 {limit}：请把数据拆成几个文件后再试。',
    en: '"{file}" is {size}, more than the {limit} the command line reads: split the data into several files and try again.',
  },
  'cli.unpacked_too_large': {
    zh: '「{file}」解压后超过 {limit}，超过命令行可读取的大小：请用 Excel 或 WPS 打开它，删去不用的内容或拆成几个文件后再试。',
    en: '"{file}" unpacks to more than {limit}, more than the command line reads: open it in Excel or WPS, delete what is not needed or split it into several files, and try again.',
  },
  'cli.sheet_too_large': {
    zh: '「{file}」的工作表「{sheet}」第 {row} 行还有内容，超过命令行可读取的 {limit} 行：请删去远处多余的内容，或把数据拆成几个文件后再试。',
    en: 'Sheet "{sheet}" of "{file}" has content on row {row}, beyond the {limit} rows the command line reads: delete stray content far down, or split the data into several files, and try again.',
  },
  'cli.too_many_cells': {
    zh: '「{file}」超过 {limit} 个单元格的上限（与 Google 表格相同，按各表从 A1 到最后一个有内容的行和列计算）：工作表「{sheet}」的内容已延伸到第 {row} 行、第 {column} 列。请删去远处多余的内容，或把数据拆成几个文件后再试。',
    en: '"{file}" is past the limit of {limit} cells (as in Google Sheets, counted from A1 to the last row and column holding content in each sheet): sheet "{sheet}" reaches row {row}, column {column}. Delete stray content far away, or split the data into several files, and try again.',
  },
  'cli.too_large_for_copy': {
    zh: '「{file}」超过 {limit} 个单元格，太大，无法写出带结果的副本（--out）：请不带 --out 运行（结果照常输出），或把数据拆成几个文件。',
    en: '"{file}" has more than {limit} cells, too many to write a copy with the results (--out): run without --out (the results are printed as usual), or split the data into several files.',
  },
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof CATALOGUE;

const KEYS: ReadonlySet<string> = new Set(Object.keys(CATALOGUE));
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The user's language from a locale such as `zh_CN`, `zh_TW`, `zh-Hant-HK` or `en_US`: Traditional
 * for Taiwan, Hong Kong and Macau (and zh-Hant), Simplified for other Chinese, else English.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  const tag = (locale ?? '').replace(/_/g, '-').toLowerCase();
  if (!tag.startsWith('zh')) return 'en';
  if (/^zh-(hant-)?(hk|mo)\b/.test(tag)) return 'zh-HK';
  if (/^zh-(hant\b|tw\b)/.test(tag)) return 'zh-TW';
  return 'zh';
}

/** True for the three Chinese languages (Chinese punctuation and separators). */
export function isChinese(lang: Lang): boolean {
  return lang !== 'en';
}

/** What separates the items of a list: 、 in Chinese, a comma in English. */
export function listSeparator(lang: Lang): string {
  return isChinese(lang) ? '、' : ', ';
}

/** Prefix of a column header's own entry where its text is also a name (see labelIn). */
export const LABEL_KEY = 'label:';

/**
 * A column header of one of the add-on's own sheets in a language: said as Taiwan says it (欄名),
 * even where the same Simplified text is a name a team's sheet carries (列名 of 列名对照).
 */
export function labelIn(lang: Lang, entry: { readonly zh: string; readonly en: string }): string {
  if (lang === 'en') return entry.en;
  const own = chineseIn(lang, LABEL_KEY + entry.zh);
  return own === LABEL_KEY + entry.zh ? chineseIn(lang, entry.zh) : own;
}

/** The generated table as a map (built on first use: no lookup reaches an object's prototype). */
let hantTexts: Map<string, string | readonly [string, string]> | undefined;

/** A Simplified text in a Chinese language: as it is, or its Traditional form from the generated table. */
export function chineseIn(lang: Lang, zh: string): string {
  if (lang === 'zh' || lang === 'en') return zh;
  hantTexts ??= new Map(Object.entries(HANT));
  const hant = hantTexts.get(zh);
  if (hant === undefined) return zh;
  return typeof hant === 'string' ? hant : lang === 'zh-HK' ? hant[1] : hant[0];
}

/**
 * The values of a list (问题分类, 处理结果…) in a Chinese language's script: the default words in
 * Traditional where the generated table has them (質量問題, 已解決), a team's own words as written.
 */
export function inScript(lang: Lang, values: readonly string[]): string[] {
  return values.map((value) => chineseIn(lang, value));
}

/** True when a string is a key of the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return KEYS.has(key);
}

/**
 * A catalogue message in a language, with `{name}` placeholders filled.
 * @example message('en', 'cli.bad_month', { value: '2026-13' })
 */
export function message(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return fillTemplate(localized(lang, CATALOGUE[key]), params);
}

/** The Chinese of every entry, as written (placeholders unfilled): what the Traditional catalogue is made from. */
export function catalogueChinese(): string[] {
  return Object.values(CATALOGUE).map((entry: Entry) => entry.zh);
}

/** Every key of the catalogue (the sidebar takes its labels from them; tests check each is worded). */
export function messageKeys(): MessageKey[] {
  return Object.keys(CATALOGUE).filter(isMessageKey);
}

/**
 * The key a table gives a case read from loose values (a warning's params, say), or undefined when
 * the value is none of its cases. The table is typed by the cases, so the compiler wants a key for
 * every case, and every key in the catalogue.
 */
export function caseKey<C extends string>(
  table: Readonly<Record<C, MessageKey>>,
  value: unknown,
): MessageKey | undefined {
  // A map of the table's own keys: `constructor` or `toString` is no case.
  return typeof value === 'string'
    ? new Map<string, MessageKey>(Object.entries(table)).get(value)
    : undefined;
}

/** The entry of a two-language description table (parameters, columns, sheet kinds) in a language. */
export function localized(lang: Lang, entry: { readonly zh: string; readonly en: string }): string {
  return lang === 'en' ? entry.en : chineseIn(lang, entry.zh);
}
