import type { Journal, JournalKind, JournalRow, StatementRow, AttemptStatus } from '../../types.js';
import { damagedJournal, journalVersionOf, lacksColumns, missingColumns, newerJournal, versionComment } from '../journal-shape.js';
import type { ChClient } from './client.js';
import { fromDateTime64Text, qualifiedName, quoteIdent, toDateTime64Text } from './sql.js';

/**
 * The journal in ClickHouse: `<db>.<table>` holds one row per attempt, `<db>.<table>_statements`
 * one row per completed statement (ClickHouse has no transactions, so progress is recorded
 * statement by statement), `<db>.<table>_lock` the lease (see lock.ts).
 *
 * Attempt rows are rewritten as the attempt progresses (running → applied/failed). ClickHouse
 * has no UPDATE worth the name, so every write inserts the whole row again with a higher
 * `version`, the table is a ReplacingMergeTree(version) keyed by attempt_id, and reads use
 * FINAL so only the newest version of each attempt is seen even before a merge.
 *
 * Cluster mode (EngineOptions.cluster): the DDL runs `ON CLUSTER <name>` and the tables are
 * Replicated*MergeTree at `/clickhouse/schemagate/{database}/{table}` with replica name
 * `{shard}-{replica}`. The path deliberately has no `{shard}`: the journal is one table for the
 * whole cluster, so a run that lands on any node of any shard reads the same history (the
 * migrations themselves are expected to use ON CLUSTER). Needs the `{shard}` and `{replica}`
 * macros on every node. On ClickHouse Cloud (SharedMergeTree) or a `Replicated` database
 * engine, leave `cluster` unset: plain MergeTree DDL is replicated there already.
 */
export interface JournalNames {
  database: string;
  attempts: string;
  statements: string;
  lock: string;
}

export function journalNames(database: string, table: string): JournalNames {
  return { database, attempts: table, statements: `${table}_statements`, lock: `${table}_lock` };
}

export const onCluster = (cluster: string | undefined) => (cluster ? ` ON CLUSTER ${quoteIdent(cluster)}` : '');

/** The MergeTree family engine clause, replicated in cluster mode. */
export function mergeTreeEngine(base: string, args: string[], cluster: string | undefined): string {
  if (!cluster) return `${base}(${args.join(', ')})`;
  const replicated = ["'/clickhouse/schemagate/{database}/{table}'", "'{shard}-{replica}'", ...args];
  return `Replicated${base}(${replicated.join(', ')})`;
}

/**
 * The version of the journal's shape, kept in the attempts table's comment. ClickHouse has no
 * transactional DDL, so a newer schemagate upgrades an older journal with idempotent statements
 * (ADD COLUMN IF NOT EXISTS), listed here under the version they lead to, before it states the
 * new version; a run cut short repeats them.
 */
export const JOURNAL_VERSION = 2;
export const JOURNAL_UPGRADES: Record<number, (names: JournalNames, cluster: string | undefined) => string[]> = {
  // How often a migration's statements gave up waiting for a lock (always 0 here: see engine.ts RunOptions).
  2: (names, cluster) => [`ALTER TABLE ${qualifiedName(names.database, names.attempts)}${onCluster(cluster)} ADD COLUMN IF NOT EXISTS lock_retries UInt32 DEFAULT 0`],
};

const ATTEMPT_COLUMNS = [
  ['attempt_id', 'String'],
  ['migration_id', 'String'],
  ['name', 'String'],
  ['kind', 'LowCardinality(String)'],
  ['checksum', 'String'],
  ['checksum_algorithm', 'LowCardinality(String)'],
  ['status', 'LowCardinality(String)'],
  ['started_at', "DateTime64(3, 'UTC')"],
  ['finished_at', "Nullable(DateTime64(3, 'UTC'))"],
  ['duration_ms', 'Nullable(UInt64)'],
  ['statement_count', 'UInt32'],
  ['statements_applied', 'UInt32'],
  ['transactional', 'Bool'],
  ['error', 'Nullable(String)'],
  ['error_statement_index', 'Nullable(UInt32)'],
  ['error_line', 'Nullable(UInt32)'],
  ['out_of_order', 'Bool'],
  ['note', 'Nullable(String)'],
  ['actor', 'Nullable(String)'],
  ['run_url', 'Nullable(String)'],
  ['commit_sha', 'Nullable(String)'],
  ['environment', 'Nullable(String)'],
  ['tool_version', 'String'],
  ['lock_retries', 'UInt32 DEFAULT 0'],
  ['version', "UInt64 COMMENT 'row version: the highest per attempt_id is current'"],
] as const;

/** The journal version that added a column, for the columns added after version 1. */
const COLUMN_SINCE: Record<string, number> = { lock_retries: 2 };

const STATEMENT_COLUMNS = [
  ['attempt_id', 'String'],
  ['migration_id', 'String'],
  ['statement_index', 'UInt32'],
  ['statement_hash', 'String'],
  ['finished_at', "DateTime64(3, 'UTC')"],
] as const;

const columnList = (columns: ReadonlyArray<readonly [string, string]>) => columns.map(([name, type]) => `  ${name} ${type}`).join(',\n');
const ATTEMPTS_COMMENT = versionComment(JOURNAL_VERSION, 'one row per attempt, read with FINAL');

/** The journal's database, which also holds the lock table (lock.ts). */
export const databaseDdl = (names: JournalNames, cluster?: string) => `CREATE DATABASE IF NOT EXISTS ${quoteIdent(names.database)}${onCluster(cluster)}`;

export function journalDdl(names: JournalNames, cluster?: string): string[] {
  const on = onCluster(cluster);
  return [
    databaseDdl(names, cluster),
    `CREATE TABLE IF NOT EXISTS ${qualifiedName(names.database, names.attempts)}${on} (
${columnList(ATTEMPT_COLUMNS)}
) ENGINE = ${mergeTreeEngine('ReplacingMergeTree', ['version'], cluster)}
ORDER BY attempt_id
COMMENT '${ATTEMPTS_COMMENT}'`,
    `CREATE TABLE IF NOT EXISTS ${qualifiedName(names.database, names.statements)}${on} (
${columnList(STATEMENT_COLUMNS)}
) ENGINE = ${mergeTreeEngine('ReplacingMergeTree', [], cluster)}
ORDER BY (attempt_id, statement_index)
COMMENT 'schemagate: statements completed by each attempt'`,
  ];
}

interface JournalTables {
  /** The attempts table's comment, when the table exists. */
  attempts: { comment: string } | null;
  statements: boolean;
}

/** Which of the journal tables exist, and the attempts table's comment (reading must not create them). */
async function journalTables(client: ChClient, names: JournalNames): Promise<JournalTables> {
  const rows = await client.query<{ name: string; comment: string }>(
    'SELECT name, comment FROM system.tables WHERE database = {db:String} AND name IN ({attempts:String}, {statements:String})',
    { db: names.database, attempts: names.attempts, statements: names.statements },
  );
  const attempts = rows.find((r) => r.name === names.attempts);
  return { attempts: attempts ? { comment: attempts.comment } : null, statements: rows.some((r) => r.name === names.statements) };
}

/**
 * Creates what is missing, upgrades an older journal, then states the version it now has. A
 * current journal (both tables, this version) costs the one look and no DDL.
 */
export async function ensureJournal(client: ChClient, names: JournalNames, cluster?: string): Promise<void> {
  const tables = await journalTables(client, names);
  const existing = tables.attempts;
  if (existing?.comment === ATTEMPTS_COMMENT && tables.statements) return;
  for (const ddl of journalDdl(names, cluster)) await client.command(ddl, undefined, { idempotent: true });
  if (!existing || existing.comment === ATTEMPTS_COMMENT) return;
  for (let version = (journalVersionOf(existing.comment) ?? 1) + 1; version <= JOURNAL_VERSION; version++) {
    for (const ddl of JOURNAL_UPGRADES[version]?.(names, cluster) ?? []) await client.command(ddl, undefined, { idempotent: true });
  }
  await client.command(`ALTER TABLE ${qualifiedName(names.database, names.attempts)}${onCluster(cluster)} MODIFY COMMENT '${ATTEMPTS_COMMENT}'`, undefined, { idempotent: true });
}

let lastVersion = 0n;
/** Strictly increasing within the process, and ms-time based across processes. */
export function nextVersion(): bigint {
  const now = BigInt(Date.now()) * 1000n;
  lastVersion = now > lastVersion ? now : lastVersion + 1n;
  return lastVersion;
}

const time = (date: Date | null) => (date ? toDateTime64Text(date) : null);

export function attemptRecord(row: JournalRow, version = nextVersion()): Record<string, unknown> {
  return {
    attempt_id: row.attemptId,
    migration_id: row.migrationId,
    name: row.name,
    kind: row.kind,
    checksum: row.checksum,
    checksum_algorithm: row.checksumAlgorithm,
    status: row.status,
    started_at: time(row.startedAt),
    finished_at: time(row.finishedAt),
    duration_ms: row.durationMs === null ? null : Math.max(0, Math.round(row.durationMs)),
    statement_count: row.statementCount,
    statements_applied: row.statementsApplied,
    transactional: row.transactional,
    error: row.error,
    error_statement_index: row.errorStatementIndex,
    error_line: row.errorLine,
    out_of_order: row.outOfOrder,
    note: row.note,
    actor: row.actor,
    run_url: row.runUrl,
    commit_sha: row.commitSha,
    environment: row.environment,
    tool_version: row.toolVersion,
    lock_retries: row.lockRetries,
    version: version.toString(),
  };
}

interface AttemptRecord {
  attempt_id: string;
  migration_id: string;
  name: string;
  kind: string;
  checksum: string;
  checksum_algorithm: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  duration_ms: string | number | null;
  statement_count: number;
  statements_applied: number;
  transactional: boolean | number;
  error: string | null;
  error_statement_index: number | null;
  error_line: number | null;
  out_of_order: boolean | number;
  note: string | null;
  actor: string | null;
  run_url: string | null;
  commit_sha: string | null;
  environment: string | null;
  tool_version: string;
  /** Absent in a journal from before version 2. */
  lock_retries?: number;
}

/** 64-bit integers arrive as JSON strings (output_format_json_quote_64bit_integers). */
const num = (value: string | number) => Number(value);

export function toJournalRow(r: AttemptRecord): JournalRow {
  return {
    attemptId: r.attempt_id,
    migrationId: r.migration_id,
    name: r.name,
    kind: r.kind as JournalKind,
    checksum: r.checksum,
    checksumAlgorithm: r.checksum_algorithm,
    status: r.status as AttemptStatus,
    startedAt: fromDateTime64Text(r.started_at),
    finishedAt: r.finished_at === null ? null : fromDateTime64Text(r.finished_at),
    durationMs: r.duration_ms === null ? null : num(r.duration_ms),
    statementCount: num(r.statement_count),
    statementsApplied: num(r.statements_applied),
    transactional: Boolean(r.transactional),
    error: r.error,
    errorStatementIndex: r.error_statement_index === null ? null : num(r.error_statement_index),
    errorLine: r.error_line === null ? null : num(r.error_line),
    outOfOrder: Boolean(r.out_of_order),
    note: r.note,
    actor: r.actor,
    runUrl: r.run_url,
    commitSha: r.commit_sha,
    environment: r.environment,
    toolVersion: r.tool_version,
    lockRetries: num(r.lock_retries ?? 0),
  };
}

export function statementRecord(row: StatementRow): Record<string, unknown> {
  return {
    attempt_id: row.attemptId,
    migration_id: row.migrationId,
    statement_index: row.statementIndex,
    statement_hash: row.statementHash,
    finished_at: toDateTime64Text(row.finishedAt),
  };
}

interface StatementRecord {
  attempt_id: string;
  migration_id: string;
  statement_index: number;
  statement_hash: string;
  finished_at: string;
}

export function toStatementRow(r: StatementRecord): StatementRow {
  return {
    attemptId: r.attempt_id,
    migrationId: r.migration_id,
    statementIndex: num(r.statement_index),
    statementHash: r.statement_hash,
    finishedAt: fromDateTime64Text(r.finished_at),
  };
}

/**
 * Refuses a journal this schemagate cannot read exactly: a newer version, a missing column, or
 * no statements table while an attempt's progress would be kept there. A statements table that
 * is merely missing (a run cut short while creating the journal: ClickHouse DDL is not
 * transactional) is created by the next apply.
 */
async function checkShape(client: ChClient, names: JournalNames, tables: JournalTables): Promise<void> {
  const location = `${names.database}.${names.attempts}`;
  const version = journalVersionOf(tables.attempts?.comment);
  if (version !== null && version > JOURNAL_VERSION) throw newerJournal(location, version, JOURNAL_VERSION);
  const columns = await client.query<{ table: string; column: string }>(
    'SELECT table, name AS column FROM system.columns WHERE database = {db:String} AND table IN ({attempts:String}, {statements:String})',
    { db: names.database, attempts: names.attempts, statements: names.statements },
  );
  const expected = {
    [names.attempts]: ATTEMPT_COLUMNS.map(([name]) => name).filter((name) => (COLUMN_SINCE[name] ?? 1) <= (version ?? 1)),
    ...(tables.statements ? { [names.statements]: STATEMENT_COLUMNS.map(([name]) => name) } : {}),
  };
  const missing = missingColumns(expected, columns);
  if (missing.length > 0) throw damagedJournal(location, lacksColumns(missing));
}

export async function readJournal(client: ChClient, names: JournalNames): Promise<Omit<Journal, 'adopted'>> {
  const tables = await journalTables(client, names);
  if (!tables.attempts) return { attempts: [], statements: [] };
  await checkShape(client, names, tables);
  const attempts = (
    await client.query<AttemptRecord>(`SELECT * EXCEPT (version) FROM ${qualifiedName(names.database, names.attempts)} FINAL ORDER BY started_at, attempt_id`)
  ).map(toJournalRow);
  if (!tables.statements && attempts.some((a) => a.status !== 'applied')) {
    throw damagedJournal(`${names.database}.${names.attempts}`, `has no ${names.statements} table, which holds the progress of the interrupted attempts`);
  }
  const statements = tables.statements
    ? await client.query<StatementRecord>(`SELECT * FROM ${qualifiedName(names.database, names.statements)} FINAL ORDER BY attempt_id, statement_index`)
    : [];
  return { attempts, statements: statements.map(toStatementRow) };
}

/**
 * The rows go in one INSERT: one block, and (the table has no PARTITION BY) one part, which
 * becomes visible whole or not at all.
 */
export async function writeAttempts(client: ChClient, names: JournalNames, rows: readonly JournalRow[]): Promise<void> {
  await client.insert(qualifiedName(names.database, names.attempts), rows.map((row) => attemptRecord(row)));
}

export async function writeStatement(client: ChClient, names: JournalNames, row: StatementRow): Promise<void> {
  await client.insert(qualifiedName(names.database, names.statements), [statementRecord(row)]);
}
