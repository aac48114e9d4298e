import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadPostgresParser, type PostgresParser } from '../../src/dialects/postgres/parser.js';
import { withOptions } from '../../src/dialects/postgres/normalize.js';
import { viewQueryFingerprint } from '../../src/dialects/postgres/view-query.js';

/**
 * A view's query as drizzle-kit 0.31 writes it into its snapshot, and as `pg_get_viewdef` deparses
 * the view drizzle-kit's SQL created, on PostgreSQL 15 (the local server) and 18 (PGlite; 16 and
 * 17 print the same unqualified form). All three fingerprint alike; a real change does not.
 */
let parser: PostgresParser;
beforeAll(async () => {
  parser = await loadPostgresParser();
});
const fingerprint = (query: string) => viewQueryFingerprint(parser, query);

const SPELLINGS: Array<[view: string, drizzle: string, pg15: string, pg18: string]> = [
  [
    'filter with IN and a negative number',
    `select "id", "email", "name" from "users" where ("users"."active" = true and "users"."score" > -1 and "users"."role" in ('a', 'b'))`,
    ` SELECT users.id,\n    users.email,\n    users.name\n   FROM users\n  WHERE ((users.active = true) AND (users.score > '-1'::integer) AND (users.role = ANY (ARRAY['a'::text, 'b'::text])));`,
    ` SELECT id,\n    email,\n    name\n   FROM users\n  WHERE ((active = true) AND (score > '-1'::integer) AND (role = ANY (ARRAY['a'::text, 'b'::text])));`,
  ],
  [
    'raw SQL with LIKE on a varchar, a cast and GROUP BY',
    `select role, sum(score)::int as total from users where email like '%@x.com' group by role`,
    ` SELECT users.role,\n    (sum(users.score))::integer AS total\n   FROM users\n  WHERE ((users.email)::text ~~ '%@x.com'::text)\n  GROUP BY users.role;`,
    ` SELECT role,\n    (sum(score))::integer AS total\n   FROM users\n  WHERE ((email)::text ~~ '%@x.com'::text)\n  GROUP BY role;`,
  ],
  [
    'join with BETWEEN, ORDER BY ASC / DESC NULLS FIRST and LIMIT',
    `select "users"."id", "users"."email", "orders"."total" from "users" inner join "orders" on "orders"."user_id" = "users"."id" where "orders"."total" between 10 and 100 order by "users"."email" asc, "orders"."total" desc nulls first limit 50`,
    ` SELECT users.id,\n    users.email,\n    orders.total\n   FROM (users\n     JOIN orders ON ((orders.user_id = users.id)))\n  WHERE ((orders.total >= (10)::numeric) AND (orders.total <= (100)::numeric))\n  ORDER BY users.email, orders.total DESC\n LIMIT 50;`,
    ` SELECT users.id,\n    users.email,\n    orders.total\n   FROM (users\n     JOIN orders ON ((orders.user_id = users.id)))\n  WHERE ((orders.total >= (10)::numeric) AND (orders.total <= (100)::numeric))\n  ORDER BY users.email, orders.total DESC\n LIMIT 50;`,
  ],
  [
    'NOT IN, a function of a varchar, aliases, the public schema',
    `select "id", lower("email") as "lower_email", "users"."name" as "name" from "public"."users" where "users"."role" not in ('x', 'y') and "users"."name" is not null`,
    ` SELECT users.id,\n    lower((users.email)::text) AS lower_email,\n    users.name\n   FROM users\n  WHERE ((users.role <> ALL (ARRAY['x'::text, 'y'::text])) AND (users.name IS NOT NULL));`,
    ` SELECT id,\n    lower((email)::text) AS lower_email,\n    name\n   FROM users\n  WHERE ((role <> ALL (ARRAY['x'::text, 'y'::text])) AND (name IS NOT NULL));`,
  ],
  [
    'a subquery (the outer level unqualified on 18, the inner one qualified)',
    `select "id" from "users" where "users"."id" in (select "user_id" from "orders" where "orders"."total" > 5)`,
    ` SELECT users.id\n   FROM users\n  WHERE (users.id IN ( SELECT orders.user_id\n           FROM orders\n          WHERE (orders.total > (5)::numeric)));`,
    ` SELECT id\n   FROM users\n  WHERE (id IN ( SELECT orders.user_id\n           FROM orders\n          WHERE (orders.total > (5)::numeric)));`,
  ],
];

describe('view query fingerprint', () => {
  it.each(SPELLINGS)('%s: drizzle-kit, PostgreSQL 15 and 18 spellings are one query', (_view, drizzle, pg15, pg18) => {
    expect(fingerprint(pg15)).toBe(fingerprint(drizzle));
    expect(fingerprint(pg18)).toBe(fingerprint(drizzle));
    expect(fingerprint(drizzle)).toMatch(/^parse tree [0-9a-f]{16}$/);
  });

  const base = SPELLINGS[0]![1];
  it.each([
    ['a different predicate value', base.replace('= true', '= false')],
    ['a different comparison', base.replace('> -1', '>= -1')],
    ['another IN list', base.replace("('a', 'b')", "('a', 'c')")],
    ['a column fewer', base.replace(', "name"', '')],
    ['another column', base.replace('"name" from', '"role" from')],
    ['another relation', base.replace('from "users"', 'from "staff"').replaceAll('"users".', '"staff".')],
    ['no WHERE', 'select "id", "email", "name" from "users"'],
  ])('%s is a different query', (_change, changed) => {
    expect(fingerprint(changed)).not.toBe(fingerprint(base));
  });

  it('keeps qualifiers where the query reads two relations: which one a column is from matters', () => {
    const join = (column: string) => `select "${column}"."id" from "users" inner join "orders" on "orders"."user_id" = "users"."id"`;
    expect(fingerprint(join('users'))).not.toBe(fingerprint(join('orders')));
  });

  it('an explicit cast of a column to another type is kept', () => {
    expect(fingerprint('select score::bigint from users')).not.toBe(fingerprint('select score from users'));
  });

  it('text the parser refuses is compared with its whitespace collapsed', () => {
    expect(fingerprint('select from from  where')).toBe(fingerprint('select from from where;'));
    expect(fingerprint('select from from where')).not.toBe(fingerprint('select from where'));
  });
});

describe("a view's options", () => {
  it('read alike however a boolean was written, sorted by name; none without any', () => {
    // As pg_class.reloptions keeps `WITH (security_barrier, check_option = CASCADED)` and `SET (security_invoker = 1)`.
    expect(withOptions(['security_barrier=true', 'check_option=CASCADED', 'security_invoker=1'])).toBe('check_option=cascaded, security_barrier=true, security_invoker=true');
    expect(withOptions(['security_barrier=off'])).toBe('security_barrier=false');
    expect(withOptions(['security_barrier=on'])).toBe(withOptions(['security_barrier=yes']));
    // Storage parameters of a materialized view keep their values; only named booleans are read as such.
    expect(withOptions(['fillfactor=70', 'autovacuum_enabled=0'])).toBe('autovacuum_enabled=false, fillfactor=70');
    expect(withOptions([])).toBe('none');
    expect(withOptions(['security_invoker=true'])).not.toBe(withOptions(['security_invoker=false']));
  });
});
