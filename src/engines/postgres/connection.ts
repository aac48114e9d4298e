import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { loadOptionalModule, optionalModulePath } from '../optional-module.js';

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
      try {
        await db.exec(text);
      } catch (error) {
        throw explainMissingExtension(error);
      }
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
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir ?? undefined, { extensions: contribExtensions(options.extensions ?? []) });
  const connection = wrapPGlite(db, false);
  if (options.statementTimeoutMs) await connection.exec(`SET statement_timeout = ${Math.floor(options.statementTimeoutMs)}`);
  return connection;
}
