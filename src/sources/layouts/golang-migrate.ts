import { lineOf } from '../../dialects/index.js';
import { configError } from '../../errors.js';
import { parseVersion } from '../version.js';
import type { Problems } from '../problems.js';
import { CONFIDENCE, type Folder, type Layout, readVersioned, SCHEMAGATE_NO_TRANSACTION, unnamedFile, type VersionedFile } from './layout.js';

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

/** gobuffalo/pop's per-dialect files (`<version>_<name>.<dialect>.up.sql`, as Ory's projects keep them): the dialect is part of golang-migrate's title. */
const POP_DIALECT = /\.(postgres|postgresql|pg|cockroach|crdb|mysql|mariadb|sqlite3?|sqlserver|mssql)$/i;

/**
 * pop runs only the files of the database's own dialect (and those without one); read as
 * golang-migrate's, a folder of them would run MySQL's and SQLite's files on this database too.
 * Refused once per dialect, naming a file, and left out of the version checks (their versions
 * repeat across dialects on purpose).
 */
function refusePopDialects(titled: Array<{ name: string; title: string; up: boolean }>, folder: Folder, problems: Problems): Set<string> {
  const byDialect = new Map<string, Array<{ name: string; up: boolean }>>();
  for (const { name, title, up } of titled) {
    const dialect = POP_DIALECT.exec(title)?.[1]?.toLowerCase();
    if (dialect) byDialect.set(dialect, [...(byDialect.get(dialect) ?? []), { name, up }]);
  }
  for (const [dialect, files] of byDialect) {
    const ups = files.filter((f) => f.up);
    const named = ups.length > 0 ? ups : files;
    const file = folder.display(named[0]!.name);
    const others = named.length > 1 ? ` and ${named.length - 1} other .${dialect}.${ups.length > 0 ? 'up' : 'down'}.sql file(s)` : '';
    problems.add(
      configError(`${file}${others} are migrations for ${dialect} only (gobuffalo/pop's per-dialect files), a layout schemagate does not read: as golang-migrate files they would run on any database`, {
        location: { file },
        hint: "Give schemagate a folder of its own with the target's files only (<version>_<name>.up.sql, the dialect taken out of the name), or keep these migrations on pop (fizz, soda, the project's own migrate command).",
      }),
    );
  }
  return new Set([...byDialect.values()].flat().map((f) => f.name));
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
    const named = folder.sqlFiles.flatMap((name) => {
      const match = NAME.exec(name);
      return match ? [{ name, title: match[2]!, up: match[3]!.toLowerCase() === 'up' }] : [];
    });
    const perDialect = refusePopDialects(named, folder, problems);
    for (const name of folder.sqlFiles) {
      if (perDialect.has(name)) continue;
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
