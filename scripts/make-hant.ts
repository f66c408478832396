// Writes src/domain/i18n/hant-table.ts: the Traditional Chinese of everything the add-on says, for
// Taiwan (zh-TW) and Hong Kong / Macau (zh-HK), made from the one catalogue at build time with
// opencc-js (Taiwan's phrases for zh-TW; Hong Kong's characters for zh-HK) and the reviewed
// table below. Run after changing a Chinese message: `npm run hant:make`. A unit test regenerates
// the table and fails if the committed file drifts.
//
// Names a team's sheets carry (sheet names, headers, parameter names) are converted one character
// at a time, and so where a sentence quotes them, so that recognition folds them back to the same
// name (「規則設置」 in a sentence, never 「規則設定」).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hantSources } from '../src/domain/i18n/hant-sources';
import { LABEL_KEY } from '../src/domain/i18n/messages';
import { toSimplified } from '../src/domain/text';

const require = createRequire(__filename);

type Convert = (text: string) => string;

interface OpenCCModule {
  Converter(options: { from: string; to: string }): Convert;
}

/**
 * Rows and columns: the mainland says 行 for a row and 列 for a column; Taiwan and Hong Kong say
 * 列 for a row and 欄 for a column. Applied to the Simplified text before conversion (栏 becomes 欄).
 */
const ROWS_AND_COLUMNS: readonly [RegExp, string][] = [
  // A column: every 列 but 列表 (a list), 列出 / 未列出 (listed), 序列 (a serial number).
  [/(?<![序未])列(?![表出])/g, '栏'],
  // A row: after a number or placeholder (第 {row} 行, 30 行), and in the words for rows.
  [/(?<=[}\d]\s?)行/g, '列'],
  [/(?<=[每一逐空整该此新])行/g, '列'],
  [/(?<=的)行(?![为动业政])/g, '列'],
  [/行(?=数据|号)/g, '列'],
  [/^行$/g, '列'],
];

/**
 * Terms OpenCC's phrase tables turn into a programmer's word, and other reviewed differences.
 * Applied to the converted text, in order.
 */
const REVIEWED: Readonly<Record<'zh-TW' | 'zh-HK', readonly [string, string][]>> = {
  'zh-TW': [
    ['引數', '參數'], // 参数 is a setting here, not a function's argument
    ['型別', '類型'], // 类型 is a kind of sheet, not a data type
    ['錶格', '表格'], // 查看表格 is no watch (錶)
    ['許可權', '權限'],
    ['二進位制', '二進位'],
    ['回撥', '回呼'],
    ['程式碼', '代碼'], // 代码 of a rule or an issue is a code, not source code
    ['質保', '保固'],
  ],
  'zh-HK': [
    ['錶格', '表格'],
    ['質保', '保養'],
  ],
};

/** Quotation marks as Taiwan and Hong Kong write them. */
const QUOTES: readonly [string, string][] = [
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

/** Private-use characters stand for protected names while the prose is converted. */
const FIRST_PLACEHOLDER = 0xe000;

/**
 * A name converted so that recognition folds it back to itself: where a character's Traditional
 * form folds to another Simplified one (答复 → 答覆, and 覆 stays 覆), the original is kept.
 */
function foldingBack(convert: Convert): Convert {
  return (name) => {
    const converted = convert(name);
    if (toSimplified(converted) === name) return converted;
    const from = [...name];
    const to = [...converted];
    if (from.length !== to.length) return name;
    return to.map((ch, i) => (toSimplified(ch) === from[i] ? ch : from[i])).join('');
  };
}

function converters(): Record<'zh-TW' | 'zh-HK', { prose: Convert; name: Convert }> {
  const OpenCC = require('opencc-js') as OpenCCModule;
  return {
    'zh-TW': {
      prose: OpenCC.Converter({ from: 'cn', to: 'twp' }),
      name: foldingBack(OpenCC.Converter({ from: 'cn', to: 'tw' })),
    },
    'zh-HK': {
      prose: OpenCC.Converter({ from: 'cn', to: 'hk' }),
      name: foldingBack(OpenCC.Converter({ from: 'cn', to: 'hk' })),
    },
  };
}

function replaceAll(text: string, pairs: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of pairs) out = out.split(from).join(to);
  return out;
}

/** One text in a Traditional variant: names protected, rows and columns, phrases, review, quotes. */
function convertProse(
  text: string,
  names: readonly string[],
  variant: 'zh-TW' | 'zh-HK',
  convert: { prose: Convert; name: Convert },
): string {
  const kept: string[] = [];
  let work = text;
  // A name is kept where it is quoted as one (「规则设置」, “地区”); elsewhere it is a word like any.
  for (const name of names) {
    if (!work.includes(name)) continue;
    const quoted = new RegExp(`(?<=[“「『"])${name}(?=[”」』"])`, 'g');
    const placeholder = String.fromCharCode(FIRST_PLACEHOLDER + kept.length);
    const replaced = work.replace(quoted, placeholder);
    if (replaced === work) continue;
    work = replaced;
    kept.push(convert.name(name));
  }
  for (const [pattern, to] of ROWS_AND_COLUMNS) work = work.replace(pattern, to);
  work = replaceAll(convert.prose(work), REVIEWED[variant]);
  work = replaceAll(work, QUOTES);
  return work.replace(/[\ue000-\uf8ff]/g, (ch) => kept[ch.charCodeAt(0) - FIRST_PLACEHOLDER] ?? ch);
}

/** Simplified text → its zh-TW form, or [zh-TW, zh-HK] when they differ; only texts that change. */
export function hantTable(): Map<string, string | [string, string]> {
  const { prose, names, labels } = hantSources();
  const convert = converters();
  // Longest first, so 投诉登记 is protected before 投诉; one-character names are common words.
  const protectedNames = names.filter((n) => [...n].length >= 2).sort((a, b) => b.length - a.length);
  const table = new Map<string, string | [string, string]>();
  const add = (zh: string, tw: string, hk: string) => {
    if (tw === zh && hk === zh) return;
    table.set(zh, tw === hk ? tw : [tw, hk]);
  };
  for (const name of names) add(name, convert['zh-TW'].name(name), convert['zh-HK'].name(name));
  // A text that is also a name (列名, a header of 列名对照) is written as the name.
  const isName = new Set(names);
  const addProse = (key: string, text: string) =>
    add(
      key,
      convertProse(text, protectedNames, 'zh-TW', convert['zh-TW']),
      convertProse(text, protectedNames, 'zh-HK', convert['zh-HK']),
    );
  for (const text of prose) if (!isName.has(text)) addProse(text, text);
  // A label that is also a name gets its own key; add() compares with the key, so compare here.
  for (const label of labels) {
    if (!isName.has(label)) addProse(label, label);
    else if (convertProse(label, [], 'zh-TW', convert['zh-TW']) !== convert['zh-TW'].name(label))
      addProse(LABEL_KEY + label, label);
  }
  return table;
}

export function hantSource(): string {
  const manifest = join(dirname(require.resolve('opencc-js')), '..', '..', 'package.json');
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const table = hantTable();
  const lines = [...table].map(([zh, value]) => `  ${JSON.stringify(zh)}: ${JSON.stringify(value)},`);
  return [
    `// Generated by scripts/make-hant.ts from the catalogue with opencc-js ${version} and its reviewed`,
    '// table. Do not edit: change the Simplified text, then `npm run hant:make`.',
    '',
    `/** ${table.size} texts: Simplified → zh-TW, or [zh-TW, zh-HK] where Hong Kong writes it otherwise. */`,
    'export const HANT: Readonly<Record<string, string | readonly [string, string]>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('make-hant.ts')) {
  const file = join(process.cwd(), 'src', 'domain', 'i18n', 'hant-table.ts');
  writeFileSync(file, hantSource());
  console.error(`wrote ${file}`);
}
