import type { AdoptedTool, Catalog, TableLocation } from '../../adopted.js';
import type { ChClient } from '../client.js';
import { chkit } from './chkit.js';
import { clickhouseMigrations } from './clickhouse-migrations.js';

/** The journals of other tools that the ClickHouse engine adopts (see engines/adopted.ts). */
export const CLICKHOUSE_ADOPTED: AdoptedTool<ChClient>[] = [chkit, clickhouseMigrations];

export function clickhouseCatalog(log?: (message: string) => void): Catalog<ChClient> {
  return {
    engine: 'ClickHouse',
    defaultSchema: (client) => Promise.resolve(client.database),
    async columns(client, tables: TableLocation[]) {
      const rows = await client.query<{ location: string; name: string; type: string }>(
        `SELECT concat(database, '.', table) AS location, name, type FROM system.columns
         WHERE has(JSONExtract({tables:String}, 'Array(String)'), concat(database, '.', table)) ORDER BY position`,
        { tables: JSON.stringify(tables.map((t) => `${t.schema}.${t.table}`)) },
      );
      const result = new Map<string, Map<string, string>>();
      for (const row of rows) {
        const columns = result.get(row.location) ?? new Map<string, string>();
        columns.set(row.name, row.type);
        result.set(row.location, columns);
      }
      return result;
    },
    ...(log ? { log } : {}),
  };
}
