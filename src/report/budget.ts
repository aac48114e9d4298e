import path from 'node:path';
import type { Outcome } from '../core/outcome.js';
import { counts } from './result.js';

/**
 * Size budgets for what GitHub stores: a job summary over 1 MiB is rejected whole and a job's
 * step outputs share 1 MB. The summary and the `result` output are cut to a budget by design,
 * with a pointer to the full result file, instead of being lost past the limit.
 */

/** Below GitHub's 1 MiB, leaving room for the pointer and the redactor's replacements. */
export const SUMMARY_BUDGET = 900 * 1024;
/** A quarter of the job's 1 MB of outputs, so several schemagate steps fit in one job. */
export const RESULT_BUDGET = 256 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const kib = (n: number) => `${Math.ceil(n / 1024)} KiB`;

/** Where the full result JSON goes: per run, attempt and step, so several steps never overwrite each other. */
export function resultFilePath(env: NodeJS.ProcessEnv, cwd: string): string {
  const tag = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_ACTION].filter(Boolean).join('-').replace(/[^\w.-]+/g, '_');
  const name = `schemagate-result${tag ? `-${tag}` : ''}.json`;
  return env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, name) : path.join(env.GITHUB_WORKSPACE || cwd, '.schemagate', name);
}

/** What is open at the end of a line: a fenced code block (its fence) and nested <details>. */
interface Open {
  fence: string | null;
  details: number;
}

function advance(open: Open, line: string): Open {
  const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
  if (open.fence) return fence && fence[0] === open.fence[0] && fence.length >= open.fence.length && line.trim() === fence ? { ...open, fence: null } : open;
  if (fence) return { ...open, fence };
  const opened = line.match(/<details[\s>]/gi)?.length ?? 0;
  const closed = line.match(/<\/details>/gi)?.length ?? 0;
  return { ...open, details: Math.max(0, open.details + opened - closed) };
}

const closing = (open: Open) => [...(open.fence ? [open.fence] : []), ...Array<string>(open.details).fill('</details>')];

/**
 * The summary cut to `budget` bytes at a line boundary, preferably between blocks (no fence or
 * <details> open); a block larger than half the budget is cut inside and closed instead. The
 * pointer names the sections that were cut and where the complete result is.
 */
export function budgetSummary(markdown: string, resultFile: string, budget = SUMMARY_BUDGET): string {
  const total = bytes(markdown);
  if (total <= budget) return markdown;
  const lines = markdown.split('\n');
  const headings = (from: number) => lines.slice(from).filter((line) => /^#{2,4} /.test(line)).map((line) => line.replace(/^#+ /, ''));
  const pointer = (kept: number) => {
    const cut = headings(kept);
    const named = cut.length === 0 ? '' : ` Sections cut: ${cut.slice(0, 10).join('; ')}${cut.length > 10 ? `; and ${cut.length - 10} more` : ''}.`;
    return `> ✂️ **This summary was cut at ${kib(budget)} of ${kib(total)}** (GitHub rejects a job summary over 1 MiB): ${lines.length - kept} of ${lines.length} lines left out.${named} The complete result is in \`${resultFile}\` (the \`result-file\` output; the reusable workflow uploads it as an artifact).`;
  };
  // Room for the pointer at its longest and the closers of whatever may be open.
  const room = budget - bytes(pointer(0)) - 1024;
  let used = 0;
  let open: Open = { fence: null, details: 0 };
  let lastClean = 0;
  let kept = 0;
  let keptOpen = open;
  for (const [index, line] of lines.entries()) {
    used += bytes(line) + 1;
    if (used > room) break;
    open = advance(open, line);
    kept = index + 1;
    keptOpen = open;
    if (!open.fence && open.details === 0) lastClean = kept;
  }
  const clean = bytes(lines.slice(0, lastClean).join('\n')) >= room / 2;
  const end = clean ? lastClean : kept;
  const closers = clean ? [] : closing(keptOpen);
  return [...lines.slice(0, end), ...closers, '', pointer(end), ''].join('\n');
}

/**
 * The `result` output within `budget` bytes: the full JSON when it fits, otherwise the top-level
 * facts with `truncated: true` and the path of the file that has everything.
 */
export function budgetResult(json: string, outcome: Outcome, resultFile: string, budget = RESULT_BUDGET): string {
  if (bytes(json) <= budget) return json;
  const error = outcome.error && {
    kind: outcome.error.kind,
    message: outcome.error.message,
    hint: outcome.error.hint,
    location: outcome.error.location,
    problems: outcome.error.problems?.length,
    fromReplay: outcome.error.fromReplay,
  };
  return JSON.stringify({
    status: outcome.status,
    mode: outcome.mode,
    engine: outcome.engine,
    layout: outcome.layout,
    ...counts(outcome),
    error,
    truncated: true,
    bytes: bytes(json),
    resultFile,
  });
}
