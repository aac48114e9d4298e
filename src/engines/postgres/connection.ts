import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { configError, SchemagateError } from '../../errors.js';
import { loadOptionalModule, optionalModulePath } from '../optional-module.js';
import { isConnectionLoss, ownQueryFailure } from './errors.js';

/**
 * The few operations the Postgres engine needs, over either postgres.js (a server) or PGlite
 * (embedded, in-process). Everything above this file is identical for both.
 */
export interface PgConnection {
  query<T extends object>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Run one migration statement as written (simple protocol: any statement, no parameters).
   * Returns the rows it changed, as its command tag counts them (0 for DDL).
   */
  exec(text: string): Promise<number>;
  /**
   * Runs `fn` in a transaction; `opening` (a SET LOCAL) runs first in it, sent with BEGIN in one
   * round trip where the driver can.
   */
  transaction<T>(fn: (tx: PgConnection) => Promise<T>, opening?: string): Promise<T>;
  close(): Promise<void>;
  /** A server's session (PGlite has none to look at from outside). */
  readonly session?: ServerSession;
}

/** This connection's session on a server, and how to reach that server again beside it. */
export interface ServerSession {
  /** The backend process serving this session, as pg_stat_activity and pg_locks name it. */
  pid: number;
  /**
   * Another session to the same database with the same credentials, named `purpose` for
   * pg_stat_activity: to watch this one while it runs a statement, or to probe for a pooler.
   */
  openAnother(purpose: string): Promise<PgConnection>;
}

/**
 * One postgres.js connection (max 1) with transactions run as plain BEGIN/COMMIT/ROLLBACK, and
 * nothing sent once the session is gone. postgres.js's reserved connections (`sql.begin`) write
 * their ROLLBACK to a socket the server has closed, which throws from a timer where no caller can
 * catch it (porsager/postgres#1208): a `pg_terminate_backend` mid-migration crashed the run. The
 * pool instead would reconnect silently, and a new session holds neither the advisory lock nor
 * the transaction, so after a loss every call fails as `connection` without being sent.
 */
function wrapPostgresJs(sql: postgres.Sql, session: { lost: boolean }, server?: ServerSession): PgConnection {
  const send = async <T>(run: () => Promise<T>): Promise<T> => {
    if (session.lost) throw ownQueryFailure(Object.assign(new Error('the session to the database was lost earlier in this run'), { code: 'CONNECTION_CLOSED' }));
    try {
      return await run();
    } catch (error) {
      if (isConnectionLoss(error)) session.lost = true;
      throw error;
    }
  };
  const connection: PgConnection = {
    async query<T extends object>(text: string, params: unknown[] = []) {
      try {
        return (await send(() => sql.unsafe(text, params as postgres.ParameterOrJSON<never>[]))) as unknown as T[];
      } catch (error) {
        throw ownQueryFailure(error);
      }
    },
    async exec(text: string) {
      const result = await send(() => sql.unsafe(text).simple());
      return Number((result as { count?: unknown }).count ?? 0) || 0;
    },
    async transaction<T>(fn: (tx: PgConnection) => Promise<T>, opening?: string) {
      let inner = true;
      const tx: PgConnection = { ...connection, transaction: () => Promise.reject(new Error('nested transaction')) };
      try {
        // Without parameters the query goes as one simple-protocol message: both statements, one round trip.
        await connection.query(opening ? `BEGIN; ${opening}` : 'BEGIN');
        const result = await fn(tx);
        inner = false;
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        // A failed COMMIT has ended the transaction already; a lost session rolled it back.
        if (inner && !session.lost) await connection.query('ROLLBACK').catch(() => {});
        throw error;
      }
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
    ...(server ? { session: server } : {}),
  };
  return connection;
}

export interface ServerConnectionOptions {
  applicationName: string;
  statementTimeoutMs?: number;
  connectTimeoutSeconds?: number;
}

export async function connectServer(url: string, options: ServerConnectionOptions): Promise<PgConnection> {
  // One connection: the session advisory lock, the transactions and the journal writes must all
  // share the session that holds the lock.
  const session = { lost: false };
  const sql = postgres(url, {
    max: 1,
    idle_timeout: 0,
    connect_timeout: options.connectTimeoutSeconds ?? 10,
    onnotice: () => {},
    onclose: () => void (session.lost = true),
    connection: {
      application_name: options.applicationName.slice(0, 63),
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
  let pid: number;
  try {
    // Postgres 14+: the server checks the client's socket while a statement runs, so a killed
    // run's long statement (and the lock its session holds) ends within seconds, not when the
    // statement would have finished. CASE evaluates the version first, so older servers never
    // see the name.
    const [row] = await wrapPostgresJs(sql, session).query<{ pid: number }>(
      "SELECT pg_backend_pid() AS pid, CASE WHEN current_setting('server_version_num')::int >= 140000 THEN set_config('client_connection_check_interval', '2s', false) END AS checked",
    );
    pid = Number(row!.pid);
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    throw error instanceof SchemagateError && error.cause !== undefined ? error.cause : error;
  }
  const openAnother = (purpose: string) =>
    connectServer(url, { applicationName: `${options.applicationName.slice(0, 50)} (${purpose})`, connectTimeoutSeconds: 5 });
  return wrapPostgresJs(sql, session, { pid, openAnother });
}

interface PGliteLike {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(text: string): Promise<Array<{ affectedRows?: number }>>;
  transaction<T>(fn: (tx: PGliteLike) => Promise<T>): Promise<T>;
  close?(): Promise<void>;
}

function wrapPGlite(db: PGliteLike, isTransaction: boolean): PgConnection {
  return {
    async query<T extends object>(text: string, params: unknown[] = []) {
      try {
        return (await db.query<T>(text, params)).rows;
      } catch (error) {
        throw ownQueryFailure(error);
      }
    },
    async exec(text: string) {
      try {
        return (await db.exec(text)).at(-1)?.affectedRows ?? 0;
      } catch (error) {
        throw explainMissingExtension(error);
      }
    },
    async transaction<T>(fn: (tx: PgConnection) => Promise<T>, opening?: string) {
      if (isTransaction) throw new Error('nested transaction');
      return db.transaction(async (tx) => {
        if (opening) await tx.exec(opening);
        return fn(wrapPGlite(tx, true));
      });
    },
    async close() {
      await db.close?.();
    },
  };
}

/** PGlite's data directory must be a directory (or not exist yet); its own error for a file is `[object Object]`. */
function preparePGliteDir(dataDir: string): void {
  const problem = (what: string) =>
    configError(`The pglite:// path ${dataDir} ${what}.`, { hint: 'Point the pglite:// URL at a directory (it is created when missing), e.g. pglite://.schemagate/dev.' });
  if (existsSync(dataDir) && !statSync(dataDir).isDirectory()) throw problem('is a file, not a directory');
  try {
    mkdirSync(path.dirname(dataDir), { recursive: true });
  } catch (error) {
    throw problem(`cannot be created (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

const PGLITE = '@electric-sql/pglite';
/** PGlite ships each extension as `@electric-sql/pglite/contrib/<name>`, `-` spelled `_`. */
const contribModule = (extension: string) => `${PGLITE}/contrib/${extension.replace(/-/g, '_')}`;

/** The extensions the installed PGlite ships, as CREATE EXTENSION names them. */
export function pgliteExtensions(): string[] {
  const any = optionalModulePath(contribModule('pgcrypto'));
  if (!any) return [];
  const names = readdirSync(path.dirname(any)).flatMap((file) => /^(\w+)\.cjs$/.exec(file)?.slice(1) ?? []);
  return names.map((name) => (name === 'uuid_ossp' ? 'uuid-ossp' : name)).sort();
}

/**
 * PGlite's `extension "postgis" is not available` says neither that the embedded engine is the
 * reason nor what to do: the message gains both, and keeps the database's fields (code,
 * position) for the caller.
 */
function explainMissingExtension(error: unknown): unknown {
  const name = /extension "([^"]+)" is not available/.exec((error as Error | undefined)?.message ?? '')?.[1];
  if (!name || !(error instanceof Error)) return error;
  error.message =
    `${error.message}: the embedded Postgres (PGlite) does not ship the extension "${name}" ` +
    `(it ships: ${pgliteExtensions().join(', ') || 'none found'}). Replay on a disposable Postgres server that has it ` +
    '(`database-url`, with `replay: false`), or guard the statement for environments without it.';
  return error;
}

/** Loads the PGlite contrib modules for the extensions named; those PGlite lacks are left to CREATE EXTENSION to refuse. */
function contribExtensions(names: string[]): Record<string, unknown> {
  const extensions: Record<string, unknown> = {};
  for (const name of new Set(names.map((n) => n.toLowerCase()))) {
    const module = contribModule(name);
    if (!optionalModulePath(module)) continue;
    const loaded = loadOptionalModule<Record<string, unknown>>(module, `The extension ${name} on the embedded Postgres`);
    const exported = loaded[name.replace(/-/g, '_')];
    if (exported) extensions[name.replace(/-/g, '_')] = exported;
  }
  return extensions;
}

/**
 * `pglite://PATH` keeps its data in PATH; `pglite://memory` keeps it in memory. PGlite can
 * `CREATE EXTENSION` only for the extensions it was created with: those the migrations create.
 */
export async function connectPGlite(dataDir: string | null, options: { statementTimeoutMs?: number; extensions?: string[] } = {}): Promise<PgConnection> {
  const { PGlite } = loadOptionalModule<{ PGlite: { create(dir?: string, options?: { extensions?: Record<string, unknown> }): Promise<PGliteLike> } }>(
    PGLITE,
    'The embedded Postgres (pglite:// URL)',
  );
  if (dataDir) preparePGliteDir(dataDir);
  const db = await PGlite.create(dataDir ?? undefined, { extensions: contribExtensions(options.extensions ?? []) });
  const connection = wrapPGlite(db, false);
  if (options.statementTimeoutMs) await connection.exec(`SET statement_timeout = ${Math.floor(options.statementTimeoutMs)}`);
  return connection;
}
