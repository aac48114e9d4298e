/**
 * The one SQL scanner. Each dialect configures it with its lexical rules (which comments, which
 * quotes, which escapes) and gets its lexer: one per dialect, serving the statement splitter, the
 * expression normaliser and statement analysis alike. It never validates SQL; it only knows
 * enough to tell a `;` that ends a statement from one inside a string, identifier, comment or body.
 */

export type TokenType = 'word' | 'quoted' | 'string' | 'number' | 'op' | 'punct' | 'param';

export interface Token {
  type: TokenType;
  /** The source text of the token, as written. */
  raw: string;
  /**
   * What the token means: a quoted identifier or a string without its quotes and escapes (a
   * dollar-quoted body without its tags); the raw text for every other token.
   */
  value: string;
  start: number;
  end: number;
}

export interface LexRules {
  /** ClickHouse: `//` comments, and `#` before a space or `!`. */
  hashAndSlashComments: boolean;
  /** ClickHouse: a backslash escapes in every string and quoted identifier. */
  backslashEscapes: boolean;
  /** ClickHouse: `` `name` `` identifiers. */
  backtickIdentifiers: boolean;
  /** Postgres: `E'...'` strings, the only ones where a backslash escapes. */
  escapeStrings: boolean;
}

/** An unterminated string, identifier, comment or body: with its 1-based line and a fix. */
export class LexError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'LexError';
  }
}

const LF = 10;
const CR = 13;

/** Offsets where lines start; `\r\n`, `\n` and a lone `\r` each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line of `offset`, by binary search over `starts`. */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** 1-based line of `offset` in `text`. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
  }
  return line;
}

/** The BOM counts as whitespace so a file saved "with signature" lexes like one without. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xfeff;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Both engines take any non-ASCII character as part of an identifier. */
const isWordStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0x80 && c !== 0xfeff);
const isTagChar = (c: number) => isWordStart(c) || isDigit(c);
/** `$` continues an identifier (`a$b`), which is why `x$$` never opens a dollar quote. */
const isWordChar = (c: number) => isTagChar(c) || c === 36;

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const OPERATOR = /[+\-*/<>=~!@#%^&|`?]+/y;
const PUNCTUATION = '()[],.;';

export interface ScanOptions {
  /** Offset to start at (default 0). */
  from?: number;
  /**
   * End an unterminated construct at the end of the text instead of throwing: for text the
   * database wrote (catalog expressions), which is well formed, or snapshot text read as is.
   */
  lenient?: boolean;
}

/**
 * Tokens of `text`, lazily: a caller that rejects a statement (ClickHouse `INSERT ... FORMAT`
 * with inline data) stops before the data is lexed as SQL. Whitespace and comments are skipped.
 */
export function* scan(text: string, rules: LexRules, options: ScanOptions = {}): Generator<Token> {
  const scanner = new Scanner(text, rules, options.lenient ?? false);
  scanner.pos = options.from ?? 0;
  for (;;) {
    scanner.skipTrivia();
    if (scanner.pos >= text.length) return;
    yield scanner.token();
  }
}

/**
 * Offset of the first character at or after `from` that is neither whitespace nor part of a
 * comment, or `text.length`.
 */
export function skipTrivia(text: string, rules: LexRules, from = 0): number {
  const scanner = new Scanner(text, rules, false);
  scanner.pos = from;
  scanner.skipTrivia();
  return scanner.pos;
}

class Scanner {
  pos = 0;
  private starts: number[] | null = null;

  constructor(
    private readonly text: string,
    private readonly rules: LexRules,
    private readonly lenient: boolean,
  ) {}

  skipTrivia(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (isSpace(c)) this.pos++;
      else if (!this.skipComment()) return;
    }
  }

  private skipComment(): boolean {
    const { text, pos } = this;
    const c = text[pos];
    const next = text[pos + 1];
    const lineComment =
      (c === '-' && next === '-') ||
      (this.rules.hashAndSlashComments && ((c === '/' && next === '/') || (c === '#' && (next === ' ' || next === '!'))));
    if (lineComment) {
      let i = pos;
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      this.pos = i;
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
    return this.unterminated('/* comment', start, 'Close it with */ (block comments nest: each /* needs its own */).');
  }

  token(): Token {
    const { text, pos, rules } = this;
    const c = text[pos]!;
    const code = text.charCodeAt(pos);
    if (c === "'") return this.quoted(pos, pos, "'", rules.backslashEscapes, 'string', 'quoted string');
    if (c === '"') return this.quoted(pos, pos, '"', rules.backslashEscapes, 'quoted', 'quoted identifier');
    if (c === '`' && rules.backtickIdentifiers) return this.quoted(pos, pos, '`', true, 'quoted', 'quoted identifier');
    if (c === '$') return this.dollar(pos);
    if (isWordStart(code)) return this.word(pos);
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number) return this.emit('number', pos, pos + number[0].length);
    if (c === ':' && text[pos + 1] === ':') return this.emit('punct', pos, pos + 2);
    if (PUNCTUATION.includes(c)) return this.emit('punct', pos, pos + 1);
    return this.operator(pos);
  }

  private emit(type: TokenType, start: number, end: number, value?: string): Token {
    this.pos = end;
    const raw = this.text.slice(start, end);
    return { type, raw, value: value ?? raw, start, end };
  }

  private word(start: number): Token {
    const { text } = this;
    let i = start + 1;
    while (isWordChar(text.charCodeAt(i))) i++;
    if (this.rules.escapeStrings && i === start + 1 && (text[start] === 'e' || text[start] === 'E') && text[i] === "'") {
      return this.quoted(start, i, "'", true, 'string', 'quoted string');
    }
    return this.emit('word', start, i);
  }

  /**
   * A string or quoted identifier. Postgres doubles the quote to escape it (backslashes are
   * literal, except in E'' strings); ClickHouse accepts both doubling and backslash escapes.
   */
  private quoted(start: number, open: number, quote: string, backslashEscapes: boolean, type: TokenType, kind: string): Token {
    const { text } = this;
    let value = '';
    let i = open + 1;
    while (i < text.length) {
      const c = text[i]!;
      if (backslashEscapes && c === '\\') {
        value += text[i + 1] ?? '';
        i += 2;
      } else if (c === quote) {
        if (text[i + 1] !== quote) return this.emit(type, start, i + 1, value);
        value += quote;
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    this.unterminated(kind, start, `Close the ${kind} that starts on this line (look for a stray ${quote}).`);
    return this.emit(type, start, text.length, value);
  }

  /** `$$...$$` / `$tag$...$tag$` bodies (ClickHouse calls them heredocs); `$1` is a parameter. */
  private dollar(start: number): Token {
    const { text } = this;
    let i = start + 1;
    if (isWordStart(text.charCodeAt(i))) {
      while (isTagChar(text.charCodeAt(i))) i++;
    }
    if (text[i] !== '$') {
      let end = start + 1;
      while (isDigit(text.charCodeAt(end))) end++;
      return this.emit(end > start + 1 ? 'param' : 'op', start, end);
    }
    const tag = text.slice(start, i + 1);
    const close = text.indexOf(tag, i + 1);
    if (close < 0) {
      this.unterminated(`dollar-quoted string ${tag}`, start, `Close the body with ${tag}.`);
      return this.emit('string', start, text.length, text.slice(i + 1));
    }
    return this.emit('string', start, close + tag.length, text.slice(i + 1, close));
  }

  /**
   * An operator as Postgres' lexer reads it: a run of operator characters, cut before a comment
   * start, and ending in `+` or `-` only if it holds one of `~!@#%^&|`?`.
   */
  private operator(start: number): Token {
    OPERATOR.lastIndex = start;
    const match = OPERATOR.exec(this.text);
    if (!match) return this.emit('op', start, start + 1);
    let op = match[0];
    const comment = op.search(/--|\/\*/);
    if (comment > 0) op = op.slice(0, comment);
    while (op.length > 1 && /[+-]$/.test(op) && !/[~!@#%^&|`?]/.test(op)) op = op.slice(0, -1);
    return this.emit('op', start, start + op.length);
  }

  /** Throws, unless lenient: then the construct runs to the end of the text. */
  private unterminated(kind: string, start: number, hint: string): number {
    if (this.lenient) return this.text.length;
    this.starts ??= lineStarts(this.text);
    const line = lineAt(this.starts, start);
    throw new LexError(`Unterminated ${kind} starting on line ${line}`, line, hint);
  }
}
