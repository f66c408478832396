// The server calls, through google.script.run. They are typed from the entry module's exports (a
// type-only import: no server code here).

import type * as Entry from '../gas/entry';

type Api = typeof Entry;
type SidebarCall =
  | 'sidebarOverview'
  | 'sidebarScores'
  | 'sidebarComputeScores'
  | 'sidebarRules'
  | 'sidebarRecognition'
  | 'sidebarSetKind'
  | 'sidebarMapColumn'
  | 'sidebarSelect';
export type Overview = ReturnType<Api['sidebarOverview']>;
export type Scores = ReturnType<Api['sidebarScores']>;
export type Rules = ReturnType<Api['sidebarRules']>;
export type Recognition = ReturnType<Api['sidebarRecognition']>;

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: { message?: string } | string) => void): Runner;
  [name: string]: unknown;
}

declare const google: { script: { run: Runner } };

/** Calls a server function through google.script.run, as a promise. */
export function call<K extends SidebarCall>(
  name: K,
  ...args: Parameters<Api[K]>
): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Api[K]>))
      .withFailureHandler((error) =>
        reject(new Error(typeof error === 'string' ? error : (error.message ?? String(error)))),
      );
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
