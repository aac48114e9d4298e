import { describe, expect, test } from '@jest/globals';
import { canaryNames, parseDatabaseUrls, parseShard, parseTargetsFile, shardTargets, type TargetSpec } from '../../src/config/targets.js';
import { readSettings } from '../../src/config/index.js';
import { schedule, SEVERITY, worstStatus, type FanoutOutcome, type TargetSummary } from '../../src/core/fanout.js';
import { fanoutCounts, mergeResults, renderFanoutSummary, fanoutResultJson, MAX_TABLE_ROWS } from '../../src/report/fanout.js';
import { SchemagateError } from '../../src/errors.js';
import { scopeToSchema } from '../../src/verify/scope.js';
import type { SchemaSnapshot } from '../../src/types.js';

const SCHEMES = ['postgres:', 'postgresql:', 'clickhouse:', 'pglite:'];

function failure(run: () => unknown): SchemagateError {
  try {
    run();
  } catch (error) {
    if (error instanceof SchemagateError) return error;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('database-urls', () => {
  test('one target per line, named or named by host and database; blank and # lines skipped', () => {
    const targets = parseDatabaseUrls('eu=postgres://u:s3cret@eu.example:5432/app\n\n# comment\npostgres://u:s3cret@us.example/app?sslmode=require\n', SCHEMES);
    expect(targets.map((t) => [t.name, t.url.hostname, t.schema])).toEqual([
      ['eu', 'eu.example', null],
      ['us.example/app', 'us.example', null],
    ]);
  });

  test('a bad line is a configuration error naming the line, never echoing the URL or its password', () => {
    const bad = failure(() => parseDatabaseUrls('a=postgres://u:p4ss@h/db\nb=postgres://u:hunter2@[bad/db', SCHEMES));
    expect(bad.kind).toBe('config');
    expect(bad.message).toMatch(/`database-urls` line 2: not a valid URL/);
    expect(`${bad.message} ${bad.hint}`).not.toMatch(/hunter2|p4ss/);
    const scheme = failure(() => parseDatabaseUrls('mysql://root:hunter2@h/db', SCHEMES));
    expect(scheme.message).toMatch(/line 1: the URL scheme "mysql:"/);
    expect(`${scheme.message} ${scheme.hint}`).not.toContain('hunter2');
    const twice = failure(() => parseDatabaseUrls('a=postgres://h/one\na=postgres://h/two', SCHEMES));
    expect(twice.message).toMatch(/line 2: target "a" is already the target of `database-urls` line 1/);
    expect(failure(() => parseDatabaseUrls('\n# nothing\n', SCHEMES)).message).toMatch(/lists no target/);
  });
});

describe('targets file', () => {
  const env = { EU_URL: 'postgres://u:hunter2@eu.example/app', SHARED: 'postgres://u:hunter2@db.example/saas' };

  test('URLs come from the variables named; a schema per tenant carries its journal', () => {
    const text = ['url-env: SHARED', 'targets:', '  - name: eu', '    url-env: EU_URL', '  - schema: tenant_a', '  - name: b', '    schema: tenant_b', '    journal-schema: journals'].join('\n');
    const targets = parseTargetsFile(text, 'targets.yml', env, SCHEMES);
    expect(targets.map((t) => [t.name, t.url.hostname, t.schema, t.journalSchema])).toEqual([
      ['eu', 'eu.example', null, null],
      ['tenant_a', 'db.example', 'tenant_a', 'tenant_a'],
      ['b', 'db.example', 'tenant_b', 'journals'],
    ]);
    expect(parseTargetsFile('{"targets": [{"name": "x", "url-env": "EU_URL"}]}', 't.json', env, SCHEMES)[0]!.name).toBe('x');
  });

  test('a URL written in the file, an unset variable or an unknown key is refused at its line', () => {
    const inFile = failure(() => parseTargetsFile('targets:\n  - name: a\n    url: postgres://u:hunter2@h/db\n', 'targets.yml', env, SCHEMES));
    expect(inFile.message).toMatch(/^targets\.yml:3: a targets file must not hold a database URL/);
    expect(JSON.stringify(inFile.details)).not.toContain('hunter2');
    expect(inFile.message).not.toContain('hunter2');
    expect(failure(() => parseTargetsFile('targets:\n  - name: a\n    url-env: NOPE\n', 'targets.yml', env, SCHEMES)).message).toMatch(/^targets\.yml:2: the environment variable NOPE is not set/);
    expect(failure(() => parseTargetsFile('targets:\n  - name: a\n    url-env: EU_URL\n    shema: x\n', 'targets.yml', env, SCHEMES)).message).toMatch(/^targets\.yml:4: unknown key `shema`/);
    expect(failure(() => parseTargetsFile('url-env: EU_URL\ntargets:\n  - schema: "a-b"\n', 'targets.yml', env, SCHEMES)).message).toMatch(/must be a plain identifier/);
    expect(failure(() => parseTargetsFile('targets: [\n', 'targets.yml', env, SCHEMES)).message).toMatch(/^targets\.yml:\d+: not valid YAML or JSON/);
    expect(failure(() => parseTargetsFile('targets: []\n', 'targets.yml', env, SCHEMES)).message).toMatch(/no targets/);
    const badUrl = failure(() => parseTargetsFile('targets:\n  - url-env: BAD\n', 't.yml', { BAD: 'postgres://u:hunter2@[x' }, SCHEMES));
    expect(badUrl.message).toMatch(/^t\.yml:2: BAD: not a valid URL/);
    expect(badUrl.message).not.toContain('hunter2');
  });
});

describe('settings', () => {
  test('a fan-out excludes database-url and replay; canary names must be targets; shard and parallelism are checked', () => {
    const read = (inputs: Record<string, string>) => failure(() => readSettings((name) => inputs[name], {} as NodeJS.ProcessEnv));
    expect(read({ 'database-urls': 'postgres://h/a', 'database-url': 'postgres://h/b' }).message).toMatch(/either `database-url` .* or `database-urls`/);
    expect(read({ 'database-urls': 'postgres://h/a', canary: 'nope' }).message).toMatch(/`canary` names "nope", which is not a target/);
    expect(read({ 'database-urls': 'postgres://h/a', 'max-parallel': '0' }).message).toMatch(/`max-parallel` must be a whole number from 1/);
    expect(read({ 'database-urls': 'postgres://h/a', 'targets-shard': '3/2' }).message).toMatch(/`targets-shard` must be i\/n/);
    expect(read({ 'targets-shard': '1/2', 'database-url': 'postgres://h/a' }).message).toMatch(/is for a fan-out/);
    // Unused with one target, but never silently ignored when malformed.
    expect(read({ 'database-url': 'postgres://h/a', 'max-parallel': '0' }).message).toMatch(/`max-parallel` must be a whole number from 1/);
    expect(read({ 'database-url': 'postgres://h/a', 'fail-fast': 'perhaps' }).message).toMatch(/`fail-fast` must be true or false/);
    const settings = readSettings((name) => ({ 'database-urls': 'a=postgres://h/a\nb=postgres://h/b\nc=postgres://h/c', canary: 'first', 'targets-shard': '2/2' } as Record<string, string>)[name], {} as NodeJS.ProcessEnv);
    expect(settings.target.databaseUrl).toBeNull();
    expect(settings.fanout).toMatchObject({ maxParallel: 4, failFast: false, canary: [], shard: { index: 2, count: 2 } });
    expect(settings.fanout!.targets.map((t) => t.name)).toEqual(['c']);
  });
});

describe('shards', () => {
  const targets = Array.from({ length: 10 }, (_, i) => ({ name: `t${i}` }) as TargetSpec);

  test('every target in exactly one shard, canary targets in shard 0, sizes within one', () => {
    const canary = canaryNames('t0,t5', targets);
    const shards = [0, 1, 2, 3].map((index) => shardTargets(targets, canary, { index, count: 3 }).map((t) => t.name));
    expect(shards[0]).toEqual(['t0', 't5']);
    expect(shards.flat().sort()).toEqual(targets.map((t) => t.name).sort());
    const sizes = shards.slice(1).map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(canaryNames('first', targets)).toEqual(['t0']);
    expect(parseShard('')).toBeNull();
    expect(parseShard('0/4')).toEqual({ index: 0, count: 4 });
  });
});

describe('worst outcome', () => {
  test('the severity order ranks what may have changed a database first; not attempted never wins', () => {
    expect(SEVERITY[0]).toBe('internal');
    expect(SEVERITY.at(-1)).toBe('ok');
    expect(worstStatus(['ok', 'config', 'migration-failed', 'drift'])).toBe('migration-failed');
    expect(worstStatus(['ok', 'not-attempted'])).toBe('ok');
    expect(worstStatus([])).toBe('ok');
  });
});

describe('schedule', () => {
  const items = Array.from({ length: 8 }, (_, i) => ({ name: `t${i}` }));
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  async function run(options: { maxParallel: number; failFast: boolean; canary: string[] }, failing: string[]) {
    let running = 0;
    let peak = 0;
    const started: string[] = [];
    const results = await schedule(
      items,
      options,
      async (item) => {
        started.push(item.name);
        peak = Math.max(peak, ++running);
        await tick();
        await tick();
        running--;
        return { name: item.name, ok: !failing.includes(item.name) };
      },
      (r) => !r.ok,
      (item, why) => ({ name: item.name, ok: false, skipped: why }),
    );
    return { results, peak, started };
  }

  test('a sliding pool of at most max-parallel; every item has a result in the order given', async () => {
    const { results, peak, started } = await run({ maxParallel: 3, failFast: false, canary: [] }, ['t2']);
    expect(peak).toBe(3);
    expect(started).toHaveLength(8);
    expect(results.map((r) => r.name)).toEqual(items.map((i) => i.name));
    expect(results.filter((r) => !r.ok).map((r) => r.name)).toEqual(['t2']);
  });

  test('fail-fast starts nothing after the first failure and says why', async () => {
    const { results, started } = await run({ maxParallel: 1, failFast: true, canary: [] }, ['t2']);
    expect(started).toEqual(['t0', 't1', 't2']);
    expect(results.slice(3).map((r) => (r as { skipped?: string }).skipped)).toEqual(Array(5).fill('fail-fast: t2 failed'));
  });

  test('the canary runs first and alone; when it fails nothing else starts', async () => {
    const ok = await run({ maxParallel: 4, failFast: false, canary: ['t5'] }, []);
    expect(ok.started[0]).toBe('t5');
    const failed = await run({ maxParallel: 4, failFast: false, canary: ['t5'] }, ['t5']);
    expect(failed.started).toEqual(['t5']);
    expect(failed.results.filter((r) => (r as { skipped?: string }).skipped === 'canary t5 failed')).toHaveLength(7);
  });
});

describe('report', () => {
  const summary = (name: string, status: TargetSummary['status'], extra: Partial<TargetSummary> = {}): TargetSummary => ({
    name,
    target: `db.example:5432/${name}`,
    status,
    applied: status === 'ok' ? 2 : 0,
    pending: 2,
    drift: 0,
    verified: status === 'ok',
    durationMs: 1200,
    error: status === 'ok' || status === 'not-attempted' ? null : { kind: status, message: `relation "users" already exists in ${name}`, location: { file: 'migrations/0001_init.sql', line: 3 } },
    ...extra,
  });
  const fanout = (targets: TargetSummary[], shards: string[] = []): FanoutOutcome => ({ mode: 'apply', migrations: 'migrations', status: worstStatus(targets.map((t) => t.status)), targets, failures: [], canary: [], shards, durationMs: 5000 });

  test('the summary opens with one row per target, worst first, then the failures in detail', () => {
    const report = fanout([summary('a', 'ok'), summary('b', 'migration-failed'), summary('c', 'not-attempted', { skipped: 'fail-fast: b failed' })]);
    const markdown = renderFanoutSummary(report);
    const rows = markdown.split('\n').filter((l) => /^\| `/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^\| `b` \| ❌ migration failed \| 0 \| 2 \| 0 \| 1\.2 s \| relation "users" already exists in b \(migrations\/0001_init\.sql:3\) \|$/);
    expect(rows[1]).toMatch(/`c` \| ⏭️ not attempted .* fail-fast: b failed/);
    expect(rows[2]).toMatch(/`a` \| ✅ succeeded \| 2 \| 2/);
    expect(markdown).toMatch(/^## ❌ schemagate apply: migration failed/);
    expect(markdown).toContain('### ❌ `b`: migration failed');
    expect(fanoutCounts(report)).toMatchObject({ applied: 2, pending: 6, verified: false, targets: { ok: 1, 'migration-failed': 1, 'not-attempted': 1 } });
  });

  test('a huge fan-out keeps the table to its worst rows and counts the rest', () => {
    const targets = Array.from({ length: MAX_TABLE_ROWS + 50 }, (_, i) => summary(`t${i}`, i === 700 ? 'drift' : 'ok'));
    const markdown = renderFanoutSummary(fanout(targets));
    expect(markdown.split('\n').filter((l) => /^\| `/.test(l))[0]).toMatch(/^\| `t700` \| ❌ schema drift/);
    expect(markdown).toContain('…and 50 more targets (50 succeeded): the result file lists every one.');
  });

  test('the details of the failures stop under the summary budget and say how many were left out', () => {
    const statement = 'x'.repeat(7000);
    const targets = Array.from({ length: 300 }, (_, i) => summary(`t${i}`, 'migration-failed', { error: { kind: 'migration-failed', message: `failed ${i}`, statement } }));
    const markdown = renderFanoutSummary(fanout(targets), undefined, 256 * 1024);
    expect(Buffer.byteLength(markdown)).toBeLessThan(256 * 1024);
    const detailed = markdown.split('\n').filter((l) => l.startsWith('### ❌')).length;
    expect(detailed).toBeGreaterThan(10);
    expect(markdown).toContain(`${300 - detailed} more failed targets are not detailed here`);
    expect(markdown.split('\n').filter((l) => /^\| `/.test(l))).toHaveLength(300);
  });

  test('merging shards lists every target, and a missing shard is a failure, never a silent success', () => {
    const one = fanoutResultJson(fanout([summary('a', 'ok'), summary('c', 'ok')], ['1/3']));
    const two = fanoutResultJson(fanout([summary('b', 'drift')], ['2/3']));
    const merged = mergeResults([{ file: 'r1.json', text: one }, { file: 'r2.json', text: two }]);
    expect(merged.targets.map((t) => [t.name, t.status])).toEqual([['a', 'ok'], ['c', 'ok'], ['b', 'drift'], ['shard 3/3', 'internal']]);
    expect(merged.status).toBe('internal');
    expect(merged.shards).toEqual(['1/3', '2/3']);
    const all = mergeResults([{ file: 'r1.json', text: one }, { file: 'r2.json', text: two }, { file: 'r3.json', text: fanoutResultJson(fanout([], ['3/3'])) }]);
    expect(all.status).toBe('drift');
    expect(failure(() => mergeResults([{ file: 'x.json', text: '{"truncated": true, "status": "ok", "mode": "apply"}' }])).message).toMatch(/cut `result` output/);
    expect(failure(() => mergeResults([])).message).toMatch(/No result files/);
  });
});

describe('schema per tenant', () => {
  test("a tenant's objects are its schema's, named and referenced as the snapshot names them", () => {
    const table = (schema: string, name: string, fk: string) => ({
      schema,
      name,
      type: 'table',
      columns: [{ name: 'id', type: 'bigint', nullable: false, default: `nextval('${schema}.${name}_id_seq'::regclass)` }],
      primaryKey: ['id'],
      parts: { foreign_key: { [`${name}_fk`]: fk } },
    });
    const actual: SchemaSnapshot = {
      engine: 'postgres',
      tables: [
        table('tenant_a', 'orders', '(user_id) REFERENCES tenant_a.users (id)'),
        table('tenant_b', 'orders', '(user_id) REFERENCES tenant_b.users (id)'),
        table('tenant_ab', 'x', 'REFERENCES tenant_ab.y (id)'),
        { schema: '', name: 'app_reader', type: 'role', columns: [], primaryKey: [], properties: { inherit: 'true' } },
      ],
    };
    const expected: SchemaSnapshot = { engine: 'postgres', tables: [table('public', 'orders', '(user_id) REFERENCES public.users (id)'), actual.tables[3]!] };
    const scoped = scopeToSchema(actual, 'tenant_a', expected);
    expect(scoped.tables).toEqual([table('public', 'orders', '(user_id) REFERENCES public.users (id)'), actual.tables[3]]);
  });
});
