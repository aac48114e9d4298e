import path from 'node:path';
import { CONFIDENCE, digitsFiles, type Layout, readVersioned, SCHEMAGATE_NO_TRANSACTION, topLevelSql } from './layout.js';

/** The Supabase CLI's migration pattern. */
const NAME = /^(\d+)_(.*)\.sql$/;

/** Supabase CLI: `supabase/migrations/<14-digit timestamp>_<name>.sql`, in version order. */
export const supabase: Layout = {
  name: 'supabase',
  noTransaction: SCHEMAGATE_NO_TRANSACTION,
  dialects: ['postgres'],
  detect(folder) {
    const inSupabase = path.basename(folder.root) === 'migrations' && path.basename(path.dirname(folder.root)) === 'supabase';
    return inSupabase ? { confidence: CONFIDENCE.certain, evidence: 'the folder is supabase/migrations' } : null;
  },
  load(folder, opts, problems) {
    const files = digitsFiles(folder, 'supabase', '<timestamp>_<name>.sql (e.g. 20240101120000_create_users.sql)', problems, NAME);
    const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true }, 'Two migrations share a timestamp: rename the newer one (supabase migration new gives a fresh one).');
    return { migrations, accounted: topLevelSql(folder) };
  },
};
