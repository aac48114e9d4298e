import { isDrizzleFolder, loadDrizzle } from '../drizzle/folder.js';
import { CONFIDENCE, type Layout, SCHEMAGATE_NO_TRANSACTION, topLevelSql } from './layout.js';

/** drizzle-kit output, recognised by `meta/_journal.json` and applied in the journal's order. */
export const drizzle: Layout = {
  name: 'drizzle',
  noTransaction: SCHEMAGATE_NO_TRANSACTION,
  dialects: ['postgres'],
  detect: (folder) => (isDrizzleFolder(folder.root) ? { confidence: CONFIDENCE.certain, evidence: 'meta/_journal.json' } : null),
  load(folder, opts, problems) {
    const set = problems.attempt(() => loadDrizzle(folder.root, opts, folder));
    return { migrations: set?.migrations ?? [], accounted: topLevelSql(folder), ...(set?.snapshotPath ? { snapshotPath: set.snapshotPath } : {}) };
  },
};
