import type { Executor, LockWait, RunOptions, StatementWatch } from '../engines/engine.js';
import { databaseMessage } from '../errors.js';
import type { Migration, Statement } from '../types.js';
import type { Emit } from './events.js';

/**
 * What a running statement is doing, said while it runs: the lock it waits for and who holds it,
 * its progress, or at least that it still runs. Engines that can look from a second session
 * (Engine.watch) say more than the bare heartbeat of those that cannot.
 */

/** A statement still running after this long is looked at for a lock wait (sooner when its lock wait is bounded shorter). */
export const WAIT_PROBE_MS = 3_000;

export interface Watching {
  emit: Emit;
  /** How often a still-running statement says what it does. */
  heartbeatMs: number;
  /** Opens a watch on the engine's running statement; absent when the engine cannot. */
  watch: (() => StatementWatch) | undefined;
}

/**
 * Runs one statement. The first look comes after WAIT_PROBE_MS, or half the statement's lock
 * wait (`lockWaitMs`) when that is shorter, and is reported only if it finds something; every
 * heartbeat after that reports the lock wait, the progress, or that it still runs. The last lock
 * wait seen is kept in `seen`, for the failure when the wait runs out.
 */
export async function executeWatched(
  executor: Executor,
  migration: Migration,
  statement: Statement,
  watching: Watching,
  run: { options: RunOptions; lockWaitMs: number | undefined },
  seen: { lockWait: LockWait | null },
): Promise<void> {
  const { emit, heartbeatMs } = watching;
  const started = Date.now();
  const opened = watching.watch?.();
  let watch = opened;
  let timer: NodeJS.Timeout | undefined;
  let sampling: Promise<void> = Promise.resolve();
  let done = false;
  const tick = async () => {
    const activity = watch
      ? await watch.sample().catch((error: unknown) => {
          emit({ type: 'engine-notice', message: `    could not watch statement ${statement.index + 1} from a second connection: ${databaseMessage(error)}` });
          watch = undefined;
          return null;
        })
      : null;
    // Kept even when the statement has just ended: its lock timeout may be what ended it.
    if (activity?.lockWait) seen.lockWait = activity.lockWait;
    if (done) return;
    const elapsedMs = Date.now() - started;
    if (activity?.lockWait) emit({ type: 'statement-waiting', migration, statement, elapsedMs, wait: activity.lockWait });
    else if (activity?.progress) emit({ type: 'statement-progress', migration, statement, elapsedMs, progress: activity.progress });
    else if (elapsedMs >= heartbeatMs) emit({ type: 'statement-running', migration, statement, elapsedMs });
    schedule(heartbeatMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      sampling = tick();
    }, ms);
  };
  schedule(watch ? Math.min(WAIT_PROBE_MS, heartbeatMs, run.lockWaitMs === undefined ? Infinity : run.lockWaitMs / 2) : heartbeatMs);
  try {
    await executor.execute(statement, run.options);
  } finally {
    done = true;
    clearTimeout(timer);
    await sampling;
    await opened?.close().catch(() => {});
  }
}
