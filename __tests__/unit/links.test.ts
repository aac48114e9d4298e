import { describe, expect, it } from '@jest/globals';
import { blankOutcome } from '../../src/core/outcome.js';
import type { Annotation } from '../../src/report/annotations.js';
import { CHECK_RUN_BATCH, checkRunPlan, parseCheckRunMode, wantsCheckRun } from '../../src/report/check-run.js';
import { githubLinks, linksFromEnvironment, plainLinks } from '../../src/report/links.js';
import { FOLD_ROWS, foldable } from '../../src/report/summary.js';

const place = { serverUrl: 'https://github.example', repository: 'acme/shop', sha: 'f00d', workspace: '/w', cwd: '/w/db' };

describe('source links', () => {
  it('links a file:line to the file at the commit, relative to the repository, with its path encoded', () => {
    const links = githubLinks(place);
    expect(links.repoPath('migrations/0001 a.sql')).toBe('db/migrations/0001 a.sql');
    expect(links.location('migrations/0001 a.sql', 7)).toBe('[`migrations/0001 a.sql:7`](https://github.example/acme/shop/blob/f00d/db/migrations/0001%20a.sql#L7)');
    expect(links.location('snap.json')).toBe('[`snap.json`](https://github.example/acme/shop/blob/f00d/db/snap.json)');
  });

  it('writes plain code for a run outside a repository, or a directory outside the workspace', () => {
    expect(plainLinks.location('a.sql', 3)).toBe('`a.sql:3`');
    expect(linksFromEnvironment({}, '/w').location('a.sql', 3)).toBe('`a.sql:3`');
    const outside = githubLinks({ ...place, cwd: '/elsewhere' });
    expect(outside.location('a.sql', 3)).toBe('`a.sql:3`');
    expect(outside.repoPath('a.sql')).toBe('a.sql');
  });
});

describe('check run plan', () => {
  const annotations = (n: number, severity: Annotation['severity'] = 'error'): Annotation[] =>
    Array.from({ length: n }, (_, i) => ({ severity, title: `schemagate rule-${i}`, message: `finding ${i}`, file: 'db/m.sql', line: i + 1 }));
  const outcome = { ...blankOutcome('plan', 'x', 'db/migrations'), status: 'unsafe' as const };

  it('sends at most 50 annotations per request, in order, with GitHub levels', () => {
    const plan = checkRunPlan(outcome, annotations(120), { environment: 'production', runUrl: 'https://run' });
    expect(plan.name).toBe('schemagate plan (production)');
    expect(plan.conclusion).toBe('failure');
    expect(plan.outputs.map((o) => o.annotations.length)).toEqual([CHECK_RUN_BATCH, CHECK_RUN_BATCH, 20]);
    expect(plan.outputs.flatMap((o) => o.annotations).map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(plan.outputs[0]!.annotations[0]).toMatchObject({ path: 'db/m.sql', annotation_level: 'failure', end_line: 1 });
    expect(plan.outputs[0]!.summary).toContain('[the workflow run](https://run)');
  });

  it('keeps annotations without a file in the text, and a success with warnings succeeds', () => {
    const plan = checkRunPlan(blankOutcome('plan', 'x', 'm'), [...annotations(2, 'warning'), { severity: 'warning', title: 'schemagate not verified', message: 'no snapshot' }], { environment: null, runUrl: null });
    expect(plan.conclusion).toBe('success');
    expect(plan.outputs).toHaveLength(1);
    expect(plan.outputs[0]!.annotations).toHaveLength(2);
    expect(plan.outputs[0]!.text).toBe('- **schemagate not verified**: no snapshot');
  });

  it('concludes a run stopped by a signal as cancelled, as GitHub shows a cancelled job', () => {
    const stopped = { ...blankOutcome('apply', 'x', 'm'), status: 'cancelled' as const };
    expect(checkRunPlan(stopped, annotations(1), { environment: null, runUrl: null }).conclusion).toBe('cancelled');
  });

  it('reads the mode and decides when a check run is needed', () => {
    expect(parseCheckRunMode('')).toBe('auto');
    expect(parseCheckRunMode(' Always ')).toBe('always');
    expect(() => parseCheckRunMode('yes')).toThrow('Input `check-run` must be auto, always or never, not "yes".');
    expect(wantsCheckRun('auto', 11, 10)).toBe(true);
    expect(wantsCheckRun('auto', 10, 10)).toBe(false);
    expect(wantsCheckRun('always', 0, 0)).toBe(true);
    expect(wantsCheckRun('never', 99, 10)).toBe(false);
  });
});

describe('folding long tables', () => {
  it('folds only in the job summary and only past FOLD_ROWS rows', () => {
    const github = { style: 'github' as const, links: plainLinks };
    expect(foldable(github, FOLD_ROWS, 't', 'TABLE')).toEqual(['TABLE', '']);
    expect(foldable(github, FOLD_ROWS + 1, '21 rows', 'TABLE')).toEqual(['<details><summary>21 rows</summary>', '', 'TABLE', '', '</details>', '']);
    expect(foldable({ ...github, style: 'terminal' }, 500, 't', 'TABLE')).toEqual(['TABLE', '']);
  });
});
