import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnCli } from '../support/cli.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { workspace } from '../support/workspace.js';

/** Two runs at once on one database, as two separate processes with their own sessions. */
const online = await serverAvailable();
const suite = online ? describe : describe.skip;

suite('concurrent applies on PostgreSQL', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  const files = {
    'migrations/0001_slow.sql': 'CREATE TABLE counter (n int);\nSELECT pg_sleep(2);\nINSERT INTO counter VALUES (1);',
    'migrations/0002_more.sql': 'INSERT INTO counter VALUES (2);',
  };

  it('applies every migration exactly once; the second run waits, then finds nothing pending', async () => {
    const ws = workspace(files);
    const args = ['apply', '--database-url', db.url, '--lock-timeout', '60'];
    const [first, second] = await Promise.all([spawnCli(args, { cwd: ws.dir }), spawnCli(args, { cwd: ws.dir })]);
    expect([first.code, second.code]).toEqual([0, 0]);
    const rows = await db.sql`SELECT migration_id, count(*)::int AS n FROM schemagate.schemagate_journal WHERE status = 'applied' GROUP BY 1 ORDER BY 1`;
    expect(rows.map((r) => [r.migration_id, r.n])).toEqual([['0001', 1], ['0002', 1]]);
    expect((await db.sql`SELECT n FROM counter ORDER BY n`).map((r) => r.n)).toEqual([1, 2]);
    const waited = [first, second].find((run) => run.stderr.includes('Waiting for the migration lock'));
    expect(waited?.stdout).toContain('2 applied · 0 pending');
    ws.cleanup();
  });

  it('times out naming the holder when the lock is not released in time', async () => {
    const ws = workspace({ 'migrations/0001_slow.sql': 'SELECT pg_sleep(4);' });
    const holder = spawnCli(['apply', '--database-url', db.url], { cwd: ws.dir });
    // Let the holder take the lock before the impatient run starts. Advisory locks are per
    // database: another test's run on this server holds its own, and must not count here.
    for (let i = 0; i < 100; i++) {
      const [row] = await db.sql`SELECT count(*)::int AS n FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
      if (row!.n > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const impatient = await spawnCli(['apply', '--database-url', db.url, '--lock-timeout', '1'], { cwd: ws.dir });
    expect(impatient.code).toBe(4);
    expect(impatient.stdout).toMatch(/Timed out after 1s waiting for the migration lock on schemagate\.schemagate_journal: held by "schemagate local on .+ pid \d+" \(backend pid \d+/);
    expect((await holder).code).toBe(0);
    ws.cleanup();
  });
});
