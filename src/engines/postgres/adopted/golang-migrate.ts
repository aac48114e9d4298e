import { columnsInclude, NO_RECORDS, type AdoptedTool } from '../../adopted.js';
import type { PgConnection } from '../connection.js';
import { quoted } from './table.js';

/**
 * golang-migrate (database/postgres): one row, `schema_migrations(version bigint, dirty boolean)`,
 * holding the last version migrated to; every migration up to it is applied. A dirty row means
 * that version failed part-way, and golang-migrate itself refuses to run until it is forced.
 */
export const golangMigrate: AdoptedTool<PgConnection> = {
  tool: 'golang-migrate',
  location: (schema) => ({ schema, table: 'schema_migrations' }),
  // Columns of its own beside them are the team's (Harbor adds data_version); golang-migrate reads only these two.
  detect: (columns) => columnsInclude(columns, { version: 'bigint', dirty: 'boolean' }),
  async read(connection, at) {
    const [row] = await connection.query<{ version: string; dirty: boolean }>(`SELECT version::text AS version, dirty FROM ${quoted(at)} LIMIT 1`);
    // -1 is golang-migrate's "no version" (everything migrated down).
    if (!row || BigInt(row.version) < 0n) return NO_RECORDS;
    const blockers = row.dirty
      ? [{
          message: `golang-migrate's ${at.schema}.${at.table} records version ${row.version} as dirty: that migration failed part-way, and how far it got is unknown.`,
          hint: `Check what version ${row.version} changed, finish or undo it by hand, then run golang-migrate's \`migrate force ${row.version}\` (if it is now complete) or \`migrate force <the version before it>\` (if undone), and run schemagate again.`,
        }]
      : [];
    return { checksum: null, records: [{ key: 'up-to-version', value: row.version, checksum: null }], blockers };
  },
  async ensure(connection, at) {
    await connection.query(`CREATE TABLE IF NOT EXISTS ${quoted(at)} (version bigint not null primary key, dirty boolean not null)`);
  },
  async record(connection, at, migration) {
    // Like golang-migrate's SetVersion: the single row moves forward, never back.
    await connection.query(
      `WITH gone AS (DELETE FROM ${quoted(at)} WHERE version < $1::bigint)
       INSERT INTO ${quoted(at)} (version, dirty) SELECT $1::bigint, false WHERE NOT EXISTS (SELECT 1 FROM ${quoted(at)} WHERE version >= $1::bigint)`,
      [migration.id],
    );
  },
};
