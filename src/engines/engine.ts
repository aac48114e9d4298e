import type { Dialect } from '../dialects/index.js';
import type { TableSize } from '../safety/types.js';
import type { Journal, JournalRow, Migration, SchemaSnapshot, Statement, StatementRow } from '../types.js';

/**
 * What the engine-agnostic core needs from a database. One implementation per engine
 * (Postgres over postgres.js or PGlite; ClickHouse over HTTP or chDB); the planner, the apply
 * loop, verification and reporting only ever talk to this contract. What only some engines can
 * do is an optional capability (as Kysely's DialectAdapter declares transactional DDL), never a
 * method that throws.
 */

/** The engines the registry (engines/index.ts) knows. */
export type EngineKind = 'postgres' | 'clickhouse';

/**
 * A statement the database rejected, with its own message and, where the database says, the
 * 1-based character offset in the statement it points at. Engines throw this from `execute`; a
 * lost connection is a `connection` SchemagateError instead, since the statement may have run.
 */
export class DatabaseError extends Error {
  /** What the database's refusal means for the user, when the engine knows (a missing privilege). */
  readonly hint?: string;
  /**
   * The statement gave up waiting for a lock (Postgres SQLSTATE 55P03, lock_timeout): nothing it
   * did remains, and running it again later may succeed. The core retries it (core/lock-retry.ts).
   */
  readonly lockNotAvailable: boolean;
  /**
   * The transaction's COMMIT refused it, after every statement ran (a deferred constraint, a
   * serialization failure): nothing of the transaction remains, and no one statement is to blame.
   */
  readonly atCommit: boolean;

  constructor(
    message: string,
    readonly position?: number,
    options?: { cause?: unknown; hint?: string; lockNotAvailable?: boolean; atCommit?: boolean },
    /** The statement refuses to run inside a transaction (Postgres `CREATE INDEX CONCURRENTLY`...). */
    readonly needsNoTransaction = false,
  ) {
    super(message, options);
    this.name = 'DatabaseError';
    if (options?.hint) this.hint = options.hint;
    this.lockNotAvailable = options?.lockNotAvailable ?? false;
    this.atCommit = options?.atCommit ?? false;
  }
}

/** How one statement (or, for a transaction, each of its statements) runs. */
export interface RunOptions {
  /**
   * The longest a statement may wait for a lock before it fails with `lockNotAvailable`
   * (Postgres lock_timeout). Absent: the session's own setting. Engines with no such bound
   * (ClickHouse) have no lock queue to bound and ignore it.
   */
  lockTimeoutMs?: number;
}

/** A session that holds a lock the running statement waits for, as the database describes it. */
export interface Blocker {
  pid: number;
  applicationName: string;
  user: string | null;
  /** `active`, `idle in transaction`... */
  state: string | null;
  /** How long its transaction has been open; null outside a transaction. */
  transactionMs: number | null;
  /** The start of its current or last query, whitespace collapsed, string literals hidden (see report/blockers.ts). */
  query: string;
}

/** The lock a statement waits for, and who holds it. */
export interface LockWait {
  /** `schema.table` when the lock is on a relation; otherwise the lock's kind (`transactionid`...). */
  relation: string;
  /** As the database names it: `AccessExclusiveLock`. */
  mode: string;
  blockers: Blocker[];
}

/** A long statement's progress, from the database's progress views. */
export interface StatementProgress {
  /** `CREATE INDEX CONCURRENTLY`, `VACUUM FULL`, `CLUSTER`... */
  command: string;
  phase: string;
  blocksDone: number | null;
  blocksTotal: number | null;
  tuplesDone: number | null;
  tuplesTotal: number | null;
}

/** What the running statement is doing right now. */
export interface StatementActivity {
  lockWait: LockWait | null;
  progress: StatementProgress | null;
}

/**
 * A look at the engine's running statement from a second connection (the engine's own is busy
 * running it), opened on the first `sample` and closed by `close`.
 */
export interface StatementWatch {
  sample(): Promise<StatementActivity>;
  close(): Promise<void>;
}

export interface Executor {
  /** Run one migration statement. Throws DatabaseError, or a `connection` SchemagateError. */
  execute(statement: Statement, options?: RunOptions): Promise<void>;
  /**
   * Insert or replace the journal row of one attempt (keyed by attemptId). An engine adopting
   * another tool's journal also records an `applied` row there, in the same transaction. Inside
   * a transaction the engine may send the row with the COMMIT that follows and report its
   * failure from the commit.
   */
  writeAttempt(row: JournalRow, migration: Migration): Promise<void>;
  /**
   * Several attempts' rows in one atomic write (all of them or none), as `writeAttempt` writes
   * each: one migration's `applied` row together with the next one's `running` row costs one
   * request instead of two. Present where that write is one request (ClickHouse: one INSERT;
   * Postgres inside a transaction: one INSERT, sent with the COMMIT).
   */
  writeAttempts?(entries: ReadonlyArray<{ row: JournalRow; migration: Migration }>): Promise<void>;
  /** Record one completed statement of a non-transactional attempt. */
  writeStatement(row: StatementRow): Promise<void>;
}

/** A migration and its journal row commit together or not at all. */
export interface Transactions {
  transaction<T>(fn: (tx: Executor) => Promise<T>, options?: TransactionOptions): Promise<T>;
}

/** How a migration's transaction runs: its statements' lock wait bound, and the attempt's running row. */
export interface TransactionOptions extends RunOptions {
  /**
   * The attempt's `running` row, committed on its own before the transaction begins, so that an
   * interrupted attempt leaves a trace. The engine may send it together with the transaction's
   * start (one round trip); its failure fails the call before `fn` runs.
   */
  started?: { row: JournalRow; migration: Migration };
  /**
   * The statements `fn` will execute, in this order. The engine may send them with the
   * transaction's start, before any answer is in (one round trip for all); `execute` then returns
   * each one's own answer, so a failure is still that statement's, and the aborted transaction
   * lets nothing after it take effect.
   */
  statements?: readonly Statement[];
  /**
   * The transaction the caller runs next if this one commits (its statements and lock bound).
   * The engine may start it right behind this one's commit, in the same round trip: a following
   * `transaction` with the same statements and bound continues it, and anything else the engine
   * is asked first rolls it back, so nothing of it commits unless that call commits it.
   */
  next?: { statements: readonly Statement[]; lockTimeoutMs?: number };
}

/**
 * Running a batched backfill (`-- schemagate:batch`): each execution of its statement commits
 * together with the journal's progress, and the engine says how many rows it changed. An engine
 * without a row count or without transactions (ClickHouse: a mutation reports no count) lacks it.
 */
export interface Batches {
  /**
   * Runs `statement` once in a new transaction, then `record` with the rows it changed (the
   * command tag's count), and commits both or neither. Returns the rows changed. Throws like
   * `execute`.
   */
  runBatch(statement: Statement, record: (tx: Executor, rowsChanged: number) => Promise<void>): Promise<number>;
  /** The first column of a query's first row as a number (null when it returns none): a batch's total. */
  queryNumber(sql: string): Promise<number | null>;
}

export interface LockHandle {
  release(): Promise<void>;
}

export interface LockOptions {
  /** Who we are, shown to a run that waits for us. */
  owner: string;
  timeoutMs: number;
  /** Called while waiting, with the current holder's description. */
  onWait?: (holder: string) => void;
  /** A stop asked for from outside (core/stop.ts) ends the wait at once. */
  stop?: AbortSignal;
}

/**
 * What running one statement did to the tables, read from the database's own bookkeeping inside
 * the statement's transaction (Postgres: pg_locks of this backend, pg_class.relfilenode).
 * Tables are `schema.table`.
 */
export interface StatementEffects {
  /** Lock modes this statement newly took, as the database names them (`AccessExclusiveLock`). */
  acquired: Array<{ table: string; mode: string }>;
  /** Every lock mode held after it, earlier statements' of the same transaction included. */
  held: Array<{ table: string; mode: string }>;
  /** Tables whose storage file changed: rewritten. */
  rewritten: string[];
}

/** Called after each statement run inside a transaction, when the engine can observe. */
export type StatementObserver = (statement: Statement, effects: StatementEffects) => void;

/** The tables that exist, and where unqualified names resolve. */
export interface TableCatalog {
  /** Postgres: current_schema(); ClickHouse: the URL's database. */
  defaultSchema: string;
  /** `schema.table` (Postgres) or `database.table` (ClickHouse). */
  tables: Set<string>;
  /** `schema.index` → `schema.table`, where the engine has named indexes that DDL drops by name (Postgres). */
  indexes?: Map<string, string>;
  /** Of `tables`, those that store no rows of their own: views, and materialized views that write TO a table (ClickHouse). */
  rowless?: Set<string>;
}

export interface RehearsalOptions {
  lockTimeoutMs: number;
  statementTimeoutMs: number;
  observe?: StatementObserver;
}

/** Statements run inside a transaction that is always rolled back. */
export interface RehearsalExecutor {
  execute(statement: Statement): Promise<void>;
  /** The schema as the transaction sees it, minus schemagate's own tables. */
  introspect(): Promise<SchemaSnapshot>;
}

export interface Engine extends Executor {
  readonly kind: EngineKind;
  /** Where the journal lives, for messages (`schemagate.schemagate_journal`). */
  readonly journalLocation: string;
  /**
   * Present when a migration and its journal row can commit atomically. Without it
   * (ClickHouse), or when a migration opts out, statements run one by one with per-statement
   * progress recorded.
   */
  readonly transactions?: Transactions;
  /** Present when a batched backfill can run here. */
  readonly batches?: Batches;

  /** Read the journal; an absent journal is an empty one (plan must not create anything). */
  readJournal(): Promise<Journal>;
  /** Create the journal tables if missing. */
  ensureJournal(): Promise<void>;
  /** One writer per database: waits up to timeoutMs, then throws a `lock-timeout` SchemagateError naming the holder. */
  acquireLock(options: LockOptions): Promise<LockHandle>;
  /** The live schema, minus the journal, lock, system and extension-owned objects. */
  introspect(): Promise<SchemaSnapshot>;
  close(): Promise<void>;

  /** The user tables, from a catalog read (no table is opened). */
  tables?(): Promise<TableCatalog>;
  /** Estimated rows and bytes of these tables, from catalog statistics: no scan, no table lock. */
  tableSizes?(tables: readonly string[]): Promise<Map<string, TableSize>>;
  /**
   * Runs `fn` in one transaction with short lock and statement timeouts and always rolls it
   * back, returning what `fn` returned (or throwing what it threw). Never commits.
   */
  rehearse?<T>(options: RehearsalOptions, fn: (tx: RehearsalExecutor) => Promise<T>): Promise<T>;
  /**
   * Watches the statement this engine is running, from a second short-lived connection: which
   * lock it waits for and who holds it, how far a long statement has got (Postgres server).
   */
  watch?(): StatementWatch;
  /**
   * Asks the database to cancel the migration statement running now, if any (a stop was asked
   * for: core/stop.ts); that statement then fails with the database's own message. Engines that
   * cannot cancel one (embedded, in-process) let it finish, and stop before the next.
   */
  cancelRunning?(): void;
}

/**
 * Another tool's journal that the engine reads (and, with `write`, keeps writing) next to its
 * own. `tool` is `auto` (the engine looks for each journal it knows by its table and columns),
 * `none`, or one of the driver's `adoptTools`.
 */
export interface AdoptOptions {
  tool: string;
  /** Record applied migrations in that tool's table too, creating it when a tool is named. */
  write: boolean;
  /** Per tool, `schema.table` (Postgres) or `database.table` (ClickHouse) when not where it keeps its journal. */
  tables?: Record<string, string>;
  /** Tools `auto` must not pick. */
  skip?: string[];
}

/** ClickHouse-only settings, passed through by the core untouched. */
export interface ClickHouseSettings {
  /** ON CLUSTER name for the journal tables. */
  cluster?: string;
  /** How long to wait for a mutation (ms). */
  mutationTimeoutMs?: number;
  /** Lock lease length (ms); the heartbeat renews it every third of it. Default 60 s. */
  lockLeaseMs?: number;
}

export interface EngineOptions {
  /** Journal location: a Postgres schema, or a ClickHouse database (default: the URL's). */
  journalSchema?: string;
  journalTable: string;
  statementTimeoutMs?: number;
  /**
   * Postgres: a file's `CREATE INDEX CONCURRENTLY` that finds its own index INVALID (an earlier
   * build failed) drops and rebuilds it; false refuses, naming it. Default true.
   */
  rebuildInvalidIndexes?: boolean;
  /** Application name / client tag, so a lock holder can be named. */
  clientName: string;
  /** Transient connection failures are retried this many times, with backoff. */
  connectRetries: number;
  /** Scales the 2 s / 3 s / 5 s retry backoff (tests use a few ms). */
  retryBaseMs?: number;
  adopt?: AdoptOptions;
  /** Log line sink for long operations (mutation progress, retries). */
  log?: (message: string) => void;
  clickhouse?: ClickHouseSettings;
  /** Observe each statement run inside a transaction (engines that can; Postgres). */
  observe?: StatementObserver;
  /**
   * The run only reads (plan, verify, snapshot): an embedded database that does not exist is read as
   * empty and not created.
   */
  readOnly?: boolean;
  /**
   * Extensions the migrations create: an embedded engine (PGlite) loads those it ships. Asked
   * only by an engine that needs them: finding them reads every statement of the folder.
   */
  extensions?: () => string[];
  /**
   * How long to wait for an embedded database that another process has open (chDB opens a
   * directory from one process at a time), as for the run lock: `lock-timeout`.
   */
  openWaitMs?: number;
  /**
   * Schema per tenant: the schema the migrations' unqualified names resolve to (Postgres:
   * the session's search_path; created with the journal). Engines without schemas refuse it.
   */
  schema?: string;
  /** A stop asked for from outside (core/stop.ts): the lock wait, connection retries and other pauses end at once. */
  stop?: AbortSignal;
}

/**
 * An engine as the registry knows it before connecting: which URL schemes it serves, its SQL
 * dialect (needed to read migrations before any connection), and how to open it.
 */
export interface EngineDriver {
  kind: EngineKind;
  schemes: string[];
  dialect: Dialect;
  open(url: URL, options: EngineOptions): Promise<Engine>;
  /** URL of an embedded database of this engine in `dir`, for replaying migrations from empty. */
  embeddedUrl(dir: string): URL;
  /** The tools whose journals this engine can adopt (AdoptOptions.tool). */
  adoptTools: readonly string[];
}
