import * as github from '@actions/github';

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
