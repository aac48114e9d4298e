import { sha256Hex } from '../../../src/sources/checksum.js';
import { dialectFor } from '../../../src/dialects/index.js';
import { readDirectives } from '../../../src/sources/files.js';
import type { Finding } from '../../../src/safety/types.js';
import type { Migration } from '../../../src/types.js';

/** A migration as the folder loader would read it, from text (directives included). */
export function migration(sql: string, options: { file?: string; dialect?: 'postgres' | 'clickhouse' } = {}): Migration {
  const file = options.file ?? 'migrations/0001_test.sql';
  const checksum = sha256Hex(sql);
  return {
    id: '0001',
    order: [1n],
    kind: 'versioned',
    name: 'test',
    file,
    path: `/repo/${file}`,
    checksum,
    checksumAlgorithm: 'sha256',
    checksums: { sha256: checksum, 'sha256-lf': checksum },
    sql,
    statements: dialectFor(options.dialect ?? 'postgres').split(sql).map((raw, index) => ({ ...raw, index, hash: sha256Hex(raw.sql) })),
    transactional: readDirectives(sql, file).transactional,
  };
}

/** The parts of a finding a table-driven test compares. */
export const brief = (f: Finding) => ({ rule: f.rule, line: f.line, table: f.table, suppressed: f.suppressed?.reason });
export const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);
