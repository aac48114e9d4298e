import { firstWords } from '../../dialects/postgres/lexer.js';
import type { Statement } from '../../types.js';

/**
 * The commands that end or split a transaction block. After one of them the server runs what
 * follows outside the migration's transaction, where a failed statement no longer stops the next:
 * statements sent ahead would run past a failure.
 */
const TRANSACTION_CONTROL = new Set(['begin', 'start', 'commit', 'end', 'rollback', 'abort', 'savepoint', 'release', 'prepare']);

/**
 * Whether a migration's statements may be sent ahead inside its transaction
 * (PgTransactionOptions.ahead): none of them controls the transaction itself. `PREPARE name AS`
 * is refused with `PREPARE TRANSACTION`, since only the first word is read.
 */
export const mayRunAhead = (statements: readonly Statement[]): boolean => statements.every((s) => !TRANSACTION_CONTROL.has(firstWords(s.sql, 1)[0] ?? ''));
