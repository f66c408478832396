// What the add-on tells a team outside the sheet: the overdue digest, the alert for a new major
// complaint, the weekly summary and the test message. Built once as a Notice, worded as plain
// text (e-mail, the command line) or as markdown (group robots), phones always masked.

import type { ComplaintState } from '../domain/complaints';
import { type Lang, message } from '../domain/messages';
import { maskPhone, maskPhonesInText } from '../domain/phone';
import { fitLines } from '../domain/robots';
import { shortHash } from '../domain/text';
import { formatLocal } from '../domain/time';
import {
  type ComplaintReport,
  type ComplaintRow,
  currentDue,
  isOverdue,
  stateLabel,
  urgentComplaints,
} from './complaints';

/** One complaint a notice names. */
export interface NoticeItem {
  readonly sheet: string;
  readonly row: number;
  readonly id: string;
  readonly level: string;
  readonly state: ComplaintState;
  /** The deadline that matters now. */
  readonly due: number;
  /** Calendar hours: negative since the missed deadline, else until it. */
  readonly hoursLeft: number | null;
  readonly handler: string;
  readonly customer: string;
  /** Masked. */
  readonly phone: string;
}

/** A message for people: a title, lines of figures, and the complaints it is about. */
export interface Notice {
  readonly title: string;
  readonly lines: readonly string[];
  readonly items: readonly NoticeItem[];
}

/** A link to a sheet row, where the medium has one (Google Sheets: the row's URL). */
export type RowLink = (sheet: string, row: number) => string | null;

function itemOf(row: ComplaintRow): NoticeItem {
  return {
    sheet: row.sheet,
    row: row.complaint.row,
    id: row.complaint.id,
    level: row.complaint.level,
    state: row.status.state,
    due: currentDue(row),
    hoursLeft: row.status.hoursLeft,
    handler: row.handler,
    customer: maskPhonesInText(row.customer),
    phone: maskPhone(row.phone),
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
 * Keys of the complaints a digest would be about now (what is remembered after a digest). Beyond
 * `limit` (what the store can hold), the ones whose deadline is latest are kept: the oldest leave
 * the DIGEST_DAYS window first, and until then they may be named again.
 */
export function urgentKeys(report: ComplaintReport, now: number, limit = Number.POSITIVE_INFINITY): string[] {
  const news = report.rows.filter((r) => isNews(r, now));
  const kept =
    news.length <= limit ? news : news.sort((a, b) => currentDue(b) - currentDue(a)).slice(0, limit);
  return kept.map(notificationKey);
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
    items: fresh.map(itemOf),
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
export function majorNotice(rows: readonly ComplaintRow[], lang: Lang, replyHours: number): Notice {
  return {
    title: message(lang, 'notice.major_title', { count: rows.length }),
    lines: [message(lang, 'notice.major_intro', { hours: replyHours })],
    items: rows.map(itemOf),
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
    id: item.id || `${item.sheet}!A${item.row}`,
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
): string {
  const items = {
    count: notice.items.length,
    at: (i: number) => {
      const item = notice.items[i] as NoticeItem;
      return line(item, link(item.sheet, item.row));
    },
  };
  return fitLines(head, items, [], (count) => message(lang, 'notice.more', { count }), maxBytes).join('\n');
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
  const line = (item: NoticeItem, url: string | null) => {
    const where = `${item.sheet}!A${item.row}`;
    return `- ${itemText(item, lang, timeZone)} ${url ? `[${where}](${url})` : where}`;
  };
  return fitNotice(notice, [`**${notice.title}**`, ...notice.lines], line, lang, link, maxBytes);
}
