import { runValidation } from '../../app/operations/validate';
import { validationJson } from '../../app/present/json';
import type { CliOptions } from '../args';
import type { Io } from '../io';
import { open } from '../open';
import { present } from '../present';
import { validationText } from '../report';

export async function validateCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io);
  const validation = runValidation(opened.port, { ...opened, lang: options.lang }, opened.workbook);
  await present(
    io,
    opened,
    options,
    validationJson(validation, options.lang, opened.hint),
    () =>
      validationText(
        options.lang,
        validation.issues,
        validation.summary,
        validation.warnings,
        opened.hint,
        validation.region,
      ),
    [validation.output],
  );
  return validation.summary.errors > 0 ? 1 : 0;
}
