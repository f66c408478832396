// The one list of the add-on's operations. Each is declared once: its name, its item in the menu
// (caption, the entry function Apps Script calls, the group it sits in) and its command on the
// command line. The menus (src/gas/menu.ts), the entry functions' check (src/gas/entry-check.ts),
// the bodies behind the menu (src/gas/operations/), the command dispatcher (src/cli/commands/) and
// the help and docs/cli.md (test/registry.test.ts) are built or checked from it: adding an
// operation is an entry here, and forgetting one of its parts fails to compile or fails a test.

import type { MessageKey } from '../domain/i18n/messages';

/** An operation as the registry declares it. */
export interface OperationSpec {
  /** The operation's one name, the same in code, docs and tests. */
  readonly id: string;
  /** Its menu item: caption, the exported entry function it calls, and its group (separated by a line). */
  readonly menu?: { readonly label: MessageKey; readonly handler: string; readonly group: 1 | 2 | 3 };
  /** Its command on the command line (docs/cli.md). */
  readonly command?: string;
}

/** Every operation, in menu order (the command line's order is `CLI_COMMANDS`). */
export const OPERATIONS = [
  { id: 'setup', menu: { label: 'menu.setup', handler: 'menuSetup', group: 1 } },
  {
    id: 'validate',
    menu: { label: 'menu.validate', handler: 'menuValidateAll', group: 1 },
    command: 'validate',
  },
  { id: 'scores', menu: { label: 'menu.scores', handler: 'menuComputeScores', group: 1 }, command: 'scores' },
  {
    id: 'complaints',
    menu: { label: 'menu.complaints', handler: 'menuCheckComplaints', group: 2 },
    command: 'complaints',
  },
  {
    id: 'callbacks',
    menu: { label: 'menu.callbacks', handler: 'menuCallbacks', group: 2 },
    command: 'callbacks',
  },
  { id: 'weekly', menu: { label: 'menu.weekly', handler: 'menuWeekly', group: 2 }, command: 'weekly' },
  { id: 'hourlyOn', menu: { label: 'menu.trigger_on', handler: 'menuHourlyOn', group: 2 } },
  { id: 'hourlyOff', menu: { label: 'menu.trigger_off', handler: 'menuHourlyOff', group: 2 } },
  { id: 'robotSettings', menu: { label: 'menu.robot_settings', handler: 'menuRobotSettings', group: 2 } },
  { id: 'testAlert', menu: { label: 'menu.test_alert', handler: 'menuTestAlert', group: 2 } },
  { id: 'sidebar', menu: { label: 'menu.sidebar', handler: 'menuOpenSidebar', group: 3 } },
  { id: 'recalculate', menu: { label: 'menu.recalculate', handler: 'menuRecalculate', group: 3 } },
  { id: 'diagnostics', menu: { label: 'menu.diagnostics', handler: 'menuDiagnostics', group: 3 } },
  { id: 'inspect', menu: { label: 'menu.about', handler: 'menuAbout', group: 3 }, command: 'inspect' },
  { id: 'demo', command: 'demo' },
] as const satisfies readonly OperationSpec[];

type Declared = (typeof OPERATIONS)[number];

/** The operations with a menu item. */
export type MenuOperation = Extract<Declared, { readonly menu: unknown }>;
/** Their names. */
export type MenuOperationId = MenuOperation['id'];
/** The entry functions the menu calls (each an export of src/gas/entry.ts). */
export type MenuHandler = MenuOperation['menu']['handler'];
/** The commands of the command line. */
export type CliCommand = Extract<Declared, { readonly command: string }>['command'];

/** The menu items in order, with a separator between groups. */
export function menuItems(): ReadonlyArray<MenuOperation['menu'] | 'separator'> {
  const items: Array<MenuOperation['menu'] | 'separator'> = [];
  let group: number | null = null;
  for (const op of OPERATIONS) {
    if (!('menu' in op)) continue;
    if (group !== null && op.menu.group !== group) items.push('separator');
    group = op.menu.group;
    items.push(op.menu);
  }
  return items;
}

/** The commands of the command line, in the order its help lists them. */
export const CLI_COMMANDS = [
  'demo',
  'inspect',
  'validate',
  'scores',
  'complaints',
  'callbacks',
  'weekly',
] as const satisfies readonly CliCommand[];

/** The declared commands missing from CLI_COMMANDS: none, or the line below fails to compile. */
type Unlisted = Exclude<CliCommand, (typeof CLI_COMMANDS)[number]>;
export const EVERY_COMMAND_LISTED: [Unlisted] extends [never] ? true : never = true;
