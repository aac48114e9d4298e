import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Engine, EngineOptions } from '../../src/engines/engine.js';
import { driverFor } from '../../src/engines/index.js';
import { startChdbHttpServerProcess, type ChdbHttpServerProcess } from './chdb-http-server.js';
import { createDatabase, serverAvailable, type TestDatabase } from './postgres.js';

/**
 * The four backends the engine contract suite runs on, each opened the way a user's URL opens
 * it, each with the few SQL fixtures the suite needs in its own dialect.
 *
 * chDB opens one data directory per process, and one process per directory: this process keeps
 * one directory (a database per test in it), the HTTP server runs in a child on another, and
 * what other processes must open gets a directory this process never touches.
 */
export interface Fixtures {
  /** A table with one integer column `id`. */
  createTable(name: string): string;
  /** Adds an integer column. */
  addColumn(table: string, column: string): string;
}

export interface Backend {
  name: string;
  fixtures: Fixtures;
  /** False when the backend cannot run here (its suite is then skipped, with a notice). */
  available(): Promise<boolean>;
  start(): Promise<void>;
  /** A URL to a fresh, empty database, usable from this process. */
  fresh(): Promise<string>;
  /** A URL to a fresh database that other processes can open (this one never does). */
  freshForChildren(): Promise<string>;
  stop(): Promise<void>;
}

const POSTGRES: Fixtures = {
  createTable: (name) => `CREATE TABLE ${name} (id integer PRIMARY KEY)`,
  addColumn: (table, column) => `ALTER TABLE ${table} ADD COLUMN ${column} integer`,
};

const CLICKHOUSE: Fixtures = {
  createTable: (name) => `CREATE TABLE ${name} (id UInt32) ENGINE = MergeTree ORDER BY id`,
  addColumn: (table, column) => `ALTER TABLE ${table} ADD COLUMN ${column} UInt32`,
};

/** Engine options as the core passes them, with no retries (nothing here is transient). */
export function contractOptions(clientName = 'schemagate contract'): EngineOptions {
  return { journalTable: 'schemagate_journal', clientName, connectRetries: 0 };
}

export async function openEngine(url: string, clientName?: string): Promise<Engine> {
  return driverFor(new URL(url)).open(new URL(url), contractOptions(clientName));
}

function tempDirs() {
  const dirs: string[] = [];
  return {
    make() {
      const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-contract-'));
      dirs.push(dir);
      return dir;
    },
    removeAll() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Installed with the dev dependencies: a missing one fails loudly rather than skipping. */
const always = async () => true;
const uniqueName = (prefix: string) => `${prefix}_${randomBytes(4).toString('hex')}`;

function postgresServer(): Backend {
  const databases: TestDatabase[] = [];
  const fresh = async () => {
    const db = await createDatabase('contract');
    databases.push(db);
    return db.url;
  };
  return {
    name: 'PostgreSQL server',
    fixtures: POSTGRES,
    available: serverAvailable,
    start: async () => {},
    fresh,
    freshForChildren: fresh,
    async stop() {
      await Promise.all(databases.splice(0).map((db) => db.drop()));
    },
  };
}

function pglite(): Backend {
  const dirs = tempDirs();
  const fresh = async () => `pglite://${path.join(dirs.make(), 'db')}`;
  return { name: 'PGlite', fixtures: POSTGRES, available: always, start: async () => {}, fresh, freshForChildren: fresh, stop: async () => dirs.removeAll() };
}

function chdb(): Backend {
  const dirs = tempDirs();
  let dir = '';
  /** Holds the process's chDB session open between the tests' engines. */
  let keepAlive: Engine | null = null;
  return {
    name: 'chDB',
    fixtures: CLICKHOUSE,
    available: always,
    async start() {
      dir = dirs.make();
      keepAlive = await openEngine(`chdb://${dir}`);
    },
    fresh: async () => `chdb://${dir}?database=${uniqueName('contract')}`,
    freshForChildren: async () => `chdb://${dirs.make()}?database=contract`,
    async stop() {
      await keepAlive?.close();
      dirs.removeAll();
    },
  };
}

function clickhouseHttp(): Backend {
  const dirs = tempDirs();
  let server: ChdbHttpServerProcess | null = null;
  /** A server's databases are not schemagate's to create: the test creates them, as an operator would. */
  const fresh = async () => {
    const name = uniqueName('contract');
    const response = await fetch(server!.url, { method: 'POST', body: `CREATE DATABASE ${name}` });
    if (!response.ok) throw new Error(`CREATE DATABASE ${name}: ${await response.text()}`);
    return `${server!.url}/${name}`;
  };
  return {
    name: 'ClickHouse over HTTP',
    fixtures: CLICKHOUSE,
    available: always,
    async start() {
      server = await startChdbHttpServerProcess({ dataPath: dirs.make() });
    },
    fresh,
    freshForChildren: fresh,
    async stop() {
      await server?.close();
      dirs.removeAll();
    },
  };
}

export const BACKENDS: Backend[] = [postgresServer(), pglite(), chdb(), clickhouseHttp()];
