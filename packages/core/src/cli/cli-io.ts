/** Where the command writes; tests pass their own to capture output. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether to colour output (a TTY without NO_COLOR). */
  readonly color: boolean;
}

/** Exit codes: 0 fine, 1 the input has problems, 2 the command could not run as asked. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A user error: printed as one clear message, with no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
