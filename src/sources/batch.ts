import type { RawStatement } from '../dialects/index.js';
import type { Token } from '../dialects/scan.js';
import { configError } from '../errors.js';
import type { BatchOptions } from '../types.js';

/**
 * The batched-backfill directives of a migration file (field story 3: a data migration that
 * must not hold its locks for long):
 *
 *   -- schemagate:batch [max-batches=N] [pause=DURATION]
 *   -- schemagate:batch-total <query returning the number of rows still to change>
 *
 * and the checks that the file fits: one statement, an UPDATE, DELETE or INSERT ... SELECT,
 * bounded by a LIMIT (or FETCH FIRST) so each execution changes at most that many rows.
 */

/** Executions before the safety stop when the directive does not say. */
export const DEFAULT_MAX_BATCHES = 10_000;

const BATCH_HINT =
  'Write `-- schemagate:batch [max-batches=N] [pause=100ms]` on its own comment line at the top of the file, e.g. `-- schemagate:batch max-batches=5000 pause=50ms`.';

/** `250ms`, `2s`, `1.5s`, `0`: milliseconds, or null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  if (match[2] === undefined && value !== 0) return null;
  return Math.round(match[2] === 's' ? value * 1000 : value);
}

/** The options after `-- schemagate:batch` on line `line` of `file`. */
export function parseBatchDirective(args: string, file: string, line: number): BatchOptions {
  const options: BatchOptions = { maxBatches: DEFAULT_MAX_BATCHES, pauseMs: 0, totalSql: null, line };
  const fail = (what: string) => configError(`${file}:${line}: ${what}`, { location: { file, line }, hint: BATCH_HINT });
  for (const word of args.split(/\s+/).filter(Boolean)) {
    const [key, value] = word.split('=', 2) as [string, string | undefined];
    if (key === 'max-batches') {
      if (!value || !/^[1-9]\d{0,8}$/.test(value)) throw fail(`max-batches must be a whole number from 1 to 999999999, not "${value ?? ''}"`);
      options.maxBatches = Number(value);
    } else if (key === 'pause') {
      const ms = value === undefined ? null : parseDuration(value);
      if (ms === null || ms > 60_000) throw fail(`pause must be a duration up to 60s such as 100ms or 2s, not "${value ?? ''}"`);
      options.pauseMs = ms;
    } else {
      throw fail(`unknown option "${key}" of schemagate:batch (known: max-batches, pause)`);
    }
  }
  return options;
}

/** The query of `-- schemagate:batch-total <query>`; it runs once, before the first batch. */
export function parseBatchTotal(args: string, file: string, line: number): string {
  const sql = args.trim().replace(/;\s*$/, '');
  if (!/^(select|with)\b/i.test(sql)) {
    throw configError(`${file}:${line}: schemagate:batch-total needs a query that returns the number of rows still to change`, {
      location: { file, line },
      hint: 'e.g. `-- schemagate:batch-total SELECT count(*) FROM users WHERE email_lower IS NULL` (one line; its first column of its first row is read).',
    });
  }
  return sql;
}

/** What a `WITH ...` statement goes on to do, after its common table expressions. */
const VERBS = new Set(['select', 'insert', 'update', 'delete', 'merge', 'values', 'table']);

/** Why this statement cannot be a batch, or null when it can. Reads tokens, never the database. */
export function batchStatementProblem(tokens: Iterable<Token>): string | null {
  let depth = 0;
  let first: string | null = null;
  let verb: string | null = null;
  let insertValues = false;
  let bounded = false;
  let selects = false;
  for (const token of tokens) {
    if (token.type === 'punct' || token.type === 'op') {
      if (token.raw === '(') depth++;
      else if (token.raw === ')') depth--;
      continue;
    }
    if (token.type !== 'word') continue;
    const word = token.raw.toLowerCase();
    if (word === 'limit' || word === 'fetch') bounded = true;
    if (word === 'select') selects = true;
    if (depth > 0) continue;
    if (first === null) {
      first = word;
      if (word !== 'with') verb = word;
    } else if (verb === null && VERBS.has(word)) verb = word;
    else if (verb === 'insert' && word === 'values') insertValues = true;
  }
  if (verb !== 'update' && verb !== 'delete' && verb !== 'insert') {
    return `its statement is ${verb ? `a ${verb.toUpperCase()} statement` : 'not a data change'}; a batch must be an UPDATE, DELETE or INSERT ... SELECT`;
  }
  if (verb === 'insert' && (insertValues || !selects)) return 'its INSERT has no SELECT; a batch must be an UPDATE, DELETE or INSERT ... SELECT';
  if (!bounded) return 'its statement has no LIMIT (or FETCH FIRST), so one execution would change every row at once';
  return null;
}

/** The file's statements fit a batch: exactly one, a bounded data change. */
export function checkBatchStatements(statements: RawStatement[], lex: (sql: string) => Iterable<Token>, file: string, options: BatchOptions): void {
  const example =
    'A batch is one statement that changes at most N rows per execution and only rows still to change, e.g.\n' +
    '  UPDATE users SET email_lower = lower(email) WHERE id IN (SELECT id FROM users WHERE email_lower IS NULL LIMIT 5000);';
  if (statements.length !== 1) {
    const line = statements[1]?.line ?? options.line;
    throw configError(`${file}:${line}: a schemagate:batch file must hold exactly one statement; it has ${statements.length}`, {
      location: { file, line },
      hint: `Move the other statements into their own migration. ${example}`,
    });
  }
  const [statement] = statements as [RawStatement];
  const problem = batchStatementProblem(lex(statement.sql));
  if (problem) {
    throw configError(`${file}:${statement.line}: schemagate:batch cannot run this file: ${problem}`, {
      location: { file, line: statement.line },
      hint: example,
    });
  }
}
