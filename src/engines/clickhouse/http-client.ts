import { randomUUID } from 'node:crypto';
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import { asError, ClickHouseError, messageOf, parseServerError } from './errors.js';
import { serverSettings, SerialQueue, withRetries, type ChClient, type ClientSettings, type QueryParams } from './client.js';
import type { ClickHouseTarget } from './url.js';

type HttpTarget = Extract<ClickHouseTarget, { kind: 'http' }>;

/** Default request timeout when no statement timeout is set: longer than any GitHub job. */
const NO_TIMEOUT_MS = 6 * 60 * 60 * 1000;

/** @clickhouse/client's server errors (and anything else) as our ClickHouseError where they are one. */
function normalize(error: unknown): Error {
  const { code, type } = (error ?? {}) as { code?: unknown; type?: unknown };
  if (typeof type === 'string' && typeof code === 'string' && /^\d+$/.test(code)) {
    const message = messageOf(error).trim().replace(/\.$/, '');
    return new ClickHouseError(`Code: ${code}. DB::Exception: ${message}. (${type})`, Number(code), type);
  }
  if (code === undefined) return parseServerError(messageOf(error)) ?? asError(error);
  return asError(error);
}

/**
 * The HTTP client: one @clickhouse/client per engine, bound to one ClickHouse session per run
 * (`session_id`), so `SET` statements in a migration last for the statements after it and
 * every request of the run lands in the same session. Requests of a session are serialised
 * because the server rejects concurrent queries in one session.
 */
export function createHttpClient(target: HttpTarget, settings: ClientSettings, sessionId: string | null = `schemagate-${randomUUID()}`): ChClient {
  const client: ClickHouseClient = createClient({
    url: target.url,
    username: target.username,
    password: target.password,
    database: target.database,
    application: settings.application,
    request_timeout: settings.statementTimeoutMs ? settings.statementTimeoutMs + 60_000 : NO_TIMEOUT_MS,
    compression: { request: false, response: false },
    clickhouse_settings: serverSettings(settings),
    // Every failure reaches the caller as an error with the server's text; the client's own
    // console logging would print it twice, with request internals.
    log: { level: ClickHouseLogLevel.OFF },
  });
  const queue = new SerialQueue();
  const send = <T>(run: () => Promise<T>, kind: 'statement' | 'idempotent') =>
    queue.run(() =>
      withRetries(
        async () => {
          try {
            return await run();
          } catch (error) {
            throw normalize(error);
          }
        },
        settings,
        target.display,
        kind,
      ),
    );

  // A session reset moves the requests to a new session: the server's defaults, none of the old one's SETs.
  let session = sessionId;
  const inSession = () => (session ? { session_id: session } : {});
  return {
    target: target.display,
    database: target.database,
    async command(sql: string, params?: QueryParams, options?: { idempotent?: boolean }) {
      await send(
        () => client.command({ query: sql, ...(params ? { query_params: params } : {}), ...inSession() }),
        options?.idempotent ? 'idempotent' : 'statement',
      );
    },
    async query<T>(sql: string, params?: QueryParams) {
      return send(async () => {
        const result = await client.query({ query: sql, format: 'JSONEachRow', ...(params ? { query_params: params } : {}), ...inSession() });
        return result.json<T>();
      }, 'idempotent');
    },
    async insert(table: string, rows: object[]) {
      if (rows.length === 0) return;
      await send(() => client.insert({ table, values: rows, format: 'JSONEachRow', ...inSession() }), 'idempotent');
    },
    resetSession() {
      if (session) session = `schemagate-${randomUUID()}`;
      return Promise.resolve();
    },
    fork(extra?: Record<string, string>) {
      return createHttpClient(target, { ...settings, extraSettings: { ...settings.extraSettings, ...extra } }, null);
    },
    async close() {
      await queue.drain();
      await client.close();
    },
  };
}
