import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayUrl, resolveRunContext, type Mode, type Promotion, type Settings } from '../config/index.js';
import type { AdoptOptions, Engine, EngineDriver, EngineOptions } from '../engines/engine.js';
import { driverFor, driverForDialect, driverForKind } from '../engines/index.js';
import { SchemagateError } from '../errors.js';
import { isDrizzleFolder } from '../sources/drizzle/folder.js';
import { DRIZZLE_DIALECT, latestSnapshot } from '../sources/drizzle/snapshot.js';
import { loadMigrations } from '../sources/index.js';
import type { Migration, MigrationSet, RunContext } from '../types.js';
import { diffSchemas } from '../verify/diff.js';
import { explainDrift } from '../verify/explain.js';
import { readExpectedSnapshot, writeSnapshot, type ExpectedSnapshot } from '../verify/snapshot.js';
import { applyMigration, newAttempt, type AppliedResult } from './apply.js';
import type { Emit } from './events.js';
import { migrationHistory } from './history.js';
import { buildOutcome, driftError, failureOf, NO_PARTS, PartialFailure, type Outcome, type OutcomeError, type RunParts, type Verification } from './outcome.js';
import { buildPlan, hasErrors, type Plan, type PlanOptions } from './plan.js';
import { gateBlocks, promotionGate } from './promotion.js';

/**
 * The engine-agnostic core that both shells call: one function per mode, each returning the
 * parts of an Outcome that the reporters render. Failures become an Outcome too, so a failed run
 * still writes its summary, outputs and annotations.
 */

const relative = (cwd: string, file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';

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
  const own = path.join(sources.migrations, 'schemagate.snapshot.json');
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
  baseline: Settings['baseline'];
  snapshotFile: string;
  context: RunContext;
  cwd: string;
  engineOptions: EngineOptions;
}

function prepare(settings: Settings): Prepared {
  const { sources } = settings;
  const { databaseUrl, engine } = settings.target;
  const driver = databaseUrl ? driverFor(databaseUrl) : engine ? driverForKind(engine) : inferDriver(sources.migrations);
  const needsMigrations = settings.mode !== 'snapshot' && settings.mode !== 'verify';
  const set = needsMigrations || existsSync(sources.migrations)
    ? loadMigrations(sources.migrations, { dialect: driver.dialect, cwd: sources.cwd, checksum: sources.checksum })
    : null;
  const snapshotFile = settings.mode === 'snapshot' ? null : resolveSnapshotFile(sources, set);
  const expected = snapshotFile ? readExpectedSnapshot(snapshotFile, relative(sources.cwd, snapshotFile)) : null;
  if (expected && expected.schema.engine !== driver.kind) {
    throw new SchemagateError('config', `Snapshot ${expected.file} describes a ${expected.schema.engine} database, but the target is ${driver.kind}.`, {
      location: { file: expected.file, line: 1 },
      hint: 'Point `snapshot` at a snapshot written from this engine (mode `snapshot`).',
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

function adoptOptions(settings: Settings, format: MigrationSet['format'] | null): AdoptOptions | undefined {
  const { drizzle, drizzleTable } = settings.journal;
  const adopt = drizzle === 'true' || (drizzle === 'auto' && format === 'drizzle');
  return adopt ? { tool: 'drizzle', table: drizzleTable } : undefined;
}

function engineOptions(settings: Settings, prepared: Prepared, emit: Emit): EngineOptions {
  const adopt = adoptOptions(settings, prepared.set?.format ?? null);
  const { dialect } = prepared.driver;
  const extensions = [...new Set(prepared.set?.migrations.flatMap((m) => dialect.extensionsCreated?.(m.sql) ?? []) ?? [])];
  return {
    journalSchema: settings.journal.schema,
    journalTable: settings.journal.table,
    statementTimeoutMs: settings.apply.statementTimeoutMs,
    clientName: ownerName(settings.run.runUrl),
    connectRetries: settings.apply.connectRetries,
    ...(adopt ? { adopt } : {}),
    log: (message: string) => emit({ type: 'engine-notice', message }),
    clickhouse: settings.clickhouse,
    readOnly: settings.mode === 'plan' || settings.mode === 'verify',
    ...(extensions.length > 0 ? { extensions } : {}),
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
  return migration.kind === 'versioned' && BigInt(migration.id) <= BigInt(to);
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

/** Applies the plan's pending migrations in order; a failure carries what was applied before it. */
async function applyPending(engine: Engine, run: TargetRun, plan: Plan, emit: Emit): Promise<AppliedResult[]> {
  const applied: AppliedResult[] = [];
  for (const [index, item] of plan.pending.entries()) {
    try {
      applied.push(await applyMigration(engine, item, { index, total: plan.pending.length }, { context: run.context }, emit));
    } catch (error) {
      const { migration } = item;
      applied.push({ migrationId: migration.id, file: migration.file, kind: migration.kind, status: 'failed', durationMs: 0, statementsRun: 0, outOfOrder: item.outOfOrder });
      throw new PartialFailure({ ...NO_PARTS, plan, applied }, error);
    }
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
    journal = await earlier.readJournal();
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

/** Compares; on drift, names the migration behind each difference (see core/history.ts). */
async function verify(engine: Engine, run: TargetRun, prepared: Prepared): Promise<Verification> {
  const expected = prepared.expected!;
  const actual = await engine.introspect();
  let differences = diffSchemas(expected.schema, actual, { failOnExtra: run.failOnExtra }).map((d) => ({ ...d, line: expected.locate(d.object) }));
  const history = differences.some((d) => d.severity === 'error') && prepared.set ? await migrationHistory(prepared.set, prepared.driver, run.engineOptions) : [];
  if (history.length > 0) differences = explainDrift(differences, history, actual, await engine.readJournal());
  return { snapshot: expected.file, differences, objectsChecked: expected.schema.tables.length };
}

/** Plans, and throws the refusal with the plan when it has errors. */
function acceptedPlan(migrations: Migration[], journal: Awaited<ReturnType<Engine['readJournal']>>, options: PlanOptions): Plan {
  const plan = buildPlan(migrations, journal, options);
  if (hasErrors(plan)) throw new PartialFailure({ ...NO_PARTS, plan }, refusal(plan));
  return plan;
}

async function runOnTarget(engine: Engine, run: TargetRun, prepared: Prepared, emit: Emit): Promise<RunParts> {
  const { set, expected } = prepared;
  switch (run.mode) {
    case 'plan': {
      const plan = acceptedPlan(set!.migrations, await engine.readJournal(), run.planOptions);
      const promotion = run.promotion ? await checkPromotion(run, prepared, plan, emit) : null;
      return { ...NO_PARTS, plan, promotion };
    }
    case 'verify':
      return { ...NO_PARTS, verification: await verify(engine, run, prepared) };
    case 'snapshot': {
      writeSnapshot(run.snapshotFile, await engine.introspect());
      return { ...NO_PARTS, snapshotWritten: relative(run.cwd, run.snapshotFile) };
    }
    case 'apply':
    case 'baseline': {
      const lock = await engine.acquireLock({
        owner: ownerName(run.context.runUrl),
        timeoutMs: run.lockTimeoutMs,
        onWait: (holder) => emit({ type: 'lock-waiting', holder }),
      });
      try {
        // Planned under the lock: a run that waited sees what the previous holder applied. The
        // journal is created only once the plan is accepted: a refused run changes nothing.
        const journal = await engine.readJournal();
        if (run.mode === 'baseline') {
          const plan = buildPlan(set!.migrations, journal, { allowOutOfOrder: true, resume: false });
          await engine.ensureJournal();
          return { ...NO_PARTS, plan, applied: await baseline(engine, run, plan) };
        }
        const plan = acceptedPlan(set!.migrations, journal, run.planOptions);
        const promotion = run.promotion ? await checkPromotion(run, prepared, plan, emit) : null;
        await engine.ensureJournal();
        const applied = await applyPending(engine, run, plan, emit);
        const verification = expected && run.verifyAfterApply ? await verify(engine, run, prepared) : null;
        return { ...NO_PARTS, plan, promotion, applied, verification };
      } finally {
        await lock.release().catch(() => {});
      }
    }
  }
}

/** Opens the database, runs the pass, and turns whatever happens into parts and an error. */
async function runOn(driver: EngineDriver, url: URL, run: TargetRun, prepared: Prepared, emit: Emit): Promise<{ parts: RunParts; error: OutcomeError | null }> {
  let engine: Engine | null = null;
  try {
    engine = await driver.open(url, run.engineOptions);
    emit({ type: 'connected', target: displayUrl(url), engine: driver.kind });
    const parts = await runOnTarget(engine, run, prepared, emit);
    return { parts, error: driftError(parts.verification) };
  } catch (error) {
    if (error instanceof PartialFailure) return { parts: error.parts, error: failureOf(error.failure) };
    return { parts: NO_PARTS, error: failureOf(error) };
  } finally {
    await engine?.close().catch(() => {});
  }
}

/**
 * Applies every migration from empty on a throwaway embedded database of the same engine and
 * verifies the result: a full preview that needs no secret and catches what breaks on empty.
 */
async function replay(settings: Settings, prepared: Prepared, target: TargetRun, emit: Emit): Promise<Outcome> {
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schemagate-replay-'));
  const run: TargetRun = {
    ...target,
    mode: 'apply',
    planOptions: { allowOutOfOrder: true, resume: false },
    verifyAfterApply: true,
    promotion: null,
    // A fresh database has no other tool's journal, and keeps its own where it would by default.
    engineOptions: { ...target.engineOptions, journalSchema: undefined, adopt: undefined, readOnly: false },
  };
  try {
    const { parts, error } = await runOn(prepared.driver, prepared.driver.embeddedUrl(path.join(dir, 'db')), run, prepared, (event) => emit({ type: 'replay', event }));
    const head = { mode: 'apply' as const, engine: prepared.driver.kind, target: 'embedded replay database', migrations: relative(settings.sources.cwd, settings.sources.migrations), format: prepared.set?.format ?? null };
    return buildOutcome(head, parts, { error, durationMs: Date.now() - started });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runSchemagate(settings: Settings, emit: Emit): Promise<Outcome> {
  const started = Date.now();
  const { sources } = settings;
  const head = {
    mode: settings.mode,
    engine: 'unknown',
    target: settings.target.databaseUrl ? displayUrl(settings.target.databaseUrl) : 'none (replay only)',
    migrations: relative(sources.cwd, sources.migrations),
    format: null as MigrationSet['format'] | null,
  };
  let prepared: Prepared;
  try {
    prepared = prepare(settings);
  } catch (error) {
    return buildOutcome(head, NO_PARTS, { error: failureOf(error), durationMs: Date.now() - started });
  }
  const known = { ...head, engine: prepared.driver.kind, format: prepared.set?.format ?? null };
  const run: TargetRun = {
    mode: settings.mode,
    planOptions: settings.plan,
    verifyAfterApply: settings.apply.verify,
    failOnExtra: settings.verify.failOnExtra,
    promotion: settings.promotion,
    lockTimeoutMs: settings.apply.lockTimeoutMs,
    baseline: settings.baseline,
    snapshotFile: sources.snapshot ?? path.join(sources.migrations, 'schemagate.snapshot.json'),
    context: resolveRunContext(settings.run, sources.cwd),
    cwd: sources.cwd,
    engineOptions: engineOptions(settings, prepared, emit),
  };
  const replayed = settings.replay ? await replay(settings, prepared, run, emit) : null;
  const onTarget = settings.target.databaseUrl ? await runOn(prepared.driver, settings.target.databaseUrl, run, prepared, emit) : { parts: NO_PARTS, error: null };
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
