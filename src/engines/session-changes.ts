import type { Statement } from '../types.js';

/**
 * Whether the migration statements run since the session was last put back may have changed it
 * beyond their transaction (dialect.changesSession): a pg_dump preamble's
 * `set_config('search_path', '', false)`, `SET ROLE`, ClickHouse's `SET` or `USE`. Such a change
 * would outlive its migration: the next one would create its tables in another schema or
 * database, as another role, with other settings, and the journal row could be written as that
 * role. So an engine puts its session back after the migration, before its journal row.
 */
export class SessionChanges {
  private changed = false;

  constructor(private readonly changesSession: (statement: string) => boolean) {}

  saw(statement: Statement): void {
    if (!this.changed && this.changesSession(statement.sql)) this.changed = true;
  }

  /** Whether the session must be put back now: true once after a change. */
  take(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }
}
