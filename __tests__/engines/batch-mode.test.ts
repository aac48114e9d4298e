import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSettings, type InputName } from '../../src/config/index.js';
import { runSchemagate } from '../../src/core/run.js';
import { startCountingProxy } from '../../bench/pg-proxy.mjs';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { workspace } from '../support/workspace.js';

/**
 * `transaction-mode: batch` on the Postgres server: the pending migrations and their journal rows
 * in one transaction per chunk, all or nothing per chunk; refused on ClickHouse.
 */
const online = await serverAvailable();

async function apply(inputs: Partial<Record<InputName, string>>, cwd: string, chunkStatements?: number) {
  const settings = readSettings((name) => inputs[name], { GITHUB_WORKSPACE: cwd } as NodeJS.ProcessEnv);
  if (chunkStatements !== undefined) settings.apply.batchChunkStatements = chunkStatements;
  return runSchemagate(settings, () => {});
}

const FIVE = {
  'migrations/0001_a.sql': 'CREATE TABLE a (id int PRIMARY KEY);',
  'migrations/0002_b.sql': 'CREATE TABLE b (id int PRIMARY KEY);\nINSERT INTO b VALUES (1);',
  'migrations/0003_c.sql': 'CREATE TABLE c (id int PRIMARY KEY);\n\nINSERT INTO c\n  VALUES (no_such_column);\n',
  'migrations/0004_d.sql': 'CREATE TABLE d (id int);',
};

(online ? describe : describe.skip)('transaction-mode batch on PostgreSQL', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });
  const tables = async () => (await db.sql`SELECT relname FROM pg_class WHERE relname IN ('a','b','c','d') ORDER BY 1`).map((r) => r.relname);
  const journal = async () =>
    (await db.sql`SELECT migration_id, status, error_line FROM schemagate.schemagate_journal ORDER BY started_at, migration_id`).map((r) => [r.migration_id, r.status, r.error_line]);

  it('a failing 3rd migration leaves nothing of 1-2 (schema and journal); only the failure is recorded, with its line', async () => {
    const ws = workspace(FIVE);
    const failed = await apply({ mode: 'apply', 'database-url': db.url, 'transaction-mode': 'batch' }, ws.dir);
    expect(failed.status).toBe('migration-failed');
    expect(failed.error!.location).toEqual({ file: 'migrations/0003_c.sql', line: 4 });
    expect(failed.error!.hint).toMatch(/0001, 0002\) were rolled back with it/);
    expect(failed.applied.map((a) => [a.migrationId, a.status])).toEqual([['0003', 'failed']]);
    expect(await tables()).toEqual([]);
    expect(await journal()).toEqual([['0003', 'failed', 4]]);

    ws.write('migrations/0003_c.sql', 'CREATE TABLE c (id int PRIMARY KEY);\n');
    const fixed = await apply({ mode: 'apply', 'database-url': db.url, 'transaction-mode': 'batch' }, ws.dir);
    expect(fixed.status).toBe('ok');
    expect(fixed.applied.map((a) => a.migrationId)).toEqual(['0001', '0002', '0003', '0004']);
    expect(await tables()).toEqual(['a', 'b', 'c', 'd']);
    expect((await journal()).filter((r) => r[1] === 'applied').map((r) => r[0])).toEqual(['0001', '0002', '0003', '0004']);
  });

  it('commits after a migration that adds an enum value, so a later migration of the batch can use it', async () => {
    const ws = workspace({ 'migrations/0001_type.sql': "CREATE TYPE status AS ENUM ('a');\n" });
    expect((await apply({ mode: 'apply', 'database-url': db.url, 'transaction-mode': 'batch' }, ws.dir)).status).toBe('ok');
    // In one transaction Postgres refuses the use: "unsafe use of new value "b" of enum type status".
    ws.write('migrations/0002_value.sql', "ALTER TYPE status ADD VALUE 'b';\n");
    ws.write('migrations/0003_use.sql', "CREATE TABLE d (s status NOT NULL DEFAULT 'b');\nINSERT INTO d DEFAULT VALUES;\n");
    const outcome = await apply({ mode: 'apply', 'database-url': db.url, 'transaction-mode': 'batch' }, ws.dir);
    expect(outcome.error).toBeNull();
    expect(outcome.applied.map((a) => [a.migrationId, a.status])).toEqual([['0002', 'applied'], ['0003', 'applied']]);
    expect(await db.sql`SELECT s::text FROM d`).toEqual([{ s: 'b' }]);
  });

  it('commits in chunks of whole migrations: a failure keeps the earlier chunks and rolls back only its own', async () => {
    const ws = workspace(FIVE);
    // Chunks of at most 3 statements: [0001, 0002], [0003, 0004].
    const failed = await apply({ mode: 'apply', 'database-url': db.url, 'transaction-mode': 'batch' }, ws.dir, 3);
    expect(failed.status).toBe('migration-failed');
    expect(failed.applied.map((a) => [a.migrationId, a.status])).toEqual([['0001', 'applied'], ['0002', 'applied'], ['0003', 'failed']]);
    expect(await tables()).toEqual(['a', 'b']);
    expect(await journal()).toEqual([['0001', 'applied', null], ['0002', 'applied', null], ['0003', 'failed', 4]]);
  });

  it('costs one round trip per statement: each journal row travels with the next migration\'s first statement', async () => {
    const proxy = await startCountingProxy();
    const roundTrips = async (count: number) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < count; i++) files[`migrations/${String(i + 1).padStart(4, '0')}_t.sql`] = `CREATE TABLE t${i} (id int);\nCREATE INDEX ON t${i} (id);\n`;
      const target = await createDatabase();
      try {
        proxy.reset();
        const outcome = await apply({ mode: 'apply', 'database-url': target.url.replace(/:5432\//, `:${proxy.port}/`), 'transaction-mode': 'batch', verify: 'false' }, workspace(files).dir);
        expect(outcome.status).toBe('ok');
        return proxy.snapshot().roundTrips;
      } finally {
        await target.drop();
      }
    };
    try {
      expect(((await roundTrips(6)) - (await roundTrips(3))) / 3).toBeLessThanOrEqual(2);
    } finally {
      await proxy.close();
    }
  });
});

describe('transaction-mode batch on ClickHouse', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-batch-ch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a config error naming the input, and changes nothing', async () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id UInt64) ENGINE = MergeTree ORDER BY id;' });
    const outcome = await apply({ mode: 'apply', 'database-url': `chdb://${path.join(dir, 'ch')}`, 'transaction-mode': 'batch' }, ws.dir);
    expect(outcome.status).toBe('config');
    expect(outcome.error!.message).toMatch(/`transaction-mode` is batch, but clickhouse has no transactions/);
    expect(outcome.applied).toEqual([]);
  });
});
