import path from 'node:path';
import { configError } from '../errors.js';
import type { Migration, MigrationSet } from '../types.js';
import { compareStrings, isSqlFile, listDir, listSqlFiles, readMigration, relativeFile, stripSql, type LoadOptions } from './files.js';

const VERSIONED_PATTERN = '<digits>_<name>.sql or <digits>__<name>.sql (e.g. 0001_create_users.sql)';
const REPEATABLE_DIR = 'repeatable';

/**
 * A plain folder: versioned `0001_name.sql` files applied in numeric order, then repeatable
 * `R__name.sql` files (or anything under `repeatable/`) re-applied whenever they change.
 */
export function loadFolder(root: string, opts: LoadOptions): MigrationSet {
  const absRoot = path.resolve(opts.cwd, root);
  const versioned: Array<{ version: bigint; migration: Migration }> = [];
  const repeatable: Migration[] = [];

  for (const entry of listDir(absRoot)) {
    const abs = path.join(absRoot, entry.name);
    if (entry.isDir) {
      // meta/ and any other folder are not ours; only repeatable/ holds migrations.
      if (entry.name === REPEATABLE_DIR) {
        for (const rel of listSqlFiles(abs)) {
          const name = stripSql(rel).replace(/^R__/i, '');
          repeatable.push(readMigration(path.join(abs, rel), { id: `R__${name}`, kind: 'repeatable', name }, opts));
        }
      }
      continue;
    }
    if (!isSqlFile(entry.name)) continue;
    const parsed = parseFileName(entry.name);
    if (!parsed) {
      const file = relativeFile(abs, opts.cwd);
      throw configError(`${file}: cannot tell a migration version from this file name`, {
        location: { file },
        hint: `Name versioned migrations ${VERSIONED_PATTERN} and repeatable ones R__<name>.sql; move files that are not migrations out of the folder.`,
      });
    }
    if (parsed.kind === 'repeatable') {
      repeatable.push(readMigration(abs, { id: `R__${parsed.name}`, kind: 'repeatable', name: parsed.name }, opts));
    } else {
      const migration = readMigration(abs, { id: parsed.id, kind: 'versioned', name: parsed.name }, opts);
      versioned.push({ version: BigInt(parsed.id), migration });
    }
  }

  versioned.sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
  for (let i = 1; i < versioned.length; i++) {
    const prev = versioned[i - 1]!;
    const cur = versioned[i]!;
    if (prev.version === cur.version) {
      throw configError(`${prev.migration.file} and ${cur.migration.file} have the same version ${cur.version}`, {
        location: { file: cur.migration.file },
        hint: 'Each versioned migration needs its own number: renumber the newer one.',
      });
    }
  }
  repeatable.sort((a, b) => compareStrings(a.id, b.id));
  assertUniqueIds(repeatable);

  return { format: 'folder', root: absRoot, migrations: [...versioned.map((v) => v.migration), ...repeatable] };
}

export type ParsedFileName =
  | { kind: 'versioned'; id: string; name: string }
  | { kind: 'repeatable'; name: string };

/** `0001_name.sql`, `0001__name.sql`, Flyway's `V1__name.sql`, or `R__name.sql`; null otherwise. */
export function parseFileName(fileName: string): ParsedFileName | null {
  const repeatable = /^R__(.+)\.sql$/i.exec(fileName);
  if (repeatable) return { kind: 'repeatable', name: repeatable[1]! };
  const versioned = /^(?:V(\d+)__|(\d+)__?)(.+)\.sql$/i.exec(fileName);
  if (!versioned) return null;
  return { kind: 'versioned', id: (versioned[1] ?? versioned[2])!, name: versioned[3]! };
}

function assertUniqueIds(migrations: Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    const prev = migrations[i - 1]!;
    const cur = migrations[i]!;
    if (prev.id === cur.id) {
      throw configError(`${prev.file} and ${cur.file} are both repeatable migration ${cur.id}`, {
        location: { file: cur.file },
        hint: 'Rename one of them: a repeatable migration is identified by its name.',
      });
    }
  }
}
