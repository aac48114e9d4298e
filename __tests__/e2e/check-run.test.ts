import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { runAction } from '../support/action.js';
import { startGitHubApi, type FakeGitHub } from '../support/github-api.js';
import { workspace } from '../support/workspace.js';

/**
 * More annotations than workflow commands show (10 per severity) reach the commit at file:line
 * through a check run, via dist/index.js and a GitHub API stand-in; the job summary links every
 * file:line to the file at the commit.
 */
const TOKEN = 'ghs_check_token_456';
const TABLES = 60;

describe('check run for many annotations', () => {
  let api: FakeGitHub;
  let ws: ReturnType<typeof workspace>;
  const env = () => ({ GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'push' });

  beforeAll(async () => {
    api = await startGitHubApi(TOKEN);
    // The migrations live under db/ (working-directory), so repository paths gain that prefix.
    const files: Record<string, string> = {};
    for (let i = 1; i <= TABLES; i++) files[`db/migrations/${String(i).padStart(4, '0')}_t${i}.sql`] = `CREATE TABLE t${i} (id int PRIMARY KEY);`;
    ws = workspace(files);
    const full = `pglite://${path.join(ws.dir, 'full')}`;
    const common = { 'working-directory': 'db', 'github-token': TOKEN, lint: 'off' };
    expect((await runAction({ ...common, mode: 'apply', 'database-url': full }, { cwd: ws.dir, env: env() })).status).toBe(0);
    expect((await runAction({ ...common, mode: 'snapshot', 'database-url': full }, { cwd: ws.dir, env: env() })).status).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await api.close();
    ws.cleanup();
  });

  const verifyEmpty = (inputs: Record<string, string> = {}) =>
    runAction(
      { 'working-directory': 'db', 'github-token': TOKEN, mode: 'verify', 'database-url': `pglite://${path.join(ws.dir, 'empty')}`, ...inputs },
      { cwd: ws.dir, env: env() },
    );

  it('publishes every difference at its snapshot line, 50 per request, and no capped workflow commands', async () => {
    const before = api.checkRuns.length;
    const run = await verifyEmpty();
    expect(run.status).toBe(2);
    expect(api.checkRuns.length).toBe(before + 1);
    const check = api.checkRuns.at(-1)!;
    expect(check).toMatchObject({ name: 'schemagate verify', head_sha: 'abc123def456', status: 'completed', conclusion: 'failure' });
    expect(check.batches).toEqual([50, 10]);
    expect(check.annotations).toHaveLength(TABLES);
    expect(new Set(check.annotations.map((a) => a.path))).toEqual(new Set(['db/migrations/schemagate.snapshot.json']));
    expect(check.annotations.every((a) => a.annotation_level === 'failure' && a.start_line > 1)).toBe(true);
    expect(check.annotations.map((a) => a.message).join('\n')).toContain('t60');
    expect(run.stdout).toMatch(/Check run "schemagate verify" published with 60 annotation\(s\) at file:line: https:\/\/github.com\/acme\/shop\/runs\/\d+/);
    expect(run.stdout).not.toMatch(/^::error /m);
    // The summary links the snapshot lines to the file at the commit, and folds the long table.
    expect(run.summary).toMatch(/\[`migrations\/schemagate\.snapshot\.json:\d+`\]\(https:\/\/github\.com\/acme\/shop\/blob\/abc123def456\/db\/migrations\/schemagate\.snapshot\.json#L\d+\)/);
    expect(run.summary).toContain(`<details><summary>${TABLES} differences</summary>`);
    expect(run.summary.indexOf('schema drift')).toBeLessThan(run.summary.indexOf('<details>'));
  }, 120_000);

  it('falls back to capped annotations with a warning when the token may not write checks', async () => {
    api.refuseWrites = true;
    const run = await verifyEmpty();
    api.refuseWrites = false;
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('::warning::GitHub refused the check run (HTTP 403); grant the job `permissions: checks: write`');
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toContain('file=db/migrations/schemagate.snapshot.json');
    expect(run.stdout).toContain(`${TABLES - 10} more problem(s) than GitHub shows as annotations`);
  }, 120_000);

  it('publishes nothing with check-run: never, and refuses an unknown check-run value before connecting', async () => {
    const before = api.checkRuns.length;
    expect((await verifyEmpty({ 'check-run': 'never' })).status).toBe(2);
    expect(api.checkRuns.length).toBe(before);
    const bad = await verifyEmpty({ 'check-run': 'sometimes' });
    expect(bad.status).toBe(5);
    expect(bad.outputs.outcome).toBe('config');
    expect(bad.summary).toContain('Input `check-run` must be auto, always or never, not "sometimes".');
    expect(api.checkRuns.length).toBe(before);
  }, 120_000);
});
