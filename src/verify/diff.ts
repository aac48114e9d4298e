import type { ColumnSchema, Difference, SchemaSnapshot, Severity, TableSchema } from '../types.js';

/**
 * The pure schema differ: expected (a snapshot) against actual (introspected). Anything missing
 * or different is an error; anything extra is a warning unless the user makes extras fail.
 * Engine-specific facts travel in `properties`; a snapshot that states all of them compares them
 * both ways, an older or another tool's snapshot only those it states; named parts of a table (indexes, constraints) travel in `parts`, by kind, and a
 * kind is compared only where the expected side states it. So one differ serves every engine.
 */
export interface DiffOptions {
  failOnExtra: boolean;
}

/** `schema.table`, or just `table` for engines whose tables have no schema (ClickHouse). */
export const tableKey = (t: Pick<TableSchema, 'schema' | 'name'>) => (t.schema ? `${t.schema}.${t.name}` : t.name);
/** What a property stated only where it is not the default reads as when absent. */
const UNSTATED: Readonly<Record<string, string>> = { persistence: 'LOGGED', replica_identity: 'DEFAULT' };
const show = (v: string | null, key?: string) => v ?? (key !== undefined ? UNSTATED[key] : undefined) ?? 'none';
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** `materialized_view` -> `materialized view`, `foreign_key` -> `foreign key`. */
const label = (name: string) => name.replace(/_/g, ' ');

/** Tables and views keep the kinds `missing-table` and `extra-table`; any other object is named by its type (`missing-function`, `extra-enum`). */
const RELATIONS: ReadonlySet<string> = new Set(['table', 'view', 'materialized_view']);
const objectKind = (direction: 'missing' | 'extra', type: string) => `${direction}-${RELATIONS.has(type) ? 'table' : type.replace(/_/g, '-')}`;

/** Whether a difference is a whole object missing (a table, a function...), not a part of a table. */
export const isMissingObject = (difference: Pick<Difference, 'kind' | 'expected'>) => difference.expected !== null && difference.kind === objectKind('missing', difference.expected);

/**
 * Object types that belong to the server, not to one database (roles): they differ between
 * environments, so schemagate's snapshots do not write them and a live one is never extra, but one
 * a snapshot states (drizzle-kit's `pgRole`) must exist as stated.
 */
export const SERVER_WIDE_TYPES: ReadonlySet<string> = new Set(['role']);

/**
 * Properties whose difference is reported, never failed: an extension's version moves with the
 * server's packages, not with the migrations, and a COMMENT documents the schema without changing it.
 */
const ADVISORY_PROPERTIES = new Set(['version', 'comment']);

/** Which properties the expected side states: all (but those its version could not), or its keys only. */
interface PropertyScope {
  complete: boolean;
  unrecorded: ReadonlySet<string>;
}

const NONE: Readonly<Record<string, string>> = Object.freeze({});
const own = (record: Readonly<Record<string, string>>, key: string) => (Object.hasOwn(record, key) ? record[key]! : null);

/**
 * The properties one side states. Where the expected side states every property it has
 * (`complete`), one present on a single side is a difference (a TTL added where none was);
 * otherwise only the keys it states are compared. Differences are pushed onto `into`: a schema of
 * 40 000 columns, most without properties, is compared without an array per column.
 */
function compareProperties(
  into: Difference[],
  object: string,
  expected: Record<string, string> | undefined,
  actual: Record<string, string> | undefined,
  what: string,
  compared: PropertyScope,
): void {
  const stated = expected ?? NONE;
  const live = actual ?? NONE;
  const compare = (key: string) => {
    const e = own(stated, key);
    const a = own(live, key);
    if (e === a) return;
    into.push({
      severity: ADVISORY_PROPERTIES.has(key) ? 'warning' : 'error',
      kind: key.replace(/_/g, '-'),
      object,
      expected: e,
      actual: a,
      message: `${what} ${object}: ${key.replace(/_/g, ' ')} is ${show(a, key)}, expected ${show(e, key)}`,
    });
  };
  for (const key of Object.keys(stated)) compare(key);
  if (!compared.complete) return;
  for (const key of Object.keys(live)) if (!Object.hasOwn(stated, key) && !compared.unrecorded.has(key)) compare(key);
}

/**
 * One kind of named part (`index`, `foreign_key`...) of one table. Matched by name; an expected
 * part absent under its name while an unexpected one has the very same definition is reported
 * once, as a name difference, rather than as one missing and one extra.
 */
function compareParts(into: Difference[], table: string, kind: string, expected: Record<string, string>, actual: Record<string, string>, extra: Severity): void {
  const expectedNames = Object.keys(expected);
  const actualNames = Object.keys(actual);
  if (expectedNames.length === 0 && actualNames.length === 0) return;
  const what = label(kind);
  const code = kind.replace(/_/g, '-');
  // The live parts no expected one is named after, built only once one is missing.
  let unexpected: Map<string, string> | null = null;
  for (const name of expectedNames) {
    const definition = expected[name]!;
    const object = `${table}.${name}`;
    const live = own(actual, name);
    if (live !== null) {
      if (live !== definition) {
        into.push({ severity: 'error', kind: code, object, expected: definition, actual: live, message: `${capitalised(what)} ${object} is ${live}, expected ${definition}` });
      }
      continue;
    }
    unexpected ??= new Map(actualNames.filter((n) => !Object.hasOwn(expected, n)).map((n) => [n, actual[n]!]));
    const renamed = [...unexpected].find(([, d]) => d === definition)?.[0];
    if (renamed !== undefined) {
      unexpected.delete(renamed);
      into.push({ severity: 'error', kind: `${code}-name`, object, expected: name, actual: renamed, message: `${capitalised(what)} ${object} is named ${renamed} in the database (${definition})` });
      continue;
    }
    into.push({ severity: 'error', kind: `missing-${code}`, object, expected: definition, actual: null, message: `Missing ${what} ${object}: ${definition}` });
  }
  for (const name of actualNames) {
    if (Object.hasOwn(expected, name) || (unexpected !== null && !unexpected.has(name))) continue;
    const definition = actual[name]!;
    into.push({ severity: extra, kind: `extra-${code}`, object: `${table}.${name}`, expected: null, actual: definition, message: `Unexpected ${what} ${table}.${name}: ${definition}` });
  }
}

function compareColumn(into: Difference[], object: string, expected: ColumnSchema, actual: ColumnSchema, compared: PropertyScope): void {
  const differ = (kind: string, e: string | null, a: string | null, label: string) => {
    into.push({ severity: 'error', kind, object, expected: e, actual: a, message: `Column ${object}: ${label} is ${show(a)}, expected ${show(e)}` });
  };
  if (expected.type !== actual.type) differ('type', expected.type, actual.type, 'type');
  if (!expected.nullable !== !actual.nullable) differ('nullable', expected.nullable ? 'NULL' : 'NOT NULL', actual.nullable ? 'NULL' : 'NOT NULL', 'nullability');
  if (expected.default !== actual.default) differ('default', expected.default, actual.default, 'default');
  if (expected.properties || actual.properties) compareProperties(into, object, expected.properties, actual.properties, 'Column', compared);
}

export function diffSchemas(expected: SchemaSnapshot, actual: SchemaSnapshot, options: DiffOptions): Difference[] {
  const extra: Severity = options.failOnExtra ? 'error' : 'warning';
  const differences: Difference[] = [];
  const actualTables = new Map(actual.tables.map((t) => [tableKey(t), t]));
  const expectedKeys = new Set(expected.tables.map(tableKey));
  const unrecorded = new Set([...(expected.unrecordedTypes ?? []), ...SERVER_WIDE_TYPES]);
  const unmanaged = new Set(expected.unmanaged ?? []);
  const compared: PropertyScope = { complete: expected.propertiesComplete === true, unrecorded: new Set(expected.unrecordedProperties ?? []) };

  for (const table of expected.tables) {
    const key = tableKey(table);
    const live = actualTables.get(key);
    if (!live) {
      differences.push({ severity: 'error', kind: objectKind('missing', table.type), object: key, expected: table.type, actual: null, message: `Missing ${label(table.type)} ${key}` });
      continue;
    }
    if (live.type !== table.type) {
      differences.push({ severity: 'error', kind: 'table-type', object: key, expected: table.type, actual: live.type, message: `${key} is a ${live.type}, expected a ${table.type}` });
    }
    const liveColumns = new Map(live.columns.map((c) => [c.name, c]));
    for (const column of table.columns) {
      const object = `${key}.${column.name}`;
      const liveColumn = liveColumns.get(column.name);
      if (!liveColumn) {
        differences.push({ severity: 'error', kind: 'missing-column', object, expected: column.type, actual: null, message: `Missing column ${object} (${column.type})` });
      } else {
        compareColumn(differences, object, column, liveColumn, compared);
      }
    }
    const expectedColumns = new Set(table.columns.map((c) => c.name));
    for (const column of live.columns.filter((c) => !expectedColumns.has(c.name))) {
      differences.push({ severity: extra, kind: 'extra-column', object: `${key}.${column.name}`, expected: null, actual: column.type, message: `Unexpected column ${key}.${column.name} (${column.type})` });
    }
    const pk = (t: TableSchema) => t.primaryKey.join(', ');
    if (pk(table) !== pk(live)) {
      differences.push({ severity: 'error', kind: 'primary-key', object: key, expected: pk(table) || null, actual: pk(live) || null, message: `${key}: primary key is (${pk(live) || 'none'}), expected (${pk(table) || 'none'})` });
    }
    compareProperties(differences, key, table.properties, live.properties, capitalised(label(table.type)), compared);
    for (const [kind, parts] of Object.entries(table.parts ?? {})) {
      compareParts(differences, key, kind, parts, live.parts?.[kind] ?? {}, extra);
    }
  }
  for (const table of actual.tables.filter((t) => !expectedKeys.has(tableKey(t)) && !unrecorded.has(t.type) && !unmanaged.has(tableKey(t)))) {
    differences.push({ severity: extra, kind: objectKind('extra', table.type), object: tableKey(table), expected: null, actual: table.type, message: `Unexpected ${label(table.type)} ${tableKey(table)}` });
  }
  return differences;
}
