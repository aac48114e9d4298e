import { columnsAre, type AdoptedTool } from '../../adopted.js';
import type { PgConnection } from '../connection.js';
import { quoted } from './table.js';

/**
 * dbmate: `schema_migrations(version varchar primary key)`, one row per applied version as the
 * file name writes it. Rails's table has the same name and column; Rails keeps
 * `ar_internal_metadata` beside it, which is how the two are told apart.
 */
export const dbmate: AdoptedTool<PgConnection> = {
  tool: 'dbmate',
  location: (schema) => ({ schema, table: 'schema_migrations' }),
  detect: (columns) => columnsAre(columns, { version: /^character varying/ }),
  notWith: ['ar_internal_metadata'],
  async read(connection, at) {
    const rows = await connection.query<{ version: string }>(`SELECT version FROM ${quoted(at)}`);
    return { checksum: null, records: rows.map((r) => ({ key: 'version', value: r.version, checksum: null })), blockers: [] };
  },
  async ensure(connection, at) {
    await connection.query(`CREATE TABLE IF NOT EXISTS ${quoted(at)} (version varchar primary key)`);
  },
  async record(connection, at, migration) {
    await connection.query(`INSERT INTO ${quoted(at)} (version) VALUES ($1) ON CONFLICT DO NOTHING`, [migration.id]);
  },
};
