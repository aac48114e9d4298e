import type { Outcome } from '../core/outcome.js';
import { configError } from '../errors.js';
import type { Annotation } from './annotations.js';
import { oneLineReason, plural } from './format.js';

/**
 * A check run carries every annotation at file:line, where workflow commands show only ten per
 * severity. GitHub takes 50 annotations per request: the first 50 come with the check run, the
 * rest in updates, which GitHub appends.
 */
export const CHECK_RUN_BATCH = 50;

export type CheckRunMode = 'auto' | 'always' | 'never';

export function parseCheckRunMode(raw: string): CheckRunMode {
  const value = raw.trim().toLowerCase() || 'auto';
  if (value === 'auto' || value === 'always' || value === 'never') return value;
  throw configError(`Input \`check-run\` must be auto, always or never, not "${raw.trim()}".`, {
    hint: 'auto publishes a check run only when there are more annotations than GitHub shows from workflow commands.',
  });
}

/** `auto` publishes only when the workflow commands would leave annotations out. */
export const wantsCheckRun = (mode: CheckRunMode, total: number, shown: number) => mode === 'always' || (mode === 'auto' && total > shown);

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning';
  title: string;
  message: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  annotations: CheckRunAnnotation[];
}

export interface CheckRunPlan {
  name: string;
  conclusion: 'success' | 'failure' | 'cancelled';
  /** The first request's output, then one output per further batch of annotations. */
  outputs: CheckRunOutput[];
}

/** GitHub's limits on one annotation's fields and on the output's texts. */
const MESSAGE_CHARS = 60_000;
const TITLE_CHARS = 255;
const OUTPUT_CHARS = 60_000;

const cut = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

/** Annotations' files must already be relative to the repository (SourceLinks.repoPath). */
export function checkRunPlan(
  outcome: Outcome,
  annotations: readonly Annotation[],
  options: { environment: string | null; runUrl: string | null },
): CheckRunPlan {
  const placed = annotations.filter((a) => a.file);
  const unplaced = annotations.filter((a) => !a.file);
  const entries = placed.map<CheckRunAnnotation>((a) => ({
    path: a.file!,
    start_line: a.line ?? 1,
    end_line: a.line ?? 1,
    annotation_level: a.severity === 'error' ? 'failure' : 'warning',
    title: cut(a.title, TITLE_CHARS),
    message: cut(a.message, MESSAGE_CHARS),
  }));
  const errors = annotations.filter((a) => a.severity === 'error').length;
  const title = cut(`${oneLineReason(outcome)} (${plural(errors, 'error')}, ${plural(annotations.length - errors, 'warning')})`, TITLE_CHARS);
  const summary = cut(
    [
      `${plural(placed.length, 'annotation')} at file:line in this check run.`,
      options.runUrl ? `The job summary of [the workflow run](${options.runUrl}) has the complete report.` : 'The job summary has the complete report.',
    ].join(' '),
    OUTPUT_CHARS,
  );
  const text = unplaced.length ? cut(unplaced.map((a) => `- **${a.title}**: ${a.message.replace(/\n/g, ' ')}`).join('\n'), OUTPUT_CHARS) : undefined;
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < entries.length; i += CHECK_RUN_BATCH) batches.push(entries.slice(i, i + CHECK_RUN_BATCH));
  if (batches.length === 0) batches.push([]);
  return {
    name: `schemagate ${outcome.mode}${options.environment ? ` (${options.environment})` : ''}`,
    // A run stopped by a signal (a cancelled job) is GitHub's own `cancelled`, not a failure of the migrations.
    conclusion: outcome.status === 'ok' ? 'success' : outcome.status === 'cancelled' ? 'cancelled' : 'failure',
    outputs: batches.map((batch) => ({ title, summary, ...(text ? { text } : {}), annotations: batch })),
  };
}
