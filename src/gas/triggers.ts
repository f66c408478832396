// The add-on's installable triggers in this document, remembered by the unique id Apps Script gave
// each (document properties) and found again by it among the user's triggers of this script
// (getProjectTriggers). getUserTriggers(spreadsheet) alone is not enough: a clock trigger's source
// is CLOCK, not the spreadsheet, and where Apps Script does not list it there, switching on twice
// would install two and switching off would remove none. Triggers an earlier version made without
// remembering them are still found the old way (getUserTriggers) and taken over; an hourly trigger
// listed nowhere for this spreadsheet is taken over the first time it runs (its event names it), or
// removes itself then when it was switched off meanwhile.

import { logFailure } from './runtime';
import { PROPERTY } from './store';

/** The hourly trigger's handler (a top-level function of the bundle). */
export const HOURLY_HANDLER = 'refreshHourly';
/** The instant alert's handler (an installable edit trigger). */
export const ALERT_HANDLER = 'alertMajorComplaints';
/** A Google Form's new row's handler (an installable form-submit trigger: a submission fires no onEdit). */
export const FORM_HANDLER = 'formSubmitted';
/** Every handler the add-on installs a trigger for. */
export const HANDLERS = [HOURLY_HANDLER, ALERT_HANDLER, FORM_HANDLER] as const;

/**
 * Apps Script's refusal of a second clock trigger of an add-on in one document for one user
 * (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
 */
export function tooManyClockTriggers(error: unknown): boolean {
  return /too many time-based triggers in this document/i.test(
    error instanceof Error ? error.message : String(error),
  );
}

/**
 * At most this many remembered (the oldest forgotten first). Another user's triggers cannot be told
 * from deleted ones, so ids are forgotten only when their trigger is removed here or by this bound;
 * a user has at most 20 triggers of a script in all.
 */
const MAX_REMEMBERED = 60;

type Trigger = GoogleAppsScript.Script.Trigger;

/** What a trigger is for and how to make it. */
export interface TriggerSpec {
  readonly handler: string;
  readonly create: () => Trigger;
  /**
   * True for the refusal Apps Script gives when this user already has a trigger of this kind in
   * this document (an add-on may have one of each): the trigger exists, only unlisted.
   */
  readonly alreadyThere?: (error: unknown) => boolean;
}

/** The remembered ids (id → handler), in the order they were remembered. */
function readRemembered(): Map<string, string> {
  const out = new Map<string, string>();
  const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY.triggerIds);
  if (!text) return out;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!Array.isArray(parsed)) return out;
    for (const entry of parsed) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string') {
        out.set(entry[0], entry[1]);
      }
    }
  } catch {
    // Unreadable: nothing remembered (the old way still finds what getUserTriggers lists).
  }
  return out;
}

function writeRemembered(ids: ReadonlyMap<string, string>): void {
  const entries = [...ids].slice(-MAX_REMEMBERED);
  const properties = PropertiesService.getDocumentProperties();
  if (entries.length === 0) properties.deleteProperty(PROPERTY.triggerIds);
  else properties.setProperty(PROPERTY.triggerIds, JSON.stringify(entries));
}

/**
 * This user's triggers of `handlers` in this document: the remembered ones among the user's
 * triggers of the script, then those an earlier version left that getUserTriggers lists (each once).
 */
function triggersHere(remembered: ReadonlyMap<string, string>, handlers: ReadonlySet<string>): Trigger[] {
  const found: Trigger[] = [];
  const seen = new Set<string>();
  const add = (trigger: Trigger) => {
    const id = trigger.getUniqueId();
    if (seen.has(id) || !handlers.has(trigger.getHandlerFunction())) return;
    seen.add(id);
    found.push(trigger);
  };
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (remembered.has(trigger.getUniqueId())) add(trigger);
  }
  for (const trigger of ScriptApp.getUserTriggers(SpreadsheetApp.getActive())) add(trigger);
  return found;
}

/**
 * Leaves exactly one trigger of each spec for this user in this document: extra ones deleted, a
 * missing one created; every one kept is remembered by its id. Idempotent however Apps Script
 * lists clock triggers.
 */
export function switchOn(specs: readonly TriggerSpec[]): void {
  PropertiesService.getDocumentProperties().deleteProperty(PROPERTY.retireUnlisted);
  const remembered = readRemembered();
  const here = triggersHere(remembered, new Set(specs.map((s) => s.handler)));
  try {
    for (const spec of specs) {
      const mine = here.filter((t) => t.getHandlerFunction() === spec.handler);
      for (const extra of mine.slice(1)) {
        ScriptApp.deleteTrigger(extra);
        remembered.delete(extra.getUniqueId());
      }
      const kept = mine[0];
      if (kept) {
        remembered.set(kept.getUniqueId(), spec.handler);
        continue;
      }
      try {
        remembered.set(spec.create().getUniqueId(), spec.handler);
      } catch (error) {
        // Already there, listed nowhere we can see: it is taken over when it next runs.
        if (!spec.alreadyThere?.(error)) throw error;
        console.warn(
          `[kefu-sheets] ${spec.handler} already runs here unlisted: remembered when it next runs`,
        );
      }
    }
  } finally {
    // What was created before a failure is remembered all the same.
    writeRemembered(remembered);
  }
}

/**
 * Removes this user's triggers of `handlers` in this document (the user's other spreadsheets and
 * other users here keep theirs). When triggers were found here but no clock one (`clock`), an
 * earlier version's may run unlisted: a second is tried, and at once deleted; when Apps Script
 * refuses it, one is there, and it is told to remove itself when it next runs.
 */
export function switchOff(handlers: readonly string[], clock?: TriggerSpec): number {
  const remembered = readRemembered();
  const here = triggersHere(remembered, new Set(handlers));
  try {
    for (const trigger of here) {
      ScriptApp.deleteTrigger(trigger);
      remembered.delete(trigger.getUniqueId());
    }
  } finally {
    writeRemembered(remembered);
  }
  if (clock && here.length > 0 && !here.some((t) => t.getHandlerFunction() === clock.handler)) {
    try {
      ScriptApp.deleteTrigger(clock.create());
    } catch (error) {
      if (!clock.alreadyThere?.(error)) throw error;
      PropertiesService.getDocumentProperties().setProperty(PROPERTY.retireUnlisted, clock.handler);
    }
  }
  return here.length;
}

/**
 * What a trigger run does with the id its event gave: true to go on. A remembered trigger goes on.
 * One not remembered (a clock trigger an earlier version made, which getUserTriggers may not list)
 * is remembered from then on, or, when switching off here could not find it, removes itself.
 */
export function knownOrRetired(id: unknown, handler: string): boolean {
  if (typeof id !== 'string' || id === '') return true;
  try {
    const properties = PropertiesService.getDocumentProperties();
    const remembered = readRemembered();
    if (remembered.get(id) === handler) return true;
    if (properties.getProperty(PROPERTY.retireUnlisted) === handler) {
      const self = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === id);
      if (self) ScriptApp.deleteTrigger(self);
      properties.deleteProperty(PROPERTY.retireUnlisted);
      console.warn(
        `[kefu-sheets] ${handler}: an earlier version's trigger, switched off here, removed itself`,
      );
      return false;
    }
    remembered.set(id, handler);
    writeRemembered(remembered);
  } catch (error) {
    logFailure('remembering the trigger', error);
  }
  return true;
}

/** This user's triggers of `handlers` in this document, as 诊断 lists them. */
export function listHere(handlers: readonly string[] = HANDLERS): { handler: string; type: string }[] {
  return triggersHere(readRemembered(), new Set(handlers)).map((t) => ({
    handler: t.getHandlerFunction(),
    type: String(t.getEventType()),
  }));
}
