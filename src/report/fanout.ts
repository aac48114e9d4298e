import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MODES, type Mode } from '../config/index.js';
import { bySeverity, statusCounts, worstStatus, type FanoutOutcome, type TargetStatus, type TargetSummary } from '../core/fanout.js';
import type { Outcome } from '../core/outcome.js';
import { configError } from '../errors.js';
import { RESULT_BUDGET, SUMMARY_BUDGET } from './budget.js';
import { formatDuration, locationText, plural, STATUS_TITLES, table } from './format.js';
import { COMMENT_LIMIT, escapeHtml } from './comment.js';
import { plainLinks } from './links.js';
import { errorLines, nestedSummary, type SummaryOptions } from './summary.js';

/**
 * The report of a fan-out (many databases, one folder): one summary opening with a table of the
 * targets, then the details of the failures; the outputs and the result JSON aggregate every
 * target. A merged matrix (one result file per shard) is rendered the same way.
 */

const TITLES: Record<TargetStatus, string> = { ...STATUS_TITLES, 'not-attempted': 'not attempted' };
const ICONS = (status: TargetStatus) => (status === 'ok' ? '✅' : status === 'not-attempted' ? '⏭️' : '❌');

/** Rows of the targets table at most: worst first, the rest counted (the result file lists every target). */
export const MAX_TABLE_ROWS = 1000;

/** The counts the outputs carry, summed over the targets. */
export function fanoutCounts(fanout: FanoutOutcome) {
  const attempted = fanout.targets.filter((t) => t.status !== 'not-attempted');
  return {
    pending: sum(fanout.targets, 'pending'),
    applied: sum(fanout.targets, 'applied'),
    drift: sum(fanout.targets, 'drift'),
    /** Every target was attempted, compared with a snapshot and matched it. */
    verified: attempted.length === fanout.targets.length && attempted.length > 0 && attempted.every((t) => t.verified),
    targets: statusCounts(fanout.targets),
  };
}

const sum = (targets: TargetSummary[], key: 'pending' | 'applied' | 'drift') => targets.reduce((total, t) => total + t[key], 0);

function countsLine(fanout: FanoutOutcome): string {
  const counts = statusCounts(fanout.targets);
  return Object.entries(counts)
    .sort(([a], [b]) => Number(a === 'ok') - Number(b === 'ok'))
    .map(([status, n]) => `${n} ${TITLES[status as TargetStatus]}`)
    .join(' · ');
}

function reasonOf(target: TargetSummary): string {
  if (target.skipped) return target.skipped;
  if (!target.error) return '';
  const where = target.error.location ? ` (${locationText(target.error.location)})` : '';
  const message = target.error.message.replace(/\s*\n\s*/g, ' ');
  return `${message.length > 200 ? `${message.slice(0, 200)}…` : message}${where}`;
}

function targetsTable(fanout: FanoutOutcome): string[] {
  const rows = bySeverity(fanout.targets);
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  const lines = [
    table(
      ['Target', 'Outcome', 'Applied', 'Pending', 'Drift', 'Duration', 'Reason'],
      shown.map((t) => [`\`${t.name}\``, `${ICONS(t.status)} ${TITLES[t.status]}`, t.applied, t.pending, t.drift, t.status === 'not-attempted' ? '' : formatDuration(t.durationMs), reasonOf(t)]),
    ),
    '',
  ];
  if (rows.length > shown.length) {
    const rest = statusCounts(rows.slice(MAX_TABLE_ROWS));
    lines.push(`…and ${rows.length - shown.length} more targets (${Object.entries(rest).map(([s, n]) => `${n} ${TITLES[s as TargetStatus]}`).join(', ')}): the result file lists every one.`, '');
  }
  return lines;
}

/** One failed target's section: its whole summary when its outcome was kept, demoted under the fan-out's heading. */
function failureDetail(target: TargetSummary, outcome: Outcome | undefined, options: SummaryOptions): string[] {
  const heading = `### ❌ \`${target.name}\`: ${TITLES[target.status]}`;
  // From its summary alone: a merged shard's target, or one past the failures kept whole.
  if (!outcome) return [heading, '', `Target \`${target.target}\``, '', ...errorLines(target.error!, options)];
  return [heading, '', ...nestedSummary(outcome, options)];
}

const bytes = (lines: string[]) => Buffer.byteLength(lines.join('\n'), 'utf8');

export function renderFanoutSummary(fanout: FanoutOutcome, options: SummaryOptions = { style: 'github', links: plainLinks }, budget = SUMMARY_BUDGET): string {
  const icon = fanout.status === 'ok' ? '✅' : '❌';
  const context = [
    plural(fanout.targets.length, 'target'),
    fanout.migrations ? `migrations \`${fanout.migrations}\`` : null,
    fanout.canary.length > 0 ? `canary ${fanout.canary.map((n) => `\`${n}\``).join(', ')}` : null,
    fanout.shards.length > 0 ? `${fanout.shards.length === 1 ? 'shard' : 'shards'} ${fanout.shards.join(', ')}` : null,
    formatDuration(fanout.durationMs),
  ].filter(Boolean);
  const parts = [`## ${icon} schemagate ${fanout.mode}: ${STATUS_TITLES[fanout.status]}`, '', `${context.join(' · ')}`, '', countsLine(fanout), '', ...targetsTable(fanout)];
  const failed = bySeverity(fanout.targets).filter((t) => t.error);
  if (failed.length === 0) return parts.join('\n');
  parts.push('## Failures', '');
  const outcomes = new Map(fanout.failures.map((f) => [f.name, f.outcome]));
  // Details stop short of the budget, leaving room for the pointer: budgetSummary cuts anything larger.
  const room = budget - 16 * 1024;
  let detailed = 0;
  for (const target of failed) {
    const section = failureDetail(target, outcomes.get(target.name), options);
    if (bytes(parts) + bytes(section) > room) break;
    parts.push(...section);
    detailed++;
  }
  if (detailed < failed.length) parts.push(`${failed.length - detailed} more failed ${failed.length - detailed === 1 ? 'target is' : 'targets are'} not detailed here (the summary's size limit): the table gives each reason, and the result file each error.`, '');
  return parts.join('\n');
}

/** The one line `setFailed` and the CLI's exit message carry. */
export function fanoutReason(fanout: FanoutOutcome): string {
  const head = `schemagate ${fanout.mode}: ${STATUS_TITLES[fanout.status]}: ${fanout.targets.length} targets (${countsLine(fanout)})`;
  const worst = bySeverity(fanout.targets).find((t) => t.error);
  return worst ? `${head}; ${worst.name}: ${reasonOf(worst)}` : head;
}

/** The `result` output and result file of a fan-out: every target's summary. */
export function fanoutResultJson(fanout: FanoutOutcome): string {
  const counts = fanoutCounts(fanout);
  return JSON.stringify({
    fanout: true,
    status: fanout.status,
    mode: fanout.mode,
    migrations: fanout.migrations,
    counts: counts.targets,
    applied: counts.applied,
    pending: counts.pending,
    drift: counts.drift,
    verified: counts.verified,
    canary: fanout.canary,
    shards: fanout.shards,
    durationMs: fanout.durationMs,
    targets: fanout.targets,
  });
}

/** Within the output budget: every target when it fits, otherwise the failed ones only, with `truncated`. */
export function budgetFanoutResult(json: string, fanout: FanoutOutcome, resultFile: string, budget = RESULT_BUDGET): string {
  if (Buffer.byteLength(json, 'utf8') <= budget) return json;
  const failed = bySeverity(fanout.targets).filter((t) => t.status !== 'ok');
  const kept = failed.slice(0, 200).map((t) => ({ name: t.name, status: t.status, reason: reasonOf(t) }));
  return JSON.stringify({ fanout: true, status: fanout.status, mode: fanout.mode, counts: statusCounts(fanout.targets), targets: kept, truncated: true, resultFile });
}

// ---- merging the shards of a job matrix --------------------------------------------------

interface ResultFile {
  file: string;
  text: string;
}

type Json = Record<string, unknown>;

/** One result file as target summaries: a fan-out's own, or a single target's result. */
function summariesOf({ file, text }: ResultFile): { mode: string; migrations: string; targets: TargetSummary[]; shards: string[]; canary: string[]; durationMs: number } {
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    throw configError(`${file} is not a schemagate result file (not JSON).`, { location: { file }, hint: 'Merge the `result-file` of each shard (the artifacts the reusable workflow uploads).' });
  }
  if (typeof json.status !== 'string' || typeof json.mode !== 'string' || json.truncated === true) {
    throw configError(`${file} is not a whole schemagate result (no status and mode${json.truncated === true ? '; it is the cut `result` output' : ''}).`, {
      location: { file },
      hint: 'Merge the `result-file` of each shard, which is never cut, not the `result` output.',
    });
  }
  const common = { mode: json.mode, migrations: String(json.migrations ?? ''), durationMs: Number(json.durationMs ?? 0) };
  if (json.fanout === true) {
    return { ...common, targets: json.targets as TargetSummary[], shards: (json.shards as string[]) ?? [], canary: (json.canary as string[]) ?? [] };
  }
  const target = String(json.target ?? file);
  const single: TargetSummary = {
    name: target,
    target,
    status: json.status as TargetStatus,
    applied: ((json.applied as Array<{ status: string }>) ?? []).filter((a) => a.status !== 'failed').length,
    pending: ((json.plan as { pending?: unknown[] } | null)?.pending ?? []).length,
    drift: ((json.verification as { differences?: Array<{ severity: string }> } | null)?.differences ?? []).filter((d) => d.severity === 'error').length,
    verified: json.verified === true,
    durationMs: common.durationMs,
    error: (json.error as TargetSummary['error']) ?? null,
  };
  return { ...common, targets: [single], shards: [], canary: [] };
}

/**
 * The shards' result files as one fan-out. A shard of `n` whose file is missing (its job failed
 * before schemagate reported, or was cancelled) is a failure of its own: its targets' fate is
 * unknown, so the merge never passes for them.
 */
export function mergeResults(files: ResultFile[]): FanoutOutcome {
  if (files.length === 0) {
    throw configError('No result files to merge.', { hint: 'Point `merge-results` at the folder the shards\' result artifacts were downloaded to.' });
  }
  const parts = files.map(summariesOf);
  const modes = [...new Set(parts.map((p) => p.mode))];
  if (modes.length > 1) throw configError(`The result files are of different modes (${modes.join(', ')}): merge the shards of one run.`);
  const shards = parts.flatMap((p) => p.shards);
  const targets = parts.flatMap((p) => p.targets);
  const counts = [...new Set(shards.map((s) => Number(s.split('/')[1])))];
  if (counts.length > 1) throw configError(`The result files come from different shardings (${shards.join(', ')}): merge the shards of one run.`);
  if (counts.length === 1) {
    const seen = new Set(shards.map((s) => Number(s.split('/')[0])));
    for (let index = 1; index <= counts[0]!; index++) {
      if (seen.has(index)) continue;
      targets.push({
        name: `shard ${index}/${counts[0]}`,
        target: 'the targets of this shard',
        status: 'internal',
        applied: 0,
        pending: 0,
        drift: 0,
        verified: false,
        durationMs: 0,
        error: { kind: 'internal', message: `No result file for shard ${index}/${counts[0]}: its job failed before schemagate reported, or was cancelled; what it did to its targets is unknown.`, hint: 'Open that job\'s log, and re-run it: each target\'s journal says what was applied.' },
      });
    }
  }
  const mode = modes[0]!;
  return {
    mode: ((MODES as readonly string[]).includes(mode) ? mode : 'plan') as Mode,
    migrations: parts.find((p) => p.migrations)?.migrations ?? '',
    status: worstStatus(targets.map((t) => t.status)),
    targets,
    failures: [],
    canary: [...new Set(parts.flatMap((p) => p.canary))],
    shards: [...new Set(shards)].sort((a, b) => Number(a.split('/')[0]) - Number(b.split('/')[0])),
    durationMs: Math.max(...parts.map((p) => p.durationMs)),
  };
}

/** The result files named by `merge-results`: files, or folders searched recursively for `*.json`. */
export function readResultFiles(spec: string, cwd: string): ResultFile[] {
  const found: string[] = [];
  const walk = (full: string) => {
    if (statSync(full).isDirectory()) for (const entry of readdirSync(full).sort()) walk(path.join(full, entry));
    else if (full.endsWith('.json')) found.push(full);
  };
  for (const line of spec.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const full = path.resolve(cwd, line);
    if (!existsSync(full)) throw configError(`Result file or folder ${line} does not exist.`, { hint: 'Download the shards\' result artifacts first (actions/download-artifact), then merge that folder.' });
    walk(full);
  }
  return found.map((file) => ({ file: path.relative(cwd, file) || file, text: readFileSync(file, 'utf8') }));
}

/**
 * A target as a pull-request comment names it: a comment can be public, so a target named after
 * its URL (host and database, when the targets were given without names) goes by its position.
 */
function publicName(target: TargetSummary, position: number): string {
  const named = !target.target.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').startsWith(target.name);
  return named ? `\`${target.name}\`` : `target ${position}`;
}

/**
 * The sticky pull-request comment of a fan-out plan: what each target has pending, and why any
 * failed, worst first, in one table cut to GitHub's size limit (the job summary has every
 * target and every failure in full).
 */
export function renderFanoutComment(fanout: FanoutOutcome, options: { marker: string; environment: string | null; runUrl: string | null }): string {
  const icon = fanout.status === 'ok' ? '✅' : '❌';
  const head = [
    options.marker,
    `### ${icon} schemagate plan${options.environment ? ` for **${escapeHtml(options.environment)}**` : ''}: ${STATUS_TITLES[fanout.status]}`,
    '',
    `Migrations \`${fanout.migrations}\` · ${plural(fanout.targets.length, 'target')} · ${formatDuration(fanout.durationMs)}`,
    '',
    countsLine(fanout),
    '',
  ];
  const foot = ['', options.runUrl ? `[Workflow run](${options.runUrl}) · every target in full in the job summary.` : 'Every target in full in the job summary.'];
  const positions = new Map(fanout.targets.map((t, i) => [t, i + 1]));
  const rows = bySeverity(fanout.targets).map((t) => [publicName(t, positions.get(t)!), `${ICONS(t.status)} ${TITLES[t.status]}`, t.pending, escapeHtml(reasonOf(t))]);
  const room = COMMENT_LIMIT - bytes([...head, ...foot]) - 512;
  let shown = rows.length;
  const render = (n: number) => table(['Target', 'Outcome', 'Pending', 'Reason'], rows.slice(0, n));
  while (shown > 0 && Buffer.byteLength(render(shown), 'utf8') > room) shown = Math.floor(shown * 0.9);
  const more = rows.length - shown;
  return [...head, render(shown), ...(more > 0 ? ['', `…and ${more} more targets (the comment's size limit).`] : []), ...foot].join('\n');
}
