import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { displayUrl, readSettings, Redactor, secretsOf, type InputName } from '../../src/config/index.js';
import { parseArgs } from '../../src/cli.js';
import { SchemagateError } from '../../src/errors.js';
import { VERSION } from '../../src/version.js';

const settings = (inputs: Partial<Record<InputName, string>>) =>
  readSettings((name) => inputs[name], { GITHUB_WORKSPACE: '/repo' } as NodeJS.ProcessEnv);
const failure = (inputs: Partial<Record<InputName, string>>) => {
  try {
    settings(inputs);
  } catch (error) {
    return error as SchemagateError;
  }
  throw new Error('expected a configuration error');
};

describe('settings', () => {
  it('keeps working-directory inside the workspace in a workflow', () => {
    for (const dir of ['..', '/tmp', '../repo-other', 'a/../../x']) {
      const error = failure({ 'database-url': 'postgres://u@db/app', 'working-directory': dir });
      expect(error.message).toBe(`Input \`working-directory\` (${dir}) is outside the workspace /repo.`);
    }
    expect(settings({ 'database-url': 'postgres://u@db/app', 'working-directory': 'db/../services/api' }).sources.cwd).toBe('/repo/services/api');
    expect(settings({ 'database-url': 'postgres://u@db/app', 'working-directory': '/repo/x' }).sources.cwd).toBe('/repo/x');
  });

  it('refuses a journal table name too long for its _statements table, and a system schema for the journal', () => {
    expect(settings({ 'database-url': 'postgres://u@db/app', 'journal-table': 'j'.repeat(52) }).journal.table).toHaveLength(52);
    expect(failure({ 'database-url': 'postgres://u@db/app', 'journal-table': 'j'.repeat(53) }).message).toMatch(/is 53 characters long; at most 52 leave room for j+_statements/);
    for (const schema of ['pg_catalog', 'pg_temp', 'information_schema', 'system']) {
      expect(failure({ 'database-url': 'postgres://u@db/app', 'journal-schema': schema }).message).toBe(`Input \`journal-schema\` is ${schema}, a system schema that cannot hold the journal.`);
    }
  });

  it('refuses a direct-url of another engine than database-url', () => {
    expect(failure({ 'database-url': 'postgres://u@pooler/app', 'direct-url': 'clickhouse://u@db/app' }).message).toMatch(/^Input `direct-url` is a URL of another engine than `database-url`/);
    expect(settings({ 'database-url': 'postgres://u@pooler/app', 'direct-url': 'postgresql://u@db/app' }).target.databaseUrl!.host).toBe('db');
  });

  it('a password with a % that is not percent-encoding is named, never shown', () => {
    const error = failure({ 'database-url': 'postgres://u:Ab100%@db/app' });
    expect(error.message).toBe('Input `database-url`: its password is not valid percent-encoding (the value is not shown).');
    expect(JSON.stringify([error.message, error.hint])).not.toContain('Ab100');
  });

  it('applies documented defaults and resolves paths from the workspace', () => {
    const s = settings({ 'database-url': 'postgres://u@db/app' });
    expect(s).toMatchObject({
      mode: 'plan',
      sources: { migrations: '/repo/migrations', snapshot: null },
      plan: { allowOutOfOrder: false },
      journal: { table: 'schemagate_journal' },
      apply: { lockTimeoutMs: 300_000, statementTimeoutMs: undefined, connectRetries: 3, ddlLocks: { timeoutMs: 5000, retries: 3 } },
      safety: { lint: 'error', largeTableRows: 100_000, rehearse: false },
    });
  });

  it('takes the lock bounds in seconds, 0 turning them off, and connects through direct-url when it is set', () => {
    expect(settings({ 'database-url': 'pglite://memory', 'ddl-lock-timeout': '0.5', 'ddl-lock-retries': '0' }).apply.ddlLocks).toEqual({ timeoutMs: 500, retries: 0 });
    expect(settings({ 'database-url': 'pglite://memory', 'ddl-lock-timeout': '0' }).apply.ddlLocks.timeoutMs).toBe(0);
    const direct = settings({ 'database-url': 'postgres://u:pooled@pooler:6543/app', 'direct-url': 'postgres://u:direct@db:5432/app' });
    expect(direct.target.databaseUrl!.href).toBe('postgres://u:direct@db:5432/app');
    expect(failure({ 'database-url': 'postgres://u@pooler/app', 'direct-url': 'not a url' }).message).toMatch(/`direct-url` is not a valid URL/);
    expect(failure({ 'direct-url': 'postgres://u@db/app', 'database-urls': 'a=postgres://u@db/a' }).message).toMatch(/Set either `direct-url` \(one database\) or `database-urls`/);
  });

  it('names the missing secret and how to set it', () => {
    const error = failure({ mode: 'apply' });
    expect(error.kind).toBe('config');
    expect(error.message).toMatch(/database-url/);
    expect(error.hint).toMatch(/secrets\.DATABASE_URL/);
    expect(error.hint).toMatch(/environment:/);
  });

  it('rejects an unknown mode listing the valid ones', () => {
    expect(failure({ mode: 'migrate', 'database-url': 'pglite://memory' }).hint).toMatch(/plan, apply, verify, snapshot, baseline/);
  });

  it('rejects a malformed URL without echoing it', () => {
    const error = failure({ 'database-url': 'postgres://user:s3cr3t-pw@host:notaport/db' });
    expect(error.message).toMatch(/not a valid URL/);
    expect(`${error.message} ${error.hint}`).not.toContain('s3cr3t-pw');
  });

  it.each<[InputName, string, RegExp]>([
    ['allow-out-of-order', 'maybe', /true or false/],
    ['lock-timeout', '-1', /seconds/],
    ['connect-retries', '2.5', /whole number/],
    ['ddl-lock-timeout', 'soon', /`ddl-lock-timeout` must be a number of seconds/],
    ['ddl-lock-retries', '11', /`ddl-lock-retries` must be a whole number from 0 to 10/],
    ['journal-table', 'bad name;', /identifier/],
    ['drizzle-journal', 'sometimes', /auto, true or false/],
    ['lint', 'strict', /lint` must be error, warn, off/],
    ['large-table-rows', '1e5.5', /whole number of rows/],
    ['rehearse', 'maybe', /true or false/],
  ])('validates %s', (name, value, message) => {
    expect(failure({ 'database-url': 'pglite://memory', [name]: value }).message).toMatch(message);
  });
});

describe('redaction', () => {
  const raw = 'postgres://app:p%40ss-w0rd!@db.internal:5432/shop?sslmode=require';

  it('masks the password raw and decoded, the URL as written, and any userinfo a library echoes', () => {
    const redactor = new Redactor(secretsOf(raw));
    expect(redactor.redact(`failed: ${raw}`)).toBe('failed: ***');
    expect(redactor.redact('password p@ss-w0rd! rejected')).toBe('password *** rejected');
    expect(redactor.redact('see mysql://other:hunter22@x/y')).toBe('see mysql://other:***@x/y');
  });

  it('shows a URL without credentials or query', () => {
    expect(displayUrl(new URL(raw))).toBe('postgres://db.internal:5432/shop');
  });

  it('does not treat a credential-free embedded URL as a secret', () => {
    expect(secretsOf('pglite://.schemagate/demo')).toEqual([]);
  });
});

describe('CLI arguments', () => {
  it('maps flags onto the action inputs', () => {
    expect(parseArgs(['apply', '--migrations', 'db/m', '--allow-out-of-order', '--lock-timeout=5', '--json'])).toEqual({
      mode: 'apply',
      inputs: { migrations: 'db/m', 'allow-out-of-order': 'true', 'lock-timeout': '5' },
      format: 'json',
      help: false,
      version: false,
    });
  });

  it('rejects an unknown flag', () => {
    expect(() => parseArgs(['plan', '--databse-url', 'x'])).toThrow(/Unknown option --databse-url/);
  });
});

it('records the package version in the journal', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
});

it('names a lock holder by repository and run rather than by URL (Postgres keeps 63 characters)', async () => {
  const { ownerName } = await import('../../src/core/run.js');
  const name = ownerName('https://github.com/acme-corporation/shop-backend/actions/runs/12345678901', 'runner-abc', 4242);
  expect(name).toBe('schemagate acme-corporation/shop-backend run 12345678901 on runner-abc pid 4242');
  expect(ownerName(null, 'laptop', 7)).toBe('schemagate local on laptop pid 7');
});
