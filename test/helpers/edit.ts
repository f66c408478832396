// Runs the onEdit operation on some rows, as the trigger does (without the document cache).
import { applyEdit, readEditContext } from '../../src/app/operations/edit';
import type { WorkbookPort } from '../../src/app/port';
import type { Lang } from '../../src/domain/i18n/messages';
import type { Issue } from '../../src/domain/validate/rules';

export function editRows(
  port: WorkbookPort,
  sheet: string,
  firstRow: number,
  numRows: number,
  now: number,
  lang: Lang,
): Issue[] {
  const edit = readEditContext(port, sheet, firstRow, numRows);
  return edit ? applyEdit(port, edit, { now, lang }) : [];
}
