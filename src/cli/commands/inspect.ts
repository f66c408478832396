// kefu-sheets inspect FILE: what the engine sees in each sheet.

import { runInspect } from '../../app/operations/inspect';
import type { CliOptions } from '../args';
import type { Io } from '../io';
import { open } from '../open';
import { present } from '../present';
import { inspectionText } from '../report';

export async function inspectCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io, 'none');
  const inspection = runInspect(opened.port, opened.workbook);
  await present(io, opened, options, { mapping: inspection.mapping }, () =>
    inspectionText(options.lang, { file: options.file ?? '', ...inspection }, true, opened.hint),
  );
  return 0;
}
