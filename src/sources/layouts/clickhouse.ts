import { CONFIDENCE, digitsFiles, keepLines, type Layout, lines, readVersioned, SCHEMAGATE_NO_TRANSACTION, topLevelSql } from './layout.js';
import { splitFile } from '../files.js';

/**
 * The two ClickHouse tools' folders. ClickHouse has no transactions, so neither has a
 * no-transaction marker: every migration already runs statement by statement.
 */

/**
 * chkit: `<timestamp>_<name>.sql` files opened by a `-- chkit-migration-format: v1` header,
 * applied in file-name order (the same as version order for its fixed-width timestamps).
 */
export const chkit: Layout = {
  name: 'chkit',
  noTransaction: SCHEMAGATE_NO_TRANSACTION,
  dialects: ['clickhouse'],
  detect(folder) {
    const marked = folder.someFileMatches(/^-- chkit-migration-format:/m);
    return marked ? { confidence: CONFIDENCE.certain, evidence: `${marked} (-- chkit-migration-format)` } : null;
  },
  load(folder, opts, problems) {
    const files = digitsFiles(folder, 'chkit', '<timestamp>_<name>.sql (chkit generate writes them)', problems);
    const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true }, 'Two chkit migrations share a timestamp: regenerate the newer one.');
    return { migrations, accounted: topLevelSql(folder) };
  },
};

/** clickhouse-migrations drops every line that starts with `--`, `#` or `#!` before splitting on `;`. */
const COMMENT_LINE = /^\s*(--|#)/;

/**
 * The `clickhouse-migrations` npm package: `<version>_<text>.sql`, versions as integers. Its
 * folders look like plain ones, so it is chosen with `format: clickhouse-migrations`, not detected.
 */
export const clickhouseMigrations: Layout = {
  name: 'clickhouse-migrations',
  noTransaction: SCHEMAGATE_NO_TRANSACTION,
  dialects: ['clickhouse'],
  detect: () => null,
  load(folder, opts, problems) {
    const files = digitsFiles(folder, 'clickhouse-migrations', '<version>_<text>.sql (e.g. 1_init.sql)', problems);
    const parse = (text: string, file: string) => {
      const all = lines(text);
      return { statements: splitFile(keepLines(text, (i) => !COMMENT_LINE.test(all[i]!)), file, (sql) => opts.dialect.split(sql)) };
    };
    const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true, parse }, 'clickhouse-migrations needs increasing versions: renumber the newer file.');
    return { migrations, accounted: topLevelSql(folder) };
  },
};

