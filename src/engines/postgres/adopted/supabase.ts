import { type AdoptedTool } from '../../adopted.js';
import type { PgConnection } from '../connection.js';
import { quoteIdent } from '../journal.js';
import { quoted } from './table.js';

/** Columns the Supabase CLI has added to its table over the versions; `version` is the key. */
const KNOWN = new Set(['version', 'statements', 'name', 'created_by', 'idempotency_key', 'rollback']);

/** Supabase CLI: `supabase_migrations.schema_migrations(version text, statements text[], name text)`, one row per applied version. */
export const supabase: AdoptedTool<PgConnection> = {
  tool: 'supabase',
  location: () => ({ schema: 'supabase_migrations', table: 'schema_migrations' }),
  detect: (columns) => columns.get('version') === 'text' && [...columns.keys()].every((c) => KNOWN.has(c)),
  async read(connection, at) {
    const rows = await connection.query<{ version: string }>(`SELECT version FROM ${quoted(at)}`);
    return { checksum: null, records: rows.map((r) => ({ key: 'version', value: r.version, checksum: null })), blockers: [] };
  },
  async ensure(connection, at) {
    await connection.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(at.schema)}`);
    await connection.query(`CREATE TABLE IF NOT EXISTS ${quoted(at)} (version text NOT NULL PRIMARY KEY)`);
    await connection.query(`ALTER TABLE ${quoted(at)} ADD COLUMN IF NOT EXISTS statements text[]`);
    await connection.query(`ALTER TABLE ${quoted(at)} ADD COLUMN IF NOT EXISTS name text`);
  },
  async record(connection, at, migration) {
    await connection.query(
      `INSERT INTO ${quoted(at)} (version, name, statements) VALUES ($1, $2, ARRAY(SELECT json_array_elements_text($3::text::json)))`,
      [migration.id, migration.name, JSON.stringify(migration.statements.map((s) => s.sql))],
    );
  },
};
