// kefu-sheets demo: every check on the bundled demo workbook (what `npm start` runs).

import { join } from 'node:path';
import { runCallbacks } from '../../app/operations/callbacks';
import { runComplaints } from '../../app/operations/complaints';
import { runScores } from '../../app/operations/scores';
import { runValidation } from '../../app/operations/validate';
import { summarizeWorkbook } from '../../app/present/inspection';
import {
  callbacksJson,
  complaintsJson,
  scoresJson,
  sheetsJson,
  validationJson,
} from '../../app/present/json';
import { formatIso } from '../../domain/calendar/time';
import type { CliOptions } from '../args';
import type { Io } from '../io';
import { nowOf, openWorkbookFile, packageRoot, writeCopy } from '../open';
import { jsonText, outputSheetsJson, outputsOf, wroteLines } from '../present';
import { callbacksText, complaintsText, inspectionText, scoresText, validationText } from '../report';

/** The demo's "today": the morning the supervisor closes October (the demo month). */
export const DEMO_NOW = '2026-11-02T10:00:00+08:00';

/** The demo's month. */
export const DEMO_MONTH = '2026-10';

export async function demoCommand(options: CliOptions, io: Io): Promise<number> {
  const file = join(packageRoot(), 'examples', 'demo.xlsx');
  const out = options.out ?? join('out', 'demo-result.xlsx');
  const opened = await openWorkbookFile(file, { ...options, out }, io);
  const { port, workbook } = opened;
  const now = nowOf({ ...options, now: options.now ?? DEMO_NOW }, port.timeZone, 0);
  const run = { now, lang: options.lang, write: true, hint: opened.hint };
  const validation = runValidation(port, run, workbook);
  const scores = runScores(port, { ...run, month: DEMO_MONTH }, workbook);
  const complaints = runComplaints(port, run, workbook);
  const callbacks = runCallbacks(port, { ...run, month: DEMO_MONTH }, workbook);
  const inspection = summarizeWorkbook(workbook);
  const output = options.json
    ? jsonText({
        workbook: 'examples/demo.xlsx',
        timeZone: port.timeZone,
        now: formatIso(now, port.timeZone),
        sheets: sheetsJson(inspection),
        validate: validationJson(validation, options.lang, opened.hint),
        scores: scoresJson(scores, options.lang, opened.hint),
        complaints: complaintsJson(complaints, now, port.timeZone, options.lang, opened.hint),
        callbacks: callbacksJson(callbacks, now, port.timeZone, options.lang, opened.hint),
        out,
        outputSheets: outputSheetsJson(outputsOf(validation, scores, complaints, callbacks)),
      })
    : [
        inspectionText(options.lang, { file: 'examples/demo.xlsx', ...inspection }, false, opened.hint),
        validationText(
          options.lang,
          validation.issues,
          validation.summary,
          validation.warnings,
          opened.hint,
          validation.region,
        ),
        scoresText(options.lang, scores, opened.hint),
        complaintsText(options.lang, complaints, now, port.timeZone, opened.hint),
        callbacksText(options.lang, callbacks, port.timeZone, opened.hint),
        wroteLines(out, outputsOf(validation, scores, complaints, callbacks), options.lang),
      ].join('');
  await writeCopy(opened, out, file, options.lang);
  opened.progress.done();
  io.out(output);
  return 0;
}
