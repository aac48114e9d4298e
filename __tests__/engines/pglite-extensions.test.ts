import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { extensionCreated, splitPostgres } from '../../src/dialects/postgres/lexer.js';

const extensionsCreated = (text: string) => splitPostgres(text).flatMap((s) => extensionCreated(s.sql) ?? []);
import { pgliteExtensions } from '../../src/engines/postgres/connection.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * PGlite creates only the extensions it was started with (issue 11): the replay and `pglite://`
 * load those the migrations create; one PGlite lacks fails naming it, and the replay's hint does
 * not claim the target recorded anything.
 */
// Loading PGlite and its contrib modules is slow on a busy machine.
jest.setTimeout(180_000);
const workspaces: Array<{ cleanup(): void }> = [];
const ws = (files: Record<string, string>) => {
  const w = workspace(files);
  workspaces.push(w);
  return w;
};
afterAll(() => {
  for (const w of workspaces) w.cleanup();
});

const EXTENSIONS = {
  'migrations/0001_extensions.sql': [
    'CREATE EXTENSION IF NOT EXISTS pgcrypto;',
    'CREATE EXTENSION pg_trgm;',
    'CREATE EXTENSION IF NOT EXISTS "btree_gin";',
    'create extension citext;',
    'CREATE EXTENSION IF NOT EXISTS "uuid-ossp";',
    '-- CREATE EXTENSION postgis; (a comment names nothing)',
  ].join('\n'),
  'migrations/0002_use.sql': [
    'CREATE TABLE users (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), email citext NOT NULL, token text DEFAULT encode(gen_random_bytes(8), \'hex\'), tags int[]);',
    'CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops);',
    'CREATE INDEX users_id_gin ON users USING gin (id);',
    "INSERT INTO users (email) VALUES ('A@example.com');",
  ].join('\n'),
};

describe('extensions on the embedded Postgres', () => {
  it('reads the extensions a migration creates from its tokens', () => {
    expect(extensionsCreated(EXTENSIONS['migrations/0001_extensions.sql'])).toEqual(['pgcrypto', 'pg_trgm', 'btree_gin', 'citext', 'uuid-ossp']);
    expect(pgliteExtensions()).toEqual(expect.arrayContaining(['pgcrypto', 'pg_trgm', 'btree_gin', 'citext', 'uuid-ossp']));
  });

  it('a replay of migrations creating pgcrypto, pg_trgm, btree_gin, citext and uuid-ossp passes', async () => {
    const w = ws(EXTENSIONS);
    const outcome = await runMode({ mode: 'plan', replay: 'true', engine: 'postgres' }, w.dir);
    expect(outcome.replay?.error ?? null).toBeNull();
    expect(outcome.replay?.applied.map((a) => a.status)).toEqual(['applied', 'applied']);
    expect(outcome.status).toBe('ok');
  });

  it('a pglite:// target loads them too', async () => {
    const w = ws(EXTENSIONS);
    const url = `pglite://${w.dir}/db`;
    expect((await runMode({ mode: 'apply', 'database-url': url }, w.dir)).status).toBe('ok');
    // Reopened: the data directory holds citext columns, which need the extension loaded again.
    expect((await runMode({ mode: 'snapshot', 'database-url': url }, w.dir)).error).toBeNull();
  });

  it('an extension PGlite lacks fails the replay naming it, without claiming the target recorded it', async () => {
    const w = ws({ 'migrations/0001_geo.sql': 'CREATE EXTENSION IF NOT EXISTS postgis;\nCREATE TABLE places (id int);\n' });
    const outcome = await runMode({ mode: 'plan', replay: 'true', engine: 'postgres' }, w.dir);
    expect(outcome.status).not.toBe('ok');
    expect(outcome.error).toMatchObject({
      kind: 'migration-failed',
      fromReplay: true,
      message: expect.stringMatching(/^Replay on an empty postgres database: migrations\/0001_geo\.sql:1: .*extension "postgis" is not available: the embedded Postgres \(PGlite\) does not ship the extension "postgis" \(it ships: .*pgcrypto/),
    });
    expect(outcome.error!.hint).toMatch(/nothing was recorded on the target/);
    expect(outcome.error!.hint).not.toMatch(/recorded as failed/);
  });
});
