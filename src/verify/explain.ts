import type { Difference, DriftCause, Journal, Migration, SchemaSnapshot } from '../types.js';
import { diffSchemas, isMissingObject } from './diff.js';
import { adoptedMatch } from '../core/adopt.js';

/**
 * Drift explained: which migration creates or changes each object that differs, and what the
 * target's journal says of that migration. Pure: the schema expected after each migration comes
 * from the caller (drizzle's per-migration snapshots), the live schema and journal from the run.
 */
export interface SchemaStep {
  migration: Migration;
  /** The schema expected once this migration (and all before it) has run. */
  schema: SchemaSnapshot;
}

const keyOf = (d: Pick<Difference, 'kind' | 'object'>) => `${d.kind}\u0000${d.object}`;

/** What the journal says of one migration: its latest attempt, or another tool's record of it. */
export function journalState(migration: Migration, journal: Journal): Pick<DriftCause, 'journal' | 'recordedBy'> {
  const attempts = journal.attempts.filter((a) => a.migrationId === migration.id).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const last = attempts.at(-1);
  if (last) return { journal: last.status };
  if (journal.adopted && adoptedMatch(migration, journal.adopted)) return { journal: 'applied', recordedBy: journal.adopted.tool };
  return { journal: 'not recorded' };
}

/**
 * Each difference with the migration that brings it: the earliest step from which on the
 * difference stands against the live schema without a break (before it, the expected schema did
 * not have the object, or had it as the database has it). A missing object is brought by the
 * migration that creates it; any other difference by the one that last changed what is expected
 * of the object (an enum's values changed by a later migration than the one that created it),
 * so the expected value must stay the same too. A difference no step accounts for (the history
 * disagrees with the snapshot) stays unexplained.
 */
export function explainDrift<D extends Difference>(differences: D[], steps: SchemaStep[], actual: SchemaSnapshot, journal: Journal, built: SchemaSnapshot | null = null): D[] {
  if (steps.length === 0) return differences;
  // Per step, each difference that stands then, with what that step expects.
  const standing = steps.map((step) => new Map(diffSchemas(step.schema, actual, { failOnExtra: false }).map((d) => [keyOf(d), d.expected])));
  // What the SQL builds, where the steps are a folder's own snapshots: a difference it does not have is the snapshots' alone.
  const builtDiffers = built ? new Set(diffSchemas(built, actual, { failOnExtra: false }).map(keyOf)) : null;
  return differences.map((difference) => {
    const key = keyOf(difference);
    const last = standing.at(-1)!;
    // Nothing the migrations create is extra: no migration brings it.
    if (!last.has(key) || difference.kind.startsWith('extra-')) return difference;
    const expected = last.get(key);
    const created = difference.kind.startsWith('missing-');
    const stands = (step: number) => standing[step]!.has(key) && (created || standing[step]!.get(key) === expected);
    let first = steps.length - 1;
    while (first > 0 && stands(first - 1)) first--;
    const { migration } = steps[first]!;
    const snapshotDisagrees = builtDiffers !== null && !builtDiffers.has(key);
    return { ...difference, cause: { migrationId: migration.id, file: migration.file, ...journalState(migration, journal), ...(snapshotDisagrees ? { snapshotDisagrees } : {}) } };
  });
}

const JOURNAL_SAYS: Record<DriftCause['journal'], string> = {
  'not recorded': "which this database's journal does not record as applied",
  applied: "which this database's journal records as applied: the database was changed after it ran, or it was recorded without running",
  failed: "which this database's journal records as failed",
  running: "which this database's journal records as started and never finished",
};

/** What the journal says, in a sentence's tail. */
export function journalPhrase(cause: DriftCause): string {
  if (cause.snapshotDisagrees) return "whose SQL, replayed from empty, builds it as the database has it: that migration's SQL and the folder's snapshot of it (drizzle-kit's meta/) disagree, so regenerate one from the other";
  return cause.recordedBy ? `which ${cause.recordedBy}'s journal in this database records as applied` : JOURNAL_SAYS[cause.journal];
}

/** `public.submissions.score` → the table `public.submissions`, for grouping. */
const tableOf = (object: string) => object.split('.').slice(0, -1).join('.') || object;

/**
 * One sentence per migration and kind of difference: "7 columns of `public.submissions` are
 * missing: they are created by `drizzle/0009_submission_scores.sql`, which this database's
 * journal does not record as applied."
 */
export function driftStories(differences: Difference[]): string[] {
  const groups = new Map<string, { cause: DriftCause; kind: string; table: string; objects: string[] }>();
  for (const d of differences) {
    if (!d.cause || d.severity !== 'error') continue;
    const whole = isMissingObject(d);
    const table = d.kind.startsWith('missing-') && !whole ? tableOf(d.object) : d.object;
    const kind = whole ? 'missing-object' : d.kind;
    const key = `${d.cause.file}\u0000${kind}\u0000${table}`;
    const group = groups.get(key) ?? { cause: d.cause, kind, table, objects: [] };
    group.objects.push(d.object);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ cause, kind, table, objects }) => {
    const tail = `\`${cause.file}\`, ${journalPhrase(cause)}.`;
    if (kind === 'missing-object') return `\`${table}\` is missing: it is created by ${tail}`;
    if (kind.startsWith('missing-')) {
      const what = kind.slice('missing-'.length).replace(/-/g, ' ');
      const count = objects.length;
      return count === 1
        ? `The ${what} \`${objects[0]}\` is missing: it is created by ${tail}`
        : `${count} ${what}${/(x|s)$/.test(what) ? 'es' : 's'} of \`${table}\` are missing: they are created by ${tail}`;
    }
    return `\`${table}\` differs (${kind.replace(/-/g, ' ')}): it is last changed by ${tail}`;
  });
}
