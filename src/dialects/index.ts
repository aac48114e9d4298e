import { changesClickHouseSession, lexClickHouse, skipClickHouseTrivia, splitClickHouse } from './clickhouse/lexer.js';
import type { Dialect } from './dialect.js';
import { addsEnumValue, changesSession, extensionCreated, lexPostgres, psqlOnly, refusesTransactionBlock, skipPostgresTrivia, splitPostgres, transactionCommand } from './postgres/lexer.js';
import { postgresSpelling } from './postgres/normalize.js';

/** The only place that maps a dialect's name to its lexer and splitter. */
const DIALECTS: Dialect[] = [
  {
    name: 'postgres',
    lex: lexPostgres,
    split: splitPostgres,
    skipTrivia: skipPostgresTrivia,
    spelling: postgresSpelling,
    extensionCreated,
    usableOnlyAfterCommit: addsEnumValue,
    transactionCommand,
    changesSession,
    refusesTransactionBlock,
    shellOnly: psqlOnly,
    // The rules and the parser (WASM) load on first use: a run that analyses nothing never pays for them.
    safetyRules: async () => {
      const [{ loadPostgresParser }, { analyzePostgresMigration }] = await Promise.all([import('./postgres/parser.js'), import('./postgres/safety.js')]);
      const parser = await loadPostgresParser();
      return (migration, context) => analyzePostgresMigration(migration, context, parser);
    },
  },
  {
    name: 'clickhouse',
    lex: lexClickHouse,
    split: splitClickHouse,
    skipTrivia: skipClickHouseTrivia,
    changesSession: changesClickHouseSession,
    safetyRules: async () => (await import('./clickhouse/safety.js')).analyzeClickHouseMigration,
  },
];

export function dialectFor(name: string): Dialect {
  const dialect = DIALECTS.find((d) => d.name === name);
  if (!dialect) throw new Error(`no dialect named ${name}`);
  return dialect;
}

export type { Dialect, SafetyRules, SchemaSpelling, TableRef, TransactionCommand } from './dialect.js';
export { LexError, lineOf } from './scan.js';
export { transactionBlocks } from './transaction-blocks.js';
export type { RawStatement } from './split.js';
