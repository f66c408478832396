// kefu-sheets callbacks FILE: callbacks due, done and overdue, and the month's callback rate.

import { runCallbacks } from '../../app/operations/callbacks';
import { callbacksJson } from '../../app/present/json';
import type { CliOptions } from '../args';
import type { Io } from '../io';
import { open } from '../open';
import { present } from '../present';
import { callbacksText } from '../report';

export async function callbacksCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io, 'callbacks');
  const month = options.month ?? undefined;
  const report = runCallbacks(opened.port, { ...opened, lang: options.lang, month }, opened.workbook);
  await present(
    io,
    opened,
    options,
    callbacksJson(report, opened.now, opened.port.timeZone, options.lang, opened.hint),
    () => callbacksText(options.lang, report, opened.port.timeZone, opened.hint),
    [report.output],
  );
  return 0;
}
