import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderSummary } from '../../src/report/summary.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/** The ClickHouse rules through `plan` on chDB, sized by system.tables. */
const dir = mkdtempSync(path.join(tmpdir(), 'schemagate-chsafe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('safety on chDB', () => {
  it('reports a mutation and a POPULATE view through plan, with the table sizes', async () => {
    const ws = workspace({
      'migrations/0001_events.sql':
        'CREATE TABLE IF NOT EXISTS events (id UInt64, kind String) ENGINE = MergeTree ORDER BY id;\n' +
        "INSERT INTO events SELECT number, 'click' FROM numbers(1000);\n",
    });
    const url = `chdb://${dir}/db`;
    try {
      expect((await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations' }, ws.dir)).status).toBe('ok');
      ws.write('migrations/0002_fix_kind.sql', "ALTER TABLE events UPDATE kind = 'tap' WHERE kind = 'click';\n");
      ws.write(
        'migrations/0003_counts.sql',
        'CREATE MATERIALIZED VIEW IF NOT EXISTS event_counts ENGINE = SummingMergeTree ORDER BY kind\n  POPULATE AS SELECT kind, count() AS n FROM events GROUP BY kind;\n',
      );

      const outcome = await runMode({ mode: 'plan', 'database-url': url, migrations: 'migrations', 'large-table-rows': '500' }, ws.dir);

      expect(outcome.status).toBe('unsafe');
      expect(outcome.safety!.findings).toMatchObject([
        { rule: 'clickhouse-mutation', file: 'migrations/0002_fix_kind.sql', line: 1, table: 'default.events', severity: 'error', size: { rows: 1000 } },
        { rule: 'materialized-view-populate', file: 'migrations/0003_counts.sql', line: 2, severity: 'error' },
      ]);
      expect(outcome.safety!.findings[0]!.size!.bytes).toBeGreaterThan(0);
      expect(renderSummary(outcome)).toContain('~1,000 rows');

      // Below large-table-rows the mutation is a warning; the POPULATE view stays an error.
      const small = await runMode({ mode: 'plan', 'database-url': url, migrations: 'migrations' }, ws.dir);
      expect(small.safety!.findings.map((f) => [f.rule, f.severity])).toEqual([
        ['clickhouse-mutation', 'warning'],
        ['materialized-view-populate', 'error'],
      ]);
      expect(small.status).toBe('unsafe');
    } finally {
      ws.cleanup();
    }
  });

  it('tells a materialized view that stores rows from one that writes TO a table, and a plain view, by the target\'s catalog', async () => {
    const ws = workspace({
      'migrations/0001_views.sql': [
        'CREATE TABLE IF NOT EXISTS src (a UInt8) ENGINE = MergeTree ORDER BY a;',
        'CREATE TABLE IF NOT EXISTS dst (a UInt8) ENGINE = MergeTree ORDER BY a;',
        'CREATE MATERIALIZED VIEW IF NOT EXISTS mv_inner ENGINE = MergeTree ORDER BY a AS SELECT a FROM src;',
        'CREATE MATERIALIZED VIEW IF NOT EXISTS mv_to TO dst AS SELECT a FROM src;',
        'CREATE VIEW IF NOT EXISTS v AS SELECT a FROM src;',
        '',
      ].join('\n'),
    });
    const url = `chdb://${dir}/views`;
    try {
      expect((await runMode({ mode: 'apply', 'database-url': url, migrations: 'migrations' }, ws.dir)).status).toBe('ok');
      ws.write('migrations/0002_drop.sql', 'DROP VIEW IF EXISTS mv_inner;\nDROP TABLE IF EXISTS mv_to;\nDROP VIEW IF EXISTS v;\nDROP VIEW IF EXISTS never_was;\n');
      const outcome = await runMode({ mode: 'plan', 'database-url': url, migrations: 'migrations' }, ws.dir);
      expect(outcome.safety!.findings.filter((f) => f.rule === 'ban-drop-table').map((f) => [f.line, f.table])).toEqual([[1, 'default.mv_inner']]);
    } finally {
      ws.cleanup();
    }
  });
});
