// Every key the add-on keeps in a document's properties or cache, in one place (README, "What the
// add-on keeps"). None holds customer data; the robot's secret is kept only here, never in a cell.

/** Document properties. */
export const PROPERTY = {
  /** The installable triggers' unique ids: [id, handler] pairs, for every user who switched them on here. */
  triggerIds: 'kefu.triggers',
  /**
   * Set when switching off found an earlier version's clock trigger here that no listing shows (a
   * second one was refused): an unremembered hourly trigger that runs then removes itself.
   */
  retireUnlisted: 'kefu.triggers.retire',
  /** The complaints already notified in the digest (kefu.notified.0, .1…). */
  notified: 'kefu.notified',
  /** The earlier, unbounded form of that memory: read once, then removed. */
  legacyNotified: 'kefu.notifiedOverdue',
  /** Major complaints already alerted (kefu.alerted.0…): once per complaint. */
  alerted: 'kefu.alerted',
  /** The last delivery to the group robot, for 诊断 and the sidebar. */
  lastDelivery: 'kefu.robot.last',
  /** What the instant alert remembers of the workbook's sheets (see app/alerts/alert-sheets.ts). */
  alertSheets: 'kefu.alertSheets',
  /** The group robot (JSON: url and secret). */
  robot: 'kefu.robot.settings',
  /** The document's language, fixed by the first set-up (the words and rules in the team's sheets). */
  documentLang: 'kefu.document.lang',
  /** The last week whose summary went to the group (each week once). */
  weeklyPosted: 'kefu.weekly.posted',
} as const;

/** Document cache (at most 10 minutes). */
export const CACHE = {
  /** onEdit's context: the sheets' structure and the settings sheets (src/app/edit/cache.ts). */
  editContext: 'kefu.editContext.v1',
  /** Which rows carry the add-on's marks (src/app/edit/marks.ts). */
  editMarks: 'kefu.editMarks.v1',
} as const;
