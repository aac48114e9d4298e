// PLACEHOLDER written by the lead so the Postgres path can run; helper-2 replaces this whole file.
import type { EngineDriver } from '../engine.js';
export const clickhouseDriver: EngineDriver = {
  kind: 'clickhouse',
  schemes: ['clickhouse:', 'http:', 'https:', 'chdb:'],
  split: () => { throw new Error('ClickHouse engine not built yet'); },
  open: () => { throw new Error('ClickHouse engine not built yet'); },
};
