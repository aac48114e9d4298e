import { describe, expect, it } from '@jest/globals';
import { SchemagateError } from '../../src/errors.js';
import { clickhouseDriver } from '../../src/engines/clickhouse/index.js';
import { classifyFailure, ClickHouseError, parseServerError, retryableBeforeSend, retryableIdempotent, toReportedError } from '../../src/engines/clickhouse/errors.js';
import { attemptRecord, journalDdl, journalNames, toJournalRow } from '../../src/engines/clickhouse/journal.js';
import { normalizeEngine, toTableSchema } from '../../src/engines/clickhouse/introspect.js';
import { acquireLease, lockDdl } from '../../src/engines/clickhouse/lock.js';
import type { ChClient, QueryParams } from '../../src/engines/clickhouse/client.js';
import { quoteIdent } from '../../src/engines/clickhouse/sql.js';
import { afterColumnList, alterTableTarget, engineArguments, keyColumns, mutationTarget, splitTopLevel, ttlClause } from '../../src/dialects/clickhouse/syntax.js';
import { parseClickHouseUrl } from '../../src/engines/clickhouse/url.js';
import type { JournalRow } from '../../src/types.js';

describe('ClickHouse URLs', () => {
  it('maps clickhouse:// to HTTP on 8123, with the database from the path', () => {
    expect(parseClickHouseUrl(new URL('clickhouse://bob:s%40cret@db.internal/analytics'))).toEqual({
      kind: 'http',
      url: 'http://db.internal:8123',
      username: 'bob',
      password: 's@cret',
      database: 'analytics',
      display: 'http://db.internal:8123/analytics as bob',
    });
  });

  it('switches clickhouse:// to HTTPS with ?secure=1 or port 8443', () => {
    expect(parseClickHouseUrl(new URL('clickhouse://u:p@h/db?secure=1'))).toMatchObject({ url: 'https://h:8443' });
    expect(parseClickHouseUrl(new URL('clickhouse://u:p@h:8443/db'))).toMatchObject({ url: 'https://h:8443' });
  });

  it('takes http(s):// as written (ClickHouse Cloud), defaulting user and database', () => {
    expect(parseClickHouseUrl(new URL('https://abc.eu-west-1.aws.clickhouse.cloud:8443'))).toMatchObject({
      url: 'https://abc.eu-west-1.aws.clickhouse.cloud:8443',
      username: 'default',
      password: '',
      database: 'default',
    });
    expect(parseClickHouseUrl(new URL('http://u:p@127.0.0.1:8123/x'))).toMatchObject({ url: 'http://127.0.0.1:8123', database: 'x' });
  });

  it('never shows the password', () => {
    const target = parseClickHouseUrl(new URL('clickhouse://u:topsecret@h/db'));
    expect(target.display).not.toContain('topsecret');
  });

  it('maps chdb:// to a data directory, absolute or relative, with ?database=', () => {
    expect(parseClickHouseUrl(new URL('chdb:///var/data/ch'))).toEqual({ kind: 'chdb', path: '/var/data/ch', database: 'default', display: 'chdb:///var/data/ch' });
    expect(parseClickHouseUrl(new URL('chdb://./local/ch?database=app'), '/work')).toMatchObject({ path: '/work/local/ch', database: 'app' });
    expect(() => parseClickHouseUrl(new URL('chdb://'))).toThrow(SchemagateError);
  });

  it('refuses a query parameter it does not read, naming it but never its value', () => {
    const refused = (url: string) => {
      try {
        parseClickHouseUrl(new URL(url));
      } catch (error) {
        return error as SchemagateError;
      }
      throw new Error(`${url} was accepted`);
    };
    const typo = refused('chdb:///var/data/ch?databse=app');
    expect(typo.kind).toBe('config');
    expect(typo.message).toMatch(/does not read: "databse"/);
    expect(typo.hint).toMatch(/takes only \?database=/);
    const password = refused('clickhouse://h/db?secure=1&password=topsecret&user=bob');
    expect(password.message).toMatch(/parameters schemagate does not read: "password", "user"/);
    expect(password.hint).toMatch(/clickhouse:\/\/user:password@host/);
    expect(`${password.message} ${password.hint}`).not.toContain('topsecret');
    expect(refused('https://h:8443/db?async_insert=1').hint).toMatch(/takes no query parameters/);
  });

  it('refuses a path that is more than a database name', () => {
    expect(() => parseClickHouseUrl(new URL('http://h:8123/a/b'))).toThrow(/just the database name/);
  });

  it('is what the driver serves, and its embedded URL round-trips', () => {
    expect(clickhouseDriver.kind).toBe('clickhouse');
    expect(clickhouseDriver.schemes).toEqual(['clickhouse:', 'http:', 'https:', 'chdb:']);
    expect(parseClickHouseUrl(clickhouseDriver.embeddedUrl('/tmp/replay dir'))).toMatchObject({ kind: 'chdb', path: '/tmp/replay dir' });
  });

  it('splits with the ClickHouse dialect', () => {
    const statements = clickhouseDriver.dialect.split('CREATE TABLE a (x String) ENGINE = Log;\n\nINSERT INTO a VALUES (\'x;y\');\n');
    expect(statements.map((s) => s.line)).toEqual([1, 3]);
  });
});

describe('SQL text helpers', () => {
  it('finds the table of an ALTER TABLE, past comments, quotes and IF EXISTS', () => {
    expect(alterTableTarget("ALTER TABLE t UPDATE v = 'x' WHERE 1")).toEqual({ database: null, table: 't' });
    expect(alterTableTarget('-- why\n/* block */ alter table if exists `my db`.`ev``ents` delete where 1')).toEqual({ database: 'my db', table: 'ev`ents' });
    expect(alterTableTarget('ALTER TABLE "db"."t" ON CLUSTER c MATERIALIZE INDEX i')).toEqual({ database: 'db', table: 't' });
    expect(alterTableTarget('DELETE FROM t WHERE 1')).toBeNull();
    expect(alterTableTarget('ALTER USER u IDENTIFIED BY \'x\'')).toBeNull();
  });

  it('watches mutations only for an ALTER TABLE with a command that may start one', () => {
    expect(mutationTarget('ALTER TABLE t ADD COLUMN a UInt8 DEFAULT 0, ADD INDEX i (a) TYPE minmax GRANULARITY 1')).toBeNull();
    expect(mutationTarget("ALTER TABLE db.t ON CLUSTER '{cluster}' MODIFY COMMENT 'x, y', COMMENT COLUMN a 'z';")).toBeNull();
    expect(mutationTarget('ALTER TABLE IF EXISTS `db`.`t` MODIFY SETTING index_granularity = 8192')).toBeNull();
    expect(mutationTarget('ALTER TABLE t ADD COLUMN a UInt8, MATERIALIZE COLUMN a')).toEqual({ database: null, table: 't' });
    expect(mutationTarget('ALTER TABLE t ADD COLUMN a UInt8, DROP COLUMN b')).toEqual({ database: null, table: 't' });
    expect(mutationTarget('ALTER TABLE t MODIFY COLUMN a UInt16')).toEqual({ database: null, table: 't' });
    expect(mutationTarget('ALTER TABLE t MODIFY TTL d + INTERVAL 1 DAY')).toEqual({ database: null, table: 't' });
    expect(mutationTarget("ALTER TABLE t UPDATE v = 'x, y' WHERE 1")).toEqual({ database: null, table: 't' });
    expect(mutationTarget('CREATE TABLE t (a UInt8) ENGINE = Memory')).toBeNull();
  });

    it('splits lists at top-level commas only', () => {
    expect(splitTopLevel("a, cityHash64(b, c), arr[1, 2], 'x, y'")).toEqual(['a', 'cityHash64(b, c)', 'arr[1, 2]', "'x, y'"]);
    expect(splitTopLevel('')).toEqual([]);
  });

  it('reads the TTL clause of engine_full', () => {
    expect(ttlClause('MergeTree PARTITION BY toYYYYMM(d) ORDER BY id TTL d + toIntervalDay(30) SETTINGS index_granularity = 8192')).toBe('d + toIntervalDay(30)');
    expect(ttlClause("MergeTree ORDER BY id TTL d + toIntervalDay(1) DELETE WHERE s = 'TTL SETTINGS'")).toBe("d + toIntervalDay(1) DELETE WHERE s = 'TTL SETTINGS'");
    expect(ttlClause('MergeTree ORDER BY id SETTINGS index_granularity = 8192')).toBeNull();
  });

  it('finds the engine arguments, leaving out a replicated engine\'s Keeper path and replica', () => {
    expect(engineArguments('ReplacingMergeTree(ver, is_deleted) ORDER BY id SETTINGS index_granularity = 8192')).toBe('ver, is_deleted');
    expect(engineArguments('MergeTree ORDER BY (id, ts) TTL ts + toIntervalDay(1)')).toBeNull();
    expect(engineArguments("ReplicatedReplacingMergeTree('/clickhouse/tables/{uuid}/{shard}', '{replica}', ver) ORDER BY id")).toBe('ver');
    expect(engineArguments("SharedMergeTree('/clickhouse/tables/{uuid}/{shard}', '{replica}') ORDER BY id")).toBeNull();
    expect(engineArguments("Kafka('host:9092', 'topic', 'group', 'JSONEachRow')")).toBe("'host:9092', 'topic', 'group', 'JSONEachRow'");
    expect(afterColumnList("CREATE DICTIONARY d (`id` UInt64, `v` String) PRIMARY KEY id SOURCE(CLICKHOUSE(TABLE 'e')) LIFETIME(MIN 0 MAX 300) LAYOUT(HASHED())")).toBe(
      "PRIMARY KEY id SOURCE(CLICKHOUSE(TABLE 'e')) LIFETIME(MIN 0 MAX 300) LAYOUT(HASHED())",
    );
  });

  it('quotes identifiers', () => {
    expect(quoteIdent('a`b\\c')).toBe('`a\\`b\\\\c`');
  });

  it('reads primary keys with or without the parentheses of an explicit PRIMARY KEY', () => {
    expect(keyColumns('(id)')).toEqual(['id']);
    expect(keyColumns('id, cityHash64(id, ts)')).toEqual(['id', 'cityHash64(id, ts)']);
    expect(keyColumns('(a + b) * 2')).toEqual(['(a + b) * 2']);
    expect(keyColumns('')).toEqual([]);
  });
});

describe('errors', () => {
  it('parses ClickHouse text into code and name, without stack or version', () => {
    const error = parseServerError(
      "Query failed: Code: 60. DB::Exception: Unknown table expression identifier 'nope'. (UNKNOWN_TABLE)\n\n0. ? @ 0x000000000f03c72c\n1. ? @ 0x0000000017e96935\n (version 26.7.2.1)",
    );
    expect(error).toBeInstanceOf(ClickHouseError);
    expect(error?.code).toBe(60);
    expect(error?.type).toBe('UNKNOWN_TABLE');
    expect(error?.message).toBe("Code: 60. DB::Exception: Unknown table expression identifier 'nope'. (UNKNOWN_TABLE)");
  });

  it('sorts failures: only never-sent ones are retried for statements', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const proxy = new Error('<html>502 Bad Gateway</html>');
    const server = new ClickHouseError('Code: 62. DB::Exception: Syntax error. (SYNTAX_ERROR)', 62, 'SYNTAX_ERROR');
    const auth = new ClickHouseError('Code: 516. DB::Exception: bad. (AUTHENTICATION_FAILED)', 516, 'AUTHENTICATION_FAILED');
    expect([refused, reset, proxy, server, auth].map(classifyFailure)).toEqual(['not-sent', 'interrupted', 'unavailable', 'server', 'auth']);
    expect([refused, reset, proxy, server, auth].map(retryableBeforeSend)).toEqual([true, false, false, false, false]);
    expect([refused, reset, proxy, server, auth].map(retryableIdempotent)).toEqual([true, true, true, false, false]);
  });

  it('reports reaching problems as connection errors and server errors as themselves', () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const interrupted = toReportedError(reset, 'http://h:8123/db as u', true);
    expect(interrupted).toBeInstanceOf(SchemagateError);
    expect((interrupted as SchemagateError).kind).toBe('connection');
    expect(interrupted.message).toMatch(/may or may not have completed/);
    const server = new ClickHouseError('Code: 62. DB::Exception: Syntax error. (SYNTAX_ERROR)', 62, 'SYNTAX_ERROR');
    expect(toReportedError(server, 't', true)).toBe(server);
    const auth = toReportedError(new ClickHouseError('x', 516, 'AUTHENTICATION_FAILED'), 't', false) as SchemagateError;
    expect(auth.kind).toBe('connection');
    expect(auth.message).toMatch(/refused the credentials/);
  });
});

describe('journal DDL and rows', () => {
  const names = journalNames('ops', 'schemagate_journal');

  it('uses ReplacingMergeTree keyed by attempt, and Replicated engines ON CLUSTER in cluster mode', () => {
    const [db, attempts, statements] = journalDdl(names);
    expect(db).toBe('CREATE DATABASE IF NOT EXISTS `ops`');
    expect(attempts).toContain('ENGINE = ReplacingMergeTree(version)\nORDER BY attempt_id');
    expect(statements).toContain('ENGINE = ReplacingMergeTree()\nORDER BY (attempt_id, statement_index)');

    const clustered = journalDdl(names, 'main');
    expect(clustered[0]).toBe('CREATE DATABASE IF NOT EXISTS `ops` ON CLUSTER `main`');
    expect(clustered[1]).toContain('CREATE TABLE IF NOT EXISTS `ops`.`schemagate_journal` ON CLUSTER `main` (');
    expect(clustered[1]).toContain("ENGINE = ReplicatedReplacingMergeTree('/clickhouse/schemagate/{database}/{table}', '{shard}-{replica}', version)");
    expect(clustered[2]).toContain("ENGINE = ReplicatedReplacingMergeTree('/clickhouse/schemagate/{database}/{table}', '{shard}-{replica}')");
  });

  it('writes the lock table ON CLUSTER as KeeperMap or a replicated lease table', () => {
    expect(lockDdl('keeper-map', names, 'main')).toContain("ON CLUSTER `main` (");
    expect(lockDdl('keeper-map', names, 'main')).toContain("ENGINE = KeeperMap('/schemagate/ops/schemagate_journal_lock') PRIMARY KEY lock_name");
    expect(lockDdl('replacing', names, 'main')).toContain('ENGINE = ReplicatedReplacingMergeTree(');
    expect(lockDdl('replacing', names)).toContain('ENGINE = ReplacingMergeTree(version)');
  });

  it('maps every JournalRow field to a column and back', () => {
    const row: JournalRow = {
      attemptId: 'a', migrationId: '0001', name: 'init', kind: 'versioned', checksum: 'c', checksumAlgorithm: 'sha256',
      status: 'failed', startedAt: new Date('2025-01-02T03:04:05.678Z'), finishedAt: new Date('2025-01-02T03:04:06.001Z'),
      durationMs: 323, statementCount: 5, statementsApplied: 2, transactional: false, error: 'boom', errorStatementIndex: 2,
      errorLine: 9, outOfOrder: true, note: 'n', actor: 'me', runUrl: 'https://x', commitSha: 'abc', environment: 'prod', toolVersion: '1.0.0', lockRetries: 1,
    };
    const record = attemptRecord(row, 7n);
    expect(record).toMatchObject({ started_at: '2025-01-02 03:04:05.678', version: '7', duration_ms: 323 });
    // What ClickHouse prints back: 64-bit integers quoted.
    const printed: Record<string, unknown> = { ...record, duration_ms: '323' };
    delete printed.version;
    expect(toJournalRow(printed as never)).toEqual(row);
  });
});

describe('introspection mapping', () => {
  it('normalises Cloud engines and keeps only non-empty properties', () => {
    expect(normalizeEngine('SharedReplacingMergeTree')).toBe('ReplacingMergeTree');
    expect(normalizeEngine('ReplicatedMergeTree')).toBe('ReplicatedMergeTree');
    const table = toTableSchema(
      'db',
      { name: 'v', engine: 'View', engine_full: '', sorting_key: '', primary_key: '', partition_key: '', as_select: 'SELECT 1' },
      [{ table: 'v', name: 'x', type: 'LowCardinality(Nullable(String))', default_kind: '', default_expression: '', compression_codec: '' }],
      { indices: [] },
    );
    expect(table).toEqual({
      schema: '', name: 'v', type: 'view', primaryKey: [], properties: { engine: 'View', query: 'SELECT 1' },
      columns: [{ name: 'x', type: 'LowCardinality(Nullable(String))', nullable: true, default: null }],
    });
  });
});

describe('KeeperMap lease (against a fake with strict-mode semantics: no Keeper here)', () => {
  it('lets one run in, makes the next wait, and allows takeover only after expiry', async () => {
    let now = 0;
    let created = false;
    const keys = new Map<string, { token: string; owner: string; expires: number }>();
    const forkSettings: (Record<string, string> | undefined)[] = [];
    const fake: ChClient = {
      target: 'fake',
      database: 'app',
      async command(sql: string, params: QueryParams = {}) {
        const name = String(params.name);
        if (sql.startsWith('CREATE DATABASE')) {
          // the journal's database, created with the lock table
        } else if (sql.startsWith('CREATE TABLE')) {
          created = sql.includes('KeeperMap');
        } else if (sql.startsWith('INSERT')) {
          if (keys.has(name)) throw new ClickHouseError('Code: 999. DB::Exception: Node exists. (KEEPER_EXCEPTION)', 999, 'KEEPER_EXCEPTION');
          keys.set(name, { token: String(params.token), owner: String(params.owner), expires: now + Number(params.lease) });
        } else if (sql.startsWith('DELETE')) {
          if (keys.get(name)?.token === params.token) keys.delete(name);
        } else if (sql.startsWith('ALTER TABLE')) {
          const key = keys.get(name);
          if (key && key.token === params.token) key.expires = now + Number(params.lease);
        } else {
          throw new Error(`unexpected ${sql}`);
        }
      },
      async query<T>(sql: string, params: QueryParams = {}) {
        if (sql.includes('system.tables')) return (created ? [{ engine: 'KeeperMap' }] : []) as T[];
        const key = keys.get(String(params.name));
        return (key ? [{ token: key.token, owner: key.owner, expires_text: `t+${key.expires}`, expired: key.expires <= now ? 1 : 0 }] : []) as T[];
      },
      async insert() {
        throw new Error('unused');
      },
      fork(settings?: Record<string, string>) {
        forkSettings.push(settings);
        return fake;
      },
      async resetSession() {
        throw new Error('unused');
      },
      async close() {},
    };
    const names = journalNames('app', 'schemagate_journal');
    const settings = { leaseMs: 60_000, pollMs: 5, settleMs: 0 };
    const open = () => fake.fork({ keeper_map_strict_mode: '1' });

    const first = await acquireLease(open, fake, names, 'app', { owner: 'run A', timeoutMs: 1000 }, settings);
    expect(first.store).toBe('keeper-map');
    expect(forkSettings[0]).toEqual({ keeper_map_strict_mode: '1' });

    await expect(acquireLease(open, fake, names, 'app', { owner: 'run B', timeoutMs: 30 }, settings)).rejects.toThrow(
      /held by run A \(host .+\), lease expires t\+60000 UTC/,
    );

    now = 61_000; // run A stopped renewing
    const second = await acquireLease(open, fake, names, 'app', { owner: 'run B', timeoutMs: 1000 }, settings);
    expect(keys.get('app')?.owner).toMatch(/^run B/);
    await first.release(); // a late release by the old holder must not free the new holder's lock
    expect(keys.get('app')?.owner).toMatch(/^run B/);
    await second.release();
    expect(keys.size).toBe(0);
  });
});

describe('unqualify', () => {
  it('drops the database qualifier from names, not from look-alikes', async () => {
    const { unqualify } = await import('../../src/engines/clickhouse/introspect.js');
    expect(unqualify('SELECT a FROM app.events JOIN `app`.users ON x = app.y', 'app')).toBe('SELECT a FROM events JOIN users ON x = y');
    expect(unqualify('SELECT myapp.x, app_2.y FROM t', 'app')).toBe('SELECT myapp.x, app_2.y FROM t');
  });
});
