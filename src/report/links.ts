import path from 'node:path';

/**
 * How a renderer writes a place in a file: in the job summary a link to the file at the commit
 * on GitHub, elsewhere (a terminal, a test) the `file:line` alone. Files are relative to the
 * run's directory (`working-directory`); GitHub wants them relative to the repository.
 */
export interface SourceLinks {
  /** Markdown for `file` (and `line`): a link or inline code. */
  location: (file: string, line?: number | null) => string;
  /** The file relative to the repository root, as annotations and check runs name it. */
  repoPath: (file: string) => string;
}

const code = (file: string, line?: number | null) => `\`${line ? `${file}:${line}` : file}\``;

export const plainLinks: SourceLinks = { location: code, repoPath: (file) => file };

export interface RepositoryPlace {
  /** `https://github.com` or a GitHub Enterprise server. */
  serverUrl: string;
  /** `owner/name`. */
  repository: string;
  sha: string;
  /** The repository's root on disk (GITHUB_WORKSPACE) and the run's directory in it. */
  workspace: string;
  cwd: string;
}

/** Links to `blob/<sha>/<path>#L<line>`; a file outside the repository keeps its plain form. */
export function githubLinks(place: RepositoryPlace): SourceLinks {
  const prefix = path.relative(place.workspace, place.cwd).split(path.sep).join('/');
  const inside = !prefix.startsWith('..') && !path.isAbsolute(prefix);
  const repoPath = (file: string) => (inside ? path.posix.normalize(prefix ? `${prefix}/${file}` : file) : file);
  return {
    repoPath,
    location(file, line) {
      const target = repoPath(file);
      if (!inside || target.startsWith('..') || path.posix.isAbsolute(target)) return code(file, line);
      const url = `${place.serverUrl}/${place.repository}/blob/${place.sha}/${target.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
      return `[${code(file, line)}](${url})`;
    },
  };
}

/** The links a run on GitHub can make, from its environment; plain text anywhere else. */
export function linksFromEnvironment(env: NodeJS.ProcessEnv, cwd: string): SourceLinks {
  const { GITHUB_SERVER_URL: serverUrl, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha, GITHUB_WORKSPACE: workspace } = env;
  if (!serverUrl || !repository || !sha || !workspace) return plainLinks;
  return githubLinks({ serverUrl, repository, sha, workspace: path.resolve(workspace), cwd: path.resolve(cwd) });
}
