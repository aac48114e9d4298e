import type { Migration } from '../../types.js';
import type { PgConnection } from './connection.js';
import { quoteIdent } from './journal.js';

/**
 * drizzle-kit's own journal (`drizzle.__drizzle_migrations`: id, hash, created_at), read and
 * kept in step so drizzle-kit and schemagate agree on what has been applied. The DDL is the one
 * drizzle-orm's migrator runs, so either tool can be first.
 */
export class DrizzleJournal {
  readonly tool = 'drizzle';
  readonly schema: string;
  readonly table: string;
  private readonly qualified: string;

  constructor(qualifiedName: string) {
    const dot = qualifiedName.indexOf('.');
    [this.schema, this.table] = dot < 0 ? ['public', qualifiedName] : [qualifiedName.slice(0, dot), qualifiedName.slice(dot + 1)];
    this.qualified = `${quoteIdent(this.schema)}.${quoteIdent(this.table)}`;
  }

  /** sha256 of every migration drizzle has applied; none when its table does not exist. */
  async read(connection: PgConnection): Promise<string[]> {
    const [found] = await connection.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [this.qualified]);
    if (!found?.found) return [];
    const rows = await connection.query<{ hash: string }>(`SELECT hash FROM ${this.qualified}`);
    return rows.map((r) => r.hash);
  }

  async ensure(connection: PgConnection): Promise<void> {
    await connection.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.schema)}`);
    await connection.query(`CREATE TABLE IF NOT EXISTS ${this.qualified} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`);
  }

  /** Only drizzle's own migrations (they carry its `when`) belong in its table. */
  async record(connection: PgConnection, migration: Migration): Promise<void> {
    if (migration.drizzleWhen === undefined) return;
    await connection.query(`INSERT INTO ${this.qualified} (hash, created_at) VALUES ($1, $2)`, [migration.checksums.sha256, migration.drizzleWhen]);
  }
}
