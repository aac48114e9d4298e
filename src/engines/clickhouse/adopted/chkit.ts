import path from 'node:path';
import { columnsAre, type AdoptedTool } from '../../adopted.js';
import type { ChClient } from '../client.js';
import { qualifiedName, toDateTime64Text } from '../sql.js';

const COLUMNS = { name: 'String', applied_at: "DateTime64(3, 'UTC')", checksum: 'String', chkit_version: 'String' };

/**
 * chkit: `_chkit_migrations(name, applied_at, checksum, chkit_version)` (newer versions add
 * `migration_completed` and `operations`), a ReplacingMergeTree keyed by the file name with the
 * sha256 of the file; read with FINAL, only completed rows count.
 */
export const chkit: AdoptedTool<ChClient> = {
  tool: 'chkit',
  location: (schema) => ({ schema, table: '_chkit_migrations' }),
  detect: (columns) =>
    columnsAre(columns, COLUMNS) ||
    columnsAre(columns, { ...COLUMNS, migration_completed: 'Bool', operations: /^Array\(Tuple\(/ }),
  async read(client, at) {
    const columns = await client.query<{ name: string }>('SELECT name FROM system.columns WHERE database = {db:String} AND table = {table:String}', { db: at.schema, table: at.table });
    const completed = columns.some((c) => c.name === 'migration_completed') ? ' WHERE migration_completed = true' : '';
    const rows = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${qualifiedName(at.schema, at.table)} FINAL${completed}`);
    return { checksum: 'sha256', records: rows.map((r) => ({ key: 'file-name', value: r.name, checksum: r.checksum })), blockers: [] };
  },
  async ensure(client, at) {
    await client.command(
      `CREATE TABLE IF NOT EXISTS ${qualifiedName(at.schema, at.table)} (
    name String,
    applied_at DateTime64(3, 'UTC'),
    checksum String,
    chkit_version String,
    migration_completed Bool DEFAULT true,
    operations Array(Tuple(operation_index Int32, operation_key String, operation_type String, query_id String, status LowCardinality(String), started_at DateTime64(3, 'UTC'), finished_at Nullable(DateTime64(3, 'UTC')), last_error String)) DEFAULT []
) ENGINE = ReplacingMergeTree(applied_at)
ORDER BY (name)
SETTINGS index_granularity = 1`,
      undefined,
      { idempotent: true },
    );
  },
  async record(client, at, migration) {
    await client.insert(qualifiedName(at.schema, at.table), [
      { name: path.basename(migration.file), applied_at: toDateTime64Text(new Date()), checksum: migration.checksums.sha256, chkit_version: 'schemagate' },
    ]);
  },
};
