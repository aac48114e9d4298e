import { scan, skipTrivia, type LexRules, type ScanOptions, type Token } from '../scan.js';
import type { TransactionCommand } from '../dialect.js';
import { splitStatements, type RawStatement, type StatementState } from '../split.js';

/** Postgres' lexical rules: `--` and nested block comments, `E''` escapes, dollar quoting. */
const POSTGRES: LexRules = { hashAndSlashComments: false, backslashEscapes: false, backtickIdentifiers: false, escapeStrings: true };

export const lexPostgres = (text: string, options?: ScanOptions): Generator<Token> => scan(text, POSTGRES, options);

export const skipPostgresTrivia = (text: string, from = 0): number => skipTrivia(text, POSTGRES, from);

export function splitPostgres(text: string): RawStatement[] {
  return splitStatements(text, lexPostgres(text), trackAtomicBody);
}

/**
 * SQL-standard routine bodies (CREATE FUNCTION ... BEGIN ATOMIC ...; ...; END) hold `;`.
 * Same heuristic as psql, but keyed on BEGIN ATOMIC rather than any BEGIN; CASE ... END
 * inside the body must not close it early.
 */
function trackAtomicBody(word: string, state: StatementState): void {
  if (state.parenDepth > 0 || !isRoutineDefinition(state.words)) return;
  if (word === 'atomic' && state.prevWord === 'begin') state.blockDepth++;
  else if (word === 'case' && state.blockDepth > 0) state.blockDepth++;
  else if (word === 'end' && state.blockDepth > 0) state.blockDepth--;
}

function isRoutineDefinition(words: string[]): boolean {
  const routine = (w: string | undefined) => w === 'function' || w === 'procedure';
  if (words[0] !== 'create') return false;
  return routine(words[1]) || (words[1] === 'or' && words[2] === 'replace' && routine(words[3]));
}

/** The statement's first words, lower case ('' for a token that is not a word), at most `count`. */
export function firstWords(statement: string, count: number): string[] {
  const words: string[] = [];
  for (const token of lexPostgres(statement, { lenient: true })) {
    words.push(token.type === 'word' ? token.raw.toLowerCase() : '');
    if (words.length === count) break;
  }
  return words;
}

/**
 * What a statement needs from psql that schemagate is not, or null: a backslash meta-command
 * (`\copy`, `\i`, `\set`), a psql variable (`:name`, `:'name'`, `:"name"`, which psql fills in
 * before it sends the statement), or `COPY ... FROM STDIN`, whose rows psql sends from the lines
 * after it (pg_dump's data blocks). Sent as they are, they fail or hang the session.
 */
export function psqlOnly(statement: string): string | null {
  const meta = /^\\([a-z!?]*)/i.exec(statement);
  if (meta) return `the psql meta-command \\${meta[1]}`;
  const variable = psqlVariable(statement);
  if (variable) return `the psql variable ${variable}, which psql fills in before sending the statement,`;
  if (!/^copy\b/i.test(statement)) return null;
  const words = firstWords(statement, 64);
  return words.some((word, at) => word === 'from' && words[at + 1] === 'stdin') ? 'COPY ... FROM STDIN, whose rows psql sends from the lines after it,' : null;
}

const CONTROL_START = /^(?:begin|start|commit|end|rollback|abort|set|prepare)\b/i;
const WORK_OR_TRANSACTION = new Set(['work', 'transaction']);

/**
 * What a statement does to the transaction it runs in (see TransactionCommand): `BEGIN`, `START
 * TRANSACTION`, `COMMIT`, `END`, plain; any other statement that opens, ends or configures one
 * (`ROLLBACK`, `ABORT`, `SET TRANSACTION`, a `BEGIN` with modes, `COMMIT AND CHAIN`, two-phase
 * commit); null for the rest, `SAVEPOINT`, `RELEASE` and `ROLLBACK TO` included, which stay
 * inside the transaction.
 */
export function transactionCommand(statement: string): TransactionCommand | null {
  // A statement starts at its first token: most need no lexing at all.
  if (!CONTROL_START.test(statement)) return null;
  const words = firstWords(statement, 8);
  const [first, second] = words;
  if (first === undefined) return null;
  const rest = words.slice(1);
  const plain = (from: string[]) => from.every((word) => WORK_OR_TRANSACTION.has(word)) && from.length <= 1;
  switch (first) {
    case 'begin':
      return plain(rest) ? 'begin' : 'other';
    case 'start':
      return second === 'transaction' ? (rest.length === 1 ? 'begin' : 'other') : null;
    case 'commit':
    case 'end':
      return plain(rest) ? 'commit' : 'other';
    case 'rollback':
    case 'abort':
      // ROLLBACK [WORK | TRANSACTION] TO [SAVEPOINT] name stays in the transaction.
      return rest.includes('to') ? null : 'other';
    case 'set':
      return second === 'transaction' ? 'other' : null;
    default: // prepare
      return second === 'transaction' ? 'other' : null;
  }
}

/** SET forms that last only for the transaction, or configure it: the session keeps nothing of them. */
const TRANSACTION_SCOPED_SET = new Set(['local', 'transaction', 'constraints']);

/**
 * Whether a statement may change its session beyond its transaction: `SET` (search_path, ROLE,
 * SESSION AUTHORIZATION, pg_dump's preamble), `RESET`, or `set_config(...)` (pg_dump's
 * `SELECT pg_catalog.set_config('search_path', '', false)`, a DO block's PERFORM). Read from
 * the text alone: a function that sets something inside itself is not seen.
 */
export function changesSession(statement: string): boolean {
  if (/\bset_config\s*\(/i.test(statement) || /^reset\b/i.test(statement)) return true;
  if (!/^set\b/i.test(statement)) return false;
  return !TRANSACTION_SCOPED_SET.has(firstWords(statement, 2)[1] ?? '');
}

/**
 * Whether Postgres refuses to run a statement inside a transaction block: CREATE/DROP INDEX
 * CONCURRENTLY, REINDEX ... CONCURRENTLY, DETACH PARTITION ... CONCURRENTLY, VACUUM, CREATE or
 * DROP DATABASE and TABLESPACE, ALTER SYSTEM.
 */
export function refusesTransactionBlock(statement: string): boolean {
  if (!/^(?:create|drop|reindex|alter|vacuum)\b/i.test(statement)) return false;
  const words = firstWords(statement, 64);
  const [first, second, third] = words;
  if (first === 'vacuum') return true;
  if ((first === 'create' || first === 'drop') && (second === 'database' || second === 'tablespace')) return true;
  if (first === 'alter' && second === 'system') return true;
  const concurrently = words.includes('concurrently');
  if (first === 'create') return concurrently && (second === 'index' || (second === 'unique' && third === 'index'));
  if (first === 'drop') return concurrently && second === 'index';
  if (first === 'reindex') return concurrently;
  return first === 'alter' && second === 'table' && concurrently && words.includes('detach');
}

/**
 * `ALTER TYPE name ADD VALUE ...`: Postgres refuses to use the new value ("unsafe use of new
 * value") until the transaction that added it has committed.
 */
export function addsEnumValue(statement: string): boolean {
  // Both words must be spelt in the text: most statements need no lexing at all.
  if (!/add\s+value/i.test(statement)) return false;
  const words = firstWords(statement, 12);
  if (words[0] !== 'alter' || words[1] !== 'type') return false;
  return words.some((word, at) => word === 'add' && words[at + 1] === 'value');
}

/**
 * The extension a statement creates (`CREATE EXTENSION [IF NOT EXISTS] name`), as named: an
 * embedded engine loads those before running the migrations. Read from the statement's first
 * tokens only (the lexer is lazy), so a comment or a string spelling the words does not count
 * and a long statement costs nothing.
 */
export function extensionCreated(statement: string): string | null {
  // The word must be spelt in the text: most statements need no lexing at all.
  if (!/extension/i.test(statement)) return null;
  const head: Token[] = [];
  for (const token of lexPostgres(statement, { lenient: true })) {
    head.push(token);
    if (head.length === 6) break;
  }
  const word = (at: number) => (head[at]?.type === 'word' ? head[at].raw.toLowerCase() : null);
  if (word(0) !== 'create' || word(1) !== 'extension') return null;
  const name = head[word(2) === 'if' && word(3) === 'not' && word(4) === 'exists' ? 5 : 2];
  if (name?.type === 'word') return name.raw.toLowerCase();
  return name?.type === 'quoted' ? name.value : null;
}

const LONE_COLON = /(?<!:):(?=[A-Za-z_'"])/;
/** What psql's `:` may stand before: a name, or one in quotes. */
const NAMED: ReadonlySet<string> = new Set(['word', 'string', 'quoted']);

/**
 * A lone `:` straight before a name or a quote, outside brackets: no SQL (an array slice
 * `a[1:n]` is in brackets, a cast is `::`, and `:` is no operator character), so psql's
 * interpolation (graphile-migrate's `:DATABASE_OWNER`). Bodies in dollar quotes are one token.
 */
function psqlVariable(statement: string): string | null {
  // Most statements have none, and a cast's `::` is not one: lexed only where the text could hold one.
  if (!LONE_COLON.test(statement)) return null;
  let brackets = 0;
  let previous: Token | undefined;
  for (const token of lexPostgres(statement, { lenient: true })) {
    if (token.raw === '[') brackets++;
    else if (token.raw === ']') brackets = Math.max(0, brackets - 1);
    else if (brackets === 0 && previous?.raw === ':' && token.start === previous.end && NAMED.has(token.type)) return `:${token.raw}`;
    previous = token;
  }
  return null;
}
