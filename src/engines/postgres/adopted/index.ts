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
      const rows = await connection.query<ColumnRow>(
        `SELECT table_schema || '.' || table_name AS location, column_name, data_type, character_maximum_length AS length
         FROM information_schema.columns
         WHERE table_schema || '.' || table_name IN (SELECT json_array_elements_text($1::text::json))
         ORDER BY ordinal_position`,
        [JSON.stringify(tables.map((t) => `${t.schema}.${t.table}`))],
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
