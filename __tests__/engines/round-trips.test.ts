import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCountingProxy, type CountingProxy } from '../../bench/pg-proxy.mjs';
import { startChdbHttpServer, type ChdbHttpServer } from '../support/chdb-http-server.js';
import { createDatabase, serverAvailable } from '../support/postgres.js';
import type { InputName } from '../../src/config/index.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * What one migration costs on the wire, as counts (deterministic, unlike timings): Postgres
 * protocol round trips through a counting proxy, ClickHouse HTTP requests to the chDB-backed
 * server. Each is the difference between applying 2n and n migrations, so the run's fixed cost
 * (connect, lock, journal read) cancels out.
 */
const online = await serverAvailable();

function folder(count: number, statements: (i: number) => string[]): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`migrations/${String(i + 1).padStart(4, '0')}_t${i}.sql`] = `${statements(i).join('\n')}\n`;
  return workspace(files).dir;
}

(online ? describe : describe.skip)('Postgres round trips per migration', () => {
  let proxy: CountingProxy;
  beforeAll(async () => {
    proxy = await startCountingProxy();
  });
  afterAll(async () => {
    await proxy.close();
  });

  const applyThroughProxy = async (dir: string, inputs: Partial<Record<InputName, string>>) => {
    const db = await createDatabase();
    try {
      proxy.reset();
      const outcome = await runMode({ mode: 'apply', 'database-url': db.url.replace(/:5432\//, `:${proxy.port}/`), verify: 'false', ...inputs }, dir);
      expect(outcome.status).toBe('ok');
      return proxy.snapshot();
    } finally {
      await db.drop();
    }
  };
  const perMigration = async (n: number, statements: (i: number) => string[], inputs: Partial<Record<InputName, string>> = {}) => {
    const few = await applyThroughProxy(folder(n, statements), inputs);
    const many = await applyThroughProxy(folder(2 * n, statements), inputs);
    return { roundTrips: (many.roundTrips - few.roundTrips) / n, parses: (many.parses - few.parses) / n, messages: (many.messages - few.messages) / n, queries: (many.queries - few.queries) / n };
  };

  it('a migration costs 1 round trip: the applied row and COMMIT of the one before, then its own BEGIN and every statement', async () => {
    const cost = await perMigration(3, (i) => [`CREATE TABLE t${i} (id int PRIMARY KEY, name text);`, `CREATE INDEX t${i}_name ON t${i} (name);`]);
    expect(cost.roundTrips).toBe(1);
    // The journal's writes are prepared once per run: no Parse per migration.
    expect(cost.parses).toBe(0);
    // BEGIN with the lock bound (one simple query), 2 statements, one INSERT of the applied row
    // and the next migration's running row (committed with this one: no transaction of its own),
    // COMMIT.
    expect(cost.queries).toBe(5);
  });

  it('further statements travel in the same round trip (each still answered on its own, so a failure maps to its statement)', async () => {
    const cost = await perMigration(3, (i) => [`CREATE TABLE t${i} (id int);`, `INSERT INTO t${i} VALUES (1);`, `INSERT INTO t${i} VALUES (2);`]);
    expect(cost.roundTrips).toBe(1);
  });

  it('transaction-mode batch: a chunk of any size costs the same round trips (statements ahead with BEGIN, applied rows with COMMIT)', async () => {
    const cost = await perMigration(3, (i) => [`CREATE TABLE t${i} (id int PRIMARY KEY, name text);`, `CREATE INDEX t${i}_name ON t${i} (name);`], { 'transaction-mode': 'batch' });
    // Not 0: postgres.js writes a long pipeline in 1 KB pieces, and the proxy counts a piece sent
    // after the server has begun to answer as a round trip, though the client never waited.
    expect(cost.roundTrips).toBeLessThan(1);
  });

  // A COMMIT or ROLLBACK in a pending migration is refused before it runs (core/transaction-control.ts).
  it('a migration that uses savepoints in its transaction is sent statement by statement', async () => {
    const cost = await perMigration(3, (i) => [`CREATE TABLE t${i} (id int);`, 'SAVEPOINT s;', `INSERT INTO t${i} VALUES (1);`]);
    expect(cost.roundTrips).toBe(5);
  });
});

describe('ClickHouse HTTP requests per migration', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-requests-'));
  let server: ChdbHttpServer;
  let databases = 0;
  beforeAll(async () => {
    server = await startChdbHttpServer({ dataPath: dir });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const newDatabase = async () => {
    const db = `sg_requests_${databases++}`;
    await fetch(`${server.url}/`, { method: 'POST', body: `CREATE DATABASE ${db}` });
    return db;
  };
  const requestsToApply = async (migrations: string, db?: string) => {
    const url = `${server.url}/${db ?? (await newDatabase())}`;
    const before = server.requests;
    const outcome = await runMode({ mode: 'apply', 'database-url': url, verify: 'false' }, migrations);
    expect(outcome.status).toBe('ok');
    return server.requests - before;
  };
  const perMigration = async (n: number, statements: (i: number) => string[]) =>
    ((await requestsToApply(folder(2 * n, statements))) - (await requestsToApply(folder(n, statements)))) / n;

  it('one statement: the statement, and one insert of its applied row (which also records the statement) with the next migration\'s running row', async () => {
    expect(await perMigration(2, (i) => [`CREATE TABLE t${i} (id UInt64) ENGINE = MergeTree ORDER BY id;`])).toBe(2);
  });

  it('an ALTER that only changes metadata (ADD COLUMN) costs no look at system.mutations', async () => {
    const addColumn = (i: number) =>
      i === 0 ? ['CREATE TABLE base (id UInt64) ENGINE = MergeTree ORDER BY id;'] : [`ALTER TABLE base ADD COLUMN c${i} UInt8 DEFAULT 0;`];
    expect(await perMigration(2, addColumn)).toBe(2);
  });

  it('each further statement: itself and its progress row, written before the next statement starts', async () => {
    const cost = await perMigration(2, (i) => [`CREATE TABLE t${i} (id UInt64) ENGINE = MergeTree ORDER BY id;`, `CREATE TABLE u${i} (id UInt64) ENGINE = MergeTree ORDER BY id;`]);
    expect(cost).toBe(4);
  });

  it('a run with nothing pending: no DDL for a current journal and lock table, and no look at the journal\'s tables to create them', async () => {
    const migrations = folder(2, (i) => [`CREATE TABLE t${i} (id UInt64) ENGINE = MergeTree ORDER BY id;`]);
    const db = await newDatabase();
    await requestsToApply(migrations, db);
    // SELECT 1; the lock table's engine; the lease (holder, claim, read back: the table drops a
    // second claim of a generation, so no settle pause and no second look); the journal (its
    // tables, columns, attempts, statements); another tool's journal; the lease's release. No
    // catalog read for the safety rules and nothing ensured of the journal: nothing is pending.
    expect(await requestsToApply(migrations, db)).toBe(11);
  });
});
