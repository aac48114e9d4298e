import { describe, expect, it } from '@jest/globals';
import { assessSafety, safetyFailure, type SafetyReport } from '../../../src/core/safety.js';
import { buildOutcome, NO_PARTS } from '../../../src/core/outcome.js';
import type { StatementEffects } from '../../../src/engines/engine.js';
import { blockingFindings, lockName, reconcile, sizeFindings, type Observation } from '../../../src/safety/index.js';
import { analyzeMigrations } from '../../../src/safety/index.js';
import { dialectFor } from '../../../src/dialects/index.js';
import { allAnnotations } from '../../../src/report/annotations.js';
import { renderComment } from '../../../src/report/comment.js';
import { githubLinks } from '../../../src/report/links.js';
import { groupThousands } from '../../../src/report/format.js';
import { renderSummary } from '../../../src/report/summary.js';
import { migration } from './support.js';
import type { Migration } from '../../../src/types.js';

/**
 * The pure half of the safety gate: observations against rule findings, sizes grading them, the
 * gate itself, and how reports show them. The engine half is __tests__/engines/*-safety.test.ts.
 */
const EXISTING = new Set(['public.orders', 'public.notes']);
const existed = (table: string) => EXISTING.has(table);

const findingsOf = (m: Migration) => analyzeMigrations([m], EXISTING, dialectFor('postgres'));

function observed(m: Migration, index: number, effects: Partial<StatementEffects>): Observation {
  const held = effects.held ?? effects.acquired ?? [];
  return { migration: m, statement: m.statements[index]!, source: 'replay', acquired: [], rewritten: [], ...effects, held };
}

describe('reconcile', () => {
  it('attaches what was observed to the finding it confirms', async () => {
    const m = migration('ALTER TABLE orders ALTER COLUMN amount TYPE bigint;\n');
    const obs = observed(m, 0, { acquired: [{ table: 'public.orders', mode: 'AccessExclusiveLock' }], rewritten: ['public.orders'] });
    const { findings, contradicted } = reconcile(await findingsOf(m), [obs], existed);
    expect(findings.map((f) => [f.rule, f.observed])).toEqual([['changing-column-type', { lock: 'ACCESS EXCLUSIVE', rewrite: true, source: 'replay' }]]);
    expect(contradicted).toEqual([]);
  });

  it('drops a finding whose predicted rewrite did not happen, and one whose lock was weaker than predicted', async () => {
    const m = migration('ALTER TABLE notes ALTER COLUMN body TYPE varchar(20);\nCREATE INDEX notes_body ON notes (body);\n');
    const noRewrite = observed(m, 0, { acquired: [{ table: 'public.notes', mode: 'AccessExclusiveLock' }] });
    const weaker = observed(m, 1, { acquired: [{ table: 'public.notes', mode: 'ShareUpdateExclusiveLock' }] });
    const { findings, contradicted } = reconcile(await findingsOf(m), [noRewrite, weaker], existed);
    expect(contradicted.map((f) => f.rule)).toEqual(['changing-column-type', 'require-concurrent-index-creation']);
    // The lock the widening still took is reported for what it is: a brief ACCESS EXCLUSIVE.
    expect(findings.map((f) => [f.rule, f.line, f.severity])).toEqual([['observed-access-exclusive', 1, 'warning']]);
  });

  it('keeps a finding the observation says nothing about (its table was not touched, or not observed)', async () => {
    const m = migration('CREATE INDEX orders_amount ON orders (amount);\n');
    const elsewhere = observed(m, 0, { acquired: [{ table: 'public.notes', mode: 'ShareLock' }] });
    expect((await reconcile(await findingsOf(m), [elsewhere], existed)).findings.map((f) => [f.rule, f.observed])).toEqual([
      ['require-concurrent-index-creation', undefined],
    ]);
  });

  it('reports an unpredicted rewrite on an existing table, not on a new one, and honours a waiver', async () => {
    const m = migration(
      'ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE fresh ADD COLUMN note text;\n-- schemagate:allow observed-rewrite known and small\nALTER TABLE notes SET LOGGED;\n',
    );
    const observations = [
      observed(m, 0, { acquired: [{ table: 'public.orders', mode: 'AccessExclusiveLock' }], rewritten: ['public.orders'] }),
      observed(m, 1, { acquired: [{ table: 'public.fresh', mode: 'AccessExclusiveLock' }], rewritten: ['public.fresh'] }),
      observed(m, 2, { acquired: [{ table: 'public.notes', mode: 'AccessExclusiveLock' }], rewritten: ['public.notes'] }),
    ];
    const { findings } = reconcile([], observations, existed);
    expect(findings.map((f) => [f.rule, f.table, f.line, f.suppressed?.reason, f.observed?.rewrite])).toEqual([
      ['observed-rewrite', 'public.orders', 1, undefined, true],
      ['observed-rewrite', 'public.notes', 4, 'known and small', true],
    ]);
  });

  it('names lock modes as the documentation does', () => {
    expect(['AccessExclusiveLock', 'ShareRowExclusiveLock', 'ShareLock'].map(lockName)).toEqual(['ACCESS EXCLUSIVE', 'SHARE ROW EXCLUSIVE', 'SHARE']);
  });
});

describe('sizes and the gate', () => {
  it('grades lock findings by the table size and leaves destructive ones and unknown sizes alone', async () => {
    const m = migration('CREATE INDEX orders_amount ON orders (amount);\nCREATE INDEX notes_body ON notes (body);\nDROP TABLE orders;\n');
    const sizes = new Map([
      ['public.orders', { rows: 50, bytes: 8192 }],
      ['public.notes', { rows: null, bytes: null }],
    ]);
    const graded = sizeFindings(await findingsOf(m), sizes, 100);
    expect(graded.map((f) => [f.rule, f.table, f.severity, f.size?.rows])).toEqual([
      ['require-concurrent-index-creation', 'public.orders', 'warning', 50],
      ['require-concurrent-index-creation', 'public.notes', 'error', null],
      ['ban-drop-table', 'public.orders', 'error', 50],
    ]);
    expect(sizeFindings(graded, new Map([['public.orders', { rows: 100, bytes: 1 }]]), 100)[0]!.severity).toBe('error');
  });

  it('fails only on unwaived errors, and only with lint: error', async () => {
    const m = migration('-- schemagate:allow ban-drop-table the table is unused since v3\nDROP TABLE notes;\nCREATE INDEX orders_amount ON orders (amount);\n');
    const findings = await findingsOf(m);
    expect(blockingFindings(findings, 'error').map((f) => f.rule)).toEqual(['require-concurrent-index-creation']);
    expect(blockingFindings(findings, 'warn')).toEqual([]);
    const report: SafetyReport = { lint: 'error', largeTableRows: 100, sized: false, observedBy: [], findings, contradicted: [], rehearsal: null };
    const failure = safetyFailure(report)!;
    expect([failure.kind, failure.location]).toEqual(['unsafe', { file: 'migrations/0001_test.sql', line: 3 }]);
    expect(failure.message).toBe('1 unsafe statement; first: migrations/0001_test.sql:3 require-concurrent-index-creation on public.orders');
    expect(safetyFailure({ ...report, lint: 'warn' })).toBeNull();
  });

  it('puts a failed rehearsal before the rules: the database said so', () => {
    const report: SafetyReport = {
      lint: 'error', largeTableRows: 100, sized: true, observedBy: ['rehearsal'], findings: [], contradicted: [],
      rehearsal: { status: 'failed', rehearsed: ['m/2.sql'], skipped: [], verification: null, failure: { file: 'm/2.sql', line: 4, statement: 'ALTER …', message: 'column "email" of relation "users" contains null values' } },
    };
    const failure = safetyFailure(report)!;
    expect([failure.kind, failure.message]).toEqual(['migration-failed', 'Rehearsal on the target (rolled back): m/2.sql:4: column "email" of relation "users" contains null values']);
  });
});

describe('reports', () => {
  async function unsafeOutcome() {
    const m = migration('-- schemagate:allow ban-drop-table unused <since> v3\nDROP TABLE notes;\nCREATE INDEX orders_amount ON orders (amount);\n');
    const findings = sizeFindings(await findingsOf(m), new Map([['public.orders', { rows: 250_000, bytes: 12_500_000 }]]), 100_000);
    const safety: SafetyReport = { lint: 'error', largeTableRows: 100_000, sized: true, observedBy: ['replay'], findings, contradicted: [], rehearsal: null };
    const head = { mode: 'plan' as const, engine: 'postgres', target: 't', migrations: 'migrations', layout: 'plain' };
    return buildOutcome(head, { ...NO_PARTS, safety }, { error: { kind: 'unsafe', message: 'unsafe', location: { file: m.file, line: 3 } } });
  }

  it('lists every finding and, apart, the waived ones with their reasons, in the summary and the comment', async () => {
    const outcome = await unsafeOutcome();
    const summary = renderSummary(outcome);
    expect(summary).toContain('## ❌ schemagate plan: unsafe migrations');
    expect(summary).toContain('### ❌ Safety: 1 error(s), 0 warning(s), 1 waived (lint: error)');
    expect(summary).toContain("Findings sized by the target's statistics (error from 100,000 rows); locks and rewrites observed in the replay.");
    expect(summary).toContain('| ❌ | `require-concurrent-index-creation` | `migrations/0001_test.sql:3` | public.orders | ~250,000 rows, 12.5 MB |');
    expect(summary).toContain('#### Waived');
    expect(summary).toContain('| `ban-drop-table` | `migrations/0001_test.sql:2` | public.notes | unused <since> v3 |');
    const comment = renderComment(outcome, { marker: '<!-- m -->', environment: 'staging', runUrl: null });
    expect(comment).toContain('#### ❌ Safety: 1 error(s)');
    expect(comment).toContain('unused &lt;since&gt; v3');
    expect(comment).toContain('| ❌ | `require-concurrent-index-creation` | `migrations/0001_test.sql:3` |');
  });

  it('links each file:line of the comment to that line at the run\'s commit on GitHub', async () => {
    const links = githubLinks({ serverUrl: 'https://github.com', repository: 'acme/shop', sha: 'abc123', workspace: '/repo', cwd: '/repo/db' });
    const comment = renderComment(await unsafeOutcome(), { marker: '<!-- m -->', environment: 'staging', runUrl: null, links });
    const line3 = '[`migrations/0001_test.sql:3`](https://github.com/acme/shop/blob/abc123/db/migrations/0001_test.sql#L3)';
    // The finding's row and the waived one's, each at its own line.
    expect(comment).toContain(`| ❌ | \`require-concurrent-index-creation\` | ${line3} |`);
    expect(comment).toContain('| `ban-drop-table` | [`migrations/0001_test.sql:2`](https://github.com/acme/shop/blob/abc123/db/migrations/0001_test.sql#L2) |');
  });

  it('annotates each unwaived finding at its file and line, and not the run error a second time', async () => {
    const annotations = allAnnotations(await unsafeOutcome());
    expect(annotations).toEqual([
      {
        severity: 'error',
        title: 'schemagate require-concurrent-index-creation',
        file: 'migrations/0001_test.sql',
        line: 3,
        message: expect.stringMatching(/SHARE lock[\s\S]*\npublic\.orders · ~250,000 rows, 12\.5 MB\nFix: CREATE INDEX CONCURRENTLY/),
      },
    ]);
  });
});

describe('rehearsal without a target', () => {
  it('says it could not rehearse, file by file, instead of passing silently', async () => {
    const m = migration('CREATE TABLE t (id int);\n');
    const report = await assessSafety(null, dialectFor('postgres'), [m], { lint: 'error', largeTableRows: 1, rehearse: true, statementTimeoutMs: 1000, verify: null }, []);
    expect(report.rehearsal).toEqual({
      status: 'unavailable', rehearsed: [], failure: null, verification: null,
      skipped: [{ file: 'migrations/0001_test.sql', reason: 'there is no database-url to rehearse on' }],
    });
    expect(safetyFailure(report)).toBeNull();
    const head = { mode: 'plan' as const, engine: 'postgres', target: 'none', migrations: 'migrations', layout: 'plain' };
    expect(renderSummary(buildOutcome(head, { ...NO_PARTS, safety: report }))).toContain(
      '#### Rehearsal on the target (rolled back)\n\n⚠️ Not rehearsed:\n\n- skipped `migrations/0001_test.sql`: there is no database-url to rehearse on',
    );
  });
});

describe('groupThousands', () => {
  it('groups digits as en-US does, without loading the locale data', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 1_234_567, 100_000_000, 9_007_199_254_740_991]) {
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});
