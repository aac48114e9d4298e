import path from 'node:path';
import { dialectFor, type TableRef } from '../../dialects/index.js';
import type { ColumnSchema, SchemaSnapshot, TableSchema } from '../../types.js';
import { listDir } from '../files.js';

/**
 * drizzle-kit's `meta/NNNN_snapshot.json`: the schema drizzle believes its migrations produce,
 * read into the schema model so verification compares it with the live database.
 */

/** The schemagate dialect drizzle's Postgres migrations and snapshots are written in. */
export const DRIZZLE_DIALECT = 'postgres';

const spell = dialectFor(DRIZZLE_DIALECT).spelling!;

/** The newest `meta/NNNN_snapshot.json` in `metaDir`, by its number. */
export function latestSnapshot(metaDir: string): string | undefined {
  let best: { n: bigint; name: string } | undefined;
  for (const entry of listDir(metaDir)) {
    const match = /^(\d+)_snapshot\.json$/.exec(entry.name);
    if (entry.isDir || !match) continue;
    const n = BigInt(match[1]!);
    if (!best || n > best.n) best = { n, name: entry.name };
  }
  return best && path.join(metaDir, best.name);
}

/** drizzle snapshots key tables by name in an object; schemagate's list them in an array. */
export function isDrizzleSnapshot(object: Record<string, unknown>): boolean {
  return Boolean(object.tables) && typeof object.tables === 'object' && !Array.isArray(object.tables);
}

interface DrizzleColumn {
  name: string;
  type: string;
  typeSchema?: string;
  primaryKey?: boolean;
  notNull?: boolean;
  default?: unknown;
  /** Older snapshots put a column's `.unique()` here rather than in `uniqueConstraints`. */
  isUnique?: unknown;
  uniqueName?: string;
  nullsNotDistinct?: boolean;
  generated?: { type: string; as: string };
  identity?: DrizzleSequence & { type: 'always' | 'byDefault' };
}
interface DrizzleSequence {
  name: string;
  schema?: string;
  increment?: string;
  minValue?: string;
  maxValue?: string;
  startWith?: string;
  cache?: string;
  cycle?: boolean;
}
interface DrizzlePolicy {
  name: string;
  as?: 'PERMISSIVE' | 'RESTRICTIVE';
  for?: string;
  to?: string[];
  using?: string;
  withCheck?: string;
}
interface DrizzleIndexColumn {
  expression: string;
  isExpression?: boolean;
  asc?: boolean;
  nulls?: string;
  opclass?: string;
}
interface DrizzleIndex {
  name: string;
  /** Objects since snapshot version 7; column names before. */
  columns: Array<DrizzleIndexColumn | string>;
  isUnique?: boolean;
  method?: string;
  where?: string;
  with?: Record<string, unknown>;
}
interface DrizzleForeignKey {
  name: string;
  tableTo: string;
  schemaTo?: string;
  columnsFrom: string[];
  columnsTo: string[];
  onDelete?: string;
  onUpdate?: string;
}
interface DrizzleUnique {
  name: string;
  columns: string[];
  nullsNotDistinct?: boolean;
}
interface DrizzleTable {
  name: string;
  schema?: string;
  columns: Record<string, DrizzleColumn>;
  compositePrimaryKeys?: Record<string, { columns: string[] } | string>;
  indexes?: Record<string, DrizzleIndex>;
  foreignKeys?: Record<string, DrizzleForeignKey>;
  uniqueConstraints?: Record<string, DrizzleUnique>;
  checkConstraints?: Record<string, { name: string; value: string }>;
  policies?: Record<string, DrizzlePolicy>;
  isRLSEnabled?: boolean;
}
interface DrizzleEnum {
  name: string;
  schema?: string;
  /** An array since version 5; an object of label -> label before. */
  values: string[] | Record<string, string>;
}
/** `pgView` / `pgMaterializedView` (snapshot key `views`; older snapshots lack it). */
interface DrizzleView {
  name: string;
  schema?: string;
  /** The columns the view's query selects, each as the table (or `pgView(name, columns)`) declares it. */
  columns: Record<string, DrizzleColumn>;
  /** The query as drizzle-kit writes it into `CREATE VIEW ... AS (...)`; absent for an existing view. */
  definition?: string;
  materialized?: boolean;
  /** `.with({...})`: a view's options (checkOption, securityBarrier, securityInvoker) or a materialized view's storage parameters, camelCased. */
  with?: Record<string, string | number | boolean | null>;
  /** `.existing()`: a view drizzle-kit neither creates nor manages. */
  isExisting?: boolean;
}
/** `pgRole(name, { createDb, createRole, inherit })` (snapshot key `roles`). */
interface DrizzleRole {
  name: string;
  createDb?: boolean;
  createRole?: boolean;
  inherit?: boolean;
  isExisting?: boolean;
}
export interface DrizzleSnapshot {
  dialect?: string;
  tables: Record<string, DrizzleTable>;
  enums?: Record<string, DrizzleEnum>;
  sequences?: Record<string, DrizzleSequence>;
  views?: Record<string, DrizzleView>;
  roles?: Record<string, DrizzleRole>;
}

function drizzleType(column: DrizzleColumn): string {
  const schema = column.typeSchema && column.typeSchema !== 'public' ? `${column.typeSchema}.` : '';
  return spell.type(`${schema}${column.type}`);
}

/**
 * drizzle-kit's index columns as the SQL it generates from them: an operator class replaces the
 * ordering (drizzle-kit then writes neither DESC nor NULLS), and NULLS is written unless it is
 * ascending with nulls last.
 */
function drizzleIndex(index: DrizzleIndex, table: TableRef): string {
  return spell.index(
    {
      unique: index.isUnique === true,
      method: index.method ?? 'btree',
      keys: index.columns.map((c) => {
        if (typeof c === 'string') return { expression: c, isExpression: false, desc: false, nullsFirst: false };
        const ordered = !c.opclass;
        const desc = ordered && c.asc === false;
        const nullsFirst = ordered && (c.nulls ? c.nulls.toLowerCase() === 'first' : desc);
        return { expression: c.expression, isExpression: c.isExpression === true, desc, nullsFirst, opclass: c.opclass ?? null };
      }),
      where: index.where ?? null,
      with: index.with ?? null,
    },
    table,
  );
}

/** Each part kind the table's snapshot states (all four since drizzle-kit's checkConstraints). */
function drizzleParts(table: DrizzleTable, ref: TableRef): Record<string, Record<string, string>> | undefined {
  const parts: Record<string, Record<string, string>> = {};
  const named = <T extends { name?: string }>(items: Record<string, T> | T[], definition: (item: T) => string) =>
    Object.fromEntries(Object.entries(items).map(([key, item]) => [spell.identifier(item.name || key), definition(item)]));
  if (table.indexes) parts.index = named(table.indexes, (i) => drizzleIndex(i, ref));
  const columnUniques = Object.values(table.columns)
    .filter((c) => c.isUnique === true || c.isUnique === 'true')
    .map((c) => ({ name: c.uniqueName || `${table.name}_${c.name}_unique`, columns: [c.name], nullsNotDistinct: c.nullsNotDistinct === true }));
  if (table.uniqueConstraints || columnUniques.length > 0) {
    const uniques = [...columnUniques, ...Object.values(table.uniqueConstraints ?? {})];
    parts.unique_constraint = named(uniques, (u) => spell.unique({ columns: u.columns, nullsNotDistinct: u.nullsNotDistinct === true }));
  }
  if (table.foreignKeys) {
    parts.foreign_key = named(table.foreignKeys, (fk) =>
      spell.foreignKey({
        columns: fk.columnsFrom,
        refSchema: fk.schemaTo || 'public',
        refTable: spell.identifier(fk.tableTo),
        refColumns: fk.columnsTo,
        onDelete: fk.onDelete,
        onUpdate: fk.onUpdate,
      }),
    );
  }
  if (table.checkConstraints) parts.check_constraint = named(table.checkConstraints, (c) => spell.expression(c.value, ref));
  if (table.policies) {
    parts.policy = named(table.policies, (p) =>
      spell.policy({ permissive: p.as !== 'RESTRICTIVE', command: p.for ?? 'ALL', roles: p.to ?? ['public'], using: p.using ?? null, withCheck: p.withCheck ?? null }, ref),
    );
  }
  return Object.keys(parts).length > 0 ? parts : undefined;
}

/** The largest value of each integer type: a sequence's default maximum. */
const TYPE_MAX: Record<string, string> = { smallint: '32767', integer: '2147483647', bigint: '9223372036854775807' };

/** A drizzle sequence's options with Postgres's defaults for those it leaves out. */
function sequenceOptions(sequence: DrizzleSequence, type: string): string {
  const min = sequence.minValue ?? '1';
  return spell.sequence({
    increment: sequence.increment ?? '1',
    min,
    max: sequence.maxValue ?? TYPE_MAX[type] ?? TYPE_MAX.bigint!,
    start: sequence.startWith ?? min,
    cache: sequence.cache ?? '1',
    cycle: sequence.cycle === true,
  });
}

function columnProperties(column: DrizzleColumn, type: string, ref: TableRef): Record<string, string> | undefined {
  if (column.identity) return { identity: `${column.identity.type === 'always' ? 'always' : 'by default'} (${sequenceOptions(column.identity, type)})` };
  if (column.generated) return { generated: spell.generated(column.generated.as, column.generated.type, ref) };
  return undefined;
}

/**
 * Whether RLS is on: drizzle-kit enables it for a table with policies even when the table does
 * not ask for it. Older snapshots, without the key, say nothing.
 */
function rowSecurity(table: DrizzleTable): Record<string, string> | undefined {
  if (table.isRLSEnabled === undefined && !table.policies) return undefined;
  return { row_security: table.isRLSEnabled || Object.keys(table.policies ?? {}).length > 0 ? 'enabled' : 'disabled' };
}

/** drizzle-kit copies a table column's type into a view over it, serial too; the view's column has the integer. */
const SERIAL_INTEGERS: Record<string, string> = { serial: 'integer', bigserial: 'bigint', smallserial: 'smallint' };

/**
 * A view as the catalog has it: its columns by name and type (a view's columns are nullable and
 * have no defaults, whatever the table's say), its query as a parse-tree fingerprint, since
 * drizzle-kit's text and the server's deparsed text never read alike, and its options (`none`
 * without a `with`, so options added on the database are drift too).
 */
async function drizzleView(view: DrizzleView): Promise<TableSchema> {
  return {
    schema: view.schema || 'public',
    name: spell.identifier(view.name),
    type: view.materialized ? 'materialized_view' : 'view',
    primaryKey: [],
    columns: Object.values(view.columns ?? {}).map((c) => {
      const type = drizzleType(c);
      return { name: c.name, type: SERIAL_INTEGERS[type] ?? type, nullable: true, default: null };
    }),
    properties: {
      ...(view.definition ? { query_tree: await spell.viewQueryTree(view.definition) } : {}),
      with_options: spell.withOptions(viewOptions(view)),
    },
  };
}

/** drizzle's `with` keys are the options' names camelCased: `securityBarrier` is `security_barrier`. */
const viewOptions = (view: DrizzleView) =>
  Object.entries(view.with ?? {})
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}=${String(value)}`);

/** A role with the attributes drizzle-kit's `CREATE ROLE` gives it (CREATEDB, CREATEROLE, INHERIT). */
const drizzleRole = (role: DrizzleRole): TableSchema => ({
  schema: '',
  name: spell.identifier(role.name),
  type: 'role',
  columns: [],
  primaryKey: [],
  properties: { create_db: String(role.createDb === true), create_role: String(role.createRole === true), inherit: String(role.inherit !== false) },
});

/** A drizzle-kit snapshot as the schema model, spelled as the Postgres catalog spells it. */
export async function fromDrizzle(snapshot: DrizzleSnapshot): Promise<SchemaSnapshot> {
  const tables: TableSchema[] = Object.values(snapshot.tables).map((table) => {
    const columns = Object.values(table.columns);
    const composite = Object.values(table.compositePrimaryKeys ?? {}).map((pk) =>
      typeof pk === 'string' ? pk.split(';')[0]!.split(',') : pk.columns,
    )[0];
    const schema = table.schema || 'public';
    const ref = { schema, name: table.name };
    const parts = drizzleParts(table, ref);
    const properties = rowSecurity(table);
    return {
      schema,
      name: table.name,
      type: 'table',
      primaryKey: composite ?? columns.filter((c) => c.primaryKey).map((c) => c.name),
      columns: columns.map((c): ColumnSchema => {
        const type = drizzleType(c);
        const extras = columnProperties(c, type, ref);
        return {
          name: c.name,
          type,
          nullable: !(c.notNull ?? false) && !c.primaryKey,
          default: spell.defaultExpression(c.default),
          ...(extras ? { properties: extras } : {}),
        };
      }),
      ...(properties ? { properties } : {}),
      ...(parts ? { parts } : {}),
    };
  });
  const enums = Object.values(snapshot.enums ?? {}).map(
    (e): TableSchema => ({
      schema: e.schema || 'public',
      name: spell.identifier(e.name),
      type: 'enum',
      columns: [],
      primaryKey: [],
      properties: { values: spell.enumValues(Array.isArray(e.values) ? e.values : Object.values(e.values)) },
    }),
  );
  const sequences = Object.values(snapshot.sequences ?? {}).map(
    (s): TableSchema => ({ schema: s.schema || 'public', name: spell.identifier(s.name), type: 'sequence', columns: [], primaryKey: [], properties: { options: sequenceOptions(s, 'bigint') } }),
  );
  const allViews = Object.values(snapshot.views ?? {});
  const views = await Promise.all(allViews.filter((v) => !v.isExisting).map(drizzleView));
  const roles = Object.values(snapshot.roles ?? {}).filter((r) => !r.isExisting).map(drizzleRole);
  // What drizzle-kit does not record is not reported as extra: functions, extensions, collations,
  // domains and composite types;
  // enums, sequences and views where a snapshot is older than their keys; the views it declares
  // `.existing()` (neither created nor managed by it). Roles are never extra (SERVER_WIDE_TYPES).
  const unrecordedTypes = [
    'function',
    'procedure',
    'extension',
    'collation',
    'domain',
    'composite_type',
    ...(snapshot.enums ? [] : ['enum']),
    ...(snapshot.sequences ? [] : ['sequence']),
    ...(snapshot.views ? [] : ['view', 'materialized_view']),
  ];
  const unmanaged = allViews.filter((v) => v.isExisting).map((v) => `${v.schema || 'public'}.${spell.identifier(v.name)}`);
  return {
    engine: DRIZZLE_DIALECT,
    tables: [...tables, ...enums, ...sequences, ...views, ...roles],
    unrecordedTypes,
    ...(unmanaged.length > 0 ? { unmanaged } : {}),
  };
}
