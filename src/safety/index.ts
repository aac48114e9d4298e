import type { Dialect } from '../dialects/index.js';
import type { Migration } from '../types.js';
import type { AnalysisContext, Finding } from './types.js';

/**
 * Safety analysis of migrations before they run: rule findings with file:line, why and fix. The
 * rules themselves are the dialect's (dialects/<name>/safety.ts); this runs them in apply order.
 *
 *   const findings = await analyzeMigrations(pending, existingTables, driver.dialect);
 *   const failing = findings.filter((f) => f.severity === 'error' && !f.suppressed);
 */
export { ruleDocs, type RuleDoc, type RuleId } from './rules.js';
export type { AnalysisContext, Finding, FindingSeverity, ObservedEffect, TableSize } from './types.js';
export { blockingFindings, LINT_LEVELS, sizeFindings, tablesOf, type LintLevel } from './gate.js';
export { lockName, reconcile, type Observation } from './observation.js';

/** What the caller knows of the target, as AnalysisContext names it; the rest is carried from migration to migration. */
export type AnalyzeOptions = Pick<AnalysisContext, 'defaultSchema' | 'cluster' | 'catalogKnown' | 'existingIndexes' | 'rowlessTables'>;

/**
 * Analyses pending migrations in apply order. A table created by one of them is new for the
 * ones after it, so indexing, altering or filling it there raises no lock finding.
 */
export async function analyzeMigrations(
  migrations: readonly Migration[],
  existingTables: ReadonlySet<string>,
  dialect: Dialect,
  options: AnalyzeOptions = {},
): Promise<Finding[]> {
  return (await analyzePending(migrations, existingTables, dialect, options)).findings;
}

/** As analyzeMigrations, and also the tables the migrations create (empty, so free to lock). */
export async function analyzePending(
  migrations: readonly Migration[],
  existingTables: ReadonlySet<string>,
  dialect: Dialect,
  options: AnalyzeOptions = {},
): Promise<{ findings: Finding[]; newTables: ReadonlySet<string> }> {
  let newTables: ReadonlySet<string> = new Set();
  let newIndexes: ReadonlyMap<string, string> = new Map();
  let newColumns: ReadonlySet<string> = new Set();
  let tableOrigins: ReadonlyMap<string, string> = new Map();
  if (migrations.length === 0) return { findings: [], newTables };
  const analyze = await dialect.safetyRules();
  const findings: Finding[] = [];
  for (const migration of migrations) {
    const context: AnalysisContext = { ...options, existingTables, newTables, newIndexes, newColumns, tableOrigins };
    const analysis = analyze(migration, context);
    findings.push(...analysis.findings);
    newTables = analysis.newTables;
    newIndexes = analysis.newIndexes ?? newIndexes;
    newColumns = analysis.newColumns ?? newColumns;
    existingTables = analysis.existingTables ?? existingTables;
    tableOrigins = analysis.tableOrigins ?? tableOrigins;
  }
  return { findings, newTables };
}
