import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSettings } from '../../src/config/index.js';
import { runSchemagate } from '../../src/core/run.js';
import type { ProgressEvent } from '../../src/core/events.js';
import { NODE24, ROOT, runAction } from '../support/action.js';
import { startChdbHttpServerProcess } from '../support/chdb-http-server.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * A run asked to stop (Ctrl-C, a cancelled job: SIGINT, then SIGTERM) ends with its report and
 * outcome `cancelled`, the statement under way cancelled by the server, the journal exact and
 * the lock released; a wait for the lock ends at once.
 */
const online = await serverAvailable();
jest.setTimeout(120_000);
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** The bundled CLI in its own process, stopped with `signal` once its progress shows `when`. */
function stopCli(args: string[], cwd: string, signal: NodeJS.Signals, when: RegExp): Promise<{ code: number | null; stdout: string; stderr: string; afterSignalMs: number }> {
  const child = spawn(NODE24, [path.join(ROOT, 'dist/cli/index.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '' } });
  let stdout = '';
  let stderr = '';
  let signalled = 0;
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (!signalled && when.test(stderr)) {
      signalled = Date.now();
      // The statement after the matched progress line is under way once it has been sent.
      setTimeout(() => child.kill(signal), 300);
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr, afterSignalMs: Date.now() - signalled })));
}

const journal = async (db: TestDatabase) =>
  (await db.sql.unsafe('SELECT migration_id, status, statements_applied, error FROM schemagate.schemagate_journal ORDER BY started_at')).map((r) => [r.migration_id, r.status, r.statements_applied, r.error]);
/** This database's advisory locks (pg_locks lists every database's: other suites run beside this one). */
const advisoryLocks = async (db: TestDatabase) =>
  Number((await db.sql.unsafe("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))[0]!.n);

describe('a run asked to stop', () => {
  (online ? it : it.skip)('on SIGINT cancels the running statement, rolls its migration back, records it failed and reports cancelled (exit 130)', async () => {
    const db = await createDatabase('sgstop');
    cleanups.push(() => db.drop());
    const w = workspace({
      'migrations/0001_a.sql': 'CREATE TABLE a (id int);\n',
      'migrations/0002_slow.sql': 'CREATE TABLE b (id int);\nSELECT pg_sleep(60);\nCREATE TABLE b2 (id int);\n',
      'migrations/0003_c.sql': 'CREATE TABLE c (id int);\n',
    });
    cleanups.push(() => w.cleanup());
    const run = await stopCli(['apply', '--database-url', db.url, '--migrations', 'migrations'], w.dir, 'SIGINT', /0002_slow\.sql[\s\S]*statement 1\/3 done/);
    expect(run.code).toBe(130);
    expect(run.afterSignalMs).toBeLessThan(20_000);
    expect(run.stdout).toMatch(/schemagate apply: cancelled/);
    expect(run.stdout).toMatch(/migrations\/0002_slow\.sql:2: statement 2 of 3 was stopped by SIGINT while it ran \(canceling statement due to user request\)/);
    expect(run.stderr).toMatch(/SIGINT: stopping/);
    expect(await journal(db)).toEqual([
      ['0001', 'applied', 1, null],
      ['0002', 'failed', 0, 'canceling statement due to user request'],
    ]);
    expect((await db.sql.unsafe("SELECT to_regclass('b')::text AS b"))[0]!.b).toBeNull();
    expect(await advisoryLocks(db)).toBe(0);
    const next = await runMode({ mode: 'plan', 'database-url': db.url }, w.dir);
    expect(next.error).toBeNull();
    expect(next.plan!.pending.map((p) => [p.migration.id, p.reason])).toEqual([['0002', 'retry'], ['0003', 'new']]);
  });

  (online ? it : it.skip)('on SIGTERM stops a no-transaction migration at its statement, journaled so that resume continues there', async () => {
    const db = await createDatabase('sgstopnt');
    cleanups.push(() => db.drop());
    const w = workspace({ 'migrations/0001_nt.sql': '-- schemagate:no-transaction\nCREATE TABLE x (id int);\nSELECT pg_sleep(60);\nCREATE TABLE y (id int);\n' });
    cleanups.push(() => w.cleanup());
    const run = await stopCli(['apply', '--database-url', db.url, '--migrations', 'migrations'], w.dir, 'SIGTERM', /statement 1\/3 done/);
    expect(run.code).toBe(130);
    expect(run.stdout).toMatch(/schemagate apply: cancelled/);
    expect(run.stdout).toMatch(/The statements before it completed and stay applied/);
    expect(await journal(db)).toEqual([['0001', 'failed', 1, 'canceling statement due to user request']]);
    expect(await advisoryLocks(db)).toBe(0);
    const resumed = await runMode({ mode: 'plan', 'database-url': db.url, resume: 'true' }, w.dir);
    expect(resumed.error).toBeNull();
    expect(resumed.plan!.pending.map((p) => [p.migration.id, p.reason, p.startAt])).toEqual([['0001', 'resume', 1]]);
  });

  (online ? it : it.skip)('run as the action (a cancelled job: SIGINT), still writes its summary and outputs, and fails the step', async () => {
    const db = await createDatabase('sgstopaction');
    cleanups.push(() => db.drop());
    const w = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);\n', 'migrations/0002_slow.sql': 'CREATE TABLE b (id int);\nSELECT pg_sleep(60);\n' });
    cleanups.push(() => w.cleanup());
    const run = await runAction({ mode: 'apply', 'database-url': db.url, migrations: 'migrations' }, { cwd: w.dir, stop: { when: /0002_slow\.sql[\s\S]*statement 1\/2 done/, signal: 'SIGINT' } });
    expect(run.status).toBe(130);
    expect(run.outputs.outcome).toBe('cancelled');
    expect(run.outputs['applied-count']).toBe('1');
    expect(run.summary).toMatch(/schemagate apply: cancelled/);
    expect(run.summary).toMatch(/stopped by SIGINT while it ran/);
    expect(run.stdout).toMatch(/::error[^\n]*0002_slow\.sql/);
    expect(await journal(db)).toEqual([
      ['0001', 'applied', 1, null],
      ['0002', 'failed', 0, 'canceling statement due to user request'],
    ]);
  });

  (online ? it : it.skip)('ends its wait for another run\'s lock at once, having done nothing', async () => {
    const db = await createDatabase('sgstoplock');
    cleanups.push(() => db.drop());
    const w = workspace({ 'migrations/0001_slow.sql': 'SELECT pg_sleep(3);\nCREATE TABLE s (id int);\n' });
    cleanups.push(() => w.cleanup());
    const settings = () => readSettings((name) => ({ mode: 'apply', 'database-url': db.url, verify: 'false' })[name as string], { GITHUB_WORKSPACE: w.dir } as NodeJS.ProcessEnv);
    const holder = runSchemagate(settings(), () => {});
    await new Promise((resolve) => setTimeout(resolve, 500));
    const controller = new AbortController();
    const started = Date.now();
    const waiter = await runSchemagate(settings(), (event) => {
      if (event.type === 'lock-waiting') setTimeout(() => controller.abort('SIGINT'), 200);
    }, controller.signal);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(waiter.status).toBe('cancelled');
    expect(waiter.error!.message).toBe('Stopped by SIGINT');
    expect(waiter.error!.hint).toMatch(/This run applied nothing/);
    expect(waiter.applied).toEqual([]);
    expect((await holder).status).toBe('ok');
  });

  it('on ClickHouse (over HTTP), stops before the next statement and journals how far the migration got', async () => {
    const dataPath = mkdtempSync(path.join(tmpdir(), 'schemagate-stop-'));
    cleanups.push(() => rmSync(dataPath, { recursive: true, force: true }));
    const server = await startChdbHttpServerProcess({ dataPath });
    cleanups.push(() => server.close());
    const w = workspace({ 'migrations/0001_t.sql': 'CREATE TABLE t (n UInt32) ENGINE = MergeTree ORDER BY n;\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);\n' });
    cleanups.push(() => w.cleanup());
    const url = `${server.url}/default`;
    const settings = readSettings((name) => ({ mode: 'apply', 'database-url': url, verify: 'false' })[name as string], { GITHUB_WORKSPACE: w.dir } as NodeJS.ProcessEnv);
    const controller = new AbortController();
    const stopped = await runSchemagate(settings, (event) => {
      if (event.type === 'statement' && event.statement.index === 0) controller.abort('SIGINT');
    }, controller.signal);
    expect(stopped.status).toBe('cancelled');
    expect(stopped.error!.message).toBe('migrations/0001_t.sql:2: statement 2 of 3 was stopped by SIGINT before it ran');
    expect(stopped.error!.hint).toMatch(/resume/);
    const resumed = await runMode({ mode: 'plan', 'database-url': url, resume: 'true' }, w.dir);
    expect(resumed.error).toBeNull();
    expect(resumed.plan!.pending.map((p) => [p.migration.id, p.reason, p.startAt])).toEqual([['0001', 'resume', 1]]);
    expect(resumed.plan!.failed.map((f) => f.row.error)).toEqual(['not run: the run was stopped by SIGINT']);
  });

  it('on PGlite, stops before the next migration and the next run applies the rest', async () => {
    const w = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);\n', 'migrations/0002_b.sql': 'CREATE TABLE b (id int);\n' });
    cleanups.push(() => w.cleanup());
    const url = `pglite://${path.join(w.dir, 'db')}`;
    const settings = readSettings((name) => ({ mode: 'apply', 'database-url': url, verify: 'false' })[name as string], { GITHUB_WORKSPACE: w.dir } as NodeJS.ProcessEnv);
    const controller = new AbortController();
    const stopAfterFirst = (event: ProgressEvent) => {
      if (event.type === 'migration-done') controller.abort('SIGTERM');
    };
    const stopped = await runSchemagate(settings, stopAfterFirst, controller.signal);
    expect(stopped.status).toBe('cancelled');
    expect(stopped.error!.message).toBe('Stopped by SIGTERM before migrations/0002_b.sql: 1 of 2 pending migration(s) applied, 1 left pending.');
    expect(stopped.applied.map((a) => [a.migrationId, a.status])).toEqual([['0001', 'applied']]);
    const rest = await runMode({ mode: 'apply', 'database-url': url, verify: 'false' }, w.dir);
    expect(rest.error).toBeNull();
    expect(rest.applied.map((a) => [a.migrationId, a.status])).toEqual([['0002', 'applied']]);
  });
});
