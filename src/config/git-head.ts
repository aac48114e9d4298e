import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The commit HEAD names, read from the repository's files instead of asking `git rev-parse HEAD`:
 * starting git is a fork and an exec (15-20 ms of the run's main thread on a 2-core runner) for
 * what is two or three small reads. Only the plain layouts are read here: a `.git` directory or
 * a `gitdir:` file (worktrees, submodules), HEAD detached or naming a branch, that branch loose
 * or in packed-refs. Anything else (GIT_DIR set, the reftable format, a ref that is nowhere) is
 * `undefined`, for the caller to ask git itself; `null` means there is no repository at all.
 */
export async function readHeadCommit(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string | null | undefined> {
  if (env.GIT_DIR !== undefined || env.GIT_COMMON_DIR !== undefined) return undefined;
  const gitDir = await findGitDir(path.resolve(cwd));
  if (gitDir === null) return null;
  if (gitDir === undefined) return undefined;
  const commonDir = await commonDirOf(gitDir);
  if (await exists(path.join(commonDir, 'reftable'))) return undefined;
  return resolveRef(gitDir, commonDir, 'HEAD', 0);
}

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const SYMREF = /^ref: (refs\/\S+)$/;
/** git itself follows at most 5 levels of symbolic refs. */
const MAX_SYMREF_DEPTH = 5;

/** The repository of `dir` or of the nearest folder above it, as git finds it (no GIT_CEILING_DIRECTORIES). */
async function findGitDir(dir: string): Promise<string | null | undefined> {
  for (let current = dir; ; current = path.dirname(current)) {
    const dotGit = path.join(current, '.git');
    const found = await stat(dotGit).catch(() => null);
    if (found?.isDirectory()) return dotGit;
    if (found?.isFile()) {
      const pointer = /^gitdir: (.+)$/m.exec(await readText(dotGit) ?? '')?.[1]?.trim();
      return pointer ? path.resolve(current, pointer) : undefined;
    }
    if (path.dirname(current) === current) return null;
  }
}

/** A worktree's refs are shared with the main repository, which its `commondir` file names. */
async function commonDirOf(gitDir: string): Promise<string> {
  const pointer = (await readText(path.join(gitDir, 'commondir')))?.trim();
  return pointer ? path.resolve(gitDir, pointer) : gitDir;
}

async function resolveRef(gitDir: string, commonDir: string, ref: string, depth: number): Promise<string | undefined> {
  if (depth > MAX_SYMREF_DEPTH) return undefined;
  // HEAD and worktree-private refs live in the worktree's own directory, branches in the common one.
  const loose = (await readText(path.join(gitDir, ref))) ?? (commonDir === gitDir ? null : await readText(path.join(commonDir, ref)));
  const text = loose?.trim() ?? (await packedRef(commonDir, ref));
  if (text === undefined) return undefined;
  if (OBJECT_ID.test(text)) return text;
  const target = SYMREF.exec(text)?.[1];
  return target ? resolveRef(gitDir, commonDir, target, depth + 1) : undefined;
}

/** `packed-refs`: one `<object id> <ref>` per line, `#` headers and `^` peeled tags between. */
async function packedRef(commonDir: string, ref: string): Promise<string | undefined> {
  const packed = await readText(path.join(commonDir, 'packed-refs'));
  for (const line of packed?.split('\n') ?? []) {
    const [id, name] = line.trim().split(' ');
    if (name === ref && id && OBJECT_ID.test(id)) return id;
  }
  return undefined;
}

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

const exists = (file: string) => stat(file).then(() => true, () => false);
