import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputName } from '../../src/config/index.js';
import type { ProgressEvent } from '../../src/core/events.js';
import type { Engine } from '../../src/engines/engine.js';
import type { Journal } from '../../src/types.js';
import { diffSchemas, tableKey } from '../../src/verify/diff.js';
import { readExpectedSnapshot, writeSnapshot } from '../../src/verify/snapshot.js';
import { BACKENDS, openEngine, type Backend } from '../support/backends.js';
import { childEnv, firstJsonLine, waitForExit } from '../support/chdb-http-server.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * The engine contract: one suite, run unchanged on the PostgreSQL server, PGlite, chDB and
 * ClickHouse over HTTP, through the public Engine interface and the core. Each backend brings
 * only its DDL fixtures; every assertion is the same. Where engines differ by an optional
 * capability (transactions), the expectation follows the capability, never the engine's name.
 */
const CHILD = fileURLToPath(new URL('../support/engine-child.mjs', import.meta.url));
const available = await Promise.all(BACKENDS.map(async (backend) => [backend.name, backend, await backend.available()] as const));

const workspaces: Array<{ cleanup(): void }> = [];
function files(entries: Record<string, string>) {
  const w = workspace(entries);
  workspaces.push(w);
  return w;
}
afterAll(() => {
  for (const w of workspaces) w.cleanup();
});

async function withEngine<T>(url: string, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await openEngine(url);
  try {
    return await fn(engine);
  } finally {
    await engine.close();
  }
}

/** The journal, and the tables with their columns, as one fresh engine sees them. */
const look = (url: string) =>
  withEngine(url, async (engine) => {
    const tables = (await engine.introspect()).tables.filter((t) => t.type === 'table');
    return {
      atomic: engine.transactions !== undefined,
      journal: await engine.readJournal(),
      tables: tables.map((t) => t.name).sort(),
      columns: (table: string) => tables.find((t) => t.name === table)?.columns.map((c) => c.name),
    };
  });
/** Which statements ran, as `id#n` (1-based). */
const ran = (outcome: { events: ProgressEvent[] }) =>
  outcome.events.flatMap((e) => (e.type === 'statement' ? [`${e.migration.id}#${e.statement.index + 1}`] : []));

async function runChild<T>(input: object): Promise<T> {
  const child = spawn(process.execPath, [CHILD, JSON.stringify(input)], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    return await firstJsonLine<T>(child, 60_000);
  } finally {
    await waitForExit(child);
  }
}

describe.each(available)('engine contract on %s', (_name: string, backend: Backend, online: boolean) => {
  // Generous: PGlite creates each database from scratch, which is slow on a loaded machine.
  const test = (name: string, fn: () => Promise<void>) => (online ? it : it.skip)(name, fn, 180_000);
  const f = backend.fixtures;
  const TWO = {
    'migrations/0001_a.sql': `${f.createTable('a')};\n`,
    'migrations/0002_b.sql': `${f.createTable('b')};\n${f.addColumn('b', 'note')};\n`,
  };
  /** Three statements; the third (line 5) reads a table that does not exist. */
  const threeStatements = (third: string) => `${f.createTable('c')};\n${f.addColumn('c', 'note')};\n\n-- the backfill\n${third};\n`;
  const BROKEN = 'INSERT INTO c (id) SELECT id FROM missing_source';
  const FIXED = 'INSERT INTO c (id) VALUES (1)';
  const FAILING = {
    'migrations/0001_a.sql': `${f.createTable('a')};\n`,
    'migrations/0002_c.sql': threeStatements(BROKEN),
    'migrations/0003_d.sql': `${f.createTable('d')};\n`,
  };

  beforeAll(async () => {
    if (online) await backend.start();
  });
  afterAll(async () => {
    if (online) await backend.stop();
  });

  test('applies pending migrations, journals each as applied with its statement count, then plans nothing', async () => {
    const url = await backend.fresh();
    const w = files(TWO);
    const apply = (mode: string) => runMode({ mode, 'database-url': url, 'connect-retries': '0' }, w.dir);
    const applied = await apply('apply');
    expect(applied.status).toBe('ok');
    expect(applied.applied.map((a) => [a.migrationId, a.status, a.statementsRun])).toEqual([['0001', 'applied', 1], ['0002', 'applied', 2]]);
    expect(ran(applied)).toEqual(['0001#1', '0002#1', '0002#2']);

    const { journal, tables } = await look(url);
    expect(journal.attempts.map((a) => [a.migrationId, a.status, a.statementCount, a.statementsApplied, a.error])).toEqual([
      ['0001', 'applied', 1, 1, null],
      ['0002', 'applied', 2, 2, null],
    ]);
    expect(tables).toEqual(['a', 'b']);

    const plan = await apply('plan');
    expect(plan.status).toBe('ok');
    expect(plan.plan!.pending).toEqual([]);
    expect(plan.plan!.applied.map((a) => a.migration.id)).toEqual(['0001', '0002']);
    const again = await apply('apply');
    expect(again.status).toBe('ok');
    expect(again.applied).toEqual([]);
  });

  /** Applies FAILING: 0001 applies, 0002 fails at its third statement, 0003 never starts. */
  async function failAtThirdStatement() {
    const url = await backend.fresh();
    const w = files(FAILING);
    const failed = await runMode({ mode: 'apply', 'database-url': url, 'connect-retries': '0' }, w.dir);
    return { url, w, failed, ...(await look(url)) };
  }

  test('records a failed statement with its message, index and line, and stops later migrations', async () => {
    const { failed, atomic, journal, tables } = await failAtThirdStatement();
    expect(failed.status).toBe('migration-failed');
    expect(failed.error!.location).toEqual({ file: 'migrations/0002_c.sql', line: 5 });
    expect(failed.error!.message).toMatch(/^migrations\/0002_c\.sql:5: statement 3 of 3 failed: .*missing_source/s);
    expect(failed.applied.map((a) => [a.migrationId, a.status])).toEqual([['0001', 'applied'], ['0002', 'failed']]);
    expect(ran(failed)).toEqual(['0001#1', '0002#1', '0002#2']);

    expect(journal.attempts.map((a) => [a.migrationId, a.status])).toEqual([['0001', 'applied'], ['0002', 'failed']]);
    const row = journal.attempts[1]!;
    expect(row).toMatchObject({ statementCount: 3, errorStatementIndex: 2, errorLine: 5, transactional: atomic });
    expect(row.error).toMatch(/missing_source/);
    // With transactions nothing of the failed migration remains; without, the completed
    // statements stay and the journal records each of them.
    const completed = journal.statements.filter((s) => s.attemptId === row.attemptId).map((s) => s.statementIndex);
    expect({ statementsApplied: row.statementsApplied, completed, tables }).toEqual(
      atomic ? { statementsApplied: 0, completed: [], tables: ['a'] } : { statementsApplied: 2, completed: [0, 1], tables: ['a', 'c'] },
    );
  });

  test('after the fix, retries (with transactions) or resumes after the completed statements, and never re-runs them', async () => {
    const { url, w, atomic } = await failAtThirdStatement();
    w.write('migrations/0002_c.sql', threeStatements(FIXED));
    const apply = (extra: Partial<Record<InputName, string>> = {}) =>
      runMode({ mode: 'apply', 'database-url': url, 'connect-retries': '0', ...extra }, w.dir);
    if (!atomic) {
      const refused = await apply();
      expect(refused.status).toBe('refused');
      expect(refused.plan!.problems.map((p) => p.kind)).toEqual(['failed-partial']);
      expect(ran(refused)).toEqual([]);
    }
    // CREATE TABLE c and ADD COLUMN note would fail if run a second time.
    const fixed = await apply(atomic ? {} : { resume: 'true' });
    expect(fixed.status).toBe('ok');
    expect(fixed.plan!.pending.map((p) => [p.migration.id, p.reason, p.startAt])).toEqual([
      atomic ? ['0002', 'retry', 0] : ['0002', 'resume', 2],
      ['0003', 'new', 0],
    ]);
    expect(ran(fixed)).toEqual([...(atomic ? ['0002#1', '0002#2'] : []), '0002#3', '0003#1']);
    const { journal, tables, columns } = await look(url);
    expect(tables).toEqual(['a', 'c', 'd']);
    expect(columns('c')).toEqual(['id', 'note']);
    expect(journal.attempts.filter((a) => a.migrationId === '0002').map((a) => a.status)).toEqual(['failed', 'applied']);

    const plan = await runMode({ mode: 'plan', 'database-url': url }, w.dir);
    expect(plan.plan!.pending).toEqual([]);
    expect(plan.plan!.problems).toEqual([]);
  });

  test('resumes a no-transaction migration after its completed statements', async () => {
    const url = await backend.fresh();
    const header = '-- schemagate:no-transaction\n';
    const w = files({ 'migrations/0001_c.sql': `${header}${f.createTable('c')};\n${f.addColumn('c', 'note')};\n${BROKEN};\n` });
    const apply = (extra: Partial<Record<InputName, string>> = {}) =>
      runMode({ mode: 'apply', 'database-url': url, 'connect-retries': '0', ...extra }, w.dir);
    const failed = await apply();
    expect(failed.status).toBe('migration-failed');
    expect(failed.error!.location).toEqual({ file: 'migrations/0001_c.sql', line: 4 });
    expect(failed.error!.hint).toMatch(/resume: true/);
    const { journal } = await look(url);
    expect(journal.attempts.map((a) => [a.status, a.statementsApplied, a.errorStatementIndex, a.transactional])).toEqual([['failed', 2, 2, false]]);
    expect(journal.statements.map((s) => s.statementIndex)).toEqual([0, 1]);

    w.write('migrations/0001_c.sql', `${header}${f.createTable('c')};\n${f.addColumn('c', 'note')};\n${FIXED};\n`);
    expect((await apply()).plan!.problems.map((p) => p.kind)).toEqual(['failed-partial']);
    const resumed = await apply({ resume: 'true' });
    expect(resumed.status).toBe('ok');
    expect(ran(resumed)).toEqual(['0001#3']);
    expect(resumed.applied.map((a) => [a.migrationId, a.status, a.statementsRun])).toEqual([['0001', 'applied', 1]]);
    const after = (await look(url)).journal;
    expect(after.attempts.map((a) => [a.status, a.note])).toEqual([['failed', null], ['applied', 'resumed at statement 3']]);
  });

  test('makes a second acquirer wait and time out naming the holder, and hands it over on release', async () => {
    const url = await backend.fresh();
    const first = await openEngine(url, 'contract holder');
    const second = await openEngine(url, 'contract waiter');
    try {
      const held = await first.acquireLock({ owner: 'contract holder', timeoutMs: 1000 });
      const seen: string[] = [];
      const waiting = second.acquireLock({ owner: 'contract waiter', timeoutMs: 1500, onWait: (holder) => seen.push(holder) });
      await expect(waiting).rejects.toMatchObject({ kind: 'lock-timeout', message: expect.stringMatching(/held by "?contract holder\b/) });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen[0]).toMatch(/^"?contract holder\b/);

      const handedOver = second.acquireLock({ owner: 'contract waiter', timeoutMs: 15_000 });
      setTimeout(() => void held.release(), 300);
      const lock = await handedOver;
      await expect(first.acquireLock({ owner: 'contract holder', timeoutMs: 0 })).rejects.toMatchObject({
        kind: 'lock-timeout',
        message: expect.stringMatching(/held by "?contract waiter\b/),
      });
      await lock.release();
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('a journal written by one process is read, row for row, by a fresh engine in another', async () => {
    const url = await backend.freshForChildren();
    const w = files(TWO);
    const written = await runChild<{ status: string; journal: Journal }>({ role: 'apply', url, cwd: w.dir });
    expect(written.status).toBe('ok');
    expect(written.journal.attempts.map((a) => [a.migrationId, a.status, a.statementsApplied])).toEqual([['0001', 'applied', 1], ['0002', 'applied', 2]]);
    const read = await runChild<Journal>({ role: 'read-journal', url });
    expect(read).toEqual(written.journal);
  });

  test('round-trips introspection through a snapshot file, then names a schema change', async () => {
    const url = await backend.fresh();
    const w = files(TWO);
    expect((await runMode({ mode: 'apply', 'database-url': url, 'connect-retries': '0' }, w.dir)).status).toBe('ok');
    await withEngine(url, async (engine) => {
      const file = path.join(w.dir, 'schemagate.snapshot.json');
      writeSnapshot(file, await engine.introspect());
      const expected = await readExpectedSnapshot(file, 'schemagate.snapshot.json');
      expect(expected.schema.tables.map((t) => t.name).sort()).toEqual(['a', 'b']);
      expect(diffSchemas(expected.schema, await engine.introspect(), { failOnExtra: true })).toEqual([]);

      for (const sql of [f.addColumn('a', 'extra'), 'DROP TABLE b']) await engine.execute({ index: 0, sql, line: 1, hash: 'contract' });
      const differences = diffSchemas(expected.schema, await engine.introspect(), { failOnExtra: true });
      const key = (name: string) => tableKey(expected.schema.tables.find((t) => t.name === name)!);
      expect(differences.map((d) => [d.kind, d.severity, d.object]).sort()).toEqual([
        ['extra-column', 'error', `${key('a')}.extra`],
        ['missing-table', 'error', key('b')],
      ]);
      const missing = differences.find((d) => d.kind === 'missing-table')!;
      expect(expected.locate(missing.object)).toBeGreaterThan(1);
    });
  });
});
