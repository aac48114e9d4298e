import { MODES, type Mode } from '../config/index.js';
import { bounded, databaseMessage, MAX_MESSAGE_CHARS, SchemagateError, type FailureKind, type Location, type ProblemDetail } from '../errors.js';
import type { Difference } from '../types.js';
import type { AppliedResult } from './apply.js';
import type { Plan } from './plan.js';
import type { GateRow } from './promotion.js';
import type { SafetyReport } from './safety.js';

/**
 * The result model of one run: what the reporters render. Every run, even one that fails
 * before it starts, ends in an Outcome; it is built once, from the parts of the run, and never
 * changed afterwards.
 */

export interface Verification {
  snapshot: string;
  differences: Array<Difference & { line: number }>;
  /** Tables, views and (Postgres) enums the snapshot states. */
  objectsChecked: number;
  /** The schemas the snapshot places its objects in, when the target has no object in any of them ('' for ClickHouse's one database). */
  absentSchemas?: string[];
}

export interface OutcomeError {
  kind: FailureKind;
  message: string;
  hint?: string;
  location?: Location;
  /** Every problem when several were found at once (a folder's configuration problems). */
  problems?: ProblemDetail[];
  /** The failure happened in the replay on an embedded database, not on the target. */
  fromReplay?: boolean;
  /** The SQL of the statement that failed, when one did. */
  statement?: string;
}

/** What a run found and did on one database; each part is absent when the run did not get there. */
export interface RunParts {
  plan: Plan | null;
  applied: AppliedResult[];
  verification: Verification | null;
  snapshotWritten: string | null;
  /** What the earlier environment has applied, for each pending migration (promotion gate). */
  promotion: { environment: string; rows: GateRow[] } | null;
  /** Why an apply that should verify could not (no snapshot found), or why a snapshot written may not be the migrations' schema (some not applied on the target); null otherwise. */
  unverified: string | null;
  /** The safety rules' findings on the pending migrations (and the rehearsal), unless `lint: off`. */
  safety: SafetyReport | null;
}

export interface Outcome extends Readonly<RunParts> {
  readonly mode: Mode;
  readonly engine: string;
  readonly target: string;
  readonly migrations: string;
  /** The layout the migrations folder was read as (`plain`, `goose`, `prisma`...). */
  readonly layout: string | null;
  readonly status: 'ok' | FailureKind;
  /** The same migrations applied from empty on an embedded database (input `replay`). */
  readonly replay: Outcome | null;
  readonly error: OutcomeError | null;
  readonly durationMs: number;
}

export const NO_PARTS: RunParts = { plan: null, applied: [], verification: null, snapshotWritten: null, promotion: null, unverified: null, safety: null };

/** A failure with what the run had done before it: a failed apply still reports what it applied. */
export class PartialFailure extends Error {
  constructor(
    readonly parts: RunParts,
    readonly failure: unknown,
  ) {
    super(databaseMessage(failure));
  }
}

/** A failing statement is shown up to this size: the summary and outputs stay far below GitHub's 1 MiB. */
export const MAX_STATEMENT_CHARS = 8000;

/**
 * Anything that is not a SchemagateError reached the top without an engine or loader
 * explaining it: a bug. It is reported as `internal`, with the JavaScript detail in the hint
 * only, so the message never reads like a database's or a user's mistake.
 */
export function internalError(error: unknown): SchemagateError {
  const name = error instanceof Error ? error.name : typeof error;
  return new SchemagateError('internal', 'schemagate stopped on an internal error (a bug in schemagate, not in your migrations or inputs).', {
    hint: `Report it with this detail: ${name}: ${databaseMessage(error).replace(/\s*\n\s*/g, ' ')}`,
    cause: error,
  });
}

export function failureOf(error: unknown): OutcomeError {
  const failure = error instanceof SchemagateError ? error : internalError(error);
  return {
    kind: failure.kind,
    message: bounded(failure.message, MAX_MESSAGE_CHARS * 2),
    ...(failure.hint ? { hint: bounded(failure.hint, MAX_MESSAGE_CHARS) } : {}),
    ...(failure.location ? { location: failure.location } : {}),
    ...(failure.details.statement ? { statement: bounded(failure.details.statement, MAX_STATEMENT_CHARS) } : {}),
    ...(failure.details.problems ? { problems: failure.details.problems } : {}),
  };
}

/** The target holds nothing where the snapshot's objects live: most likely the migrations build another database or schema. */
function elsewhereHint(schemas: string[]): string {
  const named = schemas.filter(Boolean);
  const where = named.length > 0 ? `no object in ${named.join(', ')}, where the snapshot places its objects` : "none of the snapshot's objects, nor any other";
  return `The target has ${where}: check that it is the database the migrations build (migrations that name \`db.table\` build that database; point the ClickHouse URL's database, or the Postgres \`schema\`, there). See the summary for every difference.`;
}

export function driftError(verification: Verification | null): OutcomeError | null {
  const errors = verification?.differences.filter((d) => d.severity === 'error') ?? [];
  if (errors.length === 0) return null;
  return {
    kind: 'drift',
    message: `${errors.length} difference${errors.length === 1 ? '' : 's'} from ${verification!.snapshot}`,
    hint: verification!.absentSchemas ? elsewhereHint(verification!.absentSchemas) : 'The live schema does not match the expected snapshot; see the summary for every difference.',
  };
}

export interface OutcomeHead {
  mode: Mode;
  engine: string;
  target: string;
  migrations: string;
  layout: string | null;
}

export function buildOutcome(head: OutcomeHead, parts: RunParts, extra: { replay?: Outcome | null; error?: OutcomeError | null; durationMs?: number } = {}): Outcome {
  const error = extra.error ?? null;
  return { ...head, ...parts, replay: extra.replay ?? null, error, status: error?.kind ?? 'ok', durationMs: extra.durationMs ?? 0 };
}

/** An outcome before anything has happened; every run, even one that never starts, has one. */
export function blankOutcome(mode: Mode, target: string, migrations: string): Outcome {
  return buildOutcome({ mode, engine: 'unknown', target, migrations, layout: null }, NO_PARTS);
}

/** The outcome of a run that failed before it could start (bad inputs), so it is still reported. */
export function earlyFailure(mode: string, error: unknown): Outcome {
  const known = (MODES as readonly string[]).includes(mode) ? (mode as Mode) : 'plan';
  return buildOutcome({ mode: known, engine: 'unknown', target: '', migrations: '', layout: null }, NO_PARTS, { error: failureOf(error) });
}
