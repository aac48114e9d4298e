import { SchemagateError } from '../../errors.js';
import type { PgConnection, PgSession, ServerSession } from './connection.js';

/**
 * A transaction-mode pooler (PgBouncer `pool_mode = transaction`, Supavisor's transaction port)
 * hands a client a server session for one transaction at a time. schemagate's run needs one
 * session throughout: the migration lock is a session advisory lock (which, behind such a pooler,
 * stays on a pooled session that another client then holds, as authentik's and Atlas's issues
 * describe), and a no-transaction file bounds its lock waits with a session SET.
 *
 * Poolers do not announce themselves (PgBouncer's SHOW commands live on its admin console, a
 * different database), so the probe looks at the one thing that defines the mode: whether this
 * client's server session can serve another client. A second client opens a transaction and
 * asks which backend serves it; then this client asks again while that transaction is open.
 * Directly, or through a session-mode pool, the two are different backends and this client's
 * never changes. Through a transaction-mode pool, the second client gets the backend this client
 * was given (the pool reuses the most recently released one first), or this client is moved to
 * another backend, or it must wait for a free one: any of the three is proof. A pool that already
 * holds two backends (the probe's session opened beside this one's, so both were busy at once)
 * may hand the probe the other one and this client its own again; so the probe then lets go,
 * and this client asks once more: such a pool hands it the backend released last, the probe's.
 */

/** How long this client's `SELECT pg_backend_pid()` may take while the probe holds a backend: a direct session answers at once. */
const ANSWER_MS = 3000;

/** The probe's name in pg_stat_activity, after the run's own. */
export const PROBE_PURPOSE = 'pooler probe';

/**
 * True through a transaction-mode pooler; null when no second session could be opened (a role's
 * CONNECTION LIMIT, a full server), which proves nothing either way. `opened` is a probe session
 * opened beside the run's own (see postgresDriver.open); the probe opens one itself when that failed.
 */
export async function transactionPooled(connection: PgConnection, session: ServerSession, opened: Promise<PgSession | null> | null = null): Promise<boolean | null> {
  const probe = (await opened) ?? (await session.openAnother(PROBE_PURPOSE).catch(() => null));
  if (!probe) return null;
  let mine: Promise<unknown> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let inTransaction = false;
  const myPid = async () => Number((await connection.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0]!.pid);
  try {
    // Sent together: one round trip, and the pid is the one serving the transaction.
    inTransaction = true;
    const [, [other]] = await Promise.all([probe.query('BEGIN'), probe.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')]);
    if (Number(other!.pid) === session.pid) return true;
    mine = myPid();
    const waited = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ANSWER_MS)));
    const answer = await Promise.race([mine, waited]);
    if (answer === null || answer !== session.pid) return true;
    await probe.query('ROLLBACK');
    inTransaction = false;
    return (await myPid()) !== session.pid;
  } finally {
    clearTimeout(timer);
    // The ROLLBACK goes out before the session's end. The run does not wait for the server to
    // end the probe's session: that took 13 ms, before the lock, on every apply.
    if (inTransaction) void probe.query('ROLLBACK').catch(() => {});
    await probe.close({ waitForServer: false });
    // A query left waiting for a pooled backend gets one once the probe lets go.
    await mine?.catch(() => {});
  }
}

export const poolerRefusal = () =>
  new SchemagateError(
    'config',
    'The database URL leads through a connection pooler in transaction mode (PgBouncer, Supavisor): a second client was served by this run\'s server session, ' +
      'so the migration lock and the session settings schemagate relies on would not stay with this run. Nothing was run.',
    {
      hint:
        'Set `direct-url` (CLI: --direct-url or DIRECT_URL) to a direct connection to the database, or to a session-mode pool: ' +
        'on Supabase the direct or session-mode connection string (port 5432), with PgBouncer the server\'s own host and port. ' +
        'Keep `database-url` pointing at the pooler for your application.',
    },
  );
