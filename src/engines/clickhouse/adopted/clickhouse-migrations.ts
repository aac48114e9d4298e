import path from 'node:path';
import { toolChecksum } from '../../../sources/checksum.js';
import { columnsAre, type AdoptedTool } from '../../adopted.js';
import type { ChClient } from '../client.js';
import { qualifiedName } from '../sql.js';

/**
 * The `clickhouse-migrations` npm package: `_migrations(uid, version UInt32, checksum,
 * migration_name, applied_at)`, one row per applied file, its version the number before the
 * first `_` and its checksum the md5 of the file's text.
 */
export const clickhouseMigrations: AdoptedTool<ChClient> = {
  tool: 'clickhouse-migrations',
  location: (schema) => ({ schema, table: '_migrations' }),
  detect: (columns) => columnsAre(columns, { uid: 'UUID', version: 'UInt32', checksum: 'String', migration_name: 'String', applied_at: 'DateTime' }),
  async read(client, at) {
    const rows = await client.query<{ version: number | string; checksum: string }>(`SELECT version, checksum FROM ${qualifiedName(at.schema, at.table)} ORDER BY version`);
    return { checksum: 'md5', records: rows.map((r) => ({ key: 'version', value: String(r.version), checksum: r.checksum })), blockers: [] };
  },
  async ensure(client, at) {
    await client.command(
      `CREATE TABLE IF NOT EXISTS ${qualifiedName(at.schema, at.table)} (
      uid UUID DEFAULT generateUUIDv4(),
      version UInt32,
      checksum String,
      migration_name String,
      applied_at DateTime DEFAULT now()
    )
    ENGINE = MergeTree
    ORDER BY tuple(applied_at)`,
      undefined,
      { idempotent: true },
    );
  },
  async record(client, at, migration) {
    await client.insert(qualifiedName(at.schema, at.table), [
      { version: Number(migration.id), checksum: toolChecksum(migration, 'md5'), migration_name: path.basename(migration.file) },
    ]);
  },
};
