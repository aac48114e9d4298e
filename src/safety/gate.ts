import type { RuleId } from './rules.js';
import type { Finding, TableSize } from './types.js';

/**
 * How findings gate a run (input `lint`), and how the target's table sizes grade them (input
 * `large-table-rows`): a lock or rewrite on a table the target says is small is a warning, on a
 * large one an error.
 */
export const LINT_LEVELS = ['error', 'warn', 'off'] as const;
export type LintLevel = (typeof LINT_LEVELS)[number];

/** Rules whose harm grows with the table: a lock held for a scan, a build or a rewrite. */
const SIZED_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'require-concurrent-index-creation',
  'require-concurrent-index-deletion',
  'constraint-missing-not-valid',
  'adding-foreign-key-constraint',
  'adding-not-nullable-field',
  'adding-field-with-default',
  'stored-generated-column',
  'changing-column-type',
  'disallowed-unique-constraint',
  'adding-serial-primary-key-field',
  'require-concurrent-reindex',
  'require-concurrent-refresh',
  'rewriting-table',
  'unbatched-update',
  'unbatched-delete',
  'clickhouse-mutation',
  'clickhouse-materialize',
  'observed-rewrite',
]);

/**
 * Puts each table's size next to its findings and grades the sized rules by it. A table whose
 * rows are unknown (never analysed) keeps the rule's own severity.
 */
export function sizeFindings(findings: readonly Finding[], sizes: ReadonlyMap<string, TableSize>, largeTableRows: number): Finding[] {
  return findings.map((finding) => {
    const table = finding.rowsOf ?? finding.table;
    const size = table === undefined ? undefined : sizes.get(table);
    if (!size) return finding;
    const graded = SIZED_RULES.has(finding.rule as RuleId) && size.rows !== null;
    return { ...finding, size, ...(graded ? { severity: size.rows! >= largeTableRows ? 'error' : 'warning' } : {}) };
  });
}

/** The findings that fail the run: unwaived errors, when `lint` is `error`. */
export function blockingFindings(findings: readonly Finding[], level: LintLevel): Finding[] {
  return level === 'error' ? findings.filter((f) => f.severity === 'error' && !f.suppressed) : [];
}

/** The tables the findings name, to ask the target for their sizes. */
export const tablesOf = (findings: readonly Finding[]) => [...new Set(findings.flatMap((f) => (f.rowsOf ?? f.table ?? [])))];
