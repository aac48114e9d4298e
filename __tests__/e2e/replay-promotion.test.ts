import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { collectAnnotations } from '../../src/report/annotations.js';
import { renderSummary } from '../../src/report/summary.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/** Replay on an empty embedded database, and the promotion gate between two environments. */

const SNAPSHOT = (columns: string) => `{
  "format": "schemagate-snapshot",
  "version": 1,
  "engine": "postgres",
  "tables": [
    { "schema": "public", "name": "users", "type": "table", "primaryKey": ["id"],
      "columns": [
${columns}
      ] }
  ]
}
`;
const ID = '        { "name": "id", "type": "integer", "nullable": false, "default": null }';
const EMAIL = '        { "name": "email", "type": "text", "nullable": false, "default": null }';

describe('replay on an embedded Postgres (PGlite)', () => {
  it('previews without any database URL: applies from empty and verifies against the snapshot', async () => {
    const ws = workspace({
      'migrations/0001_users.sql': 'CREATE TABLE users (id int PRIMARY KEY);',
      'migrations/0002_email.sql': 'ALTER TABLE users ADD COLUMN email text NOT NULL;',
      'migrations/schemagate.snapshot.json': SNAPSHOT(`${ID},\n${EMAIL}`),
    });
    const outcome = await runMode({ mode: 'plan', replay: 'true', engine: 'postgres' }, ws.dir);
    expect(outcome.status).toBe('ok');
    expect(outcome.target).toBe('none (replay only)');
    expect(outcome.replay!.applied.map((a) => a.migrationId)).toEqual(['0001', '0002']);
    expect(outcome.replay!.verification!.differences).toEqual([]);
    ws.cleanup();
  });

  it('annotates a migration that fails on an empty database on its file and line', async () => {
    const ws = workspace({
      // Works on a database where `legacy` exists, fails on a fresh one: what a preview must catch.
      'migrations/0001_users.sql': 'CREATE TABLE users (id int PRIMARY KEY);',
      'migrations/0002_copy.sql': '-- backfill from the old table\nINSERT INTO users\nSELECT id FROM legacy;',
    });
    const outcome = await runMode({ mode: 'plan', replay: 'true', engine: 'postgres' }, ws.dir);
    expect(outcome.status).toBe('migration-failed');
    expect(outcome.error!.message).toMatch(/^Replay on an empty postgres database: migrations\/0002_copy.sql:3: .*relation "legacy" does not exist/);
    const annotations = collectAnnotations(outcome);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ severity: 'error', file: 'migrations/0002_copy.sql', line: 3, title: 'schemagate replay migration-failed' });
    expect(renderSummary(outcome)).toContain('Replay from empty on an embedded postgres database: ❌ migration failed');
    ws.cleanup();
  });

  it('reports a snapshot that does not match the replayed schema, annotated on the snapshot line', async () => {
    const ws = workspace({
      'migrations/0001_users.sql': 'CREATE TABLE users (id int PRIMARY KEY);',
      'migrations/schemagate.snapshot.json': SNAPSHOT(`${ID},\n${EMAIL}`),
    });
    const outcome = await runMode({ mode: 'plan', replay: 'true', engine: 'postgres' }, ws.dir);
    expect(outcome.status).toBe('drift');
    expect(outcome.replay!.verification!.differences.map((d) => [d.kind, d.object, d.line])).toEqual([['missing-column', 'public.users.email', 9]]);
    expect(collectAnnotations(outcome)).toEqual([
      expect.objectContaining({ file: 'migrations/schemagate.snapshot.json', line: 9, title: 'schemagate replay missing-column' }),
    ]);
    ws.cleanup();
  });

  it('needs an engine when there is no URL to infer it from', async () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'select 1;' });
    const outcome = await runMode({ mode: 'plan', replay: 'true' }, ws.dir);
    expect(outcome.status).toBe('config');
    expect(outcome.error!.hint).toMatch(/engine/);
    ws.cleanup();
  });
});

const online = await serverAvailable();
(online ? describe : describe.skip)('promotion gate on PostgreSQL', () => {
  let staging: TestDatabase;
  let production: TestDatabase;
  beforeAll(async () => {
    [staging, production] = await Promise.all([createDatabase('staging'), createDatabase('production')]);
  });
  afterAll(async () => {
    await Promise.all([staging.drop(), production.drop()]);
  });

  it('refuses to apply to production what staging has not applied, then passes once it has', async () => {
    const ws = workspace({ 'migrations/0001_users.sql': 'CREATE TABLE users (id int);' });
    const prod = () => runMode({ mode: 'apply', 'database-url': production.url, 'promotion-database-url': staging.url, 'promotion-environment': 'staging', environment: 'production' }, ws.dir);
    expect((await runMode({ mode: 'apply', 'database-url': staging.url }, ws.dir)).status).toBe('ok');
    expect((await prod()).status).toBe('ok');

    ws.write('migrations/0002_orders.sql', 'CREATE TABLE orders (id int);');
    const refused = await prod();
    expect(refused.status).toBe('promotion');
    expect(refused.error!.message).toContain('migrations/0002_orders.sql has not been applied successfully to staging');
    expect(refused.promotion!.rows.map((r) => [r.migrationId, r.earlier])).toEqual([['0002', 'not-applied']]);
    expect(renderSummary(refused)).toMatch(/Promotion gate: staging[\s\S]*0002[\s\S]*❌ not applied/);
    expect((await production.sql`SELECT to_regclass('orders') AS t`)[0]!.t).toBeNull();

    expect((await runMode({ mode: 'apply', 'database-url': staging.url }, ws.dir)).status).toBe('ok');
    const promoted = await prod();
    expect(promoted.status).toBe('ok');
    expect(promoted.applied.map((a) => a.migrationId)).toEqual(['0002']);
    expect(promoted.promotion!.rows.map((r) => r.earlier)).toEqual(['applied']);
    ws.cleanup();
  });

  it('refuses a migration staging applied with a different checksum', async () => {
    const ws = workspace({ 'migrations/0003_x.sql': 'CREATE TABLE x (id int);' });
    const db = await createDatabase('stg');
    const prodDb = await createDatabase('prd');
    expect((await runMode({ mode: 'apply', 'database-url': db.url }, ws.dir)).status).toBe('ok');
    ws.write('migrations/0003_x.sql', 'CREATE TABLE x (id bigint);');
    const outcome = await runMode({ mode: 'plan', 'database-url': prodDb.url, 'promotion-database-url': db.url }, ws.dir);
    expect(outcome.status).toBe('promotion');
    expect(outcome.promotion!.rows[0]).toMatchObject({ earlier: 'checksum-differs' });
    await Promise.all([db.drop(), prodDb.drop()]);
    ws.cleanup();
  });
});


it('refuses a snapshot written from another engine', async () => {
  const ws = workspace({
    'migrations/0001_a.sql': 'CREATE TABLE a (id int);',
    'migrations/schemagate.snapshot.json': SNAPSHOT(ID).replace('"engine": "postgres"', '"engine": "clickhouse"'),
  });
  const outcome = await runMode({ mode: 'plan', replay: 'true', engine: 'postgres' }, ws.dir);
  expect(outcome.status).toBe('config');
  expect(outcome.error!.message).toBe('Snapshot migrations/schemagate.snapshot.json describes a clickhouse database, but the target is postgres.');
  ws.cleanup();
});
