import { describe, expect, it } from '@jest/globals';
import { attemptLockTimeoutMs, describeBlocker, describeLockWait, lockRetryDelayMs, MAX_LOCK_RETRY_DELAY_MS, withLockRetries } from '../../src/core/lock-retry.js';
import { queryExcerpt } from '../../src/engines/postgres/watch.js';
import { describeProgress } from '../../src/report/progress.js';

describe('lock wait escalation', () => {
  it('rises from half of ddl-lock-timeout to all of it at the last retry, never above it', () => {
    const policy = { timeoutMs: 5000, retries: 3 };
    expect([0, 1, 2, 3].map((attempt) => attemptLockTimeoutMs(policy, attempt))).toEqual([2500, 3333, 4167, 5000]);
    expect(attemptLockTimeoutMs(policy, 7)).toBe(5000);
  });

  it('waits the whole timeout when there are no retries, and is unbounded at 0', () => {
    expect(attemptLockTimeoutMs({ timeoutMs: 1000, retries: 0 }, 0)).toBe(1000);
    expect(attemptLockTimeoutMs({ timeoutMs: 0, retries: 3 }, 1)).toBeUndefined();
  });
});

describe('pause between retries', () => {
  it('doubles from 1 s up to the cap, jittered to between half and all of each step', () => {
    expect([1, 2, 3, 4, 5, 9].map((retry) => lockRetryDelayMs(retry, () => 1))).toEqual([1000, 2000, 4000, 8000, MAX_LOCK_RETRY_DELAY_MS, MAX_LOCK_RETRY_DELAY_MS]);
    expect([1, 2, 3].map((retry) => lockRetryDelayMs(retry, () => 0))).toEqual([500, 1000, 2000]);
    expect(lockRetryDelayMs(2, () => 0.5)).toBe(1500);
  });
});

describe('withLockRetries', () => {
  const lockError = new Error('canceling statement due to lock timeout');
  const gaveUp = (error: unknown) => error === lockError;
  const noSleep = () => Promise.resolve();

  it('retries a lock wait with the escalated timeout, and reports each retry', async () => {
    const timeouts: Array<number | undefined> = [];
    const retries: number[] = [];
    const result = await withLockRetries(
      { timeoutMs: 1000, retries: 2 },
      gaveUp,
      (timeout) => {
        timeouts.push(timeout);
        if (timeouts.length < 3) return Promise.reject(lockError);
        return Promise.resolve('done');
      },
      (retry) => retries.push(retry.retry),
      { sleep: noSleep },
    );
    expect(result).toBe('done');
    expect(timeouts).toEqual([500, 750, 1000]);
    expect(retries).toEqual([1, 2]);
  });

  it('gives up after the last retry with the lock error, and never retries another failure', async () => {
    let calls = 0;
    await expect(withLockRetries({ timeoutMs: 10, retries: 2 }, gaveUp, () => (calls++, Promise.reject(lockError)), () => {}, { sleep: noSleep })).rejects.toBe(lockError);
    expect(calls).toBe(3);
    const other = new Error('syntax error');
    calls = 0;
    await expect(withLockRetries({ timeoutMs: 10, retries: 2 }, gaveUp, () => (calls++, Promise.reject(other)), () => {}, { sleep: noSleep })).rejects.toBe(other);
    expect(calls).toBe(1);
  });

  it('stops retrying once a stop is asked for, failing with the lock failure, and ends a pause at once', async () => {
    const stopped = new AbortController();
    stopped.abort('SIGINT');
    let calls = 0;
    await expect(withLockRetries({ timeoutMs: 10, retries: 3 }, gaveUp, () => (calls++, Promise.reject(lockError)), () => {}, { stop: stopped.signal })).rejects.toBe(lockError);
    expect(calls).toBe(1);
    const stopping = new AbortController();
    calls = 0;
    const started = Date.now();
    const retried = withLockRetries({ timeoutMs: 10, retries: 3 }, gaveUp, () => (calls++, Promise.reject(lockError)), () => setTimeout(() => stopping.abort('SIGTERM'), 50), { stop: stopping.signal });
    await expect(retried).rejects.toBe(lockError);
    // The first pause is about a second: the stop ended it.
    expect(Date.now() - started).toBeLessThan(900);
    expect(calls).toBe(1);
  });
});

describe('describing who blocks', () => {
  const blocker = { pid: 4242, applicationName: 'report-job', user: 'app', state: 'idle in transaction', transactionMs: 12_400, query: 'SELECT * FROM orders WHERE id = $1' };

  it('names the pid, application, user, state, transaction age and query start', () => {
    expect(describeBlocker(blocker)).toBe('pid 4242 "report-job" (user app, idle in transaction, transaction open 12 s): SELECT * FROM orders WHERE id = $1');
    expect(describeBlocker({ ...blocker, applicationName: '', user: null, state: null, transactionMs: null, query: '' })).toBe('pid 4242 (no application name)');
  });

  it('names the lock mode, the relation and every blocker', () => {
    const wait = { relation: 'public.orders', mode: 'AccessExclusiveLock', blockers: [blocker, { ...blocker, pid: 7 }] };
    expect(describeLockWait(wait)).toMatch(/^AccessExclusiveLock on public\.orders, held by pid 4242 .*; pid 7 /);
    expect(describeLockWait({ ...wait, blockers: [] })).toBe('AccessExclusiveLock on public.orders, held by a session that has just released it');
  });

  it('shows a query with whitespace collapsed, literals hidden and cut to 80 characters', () => {
    expect(queryExcerpt("ALTER ROLE app\n   PASSWORD 'hunter2''s secret'")).toBe("ALTER ROLE app PASSWORD '…'");
    expect(queryExcerpt('SELECT $fn$ secret body $fn$, $$x$$, $1')).toBe('SELECT $$…$$, $$…$$, $1');
    expect(queryExcerpt("INSERT INTO t VALUES ('unterminated")).toBe("INSERT INTO t VALUES ('…'");
    const long = queryExcerpt(`SELECT ${'a, '.repeat(100)}b FROM t`);
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('progress lines', () => {
  it('shows the phase with blocks and tuples done of their totals', () => {
    expect(describeProgress({ command: 'CREATE INDEX CONCURRENTLY', phase: 'building index: scanning table', blocksDone: 1200, blocksTotal: 4425, tuplesDone: 0, tuplesTotal: 0 }))
      .toBe('CREATE INDEX CONCURRENTLY: building index: scanning table, 1200 of 4425 blocks (27%)');
    expect(describeProgress({ command: 'VACUUM FULL', phase: 'seq scanning heap', blocksDone: null, blocksTotal: null, tuplesDone: 10, tuplesTotal: null }))
      .toBe('VACUUM FULL: seq scanning heap, 10 tuples');
  });
});
