import type { Migration, Statement } from '../types.js';
import { ruleDocs, type RuleId } from './rules.js';
import type { Finding } from './types.js';

/**
 * What a rule check returns about one statement: the engine analysers turn it into a Finding
 * with the file, line and statement text, so each check only says what it found.
 */
export interface Hit {
  rule: RuleId;
  table?: string;
  /** The target's name for `table`, when the pending statements renamed it. */
  rowsOf?: string;
  /** Offset into the statement's text (characters) where the offending clause starts. */
  offset?: number;
  /** Specific message; the rule's general `why` otherwise. */
  message?: string;
}

export function toFinding(migration: Migration, statement: Statement, hit: Hit): Finding {
  const doc = ruleDocs[hit.rule];
  const finding: Finding = {
    rule: hit.rule,
    severity: doc.severity,
    file: migration.file,
    line: statement.line + lineBreaksBefore(statement.sql, hit.offset ?? 0),
    statement: statement.sql,
    message: hit.message ?? doc.why,
    fix: doc.fix,
  };
  if (hit.table !== undefined) finding.table = hit.table;
  if (hit.rowsOf !== undefined) finding.rowsOf = hit.rowsOf;
  return finding;
}

/** Line breaks (`\r\n`, `\n`, a lone `\r`) in `text` before `offset`. */
export function lineBreaksBefore(text: string, offset: number): number {
  let breaks = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) breaks++;
  }
  return breaks;
}
