import type { PendingItem } from './plan.js';
import { checksumUnder, histories } from './plan.js';
import type { Journal } from '../types.js';
import { adoptedChecksumMismatch, adoptedMatch } from './adopt.js';

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
  return pending.map(({ migration }) => {
    const h = history.get(migration.id);
    const applied = h?.lastApplied ?? null;
    const record = h || !earlier.adopted ? null : adoptedMatch(migration, earlier.adopted);
    let state: EarlierState;
    if (applied && applied.checksum === checksumUnder(migration, applied.checksumAlgorithm)) state = 'applied';
    else if (record) state = adoptedChecksumMismatch(migration, earlier.adopted!, record) ? 'checksum-differs' : 'applied';
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
