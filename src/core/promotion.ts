import type { PendingItem } from './plan.js';
import { checksumUnder, histories } from './plan.js';
import type { Journal } from '../types.js';

/**
 * The promotion gate, pure: a migration may reach this environment only after the earlier one
 * (staging) applied it successfully with the same checksum, as that environment's own journal
 * records it.
 */
export type EarlierState = 'applied' | 'checksum-differs' | 'failed' | 'not-applied';

export interface GateRow {
  migrationId: string;
  file: string;
  checksum: string;
  earlier: EarlierState;
  earlierChecksum: string | null;
}

export function promotionGate(pending: PendingItem[], earlier: Journal): GateRow[] {
  const history = histories(earlier.attempts);
  const adopted = new Set(earlier.adopted?.sha256 ?? []);
  return pending.map(({ migration }) => {
    const h = history.get(migration.id);
    const applied = h?.lastApplied ?? null;
    let state: EarlierState;
    if ((applied && applied.checksum === checksumUnder(migration, applied.checksumAlgorithm)) || (!h && adopted.has(migration.checksums.sha256))) state = 'applied';
    else if (applied) state = 'checksum-differs';
    else if (h) state = 'failed';
    else state = 'not-applied';
    return {
      migrationId: migration.id,
      file: migration.file,
      checksum: migration.checksum,
      earlier: state,
      earlierChecksum: applied?.checksum ?? null,
    };
  });
}

export const gateBlocks = (rows: GateRow[]) => rows.filter((r) => r.earlier !== 'applied');
