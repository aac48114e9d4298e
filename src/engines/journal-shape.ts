import { SchemagateError } from '../errors.js';

/**
 * What every engine's journal shares about its own shape: the version kept in the attempts
 * table's comment (`schemagate journal vN: …`; none means a journal from before versioning,
 * version 1), and the refusals when the tables are not what this schemagate can read exactly.
 */

const VERSION_COMMENT = /^schemagate journal v(\d+)\b/;

/** The version a comment states; null when there is none (a journal from before versioning). */
export function journalVersionOf(comment: string | null | undefined): number | null {
  const match = comment ? VERSION_COMMENT.exec(comment) : null;
  return match ? Number(match[1]) : null;
}

export const versionComment = (version: number, what: string) => `schemagate journal v${version}: ${what}`;

export function newerJournal(location: string, version: number, supported: number): SchemagateError {
  return new SchemagateError('refused', `The journal ${location} is version ${version}, written by a newer schemagate; this one reads up to version ${supported}.`, {
    hint: 'Run the newer schemagate (pin the same version in every workflow that migrates this database).',
  });
}

export function damagedJournal(location: string, what: string): SchemagateError {
  return new SchemagateError('refused', `The journal ${location} ${what}.`, {
    hint:
      'The journal tables were changed outside schemagate. Restore them from a backup (or re-create the missing table or column as schemagate creates it), ' +
      'or point `journal-table` at a fresh journal and record what is applied with mode `baseline`.',
  });
}

/** `table.column` for each expected column the database lacks. */
export function missingColumns(expected: Record<string, readonly string[]>, present: ReadonlyArray<{ table: string; column: string }>): string[] {
  const have = new Set(present.map((p) => `${p.table}.${p.column}`));
  return Object.entries(expected).flatMap(([table, columns]) => columns.map((c) => `${table}.${c}`).filter((name) => !have.has(name)));
}

export const lacksColumns = (missing: string[]) => `lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`;
