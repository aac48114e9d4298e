import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { normalizePgDefault, normalizePgType } from '../engines/postgres/types.js';
import { configError } from '../errors.js';
import type { ColumnSchema, SchemaSnapshot, TableSchema } from '../types.js';
import { tableKey } from './diff.js';

/**
 * Expected-schema files: drizzle-kit's `meta/NNNN_snapshot.json` (Postgres) and schemagate's own
 * snapshot (any engine, written by `snapshot` mode). Both become a SchemaSnapshot; both can point
 * an annotation at the line that declares a table or column.
 */
export const SNAPSHOT_FORMAT = 'schemagate-snapshot';

export interface ExpectedSnapshot {
  file: string;
  format: 'drizzle' | 'schemagate';
  schema: SchemaSnapshot;
  /** 1-based line that declares `schema.table` or `schema.table.column`, for annotations. */
  locate(object: string): number;
}

interface DrizzleColumn {
  name: string;
  type: string;
  typeSchema?: string;
  primaryKey?: boolean;
  notNull?: boolean;
  default?: unknown;
}
interface DrizzleTable {
  name: string;
  schema?: string;
  columns: Record<string, DrizzleColumn>;
  compositePrimaryKeys?: Record<string, { columns: string[] } | string>;
}
interface DrizzleSnapshot {
  dialect?: string;
  tables: Record<string, DrizzleTable>;
}

function drizzleType(column: DrizzleColumn): string {
  const schema = column.typeSchema && column.typeSchema !== 'public' ? `${column.typeSchema}.` : '';
  return normalizePgType(`${schema}${column.type}`);
}

export function fromDrizzle(snapshot: DrizzleSnapshot): SchemaSnapshot {
  const tables: TableSchema[] = Object.values(snapshot.tables).map((table) => {
    const columns = Object.values(table.columns);
    const composite = Object.values(table.compositePrimaryKeys ?? {}).map((pk) =>
      typeof pk === 'string' ? pk.split(';')[0]!.split(',') : pk.columns,
    )[0];
    return {
      schema: table.schema || 'public',
      name: table.name,
      type: 'table',
      primaryKey: composite ?? columns.filter((c) => c.primaryKey).map((c) => c.name),
      columns: columns.map(
        (c): ColumnSchema => ({
          name: c.name,
          type: drizzleType(c),
          nullable: !(c.notNull ?? false) && !c.primaryKey,
          default: normalizePgDefault(c.default),
        }),
      ),
    };
  });
  return { engine: 'postgres', tables };
}

function lineOf(text: string, needle: string, fromLine = 1): number {
  const lines = text.split('\n');
  for (let i = fromLine - 1; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  return 0;
}

function locator(text: string, format: 'drizzle' | 'schemagate', schema: SchemaSnapshot) {
  return (object: string): number => {
    const table = schema.tables.find((t) => object === tableKey(t) || object.startsWith(`${tableKey(t)}.`));
    if (!table) return 1;
    const tableNeedle =
      format === 'drizzle'
        ? `"${table.schema}.${table.name}": {`
        : `"schema": ${JSON.stringify(table.schema)}, "name": ${JSON.stringify(table.name)}`;
    const tableLine = lineOf(text, tableNeedle) || 1;
    const column = object.slice(tableKey(table).length + 1);
    if (!column) return tableLine;
    const columnNeedle = format === 'drizzle' ? `"${column}": {` : `{ "name": ${JSON.stringify(column)},`;
    return lineOf(text, columnNeedle, tableLine) || tableLine;
  };
}

export function readExpectedSnapshot(file: string, displayFile: string): ExpectedSnapshot {
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
  const object = parsed as Record<string, unknown>;
  if (object.format === SNAPSHOT_FORMAT) {
    const schema = { engine: String(object.engine), tables: object.tables as TableSchema[] };
    return { file: displayFile, format: 'schemagate', schema, locate: locator(text, 'schemagate', schema) };
  }
  if (object.tables && typeof object.tables === 'object' && !Array.isArray(object.tables)) {
    const schema = fromDrizzle(object as unknown as DrizzleSnapshot);
    return { file: displayFile, format: 'drizzle', schema, locate: locator(text, 'drizzle', schema) };
  }
  throw configError(`Snapshot ${displayFile} is neither a schemagate snapshot nor a drizzle-kit snapshot.`, {
    location: { file: displayFile, line: 1 },
    hint: 'Write one with mode `snapshot`, or point `snapshot` at drizzle\'s meta folder.',
  });
}

/** One table header and one column per line: diffs review well and annotations find lines. */
export function renderSnapshot(schema: SchemaSnapshot): string {
  const tables = [...schema.tables].sort((a, b) => tableKey(a).localeCompare(tableKey(b)));
  const renderTable = (t: TableSchema) => {
    const header = `    { "schema": ${JSON.stringify(t.schema)}, "name": ${JSON.stringify(t.name)}, "type": ${JSON.stringify(t.type)}, "primaryKey": ${JSON.stringify(t.primaryKey)}`;
    const properties = t.properties && Object.keys(t.properties).length > 0 ? `,\n      "properties": ${JSON.stringify(t.properties)}` : '';
    const columns = t.columns
      .map((c) => {
        const properties = c.properties ? `, "properties": ${JSON.stringify(c.properties)}` : '';
        return `        { "name": ${JSON.stringify(c.name)}, "type": ${JSON.stringify(c.type)}, "nullable": ${c.nullable}, "default": ${JSON.stringify(c.default)}${properties} }`;
      })
      .join(',\n');
    return `${header}${properties},\n      "columns": [\n${columns}\n      ] }`;
  };
  return `{\n  "format": "${SNAPSHOT_FORMAT}",\n  "version": 1,\n  "engine": ${JSON.stringify(schema.engine)},\n  "tables": [\n${tables.map(renderTable).join(',\n')}\n  ]\n}\n`;
}

export function writeSnapshot(file: string, schema: SchemaSnapshot): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderSnapshot(schema));
}
