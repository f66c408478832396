// Never a silent wrong answer (docs/domain.md): when an input a result needs is missing, the result
// says so wherever it is shown: the sheet, the sidebar, the CLI's text and its JSON `warnings`.

import { type Lang, type MessageKey, message } from '../domain/messages';

export type WarningCode =
  | 'no_ledger'
  | 'no_roster'
  | 'no_progress_columns'
  | 'callbacks_unplanned'
  | 'calendar_year_not_covered';

/** Something a result could not take into account, and what it concerns. */
export interface Warning {
  readonly code: WarningCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A warning in words. */
export function warningText(warning: Warning, lang: Lang): string {
  return message(lang, `warning.${warning.code}` as MessageKey, warning.params);
}

/** Warnings as the JSON of every command carries them. */
export function warningsJson(warnings: readonly Warning[], lang: Lang) {
  return warnings.map((w) => ({ code: w.code, message: warningText(w, lang), ...w.params }));
}
