import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
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

it('shows the failing statement as plain Markdown in the terminal (no HTML)', () => {
  const ws = workspace({ 'migrations/0001_bad.sql': 'CREATE TABLE a (id int);\nINSERT INTO a\n  VALUES (1, 2);' });
  const run = cli(['apply', '--database-url', `pglite://${path.join(ws.dir, 'db')}`], ws.dir);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('Failing statement:\n\n```sql\nINSERT INTO a\n  VALUES (1, 2)\n```');
  expect(run.stdout).not.toContain('<details>');
  ws.cleanup();
});
