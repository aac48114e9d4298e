import { LexError, scan, skipTrivia, type LexRules, type ScanOptions, type Token } from '../scan.js';
import { splitStatements, type RawStatement, type StatementState } from '../split.js';

/**
 * ClickHouse's lexical rules: `--`, `//` and `# ` comments, nested block comments, backslash
 * escapes in strings and identifiers, backtick identifiers, heredocs (`$$...$$`).
 */
const CLICKHOUSE: LexRules = { hashAndSlashComments: true, backslashEscapes: true, backtickIdentifiers: true, escapeStrings: false };

export const lexClickHouse = (text: string, options?: ScanOptions): Generator<Token> => scan(text, CLICKHOUSE, options);

export const skipClickHouseTrivia = (text: string, from = 0): number => skipTrivia(text, CLICKHOUSE, from);

export function splitClickHouse(text: string): RawStatement[] {
  return splitStatements(text, lexClickHouse(text), rejectInsertFormat);
}

const PAST_INSERT_HEAD = 'insert-body';

/**
 * `INSERT ... FORMAT <name>` is followed by raw data in that format (CSV, JSONEachRow...),
 * which no SQL lexer can delimit and which the executor could not send as a query anyway.
 * FORMAT after SELECT/WITH/VALUES is an output format, and `format(` is the function.
 */
function rejectInsertFormat(word: string, state: StatementState, next: () => Token | undefined): void {
  if (state.words[0] !== 'insert' || state.flags.has(PAST_INSERT_HEAD) || state.parenDepth > 0) return;
  if (word === 'select' || word === 'with' || word === 'values') {
    state.flags.add(PAST_INSERT_HEAD);
    return;
  }
  if (word !== 'format' || next()?.raw === '(') return;
  throw new LexError(
    'INSERT ... FORMAT with inline data is not supported in migrations',
    state.line,
    'Use INSERT ... VALUES or INSERT ... SELECT instead (e.g. SELECT ... FROM format(CSV, $$...$$) or the s3/url table functions for bulk data).',
  );
}

/**
 * `SET` and `USE` change the session the statements after them run in (`SET DEFAULT ROLE`
 * changes a user instead): see Dialect.changesSession.
 */
export function changesClickHouseSession(statement: string): boolean {
  return /^(?:set|use)\b/i.test(statement) && !/^set\s+default\s+role\b/i.test(statement);
}
