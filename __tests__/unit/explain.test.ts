import { describe, expect, it } from '@jest/globals';
import type { Journal, Migration, SchemaSnapshot, TableSchema } from '../../src/types.js';
import { diffSchemas } from '../../src/verify/diff.js';
import { driftStories, explainDrift } from '../../src/verify/explain.js';

const migration = (id: string): Migration => ({
  id, order: [BigInt(id)], kind: 'versioned', name: id, file: `m/${id}.sql`, path: `/m/${id}.sql`, checksum: `c${id}`, checksumAlgorithm: 'sha256',
  checksums: { sha256: `c${id}`, 'sha256-lf': `c${id}` }, sql: '', statements: [], transactional: true,
});
const table = (name: string, columns: string[], properties?: Record<string, string>): TableSchema => ({
  schema: 'public', name, type: 'table', primaryKey: [], columns: columns.map((c) => ({ name: c, type: 'text', nullable: true, default: null })), ...(properties ? { properties } : {}),
});
const schema = (...tables: TableSchema[]): SchemaSnapshot => ({ engine: 'postgres', tables });
const empty: Journal = { attempts: [], statements: [], adopted: null };

describe('drift explained', () => {
  const steps = [
    { migration: migration('0001'), schema: schema(table('users', ['id'])) },
    { migration: migration('0002'), schema: schema(table('users', ['id', 'a', 'b']), table('posts', ['id'])) },
    { migration: migration('0003'), schema: schema(table('users', ['id', 'a', 'b'], { row_security: 'enabled' }), table('posts', ['id'])) },
  ];
  const actual = schema(table('users', ['id'], { row_security: 'disabled' }));

  it('names the migration after which each difference stands, and what the journal says of it', () => {
    const journal: Journal = { ...empty, adopted: { tool: 'drizzle', table: 'drizzle.__drizzle_migrations', checksum: null, records: [{ key: 'sha256', value: 'c0001', checksum: null }], blockers: [] }, attempts: [] };
    const differences = explainDrift(diffSchemas(steps[2]!.schema, actual, { failOnExtra: false }), steps, actual, journal);
    expect(differences.map((d) => [d.kind, d.object, d.cause?.migrationId, d.cause?.journal])).toEqual([
      ['missing-column', 'public.users.a', '0002', 'not recorded'],
      ['missing-column', 'public.users.b', '0002', 'not recorded'],
      ['row-security', 'public.users', '0003', 'not recorded'],
      ['missing-table', 'public.posts', '0002', 'not recorded'],
    ]);
    expect(driftStories(differences)).toEqual([
      "2 columns of `public.users` are missing: they are created by `m/0002.sql`, which this database's journal does not record as applied.",
      "`public.users` differs (row security): it is last changed by `m/0003.sql`, which this database's journal does not record as applied.",
      "`public.posts` is missing: it is created by `m/0002.sql`, which this database's journal does not record as applied.",
    ]);
  });

  it('gives an extra object no cause: no migration brings it', () => {
    const live = schema(table('users', ['id', 'hacked_in']), table('posts', ['id']), table('scratch', ['id']));
    const differences = explainDrift(diffSchemas(steps[2]!.schema, live, { failOnExtra: true }), steps, live, empty);
    expect(differences.filter((d) => d.kind.startsWith('extra-')).map((d) => [d.kind, d.object, d.cause])).toEqual([
      ['extra-column', 'public.users.hacked_in', undefined],
      ['extra-table', 'public.scratch', undefined],
    ]);
  });

  it("names the migration that last changed an object, not the one that created it (an enum's values)", () => {
    const enumOf = (values: string): TableSchema => ({ schema: 'public', name: 'source', type: 'enum', columns: [], primaryKey: [], properties: { values } });
    // Created in 0001, given a value in 0002 (drizzle's ADD VALUE ... BEFORE), renamed away in 0003: the live order is not drizzle's.
    const history = [
      { migration: migration('0001'), schema: schema(enumOf("'github', 'drop'")) },
      { migration: migration('0002'), schema: schema(enumOf("'github', 'gitea', 'drop'")) },
      { migration: migration('0003'), schema: schema(enumOf("'github', 'gitea', 'drop'"), table('users', ['id'])) },
    ];
    const live = schema(enumOf("'github', 'drop', 'gitea'"), table('users', ['id']));
    const differences = explainDrift(diffSchemas(history[2]!.schema, live, { failOnExtra: false }), history, live, empty);
    expect(differences.map((d) => [d.kind, d.object, d.cause?.migrationId])).toEqual([['values', 'public.source', '0002']]);
  });

  it('a difference the history does not account for stays unexplained', () => {
    const other = schema(table('users', ['id', 'zzz']));
    const differences = explainDrift(diffSchemas(other, actual, { failOnExtra: false }), steps, actual, empty);
    expect(differences.every((d) => d.cause === undefined)).toBe(true);
  });
});

describe('properties compared both ways', () => {
  const expected = schema(table('events', ['id'], { engine: 'MergeTree' }));
  const actual = schema(table('events', ['id'], { engine: 'MergeTree', ttl: 'ts + toIntervalDay(1)' }));
  it('a property only the database has is an error when the snapshot states every property', () => {
    expect(diffSchemas({ ...expected, propertiesComplete: true }, actual, { failOnExtra: false })).toEqual([
      { severity: 'error', kind: 'ttl', object: 'public.events', expected: null, actual: 'ts + toIntervalDay(1)', message: 'Table public.events: ttl is ts + toIntervalDay(1), expected none' },
    ]);
  });
  it('an older snapshot is compared on the properties it states', () => {
    expect(diffSchemas(expected, actual, { failOnExtra: false })).toEqual([]);
  });
  it('an extension version is a warning', () => {
    const ext = (version: string): SchemaSnapshot => ({ engine: 'postgres', tables: [{ schema: 'public', name: 'pgcrypto', type: 'extension', columns: [], primaryKey: [], properties: { version } }] });
    expect(diffSchemas({ ...ext('1.3'), propertiesComplete: true }, ext('1.4'), { failOnExtra: true }).map((d) => [d.severity, d.kind])).toEqual([['warning', 'version']]);
  });
});
