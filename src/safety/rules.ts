import type { FindingSeverity, SafetyEngine } from './types.js';

/**
 * Every rule the safety analysis knows: its id (squawk's or Atlas's name where the rule is the
 * same, so users recognise it and existing `-- squawk-ignore` comments keep working), the
 * severity of its findings, and the text shown to users. The README's rule table is this table.
 */
export interface RuleDoc {
  title: string;
  engines: readonly SafetyEngine[];
  severity: FindingSeverity;
  /** Why it hurts, in general (a finding's message may be more specific). */
  why: string;
  /** The safe alternative. */
  fix: string;
}

const PG = ['postgres'] as const;
const CH = ['clickhouse'] as const;
const BOTH = ['postgres', 'clickhouse'] as const;

export const ruleDocs = {
  'require-concurrent-index-creation': {
    title: 'Index created without CONCURRENTLY',
    engines: PG,
    severity: 'error',
    why: 'CREATE INDEX holds a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits.',
    fix: 'CREATE INDEX CONCURRENTLY in a file marked `-- schemagate:no-transaction`.',
  },
  'require-concurrent-index-deletion': {
    title: 'Index dropped without CONCURRENTLY',
    engines: PG,
    severity: 'error',
    why: "DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table, blocking reads and writes while it waits and runs.",
    fix: 'DROP INDEX CONCURRENTLY in a file marked `-- schemagate:no-transaction`.',
  },
  'concurrently-in-transaction': {
    title: 'CONCURRENTLY in a transactional migration',
    engines: PG,
    severity: 'error',
    why: 'CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and DETACH PARTITION CONCURRENTLY cannot run inside a transaction block, so the migration fails when applied.',
    fix: 'Put the statement in its own file whose leading comment is `-- schemagate:no-transaction`.',
  },
  'constraint-missing-not-valid': {
    title: 'CHECK constraint added without NOT VALID',
    engines: PG,
    severity: 'error',
    why: 'Adding a validated CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock.',
    fix: 'ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later migration (it takes only a SHARE UPDATE EXCLUSIVE lock).',
  },
  'adding-foreign-key-constraint': {
    title: 'Foreign key added without NOT VALID',
    engines: PG,
    severity: 'error',
    why: 'Adding a validated foreign key scans the table while holding SHARE ROW EXCLUSIVE locks on it and on the referenced table, blocking writes to both.',
    fix: 'ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a later migration.',
  },
  'adding-not-nullable-field': {
    title: 'SET NOT NULL on an existing column',
    engines: PG,
    severity: 'error',
    why: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock to prove there is no NULL.',
    fix: 'ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; then SET NOT NULL (Postgres 12+ uses the valid check and skips the scan) and drop the check.',
  },
  'adding-required-field': {
    title: 'NOT NULL column added without a default',
    engines: PG,
    severity: 'error',
    why: 'ADD COLUMN ... NOT NULL with no DEFAULT fails on a table that has rows.',
    fix: 'Add the column with a (non-volatile) DEFAULT, or add it nullable, backfill in batches, then enforce NOT NULL.',
  },
  'adding-field-with-default': {
    title: 'Column added with a volatile default',
    engines: PG,
    severity: 'error',
    why: 'A volatile default (clock_timestamp(), random(), gen_random_uuid(), nextval()/serial, identity) is computed per row, so Postgres rewrites the whole table under an ACCESS EXCLUSIVE lock.',
    fix: 'Add the column without a default (or with a constant one), set the default afterwards, and backfill existing rows in batches.',
  },
  'stored-generated-column': {
    title: 'Stored generated column added',
    engines: PG,
    severity: 'error',
    why: 'Adding a STORED generated column computes it for every row: a full table rewrite under an ACCESS EXCLUSIVE lock.',
    fix: 'Use a VIRTUAL generated column (Postgres 18), or a plain column filled by a trigger plus a batched backfill.',
  },
  'changing-column-type': {
    title: 'Column type changed',
    engines: BOTH,
    severity: 'error',
    why: 'Postgres: ALTER COLUMN TYPE usually rewrites the table and its indexes under an ACCESS EXCLUSIVE lock. ClickHouse: MODIFY COLUMN with a type starts a mutation that rewrites every part holding the column.',
    fix: 'Add a new column of the new type, backfill it in batches, switch readers and writers, then drop the old column (expand/contract).',
  },
  'disallowed-unique-constraint': {
    title: 'Unique or primary key not added USING INDEX',
    engines: PG,
    severity: 'error',
    why: 'ADD UNIQUE / ADD PRIMARY KEY builds the index while holding an ACCESS EXCLUSIVE lock, blocking reads and writes.',
    fix: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX (or PRIMARY KEY USING INDEX).',
  },
  'adding-serial-primary-key-field': {
    title: 'Primary key column added to an existing table',
    engines: PG,
    severity: 'error',
    why: 'ADD COLUMN ... PRIMARY KEY fills the column for every row (a rewrite when it is serial or identity) and builds the unique index under an ACCESS EXCLUSIVE lock.',
    fix: 'Add the column nullable, backfill in batches, CREATE UNIQUE INDEX CONCURRENTLY, then ADD PRIMARY KEY USING INDEX.',
  },
  'require-concurrent-reindex': {
    title: 'REINDEX without CONCURRENTLY',
    engines: PG,
    severity: 'error',
    why: 'REINDEX holds a SHARE lock on the table (every INSERT, UPDATE and DELETE waits) and an ACCESS EXCLUSIVE lock on each index it rebuilds (queries that would use it wait) until it finishes.',
    fix: 'REINDEX ... CONCURRENTLY in a file marked `-- schemagate:no-transaction`.',
  },
  'require-concurrent-refresh': {
    title: 'Materialized view refreshed without CONCURRENTLY',
    engines: PG,
    severity: 'error',
    why: 'REFRESH MATERIALIZED VIEW holds an ACCESS EXCLUSIVE lock on the view for the whole refresh: every read of it waits (WITH NO DATA leaves it unreadable until the next refresh).',
    fix: 'REFRESH MATERIALIZED VIEW CONCURRENTLY, which lets reads go on; it needs a unique index on the view that covers every row.',
  },
  'rewriting-table': {
    title: 'Statement that rewrites a whole table',
    engines: PG,
    severity: 'error',
    why: 'VACUUM FULL, CLUSTER and ALTER TABLE ... SET LOGGED, SET UNLOGGED, SET TABLESPACE or SET ACCESS METHOD write a new copy of the table and its indexes under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole copy.',
    fix: 'Run it by hand in a maintenance window, or use an online tool (pg_repack, pg_squeeze) for VACUUM FULL and CLUSTER.',
  },
  'ban-drop-table': {
    title: 'Table dropped',
    engines: BOTH,
    severity: 'error',
    why: 'Dropping a table destroys its data, and running code that still reads it fails.',
    fix: 'Stop using the table first (deploy), keep a backup or rename it aside, and drop it in a later, reviewed migration.',
  },
  'ban-drop-column': {
    title: 'Column dropped',
    engines: BOTH,
    severity: 'error',
    why: 'Dropping a column destroys its data, and code still selecting or inserting it fails.',
    fix: 'Deploy code that no longer uses the column first, then drop it in a later migration (expand/contract).',
  },
  'ban-drop-database': {
    title: 'Database dropped',
    engines: BOTH,
    severity: 'error',
    why: 'Dropping a database destroys everything in it.',
    fix: 'Do this by hand, outside migrations, after a backup.',
  },
  'ban-drop-schema': {
    title: 'Schema dropped',
    engines: PG,
    severity: 'error',
    why: 'Dropping a schema destroys its tables and data (with CASCADE, everything that depends on them).',
    fix: 'Drop the objects you mean to drop one by one, after the code no longer uses them.',
  },
  'ban-truncate': {
    title: 'Table truncated',
    engines: BOTH,
    severity: 'error',
    why: 'TRUNCATE deletes every row (Postgres: under an ACCESS EXCLUSIVE lock).',
    fix: 'Delete the rows you mean to delete in batches, or truncate by hand after a backup.',
  },
  'ban-truncate-cascade': {
    title: 'TRUNCATE ... CASCADE',
    engines: PG,
    severity: 'error',
    why: 'TRUNCATE CASCADE also empties every table with a foreign key to it, which the statement does not name.',
    fix: 'Truncate (or better, delete in batches) the tables you mean, by name.',
  },
  'renaming-table': {
    title: 'Table renamed',
    engines: PG,
    severity: 'error',
    why: 'Code deployed before the migration still uses the old name and fails until the new code is out.',
    fix: 'Expand/contract: create the new table (or a view under the new name), move readers and writers, then drop the old one.',
  },
  'renaming-column': {
    title: 'Column renamed',
    engines: PG,
    severity: 'error',
    why: 'Code deployed before the migration still uses the old column name and fails until the new code is out.',
    fix: 'Expand/contract: add the new column, write both, backfill, move readers, then drop the old column.',
  },
  'prefer-robust-stmts': {
    title: 'Statement without IF [NOT] EXISTS where a retry may repeat it',
    engines: BOTH,
    severity: 'warning',
    why: 'Outside a transaction, a statement cut off while it runs (connection lost, runner stopped) may have happened: resuming runs it again (completed statements are skipped), and a CREATE or DROP that already happened then fails.',
    fix: 'Write CREATE ... IF NOT EXISTS, DROP ... IF EXISTS, ADD COLUMN IF NOT EXISTS, DROP COLUMN IF EXISTS.',
  },
  'identifier-too-long': {
    title: 'Identifier longer than 63 bytes',
    engines: PG,
    severity: 'warning',
    why: 'Postgres silently truncates identifiers to 63 bytes, so the object gets another name than the one written (and two long names can collide).',
    fix: 'Choose a name of at most 63 bytes.',
  },
  'unbatched-update': {
    title: 'UPDATE of an existing table in one statement',
    engines: PG,
    severity: 'warning',
    why: 'One UPDATE over many rows locks them all until the migration commits, blocks concurrent writers, and bloats the table and its WAL.',
    fix: 'Backfill in batches: a file marked `-- schemagate:batch` whose UPDATE ... WHERE id IN (SELECT id ... LIMIT n) selects only rows still to change; schemagate repeats it, one short transaction each (README: Batched backfills).',
  },
  'unbatched-delete': {
    title: 'DELETE from an existing table in one statement',
    engines: PG,
    severity: 'warning',
    why: 'One DELETE over many rows locks them all until the migration commits and blocks concurrent writers.',
    fix: 'Delete in batches: a file marked `-- schemagate:batch` whose DELETE ... WHERE id IN (SELECT id ... LIMIT n) schemagate repeats, one short transaction each (README: Batched backfills).',
  },
  'clickhouse-mutation': {
    title: 'Mutation (ALTER TABLE ... UPDATE/DELETE)',
    engines: CH,
    severity: 'error',
    why: 'A mutation rewrites every data part it touches, in the background, after the statement returns; it is heavy, cannot be rolled back, and queues behind other mutations.',
    fix: 'Prefer lightweight DELETE / inserting corrected rows (ReplacingMergeTree), or run the mutation by hand and watch system.mutations.',
  },
  'clickhouse-materialize': {
    title: 'MATERIALIZE INDEX/COLUMN/TTL/PROJECTION',
    engines: CH,
    severity: 'error',
    why: 'MATERIALIZE is a mutation: it rewrites every existing part in the background.',
    fix: 'Let new parts build the index/column/projection as they are written, or materialize one partition at a time (IN PARTITION) outside the migration.',
  },
  'ban-detach': {
    title: 'DETACH',
    engines: CH,
    severity: 'error',
    why: 'DETACH makes a table or partition invisible to every query until it is attached again.',
    fix: 'Do it by hand, or use DROP/MOVE PARTITION with a reviewed plan.',
  },
  'materialized-view-populate': {
    title: 'Materialized view created with POPULATE',
    engines: CH,
    severity: 'error',
    why: 'POPULATE copies the existing rows while ignoring rows inserted during the copy (they are lost), and blocks for the whole copy.',
    fix: 'Create the view without POPULATE (TO a target table), then backfill with INSERT INTO target SELECT ... for the rows before a cut-off.',
  },
  'on-cluster-mismatch': {
    title: 'ON CLUSTER disagrees with the configured cluster',
    engines: CH,
    severity: 'error',
    why: 'DDL without ON CLUSTER (or for another cluster) runs only on the node schemagate talks to, so replicas drift apart.',
    fix: 'Write ON CLUSTER with the configured cluster name on every DDL statement.',
  },
  'cluster-not-configured': {
    title: 'ON CLUSTER with no cluster configured',
    engines: CH,
    severity: 'warning',
    why: "Without `cluster`, schemagate's journal and lock are tables of the node it connects to: a run through another node of the cluster finds no journal and applies every migration again, and two runs through two nodes do not exclude each other.",
    fix: 'Set `cluster` (CLI: --cluster) to the cluster the migrations name, so the journal and lock are created ON CLUSTER with replicated engines.',
  },
  'replicated-engine-required': {
    title: 'Non-replicated MergeTree table on a cluster',
    engines: CH,
    severity: 'error',
    why: 'A plain MergeTree table on a cluster keeps separate, unreplicated data on each node.',
    fix: 'Use the Replicated variant (ReplicatedMergeTree, ReplicatedReplacingMergeTree...) or a Replicated database.',
  },
  'observed-rewrite': {
    title: 'Table rewrite observed that no rule predicted',
    engines: PG,
    severity: 'error',
    why: 'Running the statement (replay or rehearsal) gave the table a new file: Postgres rewrote every row under an ACCESS EXCLUSIVE lock, blocking reads and writes for the whole rewrite.',
    fix: 'Find the clause that forces the rewrite (a type change, a volatile default, a stored generated column) and use expand/contract: a new column, a batched backfill, then the switch.',
  },
  'observed-access-exclusive': {
    title: 'ACCESS EXCLUSIVE lock observed that no rule predicted',
    engines: PG,
    severity: 'warning',
    why: 'Running the statement (replay or rehearsal) took an ACCESS EXCLUSIVE lock on an existing table: even a brief one waits behind every running query on the table, and every query after it waits too.',
    fix: 'Keep the statement in a short transaction with `SET lock_timeout` (a few seconds) and retry on timeout, or use a form that takes a weaker lock.',
  },
  'suppression-without-reason': {
    title: 'schemagate:allow without a reason',
    engines: BOTH,
    severity: 'error',
    why: 'A waived finding is listed for reviewers with its reason; without one the waiver cannot be reviewed, so it does not apply.',
    fix: 'Write `-- schemagate:allow <rule-id> <reason>`.',
  },
  'suppression-unknown-rule': {
    title: 'schemagate:allow names an unknown rule',
    engines: BOTH,
    severity: 'warning',
    why: 'The comment waives nothing: the rule id is misspelt or not a schemagate rule.',
    fix: 'Use a rule id from the README\'s "Safety rules" table.',
  },
  'unparsed-statement': {
    title: 'Statement the safety rules could not read',
    engines: PG,
    severity: 'warning',
    why: "The Postgres parser rejected the statement, so no rule checked it (the database will most likely reject it too).",
    fix: 'Fix the syntax error the message names.',
  },
} as const satisfies Record<string, RuleDoc>;

export type RuleId = keyof typeof ruleDocs;

export const isRuleId = (id: string): id is RuleId => Object.hasOwn(ruleDocs, id);

/**
 * squawk's names for rules that schemagate names otherwise, so `-- squawk-ignore <name>` waives
 * the same finding here.
 */
export const squawkAliases: Readonly<Record<string, RuleId>> = {
  'ban-concurrent-index-creation-in-transaction': 'concurrently-in-transaction',
};
