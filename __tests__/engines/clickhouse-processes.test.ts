import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openClickHouseEngine, type ClickHouseEngineOptions } from '../../src/engines/clickhouse/engine.js';
import type { Journal, JournalRow } from '../../src/types.js';
import {
  childEnv,
  firstJsonLine,
  startChdbHttpServerProcess,
  waitForExit,
  type ChdbHttpServerProcess,
} from '../support/chdb-http-server.js';

/**
 * What one `node` process leaves in ClickHouse for the next: journal rows (story 1: a row
 * written by one process must be visible to the next), and a lock whose holder was killed.
 * This file opens no chDB in its own process: the children and the servers do.
 */
const CHILD = fileURLToPath(new URL('../support/clickhouse-child.mjs', import.meta.url));
const dirs: string[] = [];
const servers: ChdbHttpServerProcess[] = [];
const children: ChildProcess[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-chproc-'));
  dirs.push(dir);
  return dir;
};
const engineOptions: ClickHouseEngineOptions = {
  journalTable: 'schemagate_journal',
  clientName: 'schemagate-test',
  connectRetries: 0,
  lockLeaseMs: 1000,
  lockPollMs: 50,
  lockSettleMs: 20,
};
const row: JournalRow = {
  attemptId: 'from-another-process', migrationId: '0007', name: 'add_scores', kind: 'versioned', checksum: 'c0ffee',
  checksumAlgorithm: 'sha256', status: 'applied', startedAt: new Date('2025-04-01T08:00:00.250Z'),
  finishedAt: new Date('2025-04-01T08:00:01.500Z'), durationMs: 1250, statementCount: 2, statementsApplied: 2,
  transactional: false, error: null, errorStatementIndex: null, errorLine: null, outOfOrder: false, note: null,
  actor: 'octocat', runUrl: 'https://github.com/o/r/actions/runs/7', commitSha: 'abc123', environment: 'staging', toolVersion: '0.1.0', lockRetries: 0,
};

function startChild(input: object): ChildProcess {
  const child = spawn(process.execPath, [CHILD, JSON.stringify({ options: engineOptions, ...input })], {
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

async function runChild<T>(input: object): Promise<T> {
  const child = startChild(input);
  const answer = await firstJsonLine<T>(child);
  await waitForExit(child);
  return answer;
}

const revived = (journal: Journal) =>
  journal.attempts.map((a) => ({ ...a, startedAt: new Date(a.startedAt), finishedAt: a.finishedAt && new Date(a.finishedAt) }));

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(children.map(waitForExit));
  await Promise.all(servers.map((s) => s.close()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('ClickHouse journal across processes', () => {
  it('on chDB: a row written by one node process is read by the next', async () => {
    const url = `chdb://${tempDir()}?database=app`;
    expect(await runChild({ role: 'write-attempt', url, row })).toEqual({ ok: true });
    const journal = await runChild<Journal>({ role: 'read-journal', url });
    expect(revived(journal)).toEqual([row]);
  });

  it('over HTTP: a row written by one node process is read by the next', async () => {
    const server = await startChdbHttpServerProcess({ dataPath: tempDir() });
    servers.push(server);
    const url = `${server.url}/default`;
    expect(await runChild({ role: 'write-attempt', url, row })).toEqual({ ok: true });
    const journal = await runChild<Journal>({ role: 'read-journal', url });
    expect(revived(journal)).toEqual([row]);
  });
});

describe('ClickHouse lock across processes', () => {
  it('passes to the next run once a holder killed with SIGKILL lets its lease expire', async () => {
    const server = await startChdbHttpServerProcess({ dataPath: tempDir() });
    servers.push(server);
    const url = `${server.url}/default`;
    const holder = startChild({ role: 'hold-lock', url, owner: 'doomed run' });
    expect(await firstJsonLine(holder)).toEqual({ locked: true });

    const engine = await openClickHouseEngine(url, engineOptions);
    try {
      // Alive, it keeps renewing: a wait longer than its lease still times out.
      await expect(engine.acquireLock({ owner: 'next run', timeoutMs: 1500 })).rejects.toThrow(/held by doomed run \(host .+, pid \d+\)/);

      holder.kill('SIGKILL');
      await waitForExit(holder);
      const killedAt = Date.now();
      const waits: string[] = [];
      const lock = await engine.acquireLock({ owner: 'next run', timeoutMs: 10_000, onWait: (h) => waits.push(h) });
      const waited = Date.now() - killedAt;
      expect(waits[0]).toMatch(/^doomed run/);
      // Not before the lease (1 s, renewed every third of it) could have run out.
      expect(waited).toBeGreaterThanOrEqual(300);
      expect(waited).toBeLessThan(5000);
      await lock.release();
    } finally {
      await engine.close();
    }
  });
});
