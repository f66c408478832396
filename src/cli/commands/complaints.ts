// kefu-sheets complaints FILE: complaint deadlines and states (--notify: the digest to a group robot).

import { currentDigestNotice } from '../../app/alerts/notify';
import { runComplaints } from '../../app/operations/complaints';
import { complaintsJson } from '../../app/present/json';
import { warningsJson } from '../../app/present/warnings';
import type { CliOptions } from '../args';
import type { Io } from '../io';
import { open } from '../open';
import { afterPost, notifyTarget, post, targetWarnings } from '../posting';
import { present } from '../present';
import { complaintsText } from '../report';

export async function complaintsCommand(options: CliOptions, io: Io): Promise<number> {
  const opened = await open(options, io, 'complaints');
  const target = notifyTarget(options, opened, io);
  const report = runComplaints(opened.port, { ...opened, lang: options.lang }, opened.workbook);
  const { now, port } = opened;
  const notice = target ? currentDigestNotice(report, options.lang, now, port.timeZone) : null;
  const posted = target ? await post(target, notice, notice?.items.length ?? 0, opened, options) : null;
  const json = complaintsJson(report, now, port.timeZone, options.lang, opened.hint);
  const extra = target ? warningsJson(targetWarnings(target), options.lang) : [];
  await present(
    io,
    opened,
    options,
    {
      ...json,
      warnings: [...json.warnings, ...extra.filter((w) => !json.warnings.some((x) => x.code === w.code))],
      ...(posted ? { notified: posted.json } : {}),
    },
    () =>
      `${complaintsText(options.lang, report, now, port.timeZone, opened.hint)}${posted ? `${posted.line}\n` : ''}`,
    [report.output],
  );
  return afterPost(io, posted);
}
