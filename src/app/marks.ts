// Constants that make the add-on's own marks in a sheet recognisable as its own.

/** Every conditional-format formula the add-on writes contains this no-op (N of text is 0). */
export const OWN_RULE_MARKER = 'N("kefu-sheets")=0';

/** Every chart the add-on adds has a title starting with this, so it can replace its own. */
export const OWN_CHART_PREFIX = '客服助手 · ';

/** Soft colours of the add-on's marks: errors and warnings. */
export const MARK_COLORS = { error: '#fce8e6', warning: '#fef7e0' } as const;

/**
 * Text the medium would turn into something else when written (a formula, a number, a date):
 * `=IMPORTXML(…)`, `+5`, `-3`, `@x`, `2026-11-05`, `TRUE`.
 */
export function wouldBeReinterpreted(text: string): boolean {
  return /^[=+\-@'\d.\s]/.test(text) || /^(true|false)$/i.test(text.trim());
}

/** What Sheets reports for a cell without a fill. */
export const NO_FILL = '#ffffff';
