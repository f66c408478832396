import { runComplaints } from '../../app/operations/complaints';
import { runSetup } from '../../app/operations/setup';
import { toastNotes, zonesDiffer } from '../../app/present/warnings';
import { loadSettingsSheets } from '../../app/workbook';
import { type Lang, message } from '../../domain/i18n/messages';
import { regionLabel } from '../../domain/params/region';
import { moveRobotFromCells, robotInCells } from '../robot-settings';
import { fixDocumentLang, openWorkbook, toast, withDocumentLock } from '../runtime';

/**
 * Offers to give the spreadsheet the zone of 规则设置 when they keep different clocks: Sheets
 * stores times and evaluates NOW() in the spreadsheet's zone. Asked outside the document lock.
 */
function offerTimeZone(settingZone: string | null, sheetZone: string, lang: Lang): void {
  if (settingZone === null || !zonesDiffer(settingZone, sheetZone, Date.now())) return;
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    message(lang, 'setup.timezone_title'),
    message(lang, 'setup.timezone_question', { settingZone, sheetZone }),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return;
  SpreadsheetApp.getActive().setSpreadsheetTimeZone(settingZone);
  toast(message(lang, 'setup.timezone_done', { zone: settingZone }), lang);
}

/**
 * Offers to move a robot an earlier version kept in 规则设置 into the document properties: the
 * cells are blanked only once it is kept there.
 */
function offerRobotMove(lang: Lang): void {
  const found = robotInCells(loadSettingsSheets(openWorkbook(), ['params']));
  if (!found) return;
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    message(lang, 'robot.dialog_title'),
    message(lang, 'robot.move_question', { sheet: found.sheet }),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return;
  const outcome = withDocumentLock(() => moveRobotFromCells());
  if (outcome !== 'nothing')
    toast(message(lang, outcome === 'moved' ? 'robot.moved' : 'robot.cleared_cells'), lang);
}

/** Set up sheets, align the time zones if the user agrees, then the complaints' own columns. */
export function setupMenu(lang: Lang): void {
  const port = openWorkbook();
  toast(message(lang, 'toast.working'), lang);
  const result = withDocumentLock(() => runSetup(port, lang));
  // The words written into the team's sheets are fixed to this user's language, once.
  const cellLang = fixDocumentLang(lang);
  offerTimeZone(result.settingsTimeZone, port.timeZone, lang);
  offerRobotMove(lang);
  // A fresh port: the spreadsheet's zone may have just changed.
  const fresh = openWorkbook();
  const deadlines = withDocumentLock(() =>
    runComplaints(fresh, { now: Date.now(), lang, cellLang, write: true }),
  );
  // What a protection (or a limit) kept set-up and the deadline columns from writing.
  const refused = deadlines.warnings.filter((w) => w.code === 'protected_range' || w.code === 'sheet_limit');
  toast(
    message(lang, 'toast.setup_done', {
      created: result.created.length,
      params: result.parametersAdded.length,
      dropdowns: result.dropdownColumns,
    }) +
      message(lang, 'toast.setup_region', { region: regionLabel(result.region, lang) }) +
      toastNotes([...result.warnings, ...refused], lang),
    lang,
  );
}
