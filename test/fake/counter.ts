// Counts every call made on the fake's service objects, per `Class.method`.

export class CallCounter {
  private readonly counts = new Map<string, number>();
  /** Milliseconds spent inside the fake's services (what Sheets would do server-side). */
  serviceMs = 0;

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Calls of one method, e.g. `Range.getValues`. */
  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** All calls since the last reset. */
  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Calls per method, sorted by name. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.serviceMs = 0;
  }
}

/**
 * Wraps a fake service object so that every method call through it is counted.
 * Calls the object makes on itself internally are not counted: they are not service calls.
 */
export function counted<T extends object>(
  target: T,
  className: string,
  counter: CallCounter,
  /** Throws as Apps Script does when the call is not allowed (the authorization mode). */
  check: (name: string) => void = () => {},
): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        const name = `${className}.${prop}`;
        counter.record(name);
        check(name);
        const started = performance.now();
        try {
          return Reflect.apply(value, obj, args);
        } finally {
          counter.serviceMs += performance.now() - started;
        }
      };
    },
  });
}
