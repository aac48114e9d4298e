import { databaseMessage, SchemagateError } from '../../errors.js';
import { isTransientConnectionError } from '../retry.js';

/**
 * How a Postgres error reads to the core. postgres.js reports a lost socket with its own codes;
 * the server reports a terminated session (`pg_terminate_backend`, a failover, an idle killer)
 * with SQLSTATE 57P01/57P02, and its "try again" states with 57P03/53300. All of them end the
 * session, and with it the advisory lock and any open transaction.
 */
const LOST_CODES = new Set([
  'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED',
  '57P01', // admin_shutdown: terminated by pg_terminate_backend or a shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting up
  '53300', // too_many_connections
]);

const sqlState = (error: unknown) => String((error as { code?: unknown } | null)?.code ?? '');

/** 57014 query_canceled: here, the server's or the role's statement_timeout. */
export const isStatementTimeout = (error: unknown) => sqlState(error) === '57014';

/** 53300 too_many_connections: the server's max_connections, or the role's or the database's CONNECTION LIMIT. */
export const isTooManyConnections = (error: unknown) => sqlState(error) === '53300';

export const isConnectionLoss = (error: unknown) =>
  isTransientConnectionError(error, LOST_CODES) || /^08/.test(sqlState(error));

/** What schemagate's own queries (journal, lock, introspection) need from the role. */
const PRIVILEGE_HINT =
  'schemagate needs a role that can CREATE on the database (for its journal schema) and USAGE, CREATE on that schema, ' +
  'plus INSERT, UPDATE, SELECT on its journal tables: GRANT CREATE ON DATABASE <db> TO <role>; or point `journal-schema` at a schema the role owns. ' +
  'A read-only role can run `plan` and `verify` only once the journal exists.';

/** A migration statement refused for a missing privilege or a read-only session: which privilege to grant. */
export function privilegeHint(error: unknown): { hint?: string } {
  const code = sqlState(error);
  if (code === '25006') return { hint: 'The session is read-only (a read-only role, a replica, or default_transaction_read_only): apply through the primary with a role that may write.' };
  if (code === '42501') return { hint: 'The role lacks a privilege this statement needs: GRANT it CREATE on the schema (or the database, for CREATE SCHEMA), or ownership of the table it alters; or run migrations as the schema owner.' };
  return {};
}

/**
 * A failure of one of schemagate's own queries, as an outcome: a lost session is `connection`, a
 * missing privilege or a read-only session is `config` with the privilege to grant, anything
 * else is `internal` (schemagate sent something the server rejected: a bug, not a connection).
 */
export function ownQueryFailure(error: unknown): SchemagateError {
  if (error instanceof SchemagateError) return error;
  const message = databaseMessage(error);
  if (isConnectionLoss(error)) {
    return new SchemagateError('connection', `Lost the connection to the database: ${message}`, {
      hint: 'The session ended (network, failover, or terminated on the server); the journal records how far the run got. Run again once the database is reachable.',
      cause: error,
    });
  }
  const code = sqlState(error);
  if (code === '25006') {
    return new SchemagateError('config', `The database is read-only for this session: ${message}`, {
      hint: 'A standby (replica), or default_transaction_read_only set on the database or role: point `database-url` at the primary, with a role that may write. `plan` and `verify` run read-only once the journal exists.',
      cause: error,
    });
  }
  if (code === '42501') {
    return new SchemagateError('config', `The database role lacks a privilege schemagate needs: ${message}`, { hint: PRIVILEGE_HINT, cause: error });
  }
  if (isStatementTimeout(error)) {
    // The server's or the role's statement_timeout, not the run's (`statement-timeout` applies to migrations).
    return new SchemagateError('config', `The server cancelled a query of schemagate's own: ${message}`, {
      hint: 'A statement_timeout set on the database or role (ALTER DATABASE / ALTER ROLE ... SET statement_timeout) is shorter than schemagate\'s own queries take, under load or waiting on a lock: raise or reset it for the role schemagate connects as, then run again.',
      cause: error,
    });
  }
  return new SchemagateError('internal', `A query schemagate sends failed on the server: ${message}`, {
    hint: 'This is a bug in schemagate or a journal changed outside it; report it with this message.',
    cause: error,
  });
}
