import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadModule, parseSync, scanSync } from 'libpg-query';
import { dialectFor, LexError as SplitError, lineOf, transactionBlocks } from '../../src/dialects/index.js';

const splitSql = (text: string, dialect: 'postgres' | 'clickhouse') => dialectFor(dialect).split(text);
const skipTrivia = (text: string, dialect: 'postgres' | 'clickhouse') => dialectFor(dialect).skipTrivia(text);

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.join(here, '..', 'fixtures', 'sources', 'pg-corpus');

const pg = (text: string) => splitSql(text, 'postgres');
const ch = (text: string) => splitSql(text, 'clickhouse');
const sqls = (statements: { sql: string }[]) => statements.map((s) => s.sql);

function splitError(fn: () => unknown): SplitError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SplitError) return error;
    throw error;
  }
  throw new Error('expected a LexError');
}

describe('splitSql: common behaviour', () => {
  it.each(['postgres', 'clickhouse'] as const)('splits on top-level semicolons, trimmed, without the ; (%s)', (dialect) => {
    expect(splitSql('  SELECT 1 ;\nSELECT 2;SELECT 3  \n', dialect)).toEqual([
      { sql: 'SELECT 1', line: 1 },
      { sql: 'SELECT 2', line: 2 },
      { sql: 'SELECT 3', line: 2 },
    ]);
  });

  it.each(['postgres', 'clickhouse'] as const)('drops empty and comment-only chunks (%s)', (dialect) => {
    expect(splitSql(';; \n -- just a comment;\n ; /* and; this */ ;', dialect)).toEqual([]);
    expect(splitSql('', dialect)).toEqual([]);
    expect(splitSql('SELECT 1;\n-- end of file; bye\n', dialect)).toEqual([{ sql: 'SELECT 1', line: 1 }]);
  });

  it('keeps a last statement that has no semicolon', () => {
    expect(pg('SELECT 1;\n\nSELECT 2')).toEqual([
      { sql: 'SELECT 1', line: 1 },
      { sql: 'SELECT 2', line: 3 },
    ]);
  });

  it('starts a statement at its first token: leading comments are dropped, inner ones kept', () => {
    const text = '-- about users; really\n/* block\n comment; */\n\n  CREATE TABLE users (\n    id int -- the key; yes\n  ) -- trailing\n;';
    expect(pg(text)).toEqual([{ sql: 'CREATE TABLE users (\n    id int -- the key; yes\n  )', line: 5 }]);
  });

  it('counts lines in CRLF files (and old-Mac CR) like in LF files', () => {
    const lf = '-- header\n\nSELECT 1;\n/* x\n y */ SELECT\n 2;\n\n\nSELECT 3;';
    const expected = [3, 5, 9];
    expect(pg(lf).map((s) => s.line)).toEqual(expected);
    expect(pg(lf.replace(/\n/g, '\r\n')).map((s) => s.line)).toEqual(expected);
    expect(pg(lf.replace(/\n/g, '\r')).map((s) => s.line)).toEqual(expected);
    expect(ch(lf.replace(/\n/g, '\r\n')).map((s) => s.line)).toEqual(expected);
    expect(pg(lf.replace(/\n/g, '\r\n'))[1]!.sql).toBe('SELECT\r\n 2');
  });

  it('treats a UTF-8 byte order mark as whitespace', () => {
    expect(pg('\uFEFFSELECT 1;')).toEqual([{ sql: 'SELECT 1', line: 1 }]);
  });

  it.each(['postgres', 'clickhouse'] as const)('does not split inside nested block comments (%s)', (dialect) => {
    expect(splitSql('SELECT 1 /* a /* b */ ; still comment */ + 1; SELECT 2', dialect)).toEqual([
      { sql: 'SELECT 1 /* a /* b */ ; still comment */ + 1', line: 1 },
      { sql: 'SELECT 2', line: 1 },
    ]);
  });

  it.each(['postgres', 'clickhouse'] as const)('reads $$ and $tag$ bodies whole (%s)', (dialect) => {
    const text = 'SELECT $$a;b$$;\nSELECT $fn$ x; $$ not the end; $f$ nor this; $fn$;\nSELECT 1';
    expect(sqls(splitSql(text, dialect))).toEqual(['SELECT $$a;b$$', 'SELECT $fn$ x; $$ not the end; $f$ nor this; $fn$', 'SELECT 1']);
  });

  it('names the construct and the line where an unterminated one starts', () => {
    const cases: Array<[string, 'postgres' | 'clickhouse', RegExp, number]> = [
      ["SELECT 1;\nSELECT 'abc;\nSELECT 2;", 'postgres', /quoted string/, 2],
      ['SELECT 1;\n\nSELECT "abc;', 'postgres', /quoted identifier/, 3],
      ['SELECT 1;\nCREATE FUNCTION f() AS $body$\nBEGIN; END;\n$bod$;', 'postgres', /dollar-quoted string \$body\$/, 2],
      ['SELECT 1; /* a /* b */\nSELECT 2;', 'postgres', /\/\* comment/, 1],
      ['SELECT 1;\r\n\r\nSELECT `abc;', 'clickhouse', /quoted identifier/, 3],
      ["SELECT 1;\nSELECT 'it\\';", 'clickhouse', /quoted string/, 2],
      ['SELECT 1;\nSELECT $$x;', 'clickhouse', /dollar-quoted string \$\$/, 2],
    ];
    for (const [text, dialect, kind, line] of cases) {
      const error = splitError(() => splitSql(text, dialect));
      expect(error.message).toMatch(kind);
      expect(error.message).toMatch(/^Unterminated/);
      expect(error.line).toBe(line);
      expect(error.hint).toBeTruthy();
    }
  });
});

describe('splitSql: Postgres', () => {
  it("escapes quotes by doubling them; a backslash is literal in a standard string", () => {
    expect(sqls(pg("SELECT 'it''s; fine'; SELECT 'a\\'; SELECT 2"))).toEqual(["SELECT 'it''s; fine'", "SELECT 'a\\'", 'SELECT 2']);
  });

  it("honours backslash escapes in E'' strings only", () => {
    expect(sqls(pg("SELECT E'it\\'s; \\\\'; SELECT e'x''y;'; SELECT 2"))).toEqual([
      "SELECT E'it\\'s; \\\\'",
      "SELECT e'x''y;'",
      'SELECT 2',
    ]);
    // A doubled quote inside an E string does not end it, so the backslash after it still escapes.
    expect(sqls(pg("SELECT E'x''\\';'; SELECT 2"))).toEqual(["SELECT E'x''\\';'", 'SELECT 2']);
    // `be'...'` is the identifier `be` followed by a standard string, not an E string.
    expect(sqls(pg("SELECT be'a\\'; SELECT 2"))).toEqual(["SELECT be'a\\'", 'SELECT 2']);
  });

  it('doubles quotes in quoted identifiers and does not treat backticks as quotes', () => {
    expect(sqls(pg('SELECT "a"";b" FROM t; SELECT 2'))).toEqual(['SELECT "a"";b" FROM t', 'SELECT 2']);
    expect(sqls(pg('SELECT `a; SELECT 2'))).toEqual(['SELECT `a', 'SELECT 2']);
  });

  it('does not take $1 parameters or $ inside identifiers for dollar quotes', () => {
    expect(sqls(pg('SELECT $1; SELECT $2'))).toEqual(['SELECT $1', 'SELECT $2']);
    expect(sqls(pg('SELECT 1 AS a$b$; SELECT 2 AS x$$'))).toEqual(['SELECT 1 AS a$b$', 'SELECT 2 AS x$$']);
  });

  it('ends -- comments at the end of the line, CR included', () => {
    expect(pg('SELECT 1 -- c; \r\n + 1; SELECT 2 --x;\rSELECT 3')).toEqual([
      { sql: 'SELECT 1 -- c; \r\n + 1', line: 1 },
      { sql: 'SELECT 2 --x;\rSELECT 3', line: 2 },
    ]);
  });

  it('does not treat # as a comment', () => {
    expect(sqls(pg("SELECT 1 # 2; SELECT '{}'::jsonb #- '{a}'"))).toEqual(['SELECT 1 # 2', "SELECT '{}'::jsonb #- '{a}'"]);
  });

  it('keeps BEGIN ATOMIC bodies whole, CASE ... END included', () => {
    const text = [
      'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql',
      'BEGIN ATOMIC',
      '  SELECT CASE WHEN a > 0 THEN 1 END;',
      '  SELECT a;',
      'END;',
      'create or replace procedure p() language sql begin atomic select 1; end;',
      'SELECT 2',
    ].join('\n');
    expect(pg(text)).toEqual([
      { sql: text.slice(0, text.indexOf('\nEND;') + 4), line: 1 },
      { sql: 'create or replace procedure p() language sql begin atomic select 1; end', line: 6 },
      { sql: 'SELECT 2', line: 7 },
    ]);
  });

  it('splits BEGIN; ... COMMIT; and columns named begin as ordinary statements', () => {
    expect(sqls(pg('BEGIN; CREATE TABLE t (begin int, atomic int); COMMIT;'))).toEqual([
      'BEGIN',
      'CREATE TABLE t (begin int, atomic int)',
      'COMMIT',
    ]);
    // A dollar-quoted plpgsql body's BEGIN is inside the string: no atomic block opens.
    expect(sqls(pg('CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$; SELECT 1'))).toHaveLength(2);
  });

  it('does not split on semicolons inside parentheses (CREATE RULE actions)', () => {
    expect(sqls(pg('CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); NOTIFY t); SELECT 1'))).toEqual([
      'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); NOTIFY t)',
      'SELECT 1',
    ]);
  });

  it('is not fooled by a ClickHouse-style backslash escape', () => {
    // Postgres: 'a\' is a complete string, so the ; after it ends the statement.
    expect(sqls(pg("SELECT 'a\\'; SELECT 'b'"))).toEqual(["SELECT 'a\\'", "SELECT 'b'"]);
  });
});

describe('splitSql: ClickHouse', () => {
  it('honours backslash escapes and doubled quotes in strings and identifiers', () => {
    expect(sqls(ch("SELECT 'a\\'; b', 'c''; d'; SELECT 2"))).toEqual(["SELECT 'a\\'; b', 'c''; d'", 'SELECT 2']);
    expect(sqls(ch('SELECT `a\\`;b`, "c\\";d", "e"";f" FROM t; SELECT 2'))).toEqual([
      'SELECT `a\\`;b`, "c\\";d", "e"";f" FROM t',
      'SELECT 2',
    ]);
  });

  it('recognises # comments (before a space or !) and // comments, as ClickHouse does', () => {
    expect(ch('#!/usr/bin/env clickhouse-local; x\n# note; y\nSELECT 1 // c; z\n;SELECT 2')).toEqual([
      { sql: 'SELECT 1', line: 3 },
      { sql: 'SELECT 2', line: 4 },
    ]);
    // `#x` is not a comment in ClickHouse, so its `;` still splits.
    expect(sqls(ch('SELECT 1 #x; SELECT 2'))).toEqual(['SELECT 1 #x', 'SELECT 2']);
  });

  it('has no BEGIN ATOMIC bodies', () => {
    expect(sqls(ch('CREATE FUNCTION f BEGIN ATOMIC SELECT 1; END'))).toEqual(['CREATE FUNCTION f BEGIN ATOMIC SELECT 1', 'END']);
  });

  it('rejects INSERT ... FORMAT with inline data, at the line of the statement', () => {
    const text = 'CREATE TABLE t (a String) ENGINE = Memory;\n\n-- seed\nINSERT INTO t\nFORMAT CSV\n"x;y"\n"it\'s"\n';
    const error = splitError(() => ch(text));
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/inline data is not supported/);
    expect(error.hint).toMatch(/INSERT \.\.\. VALUES/);
    expect(error.hint).toMatch(/INSERT \.\.\. SELECT/);
    expect(splitError(() => ch('insert into db.t (a, b) settings async_insert = 1 format JSONEachRow {"a": 1}')).line).toBe(1);
  });

  it('accepts FORMAT that is not an INSERT data format', () => {
    const ok = [
      "INSERT INTO t VALUES ('FORMAT CSV'), ('a;b')",
      'INSERT INTO t (format, b) VALUES (1, 2)',
      "INSERT INTO t SELECT format('{};{}', a, b) FROM s",
      'INSERT INTO t WITH x AS (SELECT 1) SELECT * FROM x',
      'SELECT 1 FORMAT JSON',
      "INSERT INTO t SELECT * FROM format(CSV, 'a String', $$x\ny$$)",
    ];
    for (const sql of ok) expect(sqls(ch(`${sql};\nSELECT 2`))).toEqual([sql, 'SELECT 2']);
  });
});

describe('skipTrivia and lineOf', () => {
  it('finds the first token past comments and whitespace', () => {
    const text = '\n-- x;\n /* a /* b */ */ \tSELECT';
    expect(text.slice(skipTrivia(text, 'postgres'))).toBe('SELECT');
    expect(skipTrivia('  -- only a comment', 'postgres')).toBe('  -- only a comment'.length);
    expect(skipTrivia('# c\nSELECT', 'clickhouse')).toBe(4);
  });

  it('counts CRLF, LF and CR line ends once each', () => {
    expect(lineOf('a\r\nb\nc\rd', 'a\r\nb\nc\rd'.indexOf('d'))).toBe(4);
    expect(lineOf('abc', 0)).toBe(1);
  });
});

/**
 * The real Postgres parser (libpg-query) as an oracle: our statements must start where its
 * statements start, and differ from its text only by trailing whitespace and comments.
 */
describe('splitSql agrees with libpg-query', () => {
  beforeAll(async () => {
    await loadModule();
  });

  interface Boundary {
    sql: string;
    line: number;
  }

  function oracle(text: string): Boundary[] {
    const bytes = Buffer.from(text, 'utf8');
    return parseSync(text).stmts!.map((stmt) => {
      // libpg-query reports byte offsets; a 0 length means "to the end of the input".
      const from = stmt.stmt_location ?? 0;
      const to = stmt.stmt_len ? from + stmt.stmt_len : bytes.length;
      const charStart = bytes.subarray(0, from).toString('utf8').length;
      return { sql: bytes.subarray(from, to).toString('utf8'), line: lineOf(text, charStart) };
    });
  }

  // libpg-query's scanner fails on input without any token, so blank text is checked first.
  const onlyComments = (text: string) =>
    text.trim() === '' || scanSync(text).tokens.every((t) => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT');

  function expectSameBoundaries(text: string): void {
    const ours = pg(text);
    const theirs = oracle(text);
    // Line and first word first: a readable diff when the boundaries disagree.
    const summary = (s: Boundary) => `${s.line}: ${s.sql.split(/\s/)[0]}`;
    expect(ours.map(summary)).toEqual(theirs.map(summary));
    ours.forEach((statement, i) => {
      const expected = theirs[i]!;
      expect(statement.line).toBe(expected.line);
      expect(expected.sql.startsWith(statement.sql)).toBe(true);
      expect(onlyComments(expected.sql.slice(statement.sql.length))).toBe(true);
    });
  }

  const corpus = fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(corpusDir, f), 'utf8')] as const);

  it('has a corpus to check', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(3);
    expect(corpus.reduce((n, [, text]) => n + oracle(text).length, 0)).toBeGreaterThan(20);
  });

  it.each(corpus)('%s', (_name, text) => {
    expectSameBoundaries(text);
  });

  it.each(corpus)('%s with CRLF line ends', (_name, text) => {
    expectSameBoundaries(text.replace(/\n/g, '\r\n'));
  });

  it('on random recombinations of the corpus statements', () => {
    const statements = corpus.flatMap(([, text]) => oracle(text).map((s) => s.sql.trimEnd()));
    const separators = [';\n', ';', ' ;\n-- sep; comment\n', ';/* x; /* y */ */', ';\n\n;\r\n'];
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const count = 1 + random(6);
      let text = '';
      for (let i = 0; i < count; i++) text += statements[random(statements.length)]! + separators[random(separators.length)]!;
      expectSameBoundaries(text);
    }
  });
});

describe('a new enum value (usable only once committed)', () => {
  it('is ALTER TYPE ... ADD VALUE, however the type is named or spelt', () => {
    const postgres = dialectFor('postgres');
    expect(postgres.usableOnlyAfterCommit!("ALTER TYPE status ADD VALUE 'b'")).toBe(true);
    expect(postgres.usableOnlyAfterCommit!(`alter type public."Status" add value if not exists 'b' before 'a'`)).toBe(true);
    expect(postgres.usableOnlyAfterCommit!("ALTER TYPE status RENAME VALUE 'a' TO 'b'")).toBe(false);
    expect(postgres.usableOnlyAfterCommit!("SELECT 'alter type x add value'")).toBe(false);
    expect(postgres.usableOnlyAfterCommit!('ALTER TABLE t ADD COLUMN value int')).toBe(false);
    expect(dialectFor('clickhouse').usableOnlyAfterCommit).toBeUndefined();
  });
});

describe('what a statement does to its transaction', () => {
  it('tells a plain BEGIN or COMMIT from other transaction control, and leaves savepoints alone', () => {
    const command = dialectFor('postgres').transactionCommand!;
    const cases: Array<[string, string | null]> = [
      ['BEGIN', 'begin'],
      ['begin work', 'begin'],
      ['START TRANSACTION', 'begin'],
      ['COMMIT', 'commit'],
      ['end transaction', 'commit'],
      ['BEGIN ISOLATION LEVEL SERIALIZABLE', 'other'],
      ['START TRANSACTION READ ONLY', 'other'],
      ['COMMIT AND CHAIN', 'other'],
      ['ROLLBACK', 'other'],
      ['abort', 'other'],
      ['SET TRANSACTION ISOLATION LEVEL REPEATABLE READ', 'other'],
      ["PREPARE TRANSACTION 'x'", 'other'],
      ["COMMIT PREPARED 'x'", 'other'],
      ['ROLLBACK TO SAVEPOINT s', null],
      ['rollback work to s', null],
      ['SAVEPOINT s', null],
      ['RELEASE SAVEPOINT s', null],
      ['PREPARE q AS SELECT 1', null],
      ['SET search_path TO app', null],
      ['SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE', null],
      ['START', null],
      ["DO $$ BEGIN PERFORM 1; END $$", null],
      ['CREATE TABLE commit_log (id int)', null],
    ];
    expect(cases.map(([sql]) => [sql, command(sql)])).toEqual(cases);
    expect(dialectFor('clickhouse').transactionCommand).toBeUndefined();
  });
});

describe('statements that may change their session', () => {
  it('are SET (but SET LOCAL, SET TRANSACTION and SET CONSTRAINTS), RESET and set_config, however spelt', () => {
    const changes = dialectFor('postgres').changesSession!;
    for (const sql of ['SET search_path TO app', 'set statement_timeout = 0', 'SET ROLE owner', 'SET SESSION AUTHORIZATION admin', 'SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY', 'RESET ALL', 'reset role', "SELECT pg_catalog.set_config('search_path', '', false)", "DO $$ BEGIN PERFORM SET_CONFIG ('role', 'x', false); END $$"]) {
      expect([sql, changes(sql)]).toEqual([sql, true]);
    }
    for (const sql of ['SET LOCAL search_path TO app', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE', 'SET CONSTRAINTS ALL DEFERRED', 'UPDATE t SET a = 1', 'ALTER TABLE t ALTER COLUMN a SET DEFAULT 0', 'ALTER ROLE r SET search_path = app', 'CREATE TABLE settings (id int)', 'SELECT reset_counter()']) {
      expect([sql, changes(sql)]).toEqual([sql, false]);
    }
  });

  it('on ClickHouse are SET and USE, but not SET DEFAULT ROLE (it changes a user, not the session)', () => {
    const changes = dialectFor('clickhouse').changesSession!;
    expect(['SET allow_experimental_json_type = 1', 'set mutations_sync=2', 'USE analytics', 'SET ROLE admin', 'SET DEFAULT ROLE r TO u', 'ALTER TABLE t UPDATE a = 1 WHERE 1', 'CREATE TABLE settings (x Int32) ENGINE = Memory'].map(changes)).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('statements Postgres refuses inside a transaction block', () => {
  it('are the concurrent index builds and drops, VACUUM, databases, tablespaces and ALTER SYSTEM', () => {
    const refuses = dialectFor('postgres').refusesTransactionBlock!;
    for (const sql of ['CREATE INDEX CONCURRENTLY i ON t (a)', 'create unique index concurrently if not exists i on t (a)', 'DROP INDEX CONCURRENTLY i', 'REINDEX INDEX CONCURRENTLY i', 'VACUUM t', 'CREATE DATABASE d', 'DROP TABLESPACE s', 'ALTER SYSTEM SET work_mem = 1', 'ALTER TABLE p DETACH PARTITION c CONCURRENTLY']) {
      expect([sql, refuses(sql)]).toEqual([sql, true]);
    }
    for (const sql of ['CREATE INDEX i ON t (a)', 'DROP INDEX i', 'REFRESH MATERIALIZED VIEW CONCURRENTLY v', 'ALTER TABLE t ADD COLUMN concurrently int', "CREATE TABLE t (note text DEFAULT 'vacuum')", 'REINDEX INDEX i']) {
      expect([sql, refuses(sql)]).toEqual([sql, false]);
    }
  });
});

describe('a migration\'s own transaction blocks', () => {
  const blocks = (...sql: string[]) => {
    const { inside, offending } = transactionBlocks(sql.map((text) => ({ sql: text })), dialectFor('postgres').transactionCommand!);
    return { inside: inside.map((s) => s.sql), offending: offending?.sql ?? null };
  };

  it('drops plain, balanced BEGIN ... COMMIT pairs, and names the first statement that is not one', () => {
    expect(blocks('BEGIN', 'CREATE TABLE x ()', 'COMMIT', 'CREATE TABLE y ()', 'START TRANSACTION', 'DROP TABLE x', 'END')).toEqual({ inside: ['CREATE TABLE x ()', 'CREATE TABLE y ()', 'DROP TABLE x'], offending: null });
    expect(blocks('BEGIN', 'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ', 'UPDATE t SET a = 1', 'COMMIT').offending).toBe('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    expect(blocks('CREATE TABLE x ()', 'COMMIT', 'CREATE TABLE y ()').offending).toBe('COMMIT');
    expect(blocks('BEGIN', 'CREATE TABLE x ()').offending).toBe('BEGIN');
    expect(blocks('BEGIN', 'BEGIN', 'COMMIT', 'COMMIT').offending).toBe('BEGIN');
    expect(blocks('SAVEPOINT s', 'ROLLBACK TO s', 'RELEASE s')).toEqual({ inside: ['SAVEPOINT s', 'ROLLBACK TO s', 'RELEASE s'], offending: null });
  });
});
