import fs from 'node:fs';
import path from 'node:path';
import { configError } from '../../errors.js';
import { codeExtension, codeMigrationError, listDir } from '../files.js';
import { parseVersion, type VersionOrder } from '../version.js';
import { CONFIDENCE, type Layout, readVersioned, SCHEMAGATE_NO_TRANSACTION, type VersionedFile } from './layout.js';

const LOCK = 'migration_lock.toml';
const MIGRATION = 'migration.sql';
const FOLDER = /^(\d+)_(.+)$/;
/** Providers whose SQL runs on Postgres. */
const POSTGRES_PROVIDERS = ['postgresql', 'postgres', 'cockroachdb'];

/**
 * A timestamp's place in Prisma's order, which is the folders' names compared as text: the same
 * as the numbers for timestamps of one length, but `20250625_x` (a date alone, langfuse) comes
 * after `20250625120000_y`, since `_` sorts after every digit. So a shorter timestamp is padded
 * with 9s to the folder's longest, and the number of 9s added breaks a tie (more comes later).
 */
function nameOrder(timestamp: string, width: number): VersionOrder {
  const padding = width - timestamp.length;
  if (padding <= 0) return parseVersion(timestamp)!;
  return [BigInt(timestamp + '9'.repeat(padding)), BigInt(padding)];
}

/** Timestamps that more than one migration folder starts with, each with its folders in name order. */
function sharedTimestamps(dirs: string[]): Map<string, string[]> {
  const byTimestamp = new Map<string, string[]>();
  for (const dir of dirs) {
    const timestamp = FOLDER.exec(dir)?.[1];
    if (timestamp !== undefined) byTimestamp.set(timestamp, [...(byTimestamp.get(timestamp) ?? []), dir]);
  }
  return new Map([...byTimestamp].filter(([, group]) => group.length > 1));
}

/**
 * Prisma Migrate: one folder per migration, `<timestamp>_<name>/migration.sql`, in name order,
 * and `migration_lock.toml` naming the provider. A migration's id is its timestamp, or its whole
 * folder name where folders share a timestamp. Prisma sends each file as one script, so a file
 * of one statement that cannot run in a transaction block runs without one. An empty
 * migration.sql (a `--create-only` migration left empty) is a no-op, as Prisma applies it.
 */
export const prisma: Layout = {
  name: 'prisma',
  noTransaction: SCHEMAGATE_NO_TRANSACTION,
  dialects: ['postgres'],
  detect(folder) {
    if (folder.entries.some((e) => e.name === LOCK)) return { confidence: CONFIDENCE.certain, evidence: LOCK };
    const dir = folder.dirs.find((d) => FOLDER.test(d) && fs.existsSync(path.join(folder.abs(d), MIGRATION)));
    return dir ? { confidence: CONFIDENCE.marker, evidence: `${dir}/${MIGRATION}` } : null;
  },
  load(folder, opts, problems) {
    if (folder.entries.some((e) => e.name === LOCK)) {
      const file = folder.display(LOCK);
      const text = fs.readFileSync(folder.abs(LOCK), 'utf8');
      const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(text)?.[1];
      if (provider !== undefined && !POSTGRES_PROVIDERS.includes(provider)) {
        const line = text.slice(0, text.search(/^\s*provider/m)).split('\n').length;
        problems.add(configError(`${file}:${line}: provider "${provider}" is not Postgres, so these migrations cannot run here`, { location: { file, line }, hint: 'Point `migrations` at a Postgres Prisma project, or use a Postgres database URL.' }));
      }
    }
    const files: VersionedFile[] = [];
    const shared = sharedTimestamps(folder.dirs);
    const width = Math.max(0, ...folder.dirs.map((dir) => FOLDER.exec(dir)?.[1]?.length ?? 0));
    for (const dir of folder.dirs) {
      const match = FOLDER.exec(dir);
      const hasSql = fs.existsSync(path.join(folder.abs(dir), MIGRATION));
      if (match && hasSql) {
        const timestamp = match[1]!;
        const group = shared.get(timestamp);
        // Prisma names a migration by its folder and applies folders in name order, so two may
        // share a timestamp (langfuse, trigger.dev): those are named by their folder, in that order.
        const order = group ? [...nameOrder(timestamp, width), BigInt(group.indexOf(dir) + 1)] : nameOrder(timestamp, width);
        files.push({ rel: `${dir}/${MIGRATION}`, id: group ? dir : timestamp, order, name: match[2]! });
        continue;
      }
      const where = folder.display(dir);
      // A team's own data migrations beside Prisma's (formbricks keeps a migration.ts per folder).
      const code = match ? listDir(folder.abs(dir)).find((e) => !e.isDir && e.name.startsWith('migration.') && codeExtension(e.name)) : undefined;
      if (code) problems.add(codeMigrationError(folder.display(`${dir}/${code.name}`), codeExtension(code.name)!, 'prisma'));
      else if (match) {
        problems.add(configError(`${where} has no ${MIGRATION}`, { location: { file: where }, hint: `Prisma keeps each migration in <timestamp>_<name>/${MIGRATION}: restore the file, or delete the folder.` }));
      }
    }
    const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true, outsideTransactionWhen: 'alone' }, 'Two Prisma migration folders have timestamps of equal value written differently (such as 0001 and 1): rename the one that has not run anywhere yet.');
    return { migrations, accounted: files.map((f) => folder.abs(f.rel)) };
  },
};
