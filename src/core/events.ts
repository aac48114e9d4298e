import type { LockWait, StatementProgress } from '../engines/engine.js';
import type { Migration, Statement } from '../types.js';

/**
 * Progress as typed events (umzug's style): the core and the engines say what happens, the
 * reporters (the action's log, the CLI's terminal) decide how it reads.
 */

export interface MigrationFailure {
  migrationId: string;
  file: string;
  statementIndex: number;
  line: number;
  statement: string;
  databaseMessage: string;
}

export type ProgressEvent =
  | { type: 'connected'; target: string; engine: string }
  | { type: 'lock-waiting'; holder: string }
  | { type: 'promotion-passed'; environment: string; count: number }
  | { type: 'migration-start'; migration: Migration; index: number; total: number; startAt: number; atomic: boolean }
  | { type: 'statement'; migration: Migration; statement: Statement; count: number }
  | { type: 'statement-running'; migration: Migration; statement: Statement; elapsedMs: number }
  /** The running statement waits for a lock, and these sessions hold it. */
  | { type: 'statement-waiting'; migration: Migration; statement: Statement; elapsedMs: number; wait: LockWait }
  /** How far a long statement (CREATE INDEX, VACUUM FULL, CLUSTER) has got. */
  | { type: 'statement-progress'; migration: Migration; statement: Statement; elapsedMs: number; progress: StatementProgress }
  /**
   * A statement gave up waiting for its lock; the migration (a transactional one, whole) or the
   * statement (of a no-transaction file) runs again after `delayMs`.
   */
  | { type: 'lock-retry'; migration: Migration; statement: Statement; retry: number; retries: number; delayMs: number; lockTimeoutMs: number | undefined; whole: boolean; wait: LockWait | null; batchOf?: number }
  | { type: 'migration-done'; migration: Migration; durationMs: number }
  /**
   * A batched backfill's progress, at least every HEARTBEAT_MS and when it ends: rows and batches
   * over every attempt, the rate over this run, and the rows still to change and the time left
   * when a `batch-total` query estimated them.
   */
  | {
      type: 'batch-progress';
      migration: Migration;
      rowsDone: number;
      batches: number;
      elapsedMs: number;
      rowsPerSecond: number | null;
      remaining: number | null;
      etaMs: number | null;
      done: boolean;
    }
  | { type: 'migration-failed'; migration: Migration; error: MigrationFailure }
  /** What an engine reports of its own work: connection retries, mutation progress. */
  | { type: 'engine-notice'; message: string }
  /** An event of the replay on an embedded database, which runs beside the target's. */
  | { type: 'replay'; event: ProgressEvent }
  /** Fan-out: one target starts, reports an event of its own run, ends. */
  | { type: 'target-start'; target: string }
  | { type: 'target'; target: string; event: ProgressEvent }
  | { type: 'target-done'; target: string; status: string; durationMs: number; reason: string | null };

export type Emit = (event: ProgressEvent) => void;
