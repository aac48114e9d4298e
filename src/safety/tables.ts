import type { AnalysisContext } from './types.js';

/**
 * Which tables hold rows as the analysed statements go, for the dialects' rules: the ones the
 * statements created hold none, and (when the target's catalog was read) neither does one the
 * target lacks. A rename moves a table's rows to its new name. Keys are the dialect's
 * (`schema.table`, `database.table`).
 */
export class TableTracker {
  readonly newTables: Set<string>;
  /** `<table>.<column>` added to a table the statements so far did not create. */
  readonly newColumns: Set<string>;
  /** The target's tables under their names as of the statement. */
  existingTables: ReadonlySet<string>;
  /** Renamed tables of the target: current name → the target's name, under which its size is known. */
  tableOrigins: ReadonlyMap<string, string>;

  constructor(readonly context: AnalysisContext) {
    this.newTables = new Set(context.newTables);
    this.newColumns = new Set(context.newColumns);
    this.existingTables = context.existingTables;
    this.tableOrigins = context.tableOrigins ?? new Map();
  }

  /** The hits of one statement, each naming the target's table whose rows it is about when that was renamed. */
  traced<H extends { table?: string }>(hits: H[]): Array<H & { rowsOf?: string }> {
    if (this.tableOrigins.size === 0) return hits;
    return hits.map((hit) => {
      const origin = hit.table === undefined ? undefined : this.tableOrigins.get(hit.table);
      return origin === undefined ? hit : { ...hit, rowsOf: origin };
    });
  }

  /**
   * Whether the table holds rows and serves queries before the statement. Without a target,
   * anything not proven new is treated as existing: a rule missed costs more than a false alarm.
   */
  holdsRows(table: string): boolean {
    if (this.newTables.has(table)) return false;
    return !this.context.catalogKnown || this.existingTables.has(table);
  }

  /** A table under a new name: a new one stays new, the target's keeps its rows. */
  protected moved(from: string, to: string): void {
    if (this.newTables.delete(from)) {
      this.newTables.add(to);
    } else if (this.existingTables.has(from)) {
      const renamed = new Set(this.existingTables);
      renamed.delete(from);
      this.existingTables = renamed.add(to);
      const origins = new Map(this.tableOrigins);
      origins.delete(from);
      this.tableOrigins = origins.set(to, this.tableOrigins.get(from) ?? from);
    }
  }
}
