import type { ColumnSchema, SchemaSnapshot, TableSchema } from '../../types.js';
import type { ChClient } from './client.js';
import { afterColumnList, engineArguments, keyColumns, ttlClause } from '../../dialects/clickhouse/syntax.js';
import { ClickHouseError } from './errors.js';

/**
 * The live schema of one database, from `system.tables`, `system.columns`,
 * `system.data_skipping_indices`, `system.projections` and `system.row_policies` (where the
 * server has them and lets us read them), in the shape verification compares. Column types are
 * as ClickHouse prints them; table facts (engine and its arguments, keys, TTL, a view's query and
 * target, a dictionary's definition, skipping indices, projections, a COMMENT) are properties, present only
 * when not empty: an absent property is "none", which a snapshot of version 3 compares too.
 */
interface TableRow {
  name: string;
  engine: string;
  engine_full: string;
  sorting_key: string;
  primary_key: string;
  partition_key: string;
  sampling_key?: string;
  as_select: string;
  create_table_query?: string;
  comment?: string;
}
interface ColumnRow {
  table: string;
  name: string;
  type: string;
  default_kind: string;
  default_expression: string;
  compression_codec: string;
  comment?: string;
}
interface IndexRow {
  table: string;
  name: string;
  type: string;
  type_full?: string;
  expr: string;
  granularity: number | string;
  /** Newer servers also list implicit indices (e.g. automatic minmax); only declared ones count. */
  creation?: string;
}
interface ProjectionRow {
  table: string;
  name: string;
  query: string;
}
interface RowPolicyRow {
  table: string;
  short_name: string;
  select_filter: string | null;
  is_restrictive: number | boolean;
  apply_to_all: number | boolean;
  apply_to_list: string[];
  apply_to_except: string[];
}

const OBJECT_TYPES: Record<string, string> = {
  View: 'view',
  MaterializedView: 'materialized_view',
  LiveView: 'view',
  WindowView: 'view',
  Dictionary: 'dictionary',
};

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
  const properties = withoutEmpty({ default_kind: row.default_kind, codec: row.compression_codec, comment: row.comment });
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

/** A materialized view's `TO` table, unqualified (`CREATE MATERIALIZED VIEW mv TO target (...)`). */
function viewTarget(createQuery: string): string | null {
  return /^CREATE MATERIALIZED VIEW\s+(?:`[^`]*`|\S+)\s+TO\s+(`[^`]*`|[^\s(]+)/i.exec(createQuery)?.[1] ?? null;
}

/** A row policy as `CREATE ROW POLICY` states it after its name and table. */
function rowPolicyDefinition(row: RowPolicyRow): string {
  const to = row.apply_to_all ? ['ALL', ...(row.apply_to_except.length ? [`EXCEPT ${[...row.apply_to_except].sort().join(', ')}`] : [])].join(' ') : [...row.apply_to_list].sort().join(', ');
  return `AS ${row.is_restrictive ? 'RESTRICTIVE' : 'PERMISSIVE'} FOR SELECT USING ${row.select_filter ?? 'true'} TO ${to || 'NONE'}`;
}

export interface TableExtras {
  indices: IndexRow[];
  projections?: ProjectionRow[];
  /** Absent when the server has no row policies, or does not let this user read them. */
  rowPolicies?: RowPolicyRow[];
}

export function toTableSchema(database: string, table: TableRow, columns: ColumnRow[], extras: TableExtras): TableSchema {
  const type = OBJECT_TYPES[table.engine] ?? 'table';
  const createQuery = unqualify(table.create_table_query ?? '', database);
  const declared = extras.indices.filter((i) => !i.creation || i.creation === 'Explicit');
  const properties = withoutEmpty({
    engine: normalizeEngine(table.engine),
    engine_arguments: table.engine_full ? engineArguments(table.engine_full) : null,
    sorting_key: table.sorting_key,
    partition_key: table.partition_key,
    sampling_key: table.sampling_key,
    ttl: table.engine_full ? ttlClause(table.engine_full) : null,
    query: type === 'table' || type === 'dictionary' ? '' : unqualify(table.as_select, database),
    target: type === 'materialized_view' ? viewTarget(createQuery) : null,
    definition: type === 'dictionary' ? afterColumnList(createQuery) : null,
    indices: declared
      .map((i) => `${i.name}:${i.type_full || i.type}:${i.expr}`)
      .sort()
      .join('; '),
    skipping_index_granularity: declared
      .map((i) => `${i.name}:${i.granularity}`)
      .sort()
      .join('; '),
    projections: (extras.projections ?? [])
      .map((p) => `${p.name}: ${p.query}`)
      .sort()
      .join('; '),
    comment: table.comment,
  });
  const policies = extras.rowPolicies && type !== 'dictionary' ? Object.fromEntries(extras.rowPolicies.map((p) => [p.short_name, rowPolicyDefinition(p)])) : null;
  return {
    // The database is the environment (app_staging, app), not part of the schema: a snapshot
    // written from one must verify another.
    schema: '',
    name: table.name,
    type,
    columns: columns.map(toColumnSchema),
    primaryKey: keyColumns(table.primary_key),
    ...(properties ? { properties } : {}),
    ...(policies ? { parts: { row_policy: policies } } : {}),
  };
}

/** Whether the server has `system.<name>` (older servers lack projections, row policies). */
async function hasSystemTable(client: ChClient, name: string): Promise<boolean> {
  return (await client.query("SELECT 1 FROM system.tables WHERE database = 'system' AND name = {name:String}", { name })).length > 0;
}

/**
 * Row policies of the database, or null when they cannot be read: chDB and users without
 * `SHOW ROW POLICIES` are refused, and then the snapshot states no policies rather than "none".
 */
async function rowPolicies(client: ChClient, params: { db: string }): Promise<RowPolicyRow[] | null> {
  if (!(await hasSystemTable(client, 'row_policies'))) return null;
  try {
    return await client.query<RowPolicyRow>(
      'SELECT table, short_name, select_filter, is_restrictive, apply_to_all, apply_to_list, apply_to_except FROM system.row_policies WHERE database = {db:String}',
      params,
    );
  } catch (error) {
    if (error instanceof ClickHouseError && error.type === 'ACCESS_DENIED') return null;
    throw error;
  }
}

export async function introspectClickHouse(client: ChClient, database: string, exclude: string[]): Promise<SchemaSnapshot> {
  const excluded = new Set(exclude);
  const params = { db: database };
  const tables = (
    await client.query<TableRow>(
      `SELECT name, engine, engine_full, sorting_key, primary_key, partition_key, sampling_key, as_select, create_table_query, comment
FROM system.tables WHERE database = {db:String} AND NOT is_temporary ORDER BY name`,
      params,
    )
  ).filter((t) => !excluded.has(t.name) && !t.name.startsWith('.inner'));
  const columns = await client.query<ColumnRow>(
    `SELECT table, name, type, default_kind, default_expression, compression_codec, comment
FROM system.columns WHERE database = {db:String} ORDER BY table, position`,
    params,
  );
  const indices = await client.query<IndexRow>('SELECT * FROM system.data_skipping_indices WHERE database = {db:String} ORDER BY table, name', params);
  const projections = (await hasSystemTable(client, 'projections'))
    ? await client.query<ProjectionRow>('SELECT table, name, query FROM system.projections WHERE database = {db:String}', params)
    : [];
  const policies = await rowPolicies(client, params);
  return {
    engine: 'clickhouse',
    tables: tables.map((t) =>
      toTableSchema(database, t, columns.filter((c) => c.table === t.name), {
        indices: indices.filter((i) => i.table === t.name),
        projections: projections.filter((p) => p.table === t.name),
        ...(policies ? { rowPolicies: policies.filter((p) => p.table === t.name) } : {}),
      }),
    ),
  };
}
