import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PGlite } from '@electric-sql/pglite';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectAnnotations } from '../../src/report/annotations.js';
import { renderSummary } from '../../src/report/summary.js';
import { ROOT } from '../support/action.js';
import { createDatabase, serverAvailable, type TestDatabase } from '../support/postgres.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

/**
 * Story 2 replayed (PRODUCT.md): a hand-written drizzle migration 0009 whose `when` is older than
 * the already-applied 0010. drizzle-kit skips it and says all is well; schemagate must name it as
 * out of order and refuse, apply it only when allowed, and, on a database that lacks its seven
 * columns while its journal says everything is applied, fail verification listing each column (and
 * the foreign key on one of them) at its line of drizzle's latest snapshot. The fixture is
 * drizzle-kit output: fixtures/drizzle-story.
 */
const FIXTURE = path.join(ROOT, '__tests__/fixtures/drizzle-story');
const DRIZZLE_KIT = path.join(ROOT, 'node_modules/drizzle-kit/bin.cjs');
const SNAPSHOT = 'drizzle/meta/0010_snapshot.json';
const FILE_0009 = 'drizzle/0009_submission_scores.sql';
const FILE_0010 = 'drizzle/0010_assignment_weight.sql';

/** The foreign key 0009 declares on graded_by, named as drizzle-kit names it in the snapshot. */
const GRADED_BY_FK = 'submissions_graded_by_students_id_fk';

/** The seven columns 0009 adds, with the types drizzle's snapshot gives them. */
const SEVEN: Record<string, string> = {
  score: 'numeric(5,2)',
  max_score: 'numeric(5,2)',
  graded_at: 'timestamp with time zone',
  graded_by: 'integer',
  feedback: 'text',
  late_penalty: 'numeric(5,2)',
  rubric: 'jsonb',
};

interface Entry {
  idx: number;
  when: number;
  tag: string;
}
const ENTRIES = (JSON.parse(readFileSync(path.join(FIXTURE, 'meta/_journal.json'), 'utf8')) as { entries: Entry[] }).entries;
const fileText = (tag: string) => readFileSync(path.join(FIXTURE, `${tag}.sql`), 'utf8');
const hashOf = (tag: string) => createHash('sha256').update(readFileSync(path.join(FIXTURE, `${tag}.sql`))).digest('hex');
const entry = (prefix: string) => ENTRIES.find((e) => e.tag.startsWith(prefix))!;
const exceptSkipped = ENTRIES.filter((e) => !e.tag.startsWith('0009_'));

function storyWorkspace() {
  const ws = workspace();
  ws.copy(FIXTURE, 'drizzle');
  return ws;
}

it('the fixture is the story: 0009 is journaled before 0010 with an older `when`, and adds the seven columns', () => {
  expect(ENTRIES.map((e) => e.tag.slice(0, 4))).toEqual(['0000', '0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008', '0009', '0010']);
  expect(entry('0009').when).toBeLessThan(entry('0010').when);
  const latest = JSON.parse(readFileSync(path.join(FIXTURE, 'meta/0010_snapshot.json'), 'utf8'));
  expect(Object.keys(latest.tables['public.submissions'].columns)).toEqual(expect.arrayContaining(Object.keys(SEVEN)));
  for (const column of Object.keys(SEVEN)) expect(fileText(entry('0009').tag)).toContain(`ADD COLUMN "${column}"`);
  expect(Object.keys(latest.tables['public.submissions'].foreignKeys)).toContain(GRADED_BY_FK);
  expect(fileText(entry('0009').tag)).toContain(`CONSTRAINT "${GRADED_BY_FK}" REFERENCES`);
});

/**
 * The missing-columns database, on any Postgres: every migration but 0009 ran, then `baseline`
 * recorded all of them, so the journal (schemagate's and drizzle's) says all is applied.
 */
async function verifyLacksSevenColumns(url: string, ws: ReturnType<typeof workspace>) {
  const baseline = await runMode({ mode: 'baseline', 'database-url': url, migrations: 'drizzle', 'baseline-reason': 'adopted production as it is' }, ws.dir);
  expect(baseline.error).toBeNull();
  expect(baseline.applied.map((a) => a.status)).toEqual(Array(11).fill('baselined'));
  const plan = await runMode({ mode: 'plan', 'database-url': url, migrations: 'drizzle' }, ws.dir);
  expect(plan.status).toBe('ok');
  expect(plan.plan!.pending).toEqual([]);

  const outcome = await runMode({ mode: 'verify', 'database-url': url, migrations: 'drizzle' }, ws.dir);
  expect(outcome.status).toBe('drift');
  expect(outcome.error!.kind).toBe('drift');
  const verification = outcome.verification!;
  expect(verification.snapshot).toBe(SNAPSHOT);
  // Exactly the seven columns and the foreign key on one of them, nothing else wrong: the rest of
  // the schema (tables, indexes, constraints, the enum) matches the snapshot.
  expect(verification.differences.map((d) => [d.severity, d.kind, d.object, d.expected]).sort()).toEqual(
    [
      ...Object.entries(SEVEN).map(([column, type]) => ['error', 'missing-column', `public.submissions.${column}`, type]),
      ['error', 'missing-foreign-key', `public.submissions.${GRADED_BY_FK}`, '(graded_by) REFERENCES public.students (id) ON DELETE no action ON UPDATE no action'],
    ].sort(),
  );

  // Each difference points at its column's (or foreign key's) own line inside the submissions
  // table of the snapshot.
  const lines = ws.read(SNAPSHOT).split('\n');
  const tableLine = lines.findIndex((l) => l.includes('"public.submissions": {')) + 1;
  const nextTableLine = lines.findIndex((l, i) => i >= tableLine && /^ {4}"public\.\w+": \{/.test(l)) + 1 || lines.length;
  expect(tableLine).toBeGreaterThan(0);
  for (const d of verification.differences) {
    const name = d.object.split('.').pop()!;
    expect(lines[d.line - 1]).toMatch(new RegExp(`^\\s*"${name}": \\{$`));
    expect(d.line).toBeGreaterThan(tableLine);
    expect(d.line).toBeLessThan(nextTableLine);
  }
  expect(new Set(verification.differences.map((d) => d.line)).size).toBe(8);
  const fk = verification.differences.find((d) => d.kind === 'missing-foreign-key')!;
  expect(lines.slice(tableLine, fk.line - 1).some((l) => l.includes('"foreignKeys": {'))).toBe(true);

  // Baselined: the journal says 0009 ran, so the columns were lost after it, or never made.
  expect(verification.differences.every((d) => d.cause?.file === FILE_0009 && d.cause.journal === 'applied')).toBe(true);
  // The job summary lists every difference; the annotations sit on the snapshot at those lines.
  const summary = renderSummary(outcome);
  expect(summary).toContain(`- 7 columns of \`public.submissions\` are missing: they are created by \`${FILE_0009}\`, which this database's journal records as applied`);
  expect(summary).toContain('schema drift');
  for (const d of verification.differences) {
    const row = summary.split('\n').find((l) => l.startsWith('|') && l.includes(`\`${d.object}\``));
    expect(row).toBeDefined();
    expect(row).toContain(d.kind);
    expect(row).toContain(`| \`${SNAPSHOT}:${d.line}\` |`);
  }
  const annotations = collectAnnotations(outcome).filter((a) => a.title.includes('missing-'));
  expect(annotations.map((a) => [a.file, a.line]).sort()).toEqual(verification.differences.map((d) => [SNAPSHOT, d.line]).sort());
  return outcome;
}

it('on PGlite: a database lacking 0009\'s seven columns whose journal says all is applied fails verify, listing each column', async () => {
  const ws = storyWorkspace();
  const dataDir = path.join(ws.dir, 'pgdata');
  const db = await PGlite.create(dataDir);
  for (const e of exceptSkipped) await db.exec(fileText(e.tag));
  await db.close();
  await verifyLacksSevenColumns(`pglite://${dataDir}`, ws);
  ws.cleanup();
}, 180_000); // two PGlite databases: the target, and the replay that explains the drift

const online = await serverAvailable();
const suite = online ? describe : describe.skip;

suite('story 2 on PostgreSQL', () => {
  let db: TestDatabase;
  let ws: ReturnType<typeof workspace>;
  beforeAll(async () => {
    db = await createDatabase('sg_story');
    ws = storyWorkspace();
  });
  afterAll(async () => {
    ws?.cleanup();
    await db?.drop();
  });

  const drizzleRows = async () => (await db.sql`SELECT hash, created_at::text AS created_at FROM drizzle.__drizzle_migrations ORDER BY id`).map((r) => ({ ...r }));
  /** The application's schema (the tool's own journal schema aside) and drizzle's table. */
  const dump = async () => ({
    columns: (await db.sql`SELECT table_schema, table_name, column_name, data_type, is_nullable, column_default
                           FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'schemagate')
                           ORDER BY 1, 2, ordinal_position`).map((r) => ({ ...r })),
    constraints: (await db.sql`SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                               WHERE n.nspname = 'public' ORDER BY 1`).map((r) => r.conname),
    drizzle: await drizzleRows(),
  });
  const journalRows = async () => {
    const [found] = await db.sql`SELECT to_regclass('schemagate.schemagate_journal')::text AS t`;
    if (!found!.t) return [];
    return db.sql`SELECT migration_id, status, checksum, out_of_order FROM schemagate.schemagate_journal ORDER BY started_at`;
  };
  const drizzleKitMigrate = () => {
    ws.write('drizzle.config.ts', `export default { dialect: 'postgresql', out: './drizzle', dbCredentials: { url: ${JSON.stringify(db.url)} } };\n`);
    return spawnSync(process.execPath, [DRIZZLE_KIT, 'migrate', '--config', 'drizzle.config.ts'], { cwd: ws.dir, encoding: 'utf8', timeout: 60_000 });
  };

  it('drizzle applied all but 0009: drizzle-kit migrate skips it silently; plan names it out of order; apply refuses and changes nothing', async () => {
    // What production looked like: drizzle's migrator ran 0000-0008, then 0010, before 0009 was merged.
    await db.sql`CREATE SCHEMA drizzle`;
    await db.sql`CREATE TABLE drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`;
    for (const e of exceptSkipped) {
      for (const piece of fileText(e.tag).split('--> statement-breakpoint')) await db.sql.unsafe(piece);
      await db.sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (${hashOf(e.tag)}, ${e.when})`;
    }
    const before = await dump();
    expect(before.columns.some((c) => c.table_name === 'submissions' && c.column_name === 'score')).toBe(false);

    // The bug: drizzle-kit compares timestamps, skips 0009, exits 0.
    const migrate = drizzleKitMigrate();
    expect(migrate.status).toBe(0);
    expect(await dump()).toEqual(before);

    const plan = await runMode({ mode: 'plan', 'database-url': db.url, migrations: 'drizzle' }, ws.dir);
    expect(plan.status).toBe('refused');
    expect(plan.plan!.outOfOrder.map((m) => m.id)).toEqual(['0009']);
    expect(plan.plan!.pending).toEqual([]);
    expect(plan.plan!.applied.map((a) => [a.migration.id, a.source])).toEqual(exceptSkipped.map((e) => [e.tag.slice(0, 4), 'drizzle']));
    const problems = plan.plan!.problems;
    expect(problems.map((p) => [p.kind, p.severity, p.migrationId])).toEqual([['out-of-order', 'error', '0009']]);
    expect(problems[0]!.message).toContain(FILE_0009);
    expect(problems[0]!.message).toContain(FILE_0010);
    expect(problems[0]!.location).toEqual({ file: FILE_0009, line: 1 });
    expect(plan.error!.message).toContain(FILE_0009);
    expect(renderSummary(plan)).toContain(FILE_0009);

    const apply = await runMode({ mode: 'apply', 'database-url': db.url, migrations: 'drizzle' }, ws.dir);
    expect(apply.status).toBe('refused');
    expect(apply.error!.message).toContain(FILE_0009);
    expect(apply.applied).toEqual([]);
    expect(apply.verification).toBeNull();
    expect(await dump()).toEqual(before);
    expect(await journalRows()).toEqual([]);

    // Drift explained: drizzle's per-migration snapshots say which migration brings the columns.
    const verified = await runMode({ mode: 'verify', 'database-url': db.url, migrations: 'drizzle' }, ws.dir);
    expect(verified.status).toBe('drift');
    expect(verified.verification!.differences.map((d) => d.cause)).toEqual(Array(8).fill({ migrationId: '0009', file: FILE_0009, journal: 'not recorded' }));
    const summary = renderSummary(verified);
    expect(summary).toContain(`- 7 columns of \`public.submissions\` are missing: they are created by \`${FILE_0009}\`, which this database's journal does not record as applied.`);
    expect(summary).toContain(`- The foreign key \`public.submissions.${GRADED_BY_FK}\` is missing: it is created by \`${FILE_0009}\``);
    const annotation = collectAnnotations(verified).find((a) => a.title.includes('missing-column'))!;
    expect(annotation.message).toContain(`It comes from ${FILE_0009}, which this database's journal does not record as applied.`);
    expect(await dump()).toEqual(before);
  });

  it('with allow-out-of-order, apply runs 0009 only, records it as out of order and writes its drizzle row', async () => {
    const before = await drizzleRows();
    expect(before).toHaveLength(10);

    // 0009 adds a validated foreign key to an existing table, which the safety gate refuses by
    // default (postgres-safety.test.ts); this story is about ordering, so the gate only reports.
    const apply = await runMode({ mode: 'apply', 'database-url': db.url, migrations: 'drizzle', 'allow-out-of-order': 'true', lint: 'warn' }, ws.dir);
    expect(apply.safety!.findings.map((f) => f.rule)).toContain('adding-foreign-key-constraint');
    expect(apply.error).toBeNull();
    expect(apply.status).toBe('ok');
    expect(apply.applied.map((a) => [a.migrationId, a.status, a.outOfOrder])).toEqual([['0009', 'applied', true]]);
    expect(apply.plan!.pending.map((p) => [p.migration.id, p.outOfOrder])).toEqual([['0009', true]]);
    // Verified after applying: the schema now matches drizzle's latest snapshot exactly.
    expect(apply.verification!.snapshot).toBe(SNAPSHOT);
    expect(apply.verification!.differences).toEqual([]);

    const rows = await journalRows();
    expect(rows.map((r) => ({ ...r }))).toEqual([{ migration_id: '0009', status: 'applied', checksum: hashOf(entry('0009').tag), out_of_order: true }]);
    expect(await drizzleRows()).toEqual([...before, { hash: hashOf(entry('0009').tag), created_at: String(entry('0009').when) }]);
    const columns = await db.sql`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'submissions'`;
    expect(columns.map((c) => c.column_name)).toEqual(expect.arrayContaining(Object.keys(SEVEN)));

    // Both tools now agree that nothing is left to do.
    const plan = await runMode({ mode: 'plan', 'database-url': db.url, migrations: 'drizzle' }, ws.dir);
    expect(plan.status).toBe('ok');
    expect(plan.plan!.pending).toEqual([]);
    expect(plan.plan!.problems).toEqual([]);
    const migrate = drizzleKitMigrate();
    expect(migrate.status).toBe(0);
    expect(await drizzleRows()).toHaveLength(11);
  });

  it('a database lacking the seven columns whose journal says all is applied fails verify, listing each column on the snapshot', async () => {
    const other = await createDatabase('sg_story');
    const ws = storyWorkspace();
    try {
      for (const e of exceptSkipped) await other.sql.unsafe(fileText(e.tag)).simple();
      await verifyLacksSevenColumns(other.url, ws);
    } finally {
      ws.cleanup();
      await other.drop();
    }
  });
});
