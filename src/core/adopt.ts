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

const posixFile = (migration: Migration) => migration.file.split(path.sep).join('/');
const fileName = (migration: Migration) => path.posix.basename(posixFile(migration));
const fileStem = (migration: Migration) => fileName(migration).replace(/\.sql$/i, '');

/**
 * The name a one-folder-per-migration tool (Prisma) gives a migration: `<dir>/migration.sql` is
 * `<dir>`; any other file is its stem, as a folder converted to files keeps it.
 */
const folderName = (migration: Migration) => (fileName(migration) === 'migration.sql' ? path.posix.basename(path.posix.dirname(posixFile(migration))) : fileStem(migration));

/** Whether a tool's "everything up to this version" record covers a migration. */
const upToVersion = (m: Migration, v: string) => m.kind === 'versioned' && (compareVersions(m.id, v) ?? 1) <= 0;

/** A version's parts as one text, so equal versions (`0001`, `1`, `1.0`) are one key. */
const versionKey = (version: string) => versionParts(version)?.join('.') ?? `text:${version}`;

/** What a migration is looked up by, per exact-match key (up-to-version is a comparison, not a key). */
const LOOKUPS: Record<Exclude<AdoptedKey, 'up-to-version'>, { ofRecord: (value: string) => string; ofMigration: (m: Migration) => string | null }> = {
  version: { ofRecord: versionKey, ofMigration: (m) => (m.kind === 'versioned' ? versionKey(m.id) : null) },
  'file-name': { ofRecord: (v) => v, ofMigration: fileName },
  'file-stem': { ofRecord: (v) => v, ofMigration: fileStem },
  folder: { ofRecord: (v) => v, ofMigration: folderName },
  sha256: { ofRecord: (v) => v, ofMigration: (m) => m.checksums.sha256 ?? null },
};

interface AdoptedIndex {
  /** Per key, the position of the first record with each value. */
  byKey: Map<AdoptedKey, Map<string, number>>;
  /** Positions of the up-to-version records, compared one by one (a tool keeps one or a few). */
  upTo: number[];
}

/** Built once per adopted journal: a plan of 10 000 migrations against 10 000 records must not compare every pair. */
const indexes = new WeakMap<AdoptedJournal, AdoptedIndex>();

function indexOf(adopted: AdoptedJournal): AdoptedIndex {
  const known = indexes.get(adopted);
  if (known) return known;
  const index: AdoptedIndex = { byKey: new Map(), upTo: [] };
  adopted.records.forEach((record, position) => {
    if (record.key === 'up-to-version') return void index.upTo.push(position);
    const values = index.byKey.get(record.key) ?? new Map<string, number>();
    index.byKey.set(record.key, values);
    const value = LOOKUPS[record.key].ofRecord(record.value);
    if (!values.has(value)) values.set(value, position);
  });
  indexes.set(adopted, index);
  return index;
}

/** The record of the adopted journal that says this migration is applied, if any (the first in the journal's order). */
export function adoptedMatch(migration: Migration, adopted: AdoptedJournal | null): AdoptedRecord | null {
  if (!adopted) return null;
  const index = indexOf(adopted);
  let first = Infinity;
  for (const [key, values] of index.byKey) {
    const value = LOOKUPS[key as Exclude<AdoptedKey, 'up-to-version'>].ofMigration(migration);
    const position = value === null ? undefined : values.get(value);
    if (position !== undefined && position < first) first = position;
  }
  for (const position of index.upTo) if (position < first && upToVersion(migration, adopted.records[position]!.value)) first = position;
  return first === Infinity ? null : adopted.records[first]!;
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
