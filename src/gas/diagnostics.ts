// 诊断 on Google's servers: gathers the facts app/operations/diagnostics.ts words, each on its own so one
// failing service never hides the others, and shows the report in a dialog to copy.

import { parameterTable, readCalendar, readWorkbookSettings } from '../app/context';
import { type DiagnosticFacts, type Fact, isoFromJava, type ZoneSample } from '../app/operations/diagnostics';
import { summarizeWorkbook } from '../app/present/inspection';
import { loadWorkbook } from '../app/workbook';
import { robotKind } from '../domain/alerts/robots';
import { builtInCovers, builtInYears, uncheckedYears } from '../domain/calendar/calendar';
import {
  intlFormatIso,
  isValidTimeZone,
  toWall,
  useOffsetProvider,
  wallDayKey,
} from '../domain/calendar/time';
import { type Lang, message } from '../domain/i18n/messages';
import { parameterName } from '../domain/params/table';
import { webhookPlace } from '../domain/phone/redact';
import { cellText, utf8Bytes } from '../domain/text';
import { VERSION } from '../domain/version';
import { lastDelivery } from './alerts';
import { robotInCells, withStoredRobot } from './robot-settings';
import { ensureZoneData, openWorkbook, utilitiesOffsetMs } from './runtime';
import { CACHE } from './store';
import { listHere } from './triggers';

function fact<T>(body: () => T): Fact<T> {
  try {
    return { ok: body() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Intl against Utilities.formatDate for each zone at a few instants (winter, summer, now). */
function zoneSamples(zones: readonly string[], now: number): ZoneSample[] {
  const year = Number(wallDayKey(toWall(now, 'UTC')).slice(0, 4));
  const instants = [Date.UTC(year, 0, 15, 4), Date.UTC(year, 6, 15, 4), now];
  const samples: ZoneSample[] = [];
  for (const zone of zones) {
    for (const instant of instants) {
      let intl: string;
      try {
        intl = intlFormatIso(instant, zone);
      } catch (error) {
        intl = error instanceof Error ? error.message : String(error);
      }
      // Java writes a zero offset as "Z": read as the +00:00 Intl's side writes.
      const utilities = isoFromJava(
        Utilities.formatDate(new Date(instant), zone, "yyyy-MM-dd'T'HH:mm:ssXXX"),
      );
      samples.push({ zone, instant, intl, utilities });
    }
  }
  return samples;
}

/** Everything 诊断 reports, gathered with as few service calls as each needs. */
export function gatherFacts(now: number): DiagnosticFacts {
  const fallbackBefore = ensureZoneData();
  const spreadsheet = SpreadsheetApp.getActive();
  const port = openWorkbook();
  const spreadsheetZone = port.timeZone;
  const workbook = fact(() => loadWorkbook(port));
  const sheets = 'ok' in workbook ? workbook.ok.sheets : [];
  const { settings, problems } = readWorkbookSettings(sheets, spreadsheetZone);
  const zoneEntry = parameterTable(sheets).get(parameterName('timeZone'));
  const settingZone = problems.some((p) => p.expected === 'timeZone') ? null : settings.timeZone;

  const zones = [...new Set([spreadsheetZone, settingZone ?? 'Asia/Shanghai', 'Asia/Shanghai'])].filter((z) =>
    isValidTimeZone(z),
  );
  const zoneData = fact(() => {
    const samples = zoneSamples(zones, now);
    let fallback = fallbackBefore;
    if (!fallback && samples.some((s) => s.intl !== s.utilities)) {
      // Intl passed the quick check yet disagrees here: trust Apps Script's own data from now on.
      useOffsetProvider(utilitiesOffsetMs);
      fallback = true;
    }
    return { samples, fallback };
  });

  const calendar = readCalendar(sheets, settings, spreadsheetZone);
  const year = Number(wallDayKey(toWall(now, spreadsheetZone)).slice(0, 4));
  return {
    version: VERSION,
    now,
    spreadsheetZone,
    settingZone,
    settingZoneText: zoneEntry ? cellText(zoneEntry.raw) : '',
    scriptZone: fact(() => Session.getScriptTimeZone()),
    locale: { user: port.locale, spreadsheet: spreadsheet.getSpreadsheetLocale() },
    zoneData,
    calendarSource: {
      region: calendar.region,
      builtInYears: builtInYears(calendar.region),
      uncheckedYears: uncheckedYears(calendar.region),
      teamDays: calendar.teamDayCount(),
    },
    calendar: [year, year + 1].map((y) => ({
      year: y,
      builtIn: builtInCovers(y, calendar.region),
      teamDays: calendar.teamDays(y),
    })),
    triggers: fact(() => ({
      // By the ids remembered when they were made (a clock trigger may be listed for no spreadsheet).
      here: listHere(),
      allDocuments: ScriptApp.getProjectTriggers().length,
    })),
    mailQuota: fact(() => MailApp.getRemainingDailyQuota()),
    properties: fact(() => {
      const all = PropertiesService.getDocumentProperties().getProperties();
      let bytes = 0;
      let largest = 0;
      for (const [key, value] of Object.entries(all)) {
        const size = utf8Bytes(String(value));
        bytes += utf8Bytes(key) + size;
        largest = Math.max(largest, size);
      }
      return { count: Object.keys(all).length, bytes, largest };
    }),
    cache: fact(() => {
      const text = CacheService.getDocumentCache()?.get(CACHE.editContext) ?? null;
      return text === null ? null : utf8Bytes(text);
    }),
    authorization: fact(() => ({
      status: String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()),
      source: String(ScriptApp.getInstallationSource()),
    })),
    robot: fact(() => {
      const last = lastDelivery();
      const robot = withStoredRobot(settings);
      return {
        kind: robotKind(robot.robotWebhook),
        configured: robot.robotWebhook !== '',
        signed: robot.robotSecret !== '',
        place: webhookPlace(robot.robotWebhook),
        inCells: robotInCells(sheets)?.sheet ?? null,
        last: last ? { at: last.at, ok: last.ok, reason: last.reason } : null,
      };
    }),
    inspection: 'ok' in workbook ? { ok: summarizeWorkbook(workbook.ok) } : workbook,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The dialog: the report in a read-only text box, selected on a click, with a copy button (and,
 * when 规则设置 still holds the robot, a button that moves it into the document properties).
 */
export function diagnosticsPage(lines: readonly string[], lang: Lang, offerMove = false): string {
  const move = offerMove
    ? `<button id="move" onclick="var b=this;b.disabled=true;google.script.run.withSuccessHandler(function(s){document.getElementById('moved').textContent=s.note||'';}).withFailureHandler(function(e){b.disabled=false;document.getElementById('moved').textContent=e.message;}).robotSettingsMove()">${escapeHtml(message(lang, 'diag.move_robot'))}</button> <span id="moved"></span>`
    : '';
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
    'body{font:13px "WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:8px}',
    'textarea{width:100%;height:380px;font:12px monospace;white-space:pre}',
    '</style></head><body>',
    `<p>${escapeHtml(message(lang, 'diag.copy_hint'))}</p>`,
    `<textarea id="report" readonly onclick="this.select()">${escapeHtml(lines.join('\n'))}</textarea>`,
    `<p><button id="copy" onclick="var t=document.getElementById('report');t.select();document.execCommand('copy')">${escapeHtml(message(lang, 'diag.copy'))}</button> ${move}</p>`,
    '</body></html>',
  ].join('');
}
