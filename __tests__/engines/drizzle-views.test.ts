import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { fromDrizzle } from '../../src/sources/drizzle/snapshot.js';
import { readExpectedSnapshot } from '../../src/verify/snapshot.js';
import type { Difference } from '../../src/types.js';
import { ROOT } from '../support/action.js';
import { openEngine } from '../support/backends.js';
import { createDatabase, SERVER_URL, serverAvailable } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * drizzle-kit's views and roles (issue 11), written by drizzle-kit itself: a view built with the
 * query builder, a materialized view over raw SQL, a view drizzle declares `.existing()` and a
 * role. Applied, they verify clean on the server (15) and on PGlite (18), although each server
 * deparses the queries its own way; a view's changed WHERE, a dropped materialized view, a
 * role's changed CREATEDB and a dropped role are drift naming the object. A role the snapshot
 * does not state is never extra (roles are the server's); a view created outside is.
 */
const online = await serverAvailable();
jest.setTimeout(300_000);
const DRIZZLE_KIT = path.join(ROOT, 'node_modules/drizzle-kit/bin.cjs');

// Roles are cluster-wide on the shared server: unique names, dropped after.
const ROLE = `sg_auditor_${randomBytes(4).toString('hex')}`;
const OTHER_ROLE = `${ROLE}_other`;

const SCHEMA = `import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { boolean, integer, pgMaterializedView, pgRole, pgTable, pgView, serial, text, varchar } from 'drizzle-orm/pg-core';

export const auditor = pgRole('${ROLE}', { createDb: true, inherit: false });

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: varchar('email', { length: 320 }).notNull(),
  name: text('name').default('anon'),
  role: text('role').notNull(),
  score: integer('score').default(0),
  active: boolean('active').default(true).notNull(),
});

export const activeUsers = pgView('active_users').with({ securityBarrier: true, checkOption: 'cascaded' }).as((qb) =>
  qb.select({ id: users.id, email: users.email, name: users.name }).from(users)
    .where(and(eq(users.active, true), gt(users.score, -1), inArray(users.role, ['a', 'b']))));

export const userScores = pgMaterializedView('user_scores', { role: text('role'), total: integer('total') })
  .with({ fillfactor: 70, autovacuumEnabled: false })
  .as(sql\`select role, sum(score)::int as total from users where email like '%@x.com' group by role\`);

export const legacy = pgView('legacy_report', { id: integer('id') }).existing();
`;

const ws = workspace({
  'schema.ts': SCHEMA,
  'drizzle.config.ts': "export default { dialect: 'postgresql', schema: './schema.ts', out: './drizzle' };\n",
});
const cleanups: Array<() => Promise<void> | void> = [];
beforeAll(() => {
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(ws.dir, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, [DRIZZLE_KIT, 'generate', '--config', 'drizzle.config.ts'], { cwd: ws.dir, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`drizzle-kit generate exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  ws.cleanup();
});

it("reads views, their columns and queries, and roles from drizzle-kit's snapshot; existing views are left alone", async () => {
  const expected = await fromDrizzle(JSON.parse(ws.read('drizzle/meta/0000_snapshot.json')));
  const find = (name: string) => expected.tables.find((t) => t.name === name);
  expect(find('active_users')).toEqual({
    schema: 'public',
    name: 'active_users',
    type: 'view',
    primaryKey: [],
    columns: [
      { name: 'id', type: 'integer', nullable: true, default: null },
      { name: 'email', type: 'varchar(320)', nullable: true, default: null },
      { name: 'name', type: 'text', nullable: true, default: null },
    ],
    properties: { query_tree: expect.stringMatching(/^parse tree [0-9a-f]{16}$/), with_options: 'check_option=cascaded, security_barrier=true' },
  });
  expect(find('user_scores')).toMatchObject({
    type: 'materialized_view',
    columns: [{ name: 'role', type: 'text' }, { name: 'total', type: 'integer' }],
    properties: { with_options: 'autovacuum_enabled=false, fillfactor=70' },
  });
  expect(find(ROLE)).toEqual({ schema: '', name: ROLE, type: 'role', columns: [], primaryKey: [], properties: { create_db: 'true', create_role: 'false', inherit: 'false' } });
  expect(find('legacy_report')).toBeUndefined();
  expect(expected.unmanaged).toEqual(['public.legacy_report']);
  expect(expected.unrecordedTypes).not.toContain('view');

  // Annotations point at the view's and the role's own lines in drizzle's snapshot.
  const file = path.join(ws.dir, 'drizzle/meta/0000_snapshot.json');
  const read = await readExpectedSnapshot(file, 'drizzle/meta/0000_snapshot.json');
  const lines = ws.read('drizzle/meta/0000_snapshot.json').split('\n');
  expect(lines[read.locate('public.user_scores') - 1]).toContain('"public.user_scores": {');
  expect(lines[read.locate(ROLE) - 1]).toContain(`"${ROLE}": {`);
  expect(lines.slice(0, read.locate(ROLE)).some((line) => line.includes('"roles": {'))).toBe(true);
});

const summary = (differences: Difference[]) => differences.map((d) => [d.severity, d.kind, d.object]);

/** Runs SQL on the target through schemagate's own engine (PGlite has no other door). */
async function run(url: string, sql: string): Promise<void> {
  const engine = await openEngine(url);
  try {
    await engine.execute({ index: 0, sql, line: 1, hash: '' });
  } finally {
    await engine.close();
  }
}

async function viewsAndRoles(url: string): Promise<void> {
  const applied = await runMode({ mode: 'apply', 'database-url': url, migrations: 'drizzle' }, ws.dir);
  expect(applied.error).toBeNull();
  expect(applied.verification!.differences).toEqual([]);

  // Made outside drizzle: the view it declares existing, a view it does not know, a role it does not state.
  await run(url, 'CREATE VIEW legacy_report AS SELECT id FROM users');
  await run(url, 'CREATE VIEW made_by_hand AS SELECT 1 AS one');
  await run(url, `CREATE ROLE ${OTHER_ROLE}`);
  const outside = await runMode({ mode: 'verify', 'database-url': url, migrations: 'drizzle' }, ws.dir);
  expect(summary(outside.verification!.differences)).toEqual([['warning', 'extra-table', 'public.made_by_hand']]);
  expect(outside.status).toBe('ok');

  // (a) a different WHERE, (b) the materialized view dropped, (c) the role's CREATEDB changed.
  // CREATE OR REPLACE replaces the options too: the same ones are given again.
  await run(url, "CREATE OR REPLACE VIEW active_users WITH (security_barrier = on, check_option = cascaded) AS SELECT id, email, name FROM users WHERE active = false AND score > -1 AND role IN ('a', 'b')");
  await run(url, 'DROP MATERIALIZED VIEW user_scores');
  await run(url, `ALTER ROLE ${ROLE} NOCREATEDB`);
  const changed = await runMode({ mode: 'verify', 'database-url': url, migrations: 'drizzle' }, ws.dir);
  expect(changed.status).toBe('drift');
  const errors = changed.verification!.differences.filter((d) => d.severity === 'error');
  expect(summary(errors).sort()).toEqual(
    [
      ['error', 'query-tree', 'public.active_users'],
      ['error', 'missing-table', 'public.user_scores'],
      ['error', 'create-db', ROLE],
    ].sort(),
  );
  expect(errors.find((d) => d.kind === 'missing-table')!.message).toBe('Missing materialized view public.user_scores');
  expect(errors.find((d) => d.kind === 'create-db')!.message).toBe(`Role ${ROLE}: create db is false, expected true`);

  // (d) an option of the view set on the database (Postgres 15 has security_invoker).
  await run(url, 'ALTER VIEW active_users SET (security_invoker = 1)');
  const optioned = await runMode({ mode: 'verify', 'database-url': url, migrations: 'drizzle' }, ws.dir);
  expect(optioned.verification!.differences.filter((d) => d.kind === 'with-options').map((d) => d.message)).toEqual([
    'View public.active_users: with options is check_option=cascaded, security_barrier=true, security_invoker=true, expected check_option=cascaded, security_barrier=true',
  ]);
  await run(url, 'ALTER VIEW active_users RESET (security_invoker)');

  // (c) the role dropped.
  await run(url, `DROP ROLE ${ROLE}`);
  const dropped = await runMode({ mode: 'verify', 'database-url': url, migrations: 'drizzle' }, ws.dir);
  expect(dropped.verification!.differences.filter((d) => d.object === ROLE).map((d) => [d.kind, d.message])).toEqual([['missing-role', `Missing role ${ROLE}`]]);

  // Written into the drizzle folder without `snapshot`, the file is one verify does not read by default: the run says so.
  const unread = await runMode({ mode: 'snapshot', 'database-url': url, migrations: 'drizzle' }, ws.dir);
  expect(unread.events).toContainEqual(expect.objectContaining({
    type: 'engine-notice',
    message: expect.stringMatching(/^Verify and apply of this folder compare against drizzle\/meta\/0000_snapshot\.json \(drizzle-kit's latest snapshot\), not drizzle\/schemagate\.snapshot\.json: set `snapshot`/),
  }));
  rmSync(path.join(ws.dir, 'drizzle/schemagate.snapshot.json'));

  // schemagate's own snapshot leaves roles out: they belong to the server, not the schema.
  expect((await runMode({ mode: 'snapshot', 'database-url': url, snapshot: 'schemagate.snapshot.json' }, ws.dir)).error).toBeNull();
  const written = ws.read('schemagate.snapshot.json');
  expect(written).not.toContain(OTHER_ROLE);
  expect(written).toContain('"query_tree":"parse tree ');
  expect((await runMode({ mode: 'verify', 'database-url': url, snapshot: 'schemagate.snapshot.json' }, ws.dir)).verification!.differences).toEqual([]);

  expect(written).toContain('"with_options":"check_option=cascaded, security_barrier=true"');
  // Options changed on the database are drift against schemagate's own snapshot too.
  await run(url, 'ALTER VIEW active_users SET (security_barrier = off)');
  expect(summary((await runMode({ mode: 'verify', 'database-url': url, snapshot: 'schemagate.snapshot.json' }, ws.dir)).verification!.differences)).toEqual([
    ['error', 'with-options', 'public.active_users'],
  ]);

  // A version 4 file, which could state neither the parse tree nor the options, still verifies on the query's text.
  ws.write('schemagate.snapshot.json', written.replace(/"version": \d+/, '"version": 4').replace(/,"query_tree":"parse tree [0-9a-f]+"/g, '').replace(/,"with_options":"[^"]*"/g, ''));
  const older = () => runMode({ mode: 'verify', 'database-url': url, snapshot: 'schemagate.snapshot.json' }, ws.dir);
  expect((await older()).verification!.differences).toEqual([]);
  await run(url, "CREATE OR REPLACE VIEW active_users AS SELECT id, email, name FROM users WHERE active");
  expect(summary((await older()).verification!.differences)).toEqual([['error', 'query', 'public.active_users']]);
}

describe('drizzle-kit views and roles', () => {
  it('on PGlite (PostgreSQL 18)', async () => {
    const dir = workspace();
    cleanups.push(() => dir.cleanup());
    await viewsAndRoles(`pglite://${path.join(dir.dir, 'db')}`);
  });

  (online ? it : it.skip)('on the PostgreSQL server (15)', async () => {
    const db = await createDatabase('sg_drizzleviews');
    cleanups.push(async () => {
      await db.drop();
      const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
      await admin.unsafe(`DROP ROLE IF EXISTS ${ROLE}; DROP ROLE IF EXISTS ${OTHER_ROLE}`);
      await admin.end({ timeout: 1 });
    });
    await viewsAndRoles(db.url);
  });
});
