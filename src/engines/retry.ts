import pRetry from 'p-retry';
import { databaseMessage, SchemagateError } from '../errors.js';
import type { EngineOptions } from './engine.js';

/**
 * Transient failures to reach a database are retried with backoff (about 2 s, 3 s, 5 s, as
 * field experience with flaky runners suggests); anything that may have executed a statement
 * is never retried, so this wraps connecting only.
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH',
  'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED',
  '57P03', // cannot_connect_now: the server is starting up
  '53300', // too_many_connections
]);

export function isTransientConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; errno?: unknown; cause?: unknown; statusCode?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code)) return true;
  if (typeof e.statusCode === 'number' && e.statusCode >= 500) return true;
  if (Array.isArray((e as { errors?: unknown }).errors)) return (e as { errors: unknown[] }).errors.some(isTransientConnectionError);
  return e.cause !== undefined && e.cause !== error && isTransientConnectionError(e.cause);
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
  /** Called before each wait, to log it. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
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
      if (!policy.shouldRetry(error)) return false;
      const delay = backoffMs(attemptNumber, policy.retryBaseMs);
      policy.onRetry?.(error, attemptNumber, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
      return true;
    },
  });
}

export async function withConnectRetries<T>(
  connect: () => Promise<T>,
  options: Pick<EngineOptions, 'connectRetries' | 'log' | 'retryBaseMs'>,
): Promise<T> {
  try {
    return await retryWithBackoff(connect, {
      retries: options.connectRetries,
      ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
      shouldRetry: isTransientConnectionError,
      onRetry: (error, attempt, delay) =>
        options.log?.(`Connection attempt ${attempt} failed (${databaseMessage(error)}); retrying in ${delay / 1000}s.`),
    });
  } catch (error) {
    if (error instanceof SchemagateError) throw error;
    throw new SchemagateError('connection', `Could not connect to the database: ${databaseMessage(error)}`, {
      hint: 'Check that the server is reachable from the runner and that the URL secret (host, port, user, password, database) is right.',
      cause: error,
    });
  }
}
