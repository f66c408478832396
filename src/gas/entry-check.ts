// Compiled, never bundled: every menu item of the registry (src/app/registry.ts) calls a function
// src/gas/entry.ts exports. A handler declared there and not exported fails to compile here
// (test/registry.test.ts checks that each calls its own operation).

import type { MenuHandler } from '../app/registry';
import type * as entry from './entry';

/** The registry's menu handlers entry.ts does not export: none. */
type Missing = Exclude<MenuHandler, keyof typeof entry>;
export const EVERY_MENU_HANDLER_EXPORTED: [Missing] extends [never] ? true : never = true;
