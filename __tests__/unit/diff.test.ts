import { describe, expect, it } from '@jest/globals';
import {
  foreignKeyDefinition,
  indexDefinition,
  normalizePgDefault,
  normalizePgExpression,
  normalizePgType,
  normalizeViewQuery,
  partWithout,
  pgName,
  serialType,
} from '../../src/dialects/postgres/normalize.js';
import { fromDrizzle } from '../../src/sources/drizzle/snapshot.js';
import type { SchemaSnapshot, TableSchema } from '../../src/types.js';
import { diffSchemas } from '../../src/verify/diff.js';
import { partsAsRecorded } from '../../src/verify/snapshot.js';

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

describe('diffSchemas: named parts (indexes, constraints) and other object types', () => {
  const withParts = (parts: TableSchema['parts']): TableSchema => ({ ...users(), parts });
  const expectedParts = () =>
    withParts({
      index: { users_created_idx: 'btree (created_at)', users_email_idx: 'UNIQUE btree (lower(email))' },
      foreign_key: {},
    });
  const diff = (expected: TableSchema, live: TableSchema, failOnExtra = false) =>
    diffSchemas(snapshot(expected), snapshot(live), { failOnExtra }).map((d) => [d.severity, d.kind, d.object, d.expected, d.actual]);

  it('compares only the kinds the expected side states: an old snapshot states none', () => {
    const live = withParts({ index: { other_idx: 'btree (email)' }, check_constraint: { c: 'id > 0' } });
    expect(diff(users(), live)).toEqual([]);
    expect(diff(withParts({ foreign_key: {} }), live)).toEqual([]);
  });

  it('reports a missing, a different and an extra part; an empty kind states that there are none', () => {
    const live = withParts({
      index: { users_email_idx: 'btree (lower(email))', users_seen_idx: 'btree (seen_at)' },
      foreign_key: { users_org_fk: '(org) REFERENCES public.orgs (id) ON DELETE no action ON UPDATE no action' },
    });
    expect(diff(expectedParts(), live)).toEqual([
      ['error', 'missing-index', 'public.users.users_created_idx', 'btree (created_at)', null],
      ['error', 'index', 'public.users.users_email_idx', 'UNIQUE btree (lower(email))', 'btree (lower(email))'],
      ['warning', 'extra-index', 'public.users.users_seen_idx', null, 'btree (seen_at)'],
      ['warning', 'extra-foreign-key', 'public.users.users_org_fk', null, '(org) REFERENCES public.orgs (id) ON DELETE no action ON UPDATE no action'],
    ]);
    expect(diff(expectedParts(), live, true).filter(([severity]) => severity === 'warning')).toEqual([]);
    // A live table without any parts at all lacks every stated one.
    expect(diff(expectedParts(), users()).map(([, kind, object]) => [kind, object])).toEqual([
      ['missing-index', 'public.users.users_created_idx'],
      ['missing-index', 'public.users.users_email_idx'],
    ]);
  });

  it('reports a part that exists under another name, with the same definition, once, as a name difference', () => {
    const live = withParts({ index: { users_created_at_idx: 'btree (created_at)', users_email_idx: 'UNIQUE btree (lower(email))' }, foreign_key: {} });
    const differences = diffSchemas(snapshot(expectedParts()), snapshot(live), { failOnExtra: true });
    expect(differences.map((d) => [d.severity, d.kind, d.object, d.expected, d.actual])).toEqual([
      ['error', 'index-name', 'public.users.users_created_idx', 'users_created_idx', 'users_created_at_idx'],
    ]);
    expect(differences[0]!.message).toBe('Index public.users.users_created_idx is named users_created_at_idx in the database (btree (created_at))');
  });

  it('names the object type in messages, and leaves out extras of a type the snapshot does not record', () => {
    const mood = (values: string): TableSchema => ({ schema: 'public', name: 'mood', type: 'enum', columns: [], primaryKey: [], properties: { values } });
    const [changed] = diffSchemas(snapshot(mood("'a', 'b'")), snapshot(mood("'a', 'b', 'c'")), { failOnExtra: false });
    expect(changed).toMatchObject({ kind: 'values', object: 'public.mood', message: "Enum public.mood: values is 'a', 'b', 'c', expected 'a', 'b'" });
    expect(diffSchemas(snapshot(mood("'a'")), snapshot(), { failOnExtra: false })[0]!.message).toBe('Missing enum public.mood');
    const live = snapshot(users(), mood("'a'"));
    expect(diffSchemas(snapshot(users()), live, { failOnExtra: false }).map((d) => [d.severity, d.kind, d.message])).toEqual([
      ['warning', 'extra-enum', 'Unexpected enum public.mood'],
    ]);
    expect(diffSchemas({ ...snapshot(users()), unrecordedTypes: ['enum'] }, live, { failOnExtra: true })).toEqual([]);
  });

  it("compares the roles a snapshot states, and never reports the server's other roles as extra", () => {
    const role = (name: string, createDb: string): TableSchema => ({ schema: '', name, type: 'role', columns: [], primaryKey: [], properties: { create_db: createDb, inherit: 'true' } });
    const live = snapshot(users(), role('app', 'false'), role('postgres', 'true'));
    expect(diffSchemas(snapshot(users()), live, { failOnExtra: true })).toEqual([]);
    expect(diffSchemas(snapshot(users(), role('app', 'false')), live, { failOnExtra: true })).toEqual([]);
    expect(diffSchemas(snapshot(users(), role('app', 'true')), live, { failOnExtra: true }).map((d) => d.message)).toEqual(['Role app: create db is false, expected true']);
    expect(diffSchemas(snapshot(users(), role('auditor', 'true')), live, { failOnExtra: true }).map((d) => [d.kind, d.object, d.message])).toEqual([['missing-role', 'auditor', 'Missing role auditor']]);
  });

  it('neither compares nor reports as extra an object the snapshot leaves to others', () => {
    const view: TableSchema = { schema: 'public', name: 'legacy', type: 'view', columns: [{ name: 'id', type: 'integer', nullable: true, default: null }], primaryKey: [] };
    expect(diffSchemas({ ...snapshot(users()), unmanaged: ['public.legacy'] }, snapshot(users(), view), { failOnExtra: true })).toEqual([]);
    expect(diffSchemas(snapshot(users()), snapshot(users(), view), { failOnExtra: true }).map((d) => d.message)).toEqual(['Unexpected view public.legacy']);
  });
});

describe('Postgres expressions in one spelling (drizzle-kit as written, the catalog as printed)', () => {
  const users = { schema: 'public', name: 'users' };
  it.each([
    // [as drizzle-kit writes it, as PostgreSQL 15 and 18 print it, canonical]
    ['"users"."score" >= 0 AND "users"."score" <= 100', 'score >= 0 AND score <= 100', 'score >= 0 AND score <= 100'],
    ['lower("email")', 'lower(email::text)', 'lower(email)'],
    ['"public"."users"."score" > 0', '(score > 0)', 'score > 0'],
    ['"users"."score" between 1 and 10', 'score >= 1 AND score <= 10', 'score >= 1 AND score <= 10'],
    ['"users"."score" not between 1 and 10', 'score < 1 OR score > 10', 'score < 1 OR score > 10'],
    [`"users"."status" in ('a', 'b')`, "status = ANY (ARRAY['a'::text, 'b'::text])", "status IN ('a', 'b')"],
    [`"users"."status" not in ('a', 'b')`, "status <> ALL (ARRAY['a'::text, 'b'::text])", "status NOT IN ('a', 'b')"],
    ['"users"."n" > -1 and "users"."price" >= -0.5', "n > '-1'::integer AND price >= '-0.5'::numeric", 'n > -1 AND price >= -0.5'],
    [`"users"."code" != 'x' and "users"."code" like 'a%' and "users"."code" not ilike 'b%'`, "code <> 'x'::text AND code ~~ 'a%'::text AND code !~~* 'b%'::text", "code <> 'x' AND code ~~ 'a%' AND code !~~* 'b%'"],
    ['cast("users"."n" as bigint) < 5000000000', "n::bigint < '5000000000'::bigint", 'n < 5000000000'],
    ['"users"."at" > now() - interval \'1 day\'', "at > (now() - '1 day'::interval)", "at > now() - '1 day'"],
    ['"users"."seen"::timestamp with time zone < now()', 'seen::timestamp with time zone < now()', 'seen < now()'],
    ['"Users"."Email" IS NOT NULL', '"Email" IS NOT NULL', 'Email IS NOT NULL'],
  ])('%s ~ %s', (drizzle, catalog, canonical) => {
    const table = drizzle.includes('"Users"') ? { schema: 'public', name: 'Users' } : users;
    expect(normalizePgExpression(drizzle, table)).toBe(canonical);
    expect(normalizePgExpression(catalog, table)).toBe(canonical);
  });

  it('keeps what differs: values, operators, columns, case of quoted names', () => {
    const n = (e: string) => normalizePgExpression(e, users);
    expect(n('score >= 0')).not.toBe(n('score > 0'));
    expect(n("status IN ('a', 'b')")).not.toBe(n("status IN ('a', 'c')"));
    expect(n('"Email" IS NULL')).not.toBe(n('email IS NULL'));
    expect(n("code = 'it''s'")).toBe("code = 'it''s'");
    expect(n('a - 1 > -2')).toBe('a - 1 > -2');
  });

  it('spells an index as drizzle-kit generates it and as the catalog describes it alike', () => {
    const fromDrizzle = indexDefinition(
      {
        unique: false,
        method: 'btree',
        keys: [
          { expression: 'lower("email")', isExpression: true, desc: false, nullsFirst: false, opclass: 'text_ops' },
          { expression: 'org', isExpression: false, desc: true, nullsFirst: false },
        ],
        where: '"users"."active" = true',
        with: { fillfactor: 70, deduplicate_items: false },
      },
      users,
    );
    const fromCatalog = indexDefinition(
      {
        unique: false,
        method: 'btree',
        keys: [
          { expression: 'lower(email::text)', isExpression: true, desc: false, nullsFirst: false, opclass: null },
          { expression: 'org', isExpression: false, desc: true, nullsFirst: false, opclass: null },
        ],
        where: 'active = true',
        with: ['fillfactor=70', 'deduplicate_items=off'],
      },
      users,
    );
    expect(fromDrizzle).toBe('btree (lower(email), org DESC NULLS LAST) WHERE active = true WITH (deduplicate_items=false, fillfactor=70)');
    expect(fromCatalog).toBe(fromDrizzle);
    expect(foreignKeyDefinition({ columns: ['a'], refSchema: 'public', refTable: 't', refColumns: ['id'], onDelete: 'CASCADE' })).toBe(
      '(a) REFERENCES public.t (id) ON DELETE cascade ON UPDATE no action',
    );
  });

  it('truncates names as PostgreSQL does, and unqualifies a single relation\'s view columns', () => {
    expect(pgName('x'.repeat(70))).toBe('x'.repeat(63));
    expect(Buffer.byteLength(pgName('é'.repeat(40)))).toBe(62);
    expect(normalizeViewQuery(' SELECT accounts.id,\n    accounts.code\n   FROM accounts;')).toBe('SELECT id, code FROM accounts');
    expect(normalizeViewQuery('SELECT a.id FROM accounts a WHERE (a.id > 1)')).toBe('SELECT id FROM accounts a WHERE (id > 1)');
    const joined = 'SELECT p.id, u.name FROM (posts p JOIN users u ON ((u.id = p.author_id)))';
    expect(normalizeViewQuery(joined)).toBe(joined);
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

  it('names a whole object\'s difference by its type, and a table\'s or a view\'s as a table\'s', () => {
    const object = (name: string, type: string) => ({ schema: 'public', name, type, primaryKey: [], columns: [] });
    const expected = { engine: 'postgres', tables: [object('gone_view', 'view'), object('gone_fn()', 'function')] };
    const live = { engine: 'postgres', tables: [object('seq', 'sequence'), object('mv', 'materialized_view')] };
    expect(diffSchemas(expected, live, { failOnExtra: false }).map((d) => [d.kind, d.object])).toEqual([
      ['missing-table', 'public.gone_view'],
      ['missing-function', 'public.gone_fn()'],
      ['extra-sequence', 'public.seq'],
      ['extra-table', 'public.mv'],
    ]);
  });
});

describe('collations, domains and composite types (snapshot version 8)', () => {
  const people = (collation?: string, index = 'btree (name)'): TableSchema => ({
    schema: 'public',
    name: 'people',
    type: 'table',
    primaryKey: [],
    columns: [{ name: 'name', type: 'text', nullable: true, default: null, ...(collation ? { properties: { collation } } : {}) }],
    parts: { index: { people_name_idx: index } },
  });
  const domain = (properties: Record<string, string>, checks: Record<string, string> = {}): TableSchema => ({
    schema: 'public', name: 'email', type: 'domain', columns: [], primaryKey: [], properties: { type: 'text', nullable: 'NULL', ...properties }, parts: { check_constraint: checks },
  });
  const pair = (attributes: string): TableSchema => ({ schema: 'public', name: 'pair', type: 'composite_type', columns: [], primaryKey: [], properties: { attributes } });
  const complete = (...tables: TableSchema[]): SchemaSnapshot => ({ ...snapshot(...tables), propertiesComplete: true });

  it('spells an index key\'s COLLATE before its operator class and ordering', () => {
    const key = { expression: 'name', isExpression: false, desc: true, nullsFirst: false, opclass: 'text_pattern_ops', collation: '"C"' };
    expect(indexDefinition({ unique: false, method: 'btree', keys: [key] }, { schema: 'public', name: 'people' })).toBe('btree (name COLLATE "C" text_pattern_ops DESC NULLS LAST)');
    expect(indexDefinition({ unique: false, method: 'btree', keys: [{ ...key, collation: null }] }, { schema: 'public', name: 'people' })).toBe('btree (name text_pattern_ops DESC NULLS LAST)');
  });

  it('compares a column\'s collation both ways in a complete snapshot, not in one whose version could not state it', () => {
    expect(diffSchemas(complete(people()), snapshot(people('"C"')), { failOnExtra: false }).map((d) => [d.kind, d.object, d.expected, d.actual, d.message])).toEqual([
      ['collation', 'public.people.name', null, '"C"', 'Column public.people.name: collation is "C", expected none'],
    ]);
    expect(diffSchemas(complete(people('"C"')), snapshot(people()), { failOnExtra: false }).map((d) => [d.kind, d.expected, d.actual])).toEqual([['collation', '"C"', null]]);
    expect(diffSchemas({ ...complete(people()), unrecordedProperties: ['collation'] }, snapshot(people('"C"')), { failOnExtra: false })).toEqual([]);
  });

  it('leaves an index key\'s COLLATE out of both sides for a snapshot that could not state it, and only then', () => {
    const older = { ...complete(people(undefined, 'btree (name)')), unrecordedProperties: ['collation'] };
    const live = snapshot(people(undefined, 'btree (name COLLATE "C", lower(nick) COLLATE public.nocase DESC) WHERE code = \'x\' COLLATE "POSIX"'));
    const asRecorded = partsAsRecorded(live, older.unrecordedProperties);
    expect(asRecorded.tables[0]!.parts!.index!.people_name_idx).toBe("btree (name, lower(nick) DESC) WHERE code = 'x'");
    expect(partsAsRecorded(live, [])).toBe(live);
    expect(partWithout('check_constraint', 'name = \'x\' COLLATE "C"', new Set(['collation']))).toBe('name = \'x\' COLLATE "C"');
    expect(partWithout('index', 'btree (name COLLATE "C")', new Set(['query_tree']))).toBe('btree (name COLLATE "C")');
    expect(diffSchemas(older, partsAsRecorded(snapshot(people(undefined, 'btree (name COLLATE "C")')), older.unrecordedProperties), { failOnExtra: true })).toEqual([]);
    expect(diffSchemas(complete(people()), snapshot(people(undefined, 'btree (name COLLATE "C")')), { failOnExtra: true }).map((d) => d.kind)).toEqual(['index']);
  });

  it('compares a domain\'s properties and CHECK constraints, and names missing and extra ones by their type', () => {
    const expected = complete(domain({ nullable: 'NOT NULL', default: "'a@b'", collation: '"C"' }, { email_at: "value ~ '@'" }));
    const live = snapshot(domain({ type: 'varchar(20)' }, { email_at: "value ~ '@.'", email_len: 'length(value) < 80' }));
    expect(diffSchemas(expected, live, { failOnExtra: false }).map((d) => [d.severity, d.kind, d.object, d.expected, d.actual])).toEqual([
      ['error', 'type', 'public.email', 'text', 'varchar(20)'],
      ['error', 'nullable', 'public.email', 'NOT NULL', 'NULL'],
      ['error', 'default', 'public.email', "'a@b'", null],
      ['error', 'collation', 'public.email', '"C"', null],
      ['error', 'check-constraint', 'public.email.email_at', "value ~ '@'", "value ~ '@.'"],
      ['warning', 'extra-check-constraint', 'public.email.email_len', null, 'length(value) < 80'],
    ]);
    expect(diffSchemas(complete(domain({})), snapshot(), { failOnExtra: false }).map((d) => [d.kind, d.message])).toEqual([['missing-domain', 'Missing domain public.email']]);
    expect(diffSchemas(complete(), snapshot(domain({})), { failOnExtra: false }).map((d) => [d.severity, d.kind, d.message])).toEqual([['warning', 'extra-domain', 'Unexpected domain public.email']]);
  });

  it('compares a composite type\'s attributes in order, and names missing and extra ones by their type', () => {
    expect(diffSchemas(complete(pair('a integer, b text')), snapshot(pair('b text, a integer')), { failOnExtra: false }).map((d) => [d.kind, d.message])).toEqual([
      ['attributes', 'Composite type public.pair: attributes is b text, a integer, expected a integer, b text'],
    ]);
    expect(diffSchemas(complete(pair('a integer')), snapshot(), { failOnExtra: false }).map((d) => [d.kind, d.message])).toEqual([['missing-composite-type', 'Missing composite type public.pair']]);
    expect(diffSchemas(complete(), snapshot(pair('a integer')), { failOnExtra: true }).map((d) => [d.severity, d.kind])).toEqual([['error', 'extra-composite-type']]);
  });

  it('reports no live domain or composite type as extra against a drizzle snapshot, which cannot state them', async () => {
    const drizzle = await fromDrizzle({ tables: { 'public.t': { name: 't', schema: '', columns: { c: { name: 'c', type: 'text', primaryKey: false, notNull: false } } } } });
    expect(drizzle.unrecordedTypes).toEqual(expect.arrayContaining(['domain', 'composite_type']));
    const t: TableSchema = { schema: 'public', name: 't', type: 'table', primaryKey: [], columns: [{ name: 'c', type: 'text', nullable: true, default: null, properties: { collation: '"C"' } }] };
    expect(diffSchemas(drizzle, snapshot(t, domain({}), pair('a integer')), { failOnExtra: true })).toEqual([]);
  });
});
