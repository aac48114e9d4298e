import { describe, expect, it } from '@jest/globals';
import { normalizePgDefault, normalizePgType, serialType } from '../src/engines/postgres/types.js';
import type { SchemaSnapshot, TableSchema } from '../src/types.js';
import { diffSchemas } from '../src/verify/diff.js';

const users = (): TableSchema => ({
  schema: 'public',
  name: 'users',
  type: 'table',
  primaryKey: ['id'],
  columns: [
    { name: 'id', type: 'serial', nullable: false, default: null },
    { name: 'email', type: 'varchar(320)', nullable: false, default: null },
    { name: 'created_at', type: 'timestamp', nullable: false, default: 'now()' },
  ],
});
const snapshot = (...tables: TableSchema[]): SchemaSnapshot => ({ engine: 'postgres', tables });

describe('diffSchemas', () => {
  it('finds nothing when the schemas match', () => {
    expect(diffSchemas(snapshot(users()), snapshot(users()), { failOnExtra: false })).toEqual([]);
  });

  it('reports a missing table and each missing column as errors', () => {
    const live = users();
    live.columns = live.columns.filter((c) => c.name === 'id');
    const differences = diffSchemas(snapshot(users(), { ...users(), name: 'orders' }), snapshot(live), { failOnExtra: false });
    expect(differences.map((d) => [d.severity, d.kind, d.object])).toEqual([
      ['error', 'missing-column', 'public.users.email'],
      ['error', 'missing-column', 'public.users.created_at'],
      ['error', 'missing-table', 'public.orders'],
    ]);
  });

  it('reports type, nullability, default and primary key mismatches with both values', () => {
    const live = users();
    live.columns[1] = { name: 'email', type: 'text', nullable: true, default: "'x'" };
    live.primaryKey = [];
    const differences = diffSchemas(snapshot(users()), snapshot(live), { failOnExtra: false });
    expect(differences.map((d) => [d.kind, d.expected, d.actual])).toEqual([
      ['type', 'varchar(320)', 'text'],
      ['nullable', 'NOT NULL', 'NULL'],
      ['default', null, "'x'"],
      ['primary-key', 'id', null],
    ]);
  });

  it('treats extras as warnings, or errors with failOnExtra', () => {
    const live = users();
    live.columns.push({ name: 'nickname', type: 'text', nullable: true, default: null });
    const extraTable = { ...users(), name: 'audit' };
    const warn = diffSchemas(snapshot(users()), snapshot(live, extraTable), { failOnExtra: false });
    expect(warn.map((d) => [d.severity, d.kind, d.object])).toEqual([
      ['warning', 'extra-column', 'public.users.nickname'],
      ['warning', 'extra-table', 'public.audit'],
    ]);
    const fail = diffSchemas(snapshot(users()), snapshot(live, extraTable), { failOnExtra: true });
    expect(fail.every((d) => d.severity === 'error')).toBe(true);
  });

  it('compares engine properties only where the expected snapshot states them', () => {
    const expected = { ...users(), properties: { engine: 'MergeTree', sorting_key: 'id' } };
    const same = { ...users(), properties: { engine: 'MergeTree', sorting_key: 'id', partition_key: 'x' } };
    const changed = { ...users(), properties: { engine: 'MergeTree', sorting_key: 'id, email' } };
    expect(diffSchemas(snapshot(expected), snapshot(same), { failOnExtra: false })).toEqual([]);
    expect(diffSchemas(snapshot(expected), snapshot(changed), { failOnExtra: false }).map((d) => [d.kind, d.expected, d.actual])).toEqual([
      ['sorting-key', 'id', 'id, email'],
    ]);
  });
});

describe('Postgres type normalisation', () => {
  it.each([
    ['character varying(256)', 'varchar(256)'],
    ['character varying', 'varchar'],
    ['character(2)', 'char(2)'],
    ['timestamp without time zone', 'timestamp'],
    ['timestamp(3) without time zone', 'timestamp(3)'],
    ['timestamp with time zone', 'timestamp with time zone'],
    ['time without time zone', 'time'],
    ['numeric(10,2)', 'numeric(10,2)'],
    ['numeric(10, 2)', 'numeric(10,2)'],
    ['character varying(20)[]', 'varchar(20)[]'],
    ['public.mood', 'mood'],
    ['"Weird"', 'weird'],
    ['int4', 'integer'],
  ])('%s -> %s', (raw, normal) => {
    expect(normalizePgType(raw)).toBe(normal);
  });

  it('recognises serial columns by their sequence default', () => {
    expect(serialType('integer', "nextval('users_id_seq'::regclass)")).toBe('serial');
    expect(serialType('bigint', "nextval('x'::regclass)")).toBe('bigserial');
    expect(serialType('integer', '0')).toBeNull();
  });

  it.each([
    ["'abc'::text", "'abc'"],
    ["'{}'::jsonb", "'{}'"],
    ["'draft'::post_status", "'draft'"],
    ["'it''s'::character varying", "'it''s'"],
    ['now()', 'now()'],
    ['TRUE', 'true'],
    [0, '0'],
    [false, 'false'],
    ["('5'::numeric)", "'5'"],
    [null, null],
  ])('default %p -> %p', (raw, normal) => {
    expect(normalizePgDefault(raw)).toBe(normal);
  });
});
