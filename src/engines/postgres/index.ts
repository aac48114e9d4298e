import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { dialectFor } from '../../dialects/index.js';
import { databaseMessage, SchemagateError } from '../../errors.js';
import type { Journal, JournalRow, Migration, Statement, StatementRow } from '../../types.js';
import { DatabaseError, type Engine, type EngineDriver, type EngineOptions, type Executor, type LockHandle, type LockOptions, type Transactions } from '../engine.js';
import { absentEmbeddedDatabase } from '../absent.js';
import { isTransientConnectionError, withConnectRetries } from '../retry.js';
import { connectPGlite, connectServer, type PgConnection } from './connection.js';
import { DrizzleJournal } from './drizzle-journal.js';
import { introspectPostgres } from './introspect.js';
import {
  attemptParams,
  insertStatementSql,
  journalDdl,
  journalNames,
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

/** postgres.js's own codes for a lost connection, and the server's "try again" states. */
const TRANSIENT_CODES = new Set([
  'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED',
  '57P03', // cannot_connect_now: the server is starting up
  '53300', // too_many_connections
]);

const isTransient = (error: unknown) => isTransientConnectionError(error, TRANSIENT_CODES);

/**
 * A failed statement as the core understands it: a lost connection (the statement may have
 * run) or the database's refusal, with the position in the statement the server points at.
 */
function statementFailure(error: unknown): Error {
  if (isTransient(error)) return new SchemagateError('connection', databaseMessage(error), { cause: error });
  const position = Number((error as { position?: unknown }).position);
  return new DatabaseError(databaseMessage(error), Number.isInteger(position) && position > 0 ? position : undefined, { cause: error });
}

function executor(connection: PgConnection, names: JournalNames, adopted: DrizzleJournal | null, inTransaction: boolean): Executor {
  return {
    async execute(statement: Statement) {
      try {
        await connection.exec(statement.sql);
      } catch (error) {
        throw statementFailure(error);
      }
    },
    async writeAttempt(row: JournalRow, migration: Migration) {
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
      if (row.status === 'applied') await adopted?.record(connection, migration);
    },
    async writeStatement(row: StatementRow) {
      await connection.query(insertStatementSql(names), [
        row.attemptId, row.migrationId, row.statementIndex, row.statementHash, row.finishedAt,
      ]);
    },
  };
}

class PostgresEngine implements Engine {
  readonly kind = 'postgres';
  readonly journalLocation: string;
  readonly transactions: Transactions;
  private readonly names: JournalNames;
  private readonly base: Executor;
  private readonly adopted: DrizzleJournal | null;

  constructor(
    private readonly connection: PgConnection,
    private readonly options: EngineOptions,
  ) {
    const schema = options.journalSchema ?? DEFAULT_POSTGRES_JOURNAL_SCHEMA;
    this.names = journalNames(schema, options.journalTable);
    this.journalLocation = `${schema}.${options.journalTable}`;
    this.adopted = options.adopt ? new DrizzleJournal(options.adopt.table) : null;
    this.base = executor(connection, this.names, this.adopted, false);
    this.transactions = {
      transaction: (fn) => this.connection.transaction((tx) => fn(executor(tx, this.names, this.adopted, true))),
    };
  }

  execute: Executor['execute'] = (s) => this.base.execute(s);
  writeAttempt: Executor['writeAttempt'] = (r, m) => this.base.writeAttempt(r, m);
  writeStatement: Executor['writeStatement'] = (r) => this.base.writeStatement(r);

  private async exists(qualified: string): Promise<boolean> {
    const [row] = await this.connection.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [qualified]);
    return Boolean(row?.found);
  }

  async readJournal(): Promise<Journal> {
    const journal: Journal = { attempts: [], statements: [], adopted: null };
    if (await this.exists(this.names.attempts)) {
      journal.attempts = (await this.connection.query<Record<string, unknown>>(selectAttemptsSql(this.names))).map(toJournalRow);
      journal.statements = (await this.connection.query<Record<string, unknown>>(selectStatementsSql(this.names))).map(toStatementRow);
    }
    if (this.adopted) journal.adopted = { tool: this.adopted.tool, sha256: await this.adopted.read(this.connection) };
    return journal;
  }

  async ensureJournal(): Promise<void> {
    for (const ddl of journalDdl(this.names)) await this.connection.query(ddl);
    await this.adopted?.ensure(this.connection);
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
    if (this.adopted) exclude.add(`${this.adopted.schema}.${this.adopted.table}`);
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
  dialect: dialectFor('postgres'),
  embeddedUrl: (dir) => new URL(`pglite://${dir}`),
  async open(url, options) {
    const dataDir = url.protocol === 'pglite:' ? pgliteDataDir(url) : null;
    if (options.readOnly && dataDir && !existsSync(dataDir)) return absentEmbeddedDatabase('postgres', `pglite://${dataDir}`, options);
    const connection = await withConnectRetries(
      () =>
        url.protocol === 'pglite:'
          ? connectPGlite(dataDir, { statementTimeoutMs: options.statementTimeoutMs, extensions: options.extensions })
          : connectServer(url.href, { applicationName: options.clientName, statementTimeoutMs: options.statementTimeoutMs }),
      options,
      isTransient,
    );
    return new PostgresEngine(connection, options);
  },
};
