import type { PostgresParser } from './parser.js';

/** What a `CREATE [UNIQUE] INDEX CONCURRENTLY` statement builds, read by Postgres's own parser. */
export interface ConcurrentIndex {
  /** As the catalog will hold it (unquoted, case-folded, cut to 63 bytes); null when Postgres picks the name. */
  name: string | null;
  /** The table's schema as written; null when the search path decides. */
  schema: string | null;
  table: string;
  unique: boolean;
  ifNotExists: boolean;
}

/** Cheap test before the parser (WASM) is needed: only a statement saying CONCURRENTLY can be one. */
export const mayBuildConcurrently = (sql: string) => /\bconcurrently\b/i.test(sql);

interface IndexStmt {
  idxname?: string;
  relation?: { schemaname?: string; relname?: string };
  unique?: boolean;
  concurrent?: boolean;
  if_not_exists?: boolean;
}

/** The index a statement builds concurrently, or null for any other statement (or one the parser refuses). */
export function concurrentIndexOf(parser: PostgresParser, sql: string): ConcurrentIndex | null {
  if (!mayBuildConcurrently(sql)) return null;
  let stmt: IndexStmt | undefined;
  try {
    const tree = parser.parse(sql) as { stmts?: Array<{ stmt?: { IndexStmt?: IndexStmt } }> };
    stmt = tree.stmts?.length === 1 ? tree.stmts[0]?.stmt?.IndexStmt : undefined;
  } catch {
    return null;
  }
  if (!stmt?.concurrent || !stmt.relation?.relname) return null;
  return {
    name: stmt.idxname ?? null,
    schema: stmt.relation.schemaname ?? null,
    table: stmt.relation.relname,
    unique: stmt.unique === true,
    ifNotExists: stmt.if_not_exists === true,
  };
}
