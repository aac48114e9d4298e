import { configError } from '../../errors.js';
import { splitFile } from '../files.js';
import { CONFIDENCE, digitsFiles, keepLines, lines, type Layout, readVersioned, SCHEMAGATE_NO_TRANSACTION, topLevelSql } from './layout.js';

/** node-pg-migrate's sqlMigration: a `-- Up Migration` / `-- Down Migration` comment starts each part. */
const marker = (direction: string) => new RegExp(`^\\s*--[\\s-]*${direction}\\s+migration`, 'i');
const UP = marker('up');
const DOWN = marker('down');

/**
 * node-pg-migrate's SQL files: the up part runs from `-- Up Migration` to `-- Down Migration`
 * (in either order); a file without markers is all up. It has no per-file transaction marker.
 */
export const nodePgMigrate: Layout = {
  name: 'node-pg-migrate',
  noTransaction: SCHEMAGATE_NO_TRANSACTION,
  dialects: ['postgres'],
  detect(folder) {
    const marked = folder.someFileMatches(new RegExp(UP.source, 'im'));
    return marked ? { confidence: CONFIDENCE.marker, evidence: `${marked} (-- Up Migration)` } : null;
  },
  load(folder, opts, problems) {
    const files = digitsFiles(folder, 'node-pg-migrate', '<timestamp>_<name>.sql (e.g. 1700000000000_create-users.sql)', problems);
    const parse = (text: string, file: string) => {
      const all = lines(text);
      const up = all.findIndex((l) => UP.test(l));
      const down = all.findIndex((l) => DOWN.test(l));
      if (up < 0 && down >= 0) {
        throw configError(`${file}:${down + 1}: -- Down Migration without an -- Up Migration`, {
          location: { file, line: down + 1 },
          hint: 'node-pg-migrate would run the whole file, down part included: add -- Up Migration above the up statements.',
        });
      }
      const end = down > up ? down : all.length;
      return { statements: splitFile(keepLines(text, (i) => up < 0 || (i > up && i < end)), file, (sql) => opts.dialect.split(sql)) };
    };
    const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true, parse }, 'Each migration needs its own timestamp: rename the newer one.');
    return { migrations, accounted: topLevelSql(folder) };
  },
};
