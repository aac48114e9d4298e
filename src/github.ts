import * as github from '@actions/github';
import type { CheckRunPlan } from './report/check-run.js';

/**
 * Creates or updates the sticky comment on the pull request that triggered the run. Needs only
 * `pull-requests: write`; every failure is returned as a warning, never thrown, so a preview
 * without that permission (a fork, a read-only token) still passes on its own merits.
 */
export type CommentResult = { status: 'created' | 'updated'; id: number } | { status: 'skipped' | 'failed'; reason: string };

export function pullRequestNumber(): number | null {
  const payload = github.context.payload;
  return payload.pull_request?.number ?? null;
}

export async function upsertStickyComment(token: string, marker: string, body: string): Promise<CommentResult> {
  const number = pullRequestNumber();
  if (number === null) return { status: 'skipped', reason: 'not a pull request event' };
  if (!token) return { status: 'skipped', reason: 'no github-token' };
  const { owner, repo } = github.context.repo;
  try {
    const octokit = github.getOctokit(token);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
    const existing = comments.find((c) => c.body?.includes(marker));
    if (existing) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { status: 'updated', id: existing.id };
    }
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
    return { status: 'created', id: created.data.id };
  } catch (error) {
    const status = (error as { status?: number }).status;
    const reason = status === 403 || status === 404
      ? `GitHub refused the comment (HTTP ${status}); grant the job \`permissions: pull-requests: write\``
      : `could not write the pull request comment: ${(error as Error).message}`;
    return { status: 'failed', reason };
  }
}

export type CheckRunResult = { status: 'created'; id: number; url: string | null; annotations: number } | { status: 'skipped' | 'failed'; reason: string };

/** The commit a check run belongs to: the pull request's head, or the pushed commit. */
function checkedCommit(): string | null {
  const head = (github.context.payload.pull_request as { head?: { sha?: string } } | undefined)?.head?.sha;
  return head ?? (github.context.sha || null);
}

/**
 * Creates a completed check run with the plan's first batch of annotations and appends the
 * others by updates. Needs `checks: write`; every failure is returned, never thrown.
 */
export async function publishCheckRun(token: string, plan: CheckRunPlan): Promise<CheckRunResult> {
  if (!token) return { status: 'skipped', reason: 'no github-token' };
  const sha = checkedCommit();
  if (!sha) return { status: 'skipped', reason: 'no commit to attach it to (GITHUB_SHA is not set)' };
  const { owner, repo } = github.context.repo;
  const [first, ...rest] = plan.outputs;
  try {
    const octokit = github.getOctokit(token);
    const created = await octokit.rest.checks.create({ owner, repo, name: plan.name, head_sha: sha, status: 'completed', conclusion: plan.conclusion, output: first });
    for (const output of rest) await octokit.rest.checks.update({ owner, repo, check_run_id: created.data.id, output });
    return { status: 'created', id: created.data.id, url: created.data.html_url ?? null, annotations: plan.outputs.reduce((n, o) => n + o.annotations.length, 0) };
  } catch (error) {
    const status = (error as { status?: number }).status;
    const reason = status === 403 || status === 404
      ? `GitHub refused the check run (HTTP ${status}); grant the job \`permissions: checks: write\` to see every annotation at file:line`
      : `could not publish the check run: ${(error as Error).message}`;
    return { status: 'failed', reason };
  }
}
