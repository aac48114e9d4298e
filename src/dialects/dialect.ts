import type { AnalysisContext, MigrationAnalysis } from '../safety/types.js';
import type { Migration } from '../types.js';
import type { Token } from './scan.js';
import type { RawStatement } from './split.js';

/**
 * What schemagate knows of an SQL dialect without a connection: how its text lexes and splits
 * into statements. Reading migrations, lints and snapshot normalisation go through this, so
 * none of them asks which engine it serves.
 */
export interface Dialect {
  readonly name: string;
  /** The dialect's lexer; throws LexError (with the line) on an unterminated construct. */
  lex(text: string): Iterable<Token>;
  /** Statements of a migration file; throws LexError on text it cannot split safely. */
  split(text: string): RawStatement[];
  /** Offset of the first token at or after `from`. */
  skipTrivia(text: string, from?: number): number;
  /** Canonical spellings for snapshot comparison, where the dialect has them. */
  readonly spelling?: SchemaSpelling;
  /** The extension a statement creates, where the dialect has them: an embedded engine loads those first. */
  extensionCreated?(statement: string): string | null;
  /**
   * Whether the rest of a transaction cannot use what a statement makes (Postgres: a new enum
   * value, `ALTER TYPE ... ADD VALUE`): a transaction-mode batch commits after its migration.
   */
  usableOnlyAfterCommit?(statement: string): boolean;
  /**
   * What a statement does to the transaction around it, where the dialect has transactions: a
   * migration's own plain BEGIN ... COMMIT blocks run inside schemagate's transaction, and any
   * other such statement is refused before it runs (see dialects/transaction-blocks.ts).
   */
  readonly transactionCommand?: (statement: string) => TransactionCommand | null;
  /**
   * Whether a statement may change its session beyond its transaction (Postgres: SET, RESET,
   * set_config; ClickHouse: SET, USE): the engine puts the session back after its migration, so
   * the next one (and the journal) runs as the run began, and a transaction-mode batch ends its
   * chunk there.
   */
  readonly changesSession?: (statement: string) => boolean;
  /** What a statement needs from the engine's own shell (psql) rather than its server, or null. */
  readonly shellOnly?: (statement: string) => string | null;
  /** Whether the engine refuses to run a statement inside a transaction block (CREATE INDEX CONCURRENTLY). */
  readonly refusesTransactionBlock?: (statement: string) => boolean;
  /** The dialect's safety rules, ready to analyse (loading a parser first where it needs one). */
  safetyRules(): Promise<SafetyRules>;
}

/** `begin` and `commit` plain (no modes, no chain); `other`: any other statement that opens, ends or configures a transaction. */
export type TransactionCommand = 'begin' | 'commit' | 'other';

/** Analyses one migration: its findings, and the tables that are new once it has run. */
export type SafetyRules = (migration: Migration, context: AnalysisContext) => MigrationAnalysis;

/** The table an expression belongs to: `"users"."score"` (drizzle) is `score` (the catalog). */
export interface TableRef {
  schema: string;
  name: string;
}

export interface IndexKey {
  /** A column name, or an expression when `isExpression`. */
  expression: string;
  isExpression: boolean;
  desc: boolean;
  nullsFirst: boolean;
  /** Operator class, if one was named; a type's default class counts as none. */
  opclass?: string | null;
  /** COLLATE, as SQL writes it (`"C"`), if not the column's own (an expression's: its type's default). */
  collation?: string | null;
}

export interface IndexFacts {
  unique: boolean;
  method: string;
  keys: IndexKey[];
  include?: string[];
  nullsNotDistinct?: boolean;
  where?: string | null;
  /** Storage parameters: `{ fillfactor: 70 }` or the catalog's `['fillfactor=70']`. */
  with?: Record<string, unknown> | string[] | null;
  /** A failed `CREATE INDEX CONCURRENTLY` leaves an index the planner does not use. */
  invalid?: boolean;
}

export interface UniqueFacts {
  columns: string[];
  nullsNotDistinct?: boolean;
  deferrable?: boolean;
  deferred?: boolean;
}

export interface ForeignKeyFacts {
  columns: string[];
  refSchema: string;
  refTable: string;
  refColumns: string[];
  onDelete?: string | null;
  onUpdate?: string | null;
  matchFull?: boolean;
  deferrable?: boolean;
  deferred?: boolean;
}

export interface PolicyFacts {
  permissive: boolean;
  /** `ALL`, `SELECT`, `INSERT`, `UPDATE`, `DELETE` (any case). */
  command: string;
  roles: string[];
  using?: string | null;
  withCheck?: string | null;
}

export interface SequenceFacts {
  increment: string | number;
  min: string | number;
  max: string | number;
  start: string | number;
  cache: string | number;
  cycle: boolean;
}

/**
 * A dialect's canonical text for schema objects, so a snapshot another tool wrote and the live
 * catalog compare as equal strings. Verification and snapshot readers use it without knowing
 * which dialect they hold.
 */
export interface SchemaSpelling {
  /** The name as the database keeps it (Postgres cuts identifiers at 63 bytes). */
  identifier(name: string): string;
  type(raw: string): string;
  defaultExpression(raw: unknown): string | null;
  expression(text: string, table: TableRef): string;
  index(index: IndexFacts, table: TableRef): string;
  unique(unique: UniqueFacts): string;
  foreignKey(fk: ForeignKeyFacts): string;
  enumValues(values: string[]): string;
  viewQuery(query: string): string;
  /** A view's query as a fingerprint of its canonical parse tree (loads the parser on first use). */
  viewQueryTree(query: string): Promise<string>;
  /** A row-level-security policy: `PERMISSIVE FOR SELECT TO public USING (owner = CURRENT_USER)`. */
  policy(policy: PolicyFacts, table: TableRef): string;
  /** A sequence's (or an identity column's) options: `increment 1 min 1 max 2147483647 start 1 cache 1 no cycle`. */
  sequence(sequence: SequenceFacts): string;
  /** A generated column's expression: `STORED price * quantity`. */
  generated(expression: string, kind: string, table: TableRef): string;
  /** A view's options, from `name=value` entries: `check_option=cascaded, security_barrier=true`, or `none`. */
  withOptions(entries: readonly string[]): string;
  /**
   * A part's definition as a snapshot that could not record the `unrecorded` properties wrote it
   * (Postgres: an index without its keys' COLLATE before snapshot version 8), so both sides of
   * such a snapshot's comparison leave them out.
   */
  readonly partWithout?: (kind: string, definition: string, unrecorded: ReadonlySet<string>) => string;
}
