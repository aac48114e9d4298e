import type { PostgresParser } from './parser.js';
import { treeDigest } from './routine.js';

/**
 * A view's query in a form only its meaning changes: Postgres's own parse tree, canonicalised
 * and hashed. drizzle-kit records the query as the user's query builder wrote it
 * (`select "id" from "users" where "users"."role" in ('a', 'b')`); the catalog deparses it
 * (`SELECT users.id FROM users WHERE (users.role = ANY (ARRAY['a'::text, 'b'::text]))` on 15,
 * unqualified from 16 on). Read by the parser and then canonicalised as below, both fingerprint
 * the same, and a different column, predicate or relation does not:
 * - source positions are dropped;
 * - in a SELECT that reads one relation, a column's qualifier naming that relation is dropped
 *   (Postgres 15 writes it, 16+ do not);
 * - a cast the server adds to a constant (`'a'::text`, `'-1'::integer`) or to a column read as
 *   text (`(email)::text ~~ ...`) is dropped, and constants compare as their text (`-1` and
 *   `'-1'` are one constant); an explicit cast of a constant to another type is thus not seen;
 * - the rewritings the server applies are applied to both: `IN (list)` is `= ANY (ARRAY[...])`,
 *   `LIKE` is `~~`, `BETWEEN` is two comparisons, nested ANDs and ORs are flat, `ASC` and the
 *   default NULLS ordering are implied, a column's alias equal to its own name is implied, and
 *   the `public` schema is implied.
 * A query the parser refuses is compared as its text with whitespace collapsed.
 */

type Node = Record<string, unknown>;

const POSITION = /(?:^|_)(?:location|start|end|len)$/;

const isObject = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);
const stringOf = (node: unknown): string | undefined => (isObject(node) && isObject(node.String) ? (node.String.sval as string | undefined) ?? '' : undefined);

/** A constant as its text: `{ ival: {} }` (protobuf omits zero) is `0`, `'-1'` and `-1` are one. */
function constantText(constant: Node): Node {
  if (constant.isnull) return { A_Const: null };
  const [kind, value] = Object.entries(constant).find(([key]) => !POSITION.test(key)) ?? ['', {}];
  const inner = isObject(value) ? Object.values(value)[0] : undefined;
  const fallback: Record<string, string> = { ival: '0', boolval: 'false' };
  return { A_Const: inner === undefined ? (fallback[kind] ?? '') : String(inner) };
}

/** The qualifiers a column of this SELECT may drop: the one relation it reads, by alias or name. */
function ownRelation(select: Node): Set<string> {
  const from = select.fromClause;
  if (!Array.isArray(from) || from.length !== 1 || !isObject(from[0]) || !isObject(from[0].RangeVar)) return new Set();
  const relation = from[0].RangeVar;
  const alias = isObject(relation.alias) ? (relation.alias.aliasname as string | undefined) : undefined;
  return new Set([alias ?? (relation.relname as string)]);
}

/** The name Postgres gives a result column without an alias (FigureColname, for the common cases). */
function impliedName(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  if (isObject(value.ColumnRef)) return stringOf((value.ColumnRef.fields as unknown[]).at(-1));
  if (isObject(value.FuncCall)) return stringOf((value.FuncCall.funcname as unknown[]).at(-1));
  if (isObject(value.TypeCast)) return impliedName(value.TypeCast.arg);
  return undefined;
}

const ANY_FOR: Record<string, string> = { '=': 'AEXPR_OP_ANY', '<>': 'AEXPR_OP_ALL' };

/** One expression node rewritten as the server stores it, before its children are canonicalised. */
function rewrite(key: string, node: Node): [string, Node] {
  if (key === 'A_Expr') {
    const operator = stringOf((node.name as unknown[] | undefined)?.[0]) ?? '';
    if (node.kind === 'AEXPR_IN' && isObject(node.rexpr) && isObject(node.rexpr.List) && ANY_FOR[operator]) {
      return [key, { ...node, kind: ANY_FOR[operator], rexpr: { A_ArrayExpr: { elements: node.rexpr.List.items } } }];
    }
    if (node.kind === 'AEXPR_LIKE' || node.kind === 'AEXPR_ILIKE') return [key, { ...node, kind: 'AEXPR_OP' }];
    if ((node.kind === 'AEXPR_BETWEEN' || node.kind === 'AEXPR_NOT_BETWEEN') && isObject(node.rexpr) && isObject(node.rexpr.List)) {
      const [low, high] = node.rexpr.List.items as unknown[];
      const between = node.kind === 'AEXPR_BETWEEN';
      const compare = (op: string, bound: unknown) => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: op } }], lexpr: node.lexpr, rexpr: bound } });
      return ['BoolExpr', { boolop: between ? 'AND_EXPR' : 'OR_EXPR', args: [compare(between ? '>=' : '<', low), compare(between ? '<=' : '>', high)] }];
    }
  }
  if (key === 'BoolExpr' && node.boolop !== 'NOT_EXPR') {
    const args = (node.args as unknown[]).flatMap((arg) => (isObject(arg) && isObject(arg.BoolExpr) && arg.BoolExpr.boolop === node.boolop ? (rewrite('BoolExpr', arg.BoolExpr)[1].args as unknown[]) : [arg]));
    return [key, { ...node, args }];
  }
  if (key === 'SortBy') {
    const dir = node.sortby_dir === 'SORTBY_ASC' ? 'SORTBY_DEFAULT' : node.sortby_dir;
    const impliedNulls = (dir === 'SORTBY_DEFAULT' && node.sortby_nulls === 'SORTBY_NULLS_LAST') || (dir === 'SORTBY_DESC' && node.sortby_nulls === 'SORTBY_NULLS_FIRST');
    return [key, { ...node, sortby_dir: dir, sortby_nulls: impliedNulls ? 'SORTBY_NULLS_DEFAULT' : node.sortby_nulls }];
  }
  if (key === 'ResTarget' && node.name !== undefined && node.name === impliedName(node.val)) {
    const { name: _implied, ...rest } = node;
    return [key, rest];
  }
  if (key === 'RangeVar' && node.schemaname === 'public') {
    const { schemaname: _public, ...rest } = node;
    return [key, rest];
  }
  return [key, node];
}

/** Whether a cast is one the server adds: of a constant, or of a column read as text. */
function serverCast(cast: Node): boolean {
  const type = ((cast.typeName as Node | undefined)?.names as unknown[] | undefined)?.map(stringOf).join('.');
  return isObject(cast.arg) && (isObject(cast.arg.A_Const) || (isObject(cast.arg.ColumnRef) && (type === 'text' || type === 'pg_catalog.text')));
}

function canonical(value: unknown, qualifiers: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, qualifiers));
  if (!isObject(value)) return value;
  const entries = Object.entries(value).filter(([key]) => !POSITION.test(key));
  // A node is wrapped in its type's name: `{ "ColumnRef": { "fields": [...] } }`.
  if (entries.length === 1 && /^[A-Z]/.test(entries[0]![0])) {
    const [[key, inner]] = entries as [[string, unknown]];
    if (key === 'A_Const' && isObject(inner)) return constantText(inner);
    if (key === 'TypeCast' && isObject(inner) && serverCast(inner)) return canonical(inner.arg, qualifiers);
    if (key === 'ColumnRef' && isObject(inner)) {
      const fields = inner.fields as unknown[];
      const qualifier = fields.length > 1 ? stringOf(fields.at(-2)) : undefined;
      const own = qualifier !== undefined && qualifiers.has(qualifier) && (fields.length === 2 || stringOf(fields[0]) === 'public');
      return { ColumnRef: { fields: canonical(own ? fields.slice(-1) : fields, qualifiers) } };
    }
    if (key === 'SelectStmt' && isObject(inner)) return { SelectStmt: members(inner, ownRelation(inner)) };
    if (isObject(inner)) {
      const [name, node] = rewrite(key, inner);
      return { [name]: members(node, qualifiers) };
    }
  }
  return members(value, qualifiers);
}

/** A node's members canonicalised, its source positions dropped. */
function members(node: Node, qualifiers: Set<string>): Node {
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !POSITION.test(key))
      .map(([key, v]) => [key, canonical(v, qualifiers)]),
  );
}

/** The fingerprint of a view's query (`parse tree 1a2b...`), equal for equal meanings. */
export function viewQueryFingerprint(parser: PostgresParser, query: string): string {
  let tree: unknown;
  try {
    tree = canonical(parser.parse(query).stmts, new Set());
  } catch {
    tree = { text: query.replace(/\s+/g, ' ').trim().replace(/;$/, '') };
  }
  return treeDigest(tree);
}
