import type { JournalRow, StatementRow } from '../../types.js';
import type { PgQuery } from './connection.js';
import { versionComment } from '../journal-shape.js';

/** SQL for the journal tables on Postgres, and the mapping between rows and JournalRow. */

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface JournalNames {
  schema: string;
  attempts: string;
  statements: string;
}

export function journalNames(schema: string, table: string): JournalNames {
  return {
    schema,
    attempts: `${quoteIdent(schema)}.${quoteIdent(table)}`,
    statements: `${quoteIdent(schema)}.${quoteIdent(`${table}_statements`)}`,
  };
}

/**
 * The version of schemagate's own journal tables, kept in the attempts table's comment so it
 * commits with the tables. A journal without one was created before versioning (version 1).
 * A newer schemagate upgrades an older journal in place, in the transaction that creates it,
 * with the statements listed here under the version they lead to.
 */
export const JOURNAL_VERSION = 3;
export const JOURNAL_UPGRADES: Record<number, (names: JournalNames) => string[]> = {
  // A batched backfill's progress, written with each batch.
  2: (names) => [
    `ALTER TABLE ${names.attempts} ADD COLUMN IF NOT EXISTS rows_done bigint`,
    `ALTER TABLE ${names.attempts} ADD COLUMN IF NOT EXISTS batches integer`,
  ],
  // How often a migration's statements gave up waiting for a lock and were retried.
  3: (names) => [`ALTER TABLE ${names.attempts} ADD COLUMN IF NOT EXISTS lock_retries integer NOT NULL DEFAULT 0`],
};

export const journalVersionComment = (names: JournalNames) =>
  `COMMENT ON TABLE ${names.attempts} IS '${versionComment(JOURNAL_VERSION, 'attempts of each migration; change only through schemagate')}'`;

export const STATEMENT_COLUMNS = ['attempt_id', 'migration_id', 'statement_index', 'statement_hash', 'finished_at'] as const;

export function journalDdl(names: JournalNames): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(names.schema)}`,
    `CREATE TABLE IF NOT EXISTS ${names.attempts} (
      attempt_id uuid PRIMARY KEY,
      migration_id text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('versioned', 'repeatable', 'baseline')),
      checksum text NOT NULL,
      checksum_algorithm text NOT NULL,
      status text NOT NULL CHECK (status IN ('running', 'applied', 'failed')),
      started_at timestamptz NOT NULL,
      finished_at timestamptz,
      duration_ms integer,
      statement_count integer NOT NULL,
      statements_applied integer NOT NULL,
      transactional boolean NOT NULL,
      error text,
      error_statement_index integer,
      error_line integer,
      out_of_order boolean NOT NULL DEFAULT false,
      note text,
      actor text,
      run_url text,
      commit_sha text,
      environment text,
      tool_version text NOT NULL,
      rows_done bigint,
      batches integer,
      lock_retries integer NOT NULL DEFAULT 0
    )`,
    `CREATE TABLE IF NOT EXISTS ${names.statements} (
      attempt_id uuid NOT NULL REFERENCES ${names.attempts} (attempt_id),
      migration_id text NOT NULL,
      statement_index integer NOT NULL,
      statement_hash text NOT NULL,
      finished_at timestamptz NOT NULL,
      PRIMARY KEY (attempt_id, statement_index)
    )`,
  ];
}

export const COLUMNS = [
  'attempt_id', 'migration_id', 'name', 'kind', 'checksum', 'checksum_algorithm', 'status',
  'started_at', 'finished_at', 'duration_ms', 'statement_count', 'statements_applied', 'transactional',
  'error', 'error_statement_index', 'error_line', 'out_of_order', 'note', 'actor', 'run_url',
  'commit_sha', 'environment', 'tool_version', 'rows_done', 'batches', 'lock_retries',
] as const;

/** The journal version that added a column, for the columns added after version 1. */
const COLUMN_SINCE: Partial<Record<(typeof COLUMNS)[number], number>> = { rows_done: 2, batches: 2, lock_retries: 3 };

/**
 * The columns a journal of `version` has: a plan reads an older journal as it is (only `apply`
 * upgrades it), and a column it lacks reads as null.
 */
export const columnsAt = (version: number) => COLUMNS.filter((c) => (COLUMN_SINCE[c] ?? 1) <= version);

/**
 * At most this many attempts' rows in one INSERT: a query carries at most 65 535 parameters, and
 * a batch chunk's applied rows go in as few INSERTs as this allows.
 */
export const MAX_ATTEMPTS_PER_UPSERT = 1000;

/** Inserts (or replaces, by attempt_id) `rows` attempts' rows, their values in COLUMNS' order one row after another. */
function upsertAttemptSql(names: JournalNames, rows: number): string {
  const tuple = (row: number) => `(${COLUMNS.map((_, i) => `$${row * COLUMNS.length + i + 1}`).join(', ')})`;
  const updates = COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ');
  return `INSERT INTO ${names.attempts} (${COLUMNS.join(', ')}) VALUES ${Array.from({ length: rows }, (_, row) => tuple(row)).join(', ')}
    ON CONFLICT (attempt_id) DO UPDATE SET ${updates}`;
}

export function attemptParams(row: JournalRow): unknown[] {
  return [
    row.attemptId, row.migrationId, row.name, row.kind, row.checksum, row.checksumAlgorithm, row.status,
    row.startedAt, row.finishedAt, row.durationMs, row.statementCount, row.statementsApplied, row.transactional,
    row.error, row.errorStatementIndex, row.errorLine, row.outOfOrder, row.note, row.actor, row.runUrl,
    row.commitSha, row.environment, row.toolVersion, row.rowsDone ?? null, row.batches ?? null, row.lockRetries,
  ];
}

/** Every column, in COLUMNS' order; one an older journal lacks reads as null. */
export const selectAttemptsSql = (names: JournalNames, version: number) => {
  const present = new Set<string>(columnsAt(version));
  const columns = COLUMNS.map((c) => (present.has(c) ? c : `NULL AS ${c}`));
  return `SELECT ${columns.join(', ')} FROM ${names.attempts} ORDER BY started_at, attempt_id`;
};

const insertStatementSql = (names: JournalNames) =>
  `INSERT INTO ${names.statements} (attempt_id, migration_id, statement_index, statement_hash, finished_at)
   VALUES ($1, $2, $3, $4, $5)`;

export const statementParams = (row: StatementRow): unknown[] => [row.attemptId, row.migrationId, row.statementIndex, row.statementHash, row.finishedAt];

/** The journal's writes, their text built once per engine (postgres.js prepares a statement per text). */
export class JournalSql {
  readonly insertStatement: string;
  private readonly upserts = new Map<number, string>();

  constructor(readonly names: JournalNames) {
    this.insertStatement = insertStatementSql(names);
  }

  /** The attempts' rows as few INSERTs as the parameter limit allows, usually one. */
  upsertAttempts(rows: readonly JournalRow[]): Array<Required<PgQuery>> {
    const queries: Array<Required<PgQuery>> = [];
    for (let from = 0; from < rows.length; from += MAX_ATTEMPTS_PER_UPSERT) {
      const group = rows.slice(from, from + MAX_ATTEMPTS_PER_UPSERT);
      let text = this.upserts.get(group.length);
      if (text === undefined) this.upserts.set(group.length, (text = upsertAttemptSql(this.names, group.length)));
      queries.push({ text, params: group.flatMap(attemptParams) });
    }
    return queries;
  }
}

export const selectStatementsSql = (names: JournalNames) =>
  `SELECT attempt_id, migration_id, statement_index, statement_hash, finished_at FROM ${names.statements}`;

type Raw = Record<string, unknown>;
const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** Where each column stands in a row of `selectAttemptsSql`. */
const AT = Object.fromEntries(COLUMNS.map((column, i) => [column, i])) as Record<(typeof COLUMNS)[number], number>;

/**
 * A row of `selectAttemptsSql`, its values in COLUMNS' order. Read by index, not destructured:
 * array destructuring walks an iterator, which cost 10 000 journal rows three times as much
 * before the function is optimised.
 */
export function toJournalRow(values: readonly unknown[]): JournalRow {
  const row: JournalRow = {
    attemptId: String(values[AT.attempt_id]),
    migrationId: String(values[AT.migration_id]),
    name: String(values[AT.name]),
    kind: values[AT.kind] as JournalRow['kind'],
    checksum: String(values[AT.checksum]),
    checksumAlgorithm: String(values[AT.checksum_algorithm]),
    status: values[AT.status] as JournalRow['status'],
    startedAt: date(values[AT.started_at]) as Date,
    finishedAt: date(values[AT.finished_at]),
    durationMs: num(values[AT.duration_ms]),
    statementCount: Number(values[AT.statement_count]),
    statementsApplied: Number(values[AT.statements_applied]),
    transactional: Boolean(values[AT.transactional]),
    error: str(values[AT.error]),
    errorStatementIndex: num(values[AT.error_statement_index]),
    errorLine: num(values[AT.error_line]),
    outOfOrder: Boolean(values[AT.out_of_order]),
    note: str(values[AT.note]),
    actor: str(values[AT.actor]),
    runUrl: str(values[AT.run_url]),
    commitSha: str(values[AT.commit_sha]),
    environment: str(values[AT.environment]),
    toolVersion: String(values[AT.tool_version]),
    lockRetries: Number(values[AT.lock_retries] ?? 0),
  };
  const rowsDone = values[AT.rows_done];
  if (rowsDone !== null && rowsDone !== undefined) {
    row.rowsDone = Number(rowsDone);
    row.batches = Number(values[AT.batches] ?? 0);
  }
  return row;
}

export function toStatementRow(r: Raw): StatementRow {
  return {
    attemptId: String(r.attempt_id),
    migrationId: String(r.migration_id),
    statementIndex: Number(r.statement_index),
    statementHash: String(r.statement_hash),
    finishedAt: date(r.finished_at) as Date,
  };
}
