#!/usr/bin/env node
// schemagate against its peers, one Markdown table per goal of issue 13. Every run is a whole
// process (start-up included) on its own fresh database on the local server
// (postgres://postgres@127.0.0.1:5432, trust auth). Runs are paired and interleaved: each pair
// runs schemagate and one peer back to back (alternating which goes first), and the ratio
// schemagate ÷ peer is taken per pair, so drift in the machine's speed cancels out. Every peer is
// a dev dependency: nothing is installed at run time.
//
// Usage: npm run bench [-- --quick] [-- --pairs 3] [-- --only apply,noop,verify,clickhouse,trips]
// Sizes (env): BENCH_APPLY_SIZES=100,1000,3000 BENCH_NOOP_ROWS=10000 BENCH_VERIFY_TABLES=2000
// BENCH_CH_MIGRATIONS=200 BENCH_PAIRS=5. `--quick` shrinks them so the whole run takes < 2 min.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { startCountingProxy } from './pg-proxy.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = 'postgres://postgres@127.0.0.1:5432';
const BIN = (name) => path.join(ROOT, 'node_modules/.bin', name);
// The command users run: bin/schemagate.js, which keeps the bundle's compiled code between runs.
const CLI = path.join(ROOT, 'bin/schemagate.js');

// ---- options ---------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('quick');
const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
const config = {
  pairs: Number(option('pairs') ?? process.env.BENCH_PAIRS ?? (quick ? 2 : 5)),
  applySizes: list(option('apply-sizes') ?? process.env.BENCH_APPLY_SIZES ?? (quick ? '100' : '100,1000,3000')).map(Number),
  batchSize: Number(option('batch-size') ?? process.env.BENCH_BATCH_SIZE ?? (quick ? 100 : 1000)),
  noopRows: Number(option('noop-rows') ?? process.env.BENCH_NOOP_ROWS ?? (quick ? 1000 : 10000)),
  verifyTables: Number(option('verify-tables') ?? process.env.BENCH_VERIFY_TABLES ?? (quick ? 200 : 2000)),
  chMigrations: Number(option('ch-migrations') ?? process.env.BENCH_CH_MIGRATIONS ?? (quick ? 50 : 200)),
  only: new Set(list(option('only') ?? process.env.BENCH_ONLY ?? 'apply,batch,noop,verify,clickhouse,trips')),
};

// ---- helpers ---------------------------------------------------------------------------------

const admin = postgres(`${SERVER}/postgres`, { max: 1, onnotice: () => {} });
const work = mkdtempSync(path.join(os.tmpdir(), 'schemagate-bench-'));
let counter = 0;
const databases = [];

async function freshDatabase() {
  const name = `sg_bench_${process.pid}_${counter++}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  databases.push(name);
  return name;
}
async function dropDatabase(name) {
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** Runs a whole process to its exit (asynchronously: the in-process chDB server must keep serving). */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: work, ...options, env: { ...process.env, NODE_OPTIONS: '', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`));
      else resolve({ seconds, stdout, stderr });
    });
  });
}

const schemagate = (args, options) => run(process.execPath, [CLI, ...args], options);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, digits = 2) => x.toFixed(digits);

/**
 * Paired runs: each pair runs `ours` and `theirs` (each given a fresh setup by `prepare`),
 * alternating the order, and records ours ÷ theirs.
 */
async function paired(label, peer, ours, theirs) {
  const pairs = [];
  for (let i = 0; i < config.pairs; i++) {
    const order = i % 2 === 0 ? [ours, theirs] : [theirs, ours];
    const seconds = [];
    for (const task of order) seconds.push(await task());
    const [a, b] = i % 2 === 0 ? seconds : [seconds[1], seconds[0]];
    pairs.push({ ours: a, theirs: b, ratio: a / b });
    process.stderr.write(`  ${label} vs ${peer}: pair ${i + 1}/${config.pairs} ${fmt(a)} s / ${fmt(b)} s = ${fmt(a / b)}\n`);
  }
  const ratios = pairs.map((p) => p.ratio);
  return {
    work: label,
    peer,
    median: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    ours: median(pairs.map((p) => p.ours)),
    theirs: median(pairs.map((p) => p.theirs)),
  };
}

const tables = [];
function table(title, rows) {
  const lines = [
    `### ${title}`,
    '',
    '| work | peer | schemagate ÷ peer (median) | min-max | median s (schemagate / peer) |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.work} | ${r.peer} | ${fmt(r.median)} | ${fmt(r.min)}-${fmt(r.max)} | ${fmt(r.ours, 3)} / ${fmt(r.theirs, 3)} |`),
  ];
  tables.push(lines.join('\n'));
  console.log(`${lines.join('\n')}\n`);
}

// ---- migration folders: the same SQL in each tool's layout -----------------------------------

const pgStatements = (i) => [
  `CREATE TABLE t${i} (id serial PRIMARY KEY, name text NOT NULL, created_at timestamp DEFAULT now());`,
  `CREATE INDEX t${i}_name ON t${i} (name);`,
];

function writeFolders(n) {
  const base = path.join(work, `pg-${n}`);
  const dirs = {
    schemagate: path.join(base, 'schemagate'),
    pgMigrate: path.join(base, 'node-pg-migrate'),
    dbmate: path.join(base, 'dbmate'),
    postgrator: path.join(base, 'postgrator'),
    drizzle: path.join(base, 'drizzle'),
    psql: path.join(base, 'all.sql'),
  };
  for (const d of Object.values(dirs)) if (!d.endsWith('.sql')) mkdirSync(d, { recursive: true });
  mkdirSync(path.join(dirs.drizzle, 'meta'), { recursive: true });
  const entries = [];
  const all = [];
  for (let i = 0; i < n; i++) {
    const [create, index] = pgStatements(i);
    const pad = String(i + 1).padStart(5, '0');
    writeFileSync(path.join(dirs.schemagate, `${pad}_t${i}.sql`), `${create}\n${index}\n`);
    writeFileSync(path.join(dirs.pgMigrate, `${1700000000000 + i}_t${i}.sql`), `-- Up Migration\n${create}\n${index}\n\n-- Down Migration\n`);
    writeFileSync(path.join(dirs.dbmate, `${20200101000000 + i}_t${i}.sql`), `-- migrate:up\n${create}\n${index}\n\n-- migrate:down\n`);
    writeFileSync(path.join(dirs.postgrator, `${pad}.do.t${i}.sql`), `${create}\n${index}\n`);
    const tag = `${String(i).padStart(5, '0')}_t${i}`;
    writeFileSync(path.join(dirs.drizzle, `${tag}.sql`), `${create}\n--> statement-breakpoint\n${index}\n`);
    entries.push({ idx: i, version: '7', when: 1700000000000 + i, tag, breakpoints: true });
    all.push(create, index);
  }
  writeFileSync(path.join(dirs.drizzle, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'postgresql', entries }));
  writeFileSync(dirs.psql, `${all.join('\n')}\n`);
  return dirs;
}

const url = (db) => `${SERVER}/${db}`;
/** One timed run of a tool on its own fresh database, dropped afterwards. */
const onFresh = (fn) => async () => {
  const db = await freshDatabase();
  try {
    return (await fn(db)).seconds;
  } finally {
    await dropDatabase(db);
  }
};

const tools = (dirs, extra = []) => ({
  schemagate: onFresh((db) => schemagate(['apply', '--database-url', url(db), '--migrations', dirs.schemagate, '--verify', 'false', ...extra])),
  'node-pg-migrate (one transaction per migration)': onFresh((db) =>
    run(BIN('node-pg-migrate'), ['up', '--migrations-dir', dirs.pgMigrate, '--no-single-transaction', '--no-check-order'], { env: { DATABASE_URL: url(db) } })),
  dbmate: onFresh((db) => run(BIN('dbmate'), ['--url', `${url(db)}?sslmode=disable`, '--migrations-dir', dirs.dbmate, '--no-dump-schema', 'migrate'])),
  postgrator: onFresh((db) => run(process.execPath, [path.join(ROOT, 'bench/peers/postgrator.mjs'), url(db), dirs.postgrator])),
  'drizzle-kit migrate (one transaction)': onFresh((db) => drizzleKit(db, dirs.drizzle)),
  'psql -1 -f (no journal)': onFresh((db) => run('psql', [url(db), '-q', '-v', 'ON_ERROR_STOP=1', '-1', '-f', dirs.psql])),
});

function drizzleKit(db, out) {
  const file = path.join(work, `drizzle.${db}.config.mjs`);
  writeFileSync(file, `export default { dialect: 'postgresql', out: ${JSON.stringify(out)}, dbCredentials: { url: ${JSON.stringify(url(db))} } };\n`);
  return run(BIN('drizzle-kit'), ['migrate', '--config', file], { cwd: ROOT });
}

// ---- goals ------------------------------------------------------------------------------------

async function applyGoal() {
  const rows = [];
  for (const n of config.applySizes) {
    const dirs = writeFolders(n);
    const t = tools(dirs);
    for (const peer of ['node-pg-migrate (one transaction per migration)', 'dbmate', 'postgrator']) {
      rows.push(await paired(`apply ${n}, one transaction per migration`, peer, t.schemagate, t[peer]));
    }
  }
  table('Postgres apply, one transaction per migration (CREATE TABLE + CREATE INDEX each)', rows);
}

async function batchGoal() {
  const n = config.batchSize;
  const dirs = writeFolders(n);
  // Batch mode is opt-in; a build without it compares its default (per-migration) mode here.
  const supportsBatch = (await schemagate(['--help'])).stdout.includes('--transaction-mode');
  const extra = process.env.BENCH_BATCH_ARGS?.split(' ') ?? (supportsBatch ? ['--transaction-mode', 'batch'] : []);
  const t = tools(dirs, extra);
  table(`Postgres apply ${n}, whole batch in one transaction (schemagate ${extra.join(' ') || 'default mode: no batch mode in this build'})`, [
    await paired(`apply ${n} ${extra.join(' ')}`, 'psql -1 -f (no journal)', t.schemagate, t['psql -1 -f (no journal)']),
    await paired(`apply ${n} ${extra.join(' ')}`, 'drizzle-kit migrate (one transaction)', t.schemagate, t['drizzle-kit migrate (one transaction)']),
  ]);
}

/** A folder with one trivial migration. */
function oneMigrationFolder() {
  const dir = path.join(work, 'one');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, '0001_one.sql'), 'SELECT 1;\n');
  return dir;
}

async function noopGoal() {
  const n = config.noopRows;
  const dirs = writeFolders(n);
  // One database with every migration recorded (schemagate's journal and drizzle's table, which
  // schemagate keeps in step for a drizzle folder); no-op runs change nothing, so they share it.
  const db = await freshDatabase();
  process.stderr.write(`  recording ${n} journal rows (baseline)...\n`);
  await schemagate(['baseline', '--database-url', url(db), '--migrations', dirs.drizzle]);
  // An empty folder is a configuration error (never a silent success): cold start plans one
  // trivial migration on an empty database.
  const one = oneMigrationFolder();
  const emptyDb = await freshDatabase();
  const plan = async () => (await schemagate(['plan', '--database-url', url(db), '--migrations', dirs.drizzle])).seconds;
  const apply = async () => (await schemagate(['apply', '--database-url', url(db), '--migrations', dirs.drizzle, '--verify', 'false'])).seconds;
  const drizzle = async () => (await drizzleKit(db, dirs.drizzle)).seconds;
  const cold = async () => (await schemagate(['plan', '--database-url', url(emptyDb), '--migrations', one])).seconds;
  const rows = [
    await paired(`no-op plan, ${n} journal rows`, 'drizzle-kit migrate (no-op)', plan, drizzle),
    await paired(`no-op apply, ${n} journal rows`, 'drizzle-kit migrate (no-op)', apply, drizzle),
    await paired(`no-op plan, ${n} journal rows`, 'schemagate cold start (plan, one migration)', plan, cold),
    await paired(`no-op apply, ${n} journal rows`, 'schemagate cold start (plan, one migration)', apply, cold),
  ];
  table(`No-op plan and apply, ${n} journal rows (the last two lines: seconds above cold start = difference of the medians)`, rows);
  await dropDatabase(db);
  await dropDatabase(emptyDb);
}

async function verifyGoal(proxy) {
  const n = config.verifyTables;
  const db = await freshDatabase();
  process.stderr.write(`  creating ${n} tables x 20 columns...\n`);
  const sql = postgres(url(db), { max: 1, onnotice: () => {} });
  for (let start = 0; start < n; start += 100) {
    const ddl = [];
    for (let i = start; i < Math.min(n, start + 100); i++) {
      const columns = Array.from({ length: 18 }, (_, c) => `c${c} ${['text', 'integer', 'timestamptz', 'boolean', 'numeric(12,2)', 'jsonb'][c % 6]}${c % 4 === 0 ? ' NOT NULL' : ''}`);
      const parent = i === 0 ? '' : `, parent_id bigint REFERENCES v${i - 1} (id)`;
      ddl.push(`CREATE TABLE v${i} (id bigserial PRIMARY KEY${parent}, ${columns.join(', ')});`, `CREATE INDEX v${i}_c0 ON v${i} (c0);`);
    }
    // A chunk per transaction: one transaction for all would exhaust the server's lock table.
    await sql.unsafe(`BEGIN; ${ddl.join('\n')} COMMIT;`).simple();
  }
  await sql.end();
  const snapshot = path.join(work, 'verify.snapshot.json');
  await schemagate(['snapshot', '--database-url', url(db), '--snapshot', snapshot, '--migrations', oneMigrationFolder()]);
  const samples = [];
  for (let i = 0; i < config.pairs; i++) {
    const r = await run('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, CLI, 'verify', '--database-url', url(db), '--snapshot', snapshot, '--migrations', oneMigrationFolder()]);
    samples.push({ seconds: r.seconds, rssMb: Number(/maxrss_kb=(\d+)/.exec(r.stderr)[1]) / 1024 });
  }
  proxy.reset();
  await schemagate(['verify', '--database-url', `postgres://postgres@127.0.0.1:${proxy.port}/${db}`, '--snapshot', snapshot, '--migrations', oneMigrationFolder()]);
  const counted = proxy.snapshot();
  await dropDatabase(db);
  const lines = [
    `### verify ${n} tables × 20 columns (an index and a foreign key each)`,
    '',
    '| work | median s | min-max s | queries (catalog + session) | round trips | peak RSS MB (median) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| verify ${n} tables | ${fmt(median(samples.map((s) => s.seconds)), 3)} | ${fmt(Math.min(...samples.map((s) => s.seconds)), 3)}-${fmt(Math.max(...samples.map((s) => s.seconds)), 3)} | ${counted.queries} | ${counted.roundTrips} | ${fmt(median(samples.map((s) => s.rssMb)), 0)} |`,
  ];
  tables.push(lines.join('\n'));
  console.log(`${lines.join('\n')}\n`);
}

/** Protocol messages, round trips and commits per migration: the difference between N and 2N. */
async function tripsGoal(proxy) {
  const n = 50;
  const small = writeFolders(n);
  const large = writeFolders(2 * n);
  const measure = async (dirs, runTool) => {
    const db = await freshDatabase();
    const before = await stats(db);
    proxy.reset();
    await runTool(`postgres://postgres@127.0.0.1:${proxy.port}/${db}`, dirs);
    const counted = proxy.snapshot();
    await sleep(700); // the backend reports its statistics as it exits
    const after = await stats(db);
    await dropDatabase(db);
    return { ...counted, commits: after.commits - before.commits, walSyncs: after.walSyncs - before.walSyncs };
  };
  const peers = {
    schemagate: (u, d) => schemagate(['apply', '--database-url', u, '--migrations', d.schemagate, '--verify', 'false', ...(process.env.BENCH_TRIPS_ARGS?.split(' ') ?? [])]),
    'node-pg-migrate (one transaction per migration)': (u, d) =>
      run(BIN('node-pg-migrate'), ['up', '--migrations-dir', d.pgMigrate, '--no-single-transaction', '--no-check-order'], { env: { DATABASE_URL: u } }),
    dbmate: (u, d) => run(BIN('dbmate'), ['--url', `${u}?sslmode=disable`, '--migrations-dir', d.dbmate, '--no-dump-schema', 'migrate']),
    postgrator: (u, d) => run(process.execPath, [path.join(ROOT, 'bench/peers/postgrator.mjs'), u, d.postgrator]),
  };
  const lines = [
    '### Per Postgres migration (difference between applying 100 and 50 migrations, through a counting proxy)',
    '',
    '| tool | frontend messages | queries executed | Parse messages | round trips | transactions committed | WAL flushes (server-wide) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, runTool] of Object.entries(peers)) {
    const a = await measure(small, runTool);
    const b = await measure(large, runTool);
    const per = (k) => fmt((b[k] - a[k]) / n, 1);
    lines.push(`| ${name} | ${per('messages')} | ${per('queries')} | ${per('parses')} | ${per('roundTrips')} | ${per('commits')} | ${per('walSyncs')} |`);
  }
  tables.push(lines.join('\n'));
  console.log(`${lines.join('\n')}\n`);
}

async function stats(db) {
  const [row] = await admin.unsafe(
    `SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = $1)::bigint AS commits,
            (SELECT wal_sync FROM pg_stat_wal)::bigint AS wal_syncs`,
    [db],
  );
  return { commits: Number(row.commits ?? 0), walSyncs: Number(row.wal_syncs ?? 0) };
}

async function clickhouseGoal() {
  const n = config.chMigrations;
  register(pathToFileURL(path.join(ROOT, '__tests__/support/chdb-ts-hooks.mjs')));
  const { startChdbHttpServer } = await import(pathToFileURL(path.join(ROOT, '__tests__/support/chdb-http-server.ts')).href);
  const server = await startChdbHttpServer({ dataPath: path.join(work, 'chdb') });
  try {
    const ours = path.join(work, 'ch-schemagate');
    const theirs = path.join(work, 'ch-clickhouse-migrations');
    mkdirSync(ours, { recursive: true });
    mkdirSync(theirs, { recursive: true });
    for (let i = 0; i < n; i++) {
      const statement = `CREATE TABLE t${i} (id UInt64, name String, created_at DateTime DEFAULT now()) ENGINE = MergeTree ORDER BY id;`;
      writeFileSync(path.join(ours, `${String(i + 1).padStart(5, '0')}_t${i}.sql`), `${statement}\n`);
      writeFileSync(path.join(theirs, `${i + 1}_t${i}.sql`), `${statement}\n`);
    }
    const command = async (query) => {
      const response = await fetch(`${server.url}/`, { method: 'POST', body: query });
      if (!response.ok) throw new Error(await response.text());
    };
    let chCounter = 0;
    const requests = { schemagate: [], 'clickhouse-migrations': [] };
    const onFreshCh = (name, fn) => async () => {
      const db = `sg_ch_${chCounter++}`;
      await command(`CREATE DATABASE ${db}`);
      const before = server.requests;
      try {
        const { seconds } = await fn(db);
        requests[name].push((server.requests - before) / n);
        return seconds;
      } finally {
        await command(`DROP DATABASE IF EXISTS ${db} SYNC`);
      }
    };
    const row = await paired(
      `ClickHouse over HTTP, apply ${n} migrations`,
      'clickhouse-migrations',
      onFreshCh('schemagate', (db) => schemagate(['apply', '--database-url', `${server.url}/${db}`, '--migrations', ours, '--verify', 'false'])),
      onFreshCh('clickhouse-migrations', (db) =>
        run(BIN('clickhouse-migrations'), ['migrate', '--host', server.url, '--user', 'default', '--password', '', '--db', db, '--migrations-home', theirs, '--skip-db-creation'])),
    );
    table(`ClickHouse over HTTP (chDB-backed server), ${n} migrations of one CREATE TABLE each`, [row]);
    const lines = [
      '| tool | HTTP requests per migration (median) |',
      '| --- | ---: |',
      ...Object.entries(requests).map(([name, xs]) => `| ${name} | ${fmt(median(xs), 2)} |`),
    ];
    tables.push(lines.join('\n'));
    console.log(`${lines.join('\n')}\n`);
  } finally {
    await server.close();
  }
}

// ---- main -------------------------------------------------------------------------------------

async function machine() {
  const [{ server_version: version }] = await admin.unsafe('SHOW server_version');
  const cpus = os.cpus();
  return [
    `Date: ${new Date().toISOString().slice(0, 10)}; machine: ${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} cores, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; PostgreSQL ${version}; ${config.pairs} pairs per line.`,
  ];
}

const started = Date.now();
const proxy = await startCountingProxy();
try {
  const header = await machine();
  const loadBefore = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`${header.join('\n')}\nLoad average before: ${loadBefore}\n`);
  if (config.only.has('trips')) await tripsGoal(proxy);
  if (config.only.has('apply')) await applyGoal();
  if (config.only.has('batch')) await batchGoal();
  if (config.only.has('noop')) await noopGoal();
  if (config.only.has('verify')) await verifyGoal(proxy);
  if (config.only.has('clickhouse')) await clickhouseGoal();
  console.log(`Load average after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; bench took ${Math.round((Date.now() - started) / 1000)} s.`);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${header.join('\n')}\nLoad average before: ${loadBefore}\n\n${tables.join('\n\n')}\n`);
} finally {
  for (const db of databases) await dropDatabase(db).catch(() => {});
  await admin.end();
  await proxy.close();
  rmSync(work, { recursive: true, force: true });
}
