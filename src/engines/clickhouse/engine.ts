import { configError, SchemagateError } from '../../errors.js';
import type { Journal, JournalRow, Migration, SchemaSnapshot, Statement, StatementRow } from '../../types.js';
import type { TableSize } from '../../safety/types.js';
import { Adopter } from '../adopted.js';
import { CLICKHOUSE_ADOPTED, clickhouseCatalog } from './adopted/index.js';
import type { ClickHouseSettings, Engine, EngineOptions, LockHandle, LockOptions, TableCatalog } from '../engine.js';
import { openChdbClient } from './chdb-client.js';
import type { ChClient, ClientSettings } from './client.js';
import { ClickHouseError } from './errors.js';
import { introspectClickHouse } from './introspect.js';
import * as journal from './journal.js';
import { acquireLease, type HeldLease } from './lock.js';
import { mutationIds, waitForMutations } from './mutations.js';
import { mutationTarget } from '../../dialects/clickhouse/syntax.js';
import { dialectFor } from '../../dialects/index.js';
import { SessionChanges } from '../session-changes.js';
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

/** A materialized view's CREATE as system.tables shows it, with a TO table: its rows are that table's, not its own. */
const WRITES_TO_A_TABLE = /^CREATE MATERIALIZED VIEW (?:`(?:[^`\\]|\\.)*`|[^\s`]+)\.(?:`(?:[^`\\]|\\.)*`|[^\s`]+) (?:ON CLUSTER \S+ )?TO /;

/** What creating a table ON CLUSTER answers for a cluster the server lacks, or a macro its replicated engine needs. */
const CLUSTER_SETUP_ERRORS = new Set(['CLUSTER_DOESNT_EXIST', 'NO_ELEMENTS_IN_CONFIG']);

const USER_TABLES = "database NOT IN ('system', 'INFORMATION_SCHEMA', 'information_schema') AND NOT is_temporary";

export class ClickHouseEngine implements Engine {
  readonly kind = 'clickhouse';
  readonly journalLocation: string;
  private readonly names: journal.JournalNames;
  /** ClickHouse has no transactions: migrations run statement by statement, each one journaled. */
  readonly transactions = undefined;
  private readonly leases = new Set<HeldLease>();
  private readonly adopted: Adopter<ChClient>;
  private readonly sessionChanges = new SessionChanges(dialectFor('clickhouse').changesSession!);

  constructor(
    private readonly client: ChClient,
    private readonly options: ClickHouseEngineOptions,
  ) {
    this.names = journal.journalNames(options.journalSchema ?? client.database, options.journalTable);
    this.journalLocation = `${this.names.database}.${this.names.attempts}`;
    this.adopted = new Adopter(CLICKHOUSE_ADOPTED, options.adopt, clickhouseCatalog(options.log));
  }

  /** Where the engine talks to, without the password. */
  get target(): string {
    return this.client.target;
  }

  /**
   * One statement per request. An `ALTER TABLE` may start mutations, which ClickHouse runs in
   * the background: the statement is done when they are (see mutations.ts). One whose commands
   * only change metadata (`ADD COLUMN`...) starts none, and costs no look at system.mutations.
   */
  async execute(statement: Statement): Promise<void> {
    this.sessionChanges.saw(statement);
    const table = mutationTarget(statement.sql);
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

  writeAttempt(row: JournalRow, migration: Migration): Promise<void> {
    return this.writeAttempts([{ row, migration }]);
  }

  /** Another tool's rows follow ours: without transactions, ours are the ones that must not be lost. */
  async writeAttempts(entries: ReadonlyArray<{ row: JournalRow; migration: Migration }>): Promise<void> {
    // A migration's SET and USE end with it: the attempt is over, or the next one starts.
    if (this.sessionChanges.take()) await this.client.resetSession();
    await journal.writeAttempts(this.client, this.names, entries.map((e) => e.row));
    for (const { row, migration } of entries) if (row.status === 'applied') await this.adopted.record(this.client, migration);
  }

  writeStatement(row: StatementRow): Promise<void> {
    return journal.writeStatement(this.client, this.names, row);
  }

  async readJournal(): Promise<Journal> {
    return { ...(await journal.readJournal(this.client, this.names)), adopted: await this.adopted.read(this.client) };
  }

  async ensureJournal(): Promise<void> {
    await this.onCluster(() => journal.ensureJournal(this.client, this.names, this.options.cluster));
    await this.adopted.ensure(this.client);
  }

  /**
   * schemagate's own tables (the journal, the lock) are created ON CLUSTER when `cluster` is set:
   * a cluster the server does not define, or a node without the `{shard}`/`{replica}` macros the
   * replicated tables name, is a wrong input, said as one before any migration runs.
   */
  private async onCluster<T>(create: () => Promise<T>): Promise<T> {
    try {
      return await create();
    } catch (error) {
      const cluster = this.options.cluster;
      if (!cluster || !(error instanceof ClickHouseError) || !CLUSTER_SETUP_ERRORS.has(error.type)) throw error;
      const macros = error.type === 'NO_ELEMENTS_IN_CONFIG';
      throw configError(
        macros
          ? `Input \`cluster\` is ${cluster}, but ${this.client.target} lacks a macro the replicated journal tables need: ${error.message}`
          : `Input \`cluster\` is ${cluster}, which ${this.client.target} does not define: ${error.message}`,
        {
          hint: macros
            ? 'Define the {shard} and {replica} macros on every node (config.d/macros.xml), or leave `cluster` unset where DDL is replicated without ON CLUSTER (ClickHouse Cloud, a Replicated database).'
            : 'Set `cluster` to one of SELECT DISTINCT cluster FROM system.clusters, or leave it unset on a single server.',
          cause: error,
        },
      );
    }
  }

  async acquireLock(options: LockOptions): Promise<LockHandle> {
    const settings = {
      leaseMs: this.options.lockLeaseMs ?? 60_000,
      pollMs: this.options.lockPollMs ?? 500,
      settleMs: this.options.lockSettleMs ?? 250,
      ...(this.options.cluster ? { cluster: this.options.cluster } : {}),
      ...(this.options.log ? { log: this.options.log } : {}),
    };
    // The lease talks through its own client: heartbeats fire while a statement runs.
    const lease = await this.onCluster(() => acquireLease(
      (kind) => this.client.fork(kind === 'keeper-map' ? { keeper_map_strict_mode: '1' } : {}),
      this.client,
      this.names,
      this.client.database,
      options,
      settings,
    ));
    this.leases.add(lease);
    return {
      release: async () => {
        this.leases.delete(lease);
        await lease.release();
      },
    };
  }

  async introspect(): Promise<SchemaSnapshot> {
    const own = this.names.database === this.client.database ? [this.names.attempts, this.names.statements, this.names.lock] : [];
    const adopted = await this.adopted.table(this.client);
    if (adopted?.schema === this.client.database) own.push(adopted.table);
    return introspectClickHouse(this.client, this.client.database, own);
  }

  /** Every table outside the system databases, as `database.table`, and which of them store no rows; system.tables is metadata only. */
  async tables(): Promise<TableCatalog> {
    const rows = await this.client.query<{ name: string; engine: string; query: string }>(
      `SELECT concat(database, '.', name) AS name, engine, if(engine = 'MaterializedView', create_table_query, '') AS query FROM system.tables WHERE ${USER_TABLES}`,
    );
    const rowless = rows.filter((r) => r.engine === 'View' || (r.engine === 'MaterializedView' && WRITES_TO_A_TABLE.test(r.query)));
    return { defaultSchema: this.client.database, tables: new Set(rows.map((r) => r.name)), rowless: new Set(rowless.map((r) => r.name)) };
  }

  /** total_rows/total_bytes are kept by MergeTree tables from their parts' metadata (null for other engines). */
  async tableSizes(tables: readonly string[]): Promise<Map<string, TableSize>> {
    if (tables.length === 0) return new Map();
    const wanted = new Set(tables);
    const rows = await this.client.query<{ name: string; rows: string | null; bytes: string | null }>(
      `SELECT concat(database, '.', name) AS name, toString(total_rows) AS rows, toString(total_bytes) AS bytes FROM system.tables WHERE ${USER_TABLES}`,
    );
    const count = (value: string | null) => (value === null ? null : Number(value));
    return new Map(rows.filter((r) => wanted.has(r.name)).map((r) => [r.name, { rows: count(r.rows), bytes: count(r.bytes) }]));
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
    ...(options.openWaitMs !== undefined ? { openWaitMs: options.openWaitMs } : {}),
    ...(options.readOnly ? { createDatabase: false } : {}),
    ...(options.stop ? { stop: options.stop } : {}),
  };
  // The HTTP client library loads only for a server: a Postgres or chDB run never parses it.
  const client = target.kind === 'chdb' ? await openChdbClient(target, settings) : (await import('./http-client.js')).createHttpClient(target, settings);
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

/** The URL names a database the server (or chDB directory) does not have. */
export const isUnknownDatabase = (error: unknown) =>
  error instanceof SchemagateError && error.cause instanceof ClickHouseError && error.cause.type === 'UNKNOWN_DATABASE';

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
