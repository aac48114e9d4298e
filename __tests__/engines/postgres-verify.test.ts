import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { PGlite } from '@electric-sql/pglite';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { collectAnnotations } from '../../src/report/annotations.js';
import { SNAPSHOT_VERSION } from '../../src/verify/snapshot.js';
import { ROOT } from '../support/action.js';
import { onPgliteAndServer } from '../support/pglite-and-server.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * Verification of indexes, unique, foreign key and check constraints and enum types on Postgres,
 * against schemagate's own snapshot: the example snapshot verifies on PGlite (PostgreSQL 18) and
 * on the server (15) alike, each kind of drift is caught and annotated on its snapshot line, a
 * version 1 snapshot (written before these were recorded) still verifies clean, and a schema full
 * of catalog spellings that differ from what was written gives the same snapshot on both.
 */
const SNAPSHOT = 'migrations/schemagate.snapshot.json';
const online = await serverAvailable();
// Drift is traced to its migrations by replaying them on a throwaway PGlite: PGlite twice per drift check.
jest.setTimeout(180_000);

function examplesWorkspace() {
  const ws = workspace();
  ws.copy(path.join(ROOT, 'examples/postgres/migrations'), 'migrations');
  return ws;
}

/** Statements run on the database behind `url`, outside schemagate. */
type Exec = (sql: string) => Promise<void>;

async function withPGlite(dataDir: string, fn: (db: PGlite) => Promise<void>) {
  const db = await PGlite.create(dataDir);
  try {
    await fn(db);
  } finally {
    await db.close();
  }
}

/** The line of `"name": "` (a part) after the line of the table `name` in a schemagate snapshot. */
function partLine(text: string, table: string, part?: string): number {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes(`"schema": "public", "name": ${JSON.stringify(table)},`));
  if (part === undefined) return start + 1;
  return lines.findIndex((l, i) => i > start && l.trimStart().startsWith(`${JSON.stringify(part)}: "`)) + 1;
}

/**
 * The examples, applied and verified clean; then an index dropped, a foreign key's ON DELETE
 * changed, a value added to the enum, a unique constraint dropped and an index added: each found,
 * on its line, and the extra index only a warning unless `fail-on-extra`.
 */
async function examplesDrift(url: string, ws: ReturnType<typeof workspace>, exec: Exec) {
  const apply = await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations' }, ws.dir);
  expect(apply.error).toBeNull();
  expect(apply.verification!.snapshot).toBe(SNAPSHOT);
  expect(apply.verification!.differences).toEqual([]);
  expect(apply.status).toBe('ok');

  await exec(`
    DROP INDEX posts_author_idx;
    ALTER TABLE posts DROP CONSTRAINT posts_author_id_fkey,
      ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE;
    ALTER TABLE users DROP CONSTRAINT users_email_key;
    CREATE INDEX users_created_idx ON users (created_at DESC);
  `);
  await exec(`ALTER TYPE post_status ADD VALUE 'archived'`);

  const verify = await runMode({ mode: 'verify', 'database-url': url, migrations: 'migrations' }, ws.dir);
  expect(verify.status).toBe('drift');
  const text = ws.read(SNAPSHOT);
  const found = verify.verification!.differences.map((d) => [d.severity, d.kind, d.object, d.expected, d.actual, d.line]);
  expect(found).toEqual([
    ['error', 'foreign-key', 'public.posts.posts_author_id_fkey',
      '(author_id) REFERENCES public.users (id) ON DELETE no action ON UPDATE no action',
      '(author_id) REFERENCES public.users (id) ON DELETE cascade ON UPDATE no action', partLine(text, 'posts', 'posts_author_id_fkey')],
    ['error', 'missing-index', 'public.posts.posts_author_idx', 'btree (author_id)', null, partLine(text, 'posts', 'posts_author_idx')],
    ['warning', 'extra-index', 'public.users.users_created_idx', null, 'btree (created_at DESC)', partLine(text, 'users')],
    ['error', 'missing-unique-constraint', 'public.users.users_email_key', '(email)', null, partLine(text, 'users', 'users_email_key')],
    ['error', 'values', 'public.post_status', "'draft', 'published'", "'draft', 'published', 'archived'", partLine(text, 'post_status')],
  ]);
  const lines = text.split('\n');
  expect(lines[partLine(text, 'posts', 'posts_author_idx') - 1]!.trim()).toBe('"posts_author_idx": "btree (author_id)",');
  expect(lines[partLine(text, 'post_status') - 1]).toContain('"type": "enum"');
  const annotations = collectAnnotations(verify).filter((a) => a.file === SNAPSHOT);
  expect(annotations.map((a) => [a.severity, a.title, a.line]).sort()).toEqual(found.map((f) => [f[0], `schemagate ${f[1]}`, f[5]]).sort());
  expect(verify.verification!.differences.find((d) => d.kind === 'values')!.message).toBe(
    "Enum public.post_status: values is 'draft', 'published', 'archived', expected 'draft', 'published'",
  );

  const strict = await runMode({ mode: 'verify', 'database-url': url, migrations: 'migrations', 'fail-on-extra': 'true' }, ws.dir);
  expect(strict.verification!.differences.find((d) => d.kind === 'extra-index')!.severity).toBe('error');

  // A version 1 snapshot (as written before parts and enums were recorded) compares what it
  // states, tables and columns, and nothing it does not: no drift, no extra enum.
  const current = JSON.parse(text) as { tables: Array<{ type: string; parts?: unknown }> };
  const v1 = { format: 'schemagate-snapshot', version: 1, engine: 'postgres', tables: current.tables.filter((t) => t.type !== 'enum').map(({ parts: _, ...t }) => t) };
  ws.write('v1.snapshot.json', JSON.stringify(v1, null, 2));
  const old = await runMode({ mode: 'verify', 'database-url': url, migrations: 'migrations', snapshot: 'v1.snapshot.json' }, ws.dir);
  expect(old.verification!.differences).toEqual([]);
  expect(old.status).toBe('ok');
}

describe('on PGlite', () => {
  it('a drizzle migration whose SQL disagrees with its own snapshot is explained so, not as a database changed after it ran', async () => {
    const snapshot = {
      id: '00000000-0000-0000-0000-000000000001', prevId: '00000000-0000-0000-0000-000000000000', version: '7', dialect: 'postgresql',
      tables: { 'public.t': { name: 't', schema: '', columns: { id: { name: 'id', type: 'integer', primaryKey: true, notNull: true }, flag: { name: 'flag', type: 'boolean', primaryKey: false, notNull: false } },
        indexes: {}, foreignKeys: {}, compositePrimaryKeys: {}, uniqueConstraints: {}, policies: {}, checkConstraints: {}, isRLSEnabled: false } },
      enums: {}, schemas: {}, sequences: {}, roles: {}, policies: {}, views: {}, _meta: { columns: {}, schemas: {}, tables: {} },
    };
    const ws = workspace({
      'drizzle/0000_init.sql': 'CREATE TABLE "t" (\n\t"id" integer PRIMARY KEY NOT NULL,\n\t"flag" boolean DEFAULT false NOT NULL\n);\n',
      'drizzle/meta/_journal.json': JSON.stringify({ version: '7', dialect: 'postgresql', entries: [{ idx: 0, version: '7', when: 1700000000000, tag: '0000_init', breakpoints: true }] }),
      'drizzle/meta/0000_snapshot.json': JSON.stringify(snapshot),
    });
    try {
      const outcome = await runMode({ mode: 'apply', 'database-url': `pglite://${path.join(ws.dir, 'pgdata')}`, migrations: 'drizzle' }, ws.dir);
      expect(outcome.status).toBe('drift');
      expect(outcome.verification!.differences.map((d) => [d.kind, d.object, d.cause?.snapshotDisagrees])).toEqual([
        ['nullable', 'public.t.flag', true],
        ['default', 'public.t.flag', true],
      ]);
    } finally {
      ws.cleanup();
    }
  });

  it('the example snapshot verifies, and each kind of drift is caught on its snapshot line', async () => {
    const ws = examplesWorkspace();
    const dataDir = path.join(ws.dir, 'pgdata');
    try {
      await examplesDrift(`pglite://${dataDir}`, ws, (sql) => withPGlite(dataDir, async (db) => void (await db.exec(sql))));
    } finally {
      ws.cleanup();
    }
  });

  it('a foreign key named otherwise than in drizzle\'s snapshot is one name difference, not a missing and an extra one', async () => {
    const ws = workspace();
    ws.copy(path.join(ROOT, '__tests__/fixtures/drizzle-story'), 'drizzle');
    const dataDir = path.join(ws.dir, 'pgdata');
    try {
      await withPGlite(dataDir, async (db) => {
        for (const file of readdirSync(path.join(ws.dir, 'drizzle')).filter((f) => f.endsWith('.sql')).sort()) {
          // 0009 as first hand-written: an inline REFERENCES, which PostgreSQL names graded_by_fkey.
          const sql = readFileSync(path.join(ws.dir, 'drizzle', file), 'utf8').replace(' CONSTRAINT "submissions_graded_by_students_id_fk"', '');
          await db.exec(sql);
        }
      });
      const outcome = await runMode({ mode: 'verify', 'database-url': `pglite://${dataDir}`, migrations: 'drizzle' }, ws.dir);
      const snapshot = outcome.verification!.snapshot;
      const lines = ws.read(snapshot).split('\n');
      expect(outcome.verification!.differences.map((d) => [d.severity, d.kind, d.object, d.expected, d.actual, d.line])).toEqual([
        ['error', 'foreign-key-name', 'public.submissions.submissions_graded_by_students_id_fk', 'submissions_graded_by_students_id_fk', 'submissions_graded_by_fkey',
          lines.findIndex((l) => l.trim() === '"submissions_graded_by_students_id_fk": {') + 1],
      ]);
      expect(outcome.verification!.differences[0]!.message).toBe(
        'Foreign key public.submissions.submissions_graded_by_students_id_fk is named submissions_graded_by_fkey in the database ((graded_by) REFERENCES public.students (id) ON DELETE no action ON UPDATE no action)',
      );
    } finally {
      ws.cleanup();
    }
  });
});

/**
 * What the catalog prints differently from what was written, and differently between server
 * versions: quoted and mixed-case names, casts added, IN as ANY, BETWEEN expanded, LIKE as ~~,
 * negative constants quoted, operator classes, INCLUDE, storage parameters, NULLS NOT DISTINCT,
 * DEFERRABLE, MATCH FULL, foreign keys across schemas and to a partitioned table, an index on a
 * materialized view (whose query PostgreSQL 15 prints qualified, 16 and later not), enums in
 * another schema and an empty one.
 */
const AWKWARD = `
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'it''s ok', 'happy, really');
CREATE TYPE "Priority" AS ENUM ();
CREATE TABLE accounts (
  id int PRIMARY KEY, "Email" text NOT NULL, code text, n int, price numeric(10, 2), status text,
  v varchar(20), created date, mood app.mood, tags text[],
  CONSTRAINT "accounts_Email_key" UNIQUE ("Email"),
  CONSTRAINT accounts_code_key UNIQUE NULLS NOT DISTINCT (code) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT accounts_n_check CHECK (n BETWEEN 1 AND 10),
  CONSTRAINT accounts_status_check CHECK (status IN ('a', 'b') OR status IS NULL),
  CONSTRAINT accounts_mixed CHECK (n > -1 AND price >= -0.5 AND code != 'x' AND code LIKE 'a%' AND NOT (code ILIKE 'b%')
    AND length(v) > 0 AND created > '2020-01-01' AND (n * 2 + 1) % 3 <> 0 AND mood <> 'sad' AND CAST(n AS bigint) < 5000000000)
);
CREATE TABLE app.lines (
  account_id int, line int, parent_account int, parent_line int, PRIMARY KEY (account_id, line),
  FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE,
  CONSTRAINT lines_parent_fk FOREIGN KEY (parent_account, parent_line) REFERENCES app.lines (account_id, line) MATCH FULL ON DELETE SET DEFAULT
);
CREATE INDEX accounts_pattern_idx ON accounts (code text_pattern_ops DESC, n NULLS FIRST) INCLUDE (price) WITH (fillfactor = 70, deduplicate_items = off);
CREATE INDEX accounts_default_ops_idx ON accounts (code text_ops, v varchar_pattern_ops);
CREATE UNIQUE INDEX accounts_lower_idx ON accounts (lower("Email")) WHERE status IS NOT NULL AND n = ANY (ARRAY[1, 2]);
CREATE INDEX accounts_tags_idx ON accounts USING gin (tags);
CREATE INDEX accounts_expr_idx ON accounts ((status || '-' || code), (n + 1) DESC NULLS LAST);
CREATE MATERIALIZED VIEW account_codes AS SELECT id, code FROM accounts;
CREATE UNIQUE INDEX account_codes_id_idx ON account_codes (id);
CREATE TABLE events (id int, at timestamptz NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_at_idx ON events (at);
ALTER TABLE events ADD CONSTRAINT events_id_check CHECK (id > 0);
CREATE TABLE event_refs (id int, at timestamptz, CONSTRAINT event_refs_event_fk FOREIGN KEY (id, at) REFERENCES events (id, at));
`;

async function awkwardSnapshot(url: string) {
  const ws = workspace({ 'migrations/0001_awkward.sql': AWKWARD });
  try {
    const apply = await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations', verify: 'false' }, ws.dir);
    expect(apply.error).toBeNull();
    const written = await runMode({ mode: 'snapshot', 'database-url': url, migrations: 'migrations' }, ws.dir);
    expect(written.snapshotWritten).toBe(SNAPSHOT);
    const verify = await runMode({ mode: 'verify', 'database-url': url, migrations: 'migrations' }, ws.dir);
    expect(verify.verification!.differences).toEqual([]);
    return ws.read(SNAPSHOT);
  } finally {
    ws.cleanup();
  }
}

let awkwardOnPGlite: string | undefined;

it('on PGlite: a snapshot of a schema the catalog re-spells verifies against itself', async () => {
  const dir = workspace();
  try {
    awkwardOnPGlite = await awkwardSnapshot(`pglite://${path.join(dir.dir, 'pgdata')}`);
  } finally {
    dir.cleanup();
  }
  const snapshot = JSON.parse(awkwardOnPGlite) as { tables: Array<{ schema: string; name: string; type: string; parts?: Record<string, Record<string, string>>; properties?: Record<string, string> }> };
  const table = (name: string) => snapshot.tables.find((t) => t.name === name)!;
  expect(table('accounts').parts).toEqual({
    check_constraint: {
      accounts_mixed:
        "n > -1 AND price >= -0.5 AND code <> 'x' AND code ~~ 'a%' AND NOT code ~~* 'b%' AND length(v) > 0 AND created > '2020-01-01' AND n * 2 + 1 % 3 <> 0 AND mood <> 'sad' AND n < 5000000000",
      accounts_n_check: 'n >= 1 AND n <= 10',
      accounts_status_check: "status IN ('a', 'b') OR status IS NULL",
    },
    exclusion_constraint: {},
    foreign_key: {},
    index: {
      accounts_default_ops_idx: 'btree (code, v varchar_pattern_ops)',
      accounts_expr_idx: "btree (status || '-' || code, n + 1 DESC NULLS LAST)",
      accounts_lower_idx: 'UNIQUE btree (lower(Email)) WHERE status IS NOT NULL AND n IN (1, 2)',
      accounts_pattern_idx: 'btree (code text_pattern_ops DESC, n NULLS FIRST) INCLUDE (price) WITH (deduplicate_items=false, fillfactor=70)',
      accounts_tags_idx: 'gin (tags)',
    },
    partition: {},
    policy: {},
    subpartition: {},
    trigger: {},
    unique_constraint: { accounts_Email_key: '(Email)', accounts_code_key: '(code) NULLS NOT DISTINCT DEFERRABLE INITIALLY DEFERRED' },
  });
  expect(table('lines').parts!.foreign_key).toEqual({
    lines_account_id_fkey: '(account_id) REFERENCES public.accounts (id) ON DELETE cascade ON UPDATE set null DEFERRABLE',
    lines_parent_fk: '(parent_account, parent_line) REFERENCES app.lines (account_id, line) MATCH FULL ON DELETE set default ON UPDATE no action',
  });
  expect(table('account_codes').parts).toEqual({ index: { account_codes_id_idx: 'UNIQUE btree (id)' } });
  // PostgreSQL 16 and later print a single relation's columns unqualified, 15 qualified. The parse
  // tree's fingerprint is pinned: snapshots store it, so a change to the canonical form is a new
  // snapshot version, not a silent one.
  expect(table('account_codes').properties).toEqual({ query: 'SELECT id, code FROM accounts', query_tree: 'parse tree 279499a6eceb531f', with_options: 'none' });
  // One foreign key to the partitioned table, not one per partition; partitions are not listed.
  expect(table('event_refs').parts!.foreign_key).toEqual({ event_refs_event_fk: '(id, at) REFERENCES public.events (id, at) ON DELETE no action ON UPDATE no action' });
  expect(table('events').parts).toMatchObject({ index: { events_at_idx: 'btree (at)' }, check_constraint: { events_id_check: 'id > 0' } });
  expect(snapshot.tables.some((t) => t.name.startsWith('events_20'))).toBe(false);
  // The partitioned table states its key and its partitions with their bounds.
  expect(table('events').properties).toEqual({ partition_key: 'RANGE (at)', row_security: 'disabled' });
  expect(Object.keys(table('events').parts!.partition!)).toEqual(['public.events_2024', 'public.events_2025']);
  expect(snapshot.tables.filter((t) => t.type === 'enum').map((t) => [t.schema, t.name, t.properties!.values])).toEqual([
    ['app', 'mood', "'sad', 'it''s ok', 'happy, really'"],
    ['public', 'Priority', ''],
  ]);
});

(online ? describe : describe.skip)('on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createDatabase('sg_verify');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('the example snapshot (written on PGlite) verifies, and each kind of drift is caught on its snapshot line', async () => {
    const ws = examplesWorkspace();
    try {
      await examplesDrift(db.url, ws, async (sql) => void (await db.sql.unsafe(sql).simple()));
    } finally {
      ws.cleanup();
    }
  });

  it('an index a failed CREATE INDEX CONCURRENTLY left behind is reported as invalid', async () => {
    const other = await createDatabase('sg_verify');
    const ws = workspace({
      'migrations/0001_t.sql': 'CREATE TABLE t (id int PRIMARY KEY, c int);\nINSERT INTO t VALUES (1, 1), (2, 1);',
      'migrations/0002_t_c.sql': '-- schemagate:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY t_c_idx ON t (c);',
      [SNAPSHOT]: `{
  "format": "schemagate-snapshot", "version": 2, "engine": "postgres",
  "tables": [
    { "schema": "public", "name": "t", "type": "table", "primaryKey": ["id"],
      "columns": [
        { "name": "id", "type": "integer", "nullable": false, "default": null },
        { "name": "c", "type": "integer", "nullable": true, "default": null }
      ],
      "parts": {
        "index": {
          "t_c_idx": "UNIQUE btree (c)"
        }
      } }
  ]
}
`,
    });
    try {
      const apply = await runMode({ mode: 'apply', 'database-url': other.url, migrations: 'migrations' }, ws.dir);
      expect(apply.status).toBe('migration-failed');
      const verify = await runMode({ mode: 'verify', 'database-url': other.url, migrations: 'migrations' }, ws.dir);
      expect(verify.verification!.differences.map((d) => [d.kind, d.object, d.expected, d.actual, d.line])).toEqual([
        ['index', 'public.t.t_c_idx', 'UNIQUE btree (c)', 'UNIQUE btree (c) INVALID', 11],
      ]);
    } finally {
      ws.cleanup();
      await other.drop();
    }
  });

  it('the schema the catalog re-spells gives the very same snapshot as on PGlite', async () => {
    const other = await createDatabase('sg_verify');
    try {
      const text = await awkwardSnapshot(other.url);
      if (awkwardOnPGlite !== undefined) expect(text).toBe(awkwardOnPGlite);
    } finally {
      await other.drop();
    }
  });

  it('a snapshot verifies whatever time zone and date and interval styles the database prints in', async () => {
    const other = await createDatabase('sg_verify');
    const ws = workspace({
      'migrations/0001_events.sql': [
        "CREATE TABLE events (id int, at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00', every interval DEFAULT '7 days') PARTITION BY RANGE (at);",
        "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');",
        "CREATE VIEW recent AS SELECT id FROM events WHERE at > now() - interval '7 days';",
        '',
      ].join('\n'),
    });
    try {
      expect((await runMode({ mode: 'apply', 'database-url': other.url, migrations: 'migrations', verify: 'false' }, ws.dir)).error).toBeNull();
      expect((await runMode({ mode: 'snapshot', 'database-url': other.url, migrations: 'migrations' }, ws.dir)).error).toBeNull();
      // A laptop's server, or a role's settings: every constant above prints otherwise.
      await other.sql.unsafe(`ALTER DATABASE ${new URL(other.url).pathname.slice(1)} SET timezone = 'America/New_York'`);
      await other.sql.unsafe(`ALTER DATABASE ${new URL(other.url).pathname.slice(1)} SET datestyle = 'SQL, DMY'`);
      await other.sql.unsafe(`ALTER DATABASE ${new URL(other.url).pathname.slice(1)} SET intervalstyle = 'sql_standard'`);
      const verify = await runMode({ mode: 'verify', 'database-url': other.url, migrations: 'migrations' }, ws.dir);
      expect(verify.verification!.differences).toEqual([]);
      expect(verify.status).toBe('ok');
    } finally {
      ws.cleanup();
      await other.drop();
    }
  });

  it('a default taken from a sequence the column does not own is a default, compared as one (not a serial)', async () => {
    const other = await createDatabase('sg_verify');
    const ws = workspace({
      'migrations/0001_invoices.sql': "CREATE SEQUENCE invoice_no;\nCREATE SEQUENCE order_no;\nCREATE TABLE invoices (id serial PRIMARY KEY, number bigint DEFAULT nextval('invoice_no'));\n",
    });
    try {
      expect((await runMode({ mode: 'apply', 'database-url': other.url, migrations: 'migrations', verify: 'false' }, ws.dir)).error).toBeNull();
      expect((await runMode({ mode: 'snapshot', 'database-url': other.url, migrations: 'migrations' }, ws.dir)).error).toBeNull();
      const invoices = (JSON.parse(ws.read('migrations/schemagate.snapshot.json')) as { tables: Array<{ name: string; columns: Array<{ name: string; type: string; default: string | null }> }> }).tables.find((t) => t.name === 'invoices')!;
      expect(invoices.columns.map((c) => [c.name, c.type, c.default])).toEqual([
        ['id', 'serial', null],
        ['number', 'bigint', "nextval('invoice_no')"],
      ]);
      await other.sql.unsafe("ALTER TABLE invoices ALTER COLUMN number SET DEFAULT nextval('order_no')");
      const verify = await runMode({ mode: 'verify', 'database-url': other.url, migrations: 'migrations' }, ws.dir);
      expect(verify.verification!.differences.map((d) => [d.kind, d.object, d.expected, d.actual])).toEqual([['default', 'public.invoices.number', "nextval('invoice_no')", "nextval('order_no')"]]);
    } finally {
      ws.cleanup();
      await other.drop();
    }
  });

  /** A database of its own with `sql` applied as one migration and its snapshot written; `done` drops both. */
  async function snapshotted(sql: string[]) {
    const other = await createDatabase('sg_verify');
    const ws = workspace({ 'migrations/0001_schema.sql': [...sql, ''].join('\n') });
    const done = async () => {
      ws.cleanup();
      await other.drop();
    };
    try {
      expect((await runMode({ mode: 'apply', 'database-url': other.url, migrations: 'migrations', verify: 'false' }, ws.dir)).error).toBeNull();
      expect((await runMode({ mode: 'snapshot', 'database-url': other.url, migrations: 'migrations' }, ws.dir)).error).toBeNull();
    } catch (error) {
      await done();
      throw error;
    }
    const verify = async (snapshot?: string) =>
      (await runMode({ mode: 'verify', 'database-url': other.url, migrations: 'migrations', ...(snapshot ? { snapshot } : {}) }, ws.dir));
    return { other, ws, done, verify, written: JSON.parse(ws.read('migrations/schemagate.snapshot.json')) as WrittenSnapshot };
  }

  it('a function\'s STRICT, its SET clauses and its argument defaults are compared (version 7)', async () => {
    const { other, done, verify } = await snapshotted([
      'CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql STRICT IMMUTABLE AS $$ SELECT a + b $$;',
      'CREATE FUNCTION whoami() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS $$ SELECT current_user::text $$;',
      'CREATE FUNCTION page(lim integer DEFAULT 50) RETURNS integer LANGUAGE sql AS $$ SELECT lim $$;',
    ]);
    try {
      expect((await verify()).verification!.differences).toEqual([]);
      await other.sql.unsafe('ALTER FUNCTION add(int, int) CALLED ON NULL INPUT');
      await other.sql.unsafe('ALTER FUNCTION whoami() RESET search_path');
      await other.sql.unsafe('CREATE OR REPLACE FUNCTION page(lim integer DEFAULT 5000) RETURNS integer LANGUAGE sql AS $$ SELECT lim $$');
      expect((await verify()).verification!.differences.map((d) => [d.kind, d.object, d.expected, d.actual])).toEqual([
        ['null-input', 'public.add(a integer, b integer)', 'returns null', 'called'],
        ['arguments', 'public.page(lim integer)', 'lim integer DEFAULT 50', 'lim integer DEFAULT 5000'],
        ['settings', 'public.whoami()', 'search_path=pg_catalog', null],
      ]);
    } finally {
      await done();
    }
  });

  it('a function\'s PARALLEL, LEAKPROOF, COST and ROWS are compared (version 9); a version 8 file is not compared on them', async () => {
    const { other, ws, done, verify, written } = await snapshotted([
      'CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE LEAKPROOF AS $$ SELECT a + b $$;',
      'CREATE FUNCTION evens(n int) RETURNS SETOF int LANGUAGE sql STABLE COST 5 ROWS 20 AS $$ SELECT generate_series(0, n, 2) $$;',
      'CREATE PROCEDURE noop() LANGUAGE sql AS $$ SELECT 1 $$;',
    ]);
    try {
      const find = (name: string) => written.tables.find((t) => t.name.startsWith(name))!.properties!;
      expect(find('add')).toMatchObject({ parallel: 'safe', leakproof: 'true', cost: '100' });
      expect(find('add').rows).toBeUndefined();
      expect(find('evens')).toMatchObject({ parallel: 'unsafe', leakproof: 'false', cost: '5', rows: '20' });
      // A procedure takes none of them.
      expect(Object.keys(find('noop')).filter((key) => ['parallel', 'leakproof', 'cost', 'rows'].includes(key))).toEqual([]);
      expect((await verify()).verification!.differences).toEqual([]);
      ws.write('v8.snapshot.json', asVersion(written, 8, [...SINCE_VERSION_9, ...SINCE_VERSION_10]));

      await other.sql.unsafe('ALTER FUNCTION add(int, int) PARALLEL RESTRICTED NOT LEAKPROOF');
      await other.sql.unsafe('ALTER FUNCTION evens(int) COST 500 ROWS 1000');
      const drift = (await verify()).verification!.differences;
      expect(drift.map((d) => [d.kind, d.object, d.expected, d.actual])).toEqual([
        ['parallel', 'public.add(a integer, b integer)', 'safe', 'restricted'],
        ['leakproof', 'public.add(a integer, b integer)', 'true', 'false'],
        ['cost', 'public.evens(n integer)', '5', '500'],
        ['rows', 'public.evens(n integer)', '20', '1000'],
      ]);
      expect(drift[0]!.message).toBe('Function public.add(a integer, b integer): parallel is restricted, expected safe');
      expect((await verify('v8.snapshot.json')).verification!.differences).toEqual([]);
    } finally {
      await done();
    }
  });

  it('COMMENTs on tables, views, columns, functions and types are compared as warnings (version 9); a version 8 file is not compared on them', async () => {
    const { other, ws, done, verify, written } = await snapshotted([
      "CREATE TYPE mood AS ENUM ('ok', 'sad');",
      'CREATE TABLE people (id int PRIMARY KEY, name text, feeling mood);',
      "COMMENT ON TABLE people IS 'Everyone we know';",
      "COMMENT ON COLUMN people.name IS '@name fullName';",
      "COMMENT ON TYPE mood IS 'How they feel';",
      'CREATE VIEW named AS SELECT id, name FROM people;',
      "COMMENT ON VIEW named IS 'People with names';",
      'CREATE FUNCTION shout(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(t) $$;',
    ]);
    try {
      const find = (name: string) => written.tables.find((t) => t.name.startsWith(name))!;
      expect(find('people').properties!.comment).toBe('Everyone we know');
      expect(find('people').columns.map((c) => [c.name, c.properties?.comment])).toEqual([['id', undefined], ['name', '@name fullName'], ['feeling', undefined]]);
      expect(find('mood').properties!.comment).toBe('How they feel');
      expect(find('named').properties!.comment).toBe('People with names');
      expect(find('shout').properties!.comment).toBeUndefined();
      expect((await verify()).verification!.differences).toEqual([]);
      ws.write('v8.snapshot.json', asVersion(written, 8, [...SINCE_VERSION_9, ...SINCE_VERSION_10]));

      await other.sql.unsafe("COMMENT ON TABLE people IS 'Everyone'");
      await other.sql.unsafe('COMMENT ON COLUMN people.name IS NULL');
      await other.sql.unsafe("COMMENT ON FUNCTION shout(text) IS 'Loud'");
      const verified = await verify();
      expect(verified.verification!.differences.map((d) => [d.severity, d.kind, d.object, d.expected, d.actual])).toEqual([
        ['warning', 'comment', 'public.people.name', '@name fullName', null],
        ['warning', 'comment', 'public.people', 'Everyone we know', 'Everyone'],
        ['warning', 'comment', 'public.shout(t text)', null, 'Loud'],
      ]);
      // A comment documents the schema: its drift is reported, and the run does not fail on it.
      expect(verified.status).toBe('ok');
      expect((await verify('v8.snapshot.json')).verification!.differences).toEqual([]);
    } finally {
      await done();
    }
  });

  it('UNLOGGED and a REPLICA IDENTITY other than the default are compared (version 10); a version 9 file is not compared on them', async () => {
    const { other, ws, done, verify, written } = await snapshotted([
      'CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text);',
      'CREATE TABLE events (id int NOT NULL, at timestamptz);',
      'CREATE UNIQUE INDEX events_id ON events (id);',
      'ALTER TABLE events REPLICA IDENTITY USING INDEX events_id;',
      'CREATE TABLE orders (id int PRIMARY KEY);',
    ]);
    try {
      const find = (name: string) => written.tables.find((t) => t.name === name)!;
      expect(find('cache').properties).toEqual({ persistence: 'UNLOGGED', row_security: 'disabled' });
      expect(find('events').properties).toEqual({ replica_identity: 'USING INDEX events_id', row_security: 'disabled' });
      expect(find('orders').properties).toEqual({ row_security: 'disabled' });
      expect((await verify()).verification!.differences).toEqual([]);
      ws.write('v9.snapshot.json', asVersion(written, 9, SINCE_VERSION_10));

      await other.sql.unsafe('ALTER TABLE cache SET LOGGED');
      await other.sql.unsafe('ALTER TABLE events REPLICA IDENTITY DEFAULT');
      await other.sql.unsafe('ALTER TABLE orders SET UNLOGGED, REPLICA IDENTITY FULL');
      const verified = await verify();
      const drift = verified.verification!.differences;
      expect(drift.map((d) => [d.severity, d.kind, d.object, d.expected, d.actual])).toEqual([
        ['error', 'persistence', 'public.cache', 'UNLOGGED', null],
        ['error', 'replica-identity', 'public.events', 'USING INDEX events_id', null],
        ['error', 'persistence', 'public.orders', null, 'UNLOGGED'],
        ['error', 'replica-identity', 'public.orders', null, 'FULL'],
      ]);
      expect(drift.map((d) => d.message)).toEqual([
        'Table public.cache: persistence is LOGGED, expected UNLOGGED',
        'Table public.events: replica identity is DEFAULT, expected USING INDEX events_id',
        'Table public.orders: persistence is UNLOGGED, expected LOGGED',
        'Table public.orders: replica identity is FULL, expected DEFAULT',
      ]);
      expect(verified.status).toBe('drift');
      expect((await verify('v9.snapshot.json')).verification!.differences).toEqual([]);
    } finally {
      await done();
    }
  });
});

/** A snapshot of the schema a migration builds, as mode `snapshot` writes it. */
interface WrittenSnapshot {
  format: string;
  version: number;
  engine: string;
  tables: Array<{ schema: string; name: string; type: string; columns: Array<{ name: string; properties?: Record<string, string> }>; properties?: Record<string, string>; parts?: Record<string, Record<string, string>> }>;
}

/** The properties version 9 added (function attributes, comments) and version 10 (a table's persistence and replica identity). */
const SINCE_VERSION_9 = ['parallel', 'leakproof', 'cost', 'rows', 'comment'];
const SINCE_VERSION_10 = ['persistence', 'replica_identity'];

/** A snapshot as an older `version` wrote it: without the properties `newer` it could not state. */
function asVersion(written: WrittenSnapshot, version: number, newer: string[]): string {
  const older = (properties?: Record<string, string>) => {
    const kept = Object.entries(properties ?? {}).filter(([key]) => !newer.includes(key));
    return kept.length > 0 ? { properties: Object.fromEntries(kept) } : {};
  };
  const text = JSON.stringify({
    ...written,
    version,
    tables: written.tables.map(({ properties, columns, ...t }) => ({ ...t, ...older(properties), columns: columns.map(({ properties: own, ...c }) => ({ ...c, ...older(own) })) })),
  });
  expect(text).not.toMatch(new RegExp(`"(${newer.join('|')})"`));
  return text;
}

/**
 * A migration applied and snapshotted, then `drift` applied as a second migration: what verify
 * after that apply finds, and the snapshot as written before it.
 */
async function driftAfter(url: string, schema: string, drift: string) {
  const ws = workspace({ 'migrations/0001_schema.sql': schema });
  versionCleanups.push(() => ws.cleanup());
  expect((await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations', verify: 'false' }, ws.dir)).error).toBeNull();
  expect((await runMode({ mode: 'snapshot', 'database-url': url, migrations: 'migrations' }, ws.dir)).error).toBeNull();
  const clean = await runMode({ mode: 'verify', 'database-url': url, migrations: 'migrations' }, ws.dir);
  expect(clean.verification!.differences).toEqual([]);
  const written = JSON.parse(ws.read(SNAPSHOT)) as WrittenSnapshot;
  expect(written.version).toBe(SNAPSHOT_VERSION);
  ws.write('migrations/0002_drift.sql', drift);
  const applied = await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations' }, ws.dir);
  expect(applied.status).toBe('drift');
  const verify = await runMode({ mode: 'verify', 'database-url': url, migrations: 'migrations' }, ws.dir);
  expect(verify.verification!.differences).toEqual(applied.verification!.differences);
  return { ws, written, differences: verify.verification!.differences };
}

const versionCleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of versionCleanups) await cleanup();
});

const COLLATED = `
CREATE TABLE people (id int PRIMARY KEY, name text COLLATE "C", title text, nick text, code varchar(10) COLLATE "POSIX");
CREATE INDEX people_nick_c_idx ON people (nick COLLATE "C");
CREATE INDEX people_nick_idx ON people (nick);
CREATE INDEX people_lower_idx ON people (lower(nick) COLLATE "C" DESC);
CREATE INDEX people_name_idx ON people (name);
`;

async function collationsDrift(url: string) {
  const { written, differences } = await driftAfter(
    url,
    COLLATED,
    `ALTER TABLE people ALTER COLUMN title TYPE text COLLATE "C";
ALTER TABLE people ALTER COLUMN name TYPE text;
DROP INDEX people_nick_c_idx;
CREATE INDEX people_nick_c_idx ON people (nick);
DROP INDEX people_nick_idx;
CREATE INDEX people_nick_idx ON people (nick COLLATE "POSIX");
`,
  );
  const people = written.tables.find((t) => t.name === 'people')!;
  expect(people.columns.map((c) => [c.name, c.properties])).toEqual([
    ['id', undefined],
    ['name', { collation: '"C"' }],
    ['title', undefined],
    ['nick', undefined],
    ['code', { collation: '"POSIX"' }],
  ]);
  // A key on a column of its own collation states none: the column does.
  expect(people.parts!.index).toEqual({
    people_lower_idx: 'btree (lower(nick) COLLATE "C" DESC)',
    people_name_idx: 'btree (name)',
    people_nick_c_idx: 'btree (nick COLLATE "C")',
    people_nick_idx: 'btree (nick)',
  });
  expect(differences.map((d) => [d.kind, d.object, d.expected, d.actual])).toEqual([
    ['collation', 'public.people.name', '"C"', null],
    ['collation', 'public.people.title', null, '"C"'],
    ['index', 'public.people.people_nick_c_idx', 'btree (nick COLLATE "C")', 'btree (nick)'],
    ['index', 'public.people.people_nick_idx', 'btree (nick)', 'btree (nick COLLATE "POSIX")'],
  ]);
  expect(differences[1]!.message).toBe('Column public.people.title: collation is "C", expected none');
}

const DOMAINS = `
CREATE DOMAIN email AS text COLLATE "C" NOT NULL DEFAULT 'nobody@example.com' CONSTRAINT email_at CHECK (VALUE ~ '@');
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE DOMAIN short_text AS varchar(20);
CREATE DOMAIN tag AS text COLLATE "C";
CREATE DOMAIN legacy AS text;
CREATE TABLE contacts (id positive PRIMARY KEY, address email, label tag);
`;

async function domainsDrift(url: string) {
  const { written, differences } = await driftAfter(
    url,
    DOMAINS,
    `ALTER DOMAIN email DROP NOT NULL;
ALTER DOMAIN email SET DEFAULT 'root@example.com';
ALTER DOMAIN email DROP CONSTRAINT email_at;
ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE ~ '@.');
ALTER DOMAIN positive DROP CONSTRAINT positive_check;
ALTER DOMAIN positive ADD CONSTRAINT positive_small CHECK (VALUE < 100);
DROP DOMAIN short_text;
CREATE DOMAIN short_text AS varchar(30);
ALTER TABLE contacts ALTER COLUMN label TYPE text;
DROP DOMAIN tag;
CREATE DOMAIN tag AS text;
DROP DOMAIN legacy;
CREATE DOMAIN code AS text;
`,
  );
  const find = (name: string) => written.tables.find((t) => t.name === name)!;
  expect(find('email')).toMatchObject({
    type: 'domain',
    properties: { type: 'text', nullable: 'NOT NULL', default: "'nobody@example.com'", collation: '"C"' },
    parts: { check_constraint: { email_at: "value ~ '@'" } },
  });
  expect(find('positive')).toMatchObject({ type: 'domain', properties: { type: 'integer', nullable: 'NULL' }, parts: { check_constraint: { positive_check: 'value > 0' } } });
  expect(find('short_text').properties).toEqual({ type: 'varchar(20)', nullable: 'NULL' });
  // A column of a collated domain states no collation of its own.
  expect(find('contacts').columns.map((c) => c.properties)).toEqual([undefined, undefined, undefined]);
  expect(differences.map((d) => [d.severity, d.kind, d.object, d.expected, d.actual])).toEqual([
    ['error', 'type', 'public.contacts.label', 'tag', 'text'],
    ['error', 'nullable', 'public.email', 'NOT NULL', 'NULL'],
    ['error', 'default', 'public.email', "'nobody@example.com'", "'root@example.com'"],
    ['error', 'check-constraint', 'public.email.email_at', "value ~ '@'", "value ~ '@.'"],
    ['error', 'missing-domain', 'public.legacy', 'domain', null],
    ['error', 'missing-check-constraint', 'public.positive.positive_check', 'value > 0', null],
    ['warning', 'extra-check-constraint', 'public.positive.positive_small', null, 'value < 100'],
    ['error', 'type', 'public.short_text', 'varchar(20)', 'varchar(30)'],
    ['error', 'collation', 'public.tag', '"C"', null],
    ['warning', 'extra-domain', 'public.code', null, 'domain'],
  ]);
  const message = (kind: string) => differences.find((d) => d.kind === kind)!.message;
  expect(message('missing-domain')).toBe('Missing domain public.legacy');
  expect(message('extra-domain')).toBe('Unexpected domain public.code');
  expect(message('nullable')).toBe('Domain public.email: nullable is NULL, expected NOT NULL');
}

const COMPOSITES = `
CREATE TYPE pair AS (a int, b text);
CREATE TYPE labelled AS (label text COLLATE "C", n numeric(10, 2));
CREATE TYPE ordered AS (a int, b text);
CREATE TYPE gone AS (x int);
CREATE TABLE holders (id int PRIMARY KEY, p pair);
`;

async function compositesDrift(url: string) {
  const { written, differences } = await driftAfter(
    url,
    COMPOSITES,
    `ALTER TYPE pair ADD ATTRIBUTE c date;
ALTER TYPE labelled ALTER ATTRIBUTE label TYPE text COLLATE "POSIX";
DROP TYPE ordered;
CREATE TYPE ordered AS (b text, a int);
DROP TYPE gone;
CREATE TYPE extra_pair AS (a int);
`,
  );
  const find = (name: string) => written.tables.find((t) => t.name === name)!;
  expect(find('pair')).toMatchObject({ type: 'composite_type', columns: [], properties: { attributes: 'a integer, b text' } });
  expect(find('labelled').properties).toEqual({ attributes: 'label text COLLATE "C", n numeric(10,2)' });
  // A table's row type is the table's, not a composite type of its own.
  expect(written.tables.filter((t) => t.name === 'holders').map((t) => t.type)).toEqual(['table']);
  expect(differences.map((d) => [d.severity, d.kind, d.object, d.expected, d.actual])).toEqual([
    ['error', 'missing-composite-type', 'public.gone', 'composite_type', null],
    ['error', 'attributes', 'public.labelled', 'label text COLLATE "C", n numeric(10,2)', 'label text COLLATE "POSIX", n numeric(10,2)'],
    ['error', 'attributes', 'public.ordered', 'a integer, b text', 'b text, a integer'],
    ['error', 'attributes', 'public.pair', 'a integer, b text', 'a integer, b text, c date'],
    ['warning', 'extra-composite-type', 'public.extra_pair', null, 'composite_type'],
  ]);
  expect(differences[0]!.message).toBe('Missing composite type public.gone');
  expect(differences[3]!.message).toBe('Composite type public.pair: attributes is a integer, b text, c date, expected a integer, b text');
}

/**
 * A version 7 snapshot (written before collations, domains and composite types were recorded)
 * of a schema that has them: it verifies clean, and a change to what it could not state is not
 * drift against it, while the same change is against the version 8 file.
 */
async function olderSnapshot(url: string) {
  const ws = workspace({ 'migrations/0001_schema.sql': `${COLLATED}${DOMAINS}${COMPOSITES}` });
  versionCleanups.push(() => ws.cleanup());
  expect((await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations', verify: 'false' }, ws.dir)).error).toBeNull();
  expect((await runMode({ mode: 'snapshot', 'database-url': url, migrations: 'migrations' }, ws.dir)).error).toBeNull();
  const current = JSON.parse(ws.read(SNAPSHOT)) as WrittenSnapshot;
  // As version 7 wrote it: no domains or composite types, no collation on columns or index keys.
  const withoutCollation = (properties?: Record<string, string>) => {
    const { collation: _, ...rest } = properties ?? {};
    return Object.keys(rest).length > 0 ? rest : undefined;
  };
  const v7: WrittenSnapshot = {
    ...current,
    version: 7,
    tables: current.tables
      .filter((t) => t.type !== 'domain' && t.type !== 'composite_type')
      .map((t) => ({
        ...t,
        columns: t.columns.map(({ properties, ...c }) => ({ ...c, ...(withoutCollation(properties) ? { properties: withoutCollation(properties) } : {}) })),
        ...(t.parts ? { parts: { ...t.parts, ...(t.parts.index ? { index: Object.fromEntries(Object.entries(t.parts.index).map(([n, d]) => [n, d.replace(/ COLLATE "\w+"/, '')])) } : {}) } } : {}),
      })),
  };
  expect(JSON.stringify(v7)).not.toMatch(/collation|domain|composite|COLLATE/);
  ws.write('v7.snapshot.json', JSON.stringify(v7, null, 2));
  const verifyWith = async (snapshot: string) => (await runMode({ mode: 'verify', 'database-url': url, migrations: 'migrations', snapshot, 'fail-on-extra': 'true' }, ws.dir)).verification!.differences;
  expect(await verifyWith('v7.snapshot.json')).toEqual([]);
  expect(await verifyWith(SNAPSHOT)).toEqual([]);

  ws.write('migrations/0002_drift.sql', 'ALTER TABLE people ALTER COLUMN title TYPE text COLLATE "C";\nDROP INDEX people_nick_idx;\nCREATE INDEX people_nick_idx ON people (nick COLLATE "POSIX");\n');
  expect((await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations', verify: 'false' }, ws.dir)).error).toBeNull();
  expect(await verifyWith('v7.snapshot.json')).toEqual([]);
  expect((await verifyWith(SNAPSHOT)).map((d) => [d.kind, d.object])).toEqual([
    ['collation', 'public.people.title'],
    ['index', 'public.people.people_nick_idx'],
  ]);
}

describe('collations, domains and composite types (snapshot version 8)', () => {
  const options = { online, prefix: 'sg_verify', cleanups: versionCleanups };
  onPgliteAndServer('a column\'s COLLATE and an index key\'s are compared', collationsDrift, options);
  onPgliteAndServer('domains: base type, NOT NULL, default, collation and CHECK constraints; missing and extra ones', domainsDrift, options);
  onPgliteAndServer('composite types: attributes by name, type, order and collation; missing and extra ones', compositesDrift, options);
  onPgliteAndServer('a version 7 snapshot is not compared on them', olderSnapshot, options);
});

/**
 * A partition that is itself partitioned (hatchet's tables by day, then by status): its partitions
 * are listed on the root as `subpartition`s, so one dropped or detached is drift, as a first-level
 * one is. A snapshot without that kind (written before) is not compared on them.
 */
async function subpartitionsDrift(url: string) {
  const ws = workspace({
    'migrations/0001_events.sql': [
      'CREATE TABLE events (day date NOT NULL, status text NOT NULL, id bigint NOT NULL) PARTITION BY RANGE (day);',
      "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (status);",
      "CREATE TABLE events_2024_ok PARTITION OF events_2024 FOR VALUES IN ('ok');",
      "CREATE TABLE events_2024_failed PARTITION OF events_2024 FOR VALUES IN ('failed');",
      '',
    ].join('\n'),
  });
  versionCleanups.push(() => ws.cleanup());
  expect((await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations', verify: 'false' }, ws.dir)).error).toBeNull();
  expect((await runMode({ mode: 'snapshot', 'database-url': url, migrations: 'migrations' }, ws.dir)).error).toBeNull();
  const written = JSON.parse(ws.read(SNAPSHOT)) as WrittenSnapshot;
  const events = written.tables.find((t) => t.name === 'events')!;
  expect(events.parts!.partition).toEqual({ 'public.events_2024': "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')" });
  expect(events.parts!.subpartition).toEqual({
    'public.events_2024_failed': "FOR VALUES IN ('failed') (a partition of public.events_2024)",
    'public.events_2024_ok': "FOR VALUES IN ('ok') (a partition of public.events_2024)",
  });
  // As an older schemagate wrote it: no subpartition kind.
  const { subpartition: _, ...olderParts } = events.parts!;
  ws.write('older.snapshot.json', JSON.stringify({ ...written, tables: written.tables.map((t) => (t === events ? { ...t, parts: olderParts } : t)) }, null, 2));
  const verifyWith = async (snapshot: string) => (await runMode({ mode: 'verify', 'database-url': url, migrations: 'migrations', snapshot }, ws.dir)).verification!.differences;
  expect(await verifyWith(SNAPSHOT)).toEqual([]);

  ws.write('migrations/0002_drift.sql', 'DROP TABLE events_2024_failed;\n');
  expect((await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations', verify: 'false', lint: 'off' }, ws.dir)).error).toBeNull();
  expect((await verifyWith(SNAPSHOT)).map((d) => [d.severity, d.kind, d.object])).toEqual([['error', 'missing-subpartition', 'public.events.public.events_2024_failed']]);
  expect(await verifyWith('older.snapshot.json')).toEqual([]);
}

describe('partitions of partitions', () => {
  onPgliteAndServer('are listed on the root table: one dropped is drift; an older snapshot is not compared on them', subpartitionsDrift, { online, prefix: 'sg_verify', cleanups: versionCleanups });
});
