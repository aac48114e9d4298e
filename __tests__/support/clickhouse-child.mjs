/**
 * A separate `node` process running the ClickHouse engine, for tests about what one process
 * leaves for another. Argument: JSON `{ role, url, options, ... }`; answers are JSON lines.
 *
 * - `write-attempt` (`row`): ensureJournal, writeAttempt, close.
 * - `read-journal`: print the journal.
 * - `hold-lock` (`owner`): take the lock, print `{"locked":true}`, then hold it (heartbeating)
 *   until killed.
 */
import { register } from 'node:module';

register('./chdb-ts-hooks.mjs', import.meta.url);
const { openClickHouseEngine } = await import('../../src/engines/clickhouse/engine.ts');
const input = JSON.parse(process.argv[2] ?? '{}');
const say = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);
const revive = (row) => ({
  ...row,
  startedAt: new Date(row.startedAt),
  finishedAt: row.finishedAt === null ? null : new Date(row.finishedAt),
});

const engine = await openClickHouseEngine(input.url, input.options);
switch (input.role) {
  case 'write-attempt':
    await engine.ensureJournal();
    await engine.writeAttempt(revive(input.row));
    await engine.close();
    say({ ok: true });
    break;
  case 'read-journal':
    say(await engine.readJournal());
    await engine.close();
    break;
  case 'hold-lock':
    await engine.acquireLock({ owner: input.owner, timeoutMs: input.timeoutMs ?? 30_000 });
    say({ locked: true });
    setInterval(() => {}, 60_000);
    break;
  default:
    throw new Error(`unknown role ${input.role}`);
}
