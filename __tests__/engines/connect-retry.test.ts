import { describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { postgresDriver } from '../../src/engines/postgres/index.js';
import { backoffMs, isTransientConnectionError, withConnectRetries } from '../../src/engines/retry.js';
import { SchemagateError } from '../../src/errors.js';
import { serverAvailable, SERVER_URL } from '../support/postgres.js';

const options = (log: string[]) => ({
  journalTable: 'schemagate_journal',
  clientName: 'retry-test',
  connectRetries: 3,
  retryBaseMs: 1,
  log: (line: string) => log.push(line),
});

/** A TCP front for the real server that drops its first `drops` connections, like a flaky network. */
async function flakyProxy(drops: number): Promise<{ port: number; accepted: () => number; close: () => void }> {
  const target = new URL(SERVER_URL);
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted++;
    if (accepted <= drops) return socket.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, accepted: () => accepted, close: () => server.close() };
}

describe('connection retries', () => {
  it('backs off 2 s, 3 s, 5 s', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([2000, 3000, 5000, 5000]);
  });

  it('classifies transient failures, and not SQL errors', () => {
    expect(isTransientConnectionError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientConnectionError(new Error('x', { cause: Object.assign(new Error('y'), { code: 'ECONNRESET' }) }))).toBe(true);
    expect(isTransientConnectionError(Object.assign(new Error('syntax'), { code: '42601' }))).toBe(false);
  });

  it('gives up after the configured retries with a connection error', async () => {
    const log: string[] = [];
    let attempts = 0;
    const failing = () => {
      attempts++;
      return Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    };
    await expect(withConnectRetries(failing, { connectRetries: 2, retryBaseMs: 1, log: (l) => log.push(l) })).rejects.toMatchObject({ kind: 'connection' });
    expect(attempts).toBe(3);
    expect(log).toHaveLength(2);
  });

  it('does not retry an error that is not about connecting', async () => {
    let attempts = 0;
    const failing = () => {
      attempts++;
      return Promise.reject(Object.assign(new Error('password authentication failed'), { code: '28P01' }));
    };
    await expect(withConnectRetries(failing, { connectRetries: 3, retryBaseMs: 1 })).rejects.toBeInstanceOf(SchemagateError);
    expect(attempts).toBe(1);
  });

  it('fails on a closed port with the driver\'s message, after retrying', async () => {
    const log: string[] = [];
    const error = await postgresDriver.open(new URL('postgres://postgres@127.0.0.1:1/none'), options(log)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemagateError);
    expect((error as SchemagateError).kind).toBe('connection');
    expect((error as SchemagateError).message).toMatch(/ECONNREFUSED/);
    expect(log.filter((l) => l.startsWith('Connection attempt'))).toHaveLength(3);
  });

  (it as typeof it).each([[2]])('connects to the real server through a network that drops the first %i connections', async (drops) => {
    if (!(await serverAvailable())) return;
    const proxy = await flakyProxy(drops);
    const log: string[] = [];
    const url = new URL(SERVER_URL);
    url.port = String(proxy.port);
    // Read-only, as a plan: a run that locks also opens the pooler probe's session, a connection more.
    const engine = await postgresDriver.open(url, { ...options(log), readOnly: true });
    expect(await engine.readJournal()).toEqual({ attempts: [], statements: [], adopted: null });
    await engine.close();
    proxy.close();
    // postgres.js reconnects by itself when a socket drops before startup; either way the run survives.
    expect(proxy.accepted()).toBe(drops + 1);
  });
});
