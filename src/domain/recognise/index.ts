// Recognising the team's own sheets (docs/domain.md, "Real sheets"): the header row anywhere in the
// first 30 rows (one row, or two grouped rows), each header read by alias, by rule or by the team's
// 列名对照, and the kind decided by weighing what matched. A sheet that reaches no kind clearly is
// left alone and reported with its nearest kind, never guessed.

import { maxOf, minOf } from '../arrays';
import { monthInText } from '../calendar/parse';
import { DEADLINE_COLUMNS } from '../sheets/columns';
import { type FieldSpec, SHEETS, type SheetKind, type SheetSpec, sheetSpec } from '../sheets/schema';
import { cellText, isDate, normalizeHeader, toSimplified } from '../text';
import {
  type Concept,
  conceptFit,
  conceptsOf,
  ENTITIES,
  FIELD_CONCEPTS,
  foreignTo,
  type HeaderConcepts,
  kindsInName,
  NO_FIELD,
  ownConcept,
  PEOPLE,
  RESOLVING,
  TRADITIONAL_USAGE,
} from './concepts';
import { questionCore, splitWords } from './headers';
import { earlierRows, holdsDate, sheetProfiler, type ValueProfile, type ValueSort } from './values';

/** How many rows from the top may hold the header (titles and a 填表说明 preamble may sit above it). */
export const HEADER_SCAN_ROWS = 30;

/** A rectangle of cells, 1-based (a merged range). */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/**
 * How a column was understood: by a listed header, by rule (normalised, prefix or pattern), by the
 * meaning of its header's words (concept), by its values alone, by 列名对照.
 */
export type ColumnSource = 'alias' | 'rule' | 'concept' | 'values' | 'mapping' | 'place';

/** One header cell of a recognised sheet and the field it stands for (null: not used). */
export interface ColumnInfo {
  /** 0-based column. */
  readonly index: number;
  /** The team's header as written (a grouped header as `投诉人信息›姓名`). */
  readonly header: string;
  readonly field: string | null;
  readonly source: ColumnSource | null;
  /** One of the add-on's own deadline columns on a complaints sheet. */
  readonly own?: boolean;
  /** A second column of the same header: the 0-based column read instead (this one is not). */
  readonly repeats?: number;
  /** What most of its values are, when the rows under the header say (phone, 1: every value a phone). */
  readonly values?: ValueEvidence;
  /** For a column read by meaning: the concepts its header's words carry (complaint, id). */
  readonly concepts?: readonly string[];
}

/** A recognised sheet: its kind, where the header is, and which column holds each field. */
export interface SheetLayoutInfo<K extends SheetKind = SheetKind> {
  readonly sheet: string;
  readonly kind: K;
  /** 1-based row of the (lower) header row; null when named for a kind but without a header yet. */
  readonly headerRow: number | null;
  /** 2 when a parent row groups the header's columns (投诉人信息 over 姓名 / 联系方式). */
  readonly headerRows: number;
  /** Field key → 0-based column index. */
  readonly columns: Readonly<Record<string, number>>;
  /** Field key → the team's own header text for it. */
  readonly headers: Readonly<Record<string, string>>;
  /** Every non-empty header cell, in column order. */
  readonly columnInfo: readonly ColumnInfo[];
  /** Required fields with no column. */
  readonly missingRequired: readonly string[];
  /** What decided the kind. */
  readonly source: 'name' | 'header' | 'mapping';
}

/** The closest a sheet came to a kind. */
export interface NearestKind {
  readonly kind: SheetKind;
  readonly matched: readonly string[];
  readonly missingRequired: readonly string[];
}

/** A sheet left alone, and why. */
export interface Unrecognised {
  readonly sheet: string;
  /** no_header: no row looks like a header; weak: too little matched; ambiguous: two kinds fit as well; ignored: 列名对照 says 忽略. */
  readonly reason: 'no_header' | 'weak' | 'ambiguous' | 'ignored';
  readonly nearest: NearestKind | null;
  /** For an ambiguous sheet, the kinds that fit about as well. */
  readonly candidates: readonly SheetKind[];
}

export type Recognition =
  | { readonly layout: SheetLayoutInfo; readonly unrecognised?: undefined }
  | { readonly layout?: undefined; readonly unrecognised: Unrecognised };

/** The team's 列名对照 rows for one sheet: its kind (null: leave it alone) and its columns. */
export interface SheetMapping {
  readonly kind?: SheetKind | null;
  /** Normalised header → field key, or null to leave the column unused. */
  readonly columns: ReadonlyMap<string, string | null>;
}

// ---------------------------------------------------------------------------------------------
// Reading a header

/** Words a header is prefixed with to say whose it is; stripped when nothing else matches. */
const ROLE_PREFIXES = ['投诉人', '举报人', '来电人', '来电', '顾客', '客户', '买家', '消费者', '用户'];
/** Parent words of a grouped header that mean the customer's columns follow. */
const CUSTOMER_GROUPS = /^(投诉人|举报人|来电人?|顾客|客户|买家|消费者|用户|被访人?)/;
/** Parent words that mean a staff member's columns follow. */
const STAFF_GROUPS = /^(处理人|受理人|经办人|承办人|回访人|登记人|记录人|处理|受理|经办|承办)/;
/** Child headers that name a person. */
const NAME_WORDS = new Set(['姓名', '名字', '人员', '名称']);

/**
 * Headers too common to say what a sheet is (姓名, 电话, 地址, 编号, 处理人…): they count once
 * towards a kind whatever field they match.
 */
const GENERIC = new Set(
  [
    '姓名',
    '名称',
    '名字',
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '联系电话',
    '联系方式',
    '联系人',
    '地址',
    '编号',
    '单号',
    '工单号',
    '序号',
    '处理人',
    '处理人员',
    '处理',
    '日期',
    '时间',
    '状态',
    '类型',
    '备注',
    '说明',
    '客户姓名',
    '客户名称',
    '客户电话',
    '客户地址',
    '员工',
    '员工姓名',
    '满意度',
    '客户评价',
    '问题描述',
    '具体描述',
    '登记日期',
    '完成时间',
    '完成日期',
    '处理结果',
    '处理状态',
    '当前状态',
    '来源',
    '渠道',
    'id',
    'customer',
    'client',
    'name',
    'status',
    'date',
    'phone',
  ].map(normalizeHeader),
);

/**
 * A header made comparable beyond case and width: a trailing note in brackets, `*`, colons and
 * line breaks dropped. 联系电话（手机） → 联系电话; 回访类型（1-学车报名；2-…） → 回访类型.
 */
export function headerKey(text: string): string {
  let t = normalizeHeader(text).replace(/[*:：]/g, '');
  // Trailing notes, possibly several: 电话(手机)[必填].
  for (let i = 0; i < 3; i++) {
    const next = t.replace(/(\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|<[^<>]*>|〔[^〔〕]*〕)$/, '');
    if (next === t || next === '') break;
    t = next;
  }
  // A bracket left open by a long note cut off by a line break: 回访类型(1-学车报名;2-
  const open = t.search(/[([【]/);
  if (open > 0 && !/[)\]】]/.test(t.slice(open))) t = t.slice(0, open);
  return t.replace(/^[0-9]+[.、)]/, '').replace(/^[①-⑳]/, '');
}

/** Words of a second or spare column of its kind: 第二联系方式, 备用电话, 其他电话, Alternate Phone. */
const SECONDARY =
  /^(第二|第三|备用|其他|其它|次要)|二次|\b(second|secondary|alternate|alternative|other|backup)\b/;

/** Where a generic alias stands: behind a full reading by meaning of two concepts, before the rest. */
const GENERIC_PRIORITY = 7.25;

interface AliasEntry {
  readonly field: FieldSpec;
  /** 0: the canonical name, 1: the English label, 2: another alias. */
  readonly priority: number;
}

/** Normalised alias → per kind, the field it names. */
const ALIASES = new Map<string, Map<SheetKind, AliasEntry>>();
/** Exact sheet names (standard, form titles, English) → kind. */
const SHEET_NAMES = new Map<string, SheetKind>();
const PATTERNS = new Map<SheetKind, { field: FieldSpec; pattern: RegExp }[]>();

for (const spec of SHEETS as readonly SheetSpec<SheetKind>[]) {
  for (const name of [spec.name, spec.en, ...spec.nameAliases])
    SHEET_NAMES.set(normalizeHeader(name), spec.kind);
  const patterns: { field: FieldSpec; pattern: RegExp }[] = [];
  for (const field of spec.fields) {
    const names: Array<[string, number]> = [
      [field.key, 0],
      [field.en, 1],
      ...field.aliases.map((a): [string, number] => [a, 2]),
    ];
    for (const [name, priority] of names) {
      const key = headerKey(name);
      const byKind = ALIASES.get(key) ?? new Map<SheetKind, AliasEntry>();
      const known = byKind.get(spec.kind);
      if (!known || priority < known.priority) byKind.set(spec.kind, { field, priority });
      ALIASES.set(key, byKind);
    }
    for (const source of field.patterns ?? []) patterns.push({ field, pattern: new RegExp(source, 'i') });
  }
  PATTERNS.set(spec.kind, patterns);
}

/** A header written in Traditional script reads as the Traditional-script regions' words (see TRADITIONAL_USAGE). */
function traditionalHit(kind: SheetKind, text: string, key: string): FieldHit | null {
  const meant = TRADITIONAL_USAGE.get(key)?.[kind];
  if (!meant || toSimplified(text) === text) return null;
  const field = sheetSpec(kind).fields.find((f) => f.key === meant);
  return field
    ? { field, source: 'alias', weight: field.distinctive ? 3 : 1, priority: REGIONAL_PRIORITY }
    : null;
}

/** Where a regional word stands: after the canonical name (0) and English label (1), before other aliases (2). */
const REGIONAL_PRIORITY = 1.5;

/** A header's reading for one kind. */
interface FieldHit {
  readonly field: FieldSpec;
  /** alias: a listed name; rule: a listed name after normalising, or a pattern; concept: by meaning. */
  readonly source: 'alias' | 'rule' | 'concept';
  /** How much it says about the kind: 3 a distinctive field, 2 one found by pattern, 1 a generic one. */
  readonly weight: number;
  /** Among a kind's candidates for one field, the lower wins (canonical before alias before rule). */
  readonly priority: number;
  /** The header's second reading by meaning, a different field, taken only when the first is another column's. */
  readonly alt?: FieldHit;
}

function aliasHit(
  kind: SheetKind,
  key: string,
  source: FieldHit['source'],
  extraPriority = 0,
  /** The header is the listed word itself (not a longer header with a prefix, a digit or 姓名 dropped). */
  whole = true,
): FieldHit | null {
  const entry = ALIASES.get(key)?.get(kind);
  if (!entry) return null;
  // An English label (Channel, Resolved, Model) is a common word: it tells the kind fully only
  // with one of the kind's own concepts in it (Complaint ID, Callback date).
  const english = !/[\u3400-\u9fff]/.test(key);
  const telling = !english || ownConcept(kind, conceptsOf(key));
  const weight = !entry.field.distinctive || GENERIC.has(key) ? 1 : telling ? 3 : 2;
  // A generic name (编号, 姓名, ID) gives way to a header whose words say more (客訴編號, 受理人姓名),
  // never to a reading by meaning that explains only part of its header.
  const priority = entry.priority + extraPriority;
  const generic = whole && GENERIC.has(key) && key !== normalizeHeader(entry.field.key);
  return {
    field: entry.field,
    source,
    weight,
    priority: generic ? Math.max(priority, GENERIC_PRIORITY) : priority,
  };
}

const hitCache = new Map<string, ReadonlyMap<SheetKind, FieldHit>>();

/** Below this share of a header explained, a concept reading is not believed. */
const MIN_FIT = 0.34;

/** The field of a kind whose concepts explain most of a header, if any explains enough. */
function conceptHit(kind: SheetKind, text: string): FieldHit | null {
  const fields = FIELD_CONCEPTS[kind];
  if (!fields) return null;
  const concepts = conceptsOf(text);
  type Reading = { key: string; fit: number; telling: boolean; rank: number; named: number };
  let best: Reading | null = null;
  let second: Reading | null = null;
  // Of two equal fits, the reading naming more of the header (维保人员: the repair's person, not any person).
  const better = (a: Reading, b: Reading | null) =>
    !b || a.fit > b.fit || (a.fit === b.fit && a.named > b.named);
  for (const [key, described] of Object.entries(fields)) {
    const reading = { key, ...conceptFit(concepts, described, kind) };
    if (reading.fit < MIN_FIT) continue;
    if (better(reading, best)) {
      second = best;
      best = reading;
    } else if (better(reading, second)) second = reading;
  }
  if (!best) return null;
  const hit = readingHit(kind, best, concepts);
  if (!hit) return null;
  // The next reading, for when a better column has the field (回访意见 → 建议 beside 回访结果).
  const alt = second ? readingHit(kind, second, concepts) : null;
  return alt ? { ...hit, alt: { ...alt, weight: 0, priority: alt.priority + RUNNER_UP } } : hit;
}

/** How far behind every first reading a header's second reading stands. */
const RUNNER_UP = 1.5;

function readingHit(
  kind: SheetKind,
  reading: { key: string; fit: number; telling: boolean; rank: number },
  concepts: HeaderConcepts,
): FieldHit | null {
  const field = sheetSpec(kind).fields.find((f) => f.key === reading.key);
  if (!field) return null;
  // A count or a duration (Article Count, Close In Min, 处理时长) is a number, not the thing it counts.
  if ((concepts.concepts.has('quantity') || concepts.concepts.has('duration')) && field.type !== 'number')
    return null;
  const weight = field.distinctive && reading.telling ? 2 : 1;
  // Full readings first; among them, a header of two concepts or more (投诉人姓名) before a bare one
  // (姓名), and one naming the kind's record before one that does not (投诉人姓名 before 患者姓名).
  const entity = (ENTITIES[kind] ?? []).filter((c) => concepts.concepts.has(c)).length;
  // A unit's or a status's name (部門名稱, 状态名称) says no more than the unit or the status.
  const said = [...concepts.concepts].filter(
    (c) => c !== 'name' || concepts.concepts.size === 1 || PEOPLE.some((p) => concepts.concepts.has(p)),
  );
  const bare = said.length <= 1 && said.every((c) => GENERIC_CONCEPTS.has(c)) ? 0.3 : 0;
  return {
    field,
    source: 'concept',
    weight,
    // A field's first recipes say it best (Received timestamp before Incident date for 投诉时间).
    priority: CONCEPT_PRIORITY + (1 - reading.fit) * 2 + 0.05 * reading.rank + bare - 0.02 * entity,
  };
}

/** Concepts any list has (a time, a name, an id): a header of one of them alone says little. */
const GENERIC_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>([
  'time',
  'name',
  'id',
  'person',
  'customer',
  'phone',
  'email',
  'address',
  'status',
  'category',
  'content',
  'note',
  'company',
  'department',
]);

/**
 * Whether a header's words rule a field out though a pattern would read it: a price (商品单价 is no
 * product), or what is none of our fields (身份证号码 is no phone, 供应商名称 no customer).
 */
function ruledOut(kind: SheetKind, field: FieldSpec, text: string): boolean {
  const { concepts } = conceptsOf(text);
  if (NO_FIELD.some((c) => concepts.has(c))) return true;
  // A pattern's phone word in a header whose words name no phone (手机型号 is the product's model),
  // or name how many calls (电话数量, 来电量): a count, not a number to call.
  if (field.type === 'phone' && concepts.size > 0 && (!concepts.has('phone') || concepts.has('quantity')))
    return true;
  // Nor a price or the seller's own contact (卖家电话) where the field's words refuse them.
  const none = FIELD_CONCEPTS[kind]?.[field.key]?.none ?? [];
  return (['price', 'seller'] as const).some((c) => concepts.has(c) && none.includes(c));
}

/**
 * A listed name read once its note is dropped, unless a short note says it is another of the
 * record's times: 回访日期(预) is when a call is due, not when it was made (回访日期 alone is the call's date).
 */
function unlessNoted(kind: SheetKind, hit: FieldHit | null, asked: string, key: string): FieldHit | null {
  // A long note lists values (投诉类型(1-物业服务,2-设施设备…)), whatever words they hold.
  if (!hit || normalizeHeader(asked).length - key.length > SHORT_NOTE) return hit;
  const noted = conceptsOf(asked).concepts;
  const plain = conceptsOf(key).concepts;
  const none = FIELD_CONCEPTS[kind]?.[hit.field.key]?.none ?? [];
  return none.some((c) => WHEN_NOTED.includes(c) && noted.has(c) && !plain.has(c)) ? null : hit;
}

/**
 * What a note may say against a listed name: which of a record's times it is, planned or done. A note
 * naming who or where (受理人(工号), 回访人(部门)) says how the column is written, not another field.
 */
const WHEN_NOTED: readonly Concept[] = ['due', 'actual'];
/** The longest note, brackets included, read as qualifying its header: (预), (实际), (计划). */
const SHORT_NOTE = 6;

/** Where readings by meaning stand among a kind's candidates: after listed names, before rules' guesses. */
const CONCEPT_PRIORITY = 7;

/** What a header names in each kind, by alias, then by rule. Memoised: sheets repeat their headers. */
export function readHeader(text: string): ReadonlyMap<SheetKind, FieldHit> {
  const cached = hitCache.get(text);
  if (cached) return cached;
  const hits = new Map<SheetKind, FieldHit>();
  const asked = questionCore(text);
  // A listed name as written first: an English label may read like a question (What was said).
  const written = normalizeHeader(text);
  const basic = normalizeHeader(asked);
  const key = headerKey(asked);
  const stripped = ROLE_PREFIXES.reduce(
    (found, prefix) =>
      found ?? (key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length) : null),
    null as string | null,
  );
  // The customer's number (客户编号) is the customer's record, not the case's: a prefix is dropped
  // only from what the customer has (a name, a phone, an address), never from an id.
  const prefixless = stripped && !onlyId(stripped) ? stripped : null;
  const digitless = /\D\d{1,2}$/.test(key) ? key.replace(/\d{1,2}$/, '') : null;
  const nameless = /.(姓名|名字|名称)$/.test(key) ? key.replace(/(姓名|名字|名称)$/, '') : null;
  const split = key.split(/以及|及|与|&|＆|\+/).filter((p) => p !== '');
  const parts = split.length === 2 ? split : null;
  for (const spec of SHEETS as readonly SheetSpec<SheetKind>[]) {
    const kind = spec.kind;
    let hit =
      traditionalHit(kind, text, key) ??
      aliasHit(kind, written, 'alias') ??
      aliasHit(kind, basic, 'alias') ??
      unlessNoted(kind, aliasHit(kind, key, 'rule', 3), asked, key) ??
      (prefixless ? aliasHit(kind, prefixless, 'rule', 4, false) : null) ??
      (digitless ? aliasHit(kind, digitless, 'rule', 4, false) : null);
    if (!hit && nameless) {
      // 受理人姓名 → 受理人: only a staff field is named by its person's name.
      const staff = aliasHit(kind, nameless, 'rule', 4, false);
      if (staff && staff.field.type === 'staff') hit = staff;
    }
    if (!hit) {
      // A pattern never reads what the header's words rule out (商品单价 is a price, not the product).
      const found = PATTERNS.get(kind)?.find((p) => p.pattern.test(key) && !ruledOut(kind, p.field, asked));
      if (found) {
        // A pattern tells the kind only with the kind's own words in the header (产品感受 is no model).
        const telling = found.field.distinctive && ownConcept(kind, conceptsOf(asked));
        // A header that calls itself a second or spare one (第二联系方式, 备用电话, Alternate Phone) yields
        // to a plain one (电话).
        const priority = spells(SECONDARY, key) ? GENERIC_PRIORITY + 0.5 : 6;
        hit = { field: found.field, source: 'rule', weight: telling ? 2 : 1, priority };
      }
      // A pattern's guess (诉求 → 投诉内容) yields to a full reading of the words as another field
      // (诉求提出人 is who complained).
      const meant = conceptHit(kind, asked);
      if (meant && (!hit || (meant.field !== hit.field && meant.priority < CONCEPT_PRIORITY + 0.3)))
        hit = meant;
    }
    // Two things in one header (客户编号及名称, 投诉内容及结果, 客户意见及建议): the column is read as the
    // part a listed name names, else the first part read by meaning.
    if (!hit && parts) {
      const readings = parts.map((part) => readHeader(part).get(kind));
      const found =
        readings.find((h) => h !== undefined && h.source !== 'concept') ??
        readings.find((h) => h !== undefined);
      if (found)
        hit = { ...found, source: 'rule', weight: Math.min(found.weight, 1), priority: found.priority + 1 };
    }
    // Another kind's word (Complaint ID on an after-sales log): the column may be read, the kind is not told.
    if (hit && hit.source !== 'alias' && foreignTo(kind, conceptsOf(asked))) hit = { ...hit, weight: 0 };
    if (hit) hits.set(kind, hit);
  }
  if (hitCache.size > 5_000) hitCache.clear();
  hitCache.set(text, hits);
  return hits;
}

/** A header that says only "a number" (编号, ID, No.). */
function onlyId(text: string): boolean {
  const { concepts } = conceptsOf(text);
  return concepts.size === 1 && concepts.has('id');
}

/** The titles over a sheet's header: rows of the first few holding one text and nothing else. */
function titlesOf(rows: readonly (readonly unknown[])[]): string[] {
  const titles: string[] = [];
  for (const row of rows.slice(0, 3)) {
    const filled = row.filter((c) => cellText(c) !== '');
    if (filled.length === 1 && typeof filled[0] === 'string' && filled[0].length <= 40)
      titles.push(filled[0]);
  }
  return titles;
}

/** The kind a sheet name stands for exactly (its standard name, the form's title), if any. */
export function kindFromSheetName(name: string): SheetKind | null {
  return SHEET_NAMES.get(normalizeHeader(name)) ?? null;
}

/** The kinds whose keywords a sheet's name contains (投诉 → complaints). */
function kindsNamedIn(name: string): ReadonlySet<SheetKind> {
  const text = normalizeHeader(name);
  const kinds = new Set<SheetKind>(kindsInName(name));
  for (const spec of SHEETS as readonly SheetSpec<SheetKind>[]) {
    if (spec.nameKeywords.some((word) => text.includes(word))) kinds.add(spec.kind);
  }
  return kinds;
}

/**
 * Records a team keeps that are none of ours: orders, customers and members, sales leads, the firm's
 * own purchase orders and requests (采购单, 采购申请: a 采购客服 team's own sheets are still ours),
 * stock, attendance, bookings, pay.
 */
const OTHER_RECORDS =
  /订单|客户(详情|资料|列表|名单|信息|档案)|会员|通讯录|线索|商机|采购(单|订单|申请|明细|计划|合同|入库)|库存|商品(列表|信息|资料)|考勤|打卡|排班|预约|工资|薪资|\b(orders?|customers?|members?|contacts?|leads?|prospects?|opportunit(y|ies)|purchase (orders?|requests?|requisitions?)|inventory|stock|products?|attendance|schedules?|shifts?|bookings?|appointments?|payroll)\b/;

/** The kinds whose rows are the team's own people. */
const STAFF_KINDS: readonly SheetKind[] = ['roster', 'ledger', 'presales'];
/** Headers of a school's lists of pupils: 班级, 学号, 学生姓名, 年级, Student ID (folded, split). */
const SCHOOL = /班级|学号|学生|年级|\bstudents?\b|\bpupils?\b/;

/** Whether a list's headers name pupils' classes and no staff member's post, department or number. */
function pupils(labels: HeaderCandidate['labels']): boolean {
  const school = labels.some((l) => spells(SCHOOL, l.header));
  return (
    school &&
    !labels.some((l) => {
      const { concepts } = conceptsOf(questionCore(l.header));
      return STAFF_WORDS.some((c) => concepts.has(c));
    })
  );
}
const STAFF_WORDS: readonly Concept[] = ['staffId', 'role', 'department', 'employment'];

/** Whether a sheet's name or title names a record none of ours (订单列表, 客户详情, Orders). */
function namesOtherRecord(text: string): boolean {
  return spells(OTHER_RECORDS, text);
}

/**
 * Whether a pattern finds its words in a text, read as English words (camelCase and snake_case
 * split, lower case) or as folded Chinese (Traditional to Simplified, full-width to half-width).
 */
function spells(pattern: RegExp, text: string): boolean {
  return pattern.test(splitWords(text)) || pattern.test(normalizeHeader(text));
}

// ---------------------------------------------------------------------------------------------
// Finding the header row

/** A possible header: its (lower) row, and each column's label and the texts to read it by. */
interface HeaderCandidate {
  readonly row: number;
  readonly rows: number;
  readonly labels: readonly { index: number; header: string; texts: readonly string[] }[];
}

/** A header read without its seller's word (卖家电话 → 电话), where the sellers are the customers. */
function unsold(text: string): string {
  return text.replace(/卖家|卖方|賣家|賣方|\bsellers?\b/gi, '').trim() || text;
}

/** The concepts of a header cell as it reads best (its first reading, a group heading's child joined). */
function labelConcepts(label: HeaderCandidate['labels'][number]): ReadonlySet<Concept> {
  return conceptsOf(questionCore(label.texts[0] ?? label.header)).concepts;
}

function isTextHeader(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text !== '' && !/^[-+]?[\d.,:%/\s年月日-]+$/.test(text);
}

/** A row that can be a header: two or more cells, mostly text that is not a number or a date. */
function headerLike(cells: readonly unknown[]): boolean {
  let filled = 0;
  let text = 0;
  for (const cell of cells) {
    if (cell === '' || cell === null || cell === undefined) continue;
    filled++;
    if (isTextHeader(cell) && !isDate(cell)) text++;
  }
  return filled >= 2 && text / filled >= 0.6;
}

/** The texts of a row with merged cells spread over the columns they cover. */
function spreadRow(cells: readonly unknown[], row: number, merges: readonly CellRect[]): string[] {
  const out = cells.map((c) => cellText(c));
  for (const m of merges) {
    if (row < m.row || row >= m.row + m.numRows) continue;
    const text = out[m.column - 1] ?? '';
    for (let c = m.column; c < m.column - 1 + m.numColumns; c++) if (out[c] === '') out[c] = text;
  }
  return out;
}

/** What a child header under a group heading is read as, in order of preference. */
function groupedTexts(parent: string, child: string): string[] {
  if (child === '') return parent === '' ? [] : [parent];
  if (parent === '' || parent === child) return [child];
  const core = headerKey(parent).replace(/(信息|情况|资料|方|栏|部分)$/, '');
  const childKey = headerKey(child);
  if (STAFF_GROUPS.test(core)) {
    return NAME_WORDS.has(childKey) ? [core, `${core}${child}`, child] : [`${core}${child}`, child];
  }
  if (CUSTOMER_GROUPS.test(core)) return [child, `${core}${child}`];
  return [child, `${core}${child}`];
}

/** Header candidates among the top rows: each header-like row alone, and with the row above as its group. */
function headerCandidates(
  rows: readonly (readonly unknown[])[],
  merges: readonly CellRect[],
): HeaderCandidate[] {
  const out: HeaderCandidate[] = [];
  // Below a header, a row holding a date is a record, whatever its words (2026-05-12 beside 服务态度 and
  // 柜员态度); a header of its own may still carry one (a date stamp, a heading Sheets made a date).
  let headerAbove = false;
  rows.forEach((cells, i) => {
    const row = i + 1;
    // A header cell merged across columns names each of them; one merged down from the row above is
    // blank here, so the group heading above names it.
    const own = spreadRow(
      cells,
      row,
      merges.filter((m) => m.row === row),
    );
    const here = cells.map((c) => cellText(c));
    const record = headerAbove && cells.some(holdsDate);
    if (headerLike(cells) && !record) {
      headerAbove = true;
      out.push({
        row,
        rows: 1,
        labels: here.flatMap((text, index) => (text === '' ? [] : [{ index, header: text, texts: [text] }])),
      });
    }
    const above = rows[i - 1];
    if (!above || i === 0 || record) return;
    const aboveTexts = above.filter((c) => isTextHeader(c));
    // Only a row that itself holds a known header can sit under a group heading: a data row cannot.
    // (A listed name, not a reading by meaning: 经理 in a data row is a value, not a header.)
    const listed = (t: string) => [...readHeader(t).values()].some((hit) => hit.source !== 'concept');
    if (aboveTexts.length === 0 || !here.some((t) => t !== '' && listed(t))) return;
    // The group heading spreads over its merged range, else over the blank cells to its right.
    const parents = spreadRow(above, row - 1, merges);
    let carried = '';
    const width = Math.max(parents.length, own.length);
    const labels: HeaderCandidate['labels'][number][] = [];
    for (let c = 0; c < width; c++) {
      const parentHere = parents[c] ?? '';
      const child = own[c] ?? '';
      if (parentHere !== '') carried = parentHere;
      else if (child === '') carried = '';
      const parent = parentHere !== '' ? parentHere : child !== '' ? carried : '';
      const texts = groupedTexts(parent, child);
      if (texts.length === 0) continue;
      const header = child === '' ? parent : parent === '' || parent === child ? child : `${parent}›${child}`;
      labels.push({ index: c, header, texts });
    }
    if (labels.length >= 2) out.push({ row, rows: 2, labels });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Deciding the kind

interface Assignment {
  readonly kind: SheetKind;
  readonly candidate: HeaderCandidate;
  /** The values under each of the candidate's columns (by column index). */
  readonly profiles: readonly ValueProfile[];
  readonly columns: Record<string, number>;
  readonly info: ColumnInfo[];
  readonly score: number;
  readonly matched: number;
  /** Columns whose header holds one of the kind's own concepts (投诉, 回访, 维修, 奖惩…). */
  readonly telling: number;
  /** Columns read as a field only this kind has, by its listed name or telling words (投诉内容, Priority). */
  readonly strong: number;
  /** Columns 列名对照 says to leave unread. */
  readonly ignored: ReadonlySet<number>;
}

/**
 * A service centre's job log may name the device instead of its owner (a repair report: Ticket,
 * Model, IMEI, SN, Fault, Engineer): its serial number, the fault, and who repaired it or how it
 * ended make a case as a customer would. A product list or an asset register has serials but no
 * fault: a description of the item (Name / Description) is none, only a header naming the problem
 * (Fault, 故障描述, Problem, 问题描述).
 */
function deviceCase(a: Assignment): boolean {
  // Who repaired it, not only how it ended: a factory's defect log (序列号, 故障描述, 检验员,
  // 处理结果) names faults of products nobody brought in.
  return hasAny(a, ['产品序列号']) && namesFault(a) && hasAny(a, ['解决人']);
}

/**
 * Whether an after-sales reading says what the case is or how it ended: a sheet naming a repair or a
 * return, a fix or a result, or a problem its header names as one (Fault, 问题描述, Description of
 * problem(s)). A bare Description beside a model and a serial describes the item (an equipment list,
 * a bill of materials), unless the sheet names its customer as one (Customer, 客户) or a phone.
 */
function aboutACase(a: Assignment): boolean {
  if (mentions(a) > 0 || hasAny(a, ['解决方案', '处理结果'])) return true;
  const problem = problemColumn(a);
  if (problem === undefined) return false;
  if (faultNamed(problem) || FAULT_WORDS.test(normalizeHeader(problem.header))) return true;
  return hasAny(a, ['客户电话']) || headersSay(a.candidate.labels, 'customer');
}

/** The column an after-sales reading takes for the problem (问题描述), if any. */
function problemColumn(a: Assignment): ColumnInfo | undefined {
  return a.info.find((c) => c.field === '问题描述');
}

/** Whether the problem column's header names what went wrong, not merely a description of the item. */
function namesFault(a: Assignment): boolean {
  const problem = problemColumn(a);
  return problem !== undefined && faultNamed(problem);
}

/** Whether a problem column was read by a listed name (问题描述, Problem) or a fault's concepts. */
function faultNamed(problem: ColumnInfo): boolean {
  return problem.source === 'alias' || FAULT.some((c) => problem.concepts?.includes(c) ?? false);
}

/** Words of a header naming what went wrong (Description of problem(s), 问题说明, 故障现象, 异常). */
const FAULT_WORDS = /problem|fault|defect|symptom|issue|故障|问题|毛病|异常|现象|原因/;

/** The concepts of a header naming what went wrong (Fault, Defect, 故障, Issue). */
const FAULT: readonly Concept[] = ['repair', 'case', 'complaint'];

/** The fields an after-sales log shows (see showsItsRecord). */
const REGISTRATION_NEEDS = {
  /**
   * What makes it a case: the problem, the fix or how it ended. A product, a customer and a purchase
   * date alone are any order list's (订单号, 收货人, 商品信息, 下单时间); see worked for who worked on it.
   */
  about: ['问题描述', '解决方案', '处理结果'],
  /**
   * Who worked on it, said beside the day the case came in (Date In, 登记日期): an order list may name
   * an owner (负责人, Assigned user) too, but dates only the purchase.
   */
  worked: ['解决人', '登记日期'],
  /** What puts a product in it. */
  product: ['产品型号', '产品序列号', '购买日期'],
  /** What names its customer. */
  customer: ['客户姓名', '客户电话'],
} as const;

/** What a form of each kind asks about: one of them must be among its questions (an after-sales form: see namesFault). */
const FORM_SUBJECTS: Partial<Record<SheetKind, readonly string[]>> = {
  complaints: ['投诉内容', '投诉类别'],
  callbacks: ['回访内容', '建议', '技能满意度', '服务态度满意度'],
  ledger: ['奖惩事由', '奖惩方式'],
};

/** The default names of a Google Form's response sheet: 表单回复 1, 表單回應 1, Form Responses 1. */
const FORM_SHEET = /^(表单回复|表单回应|表单响应|form_?responses?)_?\d*$/;

/** The first column of a Google Form's responses, in the form's language: Timestamp, 時間戳記. */
const FORM_TIMESTAMP = new Set(['timestamp', '时间戳记']);

/**
 * Whether a sheet has a Google Form's responses' shape whatever its name (a CSV downloaded and
 * renamed): the form's timestamp column first, holding times of day.
 */
function formShaped(a: Assignment): boolean {
  const first = a.candidate.labels[0];
  if (first?.index !== 0) return false;
  if (!FORM_TIMESTAMP.has(normalizeHeader(first.texts[0] ?? first.header))) return false;
  const p = a.profiles[0];
  return p !== undefined && p.filled >= 2 && p.time >= 0.8;
}

/** The add-on's own deadline columns (答复截止, 方案截止, 状态 side by side): never the team's data. */
const OWN_COLUMNS = DEADLINE_COLUMNS.map((c) => normalizeHeader(c.zh));

function ownColumnIndexes(labels: HeaderCandidate['labels']): Set<number> {
  const own = new Set<number>();
  labels.forEach((label, i) => {
    if (normalizeHeader(label.header) !== OWN_COLUMNS[0]) return;
    const next = labels.slice(i, i + OWN_COLUMNS.length);
    if (next.every((l, k) => normalizeHeader(l.header) === OWN_COLUMNS[k] && l.index === label.index + k)) {
      for (const l of next) own.add(l.index);
    }
  });
  return own;
}

/** A column with no value under its header, where other columns have some: read last. */
const EMPTY_PENALTY = 20;

/** What a column's values say of a field: they support it, contradict it, or say nothing. */
type ValueFit = 'supports' | 'contradicts' | 'neutral' | 'empty';

/** The concepts a header naming the rule broken may hold (獎懲項目代號, Violation Code, 违规代码). */
const RULE_HEADER: readonly Concept[] = ['reward', 'rule', 'id', 'complaint'];
/** A sanction given, not a rule broken (Sanction Code, Warning Code, Action Code, 处分代码). */
const SANCTION = /warning|sanction|action|penalt|处分|处罚|警告/i;

/** Whether short tags under a header are a rule's codes: it names a reward or penalty's rule, and only that. */
function ruleTagged(header: string): boolean {
  const { concepts } = conceptsOf(questionCore(header));
  return (
    concepts.has('reward') &&
    concepts.has('rule') &&
    [...concepts].every((c) => RULE_HEADER.includes(c)) &&
    !SANCTION.test(header) &&
    !SANCTION.test(normalizeHeader(header))
  );
}

/**
 * Whether a column's values fit a field of a type: a phone column holds phones, a date column dates,
 * a staff column names; free text is neither mostly dates nor phones.
 */
function valueFit(field: FieldSpec, p: ValueProfile | undefined, header = ''): ValueFit {
  if (!p) return 'neutral';
  if (p.filled === 0) return p.instants.length > 0 ? 'empty' : 'neutral';
  if (p.filled < 2) return 'neutral';
  // A customer's or a staff member's name is no code (CUST-00012 is the customer's record, not its name).
  if (NAME_FIELDS.has(field.key) && p.code >= 0.6 && p.person < 0.2) return 'contradicts';
  // A status column that holds status words (Open, 已处理) is the status column.
  if (field.status && p.status >= 0.5) return 'supports';
  // A column of yeses and noes (二次投訴: 是, 否) is a flag, never what anyone said.
  if (CONTENT_FIELDS.has(field.key) && p.yesno >= 0.8) return 'contradicts';
  // Sentences are no number (Initial Request: what the customer asked, not the request's number).
  if (ID_FIELDS.has(field.key) && p.text >= 0.8 && p.code + p.number < 0.2) return 'contradicts';
  // A rate that holds prices (Std Rate: £6.20 up to 10kg) rates nothing.
  if (field.list === 'satisfaction' && p.measure >= 0.5) return 'contradicts';
  switch (field.type) {
    case 'phone':
      if (p.phone >= 0.5) return 'supports';
      // Eight plain digits (66231458) under a phone's header are Hong Kong's or Macau's numbers; ten
      // (9824012345) India's or North America's under a header naming nothing but a phone (Mobile,
      // Customer Phone), not a ticket's (电话工单号, Phone Ticket No).
      return p.phone + p.localPhone + (phoneOnly(header) ? p.plainTen : 0) < 0.2 ? 'contradicts' : 'neutral';
    case 'date':
    case 'datetime': {
      // A month (2019-03) dates a thing to its month: 入職年月 is a join date.
      const dated = p.date + p.month;
      return dated >= 0.5 ? 'supports' : dated < 0.2 ? 'contradicts' : 'neutral';
    }
    case 'staff':
      // Exports name staff by e-mail address too (helpdesk@…, kevin.lin@…).
      if (p.person + p.email >= 0.5) return 'supports';
      // Dates, numbers, or names of places and firms (Desert Ridge Estates HOA) are no one on the staff.
      if (p.text >= 0.5 && p.person < 0.2) return 'contradicts';
      return p.date + p.phone + p.number >= 0.6 ? 'contradicts' : 'neutral';
    case 'month':
      if (p.month >= 0.5) return 'supports';
      // A month is written as one (2026-08, 2026年8月): dates, durations (142:18:40) or names are not.
      return p.month < 0.2 || p.date >= 0.5 || p.phone >= 0.6 || p.person >= 0.6 ? 'contradicts' : 'neutral';
    case 'rule':
      // A code of 奖惩规则 (KF-2026-03, 12), not a word such as a shift's name (客服早班). A short tag
      // (R05, A-03) is one only under a header naming the rule broken and nothing else (獎懲項目代號,
      // Violation Code): a shift's, an agent's, a status's or a sanction's code (班次代码, Agent
      // Code, Sanction Code: A, AG01, VW) is none.
      return p.code + p.number + (ruleTagged(header) ? p.tag : 0) < 0.2 ? 'contradicts' : 'neutral';
    case 'number':
    case 'yesno':
      return p.phone >= 0.6 || p.email >= 0.6 ? 'contradicts' : 'neutral';
    default:
      if (p.date >= 0.6 || p.phone >= 0.6 || p.email >= 0.6) return 'contradicts';
      return CONTENT_FIELDS.has(field.key) && p.text >= 0.5 ? 'supports' : 'neutral';
  }
}

/** Whether a column's values are plainly a field's: its sentences, or numbers for a count. */
function fitsOutright(field: FieldSpec, p: ValueProfile | undefined): boolean {
  if (field.type === 'number') return p !== undefined && p.filled >= 2 && p.number >= 0.8;
  return valueFit(field, p) === 'supports';
}

/** Fields that hold a case's or a product's number. */
const ID_FIELDS = new Set(['单号', '投诉编号', '关联编号', '产品序列号']);

/** Words of a nickname or an account rather than a name. */
const NICKNAME = /昵称|网名|旺旺|账号|帐号|用户名|username|nickname|screenname|account/;
/** A handle a form asks for (Screen Name, 网名) rather than anyone's name. */
const ACCOUNT = /网名|網名|\bscreen\s*name\b/i;

/** Fields that hold a person's or a firm's name. */
const NAME_FIELDS = new Set(['客户姓名', '姓名']);

/** Fields of free text: of two columns offered, the one holding sentences (Description over Summary). */
const CONTENT_FIELDS = new Set(['投诉内容', '问题描述', '回访内容', '奖惩事由']);

/** The first time of a kind's records: of two columns offered for it, the one holding earlier times. */
const FIRST_TIMES = new Set(['投诉时间', '登记日期']);

/** A header that speaks of a record's arrival: created, received, accepted, complained, reported for repair. */
function arrival(header: string): boolean {
  const { concepts } = conceptsOf(questionCore(header));
  // A fault's or a problem's date (故障日期) is when it happened, before anyone was told; a repair's
  // (维修日期) when it was done; reporting one (报修) is its arrival.
  if (concepts.has('content')) return false;
  return ARRIVAL.some((c) => concepts.has(c)) || REPORTED.test(normalizeHeader(header));
}

const ARRIVAL: readonly Concept[] = ['create', 'accept', 'complaint'];
const REPORTED = /报修|报障|申报|reported/;

type Offered = { index: number; header: string; hit: FieldHit; source: ColumnSource };

/** The option a header reading puts first (the lowest priority), if any. */
function lowest(options: readonly Offered[]): Offered | undefined {
  return options.reduce<Offered | undefined>(
    (a, b) => (a === undefined || b.hit.priority < a.hit.priority ? b : a),
    undefined,
  );
}

/**
 * An after-sales log's number is its own record's (退货编号, 售后单号), before the order it refers to
 * (订单编号), whichever a listed name reads; never a returned item's number (退貨品號).
 */
function preferOwnNumber(options: readonly Offered[]): void {
  const numbers = options.filter((o) => o.hit.field.key === '单号' && o.source !== 'mapping');
  const said = (o: Offered) => conceptsOf(questionCore(o.header)).concepts;
  const first = lowest(numbers);
  const firstSays = first ? said(first) : null;
  if (!first || !firstSays?.has('order') || firstSays.has('repair')) return;
  const own = lowest(
    numbers.filter((o) => {
      const c = said(o);
      return c.has('repair') && !c.has('order') && !c.has('product') && !c.has('serial');
    }),
  );
  if (own) own.hit = { ...own.hit, priority: first.hit.priority - 0.01 };
}

/** Of several columns offered for a first time (来电时间, 受理时间), the earliest row by row wins. */
function preferEarliest(options: Offered[], profiles: readonly ValueProfile[]): void {
  for (const key of FIRST_TIMES) {
    // Only between times of the record's arrival (来电时间, 受理时间, Created), not of something
    // before it (the fault, the purchase).
    const offered = options.filter(
      (o) => o.hit.field.key === key && o.source !== 'mapping' && arrival(o.header),
    );
    if (offered.length < 2) continue;
    const dated = offered.filter((o) => (profiles[o.index]?.date ?? 0) >= 0.5);
    const earliest = dated.find((o) =>
      dated.every(
        (other) =>
          other === o ||
          earlierRows(profiles[o.index] as ValueProfile, profiles[other.index] as ValueProfile) > 0,
      ),
    );
    if (!earliest) continue;
    const best = minOf(offered.map((o) => o.hit.priority));
    earliest.hit = { ...earliest.hit, priority: best - 0.01 };
  }
  // Of the columns offered for one text field, one of sentences before one of a few words that only
  // its header's meaning offered (业务内容 beside 非派单情况 holding 否, 买家退款说明 beside 买家退款原因),
  // never before the field's own name (投诉内容 holding 物流慢); of two of sentences (Summary,
  // Description), the longer, unless the other's header names the field plainly better (回訪備註
  // beside 陽性結果).
  for (const key of CONTENT_FIELDS) {
    const all = options.filter((o) => o.hit.field.key === key && o.source !== 'mapping');
    const written = all.filter((o) => (profiles[o.index]?.text ?? 0) >= 0.5);
    if (written.length === 0) continue;
    const top = minOf(written.map((o) => o.hit.priority));
    const offered = written.filter((o) => o.hit.priority <= top + 0.5);
    const longest = offered.reduce((a, b) =>
      (profiles[b.index]?.length ?? 0) > (profiles[a.index]?.length ?? 0) * 1.5 ? b : a,
    );
    const blank = all.some(
      (o) => o.hit.priority < longest.hit.priority && o.hit.source !== 'alias' && !written.includes(o),
    );
    if (offered.length < 2 && !blank) continue;
    const best = minOf((blank ? all : offered).map((o) => o.hit.priority));
    longest.hit = { ...longest.hit, priority: best - 0.01 };
  }
}

/** Concepts of an event whose date a column may hold without saying "date" (實際完工, 回访). */
const EVENT_CONCEPTS: readonly Concept[] = [
  'close',
  'create',
  'accept',
  'reply',
  'callback',
  'purchase',
  'join',
];

/**
 * A header naming an event, over a column of dates, is the event's time: 實際完工 holding dates is
 * when the work was completed.
 */
function eventTime(kind: SheetKind, header: string, p: ValueProfile | undefined): FieldHit | null {
  if (!p || p.filled < 2 || p.date < 0.5) return null;
  const { concepts } = conceptsOf(questionCore(header));
  if (concepts.has('time') || !EVENT_CONCEPTS.some((c) => concepts.has(c))) return null;
  const timed = readHeader(`${questionCore(header)}时间`).get(kind);
  if (!timed || (timed.field.type !== 'date' && timed.field.type !== 'datetime')) return null;
  return { ...timed, source: 'rule', priority: timed.priority + 0.5 };
}

/**
 * A reading weighed by the values under its header: null when they contradict a reading by rule or
 * meaning; else its priority moved by how they fit, and, with `tells`, a case's status column holding
 * a case's status words counting as a header in the kind's own words.
 */
function weighed(
  hit: FieldHit,
  header: string,
  profile: ValueProfile | undefined,
  tells: boolean,
): FieldHit | null {
  const said = valueFit(hit.field, profile, header);
  if (said === 'contradicts' && hit.source !== 'alias') return null;
  // A nickname or an account (买家昵称, 客户网名, Username) names the customer only where no column
  // holds a real name (收货人姓名).
  // An agent's display name (客服昵称) is how a chat system's report names the agent: only a
  // customer's nickname yields.
  const nick = hit.field.key === '客户姓名' && NICKNAME.test(normalizeHeader(header));
  const adjust = (said === 'empty' ? EMPTY_PENALTY : said === 'supports' ? -0.5 : 0) + (nick ? 6 : 0);
  // A ticket list that never says "complaint" is told by its statuses (处理中, 已结案, Resolved), but
  // only beside a case or someone handling it: a queue of consultations has statuses too.
  const weight =
    tells && said === 'supports' && hit.field.status === true ? Math.max(hit.weight, 2) : hit.weight;
  return { ...hit, priority: hit.priority + adjust, weight };
}

/** The field that sorts a kind's records into kinds of problem. */
const CATEGORY_OF: Partial<Record<SheetKind, string>> = { registration: '问题分类', complaints: '投诉类别' };

/**
 * A reason in a word or two (退货原因: 质量问题, 七天无理由) sorts the records: it is the problem's
 * category, where a reason written out in sentences describes the problem.
 */
function shortReason(
  kind: SheetKind,
  hit: FieldHit,
  header: string,
  p: ValueProfile | undefined,
): FieldHit | null {
  const category = CATEGORY_OF[kind];
  if (!category || !p || p.filled < 2 || !CONTENT_FIELDS.has(hit.field.key)) return null;
  // A reason alone (退货原因, 原因), not a fault named with it (故障/原因, 故障原因: the problem itself).
  const { concepts } = conceptsOf(questionCore(header));
  if (!concepts.has('reason') || concepts.has('content')) return null;
  if (p.text >= 0.3 || p.length > 8) return null;
  const field = sheetSpec(kind).fields.find((f) => f.key === category);
  return field ? { ...hit, field, priority: hit.priority + 0.3 } : null;
}

/** Fields of a kind a column may be read as by its values alone, when no header names them. */
const VALUE_FIELDS: Partial<
  Record<
    SheetKind,
    readonly { field: string; sort: 'phone' | 'ledger' | 'channel' | 'role'; share: number }[]
  >
> = {
  complaints: [
    { field: '联系电话', sort: 'phone', share: 0.8 },
    { field: '投诉渠道', sort: 'channel', share: 0.6 },
  ],
  registration: [{ field: '客户电话', sort: 'phone', share: 0.8 }],
  callbacks: [{ field: '联系电话', sort: 'phone', share: 0.8 }],
  ledger: [{ field: '奖惩方式', sort: 'ledger', share: 0.5 }],
  // A column of posts (Customer Care Manager, 客服专员) is the roster's post under any header (Title).
  roster: [{ field: '岗位', sort: 'role', share: 0.6 }],
};

/** Ledger fields that say what a row is worth: without one, the words of some column must. */
const LEDGER_AMOUNTS = ['规则代码', '奖惩方式', '分值', '金额'];

/**
 * Fields found by their values: an unnamed column of phones, of a complaint's channels (电话, 微信,
 * WhatsApp under 聯絡方式 or How received), and on a ledger without amounts the
 * column whose cells read as rewards and penalties (扣3分, 罚款50元), whatever its header. Returns
 * the weight it adds to the kind.
 */
function byValues(
  kind: SheetKind,
  candidate: HeaderCandidate,
  profiles: readonly ValueProfile[],
  columns: Record<string, number>,
  byIndex: Map<number, { field: string; source: ColumnSource }>,
  own: ReadonlySet<number>,
  ignored: ReadonlySet<number>,
  staffNamed: boolean,
): number {
  let weight = 0;
  for (const want of VALUE_FIELDS[kind] ?? []) {
    if (columns[want.field] !== undefined) continue;
    if (want.sort === 'ledger' && LEDGER_AMOUNTS.some((f) => columns[f] !== undefined)) continue;
    const fits = candidate.labels.filter((label) => {
      const p = profiles[label.index];
      if (!p || p.filled < 2 || own.has(label.index) || ignored.has(label.index)) return false;
      // A column of phones or of channels is found only where no header reading took it.
      if (want.sort !== 'ledger' && byIndex.has(label.index)) return false;
      // Numbers under a header that says what they are (Part Numbers, 订单号) are no phones.
      if (want.sort === 'phone' && !headerAllowsPhone(label.texts[0] ?? label.header)) return false;
      // How a case was answered or handled (回复方式, 处理方式: 电话, 上门) is no way it came in.
      if (want.sort === 'channel' && !headerAllowsChannel(label.texts[0] ?? label.header)) return false;
      // Posts are the staff's only on a list that shows it keeps staff (入职日期, a staff number, a
      // department): a member list's 职业 (工程师, 销售经理) is its customers' occupations.
      if (want.sort === 'role' && !staffNamed && !keepsStaff(candidate, columns)) return false;
      return p[want.sort] >= want.share;
    });
    if (fits.length !== 1) continue;
    const index = (fits[0] as HeaderCandidate['labels'][number]).index;
    const before = byIndex.get(index);
    if (before) delete columns[before.field];
    columns[want.field] = index;
    byIndex.set(index, { field: want.field, source: 'values' });
    weight += before ? 0 : 1;
  }
  return weight;
}

/** Whether a list shows it keeps staff: a hire date read, or a header naming a staff number or a department. */
function keepsStaff(candidate: HeaderCandidate, columns: Record<string, number>): boolean {
  return columns['入职日期'] !== undefined || headersSay(candidate.labels, 'staffId', 'department');
}

/**
 * Whether a shop's after-sales export names its buyer by the account that ordered (用户ID, 客户编号,
 * Customer ID) rather than by a name or a phone: only where the record's own number is a case's
 * (售后编号, RMA ID, 退款单号) and a column says what the case is. An order export (订单ID) with a
 * refund status, a device's alerts, a warranty activation list or a refund bill numbers its customers
 * too, and is none.
 */
function customerNumbered(a: Assignment): boolean {
  const own = a.candidate.labels.find((l) => l.index === a.columns.单号);
  if (!own || !FAULT.some((c) => labelConcepts(own).has(c))) return false;
  // And it says what the case is (退款原因): a payment provider's refund bill numbers refunds and
  // accounts too, and says only how much and when.
  if (!hasAny(a, ['问题描述'])) return false;
  // Its customer known by a number (买家ID), or telling the refund or fault in the customer's words
  // (买家退款说明): a marketplace's refund export that withholds who the buyer is still has one. A
  // buyer's note at checkout (买家留言) says no fault: an order export.
  return a.candidate.labels.some((l) => {
    const held = labelConcepts(l);
    return (
      held.has('customer') &&
      (held.has('id') || (l.index === a.columns.问题描述 && FAULT.some((c) => held.has(c))))
    );
  });
}

/** Whether any of a candidate's headers holds one of these concepts (Customer, 工号, 部门). */
function headersSay(labels: HeaderCandidate['labels'], ...concepts: Concept[]): boolean {
  return labels.some((l) => {
    const held = labelConcepts(l);
    return concepts.some((c) => held.has(c));
  });
}

/** Whether a header names a phone and nothing else but the customer's (Mobile, Customer Phone, 联系电话). */
function phoneOnly(header: string): boolean {
  const { concepts } = conceptsOf(questionCore(header));
  if (!concepts.has('phone')) return false;
  // A phone's number (Phone no, Mobile Nr) is the phone; a record's (电话单号) is not.
  const numbered = PHONE_NUMBERED.test(header.trim());
  // A member of staff's or the firm's line (客服电话: 4008001234) is no customer's number.
  return [...concepts].every((c) => c === 'phone' || c === 'customer' || (numbered && c === 'id'));
}
const PHONE_NUMBERED = /\b(phone|mobile|cell|tel|telephone|contact)\s*(no|nr|number|num|#)\.?$/i;

/** Concepts a header over a column of bare phone numbers may hold (联系人, 客户, 备注) or none. */
const PHONE_HOLDERS: ReadonlySet<Concept> = new Set<Concept>(['customer', 'person', 'name', 'note', 'phone']);

/** Whether a header may hold the way a case came in: not one of a reply, a handling or a callback. */
function headerAllowsChannel(header: string): boolean {
  const { concepts } = conceptsOf(questionCore(header));
  return !AFTER_ARRIVAL.some((c) => concepts.has(c));
}
const AFTER_ARRIVAL: readonly Concept[] = ['reply', 'handle', 'solution', 'callback', 'result', 'close'];

function headerAllowsPhone(header: string): boolean {
  return [...conceptsOf(questionCore(header)).concepts].every((c) => PHONE_HOLDERS.has(c));
}

/** The sort most of a column's values are, and their share: what inspect shows as evidence. */
export interface ValueEvidence {
  readonly sort: ValueSort;
  /** 0.5 to 1. */
  readonly share: number;
}

/** The sort most of a column's values are, if one is most of them. */
function valueEvidence(p: ValueProfile | undefined): ValueEvidence | null {
  if (!p || p.filled === 0) return null;
  const known = EVIDENCE.get(p);
  if (known !== undefined) return known;
  const found = dominantSort(p);
  EVIDENCE.set(p, found);
  return found;
}

const EVIDENCE = new WeakMap<ValueProfile, ValueEvidence | null>();

function dominantSort(p: ValueProfile): ValueEvidence | null {
  const sorts = [
    'phone',
    'date',
    'time',
    'month',
    'email',
    'ledger',
    'status',
    'level',
    'role',
    'person',
    'number',
    'code',
    'text',
  ] as const;
  let best: ValueSort | null = null;
  for (const sort of sorts) if (p[sort] >= 0.5 && (!best || p[sort] > p[best])) best = sort;
  return best ? { sort: best, share: Math.round(p[best] * 100) / 100 } : null;
}

/**
 * Maps a candidate's columns to a kind's fields: 列名对照 first, then the best reading of each
 * header. The add-on's own columns (`own`, known by its marks) are never the team's data; on a
 * sheet an earlier version set no marks on, they are its three deadline columns side by side.
 */
function assign(
  kind: SheetKind,
  candidate: HeaderCandidate,
  mapping: SheetMapping | undefined,
  marked: ReadonlySet<number> | undefined,
  profiles: readonly ValueProfile[] = [],
  staffNamed = false,
): Assignment {
  const own =
    marked && marked.size > 0
      ? marked
      : kind === 'complaints'
        ? ownColumnIndexes(candidate.labels)
        : new Set<number>();
  const spec = sheetSpec(kind);
  const options: { index: number; header: string; hit: FieldHit; source: ColumnSource }[] = [];
  const ignored = new Set<number>();
  // Whether the sheet keeps cases, so that its statuses tell the kind: some header names one (Case
  // Number, 工单号) or someone who handles them (受理人, 最后处理人员, Assignee).
  const handled = candidate.labels.some((label) =>
    label.texts.some(
      (text) =>
        readHeader(text).get(kind)?.field.type === 'staff' ||
        conceptsOf(questionCore(text)).concepts.has('case'),
    ),
  );
  // Where no header names a buyer, the sellers are whom the team serves (a platform's seller support,
  // a used-car dealer's 卖方): their name and phone are the customer's. Beside a buyer (买家会员名称),
  // 卖家电话 is the shop's own.
  const sellersServed = !candidate.labels.some((l) => {
    const held = labelConcepts(l);
    return held.has('customer') && !held.has('seller');
  });
  for (const label of candidate.labels) {
    if (own.has(label.index)) continue;
    const mapped =
      mapping?.columns.get(headerKey(label.header)) ?? mapping?.columns.get(headerKey(label.texts[0] ?? ''));
    if (mapped !== undefined) {
      const field = mapped === null ? undefined : spec.fields.find((f) => f.key === mapped);
      if (field)
        options.push({
          index: label.index,
          header: label.header,
          hit: { field, source: 'rule', weight: 3, priority: -1 },
          source: 'mapping',
        });
      else ignored.add(label.index);
      continue;
    }
    // A listed name in any reading first; by meaning, only the preferred reading (a group heading
    // joined to its child reads as more than either says).
    const texts = sellersServed && labelConcepts(label).has('seller') ? label.texts.map(unsold) : label.texts;
    const readings = texts.map((text) => readHeader(text).get(kind));
    const header = label.texts[0] ?? label.header;
    const profile = profiles[label.index];
    const hit =
      readings.find((h) => h !== undefined && h.source !== 'concept') ??
      (readings[0]?.source === 'concept' ? readings[0] : null) ??
      eventTime(kind, header, profile);
    if (!hit) continue;
    // A staff list names its people (an agent's display name in a chat system, 客服昵称, or a login where
    // nothing else names them, among them); a form's screen name (Screen Name) is a handle.
    if (kind === 'roster' && hit.field.key === '姓名' && ACCOUNT.test(header)) continue;
    const first = weighed(shortReason(kind, hit, header, profile) ?? hit, header, profile, handled);
    // Values that contradict a reading by rule or meaning overrule it (a "Resolution time" holding
    // minutes is no closing time); a listed name is kept, and validation names the bad cells.
    if (first) options.push({ index: label.index, header, hit: first, source: first.source });
    // The second reading, weighed by its own field's fit to the values; it never tells the kind. It
    // stands also where the values overruled the first (answered holding counts is no month).
    // Where they did, the second must fit the values outright (counts under answered, not times).
    const alt = (first ?? hit).alt;
    const second =
      alt && (first || fitsOutright(alt.field, profile)) ? weighed(alt, header, profile, false) : null;
    if (second) options.push({ index: label.index, header, hit: second, source: second.source });
  }
  preferEarliest(options, profiles);
  preferOwnNumber(options);
  options.sort((a, b) => a.hit.priority - b.hit.priority || a.index - b.index);
  const columns: Record<string, number> = {};
  const byIndex = new Map<number, { field: string; source: ColumnSource }>();
  let score = 0;
  const repeats = new Map<number, number>();
  const keyOf = (index: number) => headerKey(candidate.labels.find((l) => l.index === index)?.header ?? '');
  for (const { index, hit, source } of options) {
    if (byIndex.has(index)) continue;
    const taken = columns[hit.field.key];
    if (taken !== undefined) {
      // The same header twice: the first column is read, the other said to be left unread.
      if (keyOf(taken) === keyOf(index)) repeats.set(index, taken);
      continue;
    }
    columns[hit.field.key] = index;
    byIndex.set(index, { field: hit.field.key, source });
    score += hit.weight;
  }
  const strong = options.filter(
    (o) => o.hit.weight >= 2 && byIndex.get(o.index)?.field === o.hit.field.key,
  ).length;
  score += byValues(kind, candidate, profiles, columns, byIndex, own, ignored, staffNamed);
  const info: ColumnInfo[] = candidate.labels.map((label) => {
    const found = byIndex.get(label.index);
    const values = valueEvidence(profiles[label.index]);
    const concepts = found?.source === 'concept' ? [...labelConcepts(label)] : [];
    return {
      index: label.index,
      header: label.header,
      field: found?.field ?? null,
      source: found?.source ?? null,
      ...(own.has(label.index) ? { own: true } : {}),
      ...(repeats.has(label.index) ? { repeats: repeats.get(label.index) as number } : {}),
      ...(values ? { values } : {}),
      ...(concepts.length > 0 ? { concepts } : {}),
    };
  });
  const telling = candidate.labels.filter(
    (label) => byIndex.has(label.index) && ownConcept(kind, conceptsOf(questionCore(label.texts[0] ?? ''))),
  ).length;
  return { kind, candidate, profiles, columns, info, score, matched: byIndex.size, telling, strong, ignored };
}

function missingRequired(spec: SheetSpec, columns: Readonly<Record<string, number>>): string[] {
  return spec.fields.filter((f) => f.required === 'always' && columns[f.key] === undefined).map((f) => f.key);
}

/**
 * How a kind ranks against the others on one sheet: its evidence, more for headers in its own words
 * (three at most), less for each required field it lacks (an after-sales log without a product).
 */
function rankScore(a: Assignment): number {
  const spec = sheetSpec(a.kind);
  const required = spec.fields.filter((f) => f.required === 'always').length;
  // As a share of what the kind requires: an after-sales log requires six fields, a ledger two.
  const missing = required === 0 ? 0 : (3 * missingRequired(spec, a.columns).length) / required;
  return a.score + 2 * Math.min(a.telling, 3) - missing;
}

/** The concept naming the record each kind keeps: 投诉/客訴/complaint, 回访/survey, 奖惩, 报修/repair. */
const RECORD_WORD: Partial<Record<SheetKind, Concept>> = {
  complaints: 'complaint',
  callbacks: 'callback',
  ledger: 'reward',
  registration: 'repair',
};

/**
 * How many of a candidate's headers name the kind's record (Complaint received by, Complaint
 * Description, 客訴單號), read or not: a sheet that says "complaint" three times is a complaint log
 * even where its other columns would suit an after-sales log as well.
 */
function mentions(a: Assignment, word: Concept | undefined = RECORD_WORD[a.kind]): number {
  if (!word) return 0;
  // A column whose cells name the record says it too (a category of 住戶投訴 and 噪音投訴).
  return a.candidate.labels.filter(
    (l) => labelConcepts(l).has(word) || (a.profiles[l.index]?.records.includes(word) ?? false),
  ).length;
}

/** The kind a reading came nearest to, the fields it found and those it lacks. */
function nearestOf(a: Assignment): NearestKind {
  const spec = sheetSpec(a.kind);
  return {
    kind: a.kind,
    matched: spec.fields.map((f) => f.key).filter((key) => a.columns[key] !== undefined),
    missingRequired: missingRequired(spec, a.columns),
  };
}

/** The kinds whose rows are cases with a date: after-sales, complaints, callbacks. */
const RECORD_KINDS: readonly SheetKind[] = ['registration', 'complaints', 'callbacks'];

/** Whether a reading dates its rows: a column read as a date or a time, or one holding dates. */
function dated(a: Assignment): boolean {
  const timed = a.info.some((c) => {
    const field = c.field ? sheetSpec(a.kind).fields.find((f) => f.key === c.field) : undefined;
    return field !== undefined && (field.type === 'date' || field.type === 'datetime');
  });
  return timed || a.profiles.some((p) => p.filled >= 2 && p.date >= 0.5);
}

/** Whether most of a reading's columns hold figures (counts, shares): a table of statistics. */
function figures(a: Assignment): boolean {
  const filled = a.candidate.labels.filter((l) => (a.profiles[l.index]?.filled ?? 0) >= 2);
  const numeric = filled.filter((l) => (a.profiles[l.index]?.number ?? 0) >= 0.8);
  return filled.length > 0 && numeric.length * 2 >= filled.length;
}

/** Whether a header names a customer (客户, 客户姓名, Customer Name), not only a customer's ID or words. */
function customerNamed(labels: HeaderCandidate['labels']): boolean {
  return labels.some((l) => {
    const held = labelConcepts(l);
    return held.has('customer') && (held.has('name') || held.size === 1);
  });
}

/** Whether a ledger reading's points or money are taken off (扣罚金额, 扣分, Points Deducted, Fine). */
function deducted(a: Assignment): boolean {
  return (['分值', '金额'] as const).some((key) => {
    const info = a.info.find((c) => c.field === key);
    return (
      info !== undefined && (DEDUCTION.test(info.header) || DEDUCTION.test(normalizeHeader(info.header)))
    );
  });
}
/**
 * Words of money or points taken off as a penalty (Traditional read folded: 罰款金額 → 罚款金额); a
 * payroll's 扣款 or Amount Deducted is any deduction, no fine.
 */
const DEDUCTION = /扣罚|罚款|罚金|扣分|penalt|\bfines?\b|points deducted/i;

/** The columns a callback's assignment reads as satisfaction by their words (a rating question). */
function scoresAsked(a: Assignment): number {
  return a.info.filter(
    (c) =>
      c.field !== null &&
      SATISFACTION_FIELDS.includes(c.field) &&
      conceptsOf(questionCore(c.header)).concepts.has('satisfaction'),
  ).length;
}
const SATISFACTION_FIELDS: readonly string[] = ['技能满意度', '服务态度满意度'];

/** Whether an assignment read one of some fields. */
function hasAny(a: Assignment, fields: readonly string[]): boolean {
  return fields.some((f) => a.columns[f] !== undefined);
}

/** Whether a complaint log reads what was complained of from a column a person wrote, not a system. */
function complaintInWords(a: Assignment): boolean {
  const at = a.columns.投诉内容;
  const label = a.candidate.labels.find((l) => l.index === at);
  return label !== undefined && !labelConcepts(label).has('system');
}

/** How many of a candidate's headers speak of how long something took (通话时长, Wait Time), not of a time allowed. */
function durations(a: Assignment): number {
  return a.candidate.labels.filter((l) => labelConcepts(l).has('duration') && !spells(DEADLINE, l.header))
    .length;
}

/**
 * Headers of a time allowed rather than taken (处理完成时限, 首次响应时限, Time Left, SLA); a timeout
 * (排队超时时长, 是否超时) is a call's time taken.
 */
const DEADLINE = /时限|时效|剩余|\bremaining\b|\btime left\b|\bsla\b/;

/**
 * What a record of a kind shows beyond a weight of evidence (names, times and models are any list's).
 * An after-sales log says what it is about, the problem or the fix, unless its headers say the kind
 * twice (names, addresses and a serial number are also a label order form's); it is about a product
 * or says repair (without either, cases with a description and a status are a service log of
 * complaints); and it is kept for customers (an inventory of models, locations and warranty dates
 * names none). A ledger records rewards and penalties: some header says so (奖惩, 扣分, violation),
 * a column carries a ledger's own name (规则代码, 分值), or some column's cells read as them (扣3分,
 * 罚款50元); a call log with agents, scores and cause codes is none.
 */
function showsItsRecord(a: Assignment): boolean {
  switch (a.kind) {
    case 'registration':
      return (
        (aboutACase(a) || REGISTRATION_NEEDS.worked.every((f) => a.columns[f] !== undefined)) &&
        (hasAny(a, REGISTRATION_NEEDS.product) || mentions(a) > 0) &&
        (hasAny(a, REGISTRATION_NEEDS.customer) || customerNumbered(a) || deviceCase(a)) &&
        // A list naming orders (订单编号, 订单类型, Order ID) and never a repair, a return, a case, a
        // fault, anyone who worked on it or what was done is an order list, whatever message its
        // buyers left (买家留言).
        !(
          mentions(a, 'order') > 0 &&
          mentions(a) === 0 &&
          mentions(a, 'case') === 0 &&
          !namesFault(a) &&
          !hasAny(a, ['解决人', '解决方案'])
        )
      );
    case 'ledger':
      return (
        mentions(a) > 0 ||
        // Points against a staff number (Employee ID, 工号): a member of staff's record, not a
        // customer's loyalty points. Money against one is any HR sheet's (报销, Allowance, 借支).
        (hasAny(a, ['分值']) && headersSay(a.candidate.labels, 'staffId')) ||
        // Money or points taken off someone named (扣罚金额 beside 客服, Points Deducted): a fine on a
        // member of staff; a platform's fines on a shop or a courier's on an outlet name no one, and a
        // complaint log fining the agent names its customer (客户姓名 beside 罚款).
        (hasAny(a, ['姓名']) && deducted(a) && !customerNamed(a.candidate.labels)) ||
        // A ledger's own header (奖惩方式, 分值, 规则代码) shows one; 金额 beside a name only with why it
        // was given (日期, 姓名, 事由, 金额: a fines sheet), not a list of payments (a course's sign-ups).
        a.info.some(
          (c) =>
            c.values?.sort === 'ledger' ||
            (c.source === 'alias' &&
              c.field !== null &&
              LEDGER_AMOUNTS.includes(c.field) &&
              (c.field !== '金额' || hasAny(a, ['奖惩事由']))),
        )
      );
    case 'complaints':
      // A complaint log says what was complained of (its content or its category), says complaint or
      // ticket, or grades its cases: a service log of dates, numbers, who received and who serviced,
      // and a status, does none of these.
      // A call centre's call records (通话时长, 振铃时长, 等待时长) list calls, whatever each was about
      // (来电类型: 投诉, 咨询): without what was complained of in words, they are no complaint log.
      // A system's own message (error_message) is no complaint in words.
      if (durations(a) >= 2 && !complaintInWords(a)) return false;
      // A tracker of software under development (Bug标题, 缺陷 by 用例, issues by sprint) files what
      // its own testers found: with no header naming a customer (Bug名称 names the bug, however it
      // reads), no phone and no channel it came by, and never saying complaint, it is no complaint
      // log, however severe and assigned its entries.
      if (
        a.candidate.labels.some((l) => spells(DEVELOPMENT, l.header)) &&
        !headersSay(a.candidate.labels, 'customer') &&
        !hasAny(a, ['联系电话', '投诉渠道']) &&
        mentions(a) === 0
      )
        return false;
      return hasAny(a, ['投诉内容', '投诉类别', '级别']) || mentions(a) > 0 || mentions(a, 'case') > 0;
    case 'callbacks':
      // A salesman's visits to prospects (拜访), rating each one's intent before and after (意向评级), are a
      // sales log whatever 回访 columns it keeps: it names a visit, and its headers speak of sales and
      // visits more often than of callbacks. A callback asking about renewal or a quotation (续费意向,
      // 报价是否合理) names no visit and stays one.
      if (headersMatching(a, /拜访/) > 0 && headersMatching(a, SALES_VISIT) > mentions(a)) return false;
      // A callback says so, is due on a date, has a type or asks for a rating: replies to what customers sent in
      // (建议内容, 回复内容, 回复人) are a complaint or suggestion log's handling, not calls the team made.
      if (mentions(a) === 0 && !hasAny(a, CALLBACK_OWN)) return false;
      // Calls the team makes: a sheet naming calls taken (来电号码, 来电日期, 来电目的) more often than
      // callbacks is a hotline's log of incoming calls, whatever follow-up columns it carries.
      return mentions(a, 'inbound') <= mentions(a);
    default:
      return true;
  }
}

/**
 * Of an after-sales log and a complaint log that fit alike, the after-sales log when the sheet
 * names the make or model it serviced and speaks of no complaint and no severity (a repair shop's
 * job log: Client, Make/Model, Technician, Status); with a complaint word or a level it stays unsaid
 * (a hotline's work orders with a priority, a phone model and an IMEI are either).
 */
function serviceLog<T extends { a: Assignment }>(close: readonly T[]): T | undefined {
  // Any third kind in the running must be one the sheet never names (a Due Date is no callback).
  const others = close.filter((r) => r.a.kind !== 'registration' && r.a.kind !== 'complaints');
  if (others.some((r) => mentions(r.a) > 0)) return undefined;
  const registration = close.find((r) => r.a.kind === 'registration');
  const complaints = close.find((r) => r.a.kind === 'complaints');
  if (!registration || !complaints) return undefined;
  const product = registration.a.info.some((c) => c.field === '产品型号' && c.source !== 'mapping');
  return product && mentions(complaints.a) === 0 && complaints.a.columns.级别 === undefined
    ? registration
    : undefined;
}

/**
 * Of an after-sales log and a callback log that fit alike, the callback log when it asks the customer
 * in a question to rate the service (On a scale of 0-10, how likely…?): a survey after a service names
 * the vehicle or product and the job it followed, an after-sales log asks nobody anything.
 */
function surveyAfterService<T extends { a: Assignment }>(close: readonly T[]): T | undefined {
  if (close.length !== 2 || !close.some((r) => r.a.kind === 'registration')) return undefined;
  const survey = close.find((r) => r.a.kind === 'callbacks');
  return survey && asksRating(survey.a) ? survey : undefined;
}

/**
 * Whether a callback reading is of a survey: three columns or more whose headers ask for a
 * satisfaction or a rating and whose cells are scores or a word, beside the customer it asked.
 */
function rated(a: Assignment): boolean {
  if (a.kind !== 'callbacks' || !hasAny(a, ['客户姓名', '联系电话'])) return false;
  const ratings = a.candidate.labels.filter((label) => {
    const p = a.profiles[label.index];
    if (!p || p.filled < 2 || (p.number < 0.6 && (p.text >= 0.3 || p.length > 6))) return false;
    return labelConcepts(label).has('satisfaction');
  });
  return ratings.length >= 3;
}

/** Whether the same person comes back on another row on another date (a shift rota, a log of punches). */
function schedule(a: Assignment, rows: readonly (readonly unknown[])[]): boolean {
  const nameAt = a.columns['姓名'];
  if (nameAt === undefined) return false;
  // The rows the profiles were read from: every row below the header holding something.
  const names: string[] = [];
  for (let i = a.candidate.row; i < rows.length; i++) {
    const row = rows[i] ?? [];
    if (row.some((c) => cellText(c) !== '')) names.push(cellText(row[nameAt]));
  }
  return a.candidate.labels.some((label) => {
    const p = a.profiles[label.index];
    if (label.index === a.columns['入职日期'] || !p || p.filled < 3 || p.date < 0.8) return false;
    const seen = new Map<string, number>();
    return names.some((person, k) => {
      const at = p.instants[k];
      if (person === '' || at === null || at === undefined) return false;
      const before = seen.get(person);
      seen.set(person, at);
      return before !== undefined && before !== at;
    });
  });
}

/** Whether a callback's assignment reads a satisfaction from a question put to the customer (…?). */
function asksRating(a: Assignment): boolean {
  return a.info.some(
    (c) => c.field !== null && SATISFACTION_FIELDS.includes(c.field) && /[?？]\s*$/.test(c.header),
  );
}

/**
 * A log of customers' cases that names no product is a complaint log: when the after-sales log fits
 * best but has no product to be about (no model, serial or purchase, and no repair said), the same
 * columns read as complaints are kept when they hold a case's shape: who raised it, when it came,
 * what it is, and two of a number, a status and someone handling it (a hotline's work orders, a
 * facility's feedback log). Without a customer it is anyone's task list (an IT team's work orders).
 */
function caseLog<T extends { a: Assignment; score: number }>(first: T, ranked: readonly T[]): T | undefined {
  if (first.a.kind !== 'registration') return undefined;
  if (hasAny(first.a, REGISTRATION_NEEDS.product) || mentions(first.a) > 0) return undefined;
  const complaints = ranked.find((r) => r.a.kind === 'complaints');
  if (!complaints || complaints.score < first.score * 0.85) return undefined;
  const c = complaints.a;
  const shaped =
    hasAny(c, ['客户姓名', '联系电话']) &&
    hasAny(c, ['投诉时间']) &&
    hasAny(c, ['投诉内容']) &&
    ['投诉编号', '处理状态', '受理人'].filter((f) => c.columns[f] !== undefined).length >= 2;
  return shaped && showsItsRecord(c) ? complaints : undefined;
}

/**
 * A log of calls whose subjects name a follow-up in most rows (30-day follow-up after installation,
 * 出院一周回访：…, Callback: warranty repair done?) is a callback log, though its headers never say so
 * (a CRM's activity export: Title, Type, Schedule From): when nothing else is read, the callback
 * reading is kept if it names whom it called (a customer, a phone or the case followed).
 */
function followUpLog<T extends { a: Assignment }>(
  ranked: readonly T[],
  rows: readonly (readonly unknown[])[],
): T | undefined {
  const calls = ranked.find((r) => r.a.kind === 'callbacks');
  if (!calls || calls.a.matched < 3 || !hasAny(calls.a, ['客户姓名', '联系电话', '关联编号']))
    return undefined;
  return followUpsNamed(rows.slice(calls.a.candidate.row)) ? calls : undefined;
}

/**
 * Whether some column's cells name a follow-up in most rows: at least three, and half of those it
 * holds, and none of them a sale (Follow up on quotation: a salesman's follow-up, not a callback).
 * A call's direction is no follow-up: a phone system titles every call it logs Outbound Call to… or
 * Inbound Call from…, whatever it was for.
 * Only phrases count (see PHRASE): a word or two is what a call ended in (Callback, 回访成功), a
 * paragraph a note that may mention one (call back Thursday).
 */
function followUpsNamed(rows: readonly (readonly unknown[])[]): boolean {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  for (let col = 0; col < width; col++) {
    let filled = 0;
    let named = 0;
    let sales = false;
    for (const row of rows) {
      const text = cellText(row[col]).trim();
      if (text === '') continue;
      filled++;
      if (SALE_WORDS.test(text)) sales = true;
      const size = phraseSize(text);
      if (size < PHRASE.min || size > PHRASE.max) continue;
      if (conceptsOf(text.replace(DIRECTION, ' ')).concepts.has('callback')) named++;
    }
    if (!sales && named >= 3 && named * 2 >= filled) return true;
  }
  return false;
}

/** Words of a call's direction alone (Outbound Call to…, 外呼, 来电): said of every call, not a follow-up's. */
const DIRECTION =
  /outbound call|inbound call|outgoing call|incoming call|外呼|去电|拨出|拨打|致电|呼入|来电/gi;

/** A rating given in words: 非常满意, 不滿意, Very satisfied, Dissatisfied. */
const RATED_ANSWER = /满意|滿意|satisf(ied|action)/i;

/** How many headers are a questionnaire's numbered questions (1、您对…, 2. How…, Q3 …). */
function questionsNumbered(a: Assignment): number {
  return a.candidate.labels.filter((l) => /^\s*(\d{1,2}\s*[、.．:：)]|q\d{1,2}\b)/i.test(l.header)).length;
}

/** How many columns hold a rating in words in most of their filled cells (three at least). */
function ratedByValues(rows: readonly (readonly unknown[])[]): number {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  let rated = 0;
  for (let col = 0; col < width; col++) {
    let filled = 0;
    let rating = 0;
    for (const row of rows) {
      const text = cellText(row[col]).trim();
      if (text === '') continue;
      filled++;
      if (RATED_ANSWER.test(text)) rating++;
    }
    if (rating >= 3 && rating * 10 >= filled * 6) rated++;
  }
  return rated;
}

/** A phrase's size with a Chinese character counted as two letters (安装后七天回访 is 14, Callback 8). */
function phraseSize(text: string): number {
  return text.replace(/[\u3400-\u9fff]/g, 'xx').length;
}

/** The sizes of a subject line (a call's summary, a task's title), between a word and a paragraph. */
const PHRASE = { min: 13, max: 120 } as const;

/** Words of a sale in a call's subject: a quotation, a lead, a demo (报价, 商机, 线索). */
const SALE_WORDS =
  /quot(e|ation)|pricing|proposal|\bleads?\b|\bdemo\b|opportunit|prospect|报价|商机|线索|意向/i;

/**
 * What only a callback's record holds: its due date, its type, a rating of the service (the time of a
 * call may be read from any submission time, 提交时间).
 */
const CALLBACK_OWN = ['应回访日期', '回访类型', '技能满意度', '服务态度满意度'];
/** Headers of a tracker of software being built: a bug or defect, a test case, a sprint (folded, split); a module is any product's. */
const DEVELOPMENT = /用例|缺陷|\btest ?cases?\b|\bsprints?\b|\bbugs?\b/;
/** Headers of a campaign that sells: 营销, 行銷, 推销, marketing, upsell (folded). */
const MARKETING = /营销|行销|推销|marketing|upsell|cross-?sell/;
/** Headers of a salesman's log: a sale's words, or a visit paid to a prospect (拜访). */
const SALES_VISIT = new RegExp(`${SALE_WORDS.source}|拜访`, 'i');

/** How many of an assignment's headers match a pattern (拜访; a sale's or a visit's words), folded. */
function headersMatching(a: Assignment, pattern: RegExp): number {
  return a.candidate.labels.filter((l) => pattern.test(normalizeHeader(l.header))).length;
}

/** The counts of a pre-sales sheet. */
const PRESALES_COUNTS = ['接待人数', '成交笔数', '流失单数'];

/** Enough to call a sheet a kind: a clear weight of evidence, or a small kind fully present. */
function convincing(a: Assignment, monthNamed = false): boolean {
  // Names, phones and times alone are any list's (a wedding RSVP, a contact list): a kind needs
  // a header in its own words or a field of its own.
  if (a.telling === 0 && a.strong === 0) return false;
  // A ledger kept one sheet a month (2026年11月积分) dates its rows by the month its name or title
  // gives: without a date column, a person and what each row is worth (本月积分) are enough, whatever
  // words it uses.
  if (
    monthNamed &&
    a.kind === 'ledger' &&
    a.matched >= 3 &&
    !hasAny(a, ['日期']) &&
    hasAny(a, ['姓名']) &&
    hasAny(a, LEDGER_AMOUNTS)
  )
    return true;
  if (!showsItsRecord(a)) return false;
  if (a.score >= 6) return true;
  // An agent's figures (接待人数, 成交笔数) under a name are the month's pre-sales figures even with no
  // month column: the month is then the title's, the tab's or the one asked for. The customers
  // received alone are enough in a sheet of figures (most columns numbers), not in a list of
  // bookings with a party's size.
  if (a.kind === 'presales' && hasAny(a, ['姓名'])) {
    const counts = PRESALES_COUNTS.filter((f) => hasAny(a, [f])).length;
    // Counts, rates and times spent (登录时长 176:32:10) are all an agent's figures.
    const figures = a.candidate.labels.filter((l) => {
      const p = a.profiles[l.index];
      return p !== undefined && p.number + p.duration >= 0.8;
    }).length;
    if (counts >= 2 || (hasAny(a, ['接待人数']) && figures >= a.candidate.labels.length * 0.6)) return true;
  }
  // Two headers in the kind's own words and a third field: a roster with 入职日期 and 在职状态 but no
  // 岗位 is a roster whose missing column is then named, not a stranger.
  if (a.telling >= 2 && a.matched >= 3) return true;
  if (staffList(a)) return true;
  return a.matched >= 3 && a.score >= 4 && missingRequired(sheetSpec(a.kind), a.columns).length === 0;
}

/**
 * A list of the team's people that holds only two of a roster's fields, their names and posts,
 * beside a staff number (工号, Employee Number), which only an employer gives: a department alone is
 * any contact list's (a client's contacts by 部门 and 职务, a hospital's doctors by 科室). The names
 * must be no customer's. It says only who people are, how they are reached and where they sit: any
 * other column (金额, 加班小时, 考核等级, 尺码, 紧急联系人), figures by value (基本工资, 考试成绩) or a
 * date but when someone joined or the record was made (an attendance export names staff numbers,
 * departments and posts beside each day) makes it a sheet about them, not the list of them.
 */
function staffList(a: Assignment): boolean {
  if (a.kind !== 'roster' || !hasAny(a, ['岗位'])) return false;
  const nameAt = a.columns.姓名;
  const named = a.candidate.labels.find((l) => l.index === nameAt);
  if (!named || labelConcepts(named).has('customer')) return false;
  const labels = a.candidate.labels;
  if (!headersSay(labels, 'staffId')) return false;
  return labels.every((l) => {
    const held = labelConcepts(l);
    const p = a.profiles[l.index];
    // A header in no words known (尺码, 签名, 是否报名) is what the sheet is about: a size, a
    // signature, a sign-up; a list of people is then a form they fill in.
    if (held.size === 0) return false;
    if (![...held].every((c) => WHO.includes(c))) return false;
    if (held.has('time') && !STAMPS.some((c) => held.has(c))) return false;
    return (
      held.has('staffId') || held.has('id') || held.has('rowNumber') || p === undefined || p.number < 0.5
    );
  });
}
/** What a list of people says of each: who, reached how, placed where, since when. */
const WHO: readonly Concept[] = [
  'person',
  'name',
  'staffId',
  'id',
  'rowNumber',
  'department',
  'role',
  'company',
  'phone',
  'email',
  'address',
  'identity',
  'status',
  'employment',
  'join',
  'create',
  'update',
  'time',
  'note',
];
/** The dates a list of people keeps about each: when one joined, when the record was made or changed. */
const STAMPS: readonly Concept[] = ['join', 'create', 'update'];

/**
 * The writing fields of each kind, what the case is and then what was done about it: a column
 * of sentences no header reading took fills the first still empty, in the order they stand.
 */
const LEFTOVER_TEXT: Partial<Record<SheetKind, readonly [string, string?]>> = {
  registration: ['问题描述', '解决方案'],
  complaints: ['投诉内容', '处理结果'],
  callbacks: ['回访内容'],
  ledger: ['奖惩事由', '说明'],
};

/** Words a header of written sentences may hold: what happened, what was done, a note. */
const WRITTEN: ReadonlySet<Concept> = new Set<Concept>([
  'content',
  'note',
  'result',
  'solution',
  'reply',
  'handle',
  'reason',
  'suggest',
  'close',
  'repair',
  'complaint',
  'case',
  'callback',
  'first',
  'actual',
]);
/** Of those, the words of what was done about a case (处理, 回复, Resolution). */
const DONE: ReadonlySet<Concept> = new Set<Concept>(['result', 'solution', 'reply', 'handle', 'close']);
/** Words a header of categories may hold besides a category's own (类型, 原因, Reason). */
const SORTING: ReadonlySet<Concept> = new Set<Concept>([
  'category',
  'type',
  'reason',
  'complaint',
  'repair',
  'case',
  'tag',
]);

/**
 * Columns no header reading took, read by their place and values where the kind still lacks the
 * field: sentences where the case or its handling is written (Initial Request, Resolution Notes,
 * 维修情况), a word or two that sorts the records (Reason, 报修原因). It runs after the kind is
 * decided and never changes it; `inspect` says a column was read this way.
 */
function fillLeftovers(a: Assignment): Assignment {
  const columns = { ...a.columns };
  const info: { -readonly [K in keyof ColumnInfo]: ColumnInfo[K] }[] = a.info.map((c) => ({ ...c }));
  const free = info.filter(
    (c) => c.field === null && !c.own && c.repeats === undefined && !a.ignored.has(c.index),
  );
  const concepts = (c: { readonly index: number }) => {
    const label = a.candidate.labels.find((l) => l.index === c.index);
    return label ? labelConcepts(label) : new Set<Concept>();
  };
  const take = (c: (typeof info)[number], field: string) => {
    columns[field] = c.index;
    c.field = field;
    c.source = 'place';
  };
  const written = LEFTOVER_TEXT[a.kind];
  if (written) {
    const [what, done] = written;
    for (const c of free) {
      if (c.field !== null) continue;
      const p = a.profiles[c.index];
      if (!p || p.filled < 2 || p.text < 0.5) continue;
      const said = concepts(c);
      if (said.size === 0 || ![...said].every((k) => WRITTEN.has(k))) continue;
      const handling = [...said].some((k) => DONE.has(k));
      const whatAt = columns[what];
      const doneAt = done === undefined ? undefined : columns[done];
      if (!handling && whatAt === undefined && (doneAt === undefined || c.index < doneAt)) take(c, what);
      else if (
        done !== undefined &&
        handling &&
        doneAt === undefined &&
        whatAt !== undefined &&
        c.index > whatAt
      )
        take(c, done);
    }
  }
  const category = CATEGORY_OF[a.kind];
  if (category && columns[category] === undefined) {
    const found = free.find((c) => {
      if (c.field !== null) return false;
      const p = a.profiles[c.index];
      if (!p || p.filled < 2 || p.text >= 0.3 || p.length > 12 || dominantSort(p) !== null) return false;
      const said = concepts(c);
      return (
        said.size > 0 &&
        [...said].every((k) => SORTING.has(k)) &&
        (said.has('category') || said.has('type') || said.has('reason'))
      );
    });
    if (found) take(found, category);
  }
  // A complaint resolved is closed, unless the sheet also keeps its closing (Resolved time beside
  // Closed time, 解决时间 beside 结案时间): resolving is then when the solution came, and the closing
  // is the case's end, whichever of the two the headers' reading took.
  const closedAt = columns.结案时间;
  if (a.kind === 'complaints' && closedAt !== undefined && columns.方案时间 === undefined) {
    const dated = (c: (typeof info)[number]) => {
      const said = concepts(c);
      return (
        said.has('close') && !said.has('first') && !said.has('due') && (a.profiles[c.index]?.date ?? 0) >= 0.5
      );
    };
    const offered = info.filter((c) => (c.index === closedAt || free.includes(c)) && dated(c));
    const resolved = offered.find((c) => RESOLVING.test(normalizeHeader(c.header)));
    const closing = offered.find((c) => !RESOLVING.test(normalizeHeader(c.header)));
    if (resolved && closing && (resolved.index === closedAt || closing.index === closedAt)) {
      for (const [c, field] of [
        [resolved, '方案时间'],
        [closing, '结案时间'],
      ] as const) {
        if (c.index !== closedAt) {
          c.source = 'concept';
          c.concepts = [...concepts(c)];
        }
        c.field = field;
        columns[field] = c.index;
      }
    }
  }
  return { ...a, columns, info };
}

function layoutOf(
  name: string,
  a: Assignment | null,
  kind: SheetKind,
  source: SheetLayoutInfo['source'],
): SheetLayoutInfo {
  if (a && a.matched > 0 && source !== 'mapping') a = fillLeftovers(a);
  const columns = a?.columns ?? {};
  const headers: Record<string, string> = {};
  // The team's header as a supervisor reads it: a trailing colon or required-marker is not part of it.
  for (const c of a?.info ?? [])
    if (c.field) headers[c.field] = c.header.replace(/[\s:：*＊]+$/, '') || c.header;
  return {
    sheet: name,
    kind,
    headerRow: a && a.matched > 0 ? a.candidate.row : null,
    headerRows: a && a.matched > 0 ? a.candidate.rows : 1,
    columns: a && a.matched > 0 ? columns : {},
    headers: a && a.matched > 0 ? headers : {},
    columnInfo: a && a.matched > 0 ? a.info : [],
    missingRequired: missingRequired(sheetSpec(kind), a && a.matched > 0 ? columns : {}),
    source,
  };
}

/**
 * The best assignment of a kind over every candidate (ties: more columns read, as under a group
 * heading whose blank cells a CSV lost the merge of; then fewer header rows, then higher up).
 */
function bestFor(
  kind: SheetKind,
  candidates: readonly HeaderCandidate[],
  mapping: SheetMapping | undefined,
  own: ReadonlySet<number> | undefined,
  profiles: (candidate: HeaderCandidate) => readonly ValueProfile[],
  staffNamed = false,
): Assignment | null {
  let best: Assignment | null = null;
  for (const candidate of candidates) {
    const a = assign(kind, candidate, mapping, own, profiles(candidate), staffNamed);
    if (a.matched === 0) continue;
    if (
      !best ||
      a.score > best.score ||
      (a.score === best.score &&
        (a.matched > best.matched || (a.matched === best.matched && a.candidate.rows < best.candidate.rows)))
    )
      best = a;
  }
  return best;
}

/**
 * Recognises a sheet from its name, its first rows (`topRows[0]` is row 1), its merged ranges
 * and the team's 列名对照 rows for it.
 * @example recogniseSheet('Sheet1', [['售后服务登记表'], ['联系方式', '客户名称', '型号', '日期', '故障/原因', '记录员']]).layout?.kind === 'registration'
 */
export function recogniseSheet(
  name: string,
  topRows: readonly (readonly unknown[])[],
  options: {
    readonly mapping?: SheetMapping;
    readonly merges?: readonly CellRect[];
    /** The add-on's own columns on this sheet (0-based), known by its marks. */
    readonly ownColumns?: ReadonlySet<number>;
  } = {},
): Recognition {
  const { mapping, merges = [], ownColumns } = options;
  if (mapping?.kind === null)
    return { unrecognised: { sheet: name, reason: 'ignored', nearest: null, candidates: [] } };
  const rows = topRows.slice(0, HEADER_SCAN_ROWS);
  const candidates = headerCandidates(rows, merges);
  const profiler = sheetProfiler(rows);
  const profiled = new Map<number, readonly ValueProfile[]>();
  const profiles = (candidate: HeaderCandidate): readonly ValueProfile[] => {
    let found = profiled.get(candidate.row);
    if (!found) {
      const width = candidate.labels.reduce((w, l) => Math.max(w, l.index + 1), 0);
      found = profiler(candidate.row, width);
      profiled.set(candidate.row, found);
    }
    return found;
  };
  const fixed = mapping?.kind ?? kindFromSheetName(name);
  // A sheet named for staff (Agents, Staff List) keeps staff: its column of posts is theirs.
  const staffNamed = kindsInName(name).includes('roster');
  if (fixed) {
    const best = bestFor(fixed, candidates, mapping, ownColumns, profiles, staffNamed);
    // A tab named for a kind of case (Complaints, 回访记录) is the team's word for it, but a table of
    // figures holding none of what a case of it must (no one, nothing said), no header in the kind's
    // own words and no date at all (complaints.csv of counts per bank) is statistics under that name;
    // 列名对照 can still say so. Staff lists and ledgers keep their names: a date is none of theirs.
    const spec = sheetSpec(fixed);
    const required = spec.fields.filter((f) => f.required === 'always');
    if (
      !mapping?.kind &&
      best !== null &&
      RECORD_KINDS.includes(fixed) &&
      required.every((f) => best.columns[f.key] === undefined) &&
      best.telling === 0 &&
      !dated(best) &&
      figures(best)
    ) {
      return { unrecognised: { sheet: name, reason: 'weak', nearest: nearestOf(best), candidates: [] } };
    }
    return { layout: layoutOf(name, best, fixed, mapping?.kind ? 'mapping' : 'name') };
  }
  const named = new Set(kindsNamedIn(name));
  // A title above the header (满意度调查表, 客户投诉登记表) names the sheet as its tab would.
  const titles = titlesOf(rows);
  for (const title of titles) for (const kind of kindsNamedIn(title)) named.add(kind);
  const ranked = (SHEETS as readonly SheetSpec<SheetKind>[])
    .map((spec) => bestFor(spec.kind, candidates, mapping, ownColumns, profiles, staffNamed))
    .filter((a): a is Assignment => a !== null)
    .map((a) => ({ a, score: rankScore(a) + (named.has(a.kind) ? 2 : 0) }))
    .sort((x, y) => y.score - x.score);
  const first = ranked[0];
  if (!first) {
    return {
      unrecognised: {
        sheet: name,
        reason: candidates.length === 0 ? 'no_header' : 'weak',
        nearest: null,
        candidates: [],
      },
    };
  }
  const nearest = nearestOf(first.a);
  // Too little of any kind, or a record none of ours: left unread, its nearest kind named.
  const weak: Recognition = { unrecognised: { sheet: name, reason: 'weak', nearest, candidates: [] } };
  // A sheet named for a kind (回访清单, Complaints) needs less: three of its fields (two of a kind of
  // four, such as a 花名册's name and post), none required missing; of a kind of four, one may be
  // missing and is then named (a list named Agents with names and statuses lacks only 岗位).
  const namedEnough = (a: Assignment) => {
    const fields = sheetSpec(a.kind).fields.length;
    const missing = missingRequired(sheetSpec(a.kind), a.columns).length;
    return (
      named.has(a.kind) &&
      a.matched >= Math.min(3, fields - 2) &&
      (a.score >= 4 || missing === 0 || (fields <= 4 && missing === 1))
    );
  };
  // A Google Form's response sheet is a record of something: its questions may say less than a
  // team's headers, so two fields of the kind's own and a third suffice (missing ones are named).
  // One of those must be what the form is about (the problem, the complaint, the answers): a form
  // ordering labels asks for names, addresses and a serial range, and is no after-sales log.
  // A survey's own words are its scores: on a form, a question asking for one (On a scale of 1–5…)
  // tells a callback's record as 回访 would.
  const formEnough = (a: Assignment) =>
    (FORM_SHEET.test(normalizeHeader(name)) || formShaped(a)) &&
    a.matched >= 3 &&
    a.telling + a.strong + (a.kind === 'callbacks' ? scoresAsked(a) : 0) >= 2 &&
    // An after-sales form asks what went wrong: an intake form describing the item (Name /
    // Description, beside its model, serial and warranty) registers an asset, not a case.
    (a.kind === 'registration' ? namesFault(a) : hasAny(a, FORM_SUBJECTS[a.kind] ?? []));
  // A month its name or title gives (2026年11月积分, 10月客服数据) dates a ledger's or an agent's rows.
  const monthNamed = [name, ...titles].some((text) => monthInText(text) !== null);
  const enough = (a: Assignment) => convincing(a, monthNamed) || namedEnough(a) || formEnough(a);
  // A callback reading close enough to a score that asks the customer, in a question, to rate the
  // service (On a scale of 0-10, how likely…?): a survey after a service, not the service's log.
  const ratingSurvey = (score: number) =>
    ranked.find((r) => r.a.kind === 'callbacks' && enough(r.a) && r.score >= score * 0.5 && asksRating(r.a));
  // How often the sheet names each kind's record: its headers, and its name or title (twice).
  const says = (a: Assignment) => mentions(a) + (named.has(a.kind) ? 2 : 0);
  // A sheet its team named for one kind (投诉工单-2026年5月) is that kind when it holds enough of it
  // and says it more than the best-fitting kind does, its name counting twice (报事报修列表 whose
  // columns say 投诉 three times is a complaint log), though another kind's columns weigh more (a
  // complaint export with a survey's).
  const namedFor = named.size === 1 ? ranked.find((r) => named.has(r.a.kind)) : undefined;
  let pick =
    namedFor &&
    namedFor !== first &&
    enough(namedFor.a) &&
    namedFor.score >= first.score * 0.5 &&
    says(namedFor.a) > says(first.a)
      ? namedFor
      : first;
  // A sheet of three ratings or more (Overall Satisfaction, Support Rating, Timeliness Rating) of
  // named customers is a survey of them, however much of the case it repeats (the RMA, its closing
  // date), unless the case's own columns convince on their own (a complaint export with a callback's
  // satisfactions): an after-sales or complaint log holds one satisfaction.
  const survey =
    (pick.a.kind === 'registration' || pick.a.kind === 'complaints') && !convincing(pick.a, monthNamed)
      ? ranked.find((r) => r.a.kind === 'callbacks' && rated(r.a))
      : undefined;
  if (survey) pick = survey;
  if (!survey && !enough(pick.a)) {
    // The kind that fits best lacks what a sheet of it needs (a ledger without a person); one close
    // behind that has it and whose record the sheet names more (售后明细, 售后单号) is the sheet's, and
    // so is one level with it (ranked as high, the list being sorted) that the sheet names as often
    // (an agent's figures beside a 客服岗位 that reads as much like a roster).
    const next = ranked
      .slice(1)
      .find(
        (r) =>
          enough(r.a) &&
          r.score >= first.score * 0.5 &&
          ((says(r.a) >= 2 && says(r.a) > says(first.a)) ||
            (r.score >= first.score && says(r.a) >= says(first.a))),
      );
    // A form asking customers to rate the service in a question (On a scale of 1 to 5, how would you
    // rate our customer service?) is a survey after it, whatever product it names: a callback's record.
    const found = next ?? caseLog(first, ranked) ?? followUpLog(ranked, rows) ?? ratingSurvey(first.score);
    if (!found) return weak;
    pick = found;
  }
  // An after-sales log asks nobody anything: one that also reads as a callback log and asks the
  // customer in a question to rate the service (On a scale of 0-10, how likely…?) is a survey after
  // the service, however much of the job it repeats (the vehicle, the work done).
  if (pick.a.kind === 'registration') pick = ratingSurvey(pick.score) ?? pick;
  // Points assigned against a staff number (Employee_ID, Points_Assigned) are a member of staff's
  // record, whatever its rows are called (Infraction, 违规): a complaint log names its customer or
  // reaches one, by a phone or the channel the complaint came by, and grades its cases by level.
  // So are fines and deductions under each agent's name (a quality check's 扣罚金额 beside 客服, its
  // customers known by an ID): a complaint log names its customer, whatever fines it records.
  const staffPoints = (r: (typeof ranked)[number]) =>
    r.a.kind === 'ledger' &&
    hasAny(r.a, ['姓名']) &&
    (r.a.columns.分值 !== undefined || r.a.columns.金额 !== undefined) &&
    (headersSay(r.a.candidate.labels, 'staffId') || deducted(r.a)) &&
    enough(r.a);
  const unreached = (r: (typeof ranked)[number]) =>
    r.a.kind === 'complaints' &&
    !hasAny(r.a, ['联系电话', '投诉渠道']) &&
    !customerNamed(r.a.candidate.labels);
  /** A reading set aside for a reason stronger than its score: no rival then. */
  let overruled: (typeof ranked)[number] | undefined;
  if (unreached(pick)) {
    const ledger = ranked.find((r) => staffPoints(r) && r.score >= pick.score * 0.5);
    if (ledger) {
      overruled = pick;
      pick = ledger;
    }
  } else if (staffPoints(pick)) overruled = ranked.find(unreached);
  // A questionnaire's answers (its questions numbered: 1、您对…; or a Google Form's, 時間戳記 first)
  // rating the service in three columns or more (非常满意, Satisfied), whatever they say of repairs
  // and engineers, are a survey's (问卷星's export), no log of cases; an after-sales log keeping the
  // customer's verdicts in three columns (服务态度, 维修质量, 响应速度) asks no numbered questions and
  // stays one.
  if (
    pick.a.kind === 'registration' &&
    (questionsNumbered(pick.a) >= 3 || formShaped(pick.a)) &&
    ratedByValues(rows.slice(pick.a.candidate.row)) >= 3
  )
    return weak;
  // A sheet its team named for a record none of ours (订单列表, 客户详情, Orders, Attendance) is that
  // record, whatever columns it shares with ours (an order list has products, buyers, phones and an
  // after-sales status), unless its headers name our record twice. Agents' figures of the leads and
  // orders they received (线索转化统计: 接待人数 by agent) are still theirs; a customer list's are not.
  if (
    named.size === 0 &&
    !(pick.a.kind === 'presales' && hasAny(pick.a, ['接待人数'])) &&
    [name, ...titles].some(namesOtherRecord) &&
    mentions(pick.a) < 2
  )
    return weak;
  // A list of people in classes (班级, 学号) that names no post, department or staff number is a
  // school's (a discipline list, a class roll): its people are pupils, not the team's staff. A
  // kindergarten's staff roll names a class and the teachers' posts.
  if (STAFF_KINDS.includes(pick.a.kind) && pupils(pick.a.candidate.labels)) return weak;
  // A campaign selling to customers (是否营销成功, 营销失败原因, Upsell Result) asks whether they
  // bought, not how they were served: where its headers say marketing more often than callback and
  // ask no satisfaction, it is a telemarketing list, whatever its tab is called (回访3). A callback
  // after an installation that also offers a product (装机满意度 beside 是否营销成功) stays one.
  if (
    pick.a.kind === 'callbacks' &&
    headersMatching(pick.a, MARKETING) > mentions(pick.a) &&
    !headersSay(pick.a.candidate.labels, 'satisfaction')
  )
    return weak;
  // A staff list names each person once: one who comes back on another row on another date is on a
  // shift rota or an attendance log, whatever its name (roster-2026-11-09).
  if (pick.a.kind === 'roster' && schedule(pick.a, rows)) return weak;
  // Another kind that fits nearly as well, convincingly or by the sheet's name (匿名表揚檢舉 names
  // both a ledger's praise and a complaint's report): say so rather than guess.
  const rivals = survey
    ? []
    : ranked.filter(
        (r) =>
          r !== pick &&
          r !== overruled &&
          (convincing(r.a, monthNamed) || namedEnough(r.a)) &&
          r.score >= pick.score * 0.85,
      );
  if (rivals.length > 0) {
    // Unless the sheet's name or title names one of them (客訴資料維護), or its headers name one's
    // record and no other's (three questions saying Complaint on a form that also asks for the
    // product). An export naming two records again and again (回访… and 投诉… columns) stays unread.
    const close = [pick, ...rivals];
    const titled = close.filter((r) => named.has(r.a.kind));
    const said = close.map((r) => mentions(r.a));
    const most = maxOf(said);
    const sayer =
      titled.length === 1
        ? titled[0]
        : most >= 2 && said.filter((n) => n > 1).length === 1
          ? close[said.indexOf(most)]
          : (surveyAfterService(close) ?? serviceLog(close));
    if (sayer) return { layout: layoutOf(name, sayer.a, sayer.a.kind, 'header') };
    return {
      unrecognised: {
        sheet: name,
        reason: 'ambiguous',
        nearest,
        candidates: [pick.a.kind, ...rivals.map((r) => r.a.kind)],
      },
    };
  }
  return { layout: layoutOf(name, pick.a, pick.a.kind, 'header') };
}
