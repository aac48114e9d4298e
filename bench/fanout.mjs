#!/usr/bin/env node
// Fan-out at scale: one small migrations folder (3 migrations, 5 statements) applied to N
// schema-per-tenant targets on the local server (postgres://postgres@127.0.0.1:5432, trust auth),
// one fresh database per size, by the bundled CLI (`apply --targets-file`), verified against a
// snapshot. Prints one Markdown table row per size: wall time, time per target, and the peak
// resident memory of the schemagate process (GNU time's maximum RSS).
//
// Usage: npm run -s bundle && node bench/fanout.mjs [--sizes 1,10,100,1000] [--max-parallel 8] [--no-verify]
// NODE_OPTIONS is passed to schemagate: NODE_OPTIONS=--max-old-space-size=64 shows the heap it needs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The command users run: bin/schemagate.js, which keeps the bundle's compiled code between runs.
const CLI = path.join(ROOT, 'bin/schemagate.js');
const SERVER = 'postgres://postgres@127.0.0.1:5432';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const sizes = option('sizes', '1,10,100,1000').split(',').map(Number);
const maxParallel = option('max-parallel', '8');
const verify = !argv.includes('--no-verify');

const work = mkdtempSync(path.join(os.tmpdir(), 'schemagate-fanout-bench-'));
const migrations = {
  '0001_accounts.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n',
  '0002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), total numeric(12,2));\nCREATE INDEX orders_account ON orders (account_id);\n',
  '0003_status.sql': "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';\nCREATE INDEX orders_status ON orders (status);\n",
};
mkdirSync(path.join(work, 'migrations'));
for (const [file, sql] of Object.entries(migrations)) writeFileSync(path.join(work, 'migrations', file), sql);

const admin = postgres(`${SERVER}/postgres`, { max: 1, onnotice: () => {} });

function cli(args, env) {
  const result = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, CLI, ...args], { cwd: work, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}), ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const rss = Number(/maxrss_kb=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, rssMiB: rss / 1024 };
}

async function freshDatabase() {
  const name = `sg_fanbench_${Math.random().toString(16).slice(2, 10)}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  return { name, url: `${SERVER}/${name}` };
}

if (verify) {
  // The snapshot, from a database the migrations built.
  const db = await freshDatabase();
  for (const mode of ['apply', 'snapshot']) {
    const run = cli([mode, '--database-url', db.url, '--migrations', 'migrations'], {});
    if (run.status !== 0) throw new Error(`${mode} for the snapshot failed:\n${run.stdout}${run.stderr}`);
  }
  await admin.unsafe(`DROP DATABASE ${db.name} WITH (FORCE)`);
}

const rows = [];
for (const n of sizes) {
  const db = await freshDatabase();
  const targets = ['url-env: TENANTS_URL', 'targets:', ...Array.from({ length: n }, (_, i) => `  - schema: tenant_${String(i).padStart(5, '0')}`)].join('\n');
  writeFileSync(path.join(work, 'targets.yml'), `${targets}\n`);
  const started = process.hrtime.bigint();
  const run = cli(['apply', '--targets-file', 'targets.yml', '--migrations', 'migrations', '--max-parallel', maxParallel, '--json', ...(verify ? [] : ['--no-verify'])], { TENANTS_URL: db.url });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let counts = null;
  try {
    counts = JSON.parse(run.stdout).counts;
  } catch {
    counts = { unreadable: run.stderr.slice(-500) };
  }
  const ok = run.status === 0 && counts?.ok === n;
  rows.push(`| ${n} | ${(ms / 1000).toFixed(1)} | ${(ms / n).toFixed(0)} | ${run.rssMiB.toFixed(0)} | ${ok ? 'all ok' : JSON.stringify(counts)} |`);
  console.error(`${n} targets: ${(ms / 1000).toFixed(1)} s, peak RSS ${run.rssMiB.toFixed(0)} MiB, ${JSON.stringify(counts)}`);
  await admin.unsafe(`DROP DATABASE ${db.name} WITH (FORCE)`);
}
await admin.end();
rmSync(work, { recursive: true, force: true });

console.log(`| targets | wall s | ms per target | peak RSS MiB | outcome |`);
console.log(`| ---: | ---: | ---: | ---: | --- |`);
for (const row of rows) console.log(row);
console.log(`\nmax-parallel ${maxParallel}, ${verify ? 'verified against a snapshot' : 'not verified'}; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${new Date().toISOString().slice(0, 10)}`);
