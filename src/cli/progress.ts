// Progress of long work on stderr, only when stderr is a terminal: one line rewritten in place,
// never on stdout (scripts read stdout) and never with --json.

/** Where progress goes, and whether it is shown at all. */
export interface ProgressSink {
  err(text: string): void;
  readonly tty?: boolean;
}

export interface Progress {
  /** Replaces the progress line. */
  step(text: string): void;
  /** Ends the progress line (nothing when none was shown). */
  done(): void;
}

const SILENT: Progress = { step: () => {}, done: () => {} };

/** A progress line on a terminal; silent elsewhere. */
export function progressLine(sink: ProgressSink, enabled: boolean): Progress {
  if (!enabled || !sink.tty) return SILENT;
  let shown = false;
  return {
    step(text) {
      shown = true;
      // Carriage return and "erase to end of line": the line is rewritten in place.
      sink.err(`\r\x1b[K${text}`);
    },
    done() {
      if (shown) sink.err('\n');
      shown = false;
    },
  };
}

/** A file size for people: 5.3 MB, 820 KB. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
