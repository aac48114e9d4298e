import { randomUUID } from 'node:crypto';
import { DatabaseError, type Engine, type Executor, type LockWait, type RunOptions, type TransactionOptions } from '../engines/engine.js';
import { databaseMessage, SchemagateError } from '../errors.js';
import type { JournalKind, JournalRow, Migration, RunContext, Statement } from '../types.js';
import { batchFailureHint, batchJournalFields, continuedNote, runBatches, startingProgress } from './backfill.js';
import type { Emit, MigrationFailure } from './events.js';
import { attemptLockTimeoutMs, describeLockWait, withLockRetries, type LockRetry, type LockRetryPolicy } from './lock-retry.js';
import type { PendingItem } from './plan.js';
import { cancelledMigration, NEVER_STOPS, stopRequested } from './stop.js';
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
  /** A stop asked for from outside (core/stop.ts): no statement starts after it. */
  stop?: AbortSignal;
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
  stop: AbortSignal;
}

/**
 * How statements run under `ddlLocks`, and the retries counted as they are told: `retried` says
 * what a retry runs again (a migration, or a transaction-mode batch), the last lock wait is kept
 * for the failure's message (the last attempt may end before a look).
 */
function statementRun(
  engine: Engine,
  options: Pick<ApplyOptions, 'heartbeatMs' | 'stop'>,
  emit: Emit,
  ddlLocks: LockRetryPolicy,
  retried: () => { migration: Migration; whole: boolean; batchOf?: number },
): { run: StatementRun; retries: { count: number; lastWait: { statement?: Statement; wait?: LockWait } } } {
  const retries = { count: 0, lastWait: {} as { statement?: Statement; wait?: LockWait } };
  const run: StatementRun = {
    emit,
    heartbeatMs: options.heartbeatMs ?? HEARTBEAT_MS,
    watch: engine.watch ? () => engine.watch!() : undefined,
    ddlLocks,
    stop: options.stop ?? NEVER_STOPS,
    onLockRetry: ({ retry, delayMs, lockTimeoutMs, error }) => {
      retries.count += 1;
      const failed = error as StatementFailed;
      if (failed.lockWait) Object.assign(retries.lastWait, { statement: failed.statement, wait: failed.lockWait });
      emit({ type: 'lock-retry', ...retried(), statement: failed.statement, retry, retries: ddlLocks.retries, delayMs, lockTimeoutMs, wait: failed.lockWait });
    },
  };
  return { run, retries };
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
    // Recorded as this statement's failure: the journal says how far the migration got.
    if (run.stop.aborted) throw new StatementFailed(statement, statement.index - item.startAt, stopRequested(run.stop), null);
    const attempt = async (lockTimeoutMs: number | undefined) => {
      const seen = { lockWait: null as LockWait | null };
      // Inside a transaction the transaction bounds each statement's lock wait already.
      const own = options.retryEach && lockTimeoutMs !== undefined ? { lockTimeoutMs } : {};
      try {
        await executeWatched(executor, migration, statement, run, { options: own, lockWaitMs: lockTimeoutMs }, seen);
      } catch (error) {
        // Not the statement's failure: the engine's own (a journal write sent earlier in the same
        // transaction and answered only now), thrown as it is.
        if (error instanceof SchemagateError && error.kind !== 'connection') throw error;
        throw new StatementFailed(statement, statement.index - item.startAt, error, seen.lockWait);
      }
    };
    if (options.retryEach) await withLockRetries(run.ddlLocks, gaveUpOnLock, attempt, run.onLockRetry, { stop: run.stop });
    else await attempt(options.lockTimeoutMs);
    await afterEach(statement);
    run.emit({ type: 'statement', migration, statement, count: migration.statements.length });
  }
}

/** A COMMIT the database refused, as the failure of the migration's last statement: every statement had run, and the commit checked what they did. */
function refusedCommit(migration: Migration, error: unknown): StatementFailed | null {
  const last = migration.statements.at(-1);
  return error instanceof DatabaseError && error.atCommit && last ? new StatementFailed(last, 0, error, null) : null;
}

/** The failure of a statement that never got its lock, naming the lock and who held it. */
function lockTimeoutError(migration: Migration, error: StatementFailed, wait: LockWait | null, policy: LockRetryPolicy, atomic: boolean, line: number, withChunk: string): SchemagateError {
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
          ? `The migration was rolled back and recorded as failed.${withChunk} `
          : error.statementsApplied === 0
            ? 'No statement of it completed. '
            : 'The statements before it completed and stay applied; run again with `resume: true` (CLI: `--resume`) to continue from this one. ') +
        'Find out why the blocking session keeps its transaction open (an idle-in-transaction session, a long report or batch job), end it or run at a quieter time; ' +
        'or raise `ddl-lock-retries` (or, accepting that every query on the table queues behind the migration meanwhile, `ddl-lock-timeout`).',
      cause: error.original,
      statement: error.statement.sql,
      statementsApplied: atomic ? 0 : error.statementsApplied,
    },
  );
}

interface FailureContext {
  /** The attempt rolled back as a whole. */
  atomic: boolean;
  /** The attempt's row, finished now, with these fields. */
  finished: (fields: Partial<JournalRow>) => JournalRow;
  noTransaction: string | undefined;
  /** A batched backfill's progress (core/backfill.ts), or null. */
  backfill: ReturnType<typeof startingProgress> | null;
  lockRetries: number;
  /** The last lock wait seen by an attempt, and of which statement. */
  lastWait: { statement?: Statement; wait?: LockWait };
  ddlLocks: LockRetryPolicy;
  /** The migrations of the same transaction-mode batch chunk that ran before it and were rolled back with it. */
  rolledBack?: Migration[];
  /** Once asked to stop, a failure (the statement the database cancelled, or one not run) is the run's `cancelled` outcome. */
  stop: AbortSignal;
}

/** A failed statement: recorded as failed (outside any transaction) and thrown as the run's outcome, naming the statement and its line. */
async function recordFailure(engine: Engine, item: PendingItem, error: StatementFailed, context: FailureContext, emit: Emit): Promise<never> {
  const { migration } = item;
  const { atomic, finished, lockRetries, lastWait, ddlLocks, backfill: batch } = context;
  const withChunk = context.rolledBack?.length
    ? ` The ${context.rolledBack.length} migration(s) before it in the same transaction (transaction-mode batch: ${context.rolledBack.map((m) => m.id).join(', ')}) were rolled back with it and are pending again.`
    : '';
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
          ? `The transaction did not commit; run again once the database is reachable.${withChunk}`
          : 'Once the database is reachable, check whether that statement took effect, then run with `resume: true` (CLI: `--resume`; it re-runs that statement) or record the migration with mode `baseline`.',
        cause: error.original,
        statement: error.statement.sql,
        statementsApplied: atomic ? 0 : error.statementsApplied,
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
  if (context.stop.aborted) {
    const where = `${migration.file}:${failure.line}: statement ${failure.statementIndex + 1} of ${migration.statements.length}`;
    throw cancelledMigration(context.stop, where, { atomic, statementsApplied: error.statementsApplied, underlying: error.original }, { location: { file: migration.file, line: failure.line }, statement: failure.statement });
  }
  if (lockTimedOut) throw lockTimeoutError(migration, error, error.lockWait ?? (lastWait.statement === error.statement ? lastWait.wait! : null), ddlLocks, atomic, failure.line, withChunk);
  const atCommit = error.original instanceof DatabaseError && error.original.atCommit;
  throw new SchemagateError(
    'migration-failed',
    atCommit
      ? `${migration.file}:${failure.line}: the transaction's COMMIT, after all ${migration.statements.length} statement(s) ran, failed ` +
        `(a deferred constraint or a serialization conflict is checked there): ${failure.databaseMessage}`
      : `${migration.file}:${failure.line}: statement ${failure.statementIndex + 1} of ${migration.statements.length} failed: ${failure.databaseMessage}`,
    {
      location: { file: migration.file, line: failure.line },
      hint: (error.original instanceof DatabaseError && error.original.hint ? `${error.original.hint} ` : '') + (batch
        ? batchFailureHint(batch)
        : atomic
        ? error.original instanceof DatabaseError && error.original.needsNoTransaction
          ? `This statement cannot run inside a transaction: mark ${migration.file} with ${context.noTransaction ?? '-- schemagate:no-transaction'} so it runs statement by statement. The migration was rolled back and recorded as failed.${withChunk}`
          : `The migration was rolled back and recorded as failed; fix it and run again.${withChunk}`
        : error.statementsApplied === 0 && item.startAt === 0
          ? 'No statement of it completed; fix it and run again.'
          : 'The statements before it completed and stay applied; fix the failing statement and run again with `resume: true` (CLI: `--resume`), or record it with mode `baseline`.'),
      cause: error.original,
      statement: failure.statement,
      statementsApplied: atomic ? 0 : error.statementsApplied,
    },
  );
}

/** How a migration runs here: a batched backfill, one transaction with its journal row, or statement by statement. */
function pathOf(engine: Engine, migration: Migration): 'batches' | 'transaction' | 'statements' {
  if (migration.batch) return 'batches';
  return migration.transactional && engine.transactions ? 'transaction' : 'statements';
}

/** An attempt's first row, `running`, as applyMigration writes it before anything runs. */
function startingRow(engine: Engine, item: PendingItem, context: RunContext, startedAt: Date): JournalRow {
  const { migration } = item;
  // A batched backfill counts on from where its last attempt stopped (core/backfill.ts).
  const batch = migration.batch ? startingProgress(item) : null;
  return newAttempt(migration, migration.kind, context, startedAt, {
    // What the next plan must know: whether this attempt rolls back as a whole if it fails.
    transactional: migration.transactional && engine.transactions !== undefined,
    outOfOrder: item.outOfOrder,
    note: item.reason !== 'resume' ? null : batch ? continuedNote(batch) : `resumed at statement ${item.startAt + 1}`,
    ...(batch ? batchJournalFields(batch) : {}),
  });
}

/**
 * A migration's `applied` row and the next migration's `running` row are written together, so
 * each migration costs one journal write (and, in a transaction, one commit) instead of two:
 * - both statement by statement, where the engine has `writeAttempts`: in one atomic request.
 *   That write is where the first one's `applied` row would go alone, and nothing runs between
 *   it and the second one's first statement, so a kill leaves exactly what it left before:
 *   before the write, the first attempt `running` with its last statement in doubt; after it,
 *   the first applied and the second `running` with nothing run.
 * - both in a transaction: the second one's `running` row commits with the first migration, so
 *   it is durable before the second one starts, as its own commit made it before. A kill before
 *   that commit rolls both rows back (the first attempt stays `running` from its own start: an
 *   interrupted transaction, retried); after it, the second one is `running` with nothing run,
 *   as a kill between its own running row and its transaction left it. If the first one fails
 *   or rolls back, the second never starts, and neither does its row.
 */
export interface Handoff {
  /** This migration's `running` row, already written with the previous migration's `applied` row. */
  started?: JournalRow;
  /** The migration that runs next: its `running` row goes with this one's `applied` row where both run the same way (see above). */
  next?: PendingItem;
}

type AttemptEntry = { row: JournalRow; migration: Migration };

/** Several attempts' rows in one write where the executor has one, else one after another. */
async function writeAttempts(executor: Executor, entries: AttemptEntry[]): Promise<void> {
  if (entries.length > 1 && executor.writeAttempts) return executor.writeAttempts(entries);
  for (const { row, migration } of entries) await executor.writeAttempt(row, migration);
}

/** A transaction-path migration's first attempt, as TransactionOptions.next names it. */
function firstAttempt(item: PendingItem, ddlLocks: LockRetryPolicy): NonNullable<TransactionOptions['next']> {
  const lockTimeoutMs = attemptLockTimeoutMs(ddlLocks, 0);
  return { statements: item.migration.statements.slice(item.startAt), ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }) };
}

function handsOff(engine: Engine, current: Migration, next: PendingItem | undefined): next is PendingItem {
  if (next === undefined) return false;
  const path = pathOf(engine, current);
  if (path !== pathOf(engine, next.migration)) return false;
  return path === 'transaction' || (path === 'statements' && engine.writeAttempts !== undefined);
}

export async function applyMigration(
  engine: Engine,
  item: PendingItem,
  position: { index: number; total: number },
  options: ApplyOptions,
  emit: Emit,
  handoff: Handoff = {},
): Promise<AppliedResult & { handedOff?: JournalRow }> {
  const { migration } = item;
  const now = options.now ?? (() => new Date());
  const ddlLocks = options.ddlLocks ?? { timeoutMs: 0, retries: 0 };
  const path = pathOf(engine, migration);
  const transactions = path === 'transaction' ? engine.transactions : undefined;
  const batch = migration.batch ? startingProgress(item) : null;
  const attempt = handoff.started ?? startingRow(engine, item, options.context, now());
  const atomic = attempt.transactional;
  const started = attempt.startedAt;
  const finished = (fields: Partial<JournalRow>): JournalRow => {
    const at = now();
    return { ...attempt, finishedAt: at, durationMs: at.getTime() - started.getTime(), ...fields };
  };
  let handedOff: JournalRow | undefined;
  const { run, retries } = statementRun(engine, options, emit, ddlLocks, () => ({ migration, whole: atomic }));
  const succeeded = () => finished({ status: 'applied', statementsApplied: migration.statements.length - item.startAt, lockRetries: retries.count });

  emit({ type: 'migration-start', migration, ...position, startAt: item.startAt, atomic });
  try {
    // The running row is written before any statement runs and outside the transaction (the
    // engine may send it with the transaction's start): a crash leaves a visible trace.
    if (!handoff.started && path !== 'transaction') await engine.writeAttempt(attempt, migration);
    let runningRow: TransactionOptions['started'] = handoff.started ? undefined : { row: attempt, migration };
    const handingOff = handsOff(engine, migration, handoff.next) ? handoff.next : undefined;
    // This one's applied row, with the next migration's running row made at the same time.
    const appliedRows = (): AttemptEntry[] => {
      const rows = [{ row: succeeded(), migration }];
      if (!handingOff) return rows;
      handedOff = startingRow(engine, handingOff, options.context, now());
      return [...rows, { row: handedOff, migration: handingOff.migration }];
    };
    if (batch) {
      await runBatches(engine, item, { attempt, progress: batch, finished, fail: (statement, error) => new StatementFailed(statement, 0, error, null), reportEveryMs: run.heartbeatMs, now: () => now().getTime(), stop: run.stop }, emit);
    } else if (transactions) {
      // A migration that gave up on a lock is rolled back whole and run again.
      await withLockRetries(ddlLocks, gaveUpOnLock, (lockTimeoutMs) => {
        // The running row once: a retry runs the transaction again under the same attempt.
        const first = runningRow;
        runningRow = undefined;
        return transactions.transaction(async (tx) => {
          await runStatements(tx, item, run, { retryEach: false, ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }) }, async () => {});
          await writeAttempts(tx, appliedRows());
        }, {
          ...(first ? { started: first } : {}),
          statements: migration.statements.slice(item.startAt),
          ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }),
          // The next migration's first attempt, which the engine may start behind this commit.
          ...(handingOff ? { next: firstAttempt(handingOff, ddlLocks) } : {}),
        });
      }, run.onLockRetry, { stop: run.stop });
    } else {
      const last = migration.statements.length - 1;
      // The last statement's completion is recorded by the applied row that follows; a kill
      // between the two leaves the attempt running with that statement in doubt, as a kill just
      // after any statement and before its progress row does: never recorded as done when not.
      await runStatements(engine, item, run, { retryEach: true }, async (statement) => {
        if (statement.index === last) return;
        await engine.writeStatement({
          attemptId: attempt.attemptId,
          migrationId: migration.id,
          statementIndex: statement.index,
          statementHash: statement.hash,
          finishedAt: now(),
        });
      });
      await writeAttempts(engine, appliedRows());
    }
  } catch (error) {
    const failed = refusedCommit(migration, error) ?? error;
    if (!(failed instanceof StatementFailed)) throw failed;
    return recordFailure(engine, item, failed, { atomic, finished, noTransaction: options.noTransaction, backfill: batch, lockRetries: retries.count, lastWait: retries.lastWait, ddlLocks, stop: run.stop }, emit);
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
    ...(handedOff ? { handedOff } : {}),
  };
}

/**
 * How many statements one batch transaction may hold. Each statement's locks stay held until the
 * commit, and the server's shared lock table has room for max_locks_per_transaction (64 by
 * default) × connections: one transaction of ~1550 CREATE TABLE + CREATE INDEX migrations
 * exhausts it on a default server. 1000 statements stays well inside that.
 */
export const BATCH_CHUNK_STATEMENTS = 1000;

/**
 * Pure: the pending migrations cut into the transactions of `transaction-mode: batch`, in order.
 * A chunk holds whole migrations and at most `maxStatements` statements (a larger migration is a
 * chunk of its own); a migration that runs outside a transaction, or a batched backfill (which
 * commits batch by batch), is a chunk of its own; a migration that `commitsAfter` says makes
 * what later ones can use only once committed (a new enum value) ends its chunk.
 */
export function batchChunks(items: PendingItem[], maxStatements: number, commitsAfter: (migration: Migration) => boolean = () => false): PendingItem[][] {
  const chunks: PendingItem[][] = [];
  let current: PendingItem[] = [];
  let statements = 0;
  const close = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
    statements = 0;
  };
  for (const item of items) {
    const size = item.migration.statements.length - item.startAt;
    if (!item.migration.transactional || item.migration.batch) {
      close();
      chunks.push([item]);
      continue;
    }
    if (statements + size > maxStatements) close();
    current.push(item);
    statements += size;
    if (commitsAfter(item.migration)) close();
  }
  close();
  return chunks;
}

/**
 * `transaction-mode: batch`: the migrations of one chunk and their applied rows in one
 * transaction, all or none. Nothing is written before it (no running rows): a kill or a lost
 * connection rolls the whole chunk back and leaves the journal as it was, and a failing statement
 * rolls it back too, after which only the failing migration is recorded, as failed.
 */
export async function applyChunk(
  engine: Engine,
  items: PendingItem[],
  position: { index: number; total: number },
  options: ApplyOptions,
  emit: Emit,
): Promise<AppliedResult[]> {
  const transactions = engine.transactions;
  if (!transactions) throw new Error('a batch needs an engine with transactions');
  const now = options.now ?? (() => new Date());
  const ddlLocks = options.ddlLocks ?? { timeoutMs: 0, retries: 0 };
  let running: { item: PendingItem; attempt: JournalRow } | null = null;
  const { run, retries } = statementRun(engine, options, emit, ddlLocks, () => ({ migration: running!.item.migration, whole: true, batchOf: items.length }));
  let results: AppliedResult[] = [];
  try {
    // A statement that gave up on its lock rolled the whole chunk back, every migration in it
    // (nothing of it was written): the chunk runs again from its first migration, as a
    // transactional migration does alone.
    await withLockRetries(ddlLocks, gaveUpOnLock, (lockTimeoutMs) => {
      results = [];
      return transactions.transaction(async (tx) => {
        const appliedRows: AttemptEntry[] = [];
        for (const [offset, item] of items.entries()) {
          const { migration } = item;
          const attempt = newAttempt(migration, migration.kind, options.context, now(), { transactional: true, outOfOrder: item.outOfOrder });
          running = { item, attempt };
          emit({ type: 'migration-start', migration, index: position.index + offset, total: position.total, startAt: item.startAt, atomic: true });
          await runStatements(tx, item, run, { retryEach: false, ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }) }, async () => {});
          const at = now();
          const durationMs = at.getTime() - attempt.startedAt.getTime();
          appliedRows.push({ row: { ...attempt, status: 'applied', finishedAt: at, durationMs, statementsApplied: migration.statements.length - item.startAt, lockRetries: retries.count }, migration });
          results.push({ migrationId: migration.id, file: migration.file, kind: migration.kind, status: 'applied', durationMs, statementsRun: migration.statements.length - item.startAt, outOfOrder: item.outOfOrder });
        }
        // After every statement, in the same transaction: the statements were sent ahead, and a
        // journal write between them would be answered only behind all of them.
        await writeAttempts(tx, appliedRows);
      }, { statements: items.flatMap((item) => item.migration.statements.slice(item.startAt)), ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }) });
    }, run.onLockRetry, { stop: run.stop });
  } catch (error) {
    const failed = running as { item: PendingItem; attempt: JournalRow } | null;
    // A refused COMMIT is told as the last migration's: the message says it was the commit, and names the chunk rolled back with it.
    const statementFailed = (failed && refusedCommit(failed.item.migration, error)) ?? error;
    if (!(statementFailed instanceof StatementFailed) || !failed) throw statementFailed;
    const rolledBack = items.slice(0, items.indexOf(failed.item)).map((i) => i.migration);
    const finished = (fields: Partial<JournalRow>): JournalRow => {
      const at = now();
      return { ...failed.attempt, finishedAt: at, durationMs: at.getTime() - failed.attempt.startedAt.getTime(), ...fields };
    };
    return recordFailure(engine, failed.item, statementFailed, { atomic: true, finished, noTransaction: options.noTransaction, backfill: null, lockRetries: retries.count, lastWait: retries.lastWait, ddlLocks, rolledBack, stop: run.stop }, emit);
  }
  // Applied only now that the chunk has committed.
  for (const [offset, result] of results.entries()) emit({ type: 'migration-done', migration: items[offset]!.migration, durationMs: result.durationMs });
  return results;
}
