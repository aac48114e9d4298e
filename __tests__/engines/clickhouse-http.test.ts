import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SchemagateError } from '../../src/errors.js';
import { openClickHouseEngine, type ClickHouseEngine, type ClickHouseEngineOptions } from '../../src/engines/clickhouse/engine.js';
import { ClickHouseError } from '../../src/engines/clickhouse/errors.js';
import type { JournalRow } from '../../src/types.js';
import { engineTestOptions, statement } from '../support/clickhouse.js';
import { migration } from '../support/fixtures.js';

const SOME_MIGRATION = migration('0001', 'SELECT 1');
import { startChdbHttpServerProcess, type ChdbHttpServerProcess } from '../support/chdb-http-server.js';

/**
 * The @clickhouse/client path, against ClickHouse's HTTP interface served from chDB in a child
 * process (so it can be killed and restarted, like a real server).
 */
const USER = 'migrator';
const PASSWORD = 'p@ss word';
const credentials = `${USER}:${encodeURIComponent(PASSWORD)}`;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-chhttp-'));
  dirs.push(dir);
  return dir;
};
/** Every server process started, so none outlives the file (its stdout would keep jest alive). */
const servers: ChdbHttpServerProcess[] = [];
async function startServer(options: Parameters<typeof startChdbHttpServerProcess>[0]): Promise<ChdbHttpServerProcess> {
  const started = await startChdbHttpServerProcess(options);
  servers.push(started);
  return started;
}
const logs: string[] = [];
const options = (extra: Partial<ClickHouseEngineOptions> = {}) => engineTestOptions(logs, { retryBaseMs: 5, ...extra });
const attemptRow = (overrides: Partial<JournalRow> = {}): JournalRow => ({
  attemptId: 'attempt-1', migrationId: '0001', name: 'init', kind: 'versioned', checksum: 'abc', checksumAlgorithm: 'sha256',
  status: 'running', startedAt: new Date('2025-03-01T10:00:00.123Z'), finishedAt: null, durationMs: null, statementCount: 3,
  statementsApplied: 0, transactional: false, error: null, errorStatementIndex: null, errorLine: null, outOfOrder: false,
  note: null, actor: 'octocat', runUrl: null, commitSha: null, environment: 'prod', toolVersion: '0.1.0', lockRetries: 0, ...overrides,
});

/** A port nothing listens on (taken, then freed). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let server: ChdbHttpServerProcess;
let url: string;
let engine: ClickHouseEngine;

beforeAll(async () => {
  server = await startServer({ dataPath: tempDir(), user: USER, password: PASSWORD });
  const bootstrap = await openClickHouseEngine(`http://${credentials}@127.0.0.1:${server.port}`, options());
  await bootstrap.execute(statement('CREATE DATABASE app'));
  await bootstrap.close();
  url = `clickhouse://${credentials}@127.0.0.1:${server.port}/app`;
  engine = await openClickHouseEngine(url, options());
});

afterAll(async () => {
  await engine?.close();
  await Promise.all(servers.map((s) => s.close()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('HTTP engine: connecting', () => {
  it('reports refused credentials as a connection error, without retrying', async () => {
    logs.length = 0;
    const opening = openClickHouseEngine(`clickhouse://${USER}:wrong@127.0.0.1:${server.port}/app`, options({ connectRetries: 3 }));
    await expect(opening).rejects.toMatchObject({ kind: 'connection' });
    await expect(opening).rejects.toThrow(/refused the credentials: .*AUTHENTICATION_FAILED/);
    await expect(opening).rejects.not.toThrow(/wrong/);
    expect(logs).toEqual([]);
  });

  it('reports a database that does not exist as a configuration error', async () => {
    const opening = openClickHouseEngine(`clickhouse://${credentials}@127.0.0.1:${server.port}/nope`, options());
    await expect(opening).rejects.toMatchObject({ kind: 'config' });
    await expect(opening).rejects.toThrow(/UNKNOWN_DATABASE/);
  });

  it('retries connection refused with backoff (2, 3, 5 units), then fails as a connection error', async () => {
    logs.length = 0;
    const port = await freePort();
    const started = Date.now();
    const opening = openClickHouseEngine(`clickhouse://u:p@127.0.0.1:${port}/app`, options({ connectRetries: 3, retryBaseMs: 20 }));
    await expect(opening).rejects.toMatchObject({ kind: 'connection' });
    await expect(opening).rejects.toThrow(new RegExp(`Cannot reach ClickHouse at http://127.0.0.1:${port}/app as u: .*ECONNREFUSED`));
    expect(Date.now() - started).toBeGreaterThanOrEqual(200); // 40 + 60 + 100 ms
    expect(logs.map((line) => /retrying in ([\d.]+)s/.exec(line)?.[1])).toEqual(['0.04', '0.06', '0.1']);
  });
});

describe('HTTP engine: journal, statements, introspection', () => {
  it('round-trips the journal', async () => {
    expect(await engine.readJournal()).toEqual({ attempts: [], statements: [], adopted: null });
    await engine.ensureJournal();
    await engine.writeAttempt(attemptRow(), SOME_MIGRATION);
    const applied = attemptRow({ status: 'applied', finishedAt: new Date('2025-03-01T10:00:05.000Z'), durationMs: 4877, statementsApplied: 3, error: "it's\ta \\ test\nline" });
    await engine.writeAttempt(applied, SOME_MIGRATION);
    await engine.writeStatement({ attemptId: 'attempt-1', migrationId: '0001', statementIndex: 0, statementHash: 'h0', finishedAt: new Date('2025-03-01T10:00:01.000Z') });
    const journal = await engine.readJournal();
    expect(journal.attempts).toEqual([applied]);
    expect(journal.statements).toEqual([
      { attemptId: 'attempt-1', migrationId: '0001', statementIndex: 0, statementHash: 'h0', finishedAt: new Date('2025-03-01T10:00:01.000Z') },
    ]);
  });

  it('reports statement errors with ClickHouse message and code name', async () => {
    const failing = engine.execute(statement('CREATE TABLE broken (id UInt32) ENGINE = NoSuchEngine'));
    await expect(failing).rejects.toBeInstanceOf(ClickHouseError);
    await expect(failing).rejects.toThrow(/NoSuchEngine.*\(UNKNOWN_STORAGE\)/s);
  });

  it('waits for mutations and introspects the result', async () => {
    await engine.execute(statement('CREATE TABLE users (id UInt32, email String CODEC(ZSTD(1)), plan LowCardinality(String) DEFAULT \'free\') ENGINE = MergeTree ORDER BY id'));
    await engine.execute(statement("INSERT INTO users (id, email) VALUES (1, 'A@X.IO'), (2, 'b@x.io')"));
    await engine.execute(statement('ALTER TABLE users UPDATE email = lower(email) WHERE 1'));
    await engine.execute(statement("ALTER TABLE users DELETE WHERE id = 2"));
    const snapshot = await engine.introspect();
    expect(snapshot.tables).toEqual([
      {
        schema: '', name: 'users', type: 'table', primaryKey: ['id'],
        properties: { engine: 'MergeTree', sorting_key: 'id' },
        columns: [
          { name: 'id', type: 'UInt32', nullable: false, default: null },
          { name: 'email', type: 'String', nullable: false, default: null, properties: { codec: 'CODEC(ZSTD(1))' } },
          { name: 'plan', type: 'LowCardinality(String)', nullable: false, default: "'free'", properties: { default_kind: 'DEFAULT' } },
        ],
      },
    ]);
  });
});

describe('HTTP engine: lock', () => {
  it('makes a second run wait, naming the holder, then hands the lock over on release', async () => {
    const holder = await engine.acquireLock({ owner: 'https://github.com/o/r/actions/runs/1', timeoutMs: 1000 });
    const other = await openClickHouseEngine(url, options());
    try {
      await expect(other.acquireLock({ owner: 'run 2', timeoutMs: 200 })).rejects.toThrow(
        /held by https:\/\/github\.com\/o\/r\/actions\/runs\/1 \(host .+, pid \d+\), lease expires/,
      );
      const waits: string[] = [];
      const acquiring = other.acquireLock({ owner: 'run 2', timeoutMs: 5000, onWait: (h) => waits.push(h) });
      setTimeout(() => void holder.release(), 300);
      const lock = await acquiring;
      expect(waits.length).toBeGreaterThan(0);
      await lock.release();
    } finally {
      await holder.release();
      await other.close();
    }
  });
});

describe('HTTP engine: the server going away', () => {
  let own: ChdbHttpServerProcess;
  let dataPath: string;
  let ownUrl: string;

  beforeAll(async () => {
    dataPath = tempDir();
    own = await startServer({ dataPath });
    ownUrl = `http://127.0.0.1:${own.port}/default`;
  });

  it('fails a statement cut off mid-run as a connection error that says it may have run', async () => {
    logs.length = 0;
    const victim = await openClickHouseEngine(ownUrl, options({ connectRetries: 3 }));
    try {
      const running = victim.execute(statement('SELECT sleep(2)'));
      setTimeout(() => void own.kill(), 300);
      await expect(running).rejects.toMatchObject({ kind: 'connection' });
      await expect(running).rejects.toThrow(/while a statement was running .*may or may not have completed/s);
      expect(logs).toEqual([]); // a statement that may have run is never retried

      // The next journal write finds nobody home, retries, and fails as a connection error.
      const writing = victim.writeAttempt(attemptRow(), SOME_MIGRATION);
      await expect(writing).rejects.toBeInstanceOf(SchemagateError);
      await expect(writing).rejects.toMatchObject({ kind: 'connection' });
      expect(logs).toHaveLength(3);
    } finally {
      await victim.close();
    }
  });

  it('retries a statement refused before it was sent, and runs it once the server is back', async () => {
    logs.length = 0;
    own = await startServer({ dataPath, port: own.port });
    const engine2 = await openClickHouseEngine(ownUrl, options({ connectRetries: 4, retryBaseMs: 250 }));
    try {
      await own.kill();
      const restart = new Promise((resolve) => setTimeout(resolve, 100)).then(() => startServer({ dataPath, port: own.port }));
      try {
        await engine2.execute(statement('CREATE TABLE after_restart (id UInt8) ENGINE = Memory'));
      } finally {
        own = await restart;
      }
      expect(logs.length).toBeGreaterThanOrEqual(1);
      expect(logs[0]).toMatch(/ECONNREFUSED.*retrying in 0.5s/);
      const tables = await engine2.introspect();
      expect(tables.tables.map((t) => t.name)).toEqual(['after_restart']);
    } finally {
      await engine2.close();
    }
  });
});
