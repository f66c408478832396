// The one projection of a complaint row for anything that leaves the sheet: the JSON of
// `complaints --json`, the sidebar's overview, the rows of 超时投诉 and the CLI's table, the digest
// and the robot's messages all build from it. Phones are masked here, as 地区 reads them, so no
// caller can forget.

import type { ComplaintState } from '../../domain/complaints/states';
import type { Lang } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import { maskPhone, maskPhonesInText } from '../../domain/phone/phone';
import type { WriteValue } from '../port';
import { type ComplaintRow, currentDue } from '../reports/complaints';
import { ownValueLabel, stateLabel } from './render';

/** A complaint as it is shown or sent: no Dates (instants), phones masked. */
export interface ComplaintView {
  /** Where it is: its sheet and row. */
  readonly sheet: string;
  readonly row: number;
  /** `sheet!A12`, the text of a link to the row. */
  readonly place: string;
  readonly id: string;
  /** 重大 or 普通, as the JSON gives it. */
  readonly level: string;
  /** The level for people: Major or Normal to an English reader. */
  readonly levelLabel: string;
  readonly received: number;
  readonly replyDue: number;
  readonly solutionDue: number;
  /** The deadline that matters now (currentDue). */
  readonly due: number;
  readonly state: ComplaintState;
  /** The state's label for people. */
  readonly label: string;
  /** Calendar hours: negative since the missed deadline, else until it. */
  readonly hoursLeft: number | null;
  /** 受理人 as written ('' when the sheet has none). */
  readonly handler: string;
  /** The customer's name, any phone in it masked. */
  readonly customer: string;
  /** Masked. */
  readonly phone: string;
}

/** A complaint row as it leaves the sheet, its state worded in `lang`, phones masked as `region` reads them. */
export function complaintView(row: ComplaintRow, lang: Lang, region: Region): ComplaintView {
  const { complaint, status } = row;
  return {
    sheet: row.sheet,
    row: complaint.row,
    place: `${row.sheet}!A${complaint.row}`,
    id: complaint.id,
    level: complaint.level,
    levelLabel: ownValueLabel(complaint.level, lang),
    received: complaint.received,
    replyDue: status.replyDue,
    solutionDue: status.solutionDue,
    due: currentDue(row),
    state: status.state,
    label: stateLabel(status.state, lang),
    hoursLeft: status.hoursLeft,
    handler: row.handler,
    customer: maskPhonesInText(row.customer, region),
    phone: maskPhone(row.phone, region),
  };
}

/** A complaint's cells in the columns of OVERDUE_COLUMNS (超时投诉, the CLI's table), its row linked. */
export function overdueLine(view: ComplaintView): WriteValue[] {
  return [
    view.id,
    view.customer,
    view.phone,
    view.levelLabel,
    view.label,
    new Date(view.due),
    view.hoursLeft,
    { text: view.place, link: { sheet: view.sheet, row: view.row, column: 1 } },
  ];
}
