import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from '../support/action.js';
import { spawnCli } from '../support/cli.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { workspace } from '../support/workspace.js';

/**
 * The matrix path of the fan-out workflow, run here as its jobs would: the action (dist/index.js)
 * once for the canary (shard 0/n) and once per shard (i/n), each writing its result file, then
 * the merge step over those files, as the action and as `schemagate merge`.
 */
const online = await serverAvailable();
const describeServer = online ? describe : describe.skip;

/** Trust auth ignores the password: it is there to prove it never leaves the process. */
const PASSWORD = 'Sup3rSecretPw';
const withPassword = (url: string) => url.replace('postgres@', `postgres:${PASSWORD}@`);

describeServer('fan-out over a job matrix: shards, then one merged report', () => {
  const ws = workspace({
    'migrations/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    'migrations/0002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\n',
  });
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(dbs.map((db) => db.drop()));
    ws.cleanup();
  });

  test('each shard applies its own targets; the merge lists all of them and fails with the worst outcome', async () => {
    dbs.push(...(await Promise.all(['a', 'b', 'c', 'd', 'e'].map(() => createDatabase('sg_matrix')))));
    await dbs[2]!.sql`CREATE TABLE users (id int)`; // target c conflicts
    const urls = ['a', 'b', 'c', 'd', 'e'].map((name, i) => `${name}=${withPassword(dbs[i]!.url)}`).join('\n');
    const shard = (spec: string) => runAction({ mode: 'apply', migrations: 'migrations', 'database-urls': urls, canary: 'a', 'targets-shard': spec, comment: 'false' }, { cwd: ws.dir });

    const runs = { canary: await shard('0/2'), one: await shard('1/2'), two: await shard('2/2') };
    expect([runs.canary.status, runs.canary.outputs['target-counts']]).toEqual([0, '{"ok":1}']);
    // Shard 1/2 of the others (b, c, d, e) is b and d; shard 2/2 is c and e.
    expect([runs.one.status, runs.one.outputs['target-counts']]).toEqual([0, '{"ok":2}']);
    expect([runs.two.status, runs.two.outputs.outcome, runs.two.outputs['target-counts']]).toEqual([1, 'migration-failed', '{"migration-failed":1,"ok":1}']);

    const folder = path.join(ws.dir, 'shards');
    for (const [name, run] of Object.entries(runs)) {
      mkdirSync(path.join(folder, name), { recursive: true });
      copyFileSync(run.outputs['result-file']!, path.join(folder, name, 'result.json'));
    }
    const merged = await runAction({ 'merge-results': 'shards' }, { cwd: ws.dir });
    expect(merged.status).toBe(1);
    expect(merged.outputs).toMatchObject({ outcome: 'migration-failed', 'target-counts': '{"ok":4,"migration-failed":1}', 'applied-count': '8' });
    const rows = merged.summary.split('\n').filter((line) => /^\| `/.test(line));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| `c`', '| `a`', '| `b`', '| `d`', '| `e`']);
    expect(merged.summary).toContain('shards 0/2, 1/2, 2/2');
    expect(merged.summary).toMatch(/### ❌ `c`: migration failed[\s\S]*relation "users" already exists/);
    // `::add-mask::` lines are how secrets reach the runner, which consumes them and never shows them.
    const shown = (text: string) => text.replace(/^::add-mask::.*$/gm, '');
    const everything = [...Object.values(runs), merged].flatMap((run) => [shown(run.stdout), run.stderr, run.summary, JSON.stringify(run.outputs), readFileSync(run.outputs['result-file']!, 'utf8')]).join('\n');
    expect(everything).not.toContain(PASSWORD);

    const cli = await spawnCli(['merge', 'shards', '--json'], { cwd: ws.dir });
    expect(cli.code).toBe(1);
    expect(JSON.parse(cli.stdout)).toMatchObject({ fanout: true, status: 'migration-failed', counts: { ok: 4, 'migration-failed': 1 }, shards: ['0/2', '1/2', '2/2'] });

    // A shard whose job left no result is a failure of the merged run, never a silent pass.
    const missing = await spawnCli(['merge', 'shards/canary', 'shards/one'], { cwd: ws.dir });
    expect(missing.code).toBe(9);
    expect(missing.stdout).toMatch(/shard 2\/2 .*internal error/);
  }, 180_000);

  test('a bad target line is a configuration error naming the line, with no password in any channel, and touches no database', async () => {
    const db = await createDatabase('sg_matrix');
    dbs.push(db);
    const run = await runAction({ mode: 'apply', migrations: 'migrations', 'database-urls': `good=${withPassword(db.url)}\nbad=postgres://postgres:${PASSWORD}@[nope/db` }, { cwd: ws.dir });
    expect(run.status).toBe(5);
    expect(run.outputs.outcome).toBe('config');
    expect(run.summary).toContain('`database-urls` line 2: not a valid URL');
    const shown = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
    expect(shown).not.toContain(PASSWORD);
    expect(await db.sql`SELECT 1 FROM pg_namespace WHERE nspname = 'schemagate'`).toHaveLength(0);
  }, 60_000);
});
