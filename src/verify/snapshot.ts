import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { dialectFor } from '../dialects/index.js';
import { fromDrizzle, isDrizzleSnapshot, type DrizzleSnapshot } from '../sources/drizzle/snapshot.js';
import { ENGINE_KINDS } from '../engines/index.js';
import { configError } from '../errors.js';
import type { MigrationSet, SchemaSnapshot, TableSchema } from '../types.js';
import type { SchemaStep } from './explain.js';
import { SERVER_WIDE_TYPES, tableKey } from './diff.js';

/**
 * Expected-schema files: drizzle-kit's `meta/NNNN_snapshot.json` (Postgres) and schemagate's own
 * snapshot (any engine, written by `snapshot` mode). Both become a SchemaSnapshot; both can point
 * an annotation at the line that declares a table, column, index, constraint or enum.
 */
export const SNAPSHOT_FORMAT = 'schemagate-snapshot';
/**
 * 2: tables carry their `parts` (indexes, constraints) and enum types are listed. A version 1
 * file records neither: its tables state no parts, so none are compared, and live enums are not
 * reported as extra.
 * 3: every object states all its properties (an absent one is "none", compared both ways), and
 * the objects beyond tables are listed: functions, procedures, sequences, extensions, collations
 * (Postgres) and dictionaries (ClickHouse); tables state their triggers, policies, partitions and
 * exclusion constraints (Postgres) and row policies (ClickHouse, where the server shows them).
 * An older file is compared on what it states: its properties one way, its parts by the kinds it
 * lists, and live objects of the newer types are not extra.
 * 4: ClickHouse tables state their skipping indices' granularity. A version 3 file is not
 * compared on it.
 * 5: views state their query's parse tree (`query_tree`, Postgres), which reads the same on every
 * server version and as drizzle-kit writes the query. An older file is compared on the query's
 * text only.
 * 6: views and materialized views state their options (`with_options`, Postgres:
 * security_barrier, security_invoker, check_option, storage parameters). An older file is not
 * compared on them.
 * 7: functions state whether they are called on null input (`null_input`), their SET clauses
 * (`settings`) and their arguments' defaults (`arguments`, Postgres). An older file is not
 * compared on them.
 * 8: domains and composite types are listed (Postgres); a table column, a domain and a composite
 * type's attribute state their COLLATE (`collation`) where it is not their type's own, and so do
 * an index's keys. An older file is not compared on collations, and live domains and composite
 * types are not extra.
 * 9: functions state PARALLEL (`parallel`), LEAKPROOF (`leakproof`), COST (`cost`) and, when
 * they return a set, ROWS (`rows`) (Postgres); tables, views, columns (both engines), functions,
 * procedures and types (Postgres) their COMMENT (`comment`, where they have one). An older file
 * is not compared on them.
 * 10: Postgres tables state UNLOGGED (`persistence`) and a REPLICA IDENTITY other than the
 * default (`replica_identity`). An older file is not compared on them.
 * No version writes the server-wide objects (roles: SERVER_WIDE_TYPES).
 */
export const SNAPSHOT_VERSION = 10;
const TYPES_SINCE_VERSION_2 = ['enum'];
const TYPES_SINCE_VERSION_3 = ['function', 'procedure', 'sequence', 'extension', 'collation', 'dictionary'];
const PROPERTIES_SINCE_VERSION_4 = ['skipping_index_granularity'];
const PROPERTIES_SINCE_VERSION_5 = ['query_tree'];
const PROPERTIES_SINCE_VERSION_6 = ['with_options'];
const PROPERTIES_SINCE_VERSION_7 = ['null_input', 'settings', 'arguments'];
const TYPES_SINCE_VERSION_8 = ['domain', 'composite_type'];
const PROPERTIES_SINCE_VERSION_8 = ['collation'];
const PROPERTIES_SINCE_VERSION_9 = ['parallel', 'leakproof', 'cost', 'rows', 'comment'];
const PROPERTIES_SINCE_VERSION_10 = ['persistence', 'replica_identity'];

function typesUnrecordedBy(version: number): string[] {
  return [...(version < 2 ? TYPES_SINCE_VERSION_2 : []), ...(version < 3 ? TYPES_SINCE_VERSION_3 : []), ...(version < 8 ? TYPES_SINCE_VERSION_8 : [])];
}

/** Properties a complete (version 3+) file of this version could not state: not compared. */
const propertiesUnrecordedBy = (version: number): string[] => [
  ...(version < 4 ? PROPERTIES_SINCE_VERSION_4 : []),
  ...(version < 5 ? PROPERTIES_SINCE_VERSION_5 : []),
  ...(version < 6 ? PROPERTIES_SINCE_VERSION_6 : []),
  ...(version < 7 ? PROPERTIES_SINCE_VERSION_7 : []),
  ...(version < 8 ? PROPERTIES_SINCE_VERSION_8 : []),
  ...(version < 9 ? PROPERTIES_SINCE_VERSION_9 : []),
  ...(version < 10 ? PROPERTIES_SINCE_VERSION_10 : []),
];

/**
 * The schema's parts as a snapshot that could not record `unrecorded` states them (an index's
 * COLLATE before version 8): for the expected side of such a snapshot and the live side it is
 * compared with alike. The dialect knows where a part holds such a property.
 */
export function partsAsRecorded(schema: SchemaSnapshot, unrecorded: readonly string[] | undefined): SchemaSnapshot {
  const without = dialectFor(schema.engine).spelling?.partWithout;
  if (!without || !unrecorded || unrecorded.length === 0) return schema;
  const omitted = new Set(unrecorded);
  const spell = (kind: string, parts: Record<string, string>) => Object.fromEntries(Object.entries(parts).map(([name, definition]) => [name, without(kind, definition, omitted)]));
  const tables = schema.tables.map((t) => (t.parts ? { ...t, parts: Object.fromEntries(Object.entries(t.parts).map(([kind, parts]) => [kind, spell(kind, parts)])) } : t));
  return { ...schema, tables };
}

export interface ExpectedSnapshot {
  file: string;
  format: 'drizzle' | 'schemagate';
  schema: SchemaSnapshot;
  /** 1-based line that declares `schema.table` or `schema.table.column`, for annotations. */
  locate(object: string): number;
}

function lineOf(text: string, needle: string, fromLine = 1): number {
  const lines = text.split('\n');
  for (let i = fromLine - 1; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  return 0;
}

/** The first line at or after `fromLine` that matches. */
function lineMatching(text: string, pattern: RegExp, fromLine = 1): number {
  const lines = text.split('\n');
  for (let i = fromLine - 1; i < lines.length; i++) if (pattern.test(lines[i]!)) return i + 1;
  return 0;
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `schema.table`, `schema.table.column` or `schema.table.part` to its line. A part (index,
 * constraint) is found by its name as a key after the table's line: drizzle keys each index and
 * constraint by name, schemagate writes one `"name": "definition"` line per part. A part that
 * shares a column's name resolves to the column: one table holds both, a line apart at most.
 */
function locator(text: string, format: 'drizzle' | 'schemagate', schema: SchemaSnapshot) {
  return (object: string): number => {
    const table = schema.tables.find((t) => object === tableKey(t) || object.startsWith(`${tableKey(t)}.`));
    if (!table) return 1;
    const tableNeedle =
      format === 'drizzle'
        ? `"${tableKey(table)}": {`
        : `"schema": ${JSON.stringify(table.schema)}, "name": ${JSON.stringify(table.name)}`;
    // drizzle keys a schema-less object (a role) by its bare name, in its own section after the tables.
    const section = format === 'drizzle' && !table.schema ? lineMatching(text, new RegExp(`^\\s*"${table.type}s": \\{`)) : 1;
    const tableLine = lineOf(text, tableNeedle, section || 1) || 1;
    const member = object.slice(tableKey(table).length + 1);
    if (!member) return tableLine;
    const key = escapeRegExp(JSON.stringify(member));
    if (table.columns.some((c) => c.name === member)) {
      const columnNeedle = format === 'drizzle' ? `"${member}": {` : `{ "name": ${JSON.stringify(member)},`;
      return lineOf(text, columnNeedle, tableLine) || tableLine;
    }
    const partPattern = format === 'drizzle' ? new RegExp(`^\\s*${key}: \\{`) : new RegExp(`^\\s*${key}: "`);
    return (
      lineMatching(text, partPattern, tableLine) ||
      // drizzle's older column-level unique: `"uniqueName": "users_email_unique"` in the column.
      lineOf(text, JSON.stringify(member), tableLine) ||
      tableLine
    );
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const allStrings = (value: unknown) => isRecord(value) && Object.values(value).every((v) => typeof v === 'string');

/** What is wrong with one table of a schemagate snapshot, or null: a hand edit must not be read as a different schema, nor crash the diff. */
function tableShapeProblem(table: unknown): string | null {
  if (!isRecord(table)) return 'is not an object';
  for (const key of ['schema', 'name', 'type'] as const) if (typeof table[key] !== 'string') return `has no string "${key}"`;
  if (!Array.isArray(table.primaryKey) || !table.primaryKey.every((c) => typeof c === 'string')) return 'has no "primaryKey" list of column names';
  if (!Array.isArray(table.columns)) return 'has no "columns" list';
  for (const [i, column] of table.columns.entries()) {
    const which = `column ${i + 1}`;
    if (!isRecord(column)) return `${which} is not an object`;
    if (typeof column.name !== 'string' || typeof column.type !== 'string') return `${which} has no string "name" and "type"`;
    if (typeof column.nullable !== 'boolean') return `${which} (${column.name}) has no boolean "nullable"`;
    if (column.default !== null && typeof column.default !== 'string') return `${which} (${column.name}) has a "default" that is neither a string nor null`;
    if (column.properties !== undefined && !allStrings(column.properties)) return `${which} (${column.name}) has "properties" that are not all strings`;
  }
  if (table.properties !== undefined && !allStrings(table.properties)) return 'has "properties" that are not all strings';
  if (table.parts !== undefined && !(isRecord(table.parts) && Object.values(table.parts).every(allStrings))) return 'has "parts" that are not, per kind, names mapped to definitions';
  return null;
}

export async function readExpectedSnapshot(file: string, displayFile: string): Promise<ExpectedSnapshot> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw configError(`Snapshot ${displayFile} cannot be read.`, {
      hint: 'Set `snapshot` to a schemagate snapshot (written by mode `snapshot`) or a drizzle meta folder.',
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw configError(`Snapshot ${displayFile} is not valid JSON: ${(error as Error).message}`, { location: { file: displayFile } });
  }
  const shapeError = (what: string) =>
    configError(`Snapshot ${displayFile} ${what}.`, {
      location: { file: displayFile, line: 1 },
      hint: 'Write the snapshot again with mode `snapshot` (or let drizzle-kit generate it), or point `snapshot` at another file.',
    });
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw shapeError('is not a JSON object');
  const object = parsed as Record<string, unknown>;
  if (object.format === SNAPSHOT_FORMAT) {
    const version = object.version ?? 1;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw shapeError(`has an invalid "version" (${JSON.stringify(object.version)}; schemagate writes ${SNAPSHOT_VERSION})`);
    if (version > SNAPSHOT_VERSION) {
      throw configError(`Snapshot ${displayFile} is version ${version}, written by a newer schemagate: this one reads versions 1 to ${SNAPSHOT_VERSION}.`, {
        location: { file: displayFile, line: 1 },
        hint: 'Run the schemagate version that wrote the snapshot (or a newer one), or write the snapshot again with this one (mode `snapshot`).',
      });
    }
    const engine = String(object.engine);
    if (!Array.isArray(object.tables)) throw shapeError('has no valid "tables" list');
    if (!(ENGINE_KINDS as readonly string[]).includes(engine)) throw shapeError(`names an unknown "engine" (${JSON.stringify(object.engine)})`);
    const malformed = object.tables.map((table, index) => [index, tableShapeProblem(table)] as const).find(([, problem]) => problem !== null);
    if (malformed) {
      const [index, problem] = malformed;
      const table = object.tables[index] as Partial<TableSchema> | null;
      const named = table && typeof table === 'object' && typeof table.name === 'string' ? ` (${JSON.stringify(table.name)})` : '';
      const line = named ? lineOf(text, `"name": ${JSON.stringify(table!.name)}`) : 0;
      throw configError(`Snapshot ${displayFile}: table ${index + 1}${named} ${problem}.`, {
        location: { file: displayFile, line: line || 1 },
        hint: 'Write the snapshot again with mode `snapshot`, or correct the hand edit: each table has a string "schema", "name" and "type", a "primaryKey" list of names, "columns" (each with a string "name" and "type", a boolean "nullable" and a string or null "default"), and optional "properties" and "parts" of strings.',
      });
    }
    let tables = object.tables as TableSchema[];
    const spelling = dialectFor(engine).spelling;
    if (spelling) {
      // A query written by an older schemagate, or on another server version, in today's spelling.
      tables = tables.map((t) => (t.properties?.query ? { ...t, properties: { ...t.properties, query: spelling.viewQuery(t.properties.query) } } : t));
    }
    const unrecordedTypes = typesUnrecordedBy(version);
    const unrecordedProperties = propertiesUnrecordedBy(version);
    const schema: SchemaSnapshot = partsAsRecorded({
      engine,
      tables,
      ...(unrecordedTypes.length > 0 ? { unrecordedTypes } : {}),
      ...(version >= 3 ? { propertiesComplete: true } : {}),
      ...(version >= 3 && unrecordedProperties.length > 0 ? { unrecordedProperties } : {}),
    }, unrecordedProperties);
    return { file: displayFile, format: 'schemagate', schema, locate: locator(text, 'schemagate', schema) };
  }
  if (isDrizzleSnapshot(object)) {
    const schema = await fromDrizzle(object as unknown as DrizzleSnapshot);
    return { file: displayFile, format: 'drizzle', schema, locate: locator(text, 'drizzle', schema) };
  }
  throw configError(`Snapshot ${displayFile} is neither a schemagate snapshot nor a drizzle-kit snapshot.`, {
    location: { file: displayFile, line: 1 },
    hint: 'Write one with mode `snapshot`, or point `snapshot` at drizzle\'s meta folder.',
  });
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One table header, one column and one index or constraint per line: diffs review well and
 * annotations find lines. Tables and views first, then the other types (enums), each by name.
 * The server's own objects (roles) are left out: they belong to the environment, not the schema.
 */
export function renderSnapshot(schema: SchemaSnapshot): string {
  const relation = (t: TableSchema) => (['table', 'view', 'materialized_view'].includes(t.type) ? 0 : 1);
  const tables = schema.tables.filter((t) => !SERVER_WIDE_TYPES.has(t.type)).sort((a, b) => relation(a) - relation(b) || tableKey(a).localeCompare(tableKey(b)));
  const renderTable = (t: TableSchema) => {
    const header = `    { "schema": ${JSON.stringify(t.schema)}, "name": ${JSON.stringify(t.name)}, "type": ${JSON.stringify(t.type)}, "primaryKey": ${JSON.stringify(t.primaryKey)}`;
    const properties = t.properties && Object.keys(t.properties).length > 0 ? `,\n      "properties": ${JSON.stringify(t.properties)}` : '';
    const columns = t.columns
      .map((c) => {
        const properties = c.properties ? `, "properties": ${JSON.stringify(c.properties)}` : '';
        return `        { "name": ${JSON.stringify(c.name)}, "type": ${JSON.stringify(c.type)}, "nullable": ${c.nullable}, "default": ${JSON.stringify(c.default)}${properties} }`;
      })
      .join(',\n');
    const kinds = Object.keys(t.parts ?? {}).sort(byName);
    const parts = kinds.map((kind) => {
      const members = Object.entries(t.parts![kind]!).sort(([a], [b]) => byName(a, b));
      if (members.length === 0) return `        ${JSON.stringify(kind)}: {}`;
      return `        ${JSON.stringify(kind)}: {\n${members.map(([name, definition]) => `          ${JSON.stringify(name)}: ${JSON.stringify(definition)}`).join(',\n')}\n        }`;
    });
    const columnList = columns ? `[\n${columns}\n      ]` : '[]';
    const partList = kinds.length > 0 ? `,\n      "parts": {\n${parts.join(',\n')}\n      }` : '';
    return `${header}${properties},\n      "columns": ${columnList}${partList} }`;
  };
  return `{\n  "format": "${SNAPSHOT_FORMAT}",\n  "version": ${SNAPSHOT_VERSION},\n  "engine": ${JSON.stringify(schema.engine)},\n  "tables": [\n${tables.map(renderTable).join(',\n')}\n  ]\n}\n`;
}

/** The snapshot names no object of the schema (server-wide roles do not count): comparing against it checks nothing. */
export const statesNothing = (schema: SchemaSnapshot): boolean => schema.tables.every((t) => SERVER_WIDE_TYPES.has(t.type));

/** Where an empty snapshot usually comes from, for the errors that refuse to write or read one. */
export const EMPTY_SNAPSHOT_HINT =
  'Snapshot a database the migrations have been applied to. If they create their objects in another database or schema than the target\'s (a ClickHouse migration that names `db.table`, a Postgres `schema`), point the target there: the ClickHouse URL\'s database, or `schema`.';

export function writeSnapshot(file: string, schema: SchemaSnapshot): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderSnapshot(schema));
}

/**
 * The schema expected after each migration, where the folder records it: drizzle-kit writes
 * `meta/NNNN_snapshot.json` for migration NNNN. Empty for folders without such a history.
 */
export async function snapshotHistory(set: MigrationSet): Promise<SchemaStep[]> {
  if (set.layout !== 'drizzle') return [];
  const steps: SchemaStep[] = [];
  for (const migration of set.migrations) {
    const file = path.join(set.root, 'meta', `${migration.id}_snapshot.json`);
    if (existsSync(file)) steps.push({ migration, schema: (await readExpectedSnapshot(file, file)).schema });
  }
  return steps;
}
