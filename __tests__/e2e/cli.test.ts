import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { NODE24, ROOT } from '../support/action.js';
import { workspace } from '../support/workspace.js';

/** The README's main command, through the committed CLI bundle (bin/schemagate.js -> dist/cli). */
function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(NODE24, [path.join(ROOT, 'bin/schemagate.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
}

describe('CLI', () => {
  it('applies the examples on an embedded database, then finds nothing pending', () => {
    const ws = workspace();
    ws.copy(path.join(ROOT, 'examples/postgres/migrations'), 'migrations');
    const args = ['apply', '--database-url', `pglite://${path.join(ws.dir, 'demo')}`, '--migrations', 'migrations'];
    const first = cli(args, ws.dir);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('[4/4]');
    expect(first.stdout).toContain('schemagate apply: succeeded');
    expect(first.stdout).toMatch(/✅ \d+ objects \(tables, views, types\) match the snapshot/);
    const second = cli(args, ws.dir);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('4 applied · 0 pending');
    ws.cleanup();
  });

  it('prints the result as JSON and exits with the outcome code, reading DATABASE_URL', () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);', 'migrations/0002_b.sql': 'SELECT * FROM missing_table;' });
    const run = cli(['apply', '--json'], ws.dir, { DATABASE_URL: `pglite://${path.join(ws.dir, 'db')}` });
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe('migration-failed');
    expect(result.applied.map((a: { migrationId: string; status: string }) => [a.migrationId, a.status])).toEqual([['0001', 'applied'], ['0002', 'failed']]);
    expect(result.error.location).toEqual({ file: 'migrations/0002_b.sql', line: 1 });
    expect(run.stderr).toMatch(/relation "missing_table" does not exist/);
    ws.cleanup();
  });

  it('explains usage and rejects unknown options', () => {
    expect(cli(['--help'], ROOT).stdout).toMatch(/Usage: schemagate <plan\|apply\|verify\|snapshot\|baseline>/);
    const bad = cli(['plan', '--no-such-flag'], ROOT);
    expect(bad.status).toBe(5);
    expect(bad.stdout).toContain('Unknown option --no-such-flag');
  });
});

it('shows the failing statement as plain Markdown with --output markdown (no HTML), and indented in text', () => {
  const ws = workspace({ 'migrations/0001_bad.sql': 'CREATE TABLE a (id int);\nINSERT INTO a\n  VALUES (1, 2);' });
  const text = cli(['apply', '--database-url', `pglite://${path.join(ws.dir, 'text-db')}`], ws.dir);
  expect(text.status).toBe(1);
  expect(text.stdout).toContain('Failing statement:\n\n    INSERT INTO a\n      VALUES (1, 2)');
  const run = cli(['apply', '--database-url', `pglite://${path.join(ws.dir, 'db')}`, '--output', 'markdown'], ws.dir);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('Failing statement:\n\n```sql\nINSERT INTO a\n  VALUES (1, 2)\n```');
  expect(run.stdout).not.toContain('<details>');
  ws.cleanup();
});

describe('never a silent success, through the CLI bundle', () => {
  it.each([
    ['a Prisma folder under format plain', { 'migrations/20240101120000_init/migration.sql': 'CREATE TABLE a (id int);' }, ['--format', 'plain'], 'migrations/20240101120000_init/'],
    ['an empty folder', { 'migrations/README.md': '# nothing yet' }, [], 'migrations holds no migrations'],
    ['unread .sql sub-folders', { 'migrations/0001_a.sql': 'SELECT 1;', 'migrations/v2/0002_b.sql': 'SELECT 2;' }, [], 'migrations/v2/'],
  ])('fails with a configuration error naming the folder: %s', (_case, files, flags, named) => {
    const ws = workspace(files);
    const run = cli(['plan', '--database-url', `pglite://${path.join(ws.dir, 'db')}`, ...flags, '--json'], ws.dir);
    expect(run.status).toBe(5);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe('config');
    expect(JSON.stringify(result.error)).toContain(named);
    ws.cleanup();
  });

  it('reports three problems of one folder in one run, and names the layout it read', () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'SELECT 1;', 'migrations/1_b.sql': 'SELECT 2;', 'migrations/notes.sql': 'x', 'migrations/0002_c.sql': '-- schemagate:nope\nSELECT 3;' });
    const run = cli(['plan', '--database-url', `pglite://${path.join(ws.dir, 'db')}`], ws.dir);
    expect(run.status).toBe(5);
    expect(run.stdout).toContain('3 configuration problems in migrations');
    for (const where of ['migrations/1_b.sql', 'migrations/notes.sql', 'migrations/0002_c.sql:1']) expect(run.stdout).toContain(where);
    ws.cleanup();
  });

  it('says an apply without a snapshot is unverified (verified: false)', () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id int);' });
    const run = cli(['apply', '--database-url', `pglite://${path.join(ws.dir, 'db')}`, '--json'], ws.dir);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect([result.layout, result.verified]).toEqual(['plain', false]);
    expect(result.unverified).toContain('no snapshot found');
    const strict = cli(['apply', '--database-url', `pglite://${path.join(ws.dir, 'db')}`, '--require-snapshot'], ws.dir);
    expect(strict.status).toBe(5);
    ws.cleanup();
  });

  it('goes on applying when the reader of its progress goes away (`| head`), and exits with the outcome', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`migrations/${String(i + 1).padStart(4, '0')}_t${i}.sql`, `CREATE TABLE t${i} (id int);\n`]));
    const ws = workspace(files);
    const url = `pglite://${path.join(ws.dir, 'db')}`;
    const child = spawn(NODE24, [path.join(ROOT, 'bin/schemagate.js'), 'apply', '--database-url', url, '--migrations', 'migrations'], { cwd: ws.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    // The first line of progress read, both pipes closed: every later write meets EPIPE.
    child.stderr.once('data', () => {
      child.stderr.destroy();
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const again = cli(['plan', '--database-url', url, '--migrations', 'migrations'], ws.dir);
    expect(again.stdout).toContain('30 applied · 0 pending');
    ws.cleanup();
  }, 60_000);
});

describe("Node's compile cache (bin/schemagate.js)", () => {
  const cacheDir = (tmp: string) => path.join(tmp, `schemagate-compile-cache-${process.getuid!()}`);
  const filesUnder = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [e.name]));

  it("keeps the bundle's compiled code in the user's own folder of the temp folder, for the next run", () => {
    const ws = workspace({ 'tmp/.keep': '' });
    const tmp = path.join(ws.dir, 'tmp');
    expect(cli(['--help'], ws.dir, { TMPDIR: tmp }).status).toBe(0);
    const dir = cacheDir(tmp);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(filesUnder(dir).length).toBeGreaterThan(0);
    expect(cli(['--help'], ws.dir, { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(0);
    ws.cleanup();
  });

  it('uses no cache folder that others may write to, and runs without one where the temp folder is unusable', () => {
    const ws = workspace({ 'tmp/.keep': '', 'not-a-folder': '' });
    const tmp = path.join(ws.dir, 'tmp');
    const dir = cacheDir(tmp);
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o777);
    const shared = cli(['--help'], ws.dir, { TMPDIR: tmp });
    expect(shared.status).toBe(0);
    expect(shared.stdout).toContain('Usage: schemagate');
    expect(filesUnder(dir)).toEqual([]);
    const unusable = cli(['--help'], ws.dir, { TMPDIR: path.join(ws.dir, 'not-a-folder') });
    expect(unusable.status).toBe(0);
    expect(unusable.stdout).toContain('Usage: schemagate');
    ws.cleanup();
  });
});
