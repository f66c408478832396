// The body behind each menu item of the registry (src/app/registry.ts), one file per operation:
// a record the compiler checks covers every operation with a menu item, and the one way a menu
// entry function runs its body (the user's language, a failure said in an alert, never a stack).

import { type MenuOperationId, OPERATIONS } from '../../app/registry';
import type { Lang } from '../../domain/i18n/messages';
import { runAction } from '../runtime';
import { callbacksMenu } from './callbacks';
import { complaintsMenu } from './complaints';
import { diagnosticsMenu } from './diagnostics';
import { hourlyOffMenu, hourlyOnMenu } from './hourly';
import { inspectMenu } from './inspect';
import { recalculateMenu } from './recalculate';
import { robotSettingsMenu, testAlertMenu } from './robot';
import { scoresMenu } from './scores';
import { setupMenu } from './setup';
import { sidebarMenu } from './sidebar';
import { validateMenu } from './validate';
import { weeklyMenu } from './weekly';

/** Each menu operation's body. */
const MENU_BODIES: Readonly<Record<MenuOperationId, (lang: Lang) => void>> = {
  setup: setupMenu,
  validate: validateMenu,
  scores: scoresMenu,
  complaints: complaintsMenu,
  callbacks: callbacksMenu,
  weekly: weeklyMenu,
  hourlyOn: hourlyOnMenu,
  hourlyOff: hourlyOffMenu,
  robotSettings: robotSettingsMenu,
  testAlert: testAlertMenu,
  sidebar: sidebarMenu,
  recalculate: recalculateMenu,
  diagnostics: diagnosticsMenu,
  inspect: inspectMenu,
};

/** Runs a menu operation's body, named in the log by its entry function. */
export function runMenu(id: MenuOperationId): void {
  const op = OPERATIONS.find((o) => o.id === id);
  runAction(op && 'menu' in op ? op.menu.handler : id, MENU_BODIES[id]);
}
