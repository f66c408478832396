// An edit and a Google Form's new row: onEdit's validation of the edited rows, the instant alert's
// installable edit trigger, and the form-submit trigger.

import { cellChange, type EditedBlock, editMayAlert } from '../../app/alerts/alert-sheets';
import { applyEdit, readEditContext } from '../../app/operations/edit';
import { complaintReport } from '../../app/reports/complaints';
import { isKind } from '../../app/workbook';
import { alertMajor, readAlertSheets, rememberSheetsFromEdit } from '../alerts';
import { withStoredRobot } from '../robot-settings';
import {
  currentLang,
  documentLang,
  editCacheStore,
  editMarksStore,
  logFailure,
  openWorkbook,
  runTrigger,
  withDocumentLock,
} from '../runtime';
import { ALERT_HANDLER, FORM_HANDLER } from '../triggers';

/**
 * What an edit and a Google Form's new row share: the rows with the edit context (cached, so a
 * sheet the add-on does not know costs a cache read, or its header rows when the cache is cold),
 * then with `validate` their marks and deadline columns under the document lock, and with `alert`
 * a new major complaint among them posted to the group at once (each once).
 */
function changedRows(
  action: string,
  range: GoogleAppsScript.Spreadsheet.Range,
  what: { readonly validate: boolean; readonly alert: boolean },
  /** Where, when the caller already asked the range (each is a call). */
  where?: { readonly sheet: string; readonly row: number; readonly numRows: number },
): void {
  const port = openWorkbook();
  const now = Date.now();
  const lang = currentLang();
  const edit = readEditContext(
    port,
    where?.sheet ?? range.getSheet().getName(),
    where?.row ?? range.getRow(),
    where?.numRows ?? range.getNumRows(),
    editCacheStore(),
    now,
  );
  if (!edit) return;
  if (what.validate) {
    try {
      // Marks are written under the document lock, so an edit never interleaves with a menu run;
      // while one holds it, the rows are left for the next check (Validate all redoes every row,
      // the hourly refresh every deadline). The alert below is sent all the same.
      const columns = { first: range.getColumn(), count: range.getNumColumns() };
      // The words of a complaint's deadline columns are the document's, whoever edits.
      const cellLang = isKind(edit.sheet, 'complaints') ? documentLang() : lang;
      const marks = editMarksStore();
      withDocumentLock(() => applyEdit(port, edit, { now, lang, cellLang, marks, columns }), 2000);
    } catch (error) {
      logFailure(action, error);
    }
  }
  if (!what.alert || !isKind(edit.sheet, 'complaints')) return;
  const report = complaintReport([...edit.settingsSheets, edit.sheet], now, port.timeZone);
  const rows = report.rows.filter((r) => r.complaint.row >= edit.first && r.complaint.row <= edit.last);
  alertMajor(rows, withStoredRobot(report.settings), lang, now, port.timeZone);
}

/** onEdit: validates the edited rows, refreshes their marks and their deadline columns. */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  // In a document where the add-on is installed but not yet used (AuthMode.NONE) nothing but
  // menus is allowed: return before any service call.
  if (!e?.range || String(e.authMode) === 'NONE') return;
  runTrigger('onEdit', () => changedRows('onEdit', e.range, { validate: true, alert: false }));
}

/** The edited block of an edit event, each figure asked of the range once and only when needed. */
function editedBlock(e: GoogleAppsScript.Events.SheetsOnEdit): EditedBlock {
  const range = e.range;
  const once = <T>(read: () => T): (() => T) => {
    let value: { v: T } | null = null;
    return () => {
      value ??= { v: read() };
      return value.v;
    };
  };
  const firstRow = once(() => range.getRow());
  const numRows = once(() => range.getNumRows());
  const firstColumn = once(() => range.getColumn());
  const numColumns = once(() => range.getNumColumns());
  return {
    firstRow,
    lastRow: () => firstRow() + numRows() - 1,
    firstColumn,
    lastColumn: () => firstColumn() + numColumns() - 1,
    change: () => cellChange(e.value, e.oldValue),
  };
}

/**
 * The instant alert (an installable edit trigger, switched on with the hourly refresh): when an
 * edit makes a row a major complaint with a 投诉时间, it is posted to the group at once (the
 * simple onEdit cannot fetch URLs), each complaint once. It runs on every edit of every sheet, on
 * its owner's daily trigger runtime, so it first decides from the event alone (the sheet's name,
 * the edited rows and columns, the value set or cleared) and what the last full read remembered
 * whether the edit can make a complaint new or major: most edits end there, after a few calls.
 */
export function alertMajorComplaints(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e?.range) return;
  runTrigger(ALERT_HANDLER, () => {
    const sheet = e.range.getSheet();
    const name = sheet.getName();
    const kept = readAlertSheets();
    const block = editedBlock(e);
    if (!editMayAlert(kept.memory, name, block)) return;
    const where = { sheet: name, row: block.firstRow(), numRows: block.lastRow() - block.firstRow() + 1 };
    changedRows(ALERT_HANDLER, e.range, { validate: false, alert: true }, where);
    rememberSheetsFromEdit(kept, sheet, name, Date.now());
  });
}

/**
 * A Google Form's new row (an installable form-submit trigger, switched on with the hourly
 * refresh; a submission fires neither onEdit): the row gets what an edit gets, its marks and
 * deadline columns and, when it is a major complaint, the instant alert.
 */
export function formSubmitted(e: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): void {
  if (!e?.range) return;
  runTrigger(FORM_HANDLER, () => changedRows(FORM_HANDLER, e.range, { validate: true, alert: true }));
}
