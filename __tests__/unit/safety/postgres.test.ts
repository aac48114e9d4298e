import { beforeAll, describe, expect, it } from '@jest/globals';
import { dialectFor } from '../../../src/dialects/index.js';
import { loadPostgresParser, type PostgresParser } from '../../../src/dialects/postgres/parser.js';
import { analyzePostgres } from '../../../src/dialects/postgres/safety.js';
import { analyzeMigrations, sizeFindings, tablesOf } from '../../../src/safety/index.js';
import { brief, migration, rulesOf } from './support.js';

let parser: PostgresParser;
beforeAll(async () => {
  parser = await loadPostgresParser();
});

const EXISTING = new Set(['public.users', 'public.orders', 'app.events', 'public.daily_totals']);
const NO_TX = '-- schemagate:no-transaction\n';
const analyze = (sql: string, existingTables = EXISTING) => analyzePostgres(migration(sql), { existingTables }, parser);

interface Case {
  name: string;
  sql: string;
  /** Expected findings: rule, line, table (omit table when the finding names none). */
  expect: Array<{ rule: string; line: number; table?: string }>;
}

/** Every rule: a statement that must be reported, and its safe spelling that must not. */
const cases: Case[] = [
  { name: 'index without CONCURRENTLY', sql: 'CREATE INDEX users_email ON users (email);', expect: [{ rule: 'require-concurrent-index-creation', line: 1, table: 'public.users' }] },
  { name: 'index CONCURRENTLY in a no-transaction file', sql: `${NO_TX}CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email);`, expect: [] },
  { name: 'drop index without CONCURRENTLY', sql: 'DROP INDEX users_email;', expect: [{ rule: 'require-concurrent-index-deletion', line: 1 }] },
  { name: 'drop index CONCURRENTLY, no transaction', sql: `${NO_TX}DROP INDEX CONCURRENTLY IF EXISTS users_email;`, expect: [] },
  { name: 'CONCURRENTLY in a transactional file', sql: 'CREATE INDEX CONCURRENTLY users_email ON users (email);', expect: [{ rule: 'concurrently-in-transaction', line: 1, table: 'public.users' }] },
  { name: 'DROP INDEX CONCURRENTLY in a transactional file', sql: 'DROP INDEX CONCURRENTLY users_email;', expect: [{ rule: 'concurrently-in-transaction', line: 1 }] },
  { name: 'REINDEX CONCURRENTLY in a transactional file', sql: 'REINDEX INDEX CONCURRENTLY users_email;', expect: [{ rule: 'concurrently-in-transaction', line: 1 }] },
  { name: 'REINDEX CONCURRENTLY without a transaction', sql: `${NO_TX}REINDEX INDEX CONCURRENTLY users_email;`, expect: [] },
  { name: 'REINDEX TABLE', sql: 'REINDEX TABLE users;', expect: [{ rule: 'require-concurrent-reindex', line: 1, table: 'public.users' }] },
  { name: 'REINDEX INDEX the catalog was not read for', sql: 'REINDEX INDEX users_email;', expect: [{ rule: 'require-concurrent-reindex', line: 1 }] },
  { name: 'REINDEX SCHEMA', sql: 'REINDEX SCHEMA app;', expect: [{ rule: 'require-concurrent-reindex', line: 1 }] },
  { name: 'REINDEX (CONCURRENTLY) without a transaction', sql: `${NO_TX}REINDEX (CONCURRENTLY) TABLE users;`, expect: [] },
  { name: 'REINDEX of a table the migrations create', sql: 'CREATE TABLE fresh (id int);\nREINDEX TABLE fresh;', expect: [] },
  { name: 'VACUUM FULL', sql: `${NO_TX}VACUUM FULL users;`, expect: [{ rule: 'rewriting-table', line: 2, table: 'public.users' }] },
  { name: 'VACUUM (FULL, ANALYZE) of every table', sql: `${NO_TX}VACUUM (FULL, ANALYZE);`, expect: [{ rule: 'rewriting-table', line: 2 }] },
  { name: 'VACUUM (FULL false)', sql: `${NO_TX}VACUUM (FULL false) users;`, expect: [] },
  { name: 'VACUUM ANALYZE', sql: `${NO_TX}VACUUM ANALYZE users;`, expect: [] },
  { name: 'CLUSTER', sql: 'CLUSTER users USING users_pkey;', expect: [{ rule: 'rewriting-table', line: 1, table: 'public.users' }] },
  { name: 'SET UNLOGGED', sql: 'ALTER TABLE users SET UNLOGGED;', expect: [{ rule: 'rewriting-table', line: 1, table: 'public.users' }] },
  { name: 'SET TABLESPACE', sql: 'ALTER TABLE orders SET TABLESPACE fast;', expect: [{ rule: 'rewriting-table', line: 1, table: 'public.orders' }] },
  { name: 'SET LOGGED on a table the migrations create', sql: 'CREATE UNLOGGED TABLE scratch (id int);\nALTER TABLE scratch SET LOGGED;', expect: [] },
  { name: 'REFRESH MATERIALIZED VIEW', sql: 'REFRESH MATERIALIZED VIEW daily_totals;', expect: [{ rule: 'require-concurrent-refresh', line: 1, table: 'public.daily_totals' }] },
  { name: 'REFRESH MATERIALIZED VIEW CONCURRENTLY', sql: 'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals;', expect: [] },
  { name: 'REFRESH of a view the migrations create', sql: 'CREATE MATERIALIZED VIEW fresh AS SELECT 1 AS one WITH NO DATA;\nREFRESH MATERIALIZED VIEW fresh;', expect: [] },
  { name: 'CHECK without NOT VALID', sql: 'ALTER TABLE users\n  ADD CONSTRAINT age_positive CHECK (age > 0);', expect: [{ rule: 'constraint-missing-not-valid', line: 2, table: 'public.users' }] },
  { name: 'CHECK NOT VALID', sql: 'ALTER TABLE users ADD CONSTRAINT age_positive CHECK (age > 0) NOT VALID;', expect: [] },
  { name: 'foreign key without NOT VALID', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id);', expect: [{ rule: 'adding-foreign-key-constraint', line: 1, table: 'public.orders' }] },
  { name: 'foreign key NOT VALID', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', expect: [] },
  { name: 'new column REFERENCES (validated)', sql: 'ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES users (id);', expect: [{ rule: 'adding-foreign-key-constraint', line: 1, table: 'public.orders' }] },
  { name: 'SET NOT NULL', sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;', expect: [{ rule: 'adding-not-nullable-field', line: 1, table: 'public.users' }] },
  { name: 'DROP NOT NULL', sql: 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;', expect: [] },
  { name: 'NOT NULL column without default', sql: 'ALTER TABLE users ADD COLUMN tier text NOT NULL;', expect: [{ rule: 'adding-required-field', line: 1, table: 'public.users' }] },
  { name: 'NOT NULL column with a constant default', sql: "ALTER TABLE users ADD COLUMN tier text NOT NULL DEFAULT 'free';", expect: [] },
  { name: 'volatile default', sql: 'ALTER TABLE users\n  ADD COLUMN seen_at timestamptz NOT NULL\n    DEFAULT clock_timestamp();', expect: [{ rule: 'adding-field-with-default', line: 3, table: 'public.users' }] },
  { name: 'stable default now()', sql: 'ALTER TABLE users ADD COLUMN seen_at timestamptz NOT NULL DEFAULT now();', expect: [] },
  { name: 'unknown function default', sql: 'ALTER TABLE users ADD COLUMN code text DEFAULT make_code();', expect: [{ rule: 'adding-field-with-default', line: 1, table: 'public.users' }] },
  { name: 'serial column', sql: 'ALTER TABLE users ADD COLUMN seq bigserial;', expect: [{ rule: 'adding-field-with-default', line: 1, table: 'public.users' }] },
  { name: 'stored generated column', sql: 'ALTER TABLE users ADD COLUMN email_lower text GENERATED ALWAYS AS (lower(email)) STORED;', expect: [{ rule: 'stored-generated-column', line: 1, table: 'public.users' }] },
  { name: 'virtual generated column (Postgres 18)', sql: 'ALTER TABLE users ADD COLUMN email_lower text GENERATED ALWAYS AS (lower(email)) VIRTUAL;', expect: [] },
  { name: 'column type change', sql: 'ALTER TABLE users ALTER COLUMN id TYPE bigint;', expect: [{ rule: 'changing-column-type', line: 1, table: 'public.users' }] },
  { name: 'column default change', sql: "ALTER TABLE users ALTER COLUMN tier SET DEFAULT 'free';", expect: [] },
  { name: 'UNIQUE constraint', sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);', expect: [{ rule: 'disallowed-unique-constraint', line: 1, table: 'public.users' }] },
  { name: 'PRIMARY KEY constraint', sql: 'ALTER TABLE users ADD PRIMARY KEY (id);', expect: [{ rule: 'disallowed-unique-constraint', line: 1, table: 'public.users' }] },
  { name: 'UNIQUE USING INDEX', sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;', expect: [] },
  { name: 'serial primary key column', sql: 'ALTER TABLE events ADD COLUMN id serial PRIMARY KEY;', expect: [{ rule: 'adding-serial-primary-key-field', line: 1, table: 'public.events' }] },
  { name: 'primary key in CREATE TABLE', sql: 'CREATE TABLE events (id serial PRIMARY KEY);', expect: [] },
  { name: 'DROP TABLE', sql: 'DROP TABLE orders;', expect: [{ rule: 'ban-drop-table', line: 1, table: 'public.orders' }] },
  { name: 'DROP VIEW', sql: 'DROP VIEW order_totals;', expect: [] },
  { name: 'DROP COLUMN', sql: 'ALTER TABLE users DROP COLUMN legacy;', expect: [{ rule: 'ban-drop-column', line: 1, table: 'public.users' }] },
  { name: 'DROP CONSTRAINT', sql: 'ALTER TABLE users DROP CONSTRAINT users_age_check;', expect: [] },
  { name: 'DROP DATABASE', sql: 'DROP DATABASE analytics;', expect: [{ rule: 'ban-drop-database', line: 1 }] },
  { name: 'CREATE DATABASE', sql: 'CREATE DATABASE analytics;', expect: [] },
  { name: 'DROP SCHEMA', sql: 'DROP SCHEMA app CASCADE;', expect: [{ rule: 'ban-drop-schema', line: 1 }] },
  { name: 'CREATE SCHEMA', sql: 'CREATE SCHEMA app;', expect: [] },
  { name: 'TRUNCATE', sql: 'TRUNCATE users;', expect: [{ rule: 'ban-truncate', line: 1, table: 'public.users' }] },
  { name: 'TRUNCATE CASCADE', sql: 'TRUNCATE users CASCADE;', expect: [{ rule: 'ban-truncate-cascade', line: 1 }] },
  { name: 'rename table', sql: 'ALTER TABLE users RENAME TO accounts;', expect: [{ rule: 'renaming-table', line: 1, table: 'public.users' }] },
  { name: 'rename column', sql: 'ALTER TABLE users RENAME COLUMN email TO mail;', expect: [{ rule: 'renaming-column', line: 1, table: 'public.users' }] },
  { name: 'rename constraint', sql: 'ALTER TABLE users RENAME CONSTRAINT a TO b;', expect: [] },
  { name: 'not robust in a no-transaction file', sql: `${NO_TX}CREATE TABLE audit (id bigint);\nDROP VIEW IF EXISTS scratch;`, expect: [{ rule: 'prefer-robust-stmts', line: 2, table: 'public.audit' }] },
  { name: 'DROP without IF EXISTS in a no-transaction file', sql: `${NO_TX}DROP VIEW scratch;`, expect: [{ rule: 'prefer-robust-stmts', line: 2 }] },
  { name: 'robust in a no-transaction file', sql: `${NO_TX}CREATE TABLE IF NOT EXISTS audit (id bigint);\nALTER TABLE audit ADD COLUMN IF NOT EXISTS note text;`, expect: [] },
  { name: 'no robustness needed in a transaction', sql: 'CREATE TABLE audit (id bigint);', expect: [] },
  {
    name: 'identifier over 63 bytes',
    sql: `CREATE TABLE audit (\n  ${'a'.repeat(64)} int\n);`,
    expect: [{ rule: 'identifier-too-long', line: 2 }],
  },
  { name: 'identifier of 63 bytes', sql: `CREATE TABLE audit (${'a'.repeat(63)} int);`, expect: [] },
  { name: 'multi-byte identifier over 63 bytes', sql: `CREATE TABLE "${'é'.repeat(32)}" (id int);`, expect: [{ rule: 'identifier-too-long', line: 1 }] },
  // The fewest UTF-16 units that can spell more than 63 bytes: 22 three-byte characters, bare or quoted.
  { name: '22 three-byte characters (66 bytes), bare', sql: `CREATE TABLE audit (${'한'.repeat(22)} int);`, expect: [{ rule: 'identifier-too-long', line: 1 }] },
  { name: '21 three-byte characters (63 bytes), quoted', sql: `CREATE TABLE audit ("${'한'.repeat(21)}" int);`, expect: [] },
  { name: 'quoted identifier of quotes and spaces', sql: `CREATE TABLE "${'a ""'.repeat(22)}" (id int);`, expect: [{ rule: 'identifier-too-long', line: 1 }] },
  { name: 'UPDATE of a whole table', sql: "UPDATE users SET tier = 'free';", expect: [{ rule: 'unbatched-update', line: 1, table: 'public.users' }] },
  { name: 'batched UPDATE', sql: "UPDATE users SET tier = 'free' WHERE id IN (SELECT id FROM users WHERE tier IS NULL LIMIT 1000);", expect: [] },
  { name: 'DELETE from a table', sql: 'DELETE FROM orders WHERE created < now() - interval \'1 year\';', expect: [{ rule: 'unbatched-delete', line: 1, table: 'public.orders' }] },
  { name: 'batched DELETE', sql: 'DELETE FROM orders WHERE id IN (SELECT id FROM orders ORDER BY id LIMIT 500);', expect: [] },
  { name: 'schema-qualified table', sql: 'CREATE INDEX events_at ON app.events (at);', expect: [{ rule: 'require-concurrent-index-creation', line: 1, table: 'app.events' }] },
  { name: 'syntax error', sql: 'CREATE INDEX ON;', expect: [{ rule: 'unparsed-statement', line: 1 }] },
  { name: 'INSERT', sql: "INSERT INTO users (email) VALUES ('a@example.com');", expect: [] },
];

describe('Postgres rules', () => {
  it.each(cases)('$name', ({ sql, expect: expected }) => {
    const findings = analyze(sql).map(({ rule, line, table }) => ({ rule, line, ...(table ? { table } : {}) }));
    expect(findings).toEqual(expected);
  });

  it('every finding carries file, statement, message and fix', () => {
    const [finding] = analyze('SELECT 1;\n\nCREATE INDEX users_email\n  ON users (email);');
    expect(finding).toEqual({
      rule: 'require-concurrent-index-creation',
      severity: 'error',
      file: 'migrations/0001_test.sql',
      line: 3,
      table: 'public.users',
      statement: 'CREATE INDEX users_email\n  ON users (email)',
      message: expect.stringContaining('SHARE lock'),
      fix: expect.stringContaining('CONCURRENTLY'),
    });
  });

  it('reports each clause of a multi-clause ALTER TABLE at its own line', () => {
    const sql = 'ALTER TABLE users\n  ADD COLUMN a text NOT NULL,\n  ADD CONSTRAINT c CHECK (a <> \'\'),\n  ALTER COLUMN id TYPE bigint;';
    expect(analyze(sql).map(brief)).toEqual([
      { rule: 'adding-required-field', line: 2, table: 'public.users', suppressed: undefined },
      { rule: 'constraint-missing-not-valid', line: 3, table: 'public.users', suppressed: undefined },
      { rule: 'changing-column-type', line: 4, table: 'public.users', suppressed: undefined },
    ]);
  });

  it('counts lines in characters after multi-byte text (parser locations are bytes)', () => {
    const sql = "ALTER TABLE users ADD COLUMN note text DEFAULT 'ééééé',\n  ADD COLUMN seen timestamptz DEFAULT clock_timestamp();";
    expect(analyze(sql).map((f) => [f.rule, f.line])).toEqual([['adding-field-with-default', 2]]);
  });
});

describe('new tables are exempt from lock rules', () => {
  const statements = [
    'CREATE INDEX t_a ON fresh (a);',
    "ALTER TABLE fresh ADD COLUMN b timestamptz NOT NULL DEFAULT clock_timestamp();",
    'ALTER TABLE fresh ALTER COLUMN a TYPE bigint;',
    'ALTER TABLE fresh ADD CONSTRAINT fresh_user FOREIGN KEY (a) REFERENCES users (id);',
    'ALTER TABLE fresh ALTER COLUMN a SET NOT NULL;',
    'ALTER TABLE fresh ADD CONSTRAINT fresh_a UNIQUE (a);',
    "UPDATE fresh SET a = 1;",
    'ALTER TABLE fresh RENAME COLUMN a TO c;',
    'DROP INDEX t_a;',
  ];

  it('created in the same file', () => {
    expect(analyze(['CREATE TABLE fresh (a int);', ...statements].join('\n'))).toEqual([]);
  });

  it('created by an earlier pending migration (analyzeMigrations)', async () => {
    const first = migration('CREATE TABLE fresh (a int);', { file: 'migrations/0001_fresh.sql' });
    const second = migration(statements.join('\n'), { file: 'migrations/0002_fill.sql' });
    expect(await analyzeMigrations([first, second], EXISTING, dialectFor('postgres'))).toEqual([]);
    // The same statements on a table that existed before are reported, one finding each.
    const existing = await analyzeMigrations([second], new Set([...EXISTING, 'public.fresh']), dialectFor('postgres'));
    expect(rulesOf(existing)).toEqual([
      'require-concurrent-index-creation',
      'adding-field-with-default',
      'changing-column-type',
      'adding-foreign-key-constraint',
      'adding-not-nullable-field',
      'disallowed-unique-constraint',
      'unbatched-update',
      'renaming-column',
      'require-concurrent-index-deletion',
    ]);
    expect(existing.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(existing.every((f) => f.file === 'migrations/0002_fill.sql')).toBe(true);
    expect(existing.find((f) => f.rule === 'require-concurrent-index-deletion')?.table).toBe('public.fresh');
  });

  it('an index an earlier pending migration created on its new table is dropped without a finding', async () => {
    const first = migration('CREATE TABLE t (a int);\nCREATE INDEX t_idx ON t (a);', { file: 'migrations/0001_t.sql' });
    const second = migration('DROP INDEX t_idx;', { file: 'migrations/0002_drop.sql' });
    expect(await analyzeMigrations([first, second], EXISTING, dialectFor('postgres'))).toEqual([]);
    // On a table that existed before, the drop is still reported, with its table.
    const onExisting = migration('CREATE INDEX users_a ON users (a);', { file: 'migrations/0001_idx.sql' });
    const dropped = await analyzeMigrations([onExisting, migration('DROP INDEX users_a;', { file: 'migrations/0002_drop.sql' })], EXISTING, dialectFor('postgres'));
    expect(dropped.filter((f) => f.rule === 'require-concurrent-index-deletion').map((f) => [f.file, f.table])).toEqual([['migrations/0002_drop.sql', 'public.users']]);
  });

  it('CREATE TABLE IF NOT EXISTS over an existing table does not make it new', () => {
    expect(rulesOf(analyze('CREATE TABLE IF NOT EXISTS users (id int);\nCREATE INDEX u ON users (id);'))).toEqual([
      'require-concurrent-index-creation',
    ]);
  });

  it('a table dropped and not re-created is no longer new; a renamed new table stays new', () => {
    expect(rulesOf(analyze('CREATE TABLE a (x int);\nALTER TABLE a RENAME TO b;\nCREATE INDEX bx ON b (x);'))).toEqual([]);
    expect(rulesOf(analyze('CREATE TABLE a (x int);\nDROP TABLE a;\nCREATE INDEX ax ON a (x);'))).toEqual([
      'require-concurrent-index-creation',
    ]);
  });

  describe('with the target\'s catalog read (a table or index it lacks holds nothing)', () => {
    const catalog = { existingTables: EXISTING, catalogKnown: true, existingIndexes: new Map([['public.users_email', 'public.users']]) };
    const pending = (...texts: string[]) => texts.map((sql, i) => migration(sql, { file: `migrations/000${i + 1}_m.sql` }));

    it('DROP INDEX IF EXISTS of an index the target lacks raises nothing; of the target\'s, a finding on its table', async () => {
      const found = await analyzeMigrations(pending('DROP INDEX IF EXISTS nowhere_idx;\nDROP INDEX users_email;'), EXISTING, dialectFor('postgres'), catalog);
      expect(found.map((f) => [f.rule, f.line, f.table])).toEqual([['require-concurrent-index-deletion', 2, 'public.users']]);
      // Without the target's catalog, an unknown index may be on any table: reported.
      expect(rulesOf(await analyzeMigrations(pending('DROP INDEX IF EXISTS nowhere_idx;'), EXISTING, dialectFor('postgres')))).toEqual(['require-concurrent-index-deletion']);
    });

    it('a column an earlier pending migration added is dropped without a finding (Harbor\'s data_version)', async () => {
      const found = await analyzeMigrations(pending('ALTER TABLE users ADD COLUMN tmp int;', 'ALTER TABLE users DROP COLUMN IF EXISTS tmp;\nALTER TABLE users DROP COLUMN name;'), EXISTING, dialectFor('postgres'), catalog);
      expect(found.map((f) => [f.rule, f.file, f.line])).toEqual([['ban-drop-column', 'migrations/0002_m.sql', 2]]);
    });

    it('a table the target lacks and no migration creates is not locked, rewritten or dropped with its data', async () => {
      expect(await analyzeMigrations(pending('ALTER TABLE ext DROP COLUMN tmp;\nCREATE INDEX ext_a ON ext (a);\nDROP TABLE IF EXISTS ext;'), EXISTING, dialectFor('postgres'), catalog)).toEqual([]);
    });

    it('a table of the target keeps its rows under a new name or schema', async () => {
      const renamed = await analyzeMigrations(pending('ALTER TABLE users RENAME TO people;', 'ALTER TABLE people SET SCHEMA app;', 'DROP TABLE app.people;'), EXISTING, dialectFor('postgres'), catalog);
      expect(renamed.filter((f) => f.rule === 'ban-drop-table').map((f) => [f.file, f.table])).toEqual([['migrations/0003_m.sql', 'app.people']]);
    });

    it('a renamed table of the target is sized under its old name (Dokploy\'s session_temp → session)', async () => {
      const found = await analyzeMigrations(pending('ALTER TABLE users RENAME TO people;', 'CREATE INDEX people_a ON people (a);'), EXISTING, dialectFor('postgres'), catalog);
      expect(found.map((f) => [f.rule, f.table, f.rowsOf])).toEqual([
        ['renaming-table', 'public.users', undefined],
        ['require-concurrent-index-creation', 'public.people', 'public.users'],
      ]);
      expect(tablesOf(found)).toEqual(['public.users']);
      const sized = sizeFindings(found, new Map([['public.users', { rows: 10, bytes: 8192 }]]), 100_000);
      expect(sized.map((f) => [f.rule, f.size?.rows])).toEqual([['renaming-table', 10], ['require-concurrent-index-creation', 10]]);
      expect(sized[1]!.severity).toBe('warning');
    });

    it('an unqualified name of a table in another schema of the search_path still counts as the target\'s', async () => {
      expect(rulesOf(await analyzeMigrations(pending('CREATE INDEX e ON events (a);'), EXISTING, dialectFor('postgres'), catalog))).toEqual(['require-concurrent-index-creation']);
    });
  });

  it('a table unknown to the caller is treated as existing', () => {
    expect(rulesOf(analyze('CREATE INDEX m ON mystery (a);', new Set()))).toEqual(['require-concurrent-index-creation']);
  });

  it('CONCURRENTLY in a transaction fails even on a new table', () => {
    expect(rulesOf(analyze('CREATE TABLE fresh (a int);\nCREATE INDEX CONCURRENTLY f ON fresh (a);'))).toEqual(['concurrently-in-transaction']);
  });
});

describe('the parser', () => {
  it('loads once and parses synchronously', async () => {
    expect(await loadPostgresParser()).toBe(parser);
    expect(parser.parse('SELECT 1').stmts).toHaveLength(1);
  });
});
