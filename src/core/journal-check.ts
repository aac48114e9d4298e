import { SchemagateError } from '../errors.js';
import { CHECKSUM_ALGORITHMS, type Journal, type JournalRow } from '../types.js';

/**
 * A journal row schemagate did not write (a status such as `done` set by hand, an unknown kind)
 * would otherwise fall through the planner's categories, and an applied migration could run
 * again. Such a journal is refused, naming the row and how to repair it.
 */
const STATUSES: ReadonlySet<string> = new Set<JournalRow['status']>(['running', 'applied', 'failed']);
const KINDS: ReadonlySet<string> = new Set<JournalRow['kind']>(['versioned', 'repeatable', 'baseline']);
const ALGORITHMS: ReadonlySet<string> = new Set<string>(CHECKSUM_ALGORITHMS);

export function checkJournal(journal: Journal, location: string): Journal {
  for (const row of journal.attempts) {
    const problem = !STATUSES.has(row.status)
      ? `status "${row.status}"`
      : !KINDS.has(row.kind)
        ? `kind "${row.kind}"`
        : !ALGORITHMS.has(row.checksumAlgorithm)
          ? `checksum algorithm "${row.checksumAlgorithm}"`
          : null;
    if (!problem) continue;
    throw new SchemagateError(
      'refused',
      `The journal ${location} has a row schemagate does not write: attempt ${row.attemptId} of migration ${row.migrationId} has ${problem}.`,
      {
        hint:
          `Statuses are ${[...STATUSES].join(', ')}, kinds ${[...KINDS].join(', ')} and checksum algorithms ${[...ALGORITHMS].join(', ')}. Restore the row (status applied if the migration ran, failed if not), ` +
          'or delete it and record the migration with mode `baseline`; edit the journal only through schemagate.',
      },
    );
  }
  return journal;
}
