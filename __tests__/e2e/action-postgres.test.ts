import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { ROOT, runAction } from '../support/action.js';
import { createDatabase, serverAvailable, SERVER_URL, type TestDatabase } from '../support/postgres.js';
import { workspace } from '../support/workspace.js';

/** dist/index.js end to end, as the runner runs it, against the local server and PGlite. */
const online = await serverAvailable();
const suite = online ? describe : describe.skip;

describe('action on PGlite (no server)', () => {
  it('applies the examples, writes outputs and a summary, and verifies against the snapshot', async () => {
    const ws = workspace();
    ws.copy(path.join(ROOT, 'examples/postgres/migrations'), 'migrations');
    const run = await runAction({ mode: 'apply', 'database-url': `pglite://${path.join(ws.dir, 'db')}`, environment: 'preview' }, { cwd: ws.dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.outputs['applied-count']).toBe('4');
    expect(run.outputs['pending-count']).toBe('4');
    expect(run.outputs['drift-count']).toBe('0');
    expect(run.outputs.outcome).toBe('ok');
    const result = JSON.parse(run.outputs.result!);
    expect(result.verification.differences).toEqual([]);
    expect(run.summary).toContain('schemagate apply: succeeded');
    expect(run.summary).toContain('migrations/0003_index_posts_concurrently.sql');
    expect(run.summary).toContain("objects (tables, views, types) match the snapshot");
    ws.cleanup();
  });

  it('fails with a config error when the database URL secret is missing, saying how to set it', async () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'select 1;' });
    const run = await runAction({ mode: 'apply' }, { cwd: ws.dir });
    expect(run.status).toBe(5);
    expect(run.outputs.outcome).toBe('config');
    expect(run.stdout).toContain('::error title=schemagate config::No database URL');
    expect(run.stdout).toMatch(/secrets\.DATABASE_URL/);
    ws.cleanup();
  });

  it('rejects an unknown mode', async () => {
    const ws = workspace();
    const run = await runAction({ mode: 'migrate', 'database-url': 'pglite://memory' }, { cwd: ws.dir });
    expect(run.status).toBe(5);
    expect(run.stdout).toMatch(/Unknown mode "migrate".*plan, apply, verify, snapshot, baseline/s);
    ws.cleanup();
  });
});

suite('action on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createDatabase();
    await db.sql.unsafe(`CREATE ROLE sg_secret_user LOGIN PASSWORD 'Hunter2-SuperSecret'`).catch(() => {});
    await db.sql.unsafe('ALTER ROLE sg_secret_user SUPERUSER');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('annotates a failing statement on the file line the database points at and exits non-zero', async () => {
    const ws = workspace({
      'migrations/0001_a.sql': 'CREATE TABLE a (id int);',
      'migrations/0002_b.sql': '-- comment\nCREATE TABLE b (id int);\n\nINSERT INTO b VALUES (\n  1, 2);\n',
    });
    const run = await runAction({ mode: 'apply', 'database-url': db.url }, { cwd: ws.dir });
    expect(run.status).toBe(1);
    expect(run.outputs.outcome).toBe('migration-failed');
    expect(run.outputs['applied-count']).toBe('1');
    expect(run.stdout).toMatch(/::error title=schemagate migration-failed,file=migrations\/0002_b\.sql,line=5::migrations\/0002_b\.sql:5: statement 2 of 2 failed: INSERT has more expressions than target columns/);
    expect(run.summary).toContain('❌ failed');
    expect(run.summary).toContain('<details><summary>Failing statement</summary>\n\n```sql\nINSERT INTO b VALUES (\n  1, 2)\n```');
    ws.cleanup();
  });

  it('never shows the password: not in stdout, stderr, summary, outputs or annotations', async () => {
    const url = new URL(SERVER_URL);
    url.username = 'sg_secret_user';
    url.password = 'Hunter2-SuperSecret';
    const own = await createDatabase();
    url.pathname = new URL(own.url).pathname;
    const ws = workspace({ 'migrations/0001_leak.sql': 'CREATE TABLE leak_check (id int);\nSELECT * FROM nope;' });
    // Trust auth accepts any password; the run fails (missing table) so every error path prints.
    const run = await runAction({ mode: 'apply', 'database-url': url.href }, { cwd: ws.dir });
    await own.drop();
    expect(run.stdout).toContain('relation "nope" does not exist');
    expect(run.status).toBe(1);
    const stdout = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    const everything = [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
    expect(everything).toContain('relation "nope" does not exist');
    expect(everything).not.toContain('Hunter2-SuperSecret');
    expect(everything).not.toContain(encodeURIComponent('Hunter2-SuperSecret'));
    expect(run.stdout).toContain('::add-mask::');
    ws.cleanup();
  });
});
