import { createHash, hash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { AdoptedChecksum, ChecksumAlgorithm, Migration } from '../types.js';

/**
 * sha256 as lower-case hex. Migration checksums hash the file's exact bytes; a string is hashed
 * as UTF-8, which is how drizzle-orm hashes `readFileSync(f).toString()`, so for a (valid UTF-8)
 * drizzle file our checksum and drizzle's `__drizzle_migrations.hash` are the same value.
 */
export function sha256Hex(data: string | Buffer): string {
  // The one-shot hash: no Hash object per file for the garbage collector to finalise.
  return hash('sha256', data, 'hex');
}

/** The first 12 hex digits: enough to tell checksums apart in a message or a table. */
export const shortChecksum = (checksum: string) => checksum.slice(0, 12);

/**
 * Every algorithm's checksum of one file (see ChecksumAlgorithm), from its text: a valid UTF-8
 * file's text encodes back to exactly its bytes (a BOM included), so they hash alike.
 */
export function checksumsOf(text: string): Record<ChecksumAlgorithm, string> {
  const sha256 = sha256Hex(text);
  // Without a CR the line-ending-normalised text is the text itself: one hash, not two.
  if (!text.includes('\r')) return { sha256, 'sha256-lf': sha256 };
  return { sha256, 'sha256-lf': sha256Hex(text.replace(/\r\n/g, '\n')) };
}

/**
 * A migration's checksum as another tool computes it (see AdoptedChecksum). Flyway reads the
 * file line by line (a BOM dropped) and feeds each line, without its break, to one CRC32;
 * clickhouse-migrations hashes the file read as UTF-8 text.
 */
export function toolChecksum(migration: Pick<Migration, 'sql' | 'checksums'>, algorithm: AdoptedChecksum): string {
  switch (algorithm) {
    case 'sha256':
    case 'sha256-any-eol':
      return migration.checksums.sha256;
    case 'crc32-lines':
      return String(crc32(Buffer.from(migration.sql.replace(/^\uFEFF/, '').replace(/\r\n|\r|\n/g, ''), 'utf8')) | 0);
    case 'md5':
      return createHash('md5').update(migration.sql).digest('hex');
  }
}

/** Whether the checksum a tool recorded is the file's under that tool's algorithm. */
export function matchesToolChecksum(migration: Pick<Migration, 'sql' | 'checksums'>, algorithm: AdoptedChecksum, recorded: string): boolean {
  if (algorithm === 'sha256-any-eol' && recorded === migration.checksums['sha256-lf']) return true;
  return recorded === toolChecksum(migration, algorithm);
}
