import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from '@jest/globals';
import type postgres from 'postgres';
import { describeEvent } from '../../src/report/progress.js';
import { ROOT } from '../support/action.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * A failed or interrupted CREATE INDEX CONCURRENTLY leaves an INVALID index. The next run drops
 * the file's own INVALID index concurrently and builds it again; a run never records the
 * migration as applied while its index is INVALID (issue 12: `resume` after an interrupted build
 * did), and a failure names the index it left behind.
 */

const online = await serverAvailable();
const server = online ? describe : describe.skip;

async function validity(sql: postgres.Sql, name: string): Promise<boolean | null> {
  const [row] = await sql<[{ valid: boolean }?]>`SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = ${name}`;
  return row?.valid ?? null;
}

async function statuses(sql: postgres.Sql, id: string): Promise<string[]> {
  return (await sql<Array<{ status: string }>>`SELECT status FROM schemagate.schemagate_journal WHERE migration_id = ${id} ORDER BY started_at`).map((r) => r.status);
}

const USERS = 'CREATE TABLE users (id int PRIMARY KEY, email text);\nINSERT INTO users SELECT g, \'u\' || (g % 900) FROM generate_series(1, 1000) g;\n';
const dedupe = (sql: postgres.Sql) => sql`DELETE FROM users a USING users b WHERE a.email = b.email AND a.id > b.id`;
const apply = (url: string, dir: string, extra: Record<string, string> = {}) => runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations', verify: 'false', ...extra }, dir);

server('CREATE INDEX CONCURRENTLY and the INVALID index it can leave', () => {
  let db: TestDatabase;

  it('a unique build over duplicates fails naming the INVALID index; once the data is fixed the next run drops and rebuilds it', async () => {
    db = await createDatabase('sginvalid');
    const ws = workspace({
      'migrations/0001_users.sql': USERS,
      'migrations/0002_email.sql': '-- schemagate:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY users_email ON users (email);\n',
    });
    try {
      const failed = await apply(db.url, ws.dir);
      expect(failed.status).toBe('migration-failed');
      expect(failed.error!.message).toMatch(/0002_email\.sql:2: .*could not create unique index "users_email"/);
      expect(failed.error!.hint).toContain('The failed build left the INVALID index "public"."users_email" behind. Remove the duplicate rows first');
      expect(failed.error!.hint).toContain('schemagate drops it (DROP INDEX CONCURRENTLY) and builds it again');
      expect(await validity(db.sql, 'users_email')).toBe(false);

      // Not fixed yet: the rebuild fails the same way and still records nothing as applied.
      const again = await apply(db.url, ws.dir);
      expect(again.status).toBe('migration-failed');
      expect(again.events.map(describeEvent)).toContainEqual(expect.stringContaining('"public"."users_email" exists but is INVALID'));

      await dedupe(db.sql);
      // With the rebuild off, the INVALID index is a refusal naming it.
      const off = await apply(db.url, ws.dir, { 'rebuild-invalid-indexes': 'false' });
      expect(off.status).toBe('migration-failed');
      expect(off.error!.message).toContain('"public"."users_email" exists but is INVALID, as a failed or interrupted CREATE INDEX CONCURRENTLY leaves it, and rebuild-invalid-indexes is off');
      expect(off.error!.hint).toContain('DROP INDEX CONCURRENTLY "public"."users_email";');
      expect(await validity(db.sql, 'users_email')).toBe(false);

      const fixed = await apply(db.url, ws.dir);
      expect(fixed.status).toBe('ok');
      expect(fixed.events.map(describeEvent)).toContainEqual(
        '    "public"."users_email" exists but is INVALID (left by a failed or interrupted CREATE INDEX CONCURRENTLY): dropping it concurrently and building it again.',
      );
      expect(await validity(db.sql, 'users_email')).toBe(true);
      expect(await statuses(db.sql, '0002')).toEqual(['failed', 'failed', 'failed', 'applied']);
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 60_000);

  it('IF NOT EXISTS over an INVALID index rebuilds it rather than skipping it', async () => {
    db = await createDatabase('sginvalid');
    const ws = workspace({ 'migrations/0001_users.sql': USERS });
    try {
      expect((await apply(db.url, ws.dir)).status).toBe('ok');
      await db.sql.unsafe('CREATE UNIQUE INDEX CONCURRENTLY users_email ON users (email)').catch(() => {});
      expect(await validity(db.sql, 'users_email')).toBe(false);
      ws.write('migrations/0002_email.sql', '-- schemagate:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email);\n');
      // The duplicates are still there: Postgres would skip the INVALID index silently; the rebuild fails instead.
      const failed = await apply(db.url, ws.dir);
      expect(failed.status).toBe('migration-failed');
      expect(await statuses(db.sql, '0002')).toEqual(['failed']);
      await dedupe(db.sql);
      expect((await apply(db.url, ws.dir)).status).toBe('ok');
      expect(await validity(db.sql, 'users_email')).toBe(true);
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 60_000);

  it('an unnamed build on a table with an INVALID index is refused, naming it', async () => {
    db = await createDatabase('sginvalid');
    const ws = workspace({ 'migrations/0001_users.sql': USERS });
    try {
      expect((await apply(db.url, ws.dir)).status).toBe('ok');
      await db.sql.unsafe('CREATE UNIQUE INDEX CONCURRENTLY users_email ON users (email)').catch(() => {});
      ws.write('migrations/0002_email.sql', '-- schemagate:no-transaction\nCREATE INDEX CONCURRENTLY ON users (lower(email));\n');
      const refused = await apply(db.url, ws.dir);
      expect(refused.status).toBe('migration-failed');
      expect(refused.error!.message).toContain('"public"."users" has INVALID index "public"."users_email"');
      expect(refused.error!.hint).toContain('DROP INDEX CONCURRENTLY "public"."users_email";');
      expect(await statuses(db.sql, '0002')).toEqual(['failed']);
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 60_000);

  it('a valid index already there explains "already exists"', async () => {
    db = await createDatabase('sginvalid');
    const ws = workspace({ 'migrations/0001_users.sql': USERS });
    try {
      expect((await apply(db.url, ws.dir)).status).toBe('ok');
      await db.sql.unsafe('CREATE INDEX users_email ON users (email)');
      ws.write('migrations/0002_email.sql', '-- schemagate:no-transaction\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n');
      const failed = await apply(db.url, ws.dir);
      expect(failed.status).toBe('migration-failed');
      expect(failed.error!.hint).toContain('"public"."users_email" already exists and is valid');
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 60_000);

  it('resume after a build killed half-way rebuilds the INVALID index and only then records the migration applied', async () => {
    db = await createDatabase('sginvalid');
    const ws = workspace({ 'migrations/0001_big.sql': 'CREATE TABLE big (id int);\nINSERT INTO big SELECT g FROM generate_series(1, 3000000) g;\n' });
    try {
      expect((await apply(db.url, ws.dir)).status).toBe('ok');
      ws.write(
        'migrations/0002_index.sql',
        '-- schemagate:no-transaction\nALTER TABLE big ADD COLUMN note text;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS big_hash ON big (md5(id::text), md5((id + 1)::text));\n',
      );
      // The CLI from the sources in its own process group, killed while the index builds.
      const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli-main.ts'), 'apply', '--database-url', db.url, '--migrations', 'migrations', '--verify', 'false'], {
        cwd: ws.dir,
        detached: true,
        stdio: 'ignore',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let building = false;
      for (const deadline = Date.now() + 60_000; !building && Date.now() < deadline; ) {
        await sleep(50);
        building = (await db.sql`SELECT 1 FROM pg_stat_progress_create_index WHERE datname = current_database()`).length > 0;
      }
      expect(building).toBe(true);
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
      // The server notices the client is gone (client_connection_check_interval) and aborts the build.
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
        if ((await db.sql`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'CREATE INDEX%'`).length === 0) break;
        await sleep(100);
      }
      expect(await validity(db.sql, 'big_hash')).toBe(false);
      expect(await statuses(db.sql, '0002')).toEqual(['running']);

      const refused = await apply(db.url, ws.dir);
      expect(refused.status).toBe('refused');
      const resumed = await apply(db.url, ws.dir, { resume: 'true' });
      expect(resumed.status).toBe('ok');
      expect(resumed.events.map(describeEvent)).toContainEqual(expect.stringContaining('"public"."big_hash" exists but is INVALID'));
      expect(await validity(db.sql, 'big_hash')).toBe(true);
      expect(await statuses(db.sql, '0002')).toEqual(['running', 'applied']);
    } finally {
      ws.cleanup();
      await db.drop();
    }
  }, 180_000);
});
