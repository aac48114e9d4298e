import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { openClickHouseClient } from '../../src/engines/clickhouse/engine.js';
import { parseClickHouseUrl } from '../../src/engines/clickhouse/url.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/** A read-only mode never creates a database, a directory or a journal (issue 11). */
const workspaces: Array<{ cleanup(): void }> = [];
afterAll(() => {
  for (const w of workspaces) w.cleanup();
});

const cases = [
  { engine: 'PGlite', kind: 'postgres', schema: 'public', url: (dir: string) => `pglite://${dir}/data/db`, sql: 'CREATE TABLE users (id int);\n' },
  { engine: 'chDB', kind: 'clickhouse', schema: '', url: (dir: string) => `chdb://${dir}/data/db`, sql: 'CREATE TABLE users (id UInt64) ENGINE = MergeTree ORDER BY id;\n' },
];

describe.each(cases)('on $engine, a path that does not exist', ({ kind, schema, url, sql }) => {
  it('`plan` creates nothing and says the database is empty', async () => {
    const w = workspace({ 'migrations/0001_users.sql': sql });
    workspaces.push(w);
    const outcome = await runMode({ mode: 'plan', 'database-url': url(w.dir) }, w.dir);
    expect(outcome.error).toBeNull();
    expect(outcome.plan!.pending.map((p) => p.migration.id)).toEqual(['0001']);
    expect(outcome.events).toContainEqual({ type: 'engine-notice', message: expect.stringMatching(/data\/db does not exist: read as an empty database/) });
    expect(existsSync(`${w.dir}/data`)).toBe(false);
  });

  it('`verify` creates nothing and reports every expected table missing', async () => {
    const w = workspace({ 'migrations/0001_users.sql': sql });
    workspaces.push(w);
    const snapshot = { format: 'schemagate-snapshot', version: 3, engine: kind, tables: [{ schema, name: 'users', type: 'table', primaryKey: [], columns: [] }] };
    w.write('migrations/schemagate.snapshot.json', JSON.stringify(snapshot));
    const outcome = await runMode({ mode: 'verify', 'database-url': url(w.dir) }, w.dir);
    expect(outcome.verification!.differences.map((d) => d.kind)).toEqual(['missing-table']);
    // Nothing at all where the snapshot's objects live: the hint asks whether this is the database the migrations build.
    expect(outcome.error!.hint).toMatch(schema ? /^The target has no object in public, where the snapshot places its objects: check that it is the database the migrations build/ : /^The target has none of the snapshot's objects, nor any other/);
    expect(existsSync(`${w.dir}/data`)).toBe(false);
  });
});

describe('a plan on an embedded database that does not exist judges safety as apply would there', () => {
  it('chDB: an unqualified table is the URL\'s database\'s, so dropping it after creating it is no finding', async () => {
    const w = workspace({
      'migrations/0001_t.sql': 'CREATE TABLE t (id UInt64) ENGINE = MergeTree ORDER BY id;\n',
      'migrations/0002_drop.sql': 'DROP TABLE app.t;\n',
    });
    workspaces.push(w);
    const outcome = await runMode({ mode: 'plan', 'database-url': `chdb://${w.dir}/data/db?database=app` }, w.dir);
    expect(outcome.error).toBeNull();
    expect(outcome.safety!.findings).toEqual([]);
  });

  it('`snapshot` creates nothing either, and writes no snapshot of nothing', async () => {
    const w = workspace({ 'migrations/0001_users.sql': cases[1]!.sql });
    workspaces.push(w);
    const outcome = await runMode({ mode: 'snapshot', 'database-url': `chdb://${w.dir}/data/db` }, w.dir);
    expect(outcome.error?.message).toMatch(/The target has no tables, views or other objects to snapshot/);
    expect(existsSync(`${w.dir}/data`)).toBe(false);
    expect(existsSync(`${w.dir}/migrations/schemagate.snapshot.json`)).toBe(false);
  });
});

describe('on chDB, a directory that exists but lacks the URL\'s database', () => {
  it('`plan` reads it as empty and does not create the database', async () => {
    const w = workspace({ 'migrations/0001_users.sql': cases[1]!.sql });
    workspaces.push(w);
    const dir = `${w.dir}/data/db`;
    expect((await runMode({ mode: 'apply', 'database-url': `chdb://${dir}?database=other` }, w.dir)).error).toBeNull();
    const outcome = await runMode({ mode: 'plan', 'database-url': `chdb://${dir}?database=app` }, w.dir);
    expect(outcome.error).toBeNull();
    expect(outcome.plan!.pending.map((p) => p.migration.id)).toEqual(['0001']);
    expect(outcome.events).toContainEqual({ type: 'engine-notice', message: expect.stringMatching(/\?database=app does not exist: read as an empty database/) });
    const client = await openClickHouseClient(parseClickHouseUrl(new URL(`chdb://${dir}`)), { journalTable: 'schemagate_journal', clientName: 'test', connectRetries: 0 });
    try {
      const databases = (await client.query<{ name: string }>('SELECT name FROM system.databases')).map((d) => d.name);
      expect(databases).toContain('other');
      expect(databases).not.toContain('app');
    } finally {
      await client.close();
    }
  });
});
