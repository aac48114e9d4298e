import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigration, newAttempt, type AppliedResult, type Emit } from './apply.js';
import { displayUrl, type Settings } from './config.js';
import type { Engine, EngineDriver } from './engines/engine.js';
import { driverFor, driverForKind } from './engines/index.js';
import { databaseMessage, SchemagateError, type FailureKind, type Location } from './errors.js';
import { buildPlan, hasErrors, type Plan } from './plan.js';
import { gateBlocks, promotionGate, type GateRow } from './promotion.js';
import { loadMigrations } from './sources/index.js';
import type { Difference, Migration, MigrationSet } from './types.js';
import { diffSchemas } from './verify/diff.js';
import { readExpectedSnapshot, writeSnapshot, type ExpectedSnapshot } from './verify/snapshot.js';

/**
 * The engine-agnostic core that both shells call: one function per mode, each returning an
 * Outcome that the reporters render. Failures become an Outcome too, so a failed run still
 * writes its summary, outputs and annotations.
 */

export interface Verification {
  snapshot: string;
  differences: Array<Difference & { line: number }>;
  /** Tables, views and (Postgres) enums the snapshot states. */
  objectsChecked: number;
}

export interface OutcomeError {
  kind: FailureKind;
  message: string;
  hint?: string;
  location?: Location;
  /** The failure happened in the replay on an embedded database, not on the target. */
  fromReplay?: boolean;
  /** The SQL of the statement that failed, when one did. */
  statement?: string;
}

export interface Outcome {
  mode: Settings['mode'];
  engine: string;
  target: string;
  migrations: string;
  format: MigrationSet['format'] | null;
  status: 'ok' | FailureKind;
  plan: Plan | null;
  applied: AppliedResult[];
  verification: Verification | null;
  snapshotWritten: string | null;
  /** The same migrations applied from empty on an embedded database (input `replay`). */
  replay: Outcome | null;
  /** What the earlier environment has applied, for each pending migration (promotion gate). */
  promotion: { environment: string; rows: GateRow[] } | null;
  error: OutcomeError | null;
  durationMs: number;
}

const relative = (settings: Settings, file: string) => path.relative(settings.cwd, file).split(path.sep).join('/') || '.';

/** A snapshot input may name a file or a drizzle folder (its latest meta/NNNN_snapshot.json). */
export function resolveSnapshotFile(settings: Settings, set: MigrationSet | null): string | null {
  const candidate = settings.snapshot ?? set?.snapshotPath ?? null;
  if (candidate && existsSync(candidate) && statSync(candidate).isDirectory()) {
    const meta = existsSync(path.join(candidate, 'meta')) ? path.join(candidate, 'meta') : candidate;
    const latest = readdirSync(meta)
      .filter((f) => /^\d+_snapshot\.json$/.test(f))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
      .pop();
    if (!latest) throw new SchemagateError('config', `No NNNN_snapshot.json in ${relative(settings, meta)}.`, { hint: 'Point `snapshot` at a snapshot file or a drizzle migrations folder.' });
    return path.join(meta, latest);
  }
  if (candidate) return candidate;
  const own = path.join(settings.migrations, 'schemagate.snapshot.json');
  return existsSync(own) ? own : null;
}

async function verify(engine: Engine, settings: Settings, expected: ExpectedSnapshot): Promise<Verification> {
  const actual = await engine.introspect();
  const differences = diffSchemas(expected.schema, actual, { failOnExtra: settings.failOnExtra }).map((d) => ({
    ...d,
    line: expected.locate(d.object),
  }));
  return { snapshot: expected.file, differences, objectsChecked: expected.schema.tables.length };
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

/**
 * Who holds the lock, as a waiting run will see it. Postgres keeps only 63 characters of an
 * application name, so a workflow run is named `owner/repo run N` rather than by its URL.
 */
export function ownerName(runUrl: string | null, host = os.hostname(), pid = process.pid): string {
  const run = runUrl ? (/\/([^/]+\/[^/]+)\/actions\/runs\/(\d+)/.exec(runUrl)?.slice(1).join(' run ') ?? runUrl) : 'local';
  return `schemagate ${run} on ${host} pid ${pid}`;
}

function withinBaseline(migration: Migration, to: string | null): boolean {
  if (to === null) return true;
  return migration.kind === 'versioned' && BigInt(migration.id) <= BigInt(to);
}

async function baseline(engine: Engine, settings: Settings, plan: Plan): Promise<AppliedResult[]> {
  const reason = settings.baselineReason ?? 'baseline recorded by schemagate';
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
    if (!withinBaseline(migration, settings.baselineTo)) continue;
    const now = new Date();
    const outOfOrder = plan.outOfOrder.includes(migration);
    await engine.writeAttempt(
      newAttempt(migration, 'baseline', settings.context, now, { status: 'applied', finishedAt: now, durationMs: 0, note, outOfOrder }),
    );
    if (migration.drizzleWhen !== undefined) await engine.writeDrizzleRow?.(migration.checksums.sha256, migration.drizzleWhen);
    results.push({ migrationId: migration.id, file: migration.file, kind: 'baseline', status: 'baselined', durationMs: 0, statementsRun: 0, outOfOrder });
  }
  return results;
}

function engineOptions(settings: Settings, format: MigrationSet['format'] | null, emit: Emit) {
  const drizzle = settings.drizzleJournal === 'true' || (settings.drizzleJournal === 'auto' && format === 'drizzle');
  return {
    journalSchema: settings.journalSchema,
    journalTable: settings.journalTable,
    statementTimeoutMs: settings.statementTimeoutMs,
    clientName: ownerName(settings.context.runUrl),
    connectRetries: settings.connectRetries,
    ...(drizzle ? { drizzleTable: settings.drizzleTable } : {}),
    log: (message: string) => emit({ type: 'log', message }),
    cluster: settings.cluster,
    mutationTimeoutMs: settings.mutationTimeoutMs,
  };
}

interface Prepared {
  driver: EngineDriver;
  set: MigrationSet | null;
  expected: ExpectedSnapshot | null;
}

/** Everything that can be checked before connecting: engine, migration files, snapshot. */
function prepare(settings: Settings): Prepared {
  const driver = settings.databaseUrl ? driverFor(settings.databaseUrl) : driverForKind(settings.engine ?? inferEngine(settings));
  const needsMigrations = settings.mode !== 'snapshot' && settings.mode !== 'verify';
  const set = needsMigrations || existsSync(settings.migrations)
    ? loadMigrations(settings.migrations, { split: driver.split, cwd: settings.cwd, checksum: settings.checksum })
    : null;
  const snapshotFile = settings.mode === 'snapshot' ? null : resolveSnapshotFile(settings, set);
  const expected = snapshotFile ? readExpectedSnapshot(snapshotFile, relative(settings, snapshotFile)) : null;
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
function inferEngine(settings: Settings): 'postgres' {
  if (existsSync(path.join(settings.migrations, 'meta', '_journal.json'))) return 'postgres';
  throw new SchemagateError('config', 'Without `database-url`, schemagate cannot tell which engine the migrations are for.', {
    hint: 'Set `engine` to postgres or clickhouse.',
  });
}

async function applyPending(engine: Engine, settings: Settings, outcome: Outcome, emit: Emit): Promise<void> {
  const pending = outcome.plan!.pending;
  for (const [index, item] of pending.entries()) {
    try {
      outcome.applied.push(await applyMigration(engine, item, { index, total: pending.length }, { context: settings.context }, emit));
    } catch (error) {
      const { migration } = item;
      outcome.applied.push({ migrationId: migration.id, file: migration.file, kind: migration.kind, status: 'failed', durationMs: 0, statementsRun: 0, outOfOrder: item.outOfOrder });
      throw error;
    }
  }
}

/** Reads the earlier environment's journal (read-only) and refuses what it has not applied. */
async function checkPromotion(settings: Settings, prepared: Prepared, outcome: Outcome, emit: Emit): Promise<void> {
  const promotion = settings.promotion!;
  const driver = driverFor(promotion.databaseUrl);
  if (driver.kind !== prepared.driver.kind) {
    throw new SchemagateError('config', `\`promotion-database-url\` is a ${driver.kind} database but the target is ${prepared.driver.kind}.`);
  }
  const earlier = await driver.open(promotion.databaseUrl, engineOptions(settings, outcome.format, emit));
  let journal;
  try {
    journal = await earlier.readJournal();
  } finally {
    await earlier.close().catch(() => {});
  }
  const rows = promotionGate(outcome.plan!.pending, journal);
  outcome.promotion = { environment: promotion.environment, rows };
  const blocked = gateBlocks(rows);
  if (blocked.length > 0) {
    const first = blocked[0]!;
    throw new SchemagateError(
      'promotion',
      `${blocked.map((r) => r.file).join(', ')} ${blocked.length === 1 ? 'has' : 'have'} not been applied successfully to ${promotion.environment} with the same checksum (${first.file}: ${first.earlier}).`,
      { location: { file: first.file, line: 1 }, hint: `Apply to ${promotion.environment} first; this environment only receives what ${promotion.environment} already runs.` },
    );
  }
  emit({ type: 'log', message: `Promotion gate: all ${rows.length} pending migration(s) are applied to ${promotion.environment} with the same checksum.` });
}

async function runOnTarget(engine: Engine, settings: Settings, prepared: Prepared, outcome: Outcome, emit: Emit): Promise<void> {
  const { set, expected } = prepared;
  const planOptions = { allowOutOfOrder: settings.allowOutOfOrder, resume: settings.resume };
  switch (settings.mode) {
    case 'plan':
      outcome.plan = buildPlan(set!.migrations, await engine.readJournal(), planOptions);
      if (hasErrors(outcome.plan)) throw refusal(outcome.plan);
      if (settings.promotion) await checkPromotion(settings, prepared, outcome, emit);
      return;
    case 'verify':
      outcome.verification = await verify(engine, settings, expected!);
      return;
    case 'snapshot': {
      const file = settings.snapshot ?? path.join(settings.migrations, 'schemagate.snapshot.json');
      writeSnapshot(file, await engine.introspect());
      outcome.snapshotWritten = relative(settings, file);
      return;
    }
    case 'apply':
    case 'baseline': {
      const lock = await engine.acquireLock({
        owner: ownerName(settings.context.runUrl),
        timeoutMs: settings.lockTimeoutMs,
        onWait: (holder) => emit({ type: 'log', message: `Waiting for the migration lock, held by ${holder}.` }),
      });
      try {
        // Planned under the lock: a run that waited sees what the previous holder applied. The
        // journal is created only once the plan is accepted: a refused run changes nothing.
        const journal = await engine.readJournal();
        if (settings.mode === 'baseline') {
          outcome.plan = buildPlan(set!.migrations, journal, { allowOutOfOrder: true, resume: false });
          await engine.ensureJournal();
          outcome.applied = await baseline(engine, settings, outcome.plan);
          return;
        }
        outcome.plan = buildPlan(set!.migrations, journal, planOptions);
        if (hasErrors(outcome.plan)) throw refusal(outcome.plan);
        if (settings.promotion) await checkPromotion(settings, prepared, outcome, emit);
        await engine.ensureJournal();
        await applyPending(engine, settings, outcome, emit);
        if (expected && settings.verifyAfterApply) outcome.verification = await verify(engine, settings, expected);
      } finally {
        await lock.release().catch(() => {});
      }
    }
  }
}

/**
 * Applies every migration from empty on a throwaway embedded database of the same engine and
 * verifies the result: a full preview that needs no secret and catches what breaks on empty.
 */
async function replay(settings: Settings, prepared: Prepared, emit: Emit): Promise<Outcome> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schemagate-replay-'));
  try {
    return await execute(
      {
        ...settings,
        mode: 'apply',
        databaseUrl: prepared.driver.embeddedUrl(path.join(dir, 'db')),
        replay: false,
        promotion: null,
        allowOutOfOrder: true,
        resume: false,
        verifyAfterApply: true,
        drizzleJournal: 'false',
        journalSchema: undefined,
      },
      (event) => emit(event.type === 'log' ? { ...event, message: `[replay] ${event.message}` } : event),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function failureOf(error: unknown): OutcomeError {
  const failure =
    error instanceof SchemagateError
      ? error
      : new SchemagateError('connection', `Database error: ${databaseMessage(error)}`, { cause: error });
  return {
    kind: failure.kind,
    message: failure.message,
    ...(failure.hint ? { hint: failure.hint } : {}),
    ...(failure.location ? { location: failure.location } : {}),
    ...(failure.details.statement ? { statement: failure.details.statement } : {}),
  };
}

function driftError(verification: Verification): OutcomeError | null {
  const errors = verification.differences.filter((d) => d.severity === 'error');
  if (errors.length === 0) return null;
  return {
    kind: 'drift',
    message: `${errors.length} difference${errors.length === 1 ? '' : 's'} from ${verification.snapshot}`,
    hint: 'The live schema does not match the expected snapshot; see the summary for every difference.',
  };
}

/** An outcome before anything has happened; every run, even one that never starts, has one. */
export function blankOutcome(mode: Settings['mode'], target: string, migrations: string): Outcome {
  return {
    mode,
    engine: 'unknown',
    target,
    migrations,
    format: null,
    status: 'ok',
    plan: null,
    applied: [],
    verification: null,
    snapshotWritten: null,
    replay: null,
    promotion: null,
    error: null,
    durationMs: 0,
  };
}

export async function execute(settings: Settings, emit: Emit): Promise<Outcome> {
  const started = Date.now();
  const target = settings.databaseUrl ? displayUrl(settings.databaseUrl) : 'none (replay only)';
  const outcome = blankOutcome(settings.mode, target, relative(settings, settings.migrations));
  let engine: Engine | null = null;
  try {
    const prepared = prepare(settings);
    outcome.engine = prepared.driver.kind;
    outcome.format = prepared.set?.format ?? null;
    if (settings.replay) outcome.replay = await replay(settings, prepared, emit);
    if (settings.databaseUrl) {
      engine = await prepared.driver.open(settings.databaseUrl, engineOptions(settings, outcome.format, emit));
      emit({ type: 'log', message: `Connected to ${outcome.target} (${prepared.driver.kind}).` });
      await runOnTarget(engine, settings, prepared, outcome, emit);
    }
    outcome.error = (outcome.verification && driftError(outcome.verification)) ?? null;
    if (!outcome.error && outcome.replay?.error) {
      outcome.error = { ...outcome.replay.error, fromReplay: true, message: `Replay on an empty ${prepared.driver.kind} database: ${outcome.replay.error.message}` };
    }
  } catch (error) {
    outcome.error = failureOf(error);
  } finally {
    await engine?.close().catch(() => {});
    outcome.durationMs = Date.now() - started;
  }
  outcome.status = outcome.error?.kind ?? 'ok';
  return outcome;
}
