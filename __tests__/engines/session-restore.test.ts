import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSettings } from '../../src/config/index.js';
import { runSchemagate } from '../../src/core/run.js';
import { startChdbHttpServerProcess } from '../support/chdb-http-server.js';
import { onPgliteAndServer } from '../support/pglite-and-server.js';
import { createDatabase, serverAvailable } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * A migration that changes its session (pg_dump's preamble empties search_path and lifts the
 * timeouts; SET ROLE) must not change the migrations after it, nor the journal's writes: each
 * migration starts with the session as the run opened it.
 */
const online = await serverAvailable();
jest.setTimeout(120_000);
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** A migration that fails unless the session is as the run opened it (0000 kept its search_path), with a 300 s statement timeout. */
const sessionAsOpened = (then: string) => `DO $$
BEGIN
  IF current_setting('search_path') <> (SELECT search_path FROM public.opened) THEN RAISE EXCEPTION 'search_path leaked: %', current_setting('search_path'); END IF;
  IF current_setting('statement_timeout') <> '5min' THEN RAISE EXCEPTION 'statement_timeout leaked: %', current_setting('statement_timeout'); END IF;
  IF current_setting('check_function_bodies') <> 'on' THEN RAISE EXCEPTION 'check_function_bodies leaked'; END IF;
  IF current_user <> session_user THEN RAISE EXCEPTION 'role leaked: %', current_user; END IF;
END $$;
${then}
`;

const FOLDER = {
  // The session's search_path as the run opened it (PGlite's default is not the server's).
  'migrations/0000_opened.sql': "CREATE TABLE public.opened AS SELECT current_setting('search_path') AS search_path;\n",
  'migrations/0001_dump.sql': [
    'SET statement_timeout = 0;',
    'SET lock_timeout = 0;',
    "SET client_encoding = 'UTF8';",
    'SET standard_conforming_strings = on;',
    "SELECT pg_catalog.set_config('search_path', '', false);",
    'SET check_function_bodies = false;',
    'SET client_min_messages = warning;',
    'CREATE TABLE public.a (id int);',
    '',
  ].join('\n'),
  // The journal row of this migration is written as the run's user, not as pg_monitor (which may not write it).
  'migrations/0002_role.sql': 'SET ROLE pg_monitor;\nSELECT 1;\n',
  'migrations/0003_check.sql': sessionAsOpened('CREATE TABLE b (id int);'),
  'migrations/0004_elsewhere.sql': '-- schemagate:no-transaction\nCREATE SCHEMA other;\nSET search_path TO other;\nCREATE TABLE c (id int);\n',
  'migrations/0005_after.sql': sessionAsOpened('CREATE TABLE d (id int);'),
  'migrations/0006_placed.sql': `DO $$
BEGIN
  IF to_regclass('public.b') IS NULL OR to_regclass('other.c') IS NULL OR to_regclass('public.d') IS NULL THEN RAISE EXCEPTION 'a table is in the wrong schema'; END IF;
END $$;
`,
};

describe('a migration that changes its session', () => {
  for (const mode of ['per-migration', 'batch']) {
    onPgliteAndServer(
      `leaves the next migration and the journal the session the run opened (transaction-mode ${mode})`,
      async (url) => {
        const w = workspace(FOLDER);
        cleanups.push(() => w.cleanup());
        const outcome = await runMode({ mode: 'apply', 'database-url': url, 'statement-timeout': '300', 'transaction-mode': mode, verify: 'false' }, w.dir);
        expect(outcome.error).toBeNull();
        expect(outcome.applied.map((a) => [a.migrationId, a.status])).toEqual(['0000', '0001', '0002', '0003', '0004', '0005', '0006'].map((id) => [id, 'applied']));
        const again = await runMode({ mode: 'plan', 'database-url': url }, w.dir);
        expect(again.error).toBeNull();
        expect(again.plan!.pending).toEqual([]);
      },
      { online, prefix: `sgsession${mode === 'batch' ? 'b' : 'm'}`, cleanups },
    );
  }

  (online ? it : it.skip)("keeps a tenant's search_path after a migration that sets another one", async () => {
    const db = await createDatabase('sgsessiont');
    cleanups.push(() => db.drop());
    const w = workspace({
      'migrations/0001_shared.sql': 'SET search_path TO public;\nCREATE TABLE IF NOT EXISTS shared (id int);\n',
      'migrations/0002_own.sql': 'CREATE TABLE own (id int);\n',
    });
    cleanups.push(() => w.cleanup());
    await db.sql.unsafe('CREATE SCHEMA tenant_a');
    const settings = readSettings((name) => ({ mode: 'apply', 'database-url': db.url, verify: 'false' })[name as string], { GITHUB_WORKSPACE: w.dir } as NodeJS.ProcessEnv);
    settings.target.schema = 'tenant_a';
    const outcome = await runSchemagate(settings, () => {});
    expect(outcome.error).toBeNull();
    const placed = await db.sql.unsafe("SELECT schemaname || '.' || tablename AS name FROM pg_tables WHERE tablename IN ('shared', 'own') ORDER BY 1");
    expect(placed.map((r) => r.name)).toEqual(['public.shared', 'tenant_a.own']);
  });

  /** A migration's SET, and one that fails if it reached the migration after it (the URLs' database is `default`). */
  const CLICKHOUSE_SET = {
    'migrations/0001_nullable.sql': 'SET data_type_default_nullable = 1;\nCREATE TABLE a (x Int32) ENGINE = Memory;\n',
    'migrations/0002_plain.sql': 'CREATE TABLE b (x Int32) ENGINE = Memory;\n',
    'migrations/0003_check.sql': [
      "SELECT throwIf((SELECT type FROM system.columns WHERE database = 'default' AND table = 'a' AND name = 'x') != 'Nullable(Int32)', 'the SET did not hold within its migration');",
      "SELECT throwIf((SELECT type FROM system.columns WHERE database = 'default' AND table = 'b' AND name = 'x') != 'Int32', 'the SET reached the next migration');",
      '',
    ].join('\n'),
  };
  /** chDB keeps a USE for the statements after it (over HTTP each request names its database). */
  const CLICKHOUSE_USE = {
    'migrations/0004_elsewhere.sql': 'CREATE DATABASE IF NOT EXISTS other;\nUSE other;\nCREATE TABLE c (x Int32) ENGINE = Memory;\n',
    'migrations/0005_here.sql': 'CREATE TABLE d (x Int32) ENGINE = Memory;\n',
    'migrations/0006_check.sql': [
      "SELECT throwIf((SELECT count() FROM system.tables WHERE database = 'other' AND name = 'c') != 1, 'the USE did not hold within its migration');",
      "SELECT throwIf((SELECT count() FROM system.tables WHERE database = 'default' AND name = 'd') != 1, 'the USE reached the next migration');",
      '',
    ].join('\n'),
  };

  const clickhouseScenario = async (url: string, dir: string, count: number) => {
    const outcome = await runMode({ mode: 'apply', 'database-url': url, verify: 'false' }, dir);
    expect(outcome.error).toBeNull();
    expect(outcome.applied.filter((a) => a.status === 'applied')).toHaveLength(count);
  };

  it('on ClickHouse (chDB): a migration\'s SET and USE end with it', async () => {
    const w = workspace({ ...CLICKHOUSE_SET, ...CLICKHOUSE_USE });
    cleanups.push(() => w.cleanup());
    await clickhouseScenario(`chdb://${path.join(w.dir, 'ch')}`, w.dir, 6);
  });

  it('on ClickHouse over HTTP: a migration\'s SET ends with it, the next migration in a new session', async () => {
    const dataPath = mkdtempSync(path.join(tmpdir(), 'schemagate-session-'));
    cleanups.push(() => rmSync(dataPath, { recursive: true, force: true }));
    const server = await startChdbHttpServerProcess({ dataPath });
    cleanups.push(() => server.close());
    const w = workspace(CLICKHOUSE_SET);
    cleanups.push(() => w.cleanup());
    await clickhouseScenario(`${server.url}/default`, w.dir, 3);
  });
});
