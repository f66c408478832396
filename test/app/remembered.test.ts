import { describe, expect, it } from 'vitest';
import { type KeyValueStore, MAX_VALUE_BYTES, readKeySet, writeKeySet } from '../../src/app/remembered';
import { shortHash, utf8Bytes } from '../../src/domain/text';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getAll: () => ({ ...data }),
    setAll: (values) => Object.assign(data, values),
    remove: (name) => {
      delete data[name];
    },
  };
}

describe('a remembered set of keys', () => {
  it('splits over values of at most 8,000 bytes and reads back the same keys', () => {
    const keys = Array.from({ length: 3_000 }, (_, i) => shortHash(`投诉登记|KS-${i}|reply_overdue`));
    const store = memoryStore({ other: 'kept' });
    writeKeySet(store, 'kefu.notified', keys);
    const values = Object.entries(store.data).filter(([k]) => k.startsWith('kefu.notified.'));
    expect(values.length).toBeGreaterThan(2);
    for (const [, value] of values) expect(utf8Bytes(value)).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    expect(readKeySet(store.getAll(), 'kefu.notified')).toEqual(new Set(keys));
    expect(store.data.other).toBe('kept');
  });

  it('drops the values it no longer needs when the set shrinks', () => {
    const store = memoryStore();
    writeKeySet(
      store,
      'kefu.notified',
      Array.from({ length: 3_000 }, (_, i) => shortHash(String(i))),
    );
    writeKeySet(store, 'kefu.notified', ['a', 'b']);
    expect(Object.keys(store.data)).toEqual(['kefu.notified.0']);
    writeKeySet(store, 'kefu.notified', []);
    expect(store.data).toEqual({});
  });

  it('keeps a fingerprint short and stable', () => {
    expect(shortHash('客诉|C1|reply_overdue')).toBe(shortHash('客诉|C1|reply_overdue'));
    expect(shortHash('客诉|C1|reply_overdue')).not.toBe(shortHash('客诉|C2|reply_overdue'));
    expect(shortHash('x'.repeat(10_000)).length).toBeLessThanOrEqual(7);
  });
});
