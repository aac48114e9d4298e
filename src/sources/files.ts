import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import type { Dialect, RawStatement } from '../dialects/index.js';
import { LexError, lineOf, transactionBlocks } from '../dialects/index.js';
import type { Token } from '../dialects/scan.js';
import { configError, type SchemagateError } from '../errors.js';
import type { BatchOptions, ChecksumAlgorithm, Migration, Statement } from '../types.js';
import { checkBatchStatements, parseBatchDirective, parseBatchTotal } from './batch.js';
import { checksumsOf, sha256Hex } from './checksum.js';

/**
 * Reading migration files, shared by every layout: bytes, checksums, statements, directives,
 * and deterministic directory listings.
 */

/** What every loader needs: the dialect that splits statements, and where relative paths start from. */
export interface LoadOptions {
  dialect: Dialect;
  cwd: string;
  /** Which checksum new journal rows record; default `sha256` (exact bytes). */
  checksum?: ChecksumAlgorithm;
}

/** What a layout makes of a file's text: the statements to run and, if the file says, its transaction mode. */
export interface ParsedMigration {
  statements: RawStatement[];
  /** False when the tool's own no-transaction marker is present. */
  transactional?: boolean;
}

export interface ReadExtra {
  drizzleWhen?: number;
  /** The layout's reading of the text; default: every statement of the file, split by the dialect. */
  parse?: (text: string, file: string) => ParsedMigration;
  /** An empty or comment-only file is a no-op migration (where the layout's own tool accepts one). */
  allowEmpty?: boolean;
  /** The file as annotations show it, when the layout knows it already (see shownIn). */
  file?: string;
  /** The file's text when the layout has read it already (detection): a file is read once per run. */
  text?: string;
  /**
   * Where the tool itself runs a file outside a transaction, from its statements, so schemagate
   * does too: `alone`, a file of one statement that cannot run in a transaction block (CREATE
   * INDEX CONCURRENTLY; Prisma sends a file as one script); `all`, a file whose every statement
   * cannot (Flyway's parser marks such statements, and runs a file of only those outside one).
   */
  outsideTransactionWhen?: 'alone' | 'all';
  /**
   * sqlx's marker is honoured: a file whose first line is `-- no-transaction` runs outside a
   * transaction (sqlx names its files `<version>_<name>.sql` or `.up.sql`, as plain and
   * golang-migrate folders do).
   */
  sqlxMarker?: boolean;
}

/** sqlx runs a migration whose text starts with this line outside a transaction. */
const SQLX_NO_TRANSACTION = /^-- no-transaction[ \t]*(?:\r?\n|$)/;

/**
 * Reads one migration file: checksum of its bytes, its statements, its directives. Shared by
 * every layout, which passes its own parse when sections or breakpoints decide the statements.
 */
export function readMigration(abs: string, identity: Pick<Migration, 'id' | 'kind' | 'name' | 'order'>, opts: LoadOptions, extra: ReadExtra = {}): Migration {
  const file = extra.file ?? relativeFile(abs, opts.cwd);
  const raw = checkedUtf8(extra.text ?? readText(abs, file), abs, file);
  const checksums = checksumsOf(raw);
  const algorithm = opts.checksum ?? 'sha256';
  const text = raw.replace(/^\uFEFF/, '');
  const directives = readDirectives(text, file);
  const parsed = extra.parse ? extra.parse(text, file) : { statements: refuseDownSection(splitFile(text, file, (sql) => opts.dialect.split(sql)), text, file) };
  const sqlxOutside = extra.sqlxMarker === true && SQLX_NO_TRANSACTION.test(text);
  const atlas = atlasDirectives(text, file);
  const transactional = directives.transactional && atlas.transactional && !sqlxOutside && parsed.transactional !== false && !runsOutsideTransaction(parsed.statements, opts.dialect, extra.outsideTransactionWhen);
  if (transactional) parsed.statements = withoutTransactionBlocks(parsed.statements, opts.dialect);
  refusePlaceholders(parsed.statements, file, opts.dialect);
  refuseShellOnly(parsed.statements, file, opts.dialect);
  if (parsed.statements.length === 0 && !extra.allowEmpty) {
    throw configError(`${file} contains no SQL statements`, {
      location: { file },
      hint: 'Add the statements of the migration, or delete the file if it is not needed.',
    });
  }
  const migration: Migration = {
    ...identity,
    file,
    path: abs,
    checksum: checksums[algorithm],
    checksumAlgorithm: algorithm,
    checksums,
    sql: text,
    statements: parsed.statements.map(toStatement),
    transactional,
  };
  if (directives.batch) {
    if (!migration.transactional) {
      throw configError(`${file}:${directives.batch.line}: schemagate:batch runs each batch in its own transaction, so the file cannot also run without one`, {
        location: { file, line: directives.batch.line },
        hint: 'Remove the no-transaction marker: a batch needs no transaction around the whole file, it makes its own short ones.',
      });
    }
    checkBatchStatements(parsed.statements, (sql) => opts.dialect.lex(sql), file, directives.batch);
    migration.batch = directives.batch;
  }
  if (extra.drizzleWhen !== undefined) migration.drizzleWhen = extra.drizzleWhen;
  return migration;
}

function runsOutsideTransaction(statements: RawStatement[], dialect: Dialect, when: ReadExtra['outsideTransactionWhen']): boolean {
  const refuses = (statement: RawStatement) => dialect.refusesTransactionBlock?.(statement.sql) === true;
  if (when === 'alone') return statements.length === 1 && refuses(statements[0]!);
  if (when === 'all') return statements.length > 0 && statements.every(refuses);
  return false;
}

/**
 * A transactional migration's own BEGIN ... COMMIT blocks (Prisma's enum migrations, files written
 * for psql) run inside schemagate's transaction, which commits the whole file with its journal
 * row: sent as written, the first COMMIT would end that transaction early, and the journal row
 * would commit apart from the migration. Only balanced, plain blocks are dropped; any other
 * transaction control is refused before it runs (core/transaction-control.ts).
 */
function withoutTransactionBlocks(statements: RawStatement[], dialect: Dialect): RawStatement[] {
  return dialect.transactionCommand ? [...transactionBlocks(statements, dialect.transactionCommand).inside] : statements;
}

/**
 * A template's placeholder (`${DATABASE}`, `{{.CLUSTER}}`, bun's `?ON_CLUSTER` and `?TableName`):
 * no SQL dialect has any of them outside a string or comment (a JSON operator `?` is followed by
 * a string or `|`/`&`, ClickHouse's `?:` by an expression in lower case as a rule). Sticky: it is
 * matched where a token starts.
 */
const PLACEHOLDER = /\$\{[^}\n]*\}|\{\{[^}\n]*\}\}|\?[A-Z][A-Za-z0-9_]*\b/y;

/**
 * A Go template's action (`{{ .Namespace }}`, `{{ index .Options "Namespace" }}`, supabase/auth's
 * files): never SQL, so it is a placeholder in a body of code too. A bare `{{name}}` is not one
 * there: a body may build a Mustache text.
 */
const GO_TEMPLATE_ACTION = /\{\{-?\s*(?:\.|(?:index|printf|print|if|else|end|range|with|template|define|block|len|eq|ne|not|and|or|slice|call)\b)[^}\n]*\}\}/;

/** River's marker, which its migrator replaces with `<schema>.`: a comment in code, but in a string it stays in the value. */
const RIVER_MARKER = /\/\*\s*TEMPLATE:\s*\w+\s*\*\//;

interface Placeholder {
  /** Its offset in the text searched. */
  at: number;
  text: string;
}

/** The first match of `pattern` in a token's own text, at its offset in the text searched. */
function within(token: Token, pattern: RegExp): Placeholder[] {
  const match = pattern.exec(token.raw);
  return match ? [{ at: token.start + match.index, text: match[0] }] : [];
}

/** A placeholder that starts at `at` in `sql` (it may run past the token it starts in). */
function startingAt(sql: string, at: number): Placeholder[] {
  PLACEHOLDER.lastIndex = at;
  const match = PLACEHOLDER.exec(sql);
  return match ? [{ at, text: match[0] }] : [];
}

/** A dollar-quoted token that is code (`DO $$`, `DO LANGUAGE plpgsql $$`, a function's `AS $$`), not a text value. */
function isBody(previous: readonly Token[]): boolean {
  const word = (back: number) => {
    const token = previous[previous.length - back];
    return token?.type === 'word' ? token.value.toLowerCase() : null;
  };
  return word(1) === 'do' || word(1) === 'as' || (word(2) === 'language' && word(3) === 'do');
}

/**
 * What a template left unfilled in `sql`, by where it stands (none is SQL there): outside strings
 * and comments, in a quoted name (whose own quotes may end the token early: `"{{ index .Options
 * "Namespace" }}"`), River's marker in a string, and in a body of code a Go template's action and
 * River's marker in the body's strings. In a body (`inBody`) only its strings are looked at: the
 * body may be in another language.
 */
function placeholdersIn(sql: string, dialect: Dialect, inBody = false): Placeholder[] {
  const tokens = [...dialect.lex(sql)];
  return tokens.flatMap((token, i) => {
    if (token.type === 'string' && !token.raw.startsWith('$')) return within(token, RIVER_MARKER);
    if (inBody) return [];
    if (token.type === 'quoted') {
      const opening = token.raw.search(/\$\{|\{\{/);
      return [...(opening === -1 ? [] : startingAt(sql, token.start + opening)), ...within(token, RIVER_MARKER)];
    }
    if (token.type !== 'string') return startingAt(sql, token.start);
    if (!isBody(tokens.slice(Math.max(0, i - 3), i))) return [];
    const offset = token.start + token.raw.indexOf('$', 1) + 1;
    let inner: Placeholder[] = [];
    try {
      inner = placeholdersIn(token.value, dialect, true).map((p) => ({ ...p, at: offset + p.at }));
    } catch {
      // Not lexed as SQL (a body in another language): its strings are not SQL's.
    }
    return [...within(token, GO_TEMPLATE_ACTION), ...inner];
  });
}

/**
 * Migrations kept as templates (hyperdx's `${DATABASE}`, SigNoz's `{{.SIGNOZ_CLUSTER}}`,
 * supabase/auth's `{{ index .Options "Namespace" }}`, River's `/* TEMPLATE: schema *\/`) are
 * filled by their project's own tooling; run as written they fail on a syntax error, or worse,
 * run with the marker in a name or a value. Refused at load, where the first placeholder stands
 * (see placeholdersIn).
 */
function refusePlaceholders(statements: RawStatement[], file: string, dialect: Dialect): void {
  for (const statement of statements) {
    if (!statement.sql.includes('${') && !statement.sql.includes('{{') && !statement.sql.includes('TEMPLATE:') && !/\?[A-Z]/.test(statement.sql)) continue;
    const first = placeholdersIn(statement.sql, dialect).sort((a, b) => a.at - b.at)[0];
    if (!first) continue;
    const line = statement.line + lineOf(statement.sql, first.at) - 1;
    throw configError(`${file}:${line}: ${first.text} is a template placeholder, left unfilled: schemagate runs each migration as written`, {
      location: { file, line },
      hint: 'Write the value in the file, or render the templates into the migrations folder before schemagate runs (schemagate substitutes nothing).',
    });
  }
}

/** A statement only the engine's shell can run (psql's `\copy`, a COPY FROM STDIN data block): refused at its line, before anything runs. */
function refuseShellOnly(statements: RawStatement[], file: string, dialect: Dialect): void {
  if (!dialect.shellOnly) return;
  for (const statement of statements) {
    const what = dialect.shellOnly(statement.sql);
    if (!what) continue;
    throw configError(`${file}:${statement.line}: ${what} is run by psql, not by the server: schemagate sends each statement to the server as it is`, {
      location: { file, line: statement.line },
      hint: 'Write the rows as INSERT statements (pg_dump --inserts writes them so), or load data outside the migrations; for a meta-command, write the SQL it stands for; for a variable, the value (schemagate substitutes nothing).',
    });
  }
}

/**
 * The start of another tool's down section, however indented or cased, and whether schemagate
 * reads that tool's files (`format`). tern's marker ends the part it runs; sql-migrate's and
 * micrate's are goose's with another name.
 */
const DOWN_SECTIONS: ReadonlyArray<{ tool: string; layout: boolean; marker: RegExp }> = [
  { tool: 'dbmate', layout: true, marker: /^[ \t]*--[ \t]*migrate[ \t]*:[ \t]*down\b/im },
  { tool: 'goose', layout: true, marker: /^[ \t]*--[ \t]*\+goose[ \t]+down\b/im },
  { tool: 'node-pg-migrate', layout: true, marker: /^[ \t]*--[ \t-]*down[ \t]+migration\b/im },
  { tool: 'sql-migrate', layout: false, marker: /^[ \t]*--[ \t]*\+migrate[ \t]+down\b/im },
  { tool: 'micrate', layout: false, marker: /^[ \t]*--[ \t]*\+micrate[ \t]+down\b/im },
  { tool: 'tern', layout: false, marker: /^[ \t]*-{4}[ \t]*create[ \t]+above[ \t]*\/[ \t]*drop[ \t]+below[ \t]*-{4}/im },
];

/** Every marker in one pass over the file (each file of every load is searched): group i + 1 is DOWN_SECTIONS[i]. */
const DOWN_SECTION = new RegExp(DOWN_SECTIONS.map((section) => `(${section.marker.source})`).join('|'), 'im');

/**
 * A layout that runs the whole file must not run a down section: another tool's file read as
 * plain SQL (a `format` set by hand, a marker its tool would not see, a tool schemagate does not
 * read) would undo its own up section and be journaled as applied. A marker followed by comments
 * only runs nothing.
 */
function refuseDownSection(statements: RawStatement[], text: string, file: string): RawStatement[] {
  const match = DOWN_SECTION.exec(text);
  if (!match) return statements;
  const first = DOWN_SECTIONS[match.slice(1).findIndex((group) => group !== undefined)]!;
  const line = lineOf(text, match.index);
  if (!statements.some((s) => s.line > line)) return statements;
  throw configError(`${file}:${line}: "${match[0].trim()}" starts ${first.tool}'s down section, and this layout runs every statement of the file, the down section's included`, {
    location: { file, line },
    hint: first.layout
      ? `Set \`format\` to ${first.tool} (dbmate's, goose's and node-pg-migrate's markers start the line, in lower case for dbmate), or move the down section out of the file.`
      : `schemagate does not read ${first.tool}'s files: keep what is above this line as the migration and move the down section out of the file (schemagate only moves forward).`,
  });
}

/** Runs the engine's splitter, turning its SplitError into a config error that points at the file. */
export function splitFile(text: string, file: string, split: (sql: string) => RawStatement[]): RawStatement[] {
  try {
    return split(text);
  } catch (error) {
    if (error instanceof LexError) {
      throw configError(`${file}:${error.line}: ${error.message}`, {
        location: { file, line: error.line },
        hint: error.hint,
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * A statement of a file. Its hash is needed only to resume or to record progress, so it is
 * worked out when first read rather than for every statement of every applied migration.
 */
class FileStatement implements Statement {
  #hash: string | undefined;

  constructor(
    readonly index: number,
    readonly sql: string,
    readonly line: number,
  ) {}

  get hash(): string {
    return (this.#hash ??= sha256Hex(this.sql));
  }
}

const toStatement = (raw: RawStatement, index: number): Statement => new FileStatement(index, raw.sql, raw.line);

const KNOWN_DIRECTIVES = ['no-transaction', 'batch', 'batch-total'];
/** Directives about one statement, read where they stand by the safety rules (src/safety/suppression.ts). */
const STATEMENT_DIRECTIVES = ['allow'];

/**
 * `-- schemagate:<name>` comment lines configure a migration. They count only among the file's
 * leading comment lines; one found further down (or misspelt) is an error rather than silently
 * ignored, since a lost no-transaction would only surface as a failure at apply time. The
 * statement directives (`-- schemagate:allow <rule> <reason>`) belong next to their statement,
 * so they are accepted anywhere and left to the safety rules.
 */
/**
 * Atlas's file directives, in the comment lines above a file's first statement: `txmode none`
 * runs the file outside a transaction, as Atlas would; `txmode file` (its default) and `nolint`
 * change nothing here. A checkpoint (Atlas starts an empty database from it instead of the files
 * before it) and a custom delimiter (statements split on another text than `;`) cannot run as
 * written: refused at their line.
 */
function atlasDirectives(text: string, file: string): { transactional: boolean } {
  let transactional = true;
  if (!text.includes('atlas:')) return { transactional };
  for (const [i, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line !== '' && !line.startsWith('--')) break;
    const directive = /^--\s*atlas:(\w+)\s*(.*)$/.exec(line);
    if (!directive) continue;
    const [, name, value] = directive as unknown as [string, string, string];
    if (name === 'txmode' && value.trim().toLowerCase() === 'none') transactional = false;
    if (name === 'checkpoint' || name === 'delimiter') {
      throw configError(`${file}:${i + 1}: atlas:${name} ${name === 'checkpoint' ? 'marks a checkpoint, which Atlas runs instead of the files before it on an empty database' : `splits the file on ${JSON.stringify(value.trim())}, not on semicolons`}; schemagate runs every file in order, as written`, {
        location: { file, line: i + 1 },
        hint: name === 'checkpoint'
          ? 'Move the checkpoint file out of the migrations folder (schemagate runs the files it stands for), or the files before it if every database was built from the checkpoint (then run mode `baseline`).'
          : 'End each statement with a semicolon and remove the directive (a function body in dollar quotes needs no delimiter).',
      });
    }
  }
  return { transactional };
}

export function readDirectives(text: string, file: string): { transactional: boolean; batch?: BatchOptions } {
  let transactional = true;
  // Every directive spells this: a file without it (most files) needs no line-by-line reading.
  if (!text.includes('schemagate:')) return { transactional };
  let batch: BatchOptions | undefined;
  let total: { sql: string; line: number } | undefined;
  let leading = true;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, '').trim();
    const isComment = line.startsWith('--');
    if (line !== '' && !isComment) leading = false;
    const directive = /^--\s*schemagate:(\S*)(.*)$/.exec(line);
    if (!directive) return;
    const name = directive[1]!;
    if (STATEMENT_DIRECTIVES.includes(name)) return;
    const location = { file, line: i + 1 };
    if (!KNOWN_DIRECTIVES.includes(name)) {
      throw configError(`${file}:${i + 1}: unknown directive schemagate:${name}`, {
        location,
        hint: `Known directives: ${[...KNOWN_DIRECTIVES, ...STATEMENT_DIRECTIVES].map((d) => `-- schemagate:${d}`).join(', ')}.`,
      });
    }
    if (!leading) {
      throw configError(`${file}:${i + 1}: directive schemagate:${name} must come before the first statement`, {
        location,
        hint: 'Move it to the comment lines at the top of the file.',
      });
    }
    if (name === 'no-transaction') transactional = false;
    if (name === 'batch') batch = parseBatchDirective(directive[2]!, file, i + 1);
    if (name === 'batch-total') total = { sql: parseBatchTotal(directive[2]!, file, i + 1), line: i + 1 };
  });
  if (total && !batch) {
    throw configError(`${file}:${total.line}: schemagate:batch-total without schemagate:batch`, {
      location: { file, line: total.line },
      hint: 'Add `-- schemagate:batch` above it, or remove the line.',
    });
  }
  if (batch && total) batch.totalSql = total.sql;
  return { transactional, ...(batch ? { batch } : {}) };
}

/** Path relative to cwd with forward slashes, as GitHub annotations expect. */
export function relativeFile(abs: string, cwd: string): string {
  return path.relative(cwd, abs).split(path.sep).join('/');
}

/**
 * How a folder's files are shown: the folder's relative path, worked out once, and the file's
 * forward-slash path within it (path.relative resolves both paths in full, which 10 000
 * migrations paid for on every run).
 */
export function shownIn(root: string, cwd: string): (rel: string) => string {
  const shown = relativeFile(root, cwd);
  return (rel) => (rel === '' ? shown : shown === '' ? rel : `${shown}/${rel}`);
}

/**
 * A file's text, decoded as UTF-8 as it is read: no Buffer per file, which 10 000 migrations
 * paid for in reading and in garbage collection. See checkedUtf8.
 */
export function readText(abs: string, file: string): string {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch (error) {
    throw unreadable(abs, file, error as NodeJS.ErrnoException);
  }
}

/** Why a listed file could not be read: a symlink to nothing, a folder, no permission. */
function unreadable(abs: string, file: string, error: NodeJS.ErrnoException): Error {
  let target: string | null = null;
  try {
    target = fs.readlinkSync(abs);
  } catch {
    // not a symlink
  }
  const why =
    error.code === 'ENOENT' && target !== null
      ? `is a symlink to ${target}, which does not exist`
      : error.code === 'EACCES'
        ? 'cannot be read: permission denied'
        : `cannot be read (${error.code ?? error.message})`;
  return configError(`${file} ${why}`, {
    location: { file },
    hint: 'Restore the file (a symlink must lead to a file inside the repository), or remove it from the migrations folder.',
  });
}

/**
 * Invalid UTF-8 is decoded into U+FFFD, and then the text we run (and hash) is not the file. So
 * a text holding U+FFFD, which is rare, has its bytes checked. A NUL is refused too: Postgres
 * cannot receive one in a query (its protocol ends strings with it, and the server drops the
 * session as if the connection failed), and in a file of SQL it means a binary or corrupt file.
 */
function checkedUtf8(text: string, abs: string, file: string): string {
  if (text.includes('\uFFFD') && !isUtf8(fs.readFileSync(abs))) throw configError(`${file} is not valid UTF-8`, { location: { file }, hint: 'Save the file as UTF-8.' });
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const line = lineOf(text, nul);
    throw configError(`${file}:${line}: contains a NUL character (byte 0x00), which no SQL text holds`, {
      location: { file, line },
      hint: 'The file is binary or corrupt: restore its SQL text, saved as UTF-8, or remove the NUL.',
    });
  }
  return text;
}

export interface DirEntry {
  name: string;
  isDir: boolean;
  isLink: boolean;
  /** Neither a file nor a folder (a FIFO, a socket, a device): reading it could block forever. */
  isSpecial: boolean;
}

/** Directory entries sorted by name, symlinks resolved, so loading is deterministic. */
export function listDir(dir: string): DirEntry[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map((d) => {
      // A symlink is what it leads to; one that leads nowhere is read as a file, and its reader says so.
      const kind = d.isSymbolicLink() ? kindOf(path.join(dir, d.name)) : d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'special';
      return { name: d.name, isDir: kind === 'dir', isLink: d.isSymbolicLink(), isSpecial: kind === 'special' };
    })
    .sort((a, b) => compareStrings(a.name, b.name));
}

function kindOf(p: string): 'dir' | 'file' | 'special' {
  try {
    const stat = fs.statSync(p);
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'special';
  } catch {
    return 'file';
  }
}

/** `.sql` files under dir at any depth, as forward-slash paths relative to dir; `listing` is dir's own, when the caller has it. */
export function listSqlFiles(dir: string, prefix = '', seen: ReadonlySet<string> = new Set(), listing?: DirEntry[]): string[] {
  // A symlink back to a folder being listed would list it again and again (up to the OS's
  // ELOOP limit), each time as new migrations.
  const real = fs.realpathSync.native(dir);
  if (seen.has(real)) {
    throw configError(`${prefix.replace(/\/$/, '')} is a symlink loop: it leads back to a folder that contains it (${real}).`, {
      location: { file: prefix.replace(/\/$/, '') },
      hint: 'Remove the symlink; a migrations folder must hold each migration file once.',
    });
  }
  const inside = new Set([...seen, real]);
  return (listing ?? listDir(dir)).flatMap((entry) => {
    const rel = prefix + entry.name;
    if (entry.isDir) return listSqlFiles(path.join(dir, entry.name), `${rel}/`, inside);
    return isSqlFile(entry.name) && !entry.isSpecial ? [rel] : [];
  });
}

export const isSqlFile = (name: string) => name.toLowerCase().endsWith('.sql');

/** The programming language's extension of a file that may be a migration written in code (`.go`, `.ts`...), or null. */
export function codeExtension(name: string): string | null {
  if (name.endsWith('.d.ts')) return null;
  return /\.(go|[cm]?js|ts|py|rb|java|kt|rs|php|cs)$/i.exec(name)?.[1] ?? null;
}

/** The error for a migration written in code, which a layout reading SQL would skip. */
export function codeMigrationError(file: string, extension: string, layout: string): SchemagateError {
  return configError(`${file} is a migration written in code (.${extension}), which schemagate cannot run: read as a ${layout} folder, it would be skipped`, {
    location: { file },
    hint: 'Rewrite it as a SQL migration (its statements in a .sql file of the same version), or move it out of the migrations folder if it is not a migration.',
  });
}
export const stripSql = (name: string) => name.slice(0, -'.sql'.length);

/** Code-unit order, not locale order: the same on every machine. */
export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
