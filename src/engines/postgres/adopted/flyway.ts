import path from 'node:path';
import { toolChecksum } from '../../../sources/checksum.js';
import type { AdoptedBlocker, AdoptedRecord } from '../../../types.js';
import { columnsAre, type AdoptedTool } from '../../adopted.js';
import type { PgConnection } from '../connection.js';
import { quoted } from './table.js';

interface HistoryRow {
  version: string | null;
  type: string;
  script: string;
  checksum: number | null;
  success: boolean;
}

/**
 * Flyway: `flyway_schema_history`, one row per run in `installed_rank` order. A successful
 * versioned row applies its version (its CRC32 `checksum` compared), a BASELINE row every
 * version up to its own, an UNDO or DELETE row takes its version back; a failed row (left by a
 * migration that could not roll back) stops Flyway until `flyway repair`, and us too.
 */
export const flyway: AdoptedTool<PgConnection> = {
  tool: 'flyway',
  location: (schema) => ({ schema, table: 'flyway_schema_history' }),
  detect: (columns) =>
    columnsAre(columns, {
      installed_rank: 'integer',
      version: /^character varying/,
      description: /^character varying/,
      type: /^character varying/,
      script: /^character varying/,
      checksum: 'integer',
      installed_by: /^character varying/,
      installed_on: /^timestamp/,
      execution_time: 'integer',
      success: 'boolean',
    }),
  async read(connection, at) {
    const rows = await connection.query<HistoryRow>(`SELECT version, type, script, checksum, success FROM ${quoted(at)} ORDER BY installed_rank`);
    const applied = new Map<string, AdoptedRecord>();
    const blockers: AdoptedBlocker[] = [];
    for (const row of rows) {
      if (row.version === null || row.type === 'SCHEMA') continue;
      if (!row.success) {
        blockers.push({
          message: `Flyway's ${at.schema}.${at.table} records version ${row.version} (${row.script}) as failed: it did not roll back, and how far it got is unknown.`,
          hint: 'Repair the database by hand, then remove the failed row with `flyway repair` and run schemagate again.',
        });
      } else if (row.type === 'BASELINE') {
        applied.set(row.version, { key: 'up-to-version', value: row.version, checksum: null });
      } else if (/^UNDO|^DELETE$/.test(row.type)) {
        applied.delete(row.version);
      } else {
        applied.set(row.version, { key: 'version', value: row.version, checksum: row.checksum === null ? null : String(row.checksum) });
      }
    }
    return { checksum: 'crc32-lines', records: [...applied.values()], blockers };
  },
  async ensure(connection, at) {
    await connection.query(`CREATE TABLE ${quoted(at)} (
      "installed_rank" INT NOT NULL,
      "version" VARCHAR(50),
      "description" VARCHAR(200) NOT NULL,
      "type" VARCHAR(20) NOT NULL,
      "script" VARCHAR(1000) NOT NULL,
      "checksum" INTEGER,
      "installed_by" VARCHAR(100) NOT NULL,
      "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
      "execution_time" INTEGER NOT NULL,
      "success" BOOLEAN NOT NULL
    )`);
    await connection.query(`ALTER TABLE ${quoted(at)} ADD CONSTRAINT "${at.table}_pk" PRIMARY KEY ("installed_rank")`);
    await connection.query(`CREATE INDEX "${at.table}_s_idx" ON ${quoted(at)} ("success")`);
  },
  async record(connection, at, migration) {
    await connection.query(
      `INSERT INTO ${quoted(at)} (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
       SELECT COALESCE(MAX(installed_rank), 0) + 1, $1, $2, 'SQL', $3, $4::int, current_user, 0, true FROM ${quoted(at)}`,
      [migration.id.replace(/_/g, '.'), migration.name.replace(/_/g, ' '), path.basename(migration.file), toolChecksum(migration, 'crc32-lines')],
    );
  },
};
