import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import postgres from 'postgres';
import { configError, databaseMessage, SchemagateError } from '../../errors.js';
import { loadOptionalModule, optionalModulePath } from '../optional-module.js';
import { isConnectionLoss, isStatementTimeout, ownQueryFailure } from './errors.js';

/**
 * The few operations the Postgres engine needs, over either postgres.js (a server) or PGlite
 * (embedded, in-process). Everything above this file is identical for both.
 */
export interface PgConnection {
  /** A query of schemagate's own; one with parameters is prepared once per session, then only bound. */
  query<T extends object>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Run one migration statement as written (simple protocol: any statement, no parameters).
   * Returns the rows it changed, as its command tag counts them (0 for DDL).
   */
  exec(text: string): Promise<number>;
}

/** The session: queries, and transactions on it. */
export interface PgSession extends PgConnection {
  /**
   * A query's rows, each read from its values (in the order of its select list) as it arrives:
   * a large result (the journal of 10 000 migrations) builds no object per row, and keeps no
   * row's values once read.
   */
  queryValues<T>(text: string, read: (values: unknown[]) => T): Promise<T[]>;
  /**
   * Sends the queries back to back without waiting for an answer in between (one round trip on
   * a server), then waits for every answer; the first failure is thrown, after rolling back any
   * transaction the queries left open.
   */
  pipeline(queries: PgQuery[]): Promise<void>;
  transaction<T>(fn: (tx: PgTransaction) => Promise<T>, options?: PgTransactionOptions): Promise<T>;
  /**
   * What schemagate set for the whole session once it was open (`set_config(name, value, false)`):
   * a RESET ALL undoes these (it keeps the startup parameters), so restoringQueries sets them again.
   */
  readonly sessionSettings: Readonly<Record<string, string>>;
  /** Sets these for the whole session, and keeps them in `sessionSettings`. */
  setForSession(settings: Record<string, string>): Promise<void>;
  /** Asks the server to cancel the migration statements under way (`exec`); absent where nothing can be cancelled (PGlite runs in process). */
  cancelRunning?(): void;
  /**
   * Ends the session once its queries are answered. With `waitForServer: false` it returns at
   * once: the server ends the session in its own time (about 13 ms here) while the run goes on,
   * and the socket keeps the process alive until it has.
   */
  close(options?: { waitForServer?: boolean }): Promise<void>;
  /** A server's session (PGlite has none to look at from outside). */
  readonly session?: ServerSession;
}

/** This connection's session on a server, and how to reach that server again beside it. */
export interface ServerSession {
  /** The backend process serving this session, as pg_stat_activity and pg_locks name it. */
  pid: number;
  /**
   * Another session to the same database with the same credentials, named `purpose` for
   * pg_stat_activity: to watch this one while it runs a statement, or to probe for a pooler.
   */
  openAnother(purpose: string): Promise<PgSession>;
}

export interface PgQuery {
  text: string;
  params?: unknown[];
}

export interface PgTransactionOptions {
  /** Queries sent ahead of BEGIN in the same round trip ({@link PgSession.pipeline}); their failure fails the call before `fn` runs. */
  before?: PgQuery[];
  /** Settings local to the transaction (`set_config(name, value, true)`), sent with its BEGIN in the same round trip. */
  settings?: Record<string, string>;
  /**
   * Statements sent right behind BEGIN in the same round trip, before any answer is in; `fn`
   * must `exec` exactly these, in this order, and each `exec` returns its own statement's answer.
   * None may end the transaction (COMMIT, ROLLBACK...): inside it, the first failure aborts the
   * transaction and the server refuses every statement after it. Ignored where a round trip
   * costs nothing (PGlite).
   */
  ahead?: readonly string[];
  /**
   * The transaction the caller runs next if this one commits, opened right behind its COMMIT in
   * the same round trip (its BEGIN with these settings, these statements ahead). The session
   * keeps it open for the next `transaction` call with the same settings and statements and no
   * `before`, which takes it over instead of opening its own; any other call on the session
   * first rolls it back. So nothing of it commits unless that call commits it, and if this COMMIT
   * fails, the next call finds it and rolls it back. Ignored where a round trip costs nothing.
   */
  then?: { settings?: Record<string, string>; ahead: readonly string[] };
}

export interface PgTransaction extends PgConnection {
  /**
   * Sends a write whose answer is needed only later: it travels with whatever is sent next (the
   * COMMIT, for the journal row of a migration; the next migration's first statement, in a
   * batch). That next query's answer is taken only once the write's is in, and a failed write is
   * reported as itself, never as the failure of the query after it (which the aborted
   * transaction did not run); at the latest the commit fails with it, and the transaction rolls back.
   */
  queue(text: string, params: unknown[]): Promise<void>;
}

/**
 * A string literal that means the same whatever `standard_conforming_strings` says: in an E''
 * literal a backslash always escapes, so both it and the quote are doubled.
 */
const escapedLiteral = (text: string) => `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The settings as one query (`set_config(name, value, local)`), or null for none; transaction-local unless `local` is false. */
function settingsQuery(settings: Record<string, string> = {}, local = true): string | null {
  const entries = Object.entries(settings);
  if (entries.length === 0) return null;
  return `SELECT ${entries.map(([name, value]) => `set_config(${escapedLiteral(name)}, ${escapedLiteral(value)}, ${local})`).join(', ')}`;
}

/**
 * The queries that put a session back as schemagate opened it, after a migration changed it
 * (SET search_path, SET ROLE, pg_dump's preamble): the authenticated user with no role set, every
 * setting at its default (the role's, the database's, the startup parameters: RESET ALL keeps
 * them), then schemagate's own session settings again. Sent inside a transaction, they commit
 * with it; a rolled-back transaction takes its SETs back by itself.
 */
export function restoringQueries(session: Pick<PgSession, 'sessionSettings'>): PgQuery[] {
  const own = settingsQuery(session.sessionSettings, false);
  return [{ text: 'RESET SESSION AUTHORIZATION' }, { text: 'RESET ROLE' }, { text: 'RESET ALL' }, ...(own ? [{ text: own }] : [])];
}

/** `setForSession` of a session, over its `query`. */
function sessionSetter(query: (text: string) => Promise<unknown>, initial: Record<string, string> = {}): Pick<PgSession, 'sessionSettings' | 'setForSession'> {
  const sessionSettings: Record<string, string> = { ...initial };
  return {
    sessionSettings,
    async setForSession(settings) {
      const text = settingsQuery(settings, false);
      if (text) await query(text);
      Object.assign(sessionSettings, settings);
    },
  };
}

/** BEGIN and the settings as one simple query: opening a transaction costs one message and one answer. */
export function beginQuery(settings?: Record<string, string>): string {
  const set = settingsQuery(settings);
  return set ? `BEGIN; ${set}` : 'BEGIN';
}

/** The server refused a transaction's COMMIT (a deferred constraint, a serialization failure): the transaction rolled back. */
export class CommitRefused extends Error {
  constructor(readonly refusal: unknown) {
    super(databaseMessage(refusal), { cause: refusal });
    this.name = 'CommitRefused';
  }
}

interface OpenedTransaction {
  /** What it was opened with: a transaction asking for the same may take it over. */
  settings: Record<string, string>;
  /** BEGIN's answer. */
  opened: Promise<void>;
  /** The statements sent behind BEGIN, each with its answer, in order. */
  ahead: Array<{ text: string; answer: Promise<number> }>;
}

/** Whether a transaction opened ahead is the one asked for: the same settings, the same statements sent behind its BEGIN. */
function sameOpening(opened: OpenedTransaction, settings: Record<string, string> = {}, statements: readonly string[]): boolean {
  const names = Object.keys(settings);
  return (
    names.length === Object.keys(opened.settings).length &&
    names.every((name) => opened.settings[name] === settings[name]) &&
    statements.length === opened.ahead.length &&
    statements.every((text, i) => opened.ahead[i]!.text === text)
  );
}

/**
 * One postgres.js connection (max 1) with transactions run as plain BEGIN/COMMIT/ROLLBACK, and
 * nothing sent once the session is gone. postgres.js's reserved connections (`sql.begin`) write
 * their ROLLBACK to a socket the server has closed, which throws from a timer where no caller can
 * catch it (porsager/postgres#1208): a `pg_terminate_backend` mid-migration crashed the run. The
 * pool instead would reconnect silently, and a new session holds neither the advisory lock nor
 * the transaction, so after a loss every call fails as `connection` without being sent.
 * `sessionSettings`: what the session was given once open (connectServer's first query).
 */
function wrapPostgresJs(sql: postgres.Sql, session: SessionState, server?: ServerSession, sessionSettings: Record<string, string> = {}): PgSession {
  const send = async <T>(run: () => Promise<T>): Promise<T> => {
    if (session.lost) throw ownQueryFailure(Object.assign(new Error('the session to the database was lost earlier in this run'), { code: 'CONNECTION_CLOSED' }));
    try {
      return await run();
    } catch (error) {
      if (isConnectionLoss(error)) session.lost = true;
      throw error;
    }
  };
  // Called without awaiting, these are pipelined: postgres.js writes each query as it is issued
  // on its one connection (a prepared one needs no Parse/Describe round trip after its first use).
  const query = async <T extends object>(text: string, params: unknown[] = []) => {
    try {
      const options = params.length > 0 ? { prepare: true } : {};
      return (await send(() => sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], options))) as unknown as T[] & { command?: string };
    } catch (error) {
      throw ownQueryFailure(error);
    }
  };
  const queryValues = async <T>(text: string, read: (values: unknown[]) => T) => {
    const rows: T[] = [];
    try {
      await send(() => sql.unsafe(text).values().forEach((values) => void rows.push(read(values))));
    } catch (error) {
      throw ownQueryFailure(error);
    }
    return rows;
  };
  // Migration statements under way, which a stop cancels.
  const running = new Set<Promise<unknown>>();
  const exec = async (text: string) => {
    const statement = sql.unsafe(text).simple();
    running.add(statement);
    try {
      const result = await send(() => statement);
      return Number((result as { count?: unknown }).count ?? 0) || 0;
    } finally {
      running.delete(statement);
    }
  };
  /**
   * From a second session, as `pg_cancel_backend` (allowed on a session of one's own role): the
   * session's own socket is never reopened (socketsUntilEstablished), and the statement sent
   * behind the running one in a transaction fails with the aborted transaction.
   */
  const cancelRunning = () => {
    if (running.size === 0 || !server) return;
    void server
      .openAnother('stop')
      .then(async (other) => {
        try {
          await other.query('SELECT pg_cancel_backend($1)', [server.pid]);
        } finally {
          await other.close({ waitForServer: false });
        }
      })
      .catch(() => {}); // the run ends as it would have: the stop is still seen before the next statement
  };
  const rollback = async () => {
    if (!session.lost) await query('ROLLBACK').catch(() => {});
  };
  const pipeline = async (queries: PgQuery[]) => {
    const answers = queries.map((q) => query(q.text, q.params));
    try {
      await Promise.all(answers);
    } catch (error) {
      await rollback();
      throw error;
    }
  };
  /**
   * BEGIN and the statements written right behind it, before any answer is in. Should the opening
   * fail, they ran inside that BEGIN's transaction (BEGIN itself fails only with the session),
   * which the failed pipeline's ROLLBACK, written after them, undoes.
   */
  const open = (settings: Record<string, string> | undefined, statements: readonly string[], before: PgQuery[] = []): OpenedTransaction => {
    const opened = pipeline([...before, { text: beginQuery(settings) }]);
    const ahead = statements.map((text) => {
      const answer = exec(text);
      answer.catch(() => {}); // each is awaited by its own `exec`, or never once one has failed
      return { text, answer };
    });
    opened.catch(() => {}); // awaited by the transaction that takes it, or by the rollback of it
    return { settings: settings ?? {}, opened, ahead };
  };
  // A transaction opened behind the last COMMIT (PgTransactionOptions.then), until taken or rolled back.
  let waiting: OpenedTransaction | null = null;
  const take = (settings: Record<string, string> | undefined, statements: readonly string[]): OpenedTransaction | null => {
    const taken = waiting && sameOpening(waiting, settings, statements) ? waiting : null;
    if (taken) waiting = null;
    return taken;
  };
  // Its rollback while under way: every call made meanwhile waits for it too.
  let rollingBack: Promise<void> | null = null;
  const discard = (): Promise<void> => {
    const left = waiting;
    if (left) {
      waiting = null;
      // A failed opening has rolled itself back (pipeline); an open one holds the statements sent behind it.
      rollingBack = left.opened
        .then(() => true, () => false)
        .then((open) => (open ? rollback() : undefined))
        .finally(() => {
          rollingBack = null;
        });
    }
    return rollingBack ?? Promise.resolve();
  };
  /** Every call from outside first rolls back a waiting transaction it does not take. */
  const first = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => (waiting || rollingBack ? discard().then(() => fn(...args)) : fn(...args));
  return {
    query: <T extends object>(text: string, params?: unknown[]) => first(query<T>)(text, params),
    queryValues: first(queryValues),
    exec: first(exec),
    pipeline: first(pipeline),
    ...sessionSetter((text) => first(query)(text), sessionSettings),
    cancelRunning,
    async transaction<T>(fn: (tx: PgTransaction) => Promise<T>, options: PgTransactionOptions = {}) {
      const before = options.before ?? [];
      const taken = before.length === 0 ? take(options.settings, options.ahead ?? []) : null;
      if (!taken) await discard();
      const { opened, ahead } = taken ?? open(options.settings, options.ahead ?? [], before);
      await opened;
      const queued: Array<Promise<unknown>> = [];
      // Sent at once, behind the queued writes; their failure is reported first (it aborted the
      // transaction, so this never ran), this one's own answer only when they succeeded.
      const afterQueued = async <R>(next: () => Promise<R>): Promise<R> => {
        const earlier = queued.splice(0);
        const answer = next();
        if (earlier.length === 0) return answer;
        answer.catch(() => {});
        await Promise.all(earlier);
        return answer;
      };
      const tx: PgTransaction = {
        query: (text, params) => afterQueued(() => query(text, params)),
        exec: (text) => {
          if (ahead.length === 0) return afterQueued(() => exec(text));
          const next = ahead.shift()!;
          if (next.text !== text) throw ownQueryFailure(new Error('a statement sent ahead in the transaction was not the next one executed'));
          return afterQueued(() => next.answer);
        },
        queue: (text, params) => {
          const answer = query(text, params);
          answer.catch(() => {}); // awaited by whatever is sent next, at the latest the COMMIT
          queued.push(answer);
          return Promise.resolve();
        },
      };
      let inner = true;
      try {
        const result = await fn(tx);
        // Statements sent ahead that `fn` never took the answer of must not commit unseen.
        if (ahead.length > 0) throw ownQueryFailure(new Error(`${ahead.length} statement(s) sent ahead in the transaction were never executed`));
        inner = false;
        // A queued write that failed aborted the transaction, and the server answers the COMMIT
        // with ROLLBACK; the write's own error is thrown.
        const committed = afterQueued(async () => {
          try {
            return await query('COMMIT');
          } catch (error) {
            const cause = error instanceof SchemagateError ? error.cause : error;
            throw isConnectionLoss(cause) ? error : new CommitRefused(cause);
          }
        });
        // In the same write as the COMMIT; after a failed COMMIT it is rolled back by the next call.
        if (options.then) waiting = open(options.then.settings, options.then.ahead);
        const { command } = await committed;
        if (command !== 'COMMIT') throw ownQueryFailure(new Error(`the transaction ended with ${command ?? 'no answer'} instead of COMMIT`));
        return result;
      } catch (error) {
        // A failed COMMIT has ended the transaction already; a lost session rolled it back.
        if (inner) await rollback();
        throw error;
      }
    },
    async close(options) {
      const ended = sql.end({ timeout: 5 });
      if (options?.waitForServer === false) ended.catch(() => {});
      else await ended;
    },
    ...(server ? { session: server } : {}),
  };
}

/** The one server session of a run: lost once its connection closed, established once its first query answered. */
interface SessionState {
  lost: boolean;
  established: boolean;
}

export interface ServerConnectionOptions {
  applicationName: string;
  statementTimeoutMs?: number;
  connectTimeoutSeconds?: number;
}

/** Where postgres.js says to connect (its parsed options: a host and port per URL host, or a Unix socket path). */
interface SocketTarget {
  host: string[];
  port: number[];
  path?: string | false;
}

/**
 * postgres.js reconnects a pool whose connection closed and sends it the queries still waiting
 * in its queue (a prepared statement's first use holds back the queries pipelined behind it).
 * After a terminated session they ran on a new session, without the run's lock or transaction,
 * and the run waited for answers that never came. So sockets are opened only until the session
 * is established (postgres.js tries each host of a multi-host URL in turn), never after.
 */
function socketsUntilEstablished(session: SessionState) {
  let attempt = 0;
  return (target: SocketTarget): net.Socket => {
    if (session.established) {
      throw Object.assign(new Error('the session to the database was lost; a new session would hold neither the lock nor the transaction'), { code: 'CONNECTION_CLOSED' });
    }
    if (target.path) return net.connect(target.path);
    const i = attempt++ % target.host.length;
    return net.connect(target.port[i] ?? target.port[0]!, target.host[i]);
  };
}

export async function connectServer(url: string, options: ServerConnectionOptions): Promise<PgSession> {
  // One connection: the session advisory lock, the transactions and the journal writes must all
  // share the session that holds the lock.
  const session: SessionState = { lost: false, established: false };
  const sql: postgres.Sql = postgres(url, {
    max: 1,
    idle_timeout: 0,
    connect_timeout: options.connectTimeoutSeconds ?? 10,
    // No catalog query for array types before the first query (one round trip per session):
    // schemagate's own queries pass and read lists as JSON, never as Postgres arrays.
    fetch_types: false,
    onnotice: () => {},
    // A documented option its type declarations lack.
    ...({ socket: socketsUntilEstablished(session) } as object),
    onclose: () => {
      session.lost = true;
      // Queries still queued are failed as a lost connection (CONNECTION_DESTROYED), not left waiting.
      if (session.established) void sql.end({ timeout: 0 }).catch(() => {});
    },
    connection: {
      application_name: options.applicationName.slice(0, 63),
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
  let pid: number;
  let checked: boolean;
  try {
    // Postgres 14+: the server checks the client's socket while a statement runs, so a killed
    // run's long statement (and the lock its session holds) ends within seconds, not when the
    // statement would have finished. CASE evaluates the version first, so older servers never
    // see the name.
    const [row] = await wrapPostgresJs(sql, session).query<{ pid: number; checked: string | null }>(
      "SELECT pg_backend_pid() AS pid, CASE WHEN current_setting('server_version_num')::int >= 140000 THEN set_config('client_connection_check_interval', '2s', false) END AS checked",
    );
    pid = Number(row!.pid);
    checked = row!.checked !== null;
    session.established = true;
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    // The server's own statement_timeout cancelled this first query: the session was made, and
    // the setting (not the network) is what to fix. Any other failure is connecting's, retried as such.
    if (error instanceof SchemagateError && isStatementTimeout(error.cause)) throw error;
    throw error instanceof SchemagateError && error.cause !== undefined ? error.cause : error;
  }
  const openAnother = (purpose: string) => connectSecond(url, options.applicationName, purpose);
  return wrapPostgresJs(sql, session, { pid, openAnother }, checked ? { client_connection_check_interval: '2s' } : {});
}

/** A second session beside a run's own, named after it and `purpose` for pg_stat_activity. */
export const connectSecond = (url: string, applicationName: string, purpose: string) =>
  connectServer(url, { applicationName: `${applicationName.slice(0, 50)} (${purpose})`, connectTimeoutSeconds: 5 });

interface PGliteLike {
  query<T>(text: string, params?: unknown[], options?: { rowMode?: 'array' | 'object' }): Promise<{ rows: T[] }>;
  exec(text: string): Promise<Array<{ affectedRows?: number }>>;
  transaction<T>(fn: (tx: PGliteLike) => Promise<T>): Promise<T>;
  close?(): Promise<void>;
}

function wrapPGlite(db: PGliteLike): PgSession {
  const operations = (on: PGliteLike) => ({
    async query<T extends object>(text: string, params: unknown[] = []) {
      try {
        return (await on.query<T>(text, params)).rows;
      } catch (error) {
        throw ownQueryFailure(error);
      }
    },
    async exec(text: string) {
      try {
        return (await on.exec(text)).at(-1)?.affectedRows ?? 0;
      } catch (error) {
        throw explainMissingExtension(error);
      }
    },
  });
  const connection = operations(db);
  // In process there is no round trip to save: the same steps, one after another. A query
  // without parameters may hold several statements (`BEGIN; SELECT set_config(...)`), which
  // only the simple protocol (exec) runs.
  const pipeline = async (queries: PgQuery[]) => {
    try {
      for (const q of queries) {
        if (q.params?.length) await connection.query(q.text, q.params);
        else {
          await db.exec(q.text).catch((error: unknown) => {
            throw ownQueryFailure(error);
          });
        }
      }
    } catch (error) {
      await connection.query('ROLLBACK').catch(() => {});
      throw error;
    }
  };
  return {
    ...connection,
    async queryValues<T>(text: string, read: (values: unknown[]) => T) {
      try {
        return (await db.query<unknown[]>(text, [], { rowMode: 'array' })).rows.map(read);
      } catch (error) {
        throw ownQueryFailure(error);
      }
    },
    pipeline,
    ...sessionSetter((text) => connection.exec(text)),
    async transaction<T>(fn: (tx: PgTransaction) => Promise<T>, options: PgTransactionOptions = {}) {
      await pipeline(options.before ?? []);
      let ran = false;
      try {
        return await db.transaction(async (inner) => {
          const tx = operations(inner);
          const settings = settingsQuery(options.settings);
          if (settings) await tx.query(settings);
          const result = await fn({ ...tx, queue: async (text, params) => void (await tx.query(text, params)) });
          ran = true;
          return result;
        });
      } catch (error) {
        // Once `fn` has finished, only PGlite's COMMIT is left to fail (a deferred constraint), as on the server.
        throw ran ? new CommitRefused(error) : error;
      }
    },
    async close() {
      await db.close?.();
    },
  };
}

/** PGlite's data directory must be a directory (or not exist yet); its own error for a file is `[object Object]`. */
function preparePGliteDir(dataDir: string): void {
  const problem = (what: string) =>
    configError(`The pglite:// path ${dataDir} ${what}.`, { hint: 'Point the pglite:// URL at a directory (it is created when missing), e.g. pglite://.schemagate/dev.' });
  if (existsSync(dataDir) && !statSync(dataDir).isDirectory()) throw problem('is a file, not a directory');
  // A folder of something else (a source folder named by mistake) would get a Postgres cluster written into it.
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0 && !existsSync(path.join(dataDir, 'PG_VERSION'))) throw problem('is a folder with files in it but no database (no PG_VERSION)');
  try {
    mkdirSync(path.dirname(dataDir), { recursive: true });
  } catch (error) {
    throw problem(`cannot be created (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

const PGLITE = '@electric-sql/pglite';
/** PGlite ships each extension as `@electric-sql/pglite/contrib/<name>`, `-` spelled `_`. */
const contribModule = (extension: string) => `${PGLITE}/contrib/${extension.replace(/-/g, '_')}`;

/** The extensions the installed PGlite ships, as CREATE EXTENSION names them. */
export function pgliteExtensions(): string[] {
  const any = optionalModulePath(contribModule('pgcrypto'));
  if (!any) return [];
  const names = readdirSync(path.dirname(any)).flatMap((file) => /^(\w+)\.cjs$/.exec(file)?.slice(1) ?? []);
  return names.map((name) => (name === 'uuid_ossp' ? 'uuid-ossp' : name)).sort();
}

/**
 * PGlite's `extension "postgis" is not available` says neither that the embedded engine is the
 * reason nor what to do: the message gains both, and keeps the database's fields (code,
 * position) for the caller.
 */
function explainMissingExtension(error: unknown): unknown {
  const name = /extension "([^"]+)" is not available/.exec((error as Error | undefined)?.message ?? '')?.[1];
  if (!name || !(error instanceof Error)) return error;
  error.message =
    `${error.message}: the embedded Postgres (PGlite) does not ship the extension "${name}" ` +
    `(it ships: ${pgliteExtensions().join(', ') || 'none found'}). Replay on a disposable Postgres server that has it ` +
    '(`database-url`, with `replay: false`), or guard the statement for environments without it.';
  return error;
}

/** Loads the PGlite contrib modules for the extensions named; those PGlite lacks are left to CREATE EXTENSION to refuse. */
function contribExtensions(names: string[]): Record<string, unknown> {
  const extensions: Record<string, unknown> = {};
  for (const name of new Set(names.map((n) => n.toLowerCase()))) {
    const module = contribModule(name);
    if (!optionalModulePath(module)) continue;
    const loaded = loadOptionalModule<Record<string, unknown>>(module, `The extension ${name} on the embedded Postgres`);
    const exported = loaded[name.replace(/-/g, '_')];
    if (exported) extensions[name.replace(/-/g, '_')] = exported;
  }
  return extensions;
}

/**
 * `pglite://PATH` keeps its data in PATH; `pglite://memory` keeps it in memory. PGlite can
 * `CREATE EXTENSION` only for the extensions it was created with: those the migrations create.
 */
export async function connectPGlite(dataDir: string | null, options: { statementTimeoutMs?: number; extensions?: string[] } = {}): Promise<PgSession> {
  const { PGlite } = loadOptionalModule<{ PGlite: { create(dir?: string, options?: { extensions?: Record<string, unknown> }): Promise<PGliteLike> } }>(
    PGLITE,
    'The embedded Postgres (pglite:// URL)',
  );
  if (dataDir) preparePGliteDir(dataDir);
  const db = await PGlite.create(dataDir ?? undefined, { extensions: contribExtensions(options.extensions ?? []) });
  const connection = wrapPGlite(db);
  if (options.statementTimeoutMs) await connection.setForSession({ statement_timeout: String(Math.floor(options.statementTimeoutMs)) });
  return connection;
}
