import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from '@jest/globals';
import postgres from 'postgres';
import { applyMigration } from '../../src/core/apply.js';
import type { ProgressEvent } from '../../src/core/events.js';
import { postgresDriver } from '../../src/engines/postgres/index.js';
import { describeEvent } from '../../src/report/progress.js';
import { loadMigrations } from '../../src/sources/index.js';
import { ROOT } from '../support/action.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * Batched backfills (`-- schemagate:batch`) against real databases: every row done once, the
 * journal counting them, other sessions never waiting for more than a batch, and a run killed
 * half-way continued by the next without redoing a committed batch.
 */

const ROWS = 200_000;
const BATCH = 5_000;

/** `t` with ROWS rows to backfill; `touched` counts how often each row was changed, `batch_log` each committed batch statement. */
async function seed(sql: postgres.Sql) {
  await sql.unsafe(`
    CREATE TABLE t (id int PRIMARY KEY, v int, touched int NOT NULL DEFAULT 0);
    INSERT INTO t (id) SELECT g FROM generate_series(1, ${ROWS}) g;
    CREATE TABLE batch_log (rows int, held_ms float8, app text);
    CREATE FUNCTION log_batch() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- How long the batch's transaction has held its row locks when its statement ends.
      INSERT INTO batch_log SELECT count(*), extract(epoch FROM clock_timestamp() - transaction_timestamp()) * 1000, current_setting('application_name') FROM new_rows;
      RETURN NULL;
    END $$;
    CREATE TRIGGER log_batch AFTER UPDATE ON t REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_batch();
  `);
}

const backfill = (options = '') =>
  `-- schemagate:batch ${options}\n-- schemagate:batch-total SELECT count(*) FROM t WHERE v IS NULL\n` +
  `UPDATE t SET v = id * 2, touched = touched + 1 WHERE id IN (SELECT id FROM t WHERE v IS NULL ORDER BY id LIMIT ${BATCH});\n`;

async function journalOf(sql: postgres.Sql) {
  return sql<Array<{ status: string; rows_done: string | null; batches: number | null; note: string | null }>>`
    SELECT status, rows_done, batches, note FROM schemagate.schemagate_journal WHERE migration_id = '0002' ORDER BY started_at`;
}

async function expectAllDoneOnce(sql: postgres.Sql) {
  const [rows] = await sql<[{ pending: string; wrong: string; twice: string }]>`
    SELECT count(*) FILTER (WHERE v IS NULL) AS pending, count(*) FILTER (WHERE v <> id * 2) AS wrong, count(*) FILTER (WHERE touched <> 1) AS twice FROM t`;
  expect(rows).toEqual({ pending: '0', wrong: '0', twice: '0' });
  // Every committed batch statement once: 40 that changed rows, then the one that found none.
  const batches = await sql<Array<{ rows: number }>>`SELECT rows FROM batch_log WHERE rows > 1 OR rows = 0 ORDER BY rows DESC`;
  expect(batches.filter((b) => b.rows > 0)).toHaveLength(ROWS / BATCH);
  expect(batches.every((b) => b.rows === BATCH || b.rows === 0)).toBe(true);
}

const online = await serverAvailable();
const server = online ? describe : describe.skip;

server('a batched backfill on the Postgres server', () => {
  let db: TestDatabase;

  it(`changes ${ROWS} rows in batches of ${BATCH}, the journal counting them, while single-row updates wait at most about a batch`, async () => {
    db = await createDatabase('sgbackfill');
    const ws = workspace({ 'migrations/0001_t.sql': 'SELECT 1;\n', 'migrations/0002_backfill.sql': backfill() });
    try {
      await seed(db.sql);
      // Another session updates single rows ahead of the backfill the whole time, timing each wait.
      const other = postgres(db.url, { max: 1, onnotice: () => {}, connection: { application_name: 'other' } });
      let stop = false;
      const waits: number[] = [];
      const updater = (async () => {
        for (let i = 0; !stop; i++) {
          const id = 1 + ((i * 7919) % ROWS);
          // Timed by the server (lock wait included), so this process's own pauses do not count.
          const [row] = await other<[{ ms: number }]>`
            UPDATE t SET touched = touched WHERE id = ${id} RETURNING extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000 AS ms`;
          waits.push(Number(row.ms));
        }
      })();
      const run = await runMode({ mode: 'apply', 'database-url': db.url, migrations: 'migrations', verify: 'false' }, ws.dir).finally(() => (stop = true));
      await updater;
      await other.end();
      expect(run.status).toBe('ok');

      const journal = await journalOf(db.sql);
      expect(journal).toEqual([{ status: 'applied', rows_done: String(ROWS), batches: ROWS / BATCH, note: null }]);
      // The updater's own statements touched no row's count (touched = touched) but are logged; only the backfill's count.
      await db.sql`DELETE FROM batch_log WHERE app = 'other'`;
      await expectAllDoneOnce(db.sql);

      const lines = run.events.map(describeEvent);
      expect(lines.at(-2)).toMatch(/^ {4}backfill done: 200 000 rows in 40 batches, [\d ]+ rows\/s, /);
      // Never blocked for more than a batch: the worst wait against the longest time a batch held its locks.
      const [{ longest }] = await db.sql<[{ longest: number }]>`SELECT max(held_ms) AS longest FROM batch_log`;
      const worst = Math.max(...waits);
      console.log(`backfill: ${waits.length} single-row updates meanwhile, worst wait ${worst.toFixed(1)} ms; longest batch held its locks ${longest.toFixed(1)} ms`);
      expect(waits.length).toBeGreaterThan(20);
      expect(worst).toBeLessThan(2 * longest + 250);
      // ... and a batch is a small part of the whole: one statement over every row would hold its locks throughout.
      expect(longest).toBeLessThan(run.durationMs / 4);
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 120_000);

  it('killed half-way, continues on the next run without redoing a committed batch', async () => {
    db = await createDatabase('sgbackfill');
    const ws = workspace({ 'migrations/0001_t.sql': 'SELECT 1;\n', 'migrations/0002_backfill.sql': backfill('pause=100ms') });
    try {
      await seed(db.sql);
      // The CLI from the sources in its own process group, so the kill reaches tsx's node child too.
      const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli-main.ts'), 'apply', '--database-url', db.url, '--migrations', 'migrations', '--verify', 'false'], {
        cwd: ws.dir,
        detached: true,
        stdio: 'ignore',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let done = 0;
      const deadline = Date.now() + 60_000;
      while (done < ROWS / 4 && Date.now() < deadline) {
        await sleep(50);
        const [row] = await db.sql<[{ rows_done: string | null }?]>`
          SELECT rows_done FROM schemagate.schemagate_journal WHERE migration_id = '0002'`.catch(() => []);
        done = Number(row?.rows_done ?? 0);
      }
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
      expect(done).toBeGreaterThanOrEqual(ROWS / 4);
      const [interrupted] = await journalOf(db.sql);
      expect(interrupted!.status).toBe('running');
      const doneAtKill = Number(interrupted!.rows_done);
      expect(doneAtKill).toBeLessThan(ROWS);
      // The journal agrees with the table: what it counts is exactly what is done.
      const [{ changed }] = await db.sql<[{ changed: string }]>`SELECT count(*) AS changed FROM t WHERE v IS NOT NULL`;
      expect(Number(changed)).toBe(doneAtKill);

      const plan = await runMode({ mode: 'plan', 'database-url': db.url, migrations: 'migrations' }, ws.dir);
      expect(plan.status).toBe('ok');
      expect(plan.plan!.pending.map((p) => [p.migration.id, p.reason])).toEqual([['0002', 'resume']]);

      // The killed run's session may still hold the lock for a moment.
      const rerun = await runMode({ mode: 'apply', 'database-url': db.url, migrations: 'migrations', verify: 'false', 'lock-timeout': '30' }, ws.dir);
      expect(rerun.status).toBe('ok');
      const journal = await journalOf(db.sql);
      expect(journal.map((r) => r.status)).toEqual(['running', 'applied']);
      expect(journal[1]).toMatchObject({ rows_done: String(ROWS), batches: ROWS / BATCH, note: `continued after ${doneAtKill} rows in ${doneAtKill / BATCH} batches` });
      await expectAllDoneOnce(db.sql);
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 120_000);

  it('reports rows, rate and ETA at every heartbeat while it runs', async () => {
    db = await createDatabase('sgbackfill');
    const ws = workspace({
      'migrations/0001_backfill.sql':
        '-- schemagate:batch pause=40ms\n-- schemagate:batch-total SELECT count(*) FROM p WHERE v IS NULL\nUPDATE p SET v = id WHERE id IN (SELECT id FROM p WHERE v IS NULL LIMIT 100);\n',
    });
    try {
      await db.sql.unsafe('CREATE TABLE p (id int PRIMARY KEY, v int); INSERT INTO p (id) SELECT g FROM generate_series(1, 2000) g');
      const set = loadMigrations(`${ws.dir}/migrations`, { dialect: postgresDriver.dialect, cwd: ws.dir });
      const engine = await postgresDriver.open(new URL(db.url), { journalTable: 'schemagate_journal', clientName: 'test', connectRetries: 0 });
      await engine.ensureJournal();
      const events: ProgressEvent[] = [];
      const context = { actor: 'test', runUrl: null, commitSha: null, environment: null, toolVersion: '0' };
      await applyMigration(engine, { migration: set.migrations[0]!, reason: 'new', outOfOrder: false, startAt: 0 }, { index: 0, total: 1 }, { context, heartbeatMs: 200 }, (e) => events.push(e));
      await engine.close();
      const progress = events.filter((e) => e.type === 'batch-progress');
      const running = progress.filter((e) => !e.done && e.rowsDone > 0);
      expect(running.length).toBeGreaterThanOrEqual(2);
      for (const line of running.map(describeEvent)) {
        expect(line).toMatch(/^ {4}backfill of migrations\/0001_backfill\.sql: [\d ]+ rows in \d+ batch(es)?, [\d ]+ rows\/s, about [\d ]+ left, ETA /);
      }
      expect(progress.at(-1)).toMatchObject({ done: true, rowsDone: 2000, batches: 20, remaining: 0 });
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 60_000);

  it('stops loudly at max-batches when the statement never runs out of rows, recording the rows done', async () => {
    db = await createDatabase('sgbackfill');
    const ws = workspace({
      'migrations/0001_t.sql': 'CREATE TABLE c (id int PRIMARY KEY, n int NOT NULL DEFAULT 0);\nINSERT INTO c (id) SELECT g FROM generate_series(1, 100) g;\n',
      // Its WHERE does not exclude the rows it changed: it would change 10 rows forever.
      'migrations/0002_backfill.sql': '-- schemagate:batch max-batches=5\nUPDATE c SET n = n + 1 WHERE id IN (SELECT id FROM c ORDER BY id LIMIT 10);\n',
    });
    try {
      const run = await runMode({ mode: 'apply', 'database-url': db.url, migrations: 'migrations', verify: 'false' }, ws.dir);
      expect(run.status).toBe('migration-failed');
      expect(run.error!.message).toContain('safety stop: 5 executions in this run (max-batches) and the last still changed 10 rows; 50 rows in 5 batches are committed');
      expect(run.error!.hint).toMatch(/must select only rows it has not changed yet.*raise `max-batches=`.*50 rows in 5 committed batches stay done/s);
      const [row] = await db.sql`SELECT status, rows_done, batches, error FROM schemagate.schemagate_journal WHERE migration_id = '0002'`;
      expect(row).toMatchObject({ status: 'failed', rows_done: '50', batches: 5, error: expect.stringContaining('safety stop') });
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 60_000);

  it('reads a version 1 journal as it is in a plan, and apply upgrades it in place to hold the progress', async () => {
    db = await createDatabase('sgbackfill');
    const ws = workspace({ 'migrations/0001_t.sql': 'CREATE TABLE t (id int PRIMARY KEY, v int);\nINSERT INTO t (id) SELECT g FROM generate_series(1, 30) g;\n' });
    try {
      expect((await runMode({ mode: 'apply', 'database-url': db.url, migrations: 'migrations', verify: 'false' }, ws.dir)).status).toBe('ok');
      // What a schemagate before batches left: no progress columns, version 1.
      await db.sql.unsafe(`ALTER TABLE schemagate.schemagate_journal DROP COLUMN rows_done, DROP COLUMN batches;
        COMMENT ON TABLE schemagate.schemagate_journal IS 'schemagate journal v1: attempts of each migration; change only through schemagate'`);
      ws.write('migrations/0002_backfill.sql', '-- schemagate:batch\nUPDATE t SET v = id WHERE id IN (SELECT id FROM t WHERE v IS NULL LIMIT 10);\n');
      const plan = await runMode({ mode: 'plan', 'database-url': db.url, migrations: 'migrations' }, ws.dir);
      expect(plan.status).toBe('ok');
      expect(plan.plan!.pending.map((p) => p.migration.id)).toEqual(['0002']);
      const run = await runMode({ mode: 'apply', 'database-url': db.url, migrations: 'migrations', verify: 'false' }, ws.dir);
      expect(run.status).toBe('ok');
      const [meta] = await db.sql`SELECT obj_description('schemagate.schemagate_journal'::regclass, 'pg_class') AS comment`;
      expect(meta!.comment).toMatch(/^schemagate journal v3:/);
      expect(await journalOf(db.sql)).toEqual([{ status: 'applied', rows_done: '30', batches: 3, note: null }]);
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 60_000);

  it('records a failing batch with its error and the rows done before it', async () => {
    db = await createDatabase('sgbackfill');
    const ws = workspace({
      'migrations/0001_t.sql': 'CREATE TABLE f (id int PRIMARY KEY, v int CHECK (v < 25));\nINSERT INTO f (id) SELECT g FROM generate_series(1, 40) g;\n',
      'migrations/0002_backfill.sql': '-- schemagate:batch\nUPDATE f SET v = id WHERE id IN (SELECT id FROM f WHERE v IS NULL ORDER BY id LIMIT 10);\n',
    });
    try {
      const run = await runMode({ mode: 'apply', 'database-url': db.url, migrations: 'migrations', verify: 'false' }, ws.dir);
      expect(run.status).toBe('migration-failed');
      expect(run.error!.message).toMatch(/0002_backfill\.sql:2: statement 1 of 1 failed: .*check constraint/);
      expect(run.error!.hint).toContain('20 rows in 2 committed batches stay done');
      const [row] = await db.sql`SELECT status, rows_done, batches FROM schemagate.schemagate_journal WHERE migration_id = '0002'`;
      expect(row).toEqual({ status: 'failed', rows_done: '20', batches: 2 });
      expect((await db.sql`SELECT count(*)::int AS n FROM f WHERE v IS NOT NULL`)[0]).toEqual({ n: 20 });
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 60_000);
});

describe('a batched backfill elsewhere', () => {
  it('runs on the embedded Postgres (PGlite)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-pglite-batch-'));
    const ws = workspace({
      'migrations/0001_t.sql': 'CREATE TABLE t (id int PRIMARY KEY, v int);\nINSERT INTO t (id) SELECT g FROM generate_series(1, 2500) g;\n',
      'migrations/0002_backfill.sql': '-- schemagate:batch\nUPDATE t SET v = id WHERE id IN (SELECT id FROM t WHERE v IS NULL LIMIT 1000);\n',
    });
    try {
      const url = `pglite://${dir}/db`;
      const run = await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations', verify: 'false' }, ws.dir);
      expect(run.status).toBe('ok');
      expect(run.events.map(describeEvent)).toContainEqual(expect.stringMatching(/^ {4}backfill done: 2 500 rows in 3 batches/));
      const plan = await runMode({ mode: 'plan', 'database-url': url, migrations: 'migrations' }, ws.dir);
      expect(plan.plan!.applied.map((a) => [a.migration.id, a.row?.rowsDone, a.row?.batches])).toEqual([['0001', undefined, undefined], ['0002', 2500, 3]]);
    } finally {
      ws.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('is refused on ClickHouse before anything runs, at the directive', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-chdb-batch-'));
    const ws = workspace({
      'migrations/0001_t.sql': 'CREATE TABLE t (id UInt32, v UInt32) ENGINE = MergeTree ORDER BY id;\n',
      'migrations/0002_backfill.sql': '-- schemagate:batch\nUPDATE t SET v = id WHERE id IN (SELECT id FROM t WHERE v = 0 LIMIT 1000);\n',
    });
    try {
      const run = await runMode({ mode: 'apply', 'database-url': `chdb://${dir}/db?database=app`, migrations: 'migrations', verify: 'false' }, ws.dir);
      expect(run.status).toBe('config');
      expect(run.error).toMatchObject({ kind: 'config', location: { file: 'migrations/0002_backfill.sql', line: 1 } });
      expect(run.error!.message).toContain('schemagate:batch cannot run on clickhouse');
      expect(run.applied).toEqual([]);
    } finally {
      ws.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
