import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import postgres from 'postgres';
import { NODE24, ROOT, runAction } from '../support/action.js';
import { count, FAULT_SEED, hasOutcome, INTERNALS, runCli, seededRandom, startCli } from '../support/faults.js';
import { createDatabase, serverAvailable, SERVER_URL, type TestDatabase } from '../support/postgres.js';
import { workspace } from '../support/workspace.js';

/**
 * The fault suite: runs of the CLI bundle killed (SIGKILL) or cut off by the server
 * (pg_terminate_backend) at seeded random points, concurrent runs, and the check after each that
 * the journal says exactly what the schema holds and that the next run finishes or refuses
 * precisely. Runs stopped by SIGINT or SIGTERM must also end with their report (outcome
 * `cancelled`). Counts come from SCHEMAGATE_FAULT_KILLS, _BATCH_KILLS, _STOPS, _TERMINATIONS, _CH_KILLS, _CONCURRENT
 * (the defaults keep `npm test` short); SCHEMAGATE_FAULT_SEED replays a campaign.
 */
const KILLS = count('SCHEMAGATE_FAULT_KILLS', 3);
const BATCH_KILLS = count('SCHEMAGATE_FAULT_BATCH_KILLS', 2);
const TERMINATIONS = count('SCHEMAGATE_FAULT_TERMINATIONS', 2);
const CH_KILLS = count('SCHEMAGATE_FAULT_CH_KILLS', 1);
const CONCURRENT = count('SCHEMAGATE_FAULT_CONCURRENT', 3);
const STOPS = count('SCHEMAGATE_FAULT_STOPS', 3);
const random = seededRandom(FAULT_SEED);
/** A generous time budget per trial (a loaded 2-core machine), so larger campaigns only take longer. */
const budget = (trials: number): number => 60_000 + trials * 45_000;
const tally = { kills: 0, stops: 0, terminations: 0, chKills: 0, concurrent: 0, inconsistent: [] as string[], withoutOutcome: [] as string[] };

const TRANSACTIONAL = ['0001', '0002', '0003', '0004', '0005', '0006', '0008'];
function postgresFolder() {
  const files: Record<string, string> = {};
  for (const id of TRANSACTIONAL) {
    files[`migrations/${id}_t.sql`] = `CREATE TABLE t_${id} (id int);\nINSERT INTO t_${id} SELECT generate_series(1, 2000);\nSELECT pg_sleep(0.04);\n`;
  }
  files['migrations/0007_nt.sql'] =
    '-- schemagate:no-transaction\nCREATE TABLE IF NOT EXISTS nt (id int);\nSELECT pg_sleep(0.08);\nALTER TABLE nt ADD COLUMN IF NOT EXISTS b int;\n';
  return workspace(files);
}

/** The journal against the schema: a table exists iff its migration is applied, or the attempt says how far it got. */
async function inconsistencies(sql: postgres.Sql): Promise<string[]> {
  const problems: string[] = [];
  const [journal] = await sql`SELECT to_regclass('schemagate.schemagate_journal')::text AS found`;
  const attempts = journal!.found
    ? await sql<{ attempt_id: string; migration_id: string; status: string; started_at: Date }[]>`SELECT attempt_id, migration_id, status, started_at FROM schemagate.schemagate_journal ORDER BY started_at`
    : [];
  const statements = journal!.found ? await sql<{ attempt_id: string; statement_index: number }[]>`SELECT attempt_id, statement_index FROM schemagate.schemagate_journal_statements` : [];
  const tables = new Set((await sql<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`).map((r) => r.name));
  const applied = (id: string) => attempts.filter((a) => a.migration_id === id && a.status === 'applied').length;
  for (const id of TRANSACTIONAL) {
    if (applied(id) > 1) problems.push(`${id} applied ${applied(id)} times`);
    if (tables.has(`t_${id}`) !== applied(id) > 0) problems.push(`t_${id} ${tables.has(`t_${id}`) ? 'exists' : 'is missing'} but ${id} is ${applied(id) ? '' : 'not '}applied`);
  }
  const columns = (await sql<{ name: string }[]>`SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'nt'`).map((r) => r.name);
  const latest = attempts.filter((a) => a.migration_id === '0007').at(-1);
  if (!latest) {
    if (tables.has('nt')) problems.push('nt exists but 0007 has no attempt');
  } else if (latest.status === 'applied') {
    if (!columns.includes('b')) problems.push('0007 applied but nt.b is missing');
  } else {
    const done = new Set(statements.filter((s) => s.attempt_id === latest.attempt_id).map((s) => s.statement_index));
    // A statement may have completed without its row only when the attempt was cut off ("running").
    const unrecorded = (index: number, present: boolean) => present && !done.has(index);
    if (done.has(0) && !tables.has('nt')) problems.push('0007 statement 1 recorded but nt is missing');
    if (done.has(2) && !columns.includes('b')) problems.push('0007 statement 3 recorded but nt.b is missing');
    if ((unrecorded(0, tables.has('nt')) || unrecorded(2, columns.includes('b'))) && latest.status !== 'running') problems.push(`0007 has unrecorded effects but its attempt is ${latest.status}`);
  }
  return problems;
}

/** Tables a and b of the action's run: a is applied, b's transaction did not commit. */
async function inconsistenciesOf(sql: postgres.Sql, tables: string[]): Promise<string[]> {
  const rows = await sql<{ migration_id: string; status: string }[]>`SELECT migration_id, status FROM schemagate.schemagate_journal ORDER BY started_at`;
  const present = new Set((await sql<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`).map((r) => r.name));
  const problems: string[] = [];
  if (!present.has(tables[0]!) || !rows.some((r) => r.migration_id === '0001' && r.status === 'applied')) problems.push('0001 not applied');
  if (present.has(tables[1]!) || rows.some((r) => r.migration_id === '0002' && r.status !== 'running')) problems.push(`0002: ${JSON.stringify(rows)}`);
  return problems;
}

/** The next run finishes, or refuses naming the migration and `resume`, after which a resume finishes. */
function finishAfterFault(args: string[], cwd: string, label: string): void {
  let next = runCli(args, cwd);
  if (!hasOutcome({ code: next.status, stdout: next.stdout, stderr: next.stderr })) tally.withoutOutcome.push(`${label}: next run: ${next.stderr.slice(-500)}`);
  if (next.status === 3) {
    if (!/0007_nt\.sql/.test(next.stdout + next.stderr) || !/resume/.test(next.stdout + next.stderr)) tally.inconsistent.push(`${label}: refusal does not name the migration and resume`);
    next = runCli([...args, '--resume'], cwd);
  }
  if (next.status !== 0) tally.inconsistent.push(`${label}: the run after the fault ended ${next.status}: ${next.stderr.slice(-300)}`);
}

let server = false;
beforeAll(async () => {
  server = await serverAvailable();
});

afterAll(() => {
  console.log(
    `fault suite (seed ${FAULT_SEED}): ${tally.kills} Postgres kills, ${tally.stops} SIGINT/SIGTERM stops, ${tally.terminations} server terminations, ${tally.chKills} ClickHouse kills, ` +
      `${tally.concurrent} concurrent applies; inconsistencies ${tally.inconsistent.length}, runs without outcome ${tally.withoutOutcome.length}`,
  );
});

describe('Postgres faults', () => {
  /**
   * SIGKILL (`kill`), or SIGINT and SIGTERM in turn (`stop`, after which the run must end with its
   * report), at random points of an apply run with `extra`; after each, the journal matches the
   * schema, before and after the next run.
   */
  async function killTrials(label: string, trials: number, extra: string[], how: 'kill' | 'stop' = 'kill'): Promise<void> {
    for (let trial = 0; trial < trials; trial++) {
      const db: TestDatabase = await createDatabase('sgfault');
      const ws = postgresFolder();
      const args = ['apply', '--database-url', db.url, '--migrations', 'migrations', ...extra];
      const { child, finished } = startCli(args, ws.dir);
      const delay = 150 + Math.floor(random() * 1500);
      const signal = how === 'kill' ? 'SIGKILL' : trial % 2 === 0 ? 'SIGINT' : 'SIGTERM';
      const timer = setTimeout(() => child.kill(signal), delay);
      const run = await finished;
      clearTimeout(timer);
      if (how === 'kill') tally.kills++;
      else tally.stops++;
      if (run.signal === null && !hasOutcome(run)) tally.withoutOutcome.push(`${label} ${trial}: ${run.stderr.slice(-500)}`);
      // A signal before the CLI has loaded its handlers, or after it has reported and is exiting,
      // ends it as the default handler does: before it printed or connected to anything, or after
      // its whole report. The journal check applies either way.
      const outsideTheRun = run.signal === signal && (run.stdout === '' || /^. schemagate apply: /m.test(run.stdout));
      if (how === 'stop' && run.code !== 0 && run.code !== 130 && !outsideTheRun) tally.inconsistent.push(`${label} ${trial} at ${delay} ms: ${signal} ended it with exit ${run.code ?? run.signal}, not 130: ${run.stdout.slice(0, 300)}`);
      for (const problem of await inconsistencies(db.sql)) tally.inconsistent.push(`${label} ${trial} at ${delay} ms: ${problem}`);
      finishAfterFault(args, ws.dir, `${label} ${trial}`);
      for (const problem of await inconsistencies(db.sql)) tally.inconsistent.push(`${label} ${trial} after the next run: ${problem}`);
      await db.drop();
      ws.cleanup();
    }
    expect(tally.inconsistent).toEqual([]);
    expect(tally.withoutOutcome).toEqual([]);
  }

  it(`SIGKILL at ${KILLS} random points of an apply leaves a journal that matches the schema`, async () => {
    if (server) await killTrials('kill', KILLS, []);
  }, budget(KILLS));

  // A batch commits its migrations with their journal rows in chunks; the no-transaction 0007
  // runs alone between two chunks, statement by statement.
  it(`SIGKILL at ${BATCH_KILLS} random points of a transaction-mode batch apply leaves a journal that matches the schema`, async () => {
    if (server) await killTrials('batch kill', BATCH_KILLS, ['--transaction-mode', 'batch']);
  }, budget(BATCH_KILLS));

  // Ctrl-C and a cancelled job: the statement under way is cancelled, and the run reports.
  it(`SIGINT or SIGTERM at ${STOPS} random points of an apply ends with the report and a journal that matches the schema`, async () => {
    if (!server) return;
    await killTrials('stop', STOPS, [], 'stop');
    await killTrials('batch stop', Math.ceil(STOPS / 2), ['--transaction-mode', 'batch'], 'stop');
  }, budget(STOPS + Math.ceil(STOPS / 2)));

  it(`a session terminated by the server at ${TERMINATIONS} random points ends in a connection outcome`, async () => {
    if (!server) return;
    const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
    for (let trial = 0; trial < TERMINATIONS; trial++) {
      const db = await createDatabase('sgterm');
      const ws = postgresFolder();
      const name = new URL(db.url).pathname.slice(1);
      const args = ['apply', '--database-url', db.url, '--migrations', 'migrations'];
      const { finished } = startCli(args, ws.dir);
      const delay = 250 + Math.floor(random() * 1200);
      const timer = setTimeout(() => {
        void admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${name} AND application_name LIKE 'schemagate%'`.catch(() => {});
      }, delay);
      const run = await finished;
      clearTimeout(timer);
      tally.terminations++;
      if (!hasOutcome(run) || ![0, 6].includes(run.code ?? -1)) tally.withoutOutcome.push(`termination ${trial} at ${delay} ms: exit ${run.code} ${run.stderr.slice(-500)} ${run.stdout.slice(-1500)}`);
      for (const problem of await inconsistencies(db.sql)) tally.inconsistent.push(`termination ${trial}: ${problem}`);
      finishAfterFault(args, ws.dir, `termination ${trial}`);
      await db.drop();
      ws.cleanup();
    }
    await admin.end({ timeout: 1 });
    expect(tally.withoutOutcome).toEqual([]);
    expect(tally.inconsistent).toEqual([]);
  }, budget(TERMINATIONS));

  it('run as the action, a terminated session still writes outputs, a summary and a failed step', async () => {
    if (!server) return;
    const db = await createDatabase('sgactterm');
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);\n', 'migrations/0002_slow.sql': 'CREATE TABLE b (id int);\nSELECT pg_sleep(20);\n' });
    const name = new URL(db.url).pathname.slice(1);
    const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
    const killer = setInterval(() => {
      void admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${name} AND query LIKE '%pg_sleep(20)%' AND pid <> pg_backend_pid()`.catch(() => {});
    }, 200);
    const run = await runAction({ mode: 'apply', 'database-url': db.url }, { cwd: ws.dir });
    clearInterval(killer);
    tally.terminations++;
    expect(run.outputs.outcome).toBe('connection');
    expect(run.status).toBe(6);
    expect(run.summary).toMatch(/connection error/);
    expect(run.stdout).toMatch(/::error::schemagate apply: connection error: .*0002_slow\.sql:2/);
    expect(run.stdout + run.stderr).not.toMatch(INTERNALS);
    expect(await inconsistenciesOf(db.sql, ['a', 'b'])).toEqual([]);
    await admin.end({ timeout: 1 });
    await db.drop();
    ws.cleanup();
  }, 120_000);

  it(`${CONCURRENT} concurrent applies apply each migration exactly once`, async () => {
    if (!server) return;
    const db = await createDatabase('sgconc');
    const ws = postgresFolder();
    const runs = await Promise.all(
      Array.from({ length: CONCURRENT }, () => startCli(['apply', '--database-url', db.url, '--migrations', 'migrations', '--lock-timeout', '120'], ws.dir).finished),
    );
    tally.concurrent += runs.length;
    expect(runs.map((r) => r.code)).toEqual(runs.map(() => 0));
    const rows = await db.sql<{ migration_id: string; n: number }[]>`SELECT migration_id, count(*)::int AS n FROM schemagate.schemagate_journal WHERE status = 'applied' GROUP BY migration_id ORDER BY 1`;
    expect(rows.map((r) => [r.migration_id, r.n])).toEqual([...TRANSACTIONAL, '0007'].sort().map((id) => [id, 1]));
    expect(await inconsistencies(db.sql)).toEqual([]);
    await db.drop();
    ws.cleanup();
  }, 300_000);
});

/** Tables and applied journal rows of a chDB directory, read by a separate process (chDB opens a directory from one process at a time). */
function chdbState(dir: string): { tables: string[]; applied: Record<string, number> } {
  const script = `
    const { createRequire } = require('node:module');
    const { Session } = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))})('chdb');
    const s = new Session(${JSON.stringify(dir)});
    const rows = (q) => s.query(q, 'JSONEachRow').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
    const tables = rows("SELECT name FROM system.tables WHERE database = 'default'").map((r) => r.name);
    const applied = tables.includes('schemagate_journal') ? rows("SELECT migration_id, count() AS n FROM default.schemagate_journal FINAL WHERE status = 'applied' GROUP BY migration_id") : [];
    process.stdout.write(JSON.stringify({ tables, applied: Object.fromEntries(applied.map((r) => [r.migration_id, Number(r.n)])) }));
    s.cleanup?.();`;
  const out = spawnSync(NODE24, ['-e', script], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as { tables: string[]; applied: Record<string, number> };
}

describe('ClickHouse faults', () => {
  it(`SIGKILL at ${CH_KILLS} random points of a chDB apply: the next run finishes or refuses precisely`, async () => {
    const ids = ['0001', '0002', '0003', '0004'];
    for (let trial = 0; trial < CH_KILLS; trial++) {
      const ws = workspace(
        Object.fromEntries(ids.map((id) => [`migrations/${id}_c.sql`, `CREATE TABLE IF NOT EXISTS c_${id} (id UInt32) ENGINE = MergeTree ORDER BY id;\nINSERT INTO c_${id} SELECT number FROM numbers(1000);\n`])),
      );
      const url = `chdb://${path.join(ws.dir, 'ch')}`;
      const args = ['apply', '--database-url', url, '--migrations', 'migrations'];
      const { child, finished } = startCli(args, ws.dir);
      const delay = 300 + Math.floor(random() * 3000);
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const run = await finished;
      clearTimeout(timer);
      tally.chKills++;
      if (run.signal === null && !hasOutcome(run)) tally.withoutOutcome.push(`chdb kill ${trial}: ${run.stderr.slice(-500)}`);
      const after = chdbState(path.join(ws.dir, 'ch'));
      for (const id of ids) {
        if ((after.applied[id] ?? 0) > 0 && !after.tables.includes(`c_${id}`)) tally.inconsistent.push(`chdb kill ${trial}: ${id} applied but c_${id} missing`);
      }
      let next = runCli(args, ws.dir);
      if (!hasOutcome({ code: next.status, stdout: next.stdout, stderr: next.stderr })) tally.withoutOutcome.push(`chdb kill ${trial}: next run ${next.stderr.slice(-500)}`);
      if (next.status === 3) next = runCli([...args, '--resume'], ws.dir);
      if (next.status !== 0) tally.inconsistent.push(`chdb kill ${trial}: the run after the kill ended ${next.status}: ${next.stderr.slice(-300)}`);
      const final = chdbState(path.join(ws.dir, 'ch'));
      for (const id of ids) {
        if (final.applied[id] !== 1 || !final.tables.includes(`c_${id}`)) tally.inconsistent.push(`chdb kill ${trial}: ${id} applied ${final.applied[id] ?? 0} times, table ${final.tables.includes(`c_${id}`) ? 'present' : 'missing'}`);
      }
      ws.cleanup();
    }
    expect(tally.withoutOutcome).toEqual([]);
    expect(tally.inconsistent).toEqual([]);
  }, budget(CH_KILLS));

  it('a second run on a chDB directory another run has open waits for it as for a lock, or times out naming the process', async () => {
    const ws = workspace({ 'migrations/0001_slow.sql': 'CREATE TABLE s (id UInt32) ENGINE = MergeTree ORDER BY id;\nSELECT sleep(3);\nSELECT sleep(3);\n' });
    const args = ['apply', '--database-url', `chdb://${path.join(ws.dir, 'ch')}`, '--migrations', 'migrations'];
    const first = startCli(args, ws.dir);
    // Once it has started its migration it holds the directory.
    await new Promise<void>((resolve) => first.child.stderr!.on('data', (chunk: Buffer) => /\[1\/1\]/.test(chunk.toString()) && resolve()));
    const impatient = runCli([...args, '--json', '--lock-timeout', '0'], ws.dir);
    const result = JSON.parse(impatient.stdout);
    expect(result.status).toBe('lock-timeout');
    expect(result.error.message).toMatch(new RegExp(`is open in process ${first.child.pid} \\(node\\) on this host, open since \\d{4}-`));
    // With time to wait, the next run opens the directory once the first has closed it and finds nothing left to do.
    const patient = runCli([...args, '--json', '--lock-timeout', '60'], ws.dir);
    expect(JSON.parse(patient.stdout)).toMatchObject({ status: 'ok', applied: [], plan: { pending: [] } });
    expect(patient.stderr).toMatch(new RegExp(`is open in process ${first.child.pid} \\(node\\) on this host.*; waiting for it`));
    expect((await first.finished).code).toBe(0);
    ws.cleanup();
  }, 120_000);
});
