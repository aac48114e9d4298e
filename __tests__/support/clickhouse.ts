import type { ClickHouseEngineOptions } from '../../src/engines/clickhouse/engine.js';
import type { Statement } from '../../src/types.js';

/** Engine options for the ClickHouse engine tests: short leases and polls, logs collected. */
export function engineTestOptions(logs: string[], extra: Partial<ClickHouseEngineOptions> = {}): ClickHouseEngineOptions {
  return {
    journalTable: 'schemagate_journal',
    clientName: 'schemagate-test',
    connectRetries: 0,
    log: (line) => logs.push(line),
    lockLeaseMs: 1500,
    lockPollMs: 50,
    lockSettleMs: 20,
    ...extra,
  };
}

/** A statement built directly, for tests of the engine below the migration loader. */
export const statement = (sql: string, index = 0): Statement => ({ index, sql, line: index + 1, hash: `h${index}` });
