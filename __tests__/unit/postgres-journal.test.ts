import { describe, expect, it } from '@jest/globals';
import { attemptParams, COLUMNS, journalNames, JournalSql, MAX_ATTEMPTS_PER_UPSERT, selectAttemptsSql, toJournalRow } from '../../src/engines/postgres/journal.js';
import type { JournalRow } from '../../src/types.js';

/** The journal's attempts are read as arrays of values, so the select list, the writer's and the reader's orders must agree. */
describe('Postgres journal rows', () => {
  const row: JournalRow = {
    attemptId: '00000000-0000-4000-8000-000000000001', migrationId: '0003', name: 'add_users', kind: 'versioned', checksum: 'c'.repeat(64),
    checksumAlgorithm: 'sha256', status: 'failed', startedAt: new Date('2025-01-02T03:04:05.678Z'), finishedAt: new Date('2025-01-02T03:04:06.001Z'),
    durationMs: 323, statementCount: 5, statementsApplied: 2, transactional: false, error: 'boom', errorStatementIndex: 2, errorLine: 9,
    outOfOrder: true, note: 'n', actor: 'me', runUrl: 'https://x', commitSha: 'abc', environment: 'prod', toolVersion: '1.0.0', lockRetries: 1,
    rowsDone: 40, batches: 4,
  };

  it('reads back what it writes, value by value in COLUMNS order', () => {
    expect(attemptParams(row)).toHaveLength(COLUMNS.length);
    expect(toJournalRow(attemptParams(row))).toEqual(row);
  });

  it('selects every column in that order, a column an older journal lacks as NULL', () => {
    const names = journalNames('schemagate', 'schemagate_journal');
    const list = (version: number) => /^SELECT (.*) FROM /.exec(selectAttemptsSql(names, version))![1]!.split(', ');
    expect(list(3)).toEqual([...COLUMNS]);
    expect(list(1).slice(-3)).toEqual(['NULL AS rows_done', 'NULL AS batches', 'NULL AS lock_retries']);
    expect(toJournalRow([...attemptParams(row).slice(0, -3), null, null, null])).toEqual({ ...row, rowsDone: undefined, batches: undefined, lockRetries: 0 });
  });

  it('writes many attempts\' rows in INSERTs under the parameter limit, each placeholder with its value', () => {
    const sql = new JournalSql(journalNames('schemagate', 'schemagate_journal'));
    const rows = Array.from({ length: 2 * MAX_ATTEMPTS_PER_UPSERT + 3 }, (_, i) => ({ ...row, attemptId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    const queries = sql.upsertAttempts(rows);
    expect(queries.map((q) => q.params.length / COLUMNS.length)).toEqual([MAX_ATTEMPTS_PER_UPSERT, MAX_ATTEMPTS_PER_UPSERT, 3]);
    for (const { text, params } of queries) {
      const placeholders = [...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
      expect(Math.max(...placeholders)).toBe(params.length);
      expect(new Set(placeholders).size).toBe(params.length);
      expect(params.length).toBeLessThan(65_535);
    }
    expect(queries.flatMap((q) => q.params).filter((_, i) => i % COLUMNS.length === 0)).toEqual(rows.map((r) => r.attemptId));
    // The text of an INSERT of the same size is the same string (postgres.js prepares one statement per text).
    expect(sql.upsertAttempts(rows.slice(0, 3))[0]!.text).toBe(queries[2]!.text);
  });
});
