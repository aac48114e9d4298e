import { setTimeout as pause } from 'node:timers/promises';
import type { Blocker, LockWait } from '../engines/engine.js';
import { NEVER_STOPS } from './stop.js';

/**
 * Bounded lock waits for migration statements, and their retries (inputs `ddl-lock-timeout`,
 * `ddl-lock-retries`). A DDL statement that waits for its lock makes every later query on the
 * table queue behind it, so each attempt waits at most `timeoutMs`, gives up, lets the queue
 * drain during a jittered pause, and tries again: GitLab's `with_lock_retries`, with a modest
 * escalation. The policy is pure and engine-agnostic; engines only say that a statement gave up
 * on a lock (DatabaseError.lockNotAvailable) and bound the wait (RunOptions.lockTimeoutMs).
 */

export interface LockRetryPolicy {
  /** The longest one attempt waits for a lock; 0 leaves the session's own bound. */
  timeoutMs: number;
  /** Attempts after the first. */
  retries: number;
}

/** The longest pause between two attempts, however many retries there are. */
export const MAX_LOCK_RETRY_DELAY_MS = 10_000;

/**
 * The lock wait of attempt `attempt` (0 = the first): rising from half of the timeout to all of
 * it at the last retry. An early attempt that fails fast stalls the table's queries least; a
 * blocker that keeps coming back earns the later attempts a longer wait, and the timeout stays
 * the longest any query queues behind the migration. Undefined when waits are not bounded.
 */
export function attemptLockTimeoutMs(policy: LockRetryPolicy, attempt: number): number | undefined {
  if (policy.timeoutMs <= 0) return undefined;
  if (policy.retries === 0) return policy.timeoutMs;
  const share = 0.5 + (0.5 * Math.min(attempt, policy.retries)) / policy.retries;
  return Math.max(1, Math.round(policy.timeoutMs * share));
}

/**
 * The pause before retry `retry` (1 = the first): 1 s, 2 s, 4 s, 8 s, then 10 s, each jittered
 * to between half and all of that so two blocked runs do not retry in step.
 */
export function lockRetryDelayMs(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_LOCK_RETRY_DELAY_MS, 1000 * 2 ** (retry - 1));
  return Math.round(ceiling * (0.5 + 0.5 * random()));
}

export interface LockRetry {
  /** 1-based. */
  retry: number;
  delayMs: number;
  /** The wait the next attempt allows itself. */
  lockTimeoutMs: number | undefined;
  error: unknown;
}

/**
 * Runs `attempt` until it succeeds, fails for another reason than a lock wait, or has been
 * retried `policy.retries` times; `onRetry` hears of each retry before its pause.
 */
export async function withLockRetries<T>(
  policy: LockRetryPolicy,
  gaveUpOnLock: (error: unknown) => boolean,
  attempt: (lockTimeoutMs: number | undefined) => Promise<T>,
  onRetry: (retry: LockRetry) => void,
  { stop = NEVER_STOPS, sleep = (ms, signal) => pause(ms, undefined, { signal }) }: { stop?: AbortSignal; sleep?: (ms: number, signal: AbortSignal) => Promise<void> } = {},
): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt(attemptLockTimeoutMs(policy, retry));
    } catch (error) {
      // A stop ends the retries with the lock failure that called for them: it left nothing behind.
      if (retry >= policy.retries || !gaveUpOnLock(error) || stop.aborted) throw error;
      const delayMs = lockRetryDelayMs(retry + 1);
      onRetry({ retry: retry + 1, delayMs, lockTimeoutMs: attemptLockTimeoutMs(policy, retry + 1), error });
      await sleep(delayMs, stop).catch(() => {
        throw error;
      });
    }
  }
}

/** `pid 4242 "report-job" (user app, idle in transaction, transaction open 12 s): SELECT …`. */
export function describeBlocker(blocker: Blocker): string {
  const facts = [
    blocker.user ? `user ${blocker.user}` : null,
    blocker.state,
    blocker.transactionMs === null ? null : `transaction open ${Math.round(blocker.transactionMs / 1000)} s`,
  ].filter((fact): fact is string => Boolean(fact));
  const name = blocker.applicationName ? ` "${blocker.applicationName}"` : ' (no application name)';
  return `pid ${blocker.pid}${name}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}${blocker.query ? `: ${blocker.query}` : ''}`;
}

/** `AccessExclusiveLock on public.orders, held by pid …; pid …`. */
export function describeLockWait(wait: LockWait): string {
  const holders = wait.blockers.length > 0 ? wait.blockers.map(describeBlocker).join('; ') : 'a session that has just released it';
  return `${wait.mode} on ${wait.relation}, held by ${holders}`;
}
