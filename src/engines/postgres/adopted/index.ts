import type { AdoptedTool, Catalog, TableLocation } from '../../adopted.js';
import type { PgConnection } from '../connection.js';
import { dbmate } from './dbmate.js';
import { drizzle } from './drizzle.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golang-migrate.js';
import { goose } from './goose.js';
import { nodePgMigrate } from './node-pg-migrate.js';
import { prisma } from './prisma.js';
import { supabase } from './supabase.js';

/** The journals of other tools that the Postgres engine adopts (see engines/adopted.ts). */
export const POSTGRES_ADOPTED: AdoptedTool<PgConnection>[] = [golangMigrate, goose, dbmate, flyway, prisma, supabase, nodePgMigrate, drizzle];

interface ColumnRow {
  location: string;
  column_name: string;
  data_type: string;
  length: number | null;
}

export function postgresCatalog(log?: (message: string) => void): Catalog<PgConnection> {
  return {
    engine: 'Postgres',
    async defaultSchema(connection) {
      const [row] = await connection.query<{ schema: string | null }>('SELECT current_schema() AS schema');
      return row?.schema ?? 'public';
    },
    async columns(connection, tables: TableLocation[]) {
      // pg_catalog, not information_schema.columns: that view computes every column of the
      // database (and its privileges) before filtering, which costs milliseconds on an empty
      // database and grows with the schema. The type is spelled as that view spells data_type.
      const rows = await connection.query<ColumnRow>(
        `SELECT n.nspname || '.' || c.relname AS location, a.attname AS column_name,
           CASE WHEN t.typtype = 'd' THEN
             CASE WHEN bt.typelem <> 0 AND bt.typlen = -1 THEN 'ARRAY' WHEN nbt.nspname = 'pg_catalog' THEN format_type(t.typbasetype, NULL) ELSE 'USER-DEFINED' END
           ELSE
             CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY' WHEN nt.nspname = 'pg_catalog' THEN format_type(a.atttypid, NULL) ELSE 'USER-DEFINED' END
           END AS data_type,
           information_schema._pg_char_max_length(information_schema._pg_truetypid(a, t), information_schema._pg_truetypmod(a, t)) AS length
         FROM json_to_recordset($1::text::json) AS wanted(schema text, "table" text)
         JOIN pg_namespace n ON n.nspname = wanted.schema
         JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = wanted."table" AND c.relkind IN ('r', 'p', 'v', 'f', 'm')
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace nt ON nt.oid = t.typnamespace
         LEFT JOIN (pg_type bt JOIN pg_namespace nbt ON nbt.oid = bt.typnamespace) ON t.typtype = 'd' AND t.typbasetype = bt.oid
         ORDER BY a.attnum`,
        [JSON.stringify(tables)],
      );
      const result = new Map<string, Map<string, string>>();
      for (const row of rows) {
        const columns = result.get(row.location) ?? new Map<string, string>();
        columns.set(row.column_name, row.length === null ? row.data_type : `${row.data_type}(${row.length})`);
        result.set(row.location, columns);
      }
      return result;
    },
    ...(log ? { log } : {}),
  };
}
