#!/usr/bin/env node
// Cold start of the bundled action: spawns `node dist/index.js` with no inputs (it stops at input
// validation, so the time is loading and evaluating the bundle) from a scratch directory, RUNS
// times, and prints the median wall time and the bundle's size. Run `npm run bundle` first.
// Usage: node bench/cold-start.mjs [RUNS=7] [ENTRY=dist/index.js]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[2] ?? 7);
const entry = path.resolve(ROOT, process.argv[3] ?? 'dist/index.js');

// Another directory, so nothing resolves from the repository's node_modules by accident.
const cwd = mkdtempSync(path.join(os.tmpdir(), 'schemagate-cold-'));
// Only PATH and HOME: no INPUT_* variables leak in from the caller's environment.
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd };

const times = [];
for (let i = 0; i < RUNS; i++) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [entry], { cwd, env, encoding: 'utf8' });
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (result.error) throw result.error;
  if (i === 0) console.log(`exit code ${result.status}; first line: ${(result.stdout + result.stderr).split('\n')[0]}`);
}
rmSync(cwd, { recursive: true, force: true });

times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`${path.relative(ROOT, entry)}: ${(statSync(entry).size / 1024).toFixed(0)} KiB, node ${process.version}`);
console.log(`cold start median of ${RUNS}: ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`);
