import type { ColumnSchema, SchemaSnapshot, TableSchema } from '../types.js';

/**
 * Schema per tenant: a tenant's live schema is the objects of its own schema, named as the
 * snapshot names them. Many tenants share one database, so the others' schemas (and everything
 * outside the tenant's) are not this target's objects; the snapshot, written from one database,
 * names its objects by the schema it was written in (usually `public`), and so do the
 * references inside definitions (a foreign key's `REFERENCES public.users`). Objects of no
 * schema (roles, which are the server's) are every tenant's, as they are.
 */
export function scopeToSchema(actual: SchemaSnapshot, schema: string, expected: SchemaSnapshot): SchemaSnapshot {
  const expectedSchemas = [...new Set(expected.tables.map((t) => t.schema).filter((name) => name !== ''))];
  const as = expectedSchemas.length === 1 ? expectedSchemas[0]! : schema;
  const qualified = new RegExp(`(?<![\\w$"])(?:${schema}|"${schema}")\\.`, 'g');
  const rename = (text: string) => text.replace(qualified, `${as}.`);
  const renameAll = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, rename(value)]));
  const column = (c: ColumnSchema): ColumnSchema => ({ ...c, default: c.default === null ? null : rename(c.default), ...(c.properties ? { properties: renameAll(c.properties) } : {}) });
  const table = (t: TableSchema): TableSchema => ({
    ...t,
    schema: as,
    columns: t.columns.map(column),
    ...(t.properties ? { properties: renameAll(t.properties) } : {}),
    ...(t.parts ? { parts: Object.fromEntries(Object.entries(t.parts).map(([kind, parts]) => [kind, renameAll(parts)])) } : {}),
  });
  // Objects of no schema (roles: server-wide) are every tenant's.
  return { ...actual, tables: actual.tables.filter((t) => t.schema === schema || t.schema === '').map((t) => (t.schema === '' ? t : table(t))) };
}
