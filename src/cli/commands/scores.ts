import { runScores } from '../../app/operations/scores';
import { scoresJson } from '../../app/present/json';
import type { CliOptions } from '../args';
import type { Io } from '../io';
import { open } from '../open';
import { present } from '../present';
import { scoresText } from '../report';

export async function scoresCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io, 'scores');
  const month = options.month ?? '';
  const report = runScores(opened.port, { ...opened, lang: options.lang, month }, opened.workbook);
  await present(
    io,
    opened,
    options,
    scoresJson(report, options.lang, opened.hint),
    () => scoresText(options.lang, report, opened.hint),
    [report.output],
  );
  return 0;
}
