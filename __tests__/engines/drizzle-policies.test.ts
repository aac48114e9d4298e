import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { fromDrizzle } from '../../src/sources/drizzle/snapshot.js';
import { ROOT } from '../support/action.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * The objects drizzle-kit records beyond tables (issue 11): policies and RLS, identity columns,
 * generated columns and sequences, written by drizzle-kit itself, verify clean once applied, and
 * a dropped policy or RLS switched off is drift.
 */
const online = await serverAvailable();
const DRIZZLE_KIT = path.join(ROOT, 'node_modules/drizzle-kit/bin.cjs');

const SCHEMA = `import { sql } from 'drizzle-orm';
import { integer, numeric, pgPolicy, pgSequence, pgTable, text } from 'drizzle-orm/pg-core';

export const invoiceNumbers = pgSequence('invoice_numbers', { increment: 10, startWith: 1000 });

export const notes = pgTable('notes', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  owner: text('owner').notNull().default('anon'),
  price: numeric('price').notNull(),
  quantity: integer('quantity').notNull(),
  total: numeric('total').generatedAlwaysAs(sql\`price * quantity\`),
}, (t) => [
  pgPolicy('notes_owner_read', { as: 'permissive', for: 'select', to: 'public', using: sql\`\${t.owner} = current_user\` }),
  pgPolicy('notes_owner_write', { for: 'insert', to: 'public', withCheck: sql\`\${t.owner} = current_user\` }),
]).enableRLS();
`;

let db: TestDatabase | undefined;
const ws = workspace({
  'schema.ts': SCHEMA,
  'drizzle.config.ts': "export default { dialect: 'postgresql', schema: './schema.ts', out: './drizzle' };\n",
});
beforeAll(async () => {
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(ws.dir, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, [DRIZZLE_KIT, 'generate', '--config', 'drizzle.config.ts'], { cwd: ws.dir, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`drizzle-kit generate exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  if (online) db = await createDatabase('sg_drizzlepol');
});
afterAll(async () => {
  ws.cleanup();
  await db?.drop();
});

it('reads policies, RLS, identity, generated columns and sequences from drizzle-kit\'s snapshot', async () => {
  const expected = await fromDrizzle(JSON.parse(ws.read('drizzle/meta/0000_snapshot.json')));
  const notes = expected.tables.find((t) => t.name === 'notes')!;
  expect(notes.properties).toEqual({ row_security: 'enabled' });
  expect(notes.parts!.policy).toEqual({
    notes_owner_read: 'PERMISSIVE FOR SELECT TO public USING (owner = current_user)',
    notes_owner_write: 'PERMISSIVE FOR INSERT TO public WITH CHECK (owner = current_user)',
  });
  expect(notes.columns.find((c) => c.name === 'id')!.properties).toEqual({ identity: 'always (increment 1 min 1 max 2147483647 start 1 cache 1 no cycle)' });
  expect(notes.columns.find((c) => c.name === 'total')!.properties).toEqual({ generated: 'STORED price * quantity' });
  expect(expected.tables.find((t) => t.name === 'invoice_numbers')).toMatchObject({ type: 'sequence', properties: { options: 'increment 10 min 1 max 9223372036854775807 start 1000 cache 1 no cycle' } });
});

(online ? it : it.skip)('on the server: applied, they verify clean; a dropped policy and RLS switched off are drift', async () => {
  const applied = await runMode({ mode: 'apply', 'database-url': db!.url, migrations: 'drizzle' }, ws.dir);
  expect(applied.verification!.differences).toEqual([]);
  expect(applied.error).toBeNull();

  await db!.sql.unsafe('DROP POLICY notes_owner_write ON notes; ALTER TABLE notes DISABLE ROW LEVEL SECURITY');
  const verified = await runMode({ mode: 'verify', 'database-url': db!.url, migrations: 'drizzle' }, ws.dir);
  expect(verified.verification!.differences.map((d) => [d.severity, d.kind, d.object])).toEqual(
    expect.arrayContaining([
      ['error', 'missing-policy', 'public.notes.notes_owner_write'],
      ['error', 'row-security', 'public.notes'],
    ]),
  );
  expect(verified.verification!.differences).toHaveLength(2);
});
