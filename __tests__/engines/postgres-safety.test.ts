import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { rmSync } from 'node:fs';
import { renderSummary } from '../../src/report/summary.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * The safety gate on a real target: the rules' findings sized by the target's statistics and
 * checked against the locks and rewrites the replay observed; waivers; and the rehearsal, which
 * runs the pending migrations on the target's data and always rolls back.
 */
const online = await serverAvailable();
// Each replay starts PGlite; on a loaded machine that alone can take tens of seconds.
jest.setTimeout(240_000);
const BIG = 200_000;

const BASE = `CREATE TABLE accounts (id int PRIMARY KEY);
CREATE TABLE orders (id int PRIMARY KEY, account_id int, amount int);
`;

/** The four statements of the acceptance, each in its own file, on `table`. */
const risky = (table: string) => ({
  'migrations/0003_index.sql': `CREATE INDEX ${table}_amount_idx ON ${table} (amount);\n`,
  'migrations/0004_stamp.sql': `ALTER TABLE ${table}\n  ADD COLUMN created_at timestamptz NOT NULL DEFAULT clock_timestamp();\n`,
  'migrations/0005_widen.sql': `ALTER TABLE ${table} ALTER COLUMN amount TYPE bigint;\n`,
  'migrations/0006_fk.sql': `ALTER TABLE ${table}\n  ADD CONSTRAINT ${table}_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);\n`,
});

let db: TestDatabase | null = null;
afterEach(async () => {
  await db?.drop();
  db = null;
});

/** A target with the base migration applied and `rows` analysed rows in `orders`. */
async function bigTarget(ws: ReturnType<typeof workspace>, rows = BIG) {
  db = await createDatabase('sgsafe');
  const applied = await runMode({ mode: 'apply', 'database-url': db.url, migrations: 'migrations', verify: 'false' }, ws.dir);
  expect(applied.status).toBe('ok');
  await db.sql.unsafe(`INSERT INTO accounts SELECT g FROM generate_series(1, 10) g`);
  await db.sql.unsafe(`INSERT INTO orders SELECT g, g % 10 + 1, g FROM generate_series(1, ${rows}) g`);
  await db.sql.unsafe('ANALYZE orders');
  return db;
}

const journalRows = async (target: TestDatabase) => (await target.sql.unsafe('SELECT count(*)::int AS n FROM schemagate.schemagate_journal'))[0]!.n as number;

describe.each(online ? [[]] : [])('safety on a Postgres server', () => {
  it('fails plan with one finding each, with the rule, file:line, observed lock, rewrite and estimated rows', async () => {
    const ws = workspace({ 'migrations/0001_base.sql': BASE });
    const target = await bigTarget(ws);
    for (const [file, text] of Object.entries(risky('orders'))) ws.write(file, text);

    const outcome = await runMode({ mode: 'plan', 'database-url': target.url, migrations: 'migrations', replay: 'true' }, ws.dir);

    expect(outcome.status).toBe('unsafe');
    expect(outcome.replay?.status).toBe('ok');
    const findings = outcome.safety!.findings;
    expect(findings.map((f) => [f.rule, `${f.file}:${f.line}`, f.table, f.severity, f.observed?.lock, f.observed?.rewrite])).toEqual([
      ['require-concurrent-index-creation', 'migrations/0003_index.sql:1', 'public.orders', 'error', 'SHARE', false],
      ['adding-field-with-default', 'migrations/0004_stamp.sql:2', 'public.orders', 'error', 'ACCESS EXCLUSIVE', true],
      ['changing-column-type', 'migrations/0005_widen.sql:1', 'public.orders', 'error', 'ACCESS EXCLUSIVE', true],
      ['adding-foreign-key-constraint', 'migrations/0006_fk.sql:2', 'public.orders', 'error', 'SHARE ROW EXCLUSIVE', false],
    ]);
    for (const f of findings) {
      // reltuples is an estimate from ANALYZE's sample; for a table this size it is exact or close.
      expect(f.size?.rows).toBeGreaterThan(BIG * 0.9);
      expect(f.size?.rows).toBeLessThan(BIG * 1.1);
    }
    expect(outcome.error?.location).toEqual({ file: 'migrations/0003_index.sql', line: 1 });
    const summary = renderSummary(outcome);
    expect(summary).toContain('Safety: 4 error(s)');
    expect(summary).toMatch(/`adding-field-with-default` \| `migrations\/0004_stamp.sql:2` \| public\.orders \| ~\d{3},\d{3} rows, [\d.]+ MB \| ACCESS EXCLUSIVE lock, table rewritten \(replay\)/);
    // Nothing ran on the target: the column is still int.
    const [column] = await target.sql.unsafe(`SELECT data_type FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'amount'`);
    expect(column!.data_type).toBe('integer');
  });

  it('reports a table below large-table-rows as a warning, and apply refuses an unsafe set before touching anything', async () => {
    const ws = workspace({ 'migrations/0001_base.sql': BASE });
    const target = await bigTarget(ws, 1000);
    ws.write('migrations/0003_index.sql', risky('orders')['migrations/0003_index.sql']);

    const small = await runMode({ mode: 'plan', 'database-url': target.url, migrations: 'migrations' }, ws.dir);
    expect(small.status).toBe('ok');
    expect(small.safety!.findings.map((f) => [f.rule, f.severity])).toEqual([['require-concurrent-index-creation', 'warning']]);

    const before = await journalRows(target);
    const apply = await runMode({ mode: 'apply', 'database-url': target.url, migrations: 'migrations', 'large-table-rows': '500' }, ws.dir);
    expect(apply.status).toBe('unsafe');
    expect(apply.applied).toEqual([]);
    expect(await journalRows(target)).toBe(before);
    const [index] = await target.sql.unsafe(`SELECT to_regclass('public.orders_amount_idx')::text AS found`);
    expect(index!.found).toBeNull();

    const warned = await runMode({ mode: 'plan', 'database-url': target.url, migrations: 'migrations', 'large-table-rows': '500', lint: 'warn' }, ws.dir);
    expect(warned.status).toBe('ok');
    expect(warned.status).toBe('ok');
    expect(warned.safety!.findings.map((f) => [f.rule, f.severity])).toEqual([['require-concurrent-index-creation', 'error']]);
    const off = await runMode({ mode: 'plan', 'database-url': target.url, migrations: 'migrations', lint: 'off' }, ws.dir);
    expect(off.safety).toBeNull();
  });

  it('finds nothing when the same statements touch a table created in the same pull request', async () => {
    const ws = workspace({ 'migrations/0001_base.sql': BASE });
    const target = await bigTarget(ws);
    ws.write('migrations/0002_fresh.sql', 'CREATE TABLE fresh (id int PRIMARY KEY, account_id int, amount int);\n');
    for (const [file, text] of Object.entries(risky('fresh'))) ws.write(file, text);

    const outcome = await runMode({ mode: 'plan', 'database-url': target.url, migrations: 'migrations', replay: 'true' }, ws.dir);

    expect(outcome.safety!.findings).toEqual([]);
    expect(outcome.status).toBe('ok');
  });

  it('does not fail on a waived finding and lists it with its reason', async () => {
    const ws = workspace({ 'migrations/0001_base.sql': BASE });
    const target = await bigTarget(ws, 1000);
    ws.write('migrations/0003_index.sql', '-- schemagate:allow require-concurrent-index-creation built in the Sunday maintenance window\nCREATE INDEX orders_amount_idx ON orders (amount);\n');

    const outcome = await runMode({ mode: 'plan', 'database-url': target.url, migrations: 'migrations', replay: 'true' }, ws.dir);

    expect(outcome.status).toBe('ok');
    expect(outcome.safety!.findings).toMatchObject([
      { rule: 'require-concurrent-index-creation', line: 2, suppressed: { reason: 'built in the Sunday maintenance window' } },
    ]);
    const summary = renderSummary(outcome);
    expect(summary).toContain('0 error(s), 0 warning(s), 1 waived');
    expect(summary).toContain('| `require-concurrent-index-creation` | `migrations/0003_index.sql:2` | public.orders | built in the Sunday maintenance window |');
  });

  it('reports an ACCESS EXCLUSIVE lock that no rule predicted, and drops a rewrite the replay did not see', async () => {
    const ws = workspace({ 'migrations/0001_base.sql': BASE + 'CREATE TABLE notes (id int PRIMARY KEY, body varchar(10));\n' });
    const target = await bigTarget(ws, 100);
    // No rule fires on ADD COLUMN without a default, yet it takes ACCESS EXCLUSIVE for a moment;
    // widening a varchar is binary compatible, so the type-change rule's rewrite does not happen.
    ws.write('migrations/0003_note.sql', 'ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE notes ALTER COLUMN body TYPE varchar(20);\n');

    const outcome = await runMode({ mode: 'plan', 'database-url': target.url, migrations: 'migrations', replay: 'true' }, ws.dir);

    // The widening still takes ACCESS EXCLUSIVE for a moment: the dropped rewrite error leaves that warning.
    expect(outcome.safety!.findings.map((f) => [f.rule, f.table, f.severity, f.line])).toEqual([
      ['observed-access-exclusive', 'public.orders', 'warning', 1],
      ['observed-access-exclusive', 'public.notes', 'warning', 2],
    ]);
    expect(outcome.safety!.contradicted.map((f) => [f.rule, f.table, f.observed?.rewrite])).toEqual([['changing-column-type', 'public.notes', false]]);
    expect(outcome.status).toBe('ok');
  });

  describe('rehearsal', () => {
    it('fails with the database error on SET NOT NULL over NULLs and leaves the catalog and the journal untouched', async () => {
      const ws = workspace({ 'migrations/0001_base.sql': 'CREATE TABLE users (id int PRIMARY KEY, email text);\n' });
      db = await createDatabase('sgrehearse');
      const target = db;
      expect((await runMode({ mode: 'apply', 'database-url': target.url, migrations: 'migrations' }, ws.dir)).status).toBe('ok');
      await target.sql.unsafe(`INSERT INTO users VALUES (1, 'a@example.com'), (2, NULL)`);
      ws.write('migrations/0002_require_email.sql', 'CREATE TABLE audit (id int);\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\n');
      const journalBefore = await target.sql.unsafe('SELECT * FROM schemagate.schemagate_journal ORDER BY started_at');

      const outcome = await runMode({ mode: 'plan', 'database-url': target.url, migrations: 'migrations', rehearse: 'true' }, ws.dir);

      expect(outcome.status).toBe('migration-failed');
      expect(outcome.error?.message).toMatch(/^Rehearsal on the target \(rolled back\): migrations\/0002_require_email.sql:2: .*contains null values/);
      expect(outcome.safety!.rehearsal).toMatchObject({ status: 'failed', rehearsed: ['migrations/0002_require_email.sql'] });
      const [state] = await target.sql.unsafe(
        `SELECT (SELECT attnotnull FROM pg_attribute WHERE attrelid = 'users'::regclass AND attname = 'email') AS notnull,
                to_regclass('public.audit')::text AS audit`,
      );
      expect(state).toEqual({ notnull: false, audit: null });
      expect(await target.sql.unsafe('SELECT * FROM schemagate.schemagate_journal ORDER BY started_at')).toEqual(journalBefore);
      expect(await target.sql.unsafe('SELECT * FROM schemagate.schemagate_journal_statements')).toEqual([]);
    });

    it('rehearses a valid set clean against the snapshot and leaves nothing behind; skips a no-transaction file with the reason', async () => {
      const ws = workspace({
        'migrations/0001_base.sql': 'CREATE TABLE users (id int PRIMARY KEY, email text);\n',
        'migrations/0002_profile.sql': 'CREATE TABLE profiles (user_id int PRIMARY KEY REFERENCES users (id), bio text);\nALTER TABLE users ADD COLUMN nickname text;\n',
      });
      // The snapshot of the schema after both migrations, written from a scratch database.
      const scratch = await createDatabase('sgscratch');
      try {
        expect((await runMode({ mode: 'apply', 'database-url': scratch.url, migrations: 'migrations', lint: 'off' }, ws.dir)).status).toBe('ok');
        expect((await runMode({ mode: 'snapshot', 'database-url': scratch.url, migrations: 'migrations' }, ws.dir)).status).toBe('ok');
      } finally {
        await scratch.drop();
      }
      const second = ws.read('migrations/0002_profile.sql');
      db = await createDatabase('sgrehearse');
      const target = db;
      rmSync(`${ws.dir}/migrations/0002_profile.sql`);
      expect((await runMode({ mode: 'apply', 'database-url': target.url, migrations: 'migrations', verify: 'false' }, ws.dir)).status).toBe('ok');
      ws.write('migrations/0002_profile.sql', second);
      const journalBefore = await target.sql.unsafe('SELECT * FROM schemagate.schemagate_journal');

      const clean = await runMode({ mode: 'plan', 'database-url': target.url, migrations: 'migrations', rehearse: 'true' }, ws.dir);

      expect(clean.status).toBe('ok');
      expect(clean.safety!.rehearsal).toMatchObject({ status: 'clean', rehearsed: ['migrations/0002_profile.sql'], skipped: [], failure: null });
      expect(clean.safety!.rehearsal!.verification!.differences.filter((d) => d.severity === 'error')).toEqual([]);
      expect(clean.safety!.observedBy).toEqual(['rehearsal']);
      const [state] = await target.sql.unsafe(
        `SELECT to_regclass('public.profiles')::text AS profiles,
                (SELECT count(*)::int FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'nickname') AS nickname`,
      );
      expect(state).toEqual({ profiles: null, nickname: 0 });
      expect(await target.sql.unsafe('SELECT * FROM schemagate.schemagate_journal')).toEqual(journalBefore);

      ws.write('migrations/0003_concurrently.sql', '-- schemagate:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);\n');
      const skipped = await runMode({ mode: 'plan', 'database-url': target.url, migrations: 'migrations', rehearse: 'true' }, ws.dir);
      expect(skipped.safety!.rehearsal).toMatchObject({
        status: 'clean',
        rehearsed: ['migrations/0002_profile.sql'],
        skipped: [{ file: 'migrations/0003_concurrently.sql', reason: expect.stringContaining('no-transaction') }],
        verification: null,
      });
      expect(renderSummary(skipped)).toContain('Rehearsal on the target (rolled back)');
    });
  });
});
