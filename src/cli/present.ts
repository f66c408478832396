import { summarizeWorkbook } from '../app/present/inspection';
import { sheetsJson } from '../app/present/json';
import { warningsJson, warningText } from '../app/present/warnings';
import { elsewhereText, type OutputSheet } from '../app/writes/own';
import { type Lang, message } from '../domain/i18n/messages';
import type { CliOptions } from './args';
import type { Io } from './io';
import { type Opened, writeCopy } from './open';

export function outputsOf(...results: readonly { readonly output?: OutputSheet }[]): OutputSheet[] {
  return results.flatMap((r) => (r.output ? [r.output] : []));
}

/** Where each result sheet of the copy is, and the team's sheets of the same names left alone. */
export function outputSheetsJson(outputs: readonly OutputSheet[]) {
  return outputs.map((o) => ({ role: o.role, sheet: o.sheet, teamSheet: o.teamSheet }));
}

/** "Wrote OUT", then a line for each result sheet that had to go beside a team sheet of its name. */
export function wroteLines(out: string, outputs: readonly OutputSheet[], lang: Lang): string {
  const lines = [message(lang, 'cli.wrote', { file: out })];
  for (const o of outputs) {
    const elsewhere = elsewhereText(o, lang);
    if (elsewhere) lines.push(elsewhere);
  }
  return `${lines.join('\n')}\n`;
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Prints a result. What will be printed is worded first, then the copy is written (when --out was
 * given), then it is printed: a failed write leaves nothing half-said on stdout. The JSON carries
 * what was recognised (`sheets`), whatever the command.
 */
export async function present(
  io: Io,
  opened: Opened,
  options: CliOptions,
  json: object,
  text: () => string,
  outputs: readonly (OutputSheet | undefined)[] = [],
) {
  const written = outputs.filter((o): o is OutputSheet => o !== undefined);
  // What the run assumed (the region the language suggested) is said with every result.
  const assumed = opened.assumed;
  const warnings = 'warnings' in json && Array.isArray(json.warnings) ? json.warnings : [];
  const notes = assumed.map((w) => `${warningText(w, options.lang, opened.hint)}\n`).join('');
  const output = options.json
    ? jsonText({
        ...json,
        ...(assumed.length > 0 ? { warnings: [...warningsJson(assumed, options.lang), ...warnings] } : {}),
        sheets: sheetsJson(summarizeWorkbook(opened.workbook)),
        ...(written.length > 0 ? { outputSheets: outputSheetsJson(written) } : {}),
      })
    : `${text()}${notes}${options.out ? wroteLines(options.out, written, options.lang) : ''}`;
  if (options.out) await writeCopy(opened, options.out, options.file, options.lang);
  opened.progress.done();
  io.out(output);
}
