// Where a command writes: stdout and stderr, or a test's strings.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal: progress is shown only then. */
  readonly tty?: boolean;
}
