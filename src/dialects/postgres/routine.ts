import { createHash } from 'node:crypto';
import { lexPostgres } from './lexer.js';
import type { PostgresParser } from './parser.js';

/**
 * A function's or procedure's body in a form that only its meaning changes: the parse tree
 * (Postgres's own parser; PL/pgSQL's for plpgsql bodies) without source positions, with the SQL
 * a PL/pgSQL body embeds respelled token by token, hashed. Re-indenting, re-wrapping or
 * commenting a body changes nothing; changing what it does changes the fingerprint. A body the
 * parser refuses (another language) is compared as its text with whitespace collapsed.
 */
export interface RoutineFacts {
  language: string;
  /** `prosrc`: the body as written (empty for a SQL-standard `BEGIN ATOMIC` body). */
  source: string;
  /** `pg_get_functiondef`: the whole CREATE statement. */
  definition: string;
}

const POSITIONS = new Set(['location', 'stmt_location', 'stmt_len', 'lineno']);

/** SQL text as its tokens, one space apart: `SELECT  a+1` and `SELECT a + 1` read the same. */
const tokensOf = (sql: string) =>
  [...lexPostgres(sql, { lenient: true })].map((t) => (t.type === 'word' ? t.raw.toLowerCase() : t.raw)).join(' ');

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !POSITIONS.has(key))
      .map(([key, v]) => [key, key === 'query' && typeof v === 'string' ? tokensOf(v) : canonical(v)]),
  );
}

function tree(parser: PostgresParser, routine: RoutineFacts): unknown {
  try {
    if (routine.language === 'plpgsql') return parser.parsePlPgSQL(routine.definition);
    if (routine.language === 'sql') return routine.source.trim() === '' ? parser.parse(routine.definition) : parser.parse(routine.source);
  } catch {
    // Not parseable by these parsers: compared as text below.
  }
  return { text: routine.source.replace(/\s+/g, ' ').trim() };
}

/** A canonical tree as the fingerprint snapshots compare: `parse tree 1a2b3c4d5e6f7a8b`. */
export function treeDigest(tree: unknown): string {
  return `parse tree ${createHash('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 16)}`;
}

export function routineFingerprint(parser: PostgresParser, routine: RoutineFacts): string {
  return treeDigest(canonical(tree(parser, routine)));
}
