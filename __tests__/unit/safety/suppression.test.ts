import { beforeAll, describe, expect, it } from '@jest/globals';
import { SchemagateError } from '../../../src/errors.js';
import { analyzeClickHouse } from '../../../src/dialects/clickhouse/safety.js';
import { loadPostgresParser, type PostgresParser } from '../../../src/dialects/postgres/parser.js';
import { analyzePostgres } from '../../../src/dialects/postgres/safety.js';
import { ruleDocs } from '../../../src/safety/index.js';
import { readDirectives } from '../../../src/sources/files.js';
import { brief, migration } from './support.js';

let parser: PostgresParser;
beforeAll(async () => {
  parser = await loadPostgresParser();
});

const EXISTING = new Set(['public.users', 'public.orders']);
const analyze = (sql: string) => analyzePostgres(migration(sql), { existingTables: EXISTING }, parser).map(brief);

describe('waivers', () => {
  it.each([
    {
      name: 'schemagate:allow on the line above, with a reason',
      sql: '-- schemagate:allow require-concurrent-index-creation users has 40 rows\nCREATE INDEX u ON users (email);',
      expected: [{ rule: 'require-concurrent-index-creation', line: 2, table: 'public.users', suppressed: 'users has 40 rows' }],
    },
    {
      name: 'in a comment block directly above',
      sql: '-- schemagate:allow ban-drop-table replaced by accounts (ticket 12)\n-- (kept for a week)\nDROP TABLE orders;',
      expected: [{ rule: 'ban-drop-table', line: 3, table: 'public.orders', suppressed: 'replaced by accounts (ticket 12)' }],
    },
    {
      name: 'after the statement on its last line',
      sql: 'CREATE INDEX u\n  ON users (email); -- schemagate:allow require-concurrent-index-creation tiny table',
      expected: [{ rule: 'require-concurrent-index-creation', line: 1, table: 'public.users', suppressed: 'tiny table' }],
    },
    {
      name: 'several rules at once',
      sql: '-- schemagate:allow ban-drop-column,renaming-column expand/contract step 3\nALTER TABLE users DROP COLUMN a;',
      expected: [{ rule: 'ban-drop-column', line: 2, table: 'public.users', suppressed: 'expand/contract step 3' }],
    },
    {
      name: 'a blank line detaches the comment',
      sql: '-- schemagate:allow ban-drop-table gone\n\nDROP TABLE orders;',
      expected: [{ rule: 'ban-drop-table', line: 3, table: 'public.orders', suppressed: undefined }],
    },
    {
      name: 'another rule is not waived',
      sql: '-- schemagate:allow ban-drop-column not this one\nDROP TABLE orders;',
      expected: [{ rule: 'ban-drop-table', line: 2, table: 'public.orders', suppressed: undefined }],
    },
    {
      name: 'only the next statement',
      sql: '-- schemagate:allow ban-drop-table one only\nDROP TABLE orders;\nDROP TABLE users;',
      expected: [
        { rule: 'ban-drop-table', line: 2, table: 'public.orders', suppressed: 'one only' },
        { rule: 'ban-drop-table', line: 3, table: 'public.users', suppressed: undefined },
      ],
    },
    {
      name: 'a reason is required',
      sql: '-- schemagate:allow ban-drop-table\nDROP TABLE orders;',
      expected: [
        { rule: 'ban-drop-table', line: 2, table: 'public.orders', suppressed: undefined },
        { rule: 'suppression-without-reason', line: 1, table: undefined, suppressed: undefined },
      ],
    },
    {
      name: 'an unknown rule is reported',
      sql: '-- schemagate:allow ban-drop-tabel typo\nDROP TABLE orders;',
      expected: [
        { rule: 'ban-drop-table', line: 2, table: 'public.orders', suppressed: undefined },
        { rule: 'suppression-unknown-rule', line: 1, table: undefined, suppressed: undefined },
      ],
    },
    {
      name: 'squawk-ignore with a rule list',
      sql: '-- squawk-ignore ban-drop-column, renaming-column\nALTER TABLE users DROP COLUMN a;',
      expected: [{ rule: 'ban-drop-column', line: 2, table: 'public.users', suppressed: "squawk-ignore ban-drop-column, renaming-column (squawk's comment, no reason given)" }],
    },
    {
      name: "squawk-ignore with squawk's name for a rule",
      sql: '-- squawk-ignore ban-concurrent-index-creation-in-transaction\nCREATE INDEX CONCURRENTLY u ON users (a);',
      expected: [{ rule: 'concurrently-in-transaction', line: 2, table: 'public.users', suppressed: expect.stringContaining('squawk-ignore') }],
    },
    {
      name: 'bare squawk-ignore waives every rule',
      sql: '-- squawk-ignore\nTRUNCATE users;',
      expected: [{ rule: 'ban-truncate', line: 2, table: 'public.users', suppressed: expect.stringContaining('squawk-ignore') }],
    },
    {
      name: 'squawk-ignore-file waives the rule in the whole file',
      sql: 'CREATE TABLE t (a int);\n\nDROP TABLE orders;\n-- squawk-ignore-file ban-drop-table\nDROP TABLE users;\nTRUNCATE users;',
      expected: [
        { rule: 'ban-drop-table', line: 3, table: 'public.orders', suppressed: expect.stringContaining('squawk-ignore-file') },
        { rule: 'ban-drop-table', line: 5, table: 'public.users', suppressed: expect.stringContaining('squawk-ignore-file') },
        { rule: 'ban-truncate', line: 6, table: 'public.users', suppressed: undefined },
      ],
    },
  ])('$name', ({ sql, expected }) => {
    expect(analyze(sql)).toEqual(expected);
  });

  it('works for ClickHouse statements too', () => {
    const sql = '-- schemagate:allow clickhouse-mutation one-off fix of 12 rows\nALTER TABLE events DELETE WHERE id = 1;';
    const [finding] = analyzeClickHouse(migration(sql, { dialect: 'clickhouse' }), { existingTables: new Set() });
    expect(finding).toMatchObject({ rule: 'clickhouse-mutation', line: 2, suppressed: { reason: 'one-off fix of 12 rows' } });
  });
});

describe('the directive reader accepts schemagate:allow anywhere', () => {
  it('after the first statement, without changing transactional', () => {
    const sql = '-- schemagate:no-transaction\nCREATE INDEX CONCURRENTLY a ON t (x);\n-- schemagate:allow ban-drop-table empty\nDROP TABLE old;';
    expect(readDirectives(sql, 'm.sql')).toEqual({ transactional: false });
    expect(readDirectives('SELECT 1;\n-- schemagate:allow ban-truncate why not\nTRUNCATE t;', 'm.sql')).toEqual({ transactional: true });
  });

  it('still rejects an unknown directive and a late no-transaction, naming allow among the known ones', () => {
    expect(() => readDirectives('-- schemagate:allw x y\nSELECT 1;', 'm.sql')).toThrow(/unknown directive schemagate:allw/);
    let hint: string | undefined;
    try {
      readDirectives('-- schemagate:nope\nSELECT 1;', 'm.sql');
    } catch (error) {
      hint = (error as SchemagateError).hint;
    }
    expect(hint).toContain('-- schemagate:allow');
    expect(() => readDirectives('SELECT 1;\n-- schemagate:no-transaction', 'm.sql')).toThrow(/must come before the first statement/);
  });
});

describe('ruleDocs', () => {
  it('documents every rule with a title, why and fix', () => {
    for (const [id, doc] of Object.entries(ruleDocs)) {
      expect(id).toMatch(/^[a-z][a-z0-9-]+$/);
      expect(doc.title.length).toBeGreaterThan(0);
      expect(doc.why.length).toBeGreaterThan(20);
      expect(doc.fix.length).toBeGreaterThan(10);
    }
  });
});
