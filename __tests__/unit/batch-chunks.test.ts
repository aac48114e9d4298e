import { describe, expect, it } from '@jest/globals';
import { batchChunks } from '../../src/core/apply.js';
import type { PendingItem } from '../../src/core/plan.js';
import { checksumsOf } from '../../src/sources/checksum.js';
import type { Migration } from '../../src/types.js';

const item = (id: string, statements: number, transactional = true): PendingItem => {
  const migration: Migration = {
    id, order: [BigInt(id)], kind: 'versioned', name: id, file: `m/${id}.sql`, path: `/m/${id}.sql`, checksum: id, checksumAlgorithm: 'sha256',
    checksums: { sha256: id, 'sha256-lf': id }, sql: '', transactional,
    statements: Array.from({ length: statements }, (_, index) => ({ index, sql: 'SELECT 1', line: index + 1, hash: 'h' })),
  };
  return { migration, reason: 'new', outOfOrder: false, startAt: 0 };
};
const ids = (chunks: PendingItem[][]) => chunks.map((chunk) => chunk.map((i) => i.migration.id));

describe('batchChunks (transaction-mode batch)', () => {
  it('fills a chunk with whole migrations up to the statement limit', () => {
    expect(ids(batchChunks([item('1', 1), item('2', 2), item('3', 2), item('4', 1)], 3))).toEqual([['1', '2'], ['3', '4']]);
  });

  it('gives a migration larger than the limit a chunk of its own', () => {
    expect(ids(batchChunks([item('1', 1), item('2', 5), item('3', 1)], 3))).toEqual([['1'], ['2'], ['3']]);
  });

  it('runs a no-transaction migration on its own, between chunks', () => {
    expect(ids(batchChunks([item('1', 1), item('2', 1, false), item('3', 1), item('4', 1)], 10))).toEqual([['1'], ['2'], ['3', '4']]);
  });

  it('ends a chunk after a migration whose result only a commit makes usable (a new enum value)', () => {
    const addsValue = (m: Migration) => m.id === '2';
    expect(ids(batchChunks([item('1', 1), item('2', 1), item('3', 1), item('4', 1)], 10, addsValue))).toEqual([['1', '2'], ['3', '4']]);
  });

  it('has no chunk for no migration', () => {
    expect(batchChunks([], 10)).toEqual([]);
  });
});

describe('checksumsOf', () => {
  it('a file without CR: the line-ending-normalised checksum is the exact one', () => {
    const { sha256, 'sha256-lf': lf } = checksumsOf('SELECT 1;\nSELECT 2;\n');
    expect(lf).toBe(sha256);
  });

  it('a CRLF file: the normalised checksum is its LF twin\'s, the exact one differs', () => {
    const crlf = checksumsOf('SELECT 1;\r\nSELECT 2;\r\n');
    const lf = checksumsOf('SELECT 1;\nSELECT 2;\n');
    expect(crlf['sha256-lf']).toBe(lf.sha256);
    expect(crlf.sha256).not.toBe(lf.sha256);
  });
});
