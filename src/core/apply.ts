import { randomUUID } from 'node:crypto';
import { DatabaseError, type Engine, type Executor } from '../engines/engine.js';
import { databaseMessage, SchemagateError } from '../errors.js';
import type { JournalKind, JournalRow, Migration, RunContext, Statement } from '../types.js';
import type { Emit, MigrationFailure } from './events.js';
import type { PendingItem } from './plan.js';

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
  ) {
    super(databaseMessage(original));
  }
}

/** How often a statement that is still running says so. */
export const HEARTBEAT_MS = 10_000;

/** Runs one statement, logging every HEARTBEAT_MS while it runs so a long backfill is visible. */
async function executeWithHeartbeat(executor: Executor, migration: Migration, statement: Statement, emit: Emit, every: number): Promise<void> {
  const started = Date.now();
  const timer = setInterval(() => emit({ type: 'statement-running', migration, statement, elapsedMs: Date.now() - started }), every);
  try {
    await executor.execute(statement);
  } finally {
    clearInterval(timer);
  }
}

async function runStatements(
  executor: Executor,
  item: PendingItem,
  emit: Emit,
  heartbeatMs: number,
  afterEach: (statement: Statement) => Promise<void>,
): Promise<void> {
  const { migration } = item;
  for (const statement of migration.statements.slice(item.startAt)) {
    try {
      await executeWithHeartbeat(executor, migration, statement, emit, heartbeatMs);
    } catch (error) {
      throw new StatementFailed(statement, statement.index - item.startAt, error);
    }
    await afterEach(statement);
    emit({ type: 'statement', migration, statement, count: migration.statements.length });
  }
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
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const started = now();
  const transactions = migration.transactional ? engine.transactions : undefined;
  const atomic = transactions !== undefined;
  const attempt = newAttempt(migration, migration.kind, options.context, started, {
    // What the next plan must know: whether this attempt rolls back as a whole if it fails.
    transactional: atomic,
    outOfOrder: item.outOfOrder,
    note: item.reason === 'resume' ? `resumed at statement ${item.startAt + 1}` : null,
  });
  const finished = (fields: Partial<JournalRow>): JournalRow => {
    const at = now();
    return { ...attempt, finishedAt: at, durationMs: at.getTime() - started.getTime(), ...fields };
  };
  const recordSuccess = async (executor: Executor) => {
    await executor.writeAttempt(finished({ status: 'applied', statementsApplied: migration.statements.length - item.startAt }), migration);
  };

  emit({ type: 'migration-start', migration, ...position, startAt: item.startAt, atomic });
  try {
    // The running row is written before any statement runs and outside the transaction (the
    // engine may send it with the transaction's start): a crash leaves a visible trace.
    if (transactions) {
      await transactions.transaction(async (tx) => {
        await runStatements(tx, item, emit, heartbeatMs, async () => {});
        await recordSuccess(tx);
      }, { started: { row: attempt, migration } });
    } else {
      await engine.writeAttempt(attempt, migration);
      const last = migration.statements.length - 1;
      // The last statement's completion is recorded by the applied row that follows; a kill
      // between the two leaves the attempt running with that statement in doubt, as a kill just
      // after any statement and before its progress row does: never recorded as done when not.
      await runStatements(engine, item, emit, heartbeatMs, async (statement) => {
        if (statement.index === last) return;
        await engine.writeStatement({
          attemptId: attempt.attemptId,
          migrationId: migration.id,
          statementIndex: statement.index,
          statementHash: statement.hash,
          finishedAt: now(),
        });
      });
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
      }),
      migration,
    );
    emit({ type: 'migration-failed', migration, error: failure });
    throw new SchemagateError(
      'migration-failed',
      `${migration.file}:${failure.line}: statement ${failure.statementIndex + 1} of ` +
        `${migration.statements.length} failed: ${failure.databaseMessage}`,
      {
        location: { file: migration.file, line: failure.line },
        hint: (error.original instanceof DatabaseError && error.original.hint ? `${error.original.hint} ` : '') + (atomic
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
