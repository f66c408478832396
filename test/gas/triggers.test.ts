// The hourly refresh's triggers, remembered by their unique ids and found again by them, however
// Apps Script lists clock triggers: strictly (getUserTriggers(spreadsheet) lists only the
// spreadsheet's own triggers, a clock trigger's source being CLOCK; the fake's default) or
// leniently (it lists the clock triggers made in that spreadsheet too).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { menuDiagnostics, menuHourlyOff, menuHourlyOn, refreshHourly } from '../../src/gas/entry';
import { type FakeHtmlOutput, FakeUser, type FakeWorkbook } from '../fake/spreadsheet';
import { COMPLAINTS_NOW, complaintsWorkbook } from '../helpers/complaints-workbook';
import { installFake } from '../helpers/install';
import { toFake } from '../helpers/workbooks';

const CODE = join(__dirname, '..', '..', 'dist', 'Code.js');
const THREE = ['refreshHourly', 'alertMajorComplaints', 'formSubmitted'];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function setup(listClock: boolean, id = 'fake-spreadsheet-id', user?: FakeUser): FakeWorkbook {
  vi.useFakeTimers({ now: new Date(COMPLAINTS_NOW), toFake: ['Date'] });
  const wb = toFake(complaintsWorkbook(true));
  wb.id = id;
  wb.userTriggersListClock = listClock;
  if (user) wb.user = user;
  return installFake(wb);
}

/** This user's triggers in the workbook's document: handler and kind. */
function triggersOf(wb: FakeWorkbook): [string, string][] {
  return wb.triggers.map((t) => [t.getHandlerFunction(), t.getEventType()]);
}

function remembered(wb: FakeWorkbook): Record<string, string> {
  return Object.fromEntries(
    JSON.parse(wb.documentProperties.get('kefu.triggers') ?? '[]') as [string, string][],
  );
}

/** Makes the three triggers as an earlier version did: created, never remembered. */
function earlierVersionTriggers(): string {
  const clock = ScriptApp.newTrigger('refreshHourly').timeBased().everyHours(1).create();
  const spreadsheet = SpreadsheetApp.getActive();
  ScriptApp.newTrigger('alertMajorComplaints').forSpreadsheet(spreadsheet).onEdit().create();
  ScriptApp.newTrigger('formSubmitted').forSpreadsheet(spreadsheet).onFormSubmit().create();
  return clock.getUniqueId();
}

describe.each([
  ['strictly (clock triggers listed for no spreadsheet)', false],
  ['leniently (clock triggers listed for their spreadsheet)', true],
])('when Apps Script lists clock triggers %s', (_, listClock) => {
  it('switched on twice leaves one trigger of each, remembered by id; off then removes all three', () => {
    const wb = setup(listClock);
    menuHourlyOn();
    menuHourlyOn();
    expect(wb.alerts).toEqual([]);
    expect(triggersOf(wb)).toEqual([
      ['refreshHourly', 'CLOCK'],
      ['alertMajorComplaints', 'ON_EDIT'],
      ['formSubmitted', 'ON_FORM_SUBMIT'],
    ]);
    expect(remembered(wb)).toEqual(
      Object.fromEntries(wb.triggers.map((t) => [t.getUniqueId(), t.getHandlerFunction()])),
    );
    menuHourlyOff();
    expect(wb.triggers).toEqual([]);
    expect(wb.documentProperties.has('kefu.triggers')).toBe(false);
    expect(wb.toasts.at(-1)?.message).toBe('已关闭每小时自动刷新。');
    menuHourlyOn();
    expect(triggersOf(wb).map(([h]) => h)).toEqual(THREE);
    expect(wb.alerts).toEqual([]);
  });

  it('switched off with nothing on: nothing removed, nothing refused', () => {
    const wb = setup(listClock);
    menuHourlyOff();
    expect(wb.triggers).toEqual([]);
    expect(wb.alerts).toEqual([]);
    expect(wb.toasts.at(-1)?.message).toBe('已关闭每小时自动刷新。');
  });

  it('replaces a trigger the user deleted by hand, and switches off what is left', () => {
    const wb = setup(listClock);
    menuHourlyOn();
    // The user removes the hourly trigger in the Apps Script dashboard.
    const index = wb.user.triggers.findIndex((t) => t.getHandlerFunction() === 'refreshHourly');
    const gone = wb.user.triggers.splice(index, 1)[0]!.getUniqueId();
    menuHourlyOn();
    expect(wb.alerts).toEqual([]);
    expect(
      triggersOf(wb)
        .map(([h]) => h)
        .sort(),
    ).toEqual([...THREE].sort());
    expect(wb.triggers.map((t) => t.getUniqueId())).not.toContain(gone);
    menuHourlyOff();
    expect(wb.triggers).toEqual([]);
    expect(wb.alerts).toEqual([]);
  });

  it('is per document: the same user switching off in a second spreadsheet leaves the first one’s', () => {
    const user = new FakeUser();
    const first = setup(listClock, 'first-spreadsheet', user);
    menuHourlyOn();
    vi.unstubAllGlobals();
    const second = setup(listClock, 'second-spreadsheet', user);
    menuHourlyOn();
    menuHourlyOn();
    expect(second.alerts).toEqual([]);
    // getProjectTriggers lists both spreadsheets' six: each finds its own three by id.
    expect(user.triggers).toHaveLength(6);
    expect(triggersOf(second).map(([h]) => h)).toEqual(THREE);
    menuHourlyOff();
    expect(second.triggers).toEqual([]);
    expect(triggersOf(first).map(([h]) => h)).toEqual(THREE);
    vi.unstubAllGlobals();
    installFake(first);
    menuHourlyOff();
    expect(user.triggers).toEqual([]);
    expect(first.alerts).toEqual([]);
  });

  it('keeps another user’s triggers in the same spreadsheet when one switches off', () => {
    const wb = setup(listClock);
    const agent = wb.user;
    menuHourlyOn();
    const boss = new FakeUser('boss@example.com');
    wb.user = boss;
    menuHourlyOn();
    expect(boss.triggers.map((t) => t.getHandlerFunction())).toEqual(THREE);
    expect(Object.keys(remembered(wb))).toHaveLength(6);
    wb.user = agent;
    menuHourlyOff();
    expect(agent.triggers).toEqual([]);
    expect(boss.triggers.map((t) => t.getHandlerFunction())).toEqual(THREE);
    wb.user = boss;
    menuHourlyOff();
    expect(boss.triggers).toEqual([]);
    expect(wb.documentProperties.has('kefu.triggers')).toBe(false);
  });

  it('takes over an earlier version’s triggers (never remembered): no second one, and off removes them', () => {
    const wb = setup(listClock);
    const clock = earlierVersionTriggers();
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    menuHourlyOn();
    expect(wb.alerts).toEqual([]);
    expect(triggersOf(wb).map(([h]) => h)).toEqual(THREE);
    if (!listClock) {
      // Listed nowhere for this spreadsheet, refused a second time: remembered once it runs.
      expect(warned).toHaveBeenCalledWith(
        '[kefu-sheets] refreshHourly already runs here unlisted: remembered when it next runs',
      );
      expect(remembered(wb)[clock]).toBeUndefined();
      refreshHourly({ triggerUid: clock } as GoogleAppsScript.Events.TimeDriven);
    }
    expect(remembered(wb)[clock]).toBe('refreshHourly');
    menuHourlyOff();
    expect(wb.triggers).toEqual([]);
    expect(wb.alerts).toEqual([]);
  });

  it('switches off an earlier version’s triggers at once, the unlisted clock one when it next runs', () => {
    const wb = setup(listClock);
    const clock = earlierVersionTriggers();
    menuHourlyOff();
    expect(wb.alerts).toEqual([]);
    if (listClock) {
      expect(wb.triggers).toEqual([]);
      return;
    }
    // Listed nowhere for this spreadsheet: a second one is refused, so it is told to go.
    expect(triggersOf(wb)).toEqual([['refreshHourly', 'CLOCK']]);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    refreshHourly({ triggerUid: clock } as GoogleAppsScript.Events.TimeDriven);
    expect(warned).toHaveBeenCalledWith(
      "[kefu-sheets] refreshHourly: an earlier version's trigger, switched off here, removed itself",
    );
    expect(wb.triggers).toEqual([]);
    // It removed itself without refreshing anything.
    expect(wb.sheet('客诉').lastColumn()).toBe(11);
    expect(wb.documentProperties.has('kefu.triggers.retire')).toBe(false);
    // Switched on again later: one of each, as always.
    menuHourlyOn();
    expect(triggersOf(wb).map(([h]) => h)).toEqual(THREE);
  });

  it('lists this spreadsheet’s three in 诊断, the clock one included', () => {
    const wb = setup(listClock);
    menuHourlyOn();
    menuDiagnostics();
    const dialog = wb.dialogs.at(-1)?.content as FakeHtmlOutput;
    expect(dialog.getContent()).toContain(
      '触发器：本表格 refreshHourly (CLOCK), alertMajorComplaints (ON_EDIT), formSubmitted (ON_FORM_SUBMIT)；您在所有表格共 3 个（上限 20）',
    );
  });
});

describe('the triggers from dist/Code.js', () => {
  it('switches on idempotently and off completely where clock triggers are listed for no spreadsheet', () => {
    const wb = toFake(complaintsWorkbook(true));
    const context = vm.createContext({ ...wb.globals(), console, Date });
    vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
    vm.runInContext('menuHourlyOn(); menuHourlyOn();', context);
    expect(wb.alerts).toEqual([]);
    expect(triggersOf(wb).map(([h]) => h)).toEqual(THREE);
    vm.runInContext('menuHourlyOff()', context);
    expect(wb.triggers).toEqual([]);
  });
});
