import type { SchemaSnapshot, TableSchema } from '../../types.js';
import type { PgConnection } from './connection.js';
import { normalizePgDefault, normalizePgType, serialType } from './types.js';

/**
 * Reads tables, views and columns from pg_catalog. Extension-owned relations (pg_depend 'e'),
 * system schemas and the tool's own tables (passed in `exclude` as schema.table) are left out.
 */
const COLUMNS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, c.relkind AS relkind,
       a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
       NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS view_query
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE c.relkind IN ('r', 'p', 'v', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'
  AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname, a.attnum`;

const PRIMARY_KEYS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, array_to_string(array_agg(a.attname ORDER BY k.ord), ',') AS columns
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE con.contype = 'p'
GROUP BY n.nspname, c.relname`;

const RELKIND_TYPES: Record<string, string> = { r: 'table', p: 'table', v: 'view', m: 'materialized_view' };

interface ColumnRow {
  schema: string;
  table: string;
  relkind: string;
  column: string;
  type: string;
  nullable: boolean;
  default_expr: string | null;
  view_query: string | null;
}

export async function introspectPostgres(connection: PgConnection, exclude: Set<string>): Promise<SchemaSnapshot> {
  const rows = await connection.query<ColumnRow>(COLUMNS_SQL);
  const keys = await connection.query<{ schema: string; table: string; columns: string }>(PRIMARY_KEYS_SQL);
  const primaryKeys = new Map(keys.map((k) => [`${k.schema}.${k.table}`, k.columns.split(',')]));
  const tables = new Map<string, TableSchema>();
  for (const row of rows) {
    const key = `${row.schema}.${row.table}`;
    if (exclude.has(key)) continue;
    let table = tables.get(key);
    if (!table) {
      table = {
        schema: row.schema,
        name: row.table,
        type: RELKIND_TYPES[row.relkind] ?? 'table',
        columns: [],
        primaryKey: primaryKeys.get(key) ?? [],
        // Whitespace in pg_get_viewdef output varies between server versions; the query does not.
        ...(row.view_query ? { properties: { query: row.view_query.replace(/\s+/g, ' ').trim().replace(/;$/, '') } } : {}),
      };
      tables.set(key, table);
    }
    const type = normalizePgType(row.type);
    const serial = serialType(type, row.default_expr);
    table.columns.push({
      name: row.column,
      type: serial ?? type,
      nullable: row.nullable,
      default: serial ? null : normalizePgDefault(row.default_expr),
    });
  }
  return { engine: 'postgres', tables: [...tables.values()] };
}
