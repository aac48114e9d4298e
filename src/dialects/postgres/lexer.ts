import { scan, skipTrivia, type LexRules, type ScanOptions, type Token } from '../scan.js';
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

/**
 * The extensions a migration creates (`CREATE EXTENSION [IF NOT EXISTS] name`), as named: an
 * embedded engine loads those before running it. Read from tokens, so a comment or a string
 * spelling the words does not count.
 */
export function extensionsCreated(text: string): string[] {
  const words = [...lexPostgres(text, { lenient: true })];
  const found: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const word = (at: number) => (words[at]?.type === 'word' ? words[at].raw.toLowerCase() : null);
    if (word(i) !== 'create' || word(i + 1) !== 'extension') continue;
    let at = i + 2;
    if (word(at) === 'if' && word(at + 1) === 'not' && word(at + 2) === 'exists') at += 3;
    const name = words[at];
    if (name?.type === 'word') found.push(name.raw.toLowerCase());
    else if (name?.type === 'quoted') found.push(name.value);
  }
  return found;
}
