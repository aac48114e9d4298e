import type { StatementEffects } from '../engine.js';
import type { PgConnection } from './connection.js';

/**
 * Which locks a statement took and which tables it rewrote, read from this backend's rows of
 * pg_locks and from pg_class.relfilenode before and after it, inside its transaction (locks are
 * held until the end of the transaction, so they are still there to read). Only catalog reads.
 */
const STATE_SQL = `
  SELECT n.nspname || '.' || c.relname AS "table", c.relfilenode::text AS filenode,
         coalesce(json_agg(l.mode) FILTER (WHERE l.mode IS NOT NULL), '[]') AS modes
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_locks l ON l.relation = c.oid AND l.locktype = 'relation' AND l.granted AND l.pid = pg_backend_pid()
  WHERE c.relkind IN ('r', 'p', 'm')
    AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
  GROUP BY 1, 2`;

interface TableState {
  filenode: string;
  modes: Set<string>;
}

async function readState(connection: PgConnection): Promise<Map<string, TableState>> {
  const rows = await connection.query<{ table: string; filenode: string; modes: string[] }>(STATE_SQL);
  return new Map(rows.map((r) => [r.table, { filenode: r.filenode, modes: new Set(r.modes) }]));
}

export async function observeStatement(connection: PgConnection, run: () => Promise<void>): Promise<StatementEffects> {
  const before = await readState(connection);
  await run();
  const after = await readState(connection);
  const effects: StatementEffects = { acquired: [], held: [], rewritten: [] };
  for (const [table, state] of after) {
    const earlier = before.get(table);
    for (const mode of state.modes) {
      effects.held.push({ table, mode });
      if (!earlier?.modes.has(mode)) effects.acquired.push({ table, mode });
    }
    if (earlier && earlier.filenode !== state.filenode) effects.rewritten.push(table);
  }
  return effects;
}
