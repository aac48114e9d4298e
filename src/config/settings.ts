import path from 'node:path';
import type { ClickHouseSettings, EngineKind } from '../engines/engine.js';
import { ADOPT_TOOLS, ENGINE_KINDS, SUPPORTED_SCHEMES } from '../engines/index.js';
import { configError } from '../errors.js';
import { LAYOUT_NAMES } from '../sources/layouts/index.js';
import { LINT_LEVELS, type LintLevel } from '../safety/gate.js';
import { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm } from '../types.js';
import { runEnvironmentFrom, type RunEnvironment } from './context.js';
import { INPUT_DEFAULTS, type InputLookup, type InputName } from './inputs.js';

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

export interface Settings {
  mode: Mode;
  target: {
    /** Null only for a replay-only preview (a fork's pull request gets no secrets). */
    databaseUrl: URL | null;
    /** Engine named explicitly; needed when there is no URL to infer it from. */
    engine: EngineKind | null;
  };
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
    connectRetries: number;
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
  return url;
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
  const retries = Number(get('connect-retries'));
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) {
    throw configError(`Input \`connect-retries\` must be a whole number from 0 to 10, got "${get('connect-retries')}".`);
  }
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
  const rawUrl = get('database-url').trim();
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
      databaseUrl: rawUrl || !replay ? parseDatabaseUrl(rawUrl) : null,
      engine: (engine || null) as EngineKind | null,
    },
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
      connectRetries: retries,
      verify: boolean('verify', get('verify')),
      requireSnapshot: boolean('require-snapshot', get('require-snapshot')),
      transactionMode: transactionMode as TransactionMode,
    },
    verify: { failOnExtra: boolean('fail-on-extra', get('fail-on-extra')) },
    journal: {
      schema: journalSchema ? identifier('journal-schema', journalSchema) : undefined,
      table: identifier('journal-table', get('journal-table').trim()),
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
