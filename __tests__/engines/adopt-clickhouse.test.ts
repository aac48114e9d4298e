import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openClickHouseEngine, type ClickHouseEngine } from '../../src/engines/clickhouse/engine.js';
import { engineTestOptions, statement } from '../support/clickhouse.js';
import { childEnv, startChdbHttpServerProcess, type ChdbHttpServerProcess } from '../support/chdb-http-server.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * Other tools' journals on ClickHouse (served over HTTP from chDB): the `clickhouse-migrations`
 * package's `_migrations`, written by the real CLI, and chkit's `_chkit_migrations`, created
 * with chkit's own DDL. Each records the first migrations; schemagate applies only the rest and,
 * with adopt-write, records them in the tool's format.
 */
const USER = 'migrator';
const PASSWORD = 'secret';
const A = 'CREATE TABLE a (id UInt32) ENGINE = MergeTree ORDER BY id;\n';
const B = 'CREATE TABLE b (id UInt32) ENGINE = MergeTree ORDER BY id;\n';
const C = 'CREATE TABLE c (id UInt32) ENGINE = MergeTree ORDER BY id;\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const md5 = (text: string) => createHash('md5').update(text).digest('hex');

let server: ChdbHttpServerProcess;
let dataDir: string;
let admin: ClickHouseEngine;
const url = (db: string) => `clickhouse://${USER}:${PASSWORD}@127.0.0.1:${server.port}/${db}`;
const rows = async <T>(sql: string) => (admin as unknown as { client: { query<R>(s: string): Promise<R[]> } }).client.query<T>(sql);

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'schemagate-adopt-ch-'));
  server = await startChdbHttpServerProcess({ dataPath: dataDir, user: USER, password: PASSWORD });
  admin = await openClickHouseEngine(`http://${USER}:${PASSWORD}@127.0.0.1:${server.port}`, engineTestOptions([]));
});

afterAll(async () => {
  await admin?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('adopting other tools\' journals on ClickHouse', () => {
  it('clickhouse-migrations (the real CLI): schemagate applies what it has not, records it with its md5, and the CLI then applies nothing', async () => {
    const ws = workspace({ 'migrations/1_a.sql': A, 'migrations/2_b.sql': B });
    const cli = () =>
      execFileSync(
        path.resolve('node_modules/.bin/clickhouse-migrations'),
        ['migrate', '--host', server.url, '--user', USER, '--password', PASSWORD, '--db', 'cm', '--migrations-home', path.join(ws.dir, 'migrations')],
        { encoding: 'utf8', env: childEnv() },
      );
    expect(cli()).toMatch(/1_a\.sql, 2_b\.sql was successfully applied/);
    ws.write('migrations/3_c.sql', C);

    const plan = await runMode({ mode: 'plan', 'database-url': url('cm') }, ws.dir);
    expect(plan.error).toBeNull();
    expect(plan.plan!.applied.map((a) => [a.migration.id, a.source])).toEqual([['1', 'clickhouse-migrations'], ['2', 'clickhouse-migrations']]);
    expect(plan.plan!.pending.map((p) => p.migration.id)).toEqual(['3']);

    const apply = await runMode({ mode: 'apply', 'database-url': url('cm'), 'adopt-write': 'true' }, ws.dir);
    expect(apply.error).toBeNull();
    expect(apply.applied.map((a) => a.migrationId)).toEqual(['3']);
    expect(await rows('SELECT version, checksum, migration_name FROM cm._migrations ORDER BY version')).toEqual([
      { version: 1, checksum: md5(A), migration_name: '1_a.sql' },
      { version: 2, checksum: md5(B), migration_name: '2_b.sql' },
      { version: 3, checksum: md5(C), migration_name: '3_c.sql' },
    ]);
    expect(cli()).not.toMatch(/successfully applied/);
  });

  it('clickhouse-migrations: a file edited after the tool applied it is refused with both md5s', async () => {
    await admin.execute(statement('CREATE DATABASE IF NOT EXISTS cm2'));
    await admin.execute(statement(`CREATE TABLE cm2._migrations (uid UUID DEFAULT generateUUIDv4(), version UInt32, checksum String, migration_name String, applied_at DateTime DEFAULT now()) ENGINE = MergeTree ORDER BY tuple(applied_at)`));
    await admin.execute(statement(`INSERT INTO cm2._migrations (version, checksum, migration_name) VALUES (1, '${md5(A)}', '1_a.sql')`));
    const ws = workspace({ 'migrations/1_a.sql': B });
    const plan = await runMode({ mode: 'plan', 'database-url': url('cm2') }, ws.dir);
    expect(plan.status).toBe('refused');
    expect(plan.error!.message).toContain(`edited after clickhouse-migrations applied it: cm2._migrations records md5:${md5(A)}, the file is now ${md5(B)}`);
  });

  it('chkit: completed rows of _chkit_migrations count, schemagate applies the rest and records them as chkit does', async () => {
    await admin.execute(statement('CREATE DATABASE IF NOT EXISTS ck'));
    await admin.execute(statement(`CREATE TABLE IF NOT EXISTS ck._chkit_migrations (
    name String,
    applied_at DateTime64(3, 'UTC'),
    checksum String,
    chkit_version String,
    migration_completed Bool DEFAULT true,
    operations Array(Tuple(operation_index Int32, operation_key String, operation_type String, query_id String, status LowCardinality(String), started_at DateTime64(3, 'UTC'), finished_at Nullable(DateTime64(3, 'UTC')), last_error String)) DEFAULT []
) ENGINE = ReplacingMergeTree(applied_at)
ORDER BY (name)
SETTINGS index_granularity = 1`));
    await admin.execute(statement(`INSERT INTO ck._chkit_migrations (name, applied_at, checksum, chkit_version, migration_completed) VALUES
      ('20240101000001_a.sql', now64(3), '${sha256(A)}', '0.1.0', true), ('20240101000002_b.sql', now64(3), '${sha256(B)}', '0.1.0', true),
      ('20240101000003_c.sql', now64(3), '${sha256(C)}', '0.1.0', false)`));
    await admin.execute(statement(A.replace('TABLE a', 'TABLE ck.a')));
    await admin.execute(statement(B.replace('TABLE b', 'TABLE ck.b')));
    const ws = workspace({ 'migrations/20240101000001_a.sql': A, 'migrations/20240101000002_b.sql': B, 'migrations/20240101000003_c.sql': C });

    const plan = await runMode({ mode: 'plan', 'database-url': url('ck') }, ws.dir);
    expect(plan.error).toBeNull();
    expect(plan.plan!.applied.map((a) => a.source)).toEqual(['chkit', 'chkit']);
    expect(plan.plan!.pending.map((p) => p.migration.id)).toEqual(['20240101000003']);

    const apply = await runMode({ mode: 'apply', 'database-url': url('ck'), 'adopt-write': 'true' }, ws.dir);
    expect(apply.error).toBeNull();
    expect(await rows(`SELECT name, checksum, migration_completed FROM ck._chkit_migrations FINAL WHERE name LIKE '%_c.sql'`)).toEqual([
      { name: '20240101000003_c.sql', checksum: sha256(C), migration_completed: true },
    ]);
    expect((await runMode({ mode: 'plan', 'database-url': url('ck') }, ws.dir)).plan!.pending).toEqual([]);
  });
});
