import type { TransactionCommand } from './dialect.js';

/**
 * A transactional migration's statements read for its own transaction blocks: `inside` is the
 * statements without its plain, balanced BEGIN ... COMMIT pairs (they can run inside one
 * enclosing transaction); `offending` is the first statement that cannot (a COMMIT without its
 * BEGIN, a BEGIN never committed, ROLLBACK, SET TRANSACTION...), with `inside` then all of them.
 */
export function transactionBlocks<T extends { sql: string }>(statements: readonly T[], command: (sql: string) => TransactionCommand | null): { inside: readonly T[]; offending: T | null } {
  const inside: T[] = [];
  let opened: T | null = null;
  for (const statement of statements) {
    const what = command(statement.sql);
    if (what === 'begin' && !opened) opened = statement;
    else if (what === 'commit' && opened) opened = null;
    else if (what !== null) return { inside: statements, offending: statement };
    else inside.push(statement);
  }
  return opened ? { inside: statements, offending: opened } : { inside, offending: null };
}
