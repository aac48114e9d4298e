import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import postgres from 'postgres';
import { applyMigration } from '../../src/core/apply.js';
import type { ProgressEvent } from '../../src/core/events.js';
import { postgresDriver } from '../../src/engines/postgres/index.js';
import { describeEvent } from '../../src/report/progress.js';
import { loadMigrations } from '../../src/sources/index.js';
import { createDatabase, SERVER_URL, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * A busy database (issue 9): a migration's lock wait is bounded and retried, the session that
 * blocks it is named, other queries on the table never queue behind it for longer than the
 * bound, a no-transaction file retries only its blocked statement, and a long CREATE INDEX shows
 * its progress. Against the local server: PGlite has one session, so nothing can block there.
 */
const online = await serverAvailable();
const suite = online ? describe : describe.skip;

const CREATE = 'CREATE TABLE orders (id int PRIMARY KEY, total int);\nINSERT INTO orders SELECT g, g FROM generate_series(1, 100) g;\nCREATE TABLE side_effects (step text);\n';
const ALTER = 'ALTER TABLE orders ADD COLUMN note text;\n';

/** A session that reads `orders` in a transaction it keeps open: it holds ACCESS SHARE until released. */
async function holdAccessShare(url: string): Promise<{ pid: number; release(): Promise<void> }> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: 'report-job' } });
  const session = await sql.reserve();
  const [row] = await session<Array<{ pid: number }>>`SELECT pg_backend_pid() AS pid`;
  await session`BEGIN`;
  await session`SELECT count(*) FROM orders`;
  let released = false;
  return {
    pid: row!.pid,
    async release() {
      if (released) return;
      released = true;
      await session`COMMIT`;
      session.release();
      await sql.end({ timeout: 1 });
    },
  };
}

/** Another client that keeps reading `orders`, and the longest any of its reads took. */
function reader(url: string): { stop(): Promise<number> } {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: 'reader' } });
  let running = true;
  let longest = 0;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      await sql`SELECT count(*) FROM orders`;
      longest = Math.max(longest, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await sql.end({ timeout: 1 });
      return longest;
    },
  };
}

suite('a busy PostgreSQL database', () => {
  let db: TestDatabase;
  let ws: ReturnType<typeof workspace>;
  beforeEach(async () => {
    db = await createDatabase('sg_busy');
    ws = workspace({ 'migrations/0001_orders.sql': CREATE });
    const created = await runMode({ mode: 'apply', 'database-url': db.url }, ws.dir);
    expect(created.status).toBe('ok');
  });
  afterEach(async () => {
    await db.drop();
    ws.cleanup();
  });

  it('gives up after its retries naming the blocker, while readers of the table never wait much longer than the lock timeout', async () => {
    ws.write('migrations/0002_note.sql', ALTER);
    const blocker = await holdAccessShare(db.url);
    const reads = reader(db.url);
    try {
      const started = Date.now();
      const outcome = await runMode({ mode: 'apply', 'database-url': db.url, 'ddl-lock-timeout': '1', 'ddl-lock-retries': '2' }, ws.dir);
      const tookMs = Date.now() - started;
      const longestRead = await reads.stop();

      expect(outcome.status).toBe('lock-timeout');
      expect(outcome.error!.location).toEqual({ file: 'migrations/0002_note.sql', line: 1 });
      expect(outcome.error!.message).toContain('could not get its lock within 1 s, 3 attempts');
      expect(outcome.error!.message).toContain(`AccessExclusiveLock on public.orders, held by pid ${blocker.pid} "report-job"`);
      expect(outcome.error!.message).toMatch(/idle in transaction, transaction open \d+ s\): SELECT count\(\*\) FROM orders/);
      // Attempts of 0.5 + 0.75 + 1 s and two pauses of at most 1 + 2 s.
      expect(tookMs).toBeLessThan(15_000);
      // A read that queued behind the waiting ALTER waited at most one attempt's lock timeout.
      expect(longestRead).toBeLessThan(3_000);

      const retries = outcome.events.filter((e): e is Extract<ProgressEvent, { type: 'lock-retry' }> => e.type === 'lock-retry');
      expect(retries.map((e) => [e.retry, e.retries, e.whole])).toEqual([[1, 2, true], [2, 2, true]]);
      const waiting = outcome.events.filter((e) => e.type === 'statement-waiting').map(describeEvent);
      expect(waiting.length).toBeGreaterThan(0);
      expect(waiting[0]).toContain(`for AccessExclusiveLock on public.orders, held by pid ${blocker.pid} "report-job"`);

      const [row] = await db.sql<Array<{ status: string; lock_retries: number; error: string }>>`
        SELECT status, lock_retries, error FROM schemagate.schemagate_journal WHERE migration_id = '0002'`;
      expect(row).toMatchObject({ status: 'failed', lock_retries: 2 });
      expect(row!.error).toContain('lock timeout');
      const columns = await db.sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'`;
      expect(columns).toHaveLength(0);
    } finally {
      await reads.stop().catch(() => {});
      await blocker.release();
    }
  });

  it('succeeds once the blocker lets go, and the journal row counts the retries', async () => {
    ws.write('migrations/0002_note.sql', ALTER);
    const blocker = await holdAccessShare(db.url);
    const releasing = new Promise((resolve) => setTimeout(resolve, 2000)).then(() => blocker.release());
    try {
      const outcome = await runMode({ mode: 'apply', 'database-url': db.url, 'ddl-lock-timeout': '1', 'ddl-lock-retries': '8' }, ws.dir);
      expect(outcome.error).toBeNull();
      expect(outcome.status).toBe('ok');
      const [row] = await db.sql<Array<{ status: string; lock_retries: number }>>`
        SELECT status, lock_retries FROM schemagate.schemagate_journal WHERE migration_id = '0002'`;
      const retried = outcome.events.filter((e) => e.type === 'lock-retry').length;
      expect(retried).toBeGreaterThanOrEqual(1);
      expect(row).toEqual({ status: 'applied', lock_retries: retried });
      const journal = (await runMode({ mode: 'plan', 'database-url': db.url }, ws.dir)).plan!;
      expect(journal.pending).toHaveLength(0);
    } finally {
      await releasing;
    }
  });

  it('transaction-mode batch: the whole transaction runs again from its first migration, and each migration is journaled once', async () => {
    ws.write('migrations/0002_first.sql', 'CREATE TABLE first_one (id int);\n');
    ws.write('migrations/0003_note.sql', ALTER);
    const blocker = await holdAccessShare(db.url);
    const releasing = new Promise((resolve) => setTimeout(resolve, 2000)).then(() => blocker.release());
    try {
      const outcome = await runMode({ mode: 'apply', 'database-url': db.url, 'transaction-mode': 'batch', 'ddl-lock-timeout': '1', 'ddl-lock-retries': '8' }, ws.dir);
      expect(outcome.error).toBeNull();
      expect(outcome.applied.map((a) => [a.migrationId, a.status])).toEqual([['0002', 'applied'], ['0003', 'applied']]);
      const retries = outcome.events.filter((e): e is Extract<ProgressEvent, { type: 'lock-retry' }> => e.type === 'lock-retry');
      expect(retries.length).toBeGreaterThanOrEqual(1);
      expect(retries.map((e) => [e.migration.id, e.batchOf, e.whole])).toEqual(retries.map(() => ['0003', 2, true]));
      expect(describeEvent(retries[0]!)).toContain('gave up waiting for its lock');
      expect(describeEvent(retries[0]!)).toContain('the transaction of 2 migration(s) (transaction-mode batch) was rolled back and runs again');
      // The first migration ran once per attempt, inside the transaction each retry rolled back: one row each.
      const rows = await db.sql<Array<{ migration_id: string; status: string; lock_retries: number }>>`
        SELECT migration_id, status, lock_retries FROM schemagate.schemagate_journal WHERE migration_id IN ('0002', '0003') ORDER BY migration_id`;
      expect(rows).toEqual([
        { migration_id: '0002', status: 'applied', lock_retries: retries.length },
        { migration_id: '0003', status: 'applied', lock_retries: retries.length },
      ]);
      const columns = await db.sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'`;
      expect(columns).toHaveLength(1);
    } finally {
      await releasing;
    }
  });

  it('transaction-mode batch: when the retries run out, the chunk is rolled back and only the blocked migration is recorded, as failed', async () => {
    ws.write('migrations/0002_first.sql', 'CREATE TABLE first_one (id int);\n');
    ws.write('migrations/0003_note.sql', ALTER);
    const blocker = await holdAccessShare(db.url);
    try {
      const outcome = await runMode({ mode: 'apply', 'database-url': db.url, 'transaction-mode': 'batch', 'ddl-lock-timeout': '1', 'ddl-lock-retries': '1' }, ws.dir);
      expect(outcome.status).toBe('lock-timeout');
      expect(outcome.error!.location).toEqual({ file: 'migrations/0003_note.sql', line: 1 });
      expect(outcome.error!.message).toContain('could not get its lock within 1 s, 2 attempts');
      expect(outcome.error!.hint).toMatch(/\(transaction-mode batch: 0002\) were rolled back with it/);
      expect(outcome.events.filter((e) => e.type === 'lock-retry')).toHaveLength(1);
      const rows = await db.sql`SELECT migration_id, status, lock_retries FROM schemagate.schemagate_journal WHERE migration_id IN ('0002', '0003')`;
      expect(rows.map((r) => [r.migration_id, r.status, r.lock_retries])).toEqual([['0003', 'failed', 1]]);
      expect(await db.sql`SELECT 1 FROM pg_class WHERE relname = 'first_one'`).toHaveLength(0);
    } finally {
      await blocker.release();
    }
  });

  it('retries only the blocked statement of a no-transaction file; completed statements never run again', async () => {
    ws.write(
      'migrations/0002_note.sql',
      "-- schemagate:no-transaction\nINSERT INTO side_effects VALUES ('before');\nALTER TABLE orders ADD COLUMN note text;\nINSERT INTO side_effects VALUES ('after');\n",
    );
    const blocker = await holdAccessShare(db.url);
    const releasing = new Promise((resolve) => setTimeout(resolve, 2000)).then(() => blocker.release());
    try {
      const outcome = await runMode({ mode: 'apply', 'database-url': db.url, 'ddl-lock-timeout': '1', 'ddl-lock-retries': '8' }, ws.dir);
      expect(outcome.status).toBe('ok');
      const retries = outcome.events.filter((e): e is Extract<ProgressEvent, { type: 'lock-retry' }> => e.type === 'lock-retry');
      expect(retries.length).toBeGreaterThanOrEqual(1);
      expect(retries.every((e) => e.statement.index === 1 && !e.whole)).toBe(true);
      expect(describeEvent(retries[0]!)).toContain('the statement runs again');
      expect((await db.sql`SELECT step FROM side_effects ORDER BY step`).map((r) => r.step)).toEqual(['after', 'before']);
      const statements = await db.sql`SELECT statement_index FROM schemagate.schemagate_journal_statements WHERE migration_id = '0002' ORDER BY 1`;
      // The last statement (index 2) is recorded by the applied row below.
      expect(statements.map((r) => r.statement_index)).toEqual([0, 1]);
      const [row] = await db.sql`SELECT lock_retries FROM schemagate.schemagate_journal WHERE migration_id = '0002' AND status = 'applied'`;
      expect(row!.lock_retries).toBe(retries.length);
      // The session's lock_timeout is back to its own value once the statement has run.
      expect(outcome.events.some((e) => e.type === 'statement-waiting')).toBe(true);
    } finally {
      await releasing;
    }
  });

  it('reads a version-1 journal (no lock_retries) as it is in plan, and upgrades it in place on apply', async () => {
    await db.sql`ALTER TABLE schemagate.schemagate_journal DROP COLUMN lock_retries`;
    await db.sql`COMMENT ON TABLE schemagate.schemagate_journal IS 'schemagate journal v1: attempts of each migration; change only through schemagate'`;
    ws.write('migrations/0002_note.sql', ALTER);
    const plan = await runMode({ mode: 'plan', 'database-url': db.url }, ws.dir);
    expect(plan.error).toBeNull();
    expect(plan.plan!.pending.map((p) => p.migration.id)).toEqual(['0002']);
    const column = () => db.sql`SELECT column_name FROM information_schema.columns WHERE table_schema = 'schemagate' AND column_name = 'lock_retries'`;
    expect(await column()).toHaveLength(0);
    const applied = await runMode({ mode: 'apply', 'database-url': db.url }, ws.dir);
    expect(applied.error).toBeNull();
    expect(await column()).toHaveLength(1);
    expect(await db.sql`SELECT migration_id, lock_retries FROM schemagate.schemagate_journal ORDER BY migration_id`).toEqual([
      { migration_id: '0001', lock_retries: 0 },
      { migration_id: '0002', lock_retries: 0 },
    ]);
    const [comment] = await db.sql`SELECT obj_description('schemagate.schemagate_journal'::regclass, 'pg_class') AS text`;
    expect(comment!.text).toMatch(/^schemagate journal v3:/);
  });

  it('still applies for a role limited to one connection, saying it could not look for a pooler', async () => {
    const limited = await createDatabase('sg_limit');
    const role = `sg_one_${Date.now()}`;
    const name = new URL(limited.url).pathname.slice(1);
    const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
    const own = workspace({ 'migrations/0001_t.sql': 'CREATE TABLE t (id int);\n' });
    try {
      await admin.unsafe(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 1`);
      await admin.unsafe(`GRANT CREATE ON DATABASE ${name} TO ${role}`);
      await limited.sql.unsafe(`GRANT CREATE ON SCHEMA public TO ${role}`);
      const url = new URL(limited.url);
      url.username = role;
      const outcome = await runMode({ mode: 'apply', 'database-url': url.href }, own.dir);
      expect(outcome.error).toBeNull();
      expect(outcome.applied.map((a) => a.status)).toEqual(['applied']);
      expect(outcome.events.map(describeEvent)).toContain(
        'Could not open a second session to check for a transaction-mode connection pooler; continuing. The URL must be a direct or session-mode connection (see `direct-url`).',
      );
    } finally {
      own.cleanup();
      await limited.drop();
      await admin.unsafe(`DROP ROLE IF EXISTS ${role}`);
      await admin.end({ timeout: 1 });
    }
  });

  it('shows the phase and blocks of a long CREATE INDEX CONCURRENTLY', async () => {
    await db.sql.unsafe('CREATE TABLE big (id int, label text); INSERT INTO big SELECT g, md5(g::text) FROM generate_series(1, 1500000) g; ANALYZE big');
    ws.write('migrations/0002_index.sql', '-- schemagate:no-transaction\nCREATE INDEX CONCURRENTLY big_label ON big (label);\n');
    const set = loadMigrations(`${ws.dir}/migrations`, { dialect: postgresDriver.dialect, cwd: ws.dir });
    const engine = await postgresDriver.open(new URL(db.url), { journalTable: 'schemagate_journal', clientName: 'busy-test', connectRetries: 0 });
    const events: ProgressEvent[] = [];
    const context = { actor: 'test', runUrl: null, commitSha: null, environment: null, toolVersion: '0' };
    try {
      const migration = set.migrations.find((m) => m.id === '0002')!;
      await applyMigration(engine, { migration, reason: 'new', outOfOrder: false, startAt: 0 }, { index: 0, total: 1 }, { context, heartbeatMs: 100 }, (e) => events.push(e));
    } finally {
      await engine.close();
    }
    const progress = events.filter((e): e is Extract<ProgressEvent, { type: 'statement-progress' }> => e.type === 'statement-progress');
    expect(progress.length).toBeGreaterThan(0);
    const withBlocks = progress.find((e) => (e.progress.blocksTotal ?? 0) > 0);
    expect(withBlocks).toBeDefined();
    expect(withBlocks!.progress.command).toBe('CREATE INDEX CONCURRENTLY');
    expect(describeEvent(withBlocks!)).toMatch(/CREATE INDEX CONCURRENTLY: [a-z:, ]+, \d+ of \d+ blocks \(\d+%\)/);
    // The second session is closed with the statement.
    const watchers = await db.sql`SELECT 1 FROM pg_stat_activity WHERE application_name LIKE '%(watch)'`;
    expect(watchers).toHaveLength(0);
  });
});
