// What the add-on remembers between runs in a store of small texts (Apps Script: the document
// properties, at most 9 KB a value and 500 KB in all): sets of short keys, split over as many values
// as they need, and only as many as are still wanted.

import { utf8Bytes } from '../domain/text';

/** A store of named texts (Apps Script: PropertiesService.getDocumentProperties()). */
export interface KeyValueStore {
  getAll(): Readonly<Record<string, string>>;
  setAll(values: Readonly<Record<string, string>>): void;
  remove(name: string): void;
}

/** Bytes a value may hold, safely below the 9 KB Apps Script allows (its own measure is 8,066). */
export const MAX_VALUE_BYTES = 8_000;

/** The keys remembered under a name (`kefu.notified` → kefu.notified.0, kefu.notified.1…). */
export function readKeySet(all: Readonly<Record<string, string>>, name: string): Set<string> {
  const keys = new Set<string>();
  for (const [property, value] of Object.entries(all)) {
    if (!property.startsWith(`${name}.`)) continue;
    for (const key of value.split(',')) if (key !== '') keys.add(key);
  }
  return keys;
}

/** The values that hold a set of keys, each at most MAX_VALUE_BYTES. */
export function keySetValues(name: string, keys: Iterable<string>): Record<string, string> {
  const values: Record<string, string> = {};
  let chunk: string[] = [];
  let bytes = 0;
  let index = 0;
  for (const key of keys) {
    // Counted as it grows: each key's bytes and its comma.
    const size = utf8Bytes(key) + (chunk.length > 0 ? 1 : 0);
    if (chunk.length > 0 && bytes + size > MAX_VALUE_BYTES) {
      values[`${name}.${index++}`] = chunk.join(',');
      chunk = [key];
      bytes = utf8Bytes(key);
    } else {
      chunk.push(key);
      bytes += size;
    }
  }
  if (chunk.length > 0) values[`${name}.${index}`] = chunk.join(',');
  return values;
}

/** Replaces a remembered set: its values written in one call, the ones no longer needed removed. */
export function writeKeySet(store: KeyValueStore, name: string, keys: Iterable<string>): void {
  const before = store.getAll();
  const values = keySetValues(name, keys);
  store.setAll(values);
  for (const property of Object.keys(before)) {
    if (property.startsWith(`${name}.`) && !(property in values)) store.remove(property);
  }
}
