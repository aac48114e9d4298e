import type { Blocker, StatementActivity, StatementProgress, StatementWatch } from '../engine.js';
import type { PgSession, ServerSession } from './connection.js';

/**
 * What the migration's session is doing, read from a second session (the first is busy running
 * the statement): the lock it waits for (pg_locks), who holds it (pg_blocking_pids and
 * pg_stat_activity), and how far a long statement has got (pg_stat_progress_create_index for
 * CREATE INDEX, pg_stat_progress_cluster for VACUUM FULL and CLUSTER). Only catalog reads; the
 * second session is opened on the first look and closed when the statement ends.
 */
const ACTIVITY_SQL = `
  SELECT
    (SELECT json_build_object('relation', coalesce(n.nspname || '.' || c.relname, l.locktype), 'mode', l.mode)
       FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE l.pid = $1 AND NOT l.granted LIMIT 1) AS waiting,
    (SELECT coalesce(json_agg(json_build_object(
         'pid', a.pid, 'application', a.application_name, 'user', a.usename, 'state', a.state,
         'transaction_ms', floor(extract(epoch FROM clock_timestamp() - a.xact_start) * 1000),
         'query', left(a.query, 1000)) ORDER BY a.pid), '[]'::json)
       FROM pg_stat_activity a WHERE a.pid = ANY (pg_blocking_pids($1))) AS blockers,
    (SELECT json_build_object('command', p.command, 'phase', p.phase, 'blocks_done', p.blocks_done, 'blocks_total', p.blocks_total,
         'tuples_done', p.tuples_done, 'tuples_total', p.tuples_total)
       FROM pg_stat_progress_create_index p WHERE p.pid = $1) AS create_index,
    (SELECT json_build_object('command', p.command, 'phase', p.phase, 'blocks_done', p.heap_blks_scanned, 'blocks_total', p.heap_blks_total,
         'tuples_done', p.heap_tuples_written, 'tuples_total', NULL)
       FROM pg_stat_progress_cluster p WHERE p.pid = $1) AS cluster`;

/** The longest excerpt of a blocker's query that is shown. */
export const QUERY_EXCERPT_CHARS = 80;

/**
 * The start of a query as it may be shown in a log: string literals and dollar-quoted bodies
 * hidden (they can hold a password: `ALTER ROLE … PASSWORD '…'`), whitespace collapsed, cut to
 * `max` characters. pg_stat_activity holds the query's text only, never its bind values.
 */
export function queryExcerpt(query: string, max = QUERY_EXCERPT_CHARS): string {
  const hidden = query
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?(?:\$\1\$|$)/g, () => '$$…$$')
    .replace(/'(?:[^']|'')*(?:'|$)/g, "'…'")
    .replace(/\s+/g, ' ')
    .trim();
  return hidden.length <= max ? hidden : `${hidden.slice(0, max - 1)}…`;
}

type Json = Record<string, unknown> | null;
const count = (value: unknown) => (value === null || value === undefined ? null : Number(value));

function toBlocker(raw: Record<string, unknown>): Blocker {
  return {
    pid: Number(raw.pid),
    applicationName: String(raw.application ?? ''),
    user: raw.user === null || raw.user === undefined ? null : String(raw.user),
    state: raw.state === null || raw.state === undefined ? null : String(raw.state),
    transactionMs: count(raw.transaction_ms),
    query: queryExcerpt(String(raw.query ?? '')),
  };
}

function toProgress(raw: Json): StatementProgress | null {
  if (!raw) return null;
  return {
    command: String(raw.command),
    phase: String(raw.phase),
    blocksDone: count(raw.blocks_done),
    blocksTotal: count(raw.blocks_total),
    tuplesDone: count(raw.tuples_done),
    tuplesTotal: count(raw.tuples_total),
  };
}

export function watchSession(session: ServerSession): StatementWatch {
  let side: Promise<PgSession> | null = null;
  return {
    async sample(): Promise<StatementActivity> {
      side ??= session.openAnother('watch');
      const [row] = await (await side).query<{ waiting: Json; blockers: Array<Record<string, unknown>>; create_index: Json; cluster: Json }>(ACTIVITY_SQL, [session.pid]);
      const waiting = row?.waiting;
      return {
        lockWait: waiting ? { relation: String(waiting.relation), mode: String(waiting.mode), blockers: (row.blockers ?? []).map(toBlocker) } : null,
        progress: toProgress(row?.create_index ?? null) ?? toProgress(row?.cluster ?? null),
      };
    },
    async close() {
      const connection = await side?.catch(() => null);
      await connection?.close();
    },
  };
}
