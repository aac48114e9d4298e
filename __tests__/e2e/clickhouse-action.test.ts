import { afterAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { ROOT, runAction, type ActionRun } from '../support/action.js';
import { workspace } from '../support/workspace.js';

/**
 * dist/index.js end to end on ClickHouse, as the runner runs it (Node 24, INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files): chDB in the action's own process (`chdb://`,
 * resolved from the repository's node_modules, where dist/ lives), and replay-only previews
 * (`engine: clickhouse`, no URL) on a throwaway chDB directory. Same outputs, summary and
 * annotations as for Postgres.
 */
const workspaces: Array<{ cleanup(): void }> = [];
function ws(files: Record<string, string> = {}) {
  const w = workspace(files);
  workspaces.push(w);
  return w;
}
afterAll(() => {
  for (const w of workspaces) w.cleanup();
});

const EXAMPLES = path.join(ROOT, 'examples/clickhouse/migrations');
const SNAPSHOT = 'migrations/schemagate.snapshot.json';
const chdb = (dir: string) => `chdb://${path.join(dir, 'db')}`;
/** Workflow commands the action printed (`::error ...::message`), one per line. */
const commands = (run: ActionRun, kind: 'error' | 'warning') => run.stdout.split('\n').filter((line) => line.startsWith(`::${kind} `));
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
/** chDB prints nothing of its own on a healthy run; anything on stderr is worth seeing. */
const clean = (run: ActionRun) => run.stderr.split('\n').filter((line) => line.trim() !== '').join('\n');

describe('action on chDB', () => {
  it('applies examples/clickhouse end to end, verifies, and writes outputs and a summary', async () => {
    const w = ws();
    w.copy(EXAMPLES, 'migrations');
    const url = chdb(w.dir);
    const run = await runAction({ mode: 'apply', 'database-url': url, environment: 'preview' }, { cwd: w.dir });
    expect(clean(run)).toBe('');
    expect(run.status).toBe(0);
    expect(run.outputs['pending-count']).toBe('4');
    expect(run.outputs['applied-count']).toBe('4');
    expect(run.outputs['drift-count']).toBe('0');
    expect(run.outputs.outcome).toBe('ok');
    const result = JSON.parse(run.outputs.result!);
    expect(result).toMatchObject({ status: 'ok', mode: 'apply', engine: 'clickhouse', layout: 'plain' });
    expect(result.applied.map((a: { migrationId: string; status: string }) => [a.migrationId, a.status])).toEqual([
      ['0001', 'applied'],
      ['0002', 'applied'],
      ['0003', 'applied'],
      ['R__ensure_columns', 'applied'],
    ]);
    expect(result.verification).toMatchObject({ snapshot: SNAPSHOT, differences: [], objectsChecked: 3 });
    expect(commands(run, 'error')).toEqual([]);
    expect(commands(run, 'warning')).toEqual([]);
    expect(run.summary).toContain('## ✅ schemagate apply: succeeded');
    expect(run.summary).toContain('(clickhouse)');
    for (const file of ['0001_events.sql', '0002_daily_counts.sql', '0003_trim_payloads.sql', 'R__ensure_columns.sql']) {
      expect(run.summary).toContain(`\`migrations/${file}\``);
    }
    expect(run.summary).toContain(`### Verification against \`${SNAPSHOT}\``);
    expect(run.summary).toContain('✅ 3 objects (tables, views, types) match the snapshot.');
    // The progress log names each migration as it runs.
    expect(run.stdout).toMatch(/0003_trim_payloads\.sql/);

    // The next step (a scheduled verify) sees the same database through the journal and the schema.
    const verify = await runAction({ mode: 'verify', 'database-url': url }, { cwd: w.dir });
    expect(verify.status).toBe(0);
    expect(verify.outputs.outcome).toBe('ok');
    expect(verify.outputs['drift-count']).toBe('0');
    expect(verify.summary).toContain('## ✅ schemagate verify: succeeded');
    const plan = await runAction({ mode: 'plan', 'database-url': url }, { cwd: w.dir });
    expect(plan.status).toBe(0);
    expect(plan.outputs['pending-count']).toBe('0');
    expect(JSON.parse(plan.outputs.result!).plan.applied).toHaveLength(4);
  });

  it('annotates a failing statement on its file and line, and the refused re-run on the statement to fix', async () => {
    const w = ws({
      'migrations/0001_a.sql': 'CREATE TABLE a (id UInt8) ENGINE = MergeTree ORDER BY id;\n',
      'migrations/0002_b.sql': [
        '-- copies from a table that only exists in production',
        'CREATE TABLE b (id UInt8) ENGINE = MergeTree ORDER BY id;',
        '',
        'INSERT INTO b',
        'SELECT id FROM legacy_b;',
        'CREATE TABLE c (id UInt8) ENGINE = MergeTree ORDER BY id;',
      ].join('\n'),
    });
    const url = chdb(w.dir);
    const run = await runAction({ mode: 'apply', 'database-url': url }, { cwd: w.dir });
    expect(run.status).toBe(1);
    expect(run.outputs.outcome).toBe('migration-failed');
    expect(run.outputs['applied-count']).toBe('1');
    expect(commands(run, 'error')).toEqual([
      expect.stringMatching(
        /^::error title=schemagate migration-failed,file=migrations\/0002_b\.sql,line=4::migrations\/0002_b\.sql:4: statement 2 of 3 failed: .*legacy_b.*\(UNKNOWN_TABLE\)/,
      ),
    ]);
    expect(JSON.parse(run.outputs.result!).error).toMatchObject({ kind: 'migration-failed', location: { file: 'migrations/0002_b.sql', line: 4 } });
    expect(run.summary).toContain('## ❌ schemagate apply: migration failed');
    expect(run.summary).toContain('❌ failed');
    expect(run.summary).toContain('`migrations/0002_b.sql:4`');

    // Statement 1 completed and is not rolled back: the next run refuses until resume or baseline.
    const again = await runAction({ mode: 'apply', 'database-url': url }, { cwd: w.dir });
    expect(again.status).toBe(3);
    expect(again.outputs.outcome).toBe('refused');
    expect(again.outputs['applied-count']).toBe('0');
    expect(commands(again, 'error')).toEqual([
      expect.stringMatching(/^::error title=schemagate failed-partial migration,file=migrations\/0002_b\.sql,line=4::.*statement 2 .*resume: true.*baseline/),
    ]);
  });

  it('annotates drift on the snapshot lines: errors for differences, a warning for an extra table', async () => {
    const w = ws();
    w.copy(EXAMPLES, 'migrations');
    // The snapshot expects a type the migrations do not create, and a migration adds a table it does not know.
    const expected = w.read(SNAPSHOT).replace(
      '{ "name": "payload", "type": "String"',
      '{ "name": "payload", "type": "LowCardinality(String)"',
    );
    w.write(SNAPSHOT, expected);
    w.write('migrations/0004_scratch.sql', 'CREATE TABLE scratch (id UInt8) ENGINE = MergeTree ORDER BY id;\n');
    const run = await runAction({ mode: 'apply', 'database-url': chdb(w.dir) }, { cwd: w.dir });
    expect(run.status).toBe(2);
    expect(run.outputs.outcome).toBe('drift');
    expect(run.outputs['applied-count']).toBe('5');
    expect(run.outputs['drift-count']).toBe('1');
    const payloadLine = lineOf(expected, '{ "name": "payload"');
    expect(commands(run, 'error')).toEqual([
      `::error title=schemagate type,file=${SNAPSHOT},line=${payloadLine}::Column events.payload: type is String, expected LowCardinality(String)`,
    ]);
    expect(commands(run, 'warning')).toEqual([`::warning title=schemagate extra-table,file=${SNAPSHOT},line=1::Unexpected table scratch`]);
    expect(run.summary).toContain('## ❌ schemagate apply: schema drift');
    expect(run.summary).toMatch(/❌ 1 error, 1 warning across 3 expected objects/);
  });
});

describe('replay-only preview on chDB (no database URL)', () => {
  it('annotates a migration that fails on an empty database on its file and line', async () => {
    const w = ws({
      'migrations/0001_events.sql': 'CREATE TABLE events (id UInt64) ENGINE = MergeTree ORDER BY id;\n',
      // Works where `legacy_events` exists, fails from empty: what a preview must catch.
      'migrations/0002_copy.sql': '-- backfill from the old table\nINSERT INTO events\nSELECT id FROM legacy_events;\n',
    });
    const run = await runAction({ mode: 'plan', replay: 'true', engine: 'clickhouse' }, { cwd: w.dir });
    expect(run.status).toBe(1);
    expect(run.outputs.outcome).toBe('migration-failed');
    expect(commands(run, 'error')).toEqual([
      expect.stringMatching(
        /^::error title=schemagate replay migration-failed,file=migrations\/0002_copy\.sql,line=2::migrations\/0002_copy\.sql:2: statement 1 of 1 failed: .*legacy_events/,
      ),
    ]);
    const result = JSON.parse(run.outputs.result!);
    expect(result).toMatchObject({ engine: 'clickhouse', target: 'none (replay only)' });
    expect(result.error).toMatchObject({ kind: 'migration-failed', fromReplay: true, message: expect.stringMatching(/^Replay on an empty clickhouse database: /) });
    expect(run.summary).toContain('Replay from empty on an embedded clickhouse database: ❌ migration failed');
  });

  it('annotates a snapshot that does not match the replayed schema on the snapshot line', async () => {
    const w = ws();
    w.copy(EXAMPLES, 'migrations');
    // The examples without the ensurer: the snapshot expects its column and index.
    w.write('migrations/R__ensure_columns.sql', '-- emptied\nSELECT 1;\n');
    const run = await runAction({ mode: 'plan', replay: 'true', engine: 'clickhouse' }, { cwd: w.dir });
    expect(run.status).toBe(2);
    expect(run.outputs.outcome).toBe('drift');
    const snapshot = w.read(SNAPSHOT);
    const errors = commands(run, 'error');
    expect(errors).toEqual(
      expect.arrayContaining([
        `::error title=schemagate replay missing-column,file=${SNAPSHOT},line=${lineOf(snapshot, '{ "name": "day", "type": "Date", "nullable": false, "default": "toDate(ts)"')}::Missing column events.day (Date)`,
        expect.stringMatching(new RegExp(`^::error title=schemagate replay indices,file=${SNAPSHOT},line=${lineOf(snapshot, '"schema": "", "name": "events"')}::Table events: indices is none, expected events_user_idx`)),
      ]),
    );
    expect(errors).toHaveLength(2);
    expect(run.summary).toContain('Replay from empty on an embedded clickhouse database: ❌ schema drift');
  });
});
