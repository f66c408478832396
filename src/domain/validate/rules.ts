// Row validation of every recognised sheet: required fields, formats, lists, staff, rules,
// date order and duplicates. Each issue carries a code, a severity, the sheet, row and field.

import { appendAll } from '../arrays';
import {
  type ParsedMoment,
  parseMoment,
  parseMonth,
  parseNumber,
  parseYesNo,
  timeOnly,
} from '../calendar/parse';
import { dayKey, formatLocal } from '../calendar/time';
import type { MessageKey } from '../i18n/messages';
import { readLedgerText, readMerits, revokes } from '../ledger/ledger-text';
import type { Region } from '../params/region';
import {
  type ItemLimits,
  type ParameterProblem,
  parameterName,
  type Settings,
  withinLimit,
} from '../params/table';
import { contactPhone, localPhoneForms } from '../phone/phone';
import type { SheetLayoutInfo } from '../recognise';
import { appliesToEveryone, normalizeRuleCode, type Rule } from '../scores/rules';
import {
  type DateOrder,
  DEFAULT_LISTS,
  type FieldSpec,
  type ListName,
  type SheetKind,
  sheetSpec,
} from '../sheets/schema';
import { isResolved, standardValue } from '../sheets/status';
import { cellText, columnLetter, isBlank, isDate, normalizeHeader } from '../text';

export type IssueCode =
  | 'missing_required'
  | 'invalid_phone'
  | 'invalid_date'
  | 'number_not_date'
  | 'number_too_large'
  | 'duplicate_header'
  | 'invalid_number'
  | 'date_order'
  | 'not_in_list'
  | 'unknown_staff'
  | 'unknown_rule'
  | 'duplicate'
  | 'role_mismatch'
  | 'future_date'
  | 'date_without_year'
  | 'unreadable_ledger_item'
  | 'bad_mapping';

export type Severity = 'error' | 'warning';

/** One problem at one cell (or, for a missing column, at the header row). */
export interface Issue {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** 1-based column of the cell, or null when the field has no column. */
  readonly column: number | null;
  /** Canonical field name (docs/domain.md). */
  readonly field: string;
  /** The team's own header for that column (the field name when the sheet has none). */
  readonly header: string;
  readonly kind: SheetKind;
  readonly code: IssueCode;
  readonly severity: Severity;
  /** The catalogue message and what it needs; `field`/`other` hold canonical names. */
  readonly message: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A staff member on the roster. */
export interface StaffMember {
  readonly name: string;
  readonly role: string;
  readonly state: string;
  readonly row: number;
}

/** What validation needs beyond the row itself. */
export interface ValidationContext {
  readonly timeZone: string;
  /** "Today" for the future-date check. */
  readonly now: number;
  readonly lists: Readonly<Record<ListName, readonly string[]>>;
  /** The roster by name, or null when the workbook has no roster (staff are then not checked). */
  readonly roster: ReadonlyMap<string, StaffMember> | null;
  /** The rule catalogue by normalised code. */
  readonly rules: ReadonlyMap<string, Rule>;
  /** Status words and the values people write for the standard ones (规则设置). */
  readonly words: Pick<Settings, 'closedWords' | 'voidWords' | 'synonyms'>;
  /** How large a single item's points and money may be (规则设置). */
  readonly limits: ItemLimits;
  /** 地区: which phone numbers are local (src/domain/phone/phone.ts). */
  readonly region: Region;
}

/** A data row: its sheet row number and its cells (column A first). */
export interface DataRow {
  readonly row: number;
  readonly cells: readonly unknown[];
  /**
   * 0-based columns whose value was spread from a merged cell above: the team sees one cell, so
   * its issues are said once, on the row that holds it.
   */
  readonly filled?: ReadonlySet<number>;
}

/** The fields a sheet kind's duplicate check reads, for reading only those columns of a large sheet. */
export function duplicateKeyFields(kind: SheetKind): readonly string[] {
  return sheetSpec(kind).duplicate?.fields ?? [];
}

const SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  missing_required: 'error',
  invalid_phone: 'error',
  invalid_date: 'error',
  number_not_date: 'error',
  number_too_large: 'error',
  duplicate_header: 'warning',
  invalid_number: 'error',
  date_order: 'error',
  not_in_list: 'error',
  unknown_staff: 'error',
  unknown_rule: 'error',
  duplicate: 'error',
  role_mismatch: 'warning',
  future_date: 'warning',
  date_without_year: 'warning',
  unreadable_ledger_item: 'error',
  bad_mapping: 'error',
};

const listSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A list's values, normalised, as a set (computed once per list). */
function normalizedList(list: readonly string[]): ReadonlySet<string> {
  let set = listSets.get(list);
  if (!set) {
    set = new Set(list.map(normalizeHeader));
    listSets.set(list, set);
  }
  return set;
}

/** A cell's value as shown in a message: dates in the zone (with the time when they have one). */
function shown(value: unknown, timeZone: string): string {
  if (isDate(value)) {
    const instant = value.getTime();
    if (Number.isNaN(instant)) return '';
    const day = dayKey(instant, timeZone);
    const local = formatLocal(instant, timeZone);
    return local.endsWith(' 00:00') ? day : local;
  }
  const text = cellText(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A moment as a message shows it: its day, with the time when it has one. */
function shownMoment(moment: ParsedMoment, timeZone: string): string {
  return moment.hasTime ? formatLocal(moment.instant, timeZone) : dayKey(moment.instant, timeZone);
}

/** What an invalid phone number is told in a region: the numbers valid there. */
function invalidPhone(region: Region): { message: MessageKey; params: Record<string, string> } {
  if (region === 'CN') return { message: 'issue.invalid_phone', params: {} };
  if (region === 'OTHER') return { message: 'issue.invalid_phone_other', params: {} };
  return { message: 'issue.invalid_phone_local', params: { local: localPhoneForms(region) } };
}

/** Checks one row at a time; one checker serves every row of a sheet (reset between rows). */
class RowChecker {
  issues: Issue[] = [];
  private readonly moments = new Map<string, ParsedMoment | null>();
  private data: DataRow = { row: 0, cells: [] };
  /** The kind's fields that the sheet has, with their columns: looked up once, not per row. */
  readonly present: readonly { readonly field: FieldSpec; readonly column: number }[];
  private readonly order: readonly DateOrder[];
  private readonly today: string;

  constructor(
    private readonly layout: SheetLayoutInfo,
    private readonly context: ValidationContext,
  ) {
    const spec = sheetSpec(layout.kind);
    this.present = spec.fields.flatMap((field) => {
      const column = layout.columns[field.key];
      return column === undefined ? [] : [{ field, column }];
    });
    this.order = spec.order ?? [];
    this.today = dayKey(context.now, context.timeZone);
  }

  /** Starts on a row; returns the previous row's issues. */
  reset(data: DataRow): void {
    this.data = data;
    if (this.issues.length > 0) this.issues = [];
    this.moments.clear();
  }

  value(field: string): unknown {
    const column = this.layout.columns[field];
    return column === undefined ? undefined : this.data.cells[column];
  }

  has(field: string): boolean {
    return this.layout.columns[field] !== undefined;
  }

  add(
    field: string,
    code: IssueCode,
    message: MessageKey,
    params: Record<string, string | number> = {},
  ): void {
    // One issue per (row, field, code).
    if (this.issues.some((i) => i.field === field && i.code === code)) return;
    const column = this.layout.columns[field];
    this.issues.push({
      sheet: this.layout.sheet,
      row: this.data.row,
      column: column === undefined ? null : column + 1,
      field,
      header: this.layout.headers[field] ?? field,
      kind: this.layout.kind,
      code,
      severity:
        code === 'duplicate' ? (sheetSpec(this.layout.kind).duplicate?.severity ?? 'error') : SEVERITY[code],
      message,
      params: { field, ...params },
    });
  }

  moment(field: string): ParsedMoment | null {
    let found = this.moments.get(field);
    if (found === undefined) {
      found = parseMoment(this.value(field), this.context.timeZone, this.context.now, this.context.region);
      this.moments.set(field, found);
    }
    return found;
  }

  checkField(field: FieldSpec, column: number): void {
    const raw = this.data.cells[column];
    if (raw === undefined || this.data.filled?.has(column)) return;
    if (isBlank(raw)) {
      if (field.required === 'always') this.add(field.key, 'missing_required', 'issue.missing_required');
      if (
        field.required === 'resolved' &&
        isResolved(this.value('处理结果'), this.context.words, this.context.lists.caseStatus)
      ) {
        this.add(field.key, 'missing_required', 'issue.missing_required_resolved');
      }
      return;
    }
    // Worded only when an issue needs it: formatting every date cell is costly on 100,000 rows.
    const shownValue = (): string => shown(raw, this.context.timeZone);
    switch (field.type) {
      case 'date':
      case 'datetime': {
        const moment = this.moment(field.key);
        if (!moment) {
          const time = timeOnly(raw, this.context.timeZone);
          if (time !== null) {
            // 14:30 typed alone: Sheets keeps a time of day 0 (1899-12-30), no day of this business.
            this.add(field.key, 'invalid_date', 'issue.time_without_date', { value: time });
          } else if (typeof raw === 'number') {
            this.add(field.key, 'number_not_date', 'issue.number_not_date', { value: shownValue() });
          } else this.add(field.key, 'invalid_date', 'issue.invalid_date', { value: shownValue() });
          return;
        }
        if (moment.yearless) {
          this.add(field.key, 'date_without_year', 'issue.date_without_year', {
            value: shownValue(),
            date: dayKey(moment.instant, this.context.timeZone),
          });
        }
        if (field.noFuture && this.isFuture(moment)) {
          this.add(field.key, 'future_date', 'issue.future_date', { value: shownValue() });
        }
        return;
      }
      case 'phone':
        if (!contactPhone(raw, this.context.region)) {
          const { message, params } = invalidPhone(this.context.region);
          this.add(field.key, 'invalid_phone', message, params);
        }
        return;
      case 'number': {
        const n = parseNumber(raw);
        if (n === null || Number.isNaN(n))
          this.add(field.key, 'invalid_number', 'issue.invalid_number', { value: shownValue() });
        else if (field.bound && !withinLimit(n, this.context.limits[field.bound])) {
          this.add(field.key, 'number_too_large', 'issue.number_too_large', {
            value: shownValue(),
            param: parameterName(field.bound),
            limit: this.context.limits[field.bound],
          });
        }
        return;
      }
      case 'yesno':
        if (parseYesNo(raw) === undefined) {
          this.add(field.key, 'not_in_list', 'issue.not_in_list', { value: shownValue(), list: '是、否' });
        }
        return;
      case 'month':
        if (!parseMonth(raw, this.context.timeZone))
          this.add(field.key, 'invalid_date', 'issue.invalid_month', { value: shownValue() });
        return;
      case 'enum': {
        const list = field.list ? this.context.lists[field.list] : undefined;
        const written = cellText(raw);
        const known = normalizedList(list ?? []);
        // A synonym (满意 for 基本满意) counts as its standard value.
        if (
          list &&
          !known.has(normalizeHeader(written)) &&
          !known.has(normalizeHeader(standardValue(written, this.context.words, list)))
        ) {
          const defaults = field.list ? DEFAULT_LISTS[field.list] : [];
          this.add(field.key, 'not_in_list', 'issue.not_in_list', {
            value: shownValue(),
            list: list.join('、'),
            // The add-on's own list, which a message may show in the user's script; a team's stays as written.
            ...(list.join('、') === defaults.join('、') ? { defaultList: 1 } : {}),
          });
        }
        return;
      }
      case 'staff':
        if (this.context.roster && !this.context.roster.has(cellText(raw))) {
          this.add(field.key, 'unknown_staff', 'issue.unknown_staff', { value: shownValue() });
        }
        return;
      case 'rule':
        if (!this.context.rules.has(normalizeRuleCode(cellText(raw)))) {
          this.add(field.key, 'unknown_rule', 'issue.unknown_rule', { value: shownValue() });
        }
        return;
      case 'text':
        return;
    }
  }

  private isFuture(moment: ParsedMoment): boolean {
    if (moment.hasTime) return moment.instant > this.context.now;
    return dayKey(moment.instant, this.context.timeZone) > this.today;
  }

  checkOrder(): void {
    for (const { field, other, rule } of this.order) {
      const a = this.moment(field);
      const b = this.moment(other);
      if (!a || !b) continue;
      const byDay = !a.hasTime || !b.hasTime;
      const left = byDay ? dayKey(a.instant, this.context.timeZone) : a.instant;
      const right = byDay ? dayKey(b.instant, this.context.timeZone) : b.instant;
      const broken = rule === 'notBefore' ? left < right : left > right;
      if (broken) {
        this.add(field, 'date_order', rule === 'notBefore' ? 'issue.date_before' : 'issue.date_after', {
          other,
          otherHeader: this.layout.headers[other] ?? other,
          // As read, however typed: 2026/10/3, 10月3日 and a date cell all show as 2026-10-03.
          value: shownMoment(a, this.context.timeZone),
          otherValue: shownMoment(b, this.context.timeZone),
        });
      }
    }
  }

  /**
   * A ledger row without a rule code, 分值 or 金额 must say its reward or penalty in words
   * (奖惩方式, else 说明); one whose words say nothing readable is an error on that cell.
   */
  checkLedgerWords(): void {
    if (this.layout.kind !== 'ledger') return;
    for (const field of ['规则代码', '分值', '金额']) if (!isBlank(this.value(field))) return;
    if (revokes(cellText(this.value('状态'))) || revokes(cellText(this.value('说明')))) return;
    const field = ['奖惩方式', '说明'].find((f) => cellText(this.value(f)) !== '') ?? '奖惩方式';
    const text = cellText(this.value(field));
    // Merits and demerits (嘉獎一次, 小過兩次) are priced by 奖惩规则 when the scores are computed.
    if (readLedgerText(text) || readMerits(text)) return;
    this.add(field, 'unreadable_ledger_item', 'issue.unreadable_ledger_item', {
      value: shown(text, this.context.timeZone),
    });
  }

  checkRole(): void {
    if (this.layout.kind !== 'ledger' || !this.context.roster) return;
    const rule = this.context.rules.get(normalizeRuleCode(cellText(this.value('规则代码'))));
    const person = this.context.roster.get(cellText(this.value('姓名')));
    if (!rule || !person || appliesToEveryone(rule) || rule.role === person.role) return;
    this.add('规则代码', 'role_mismatch', 'issue.role_mismatch', {
      value: rule.code,
      ruleRole: rule.role,
      name: person.name,
      role: person.role,
    });
  }
}

/**
 * The duplicate key reader of a sheet: a row's key, its fields compared as the values they stand
 * for (the same phone or day however it is written), or null when a key field is blank or absent.
 */
function duplicateKeyReader(
  layout: SheetLayoutInfo,
  timeZone: string,
  region: Region,
): ((cells: readonly unknown[]) => string | null) | null {
  const spec = sheetSpec(layout.kind);
  if (!spec.duplicate) return null;
  const parts = spec.duplicate.fields.map((key) => ({
    column: layout.columns[key],
    type: spec.fields.find((f) => f.key === key)?.type,
  }));
  if (parts.some((p) => p.column === undefined)) return null;
  return (cells) => {
    let key = '';
    for (const { column, type } of parts) {
      const raw = cells[column as number];
      if (isBlank(raw)) return null;
      let part: string;
      if (type === 'phone') part = contactPhone(raw, region)?.normalized ?? cellText(raw);
      else if (type === 'date' || type === 'datetime') {
        const moment = parseMoment(raw, timeZone, undefined, region);
        part = moment ? dayKey(moment.instant, timeZone) : cellText(raw);
      } else part = normalizeHeader(cellText(raw));
      key = key === '' ? part : `${key}\u0001${part}`;
    }
    return key;
  };
}

/**
 * Validates rows of one recognised sheet (records: rows with a value in a recognised field).
 * `pool` holds every record of the sheet (or just the columns duplicates need) so a checked row can
 * be found to repeat an earlier one; by default the checked rows are the pool.
 */
export function validateRows(
  layout: SheetLayoutInfo,
  rows: readonly DataRow[],
  context: ValidationContext,
  pool: readonly DataRow[] = rows,
): Issue[] {
  const spec = sheetSpec(layout.kind);
  const dupSpec = spec.duplicate;
  const keyOf = duplicateKeyReader(layout, context.timeZone, context.region);
  const firstByKey = new Map<string, number>();
  // When the checked rows are the pool (the usual case), each row's earlier twin is found in the
  // same pass that indexes the keys: one key and one lookup per row.
  const earlier: (number | undefined)[] = [];
  if (keyOf) {
    for (const data of pool) {
      const key = keyOf(data.cells);
      if (key === null) {
        earlier.push(undefined);
        continue;
      }
      const first = firstByKey.get(key);
      earlier.push(first);
      if (first === undefined || data.row < first) firstByKey.set(key, data.row);
    }
  }
  const ordered = rows === pool && rows.every((r, i) => i === 0 || (rows[i - 1] as DataRow).row < r.row);
  const issues: Issue[] = [];
  const checker = new RowChecker(layout, context);
  for (let i = 0; i < rows.length; i++) {
    const data = rows[i] as DataRow;
    checker.reset(data);
    for (const { field, column } of checker.present) checker.checkField(field, column);
    checker.checkOrder();
    checker.checkRole();
    checker.checkLedgerWords();
    if (dupSpec && keyOf) {
      let first: number | undefined;
      if (ordered) first = earlier[i];
      else {
        const key = keyOf(data.cells);
        first = key === null ? undefined : firstByKey.get(key);
      }
      if (first !== undefined && first < data.row) {
        checker.add(dupSpec.fields[0] as string, 'duplicate', dupSpec.message, { other: first });
      }
    }
    if (checker.issues.length > 0)
      appendAll(
        issues,
        checker.issues.sort((a, b) => (a.column ?? 0) - (b.column ?? 0)),
      );
  }
  return issues;
}

/**
 * Sheet-level issues: a required column that is missing, said once by name; a header written twice,
 * naming both columns and the one that is read.
 */
export function validateLayout(layout: SheetLayoutInfo): Issue[] {
  const repeated: Issue[] = [];
  for (const info of layout.columnInfo) {
    if (info.repeats === undefined) continue;
    const used = layout.columnInfo.find((c) => c.index === info.repeats);
    const field = used?.field ?? info.header;
    repeated.push({
      sheet: layout.sheet,
      row: layout.headerRow ?? 1,
      column: info.index + 1,
      field,
      header: info.header,
      kind: layout.kind,
      code: 'duplicate_header',
      severity: SEVERITY.duplicate_header,
      message: 'issue.duplicate_header',
      params: {
        header: info.header,
        used: columnLetter(info.repeats + 1),
        other: columnLetter(info.index + 1),
      },
    });
  }
  return [
    ...layout.missingRequired.map((field) => ({
      sheet: layout.sheet,
      row: layout.headerRow ?? 1,
      column: null,
      field,
      header: field,
      kind: layout.kind,
      code: 'missing_required' as const,
      severity: 'error' as const,
      message: 'issue.missing_column' as const,
      params: { field, sheet: layout.sheet, row: layout.headerRow ?? 1 },
    })),
    ...repeated,
  ];
}

const NUMERIC_PARAMS: ReadonlySet<string> = new Set(['number', 'percent', 'bands']);

/** Issues for parameters of 规则设置 whose values cannot be read. */
export function parameterIssues(layout: SheetLayoutInfo, problems: readonly ParameterProblem[]): Issue[] {
  const valueColumn = layout.columns['值'];
  return problems
    .filter((p) => p.row !== null)
    .map((p) => ({
      sheet: layout.sheet,
      row: p.row as number,
      column: valueColumn === undefined ? null : valueColumn + 1,
      field: '值',
      header: layout.headers['值'] ?? '值',
      kind: layout.kind,
      code: NUMERIC_PARAMS.has(p.expected) ? 'invalid_number' : 'not_in_list',
      severity: 'error' as const,
      message: 'issue.bad_parameter' as const,
      params: { field: '值', name: p.name, value: p.value },
    }));
}
