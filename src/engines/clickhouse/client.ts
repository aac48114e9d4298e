import { retryWithBackoff } from '../retry.js';
import { retryableBeforeSend, retryableIdempotent, toReportedError } from './errors.js';

/** Values bound to `{name:Type}` placeholders. Dates are passed as text (toDateTime64Text). */
export type QueryParams = Record<string, string | number | boolean | null>;

/**
 * The few operations the ClickHouse engine needs, over HTTP (@clickhouse/client) or chDB
 * (embedded). Every call is one statement. Failures come out already sorted: a
 * ClickHouseError for anything the server reported, a `connection` SchemagateError for
 * anything about reaching it (after the retries the call allows).
 */
export interface ChClient {
  /** Where we talk to, for messages; never contains the password. */
  readonly target: string;
  /** The database unqualified names resolve to. */
  readonly database: string;
  /**
   * Run a statement that returns nothing. Retried only when nothing reached the server, unless
   * `idempotent` says re-running is harmless (IF NOT EXISTS DDL, keyed journal rows).
   */
  command(sql: string, params?: QueryParams, options?: { idempotent?: boolean }): Promise<void>;
  /** Run a read and return its rows (JSONEachRow). Reads are always retried on transient failures. */
  query<T>(sql: string, params?: QueryParams): Promise<T[]>;
  /** Insert rows (objects keyed by column) into an already quoted `db`.`table`; idempotent by design of our tables. */
  insert(table: string, rows: object[]): Promise<void>;
  /**
   * A second client to the same target for work that runs concurrently with statements (lock
   * heartbeats): over HTTP it has no session, because ClickHouse refuses two queries at once in
   * one session. `settings` are extra server settings for its requests (ignored by chDB).
   */
  fork(settings?: Record<string, string>): ChClient;
  /** Forgets what statements did to the session (`SET`, `USE`): the next request runs as the client's first did. */
  resetSession(): Promise<void>;
  close(): Promise<void>;
}

/** Settings of our own that apply to every request. */
export interface ClientSettings {
  /** Retries of a failed request (EngineOptions.connectRetries). */
  retries: number;
  /** Backoff unit: delays are 2, 3, 5 units (default 1000 ms); tests shrink it. */
  retryBaseMs?: number;
  log?: (message: string) => void;
  /** Application name sent to the server (EngineOptions.clientName). */
  application: string;
  statementTimeoutMs?: number;
  /** Extra server settings for every request of this client. */
  extraSettings?: Record<string, string>;
  /** chDB: how long to wait for a data directory another process has open. */
  openWaitMs?: number;
  /** chDB: create the URL's database when missing (not in a read-only run). Default true. */
  createDatabase?: boolean;
  /** A stop asked for from outside (core/stop.ts): no retry or wait after it. */
  stop?: AbortSignal;
}

/**
 * Server settings sent with every request: synchronous, visible writes (story 1: on
 * ClickHouse Cloud a journal row written by one process was invisible to the next until inserts
 * were made synchronous), and mutations that return at once so the engine can wait for them
 * itself, with progress, instead of inside one silent HTTP request (chDB defaults to
 * mutations_sync=1; servers to 0).
 */
export function serverSettings(settings: Pick<ClientSettings, 'statementTimeoutMs' | 'extraSettings'>): Record<string, string> {
  return {
    async_insert: '0',
    wait_end_of_query: '1',
    select_sequential_consistency: '1',
    mutations_sync: '0',
    ...(settings.statementTimeoutMs ? { max_execution_time: String(Math.ceil(settings.statementTimeoutMs / 1000)) } : {}),
    ...settings.extraSettings,
  };
}

/**
 * Runs one request with the retry policy its kind allows, then sorts a final failure into a
 * ClickHouseError or a connection error.
 */
export async function withRetries<T>(
  run: () => Promise<T>,
  settings: ClientSettings,
  target: string,
  kind: 'statement' | 'idempotent',
): Promise<T> {
  const retryable = kind === 'statement' ? retryableBeforeSend : retryableIdempotent;
  try {
    return await retryWithBackoff(run, {
      retries: settings.retries,
      ...(settings.retryBaseMs !== undefined ? { retryBaseMs: settings.retryBaseMs } : {}),
      shouldRetry: retryable,
      what: () => `Request to ClickHouse at ${target}`,
      ...(settings.log ? { log: settings.log } : {}),
      ...(settings.stop ? { stop: settings.stop } : {}),
    });
  } catch (error) {
    throw toReportedError(error, target, kind === 'statement');
  }
}

/** Runs tasks one at a time, in order: one HTTP session, or one chDB session, at a time. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once everything queued so far has settled. */
  drain(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
