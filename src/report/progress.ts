import type { ProgressEvent } from '../core/events.js';
import { describeLockWait } from '../core/lock-retry.js';
import type { StatementProgress } from '../engines/engine.js';
import { formatDuration, groupThousands } from './format.js';

/** `200000` as `200 000`: row counts are read at a glance. */
export const formatCount = (n: number) => groupThousands(n, ' ');

/** `    backfill: 60 000 rows in 12 batches, 5 100 rows/s, about 140 000 left, ETA 27.4 s`. */
export function describeBatchProgress(event: Extract<ProgressEvent, { type: 'batch-progress' }>): string {
  const parts = [`${formatCount(event.rowsDone)} rows in ${formatCount(event.batches)} batch${event.batches === 1 ? '' : 'es'}`];
  if (event.rowsPerSecond !== null) parts.push(`${formatCount(event.rowsPerSecond)} rows/s`);
  if (event.done) return `    backfill done: ${parts.join(', ')}, ${formatDuration(event.elapsedMs)} in this run`;
  if (event.remaining !== null) parts.push(`about ${formatCount(Math.max(event.remaining, 0))} left`);
  if (event.etaMs !== null) parts.push(`ETA ${formatDuration(event.etaMs)}`);
  return `    backfill of ${event.migration.file}: ${parts.join(', ')}`;
}

/** One log line per progress event; both shells print these. */
export function describeEvent(event: ProgressEvent): string {
  switch (event.type) {
    case 'connected':
      return `Connected to ${event.target} (${event.engine}).`;
    case 'lock-waiting':
      return `Waiting for the migration lock, held by ${event.holder}.`;
    case 'promotion-passed':
      return `Promotion gate: all ${event.count} pending migration(s) are applied to ${event.environment} with the same checksum.`;
    case 'migration-start':
      return `[${event.index + 1}/${event.total}] ${event.migration.file}: ${event.migration.statements.length - event.startAt} statement(s)` +
        (event.startAt > 0 ? `, resuming at statement ${event.startAt + 1}` : '') +
        (event.atomic ? '' : ', statement by statement (no transaction)');
    case 'statement':
      return `    statement ${event.statement.index + 1}/${event.count} done (line ${event.statement.line})`;
    case 'statement-running':
      return `    still running statement ${event.statement.index + 1} of ${event.migration.file} (line ${event.statement.line}), ${Math.round(event.elapsedMs / 1000)} s elapsed`;
    case 'statement-waiting':
      return `    statement ${event.statement.index + 1} of ${event.migration.file} (line ${event.statement.line}) has waited ${seconds(event.elapsedMs)} for ${describeLockWait(event.wait)}`;
    case 'statement-progress':
      return `    statement ${event.statement.index + 1} of ${event.migration.file} (line ${event.statement.line}), ${seconds(event.elapsedMs)}: ${describeProgress(event.progress)}`;
    case 'lock-retry':
      return `    statement ${event.statement.index + 1} of ${event.migration.file} (line ${event.statement.line}) gave up waiting for its lock` +
        (event.wait ? ` (${describeLockWait(event.wait)})` : '') +
        `; ${event.batchOf ? `the transaction of ${event.batchOf} migration(s) (transaction-mode batch) was rolled back and runs again` : event.whole ? 'the migration was rolled back and runs again' : 'the statement runs again'} in ${seconds(event.delayMs)}` +
        (event.lockTimeoutMs === undefined ? '' : `, waiting at most ${seconds(event.lockTimeoutMs)}`) +
        ` (retry ${event.retry} of ${event.retries})`;
    case 'migration-done':
      return `    applied in ${formatDuration(event.durationMs)}`;
    case 'batch-progress':
      return describeBatchProgress(event);
    case 'migration-failed':
      return `    FAILED at statement ${event.error.statementIndex + 1} (${event.error.file}:${event.error.line}): ${event.error.databaseMessage}`;
    case 'engine-notice':
      return event.message;
    case 'replay':
      return `[replay] ${describeEvent(event.event)}`;
    case 'target-start':
      return `[${event.target}] started`;
    case 'target':
      return `[${event.target}] ${describeEvent(event.event).trimStart()}`;
    case 'target-done':
      return `[${event.target}] ${event.status} in ${formatDuration(event.durationMs)}${event.reason ? `: ${event.reason.replace(/\s*\n\s*/g, ' ')}` : ''}`;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** `n of m` with the share done, or what is known of it. */
function done(what: string, count: number | null, total: number | null): string | null {
  if (count === null || (count === 0 && !total)) return null;
  if (!total) return `${count} ${what}`;
  return `${count} of ${total} ${what} (${Math.floor((100 * count) / total)}%)`;
}

/** `CREATE INDEX CONCURRENTLY: building index, 1200 of 4425 blocks (27%)`. */
export function describeProgress(progress: StatementProgress): string {
  const parts = [done('blocks', progress.blocksDone, progress.blocksTotal), done('tuples', progress.tuplesDone, progress.tuplesTotal)].filter(Boolean);
  return `${progress.command}: ${progress.phase}${parts.length > 0 ? `, ${parts.join(', ')}` : ''}`;
}
