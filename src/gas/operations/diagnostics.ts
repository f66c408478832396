import { diagnosticLines } from '../../app/operations/diagnostics';
import { type Lang, message } from '../../domain/i18n/messages';
import { diagnosticsPage, gatherFacts } from '../diagnostics';
import { redact } from '../runtime';

/** 诊断: the self-check, shown in a dialog to copy into a support request. */
export function diagnosticsMenu(lang: Lang): void {
  const facts = gatherFacts(Date.now());
  const lines = diagnosticLines(facts, lang).map((l) => redact(l));
  const inCells = 'ok' in facts.robot && facts.robot.ok.inCells !== null;
  const page = HtmlService.createHtmlOutput(diagnosticsPage(lines, lang, inCells))
    .setWidth(720)
    .setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(page, message(lang, 'diag.dialog_title'));
}
