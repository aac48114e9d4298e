import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from '../support/action.js';
import { startGitHubApi, type FakeGitHub } from '../support/github-api.js';
import { workspace } from '../support/workspace.js';

/** Pull-request previews: the sticky comment, through dist/index.js and a GitHub API stand-in. */
const TOKEN = 'ghs_test_token_123';

describe('sticky pull request comment', () => {
  let api: FakeGitHub;
  beforeAll(async () => {
    api = await startGitHubApi(TOKEN);
  });
  afterAll(async () => {
    await api.close();
  });

  const pullRequestEnv = (dir: string) => {
    const event = path.join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7 }, repository: { name: 'shop', owner: { login: 'acme' } } }));
    return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: api.url };
  };

  it('creates one comment, then updates that same comment on the next push', async () => {
    const ws = workspace({ 'migrations/0001_users.sql': 'CREATE TABLE users (id int, note text DEFAULT \'<b>&</b>\');' });
    const db = `pglite://${path.join(ws.dir, 'staging-db')}`;
    const inputs = { mode: 'plan', 'database-url': db, environment: 'staging', 'github-token': TOKEN };
    const first = await runAction(inputs, { cwd: ws.dir, env: pullRequestEnv(ws.dir) });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Pull request comment created \(id 1000\)/);
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]!.body;
    expect(body).toContain('<!-- schemagate:staging:migrations -->');
    expect(body).toContain('<code>migrations/0001_users.sql</code>');
    expect(body).toContain("DEFAULT '&lt;b&gt;&amp;&lt;/b&gt;'");
    expect(body).not.toContain('<b>&</b>');
    expect(body).toContain('[Workflow run](https://github.com/acme/shop/actions/runs/4242)');

    ws.write('migrations/0002_orders.sql', 'CREATE TABLE orders (id int);');
    const second = await runAction(inputs, { cwd: ws.dir, env: pullRequestEnv(ws.dir) });
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/Pull request comment updated \(id 1000\)/);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('migrations/0002_orders.sql');
    expect(api.comments[0]!.body).toContain('**2 pending**');
    ws.cleanup();
  });

  it('a fan-out plan comments too: each target\'s pending count and reason, worst first, and no host or path of a target named after its URL', async () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);', 'migrations/0002_b.sql': 'CREATE TABLE b (id int);' });
    const named = `pglite://${path.join(ws.dir, 'tenant-a-db')}`;
    const unnamed = `pglite://${path.join(ws.dir, 'secret-host-db')}`;
    // The unnamed target has 0001 applied, then 0001 is edited: its plan is refused.
    const applied = await runAction({ mode: 'apply', 'database-url': unnamed, migrations: 'migrations', 'require-snapshot': 'false' }, { cwd: ws.dir });
    expect(applied.status).toBe(0);
    ws.write('migrations/0001_a.sql', 'CREATE TABLE a (id bigint);');
    const before = api.comments.length;
    const run = await runAction(
      { mode: 'plan', 'database-urls': `tenant-a=${named}\n${unnamed}`, environment: 'tenants', 'github-token': TOKEN },
      { cwd: ws.dir, env: pullRequestEnv(ws.dir) },
    );
    expect(run.outputs.outcome).toBe('refused');
    expect(api.comments.length - before).toBe(1);
    const body = api.comments.at(-1)!.body;
    expect(body).toContain('<!-- schemagate:tenants:migrations -->');
    expect(body).toContain('### ❌ schemagate plan for **tenants**: plan refused');
    expect(body).toMatch(/\| target 2 \| ❌ plan refused \| \d+ \| migrations\/0001_a\.sql was edited after it was applied/);
    expect(body).toMatch(/\| `tenant-a` \| ✅ succeeded \| 2 \|/);
    expect(body.indexOf('target 2')).toBeLessThan(body.indexOf('tenant-a'));
    expect(body).not.toContain('secret-host-db');
    expect(body).toContain('[Workflow run](https://github.com/acme/shop/actions/runs/4242)');
    ws.cleanup();
  });

  it('keeps one comment per environment', async () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);' });
    const before = api.comments.length;
    for (const environment of ['qa', 'production']) {
      const run = await runAction(
        { mode: 'plan', 'database-url': `pglite://${path.join(ws.dir, environment)}`, environment, 'github-token': TOKEN },
        { cwd: ws.dir, env: pullRequestEnv(ws.dir) },
      );
      expect(run.status).toBe(0);
    }
    expect(api.comments.length - before).toBe(2);
    ws.cleanup();
  });

  it('fails soft: without a token, or without permission, the summary is still written and the job passes', async () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);' });
    const inputs = { mode: 'plan', 'database-url': `pglite://${path.join(ws.dir, 'db')}` };
    const noToken = await runAction(inputs, { cwd: ws.dir, env: pullRequestEnv(ws.dir) });
    expect(noToken.status).toBe(0);
    expect(noToken.stdout).toContain('No pull request comment: no github-token.');
    expect(noToken.summary).toContain('schemagate plan: succeeded');

    api.refuseWrites = true;
    const refused = await runAction({ ...inputs, environment: 'fork', 'github-token': TOKEN }, { cwd: ws.dir, env: pullRequestEnv(ws.dir) });
    api.refuseWrites = false;
    expect(refused.status).toBe(0);
    expect(refused.stdout).toMatch(/::warning::GitHub refused the comment \(HTTP 403\); grant the job `permissions: pull-requests: write`/);
    expect(refused.summary).toContain('schemagate plan: succeeded');
    expect(refused.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
    ws.cleanup();
  });
});
