import { setTimeout as sleep } from 'node:timers/promises';
import { stopRequested } from './stop.js';
import { DatabaseError, type Batches, type Engine } from '../engines/engine.js';
import { configError, databaseMessage } from '../errors.js';
import type { JournalRow, Migration, Statement } from '../types.js';
import type { Emit } from './events.js';
import type { PendingItem } from './plan.js';

/**
 * A batched backfill (`-- schemagate:batch`, field story 3): the file's one statement changes at
 * most N rows per execution and only rows still to change, so it runs again and again, each
 * execution in its own short transaction together with the journal row's progress, until an
 * execution changes no rows; that last one records the migration as applied. A kill never loses
 * a committed batch's count and never repeats its work: the next run continues (the statement
 * selects what is left), adding to the rows done so far.
 */

/** What the journal knows of a backfill: rows changed and batches committed, over every attempt. */
export interface BatchProgress {
  rowsDone: number;
  batches: number;
}

/** Where a backfill starts: where its interrupted or failed attempt stopped, or at zero. */
export function startingProgress(item: PendingItem): BatchProgress {
  return { rowsDone: item.previous?.rowsDone ?? 0, batches: item.previous?.batches ?? 0 };
}

/** The journal note of an attempt that continues an earlier one. */
export const continuedNote = (progress: BatchProgress) => `continued after ${progress.rowsDone} rows in ${progress.batches} batches`;

export const batchJournalFields = (progress: BatchProgress): Partial<JournalRow> => ({ rowsDone: progress.rowsDone, batches: progress.batches });

/** Rows per second over this run, and when it ends if `remaining` is known (null when it cannot be told yet). */
export function batchRate(rowsThisRun: number, elapsedMs: number, remaining: number | null): { rowsPerSecond: number | null; etaMs: number | null } {
  if (elapsedMs <= 0 || rowsThisRun <= 0) return { rowsPerSecond: null, etaMs: null };
  const rowsPerSecond = (rowsThisRun * 1000) / elapsedMs;
  return { rowsPerSecond, etaMs: remaining === null ? null : Math.round((Math.max(remaining, 0) / rowsPerSecond) * 1000) };
}

/**
 * Refuses, before anything runs, batched files the engine cannot run as batches: it must count
 * the rows an execution changed and commit each execution with its progress.
 */
export function refuseUnbatchable(engine: Engine, migrations: readonly Migration[]): void {
  if (engine.batches) return;
  const batched = migrations.filter((m) => m.batch);
  if (batched.length === 0) return;
  const first = batched[0]!;
  throw configError(
    `${first.file}:${first.batch!.line}: schemagate:batch cannot run on ${engine.kind}: the engine reports no count of the rows a statement changed (a mutation has none) or has no transactions to commit each batch with its progress`,
    {
      location: { file: first.file, line: first.batch!.line },
      hint: `Remove the directive and run the statement as one migration (on ClickHouse an ALTER TABLE ... UPDATE mutation runs in the background by parts).${batched.length > 1 ? ` Also: ${batched.slice(1).map((m) => m.file).join(', ')}.` : ''}`,
    },
  );
}

export interface BatchRun {
  attempt: JournalRow;
  progress: BatchProgress;
  /** The attempt's row as finished now (status, duration), for the last batch's commit. */
  finished: (fields: Partial<JournalRow>) => JournalRow;
  /** Wraps a failed execution into the apply loop's failure. */
  fail: (statement: Statement, error: unknown) => Error;
  /** At least this often a progress event is emitted (ms). */
  reportEveryMs: number;
  now: () => number;
  /** Asked to stop, no batch starts after the one committing: the progress so far is recorded with the failure. */
  stop: AbortSignal;
}

/**
 * Runs the batches of `item` until one changes no rows, updating `run.progress` as each batch
 * commits. Throws `run.fail(...)` for a failed execution, the safety stop included.
 */
export async function runBatches(engine: Engine, item: PendingItem, run: BatchRun, emit: Emit): Promise<void> {
  const { migration } = item;
  const options = migration.batch!;
  const batches = engine.batches as Batches;
  const statement = migration.statements[0]!;
  const { progress } = run;
  const startedAt = run.now();
  const rowsAtStart = progress.rowsDone;
  const total = options.totalSql === null ? null : await estimateTotal(batches, options.totalSql, migration, emit);
  const report = (done: boolean) => {
    const rowsThisRun = progress.rowsDone - rowsAtStart;
    const elapsedMs = run.now() - startedAt;
    const remaining = done ? 0 : total === null ? null : total - rowsThisRun;
    emit({ type: 'batch-progress', migration, ...progress, elapsedMs, remaining, ...batchRate(rowsThisRun, elapsedMs, remaining), done });
  };
  const timer = setInterval(() => report(false), run.reportEveryMs);
  try {
    let lastRows = 0;
    for (let executions = 0; ; executions++) {
      if (executions === options.maxBatches) throw run.fail(statement, safetyStop(migration, options.maxBatches, lastRows, progress));
      if (run.stop.aborted) throw run.fail(statement, stopRequested(run.stop));
      let rows: number;
      try {
        rows = await batches.runBatch(statement, async (tx, changed) => {
          const next = changed === 0 ? progress : { rowsDone: progress.rowsDone + changed, batches: progress.batches + 1 };
          const row = changed === 0 ? run.finished({ status: 'applied', statementsApplied: 1, ...batchJournalFields(next) }) : { ...run.attempt, ...batchJournalFields(next) };
          await tx.writeAttempt(row, migration);
        });
      } catch (error) {
        throw run.fail(statement, error);
      }
      if (rows === 0) break;
      progress.rowsDone += rows;
      progress.batches += 1;
      lastRows = rows;
      // A stop ends the pause; the next turn of the loop records it.
      if (options.pauseMs > 0) await sleep(options.pauseMs, undefined, { signal: run.stop }).catch(() => {});
    }
  } finally {
    clearInterval(timer);
  }
  report(true);
}

async function estimateTotal(batches: Batches, sql: string, migration: Migration, emit: Emit): Promise<number | null> {
  try {
    const total = await batches.queryNumber(sql);
    if (total !== null && Number.isFinite(total)) return total;
    emit({ type: 'engine-notice', message: `    ${migration.file}: the batch-total query returned no number, so no ETA is shown.` });
  } catch (error) {
    emit({ type: 'engine-notice', message: `    ${migration.file}: the batch-total query failed (${databaseMessage(error)}), so no ETA is shown.` });
  }
  return null;
}

/** A statement that keeps changing rows: stopped loudly rather than looping forever. */
function safetyStop(migration: Migration, maxBatches: number, lastRows: number, progress: BatchProgress): DatabaseError {
  return new DatabaseError(
    `safety stop: ${maxBatches} executions in this run (max-batches) and the last still changed ${lastRows} row${lastRows === 1 ? '' : 's'}; ${progress.rowsDone} rows in ${progress.batches} batches are committed`,
    undefined,
    {
      hint:
        `A batch statement must select only rows it has not changed yet (e.g. \`WHERE new_col IS NULL\`), or it never reaches 0 rows. ` +
        `If ${migration.file} is right and the table is just that large, raise \`max-batches=\` on its schemagate:batch line; the next run continues from the committed rows.`,
    },
  );
}

/** What a failed backfill's outcome says about what stays done. */
export const batchFailureHint = (progress: BatchProgress) =>
  `${progress.rowsDone} rows in ${progress.batches} committed batches stay done and are recorded in the journal; fix the cause and run again: the backfill continues with the rows still to change.`;
