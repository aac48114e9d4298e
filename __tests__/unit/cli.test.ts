import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { INPUT_NAMES, inputDescription } from '../../src/config/index.js';
import { plainLinks } from '../../src/report/links.js';
import { errorLines } from '../../src/report/summary.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { VERSION } from '../../src/version.js';

/** The CLI in process, writing to captured streams that say whether they are a terminal. */
async function cli(argv: string[], options: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  let stdout = '';
  let stderr = '';
  const terminal = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
  };
  const code = await main(argv, { PATH: process.env.PATH, ...options.env }, terminal);
  return { code, stdout, stderr };
}

/** An ANSI escape sequence (colour, line erase). */
const ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[`);

describe('CLI for people', () => {
  it('prints its version', async () => {
    for (const flag of ['--version', '-v']) {
      const run = await cli([flag]);
      expect([run.code, run.stdout]).toEqual([0, `schemagate ${VERSION}\n`]);
    }
  });

  it('describes every option of a mode, from action.yml', async () => {
    const run = await cli(['apply', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: schemagate apply \[options\]/);
    expect(run.stdout).toContain('Take the lock, apply the pending migrations');
    for (const name of INPUT_NAMES.filter((n) => n !== 'mode')) {
      expect(run.stdout).toContain(`--${name}`);
      // The first words of each description, as wrapped.
      expect(run.stdout.replace(/\s+/g, ' ')).toContain(inputDescription(name).split(/\s+/).slice(0, 6).join(' '));
    }
    expect(run.stdout).toContain('--resume / --no-resume');
  });

  it('names --database-url and DATABASE_URL when the URL is missing, once, without an empty header', async () => {
    const run = await cli(['apply', '--migrations', 'x']);
    expect(run.code).toBe(5);
    expect(run.stdout).toContain('--database-url');
    expect(run.stdout).toContain('DATABASE_URL');
    expect(run.stdout).not.toMatch(/secrets\.DATABASE_URL|input `/);
    expect(run.stdout).not.toContain('not connected');
    expect(run.stdout.match(/No database URL/g)).toHaveLength(1);
    expect(run.stderr).toBe('');
  });

  it('words input errors as options', async () => {
    const run = await cli(['plan', '--database-url', 'pglite://memory', '--lock-timeout', 'soon']);
    expect(run.stdout).toContain('--lock-timeout must be a number of seconds');
    expect(run.stdout).not.toMatch(/[Ii]nput `lock-timeout`/);
  });

  it('names every input in a settings error as its option', async () => {
    const run = await cli(['apply', '--database-url', 'pglite://memory', '--database-urls', 'a=pglite://memory']);
    expect(run.stdout).toContain('Set either --database-url (one database) or --database-urls (many), not both.');
  });

  it('never echoes the credentials of a stray URL argument', async () => {
    const run = await cli(['plan', 'postgres://admin:hunter2-secret@db.internal/app']);
    expect(run.code).toBe(5);
    expect(run.stdout).toContain('postgres://db.internal/app');
    expect(run.stdout + run.stderr).not.toContain('hunter2-secret');
  });

  it('connects through DIRECT_URL when set, in place of DATABASE_URL, and never shows its password', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-cli-direct-'));
    try {
      fs.mkdirSync(path.join(dir, 'migrations'));
      const env = {
        GITHUB_WORKSPACE: dir,
        DATABASE_URL: 'postgres://app:pooled-s3cret@127.0.0.1:1/pooled',
        DIRECT_URL: 'postgres://app:direct-s3cret@127.0.0.1:1/direct?sslmode=disable',
      };
      const run = await cli(['verify', '--json', '--connect-retries', '0', '--snapshot', 'none.json'], { env });
      const result = JSON.parse(run.stdout) as { target: string };
      expect(result.target).toBe('postgres://127.0.0.1:1/direct');
      expect(run.stdout + run.stderr).not.toMatch(/direct-s3cret|pooled-s3cret/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('colours a terminal, and not with NO_COLOR or when piped', async () => {
    expect((await cli(['verify', '--database-url', 'ftp://x'], { tty: true })).stdout).toMatch(ESCAPE);
    expect((await cli(['verify', '--database-url', 'ftp://x'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ESCAPE);
    expect((await cli(['verify', '--database-url', 'ftp://x'])).stdout).not.toMatch(ESCAPE);
  });

  it('redraws statement progress in place on a terminal only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-cli-'));
    fs.mkdirSync(path.join(dir, 'migrations'));
    fs.writeFileSync(path.join(dir, 'migrations', '0001_a.sql'), 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);');
    const args = (db: string) => ['apply', '--database-url', `pglite://${path.join(dir, db)}`, '--working-directory', dir, '--migrations', 'migrations'];
    const tty = await cli(args('tty'), { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('\r\u001b[2K');
    const piped = await cli(args('piped'));
    expect(piped.code).toBe(0);
    expect(piped.stderr).not.toContain('\r');
    expect(piped.stderr).not.toMatch(ESCAPE);
    expect(piped.stderr).toContain('statement 2/2 done');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe('terminal rendering of the report', () => {
  it('aligns table columns and drops Markdown marks', () => {
    const text = renderTerminal(['## ✅ done', '', '| Migration | File |', '| --- | --- |', '| 1 | `a.sql` |', '| 0002 | `long/b.sql` |', '', '> **it failed**'].join('\n'), { color: false });
    expect(text).toBe(['✅ done', '', '  Migration  File', '  1          a.sql', '  0002       long/b.sql', '', '  it failed', ''].join('\n'));
  });

  it('shows a failed statement\'s database message as the database wrote it, its backticks included', () => {
    const message = 'migrations/0001_x.sql:2: statement 2 of 2 failed: Unknown expression identifier `nope` in scope SELECT nope FROM `my-table`.';
    const lines = errorLines({ kind: 'migration-failed', message, location: { file: 'migrations/0001_x.sql', line: 2 }, statement: 'SELECT nope FROM `my-table`' }, { style: 'terminal', links: plainLinks });
    expect(renderTerminal(lines.join('\n'), { color: false })).toContain('statement 2 of 2 failed: Unknown expression identifier `nope` in scope SELECT nope FROM `my-table`.');
    // A message of schemagate's own keeps its code marks as Markdown.
    const own = errorLines({ kind: 'config', message: 'Mode `verify` needs an expected snapshot.' }, { style: 'terminal', links: plainLinks });
    expect(renderTerminal(own.join('\n'), { color: false })).toContain('Mode verify needs an expected snapshot.');
  });
});
