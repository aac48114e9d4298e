import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { postgresDriver } from '../../src/engines/postgres/index.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';

/**
 * A run that locks (apply, baseline) probes for a transaction-mode pooler from a second session
 * before it takes the lock (pooler.ts). That session is opened beside the run's own, not after
 * it: these tests hold it to its lifecycle, since a session left open would count against the
 * server's connections for as long as the run lasts.
 */
const online = await serverAvailable();
const suite = online ? describe : describe.skip;

suite('the pooler probe session', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createDatabase('sg_probe');
  });
  afterEach(async () => {
    await db.drop();
  });

  /** This database's sessions named `name` or after it (the probe is `<name> (pooler probe)`). */
  async function sessions(name: string): Promise<string[]> {
    const rows = await db.sql`SELECT application_name FROM pg_stat_activity
      WHERE datname = current_database() AND application_name LIKE ${`${name}%`} ORDER BY application_name`;
    return rows.map((r) => String(r.application_name));
  }
  async function settled(name: string, expected: string[]): Promise<string[]> {
    let seen: string[] = [];
    for (let i = 0; i < 50; i++) {
      seen = await sessions(name);
      if (JSON.stringify(seen) === JSON.stringify(expected)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return seen;
  }
  const open = (clientName: string, readOnly: boolean) =>
    postgresDriver.open(new URL(db.url), { journalTable: 'schemagate_journal', clientName, connectRetries: 0, readOnly });

  it('opens beside a run that will lock, is used by the lock, and is gone once the lock is taken', async () => {
    const engine = await open('probe-apply', false);
    try {
      expect(await settled('probe-apply', ['probe-apply', 'probe-apply (pooler probe)'])).toEqual(['probe-apply', 'probe-apply (pooler probe)']);
      const lock = await engine.acquireLock({ owner: 'probe-apply', timeoutMs: 1000 });
      expect(await settled('probe-apply', ['probe-apply'])).toEqual(['probe-apply']);
      await lock.release();
    } finally {
      await engine.close();
    }
    expect(await settled('probe-apply', [])).toEqual([]);
  });

  it('is closed with an engine that never took the lock (a refused plan)', async () => {
    const engine = await open('probe-unused', false);
    expect(await settled('probe-unused', ['probe-unused', 'probe-unused (pooler probe)'])).toHaveLength(2);
    await engine.close();
    expect(await settled('probe-unused', [])).toEqual([]);
  });

  it('is never opened for a run that only reads (plan, verify, snapshot)', async () => {
    const engine = await open('probe-read', true);
    try {
      await engine.readJournal();
      expect(await settled('probe-read', ['probe-read'])).toEqual(['probe-read']);
    } finally {
      await engine.close();
    }
  });

  it('is closed when the run cannot open its own session', async () => {
    const error = await postgresDriver
      .open(new URL(db.url), { journalTable: 'schemagate_journal', clientName: 'probe-failed', connectRetries: 0, schema: 'no such' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await settled('probe-failed', [])).toEqual([]);
  });
});
