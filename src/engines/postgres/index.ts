import { createHash } from 'node:crypto';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SchemagateError } from '../../errors.js';
import { splitSql } from '../../sources/split.js';
import type { Journal, JournalRow, StatementRow } from '../../types.js';
import type { Engine, EngineDriver, EngineOptions, Executor, LockHandle, LockOptions } from '../engine.js';
import { withConnectRetries } from '../retry.js';
import { connectPGlite, connectServer, type PgConnection } from './connection.js';
import { introspectPostgres } from './introspect.js';
import {
  attemptParams,
  insertStatementSql,
  journalDdl,
  journalNames,
  quoteIdent,
  selectAttemptsSql,
  selectStatementsSql,
  toJournalRow,
  toStatementRow,
  upsertAttemptSql,
  type JournalNames,
} from './journal.js';

export const DEFAULT_POSTGRES_JOURNAL_SCHEMA = 'schemagate';
const LOCK_NAMESPACE = 0x53470000; // "SG": keeps our advisory locks apart from the application's

function lockKey(location: string): number {
  return createHash('sha256').update(location).digest().readInt32BE(0);
}

function splitQualified(name: string): [string, string] {
  const dot = name.indexOf('.');
  return dot < 0 ? ['public', name] : [name.slice(0, dot), name.slice(dot + 1)];
}

function executor(connection: PgConnection, names: JournalNames, drizzleTable: string | undefined, inTransaction: boolean): Executor {
  return {
    async execute(statement) {
      await connection.exec(statement.sql);
    },
    async writeAttempt(row: JournalRow) {
      if (row.status === 'running' && !inTransaction) {
        // The "started" row needs no flush of its own: the migration's commit (or the failure
        // row) that follows is synchronous and makes it durable, so one fsync per migration.
        await connection.transaction(async (tx) => {
          await tx.query('SET LOCAL synchronous_commit TO OFF');
          await tx.query(upsertAttemptSql(names), attemptParams(row));
        });
        return;
      }
      await connection.query(upsertAttemptSql(names), attemptParams(row));
    },
    async writeStatement(row: StatementRow) {
      await connection.query(insertStatementSql(names), [
        row.attemptId, row.migrationId, row.statementIndex, row.statementHash, row.finishedAt,
      ]);
    },
    async writeDrizzleRow(hash: string, createdAt: number) {
      if (!drizzleTable) return;
      const [schema, table] = splitQualified(drizzleTable);
      await connection.query(
        `INSERT INTO ${quoteIdent(schema)}.${quoteIdent(table)} (hash, created_at) VALUES ($1, $2)`,
        [hash, createdAt],
      );
    },
  };
}

class PostgresEngine implements Engine {
  readonly kind = 'postgres';
  readonly supportsTransactions = true;
  readonly journalLocation: string;
  private readonly names: JournalNames;
  private readonly base: Executor;

  constructor(
    private readonly connection: PgConnection,
    private readonly options: EngineOptions,
  ) {
    const schema = options.journalSchema ?? DEFAULT_POSTGRES_JOURNAL_SCHEMA;
    this.names = journalNames(schema, options.journalTable);
    this.journalLocation = `${schema}.${options.journalTable}`;
    this.base = executor(connection, this.names, options.drizzleTable, false);
  }

  execute: Executor['execute'] = (s) => this.base.execute(s);
  writeAttempt: Executor['writeAttempt'] = (r) => this.base.writeAttempt(r);
  writeStatement: Executor['writeStatement'] = (r) => this.base.writeStatement(r);
  writeDrizzleRow = (hash: string, createdAt: number) => this.base.writeDrizzleRow!(hash, createdAt);

  private async exists(qualified: string): Promise<boolean> {
    const [row] = await this.connection.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [qualified]);
    return Boolean(row?.found);
  }

  async readJournal(): Promise<Journal> {
    const journal: Journal = { attempts: [], statements: [], drizzleHashes: [] };
    if (await this.exists(this.names.attempts)) {
      journal.attempts = (await this.connection.query<Record<string, unknown>>(selectAttemptsSql(this.names))).map(toJournalRow);
      journal.statements = (await this.connection.query<Record<string, unknown>>(selectStatementsSql(this.names))).map(toStatementRow);
    }
    if (this.options.drizzleTable) {
      const [schema, table] = splitQualified(this.options.drizzleTable);
      const qualified = `${quoteIdent(schema)}.${quoteIdent(table)}`;
      if (await this.exists(qualified)) {
        const rows = await this.connection.query<{ hash: string }>(`SELECT hash FROM ${qualified}`);
        journal.drizzleHashes = rows.map((r) => r.hash);
      }
    }
    return journal;
  }

  async ensureJournal(): Promise<void> {
    for (const ddl of journalDdl(this.names)) await this.connection.query(ddl);
    if (this.options.drizzleTable) {
      // The same DDL drizzle-kit's migrator runs, so either tool can be first.
      const [schema, table] = splitQualified(this.options.drizzleTable);
      await this.connection.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await this.connection.query(
        `CREATE TABLE IF NOT EXISTS ${quoteIdent(schema)}.${quoteIdent(table)} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`,
      );
    }
  }

  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
    return this.connection.transaction((tx) => fn(executor(tx, this.names, this.options.drizzleTable, true)));
  }

  async acquireLock(options: LockOptions): Promise<LockHandle> {
    const key = lockKey(this.journalLocation);
    const deadline = Date.now() + options.timeoutMs;
    let holder = 'unknown';
    for (;;) {
      const [row] = await this.connection.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1, $2) AS locked',
        [LOCK_NAMESPACE, key],
      );
      if (row?.locked) {
        return { release: async () => void (await this.connection.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE, key])) };
      }
      holder = await this.describeHolder(key);
      if (Date.now() >= deadline) {
        throw new SchemagateError(
          'lock-timeout',
          `Timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for the migration lock on ${this.journalLocation}: held by ${holder}.`,
          { hint: 'Wait for that run to finish, or raise `lock-timeout`. Concurrent runs should share a workflow `concurrency` group.' },
        );
      }
      options.onWait?.(holder);
      await sleep(Math.min(1000, Math.max(50, deadline - Date.now())));
    }
  }

  private async describeHolder(key: number): Promise<string> {
    const [row] = await this.connection.query<{ pid: number; application_name: string; client_addr: string | null; backend_start: Date }>(
      `SELECT a.pid, a.application_name, a.client_addr::text AS client_addr, a.backend_start
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.classid = $1::int::oid AND l.objid = $2::bigint::oid AND l.objsubid = 2 AND l.granted`,
      [LOCK_NAMESPACE, key >>> 0],
    );
    if (!row) return 'a session that has just released it';
    const since = row.backend_start instanceof Date ? row.backend_start.toISOString() : String(row.backend_start);
    return `"${row.application_name || 'unnamed client'}" (backend pid ${row.pid}${row.client_addr ? ` from ${row.client_addr}` : ''}, connected since ${since})`;
  }

  async introspect() {
    const exclude = new Set([
      `${this.names.schema}.${this.options.journalTable}`,
      `${this.names.schema}.${this.options.journalTable}_statements`,
    ]);
    if (this.options.drizzleTable) exclude.add(splitQualified(this.options.drizzleTable).join('.'));
    return introspectPostgres(this.connection, exclude);
  }

  close() {
    return this.connection.close();
  }
}

/** `pglite://PATH` (relative or absolute) or `pglite://memory`. */
export function pgliteDataDir(url: URL): string | null {
  const location = decodeURIComponent(url.host + url.pathname);
  return location === '' || location === 'memory' ? null : path.resolve(location);
}

export const postgresDriver: EngineDriver = {
  kind: 'postgres',
  schemes: ['postgres:', 'postgresql:', 'pglite:'],
  split: (sql) => splitSql(sql, 'postgres'),
  embeddedUrl: (dir) => new URL(`pglite://${dir}`),
  async open(url, options) {
    const connection = await withConnectRetries(
      () =>
        url.protocol === 'pglite:'
          ? connectPGlite(pgliteDataDir(url), options.statementTimeoutMs)
          : connectServer(url.href, { applicationName: options.clientName, statementTimeoutMs: options.statementTimeoutMs }),
      options,
    );
    return new PostgresEngine(connection, options);
  },
};
