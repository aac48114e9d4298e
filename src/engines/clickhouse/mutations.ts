import { setTimeout as sleep } from 'node:timers/promises';
import type { ChClient } from './client.js';
import type { TableRef } from '../../dialects/clickhouse/syntax.js';

/**
 * Mutations (`ALTER TABLE ... UPDATE/DELETE/MATERIALIZE/CLEAR/MODIFY COLUMN...`) return as
 * soon as they are queued (we send mutations_sync=0) and then rewrite parts in the background,
 * possibly for hours, possibly failing on every retry. A migration is only done when its
 * mutations are: the engine notes the table's mutation ids before the statement and afterwards
 * waits for the new ones, logging progress and failing on `latest_fail_reason`.
 */
export interface MutationWaitOptions {
  timeoutMs: number;
  log?: (message: string) => void;
  /** How often progress is logged while waiting (default 10 s). */
  progressEveryMs?: number;
  /** Longest pause between polls (default 2 s; polls start at 100 ms). */
  maxPollMs?: number;
}

interface MutationRow {
  mutation_id: string;
  command: string;
  is_done: number | boolean;
  parts_to_do: number | string;
  latest_fail_reason: string;
  latest_fail_error_code_name?: string;
}

const MUTATIONS_SQL = `SELECT mutation_id, command, is_done, parts_to_do, latest_fail_reason, latest_fail_error_code_name
FROM system.mutations WHERE database = {db:String} AND table = {table:String}`;

export function resolveTable(ref: TableRef, client: ChClient): { database: string; table: string } {
  return { database: ref.database ?? client.database, table: ref.table };
}

export async function mutationIds(client: ChClient, ref: TableRef): Promise<Set<string>> {
  const { database, table } = resolveTable(ref, client);
  const rows = await client.query<MutationRow>(MUTATIONS_SQL, { db: database, table });
  return new Set(rows.map((r) => r.mutation_id));
}

export class MutationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MutationError';
  }
}

export async function waitForMutations(
  client: ChClient,
  ref: TableRef,
  before: Set<string>,
  options: MutationWaitOptions,
): Promise<void> {
  const { database, table } = resolveTable(ref, client);
  const name = `${database}.${table}`;
  const started = Date.now();
  const progressEvery = options.progressEveryMs ?? 10_000;
  let lastLog = -Infinity;
  let pause = 100;
  for (;;) {
    const rows = (await client.query<MutationRow>(MUTATIONS_SQL, { db: database, table })).filter(
      (r) => !before.has(r.mutation_id),
    );
    const pending = rows.filter((r) => !Number(r.is_done));
    const failed = pending.find((r) => r.latest_fail_reason);
    if (failed) {
      // ClickHouse retries a failing mutation forever; the migration must not pretend it will pass.
      throw new MutationError(
        `Mutation ${failed.mutation_id} on ${name} failed: ${failed.latest_fail_reason.replace(/\s*\(version [^)]*\)\s*$/, '')}` +
          ` It is still queued and will be retried by the server; stop it with KILL MUTATION WHERE database = '${database}' AND table = '${table}' AND mutation_id = '${failed.mutation_id}'.`,
      );
    }
    if (pending.length === 0) return;
    const elapsed = Date.now() - started;
    const partsLeft = pending.reduce((sum, r) => sum + Number(r.parts_to_do), 0);
    if (elapsed >= options.timeoutMs) {
      throw new MutationError(
        `Mutation ${pending.map((r) => r.mutation_id).join(', ')} on ${name} is still running after ${Math.round(elapsed / 1000)}s (${partsLeft} parts left).` +
          ' It continues in the background; wait for it in system.mutations (or KILL MUTATION) before resuming.',
      );
    }
    if (Date.now() - lastLog >= progressEvery) {
      options.log?.(`Waiting for mutation ${pending.map((r) => r.mutation_id).join(', ')} on ${name}: ${partsLeft} parts left, ${Math.round(elapsed / 1000)}s elapsed.`);
      lastLog = Date.now();
    }
    await sleep(Math.min(pause, Math.max(0, options.timeoutMs - elapsed)) || 1);
    pause = Math.min(pause * 2, options.maxPollMs ?? 2000);
  }
}
