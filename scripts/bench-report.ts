// The benchmark's results as the README shows them: `npm run bench -- --markdown` saves them in
// docs/bench.json and writes these tables between the README's bench markers; a test renders the
// saved JSON again and compares, so the README's figures cannot drift from a measured run.

/** One operation at one size, as the benchmark measures it. */
export interface BenchRow {
  readonly op: string;
  readonly rows: number;
  readonly calls: number;
  readonly dataCalls: number;
  /** Median compute of the add-on's code, ms. */
  readonly ms: number;
  /** Median time inside the fake's services, ms. */
  readonly serviceMs: number;
  readonly modelledSeconds: number;
}

/** The command line on a large generated .xlsx. */
export interface CliRun {
  readonly command: string;
  readonly rows: number;
  readonly wallSeconds: number;
  readonly peakMemoryMB: number;
}

/** One kind of trigger run over the simulated day: how many, their mean calls, their modelled minutes in all. */
export interface TriggerRuns {
  readonly runs: number;
  readonly meanCalls: number;
  readonly minutes: number;
}

/**
 * A team's day of installable triggers, each run through the built bundle on the fake: the instant
 * alert's edit trigger for every edit (most end from the event alone, a few go the full way) and
 * the hourly refresh 24 times; modelled as calls × msPerCall + compute, against the daily quota.
 */
export interface TriggerDay {
  /** Rows of 售后登记 and of 投诉登记. */
  readonly rows: number;
  readonly edits: number;
  /** Loading the bundle, counted once per run (median of 5 loads into a fresh realm), ms. */
  readonly startupMs: number;
  /** Edits the alert ended from the event alone. */
  readonly skipped: TriggerRuns;
  /** Edits that went the full way (read the edited rows, maybe alerted). */
  readonly full: TriggerRuns;
  readonly hourly: TriggerRuns;
  readonly totalMinutes: number;
  /** The simple onEdit for the same edits: it runs as each editor, not as the installer (not in the total). */
  readonly simpleOnEdit: TriggerRuns;
  /** Apps Script's "Triggers total runtime" a day: consumer accounts, Google Workspace. */
  readonly quotaMinutes: { readonly consumer: number; readonly workspace: number };
}

export interface BenchResult {
  /** YYYY-MM-DD of the run. */
  readonly date: string;
  readonly machine: string;
  readonly msPerCall: number;
  readonly results: readonly BenchRow[];
  readonly bundleBytes: number;
  readonly cli: readonly CliRun[];
  /** Absent from runs before it was measured. */
  readonly triggerDay?: TriggerDay;
}

type Lang = 'zh' | 'en';

const LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  inspect: { zh: 'inspect（识别表格）', en: 'inspect (recognition)' },
  validate: { zh: 'validate（检查全部）', en: 'validate' },
  scores: { zh: 'scores（月度考核）', en: 'scores' },
  complaints: { zh: 'complaints（投诉时限）', en: 'complaints' },
  callbacks: {
    zh: 'callbacks（回访，登记与回访记录各 {rows} 行）',
    en: 'callbacks ({rows} cases and {rows} callback rows)',
  },
  onEdit: {
    zh: 'onEdit（干净的编辑：同一行的下一格“处理结果”，上下文已缓存）',
    en: 'onEdit (a clean edit: the next cell of a row, its 处理结果; context cached)',
  },
  'onEdit (key column)': {
    zh: 'onEdit（另一行的“登记日期”：查重、读写标记；上下文已缓存）',
    en: 'onEdit (another row’s 登记日期: duplicates looked for, marks read; context cached)',
  },
  'onEdit (cold)': {
    zh: 'onEdit（首次或设置表改动后）',
    en: 'onEdit (first edit, or after a settings change)',
  },
  'onEdit (AuthMode.NONE)': {
    zh: 'onEdit（AuthMode.NONE：插件尚未在本表格启用）',
    en: 'onEdit (AuthMode.NONE: add-on not yet used here)',
  },
  customFunction: {
    zh: '自定义函数（一次处理 {rows} 格）',
    en: 'custom function (one call over {rows} cells)',
  },
  'hourly (digest + robot)': {
    zh: '每小时刷新（时限、提醒邮件、钉钉群消息）',
    en: 'hourly refresh (deadlines, e-mail digest, DingTalk post)',
  },
  weekly: {
    zh: 'weekly（投诉周报，投诉与回访记录各 {rows} 行）',
    en: 'weekly (summary of {rows} complaints and {rows} callback rows)',
  },
};

const HEAD: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['操作', '服务调用（各行数）', '读写数据的调用', '计算耗时 @最大', '模拟 Apps Script 耗时 @最大'],
  en: [
    'operation',
    'service calls (per size)',
    'reading/writing cell data',
    'compute @largest',
    'modelled Apps Script @largest',
  ],
};

function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** An operation's name for people, with the row count it ran on. */
function labelOf(op: string, lang: Lang, rows: number): string {
  return (LABELS[op]?.[lang] ?? op).replace(/\{rows\}/g, thousands(rows));
}

/** The README's figures for one language: the table, then the bundle, the CLI and the verdicts. */
export function benchMarkdown(bench: BenchResult, lang: Lang): string {
  const sizes = [...new Set(bench.results.map((r) => r.rows))].sort((a, b) => a - b);
  const largest = sizes.at(-1) ?? 0;
  const ops = [...new Set(bench.results.map((r) => r.op))];
  const sizeLabel = sizes.map((s) => (s >= 1000 ? `${s / 1000}k` : String(s))).join(' / ');
  const lines: string[] = [];
  lines.push(
    lang === 'zh'
      ? `${bench.date}，${bench.machine}；各 5 次运行的中位数；每次服务调用按 ${bench.msPerCall} ms 计。`
      : `${bench.date}, ${bench.machine}; medians of 5 runs; ${bench.msPerCall} ms per service call.`,
    '',
    `| ${HEAD[lang].join(' | ')} |`,
    `|${HEAD[lang].map(() => '---').join('|')}|`,
  );
  let constant = true;
  let slowest: BenchRow | null = null;
  for (const op of ops) {
    const rows = sizes.map((s) => bench.results.find((r) => r.op === op && r.rows === s));
    const top = rows.at(-1);
    if (!top) continue;
    if (new Set(rows.map((r) => r?.calls)).size > 1) constant = false;
    if (!slowest || top.ms > slowest.ms) slowest = top;
    const label = labelOf(op, lang, largest);
    lines.push(
      `| ${label} | ${rows.map((r) => r?.calls ?? '–').join(' / ')} | ${top.dataCalls} | ${top.ms} ms | ${top.modelledSeconds} s |`,
    );
  }
  lines.push('');
  const kb = Math.round(bench.bundleBytes / 1024);
  const cliRun = (c: CliRun) =>
    c.command === 'ExcelJS load'
      ? lang === 'zh'
        ? `ExcelJS 仅载入该文件 ${c.wallSeconds} 秒、峰值内存 ${c.peakMemoryMB} MB`
        : `ExcelJS's own load of the file ${c.wallSeconds} s, ${c.peakMemoryMB} MB peak memory`
      : lang === 'zh'
        ? `\`${c.command}\` ${c.wallSeconds} 秒、峰值内存 ${c.peakMemoryMB} MB`
        : `\`${c.command}\` ${c.wallSeconds} s, ${c.peakMemoryMB} MB peak memory`;
  const cliSizes = [...new Set(bench.cli.map((c) => c.rows))];
  const cli = cliSizes
    .map((rows) => {
      const runs = bench.cli
        .filter((c) => c.rows === rows)
        .map(cliRun)
        .join(lang === 'zh' ? '；' : '; ');
      return lang === 'zh'
        ? `${thousands(rows)} 行的 .xlsx：${runs}`
        : `on a ${thousands(rows)}-row .xlsx: ${runs}`;
    })
    .join(lang === 'zh' ? '。' : '; ');
  if (lang === 'zh') {
    lines.push(
      `- 行数：${sizeLabel}。调用次数在各行数下${constant ? '完全相同' : '**并不相同**'}；最大行数下计算最慢的是 ${labelOf(slowest?.op ?? '-', lang, largest)}（${slowest?.ms ?? 0} ms）。`,
      `- \`dist/Code.js\`：${kb} KB。`,
      `- 命令行，${cli}。`,
    );
  } else {
    lines.push(
      `- Sizes: ${sizeLabel} rows. Calls ${constant ? 'identical at every size' : '**differ between sizes**'}; slowest compute at the largest size: ${labelOf(slowest?.op ?? '-', lang, largest)} (${slowest?.ms ?? 0} ms).`,
      `- \`dist/Code.js\`: ${kb} KB.`,
      `- The command line ${cli}.`,
    );
  }
  if (bench.triggerDay) lines.push(triggerDayLine(bench.triggerDay, lang));
  return lines.join('\n');
}

/** Minutes with one decimal. */
function minutes(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}

/** The day of triggers in one line: use, split, share of the consumer quota. */
function triggerDayLine(day: TriggerDay, lang: Lang): string {
  const share = Math.round((day.totalMinutes / day.quotaMinutes.consumer) * 1000) / 10;
  const { skipped, full, hourly } = day;
  if (lang === 'zh') {
    return `- 触发器每日运行时间（可安装触发器按安装者计的每日配额：个人账号 ${day.quotaMinutes.consumer} 分钟，Workspace ${day.quotaMinutes.workspace / 60} 小时）：一天 ${thousands(day.edits)} 次编辑的团队（售后登记、投诉登记各 ${thousands(day.rows)} 行），即时提醒的编辑触发器 ${thousands(skipped.runs)} 次只凭事件就结束（平均 ${skipped.meanCalls} 次调用，共 ${minutes(skipped.minutes)} 分钟）、${thousands(full.runs)} 次走完整流程（平均 ${full.meanCalls} 次调用，共 ${minutes(full.minutes)} 分钟），每小时刷新 ${hourly.runs} 次（平均 ${hourly.meanCalls} 次调用，共 ${minutes(hourly.minutes)} 分钟）；每次运行另计载入脚本 ${day.startupMs} ms：合计约 **${minutes(day.totalMinutes)} 分钟**，占个人账号配额的 ${share}%（简单触发器 onEdit 以每位编辑者的身份运行，不计在安装者名下：同样的编辑共 ${minutes(day.simpleOnEdit.minutes)} 分钟）。`;
  }
  return `- Trigger runtime a day (installable triggers share a daily quota, counted for the user who installed them: ${day.quotaMinutes.consumer} min on a consumer account, ${day.quotaMinutes.workspace / 60} h on Workspace): a team making ${thousands(day.edits)} edits a day (售后登记 and 投诉登记 of ${thousands(day.rows)} rows each), the instant alert's edit trigger ending ${thousands(skipped.runs)} of them from the event alone (${skipped.meanCalls} calls on average, ${minutes(skipped.minutes)} min in all) and taking the full way for ${thousands(full.runs)} (${full.meanCalls} calls on average, ${minutes(full.minutes)} min), the hourly refresh ${hourly.runs} times (${hourly.meanCalls} calls on average, ${minutes(hourly.minutes)} min), each run also loading the script (${day.startupMs} ms): about **${minutes(day.totalMinutes)} min** in all, ${share}% of a consumer account's quota (the simple onEdit runs as each editor, not as the installer: ${minutes(day.simpleOnEdit.minutes)} min for the same edits).`;
}

const START = (lang: Lang) => `<!-- bench:${lang} (npm run bench -- --markdown writes this block) -->`;
const END = (lang: Lang) => `<!-- /bench:${lang} -->`;

/** The block between a language's markers, or null when the README has none. */
export function readmeBlock(readme: string, lang: Lang): string | null {
  const start = readme.indexOf(START(lang));
  const end = readme.indexOf(END(lang));
  if (start < 0 || end < start) return null;
  return readme.slice(start + START(lang).length, end).trim();
}

/** The README with a language's block replaced. */
export function withReadmeBlock(readme: string, lang: Lang, markdown: string): string {
  const start = readme.indexOf(START(lang));
  const end = readme.indexOf(END(lang));
  if (start < 0 || end < start) throw new Error(`README.md has no ${START(lang)} … ${END(lang)} block`);
  return `${readme.slice(0, start)}${START(lang)}\n${markdown}\n${readme.slice(end)}`;
}
