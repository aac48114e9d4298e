import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { execFileSync } from 'node:child_process';
import { readSettings } from '../../src/config/index.js';
import { runSchemagate } from '../../src/core/run.js';
import { VERSION } from '../../src/version.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * The apply path against the real local PostgreSQL server: atomic migrations, a failure in the
 * middle, its record in the journal, the re-run after the fix, edits and concurrency.
 */
const online = await serverAvailable();
const suite = online ? describe : describe.skip;

const FIVE = {
  'migrations/0001_a.sql': 'CREATE TABLE a (id int PRIMARY KEY);',
  'migrations/0002_b.sql': 'CREATE TABLE b (id int PRIMARY KEY);\nINSERT INTO b VALUES (1);',
  'migrations/0003_c.sql': 'CREATE TABLE c (id int PRIMARY KEY);\n\nINSERT INTO c VALUES (1);\nINSERT INTO c\n  VALUES (no_such_column);\n',
  'migrations/0004_d.sql': 'CREATE TABLE d (id int);',
  'migrations/0005_e.sql': 'CREATE TABLE e (id int);',
};

suite('apply on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('records 1-2, rolls back and records 3 as failed with file:line, skips 4-5; the fixed re-run applies 3-5', async () => {
    const ws = workspace(FIVE);
    const failed = await runMode({ mode: 'apply', 'database-url': db.url }, ws.dir);
    expect(failed.status).toBe('migration-failed');
    expect(failed.error!.location).toEqual({ file: 'migrations/0003_c.sql', line: 5 });
    expect(failed.error!.message).toContain('column "no_such_column" does not exist');
    expect(failed.applied.map((a) => [a.migrationId, a.status])).toEqual([['0001', 'applied'], ['0002', 'applied'], ['0003', 'failed']]);

    const tables = async () => (await db.sql`SELECT relname FROM pg_class WHERE relname IN ('a','b','c','d','e') ORDER BY 1`).map((r) => r.relname);
    expect(await tables()).toEqual(['a', 'b']);
    const rows = await db.sql`SELECT migration_id, status, error, error_statement_index, error_line, statements_applied, tool_version
                             FROM schemagate.schemagate_journal ORDER BY started_at`;
    expect(rows.map((r) => [r.migration_id, r.status])).toEqual([['0001', 'applied'], ['0002', 'applied'], ['0003', 'failed']]);
    expect(rows[2]).toMatchObject({ error_statement_index: 2, error_line: 5, statements_applied: 0 });
    expect(rows[2]!.error).toContain('no_such_column');

    const plan = await runMode({ mode: 'plan', 'database-url': db.url }, ws.dir);
    expect(plan.plan!.failed.map((f) => f.row.migrationId)).toEqual(['0003']);
    expect(plan.plan!.pending.map((p) => [p.migration.id, p.reason])).toEqual([['0003', 'retry'], ['0004', 'new'], ['0005', 'new']]);

    ws.write('migrations/0003_c.sql', 'CREATE TABLE c (id int PRIMARY KEY);\nINSERT INTO c VALUES (1);\n');
    const fixed = await runMode({ mode: 'apply', 'database-url': db.url }, ws.dir);
    expect(fixed.status).toBe('ok');
    expect(fixed.applied.map((a) => a.migrationId)).toEqual(['0003', '0004', '0005']);
    expect(await tables()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const again = await runMode({ mode: 'apply', 'database-url': db.url }, ws.dir);
    expect(again.applied).toEqual([]);
    ws.cleanup();
  });

  it('statements sent ahead in one round trip: a failure in the middle is its own statement, and nothing after it runs', async () => {
    const other = await createDatabase();
    const ws = workspace({
      'migrations/0001_a.sql': 'CREATE TABLE before_failure (id int);\nINSERT INTO missing_table VALUES (1);\nCREATE TABLE after_failure (id int);\n',
    });
    try {
      const failed = await runMode({ mode: 'apply', 'database-url': other.url }, ws.dir);
      const events = failed.events.flatMap((e) => (e.type === 'statement' ? [`done ${e.statement.index + 1}`] : []));
      expect(failed.status).toBe('migration-failed');
      expect(failed.error!.message).toMatch(/^migrations\/0001_a\.sql:2: statement 2 of 3 failed: relation "missing_table" does not exist/);
      expect(events).toEqual(['done 1']);
      // Rolled back: nothing of it stays, and the report keeps its safety section.
      expect(failed.applied.map((a) => [a.migrationId, a.status, a.statementsRun])).toEqual([['0001', 'failed', 0]]);
      expect(failed.safety).not.toBeNull();
      expect(await other.sql`SELECT relname FROM pg_class WHERE relname IN ('before_failure', 'after_failure')`).toEqual([]);
      const [row] = await other.sql`SELECT status, error_statement_index, error_line FROM schemagate.schemagate_journal`;
      expect(row).toEqual({ status: 'failed', error_statement_index: 1, error_line: 2 });
      // The session is usable after the aborted pipeline: the fixed file applies in the same database.
      ws.write('migrations/0001_a.sql', 'CREATE TABLE before_failure (id int);\nCREATE TABLE after_failure (id int);\n');
      expect((await runMode({ mode: 'apply', 'database-url': other.url }, ws.dir)).status).toBe('ok');
    } finally {
      ws.cleanup();
      await other.drop();
    }
  });

  it('refuses an edited migration, naming the file and both checksums, and changes nothing', async () => {
    const other = await createDatabase();
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);', 'migrations/0002_b.sql': 'CREATE TABLE b (id int);' });
    expect((await runMode({ mode: 'apply', 'database-url': other.url }, ws.dir)).status).toBe('ok');
    ws.write('migrations/0001_a.sql', 'CREATE TABLE a (id bigint);');
    ws.write('migrations/0003_c.sql', 'CREATE TABLE c (id int);');
    const outcome = await runMode({ mode: 'apply', 'database-url': other.url }, ws.dir);
    expect(outcome.status).toBe('refused');
    expect(outcome.error!.message).toContain('migrations/0001_a.sql');
    expect(outcome.error!.message).toMatch(/sha256:[0-9a-f]{64}.*sha256:[0-9a-f]{64}/);
    expect((await other.sql`SELECT to_regclass('c') AS c`)[0]!.c).toBeNull();
    ws.cleanup();
    await other.drop();
  });

  it('runs a no-transaction migration statement by statement and records each statement (the last by the applied row)', async () => {
    const other = await createDatabase();
    const ws = workspace({
      'migrations/0001_t.sql': 'CREATE TABLE t (id int, v int);',
      'migrations/0002_idx.sql': '-- schemagate:no-transaction\nCREATE INDEX CONCURRENTLY t_id ON t (id);\nCREATE INDEX CONCURRENTLY t_v ON t (v);\n',
    });
    const outcome = await runMode({ mode: 'apply', 'database-url': other.url }, ws.dir);
    expect(outcome.status).toBe('ok');
    const statements = await other.sql`SELECT statement_index FROM schemagate.schemagate_journal_statements WHERE migration_id = '0002' ORDER BY 1`;
    expect(statements.map((s) => s.statement_index)).toEqual([0]);
    const [attempt] = await other.sql`SELECT status, statements_applied FROM schemagate.schemagate_journal WHERE migration_id = '0002'`;
    expect(attempt).toEqual({ status: 'applied', statements_applied: 2 });
    expect((await other.sql`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 't'`)[0]!.n).toBe(2);
    ws.cleanup();
    await other.drop();
  });

  it('cancels a statement over the statement timeout and records the database message', async () => {
    const other = await createDatabase();
    const ws = workspace({ 'migrations/0001_slow.sql': 'CREATE TABLE s (id int);\nSELECT pg_sleep(5);' });
    const outcome = await runMode({ mode: 'apply', 'database-url': other.url, 'statement-timeout': '0.5' }, ws.dir);
    expect(outcome.status).toBe('migration-failed');
    expect(outcome.error!.message).toContain('canceling statement due to statement timeout');
    expect(outcome.error!.location).toEqual({ file: 'migrations/0001_slow.sql', line: 2 });
    ws.cleanup();
    await other.drop();
  });

  it('a COMMIT the server refuses (a deferred foreign key) fails that migration, recorded as failed; nothing of the next one, sent behind that COMMIT, remains', async () => {
    const files = {
      'migrations/0001_parent.sql': 'CREATE TABLE parent (id int PRIMARY KEY);',
      'migrations/0002_child.sql': 'CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);\nINSERT INTO child VALUES (1, 42);\n',
      'migrations/0003_next.sql': 'CREATE TABLE next_one (id int);\nINSERT INTO next_one VALUES (1);\n',
    };
    for (const mode of ['per-migration', 'batch'] as const) {
      const other = await createDatabase();
      const ws = workspace(files);
      const outcome = await runMode({ mode: 'apply', 'database-url': other.url, verify: 'false', 'transaction-mode': mode }, ws.dir);
      expect(outcome.status).toBe('migration-failed');
      // A batch's one COMMIT covers every migration of it: the failure is the last one's, and names those rolled back with it.
      const failedAt = mode === 'batch' ? 'migrations/0003_next.sql' : 'migrations/0002_child.sql';
      expect(outcome.error!.location).toEqual({ file: failedAt, line: 2 });
      expect(outcome.error!.message).toMatch(/COMMIT, after all 2 statement\(s\) ran, failed .*violates foreign key constraint "child_parent_id_fkey"/);
      if (mode === 'batch') expect(outcome.error!.hint).toContain('0001, 0002) were rolled back with it');
      const tables = (await other.sql`SELECT relname FROM pg_class WHERE relname IN ('parent', 'child', 'next_one') ORDER BY 1`).map((r) => r.relname);
      expect(tables).toEqual(mode === 'batch' ? [] : ['parent']);
      const rows = await other.sql`SELECT migration_id, status, error_line FROM schemagate.schemagate_journal ORDER BY started_at`;
      expect(rows.map((r) => [r.migration_id, r.status])).toEqual(mode === 'batch' ? [['0003', 'failed']] : [['0001', 'applied'], ['0002', 'failed']]);
      // The session went on after the refusal: the lock was released and a later run finds the journal as written.
      const plan = await runMode({ mode: 'plan', 'database-url': other.url }, ws.dir);
      expect(plan.plan!.pending.map((p) => [p.migration.id, p.reason])).toEqual(mode === 'batch' ? [['0001', 'new'], ['0002', 'new'], ['0003', 'retry']] : [['0002', 'retry'], ['0003', 'new']]);
      ws.cleanup();
      await other.drop();
    }
  });

  it('records who ran it and the checked-out commit in every journal row', async () => {
    const other = await createDatabase();
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);' });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ws.dir }).toString().trim();
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'x');
    const head = git('rev-parse', 'HEAD');
    const settings = readSettings((name) => ({ mode: 'apply', 'database-url': other.url, environment: 'staging' })[name as string], {
      GITHUB_WORKSPACE: ws.dir, GITHUB_SHA: 'not-the-checked-out-commit', GITHUB_ACTOR: 'octocat',
      GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '77',
    } as NodeJS.ProcessEnv);
    expect((await runSchemagate(settings, () => {})).status).toBe('ok');
    const [row] = await other.sql`SELECT actor, run_url, commit_sha, environment, tool_version, checksum_algorithm, kind FROM schemagate.schemagate_journal`;
    expect(row).toEqual({
      actor: 'octocat', run_url: 'https://github.com/acme/shop/actions/runs/77', commit_sha: head, environment: 'staging',
      tool_version: VERSION, checksum_algorithm: 'sha256', kind: 'versioned',
    });
    ws.cleanup();
    await other.drop();
  });

  it('baseline records pending migrations as applied without running them', async () => {
    const other = await createDatabase();
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);', 'migrations/0002_b.sql': 'CREATE TABLE b (id int);' });
    const outcome = await runMode({ mode: 'baseline', 'database-url': other.url, 'baseline-to': '1', 'baseline-reason': 'adopted prod' }, ws.dir);
    expect(outcome.status).toBe('ok');
    expect(outcome.applied.map((a) => [a.migrationId, a.status])).toEqual([['0001', 'baselined']]);
    const [row] = await other.sql`SELECT kind, status, note FROM schemagate.schemagate_journal`;
    expect(row).toMatchObject({ kind: 'baseline', status: 'applied', note: 'adopted prod' });
    expect((await other.sql`SELECT to_regclass('a') AS a`)[0]!.a).toBeNull();
    const apply = await runMode({ mode: 'apply', 'database-url': other.url }, ws.dir);
    expect(apply.applied.map((a) => a.migrationId)).toEqual(['0002']);
    ws.cleanup();
    await other.drop();
  });

  it('a snapshot of a target that has not applied every migration says so: verified against it, their changes would be drift', async () => {
    const other = await createDatabase();
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);', 'migrations/0002_b.sql': 'CREATE TABLE b (id int);', 'migrations/0003_c.sql': 'CREATE TABLE c (id int);' });
    expect((await runMode({ mode: 'apply', 'database-url': other.url, 'require-snapshot': 'false' }, ws.dir)).error).toBeNull();
    const complete = await runMode({ mode: 'snapshot', 'database-url': other.url }, ws.dir);
    expect([complete.error, complete.unverified]).toEqual([null, null]);
    ws.write('migrations/0004_d.sql', 'CREATE TABLE d (id int);');
    ws.write('migrations/0005_e.sql', 'CREATE TABLE e (id int);');
    const behind = await runMode({ mode: 'snapshot', 'database-url': other.url }, ws.dir);
    expect(behind.error).toBeNull();
    expect(behind.snapshotWritten).toBe('migrations/schemagate.snapshot.json');
    expect(behind.unverified).toBe(
      'This snapshot may not be the schema the migrations build: 2 of them are not applied on the target (migrations/0004_d.sql, migrations/0005_e.sql). Apply them (mode `apply`) and write the snapshot again: verified against this one, their changes would be drift.',
    );
    // The journal read elsewhere than where the migrations were recorded: it says where it looked, and how to point it.
    const elsewhere = await runMode({ mode: 'snapshot', 'database-url': other.url, 'journal-schema': 'nowhere' }, ws.dir);
    expect(elsewhere.unverified).toBe(
      'This snapshot may not be the schema the migrations build: nowhere.schemagate_journal, the journal this run reads, records none of the 5 migration(s). If they were applied with the journal in another database or schema, set `journal-schema` to it (and `journal-table`, if renamed); otherwise apply them (mode `apply`) and write the snapshot again.',
    );
    ws.cleanup();
    await other.drop();
  });

  it('an apply with nothing pending writes nothing: the journal is not created, upgraded or commented again', async () => {
    const other = await createDatabase();
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);' });
    expect((await runMode({ mode: 'apply', 'database-url': other.url }, ws.dir)).error).toBeNull();
    // COMMENT ON TABLE (the journal's version) writes a new pg_description row each time it runs.
    const commentRow = async () => (await other.sql`SELECT xmin::text AS xmin FROM pg_description WHERE objoid = 'schemagate.schemagate_journal'::regclass AND objsubid = 0`)[0]!.xmin;
    const before = await commentRow();
    const noop = await runMode({ mode: 'apply', 'database-url': other.url }, ws.dir);
    expect(noop.error).toBeNull();
    expect(noop.applied).toEqual([]);
    expect(await commentRow()).toBe(before);
    ws.cleanup();
    await other.drop();
  });
});

describe('line endings on PGlite', () => {
  it('with checksum sha256-lf, a file re-checked-out with CRLF is not an edit; with the default it is', async () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n' });
    const db = `pglite://${ws.dir}/db`;
    expect((await runMode({ mode: 'apply', 'database-url': db, checksum: 'sha256-lf' }, ws.dir)).status).toBe('ok');
    ws.write('migrations/0001_a.sql', 'CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n');
    const relaxed = await runMode({ mode: 'plan', 'database-url': db }, ws.dir);
    expect(relaxed.status).toBe('ok');
    expect(relaxed.plan!.applied.map((a) => a.migration.id)).toEqual(['0001']);

    const strictWs = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);\n' });
    const strictDb = `pglite://${strictWs.dir}/db`;
    expect((await runMode({ mode: 'apply', 'database-url': strictDb }, strictWs.dir)).status).toBe('ok');
    strictWs.write('migrations/0001_a.sql', 'CREATE TABLE a (id int);\r\n');
    expect((await runMode({ mode: 'plan', 'database-url': strictDb }, strictWs.dir)).plan!.edited).toHaveLength(1);
    ws.cleanup();
    strictWs.cleanup();
  });
});

describe('a refused COMMIT on PGlite', () => {
  it('fails its migration as on the server (it was an internal error), recorded as failed, per migration and in a batch', async () => {
    for (const mode of ['per-migration', 'batch'] as const) {
      const ws = workspace({
        'migrations/0001_parent.sql': 'CREATE TABLE parent (id int PRIMARY KEY);',
        'migrations/0002_child.sql': 'CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);\nINSERT INTO child VALUES (1, 42);\n',
      });
      const db = `pglite://${ws.dir}/db`;
      const outcome = await runMode({ mode: 'apply', 'database-url': db, verify: 'false', 'transaction-mode': mode }, ws.dir);
      expect(outcome.status).toBe('migration-failed');
      expect(outcome.error!.location).toEqual({ file: 'migrations/0002_child.sql', line: 2 });
      expect(outcome.error!.message).toMatch(/COMMIT, after all 2 statement\(s\) ran, failed .*violates foreign key constraint "child_parent_id_fkey"/);
      const plan = await runMode({ mode: 'plan', 'database-url': db }, ws.dir);
      expect(plan.plan!.pending.map((p) => [p.migration.id, p.reason])).toEqual(mode === 'batch' ? [['0001', 'new'], ['0002', 'retry']] : [['0002', 'retry']]);
      ws.cleanup();
    }
  });
});
