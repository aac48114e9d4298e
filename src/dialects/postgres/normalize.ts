import type { ForeignKeyFacts, IndexFacts, PolicyFacts, SchemaSpelling, SequenceFacts, TableRef, UniqueFacts } from '../dialect.js';
import { lexPostgres } from './lexer.js';
import { loadPostgresParser } from './parser.js';
import { viewQueryFingerprint } from './view-query.js';

/**
 * Postgres type and default spellings, normalised to the names drizzle-kit writes in its
 * snapshots, so a live column (from `format_type`) and an expected one compare as equal text.
 */

const LONG_NAMES: Array<[RegExp, string]> = [
  [/^character varying\b/, 'varchar'],
  [/^character\b/, 'char'],
  [/^timestamp(\(\d+\))? without time zone$/, 'timestamp$1'],
  [/^time(\(\d+\))? without time zone$/, 'time$1'],
  [/^bit varying\b/, 'varbit'],
  [/^int4$/, 'integer'],
  [/^int8$/, 'bigint'],
  [/^int2$/, 'smallint'],
  [/^int$/, 'integer'],
  [/^bool$/, 'boolean'],
  [/^float8$/, 'double precision'],
  [/^float4$/, 'real'],
  [/^timestamptz(\(\d+\))?$/, 'timestamp$1 with time zone'],
];

export function normalizePgType(raw: string): string {
  let type = raw.trim().toLowerCase().replace(/"/g, '');
  const arrayDims = type.match(/(\[\])+$/)?.[0] ?? '';
  type = type.slice(0, type.length - arrayDims.length).trim();
  type = type.replace(/\s*\(\s*/g, '(').replace(/\s*,\s*/g, ',').replace(/\s*\)/g, ')');
  type = type.replace(/^public\./, '');
  for (const [pattern, replacement] of LONG_NAMES) {
    if (pattern.test(type)) {
      type = type.replace(pattern, replacement);
      break;
    }
  }
  return type + arrayDims;
}

const SERIALS: Record<string, string> = { integer: 'serial', bigint: 'bigserial', smallint: 'smallserial' };

/** `integer DEFAULT nextval(...)` is how a `serial` column looks once created (the caller checks the column owns the sequence). */
export function serialType(type: string, defaultExpression: string | null): string | null {
  if (!defaultExpression || !/^nextval\(/i.test(defaultExpression)) return null;
  return SERIALS[type] ?? null;
}

/**
 * Defaults come back from the catalog with casts (`'x'::text`, `'{}'::jsonb`) that drizzle
 * snapshots omit or keep; comparing literals without their casts avoids false drift. Literals
 * that Postgres re-spells are brought to one form: numbers as Postgres prints constants, jsonb
 * as jsonb prints itself, array literals with only the quotes they need.
 */
export function normalizePgDefault(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  // A sequence's name, as written (drizzle) and as the catalog prints it (`'s'::regclass`).
  let text = String(raw).trim().replace(/^nextval\(('(?:[^']|'')*')::regclass\)$/i, 'nextval($1)');
  const casts: string[] = [];
  for (;;) {
    const unwrapped = text.replace(/^\((.*)\)$/s, '$1');
    const match = /^('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false|null)::([\w\s."[\]()]+)$/i.exec(unwrapped);
    const uncast = match ? match[1]! : unwrapped;
    if (match) casts.push(match[2]!.trim().toLowerCase());
    if (uncast === text) break;
    text = uncast;
  }
  text = text.replace(/^(true|false|null)$/i, (word) => word.toLowerCase());
  const quoted = /^'((?:[^']|'')*)'$/s.exec(text);
  if (!quoted) return normalizeNumber(text);
  const content = quoted[1]!.replace(/''/g, "'");
  if (NUMBER.test(content) && !content.startsWith('-') && /[.e]/i.test(content)) return content;
  const respelled = casts.includes('jsonb') ? jsonbText(content) : pgArrayText(content);
  return respelled === null ? text : `'${respelled.replace(/'/g, "''")}'`;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const INT4_MAX = 2147483647n;

/**
 * Postgres prints a numeric constant bare only when it reads back as the same constant: a
 * non-negative int4, or a non-negative decimal; others come back quoted (`'-1'::integer`,
 * `'5000000000'::bigint`). A snapshot's bare `-1` is therefore the catalog's `'-1'`, and a
 * quoted `'0.00'` the catalog's `0.00`.
 */
function normalizeNumber(text: string): string {
  if (!NUMBER.test(text)) return text;
  const negative = text.startsWith('-');
  const integer = !/[.e]/i.test(text);
  return negative || (integer && BigInt(text) > INT4_MAX) ? `'${text}'` : text;
}

/** jsonb's own output: keys ordered by length then bytes, last duplicate wins, `", "` and `": "`. */
function jsonbText(content: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return null;
  }
  const render = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(render).join(', ')}]`;
    if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v).sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
      return `{${keys.map((k) => `${JSON.stringify(k)}: ${render((v as Record<string, unknown>)[k])}`).join(', ')}}`;
    }
    return JSON.stringify(v);
  };
  return render(value);
}

/**
 * An array literal as Postgres prints it: elements quoted only when they must be (drizzle-kit
 * writes `'{"x","y"}'`, the catalog returns `'{x,y}'`). Null when the text is not an array literal.
 */
function pgArrayText(content: string): string | null {
  if (!content.startsWith('{') || !content.endsWith('}')) return null;
  let i = 0;
  const parse = (): string | null => {
    // at '{'
    i++;
    const items: string[] = [];
    if (content[i] === '}') {
      i++;
      return '{}';
    }
    for (;;) {
      while (content[i] === ' ') i++;
      let item: string;
      if (content[i] === '{') {
        const inner = parse();
        if (inner === null) return null;
        item = inner;
      } else if (content[i] === '"') {
        let value = '';
        i++;
        while (i < content.length && content[i] !== '"') {
          if (content[i] === '\\') i++;
          value += content[i] ?? '';
          i++;
        }
        if (content[i] !== '"') return null;
        i++;
        item = /^[^\s{},"\\]+$/.test(value) && value.toLowerCase() !== 'null' ? value : `"${value.replace(/["\\]/g, '\\$&')}"`;
      } else {
        const start = i;
        while (i < content.length && !',}'.includes(content[i]!)) i++;
        item = content.slice(start, i).trim();
        if (item === '' || /["{\\]/.test(item)) return null;
      }
      items.push(item);
      while (content[i] === ' ') i++;
      if (content[i] === ',') {
        i++;
        continue;
      }
      if (content[i] === '}') {
        i++;
        return `{${items.join(',')}}`;
      }
      return null;
    }
  };
  const result = parse();
  return result !== null && i === content.length ? result : null;
}

// ---- expressions, indexes, constraints, enums ----------------------------------------------

/** Postgres keeps the first 63 bytes of an identifier (NAMEDATALEN - 1); drizzle-kit writes the full name. */
export function pgName(name: string): string {
  if (Buffer.byteLength(name) <= 63) return name;
  let kept = '';
  for (const char of name) {
    if (Buffer.byteLength(kept + char) > 63) break;
    kept += char;
  }
  return kept;
}

type TokenType = 'word' | 'quoted' | 'string' | 'number' | 'op' | 'punct';
interface Token {
  type: TokenType;
  /** Words lowercased; quoted identifiers and string literals without their quotes. */
  text: string;
}

/** The Postgres lexer's tokens as the normaliser compares them (`;` carries no meaning here). */
function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  for (const token of lexPostgres(sql, { lenient: true })) {
    if (token.type === 'punct' && token.raw === ';') continue;
    const type = token.type === 'param' ? 'op' : token.type;
    const text = type === 'word' || type === 'number' ? token.raw.toLowerCase() : token.value;
    tokens.push({ type, text });
  }
  return tokens;
}

const is = (token: Token | undefined, type: TokenType, text?: string) => token?.type === type && (text === undefined || token.text === text);
const isName = (token: Token | undefined) => token?.type === 'word' || token?.type === 'quoted';

/** Index of the bracket closing the one at `open` (`(` or `[`), or -1. */
function closing(tokens: Token[], open: number): number {
  const [o, c] = tokens[open]!.text === '[' ? ['[', ']'] : ['(', ')'];
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (is(tokens[i], 'punct', o)) depth++;
    else if (is(tokens[i], 'punct', c) && --depth === 0) return i;
  }
  return -1;
}

/** Words that are SQL syntax, not names: printed upper case; a `(` after one groups. */
const KEYWORDS = new Set([
  'and', 'or', 'not', 'is', 'null', 'in', 'like', 'ilike', 'similar', 'between', 'symmetric', 'case', 'when', 'then',
  'else', 'end', 'distinct', 'from', 'any', 'some', 'all', 'array', 'exists', 'collate', 'escape', 'isnull', 'notnull',
]);
/** After these a `(` opens a list or a subquery, not a group. */
const LIST_KEYWORDS = new Set(['in', 'any', 'some', 'all', 'exists', 'array']);
/** Words after which a `-` is a sign and `(` is not a call. */
const isKeyword = (token: Token | undefined) => token?.type === 'word' && KEYWORDS.has(token.text);
/** The token ends an operand: a following `-` is binary. */
const endsOperand = (token: Token | undefined) =>
  token !== undefined && (token.type === 'quoted' || token.type === 'string' || token.type === 'number' || is(token, 'punct', ')') || is(token, 'punct', ']') || (token.type === 'word' && !KEYWORDS.has(token.text)));

/** Type names that can precede a string literal to type it. */
const TYPED_LITERALS = new Set([
  'interval', 'date', 'time', 'timestamp', 'timestamptz', 'numeric', 'decimal', 'integer', 'int', 'int2', 'int4', 'int8',
  'bigint', 'smallint', 'text', 'varchar', 'char', 'boolean', 'bool', 'json', 'jsonb', 'uuid', 'real', 'float4', 'float8', 'inet', 'bytea',
]);

/** Multi-word type names as the catalog prints them after `::`. */
function typeEnd(tokens: Token[], start: number): number {
  let i = start;
  if (!isName(tokens[i])) return start;
  const first = tokens[i]!.text;
  i++;
  while (is(tokens[i], 'punct', '.') && isName(tokens[i + 1])) i += 2;
  if (['character', 'char', 'bit', 'national'].includes(first) && is(tokens[i], 'word', 'varying')) i++;
  if (first === 'double' && is(tokens[i], 'word', 'precision')) i++;
  if (is(tokens[i], 'punct', '(')) {
    const end = closing(tokens, i);
    if (end > 0) i = end + 1;
  }
  if ((first === 'timestamp' || first === 'time') && (is(tokens[i], 'word', 'with') || is(tokens[i], 'word', 'without')) && is(tokens[i + 1], 'word', 'time') && is(tokens[i + 2], 'word', 'zone')) i += 3;
  while (is(tokens[i], 'punct', '[')) {
    const end = closing(tokens, i);
    if (end < 0) break;
    i = end + 1;
  }
  return i;
}

/** `x BETWEEN a AND b` operand before `between`: one token, or a call `f(...)`. Returns its start or -1. */
function operandStart(tokens: Token[], end: number): number {
  const last = tokens[end];
  if (!last) return -1;
  if (is(last, 'punct', ')')) {
    let depth = 0;
    for (let i = end; i >= 0; i--) {
      if (is(tokens[i], 'punct', ')')) depth++;
      else if (is(tokens[i], 'punct', '(') && --depth === 0) return isName(tokens[i - 1]) && !isKeyword(tokens[i - 1]) ? i - 1 : i;
    }
    return -1;
  }
  return endsOperand(last) ? end : -1;
}
const isValue = (token: Token | undefined) => token !== undefined && (token.type === 'number' || token.type === 'string' || token.type === 'quoted' || (token.type === 'word' && !KEYWORDS.has(token.text)));

/**
 * A check constraint's or an index's expression in one canonical spelling, so that what a
 * drizzle snapshot states (as written: `"users"."score" >= 0 AND "users"."score" <= 100`) and
 * what the catalog deparses (`score >= 0 AND score <= 100`, casts added, `IN` as `= ANY (ARRAY[...])`,
 * `BETWEEN` expanded, `LIKE` as `~~`) compare as equal text on every server version:
 *
 * - quoted identifiers lose their quotes, unquoted words are lower case (SQL keywords upper case);
 * - the table's own name (and schema) in front of a column is dropped;
 * - casts (`::type`, `CAST(x AS type)`) are dropped;
 * - `= ANY (ARRAY[...])` becomes `IN (...)`, `<> ALL (ARRAY[...])` `NOT IN (...)`;
 * - `LIKE`, `ILIKE`, `NOT LIKE`, `NOT ILIKE`, `!=` become the operators the catalog prints;
 * - `x BETWEEN a AND b` (single values) becomes `x >= a AND x <= b`, as the parser rewrites it;
 * - a quoted number is a number, and a sign joins its number;
 * - grouping parentheses are dropped (call and list parentheses stay).
 *
 * The last rule makes a change of grouping alone (`(a OR b) AND c` against `a OR (b AND c)`)
 * invisible; the catalog adds and drops such parentheses freely between versions.
 */
export function normalizePgExpression(text: string, table: TableRef): string {
  let tokens = tokenize(text);

  // The table's own qualifier: `"users"."score"`, `"public"."users"."score"`.
  tokens = tokens.filter((_, i) => {
    const t = tokens;
    const qualifies = (at: number) => isName(t[at]) && t[at]!.text === table.name && is(t[at + 1], 'punct', '.') && isName(t[at + 2]) && !is(t[at - 1], 'punct', '.');
    const qualifiesSchema = (at: number) => isName(t[at]) && t[at]!.text === table.schema && is(t[at + 1], 'punct', '.') && isName(t[at + 2]) && t[at + 2]!.text === table.name && is(t[at + 3], 'punct', '.') && isName(t[at + 4]);
    if (qualifies(i) || qualifies(i - 1)) return false;
    if (qualifiesSchema(i) || qualifiesSchema(i - 1) || qualifiesSchema(i - 2) || qualifiesSchema(i - 3)) return false;
    return true;
  });

  // Casts, and typed literals (`interval '1 day'`, which the catalog prints `'1 day'::interval`).
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type === 'word' && TYPED_LITERALS.has(tokens[i]!.text) && is(tokens[i + 1], 'string') && !is(tokens[i - 1], 'punct', '.')) {
      tokens.splice(i, 1);
      i--;
    } else if (is(tokens[i], 'punct', '::')) {
      tokens.splice(i, typeEnd(tokens, i + 1) - i);
      i--;
    } else if (is(tokens[i], 'word', 'cast') && is(tokens[i + 1], 'punct', '(')) {
      const end = closing(tokens, i + 1);
      let as = -1;
      for (let j = i + 2, depth = 0; j < end; j++) {
        if (is(tokens[j], 'punct', '(')) depth++;
        else if (is(tokens[j], 'punct', ')')) depth--;
        else if (depth === 0 && is(tokens[j], 'word', 'as')) as = j;
      }
      if (end > 0 && as > 0) {
        tokens.splice(as, end - as);
        tokens.splice(i, 1);
        i--;
      }
    }
  }

  // Operators the catalog spells differently.
  const spelled: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (is(t, 'word', 'not') && (is(next, 'word', 'like') || is(next, 'word', 'ilike'))) {
      spelled.push({ type: 'op', text: next!.text === 'like' ? '!~~' : '!~~*' });
      i++;
    } else if (is(t, 'word', 'like')) spelled.push({ type: 'op', text: '~~' });
    else if (is(t, 'word', 'ilike')) spelled.push({ type: 'op', text: '~~*' });
    else if (is(t, 'op', '!=')) spelled.push({ type: 'op', text: '<>' });
    else spelled.push(t);
  }
  tokens = spelled;

  // `= ANY (ARRAY[...])` -> `IN (...)`, `<> ALL (ARRAY[...])` -> `NOT IN (...)`.
  for (let i = 0; i < tokens.length; i++) {
    const any = is(tokens[i], 'op', '=') && is(tokens[i + 1], 'word', 'any');
    const all = is(tokens[i], 'op', '<>') && is(tokens[i + 1], 'word', 'all');
    if (!(any || all) || !is(tokens[i + 2], 'punct', '(') || !is(tokens[i + 3], 'word', 'array') || !is(tokens[i + 4], 'punct', '[')) continue;
    const close = closing(tokens, i + 4);
    if (close < 0 || !is(tokens[close + 1], 'punct', ')') || closing(tokens, i + 2) !== close + 1) continue;
    const items = tokens.slice(i + 5, close);
    const replacement: Token[] = [...(all ? [{ type: 'word' as const, text: 'not' }] : []), { type: 'word', text: 'in' }, { type: 'punct', text: '(' }, ...items, { type: 'punct', text: ')' }];
    tokens.splice(i, close + 2 - i, ...replacement);
  }

  // Numbers: quoted ones (`'-1'::integer`) and signed ones (`-1`) are one number token.
  const numbers: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'string' && /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(t.text)) numbers.push({ type: 'number', text: t.text.toLowerCase() });
    else if (is(t, 'op', '-') && is(tokens[i + 1], 'number') && !endsOperand(numbers[numbers.length - 1])) {
      numbers.push({ type: 'number', text: `-${tokens[i + 1]!.text}` });
      i++;
    } else numbers.push(t);
  }
  tokens = numbers;

  // `x [NOT] BETWEEN a AND b`, as the parser rewrites it.
  for (let i = 0; i < tokens.length; i++) {
    if (!is(tokens[i], 'word', 'between') || !isValue(tokens[i + 1]) || !is(tokens[i + 2], 'word', 'and') || !isValue(tokens[i + 3])) continue;
    const negated = is(tokens[i - 1], 'word', 'not');
    const end = negated ? i - 2 : i - 1;
    const start = operandStart(tokens, end);
    if (start < 0) continue;
    const x = tokens.slice(start, end + 1);
    const [low, high] = [tokens[i + 1]!, tokens[i + 3]!];
    const rewritten: Token[] = negated
      ? [...x, { type: 'op', text: '<' }, low, { type: 'word', text: 'or' }, ...x, { type: 'op', text: '>' }, high]
      : [...x, { type: 'op', text: '>=' }, low, { type: 'word', text: 'and' }, ...x, { type: 'op', text: '<=' }, high];
    tokens.splice(start, i + 4 - start, ...rewritten);
    i = start + rewritten.length - 1;
  }

  // Grouping parentheses go; those of a call or a list stay.
  const drop = new Set<number>();
  tokens.forEach((t, i) => {
    if (!is(t, 'punct', '(')) return;
    const before = tokens[i - 1];
    const call = isName(before) && (!isKeyword(before) || LIST_KEYWORDS.has(before!.text));
    if (call) return;
    const end = closing(tokens, i);
    if (end < 0) return;
    drop.add(i);
    drop.add(end);
  });
  tokens = tokens.filter((_, i) => !drop.has(i));

  let out = '';
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const text =
      t.type === 'string' ? `'${t.text.replace(/'/g, "''")}'` : t.type === 'word' && KEYWORDS.has(t.text) ? t.text.toUpperCase() : t.text;
    const tight =
      before === undefined ||
      is(before, 'punct', '(') ||
      is(before, 'punct', '[') ||
      is(before, 'punct', '.') ||
      is(t, 'punct', ')') ||
      is(t, 'punct', ']') ||
      is(t, 'punct', ',') ||
      is(t, 'punct', '.') ||
      is(t, 'punct', '[') ||
      (is(t, 'punct', '(') && isName(before) && !isKeyword(before));
    out += (tight ? '' : ' ') + text;
  });
  return out;
}

/** Names of the operator classes that are some type's default: an index written with one states nothing. */
const DEFAULT_OPCLASSES = new Set(
  (
    'aclitem_ops array_ops bit_minmax_ops bit_ops bool_ops box_inclusion_ops box_ops bpchar_minmax_ops bpchar_ops bytea_minmax_ops ' +
    'bytea_ops char_minmax_ops char_ops cid_ops circle_ops date_minmax_ops date_ops enum_ops float4_minmax_ops float4_ops ' +
    'float8_minmax_ops float8_ops inet_inclusion_ops inet_ops int2_minmax_ops int2_ops int4_minmax_ops int4_ops int8_minmax_ops ' +
    'int8_ops interval_minmax_ops interval_ops jsonb_ops macaddr8_minmax_ops macaddr8_ops macaddr_minmax_ops macaddr_ops money_ops ' +
    'multirange_ops name_minmax_ops name_ops numeric_minmax_ops numeric_ops oid_minmax_ops oid_ops oidvector_ops pg_lsn_minmax_ops ' +
    'pg_lsn_ops point_ops poly_ops quad_point_ops range_inclusion_ops range_ops record_ops text_minmax_ops text_ops tid_minmax_ops ' +
    'tid_ops time_minmax_ops time_ops timestamp_minmax_ops timestamp_ops timestamptz_minmax_ops timestamptz_ops timetz_minmax_ops ' +
    'timetz_ops tsquery_ops tsvector_ops uuid_minmax_ops uuid_ops varbit_minmax_ops varbit_ops xid8_ops xid_ops'
  ).split(' '),
);

function storageParameters(value: IndexFacts['with']): string {
  const pairs = Array.isArray(value)
    ? value.map((p) => [p.slice(0, p.indexOf('=') < 0 ? p.length : p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const)
    : Object.entries(value ?? {}).map(([k, v]) => [k, String(v)] as const);
  const spelled = pairs.map(([key, raw]) => {
    const v = raw.trim().replace(/^'(.*)'$/, '$1').toLowerCase();
    return `${key.trim().toLowerCase()}=${v === 'on' || v === 'yes' ? 'true' : v === 'off' || v === 'no' ? 'false' : v}`;
  });
  return spelled.sort().join(', ');
}

/** `UNIQUE btree (lower(email), org DESC NULLS LAST) INCLUDE (id) WHERE score > 0 WITH (fillfactor=70)`. */
export function indexDefinition(index: IndexFacts, table: TableRef): string {
  const keys = index.keys.map((k) => {
    const expression = k.isExpression ? normalizePgExpression(k.expression, table) : k.expression;
    const opclass = k.opclass && !DEFAULT_OPCLASSES.has(k.opclass.toLowerCase()) ? ` ${k.opclass.toLowerCase()}` : '';
    const nulls = k.nullsFirst === k.desc ? '' : k.nullsFirst ? ' NULLS FIRST' : ' NULLS LAST';
    const collation = k.collation ? ` COLLATE ${k.collation}` : '';
    return `${expression}${collation}${opclass}${k.desc ? ' DESC' : ''}${nulls}`;
  });
  const include = index.include?.length ? ` INCLUDE (${index.include.join(', ')})` : '';
  const where = index.where ? ` WHERE ${normalizePgExpression(index.where, table)}` : '';
  const parameters = storageParameters(index.with);
  return [
    `${index.unique ? 'UNIQUE ' : ''}${(index.method || 'btree').toLowerCase()} (${keys.join(', ')})${include}`,
    index.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '',
    where,
    parameters ? ` WITH (${parameters})` : '',
    index.invalid ? ' INVALID' : '',
  ].join('');
}

const deferral = (deferrable?: boolean, deferred?: boolean) => (deferrable ? (deferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE') : '');

/** `(org, handle) NULLS NOT DISTINCT`. */
export function uniqueDefinition(unique: UniqueFacts): string {
  return `(${unique.columns.join(', ')})${unique.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''}${deferral(unique.deferrable, unique.deferred)}`;
}

/** The catalog's `confdeltype`/`confupdtype` codes, as drizzle-kit spells the actions. */
export const FK_ACTIONS: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

/** `(author_id) REFERENCES public.users (id) ON DELETE cascade ON UPDATE no action`. */
export function foreignKeyDefinition(fk: ForeignKeyFacts): string {
  const action = (a: string | null | undefined) => (a ? a.trim().toLowerCase().replace(/\s+/g, ' ') : 'no action');
  return (
    `(${fk.columns.join(', ')}) REFERENCES ${fk.refSchema}.${fk.refTable} (${fk.refColumns.join(', ')})` +
    `${fk.matchFull ? ' MATCH FULL' : ''} ON DELETE ${action(fk.onDelete)} ON UPDATE ${action(fk.onUpdate)}${deferral(fk.deferrable, fk.deferred)}`
  );
}

/** An enum's labels in order, as SQL literals: `'draft', 'published'`. */
export function enumValues(values: string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}

/**
 * A view's query as `pg_get_viewdef` prints it, in one spelling for every server version:
 * whitespace collapsed, and, when the query reads a single relation, its columns unqualified
 * (PostgreSQL 16 and later print `SELECT id FROM accounts`, earlier ones `SELECT accounts.id FROM
 * accounts`). Queries with joins, subqueries or another FROM (`extract(year FROM x)`) keep their
 * qualifiers.
 */
export function normalizeViewQuery(query: string): string {
  const text = query.replace(/\s+/g, ' ').trim().replace(/;$/, '');
  // Outside string literals and quoted names only.
  const segments = text.split(/('(?:[^']|'')*'|"(?:[^"]|"")*")/);
  const code = segments.filter((_, i) => i % 2 === 0).join(' ');
  const count = (word: string) => (code.match(new RegExp(`\\b${word}\\b`, 'gi')) ?? []).length;
  if (count('from') !== 1 || count('select') !== 1 || count('join') !== 0) return text;
  // FROM one relation (maybe schema-qualified), maybe aliased, then the end or the next clause.
  const clause = '(?:where|group|having|window|order|limit|offset|fetch|for)\\b';
  const relation = new RegExp(`\\bfrom (?:\\w+\\.)?(\\w+)(?: (?:as )?(?!${clause})(\\w+))?(?: ${clause}|$)`, 'i').exec(code);
  if (!relation) return text;
  const qualifiers = new Set([relation[1]!.toLowerCase(), ...(relation[2] ? [relation[2].toLowerCase()] : [])]);
  return segments
    .map((segment, i) =>
      i % 2 === 1
        ? segment
        : segment.replace(/(^|[^\w.])(\w+)\.(?=[\w"])/g, (whole, before: string, name: string) => (qualifiers.has(name.toLowerCase()) ? before : whole)),
    )
    .join('');
}

/**
 * A policy as `CREATE POLICY` states it after its name and table, its roles sorted and its
 * expressions in the canonical spelling of normalizePgExpression (drizzle-kit writes them as the
 * user did, the catalog as it deparses them).
 */
export function policyDefinition(policy: PolicyFacts, table: TableRef): string {
  const roles = [...new Set(policy.roles.map((r) => r.toLowerCase()))].sort();
  const using = policy.using ? ` USING (${normalizePgExpression(policy.using, table)})` : '';
  const check = policy.withCheck ? ` WITH CHECK (${normalizePgExpression(policy.withCheck, table)})` : '';
  return `${policy.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'} FOR ${policy.command.toUpperCase()} TO ${roles.join(', ') || 'public'}${using}${check}`;
}

/** `increment 1 min 1 max 2147483647 start 1 cache 1 no cycle`: numbers as plain decimal text. */
export function sequenceDefinition(sequence: SequenceFacts): string {
  const n = (value: string | number) => String(value).trim();
  return `increment ${n(sequence.increment)} min ${n(sequence.min)} max ${n(sequence.max)} start ${n(sequence.start)} cache ${n(sequence.cache)} ${sequence.cycle ? 'cycle' : 'no cycle'}`;
}

/** Options Postgres takes as booleans: it keeps the text as written (`on`, `1`, `yes`, `t`). */
const BOOLEAN_OPTIONS = new Set(['security_barrier', 'security_invoker', 'autovacuum_enabled', 'vacuum_truncate', 'user_catalog_table']);
const TRUE_WORDS = new Set(['true', 'on', 'yes', '1', 't', 'y']);

/**
 * A view's options or a materialized view's storage parameters (`WITH (...)`) as one text:
 * `check_option=cascaded, security_barrier=true`, sorted by name, a boolean as true or false
 * however it was written; `none` without any. `entries` are `name=value`, as pg_class.reloptions
 * holds them.
 */
export function withOptions(entries: readonly string[]): string {
  if (entries.length === 0) return 'none';
  return entries
    .map((entry) => {
      const at = entry.indexOf('=');
      const name = (at < 0 ? entry : entry.slice(0, at)).trim().toLowerCase();
      const value = (at < 0 ? 'true' : entry.slice(at + 1)).trim().toLowerCase();
      return `${name}=${BOOLEAN_OPTIONS.has(name) ? String(TRUE_WORDS.has(value)) : value}`;
    })
    .sort()
    .join(', ');
}

/** `STORED price * quantity` (PostgreSQL 18 also has VIRTUAL). */
export function generatedDefinition(expression: string, kind: string, table: TableRef): string {
  return `${kind.toUpperCase()} ${normalizePgExpression(expression, table)}`;
}

const COLLATE_CLAUSE = / COLLATE (?:"(?:[^"]|"")*"|[\w$]+)(?:\.(?:"(?:[^"]|"")*"|[\w$]+))?/gi;

/**
 * An index without any COLLATE, for a snapshot written before index keys stated theirs (version
 * 8): applied to both sides, so a COLLATE inside an expression, which such a file did state, is
 * left out of both alike.
 */
export function partWithout(kind: string, definition: string, unrecorded: ReadonlySet<string>): string {
  return kind === 'index' && unrecorded.has('collation') ? definition.replace(COLLATE_CLAUSE, '') : definition;
}

/** Postgres spellings for snapshots read from other tools (drizzle-kit), compared with the catalog. */
export const postgresSpelling: SchemaSpelling = {
  identifier: pgName,
  type: normalizePgType,
  defaultExpression: normalizePgDefault,
  expression: normalizePgExpression,
  index: indexDefinition,
  unique: uniqueDefinition,
  foreignKey: foreignKeyDefinition,
  enumValues,
  viewQuery: normalizeViewQuery,
  viewQueryTree: async (query) => viewQueryFingerprint(await loadPostgresParser(), query),
  policy: policyDefinition,
  sequence: sequenceDefinition,
  generated: generatedDefinition,
  withOptions,
  partWithout,
};
