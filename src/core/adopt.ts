import path from 'node:path';
import { matchesToolChecksum, toolChecksum } from '../sources/checksum.js';
import type { AdoptedJournal, AdoptedKey, AdoptedRecord, Migration } from '../types.js';

/**
 * Whether another tool's journal counts a migration as applied, under that tool's own rules as
 * the engine read them into AdoptedRecords. Pure: the engines know the tools' tables, the core
 * only knows how a record names a migration.
 */

/**
 * A version as a list of numbers: `0001` and `1` are one version, `1.1` and `1_1` another, and
 * trailing zero parts do not count (Flyway: `1.0` = `1`). Null when it is not numeric.
 */
export function versionParts(version: string): bigint[] | null {
  if (!/^\d+(?:[._]\d+)*$/.test(version)) return null;
  const parts = version.split(/[._]/).map((p) => BigInt(p));
  while (parts.length > 1 && parts[parts.length - 1] === 0n) parts.pop();
  return parts;
}

/** Compares two versions as version numbers; non-numeric ones only as equal text. */
export function compareVersions(a: string, b: string): number | null {
  const pa = versionParts(a);
  const pb = versionParts(b);
  if (!pa || !pb) return a === b ? 0 : null;
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0n;
    const y = pb[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const fileName = (migration: Migration) => path.posix.basename(migration.file.split(path.sep).join('/'));

const MATCHERS: Record<AdoptedKey, (migration: Migration, value: string) => boolean> = {
  version: (m, v) => m.kind === 'versioned' && compareVersions(m.id, v) === 0,
  'up-to-version': (m, v) => m.kind === 'versioned' && (compareVersions(m.id, v) ?? 1) <= 0,
  'file-name': (m, v) => fileName(m) === v,
  'file-stem': (m, v) => fileName(m).replace(/\.sql$/i, '') === v,
  sha256: (m, v) => m.checksums.sha256 === v,
};

/** The record of the adopted journal that says this migration is applied, if any. */
export function adoptedMatch(migration: Migration, adopted: AdoptedJournal | null): AdoptedRecord | null {
  return adopted?.records.find((r) => MATCHERS[r.key](migration, r.value)) ?? null;
}

/**
 * A record whose checksum says the file changed since that tool applied it, with both values
 * for the message; null when the tool keeps no checksum or it matches.
 */
export function adoptedChecksumMismatch(
  migration: Migration,
  adopted: AdoptedJournal,
  record: AdoptedRecord,
): { recorded: string; now: string } | null {
  if (!adopted.checksum || record.checksum === null) return null;
  if (matchesToolChecksum(migration, adopted.checksum, record.checksum)) return null;
  return { recorded: record.checksum, now: toolChecksum(migration, adopted.checksum) };
}
