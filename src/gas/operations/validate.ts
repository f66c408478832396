// 检查全部 (menu): validates every recognised sheet and rebuilds 校验报告.

import { runValidation } from '../../app/operations/validate';
import { toastNotes } from '../../app/present/warnings';
import { type Lang, message } from '../../domain/i18n/messages';
import { forgetEditMarks, openWorkbook, toast, withDocumentLock } from '../runtime';

import { wherever } from './shared';

/** Validate all. */
export function validateMenu(lang: Lang): void {
  const port = openWorkbook();
  toast(message(lang, 'toast.working'), lang);
  const { summary, output, warnings } = withDocumentLock(() =>
    runValidation(port, { now: Date.now(), lang, write: true }),
  );
  // Every row's marks may have changed: onEdit's memory of them is forgotten.
  forgetEditMarks();
  const sheet = output?.sheet ?? '';
  toast(
    wherever(
      message(lang, 'toast.validated', { ...summary, rows: summary.rowsChecked, sheet }) +
        toastNotes(warnings, lang),
      output,
      lang,
    ),
    lang,
  );
}
