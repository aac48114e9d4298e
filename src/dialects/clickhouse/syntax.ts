import { lexClickHouse } from './lexer.js';
import type { Token } from '../scan.js';

/**
 * Reading ClickHouse SQL with its lexer: the head of an `ALTER TABLE`, and clauses cut out of
 * `system.tables.engine_full` without being fooled by strings or parentheses.
 */

/** Text the server wrote is well formed; a stray quote must not stop introspection. */
const tokens = (sql: string) => lexClickHouse(sql, { lenient: true });

const isWord = (token: Token | undefined, word: string) =>
  token?.type === 'word' && token.raw.toUpperCase() === word;

export interface TableRef {
  database: string | null;
  table: string;
}

/**
 * The table an `ALTER TABLE` statement targets, or null for any other statement. Every
 * `ALTER TABLE` may start mutations (UPDATE, DELETE, MATERIALIZE, CLEAR, MODIFY COLUMN, DROP
 * COLUMN...), so the caller watches `system.mutations` for that table around it.
 */
export function alterTableTarget(sql: string): TableRef | null {
  const stream = tokens(sql);
  const next = () => {
    const r = stream.next();
    return r.done ? undefined : r.value;
  };
  if (!isWord(next(), 'ALTER')) return null;
  if (!isWord(next(), 'TABLE')) return null;
  let name = next();
  if (isWord(name, 'IF')) {
    if (!isWord(next(), 'EXISTS')) return null;
    name = next();
  }
  if (!name || (name.type !== 'word' && name.type !== 'quoted')) return null;
  const dot = next();
  if (dot?.type === 'punct' && dot.raw === '.') {
    const table = next();
    if (!table || (table.type !== 'word' && table.type !== 'quoted')) return null;
    return { database: name.value, table: table.value };
  }
  return { database: null, table: name.value };
}

/**
 * Splits at the separator where it stands outside parentheses, brackets and quotes:
 * `a, cityHash64(b, c)` → `a`, `cityHash64(b, c)`. Empty input gives an empty list.
 */
export function splitTopLevel(text: string, separator = ','): string[] {
  if (text.trim() === '') return [];
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (const token of tokens(text)) {
    if (token.type !== 'punct') continue;
    if (token.raw === '(' || token.raw === '[') depth++;
    else if (token.raw === ')' || token.raw === ']') depth--;
    else if (token.raw === separator && depth === 0) {
      parts.push(text.slice(from, token.start).trim());
      from = token.end;
    }
  }
  parts.push(text.slice(from).trim());
  return parts;
}

/**
 * The table-level `TTL ...` clause of an `engine_full` text (`MergeTree ORDER BY id TTL d +
 * toIntervalDay(30) SETTINGS index_granularity = 8192` → `d + toIntervalDay(30)`), or null.
 * Only top-level keywords count, so a string or function argument spelling TTL is ignored.
 */
export function ttlClause(engineFull: string): string | null {
  let depth = 0;
  let start = -1;
  for (const token of tokens(engineFull)) {
    if (token.type === 'punct') {
      if (token.raw === '(' || token.raw === '[') depth++;
      else if (token.raw === ')' || token.raw === ']') depth--;
      continue;
    }
    if (depth !== 0 || token.type !== 'word') continue;
    const word = token.raw.toUpperCase();
    if (start < 0 && word === 'TTL') start = token.end;
    else if (start >= 0 && word === 'SETTINGS') return engineFull.slice(start, token.start).trim() || null;
  }
  return start >= 0 ? engineFull.slice(start).trim() || null : null;
}

/** `(id, ts)` and `id, ts` both mean the key [id, ts]; an explicit PRIMARY KEY keeps its parentheses. */
export function keyColumns(key: string): string[] {
  let text = key.trim();
  if (text.startsWith('(') && text.endsWith(')')) {
    let depth = 0;
    let wrapsAll = true;
    for (const token of tokens(text)) {
      if (token.type !== 'punct') continue;
      if (token.raw === '(') depth++;
      else if (token.raw === ')') {
        depth--;
        if (depth === 0 && token.end < text.length) wrapsAll = false;
      }
    }
    if (wrapsAll) text = text.slice(1, -1);
  }
  return splitTopLevel(text);
}
