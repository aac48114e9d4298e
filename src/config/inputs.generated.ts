// Generated from action.yml by scripts/generate-inputs.mjs; do not edit.
export const ACTION_INPUTS = {
  "mode": {
    "default": "plan",
    "description": "What to do: plan (read-only preview), apply (lock, apply pending, record, verify), verify (drift check only), snapshot (write the expected schema from the database), baseline (record migrations as applied without running them)."
  },
  "database-url": {
    "default": "",
    "description": "Target database URL, from the GitHub Environment's secret: postgres://, postgresql://, clickhouse://, http(s):// (ClickHouse), or the embedded pglite://PATH and chdb://PATH. Masked in every log, summary, annotation and output."
  },
  "direct-url": {
    "default": "",
    "description": "A direct connection URL to the same database (the session-mode or non-pooled endpoint: Supabase's and Prisma's DIRECT_URL), from a secret. When set, schemagate connects through it instead of `database-url`: its lock and session settings need one server session for the whole run, which a transaction-mode pooler (PgBouncer, Supavisor) does not give, and an apply through one is refused. Masked like `database-url`."
  },
  "database-urls": {
    "default": "",
    "description": "Many databases (fan-out): one target per line, `URL` or `name=URL` (blank lines and lines starting with # are skipped), from a secret. Every mode runs on each target with its own lock, journal, plan and outcome; one report lists them all. Each URL is masked like database-url. Not with database-url or targets-file."
  },
  "targets-file": {
    "default": "",
    "description": "Many databases (fan-out) from a YAML or JSON file: `targets:` a list of entries with `name`, `url-env` (the environment variable holding the URL: never the URL itself), and for a schema per tenant `schema` (Postgres search_path; the journal goes there too unless `journal-schema` is set). A top-level `url-env` is the default for every entry."
  },
  "max-parallel": {
    "default": "4",
    "description": "Fan-out: how many targets run at once (a sliding pool: the next target starts as soon as one finishes)."
  },
  "fail-fast": {
    "default": "false",
    "description": "Fan-out: after the first failed target start no other (running ones finish); the report lists the targets not attempted."
  },
  "canary": {
    "default": "",
    "description": "Fan-out: targets run first, alone, before any other: `first` (the first target), or target names separated by commas. The others start only when every canary succeeds (and verifies, when there is a snapshot); otherwise none is attempted."
  },
  "targets-shard": {
    "default": "",
    "description": "Fan-out over a job matrix: `i/n` runs the i-th of n shards of the targets (canary targets excluded, every n-th target from the i-th); `0/n` runs the canary targets only."
  },
  "merge-results": {
    "default": "",
    "description": "Instead of running migrations, merge the result files of a fan-out's shards (a folder, searched recursively for *.json, or files, one per line) into one report, outputs and exit status. Needs no database."
  },
  "migrations": {
    "default": "migrations",
    "description": "Folder of migrations: versioned NNNN_name.sql files plus optional repeatable R__name.sql files, or a drizzle-kit output folder (meta/_journal.json)."
  },
  "format": {
    "default": "auto",
    "description": "Layout of the migrations folder: auto (detected: drizzle, prisma, supabase, goose, dbmate, golang-migrate, node-pg-migrate, flyway, chkit, else plain) or one of plain, drizzle, golang-migrate, goose, dbmate, flyway, prisma, supabase, node-pg-migrate, chkit, clickhouse-migrations. The summary and the result say which layout was read."
  },
  "snapshot": {
    "default": "",
    "description": "Expected schema for verification: a schemagate snapshot file, a drizzle meta/NNNN_snapshot.json, or a drizzle folder (its latest snapshot). Empty: the drizzle folder's latest snapshot, else MIGRATIONS/schemagate.snapshot.json if present. In snapshot mode, the file to write."
  },
  "allow-out-of-order": {
    "default": "false",
    "description": "Apply a pending migration ordered before one already applied, instead of failing. The journal records that it was allowed."
  },
  "resume": {
    "default": "false",
    "description": "Continue a failed non-transactional migration (ClickHouse, or a no-transaction Postgres file) after its completed statements, provided those statements are unchanged."
  },
  "transaction-mode": {
    "default": "per-migration",
    "description": "Postgres apply: per-migration (each migration commits with its journal row, so migrations 1-2 stay applied when 3 fails) or batch (the pending migrations and their journal rows in one transaction, committed in chunks of at most 1000 statements so the server's lock table holds: all or nothing per chunk; a no-transaction migration runs on its own between chunks, and a chunk commits after a migration that adds an enum value, which Postgres lets later statements use only once committed). batch is a config error on an engine without transactions (ClickHouse)."
  },
  "verify": {
    "default": "true",
    "description": "After apply, verify the live schema against the snapshot when one is found."
  },
  "require-snapshot": {
    "default": "false",
    "description": "In apply mode, fail (outcome config) when no snapshot is found to verify against. By default an unverified apply succeeds with a warning, and the verified output is false."
  },
  "fail-on-extra": {
    "default": "false",
    "description": "Treat tables and columns that the snapshot does not mention as errors (they are warnings by default)."
  },
  "environment": {
    "default": "",
    "description": "Name of the environment (staging, production), recorded in every journal row and shown in the summary."
  },
  "journal-schema": {
    "default": "",
    "description": "Where the journal lives: a Postgres schema (default schemagate) or a ClickHouse database (default: the URL's database)."
  },
  "journal-table": {
    "default": "schemagate_journal",
    "description": "Journal table name; completed statements go to JOURNAL_TABLE_statements and the ClickHouse lease to JOURNAL_TABLE_lock."
  },
  "lock-timeout": {
    "default": "300",
    "description": "Seconds to wait for another run's migration lock before failing with the holder's name."
  },
  "statement-timeout": {
    "default": "0",
    "description": "Seconds one statement may run before the database cancels it; 0 for no limit."
  },
  "ddl-lock-timeout": {
    "default": "5",
    "description": "Postgres: seconds a migration statement may wait for a table lock before it gives up (lock_timeout, separate from `lock-timeout`); while it waits, every later query on that table queues behind it, so this is the longest a migration can stall the table's readers and writers. A transactional migration is then rolled back and retried whole, a statement of a no-transaction file alone. 0 waits as long as `statement-timeout` allows. ClickHouse has no equivalent and ignores it."
  },
  "ddl-lock-retries": {
    "default": "3",
    "description": "How many times a migration (a transaction-mode batch's whole transaction, or a no-transaction file's statement) that could not get its lock within `ddl-lock-timeout` is retried, after a jittered backoff of about 1 s, 2 s, 4 s (at most 10 s); each attempt's lock wait rises from half of `ddl-lock-timeout` to all of it. Then the run fails (outcome lock-timeout) naming the table, the lock mode and the sessions that blocked it."
  },
  "rebuild-invalid-indexes": {
    "default": "true",
    "description": "Postgres: when a file's CREATE INDEX CONCURRENTLY finds its own index left INVALID by an earlier failed or interrupted build, drop it with DROP INDEX CONCURRENTLY and build it again; false refuses, naming the index."
  },
  "connect-retries": {
    "default": "3",
    "description": "How many times a transient connection failure is retried (backoff 2 s, 3 s, 5 s) before a migration starts; a failed statement is never retried."
  },
  "adopt": {
    "default": "auto",
    "description": "Another tool's journal to read what it applied from: auto (look for each journal schemagate knows, by its table and columns), none, or golang-migrate, goose, dbmate, flyway, prisma, supabase, node-pg-migrate, drizzle (Postgres), chkit, clickhouse-migrations (ClickHouse)."
  },
  "adopt-write": {
    "default": "false",
    "description": "Also record each applied migration in the adopted tool's journal, in that tool's format (on Postgres in the migration's transaction), so the team can switch back or run both; a named tool's table is created if missing."
  },
  "drizzle-journal": {
    "default": "auto",
    "description": "Read drizzle's __drizzle_migrations (matching by sha256, as drizzle-kit does) and keep writing rows drizzle-kit understands: auto (for drizzle folders), true or false."
  },
  "drizzle-migrations-table": {
    "default": "drizzle.__drizzle_migrations",
    "description": "drizzle's migrations table as schema.table."
  },
  "baseline-reason": {
    "default": "",
    "description": "In baseline mode, why the migrations are recorded without running (kept in the journal's note)."
  },
  "baseline-to": {
    "default": "",
    "description": "In baseline mode, the last version to record; empty records every pending migration."
  },
  "mutation-timeout": {
    "default": "3600",
    "description": "ClickHouse: seconds to wait for a mutation (ALTER ... UPDATE/DELETE) to finish."
  },
  "lock-lease": {
    "default": "60",
    "description": "ClickHouse: seconds a run's lock lease lasts without renewal (renewed every third of it); a killed run's lease blocks others this long, unless it ran on the same host and its process is gone."
  },
  "cluster": {
    "default": "",
    "description": "ClickHouse: create the journal ON CLUSTER this name with replicated engines."
  },
  "working-directory": {
    "default": ".",
    "description": "Directory that relative paths start from (default: the workspace)."
  },
  "replay": {
    "default": "false",
    "description": "Also apply every migration from empty on a throwaway embedded database of the same engine (PGlite or chDB) and verify it against the snapshot. With mode plan and no database-url (a fork's pull request gets no secrets) the replay is the whole preview. Needs @electric-sql/pglite or chdb installed in the workspace."
  },
  "engine": {
    "default": "",
    "description": "postgres or clickhouse; needed only when there is no database-url to infer it from (a replay-only preview of a plain folder)."
  },
  "promotion-database-url": {
    "default": "",
    "description": "Promotion gate: the earlier environment's database URL (its secret), read only. This run refuses any migration that environment has not applied successfully with the same checksum."
  },
  "promotion-environment": {
    "default": "",
    "description": "Name of the earlier environment, shown in messages and the summary."
  },
  "github-token": {
    "default": "${{ github.token }}",
    "description": "Token for the sticky pull-request comment in plan mode (needs pull-requests write) and for the check run that carries more than ten annotations (needs checks write). Without a permission that part is skipped with a warning."
  },
  "comment": {
    "default": "true",
    "description": "In plan mode on a pull request, create or update one comment per environment and migrations folder."
  },
  "check-run": {
    "default": "auto",
    "description": "Publish every annotation (safety findings, plan problems, drift) at file:line through a check run, which GitHub does not cap at 10 per severity as it does workflow-command annotations. auto: only when there are more than workflow commands show; always; never. Needs checks write (permissions: checks: write); without it the capped annotations are kept and a warning says so."
  },
  "checksum": {
    "default": "sha256",
    "description": "Checksum new journal rows record: sha256 (the file's exact bytes: any change, line endings included, is an edit) or sha256-lf (CRLF read as LF, for checkouts whose line endings differ). Rows are always compared under the algorithm they were recorded with."
  },
  "lint": {
    "default": "error",
    "description": "Safety rules on the pending migrations (locks, rewrites, destructive statements; see the README's Safety rules): error (an unwaived error finding fails plan and apply with outcome unsafe; apply refuses before running anything), warn (reported, never failing) or off."
  },
  "large-table-rows": {
    "default": "100000",
    "description": "With a database-url, a lock or rewrite finding on a table the target estimates at this many rows or more is an error, on a smaller one a warning (estimates from catalog statistics; no table is scanned)."
  },
  "rehearse": {
    "default": "false",
    "description": "Postgres, mode plan: run every pending migration on the target inside one transaction with short lock and statement timeouts, observe its locks and rewrites, verify the result against the snapshot, and always roll back. A migration marked no-transaction, and every one after it, is skipped with the reason."
  }
} as const;
