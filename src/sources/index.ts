import fs from 'node:fs';
import path from 'node:path';
import { configError } from '../errors.js';
import type { MigrationSet } from '../types.js';
import { codeExtension, codeMigrationError, isSqlFile, type LoadOptions } from './files.js';
import { Folder, type Layout } from './layouts/layout.js';
import { LAYOUTS, layoutNamed } from './layouts/index.js';
import { Problems } from './problems.js';

export type { LoadOptions } from './files.js';
export { LAYOUT_NAMES, layoutNamed } from './layouts/index.js';

export interface LoadMigrationsOptions extends LoadOptions {
  /** `auto` (detect) or a layout's name. */
  format?: string;
}

/**
 * Reads the migrations under `root` in the layout `format` names, or the one the folder shows
 * most clearly. Never a silent empty set: a folder with no migrations, or with `.sql` files the
 * layout does not read, is an error; every problem of the folder is reported at once.
 */
export function loadMigrations(root: string, opts: LoadMigrationsOptions): MigrationSet {
  const absRoot = path.resolve(opts.cwd, root);
  const where = absRoot === root ? absRoot : `${root} (${absRoot})`;
  const hint = 'Set the `migrations` input of the action (or the `--migrations` flag of the CLI) to the folder that holds your migration files.';
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absRoot);
  } catch {
    throw configError(`Migrations folder not found: ${where}`, { hint });
  }
  if (!stat.isDirectory()) throw configError(`Migrations path is not a folder: ${where}`, { hint });

  const folder = new Folder(absRoot, opts.cwd);
  const shown = folder.display('') || '.';
  const detect = !opts.format || opts.format === 'auto';
  // Whatever the layout: a forced `format` reads these files as it would any, their sections run together.
  refuseUnreadTool(folder, shown);
  const layout = detect ? detectLayout(folder, shown) : layoutNamed(opts.format!);
  if (layout.dialects && !layout.dialects.includes(opts.dialect.name)) {
    throw configError(`${shown} is a ${layout.name} folder, which holds ${layout.dialects.join(' or ')} migrations, but the target is ${opts.dialect.name}.`, {
      hint: 'Point `database-url` at the engine these migrations are written for, or set `format` if the layout was detected wrongly.',
    });
  }
  const problems = new Problems();
  const loaded = layout.load(folder, opts, problems);
  reportUnread(folder, new Set(loaded.accounted), layout, problems, !detect);
  reportCodeMigrations(folder, layout, problems);
  reportSpecialFiles(folder, problems);
  if (problems.list.length === 0 && loaded.migrations.length === 0) {
    problems.add(configError(`${shown} holds no migrations (read as a ${layout.name} folder): ${contents(folder)}.`, {
      location: { file: shown },
      hint: 'Point `migrations` at the folder with your migration files, or set `format` to the layout they are written in.',
    }));
  }
  problems.throwIfAny(shown);
  return {
    layout: layout.name,
    root: absRoot,
    migrations: loaded.migrations,
    ...(loaded.snapshotPath ? { snapshotPath: loaded.snapshotPath } : {}),
    symlinks: folder.entries.filter((e) => e.isLink).map((e) => folder.abs(e.name)),
  };
}

/**
 * Tools whose folders hold SQL but whose order or sections live where no layout looks: sqitch
 * (the order is sqitch.plan's, each change's deploy/revert/verify in three folders) and
 * Liquibase's formatted SQL (changesets within a file). Named, rather than misread as plain SQL.
 */
function refuseUnreadTool(folder: Folder, shown: string): void {
  // The project's own folder, or its deploy/ (a folder beside a sqitch.plan may be a new start).
  const dirs = path.basename(folder.root) === 'deploy' ? [folder.root, path.dirname(folder.root)] : [folder.root];
  const plan = dirs.map((dir) => path.join(dir, 'sqitch.plan')).find((file) => fs.existsSync(file));
  if (plan) {
    throw configError(`${shown} is part of a sqitch project (${path.relative(folder.cwd, plan) || plan}), which is not a layout schemagate reads: sqitch.plan orders its changes.`, {
      location: { file: shown },
      hint: 'Keep this project on sqitch, or move the deploy scripts into a folder of <version>_<name>.sql files in sqitch.plan\'s order (then run mode `baseline` where they were deployed).',
    });
  }
  const master = folder.entries.find((e) => !e.isDir && !e.isSpecial && !e.isLink && /changelog.*\.(xml|ya?ml|json)$/i.test(e.name) && /databaseChangeLog/.test(fs.readFileSync(folder.abs(e.name), 'utf8')));
  if (master) {
    const file = folder.display(master.name);
    throw configError(`${file} is a Liquibase changelog, which orders and runs the migrations of ${shown}: not a layout schemagate reads`, {
      location: { file },
      hint: 'Keep this project on Liquibase, or write each changeset as a migration file of its own (<version>_<name>.sql) in the changelog\'s order and run mode `baseline` where Liquibase applied them.',
    });
  }
  const changelog = folder.sqlFiles.find((name) => /^\uFEFF?--\s*liquibase\s+formatted\s+sql/i.test(folder.text(name)));
  if (changelog) {
    const file = folder.display(changelog);
    throw configError(`${file} is a Liquibase formatted-SQL changelog, which is not a layout schemagate reads: its changesets would run as one migration, their rollbacks and preconditions ignored.`, {
      location: { file, line: 1 },
      hint: 'Keep this project on Liquibase, or write each changeset as a migration file of its own (<version>_<name>.sql) and run mode `baseline` where Liquibase applied them.',
    });
  }
}

/** The surest claim wins; two equally sure claims are a question only the user can answer. */
function detectLayout(folder: Folder, shown: string): Layout {
  const claims = LAYOUTS.flatMap((layout) => {
    const claim = layout.detect(folder);
    return claim ? [{ layout, ...claim }] : [];
  }).sort((a, b) => b.confidence - a.confidence);
  const [best, next] = claims;
  if (!best) return layoutNamed('plain');
  if (next && next.confidence === best.confidence) {
    throw configError(`${shown} looks like both a ${best.layout.name} folder (${best.evidence}) and a ${next.layout.name} folder (${next.evidence}).`, {
      location: { file: shown },
      hint: `Set \`format\` to the layout it is written in (${best.layout.name} or ${next.layout.name}).`,
    });
  }
  return best.layout;
}

/** `.sql` files the layout did not read, by the sub-folder that holds them (or one by one at the top). */
function reportUnread(folder: Folder, accounted: Set<string>, layout: Layout, problems: Problems, formatSet: boolean): void {
  const unread = new Map<string, string[]>();
  for (const rel of folder.allSqlFiles()) {
    if (accounted.has(folder.abs(rel))) continue;
    const top = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : rel;
    unread.set(top, [...(unread.get(top) ?? []), rel]);
  }
  // A folder named like a migration file would otherwise pass unnoticed when it holds no .sql.
  for (const entry of folder.entries) if (entry.isDir && isSqlFile(entry.name) && !unread.has(entry.name) && !holdsAccounted(entry.name, accounted, folder)) unread.set(entry.name, []);
  for (const [top, files] of unread) {
    const where = folder.display(top);
    problems.add(
      configError(unreadMessage(where, top, files, layout.name), {
        location: { file: files.length > 0 && (files.length > 1 || files[0] !== top) ? folder.display(files[0]!) : where },
        hint: files.some((file) => /\/up\.sql$/i.test(file))
          ? 'A folder per migration holding up.sql and down.sql is diesel\'s (and Hasura\'s) layout, which schemagate does not read: give each up.sql a file of its own, named <version>_<name>.sql after its folder, or keep these migrations on their tool.'
          : formatSet
            ? `Move files that are not migrations out of the migrations folder: \`format\` is ${layout.name}, whose migrations these are not.`
            : 'Move files that are not migrations out of the migrations folder, or set `format` to the layout they are written in (a folder per migration is Prisma\'s).',
      }),
    );
  }
}

function unreadMessage(where: string, top: string, files: string[], layout: string): string {
  if (files.length === 0) return `${where} is a folder, not a migration file, and the ${layout} layout reads no .sql file in it`;
  if (files.length === 1 && files[0] === top) return `${where} is not read by the ${layout} layout`;
  return `${where}/ holds ${files.length} .sql file${files.length === 1 ? '' : 's'} (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', ...' : ''}) that the ${layout} layout does not read`;
}

const holdsAccounted = (dir: string, accounted: Set<string>, folder: Folder) => {
  const prefix = folder.abs(dir) + path.sep;
  for (const file of accounted) if (file.startsWith(prefix)) return true;
  return false;
};

/** A file named like a migration (goose's .go, node-pg-migrate's .js, Flyway's .java). */
const MIGRATION_NAME = /^(?:\d+|V\d[\d._]*__)/;

/**
 * Named like a migration, but not quite `.sql` (`0002_b.sql ` with a trailing space, `.sql.txt`,
 * `.psql`): no layout reads it, and it was meant to run. Flyway's script configuration
 * (`V1__a.sql.conf`) is read with its script.
 */
const ALMOST_SQL = /(?:\.sql\s+|\.sql\.(?!conf$)[^.]+|\.(?:sq|psql|pgsql|ddl|sql\.sql))$/i;

/** Code migrations, and files almost named `.sql`, beside the SQL ones: skipping them would leave the database without their changes. */
function reportCodeMigrations(folder: Folder, layout: Layout, problems: Problems): void {
  for (const entry of folder.entries) {
    if (entry.isDir || !MIGRATION_NAME.test(entry.name)) continue;
    const extension = codeExtension(entry.name);
    if (extension) problems.add(codeMigrationError(folder.display(entry.name), extension, layout.name));
    else if (ALMOST_SQL.test(entry.name) && !isSqlFile(entry.name)) {
      const file = folder.display(entry.name);
      problems.add(configError(`${JSON.stringify(file)} is named like a migration but does not end in .sql, so no layout reads it`, { location: { file }, hint: 'Rename it to end in .sql (no trailing space), or move it out of the migrations folder.' }));
    }
  }
}

/** A FIFO, socket or device named like a migration file: never read (reading a FIFO waits forever), always named. */
function reportSpecialFiles(folder: Folder, problems: Problems): void {
  for (const entry of folder.entries.filter((e) => e.isSpecial && isSqlFile(e.name))) {
    const file = folder.display(entry.name);
    problems.add(configError(`${file} is not a regular file (a FIFO, a socket or a device), so it is not read`, { location: { file }, hint: 'Replace it with the migration file itself.' }));
  }
}

/** What a folder holds, for the message that it holds no migrations. */
function contents(folder: Folder): string {
  const names = folder.entries.map((e) => (e.isDir ? `${e.name}/` : e.name));
  if (names.length === 0) return 'it is empty';
  return `it contains ${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}`;
}
