import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readSettings } from '../../src/config/index.js';
import { runFanout } from '../../src/core/fanout.js';
import { fanoutCounts, fanoutResultJson, renderFanoutSummary } from '../../src/report/fanout.js';
import { runMode } from '../support/run.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { workspace } from '../support/workspace.js';

/**
 * Many databases, one folder, on the local server: each target keeps its own journal and
 * outcome, the report has one row per target, and the run's outcome is the worst target's.
 */
const online = await serverAvailable();
const describeServer = online ? describe : describe.skip;

const MIGRATIONS = {
  'migrations/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n',
  'migrations/0002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\nCREATE INDEX orders_user ON orders (user_id);\n',
};

const journalRows = async (db: TestDatabase, schema = 'schemagate') =>
  (await db.sql.unsafe(`SELECT migration_id, status FROM ${schema}.schemagate_journal ORDER BY started_at`)) as unknown as Array<{ migration_id: string; status: string }>;
const hasSchema = async (db: TestDatabase, schema: string) => (await db.sql`SELECT 1 FROM pg_namespace WHERE nspname = ${schema}`).length > 0;

describeServer('fan-out on the local server', () => {
  const ws = workspace(MIGRATIONS);
  const dbs: TestDatabase[] = [];

  beforeAll(async () => {
    // The expected snapshot, written from a database the migrations built.
    const scratch = await createDatabase('sg_fan');
    try {
      expect((await runMode({ mode: 'apply', 'database-url': scratch.url, migrations: 'migrations' }, ws.dir)).status).toBe('ok');
      expect((await runMode({ mode: 'snapshot', 'database-url': scratch.url, migrations: 'migrations' }, ws.dir)).status).toBe('ok');
    } finally {
      await scratch.drop();
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(dbs.map((db) => db.drop()));
    ws.cleanup();
  });

  /** Three fresh databases; the third already has a `users` table the first migration conflicts with. */
  async function threeDatabases(): Promise<[TestDatabase, TestDatabase, TestDatabase]> {
    const made = await Promise.all([createDatabase('sg_fan'), createDatabase('sg_fan'), createDatabase('sg_fan')]);
    dbs.push(...made);
    await made[2].sql`CREATE TABLE users (id int)`;
    return made as [TestDatabase, TestDatabase, TestDatabase];
  }

  const run = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
    runFanout(readSettings((name) => ({ migrations: 'migrations', ...inputs } as Record<string, string>)[name], { GITHUB_WORKSPACE: ws.dir, ...env } as NodeJS.ProcessEnv), () => {});

  test('two apply and verify, the conflicting one fails with its own error; one row each; the outcome is the failure', async () => {
    const [a, b, c] = await threeDatabases();
    const fanout = await run({ mode: 'apply', 'database-urls': `alpha=${a.url}\nbeta=${b.url}\ngamma=${c.url}`, 'max-parallel': '3' });
    expect(fanout.status).toBe('migration-failed');
    expect(fanout.targets.map((t) => [t.name, t.status, t.applied, t.verified])).toEqual([
      ['alpha', 'ok', 2, true],
      ['beta', 'ok', 2, true],
      ['gamma', 'migration-failed', 0, false],
    ]);
    expect(fanout.targets[2]!.error).toMatchObject({ kind: 'migration-failed', message: expect.stringContaining('relation "users" already exists'), location: { file: 'migrations/0001_users.sql', line: 1 } });

    const summary = renderFanoutSummary(fanout);
    const rows = summary.split('\n').filter((line) => /^\| `/.test(line));
    expect(rows.map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual(['| `gamma` | ❌ migration failed', '| `alpha` | ✅ succeeded', '| `beta` | ✅ succeeded']);
    expect(summary).toContain('### ❌ `gamma`: migration failed');
    expect(summary).toContain('relation \\"users\\" already exists'.replace(/\\/g, ''));
    expect(fanoutCounts(fanout).targets).toEqual({ ok: 2, 'migration-failed': 1 });
    const result = JSON.parse(fanoutResultJson(fanout)) as { targets: Array<{ name: string }>; counts: object };
    expect(result.targets.map((t) => t.name)).toEqual(['alpha', 'beta', 'gamma']);

    for (const db of [a, b]) expect(await journalRows(db)).toEqual([{ migration_id: '0001', status: 'applied' }, { migration_id: '0002', status: 'applied' }]);
    expect(await journalRows(c)).toEqual([{ migration_id: '0001', status: 'failed' }]);
  }, 60_000);

  test('fail-fast stops after the first failure and names the targets not attempted', async () => {
    const [a, b, c] = await threeDatabases();
    const fanout = await run({ mode: 'apply', 'database-urls': `gamma=${c.url}\nalpha=${a.url}\nbeta=${b.url}`, 'max-parallel': '1', 'fail-fast': 'true' });
    expect(fanout.status).toBe('migration-failed');
    expect(fanout.targets.map((t) => [t.name, t.status, t.skipped ?? null])).toEqual([
      ['gamma', 'migration-failed', null],
      ['alpha', 'not-attempted', 'fail-fast: gamma failed'],
      ['beta', 'not-attempted', 'fail-fast: gamma failed'],
    ]);
    expect(renderFanoutSummary(fanout)).toMatch(/\| `alpha` \| ⏭️ not attempted \|.*\| fail-fast: gamma failed \|/);
    for (const db of [a, b]) expect(await hasSchema(db, 'schemagate')).toBe(false);
  }, 60_000);

  test('a canary failure leaves every other target untouched', async () => {
    const [a, b, c] = await threeDatabases();
    const fanout = await run({ mode: 'apply', 'database-urls': `alpha=${a.url}\nbeta=${b.url}\ngamma=${c.url}`, canary: 'gamma' });
    expect(fanout.targets.map((t) => [t.name, t.status])).toEqual([['alpha', 'not-attempted'], ['beta', 'not-attempted'], ['gamma', 'migration-failed']]);
    expect(fanout.targets[0]!.skipped).toBe('canary gamma failed');
    for (const db of [a, b]) {
      expect(await hasSchema(db, 'schemagate')).toBe(false);
      expect(await db.sql`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`).toHaveLength(0);
    }
  }, 60_000);

  test('100 schema-per-tenant targets on one database apply, verify, and keep a journal each', async () => {
    const db = await createDatabase('sg_fan');
    dbs.push(db);
    const tenants = Array.from({ length: 100 }, (_, i) => `tenant_${String(i).padStart(3, '0')}`);
    ws.write('targets.yml', ['url-env: TENANTS_URL', 'targets:', ...tenants.map((t) => `  - schema: ${t}`)].join('\n'));
    const fanout = await run({ mode: 'apply', 'targets-file': 'targets.yml', 'max-parallel': '8' }, { TENANTS_URL: db.url });
    expect(fanout.targets.filter((t) => t.status !== 'ok').map((t) => [t.name, t.error?.message])).toEqual([]);
    expect(fanout.targets).toHaveLength(100);
    expect(fanoutCounts(fanout)).toMatchObject({ applied: 200, verified: true, targets: { ok: 100 } });
    const tables = await db.sql`SELECT schemaname, count(*)::int AS n FROM pg_tables WHERE schemaname LIKE 'tenant_%' GROUP BY schemaname`;
    expect(tables).toHaveLength(100);
    expect(tables.every((t) => t.n === 4)).toBe(true); // users, orders, and the journal's two tables
    expect(await journalRows(db, 'tenant_042')).toEqual([{ migration_id: '0001', status: 'applied' }, { migration_id: '0002', status: 'applied' }]);
    expect(await hasSchema(db, 'schemagate')).toBe(false);
    // A second run finds nothing pending anywhere.
    const again = await run({ mode: 'plan', 'targets-file': 'targets.yml', 'max-parallel': '8' }, { TENANTS_URL: db.url });
    expect(fanoutCounts(again)).toMatchObject({ pending: 0, targets: { ok: 100 } });
  }, 240_000);
});
