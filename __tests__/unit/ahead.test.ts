import { describe, expect, it } from '@jest/globals';
import { mayRunAhead } from '../../src/engines/postgres/ahead.js';
import type { Statement } from '../../src/types.js';

const statements = (...sql: string[]): Statement[] => sql.map((text, index) => ({ sql: text, index, line: index + 1, hash: String(index) }));

describe('which migrations may send their statements ahead inside their transaction', () => {
  it('any statement that does not control the transaction', () => {
    expect(mayRunAhead(statements('CREATE TABLE a (id int)', 'CREATE INDEX a_id ON a (id)', "INSERT INTO a VALUES (1)"))).toBe(true);
    expect(mayRunAhead(statements('CREATE TABLE "commit" (id int)', '(SELECT 1)', "DO $$ BEGIN PERFORM 1; END $$", 'SET LOCAL statement_timeout = 1000'))).toBe(true);
    expect(mayRunAhead(statements('CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END'))).toBe(true);
  });

  it.each([
    'COMMIT',
    'commit;',
    'END',
    '-- closes the block\nROLLBACK',
    '/* keep */ BEGIN',
    'START TRANSACTION',
    'ABORT',
    'SAVEPOINT before_backfill',
    'RELEASE SAVEPOINT before_backfill',
    "PREPARE TRANSACTION 'x'",
  ])('not when one statement is %j', (control) => {
    expect(mayRunAhead(statements('CREATE TABLE a (id int)', control, 'CREATE TABLE b (id int)'))).toBe(false);
  });
});
