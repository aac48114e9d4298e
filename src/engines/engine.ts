import type { Dialect } from '../dialects/index.js';
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
  constructor(
    message: string,
    readonly position?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

export interface Executor {
  /** Run one migration statement. Throws DatabaseError, or a `connection` SchemagateError. */
  execute(statement: Statement): Promise<void>;
  /**
   * Insert or replace the journal row of one attempt (keyed by attemptId). An engine adopting
   * another tool's journal also records an `applied` row there, in the same transaction.
   */
  writeAttempt(row: JournalRow, migration: Migration): Promise<void>;
  /** Record one completed statement of a non-transactional attempt. */
  writeStatement(row: StatementRow): Promise<void>;
}

/** A migration and its journal row commit together or not at all. */
export interface Transactions {
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
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
  readonly kind: EngineKind;
  /** Where the journal lives, for messages (`schemagate.schemagate_journal`). */
  readonly journalLocation: string;
  /**
   * Present when a migration and its journal row can commit atomically. Without it
   * (ClickHouse), or when a migration opts out, statements run one by one with per-statement
   * progress recorded.
   */
  readonly transactions?: Transactions;

  /** Read the journal; an absent journal is an empty one (plan must not create anything). */
  readJournal(): Promise<Journal>;
  /** Create the journal tables if missing. */
  ensureJournal(): Promise<void>;
  /** One writer per database: waits up to timeoutMs, then throws a `lock-timeout` SchemagateError naming the holder. */
  acquireLock(options: LockOptions): Promise<LockHandle>;
  /** The live schema, minus the journal, lock, system and extension-owned objects. */
  introspect(): Promise<SchemaSnapshot>;
  close(): Promise<void>;
}

/** Another tool's journal table that the engine reads, and keeps writing, next to its own. */
export interface AdoptOptions {
  tool: 'drizzle';
  /** `schema.table` of that tool's journal. */
  table: string;
}

/** ClickHouse-only settings, passed through by the core untouched. */
export interface ClickHouseSettings {
  /** ON CLUSTER name for the journal tables. */
  cluster?: string;
  /** How long to wait for a mutation (ms). */
  mutationTimeoutMs?: number;
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
  adopt?: AdoptOptions;
  /** Log line sink for long operations (mutation progress, retries). */
  log?: (message: string) => void;
  clickhouse?: ClickHouseSettings;
  /**
   * The run only reads (plan, verify): an embedded database that does not exist is read as
   * empty and not created.
   */
  readOnly?: boolean;
  /** Extensions the migrations create: an embedded engine (PGlite) loads those it ships. */
  extensions?: string[];
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
}
