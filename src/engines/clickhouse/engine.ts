import { configError, SchemagateError } from '../../errors.js';
import type { Journal, JournalRow, SchemaSnapshot, Statement, StatementRow } from '../../types.js';
import type { ClickHouseSettings, Engine, EngineOptions, LockHandle, LockOptions } from '../engine.js';
import { openChdbClient } from './chdb-client.js';
import type { ChClient, ClientSettings } from './client.js';
import { ClickHouseError } from './errors.js';
import { createHttpClient } from './http-client.js';
import { introspectClickHouse } from './introspect.js';
import * as journal from './journal.js';
import { acquireLease, type HeldLease } from './lock.js';
import { mutationIds, waitForMutations } from './mutations.js';
import { alterTableTarget } from '../../dialects/clickhouse/syntax.js';
import { parseClickHouseUrl, type ClickHouseTarget } from './url.js';

/** EngineOptions plus the knobs tests (and only tests, so far) need to turn. */
export interface ClickHouseEngineOptions extends EngineOptions, ClickHouseSettings {
  /** How often a waiting run polls the lock. Default 500 ms. */
  lockPollMs?: number;
  /** Best-effort lease: pause before a winner confirms. Default 250 ms. */
  lockSettleMs?: number;
  /** How often mutation progress is logged. Default 10 s. */
  mutationProgressMs?: number;
}

/** Default wait for a mutation when EngineOptions.mutationTimeoutMs is unset. */
export const DEFAULT_MUTATION_TIMEOUT_MS = 60 * 60 * 1000;

export class ClickHouseEngine implements Engine {
  readonly kind = 'clickhouse';
  readonly journalLocation: string;
  private readonly names: journal.JournalNames;
  /** ClickHouse has no transactions: migrations run statement by statement, each one journaled. */
  readonly transactions = undefined;
  private readonly leases = new Set<HeldLease>();

  constructor(
    private readonly client: ChClient,
    private readonly options: ClickHouseEngineOptions,
  ) {
    this.names = journal.journalNames(options.journalSchema ?? client.database, options.journalTable);
    this.journalLocation = `${this.names.database}.${this.names.attempts}`;
  }

  /** Where the engine talks to, without the password. */
  get target(): string {
    return this.client.target;
  }

  /**
   * One statement per request. An `ALTER TABLE` may start mutations, which ClickHouse runs in
   * the background: the statement is done when they are (see mutations.ts).
   */
  async execute(statement: Statement): Promise<void> {
    const table = alterTableTarget(statement.sql);
    const before = table ? await mutationIds(this.client, table) : null;
    await this.client.command(statement.sql);
    if (table && before) {
      await waitForMutations(this.client, table, before, {
        timeoutMs: this.options.mutationTimeoutMs ?? DEFAULT_MUTATION_TIMEOUT_MS,
        ...(this.options.log ? { log: this.options.log } : {}),
        ...(this.options.mutationProgressMs !== undefined ? { progressEveryMs: this.options.mutationProgressMs } : {}),
      });
    }
  }

  writeAttempt(row: JournalRow): Promise<void> {
    return journal.writeAttempt(this.client, this.names, row);
  }

  writeStatement(row: StatementRow): Promise<void> {
    return journal.writeStatement(this.client, this.names, row);
  }

  readJournal(): Promise<Journal> {
    return journal.readJournal(this.client, this.names);
  }

  ensureJournal(): Promise<void> {
    return journal.ensureJournal(this.client, this.names, this.options.cluster);
  }

  async acquireLock(options: LockOptions): Promise<LockHandle> {
    const settings = {
      leaseMs: this.options.lockLeaseMs ?? 60_000,
      pollMs: this.options.lockPollMs ?? 500,
      settleMs: this.options.lockSettleMs ?? 250,
      ...(this.options.cluster ? { cluster: this.options.cluster } : {}),
      ...(this.options.log ? { log: this.options.log } : {}),
    };
    // The lock table lives with the journal, whose database may not exist yet.
    await this.client.command(
      journal.journalDdl(this.names, this.options.cluster)[0]!,
      undefined,
      { idempotent: true },
    );
    // The lease talks through its own client: heartbeats fire while a statement runs.
    const lease = await acquireLease(
      (kind) => this.client.fork(kind === 'keeper-map' ? { keeper_map_strict_mode: '1' } : {}),
      this.client,
      this.names,
      this.client.database,
      options,
      settings,
    );
    this.leases.add(lease);
    return {
      release: async () => {
        this.leases.delete(lease);
        await lease.release();
      },
    };
  }

  introspect(): Promise<SchemaSnapshot> {
    const own = this.names.database === this.client.database ? [this.names.attempts, this.names.statements, this.names.lock] : [];
    return introspectClickHouse(this.client, this.client.database, own);
  }

  async close(): Promise<void> {
    const leases = [...this.leases];
    this.leases.clear();
    await Promise.allSettled(leases.map((lease) => lease.release()));
    await this.client.close();
  }
}

/** Opens a client for the target and proves it answers (retrying transient failures). */
export async function openClickHouseClient(target: ClickHouseTarget, options: ClickHouseEngineOptions): Promise<ChClient> {
  const settings: ClientSettings = {
    retries: options.connectRetries,
    application: options.clientName,
    ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.statementTimeoutMs ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
  };
  const client = target.kind === 'chdb' ? await openChdbClient(target, settings) : createHttpClient(target, settings);
  try {
    await client.query('SELECT 1');
  } catch (error) {
    await client.close().catch(() => undefined);
    if (error instanceof ClickHouseError && error.type === 'UNKNOWN_DATABASE') {
      throw configError(`ClickHouse at ${target.display}: ${error.message}`, {
        hint: 'The database named in the URL must exist; create it, or fix the URL path.',
        cause: error,
      });
    }
    throw error instanceof SchemagateError || error instanceof ClickHouseError
      ? error
      : new SchemagateError('connection', `Cannot use ClickHouse at ${target.display}: ${String(error)}`, { cause: error });
  }
  return client;
}

/** Accepts the URL forms documented in url.ts: clickhouse://, http(s)://, chdb://. */
export async function openClickHouseEngine(url: URL | string, options: ClickHouseEngineOptions): Promise<ClickHouseEngine> {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    throw configError('The ClickHouse database URL is not a valid URL.');
  }
  const client = await openClickHouseClient(parseClickHouseUrl(parsed), options);
  return new ClickHouseEngine(client, options);
}
