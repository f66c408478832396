// Wording issues for people: catalogue messages with field names in the user's language, phones masked.

import { isKefuError } from '../domain/errors';
import { isMessageKey, type Lang, localized, message } from '../domain/messages';
import { maskPhonesInText } from '../domain/phone';
import { type SheetKind, sheetSpec } from '../domain/schema';
import type { Issue } from '../domain/validate';
import type { WriteValue } from './port';

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

/** The issue's message in a language; any phone number in it is masked. */
export function renderIssue(issue: Issue, lang: Lang): string {
  const params: Record<string, string | number> = { ...issue.params };
  params.field = fieldLabel(issue, String(issue.params.field ?? issue.field), lang);
  if (typeof issue.params.other === 'string') params.other = fieldLabel(issue, issue.params.other, lang);
  return maskPhonesInText(message(lang, issue.message, params));
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

/** A row holding one text in its first cell, blank to the given width (titles and notes of report sheets). */
export function textRow(text: string, width: number): WriteValue[] {
  return [text, ...Array<WriteValue>(width - 1).fill(null)];
}
