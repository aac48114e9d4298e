import type { TableSize } from '../../safety/types.js';
import type { TableCatalog } from '../engine.js';
import type { PgConnection } from './connection.js';

/**
 * The user tables and their sizes from pg_class alone: no table is opened, so nothing waits on a
 * table lock (pg_total_relation_size would take ACCESS SHARE on each table).
 */
const USER_TABLES = `c.relkind IN ('r', 'p', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;

/** The user tables, their indexes (a DROP INDEX names only the index) and how unqualified names resolve. */
export async function readTables(connection: PgConnection): Promise<TableCatalog> {
  const rows = await connection.query<{ table: string }>(
    `SELECT n.nspname || '.' || c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_TABLES}`,
  );
  // An index lives in its table's schema.
  const indexes = await connection.query<{ index: string; table: string }>(
    `SELECT n.nspname || '.' || i.relname AS "index", n.nspname || '.' || c.relname AS "table"
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE ${USER_TABLES}`,
  );
  const [schema] = await connection.query<{ current: string | null }>('SELECT current_schema() AS current');
  return {
    defaultSchema: schema?.current ?? 'public',
    tables: new Set(rows.map((r) => r.table)),
    indexes: new Map(indexes.map((r) => [r.index, r.table])),
  };
}

/**
 * reltuples is the planner's row estimate, -1 until the table is first analysed or vacuumed; then
 * the statistics system's live-tuple counter (kept on every insert and delete) stands in. Bytes
 * are the main fork's pages plus its TOAST table's, as of the same statistics.
 */
export async function readTableSizes(connection: PgConnection, tables: readonly string[]): Promise<Map<string, TableSize>> {
  if (tables.length === 0) return new Map();
  const rows = await connection.query<{ table: string; rows: string; unanalysed: boolean; bytes: string }>(
    `SELECT n.nspname || '.' || c.relname AS "table",
            coalesce(nullif(c.reltuples, -1)::bigint, s.n_live_tup, -1)::text AS rows, c.reltuples < 0 AS unanalysed,
            ((c.relpages::bigint + coalesce(t.relpages, 0)) * current_setting('block_size')::bigint)::text AS bytes
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
     LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
     WHERE ${USER_TABLES} AND n.nspname || '.' || c.relname IN (SELECT json_array_elements_text($1::text::json))`,
    [JSON.stringify(tables)],
  );
  // Never analysed: relpages is as unknown as reltuples.
  return new Map(rows.map((r) => [r.table, { rows: Number(r.rows) < 0 ? null : Number(r.rows), bytes: r.unanalysed ? null : Number(r.bytes) }]));
}
