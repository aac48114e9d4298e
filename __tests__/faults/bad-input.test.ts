import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { runAction } from '../support/action.js';
import { INTERNALS, runCli } from '../support/faults.js';
import { createDatabase, serverAvailable, SERVER_URL, type TestDatabase } from '../support/postgres.js';
import { workspace } from '../support/workspace.js';

/**
 * Bad inputs, each through the CLI bundle (`--json`) and the action bundle: the outcome kind, a
 * message that names the input and a hint that says how to fix it, no JavaScript internals, no
 * password in any channel (stdout, stderr, outputs, summary, annotations, the journal), and
 * nothing written to the database.
 */
const PASSWORD = 'Sup3r-S3cret-pw';
const OUTSIDE_TEXT = 'TEXT-OF-A-FILE-OUTSIDE-THE-WORKSPACE';
const online = await serverAvailable();
const suite = online ? describe : describe.skip;

interface Case {
  name: string;
  files?: Record<string, string>;
  setup?: (dir: string) => void;
  inputs: Record<string, string>;
  kind: string;
  message: RegExp;
  /** The inputs themselves are refused, before the engine is known. */
  inputsRefused?: boolean;
  /** Not run through the action (CLI-only arguments). */
  cliArgs?: string[];
}

const MIGRATION = { 'migrations/0001_a.sql': 'CREATE TABLE a (id int);\n' };
const outside = mkdtempSync(path.join(os.tmpdir(), 'schemagate-outside-'));
writeFileSync(path.join(outside, 'secret.sql'), `SELECT '${OUTSIDE_TEXT}' FROM nowhere;\n`);

const CASES: Case[] = [
  { name: 'a snapshot file that is JSON null', files: { ...MIGRATION, 'snap.json': 'null' }, inputs: { snapshot: 'snap.json' }, kind: 'config', message: /Snapshot snap\.json is not a JSON object/ },
  {
    name: 'a snapshot with "tables": null',
    files: { ...MIGRATION, 'snap.json': '{"format":"schemagate-snapshot","version":2,"engine":"postgres","tables":null}' },
    inputs: { snapshot: 'snap.json' },
    kind: 'config',
    message: /Snapshot snap\.json has no valid "tables"/,
  },
  {
    // Before, `"index": null` was an internal error in the diff, and `"parts": null` compared no parts at all.
    name: 'a snapshot table whose parts of a kind are null',
    files: { ...MIGRATION, 'snap.json': '{"format":"schemagate-snapshot","version":6,"engine":"postgres","tables":[\n{"schema":"public","name":"a","type":"table","primaryKey":[],"columns":[{"name":"id","type":"integer","nullable":true,"default":null}],"parts":{"index":null}}]}' },
    inputs: { snapshot: 'snap.json' },
    kind: 'config',
    message: /Snapshot snap\.json: table 1 \("a"\) has "parts" that are not, per kind, names mapped to definitions/,
  },
  {
    name: 'a snapshot column that is null',
    files: { ...MIGRATION, 'snap.json': '{"format":"schemagate-snapshot","version":6,"engine":"postgres","tables":[{"schema":"public","name":"a","type":"table","primaryKey":[],"columns":[null]}]}' },
    inputs: { snapshot: 'snap.json' },
    kind: 'config',
    message: /table 1 \("a"\) column 1 is not an object/,
  },
  {
    name: 'a snapshot written by a newer schemagate',
    files: { ...MIGRATION, 'snap.json': '{"format":"schemagate-snapshot","version":99,"engine":"postgres","tables":[]}' },
    inputs: { snapshot: 'snap.json' },
    kind: 'config',
    message: /Snapshot snap\.json is version 99, written by a newer schemagate: this one reads versions 1 to \d+/,
  },
  {
    // Before, verify passed with "0 objects match": a silent success.
    name: 'a snapshot that states no objects',
    files: { ...MIGRATION, 'snap.json': '{"format":"schemagate-snapshot","version":6,"engine":"postgres","tables":[]}' },
    inputs: { snapshot: 'snap.json' },
    kind: 'config',
    message: /Snapshot snap\.json states no tables, views or other objects: verifying against it would check nothing/,
  },
  {
    name: 'a snapshot of a database with nothing in it',
    files: MIGRATION,
    inputs: { mode: 'snapshot', snapshot: 'snap.json' },
    kind: 'config',
    message: /The target has no tables, views or other objects to snapshot, so snap\.json was not written/,
  },
  {
    // Before, snapshot mode wrote it there (verify already refused to read it).
    name: 'a snapshot to write outside the workspace',
    files: { 'migrations/0001_a.sql': 'CREATE TABLE a (id int);\n' },
    inputs: { mode: 'snapshot', snapshot: '../outside.snapshot.json' },
    kind: 'config',
    message: /The snapshot \.\.\/outside\.snapshot\.json resolves to .*outside\.snapshot\.json, outside the workspace/,
  },
  {
    // Before, the server dropped the session at the NUL and the outcome was a connection error.
    name: 'a migration with a NUL byte',
    files: { 'migrations/0001_a.sql': 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);\0\n' },
    inputs: {},
    kind: 'config',
    message: /migrations\/0001_a\.sql:2: contains a NUL character/,
  },
  {
    // Before, the action's annotation named the file, password and all, in its `file=` property.
    name: 'a migration file whose name holds the password',
    files: { [`migrations/0001_${PASSWORD}.sql`]: 'CREATE TABLE a (id int);\0\n' },
    inputs: {},
    kind: 'config',
    message: /migrations\/0001_\*\*\*\.sql:1: contains a NUL character/,
  },
  {
    // Before, the CLI crashed with a stack trace (exit 7), and the action exited 0 with no output at all.
    name: 'a password with a % that is not percent-encoding',
    files: MIGRATION,
    inputs: { 'database-url': `postgres://app:${PASSWORD}100%@127.0.0.1:5432/postgres` },
    inputsRefused: true,
    kind: 'config',
    message: /`(?:--)?database-url`: its password is not valid percent-encoding \(the value is not shown\)/,
  },
  {
    // Before, `engine` was ignored beside a URL.
    name: 'an engine that is not the URL\'s',
    files: MIGRATION,
    inputs: { engine: 'clickhouse' },
    inputsRefused: true,
    kind: 'config',
    message: /`engine` is clickhouse, but `database-url` is a postgres URL \(postgres:\/\/\)/,
  },
  {
    // Before, read as some TLS: three retries over 10 s, then a network error.
    name: 'an sslmode Postgres does not know',
    files: MIGRATION,
    inputs: { 'database-url': `postgres://app:${PASSWORD}@127.0.0.1:5432/postgres?sslmode=bogus` },
    kind: 'config',
    message: /The database URL's sslmode is not one Postgres knows/,
  },
  {
    // Before, an in-memory database: every apply succeeded and kept nothing.
    name: 'a pglite:// URL with no path',
    files: MIGRATION,
    inputs: { 'database-url': 'pglite://' },
    kind: 'config',
    message: /The pglite:\/\/ URL names no data directory/,
  },
  {
    // Before, a Postgres cluster was written among the files.
    name: 'a pglite:// path of a folder that holds other files',
    files: { ...MIGRATION, 'src/app.ts': 'export {};\n' },
    inputs: { 'database-url': 'pglite://./src' },
    kind: 'config',
    message: /The pglite:\/\/ path .*src is a folder with files in it but no database \(no PG_VERSION\)/,
  },
  {
    name: 'a pglite:// URL with a query parameter',
    files: MIGRATION,
    inputs: { 'database-url': 'pglite://./db?max_connections=5' },
    kind: 'config',
    message: /pglite:\/\/ URL has query parameters schemagate does not read: "max_connections"/,
  },
  { name: 'baseline-to that is not a version', files: MIGRATION, inputs: { mode: 'baseline', 'baseline-to': 'abc' }, inputsRefused: true, kind: 'config', message: /`(?:--)?baseline-to` must be a migration version/ },
  { name: 'a statement-timeout the server cannot take', files: MIGRATION, inputs: { 'statement-timeout': '1e12' }, inputsRefused: true, kind: 'config', message: /`(?:--)?statement-timeout` must be a number of seconds/ },
  { name: 'a lock-timeout beyond a timer', files: MIGRATION, inputs: { 'lock-timeout': '1e12' }, inputsRefused: true, kind: 'config', message: /`(?:--)?lock-timeout` must be a number of seconds/ },
  {
    name: 'drizzle-migrations-table with SQL in it',
    files: MIGRATION,
    inputs: { 'drizzle-journal': 'true', 'drizzle-migrations-table': 'x"; DROP TABLE victim; --' },
    inputsRefused: true,
    kind: 'config',
    message: /`(?:--)?drizzle-migrations-table` must be a table name/,
  },
  {
    name: 'a promotion URL of an unknown scheme',
    files: MIGRATION,
    inputs: { mode: 'plan', 'promotion-database-url': `mysql://app:${PASSWORD}@db/x` },
    inputsRefused: true,
    kind: 'config',
    message: /`(?:--)?promotion-database-url` has the URL scheme "mysql:"/,
  },
  { name: 'a migrations folder outside the workspace', inputs: { migrations: '../../../../../../etc' }, kind: 'config', message: /migrations folder .*outside the workspace/ },
  {
    name: 'a migration that is a symlink to a file outside',
    files: MIGRATION,
    setup: (dir) => symlinkSync(path.join(outside, 'secret.sql'), path.join(dir, 'migrations/0002_b.sql')),
    inputs: {},
    kind: 'config',
    message: /migration migrations\/0002_b\.sql resolves to .*outside the workspace/,
  },
  {
    // Files in a sub-folder are resolved one by one (only the folder's own listing vouches for its files).
    name: 'a repeatable migration under repeatable/ that is a symlink to a file outside',
    files: { ...MIGRATION, 'migrations/repeatable/R__v.sql': 'SELECT 1;\n' },
    setup: (dir) => symlinkSync(path.join(outside, 'secret.sql'), path.join(dir, 'migrations/repeatable/R__w.sql')),
    inputs: {},
    kind: 'config',
    message: /migration migrations\/repeatable\/R__w\.sql resolves to .*outside the workspace/,
  },
  {
    // Before, an internal error (ENOENT).
    name: 'a migration that is a symlink to nothing',
    files: MIGRATION,
    setup: (dir) => symlinkSync('0009_gone.sql', path.join(dir, 'migrations/0002_b.sql')),
    inputs: {},
    kind: 'config',
    message: /^migrations\/0002_b\.sql is a symlink to 0009_gone\.sql, which does not exist/,
  },
  {
    name: 'a symlink loop under repeatable/',
    files: { ...MIGRATION, 'migrations/repeatable/R__v.sql': 'SELECT 1;\n' },
    setup: (dir) => symlinkSync('.', path.join(dir, 'migrations/repeatable/loop')),
    inputs: {},
    kind: 'config',
    message: /loop is a symlink loop/,
  },
];

function channels(text: string[]): string {
  return text.join('\n');
}

let db: TestDatabase;
let url: string;
beforeAll(async () => {
  if (!online) return;
  db = await createDatabase('sgbad');
  const u = new URL(db.url);
  u.password = PASSWORD;
  url = u.href;
});
afterAll(async () => {
  await db?.drop();
  rmSync(outside, { recursive: true, force: true });
});

async function nothingWritten(): Promise<void> {
  const rows = await db.sql`SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`;
  expect(rows).toEqual([]);
  const schemas = await db.sql`SELECT nspname FROM pg_namespace WHERE nspname IN ('schemagate', 'drizzle')`;
  expect(schemas).toEqual([]);
}

suite('bad input', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: through the CLI', async (_, c) => {
    const ws = workspace(c.files ?? {});
    c.setup?.(ws.dir);
    const args = [c.inputs.mode ?? 'apply', '--json', '--database-url', url, ...Object.entries(c.inputs).filter(([k]) => k !== 'mode').flatMap(([k, v]) => [`--${k}`, v])];
    const run = runCli(args, ws.dir);
    const all = channels([run.stdout, run.stderr]);
    expect(all).not.toMatch(INTERNALS);
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(OUTSIDE_TEXT);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe(c.kind);
    expect(result.error.message).toMatch(c.message);
    expect(result.error.hint).toBeTruthy();
    // The engine is named once the URL is read, even when what fails comes later.
    expect(result.engine).toBe(c.inputsRefused ? 'unknown' : 'postgres');
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^schemagate \w+: configuration error: /);
    await nothingWritten();
    if (c.inputs.mode === 'snapshot') expect(existsSync(path.join(ws.dir, c.inputs.snapshot!))).toBe(false);
    ws.cleanup();
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: through the action', async (_, c) => {
    const ws = workspace(c.files ?? {});
    c.setup?.(ws.dir);
    const run = await runAction({ mode: 'apply', 'database-url': url, ...c.inputs }, { cwd: ws.dir });
    // `::add-mask::` is how secrets reach the runner, which consumes the line and never shows it.
    const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    const all = channels([...shown, run.stderr, run.summary, ...Object.values(run.outputs)]);
    expect(all).not.toMatch(INTERNALS);
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(OUTSIDE_TEXT);
    expect(run.outputs.outcome).toBe(c.kind);
    expect(run.status).toBe(5);
    expect(JSON.parse(run.outputs.result!).error.message).toMatch(c.message);
    expect(run.stdout).toMatch(/::error title=schemagate config[:,]/);
    expect(run.summary).toMatch(/configuration error/);
    await nothingWritten();
    if (c.inputs.mode === 'snapshot') expect(existsSync(path.join(ws.dir, c.inputs.snapshot!))).toBe(false);
    ws.cleanup();
  });

  it.each([
    ['default_transaction_read_only = on', /^The database is read-only for this session: cannot execute CREATE SCHEMA in a read-only transaction$/, /point `database-url` at the primary/],
    // A 1 ms timeout that fires as a statement ends leaves the cancel pending without its cause, and
    // the server then reports the next statement's cancel as "due to user request" (same SQLSTATE
    // 57014): more often with two sessions starting at once (the pooler probe's beside the run's).
    ['statement_timeout = 1', /^The server cancelled a query of schemagate's own: canceling statement due to (?:statement timeout|user request)$/, /ALTER ROLE \.\.\. SET statement_timeout/],
  ])('a database set with %s is a configuration error that says so, not a privilege or a bug', async (setting, message, hint) => {
    const other = await createDatabase('sgbadset');
    const ws = workspace(MIGRATION);
    try {
      await other.sql.unsafe(`ALTER DATABASE ${new URL(other.url).pathname.slice(1)} SET ${setting}`);
      const run = runCli(['apply', '--json', '--database-url', other.url], ws.dir);
      const result = JSON.parse(run.stdout);
      expect([result.status, run.status]).toEqual(['config', 5]);
      expect(result.error.message).toMatch(message);
      expect(result.error.hint).toMatch(hint);
    } finally {
      ws.cleanup();
      await other.drop();
    }
  });

  it('a snapshot path that is a folder is a configuration error, not an internal one (EISDIR)', () => {
    const ws = workspace({ ...MIGRATION, 'snap/keep': '' });
    const db = `pglite://${path.join(ws.dir, 'db')}`;
    expect(runCli(['apply', '--database-url', db], ws.dir).status).toBe(0);
    const run = runCli(['snapshot', '--json', '--database-url', db, '--snapshot', 'snap'], ws.dir);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe('config');
    expect(result.error.message).toBe('Snapshot snap cannot be written (EISDIR).');
    ws.cleanup();
  });

  it('a pglite:// path that is a file is a configuration error naming the path', () => {
    const ws = workspace({ ...MIGRATION, afile: 'not a directory' });
    const run = runCli(['apply', '--json', '--database-url', `pglite://${path.join(ws.dir, 'afile')}`], ws.dir);
    expect(run.stdout + run.stderr).not.toMatch(INTERNALS);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe('config');
    expect(result.error.message).toMatch(/pglite:\/\/ path .*afile is a file/);
    ws.cleanup();
  });

  it('libpq\'s ?user= and ?password= connect as with psql, and the password is never shown', () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'SELECT * FROM no_such_table;\n' });
    const u = new URL(url);
    const user = u.username;
    u.username = '';
    u.password = '';
    u.searchParams.set('user', user);
    u.searchParams.set('password', PASSWORD);
    const run = runCli(['apply', '--json', '--database-url', u.href], ws.dir);
    expect(JSON.parse(run.stdout).status).toBe('migration-failed'); // connected: the migration itself failed
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
    ws.cleanup();
  });

  it('a URL passed as a stray argument is not echoed with its password', () => {
    const ws = workspace(MIGRATION);
    const run = runCli(['plan', url], ws.dir);
    expect(run.status).toBe(5);
    expect(run.stdout + run.stderr).toMatch(/Unexpected argument/);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
    ws.cleanup();
  });

  it('a database message that holds workflow commands does not run them in the action\'s log', async () => {
    const ws = workspace({
      'migrations/0001_a.sql': "DO $$ BEGIN RAISE EXCEPTION E'boom\\n::warning title=INJECTED::pwned\\n::stop-commands::abc'; END $$;\n",
    });
    const run = await runAction({ mode: 'apply', 'database-url': url }, { cwd: ws.dir });
    expect(run.outputs.outcome).toBe('migration-failed');
    expect(run.stdout.split('\n').filter((line) => /^\s*::(warning title=INJECTED|stop-commands)/.test(line))).toEqual([]);
    expect(run.stdout).toContain('::warning title=INJECTED::pwned'); // still shown, as text
    ws.cleanup();
  });

  it('a failing 2 MB statement gives a bounded summary and outputs', async () => {
    const big = `SELECT '${'x'.repeat(2 * 1024 * 1024)}' FROM no_such_table;\n`;
    const ws = workspace({ 'migrations/0001_big.sql': big });
    const run = await runAction({ mode: 'apply', 'database-url': url }, { cwd: ws.dir });
    expect(run.outputs.outcome).toBe('migration-failed');
    expect(run.summary.length).toBeLessThan(64 * 1024);
    expect(run.outputs.result!.length).toBeLessThan(64 * 1024);
    expect(run.stdout.length).toBeLessThan(64 * 1024);
    expect(run.summary).toMatch(/more characters not shown/);
    await db.sql`DROP SCHEMA IF EXISTS schemagate CASCADE`;
    ws.cleanup();
  });
});

suite('a journal changed outside schemagate is refused, never re-run', () => {
  let target: TestDatabase;
  const files = { 'migrations/0001_a.sql': 'CREATE TABLE a (id int);\n', 'migrations/0002_data.sql': 'CREATE TABLE IF NOT EXISTS runs (n int);\nINSERT INTO runs VALUES (1);\n' };
  beforeAll(async () => {
    target = await createDatabase('sgjournal');
  });
  afterAll(async () => {
    await target.drop();
  });

  async function applied(ws: { dir: string }) {
    await target.sql`DROP SCHEMA IF EXISTS schemagate CASCADE`;
    await target.sql`DROP TABLE IF EXISTS a, runs`;
    expect(runCli(['apply', '--database-url', target.url], ws.dir).status).toBe(0);
  }

  it('an unknown status (done) is refused, and the data migration does not run again', async () => {
    const ws = workspace(files);
    await applied(ws);
    await target.sql`ALTER TABLE schemagate.schemagate_journal DROP CONSTRAINT schemagate_journal_status_check`;
    await target.sql`UPDATE schemagate.schemagate_journal SET status = 'done' WHERE migration_id = '0002'`;
    const run = runCli(['apply', '--json', '--database-url', target.url], ws.dir);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe('refused');
    expect(result.error.message).toMatch(/status "done"/);
    expect(result.error.hint).toMatch(/baseline/);
    expect(await target.sql`SELECT count(*)::int AS n FROM runs`).toEqual([{ n: 1 }]);
    ws.cleanup();
  });

  it('a checksum algorithm schemagate does not write is refused as such, not read as an edit', async () => {
    const ws = workspace(files);
    await applied(ws);
    await target.sql`UPDATE schemagate.schemagate_journal SET checksum_algorithm = 'md5' WHERE migration_id = '0001'`;
    const result = JSON.parse(runCli(['plan', '--json', '--database-url', target.url], ws.dir).stdout);
    expect(result.status).toBe('refused');
    expect(result.error.message).toMatch(/has a row schemagate does not write: attempt .* of migration 0001 has checksum algorithm "md5"/);
    ws.cleanup();
  });

  it('a view where a journal table should be is a refusal naming it, not an internal error', async () => {
    const ws = workspace(files);
    await applied(ws);
    await target.sql`ALTER TABLE schemagate.schemagate_journal RENAME TO journal_kept`;
    await target.sql`CREATE VIEW schemagate.schemagate_journal AS SELECT * FROM schemagate.journal_kept`;
    for (const mode of ['plan', 'apply']) {
      const result = JSON.parse(runCli([mode, '--json', '--database-url', target.url], ws.dir).stdout);
      expect(result.status).toBe('refused');
      expect(result.error.message).toMatch(/has a view where its table "schemagate"\."schemagate_journal" should be/);
    }
    await target.sql`DROP VIEW schemagate.schemagate_journal`;
    ws.cleanup();
  });

  it('a missing column or a dropped statements table is a refusal naming it', async () => {
    const ws = workspace(files);
    await applied(ws);
    await target.sql`ALTER TABLE schemagate.schemagate_journal DROP COLUMN tool_version`;
    const column = JSON.parse(runCli(['apply', '--json', '--database-url', target.url], ws.dir).stdout);
    expect(column.status).toBe('refused');
    expect(column.error.message).toMatch(/lacks the column schemagate_journal\.tool_version/);
    await applied(ws);
    await target.sql`DROP TABLE schemagate.schemagate_journal_statements`;
    const table = JSON.parse(runCli(['plan', '--json', '--database-url', target.url], ws.dir).stdout);
    expect(table.status).toBe('refused');
    expect(table.error.message).toMatch(/has no "schemagate"\."schemagate_journal_statements" table/);
    ws.cleanup();
  });

  it('a half-created journal from an older schemagate is completed, and a newer journal refused', async () => {
    const ws = workspace(files);
    await applied(ws);
    await target.sql`DROP TABLE schemagate.schemagate_journal_statements`;
    await target.sql`COMMENT ON TABLE schemagate.schemagate_journal IS NULL`;
    // With nothing pending an apply writes nothing; the next one that records a migration completes the journal.
    expect(runCli(['apply', '--database-url', target.url], ws.dir).status).toBe(0);
    expect(await target.sql`SELECT to_regclass('schemagate.schemagate_journal_statements')::text AS t`).toEqual([{ t: null }]);
    ws.write('migrations/0099_more.sql', 'CREATE TABLE more_rows (id int);\n');
    expect(runCli(['apply', '--database-url', target.url], ws.dir).status).toBe(0);
    expect(await target.sql`SELECT to_regclass('schemagate.schemagate_journal_statements')::text AS t`).toEqual([{ t: 'schemagate.schemagate_journal_statements' }]);
    await target.sql`COMMENT ON TABLE schemagate.schemagate_journal IS 'schemagate journal v99'`;
    const newer = JSON.parse(runCli(['plan', '--json', '--database-url', target.url], ws.dir).stdout);
    expect(newer.status).toBe('refused');
    expect(newer.error.message).toMatch(/version 99, written by a newer schemagate/);
    await target.sql`DROP TABLE IF EXISTS more_rows`;
    ws.cleanup();
  });

  it('a role without CREATE on the database keeps its journal in a schema it owns, as the privilege hint says', async () => {
    const ws = workspace(files);
    const role = `sg_own_${Date.now()}`;
    const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE ROLE ${role} LOGIN`);
    await target.sql`DROP SCHEMA IF EXISTS schemagate CASCADE`;
    await target.sql`DROP TABLE IF EXISTS a, runs`;
    await target.sql.unsafe(`CREATE SCHEMA owned AUTHORIZATION ${role}; GRANT CREATE ON SCHEMA public TO ${role}`);
    try {
      const u = new URL(target.url);
      u.username = role;
      const run = runCli(['apply', '--json', '--database-url', u.href, '--journal-schema', 'owned'], ws.dir);
      expect(JSON.parse(run.stdout).error).toBeNull();
      expect(await target.sql`SELECT count(*)::int AS n FROM owned.schemagate_journal WHERE status = 'applied'`).toEqual([{ n: 2 }]);
    } finally {
      await target.sql.unsafe(`DROP SCHEMA owned CASCADE; DROP TABLE IF EXISTS a, runs; REVOKE CREATE ON SCHEMA public FROM ${role}`);
      await admin.unsafe(`DROP ROLE ${role}`);
      await admin.end();
      ws.cleanup();
    }
  });

  it('a role without CREATE gets a hint naming the privilege', async () => {
    const ws = workspace(files);
    const role = `sg_ro_${Date.now()}`;
    const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE ROLE ${role} LOGIN`);
    await target.sql`DROP SCHEMA IF EXISTS schemagate CASCADE`;
    const u = new URL(target.url);
    u.username = role;
    const run = runCli(['apply', '--json', '--database-url', u.href], ws.dir);
    const result = JSON.parse(run.stdout);
    expect(['config', 'migration-failed']).toContain(result.status);
    expect(`${result.error.message} ${result.error.hint}`).toMatch(/CREATE/);
    expect(run.stdout + run.stderr).not.toMatch(INTERNALS);
    // With CREATE on the database (its journal) but not on schema public (Postgres 15+): the migration's statement is refused.
    const name = new URL(target.url).pathname.slice(1);
    await admin.unsafe(`GRANT CREATE ON DATABASE ${name} TO ${role}`);
    await target.sql.unsafe(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    const migration = JSON.parse(runCli(['apply', '--json', '--database-url', u.href], ws.dir).stdout);
    expect(migration.status).toBe('migration-failed');
    expect(migration.error.hint).toMatch(/GRANT it CREATE on the schema/);
    await target.sql.unsafe(`DROP OWNED BY ${role}`).catch(() => {});
    await admin.unsafe(`REVOKE CREATE ON DATABASE ${name} FROM ${role}`).catch(() => {});
    await admin.unsafe(`DROP OWNED BY ${role}`).catch(() => {});
    await admin.unsafe(`DROP ROLE ${role}`).catch(() => {});
    await admin.end({ timeout: 1 });
    ws.cleanup();
  });
});
