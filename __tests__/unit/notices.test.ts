import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * dist/THIRD_PARTY_NOTICES.md names every npm package bundled into dist/ with its license:
 * it is what a fresh ncc build's module list and package-lock.json give, byte for byte.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const NOTICES = path.join(ROOT, 'dist', 'THIRD_PARTY_NOTICES.md');

interface Row {
  name: string;
  version: string;
  license: string;
  bundles: string[];
}
interface Notices {
  EXTERNAL: string[];
  packageDirOf(modulePath: string): string | undefined;
  bundledPackages(stats: unknown): string[];
  collectPackages(root: string, uses: Record<string, Set<string>>): { dir: string; name: string; version: string; license: string; files: { file: string }[] }[];
  generate(root: string, stats: Record<string, unknown>): string;
  parseNotices(text: string): Row[];
}

const scriptPath: string = path.join(ROOT, 'scripts', 'notices.mjs');
const notices = (await import(scriptPath)) as Notices;
const committed = fs.readFileSync(NOTICES, 'utf8');
const rows = notices.parseNotices(committed);
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean; license?: string }> };

describe('dist/THIRD_PARTY_NOTICES.md', () => {
  test('lists the runtime packages the action bundles, with their licenses', () => {
    const byName = (name: string) => rows.filter((r) => r.name === name);
    expect(byName('postgres')).toEqual([{ name: 'postgres', version: lock.packages['node_modules/postgres']!.version, license: 'Unlicense', bundles: ['action', 'cli'] }]);
    expect(byName('@clickhouse/client')).toEqual([
      { name: '@clickhouse/client', version: lock.packages['node_modules/@clickhouse/client']!.version, license: 'Apache-2.0', bundles: ['action', 'cli'] },
    ]);
    expect(byName('@actions/core')).toEqual([{ name: '@actions/core', version: lock.packages['node_modules/@actions/core']!.version, license: 'MIT', bundles: ['action'] }]);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['@actions/github', 'p-retry', 'undici']));
  });

  test('carries the license text of each package that ships one', () => {
    expect(committed).toMatch(/## @actions\/core [\d.]+\n\nLicense: MIT {2}\nSource: [^\n]+\n\nLICENSE.md:\n\n```text\nThe MIT License \(MIT\)\n/);
    expect(committed).toMatch(/## @clickhouse\/client [\d.]+\n[\s\S]*?Apache License\s+Version 2\.0/);
    for (const row of rows) expect(committed).toContain(`## ${row.name} ${row.version}\n`);
  });

  test('does not list the embedded engines, which are loaded from an installed copy', () => {
    for (const name of notices.EXTERNAL) expect(rows.map((r) => r.name)).not.toContain(name);
    for (const name of ['@electric-sql/pglite', 'chdb', 'jest', 'typescript', '@clickhouse/client-common']) {
      expect(rows.map((r) => r.name)).not.toContain(name);
    }
  });

  test('agrees with package-lock.json: each version is locked, none is a dev-only package', () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const entries = Object.entries(lock.packages).filter(([key, v]) => key.endsWith(`node_modules/${row.name}`) && v.version === row.version);
      expect([row.name, row.version, entries.length > 0]).toEqual([row.name, row.version, true]);
      expect([row.name, entries.some(([, v]) => !v.dev)]).toEqual([row.name, true]);
    }
  });

  test('names every package whose path the bundles show', () => {
    const seen = new Set<string>();
    for (const file of ['dist/index.js', 'dist/cli/index.js']) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g)) seen.add(m[1]!);
    }
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter((name) => !rows.some((r) => r.name === name))).toEqual([]);
  });

  test(
    'is what `npm run bundle` generates from a fresh build (deterministic and up to date with the lockfile)',
    () => {
      const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-notices-'));
      try {
        // The bundle script itself, writing into a temporary folder instead of dist/ and build/.
        const command = scripts.bundle!.replaceAll('build/ncc', `${tmp}/stats`)
          .replace(/ -o dist\/cli /, ` -o ${tmp}/dist/cli `)
          .replace(/ -o dist /, ` -o ${tmp}/dist `)
          .replace('node scripts/notices.mjs', `node scripts/notices.mjs --out ${tmp}/dist/THIRD_PARTY_NOTICES.md`);
        expect(command).not.toMatch(/ -o dist\b/);
        const env = { ...process.env, PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` };
        const build = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', env });
        expect({ status: build.status, stderr: build.stderr }).toEqual({ status: 0, stderr: '' });
        expect(fs.readFileSync(path.join(tmp, 'dist', 'THIRD_PARTY_NOTICES.md'), 'utf8')).toBe(committed);
        // The committed file's rows are exactly the packages in the fresh build's module lists.
        const stats = (name: string) => JSON.parse(fs.readFileSync(path.join(tmp, 'stats', `${name}.stats.json`), 'utf8')) as unknown;
        const dirs = [...new Set([...notices.bundledPackages(stats('action')), ...notices.bundledPackages(stats('cli'))])];
        expect(dirs.length).toBe(rows.length);
        expect(dirs).toContain('node_modules/postgres');
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    },
    240_000,
  );
});

describe('scripts/notices.mjs', () => {
  test('maps module paths to the package folder package-lock.json uses, nested copies included', () => {
    expect(notices.packageDirOf('./node_modules/postgres/src/index.js')).toBe('node_modules/postgres');
    expect(notices.packageDirOf('./node_modules/@actions/core/lib/core.js')).toBe('node_modules/@actions/core');
    expect(notices.packageDirOf('./node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js')).toBe(
      'node_modules/@actions/github/node_modules/@actions/http-client',
    );
    expect(notices.packageDirOf('/abs/work/node_modules/tunnel/index.js')).toBe('node_modules/tunnel');
    expect(notices.packageDirOf('./src/index.ts')).toBeUndefined();
    expect(notices.packageDirOf('external "node:fs"')).toBeUndefined();
  });

  test('walks concatenated modules and child compilations', () => {
    const stats = {
      modules: [
        { name: './src/index.ts + 3 modules', modules: [{ name: './src/a.ts' }, { name: './node_modules/p-retry/index.js' }] },
        { name: './node_modules/undici/index.js' },
        { name: 'external "@electric-sql/pglite"' },
      ],
      children: [{ modules: [{ name: './node_modules/undici/lib/core.js' }, { name: './node_modules/a/node_modules/b/x.js' }] }],
    };
    expect(notices.bundledPackages(stats)).toEqual(['node_modules/a/node_modules/b', 'node_modules/p-retry', 'node_modules/undici']);
  });

  test('refuses a bundled package that the lock marks dev-only, or that is installed at another version', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-notices-lock-'));
    try {
      const install = (name: string, version: string) => {
        fs.mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
        fs.writeFileSync(path.join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version, license: 'MIT' }));
        fs.writeFileSync(path.join(root, 'node_modules', name, 'LICENSE'), 'MIT License\r\n\r\nCopyright (c) someone   \r\n');
      };
      install('ok', '1.0.0');
      install('devonly', '1.0.0');
      install('drifted', '2.0.0');
      const lockfile = {
        packages: {
          'node_modules/ok': { version: '1.0.0', license: 'MIT' },
          'node_modules/devonly': { version: '1.0.0', dev: true },
          'node_modules/drifted': { version: '1.0.0' },
        },
      };
      fs.writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify(lockfile));
      const ok = notices.collectPackages(root, { 'node_modules/ok': new Set(['cli']) });
      expect(ok).toMatchObject([{ name: 'ok', version: '1.0.0', license: 'MIT', files: [{ file: 'LICENSE', text: 'MIT License\n\nCopyright (c) someone' }] }]);
      expect(() => notices.collectPackages(root, { 'node_modules/devonly': new Set(['action']) })).toThrow(/marks it dev-only/);
      expect(() => notices.collectPackages(root, { 'node_modules/drifted': new Set(['action']) })).toThrow(/2\.0\.0 but package-lock\.json pins 1\.0\.0/);
      expect(() => notices.collectPackages(root, { 'node_modules/absent': new Set(['action']) })).toThrow(/no entry/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('generate refuses stats that name no package (a wrong file)', () => {
    expect(() => notices.generate(ROOT, { action: { modules: [{ name: './src/index.ts' }] } })).toThrow(/no module under node_modules/);
  });
});
