import type { Engine, RehearsalExecutor, StatementObserver } from '../engines/engine.js';
import { databaseMessage, SchemagateError } from '../errors.js';
import type { Dialect } from '../dialects/index.js';
import {
  analyzePending,
  blockingFindings,
  reconcile,
  sizeFindings,
  tablesOf,
  type Finding,
  type LintLevel,
  type Observation,
} from '../safety/index.js';
import type { Migration, Statement } from '../types.js';
import { failureLine } from './apply.js';
import type { Verification } from './outcome.js';

/**
 * The safety preview of the pending migrations: the dialect's rules, graded by the target's table
 * sizes, checked against what running the statements showed (the replay, the rehearsal), and the
 * gate (input `lint`). The decisions are the pure functions of src/safety; this module gathers
 * their inputs from the engines' optional capabilities.
 */

export interface Rehearsal {
  /**
   * clean: every rehearsed statement ran (and the schema matched, when there is a snapshot);
   * unavailable: asked for, but there is no target or it cannot roll DDL back (ClickHouse).
   */
  status: 'clean' | 'failed' | 'drift' | 'unavailable';
  /** Files run inside the rolled-back transaction. */
  rehearsed: string[];
  skipped: Array<{ file: string; reason: string }>;
  failure: { file: string; line: number; statement: string; message: string } | null;
  verification: Verification | null;
}

export interface SafetyReport {
  lint: LintLevel;
  largeTableRows: number;
  /** The target's table sizes graded the findings. */
  sized: boolean;
  /** Which runs observed the statements' locks and rewrites. */
  observedBy: Array<Observation['source']>;
  /** Every finding, waived ones included (marked `suppressed`). */
  findings: Finding[];
  /** Rule findings that the observed locks and rewrites disproved, dropped from `findings`. */
  contradicted: Finding[];
  rehearsal: Rehearsal | null;
}

export interface SafetyOptions {
  lint: LintLevel;
  largeTableRows: number;
  rehearse: boolean;
  cluster?: string;
  /** The rehearsal's statement_timeout. */
  statementTimeoutMs: number;
  /** The rehearsal verifies the schema its transaction sees (null: no snapshot). */
  verify: ((tx: RehearsalExecutor) => Promise<Verification>) | null;
}

/** A rehearsal waits this long for a lock, then fails: it must never queue the target's traffic. */
export const REHEARSAL_LOCK_TIMEOUT_MS = 2_000;
/** The rehearsal's statement timeout when `statement-timeout` is not set. */
export const REHEARSAL_STATEMENT_TIMEOUT_MS = 30_000;

/** Collects an engine's statement observations, mapped back to their migrations. */
export function observationLog(migrations: readonly Migration[], source: Observation['source']): { observe: StatementObserver; observations: Observation[] } {
  // Built at the first observation: only a replay observes, and a run without one need not map every statement.
  let owners: Map<Statement, Migration> | undefined;
  const observations: Observation[] = [];
  return {
    observations,
    observe: (statement, effects) => {
      owners ??= new Map(migrations.flatMap((m) => m.statements.map((s) => [s, m] as const)));
      const migration = owners.get(statement);
      if (migration) observations.push({ ...effects, migration, statement, source });
    },
  };
}

/**
 * `engine` is the target (null for a replay-only preview: everything is pending, so every table
 * is new). `observed` are the replay's observations of every migration.
 */
export async function assessSafety(
  engine: Engine | null,
  dialect: Dialect,
  pending: readonly Migration[],
  options: SafetyOptions,
  observed: readonly Observation[],
): Promise<SafetyReport> {
  // Nothing pending, nothing to judge: a no-op run spends no catalog read.
  const catalog = engine?.tables && pending.length > 0 ? await engine.tables() : null;
  const { findings, newTables } = await analyzePending(pending, catalog?.tables ?? new Set(), dialect, {
    ...(catalog ? { defaultSchema: catalog.defaultSchema, catalogKnown: true } : {}),
    ...(catalog?.indexes ? { existingIndexes: catalog.indexes } : {}),
    ...(catalog?.rowless ? { rowlessTables: catalog.rowless } : {}),
    ...(options.cluster ? { cluster: options.cluster } : {}),
  });
  const rehearsalLog = observationLog(pending, 'rehearsal');
  const rehearsal = !options.rehearse
    ? null
    : engine?.rehearse
      ? await rehearse(engine, pending, options, rehearsalLog.observe)
      : unavailable(pending, engine ? `${engine.kind} cannot roll back DDL` : 'there is no database-url to rehearse on');
  const pendingSet = new Set(pending);
  const observations = [...observed.filter((o) => pendingSet.has(o.migration)), ...rehearsalLog.observations];
  const existed = (table: string) => (catalog?.tables.has(table) ?? false) && !newTables.has(table);
  const reconciled = reconcile(findings, observations, existed);
  const sizes = engine?.tableSizes ? await engine.tableSizes(tablesOf(reconciled.findings)) : null;
  return {
    lint: options.lint,
    largeTableRows: options.largeTableRows,
    sized: sizes !== null,
    observedBy: [...new Set(observations.map((o) => o.source))],
    findings: sizes ? sizeFindings(reconciled.findings, sizes, options.largeTableRows) : reconciled.findings,
    contradicted: reconciled.contradicted,
    rehearsal,
  };
}

/**
 * Runs the pending migrations on the target in one transaction that the engine always rolls
 * back. A no-transaction migration cannot run inside it, and the ones after it depend on it.
 */
async function rehearse(engine: Engine, pending: readonly Migration[], options: SafetyOptions, observe: StatementObserver): Promise<Rehearsal> {
  const stop = pending.findIndex((m) => !m.transactional);
  const runnable = stop < 0 ? pending : pending.slice(0, stop);
  const skipped = stop < 0 ? [] : pending.slice(stop).map((m, i) => ({
    file: m.file,
    reason: i === 0 ? 'marked `-- schemagate:no-transaction`: it cannot run inside the rehearsal transaction' : `runs after ${pending[stop]!.file}, which cannot be rehearsed`,
  }));
  const base = { rehearsed: runnable.map((m) => m.file), skipped };
  const timeouts = { lockTimeoutMs: REHEARSAL_LOCK_TIMEOUT_MS, statementTimeoutMs: options.statementTimeoutMs, observe };
  return engine.rehearse!(timeouts, async (tx): Promise<Rehearsal> => {
    for (const migration of runnable) {
      for (const statement of migration.statements) {
        try {
          await tx.execute(statement);
        } catch (error) {
          if (error instanceof SchemagateError) throw error;
          const failure = { file: migration.file, line: failureLine(statement, error), statement: statement.sql, message: databaseMessage(error) };
          return { ...base, status: 'failed', failure, verification: null };
        }
      }
    }
    // Verified only when everything ran: a partial schema would differ for the skipped files' sake.
    const verification = options.verify && skipped.length === 0 ? await options.verify(tx) : null;
    const drift = verification?.differences.some((d) => d.severity === 'error') ?? false;
    return { ...base, status: drift ? 'drift' : 'clean', failure: null, verification };
  });
}

/** A rehearsal that was asked for and cannot happen says so, file by file: never a silent pass. */
function unavailable(pending: readonly Migration[], reason: string): Rehearsal {
  return { status: 'unavailable', rehearsed: [], skipped: pending.map((m) => ({ file: m.file, reason })), failure: null, verification: null };
}

/** What fails the run: a failed or drifting rehearsal (the database's word), then the rules' errors. */
export function safetyFailure(report: SafetyReport): SchemagateError | null {
  const rehearsal = report.rehearsal;
  if (rehearsal?.failure) {
    const { file, line, statement, message } = rehearsal.failure;
    return new SchemagateError('migration-failed', `Rehearsal on the target (rolled back): ${file}:${line}: ${message}`, {
      location: { file, line },
      statement,
      hint: 'The statement fails on the target\'s data; nothing was changed there. Fix the migration (or the data) before applying.',
    });
  }
  if (rehearsal?.status === 'drift') {
    const errors = rehearsal.verification!.differences.filter((d) => d.severity === 'error');
    return new SchemagateError('drift', `Rehearsal on the target (rolled back): ${errors.length} difference(s) from ${rehearsal.verification!.snapshot}`, {
      hint: 'The pending migrations applied to the target do not produce the snapshot; see the summary.',
    });
  }
  const blocking = blockingFindings(report.findings, report.lint);
  if (blocking.length === 0) return null;
  const first = blocking[0]!;
  return new SchemagateError(
    'unsafe',
    `${blocking.length} unsafe statement${blocking.length === 1 ? '' : 's'}; first: ${first.file}:${first.line} ${first.rule}${first.table ? ` on ${first.table}` : ''}`,
    {
      location: { file: first.file, line: first.line },
      hint: `${first.fix} Or waive it with \`-- schemagate:allow ${first.rule} <reason>\` above the statement; \`lint: warn\` reports without failing.`,
    },
  );
}
