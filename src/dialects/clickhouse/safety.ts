import type { Token } from '../scan.js';
import { lexClickHouse } from './lexer.js';
import type { Migration } from '../../types.js';
import { toFinding, type Hit } from '../../safety/finding.js';
import { applyWaivers, fileWaivers, statementWaivers } from '../../safety/suppression.js';
import { TableTracker } from '../../safety/tables.js';
import type { AnalysisContext, Finding, MigrationAnalysis } from '../../safety/types.js';

/**
 * Safety rules for ClickHouse migrations, read from schemagate's own tokens (no ClickHouse parser
 * runs in Node). Only the statement's top level is read: a keyword inside parentheses or a
 * string never counts. Every ClickHouse migration runs statement by statement with no
 * transaction, which is why robustness (IF [NOT] EXISTS) matters in files of several statements.
 */
export function analyzeClickHouse(migration: Migration, context: AnalysisContext): Finding[] {
  return analyzeClickHouseMigration(migration, context).findings;
}

export function analyzeClickHouseMigration(migration: Migration, context: AnalysisContext): MigrationAnalysis {
  const scope = new Scope(context, migration.statements.length > 1);
  const findings: Finding[] = [];
  const wholeFile = fileWaivers(migration);
  for (const statement of migration.statements) {
    const words = topLevelTokens(statement.sql);
    // Each hit names the table as the statement does; a renamed target table is sized under its old name.
    const hits = scope.traced([...checkStatement(words, scope), ...checkCluster(words, scope), ...(scope.multiStatement ? notRobust(words, scope) : [])]);
    scope.track(words);
    const { waivers, problems } = statementWaivers(migration, statement);
    findings.push(...applyWaivers(hits.map((hit) => toFinding(migration, statement, hit)), [...waivers, ...wholeFile]));
    for (const problem of problems) findings.push({ ...toFinding(migration, statement, problem), line: problem.line });
  }
  return { findings, newTables: scope.newTables, newColumns: scope.newColumns, existingTables: scope.existingTables, tableOrigins: scope.tableOrigins };
}

// ---- tokens -----------------------------------------------------------------------------------

/** A top-level token: `upper` is the keyword spelling for bare words, null otherwise. */
interface Tok {
  token: Token;
  upper: string | null;
}

/** The statement's tokens outside parentheses and brackets (a `(...)` group is kept as its `(`). */
function topLevelTokens(sql: string): Tok[] {
  const out: Tok[] = [];
  let depth = 0;
  for (const token of lexClickHouse(sql, { lenient: true })) {
    const open = token.type === 'punct' && (token.value === '(' || token.value === '[');
    const close = token.type === 'punct' && (token.value === ')' || token.value === ']');
    if (depth === 0 && !close) out.push({ token, upper: token.type === 'word' ? token.value.toUpperCase() : null });
    if (open) depth++;
    else if (close && depth > 0) depth--;
  }
  return out;
}

/** Reads a name (`t`, `db.t`, quoted or not) at `i`. */
function readName(toks: Tok[], i: number): { database: string | null; name: string; next: number } | null {
  const isName = (t: Tok | undefined) => t !== undefined && (t.token.type === 'word' || t.token.type === 'quoted');
  const first = toks[i];
  if (!isName(first)) return null;
  const dot = toks[i + 1];
  if (dot?.token.type === 'punct' && dot.token.value === '.' && isName(toks[i + 2])) {
    return { database: first!.token.value, name: toks[i + 2]!.token.value, next: i + 3 };
  }
  return { database: null, name: first!.token.value, next: i + 1 };
}

/** Whether the words at `i` spell `words` (upper case). */
function wordsAt(toks: Tok[], i: number, ...words: string[]): boolean {
  return words.every((word, k) => toks[i + k]?.upper === word);
}

/** Index of the first token at or after `i` that is not one of `skip` (TEMPORARY, OR REPLACE...). */
function skipWords(toks: Tok[], i: number, skip: readonly string[]): number {
  while (toks[i]?.upper && skip.includes(toks[i]!.upper!)) i++;
  return i;
}

/** Splits top-level tokens from `from` at commas: the clauses of an ALTER TABLE. */
function clauses(toks: Tok[], from: number): Tok[][] {
  const out: Tok[][] = [[]];
  for (const tok of toks.slice(from)) {
    if (tok.token.type === 'punct' && tok.token.value === ',') out.push([]);
    else out.at(-1)!.push(tok);
  }
  return out.filter((clause) => clause.length > 0);
}

// ---- which tables are new ---------------------------------------------------------------------

interface Target {
  /** Index just after the object's name (and its ON CLUSTER clause). */
  next: number;
  table: string;
  ifClause: boolean;
}

/** The tables the statements so far have created, moved (RENAME, EXCHANGE) or added columns to. */
class Scope extends TableTracker {
  private readonly defaultDatabase: string;
  /** Whether this migration's ON CLUSTER was already said to need `cluster` (once per migration). */
  clusterUnsetSaid = false;

  constructor(
    context: AnalysisContext,
    readonly multiStatement: boolean,
  ) {
    super(context);
    this.defaultDatabase = context.defaultSchema ?? 'default';
  }

  key(database: string | null, name: string): string {
    return `${database ?? this.defaultDatabase}.${name}`;
  }


  /** Reads `[IF [NOT] EXISTS] name [ON CLUSTER c]` at `i`. */
  target(toks: Tok[], i: number): Target | null {
    let at = i;
    let ifClause = false;
    if (wordsAt(toks, at, 'IF', 'NOT', 'EXISTS')) {
      at += 3;
      ifClause = true;
    } else if (wordsAt(toks, at, 'IF', 'EXISTS')) {
      at += 2;
      ifClause = true;
    }
    const name = readName(toks, at);
    if (!name) return null;
    let next = name.next;
    if (wordsAt(toks, next, 'ON', 'CLUSTER')) next += 3;
    return { next, table: this.key(name.database, name.name), ifClause };
  }

  track(toks: Tok[]): void {
    const head = toks[0]?.upper;
    if (head === 'CREATE') {
      const kind = skipWords(toks, 1, ['OR', 'REPLACE', 'TEMPORARY']);
      const object = toks[kind]?.upper;
      const isTable = object === 'TABLE' || (object === 'MATERIALIZED' && toks[kind + 1]?.upper === 'VIEW');
      const target = isTable ? this.target(toks, kind + (object === 'TABLE' ? 1 : 2)) : null;
      // CREATE TABLE IF NOT EXISTS over an existing table keeps the old table and its rows.
      if (target && !(target.ifClause && this.existingTables.has(target.table))) this.newTables.add(target.table);
    } else if (head === 'DROP' && toks[1]?.upper === 'TABLE') {
      const target = this.target(toks, 2);
      if (target) this.newTables.delete(target.table);
    } else if (head === 'RENAME' && toks[1]?.upper === 'TABLE') {
      for (const [from, to] of renamePairs(toks, 2, this)) this.moved(from, to);
    } else if (head === 'EXCHANGE' && toks[1]?.upper === 'TABLES') {
      this.exchanged(toks);
    } else if (head === 'ALTER' && toks[1]?.upper === 'TABLE') {
      this.addedColumns(toks);
    }
  }

  /** EXCHANGE TABLES a AND b: each name now holds the other's rows. */
  private exchanged(toks: Tok[]): void {
    const a = readName(toks, 2);
    const b = a && toks[a.next]?.upper === 'AND' ? readName(toks, a.next + 1) : null;
    if (!a || !b) return;
    const [x, y] = [this.key(a.database, a.name), this.key(b.database, b.name)];
    const swap = (set: Set<string>) => {
      const [hasX, hasY] = [set.has(x), set.has(y)];
      set.delete(x);
      set.delete(y);
      if (hasX) set.add(y);
      if (hasY) set.add(x);
      return set;
    };
    swap(this.newTables);
    this.existingTables = swap(new Set(this.existingTables));
  }

  private addedColumns(toks: Tok[]): void {
    const target = this.target(toks, 2);
    if (!target || !this.holdsRows(target.table)) return;
    for (const clause of clauses(toks, target.next)) {
      if (clause[0]?.upper !== 'ADD' || clause[1]?.upper !== 'COLUMN') continue;
      const name = clause[wordsAt(clause, 2, 'IF', 'NOT', 'EXISTS') ? 5 : 2];
      if (name) this.newColumns.add(`${target.table}.${name.token.value}`);
    }
  }
}

function renamePairs(toks: Tok[], from: number, scope: Scope): Array<[string, string]> {
  return clauses(toks, from).flatMap((clause): Array<[string, string]> => {
    const a = readName(clause, 0);
    if (!a || clause[a.next]?.upper !== 'TO') return [];
    const b = readName(clause, a.next + 1);
    return b ? [[scope.key(a.database, a.name), scope.key(b.database, b.name)]] : [];
  });
}

// ---- rules ------------------------------------------------------------------------------------

const offsetOf = (tok: Tok | undefined) => (tok ? { offset: tok.token.start } : {});

function checkStatement(toks: Tok[], scope: Scope): Hit[] {
  switch (toks[0]?.upper) {
    case 'ALTER':
      return toks[1]?.upper === 'TABLE' ? alterTable(toks, scope) : [];
    case 'DELETE':
    case 'UPDATE':
      return lightweightMutation(toks, scope);
    case 'CREATE':
      return create(toks, scope);
    case 'DROP':
      return drop(toks, scope);
    case 'TRUNCATE': {
      const target = scope.target(toks, skipWords(toks, 1, ['TEMPORARY', 'TABLE']));
      if (!target || !scope.holdsRows(target.table)) return [];
      return [{ rule: 'ban-truncate', table: target.table, message: `TRUNCATE ${target.table} deletes every row.` }];
    }
    case 'DETACH': {
      const object = toks[1]?.upper ?? '';
      return [{ rule: 'ban-detach', message: `DETACH ${object} makes it invisible to every query until it is attached again.` }];
    }
    default:
      return [];
  }
}

function alterTable(toks: Tok[], scope: Scope): Hit[] {
  const target = scope.target(toks, 2);
  if (!target) return [];
  const { table } = target;
  const hits: Hit[] = [];
  for (const clause of clauses(toks, target.next)) {
    const hit = alterClause(clause, table, scope.holdsRows(table) && !droppingNewColumn(clause, table, scope));
    if (hit) hits.push({ ...offsetOf(clause[0]), table, ...hit });
  }
  return hits;
}

/** DROP COLUMN of a column an earlier pending statement added: it holds nothing yet. */
function droppingNewColumn(clause: Tok[], table: string, scope: Scope): boolean {
  if (clause[0]?.upper !== 'DROP' || clause[1]?.upper !== 'COLUMN') return false;
  const name = clause[wordsAt(clause, 2, 'IF', 'EXISTS') ? 4 : 2];
  return name !== undefined && scope.newColumns.has(`${table}.${name.token.value}`);
}

/** The finding for one ALTER TABLE clause, if any. New tables are empty: mutating them is free. */
function alterClause(clause: Tok[], table: string, existing: boolean): Hit | null {
  const [first, second] = [clause[0]?.upper, clause[1]?.upper];
  // DETACH hides data whether or not the table is new, but a new table holds none.
  if (!existing) return null;
  if (first === 'UPDATE' || first === 'DELETE' || (first === 'CLEAR' && (second === 'COLUMN' || second === 'INDEX' || second === 'PROJECTION'))) {
    return { rule: 'clickhouse-mutation', message: `ALTER TABLE ${table} ${first}${first === 'CLEAR' ? ` ${second}` : ''} is a mutation: it rewrites every part it touches, in the background, and cannot be rolled back.` };
  }
  if (first === 'MATERIALIZE') {
    return { rule: 'clickhouse-materialize', message: `MATERIALIZE ${second ?? ''} on ${table} is a mutation that rewrites every existing part.` };
  }
  if (first === 'MODIFY' && second === 'COLUMN' && modifiesType(clause)) {
    return { rule: 'changing-column-type', message: `MODIFY COLUMN with a type on ${table} starts a mutation that rewrites the column in every part.` };
  }
  if (first === 'DROP' && second === 'COLUMN') {
    return { rule: 'ban-drop-column', message: `DROP COLUMN on ${table} destroys the column's data; queries still selecting it fail.` };
  }
  if (first === 'DETACH') {
    return { rule: 'ban-detach', message: `DETACH ${second ?? ''} on ${table} makes that data invisible to queries until it is attached again.` };
  }
  return null;
}

/** Words that may follow the column name in MODIFY COLUMN when no type is given. */
const NOT_A_TYPE = new Set(['DEFAULT', 'MATERIALIZED', 'ALIAS', 'EPHEMERAL', 'COMMENT', 'CODEC', 'TTL', 'REMOVE', 'MODIFY', 'RESET', 'SETTINGS', 'FIRST', 'AFTER']);

function modifiesType(clause: Tok[]): boolean {
  let i = 2;
  if (wordsAt(clause, i, 'IF', 'EXISTS')) i += 2;
  const next = clause[i + 1];
  return next !== undefined && next.token.type === 'word' && !NOT_A_TYPE.has(next.upper!);
}

/** Lightweight DELETE FROM / UPDATE ... SET are still mutations (a mask or patch over every part). */
function lightweightMutation(toks: Tok[], scope: Scope): Hit[] {
  const name = readName(toks, toks[0]?.upper === 'DELETE' ? 2 : 1);
  if (!name) return [];
  const table = scope.key(name.database, name.name);
  if (!scope.holdsRows(table)) return [];
  return [{ rule: 'clickhouse-mutation', table, message: `${toks[0]!.upper} on ${table} runs as a mutation over every part and cannot be rolled back.` }];
}

function create(toks: Tok[], scope: Scope): Hit[] {
  const kind = skipWords(toks, 1, ['OR', 'REPLACE']);
  if (!wordsAt(toks, kind, 'MATERIALIZED', 'VIEW')) return [];
  const populate = toks.find((tok) => tok.upper === 'POPULATE');
  if (!populate) return [];
  // Rows are lost only where rows arrive during the copy: not into a table that holds none yet.
  const from = toks.findIndex((tok, i) => i > toks.indexOf(populate) && tok.upper === 'FROM');
  const source = from >= 0 ? readName(toks, from + 1) : null;
  if (source && !scope.holdsRows(scope.key(source.database, source.name))) return [];
  return [{ rule: 'materialized-view-populate', ...offsetOf(populate), message: 'POPULATE copies the existing rows and loses every row inserted during the copy.' }];
}

function drop(toks: Tok[], scope: Scope): Hit[] {
  const object = skipWords(toks, 1, ['TEMPORARY']);
  if (toks[object]?.upper === 'DATABASE') {
    const name = readName(toks, wordsAt(toks, object + 1, 'IF', 'EXISTS') ? object + 3 : object + 1);
    return [{ rule: 'ban-drop-database', message: `DROP DATABASE ${name?.name ?? ''} destroys every table in it.` }];
  }
  const kind = toks[object]?.upper;
  if (kind !== 'TABLE' && kind !== 'VIEW') return [];
  const target = scope.target(toks, object + 1);
  if (!target || !scope.holdsRows(target.table) || scope.context.rowlessTables?.has(target.table)) return [];
  if (kind === 'TABLE') return [{ rule: 'ban-drop-table', table: target.table, message: `DROP TABLE ${target.table} destroys its data.` }];
  // DROP VIEW drops a materialized view's own rows with it; only the target's catalog tells a view that stores rows from one that does not.
  if (!scope.context.catalogKnown) return [];
  return [{ rule: 'ban-drop-table', table: target.table, message: `DROP VIEW ${target.table} drops a materialized view and the rows it stores (it writes to no TO table).` }];
}

// ---- cluster ----------------------------------------------------------------------------------

const DDL = new Set(['CREATE', 'ALTER', 'DROP', 'RENAME', 'TRUNCATE', 'DETACH', 'ATTACH', 'EXCHANGE']);

/** With a configured cluster, every DDL statement must say ON CLUSTER <it>, and MergeTree tables must replicate. */
function checkCluster(toks: Tok[], scope: Scope): Hit[] {
  const cluster = scope.context.cluster;
  if (!DDL.has(toks[0]?.upper ?? '')) return [];
  const hits: Hit[] = [];
  const on = toks.findIndex((tok, i) => tok.upper === 'ON' && toks[i + 1]?.upper === 'CLUSTER');
  const named = on >= 0 ? toks[on + 2]?.token.value : undefined;
  if (cluster === undefined) {
    // The migrations run across a cluster; the journal and lock, without `cluster`, on one node.
    if (on < 0 || scope.clusterUnsetSaid) return [];
    scope.clusterUnsetSaid = true;
    return [{ rule: 'cluster-not-configured', ...offsetOf(toks[on]), message: `ON CLUSTER ${named ?? ''} runs this migration across a cluster, but \`cluster\` is not set: schemagate's journal and lock live on the node it connects to only.` }];
  }
  if (on < 0) {
    hits.push({ rule: 'on-cluster-mismatch', message: `This DDL has no ON CLUSTER, so it runs only on the node schemagate connects to, not across cluster ${cluster}.` });
  } else if (named !== cluster) {
    hits.push({ rule: 'on-cluster-mismatch', ...offsetOf(toks[on]), message: `ON CLUSTER ${named ?? ''} disagrees with the configured cluster ${cluster}.` });
  }
  const engine = engineName(toks);
  if (toks[0]?.upper === 'CREATE' && engine && /MergeTree$/.test(engine) && !/^(Replicated|Shared)/.test(engine)) {
    hits.push({ rule: 'replicated-engine-required', ...offsetOf(toks.find((tok) => tok.upper === 'ENGINE')), message: `ENGINE = ${engine} keeps separate, unreplicated data on each node of cluster ${cluster}.` });
  }
  return hits;
}

function engineName(toks: Tok[]): string | undefined {
  const at = toks.findIndex((tok) => tok.upper === 'ENGINE');
  if (at < 0) return undefined;
  const name = toks[at + 1]?.token.value === '=' ? toks[at + 2] : toks[at + 1];
  return name?.token.type === 'word' ? name.token.value : undefined;
}

// ---- robustness -------------------------------------------------------------------------------

/** ALTER clauses that accept IF [NOT] EXISTS, by their first two words. */
const GUARDABLE_ALTER = new Map([
  ['ADD COLUMN', 'IF NOT EXISTS'], ['ADD INDEX', 'IF NOT EXISTS'], ['ADD PROJECTION', 'IF NOT EXISTS'], ['ADD CONSTRAINT', 'IF NOT EXISTS'],
  ['DROP COLUMN', 'IF EXISTS'], ['DROP INDEX', 'IF EXISTS'], ['DROP PROJECTION', 'IF EXISTS'], ['DROP CONSTRAINT', 'IF EXISTS'],
  ['MODIFY COLUMN', 'IF EXISTS'], ['RENAME COLUMN', 'IF EXISTS'], ['COMMENT COLUMN', 'IF EXISTS'],
]);

/** In a file of several statements, a resume after a failure re-runs what already happened. */
function notRobust(toks: Tok[], scope: Scope): Hit[] {
  const hit = (what: string, guard: string, at?: Tok): Hit => ({
    rule: 'prefer-robust-stmts',
    ...offsetOf(at),
    message: `${what} without ${guard} in a file of several statements: if the run is cut off while this statement runs (connection lost, runner stopped), it may have happened, and resuming runs it again, which then fails.`,
  });
  const head = toks[0]?.upper;
  if (head === 'CREATE') {
    const kind = skipWords(toks, 1, ['TEMPORARY']);
    if (toks[kind]?.upper === 'OR') return []; // CREATE OR REPLACE is repeatable by nature.
    const object = wordsAt(toks, kind, 'MATERIALIZED', 'VIEW') ? 'MATERIALIZED VIEW' : (toks[kind]?.upper ?? '');
    const afterObject = kind + object.split(' ').length;
    if (['TABLE', 'VIEW', 'MATERIALIZED VIEW', 'DATABASE', 'DICTIONARY'].includes(object) && !wordsAt(toks, afterObject, 'IF', 'NOT', 'EXISTS')) {
      return [hit(`CREATE ${object}`, 'IF NOT EXISTS')];
    }
    return [];
  }
  if (head === 'DROP') {
    const kind = skipWords(toks, 1, ['TEMPORARY']);
    const object = toks[kind]?.upper ?? '';
    if (['TABLE', 'VIEW', 'DATABASE', 'DICTIONARY'].includes(object) && !wordsAt(toks, kind + 1, 'IF', 'EXISTS')) return [hit(`DROP ${object}`, 'IF EXISTS')];
    return [];
  }
  if (head === 'ALTER' && toks[1]?.upper === 'TABLE') {
    const target = scope.target(toks, 2);
    if (!target) return [];
    return clauses(toks, target.next).flatMap((clause) => {
      const what = `${clause[0]?.upper ?? ''} ${clause[1]?.upper ?? ''}`;
      const guard = GUARDABLE_ALTER.get(what);
      if (!guard || wordsAt(clause, 2, ...guard.split(' '))) return [];
      return [hit(what, guard, clause[0])];
    });
  }
  return [];
}
