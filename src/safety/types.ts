/**
 * What the safety rules report. A finding names one statement of one migration file; it is
 * pure data, so the caller decides how to gate, annotate and summarise.
 */

export type FindingSeverity = 'error' | 'warning';

export interface Finding {
  /** Rule id (see ruleDocs), squawk's name where the rule is the same. */
  rule: string;
  severity: FindingSeverity;
  /** The migration's file, as Migration.file (relative, forward slashes). */
  file: string;
  /** 1-based line in that file: where the offending clause starts when the parser says so. */
  line: number;
  /** The statement's text, as split from the file. */
  statement: string;
  /** `schema.table` (Postgres) or `database.table` (ClickHouse) the finding is about, when known. */
  table?: string;
  /** The target's name for that table when the pending statements renamed it: its size is read under this name. */
  rowsOf?: string;
  /** Why it hurts, specific to this statement. */
  message: string;
  /** The safe alternative. */
  fix: string;
  /** Set when a comment waives the finding: it is then reported, but does not fail the check. */
  suppressed?: { reason: string };
  /** The table's size on the target (plan with a database URL), read from catalog statistics. */
  size?: TableSize;
  /** What running the statement showed (replay on the embedded database, or the rehearsal). */
  observed?: ObservedEffect;
}

export interface TableSize {
  /** The planner's estimate (Postgres reltuples, ClickHouse total_rows); null when never analysed. */
  rows: number | null;
  bytes: number | null;
}

export interface ObservedEffect {
  /** Strongest lock the statement took on the table, as Postgres names it in docs (`ACCESS EXCLUSIVE`). */
  lock: string | null;
  /** The table got a new file: every row was rewritten. */
  rewrite: boolean;
  source: 'replay' | 'rehearsal';
}

/** The dialects that have safety rules (named in each rule's documentation). */
export type SafetyEngine = 'postgres' | 'clickhouse';

export interface AnalysisContext {
  /**
   * Tables that exist before the migration runs, `schema.table` (Postgres; unquoted names
   * lower-cased, as Postgres folds them) or `database.table` (ClickHouse). Filled by the caller
   * from the applied set or a replay. A table neither here nor created earlier in the analysed
   * migrations is still treated as existing: only a table proven new is exempt.
   */
  existingTables: ReadonlySet<string>;
  /**
   * `existingTables` was read from the target and is all of its tables: a table not in it holds
   * no rows and serves no query, so locking, rewriting or dropping it costs nothing. Without a
   * target (a replay-only preview) a table not proven new is treated as existing.
   */
  catalogKnown?: boolean;
  /** The target's indexes (`schema.index` → its table; Postgres), read with existingTables. */
  existingIndexes?: ReadonlyMap<string, string>;
  /** Of existingTables, those that store no rows of their own (views; ClickHouse materialized views that write TO a table). */
  rowlessTables?: ReadonlySet<string>;
  /** Tables created by earlier pending migrations; analyzeMigrations carries this forward. */
  newTables?: ReadonlySet<string>;
  /** Indexes created by earlier pending migrations (`schema.index` → its table), carried forward likewise. */
  newIndexes?: ReadonlyMap<string, string>;
  /** Columns (`schema.table.column`) added by earlier pending migrations, which hold nothing yet; carried forward likewise. */
  newColumns?: ReadonlySet<string>;
  /** The target's tables that earlier pending migrations renamed: new name → the target's name; carried forward likewise. */
  tableOrigins?: ReadonlyMap<string, string>;
  /** Schema (Postgres, default `public`) or database (ClickHouse, default `default`) of unqualified names. */
  defaultSchema?: string;
  /** ClickHouse: the configured cluster. When unset, ON CLUSTER is not checked. */
  cluster?: string;
}

/** One migration's findings, and which tables are new once it has run (for the next migration). */
export interface MigrationAnalysis {
  findings: Finding[];
  newTables: Set<string>;
  /** Indexes known by their table once this migration has run (see AnalysisContext.newIndexes). */
  newIndexes?: Map<string, string>;
  /** Columns added to existing tables once this migration has run (see AnalysisContext.newColumns). */
  newColumns?: Set<string>;
  /** The target's tables under their names once this migration has run (renamed ones under their new name). */
  existingTables?: ReadonlySet<string>;
  /** Renamed tables of the target once this migration has run (see AnalysisContext.tableOrigins). */
  tableOrigins?: ReadonlyMap<string, string>;
}
