// The Chinese the Traditional interface is made from (scripts/make-hant.ts, at build time): prose,
// converted with Taiwan's phrases; and names a team's sheets carry (sheet names, headers, parameter
// names), converted one character at a time so that recognition folds them back (規則設置, not
// 規則設定). Not bundled: only the script and the tests read it.

import { REGIONS, regionName } from '../params/region';
import { PARAMETERS, type ParamSpec, WORDED_TYPES } from '../params/table';
import {
  CALLBACK_COLUMNS,
  DEADLINE_COLUMNS,
  OVERDUE_COLUMNS,
  REPORT_COLUMNS,
  SCORE_COLUMNS,
} from '../sheets/columns';
import { DEFAULT_LISTS, OWN_NAME_SUFFIX, OWN_SHEETS, SHEETS } from '../sheets/schema';
import { catalogueChinese } from './messages';

export interface HantSources {
  /** Sentences and labels: converted with phrases. */
  readonly prose: readonly string[];
  /** Names: converted a character at a time, and kept so inside prose. */
  readonly names: readonly string[];
  /**
   * Column headers of the add-on's own sheets: converted as prose, under their own key where the
   * same text is also a name (列名 is a header of 列名对照, and the 校验报告 column 欄名).
   */
  readonly labels: readonly string[];
}

export function hantSources(): HantSources {
  // The add-on's own sheets are known by their marks: their headers are labels, said as Taiwan says
  // them (列 for a row). The deadline columns it adds to a team's sheet are names.
  const labels = [REPORT_COLUMNS, SCORE_COLUMNS, OVERDUE_COLUMNS, CALLBACK_COLUMNS].flatMap((table) =>
    table.map((c) => c.zh),
  );
  const names = [
    ...SHEETS.flatMap((s) => [s.name, ...s.fields.map((f) => f.key)]),
    ...(PARAMETERS as readonly ParamSpec[]).map((p) => p.name),
    ...DEADLINE_COLUMNS.map((c) => c.zh),
    ...Object.values(OWN_SHEETS),
    OWN_NAME_SUFFIX,
    ...REGIONS.map(regionName),
    // Parameter values set-up writes and the team may retype (累進, 工作時, 週一 09:00).
    ...(PARAMETERS as readonly ParamSpec[]).filter((p) => WORDED_TYPES.has(p.type)).map((p) => p.value),
    // The values of the default lists: dropdowns, 规则设置's list parameters and the not_in_list
    // message show them in the user's script (質量問題, 已解決); validation reads either.
    ...Object.values(DEFAULT_LISTS).flat(),
    '全额',
    '工作时',
  ];
  const prose = [...catalogueChinese(), ...(PARAMETERS as readonly ParamSpec[]).map((p) => p.zh)];
  return { prose: [...new Set(prose)], names: [...new Set(names)], labels: [...new Set(labels)] };
}
