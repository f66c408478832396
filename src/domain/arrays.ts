// Folding lists of any length. `Math.min(...rows)` or `issues.push(...more)` passes every element
// as an argument of one call, on the stack: at about 125,000 elements V8 stops with "Maximum call
// stack size exceeded" (a sheet of 199,000 rows did). These loops give the same answers at any
// length; test/no-spread.test.ts keeps spreads out of calls in src/.

/** The smallest number, as Math.min(start, ...values): NaN if any is NaN, Infinity for none. */
export function minOf(values: Iterable<number>, start = Number.POSITIVE_INFINITY): number {
  let least = start;
  for (const value of values) if (value < least || Number.isNaN(value)) least = value;
  return least;
}

/** The largest number, as Math.max(start, ...values): NaN if any is NaN, -Infinity for none. */
export function maxOf(values: Iterable<number>, start = Number.NEGATIVE_INFINITY): number {
  let most = start;
  for (const value of values) if (value > most || Number.isNaN(value)) most = value;
  return most;
}

/** Appends every item to `target` in order, as target.push(...items); returns target. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The mean of some values in a unit (an hour's milliseconds…), to a tenth; null when there are none. */
export function average(values: readonly number[], unit = 1): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return Math.round((sum / values.length / unit) * 10) / 10;
}
