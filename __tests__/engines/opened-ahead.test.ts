import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { connectServer, type PgSession } from '../../src/engines/postgres/connection.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';

/**
 * A transaction opened right behind another one's COMMIT (PgTransactionOptions.then): its BEGIN
 * and statements run on the server before anyone asked for it, so it may commit only through
 * the transaction call it was opened for. Every other use of the session rolls it back first.
 */
const available = await serverAvailable();

(available ? describe : describe.skip)('a transaction opened behind a COMMIT', () => {
  let db: TestDatabase;
  let session: PgSession;
  beforeAll(async () => {
    db = await createDatabase('sgahead');
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(async () => {
    session = await connectServer(db.url, { applicationName: 'schemagate opened-ahead test' });
    await db.sql.unsafe('DROP TABLE IF EXISTS first_one, next_one, other_one');
  });
  afterEach(async () => {
    await session.close();
  });

  const tables = async () => (await db.sql`SELECT relname FROM pg_class WHERE relname IN ('first_one', 'next_one', 'other_one') ORDER BY 1`).map((r) => r.relname as string);
  const NEXT = { settings: { lock_timeout: '2500ms' }, ahead: ['CREATE TABLE next_one (id int)'] };
  const first = () => session.transaction(async (tx) => void (await tx.exec('CREATE TABLE first_one (id int)')), { ahead: ['CREATE TABLE first_one (id int)'], then: NEXT });

  it('is taken over by the transaction it was opened for, which commits it', async () => {
    await first();
    // Already run, not yet committed: another session does not see it.
    expect(await tables()).toEqual(['first_one']);
    const lockTimeout = await session.transaction(async (tx) => {
      await tx.exec('CREATE TABLE next_one (id int)');
      return tx.query<{ lock_timeout: string }>("SELECT current_setting('lock_timeout') AS lock_timeout");
    }, NEXT);
    expect(lockTimeout[0]!.lock_timeout).toBe('2500ms');
    expect(await tables()).toEqual(['first_one', 'next_one']);
  });

  it('is rolled back before any other query of the session, which then runs on its own', async () => {
    await first();
    const [row] = await session.query<{ inside: boolean }>("SELECT now() = statement_timestamp() AS inside");
    // Outside any transaction now() is the statement's own time; inside the opened one it would be the BEGIN's.
    expect(row!.inside).toBe(true);
    expect(await tables()).toEqual(['first_one']);
    // And nothing of it surfaces later, at the session's next commit.
    await session.transaction(async (tx) => void (await tx.exec('CREATE TABLE other_one (id int)')));
    expect(await tables()).toEqual(['first_one', 'other_one']);
  });

  it('is rolled back once for calls made at the same time, each of which runs only after that', async () => {
    await first();
    const inside = "SELECT now() = statement_timestamp() AS outside";
    const answers = await Promise.all([0, 1, 2].map(() => session.query<{ outside: boolean }>(inside)));
    expect(answers.map((rows) => rows[0]!.outside)).toEqual([true, true, true]);
    expect(await tables()).toEqual(['first_one']);
  });

  it('is rolled back by a transaction that asks for other statements or settings', async () => {
    await first();
    await session.transaction(async (tx) => void (await tx.exec('CREATE TABLE other_one (id int)')), { ahead: ['CREATE TABLE other_one (id int)'], settings: NEXT.settings });
    expect(await tables()).toEqual(['first_one', 'other_one']);
    await first().catch(() => {}); // first_one exists: this one fails at its statement, and opens nothing
    await session.transaction(async (tx) => void (await tx.exec('CREATE TABLE next_one (id int)')), { ahead: NEXT.ahead });
    expect(await tables()).toEqual(['first_one', 'next_one', 'other_one']);
  });

  it('is opened only if the COMMIT goes out: a failed transaction sends no next BEGIN', async () => {
    await expect(session.transaction(async (tx) => void (await tx.exec('SELECT no_such_column')), { then: NEXT })).rejects.toThrow(/no_such_column/);
    await session.transaction(async (tx) => void (await tx.exec('CREATE TABLE other_one (id int)')), { ahead: ['CREATE TABLE other_one (id int)'] });
    expect(await tables()).toEqual(['other_one']);
    const inTransaction = await session.query<{ open: boolean }>("SELECT now() <> statement_timestamp() AS open");
    expect(inTransaction[0]!.open).toBe(false);
  });
});
