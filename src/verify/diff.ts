import type { ColumnSchema, Difference, SchemaSnapshot, Severity, TableSchema } from '../types.js';

/**
 * The pure schema differ: expected (a snapshot) against actual (introspected). Anything missing
 * or different is an error; anything extra is a warning unless the user makes extras fail.
 * Engine-specific facts travel in `properties` and are compared only where the expected side
 * states them, so one differ serves every engine.
 */
export interface DiffOptions {
  failOnExtra: boolean;
}

/** `schema.table`, or just `table` for engines whose tables have no schema (ClickHouse). */
export const tableKey = (t: Pick<TableSchema, 'schema' | 'name'>) => (t.schema ? `${t.schema}.${t.name}` : t.name);
const show = (v: string | null) => (v === null ? 'none' : v);

function compareProperties(
  object: string,
  expected: Record<string, string> | undefined,
  actual: Record<string, string> | undefined,
  what: string,
): Difference[] {
  return Object.entries(expected ?? {})
    .filter(([key, value]) => (actual?.[key] ?? null) !== value)
    .map(([key, value]) => ({
      severity: 'error' as const,
      kind: key.replace(/_/g, '-'),
      object,
      expected: value,
      actual: actual?.[key] ?? null,
      message: `${what} ${object}: ${key.replace(/_/g, ' ')} is ${show(actual?.[key] ?? null)}, expected ${value}`,
    }));
}

function compareColumn(object: string, expected: ColumnSchema, actual: ColumnSchema): Difference[] {
  const differences: Difference[] = [];
  const differ = (kind: string, e: string | null, a: string | null, label: string) => {
    if (e !== a) {
      differences.push({ severity: 'error', kind, object, expected: e, actual: a, message: `Column ${object}: ${label} is ${show(a)}, expected ${show(e)}` });
    }
  };
  differ('type', expected.type, actual.type, 'type');
  differ('nullable', expected.nullable ? 'NULL' : 'NOT NULL', actual.nullable ? 'NULL' : 'NOT NULL', 'nullability');
  differ('default', expected.default, actual.default, 'default');
  differences.push(...compareProperties(object, expected.properties, actual.properties, 'Column'));
  return differences;
}

export function diffSchemas(expected: SchemaSnapshot, actual: SchemaSnapshot, options: DiffOptions): Difference[] {
  const extra: Severity = options.failOnExtra ? 'error' : 'warning';
  const differences: Difference[] = [];
  const actualTables = new Map(actual.tables.map((t) => [tableKey(t), t]));
  const expectedKeys = new Set(expected.tables.map(tableKey));

  for (const table of expected.tables) {
    const key = tableKey(table);
    const live = actualTables.get(key);
    if (!live) {
      differences.push({ severity: 'error', kind: 'missing-table', object: key, expected: table.type, actual: null, message: `Missing ${table.type.replace('_', ' ')} ${key}` });
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
        differences.push(...compareColumn(object, column, liveColumn));
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
    differences.push(...compareProperties(key, table.properties, live.properties, 'Table'));
  }
  for (const table of actual.tables.filter((t) => !expectedKeys.has(tableKey(t)))) {
    differences.push({ severity: extra, kind: 'extra-table', object: tableKey(table), expected: null, actual: table.type, message: `Unexpected ${table.type.replace('_', ' ')} ${tableKey(table)}` });
  }
  return differences;
}
