// What the bodies of the menu items share: a result's toast with where its sheet went, and the
// prompt for a period (a month, a week).

import { elsewhereText, type OutputSheet } from '../../app/writes/own';
import { type ErrorCode, KefuError } from '../../domain/i18n/errors';
import { type Lang, type MessageKey, message } from '../../domain/i18n/messages';

/** A result's toast, and where its sheet went when the team owns the standard name. */
export function wherever(text: string, output: OutputSheet | undefined, lang: Lang): string {
  const elsewhere = elsewhereText(output, lang);
  return elsewhere ? `${text}\n${elsewhere}` : text;
}

/**
 * Asks for a period (a month, a week) with a suggestion: null when cancelled, the suggestion when
 * left empty, else what `parse` reads (a refusal in words when it reads nothing).
 */
export function askPeriod(
  lang: Lang,
  ask: { title: MessageKey; prompt: MessageKey; params: Record<string, string>; bad: ErrorCode },
  suggested: string,
  parse: (typed: string) => string | null,
): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(
    message(lang, ask.title),
    message(lang, ask.prompt, ask.params),
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  const typed = response.getResponseText().trim();
  const period = typed === '' ? suggested : parse(typed);
  if (!period) throw new KefuError(ask.bad, { value: typed });
  return period;
}
