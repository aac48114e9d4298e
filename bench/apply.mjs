#!/usr/bin/env node
// Benchmark: apply the same N migrations to an empty database with schemagate (the bundled CLI),
// drizzle-kit migrate, and psql (the floor: no journal, no lock, no checks). Each tool runs
// REPEAT times on a fresh database; the table shows the median wall time and the ratio to
// schemagate. Needs the local PostgreSQL server (127.0.0.1:5432) and psql.
// Usage: node bench/apply.mjs [N=200] [REPEAT=3]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.argv[2] ?? 200);
const REPEAT = Number(process.argv[3] ?? 3);
const SERVER = 'postgres://postgres@127.0.0.1:5432';

const dir = mkdtempSync(path.join(os.tmpdir(), 'schemagate-bench-'));
const out = path.join(dir, 'drizzle');
mkdirSync(path.join(out, 'meta'), { recursive: true });
const entries = [];
for (let i = 0; i < N; i++) {
  const tag = `${String(i).padStart(4, '0')}_t${i}`;
  const sql = `CREATE TABLE t${i} (id serial PRIMARY KEY, name text NOT NULL, created_at timestamp DEFAULT now());\n--> statement-breakpoint\nCREATE INDEX t${i}_name ON t${i} (name);\n`;
  writeFileSync(path.join(out, `${tag}.sql`), sql);
  entries.push({ idx: i, version: '7', when: 1700000000000 + i, tag, breakpoints: true });
}
writeFileSync(path.join(out, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'postgresql', entries }));
writeFileSync(path.join(dir, 'all.sql'), entries.map((e) => `\\i ${path.join(out, `${e.tag}.sql`).replace(/\\/g, '/')}`).join('\n'));

const psql = (db, sql) => execFileSync('psql', [`${SERVER}/${db}`, '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql], { stdio: 'pipe' });
let counter = 0;
function freshDatabase() {
  const name = `sg_bench_${process.pid}_${counter++}`;
  psql('postgres', `CREATE DATABASE ${name}`);
  return name;
}

function time(command, args, options) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return ms;
}

const tools = {
  schemagate: (db) => time(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'apply', '--database-url', `${SERVER}/${db}`, '--migrations', out, '--verify', 'false'], { cwd: dir }),
  'drizzle-kit migrate': (db) => {
    const config = path.join(dir, `drizzle.${db}.config.mjs`);
    writeFileSync(config, `export default { dialect: 'postgresql', out: ${JSON.stringify(out)}, dbCredentials: { url: ${JSON.stringify(`${SERVER}/${db}`)} } };\n`);
    return time(path.join(ROOT, 'node_modules/.bin/drizzle-kit'), ['migrate', '--config', config], { cwd: ROOT });
  },
  'psql -f (no journal)': (db) => time('psql', [`${SERVER}/${db}`, '-q', '-v', 'ON_ERROR_STOP=1', '-1', '-f', path.join(dir, 'all.sql')], {}),
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
const created = [];
try {
  for (const [name, run] of Object.entries(tools)) {
    const samples = [];
    for (let r = 0; r < REPEAT; r++) {
      const db = freshDatabase();
      created.push(db);
      samples.push(run(db));
    }
    results[name] = median(samples);
  }
} finally {
  for (const db of created) psql('postgres', `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
}

const base = results.schemagate;
console.log(`Apply ${N} migrations (${N * 2} statements) to an empty database, median of ${REPEAT} (process start included)\n`);
console.log('| tool | median ms | ratio to schemagate |');
console.log('| --- | ---: | ---: |');
for (const [name, ms] of Object.entries(results)) console.log(`| ${name} | ${ms.toFixed(0)} | ${(ms / base).toFixed(2)} |`);
