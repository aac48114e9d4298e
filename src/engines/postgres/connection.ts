import { mkdirSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { loadOptionalModule } from '../optional-module.js';

/**
 * The few operations the Postgres engine needs, over either postgres.js (a server) or PGlite
 * (embedded, in-process). Everything above this file is identical for both.
 */
export interface PgConnection {
  query<T extends object>(text: string, params?: unknown[]): Promise<T[]>;
  /** Run one migration statement as written (simple protocol: any statement, no parameters). */
  exec(text: string): Promise<void>;
  transaction<T>(fn: (tx: PgConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type Sql = postgres.Sql | postgres.TransactionSql;

function wrapPostgresJs(sql: Sql, begin: (fn: (tx: postgres.TransactionSql) => Promise<unknown>) => Promise<unknown>): PgConnection {
  return {
    async query<T extends object>(text: string, params: unknown[] = []) {
      return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
    },
    async exec(text: string) {
      await sql.unsafe(text).simple();
    },
    async transaction<T>(fn: (tx: PgConnection) => Promise<T>) {
      return (await begin((tx) => fn(wrapPostgresJs(tx, () => Promise.reject(new Error('nested transaction')))))) as T;
    },
    async close() {
      if ('end' in sql) await sql.end({ timeout: 5 });
    },
  };
}

export interface ServerConnectionOptions {
  applicationName: string;
  statementTimeoutMs?: number;
  connectTimeoutSeconds?: number;
}

export async function connectServer(url: string, options: ServerConnectionOptions): Promise<PgConnection> {
  // One connection: the session advisory lock, the transactions and the journal writes must all
  // share the session that holds the lock.
  const sql = postgres(url, {
    max: 1,
    idle_timeout: 0,
    connect_timeout: options.connectTimeoutSeconds ?? 10,
    onnotice: () => {},
    connection: {
      application_name: options.applicationName.slice(0, 63),
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
  const connection = wrapPostgresJs(sql, (fn) => sql.begin(fn));
  try {
    await connection.query('select 1');
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    throw error;
  }
  return connection;
}

interface PGliteLike {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(text: string): Promise<unknown>;
  transaction<T>(fn: (tx: PGliteLike) => Promise<T>): Promise<T>;
  close?(): Promise<void>;
}

function wrapPGlite(db: PGliteLike, isTransaction: boolean): PgConnection {
  return {
    async query<T extends object>(text: string, params: unknown[] = []) {
      return (await db.query<T>(text, params)).rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
    async transaction<T>(fn: (tx: PgConnection) => Promise<T>) {
      if (isTransaction) throw new Error('nested transaction');
      return db.transaction((tx) => fn(wrapPGlite(tx, true)));
    },
    async close() {
      await db.close?.();
    },
  };
}

/** `pglite://PATH` keeps its data in PATH; `pglite://memory` keeps it in memory. */
export async function connectPGlite(dataDir: string | null, statementTimeoutMs?: number): Promise<PgConnection> {
  const { PGlite } = loadOptionalModule<{ PGlite: { create(dir?: string): Promise<PGliteLike> } }>(
    '@electric-sql/pglite',
    'The embedded Postgres (pglite:// URL)',
  );
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir ?? undefined);
  const connection = wrapPGlite(db, false);
  if (statementTimeoutMs) await connection.exec(`SET statement_timeout = ${Math.floor(statementTimeoutMs)}`);
  return connection;
}
