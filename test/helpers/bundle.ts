// The built dist/Code.js loaded as Apps Script runs it: one global scope, the fake's services as the
// only globals (test/global-setup.ts builds it before the tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { FakeWorkbook } from '../fake/spreadsheet';

export const CODE = join(__dirname, '..', '..', 'dist', 'Code.js');

/** Loads dist/Code.js over a fake spreadsheet; the context holds its top-level functions. */
export function loadBundle(wb: FakeWorkbook): vm.Context {
  const context = vm.createContext({ ...wb.globals(), console });
  vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
  return context;
}
