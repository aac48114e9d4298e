import type { Migration, Statement } from '../types.js';
import { lineBreaksBefore, type Hit } from './finding.js';
import { isRuleId, squawkAliases } from './rules.js';
import type { Finding } from './types.js';

/**
 * Waivers: comments that accept a finding for one statement (or, squawk's `-- squawk-ignore-file`,
 * for the whole file). A waived finding is still returned, marked `suppressed`, so reviewers see
 * what was accepted and why.
 *
 *   -- schemagate:allow <rule-id>[,<rule-id>] <reason>   on the comment lines directly above
 *                                                          the statement, or after it on its
 *                                                          last line; the reason is required
 *   -- squawk-ignore [rule[, rule]...]                     squawk's form; no rule = every rule
 *   -- squawk-ignore-file [rule[, rule]...]                anywhere: the whole file
 */
export interface Waiver {
  /** Rule ids waived, or every rule (squawk's bare `squawk-ignore`). */
  rules: ReadonlySet<string> | 'all';
  reason: string;
}

/** A waiver comment that cannot be honoured, reported at the comment's own line. */
export interface WaiverProblem extends Hit {
  /** 1-based line of the comment in the file. */
  line: number;
}

export interface StatementWaivers {
  waivers: Waiver[];
  problems: WaiverProblem[];
}

const ALLOW = /^--\s*schemagate:allow(?:\s+(.*))?$/;
const SQUAWK_IGNORE = /^--\s*squawk-ignore(?:\s+(.*))?$/;
const SQUAWK_IGNORE_FILE = /^--\s*squawk-ignore-file(?:\s+(.*))?$/;

/**
 * A file's lines and where each starts, read once per file: read per statement, a file of
 * 50 000 statements took hours (each statement split and scanned the whole file again).
 */
const fileLines = new WeakMap<Migration, { lines: string[]; starts: number[] }>();

function linesOf(migration: Migration): { lines: string[]; starts: number[] } {
  let known = fileLines.get(migration);
  if (!known) {
    const text = migration.sql;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
    }
    known = { lines: text.split(/\r\n|\r|\n/), starts };
    fileLines.set(migration, known);
  }
  return known;
}

/** The waivers written for one statement: comment lines directly above it, or a comment after it on its last line. */
export function statementWaivers(migration: Migration, statement: Statement): StatementWaivers {
  const { lines, starts } = linesOf(migration);
  const comments: Array<{ text: string; line: number }> = [];
  // Upwards from the line above the statement, while the lines are comments (a blank line ends it).
  for (let line = statement.line - 1; line >= 1; line--) {
    const text = lines[line - 1]!.trim();
    if (!text.startsWith('--')) break;
    comments.push({ text, line });
  }
  const lastLine = statement.line + lineBreaksBefore(statement.sql, statement.sql.length);
  const trailing = trailingComment(migration.sql, statement, starts[statement.line - 1] ?? 0);
  if (trailing !== null) comments.push({ text: trailing, line: lastLine });

  const result: StatementWaivers = { waivers: [], problems: [] };
  for (const comment of comments) readComment(comment.text, comment.line, result);
  return result;
}

/** `-- squawk-ignore-file` waivers, which cover every statement of the file. */
export function fileWaivers(migration: Migration): Waiver[] {
  const waivers: Waiver[] = [];
  for (const raw of migration.sql.split(/\r\n|\r|\n/)) {
    const match = SQUAWK_IGNORE_FILE.exec(raw.trim());
    if (match) waivers.push(squawkWaiver(match[1], 'squawk-ignore-file'));
  }
  return waivers;
}

/** Marks the findings a waiver covers; the first matching waiver's reason is kept. */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[]): Finding[] {
  return findings.map((finding) => {
    if (finding.suppressed) return finding;
    const waiver = waivers.find((w) => w.rules === 'all' || w.rules.has(finding.rule));
    return waiver ? { ...finding, suppressed: { reason: waiver.reason } } : finding;
  });
}

function readComment(text: string, line: number, into: StatementWaivers): void {
  const allow = ALLOW.exec(text);
  if (allow) {
    readAllow(allow[1]?.trim() ?? '', line, into);
    return;
  }
  // squawk-ignore-file is read once for the whole file by fileWaivers.
  if (SQUAWK_IGNORE_FILE.test(text)) return;
  const squawk = SQUAWK_IGNORE.exec(text);
  if (squawk) into.waivers.push(squawkWaiver(squawk[1], 'squawk-ignore'));
}

function readAllow(rest: string, line: number, into: StatementWaivers): void {
  const [ruleList = '', ...reasonWords] = rest.split(/\s+/).filter(Boolean);
  const reason = reasonWords.join(' ');
  const rules = ruleList.split(',').filter(Boolean);
  if (rules.length === 0 || reason === '') {
    into.problems.push({
      rule: 'suppression-without-reason',
      line,
      message:
        rules.length === 0
          ? '`-- schemagate:allow` names no rule and gives no reason, so it waives nothing.'
          : `\`-- schemagate:allow ${ruleList}\` gives no reason, so it waives nothing: reviewers see the reason next to the waived finding.`,
    });
    return;
  }
  const unknown = rules.filter((rule) => !isRuleId(rule));
  if (unknown.length > 0) {
    into.problems.push({
      rule: 'suppression-unknown-rule',
      line,
      message: `\`-- schemagate:allow\` names ${unknown.map((r) => `\`${r}\``).join(', ')}, which is not a schemagate rule, so it waives nothing for ${unknown.length === 1 ? 'it' : 'them'}.`,
    });
  }
  into.waivers.push({ rules: new Set(rules), reason });
}

function squawkWaiver(list: string | undefined, form: string): Waiver {
  // squawk's list: rule names separated by commas and/or spaces; anything after `--` is a note.
  const names = (list ?? '').split('--')[0]!.split(/[\s,]+/).filter(Boolean).map((name) => name.toLowerCase());
  if (names.length === 0) return { rules: 'all', reason: `${form} (squawk's comment, no reason given)` };
  return {
    rules: new Set(names.map((name) => squawkAliases[name] ?? name)),
    reason: `${form} ${names.join(', ')} (squawk's comment, no reason given)`,
  };
}

/**
 * The `--` comment that follows the statement on its last line (`CREATE ...; -- note`), or null.
 * The statement text is an exact slice of the file, so its end is found by position, not by
 * searching the SQL.
 */
function trailingComment(text: string, statement: Statement, lineStart: number): string | null {
  const start = text.indexOf(statement.sql, lineStart);
  if (start < 0) return null;
  let i = start + statement.sql.length;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === ';')) i++;
  if (text[i] !== '-' || text[i + 1] !== '-') return null;
  let end = i;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return text.slice(i, end).trim();
}

