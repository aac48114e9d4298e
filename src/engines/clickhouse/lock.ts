import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { holderIsDead } from '../holder.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { SchemagateError } from '../../errors.js';
import type { LockHandle, LockOptions } from '../engine.js';
import type { ChClient } from './client.js';
import { ClickHouseError, messageOf } from './errors.js';
import { databaseDdl, mergeTreeEngine, nextVersion, onCluster, type JournalNames } from './journal.js';
import { qualifiedName, quoteString } from './sql.js';

/**
 * One writer per database, as a lease: a row naming the holder (owner string, host, pid) and
 * when its lease expires, renewed by a heartbeat every lease/3 while held, and taken over by
 * another run only once it has expired (a holder killed with SIGKILL just stops renewing).
 * Expiry is always judged by the server's clock (`now64()`), never the runners'.
 *
 * Two stores, chosen by the engine of `<db>.<journal>_lock`, which is created on first use:
 *
 * - KeeperMap with keeper_map_strict_mode=1, where the server has Keeper configured: the
 *   insert of the lock key is atomic (it fails if the key exists), so exactly one run wins.
 * - Otherwise (chDB has no Keeper, nor do many single servers) a lease on a ReplacingMergeTree:
 *   a claim is an inserted row for the next "generation", and the winner of a generation is the
 *   earliest claim (server time with microseconds, then token). Every claimer reads back and
 *   applies the same rule. A table created by this version deduplicates inserts
 *   (`non_replicated_deduplication_window`, `replicated_deduplication_window`) and every claim
 *   of a generation carries the same `insert_deduplication_token`: the server keeps the first
 *   claim to arrive and drops the others, under the lock that commits a part (through Keeper
 *   for a replicated table), so a generation has one row and the read back decides at once.
 *   A lock table created by an older version does not deduplicate: there the winner re-checks
 *   after a short settle delay, and two runs claiming within the same instant, or an insert
 *   that becomes visible only after the delay, can still both believe they won. So can a run
 *   of an older schemagate (it claims without the token) racing a newer one. This guards
 *   against the common mistakes (a second run started by hand, a re-run while the first is
 *   still going); the real guard is the workflow's `concurrency` group, which the docs require
 *   for ClickHouse targets.
 *
 * On chDB the lock only matters within one process: chDB lets one process at a time open a
 * data directory.
 */
export interface LeaseSettings {
  leaseMs: number;
  pollMs: number;
  /** Pause before a fresh winner of a lease table without deduplication confirms it is still the winner. */
  settleMs: number;
  cluster?: string;
  log?: (message: string) => void;
}

interface Holder {
  token: string;
  owner: string;
  /** UTC text, `YYYY-MM-DD hh:mm:ss.sss`. */
  expiresAt: string;
  expired: boolean;
  released: boolean;
  generation: number;
}

interface LeaseStore {
  /** null when this token now holds the lease, otherwise who does. */
  tryAcquire(token: string, owner: string): Promise<Holder | null>;
  /** Extends the lease; false when the lease was lost to someone else. */
  renew(token: string): Promise<boolean>;
  release(token: string): Promise<void>;
}

export const describeHolder = (h: Holder) => `${h.owner}, lease expires ${h.expiresAt} UTC`;

// ---- best-effort lease on a ReplacingMergeTree ------------------------------------------------

function replacingDdl(names: JournalNames, cluster?: string): string {
  return `CREATE TABLE IF NOT EXISTS ${qualifiedName(names.database, names.lock)}${onCluster(cluster)} (
  lock_name String,
  generation UInt64,
  token String,
  owner String,
  claimed_at DateTime64(6, 'UTC'),
  expires_at DateTime64(3, 'UTC'),
  released Bool,
  version UInt64
) ENGINE = ${mergeTreeEngine('ReplacingMergeTree', ['version'], cluster)}
ORDER BY (lock_name, generation, token)
TTL toDateTime(expires_at) + INTERVAL 30 DAY
SETTINGS non_replicated_deduplication_window = ${DEDUPLICATION_WINDOW}, replicated_deduplication_window = ${DEDUPLICATION_WINDOW}
COMMENT 'schemagate: migration lock lease (best effort, see docs)'`;
}

/** How many recent inserts a lease table remembers to drop a repeated claim: far more than a generation's competitors. */
const DEDUPLICATION_WINDOW = 1000;

/** Whether the lease table drops a second insert with the same deduplication token (a table created by this version does). */
function deduplicates(engine: string, engineFull: string): boolean {
  const window = /^(Replicated|Shared)/.test(engine) ? 'replicated_deduplication_window' : 'non_replicated_deduplication_window';
  return new RegExp(`(^|[^_a-z])${window} = [1-9]`).test(engineFull);
}

function replacingStore(client: ChClient, names: JournalNames, lockName: string, settings: LeaseSettings, deduplicated: boolean): LeaseStore {
  const table = qualifiedName(names.database, names.lock);
  const lease = { name: lockName, lease: settings.leaseMs };
  // The latest generation's winner: its earliest claim.
  const readHolder = async (): Promise<Holder | null> => {
    const rows = await client.query<{
      generation: string; token: string; owner: string; expires_text: string; expired: number; released: boolean;
    }>(
      `SELECT generation, token, owner, toString(expires_at) AS expires_text, expires_at <= now64(3) AS expired, released
FROM ${table} FINAL WHERE lock_name = {name:String}
ORDER BY generation DESC, claimed_at ASC, token ASC LIMIT 1`,
      { name: lockName },
    );
    const r = rows[0];
    if (!r) return null;
    return {
      token: r.token, owner: r.owner, expiresAt: r.expires_text, expired: Boolean(Number(r.expired)),
      released: Boolean(r.released), generation: Number(r.generation),
    };
  };
  // Rewrites our own row (same key, higher version), keeping claimed_at, the tie-breaker.
  const rewrite = (token: string, generation: number, release: boolean) =>
    client.command(
      `INSERT INTO ${table} (lock_name, generation, token, owner, claimed_at, expires_at, released, version)
SELECT lock_name, generation, token, owner, claimed_at,
  ${release ? 'now64(3)' : 'now64(3) + toIntervalMillisecond({lease:UInt64})'}, ${release ? 'true' : 'false'}, {version:UInt64}
FROM ${table} FINAL WHERE lock_name = {name:String} AND generation = {generation:UInt64} AND token = {token:String}`,
      { ...lease, token, generation, version: nextVersion().toString() },
      { idempotent: true },
    );
  // Every claim of one generation of one lock carries the same token, so a deduplicating table keeps only the first.
  const claim = (token: string, owner: string, generation: number) =>
    client.command(
      `INSERT INTO ${table} (lock_name, generation, token, owner, claimed_at, expires_at, released, version)
${deduplicated ? `SETTINGS insert_deduplicate = 1, insert_deduplication_token = ${quoteString(`${lockName}:${generation}`)}
` : ''}SELECT {name:String}, {generation:UInt64}, {token:String}, {owner:String}, now64(6),
  now64(3) + toIntervalMillisecond({lease:UInt64}), false, {version:UInt64}`,
      { ...lease, generation, token, owner, version: nextVersion().toString() },
      { idempotent: true },
    );
  let held: { token: string; generation: number } | null = null;

  return {
    async tryAcquire(token, owner) {
      const current = await readHolder();
      if (current && !current.released && !current.expired && !holderIsDead(current.owner)) return current;
      let generation = (current?.generation ?? 0) + 1;
      await claim(token, owner, generation);
      let winner = await readHolder();
      if (deduplicated) {
        // No row of our generation: the lease went unused past its rows' TTL (30 days), and a
        // claim of this generation from before, still in the deduplication window, took our
        // claim's token. Competitors that meet the same end claim the next generation too, with
        // its one token.
        for (let skipped = 0; (winner?.generation ?? 0) < generation && skipped < DEDUPLICATION_WINDOW; skipped++) {
          await claim(token, owner, ++generation);
          winner = await readHolder();
        }
        if (winner?.token === token && winner.generation === generation) {
          held = { token, generation };
          return null;
        }
      } else if (winner?.token === token && winner.generation === generation) {
        await sleep(settings.settleMs);
        winner = await readHolder();
        if (winner?.token === token && winner.generation === generation) {
          held = { token, generation };
          return null;
        }
      }
      if (!winner) throw new Error(`The lock claim written to ${table} could not be read back.`);
      return winner;
    },
    async renew(token) {
      const current = await readHolder();
      if (!held || current?.token !== token || current.generation !== held.generation) return false;
      await rewrite(token, held.generation, false);
      return true;
    },
    async release(token) {
      if (held?.token === token) await rewrite(token, held.generation, true);
      held = null;
    },
  };
}

// ---- KeeperMap (atomic where Keeper is available) ---------------------------------------------

function keeperMapDdl(names: JournalNames, cluster?: string): string {
  const root = `/schemagate/${names.database}/${names.lock}`.replace(/'/g, '');
  return `CREATE TABLE IF NOT EXISTS ${qualifiedName(names.database, names.lock)}${onCluster(cluster)} (
  lock_name String,
  token String,
  owner String,
  expires_at DateTime64(3, 'UTC')
) ENGINE = KeeperMap('${root}') PRIMARY KEY lock_name`;
}

function keeperMapStore(client: ChClient, names: JournalNames, lockName: string, settings: LeaseSettings): LeaseStore {
  const table = qualifiedName(names.database, names.lock);
  const readHolder = async (): Promise<Holder | null> => {
    const rows = await client.query<{ token: string; owner: string; expires_text: string; expired: number }>(
      `SELECT token, owner, toString(expires_at) AS expires_text, expires_at <= now64(3) AS expired FROM ${table} WHERE lock_name = {name:String}`,
      { name: lockName },
    );
    const r = rows[0];
    return r ? { token: r.token, owner: r.owner, expiresAt: r.expires_text, expired: Boolean(Number(r.expired)), released: false, generation: 0 } : null;
  };
  // With keeper_map_strict_mode=1 (set on this client) the insert fails when the key exists.
  const insert = (token: string, owner: string) =>
    client.command(
      `INSERT INTO ${table} (lock_name, token, owner, expires_at)
SELECT {name:String}, {token:String}, {owner:String}, now64(3) + toIntervalMillisecond({lease:UInt64})`,
      { name: lockName, token, owner, lease: settings.leaseMs },
    );
  return {
    async tryAcquire(token, owner) {
      try {
        await insert(token, owner);
        return null;
      } catch (error) {
        if (!(error instanceof ClickHouseError)) throw error;
      }
      const current = await readHolder();
      if (!current) return { token: '', owner: '(released just now)', expiresAt: '-', expired: true, released: true, generation: 0 };
      if (!current.expired && !holderIsDead(current.owner)) return current;
      // Expired, or its holder provably dead: remove exactly that holder's key (strict mode refuses if it changed meanwhile),
      // then race for the insert, which only one run can win.
      await client
        .command(`DELETE FROM ${table} WHERE lock_name = {name:String} AND token = {token:String}`, { name: lockName, token: current.token })
        .catch(() => undefined);
      try {
        await insert(token, owner);
        return null;
      } catch (error) {
        if (!(error instanceof ClickHouseError)) throw error;
        return (await readHolder()) ?? current;
      }
    },
    async renew(token) {
      const current = await readHolder();
      if (current?.token !== token) return false;
      await client.command(
        `ALTER TABLE ${table} UPDATE expires_at = now64(3) + toIntervalMillisecond({lease:UInt64}) WHERE lock_name = {name:String} AND token = {token:String}`,
        { name: lockName, token, lease: settings.leaseMs },
      );
      return true;
    },
    async release(token) {
      await client.command(`DELETE FROM ${table} WHERE lock_name = {name:String} AND token = {token:String}`, { name: lockName, token });
    },
  };
}

// ---- choosing the store, and the acquire loop --------------------------------------------------

export type LockStoreKind = 'keeper-map' | 'replacing';

export function lockDdl(kind: LockStoreKind, names: JournalNames, cluster?: string): string {
  return kind === 'keeper-map' ? keeperMapDdl(names, cluster) : replacingDdl(names, cluster);
}

/** The lock table: its store, and (a lease table) whether it drops repeated claims. */
export interface LockTable {
  kind: LockStoreKind;
  deduplicated: boolean;
}

/**
 * Creates the lock table if needed and says which store it is. An existing table decides (every
 * run must agree on the protocol); a new one is KeeperMap if the server accepts it.
 */
export async function prepareLockTable(client: ChClient, names: JournalNames, settings: LeaseSettings): Promise<LockTable> {
  const existing = async () =>
    (await client.query<{ engine: string; engine_full: string }>('SELECT engine, engine_full FROM system.tables WHERE database = {db:String} AND name = {name:String}', {
      db: names.database,
      name: names.lock,
    }))[0];
  let table = await existing();
  if (!table) {
    // The lock table lives with the journal, whose database may not exist yet.
    await client.command(databaseDdl(names, settings.cluster), undefined, { idempotent: true });
    try {
      await client.command(lockDdl('keeper-map', names, settings.cluster), undefined, { idempotent: true });
    } catch (error) {
      if (!(error instanceof ClickHouseError)) throw error;
      // Servers without ClickHouse Keeper (chDB, a single node) are the usual case, not a fault.
      settings.log?.('Migration lock: a lease table (KeeperMap needs ClickHouse Keeper, which this server does not run).');
      await client.command(lockDdl('replacing', names, settings.cluster), undefined, { idempotent: true });
    }
    table = await existing();
  }
  if (table?.engine === 'KeeperMap') return { kind: 'keeper-map', deduplicated: false };
  return { kind: 'replacing', deduplicated: table ? deduplicates(table.engine, table.engine_full) : false };
}

export interface HeldLease extends LockHandle {
  readonly store: LockStoreKind;
}

/**
 * Waits for the lease (polling every pollMs, reporting the holder through onWait), then keeps
 * it alive until release. `openClient` gives the client the lease talks through, which must
 * be usable while a statement runs on the engine's own client.
 */
export async function acquireLease(
  openClient: (kind: LockStoreKind) => ChClient,
  detectClient: ChClient,
  names: JournalNames,
  lockName: string,
  options: LockOptions,
  settings: LeaseSettings,
): Promise<HeldLease> {
  const { kind, deduplicated } = await prepareLockTable(detectClient, names, settings);
  const client = openClient(kind);
  const store = kind === 'keeper-map' ? keeperMapStore(client, names, lockName, settings) : replacingStore(client, names, lockName, settings, deduplicated);
  const token = randomUUID();
  const owner = `${options.owner} (host ${hostname()}, pid ${process.pid})`;
  const started = Date.now();
  try {
    for (;;) {
      const holder = await store.tryAcquire(token, owner);
      if (!holder) break;
      const waited = Date.now() - started;
      if (waited >= options.timeoutMs) {
        throw new SchemagateError(
          'lock-timeout',
          `Timed out after ${Math.round(waited / 1000)}s waiting for the migration lock on ClickHouse database ${lockName}: held by ${describeHolder(holder)}.`,
          {
            hint: `Another run is applying migrations here. If it died, its lease expires at ${holder.expiresAt} UTC and the next run takes over; give ClickHouse workflows a \`concurrency\` group so runs queue instead.`,
          },
        );
      }
      options.onWait?.(describeHolder(holder));
      await sleep(Math.min(settings.pollMs, options.timeoutMs - waited), undefined, { signal: options.stop });
    }
  } catch (error) {
    await client.close();
    throw error;
  }

  let renewing: Promise<void> | null = null;
  let lost = false;
  const heartbeat = setInterval(() => {
    if (renewing || lost) return;
    renewing = store
      .renew(token)
      .then((ok) => {
        if (!ok) {
          lost = true;
          settings.log?.(`Lost the migration lock on ${lockName}: another run took over the lease. Its statements may now run concurrently with ours.`);
        }
      })
      .catch((error: unknown) => settings.log?.(`Could not renew the migration lock lease on ${lockName}: ${messageOf(error)}`))
      .finally(() => {
        renewing = null;
      });
  }, Math.max(50, Math.floor(settings.leaseMs / 3)));
  // A forgotten release must not keep the process alive; the lease then simply expires.
  heartbeat.unref();

  let released: Promise<void> | null = null;
  return {
    store: kind,
    release() {
      released ??= (async () => {
        clearInterval(heartbeat);
        await renewing;
        try {
          if (!lost) await store.release(token);
        } finally {
          await client.close();
        }
      })();
      return released;
    },
  };
}
