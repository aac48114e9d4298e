import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import type { InputName } from '../../src/config/index.js';
import { readSettings } from '../../src/config/index.js';
import type { ProgressEvent } from '../../src/core/events.js';
import type { ChClient } from '../../src/engines/clickhouse/client.js';
import { openClickHouseClient, openClickHouseEngine, type ClickHouseEngineOptions } from '../../src/engines/clickhouse/engine.js';
import { parseClickHouseUrl } from '../../src/engines/clickhouse/url.js';
import { driverForKind } from '../../src/engines/index.js';
import type { Outcome } from '../../src/core/outcome.js';
import { runSchemagate } from '../../src/core/run.js';
import { loadMigrations } from '../../src/sources/index.js';
import type { Journal, Migration } from '../../src/types.js';
import { startChdbHttpServerProcess, type ChdbHttpServerProcess } from '../support/chdb-http-server.js';
import { spawnCli, type CliRun } from '../support/cli.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * Whole runs (plan/apply/verify/snapshot through the core, or the CLI in separate processes)
 * against ClickHouse: chDB in this process, and the @clickhouse/client path against the chDB
 * HTTP server in a child process (which can be killed and restarted, like a real server).
 *
 * chDB opens one data directory per process: every in-process chDB run of this file uses DIR,
 * each scenario in its own database (`?database=`); CLI children get directories of their own.
 */
const DIR = mkdtempSync(path.join(tmpdir(), 'schemagate-chapply-'));
const dirs: string[] = [DIR];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-chapply-'));
  dirs.push(dir);
  return dir;
};
const servers: ChdbHttpServerProcess[] = [];
async function startServer(options: Parameters<typeof startChdbHttpServerProcess>[0]): Promise<ChdbHttpServerProcess> {
  const server = await startChdbHttpServerProcess(options);
  servers.push(server);
  return server;
}
const workspaces: Array<{ cleanup(): void }> = [];
const ws = (files: Record<string, string>) => {
  const w = workspace(files);
  workspaces.push(w);
  return w;
};

const engineOptions: ClickHouseEngineOptions = { journalTable: 'schemagate_journal', clientName: 'schemagate-test', connectRetries: 0 };
/** Keeps the file's chDB session open between runs, so every run and every check sees one engine. */
let keepAlive: ChClient;

beforeAll(async () => {
  keepAlive = await openClickHouseClient(parseClickHouseUrl(new URL(`chdb://${DIR}`)), engineOptions);
});

afterAll(async () => {
  await keepAlive?.close();
  await Promise.all(servers.map((s) => s.close()));
  for (const w of workspaces) w.cleanup();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A raw client on the target, to look behind schemagate's back. */
async function withClient<T>(url: string, fn: (client: ChClient) => Promise<T>): Promise<T> {
  const client = await openClickHouseClient(parseClickHouseUrl(new URL(url)), engineOptions);
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

async function readJournal(url: string): Promise<Journal> {
  const engine = await openClickHouseEngine(url, engineOptions);
  try {
    return await engine.readJournal();
  } finally {
    await engine.close();
  }
}

/** `n -> how many rows hold n`: an INSERT that ran twice shows up as a 2. */
async function counts(url: string, table: string): Promise<Record<number, number>> {
  const rows = await withClient(url, (c) => c.query<{ n: number; c: string }>(`SELECT n, count() AS c FROM ${table} GROUP BY n ORDER BY n`));
  return Object.fromEntries(rows.map((r) => [Number(r.n), Number(r.c)]));
}

async function columns(url: string, table: string): Promise<string[]> {
  const rows = await withClient(url, (c) =>
    c.query<{ name: string }>('SELECT name FROM system.columns WHERE database = currentDatabase() AND table = {t:String} ORDER BY position', { t: table }),
  );
  return rows.map((r) => r.name);
}

function migrationsOf(dir: string): Migration[] {
  return loadMigrations(path.join(dir, 'migrations'), { dialect: driverForKind('clickhouse').dialect, cwd: dir }).migrations;
}

/** runMode with a live listener: the core as the shells run it, with progress seen as it happens. */
async function runLive(inputs: Partial<Record<InputName, string>>, cwd: string, onEvent: (event: ProgressEvent) => void): Promise<Outcome & { events: ProgressEvent[] }> {
  const events: ProgressEvent[] = [];
  const settings = readSettings((name) => inputs[name], { GITHUB_WORKSPACE: cwd } as NodeJS.ProcessEnv);
  const outcome = await runSchemagate(settings, (event) => {
    events.push(event);
    onEvent(event);
  });
  return { ...outcome, events };
}

const ran = (outcome: { events: ProgressEvent[] }) =>
  outcome.events.flatMap((e) => (e.type === 'statement' ? [`${e.migration.id}#${e.statement.index + 1}`] : []));

// ---- 1. a statement-by-statement migration fails at its 3rd statement --------------------------

const BASE = 'CREATE TABLE base (id UInt8) ENGINE = MergeTree ORDER BY id;\n';
const STATEMENT_1 = 'CREATE TABLE counts (n UInt32) ENGINE = MergeTree ORDER BY n;';
const FIVE = (first: string, third: string) =>
  [
    '-- five statements, one request each; nothing rolls back',
    first, // line 2
    'INSERT INTO counts VALUES (1);', // line 3
    '',
    '-- the backfill',
    third, // line 6
    'INSERT INTO counts VALUES (4);', // line 8
    'CREATE TABLE counts_done (id UInt8) ENGINE = MergeTree ORDER BY id;', // line 9
    '',
  ].join('\n');
const BROKEN = 'INSERT INTO counts\nSELECT n FROM missing_source;';
const FIXED = 'INSERT INTO counts\nSELECT 3;';

async function failAndResume(url: string): Promise<void> {
  const w = ws({ 'migrations/0001_base.sql': BASE, 'migrations/0002_counts.sql': FIVE(STATEMENT_1, BROKEN) });
  const file = 'migrations/0002_counts.sql';
  const apply = (extra: Partial<Record<InputName, string>> = {}) =>
    runMode({ mode: 'apply', 'database-url': url, 'connect-retries': '0', ...extra }, w.dir);

  // First run: 0001 applies, 0002 stops at statement 3 with ClickHouse's message and its line.
  const failed = await apply();
  expect(failed.status).toBe('migration-failed');
  expect(failed.error!.location).toEqual({ file, line: 6 });
  expect(failed.error!.message).toMatch(/^migrations\/0002_counts\.sql:6: statement 3 of 5 failed: .*missing_source.*\(UNKNOWN_TABLE\)/s);
  expect(failed.error!.hint).toMatch(/resume: true/);
  // The two statements that ran stay applied, and the report says so; the safety section is kept.
  expect(failed.applied.map((a) => [a.migrationId, a.status, a.statementsRun])).toEqual([['0001', 'applied', 1], ['0002', 'failed', 2]]);
  expect(failed.safety).not.toBeNull();
  expect(ran(failed)).toEqual(['0001#1', '0002#1', '0002#2']);

  const statements = migrationsOf(w.dir).find((m) => m.id === '0002')!.statements;
  let journal = await readJournal(url);
  const attempt = journal.attempts.find((a) => a.migrationId === '0002')!;
  expect(attempt).toMatchObject({ status: 'failed', statementCount: 5, statementsApplied: 2, errorStatementIndex: 2, errorLine: 6, transactional: false });
  expect(attempt.error).toMatch(/missing_source/);
  expect(journal.statements.filter((s) => s.attemptId === attempt.attemptId).map((s) => [s.statementIndex, s.statementHash])).toEqual([
    [0, statements[0]!.hash],
    [1, statements[1]!.hash],
  ]);
  expect(await counts(url, 'counts')).toEqual({ 1: 1 });

  // A plain re-run refuses, naming the statement and both ways out; it runs nothing.
  for (const mode of ['plan', 'apply']) {
    const refused = await runMode({ mode, 'database-url': url, 'connect-retries': '0' }, w.dir);
    expect(refused.status).toBe('refused');
    expect(refused.plan!.problems.map((p) => p.kind)).toEqual(['failed-partial']);
    expect(refused.error!.location).toEqual({ file, line: 6 });
    expect(refused.error!.message).toMatch(/0002_counts\.sql failed at statement 3 \(line 6\): .*missing_source.*; statements 1-2 of 5 completed/s);
    expect(refused.error!.hint).toMatch(/`resume: true`.*mode `baseline`/s);
    expect(refused.applied).toEqual([]);
  }

  // Editing a completed statement, then resuming, is refused: it would skip something else than what ran.
  w.write(file, FIVE(STATEMENT_1.replace('UInt32', 'UInt64'), FIXED));
  const mismatch = await apply({ resume: 'true' });
  expect(mismatch.status).toBe('refused');
  expect(mismatch.plan!.problems.map((p) => [p.kind, p.location])).toEqual([['resume-mismatch', { file, line: 2 }]]);
  expect(mismatch.error!.message).toMatch(/statement 1 already ran/);
  expect(ran(mismatch)).toEqual([]);

  // Completed statements restored, statement 3 fixed: resume runs 3-5 only.
  w.write(file, FIVE(STATEMENT_1, FIXED));
  const resumed = await apply({ resume: 'true' });
  expect(resumed.status).toBe('ok');
  expect(resumed.plan!.pending.map((p) => [p.migration.id, p.reason, p.startAt])).toEqual([['0002', 'resume', 2]]);
  expect(ran(resumed)).toEqual(['0002#3', '0002#4', '0002#5']);
  expect(resumed.applied.map((a) => [a.migrationId, a.status, a.statementsRun])).toEqual([['0002', 'applied', 3]]);
  expect(await counts(url, 'counts')).toEqual({ 1: 1, 3: 1, 4: 1 });
  expect(await columns(url, 'counts_done')).toEqual(['id']);

  journal = await readJournal(url);
  const attempts = journal.attempts.filter((a) => a.migrationId === '0002');
  expect(attempts.map((a) => [a.status, a.note])).toEqual([['failed', null], ['applied', 'resumed at statement 3']]);
  // The last statement (index 4) is recorded by the applied row, which says all 5 ran.
  expect(journal.statements.filter((s) => s.attemptId === attempts[1]!.attemptId).map((s) => s.statementIndex)).toEqual([2, 3]);
  expect(attempts[1]!.statementsApplied).toBe(3);

  const after = await runMode({ mode: 'plan', 'database-url': url }, w.dir);
  expect(after.status).toBe('ok');
  expect(after.plan!.pending).toEqual([]);
  expect(after.plan!.problems).toEqual([]);
}

describe('a migration that fails at its 3rd of 5 statements', () => {
  it('on chDB: records 1-2, refuses a plain re-run, refuses an edited resume, resumes 3-5 after the fix', async () => {
    await failAndResume(`chdb://${DIR}?database=resume`);
  });

  it('over HTTP: the same through @clickhouse/client', async () => {
    const server = await startServer({ dataPath: tempDir() });
    await failAndResume(`${server.url}/default`);
  });
});

describe('a syntax error within a statement of several lines', () => {
  it("is located at its own line of the file, from ClickHouse's position", async () => {
    const url = `chdb://${DIR}?database=syntaxline`;
    const w = ws({ 'migrations/0001_a.sql': 'SELECT 1;\nCREATE TABLE t (\n  id UInt8,\n  name String,,\n  at DateTime\n) ENGINE = MergeTree ORDER BY id;\n' });
    const run = await runMode({ mode: 'apply', 'database-url': url, 'connect-retries': '0' }, w.dir);
    expect(run.status).toBe('migration-failed');
    expect(run.error!.message).toMatch(/^migrations\/0001_a\.sql:4: statement 2 of 2 failed: .*Syntax error: failed at position/s);
    expect(run.error!.location).toEqual({ file: 'migrations/0001_a.sql', line: 4 });
  });
});

describe('a cluster the server does not define (input `cluster`)', () => {
  it('is a configuration error naming it, before the journal or any migration is written', async () => {
    const url = `chdb://${DIR}?database=nocluster`;
    const w = ws({ 'migrations/0001_a.sql': 'CREATE TABLE a ON CLUSTER nosuch (id UInt8) ENGINE = MergeTree ORDER BY id;\n' });
    const run = await runMode({ mode: 'apply', 'database-url': url, cluster: 'nosuch', 'connect-retries': '0' }, w.dir);
    expect(run.status).toBe('config');
    expect(run.error!.message).toMatch(/^Input `cluster` is nosuch, which .* does not define: .*CLUSTER_DOESNT_EXIST/s);
    expect(run.error!.hint).toContain('SELECT DISTINCT cluster FROM system.clusters');
    expect(run.applied).toEqual([]);
    expect((await readJournal(url)).attempts).toEqual([]);
  });
});

// ---- 2. two concurrent applies (two CLI processes, one HTTP server) -----------------------------

const SLOW = {
  'migrations/0001_hits.sql': 'CREATE TABLE hits (n UInt32) ENGINE = MergeTree ORDER BY n;\nINSERT INTO hits VALUES (1);\nSELECT sleep(2);\nINSERT INTO hits VALUES (2);\n',
  'migrations/0002_more.sql': 'INSERT INTO hits VALUES (3);\n',
};
const json = (run: CliRun) => {
  try {
    return JSON.parse(run.stdout) as { status: string; applied: Array<{ migrationId: string }>; plan: { pending: unknown[] } | null; error: { message: string } | null };
  } catch {
    throw new Error(`CLI printed no JSON (exit ${run.code}): ${run.stdout}\n${run.stderr}`);
  }
};

describe('two concurrent applies over HTTP', () => {
  it('run each statement once: the second waits for the lock and finds nothing pending', async () => {
    const server = await startServer({ dataPath: tempDir() });
    const url = `${server.url}/default`;
    const w = ws(SLOW);
    const runs = await Promise.all([1, 2].map(() => spawnCli(['apply', '--database-url', url, '--migrations', 'migrations', '--json'], { cwd: w.dir })));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const results = runs.map(json);
    const applied = results.map((r) => r.applied.map((a) => a.migrationId));
    expect(applied.slice().sort()).toEqual([[], ['0001', '0002']]);
    const waiter = runs[applied.findIndex((a) => a.length === 0)]!;
    expect(json(waiter).plan!.pending).toEqual([]);
    expect(waiter.stderr).toMatch(/Waiting for the migration lock, held by schemagate local on .+ pid \d+/);
    expect(await counts(url, 'hits')).toEqual({ 1: 1, 2: 1, 3: 1 });
    expect((await readJournal(url)).attempts.map((a) => [a.migrationId, a.status])).toEqual([['0001', 'applied'], ['0002', 'applied']]);
  });

  it('with a short lock-timeout: the second times out naming the holder and changes nothing', async () => {
    const server = await startServer({ dataPath: tempDir() });
    const url = `${server.url}/default`;
    const w = ws(SLOW);
    const runs = await Promise.all(
      [1, 2].map(() => spawnCli(['apply', '--database-url', url, '--migrations', 'migrations', '--lock-timeout', '1', '--json'], { cwd: w.dir })),
    );
    expect(runs.map((r) => r.code).sort()).toEqual([0, 4]);
    const loser = json(runs.find((r) => r.code === 4)!);
    expect(loser.status).toBe('lock-timeout');
    expect(loser.applied).toEqual([]);
    expect(loser.error!.message).toMatch(
      new RegExp(`Timed out after \\d+s waiting for the migration lock .*: held by schemagate local on ${hostname()} pid \\d+ \\(host ${hostname()}, pid \\d+\\), lease expires .+ UTC`),
    );
    expect(json(runs.find((r) => r.code === 0)!).applied.map((a) => a.migrationId)).toEqual(['0001', '0002']);
    expect(await counts(url, 'hits')).toEqual({ 1: 1, 2: 1, 3: 1 });
  });
});

// ---- 3. the server dies in the middle of a migration ---------------------------------------------

describe('the HTTP server killed during a statement', () => {
  it('fails the run as a connection error; with the server back, the journal shows what completed and the next run asks for a decision', async () => {
    const dataPath = tempDir();
    let server = await startServer({ dataPath });
    const url = `${server.url}/default`;
    const file = 'migrations/0001_steps.sql';
    const w = ws({
      [file]: 'CREATE TABLE steps (n UInt32) ENGINE = MergeTree ORDER BY n;\nINSERT INTO steps VALUES (1);\nSELECT sleep(2.5);\nINSERT INTO steps VALUES (2);\n',
    });
    // Statement 2 is recorded; statement 3 (the sleep) is on its way: kill the server during it,
    // then start it again at once on the same port and data. The run keeps the default
    // connect-retries: were the interrupted statement retried, it would reach the new server.
    let restarting: Promise<void> | null = null;
    const outcome = await runLive({ mode: 'apply', 'database-url': url }, w.dir, (event) => {
      if (event.type === 'statement' && event.statement.index === 1) {
        restarting = new Promise((resolve) => setTimeout(resolve, 800))
          .then(() => server.kill())
          .then(() => startServer({ dataPath, port: server.port }))
          .then((restarted) => {
            server = restarted;
          });
      }
    });
    expect(restarting).not.toBeNull();
    await restarting;
    expect(outcome.status).toBe('connection');
    expect(outcome.error!.message).toMatch(/^migrations\/0001_steps\.sql:3: the connection was lost during statement 3 of 4; it may or may not have completed/);
    expect(outcome.error!.location).toEqual({ file, line: 3 });
    expect(outcome.error!.hint).toMatch(/resume: true.*baseline/s);
    expect(ran(outcome)).toEqual(['0001#1', '0001#2']);

    const statements = migrationsOf(w.dir)[0]!.statements;
    const journal = await readJournal(url);
    expect(journal.attempts.map((a) => [a.migrationId, a.status, a.finishedAt])).toEqual([['0001', 'running', null]]);
    expect(journal.statements.map((s) => [s.statementIndex, s.statementHash])).toEqual([
      [0, statements[0]!.hash],
      [1, statements[1]!.hash],
    ]);
    expect(await counts(url, 'steps')).toEqual({ 1: 1 });

    // Not silently re-run: the plan stops at the interrupted statement and offers resume or baseline.
    const plan = await runMode({ mode: 'plan', 'database-url': url }, w.dir);
    expect(plan.status).toBe('refused');
    expect(plan.plan!.pending).toEqual([]);
    expect(plan.plan!.problems.map((p) => [p.kind, p.location])).toEqual([['failed-partial', { file, line: 3 }]]);
    expect(plan.error!.message).toMatch(/0001_steps\.sql was interrupted .*; statements 1-2 of 4 completed/);
    expect(plan.error!.hint).toMatch(/`resume: true`.*mode `baseline`/s);

    // Resuming re-runs the interrupted statement and the rest, never the completed ones.
    const resumed = await runMode({ mode: 'apply', 'database-url': url, resume: 'true' }, w.dir);
    expect(resumed.status).toBe('ok');
    expect(ran(resumed)).toEqual(['0001#3', '0001#4']);
    expect(await counts(url, 'steps')).toEqual({ 1: 1, 2: 1 });
  });
});

// ---- 4. verification ---------------------------------------------------------------------------

describe('verification against a snapshot written by mode snapshot', () => {
  it('catches a missing column, a changed type, a changed ORDER BY and a missing table; an extra table is a warning', async () => {
    const url = `chdb://${DIR}?database=drift`;
    const w = ws({
      'migrations/0001_tables.sql': [
        'CREATE TABLE events (id UInt64, ts DateTime, name String, amount UInt32) ENGINE = MergeTree ORDER BY id;',
        'CREATE TABLE sessions (id UInt64, started DateTime) ENGINE = MergeTree ORDER BY id;',
        'CREATE TABLE users (id UInt64) ENGINE = MergeTree ORDER BY id;',
      ].join('\n'),
    });
    expect((await runMode({ mode: 'apply', 'database-url': url }, w.dir)).status).toBe('ok');
    const snapshot = await runMode({ mode: 'snapshot', 'database-url': url }, w.dir);
    expect(snapshot.snapshotWritten).toBe('migrations/schemagate.snapshot.json');
    expect((await runMode({ mode: 'verify', 'database-url': url }, w.dir)).status).toBe('ok');

    await withClient(url, async (c) => {
      await c.command('ALTER TABLE events DROP COLUMN name');
      await c.command('ALTER TABLE events MODIFY COLUMN amount UInt64');
      await c.command('DROP TABLE sessions');
      await c.command('CREATE TABLE sessions (id UInt64, started DateTime) ENGINE = MergeTree ORDER BY (started, id)');
      await c.command('DROP TABLE users');
      await c.command('CREATE TABLE scratch (id UInt64) ENGINE = MergeTree ORDER BY id');
    });

    const verified = await runMode({ mode: 'verify', 'database-url': url }, w.dir);
    expect(verified.status).toBe('drift');
    const text = w.read('migrations/schemagate.snapshot.json').split('\n');
    const lineOf = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;
    const found = verified.verification!.differences.map((d) => [d.severity, d.kind, d.object, d.line]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['error', 'missing-column', 'events.name', lineOf('"name": "name"')],
        ['error', 'type', 'events.amount', lineOf('"name": "amount"')],
        ['error', 'sorting-key', 'sessions', lineOf('"name": "sessions"')],
        ['error', 'missing-table', 'users', lineOf('"name": "users"')],
        ['warning', 'extra-table', 'scratch', expect.any(Number)],
      ]),
    );
    // Nothing else: the journal and lock tables are never drift, nor is what did not change.
    const objects = new Set(verified.verification!.differences.map((d) => d.object));
    expect([...objects].sort()).toEqual(['events.amount', 'events.name', 'scratch', 'sessions', 'users']);
    expect(verified.verification!.differences.find((d) => d.kind === 'sorting-key')).toMatchObject({ expected: 'id', actual: 'started, id' });
    expect(verified.verification!.differences.find((d) => d.kind === 'type')).toMatchObject({ expected: 'UInt32', actual: 'UInt64' });
    expect(verified.error).toMatchObject({ kind: 'drift', message: expect.stringMatching(/^\d+ differences from migrations\/schemagate\.snapshot\.json$/) });

    // fail-on-extra makes the extra table an error too.
    const strict = await runMode({ mode: 'verify', 'database-url': url, 'fail-on-extra': 'true' }, w.dir);
    expect(strict.verification!.differences.find((d) => d.object === 'scratch')!.severity).toBe('error');
  });
});

// ---- 5. story 5: repeatable ensurers next to versioned migrations ----------------------------------

describe('repeatable "ensure" migrations (story 5)', () => {
  it('re-run when they change; a versioned migration runs once', async () => {
    const url = `chdb://${DIR}?database=ensure`;
    const w = ws({
      'migrations/0001_events.sql': 'CREATE TABLE events (ts DateTime, n UInt32) ENGINE = MergeTree ORDER BY ts;\nINSERT INTO events (ts, n) VALUES (now(), 1);\n',
      'migrations/R__ensure.sql': 'ALTER TABLE events ADD COLUMN IF NOT EXISTS day Date MATERIALIZED toDate(ts);\n',
    });
    const apply = () => runMode({ mode: 'apply', 'database-url': url }, w.dir);

    const first = await apply();
    expect(first.status).toBe('ok');
    expect(first.applied.map((a) => [a.migrationId, a.kind])).toEqual([['0001', 'versioned'], ['R__ensure', 'repeatable']]);

    const second = await apply();
    expect(second.status).toBe('ok');
    expect(second.applied).toEqual([]);
    expect(second.plan!.pending).toEqual([]);

    w.write('migrations/R__ensure.sql', 'ALTER TABLE events ADD COLUMN IF NOT EXISTS day Date MATERIALIZED toDate(ts);\nALTER TABLE events ADD COLUMN IF NOT EXISTS hour UInt8 MATERIALIZED toHour(ts);\n');
    const third = await apply();
    expect(third.status).toBe('ok');
    expect(third.plan!.pending.map((p) => [p.migration.id, p.reason])).toEqual([['R__ensure', 'changed']]);
    expect(third.applied.map((a) => [a.migrationId, a.statementsRun])).toEqual([['R__ensure', 2]]);
    expect(ran(third)).toEqual(['R__ensure#1', 'R__ensure#2']);

    expect(await columns(url, 'events')).toEqual(['ts', 'n', 'day', 'hour']);
    expect(await withClient(url, (c) => c.query<{ c: string | number }>('SELECT count() AS c FROM events')).then((r) => Number(r[0]!.c))).toBe(1);
    const journal = await readJournal(url);
    const ensure = migrationsOf(w.dir).find((m) => m.id === 'R__ensure')!;
    expect(journal.attempts.map((a) => [a.migrationId, a.kind, a.status])).toEqual([
      ['0001', 'versioned', 'applied'],
      ['R__ensure', 'repeatable', 'applied'],
      ['R__ensure', 'repeatable', 'applied'],
    ]);
    const [before, after] = journal.attempts.filter((a) => a.migrationId === 'R__ensure');
    expect(before!.checksum).not.toBe(after!.checksum);
    expect(after!.checksum).toBe(ensure.checksum);

    expect((await apply()).applied).toEqual([]);
  });
});

// ---- 6. the journal across processes ---------------------------------------------------------------

describe('the journal across CLI processes', () => {
  it('on chDB: what one process applied, the next process reads as applied', async () => {
    const url = `chdb://${tempDir()}?database=shop`;
    const w = ws({
      'migrations/0001_orders.sql': 'CREATE TABLE orders (id UInt64) ENGINE = MergeTree ORDER BY id;\n',
      'migrations/0002_items.sql': 'CREATE TABLE items (id UInt64) ENGINE = MergeTree ORDER BY id;\n',
    });
    const first = await spawnCli(['apply', '--database-url', url, '--json'], { cwd: w.dir });
    expect(first.code).toBe(0);
    expect(json(first).applied.map((a) => a.migrationId)).toEqual(['0001', '0002']);

    w.write('migrations/0003_refunds.sql', 'CREATE TABLE refunds (id UInt64) ENGINE = MergeTree ORDER BY id;\n');
    const second = await spawnCli(['plan', '--database-url', url, '--json'], { cwd: w.dir });
    expect(second.code).toBe(0);
    const plan = JSON.parse(second.stdout) as { plan: { applied: Array<{ id: string; source: string }>; pending: Array<{ id: string; reason: string }> } };
    expect(plan.plan.applied).toEqual([
      { id: '0001', file: 'migrations/0001_orders.sql', source: 'journal' },
      { id: '0002', file: 'migrations/0002_items.sql', source: 'journal' },
    ]);
    expect(plan.plan.pending.map((p) => [p.id, p.reason])).toEqual([['0003', 'new']]);
  });
});
