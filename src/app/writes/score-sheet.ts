// 月度考核, the add-on's stack of monthly blocks (newest first): a month's block written or
// replaced, its colours and chart. The scores operation and the sidebar's "compute" write it.

import { formatLocal } from '../../domain/calendar/time';
import { type Lang, message } from '../../domain/i18n/messages';
import { columnHeaders, columnWidths, SCORE_COLUMNS } from '../../domain/sheets/columns';
import type { WorkbookPort, WriteValue } from '../port';
import type { MappingHint } from '../present/inspection';
import { styleTable } from '../present/render';
import { problemLine, scoreLine } from '../present/score-lines';
import { skippedCount, skippedSince, warningText } from '../present/warnings';
import type { ScoreReport } from '../reports/scores';
import { placeBlock } from './blocks';
import { OWN_RULE_MARKER, TONES } from './marks';
import { claimOwnSheet, LEGACY_SCORE_TITLE, type OutputSheet } from './own';

const WIDTH = SCORE_COLUMNS.length;

/** The rows of one month's block: title, header, one row per person, team, notes, a blank line. */
function scoreBlock(
  report: ScoreReport,
  lang: Lang,
  now: number,
  timeZone: string,
  hint: MappingHint,
): WriteValue[][] {
  const { scores } = report;
  const pad = (line: WriteValue[]): WriteValue[] => [
    ...line,
    ...Array<WriteValue>(WIDTH - line.length).fill(null),
  ];
  const rows: WriteValue[][] = [
    pad([
      message(lang, 'scores.block_title', { month: scores.month }),
      message(lang, 'scores.computed_at', { time: formatLocal(now, timeZone) }),
    ]),
    columnHeaders(SCORE_COLUMNS, lang),
  ];
  for (const s of scores.staff) rows.push(scoreLine(s, lang));
  rows.push(
    pad([
      message(lang, 'scores.team_line', {
        size: scores.team.size,
        above: scores.team.atOrAbove100,
        base: report.settings.base,
        below: scores.team.belowDismissal,
        line: report.settings.dismissalLine,
      }),
    ]),
  );
  for (const w of report.warnings) rows.push(pad([warningText(w, lang, hint)]));
  for (const p of report.problems) rows.push(pad([problemLine(p, lang)]));
  rows.push(pad([]));
  return rows;
}

/**
 * Writes the month's block into 月度考核: replaces that month's block if present, else inserts it
 * in month order (newest first). Other months' rows are moved, never rewritten.
 */
function writeScoresSheet(
  port: WorkbookPort,
  report: ScoreReport,
  lang: Lang,
  now: number,
  hint: MappingHint = 'sheet',
): { row: number | null; output: OutputSheet } {
  const block = scoreBlock(report, lang, now, port.timeZone, hint);
  // The newest month is on top: its title and header stay in view.
  const output = claimOwnSheet(port, 'scores', lang, (sheet) =>
    port.createSheet(sheet, { rows: [], frozenRows: 2, widths: columnWidths(SCORE_COLUMNS) }),
  );
  const name = output.sheet;
  const month = report.scores.month;
  const placed = placeBlock(port, name, month, block, (title) => LEGACY_SCORE_TITLE.exec(title)?.[1] ?? null);
  // A protection kept the block out (said with the result): its look and chart stay as they were.
  if (!placed) return { row: null, output };
  const { row: at, lastRow: total } = placed;
  styleTable(port, name, SCORE_COLUMNS, at + 1, 0);
  const { dismissalLine, highScoreLine } = report.settings;
  const whole = { row: 1, column: 1, numRows: total, numColumns: WIDTH };
  port.setOwnConditionalRules(name, [
    {
      block: whole,
      formula: `=AND(${OWN_RULE_MARKER},ISNUMBER($C1),$C1<${dismissalLine})`,
      background: TONES.bad.background,
      fontColor: TONES.bad.font,
    },
    {
      block: whole,
      formula: `=AND(${OWN_RULE_MARKER},ISNUMBER($C1),$C1>=${highScoreLine})`,
      background: TONES.good.background,
      fontColor: TONES.good.font,
    },
  ]);
  const people = report.scores.staff.length;
  if (people > 0) {
    port.setOwnChart(name, {
      title: message(lang, 'scores.block_title', { month }),
      labels: { row: at + 2, column: 1, numRows: people, numColumns: 1 },
      values: { row: at + 2, column: 3, numRows: people, numColumns: 1 },
      anchorRow: at,
      anchorColumn: WIDTH + 2,
    });
  }
  return { row: at, output };
}

/**
 * Writes a month's scores into 月度考核 (its block replaced or inserted); the report comes back with
 * where it went and what a protection kept from it.
 */
export function writeMonthScores(
  port: WorkbookPort,
  report: ScoreReport,
  options: { readonly lang: Lang; readonly now: number; readonly hint?: MappingHint },
): ScoreReport {
  const from = skippedCount(port);
  const written = writeScoresSheet(port, report, options.lang, options.now, options.hint);
  return { ...report, warnings: [...report.warnings, ...skippedSince(port, from)], output: written.output };
}
