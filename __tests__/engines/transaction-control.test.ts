import { afterAll, describe, expect, jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { onPgliteAndServer } from '../support/pglite-and-server.js';
import { serverAvailable } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * Migrations that control their own transaction, as Prisma's enum migrations and files written
 * for psql do. Their BEGIN ... COMMIT blocks run inside schemagate's transaction, the whole file
 * atomic with its journal row; any other transaction statement is refused before anything runs,
 * never left to commit half a migration behind a journal that says it rolled back.
 */
const online = await serverAvailable();
jest.setTimeout(300_000);
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** The tables a snapshot of the target holds, read the way users read them. */
async function tablesOf(url: string, dir: string): Promise<string[]> {
  const file = path.join(dir, 'live.json');
  const outcome = await runMode({ mode: 'snapshot', 'database-url': url, snapshot: 'live.json' }, dir);
  expect(outcome.error).toBeNull();
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as { tables: Array<{ name: string }> };
  return snapshot.tables.map((t) => t.name).sort();
}

describe('a migration that controls its own transaction', () => {
  onPgliteAndServer(
    'runs a file with BEGIN ... COMMIT blocks atomically inside its own transaction, and refuses an unpaired COMMIT or a BEGIN in a no-transaction file before running anything',
    async (url) => {
      const w = workspace({ 'migrations/0001_wrapped.sql': '-- AlterEnum\nBEGIN;\nCREATE TABLE b (id int);\nCREATE TABLE c (id int);\nCOMMIT;\n' });
      cleanups.push(() => w.cleanup());
      const first = await runMode({ mode: 'apply', 'database-url': url }, w.dir);
      expect(first.error).toBeNull();
      expect(first.applied.map((a) => [a.migrationId, a.status, a.statementsRun])).toEqual([['0001', 'applied', 2]]);

      // A failure after a BEGIN ... COMMIT block rolls back the whole file, as its message says
      // (the block's COMMIT had committed its half, behind a journal that said rolled back).
      w.write('migrations/0002_fails.sql', 'BEGIN;\nCREATE TABLE d (id int);\nCOMMIT;\nCREATE TABLE d2 (id int);\nSELECT 1/0;\n');
      const failed = await runMode({ mode: 'apply', 'database-url': url }, w.dir);
      expect(failed.error!.kind).toBe('migration-failed');
      expect(failed.error!.location).toEqual({ file: 'migrations/0002_fails.sql', line: 5 });
      expect(failed.error!.hint).toMatch(/rolled back/);
      expect(failed.error!.message).toMatch(/division by zero/);
      expect(await tablesOf(url, w.dir)).toEqual(['b', 'c']);
      fs.rmSync(path.join(w.dir, 'migrations/0002_fails.sql'));

      // A COMMIT midway: refused at its line, before anything of the file runs.
      w.write('migrations/0002_midway.sql', 'CREATE TABLE e (id int);\nCOMMIT;\nCREATE TABLE f (id int);\nSELECT 1/0;\n');
      const midway = await runMode({ mode: 'apply', 'database-url': url }, w.dir);
      expect(midway.error).toMatchObject({ kind: 'config', location: { file: 'migrations/0002_midway.sql', line: 2 } });
      expect(midway.error!.message).toMatch(/"COMMIT" ends or changes the transaction schemagate runs this migration in/);
      expect(midway.error!.hint).toMatch(/split the file into two migrations at this line/);
      expect(await tablesOf(url, w.dir)).toEqual(['b', 'c']);
      fs.rmSync(path.join(w.dir, 'migrations/0002_midway.sql'));

      // A no-transaction file that opens its own transaction: refused (it was an internal error).
      w.write('migrations/0002_nt.sql', '-- schemagate:no-transaction\nBEGIN;\nSET TRANSACTION ISOLATION LEVEL REPEATABLE READ;\nCREATE TABLE r1 (id int);\nCOMMIT;\n');
      const nt = await runMode({ mode: 'plan', 'database-url': url }, w.dir);
      expect(nt.error).toMatchObject({ kind: 'config', location: { file: 'migrations/0002_nt.sql', line: 2 } });
      expect(nt.error!.message).toMatch(/goes statement by statement/);

      // Once recorded (here by a baseline), such a file is history: it no longer blocks a run.
      const baseline = await runMode({ mode: 'baseline', 'database-url': url }, w.dir);
      expect(baseline.error).toBeNull();
      const after = await runMode({ mode: 'plan', 'database-url': url }, w.dir);
      expect(after.error).toBeNull();
      expect(after.plan!.pending).toEqual([]);
    },
    { online, prefix: 'sgtxctl', cleanups },
  );
});
