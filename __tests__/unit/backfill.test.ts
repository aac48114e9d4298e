import { afterEach, describe, expect, it } from '@jest/globals';
import { batchRate } from '../../src/core/backfill.js';
import { buildPlan } from '../../src/core/plan.js';
import { dialectFor } from '../../src/dialects/index.js';
import { concurrentIndexOf } from '../../src/dialects/postgres/concurrent-index.js';
import { loadPostgresParser } from '../../src/dialects/postgres/parser.js';
import { SchemagateError } from '../../src/errors.js';
import { describeBatchProgress, formatCount } from '../../src/report/progress.js';
import { batchStatementProblem, DEFAULT_MAX_BATCHES, parseBatchDirective, parseDuration } from '../../src/sources/batch.js';
import { loadMigrations } from '../../src/sources/index.js';
import type { JournalRow } from '../../src/types.js';
import { workspace } from '../support/workspace.js';

/** The pure parts of batched backfills and of the INVALID-index handling: directives, statement checks, rates, lines. */

const postgres = dialectFor('postgres');
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function load(text: string) {
  const ws = workspace({ 'migrations/0001_backfill.sql': text });
  cleanups.push(ws.cleanup);
  return loadMigrations(`${ws.dir}/migrations`, { dialect: postgres, cwd: ws.dir, format: 'plain' }).migrations[0]!;
}

function configErrorOf(text: string): SchemagateError {
  try {
    load(text);
  } catch (error) {
    if (error instanceof SchemagateError) return error;
    throw error;
  }
  throw new Error('expected a config error');
}

const UPDATE = 'UPDATE users SET email_lower = lower(email) WHERE id IN (SELECT id FROM users WHERE email_lower IS NULL LIMIT 5000);';

describe('the batch directive', () => {
  it('reads its options, with defaults', () => {
    expect(parseBatchDirective('', 'f.sql', 1)).toEqual({ maxBatches: DEFAULT_MAX_BATCHES, pauseMs: 0, totalSql: null, line: 1 });
    expect(parseBatchDirective(' max-batches=40  pause=1.5s', 'f.sql', 2)).toEqual({ maxBatches: 40, pauseMs: 1500, totalSql: null, line: 2 });
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('250')).toBeNull();
  });

  it.each([
    ['max-batches=0', /max-batches must be a whole number/],
    ['max-batches=ten', /max-batches must be a whole number/],
    ['pause=fast', /pause must be a duration/],
    ['pause=2min', /pause must be a duration/],
    ['size=5000', /unknown option "size"/],
  ])('refuses `%s` at its line', (args, message) => {
    expect(() => parseBatchDirective(args, 'migrations/0002_x.sql', 3)).toThrow(message);
    expect(() => parseBatchDirective(args, 'migrations/0002_x.sql', 3)).toThrow(/^migrations\/0002_x\.sql:3: /);
  });

  it('is read from a migration file with its total query', () => {
    const migration = load(`-- schemagate:batch max-batches=100 pause=10ms\n-- schemagate:batch-total SELECT count(*) FROM users WHERE email_lower IS NULL\n${UPDATE}\n`);
    expect(migration.batch).toEqual({ maxBatches: 100, pauseMs: 10, totalSql: 'SELECT count(*) FROM users WHERE email_lower IS NULL', line: 1 });
    expect(migration.transactional).toBe(true);
    expect(load(`${UPDATE}\n`).batch).toBeUndefined();
  });

  it('refuses a file that cannot be a batch, at its line', () => {
    const two = configErrorOf(`-- schemagate:batch\n${UPDATE}\n${UPDATE}\n`);
    expect([two.kind, two.message, two.location]).toEqual(['config', expect.stringContaining('must hold exactly one statement; it has 2'), { file: 'migrations/0001_backfill.sql', line: 3 }]);
    const unbounded = configErrorOf('-- schemagate:batch\n\nUPDATE users SET a = 1 WHERE a IS NULL;\n');
    expect(unbounded.message).toMatch(/^migrations\/0001_backfill\.sql:3: .*no LIMIT/);
    expect(unbounded.hint).toContain('LIMIT 5000');
    expect(configErrorOf('-- schemagate:batch\nALTER TABLE users ADD COLUMN b int;\n').message).toMatch(/statement is a ALTER statement; a batch must be an UPDATE/);
    expect(configErrorOf(`-- schemagate:batch\n-- schemagate:no-transaction\n${UPDATE}\n`).message).toMatch(/cannot also run without one/);
    expect(configErrorOf(`-- schemagate:batch-total SELECT 1\n${UPDATE}\n`).message).toMatch(/batch-total without schemagate:batch/);
    expect(configErrorOf(`-- schemagate:batch\n-- schemagate:batch-total DELETE FROM users\n${UPDATE}\n`).message).toMatch(/needs a query/);
  });

  it.each([
    [UPDATE, null],
    ['DELETE FROM events WHERE ctid IN (SELECT ctid FROM events WHERE created < now() - interval \'1 year\' LIMIT 1000)', null],
    ['INSERT INTO archive SELECT * FROM events e WHERE NOT EXISTS (SELECT 1 FROM archive a WHERE a.id = e.id) ORDER BY id LIMIT 1000', null],
    ['WITH batch AS (SELECT id FROM t WHERE done IS NULL LIMIT 100) UPDATE t SET done = true FROM batch WHERE t.id = batch.id', null],
    ['UPDATE t SET a = 1 WHERE id IN (SELECT id FROM t WHERE a IS NULL FETCH FIRST 10 ROWS ONLY)', null],
    ["INSERT INTO t VALUES (1) -- LIMIT", /no LIMIT|has no SELECT/],
    ['INSERT INTO t VALUES ((SELECT 1 LIMIT 1))', /has no SELECT/],
    ['SELECT * FROM t LIMIT 5', /is a SELECT/],
    ["UPDATE t SET note = 'LIMIT 5'", /no LIMIT/],
  ])('judges %s', (sql, problem) => {
    const found = batchStatementProblem(postgres.lex(sql));
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('batch progress', () => {
  it('computes a rate and an ETA when the rows left are known', () => {
    expect(batchRate(0, 1000, 100)).toEqual({ rowsPerSecond: null, etaMs: null });
    expect(batchRate(10_000, 2000, 40_000)).toEqual({ rowsPerSecond: 5000, etaMs: 8000 });
    expect(batchRate(10_000, 2000, null)).toEqual({ rowsPerSecond: 5000, etaMs: null });
    expect(batchRate(10_000, 2000, -5)).toEqual({ rowsPerSecond: 5000, etaMs: 0 });
  });

  it('reads as one line', () => {
    const migration = load(`-- schemagate:batch\n${UPDATE}\n`);
    const base = { type: 'batch-progress' as const, migration, rowsDone: 60_000, batches: 12, elapsedMs: 12_000, rowsPerSecond: 5000, remaining: 140_000, etaMs: 28_000, done: false };
    expect(formatCount(1234567)).toBe('1 234 567');
    expect(describeBatchProgress(base)).toBe('    backfill of migrations/0001_backfill.sql: 60 000 rows in 12 batches, 5 000 rows/s, about 140 000 left, ETA 28.0 s');
    expect(describeBatchProgress({ ...base, remaining: null, etaMs: null, rowsPerSecond: null, batches: 1 })).toBe('    backfill of migrations/0001_backfill.sql: 60 000 rows in 1 batch');
    expect(describeBatchProgress({ ...base, done: true })).toBe('    backfill done: 60 000 rows in 12 batches, 5 000 rows/s, 12.0 s in this run');
  });

  it('plans an interrupted backfill as a resume, not a decision', () => {
    const migration = load(`-- schemagate:batch\n${UPDATE}\n`);
    const row: JournalRow = {
      attemptId: 'a', migrationId: migration.id, name: migration.name, kind: 'versioned', checksum: migration.checksum, checksumAlgorithm: 'sha256',
      status: 'running', startedAt: new Date(0), finishedAt: null, durationMs: null, statementCount: 1, statementsApplied: 0, transactional: true,
      error: null, errorStatementIndex: null, errorLine: null, outOfOrder: false, note: null, actor: null, runUrl: null, commitSha: null, environment: null,
      toolVersion: '0', lockRetries: 0, rowsDone: 25_000, batches: 5,
    };
    const plan = buildPlan([migration], { attempts: [row], statements: [], adopted: null }, { allowOutOfOrder: false, resume: false });
    expect(plan.problems).toEqual([]);
    expect(plan.pending).toEqual([expect.objectContaining({ reason: 'resume', startAt: 0, previous: row })]);
  });
});

describe('CREATE INDEX CONCURRENTLY, as the parser reads it', () => {
  it('names the index and its table', async () => {
    const parser = await loadPostgresParser();
    expect(concurrentIndexOf(parser, 'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Users_Email" ON app.users (email)')).toEqual({
      name: 'Users_Email', schema: 'app', table: 'users', unique: true, ifNotExists: true,
    });
    expect(concurrentIndexOf(parser, 'create index concurrently on Users (email)')).toEqual({ name: null, schema: null, table: 'users', unique: false, ifNotExists: false });
    expect(concurrentIndexOf(parser, 'CREATE INDEX users_email ON users (email)')).toBeNull();
    expect(concurrentIndexOf(parser, 'REINDEX INDEX CONCURRENTLY users_email')).toBeNull();
    expect(concurrentIndexOf(parser, 'CREATE INDEX CONCURRENTLY oops')).toBeNull();
  });
});
