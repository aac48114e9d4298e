import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connectServer, type PgSession } from '../../src/engines/postgres/connection.js';
import { introspectPostgres } from '../../src/engines/postgres/introspect.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';

/**
 * The catalog queries run with JIT off: the planner prices the indexes' per-key subquery high
 * enough for a JIT-enabled server (the default) to compile it, which cost 660 ms of a 2000-table
 * verify here. The setting is local to the catalog's transaction, so a migration's session keeps
 * the database's own.
 */
const online = await serverAvailable();
const suite = online ? describe : describe.skip;

suite('the catalog transaction', () => {
  let db: TestDatabase;
  let session: PgSession;
  beforeAll(async () => {
    db = await createDatabase('sg_jit');
    await db.sql.unsafe('CREATE TABLE t (id int PRIMARY KEY, name text); CREATE INDEX t_name ON t (name)');
    session = await connectServer(db.url, { applicationName: 'schemagate catalog jit test' });
  });
  afterAll(async () => {
    await session?.close();
    await db?.drop();
  });

  it('reads the catalog with JIT off, and leaves the session\'s own setting as it was', async () => {
    const [before] = await session.query<{ jit: string }>('SHOW jit');
    const inside = await session.transaction(async (tx) => {
      const schema = await introspectPostgres(tx, new Set());
      expect(schema.tables.filter((t) => t.type === 'table').map((t) => t.name)).toEqual(['t']);
      return (await tx.query<{ jit: string }>('SHOW jit'))[0]!.jit;
    });
    expect(inside).toBe('off');
    expect((await session.query<{ jit: string }>('SHOW jit'))[0]!.jit).toBe(before!.jit);
  });
});
