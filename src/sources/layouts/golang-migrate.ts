import { configError } from '../../errors.js';
import { parseVersion } from '../version.js';
import { CONFIDENCE, type Layout, readVersioned, SCHEMAGATE_NO_TRANSACTION, unnamedFile, type VersionedFile } from './layout.js';

/** golang-migrate's source/parse.go: `<version>_<title>.<up|down>.<ext>`. */
const NAME = /^(\d+)_(.*)\.(up|down)\.sql$/i;

/**
 * golang-migrate: `0001_name.up.sql` runs; `0001_name.down.sql` is kept for the record and never
 * applied (schemagate only moves forward). An empty up file is a no-op, as golang-migrate runs it.
 */
export const golangMigrate: Layout = {
  name: 'golang-migrate',
  // golang-migrate has no marker of its own: its files run as one multi-statement query.
  noTransaction: SCHEMAGATE_NO_TRANSACTION,
  detect(folder) {
    const pair = folder.sqlFiles.find((name) => NAME.test(name));
    return pair ? { confidence: CONFIDENCE.marker, evidence: `${pair} (.up.sql/.down.sql files)` } : null;
  },
  load(folder, opts, problems) {
    const ups: VersionedFile[] = [];
    const downs = new Map<string, string>();
    for (const name of folder.sqlFiles) {
      const match = NAME.exec(name);
      if (!match) {
        unnamedFile(folder, name, 'golang-migrate', '<version>_<name>.up.sql with an optional <version>_<name>.down.sql', problems);
        continue;
      }
      const [, id, title, direction] = match as unknown as [string, string, string, string];
      if (direction.toLowerCase() === 'down') downs.set(String(parseVersion(id)), name);
      else ups.push({ rel: name, id, order: parseVersion(id)!, name: title });
    }
    const upVersions = new Set(ups.map((u) => String(u.order)));
    for (const [version, down] of downs) {
      if (upVersions.has(version)) continue;
      const file = folder.display(down);
      problems.add(
        configError(`${file} is a down migration with no .up.sql file of the same version`, {
          location: { file },
          hint: 'Restore the up file of that version, or delete the down file if the migration was abandoned.',
        }),
      );
    }
    const migrations = readVersioned(folder, ups, opts, problems, { allowEmpty: true }, 'Each version needs exactly one .up.sql file: renumber the newer migration (its up and down files).');
    return { migrations, accounted: folder.sqlFiles.map((n) => folder.abs(n)) };
  },
};
