import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

/**
 * scripts/release.mjs, dry-run on the repository's own CHANGELOG.md, package.json and
 * reusable workflow, and the release workflow that calls it.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'release.mjs');

interface Parsed {
  tag: string;
  version: string;
  base: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string | null;
}
interface Release {
  REUSABLE_WORKFLOW: string;
  DEFAULT_REPOSITORY: string;
  parseTag(tag: unknown): Parsed;
  majorTag(tag: string): string | null;
  majorTagToMove(tag: string, existing: string[]): string | null;
  checkPackageVersion(version: string, tag: string): void;
  changelogSection(changelog: string, name: string): string | undefined;
  releaseNotes(changelog: string, tag: string): string;
  rewritePins(workflow: string, options: { repository?: string; ref: string }): { text: string; count: number; changed: boolean };
  currentPins(workflow: string, repository?: string): string[];
  plan(input: { tag: string; changelog: string; packageVersion: string }): Parsed & { majorTag: string | null; notes: string };
}

const scriptPath: string = SCRIPT;
const release = (await import(scriptPath)) as Release;
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const changelog = read('CHANGELOG.md');
const packageVersion = (JSON.parse(read('package.json')) as { version: string }).version;
const reusable = read(release.REUSABLE_WORKFLOW);

type Yaml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('tags', () => {
  test('parses stable and pre-release tags', () => {
    expect(release.parseTag('v1.2.3')).toEqual({ tag: 'v1.2.3', version: '1.2.3', base: '1.2.3', major: 1, minor: 2, patch: 3, prerelease: null });
    expect(release.parseTag('v1.2.3-rc.1')).toMatchObject({ version: '1.2.3-rc.1', base: '1.2.3', major: 1, prerelease: 'rc.1' });
    expect(release.parseTag('v0.10.0-beta')).toMatchObject({ major: 0, minor: 10, patch: 0, prerelease: 'beta' });
    expect(release.parseTag('v10.0.0')).toMatchObject({ major: 10 });
  });

  test.each(['1.2.3', 'v1.2', 'v1', 'v01.2.3', 'v1.2.3-', 'v1.2.3-rc..1', 'v1.2.3+build.5', ' v1.2.3', 'v1.2.3\n', 'refs/tags/v1.2.3', 'V1.2.3', '', undefined])(
    'refuses %p',
    (tag) => {
      expect(() => release.parseTag(tag)).toThrow(/not a release tag/);
    },
  );

  test('a stable release moves its major tag; a pre-release moves none', () => {
    expect(release.majorTag('v1.2.3')).toBe('v1');
    expect(release.majorTag('v2.0.0')).toBe('v2');
    expect(release.majorTag('v0.1.0')).toBe('v0');
    expect(release.majorTag('v1.2.3-rc.1')).toBeNull();
    expect(release.majorTag('v2.0.0-alpha')).toBeNull();
    expect(() => release.majorTag('v1')).toThrow(/not a release tag/);
  });

  test('the major tag never moves backwards: a fix for an older minor leaves it on the newer release', () => {
    const tags = ['v0.9.0', 'v1', 'v1.0.0', 'v1.2.0', 'v1.3.0-rc.1', 'v2', 'v2.0.0', 'latest'];
    expect(release.majorTagToMove('v1.2.1', tags)).toBe('v1');
    expect(release.majorTagToMove('v1.1.5', tags)).toBeNull();
    expect(release.majorTagToMove('v1.2.0', tags)).toBe('v1'); // itself (a re-run) is not newer
    expect(release.majorTagToMove('v2.0.1', tags)).toBe('v2');
    expect(release.majorTagToMove('v3.0.0', tags)).toBe('v3');
    expect(release.majorTagToMove('v1.3.0-rc.2', tags)).toBeNull();
  });

  test("package.json's version must be the tag's", () => {
    expect(() => release.checkPackageVersion('1.2.3', 'v1.2.3')).not.toThrow();
    expect(() => release.checkPackageVersion('1.2.3', 'v1.2.3-rc.1')).not.toThrow();
    expect(() => release.checkPackageVersion('1.2.3-rc.1', 'v1.2.3-rc.1')).not.toThrow();
    expect(() => release.checkPackageVersion('1.2.2', 'v1.2.3')).toThrow(/package\.json says version 1\.2\.2, but the tag is v1\.2\.3/);
    expect(() => release.checkPackageVersion('1.2.3-rc.1', 'v1.2.3')).toThrow(/package\.json/);
  });
});

describe('CHANGELOG.md', () => {
  test('follows Keep a Changelog: Unreleased first, then versions, newest first, each dated', () => {
    const headings = [...changelog.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(headings[0]).toBe('[Unreleased]');
    const versions = headings.slice(1);
    expect(versions.length).toBeGreaterThan(0);
    for (const heading of versions) expect(heading).toMatch(/^\[\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\] - \d{4}-\d{2}-\d{2}$/);
    const subsections = [...changelog.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
    for (const name of subsections) expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(name);
    // Every version heading has a link definition, as Keep a Changelog does.
    for (const heading of headings) expect(changelog).toContain(`\n${heading.replace(/ - .*$/, '')}: https://`);
  });

  test("has a section for package.json's version", () => {
    expect(release.changelogSection(changelog, packageVersion)).toBeTruthy();
  });

  test('the notes for the current version are its section, without the next heading or the link definitions', () => {
    const notes = release.releaseNotes(changelog, `v${packageVersion}`);
    expect(notes).toMatch(/^First version/);
    expect(notes).toContain('### Added');
    expect(notes).toContain('`plan`, `apply`, `verify`, `snapshot` and `baseline`');
    expect(notes).not.toMatch(/^## /m);
    expect(notes).not.toMatch(/^\[[^\]]+\]: /m);
    expect(notes.endsWith('\n')).toBe(true);
    expect(notes).not.toContain('THIRD_PARTY_NOTICES'); // that belongs to Unreleased
  });

  test('refuses a version without notes, naming the heading to add', () => {
    expect(() => release.releaseNotes(changelog, 'v9.9.9')).toThrow(/CHANGELOG\.md has no notes for v9\.9\.9: add a "## \[9\.9\.9\] - YYYY-MM-DD" section/);
    expect(() => release.releaseNotes('# Changelog\n\n## [9.9.9] - 2026-01-01\n\n## [1.0.0] - 2025-01-01\n\n- x\n', 'v9.9.9')).toThrow(/no notes/);
  });

  test('a pre-release uses its own section, else the Unreleased entries', () => {
    expect(release.releaseNotes(changelog, 'v9.9.9-rc.1')).toBe(`${release.changelogSection(changelog, 'Unreleased')}\n`);
    expect(release.releaseNotes(changelog, 'v9.9.9-rc.1')).toContain('THIRD_PARTY_NOTICES');
    const own = '## [Unreleased]\n\n- later\n\n## [2.0.0-rc.1] - 2026-01-01\n\n- candidate\n\n## [1.0.0] - 2025-01-01\n\n- first\n';
    expect(release.releaseNotes(own, 'v2.0.0-rc.1')).toBe('- candidate\n');
    expect(() => release.releaseNotes('## [Unreleased]\n\n## [1.0.0] - 2025-01-01\n\n- first\n', 'v2.0.0-rc.1')).toThrow(/or entries under "## \[Unreleased\]"/);
  });

  test('reads CRLF changelogs and does not take 1.2.3 for 1.2.30 or 1.2.3-rc.1', () => {
    const text = '## [1.2.30] - 2026-01-02\r\n\r\n- thirty\r\n\r\n## [1.2.3-rc.1] - 2026-01-01\r\n\r\n- rc\r\n\r\n## [1.2.3] - 2026-01-01\r\n\r\n- three\r\n';
    expect(release.releaseNotes(text, 'v1.2.3')).toBe('- three\n');
    expect(release.releaseNotes(text, 'v1.2.30')).toBe('- thirty\n');
  });

  test('plan combines the checks the release job makes first', () => {
    const result = release.plan({ tag: `v${packageVersion}`, changelog, packageVersion });
    expect(result).toMatchObject({ version: packageVersion, majorTag: `v${packageVersion.split('.')[0]}`, prerelease: null });
    expect(() => release.plan({ tag: 'v9.9.9', changelog, packageVersion })).toThrow(/package\.json says version/);
  });
});

describe('pins in the reusable workflow', () => {
  test('the reusable workflow uses the action by this repository name, once', () => {
    expect(release.currentPins(reusable)).toHaveLength(1);
  });

  test('rewriting points only the action at the release, leaving other actions and the comments alone', () => {
    const { text, count, changed } = release.rewritePins(reusable, { ref: 'v1.2.3' });
    expect({ count, changed }).toEqual({ count: 1, changed: release.currentPins(reusable)[0] !== 'v1.2.3' });
    expect(release.currentPins(text)).toEqual(['v1.2.3']);
    const before = reusable.split('\n');
    const after = text.split('\n');
    expect(after).toHaveLength(before.length);
    const differing = after.map((line, i) => [before[i], line]).filter(([a, b]) => a !== b);
    expect(differing.length).toBeLessThanOrEqual(1);
    for (const [, line] of differing) expect(line).toMatch(/^\s+uses: schemagate\/schemagate@v1\.2\.3$/);
    // The caller snippet in the header comment and actions/checkout keep their refs.
    expect(text).toContain('uses: schemagate/schemagate/.github/workflows/schemagate.yml@v1');
    expect(text).toContain('uses: actions/checkout@v5');
    // The rewritten workflow is still the same workflow.
    const parsed = parseDocument(text).toJS() as Yaml;
    const step = (parsed.jobs.schemagate.steps as Yaml[]).find((s) => s.id === 'schemagate');
    expect(step?.uses).toBe('schemagate/schemagate@v1.2.3');
    // Idempotent: a second rewrite changes nothing.
    expect(release.rewritePins(text, { ref: 'v1.2.3' })).toMatchObject({ text, changed: false });
  });

  test('replaces a SHA pin and its version comment, quoted or not', () => {
    const sha = 'a'.repeat(40);
    const workflow = `steps:\n  - uses: acme/tool@${sha} # v1.0.0\n  - uses: "acme/tool@v1"\n  - uses: acme/tool/sub@v1\n  - uses: acme/toolbox@v1\n`;
    const { text, count } = release.rewritePins(workflow, { repository: 'acme/tool', ref: 'v2.0.0' });
    expect(count).toBe(2);
    expect(text).toBe('steps:\n  - uses: acme/tool@v2.0.0\n  - uses: "acme/tool@v2.0.0"\n  - uses: acme/tool/sub@v1\n  - uses: acme/toolbox@v1\n');
  });

  test('refuses a workflow that does not use the action (a rename would otherwise go unnoticed)', () => {
    expect(() => release.rewritePins(reusable, { repository: 'someone/else', ref: 'v1.2.3' })).toThrow(/no "uses: someone\/else@\.\.\." step/);
    expect(() => release.rewritePins(reusable, { ref: '' })).toThrow(/invalid ref/);
  });
});

describe('the command line the workflow runs', () => {
  const run = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [path.join(cwd, 'scripts', 'release.mjs'), ...args], { cwd, encoding: 'utf8' });

  test('plan prints the step outputs and writes the notes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-release-'));
    try {
      const result = run(['plan', `v${packageVersion}`, '--notes', path.join(dir, 'notes.md')]);
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
      expect(result.stdout).toBe(`version=${packageVersion}\nprerelease=false\nmajor-tag=v${packageVersion.split('.')[0]}\n`);
      expect(fs.readFileSync(path.join(dir, 'notes.md'), 'utf8')).toBe(release.releaseNotes(changelog, `v${packageVersion}`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const rc = run(['plan', `v${packageVersion}-rc.1`]);
    expect(rc.stdout).toBe(`version=${packageVersion}-rc.1\nprerelease=true\nmajor-tag=\n`);
  });

  test('major reads the tags from stdin', () => {
    const major = (tag: string, tags: string) => spawnSync(process.execPath, [SCRIPT, 'major', tag], { input: tags, encoding: 'utf8' }).stdout;
    expect(major('v1.2.1', 'v1.0.0\nv1.2.0\n')).toBe('v1\n');
    expect(major('v1.2.1', 'v1.0.0\nv1.3.0\n')).toBe('\n');
    expect(major('v1.2.1-rc.1', '')).toBe('\n');
  });

  test('plan fails on a bad tag or a version without notes', () => {
    expect(run(['plan', 'v1.2'])).toMatchObject({ status: 1, stderr: expect.stringMatching(/not a release tag/) });
    expect(run(['plan', 'v9.9.9'])).toMatchObject({ status: 1, stderr: expect.stringMatching(/package\.json says version/) });
  });

  test('pin rewrites the workflow in a copy of the repository, and --check reports it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-release-'));
    try {
      fs.mkdirSync(path.join(dir, 'scripts'));
      fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
      fs.copyFileSync(SCRIPT, path.join(dir, 'scripts', 'release.mjs'));
      fs.writeFileSync(path.join(dir, release.REUSABLE_WORKFLOW), reusable);
      expect(run(['pin', 'v7.0.0', '--check'], dir)).toMatchObject({ status: 1, stdout: 'changed\n' });
      expect(fs.readFileSync(path.join(dir, release.REUSABLE_WORKFLOW), 'utf8')).toBe(reusable);
      expect(run(['pin', 'v7.0.0', '--repository', 'schemagate/schemagate'], dir)).toMatchObject({ status: 0, stdout: 'changed\n' });
      expect(release.currentPins(fs.readFileSync(path.join(dir, release.REUSABLE_WORKFLOW), 'utf8'))).toEqual(['v7.0.0']);
      expect(run(['pin', 'v7.0.0'], dir)).toMatchObject({ status: 0, stdout: 'unchanged\n' });
      expect(run(['pin', 'v7.0.0', '--repository', 'other/repo'], dir)).toMatchObject({ status: 1, stderr: expect.stringMatching(/no "uses: other\/repo@/) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = parseDocument(read('.github/workflows/release.yml')).toJS() as Yaml;
  const jobs = workflow.jobs as Yaml;
  const runs = (job: string) => (jobs[job].steps as Yaml[]).map((s) => String(s.run ?? ''));

  test('runs on a release tag push and by hand with a tag', () => {
    expect(workflow.on.push).toEqual({ tags: ['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'] });
    expect(workflow.on.workflow_dispatch.inputs.tag).toMatchObject({ type: 'string', required: true });
    expect(workflow.env.TAG).toBe('${{ inputs.tag || github.ref_name }}');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('verifies before releasing: the plan, lint, a fresh dist/ and the tests with PostgreSQL', () => {
    expect(runs('verify')).toEqual(
      expect.arrayContaining(['node scripts/release.mjs plan "$TAG" >> "$GITHUB_OUTPUT"', 'npm run lint', 'npm run check-dist', 'npm test']),
    );
    expect(runs('verify').indexOf('npm run check-dist')).toBeLessThan(runs('verify').indexOf('npm test'));
    expect(jobs.verify.services.postgres.ports).toEqual(['5432:5432']);
    expect((jobs.verify.steps as Yaml[]).find((s) => s.run === 'npm test')?.env).toEqual({ SCHEMAGATE_REQUIRE_POSTGRES: '1' });
    expect(jobs.release.needs).toBe('verify');
    expect(jobs.release.permissions).toEqual({ contents: 'write' });
    expect(jobs.verify.permissions).toBeUndefined();
  });

  test('the release job pins, creates the release from the notes and moves the major tag only when there is one', () => {
    const script = runs('release').join('\n');
    expect(script).toContain('node scripts/release.mjs pin "$TAG" --repository "$GITHUB_REPOSITORY"');
    expect(script).toContain('node scripts/release.mjs notes "$TAG"');
    expect(script).toMatch(/gh release create "\$TAG" --verify-tag .*--notes-file/);
    const move = (jobs.release.steps as Yaml[]).find((s) => String(s.run ?? '').includes('"$MAJOR"'));
    expect(move?.if).toBe("needs.verify.outputs.major-tag != ''");
    expect(move?.run).toContain('MAJOR="$(git tag -l | node scripts/release.mjs major "$TAG")"');
    expect(jobs.release.steps[0].with['fetch-depth']).toBe(0); // all tags, for the comparison
    expect(jobs.verify.outputs['major-tag']).toBe('${{ steps.plan.outputs.major-tag }}');
  });

  test('only calls commands scripts/release.mjs has', () => {
    const all = Object.keys(jobs).flatMap(runs).join('\n');
    const commands = [...all.matchAll(/scripts\/release\.mjs (\w+)/g)].map((m) => m[1]);
    expect(new Set(commands)).toEqual(new Set(['plan', 'pin', 'notes', 'major']));
  });
});
