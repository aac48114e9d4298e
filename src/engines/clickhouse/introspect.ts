import type { ColumnSchema, SchemaSnapshot, TableSchema } from '../../types.js';
import type { ChClient } from './client.js';
import { keyColumns, ttlClause } from '../../dialects/clickhouse/syntax.js';

/**
 * The live schema of one database, from `system.tables`, `system.columns` and
 * `system.data_skipping_indices`, in the shape verification compares. Column types are as
 * ClickHouse prints them; table facts that only some snapshots state (engine, keys, TTL, a
 * view's query, skipping indices) are properties, present only when not empty.
 */
interface TableRow {
  name: string;
  engine: string;
  engine_full: string;
  sorting_key: string;
  primary_key: string;
  partition_key: string;
  as_select: string;
}
interface ColumnRow {
  table: string;
  name: string;
  type: string;
  default_kind: string;
  default_expression: string;
  compression_codec: string;
}
interface IndexRow {
  table: string;
  name: string;
  type: string;
  type_full?: string;
  expr: string;
  /** Newer servers also list implicit indices (e.g. automatic minmax); only declared ones count. */
  creation?: string;
}

const VIEW_TYPES: Record<string, string> = { View: 'view', MaterializedView: 'materialized_view', LiveView: 'view', WindowView: 'view' };

/** ClickHouse Cloud reports SharedMergeTree etc.; a snapshot from a server says MergeTree. */
export function normalizeEngine(engine: string): string {
  return engine.startsWith('Shared') && engine.endsWith('MergeTree') ? engine.slice('Shared'.length) : engine;
}

export function isNullableType(type: string): boolean {
  return type.startsWith('Nullable(') || type.startsWith('LowCardinality(Nullable(');
}

function withoutEmpty(properties: Record<string, string | null | undefined>): Record<string, string> | undefined {
  const kept = Object.entries(properties).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return kept.length ? Object.fromEntries(kept) : undefined;
}

export function toColumnSchema(row: ColumnRow): ColumnSchema {
  const properties = withoutEmpty({ default_kind: row.default_kind, codec: row.compression_codec });
  return {
    name: row.name,
    type: row.type,
    nullable: isNullableType(row.type),
    default: row.default_expression || null,
    ...(properties ? { properties } : {}),
  };
}

/** ClickHouse qualifies names in a view's stored query with its database; drop that. */
export function unqualify(query: string, database: string): string {
  const escaped = database.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return query.replace(new RegExp(`(^|[^\\w.\`])(?:${escaped}|\`${escaped}\`)\\.`, 'g'), '$1');
}

export function toTableSchema(database: string, table: TableRow, columns: ColumnRow[], indices: IndexRow[]): TableSchema {
  const type = VIEW_TYPES[table.engine] ?? 'table';
  const properties = withoutEmpty({
    engine: normalizeEngine(table.engine),
    sorting_key: table.sorting_key,
    partition_key: table.partition_key,
    ttl: table.engine_full ? ttlClause(table.engine_full) : null,
    query: type === 'table' ? '' : unqualify(table.as_select, database),
    indices: indices
      .filter((i) => !i.creation || i.creation === 'Explicit')
      .map((i) => `${i.name}:${i.type_full || i.type}:${i.expr}`)
      .sort()
      .join('; '),
  });
  return {
    // The database is the environment (app_staging, app), not part of the schema: a snapshot
    // written from one must verify another.
    schema: '',
    name: table.name,
    type,
    columns: columns.map(toColumnSchema),
    primaryKey: keyColumns(table.primary_key),
    ...(properties ? { properties } : {}),
  };
}

export async function introspectClickHouse(client: ChClient, database: string, exclude: string[]): Promise<SchemaSnapshot> {
  const excluded = new Set(exclude);
  const params = { db: database };
  const tables = (
    await client.query<TableRow>(
      `SELECT name, engine, engine_full, sorting_key, primary_key, partition_key, as_select
FROM system.tables WHERE database = {db:String} AND NOT is_temporary ORDER BY name`,
      params,
    )
  ).filter((t) => !excluded.has(t.name) && !t.name.startsWith('.inner'));
  const columns = await client.query<ColumnRow>(
    `SELECT table, name, type, default_kind, default_expression, compression_codec
FROM system.columns WHERE database = {db:String} ORDER BY table, position`,
    params,
  );
  const indices = await client.query<IndexRow>('SELECT * FROM system.data_skipping_indices WHERE database = {db:String} ORDER BY table, name', params);
  return {
    engine: 'clickhouse',
    tables: tables.map((t) =>
      toTableSchema(
        database,
        t,
        columns.filter((c) => c.table === t.name),
        indices.filter((i) => i.table === t.name),
      ),
    ),
  };
}
