import { promisify } from 'node:util';
import os from 'node:os';
import type { RunContext } from '../types.js';
import { VERSION } from '../version.js';
import { readHeadCommit } from './git-head.js';

/** What the GitHub run (or the local shell) says about who runs this, read once with the inputs. */
export interface RunEnvironment {
  actor: string | null;
  runUrl: string | null;
  /** GITHUB_SHA: the event's commit, used when the checkout is not a git work tree. */
  eventSha: string | null;
  environment: string | null;
}

export function runEnvironmentFrom(env: NodeJS.ProcessEnv, environment: string | null): RunEnvironment {
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : null;
  return {
    actor: env.GITHUB_ACTOR ?? (env.USER || os.userInfo().username || null),
    runUrl,
    eventSha: env.GITHUB_SHA ?? null,
    environment,
  };
}

/**
 * The commit whose migrations are being applied: the checked-out HEAD, which differs from
 * GITHUB_SHA when a promotion checks out the commit staging applied. Read when a run starts, not
 * while reading inputs, and without waiting for it: the run reads its migrations meanwhile. Git
 * itself is asked only where the repository's files are not read directly (git-head.ts).
 */
async function checkedOutCommit(cwd: string): Promise<string | null> {
  const read = await readHeadCommit(cwd);
  if (read !== undefined) return read;
  try {
    // Loaded only here: child_process costs every run 4 ms to load, and git is seldom asked.
    const { execFile } = await import('node:child_process');
    const { stdout } = await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd, timeout: 5000 });
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

/** Who is running, as every journal row records it. */
export async function resolveRunContext(run: RunEnvironment, cwd: string): Promise<RunContext> {
  return {
    actor: run.actor,
    runUrl: run.runUrl,
    commitSha: (await checkedOutCommit(cwd)) ?? run.eventSha,
    environment: run.environment,
    toolVersion: VERSION,
  };
}
