#!/usr/bin/env node
/**
 * dist/THIRD_PARTY_NOTICES.md: every npm package whose code ncc bundled into dist/, with its
 * version, license and license text.
 *
 *   node scripts/notices.mjs action=build/ncc/action.stats.json cli=build/ncc/cli.stats.json
 *   node scripts/notices.mjs --check action=... cli=...   exit 1 when the file differs
 *   --out FILE writes (or checks) FILE instead of dist/THIRD_PARTY_NOTICES.md
 *
 * The package list comes from the bundler itself: `ncc build --stats-out` writes webpack's
 * module list, and every module path under node_modules/ names the package it came from
 * (nested copies included). Versions are checked against package-lock.json, and a bundled
 * package that the lock marks dev-only is an error: it would mean a runtime dependency is
 * declared as a dev dependency. `npm run bundle` runs this after both builds, so the file is
 * part of dist/ and the stale-dist check covers it. The output has no dates or absolute paths:
 * the same lock gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = 'dist/THIRD_PARTY_NOTICES.md';
/** Kept out of the bundle (`ncc -e`) and loaded from an installed copy at run time. */
export const EXTERNAL = ['@electric-sql/pglite', 'chdb'];

const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.\-_].*)?$/i;
const PACKAGE_DIR = /^(?:\.\/)?((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\//;

/** The package folder (as package-lock.json keys it, `node_modules/a/node_modules/b`) of a module path, or undefined. */
export function packageDirOf(modulePath) {
  const match = PACKAGE_DIR.exec(String(modulePath).replace(/\\/g, '/').replace(/^.*?(?=node_modules\/)/, ''));
  return match?.[1];
}

/** Package folders of every module in webpack stats, walking concatenated modules' members. */
export function bundledPackages(stats) {
  const dirs = new Set();
  const walk = (modules) => {
    for (const m of modules ?? []) {
      walk(m.modules);
      // A concatenated module's name is "./node_modules/x/a.js + 9 modules"; its members are walked above.
      const dir = packageDirOf(String(m.name ?? '').replace(/ \+ \d+ modules?$/, ''));
      if (dir) dirs.add(dir);
    }
  };
  walk(stats.modules);
  for (const child of stats.children ?? []) for (const dir of bundledPackages(child)) dirs.add(dir);
  return [...dirs].sort();
}

function repositoryUrl(pkg) {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!repo) return typeof pkg.homepage === 'string' ? pkg.homepage : '';
  if (/^[\w.-]+\/[\w.-]+$/.test(repo)) return `https://github.com/${repo}`;
  return repo
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/^ssh:\/\/git@/, 'https://')
    .replace(/^github:/, 'https://github.com/')
    .replace(/\.git$/, '');
}

/** License text as stored, with line endings and trailing blanks normalised so the output is stable. */
function normaliseText(text) {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * Name, version, license, repository and license files of each bundled package folder, from
 * its installed package.json, checked against package-lock.json. `uses` maps a folder to the
 * bundles (action, cli) it is part of.
 */
export function collectPackages(root, uses) {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const problems = [];
  const packages = [];
  for (const [dir, bundles] of Object.entries(uses)) {
    const locked = lock.packages?.[dir];
    const manifestPath = path.join(root, dir, 'package.json');
    if (!locked) {
      problems.push(`${dir} is bundled but package-lock.json has no entry for it`);
      continue;
    }
    if (locked.dev) problems.push(`${dir} is bundled but package-lock.json marks it dev-only: declare it in "dependencies"`);
    if (!fs.existsSync(manifestPath)) {
      problems.push(`${dir} is not installed: run npm ci`);
      continue;
    }
    const pkg = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    if (pkg.version !== locked.version) problems.push(`${dir} is ${pkg.version} but package-lock.json pins ${locked.version}: run npm ci`);
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? locked.license ?? 'UNKNOWN');
    const files = fs
      .readdirSync(path.join(root, dir))
      .filter((f) => LICENSE_FILE.test(f) && fs.statSync(path.join(root, dir, f)).isFile())
      .sort()
      .map((f) => ({ file: f, text: normaliseText(fs.readFileSync(path.join(root, dir, f), 'utf8')) }));
    packages.push({ dir, name: pkg.name, version: pkg.version, license, repository: repositoryUrl(pkg), bundles: [...bundles].sort(), files });
  }
  if (problems.length > 0) throw new Error(`Third-party notices:\n- ${problems.join('\n- ')}`);
  return packages.sort((a, b) => (a.name === b.name ? a.dir.localeCompare(b.dir) : a.name < b.name ? -1 : 1));
}

const fence = (text) => '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));

/** The Markdown file. */
export function render(packages) {
  const lines = [
    '# Third-party notices',
    '',
    '<!-- Generated by scripts/notices.mjs during `npm run bundle`; do not edit. -->',
    '',
    'schemagate itself is released under the MIT license (see `LICENSE` at the root of the repository).',
    '`dist/index.js` (the action) and `dist/cli/index.js` (the CLI) also contain code from the npm',
    'packages below, each under its own license. The list is taken from the bundler\'s module list,',
    'and the versions are those pinned by `package-lock.json`.',
    '',
    `Not bundled: ${EXTERNAL.map((n) => `\`${n}\``).join(' and ')} are loaded at run time from a copy installed`,
    'separately (see README.md), under their own licenses.',
    '',
    '| Package | Version | License | Bundled into |',
    '| --- | --- | --- | --- |',
    ...packages.map((p) => `| \`${p.name}\` | ${p.version} | ${p.license} | ${p.bundles.join(', ')} |`),
  ];
  for (const p of packages) {
    const meta = [`License: ${p.license}`];
    if (p.repository) meta.push(`Source: ${p.repository}`);
    if (p.dir !== `node_modules/${p.name}`) meta.push(`Installed at: \`${p.dir}\``);
    lines.push('', `## ${p.name} ${p.version}`, '', meta.join('  \n'));
    if (p.files.length === 0) {
      lines.push('', `The package ships no license file; its package.json declares the license \`${p.license}\`.`);
    }
    for (const { file, text } of p.files) {
      const f = fence(text);
      lines.push('', `${file}:`, '', `${f}text`, text, f);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The notices for the given stats files, `{ action: stats, cli: stats }`. */
export function generate(root, statsByBundle) {
  const uses = {};
  for (const [bundle, stats] of Object.entries(statsByBundle)) {
    for (const dir of bundledPackages(stats)) (uses[dir] ??= new Set()).add(bundle);
  }
  if (Object.keys(uses).length === 0) throw new Error('Third-party notices: the stats name no module under node_modules/ (wrong stats file?)');
  return render(collectPackages(root, uses));
}

/** Rows of the notices' table: `{ name, version, license, bundles }`. */
export function parseNotices(text) {
  return [...text.matchAll(/^\| `([^`]+)` \| ([^ |]+) \| ([^|]+?) \| ([^|]+?) \|$/gm)].map((m) => ({
    name: m[1],
    version: m[2],
    license: m[3],
    bundles: m[4].split(', '),
  }));
}

function main(argv) {
  const args = [...argv];
  const check = args.includes('--check');
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? path.resolve(args.splice(outAt, 2)[1] ?? '') : path.join(ROOT, OUT);
  const statsByBundle = {};
  for (const arg of args.filter((a) => a !== '--check')) {
    const [bundle, file] = arg.split('=');
    if (!bundle || !file) throw new Error(`usage: notices.mjs [--check] action=STATS.json cli=STATS.json (got ${arg})`);
    statsByBundle[bundle] = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
  }
  const text = generate(ROOT, statsByBundle);
  if (check) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    if (current !== text) {
      process.stderr.write(`${path.relative(ROOT, out)} is stale: run npm run bundle\n`);
      process.exit(1);
    }
    return;
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
