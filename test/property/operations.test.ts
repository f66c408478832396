import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCallbacks } from '../../src/app/operations/callbacks';
import { runComplaints } from '../../src/app/operations/complaints';
import { runScores } from '../../src/app/operations/scores';
import { runSetup } from '../../src/app/operations/setup';
import { overviewTab, rulesTab, scoresTab } from '../../src/app/operations/sidebar';
import { runValidation } from '../../src/app/operations/validate';
import { isKefuError } from '../../src/domain/i18n/errors';
import type { FakeWorkbook } from '../fake/spreadsheet';
import { editRows } from '../helpers/edit';
import { installFake } from '../helpers/install';
import { sheetsPort } from '../helpers/sheets-port';
import { ownSheetNames, workbookState } from '../helpers/state';
import { type SheetData, toFake } from '../helpers/workbooks';
import { hostileWorkbook } from './arbitraries';

afterEach(() => {
  vi.unstubAllGlobals();
});

const NOW = Date.parse('2026-11-02T10:00:00+08:00');

/** Runs a step; a KefuError (a worded, expected refusal) is fine, anything else is a crash. */
function step(body: () => void): void {
  try {
    body();
  } catch (error) {
    if (!isKefuError(error)) throw error;
  }
}

/** Every operation of the add-on, in the order a supervisor might click them. */
function everything(wb: FakeWorkbook): void {
  const port = sheetsPort();
  step(() => runSetup(port, 'zh'));
  step(() => {
    runValidation(port, { now: NOW, lang: 'zh', write: true });
  });
  const write = { now: NOW, lang: 'zh', write: true } as const;
  step(() => runScores(port, { ...write, month: '2026-10' }));
  step(() => runComplaints(port, write));
  step(() => runCallbacks(port, { ...write, month: '2026-10' }));
  step(() => {
    overviewTab(port, NOW, 'zh');
    rulesTab(port, 'zh');
    scoresTab(port, '2026-10', NOW, 'zh');
  });
  const own = ownSheetNames(wb);
  for (const sheet of wb.sheets.filter((s) => !own.has(s.name))) {
    step(() => {
      editRows(port, sheet.name, 2, Math.max(1, sheet.lastRow()), NOW, 'zh');
    });
  }
}

/** The values a team entered: each original sheet's original rectangle. */
function userValues(wb: FakeWorkbook, sheets: readonly SheetData[]): unknown[] {
  return sheets.map((s) => {
    const model = wb.sheet(s.name);
    return s.rows.map((line, r) => line.map((_, c) => model.value(r + 1, c + 1)));
  });
}

describe('every operation on random, hostile workbooks (fast-check, fixed seed)', () => {
  it('never crashes, never changes a user value, and a second run changes nothing', () => {
    fc.assert(
      fc.property(hostileWorkbook, (sheets) => {
        const wb = installFake(toFake(sheets));
        const before = userValues(wb, sheets);
        everything(wb);
        expect(userValues(wb, sheets)).toEqual(before);
        const first = workbookState(wb);
        everything(wb);
        expect(workbookState(wb)).toEqual(first);
        vi.unstubAllGlobals();
      }),
      { seed: 20261122, numRuns: 40 },
    );
    // Forty workbooks through every operation twice: a guard against a hang, not a speed goal.
  }, 120_000);

  it('points every issue at a cell that exists', () => {
    // The loop below checks each issue: count them, so a run that found none cannot pass unseen.
    let checked = 0;
    fc.assert(
      fc.property(hostileWorkbook, (sheets) => {
        const wb = installFake(toFake(sheets));
        const port = sheetsPort();
        let issues: ReturnType<typeof runValidation>['issues'] = [];
        step(() => {
          issues = runValidation(port, { now: NOW, lang: 'zh', write: false }).issues;
        });
        for (const issue of issues) {
          checked++;
          const sheet = wb.sheet(issue.sheet);
          expect(issue.row).toBeGreaterThanOrEqual(1);
          expect(issue.row).toBeLessThanOrEqual(Math.max(1, sheet.lastRow()));
          if (issue.column !== null) {
            expect(issue.column).toBeGreaterThanOrEqual(1);
            expect(issue.column).toBeLessThanOrEqual(sheet.lastColumn());
          }
        }
        vi.unstubAllGlobals();
      }),
      { seed: 7, numRuns: 60 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});
