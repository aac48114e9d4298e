/**
 * Every failure schemagate reports has a kind (which becomes the `result` output's outcome and
 * the exit code), a place (file and line, for annotations) and a hint (how to fix it).
 */
export type FailureKind =
  | 'config' // bad input, unreadable or malformed migration files
  | 'connection' // cannot reach or authenticate to the database
  | 'refused' // the plan is unsafe: edited, missing, out-of-order, failed-and-unresolved
  | 'migration-failed' // a statement failed while applying
  | 'lock-timeout' // another run holds the lock, or a migration statement could not get its table lock (ddl-lock-timeout)
  | 'drift' // verification found differences
  | 'promotion' // the earlier environment has not applied what this run would apply
  | 'unsafe' // the safety rules found an unwaived error (input lint: error)
  | 'cancelled' // stopped by SIGINT or SIGTERM (Ctrl-C, a cancelled job) before it finished
  | 'internal'; // a bug in schemagate: never disguised as one of the above

export interface Location {
  file: string;
  line?: number;
}

/** One of several problems reported together (every configuration problem of a folder at once). */
export interface ProblemDetail {
  message: string;
  hint?: string;
  location?: Location;
}

export class SchemagateError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly details: {
      location?: Location;
      hint?: string;
      cause?: unknown;
      statement?: string;
      problems?: ProblemDetail[];
      /** A failed migration's statements that ran in this run and stay applied (none when its transaction rolled back). */
      statementsApplied?: number;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'SchemagateError';
  }

  get location(): Location | undefined {
    return this.details.location;
  }

  get hint(): string | undefined {
    return this.details.hint;
  }
}

export const configError = (message: string, details: SchemagateError['details'] = {}) =>
  new SchemagateError('config', message, details);

/** Process exit codes, distinct per outcome so scripts can branch on them. */
export const EXIT_CODES: Record<FailureKind | 'ok', number> = {
  ok: 0,
  'migration-failed': 1,
  drift: 2,
  refused: 3,
  'lock-timeout': 4,
  config: 5,
  connection: 6,
  promotion: 7,
  unsafe: 8,
  internal: 9,
  // As a shell reports a process stopped by SIGINT (128 + 2).
  cancelled: 130,
};

/**
 * At most this many characters of a database's message are shown: a server echoes the
 * statement's text (a 2 MB literal, a file a symlink pointed at) and a job summary over 1 MiB is
 * rejected whole.
 */
export const MAX_MESSAGE_CHARS = 2000;

/** `text` cut to `max` characters, saying how much was left out. */
export function bounded(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters not shown)`;
}

/** The database's own error text, whatever shape the driver gave it, cut to a bounded length. */
export function databaseMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
  return bounded(text, MAX_MESSAGE_CHARS);
}
