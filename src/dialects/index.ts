import { lexClickHouse, skipClickHouseTrivia, splitClickHouse } from './clickhouse/lexer.js';
import { analyzeClickHouseMigration } from './clickhouse/safety.js';
import type { Dialect } from './dialect.js';
import { extensionsCreated, lexPostgres, skipPostgresTrivia, splitPostgres } from './postgres/lexer.js';
import { postgresSpelling } from './postgres/normalize.js';
import { loadPostgresParser } from './postgres/parser.js';
import { analyzePostgresMigration } from './postgres/safety.js';

/** The only place that maps a dialect's name to its lexer and splitter. */
const DIALECTS: Dialect[] = [
  {
    name: 'postgres',
    lex: lexPostgres,
    split: splitPostgres,
    skipTrivia: skipPostgresTrivia,
    spelling: postgresSpelling,
    extensionsCreated,
    // The parser (WASM) loads on first use: a run that analyses nothing never pays for it.
    safetyRules: async () => {
      const parser = await loadPostgresParser();
      return (migration, context) => analyzePostgresMigration(migration, context, parser);
    },
  },
  {
    name: 'clickhouse',
    lex: lexClickHouse,
    split: splitClickHouse,
    skipTrivia: skipClickHouseTrivia,
    safetyRules: () => Promise.resolve(analyzeClickHouseMigration),
  },
];

export function dialectFor(name: string): Dialect {
  const dialect = DIALECTS.find((d) => d.name === name);
  if (!dialect) throw new Error(`no dialect named ${name}`);
  return dialect;
}

export type { Dialect, SafetyRules, SchemaSpelling, TableRef } from './dialect.js';
export { LexError, lineOf } from './scan.js';
export type { RawStatement } from './split.js';
