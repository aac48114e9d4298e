import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { dialectFor } from '../../dialects/index.js';
import { databaseMessage, SchemagateError } from '../../errors.js';
import type { Journal, JournalRow, Migration, Statement, StatementRow } from '../../types.js';
import {
  DatabaseError,
  type Batches,
  type Engine,
  type EngineDriver,
  type EngineOptions,
  type Executor,
  type LockHandle,
  type LockOptions,
  type RehearsalExecutor,
  type RehearsalOptions,
  type RunOptions,
  type StatementObserver,
  type StatementWatch,
  type Transactions,
} from '../engine.js';
import { absentEmbeddedDatabase } from '../absent.js';
import { holderIsDead } from '../holder.js';
import { damagedJournal, journalVersionOf, lacksColumns, missingColumns, newerJournal } from '../journal-shape.js';
import { withConnectRetries } from '../retry.js';
import { readTables, readTableSizes } from './catalog.js';
import { beginQuery, CommitRefused, connectPGlite, connectSecond, connectServer, restoringQueries, type PgConnection, type PgQuery, type PgSession, type PgTransaction } from './connection.js';
import { Adopter } from '../adopted.js';
import { POSTGRES_ADOPTED, postgresCatalog } from './adopted/index.js';
import { isConnectionLoss, isTooManyConnections, privilegeHint } from './errors.js';
import { introspectPostgres } from './introspect.js';
import { fileLock, pollLock, type TryLock } from './lock.js';
import {
  columnsAt,
  JOURNAL_UPGRADES,
  JOURNAL_VERSION,
  journalVersionComment,
  STATEMENT_COLUMNS,
  journalDdl,
  journalNames,
  JournalSql,
  selectAttemptsSql,
  selectStatementsSql,
  statementParams,
  toJournalRow,
  toStatementRow,
  type JournalNames,
} from './journal.js';
import { buildIndexConcurrently, type InvalidIndexPolicy } from './invalid-index.js';
import { observeStatement } from './observe.js';
import { mayRunAhead } from './ahead.js';
import { poolerRefusal, PROBE_PURPOSE, transactionPooled } from './pooler.js';
import { SessionChanges } from '../session-changes.js';
import { watchSession } from './watch.js';

export const DEFAULT_POSTGRES_JOURNAL_SCHEMA = 'schemagate';
const POSTGRES_DIALECT = dialectFor('postgres');
const LOCK_NAMESPACE = 0x53470000; // "SG": keeps our advisory locks apart from the application's

function lockKey(location: string): number {
  return createHash('sha256').update(location).digest().readInt32BE(0);
}

/**
 * A failed statement as the core understands it: a lost connection (the statement may have
 * run) or the database's refusal, with the position in the statement the server points at.
 */
function statementFailure(error: unknown, atCommit = false): Error {
  if (error instanceof SchemagateError) return error;
  if (isConnectionLoss(error)) return new SchemagateError('connection', databaseMessage(error), { cause: error });
  const position = Number((error as { position?: unknown }).position);
  const code = (error as { code?: unknown }).code;
  // 25001 active_sql_transaction: "cannot run inside a transaction block".
  const needsNoTransaction = code === '25001';
  // 55P03 lock_not_available: lock_timeout ran out (or NOWAIT); the statement left nothing behind.
  const lockNotAvailable = code === '55P03';
  return new DatabaseError(databaseMessage(error), Number.isInteger(position) && position > 0 ? position : undefined, { cause: error, lockNotAvailable, atCommit, ...privilegeHint(error) }, needsNoTransaction);
}

/** A refused COMMIT read as the migration's failure, as a statement's is: its own content broke a deferred check. */
async function committing<T>(transaction: Promise<T>): Promise<T> {
  try {
    return await transaction;
  } catch (error) {
    throw error instanceof CommitRefused ? statementFailure(error.refusal, true) : error;
  }
}

/**
 * The live columns of the table `param` names (a qualified name), as JSON text (the connection
 * reads no array types); `[]` when there is no such table.
 */
const columnNames = (param: string) => `to_json(ARRAY(SELECT attname::text FROM pg_attribute WHERE attrelid = to_regclass(${param}) AND attnum > 0 AND NOT attisdropped))::text`;
const parseColumnNames = (json: string, table: string) => (JSON.parse(json) as string[]).map((column) => ({ table, column }));

/** lock_timeout as SET takes it: a whole number of milliseconds, safe to splice. */
const lockTimeoutSetting = (ms: number) => `${Math.max(1, Math.ceil(ms))}ms`;

/** Runs one statement, returning the rows it changed; failures as the core understands them. */
async function execCounting(connection: PgConnection, statement: Statement): Promise<number> {
  try {
    return await connection.exec(statement.sql);
  } catch (error) {
    throw statementFailure(error);
  }
}

/**
 * Runs one statement; inside a transaction, an observer is told which locks it took and what it
 * rewrote. Outside one, a lock wait bound is set for the session around the statement alone.
 */
async function executeOn(connection: PgConnection, statement: Statement, observe: StatementObserver | undefined, lockTimeoutMs?: number): Promise<void> {
  const run = async () => void (await execCounting(connection, statement));
  if (observe) {
    observe(statement, await observeStatement(connection, run));
    return;
  }
  if (lockTimeoutMs === undefined) return run();
  await connection.query("SELECT set_config('lock_timeout', $1, false)", [lockTimeoutSetting(lockTimeoutMs)]);
  let failed = true;
  try {
    await run();
    failed = false;
  } finally {
    // Back to the session's own value (the role's, the URL's), so journal writes are not bounded.
    const reset = connection.query('RESET lock_timeout');
    if (failed) await reset.catch(() => {});
    else await reset;
  }
}

/**
 * The `running` row of an attempt, as its own transaction with an asynchronous commit (one WAL
 * flush per migration instead of two). Why it is still durable before anything the migration
 * does: crash recovery replays a prefix of the WAL, and this commit record precedes every change
 * of the migration in the WAL, since the server runs this session's queries in order even when
 * they were sent together. A migration's changes count only once their own commit is durable
 * (the migration's COMMIT, or each statement's autocommit outside a transaction), and a
 * synchronous commit flushes the WAL up to itself, this row included. So after a crash or a kill
 * at any point the journal has the row whenever the schema has anything of the migration; a
 * lost row (the server crashed before any flush) comes with no trace of the migration either.
 * The migration's BEGIN, sent in the same round trip, starts only after this COMMIT.
 */
function runningRow(sql: JournalSql, row: JournalRow): PgQuery[] {
  return [{ text: beginQuery({ synchronous_commit: 'off' }) }, ...sql.upsertAttempts([row]), { text: 'COMMIT' }];
}

function executor(connection: PgSession, sql: JournalSql, adopted: Adopter<PgConnection>, changes: SessionChanges, invalidIndexes: InvalidIndexPolicy): Executor {
  return {
    // Outside a transaction a CREATE INDEX CONCURRENTLY may meet the INVALID index of an earlier failed build (invalid-index.ts).
    execute: (statement: Statement, options?: RunOptions) => {
      changes.saw(statement);
      return buildIndexConcurrently(connection, statement.sql, () => executeOn(connection, statement, undefined, options?.lockTimeoutMs), invalidIndexes);
    },
    async writeAttempt(row: JournalRow, migration: Migration) {
      if (row.status === 'running') return connection.pipeline(runningRow(sql, row));
      // The attempt is over (applied or failed): the session as the run opened it writes its row and runs what follows.
      if (changes.take()) await connection.pipeline(restoringQueries(connection));
      for (const { text, params } of sql.upsertAttempts([row])) await connection.query(text, params);
      if (row.status === 'applied') await adopted.record(connection, migration);
    },
    async writeStatement(row: StatementRow) {
      await connection.query(sql.insertStatement, statementParams(row));
    },
  };
}

/**
 * Inside a migration's transaction the journal rows travel with the COMMIT (one round trip for
 * both): they commit with the migration or not at all, and a failure to write them fails the
 * commit. Several attempts' rows (one migration's `applied` row and the next one's `running` row,
 * or a batch chunk's `applied` rows) go in one INSERT.
 */
function transactionExecutor(tx: PgTransaction, sql: JournalSql, adopted: Adopter<PgConnection>, session: Pick<PgSession, 'sessionSettings'>, changes: SessionChanges, observe: StatementObserver | undefined): Executor {
  const writeAttempts = async (entries: ReadonlyArray<{ row: JournalRow; migration: Migration }>) => {
    // Inside the transaction, before the rows: the session is put back as the migration commits.
    if (changes.take()) for (const { text } of restoringQueries(session)) await tx.queue(text, []);
    for (const { text, params } of sql.upsertAttempts(entries.map((e) => e.row))) await tx.queue(text, params);
    for (const { row, migration } of entries) if (row.status === 'applied') await adopted.record(tx, migration);
  };
  return {
    execute: (statement: Statement) => {
      changes.saw(statement);
      return executeOn(tx, statement, observe);
    },
    writeAttempt: (row: JournalRow, migration: Migration) => writeAttempts([{ row, migration }]),
    writeAttempts,
    writeStatement: (row: StatementRow) => tx.queue(sql.insertStatement, statementParams(row)),
  };
}

/** A transaction's start: the lock bound on every statement (set_config(..., true), sent with BEGIN), and its statements sent right behind. */
function opening(statements: readonly Statement[], lockTimeoutMs: number | undefined, observe: StatementObserver | undefined): { settings: Record<string, string>; ahead: string[] } {
  return {
    settings: lockTimeoutMs === undefined ? {} : { lock_timeout: lockTimeoutSetting(lockTimeoutMs) },
    // An observer looks at each statement's locks between statements, so nothing runs ahead of it.
    ahead: !observe && mayRunAhead(statements) ? statements.map((s) => s.sql) : [],
  };
}

const ROLLBACK = new Error('rehearsal: roll back');

class PostgresEngine implements Engine {
  readonly kind = 'postgres';
  readonly journalLocation: string;
  readonly transactions: Transactions;
  readonly batches: Batches;
  private readonly names: JournalNames;
  private readonly sql: JournalSql;
  private readonly base: Executor;
  private readonly adopted: Adopter<PgConnection>;

  constructor(
    private readonly connection: PgSession,
    private readonly options: EngineOptions,
    /** A PGlite data directory, locked by a file rather than an advisory lock (see lock.ts). */
    private readonly lockDir: string | null = null,
    /** The pooler probe's session, opened beside this one for a run that will lock (see postgresDriver.open); taken once. */
    private probe: Promise<PgSession | null> | null = null,
  ) {
    const schema = options.journalSchema ?? DEFAULT_POSTGRES_JOURNAL_SCHEMA;
    this.names = journalNames(schema, options.journalTable);
    this.sql = new JournalSql(this.names);
    this.journalLocation = `${schema}.${options.journalTable}`;
    this.adopted = new Adopter(POSTGRES_ADOPTED, options.adopt, postgresCatalog(options.log));
    const changes = new SessionChanges(POSTGRES_DIALECT.changesSession!);
    this.base = executor(connection, this.sql, this.adopted, changes, {
      rebuild: options.rebuildInvalidIndexes ?? true,
      log: options.log ?? (() => {}),
    });
    this.transactions = {
      transaction: (fn, { started, lockTimeoutMs, statements = [], next } = {}) =>
        committing(this.connection.transaction((tx) => fn(transactionExecutor(tx, this.sql, this.adopted, connection, changes, options.observe)), {
          before: started ? runningRow(this.sql, started.row) : [],
          ...opening(statements, lockTimeoutMs, options.observe),
          // The next migration's BEGIN and statements travel with this COMMIT: one round trip per migration.
          ...(next && !options.observe && mayRunAhead(next.statements) ? { then: opening(next.statements, next.lockTimeoutMs, undefined) } : {}),
        })),
    };
    const { session } = connection;
    if (session) this.watch = () => watchSession(session);
    this.batches = {
      runBatch: (statement, record) =>
        committing(this.connection.transaction(async (tx) => {
          const rows = await execCounting(tx, statement);
          await record(transactionExecutor(tx, this.sql, this.adopted, connection, changes, undefined), rows);
          return rows;
        })),
      queryNumber: async (sql) => {
        const [row] = await this.connection.query<Record<string, unknown>>(sql);
        const value = row ? Object.values(row)[0] : null;
        return value === null || value === undefined ? null : Number(value);
      },
    };
  }

  readonly watch?: () => StatementWatch;

  cancelRunning(): void {
    this.connection.cancelRunning?.();
  }

  execute: Executor['execute'] = (s, o) => this.base.execute(s, o);
  writeAttempt: Executor['writeAttempt'] = (r, m) => this.base.writeAttempt(r, m);
  writeStatement: Executor['writeStatement'] = (r) => this.base.writeStatement(r);

  async readJournal(): Promise<Journal> {
    const own = await this.readOwnJournal();
    return { ...own, adopted: await this.adopted.read(this.connection) };
  }

  private async readOwnJournal(): Promise<Omit<Journal, 'adopted'>> {
    const shape = await this.journalShape();
    if (!shape) return { attempts: [], statements: [] };
    // Both tables' rows in one round trip.
    const [attempts, statements] = await Promise.all([
      this.connection.queryValues(selectAttemptsSql(this.names, shape.version), toJournalRow),
      shape.hasStatements ? this.connection.query<Record<string, unknown>>(selectStatementsSql(this.names)) : null,
    ]);
    if (!statements && attempts.some((a) => !a.transactional && a.status !== 'applied')) throw this.damaged(`has no ${this.names.statements} table, which holds the progress of the interrupted attempts`);
    return { attempts, statements: statements?.map(toStatementRow) ?? [] };
  }

  private damaged(what: string): SchemagateError {
    return damagedJournal(this.journalLocation, what);
  }

  /**
   * Whether the journal exists and what it holds, from one catalog query; refuses a journal this
   * schemagate cannot read exactly: a newer version, a missing column. A missing statements
   * table is allowed only in a journal from before versioning, which an older schemagate could
   * leave half-created; `ensureJournal` then completes it.
   */
  private async journalShape(): Promise<{ hasStatements: boolean; version: number } | null> {
    const [meta] = await this.connection.query<{ found: string | null; comment: string | null; statements: string | null; attempt_columns: string; statement_columns: string; kind: string | null; statements_kind: string | null }>(
      `SELECT to_regclass($1)::text AS found, obj_description(to_regclass($1), 'pg_class') AS comment, to_regclass($2)::text AS statements,
        ${columnNames('$1')} AS attempt_columns, ${columnNames('$2')} AS statement_columns,
        (SELECT relkind::text FROM pg_class WHERE oid = to_regclass($1)) AS kind, (SELECT relkind::text FROM pg_class WHERE oid = to_regclass($2)) AS statements_kind`,
      [this.names.attempts, this.names.statements],
    );
    if (!meta?.found) return null;
    // A view (or any relation but a table) under a journal table's name: nothing schemagate can write to or upgrade.
    for (const [table, kind] of [[this.names.attempts, meta.kind], [this.names.statements, meta.statements_kind]] as const) {
      if (kind !== null && kind !== 'r' && kind !== 'p') throw this.damaged(`has ${RELATION_KINDS[kind] ?? 'a relation that is not a table'} where its table ${table} should be`);
    }
    const version = journalVersionOf(meta.comment);
    if (version !== null && version > JOURNAL_VERSION) throw newerJournal(this.journalLocation, version, JOURNAL_VERSION);
    const { journalTable } = this.options;
    const statementsTable = `${journalTable}_statements`;
    const missing = missingColumns(
      { [journalTable]: columnsAt(version ?? 1), ...(meta.statements ? { [statementsTable]: STATEMENT_COLUMNS } : {}) },
      [...parseColumnNames(meta.attempt_columns, journalTable), ...parseColumnNames(meta.statement_columns, statementsTable)],
    );
    if (missing.length > 0) throw this.damaged(lacksColumns(missing));
    if (!meta.statements && version !== null) throw this.damaged(`has no ${this.names.statements} table`);
    return { hasStatements: Boolean(meta.statements), version: version ?? 1 };
  }

  /** All of the journal's tables or none, in one transaction; an older journal is upgraded in place. */
  async ensureJournal(): Promise<void> {
    await this.connection.transaction(async (tx) => {
      const [meta] = await tx.query<{ comment: string | null; found: string | null; journal_schema: boolean; tenant_schema: boolean }>(
        `SELECT obj_description(to_regclass($1), 'pg_class') AS comment, to_regclass($1)::text AS found,
           EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $2) AS journal_schema, EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $3) AS tenant_schema`,
        [this.names.attempts, this.names.schema, this.options.schema ?? this.names.schema],
      );
      const from = meta?.found ? (journalVersionOf(meta.comment) ?? 1) : JOURNAL_VERSION;
      // CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even where the schema exists: a role that owns it need not have that.
      const ddl = journalDdl(this.names).filter((text) => !(meta?.journal_schema && text.startsWith('CREATE SCHEMA IF NOT EXISTS')));
      for (let version = from + 1; version <= JOURNAL_VERSION; version++) ddl.push(...(JOURNAL_UPGRADES[version]?.(this.names) ?? []));
      ddl.push(journalVersionComment(this.names));
      if (this.options.schema && !meta?.tenant_schema) ddl.push(`CREATE SCHEMA IF NOT EXISTS ${this.options.schema}`);
      // Sent back to back (one round trip); in order, so the first failure is the first answer.
      await Promise.all(ddl.map((text) => tx.query(text)));
      await this.adopted.ensure(tx);
    });
  }

  async acquireLock(options: LockOptions): Promise<LockHandle> {
    // A session lock through a transaction-mode pooler would stay behind on a pooled session.
    const { session } = this.connection;
    const pooled = session ? await transactionPooled(this.connection, session, this.takeProbe()) : false;
    if (pooled) throw poolerRefusal();
    if (pooled === null) {
      this.options.log?.('Could not open a second session to check for a transaction-mode connection pooler; continuing. The URL must be a direct or session-mode connection (see `direct-url`).');
    }
    const tryLock = this.lockDir ? fileLock(this.lockDir, options.owner) : this.advisoryLock();
    return pollLock(this.journalLocation, options, tryLock);
  }

  private advisoryLock(): TryLock {
    const key = lockKey(this.journalLocation);
    return async () => {
      const [row] = await this.connection.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [LOCK_NAMESPACE, key]);
      if (!row?.locked) return { holder: await this.describeHolder(key) };
      return { release: async () => void (await this.connection.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE, key])) };
    };
  }

  private async describeHolder(key: number): Promise<string> {
    const [row] = await this.connection.query<{ pid: number; application_name: string; client_addr: string | null; backend_start: Date }>(
      `SELECT a.pid, a.application_name, a.client_addr::text AS client_addr, a.backend_start
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.classid = $1::int::oid AND l.objid = $2::bigint::oid AND l.objsubid = 2 AND l.granted
         -- advisory locks are per database: another database's run on this server is no holder
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [LOCK_NAMESPACE, key >>> 0],
    );
    if (!row) return 'a session that has just released it';
    const since = row.backend_start instanceof Date ? row.backend_start.toISOString() : String(row.backend_start);
    const gone = holderIsDead(row.application_name)
      ? '; its process on this host is gone, and the server ends the session once it notices the client left (client_connection_check_interval on Postgres 14+), or when its statement ends'
      : '';
    return `"${row.application_name || 'unnamed client'}" (backend pid ${row.pid}${row.client_addr ? ` from ${row.client_addr}` : ''}, connected since ${since}${gone})`;
  }

  tables() {
    return readTables(this.connection);
  }

  tableSizes(tables: readonly string[]) {
    return readTableSizes(this.connection, tables);
  }

  async rehearse<T>(options: RehearsalOptions, fn: (tx: RehearsalExecutor) => Promise<T>): Promise<T> {
    let outcome: { value: T } | null = null;
    try {
      const settings = { lock_timeout: `${Math.ceil(options.lockTimeoutMs)}ms`, statement_timeout: `${Math.ceil(options.statementTimeoutMs)}ms` };
      await this.connection.transaction(async (tx) => {
        outcome = {
          value: await fn({
            execute: (statement) => executeOn(tx, statement, options.observe),
            introspect: async () => introspectPostgres(tx, await this.ownTables(), this.options.schema),
          }),
        };
        // The only way out of this transaction is a rollback.
        throw ROLLBACK;
      }, { settings });
    } catch (error) {
      if (error !== ROLLBACK) throw error;
    }
    return (outcome as { value: T } | null)!.value;
  }

  private async ownTables(): Promise<Set<string>> {
    const exclude = new Set([
      `${this.names.schema}.${this.options.journalTable}`,
      `${this.names.schema}.${this.options.journalTable}_statements`,
    ]);
    const adopted = await this.adopted.table(this.connection);
    if (adopted) exclude.add(`${adopted.schema}.${adopted.table}`);
    return exclude;
  }

  async introspect() {
    const exclude = await this.ownTables();
    // In a transaction of its own: the display settings it sets (introspect.ts) end with it.
    return this.connection.transaction((tx) => introspectPostgres(tx, exclude, this.options.schema));
  }

  private takeProbe(): Promise<PgSession | null> | null {
    const probe = this.probe;
    this.probe = null;
    return probe;
  }

  close() {
    closeUnused(this.takeProbe());
    return this.connection.close();
  }
}

/**
 * The run's own server session and, for a run that will lock, the pooler probe's (pooler.ts),
 * opened beside it rather than after it: its connection no longer delays every apply (about 20 ms
 * here). Where the two cannot both have one (a role's CONNECTION LIMIT 1, a full server), the
 * run's own comes first: the probe is let go, and the lock's probe then finds it cannot open one.
 */
async function connectWithProbe(href: string, options: EngineOptions): Promise<{ connection: PgSession; probe: Promise<PgSession | null> | null }> {
  let probe = options.readOnly ? null : connectSecond(href, options.clientName, PROBE_PURPOSE).catch(() => null);
  const own = () => connectServer(href, { applicationName: options.clientName, statementTimeoutMs: options.statementTimeoutMs });
  const firstOwn = async () => {
    try {
      return await own();
    } catch (error) {
      if (!probe || !isTooManyConnections(error)) throw error;
      const taken = probe;
      probe = null;
      await (await taken)?.close();
      return own();
    }
  };
  try {
    return { connection: await withConnectRetries(firstOwn, options, isConnectionLoss), probe };
  } catch (error) {
    closeUnused(probe);
    throw error;
  }
}

/** A probe session never used: the server ends it in its own time (as the probe's own close does). */
const closeUnused = (probe: Promise<PgSession | null> | null) => void probe?.then((session) => session?.close({ waitForServer: false }));

/**
 * libpq also reads the user and password from the query (`?user=app&password=...`), where
 * postgres.js would send them to the server as settings it does not know.
 */
function withLibpqCredentials(url: URL): URL {
  if (!url.searchParams.has('user') && !url.searchParams.has('password')) return url;
  const moved = new URL(url.href);
  for (const part of ['user', 'password'] as const) {
    const value = moved.searchParams.get(part);
    if (value === null) continue;
    moved.searchParams.delete(part);
    if (part === 'user' && !moved.username) moved.username = encodeURIComponent(value);
    if (part === 'password' && !moved.password) moved.password = encodeURIComponent(value);
  }
  return moved;
}

/** libpq's `sslmode` values (and postgres.js's `no-verify`): any other would be read as some TLS, and fail late as a network error. */
const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full', 'no-verify'];

function refuseUnknownSslMode(url: URL): void {
  const mode = url.searchParams.get('sslmode');
  if (mode === null || SSL_MODES.includes(mode)) return;
  throw new SchemagateError('config', `The database URL's sslmode is not one Postgres knows (the value is not shown).`, { hint: `Set sslmode to one of: ${SSL_MODES.join(', ')}.` });
}

/** `pglite://PATH` (relative or absolute) or `pglite://memory`; no query parameter is read, so none is accepted. */
export function pgliteDataDir(url: URL): string | null {
  const parameters = [...new Set(url.searchParams.keys())];
  if (parameters.length > 0) {
    throw new SchemagateError('config', `The pglite:// URL has query parameters schemagate does not read: ${parameters.map((name) => JSON.stringify(name)).join(', ')}.`, {
      hint: 'A pglite:// URL is only a data directory (pglite://./relative/dir, pglite:///absolute/dir) or pglite://memory: remove the query.',
    });
  }
  let location: string;
  try {
    location = decodeURIComponent(url.host + url.pathname);
  } catch {
    throw new SchemagateError('config', 'The pglite:// URL\'s path is not valid percent-encoding.', { hint: 'Write the data directory as it is, or encode each reserved character as %XX.' });
  }
  if (location === '') {
    // Nothing would be kept: every run would apply everything again and say it succeeded.
    throw new SchemagateError('config', 'The pglite:// URL names no data directory.', { hint: 'Write pglite://./relative/dir or pglite:///absolute/dir; pglite://memory for a database kept in memory for the run only.' });
  }
  return location === 'memory' ? null : path.resolve(location);
}

const RELATION_KINDS: Record<string, string> = { v: 'a view', m: 'a materialized view', f: 'a foreign table', S: 'a sequence', i: 'an index', c: 'a composite type' };

export const postgresDriver: EngineDriver = {
  kind: 'postgres',
  schemes: ['postgres:', 'postgresql:', 'pglite:'],
  dialect: POSTGRES_DIALECT,
  embeddedUrl: (dir) => new URL(`pglite://${dir}`),
  adoptTools: POSTGRES_ADOPTED.map((t) => t.tool),
  async open(url, options) {
    const embedded = url.protocol === 'pglite:';
    const dataDir = embedded ? pgliteDataDir(url) : null;
    refuseUnknownSslMode(url);
    if (options.readOnly && dataDir && !existsSync(dataDir)) return absentEmbeddedDatabase('postgres', `pglite://${dataDir}`, options, options.schema ?? 'public');
    const { connection, probe } = embedded
      ? { connection: await withConnectRetries(() => connectPGlite(dataDir, { statementTimeoutMs: options.statementTimeoutMs, extensions: options.extensions?.() }), options, isConnectionLoss), probe: null }
      : await connectWithProbe(withLibpqCredentials(url).href, options);
    try {
      // Schema per tenant: the identifier was validated by the settings (letters, digits, _).
      if (options.schema) await connection.setForSession({ search_path: options.schema });
    } catch (error) {
      closeUnused(probe);
      await connection.close().catch(() => {});
      throw error;
    }
    return new PostgresEngine(connection, options, dataDir, probe);
  },
};
