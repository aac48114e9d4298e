import { lineAt, lineStarts, type Token } from './scan.js';

/**
 * Cuts a migration file into statements on top-level `;`, from a dialect's tokens. A statement's
 * text runs from its first token to the end of its last one (comments around it are dropped, the
 * `;` is not kept) and its line is that of its first token.
 */

/** A statement as the splitter finds it, before it is numbered and hashed. */
export interface RawStatement {
  sql: string;
  /** 1-based line in the file where the statement's first token stands. */
  line: number;
}

/** What a dialect's statement rules see of the statement being read. */
export interface StatementState {
  /** The first few bare words, lower-cased: enough to recognise CREATE FUNCTION and INSERT. */
  words: string[];
  prevWord: string;
  parenDepth: number;
  /** Open blocks whose `;` do not end the statement (Postgres BEGIN ATOMIC ... END). */
  blockDepth: number;
  /** Free for a dialect's rules (ClickHouse: past the INSERT's SELECT/VALUES). */
  flags: Set<string>;
  /** 1-based line of the statement's first token. */
  line: number;
}

/** A dialect's hook, called for every bare word; it may update the state or throw a LexError. */
export type WordRule = (word: string, state: StatementState, next: () => Token | undefined) => void;

export function splitStatements(text: string, tokens: Iterable<Token>, onWord: WordRule): RawStatement[] {
  const starts = lineStarts(text);
  const out: RawStatement[] = [];
  let start = -1;
  let end = -1;
  let state: StatementState;
  const fresh = (): StatementState => ({ words: [], prevWord: '', parenDepth: 0, blockDepth: 0, flags: new Set(), line: 0 });
  state = fresh();
  const finish = () => {
    if (start >= 0) out.push({ sql: text.slice(start, end), line: state.line });
    start = -1;
    state = fresh();
  };

  const iterator = tokens[Symbol.iterator]();
  let lookahead: Token | undefined;
  const next = (): Token | undefined => {
    if (lookahead) {
      const token = lookahead;
      lookahead = undefined;
      return token;
    }
    const r = iterator.next();
    return r.done ? undefined : r.value;
  };
  const peek = () => (lookahead ??= next());

  for (let token = next(); token; token = next()) {
    // Like psql: a `;` inside parentheses (CREATE RULE ... DO (a; b)) or an atomic body is not an end.
    if (token.type === 'punct' && token.raw === ';' && state.parenDepth === 0 && state.blockDepth === 0) {
      finish();
      continue;
    }
    if (start < 0) {
      start = token.start;
      state.line = lineAt(starts, start);
    }
    end = token.end;
    if (token.type === 'punct') {
      if (token.raw === '(') state.parenDepth++;
      else if (token.raw === ')' && state.parenDepth > 0) state.parenDepth--;
    }
    if (token.type === 'word') {
      const word = token.raw.toLowerCase();
      if (state.words.length < 4) state.words.push(word);
      onWord(word, state, peek);
      state.prevWord = word;
    } else {
      state.prevWord = '';
    }
  }
  finish();
  return out;
}
