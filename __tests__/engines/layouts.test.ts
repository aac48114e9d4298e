import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSummary } from '../../src/report/summary.js';
import { ROOT } from '../support/action.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';

/**
 * Every layout's fixture, written as its tool writes it, applies on a real database, re-plans to
 * nothing pending, and the summary names the layout that was read (detected, not told).
 */
const FIXTURES = path.join(ROOT, '__tests__/fixtures/layouts');
const POSTGRES_LAYOUTS: Array<[layout: string, folder: string, format?: string]> = [
  ['plain', 'plain'],
  ['golang-migrate', 'golang-migrate'],
  ['goose', 'goose'],
  ['dbmate', 'dbmate'],
  ['flyway', 'flyway'],
  ['prisma', 'prisma'],
  ['supabase', 'supabase/supabase/migrations'],
  ['node-pg-migrate', 'node-pg-migrate'],
  ['drizzle', '../sources/drizzle-basic'],
];
const CLICKHOUSE_LAYOUTS: Array<[layout: string, folder: string, format?: string]> = [
  ['chkit', 'chkit'],
  ['clickhouse-migrations', 'clickhouse-migrations', 'clickhouse-migrations'],
];

const temps: string[] = [];
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const db of databases) await db.drop();
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-layouts-'));
  temps.push(dir);
  return dir;
};

async function applyTwice(url: string, folder: string, layout: string, format?: string) {
  const inputs = { mode: 'apply', 'database-url': url, migrations: path.join(FIXTURES, folder), ...(format ? { format } : {}) };
  const first = await runMode(inputs, ROOT);
  expect(first.error).toBeNull();
  expect(first.layout).toBe(layout);
  expect(first.applied.length).toBeGreaterThan(0);
  expect(first.applied.every((a) => a.status === 'applied')).toBe(true);
  expect(renderSummary(first)).toContain(`(${layout} layout)`);
  const again = await runMode({ ...inputs, mode: 'plan' }, ROOT);
  expect(again.error).toBeNull();
  expect(again.plan!.pending).toEqual([]);
  expect(again.plan!.applied.length).toBe(first.applied.length);
  return first;
}

describe.each(POSTGRES_LAYOUTS)('%s layout', (layout, folder, format) => {
  it('applies on PGlite and re-plans to nothing pending', async () => {
    await applyTwice(`pglite://${tempDir()}`, folder, layout, format);
  }, 120_000);

  it('applies on the Postgres server and re-plans to nothing pending', async () => {
    if (!(await serverAvailable())) return;
    const db = await createDatabase('layout');
    databases.push(db);
    await applyTwice(db.url, folder, layout, format);
  }, 120_000);
});

describe.each(CLICKHOUSE_LAYOUTS)('%s layout', (layout, folder, format) => {
  it('applies on chDB and re-plans to nothing pending', async () => {
    await applyTwice(`chdb://${tempDir()}`, folder, layout, format);
  }, 120_000);
});

describe('what a layout says about its files', () => {
  it('runs only the up part, and a layout no-transaction marker runs the file statement by statement', async () => {
    const outcome = await applyTwice(`pglite://${tempDir()}`, 'goose', 'goose');
    const index = outcome.plan!.pending.find((p) => p.migration.id === '20240102120000')!.migration;
    expect(index.transactional).toBe(false);
    expect(index.statements.map((s) => s.sql)).toEqual(['CREATE INDEX CONCURRENTLY users_email_idx ON users (email)']);
    const placeholder = outcome.applied.find((a) => a.migrationId === '20240103120000')!;
    expect(placeholder).toMatchObject({ status: 'applied', statementsRun: 0 });
  }, 120_000);

  it('hints at the layout marker when Postgres refuses to run a statement in a transaction', async () => {
    if (!(await serverAvailable())) return;
    const db = await createDatabase('layout');
    databases.push(db);
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'migrations'));
    fs.writeFileSync(path.join(dir, 'migrations/20240101120000_t.sql'), '-- +goose Up\nCREATE TABLE t (id int);\n');
    fs.writeFileSync(path.join(dir, 'migrations/20240102120000_idx.sql'), '-- +goose Up\nCREATE INDEX CONCURRENTLY t_idx ON t (id);\n');
    // The safety gate would refuse it first (concurrently-in-transaction): this is about the database's own refusal.
    const outcome = await runMode({ mode: 'apply', 'database-url': db.url, migrations: 'migrations', lint: 'off' }, dir);
    expect(outcome.status).toBe('migration-failed');
    expect(outcome.error!.message).toMatch(/cannot run inside a transaction block/);
    expect(outcome.error!.hint).toContain('-- +goose NO TRANSACTION');
  }, 120_000);
});
