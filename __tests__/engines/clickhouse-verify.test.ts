import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChClient } from '../../src/engines/clickhouse/client.js';
import { openClickHouseClient, type ClickHouseEngineOptions } from '../../src/engines/clickhouse/engine.js';
import { parseClickHouseUrl } from '../../src/engines/clickhouse/url.js';
import { startChdbHttpServerProcess, type ChdbHttpServerProcess } from '../support/chdb-http-server.js';
import { SNAPSHOT_VERSION } from '../../src/verify/snapshot.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * Verification sees properties the snapshot did not have (issue 11): a TTL, a skipping index, a
 * codec or a projection added after the snapshot, or an engine argument changed, each fails
 * `verify` naming the table and the property, on chDB in this process and over HTTP.
 */
const DIR = mkdtempSync(path.join(tmpdir(), 'schemagate-chverify-'));
const dirs = [DIR];
let server: ChdbHttpServerProcess | undefined;
const workspaces: Array<{ cleanup(): void }> = [];
const engineOptions: ClickHouseEngineOptions = { journalTable: 'schemagate_journal', clientName: 'schemagate-test', connectRetries: 0 };
let keepAlive: ChClient;

beforeAll(async () => {
  keepAlive = await openClickHouseClient(parseClickHouseUrl(new URL(`chdb://${DIR}`)), engineOptions);
});

afterAll(async () => {
  await keepAlive?.close();
  await server?.close();
  for (const w of workspaces) w.cleanup();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function withClient<T>(url: string, fn: (client: ChClient) => Promise<T>): Promise<T> {
  const client = await openClickHouseClient(parseClickHouseUrl(new URL(url)), engineOptions);
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

const SCHEMA = [
  'CREATE TABLE t_ttl (id UInt64, ts DateTime) ENGINE = MergeTree ORDER BY id;',
  'CREATE TABLE t_index (id UInt64, v String) ENGINE = MergeTree ORDER BY id;',
  'CREATE TABLE t_granularity (id UInt64, v UInt64, INDEX v_minmax v TYPE minmax GRANULARITY 1) ENGINE = MergeTree ORDER BY id;',
  'CREATE TABLE t_codec (id UInt64, v String) ENGINE = MergeTree ORDER BY id;',
  'CREATE TABLE t_projection (id UInt64, v String) ENGINE = MergeTree ORDER BY id;',
  'CREATE TABLE t_engine (id UInt64, ver UInt32, ts DateTime) ENGINE = ReplacingMergeTree(ver) ORDER BY id;',
  'CREATE TABLE totals (id UInt64) ENGINE = MergeTree ORDER BY id;',
  'CREATE TABLE other_totals (id UInt64) ENGINE = MergeTree ORDER BY id;',
  'CREATE MATERIALIZED VIEW t_mv TO totals AS SELECT id FROM t_index;',
  "CREATE DICTIONARY t_dict (id UInt64, v String) PRIMARY KEY id SOURCE(CLICKHOUSE(TABLE 't_index')) LAYOUT(HASHED()) LIFETIME(300);",
].join('\n');

const CHANGES = [
  'ALTER TABLE t_ttl MODIFY TTL ts + INTERVAL 1 DAY',
  'ALTER TABLE t_index ADD INDEX v_idx v TYPE bloom_filter GRANULARITY 4',
  // Only the granularity changes: the index reads the same otherwise.
  'ALTER TABLE t_granularity DROP INDEX v_minmax',
  'ALTER TABLE t_granularity ADD INDEX v_minmax v TYPE minmax GRANULARITY 8',
  'ALTER TABLE t_codec MODIFY COLUMN v String CODEC(ZSTD(3))',
  'ALTER TABLE t_projection ADD PROJECTION by_v (SELECT id, v ORDER BY v)',
  'DROP TABLE t_engine',
  'CREATE TABLE t_engine (id UInt64, ver UInt32, ts DateTime) ENGINE = ReplacingMergeTree(ts) ORDER BY id',
  'DROP TABLE t_mv',
  'CREATE MATERIALIZED VIEW t_mv TO other_totals AS SELECT id FROM t_index',
  'DROP DICTIONARY t_dict',
  "CREATE DICTIONARY t_dict (id UInt64, v String) PRIMARY KEY id SOURCE(CLICKHOUSE(TABLE 't_index')) LAYOUT(FLAT()) LIFETIME(300)",
];

/** The snapshot as an older schemagate wrote it: its version, without the properties it could not state. */
function olderSnapshot(text: string, version: number, without: string[]): string {
  const snapshot = JSON.parse(text) as { version: number; tables: Array<{ properties?: Record<string, string> }> };
  snapshot.version = version;
  for (const table of snapshot.tables) for (const key of without) delete table.properties?.[key];
  return JSON.stringify(snapshot, null, 2);
}

async function driftAfterSnapshot(url: string) {
  const w = workspace({ 'migrations/0001_tables.sql': SCHEMA });
  workspaces.push(w);
  expect((await runMode({ mode: 'apply', 'database-url': url }, w.dir)).status).toBe('ok');
  expect((await runMode({ mode: 'snapshot', 'database-url': url }, w.dir)).snapshotWritten).toBe('migrations/schemagate.snapshot.json');
  const snapshot = w.read('migrations/schemagate.snapshot.json');
  expect(snapshot).toContain(`"version": ${SNAPSHOT_VERSION}`);
  expect((await runMode({ mode: 'verify', 'database-url': url }, w.dir)).status).toBe('ok');

  await withClient(url, async (c) => {
    for (const sql of CHANGES) await c.command(sql);
  });
  const verified = await runMode({ mode: 'verify', 'database-url': url }, w.dir);
  expect(verified.status).toBe('drift');
  const found = verified.verification!.differences.map((d) => [d.severity, d.kind, d.object, d.expected, d.actual]);
  expect(found).toEqual(
    expect.arrayContaining([
      ['error', 'ttl', 't_ttl', null, 'ts + toIntervalDay(1)'],
      ['error', 'indices', 't_index', null, 'v_idx:bloom_filter:v'],
      ['error', 'skipping-index-granularity', 't_index', null, 'v_idx:4'],
      ['error', 'skipping-index-granularity', 't_granularity', 'v_minmax:1', 'v_minmax:8'],
      ['error', 'codec', 't_codec.v', null, 'CODEC(ZSTD(3))'],
      ['error', 'projections', 't_projection', null, 'by_v: SELECT id, v ORDER BY v'],
      ['error', 'engine-arguments', 't_engine', 'ver', 'ts'],
      ['error', 'target', 't_mv', 'totals', 'other_totals'],
      ['error', 'definition', 't_dict', expect.stringContaining('HASHED'), expect.stringContaining('FLAT')],
    ]),
  );
  expect(found).toHaveLength(9);
  const messages = verified.verification!.differences.map((d) => d.message);
  expect(messages).toContain('Table t_ttl: ttl is ts + toIntervalDay(1), expected none');
  expect(messages).toContain('Column t_codec.v: codec is CODEC(ZSTD(3)), expected none');
}

describe('ClickHouse verification compares properties both ways', () => {
  it('on chDB: a TTL, skipping index, codec or projection added, an engine argument, a view target or a dictionary changed', async () => {
    await driftAfterSnapshot(`chdb://${DIR}?database=props`);
  });

  it('over HTTP: the same through @clickhouse/client', async () => {
    const dataPath = mkdtempSync(path.join(tmpdir(), 'schemagate-chverify-'));
    dirs.push(dataPath);
    server = await startChdbHttpServerProcess({ dataPath });
    await driftAfterSnapshot(`${server.url}/default`);
  });

  it('an older (version 2) snapshot is compared only on the properties it states', async () => {
    const url = `chdb://${DIR}?database=older`;
    const w = workspace({ 'migrations/0001_tables.sql': SCHEMA });
    workspaces.push(w);
    expect((await runMode({ mode: 'apply', 'database-url': url }, w.dir)).status).toBe('ok');
    await runMode({ mode: 'snapshot', 'database-url': url }, w.dir);
    const v4 = w.read('migrations/schemagate.snapshot.json');
    // A version 2 file never stated the properties added in version 3.
    w.write('migrations/schemagate.snapshot.json', olderSnapshot(v4, 2, ['engine_arguments', 'skipping_index_granularity']));
    await withClient(url, async (c) => {
      await c.command('ALTER TABLE t_ttl MODIFY TTL ts + INTERVAL 1 DAY');
    });
    const verified = await runMode({ mode: 'verify', 'database-url': url }, w.dir);
    expect(verified.status).toBe('ok');
  });

  it('a version 3 snapshot, which could not state skipping-index granularity, still verifies, and a change it states still fails', async () => {
    const url = `chdb://${DIR}?database=v3`;
    const w = workspace({ 'migrations/0001_tables.sql': SCHEMA });
    workspaces.push(w);
    expect((await runMode({ mode: 'apply', 'database-url': url }, w.dir)).status).toBe('ok');
    await runMode({ mode: 'snapshot', 'database-url': url }, w.dir);
    const v4 = w.read('migrations/schemagate.snapshot.json');
    expect(v4).toContain('"skipping_index_granularity":"v_minmax:1"');
    w.write('migrations/schemagate.snapshot.json', olderSnapshot(v4, 3, ['skipping_index_granularity']));
    expect((await runMode({ mode: 'verify', 'database-url': url }, w.dir)).status).toBe('ok');
    await withClient(url, async (c) => {
      await c.command('ALTER TABLE t_ttl MODIFY TTL ts + INTERVAL 1 DAY');
    });
    const verified = await runMode({ mode: 'verify', 'database-url': url }, w.dir);
    expect(verified.verification!.differences.map((d) => [d.kind, d.object])).toEqual([['ttl', 't_ttl']]);
  });

  it('a table\'s and a column\'s COMMENT are compared as warnings (version 9), and a version 8 snapshot is not compared on them', async () => {
    const url = `chdb://${DIR}?database=comments`;
    const w = workspace({ 'migrations/0001_tables.sql': "CREATE TABLE events (id UInt64 COMMENT 'the event', kind String) ENGINE = MergeTree ORDER BY id COMMENT 'what happened';\n" });
    workspaces.push(w);
    expect((await runMode({ mode: 'apply', 'database-url': url }, w.dir)).status).toBe('ok');
    await runMode({ mode: 'snapshot', 'database-url': url }, w.dir);
    const v9 = w.read('migrations/schemagate.snapshot.json');
    const events = (JSON.parse(v9) as { tables: Array<{ name: string; properties: Record<string, string>; columns: Array<{ properties?: Record<string, string> }> }> }).tables.find((t) => t.name === 'events')!;
    expect(events.properties.comment).toBe('what happened');
    expect(events.columns.map((c) => c.properties?.comment)).toEqual(['the event', undefined]);
    const v8 = JSON.parse(olderSnapshot(v9, 8, ['comment'])) as { tables: Array<{ columns: Array<{ properties?: Record<string, string> }> }> };
    for (const column of v8.tables.flatMap((t) => t.columns)) delete column.properties?.comment;
    w.write('v8.snapshot.json', JSON.stringify(v8));
    await withClient(url, async (c) => {
      await c.command("ALTER TABLE comments.events MODIFY COMMENT 'what went on'");
      await c.command("ALTER TABLE comments.events COMMENT COLUMN kind 'its kind'");
    });
    const verified = await runMode({ mode: 'verify', 'database-url': url }, w.dir);
    expect(verified.status).toBe('ok');
    expect(verified.verification!.differences.map((d) => [d.severity, d.kind, d.object, d.expected, d.actual])).toEqual([
      ['warning', 'comment', 'events.kind', null, 'its kind'],
      ['warning', 'comment', 'events', 'what happened', 'what went on'],
    ]);
    expect((await runMode({ mode: 'verify', 'database-url': url, snapshot: 'v8.snapshot.json' }, w.dir)).verification!.differences).toEqual([]);
  });
});
