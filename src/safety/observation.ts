import type { StatementEffects } from '../engines/engine.js';
import type { Migration, Statement } from '../types.js';
import { toFinding } from './finding.js';
import type { RuleId } from './rules.js';
import { applyWaivers, fileWaivers, statementWaivers } from './suppression.js';
import type { Finding, ObservedEffect } from './types.js';

/**
 * Rules checked against what running the statements showed. A rule predicts a lock (and maybe a
 * rewrite); the replay on the embedded database, or the rehearsal on the target, says which locks
 * each statement really took and which tables got a new file. A finding the observation
 * contradicts is dropped; an ACCESS EXCLUSIVE lock or a rewrite on an existing table that no
 * finding predicted becomes a finding of its own.
 */

export interface Observation extends StatementEffects {
  migration: Migration;
  statement: Statement;
  source: ObservedEffect['source'];
}

/** Postgres's lock modes, weakest first (the table in the docs' "Explicit Locking"). */
const LOCK_MODES = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
] as const;
type LockMode = (typeof LOCK_MODES)[number];

const strength = (mode: string) => LOCK_MODES.indexOf(mode as LockMode);

/** `AccessExclusiveLock` → `ACCESS EXCLUSIVE`, as the documentation and the rules name it. */
export const lockName = (mode: string) => mode.replace(/Lock$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();

interface Prediction {
  lock: LockMode;
  rewrite?: boolean;
}

/** What each lock or rewrite rule claims the statement does to its table. */
const PREDICTIONS: Partial<Record<RuleId, Prediction>> = {
  'require-concurrent-index-creation': { lock: 'ShareLock' },
  'constraint-missing-not-valid': { lock: 'AccessExclusiveLock' },
  'adding-foreign-key-constraint': { lock: 'ShareRowExclusiveLock' },
  'adding-not-nullable-field': { lock: 'AccessExclusiveLock' },
  'adding-field-with-default': { lock: 'AccessExclusiveLock', rewrite: true },
  'stored-generated-column': { lock: 'AccessExclusiveLock', rewrite: true },
  'changing-column-type': { lock: 'AccessExclusiveLock', rewrite: true },
  'disallowed-unique-constraint': { lock: 'AccessExclusiveLock' },
  'adding-serial-primary-key-field': { lock: 'AccessExclusiveLock' },
  'ban-truncate': { lock: 'AccessExclusiveLock' },
  'require-concurrent-reindex': { lock: 'ShareLock' },
  'require-concurrent-refresh': { lock: 'AccessExclusiveLock' },
  'rewriting-table': { lock: 'AccessExclusiveLock', rewrite: true },
  'observed-rewrite': { lock: 'AccessExclusiveLock', rewrite: true },
  'observed-access-exclusive': { lock: 'AccessExclusiveLock' },
};

function strongest(locks: StatementEffects['held'], table: string): string | null {
  let best: string | null = null;
  for (const lock of locks) if (lock.table === table && (best === null || strength(lock.mode) > strength(best))) best = lock.mode;
  return best;
}

function effectOn(observation: Observation, table: string): ObservedEffect {
  const mode = strongest(observation.acquired, table) ?? strongest(observation.held, table);
  return { lock: mode && lockName(mode), rewrite: observation.rewritten.includes(table), source: observation.source };
}

/** The observation of the statement a finding is about: same file, same text, starting at or above the finding's line. */
function observationOf(finding: Finding, observations: readonly Observation[]): Observation | undefined {
  let found: Observation | undefined;
  for (const o of observations) {
    if (o.migration.file === finding.file && o.statement.sql === finding.statement && o.statement.line <= finding.line) {
      // The rehearsal ran on the target's real tables: it outranks the replay.
      if (!found || o.source === 'rehearsal') found = o;
    }
  }
  return found;
}

function contradicts(finding: Finding, observation: Observation): boolean {
  const prediction = PREDICTIONS[finding.rule as RuleId];
  const table = finding.table;
  if (!prediction || !table) return false;
  if (prediction.rewrite && !observation.rewritten.includes(table)) return true;
  const held = strongest(observation.held, table);
  return held === null || strength(held) < strength(prediction.lock);
}

export interface Reconciled {
  findings: Finding[];
  /** Rule findings that the observed locks and rewrites disproved. */
  contradicted: Finding[];
}

/**
 * `observations` are those of the pending statements; `existed(table)` says whether a table was
 * there before the pending migrations (a new table is empty: locking it harms nobody).
 */
export function reconcile(findings: readonly Finding[], observations: readonly Observation[], existed: (table: string) => boolean): Reconciled {
  const kept: Finding[] = [];
  const contradicted: Finding[] = [];
  for (const finding of findings) {
    const observation = finding.table ? observationOf(finding, observations) : undefined;
    // A statement that did not touch the finding's table (or a name the rule could not resolve)
    // says nothing about the finding: it is kept as the rule stated it.
    if (!observation || !observation.held.some((l) => l.table === finding.table)) {
      kept.push(finding);
      continue;
    }
    const observed = { ...finding, observed: effectOn(observation, finding.table!) };
    (contradicts(finding, observation) ? contradicted : kept).push(observed);
  }
  const unpredicted = observations.flatMap((o) => unpredictedFindings(o, kept, existed));
  return { findings: [...kept, ...unpredicted], contradicted };
}

function predicted(findings: readonly Finding[], observation: Observation, table: string, what: 'rewrite' | 'lock'): boolean {
  return findings.some((f) => {
    const prediction = PREDICTIONS[f.rule as RuleId];
    if (!prediction || f.table !== table || observationOf(f, [observation]) !== observation) return false;
    return what === 'rewrite' ? prediction.rewrite === true : prediction.lock === 'AccessExclusiveLock';
  });
}

function unpredictedFindings(observation: Observation, findings: readonly Finding[], existed: (table: string) => boolean): Finding[] {
  const { migration, statement } = observation;
  const found: Finding[] = [];
  const exclusive = new Set(observation.acquired.filter((l) => l.mode === 'AccessExclusiveLock').map((l) => l.table));
  for (const table of new Set([...observation.rewritten, ...exclusive])) {
    if (!existed(table)) continue;
    const rewrite = observation.rewritten.includes(table);
    if (rewrite ? predicted(findings, observation, table, 'rewrite') : predicted(findings, observation, table, 'lock')) continue;
    const finding = toFinding(migration, statement, {
      rule: rewrite ? 'observed-rewrite' : 'observed-access-exclusive',
      table,
      message: rewrite
        ? `Running this statement rewrote ${table} (its file changed) under an ACCESS EXCLUSIVE lock; no rule predicted it.`
        : `Running this statement took an ACCESS EXCLUSIVE lock on ${table}; no rule predicted it.`,
    });
    found.push({ ...finding, observed: effectOn(observation, table) });
  }
  if (found.length === 0) return [];
  return applyWaivers(found, [...statementWaivers(migration, statement).waivers, ...fileWaivers(migration)]);
}
