import type { Outcome } from '../core/outcome.js';
import { shortChecksum } from '../sources/checksum.js';
import { formatDuration, plural, STATUS_TITLES } from './format.js';
import { plainLinks, type SourceLinks } from './links.js';
import { safetyLines } from './safety.js';

/**
 * The sticky pull-request comment: one per environment and migrations folder, found again by a
 * hidden marker and updated in place. SQL is HTML-escaped inside folded blocks; a body over
 * GitHub's limit is cut with a pointer to the job summary, which always has everything. Every
 * file:line (an error, a refused plan's problem, a safety finding, a snapshot's difference) is
 * written by `links`: on GitHub, a link to that line at the run's commit.
 */
export const COMMENT_LIMIT = 65_536;

export function commentMarker(environment: string | null, migrations: string): string {
  return `<!-- schemagate:${encodeURIComponent(environment ?? 'default')}:${encodeURIComponent(migrations)} -->`;
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ` (file:line)` after a message, or nothing. */
const at = (links: SourceLinks, location: { file: string; line?: number | null } | undefined | null) => (location ? ` (${links.location(location.file, location.line)})` : '');

function verificationLines(title: string, outcome: Outcome | null, links: SourceLinks): string[] {
  if (!outcome) return [];
  const lines = [`#### ${title}`, ''];
  if (outcome.error && outcome.status !== 'drift') {
    lines.push(`❌ ${escapeHtml(outcome.error.message)}${at(links, outcome.error.location)}`, '');
  }
  const v = outcome.verification;
  if (v) {
    const errors = v.differences.filter((d) => d.severity === 'error');
    lines.push(errors.length === 0 ? `✅ Schema matches \`${v.snapshot}\` (${plural(v.objectsChecked, 'object')}).` : `❌ ${errors.length} difference(s) from \`${v.snapshot}\`:`, '');
    for (const d of v.differences) lines.push(`- ${d.severity === 'error' ? '❌' : '⚠️'} ${escapeHtml(d.message)}${d.line ? at(links, { file: v.snapshot, line: d.line }) : ''}`);
    if (v.differences.length) lines.push('');
  } else if (outcome.status === 'ok') {
    lines.push('No snapshot to verify against.', '');
  }
  return lines;
}

export function renderComment(outcome: Outcome, options: { marker: string; environment: string | null; runUrl: string | null; links?: SourceLinks }): string {
  const links = options.links ?? plainLinks;
  const plan = outcome.plan;
  const icon = outcome.status === 'ok' ? '✅' : '❌';
  const head = [
    options.marker,
    `### ${icon} schemagate plan${options.environment ? ` for **${escapeHtml(options.environment)}**` : ''}: ${STATUS_TITLES[outcome.status]}`,
    '',
    // No database host here: a pull request comment can be public.
    `Migrations \`${outcome.migrations}\` · ${outcome.engine} · ${formatDuration(outcome.durationMs)}`,
    '',
  ];
  const body: string[] = [];
  if (plan) {
    body.push(`**${plan.pending.length} pending**, ${plan.applied.length} applied.`, '');
    for (const p of plan.problems) body.push(`- ${p.severity === 'error' ? '❌' : '⚠️'} **${p.kind}**: ${escapeHtml(p.message)}${at(links, p.location)}`);
    if (plan.problems.length) body.push('');
    for (const item of plan.pending) {
      const flags = [item.reason, item.outOfOrder ? 'out of order' : null].filter(Boolean).join(', ');
      body.push(
        '<details>',
        `<summary><code>${escapeHtml(item.migration.file)}</code> · ${escapeHtml(flags)} · ${item.migration.checksumAlgorithm} <code>${shortChecksum(item.migration.checksum)}</code></summary>`,
        '',
        `<pre lang="sql">${escapeHtml(item.migration.sql)}</pre>`,
        '</details>',
      );
    }
    if (plan.pending.length) body.push('');
  } else if (outcome.error) {
    body.push(`❌ ${escapeHtml(outcome.error.message)}${at(links, outcome.error.location)}`, '');
  }
  body.push(...safetyLines(outcome.safety, { heading: '####', escape: escapeHtml, where: links.location }));
  body.push(...verificationLines('Verification', outcome.verification ? outcome : null, links));
  body.push(...verificationLines('Replay on an empty embedded database', outcome.replay, links));
  const foot = options.runUrl ? [`[Workflow run](${options.runUrl}) · full details in the job summary.`] : ['Full details in the job summary.'];

  const full = [...head, ...body, ...foot].join('\n');
  if (full.length <= COMMENT_LIMIT) return full;
  const cut = `\n\n… cut: this comment exceeds GitHub's size limit. The job summary${options.runUrl ? ` of [the run](${options.runUrl})` : ''} has the complete plan.`;
  const room = COMMENT_LIMIT - cut.length - head.join('\n').length - 1;
  // Cut on a line boundary outside any open <details> so the markup stays well formed.
  let kept = body.join('\n').slice(0, room);
  const open = kept.lastIndexOf('<details>');
  if (open > kept.lastIndexOf('</details>')) kept = kept.slice(0, open);
  return `${head.join('\n')}\n${kept}${cut}`;
}
