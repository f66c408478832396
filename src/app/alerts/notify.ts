// What the add-on tells a team outside the sheet: the overdue digest, the alert for a new major
// complaint, the weekly summary and the test message. Built once as a Notice, worded as plain
// text (e-mail, the command line) or as markdown (group robots), phones always masked.

import { fitItems } from '../../domain/alerts/robots';
import { formatLocal } from '../../domain/calendar/time';
import { type Lang, message } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import { clipText, shortHash } from '../../domain/text';
import { type ComplaintView, complaintView } from '../present/complaint-view';
import { stateLabel } from '../present/render';
import { weeklyLine, weeklyLines, weeklyTitle } from '../present/weekly-lines';
import {
  type ComplaintReport,
  type ComplaintRow,
  currentDue,
  isOverdue,
  urgentComplaints,
} from '../reports/complaints';
import type { WeeklySummary } from '../reports/weekly';

/**
 * One complaint a notice names: its view (present/complaint-view.ts) with the long fields cut, and
 * the key the digest remembers it by once listed in this state (notificationKey).
 */
export interface NoticeItem
  extends Pick<
    ComplaintView,
    | 'sheet'
    | 'row'
    | 'place'
    | 'id'
    | 'level'
    | 'state'
    | 'due'
    | 'hoursLeft'
    | 'handler'
    | 'customer'
    | 'phone'
  > {
  readonly key: string;
}

/** A message for people: a title, lines of figures, and the complaints it is about. */
export interface Notice {
  readonly title: string;
  readonly lines: readonly string[];
  readonly items: readonly NoticeItem[];
  /** Complaints the notice is about but does not list (they did not fit): counted in its last line. */
  readonly omitted?: number;
}

/**
 * The most characters a field of a notice line keeps: a name pasted with a whole chat log must not
 * crowd every other complaint out of a 4,096-byte robot message.
 */
const FIELD_CHARS = { id: 40, level: 12, handler: 24, customer: 40 } as const;

/** A link to a sheet row, where the medium has one (Google Sheets: the row's URL). */
export type RowLink = (sheet: string, row: number) => string | null;

/** A complaint as a notice names it (its view, long fields cut), its phones masked as 地区 reads them. */
function itemOf(row: ComplaintRow, lang: Lang, region: Region): NoticeItem {
  const view = complaintView(row, lang, region);
  return {
    sheet: view.sheet,
    row: view.row,
    place: view.place,
    id: clipText(view.id, FIELD_CHARS.id),
    level: clipText(view.levelLabel, FIELD_CHARS.level),
    state: view.state,
    due: view.due,
    hoursLeft: view.hoursLeft,
    handler: clipText(view.handler, FIELD_CHARS.handler),
    // Masked (in the view) before it is cut, so no half of a phone number is left readable.
    customer: clipText(view.customer, FIELD_CHARS.customer),
    phone: view.phone,
    key: notificationKey(row),
  };
}

/** The key a complaint is remembered by once a notice named it in a state. */
export function notificationKey(row: ComplaintRow): string {
  return shortHash(`${row.sheet}|${row.complaint.id || `#${row.complaint.row}`}|${row.status.state}`);
}

/** The key a major complaint is remembered by once its instant alert went out (whatever its state). */
export function majorKey(row: ComplaintRow): string {
  return shortHash(`${row.sheet}|${row.complaint.id || `#${row.complaint.row}`}|major`);
}

/**
 * How far back a digest looks: a complaint whose deadline passed longer ago than this is counted,
 * never listed again. It keeps the memory of what was notified bounded (a sheet of years of
 * complaints without a 方案时间 column would otherwise need a key for each).
 */
export const DIGEST_DAYS = 30;

/** True for a complaint a digest is about: overdue or due soon, its deadline within DIGEST_DAYS. */
function isNews(row: ComplaintRow, now: number): boolean {
  if (!isOverdue(row) && row.status.state !== 'due_soon') return false;
  return currentDue(row) >= now - DIGEST_DAYS * 86_400_000;
}

/**
 * Keys of the complaints a digest would be about now, the latest deadline first (beyond what the
 * store can hold, those are kept: the oldest leave the DIGEST_DAYS window first).
 */
export function urgentKeys(report: ComplaintReport, now: number): string[] {
  return report.rows
    .filter((r) => isNews(r, now))
    .sort((a, b) => currentDue(b) - currentDue(a))
    .map(notificationKey);
}

/**
 * The overdue digest: the complaints overdue or due soon that no earlier digest named in their
 * present state (null when there are none), most urgent first, after the counts of all of them.
 */
export function digestNotice(
  report: ComplaintReport,
  alreadyNotified: ReadonlySet<string>,
  lang: Lang,
  now: number,
  timeZone: string,
): Notice | null {
  const fresh = urgentComplaints(report).filter(
    (r) => isNews(r, now) && !alreadyNotified.has(notificationKey(r)),
  );
  if (fresh.length === 0) return null;
  const overdue = fresh.filter(isOverdue).length;
  const { summary } = report;
  return {
    title: message(lang, 'notice.digest_title', { overdue, soon: fresh.length - overdue }),
    lines: [
      message(lang, 'notice.digest_counts', {
        time: formatLocal(now, timeZone),
        overdue: summary.replyOverdue + summary.solutionOverdue,
        soon: summary.dueSoon,
      }),
    ],
    items: fresh.map((r) => itemOf(r, lang, report.settings.region)),
  };
}

/** Every complaint overdue or due soon now (the command line's --notify: it keeps no memory). */
export function currentDigestNotice(
  report: ComplaintReport,
  lang: Lang,
  now: number,
  timeZone: string,
): Notice | null {
  return digestNotice(report, new Set(), lang, now, timeZone);
}

/** The alert for major complaints just registered, whose reply is due within hours. */
export function majorNotice(
  rows: readonly ComplaintRow[],
  lang: Lang,
  replyHours: number,
  region: Region,
): Notice {
  return {
    title: message(lang, 'notice.major_title', { count: rows.length }),
    lines: [message(lang, 'notice.major_intro', { hours: replyHours })],
    items: rows.map((r) => itemOf(r, lang, region)),
  };
}

/** The weekly summary as a notice for the group robot. */
export function weeklyNotice(summary: WeeklySummary, lang: Lang): Notice {
  return {
    title: weeklyTitle(summary, lang),
    lines: weeklyLines(summary, lang).map((line) => weeklyLine(line, lang)),
    items: [],
  };
}

/** A test message, to see that the robot answers. */
export function testNotice(lang: Lang, now: number, timeZone: string, where: string): Notice {
  return {
    title: message(lang, 'notice.test_title'),
    lines: [message(lang, 'notice.test_line', { time: formatLocal(now, timeZone), where })],
    items: [],
  };
}

/** One complaint in words: id, level, state, deadline, hours over or left, handler, customer, phone. */
function itemText(item: NoticeItem, lang: Lang, timeZone: string): string {
  const hours = Math.abs(item.hoursLeft ?? 0);
  return message(lang, 'notice.item', {
    id: item.id || item.place,
    level: item.level,
    state: stateLabel(item.state, lang),
    due: formatLocal(item.due, timeZone),
    when:
      (item.hoursLeft ?? 0) < 0
        ? message(lang, 'notice.hours_over', { hours })
        : message(lang, 'notice.hours_left', { hours }),
    handler: item.handler || '-',
    customer: item.customer,
    phone: item.phone,
  });
}

/**
 * A notice's head, then a line per complaint as `line` words it (with the row's link, when the
 * medium has one), within `maxBytes`: the complaints that do not fit are counted in a last line.
 */
function fitNotice(
  notice: Notice,
  head: string[],
  line: (item: NoticeItem, url: string | null) => string,
  lang: Lang,
  link: RowLink,
  maxBytes: number,
): { text: string; kept: number } {
  const items = {
    count: notice.items.length,
    at: (i: number) => {
      const item = notice.items[i] as NoticeItem;
      return line(item, link(item.sheet, item.row));
    },
  };
  const more = (count: number) => message(lang, 'notice.more', { count });
  const { lines, kept } = fitItems(head, items, [], more, maxBytes, notice.omitted ?? 0);
  return { text: lines.join('\n'), kept };
}

/** The most an e-mail body holds, in UTF-8 bytes (MailApp refuses much larger bodies). */
export const MAIL_TEXT_BYTES = 100_000;

/** A notice as plain text: the e-mail body and the command line's output. */
export function noticeText(
  notice: Notice,
  lang: Lang,
  timeZone: string,
  link: RowLink,
  maxBytes = MAIL_TEXT_BYTES,
): string {
  return textFit(notice, lang, timeZone, link, maxBytes).text;
}

function textFit(notice: Notice, lang: Lang, timeZone: string, link: RowLink, maxBytes: number) {
  const head = [notice.title, '', ...notice.lines, ...(notice.items.length > 0 ? [''] : [])];
  const line = (item: NoticeItem, url: string | null) =>
    `· ${itemText(item, lang, timeZone)}${url ? `\n  ${url}` : ''}`;
  return fitNotice(notice, head, line, lang, link, maxBytes);
}

/**
 * A notice as markdown for a group robot, within `maxBytes` (WeCom: 4096): the complaints that do
 * not fit are counted in a last line.
 */
export function noticeMarkdown(
  notice: Notice,
  lang: Lang,
  timeZone: string,
  link: RowLink,
  maxBytes: number,
): string {
  return markdownFit(notice, lang, timeZone, link, maxBytes).text;
}

function markdownFit(notice: Notice, lang: Lang, timeZone: string, link: RowLink, maxBytes: number) {
  const line = (item: NoticeItem, url: string | null) => {
    const where = item.place;
    return `- ${itemText(item, lang, timeZone)} ${url ? `[${where}](${url})` : where}`;
  };
  return fitNotice(notice, [`**${notice.title}**`, ...notice.lines], line, lang, link, maxBytes);
}

/**
 * The notice as every medium it goes to will list it: only the complaints that fit the tightest
 * (a robot's 4,096 bytes, an e-mail's 100,000) stay listed, the others are counted as omitted. What
 * a digest remembers as notified is what it listed, so the ones left out are news again next time.
 */
export function listedNotice(
  notice: Notice,
  media: { readonly markdownBytes?: number; readonly textBytes?: number },
  lang: Lang,
  timeZone: string,
  link: RowLink,
): Notice {
  let kept = notice.items.length;
  if (media.markdownBytes !== undefined)
    kept = Math.min(kept, markdownFit(notice, lang, timeZone, link, media.markdownBytes).kept);
  if (media.textBytes !== undefined)
    kept = Math.min(kept, textFit(notice, lang, timeZone, link, media.textBytes).kept);
  if (kept === notice.items.length) return notice;
  return {
    ...notice,
    items: notice.items.slice(0, kept),
    omitted: (notice.omitted ?? 0) + notice.items.length - kept,
  };
}
