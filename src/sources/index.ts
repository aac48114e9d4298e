import fs from 'node:fs';
import path from 'node:path';
import { configError } from '../errors.js';
import type { MigrationSet } from '../types.js';
import { isDrizzleFolder, loadDrizzle } from './drizzle/folder.js';
import type { LoadOptions } from './files.js';
import { loadFolder } from './folder.js';

export type { LoadOptions } from './files.js';

/** Reads the migrations under `root`: a drizzle-kit folder when it has `meta/_journal.json`, else a plain folder. */
export function loadMigrations(root: string, opts: LoadOptions): MigrationSet {
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
  return isDrizzleFolder(absRoot) ? loadDrizzle(absRoot, opts) : loadFolder(absRoot, opts);
}
