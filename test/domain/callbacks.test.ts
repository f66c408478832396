// Callback matching: a call is used once, in due order, so a summary that stops at a day (the
// weekly summary) sees the same states as the whole plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CallbackItem,
  type CallbackRecord,
  type CallbackType,
  callbackStates,
} from '../../src/domain/callbacks/callbacks';

const day = (n: number) => `2026-10-${String(1 + n).padStart(2, '0')}`;
const customers = ['甲', '乙', '丙'];

const itemArb = fc.record({
  row: fc.integer({ min: 2, max: 60 }),
  type: fc.constantFrom('售后30天' as const, '投诉后回访' as const),
  customer: fc.constantFrom(...customers),
  due: fc.integer({ min: 0, max: 27 }),
  lead: fc.integer({ min: 0, max: 5 }),
  caseId: fc.constantFrom('', 'C1', 'C2'),
});
const recordArb = fc.record({
  row: fc.integer({ min: 2, max: 60 }),
  customer: fc.constantFrom(...customers),
  type: fc.constantFrom('', '售后30天', '投诉后回访'),
  done: fc.option(fc.integer({ min: 0, max: 27 })),
  caseId: fc.constantFrom('', 'C1', 'C2'),
});

type RawItem = {
  row: number;
  type: CallbackType;
  customer: string;
  due: number;
  lead: number;
  caseId: string;
};
type RawRecord = { row: number; customer: string; type: string; done: number | null; caseId: string };

function item(raw: RawItem): CallbackItem {
  return {
    sheet: '售后登记',
    row: raw.row,
    type: raw.type,
    customer: raw.customer,
    phone: '',
    dueDay: day(raw.due),
    fromDay: day(Math.max(0, raw.due - raw.lead)),
    caseId: raw.caseId,
    doneDay: '',
  };
}

function record(raw: RawRecord): CallbackRecord {
  return {
    sheet: '回访记录',
    row: raw.row,
    caseId: raw.caseId,
    customer: raw.customer,
    phone: '',
    type: raw.type,
    doneDay: raw.done === null ? null : day(raw.done),
  };
}

describe('callbackStates', () => {
  it('uses each call once, for the callback due first', () => {
    const items: CallbackItem[] = [
      item({ row: 3, type: '售后30天', customer: '甲', due: 9, lead: 9, caseId: '' }),
      item({ row: 2, type: '售后30天', customer: '甲', due: 4, lead: 4, caseId: '' }),
    ];
    const calls = [record({ row: 2, customer: '甲', type: '', done: 5, caseId: '' })];
    const states = callbackStates(items, calls, day(20));
    expect(states.map((s) => [s.item.row, s.state])).toEqual([
      [2, 'done'],
      [3, 'overdue'],
    ]);
  });

  it('takes a call of the type written in Traditional (投訴後回訪) as one of that type', () => {
    const items = [item({ row: 2, type: '投诉后回访', customer: '甲', due: 4, lead: 4, caseId: '' })];
    const calls = [record({ row: 2, customer: '甲', type: '投訴後回訪', done: 5, caseId: '' })];
    expect(callbackStates(items, calls, day(20)).map((s) => s.state)).toEqual(['done']);
    const other = [record({ row: 2, customer: '甲', type: '售後30天', done: 5, caseId: '' })];
    expect(callbackStates(items, other, day(20)).map((s) => s.state)).toEqual(['overdue']);
  });

  it('counts no call dated after today as made: a date planned in the column of calls made', () => {
    const items = [item({ row: 2, type: '售后30天', customer: '甲', due: 4, lead: 4, caseId: '' })];
    const planned = [record({ row: 2, customer: '甲', type: '', done: 19, caseId: '' })];
    expect(callbackStates(items, planned, day(10)).map((s) => s.state)).toEqual(['overdue']);
    expect(callbackStates(items, planned, day(19)).map((s) => s.state)).toEqual(['done']);
    // Nor the case's own 回访时间 set ahead.
    const ahead = [
      {
        ...item({ row: 2, type: '售后30天', customer: '甲', due: 4, lead: 4, caseId: '' }),
        doneDay: day(19),
      },
    ];
    expect(callbackStates(ahead, [], day(10)).map((s) => s.state)).toEqual(['overdue']);
  });

  it('gives the items due by a day the same states with `until` as without (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 30 }),
        fc.array(recordArb, { maxLength: 30 }),
        fc.integer({ min: 0, max: 27 }),
        (rawItems, rawRecords, cut) => {
          const items = rawItems.map(item);
          const records = rawRecords.map(record);
          const whole = callbackStates(items, records, day(14));
          const until = day(cut);
          const upTo = callbackStates(items, records, day(14), 7, until);
          expect(upTo).toEqual(whole.filter((s) => s.item.dueDay <= until));
        },
      ),
      { seed: 20261123, numRuns: 300 },
    );
  });
});
