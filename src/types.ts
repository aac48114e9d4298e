/**
 * The vocabulary shared by every module: migrations read from the repository, rows of the
 * journal kept in each target database, and the schema model that verification compares.
 * Nothing here knows which engine it talks to.
 */

/** One SQL statement of a migration file, with the 1-based line where it starts in that file. */
export interface Statement {
  /** 0-based position in the migration. */
  index: number;
  sql: string;
  line: number;
  /** sha256 of the statement text: lets a resume prove a completed statement is unchanged. */
  hash: string;
}

export type MigrationKind = 'versioned' | 'repeatable';

/**
 * `sha256`: the file's exact bytes (the default; any byte change, line endings included, is an
 * edit). `sha256-lf`: the bytes with CRLF turned into LF, for teams whose checkouts differ in
 * line endings and who opt in.
 */
export const CHECKSUM_ALGORITHMS = ['sha256', 'sha256-lf'] as const;
export type ChecksumAlgorithm = (typeof CHECKSUM_ALGORITHMS)[number];

export interface Migration {
  /**
   * Identity in the journal. Versioned: the leading number as written (`0001`, `20250101120000`).
   * Repeatable: `R__<name>`.
   */
  id: string;
  /**
   * The version's numeric parts, compared part by part (`1.1` is [1, 1]; `0001` is [1]); the
   * apply order of versioned migrations. Empty for repeatables, which run by name.
   */
  order: readonly bigint[];
  kind: MigrationKind;
  /** Human name (`add_users`), taken from the file name or the drizzle tag. */
  name: string;
  /** Path relative to the repository root (or the working directory), as annotations need it. */
  file: string;
  /** Absolute path, for reading. */
  path: string;
  /** Under the configured algorithm: what a new journal row records. */
  checksum: string;
  checksumAlgorithm: ChecksumAlgorithm;
  /**
   * Under every algorithm, so a journal row is compared under the algorithm it was recorded
   * with (switching the setting edits nothing), and drizzle's hash (exact bytes) always matches.
   */
  checksums: Record<ChecksumAlgorithm, string>;
  /** Whole-file text. */
  sql: string;
  statements: Statement[];
  /**
   * False when the file opts out with `-- schemagate:no-transaction` or its layout's own marker
   * (goose's `NO TRANSACTION`, dbmate's `transaction:false`...), e.g. for CREATE INDEX CONCURRENTLY.
   */
  transactional: boolean;
  /** drizzle-kit's `when` (ms since epoch) for drizzle folders; absent for plain folders. */
  drizzleWhen?: number;
  /** Present when the file is a batched backfill (`-- schemagate:batch`). */
  batch?: BatchOptions;
}

/**
 * A batched backfill: the file's one statement changes at most a bounded number of rows per
 * execution and selects only rows still to change, so it runs again and again, each execution in
 * its own short transaction with the journal's progress, until it changes no rows.
 */
export interface BatchOptions {
  /** The safety stop: a statement that still changes rows after this many executions fails. */
  maxBatches: number;
  /** Pause between batches, in milliseconds: room for the other sessions' work. */
  pauseMs: number;
  /** `-- schemagate:batch-total`: a query whose one value is the number of rows still to change, for an ETA. */
  totalSql: string | null;
  /** The directive's line, for messages. */
  line: number;
}

export interface MigrationSet {
  /** The layout the folder was read as (`plain`, `drizzle`, `golang-migrate`, `flyway`...: LAYOUT_NAMES). */
  layout: string;
  root: string;
  /** Versioned migrations in apply order, then repeatables by name. */
  migrations: Migration[];
  /** For drizzle folders: the latest `meta/NNNN_snapshot.json`, if any. */
  snapshotPath?: string;
  /**
   * The entries of `root` that were listed as symlinks (absolute paths): any other file directly
   * in `root` resolves where `root` does. Absent: unknown, each file is resolved.
   */
  symlinks?: string[];
}

export type AttemptStatus = 'running' | 'applied' | 'failed';
export type JournalKind = MigrationKind | 'baseline';

/** One attempt at one migration, as stored in the target database's journal. */
export interface JournalRow extends RunContext {
  attemptId: string;
  migrationId: string;
  name: string;
  kind: JournalKind;
  checksum: string;
  checksumAlgorithm: string;
  status: AttemptStatus;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  statementCount: number;
  /** Statements known complete when the row was written (per-statement progress lives in StatementRow). */
  statementsApplied: number;
  transactional: boolean;
  error: string | null;
  errorStatementIndex: number | null;
  errorLine: number | null;
  outOfOrder: boolean;
  /** Why a baseline was recorded, or why an edited checksum was accepted. */
  note: string | null;
  /** How often a statement gave up waiting for its lock and was retried (input `ddl-lock-retries`). */
  lockRetries: number;
  /** A batched backfill's rows changed so far, earlier attempts' included; absent for other migrations. */
  rowsDone?: number | null;
  /** A batched backfill's batches committed so far, earlier attempts' included. */
  batches?: number | null;
}

/** A statement completed by a non-transactional attempt: what `resume` may skip. */
export interface StatementRow {
  attemptId: string;
  migrationId: string;
  statementIndex: number;
  statementHash: string;
  finishedAt: Date;
}

/**
 * How another tool's journal names a migration it has applied, in the core's terms:
 * `version` (compared as version numbers: `0001` = `1`, `1.1` = `1_1`), `up-to-version` (every
 * migration at or below it, as golang-migrate and Flyway's baseline mean it), `file-name`
 * (`0001_init.sql`), `file-stem` (`0001_init`), `folder` (Prisma's `20240101120000_init` for
 * `20240101120000_init/migration.sql`), or `sha256` (of the file's bytes).
 */
export type AdoptedKey = 'version' | 'up-to-version' | 'file-name' | 'file-stem' | 'folder' | 'sha256';

/**
 * How a tool checksums a migration file: `sha256` (hex of the bytes), `sha256-any-eol` (the same,
 * a CRLF/LF difference tolerated), `crc32-lines` (Flyway: CRC32 over the lines without their
 * line breaks, a signed 32-bit integer) and `md5` (hex).
 */
export type AdoptedChecksum = 'sha256' | 'sha256-any-eol' | 'crc32-lines' | 'md5';

/** One migration that another tool's journal records as applied. */
export interface AdoptedRecord {
  key: AdoptedKey;
  value: string;
  /** The tool's checksum of the file, compared under AdoptedJournal.checksum; null when it keeps none. */
  checksum: string | null;
}

/** Something in another tool's journal that must be resolved with that tool before any plan. */
export interface AdoptedBlocker {
  message: string;
  hint: string;
  /** Blocks only a first run: once schemagate's own journal has rows, that journal says what ran. */
  untilJournaled?: boolean;
}

/** Another tool's journal (golang-migrate, Flyway, drizzle...), read with that tool's own rules. */
export interface AdoptedJournal {
  tool: string;
  /** Where it lives (`public.schema_migrations`), for messages. */
  table: string;
  checksum: AdoptedChecksum | null;
  records: AdoptedRecord[];
  blockers: AdoptedBlocker[];
}

export interface Journal {
  attempts: JournalRow[];
  statements: StatementRow[];
  /** Another tool's journal, when the engine adopts one. */
  adopted: AdoptedJournal | null;
}

/** Who is running: written into every journal row, taken from the GitHub run context. */
export interface RunContext {
  actor: string | null;
  runUrl: string | null;
  commitSha: string | null;
  environment: string | null;
  toolVersion: string;
}

// ---- schema model -------------------------------------------------------------------------

export interface ColumnSchema {
  name: string;
  /** Normalised engine type name (drizzle-kit spelling on Postgres). */
  type: string;
  nullable: boolean;
  /** Normalised default expression, or null for none. */
  default: string | null;
  /** Engine-specific extras (ClickHouse codec, a generated column's expression...): see SchemaSnapshot.propertiesComplete. */
  properties?: Record<string, string>;
}

export interface TableSchema {
  schema: string;
  name: string;
  /** `table`, `view`, `materialized_view`. */
  type: string;
  columns: ColumnSchema[];
  primaryKey: string[];
  /** Engine-specific table facts (ClickHouse engine, sorting key, TTL, a view's query...). */
  properties?: Record<string, string>;
  /**
   * Named parts of a table by kind (on Postgres `index`, `unique_constraint`, `foreign_key`,
   * `check_constraint`), each name mapped to its normalised definition. A kind is compared only
   * where the expected side states it, and then completely: an empty map states "none". A missing
   * or different part is an error, an extra one is reported like an extra column.
   */
  parts?: Record<string, Record<string, string>>;
}

export interface SchemaSnapshot {
  engine: string;
  /**
   * Tables, views, and other named schema objects (`enum`, `domain` and `composite_type` types on Postgres), and the server-wide
   * objects a snapshot may state (roles: see verify/diff.ts SERVER_WIDE_TYPES).
   */
  tables: TableSchema[];
  /**
   * Object types the snapshot does not record at all, because it was written before they were
   * (an older snapshot format): live objects of these types are not reported as extra.
   */
  unrecordedTypes?: string[];
  /**
   * Objects (`schema.name`) the expected side names but leaves to others (drizzle-kit's
   * `.existing()` views): not compared, and not reported as extra.
   */
  unmanaged?: string[];
  /**
   * The expected side states every property of every object (a schemagate snapshot of version 3
   * on): a property only the live side has is a difference (a TTL or a codec added). Other
   * snapshots (older versions, drizzle's) are compared only on the properties they state.
   */
  propertiesComplete?: boolean;
  /** Properties the file's version could not state, so a complete snapshot does not compare them. */
  unrecordedProperties?: string[];
}

export type Severity = 'error' | 'warning';

export interface Difference {
  severity: Severity;
  /**
   * `missing-table`, `missing-column`, `type`, `nullable`, `default`, `primary-key`, `extra-table`
   * (tables and views; any other object by its type: `missing-function`, `extra-enum`, `missing-domain`, `extra-composite-type`...),
   * a property's name (`values`, `sorting-key`...), or for a part `missing-index`, `index`,
   * `index-name`, `extra-index` (likewise `unique-constraint`, `foreign-key`, `check-constraint`).
   */
  kind: string;
  /** `schema.table`, `schema.table.column`, or `schema.table.part` (an index or constraint name). */
  object: string;
  expected: string | null;
  actual: string | null;
  message: string;
  /** The migration that creates or changes the object, where the migrations' history says. */
  cause?: DriftCause;
}

/**
 * Where a difference comes from: the migration after which the expected schema first has the
 * object as expected, and what the target's journal says of that migration.
 */
export interface DriftCause {
  migrationId: string;
  file: string;
  /** `applied`, `failed`, `running` (an attempt that never finished), or `not recorded`. */
  journal: 'applied' | 'failed' | 'running' | 'not recorded';
  /** The tool whose journal records it as applied, when adopted (drizzle). */
  recordedBy?: string;
  /**
   * The migrations' SQL, replayed from empty, builds the object as the database has it: the
   * expectation is the folder's own snapshot's (drizzle-kit's), which disagrees with its SQL.
   */
  snapshotDisagrees?: boolean;
}
