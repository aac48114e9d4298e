import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connectServer } from '../../src/engines/postgres/connection.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';

/**
 * A session the server terminates while queries are pipelined behind it: postgres.js would open
 * a new session and send it the queries still queued (without the run's lock or transaction),
 * and the run waited for answers that never came. Every one of them must fail as a lost
 * connection, and no second session may appear.
 */
const available = await serverAvailable();
const APPLICATION = 'schemagate session-loss test';

(available ? describe : describe.skip)('a terminated session', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createDatabase('sgloss');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('fails every pipelined query as a lost connection and opens no second session', async () => {
    const session = await connectServer(db.url, { applicationName: APPLICATION });
    // More than postgres.js pipelines at once (100), so some wait in its queue behind the first.
    const answers = [session.query('SELECT pg_sleep($1::float)', ['5']), ...Array.from({ length: 150 }, (_, i) => session.query(`SELECT ${i} AS n`))];
    const settled = Promise.allSettled(answers);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await db.sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ${APPLICATION}`;
    const results = await Promise.race([settled, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 10_000))]);
    expect(results).not.toBe('still waiting');
    const outcomes = (results as PromiseSettledResult<unknown>[]).map((r) => (r.status === 'fulfilled' ? 'answered' : (r.reason as { kind?: string }).kind));
    expect(outcomes).toEqual(Array(151).fill('connection'));
    // Nothing was sent to a new session, and nothing more is.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sessions = await db.sql`SELECT pid FROM pg_stat_activity WHERE application_name = ${APPLICATION}`;
    expect(sessions).toHaveLength(0);
    await expect(session.query('SELECT 1')).rejects.toMatchObject({ kind: 'connection' });
    await session.close();
  }, 30_000);

  it('sends a transaction\'s settings with its BEGIN as literals that survive quotes and backslashes', async () => {
    const session = await connectServer(db.url, { applicationName: APPLICATION });
    try {
      const name = `it's a \\ test`;
      const seen = await session.transaction(async (tx) => tx.query<{ name: string }>("SELECT current_setting('application_name') AS name"), { settings: { application_name: name } });
      expect(seen[0]!.name).toBe(name);
      // Local to the transaction: the session's own name is back.
      expect((await session.query<{ name: string }>("SELECT current_setting('application_name') AS name"))[0]!.name).toBe(APPLICATION);
    } finally {
      await session.close();
    }
  });
});
