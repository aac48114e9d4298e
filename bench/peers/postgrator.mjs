#!/usr/bin/env node
// postgrator is a library without a CLI of its own: this is the smallest script that runs it as a
// whole process, like the other tools. Usage: node postgrator.mjs DATABASE_URL MIGRATIONS_DIR
import path from 'node:path';
import postgres from 'postgres';
import Postgrator from 'postgrator';

const [url, dir] = process.argv.slice(2);
const sql = postgres(url, { max: 1, onnotice: () => {} });
try {
  const postgrator = new Postgrator({
    migrationPattern: path.join(dir, '*'),
    driver: 'pg',
    database: new URL(url).pathname.slice(1),
    execQuery: async (query) => ({ rows: await sql.unsafe(query) }),
    // A migration file holds several statements: the simple protocol runs them as one script.
    execSqlScript: async (script) => void (await sql.unsafe(script).simple()),
  });
  await postgrator.migrate();
} finally {
  await sql.end({ timeout: 5 });
}
