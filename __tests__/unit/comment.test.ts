import { describe, expect, it } from '@jest/globals';
import { buildPlan } from '../../src/core/plan.js';
import { COMMENT_LIMIT, commentMarker, renderComment } from '../../src/report/comment.js';
import { githubLinks } from '../../src/report/links.js';
import { blankOutcome } from '../../src/core/outcome.js';
import { migration } from '../support/fixtures.js';

const outcomeWith = (sqls: string[]) => {
  const plan = buildPlan(sqls.map((sql, i) => migration(String(i + 1).padStart(4, '0'), sql)), { attempts: [], statements: [], adopted: null }, { allowOutOfOrder: false, resume: false });
  return { ...blankOutcome('plan', 'postgres://db.internal:5432/app', 'migrations'), engine: 'postgres', plan };
};
const options = { marker: commentMarker('staging', 'migrations'), environment: 'staging', runUrl: 'https://github.com/acme/shop/actions/runs/1' };

describe('pull request comment', () => {
  it('folds each pending migration with its checksum and escaped SQL, and never names the database host', () => {
    const body = renderComment(outcomeWith(["insert into t values ('</pre><script>x</script>')"]), options);
    expect(body.startsWith('<!-- schemagate:staging:migrations -->')).toBe(true);
    expect(body).toContain('<summary><code>migrations/0001_m.sql</code> · new · sha256 <code>');
    expect(body).toContain('&lt;/pre&gt;&lt;script&gt;x&lt;/script&gt;');
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('db.internal');
  });

  it('cuts a comment over the size limit on a migration boundary, pointing at the job summary', () => {
    const big = Array.from({ length: 40 }, (_, i) => `create table t${i} (c text default '${'x'.repeat(3000)}')`);
    const body = renderComment(outcomeWith(big), options);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('cut: this comment exceeds GitHub\'s size limit. The job summary of [the run](https://github.com/acme/shop/actions/runs/1) has the complete plan.');
    expect(body.split('<details>').length).toBe(body.split('</details>').length);
    expect(body).toContain('migrations/0001_m.sql');
    expect(body).not.toContain('migrations/0040_m.sql');
  });
});

describe('annotations', () => {
  it('caps each severity at GitHub\'s limit while keeping the full list for the summary', async () => {
    const { allAnnotations, collectAnnotations, ANNOTATION_LIMIT } = await import('../../src/report/annotations.js');
    const outcome = {
      ...blankOutcome('verify', 'x', 'migrations'),
      verification: {
      snapshot: 'snap.json',
      objectsChecked: 1,
      differences: Array.from({ length: 14 }, (_, i) => ({
        severity: i < 12 ? ('error' as const) : ('warning' as const), kind: 'missing-column', object: `t.c${i}`, expected: 'int', actual: null, message: `Missing column t.c${i}`, line: i + 3,
      })),
      },
    };
    expect(allAnnotations(outcome)).toHaveLength(14);
    const shown = collectAnnotations(outcome);
    expect(shown.filter((a) => a.severity === 'error')).toHaveLength(ANNOTATION_LIMIT);
    expect(shown.filter((a) => a.severity === 'warning')).toHaveLength(2);
    expect(shown[0]).toMatchObject({ file: 'snap.json', line: 3, title: 'schemagate missing-column' });
  });
});

describe('pull request comment links', () => {
  it("links a refused plan's problem and a snapshot's difference to their lines at the run's commit", () => {
    const links = githubLinks({ serverUrl: 'https://github.com', repository: 'acme/shop', sha: 'abc123', workspace: '/repo', cwd: '/repo' });
    const outcome = {
      ...outcomeWith(['create table t (id int)']),
      error: { kind: 'refused' as const, message: 'migrations/0001_m.sql was edited after it was applied', location: { file: 'migrations/0001_m.sql', line: 1 } },
      verification: {
        snapshot: 'migrations/schemagate.snapshot.json',
        objectsChecked: 1,
        differences: [{ severity: 'error' as const, kind: 'missing-column', object: 'public.t.id', expected: 'integer', actual: null, message: 'Missing column public.t.id (integer)', line: 7 }],
      },
    };
    const body = renderComment(outcome, { ...options, links });
    expect(body).toContain('- ❌ Missing column public.t.id (integer) ([`migrations/schemagate.snapshot.json:7`](https://github.com/acme/shop/blob/abc123/migrations/schemagate.snapshot.json#L7))');
    // Without links (a run outside GitHub) the same places as code.
    expect(renderComment(outcome, options)).toContain('- ❌ Missing column public.t.id (integer) (`migrations/schemagate.snapshot.json:7`)');
  });
});
