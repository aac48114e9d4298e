import { expect, it } from '@jest/globals';
import { applyMigration } from '../../src/core/apply.js';
import type { ProgressEvent } from '../../src/core/events.js';
import { describeEvent } from '../../src/report/progress.js';
import { postgresDriver } from '../../src/engines/postgres/index.js';
import { loadMigrations } from '../../src/sources/index.js';
import { createDatabase, serverAvailable } from '../support/postgres.js';
import { workspace } from '../support/workspace.js';

/**
 * A long statement keeps saying it is running. On the server: PGlite runs in this thread, so a
 * sleeping statement there blocks the timers too.
 */
const online = await serverAvailable();
(online ? it : it.skip)('logs while a long statement runs, then reports it done', async () => {
  const db = await createDatabase();
  const ws = workspace({ 'migrations/0001_backfill.sql': 'CREATE TABLE t (id int);\nSELECT pg_sleep(1.2);' });
  const set = loadMigrations(`${ws.dir}/migrations`, { dialect: postgresDriver.dialect, cwd: ws.dir });
  const engine = await postgresDriver.open(new URL(db.url), { journalTable: 'schemagate_journal', clientName: 'test', connectRetries: 0 });
  await engine.ensureJournal();
  const events: ProgressEvent[] = [];
  const context = { actor: 'test', runUrl: null, commitSha: null, environment: null, toolVersion: '0' };
  await applyMigration(engine, { migration: set.migrations[0]!, reason: 'new', outOfOrder: false, startAt: 0 }, { index: 0, total: 1 }, { context, heartbeatMs: 250 }, (e) => events.push(e));
  const heartbeats = events.filter((e) => e.type === 'statement-running' && describeEvent(e).includes('still running statement 2 of migrations/0001_backfill.sql (line 2)'));
  expect(heartbeats.length).toBeGreaterThanOrEqual(3);
  expect(events.at(-1)).toMatchObject({ type: 'migration-done' });
  const journal = await engine.readJournal();
  expect(journal.attempts.map((a) => [a.migrationId, a.status, a.statementsApplied])).toEqual([['0001', 'applied', 2]]);
  await engine.close();
  await db.drop();
  ws.cleanup();
});
