import type { Outcome, OutcomeError } from '../core/outcome.js';
import { shortChecksum } from '../sources/checksum.js';
import { driftStories } from '../verify/explain.js';
import { cell, formatDuration, locationText, plural, STATUS_TITLES, table } from './format.js';
import { plainLinks, type SourceLinks } from './links.js';
import { safetyLines } from './safety.js';

/**
 * The job summary: everything a reviewer needs without opening the log. Annotations are capped
 * by GitHub, so this is the complete list of problems and differences.
 */
/** `github`: the job summary (HTML allowed); `terminal`: the CLI's stdout (plain Markdown). */
export type SummaryStyle = 'github' | 'terminal';

export interface SummaryOptions {
  style: SummaryStyle;
  links: SourceLinks;
}

/** Tables longer than this fold away in the job summary, so the status and the failures stay in view. */
export const FOLD_ROWS = 20;

/** A table, folded under `title` when the summary can fold and it is long. */
export function foldable(options: SummaryOptions, rows: number, title: string, block: string): string[] {
  if (options.style !== 'github' || rows <= FOLD_ROWS) return [block, ''];
  return [`<details><summary>${title}</summary>`, '', block, '', '</details>', ''];
}

/** How many applied migrations only another tool's journal records: where the count comes from. */
function adoptedOnly(applied: NonNullable<Outcome['plan']>['applied']): string {
  const byTool = new Map<string, number>();
  for (const { source } of applied) if (source !== 'journal') byTool.set(source, (byTool.get(source) ?? 0) + 1);
  if (byTool.size === 0) return '';
  return ` (${[...byTool].map(([tool, count]) => `${count} recorded only in ${tool}'s journal`).join(', ')})`;
}

function planSection(outcome: Outcome, options: SummaryOptions): string[] {
  const plan = outcome.plan;
  if (!plan) return [];
  const parts = ['### Plan', ''];
  parts.push(
    `${plan.applied.length} applied${adoptedOnly(plan.applied)} · ${plan.pending.length} pending · ${plan.edited.length} edited · ` +
      `${plan.missing.length} missing · ${plan.outOfOrder.length} out of order · ${plan.failed.length} previously failed`,
    '',
  );
  if (plan.pending.length > 0) {
    parts.push(
      ...foldable(
        options,
        plan.pending.length,
        `${plural(plan.pending.length, 'pending migration')}`,
        table(
          ['Migration', 'File', 'Why', 'Statements', 'Checksum'],
          plan.pending.map((p) => [
            p.migration.id,
            options.links.location(p.migration.file),
            p.reason + (p.outOfOrder ? ' (out of order, allowed)' : '') + (p.startAt > 0 ? ` from statement ${p.startAt + 1}` : '') + (p.migration.batch && p.previous?.rowsDone ? ` after ${p.previous.rowsDone} rows` : ''),
            p.migration.statements.length,
            `\`${shortChecksum(p.migration.checksum)}\``,
          ]),
        ),
      ),
    );
  }
  if (plan.problems.length > 0) {
    parts.push(
      '#### Problems',
      '',
      table(
        ['', 'Migration', 'Problem', 'How to fix'],
        plan.problems.map((p) => [p.severity === 'error' ? '❌' : '⚠️', p.migrationId, p.message, p.hint]),
      ),
      '',
    );
  }
  return parts;
}

function appliedSection(outcome: Outcome, options: SummaryOptions): string[] {
  if (outcome.applied.length === 0) return [];
  const title = outcome.mode === 'baseline' ? '### Recorded as applied (baseline, not run)' : '### Applied';
  return [
    title,
    '',
    ...foldable(
      options,
      outcome.applied.length,
      `${plural(outcome.applied.length, 'migration')}`,
      table(
        ['Migration', 'File', 'Result', 'Statements run', 'Duration'],
        outcome.applied.map((a) => [
          a.migrationId,
          options.links.location(a.file),
          a.status === 'failed' ? '❌ failed' : a.status === 'baselined' ? '📌 baselined' : '✅ applied',
          a.statementsRun,
          formatDuration(a.durationMs),
        ]),
      ),
    ),
  ];
}

function verificationSection(outcome: Outcome, options: SummaryOptions): string[] {
  const v = outcome.verification;
  if (!v) return [];
  const errors = v.differences.filter((d) => d.severity === 'error').length;
  const warnings = v.differences.length - errors;
  const parts = [`### Verification against \`${v.snapshot}\``, ''];
  if (v.differences.length === 0) {
    parts.push(`✅ ${plural(v.objectsChecked, 'object')} (tables, views, types) match the snapshot.`, '');
    return parts;
  }
  const stories = driftStories(v.differences);
  parts.push(
    `${errors > 0 ? '❌' : '⚠️'} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} across ${plural(v.objectsChecked, 'expected object')}.`,
    '',
    ...(stories.length > 0 ? [...stories.map((story) => `- ${story}`), ''] : []),
    ...foldable(
      options,
      v.differences.length,
      `${plural(v.differences.length, 'difference')}`,
      table(
        ['', 'Object', 'Difference', 'Expected', 'Actual', 'Snapshot line'],
        [...v.differences]
          .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'))
          .map((d) => [d.severity === 'error' ? '❌' : '⚠️', `\`${d.object}\``, d.kind, d.expected, d.actual, d.line ? options.links.location(v.snapshot, d.line) : '']),
      ),
    ),
  );
  return parts;
}

const EARLIER_STATES: Record<string, string> = {
  applied: '✅ applied, same checksum',
  'checksum-differs': '❌ applied with a different checksum',
  failed: '❌ failed there',
  'not-applied': '❌ not applied',
};

function promotionSection(outcome: Outcome, options: SummaryOptions): string[] {
  const p = outcome.promotion;
  if (!p) return [];
  return [
    `### Promotion gate: ${p.environment}`,
    '',
    p.rows.length === 0
      ? 'Nothing pending to promote.'
      : table(['Migration', 'File', 'Checksum here', `In ${p.environment}`], p.rows.map((r) => [r.migrationId, options.links.location(r.file), `\`${shortChecksum(r.checksum)}\``, EARLIER_STATES[r.earlier] + (r.earlierChecksum && r.earlier !== 'applied' ? ` (\`${shortChecksum(r.earlierChecksum)}\`)` : '')])),
    '',
  ];
}

/** Another run's summary inside this one: without its title, its sections one level down. */
export function nestedSummary(outcome: Outcome, options: SummaryOptions): string[] {
  return renderSummary(outcome, options)
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^(#{2,3}) /, '#### '));
}

function replaySection(outcome: Outcome, options: SummaryOptions): string[] {
  const r = outcome.replay;
  if (!r) return [];
  return [`### Replay from empty on an embedded ${outcome.engine} database: ${r.status === 'ok' ? '✅' : '❌'} ${STATUS_TITLES[r.status]}`, '', ...nestedSummary(r, options)];
}

/** The failure: its message (at its file:line), the hint, every problem, and the failing statement. */
export function errorLines(error: OutcomeError, { style, links }: SummaryOptions): string[] {
  const { location } = error;
  // A failed statement's message quotes the database, whose backticks quote names (`my-table`): shown as written, not as code.
  const message = error.statement ? error.message.replace(/`/g, '\\`') : error.message;
  // A message that opens with its file:line keeps it there, as a link where the summary links.
  const opening = location ? `${locationText(location)}: ` : null;
  const text =
    location && opening && message.startsWith(opening)
      ? `${links.location(location.file, location.line)}: **${cell(message.slice(opening.length))}**`
      : `**${cell(message)}**${location ? ` (${links.location(location.file, location.line)})` : ''}`;
  const lines = [`> ${text}`, ''];
  if (error.hint) lines.push(`> ${cell(error.hint)}`, '');
  if (error.problems) {
    lines.push(table(['', 'Where', 'Problem', 'How to fix'], error.problems.map((p) => ['❌', p.location ? links.location(p.location.file, p.location.line) : '', p.message, p.hint ?? ''])), '');
  }
  if (error.statement) {
    const sql = ['```sql', error.statement.replace(/```/g, '`\u200b``'), '```', ''];
    lines.push(...(style === 'github' ? ['<details><summary>Failing statement</summary>', '', ...sql, '</details>', ''] : ['Failing statement:', '', ...sql]));
  }
  return lines;
}

export function renderSummary(outcome: Outcome, options: SummaryOptions = { style: 'github', links: plainLinks }): string {
  const { links } = options;
  const icon = outcome.status === 'ok' ? '✅' : '❌';
  // A run that failed before it knew its target (bad inputs) has no target line to show.
  const context = [
    outcome.target ? `Target \`${outcome.target}\` (${outcome.engine})` : null,
    outcome.migrations ? `migrations \`${outcome.migrations}\`${outcome.layout ? ` (${outcome.layout} layout)` : ''}` : null,
    outcome.target ? formatDuration(outcome.durationMs) : null,
  ].filter(Boolean);
  const parts = [`## ${icon} schemagate ${outcome.mode}: ${STATUS_TITLES[outcome.status]}`, '', ...(context.length ? [context.join(' · '), ''] : [])];
  if (outcome.error) parts.push(...errorLines(outcome.error, options));
  parts.push(
    ...planSection(outcome, options),
    ...promotionSection(outcome, options),
    ...safetyLines(outcome.safety, { heading: '###', where: links.location, fold: (rows, title, block) => foldable(options, rows, title, block) }),
    ...appliedSection(outcome, options),
    ...verificationSection(outcome, options),
    ...replaySection(outcome, options),
  );
  if (outcome.unverified) parts.push(`⚠️ ${outcome.unverified}`, '');
  if (outcome.snapshotWritten) parts.push(`Snapshot written to \`${outcome.snapshotWritten}\`.`, '');
  return parts.join('\n');
}
