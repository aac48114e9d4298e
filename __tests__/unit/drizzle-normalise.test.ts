import { describe, expect, it } from '@jest/globals';
import { normalizePgDefault, normalizePgType } from '../../src/dialects/postgres/normalize.js';
import { fromDrizzle } from '../../src/sources/drizzle/snapshot.js';

/**
 * Column defaults as drizzle-kit 0.31 writes them in `meta/NNNN_snapshot.json`, next to what
 * PostgreSQL's catalog (`pg_get_expr`, `format_type`) returns for the SQL drizzle-kit generated
 * from the same schema. Both sides go through the same normaliser and must meet, or verification
 * reports false drift on a database drizzle-kit itself built. Pairs recorded on PostgreSQL 15.
 */
const live = (type: string, expr: string | null) => ({ type: normalizePgType(type), default: normalizePgDefault(expr) });
const expected = async (type: string, def: unknown) => {
  const column = { name: 'c', type, primaryKey: false, notNull: false, ...(def === undefined ? {} : { default: def }) };
  const [c] = (await fromDrizzle({ tables: { 'public.t': { name: 't', schema: '', columns: { c: column } } } })).tables[0]!.columns;
  return { type: c!.type, default: c!.default };
};

describe('drizzle snapshot defaults meet the catalog', () => {
  it.each([
    // [drizzle type, drizzle default, format_type, pg_get_expr]
    ['integer', 0, 'integer', '0'],
    ['integer', -1, 'integer', "'-1'::integer"],
    ['smallint', -3, 'smallint', "'-3'::integer"],
    ['bigint', 5000000000, 'bigint', "'5000000000'::bigint"],
    ['bigint', 5, 'bigint', '5'],
    ['double precision', -2, 'double precision', "'-2'::integer"],
    ['real', 1.5, 'real', '1.5'],
    ['numeric(10, 2)', "'0.00'", 'numeric(10,2)', '0.00'],
    ['numeric(5, 2)', "'-1.50'", 'numeric(5,2)', "'-1.50'::numeric"],
    ['numeric', "'5'", 'numeric', "'5'::numeric"],
    ['jsonb', "'{}'::jsonb", 'jsonb', "'{}'::jsonb"],
    ['jsonb', '\'{"source":"web","n":[1,2]}\'::jsonb', 'jsonb', '\'{"n": [1, 2], "source": "web"}\'::jsonb'],
    ['jsonb', "'[]'::jsonb", 'jsonb', "'[]'::jsonb"],
    ['json', '\'{"source":"web"}\'::json', 'json', '\'{"source":"web"}\'::json'],
    ['text[]', "'{}'", 'text[]', "'{}'::text[]"],
    ['text[]', '\'{"x","y"}\'', 'text[]', "'{x,y}'::text[]"],
    ['text[]', '\'{"a b","null",""}\'', 'text[]', '\'{"a b","null",""}\'::text[]'],
    ['integer[]', "'{1,-2}'", 'integer[]', "'{1,-2}'::integer[]"],
    ['text', "'it''s'", 'text', "'it''s'::text"],
    ['varchar(40)', "'login'", 'character varying(40)', "'login'::character varying"],
    ['student_role', "'student'", 'student_role', "'student'::student_role"],
    ['boolean', true, 'boolean', 'true'],
    ['timestamp', 'now()', 'timestamp without time zone', 'now()'],
    ['timestamp (3) with time zone', 'now()', 'timestamp(3) with time zone', 'now()'],
    ['uuid', 'gen_random_uuid()', 'uuid', 'gen_random_uuid()'],
    ['text', undefined, 'text', null],
  ])('%s default %p = catalog %s %s', async (type, def, catalogType, catalogDefault) => {
    expect(await expected(type, def)).toEqual(live(catalogType, catalogDefault));
  });

  it.each([
    ['integer', 0, 'integer', '1'],
    ['integer', -1, 'integer', '1'],
    ['numeric(10, 2)', "'0.00'", 'numeric(10,2)', '0.01'],
    ['jsonb', '\'{"a":1}\'::jsonb', 'jsonb', '\'{"a": 2}\'::jsonb'],
    ['jsonb', '\'{"a":1}\'::jsonb', 'jsonb', '\'[{"a": 1}]\'::jsonb'],
    ['text[]', '\'{"x","y"}\'', 'text[]', "'{y,x}'::text[]"],
    ['text[]', '\'{"x y"}\'', 'text[]', "'{x,y}'::text[]"],
    ['text', "'5'", 'text', "'6'::text"],
  ])('%s default %p differs from catalog %s %s', async (type, def, catalogType, catalogDefault) => {
    expect((await expected(type, def)).default).not.toEqual(live(catalogType, catalogDefault).default);
  });
});
