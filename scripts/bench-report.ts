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

export interface BenchResult {
  /** YYYY-MM-DD of the run. */
  readonly date: string;
  readonly machine: string;
  readonly msPerCall: number;
  readonly results: readonly BenchRow[];
  readonly bundleBytes: number;
  readonly cli: readonly CliRun[];
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
  onEdit: { zh: 'onEdit（上下文已缓存）', en: 'onEdit (context cached)' },
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
  const cli = bench.cli
    .map((c) =>
      lang === 'zh'
        ? `\`${c.command}\` ${c.wallSeconds} 秒、峰值内存 ${c.peakMemoryMB} MB`
        : `\`${c.command}\` ${c.wallSeconds} s, ${c.peakMemoryMB} MB peak memory`,
    )
    .join(lang === 'zh' ? '；' : '; ');
  const rowsLabel = thousands(bench.cli[0]?.rows ?? 0);
  if (lang === 'zh') {
    lines.push(
      `- 行数：${sizeLabel}。调用次数在各行数下${constant ? '完全相同' : '**并不相同**'}；最大行数下计算最慢的是 ${labelOf(slowest?.op ?? '-', lang, largest)}（${slowest?.ms ?? 0} ms）。`,
      `- \`dist/Code.js\`：${kb} KB。`,
      `- 命令行，${rowsLabel} 行的 .xlsx：${cli}。`,
    );
  } else {
    lines.push(
      `- Sizes: ${sizeLabel} rows. Calls ${constant ? 'identical at every size' : '**differ between sizes**'}; slowest compute at the largest size: ${labelOf(slowest?.op ?? '-', lang, largest)} (${slowest?.ms ?? 0} ms).`,
      `- \`dist/Code.js\`: ${kb} KB.`,
      `- The command line on a ${rowsLabel}-row .xlsx: ${cli}.`,
    );
  }
  return lines.join('\n');
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
