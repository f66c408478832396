import { runComplaints } from '../../app/operations/complaints';
import { toastNotes } from '../../app/present/warnings';
import type { ComplaintReport } from '../../app/reports/complaints';
import { type LoadedWorkbook, loadWorkbook } from '../../app/workbook';
import { type Lang, message } from '../../domain/i18n/messages';
import type { SheetsWorkbook } from '../adapter';
import {
  type DigestOutcome,
  deliverDigest,
  deliveryText,
  planDigest,
  rememberSheetsFromWorkbook,
} from '../alerts';
import { withStoredRobot } from '../robot-settings';
import { documentLang, openWorkbook, toast, withDocumentLock } from '../runtime';

import { wherever } from './shared';

/**
 * Refreshes the complaints and sends the digest (e-mail and group robot); the menu and the hourly
 * trigger share it. The digest is decided and remembered under the document lock and sent after
 * it is released (a robot may take seconds to answer).
 */
export function refreshComplaints(lang: Lang): {
  report: ComplaintReport;
  outcome: DigestOutcome;
  port: SheetsWorkbook;
  workbook: LoadedWorkbook;
} {
  const port = openWorkbook();
  const now = Date.now();
  const workbook = loadWorkbook(port);
  const { report, plan } = withDocumentLock(() => {
    const ran = runComplaints(port, { now, lang, cellLang: documentLang(), write: true }, workbook);
    // The robot in force: the document properties', else an earlier version's cells.
    const report = { ...ran, settings: withStoredRobot(ran.settings) };
    return { report, plan: planDigest(report, lang, now, port.timeZone) };
  });
  // The instant alert's memory of the sheets, from this full read (its columns, its last rows).
  rememberSheetsFromWorkbook(workbook);
  return { report, outcome: deliverDigest(plan, lang), port, workbook };
}

/** Check overdue complaints: the toast says what is overdue and what the group robot answered. */
export function complaintsMenu(lang: Lang): void {
  toast(message(lang, 'toast.working'), lang);
  const { report, outcome } = refreshComplaints(lang);
  const { replyOverdue, solutionOverdue, dueSoon } = report.summary;
  const counts = wherever(
    message(lang, 'deadlines.toast', {
      overdue: replyOverdue + solutionOverdue,
      soon: dueSoon,
      sheet: report.output?.sheet ?? '',
    }),
    report.output,
    lang,
  );
  const noted = counts + toastNotes(report.warnings, lang);
  toast(outcome.robot ? `${noted}\n${deliveryText(outcome.robot, outcome.count, lang)}` : noted, lang);
}
