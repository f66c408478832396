// Use cases behind the sidebar: where the month stands, as plain JSON (no Dates, phones masked).

import { lastFullWeek, weekDays } from '../../domain/calendar/isoweek';
import { parseMoment } from '../../domain/calendar/parse';
import { dayKey, formatIso } from '../../domain/calendar/time';
import { KefuError } from '../../domain/i18n/errors';
import { chineseIn, type Lang, listSeparator, localized, message } from '../../domain/i18n/messages';
import { regionalDefault } from '../../domain/params/readers';
import type { Region } from '../../domain/params/region';
import { PARAMETERS, type ParamSpec } from '../../domain/params/table';
import { maskPhone, maskPhonesInText } from '../../domain/phone/phone';
import { type SheetKind, sheetSpec } from '../../domain/sheets/schema';
import { cellText } from '../../domain/text';
import { parameterTable, readWorkbookSettings } from '../context';
import { writeMappingRule } from '../mapping';
import type { WorkbookPort } from '../port';
import { type ComplaintView, complaintView } from '../present/complaint-view';
import {
  type ColumnReport,
  columnEvidence,
  inspectionLines,
  mappingProblemLine,
  type SheetReport,
  summarizeWorkbook,
  unrecognisedText,
} from '../present/inspection';
import { scoresJson } from '../present/json';
import { fieldLabel, headerLabel, kindLabel, renderIssue, stateLabel } from '../present/render';
import { problemLine } from '../present/score-lines';
import { skippedCount, skippedSince, uniqueWarnings, warningText } from '../present/warnings';
import { workbookCallbacks } from '../reports/callbacks';
import { urgentComplaints, workbookComplaints } from '../reports/complaints';
import { type ScoreReport, suggestMonth, workbookScores } from '../reports/scores';
import { validateWorkbook } from '../reports/validation';
import { weekComplaintFigures, weeklyTrend } from '../reports/weekly';
import { firstSheetOf, type LoadedSheet, loadWorkbook, sheetsOf } from '../workbook';
import { elsewhereText } from '../writes/own';
import { writeMonthScores } from '../writes/score-sheet';

/** A place in the workbook the sidebar can jump to. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
}

export interface OverviewJson {
  readonly now: string;
  readonly complaints: {
    readonly overdue: number;
    readonly dueSoon: number;
    /** The complaints' views (present/complaint-view.ts), cut to what the tab shows. */
    readonly items: readonly (CellRef &
      Pick<ComplaintView, 'id' | 'customer' | 'phone' | 'state' | 'label' | 'hoursLeft'>)[];
  };
  readonly callbacks: {
    readonly month: string;
    readonly overdue: number;
    readonly due: number;
    readonly rate: number | null;
    readonly target: number;
    readonly items: readonly (CellRef & {
      type: string;
      customer: string;
      phone: string;
      dueDate: string;
      label: string;
    })[];
  };
  readonly validation: {
    readonly errors: number;
    readonly warnings: number;
    readonly items: readonly (CellRef & { field: string; severity: string; message: string })[];
  };
  /** The last full week's complaints and the trend of the 8 weeks up to it (the 周报 card). */
  readonly weekly: {
    readonly week: string;
    readonly from: string;
    readonly to: string;
    readonly received: number;
    readonly closed: number;
    readonly closedOnTime: number;
    readonly openAtEnd: number;
    readonly overdueAtEnd: number;
    readonly trend: readonly { week: string; received: number; closedOnTime: number }[];
  };
  readonly notes: readonly string[];
}

/** Weeks the sidebar's 周报 chart shows. */
const TREND_WEEKS = 8;

/** Items listed per section of the overview at most (counts are always complete). */
const LIST_LIMIT = 30;

/** The overview tab: overdue and due-soon complaints, callbacks due, validation problems. */
export function overviewTab(port: WorkbookPort, now: number, lang: Lang): OverviewJson {
  const workbook = loadWorkbook(port);
  const tz = port.timeZone;
  const complaints = workbookComplaints(workbook, now, tz);
  const urgent = urgentComplaints(complaints);
  // Early in a month the month just closed is the one that matters, as for the scores.
  const callbacks = workbookCallbacks(workbook, now, tz, suggestMonth(now, tz));
  const open = callbacks.due.filter((s) => s.state === 'overdue' || s.state === 'due');
  const validation = validateWorkbook(workbook, tz, now, lang);
  const lastWeek = lastFullWeek(dayKey(now, tz));
  const week = weekComplaintFigures(complaints, lastWeek, now, tz);
  return {
    now: formatIso(now, tz),
    complaints: {
      overdue: complaints.summary.replyOverdue + complaints.summary.solutionOverdue,
      dueSoon: complaints.summary.dueSoon,
      items: urgent.slice(0, LIST_LIMIT).map((r) => {
        const v = complaintView(r, lang, complaints.settings.region);
        return {
          sheet: v.sheet,
          row: v.row,
          id: v.id,
          customer: v.customer,
          phone: v.phone,
          state: v.state,
          label: v.label,
          hoursLeft: v.hoursLeft,
        };
      }),
    },
    callbacks: {
      month: callbacks.month,
      overdue: open.filter((s) => s.state === 'overdue').length,
      due: open.filter((s) => s.state === 'due').length,
      rate: callbacks.rate.value,
      target: callbacks.rate.target,
      items: open.slice(0, LIST_LIMIT).map((s) => ({
        sheet: s.item.sheet,
        row: s.item.row,
        type: chineseIn(lang, s.item.type),
        customer: maskPhonesInText(s.item.customer, callbacks.region),
        phone: maskPhone(s.item.phone, callbacks.region),
        dueDate: s.item.dueDay,
        label: stateLabel(s.state, lang),
      })),
    },
    validation: {
      errors: validation.summary.errors,
      warnings: validation.summary.warnings,
      items: validation.issues.slice(0, LIST_LIMIT).map((i) => ({
        sheet: i.sheet,
        row: i.row,
        field: headerLabel(i, lang),
        severity: i.severity,
        message: renderIssue(i, lang, validation.region),
      })),
    },
    weekly: {
      week: lastWeek,
      ...weekDays(lastWeek),
      received: week.received,
      closed: week.closed,
      closedOnTime: week.closedOnTime,
      openAtEnd: week.openAtEnd,
      overdueAtEnd: week.overdueAtEnd,
      trend: weeklyTrend(complaints, lastWeek, TREND_WEEKS, now, tz),
    },
    // Each said once: complaints, callbacks and validation all name a sheet not understood.
    notes: uniqueWarnings(complaints.warnings, callbacks.warnings, validation.warnings).map((w) =>
      warningText(w, lang),
    ),
  };
}

/** The scores tab: the month's scores (as the CLI prints them), the months to pick, the lines to draw. */
export type ScoresJson = ReturnType<typeof scoresJson> & {
  /** After computing and writing: where the month went, in words. */
  readonly written?: string;
  readonly months: readonly string[];
  readonly base: number;
  readonly dismissalLine: number;
  readonly highScoreLine: number;
  readonly notes: readonly string[];
};

function sidebarScoresJson(report: ScoreReport, months: readonly string[], lang: Lang): ScoresJson {
  return {
    ...scoresJson(report, lang),
    months,
    base: report.settings.base,
    dismissalLine: report.settings.dismissalLine,
    highScoreLine: report.settings.highScoreLine,
    notes: [
      ...report.warnings.map((w) => warningText(w, lang)),
      ...report.problems.map((p) => problemLine(p, lang)),
    ],
  };
}

/** The months the ledger has rows in (newest first), with the suggested one. */
function ledgerMonths(
  sheets: readonly LoadedSheet[],
  suggested: string,
  timeZone: string,
  region: Region,
): string[] {
  const months = new Set<string>([suggested]);
  for (const sheet of sheetsOf(sheets, 'ledger')) {
    const column = sheet.layout.columns['日期'];
    if (column === undefined || sheet.layout.headerRow === null) continue;
    for (const line of sheet.grid.values.slice(sheet.layout.headerRow)) {
      const moment = parseMoment(line[column], timeZone, undefined, region);
      if (moment) months.add(formatIso(moment.instant, timeZone).slice(0, 7));
    }
  }
  return [...months].sort().reverse();
}

/** The scores tab: a month's scores, computed without writing anything. */
export function scoresTab(port: WorkbookPort, month: string | null, now: number, lang: Lang): ScoresJson {
  const workbook = loadWorkbook(port);
  const suggested = suggestMonth(now, port.timeZone);
  const chosen = month && /^\d{4}-\d{2}$/.test(month) ? month : suggested;
  const report = workbookScores(workbook, chosen, port.timeZone, now);
  return sidebarScoresJson(
    report,
    ledgerMonths(workbook.sheets, suggested, port.timeZone, report.settings.region),
    lang,
  );
}

/** The scores tab's "compute": the month computed and written into 月度考核, as the menu does. */
export function computeScoresTab(port: WorkbookPort, month: string, now: number, lang: Lang): ScoresJson {
  const workbook = loadWorkbook(port);
  const report = writeMonthScores(port, workbookScores(workbook, month, port.timeZone, now), { lang, now });
  const sheet = report.output?.sheet ?? '';
  const written = [message(lang, 'ui.written', { sheet }), elsewhereText(report.output, lang)];
  return {
    ...sidebarScoresJson(
      report,
      ledgerMonths(workbook.sheets, suggestMonth(now, port.timeZone), port.timeZone, report.settings.region),
      lang,
    ),
    written: written.filter((line) => line !== null).join(' '),
  };
}

export interface RulesJson {
  readonly sheet: string | null;
  readonly catalogueSheet: string | null;
  readonly parameters: readonly {
    name: string;
    value: string;
    meaning: string;
    source: string;
    problem: boolean;
  }[];
}

/** The rules tab: every parameter in force and where it comes from. */
export function rulesTab(port: WorkbookPort, lang: Lang): RulesJson {
  const { sheets } = loadWorkbook(port);
  const table = parameterTable(sheets);
  const { settings, problems } = readWorkbookSettings(sheets, port.timeZone);
  const sheet = firstSheetOf(sheets, 'params')?.layout.sheet ?? null;
  return {
    sheet,
    catalogueSheet: firstSheetOf(sheets, 'rules')?.layout.sheet ?? null,
    parameters: (PARAMETERS as readonly ParamSpec[]).map((p) => {
      const entry = table.get(p.name);
      const written = entry ? cellText(entry.raw) : '';
      const fromSheet = entry !== undefined && (written !== '' || p.type === 'email');
      return {
        name: p.name,
        // A default as the region in force has it (台湾: Asia/Taipei, 08:30-17:30; 地区 from the zone).
        value: fromSheet ? written : regionalDefault(p, settings.region),
        meaning: localized(lang, p),
        source: fromSheet && sheet ? `${sheet}!${entry?.row ?? ''}` : message(lang, 'ui.default'),
        problem: problems.some((x) => x.name === p.name),
      };
    }),
  };
}

/** The 表格识别 tab: what each sheet was recognised as, and the choices to correct it. */
export interface RecognitionJson {
  readonly sheets: readonly (Omit<SheetReport, 'columns'> & {
    readonly columns?: readonly (ColumnReport & {
      readonly evidence: string;
      readonly fieldLabel?: string;
    })[];
    readonly kindLabel: string;
    /** The required fields it lacks, in the user's script or language (客戶姓名、聯絡電話). */
    readonly missingText: string;
    readonly reasonText: string;
    readonly nearestText: string;
  })[];
  /** Kinds a sheet can be set to (value: the kind; '' leaves it to recognition; 'ignore': 忽略). */
  readonly kinds: readonly { readonly value: string; readonly label: string }[];
  /** Per kind, the fields a column can be mapped to. */
  readonly fields: Readonly<Record<string, readonly { readonly value: string; readonly label: string }[]>>;
  /** Problems with 列名对照 rows, worded. */
  readonly problems: readonly string[];
  readonly mappingSheet: string | null;
}

/** The kinds a team's sheet can be set to in 列名对照. */
const SETTABLE: readonly SheetKind[] = [
  'registration',
  'complaints',
  'callbacks',
  'roster',
  'ledger',
  'presales',
];

/** The 表格识别 tab's data. */
export function recognitionTab(port: WorkbookPort, lang: Lang): RecognitionJson {
  const inspection = summarizeWorkbook(loadWorkbook(port));
  return {
    sheets: inspection.sheets.map((s) => {
      const text = s.kind === null ? unrecognisedText(s, lang) : { reason: '', nearest: '' };
      const { columns, ...sheet } = s;
      return {
        ...sheet,
        ...(columns
          ? {
              columns: columns.map((c) => ({
                ...c,
                evidence: columnEvidence(c, lang),
                ...(c.field && s.kind ? { fieldLabel: fieldLabel({ kind: s.kind }, c.field, lang) } : {}),
              })),
            }
          : {}),
        kindLabel: s.kind ? kindLabel(s.kind, lang) : '',
        missingText: s.kind
          ? (s.missingRequired ?? [])
              .map((f) => fieldLabel({ kind: s.kind as SheetKind }, f, lang))
              .join(listSeparator(lang))
          : '',
        reasonText: text.reason,
        nearestText: text.nearest,
      };
    }),
    kinds: [
      ...SETTABLE.map((kind) => ({ value: kind, label: kindLabel(kind, lang) })),
      { value: 'ignore', label: message(lang, 'ui.ignore') },
    ],
    fields: Object.fromEntries(
      SETTABLE.map((kind) => [
        kind,
        sheetSpec(kind).fields.map((f) => ({ value: f.key, label: fieldLabel({ kind }, f.key, lang) })),
      ]),
    ),
    problems: [
      ...inspection.mapping.problems.map((p) => mappingProblemLine(p, lang)),
      ...inspectionLines({ sheets: [], mapping: { ...inspection.mapping, problems: [] } }, lang, false),
    ],
    mappingSheet: inspection.mapping.sheet,
  };
}

/** The tab's "set kind": a 列名对照 row for the sheet, then the fresh recognition. */
export function setKindTab(port: WorkbookPort, sheet: string, kind: string, lang: Lang): RecognitionJson {
  const value = kind === 'ignore' ? null : (SETTABLE.find((k) => k === kind) ?? null);
  if (kind !== 'ignore' && value === null) throw new KefuError('bad_kind', { value: kind });
  return withRefusals(port, lang, () => writeMappingRule(port, { sheet, kind: value }, lang));
}

/** The fresh recognition after a write to 列名对照, saying first what a protection kept from it. */
function withRefusals(port: WorkbookPort, lang: Lang, write: () => void): RecognitionJson {
  const from = skippedCount(port);
  write();
  const refused = skippedSince(port, from).map((w) => warningText(w, lang));
  const json = recognitionTab(port, lang);
  return refused.length > 0 ? { ...json, problems: [...refused, ...json.problems] } : json;
}

/** The tab's "map column": a 列名对照 row for the column ('' or 'ignore': not used), then the fresh recognition. */
export function mapColumnTab(
  port: WorkbookPort,
  sheet: string,
  column: string,
  field: string,
  lang: Lang,
): RecognitionJson {
  return withRefusals(port, lang, () =>
    writeMappingRule(port, { sheet, column, field: field === '' || field === 'ignore' ? null : field }, lang),
  );
}
