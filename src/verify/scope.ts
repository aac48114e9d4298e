import type { SchemaSnapshot } from '../types.js';

/**
 * Schema per tenant: a tenant's live schema is the objects of its own schema, named as the
 * snapshot names them. Many tenants share one database, so the others' schemas (and everything
 * outside the tenant's) are not this target's objects; the snapshot, written from one database,
 * names its objects by the schema it was written in (usually `public`).
 */
export function scopeToSchema(actual: SchemaSnapshot, schema: string, expected: SchemaSnapshot): SchemaSnapshot {
  const expectedSchemas = [...new Set(expected.tables.map((t) => t.schema))];
  const as = expectedSchemas.length === 1 ? expectedSchemas[0]! : schema;
  return { ...actual, tables: actual.tables.filter((t) => t.schema === schema).map((t) => ({ ...t, schema: as })) };
}
