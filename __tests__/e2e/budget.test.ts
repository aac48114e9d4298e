import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from '../support/action.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { workspace } from '../support/workspace.js';

/** dist/index.js as the runner runs it: a plan too large for GitHub's limits is cut, the full result kept in a file. */
const online = await serverAvailable();
const suite = online ? describe : describe.skip;
const COUNT = 12_000;

suite('size budgets through the action', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it(`plans ${COUNT} migrations with a summary under 1 MiB, a result output under 256 KiB and the full result in result-file`, async () => {
    const ws = workspace();
    for (let i = 1; i <= COUNT; i++) ws.write(`migrations/${String(i).padStart(5, '0')}_create_table_number_${i}_for_the_size_budget.sql`, `create table t${i} (id bigint primary key);\n`);
    const run = await runAction({ mode: 'plan', 'database-url': db.url, comment: 'false' }, { cwd: ws.dir, timeoutMs: 240_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.outputs['pending-count']).toBe(String(COUNT));

    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toContain('schemagate plan: succeeded');
    expect(run.summary).toContain(`The complete result is in \`${run.outputs['result-file']}\``);

    expect(Buffer.byteLength(run.outputs.result!)).toBeLessThanOrEqual(256 * 1024);
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ status: 'ok', mode: 'plan', engine: 'postgres', pending: COUNT, truncated: true, resultFile: run.outputs['result-file'] });

    const file = run.outputs['result-file']!;
    expect(path.basename(file)).toBe('schemagate-result-4242.json');
    const full = JSON.parse(readFileSync(file, 'utf8'));
    expect(full.plan.pending).toHaveLength(COUNT);
    expect(full.plan.pending.at(-1).file).toBe(`migrations/${COUNT}_create_table_number_${COUNT}_for_the_size_budget.sql`);
    ws.cleanup();
  }, 300_000);
});
