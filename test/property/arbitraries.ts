// Random workbooks built from the schema, with hostile cell contents (fast-check, fixed seeds).

import fc from 'fast-check';
import { SHEETS, type SheetKind } from '../../src/domain/schema';
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
];

/** One sheet of a kind: maybe a title row, the canonical header, 0–12 hostile rows. */
function sheetOf(kind: SheetKind): fc.Arbitrary<SheetData> {
  const spec = SHEETS.find((s) => s.kind === kind)!;
  const width = spec.fields.length;
  return fc
    .record({
      title: fc.boolean(),
      extra: fc.boolean(),
      rows: fc.array(fc.array(hostileCell, { minLength: width + 1, maxLength: width + 1 }), {
        maxLength: 12,
      }),
    })
    .map(({ title, extra, rows }) => {
      const header: Cell[] = [...spec.fields.map((f) => f.key), ...(extra ? ['自己的列'] : [])];
      const body = rows.map((r) => r.slice(0, header.length));
      return {
        name: spec.name,
        rows: [
          ...(title ? [[spec.title, ...Array<Cell | null>(header.length - 1).fill(null)]] : []),
          header,
          ...body,
        ],
      };
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
