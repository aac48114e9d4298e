import type { RawStatement } from '../engines/engine.js';

/**
 * Splits a migration file into statements with a single-pass lexer that knows just enough of
 * each dialect's quoting to tell a statement-ending `;` from one inside a string, identifier,
 * comment or body. It never validates SQL: the database does that, with the line we give it.
 */

export type Dialect = 'postgres' | 'clickhouse';

export class SplitError extends Error {
  constructor(
    message: string,
    /** 1-based line where the offending construct (or statement) starts. */
    readonly line: number,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'SplitError';
  }
}

export function splitSql(text: string, dialect: Dialect): RawStatement[] {
  return new Splitter(text, dialect).run();
}

/**
 * Offset of the first character at or after `from` that is neither whitespace nor part of a
 * comment, or `text.length`. Lets callers that cut statements by other means (drizzle's
 * breakpoint markers) point a statement's line at its first token, as the splitter does.
 */
export function skipTrivia(text: string, dialect: Dialect, from = 0): number {
  const lexer = new Splitter(text, dialect);
  lexer.pos = from;
  lexer.skipTrivia();
  return lexer.pos;
}

/** 1-based line of `offset`; `\r\n`, `\n` and a lone `\r` each end a line. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
  }
  return line;
}

const LF = 10;
const CR = 13;

interface StatementState {
  /** Offset of the first token, or -1 while only whitespace and comments have been seen. */
  start: number;
  /** End of the last token: trailing comments are left out so the text ends where the SQL does. */
  end: number;
  /** The first few bare words, lower-cased: enough to recognise CREATE FUNCTION and INSERT. */
  words: string[];
  prevWord: string;
  parenDepth: number;
  /** Open BEGIN ATOMIC (and CASE inside one) blocks, whose `;` do not end the statement. */
  atomicDepth: number;
  /** ClickHouse INSERT: past SELECT/WITH/VALUES, where a FORMAT word no longer introduces data. */
  insertBodySeen: boolean;
}

const freshStatement = (): StatementState => ({
  start: -1,
  end: -1,
  words: [],
  prevWord: '',
  parenDepth: 0,
  atomicDepth: 0,
  insertBodySeen: false,
});

class Splitter {
  pos = 0;
  private stmt = freshStatement();
  private readonly out: RawStatement[] = [];
  private readonly lineStarts: number[];

  constructor(
    private readonly text: string,
    private readonly dialect: Dialect,
  ) {
    this.lineStarts = lineStarts(text);
  }

  run(): RawStatement[] {
    const { text } = this;
    while (this.pos < text.length) {
      if (this.skipTrivia()) continue;
      const stmt = this.stmt;
      // Like psql: a `;` inside parentheses (CREATE RULE ... DO (a; b)) or an atomic body is not an end.
      if (text[this.pos] === ';' && stmt.parenDepth === 0 && stmt.atomicDepth === 0) {
        this.finishStatement();
        this.pos++;
        continue;
      }
      if (stmt.start < 0) stmt.start = this.pos;
      this.token();
      stmt.end = this.pos;
    }
    this.finishStatement();
    return this.out;
  }

  /** Advances past whitespace and comments; returns whether it moved. */
  skipTrivia(): boolean {
    const from = this.pos;
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (isSpace(c)) this.pos++;
      else if (!this.skipComment()) break;
    }
    return this.pos !== from;
  }

  private skipComment(): boolean {
    const { text, pos } = this;
    const c = text[pos];
    const next = text[pos + 1];
    if (c === '-' && next === '-') {
      this.pos = endOfLine(text, pos);
      return true;
    }
    // ClickHouse's own lexer: `//` comments, and `#` only before a space or `!` (shebang).
    if (this.dialect === 'clickhouse' && ((c === '/' && next === '/') || (c === '#' && (next === ' ' || next === '!')))) {
      this.pos = endOfLine(text, pos);
      return true;
    }
    if (c === '/' && next === '*') {
      this.pos = this.blockCommentEnd(pos);
      return true;
    }
    return false;
  }

  /** Both dialects nest block comments, so `/* a /* b *\/ still comment *\/`. */
  private blockCommentEnd(start: number): number {
    const { text } = this;
    let depth = 0;
    let i = start;
    while (i < text.length) {
      if (text[i] === '/' && text[i + 1] === '*') {
        depth++;
        i += 2;
      } else if (text[i] === '*' && text[i + 1] === '/') {
        depth--;
        i += 2;
        if (depth === 0) return i;
      } else i++;
    }
    throw this.unterminated('/* comment', start, 'Close it with */ (block comments nest: each /* needs its own */).');
  }

  private token(): void {
    const { text, pos } = this;
    const clickhouse = this.dialect === 'clickhouse';
    const c = text[pos]!;
    const code = text.charCodeAt(pos);
    if (c === "'") {
      this.pos = this.quoted(pos, "'", clickhouse, 'quoted string');
    } else if (c === '"') {
      this.pos = this.quoted(pos, '"', clickhouse, 'quoted identifier');
    } else if (c === '`' && clickhouse) {
      this.pos = this.quoted(pos, '`', true, 'quoted identifier');
    } else if (c === '$') {
      this.pos = this.dollar(pos);
    } else if (isWordStart(code)) {
      this.word(pos);
      return;
    } else {
      if (c === '(') this.stmt.parenDepth++;
      else if (c === ')' && this.stmt.parenDepth > 0) this.stmt.parenDepth--;
      this.pos = pos + 1;
    }
    this.stmt.prevWord = '';
  }

  /**
   * A string or quoted identifier. Postgres doubles the quote to escape it (backslashes are
   * literal, except in E'' strings); ClickHouse accepts both doubling and backslash escapes.
   */
  private quoted(start: number, quote: string, backslashEscapes: boolean, kind: string): number {
    const { text } = this;
    let i = start + 1;
    while (i < text.length) {
      const c = text[i];
      if (backslashEscapes && c === '\\') i += 2;
      else if (c === quote) {
        if (text[i + 1] !== quote) return i + 1;
        i += 2;
      } else i++;
    }
    throw this.unterminated(kind, start, `Close the ${kind} that starts on this line (look for a stray ${quote}).`);
  }

  /** `$$...$$` / `$tag$...$tag$` bodies (ClickHouse calls them heredocs); `$1` is a parameter. */
  private dollar(start: number): number {
    const { text } = this;
    let i = start + 1;
    if (isWordStart(text.charCodeAt(i))) {
      while (isTagChar(text.charCodeAt(i))) i++;
    }
    if (text[i] !== '$') {
      while (isDigit(text.charCodeAt(i))) i++;
      return Math.max(i, start + 1);
    }
    const tag = text.slice(start, i + 1);
    const close = text.indexOf(tag, i + 1);
    if (close < 0) {
      throw this.unterminated(`dollar-quoted string ${tag}`, start, `Close the body with ${tag}.`);
    }
    return close + tag.length;
  }

  private word(start: number): void {
    const { text } = this;
    let i = start + 1;
    while (isWordChar(text.charCodeAt(i))) i++;
    this.pos = i;
    const word = text.slice(start, i).toLowerCase();
    // Postgres E'...' strings are the only ones where a backslash escapes the quote.
    if (word === 'e' && text[i] === "'" && this.dialect === 'postgres') {
      this.pos = this.quoted(i, "'", true, 'quoted string');
      this.stmt.prevWord = '';
      return;
    }
    const stmt = this.stmt;
    if (stmt.words.length < 4) stmt.words.push(word);
    if (this.dialect === 'postgres') this.trackAtomicBody(word);
    else this.rejectInsertFormat(word);
    stmt.prevWord = word;
  }

  /**
   * SQL-standard routine bodies (CREATE FUNCTION ... BEGIN ATOMIC ...; ...; END) hold `;`.
   * Same heuristic as psql, but keyed on BEGIN ATOMIC rather than any BEGIN; CASE ... END
   * inside the body must not close it early.
   */
  private trackAtomicBody(word: string): void {
    const stmt = this.stmt;
    if (stmt.parenDepth > 0 || !isRoutineDefinition(stmt.words)) return;
    if (word === 'atomic' && stmt.prevWord === 'begin') stmt.atomicDepth++;
    else if (word === 'case' && stmt.atomicDepth > 0) stmt.atomicDepth++;
    else if (word === 'end' && stmt.atomicDepth > 0) stmt.atomicDepth--;
  }

  /**
   * `INSERT ... FORMAT <name>` is followed by raw data in that format (CSV, JSONEachRow...),
   * which no SQL lexer can delimit and which the executor could not send as a query anyway.
   * FORMAT after SELECT/WITH/VALUES is an output format, and `format(` is the function.
   */
  private rejectInsertFormat(word: string): void {
    const stmt = this.stmt;
    if (stmt.words[0] !== 'insert' || stmt.insertBodySeen || stmt.parenDepth > 0) return;
    if (word === 'select' || word === 'with' || word === 'values') {
      stmt.insertBodySeen = true;
      return;
    }
    if (word !== 'format' || this.peekSignificant() === '(') return;
    throw new SplitError(
      'INSERT ... FORMAT with inline data is not supported in migrations',
      this.lineAt(stmt.start),
      'Use INSERT ... VALUES or INSERT ... SELECT instead (e.g. SELECT ... FROM format(CSV, $$...$$) or the s3/url table functions for bulk data).',
    );
  }

  private peekSignificant(): string | undefined {
    const saved = this.pos;
    this.skipTrivia();
    const c = this.text[this.pos];
    this.pos = saved;
    return c;
  }

  private finishStatement(): void {
    const { start, end } = this.stmt;
    if (start >= 0) this.out.push({ sql: this.text.slice(start, end), line: this.lineAt(start) });
    this.stmt = freshStatement();
  }

  private unterminated(kind: string, start: number, hint: string): SplitError {
    const line = this.lineAt(start);
    return new SplitError(`Unterminated ${kind} starting on line ${line}`, line, hint);
  }

  private lineAt(offset: number): number {
    // Binary search: the last line start at or before offset.
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) starts.push(i + 1);
  }
  return starts;
}

function isRoutineDefinition(words: string[]): boolean {
  const routine = (w: string | undefined) => w === 'function' || w === 'procedure';
  if (words[0] !== 'create') return false;
  return routine(words[1]) || (words[1] === 'or' && words[2] === 'replace' && routine(words[3]));
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** The BOM counts as whitespace so a file saved "with signature" splits like one without. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xfeff;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Both engines take any non-ASCII character as part of an identifier. */
const isWordStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0x80 && c !== 0xfeff);
const isTagChar = (c: number) => isWordStart(c) || isDigit(c);
/** `$` continues an identifier (`a$b`), which is why `x$$` never opens a dollar quote. */
const isWordChar = (c: number) => isTagChar(c) || c === 36;
