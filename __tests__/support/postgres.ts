import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * The local PostgreSQL server (127.0.0.1:5432, trust auth). Each test gets its own database so
 * tests run in parallel and leave nothing behind. Without a server the suites are skipped with
 * a visible notice, unless SCHEMAGATE_REQUIRE_POSTGRES=1 (set by .ci/run) makes that a failure.
 */
export const SERVER_URL = process.env.SCHEMAGATE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let available: boolean | undefined;

export async function serverAvailable(): Promise<boolean> {
  if (available !== undefined) return available;
  const sql = postgres(SERVER_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    available = true;
  } catch (error) {
    if (process.env.SCHEMAGATE_REQUIRE_POSTGRES === '1') {
      throw new Error(`The PostgreSQL server at ${SERVER_URL} is required (SCHEMAGATE_REQUIRE_POSTGRES=1) but unreachable: ${(error as Error).message}`);
    }
    console.warn(`NOTICE: PostgreSQL server at ${SERVER_URL} unreachable; server tests are SKIPPED.`);
    available = false;
  } finally {
    await sql.end({ timeout: 1 });
  }
  return available;
}

export interface TestDatabase {
  url: string;
  sql: postgres.Sql;
  drop(): Promise<void>;
}

export async function createDatabase(prefix = 'sg'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const sql = postgres(url.href, { max: 2, onnotice: () => {} });
  return {
    url: url.href,
    sql,
    async drop() {
      await sql.end({ timeout: 1 });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 1 });
    },
  };
}

