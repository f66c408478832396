// Errors that carry a machine code; only the edges word them for people (see messages.ts).

/** An error with a code from the message catalogue and the values its message needs. */
export class KefuError extends Error {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: string, params: Record<string, string | number> = {}, detail?: string) {
    super(detail ?? code);
    this.name = 'KefuError';
    this.code = code;
    this.params = params;
  }
}

/** True when a value is a KefuError (also across bundles, where instanceof can fail). */
export function isKefuError(error: unknown): error is KefuError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'KefuError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}
