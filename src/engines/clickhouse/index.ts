import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dialectFor } from '../../dialects/index.js';
import { configError } from '../../errors.js';
import { absentEmbeddedDatabase } from '../absent.js';
import type { EngineDriver } from '../engine.js';
import { CLICKHOUSE_ADOPTED } from './adopted/index.js';
import { parseClickHouseUrl } from './url.js';
import { isUnknownDatabase, openClickHouseEngine } from './engine.js';

/**
 * ClickHouse behind the shared Engine interface: servers over HTTP(S) through
 * @clickhouse/client (`clickhouse://`, `http://`, `https://`), and chDB in process (`chdb://`).
 * URL forms are documented in url.ts.
 */
export const clickhouseDriver: EngineDriver = {
  kind: 'clickhouse',
  schemes: ['clickhouse:', 'http:', 'https:', 'chdb:'],
  dialect: dialectFor('clickhouse'),
  open: async (url, options) => {
    if (options.schema) {
      throw configError(`A schema per target (\`schema: ${options.schema}\`) is for Postgres; a ClickHouse target's database is the one in its URL.`, {
        hint: 'Give each ClickHouse tenant its own URL (its database in the path) and leave `schema` out.',
      });
    }
    const target = parseClickHouseUrl(url);
    const embeddedAndReadOnly = options.readOnly && target.kind === 'chdb';
    if (embeddedAndReadOnly && !existsSync(target.path)) return absentEmbeddedDatabase('clickhouse', target.display, options, target.database);
    try {
      return await openClickHouseEngine(url, { ...options, ...options.clickhouse });
    } catch (error) {
      // A read-only run on a chDB directory that lacks the URL's database creates nothing.
      if (embeddedAndReadOnly && isUnknownDatabase(error)) return absentEmbeddedDatabase('clickhouse', target.display, options, target.database);
      throw error;
    }
  },
  // chDB opens one data directory per process: a replay here fails while a chdb:// target
  // on another directory is open in the same process.
  embeddedUrl: (dir) => new URL(`chdb://${pathToFileURL(path.resolve(dir)).pathname}`),
  adoptTools: CLICKHOUSE_ADOPTED.map((t) => t.tool),
};
