import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AdoptedBlocker, AdoptedRecord } from '../../../types.js';
import { columnsAre, type AdoptedTool } from '../../adopted.js';
import type { PgConnection } from '../connection.js';
import { quoted } from './table.js';

interface PrismaRow {
  migration_name: string;
  checksum: string;
  finished: boolean;
  rolled_back: boolean;
}

/** Prisma names a migration by its folder: `20240101120000_init/migration.sql`. */
function migrationName(file: string, id: string, name: string): string {
  return path.basename(file) === 'migration.sql' ? path.basename(path.dirname(file)) : `${id}_${name}`;
}

/**
 * Prisma Migrate: `_prisma_migrations`, one row per attempt. Applied: finished and not rolled
 * back (its sha256 `checksum` compared, line endings tolerated as Prisma does). A row neither
 * finished nor rolled back is a failed migration, which `prisma migrate deploy` refuses to pass.
 */
export const prisma: AdoptedTool<PgConnection> = {
  tool: 'prisma',
  location: (schema) => ({ schema, table: '_prisma_migrations' }),
  detect: (columns) =>
    columnsAre(columns, {
      id: /^character varying/,
      checksum: /^character varying/,
      finished_at: /^timestamp/,
      migration_name: /^character varying/,
      logs: 'text',
      rolled_back_at: /^timestamp/,
      started_at: /^timestamp/,
      applied_steps_count: 'integer',
    }),
  async read(connection, at) {
    const rows = await connection.query<PrismaRow>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM ${quoted(at)} ORDER BY started_at`,
    );
    const records: AdoptedRecord[] = [];
    const blockers: AdoptedBlocker[] = [];
    for (const row of rows) {
      if (row.finished && !row.rolled_back) {
        // By the folder, as Prisma names it: two folders may share a timestamp.
        records.push({ key: 'folder', value: row.migration_name, checksum: row.checksum });
      } else if (!row.finished && !row.rolled_back) {
        blockers.push({
          message: `Prisma's ${at.schema}.${at.table} records ${row.migration_name} as failed (started, never finished, not rolled back).`,
          hint: `Resolve it as Prisma asks: repair the database, then \`prisma migrate resolve --applied ${row.migration_name}\` (it is now complete) or \`--rolled-back ${row.migration_name}\` (undone), and run schemagate again.`,
        });
      }
    }
    return { checksum: 'sha256-any-eol', records, blockers };
  },
  async ensure(connection, at) {
    await connection.query(`CREATE TABLE ${quoted(at)} (
      "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum"              VARCHAR(64) NOT NULL,
      "finished_at"           TIMESTAMPTZ,
      "migration_name"        VARCHAR(255) NOT NULL,
      "logs"                  TEXT,
      "rolled_back_at"        TIMESTAMPTZ,
      "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
    )`);
  },
  async record(connection, at, migration) {
    await connection.query(
      `INSERT INTO ${quoted(at)} (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`,
      [randomUUID(), migration.checksums.sha256, migrationName(migration.file, migration.id, migration.name)],
    );
  },
};
