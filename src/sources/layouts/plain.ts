import type { Migration } from '../../types.js';
import { listSqlFiles, readMigration, stripSql } from '../files.js';
import { parseVersion } from '../version.js';
import { CONFIDENCE, type Layout, readVersioned, SCHEMAGATE_NO_TRANSACTION, sortRepeatables, unnamedFile, type VersionedFile } from './layout.js';

const VERSIONED_PATTERN = '<digits>_<name>.sql or <digits>__<name>.sql (e.g. 0001_create_users.sql)';
const REPEATABLE_DIR = 'repeatable';

export type ParsedFileName = { kind: 'versioned'; id: string; name: string } | { kind: 'repeatable'; name: string };

/** `0001_name.sql`, `0001__name.sql`, Flyway's `V1__name.sql`, or `R__name.sql`; null otherwise. */
export function parseFileName(fileName: string): ParsedFileName | null {
  const repeatable = /^R__(.+)\.sql$/i.exec(fileName);
  if (repeatable) return { kind: 'repeatable', name: repeatable[1]! };
  const versioned = /^(?:V(\d+)__|(\d+)__?)(.+)\.sql$/i.exec(fileName);
  if (!versioned) return null;
  return { kind: 'versioned', id: (versioned[1] ?? versioned[2])!, name: versioned[3]! };
}

/** An up/down pair of one version is golang-migrate's layout, not a clash to renumber. */
function duplicateHint(files: string[]): string {
  return files.some((f) => /\.(up|down)\.sql$/i.test(f))
    ? 'These look like golang-migrate up/down files: set `format: golang-migrate` (or leave `format` on auto) so only the .up.sql files run.'
    : 'Each versioned migration needs its own number: renumber the newer one.';
}

/**
 * schemagate's own folder: versioned `0001_name.sql` files applied in numeric order, then
 * repeatable `R__name.sql` files (or anything under `repeatable/`) re-applied whenever they change.
 */
export const plain: Layout = {
  name: 'plain',
  noTransaction: SCHEMAGATE_NO_TRANSACTION,
  detect: (folder) =>
    folder.sqlFiles.length > 0 || folder.dirs.includes(REPEATABLE_DIR) ? { confidence: CONFIDENCE.fallback, evidence: '.sql files' } : null,
  load(folder, opts, problems) {
    const versioned: VersionedFile[] = [];
    const repeatable: Migration[] = [];
    const accounted: string[] = [];
    const readRepeatable = (rel: string, name: string) => {
      accounted.push(folder.abs(rel));
      const migration = problems.attempt(() => readMigration(folder.abs(rel), { id: `R__${name}`, order: [], kind: 'repeatable', name }, opts));
      if (migration) repeatable.push(migration);
    };
    if (folder.dirs.includes(REPEATABLE_DIR)) {
      for (const rel of listSqlFiles(folder.abs(REPEATABLE_DIR))) readRepeatable(`${REPEATABLE_DIR}/${rel}`, stripSql(rel).replace(/^R__/i, ''));
    }
    for (const name of folder.sqlFiles) {
      accounted.push(folder.abs(name));
      const parsed = parseFileName(name);
      if (!parsed) unnamedFile(folder, name, 'plain', `${VERSIONED_PATTERN} and repeatable ones R__<name>.sql`, problems);
      else if (parsed.kind === 'repeatable') readRepeatable(name, parsed.name);
      else versioned.push({ rel: name, id: parsed.id, order: parseVersion(parsed.id)!, name: parsed.name });
    }
    const migrations = readVersioned(folder, versioned, opts, problems, { sqlxMarker: true }, duplicateHint(versioned.map((v) => v.rel)));
    return { migrations: [...migrations, ...sortRepeatables(repeatable, problems)], accounted };
  },
};
