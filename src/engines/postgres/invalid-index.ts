import { concurrentIndexOf, mayBuildConcurrently, type ConcurrentIndex } from '../../dialects/postgres/concurrent-index.js';
import { loadPostgresParser } from '../../dialects/postgres/parser.js';
import { DatabaseError } from '../engine.js';
import type { PgConnection } from './connection.js';
import { quoteIdent } from './journal.js';

/**
 * `CREATE INDEX CONCURRENTLY` that fails (a unique index over duplicates, a deadlock, a
 * cancelled or killed run) leaves its index behind, INVALID: never used by queries, still
 * maintained by every write, and in the way of the next attempt ("already exists"), or silently
 * accepted by `IF NOT EXISTS`. So around each such statement run outside a transaction:
 *
 * - before: the file's own index (its name, on its table) that exists INVALID is dropped with
 *   `DROP INDEX CONCURRENTLY` and built again from the statement. Not `REINDEX CONCURRENTLY`:
 *   that rebuilds the definition the failed attempt left, so a fixed statement (another column
 *   list, a WHERE) would never take effect, and a failed REINDEX leaves a second INVALID
 *   `_ccnew` index; dropping and running the file's statement makes the index what the file says.
 *   An unnamed statement cannot be matched to a leftover, so an INVALID index on its table is a
 *   refusal naming it.
 * - after a failure: the outcome names the INVALID index left behind and what the next run does.
 * - after success: the index must be valid; `IF NOT EXISTS` over an INVALID index that was not
 *   this file's (another table's) would otherwise be recorded as applied.
 */

interface Table {
  oid: string;
  schema: string;
  name: string;
}

interface IndexState {
  valid: boolean;
  /** On the statement's table: the file's own index, not a namesake on another table. */
  own: boolean;
}

const qualified = (schema: string, name: string) => `${quoteIdent(schema)}.${quoteIdent(name)}`;

async function tableOf(connection: PgConnection, index: ConcurrentIndex): Promise<Table | null> {
  const written = index.schema ? qualified(index.schema, index.table) : quoteIdent(index.table);
  const [row] = await connection.query<{ oid: string; schema: string; name: string }>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)`,
    [written],
  );
  return row ?? null;
}

async function indexState(connection: PgConnection, table: Table, name: string): Promise<IndexState | null> {
  const [row] = await connection.query<{ valid: boolean; own: boolean }>(
    `SELECT i.indisvalid AS valid, i.indrelid = $3::oid AS own
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_index i ON i.indexrelid = c.oid
     WHERE c.relname = $1 AND n.nspname = $2`,
    [name, table.schema, table.oid],
  );
  return row ?? null;
}

async function invalidIndexesOn(connection: PgConnection, table: Table): Promise<string[]> {
  const rows = await connection.query<{ name: string }>(
    'SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::oid AND NOT i.indisvalid ORDER BY 1',
    [table.oid],
  );
  return rows.map((r) => r.name);
}

/** A refusal or failure of the statement, in the shape every statement failure takes. */
const failure = (message: string, hint: string, cause?: unknown) => new DatabaseError(message, undefined, { hint, ...(cause === undefined ? {} : { cause }) });

export interface InvalidIndexPolicy {
  /** Drop and rebuild the file's own INVALID index (input `rebuild-invalid-indexes`); false refuses, naming it. */
  rebuild: boolean;
  log: (message: string) => void;
}

/**
 * Runs `run` (the statement) with the INVALID-index handling above when the statement is a
 * `CREATE INDEX CONCURRENTLY`; any other statement just runs.
 */
export async function buildIndexConcurrently(connection: PgConnection, sql: string, run: () => Promise<void>, policy: InvalidIndexPolicy): Promise<void> {
  if (!mayBuildConcurrently(sql)) return run();
  const index = concurrentIndexOf(await loadPostgresParser(), sql);
  const table = index && (await tableOf(connection, index));
  // No table: the statement fails on its own, with the database's message.
  if (!index || !table) return run();
  const name = index.name;
  if (name === null) {
    const invalid = await invalidIndexesOn(connection, table);
    if (invalid.length > 0) {
      const names = invalid.map((n) => qualified(table.schema, n)).join(', ');
      throw failure(
        `${qualified(table.schema, table.name)} has INVALID index${invalid.length === 1 ? '' : 'es'} ${names}, as a failed or interrupted CREATE INDEX CONCURRENTLY leaves; this statement names no index, so schemagate cannot tell whether ${invalid.length === 1 ? 'it is' : 'one is'} its own`,
        `Drop ${invalid.length === 1 ? 'it' : 'each'} with \`DROP INDEX CONCURRENTLY ${qualified(table.schema, invalid[0]!)};\` and run again; give the index a name in the statement so that schemagate rebuilds it by itself next time.`,
      );
    }
    return run();
  }
  const target = qualified(table.schema, name);
  const before = await indexState(connection, table, name);
  if (before && !before.valid && before.own) {
    if (!policy.rebuild) {
      throw failure(
        `${target} exists but is INVALID, as a failed or interrupted CREATE INDEX CONCURRENTLY leaves it, and rebuild-invalid-indexes is off`,
        `Drop it with \`DROP INDEX CONCURRENTLY ${target};\` and run again, or set \`rebuild-invalid-indexes: true\` so that schemagate drops and rebuilds it.`,
      );
    }
    policy.log(`    ${target} exists but is INVALID (left by a failed or interrupted CREATE INDEX CONCURRENTLY): dropping it concurrently and building it again.`);
    await connection.exec(`DROP INDEX CONCURRENTLY IF EXISTS ${target}`);
  }
  try {
    await run();
  } catch (error) {
    throw await explainFailure(connection, table, name, index, policy, error);
  }
  const after = await indexState(connection, table, name);
  if (after && !after.valid) {
    throw failure(
      `${target} is INVALID after CREATE INDEX CONCURRENTLY${index.ifNotExists ? ' IF NOT EXISTS' : ''} completed${after.own ? '' : ` (it belongs to another table than ${qualified(table.schema, table.name)})`}; the migration is not recorded as applied`,
      after.own
        ? 'Run again: schemagate drops the INVALID index concurrently and builds it again.'
        : `Rename this statement's index, or drop the other table's INVALID index (\`DROP INDEX CONCURRENTLY ${target};\`).`,
    );
  }
}

/** A failed build: name the INVALID index it left (the next run rebuilds it), or the valid namesake in the way. */
async function explainFailure(connection: PgConnection, table: Table, name: string, index: ConcurrentIndex, policy: InvalidIndexPolicy, error: unknown): Promise<unknown> {
  if (!(error instanceof DatabaseError)) return error;
  const state = await indexState(connection, table, name).catch(() => null);
  const target = qualified(table.schema, name);
  if (state && !state.valid && state.own) {
    const fix = index.unique
      ? 'Remove the duplicate rows first (the message names a duplicated key), then run again: '
      : 'Fix the cause above, then run again: ';
    const next = policy.rebuild
      ? 'schemagate drops it (DROP INDEX CONCURRENTLY) and builds it again.'
      : `drop it first (\`DROP INDEX CONCURRENTLY ${target};\`: rebuild-invalid-indexes is off).`;
    return failure(error.message, `The failed build left the INVALID index ${target} behind. ${fix}${next}`, error);
  }
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  if (state?.valid && state.own && code === '42P07') {
    return failure(
      error.message,
      `${target} already exists and is valid: an earlier run that was interrupted after building it may have left it. If it is the index this statement builds, record the migration with mode \`baseline\`; or write CREATE INDEX CONCURRENTLY IF NOT EXISTS.`,
      error,
    );
  }
  return error;
}
