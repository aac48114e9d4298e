import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { configError } from './errors.js';
import { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm, type RunContext } from './types.js';
import { VERSION } from './version.js';

/**
 * Validated settings, built the same way from action inputs and from CLI flags: both shells
 * hand `readSettings` a lookup of raw strings, so every default and every check lives here once.
 */
export const MODES = ['plan', 'apply', 'verify', 'snapshot', 'baseline'] as const;
export type Mode = (typeof MODES)[number];

/** Input names and defaults; `action.yml` declares the same (a test keeps them equal). */
export const INPUT_DEFAULTS = {
  mode: 'plan',
  'database-url': '',
  migrations: 'migrations',
  snapshot: '',
  'allow-out-of-order': 'false',
  resume: 'false',
  verify: 'true',
  'fail-on-extra': 'false',
  environment: '',
  'journal-schema': '',
  'journal-table': 'schemagate_journal',
  'lock-timeout': '300',
  'statement-timeout': '0',
  'connect-retries': '3',
  'drizzle-journal': 'auto',
  'drizzle-migrations-table': 'drizzle.__drizzle_migrations',
  'baseline-reason': '',
  'baseline-to': '',
  'mutation-timeout': '3600',
  cluster: '',
  'working-directory': '.',
  replay: 'false',
  engine: '',
  'promotion-database-url': '',
  'promotion-environment': '',
  checksum: 'sha256',
} as const satisfies Record<string, string>;

/** Inputs only the action shell reads (GitHub-specific); their defaults are GitHub expressions. */
export const ACTION_ONLY_INPUTS = {
  'github-token': '${{ github.token }}',
  comment: 'true',
} as const;

export const ENGINE_KINDS = ['postgres', 'clickhouse'] as const;
export type EngineKind = (typeof ENGINE_KINDS)[number];

export type InputName = keyof typeof INPUT_DEFAULTS;
export type InputLookup = (name: InputName) => string | undefined;

export interface Promotion {
  databaseUrl: URL;
  environment: string;
}

export interface Settings {
  mode: Mode;
  /** Null only for a replay-only preview (a fork's pull request gets no secrets). */
  databaseUrl: URL | null;
  /** Engine named explicitly; needed when there is no URL to infer it from. */
  engine: EngineKind | null;
  replay: boolean;
  promotion: Promotion | null;
  checksum: ChecksumAlgorithm;
  cwd: string;
  migrations: string;
  snapshot: string | null;
  allowOutOfOrder: boolean;
  resume: boolean;
  verifyAfterApply: boolean;
  failOnExtra: boolean;
  journalSchema: string | undefined;
  journalTable: string;
  lockTimeoutMs: number;
  statementTimeoutMs: number | undefined;
  connectRetries: number;
  drizzleJournal: 'auto' | 'true' | 'false';
  drizzleTable: string;
  baselineReason: string | null;
  baselineTo: string | null;
  mutationTimeoutMs: number;
  cluster: string | undefined;
  context: RunContext;
}

function boolean(name: InputName, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off', ''].includes(value)) return false;
  throw configError(`Input \`${name}\` must be true or false, got "${raw}".`);
}

function seconds(name: InputName, raw: string, { allowZero }: { allowZero: boolean }): number {
  const value = Number(raw.trim());
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw configError(`Input \`${name}\` must be a number of seconds${allowZero ? ' (0 for none)' : ' above 0'}, got "${raw}".`);
  }
  return value * 1000;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function identifier(name: InputName, raw: string): string {
  if (!IDENTIFIER.test(raw)) throw configError(`Input \`${name}\` must be a plain identifier (letters, digits, _), got "${raw}".`);
  return raw;
}

const SUPPORTED_SCHEMES = 'postgres://, postgresql://, pglite://PATH, clickhouse://, http(s)://, chdb://PATH';

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
  try {
    return new URL(value);
  } catch {
    // Never echo the value: it is a secret and may hold a password.
    throw configError(`Input \`${input}\` is not a valid URL.`, {
      hint: `Use one of ${SUPPORTED_SCHEMES}; percent-encode special characters in the password.`,
    });
  }
}

/**
 * The commit whose migrations are being applied: the checked-out HEAD, which differs from
 * GITHUB_SHA when a promotion checks out the commit staging applied.
 */
function checkedOutCommit(cwd: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).toString().trim() || null;
  } catch {
    return null;
  }
}

export function runContextFromEnv(env: NodeJS.ProcessEnv, environment: string | null, cwd: string): RunContext {
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : null;
  return {
    actor: env.GITHUB_ACTOR ?? (env.USER || os.userInfo().username || null),
    runUrl,
    commitSha: checkedOutCommit(cwd) ?? env.GITHUB_SHA ?? null,
    environment,
    toolVersion: VERSION,
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
  const drizzleJournal = get('drizzle-journal').trim();
  if (!['auto', 'true', 'false'].includes(drizzleJournal)) {
    throw configError(`Input \`drizzle-journal\` must be auto, true or false, got "${drizzleJournal}".`);
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
  return {
    mode: mode as Mode,
    databaseUrl: rawUrl || !replay ? parseDatabaseUrl(rawUrl) : null,
    engine: (engine || null) as EngineKind | null,
    checksum: checksum as ChecksumAlgorithm,
    replay,
    promotion: promotionUrl
      ? {
          databaseUrl: parseDatabaseUrl(promotionUrl, 'promotion-database-url'),
          environment: get('promotion-environment').trim() || 'the earlier environment',
        }
      : null,
    cwd,
    migrations: path.resolve(cwd, get('migrations')),
    snapshot: snapshot ? path.resolve(cwd, snapshot) : null,
    allowOutOfOrder: boolean('allow-out-of-order', get('allow-out-of-order')),
    resume: boolean('resume', get('resume')),
    verifyAfterApply: boolean('verify', get('verify')),
    failOnExtra: boolean('fail-on-extra', get('fail-on-extra')),
    journalSchema: journalSchema ? identifier('journal-schema', journalSchema) : undefined,
    journalTable: identifier('journal-table', get('journal-table').trim()),
    lockTimeoutMs: seconds('lock-timeout', get('lock-timeout'), { allowZero: true }),
    statementTimeoutMs: statementTimeoutMs || undefined,
    connectRetries: retries,
    drizzleJournal: drizzleJournal as Settings['drizzleJournal'],
    drizzleTable: get('drizzle-migrations-table').trim(),
    baselineReason: get('baseline-reason').trim() || null,
    baselineTo: get('baseline-to').trim() || null,
    mutationTimeoutMs: seconds('mutation-timeout', get('mutation-timeout'), { allowZero: false }),
    cluster: cluster ? identifier('cluster', cluster) : undefined,
    context: runContextFromEnv(env, environment, cwd),
  };
}

/**
 * Everything secret about a database URL, so it can be masked wherever text leaves the process:
 * the whole URL, the password (raw and percent-decoded), and `user:password` userinfo.
 */
export function secretsOf(raw: string): string[] {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value ? [value] : []; // unparsable: mask it whole
  }
  const secrets = new Set<string>();
  if (url.password) {
    secrets.add(url.password);
    secrets.add(decodeURIComponent(url.password));
  }
  // Query strings carry tokens (sslpassword, access keys): the URL as written is then a secret.
  if (url.password || url.search) secrets.add(value);
  return [...secrets].filter((s) => s.length >= 3);
}

export class Redactor {
  private readonly secrets: string[];
  constructor(secrets: string[]) {
    this.secrets = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  }
  /** Masks known secrets, and any `scheme://user:password@` that a library may have echoed. */
  redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join('***');
    return result.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s/]+@/gi, '$1:***@');
  }
}

/** `postgres://host:5432/db` with the credentials removed, safe to show. */
export function displayUrl(url: URL): string {
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  shown.search = '';
  return shown.href;
}
