import { displayUrl, type Mode, type Settings } from '../config/index.js';
import type { Shard, TargetSpec } from '../config/targets.js';
import type { Emit } from './events.js';
import type { Outcome, OutcomeError } from './outcome.js';
import { runSchemagate } from './run.js';
import { NEVER_STOPS } from './stop.js';

/**
 * Many databases, one folder: every target runs the mode through `runSchemagate` (its own
 * lock, journal, plan, apply, verify and outcome), in a sliding pool of `max-parallel`, after
 * the canary targets. Only a short summary of each target is kept, plus the whole outcome of
 * the first failures (for the report's details), so memory stays bounded however many targets.
 */

export type TargetStatus = Outcome['status'] | 'not-attempted';

/** What the report and the result JSON keep of one target. */
export interface TargetSummary {
  name: string;
  /** The target without credentials (host, database, schema). */
  target: string;
  status: TargetStatus;
  applied: number;
  pending: number;
  drift: number;
  verified: boolean;
  durationMs: number;
  /** The failure, without the per-problem list (the first failures keep their whole outcome). */
  error: Omit<OutcomeError, 'problems'> | null;
  /** Why a target was not attempted (a canary failed, fail-fast). */
  skipped?: string;
}

export interface FanoutOutcome {
  mode: Mode;
  migrations: string;
  status: Outcome['status'];
  /** In the order given (the report sorts). */
  targets: TargetSummary[];
  /** The whole outcomes of the first failed targets, for the report's details. */
  failures: Array<{ name: string; outcome: Outcome }>;
  canary: string[];
  /** `i/n` for one shard of a job matrix; the shards merged, for a merged report. */
  shards: string[];
  durationMs: number;
}

/** Failed targets whose whole outcome is kept for the report's details; the rest keep their summary. */
export const DETAILED_FAILURES = 20;

/**
 * Worst first: what may have changed a database and left it wrong comes before what stopped
 * before touching it. `internal` (anything may have happened) leads; `config` (the same wrong
 * input for every target) is the mildest failure. The fan-out's outcome and exit code are those
 * of its worst target.
 */
export const SEVERITY: readonly Outcome['status'][] = ['internal', 'cancelled', 'migration-failed', 'drift', 'connection', 'lock-timeout', 'refused', 'promotion', 'unsafe', 'config', 'ok'];

const rank = (status: TargetStatus) => (status === 'not-attempted' ? SEVERITY.length : SEVERITY.indexOf(status));

export function worstStatus(statuses: Iterable<TargetStatus>): Outcome['status'] {
  let worst: Outcome['status'] = 'ok';
  for (const status of statuses) if (status !== 'not-attempted' && rank(status) < rank(worst)) worst = status;
  return worst;
}

/** Targets ordered for the report: worst first, then not attempted, then the rest as given. */
export function bySeverity(targets: TargetSummary[]): TargetSummary[] {
  const order = (t: TargetSummary) => (t.status === 'ok' ? SEVERITY.length + 1 : rank(t.status));
  return targets.map((t, i) => ({ t, i })).sort((a, b) => order(a.t) - order(b.t) || a.i - b.i).map(({ t }) => t);
}

/** Targets per outcome, as the `target-counts` output. */
export function statusCounts(targets: TargetSummary[]): Partial<Record<TargetStatus, number>> {
  const counts: Partial<Record<TargetStatus, number>> = {};
  for (const t of targets) counts[t.status] = (counts[t.status] ?? 0) + 1;
  return counts;
}

export function summarize(name: string, outcome: Outcome): TargetSummary {
  // The per-problem list can be long (every problem of a folder): the first failures keep it in their whole outcome.
  const { problems: _problems, ...error } = outcome.error ?? {};
  return {
    name,
    target: outcome.target,
    status: outcome.status,
    applied: outcome.applied.filter((a) => a.status !== 'failed').length,
    pending: outcome.plan?.pending.length ?? 0,
    drift: outcome.verification?.differences.filter((d) => d.severity === 'error').length ?? 0,
    verified: outcome.verification !== null && outcome.verification.differences.every((d) => d.severity !== 'error'),
    durationMs: outcome.durationMs,
    error: outcome.error ? (error as TargetSummary['error']) : null,
  };
}

export const notAttempted = (target: TargetSpec, label: string, why: string): TargetSummary => ({
  name: target.name,
  target: label,
  status: 'not-attempted',
  applied: 0,
  pending: 0,
  drift: 0,
  verified: false,
  durationMs: 0,
  error: null,
  skipped: why,
});

/** The settings of one target: the run's, with this target's URL, schema and journal. */
export function targetSettings(settings: Settings, target: TargetSpec): Settings {
  return {
    ...settings,
    target: { ...settings.target, databaseUrl: target.url, schema: target.schema },
    journal: { ...settings.journal, schema: target.journalSchema ?? settings.journal.schema },
    fanout: null,
  };
}

export interface Schedule {
  maxParallel: number;
  failFast: boolean;
  canary: string[];
}

/**
 * Runs `run` on every item: the canary items first (in the pool), then, only if every canary
 * succeeded, the rest, with at most `maxParallel` at once. With `failFast`, no item starts after
 * the first failure (running ones finish: a migration is never cut off). Each item ends in a
 * result: run, or skipped with the reason.
 */
export async function schedule<T extends { name: string }, R>(
  items: T[],
  options: Schedule,
  run: (item: T) => Promise<R>,
  failed: (result: R) => boolean,
  skip: (item: T, why: string) => R,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const isCanary = new Set(options.canary);
  let stop: string | null = null;
  const pool = async (indexes: number[], onFailure: (item: T) => string | null) => {
    let next = 0;
    const worker = async () => {
      while (next < indexes.length) {
        const index = indexes[next++]!;
        const item = items[index]!;
        if (stop) {
          results[index] = skip(item, stop);
          continue;
        }
        const result = await run(item);
        results[index] = result;
        if (failed(result)) stop ??= onFailure(item);
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.maxParallel, indexes.length) }, worker));
  };
  const all = items.map((_, i) => i);
  const canaries = all.filter((i) => isCanary.has(items[i]!.name));
  await pool(canaries, (item) => `canary ${item.name} failed`);
  const others = all.filter((i) => !isCanary.has(items[i]!.name));
  if (stop) for (const i of others) results[i] = skip(items[i]!, stop);
  else await pool(others, (item) => (options.failFast ? `fail-fast: ${item.name} failed` : null));
  return results;
}

/** Every target of the fan-out, reported as one. */
export async function runFanout(settings: Settings, emit: Emit, stop: AbortSignal = NEVER_STOPS): Promise<FanoutOutcome> {
  const fanout = settings.fanout!;
  const started = Date.now();
  const failures: FanoutOutcome['failures'] = [];
  let migrations = '';
  const targets = await schedule(
    fanout.targets,
    fanout,
    async (target) => {
      emit({ type: 'target-start', target: target.name });
      const outcome = await runSchemagate(targetSettings(settings, target), (event) => emit({ type: 'target', target: target.name, event }), stop);
      migrations ||= outcome.migrations;
      if (outcome.status !== 'ok' && failures.length < DETAILED_FAILURES) failures.push({ name: target.name, outcome });
      const summary = summarize(target.name, outcome);
      emit({ type: 'target-done', target: target.name, status: summary.status, durationMs: summary.durationMs, reason: summary.error?.message ?? null });
      return summary;
    },
    (summary) => summary.status !== 'ok',
    (target, why) => notAttempted(target, displayUrl(target.url) + (target.schema ? ` schema ${target.schema}` : ''), why),
  );
  return {
    mode: settings.mode,
    migrations,
    status: worstStatus(targets.map((t) => t.status)),
    targets,
    failures,
    canary: fanout.canary,
    shards: fanout.shard ? [shardText(fanout.shard)] : [],
    durationMs: Date.now() - started,
  };
}

export const shardText = (shard: Shard) => `${shard.index}/${shard.count}`;
