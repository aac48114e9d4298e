import { setTimeout as sleep } from 'node:timers/promises';
import pRetry from 'p-retry';
import { databaseMessage, SchemagateError } from '../errors.js';
import type { EngineOptions } from './engine.js';

/**
 * Transient failures to reach a database are retried with backoff (about 2 s, 3 s, 5 s, as
 * field experience with flaky runners suggests); anything that may have executed a statement
 * is never retried, so this wraps connecting only.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * A failure to reach the server: a network error code (or one of the driver's own, in
 * `driverCodes`) on the error, its cause, or any error of an AggregateError; or an HTTP 5xx.
 */
export function isTransientConnectionError(error: unknown, driverCodes: ReadonlySet<string> = new Set()): boolean {
  const e = error as { code?: unknown; errno?: unknown; cause?: unknown; statusCode?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || driverCodes.has(e.code))) return true;
  if (typeof e.statusCode === 'number' && e.statusCode >= 500) return true;
  const again = (inner: unknown) => isTransientConnectionError(inner, driverCodes);
  if (Array.isArray((e as { errors?: unknown }).errors)) return (e as { errors: unknown[] }).errors.some(again);
  return e.cause !== undefined && e.cause !== error && again(e.cause);
}

/** Delay before retry n (1-based): 2 s, 3 s, 5 s, then 5 s, scaled for tests. */
export function backoffMs(attempt: number, baseMs = 1000): number {
  return [2, 3, 5][Math.min(attempt, 3) - 1]! * baseMs;
}

export interface RetryPolicy {
  retries: number;
  /** Scales the 2 s / 3 s / 5 s steps (tests use a few ms). */
  retryBaseMs?: number;
  shouldRetry: (error: unknown) => boolean;
  /** What is being tried, for the log line before each wait (`Connection attempt 2`). */
  what: (attempt: number) => string;
  log?: (message: string) => void;
  /** A stop asked for from outside (core/stop.ts): no retry after it, and the wait for one ends. */
  stop?: AbortSignal;
}

/** Runs `run`, retrying the failures the policy allows after 2 s, 3 s, 5 s... (p-retry). */
export async function retryWithBackoff<T>(run: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  // p-retry only retries `instanceof Error`; errors from another realm or non-Error throws
  // would be turned into a TypeError, so each failure is wrapped with the original as cause.
  const attempt = () =>
    run().catch((error: unknown) => {
      throw error instanceof Error ? error : new Error(databaseMessage(error), { cause: error });
    });
  return pRetry(attempt, {
    retries: policy.retries,
    minTimeout: 0,
    maxTimeout: 0,
    randomize: false,
    // The delay lives here rather than in p-retry's exponential schedule so it follows the
    // 2 s, 3 s, 5 s steps exactly, and only once the failure is known to be worth retrying.
    shouldRetry: async ({ error, attemptNumber }) => {
      if (!policy.shouldRetry(error) || policy.stop?.aborted) return false;
      const delay = backoffMs(attemptNumber, policy.retryBaseMs);
      policy.log?.(`${policy.what(attemptNumber)} failed (${databaseMessage(error)}); retrying in ${delay / 1000}s (retry ${attemptNumber} of ${policy.retries}).`);
      return sleep(delay, true, { signal: policy.stop }).catch(() => false);
    },
  });
}

/** Connects, retrying what `isTransient` calls transient; a final failure is a `connection` error. */
export async function withConnectRetries<T>(
  connect: () => Promise<T>,
  options: Pick<EngineOptions, 'connectRetries' | 'log' | 'retryBaseMs' | 'stop'>,
  isTransient: (error: unknown) => boolean = isTransientConnectionError,
): Promise<T> {
  try {
    return await retryWithBackoff(connect, {
      retries: options.connectRetries,
      ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
      shouldRetry: isTransient,
      what: (attempt) => `Connection attempt ${attempt}`,
      ...(options.log ? { log: options.log } : {}),
      ...(options.stop ? { stop: options.stop } : {}),
    });
  } catch (error) {
    if (error instanceof SchemagateError) throw error;
    throw new SchemagateError('connection', `Could not connect to the database: ${databaseMessage(error)}`, {
      hint: 'Check that the server is reachable from the runner and that the URL secret (host, port, user, password, database) is right.',
      cause: error,
    });
  }
}
