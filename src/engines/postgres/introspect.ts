import type { TableRef } from '../../dialects/index.js';
import type { SchemaSnapshot, TableSchema } from '../../types.js';
import type { PgConnection } from './connection.js';
import { loadPostgresParser } from '../../dialects/postgres/parser.js';
import { routineFingerprint } from '../../dialects/postgres/routine.js';
import { viewQueryFingerprint } from '../../dialects/postgres/view-query.js';
import {
  enumValues,
  FK_ACTIONS,
  generatedDefinition,
  policyDefinition,
  sequenceDefinition,
  foreignKeyDefinition,
  indexDefinition,
  normalizePgDefault,
  normalizePgExpression,
  normalizePgType,
  normalizeViewQuery,
  serialType,
  uniqueDefinition,
  withOptions,
} from '../../dialects/postgres/normalize.js';

/**
 * Reads tables, views, columns (with identity and generated expressions), indexes, unique,
 * foreign key, check and exclusion constraints, triggers, row-level-security policies and
 * whether RLS is enabled, partitioning, and the objects beyond tables (enum, domain and composite
 * types, functions and procedures, sequences, extensions, collations, and the server's roles) from pg_catalog. Extension-owned objects (pg_depend 'e'), system schemas and the tool's
 * own tables (passed in `exclude` as schema.table) are left out. Works from PostgreSQL 11 on;
 * columns newer servers add (`indnullsnotdistinct`, 15) are read through to_jsonb so older
 * servers answer the same query.
 */
const SYSTEM_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;

/**
 * Schema per tenant: the catalog queries read only the tenant's schema, so introspecting one
 * tenant costs the same however many tenants share the database. `schema` is a validated plain
 * identifier (letters, digits, _).
 */
function scopedTo(sql: string, schema: string): string {
  return sql
    .split(SYSTEM_SCHEMAS.replace(/n\.nspname/g, 'pn.nspname'))
    .join(`pn.nspname = '${schema}'`)
    .split(SYSTEM_SCHEMAS)
    .join(`n.nspname = '${schema}'`);
}

/**
 * A collation's name as SQL writes it (`"C"`, `public.nocase`), from an SQL expression giving its
 * oid: qualified unless it is the system's, whatever the search_path.
 */
const collationName = (oid: string) => `(SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname::text)
          ELSE quote_ident(cn.nspname::text) || '.' || quote_ident(co.collname::text) END
   FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = ${oid})`;

/**
 * The COMMENT ON an object (`cm.description`), joined rather than read with obj_description per
 * row: that is a query of its own for each of 40 000 columns.
 */
const commentOn = (oid: string, catalog: string, subid = '0') =>
  `LEFT JOIN pg_description cm ON cm.objoid = ${oid} AND cm.classoid = '${catalog}'::regclass AND cm.objsubid = ${subid}`;

/**
 * Tables, views and materialized views, one row each, with what belongs to the relation (its
 * view query and options, RLS, partition key); their columns come from COLUMNS_SQL by the
 * relation's oid. A table's storage parameters are left out: they are tuned on a live database
 * (autovacuum thresholds) without a migration, while a view's options (security_barrier,
 * security_invoker, check_option) decide what it shows and whom it lets write.
 */
const RELATIONS_SQL = `
SELECT c.oid::text AS relation, n.nspname AS schema, c.relname AS table, c.relkind AS relkind,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS view_query,
       CASE WHEN c.relkind IN ('v', 'm') THEN coalesce(array_to_string(c.reloptions, chr(1)), '') END AS with_options,
       c.relrowsecurity AS rls, c.relforcerowsecurity AS rls_forced,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key, cm.description AS comment,
       CASE WHEN c.relkind IN ('r', 'p') THEN c.relpersistence::text END AS persistence,
       CASE WHEN c.relkind IN ('r', 'p') THEN c.relreplident::text END AS replica_identity,
       CASE WHEN c.relreplident = 'i' THEN (SELECT ic.relname FROM pg_index ri JOIN pg_class ic ON ic.oid = ri.indexrelid WHERE ri.indrelid = c.oid AND ri.indisreplident) END AS replica_index
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
${commentOn('c.oid', 'pg_class')}
WHERE c.relkind IN ('r', 'p', 'v', 'm')
  AND ${SYSTEM_SCHEMAS}
  AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname`;

/**
 * Every column of those relations (an extension's are dropped by the relation they miss), in no
 * order: sorting 40 000 wide rows spilled to disk and took a third of the query. A default is
 * deparsed without its table unless the column is generated: only a generation expression can
 * name a column, and deparsing against the table opens it, which cost a fresh session 60 µs a
 * table (and a lock each).
 */
const COLUMNS_SQL = `
SELECT a.attrelid::text AS relation, a.attnum AS position, a.attname AS column,
       format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable,
       CASE WHEN a.atthasdef THEN (SELECT pg_get_expr(d.adbin, CASE WHEN a.attgenerated <> '' THEN d.adrelid ELSE 0 END)
                                   FROM pg_attrdef d WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum) END AS default_expr,
       a.attidentity AS identity, a.attgenerated AS generated,
       -- A table column's COLLATE, where it is not its type's own; a view's columns inherit theirs from its query.
       CASE WHEN c.relkind IN ('r', 'p') AND a.attcollation <> 0 AND a.attcollation <> (SELECT ty.typcollation FROM pg_type ty WHERE ty.oid = a.atttypid)
            THEN ${collationName('a.attcollation')} END AS collation,
       -- refclassid first: pg_depend's index on what is depended on starts with it.
       a.atthasdef AND EXISTS (SELECT 1 FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
               WHERE dep.refclassid = 'pg_class'::regclass AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum
                 AND dep.classid = 'pg_class'::regclass AND dep.deptype = 'a') AS owns_sequence,
       cm.description AS comment
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
${commentOn('a.attrelid', 'pg_class', 'a.attnum')}
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p', 'v', 'm')
  AND ${SYSTEM_SCHEMAS}
  AND NOT c.relispartition`;

/** The sequence behind each identity column. */
const IDENTITIES_SQL = `
SELECT a.attrelid::text AS relation, a.attname AS column,
       s.seqincrement::text AS increment, s.seqmin::text AS min, s.seqmax::text AS max,
       s.seqstart::text AS start, s.seqcache::text AS cache, s.seqcycle AS cycle
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_depend sd ON sd.classid = 'pg_class'::regclass AND sd.refobjid = a.attrelid AND sd.refobjsubid = a.attnum AND sd.deptype = 'i'
JOIN pg_sequence s ON s.seqrelid = sd.objid
WHERE a.attidentity <> '' AND NOT a.attisdropped AND ${SYSTEM_SCHEMAS}`;

const PRIMARY_KEYS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, array_to_string(array_agg(a.attname ORDER BY k.ord), ',') AS columns
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE con.contype = 'p'
GROUP BY n.nspname, c.relname`;

/**
 * Indexes that no constraint owns (a primary key's or unique constraint's index is that
 * constraint), one row each, with their keys as JSON: the column, or the expression when the key
 * is one (deparsed only then), the ordering bits of indoption (1 DESC, 2 NULLS FIRST), the operator class unless it
 * is the type's default, and the collation (indcollation) unless it is the column's own or, for an expression, its
 * type's default: the deparsed key leaves out a top-level COLLATE. Keys past indnkeyatts are INCLUDE columns.
 */
const INDEXES_SQL = `
SELECT n.nspname AS schema, t.relname AS table, ic.relname AS name, am.amname AS method,
       i.indisunique AS is_unique, NOT i.indisvalid AS invalid, i.indnkeyatts AS key_count,
       coalesce((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false) AS nulls_not_distinct,
       pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       array_to_string(ic.reloptions, chr(1)) AS options,
       (SELECT json_agg(json_build_object(
                  'column', a.attname,
                  'expression', CASE WHEN i.indkey[k.n - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k.n, true) END,
                  'option', i.indoption[k.n - 1],
                  'opclass', CASE WHEN oc.opcdefault THEN NULL ELSE oc.opcname END,
                  'collation', CASE WHEN k.n <= i.indnkeyatts AND i.indcollation[k.n - 1] <> 0
                                     AND i.indcollation[k.n - 1] <> coalesce(a.attcollation, (SELECT kt.typcollation FROM pg_attribute ia JOIN pg_type kt ON kt.oid = ia.atttypid
                                                                                               WHERE ia.attrelid = i.indexrelid AND ia.attnum = k.n))
                                    THEN ${collationName('i.indcollation[k.n - 1]')} END) ORDER BY k.n)
          FROM generate_series(1, i.indnatts::int) AS k(n)
          LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1] AND i.indkey[k.n - 1] <> 0
          LEFT JOIN pg_opclass oc ON oc.oid = i.indclass[k.n - 1] AND k.n <= i.indnkeyatts)::text AS keys
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = ic.relam
WHERE ${SYSTEM_SCHEMAS}
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
ORDER BY n.nspname, t.relname, ic.relname`;

/**
 * Unique, foreign key and check constraints (not NOT NULL ones, which PostgreSQL 18 also keeps
 * here, nor the copies a foreign key to a partitioned table gets per partition).
 */
const CONSTRAINTS_SQL = `
SELECT n.nspname AS schema, t.relname AS table, con.conname AS name, con.contype AS type,
       array_to_string(ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord), chr(1)) AS columns,
       rn.nspname AS ref_schema, rt.relname AS ref_table,
       array_to_string(ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord), chr(1)) AS ref_columns,
       con.confdeltype AS on_delete, con.confupdtype AS on_update, con.confmatchtype AS match_type,
       con.condeferrable AS deferrable, con.condeferred AS deferred,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid, true) END AS check_expression,
       coalesce((SELECT (to_jsonb(x) ->> 'indnullsnotdistinct')::boolean FROM pg_index x WHERE x.indexrelid = con.conindid AND con.contype = 'u'), false) AS nulls_not_distinct,
       CASE WHEN con.contype = 'x' THEN pg_get_constraintdef(con.oid, true) END AS exclusion
FROM pg_constraint con
JOIN pg_class t ON t.oid = con.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
LEFT JOIN pg_class rt ON rt.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rt.relnamespace
WHERE con.contype IN ('u', 'f', 'c', 'x') AND con.conparentid = 0 AND ${SYSTEM_SCHEMAS}
ORDER BY n.nspname, t.relname, con.conname`;

/**
 * The types users created, one row each, extension-owned ones left out: enums with their labels
 * in order; domains with their base type, NOT NULL, default, COLLATE (where not the base type's)
 * and CHECK constraints; composite types (not a table's row type) with their attributes in order.
 * One query for the three, so the catalog costs the same number of round trips.
 */
const TYPES_SQL = `
SELECT n.nspname AS schema, ty.typname AS name, ty.typtype AS kind,
       CASE WHEN ty.typtype = 'e' THEN
         array_to_string(ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = ty.oid ORDER BY e.enumsortorder), chr(1)) END AS labels,
       CASE WHEN ty.typtype = 'e' THEN (SELECT count(*) FROM pg_enum e WHERE e.enumtypid = ty.oid)::int END AS label_count,
       CASE WHEN ty.typtype = 'd' THEN format_type(ty.typbasetype, ty.typtypmod) END AS base_type,
       ty.typnotnull AS not_null,
       CASE WHEN ty.typtype = 'd' THEN pg_get_expr(ty.typdefaultbin, 0) END AS default_expr,
       CASE WHEN ty.typtype = 'd' AND ty.typcollation <> (SELECT bt.typcollation FROM pg_type bt WHERE bt.oid = ty.typbasetype)
            THEN ${collationName('ty.typcollation')} END AS collation,
       CASE WHEN ty.typtype = 'd' THEN
         (SELECT json_agg(json_build_array(con.conname, pg_get_expr(con.conbin, 0, true)) ORDER BY con.conname)
            FROM pg_constraint con WHERE con.contypid = ty.oid AND con.contype = 'c')::text END AS checks,
       CASE WHEN ty.typtype = 'c' THEN
         (SELECT json_agg(json_build_array(a.attname, format_type(a.atttypid, a.atttypmod),
                   CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation THEN ${collationName('a.attcollation')} END) ORDER BY a.attnum)
            FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
           WHERE a.attrelid = ty.typrelid AND a.attnum > 0 AND NOT a.attisdropped)::text END AS attributes,
       cm.description AS comment
FROM pg_type ty
JOIN pg_namespace n ON n.oid = ty.typnamespace
${commentOn('ty.oid', 'pg_type')}
WHERE (ty.typtype IN ('e', 'd') OR (ty.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = ty.typrelid AND r.relkind = 'c')))
  AND ${SYSTEM_SCHEMAS}
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_type'::regclass AND e.objid = ty.oid AND e.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY n.nspname, ty.typname`;

/** Functions and procedures (not aggregates or window functions), with what the body means. */
const ROUTINES_SQL = `
SELECT n.nspname AS schema, p.proname AS name, p.prokind AS kind, pg_get_function_identity_arguments(p.oid) AS args,
       pg_get_function_result(p.oid) AS result, l.lanname AS language, p.provolatile AS volatility,
       p.prosecdef AS security_definer, p.prosrc AS source, pg_get_functiondef(p.oid) AS definition,
       p.proisstrict AS strict, array_to_string(p.proconfig, ', ') AS settings, pg_get_function_arguments(p.oid) AS arguments,
       p.proparallel AS parallel, p.proleakproof AS leakproof, p.procost::text AS cost, CASE WHEN p.proretset THEN p.prorows::text END AS rows,
       cm.description AS comment
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
${commentOn('p.oid', 'pg_proc')}
WHERE p.prokind IN ('f', 'p') AND ${SYSTEM_SCHEMAS}
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY n.nspname, p.proname, 4`;

/** Triggers users created (not those constraints create, nor a partition's copies). */
const TRIGGERS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, t.tgname AS name, pg_get_triggerdef(t.oid, true) AS definition, t.tgenabled AS enabled
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND ${SYSTEM_SCHEMAS}`;

const POLICIES_SQL = `
SELECT n.nspname AS schema, c.relname AS table, p.polname AS name, p.polpermissive AS permissive, p.polcmd AS command,
       array_to_string(ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END FROM unnest(p.polroles) AS r), chr(1)) AS roles,
       pg_get_expr(p.polqual, p.polrelid, true) AS using_expr, pg_get_expr(p.polwithcheck, p.polrelid, true) AS check_expr
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${SYSTEM_SCHEMAS}`;

/**
 * Every partition at any depth, with its bound, under its partitioned root table (the only one of
 * the tree listed as a table); `parent` names the partition it belongs to below the root.
 */
const PARTITIONS_SQL = `
SELECT rn.nspname AS schema, root.relname AS table, cn.nspname || '.' || child.relname AS name, pg_get_expr(child.relpartbound, child.oid) AS bound,
  CASE WHEN parent.oid <> root.oid THEN pn.nspname || '.' || parent.relname END AS parent
FROM pg_inherits i
JOIN pg_class parent ON parent.oid = i.inhparent AND parent.relkind = 'p'
JOIN pg_namespace pn ON pn.oid = parent.relnamespace
JOIN pg_class child ON child.oid = i.inhrelid
JOIN pg_namespace cn ON cn.oid = child.relnamespace
JOIN pg_class root ON root.oid = pg_partition_root(child.oid)
JOIN pg_namespace rn ON rn.oid = root.relnamespace
WHERE ${SYSTEM_SCHEMAS.replace(/n\.nspname/g, 'rn.nspname')}`;

/** Sequences of their own (not those a serial or identity column owns: the column states them). */
const SEQUENCES_SQL = `
SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS type, s.seqincrement::text AS increment,
       s.seqmin::text AS min, s.seqmax::text AS max, s.seqstart::text AS start, s.seqcache::text AS cache, s.seqcycle AS cycle
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${SYSTEM_SCHEMAS}
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))`;

const EXTENSIONS_SQL = `
SELECT n.nspname AS schema, e.extname AS name, e.extversion AS version
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE ${SYSTEM_SCHEMAS}`;

/** Collations users created; the locale column is named differently on 15, 16 and 17+. */
const COLLATIONS_SQL = `
SELECT n.nspname AS schema, c.collname AS name, c.collprovider AS provider, c.collisdeterministic AS deterministic,
       coalesce(to_jsonb(c) ->> 'colllocale', to_jsonb(c) ->> 'colliculocale', c.collcollate) AS locale
FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
WHERE ${SYSTEM_SCHEMAS}
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_collation'::regclass AND e.objid = c.oid AND e.deptype = 'e')`;

/**
 * Roles, the server's and not this database's: snapshots do not write them and a live one is never
 * extra (verify/diff.ts SERVER_WIDE_TYPES), but a snapshot that states one (drizzle-kit's
 * `pgRole`) has it compared. The predefined `pg_*` roles are nobody's to state.
 */
const ROLES_SQL = `
SELECT rolname AS name, rolcreatedb AS create_db, rolcreaterole AS create_role, rolinherit AS inherit
FROM pg_roles WHERE rolname !~ '^pg_'`;

/** Which kinds of part each relation kind has, stated (possibly empty) for every such relation. */
const PART_KINDS: Record<string, string[]> = {
  // `subpartition`: the partitions of partitions, on the root (an older snapshot, without the kind, is not compared on them).
  table: ['index', 'unique_constraint', 'foreign_key', 'check_constraint', 'exclusion_constraint', 'trigger', 'policy', 'partition', 'subpartition'],
  materialized_view: ['index'],
  view: ['trigger'],
};

const COMMANDS: Record<string, string> = { r: 'SELECT', a: 'INSERT', w: 'UPDATE', d: 'DELETE', '*': 'ALL' };
const VOLATILITY: Record<string, string> = { i: 'immutable', s: 'stable', v: 'volatile' };
const PROVIDERS: Record<string, string> = { c: 'libc', i: 'icu', b: 'builtin', d: 'default' };

const RELKIND_TYPES: Record<string, string> = { r: 'table', p: 'table', v: 'view', m: 'materialized_view' };

interface RelationRow {
  relation: string;
  schema: string;
  table: string;
  relkind: string;
  view_query: string | null;
  with_options: string | null;
  rls: boolean;
  rls_forced: boolean;
  partition_key: string | null;
  comment: string | null;
  /** A table's `relpersistence`: `p` (logged), `u` (UNLOGGED). */
  persistence: string | null;
  /** A table's `relreplident`: `d` (default), `f` (FULL), `n` (NOTHING), `i` (USING INDEX replica_index). */
  replica_identity: string | null;
  replica_index: string | null;
}

interface ColumnRow {
  relation: string;
  position: number;
  column: string;
  type: string;
  nullable: boolean;
  default_expr: string | null;
  /** A sequence is OWNED BY the column (as `serial` makes it): then `nextval` of it is the serial's default. */
  owns_sequence: boolean;
  identity: string;
  generated: string;
  /** A COLLATE other than the type's, or null. */
  collation: string | null;
  comment: string | null;
}

interface IdentityRow {
  relation: string;
  column: string;
  increment: string;
  min: string;
  max: string;
  start: string;
  cache: string;
  cycle: boolean;
}

interface IndexRow {
  schema: string;
  table: string;
  name: string;
  method: string;
  is_unique: boolean;
  invalid: boolean;
  key_count: number;
  nulls_not_distinct: boolean;
  predicate: string | null;
  options: string | null;
  keys: string;
}

interface ConstraintRow {
  schema: string;
  table: string;
  name: string;
  type: 'u' | 'f' | 'c' | 'x';
  columns: string;
  ref_schema: string | null;
  ref_table: string | null;
  ref_columns: string;
  on_delete: string;
  on_update: string;
  match_type: string;
  deferrable: boolean;
  deferred: boolean;
  check_expression: string | null;
  nulls_not_distinct: boolean;
  exclusion: string | null;
}

const PARALLEL: Record<string, string> = { s: 'safe', r: 'restricted', u: 'unsafe' };

/**
 * What CREATE FUNCTION states beyond its body (procedures take none of it). PARALLEL and
 * LEAKPROOF decide what the planner may do with a call (a parallel plan, a call pushed below a
 * security barrier), COST and ROWS the plans it picks.
 */
function functionAttributes(row: RoutineRow): Record<string, string> {
  return {
    returns: row.result ?? '',
    volatility: VOLATILITY[row.volatility] ?? row.volatility,
    null_input: row.strict ? 'returns null' : 'called',
    parallel: PARALLEL[row.parallel] ?? row.parallel,
    leakproof: String(row.leakproof),
    cost: row.cost,
    ...(row.rows !== null ? { rows: row.rows } : {}),
  };
}

interface RoutineRow {
  schema: string;
  name: string;
  kind: string;
  args: string;
  result: string | null;
  language: string;
  volatility: string;
  security_definer: boolean;
  source: string;
  definition: string;
  strict: boolean;
  /** `SET name = value` clauses (proconfig), or null. */
  settings: string | null;
  /** The arguments with their defaults. */
  arguments: string;
  parallel: string;
  leakproof: boolean;
  /** The planner's estimates: COST, and ROWS of a set-returning function (null otherwise). */
  cost: string;
  rows: string | null;
  comment: string | null;
}

interface TypeRow {
  schema: string;
  name: string;
  /** `e` enum, `d` domain, `c` composite. */
  kind: 'e' | 'd' | 'c';
  labels: string | null;
  label_count: number | null;
  base_type: string | null;
  not_null: boolean;
  default_expr: string | null;
  collation: string | null;
  /** JSON `[[name, expression], ...]`, or null for none. */
  checks: string | null;
  /** JSON `[[name, type, collation or null], ...]` in order. */
  attributes: string | null;
  comment: string | null;
}

/** Names joined with chr(1) (no identifier or label holds it): plain text from both drivers. */
const names = (joined: string | null, count?: number) => (joined === null || joined === '' ? (count ? [''] : []) : joined.split('\u0001'));

interface IndexKeyRow {
  column: string | null;
  expression: string;
  option: number | null;
  opclass: string | null;
  collation: string | null;
}

function indexPart(row: IndexRow): string {
  const keys = JSON.parse(row.keys) as IndexKeyRow[];
  const table = { schema: row.schema, name: row.table };
  return indexDefinition(
    {
      unique: row.is_unique,
      method: row.method,
      keys: keys.slice(0, row.key_count).map((k) => ({
        expression: k.column ?? k.expression,
        isExpression: k.column === null,
        desc: ((k.option ?? 0) & 1) !== 0,
        nullsFirst: ((k.option ?? 0) & 2) !== 0,
        opclass: k.opclass,
        collation: k.collation,
      })),
      include: keys.slice(row.key_count).map((k) => k.column ?? k.expression),
      nullsNotDistinct: row.nulls_not_distinct,
      where: row.predicate,
      with: names(row.options),
      invalid: row.invalid,
    },
    table,
  );
}

function constraintPart(row: ConstraintRow): [kind: string, definition: string] {
  const columns = names(row.columns);
  if (row.type === 'u') {
    return ['unique_constraint', uniqueDefinition({ columns, nullsNotDistinct: row.nulls_not_distinct, deferrable: row.deferrable, deferred: row.deferred })];
  }
  if (row.type === 'f') {
    return [
      'foreign_key',
      foreignKeyDefinition({
        columns,
        refSchema: row.ref_schema ?? '',
        refTable: row.ref_table ?? '',
        refColumns: names(row.ref_columns),
        onDelete: FK_ACTIONS[row.on_delete] ?? row.on_delete,
        onUpdate: FK_ACTIONS[row.on_update] ?? row.on_update,
        matchFull: row.match_type === 'f',
        deferrable: row.deferrable,
        deferred: row.deferred,
      }),
    ];
  }
  if (row.type === 'x') return ['exclusion_constraint', (row.exclusion ?? '').replace(/\s+/g, ' ').trim()];
  return ['check_constraint', normalizePgExpression(row.check_expression ?? '', { schema: row.schema, name: row.table })];
}

/** When a trigger fires, beside its definition: `O` (origin, the default) says nothing; REPLICA and ALWAYS change when it fires as DISABLED does. */
const TRIGGER_FIRING: Record<string, string> = { D: ' DISABLED', R: ' ENABLE REPLICA', A: ' ENABLE ALWAYS' };

/** Whether RLS is on, as `ALTER TABLE ... ROW LEVEL SECURITY` states it. */
const rowSecurity = (row: RelationRow) => (row.rls ? (row.rls_forced ? 'enabled, forced' : 'enabled') : row.rls_forced ? 'forced' : 'disabled');

/**
 * How a table is written and replicated, as `ALTER TABLE` sets them, stated only where not the
 * default: UNLOGGED (not crash-safe, not replicated) and REPLICA IDENTITY (what logical
 * replication and change-data capture see of an updated or deleted row). Either, set by hand on
 * one database, changes what that database keeps or sends.
 */
function storage(row: RelationRow): { persistence?: string; replica_identity?: string } {
  const identity = row.replica_identity === 'f' ? 'FULL' : row.replica_identity === 'n' ? 'NOTHING' : row.replica_identity === 'i' ? `USING INDEX ${row.replica_index ?? '?'}` : null;
  return { ...(row.persistence === 'u' ? { persistence: 'UNLOGGED' } : {}), ...(identity ? { replica_identity: identity } : {}) };
}

/** A COMMENT ON, as a property: stated only where there is one. */
const commented = (comment: string | null): { comment?: string } => (comment !== null ? { comment } : {});

function columnProperties(row: ColumnRow, identity: IdentityRow | undefined, table: TableRef): Record<string, string> | undefined {
  // A COLLATE decides the column's order and equality: `C` against the database's locale.
  // Most columns state neither: no object for them (a schema can have 40 000).
  const stated = row.collation || row.comment !== null ? { ...(row.collation ? { collation: row.collation } : {}), ...commented(row.comment) } : undefined;
  if (row.identity === 'a' || row.identity === 'd') {
    const options = sequenceDefinition(identity ?? { increment: '', min: '', max: '', start: '', cache: '', cycle: false });
    return { identity: `${row.identity === 'a' ? 'always' : 'by default'} (${options})`, ...stated };
  }
  if (row.generated === 's' || row.generated === 'v') {
    return { generated: generatedDefinition(row.default_expr ?? '', row.generated === 's' ? 'stored' : 'virtual', table), ...stated };
  }
  return stated;
}

const withCollation = (type: string, collation: string | null) => (collation ? `${type} COLLATE ${collation}` : type);

/**
 * An enum, domain or composite type as an object of the snapshot. A domain's CHECK constraints are
 * its parts, compared by name as a table's are; a composite type's attributes are one property,
 * so their order counts as a row constructor's does.
 */
function userType(row: TypeRow, typeOf: (raw: string) => string): TableSchema {
  const base: Omit<TableSchema, 'type'> = { schema: row.schema, name: row.name, columns: [], primaryKey: [] };
  if (row.kind === 'e') return { ...base, type: 'enum', properties: { values: enumValues(names(row.labels, row.label_count ?? 0)), ...commented(row.comment) } };
  if (row.kind === 'c') {
    const attributes = (JSON.parse(row.attributes ?? '[]') as Array<[string, string, string | null]>).map(([name, type, collation]) => `${name} ${withCollation(typeOf(type), collation)}`);
    return { ...base, type: 'composite_type', properties: { attributes: attributes.join(', '), ...commented(row.comment) } };
  }
  const ref = { schema: row.schema, name: row.name };
  const checks = (JSON.parse(row.checks ?? '[]') as Array<[string, string]>).map(([name, expression]): [string, string] => [name, normalizePgExpression(expression, ref)]);
  const fallback = normalizePgDefault(row.default_expr);
  return {
    ...base,
    type: 'domain',
    properties: {
      type: typeOf(row.base_type ?? ''),
      nullable: row.not_null ? 'NOT NULL' : 'NULL',
      ...(fallback !== null ? { default: fallback } : {}),
      ...(row.collation ? { collation: row.collation } : {}),
      ...commented(row.comment),
    },
    parts: { check_constraint: Object.fromEntries(checks) },
  };
}

/**
 * How the server prints constants (a timestamptz default or partition bound, an interval in a
 * view), whatever the database's or the role's own settings: a snapshot written where the time
 * zone is the laptop's must verify where it is UTC. Set for the transaction that reads the
 * catalog, after anything the migrations ran in it, so their statements keep the database's.
 * JIT is off there too (Postgres 11+): the planner prices the indexes' per-key subquery over
 * generate_series at a thousand rows a key, and a server with JIT on (the default) spent 660 ms of
 * a 2000-table verify compiling that one catalog query.
 */
const CATALOG_DISPLAY =
  "SELECT set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, MDY', true), set_config('IntervalStyle', 'postgres', true), set_config('extra_float_digits', '1', true), set_config('bytea_output', 'hex', true), " +
  "CASE WHEN current_setting('server_version_num')::int >= 110000 THEN set_config('jit', 'off', true) END";

/**
 * Every catalog query written at once, behind the display settings, before any answer is read:
 * the server answers them back to back (one round trip in all) while the parser loads and the
 * first answers are read. Each is awaited in turn, so the first failure is the one thrown.
 * `connection` is in a transaction.
 */
function sendCatalogQueries(connection: PgConnection, schema: string | undefined) {
  connection.query(CATALOG_DISPLAY).catch(() => {}); // its failure fails the queries behind it
  const read = <T extends object>(sql: string, scoped = true) => {
    const answer = connection.query<T>(schema && scoped ? scopedTo(sql, schema) : sql);
    answer.catch(() => {}); // awaited below, unless an earlier one failed
    return answer;
  };
  return {
    relations: read<RelationRow>(RELATIONS_SQL),
    columns: read<ColumnRow>(COLUMNS_SQL),
    identities: read<IdentityRow>(IDENTITIES_SQL),
    primaryKeys: read<{ schema: string; table: string; columns: string }>(PRIMARY_KEYS_SQL),
    indexes: read<IndexRow>(INDEXES_SQL),
    constraints: read<ConstraintRow>(CONSTRAINTS_SQL),
    triggers: read<{ schema: string; table: string; name: string; definition: string; enabled: string }>(TRIGGERS_SQL),
    policies: read<{ schema: string; table: string; name: string; permissive: boolean; command: string; roles: string; using_expr: string | null; check_expr: string | null }>(POLICIES_SQL),
    partitions: read<{ schema: string; table: string; name: string; bound: string; parent: string | null }>(PARTITIONS_SQL),
    types: read<TypeRow>(TYPES_SQL),
    routines: read<RoutineRow>(ROUTINES_SQL),
    sequences: read<{ schema: string; name: string; type: string; increment: string; min: string; max: string; start: string; cache: string; cycle: boolean }>(SEQUENCES_SQL),
    extensions: read<{ schema: string; name: string; version: string }>(EXTENSIONS_SQL),
    collations: read<{ schema: string; name: string; provider: string; deterministic: boolean; locale: string | null }>(COLLATIONS_SQL),
    roles: read<{ name: string; create_db: boolean; create_role: boolean; inherit: boolean }>(ROLES_SQL, false),
  };
}

/** Rows of one relation's columns, grouped by its oid. */
function groupByRelation<T extends { relation: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.relation);
    if (group) group.push(row);
    else groups.set(row.relation, [row]);
  }
  return groups;
}

/** The schema as the catalog shows it; `connection` must be in a transaction (see CATALOG_DISPLAY). */
export async function introspectPostgres(connection: PgConnection, exclude: Set<string>, schema?: string): Promise<SchemaSnapshot> {
  const answers = sendCatalogQueries(connection, schema);
  const parser = await loadPostgresParser();
  const relations = await answers.relations;
  const columns = groupByRelation(await answers.columns);
  const identities = new Map((await answers.identities).map((row) => [`${row.relation}.${row.column}`, row]));
  const primaryKeys = new Map((await answers.primaryKeys).map((k) => [`${k.schema}.${k.table}`, k.columns.split(',')]));
  // A few distinct types spelled on thousands of columns.
  const types = new Map<string, string>();
  const typeOf = (raw: string) => types.get(raw) ?? types.set(raw, normalizePgType(raw)).get(raw)!;
  const tables = new Map<string, TableSchema>();
  for (const row of relations) {
    const key = `${row.schema}.${row.table}`;
    if (exclude.has(key)) continue;
    const type = RELKIND_TYPES[row.relkind] ?? 'table';
    const properties: Record<string, string> = {
      // pg_get_viewdef output varies between server versions (whitespace, qualifiers); the query
      // does not. The text is for reading, the parse tree compares across versions and tools.
      ...(row.view_query ? { query: normalizeViewQuery(row.view_query), query_tree: viewQueryFingerprint(parser, row.view_query) } : {}),
      ...(row.with_options !== null ? { with_options: withOptions(names(row.with_options)) } : {}),
      ...(type === 'table' ? { row_security: rowSecurity(row) } : {}),
      ...(row.partition_key ? { partition_key: row.partition_key } : {}),
      ...storage(row),
      ...commented(row.comment),
    };
    const table: TableSchema = {
      schema: row.schema,
      name: row.table,
      type,
      columns: [],
      primaryKey: primaryKeys.get(key) ?? [],
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
    const own = (columns.get(row.relation) ?? []).sort((a, b) => a.position - b.position);
    for (const column of own) {
      const columnType = typeOf(column.type);
      const serial = column.owns_sequence ? serialType(columnType, column.default_expr) : null;
      const columnProps = columnProperties(column, identities.get(`${row.relation}.${column.column}`), table);
      table.columns.push({
        name: column.column,
        type: serial ?? columnType,
        nullable: column.nullable,
        default: serial || columnProps?.generated ? null : normalizePgDefault(column.default_expr),
        ...(columnProps ? { properties: columnProps } : {}),
      });
    }
    tables.set(key, table);
  }

  for (const table of tables.values()) {
    const kinds = PART_KINDS[table.type];
    if (kinds) table.parts = Object.fromEntries(kinds.map((kind) => [kind, {}]));
  }
  const addPart = (schema: string, name: string, kind: string, part: string, definition: string) => {
    const parts = tables.get(`${schema}.${name}`)?.parts?.[kind];
    if (parts) Object.defineProperty(parts, part, { value: definition, enumerable: true, writable: true, configurable: true });
  };
  for (const row of await answers.indexes) addPart(row.schema, row.table, 'index', row.name, indexPart(row));
  for (const row of await answers.constraints) {
    const [kind, definition] = constraintPart(row);
    addPart(row.schema, row.table, kind, row.name, definition);
  }
  for (const row of await answers.triggers) {
    // `CREATE TRIGGER name BEFORE ...`: the name is the part's key; DISABLED when switched off.
    const definition = row.definition.replace(/\s+/g, ' ').replace(/^CREATE (?:CONSTRAINT )?TRIGGER \S+ /, '');
    addPart(row.schema, row.table, 'trigger', row.name, `${definition}${TRIGGER_FIRING[row.enabled] ?? ''}`);
  }
  for (const row of await answers.policies) {
    const definition = policyDefinition(
      { permissive: row.permissive, command: COMMANDS[row.command] ?? row.command, roles: names(row.roles), using: row.using_expr, withCheck: row.check_expr },
      { schema: row.schema, name: row.table },
    );
    addPart(row.schema, row.table, 'policy', row.name, definition);
  }
  for (const row of await answers.partitions) {
    if (row.parent === null) addPart(row.schema, row.table, 'partition', row.name, row.bound);
    else addPart(row.schema, row.table, 'subpartition', row.name, `${row.bound} (a partition of ${row.parent})`);
  }

  const object = (schema: string, name: string, type: string, properties: Record<string, string>): TableSchema => ({ schema, name, type, columns: [], primaryKey: [], properties });
  const userTypes = (await answers.types).map((row) => userType(row, typeOf));
  const routines = (await answers.routines).map((row) =>
    object(row.schema, `${row.name}(${row.args})`, row.kind === 'p' ? 'procedure' : 'function', {
      ...(row.kind === 'p' ? {} : functionAttributes(row)),
      language: row.language,
      security: row.security_definer ? 'definer' : 'invoker',
      body: routineFingerprint(parser, row),
      // A SECURITY DEFINER function's pinned search_path is its safety; argument defaults are its callers' contract.
      ...(row.settings ? { settings: row.settings } : {}),
      ...(row.arguments !== row.args ? { arguments: row.arguments } : {}),
      ...commented(row.comment),
    }),
  );
  const sequences = (await answers.sequences).map((row) =>
    object(row.schema, row.name, 'sequence', { type: normalizePgType(row.type), options: sequenceDefinition(row) }),
  );
  const extensions = (await answers.extensions).map((row) =>
    object(row.schema, row.name, 'extension', { version: row.version }),
  );
  const collations = (await answers.collations).map((row) =>
    object(row.schema, row.name, 'collation', { provider: PROVIDERS[row.provider] ?? row.provider, locale: row.locale ?? '', deterministic: String(row.deterministic) }),
  );
  const roles = (await answers.roles).map((row) =>
    object('', row.name, 'role', { create_db: String(row.create_db), create_role: String(row.create_role), inherit: String(row.inherit) }),
  );
  return { engine: 'postgres', tables: [...tables.values(), ...userTypes, ...routines, ...sequences, ...extensions, ...collations, ...roles] };
}
