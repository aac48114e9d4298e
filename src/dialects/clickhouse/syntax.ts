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
 * The ALTER TABLE commands that change only the table's metadata and never start a mutation:
 * existing parts are left as they are (a new index or projection is built for new parts; old
 * ones need MATERIALIZE, which is a mutation).
 */
const METADATA_ONLY = new Set([
  'ADD COLUMN', 'ADD INDEX', 'ADD CONSTRAINT', 'ADD PROJECTION', 'DROP CONSTRAINT',
  'COMMENT COLUMN', 'MODIFY COMMENT', 'MODIFY SETTING', 'RESET SETTING',
]);

/**
 * The table whose mutations an `ALTER TABLE` may start, or null: another statement, or an ALTER
 * whose every command (`ADD COLUMN a ..., ADD INDEX i ...`) only changes metadata, which the
 * caller then need not watch `system.mutations` around.
 */
export function mutationTarget(sql: string): TableRef | null {
  const table = alterTableTarget(sql);
  if (!table) return null;
  const all = [...tokens(sql)];
  let i = 2; // past ALTER TABLE
  if (isWord(all[i], 'IF')) i += 2;
  i += all[i + 1]?.type === 'punct' && all[i + 1]!.raw === '.' ? 3 : 1;
  if (isWord(all[i], 'ON') && isWord(all[i + 1], 'CLUSTER')) i += 3;
  const commands: string[][] = [[]];
  let depth = 0;
  for (const token of all.slice(i)) {
    if (token.type === 'punct') {
      if (token.raw === '(' || token.raw === '[') depth++;
      else if (token.raw === ')' || token.raw === ']') depth--;
      else if (token.raw === ',' && depth === 0) {
        commands.push([]);
        continue;
      } else if (token.raw === ';' && depth === 0) continue;
    }
    const command = commands.at(-1)!;
    if (command.length < 2) command.push(token.type === 'word' ? token.raw.toUpperCase() : token.raw);
  }
  return commands.every((words) => METADATA_ONLY.has(words.join(' '))) ? null : table;
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

/** Clauses that may follow the engine in `engine_full`. */
const TABLE_CLAUSES = new Set(['ORDER', 'PARTITION', 'PRIMARY', 'SAMPLE', 'TTL', 'SETTINGS', 'COMMENT']);

/**
 * The engine's arguments in an `engine_full` text (`ReplacingMergeTree(ver, is_deleted) ORDER BY
 * id SETTINGS ...` → `ver, is_deleted`), or null when it has none. A replicated (or Cloud's
 * shared) engine's leading string arguments are its Keeper path and replica name: the
 * environment's, not the schema's, so they are left out.
 */
export function engineArguments(engineFull: string): string | null {
  let depth = 0;
  let open = -1;
  let close = -1;
  let name = '';
  for (const token of tokens(engineFull)) {
    if (token.type === 'punct') {
      if (token.raw === '(' || token.raw === '[') {
        if (depth === 0 && open < 0) open = token.end;
        depth++;
      } else if (token.raw === ')' || token.raw === ']') {
        depth--;
        if (depth === 0 && close < 0) close = token.start;
      }
      continue;
    }
    if (depth !== 0) continue;
    if (token.type === 'word' && TABLE_CLAUSES.has(token.raw.toUpperCase())) break;
    if (token.type === 'word' && name === '') name = token.raw;
  }
  if (open < 0 || close < 0) return null;
  let args = splitTopLevel(engineFull.slice(open, close));
  if (/^(Replicated|Shared)/.test(name)) {
    while (args.length > 0 && /^'.*'$/s.test(args[0]!)) args = args.slice(1);
  }
  return args.length > 0 ? args.join(', ') : null;
}

/**
 * What follows the column list of a `CREATE` query (`CREATE DICTIONARY d (id UInt64) PRIMARY
 * KEY id SOURCE(...)` → `PRIMARY KEY id SOURCE(...)`), or null when there is no column list.
 */
export function afterColumnList(createQuery: string): string | null {
  let depth = 0;
  for (const token of tokens(createQuery)) {
    if (token.type !== 'punct') continue;
    if (token.raw === '(') depth++;
    else if (token.raw === ')' && --depth === 0) return createQuery.slice(token.end).trim() || null;
  }
  return null;
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
