import { describe, expect, it } from '@jest/globals';
import { analyzeClickHouse } from '../../../src/dialects/clickhouse/safety.js';
import { dialectFor } from '../../../src/dialects/index.js';
import { analyzeMigrations } from '../../../src/safety/index.js';
import type { AnalysisContext } from '../../../src/safety/types.js';
import { migration, rulesOf } from './support.js';

const EXISTING = new Set(['default.events', 'default.users', 'analytics.hits']);
const analyze = (sql: string, context: Partial<AnalysisContext> = {}) =>
  analyzeClickHouse(migration(sql, { dialect: 'clickhouse' }), { existingTables: EXISTING, ...context });

interface Case {
  name: string;
  sql: string;
  cluster?: string;
  expect: Array<{ rule: string; line: number; table?: string }>;
}

/** Single-statement files (robustness is checked in files of several statements only, below). */
const cases: Case[] = [
  { name: 'ALTER ... UPDATE', sql: "ALTER TABLE events UPDATE kind = 'x' WHERE kind = '';", expect: [{ rule: 'clickhouse-mutation', line: 1, table: 'default.events' }] },
  { name: 'ALTER ... DELETE', sql: 'ALTER TABLE analytics.hits\n  DELETE WHERE ts < now() - INTERVAL 1 YEAR;', expect: [{ rule: 'clickhouse-mutation', line: 2, table: 'analytics.hits' }] },
  { name: 'lightweight DELETE', sql: 'DELETE FROM events WHERE id = 1;', expect: [{ rule: 'clickhouse-mutation', line: 1, table: 'default.events' }] },
  { name: 'ADD COLUMN is not a mutation', sql: 'ALTER TABLE events ADD COLUMN note String;', expect: [] },
  { name: 'a column named update is not a mutation', sql: "ALTER TABLE events ADD COLUMN `update` String DEFAULT 'DELETE';", expect: [] },
  { name: 'MATERIALIZE INDEX', sql: 'ALTER TABLE events MATERIALIZE INDEX idx_kind;', expect: [{ rule: 'clickhouse-materialize', line: 1, table: 'default.events' }] },
  { name: 'MATERIALIZE COLUMN', sql: 'ALTER TABLE events MATERIALIZE COLUMN day;', expect: [{ rule: 'clickhouse-materialize', line: 1, table: 'default.events' }] },
  { name: 'ADD INDEX (no MATERIALIZE)', sql: 'ALTER TABLE events ADD INDEX idx_kind kind TYPE set(100) GRANULARITY 4;', expect: [] },
  { name: 'MODIFY COLUMN type', sql: 'ALTER TABLE events MODIFY COLUMN id UInt64;', expect: [{ rule: 'changing-column-type', line: 1, table: 'default.events' }] },
  { name: 'MODIFY COLUMN comment', sql: "ALTER TABLE events MODIFY COLUMN id COMMENT 'the id';", expect: [] },
  { name: 'MODIFY COLUMN default', sql: 'ALTER TABLE events MODIFY COLUMN IF EXISTS id DEFAULT 0;', expect: [] },
  { name: 'DROP TABLE', sql: 'DROP TABLE events;', expect: [{ rule: 'ban-drop-table', line: 1, table: 'default.events' }] },
  { name: 'DROP VIEW', sql: 'DROP VIEW events_mv;', expect: [] },
  { name: 'DROP DATABASE', sql: 'DROP DATABASE IF EXISTS analytics;', expect: [{ rule: 'ban-drop-database', line: 1 }] },
  { name: 'DROP COLUMN', sql: 'ALTER TABLE events DROP COLUMN IF EXISTS legacy;', expect: [{ rule: 'ban-drop-column', line: 1, table: 'default.events' }] },
  { name: 'DROP INDEX', sql: 'ALTER TABLE events DROP INDEX IF EXISTS idx_kind;', expect: [] },
  { name: 'TRUNCATE', sql: 'TRUNCATE TABLE events;', expect: [{ rule: 'ban-truncate', line: 1, table: 'default.events' }] },
  { name: 'DETACH TABLE', sql: 'DETACH TABLE events;', expect: [{ rule: 'ban-detach', line: 1 }] },
  { name: 'DETACH PARTITION', sql: "ALTER TABLE events DETACH PARTITION '2024-01';", expect: [{ rule: 'ban-detach', line: 1, table: 'default.events' }] },
  { name: 'ATTACH PARTITION', sql: "ALTER TABLE events ATTACH PARTITION '2024-01';", expect: [] },
  {
    name: 'materialized view with POPULATE',
    sql: 'CREATE MATERIALIZED VIEW kinds\nENGINE = SummingMergeTree ORDER BY kind\nPOPULATE AS SELECT kind, count() AS n FROM events GROUP BY kind;',
    expect: [{ rule: 'materialized-view-populate', line: 3 }],
  },
  { name: 'materialized view TO a table', sql: 'CREATE MATERIALIZED VIEW kinds TO kind_counts AS SELECT kind, count() AS n FROM events GROUP BY kind;', expect: [] },
  { name: 'POPULATE inside a string is not POPULATE', sql: "CREATE MATERIALIZED VIEW k TO kc AS SELECT 'POPULATE' AS w FROM events;", expect: [] },
  { name: 'no ON CLUSTER with a cluster configured', sql: 'ALTER TABLE events ADD COLUMN IF NOT EXISTS note String;', cluster: 'main', expect: [{ rule: 'on-cluster-mismatch', line: 1 }] },
  { name: 'another cluster', sql: 'ALTER TABLE events ON CLUSTER other ADD COLUMN IF NOT EXISTS note String;', cluster: 'main', expect: [{ rule: 'on-cluster-mismatch', line: 1 }] },
  { name: 'the configured cluster', sql: 'ALTER TABLE events ON CLUSTER main ADD COLUMN IF NOT EXISTS note String;', cluster: 'main', expect: [] },
  { name: 'the configured cluster, quoted macro', sql: "CREATE TABLE IF NOT EXISTS t ON CLUSTER '{cluster}' (id UInt64) ENGINE = ReplicatedMergeTree ORDER BY id;", cluster: '{cluster}', expect: [] },
  { name: 'ON CLUSTER without a cluster configured: said once per migration', sql: 'ALTER TABLE events ON CLUSTER other ADD COLUMN IF NOT EXISTS note String;\nALTER TABLE events ON CLUSTER other ADD COLUMN IF NOT EXISTS more String;', expect: [{ rule: 'cluster-not-configured', line: 1 }] },
  { name: 'no ON CLUSTER and no cluster configured', sql: 'ALTER TABLE events ADD COLUMN note String;', expect: [] },
  { name: 'INSERT needs no ON CLUSTER', sql: 'INSERT INTO users VALUES (1);', cluster: 'main', expect: [] },
  {
    name: 'plain MergeTree on a cluster',
    sql: 'CREATE TABLE t ON CLUSTER main (id UInt64)\nENGINE = MergeTree ORDER BY id;',
    cluster: 'main',
    expect: [{ rule: 'replicated-engine-required', line: 2 }],
  },
  { name: 'plain MergeTree without a cluster', sql: 'CREATE TABLE t (id UInt64) ENGINE = MergeTree ORDER BY id;', expect: [] },
];

describe('ClickHouse rules', () => {
  it.each(cases)('$name', ({ sql, cluster, expect: expected }) => {
    const findings = analyze(sql, cluster === undefined ? {} : { cluster }).map(({ rule, line, table }) => ({ rule, line, ...(table ? { table } : {}) }));
    expect(findings).toEqual(expected);
  });

  it('reports a statement without IF [NOT] EXISTS in a file of several statements (resume is unsafe)', () => {
    const sql = [
      'CREATE TABLE a (id UInt64) ENGINE = MergeTree ORDER BY id;',
      'CREATE TABLE IF NOT EXISTS b (id UInt64) ENGINE = MergeTree ORDER BY id;',
      'ALTER TABLE b ADD COLUMN note String, ADD COLUMN IF NOT EXISTS other String;',
      'DROP VIEW v;',
      'CREATE OR REPLACE VIEW w AS SELECT 1;',
      'INSERT INTO b VALUES (1, 2, 3);',
    ].join('\n');
    expect(analyze(sql).map((f) => [f.rule, f.line])).toEqual([
      ['prefer-robust-stmts', 1],
      ['prefer-robust-stmts', 3],
      ['prefer-robust-stmts', 4],
    ]);
  });

  it('a single-statement file needs no IF [NOT] EXISTS', () => {
    expect(analyze('CREATE TABLE a (id UInt64) ENGINE = MergeTree ORDER BY id;')).toEqual([]);
  });

  it('exempts tables created earlier in the pending set', async () => {
    const mutations = 'ALTER TABLE IF EXISTS fresh UPDATE a = 1 WHERE 1;\nALTER TABLE fresh MODIFY COLUMN IF EXISTS a UInt64;\nDROP TABLE IF EXISTS fresh;';
    const create = migration('CREATE TABLE fresh (a UInt32) ENGINE = MergeTree ORDER BY a;', { file: 'm/0001.sql', dialect: 'clickhouse' });
    const change = migration(mutations, { file: 'm/0002.sql', dialect: 'clickhouse' });
    expect(await analyzeMigrations([create, change], EXISTING, dialectFor('clickhouse'))).toEqual([]);
    const onExisting = await analyzeMigrations([change], new Set(['default.fresh']), dialectFor('clickhouse'));
    expect(onExisting.map((f) => [f.rule, f.line, f.table, f.file])).toEqual([
      ['clickhouse-mutation', 1, 'default.fresh', 'm/0002.sql'],
      ['changing-column-type', 2, 'default.fresh', 'm/0002.sql'],
      ['ban-drop-table', 3, 'default.fresh', 'm/0002.sql'],
    ]);
  });

  it('resolves unqualified names in the configured database', () => {
    expect(analyze('ALTER TABLE hits DELETE WHERE 1;', { defaultSchema: 'analytics' }).map((f) => f.table)).toEqual(['analytics.hits']);
  });

  it('every finding carries severity, statement, message and fix', () => {
    const [finding] = analyze("ALTER TABLE events DELETE WHERE kind = 'x';");
    expect(finding).toMatchObject({
      severity: 'error',
      file: 'migrations/0001_test.sql',
      statement: "ALTER TABLE events DELETE WHERE kind = 'x'",
      message: expect.stringContaining('mutation'),
      fix: expect.stringContaining('system.mutations'),
    });
    expect(rulesOf(analyze('SELECT 1;'))).toEqual([]);
  });
});

describe('ClickHouse rules with the target\'s catalog read', () => {
  const catalog = { catalogKnown: true };
  const pending = (...texts: string[]) => texts.map((sql, i) => migration(sql, { dialect: 'clickhouse', file: `migrations/000${i + 1}_m.sql` }));
  const run = (texts: string[]) => analyzeMigrations(pending(...texts), EXISTING, dialectFor('clickhouse'), { ...catalog, defaultSchema: 'default' });

  it('DROP TABLE IF EXISTS of a table the target lacks raises nothing (SigNoz 000005)', async () => {
    expect(await run(['DROP TABLE IF EXISTS old_thing;'])).toEqual([]);
    expect(rulesOf(await run(['DROP TABLE IF EXISTS events;']))).toEqual(['ban-drop-table']);
  });

  it('a column an earlier pending migration added is dropped without a finding', async () => {
    const found = await run(['ALTER TABLE events ADD COLUMN IF NOT EXISTS tmp UInt8;', 'ALTER TABLE events DROP COLUMN tmp, DROP COLUMN name;']);
    expect(found.map((f) => [f.rule, f.file])).toEqual([['ban-drop-column', 'migrations/0002_m.sql']]);
  });

  it('POPULATE from a table the pending migrations created loses nothing; from the target\'s, a finding', async () => {
    const view = (source: string) => `CREATE MATERIALIZED VIEW IF NOT EXISTS mv_${source} ENGINE = MergeTree ORDER BY a POPULATE AS SELECT a FROM ${source};`;
    expect(await run(['CREATE TABLE IF NOT EXISTS fresh (a UInt8) ENGINE = MergeTree ORDER BY a;', view('fresh')])).toEqual([]);
    expect(rulesOf(await run([view('events')]))).toEqual(['materialized-view-populate']);
  });

  it('RENAME and EXCHANGE move the target\'s rows to the other name', async () => {
    const renamed = await run(['RENAME TABLE events TO events_old;', 'DROP TABLE events_old;']);
    expect(renamed.map((f) => [f.rule, f.table])).toEqual([['ban-drop-table', 'default.events_old']]);
    const exchanged = await run(['CREATE TABLE IF NOT EXISTS events_new (a UInt8) ENGINE = MergeTree ORDER BY a;', 'EXCHANGE TABLES events AND events_new;', 'DROP TABLE events_new;\nDROP TABLE events;']);
    expect(exchanged.filter((f) => f.rule === 'ban-drop-table').map((f) => [f.file, f.line, f.table])).toEqual([['migrations/0003_m.sql', 1, 'default.events_new']]);
  });
});
