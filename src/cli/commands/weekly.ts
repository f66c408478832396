// kefu-sheets weekly FILE: the weekly complaint summary (--notify: to a group robot).

import { weeklyNotice } from '../../app/alerts/notify';
import { runWeekly } from '../../app/operations/weekly';
import { weeklyJson } from '../../app/present/json';
import { lastFullWeek } from '../../domain/calendar/isoweek';
import { dayKey } from '../../domain/calendar/time';
import type { CliOptions } from '../args';
import type { Io } from '../io';
import { open } from '../open';
import { afterPost, notifyTarget, post } from '../posting';
import { present } from '../present';
import { weeklyText } from '../report';

export async function weeklyCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io, 'weekly');
  const target = notifyTarget(options, opened, io);
  const { port, now } = opened;
  const week = options.week ?? lastFullWeek(dayKey(now, port.timeZone));
  const summary = runWeekly(port, { ...opened, lang: options.lang, week }, opened.workbook);
  const posted = target
    ? await post(
        target,
        weeklyNotice(summary, options.lang),
        summary.complaints.received,
        opened,
        options,
        true,
      )
    : null;
  await present(
    io,
    opened,
    options,
    {
      ...weeklyJson(summary, port.timeZone, options.lang, opened.hint),
      ...(posted ? { notified: posted.json } : {}),
    },
    () => `${weeklyText(options.lang, summary, opened.hint)}${posted ? `${posted.line}\n` : ''}`,
    [summary.output],
  );
  return afterPost(io, posted);
}
