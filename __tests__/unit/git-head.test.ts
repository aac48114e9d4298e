import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readHeadCommit } from '../../src/config/git-head.js';

// Real repositories written by git itself, each read back both ways: the files and `git rev-parse HEAD`.
const roots: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schemagate-git-'));
  roots.push(dir);
  return dir;
};
afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
const revParse = (cwd: string) => git(cwd, 'rev-parse', 'HEAD');
const NO_GIT_ENV = {} as NodeJS.ProcessEnv;

function repoWithCommits(count = 2): string {
  const dir = tempDir();
  git(dir, 'init', '-q');
  for (let i = 0; i < count; i++) git(dir, 'commit', '-q', '--allow-empty', '-m', `c${i}`);
  return dir;
}

describe('readHeadCommit (the checked-out commit without starting git)', () => {
  it('reads a branch from its loose ref, from a subfolder of the work tree too', async () => {
    const dir = repoWithCommits();
    mkdirSync(path.join(dir, 'db', 'migrations'), { recursive: true });
    expect(await readHeadCommit(dir, NO_GIT_ENV)).toBe(revParse(dir));
    expect(await readHeadCommit(path.join(dir, 'db', 'migrations'), NO_GIT_ENV)).toBe(revParse(dir));
  });

  it('reads a branch that only packed-refs holds (as after a clone or gc)', async () => {
    const dir = repoWithCommits();
    git(dir, 'tag', '-a', 'v1', '-m', 'annotated, so packed-refs has a peeled ^ line');
    git(dir, 'pack-refs', '--all', '--prune');
    expect(await readHeadCommit(dir, NO_GIT_ENV)).toBe(revParse(dir));
  });

  it('reads a detached HEAD (as actions/checkout of a commit leaves it)', async () => {
    const dir = repoWithCommits(3);
    git(dir, 'checkout', '-q', '--detach', 'HEAD~1');
    const detached = await readHeadCommit(dir, NO_GIT_ENV);
    expect(detached).toBe(revParse(dir));
    expect(detached).not.toBe(git(dir, 'rev-parse', 'main'));
  });

  it('reads a worktree, whose .git is a file and whose branches live in the main repository', async () => {
    const dir = repoWithCommits(3);
    const tree = path.join(tempDir(), 'wt');
    git(dir, 'worktree', 'add', '-q', '-b', 'side', tree, 'HEAD~2');
    git(tree, 'commit', '-q', '--allow-empty', '-m', 'on side');
    git(dir, 'pack-refs', '--all', '--prune');
    expect(await readHeadCommit(tree, NO_GIT_ENV)).toBe(revParse(tree));
    expect(await readHeadCommit(tree, NO_GIT_ENV)).not.toBe(revParse(dir));
  });

  it('reads a submodule, whose .git file points into the superproject', async () => {
    const inner = repoWithCommits();
    const outer = repoWithCommits(1);
    git(outer, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner, 'vendor/inner');
    const sub = path.join(outer, 'vendor', 'inner');
    expect(await readHeadCommit(sub, NO_GIT_ENV)).toBe(revParse(sub));
    expect(await readHeadCommit(sub, NO_GIT_ENV)).not.toBe(revParse(outer));
  });

  it('leaves to git what it does not read: a branch without a commit, GIT_DIR, a symbolic ref loop', async () => {
    const unborn = tempDir();
    git(unborn, 'init', '-q');
    expect(await readHeadCommit(unborn, NO_GIT_ENV)).toBeUndefined();
    const dir = repoWithCommits();
    expect(await readHeadCommit(dir, { GIT_DIR: path.join(dir, '.git') } as NodeJS.ProcessEnv)).toBeUndefined();
    writeFileSync(path.join(dir, '.git', 'refs', 'heads', 'loop'), 'ref: refs/heads/loop\n');
    writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/loop\n');
    expect(await readHeadCommit(dir, NO_GIT_ENV)).toBeUndefined();
  });

  it('says there is no repository when no folder up to the root has a .git', async () => {
    const dir = tempDir();
    expect(() => git(dir, 'rev-parse', '--git-dir')).toThrow(/not a git repository/);
    expect(await readHeadCommit(dir, NO_GIT_ENV)).toBeNull();
  });
});
