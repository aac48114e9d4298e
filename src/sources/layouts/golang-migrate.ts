import { lineOf } from '../../dialects/index.js';
import { configError } from '../../errors.js';
import { parseVersion } from '../version.js';
import { CONFIDENCE, type Layout, readVersioned, SCHEMAGATE_NO_TRANSACTION, unnamedFile, type VersionedFile } from './layout.js';

/** golang-migrate's source/parse.go: `<version>_<title>.<up|down>.<ext>`. */
const NAME = /^(\d+)_(.*)\.(up|down)\.sql$/i;

/** bun's statement separators: bun runs each part as a query of its own, golang-migrate the whole file as one. */
const BUN_SPLIT = /^[ \t]*--[ \t]*(?:bun|migration):split[ \t]*$/m;

/**
 * bun names its files as golang-migrate does, but its parts need no `;` between them: read as
 * golang-migrate's, such a file would run as one query and fail, or (with the `;`s there) run
 * under the wrong tool's rules. Refused where the marker stands, before anything runs.
 */
function refuseBunSplit(text: string, file: string): true {
  const marker = BUN_SPLIT.exec(text);
  if (!marker) return true;
  const line = lineOf(text, marker.index);
  throw configError(`${file}:${line}: "${marker[0].trim()}" is bun's statement separator, and bun's migrations are not a layout schemagate reads`, {
    location: { file, line },
    hint: 'End each statement with a semicolon and delete the separator lines: the folder then reads as golang-migrate\'s (files named <version>_<name>.up.sql). A statement that must run outside a transaction goes in its own file, marked -- schemagate:no-transaction.',
  });
}

/**
 * golang-migrate: `0001_name.up.sql` runs; `0001_name.down.sql` is kept for the record and never
 * applied (schemagate only moves forward). An empty up file is a no-op, as golang-migrate runs it.
 * golang-migrate sends a file as one query: several statements run in its implicit transaction,
 * a lone `CREATE INDEX CONCURRENTLY` outside any, and so here. sqlx's reversible migrations are
 * named the same way: its first-line `-- no-transaction` is honoured.
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
    const readable = ups.filter((up) => problems.attempt(() => refuseBunSplit(folder.text(up.rel), folder.display(up.rel))) !== null);
    const migrations = readVersioned(folder, readable, opts, problems, { allowEmpty: true, outsideTransactionWhen: 'alone', sqlxMarker: true }, 'Each version needs exactly one .up.sql file: renumber the newer migration (its up and down files).');
    return { migrations, accounted: folder.sqlFiles.map((n) => folder.abs(n)) };
  },
};
