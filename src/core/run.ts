import { existsSync, mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayUrl, resolveRunContext, type Mode, type Promotion, type Settings } from '../config/index.js';
import type { Dialect } from '../dialects/index.js';
import type { AdoptOptions, Engine, EngineDriver, EngineOptions, StatementObserver } from '../engines/engine.js';
import { driverFor, driverForDialect, driverForKind } from '../engines/index.js';
import { databaseMessage, SchemagateError } from '../errors.js';
import { isDrizzleFolder } from '../sources/drizzle/folder.js';
import { DRIZZLE_DIALECT, latestSnapshot } from '../sources/drizzle/snapshot.js';
import { layoutNamed, loadMigrations } from '../sources/index.js';
import { compareVersions, parseVersion } from '../sources/version.js';
import type { Journal, JournalRow, Migration, MigrationSet, RunContext, SchemaSnapshot } from '../types.js';
import { diffSchemas, SERVER_WIDE_TYPES } from '../verify/diff.js';
import { explainDrift } from '../verify/explain.js';
import { scopeToSchema } from '../verify/scope.js';
import { EMPTY_SNAPSHOT_HINT, partsAsRecorded, readExpectedSnapshot, statesNothing, writeSnapshot, type ExpectedSnapshot } from '../verify/snapshot.js';
import { applyChunk, applyMigration, BATCH_CHUNK_STATEMENTS, batchChunks, newAttempt, type AppliedResult } from './apply.js';
import { refuseUnbatchable } from './backfill.js';
import { refuseTransactionControl } from './transaction-control.js';
import type { Emit } from './events.js';
import { checkJournal } from './journal-check.js';
import { migrationHistory } from './history.js';
import { buildOutcome, driftError, failureOf, NO_PARTS, PartialFailure, type Outcome, type OutcomeError, type RunParts, type Verification } from './outcome.js';
import { buildPlan, hasErrors, type PendingItem, type Plan, type PlanOptions } from './plan.js';
import { gateBlocks, promotionGate } from './promotion.js';
import { cancelled, NEVER_STOPS, stoppedError } from './stop.js';
import { assessSafety, observationLog, REHEARSAL_STATEMENT_TIMEOUT_MS, safetyFailure, type SafetyOptions } from './safety.js';
import type { Observation } from '../safety/index.js';

/**
 * The engine-agnostic core that both shells call: one function per mode, each returning the
 * parts of an Outcome that the reporters render. Failures become an Outcome too, so a failed run
 * still writes its summary, outputs and annotations.
 */

const relative = (cwd: string, file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';

/** The snapshot schemagate keeps beside the migrations. */
const ownSnapshot = (sources: Settings['sources']) => path.join(sources.migrations, 'schemagate.snapshot.json');

/** Where mode `snapshot` writes: the `snapshot` input, else the migrations' own snapshot. */
const snapshotToWrite = (sources: Settings['sources']) => sources.snapshot ?? ownSnapshot(sources);

/** A snapshot input may name a file or a drizzle folder (its latest meta/NNNN_snapshot.json). */
export function resolveSnapshotFile(sources: Settings['sources'], set: MigrationSet | null): string | null {
  const candidate = sources.snapshot ?? set?.snapshotPath ?? null;
  if (candidate && existsSync(candidate) && statSync(candidate).isDirectory()) {
    const meta = existsSync(path.join(candidate, 'meta')) ? path.join(candidate, 'meta') : candidate;
    const latest = latestSnapshot(meta);
    if (!latest) throw new SchemagateError('config', `No NNNN_snapshot.json in ${relative(sources.cwd, meta)}.`, { hint: 'Point `snapshot` at a snapshot file or a drizzle migrations folder.' });
    return latest;
  }
  if (candidate) return candidate;
  const own = ownSnapshot(sources);
  return existsSync(own) ? own : null;
}

/**
 * Who holds the lock, as a waiting run will see it. Postgres keeps only 63 characters of an
 * application name, so a workflow run is named `owner/repo run N` rather than by its URL.
 */
export function ownerName(runUrl: string | null, host = os.hostname(), pid = process.pid): string {
  const run = runUrl ? (/\/([^/]+\/[^/]+)\/actions\/runs\/(\d+)/.exec(runUrl)?.slice(1).join(' run ') ?? runUrl) : 'local';
  return `schemagate ${run} on ${host} pid ${pid}`;
}

/** Everything that can be checked before connecting: engine, migration files, snapshot. */
interface Prepared {
  driver: EngineDriver;
  set: MigrationSet | null;
  expected: ExpectedSnapshot | null;
}

/**
 * What one pass over one database does: the mode and how it plans, applies and verifies. The
 * target's run takes it from the settings; the replay states its own.
 */
interface TargetRun {
  mode: Mode;
  planOptions: PlanOptions;
  verifyAfterApply: boolean;
  failOnExtra: boolean;
  promotion: Promotion | null;
  lockTimeoutMs: number;
  /** Bounded lock waits of migration statements, and their retries. */
  ddlLocks: Settings['apply']['ddlLocks'];
  baseline: Settings['baseline'];
  snapshotFile: string;
  /** The snapshot verify reads instead of the one this snapshot run writes (drizzle-kit's latest, for a drizzle folder), when `snapshot` is not set. */
  snapshotReadInstead: string | null;
  context: RunContext;
  cwd: string;
  engineOptions: EngineOptions;
  /** How the folder's layout marks a file to run outside a transaction, for the hint when one must. */
  noTransaction: string | undefined;
  /** `transaction-mode: batch`: the pending migrations in transactions of at most this many statements, committed after a migration whose result only a commit makes usable. */
  batch: { chunkStatements: number; commitsAfter: (migration: Migration) => boolean } | null;
  /** The safety gate on the pending migrations (plan and apply); null when `lint: off` or in the replay. */
  safety: (SafetyOptions & { observed: readonly Observation[] }) | null;
  /** Schema per tenant: only this schema's objects are the target's (see verify/scope.ts). */
  schema: string | null;
  /** A stop asked for from outside (core/stop.ts). */
  stop: AbortSignal;
}

/**
 * The migrations folder, each migration and the snapshot must be files of the workspace once
 * symlinks are followed: otherwise a pull request could make a preview read (and print, through
 * the database's syntax error) any file of the runner.
 */
/**
 * Checks that files resolve inside the workspace after following symlinks. The workspace's own
 * real path is read once, and a file's with one realpath(3) call (the native one: the
 * JavaScript realpath stats every component of every path).
 */
function workspaceGuard(cwd: string): { file: (file: string, what: string) => void; migrations: (set: MigrationSet) => void } {
  const root = realpathSync.native(cwd);
  // The file system's root is its own prefix (`/`, not `//`).
  const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  const inside = (real: string) => real === root || real.startsWith(prefix);
  const real = (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      return null; // missing: the loader that reads it says so
    }
  };
  /** The file, or where it would be written: its nearest existing folder, once symlinks are followed, and its own path. */
  const resolvedOrParent = (p: string): string | null => {
    const resolved = real(p);
    if (resolved !== null) return resolved;
    const parent = path.dirname(p);
    if (parent === p) return null;
    const folder = resolvedOrParent(parent);
    return folder === null ? null : path.join(folder, path.basename(p));
  };
  const file = (file: string, what: string) => {
    const resolved = resolvedOrParent(path.resolve(cwd, file));
    if (resolved === null || inside(resolved)) return;
    throw new SchemagateError('config', `${what} ${relative(cwd, file)} resolves to ${resolved}, outside the workspace ${root}.`, {
      location: { file: relative(cwd, file) },
      hint: 'Keep migrations and snapshots inside the repository (the `working-directory`, or the current directory for the CLI); replace a symlink to a file elsewhere with the file itself.',
    });
  };
  /**
   * A file the folder's listing showed as no symlink resolves where the folder does: only the
   * folder, the symlinks and the files in sub-folders are resolved (a realpath per file cost a
   * folder of 10 000 migrations 40 ms on every run).
   */
  const migrations = (set: MigrationSet) => {
    const folder = set.symlinks ? real(set.root) : null;
    const listed = folder !== null && inside(folder) ? new Set(set.symlinks) : null;
    for (const { path: p } of set.migrations) {
      if (listed && path.dirname(p) === set.root && !listed.has(p)) continue;
      file(p, 'The migration');
    }
  };
  return { file, migrations };
}

/** The engine the run is for: the URL's, the `engine` input's, or (replay only) the folder's. */
function chooseDriver(settings: Settings): EngineDriver {
  const { databaseUrl, engine } = settings.target;
  if (!databaseUrl) return engine ? driverForKind(engine) : inferDriver(settings.sources.migrations);
  const driver = driverFor(databaseUrl);
  if (engine && engine !== driver.kind) {
    throw new SchemagateError('config', `\`engine\` is ${engine}, but \`database-url\` is a ${driver.kind} URL (${databaseUrl.protocol}//).`, {
      hint: `Remove \`engine\` (the URL says which engine it is), or point \`database-url\` at a ${engine} database.`,
    });
  }
  return driver;
}

async function prepare(settings: Settings, driver: EngineDriver): Promise<Prepared> {
  const { sources } = settings;
  const assertInsideWorkspace = workspaceGuard(sources.cwd);
  assertInsideWorkspace.file(sources.migrations, 'The migrations folder');
  if (sources.snapshot) assertInsideWorkspace.file(sources.snapshot, 'The snapshot');
  const { adopt } = settings.journal;
  if (adopt !== 'auto' && adopt !== 'none' && !driver.adoptTools.includes(adopt)) {
    throw new SchemagateError('config', `\`adopt: ${adopt}\` is not a journal schemagate reads on ${driver.kind}.`, {
      hint: `On ${driver.kind}, set \`adopt\` to auto, none or one of: ${driver.adoptTools.join(', ')}.`,
    });
  }
  // Where mode `snapshot` writes: inside the workspace too.
  if (settings.mode === 'snapshot') assertInsideWorkspace.file(snapshotToWrite(sources), 'The snapshot');
  const needsMigrations = settings.mode !== 'snapshot' && settings.mode !== 'verify';
  const set = needsMigrations || existsSync(sources.migrations)
    ? loadMigrations(sources.migrations, { dialect: driver.dialect, cwd: sources.cwd, checksum: sources.checksum, format: sources.format })
    : null;
  if (set) assertInsideWorkspace.migrations(set);
  const snapshotFile = settings.mode === 'snapshot' ? null : resolveSnapshotFile(sources, set);
  if (snapshotFile) assertInsideWorkspace.file(snapshotFile, 'The snapshot');
  const expected = snapshotFile ? await readExpectedSnapshot(snapshotFile, relative(sources.cwd, snapshotFile)) : null;
  if (expected && expected.schema.engine !== driver.kind) {
    throw new SchemagateError('config', `Snapshot ${expected.file} describes a ${expected.schema.engine} database, but the target is ${driver.kind}.`, {
      location: { file: expected.file, line: 1 },
      hint: 'Point `snapshot` at a snapshot written from this engine (mode `snapshot`).',
    });
  }
  if (expected && statesNothing(expected.schema)) {
    throw new SchemagateError('config', `Snapshot ${expected.file} states no tables, views or other objects: verifying against it would check nothing.`, {
      location: { file: expected.file, line: 1 },
      hint: `${EMPTY_SNAPSHOT_HINT} Then write the snapshot again with mode \`snapshot\`.`,
    });
  }
  if (settings.mode === 'apply' && settings.apply.verify && settings.apply.requireSnapshot && !expected) {
    throw new SchemagateError('config', `Mode \`apply\` found no snapshot to verify against (looked for ${relative(sources.cwd, snapshotToWrite(sources))}), and \`require-snapshot\` is true.`, {
      hint: 'Write a snapshot with mode `snapshot` (or point `snapshot` at one), or set `require-snapshot: false` to apply unverified with a warning.',
    });
  }
  if (settings.mode === 'verify' && !expected) {
    throw new SchemagateError('config', 'Mode `verify` needs an expected snapshot and none was found.', {
      hint: 'Set `snapshot` to a schemagate snapshot (write one with mode `snapshot`) or to a drizzle migrations folder.',
    });
  }
  return { driver, set, expected };
}

/** Without a URL (a replay-only preview) only a drizzle folder says which engine it is for. */
function inferDriver(migrations: string): EngineDriver {
  if (isDrizzleFolder(migrations)) return driverForDialect(DRIZZLE_DIALECT);
  throw new SchemagateError('config', 'Without `database-url`, schemagate cannot tell which engine the migrations are for.', {
    hint: 'Set `engine` to postgres or clickhouse.',
  });
}

/**
 * `adopt` chooses the journal; the older `drizzle-journal` input keeps its meaning: drizzle's
 * journal is adopted and written for drizzle folders (auto) or always (true), never (false).
 */
function adoptOptions(settings: Settings, layout: string | null): AdoptOptions {
  const { adopt, adoptWrite, drizzle, drizzleTable } = settings.journal;
  const drizzleByAlias = adopt === 'auto' && (drizzle === 'true' || (drizzle === 'auto' && layout === 'drizzle'));
  const tables = { drizzle: drizzleTable };
  if (drizzleByAlias) return { tool: 'drizzle', write: true, tables };
  return { tool: adopt, write: adoptWrite, tables, ...(drizzle === 'false' ? { skip: ['drizzle'] } : {}) };
}

function engineOptions(settings: Settings, prepared: Prepared, emit: Emit, stop: AbortSignal): EngineOptions {
  const { dialect } = prepared.driver;
  const extensions = () => [...new Set(prepared.set?.migrations.flatMap((m) => m.statements.flatMap((s) => dialect.extensionCreated?.(s.sql) ?? [])) ?? [])];
  return {
    journalSchema: settings.journal.schema,
    journalTable: settings.journal.table,
    statementTimeoutMs: settings.apply.statementTimeoutMs,
    rebuildInvalidIndexes: settings.apply.rebuildInvalidIndexes,
    clientName: ownerName(settings.run.runUrl),
    connectRetries: settings.apply.connectRetries,
    adopt: adoptOptions(settings, prepared.set?.layout ?? null),
    log: (message: string) => emit({ type: 'engine-notice', message }),
    clickhouse: settings.clickhouse,
    readOnly: settings.mode === 'plan' || settings.mode === 'verify' || settings.mode === 'snapshot',
    openWaitMs: settings.apply.lockTimeoutMs,
    extensions,
    ...(settings.target.schema ? { schema: settings.target.schema } : {}),
    stop,
  };
}

function refusal(plan: Plan): SchemagateError {
  const errors = plan.problems.filter((p) => p.severity === 'error');
  const first = errors[0]!;
  return new SchemagateError(
    'refused',
    errors.length === 1 ? first.message : `${errors.length} problems block this plan; first: ${first.message}`,
    { ...(first.location ? { location: first.location } : {}), hint: first.hint },
  );
}

function withinBaseline(migration: Migration, to: string | null): boolean {
  if (to === null) return true;
  const limit = parseVersion(to);
  if (!limit) throw new SchemagateError('config', `\`baseline-to\` must be a version (digits, parts separated by . or _), got "${to}".`);
  return migration.kind === 'versioned' && compareVersions(migration.order, limit) <= 0;
}

async function baseline(engine: Engine, run: TargetRun, plan: Plan): Promise<AppliedResult[]> {
  const reason = run.baseline.reason ?? 'baseline recorded by schemagate';
  const targets = new Map<string, { migration: Migration; note: string }>();
  for (const item of plan.pending) targets.set(item.migration.id, { migration: item.migration, note: reason });
  for (const item of plan.edited) {
    targets.set(item.migration.id, {
      migration: item.migration,
      note: `${reason}; accepted edited checksum (was ${item.row.checksumAlgorithm}:${item.row.checksum})`,
    });
  }
  for (const item of plan.failed) {
    if (item.migration) targets.set(item.migration.id, { migration: item.migration, note: `${reason}; marked done after a failed attempt` });
  }
  const results: AppliedResult[] = [];
  for (const { migration, note } of targets.values()) {
    if (!withinBaseline(migration, run.baseline.to)) continue;
    const now = new Date();
    const outOfOrder = plan.outOfOrder.includes(migration);
    await engine.writeAttempt(
      newAttempt(migration, 'baseline', run.context, now, { status: 'applied', finishedAt: now, durationMs: 0, note, outOfOrder }),
      migration,
    );
    results.push({ migrationId: migration.id, file: migration.file, kind: 'baseline', status: 'baselined', durationMs: 0, statementsRun: 0, outOfOrder });
  }
  return results;
}

/**
 * A migration after which a transaction-mode batch commits: one with a statement whose result its
 * transaction cannot use (dialect.usableOnlyAfterCommit), or one that may change the session
 * (dialect.changesSession), which the engine puts back only as the transaction ends, so the
 * migrations after it do not run with its settings.
 */
function commitsAfterIn(dialect: EngineDriver['dialect']): (migration: Migration) => boolean {
  const endsChunk = (sql: string) => dialect.usableOnlyAfterCommit?.(sql) === true || dialect.changesSession?.(sql) === true;
  return (migration) => migration.statements.some((statement) => endsChunk(statement.sql));
}

/** A failure further on still reports what the run had found and done before it. */
function keeping(found: Partial<RunParts>): (error: unknown) => never {
  return (error) => {
    if (error instanceof PartialFailure) throw new PartialFailure({ ...error.parts, ...found }, error.failure);
    throw new PartialFailure({ ...NO_PARTS, ...found }, error);
  };
}

/** Applies the plan's pending migrations in order; a failure carries what was applied before it. */
async function applyPending(engine: Engine, run: TargetRun, plan: Plan, emit: Emit): Promise<AppliedResult[]> {
  const applied: AppliedResult[] = [];
  const options = { context: run.context, ddlLocks: run.ddlLocks, stop: run.stop, ...(run.noTransaction ? { noTransaction: run.noTransaction } : {}) };
  const total = plan.pending.length;
  // Per migration, each migration is a chunk of its own.
  const chunks = run.batch ? batchChunks(plan.pending, run.batch.chunkStatements, run.batch.commitsAfter) : plan.pending.map((item) => [item]);
  let index = 0;
  // The running row the previous migration wrote with its applied row (core/apply.ts Handoff).
  let started: JournalRow | undefined;
  // A lone migration that batch mode would not put in a transaction (no-transaction, backfill) runs as usual.
  const inChunk = (chunk: PendingItem[] | undefined) => run.batch !== null && chunk !== undefined && chunk.every((item) => item.migration.transactional && !item.migration.batch);
  for (const [c, chunk] of chunks.entries()) {
    if (run.stop.aborted) {
      const stopped = stoppedError(run.stop, `before ${chunk[0]!.migration.file}: ${index} of ${total} pending migration(s) applied, ${total - index} left pending.`, 'What was applied stays applied, and the journal records exactly that; run again to apply the rest.');
      throw new PartialFailure({ ...NO_PARTS, plan, applied }, stopped);
    }
    const chunkStarted = Date.now();
    try {
      if (!inChunk(chunk)) {
        // A batch chunk writes no running rows: nothing is handed to it.
        const next = inChunk(chunks[c + 1]) ? undefined : chunks[c + 1]?.[0];
        const { handedOff, ...result } = await applyMigration(engine, chunk[0]!, { index, total }, options, emit, { ...(started ? { started } : {}), ...(next ? { next } : {}) });
        applied.push(result);
        started = handedOff;
      } else applied.push(...(await applyChunk(engine, chunk, { index, total }, options, emit)));
    } catch (error) {
      // A failing chunk applied nothing: the failed migration is the one its error names.
      const failedFile = error instanceof SchemagateError ? error.location?.file : undefined;
      const { migration, outOfOrder } = chunk.find((item) => item.migration.file === failedFile) ?? chunk[0]!;
      // Statements that ran and stay (a no-transaction migration's, before the one that failed).
      const statementsRun = error instanceof SchemagateError ? (error.details.statementsApplied ?? 0) : 0;
      applied.push({ migrationId: migration.id, file: migration.file, kind: migration.kind, status: 'failed', durationMs: Date.now() - chunkStarted, statementsRun, outOfOrder });
      throw new PartialFailure({ ...NO_PARTS, plan, applied }, error);
    }
    index += chunk.length;
  }
  return applied;
}

/** Reads the earlier environment's journal (read-only) and refuses what it has not applied. */
async function checkPromotion(run: TargetRun, prepared: Prepared, plan: Plan, emit: Emit): Promise<RunParts['promotion']> {
  const promotion = run.promotion!;
  const driver = driverFor(promotion.databaseUrl);
  if (driver.kind !== prepared.driver.kind) {
    throw new SchemagateError('config', `\`promotion-database-url\` is a ${driver.kind} database but the target is ${prepared.driver.kind}.`);
  }
  const earlier = await driver.open(promotion.databaseUrl, { ...run.engineOptions, readOnly: true });
  let journal;
  try {
    journal = checkJournal(await earlier.readJournal(), `of ${promotion.environment}`);
  } finally {
    await earlier.close().catch(() => {});
  }
  const rows = promotionGate(plan.pending, journal);
  const result = { environment: promotion.environment, rows };
  const blocked = gateBlocks(rows);
  if (blocked.length > 0) {
    const first = blocked[0]!;
    throw new PartialFailure(
      { ...NO_PARTS, plan, promotion: result },
      new SchemagateError(
        'promotion',
        `${blocked.map((r) => r.file).join(', ')} ${blocked.length === 1 ? 'has' : 'have'} not been applied successfully to ${promotion.environment} with the same checksum (${first.file}: ${first.earlier}).`,
        { location: { file: first.file, line: 1 }, hint: `Apply to ${promotion.environment} first; this environment only receives what ${promotion.environment} already runs.` },
      ),
    );
  }
  emit({ type: 'promotion-passed', environment: promotion.environment, count: rows.length });
  return result;
}

/** The safety report of the plan's pending migrations; throws it with the failure when it fails the run. */
async function checkSafety(engine: Engine, run: TargetRun, prepared: Prepared, plan: Plan, promotion: RunParts['promotion']): Promise<RunParts['safety']> {
  if (!run.safety) return null;
  const pending = plan.pending.map((p) => p.migration);
  const safety = await assessSafety(engine, prepared.driver.dialect, pending, run.safety, run.safety.observed);
  const failure = safetyFailure(safety);
  if (failure) throw new PartialFailure({ ...NO_PARTS, plan, promotion, safety }, failure);
  return safety;
}

/** The live schema against the snapshot, each difference located in the snapshot file. */
async function compare(engine: Pick<Engine, 'introspect'>, expected: ExpectedSnapshot, failOnExtra: boolean, schema: string | null): Promise<{ verification: Verification; actual: SchemaSnapshot }> {
  const live = await engine.introspect();
  // An older snapshot's parts are compared on what its version recorded (readExpectedSnapshot).
  const actual = partsAsRecorded(schema ? scopeToSchema(live, schema, expected.schema) : live, expected.schema.unrecordedProperties);
  const differences = diffSchemas(expected.schema, actual, { failOnExtra }).map((d) => ({ ...d, line: expected.locate(d.object) }));
  return { verification: { snapshot: expected.file, differences, objectsChecked: expected.schema.tables.length, ...absentSchemas(expected.schema, actual) }, actual };
}

/** The snapshot's schemas when the live side has nothing in any of them: a target pointed at another database or schema. */
function absentSchemas(expected: SchemaSnapshot, actual: SchemaSnapshot): Pick<Verification, 'absentSchemas'> {
  const live = new Set(actual.tables.map((t) => t.schema));
  const schemas = [...new Set(expected.tables.filter((t) => !SERVER_WIDE_TYPES.has(t.type)).map((t) => t.schema))];
  return schemas.length > 0 && schemas.every((schema) => !live.has(schema)) ? { absentSchemas: schemas } : {};
}

/** Compares; on drift, names the migration behind each difference (see core/history.ts). */
async function verify(engine: Engine, run: TargetRun, prepared: Prepared): Promise<Verification> {
  const expected = prepared.expected!;
  const { verification, actual } = await compare(engine, expected, run.failOnExtra, run.schema);
  let { differences } = verification;
  const history = differences.some((d) => d.severity === 'error') && prepared.set ? await migrationHistory(prepared.set, prepared.driver, run.engineOptions) : null;
  if (history && history.steps.length > 0) differences = explainDrift(differences, history.steps, actual, await engine.readJournal(), history.built);
  return { ...verification, differences };
}

/** Plans, and throws the refusal with the plan when it has errors. */
function acceptedPlan(engine: Engine, dialect: Dialect, migrations: Migration[], journal: Awaited<ReturnType<Engine['readJournal']>>, options: PlanOptions): Plan {
  const plan = buildPlan(migrations, journal, options);
  if (hasErrors(plan)) throw new PartialFailure({ ...NO_PARTS, plan }, refusal(plan));
  try {
    const pending = plan.pending.map((p) => p.migration);
    refuseUnbatchable(engine, pending);
    refuseTransactionControl(dialect, pending);
  } catch (error) {
    throw new PartialFailure({ ...NO_PARTS, plan }, error);
  }
  return plan;
}

async function runOnTarget(engine: Engine, run: TargetRun, prepared: Prepared, emit: Emit): Promise<RunParts> {
  const { set, expected } = prepared;
  switch (run.mode) {
    case 'plan': {
      const plan = acceptedPlan(engine, prepared.driver.dialect, set!.migrations, checkJournal(await engine.readJournal(), engine.journalLocation), run.planOptions);
      const promotion = run.promotion ? await checkPromotion(run, prepared, plan, emit) : null;
      return { ...NO_PARTS, plan, promotion, safety: await checkSafety(engine, run, prepared, plan, promotion) };
    }
    case 'verify':
      return { ...NO_PARTS, verification: await verify(engine, run, prepared) };
    case 'snapshot': {
      const live = await engine.introspect();
      const written = relative(run.cwd, run.snapshotFile);
      if (statesNothing(live)) {
        throw new SchemagateError('config', `The target has no tables, views or other objects to snapshot, so ${written} was not written: a snapshot of nothing would verify nothing.`, {
          hint: EMPTY_SNAPSHOT_HINT,
        });
      }
      try {
        writeSnapshot(run.snapshotFile, live);
      } catch (error) {
        const { code, message } = error as NodeJS.ErrnoException;
        throw new SchemagateError('config', `Snapshot ${written} cannot be written (${code ?? message}).`, {
          location: { file: written },
          hint: 'Set `snapshot` to a file path whose folders are folders (not files), and that is not itself a folder.',
        });
      }
      const behind = set ? await migrationsBehind(engine, set) : null;
      if (run.snapshotReadInstead) {
        emit({
          type: 'engine-notice',
          message: `Verify and apply of this folder compare against ${relative(run.cwd, run.snapshotReadInstead)} (drizzle-kit's latest snapshot), not ${written}: set \`snapshot\` (CLI: --snapshot ${written}) to compare against this one.`,
        });
      }
      return { ...NO_PARTS, snapshotWritten: written, unverified: behind };
    }
    case 'apply':
    case 'baseline': {
      if (run.mode === 'apply' && run.batch && !engine.transactions) {
        throw new SchemagateError('config', `Input \`transaction-mode\` is batch, but ${engine.kind} has no transactions to put a batch in.`, {
          hint: 'Remove `transaction-mode` (or set it to per-migration): migrations then run statement by statement, each statement journaled.',
        });
      }
      const lock = await engine.acquireLock({
        owner: ownerName(run.context.runUrl),
        timeoutMs: run.lockTimeoutMs,
        onWait: (holder) => emit({ type: 'lock-waiting', holder }),
        stop: run.stop,
      });
      try {
        // Planned under the lock: a run that waited sees what the previous holder applied. The
        // journal is created only once the plan is accepted: a refused run changes nothing.
        const journal = checkJournal(await engine.readJournal(), engine.journalLocation);
        if (run.mode === 'baseline') {
          const plan = buildPlan(set!.migrations, journal, { allowOutOfOrder: true, resume: false });
          await engine.ensureJournal();
          return { ...NO_PARTS, plan, applied: await baseline(engine, run, plan) };
        }
        const plan = acceptedPlan(engine, prepared.driver.dialect, set!.migrations, journal, run.planOptions);
        const promotion = run.promotion ? await checkPromotion(run, prepared, plan, emit) : null;
        // Before the journal exists or anything runs: an unsafe set is refused untouched.
        const safety = await checkSafety(engine, { ...run, safety: run.safety && { ...run.safety, rehearse: false } }, prepared, plan, promotion);
        // Nothing to record, nothing to create or upgrade: a no-op apply writes nothing (not even the journal's comment).
        if (plan.pending.length > 0) await engine.ensureJournal();
        const applied = await applyPending(engine, run, plan, emit).catch(keeping({ promotion, safety }));
        if (run.stop.aborted && expected && run.verifyAfterApply) {
          const stopped = stoppedError(run.stop, `after every pending migration was applied (${applied.length}), before verification.`, 'The migrations are applied and journaled; run mode `verify` to check the schema.');
          throw new PartialFailure({ ...NO_PARTS, plan, promotion, safety, applied }, stopped);
        }
        const verification = expected && run.verifyAfterApply ? await verify(engine, run, prepared).catch(keeping({ plan, promotion, safety, applied })) : null;
        return { ...NO_PARTS, plan, promotion, safety, applied, verification, unverified: expected || !run.verifyAfterApply ? null : noSnapshot(run) };
      } finally {
        await lock.release().catch(() => {});
      }
    }
  }
}

/**
 * Why a snapshot of the target may not be the schema the migrations build: some are not applied
 * there (pending, or failed); null when every one is. `verify` against such a snapshot would
 * expect their changes absent, and report only their additions, as warnings.
 */
async function migrationsBehind(engine: Engine, set: MigrationSet): Promise<string | null> {
  let plan: Plan;
  let journal: Journal;
  try {
    journal = checkJournal(await engine.readJournal(), engine.journalLocation);
    plan = buildPlan(set.migrations, journal, { allowOutOfOrder: true, resume: false });
  } catch (error) {
    return `This snapshot may not be the schema the migrations build: the target's journal could not be read to tell (${databaseMessage(error)}).`;
  }
  const files = plan.pending.map((p) => p.migration.file);
  if (files.length === 0) return null;
  if (journal.attempts.length === 0 && !journal.adopted) {
    // Nothing recorded at all: more often a journal kept elsewhere than migrations never applied.
    return (
      `This snapshot may not be the schema the migrations build: ${engine.journalLocation}, the journal this run reads, records none of the ${files.length} migration(s). ` +
      'If they were applied with the journal in another database or schema, set `journal-schema` to it (and `journal-table`, if renamed); otherwise apply them (mode `apply`) and write the snapshot again.'
    );
  }
  const failed = plan.pending.filter((p) => p.reason === 'retry' || p.reason === 'resume').length;
  return (
    `This snapshot may not be the schema the migrations build: ${files.length} of them ${files.length === 1 ? 'is' : 'are'} not applied on the target ` +
    `(${files.slice(0, 3).join(', ')}${files.length > 3 ? `, and ${files.length - 3} more` : ''})${failed > 0 ? `, ${failed} after a failed attempt` : ''}. ` +
    'Apply them (mode `apply`) and write the snapshot again: verified against this one, their changes would be drift.'
  );
}

function noSnapshot(run: TargetRun): string {
  return `Not verified: no snapshot found (looked for ${relative(run.cwd, run.snapshotFile)}), so nothing shows the live schema is what the migrations should build. Write one with mode \`snapshot\` or set \`snapshot\`; \`require-snapshot: true\` makes this an error.`;
}

/** Opens the database, runs the pass, and turns whatever happens into parts and an error. */
async function runOn(driver: EngineDriver, url: URL, run: TargetRun, prepared: Prepared, emit: Emit): Promise<{ parts: RunParts; error: OutcomeError | null }> {
  let engine: Engine | null = null;
  const cancelRunning = () => engine?.cancelRunning?.();
  try {
    if (run.stop.aborted) throw stoppedError(run.stop, 'before connecting to the database.', 'Nothing was done; run again when ready.');
    engine = await driver.open(url, run.engineOptions);
    run.stop.addEventListener('abort', cancelRunning);
    emit({ type: 'connected', target: displayUrl(url), engine: driver.kind });
    const parts = await runOnTarget(engine, run, prepared, emit);
    return { parts, error: driftError(parts.verification) };
  } catch (error) {
    const parts = error instanceof PartialFailure ? error.parts : NO_PARTS;
    const failure = error instanceof PartialFailure ? error.failure : error;
    return { parts, error: failureOf(run.stop.aborted ? cancelled(failure, run.stop, stoppedHint(parts)) : failure) };
  } finally {
    run.stop.removeEventListener('abort', cancelRunning);
    await engine?.close().catch(() => {});
  }
}

/** What a stopped run leaves, for the `cancelled` outcome's hint. */
function stoppedHint(parts: RunParts): string {
  const applied = parts.applied.filter((a) => a.status === 'applied').length;
  return applied === 0
    ? 'This run applied nothing; the journal records exactly what ran. Run again when ready.'
    : `The ${applied} migration(s) applied before the stop stay applied, and the journal records exactly what ran; run again to apply the rest.`;
}

/**
 * Applies every migration from empty on a throwaway embedded database of the same engine and
 * verifies the result: a full preview that needs no secret and catches what breaks on empty.
 */
async function replay(settings: Settings, prepared: Prepared, target: TargetRun, emit: Emit, observe: StatementObserver | undefined): Promise<Outcome> {
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schemagate-replay-'));
  const run: TargetRun = {
    ...target,
    mode: 'apply',
    planOptions: { allowOutOfOrder: true, resume: false },
    verifyAfterApply: true,
    promotion: null,
    // A fresh database has no other tool's journal, and keeps its own where it would by default.
    engineOptions: { ...target.engineOptions, journalSchema: undefined, schema: undefined, adopt: undefined, readOnly: false, ...(observe ? { observe } : {}) },
    // The replay observes; the target's pending set is what the safety gate judges.
    safety: null,
  };
  try {
    const { parts, error } = await runOn(prepared.driver, prepared.driver.embeddedUrl(path.join(dir, 'db')), run, prepared, (event) => emit({ type: 'replay', event }));
    const head = { mode: 'apply' as const, engine: prepared.driver.kind, target: 'embedded replay database', migrations: relative(settings.sources.cwd, settings.sources.migrations), layout: prepared.set?.layout ?? null };
    return buildOutcome(head, parts, { error, durationMs: Date.now() - started });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The gate's settings for modes that run migrations; null when `lint: off`. */
function safetyOptions(settings: Settings, prepared: Prepared): SafetyOptions | null {
  const { safety } = settings;
  if (safety.lint === 'off' || (settings.mode !== 'plan' && settings.mode !== 'apply') || !prepared.set) return null;
  const { expected } = prepared;
  return {
    lint: safety.lint,
    largeTableRows: safety.largeTableRows,
    rehearse: safety.rehearse && settings.mode === 'plan',
    ...(settings.clickhouse.cluster ? { cluster: settings.clickhouse.cluster } : {}),
    statementTimeoutMs: settings.apply.statementTimeoutMs ?? REHEARSAL_STATEMENT_TIMEOUT_MS,
    verify: expected ? async (tx) => (await compare(tx, expected, settings.verify.failOnExtra, settings.target.schema)).verification : null,
  };
}

/** Without a target every migration is pending and every table new: the rules and the replay's observations alone. */
async function replayOnlySafety(run: TargetRun, prepared: Prepared): Promise<{ parts: RunParts; error: OutcomeError | null }> {
  if (!run.safety) return { parts: NO_PARTS, error: null };
  try {
    const safety = await assessSafety(null, prepared.driver.dialect, prepared.set!.migrations, run.safety, run.safety.observed);
    const failure = safetyFailure(safety);
    return { parts: { ...NO_PARTS, safety }, error: failure && failureOf(failure) };
  } catch (error) {
    return { parts: NO_PARTS, error: failureOf(error) };
  }
}

export async function runSchemagate(settings: Settings, emit: Emit, stop: AbortSignal = NEVER_STOPS): Promise<Outcome> {
  const started = Date.now();
  const { sources } = settings;
  const head = {
    mode: settings.mode,
    engine: 'unknown',
    target: settings.target.databaseUrl ? displayUrl(settings.target.databaseUrl) + (settings.target.schema ? ` schema ${settings.target.schema}` : '') : 'none (replay only)',
    migrations: relative(sources.cwd, sources.migrations),
    layout: null as string | null,
  };
  // git answers while the migrations are read.
  const context = resolveRunContext(settings.run, sources.cwd);
  let prepared: Prepared;
  let engineKnown = head;
  try {
    const driver = chooseDriver(settings);
    engineKnown = { ...head, engine: driver.kind };
    prepared = await prepare(settings, driver);
  } catch (error) {
    return buildOutcome(engineKnown, NO_PARTS, { error: failureOf(error), durationMs: Date.now() - started });
  }
  const known = { ...engineKnown, layout: prepared.set?.layout ?? null };
  const run: TargetRun = {
    mode: settings.mode,
    planOptions: settings.plan,
    verifyAfterApply: settings.apply.verify,
    failOnExtra: settings.verify.failOnExtra,
    promotion: settings.promotion,
    lockTimeoutMs: settings.apply.lockTimeoutMs,
    ddlLocks: settings.apply.ddlLocks,
    baseline: settings.baseline,
    snapshotFile: snapshotToWrite(sources),
    snapshotReadInstead: sources.snapshot ? null : (prepared.set?.snapshotPath ?? null),
    context: await context,
    cwd: sources.cwd,
    engineOptions: engineOptions(settings, prepared, emit, stop),
    noTransaction: prepared.set ? layoutNamed(prepared.set.layout).noTransaction : undefined,
    batch: settings.apply.transactionMode === 'batch' ? { chunkStatements: settings.apply.batchChunkStatements ?? BATCH_CHUNK_STATEMENTS, commitsAfter: commitsAfterIn(prepared.driver.dialect) } : null,
    safety: null,
    schema: settings.target.schema,
    stop,
  };
  const safety = safetyOptions(settings, prepared);
  const observations = observationLog(prepared.set?.migrations ?? [], 'replay');
  const replayed = settings.replay ? await replay(settings, prepared, run, emit, safety ? observations.observe : undefined) : null;
  const targetRun = { ...run, safety: safety && { ...safety, observed: observations.observations } };
  const onTarget = settings.target.databaseUrl
    ? await runOn(prepared.driver, settings.target.databaseUrl, targetRun, prepared, emit)
    : await replayOnlySafety(targetRun, prepared);
  const replayError: OutcomeError | null = replayed?.error
    ? {
        ...replayed.error,
        fromReplay: true,
        message: `Replay on an empty ${prepared.driver.kind} database: ${replayed.error.message}`,
        // The replay's journal is thrown away with its database: its hint must not say the target recorded anything.
        ...(replayed.error.kind === 'migration-failed'
          ? { hint: 'The replay ran on a throwaway embedded database; nothing was recorded on the target. Fix the migration and run again.' }
          : {}),
      }
    : null;
  return buildOutcome(known, onTarget.parts, { replay: replayed, error: onTarget.error ?? replayError, durationMs: Date.now() - started });
}
