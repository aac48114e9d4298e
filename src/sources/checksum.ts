import { createHash } from 'node:crypto';
import type { ChecksumAlgorithm } from '../types.js';

/**
 * sha256 as lower-case hex. Migration checksums hash the file's exact bytes; a string is hashed
 * as UTF-8, which is how drizzle-orm hashes `readFileSync(f).toString()`, so for a (valid UTF-8)
 * drizzle file our checksum and drizzle's `__drizzle_migrations.hash` are the same value.
 */
export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The first 12 hex digits: enough to tell checksums apart in a message or a table. */
export const shortChecksum = (checksum: string) => checksum.slice(0, 12);

/** Every algorithm's checksum of one file's bytes (see ChecksumAlgorithm). */
export function checksumsOf(bytes: Buffer): Record<ChecksumAlgorithm, string> {
  const lf = Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
  return { sha256: sha256Hex(bytes), 'sha256-lf': sha256Hex(lf) };
}
