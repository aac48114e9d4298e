import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SchemagateError } from '../../src/errors.js';
import type { ChClient } from '../../src/engines/clickhouse/client.js';
import {
  openClickHouseClient,
  openClickHouseEngine,
  type ClickHouseEngine,
  type ClickHouseEngineOptions,
} from '../../src/engines/clickhouse/engine.js';
import { ClickHouseError } from '../../src/engines/clickhouse/errors.js';
import { parseClickHouseUrl } from '../../src/engines/clickhouse/url.js';
import type { JournalRow } from '../../src/types.js';
import { engineTestOptions, statement } from '../support/clickhouse.js';
import { migration } from '../support/fixtures.js';

const SOME_MIGRATION = migration('0001', 'SELECT 1');

/** ClickHouse embedded (chDB) in this process: one data directory for the whole file. */
const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-chdb-'));
const url = `chdb://${dir}?database=app`;
const logs: string[] = [];
const options = (extra: Partial<ClickHouseEngineOptions> = {}) => engineTestOptions(logs, extra);

function attemptRow(overrides: Partial<JournalRow> = {}): JournalRow {
  return {
    attemptId: 'attempt-1', migrationId: '0001', name: 'init', kind: 'versioned', checksum: 'abc', checksumAlgorithm: 'sha256',
    status: 'running', startedAt: new Date('2025-03-01T10:00:00.123Z'), finishedAt: null, durationMs: null, statementCount: 3,
    statementsApplied: 0, transactional: false, error: null, errorStatementIndex: null, errorLine: null, outOfOrder: false,
    note: null, actor: 'octocat', runUrl: 'https://github.com/o/r/actions/runs/1', commitSha: 'deadbeef', environment: 'staging',
    toolVersion: '0.1.0', lockRetries: 0, ...overrides,
  };
}

let engine: ClickHouseEngine;
/** A raw client on the same chDB session, to look behind the engine's back. */
let raw: ChClient;

beforeAll(async () => {
  engine = await openClickHouseEngine(url, options());
  raw = await openClickHouseClient(parseClickHouseUrl(new URL(url)), options());
});

afterAll(async () => {
  await raw?.close();
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('chDB engine: basics', () => {
  it('has no transactions and says where its journal is', async () => {
    expect(engine.kind).toBe('clickhouse');
    expect(engine.transactions).toBeUndefined();
    expect(engine.journalLocation).toBe('app.schemagate_journal');
  });

  it('refuses a second data directory in the same process with a clear message', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'schemagate-chdb-other-'));
    try {
      const opening = openClickHouseEngine(`chdb://${other}`, options());
      await expect(opening).rejects.toThrow(SchemagateError);
      await expect(opening).rejects.toThrow(/one data directory per process/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('chDB engine: journal', () => {
  it('reads an absent journal as empty without creating it', async () => {
    expect(await engine.readJournal()).toEqual({ attempts: [], statements: [], adopted: null });
    const tables = await raw.query<{ name: string }>("SELECT name FROM system.tables WHERE database = 'app' AND name LIKE 'schemagate%'");
    expect(tables).toEqual([]);
  });

  it('creates the journal, upserts attempts by id and records statements', async () => {
    await engine.ensureJournal();
    await engine.ensureJournal(); // idempotent
    const running = attemptRow();
    await engine.writeAttempt(running, SOME_MIGRATION);
    await engine.writeStatement({ attemptId: 'attempt-1', migrationId: '0001', statementIndex: 0, statementHash: 'h0', finishedAt: new Date('2025-03-01T10:00:01.000Z') });
    await engine.writeStatement({ attemptId: 'attempt-1', migrationId: '0001', statementIndex: 1, statementHash: 'h1', finishedAt: new Date('2025-03-01T10:00:02.000Z') });
    const failed = attemptRow({
      status: 'failed', finishedAt: new Date('2025-03-01T10:00:03.456Z'), durationMs: 3333, statementsApplied: 2,
      error: 'Code: 60. DB::Exception: Unknown table. (UNKNOWN_TABLE)', errorStatementIndex: 2, errorLine: 7, note: 'why',
    });
    await engine.writeAttempt(failed, SOME_MIGRATION);
    const other = attemptRow({ attemptId: 'attempt-2', migrationId: 'R__views', kind: 'repeatable', startedAt: new Date('2025-03-02T00:00:00.000Z'), outOfOrder: true, actor: null, runUrl: null, commitSha: null, environment: null });
    await engine.writeAttempt(other, SOME_MIGRATION);

    const journal = await engine.readJournal();
    expect(journal.attempts).toEqual([failed, other]);
    expect(journal.statements.map((s) => [s.attemptId, s.statementIndex, s.statementHash])).toEqual([
      ['attempt-1', 0, 'h0'],
      ['attempt-1', 1, 'h1'],
    ]);
    expect(journal.statements[1]!.finishedAt).toEqual(new Date('2025-03-01T10:00:02.000Z'));
    expect(journal.adopted).toBeNull();
  });

  it('reads a version 1 journal (before lock_retries) as 0 retries, and upgrades it in place', async () => {
    await raw.command('ALTER TABLE app.schemagate_journal DROP COLUMN lock_retries');
    await raw.command("ALTER TABLE app.schemagate_journal MODIFY COMMENT 'schemagate journal v1: one row per attempt, read with FINAL'");
    expect((await engine.readJournal()).attempts.map((a) => a.lockRetries)).toEqual([0, 0]);
    await engine.ensureJournal();
    const retried = attemptRow({ attemptId: 'attempt-3', startedAt: new Date('2025-03-03T00:00:00.000Z'), status: 'applied', lockRetries: 2 });
    await engine.writeAttempt(retried, SOME_MIGRATION);
    expect((await engine.readJournal()).attempts.map((a) => [a.attemptId, a.lockRetries])).toEqual([['attempt-1', 0], ['attempt-2', 0], ['attempt-3', 2]]);
  });
});

describe('chDB engine: statements and mutations', () => {
  it('runs statements one per request and reports ClickHouse errors with their message and code name', async () => {
    await engine.execute(statement("CREATE TABLE items (id UInt32, v String) ENGINE = MergeTree ORDER BY id"));
    await engine.execute(statement("INSERT INTO items SELECT number, 'a' FROM numbers(4)"));
    const failing = engine.execute(statement('SELECT * FROM no_such_table'));
    await expect(failing).rejects.toBeInstanceOf(ClickHouseError);
    await expect(failing).rejects.toThrow(/no_such_table.*\(UNKNOWN_TABLE\)/s);
  });

  it('waits for an ALTER UPDATE mutation, logging its progress', async () => {
    logs.length = 0;
    const slow = await openClickHouseEngine(url, options({ mutationProgressMs: 100 }));
    try {
      const started = Date.now();
      await slow.execute(statement("ALTER TABLE items UPDATE v = toString(sleepEachRow(0.2)) || 'b' WHERE 1"));
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    } finally {
      await slow.close();
    }
    const values = await raw.query<{ v: string }>('SELECT DISTINCT v FROM app.items');
    expect(values).toEqual([{ v: '0b' }]);
    expect(logs.some((line) => /Waiting for mutation mutation_\d+\.txt on app\.items: 1 parts left, \d+s elapsed/.test(line))).toBe(true);
  });

  it('fails on a mutation that fails, with the server reason', async () => {
    const failing = engine.execute(statement("ALTER TABLE items UPDATE v = toString(throwIf(id = 2, 'row two is bad')) WHERE 1"));
    await expect(failing).rejects.toThrow(/Mutation mutation_\d+\.txt on app\.items failed: .*row two is bad.*KILL MUTATION/s);
    await raw.command("KILL MUTATION WHERE database = 'app' AND table = 'items' AND NOT is_done");
  });

  it('gives up on a mutation after mutationTimeoutMs, saying it continues', async () => {
    const impatient = await openClickHouseEngine(url, options({ mutationTimeoutMs: 200 }));
    try {
      await expect(impatient.execute(statement("ALTER TABLE items UPDATE v = toString(sleepEachRow(0.3)) WHERE 1"))).rejects.toThrow(
        /still running after \d+s \(1 parts left\)\. It continues in the background/,
      );
    } finally {
      await impatient.close();
    }
    for (let i = 0; i < 50; i++) {
      const pending = await raw.query("SELECT 1 FROM system.mutations WHERE database = 'app' AND table = 'items' AND NOT is_done");
      if (pending.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});

describe('chDB engine: introspection', () => {
  it('reports tables, views, keys, engines, TTL, columns, codecs and indices, minus its own tables', async () => {
    await engine.execute(statement(`CREATE TABLE events (
  id UInt64,
  ts DateTime CODEC(Delta, ZSTD(3)),
  name LowCardinality(Nullable(String)),
  score Nullable(Float64) DEFAULT 1.5,
  lower_name String MATERIALIZED lower(ifNull(name, '')),
  INDEX idx_name name TYPE bloom_filter(0.01) GRANULARITY 4
) ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(ts)
PRIMARY KEY (id)
ORDER BY (id, ts)
TTL ts + INTERVAL 30 DAY`));
    await engine.execute(statement('CREATE VIEW recent AS SELECT id FROM events WHERE ts > now() - 60'));
    await engine.execute(statement('CREATE MATERIALIZED VIEW counts ENGINE = SummingMergeTree ORDER BY id AS SELECT id, count() AS c FROM events GROUP BY id'));
    await engine.acquireLock({ owner: 'introspect', timeoutMs: 1000 }).then((lock) => lock.release());

    const snapshot = await engine.introspect();
    expect(snapshot.engine).toBe('clickhouse');
    // No schema: the database is the environment, so snapshots travel between databases.
    expect(snapshot.tables.map((t) => `${t.schema}|${t.name}:${t.type}`)).toEqual([
      '|counts:materialized_view',
      '|events:table',
      '|items:table',
      '|recent:view',
    ]);
    const events = snapshot.tables.find((t) => t.name === 'events')!;
    expect(events.primaryKey).toEqual(['id']);
    expect(events.properties).toEqual({
      engine: 'ReplacingMergeTree',
      sorting_key: 'id, ts',
      partition_key: 'toYYYYMM(ts)',
      ttl: 'ts + toIntervalDay(30)',
      indices: 'idx_name:bloom_filter(0.01):name',
      skipping_index_granularity: 'idx_name:4',
    });
    expect(events.columns).toEqual([
      { name: 'id', type: 'UInt64', nullable: false, default: null },
      { name: 'ts', type: 'DateTime', nullable: false, default: null, properties: { codec: 'CODEC(Delta(4), ZSTD(3))' } },
      { name: 'name', type: 'LowCardinality(Nullable(String))', nullable: true, default: null },
      { name: 'score', type: 'Nullable(Float64)', nullable: true, default: '1.5', properties: { default_kind: 'DEFAULT' } },
      { name: 'lower_name', type: 'String', nullable: false, default: "lower(ifNull(name, ''))", properties: { default_kind: 'MATERIALIZED' } },
    ]);
    const recent = snapshot.tables.find((t) => t.name === 'recent')!;
    // Stored queries name the database; it is dropped for the same reason as the schema.
    expect(recent.properties).toEqual({ engine: 'View', query: 'SELECT id FROM events WHERE ts > (now() - 60)' });
    const counts = snapshot.tables.find((t) => t.name === 'counts')!;
    expect(counts.properties?.query).toMatch(/count\(\) AS c FROM events GROUP BY id/);
  });
});

describe('chDB engine: lock', () => {
  it('makes a second acquirer wait, naming the holder, and time out', async () => {
    const holder = await engine.acquireLock({ owner: 'run A', timeoutMs: 1000 });
    const other = await openClickHouseEngine(url, options());
    try {
      const seen: string[] = [];
      const waiting = other.acquireLock({ owner: 'run B', timeoutMs: 300, onWait: (h) => seen.push(h) });
      await expect(waiting).rejects.toMatchObject({ kind: 'lock-timeout' });
      await expect(waiting).rejects.toThrow(/held by run A \(host .+, pid \d+\), lease expires \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} UTC/);
      expect(seen.length).toBeGreaterThan(1);
      expect(seen[0]).toMatch(/^run A \(host/);

      // Now wait long enough: the holder releases and the waiter gets it.
      const acquired = other.acquireLock({ owner: 'run B', timeoutMs: 5000 });
      setTimeout(() => void holder.release(), 300);
      const lock = await acquired;
      await lock.release();
    } finally {
      await holder.release();
      await other.close();
    }
  });

  it('drops a second claim of a generation, even one stamped earlier: the first claim to arrive holds the lease', async () => {
    const holder = await engine.acquireLock({ owner: 'run A', timeoutMs: 1000 });
    const other = await openClickHouseEngine(url, options());
    try {
      const generation = Number((await raw.query<{ generation: string }>("SELECT max(generation) AS generation FROM app.schemagate_journal_lock FINAL WHERE lock_name = 'app'"))[0]!.generation);
      // A competitor's claim of the same generation arriving late, stamped before run A's (its
      // timestamp taken before A's insert, its insert landing after A read back): on a table
      // without deduplication it would be the earliest claim, and the winner.
      await raw.command(
        `INSERT INTO app.schemagate_journal_lock (lock_name, generation, token, owner, claimed_at, expires_at, released, version)
SETTINGS insert_deduplicate = 1, insert_deduplication_token = 'app:${generation}'
SELECT 'app', ${generation}, 'late', 'run B', '2000-01-01 00:00:00', now64(3) + toIntervalMinute(1), false, 1`,
      );
      const claims = await raw.query<{ owner: string }>(`SELECT owner FROM app.schemagate_journal_lock FINAL WHERE lock_name = 'app' AND generation = ${generation}`);
      expect(claims.map((c) => c.owner)).toEqual([expect.stringMatching(/^run A /)]);
      await expect(other.acquireLock({ owner: 'run C', timeoutMs: 200 })).rejects.toThrow(/held by run A/);
    } finally {
      await holder.release();
      await other.close();
    }
  });

  it('skips the generations whose claims are still remembered after the lease rows expired', async () => {
    const lockUrl = `chdb://${dir}?database=forgotten`;
    const first = await openClickHouseEngine(lockUrl, options());
    try {
      await (await first.acquireLock({ owner: 'run A', timeoutMs: 1000 })).release();
      // 30 days unused: the TTL removed the rows, while the server still remembers the claim of generation 1.
      await raw.command('ALTER TABLE forgotten.schemagate_journal_lock DELETE WHERE 1 SETTINGS mutations_sync = 2');
      const lock = await first.acquireLock({ owner: 'run B', timeoutMs: 1000 });
      const held = await raw.query<{ generation: string; owner: string }>('SELECT generation, owner FROM forgotten.schemagate_journal_lock FINAL');
      expect(held.map((r) => [Number(r.generation), r.owner.replace(/ \(.*/, '')])).toEqual([[2, 'run B']]);
      await lock.release();
    } finally {
      await first.close();
    }
  });

  it('on a lease table of an earlier version (no deduplication), still takes the lease, confirming after the settle pause', async () => {
    const lockUrl = `chdb://${dir}?database=legacy`;
    await raw.command('CREATE DATABASE IF NOT EXISTS legacy');
    await raw.command(`CREATE TABLE legacy.schemagate_journal_lock (
  lock_name String, generation UInt64, token String, owner String, claimed_at DateTime64(6, 'UTC'),
  expires_at DateTime64(3, 'UTC'), released Bool, version UInt64
) ENGINE = ReplacingMergeTree(version) ORDER BY (lock_name, generation, token)`);
    const a = await openClickHouseEngine(lockUrl, options());
    const b = await openClickHouseEngine(lockUrl, options());
    try {
      const holder = await a.acquireLock({ owner: 'run A', timeoutMs: 1000 });
      await expect(b.acquireLock({ owner: 'run B', timeoutMs: 200 })).rejects.toThrow(/held by run A/);
      await holder.release();
      await (await b.acquireLock({ owner: 'run B', timeoutMs: 1000 })).release();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps the lease alive with heartbeats beyond its length', async () => {
    const holder = await engine.acquireLock({ owner: 'long run', timeoutMs: 1000 });
    const other = await openClickHouseEngine(url, options());
    try {
      await new Promise((resolve) => setTimeout(resolve, 2000)); // longer than the 1.5 s lease
      await expect(other.acquireLock({ owner: 'late run', timeoutMs: 200 })).rejects.toThrow(/held by long run/);
    } finally {
      await holder.release();
      await other.close();
    }
  });
});

describe('chDB engine: the journal\'s own shape', () => {
  const shaped = (table: string) => openClickHouseEngine(url, options({ journalTable: table }));

  it('states its version in a new journal, and upgrades a journal from before versioning in place', async () => {
    const fresh = await shaped('shape_new');
    await fresh.ensureJournal();
    const comment = async (table: string) => (await raw.query<{ comment: string }>(`SELECT comment FROM system.tables WHERE database = 'app' AND name = '${table}'`))[0]!.comment;
    expect(await comment('shape_new')).toBe('schemagate journal v2: one row per attempt, read with FINAL');
    await raw.command("ALTER TABLE app.shape_new MODIFY COMMENT 'schemagate migration journal: one row per attempt, read with FINAL'");
    await fresh.writeAttempt(attemptRow({ attemptId: 'old-1', status: 'applied' }), SOME_MIGRATION);
    expect((await fresh.readJournal()).attempts).toHaveLength(1);
    await fresh.ensureJournal();
    expect(await comment('shape_new')).toBe('schemagate journal v2: one row per attempt, read with FINAL');
    expect((await fresh.readJournal()).attempts.map((a) => a.attemptId)).toEqual(['old-1']);
    await fresh.close();
  });

  it('refuses a journal written by a newer schemagate, and one that lacks a column, naming what is wrong', async () => {
    const newer = await shaped('shape_newer');
    await newer.ensureJournal();
    await raw.command("ALTER TABLE app.shape_newer MODIFY COMMENT 'schemagate journal v9: from the future'");
    await expect(newer.readJournal()).rejects.toMatchObject({
      kind: 'refused',
      message: 'The journal app.shape_newer is version 9, written by a newer schemagate; this one reads up to version 2.',
    });
    await newer.close();

    const lacking = await shaped('shape_lacking');
    await lacking.ensureJournal();
    await raw.command('ALTER TABLE app.shape_lacking DROP COLUMN note');
    await raw.command('ALTER TABLE app.shape_lacking_statements DROP COLUMN statement_hash');
    const refusal = await lacking.readJournal().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SchemagateError);
    expect(refusal).toMatchObject({ kind: 'refused', message: 'The journal app.shape_lacking lacks the columns shape_lacking.note, shape_lacking_statements.statement_hash.' });
    expect((refusal as SchemagateError).details.hint).toContain('journal-table');
    await lacking.close();
  });

  it('re-creates a missing statements table when nothing depends on it, and refuses when an interrupted attempt\'s progress was there', async () => {
    const half = await shaped('shape_half');
    await half.ensureJournal();
    await half.writeAttempt(attemptRow({ attemptId: 'done-1', status: 'applied' }), SOME_MIGRATION);
    await raw.command('DROP TABLE app.shape_half_statements');
    expect((await half.readJournal()).attempts).toHaveLength(1);
    await half.ensureJournal();
    expect(Number((await raw.query<{ n: string }>("SELECT count() AS n FROM system.tables WHERE database = 'app' AND name = 'shape_half_statements'"))[0]!.n)).toBe(1);

    await half.writeAttempt(attemptRow({ attemptId: 'cut-1', status: 'running' }), SOME_MIGRATION);
    await raw.command('DROP TABLE app.shape_half_statements');
    await expect(half.readJournal()).rejects.toMatchObject({
      kind: 'refused',
      message: 'The journal app.shape_half has no shape_half_statements table, which holds the progress of the interrupted attempts.',
    });
    await half.close();
  });
});
