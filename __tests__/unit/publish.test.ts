import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * What a published release promises: the license, the Node.js versions (package.json's
 * engines agree with what the bundled and runtime dependencies declare, and with the runtime
 * GitHub uses for the action), and line endings that never change a migration's checksum.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { license: string; engines: { node: string }; dependencies: Record<string, string> };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; dev?: boolean; engines?: { node?: string } | string[] }> };

/** The lowest major version a simple engines range (`>=20`, `>= 18.17`, `^20.19 || >=22`) admits. */
function minimumMajor(range: string): number {
  const majors = range.split('||').map((part) => Number(/(?:>=|\^|~)?\s*v?(\d+)/.exec(part.trim())?.[1] ?? 0));
  return Math.min(...majors);
}

describe('LICENSE', () => {
  test('is the MIT license package.json declares, for schemagate contributors', () => {
    expect(pkg.license).toBe('MIT');
    const license = read('LICENSE');
    expect(license.startsWith('MIT License\n\nCopyright (c) ')).toBe(true);
    expect(license).toMatch(/^Copyright \(c\) \d{4} schemagate contributors$/m);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe('supported Node.js versions', () => {
  const ours = minimumMajor(pkg.engines.node);

  test('package.json and package-lock.json state the same range', () => {
    expect((lock.packages[''] as { engines?: { node?: string } }).engines?.node).toBe(pkg.engines.node);
  });

  test('no production dependency needs a newer Node.js than engines admits (the @actions/* tree has content-type, node >=22)', () => {
    const needs = Object.entries(lock.packages)
      .filter(([key, entry]) => key !== '' && !entry.dev && entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
      .map(([key, entry]) => ({ key, min: minimumMajor((entry.engines as { node: string }).node) }));
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.filter((n) => n.min > ours)).toEqual([]);
    // The newest requirement is what sets engines: no lower bound that a dependency already excludes.
    expect(ours).toBe(Math.max(...needs.map((n) => n.min)));
  });

  test('the action runs on a runtime engines admits', () => {
    const action = parse(read('action.yml')) as { runs: { using: string } };
    const runtime = Number(/^node(\d+)$/.exec(action.runs.using)?.[1]);
    expect(runtime).toBeGreaterThanOrEqual(ours);
  });

  test('the CI job runs the CLI on the oldest and the newest supported major', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as { jobs: Record<string, { strategy?: { matrix?: { node?: number[] } } }> };
    expect(ci.jobs.cli?.strategy?.matrix?.node).toEqual([ours, 24]);
  });

  test('the README states the versions', () => {
    expect(read('README.md')).toContain(`Node.js ${ours} or later`);
  });
});

describe('.gitattributes', () => {
  const attr = (file: string) => {
    const result = spawnSync('git', ['check-attr', 'text', 'eol', 'diff', 'linguist-generated', '--', file], { cwd: ROOT, encoding: 'utf8' });
    return Object.fromEntries(result.stdout.trim().split('\n').map((line) => line.split(': ').slice(1) as [string, string]));
  };
  const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() === 'true';
  const gitTest = inGit ? test : test.skip;

  gitTest('never converts migrations or fixtures, and marks dist/ generated', () => {
    expect(attr('examples/postgres/migrations/0001_create_users.sql')).toMatchObject({ text: 'unset' });
    expect(attr('any/where/else.sql')).toMatchObject({ text: 'unset' });
    expect(attr('__tests__/fixtures/drizzle-story/meta/_journal.json')).toMatchObject({ text: 'unset' });
    expect(attr('examples/postgres/migrations/schemagate.snapshot.json')).toMatchObject({ text: 'unset' });
    expect(attr('dist/index.js')).toMatchObject({ diff: 'unset', 'linguist-generated': 'true' });
    expect(attr('src/index.ts')).toMatchObject({ text: 'auto', eol: 'lf', 'linguist-generated': 'unspecified' });
  });

  gitTest('every tracked file is stored as checked out: renormalising would change nothing', () => {
    const files = spawnSync('git', ['ls-files', '--eol'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim().split('\n');
    expect(files.length).toBeGreaterThan(100);
    // i/crlf or i/mixed under text=auto would be rewritten by `git add --renormalize`.
    expect(files.filter((line) => /^i\/(crlf|mixed)/.test(line) && !/attr\/-text/.test(line))).toEqual([]);
    for (const line of files.filter((l) => /\.sql$/.test(l))) expect(line).toMatch(/attr\/-text/);
  });
});
