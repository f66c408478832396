// Wording for people: the labels of fields, kinds and states; issues as catalogue messages with field
// names in the user's language, phones masked; the look of the add-on's tables.

import type { CallbackState } from '../../domain/callbacks/callbacks';
import type { ComplaintState } from '../../domain/complaints/states';
import { isKefuError } from '../../domain/i18n/errors';
import {
  inScript,
  isMessageKey,
  type Lang,
  localized,
  type MessageKey,
  message,
} from '../../domain/i18n/messages';
import { maskPhonesInText, type PhoneRegion } from '../../domain/phone/phone';
import { type ColumnSpec, numberFormatOf } from '../../domain/sheets/columns';
import { type SheetKind, sheetSpec } from '../../domain/sheets/schema';
import type { Issue } from '../../domain/validate/rules';
import type { WorkbookPort, WriteValue } from '../port';

/** A field's label: the canonical Chinese name, or the English one. */
export function fieldLabel(issue: Pick<Issue, 'kind'>, field: string, lang: Lang): string {
  const spec = sheetSpec(issue.kind).fields.find((f) => f.key === field);
  return spec ? localized(lang, { zh: spec.key, en: spec.en }) : field;
}

/** A sheet kind's name for people: its standard Chinese name, or the English one. */
export function kindLabel(kind: SheetKind, lang: Lang): string {
  const spec = sheetSpec(kind);
  return localized(lang, { zh: spec.name, en: spec.en });
}

/**
 * The add-on's own values for people: a level, a clock, a satisfaction answer (Major, working hours,
 * Very satisfied to an English reader); any other value, the team's own words, as written.
 */
export function ownValueLabel(value: string, lang: Lang): string {
  const key = OWN_VALUES[value];
  return key ? message(lang, key) : value;
}

const OWN_VALUES: Readonly<Record<string, MessageKey>> = {
  重大: 'level.major',
  普通: 'level.normal',
  自然时: 'report.clock_natural',
  工作时: 'report.clock_working',
  很满意: 'satisfaction.very',
  基本满意: 'satisfaction.fair',
  不满意: 'satisfaction.not',
};

/** A state's label for people. */
export function stateLabel(state: ComplaintState | CallbackState, lang: Lang): string {
  return message(lang, `state.${state}`);
}

/**
 * The name a supervisor looks for: the team's own header for the column, or the field's label
 * when the sheet uses the standard name (or has no such column).
 */
export function headerLabel(issue: Pick<Issue, 'kind' | 'field' | 'header'>, lang: Lang): string {
  return issue.header === issue.field ? fieldLabel(issue, issue.field, lang) : issue.header;
}

/**
 * The issue's message in a language, naming the team's own columns; any phone number in it is
 * masked, as the workbook's 地区 reads phone numbers.
 */
export function renderIssue(issue: Issue, lang: Lang, region: PhoneRegion): string {
  const params: Record<string, string | number> = { ...issue.params };
  params.field =
    issue.params.field === undefined || issue.params.field === issue.field
      ? headerLabel(issue, lang)
      : fieldLabel(issue, String(issue.params.field), lang);
  if (typeof issue.params.other === 'string') {
    const otherHeader = String(issue.params.otherHeader ?? issue.params.other);
    params.other =
      otherHeader === issue.params.other ? fieldLabel(issue, issue.params.other, lang) : otherHeader;
  }
  // The add-on's own list in the user's script (質量問題、已解決): either is read. A team's own words
  // are shown as its 规则设置 writes them.
  if (issue.code === 'not_in_list' && issue.params.defaultList === 1 && typeof issue.params.list === 'string')
    params.list = inScript(lang, issue.params.list.split('、')).join('、');
  return maskPhonesInText(message(lang, issue.message, params), region);
}

/** A failure worded for people: the catalogue message of its code, else a generic one (never a stack). */
export function describeError(error: unknown, lang: Lang): string {
  if (isKefuError(error)) {
    for (const key of [error.code, `error.${error.code}`]) {
      if (isMessageKey(key)) return message(lang, key, error.params);
    }
  }
  return message(lang, 'error.internal');
}

/**
 * The most characters Google Sheets takes in a cell (support.google.com/drive/answer/37603: a write
 * of more fails); the add-on keeps its notes within it too.
 */
export const CELL_CHARACTERS = 50_000;

/** What ends a text cut to fit a cell: that it was, and how long it was. */
export function truncationMarker(length: number, lang: Lang): string {
  return message(lang, 'cell.truncated', { count: length });
}

/** A text cut to `limit` characters, ending in a visible marker; a shorter text as it is. */
export function fitText(text: string, lang: Lang, limit = CELL_CHARACTERS): string {
  if (text.length <= limit) return text;
  const marker = truncationMarker(text.length, lang);
  return text.slice(0, Math.max(0, limit - marker.length)) + marker;
}

/** A row holding one text in its first cell, blank to the given width (titles and notes of report sheets). */
export function textRow(text: string, width: number): WriteValue[] {
  return [text, ...Array<WriteValue>(width - 1).fill(null)];
}

/**
 * Gives one of the add-on's tables its look once its rows are written: the header row bold, date
 * columns formatted as dates over the data rows.
 */
export function styleTable(
  port: WorkbookPort,
  sheet: string,
  columns: readonly ColumnSpec[],
  headerRow: number,
  dataRows: number,
): void {
  port.setBold(sheet, { row: headerRow, column: 1, numRows: 1, numColumns: columns.length });
  if (dataRows < 1) return;
  columns.forEach((c, i) => {
    const format = numberFormatOf(c.format);
    if (format)
      port.setNumberFormat(
        sheet,
        { row: headerRow + 1, column: i + 1, numRows: dataRows, numColumns: 1 },
        format,
      );
  });
}
