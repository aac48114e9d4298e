import { configError } from '../../errors.js';
import type { RawStatement } from '../../dialects/index.js';
import type { ParsedMigration } from '../files.js';
import { splitFile } from '../files.js';
import { CONFIDENCE, digitsFiles, keepLines, lines, type Layout, readVersioned, topLevelSql } from './layout.js';

const UP = /^--\s*migrate:up(\s*$|\s+\S+)/;
const DOWN = /^--\s*migrate:down(\s*$|\s+\S+)/;
/** What a person means as a marker, however it is indented or cased. */
const MEANT = /^\s*--\s*migrate\s*:\s*(?:up|down)\b/i;

/**
 * dbmate's rules (pkg/dbmate/migration.go): `-- migrate:up` first (only comments before it),
 * then an optional `-- migrate:down`; options follow the marker as `key:value`, and
 * `transaction:false` runs the up block outside a transaction. Only the up block runs.
 */
export function parseDbmate(text: string, file: string, split: (sql: string) => RawStatement[]): ParsedMigration {
  const all = lines(text);
  const up = all.findIndex((l) => UP.test(l));
  const down = all.findIndex((l) => DOWN.test(l));
  const at = (line: number, message: string, hint: string) => configError(`${file}:${line + 1}: ${message}`, { location: { file, line: line + 1 }, hint });
  // dbmate sees no marker in an indented or capitalised one: the down block after it would run
  // as part of the up block (UPchieve/subway has `    -- migrate:down`).
  const misspelt = all.findIndex((l) => MEANT.test(l) && !UP.test(l) && !DOWN.test(l));
  if (misspelt >= 0) {
    throw at(misspelt, `"${all[misspelt]!.trim()}" is not a marker as written: dbmate reads -- migrate:up and -- migrate:down only at the start of a line, in lower case, so what follows would run as part of the block above it`, 'Write the marker at the very start of the line, in lower case (-- migrate:down).');
  }
  if (up < 0) throw configError(`${file}: no -- migrate:up line`, { location: { file }, hint: 'A dbmate migration defines its up block with -- migrate:up.' });
  if (down >= 0 && down < up) throw at(down, '-- migrate:down comes before -- migrate:up', 'Put the up block first, as dbmate requires.');
  const stray = all.slice(0, up).findIndex((l) => l.trim() !== '' && !l.trim().startsWith('--'));
  if (stray >= 0) throw at(stray, 'SQL outside the -- migrate:up and -- migrate:down blocks', 'dbmate runs only the blocks: move the statement into -- migrate:up.');
  const options = all[up]!.replace(/^--\s*migrate:up/, '').trim().split(/\s+/).filter(Boolean);
  const end = down < 0 ? all.length : down;
  return {
    statements: splitFile(keepLines(text, (i) => i > up && i < end), file, split),
    transactional: !options.includes('transaction:false'),
  };
}

/** dbmate's version is the name's leading digits, whatever follows them (`00000000000000-initial.sql`). */
const DBMATE_NAME = /^(\d+)[_-]?(.*)\.sql$/i;

export const dbmate: Layout = {
  name: 'dbmate',
  noTransaction: '-- migrate:up transaction:false',
  detect(folder) {
    const marked = folder.someFileMatches(/^--\s*migrate:up\b/m);
    return marked ? { confidence: CONFIDENCE.marker, evidence: `${marked} (-- migrate:up)` } : null;
  },
  load(folder, opts, problems) {
    const files = digitsFiles(folder, 'dbmate', '<version>_<name>.sql (e.g. 20240101120000_create_users.sql)', problems, DBMATE_NAME);
    const parse = (text: string, file: string) => parseDbmate(text, file, (sql) => opts.dialect.split(sql));
    const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true, parse }, 'dbmate needs a distinct version per file: renumber the newer one.');
    return { migrations, accounted: topLevelSql(folder) };
  },
};
