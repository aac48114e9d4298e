import { columnsAre, type AdoptedTool } from '../../adopted.js';
import type { PgConnection } from '../connection.js';
import { quoteIdent } from '../journal.js';
import { quoted } from './table.js';

/**
 * drizzle-kit (drizzle-orm's pg-core migrator): `drizzle.__drizzle_migrations(id, hash,
 * created_at)`, one row per applied file, matched by the sha256 of its text as drizzle hashes it.
 */
export const drizzle: AdoptedTool<PgConnection> = {
  tool: 'drizzle',
  location: () => ({ schema: 'drizzle', table: '__drizzle_migrations' }),
  detect: (columns) => columnsAre(columns, { id: 'integer', hash: 'text', created_at: 'bigint' }),
  async read(connection, at) {
    const rows = await connection.query<{ hash: string }>(`SELECT hash FROM ${quoted(at)}`);
    return { checksum: null, records: rows.map((r) => ({ key: 'sha256', value: r.hash, checksum: null })), blockers: [] };
  },
  async ensure(connection, at) {
    await connection.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(at.schema)}`);
    await connection.query(`CREATE TABLE IF NOT EXISTS ${quoted(at)} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`);
  },
  /** Only drizzle's own migrations (they carry its `when`) belong in its table. */
  async record(connection, at, migration) {
    if (migration.drizzleWhen === undefined) return;
    await connection.query(`INSERT INTO ${quoted(at)} (hash, created_at) VALUES ($1, $2)`, [migration.checksums.sha256, migration.drizzleWhen]);
  },
};
