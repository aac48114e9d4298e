import { readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { configError, SchemagateError } from '../../errors.js';
import { loadOptionalModule } from '../optional-module.js';
import { asError, ClickHouseError, messageOf, parseServerError } from './errors.js';
import { serverSettings, SerialQueue, type ChClient, type ClientSettings, type QueryParams } from './client.js';
import { quoteIdent } from './sql.js';
import type { ClickHouseTarget } from './url.js';

type ChdbTarget = Extract<ClickHouseTarget, { kind: 'chdb' }>;

/** The part of chdb's Session we use (its async methods run off the event loop). */
interface ChdbSession {
  queryAsync(sql: string, options?: { format?: string }): Promise<{ text(): string }>;
  queryBindAsync(sql: string, params: object, options?: { format?: string }): Promise<{ text(): string }>;
  close(): void;
}
interface ChdbModule {
  Session: new (path: string) => ChdbSession;
}

/**
 * chDB runs one engine per process, on one data directory at a time, and its session state
 * (`USE`, `SET`) belongs to the Session object. So there is one cached Session per directory,
 * shared by every client of this process (the engine's and its lock's), with a queue that keeps
 * each request together with the `USE` it needs, and a count of the clients still using it.
 */
interface SharedSession {
  session: ChdbSession;
  queue: SerialQueue;
  currentDatabase: string;
  users: number;
  /** The settings schemagate gave the session (SET name = value), set again after a reset. */
  own: Record<string, string>;
}
const sessions = new Map<string, SharedSession>();

/**
 * Who has the directory open, from the `status` file ClickHouse keeps in it (`PID: …`, `Started
 * at: …`) and the name of that process's program. Never its command line: a run's arguments can
 * hold a URL.
 */
function describeHolder(dir: string): string {
  let status: string;
  try {
    status = readFileSync(path.join(dir, 'status'), 'utf8');
  } catch {
    return 'another process';
  }
  const pid = /^PID: (\d+)/m.exec(status)?.[1];
  const started = /^Started at: (.+)$/m.exec(status)?.[1]?.trim();
  if (!pid) return 'another process';
  let name = '';
  try {
    name = path.basename(readlinkSync(`/proc/${pid}/exe`));
  } catch {
    // Not Linux, or not ours to read: the pid alone names it.
  }
  return `process ${pid}${name ? ` (${name})` : ''} on this host${started ? `, open since ${started}` : ''}`;
}

const OPEN_POLL_MS = 500;
const OPEN_LOG_MS = 10_000;

/**
 * A directory another process has open is waited for, as a held lock is (`lock-timeout`), then
 * a `lock-timeout` outcome names the process.
 */
async function openSession(target: ChdbTarget, settings: ClientSettings): Promise<SharedSession> {
  const cached = sessions.get(target.path);
  if (cached) return cached;
  const other = [...sessions.keys()][0];
  if (other !== undefined) {
    throw configError(`chDB can open one data directory per process; ${other} is open, so ${target.path} cannot be.`, {
      hint: 'Use the same chdb:// directory for every target of one run, or run them as separate steps.',
    });
  }
  const chdb = loadOptionalModule<ChdbModule>('chdb', 'A chdb:// database URL (ClickHouse embedded)');
  const waitMs = settings.openWaitMs ?? 0;
  const started = Date.now();
  let logged = started;
  for (;;) {
    try {
      const session = new chdb.Session(target.path);
      const shared: SharedSession = { session, queue: new SerialQueue(), currentDatabase: 'default', users: 0, own: {} };
      sessions.set(target.path, shared);
      return shared;
    } catch (error) {
      if (!/Failed to create connection/i.test(messageOf(error))) {
        throw configError(`chDB could not open ${target.path}: ${messageOf(error)}`, {
          hint: 'chDB allows one data directory per process, and one process per directory.',
          cause: error,
        });
      }
      const waited = Date.now() - started;
      if (waited >= waitMs) {
        throw new SchemagateError(
          'lock-timeout',
          `chDB directory ${target.path} is open in ${describeHolder(target.path)}${waitMs > 0 ? `; waited ${Math.round(waited / 1000)} s (lock-timeout)` : ''}.`,
          {
            hint: 'chDB lets one process open a data directory at a time: wait for that run to finish and run again, or raise `lock-timeout`; give runs on one directory a workflow `concurrency` group so they queue.',
            cause: error,
          },
        );
      }
      if (Date.now() - logged >= OPEN_LOG_MS || logged === started) {
        settings.log?.(`chDB directory ${target.path} is open in ${describeHolder(target.path)}; waiting for it (${Math.round(waited / 1000)} s of ${Math.round(waitMs / 1000)} s).`);
        logged = Date.now();
      }
      await sleep(Math.min(OPEN_POLL_MS, waitMs - waited), undefined, { signal: settings.stop });
    }
  }
}

function toClientError(error: unknown): Error {
  if (error instanceof SchemagateError || error instanceof ClickHouseError) return error;
  return parseServerError(messageOf(error)) ?? asError(error);
}

function parseRows<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/**
 * The embedded client. Nothing goes over a network, so nothing is retried; chDB's errors are
 * parsed into ClickHouseErrors like a server's.
 */
export async function openChdbClient(target: ChdbTarget, settings: ClientSettings): Promise<ChClient> {
  const shared = await openSession(target, settings);
  shared.users++;
  const run = <T>(task: (session: ChdbSession) => Promise<T>) =>
    shared.queue.run(async () => {
      try {
        if (shared.currentDatabase !== target.database) {
          await shared.session.queryAsync(`USE ${quoteIdent(target.database)}`);
          shared.currentDatabase = target.database;
        }
        return await task(shared.session);
      } catch (error) {
        throw toClientError(error);
      }
    });

  try {
    await shared.queue.run(async () => {
      try {
        // wait_end_of_query is an HTTP parameter, not a setting: chDB answers only when done anyway.
        shared.own = Object.fromEntries(Object.entries(serverSettings(settings)).filter(([name]) => name !== 'wait_end_of_query'));
        for (const [name, value] of Object.entries(shared.own)) await shared.session.queryAsync(`SET ${name} = ${value}`);
        if (settings.createDatabase !== false) await shared.session.queryAsync(`CREATE DATABASE IF NOT EXISTS ${quoteIdent(target.database)}`);
      } catch (error) {
        throw toClientError(error);
      }
    });
  } catch (error) {
    await release(target.path, shared);
    throw error;
  }
  return makeClient(target, shared, run);
}

function makeClient(
  target: ChdbTarget,
  shared: SharedSession,
  run: <T>(task: (session: ChdbSession) => Promise<T>) => Promise<T>,
): ChClient {
  let closed = false;
  return {
    target: target.display,
    database: target.database,
    async command(sql: string, params?: QueryParams) {
      await run((s) => (params ? s.queryBindAsync(sql, params) : s.queryAsync(sql)));
    },
    async query<T>(sql: string, params?: QueryParams) {
      const format = { format: 'JSONEachRow' };
      const result = await run((s) => (params ? s.queryBindAsync(sql, params, format) : s.queryAsync(sql, format)));
      return parseRows<T>(result.text());
    },
    async insert(table: string, rows: object[]) {
      if (rows.length === 0) return;
      // chDB takes no request body: the rows travel inline after FORMAT, as ClickHouse allows.
      const data = rows.map((row) => JSON.stringify(row)).join('\n');
      await run((s) => s.queryAsync(`INSERT INTO ${table} FORMAT JSONEachRow\n${data}`));
    },
    fork() {
      shared.users++;
      return makeClient(target, shared, run);
    },
    /** chDB keeps one session for the process: every changed setting back to its default, schemagate's own set again, the database chosen again. */
    async resetSession() {
      await run(async (s) => {
        const changed = parseRows<{ name: string }>((await s.queryAsync('SELECT name FROM system.settings WHERE changed', { format: 'JSONEachRow' })).text());
        for (const { name } of changed) await s.queryAsync(`SET ${name} = DEFAULT`);
        for (const [name, value] of Object.entries(shared.own)) await s.queryAsync(`SET ${name} = ${value}`);
      });
      // After a migration's USE, the next request chooses the client's database again.
      shared.currentDatabase = '';
    },
    async close() {
      if (closed) return;
      closed = true;
      await release(target.path, shared);
    },
  };
}

async function release(path: string, shared: SharedSession): Promise<void> {
  shared.users--;
  if (shared.users > 0) return;
  await shared.queue.drain();
  if (shared.users > 0) return;
  sessions.delete(path);
  shared.session.close();
}
