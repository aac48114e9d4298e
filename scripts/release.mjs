#!/usr/bin/env node
/**
 * The logic of .github/workflows/release.yml, as pure functions the tests run on the real
 * CHANGELOG.md and workflow files.
 *
 *   node scripts/release.mjs plan vX.Y.Z [--notes FILE]
 *       Validates the tag against package.json and CHANGELOG.md and prints
 *       `version=`, `prerelease=` and `major-tag=` lines (for $GITHUB_OUTPUT); with --notes,
 *       writes the release notes (the version's CHANGELOG section) to FILE.
 *   node scripts/release.mjs notes vX.Y.Z
 *       Prints the release notes.
 *   git tag -l | node scripts/release.mjs major vX.Y.Z
 *       Prints the major tag to move (empty for a pre-release, or when a newer release of the
 *       same major exists).
 *   node scripts/release.mjs pin vX.Y.Z [--repository OWNER/NAME] [--check]
 *       Points the reusable workflow's `uses: OWNER/NAME@...` at vX.Y.Z (prints `changed` or
 *       `unchanged`); --check only reports, and exits 1 when the pin differs.
 *
 * Versioning: a release tag is vMAJOR.MINOR.PATCH. A stable release moves the major tag
 * (v1, also v0) to its commit unless a newer release of that major exists; a pre-release
 * (v1.2.3-rc.1) never does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REUSABLE_WORKFLOW = '.github/workflows/schemagate.yml';
export const DEFAULT_REPOSITORY = 'schemagate/schemagate';

const NUMBER = '(0|[1-9]\\d*)';
const IDENTIFIER = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const TAG = new RegExp(`^v${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?$`);

/**
 * A release tag: `v1.2.3` or a pre-release `v1.2.3-rc.1` (SemVer without build metadata).
 * Throws on anything else, including `1.2.3`, `v1.2`, `v01.2.3` and `refs/tags/v1.2.3`.
 */
export function parseTag(tag) {
  const match = typeof tag === 'string' ? TAG.exec(tag) : null;
  if (!match) throw new Error(`"${tag}" is not a release tag: expected vMAJOR.MINOR.PATCH or vMAJOR.MINOR.PATCH-PRERELEASE (e.g. v1.2.3, v1.2.3-rc.1)`);
  const [, major, minor, patch, prerelease] = match;
  return {
    tag,
    version: tag.slice(1),
    base: `${major}.${minor}.${patch}`,
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    prerelease: prerelease ?? null,
  };
}

/** The major tag a release moves (`v1` for v1.2.3), or null for a pre-release, which moves nothing. */
export function majorTag(tag) {
  const parsed = parseTag(tag);
  return parsed.prerelease === null ? `v${parsed.major}` : null;
}

function compareStable(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * The major tag to move for `tag`, given the repository's tags: null for a pre-release, and
 * null when a newer stable release of the same major exists (releasing a fix for an older
 * minor must not move `v1` backwards). Tags that are not release tags (v1, other names) are ignored.
 */
export function majorTagToMove(tag, existingTags) {
  const major = majorTag(tag);
  if (major === null) return null;
  const parsed = parseTag(tag);
  const newer = existingTags
    .filter((t) => TAG.test(t))
    .map(parseTag)
    .filter((t) => t.prerelease === null && t.major === parsed.major && compareStable(t, parsed) > 0);
  return newer.length === 0 ? major : null;
}

/** package.json's version must be the tag's (a pre-release may also carry the version it leads to). */
export function checkPackageVersion(packageVersion, tag) {
  const parsed = parseTag(tag);
  const allowed = parsed.prerelease === null ? [parsed.version] : [parsed.version, parsed.base];
  if (!allowed.includes(packageVersion)) {
    throw new Error(`package.json says version ${packageVersion}, but the tag is ${tag}: set "version": "${parsed.base}" before tagging`);
  }
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** CHANGELOG.md's section for `name` (a version or `Unreleased`): its body, trimmed; undefined when there is none. */
export function changelogSection(changelog, name) {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const heading = new RegExp(`^## \\[?v?${escape(name)}\\]?(?:\\s+-\\s+.*)?\\s*$`, 'i');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const body = [];
  for (const line of lines.slice(start + 1)) {
    // The next version, or the link definitions Keep a Changelog puts at the end.
    if (/^## /.test(line) || /^\[[^\]]+\]:\s+\S/.test(line)) break;
    body.push(line);
  }
  return body.join('\n').trim();
}

/**
 * Release notes for a tag: the version's CHANGELOG.md section. A pre-release without a section
 * of its own uses the Unreleased section. Throws when there are none (a release is never made
 * without notes).
 */
export function releaseNotes(changelog, tag) {
  const parsed = parseTag(tag);
  const candidates = parsed.prerelease === null ? [parsed.version] : [parsed.version, 'Unreleased'];
  for (const name of candidates) {
    const body = changelogSection(changelog, name);
    if (body) return `${body}\n`;
  }
  throw new Error(
    `CHANGELOG.md has no notes for ${tag}: add a "## [${parsed.version}] - YYYY-MM-DD" section` +
      (parsed.prerelease === null ? '' : ' (or entries under "## [Unreleased]")'),
  );
}

/**
 * The reusable workflow with every `uses: REPOSITORY@ref` (the action at the repository's root;
 * not its workflows, not other actions) pointed at `ref`. A comment after the old ref is
 * dropped, since it described the old ref. Throws when the workflow uses no such action.
 */
export function rewritePins(workflow, { repository = DEFAULT_REPOSITORY, ref }) {
  if (!ref || /\s/.test(ref)) throw new Error(`invalid ref "${ref}"`);
  const pattern = new RegExp(`^(\\s*(?:-\\s+)?uses:\\s*)(["']?)${escape(repository)}@[^\\s"'#]+\\2([ \\t]+#[^\\n]*)?$`, 'gm');
  let count = 0;
  const text = workflow.replace(pattern, (_all, prefix, quote) => {
    count += 1;
    return `${prefix}${quote}${repository}@${ref}${quote}`;
  });
  if (count === 0) throw new Error(`${REUSABLE_WORKFLOW} has no "uses: ${repository}@..." step to pin`);
  return { text, count, changed: text !== workflow };
}

/** The refs the reusable workflow currently uses the action at. */
export function currentPins(workflow, repository = DEFAULT_REPOSITORY) {
  const pattern = new RegExp(`^\\s*(?:-\\s+)?uses:\\s*["']?${escape(repository)}@([^\\s"'#]+)`, 'gm');
  return [...workflow.matchAll(pattern)].map((m) => m[1]);
}

/** Everything the release job needs to know, checked: throws on a bad tag, version or missing notes. */
export function plan({ tag, changelog, packageVersion }) {
  const parsed = parseTag(tag);
  checkPackageVersion(packageVersion, tag);
  return { ...parsed, majorTag: majorTag(tag), notes: releaseNotes(changelog, tag) };
}

function option(args, name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function main([command, tag, ...args]) {
  const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
  if (command === 'plan') {
    const result = plan({ tag, changelog: read('CHANGELOG.md'), packageVersion: JSON.parse(read('package.json')).version });
    const notes = option(args, '--notes');
    if (notes) fs.writeFileSync(notes, result.notes);
    process.stdout.write(`version=${result.version}\nprerelease=${result.prerelease !== null}\nmajor-tag=${result.majorTag ?? ''}\n`);
  } else if (command === 'major') {
    // The repository's tags on stdin (`git tag -l | release.mjs major vX.Y.Z`).
    const tags = fs.readFileSync(0, 'utf8').split('\n').map((t) => t.trim()).filter(Boolean);
    process.stdout.write(`${majorTagToMove(tag, tags) ?? ''}\n`);
  } else if (command === 'notes') {
    process.stdout.write(releaseNotes(read('CHANGELOG.md'), tag));
  } else if (command === 'pin') {
    parseTag(tag);
    const file = path.join(ROOT, REUSABLE_WORKFLOW);
    const { text, changed } = rewritePins(fs.readFileSync(file, 'utf8'), { repository: option(args, '--repository') ?? DEFAULT_REPOSITORY, ref: tag });
    if (args.includes('--check')) {
      process.stdout.write(changed ? 'changed\n' : 'unchanged\n');
      if (changed) process.exitCode = 1;
      return;
    }
    if (changed) fs.writeFileSync(file, text);
    process.stdout.write(changed ? 'changed\n' : 'unchanged\n');
  } else {
    throw new Error('usage: release.mjs plan|notes|major|pin vX.Y.Z [--notes FILE] [--repository OWNER/NAME] [--check]');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
