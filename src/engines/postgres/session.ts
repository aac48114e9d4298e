import type { Statement } from '../../types.js';
import { restoringQueries, type PgQuery, type PgSession } from './connection.js';

/**
 * Whether the migration statements run since the session was last put back may have changed it
 * beyond their transaction (a pg_dump preamble's `set_config('search_path', '', false)`, `SET
 * ROLE`, `SET statement_timeout = 0`). Such a change would outlive its migration: the next one
 * would create its tables in another schema, as another role, or without the run's timeouts, and
 * the journal row would be written as that role. So the session is put back after the migration,
 * before its journal row.
 */
export class SessionChanges {
  private changed = false;

  constructor(
    private readonly session: Pick<PgSession, 'sessionSettings'>,
    private readonly changesSession: (statement: string) => boolean,
  ) {}

  saw(statement: Statement): void {
    if (!this.changed && this.changesSession(statement.sql)) this.changed = true;
  }

  /** The queries that put the session back, once after a change; none when nothing changed. */
  restoring(): PgQuery[] {
    if (!this.changed) return [];
    this.changed = false;
    return restoringQueries(this.session);
  }
}
