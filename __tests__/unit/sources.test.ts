import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from '@jest/globals';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { SchemagateError } from '../../src/errors.js';
import { sha256Hex } from '../../src/sources/checksum.js';
import { BREAKPOINT, loadDrizzle, splitBreakpoints } from '../../src/sources/drizzle/folder.js';
import { loadMigrations } from '../../src/sources/index.js';
import { parseFileName } from '../../src/sources/layouts/plain.js';
import { dialectFor, type Dialect } from '../../src/dialects/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'sources');
const repoRoot = path.resolve(here, '..', '..');

const pgSplit = dialectFor('postgres');
const chSplit = dialectFor('clickhouse');
const opts = (cwd: string, dialect: Dialect = pgSplit) => ({ cwd, dialect });
/** The plain layout, as `format: plain` reads it. */
const loadFolder = (root: string, o: ReturnType<typeof opts>) => loadMigrations(root, { ...o, format: 'plain' });

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp project: `files` maps paths under `migrations/` to their content. */
function project(files: Record<string, string | Buffer>): { cwd: string; root: string } {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-sources-'));
  temps.push(cwd);
  const root = path.join(cwd, 'migrations');
  fs.mkdirSync(root);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return { cwd, root };
}

/** A copy of a fixture folder as `migrations/` of a temp project, to break it in one way. */
function copyFixture(name: string): { cwd: string; root: string } {
  const { cwd, root } = project({});
  fs.cpSync(path.join(fixtures, name), root, { recursive: true });
  return { cwd, root };
}

function configFailure(fn: () => unknown): SchemagateError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SchemagateError && error.kind === 'config') return error;
    throw error;
  }
  throw new Error('expected a config error');
}

describe('sha256Hex', () => {
  it('is lower-case hex sha256, the same for a string and its UTF-8 bytes', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('é;\n')).toBe(sha256Hex(Buffer.from('é;\n', 'utf8')));
    expect(sha256Hex(Buffer.from('é', 'latin1'))).not.toBe(sha256Hex('é'));
  });
});

describe('loadFolder', () => {
  const root = path.join(fixtures, 'folder-basic');
  const set = loadFolder(root, opts(repoRoot));
  const byId = new Map(set.migrations.map((m) => [m.id, m]));

  it('orders versioned migrations numerically, then repeatables by name', () => {
    expect(set.layout).toBe('plain');
    expect(set.root).toBe(root);
    expect(set.migrations.map((m) => [m.id, m.kind, m.name])).toEqual([
      ['0001', 'versioned', 'create_users'],
      ['0002', 'versioned', 'add_email'],
      ['0010', 'versioned', 'users_email_idx'],
      ['20250101120000', 'versioned', 'flyway_style'],
      ['R__functions', 'repeatable', 'functions'],
      ['R__grants', 'repeatable', 'grants'],
      ['R__nested/triggers', 'repeatable', 'nested/triggers'],
      ['R__views', 'repeatable', 'views'],
    ]);
  });

  it('ignores files that are not .sql', () => {
    const files = set.migrations.map((m) => m.file);
    expect(files.some((f) => /meta|notes|README/.test(f))).toBe(false);
  });

  it('records paths, the checksum of the bytes and hashed, numbered statements', () => {
    const first = byId.get('0001')!;
    const abs = path.join(root, '0001_create_users.sql');
    expect(first.file).toBe('__tests__/fixtures/sources/folder-basic/0001_create_users.sql');
    expect(first.path).toBe(abs);
    expect(first.checksum).toBe(createHash('sha256').update(fs.readFileSync(abs)).digest('hex'));
    expect(first.checksumAlgorithm).toBe('sha256');
    expect(first.sql).toBe(fs.readFileSync(abs, 'utf8'));
    expect(first.transactional).toBe(true);
    expect(first.drizzleWhen).toBeUndefined();
    // The hash is read through its getter (it is worked out when first asked for).
    expect(first.statements.map(({ index, sql, line, hash }) => ({ index, sql, line, hash }))).toEqual([
      {
        index: 0,
        sql: "CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  name text NOT NULL DEFAULT 'anon; unnamed'\n)",
        line: 2,
        hash: sha256Hex("CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  name text NOT NULL DEFAULT 'anon; unnamed'\n)"),
      },
      { index: 1, sql: 'CREATE TABLE "audit;log" (id bigint)', line: 7, hash: sha256Hex('CREATE TABLE "audit;log" (id bigint)') },
    ]);
    expect(byId.get('R__functions')!.statements.map((s) => s.sql)).toEqual([
      'CREATE OR REPLACE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$',
    ]);
    expect(byId.get('R__grants')!.file).toBe('__tests__/fixtures/sources/folder-basic/repeatable/R__grants.sql');
  });

  it('turns a leading -- schemagate:no-transaction into transactional = false', () => {
    const index = byId.get('0010')!;
    expect(index.transactional).toBe(false);
    expect(index.statements).toEqual([
      expect.objectContaining({ sql: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email)', line: 4 }),
    ]);
    expect(set.migrations.filter((m) => !m.transactional).map((m) => m.id)).toEqual(['0010']);
  });

  it('compares versions as numbers, not strings', () => {
    const { cwd, root: r } = project({
      '10_ten.sql': 'SELECT 10;',
      '9_nine.sql': 'SELECT 9;',
      '0100_hundred.sql': 'SELECT 100;',
      '20250101120000_ts.sql': 'SELECT 1;',
      '99999999999999999999_big.sql': 'SELECT 2;',
    });
    expect(loadFolder(r, opts(cwd)).migrations.map((m) => m.id)).toEqual([
      '9',
      '10',
      '0100',
      '20250101120000',
      '99999999999999999999',
    ]);
  });

  it('rejects two files with the same version, naming both', () => {
    const { cwd, root: r } = project({ '0001_a.sql': 'SELECT 1;', '1_b.sql': 'SELECT 2;', '0002_c.sql': 'SELECT 3;' });
    const error = configFailure(() => loadFolder(r, opts(cwd)));
    expect(error.message).toContain('migrations/0001_a.sql');
    expect(error.message).toContain('migrations/1_b.sql');
    expect(error.location?.file).toMatch(/^migrations\/(0001_a|1_b)\.sql$/);
  });

  it('rejects two repeatables with the same name, naming both', () => {
    const { cwd, root: r } = project({ 'R__views.sql': 'SELECT 1;', 'repeatable/views.sql': 'SELECT 2;' });
    const error = configFailure(() => loadFolder(r, opts(cwd)));
    expect(error.message).toContain('migrations/R__views.sql');
    expect(error.message).toContain('migrations/repeatable/views.sql');
  });

  it.each(['seed.sql', 'add_users.sql', '0001.sql', '0001-add-users.sql', 'V1_init.sql'])(
    'rejects a .sql file whose name has no version: %s',
    (name) => {
      const { cwd, root: r } = project({ '0001_ok.sql': 'SELECT 1;', [name]: 'SELECT 2;' });
      const error = configFailure(() => loadFolder(r, opts(cwd)));
      expect(error.message).toContain(`migrations/${name}`);
      expect(error.location).toEqual({ file: `migrations/${name}` });
      expect(error.hint).toContain('<digits>_<name>.sql');
    },
  );

  it.each([
    ['empty', ''],
    ['blank', ' \n\n\t'],
    ['comment-only', '-- nothing yet;\n/* still nothing; */\n;\n'],
  ])('rejects a migration with no statements (%s)', (_kind, content) => {
    const { cwd, root: r } = project({ '0001_a.sql': 'SELECT 1;', '0002_empty.sql': content });
    const error = configFailure(() => loadFolder(r, opts(cwd)));
    expect(error.message).toContain('migrations/0002_empty.sql');
    expect(error.location).toEqual({ file: 'migrations/0002_empty.sql' });
  });

  it('rejects an unknown directive, naming the file and line', () => {
    const { cwd, root: r } = project({ '0001_a.sql': '-- about\n-- schemagate:no-transactions\nSELECT 1;' });
    const error = configFailure(() => loadFolder(r, opts(cwd)));
    expect(error.message).toContain('schemagate:no-transactions');
    expect(error.location).toEqual({ file: 'migrations/0001_a.sql', line: 2 });
    expect(error.hint).toContain('-- schemagate:no-transaction');
  });

  it('rejects a directive below the first statement instead of ignoring it', () => {
    const { cwd, root: r } = project({ '0001_a.sql': 'SELECT 1;\n-- schemagate:no-transaction\nSELECT 2;' });
    const error = configFailure(() => loadFolder(r, opts(cwd)));
    expect(error.location).toEqual({ file: 'migrations/0001_a.sql', line: 2 });
  });

  it('reads directives and lines in CRLF files with a BOM', () => {
    const { cwd, root: r } = project({ '0001_a.sql': '\uFEFF-- schemagate:no-transaction\r\n\r\nSELECT 1;\r\nSELECT\r\n  2;\r\n' });
    const [migration] = loadFolder(r, opts(cwd)).migrations;
    expect(migration!.transactional).toBe(false);
    expect(migration!.statements.map((s) => [s.line, s.sql])).toEqual([
      [3, 'SELECT 1'],
      [4, 'SELECT\r\n  2'],
    ]);
    expect(migration!.sql.startsWith('-- schemagate')).toBe(true);
    expect(migration!.checksum).toBe(sha256Hex(fs.readFileSync(path.join(r, '0001_a.sql'))));
  });

  it('reports a split error as a config error at the file and line', () => {
    const { cwd, root: r } = project({ '0001_a.sql': "SELECT 1;\n\nSELECT 'unterminated;\n" });
    const error = configFailure(() => loadFolder(r, opts(cwd)));
    expect(error.location).toEqual({ file: 'migrations/0001_a.sql', line: 3 });
    expect(error.message).toMatch(/Unterminated quoted string/);
    expect(error.hint).toBeTruthy();
  });

  it('uses the splitter it is given (ClickHouse INSERT ... FORMAT)', () => {
    const { cwd, root: r } = project({ '0001_seed.sql': 'CREATE TABLE t (a String) ENGINE = Memory;\nINSERT INTO t FORMAT CSV\n"a;b"\n' });
    expect(loadFolder(r, opts(cwd, pgSplit)).migrations[0]!.statements).toHaveLength(2);
    const error = configFailure(() => loadFolder(r, opts(cwd, chSplit)));
    expect(error.location).toEqual({ file: 'migrations/0001_seed.sql', line: 2 });
    expect(error.hint).toMatch(/INSERT \.\.\. VALUES/);
  });

  it('rejects a file that is not valid UTF-8', () => {
    const { cwd, root: r } = project({ '0001_a.sql': Buffer.from([0x53, 0x45, 0x4c, 0x45, 0x43, 0x54, 0x20, 0xe9, 0x3b]) });
    expect(configFailure(() => loadFolder(r, opts(cwd))).message).toContain('migrations/0001_a.sql is not valid UTF-8');
  });

  it('rejects a NUL character at its line, which Postgres would take for a lost connection', () => {
    const { cwd, root: r } = project({ '0001_a.sql': 'CREATE TABLE a (id int);\nSELECT 1;\0\n' });
    const error = configFailure(() => loadFolder(r, opts(cwd)));
    expect(error.message).toBe('migrations/0001_a.sql:2: contains a NUL character (byte 0x00), which no SQL text holds');
    expect(error.location).toEqual({ file: 'migrations/0001_a.sql', line: 2 });
  });

  it('rejects invalid UTF-8 in a file that also holds a real U+FFFD, and accepts the real one alone', () => {
    const real = Buffer.from("SELECT '\uFFFD é';\n");
    const { cwd, root: r } = project({ '0001_a.sql': Buffer.concat([real, Buffer.from([0x2d, 0x2d, 0x20, 0xc3, 0x28, 0x0a])]), '0002_b.sql': real });
    const error = configFailure(() => loadFolder(r, opts(cwd)));
    expect(error.message).toContain('migrations/0001_a.sql is not valid UTF-8');
    fs.rmSync(path.join(r, '0001_a.sql'));
    const [migration] = loadFolder(r, opts(cwd)).migrations;
    expect(migration!.statements[0]!.sql).toBe("SELECT '\uFFFD é'");
    expect(migration!.checksum).toBe(createHash('sha256').update(real).digest('hex'));
  });
});

describe('parseFileName', () => {
  it.each([
    ['0001_add_users.sql', { kind: 'versioned', id: '0001', name: 'add_users' }],
    ['0001__add_users.sql', { kind: 'versioned', id: '0001', name: 'add_users' }],
    ['20250101120000_a.b.sql', { kind: 'versioned', id: '20250101120000', name: 'a.b' }],
    ['V12__init.sql', { kind: 'versioned', id: '12', name: 'init' }],
    ['0003_upper.SQL', { kind: 'versioned', id: '0003', name: 'upper' }],
    ['R__views.sql', { kind: 'repeatable', name: 'views' }],
    ['add_users.sql', null],
    ['0001.sql', null],
    ['V1_init.sql', null],
  ])('%s', (name, expected) => {
    expect(parseFileName(name)).toEqual(expected);
  });
});

describe('loadDrizzle', () => {
  const root = path.join(fixtures, 'drizzle-basic');
  const journal = JSON.parse(fs.readFileSync(path.join(root, 'meta', '_journal.json'), 'utf8'));

  it('reads drizzle-kit output in journal order', () => {
    const set = loadDrizzle(root, opts(repoRoot));
    expect(set.layout).toBe('drizzle');
    expect(set.migrations.map((m) => [m.id, m.name, m.kind, m.drizzleWhen])).toEqual(
      journal.entries.map((e: { tag: string; when: number }) => [e.tag.slice(0, 4), e.tag.slice(5), 'versioned', e.when]),
    );
    expect(set.migrations.map((m) => m.id)).toEqual(['0000', '0001', '0002']);
    expect(set.snapshotPath).toBe(path.join(root, 'meta', '0002_snapshot.json'));
    expect(set.migrations[0]!.file).toBe('__tests__/fixtures/sources/drizzle-basic/0000_init.sql');
  });

  it('has the checksum drizzle-orm stores as the migration hash', () => {
    const set = loadDrizzle(root, opts(repoRoot));
    const drizzle = readMigrationFiles({ migrationsFolder: root });
    set.migrations.forEach((migration, i) => {
      const file = path.join(root, `${journal.entries[i].tag}.sql`);
      expect(migration.checksum).toBe(createHash('sha256').update(fs.readFileSync(file).toString()).digest('hex'));
      expect(migration.checksum).toBe(drizzle[i]!.hash);
    });
  });

  it('makes one statement per breakpoint piece, as drizzle-orm runs them', () => {
    const set = loadDrizzle(root, opts(repoRoot));
    const drizzle = readMigrationFiles({ migrationsFolder: root });
    set.migrations.forEach((migration, i) => {
      // Drizzle sends each piece as is; ours drop the comments before the first token and the final `;`.
      const pieces = drizzle[i]!.sql.map((piece) => piece.replace(/^(\s|--[^\n]*\n)*/, '').replace(/[\s;]+$/, ''));
      expect(migration.statements.map((s) => s.sql)).toEqual(pieces.filter((p) => p !== ''));
    });
    const init = set.migrations[0]!;
    expect(init.statements.map((s) => [s.index, s.line, s.sql.split(' ').slice(0, 3).join(' ')])).toEqual([
      [0, 1, 'CREATE TABLE "posts"'],
      [1, 7, 'CREATE TABLE "users"'],
      [2, 14, 'ALTER TABLE "posts"'],
      [3, 15, 'CREATE INDEX "posts_author_idx"'],
      [4, 16, 'CREATE UNIQUE INDEX'],
    ]);
    expect(init.statements[1]!.hash).toBe(sha256Hex(init.statements[1]!.sql));
  });

  it('honours -- schemagate:no-transaction in a drizzle file', () => {
    const [first, , custom] = loadDrizzle(root, opts(repoRoot)).migrations;
    expect(first!.transactional).toBe(true);
    expect(custom!.transactional).toBe(false);
    expect(custom!.statements).toEqual([
      expect.objectContaining({ line: 3, sql: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS "posts_title_idx" ON "posts" ("title")' }),
    ]);
  });

  it('keeps journal order even when `when` goes backwards', () => {
    const { cwd, root: r } = copyFixture('drizzle-basic');
    const edited = structuredClone(journal);
    edited.entries[1].when = edited.entries[0].when - 1000;
    fs.writeFileSync(path.join(r, 'meta', '_journal.json'), JSON.stringify(edited));
    const set = loadDrizzle(r, opts(cwd));
    expect(set.migrations.map((m) => m.id)).toEqual(['0000', '0001', '0002']);
    expect(set.migrations[1]!.drizzleWhen).toBe(journal.entries[0].when - 1000);
  });

  it('rejects a journal entry whose file is missing, naming the tag and the journal', () => {
    const { cwd, root: r } = copyFixture('drizzle-basic');
    fs.rmSync(path.join(r, '0001_add_post_body.sql'));
    const error = configFailure(() => loadDrizzle(r, opts(cwd)));
    expect(error.message).toContain('0001_add_post_body');
    expect(error.message).toContain('migrations/meta/_journal.json');
    expect(error.location).toEqual({ file: 'migrations/meta/_journal.json' });
  });

  it('rejects a .sql file the journal does not list', () => {
    const { cwd, root: r } = copyFixture('drizzle-basic');
    fs.writeFileSync(path.join(r, '0003_hand_written.sql'), 'SELECT 1;');
    const error = configFailure(() => loadDrizzle(r, opts(cwd)));
    expect(error.message).toContain('migrations/0003_hand_written.sql');
    expect(error.location).toEqual({ file: 'migrations/0003_hand_written.sql' });
    expect(error.hint).toContain('meta/_journal.json');
  });

  it.each([
    ['malformed JSON', '{ "entries": [ <<<<<<< HEAD'],
    ['no entries', '{ "version": "7" }'],
    ['an entry without a tag', '{ "entries": [{ "idx": 0, "when": 1 }] }'],
    ['a tag that leaves the folder', '{ "entries": [{ "idx": 0, "when": 1, "tag": "../0000_x" }] }'],
    ['another dialect', '{ "dialect": "sqlite", "entries": [] }'],
  ])('rejects a journal with %s', (_what, content) => {
    const { cwd, root: r } = copyFixture('drizzle-basic');
    fs.writeFileSync(path.join(r, 'meta', '_journal.json'), content);
    const error = configFailure(() => loadDrizzle(r, opts(cwd)));
    expect(error.location).toEqual({ file: 'migrations/meta/_journal.json' });
    expect(error.message).toContain('migrations/meta/_journal.json');
  });

  it('rejects two journal entries with the same number', () => {
    const { cwd, root: r } = copyFixture('drizzle-basic');
    fs.writeFileSync(path.join(r, '0001_other_branch.sql'), 'SELECT 1;');
    const edited = structuredClone(journal);
    edited.entries.push({ ...edited.entries[1], idx: 3, tag: '0001_other_branch' });
    fs.writeFileSync(path.join(r, 'meta', '_journal.json'), JSON.stringify(edited));
    const error = configFailure(() => loadDrizzle(r, opts(cwd)));
    expect(error.message).toContain('0001_add_post_body');
    expect(error.message).toContain('0001_other_branch');
  });

  it('splits with the dialect splitter when breakpoints are off', () => {
    const { cwd, root: r } = project({
      'meta/_journal.json': JSON.stringify({
        version: '7',
        dialect: 'postgresql',
        entries: [{ idx: 0, version: '7', when: 1700000000000, tag: '0000_init', breakpoints: false }],
      }),
      '0000_init.sql': 'CREATE TABLE a (id int);\nCREATE TABLE b (t text DEFAULT \';\');\n',
    });
    const [migration] = loadDrizzle(r, opts(cwd)).migrations;
    expect(migration!.statements.map((s) => [s.line, s.sql])).toEqual([
      [1, 'CREATE TABLE a (id int)'],
      [2, "CREATE TABLE b (t text DEFAULT ';')"],
    ]);
  });

  it('accepts an empty custom migration (drizzle runs it as a no-op)', () => {
    const { cwd, root: r } = project({
      'meta/_journal.json': JSON.stringify({ dialect: 'postgresql', entries: [{ idx: 0, when: 1, tag: '0000_custom', breakpoints: true }] }),
      '0000_custom.sql': '-- Custom SQL migration file, put your code below! --\n',
    });
    expect(loadDrizzle(r, opts(cwd)).migrations[0]!.statements).toEqual([]);
  });

  it('picks the snapshot with the highest number, compared numerically', () => {
    const { cwd, root: r } = project({
      'meta/_journal.json': JSON.stringify({ dialect: 'postgresql', entries: [] }),
      'meta/9_snapshot.json': '{}',
      'meta/10_snapshot.json': '{}',
      'meta/2_snapshot.json': '{}',
    });
    expect(loadDrizzle(r, opts(cwd)).snapshotPath).toBe(path.join(r, 'meta', '10_snapshot.json'));
    fs.rmSync(path.join(r, 'meta'), { recursive: true });
    fs.mkdirSync(path.join(r, 'meta'));
    fs.writeFileSync(path.join(r, 'meta', '_journal.json'), '{"entries": []}');
    expect(loadDrizzle(r, opts(cwd)).snapshotPath).toBeUndefined();
  });

  it('reports an unterminated comment in a breakpoint piece at its line', () => {
    const { cwd, root: r } = project({
      'meta/_journal.json': JSON.stringify({ dialect: 'postgresql', entries: [{ idx: 0, when: 1, tag: '0000_x', breakpoints: true }] }),
      '0000_x.sql': `SELECT 1;\n${BREAKPOINT}\n/* oops\nSELECT 2;`,
    });
    const error = configFailure(() => loadDrizzle(r, opts(cwd)));
    expect(error.location).toEqual({ file: 'migrations/0000_x.sql', line: 3 });
    expect(error.message).toContain('starting on line 3');
  });
});

describe('splitBreakpoints', () => {
  it('points each piece at its first token and drops blank pieces', () => {
    const text = `-- header\n\nCREATE TABLE a (id int);${BREAKPOINT}\n\n  /* why */ CREATE INDEX i ON a (id);\n${BREAKPOINT}\n\n${BREAKPOINT}\r\nSELECT 'x;y'`;
    expect(splitBreakpoints(text)).toEqual([
      { sql: 'CREATE TABLE a (id int)', line: 3 },
      { sql: 'CREATE INDEX i ON a (id)', line: 5 },
      { sql: "SELECT 'x;y'", line: 9 },
    ]);
  });

  it('never re-splits a piece on semicolons', () => {
    expect(splitBreakpoints('SELECT 1; SELECT 2;')).toEqual([{ sql: 'SELECT 1; SELECT 2', line: 1 }]);
  });
});

describe('loadMigrations', () => {
  it('detects drizzle folders by meta/_journal.json, plain folders otherwise', () => {
    expect(loadMigrations('__tests__/fixtures/sources/drizzle-basic', opts(repoRoot)).layout).toBe('drizzle');
    const folder = loadMigrations('__tests__/fixtures/sources/folder-basic', opts(repoRoot));
    expect(folder.layout).toBe('plain');
    expect(folder.root).toBe(path.join(fixtures, 'folder-basic'));
  });

  it('resolves a relative root against cwd', () => {
    const { cwd } = project({ '0001_a.sql': 'SELECT 1;' });
    const set = loadMigrations('migrations', opts(cwd));
    expect(set.migrations.map((m) => m.file)).toEqual(['migrations/0001_a.sql']);
    expect(set.root).toBe(path.join(cwd, 'migrations'));
  });

  it('says which path it looked for and how to point it elsewhere', () => {
    const { cwd } = project({});
    const error = configFailure(() => loadMigrations('db/migrations', opts(cwd)));
    expect(error.message).toContain('db/migrations');
    expect(error.message).toContain(path.join(cwd, 'db', 'migrations'));
    expect(error.hint).toContain('`migrations` input');
    expect(error.hint).toContain('--migrations');
  });

  it('rejects a root that is a file', () => {
    const { cwd } = project({ '0001_a.sql': 'SELECT 1;' });
    expect(configFailure(() => loadMigrations('migrations/0001_a.sql', opts(cwd))).message).toMatch(/not a folder/);
  });

  it('refuses an empty folder, naming it and what it holds', () => {
    const { cwd } = project({});
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toBe('migrations holds no migrations (read as a plain folder): it is empty.');
    const notes = project({ 'README.md': '# notes' });
    expect(configFailure(() => loadMigrations('migrations', opts(notes.cwd))).message).toContain('it contains README.md');
  });
});

describe('never a silent success', () => {
  it('refuses a Prisma folder read as plain, naming the unread sub-folders', () => {
    const { cwd } = project({ '20240101120000_init/migration.sql': 'CREATE TABLE a (id int);', '20240102120000_b/migration.sql': 'CREATE TABLE b (id int);' });
    const error = configFailure(() => loadMigrations('migrations', { ...opts(cwd), format: 'plain' }));
    expect(error.details.problems!.map((p) => p.message)).toEqual([
      'migrations/20240101120000_init/ holds 1 .sql file (20240101120000_init/migration.sql) that the plain layout does not read',
      'migrations/20240102120000_b/ holds 1 .sql file (20240102120000_b/migration.sql) that the plain layout does not read',
    ]);
    expect(loadMigrations('migrations', opts(cwd)).layout).toBe('prisma');
  });

  it('refuses .sql sub-folders no layout reads, next to migrations it does read', () => {
    const { cwd } = project({ '0001_a.sql': 'SELECT 1;', 'seeds/users.sql': 'INSERT INTO a VALUES (1);' });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toContain('migrations/seeds/ holds 1 .sql file (seeds/users.sql)');
    expect(error.location).toEqual({ file: 'migrations/seeds/users.sql' });
  });

  it.each([
    ['golang-migrate', { '20240101000000_a.up.sql': 'SELECT 1;', '20240101000000_a.down.sql': 'SELECT 1;', '20240201000000_drop_views.go': 'package migrations' }, '20240201000000_drop_views.go', 'go'],
    ['goose', { '00001_a.sql': '-- +goose Up\nSELECT 1;\n', '00002_b.go': 'package migrations' }, '00002_b.go', 'go'],
    ['plain', { '0001_a.sql': 'SELECT 1;', '1700000000000_seed.js': 'exports.up = () => {};' }, '1700000000000_seed.js', 'js'],
    ['flyway', { 'V1__a.sql': 'SELECT 1;', 'V2__backfill.java': 'class V2__backfill {}' }, 'V2__backfill.java', 'java'],
  ])('refuses a code migration beside the SQL of a %s folder, which would be skipped', (layout, files, name, extension) => {
    const { cwd } = project(files);
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toBe(`migrations/${name} is a migration written in code (.${extension}), which schemagate cannot run: read as a ${layout} folder, it would be skipped`);
    expect(error.location).toEqual({ file: `migrations/${name}` });
  });

  it('refuses bun\'s split marker in a folder named as golang-migrate\'s, at its line', () => {
    const { cwd } = project({
      '20240101000000_a.up.sql': 'CREATE TABLE a (id int)\n\n--migration:split\n\nCREATE TABLE b (id int)\n',
      '20240101000000_a.down.sql': 'DROP TABLE a;\n',
    });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toBe('migrations/20240101000000_a.up.sql:3: "--migration:split" is bun\'s statement separator, and bun\'s migrations are not a layout schemagate reads');
    expect(error.location).toEqual({ file: 'migrations/20240101000000_a.up.sql', line: 3 });
  });

  it('names a sqitch project and a Liquibase changelog, which no layout reads, instead of reading them as plain SQL', () => {
    const sqitch = project({ 'deploy/0001_users.sql': 'CREATE TABLE users (id int);', 'revert/0001_users.sql': 'DROP TABLE users;' });
    fs.writeFileSync(path.join(sqitch.root, 'sqitch.plan'), '%project=app\nusers 2024-01-01T00:00:00Z dev <dev@example.com>\n');
    expect(configFailure(() => loadMigrations('migrations', opts(sqitch.cwd))).message).toMatch(/^migrations is part of a sqitch project \(migrations\/sqitch\.plan\)/);
    expect(configFailure(() => loadMigrations('migrations/deploy', opts(sqitch.cwd))).message).toMatch(/^migrations\/deploy is part of a sqitch project/);
    const liquibase = project({ '0001_changelog.sql': '--liquibase formatted sql\n--changeset dev:1\nCREATE TABLE a (id int);\n--rollback DROP TABLE a;\n' });
    const error = configFailure(() => loadMigrations('migrations', opts(liquibase.cwd)));
    expect(error.message).toMatch(/^migrations\/0001_changelog\.sql is a Liquibase formatted-SQL changelog/);
    expect(error.location).toEqual({ file: 'migrations/0001_changelog.sql', line: 1 });
    // A format set by hand reads the files all the same: a changeset's preconditions and contexts would be ignored.
    for (const format of ['plain', 'clickhouse-migrations', 'golang-migrate']) {
      expect(configFailure(() => loadMigrations('migrations', { ...opts(liquibase.cwd, chSplit), format })).message).toMatch(/is a Liquibase formatted-SQL changelog/);
    }
    expect(configFailure(() => loadMigrations('migrations', { ...opts(sqitch.cwd), format: 'plain' })).message).toMatch(/is part of a sqitch project/);
    // opik's ClickHouse folder: a master changelog.xml beside the sub-folders of changesets.
    const master = project({ 'changelog.xml': '<databaseChangeLog><includeAll path="migrations/"/></databaseChangeLog>', 'migrations/000001_init.sql': '--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n' });
    expect(configFailure(() => loadMigrations('migrations', opts(master.cwd))).message).toBe('migrations/changelog.xml is a Liquibase changelog, which orders and runs the migrations of migrations: not a layout schemagate reads');
  });

  it("names gobuffalo/pop's per-dialect files (Ory's projects) instead of running MySQL's and SQLite's on this database", () => {
    const { cwd } = project({
      '20200101000000_init.postgres.up.sql': 'CREATE TABLE t (id int PRIMARY KEY);',
      '20200101000000_init.postgres.down.sql': 'DROP TABLE t;',
      '20200102000000_more.postgres.up.sql': 'CREATE TABLE t2 (id int);',
      '20200101000000_init.mysql.up.sql': 'CREATE TABLE t (id int PRIMARY KEY);',
      '20200103000000_col.mysql.up.sql': 'CREATE TABLE t_mysql_only (id int);',
      '20200104000000_lite.sqlite3.up.sql': 'CREATE TABLE l (id INTEGER PRIMARY KEY AUTOINCREMENT);',
      '20200105000000_shared.up.sql': 'CREATE TABLE shared (id int);',
    });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.details.problems!.map((p) => p.message)).toEqual([
      "migrations/20200101000000_init.mysql.up.sql and 1 other .mysql.up.sql file(s) are migrations for mysql only (gobuffalo/pop's per-dialect files), a layout schemagate does not read: as golang-migrate files they would run on any database",
      "migrations/20200101000000_init.postgres.up.sql and 1 other .postgres.up.sql file(s) are migrations for postgres only (gobuffalo/pop's per-dialect files), a layout schemagate does not read: as golang-migrate files they would run on any database",
      "migrations/20200104000000_lite.sqlite3.up.sql are migrations for sqlite3 only (gobuffalo/pop's per-dialect files), a layout schemagate does not read: as golang-migrate files they would run on any database",
    ]);
  });

  it("names an undo file with no migration to undo (refinery's unversioned U files) instead of leaving it out without a word", () => {
    const { cwd } = project({ 'V1__initial.sql': 'CREATE TABLE persons (id int);', 'U0__merge_out_of_order.sql': 'CREATE TABLE person_finance (id int);', 'U1__initial.sql': 'DROP TABLE persons;' });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toBe("migrations/U0__merge_out_of_order.sql is an undo migration (U) with no V0__ migration to undo; as refinery reads U files (unversioned migrations that run), it would never run here");
    expect(error.location).toEqual({ file: 'migrations/U0__merge_out_of_order.sql' });
  });

  it("reads Atlas's file directives: txmode none runs outside a transaction, a checkpoint or a custom delimiter is refused at its line", () => {
    const { cwd } = project({ '20240101000000_a.sql': '-- atlas:txmode none\n-- atlas:nolint\n\nCREATE INDEX CONCURRENTLY i ON t (a);\n', '20240102000000_b.sql': 'CREATE TABLE b (id int);\n' });
    expect(loadMigrations('migrations', opts(cwd)).migrations.map((m) => m.transactional)).toEqual([false, true]);
    const checkpoint = project({ '1_a.sql': 'CREATE TABLE a (id int);\n', '2_checkpoint.sql': '-- atlas:checkpoint\n\nCREATE TABLE a (id int);\n' });
    const error = configFailure(() => loadMigrations('migrations', opts(checkpoint.cwd)));
    expect(error.message).toBe('migrations/2_checkpoint.sql:1: atlas:checkpoint marks a checkpoint, which Atlas runs instead of the files before it on an empty database; schemagate runs every file in order, as written');
    const delimiter = project({ '1_a.sql': '-- atlas:delimiter -- end\n\nCREATE TABLE a (id int)\n-- end\n' });
    expect(configFailure(() => loadMigrations('migrations', opts(delimiter.cwd))).location).toEqual({ file: 'migrations/1_a.sql', line: 1 });
  });

  it("names diesel's folders of up.sql and down.sql in the hint, not Prisma's, and does not suggest a format when one is set", () => {
    const { cwd } = project({ '2019-02-26-002946_create_user/up.sql': 'CREATE TABLE u (id int);', '2019-02-26-002946_create_user/down.sql': 'DROP TABLE u;' });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toContain('2019-02-26-002946_create_user/ holds 2 .sql files');
    expect(error.hint).toContain("A folder per migration holding up.sql and down.sql is diesel's (and Hasura's) layout, which schemagate does not read");
    // With the format set by hand, the hint does not send the user back to it.
    const forced = project({ '1_a.sql': 'SELECT 1;', 'orig/1_a.sql': 'SELECT 1;' });
    expect(configFailure(() => loadMigrations('migrations', { ...opts(forced.cwd, chSplit), format: 'clickhouse-migrations' })).hint).toBe('Move files that are not migrations out of the migrations folder: `format` is clickhouse-migrations, whose migrations these are not.');
  });

  it('names a Prisma folder\'s migration written in code (formbricks\' migration.ts), not "no migration.sql"', () => {
    const { cwd } = project({ 'migration_lock.toml': 'provider = "postgresql"\n', '20240101000000_init/migration.sql': 'SELECT 1;', '20240102000000_data/migration.ts': 'export default {}' });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toBe('migrations/20240102000000_data/migration.ts is a migration written in code (.ts), which schemagate cannot run: read as a prisma folder, it would be skipped');
  });

  it('names a FIFO named like a migration file instead of waiting forever to read it', () => {
    const { cwd, root } = project({ '0001_a.sql': 'SELECT 1;' });
    execFileSync('mkfifo', [path.join(root, '0002_b.sql')]);
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toBe('migrations/0002_b.sql is not a regular file (a FIFO, a socket or a device), so it is not read');
  });

  it.each(['0002_b.sql ', '0002_b.sql.txt', '0002_b.psql', '0002_b.sq'])('refuses %j, named like a migration but not quite .sql', (name) => {
    const { cwd } = project({ '0001_a.sql': 'SELECT 1;', [name]: 'SELECT 2;' });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toBe(`${JSON.stringify(`migrations/${name}`)} is named like a migration but does not end in .sql, so no layout reads it`);
  });

  it('reads Flyway\'s script configuration with its script, and leaves a README alone', () => {
    const { cwd } = project({ 'V1__a.sql': 'SELECT 1;', 'V1__a.sql.conf': 'executeInTransaction=false\n', 'README.md': '# notes' });
    expect(loadMigrations('migrations', opts(cwd)).migrations.map((m) => [m.id, m.transactional])).toEqual([['1', false]]);
  });

  it('refuses a folder named like a migration file that holds no .sql file', () => {
    const { cwd, root } = project({ '0001_a.sql': 'SELECT 1;', '0002_b.sql/notes.txt': 'the migration was saved as a folder' });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toBe('migrations/0002_b.sql is a folder, not a migration file, and the plain layout reads no .sql file in it');
    expect(error.location).toEqual({ file: 'migrations/0002_b.sql' });
    fs.rmSync(path.join(root, '0002_b.sql'), { recursive: true });
    fs.mkdirSync(path.join(root, '0002_b.sql'));
    expect(configFailure(() => loadMigrations('migrations', opts(cwd))).message).toMatch(/0002_b\.sql is a folder/);
  });

  it('reports three different problems of one folder at once, each with file and line', () => {
    const { cwd } = project({
      '0001_a.sql': 'SELECT 1;',
      '1_b.sql': 'SELECT 2;',
      '0002_c.sql': '-- schemagate:no-transactions\nSELECT 3;',
      'notes.sql': 'SELECT 4;',
    });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.message).toMatch(/^3 configuration problems in migrations; first: /);
    expect(error.details.problems!.map((p) => p.location)).toEqual(
      expect.arrayContaining([{ file: 'migrations/0002_c.sql', line: 1 }, { file: 'migrations/notes.sql' }, { file: 'migrations/1_b.sql' }]),
    );
    expect(error.details.problems).toHaveLength(3);
  });

  it('hints at golang-migrate, not renumbering, for an up/down pair read as plain', () => {
    const { cwd } = project({ '0001_a.up.sql': 'SELECT 1;', '0001_a.down.sql': 'SELECT 2;' });
    const error = configFailure(() => loadMigrations('migrations', { ...opts(cwd), format: 'plain' }));
    expect(error.hint).toContain('golang-migrate');
    expect(error.hint).not.toContain('renumber');
  });

  it('asks for `format` when two layouts claim a folder equally', () => {
    const { cwd } = project({ '1_a.sql': '-- +goose Up\nSELECT 1;', '2_b.sql': '-- migrate:up\nSELECT 2;' });
    expect(configFailure(() => loadMigrations('migrations', opts(cwd))).hint).toContain('Set `format`');
  });
});

describe('layouts read by their tools rules', () => {
  it('compares Flyway versions as numbers, dotted or underscored, and keeps the id as flyway writes it', () => {
    const { cwd } = project({ 'V1__a.sql': 'SELECT 1;', 'V1_10__c.sql': 'SELECT 3;', 'V1.2__b.sql': 'SELECT 2;', 'U1.2__b.sql': 'SELECT 0;', 'V2__d.sql': '' });
    const set = loadMigrations('migrations', opts(cwd));
    expect(set.layout).toBe('flyway');
    expect(set.migrations.map((m) => [m.id, m.order])).toEqual([['1', [1n]], ['1.2', [1n, 2n]], ['1.10', [1n, 10n]], ['2', [2n]]]);
    expect(set.migrations.at(-1)!.statements).toEqual([]);
    const clash = project({ 'V1.1__a.sql': 'SELECT 1;', 'V1_1__b.sql': 'SELECT 2;' });
    expect(configFailure(() => loadMigrations('migrations', opts(clash.cwd))).message).toContain('have the same version 1.1');
  });

  it('reads a dbmate file: only the up block, transaction:false honoured, SQL outside the blocks refused', () => {
    const { cwd } = project({ '20240101_a.sql': '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (a);\n-- migrate:down\nDROP INDEX i;\n' });
    const [m] = loadMigrations('migrations', opts(cwd)).migrations;
    expect([m!.transactional, m!.statements.map((s) => [s.line, s.sql])]).toEqual([false, [[2, 'CREATE INDEX CONCURRENTLY i ON t (a)']]]);
    const bad = project({ '1_a.sql': 'SELECT 0;\n-- migrate:up\nSELECT 1;\n' });
    expect(configFailure(() => loadMigrations('migrations', { ...opts(bad.cwd), format: 'dbmate' })).location).toEqual({ file: 'migrations/1_a.sql', line: 1 });
  });

  it('refuses an indented or capitalised dbmate marker, which dbmate would not see: its down block would run as part of the up block', () => {
    for (const marker of ['    -- migrate:down', '-- Migrate:Down', '\t--migrate:down']) {
      const { cwd } = project({ '20240102_b.sql': `-- migrate:up\nCREATE TABLE t2 (id int);\n\n${marker}\nDROP TABLE t2;\n` });
      const failure = configFailure(() => loadMigrations('migrations', { ...opts(cwd), format: 'dbmate' }));
      expect(failure.location).toEqual({ file: 'migrations/20240102_b.sql', line: 4 });
      expect(failure.message).toContain('is not a marker as written: dbmate reads -- migrate:up and -- migrate:down only at the start of a line');
    }
  });

  it('refuses a down section in a layout that runs the whole file, unless only comments follow its marker', () => {
    const dbmateAsPlain = project({ '0001_a.sql': '-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n' });
    const failure = configFailure(() => loadMigrations('migrations', { ...opts(dbmateAsPlain.cwd), format: 'plain' }));
    expect(failure.location).toEqual({ file: 'migrations/0001_a.sql', line: 3 });
    expect(failure.message).toContain('"-- migrate:down" starts dbmate\'s down section, and this layout runs every statement of the file');
    expect(failure.hint).toContain('Set `format` to dbmate');
    const gooseAsFlyway = project({ 'V1__a.sql': 'CREATE TABLE a (id int);\n\n  -- +goose down\nDROP TABLE a;\n' });
    expect(configFailure(() => loadMigrations('migrations', { ...opts(gooseAsFlyway.cwd), format: 'flyway' })).location).toEqual({ file: 'migrations/V1__a.sql', line: 3 });
    // A rollback kept as comments runs nothing: accepted.
    const commented = project({ '0001_a.sql': 'CREATE TABLE a (id int);\n-- Down Migration\n-- DROP TABLE a;\n' });
    expect(loadMigrations('migrations', { ...opts(commented.cwd), format: 'plain' }).migrations[0]!.statements.map((s) => s.sql)).toEqual(['CREATE TABLE a (id int)']);
  });

  it.each([
    // rubenv/sql-migrate and micrate: goose's sections under other names.
    ['sql-migrate', '-- +migrate Up\nCREATE TABLE people (id int);\n\n-- +migrate Down\nDROP TABLE people;\n', 4],
    ['micrate', '-- +micrate Up\nCREATE TABLE people (id int);\n-- +micrate Down\nDROP TABLE people;\n', 3],
    // jackc/tern: what is below its marker undoes what is above.
    ['tern', 'create table t1(id serial primary key);\n\n---- create above / drop below ----\n\ndrop table t1;\n', 3],
  ])('refuses %s\'s down section in a plain folder, naming the tool, before anything runs', (tool, sql, line) => {
    const { cwd } = project({ '001_create.sql': sql });
    const failure = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(failure.location).toEqual({ file: 'migrations/001_create.sql', line });
    expect(failure.message).toContain(`starts ${tool}'s down section, and this layout runs every statement of the file`);
    expect(failure.hint).toContain(`schemagate does not read ${tool}'s files: keep what is above this line as the migration`);
  });

  it('refuses a goose file whose SQL comes before -- +goose Up', () => {
    const { cwd } = project({ '1_a.sql': 'SELECT 0;\n-- +goose Up\nSELECT 1;\n' });
    expect(configFailure(() => loadMigrations('migrations', { ...opts(cwd), format: 'goose' })).location).toEqual({ file: 'migrations/1_a.sql', line: 1 });
  });
});

describe('a migration\'s own BEGIN ... COMMIT blocks', () => {
  it('run inside schemagate\'s transaction without them; an unpaired COMMIT or a no-transaction file keeps every statement', () => {
    const { cwd, root: r } = project({
      '0001_wrapped.sql': '-- AlterEnum\nBEGIN;\nCREATE TABLE b (id int);\nCREATE TABLE c (id int);\nCOMMIT;\n',
      '0002_blocks.sql': 'CREATE TABLE d (id int);\nBEGIN;\nCREATE TABLE e (id int);\nCOMMIT;\nCREATE TABLE f (id int);\nSTART TRANSACTION;\nCREATE TABLE g (id int);\nEND;\n',
      '0003_unpaired.sql': 'BEGIN;\nCREATE TABLE h (id int);\nCOMMIT;\nCREATE TABLE i (id int);\nCOMMIT;\n',
      '0004_nt.sql': '-- schemagate:no-transaction\nBEGIN;\nCREATE TABLE j (id int);\nCOMMIT;\n',
    });
    const [wrapped, blocks, unpaired, nt] = loadFolder(r, opts(cwd)).migrations;
    expect(wrapped!.statements.map((s) => [s.index, s.line, s.sql])).toEqual([
      [0, 3, 'CREATE TABLE b (id int)'],
      [1, 4, 'CREATE TABLE c (id int)'],
    ]);
    expect(blocks!.statements.map((s) => s.line)).toEqual([1, 3, 5, 7]);
    expect(unpaired!.statements).toHaveLength(5);
    expect(nt!.statements).toHaveLength(3);
  });
});

describe('a Prisma migration of one statement that cannot run in a transaction block', () => {
  it('runs without one, as Prisma sends the file as one script; with other statements beside it, it stays in the transaction', () => {
    const { cwd, root: r } = project({
      'migration_lock.toml': 'provider = "postgresql"\n',
      '20240101000001_index/migration.sql': '-- CreateIndex\nCREATE INDEX CONCURRENTLY "t_a_idx" ON "t"("a");\n',
      '20240101000002_more/migration.sql': 'CREATE TABLE u (id int);\nCREATE INDEX CONCURRENTLY u_id ON u (id);\n',
      '20240101000003_plain/migration.sql': 'CREATE INDEX t_b_idx ON t (b);\n',
    });
    const migrations = loadMigrations(r, { ...opts(cwd), format: 'prisma' }).migrations;
    expect(migrations.map((m) => [m.id, m.transactional])).toEqual([
      ['20240101000001', false],
      ['20240101000002', true],
      ['20240101000003', true],
    ]);
  });
});

describe('a golang-migrate up file of one statement that cannot run in a transaction block', () => {
  it('runs without one, as golang-migrate sends the file as one query (ente\'s index migrations); beside other statements it stays in the transaction', () => {
    const { cwd, root: r } = project({
      '1_t.up.sql': 'CREATE TABLE t (id int);\n',
      '1_t.down.sql': 'DROP TABLE t;\n',
      '2_t_idx.up.sql': 'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_id ON t (id);\n',
      '3_more.up.sql': 'CREATE TABLE u (id int);\nCREATE INDEX CONCURRENTLY u_id ON u (id);\n',
    });
    const migrations = loadMigrations(r, opts(cwd)).migrations;
    expect(migrations.map((m) => [m.id, m.transactional])).toEqual([
      ['1', true],
      ['2', false],
      ['3', true],
    ]);
  });
});

describe("sqlx's first-line -- no-transaction", () => {
  it('runs the file outside a transaction, as sqlx does, in a plain or up/down folder; anywhere else the line is a comment', () => {
    const plainFolder = project({
      '20240101000000_t.sql': 'CREATE TABLE t (id int);\n',
      '20240102000000_t_idx.sql': '-- no-transaction\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n',
      '20240103000000_u.sql': 'CREATE TABLE u (id int);\n-- no-transaction\nCREATE INDEX u_id ON u (id);\n',
      '20240104000000_v.sql': '-- no-transaction here, says a comment\nCREATE TABLE v (id int);\n',
    });
    expect(loadMigrations(plainFolder.root, opts(plainFolder.cwd)).migrations.map((m) => [m.id, m.transactional])).toEqual([
      ['20240101000000', true],
      ['20240102000000', false],
      ['20240103000000', true],
      ['20240104000000', true],
    ]);
    const reversible = project({ '20240101000000_t.up.sql': '-- no-transaction\nCREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n', '20240101000000_t.down.sql': 'DROP TABLE t;\n' });
    expect(loadMigrations(reversible.root, opts(reversible.cwd)).migrations.map((m) => [m.id, m.transactional])).toEqual([['20240101000000', false]]);
  });
});

describe('a Flyway migration whose every statement cannot run in a transaction block', () => {
  it('runs without one, as Flyway runs it (conductor\'s V9__indexing_index_fix.sql); mixed with others, it stays in the transaction', () => {
    const { cwd, root: r } = project({
      'V1__init.sql': 'CREATE TABLE t (id int, v int);\n',
      'V2__idx.sql': 'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_v_idx ON t (v);\nDROP INDEX CONCURRENTLY IF EXISTS t_old_idx;\n',
      'V3__mixed.sql': 'CREATE TABLE u (id int);\nCREATE INDEX CONCURRENTLY u_id ON u (id);\n',
      'R__view.sql': 'REINDEX TABLE CONCURRENTLY t;\n',
    });
    const migrations = loadMigrations(r, { ...opts(cwd), format: 'flyway' }).migrations;
    expect(migrations.map((m) => [m.id, m.transactional])).toEqual([
      ['1', true],
      ['2', false],
      ['3', true],
      ['R__view', false],
    ]);
  });
});

describe('the order of a Prisma folder', () => {
  it('is the folders\' names as text, as Prisma applies them: a short timestamp after the longer ones it prefixes, shared timestamps by name', () => {
    const { cwd, root: r } = project({
      'migration_lock.toml': 'provider = "postgresql"\n',
      '20250626000000_z/migration.sql': 'SELECT 6;\n',
      '20250625_pivot/migration.sql': 'SELECT 5;\n',
      '20250625120000_y/migration.sql': 'SELECT 4;\n',
      '20250624000000_b/migration.sql': 'SELECT 3;\n',
      '20250624000000_a/migration.sql': 'SELECT 2;\n',
      '20240101000000_init/migration.sql': 'SELECT 1;\n',
    });
    const migrations = loadMigrations(r, { ...opts(cwd), format: 'prisma' }).migrations;
    const byName = fs.readdirSync(r).filter((d) => d !== 'migration_lock.toml').sort();
    expect(migrations.map((m) => path.basename(path.dirname(m.file)))).toEqual(byName);
    expect(migrations.map((m) => m.id)).toEqual(['20240101000000', '20250624000000_a', '20250624000000_b', '20250625120000', '20250625', '20250626000000']);
  });
});

describe('a migration kept as a template', () => {
  it.each([
    ['postgres', 'CREATE TABLE a (id int);\nCREATE TABLE ${DATABASE}.logs (id int);\n', 2, '${DATABASE}'],
    ['clickhouse', 'CREATE TABLE IF NOT EXISTS logs {{.SIGNOZ_CLUSTER}}\n(id UInt64) ENGINE = MergeTree ORDER BY id;\n', 1, '{{.SIGNOZ_CLUSTER}}'],
    // supabase/auth: in a quoted name, and a Go template's action in a DO block's body.
    ['postgres', 'CREATE TABLE a (id int);\nCREATE INDEX ON "{{ index .Options "Namespace" }}".identities (user_id);\n', 2, '{{ index .Options "Namespace" }}'],
    ['postgres', 'SELECT 1;\ndo $$\nbegin\n  alter table {{ index .Options "Namespace" }}.flow_state add column x int;\nend $$;\n', 4, '{{ index .Options "Namespace" }}'],
    ['postgres', 'DO LANGUAGE plpgsql $body$ BEGIN\n PERFORM {{ .Namespace }}.f(); END $body$;\n', 2, '{{ .Namespace }}'],
    ['postgres', 'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\n  SELECT count(*) FROM {{.Schema}}.t\n$$;\n', 2, '{{.Schema}}'],
    // River's marker, which its migrator fills with the schema, left in a string's value.
    ['postgres', 'CREATE TABLE /* TEMPLATE: schema */river_migration (id int);\nSELECT to_regclass(\'/* TEMPLATE: schema */river_migration\');\n', 2, '/* TEMPLATE: schema */'],
    ['postgres', "DO\n$body$\nBEGIN\n  IF (SELECT to_regclass('/* TEMPLATE: schema */river_migration') IS NOT NULL) THEN\n    NULL;\n  END IF;\nEND;\n$body$;\n", 4, '/* TEMPLATE: schema */'],
    // bun's (uptrace's ClickHouse migrations): ?ON_CLUSTER, ?CODEC and the like.
    ['clickhouse', 'SELECT 1;\nCREATE TABLE spans ?ON_CLUSTER (id UInt64 Codec(?CODEC)) ENGINE = MergeTree ORDER BY id;\n', 2, '?ON_CLUSTER'],
    ['postgres', 'CREATE TABLE a (id int);\nALTER TABLE ?TableName ADD COLUMN b int;\n', 2, '?TableName'],
  ] as const)('is refused on %s at the unfilled placeholder\'s line', (engine, sql, line, placeholder) => {
    const { cwd } = project({ '0001_a.sql': sql });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd, engine === 'postgres' ? pgSplit : chSplit)));
    expect(error.message).toBe(`migrations/0001_a.sql:${line}: ${placeholder} is a template placeholder, left unfilled: schemagate runs each migration as written`);
    expect(error.location).toEqual({ file: 'migrations/0001_a.sql', line });
  });

  it('is not seen in a string, a comment or a function body', () => {
    const { cwd } = project({ '0001_a.sql': "-- ${NOT_A_PLACEHOLDER}\nSELECT '${x}', $$ {{y}} $$;\n/* {{z}} */ SELECT 1;\n" });
    expect(loadMigrations('migrations', opts(cwd, pgSplit)).migrations[0]!.statements).toHaveLength(2);
  });

  it("is not a JSON operator's ? nor ClickHouse's ?: on a lower-case name", () => {
    const pg = project({ '0001_a.sql': "SELECT '{\"a\":1}'::jsonb ? 'a', '{}'::jsonb ?| array['b'], '{}'::jsonb ?& array['c'];\n" });
    expect(loadMigrations('migrations', opts(pg.cwd, pgSplit)).migrations[0]!.statements).toHaveLength(1);
    const ch = project({ '0001_a.sql': "SELECT 1 > 0 ?yes : no FROM (SELECT 'y' AS yes, 'n' AS no);\nSELECT '?NOT_IN_A_STRING';\n" });
    expect(loadMigrations('migrations', opts(ch.cwd, chSplit)).migrations[0]!.statements).toHaveLength(2);
  });

  it('is not a Go template kept as data, a Mustache text built in a body, or River\'s marker where it is a comment', () => {
    const { cwd } = project({
      '0001_a.sql': [
        // Supabase's own email templates are Go templates, stored as text.
        "INSERT INTO templates VALUES ('confirm', '<a href=\"{{ .ConfirmationURL }}\">Confirm</a>'), ('reset', $t$ {{ .Token }} $t$);",
        "CREATE FUNCTION greet(n text) RETURNS text LANGUAGE sql AS $$ SELECT replace('Hello {{name}}', '{{name}}', n) $$;",
        'CREATE TABLE /* TEMPLATE: schema */river_job (id int);',
        "CREATE FUNCTION notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO /* TEMPLATE: schema */river_job VALUES (1); RETURN NULL; END $$;",
        '',
      ].join('\n'),
    });
    expect(loadMigrations('migrations', opts(cwd, pgSplit)).migrations[0]!.statements).toHaveLength(4);
  });
});

describe('a statement only psql can run', () => {
  it.each([
    ["INSERT INTO t VALUES (1);\nCOPY t (a, b) FROM stdin;\n1\tx\n\\.\n", 2, 'COPY ... FROM STDIN'],
    ["CREATE TABLE t (a int);\n\\copy t from 'rows.csv' csv\n", 2, 'the psql meta-command \\copy'],
    // graphile-migrate's files: psql fills the variables in.
    ['CREATE ROLE app;\nGRANT ALL ON SCHEMA public TO :DATABASE_OWNER;\n', 2, 'the psql variable :DATABASE_OWNER'],
    ["CREATE ROLE app;\nCOMMENT ON ROLE app IS :'note';\n", 2, "the psql variable :'note'"],
  ])('is refused at its line before anything runs: %j', (sql, line, what) => {
    const { cwd } = project({ '0001_a.sql': sql });
    const error = configFailure(() => loadMigrations('migrations', opts(cwd)));
    expect(error.location).toEqual({ file: 'migrations/0001_a.sql', line });
    expect(error.message).toContain(what);
  });

  it('is not COPY TO STDOUT, a backslash in a string, an array slice or a cast', () => {
    const { cwd } = project({ '0001_a.sql': "COPY (SELECT 1) TO STDOUT;\nSELECT E'\\\\copy';\nSELECT a[1:n], b[lo:hi], c::text, ':x' FROM t;\nDO $$ BEGIN PERFORM 1; END $$;\n" });
    expect(loadMigrations('migrations', opts(cwd)).migrations[0]!.statements).toHaveLength(4);
  });
});
