import { transactionBlocks, type Dialect } from '../dialects/index.js';
import { configError } from '../errors.js';
import type { Migration } from '../types.js';

/**
 * Refuses, before anything runs, a pending migration with a statement that opens, ends or
 * configures a transaction itself (plain BEGIN ... COMMIT blocks in a transactional file
 * excepted: they run inside schemagate's own, see sources/files.ts). schemagate runs a migration
 * in its own transaction with its journal row, or statement by statement with a journal row
 * each: a COMMIT midway would commit part of the migration apart from its journal row, and a
 * failure after it would be reported as rolled back; a BEGIN in a no-transaction file would take
 * the journal's rows into the file's own transaction. Only the migrations about to run are read:
 * the journal already says what the applied ones did.
 */
export function refuseTransactionControl(dialect: Dialect, migrations: readonly Migration[]): void {
  const command = dialect.transactionCommand;
  if (!command) return;
  const found = migrations.flatMap((migration) => {
    const statement = migration.transactional ? transactionBlocks(migration.statements, command).offending : migration.statements.find((s) => command(s.sql) !== null);
    return statement ? [{ migration, statement }] : [];
  });
  const [first, ...more] = found;
  if (!first) return;
  const { migration, statement } = first;
  const what = `"${statement.sql.split('\n', 1)[0]!.slice(0, 80)}"`;
  const why = migration.transactional
    ? 'ends or changes the transaction schemagate runs this migration in, with its journal row: what follows would run outside it, and a failure after it would leave the migration half applied while the journal said rolled back'
    : 'runs in a file that goes statement by statement (no transaction), where schemagate records each statement as it completes: those records would join the file\'s own transaction';
  throw configError(`${migration.file}:${statement.line}: ${what} ${why}.`, {
    location: { file: migration.file, line: statement.line },
    hint:
      'Pair each COMMIT with a BEGIN before it (or remove both): schemagate then runs the whole file in its own transaction, committed with its journal row. ' +
      'To commit part of it first, split the file into two migrations at this line. An isolation level (SET TRANSACTION, BEGIN ISOLATION LEVEL) cannot be honoured: remove it.' +
      (more.length > 0 ? ` Also: ${more.map((m) => `${m.migration.file}:${m.statement.line}`).join(', ')}.` : ''),
  });
}
