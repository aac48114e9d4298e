import path from 'node:path';
import { columnsAre, type AdoptedTool } from '../../adopted.js';
import type { PgConnection } from '../connection.js';
import { quoted } from './table.js';

/** node-pg-migrate: `pgmigrations(id, name, run_on)`, one row per applied file, named without its extension. */
export const nodePgMigrate: AdoptedTool<PgConnection> = {
  tool: 'node-pg-migrate',
  location: (schema) => ({ schema, table: 'pgmigrations' }),
  detect: (columns) => columnsAre(columns, { id: 'integer', name: /^character varying/, run_on: /^timestamp/ }),
  async read(connection, at) {
    const rows = await connection.query<{ name: string }>(`SELECT name FROM ${quoted(at)}`);
    return { checksum: null, records: rows.map((r) => ({ key: 'file-stem', value: r.name, checksum: null })), blockers: [] };
  },
  async ensure(connection, at) {
    await connection.query(`CREATE TABLE IF NOT EXISTS ${quoted(at)} (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)`);
  },
  async record(connection, at, migration) {
    const name = path.basename(migration.file).replace(/\.sql$/i, '');
    await connection.query(`INSERT INTO ${quoted(at)} (name, run_on) VALUES ($1, NOW())`, [name]);
  },
};
