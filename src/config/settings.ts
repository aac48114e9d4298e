import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClickHouseSettings, EngineKind } from '../engines/engine.js';
import { ADOPT_TOOLS, ENGINE_KINDS, engineOfScheme, SUPPORTED_SCHEMES } from '../engines/index.js';
import { configError } from '../errors.js';
import { LAYOUT_NAMES } from '../sources/layouts/index.js';
import { LINT_LEVELS, type LintLevel } from '../safety/gate.js';
import { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm } from '../types.js';
import { runEnvironmentFrom, type RunEnvironment } from './context.js';
import { INPUT_DEFAULTS, type InputLookup, type InputName } from './inputs.js';
import { PERCENT_HINT, undecodableUserinfo } from './secrets.js';
import { canaryNames, parseDatabaseUrls, parseShard, parseTargetsFile, shardTargets, type Shard, type TargetSpec } from './targets.js';

/**
 * Validated settings, built the same way from action inputs and from CLI flags: both shells
 * hand `readSettings` a lookup of raw strings, so every default and every check lives here once.
 * Reading settings has no side effects; grouped by the part of a run that uses them.
 */
export const MODES = ['plan', 'apply', 'verify', 'snapshot', 'baseline'] as const;
export type Mode = (typeof MODES)[number];

export interface Promotion {
  databaseUrl: URL;
  environment: string;
}

export const TRANSACTION_MODES = ['per-migration', 'batch'] as const;
export type TransactionMode = (typeof TRANSACTION_MODES)[number];

/** Many databases, one folder: the targets this run covers and how they are scheduled. */
export interface FanoutSettings {
  /** The targets of this run (this shard's, with `targets-shard`), in the order given. */
  targets: TargetSpec[];
  maxParallel: number;
  failFast: boolean;
  /** Names of the targets that run first, alone; the others only when every one succeeds. */
  canary: string[];
  shard: Shard | null;
}

export interface Settings {
  mode: Mode;
  target: {
    /** Null for a replay-only preview (a fork's pull request gets no secrets) and for a fan-out. */
    databaseUrl: URL | null;
    /** Engine named explicitly; needed when there is no URL to infer it from. */
    engine: EngineKind | null;
    /** Schema per tenant: where the migrations' unqualified names resolve (a fan-out target's `schema`). */
    schema: string | null;
  };
  /** Set when the run covers many databases (`database-urls` or `targets-file`). */
  fanout: FanoutSettings | null;
  replay: boolean;
  promotion: Promotion | null;
  sources: {
    cwd: string;
    migrations: string;
    snapshot: string | null;
    checksum: ChecksumAlgorithm;
    /** `auto` or a layout's name (LAYOUT_NAMES). */
    format: string;
  };
  plan: { allowOutOfOrder: boolean; resume: boolean };
  apply: {
    lockTimeoutMs: number;
    statementTimeoutMs: number | undefined;
    /** A file's CREATE INDEX CONCURRENTLY drops and rebuilds its own INVALID index (else refuses). */
    rebuildInvalidIndexes: boolean;
    connectRetries: number;
    /** How long a migration statement may wait for a table lock (0: no bound), and how often a lock wait is retried. */
    ddlLocks: { timeoutMs: number; retries: number };
    verify: boolean;
    /** An apply with no snapshot to verify against fails instead of warning. */
    requireSnapshot: boolean;
    /** `batch`: the pending migrations in one transaction, committed in chunks (engines with transactions only). */
    transactionMode: TransactionMode;
    /** The most statements one batch chunk holds (default BATCH_CHUNK_STATEMENTS); tests set it small. */
    batchChunkStatements?: number;
  };
  verify: { failOnExtra: boolean };
  journal: {
    schema: string | undefined;
    table: string;
    drizzle: 'auto' | 'true' | 'false';
    drizzleTable: string;
    /** `auto`, `none` or a tool's name (ADOPT_TOOLS). */
    adopt: string;
    adoptWrite: boolean;
  };
  baseline: { reason: string | null; to: string | null };
  safety: {
    lint: LintLevel;
    /** Rows from which a lock or rewrite finding is an error (below: a warning). */
    largeTableRows: number;
    /** Postgres plan: run the pending migrations on the target in a transaction that is rolled back. */
    rehearse: boolean;
  };
  clickhouse: ClickHouseSettings;
  run: RunEnvironment;
}

function boolean(name: InputName, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off', ''].includes(value)) return false;
  throw configError(`Input \`${name}\` must be true or false, got "${raw}".`);
}

/** Postgres takes timeouts as a 32-bit count of milliseconds, and so do Node's timers. */
const MAX_SECONDS = Math.floor(2 ** 31 / 1000) - 1;

function seconds(name: InputName, raw: string, { allowZero }: { allowZero: boolean }): number {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0) || value > MAX_SECONDS) {
    throw configError(`Input \`${name}\` must be a number of seconds from ${allowZero ? 0 : 'above 0'} to ${MAX_SECONDS}${allowZero ? ' (0 for none)' : ''}, got "${raw}".`, {
      hint: `Set \`${name}\` to a number of seconds, e.g. 60.`,
    });
  }
  return Math.round(value * 1000);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function identifier(name: InputName, raw: string): string {
  if (!IDENTIFIER.test(raw)) throw configError(`Input \`${name}\` must be a plain identifier (letters, digits, _), got "${raw}".`);
  return raw;
}

/**
 * The journal's tables are this name, `<name>_statements` and (ClickHouse) `<name>_lock`: all
 * within Postgres's 63 bytes, or the server would cut `_statements` back to the journal's own name.
 */
const JOURNAL_TABLE_MAX = 63 - '_statements'.length;

function journalTableName(raw: string): string {
  const name = identifier('journal-table', raw);
  if (name.length > JOURNAL_TABLE_MAX) {
    throw configError(`Input \`journal-table\` is ${name.length} characters long; at most ${JOURNAL_TABLE_MAX} leave room for ${name}_statements within Postgres's 63.`, { hint: 'Choose a shorter journal table name.' });
  }
  return name;
}

/** A system schema (Postgres `pg_*`, `information_schema`) or database (ClickHouse `system`) cannot hold the journal. */
function journalSchemaName(raw: string): string {
  const name = identifier('journal-schema', raw);
  if (/^(pg_|information_schema$|system$)/i.test(name)) {
    throw configError(`Input \`journal-schema\` is ${name}, a system schema that cannot hold the journal.`, { hint: 'Leave `journal-schema` empty (the default), or name a schema (ClickHouse: a database) of your own.' });
  }
  return name;
}

/** `schema.table` (or `table`, in `public`), each a plain identifier: it is spliced into SQL. */
function qualifiedTable(name: InputName, raw: string): string {
  const parts = raw.split('.');
  if (parts.length > 2 || !parts.every((part) => IDENTIFIER.test(part))) {
    throw configError(`Input \`${name}\` must be a table name, schema.table, each part a plain identifier (letters, digits, _), got "${raw}".`, {
      hint: 'drizzle-kit keeps its journal in drizzle.__drizzle_migrations, the default.',
    });
  }
  return raw;
}

/** A version number, as versioned migration files start with. */
function version(name: InputName, raw: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  if (!/^\d+$/.test(value)) {
    throw configError(`Input \`${name}\` must be a migration version (the number a versioned file starts with, e.g. 0042), got "${raw}".`, {
      hint: `Set \`${name}\` to the version of the last migration to record, or leave it empty for all pending ones.`,
    });
  }
  return value;
}

export function parseDatabaseUrl(raw: string, input: InputName = 'database-url'): URL {
  const value = raw.trim();
  if (!value) {
    throw configError(`No database URL: input \`${input}\` is empty.`, {
      hint:
        'Store the URL as a secret of the GitHub Environment (e.g. DATABASE_URL) and pass it with ' +
        '`database-url: ${{ secrets.DATABASE_URL }}`; the job must declare `environment:` to read it ' +
        '(callers of the reusable workflow pass `secrets: inherit`). If it is set and still empty, the ' +
        'secret is missing in that environment (forks get no secrets: use `replay: true` to preview).',
    });
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Never echo the value: it is a secret and may hold a password.
    throw configError(`Input \`${input}\` is not a valid URL.`, {
      hint: `Use one of ${SUPPORTED_SCHEMES}; percent-encode special characters in the password.`,
    });
  }
  if (!SUPPORTED_SCHEMES.split(', ').includes(`${url.protocol}//`)) {
    throw configError(`Input \`${input}\` has the URL scheme "${url.protocol}", which schemagate does not support.`, {
      hint: `Use one of: ${SUPPORTED_SCHEMES}.`,
    });
  }
  const undecodable = undecodableUserinfo(url);
  if (undecodable) throw configError(`Input \`${input}\`: its ${undecodable} is not valid percent-encoding (the value is not shown).`, { hint: PERCENT_HINT });
  return url;
}

const SCHEMES = SUPPORTED_SCHEMES.split(', ').map((scheme) => scheme.replace(/\/\/$/, ''));

/** Whether two URLs are of one engine (by scheme); undefined when either does not parse (its own check says so). */
function sameEngine(a: string, b: string): boolean | undefined {
  try {
    return engineOfScheme(new URL(a).protocol) === engineOfScheme(new URL(b).protocol);
  } catch {
    return undefined;
  }
}

/** Whole number input within bounds. */
function count(name: InputName, raw: string, min: number, max: number): number {
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < min || value > max) throw configError(`Input \`${name}\` must be a whole number from ${min} to ${max}, got "${raw}".`);
  return value;
}

/** The fan-out inputs, or null when the run has one target. */
function readFanout(get: (name: InputName) => string, cwd: string, env: NodeJS.ProcessEnv): FanoutSettings | null {
  const urls = get('database-urls').trim();
  const file = get('targets-file').trim();
  if (!urls && !file) {
    for (const name of ['targets-shard', 'canary'] as const) {
      if (get(name).trim()) throw configError(`Input \`${name}\` is for a fan-out: set \`database-urls\` or \`targets-file\` too.`);
    }
    // Not used with one target, but a bad value is still a mistake to report, not to ignore.
    count('max-parallel', get('max-parallel'), 1, 256);
    boolean('fail-fast', get('fail-fast'));
    return null;
  }
  if (urls && file) throw configError('Set either `database-urls` or `targets-file`, not both.');
  const single = (['database-url', 'direct-url'] as const).find((name) => get(name).trim());
  if (single) {
    throw configError(`Set either \`${single}\` (one database) or \`${urls ? 'database-urls' : 'targets-file'}\` (many), not both.`, {
      hint: 'For many databases, list every target, this one included, in the fan-out input.',
    });
  }
  let targets: TargetSpec[];
  if (urls) targets = parseDatabaseUrls(urls, SCHEMES);
  else {
    const full = path.resolve(cwd, file);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (error) {
      throw configError(`Cannot read the targets file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`, { hint: 'Set `targets-file` to a YAML or JSON file in the repository, relative to `working-directory`.' });
    }
    targets = parseTargetsFile(text, file, env, SCHEMES);
  }
  const canary = canaryNames(get('canary'), targets);
  const shard = parseShard(get('targets-shard'));
  return {
    targets: shard ? shardTargets(targets, canary, shard) : targets,
    maxParallel: count('max-parallel', get('max-parallel'), 1, 256),
    failFast: boolean('fail-fast', get('fail-fast')),
    canary: shard ? [] : canary,
    shard,
  };
}

export function readSettings(lookup: InputLookup, env: NodeJS.ProcessEnv = process.env): Settings {
  const get = (name: InputName) => {
    const value = lookup(name);
    return value === undefined || value === '' ? INPUT_DEFAULTS[name] : value;
  };
  const mode = get('mode').trim();
  if (!(MODES as readonly string[]).includes(mode)) {
    throw configError(`Unknown mode "${mode}".`, { hint: `Set \`mode\` to one of: ${MODES.join(', ')}.` });
  }
  const cwd = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), get('working-directory'));
  // In a workflow, the run reads the repository's checkout and nothing beside it.
  const outside = env.GITHUB_WORKSPACE ? path.relative(path.resolve(env.GITHUB_WORKSPACE), cwd) : '';
  if (outside === '..' || outside.startsWith(`..${path.sep}`) || path.isAbsolute(outside)) {
    throw configError(`Input \`working-directory\` (${get('working-directory')}) is outside the workspace ${env.GITHUB_WORKSPACE}.`, {
      hint: 'Set `working-directory` to a folder of the repository, relative to its root (the default `.` is the root).',
    });
  }
  const drizzleJournal = get('drizzle-journal').trim();
  if (!['auto', 'true', 'false'].includes(drizzleJournal)) {
    throw configError(`Input \`drizzle-journal\` must be auto, true or false, got "${drizzleJournal}".`);
  }
  const transactionMode = get('transaction-mode').trim();
  if (!TRANSACTION_MODES.includes(transactionMode as TransactionMode)) {
    throw configError(`Input \`transaction-mode\` must be ${TRANSACTION_MODES.join(' or ')}, got "${transactionMode}".`);
  }
  const adopt = get('adopt').trim();
  if (!['auto', 'none', ...ADOPT_TOOLS].includes(adopt)) {
    throw configError(`Input \`adopt\` must be auto, none or a tool's name, got "${adopt}".`, { hint: `Tools: ${ADOPT_TOOLS.join(', ')}.` });
  }
  const retries = count('connect-retries', get('connect-retries'), 0, 10);
  const ddlLockRetries = count('ddl-lock-retries', get('ddl-lock-retries'), 0, 10);
  const journalSchema = get('journal-schema').trim();
  const snapshot = get('snapshot').trim();
  const environment = get('environment').trim() || null;
  const statementTimeoutMs = seconds('statement-timeout', get('statement-timeout'), { allowZero: true });
  const cluster = get('cluster').trim();
  const replay = boolean('replay', get('replay'));
  const engine = get('engine').trim();
  if (engine && !(ENGINE_KINDS as readonly string[]).includes(engine)) {
    throw configError(`Unknown engine "${engine}".`, { hint: `Set \`engine\` to ${ENGINE_KINDS.join(' or ')}.` });
  }
  // A direct URL (past any pooler) replaces the pooled one for every connection the run makes.
  const directUrl = get('direct-url').trim();
  const pooledUrl = get('database-url').trim();
  const rawUrl = directUrl || pooledUrl;
  if (directUrl && pooledUrl && sameEngine(pooledUrl, directUrl) === false) {
    throw configError('Input `direct-url` is a URL of another engine than `database-url`: it must lead to the same database, past the pooler.', {
      hint: 'Give `direct-url` the scheme of `database-url` (postgres:// with postgres://), or leave it empty.',
    });
  }
  const fanout = readFanout(get, cwd, env);
  if (fanout && replay) throw configError('`replay` runs once, not per target: preview a fan-out with `replay: true` and no targets, then plan against the targets.');
  if (!rawUrl && replay && mode !== 'plan') {
    throw configError(`Mode \`${mode}\` needs \`database-url\`; only \`plan\` can run as a replay-only preview.`);
  }
  const promotionUrl = get('promotion-database-url').trim();
  const checksum = get('checksum').trim();
  if (!(CHECKSUM_ALGORITHMS as readonly string[]).includes(checksum)) {
    throw configError(`Input \`checksum\` must be ${CHECKSUM_ALGORITHMS.join(' or ')}, got "${checksum}".`, {
      hint: 'sha256 hashes the exact bytes; sha256-lf ignores CRLF versus LF line endings.',
    });
  }
  const format = get('format').trim();
  if (format !== 'auto' && !LAYOUT_NAMES.includes(format)) {
    throw configError(`Unknown format "${format}".`, { hint: `Set \`format\` to auto or one of: ${LAYOUT_NAMES.join(', ')}.` });
  }
  const lint = get('lint').trim().toLowerCase();
  if (!(LINT_LEVELS as readonly string[]).includes(lint)) {
    throw configError(`Input \`lint\` must be ${LINT_LEVELS.join(', ')}, got "${get('lint')}".`, {
      hint: 'error fails the run on an unwaived error finding; warn only reports; off skips the safety rules.',
    });
  }
  const largeTableRows = Number(get('large-table-rows').trim());
  if (!Number.isInteger(largeTableRows) || largeTableRows < 0) {
    throw configError(`Input \`large-table-rows\` must be a whole number of rows, got "${get('large-table-rows')}".`);
  }
  return {
    mode: mode as Mode,
    target: {
      databaseUrl: fanout || (!rawUrl && replay) ? null : parseDatabaseUrl(rawUrl, directUrl ? 'direct-url' : 'database-url'),
      engine: (engine || null) as EngineKind | null,
      schema: null,
    },
    fanout,
    replay,
    promotion: promotionUrl
      ? {
          databaseUrl: parseDatabaseUrl(promotionUrl, 'promotion-database-url'),
          environment: get('promotion-environment').trim() || 'the earlier environment',
        }
      : null,
    sources: {
      cwd,
      migrations: path.resolve(cwd, get('migrations')),
      snapshot: snapshot ? path.resolve(cwd, snapshot) : null,
      checksum: checksum as ChecksumAlgorithm,
      format,
    },
    plan: {
      allowOutOfOrder: boolean('allow-out-of-order', get('allow-out-of-order')),
      resume: boolean('resume', get('resume')),
    },
    apply: {
      lockTimeoutMs: seconds('lock-timeout', get('lock-timeout'), { allowZero: true }),
      statementTimeoutMs: statementTimeoutMs || undefined,
      rebuildInvalidIndexes: boolean('rebuild-invalid-indexes', get('rebuild-invalid-indexes')),
      connectRetries: retries,
      ddlLocks: { timeoutMs: seconds('ddl-lock-timeout', get('ddl-lock-timeout'), { allowZero: true }), retries: ddlLockRetries },
      verify: boolean('verify', get('verify')),
      requireSnapshot: boolean('require-snapshot', get('require-snapshot')),
      transactionMode: transactionMode as TransactionMode,
    },
    verify: { failOnExtra: boolean('fail-on-extra', get('fail-on-extra')) },
    journal: {
      schema: journalSchema ? journalSchemaName(journalSchema) : undefined,
      table: journalTableName(get('journal-table').trim()),
      drizzle: drizzleJournal as Settings['journal']['drizzle'],
      drizzleTable: qualifiedTable('drizzle-migrations-table', get('drizzle-migrations-table').trim()),
      adopt,
      adoptWrite: boolean('adopt-write', get('adopt-write')),
    },
    baseline: { reason: get('baseline-reason').trim() || null, to: version('baseline-to', get('baseline-to')) },
    safety: { lint: lint as LintLevel, largeTableRows, rehearse: boolean('rehearse', get('rehearse')) },
    clickhouse: {
      mutationTimeoutMs: seconds('mutation-timeout', get('mutation-timeout'), { allowZero: false }),
      lockLeaseMs: seconds('lock-lease', get('lock-lease'), { allowZero: false }),
      ...(cluster ? { cluster: identifier('cluster', cluster) } : {}),
    },
    run: runEnvironmentFrom(env, environment),
  };
}
