import type { Journal, JournalRow, SchemaSnapshot, Statement, StatementRow } from '../types.js';

/**
 * What the engine-agnostic core needs from a database. One implementation per engine
 * (Postgres over postgres.js or PGlite; ClickHouse over HTTP or chDB); the planner, the apply
 * loop, verification and reporting only ever talk to this interface.
 */
export interface Executor {
  /** Run one migration statement. Errors carry the database's own message. */
  execute(statement: Statement): Promise<void>;
  /** Insert or replace the journal row of one attempt (keyed by attemptId). */
  writeAttempt(row: JournalRow): Promise<void>;
  /** Record one completed statement of a non-transactional attempt. */
  writeStatement(row: StatementRow): Promise<void>;
  /** Record the migration in drizzle's own table too, so drizzle-kit agrees (Postgres only). */
  writeDrizzleRow?(hash: string, createdAt: number): Promise<void>;
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
}

export interface Engine extends Executor {
  /** `postgres` or `clickhouse`: names the snapshot format and the statement splitter. */
  readonly kind: string;
  /** Where the journal lives, for messages (`schemagate.schemagate_journal`). */
  readonly journalLocation: string;
  /**
   * Whether a migration and its journal row can commit atomically. When false (ClickHouse), or
   * when a migration opts out, statements run one by one with per-statement progress recorded.
   */
  readonly supportsTransactions: boolean;

  /** Read the journal; an absent journal is an empty one (plan must not create anything). */
  readJournal(): Promise<Journal>;
  /** Create the journal tables if missing. */
  ensureJournal(): Promise<void>;
  /** Run `fn` in one transaction: its statements and journal writes commit together or not at all. */
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
  /** One writer per database: waits up to timeoutMs, then throws LockTimeoutError naming the holder. */
  acquireLock(options: LockOptions): Promise<LockHandle>;
  /** The live schema, minus the journal, lock, system and extension-owned objects. */
  introspect(): Promise<SchemaSnapshot>;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** Journal location: a Postgres schema, or a ClickHouse database (default: the URL's). */
  journalSchema?: string;
  journalTable: string;
  statementTimeoutMs?: number;
  /** Application name / client tag, so a lock holder can be named. */
  clientName: string;
  /** Transient connection failures are retried this many times, with backoff. */
  connectRetries: number;
  /** Scales the 2 s / 3 s / 5 s retry backoff (tests use a few ms). */
  retryBaseMs?: number;
  /** Read drizzle's `__drizzle_migrations` (schema.table) and keep it in step. */
  drizzleTable?: string;
  /** Log line sink for long operations (mutation progress, retries). */
  log?: (message: string) => void;
  /** ClickHouse: ON CLUSTER name for the journal tables. */
  cluster?: string;
  /** ClickHouse: how long to wait for a mutation (ms). */
  mutationTimeoutMs?: number;
}

/** A statement as the splitter finds it, before it is numbered and hashed. */
export interface RawStatement {
  sql: string;
  /** 1-based line in the file where the statement's first token stands. */
  line: number;
}

/**
 * An engine as the registry knows it before connecting: which URL schemes it serves, how its
 * SQL splits into statements (needed to read migrations before any connection), and how to open it.
 */
export interface EngineDriver {
  kind: 'postgres' | 'clickhouse';
  schemes: string[];
  /** Throws SplitError (with the line) on text it cannot split safely. */
  split: (sql: string) => RawStatement[];
  open(url: URL, options: EngineOptions): Promise<Engine>;
  /** URL of an embedded database of this engine in `dir`, for replaying migrations from empty. */
  embeddedUrl(dir: string): URL;
}
