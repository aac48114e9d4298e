import type { Outcome } from '../core/outcome.js';

/** The `result` output: the whole outcome as JSON, without file contents. */
export function resultJson(outcome: Outcome): string {
  const plan = outcome.plan;
  return JSON.stringify({
    status: outcome.status,
    mode: outcome.mode,
    engine: outcome.engine,
    target: outcome.target,
    migrations: outcome.migrations,
    layout: outcome.layout,
    verified: counts(outcome).verified,
    unverified: outcome.unverified,
    durationMs: outcome.durationMs,
    plan: plan && {
      applied: plan.applied.map((a) => ({ id: a.migration.id, file: a.migration.file, source: a.source })),
      pending: plan.pending.map((p) => ({
        id: p.migration.id,
        file: p.migration.file,
        kind: p.migration.kind,
        checksum: `${p.migration.checksumAlgorithm}:${p.migration.checksum}`,
        reason: p.reason,
        outOfOrder: p.outOfOrder,
        startAt: p.startAt,
      })),
      edited: plan.edited.map((e) => ({ id: e.migration.id, file: e.migration.file, applied: e.row.checksum, current: e.migration.checksum })),
      missing: plan.missing.map((m) => ({ id: m.migrationId, name: m.name })),
      outOfOrder: plan.outOfOrder.map((m) => ({ id: m.id, file: m.file })),
      failed: plan.failed.map((f) => ({ id: f.row.migrationId, error: f.row.error, statementIndex: f.row.errorStatementIndex, completed: f.completed.length })),
      problems: plan.problems,
    },
    applied: outcome.applied,
    verification: outcome.verification,
    snapshotWritten: outcome.snapshotWritten,
    promotion: outcome.promotion,
    safety: outcome.safety,
    replay: outcome.replay && (JSON.parse(resultJson(outcome.replay)) as unknown),
    error: outcome.error,
  });
}

export function counts(outcome: Outcome) {
  return {
    pending: outcome.plan?.pending.length ?? 0,
    applied: outcome.applied.filter((a) => a.status !== 'failed').length,
    drift: outcome.verification?.differences.filter((d) => d.severity === 'error').length ?? 0,
    /** The live schema was compared with a snapshot and matched it. */
    verified: outcome.verification !== null && outcome.verification.differences.every((d) => d.severity !== 'error'),
  };
}
