import { randomUUID } from 'node:crypto';
import { DatabaseError, type Engine, type Executor, type LockWait, type RunOptions } from '../engines/engine.js';
import { databaseMessage, SchemagateError } from '../errors.js';
import type { JournalKind, JournalRow, Migration, RunContext, Statement } from '../types.js';
import { batchFailureHint, batchJournalFields, continuedNote, runBatches, startingProgress } from './backfill.js';
import type { Emit, MigrationFailure } from './events.js';
import { attemptLockTimeoutMs, describeLockWait, withLockRetries, type LockRetry, type LockRetryPolicy } from './lock-retry.js';
import type { PendingItem } from './plan.js';
import { executeWatched, type Watching } from './watch.js';

/**
 * The engine-agnostic apply loop. Engines with transactions run each migration and its journal
 * row in one transaction; otherwise (ClickHouse, or a migration that opts out) statements run
 * one by one and each completed statement is journaled, so a failure says exactly how far it got.
 */

export interface AppliedResult {
  migrationId: string;
  file: string;
  kind: JournalKind;
  status: 'applied' | 'failed' | 'baselined';
  durationMs: number;
  statementsRun: number;
  outOfOrder: boolean;
}

export interface ApplyOptions {
  context: RunContext;
  now?: () => Date;
  /** How often a still-running statement logs that it is running (default HEARTBEAT_MS). */
  heartbeatMs?: number;
  /** The folder layout's marker for running a file outside a transaction (goose's `-- +goose NO TRANSACTION`...). */
  noTransaction?: string;
  /** Bounded lock waits and their retries (inputs `ddl-lock-timeout`, `ddl-lock-retries`); default: unbounded, none. */
  ddlLocks?: LockRetryPolicy;
}

/** Where the database points in the statement, as a line of the file. */
export function failureLine(statement: Statement, error: unknown): number {
  const position = error instanceof DatabaseError ? error.position : undefined;
  if (position === undefined) return statement.line;
  return statement.line + (statement.sql.slice(0, position - 1).match(/\n/g)?.length ?? 0);
}

export function newAttempt(
  migration: Migration,
  kind: JournalKind,
  context: RunContext,
  startedAt: Date,
  fields: Partial<JournalRow> = {},
): JournalRow {
  return {
    attemptId: randomUUID(),
    migrationId: migration.id,
    name: migration.name,
    kind,
    checksum: migration.checksum,
    checksumAlgorithm: migration.checksumAlgorithm,
    status: 'running',
    startedAt,
    finishedAt: null,
    durationMs: null,
    statementCount: migration.statements.length,
    statementsApplied: 0,
    transactional: migration.transactional,
    error: null,
    errorStatementIndex: null,
    errorLine: null,
    outOfOrder: false,
    note: null,
    lockRetries: 0,
    ...context,
    ...fields,
  };
}

/** Engines report a lost connection (the statement may have run) as a `connection` error. */
const isConnectionLoss = (error: unknown) => error instanceof SchemagateError && error.kind === 'connection';

class StatementFailed extends Error {
  constructor(
    readonly statement: Statement,
    readonly statementsApplied: number,
    readonly original: unknown,
    /** The lock the statement was last seen waiting for, and who held it. */
    readonly lockWait: LockWait | null,
  ) {
    super(databaseMessage(original));
  }
}

const gaveUpOnLock = (error: unknown) =>
  error instanceof StatementFailed && error.original instanceof DatabaseError && error.original.lockNotAvailable;

/** How often a statement that is still running says so. */
export const HEARTBEAT_MS = 10_000;

/** How each statement of one migration runs and is watched. */
interface StatementRun extends Watching {
  ddlLocks: LockRetryPolicy;
  onLockRetry: (retry: LockRetry) => void;
}

/**
 * Runs the migration's statements from `item.startAt`. Inside a transaction the caller retries
 * the whole transaction; outside one (`retryEach`) only a statement that gave up on its lock is
 * run again, so a completed statement never runs twice.
 */
async function runStatements(
  executor: Executor,
  item: PendingItem,
  run: StatementRun,
  options: RunOptions & { retryEach: boolean },
  afterEach: (statement: Statement) => Promise<void>,
): Promise<void> {
  const { migration } = item;
  for (const statement of migration.statements.slice(item.startAt)) {
    const attempt = async (lockTimeoutMs: number | undefined) => {
      const seen = { lockWait: null as LockWait | null };
      // Inside a transaction the transaction bounds each statement's lock wait already.
      const own = options.retryEach && lockTimeoutMs !== undefined ? { lockTimeoutMs } : {};
      try {
        await executeWatched(executor, migration, statement, run, { options: own, lockWaitMs: lockTimeoutMs }, seen);
      } catch (error) {
        throw new StatementFailed(statement, statement.index - item.startAt, error, seen.lockWait);
      }
    };
    if (options.retryEach) await withLockRetries(run.ddlLocks, gaveUpOnLock, attempt, run.onLockRetry);
    else await attempt(options.lockTimeoutMs);
    await afterEach(statement);
    run.emit({ type: 'statement', migration, statement, count: migration.statements.length });
  }
}

/** The failure of a statement that never got its lock, naming the lock and who held it. */
function lockTimeoutError(migration: Migration, error: StatementFailed, wait: LockWait | null, policy: LockRetryPolicy, atomic: boolean, line: number): SchemagateError {
  const attempts = policy.retries + 1;
  const waited = attemptLockTimeoutMs(policy, policy.retries);
  const within = waited === undefined ? '' : ` within ${waited / 1000} s`;
  const held = wait
    ? `it waited for ${describeLockWait(wait)}`
    : 'its wait ended before a second connection could see who held the lock';
  return new SchemagateError(
    'lock-timeout',
    `${migration.file}:${line}: statement ${error.statement.index + 1} of ${migration.statements.length} could not get its lock${within}, ` +
      `${attempts} attempt${attempts === 1 ? '' : 's'}: ${held} (${databaseMessage(error.original)}).`,
    {
      location: { file: migration.file, line },
      hint:
        (atomic
          ? 'The migration was rolled back and recorded as failed. '
          : error.statementsApplied === 0
            ? 'No statement of it completed. '
            : 'The statements before it completed and stay applied; run again with `resume: true` (CLI: `--resume`) to continue from this one. ') +
        'Find out why the blocking session keeps its transaction open (an idle-in-transaction session, a long report or batch job), end it or run at a quieter time; ' +
        'or raise `ddl-lock-retries` (or, accepting that every query on the table queues behind the migration meanwhile, `ddl-lock-timeout`).',
      cause: error.original,
      statement: error.statement.sql,
    },
  );
}

export async function applyMigration(
  engine: Engine,
  item: PendingItem,
  position: { index: number; total: number },
  options: ApplyOptions,
  emit: Emit,
): Promise<AppliedResult> {
  const { migration } = item;
  const now = options.now ?? (() => new Date());
  const ddlLocks = options.ddlLocks ?? { timeoutMs: 0, retries: 0 };
  const started = now();
  const transactions = migration.transactional ? engine.transactions : undefined;
  const atomic = transactions !== undefined;
  // A batched backfill counts on from where its last attempt stopped (core/backfill.ts).
  const batch = migration.batch ? startingProgress(item) : null;
  const attempt = newAttempt(migration, migration.kind, options.context, started, {
    // What the next plan must know: whether this attempt rolls back as a whole if it fails.
    transactional: atomic,
    outOfOrder: item.outOfOrder,
    note: item.reason !== 'resume' ? null : batch ? continuedNote(batch) : `resumed at statement ${item.startAt + 1}`,
    ...(batch ? batchJournalFields(batch) : {}),
  });
  const finished = (fields: Partial<JournalRow>): JournalRow => {
    const at = now();
    return { ...attempt, finishedAt: at, durationMs: at.getTime() - started.getTime(), ...fields };
  };
  const recordSuccess = async (executor: Executor) => {
    await executor.writeAttempt(finished({ status: 'applied', statementsApplied: migration.statements.length - item.startAt, lockRetries }), migration);
  };
  let lockRetries = 0;
  // The last lock wait seen by an attempt, and of which statement: the last attempt may end before a look.
  const lastWait: { statement?: Statement; wait?: LockWait } = {};
  const run: StatementRun = {
    emit,
    heartbeatMs: options.heartbeatMs ?? HEARTBEAT_MS,
    watch: engine.watch ? () => engine.watch!() : undefined,
    ddlLocks,
    onLockRetry: ({ retry, delayMs, lockTimeoutMs, error }) => {
      lockRetries += 1;
      const failed = error as StatementFailed;
      if (failed.lockWait) Object.assign(lastWait, { statement: failed.statement, wait: failed.lockWait });
      emit({ type: 'lock-retry', migration, statement: failed.statement, retry, retries: ddlLocks.retries, delayMs, lockTimeoutMs, whole: atomic, wait: failed.lockWait });
    },
  };

  emit({ type: 'migration-start', migration, ...position, startAt: item.startAt, atomic });
  // Written before any statement runs and outside the transaction: a crash leaves a visible trace.
  await engine.writeAttempt(attempt, migration);
  try {
    if (batch) {
      await runBatches(engine, item, { attempt, progress: batch, finished, fail: (statement, error) => new StatementFailed(statement, 0, error, null), reportEveryMs: run.heartbeatMs, now: () => now().getTime() }, emit);
    } else if (transactions) {
      // A migration that gave up on a lock is rolled back whole and run again.
      await withLockRetries(ddlLocks, gaveUpOnLock, (lockTimeoutMs) =>
        transactions.transaction(async (tx) => {
          await runStatements(tx, item, run, { retryEach: false, ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }) }, async () => {});
          await recordSuccess(tx);
        }, lockTimeoutMs === undefined ? {} : { lockTimeoutMs }),
      run.onLockRetry);
    } else {
      await runStatements(engine, item, run, { retryEach: true }, (statement) =>
        engine.writeStatement({
          attemptId: attempt.attemptId,
          migrationId: migration.id,
          statementIndex: statement.index,
          statementHash: statement.hash,
          finishedAt: now(),
        }),
      );
      await recordSuccess(engine);
    }
  } catch (error) {
    if (!(error instanceof StatementFailed)) throw error;
    if (isConnectionLoss(error.original)) {
      // The statement may have run: the attempt stays "running" (interrupted, outcome unknown)
      // so the next plan asks for a decision instead of re-running anything silently.
      const line = error.statement.line;
      throw new SchemagateError(
        'connection',
        `${migration.file}:${line}: the connection was lost during statement ${error.statement.index + 1} of ` +
          `${migration.statements.length}; it may or may not have completed: ${databaseMessage(error.original)}`,
        {
          location: { file: migration.file, line },
          hint: atomic
            ? 'The transaction did not commit; run again once the database is reachable.'
            : 'Once the database is reachable, check whether that statement took effect, then run with `resume: true` (CLI: `--resume`; it re-runs that statement) or record the migration with mode `baseline`.',
          cause: error.original,
          statement: error.statement.sql,
        },
      );
    }
    // A batch is not run under the lock retries (core/backfill.ts): its lock failure is an ordinary one.
    const lockTimedOut = !batch && gaveUpOnLock(error);
    const failure: MigrationFailure = {
      migrationId: migration.id,
      file: migration.file,
      statementIndex: error.statement.index,
      line: failureLine(error.statement, error.original),
      statement: error.statement.sql,
      databaseMessage: error.message,
    };
    await engine.writeAttempt(
      finished({
        status: 'failed',
        statementsApplied: atomic ? 0 : error.statementsApplied,
        error: failure.databaseMessage,
        errorStatementIndex: failure.statementIndex,
        errorLine: failure.line,
        lockRetries,
        ...(batch ? batchJournalFields(batch) : {}),
      }),
      migration,
    );
    emit({ type: 'migration-failed', migration, error: failure });
    if (lockTimedOut) throw lockTimeoutError(migration, error, error.lockWait ?? (lastWait.statement === error.statement ? lastWait.wait! : null), ddlLocks, atomic, failure.line);
    throw new SchemagateError(
      'migration-failed',
      `${migration.file}:${failure.line}: statement ${failure.statementIndex + 1} of ` +
        `${migration.statements.length} failed: ${failure.databaseMessage}`,
      {
        location: { file: migration.file, line: failure.line },
        hint: (error.original instanceof DatabaseError && error.original.hint ? `${error.original.hint} ` : '') + (batch
          ? batchFailureHint(batch)
          : atomic
          ? error.original instanceof DatabaseError && error.original.needsNoTransaction
            ? `This statement cannot run inside a transaction: mark ${migration.file} with ${options.noTransaction ?? '-- schemagate:no-transaction'} so it runs statement by statement. The migration was rolled back and recorded as failed.`
            : 'The migration was rolled back and recorded as failed; fix it and run again.'
          : error.statementsApplied === 0 && item.startAt === 0
            ? 'No statement of it completed; fix it and run again.'
            : 'The statements before it completed and stay applied; fix the failing statement and run again with `resume: true` (CLI: `--resume`), or record it with mode `baseline`.'),
        cause: error.original,
        statement: failure.statement,
      },
    );
  }
  const durationMs = now().getTime() - started.getTime();
  emit({ type: 'migration-done', migration, durationMs });
  return {
    migrationId: migration.id,
    file: migration.file,
    kind: migration.kind,
    status: 'applied',
    durationMs,
    statementsRun: migration.statements.length - item.startAt,
    outOfOrder: item.outOfOrder,
  };
}
