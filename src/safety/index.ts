import type { Migration } from '../types.js';
import { analyzeClickHouseMigration } from './clickhouse.js';
import { analyzePostgresMigration } from './postgres.js';
import { loadPostgresParser } from './postgres-parser.js';
import type { AnalysisContext, Finding, MigrationAnalysis, SafetyEngine } from './types.js';

/**
 * Safety analysis of migrations before they run: rule findings with file:line, why and fix.
 *
 *   const findings = await analyzeMigrations(pending, existingTables, 'postgres');
 *   const failing = findings.filter((f) => f.severity === 'error' && !f.suppressed);
 */
export { analyzeClickHouse } from './clickhouse.js';
export { analyzePostgres } from './postgres.js';
export { loadPostgresParser, type PostgresParser } from './postgres-parser.js';
export { ruleDocs, type RuleDoc, type RuleId } from './rules.js';
export type { AnalysisContext, Finding, FindingSeverity, SafetyEngine } from './types.js';

export interface AnalyzeOptions {
  /** Schema (Postgres) or database (ClickHouse) of unqualified table names. */
  defaultSchema?: string;
  /** ClickHouse: the configured cluster, if any. */
  cluster?: string;
}

/**
 * Analyses pending migrations in apply order. A table created by one of them is new for the
 * ones after it, so indexing, altering or filling it there raises no lock finding.
 */
export async function analyzeMigrations(
  migrations: readonly Migration[],
  existingTables: ReadonlySet<string>,
  engine: SafetyEngine,
  options: AnalyzeOptions = {},
): Promise<Finding[]> {
  if (migrations.length === 0) return [];
  let analyze: (migration: Migration, context: AnalysisContext) => MigrationAnalysis = analyzeClickHouseMigration;
  if (engine === 'postgres') {
    const parser = await loadPostgresParser();
    analyze = (migration, context) => analyzePostgresMigration(migration, context, parser);
  }
  const findings: Finding[] = [];
  let newTables: ReadonlySet<string> = new Set();
  for (const migration of migrations) {
    const analysis = analyze(migration, { ...options, existingTables, newTables });
    findings.push(...analysis.findings);
    newTables = analysis.newTables;
  }
  return findings;
}
