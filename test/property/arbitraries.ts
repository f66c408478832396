// Random workbooks built from the schema, with hostile cell contents (fast-check, fixed seeds).

import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { SHEETS, type SheetKind } from '../../src/domain/sheets/schema';
import type { Cell, SheetData } from '../helpers/workbooks';

const STAFF = ['王芳', '李娜', '张伟', '马丽'];

/** What staff put in cells on a bad day, and what a hostile one types. */
export const hostileCell: fc.Arbitrary<Cell | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  fc.constantFrom('', '   ', '\t\n', ' 0 '),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom(
    '=IMPORTXML("http://example.invalid","//a")',
    '=1+1',
    '+86 138 1234 5678',
    '-3',
    '−3',
    '＋5',
    '@user',
    "'quoted",
    'NaN',
    'Infinity',
    '#N/A',
    '😀🎉',
    'a'.repeat(3000),
    '2026-13-45',
    '2026/10/5 下午2:30',
    '2026年10月31日',
    '13812345678',
    '021-62345678',
    '撤销',
    '是',
    'G09',
    'X99',
    '重大',
    '已解决',
    '工作时',
    '全额',
    '10,20,30,40',
    '已处理',
    '未处理',
    '作废单',
    '已撤销',
    '扣3分',
    '罚款三十元，取消全勤',
    '扣分',
    '10/5',
    '10月5日 14:30',
    '13800138000/13900139000',
    '微信同号13800138000',
    '8613800138000',
    '非常满意',
  ),
  fc.constantFrom(...STAFF),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.date({
    min: new Date('1700-01-01T00:00:00Z'),
    max: new Date('2400-01-01T00:00:00Z'),
    noInvalidDate: true,
  }),
  fc.date({
    min: new Date('2026-09-01T00:00:00Z'),
    max: new Date('2026-12-01T00:00:00Z'),
    noInvalidDate: true,
  }),
);

const KINDS: readonly SheetKind[] = [
  'registration',
  'complaints',
  'callbacks',
  'roster',
  'ledger',
  'presales',
  'params',
  'rules',
  'holidays',
  'mapping',
];

/** A column letter for a 0-based index (A–Z is enough for the schema's widths). */
function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** How a team writes its headers and sheet names: Simplified, Traditional (OpenCC's Taiwan form) or English. */
type Spelling = 'zh-Hans' | 'zh-Hant' | 'en';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

function spelled(chinese: string, english: string, spelling: Spelling): string {
  return spelling === 'en' ? english : spelling === 'zh-Hant' ? toTraditional(chinese) : chinese;
}

/**
 * One sheet of a kind laid out as teams lay them out, its headers in Simplified, Traditional or English: maybe a 填表说明 preamble and a merged title,
 * the canonical header, hostile rows, maybe a second block (title and header again), footers, and
 * data cells merged down over a few rows.
 */
function sheetOf(kind: SheetKind): fc.Arbitrary<SheetData> {
  const spec = SHEETS.find((s) => s.kind === kind)!;
  const width = spec.fields.length;
  const rowsOf = fc.array(fc.array(hostileCell, { minLength: width + 1, maxLength: width + 1 }), {
    maxLength: 8,
  });
  return fc
    .record({
      preamble: fc.integer({ min: 0, max: 3 }),
      title: fc.boolean(),
      extra: fc.boolean(),
      rows: rowsOf,
      second: fc.option(rowsOf, { nil: undefined }),
      footer: fc.boolean(),
      spelling: fc.constantFrom<Spelling>('zh-Hans', 'zh-Hant', 'en'),
      merge: fc.option(
        fc.record({ column: fc.nat(width - 1), at: fc.nat(6), span: fc.integer({ min: 2, max: 3 }) }),
        {
          nil: undefined,
        },
      ),
    })
    .map(({ preamble, title, extra, rows, second, footer, spelling, merge }) => {
      const header: Cell[] = [
        ...spec.fields.map((f) => spelled(f.key, f.en, spelling)),
        ...(extra ? ['自己的列'] : []),
      ];
      const blank = (text: Cell): Cell[] => [text, ...Array<Cell>(header.length - 1).fill(null)];
      const out: Cell[][] = [];
      for (let i = 0; i < preamble; i++) out.push(blank(`填表说明 ${i + 1}：请如实填写`));
      const merges: string[] = [];
      if (title) {
        out.push(blank(spec.title));
        merges.push(`A${out.length}:${letter(header.length - 1)}${out.length}`);
      }
      out.push(header);
      const firstData = out.length + 1;
      out.push(...rows.map((r) => r.slice(0, header.length)));
      if (second)
        out.push(blank(`${spec.title}（续）`), header, ...second.map((r) => r.slice(0, header.length)));
      if (footer) out.push(blank('合计'), blank('制表人：王芳　审核：李娜'));
      if (merge && firstData + merge.at + merge.span - 1 <= firstData + rows.length - 1) {
        const top = firstData + merge.at;
        merges.push(`${letter(merge.column)}${top}:${letter(merge.column)}${top + merge.span - 1}`);
      }
      return { name: spelled(spec.name, spec.en, spelling), rows: out, merges };
    });
}

/** A workbook of some of the kinds (always a roster with real staff, sometimes hostile rows too). */
export const hostileWorkbook: fc.Arbitrary<SheetData[]> = fc
  .record({
    kinds: fc.subarray([...KINDS.filter((k) => k !== 'roster')], { minLength: 1 }),
    roster: sheetOf('roster'),
  })
  .chain(({ kinds, roster }) =>
    fc.tuple(...kinds.map(sheetOf)).map((sheets) => {
      const staff: SheetData = {
        name: roster.name,
        rows: [
          ['姓名', '岗位', '状态'],
          ...STAFF.map((n, i) => [n, i === 0 ? '主管' : '售后客服', '在职'] as Cell[]),
          ...roster.rows.slice(1),
        ],
      };
      return [staff, ...sheets];
    }),
  );
