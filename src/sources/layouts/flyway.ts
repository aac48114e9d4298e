import fs from 'node:fs';
import path from 'node:path';
import type { Migration } from '../../types.js';
import { readMigration } from '../files.js';
import { compareVersions, parseVersion } from '../version.js';
import { configError } from '../../errors.js';
import type { Problems } from '../problems.js';
import { CONFIDENCE, type Folder, type Layout, readVersioned, sortRepeatables, unnamedFile, type VersionedFile } from './layout.js';

/** Flyway's default prefixes: V versioned, U undo, B baseline, R repeatable; `__` before the description. */
const VERSIONED = /^([VUB])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;
const baseName = (rel: string) => rel.slice(rel.lastIndexOf('/') + 1);

/** A script configuration file next to the script (`V1__init.sql.conf`) can turn its transaction off. */
function inTransaction(abs: string): boolean {
  const conf = `${abs}.conf`;
  if (!fs.existsSync(conf)) return true;
  return !/^\s*executeInTransaction\s*=\s*false\s*$/im.test(fs.readFileSync(conf, 'utf8'));
}

/**
 * An undo file undoes its version's V file; one with no V file is no Flyway undo, and in
 * refinery's folders (which read like Flyway's) `U` is an unversioned migration that runs on
 * every deploy. Left out without a word, it would never run: refused, naming the file.
 */
function refuseLoneUndos(folder: Folder, undos: VersionedFile[], versioned: VersionedFile[], problems: Problems): void {
  const versions = new Set(versioned.map((v) => String(v.order)));
  for (const undo of undos) {
    if (versions.has(String(undo.order))) continue;
    const file = folder.display(undo.rel);
    problems.add(
      configError(`${file} is an undo migration (U) with no V${undo.id}__ migration to undo; as refinery reads U files (unversioned migrations that run), it would never run here`, {
        location: { file },
        hint: `Rename it V${undo.id}__${undo.name}.sql (or a free version) if it should run once, delete it if it undoes nothing, or keep refinery's unversioned migrations on refinery.`,
      }),
    );
  }
}

/**
 * Flyway: `V1__init.sql`, `V1.1__more.sql` and `V1_1__more.sql` (versions compared part by part,
 * the id written with dots as flyway_schema_history does), `R__name.sql` repeatables, undo
 * files `U1__...` kept and never applied, and baseline migrations `B5__...`, which stand in for
 * the versioned migrations up to theirs: a B file runs only when no V file of its version or
 * below remains. Flyway reads sub-folders too. A file whose every statement cannot run in a
 * transaction block (CREATE INDEX CONCURRENTLY) runs outside one, as Flyway's parser decides.
 */
export const flyway: Layout = {
  name: 'flyway',
  noTransaction: 'executeInTransaction=false in a script configuration file beside it (its file name + .conf)',
  detect(folder: Folder) {
    const names = folder.allSqlFiles().map(baseName);
    const flywayNames = names.filter((n) => VERSIONED.test(n) || REPEATABLE.test(n));
    if (!names.some((n) => VERSIONED.test(n))) return null;
    if (flywayNames.length === names.length) return { confidence: CONFIDENCE.names, evidence: 'every file is named V<version>__<description>.sql (or R__, U, B)' };
    const dotted = names.find((n) => /^V\d+[._]\d/.test(n) && VERSIONED.test(n));
    return dotted ? { confidence: CONFIDENCE.names, evidence: `${dotted} (a Flyway dotted version)` } : null;
  },
  load(folder, opts, problems) {
    const versioned: VersionedFile[] = [];
    const baselines: VersionedFile[] = [];
    const undos: VersionedFile[] = [];
    const repeatable: Migration[] = [];
    const all = folder.allSqlFiles();
    for (const rel of all) {
      const name = baseName(rel);
      const repeat = REPEATABLE.exec(name);
      if (repeat) {
        const migration = problems.attempt(() => readMigration(folder.abs(rel), { id: `R__${repeat[1]!}`, order: [], kind: 'repeatable', name: repeat[1]! }, opts, { allowEmpty: true, outsideTransactionWhen: 'all' }));
        if (migration) repeatable.push({ ...migration, transactional: migration.transactional && inTransaction(folder.abs(rel)) });
        continue;
      }
      const match = VERSIONED.exec(name);
      if (!match) {
        unnamedFile(folder, rel, 'flyway', 'V<version>__<description>.sql (versions like 1, 1.1 or 1_1), R__<description>.sql, U or B files', problems);
        continue;
      }
      const [, prefix, version, description] = match as unknown as [string, string, string, string];
      const file = { rel, id: version.replaceAll('_', '.'), order: parseVersion(version)!, name: description };
      if (prefix === 'V') versioned.push(file);
      else if (prefix === 'B') baselines.push(file);
      else undos.push(file);
    }
    refuseLoneUndos(folder, undos, versioned, problems);
    const lowest = versioned.reduce<readonly bigint[] | null>((low, v) => (low === null || compareVersions(v.order, low) < 0 ? v.order : low), null);
    const standIns = baselines.filter((b) => lowest === null || compareVersions(lowest, b.order) > 0);
    const migrations = readVersioned(folder, [...versioned, ...standIns], opts, problems, { allowEmpty: true, outsideTransactionWhen: 'all' }, 'Flyway refuses two migrations with one version (1.1 and 1_1 are the same): renumber the newer one.').map((m) =>
      inTransaction(m.path) ? m : { ...m, transactional: false },
    );
    return { migrations: [...migrations, ...sortRepeatables(repeatable, problems)], accounted: all.map((rel) => path.join(folder.root, rel)) };
  },
};
