import { describe, expect, it } from '@jest/globals';
import { buildPlan, hasErrors } from '../../src/core/plan.js';
import type { Journal } from '../../src/types.js';
import { attempt, completed, migration } from '../support/fixtures.js';

const journal = (partial: Partial<Journal> = {}): Journal => ({ attempts: [], statements: [], adopted: null, ...partial });
const strict = { allowOutOfOrder: false, resume: false };
const drizzleJournal = (hashes: string[]): Journal['adopted'] => ({
  tool: 'drizzle', table: 'drizzle.__drizzle_migrations', checksum: null, blockers: [],
  records: hashes.map((value) => ({ key: 'sha256', value, checksum: null })),
});

describe('buildPlan', () => {
  const m1 = migration('0001', 'create table a (id int)');
  const m2 = migration('0002', 'create table b (id int)');
  const m3 = migration('0003', 'create table c (id int)');

  it('lists everything pending on an empty journal, in order', () => {
    const plan = buildPlan([m1, m2, m3], journal(), strict);
    expect(plan.pending.map((p) => [p.migration.id, p.reason])).toEqual([['0001', 'new'], ['0002', 'new'], ['0003', 'new']]);
    expect(plan.applied).toEqual([]);
    expect(hasErrors(plan)).toBe(false);
  });

  it('separates applied from pending', () => {
    const plan = buildPlan([m1, m2, m3], journal({ attempts: [attempt(m1), attempt(m2)] }), strict);
    expect(plan.applied.map((a) => a.migration.id)).toEqual(['0001', '0002']);
    expect(plan.pending.map((p) => p.migration.id)).toEqual(['0003']);
  });

  it('refuses an edited applied migration, naming the file and both checksums', () => {
    const edited = migration('0001', 'create table a (id bigint)');
    const plan = buildPlan([edited, m2], journal({ attempts: [attempt(m1)] }), strict);
    expect(plan.edited).toHaveLength(1);
    const problem = plan.problems.find((p) => p.kind === 'edited')!;
    expect(problem.message).toContain(edited.file);
    expect(problem.message).toContain(m1.checksum);
    expect(problem.message).toContain(edited.checksum);
    expect(problem.location).toEqual({ file: edited.file, line: 1 });
    expect(hasErrors(plan)).toBe(true);
  });

  it('reports journal entries without a file as missing', () => {
    const plan = buildPlan([m2], journal({ attempts: [attempt(m1), attempt(m2)] }), strict);
    expect(plan.missing.map((r) => r.migrationId)).toEqual(['0001']);
    expect(plan.problems.map((p) => [p.kind, p.severity])).toEqual([['missing', 'error']]);
  });

  it('refuses a pending migration ordered before an applied one, and allows it when asked', () => {
    const refused = buildPlan([m1, m2, m3], journal({ attempts: [attempt(m1), attempt(m3)] }), strict);
    expect(refused.outOfOrder.map((m) => m.id)).toEqual(['0002']);
    expect(refused.pending).toEqual([]);
    const problem = refused.problems.find((p) => p.kind === 'out-of-order')!;
    expect(problem.message).toContain(m2.file);
    expect(problem.message).toContain(m3.file);

    const allowed = buildPlan([m1, m2, m3], journal({ attempts: [attempt(m1), attempt(m3)] }), { ...strict, allowOutOfOrder: true });
    expect(allowed.pending.map((p) => [p.migration.id, p.outOfOrder])).toEqual([['0002', true]]);
    expect(hasErrors(allowed)).toBe(false);
  });

  it('names the first three applied migrations after an out-of-order one, and counts the rest', () => {
    const later = ['0003', '0004', '0005', '0006', '0007'].map((id) => migration(id, `create table t${id} (id int)`));
    const plan = buildPlan([m1, m2, ...later], journal({ attempts: [attempt(m1), ...later.map((m) => attempt(m))] }), strict);
    const problem = plan.problems.find((p) => p.kind === 'out-of-order')!;
    expect(problem.message).toBe(`${m2.file} is pending but ordered before already-applied ${later.slice(0, 3).map((m) => m.file).join(', ')} and 2 more.`);
  });

  it('catches the drizzle case: a pending migration whose `when` is older than an applied one', () => {
    // Story 2: 0009 sits before 0010 in the journal but was never applied while 0010 was.
    const m9 = migration('0009', 'alter table a add column x int', { drizzleWhen: 1000 });
    const m10 = migration('0010', 'alter table a add column y int', { drizzleWhen: 2000 });
    const plan = buildPlan([m9, m10], journal({ adopted: drizzleJournal([m10.checksum]) }), strict);
    expect(plan.applied.map((a) => [a.migration.id, a.source])).toEqual([['0010', 'drizzle']]);
    expect(plan.outOfOrder.map((m) => m.id)).toEqual(['0009']);
    expect(hasErrors(plan)).toBe(true);
    // Even last in the journal, an old `when` is what drizzle-kit skips silently.
    const last = buildPlan([m10, m9], journal({ adopted: drizzleJournal([m10.checksum]) }), strict);
    expect(last.outOfOrder.map((m) => m.id)).toEqual(['0009']);
  });

  it('retries a failed transactional migration from the start (it was rolled back)', () => {
    const failed = attempt(m2, { status: 'failed', error: 'boom', errorStatementIndex: 0, statementsApplied: 0 });
    const plan = buildPlan([m1, m2], journal({ attempts: [attempt(m1), failed] }), strict);
    expect(plan.pending.map((p) => [p.migration.id, p.reason, p.startAt])).toEqual([['0002', 'retry', 0]]);
    expect(plan.failed.map((f) => f.row.error)).toEqual(['boom']);
    expect(hasErrors(plan)).toBe(false);
  });

  describe('a non-transactional migration that failed part-way', () => {
    const m = migration('0002', 'create table x (id int); insert into x values (1); bad sql; select 4; select 5', { transactional: false });
    const failed = attempt(m, { status: 'failed', transactional: false, error: 'syntax error', errorStatementIndex: 2, errorLine: 3 });
    const j = journal({ attempts: [attempt(m1), failed], statements: completed(failed, m, 2) });

    it('is refused without resume, naming the statement and the choices', () => {
      const plan = buildPlan([m1, m], j, strict);
      const problem = plan.problems.find((p) => p.kind === 'failed-partial')!;
      expect(problem.message).toMatch(/statement 3/);
      expect(problem.message).toMatch(/statements 1-2 of 5 completed/);
      expect(problem.hint).toMatch(/resume/);
      expect(problem.hint).toMatch(/baseline/);
      expect(plan.pending).toEqual([]);
    });

    it('says "statement 1" when one statement completed', () => {
      const once = attempt(m, { status: 'failed', transactional: false, error: 'syntax error', errorStatementIndex: 1, errorLine: 2 });
      const plan = buildPlan([m1, m], journal({ attempts: [attempt(m1), once], statements: completed(once, m, 1) }), strict);
      expect(plan.problems.find((p) => p.kind === 'failed-partial')!.message).toMatch(/; statement 1 of 5 completed and was not rolled back\.$/);
    });

    it('resumes after the completed statements once the failed one is fixed', () => {
      const fixed = migration('0002', 'create table x (id int); insert into x values (1); select 3; select 4; select 5', { transactional: false });
      const plan = buildPlan([m1, fixed], j, { ...strict, resume: true });
      expect(plan.pending.map((p) => [p.migration.id, p.reason, p.startAt])).toEqual([['0002', 'resume', 2]]);
    });

    it('asks for a decision when an attempt was interrupted, even before any statement completed', () => {
      const interrupted = attempt(m, { status: 'running', transactional: false, finishedAt: null });
      const plan = buildPlan([m1, m], journal({ attempts: [attempt(m1), interrupted] }), strict);
      expect(plan.pending).toEqual([]);
      expect(plan.problems[0]!.message).toMatch(/interrupted.*may or may not have run; none of its 5 statements had completed, and nothing was rolled back\.$/);
      const resumed = buildPlan([m1, m], journal({ attempts: [attempt(m1), interrupted] }), { ...strict, resume: true });
      expect(resumed.pending.map((p) => [p.reason, p.startAt])).toEqual([['resume', 0]]);
    });

    it('retries a statement-by-statement migration that failed cleanly on its first statement', () => {
      const clean = attempt(m, { status: 'failed', transactional: false, error: 'syntax error', errorStatementIndex: 0 });
      const plan = buildPlan([m1, m], journal({ attempts: [attempt(m1), clean] }), strict);
      expect(plan.pending.map((p) => [p.reason, p.startAt])).toEqual([['retry', 0]]);
    });

    it('refuses to resume when a completed statement was edited', () => {
      const edited = migration('0002', 'create table x (id bigint); insert into x values (1); select 3; select 4; select 5', { transactional: false });
      const plan = buildPlan([m1, edited], j, { ...strict, resume: true });
      expect(plan.pending).toEqual([]);
      expect(plan.problems.map((p) => p.kind)).toEqual(['resume-mismatch']);
      expect(plan.problems[0]!.message).toMatch(/statement 1 already ran/);
    });
  });

  it('re-runs a repeatable migration when its checksum changes, after the versioned ones', () => {
    const r = migration('R__views', 'create or replace view v as select 1');
    const changed = migration('R__views', 'create or replace view v as select 2');
    expect(buildPlan([m1, r], journal({ attempts: [attempt(m1), attempt(r)] }), strict).pending).toEqual([]);
    const plan = buildPlan([m1, m2, changed], journal({ attempts: [attempt(m1), attempt(r)] }), strict);
    expect(plan.pending.map((p) => [p.migration.id, p.reason])).toEqual([['0002', 'new'], ['R__views', 'changed']]);
  });

  it('treats a baseline row as applied', () => {
    const plan = buildPlan([m1], journal({ attempts: [attempt(m1, { kind: 'baseline' })] }), strict);
    expect(plan.applied.map((a) => a.migration.id)).toEqual(['0001']);
  });
});

describe('checksum algorithms', () => {
  const lf = migration('0001', 'create table a (id int);\nselect 1');
  const crlf = migration('0001', 'create table a (id int);\r\nselect 1');

  it('compares a journal row under the algorithm it was recorded with', () => {
    const recordedLf = attempt(lf, { checksum: lf.checksums['sha256-lf'], checksumAlgorithm: 'sha256-lf' });
    expect(buildPlan([crlf], journal({ attempts: [recordedLf] }), strict).applied.map((a) => a.migration.id)).toEqual(['0001']);
    const recordedExact = attempt(lf);
    const plan = buildPlan([crlf], journal({ attempts: [recordedExact] }), strict);
    expect(plan.edited).toHaveLength(1);
    expect(plan.problems[0]!.message).toContain(`now sha256:${crlf.checksums.sha256}`);
  });

  it('treats an unknown recorded algorithm as edited rather than guessing', () => {
    const odd = attempt(lf, { checksumAlgorithm: 'md5' });
    expect(buildPlan([lf], journal({ attempts: [odd] }), strict).problems[0]!.message).toMatch(/md5:.*md5:\(unknown algorithm\)/);
  });
});
