import { createHash } from 'node:crypto';
import type { JournalRow, Migration, StatementRow } from '../../src/types.js';

/** In-memory migrations and journal rows for the pure planner tests. */
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

export function migration(id: string, sql: string, extra: Partial<Migration> = {}): Migration {
  const statements = sql
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s, index) => ({ index, sql: s, line: index + 1, hash: sha(s) }));
  const kind = id.startsWith('R__') ? 'repeatable' : 'versioned';
  return {
    id,
    order: kind === 'versioned' && /^\d+$/.test(id) ? [BigInt(id)] : [],
    kind,
    name: `m${id}`,
    file: `migrations/${id}_m.sql`,
    path: `/repo/migrations/${id}_m.sql`,
    checksum: sha(sql),
    checksumAlgorithm: 'sha256',
    checksums: { sha256: sha(sql), 'sha256-lf': sha(sql.replace(/\r\n/g, '\n')) },
    sql,
    statements,
    transactional: true,
    ...extra,
  };
}

let clock = Date.parse('2026-01-01T00:00:00Z');

export function attempt(m: Migration, fields: Partial<JournalRow> = {}): JournalRow {
  clock += 1000;
  return {
    attemptId: `${m.id}-${clock}`,
    migrationId: m.id,
    name: m.name,
    kind: m.kind,
    checksum: m.checksum,
    checksumAlgorithm: 'sha256',
    status: 'applied',
    startedAt: new Date(clock),
    finishedAt: new Date(clock + 10),
    durationMs: 10,
    statementCount: m.statements.length,
    statementsApplied: m.statements.length,
    transactional: m.transactional,
    error: null,
    errorStatementIndex: null,
    errorLine: null,
    outOfOrder: false,
    note: null,
    actor: 'test',
    runUrl: null,
    commitSha: null,
    environment: null,
    toolVersion: '0.0.0',
    lockRetries: 0,
    ...fields,
  };
}

export function completed(row: JournalRow, m: Migration, count: number): StatementRow[] {
  return m.statements.slice(0, count).map((s) => ({
    attemptId: row.attemptId,
    migrationId: m.id,
    statementIndex: s.index,
    statementHash: s.hash,
    finishedAt: row.startedAt,
  }));
}
