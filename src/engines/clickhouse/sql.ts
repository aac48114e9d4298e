/**
 * Small pieces of ClickHouse SQL text handling: quoting, UTC DateTime64 text, and a tokenizer
 * just good enough to read the head of an `ALTER TABLE` and to cut clauses out of
 * `system.tables.engine_full` without being fooled by strings or parentheses.
 */

/** Backtick-quoted identifier; ClickHouse escapes `\` and the backtick with a backslash. */
export function quoteIdent(name: string): string {
  return '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}

export function qualifiedName(database: string, table: string): string {
  return `${quoteIdent(database)}.${quoteIdent(table)}`;
}

/** `YYYY-MM-DD hh:mm:ss.sss` in UTC: what a DateTime64(3, 'UTC') column reads and prints. */
export function toDateTime64Text(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/** Inverse of toDateTime64Text; the columns are declared in UTC, so the text is UTC. */
export function fromDateTime64Text(text: string): Date {
  return new Date(text.replace(' ', 'T') + 'Z');
}

// ---- tokenizer --------------------------------------------------------------------------------

export type Token =
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'ident'; text: string; start: number; end: number } // quoted identifier, unquoted text
  | { kind: 'string'; text: string; start: number; end: number }
  | { kind: 'punct'; text: string; start: number; end: number };

/**
 * Lazily tokenizes ClickHouse SQL: skips whitespace and comments (`--`, `#`, `/* *\/`), reads
 * bare words, quoted identifiers (backticks, double quotes), single-quoted strings and single
 * punctuation characters. Parenthesis depth is left to the caller.
 */
export function* tokenize(sql: string): Generator<Token> {
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++;
    } else if (c === '#') {
      while (i < n && sql[i] !== '\n') i++;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (c === '`' || c === '"' || c === "'") {
      const start = i;
      let text = '';
      i++;
      while (i < n) {
        const d = sql[i]!;
        if (d === '\\' && i + 1 < n) {
          text += sql[i + 1];
          i += 2;
        } else if (d === c && sql[i + 1] === c) {
          text += c;
          i += 2;
        } else if (d === c) {
          i++;
          break;
        } else {
          text += d;
          i++;
        }
      }
      yield { kind: c === "'" ? 'string' : 'ident', text, start, end: i };
    } else if (/[A-Za-z_0-9$]/.test(c)) {
      const start = i;
      while (i < n && /[A-Za-z_0-9$]/.test(sql[i]!)) i++;
      yield { kind: 'word', text: sql.slice(start, i), start, end: i };
    } else {
      yield { kind: 'punct', text: c, start: i, end: i + 1 };
      i++;
    }
  }
}

const isWord = (token: Token | undefined, word: string) =>
  token?.kind === 'word' && token.text.toUpperCase() === word;

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
  const tokens = tokenize(sql);
  const next = () => {
    const r = tokens.next();
    return r.done ? undefined : r.value;
  };
  if (!isWord(next(), 'ALTER')) return null;
  if (!isWord(next(), 'TABLE')) return null;
  let name = next();
  if (isWord(name, 'IF')) {
    if (!isWord(next(), 'EXISTS')) return null;
    name = next();
  }
  if (!name || (name.kind !== 'word' && name.kind !== 'ident')) return null;
  const dot = next();
  if (dot?.kind === 'punct' && dot.text === '.') {
    const table = next();
    if (!table || (table.kind !== 'word' && table.kind !== 'ident')) return null;
    return { database: name.text, table: table.text };
  }
  return { database: null, table: name.text };
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
  for (const token of tokenize(text)) {
    if (token.kind !== 'punct') continue;
    if (token.text === '(' || token.text === '[') depth++;
    else if (token.text === ')' || token.text === ']') depth--;
    else if (token.text === separator && depth === 0) {
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
  for (const token of tokenize(engineFull)) {
    if (token.kind === 'punct') {
      if (token.text === '(' || token.text === '[') depth++;
      else if (token.text === ')' || token.text === ']') depth--;
      continue;
    }
    if (depth !== 0 || token.kind !== 'word') continue;
    const word = token.text.toUpperCase();
    if (start < 0 && word === 'TTL') start = token.end;
    else if (start >= 0 && word === 'SETTINGS') return engineFull.slice(start, token.start).trim() || null;
  }
  return start >= 0 ? engineFull.slice(start).trim() || null : null;
}
