import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * Through PgBouncer in transaction mode (Debian's `pgbouncer`, started here on a free port in
 * front of the local server) the migration lock would not stay with the run: apply refuses and
 * asks for `direct-url`, and succeeds with it. The same PgBouncer in session mode is no pooler to
 * refuse. Without pgbouncer installed the suite is skipped, unless CI requires it (.ci/run
 * installs it).
 */
const PGBOUNCER = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((file) => spawnSync(file, ['--version']).status === 0);
const required = process.env.SCHEMAGATE_REQUIRE_POSTGRES === '1';
if (!PGBOUNCER && required) throw new Error('pgbouncer is required (SCHEMAGATE_REQUIRE_POSTGRES=1) but not installed: apt-get install pgbouncer');
if (!PGBOUNCER) console.warn('NOTICE: pgbouncer is not installed; the pooler tests are SKIPPED.');
const online = (await serverAvailable()) && PGBOUNCER !== undefined;
const suite = online ? describe : describe.skip;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function accepting(port: number, within: number): Promise<void> {
  const deadline = Date.now() + within;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`pgbouncer did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

suite('through a transaction-mode pooler (PgBouncer)', () => {
  let db: TestDatabase;
  let dir: string;
  let bouncer: ChildProcess;
  let port: number;
  let log = '';
  const via = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;

  beforeAll(async () => {
    db = await createDatabase('sg_pool');
    const name = new URL(db.url).pathname.slice(1);
    port = await freePort();
    dir = mkdtempSync(path.join(os.tmpdir(), 'schemagate-pgbouncer-'));
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'userlist.txt'), '"postgres" ""\n');
    writeFileSync(
      path.join(dir, 'pgbouncer.ini'),
      [
        '[databases]',
        `transaction = host=127.0.0.1 port=5432 dbname=${name}`,
        `session = host=127.0.0.1 port=5432 dbname=${name} pool_mode=session`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${port}`,
        'unix_socket_dir =',
        'auth_type = trust',
        `auth_file = ${path.join(dir, 'userlist.txt')}`,
        'pool_mode = transaction',
        '',
      ].join('\n'),
    );
    // PgBouncer refuses to run as root; as root it is told which user to become.
    const asRoot = process.getuid?.() === 0 ? ['-u', 'postgres'] : [];
    bouncer = spawn(PGBOUNCER!, [...asRoot, path.join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'] });
    bouncer.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    bouncer.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      await accepting(port, 10_000);
    } catch (error) {
      throw new Error(`${(error as Error).message}:\n${log}`);
    }
  });

  afterAll(async () => {
    if (bouncer && bouncer.exitCode === null) {
      const exited = new Promise((resolve) => bouncer.once('exit', resolve));
      bouncer.kill('SIGTERM');
      await exited;
    }
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const MIGRATIONS = { 'migrations/0001_t.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n' };

  it('refuses to apply through it with the direct-URL message, running nothing and leaving no lock behind', async () => {
    const ws = workspace(MIGRATIONS);
    try {
      const outcome = await runMode({ mode: 'apply', 'database-url': via('transaction') }, ws.dir);
      expect(outcome.status).toBe('config');
      expect(outcome.error!.message).toContain('connection pooler in transaction mode');
      expect(outcome.error!.hint).toContain('Set `direct-url`');
      expect(await db.sql`SELECT to_regclass('schemagate.schemagate_journal') AS journal, to_regclass('public.t') AS t`).toEqual([{ journal: null, t: null }]);
      // Reading needs no session of its own: plan works through the pooler.
      const plan = await runMode({ mode: 'plan', 'database-url': via('transaction') }, ws.dir);
      expect(plan.error).toBeNull();
      expect(plan.plan!.pending.map((p) => p.migration.id)).toEqual(['0001']);
      expect(await db.sql`SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).toHaveLength(0);
    } finally {
      ws.cleanup();
    }
  });

  it('applies through direct-url, with database-url still the pooler', async () => {
    const ws = workspace(MIGRATIONS);
    try {
      const outcome = await runMode({ mode: 'apply', 'database-url': via('transaction'), 'direct-url': db.url }, ws.dir);
      expect(outcome.error).toBeNull();
      expect(outcome.applied.map((a) => [a.migrationId, a.status])).toEqual([['0001', 'applied']]);
      // A plan through the pooler reads the journal it wrote (its tables' rows are fetched together).
      const plan = await runMode({ mode: 'plan', 'database-url': via('transaction') }, ws.dir);
      expect(plan.error).toBeNull();
      expect(plan.plan!.applied.map((a) => [a.migration.id, a.source])).toEqual([['0001', 'journal']]);
      expect(plan.plan!.pending).toEqual([]);
    } finally {
      ws.cleanup();
    }
  });

  it('applies through the same PgBouncer in session mode, where the session stays with the run', async () => {
    const ws = workspace({ ...MIGRATIONS, 'migrations/0002_u.sql': 'CREATE TABLE u (id int);\n' });
    try {
      const outcome = await runMode({ mode: 'apply', 'database-url': via('session') }, ws.dir);
      expect(outcome.error).toBeNull();
      expect(outcome.applied.map((a) => [a.migrationId, a.status])).toEqual([['0002', 'applied']]);
    } finally {
      ws.cleanup();
    }
  });
});
