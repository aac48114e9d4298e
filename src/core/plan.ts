import type { Location } from '../errors.js';
import { shortChecksum } from '../sources/checksum.js';
import type { AdoptedRecord, Journal, JournalRow, Migration, StatementRow } from '../types.js';
import { adoptedChecksumMismatch, adoptedMatch } from './adopt.js';

/**
 * Planning is a pure function from (migrations in the repository, journal in the database) to
 * an explicit plan. Every category a migration can fall into is named here, because the
 * failure this tool exists to prevent is a migration silently falling into none of them.
 */

export type PendingReason = 'new' | 'retry' | 'resume' | 'changed';

export interface PendingItem {
  migration: Migration;
  reason: PendingReason;
  /** Applied although a later migration is already applied (only with allow-out-of-order). */
  outOfOrder: boolean;
  /** First statement to run: > 0 only when resuming a non-transactional migration. */
  startAt: number;
  /** The failed attempt this item retries or resumes. */
  previous?: JournalRow;
}

export interface AppliedItem {
  migration: Migration;
  row: JournalRow | null;
  /** `journal`, or the adopted tool's name (`drizzle`) when its journal is the only record. */
  source: string;
}

export interface EditedItem {
  migration: Migration;
  row: JournalRow;
}

export interface FailedItem {
  migration: Migration | null;
  row: JournalRow;
  completed: StatementRow[];
}

export type ProblemKind =
  | 'edited'
  | 'missing'
  | 'out-of-order'
  | 'failed-partial'
  | 'resume-mismatch'
  | 'missing-repeatable'
  | 'adopted-blocked'
  | 'adopted-disagrees';

export interface Problem {
  kind: ProblemKind;
  severity: 'error' | 'warning';
  message: string;
  hint: string;
  location?: Location;
  migrationId: string;
}

export interface Plan {
  applied: AppliedItem[];
  pending: PendingItem[];
  edited: EditedItem[];
  missing: JournalRow[];
  outOfOrder: Migration[];
  failed: FailedItem[];
  problems: Problem[];
}

export interface PlanOptions {
  allowOutOfOrder: boolean;
  /** Continue a failed non-transactional migration after its completed statements. */
  resume: boolean;
}

/** The attempt that decides a migration's state: its latest successful one, else its latest. */
export interface MigrationHistory {
  lastApplied: JournalRow | null;
  latest: JournalRow;
}

/** The migration's checksum under the algorithm a journal row was recorded with. */
export function checksumUnder(migration: Migration, algorithm: string): string | null {
  return (migration.checksums as Record<string, string>)[algorithm] ?? null;
}

export function histories(attempts: JournalRow[]): Map<string, MigrationHistory> {
  const byTime = [...attempts].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const result = new Map<string, MigrationHistory>();
  for (const row of byTime) {
    const known = result.get(row.migrationId);
    const lastApplied = row.status === 'applied' ? row : (known?.lastApplied ?? null);
    result.set(row.migrationId, { lastApplied, latest: row });
  }
  return result;
}

/** Statements completed since the migration last succeeded: the ones a resume may skip. */
export function completedStatements(journal: Journal, history: MigrationHistory): StatementRow[] {
  const since = history.lastApplied?.startedAt.getTime() ?? -Infinity;
  const attemptsSince = new Set(
    journal.attempts
      .filter((a) => a.migrationId === history.latest.migrationId && a.startedAt.getTime() > since)
      .map((a) => a.attemptId),
  );
  const byIndex = new Map<number, StatementRow>();
  for (const s of journal.statements) {
    if (attemptsSince.has(s.attemptId)) byIndex.set(s.statementIndex, s);
  }
  return [...byIndex.values()].sort((a, b) => a.statementIndex - b.statementIndex);
}

function describeFailure(row: JournalRow): string {
  const where = row.errorStatementIndex === null ? '' : ` at statement ${row.errorStatementIndex + 1}`;
  const line = row.errorLine === null ? '' : ` (line ${row.errorLine})`;
  return row.status === 'running'
    ? 'was interrupted (connection or process lost) before it finished; the statement after the completed ones may or may not have run'
    : `failed${where}${line}: ${row.error ?? 'unknown error'}`;
}

/** What a statement-by-statement attempt left done: nothing of it is rolled back. */
function completedSoFar(done: number, total: number): string {
  if (done === 0) return `none of its ${total} statement${total === 1 ? '' : 's'} had completed, and nothing was rolled back.`;
  return `${done === 1 ? 'statement 1' : `statements 1-${done}`} of ${total} completed and ${done === 1 ? 'was' : 'were'} not rolled back.`;
}

/** The first few of a list and how many more: a message stays one readable line. */
const namedFew = (files: string[], few = 3) => (files.length <= few ? files.join(', ') : `${files.slice(0, few).join(', ')} and ${files.length - few} more`);

export function buildPlan(migrations: Migration[], journal: Journal, options: PlanOptions): Plan {
  const plan: Plan = { applied: [], pending: [], edited: [], missing: [], outOfOrder: [], failed: [], problems: [] };
  const history = histories(journal.attempts);
  const { adopted } = journal;
  for (const blocker of adopted?.blockers ?? []) {
    if (blocker.untilJournaled && journal.attempts.length > 0) continue;
    plan.problems.push({ kind: 'adopted-blocked', severity: 'error', migrationId: adopted!.tool, message: blocker.message, hint: blocker.hint });
  }
  const versioned = migrations.filter((m) => m.kind === 'versioned');
  // Each migration is looked up once: the adopted journal's record and whether it counts as applied.
  const records = versioned.map((m) => adoptedMatch(m, adopted));
  const applied = versioned.map((m, i) => history.get(m.id)?.lastApplied != null || records[i] !== null);

  // A pending migration is out of order when something after it already ran, or (drizzle) when
  // its timestamp is not newer than an applied one: exactly what drizzle-kit silently skips.
  const lastAppliedIndex = applied.lastIndexOf(true);
  const newestAppliedWhen = versioned.reduce((newest, m, i) => (applied[i] ? Math.max(newest, m.drizzleWhen ?? -Infinity) : newest), -Infinity);

  versioned.forEach((migration, index) => {
    const h = history.get(migration.id);
    const record = records[index]!;
    if (record && adoptedDisagrees(migration, record, h, journal, plan)) return;
    if (h?.lastApplied) {
      const current = checksumUnder(migration, h.lastApplied.checksumAlgorithm);
      if (h.lastApplied.checksum !== current) {
        plan.edited.push({ migration, row: h.lastApplied });
        plan.problems.push({
          kind: 'edited',
          severity: 'error',
          migrationId: migration.id,
          location: { file: migration.file, line: 1 },
          message:
            `${migration.file} was edited after it was applied: the journal has ` +
            `${h.lastApplied.checksumAlgorithm}:${h.lastApplied.checksum}, the file is now ` +
            `${h.lastApplied.checksumAlgorithm}:${current ?? '(unknown algorithm)'}.`,
          hint:
            'Restore the applied text and put the change in a new migration, or, if the edit is ' +
            'cosmetic, run mode `baseline` with a `baseline-reason` to accept the new checksum.',
        });
      } else {
        plan.applied.push({ migration, row: h.lastApplied, source: 'journal' });
      }
      return;
    }
    if (!h && record) {
      plan.applied.push({ migration, row: null, source: adopted!.tool });
      return;
    }

    const outOfOrder =
      index < lastAppliedIndex ||
      (migration.drizzleWhen !== undefined && migration.drizzleWhen <= newestAppliedWhen);
    if (outOfOrder) {
      plan.outOfOrder.push(migration);
      if (!options.allowOutOfOrder) {
        const later = versioned.filter((_, i) => i > index && applied[i]).map((m) => m.file);
        plan.problems.push({
          kind: 'out-of-order',
          severity: 'error',
          migrationId: migration.id,
          location: { file: migration.file, line: 1 },
          message:
            `${migration.file} is pending but ordered before already-applied ` +
            `${later.length > 0 ? namedFew(later) : 'migrations (its drizzle `when` is older than an applied one)'}.`,
          hint:
            'Renumber it after the applied migrations, or set `allow-out-of-order: true` to apply it ' +
            'anyway (the journal records that it was allowed).',
        });
        return;
      }
    }

    if (h && h.latest.status !== 'applied') {
      const item = retryOrResume(migration, h, journal, options, plan);
      if (item) plan.pending.push({ ...item, outOfOrder });
      return;
    }
    plan.pending.push({ migration, reason: 'new', outOfOrder, startAt: 0 });
  });

  for (const migration of migrations.filter((m) => m.kind === 'repeatable')) {
    const h = history.get(migration.id);
    if (h?.lastApplied && h.lastApplied.checksum === checksumUnder(migration, h.lastApplied.checksumAlgorithm) && h.latest.status === 'applied') {
      plan.applied.push({ migration, row: h.lastApplied, source: 'journal' });
    } else {
      if (h && h.latest.status !== 'applied') {
        plan.failed.push({ migration, row: h.latest, completed: [] });
      }
      // Repeatables are idempotent by contract, so a failed one simply runs again from the top.
      plan.pending.push({
        migration,
        reason: h?.lastApplied ? 'changed' : h ? 'retry' : 'new',
        outOfOrder: false,
        startAt: 0,
        ...(h && h.latest.status !== 'applied' ? { previous: h.latest } : {}),
      });
    }
  }

  const known = new Set(migrations.map((m) => m.id));
  for (const [id, h] of history) {
    if (known.has(id) || !h.lastApplied) continue;
    plan.missing.push(h.lastApplied);
    const repeatable = h.lastApplied.kind === 'repeatable';
    plan.problems.push({
      kind: repeatable ? 'missing-repeatable' : 'missing',
      severity: repeatable ? 'warning' : 'error',
      migrationId: id,
      message: `${id} (${h.lastApplied.name}) is applied in the journal but no migration file has that version.`,
      hint: repeatable
        ? 'A repeatable migration was removed; what it created stays in the database.'
        : 'Restore the file from history (a deleted or renamed migration makes environments diverge).',
    });
  }
  return plan;
}

/**
 * A migration that the adopted tool's journal and ours disagree about: the tool applied another
 * text than ours did, or applied it although our last attempt failed, or (only its record) the
 * file changed since the tool applied it. Each is a refusal naming both sides.
 */
function adoptedDisagrees(migration: Migration, record: AdoptedRecord, h: MigrationHistory | undefined, journal: Journal, plan: Plan): boolean {
  const adopted = journal.adopted!;
  const where = `${adopted.tool}'s ${adopted.table}`;
  const mismatch = adoptedChecksumMismatch(migration, adopted, record);
  const ours = h?.lastApplied && h.lastApplied.checksum === checksumUnder(migration, h.lastApplied.checksumAlgorithm) ? h.lastApplied : null;
  const problem = (message: string, hint: string) => {
    plan.problems.push({ kind: 'adopted-disagrees', severity: 'error', migrationId: migration.id, location: { file: migration.file, line: 1 }, message, hint });
    return true;
  };
  if (mismatch && ours) {
    return problem(
      `${migration.file}: schemagate's journal (applied with ${ours.checksumAlgorithm}:${shortChecksum(ours.checksum)}, matching the file) and ` +
        `${where} (${adopted.checksum}:${mismatch.recorded}, the file is ${mismatch.now}) disagree about what was applied.`,
      `Find out which text ran (the other tool applied a different version of this file), then restore that text, or put the difference in a new migration.`,
    );
  }
  if (mismatch && !h) {
    plan.applied.push({ migration, row: null, source: adopted.tool });
    return problem(
      `${migration.file} was edited after ${adopted.tool} applied it: ${adopted.table} records ${adopted.checksum}:${mismatch.recorded}, the file is now ${mismatch.now}.`,
      'Restore the applied text and put the change in a new migration.',
    );
  }
  if (h && !h.lastApplied) {
    return problem(
      `${migration.file}: schemagate's journal says its last attempt ${describeFailure(h.latest)}, but ${where} records it as applied.`,
      `Check which is true in the database; then record it as done with mode \`baseline\`, or remove its row from ${adopted.table} so schemagate runs it again.`,
    );
  }
  return false;
}

/** A migration whose last attempt failed or was interrupted: retried, resumed or refused. */
function retryOrResume(
  migration: Migration,
  h: MigrationHistory,
  journal: Journal,
  options: PlanOptions,
  plan: Plan,
): Omit<PendingItem, 'outOfOrder'> | null {
  const completed = h.latest.transactional ? [] : completedStatements(journal, h);
  plan.failed.push({ migration, row: h.latest, completed });
  // Safe to run again from the top: a transactional attempt rolled back as a whole, and a
  // statement-by-statement one that failed cleanly before completing anything. An interrupted
  // one ("running": the connection or the process died) may have half-run a statement.
  const clean = h.latest.transactional || (completed.length === 0 && h.latest.status === 'failed');
  // A batched backfill commits each batch with its progress: it continues, whatever stopped it.
  if (clean) return { migration, reason: migration.batch && h.latest.rowsDone ? 'resume' : 'retry', startAt: 0, previous: h.latest };

  const failedAt = { file: migration.file, line: migration.statements[completed.length]?.line ?? 1 };
  if (!options.resume) {
    plan.problems.push({
      kind: 'failed-partial',
      severity: 'error',
      migrationId: migration.id,
      location: failedAt,
      message: `${migration.file} ${describeFailure(h.latest)}; ${completedSoFar(completed.length, h.latest.statementCount)}`,
      hint:
        'Fix the file after the completed statements, then re-run with `resume: true` (CLI: `--resume`; completed ' +
        'statements are skipped while unchanged), or record it as done with mode `baseline`.',
    });
    return null;
  }
  for (const done of completed) {
    const now = migration.statements[done.statementIndex];
    if (now?.hash !== done.statementHash) {
      plan.problems.push({
        kind: 'resume-mismatch',
        severity: 'error',
        migrationId: migration.id,
        location: { file: migration.file, line: now?.line ?? 1 },
        message:
          `${migration.file}: statement ${done.statementIndex + 1} already ran (hash ` +
          `${shortChecksum(done.statementHash)}) but the file now ${now ? `has ${shortChecksum(now.hash)}` : 'lacks it'}; ` +
          'resuming would skip a statement that differs from what ran.',
        hint: 'Restore the completed statements exactly and change only the failed one onwards, or use mode `baseline`.',
      });
      return null;
    }
  }
  return { migration, reason: 'resume', startAt: completed.length, previous: h.latest };
}

export const hasErrors = (plan: Plan) => plan.problems.some((p) => p.severity === 'error');
