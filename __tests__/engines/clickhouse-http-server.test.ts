import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startChdbHttpServer, type ChdbHttpServer } from '../support/chdb-http-server.js';

/** The test server itself (in this process): ClickHouse's HTTP interface as the client uses it. */
const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-chserver-'));
let server: ChdbHttpServer;
let client: ClickHouseClient;
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const post = (query: string, body = '', headers: Record<string, string> = { Authorization: basic('admin', 'secret') }) =>
  fetch(`${server.url}/?${query}`, { method: 'POST', body, headers });

beforeAll(async () => {
  server = await startChdbHttpServer({ dataPath: dir, user: 'admin', password: 'secret' });
  client = createClient({ url: server.url, username: 'admin', password: 'secret', compression: { request: false, response: false } });
});

afterAll(async () => {
  await client?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('chDB HTTP server', () => {
  it('answers /ping', async () => {
    const response = await fetch(`${server.url}/ping`);
    expect(await response.text()).toBe('Ok.\n');
  });

  it('checks basic auth and X-ClickHouse-User/Key', async () => {
    const bad = await post('', 'SELECT 1', { Authorization: basic('admin', 'nope') });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('x-clickhouse-exception-code')).toBe('516');
    expect(await bad.text()).toMatch(/AUTHENTICATION_FAILED/);
    const headers = await post('', 'SELECT 1', { 'X-ClickHouse-User': 'admin', 'X-ClickHouse-Key': 'secret' });
    expect(await headers.text()).toBe('1\n');
    const wrongHeaders = await post('', 'SELECT 1', { 'X-ClickHouse-User': 'admin', 'X-ClickHouse-Key': 'x' });
    expect(wrongHeaders.status).toBe(401);
  });

  it('reports errors as HTTP 500 with the exception code header and message', async () => {
    const response = await post('', 'SELECT * FROM missing');
    expect(response.status).toBe(500);
    expect(response.headers.get('x-clickhouse-exception-code')).toBe('60');
    expect(await response.text()).toMatch(/^Code: 60\. DB::Exception: .*missing.*\(UNKNOWN_TABLE\)/s);
  });

  it('binds param_* values (escaped text, \\N for NULL) and honours default_format', async () => {
    const query = new URLSearchParams({
      param_s: "it\\'s\\ta\\\\b",
      param_n: '\\N',
      param_i: '41',
      default_format: 'JSONEachRow',
    });
    const response = await post(query.toString(), 'SELECT {s:String} AS s, {n:Nullable(String)} AS n, {i:UInt8} + 1 AS i');
    expect(JSON.parse(await response.text())).toEqual({ s: "it's\ta\\b", n: null, i: 42 });
  });

  it('joins the query parameter and the body, so INSERT rows can follow FORMAT', async () => {
    await post('', 'CREATE TABLE kv (k String, v UInt32) ENGINE = MergeTree ORDER BY k');
    const insert = await post(new URLSearchParams({ query: 'INSERT INTO kv FORMAT JSONEachRow' }).toString(), '{"k":"a","v":1}\n{"k":"b","v":2}\n');
    expect(insert.status).toBe(200);
    const read = await post(new URLSearchParams({ query: 'SELECT sum(v) AS total FROM kv FORMAT JSONEachRow' }).toString());
    // 64-bit integers print quoted or not depending on output_format_json_quote_64bit_integers.
    expect(Number(JSON.parse(await read.text()).total)).toBe(3);
  });

  it('serves @clickhouse/client command, query and insert, with database and settings', async () => {
    await client.command({ query: 'CREATE DATABASE IF NOT EXISTS other' });
    const scoped = createClient({
      url: server.url, username: 'admin', password: 'secret', database: 'other',
      clickhouse_settings: { async_insert: 0, wait_end_of_query: 1, mutations_sync: '0' },
      log: { level: ClickHouseLogLevel.OFF },
    });
    try {
      await scoped.command({ query: 'CREATE TABLE t (id UInt32, name Nullable(String)) ENGINE = MergeTree ORDER BY id' });
      await scoped.insert({ table: 't', values: [{ id: 1, name: 'x' }, { id: 2, name: null }], format: 'JSONEachRow' });
      const rows = await (await scoped.query({ query: 'SELECT *, currentDatabase() AS db FROM t WHERE id >= {min:UInt32} ORDER BY id', query_params: { min: 1 }, format: 'JSONEachRow' })).json();
      expect(rows).toEqual([{ id: 1, name: 'x', db: 'other' }, { id: 2, name: null, db: 'other' }]);
      const setting = await (await scoped.query({ query: "SELECT value FROM system.settings WHERE name = 'mutations_sync'", format: 'JSON' })).json();
      expect(setting).toMatchObject({ data: [{ value: '0' }] });
      await expect(scoped.query({ query: 'SELECT nope()', format: 'JSONEachRow' })).rejects.toMatchObject({ code: '46', type: 'UNKNOWN_FUNCTION' });
    } finally {
      await scoped.close();
    }
    expect(server.requests).toBeGreaterThan(5);
  });
});
