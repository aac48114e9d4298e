import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9802);

const argv = process.argv.slice(2);
const fatal = (error) => process.exit((0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFatal */ .pn)(argv, error));
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(argv);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main),
  pn: () => (/* binding */ reportFatal)
});

// UNUSED EXPORTS: FORMATS, parseArgs, usage

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/version.ts
/** Recorded in every journal row; a test keeps it equal to package.json's version. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/config/git-head.ts


/**
 * The commit HEAD names, read from the repository's files instead of asking `git rev-parse HEAD`:
 * starting git is a fork and an exec (15-20 ms of the run's main thread on a 2-core runner) for
 * what is two or three small reads. Only the plain layouts are read here: a `.git` directory or
 * a `gitdir:` file (worktrees, submodules), HEAD detached or naming a branch, that branch loose
 * or in packed-refs. Anything else (GIT_DIR set, the reftable format, a ref that is nowhere) is
 * `undefined`, for the caller to ask git itself; `null` means there is no repository at all.
 */
async function readHeadCommit(cwd, env = process.env) {
    if (env.GIT_DIR !== undefined || env.GIT_COMMON_DIR !== undefined)
        return undefined;
    const gitDir = await findGitDir(external_node_path_default().resolve(cwd));
    if (gitDir === null)
        return null;
    if (gitDir === undefined)
        return undefined;
    const commonDir = await commonDirOf(gitDir);
    if (await exists(external_node_path_default().join(commonDir, 'reftable')))
        return undefined;
    return resolveRef(gitDir, commonDir, 'HEAD', 0);
}
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const SYMREF = /^ref: (refs\/\S+)$/;
/** git itself follows at most 5 levels of symbolic refs. */
const MAX_SYMREF_DEPTH = 5;
/** The repository of `dir` or of the nearest folder above it, as git finds it (no GIT_CEILING_DIRECTORIES). */
async function findGitDir(dir) {
    for (let current = dir;; current = external_node_path_default().dirname(current)) {
        const dotGit = external_node_path_default().join(current, '.git');
        const found = await (0,promises_namespaceObject.stat)(dotGit).catch(() => null);
        if (found?.isDirectory())
            return dotGit;
        if (found?.isFile()) {
            const pointer = /^gitdir: (.+)$/m.exec(await readText(dotGit) ?? '')?.[1]?.trim();
            return pointer ? external_node_path_default().resolve(current, pointer) : undefined;
        }
        if (external_node_path_default().dirname(current) === current)
            return null;
    }
}
/** A worktree's refs are shared with the main repository, which its `commondir` file names. */
async function commonDirOf(gitDir) {
    const pointer = (await readText(external_node_path_default().join(gitDir, 'commondir')))?.trim();
    return pointer ? external_node_path_default().resolve(gitDir, pointer) : gitDir;
}
async function resolveRef(gitDir, commonDir, ref, depth) {
    if (depth > MAX_SYMREF_DEPTH)
        return undefined;
    // HEAD and worktree-private refs live in the worktree's own directory, branches in the common one.
    const loose = (await readText(external_node_path_default().join(gitDir, ref))) ?? (commonDir === gitDir ? null : await readText(external_node_path_default().join(commonDir, ref)));
    const text = loose?.trim() ?? (await packedRef(commonDir, ref));
    if (text === undefined)
        return undefined;
    if (OBJECT_ID.test(text))
        return text;
    const target = SYMREF.exec(text)?.[1];
    return target ? resolveRef(gitDir, commonDir, target, depth + 1) : undefined;
}
/** `packed-refs`: one `<object id> <ref>` per line, `#` headers and `^` peeled tags between. */
async function packedRef(commonDir, ref) {
    const packed = await readText(external_node_path_default().join(commonDir, 'packed-refs'));
    for (const line of packed?.split('\n') ?? []) {
        const [id, name] = line.trim().split(' ');
        if (name === ref && id && OBJECT_ID.test(id))
            return id;
    }
    return undefined;
}
async function readText(file) {
    try {
        return await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch {
        return null;
    }
}
const exists = (file) => (0,promises_namespaceObject.stat)(file).then(() => true, () => false);

;// CONCATENATED MODULE: ./src/config/context.ts





function runEnvironmentFrom(env, environment) {
    const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : null;
    return {
        actor: env.GITHUB_ACTOR ?? (env.USER || external_node_os_default().userInfo().username || null),
        runUrl,
        eventSha: env.GITHUB_SHA ?? null,
        environment,
    };
}
/**
 * The commit whose migrations are being applied: the checked-out HEAD, which differs from
 * GITHUB_SHA when a promotion checks out the commit staging applied. Read when a run starts, not
 * while reading inputs, and without waiting for it: the run reads its migrations meanwhile. Git
 * itself is asked only where the repository's files are not read directly (git-head.ts).
 */
async function checkedOutCommit(cwd) {
    const read = await readHeadCommit(cwd);
    if (read !== undefined)
        return read;
    try {
        const { stdout } = await (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile)('git', ['rev-parse', 'HEAD'], { cwd, timeout: 5000 });
        return stdout.trim() || null;
    }
    catch {
        return null;
    }
}
/** Who is running, as every journal row records it. */
async function resolveRunContext(run, cwd) {
    return {
        actor: run.actor,
        runUrl: run.runUrl,
        commitSha: (await checkedOutCommit(cwd)) ?? run.eventSha,
        environment: run.environment,
        toolVersion: VERSION,
    };
}

;// CONCATENATED MODULE: ./src/config/inputs.generated.ts
// Generated from action.yml by scripts/generate-inputs.mjs; do not edit.
const ACTION_INPUTS = {
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
        "description": "Postgres apply: per-migration (each migration commits with its journal row, so migrations 1-2 stay applied when 3 fails) or batch (the pending migrations and their journal rows in one transaction, committed in chunks of at most 1000 statements so the server's lock table holds: all or nothing per chunk; a no-transaction migration runs on its own between chunks). batch is a config error on an engine without transactions (ClickHouse)."
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
        "description": "How many times a migration (or a no-transaction file's statement) that could not get its lock within `ddl-lock-timeout` is retried, after a jittered backoff of about 1 s, 2 s, 4 s (at most 10 s); each attempt's lock wait rises from half of `ddl-lock-timeout` to all of it. Then the run fails (outcome lock-timeout) naming the table, the lock mode and the sessions that blocked it."
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
};

;// CONCATENATED MODULE: ./src/config/inputs.ts

/** Inputs only the action shell reads (GitHub-specific); their defaults are GitHub expressions. */
const ACTION_ONLY = ['github-token', 'comment', 'check-run'];
const INPUT_NAMES = Object.keys(ACTION_INPUTS).filter((name) => !ACTION_ONLY.includes(name));
const INPUT_DEFAULTS = Object.fromEntries(INPUT_NAMES.map((name) => [name, ACTION_INPUTS[name].default]));
const inputDescription = (name) => ACTION_INPUTS[name].description;
const defaultOf = (name) => ACTION_INPUTS[name].default;

;// CONCATENATED MODULE: ./src/config/secrets.ts
/**
 * Everything secret about a database URL, so it can be masked wherever text leaves the process:
 * the whole URL, the password (raw and percent-decoded), and `user:password` userinfo.
 */
function secretsOf(raw) {
    const value = raw.trim();
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return value ? [value] : []; // unparsable: mask it whole
    }
    const secrets = new Set();
    if (url.password) {
        secrets.add(url.password);
        secrets.add(decodeURIComponent(url.password));
    }
    // Query strings carry tokens (sslpassword, access keys): the URL as written is then a secret.
    if (url.password || url.search)
        secrets.add(value);
    return [...secrets].filter((s) => s.length >= 3);
}
/**
 * `scheme://user:password@`: anchored on `://` (one character of the scheme before it) rather
 * than on the scheme's first letter. A pattern starting `[a-z][a-z0-9+.-]*://` is retried at
 * every letter of a long word and runs in quadratic time; here each scan stops at the next `/`,
 * `@` or whitespace, so the text is read a bounded number of times.
 */
const USERINFO = /(?<=[a-z0-9+.-]):\/\/([^:/@\s]*):[^@\s/]+@/gi;
class Redactor {
    secrets;
    constructor(secrets) {
        this.secrets = [...new Set(secrets)].sort((a, b) => b.length - a.length);
    }
    /** Masks known secrets, and any `scheme://user:password@` that a library may have echoed. */
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            if (result.includes(secret))
                result = result.split(secret).join('***');
        return result.includes('://') ? result.replace(USERINFO, '://$1:***@') : result;
    }
}
/** `postgres://host:5432/db` with the credentials removed, safe to show. */
function displayUrl(url) {
    const shown = new URL(url.href);
    shown.username = '';
    shown.password = '';
    shown.search = '';
    return shown.href;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./src/dialects/clickhouse/lexer.ts
var lexer = __nccwpck_require__(3446);
// EXTERNAL MODULE: ./src/dialects/scan.ts
var scan = __nccwpck_require__(1498);
// EXTERNAL MODULE: ./src/dialects/split.ts
var split = __nccwpck_require__(8007);
;// CONCATENATED MODULE: ./src/dialects/postgres/lexer.ts


/** Postgres' lexical rules: `--` and nested block comments, `E''` escapes, dollar quoting. */
const POSTGRES = { hashAndSlashComments: false, backslashEscapes: false, backtickIdentifiers: false, escapeStrings: true };
const lexPostgres = (text, options) => (0,scan/* scan */.SQ)(text, POSTGRES, options);
const skipPostgresTrivia = (text, from = 0) => (0,scan/* skipTrivia */.pU)(text, POSTGRES, from);
function splitPostgres(text) {
    return (0,split/* splitStatements */.X)(text, lexPostgres(text), trackAtomicBody);
}
/**
 * SQL-standard routine bodies (CREATE FUNCTION ... BEGIN ATOMIC ...; ...; END) hold `;`.
 * Same heuristic as psql, but keyed on BEGIN ATOMIC rather than any BEGIN; CASE ... END
 * inside the body must not close it early.
 */
function trackAtomicBody(word, state) {
    if (state.parenDepth > 0 || !isRoutineDefinition(state.words))
        return;
    if (word === 'atomic' && state.prevWord === 'begin')
        state.blockDepth++;
    else if (word === 'case' && state.blockDepth > 0)
        state.blockDepth++;
    else if (word === 'end' && state.blockDepth > 0)
        state.blockDepth--;
}
function isRoutineDefinition(words) {
    const routine = (w) => w === 'function' || w === 'procedure';
    if (words[0] !== 'create')
        return false;
    return routine(words[1]) || (words[1] === 'or' && words[2] === 'replace' && routine(words[3]));
}
/**
 * The extension a statement creates (`CREATE EXTENSION [IF NOT EXISTS] name`), as named: an
 * embedded engine loads those before running the migrations. Read from the statement's first
 * tokens only (the lexer is lazy), so a comment or a string spelling the words does not count
 * and a long statement costs nothing.
 */
function extensionCreated(statement) {
    // The word must be spelt in the text: most statements need no lexing at all.
    if (!/extension/i.test(statement))
        return null;
    const head = [];
    for (const token of lexPostgres(statement, { lenient: true })) {
        head.push(token);
        if (head.length === 6)
            break;
    }
    const word = (at) => (head[at]?.type === 'word' ? head[at].raw.toLowerCase() : null);
    if (word(0) !== 'create' || word(1) !== 'extension')
        return null;
    const name = head[word(2) === 'if' && word(3) === 'not' && word(4) === 'exists' ? 5 : 2];
    if (name?.type === 'word')
        return name.raw.toLowerCase();
    return name?.type === 'quoted' ? name.value : null;
}

// EXTERNAL MODULE: ./src/dialects/postgres/parser.ts + 1 modules
var postgres_parser = __nccwpck_require__(4328);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/dialects/postgres/routine.ts


const POSITIONS = new Set(['location', 'stmt_location', 'stmt_len', 'lineno']);
/** SQL text as its tokens, one space apart: `SELECT  a+1` and `SELECT a + 1` read the same. */
const tokensOf = (sql) => [...lexPostgres(sql, { lenient: true })].map((t) => (t.type === 'word' ? t.raw.toLowerCase() : t.raw)).join(' ');
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value)
        .filter(([key]) => !POSITIONS.has(key))
        .map(([key, v]) => [key, key === 'query' && typeof v === 'string' ? tokensOf(v) : canonical(v)]));
}
function tree(parser, routine) {
    try {
        if (routine.language === 'plpgsql')
            return parser.parsePlPgSQL(routine.definition);
        if (routine.language === 'sql')
            return routine.source.trim() === '' ? parser.parse(routine.definition) : parser.parse(routine.source);
    }
    catch {
        // Not parseable by these parsers: compared as text below.
    }
    return { text: routine.source.replace(/\s+/g, ' ').trim() };
}
/** A canonical tree as the fingerprint snapshots compare: `parse tree 1a2b3c4d5e6f7a8b`. */
function treeDigest(tree) {
    return `parse tree ${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 16)}`;
}
function routineFingerprint(parser, routine) {
    return treeDigest(canonical(tree(parser, routine)));
}

;// CONCATENATED MODULE: ./src/dialects/postgres/view-query.ts

const POSITION = /(?:^|_)(?:location|start|end|len)$/;
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const stringOf = (node) => (isObject(node) && isObject(node.String) ? node.String.sval ?? '' : undefined);
/** A constant as its text: `{ ival: {} }` (protobuf omits zero) is `0`, `'-1'` and `-1` are one. */
function constantText(constant) {
    if (constant.isnull)
        return { A_Const: null };
    const [kind, value] = Object.entries(constant).find(([key]) => !POSITION.test(key)) ?? ['', {}];
    const inner = isObject(value) ? Object.values(value)[0] : undefined;
    const fallback = { ival: '0', boolval: 'false' };
    return { A_Const: inner === undefined ? (fallback[kind] ?? '') : String(inner) };
}
/** The qualifiers a column of this SELECT may drop: the one relation it reads, by alias or name. */
function ownRelation(select) {
    const from = select.fromClause;
    if (!Array.isArray(from) || from.length !== 1 || !isObject(from[0]) || !isObject(from[0].RangeVar))
        return new Set();
    const relation = from[0].RangeVar;
    const alias = isObject(relation.alias) ? relation.alias.aliasname : undefined;
    return new Set([alias ?? relation.relname]);
}
/** The name Postgres gives a result column without an alias (FigureColname, for the common cases). */
function impliedName(value) {
    if (!isObject(value))
        return undefined;
    if (isObject(value.ColumnRef))
        return stringOf(value.ColumnRef.fields.at(-1));
    if (isObject(value.FuncCall))
        return stringOf(value.FuncCall.funcname.at(-1));
    if (isObject(value.TypeCast))
        return impliedName(value.TypeCast.arg);
    return undefined;
}
const ANY_FOR = { '=': 'AEXPR_OP_ANY', '<>': 'AEXPR_OP_ALL' };
/** One expression node rewritten as the server stores it, before its children are canonicalised. */
function rewrite(key, node) {
    if (key === 'A_Expr') {
        const operator = stringOf(node.name?.[0]) ?? '';
        if (node.kind === 'AEXPR_IN' && isObject(node.rexpr) && isObject(node.rexpr.List) && ANY_FOR[operator]) {
            return [key, { ...node, kind: ANY_FOR[operator], rexpr: { A_ArrayExpr: { elements: node.rexpr.List.items } } }];
        }
        if (node.kind === 'AEXPR_LIKE' || node.kind === 'AEXPR_ILIKE')
            return [key, { ...node, kind: 'AEXPR_OP' }];
        if ((node.kind === 'AEXPR_BETWEEN' || node.kind === 'AEXPR_NOT_BETWEEN') && isObject(node.rexpr) && isObject(node.rexpr.List)) {
            const [low, high] = node.rexpr.List.items;
            const between = node.kind === 'AEXPR_BETWEEN';
            const compare = (op, bound) => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: op } }], lexpr: node.lexpr, rexpr: bound } });
            return ['BoolExpr', { boolop: between ? 'AND_EXPR' : 'OR_EXPR', args: [compare(between ? '>=' : '<', low), compare(between ? '<=' : '>', high)] }];
        }
    }
    if (key === 'BoolExpr' && node.boolop !== 'NOT_EXPR') {
        const args = node.args.flatMap((arg) => (isObject(arg) && isObject(arg.BoolExpr) && arg.BoolExpr.boolop === node.boolop ? rewrite('BoolExpr', arg.BoolExpr)[1].args : [arg]));
        return [key, { ...node, args }];
    }
    if (key === 'SortBy') {
        const dir = node.sortby_dir === 'SORTBY_ASC' ? 'SORTBY_DEFAULT' : node.sortby_dir;
        const impliedNulls = (dir === 'SORTBY_DEFAULT' && node.sortby_nulls === 'SORTBY_NULLS_LAST') || (dir === 'SORTBY_DESC' && node.sortby_nulls === 'SORTBY_NULLS_FIRST');
        return [key, { ...node, sortby_dir: dir, sortby_nulls: impliedNulls ? 'SORTBY_NULLS_DEFAULT' : node.sortby_nulls }];
    }
    if (key === 'ResTarget' && node.name !== undefined && node.name === impliedName(node.val)) {
        const { name: _implied, ...rest } = node;
        return [key, rest];
    }
    if (key === 'RangeVar' && node.schemaname === 'public') {
        const { schemaname: _public, ...rest } = node;
        return [key, rest];
    }
    return [key, node];
}
/** Whether a cast is one the server adds: of a constant, or of a column read as text. */
function serverCast(cast) {
    const type = cast.typeName?.names?.map(stringOf).join('.');
    return isObject(cast.arg) && (isObject(cast.arg.A_Const) || (isObject(cast.arg.ColumnRef) && (type === 'text' || type === 'pg_catalog.text')));
}
function view_query_canonical(value, qualifiers) {
    if (Array.isArray(value))
        return value.map((item) => view_query_canonical(item, qualifiers));
    if (!isObject(value))
        return value;
    const entries = Object.entries(value).filter(([key]) => !POSITION.test(key));
    // A node is wrapped in its type's name: `{ "ColumnRef": { "fields": [...] } }`.
    if (entries.length === 1 && /^[A-Z]/.test(entries[0][0])) {
        const [[key, inner]] = entries;
        if (key === 'A_Const' && isObject(inner))
            return constantText(inner);
        if (key === 'TypeCast' && isObject(inner) && serverCast(inner))
            return view_query_canonical(inner.arg, qualifiers);
        if (key === 'ColumnRef' && isObject(inner)) {
            const fields = inner.fields;
            const qualifier = fields.length > 1 ? stringOf(fields.at(-2)) : undefined;
            const own = qualifier !== undefined && qualifiers.has(qualifier) && (fields.length === 2 || stringOf(fields[0]) === 'public');
            return { ColumnRef: { fields: view_query_canonical(own ? fields.slice(-1) : fields, qualifiers) } };
        }
        if (key === 'SelectStmt' && isObject(inner))
            return { SelectStmt: members(inner, ownRelation(inner)) };
        if (isObject(inner)) {
            const [name, node] = rewrite(key, inner);
            return { [name]: members(node, qualifiers) };
        }
    }
    return members(value, qualifiers);
}
/** A node's members canonicalised, its source positions dropped. */
function members(node, qualifiers) {
    return Object.fromEntries(Object.entries(node)
        .filter(([key]) => !POSITION.test(key))
        .map(([key, v]) => [key, view_query_canonical(v, qualifiers)]));
}
/** The fingerprint of a view's query (`parse tree 1a2b...`), equal for equal meanings. */
function viewQueryFingerprint(parser, query) {
    let tree;
    try {
        tree = view_query_canonical(parser.parse(query).stmts, new Set());
    }
    catch {
        tree = { text: query.replace(/\s+/g, ' ').trim().replace(/;$/, '') };
    }
    return treeDigest(tree);
}

;// CONCATENATED MODULE: ./src/dialects/postgres/normalize.ts



/**
 * Postgres type and default spellings, normalised to the names drizzle-kit writes in its
 * snapshots, so a live column (from `format_type`) and an expected one compare as equal text.
 */
const LONG_NAMES = [
    [/^character varying\b/, 'varchar'],
    [/^character\b/, 'char'],
    [/^timestamp(\(\d+\))? without time zone$/, 'timestamp$1'],
    [/^time(\(\d+\))? without time zone$/, 'time$1'],
    [/^bit varying\b/, 'varbit'],
    [/^int4$/, 'integer'],
    [/^int8$/, 'bigint'],
    [/^int2$/, 'smallint'],
    [/^int$/, 'integer'],
    [/^bool$/, 'boolean'],
    [/^float8$/, 'double precision'],
    [/^float4$/, 'real'],
    [/^timestamptz(\(\d+\))?$/, 'timestamp$1 with time zone'],
];
function normalizePgType(raw) {
    let type = raw.trim().toLowerCase().replace(/"/g, '');
    const arrayDims = type.match(/(\[\])+$/)?.[0] ?? '';
    type = type.slice(0, type.length - arrayDims.length).trim();
    type = type.replace(/\s*\(\s*/g, '(').replace(/\s*,\s*/g, ',').replace(/\s*\)/g, ')');
    type = type.replace(/^public\./, '');
    for (const [pattern, replacement] of LONG_NAMES) {
        if (pattern.test(type)) {
            type = type.replace(pattern, replacement);
            break;
        }
    }
    return type + arrayDims;
}
const SERIALS = { integer: 'serial', bigint: 'bigserial', smallint: 'smallserial' };
/** `integer DEFAULT nextval(...)` is how a `serial` column looks once created. */
function serialType(type, defaultExpression) {
    if (!defaultExpression || !/^nextval\(/i.test(defaultExpression))
        return null;
    return SERIALS[type] ?? null;
}
/**
 * Defaults come back from the catalog with casts (`'x'::text`, `'{}'::jsonb`) that drizzle
 * snapshots omit or keep; comparing literals without their casts avoids false drift. Literals
 * that Postgres re-spells are brought to one form: numbers as Postgres prints constants, jsonb
 * as jsonb prints itself, array literals with only the quotes they need.
 */
function normalizePgDefault(raw) {
    if (raw === null || raw === undefined)
        return null;
    let text = String(raw).trim();
    const casts = [];
    for (;;) {
        const unwrapped = text.replace(/^\((.*)\)$/s, '$1');
        const match = /^('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false|null)::([\w\s."[\]()]+)$/i.exec(unwrapped);
        const uncast = match ? match[1] : unwrapped;
        if (match)
            casts.push(match[2].trim().toLowerCase());
        if (uncast === text)
            break;
        text = uncast;
    }
    text = text.replace(/^(true|false|null)$/i, (word) => word.toLowerCase());
    const quoted = /^'((?:[^']|'')*)'$/s.exec(text);
    if (!quoted)
        return normalizeNumber(text);
    const content = quoted[1].replace(/''/g, "'");
    if (NUMBER.test(content) && !content.startsWith('-') && /[.e]/i.test(content))
        return content;
    const respelled = casts.includes('jsonb') ? jsonbText(content) : pgArrayText(content);
    return respelled === null ? text : `'${respelled.replace(/'/g, "''")}'`;
}
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const INT4_MAX = 2147483647n;
/**
 * Postgres prints a numeric constant bare only when it reads back as the same constant: a
 * non-negative int4, or a non-negative decimal; others come back quoted (`'-1'::integer`,
 * `'5000000000'::bigint`). A snapshot's bare `-1` is therefore the catalog's `'-1'`, and a
 * quoted `'0.00'` the catalog's `0.00`.
 */
function normalizeNumber(text) {
    if (!NUMBER.test(text))
        return text;
    const negative = text.startsWith('-');
    const integer = !/[.e]/i.test(text);
    return negative || (integer && BigInt(text) > INT4_MAX) ? `'${text}'` : text;
}
/** jsonb's own output: keys ordered by length then bytes, last duplicate wins, `", "` and `": "`. */
function jsonbText(content) {
    let value;
    try {
        value = JSON.parse(content);
    }
    catch {
        return null;
    }
    const render = (v) => {
        if (Array.isArray(v))
            return `[${v.map(render).join(', ')}]`;
        if (v !== null && typeof v === 'object') {
            const keys = Object.keys(v).sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
            return `{${keys.map((k) => `${JSON.stringify(k)}: ${render(v[k])}`).join(', ')}}`;
        }
        return JSON.stringify(v);
    };
    return render(value);
}
/**
 * An array literal as Postgres prints it: elements quoted only when they must be (drizzle-kit
 * writes `'{"x","y"}'`, the catalog returns `'{x,y}'`). Null when the text is not an array literal.
 */
function pgArrayText(content) {
    if (!content.startsWith('{') || !content.endsWith('}'))
        return null;
    let i = 0;
    const parse = () => {
        // at '{'
        i++;
        const items = [];
        if (content[i] === '}') {
            i++;
            return '{}';
        }
        for (;;) {
            while (content[i] === ' ')
                i++;
            let item;
            if (content[i] === '{') {
                const inner = parse();
                if (inner === null)
                    return null;
                item = inner;
            }
            else if (content[i] === '"') {
                let value = '';
                i++;
                while (i < content.length && content[i] !== '"') {
                    if (content[i] === '\\')
                        i++;
                    value += content[i] ?? '';
                    i++;
                }
                if (content[i] !== '"')
                    return null;
                i++;
                item = /^[^\s{},"\\]+$/.test(value) && value.toLowerCase() !== 'null' ? value : `"${value.replace(/["\\]/g, '\\$&')}"`;
            }
            else {
                const start = i;
                while (i < content.length && !',}'.includes(content[i]))
                    i++;
                item = content.slice(start, i).trim();
                if (item === '' || /["{\\]/.test(item))
                    return null;
            }
            items.push(item);
            while (content[i] === ' ')
                i++;
            if (content[i] === ',') {
                i++;
                continue;
            }
            if (content[i] === '}') {
                i++;
                return `{${items.join(',')}}`;
            }
            return null;
        }
    };
    const result = parse();
    return result !== null && i === content.length ? result : null;
}
// ---- expressions, indexes, constraints, enums ----------------------------------------------
/** Postgres keeps the first 63 bytes of an identifier (NAMEDATALEN - 1); drizzle-kit writes the full name. */
function pgName(name) {
    if (Buffer.byteLength(name) <= 63)
        return name;
    let kept = '';
    for (const char of name) {
        if (Buffer.byteLength(kept + char) > 63)
            break;
        kept += char;
    }
    return kept;
}
/** The Postgres lexer's tokens as the normaliser compares them (`;` carries no meaning here). */
function tokenize(sql) {
    const tokens = [];
    for (const token of lexPostgres(sql, { lenient: true })) {
        if (token.type === 'punct' && token.raw === ';')
            continue;
        const type = token.type === 'param' ? 'op' : token.type;
        const text = type === 'word' || type === 'number' ? token.raw.toLowerCase() : token.value;
        tokens.push({ type, text });
    }
    return tokens;
}
const is = (token, type, text) => token?.type === type && (text === undefined || token.text === text);
const isName = (token) => token?.type === 'word' || token?.type === 'quoted';
/** Index of the bracket closing the one at `open` (`(` or `[`), or -1. */
function closing(tokens, open) {
    const [o, c] = tokens[open].text === '[' ? ['[', ']'] : ['(', ')'];
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        if (is(tokens[i], 'punct', o))
            depth++;
        else if (is(tokens[i], 'punct', c) && --depth === 0)
            return i;
    }
    return -1;
}
/** Words that are SQL syntax, not names: printed upper case; a `(` after one groups. */
const KEYWORDS = new Set([
    'and', 'or', 'not', 'is', 'null', 'in', 'like', 'ilike', 'similar', 'between', 'symmetric', 'case', 'when', 'then',
    'else', 'end', 'distinct', 'from', 'any', 'some', 'all', 'array', 'exists', 'collate', 'escape', 'isnull', 'notnull',
]);
/** After these a `(` opens a list or a subquery, not a group. */
const LIST_KEYWORDS = new Set(['in', 'any', 'some', 'all', 'exists', 'array']);
/** Words after which a `-` is a sign and `(` is not a call. */
const isKeyword = (token) => token?.type === 'word' && KEYWORDS.has(token.text);
/** The token ends an operand: a following `-` is binary. */
const endsOperand = (token) => token !== undefined && (token.type === 'quoted' || token.type === 'string' || token.type === 'number' || is(token, 'punct', ')') || is(token, 'punct', ']') || (token.type === 'word' && !KEYWORDS.has(token.text)));
/** Type names that can precede a string literal to type it. */
const TYPED_LITERALS = new Set([
    'interval', 'date', 'time', 'timestamp', 'timestamptz', 'numeric', 'decimal', 'integer', 'int', 'int2', 'int4', 'int8',
    'bigint', 'smallint', 'text', 'varchar', 'char', 'boolean', 'bool', 'json', 'jsonb', 'uuid', 'real', 'float4', 'float8', 'inet', 'bytea',
]);
/** Multi-word type names as the catalog prints them after `::`. */
function typeEnd(tokens, start) {
    let i = start;
    if (!isName(tokens[i]))
        return start;
    const first = tokens[i].text;
    i++;
    while (is(tokens[i], 'punct', '.') && isName(tokens[i + 1]))
        i += 2;
    if (['character', 'char', 'bit', 'national'].includes(first) && is(tokens[i], 'word', 'varying'))
        i++;
    if (first === 'double' && is(tokens[i], 'word', 'precision'))
        i++;
    if (is(tokens[i], 'punct', '(')) {
        const end = closing(tokens, i);
        if (end > 0)
            i = end + 1;
    }
    if ((first === 'timestamp' || first === 'time') && (is(tokens[i], 'word', 'with') || is(tokens[i], 'word', 'without')) && is(tokens[i + 1], 'word', 'time') && is(tokens[i + 2], 'word', 'zone'))
        i += 3;
    while (is(tokens[i], 'punct', '[')) {
        const end = closing(tokens, i);
        if (end < 0)
            break;
        i = end + 1;
    }
    return i;
}
/** `x BETWEEN a AND b` operand before `between`: one token, or a call `f(...)`. Returns its start or -1. */
function operandStart(tokens, end) {
    const last = tokens[end];
    if (!last)
        return -1;
    if (is(last, 'punct', ')')) {
        let depth = 0;
        for (let i = end; i >= 0; i--) {
            if (is(tokens[i], 'punct', ')'))
                depth++;
            else if (is(tokens[i], 'punct', '(') && --depth === 0)
                return isName(tokens[i - 1]) && !isKeyword(tokens[i - 1]) ? i - 1 : i;
        }
        return -1;
    }
    return endsOperand(last) ? end : -1;
}
const isValue = (token) => token !== undefined && (token.type === 'number' || token.type === 'string' || token.type === 'quoted' || (token.type === 'word' && !KEYWORDS.has(token.text)));
/**
 * A check constraint's or an index's expression in one canonical spelling, so that what a
 * drizzle snapshot states (as written: `"users"."score" >= 0 AND "users"."score" <= 100`) and
 * what the catalog deparses (`score >= 0 AND score <= 100`, casts added, `IN` as `= ANY (ARRAY[...])`,
 * `BETWEEN` expanded, `LIKE` as `~~`) compare as equal text on every server version:
 *
 * - quoted identifiers lose their quotes, unquoted words are lower case (SQL keywords upper case);
 * - the table's own name (and schema) in front of a column is dropped;
 * - casts (`::type`, `CAST(x AS type)`) are dropped;
 * - `= ANY (ARRAY[...])` becomes `IN (...)`, `<> ALL (ARRAY[...])` `NOT IN (...)`;
 * - `LIKE`, `ILIKE`, `NOT LIKE`, `NOT ILIKE`, `!=` become the operators the catalog prints;
 * - `x BETWEEN a AND b` (single values) becomes `x >= a AND x <= b`, as the parser rewrites it;
 * - a quoted number is a number, and a sign joins its number;
 * - grouping parentheses are dropped (call and list parentheses stay).
 *
 * The last rule makes a change of grouping alone (`(a OR b) AND c` against `a OR (b AND c)`)
 * invisible; the catalog adds and drops such parentheses freely between versions.
 */
function normalizePgExpression(text, table) {
    let tokens = tokenize(text);
    // The table's own qualifier: `"users"."score"`, `"public"."users"."score"`.
    tokens = tokens.filter((_, i) => {
        const t = tokens;
        const qualifies = (at) => isName(t[at]) && t[at].text === table.name && is(t[at + 1], 'punct', '.') && isName(t[at + 2]) && !is(t[at - 1], 'punct', '.');
        const qualifiesSchema = (at) => isName(t[at]) && t[at].text === table.schema && is(t[at + 1], 'punct', '.') && isName(t[at + 2]) && t[at + 2].text === table.name && is(t[at + 3], 'punct', '.') && isName(t[at + 4]);
        if (qualifies(i) || qualifies(i - 1))
            return false;
        if (qualifiesSchema(i) || qualifiesSchema(i - 1) || qualifiesSchema(i - 2) || qualifiesSchema(i - 3))
            return false;
        return true;
    });
    // Casts, and typed literals (`interval '1 day'`, which the catalog prints `'1 day'::interval`).
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].type === 'word' && TYPED_LITERALS.has(tokens[i].text) && is(tokens[i + 1], 'string') && !is(tokens[i - 1], 'punct', '.')) {
            tokens.splice(i, 1);
            i--;
        }
        else if (is(tokens[i], 'punct', '::')) {
            tokens.splice(i, typeEnd(tokens, i + 1) - i);
            i--;
        }
        else if (is(tokens[i], 'word', 'cast') && is(tokens[i + 1], 'punct', '(')) {
            const end = closing(tokens, i + 1);
            let as = -1;
            for (let j = i + 2, depth = 0; j < end; j++) {
                if (is(tokens[j], 'punct', '('))
                    depth++;
                else if (is(tokens[j], 'punct', ')'))
                    depth--;
                else if (depth === 0 && is(tokens[j], 'word', 'as'))
                    as = j;
            }
            if (end > 0 && as > 0) {
                tokens.splice(as, end - as);
                tokens.splice(i, 1);
                i--;
            }
        }
    }
    // Operators the catalog spells differently.
    const spelled = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const next = tokens[i + 1];
        if (is(t, 'word', 'not') && (is(next, 'word', 'like') || is(next, 'word', 'ilike'))) {
            spelled.push({ type: 'op', text: next.text === 'like' ? '!~~' : '!~~*' });
            i++;
        }
        else if (is(t, 'word', 'like'))
            spelled.push({ type: 'op', text: '~~' });
        else if (is(t, 'word', 'ilike'))
            spelled.push({ type: 'op', text: '~~*' });
        else if (is(t, 'op', '!='))
            spelled.push({ type: 'op', text: '<>' });
        else
            spelled.push(t);
    }
    tokens = spelled;
    // `= ANY (ARRAY[...])` -> `IN (...)`, `<> ALL (ARRAY[...])` -> `NOT IN (...)`.
    for (let i = 0; i < tokens.length; i++) {
        const any = is(tokens[i], 'op', '=') && is(tokens[i + 1], 'word', 'any');
        const all = is(tokens[i], 'op', '<>') && is(tokens[i + 1], 'word', 'all');
        if (!(any || all) || !is(tokens[i + 2], 'punct', '(') || !is(tokens[i + 3], 'word', 'array') || !is(tokens[i + 4], 'punct', '['))
            continue;
        const close = closing(tokens, i + 4);
        if (close < 0 || !is(tokens[close + 1], 'punct', ')') || closing(tokens, i + 2) !== close + 1)
            continue;
        const items = tokens.slice(i + 5, close);
        const replacement = [...(all ? [{ type: 'word', text: 'not' }] : []), { type: 'word', text: 'in' }, { type: 'punct', text: '(' }, ...items, { type: 'punct', text: ')' }];
        tokens.splice(i, close + 2 - i, ...replacement);
    }
    // Numbers: quoted ones (`'-1'::integer`) and signed ones (`-1`) are one number token.
    const numbers = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.type === 'string' && /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(t.text))
            numbers.push({ type: 'number', text: t.text.toLowerCase() });
        else if (is(t, 'op', '-') && is(tokens[i + 1], 'number') && !endsOperand(numbers[numbers.length - 1])) {
            numbers.push({ type: 'number', text: `-${tokens[i + 1].text}` });
            i++;
        }
        else
            numbers.push(t);
    }
    tokens = numbers;
    // `x [NOT] BETWEEN a AND b`, as the parser rewrites it.
    for (let i = 0; i < tokens.length; i++) {
        if (!is(tokens[i], 'word', 'between') || !isValue(tokens[i + 1]) || !is(tokens[i + 2], 'word', 'and') || !isValue(tokens[i + 3]))
            continue;
        const negated = is(tokens[i - 1], 'word', 'not');
        const end = negated ? i - 2 : i - 1;
        const start = operandStart(tokens, end);
        if (start < 0)
            continue;
        const x = tokens.slice(start, end + 1);
        const [low, high] = [tokens[i + 1], tokens[i + 3]];
        const rewritten = negated
            ? [...x, { type: 'op', text: '<' }, low, { type: 'word', text: 'or' }, ...x, { type: 'op', text: '>' }, high]
            : [...x, { type: 'op', text: '>=' }, low, { type: 'word', text: 'and' }, ...x, { type: 'op', text: '<=' }, high];
        tokens.splice(start, i + 4 - start, ...rewritten);
        i = start + rewritten.length - 1;
    }
    // Grouping parentheses go; those of a call or a list stay.
    const drop = new Set();
    tokens.forEach((t, i) => {
        if (!is(t, 'punct', '('))
            return;
        const before = tokens[i - 1];
        const call = isName(before) && (!isKeyword(before) || LIST_KEYWORDS.has(before.text));
        if (call)
            return;
        const end = closing(tokens, i);
        if (end < 0)
            return;
        drop.add(i);
        drop.add(end);
    });
    tokens = tokens.filter((_, i) => !drop.has(i));
    let out = '';
    tokens.forEach((t, i) => {
        const before = tokens[i - 1];
        const text = t.type === 'string' ? `'${t.text.replace(/'/g, "''")}'` : t.type === 'word' && KEYWORDS.has(t.text) ? t.text.toUpperCase() : t.text;
        const tight = before === undefined ||
            is(before, 'punct', '(') ||
            is(before, 'punct', '[') ||
            is(before, 'punct', '.') ||
            is(t, 'punct', ')') ||
            is(t, 'punct', ']') ||
            is(t, 'punct', ',') ||
            is(t, 'punct', '.') ||
            is(t, 'punct', '[') ||
            (is(t, 'punct', '(') && isName(before) && !isKeyword(before));
        out += (tight ? '' : ' ') + text;
    });
    return out;
}
/** Names of the operator classes that are some type's default: an index written with one states nothing. */
const DEFAULT_OPCLASSES = new Set(('aclitem_ops array_ops bit_minmax_ops bit_ops bool_ops box_inclusion_ops box_ops bpchar_minmax_ops bpchar_ops bytea_minmax_ops ' +
    'bytea_ops char_minmax_ops char_ops cid_ops circle_ops date_minmax_ops date_ops enum_ops float4_minmax_ops float4_ops ' +
    'float8_minmax_ops float8_ops inet_inclusion_ops inet_ops int2_minmax_ops int2_ops int4_minmax_ops int4_ops int8_minmax_ops ' +
    'int8_ops interval_minmax_ops interval_ops jsonb_ops macaddr8_minmax_ops macaddr8_ops macaddr_minmax_ops macaddr_ops money_ops ' +
    'multirange_ops name_minmax_ops name_ops numeric_minmax_ops numeric_ops oid_minmax_ops oid_ops oidvector_ops pg_lsn_minmax_ops ' +
    'pg_lsn_ops point_ops poly_ops quad_point_ops range_inclusion_ops range_ops record_ops text_minmax_ops text_ops tid_minmax_ops ' +
    'tid_ops time_minmax_ops time_ops timestamp_minmax_ops timestamp_ops timestamptz_minmax_ops timestamptz_ops timetz_minmax_ops ' +
    'timetz_ops tsquery_ops tsvector_ops uuid_minmax_ops uuid_ops varbit_minmax_ops varbit_ops xid8_ops xid_ops').split(' '));
function storageParameters(value) {
    const pairs = Array.isArray(value)
        ? value.map((p) => [p.slice(0, p.indexOf('=') < 0 ? p.length : p.indexOf('=')), p.slice(p.indexOf('=') + 1)])
        : Object.entries(value ?? {}).map(([k, v]) => [k, String(v)]);
    const spelled = pairs.map(([key, raw]) => {
        const v = raw.trim().replace(/^'(.*)'$/, '$1').toLowerCase();
        return `${key.trim().toLowerCase()}=${v === 'on' || v === 'yes' ? 'true' : v === 'off' || v === 'no' ? 'false' : v}`;
    });
    return spelled.sort().join(', ');
}
/** `UNIQUE btree (lower(email), org DESC NULLS LAST) INCLUDE (id) WHERE score > 0 WITH (fillfactor=70)`. */
function indexDefinition(index, table) {
    const keys = index.keys.map((k) => {
        const expression = k.isExpression ? normalizePgExpression(k.expression, table) : k.expression;
        const opclass = k.opclass && !DEFAULT_OPCLASSES.has(k.opclass.toLowerCase()) ? ` ${k.opclass.toLowerCase()}` : '';
        const nulls = k.nullsFirst === k.desc ? '' : k.nullsFirst ? ' NULLS FIRST' : ' NULLS LAST';
        return `${expression}${opclass}${k.desc ? ' DESC' : ''}${nulls}`;
    });
    const include = index.include?.length ? ` INCLUDE (${index.include.join(', ')})` : '';
    const where = index.where ? ` WHERE ${normalizePgExpression(index.where, table)}` : '';
    const parameters = storageParameters(index.with);
    return [
        `${index.unique ? 'UNIQUE ' : ''}${(index.method || 'btree').toLowerCase()} (${keys.join(', ')})${include}`,
        index.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '',
        where,
        parameters ? ` WITH (${parameters})` : '',
        index.invalid ? ' INVALID' : '',
    ].join('');
}
const deferral = (deferrable, deferred) => (deferrable ? (deferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE') : '');
/** `(org, handle) NULLS NOT DISTINCT`. */
function uniqueDefinition(unique) {
    return `(${unique.columns.join(', ')})${unique.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''}${deferral(unique.deferrable, unique.deferred)}`;
}
/** The catalog's `confdeltype`/`confupdtype` codes, as drizzle-kit spells the actions. */
const FK_ACTIONS = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };
/** `(author_id) REFERENCES public.users (id) ON DELETE cascade ON UPDATE no action`. */
function foreignKeyDefinition(fk) {
    const action = (a) => (a ? a.trim().toLowerCase().replace(/\s+/g, ' ') : 'no action');
    return (`(${fk.columns.join(', ')}) REFERENCES ${fk.refSchema}.${fk.refTable} (${fk.refColumns.join(', ')})` +
        `${fk.matchFull ? ' MATCH FULL' : ''} ON DELETE ${action(fk.onDelete)} ON UPDATE ${action(fk.onUpdate)}${deferral(fk.deferrable, fk.deferred)}`);
}
/** An enum's labels in order, as SQL literals: `'draft', 'published'`. */
function enumValues(values) {
    return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}
/**
 * A view's query as `pg_get_viewdef` prints it, in one spelling for every server version:
 * whitespace collapsed, and, when the query reads a single relation, its columns unqualified
 * (PostgreSQL 16 and later print `SELECT id FROM accounts`, earlier ones `SELECT accounts.id FROM
 * accounts`). Queries with joins, subqueries or another FROM (`extract(year FROM x)`) keep their
 * qualifiers.
 */
function normalizeViewQuery(query) {
    const text = query.replace(/\s+/g, ' ').trim().replace(/;$/, '');
    // Outside string literals and quoted names only.
    const segments = text.split(/('(?:[^']|'')*'|"(?:[^"]|"")*")/);
    const code = segments.filter((_, i) => i % 2 === 0).join(' ');
    const count = (word) => (code.match(new RegExp(`\\b${word}\\b`, 'gi')) ?? []).length;
    if (count('from') !== 1 || count('select') !== 1 || count('join') !== 0)
        return text;
    // FROM one relation (maybe schema-qualified), maybe aliased, then the end or the next clause.
    const clause = '(?:where|group|having|window|order|limit|offset|fetch|for)\\b';
    const relation = new RegExp(`\\bfrom (?:\\w+\\.)?(\\w+)(?: (?:as )?(?!${clause})(\\w+))?(?: ${clause}|$)`, 'i').exec(code);
    if (!relation)
        return text;
    const qualifiers = new Set([relation[1].toLowerCase(), ...(relation[2] ? [relation[2].toLowerCase()] : [])]);
    return segments
        .map((segment, i) => i % 2 === 1
        ? segment
        : segment.replace(/(^|[^\w.])(\w+)\.(?=[\w"])/g, (whole, before, name) => (qualifiers.has(name.toLowerCase()) ? before : whole)))
        .join('');
}
/**
 * A policy as `CREATE POLICY` states it after its name and table, its roles sorted and its
 * expressions in the canonical spelling of normalizePgExpression (drizzle-kit writes them as the
 * user did, the catalog as it deparses them).
 */
function policyDefinition(policy, table) {
    const roles = [...new Set(policy.roles.map((r) => r.toLowerCase()))].sort();
    const using = policy.using ? ` USING (${normalizePgExpression(policy.using, table)})` : '';
    const check = policy.withCheck ? ` WITH CHECK (${normalizePgExpression(policy.withCheck, table)})` : '';
    return `${policy.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'} FOR ${policy.command.toUpperCase()} TO ${roles.join(', ') || 'public'}${using}${check}`;
}
/** `increment 1 min 1 max 2147483647 start 1 cache 1 no cycle`: numbers as plain decimal text. */
function sequenceDefinition(sequence) {
    const n = (value) => String(value).trim();
    return `increment ${n(sequence.increment)} min ${n(sequence.min)} max ${n(sequence.max)} start ${n(sequence.start)} cache ${n(sequence.cache)} ${sequence.cycle ? 'cycle' : 'no cycle'}`;
}
/** `STORED price * quantity` (PostgreSQL 18 also has VIRTUAL). */
function generatedDefinition(expression, kind, table) {
    return `${kind.toUpperCase()} ${normalizePgExpression(expression, table)}`;
}
/** Postgres spellings for snapshots read from other tools (drizzle-kit), compared with the catalog. */
const postgresSpelling = {
    identifier: pgName,
    type: normalizePgType,
    defaultExpression: normalizePgDefault,
    expression: normalizePgExpression,
    index: indexDefinition,
    unique: uniqueDefinition,
    foreignKey: foreignKeyDefinition,
    enumValues,
    viewQuery: normalizeViewQuery,
    viewQueryTree: async (query) => viewQueryFingerprint(await (0,postgres_parser.loadPostgresParser)(), query),
    policy: policyDefinition,
    sequence: sequenceDefinition,
    generated: generatedDefinition,
};

;// CONCATENATED MODULE: ./src/dialects/index.ts



/** The only place that maps a dialect's name to its lexer and splitter. */
const DIALECTS = [
    {
        name: 'postgres',
        lex: lexPostgres,
        split: splitPostgres,
        skipTrivia: skipPostgresTrivia,
        spelling: postgresSpelling,
        extensionCreated: extensionCreated,
        // The rules and the parser (WASM) load on first use: a run that analyses nothing never pays for them.
        safetyRules: async () => {
            const [{ loadPostgresParser }, { analyzePostgresMigration }] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4328)), __nccwpck_require__.e(/* import() */ 513).then(__nccwpck_require__.bind(__nccwpck_require__, 2513))]);
            const parser = await loadPostgresParser();
            return (migration, context) => analyzePostgresMigration(migration, context, parser);
        },
    },
    {
        name: 'clickhouse',
        lex: lexer/* lexClickHouse */.uT,
        split: lexer/* splitClickHouse */.Xi,
        skipTrivia: lexer/* skipClickHouseTrivia */.$n,
        safetyRules: async () => (await __nccwpck_require__.e(/* import() */ 20).then(__nccwpck_require__.bind(__nccwpck_require__, 6020))).analyzeClickHouseMigration,
    },
];
function dialectFor(name) {
    const dialect = DIALECTS.find((d) => d.name === name);
    if (!dialect)
        throw new Error(`no dialect named ${name}`);
    return dialect;
}


;// CONCATENATED MODULE: ./src/engines/absent.ts

/**
 * An embedded database (a pglite:// or chdb:// directory) that does not exist, opened by a
 * read-only run: it reads as empty (no journal, no schema) and nothing is created for it, not
 * even its directory. Anything that would write is refused, so a mistake here cannot create it.
 */
function absentEmbeddedDatabase(kind, location, options) {
    options.log?.(`${location} does not exist: read as an empty database (nothing is created by a read-only run).`);
    const refuse = () => Promise.reject(new src_errors/* SchemagateError */.RA('config', `${location} does not exist, and a read-only run does not create it.`, { hint: 'Run mode `apply` to create it.' }));
    return {
        kind,
        journalLocation: location,
        readJournal: () => Promise.resolve({ attempts: [], statements: [], adopted: null }),
        introspect: () => Promise.resolve({ engine: kind, tables: [] }),
        ensureJournal: () => refuse(),
        acquireLock: () => refuse(),
        execute: () => refuse(),
        writeAttempt: () => refuse(),
        writeStatement: () => refuse(),
        close: () => Promise.resolve(),
    };
}

;// CONCATENATED MODULE: ./src/engines/adopted.ts

const locationName = (at) => `${at.schema}.${at.table}`;
/** `schema.table`, or `table` in the default schema. */
function parseLocation(name, defaultSchema) {
    const dot = name.indexOf('.');
    return dot < 0 ? { schema: defaultSchema, table: name } : { schema: name.slice(0, dot), table: name.slice(dot + 1) };
}
const describeColumns = (columns) => [...columns].map(([name, type]) => `${name} ${type}`).join(', ');
/** Resolves which tool's journal is adopted (once per engine), then reads and writes it. */
class Adopter {
    tools;
    options;
    catalog;
    chosen;
    constructor(tools, options, catalog) {
        this.tools = tools;
        this.options = options;
        this.catalog = catalog;
    }
    resolve(connection) {
        this.chosen ??= this.choose(connection);
        return this.chosen;
    }
    async choose(connection) {
        const options = this.options;
        if (!options || options.tool === 'none')
            return null;
        const defaultSchema = await this.catalog.defaultSchema(connection);
        const candidates = this.tools
            .filter((t) => options.tool === t.tool || (options.tool === 'auto' && !options.skip?.includes(t.tool)))
            .map((tool) => {
            const table = options.tables?.[tool.tool];
            return { tool, at: table ? parseLocation(table, defaultSchema) : tool.location(defaultSchema) };
        });
        const siblings = candidates.flatMap((c) => (c.tool.notWith ?? []).map((table) => ({ schema: c.at.schema, table })));
        const found = await this.catalog.columns(connection, [...candidates.map((c) => c.at), ...siblings]);
        /** Why a table that exists is not this tool's journal; null when it is. */
        const mismatch = ({ tool, at }, columns) => {
            if (!tool.detect(columns))
                return `its columns (${describeColumns(columns)}) are not ${tool.tool}'s journal`;
            const other = tool.notWith?.find((table) => found.has(locationName({ schema: at.schema, table })));
            return other ? `${at.schema}.${other} next to it says another tool (not ${tool.tool}) keeps it` : null;
        };
        if (options.tool !== 'auto') {
            const candidate = candidates[0];
            const columns = found.get(locationName(candidate.at));
            const why = columns && mismatch(candidate, columns);
            if (why) {
                throw (0,src_errors/* configError */.Fj)(`\`adopt: ${candidate.tool.tool}\`: ${locationName(candidate.at)} exists but ${why}.`, {
                    hint: `Point \`adopt\` at the tool that created ${locationName(candidate.at)}, or set it to none.`,
                });
            }
            return { ...candidate, exists: columns !== undefined };
        }
        const detected = candidates.filter((c) => {
            const columns = found.get(locationName(c.at));
            if (!columns)
                return false;
            const why = mismatch(c, columns);
            if (why)
                this.catalog.log?.(`${locationName(c.at)} is not adopted as ${c.tool.tool}'s journal: ${why}.`);
            return why === null;
        });
        // Two tools' journals in one database: which one is the truth is the team's call, not ours.
        const unique = [...new Map(detected.map((d) => [locationName(d.at), d])).values()];
        if (unique.length > 1) {
            throw (0,src_errors/* configError */.Fj)(`This database holds the journals of ${unique.map((d) => `${d.tool.tool} (${locationName(d.at)})`).join(' and ')}; \`adopt: auto\` will not choose between them.`, {
                hint: `Set \`adopt\` to the tool whose journal records what ran here (${unique.map((d) => d.tool.tool).join(' or ')}), or to none.`,
            });
        }
        const only = unique[0];
        return only ? { ...only, exists: true } : null;
    }
    /** The adopted journal, or null when none is adopted; never creates anything. */
    async read(connection) {
        const chosen = await this.resolve(connection);
        if (!chosen)
            return null;
        const content = chosen.exists ? await chosen.tool.read(connection, chosen.at) : NO_RECORDS;
        return { tool: chosen.tool.tool, table: locationName(chosen.at), ...content };
    }
    /** With `adopt-write`, creates the tool's table where it is missing. */
    async ensure(connection) {
        const chosen = await this.resolve(connection);
        if (!chosen || !this.options?.write || chosen.exists)
            return;
        await chosen.tool.ensure(connection, chosen.at);
        chosen.exists = true;
    }
    /** With `adopt-write`, records an applied migration in the tool's table too. */
    async record(connection, migration) {
        if (!this.options?.write)
            return;
        const chosen = await this.resolve(connection);
        if (chosen?.exists)
            await chosen.tool.record(connection, chosen.at, migration);
    }
    /** The adopted table, so introspection does not report it as part of the schema. */
    async table(connection) {
        return (await this.resolve(connection))?.at ?? null;
    }
}
/**
 * Whether a table has exactly these columns (names; types as the engine spells them, or a
 * pattern). Exact, so a table that merely shares a tool's table name is never taken for it.
 */
function columnsAre(columns, expected) {
    const names = Object.keys(expected);
    if (columns.size !== names.length)
        return false;
    return names.every((name) => {
        const type = columns.get(name);
        const want = expected[name];
        return type !== undefined && (typeof want === 'string' ? type === want : want.test(type));
    });
}
const NO_RECORDS = { checksum: null, records: [], blockers: [] };

;// CONCATENATED MODULE: ./src/engines/clickhouse/sql.ts
/** ClickHouse SQL the engine writes: quoting, and UTC DateTime64 text. */
/** Backtick-quoted identifier; ClickHouse escapes `\` and the backtick with a backslash. */
function quoteIdent(name) {
    return '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}
/** Single-quoted string literal, for the places a query parameter cannot go (SETTINGS). */
function quoteString(text) {
    return "'" + text.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}
function qualifiedName(database, table) {
    return `${quoteIdent(database)}.${quoteIdent(table)}`;
}
/** `YYYY-MM-DD hh:mm:ss.sss` in UTC: what a DateTime64(3, 'UTC') column reads and prints. */
function toDateTime64Text(date) {
    return date.toISOString().replace('T', ' ').replace('Z', '');
}
/** Inverse of toDateTime64Text; the columns are declared in UTC, so the text is UTC. */
function fromDateTime64Text(text) {
    return new Date(text.replace(' ', 'T') + 'Z');
}

;// CONCATENATED MODULE: ./src/engines/clickhouse/adopted/chkit.ts



const COLUMNS = { name: 'String', applied_at: "DateTime64(3, 'UTC')", checksum: 'String', chkit_version: 'String' };
/**
 * chkit: `_chkit_migrations(name, applied_at, checksum, chkit_version)` (newer versions add
 * `migration_completed` and `operations`), a ReplacingMergeTree keyed by the file name with the
 * sha256 of the file; read with FINAL, only completed rows count.
 */
const chkit = {
    tool: 'chkit',
    location: (schema) => ({ schema, table: '_chkit_migrations' }),
    detect: (columns) => columnsAre(columns, COLUMNS) ||
        columnsAre(columns, { ...COLUMNS, migration_completed: 'Bool', operations: /^Array\(Tuple\(/ }),
    async read(client, at) {
        const columns = await client.query('SELECT name FROM system.columns WHERE database = {db:String} AND table = {table:String}', { db: at.schema, table: at.table });
        const completed = columns.some((c) => c.name === 'migration_completed') ? ' WHERE migration_completed = true' : '';
        const rows = await client.query(`SELECT name, checksum FROM ${qualifiedName(at.schema, at.table)} FINAL${completed}`);
        return { checksum: 'sha256', records: rows.map((r) => ({ key: 'file-name', value: r.name, checksum: r.checksum })), blockers: [] };
    },
    async ensure(client, at) {
        await client.command(`CREATE TABLE IF NOT EXISTS ${qualifiedName(at.schema, at.table)} (
    name String,
    applied_at DateTime64(3, 'UTC'),
    checksum String,
    chkit_version String,
    migration_completed Bool DEFAULT true,
    operations Array(Tuple(operation_index Int32, operation_key String, operation_type String, query_id String, status LowCardinality(String), started_at DateTime64(3, 'UTC'), finished_at Nullable(DateTime64(3, 'UTC')), last_error String)) DEFAULT []
) ENGINE = ReplacingMergeTree(applied_at)
ORDER BY (name)
SETTINGS index_granularity = 1`, undefined, { idempotent: true });
    },
    async record(client, at, migration) {
        await client.insert(qualifiedName(at.schema, at.table), [
            { name: external_node_path_default().basename(migration.file), applied_at: toDateTime64Text(new Date()), checksum: migration.checksums.sha256, chkit_version: 'schemagate' },
        ]);
    },
};

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/sources/checksum.ts


/**
 * sha256 as lower-case hex. Migration checksums hash the file's exact bytes; a string is hashed
 * as UTF-8, which is how drizzle-orm hashes `readFileSync(f).toString()`, so for a (valid UTF-8)
 * drizzle file our checksum and drizzle's `__drizzle_migrations.hash` are the same value.
 */
function sha256Hex(data) {
    // The one-shot hash: no Hash object per file for the garbage collector to finalise.
    return (0,external_node_crypto_.hash)('sha256', data, 'hex');
}
/** The first 12 hex digits: enough to tell checksums apart in a message or a table. */
const shortChecksum = (checksum) => checksum.slice(0, 12);
/** Every algorithm's checksum of one file's bytes (see ChecksumAlgorithm). */
function checksumsOf(bytes) {
    const sha256 = sha256Hex(bytes);
    // Without a CR the line-ending-normalised bytes are the bytes themselves: one hash, not two.
    if (!bytes.includes(0x0d))
        return { sha256, 'sha256-lf': sha256 };
    const lf = Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    return { sha256, 'sha256-lf': sha256Hex(lf) };
}
/**
 * A migration's checksum as another tool computes it (see AdoptedChecksum). Flyway reads the
 * file line by line (a BOM dropped) and feeds each line, without its break, to one CRC32;
 * clickhouse-migrations hashes the file read as UTF-8 text.
 */
function toolChecksum(migration, algorithm) {
    switch (algorithm) {
        case 'sha256':
        case 'sha256-any-eol':
            return migration.checksums.sha256;
        case 'crc32-lines':
            return String((0,external_node_zlib_namespaceObject.crc32)(Buffer.from(migration.sql.replace(/^\uFEFF/, '').replace(/\r\n|\r|\n/g, ''), 'utf8')) | 0);
        case 'md5':
            return (0,external_node_crypto_.createHash)('md5').update(migration.sql).digest('hex');
    }
}
/** Whether the checksum a tool recorded is the file's under that tool's algorithm. */
function matchesToolChecksum(migration, algorithm, recorded) {
    if (algorithm === 'sha256-any-eol' && recorded === migration.checksums['sha256-lf'])
        return true;
    return recorded === toolChecksum(migration, algorithm);
}

;// CONCATENATED MODULE: ./src/engines/clickhouse/adopted/clickhouse-migrations.ts




/**
 * The `clickhouse-migrations` npm package: `_migrations(uid, version UInt32, checksum,
 * migration_name, applied_at)`, one row per applied file, its version the number before the
 * first `_` and its checksum the md5 of the file's text.
 */
const clickhouseMigrations = {
    tool: 'clickhouse-migrations',
    location: (schema) => ({ schema, table: '_migrations' }),
    detect: (columns) => columnsAre(columns, { uid: 'UUID', version: 'UInt32', checksum: 'String', migration_name: 'String', applied_at: 'DateTime' }),
    async read(client, at) {
        const rows = await client.query(`SELECT version, checksum FROM ${qualifiedName(at.schema, at.table)} ORDER BY version`);
        return { checksum: 'md5', records: rows.map((r) => ({ key: 'version', value: String(r.version), checksum: r.checksum })), blockers: [] };
    },
    async ensure(client, at) {
        await client.command(`CREATE TABLE IF NOT EXISTS ${qualifiedName(at.schema, at.table)} (
      uid UUID DEFAULT generateUUIDv4(),
      version UInt32,
      checksum String,
      migration_name String,
      applied_at DateTime DEFAULT now()
    )
    ENGINE = MergeTree
    ORDER BY tuple(applied_at)`, undefined, { idempotent: true });
    },
    async record(client, at, migration) {
        await client.insert(qualifiedName(at.schema, at.table), [
            { version: Number(migration.id), checksum: toolChecksum(migration, 'md5'), migration_name: external_node_path_default().basename(migration.file) },
        ]);
    },
};

;// CONCATENATED MODULE: ./src/engines/clickhouse/adopted/index.ts


/** The journals of other tools that the ClickHouse engine adopts (see engines/adopted.ts). */
const CLICKHOUSE_ADOPTED = [chkit, clickhouseMigrations];
function clickhouseCatalog(log) {
    return {
        engine: 'ClickHouse',
        defaultSchema: (client) => Promise.resolve(client.database),
        async columns(client, tables) {
            const rows = await client.query(`SELECT concat(database, '.', table) AS location, name, type FROM system.columns
         WHERE has(JSONExtract({tables:String}, 'Array(String)'), concat(database, '.', table)) ORDER BY position`, { tables: JSON.stringify(tables.map((t) => `${t.schema}.${t.table}`)) });
            const result = new Map();
            for (const row of rows) {
                const columns = result.get(row.location) ?? new Map();
                columns.set(row.name, row.type);
                result.set(row.location, columns);
            }
            return result;
        },
        ...(log ? { log } : {}),
    };
}

;// CONCATENATED MODULE: ./src/engines/clickhouse/url.ts


function decode(text, what) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        throw (0,src_errors/* configError */.Fj)(`The ClickHouse URL's ${what} is not valid percent-encoding.`);
    }
}
function parseClickHouseUrl(url, cwd = process.cwd()) {
    if (url.protocol === 'chdb:') {
        const raw = decode(url.host + url.pathname, 'path');
        if (raw === '' || raw === '/') {
            throw (0,src_errors/* configError */.Fj)('A chdb:// URL needs a data directory: chdb:///absolute/dir or chdb://./relative/dir.');
        }
        const dir = external_node_path_default().resolve(cwd, raw);
        const database = url.searchParams.get('database') || 'default';
        return { kind: 'chdb', path: dir, database, display: `chdb://${dir}${database === 'default' ? '' : `?database=${database}`}` };
    }
    let secure;
    let port = url.port;
    if (url.protocol === 'clickhouse:') {
        const flag = url.searchParams.get('secure');
        secure = flag === '1' || flag === 'true' || port === '8443' || port === '443';
        if (!port)
            port = secure ? '8443' : '8123';
    }
    else if (url.protocol === 'http:' || url.protocol === 'https:') {
        secure = url.protocol === 'https:';
    }
    else {
        throw (0,src_errors/* configError */.Fj)(`Not a ClickHouse URL scheme: ${url.protocol}`);
    }
    if (!url.hostname)
        throw (0,src_errors/* configError */.Fj)('The ClickHouse URL has no host.');
    const segments = url.pathname.split('/').filter(Boolean);
    if (segments.length > 1) {
        throw (0,src_errors/* configError */.Fj)(`The ClickHouse URL path must be just the database name, got "${url.pathname}".`);
    }
    const database = segments[0] ? decode(segments[0], 'database') : 'default';
    const origin = `${secure ? 'https' : 'http'}://${url.hostname.includes(':') && !url.hostname.startsWith('[') ? `[${url.hostname}]` : url.hostname}${port ? `:${port}` : ''}`;
    const username = url.username ? decode(url.username, 'user') : 'default';
    return {
        kind: 'http',
        url: origin,
        username,
        password: url.password ? decode(url.password, 'password') : '',
        database,
        display: `${origin}/${database} as ${username}`,
    };
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/engines/optional-module.ts




/**
 * Loads a package that is too large (chDB) or not bundleable (PGlite's WASM) to live inside
 * dist/. The bundler rewrites `import()` of a literal or a variable, so resolution goes through
 * `createRequire` from the places an installed copy can be: SCHEMAGATE_MODULES (a prefix the
 * reusable workflow installs the embedded engines into), the working directory, the workflow's
 * workspace, and the action's own checkout.
 */
function loadOptionalModule(name, purpose) {
    const found = locate(name);
    if (found)
        return found.require(found.resolved);
    throw new src_errors/* SchemagateError */.RA('config', `${purpose} needs the npm package ${name}, which is not installed.`, {
        hint: `Run \`npm install ${name}\` in the workspace, or install it under a prefix named by SCHEMAGATE_MODULES (searched: ${searchBases().join(', ')}).`,
    });
}
/** Where an installed copy of `name` (a package or one of its exported subpaths) is, or null. */
function optionalModulePath(name) {
    return locate(name)?.resolved ?? null;
}
function searchBases() {
    return [
        process.env.SCHEMAGATE_MODULES,
        process.cwd(),
        process.env.GITHUB_WORKSPACE,
        process.env.GITHUB_ACTION_PATH,
        process.argv[1] ? external_node_path_default().dirname(external_node_path_default().resolve(process.argv[1])) : undefined,
    ].filter((base) => Boolean(base) && (0,external_node_fs_.existsSync)(base));
}
function locate(name) {
    for (const base of searchBases()) {
        const require = (0,external_node_module_namespaceObject.createRequire)(external_node_path_default().join(base, 'noop.js'));
        try {
            return { require, resolved: require.resolve(name) };
        }
        catch {
            continue;
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/engines/clickhouse/errors.ts
var errors = __nccwpck_require__(4277);
// EXTERNAL MODULE: ./src/engines/clickhouse/client.ts
var client = __nccwpck_require__(2321);
;// CONCATENATED MODULE: ./src/engines/clickhouse/chdb-client.ts







const sessions = new Map();
/**
 * Who has the directory open, from the `status` file ClickHouse keeps in it (`PID: \u2026`, `Started
 * at: \u2026`) and the name of that process's program. Never its command line: a run's arguments can
 * hold a URL.
 */
function describeHolder(dir) {
    let status;
    try {
        status = (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, 'status'), 'utf8');
    }
    catch {
        return 'another process';
    }
    const pid = /^PID: (\d+)/m.exec(status)?.[1];
    const started = /^Started at: (.+)$/m.exec(status)?.[1]?.trim();
    if (!pid)
        return 'another process';
    let name = '';
    try {
        name = external_node_path_default().basename((0,external_node_fs_.readlinkSync)(`/proc/${pid}/exe`));
    }
    catch {
        // Not Linux, or not ours to read: the pid alone names it.
    }
    return `process ${pid}${name ? ` (${name})` : ''} on this host${started ? `, open since ${started}` : ''}`;
}
const OPEN_POLL_MS = 500;
const OPEN_LOG_MS = 10_000;
/**
 * A directory another process has open is waited for, as a held lock is (`lock-timeout`), then
 * a `lock-timeout` outcome names the process.
 */
async function openSession(target, settings) {
    const cached = sessions.get(target.path);
    if (cached)
        return cached;
    const other = [...sessions.keys()][0];
    if (other !== undefined) {
        throw (0,src_errors/* configError */.Fj)(`chDB can open one data directory per process; ${other} is open, so ${target.path} cannot be.`, {
            hint: 'Use the same chdb:// directory for every target of one run, or run them as separate steps.',
        });
    }
    const chdb = loadOptionalModule('chdb', 'A chdb:// database URL (ClickHouse embedded)');
    const waitMs = settings.openWaitMs ?? 0;
    const started = Date.now();
    let logged = started;
    for (;;) {
        try {
            const session = new chdb.Session(target.path);
            const shared = { session, queue: new client/* SerialQueue */.y_(), currentDatabase: 'default', users: 0 };
            sessions.set(target.path, shared);
            return shared;
        }
        catch (error) {
            if (!/Failed to create connection/i.test((0,errors/* messageOf */.bD)(error))) {
                throw (0,src_errors/* configError */.Fj)(`chDB could not open ${target.path}: ${(0,errors/* messageOf */.bD)(error)}`, {
                    hint: 'chDB allows one data directory per process, and one process per directory.',
                    cause: error,
                });
            }
            const waited = Date.now() - started;
            if (waited >= waitMs) {
                throw new src_errors/* SchemagateError */.RA('lock-timeout', `chDB directory ${target.path} is open in ${describeHolder(target.path)}${waitMs > 0 ? `; waited ${Math.round(waited / 1000)} s (lock-timeout)` : ''}.`, {
                    hint: 'chDB lets one process open a data directory at a time: wait for that run to finish and run again, or raise `lock-timeout`; give runs on one directory a workflow `concurrency` group so they queue.',
                    cause: error,
                });
            }
            if (Date.now() - logged >= OPEN_LOG_MS || logged === started) {
                settings.log?.(`chDB directory ${target.path} is open in ${describeHolder(target.path)}; waiting for it (${Math.round(waited / 1000)} s of ${Math.round(waitMs / 1000)} s).`);
                logged = Date.now();
            }
            await new Promise((resolve) => setTimeout(resolve, Math.min(OPEN_POLL_MS, waitMs - waited)));
        }
    }
}
function toClientError(error) {
    if (error instanceof src_errors/* SchemagateError */.RA || error instanceof errors/* ClickHouseError */.L7)
        return error;
    return (0,errors/* parseServerError */.NX)((0,errors/* messageOf */.bD)(error)) ?? (0,errors/* asError */.zR)(error);
}
function parseRows(text) {
    return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line));
}
/**
 * The embedded client. Nothing goes over a network, so nothing is retried; chDB's errors are
 * parsed into ClickHouseErrors like a server's.
 */
async function openChdbClient(target, settings) {
    const shared = await openSession(target, settings);
    shared.users++;
    const run = (task) => shared.queue.run(async () => {
        try {
            if (shared.currentDatabase !== target.database) {
                await shared.session.queryAsync(`USE ${quoteIdent(target.database)}`);
                shared.currentDatabase = target.database;
            }
            return await task(shared.session);
        }
        catch (error) {
            throw toClientError(error);
        }
    });
    try {
        await shared.queue.run(async () => {
            try {
                // wait_end_of_query is an HTTP parameter, not a setting: chDB answers only when done anyway.
                for (const [name, value] of Object.entries((0,client/* serverSettings */.Dm)(settings))) {
                    if (name !== 'wait_end_of_query')
                        await shared.session.queryAsync(`SET ${name} = ${value}`);
                }
                if (settings.createDatabase !== false)
                    await shared.session.queryAsync(`CREATE DATABASE IF NOT EXISTS ${quoteIdent(target.database)}`);
            }
            catch (error) {
                throw toClientError(error);
            }
        });
    }
    catch (error) {
        await release(target.path, shared);
        throw error;
    }
    return makeClient(target, shared, run);
}
function makeClient(target, shared, run) {
    let closed = false;
    return {
        target: target.display,
        database: target.database,
        async command(sql, params) {
            await run((s) => (params ? s.queryBindAsync(sql, params) : s.queryAsync(sql)));
        },
        async query(sql, params) {
            const format = { format: 'JSONEachRow' };
            const result = await run((s) => (params ? s.queryBindAsync(sql, params, format) : s.queryAsync(sql, format)));
            return parseRows(result.text());
        },
        async insert(table, rows) {
            if (rows.length === 0)
                return;
            // chDB takes no request body: the rows travel inline after FORMAT, as ClickHouse allows.
            const data = rows.map((row) => JSON.stringify(row)).join('\n');
            await run((s) => s.queryAsync(`INSERT INTO ${table} FORMAT JSONEachRow\n${data}`));
        },
        fork() {
            shared.users++;
            return makeClient(target, shared, run);
        },
        async close() {
            if (closed)
                return;
            closed = true;
            await release(target.path, shared);
        },
    };
}
async function release(path, shared) {
    shared.users--;
    if (shared.users > 0)
        return;
    await shared.queue.drain();
    if (shared.users > 0)
        return;
    sessions.delete(path);
    shared.session.close();
}

;// CONCATENATED MODULE: ./src/dialects/clickhouse/syntax.ts

/**
 * Reading ClickHouse SQL with its lexer: the head of an `ALTER TABLE`, and clauses cut out of
 * `system.tables.engine_full` without being fooled by strings or parentheses.
 */
/** Text the server wrote is well formed; a stray quote must not stop introspection. */
const tokens = (sql) => (0,lexer/* lexClickHouse */.uT)(sql, { lenient: true });
const isWord = (token, word) => token?.type === 'word' && token.raw.toUpperCase() === word;
/**
 * The table an `ALTER TABLE` statement targets, or null for any other statement. Every
 * `ALTER TABLE` may start mutations (UPDATE, DELETE, MATERIALIZE, CLEAR, MODIFY COLUMN, DROP
 * COLUMN...), so the caller watches `system.mutations` for that table around it.
 */
function alterTableTarget(sql) {
    const stream = tokens(sql);
    const next = () => {
        const r = stream.next();
        return r.done ? undefined : r.value;
    };
    if (!isWord(next(), 'ALTER'))
        return null;
    if (!isWord(next(), 'TABLE'))
        return null;
    let name = next();
    if (isWord(name, 'IF')) {
        if (!isWord(next(), 'EXISTS'))
            return null;
        name = next();
    }
    if (!name || (name.type !== 'word' && name.type !== 'quoted'))
        return null;
    const dot = next();
    if (dot?.type === 'punct' && dot.raw === '.') {
        const table = next();
        if (!table || (table.type !== 'word' && table.type !== 'quoted'))
            return null;
        return { database: name.value, table: table.value };
    }
    return { database: null, table: name.value };
}
/**
 * The ALTER TABLE commands that change only the table's metadata and never start a mutation:
 * existing parts are left as they are (a new index or projection is built for new parts; old
 * ones need MATERIALIZE, which is a mutation).
 */
const METADATA_ONLY = new Set([
    'ADD COLUMN', 'ADD INDEX', 'ADD CONSTRAINT', 'ADD PROJECTION', 'DROP CONSTRAINT',
    'COMMENT COLUMN', 'MODIFY COMMENT', 'MODIFY SETTING', 'RESET SETTING',
]);
/**
 * The table whose mutations an `ALTER TABLE` may start, or null: another statement, or an ALTER
 * whose every command (`ADD COLUMN a ..., ADD INDEX i ...`) only changes metadata, which the
 * caller then need not watch `system.mutations` around.
 */
function mutationTarget(sql) {
    const table = alterTableTarget(sql);
    if (!table)
        return null;
    const all = [...tokens(sql)];
    let i = 2; // past ALTER TABLE
    if (isWord(all[i], 'IF'))
        i += 2;
    i += all[i + 1]?.type === 'punct' && all[i + 1].raw === '.' ? 3 : 1;
    if (isWord(all[i], 'ON') && isWord(all[i + 1], 'CLUSTER'))
        i += 3;
    const commands = [[]];
    let depth = 0;
    for (const token of all.slice(i)) {
        if (token.type === 'punct') {
            if (token.raw === '(' || token.raw === '[')
                depth++;
            else if (token.raw === ')' || token.raw === ']')
                depth--;
            else if (token.raw === ',' && depth === 0) {
                commands.push([]);
                continue;
            }
            else if (token.raw === ';' && depth === 0)
                continue;
        }
        const command = commands.at(-1);
        if (command.length < 2)
            command.push(token.type === 'word' ? token.raw.toUpperCase() : token.raw);
    }
    return commands.every((words) => METADATA_ONLY.has(words.join(' '))) ? null : table;
}
/**
 * Splits at the separator where it stands outside parentheses, brackets and quotes:
 * `a, cityHash64(b, c)` \u2192 `a`, `cityHash64(b, c)`. Empty input gives an empty list.
 */
function splitTopLevel(text, separator = ',') {
    if (text.trim() === '')
        return [];
    const parts = [];
    let depth = 0;
    let from = 0;
    for (const token of tokens(text)) {
        if (token.type !== 'punct')
            continue;
        if (token.raw === '(' || token.raw === '[')
            depth++;
        else if (token.raw === ')' || token.raw === ']')
            depth--;
        else if (token.raw === separator && depth === 0) {
            parts.push(text.slice(from, token.start).trim());
            from = token.end;
        }
    }
    parts.push(text.slice(from).trim());
    return parts;
}
/**
 * The table-level `TTL ...` clause of an `engine_full` text (`MergeTree ORDER BY id TTL d +
 * toIntervalDay(30) SETTINGS index_granularity = 8192` \u2192 `d + toIntervalDay(30)`), or null.
 * Only top-level keywords count, so a string or function argument spelling TTL is ignored.
 */
function ttlClause(engineFull) {
    let depth = 0;
    let start = -1;
    for (const token of tokens(engineFull)) {
        if (token.type === 'punct') {
            if (token.raw === '(' || token.raw === '[')
                depth++;
            else if (token.raw === ')' || token.raw === ']')
                depth--;
            continue;
        }
        if (depth !== 0 || token.type !== 'word')
            continue;
        const word = token.raw.toUpperCase();
        if (start < 0 && word === 'TTL')
            start = token.end;
        else if (start >= 0 && word === 'SETTINGS')
            return engineFull.slice(start, token.start).trim() || null;
    }
    return start >= 0 ? engineFull.slice(start).trim() || null : null;
}
/** Clauses that may follow the engine in `engine_full`. */
const TABLE_CLAUSES = new Set(['ORDER', 'PARTITION', 'PRIMARY', 'SAMPLE', 'TTL', 'SETTINGS', 'COMMENT']);
/**
 * The engine's arguments in an `engine_full` text (`ReplacingMergeTree(ver, is_deleted) ORDER BY
 * id SETTINGS ...` \u2192 `ver, is_deleted`), or null when it has none. A replicated (or Cloud's
 * shared) engine's leading string arguments are its Keeper path and replica name: the
 * environment's, not the schema's, so they are left out.
 */
function engineArguments(engineFull) {
    let depth = 0;
    let open = -1;
    let close = -1;
    let name = '';
    for (const token of tokens(engineFull)) {
        if (token.type === 'punct') {
            if (token.raw === '(' || token.raw === '[') {
                if (depth === 0 && open < 0)
                    open = token.end;
                depth++;
            }
            else if (token.raw === ')' || token.raw === ']') {
                depth--;
                if (depth === 0 && close < 0)
                    close = token.start;
            }
            continue;
        }
        if (depth !== 0)
            continue;
        if (token.type === 'word' && TABLE_CLAUSES.has(token.raw.toUpperCase()))
            break;
        if (token.type === 'word' && name === '')
            name = token.raw;
    }
    if (open < 0 || close < 0)
        return null;
    let args = splitTopLevel(engineFull.slice(open, close));
    if (/^(Replicated|Shared)/.test(name)) {
        while (args.length > 0 && /^'.*'$/s.test(args[0]))
            args = args.slice(1);
    }
    return args.length > 0 ? args.join(', ') : null;
}
/**
 * What follows the column list of a `CREATE` query (`CREATE DICTIONARY d (id UInt64) PRIMARY
 * KEY id SOURCE(...)` \u2192 `PRIMARY KEY id SOURCE(...)`), or null when there is no column list.
 */
function afterColumnList(createQuery) {
    let depth = 0;
    for (const token of tokens(createQuery)) {
        if (token.type !== 'punct')
            continue;
        if (token.raw === '(')
            depth++;
        else if (token.raw === ')' && --depth === 0)
            return createQuery.slice(token.end).trim() || null;
    }
    return null;
}
/** `(id, ts)` and `id, ts` both mean the key [id, ts]; an explicit PRIMARY KEY keeps its parentheses. */
function keyColumns(key) {
    let text = key.trim();
    if (text.startsWith('(') && text.endsWith(')')) {
        let depth = 0;
        let wrapsAll = true;
        for (const token of tokens(text)) {
            if (token.type !== 'punct')
                continue;
            if (token.raw === '(')
                depth++;
            else if (token.raw === ')') {
                depth--;
                if (depth === 0 && token.end < text.length)
                    wrapsAll = false;
            }
        }
        if (wrapsAll)
            text = text.slice(1, -1);
    }
    return splitTopLevel(text);
}

;// CONCATENATED MODULE: ./src/engines/clickhouse/introspect.ts


const OBJECT_TYPES = {
    View: 'view',
    MaterializedView: 'materialized_view',
    LiveView: 'view',
    WindowView: 'view',
    Dictionary: 'dictionary',
};
/** ClickHouse Cloud reports SharedMergeTree etc.; a snapshot from a server says MergeTree. */
function normalizeEngine(engine) {
    return engine.startsWith('Shared') && engine.endsWith('MergeTree') ? engine.slice('Shared'.length) : engine;
}
function isNullableType(type) {
    return type.startsWith('Nullable(') || type.startsWith('LowCardinality(Nullable(');
}
function withoutEmpty(properties) {
    const kept = Object.entries(properties).filter((entry) => typeof entry[1] === 'string' && entry[1] !== '');
    return kept.length ? Object.fromEntries(kept) : undefined;
}
function toColumnSchema(row) {
    const properties = withoutEmpty({ default_kind: row.default_kind, codec: row.compression_codec });
    return {
        name: row.name,
        type: row.type,
        nullable: isNullableType(row.type),
        default: row.default_expression || null,
        ...(properties ? { properties } : {}),
    };
}
/** ClickHouse qualifies names in a view's stored query with its database; drop that. */
function unqualify(query, database) {
    const escaped = database.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return query.replace(new RegExp(`(^|[^\\w.\`])(?:${escaped}|\`${escaped}\`)\\.`, 'g'), '$1');
}
/** A materialized view's `TO` table, unqualified (`CREATE MATERIALIZED VIEW mv TO target (...)`). */
function viewTarget(createQuery) {
    return /^CREATE MATERIALIZED VIEW\s+(?:`[^`]*`|\S+)\s+TO\s+(`[^`]*`|[^\s(]+)/i.exec(createQuery)?.[1] ?? null;
}
/** A row policy as `CREATE ROW POLICY` states it after its name and table. */
function rowPolicyDefinition(row) {
    const to = row.apply_to_all ? ['ALL', ...(row.apply_to_except.length ? [`EXCEPT ${[...row.apply_to_except].sort().join(', ')}`] : [])].join(' ') : [...row.apply_to_list].sort().join(', ');
    return `AS ${row.is_restrictive ? 'RESTRICTIVE' : 'PERMISSIVE'} FOR SELECT USING ${row.select_filter ?? 'true'} TO ${to || 'NONE'}`;
}
function toTableSchema(database, table, columns, extras) {
    const type = OBJECT_TYPES[table.engine] ?? 'table';
    const createQuery = unqualify(table.create_table_query ?? '', database);
    const declared = extras.indices.filter((i) => !i.creation || i.creation === 'Explicit');
    const properties = withoutEmpty({
        engine: normalizeEngine(table.engine),
        engine_arguments: table.engine_full ? engineArguments(table.engine_full) : null,
        sorting_key: table.sorting_key,
        partition_key: table.partition_key,
        sampling_key: table.sampling_key,
        ttl: table.engine_full ? ttlClause(table.engine_full) : null,
        query: type === 'table' || type === 'dictionary' ? '' : unqualify(table.as_select, database),
        target: type === 'materialized_view' ? viewTarget(createQuery) : null,
        definition: type === 'dictionary' ? afterColumnList(createQuery) : null,
        indices: declared
            .map((i) => `${i.name}:${i.type_full || i.type}:${i.expr}`)
            .sort()
            .join('; '),
        skipping_index_granularity: declared
            .map((i) => `${i.name}:${i.granularity}`)
            .sort()
            .join('; '),
        projections: (extras.projections ?? [])
            .map((p) => `${p.name}: ${p.query}`)
            .sort()
            .join('; '),
    });
    const policies = extras.rowPolicies && type !== 'dictionary' ? Object.fromEntries(extras.rowPolicies.map((p) => [p.short_name, rowPolicyDefinition(p)])) : null;
    return {
        // The database is the environment (app_staging, app), not part of the schema: a snapshot
        // written from one must verify another.
        schema: '',
        name: table.name,
        type,
        columns: columns.map(toColumnSchema),
        primaryKey: keyColumns(table.primary_key),
        ...(properties ? { properties } : {}),
        ...(policies ? { parts: { row_policy: policies } } : {}),
    };
}
/** Whether the server has `system.<name>` (older servers lack projections, row policies). */
async function hasSystemTable(client, name) {
    return (await client.query("SELECT 1 FROM system.tables WHERE database = 'system' AND name = {name:String}", { name })).length > 0;
}
/**
 * Row policies of the database, or null when they cannot be read: chDB and users without
 * `SHOW ROW POLICIES` are refused, and then the snapshot states no policies rather than "none".
 */
async function rowPolicies(client, params) {
    if (!(await hasSystemTable(client, 'row_policies')))
        return null;
    try {
        return await client.query('SELECT table, short_name, select_filter, is_restrictive, apply_to_all, apply_to_list, apply_to_except FROM system.row_policies WHERE database = {db:String}', params);
    }
    catch (error) {
        if (error instanceof errors/* ClickHouseError */.L7 && error.type === 'ACCESS_DENIED')
            return null;
        throw error;
    }
}
async function introspectClickHouse(client, database, exclude) {
    const excluded = new Set(exclude);
    const params = { db: database };
    const tables = (await client.query(`SELECT name, engine, engine_full, sorting_key, primary_key, partition_key, sampling_key, as_select, create_table_query
FROM system.tables WHERE database = {db:String} AND NOT is_temporary ORDER BY name`, params)).filter((t) => !excluded.has(t.name) && !t.name.startsWith('.inner'));
    const columns = await client.query(`SELECT table, name, type, default_kind, default_expression, compression_codec
FROM system.columns WHERE database = {db:String} ORDER BY table, position`, params);
    const indices = await client.query('SELECT * FROM system.data_skipping_indices WHERE database = {db:String} ORDER BY table, name', params);
    const projections = (await hasSystemTable(client, 'projections'))
        ? await client.query('SELECT table, name, query FROM system.projections WHERE database = {db:String}', params)
        : [];
    const policies = await rowPolicies(client, params);
    return {
        engine: 'clickhouse',
        tables: tables.map((t) => toTableSchema(database, t, columns.filter((c) => c.table === t.name), {
            indices: indices.filter((i) => i.table === t.name),
            projections: projections.filter((p) => p.table === t.name),
            ...(policies ? { rowPolicies: policies.filter((p) => p.table === t.name) } : {}),
        })),
    };
}

;// CONCATENATED MODULE: ./src/engines/journal-shape.ts

/**
 * What every engine's journal shares about its own shape: the version kept in the attempts
 * table's comment (`schemagate journal vN: \u2026`; none means a journal from before versioning,
 * version 1), and the refusals when the tables are not what this schemagate can read exactly.
 */
const VERSION_COMMENT = /^schemagate journal v(\d+)\b/;
/** The version a comment states; null when there is none (a journal from before versioning). */
function journalVersionOf(comment) {
    const match = comment ? VERSION_COMMENT.exec(comment) : null;
    return match ? Number(match[1]) : null;
}
const versionComment = (version, what) => `schemagate journal v${version}: ${what}`;
function newerJournal(location, version, supported) {
    return new src_errors/* SchemagateError */.RA('refused', `The journal ${location} is version ${version}, written by a newer schemagate; this one reads up to version ${supported}.`, {
        hint: 'Run the newer schemagate (pin the same version in every workflow that migrates this database).',
    });
}
function damagedJournal(location, what) {
    return new src_errors/* SchemagateError */.RA('refused', `The journal ${location} ${what}.`, {
        hint: 'The journal tables were changed outside schemagate. Restore them from a backup (or re-create the missing table or column as schemagate creates it), ' +
            'or point `journal-table` at a fresh journal and record what is applied with mode `baseline`.',
    });
}
/** `table.column` for each expected column the database lacks. */
function missingColumns(expected, present) {
    const have = new Set(present.map((p) => `${p.table}.${p.column}`));
    return Object.entries(expected).flatMap(([table, columns]) => columns.map((c) => `${table}.${c}`).filter((name) => !have.has(name)));
}
const lacksColumns = (missing) => `lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`;

;// CONCATENATED MODULE: ./src/engines/clickhouse/journal.ts


function journalNames(database, table) {
    return { database, attempts: table, statements: `${table}_statements`, lock: `${table}_lock` };
}
const onCluster = (cluster) => (cluster ? ` ON CLUSTER ${quoteIdent(cluster)}` : '');
/** The MergeTree family engine clause, replicated in cluster mode. */
function mergeTreeEngine(base, args, cluster) {
    if (!cluster)
        return `${base}(${args.join(', ')})`;
    const replicated = ["'/clickhouse/schemagate/{database}/{table}'", "'{shard}-{replica}'", ...args];
    return `Replicated${base}(${replicated.join(', ')})`;
}
/**
 * The version of the journal's shape, kept in the attempts table's comment. ClickHouse has no
 * transactional DDL, so a newer schemagate upgrades an older journal with idempotent statements
 * (ADD COLUMN IF NOT EXISTS), listed here under the version they lead to, before it states the
 * new version; a run cut short repeats them.
 */
const JOURNAL_VERSION = 2;
const JOURNAL_UPGRADES = {
    // How often a migration's statements gave up waiting for a lock (always 0 here: see engine.ts RunOptions).
    2: (names, cluster) => [`ALTER TABLE ${qualifiedName(names.database, names.attempts)}${onCluster(cluster)} ADD COLUMN IF NOT EXISTS lock_retries UInt32 DEFAULT 0`],
};
const ATTEMPT_COLUMNS = [
    ['attempt_id', 'String'],
    ['migration_id', 'String'],
    ['name', 'String'],
    ['kind', 'LowCardinality(String)'],
    ['checksum', 'String'],
    ['checksum_algorithm', 'LowCardinality(String)'],
    ['status', 'LowCardinality(String)'],
    ['started_at', "DateTime64(3, 'UTC')"],
    ['finished_at', "Nullable(DateTime64(3, 'UTC'))"],
    ['duration_ms', 'Nullable(UInt64)'],
    ['statement_count', 'UInt32'],
    ['statements_applied', 'UInt32'],
    ['transactional', 'Bool'],
    ['error', 'Nullable(String)'],
    ['error_statement_index', 'Nullable(UInt32)'],
    ['error_line', 'Nullable(UInt32)'],
    ['out_of_order', 'Bool'],
    ['note', 'Nullable(String)'],
    ['actor', 'Nullable(String)'],
    ['run_url', 'Nullable(String)'],
    ['commit_sha', 'Nullable(String)'],
    ['environment', 'Nullable(String)'],
    ['tool_version', 'String'],
    ['lock_retries', 'UInt32 DEFAULT 0'],
    ['version', "UInt64 COMMENT 'row version: the highest per attempt_id is current'"],
];
/** The journal version that added a column, for the columns added after version 1. */
const COLUMN_SINCE = { lock_retries: 2 };
const STATEMENT_COLUMNS = [
    ['attempt_id', 'String'],
    ['migration_id', 'String'],
    ['statement_index', 'UInt32'],
    ['statement_hash', 'String'],
    ['finished_at', "DateTime64(3, 'UTC')"],
];
const columnList = (columns) => columns.map(([name, type]) => `  ${name} ${type}`).join(',\n');
const ATTEMPTS_COMMENT = versionComment(JOURNAL_VERSION, 'one row per attempt, read with FINAL');
/** The journal's database, which also holds the lock table (lock.ts). */
const databaseDdl = (names, cluster) => `CREATE DATABASE IF NOT EXISTS ${quoteIdent(names.database)}${onCluster(cluster)}`;
function journalDdl(names, cluster) {
    const on = onCluster(cluster);
    return [
        databaseDdl(names, cluster),
        `CREATE TABLE IF NOT EXISTS ${qualifiedName(names.database, names.attempts)}${on} (
${columnList(ATTEMPT_COLUMNS)}
) ENGINE = ${mergeTreeEngine('ReplacingMergeTree', ['version'], cluster)}
ORDER BY attempt_id
COMMENT '${ATTEMPTS_COMMENT}'`,
        `CREATE TABLE IF NOT EXISTS ${qualifiedName(names.database, names.statements)}${on} (
${columnList(STATEMENT_COLUMNS)}
) ENGINE = ${mergeTreeEngine('ReplacingMergeTree', [], cluster)}
ORDER BY (attempt_id, statement_index)
COMMENT 'schemagate: statements completed by each attempt'`,
    ];
}
/** Which of the journal tables exist, and the attempts table's comment (reading must not create them). */
async function journalTables(client, names) {
    const rows = await client.query('SELECT name, comment FROM system.tables WHERE database = {db:String} AND name IN ({attempts:String}, {statements:String})', { db: names.database, attempts: names.attempts, statements: names.statements });
    const attempts = rows.find((r) => r.name === names.attempts);
    return { attempts: attempts ? { comment: attempts.comment } : null, statements: rows.some((r) => r.name === names.statements) };
}
/**
 * Creates what is missing, upgrades an older journal, then states the version it now has. A
 * current journal (both tables, this version) costs the one look and no DDL.
 */
async function ensureJournal(client, names, cluster) {
    const tables = await journalTables(client, names);
    const existing = tables.attempts;
    if (existing?.comment === ATTEMPTS_COMMENT && tables.statements)
        return;
    for (const ddl of journalDdl(names, cluster))
        await client.command(ddl, undefined, { idempotent: true });
    if (!existing || existing.comment === ATTEMPTS_COMMENT)
        return;
    for (let version = (journalVersionOf(existing.comment) ?? 1) + 1; version <= JOURNAL_VERSION; version++) {
        for (const ddl of JOURNAL_UPGRADES[version]?.(names, cluster) ?? [])
            await client.command(ddl, undefined, { idempotent: true });
    }
    await client.command(`ALTER TABLE ${qualifiedName(names.database, names.attempts)}${onCluster(cluster)} MODIFY COMMENT '${ATTEMPTS_COMMENT}'`, undefined, { idempotent: true });
}
let lastVersion = 0n;
/** Strictly increasing within the process, and ms-time based across processes. */
function nextVersion() {
    const now = BigInt(Date.now()) * 1000n;
    lastVersion = now > lastVersion ? now : lastVersion + 1n;
    return lastVersion;
}
const time = (date) => (date ? toDateTime64Text(date) : null);
function attemptRecord(row, version = nextVersion()) {
    return {
        attempt_id: row.attemptId,
        migration_id: row.migrationId,
        name: row.name,
        kind: row.kind,
        checksum: row.checksum,
        checksum_algorithm: row.checksumAlgorithm,
        status: row.status,
        started_at: time(row.startedAt),
        finished_at: time(row.finishedAt),
        duration_ms: row.durationMs === null ? null : Math.max(0, Math.round(row.durationMs)),
        statement_count: row.statementCount,
        statements_applied: row.statementsApplied,
        transactional: row.transactional,
        error: row.error,
        error_statement_index: row.errorStatementIndex,
        error_line: row.errorLine,
        out_of_order: row.outOfOrder,
        note: row.note,
        actor: row.actor,
        run_url: row.runUrl,
        commit_sha: row.commitSha,
        environment: row.environment,
        tool_version: row.toolVersion,
        lock_retries: row.lockRetries,
        version: version.toString(),
    };
}
/** 64-bit integers arrive as JSON strings (output_format_json_quote_64bit_integers). */
const num = (value) => Number(value);
function toJournalRow(r) {
    return {
        attemptId: r.attempt_id,
        migrationId: r.migration_id,
        name: r.name,
        kind: r.kind,
        checksum: r.checksum,
        checksumAlgorithm: r.checksum_algorithm,
        status: r.status,
        startedAt: fromDateTime64Text(r.started_at),
        finishedAt: r.finished_at === null ? null : fromDateTime64Text(r.finished_at),
        durationMs: r.duration_ms === null ? null : num(r.duration_ms),
        statementCount: num(r.statement_count),
        statementsApplied: num(r.statements_applied),
        transactional: Boolean(r.transactional),
        error: r.error,
        errorStatementIndex: r.error_statement_index === null ? null : num(r.error_statement_index),
        errorLine: r.error_line === null ? null : num(r.error_line),
        outOfOrder: Boolean(r.out_of_order),
        note: r.note,
        actor: r.actor,
        runUrl: r.run_url,
        commitSha: r.commit_sha,
        environment: r.environment,
        toolVersion: r.tool_version,
        lockRetries: num(r.lock_retries ?? 0),
    };
}
function statementRecord(row) {
    return {
        attempt_id: row.attemptId,
        migration_id: row.migrationId,
        statement_index: row.statementIndex,
        statement_hash: row.statementHash,
        finished_at: toDateTime64Text(row.finishedAt),
    };
}
function toStatementRow(r) {
    return {
        attemptId: r.attempt_id,
        migrationId: r.migration_id,
        statementIndex: num(r.statement_index),
        statementHash: r.statement_hash,
        finishedAt: fromDateTime64Text(r.finished_at),
    };
}
/**
 * Refuses a journal this schemagate cannot read exactly: a newer version, a missing column, or
 * no statements table while an attempt's progress would be kept there. A statements table that
 * is merely missing (a run cut short while creating the journal: ClickHouse DDL is not
 * transactional) is created by the next apply.
 */
async function checkShape(client, names, tables) {
    const location = `${names.database}.${names.attempts}`;
    const version = journalVersionOf(tables.attempts?.comment);
    if (version !== null && version > JOURNAL_VERSION)
        throw newerJournal(location, version, JOURNAL_VERSION);
    const columns = await client.query('SELECT table, name AS column FROM system.columns WHERE database = {db:String} AND table IN ({attempts:String}, {statements:String})', { db: names.database, attempts: names.attempts, statements: names.statements });
    const expected = {
        [names.attempts]: ATTEMPT_COLUMNS.map(([name]) => name).filter((name) => (COLUMN_SINCE[name] ?? 1) <= (version ?? 1)),
        ...(tables.statements ? { [names.statements]: STATEMENT_COLUMNS.map(([name]) => name) } : {}),
    };
    const missing = missingColumns(expected, columns);
    if (missing.length > 0)
        throw damagedJournal(location, lacksColumns(missing));
}
async function readJournal(client, names) {
    const tables = await journalTables(client, names);
    if (!tables.attempts)
        return { attempts: [], statements: [] };
    await checkShape(client, names, tables);
    const attempts = (await client.query(`SELECT * EXCEPT (version) FROM ${qualifiedName(names.database, names.attempts)} FINAL ORDER BY started_at, attempt_id`)).map(toJournalRow);
    if (!tables.statements && attempts.some((a) => a.status !== 'applied')) {
        throw damagedJournal(`${names.database}.${names.attempts}`, `has no ${names.statements} table, which holds the progress of the interrupted attempts`);
    }
    const statements = tables.statements
        ? await client.query(`SELECT * FROM ${qualifiedName(names.database, names.statements)} FINAL ORDER BY attempt_id, statement_index`)
        : [];
    return { attempts, statements: statements.map(toStatementRow) };
}
/**
 * The rows go in one INSERT: one block, and (the table has no PARTITION BY) one part, which
 * becomes visible whole or not at all.
 */
async function writeAttempts(client, names, rows) {
    await client.insert(qualifiedName(names.database, names.attempts), rows.map((row) => attemptRecord(row)));
}
async function writeStatement(client, names, row) {
    await client.insert(qualifiedName(names.database, names.statements), [statementRecord(row)]);
}

;// CONCATENATED MODULE: ./src/engines/holder.ts

/**
 * Whether the run named in a lock holder's owner string (`\u2026 on HOST pid N`, as ownerName in
 * core/run.ts writes it) provably cannot be alive: it ran on this host and its process is gone.
 * On another host nothing is provable, so the answer is false.
 */
function holderIsDead(owner, host = (0,external_node_os_.hostname)()) {
    const match = / on (\S+) pid (\d+)/.exec(owner);
    if (!match || match[1] !== host)
        return false;
    try {
        process.kill(Number(match[2]), 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/engines/clickhouse/lock.ts








const lock_describeHolder = (h) => `${h.owner}, lease expires ${h.expiresAt} UTC`;
// ---- best-effort lease on a ReplacingMergeTree ------------------------------------------------
function replacingDdl(names, cluster) {
    return `CREATE TABLE IF NOT EXISTS ${qualifiedName(names.database, names.lock)}${onCluster(cluster)} (
  lock_name String,
  generation UInt64,
  token String,
  owner String,
  claimed_at DateTime64(6, 'UTC'),
  expires_at DateTime64(3, 'UTC'),
  released Bool,
  version UInt64
) ENGINE = ${mergeTreeEngine('ReplacingMergeTree', ['version'], cluster)}
ORDER BY (lock_name, generation, token)
TTL toDateTime(expires_at) + INTERVAL 30 DAY
SETTINGS non_replicated_deduplication_window = ${DEDUPLICATION_WINDOW}, replicated_deduplication_window = ${DEDUPLICATION_WINDOW}
COMMENT 'schemagate: migration lock lease (best effort, see docs)'`;
}
/** How many recent inserts a lease table remembers to drop a repeated claim: far more than a generation's competitors. */
const DEDUPLICATION_WINDOW = 1000;
/** Whether the lease table drops a second insert with the same deduplication token (a table created by this version does). */
function deduplicates(engine, engineFull) {
    const window = /^(Replicated|Shared)/.test(engine) ? 'replicated_deduplication_window' : 'non_replicated_deduplication_window';
    return new RegExp(`(^|[^_a-z])${window} = [1-9]`).test(engineFull);
}
function replacingStore(client, names, lockName, settings, deduplicated) {
    const table = qualifiedName(names.database, names.lock);
    const lease = { name: lockName, lease: settings.leaseMs };
    // The latest generation's winner: its earliest claim.
    const readHolder = async () => {
        const rows = await client.query(`SELECT generation, token, owner, toString(expires_at) AS expires_text, expires_at <= now64(3) AS expired, released
FROM ${table} FINAL WHERE lock_name = {name:String}
ORDER BY generation DESC, claimed_at ASC, token ASC LIMIT 1`, { name: lockName });
        const r = rows[0];
        if (!r)
            return null;
        return {
            token: r.token, owner: r.owner, expiresAt: r.expires_text, expired: Boolean(Number(r.expired)),
            released: Boolean(r.released), generation: Number(r.generation),
        };
    };
    // Rewrites our own row (same key, higher version), keeping claimed_at, the tie-breaker.
    const rewrite = (token, generation, release) => client.command(`INSERT INTO ${table} (lock_name, generation, token, owner, claimed_at, expires_at, released, version)
SELECT lock_name, generation, token, owner, claimed_at,
  ${release ? 'now64(3)' : 'now64(3) + toIntervalMillisecond({lease:UInt64})'}, ${release ? 'true' : 'false'}, {version:UInt64}
FROM ${table} FINAL WHERE lock_name = {name:String} AND generation = {generation:UInt64} AND token = {token:String}`, { ...lease, token, generation, version: nextVersion().toString() }, { idempotent: true });
    // Every claim of one generation of one lock carries the same token, so a deduplicating table keeps only the first.
    const claim = (token, owner, generation) => client.command(`INSERT INTO ${table} (lock_name, generation, token, owner, claimed_at, expires_at, released, version)
${deduplicated ? `SETTINGS insert_deduplicate = 1, insert_deduplication_token = ${quoteString(`${lockName}:${generation}`)}
` : ''}SELECT {name:String}, {generation:UInt64}, {token:String}, {owner:String}, now64(6),
  now64(3) + toIntervalMillisecond({lease:UInt64}), false, {version:UInt64}`, { ...lease, generation, token, owner, version: nextVersion().toString() }, { idempotent: true });
    let held = null;
    return {
        async tryAcquire(token, owner) {
            const current = await readHolder();
            if (current && !current.released && !current.expired && !holderIsDead(current.owner))
                return current;
            let generation = (current?.generation ?? 0) + 1;
            await claim(token, owner, generation);
            let winner = await readHolder();
            if (deduplicated) {
                // No row of our generation: the lease went unused past its rows' TTL (30 days), and a
                // claim of this generation from before, still in the deduplication window, took our
                // claim's token. Competitors that meet the same end claim the next generation too, with
                // its one token.
                for (let skipped = 0; (winner?.generation ?? 0) < generation && skipped < DEDUPLICATION_WINDOW; skipped++) {
                    await claim(token, owner, ++generation);
                    winner = await readHolder();
                }
                if (winner?.token === token && winner.generation === generation) {
                    held = { token, generation };
                    return null;
                }
            }
            else if (winner?.token === token && winner.generation === generation) {
                await (0,external_node_timers_promises_namespaceObject.setTimeout)(settings.settleMs);
                winner = await readHolder();
                if (winner?.token === token && winner.generation === generation) {
                    held = { token, generation };
                    return null;
                }
            }
            if (!winner)
                throw new Error(`The lock claim written to ${table} could not be read back.`);
            return winner;
        },
        async renew(token) {
            const current = await readHolder();
            if (!held || current?.token !== token || current.generation !== held.generation)
                return false;
            await rewrite(token, held.generation, false);
            return true;
        },
        async release(token) {
            if (held?.token === token)
                await rewrite(token, held.generation, true);
            held = null;
        },
    };
}
// ---- KeeperMap (atomic where Keeper is available) ---------------------------------------------
function keeperMapDdl(names, cluster) {
    const root = `/schemagate/${names.database}/${names.lock}`.replace(/'/g, '');
    return `CREATE TABLE IF NOT EXISTS ${qualifiedName(names.database, names.lock)}${onCluster(cluster)} (
  lock_name String,
  token String,
  owner String,
  expires_at DateTime64(3, 'UTC')
) ENGINE = KeeperMap('${root}') PRIMARY KEY lock_name`;
}
function keeperMapStore(client, names, lockName, settings) {
    const table = qualifiedName(names.database, names.lock);
    const readHolder = async () => {
        const rows = await client.query(`SELECT token, owner, toString(expires_at) AS expires_text, expires_at <= now64(3) AS expired FROM ${table} WHERE lock_name = {name:String}`, { name: lockName });
        const r = rows[0];
        return r ? { token: r.token, owner: r.owner, expiresAt: r.expires_text, expired: Boolean(Number(r.expired)), released: false, generation: 0 } : null;
    };
    // With keeper_map_strict_mode=1 (set on this client) the insert fails when the key exists.
    const insert = (token, owner) => client.command(`INSERT INTO ${table} (lock_name, token, owner, expires_at)
SELECT {name:String}, {token:String}, {owner:String}, now64(3) + toIntervalMillisecond({lease:UInt64})`, { name: lockName, token, owner, lease: settings.leaseMs });
    return {
        async tryAcquire(token, owner) {
            try {
                await insert(token, owner);
                return null;
            }
            catch (error) {
                if (!(error instanceof errors/* ClickHouseError */.L7))
                    throw error;
            }
            const current = await readHolder();
            if (!current)
                return { token: '', owner: '(released just now)', expiresAt: '-', expired: true, released: true, generation: 0 };
            if (!current.expired && !holderIsDead(current.owner))
                return current;
            // Expired, or its holder provably dead: remove exactly that holder's key (strict mode refuses if it changed meanwhile),
            // then race for the insert, which only one run can win.
            await client
                .command(`DELETE FROM ${table} WHERE lock_name = {name:String} AND token = {token:String}`, { name: lockName, token: current.token })
                .catch(() => undefined);
            try {
                await insert(token, owner);
                return null;
            }
            catch (error) {
                if (!(error instanceof errors/* ClickHouseError */.L7))
                    throw error;
                return (await readHolder()) ?? current;
            }
        },
        async renew(token) {
            const current = await readHolder();
            if (current?.token !== token)
                return false;
            await client.command(`ALTER TABLE ${table} UPDATE expires_at = now64(3) + toIntervalMillisecond({lease:UInt64}) WHERE lock_name = {name:String} AND token = {token:String}`, { name: lockName, token, lease: settings.leaseMs });
            return true;
        },
        async release(token) {
            await client.command(`DELETE FROM ${table} WHERE lock_name = {name:String} AND token = {token:String}`, { name: lockName, token });
        },
    };
}
function lockDdl(kind, names, cluster) {
    return kind === 'keeper-map' ? keeperMapDdl(names, cluster) : replacingDdl(names, cluster);
}
/**
 * Creates the lock table if needed and says which store it is. An existing table decides (every
 * run must agree on the protocol); a new one is KeeperMap if the server accepts it.
 */
async function prepareLockTable(client, names, settings) {
    const existing = async () => (await client.query('SELECT engine, engine_full FROM system.tables WHERE database = {db:String} AND name = {name:String}', {
        db: names.database,
        name: names.lock,
    }))[0];
    let table = await existing();
    if (!table) {
        // The lock table lives with the journal, whose database may not exist yet.
        await client.command(databaseDdl(names, settings.cluster), undefined, { idempotent: true });
        try {
            await client.command(lockDdl('keeper-map', names, settings.cluster), undefined, { idempotent: true });
        }
        catch (error) {
            if (!(error instanceof errors/* ClickHouseError */.L7))
                throw error;
            // Servers without ClickHouse Keeper (chDB, a single node) are the usual case, not a fault.
            settings.log?.('Migration lock: a lease table (KeeperMap needs ClickHouse Keeper, which this server does not run).');
            await client.command(lockDdl('replacing', names, settings.cluster), undefined, { idempotent: true });
        }
        table = await existing();
    }
    if (table?.engine === 'KeeperMap')
        return { kind: 'keeper-map', deduplicated: false };
    return { kind: 'replacing', deduplicated: table ? deduplicates(table.engine, table.engine_full) : false };
}
/**
 * Waits for the lease (polling every pollMs, reporting the holder through onWait), then keeps
 * it alive until release. `openClient` gives the client the lease talks through, which must
 * be usable while a statement runs on the engine's own client.
 */
async function acquireLease(openClient, detectClient, names, lockName, options, settings) {
    const { kind, deduplicated } = await prepareLockTable(detectClient, names, settings);
    const client = openClient(kind);
    const store = kind === 'keeper-map' ? keeperMapStore(client, names, lockName, settings) : replacingStore(client, names, lockName, settings, deduplicated);
    const token = (0,external_node_crypto_.randomUUID)();
    const owner = `${options.owner} (host ${(0,external_node_os_.hostname)()}, pid ${process.pid})`;
    const started = Date.now();
    try {
        for (;;) {
            const holder = await store.tryAcquire(token, owner);
            if (!holder)
                break;
            const waited = Date.now() - started;
            if (waited >= options.timeoutMs) {
                throw new src_errors/* SchemagateError */.RA('lock-timeout', `Timed out after ${Math.round(waited / 1000)}s waiting for the migration lock on ClickHouse database ${lockName}: held by ${lock_describeHolder(holder)}.`, {
                    hint: `Another run is applying migrations here. If it died, its lease expires at ${holder.expiresAt} UTC and the next run takes over; give ClickHouse workflows a \`concurrency\` group so runs queue instead.`,
                });
            }
            options.onWait?.(lock_describeHolder(holder));
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(Math.min(settings.pollMs, options.timeoutMs - waited));
        }
    }
    catch (error) {
        await client.close();
        throw error;
    }
    let renewing = null;
    let lost = false;
    const heartbeat = setInterval(() => {
        if (renewing || lost)
            return;
        renewing = store
            .renew(token)
            .then((ok) => {
            if (!ok) {
                lost = true;
                settings.log?.(`Lost the migration lock on ${lockName}: another run took over the lease. Its statements may now run concurrently with ours.`);
            }
        })
            .catch((error) => settings.log?.(`Could not renew the migration lock lease on ${lockName}: ${(0,errors/* messageOf */.bD)(error)}`))
            .finally(() => {
            renewing = null;
        });
    }, Math.max(50, Math.floor(settings.leaseMs / 3)));
    // A forgotten release must not keep the process alive; the lease then simply expires.
    heartbeat.unref();
    let released = null;
    return {
        store: kind,
        release() {
            released ??= (async () => {
                clearInterval(heartbeat);
                await renewing;
                try {
                    if (!lost)
                        await store.release(token);
                }
                finally {
                    await client.close();
                }
            })();
            return released;
        },
    };
}

;// CONCATENATED MODULE: ./src/engines/clickhouse/mutations.ts

const MUTATIONS_SQL = `SELECT mutation_id, command, is_done, parts_to_do, latest_fail_reason, latest_fail_error_code_name
FROM system.mutations WHERE database = {db:String} AND table = {table:String}`;
function resolveTable(ref, client) {
    return { database: ref.database ?? client.database, table: ref.table };
}
async function mutationIds(client, ref) {
    const { database, table } = resolveTable(ref, client);
    const rows = await client.query(MUTATIONS_SQL, { db: database, table });
    return new Set(rows.map((r) => r.mutation_id));
}
class MutationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MutationError';
    }
}
async function waitForMutations(client, ref, before, options) {
    const { database, table } = resolveTable(ref, client);
    const name = `${database}.${table}`;
    const started = Date.now();
    const progressEvery = options.progressEveryMs ?? 10_000;
    let lastLog = -Infinity;
    let pause = 100;
    for (;;) {
        const rows = (await client.query(MUTATIONS_SQL, { db: database, table })).filter((r) => !before.has(r.mutation_id));
        const pending = rows.filter((r) => !Number(r.is_done));
        const failed = pending.find((r) => r.latest_fail_reason);
        if (failed) {
            // ClickHouse retries a failing mutation forever; the migration must not pretend it will pass.
            throw new MutationError(`Mutation ${failed.mutation_id} on ${name} failed: ${failed.latest_fail_reason.replace(/\s*\(version [^)]*\)\s*$/, '')}` +
                ` It is still queued and will be retried by the server; stop it with KILL MUTATION WHERE database = '${database}' AND table = '${table}' AND mutation_id = '${failed.mutation_id}'.`);
        }
        if (pending.length === 0)
            return;
        const elapsed = Date.now() - started;
        const partsLeft = pending.reduce((sum, r) => sum + Number(r.parts_to_do), 0);
        if (elapsed >= options.timeoutMs) {
            throw new MutationError(`Mutation ${pending.map((r) => r.mutation_id).join(', ')} on ${name} is still running after ${Math.round(elapsed / 1000)}s (${partsLeft} parts left).` +
                ' It continues in the background; wait for it in system.mutations (or KILL MUTATION) before resuming.');
        }
        if (Date.now() - lastLog >= progressEvery) {
            options.log?.(`Waiting for mutation ${pending.map((r) => r.mutation_id).join(', ')} on ${name}: ${partsLeft} parts left, ${Math.round(elapsed / 1000)}s elapsed.`);
            lastLog = Date.now();
        }
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(Math.min(pause, Math.max(0, options.timeoutMs - elapsed)) || 1);
        pause = Math.min(pause * 2, options.maxPollMs ?? 2000);
    }
}

;// CONCATENATED MODULE: ./src/engines/clickhouse/engine.ts











/** Default wait for a mutation when EngineOptions.mutationTimeoutMs is unset. */
const DEFAULT_MUTATION_TIMEOUT_MS = 60 * 60 * 1000;
const USER_TABLES = "database NOT IN ('system', 'INFORMATION_SCHEMA', 'information_schema') AND NOT is_temporary";
class ClickHouseEngine {
    client;
    options;
    kind = 'clickhouse';
    journalLocation;
    names;
    /** ClickHouse has no transactions: migrations run statement by statement, each one journaled. */
    transactions = undefined;
    leases = new Set();
    adopted;
    constructor(client, options) {
        this.client = client;
        this.options = options;
        this.names = journalNames(options.journalSchema ?? client.database, options.journalTable);
        this.journalLocation = `${this.names.database}.${this.names.attempts}`;
        this.adopted = new Adopter(CLICKHOUSE_ADOPTED, options.adopt, clickhouseCatalog(options.log));
    }
    /** Where the engine talks to, without the password. */
    get target() {
        return this.client.target;
    }
    /**
     * One statement per request. An `ALTER TABLE` may start mutations, which ClickHouse runs in
     * the background: the statement is done when they are (see mutations.ts). One whose commands
     * only change metadata (`ADD COLUMN`...) starts none, and costs no look at system.mutations.
     */
    async execute(statement) {
        const table = mutationTarget(statement.sql);
        const before = table ? await mutationIds(this.client, table) : null;
        await this.client.command(statement.sql);
        if (table && before) {
            await waitForMutations(this.client, table, before, {
                timeoutMs: this.options.mutationTimeoutMs ?? DEFAULT_MUTATION_TIMEOUT_MS,
                ...(this.options.log ? { log: this.options.log } : {}),
                ...(this.options.mutationProgressMs !== undefined ? { progressEveryMs: this.options.mutationProgressMs } : {}),
            });
        }
    }
    writeAttempt(row, migration) {
        return this.writeAttempts([{ row, migration }]);
    }
    /** Another tool's rows follow ours: without transactions, ours are the ones that must not be lost. */
    async writeAttempts(entries) {
        await writeAttempts(this.client, this.names, entries.map((e) => e.row));
        for (const { row, migration } of entries)
            if (row.status === 'applied')
                await this.adopted.record(this.client, migration);
    }
    writeStatement(row) {
        return writeStatement(this.client, this.names, row);
    }
    async readJournal() {
        return { ...(await readJournal(this.client, this.names)), adopted: await this.adopted.read(this.client) };
    }
    async ensureJournal() {
        await ensureJournal(this.client, this.names, this.options.cluster);
        await this.adopted.ensure(this.client);
    }
    async acquireLock(options) {
        const settings = {
            leaseMs: this.options.lockLeaseMs ?? 60_000,
            pollMs: this.options.lockPollMs ?? 500,
            settleMs: this.options.lockSettleMs ?? 250,
            ...(this.options.cluster ? { cluster: this.options.cluster } : {}),
            ...(this.options.log ? { log: this.options.log } : {}),
        };
        // The lease talks through its own client: heartbeats fire while a statement runs.
        const lease = await acquireLease((kind) => this.client.fork(kind === 'keeper-map' ? { keeper_map_strict_mode: '1' } : {}), this.client, this.names, this.client.database, options, settings);
        this.leases.add(lease);
        return {
            release: async () => {
                this.leases.delete(lease);
                await lease.release();
            },
        };
    }
    async introspect() {
        const own = this.names.database === this.client.database ? [this.names.attempts, this.names.statements, this.names.lock] : [];
        const adopted = await this.adopted.table(this.client);
        if (adopted?.schema === this.client.database)
            own.push(adopted.table);
        return introspectClickHouse(this.client, this.client.database, own);
    }
    /** Every table outside the system databases, as `database.table`; system.tables is metadata only. */
    async tables() {
        const rows = await this.client.query(`SELECT concat(database, '.', name) AS name FROM system.tables WHERE ${USER_TABLES}`);
        return { defaultSchema: this.client.database, tables: new Set(rows.map((r) => r.name)) };
    }
    /** total_rows/total_bytes are kept by MergeTree tables from their parts' metadata (null for other engines). */
    async tableSizes(tables) {
        if (tables.length === 0)
            return new Map();
        const wanted = new Set(tables);
        const rows = await this.client.query(`SELECT concat(database, '.', name) AS name, toString(total_rows) AS rows, toString(total_bytes) AS bytes FROM system.tables WHERE ${USER_TABLES}`);
        const count = (value) => (value === null ? null : Number(value));
        return new Map(rows.filter((r) => wanted.has(r.name)).map((r) => [r.name, { rows: count(r.rows), bytes: count(r.bytes) }]));
    }
    async close() {
        const leases = [...this.leases];
        this.leases.clear();
        await Promise.allSettled(leases.map((lease) => lease.release()));
        await this.client.close();
    }
}
/** Opens a client for the target and proves it answers (retrying transient failures). */
async function openClickHouseClient(target, options) {
    const settings = {
        retries: options.connectRetries,
        application: options.clientName,
        ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
        ...(options.log ? { log: options.log } : {}),
        ...(options.statementTimeoutMs ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
        ...(options.openWaitMs !== undefined ? { openWaitMs: options.openWaitMs } : {}),
        ...(options.readOnly ? { createDatabase: false } : {}),
    };
    // The HTTP client library loads only for a server: a Postgres or chDB run never parses it.
    const client = target.kind === 'chdb' ? await openChdbClient(target, settings) : (await Promise.all(/* import() */[__nccwpck_require__.e(671), __nccwpck_require__.e(860)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8860))).createHttpClient(target, settings);
    try {
        await client.query('SELECT 1');
    }
    catch (error) {
        await client.close().catch(() => undefined);
        if (error instanceof errors/* ClickHouseError */.L7 && error.type === 'UNKNOWN_DATABASE') {
            throw (0,src_errors/* configError */.Fj)(`ClickHouse at ${target.display}: ${error.message}`, {
                hint: 'The database named in the URL must exist; create it, or fix the URL path.',
                cause: error,
            });
        }
        throw error instanceof src_errors/* SchemagateError */.RA || error instanceof errors/* ClickHouseError */.L7
            ? error
            : new src_errors/* SchemagateError */.RA('connection', `Cannot use ClickHouse at ${target.display}: ${String(error)}`, { cause: error });
    }
    return client;
}
/** The URL names a database the server (or chDB directory) does not have. */
const isUnknownDatabase = (error) => error instanceof src_errors/* SchemagateError */.RA && error.cause instanceof errors/* ClickHouseError */.L7 && error.cause.type === 'UNKNOWN_DATABASE';
/** Accepts the URL forms documented in url.ts: clickhouse://, http(s)://, chdb://. */
async function openClickHouseEngine(url, options) {
    let parsed;
    try {
        parsed = typeof url === 'string' ? new URL(url) : url;
    }
    catch {
        throw (0,src_errors/* configError */.Fj)('The ClickHouse database URL is not a valid URL.');
    }
    const client = await openClickHouseClient(parseClickHouseUrl(parsed), options);
    return new ClickHouseEngine(client, options);
}

;// CONCATENATED MODULE: ./src/engines/clickhouse/index.ts









/**
 * ClickHouse behind the shared Engine interface: servers over HTTP(S) through
 * @clickhouse/client (`clickhouse://`, `http://`, `https://`), and chDB in process (`chdb://`).
 * URL forms are documented in url.ts.
 */
const clickhouseDriver = {
    kind: 'clickhouse',
    schemes: ['clickhouse:', 'http:', 'https:', 'chdb:'],
    dialect: dialectFor('clickhouse'),
    open: async (url, options) => {
        if (options.schema) {
            throw (0,src_errors/* configError */.Fj)(`A schema per target (\`schema: ${options.schema}\`) is for Postgres; a ClickHouse target's database is the one in its URL.`, {
                hint: 'Give each ClickHouse tenant its own URL (its database in the path) and leave `schema` out.',
            });
        }
        const target = parseClickHouseUrl(url);
        const embeddedAndReadOnly = options.readOnly && target.kind === 'chdb';
        if (embeddedAndReadOnly && !(0,external_node_fs_.existsSync)(target.path))
            return absentEmbeddedDatabase('clickhouse', target.display, options);
        try {
            return await openClickHouseEngine(url, { ...options, ...options.clickhouse });
        }
        catch (error) {
            // A read-only run on a chDB directory that lacks the URL's database creates nothing.
            if (embeddedAndReadOnly && isUnknownDatabase(error))
                return absentEmbeddedDatabase('clickhouse', target.display, options);
            throw error;
        }
    },
    // chDB opens one data directory per process: a replay here fails while a chdb:// target
    // on another directory is open in the same process.
    embeddedUrl: (dir) => new URL(`chdb://${(0,external_node_url_.pathToFileURL)(external_node_path_default().resolve(dir)).pathname}`),
    adoptTools: CLICKHOUSE_ADOPTED.map((t) => t.tool),
};

// EXTERNAL MODULE: ./src/engines/engine.ts
var engines_engine = __nccwpck_require__(9105);
// EXTERNAL MODULE: ./src/engines/retry.ts + 2 modules
var retry = __nccwpck_require__(3632);
;// CONCATENATED MODULE: ./src/engines/postgres/catalog.ts
/**
 * The user tables and their sizes from pg_class alone: no table is opened, so nothing waits on a
 * table lock (pg_total_relation_size would take ACCESS SHARE on each table).
 */
const catalog_USER_TABLES = `c.relkind IN ('r', 'p', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;
async function readTables(connection) {
    const rows = await connection.query(`SELECT n.nspname || '.' || c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${catalog_USER_TABLES}`);
    const [schema] = await connection.query('SELECT current_schema() AS current');
    return { defaultSchema: schema?.current ?? 'public', tables: new Set(rows.map((r) => r.table)) };
}
/**
 * reltuples is the planner's row estimate, -1 until the table is first analysed or vacuumed; then
 * the statistics system's live-tuple counter (kept on every insert and delete) stands in. Bytes
 * are the main fork's pages plus its TOAST table's, as of the same statistics.
 */
async function readTableSizes(connection, tables) {
    if (tables.length === 0)
        return new Map();
    const rows = await connection.query(`SELECT n.nspname || '.' || c.relname AS "table",
            coalesce(nullif(c.reltuples, -1)::bigint, s.n_live_tup, -1)::text AS rows, c.reltuples < 0 AS unanalysed,
            ((c.relpages::bigint + coalesce(t.relpages, 0)) * current_setting('block_size')::bigint)::text AS bytes
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
     LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
     WHERE ${catalog_USER_TABLES} AND n.nspname || '.' || c.relname IN (SELECT json_array_elements_text($1::text::json))`, [JSON.stringify(tables)]);
    // Never analysed: relpages is as unknown as reltuples.
    return new Map(rows.map((r) => [r.table, { rows: Number(r.rows) < 0 ? null : Number(r.rows), bytes: r.unanalysed ? null : Number(r.bytes) }]));
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/postgres/src/query.js
const originCache = new Map()
    , originStackCache = new Map()
    , originError = Symbol('OriginError')

const CLOSE = {}
class Query extends Promise {
  constructor(strings, args, handler, canceller, options = {}) {
    let resolve
      , reject

    super((a, b) => {
      resolve = a
      reject = b
    })

    this.tagged = Array.isArray(strings.raw)
    this.strings = strings
    this.args = args
    this.handler = handler
    this.canceller = canceller
    this.options = options

    this.state = null
    this.statement = null

    this.resolve = x => (this.active = false, resolve(x))
    this.reject = x => (this.active = false, reject(x))

    this.active = false
    this.cancelled = null
    this.executed = false
    this.signature = ''

    this[originError] = this.handler.debug
      ? new Error()
      : this.tagged && cachedError(this.strings)
  }

  get origin() {
    return (this.handler.debug
      ? this[originError].stack
      : this.tagged && originStackCache.has(this.strings)
        ? originStackCache.get(this.strings)
        : originStackCache.set(this.strings, this[originError].stack).get(this.strings)
    ) || ''
  }

  static get [Symbol.species]() {
    return Promise
  }

  cancel() {
    return this.canceller && (this.canceller(this), this.canceller = null)
  }

  simple() {
    this.options.simple = true
    this.options.prepare = false
    return this
  }

  async readable() {
    this.simple()
    this.streaming = true
    return this
  }

  async writable() {
    this.simple()
    this.streaming = true
    return this
  }

  cursor(rows = 1, fn) {
    this.options.simple = false
    if (typeof rows === 'function') {
      fn = rows
      rows = 1
    }

    this.cursorRows = rows

    if (typeof fn === 'function')
      return (this.cursorFn = fn, this)

    let prev
    return {
      [Symbol.asyncIterator]: () => ({
        next: () => {
          if (this.executed && !this.active)
            return { done: true }

          prev && prev()
          const promise = new Promise((resolve, reject) => {
            this.cursorFn = value => {
              resolve({ value, done: false })
              return new Promise(r => prev = r)
            }
            this.resolve = () => (this.active = false, resolve({ done: true }))
            this.reject = x => (this.active = false, reject(x))
          })
          this.execute()
          return promise
        },
        return() {
          prev && prev(CLOSE)
          return { done: true }
        }
      })
    }
  }

  describe() {
    this.options.simple = false
    this.onlyDescribe = this.options.prepare = true
    return this
  }

  stream() {
    throw new Error('.stream has been renamed to .forEach')
  }

  forEach(fn) {
    this.forEachFn = fn
    this.handle()
    return this
  }

  raw() {
    this.isRaw = true
    return this
  }

  values() {
    this.isRaw = 'values'
    return this
  }

  async handle() {
    !this.executed && (this.executed = true) && await 1 && this.handler(this)
  }

  execute() {
    this.handle()
    return this
  }

  then() {
    this.handle()
    return super.then.apply(this, arguments)
  }

  catch() {
    this.handle()
    return super.catch.apply(this, arguments)
  }

  finally() {
    this.handle()
    return super.finally.apply(this, arguments)
  }
}

function cachedError(xs) {
  if (originCache.has(xs))
    return originCache.get(xs)

  const x = Error.stackTraceLimit
  Error.stackTraceLimit = 4
  originCache.set(xs, new Error())
  Error.stackTraceLimit = x
  return originCache.get(xs)
}

;// CONCATENATED MODULE: ./node_modules/postgres/src/errors.js
class PostgresError extends Error {
  constructor(x) {
    super(x.message)
    this.name = this.constructor.name
    Object.assign(this, x)
  }
}

const Errors = {
  connection,
  postgres,
  generic,
  notSupported
}

function connection(x, options, socket) {
  const { host, port } = socket || options
  const error = Object.assign(
    new Error(('write ' + x + ' ' + (options.path || (host + ':' + port)))),
    {
      code: x,
      errno: x,
      address: options.path || host
    }, options.path ? {} : { port: port }
  )
  Error.captureStackTrace(error, connection)
  return error
}

function postgres(x) {
  const error = new PostgresError(x)
  Error.captureStackTrace(error, postgres)
  return error
}

function generic(code, message) {
  const error = Object.assign(new Error(code + ': ' + message), { code })
  Error.captureStackTrace(error, generic)
  return error
}

/* c8 ignore next 10 */
function notSupported(x) {
  const error = Object.assign(
    new Error(x + ' (B) is not supported'),
    {
      code: 'MESSAGE_NOT_SUPPORTED',
      name: x
    }
  )
  Error.captureStackTrace(error, notSupported)
  return error
}

;// CONCATENATED MODULE: ./node_modules/postgres/src/types.js



const types = {
  string: {
    to: 25,
    from: null,             // defaults to string
    serialize: x => '' + x
  },
  number: {
    to: 0,
    from: [21, 23, 26, 700, 701],
    serialize: x => '' + x,
    parse: x => +x
  },
  json: {
    to: 114,
    from: [114, 3802],
    serialize: x => JSON.stringify(x),
    parse: x => JSON.parse(x)
  },
  boolean: {
    to: 16,
    from: 16,
    serialize: x => x === true ? 't' : 'f',
    parse: x => x === 't'
  },
  date: {
    to: 1184,
    from: [1082, 1114, 1184],
    serialize: x => (x instanceof Date ? x : new Date(x)).toISOString(),
    parse: x => new Date(x)
  },
  bytea: {
    to: 17,
    from: 17,
    serialize: x => '\\x' + Buffer.from(x).toString('hex'),
    parse: x => Buffer.from(x.slice(2), 'hex')
  }
}

class NotTagged { then() { notTagged() } catch() { notTagged() } finally() { notTagged() }}

class Identifier extends NotTagged {
  constructor(value) {
    super()
    this.value = escapeIdentifier(value)
  }
}

class Parameter extends NotTagged {
  constructor(value, type, array) {
    super()
    this.value = value
    this.type = type
    this.array = array
  }
}

class Builder extends NotTagged {
  constructor(first, rest) {
    super()
    this.first = first
    this.rest = rest
  }

  build(before, parameters, types, options) {
    const keyword = builders.map(([x, fn]) => ({ fn, i: before.search(x) })).sort((a, b) => a.i - b.i).pop()
    return keyword.i === -1
      ? escapeIdentifiers(this.first, options)
      : keyword.fn(this.first, this.rest, parameters, types, options)
  }
}

function handleValue(x, parameters, types, options) {
  let value = x instanceof Parameter ? x.value : x
  if (value === undefined) {
    x instanceof Parameter
      ? x.value = options.transform.undefined
      : value = x = options.transform.undefined

    if (value === undefined)
      throw Errors.generic('UNDEFINED_VALUE', 'Undefined values are not allowed')
  }

  return '$' + (types.push(
    x instanceof Parameter
      ? (parameters.push(x.value), x.array
        ? x.array[x.type || inferType(x.value)] || x.type || firstIsString(x.value)
        : x.type
      )
      : (parameters.push(x), inferType(x))
  ))
}

const defaultHandlers = typeHandlers(types)

function stringify(q, string, value, parameters, types, options) { // eslint-disable-line
  for (let i = 1; i < q.strings.length; i++) {
    string += (stringifyValue(string, value, parameters, types, options)) + q.strings[i]
    value = q.args[i]
  }

  return string
}

function stringifyValue(string, value, parameters, types, o) {
  return (
    value instanceof Builder ? value.build(string, parameters, types, o) :
    value instanceof Query ? fragment(value, parameters, types, o) :
    value instanceof Identifier ? value.value :
    value && value[0] instanceof Query ? value.reduce((acc, x) => acc + ' ' + fragment(x, parameters, types, o), '') :
    handleValue(value, parameters, types, o)
  )
}

function fragment(q, parameters, types, options) {
  q.fragment = true
  return stringify(q, q.strings[0], q.args[0], parameters, types, options)
}

function valuesBuilder(first, parameters, types, columns, options) {
  return first.map(row =>
    '(' + columns.map(column =>
      stringifyValue('values', row[column], parameters, types, options)
    ).join(',') + ')'
  ).join(',')
}

function values(first, rest, parameters, types, options) {
  const multi = Array.isArray(first[0])
  const columns = rest.length ? rest.flat() : Object.keys(multi ? first[0] : first)
  return valuesBuilder(multi ? first : [first], parameters, types, columns, options)
}

function types_select(first, rest, parameters, types, options) {
  typeof first === 'string' && (first = [first].concat(rest))
  if (Array.isArray(first))
    return escapeIdentifiers(first, options)

  let value
  const columns = rest.length ? rest.flat() : Object.keys(first)
  return columns.map(x => {
    value = first[x]
    return (
      value instanceof Query ? fragment(value, parameters, types, options) :
      value instanceof Identifier ? value.value :
      handleValue(value, parameters, types, options)
    ) + ' as ' + escapeIdentifier(options.transform.column.to ? options.transform.column.to(x) : x)
  }).join(',')
}

const builders = Object.entries({
  values,
  in: (...xs) => {
    const x = values(...xs)
    return x === '()' ? '(null)' : x
  },
  select: types_select,
  as: types_select,
  returning: types_select,
  '\\(': types_select,

  update(first, rest, parameters, types, options) {
    return (rest.length ? rest.flat() : Object.keys(first)).map(x =>
      escapeIdentifier(options.transform.column.to ? options.transform.column.to(x) : x) +
      '=' + stringifyValue('values', first[x], parameters, types, options)
    )
  },

  insert(first, rest, parameters, types, options) {
    const columns = rest.length ? rest.flat() : Object.keys(Array.isArray(first) ? first[0] : first)
    return '(' + escapeIdentifiers(columns, options) + ')values' +
    valuesBuilder(Array.isArray(first) ? first : [first], parameters, types, columns, options)
  }
}).map(([x, fn]) => ([new RegExp('((?:^|[\\s(])' + x + '(?:$|[\\s(]))(?![\\s\\S]*\\1)', 'i'), fn]))

function notTagged() {
  throw Errors.generic('NOT_TAGGED_CALL', 'Query not called as a tagged template literal')
}

const serializers = defaultHandlers.serializers
const parsers = defaultHandlers.parsers

const END = {}

function firstIsString(x) {
  if (Array.isArray(x))
    return firstIsString(x[0])
  return typeof x === 'string' ? 1009 : 0
}

const mergeUserTypes = function(types) {
  const user = typeHandlers(types || {})
  return {
    serializers: Object.assign({}, serializers, user.serializers),
    parsers: Object.assign({}, parsers, user.parsers)
  }
}

function typeHandlers(types) {
  return Object.keys(types).reduce((acc, k) => {
    types[k].from && [].concat(types[k].from).forEach(x => acc.parsers[x] = types[k].parse)
    if (types[k].serialize) {
      acc.serializers[types[k].to] = types[k].serialize
      types[k].from && [].concat(types[k].from).forEach(x => acc.serializers[x] = types[k].serialize)
    }
    return acc
  }, { parsers: {}, serializers: {} })
}

function escapeIdentifiers(xs, { transform: { column } }) {
  return xs.map(x => escapeIdentifier(column.to ? column.to(x) : x)).join(',')
}

const escapeIdentifier = function escape(str) {
  return '"' + str.replace(/"/g, '""').replace(/\./g, '"."') + '"'
}

const inferType = function inferType(x) {
  return (
    x instanceof Parameter ? x.type :
    x instanceof Date ? 1184 :
    x instanceof Uint8Array ? 17 :
    (x === true || x === false) ? 16 :
    typeof x === 'bigint' ? 20 :
    Array.isArray(x) ? inferType(x[0]) :
    0
  )
}

const escapeBackslash = /\\/g
const escapeQuote = /"/g

function arrayEscape(x) {
  return x
    .replace(escapeBackslash, '\\\\')
    .replace(escapeQuote, '\\"')
}

const arraySerializer = function arraySerializer(xs, serializer, options, typarray) {
  if (Array.isArray(xs) === false)
    return xs

  if (!xs.length)
    return '{}'

  const first = xs[0]
  // Only _box (1020) has the ';' delimiter for arrays, all other types use the ',' delimiter
  const delimiter = typarray === 1020 ? ';' : ','

  if (Array.isArray(first) && !first.type)
    return '{' + xs.map(x => arraySerializer(x, serializer, options, typarray)).join(delimiter) + '}'

  return '{' + xs.map(x => {
    if (x === undefined) {
      x = options.transform.undefined
      if (x === undefined)
        throw Errors.generic('UNDEFINED_VALUE', 'Undefined values are not allowed')
    }

    return x === null
      ? 'null'
      : '"' + arrayEscape(serializer ? serializer(x.type ? x.value : x) : '' + x) + '"'
  }).join(delimiter) + '}'
}

const arrayParserState = {
  i: 0,
  char: null,
  str: '',
  quoted: false,
  last: 0
}

const arrayParser = function arrayParser(x, parser, typarray) {
  arrayParserState.i = arrayParserState.last = 0
  return arrayParserLoop(arrayParserState, x, parser, typarray)
}

function arrayParserLoop(s, x, parser, typarray) {
  const xs = []
  // Only _box (1020) has the ';' delimiter for arrays, all other types use the ',' delimiter
  const delimiter = typarray === 1020 ? ';' : ','
  for (; s.i < x.length; s.i++) {
    s.char = x[s.i]
    if (s.quoted) {
      if (s.char === '\\') {
        s.str += x[++s.i]
      } else if (s.char === '"') {
        xs.push(parser ? parser(s.str) : s.str)
        s.str = ''
        s.quoted = x[s.i + 1] === '"'
        s.last = s.i + 2
      } else {
        s.str += s.char
      }
    } else if (s.char === '"') {
      s.quoted = true
    } else if (s.char === '{') {
      s.last = ++s.i
      xs.push(arrayParserLoop(s, x, parser, typarray))
    } else if (s.char === '}') {
      s.quoted = false
      s.last < s.i && xs.push(parser ? parser(x.slice(s.last, s.i)) : x.slice(s.last, s.i))
      s.last = s.i + 1
      break
    } else if (s.char === delimiter && s.p !== '}' && s.p !== '"') {
      xs.push(parser ? parser(x.slice(s.last, s.i)) : x.slice(s.last, s.i))
      s.last = s.i + 1
    }
    s.p = s.char
  }
  s.last < s.i && xs.push(parser ? parser(x.slice(s.last, s.i + 1)) : x.slice(s.last, s.i + 1))
  return xs
}

const toCamel = x => {
  let str = x[0]
  for (let i = 1; i < x.length; i++)
    str += x[i] === '_' ? x[++i].toUpperCase() : x[i]
  return str
}

const toPascal = x => {
  let str = x[0].toUpperCase()
  for (let i = 1; i < x.length; i++)
    str += x[i] === '_' ? x[++i].toUpperCase() : x[i]
  return str
}

const toKebab = x => x.replace(/_/g, '-')

const fromCamel = x => x.replace(/([A-Z])/g, '_$1').toLowerCase()
const fromPascal = x => (x.slice(0, 1) + x.slice(1).replace(/([A-Z])/g, '_$1')).toLowerCase()
const fromKebab = x => x.replace(/-/g, '_')

function createJsonTransform(fn) {
  return function jsonTransform(x, column) {
    return typeof x === 'object' && x !== null && (column.type === 114 || column.type === 3802)
      ? Array.isArray(x)
        ? x.map(x => jsonTransform(x, column))
        : Object.entries(x).reduce((acc, [k, v]) => Object.assign(acc, { [fn(k)]: jsonTransform(v, column) }), {})
      : x
  }
}

toCamel.column = { from: toCamel }
toCamel.value = { from: createJsonTransform(toCamel) }
fromCamel.column = { to: fromCamel }

const camel = { ...toCamel }
camel.column.to = fromCamel

toPascal.column = { from: toPascal }
toPascal.value = { from: createJsonTransform(toPascal) }
fromPascal.column = { to: fromPascal }

const pascal = { ...toPascal }
pascal.column.to = fromPascal

toKebab.column = { from: toKebab }
toKebab.value = { from: createJsonTransform(toKebab) }
fromKebab.column = { to: fromKebab }

const kebab = { ...toKebab }
kebab.column.to = fromKebab

;// CONCATENATED MODULE: external "net"
const external_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
;// CONCATENATED MODULE: external "tls"
const external_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __nccwpck_require__(2203);
;// CONCATENATED MODULE: external "perf_hooks"
const external_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("perf_hooks");
;// CONCATENATED MODULE: ./node_modules/postgres/src/result.js
class Result extends Array {
  constructor() {
    super()
    Object.defineProperties(this, {
      count: { value: null, writable: true },
      state: { value: null, writable: true },
      command: { value: null, writable: true },
      columns: { value: null, writable: true },
      statement: { value: null, writable: true }
    })
  }

  static get [Symbol.species]() {
    return Array
  }
}

;// CONCATENATED MODULE: ./node_modules/postgres/src/queue.js
/* harmony default export */ const src_queue = (Queue);

function Queue(initial = []) {
  let xs = initial.slice()
  let index = 0

  return {
    get length() {
      return xs.length - index
    },
    remove: (x) => {
      const index = xs.indexOf(x)
      return index === -1
        ? null
        : (xs.splice(index, 1), x)
    },
    push: (x) => (xs.push(x), x),
    shift: () => {
      const out = xs[index++]

      if (index === xs.length) {
        index = 0
        xs = []
      } else {
        xs[index - 1] = undefined
      }

      return out
    }
  }
}

;// CONCATENATED MODULE: ./node_modules/postgres/src/bytes.js
const size = 256
let buffer = Buffer.allocUnsafe(size)

const messages = 'BCcDdEFfHPpQSX'.split('').reduce((acc, x) => {
  const v = x.charCodeAt(0)
  acc[x] = () => {
    buffer[0] = v
    b.i = 5
    return b
  }
  return acc
}, {})

const b = Object.assign(bytes_reset, messages, {
  N: String.fromCharCode(0),
  i: 0,
  inc(x) {
    b.i += x
    return b
  },
  str(x) {
    const length = Buffer.byteLength(x)
    fit(length)
    b.i += buffer.write(x, b.i, length, 'utf8')
    return b
  },
  i16(x) {
    fit(2)
    buffer.writeUInt16BE(x, b.i)
    b.i += 2
    return b
  },
  i32(x, i) {
    if (i || i === 0) {
      buffer.writeUInt32BE(x, i)
      return b
    }
    fit(4)
    buffer.writeUInt32BE(x, b.i)
    b.i += 4
    return b
  },
  z(x) {
    fit(x)
    buffer.fill(0, b.i, b.i + x)
    b.i += x
    return b
  },
  raw(x) {
    buffer = Buffer.concat([buffer.subarray(0, b.i), x])
    b.i = buffer.length
    return b
  },
  end(at = 1) {
    buffer.writeUInt32BE(b.i - at, at)
    const out = buffer.subarray(0, b.i)
    b.i = 0
    buffer = Buffer.allocUnsafe(size)
    return out
  }
})

/* harmony default export */ const bytes = (b);

function fit(x) {
  if (buffer.length - b.i < x) {
    const prev = buffer
        , length = prev.length

    buffer = Buffer.allocUnsafe(length + (length >> 1) + x)
    prev.copy(buffer)
  }
}

function bytes_reset() {
  b.i = 0
  return b
}

;// CONCATENATED MODULE: ./node_modules/postgres/src/connection.js













/* harmony default export */ const src_connection = (Connection);

let uid = 1

const Sync = bytes().S().end()
    , Flush = bytes().H().end()
    , SSLRequest = bytes().i32(8).i32(80877103).end(8)
    , ExecuteUnnamed = Buffer.concat([bytes().E().str(bytes.N).i32(0).end(), Sync])
    , DescribeUnnamed = bytes().D().str('S').str(bytes.N).end()
    , noop = () => { /* noop */ }

const retryRoutines = new Set([
  'FetchPreparedStatement',
  'RevalidateCachedQuery',
  'transformAssignedExpr'
])

const errorFields = {
  83  : 'severity_local',    // S
  86  : 'severity',          // V
  67  : 'code',              // C
  77  : 'message',           // M
  68  : 'detail',            // D
  72  : 'hint',              // H
  80  : 'position',          // P
  112 : 'internal_position', // p
  113 : 'internal_query',    // q
  87  : 'where',             // W
  115 : 'schema_name',       // s
  116 : 'table_name',        // t
  99  : 'column_name',       // c
  100 : 'data type_name',    // d
  110 : 'constraint_name',   // n
  70  : 'file',              // F
  76  : 'line',              // L
  82  : 'routine'            // R
}

function Connection(options, queues = {}, { onopen = noop, onend = noop, onclose = noop } = {}) {
  const {
    sslnegotiation,
    ssl,
    max,
    user,
    host,
    port,
    database,
    parsers,
    transform,
    onnotice,
    onnotify,
    onparameter,
    max_pipeline,
    keep_alive,
    backoff,
    target_session_attrs
  } = options

  const sent = src_queue()
      , id = uid++
      , backend = { pid: null, secret: null }
      , idleTimer = timer(end, options.idle_timeout)
      , lifeTimer = timer(end, options.max_lifetime)
      , connectTimer = timer(connectTimedOut, options.connect_timeout)

  let socket = null
    , cancelMessage
    , errorResponse = null
    , result = new Result()
    , incoming = Buffer.alloc(0)
    , needsTypes = options.fetch_types
    , backendParameters = {}
    , statements = {}
    , statementId = Math.random().toString(36).slice(2)
    , statementCount = 1
    , closedTime = 0
    , remaining = 0
    , hostIndex = 0
    , retries = 0
    , length = 0
    , delay = 0
    , rows = 0
    , serverSignature = null
    , nextWriteTimer = null
    , terminated = false
    , incomings = null
    , results = null
    , initial = null
    , ending = null
    , stream = null
    , chunk = null
    , ended = null
    , nonce = null
    , query = null
    , final = null

  const connection = {
    queue: queues.closed,
    idleTimer,
    connect(query) {
      initial = query
      reconnect()
    },
    terminate,
    execute,
    cancel,
    end,
    count: 0,
    id
  }

  queues.closed && queues.closed.push(connection)

  return connection

  async function createSocket() {
    let x
    try {
      x = options.socket
        ? (await Promise.resolve(options.socket(options)))
        : new external_net_namespaceObject.Socket()
    } catch (e) {
      error(e)
      return
    }
    x.on('error', error)
    x.on('close', closed)
    x.on('drain', drain)
    return x
  }

  async function cancel({ pid, secret }, resolve, reject) {
    try {
      cancelMessage = bytes().i32(16).i32(80877102).i32(pid).i32(secret).end(16)
      await connect()
      socket.once('error', reject)
      socket.once('close', resolve)
    } catch (error) {
      reject(error)
    }
  }

  function execute(q) {
    if (terminated)
      return queryError(q, Errors.connection('CONNECTION_DESTROYED', options))

    if (stream)
      return queryError(q, Errors.generic('COPY_IN_PROGRESS', 'You cannot execute queries during copy'))

    if (q.cancelled)
      return

    try {
      q.state = backend
      query
        ? sent.push(q)
        : (query = q, query.active = true)

      build(q)
      return write(toBuffer(q))
        && !q.describeFirst
        && !q.cursorFn
        && sent.length < max_pipeline
        && (!q.options.onexecute || q.options.onexecute(connection))
    } catch (error) {
      sent.length === 0 && write(Sync)
      errored(error)
      return true
    }
  }

  function toBuffer(q) {
    if (q.parameters.length >= 65534)
      throw Errors.generic('MAX_PARAMETERS_EXCEEDED', 'Max number of parameters (65534) exceeded')

    return q.options.simple
      ? bytes().Q().str(q.statement.string + bytes.N).end()
      : q.describeFirst
        ? Buffer.concat([describe(q), Flush])
        : q.prepare
          ? q.prepared
            ? prepared(q)
            : Buffer.concat([describe(q), prepared(q)])
          : unnamed(q)
  }

  function describe(q) {
    return Buffer.concat([
      Parse(q.statement.string, q.parameters, q.statement.types, q.statement.name),
      Describe('S', q.statement.name)
    ])
  }

  function prepared(q) {
    return Buffer.concat([
      Bind(q.parameters, q.statement.types, q.statement.name, q.cursorName),
      q.cursorFn
        ? Execute('', q.cursorRows)
        : ExecuteUnnamed
    ])
  }

  function unnamed(q) {
    return Buffer.concat([
      Parse(q.statement.string, q.parameters, q.statement.types),
      DescribeUnnamed,
      prepared(q)
    ])
  }

  function build(q) {
    const parameters = []
        , types = []

    const string = stringify(q, q.strings[0], q.args[0], parameters, types, options)

    !q.tagged && q.args.forEach(x => handleValue(x, parameters, types, options))

    q.prepare = options.prepare && ('prepare' in q.options ? q.options.prepare : true)
    q.string = string
    q.signature = q.prepare && types + string
    q.onlyDescribe && (delete statements[q.signature])
    q.parameters = q.parameters || parameters
    q.prepared = q.prepare && q.signature in statements
    q.describeFirst = q.onlyDescribe || (parameters.length && !q.prepared)
    q.statement = q.prepared
      ? statements[q.signature]
      : { string, types, name: q.prepare ? statementId + statementCount++ : '' }

    typeof options.debug === 'function' && options.debug(id, string, parameters, types)
  }

  function write(x, fn) {
    chunk = chunk ? Buffer.concat([chunk, x]) : Buffer.from(x)
    if (fn || chunk.length >= 1024)
      return nextWrite(fn)
    nextWriteTimer === null && (nextWriteTimer = setImmediate(nextWrite))
    return true
  }

  function nextWrite(fn) {
    const x = socket.write(chunk, fn)
    nextWriteTimer !== null && clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = null
    return x
  }

  function connectTimedOut() {
    errored(Errors.connection('CONNECT_TIMEOUT', options, socket))
    socket.destroy()
  }

  async function secure() {
    if (sslnegotiation !== 'direct') {
      write(SSLRequest)
      const canSSL = await new Promise(r => socket.once('data', x => r(x[0] === 83))) // S

      if (!canSSL && ssl === 'prefer')
        return connected()
    }

    const options = {
      socket,
      servername: external_net_namespaceObject.isIP(socket.host) ? undefined : socket.host
    }

    if (sslnegotiation === 'direct')
      options.ALPNProtocols = ['postgresql']

    if (ssl === 'require' || ssl === 'allow' || ssl === 'prefer')
      options.rejectUnauthorized = false
    else if (typeof ssl === 'object')
      Object.assign(options, ssl)

    socket.removeAllListeners()
    socket = external_tls_namespaceObject.connect(options)
    socket.on('secureConnect', connected)
    socket.on('error', error)
    socket.on('close', closed)
    socket.on('drain', drain)
  }

  /* c8 ignore next 3 */
  function drain() {
    !query && onopen(connection)
  }

  function data(x) {
    if (incomings) {
      incomings.push(x)
      remaining -= x.length
      if (remaining > 0)
        return
    }

    incoming = incomings
      ? Buffer.concat(incomings, length - remaining)
      : incoming.length === 0
        ? x
        : Buffer.concat([incoming, x], incoming.length + x.length)

    while (incoming.length > 4) {
      length = incoming.readUInt32BE(1)
      if (length >= incoming.length) {
        remaining = length - incoming.length
        incomings = [incoming]
        break
      }

      try {
        handle(incoming.subarray(0, length + 1))
      } catch (e) {
        query && (query.cursorFn || query.describeFirst) && write(Sync)
        errored(e)
      }
      incoming = incoming.subarray(length + 1)
      remaining = 0
      incomings = null
    }
  }

  async function connect() {
    terminated = false
    backendParameters = {}
    socket || (socket = await createSocket())

    if (!socket)
      return

    connectTimer.start()

    if (options.socket)
      return ssl ? secure() : connected()

    socket.on('connect', ssl ? secure : connected)

    if (options.path)
      return socket.connect(options.path)

    socket.ssl = ssl
    socket.connect(port[hostIndex], host[hostIndex])
    socket.host = host[hostIndex]
    socket.port = port[hostIndex]

    hostIndex = (hostIndex + 1) % port.length
  }

  function reconnect() {
    setTimeout(connect, closedTime ? Math.max(0, closedTime + delay - external_perf_hooks_namespaceObject.performance.now()) : 0)
  }

  function connected() {
    try {
      statements = {}
      needsTypes = options.fetch_types
      statementId = Math.random().toString(36).slice(2)
      statementCount = 1
      lifeTimer.start()
      socket.on('data', data)
      keep_alive && socket.setKeepAlive && socket.setKeepAlive(true, 1000 * keep_alive)
      const s = StartupMessage()
      write(s)
    } catch (err) {
      error(err)
    }
  }

  function error(err) {
    if (connection.queue === queues.connecting && options.host[retries + 1])
      return

    errored(err)
    while (sent.length)
      queryError(sent.shift(), err)
  }

  function errored(err) {
    stream && (stream.destroy(err), stream = null)
    query && queryError(query, err)
    initial && (queryError(initial, err), initial = null)
  }

  function queryError(query, err) {
    if (query.reserve)
      return query.reject(err)

    if (!err || typeof err !== 'object')
      err = new Error(err)

    'query' in err || 'parameters' in err || Object.defineProperties(err, {
      stack: { value: err.stack + query.origin.replace(/.*\n/, '\n'), enumerable: options.debug },
      query: { value: query.string, enumerable: options.debug },
      parameters: { value: query.parameters, enumerable: options.debug },
      args: { value: query.args, enumerable: options.debug },
      types: { value: query.statement && query.statement.types, enumerable: options.debug }
    })
    query.reject(err)
  }

  function end() {
    return ending || (
      !connection.reserved && onend(connection),
      !connection.reserved && !initial && !query && sent.length === 0
        ? (terminate(), new Promise(r => socket && socket.readyState !== 'closed' ? socket.once('close', r) : r()))
        : ending = new Promise(r => ended = r)
    )
  }

  function terminate() {
    terminated = true
    if (stream || query || initial || sent.length)
      error(Errors.connection('CONNECTION_DESTROYED', options))

    clearImmediate(nextWriteTimer)
    if (socket) {
      socket.removeListener('data', data)
      socket.removeListener('connect', connected)
      socket.readyState === 'open' && socket.end(bytes().X().end())
    }
    ended && (ended(), ending = ended = null)
  }

  async function closed(hadError) {
    incoming = Buffer.alloc(0)
    remaining = 0
    incomings = null
    clearImmediate(nextWriteTimer)
    socket.removeListener('data', data)
    socket.removeListener('connect', connected)
    idleTimer.cancel()
    lifeTimer.cancel()
    connectTimer.cancel()

    socket.removeAllListeners()
    socket = null

    if (initial)
      return reconnect()

    !hadError && (query || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options, socket))
    closedTime = external_perf_hooks_namespaceObject.performance.now()
    hadError && options.shared.retries++
    delay = (typeof backoff === 'function' ? backoff(options.shared.retries) : backoff) * 1000
    onclose(connection, Errors.connection('CONNECTION_CLOSED', options, socket))
  }

  /* Handlers */
  function handle(xs, x = xs[0]) {
    (
      x === 68 ? DataRow :                   // D
      x === 100 ? CopyData :                 // d
      x === 65 ? NotificationResponse :      // A
      x === 83 ? ParameterStatus :           // S
      x === 90 ? ReadyForQuery :             // Z
      x === 67 ? CommandComplete :           // C
      x === 50 ? BindComplete :              // 2
      x === 49 ? ParseComplete :             // 1
      x === 116 ? ParameterDescription :     // t
      x === 84 ? RowDescription :            // T
      x === 82 ? Authentication :            // R
      x === 110 ? NoData :                   // n
      x === 75 ? BackendKeyData :            // K
      x === 69 ? ErrorResponse :             // E
      x === 115 ? PortalSuspended :          // s
      x === 51 ? CloseComplete :             // 3
      x === 71 ? CopyInResponse :            // G
      x === 78 ? NoticeResponse :            // N
      x === 72 ? CopyOutResponse :           // H
      x === 99 ? CopyDone :                  // c
      x === 73 ? EmptyQueryResponse :        // I
      x === 86 ? FunctionCallResponse :      // V
      x === 118 ? NegotiateProtocolVersion : // v
      x === 87 ? CopyBothResponse :          // W
      /* c8 ignore next */
      UnknownMessage
    )(xs)
  }

  function DataRow(x) {
    let index = 7
    let length
    let column
    let value

    const row = query.isRaw ? new Array(query.statement.columns.length) : {}
    for (let i = 0; i < query.statement.columns.length; i++) {
      column = query.statement.columns[i]
      length = x.readInt32BE(index)
      index += 4

      value = length === -1
        ? null
        : query.isRaw === true
          ? x.subarray(index, index += length)
          : column.parser === undefined
            ? x.toString('utf8', index, index += length)
            : column.parser.array === true
              ? column.parser(x.toString('utf8', index + 1, index += length))
              : column.parser(x.toString('utf8', index, index += length))

      query.isRaw
        ? (row[i] = query.isRaw === true
          ? value
          : transform.value.from ? transform.value.from(value, column) : value)
        : (row[column.name] = transform.value.from ? transform.value.from(value, column) : value)
    }

    query.forEachFn
      ? query.forEachFn(transform.row.from ? transform.row.from(row) : row, result)
      : (result[rows++] = transform.row.from ? transform.row.from(row) : row)
  }

  function ParameterStatus(x) {
    const [k, v] = x.toString('utf8', 5, x.length - 1).split(bytes.N)
    backendParameters[k] = v
    if (options.parameters[k] !== v) {
      options.parameters[k] = v
      onparameter && onparameter(k, v)
    }
  }

  function ReadyForQuery(x) {
    if (query) {
      if (errorResponse) {
        query.retried
          ? errored(query.retried)
          : query.prepared && retryRoutines.has(errorResponse.routine)
            ? retry(query, errorResponse)
            : errored(errorResponse)
      } else {
        query.resolve(results || result)
      }
    } else if (errorResponse) {
      errored(errorResponse)
    }

    query = results = errorResponse = null
    result = new Result()
    connectTimer.cancel()

    if (initial) {
      if (target_session_attrs) {
        if (!backendParameters.in_hot_standby || !backendParameters.default_transaction_read_only)
          return fetchState()
        else if (tryNext(target_session_attrs, backendParameters))
          return terminate()
      }

      if (needsTypes) {
        initial.reserve && (initial = null)
        return fetchArrayTypes()
      }

      initial && !initial.reserve && execute(initial)
      options.shared.retries = retries = 0
      initial = null
      return
    }

    while (sent.length && (query = sent.shift()) && (query.active = true, query.cancelled))
      Connection(options).cancel(query.state, query.cancelled.resolve, query.cancelled.reject)

    if (query)
      return // Consider opening if able and sent.length < 50

    connection.reserved
      ? !connection.reserved.release && x[5] === 73 // I
        ? ending
          ? terminate()
          : (connection.reserved = null, onopen(connection))
        : connection.reserved()
      : ending
        ? terminate()
        : onopen(connection)
  }

  function CommandComplete(x) {
    rows = 0

    for (let i = x.length - 1; i > 0; i--) {
      if (x[i] === 32 && x[i + 1] < 58 && result.count === null)
        result.count = +x.toString('utf8', i + 1, x.length - 1)
      if (x[i - 1] >= 65) {
        result.command = x.toString('utf8', 5, i)
        result.state = backend
        break
      }
    }

    final && (final(), final = null)

    if (result.command === 'BEGIN' && max !== 1 && !connection.reserved)
      return errored(Errors.generic('UNSAFE_TRANSACTION', 'Only use sql.begin, sql.reserved or max: 1'))

    if (query.options.simple)
      return BindComplete()

    if (query.cursorFn) {
      result.count && query.cursorFn(result)
      write(Sync)
    }
  }

  function ParseComplete() {
    query.parsing = false
  }

  function BindComplete() {
    !result.statement && (result.statement = query.statement)
    result.columns = query.statement.columns
  }

  function ParameterDescription(x) {
    const length = x.readUInt16BE(5)

    for (let i = 0; i < length; ++i)
      !query.statement.types[i] && (query.statement.types[i] = x.readUInt32BE(7 + i * 4))

    query.prepare && (statements[query.signature] = query.statement)
    query.describeFirst && !query.onlyDescribe && (write(prepared(query)), query.describeFirst = false)
  }

  function RowDescription(x) {
    if (result.command) {
      results = results || [result]
      results.push(result = new Result())
      result.count = null
      query.statement.columns = null
    }

    const length = x.readUInt16BE(5)
    let index = 7
    let start

    query.statement.columns = Array(length)

    for (let i = 0; i < length; ++i) {
      start = index
      while (x[index++] !== 0);
      const table = x.readUInt32BE(index)
      const number = x.readUInt16BE(index + 4)
      const type = x.readUInt32BE(index + 6)
      query.statement.columns[i] = {
        name: transform.column.from
          ? transform.column.from(x.toString('utf8', start, index - 1))
          : x.toString('utf8', start, index - 1),
        parser: parsers[type],
        table,
        number,
        type
      }
      index += 18
    }

    result.statement = query.statement
    if (query.onlyDescribe)
      return (query.resolve(query.statement), write(Sync))
  }

  async function Authentication(x, type = x.readUInt32BE(5)) {
    (
      type === 3 ? AuthenticationCleartextPassword :
      type === 5 ? AuthenticationMD5Password :
      type === 10 ? SASL :
      type === 11 ? SASLContinue :
      type === 12 ? SASLFinal :
      type !== 0 ? UnknownAuth :
      noop
    )(x, type)
  }

  /* c8 ignore next 5 */
  async function AuthenticationCleartextPassword() {
    const payload = await Pass()
    write(
      bytes().p().str(payload).z(1).end()
    )
  }

  async function AuthenticationMD5Password(x) {
    const payload = 'md5' + (
      await md5(
        Buffer.concat([
          Buffer.from(await md5((await Pass()) + user)),
          x.subarray(9)
        ])
      )
    )
    write(
      bytes().p().str(payload).z(1).end()
    )
  }

  async function SASL() {
    nonce = (await external_crypto_.randomBytes(18)).toString('base64')
    bytes().p().str('SCRAM-SHA-256' + bytes.N)
    const i = bytes.i
    write(bytes.inc(4).str('n,,n=*,r=' + nonce).i32(bytes.i - i - 4, i).end())
  }

  async function SASLContinue(x) {
    const res = x.toString('utf8', 9).split(',').reduce((acc, x) => (acc[x[0]] = x.slice(2), acc), {})

    const saltedPassword = await external_crypto_.pbkdf2Sync(
      await Pass(),
      Buffer.from(res.s, 'base64'),
      parseInt(res.i), 32,
      'sha256'
    )

    const clientKey = await hmac(saltedPassword, 'Client Key')

    const auth = 'n=*,r=' + nonce + ','
               + 'r=' + res.r + ',s=' + res.s + ',i=' + res.i
               + ',c=biws,r=' + res.r

    serverSignature = (await hmac(await hmac(saltedPassword, 'Server Key'), auth)).toString('base64')

    const payload = 'c=biws,r=' + res.r + ',p=' + xor(
      clientKey, Buffer.from(await hmac(await sha256(clientKey), auth))
    ).toString('base64')

    write(
      bytes().p().str(payload).end()
    )
  }

  function SASLFinal(x) {
    if (x.toString('utf8', 9).split(bytes.N, 1)[0].slice(2) === serverSignature)
      return
    /* c8 ignore next 5 */
    errored(Errors.generic('SASL_SIGNATURE_MISMATCH', 'The server did not return the correct signature'))
    socket.destroy()
  }

  function Pass() {
    return Promise.resolve(typeof options.pass === 'function'
      ? options.pass()
      : options.pass
    )
  }

  function NoData() {
    result.statement = query.statement
    result.statement.columns = []
    if (query.onlyDescribe)
      return (query.resolve(query.statement), write(Sync))
  }

  function BackendKeyData(x) {
    backend.pid = x.readUInt32BE(5)
    backend.secret = x.readUInt32BE(9)
  }

  async function fetchArrayTypes() {
    needsTypes = false
    const types = await new Query([`
      select b.oid, b.typarray
      from pg_catalog.pg_type a
      left join pg_catalog.pg_type b on b.oid = a.typelem
      where a.typcategory = 'A'
      group by b.oid, b.typarray
      order by b.oid
    `], [], execute)
    types.forEach(({ oid, typarray }) => addArrayType(oid, typarray))
  }

  function addArrayType(oid, typarray) {
    if (!!options.parsers[typarray] && !!options.serializers[typarray]) return
    const parser = options.parsers[oid]
    options.shared.typeArrayMap[oid] = typarray
    options.parsers[typarray] = (xs) => arrayParser(xs, parser, typarray)
    options.parsers[typarray].array = true
    options.serializers[typarray] = (xs) => arraySerializer(xs, options.serializers[oid], options, typarray)
  }

  function tryNext(x, xs) {
    return (
      (x === 'read-write' && xs.default_transaction_read_only === 'on') ||
      (x === 'read-only' && xs.default_transaction_read_only === 'off') ||
      (x === 'primary' && xs.in_hot_standby === 'on') ||
      (x === 'standby' && xs.in_hot_standby === 'off') ||
      (x === 'prefer-standby' && xs.in_hot_standby === 'off' && options.host[retries])
    )
  }

  function fetchState() {
    const query = new Query([`
      show transaction_read_only;
      select pg_catalog.pg_is_in_recovery()
    `], [], execute, null, { simple: true })
    query.resolve = ([[a], [b]]) => {
      backendParameters.default_transaction_read_only = a.transaction_read_only
      backendParameters.in_hot_standby = b.pg_is_in_recovery ? 'on' : 'off'
    }
    query.execute()
  }

  function ErrorResponse(x) {
    if (query) {
      (query.cursorFn || query.describeFirst) && write(Sync)
      errorResponse = Errors.postgres(parseError(x))
    } else {
      errored(Errors.postgres(parseError(x)))
    }
  }

  function retry(q, error) {
    delete statements[q.signature]
    q.retried = error
    execute(q)
  }

  function NotificationResponse(x) {
    if (!onnotify)
      return

    let index = 9
    while (x[index++] !== 0);
    onnotify(
      x.toString('utf8', 9, index - 1),
      x.toString('utf8', index, x.length - 1)
    )
  }

  async function PortalSuspended() {
    try {
      const x = await Promise.resolve(query.cursorFn(result))
      rows = 0
      x === CLOSE
        ? write(Close(query.portal))
        : (result = new Result(), write(Execute('', query.cursorRows)))
    } catch (err) {
      write(Sync)
      query.reject(err)
    }
  }

  function CloseComplete() {
    result.count && query.cursorFn(result)
    query.resolve(result)
  }

  function CopyInResponse() {
    stream = new external_stream_.Writable({
      autoDestroy: true,
      write(chunk, encoding, callback) {
        socket.write(bytes().d().raw(chunk).end(), callback)
      },
      destroy(error, callback) {
        callback(error)
        socket.write(bytes().f().str(error + bytes.N).end())
        stream = null
      },
      final(callback) {
        socket.write(bytes().c().end())
        final = callback
        stream = null
      }
    })
    query.resolve(stream)
  }

  function CopyOutResponse() {
    stream = new external_stream_.Readable({
      read() { socket.resume() }
    })
    query.resolve(stream)
  }

  /* c8 ignore next 3 */
  function CopyBothResponse() {
    stream = new external_stream_.Duplex({
      autoDestroy: true,
      read() { socket.resume() },
      /* c8 ignore next 11 */
      write(chunk, encoding, callback) {
        socket.write(bytes().d().raw(chunk).end(), callback)
      },
      destroy(error, callback) {
        callback(error)
        socket.write(bytes().f().str(error + bytes.N).end())
        stream = null
      },
      final(callback) {
        socket.write(bytes().c().end())
        final = callback
      }
    })
    query.resolve(stream)
  }

  function CopyData(x) {
    stream && (stream.push(x.subarray(5)) || socket.pause())
  }

  function CopyDone() {
    stream && stream.push(null)
    stream = null
  }

  function NoticeResponse(x) {
    onnotice
      ? onnotice(parseError(x))
      : console.log(parseError(x)) // eslint-disable-line

  }

  /* c8 ignore next 3 */
  function EmptyQueryResponse() {
    /* noop */
  }

  /* c8 ignore next 3 */
  function FunctionCallResponse() {
    errored(Errors.notSupported('FunctionCallResponse'))
  }

  /* c8 ignore next 3 */
  function NegotiateProtocolVersion() {
    errored(Errors.notSupported('NegotiateProtocolVersion'))
  }

  /* c8 ignore next 3 */
  function UnknownMessage(x) {
    console.error('Postgres.js : Unknown Message:', x[0]) // eslint-disable-line
  }

  /* c8 ignore next 3 */
  function UnknownAuth(x, type) {
    console.error('Postgres.js : Unknown Auth:', type) // eslint-disable-line
  }

  /* Messages */
  function Bind(parameters, types, statement = '', portal = '') {
    let prev
      , type

    bytes().B().str(portal + bytes.N).str(statement + bytes.N).i16(0).i16(parameters.length)

    parameters.forEach((x, i) => {
      if (x === null)
        return bytes.i32(0xFFFFFFFF)

      type = types[i]
      parameters[i] = x = type in options.serializers
        ? options.serializers[type](x)
        : '' + x

      prev = bytes.i
      bytes.inc(4).str(x).i32(bytes.i - prev - 4, prev)
    })

    bytes.i16(0)

    return bytes.end()
  }

  function Parse(str, parameters, types, name = '') {
    bytes().P().str(name + bytes.N).str(str + bytes.N).i16(parameters.length)
    parameters.forEach((x, i) => bytes.i32(types[i] || 0))
    return bytes.end()
  }

  function Describe(x, name = '') {
    return bytes().D().str(x).str(name + bytes.N).end()
  }

  function Execute(portal = '', rows = 0) {
    return Buffer.concat([
      bytes().E().str(portal + bytes.N).i32(rows).end(),
      Flush
    ])
  }

  function Close(portal = '') {
    return Buffer.concat([
      bytes().C().str('P').str(portal + bytes.N).end(),
      bytes().S().end()
    ])
  }

  function StartupMessage() {
    return cancelMessage || bytes().inc(4).i16(3).z(2).str(
      Object.entries(Object.assign({
        user,
        database,
        client_encoding: 'UTF8'
      },
        options.connection
      )).filter(([, v]) => v).map(([k, v]) => k + bytes.N + v).join(bytes.N)
    ).z(2).end(0)
  }

}

function parseError(x) {
  const error = {}
  let start = 5
  for (let i = 5; i < x.length - 1; i++) {
    if (x[i] === 0) {
      error[errorFields[x[start]]] = x.toString('utf8', start + 1, i)
      start = i + 1
    }
  }
  return error
}

function md5(x) {
  return external_crypto_.createHash('md5').update(x).digest('hex')
}

function hmac(key, x) {
  return external_crypto_.createHmac('sha256', key).update(x).digest()
}

function sha256(x) {
  return external_crypto_.createHash('sha256').update(x).digest()
}

function xor(a, b) {
  const length = Math.max(a.length, b.length)
  const buffer = Buffer.allocUnsafe(length)
  for (let i = 0; i < length; i++)
    buffer[i] = a[i] ^ b[i]
  return buffer
}

function timer(fn, seconds) {
  seconds = typeof seconds === 'function' ? seconds() : seconds
  if (!seconds)
    return { cancel: noop, start: noop }

  let timer
  return {
    cancel() {
      timer && (clearTimeout(timer), timer = null)
    },
    start() {
      timer && clearTimeout(timer)
      timer = setTimeout(done, seconds * 1000, arguments)
    }
  }

  function done(args) {
    fn.apply(null, args)
    timer = null
  }
}

;// CONCATENATED MODULE: ./node_modules/postgres/src/subscribe.js
const subscribe_noop = () => { /* noop */ }

function Subscribe(postgres, options) {
  const subscribers = new Map()
      , slot = 'postgresjs_' + Math.random().toString(36).slice(2)
      , state = {}

  let connection
    , stream
    , ended = false

  const sql = subscribe.sql = postgres({
    ...options,
    transform: { column: {}, value: {}, row: {} },
    max: 1,
    fetch_types: false,
    idle_timeout: null,
    max_lifetime: null,
    connection: {
      ...options.connection,
      replication: 'database'
    },
    onclose: async function() {
      if (ended)
        return
      stream = null
      state.pid = state.secret = undefined
      connected(await init(sql, slot, options.publications))
      subscribers.forEach(event => event.forEach(({ onsubscribe }) => onsubscribe()))
    },
    no_subscribe: true
  })

  const end = sql.end
      , close = sql.close

  sql.end = async() => {
    ended = true
    stream && (await new Promise(r => (stream.once('close', r), stream.end())))
    return end()
  }

  sql.close = async() => {
    stream && (await new Promise(r => (stream.once('close', r), stream.end())))
    return close()
  }

  return subscribe

  async function subscribe(event, fn, onsubscribe = subscribe_noop, onerror = subscribe_noop) {
    event = parseEvent(event)

    if (!connection)
      connection = init(sql, slot, options.publications)

    const subscriber = { fn, onsubscribe }
    const fns = subscribers.has(event)
      ? subscribers.get(event).add(subscriber)
      : subscribers.set(event, new Set([subscriber])).get(event)

    const unsubscribe = () => {
      fns.delete(subscriber)
      fns.size === 0 && subscribers.delete(event)
    }

    return connection.then(x => {
      connected(x)
      onsubscribe()
      stream && stream.on('error', onerror)
      return { unsubscribe, state, sql }
    })
  }

  function connected(x) {
    stream = x.stream
    state.pid = x.state.pid
    state.secret = x.state.secret
  }

  async function init(sql, slot, publications) {
    if (!publications)
      throw new Error('Missing publication names')

    const xs = await sql.unsafe(
      `CREATE_REPLICATION_SLOT ${ slot } TEMPORARY LOGICAL pgoutput NOEXPORT_SNAPSHOT`
    )

    const [x] = xs

    const stream = await sql.unsafe(
      `START_REPLICATION SLOT ${ slot } LOGICAL ${
        x.consistent_point
      } (proto_version '1', publication_names '${ publications }')`
    ).writable()

    const state = {
      lsn: Buffer.concat(x.consistent_point.split('/').map(x => Buffer.from(('00000000' + x).slice(-8), 'hex')))
    }

    stream.on('data', data)
    stream.on('error', error)
    stream.on('close', sql.close)

    return { stream, state: xs.state }

    function error(e) {
      console.error('Unexpected error during logical streaming - reconnecting', e) // eslint-disable-line
    }

    function data(x) {
      if (x[0] === 0x77) {
        parse(x.subarray(25), state, sql.options.parsers, handle, options.transform)
      } else if (x[0] === 0x6b && x[17]) {
        state.lsn = x.subarray(1, 9)
        pong()
      }
    }

    function handle(a, b) {
      const path = b.relation.schema + '.' + b.relation.table
      call('*', a, b)
      call('*:' + path, a, b)
      b.relation.keys.length && call('*:' + path + '=' + b.relation.keys.map(x => a[x.name]), a, b)
      call(b.command, a, b)
      call(b.command + ':' + path, a, b)
      b.relation.keys.length && call(b.command + ':' + path + '=' + b.relation.keys.map(x => a[x.name]), a, b)
    }

    function pong() {
      const x = Buffer.alloc(34)
      x[0] = 'r'.charCodeAt(0)
      x.fill(state.lsn, 1)
      x.writeBigInt64BE(BigInt(Date.now() - Date.UTC(2000, 0, 1)) * BigInt(1000), 25)
      stream.write(x)
    }
  }

  function call(x, a, b) {
    subscribers.has(x) && subscribers.get(x).forEach(({ fn }) => fn(a, b, x))
  }
}

function Time(x) {
  return new Date(Date.UTC(2000, 0, 1) + Number(x / BigInt(1000)))
}

function parse(x, state, parsers, handle, transform) {
  const char = (acc, [k, v]) => (acc[k.charCodeAt(0)] = v, acc)

  Object.entries({
    R: x => {  // Relation
      let i = 1
      const r = state[x.readUInt32BE(i)] = {
        schema: x.toString('utf8', i += 4, i = x.indexOf(0, i)) || 'pg_catalog',
        table: x.toString('utf8', i + 1, i = x.indexOf(0, i + 1)),
        columns: Array(x.readUInt16BE(i += 2)),
        keys: []
      }
      i += 2

      let columnIndex = 0
        , column

      while (i < x.length) {
        column = r.columns[columnIndex++] = {
          key: x[i++],
          name: transform.column.from
            ? transform.column.from(x.toString('utf8', i, i = x.indexOf(0, i)))
            : x.toString('utf8', i, i = x.indexOf(0, i)),
          type: x.readUInt32BE(i += 1),
          parser: parsers[x.readUInt32BE(i)],
          atttypmod: x.readUInt32BE(i += 4)
        }

        column.key && r.keys.push(column)
        i += 4
      }
    },
    Y: () => { /* noop */ }, // Type
    O: () => { /* noop */ }, // Origin
    B: x => { // Begin
      state.date = Time(x.readBigInt64BE(9))
      state.lsn = x.subarray(1, 9)
    },
    I: x => { // Insert
      let i = 1
      const relation = state[x.readUInt32BE(i)]
      const { row } = tuples(x, relation.columns, i += 7, transform)

      handle(row, {
        command: 'insert',
        relation
      })
    },
    D: x => { // Delete
      let i = 1
      const relation = state[x.readUInt32BE(i)]
      i += 4
      const key = x[i] === 75
      handle(key || x[i] === 79
        ? tuples(x, relation.columns, i += 3, transform).row
        : null
      , {
        command: 'delete',
        relation,
        key
      })
    },
    U: x => { // Update
      let i = 1
      const relation = state[x.readUInt32BE(i)]
      i += 4
      const key = x[i] === 75
      const xs = key || x[i] === 79
        ? tuples(x, relation.columns, i += 3, transform)
        : null

      xs && (i = xs.i)

      const { row } = tuples(x, relation.columns, i + 3, transform)

      handle(row, {
        command: 'update',
        relation,
        key,
        old: xs && xs.row
      })
    },
    T: () => { /* noop */ }, // Truncate,
    C: () => { /* noop */ }  // Commit
  }).reduce(char, {})[x[0]](x)
}

function tuples(x, columns, xi, transform) {
  let type
    , column
    , value

  const row = transform.raw ? new Array(columns.length) : {}
  for (let i = 0; i < columns.length; i++) {
    type = x[xi++]
    column = columns[i]
    value = type === 110 // n
      ? null
      : type === 117 // u
        ? undefined
        : column.parser === undefined
          ? x.toString('utf8', xi + 4, xi += 4 + x.readUInt32BE(xi))
          : column.parser.array === true
            ? column.parser(x.toString('utf8', xi + 5, xi += 4 + x.readUInt32BE(xi)))
            : column.parser(x.toString('utf8', xi + 4, xi += 4 + x.readUInt32BE(xi)))

    transform.raw
      ? (row[i] = transform.raw === true
        ? value
        : transform.value.from ? transform.value.from(value, column) : value)
      : (row[column.name] = transform.value.from
        ? transform.value.from(value, column)
        : value
      )
  }

  return { i: xi, row: transform.row.from ? transform.row.from(row) : row }
}

function parseEvent(x) {
  const xs = x.match(/^(\*|insert|update|delete)?:?([^.]+?\.?[^=]+)?=?(.+)?/i) || []

  if (!xs)
    throw new Error('Malformed subscribe pattern: ' + x)

  const [, command, path, key] = xs

  return (command || '*')
       + (path ? ':' + (path.indexOf('.') === -1 ? 'public.' + path : path) : '')
       + (key ? '=' + key : '')
}

;// CONCATENATED MODULE: ./node_modules/postgres/src/large.js


function largeObject(sql, oid, mode = 0x00020000 | 0x00040000) {
  return new Promise(async(resolve, reject) => {
    await sql.begin(async sql => {
      let finish
      !oid && ([{ oid }] = await sql`select lo_creat(-1) as oid`)
      const [{ fd }] = await sql`select lo_open(${ oid }, ${ mode }) as fd`

      const lo = {
        writable,
        readable,
        close     : () => sql`select lo_close(${ fd })`.then(finish),
        tell      : () => sql`select lo_tell64(${ fd })`,
        read      : (x) => sql`select loread(${ fd }, ${ x }) as data`,
        write     : (x) => sql`select lowrite(${ fd }, ${ x })`,
        truncate  : (x) => sql`select lo_truncate64(${ fd }, ${ x })`,
        seek      : (x, whence = 0) => sql`select lo_lseek64(${ fd }, ${ x }, ${ whence })`,
        size      : () => sql`
          select
            lo_lseek64(${ fd }, location, 0) as position,
            seek.size
          from (
            select
              lo_lseek64($1, 0, 2) as size,
              tell.location
            from (select lo_tell64($1) as location) tell
          ) seek
        `
      }

      resolve(lo)

      return new Promise(async r => finish = r)

      async function readable({
        highWaterMark = 2048 * 8,
        start = 0,
        end = Infinity
      } = {}) {
        let max = end - start
        start && await lo.seek(start)
        return new external_stream_.Readable({
          highWaterMark,
          async read(size) {
            const l = size > max ? size - max : size
            max -= size
            const [{ data }] = await lo.read(l)
            this.push(data)
            if (data.length < size)
              this.push(null)
          }
        })
      }

      async function writable({
        highWaterMark = 2048 * 8,
        start = 0
      } = {}) {
        start && await lo.seek(start)
        return new external_stream_.Writable({
          highWaterMark,
          write(chunk, encoding, callback) {
            lo.write(chunk).then(() => callback(), callback)
          }
        })
      }
    }).catch(reject)
  })
}

;// CONCATENATED MODULE: ./node_modules/postgres/src/index.js












Object.assign(Postgres, {
  PostgresError: PostgresError,
  toPascal: toPascal,
  pascal: pascal,
  toCamel: toCamel,
  camel: camel,
  toKebab: toKebab,
  kebab: kebab,
  fromPascal: fromPascal,
  fromCamel: fromCamel,
  fromKebab: fromKebab,
  BigInt: {
    to: 20,
    from: [20],
    parse: x => BigInt(x), // eslint-disable-line
    serialize: x => x.toString()
  }
})

/* harmony default export */ const src = (Postgres);

function Postgres(a, b) {
  const options = parseOptions(a, b)
      , subscribe = options.no_subscribe || Subscribe(Postgres, { ...options })

  let ending = false

  const queries = src_queue()
      , connecting = src_queue()
      , reserved = src_queue()
      , closed = src_queue()
      , ended = src_queue()
      , open = src_queue()
      , busy = src_queue()
      , full = src_queue()
      , queues = { connecting, reserved, closed, ended, open, busy, full }

  const connections = [...Array(options.max)].map(() => src_connection(options, queues, { onopen, onend, onclose }))

  const sql = Sql(handler)

  Object.assign(sql, {
    get parameters() { return options.parameters },
    largeObject: largeObject.bind(null, sql),
    subscribe,
    CLOSE: CLOSE,
    END: CLOSE,
    PostgresError: PostgresError,
    options,
    reserve,
    listen,
    begin,
    close,
    end
  })

  return sql

  function Sql(handler) {
    handler.debug = options.debug

    Object.entries(options.types).reduce((acc, [name, type]) => {
      acc[name] = (x) => new Parameter(x, type.to)
      return acc
    }, typed)

    Object.assign(sql, {
      types: typed,
      typed,
      unsafe,
      notify,
      array,
      json,
      file
    })

    return sql

    function typed(value, type) {
      return new Parameter(value, type)
    }

    function sql(strings, ...args) {
      const query = strings && Array.isArray(strings.raw)
        ? new Query(strings, args, handler, cancel)
        : typeof strings === 'string' && !args.length
          ? new Identifier(options.transform.column.to ? options.transform.column.to(strings) : strings)
          : new Builder(strings, args)
      return query
    }

    function unsafe(string, args = [], options = {}) {
      arguments.length === 2 && !Array.isArray(args) && (options = args, args = [])
      const query = new Query([string], args, handler, cancel, {
        prepare: false,
        ...options,
        simple: 'simple' in options ? options.simple : args.length === 0
      })
      return query
    }

    function file(path, args = [], options = {}) {
      arguments.length === 2 && !Array.isArray(args) && (options = args, args = [])
      const query = new Query([], args, (query) => {
        external_fs_namespaceObject.readFile(path, 'utf8', (err, string) => {
          if (err)
            return query.reject(err)

          query.strings = [string]
          handler(query)
        })
      }, cancel, {
        ...options,
        simple: 'simple' in options ? options.simple : args.length === 0
      })
      return query
    }
  }

  async function listen(name, fn, onlisten) {
    const listener = { fn, onlisten }

    const sql = listen.sql || (listen.sql = Postgres({
      ...options,
      max: 1,
      idle_timeout: null,
      max_lifetime: null,
      fetch_types: false,
      onclose() {
        Object.entries(listen.channels).forEach(([name, { listeners }]) => {
          delete listen.channels[name]
          Promise.all(listeners.map(l => listen(name, l.fn, l.onlisten).catch(() => { /* noop */ })))
        })
      },
      onnotify(c, x) {
        c in listen.channels && listen.channels[c].listeners.forEach(l => l.fn(x))
      }
    }))

    const channels = listen.channels || (listen.channels = {})
        , exists = name in channels

    if (exists) {
      channels[name].listeners.push(listener)
      const result = await channels[name].result
      listener.onlisten && listener.onlisten()
      return { state: result.state, unlisten }
    }

    channels[name] = { result: sql`listen ${
      sql.unsafe('"' + name.replace(/"/g, '""') + '"')
    }`, listeners: [listener] }
    const result = await channels[name].result
    listener.onlisten && listener.onlisten()
    return { state: result.state, unlisten }

    async function unlisten() {
      if (name in channels === false)
        return

      channels[name].listeners = channels[name].listeners.filter(x => x !== listener)
      if (channels[name].listeners.length)
        return

      delete channels[name]
      return sql`unlisten ${
        sql.unsafe('"' + name.replace(/"/g, '""') + '"')
      }`
    }
  }

  async function notify(channel, payload) {
    return await sql`select pg_notify(${ channel }, ${ '' + payload })`
  }

  async function reserve() {
    const queue = src_queue()
    const c = open.length
      ? open.shift()
      : await new Promise((resolve, reject) => {
        const query = { reserve: resolve, reject }
        queries.push(query)
        closed.length && connect(closed.shift(), query)
      })

    move(c, reserved)
    c.reserved = () => queue.length
      ? c.execute(queue.shift())
      : move(c, reserved)
    c.reserved.release = true

    const sql = Sql(handler)
    sql.release = () => {
      c.reserved = null
      onopen(c)
    }

    return sql

    function handler(q) {
      c.queue === full
        ? queue.push(q)
        : c.execute(q) || move(c, full)
    }
  }

  async function begin(options, fn) {
    !fn && (fn = options, options = '')
    const queries = src_queue()
    let savepoints = 0
      , connection
      , prepare = null

    try {
      await sql.unsafe('begin ' + options.replace(/[^a-z ]/ig, ''), [], { onexecute }).execute()
      return await Promise.race([
        scope(connection, fn),
        new Promise((_, reject) => connection.onclose = reject)
      ])
    } catch (error) {
      throw error
    }

    async function scope(c, fn, name) {
      const sql = Sql(handler)
      sql.savepoint = savepoint
      sql.prepare = x => prepare = x.replace(/[^a-z0-9$-_. ]/gi)
      let uncaughtError
        , result

      name && await sql`savepoint ${ sql(name) }`
      try {
        result = await new Promise((resolve, reject) => {
          const x = fn(sql)
          Promise.resolve(Array.isArray(x) ? Promise.all(x) : x).then(resolve, reject)
        })

        if (uncaughtError)
          throw uncaughtError
      } catch (e) {
        await (name
          ? sql`rollback to ${ sql(name) }`
          : sql`rollback`
        )
        throw e instanceof PostgresError && e.code === '25P02' && uncaughtError || e
      }

      if (!name) {
        prepare
          ? await sql`prepare transaction '${ sql.unsafe(prepare) }'`
          : await sql`commit`
      }

      return result

      function savepoint(name, fn) {
        if (name && Array.isArray(name.raw))
          return savepoint(sql => sql.apply(sql, arguments))

        arguments.length === 1 && (fn = name, name = null)
        return scope(c, fn, 's' + savepoints++ + (name ? '_' + name : ''))
      }

      function handler(q) {
        q.catch(e => uncaughtError || (uncaughtError = e))
        c.queue === full
          ? queries.push(q)
          : c.execute(q) || move(c, full)
      }
    }

    function onexecute(c) {
      connection = c
      move(c, reserved)
      c.reserved = () => queries.length
        ? c.execute(queries.shift())
        : move(c, reserved)
    }
  }

  function move(c, queue) {
    c.queue.remove(c)
    queue.push(c)
    c.queue = queue
    queue === open
      ? c.idleTimer.start()
      : c.idleTimer.cancel()
    return c
  }

  function json(x) {
    return new Parameter(x, 3802)
  }

  function array(x, type) {
    if (!Array.isArray(x))
      return array(Array.from(arguments))

    return new Parameter(x, type || (x.length ? inferType(x) || 25 : 0), options.shared.typeArrayMap)
  }

  function handler(query) {
    if (ending)
      return query.reject(Errors.connection('CONNECTION_ENDED', options, options))

    if (open.length)
      return go(open.shift(), query)

    if (closed.length)
      return connect(closed.shift(), query)

    busy.length
      ? go(busy.shift(), query)
      : queries.push(query)
  }

  function go(c, query) {
    return c.execute(query)
      ? move(c, busy)
      : move(c, full)
  }

  function cancel(query) {
    return new Promise((resolve, reject) => {
      query.state
        ? query.active
          ? src_connection(options).cancel(query.state, resolve, reject)
          : query.cancelled = { resolve, reject }
        : (
          queries.remove(query),
          query.cancelled = true,
          query.reject(Errors.generic('57014', 'canceling statement due to user request')),
          resolve()
        )
    })
  }

  async function end({ timeout = null } = {}) {
    if (ending)
      return ending

    await 1
    let timer
    return ending = Promise.race([
      new Promise(r => timeout !== null && (timer = setTimeout(destroy, timeout * 1000, r))),
      Promise.all(connections.map(c => c.end()).concat(
        listen.sql ? listen.sql.end({ timeout: 0 }) : [],
        subscribe.sql ? subscribe.sql.end({ timeout: 0 }) : []
      ))
    ]).then(() => clearTimeout(timer))
  }

  async function close() {
    await Promise.all(connections.map(c => c.end()))
  }

  async function destroy(resolve) {
    await Promise.all(connections.map(c => c.terminate()))
    while (queries.length)
      queries.shift().reject(Errors.connection('CONNECTION_DESTROYED', options))
    resolve()
  }

  function connect(c, query) {
    move(c, connecting)
    c.connect(query)
    return c
  }

  function onend(c) {
    move(c, ended)
  }

  function onopen(c) {
    if (queries.length === 0)
      return move(c, open)

    let max = Math.ceil(queries.length / (connecting.length + 1))
      , ready = true

    while (ready && queries.length && max-- > 0) {
      const query = queries.shift()
      if (query.reserve)
        return query.reserve(c)

      ready = c.execute(query)
    }

    ready
      ? move(c, busy)
      : move(c, full)
  }

  function onclose(c, e) {
    move(c, closed)
    c.reserved = null
    c.onclose && (c.onclose(e), c.onclose = null)
    options.onclose && options.onclose(c.id)
    queries.length && connect(c, queries.shift())
  }
}

function parseOptions(a, b) {
  if (a && a.shared)
    return a

  const env = process.env // eslint-disable-line
      , o = (!a || typeof a === 'string' ? b : a) || {}
      , { url, multihost } = parseUrl(a)
      , query = [...url.searchParams].reduce((a, [b, c]) => (a[b] = c, a), {})
      , host = o.hostname || o.host || multihost || url.hostname || env.PGHOST || 'localhost'
      , port = o.port || url.port || env.PGPORT || 5432
      , user = o.user || o.username || url.username || env.PGUSERNAME || env.PGUSER || osUsername()

  o.no_prepare && (o.prepare = false)
  query.sslmode && (query.ssl = query.sslmode, delete query.sslmode)
  'timeout' in o && (console.log('The timeout option is deprecated, use idle_timeout instead'), o.idle_timeout = o.timeout) // eslint-disable-line
  query.sslrootcert === 'system' && (query.ssl = 'verify-full')

  const ints = ['idle_timeout', 'connect_timeout', 'max_lifetime', 'max_pipeline', 'backoff', 'keep_alive']
  const defaults = {
    max             : globalThis.Cloudflare ? 3 : 10,
    ssl             : false,
    sslnegotiation  : null,
    idle_timeout    : null,
    connect_timeout : 30,
    max_lifetime    : max_lifetime,
    max_pipeline    : 100,
    backoff         : backoff,
    keep_alive      : 60,
    prepare         : true,
    debug           : false,
    fetch_types     : true,
    publications    : 'alltables',
    target_session_attrs: null
  }

  return {
    host            : Array.isArray(host) ? host : host.split(',').map(x => x.split(':')[0]),
    port            : Array.isArray(port) ? port : host.split(',').map(x => parseInt(x.split(':')[1] || port)),
    path            : o.path || host.indexOf('/') > -1 && host + '/.s.PGSQL.' + port,
    database        : o.database || o.db || (url.pathname || '').slice(1) || env.PGDATABASE || user,
    user            : user,
    pass            : o.pass || o.password || url.password || env.PGPASSWORD || '',
    ...Object.entries(defaults).reduce(
      (acc, [k, d]) => {
        const value = k in o ? o[k] : k in query
          ? (query[k] === 'disable' || query[k] === 'false' ? false : query[k])
          : env['PG' + k.toUpperCase()] || d
        acc[k] = typeof value === 'string' && ints.includes(k)
          ? +value
          : value
        return acc
      },
      {}
    ),
    connection      : {
      application_name: env.PGAPPNAME || 'postgres.js',
      ...o.connection,
      ...Object.entries(query).reduce((acc, [k, v]) => (k in defaults || (acc[k] = v), acc), {})
    },
    types           : o.types || {},
    target_session_attrs: tsa(o, url, env),
    onnotice        : o.onnotice,
    onnotify        : o.onnotify,
    onclose         : o.onclose,
    onparameter     : o.onparameter,
    socket          : o.socket,
    transform       : parseTransform(o.transform || { undefined: undefined }),
    parameters      : {},
    shared          : { retries: 0, typeArrayMap: {} },
    ...mergeUserTypes(o.types)
  }
}

function tsa(o, url, env) {
  const x = o.target_session_attrs || url.searchParams.get('target_session_attrs') || env.PGTARGETSESSIONATTRS
  if (!x || ['read-write', 'read-only', 'primary', 'standby', 'prefer-standby'].includes(x))
    return x

  throw new Error('target_session_attrs ' + x + ' is not supported')
}

function backoff(retries) {
  return (0.5 + Math.random() / 2) * Math.min(3 ** retries / 100, 20)
}

function max_lifetime() {
  return 60 * (30 + Math.random() * 30)
}

function parseTransform(x) {
  return {
    undefined: x.undefined,
    column: {
      from: typeof x.column === 'function' ? x.column : x.column && x.column.from,
      to: x.column && x.column.to
    },
    value: {
      from: typeof x.value === 'function' ? x.value : x.value && x.value.from,
      to: x.value && x.value.to
    },
    row: {
      from: typeof x.row === 'function' ? x.row : x.row && x.row.from,
      to: x.row && x.row.to
    }
  }
}

function parseUrl(url) {
  if (!url || typeof url !== 'string')
    return { url: { searchParams: new Map() } }

  let host = url
  host = host.slice(host.indexOf('://') + 3).split(/[?/]/)[0]
  host = decodeURIComponent(host.slice(host.indexOf('@') + 1))

  const urlObj = new URL(url.replace(host, host.split(',')[0]))

  return {
    url: {
      username: decodeURIComponent(urlObj.username),
      password: decodeURIComponent(urlObj.password),
      host: urlObj.host,
      hostname: urlObj.hostname,
      port: urlObj.port,
      pathname: urlObj.pathname,
      searchParams: urlObj.searchParams
    },
    multihost: host.indexOf(',') > -1 && host
  }
}

function osUsername() {
  try {
    return external_os_namespaceObject.userInfo().username // eslint-disable-line
  } catch (_) {
    return process.env.USERNAME || process.env.USER || process.env.LOGNAME  // eslint-disable-line
  }
}

;// CONCATENATED MODULE: ./src/engines/postgres/errors.ts


/**
 * How a Postgres error reads to the core. postgres.js reports a lost socket with its own codes;
 * the server reports a terminated session (`pg_terminate_backend`, a failover, an idle killer)
 * with SQLSTATE 57P01/57P02, and its "try again" states with 57P03/53300. All of them end the
 * session, and with it the advisory lock and any open transaction.
 */
const LOST_CODES = new Set([
    'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED',
    '57P01', // admin_shutdown: terminated by pg_terminate_backend or a shutdown
    '57P02', // crash_shutdown
    '57P03', // cannot_connect_now: the server is starting up
    '53300', // too_many_connections
]);
const sqlState = (error) => String(error?.code ?? '');
const isConnectionLoss = (error) => (0,retry/* isTransientConnectionError */.JI)(error, LOST_CODES) || /^08/.test(sqlState(error));
/** What schemagate's own queries (journal, lock, introspection) need from the role. */
const PRIVILEGE_HINT = 'schemagate needs a role that can CREATE on the database (for its journal schema) and USAGE, CREATE on that schema, ' +
    'plus INSERT, UPDATE, SELECT on its journal tables: GRANT CREATE ON DATABASE <db> TO <role>; or point `journal-schema` at a schema the role owns. ' +
    'A read-only role can run `plan` and `verify` only once the journal exists.';
/** A migration statement refused for a missing privilege or a read-only session: which privilege to grant. */
function privilegeHint(error) {
    const code = sqlState(error);
    if (code === '25006')
        return { hint: 'The session is read-only (a read-only role, a replica, or default_transaction_read_only): apply through the primary with a role that may write.' };
    if (code === '42501')
        return { hint: 'The role lacks a privilege this statement needs: GRANT it CREATE on the schema (or the database, for CREATE SCHEMA), or ownership of the table it alters; or run migrations as the schema owner.' };
    return {};
}
/**
 * A failure of one of schemagate's own queries, as an outcome: a lost session is `connection`, a
 * missing privilege or a read-only session is `config` with the privilege to grant, anything
 * else is `internal` (schemagate sent something the server rejected: a bug, not a connection).
 */
function ownQueryFailure(error) {
    if (error instanceof src_errors/* SchemagateError */.RA)
        return error;
    const message = (0,src_errors/* databaseMessage */.bs)(error);
    if (isConnectionLoss(error)) {
        return new src_errors/* SchemagateError */.RA('connection', `Lost the connection to the database: ${message}`, {
            hint: 'The session ended (network, failover, or terminated on the server); the journal records how far the run got. Run again once the database is reachable.',
            cause: error,
        });
    }
    const code = sqlState(error);
    if (code === '42501' || code === '25006') {
        return new src_errors/* SchemagateError */.RA('config', `The database role lacks a privilege schemagate needs: ${message}`, { hint: PRIVILEGE_HINT, cause: error });
    }
    return new src_errors/* SchemagateError */.RA('internal', `A query schemagate sends failed on the server: ${message}`, {
        hint: 'This is a bug in schemagate or a journal changed outside it; report it with this message.',
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/engines/postgres/connection.ts







/**
 * A string literal that means the same whatever `standard_conforming_strings` says: in an E''
 * literal a backslash always escapes, so both it and the quote are doubled.
 */
const escapedLiteral = (text) => `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
/** The transaction-local settings as one query (`set_config(name, value, true)`), or null for none. */
function settingsQuery(settings = {}) {
    const entries = Object.entries(settings);
    if (entries.length === 0)
        return null;
    return `SELECT ${entries.map(([name, value]) => `set_config(${escapedLiteral(name)}, ${escapedLiteral(value)}, true)`).join(', ')}`;
}
/** BEGIN and the settings as one simple query: opening a transaction costs one message and one answer. */
function beginQuery(settings) {
    const set = settingsQuery(settings);
    return set ? `BEGIN; ${set}` : 'BEGIN';
}
/** The server refused a transaction's COMMIT (a deferred constraint, a serialization failure): the transaction rolled back. */
class CommitRefused extends Error {
    refusal;
    constructor(refusal) {
        super((0,src_errors/* databaseMessage */.bs)(refusal), { cause: refusal });
        this.refusal = refusal;
        this.name = 'CommitRefused';
    }
}
/** Whether a transaction opened ahead is the one asked for: the same settings, the same statements sent behind its BEGIN. */
function sameOpening(opened, settings = {}, statements) {
    const names = Object.keys(settings);
    return (names.length === Object.keys(opened.settings).length &&
        names.every((name) => opened.settings[name] === settings[name]) &&
        statements.length === opened.ahead.length &&
        statements.every((text, i) => opened.ahead[i].text === text));
}
/**
 * One postgres.js connection (max 1) with transactions run as plain BEGIN/COMMIT/ROLLBACK, and
 * nothing sent once the session is gone. postgres.js's reserved connections (`sql.begin`) write
 * their ROLLBACK to a socket the server has closed, which throws from a timer where no caller can
 * catch it (porsager/postgres#1208): a `pg_terminate_backend` mid-migration crashed the run. The
 * pool instead would reconnect silently, and a new session holds neither the advisory lock nor
 * the transaction, so after a loss every call fails as `connection` without being sent.
 */
function wrapPostgresJs(sql, session, server) {
    const send = async (run) => {
        if (session.lost)
            throw ownQueryFailure(Object.assign(new Error('the session to the database was lost earlier in this run'), { code: 'CONNECTION_CLOSED' }));
        try {
            return await run();
        }
        catch (error) {
            if (isConnectionLoss(error))
                session.lost = true;
            throw error;
        }
    };
    // Called without awaiting, these are pipelined: postgres.js writes each query as it is issued
    // on its one connection (a prepared one needs no Parse/Describe round trip after its first use).
    const query = async (text, params = []) => {
        try {
            const options = params.length > 0 ? { prepare: true } : {};
            return (await send(() => sql.unsafe(text, params, options)));
        }
        catch (error) {
            throw ownQueryFailure(error);
        }
    };
    const queryValues = async (text, read) => {
        const rows = [];
        try {
            await send(() => sql.unsafe(text).values().forEach((values) => void rows.push(read(values))));
        }
        catch (error) {
            throw ownQueryFailure(error);
        }
        return rows;
    };
    const exec = async (text) => {
        const result = await send(() => sql.unsafe(text).simple());
        return Number(result.count ?? 0) || 0;
    };
    const rollback = async () => {
        if (!session.lost)
            await query('ROLLBACK').catch(() => { });
    };
    const pipeline = async (queries) => {
        const answers = queries.map((q) => query(q.text, q.params));
        try {
            await Promise.all(answers);
        }
        catch (error) {
            await rollback();
            throw error;
        }
    };
    /**
     * BEGIN and the statements written right behind it, before any answer is in. Should the opening
     * fail, they ran inside that BEGIN's transaction (BEGIN itself fails only with the session),
     * which the failed pipeline's ROLLBACK, written after them, undoes.
     */
    const open = (settings, statements, before = []) => {
        const opened = pipeline([...before, { text: beginQuery(settings) }]);
        const ahead = statements.map((text) => {
            const answer = exec(text);
            answer.catch(() => { }); // each is awaited by its own `exec`, or never once one has failed
            return { text, answer };
        });
        opened.catch(() => { }); // awaited by the transaction that takes it, or by the rollback of it
        return { settings: settings ?? {}, opened, ahead };
    };
    // A transaction opened behind the last COMMIT (PgTransactionOptions.then), until taken or rolled back.
    let waiting = null;
    const take = (settings, statements) => {
        const taken = waiting && sameOpening(waiting, settings, statements) ? waiting : null;
        if (taken)
            waiting = null;
        return taken;
    };
    // Its rollback while under way: every call made meanwhile waits for it too.
    let rollingBack = null;
    const discard = () => {
        const left = waiting;
        if (left) {
            waiting = null;
            // A failed opening has rolled itself back (pipeline); an open one holds the statements sent behind it.
            rollingBack = left.opened
                .then(() => true, () => false)
                .then((open) => (open ? rollback() : undefined))
                .finally(() => {
                rollingBack = null;
            });
        }
        return rollingBack ?? Promise.resolve();
    };
    /** Every call from outside first rolls back a waiting transaction it does not take. */
    const first = (fn) => (...args) => (waiting || rollingBack ? discard().then(() => fn(...args)) : fn(...args));
    return {
        query: (text, params) => first((query))(text, params),
        queryValues: first(queryValues),
        exec: first(exec),
        pipeline: first(pipeline),
        async transaction(fn, options = {}) {
            const before = options.before ?? [];
            const taken = before.length === 0 ? take(options.settings, options.ahead ?? []) : null;
            if (!taken)
                await discard();
            const { opened, ahead } = taken ?? open(options.settings, options.ahead ?? [], before);
            await opened;
            const queued = [];
            // Sent at once, behind the queued writes; their failure is reported first (it aborted the
            // transaction, so this never ran), this one's own answer only when they succeeded.
            const afterQueued = async (next) => {
                const earlier = queued.splice(0);
                const answer = next();
                if (earlier.length === 0)
                    return answer;
                answer.catch(() => { });
                await Promise.all(earlier);
                return answer;
            };
            const tx = {
                query: (text, params) => afterQueued(() => query(text, params)),
                exec: (text) => {
                    if (ahead.length === 0)
                        return afterQueued(() => exec(text));
                    const next = ahead.shift();
                    if (next.text !== text)
                        throw ownQueryFailure(new Error('a statement sent ahead in the transaction was not the next one executed'));
                    return afterQueued(() => next.answer);
                },
                queue: (text, params) => {
                    const answer = query(text, params);
                    answer.catch(() => { }); // awaited by whatever is sent next, at the latest the COMMIT
                    queued.push(answer);
                    return Promise.resolve();
                },
            };
            let inner = true;
            try {
                const result = await fn(tx);
                // Statements sent ahead that `fn` never took the answer of must not commit unseen.
                if (ahead.length > 0)
                    throw ownQueryFailure(new Error(`${ahead.length} statement(s) sent ahead in the transaction were never executed`));
                inner = false;
                // A queued write that failed aborted the transaction, and the server answers the COMMIT
                // with ROLLBACK; the write's own error is thrown.
                const committed = afterQueued(async () => {
                    try {
                        return await query('COMMIT');
                    }
                    catch (error) {
                        const cause = error instanceof src_errors/* SchemagateError */.RA ? error.cause : error;
                        throw isConnectionLoss(cause) ? error : new CommitRefused(cause);
                    }
                });
                // In the same write as the COMMIT; after a failed COMMIT it is rolled back by the next call.
                if (options.then)
                    waiting = open(options.then.settings, options.then.ahead);
                const { command } = await committed;
                if (command !== 'COMMIT')
                    throw ownQueryFailure(new Error(`the transaction ended with ${command ?? 'no answer'} instead of COMMIT`));
                return result;
            }
            catch (error) {
                // A failed COMMIT has ended the transaction already; a lost session rolled it back.
                if (inner)
                    await rollback();
                throw error;
            }
        },
        async close() {
            await sql.end({ timeout: 5 });
        },
        ...(server ? { session: server } : {}),
    };
}
/**
 * postgres.js reconnects a pool whose connection closed and sends it the queries still waiting
 * in its queue (a prepared statement's first use holds back the queries pipelined behind it).
 * After a terminated session they ran on a new session, without the run's lock or transaction,
 * and the run waited for answers that never came. So sockets are opened only until the session
 * is established (postgres.js tries each host of a multi-host URL in turn), never after.
 */
function socketsUntilEstablished(session) {
    let attempt = 0;
    return (target) => {
        if (session.established) {
            throw Object.assign(new Error('the session to the database was lost; a new session would hold neither the lock nor the transaction'), { code: 'CONNECTION_CLOSED' });
        }
        if (target.path)
            return external_node_net_default().connect(target.path);
        const i = attempt++ % target.host.length;
        return external_node_net_default().connect(target.port[i] ?? target.port[0], target.host[i]);
    };
}
async function connectServer(url, options) {
    // One connection: the session advisory lock, the transactions and the journal writes must all
    // share the session that holds the lock.
    const session = { lost: false, established: false };
    const sql = src(url, {
        max: 1,
        idle_timeout: 0,
        connect_timeout: options.connectTimeoutSeconds ?? 10,
        // No catalog query for array types before the first query (one round trip per session):
        // schemagate's own queries pass and read lists as JSON, never as Postgres arrays.
        fetch_types: false,
        onnotice: () => { },
        // A documented option its type declarations lack.
        ...{ socket: socketsUntilEstablished(session) },
        onclose: () => {
            session.lost = true;
            // Queries still queued are failed as a lost connection (CONNECTION_DESTROYED), not left waiting.
            if (session.established)
                void sql.end({ timeout: 0 }).catch(() => { });
        },
        connection: {
            application_name: options.applicationName.slice(0, 63),
            ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
        },
    });
    let pid;
    try {
        // Postgres 14+: the server checks the client's socket while a statement runs, so a killed
        // run's long statement (and the lock its session holds) ends within seconds, not when the
        // statement would have finished. CASE evaluates the version first, so older servers never
        // see the name.
        const [row] = await wrapPostgresJs(sql, session).query("SELECT pg_backend_pid() AS pid, CASE WHEN current_setting('server_version_num')::int >= 140000 THEN set_config('client_connection_check_interval', '2s', false) END AS checked");
        pid = Number(row.pid);
        session.established = true;
    }
    catch (error) {
        await sql.end({ timeout: 1 }).catch(() => { });
        throw error instanceof src_errors/* SchemagateError */.RA && error.cause !== undefined ? error.cause : error;
    }
    const openAnother = (purpose) => connectServer(url, { applicationName: `${options.applicationName.slice(0, 50)} (${purpose})`, connectTimeoutSeconds: 5 });
    return wrapPostgresJs(sql, session, { pid, openAnother });
}
function wrapPGlite(db) {
    const operations = (on) => ({
        async query(text, params = []) {
            try {
                return (await on.query(text, params)).rows;
            }
            catch (error) {
                throw ownQueryFailure(error);
            }
        },
        async exec(text) {
            try {
                return (await on.exec(text)).at(-1)?.affectedRows ?? 0;
            }
            catch (error) {
                throw explainMissingExtension(error);
            }
        },
    });
    const connection = operations(db);
    // In process there is no round trip to save: the same steps, one after another. A query
    // without parameters may hold several statements (`BEGIN; SELECT set_config(...)`), which
    // only the simple protocol (exec) runs.
    const pipeline = async (queries) => {
        try {
            for (const q of queries) {
                if (q.params?.length)
                    await connection.query(q.text, q.params);
                else {
                    await db.exec(q.text).catch((error) => {
                        throw ownQueryFailure(error);
                    });
                }
            }
        }
        catch (error) {
            await connection.query('ROLLBACK').catch(() => { });
            throw error;
        }
    };
    return {
        ...connection,
        async queryValues(text, read) {
            try {
                return (await db.query(text, [], { rowMode: 'array' })).rows.map(read);
            }
            catch (error) {
                throw ownQueryFailure(error);
            }
        },
        pipeline,
        async transaction(fn, options = {}) {
            await pipeline(options.before ?? []);
            return db.transaction(async (inner) => {
                const tx = operations(inner);
                const settings = settingsQuery(options.settings);
                if (settings)
                    await tx.query(settings);
                return fn({ ...tx, queue: async (text, params) => void (await tx.query(text, params)) });
            });
        },
        async close() {
            await db.close?.();
        },
    };
}
/** PGlite's data directory must be a directory (or not exist yet); its own error for a file is `[object Object]`. */
function preparePGliteDir(dataDir) {
    const problem = (what) => (0,src_errors/* configError */.Fj)(`The pglite:// path ${dataDir} ${what}.`, { hint: 'Point the pglite:// URL at a directory (it is created when missing), e.g. pglite://.schemagate/dev.' });
    if ((0,external_node_fs_.existsSync)(dataDir) && !(0,external_node_fs_.statSync)(dataDir).isDirectory())
        throw problem('is a file, not a directory');
    try {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(dataDir), { recursive: true });
    }
    catch (error) {
        throw problem(`cannot be created (${error.code ?? 'error'})`);
    }
}
const PGLITE = '@electric-sql/pglite';
/** PGlite ships each extension as `@electric-sql/pglite/contrib/<name>`, `-` spelled `_`. */
const contribModule = (extension) => `${PGLITE}/contrib/${extension.replace(/-/g, '_')}`;
/** The extensions the installed PGlite ships, as CREATE EXTENSION names them. */
function pgliteExtensions() {
    const any = optionalModulePath(contribModule('pgcrypto'));
    if (!any)
        return [];
    const names = (0,external_node_fs_.readdirSync)(external_node_path_default().dirname(any)).flatMap((file) => /^(\w+)\.cjs$/.exec(file)?.slice(1) ?? []);
    return names.map((name) => (name === 'uuid_ossp' ? 'uuid-ossp' : name)).sort();
}
/**
 * PGlite's `extension "postgis" is not available` says neither that the embedded engine is the
 * reason nor what to do: the message gains both, and keeps the database's fields (code,
 * position) for the caller.
 */
function explainMissingExtension(error) {
    const name = /extension "([^"]+)" is not available/.exec(error?.message ?? '')?.[1];
    if (!name || !(error instanceof Error))
        return error;
    error.message =
        `${error.message}: the embedded Postgres (PGlite) does not ship the extension "${name}" ` +
            `(it ships: ${pgliteExtensions().join(', ') || 'none found'}). Replay on a disposable Postgres server that has it ` +
            '(`database-url`, with `replay: false`), or guard the statement for environments without it.';
    return error;
}
/** Loads the PGlite contrib modules for the extensions named; those PGlite lacks are left to CREATE EXTENSION to refuse. */
function contribExtensions(names) {
    const extensions = {};
    for (const name of new Set(names.map((n) => n.toLowerCase()))) {
        const module = contribModule(name);
        if (!optionalModulePath(module))
            continue;
        const loaded = loadOptionalModule(module, `The extension ${name} on the embedded Postgres`);
        const exported = loaded[name.replace(/-/g, '_')];
        if (exported)
            extensions[name.replace(/-/g, '_')] = exported;
    }
    return extensions;
}
/**
 * `pglite://PATH` keeps its data in PATH; `pglite://memory` keeps it in memory. PGlite can
 * `CREATE EXTENSION` only for the extensions it was created with: those the migrations create.
 */
async function connectPGlite(dataDir, options = {}) {
    const { PGlite } = loadOptionalModule(PGLITE, 'The embedded Postgres (pglite:// URL)');
    if (dataDir)
        preparePGliteDir(dataDir);
    const db = await PGlite.create(dataDir ?? undefined, { extensions: contribExtensions(options.extensions ?? []) });
    const connection = wrapPGlite(db);
    if (options.statementTimeoutMs)
        await connection.exec(`SET statement_timeout = ${Math.floor(options.statementTimeoutMs)}`);
    return connection;
}

;// CONCATENATED MODULE: ./src/engines/postgres/journal.ts

/** SQL for the journal tables on Postgres, and the mapping between rows and JournalRow. */
const journal_quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;
function journal_journalNames(schema, table) {
    return {
        schema,
        attempts: `${journal_quoteIdent(schema)}.${journal_quoteIdent(table)}`,
        statements: `${journal_quoteIdent(schema)}.${journal_quoteIdent(`${table}_statements`)}`,
    };
}
/**
 * The version of schemagate's own journal tables, kept in the attempts table's comment so it
 * commits with the tables. A journal without one was created before versioning (version 1).
 * A newer schemagate upgrades an older journal in place, in the transaction that creates it,
 * with the statements listed here under the version they lead to.
 */
const journal_JOURNAL_VERSION = 3;
const journal_JOURNAL_UPGRADES = {
    // A batched backfill's progress, written with each batch.
    2: (names) => [
        `ALTER TABLE ${names.attempts} ADD COLUMN IF NOT EXISTS rows_done bigint`,
        `ALTER TABLE ${names.attempts} ADD COLUMN IF NOT EXISTS batches integer`,
    ],
    // How often a migration's statements gave up waiting for a lock and were retried.
    3: (names) => [`ALTER TABLE ${names.attempts} ADD COLUMN IF NOT EXISTS lock_retries integer NOT NULL DEFAULT 0`],
};
const journalVersionComment = (names) => `COMMENT ON TABLE ${names.attempts} IS '${versionComment(journal_JOURNAL_VERSION, 'attempts of each migration; change only through schemagate')}'`;
const journal_STATEMENT_COLUMNS = ['attempt_id', 'migration_id', 'statement_index', 'statement_hash', 'finished_at'];
function journal_journalDdl(names) {
    return [
        `CREATE SCHEMA IF NOT EXISTS ${journal_quoteIdent(names.schema)}`,
        `CREATE TABLE IF NOT EXISTS ${names.attempts} (
      attempt_id uuid PRIMARY KEY,
      migration_id text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('versioned', 'repeatable', 'baseline')),
      checksum text NOT NULL,
      checksum_algorithm text NOT NULL,
      status text NOT NULL CHECK (status IN ('running', 'applied', 'failed')),
      started_at timestamptz NOT NULL,
      finished_at timestamptz,
      duration_ms integer,
      statement_count integer NOT NULL,
      statements_applied integer NOT NULL,
      transactional boolean NOT NULL,
      error text,
      error_statement_index integer,
      error_line integer,
      out_of_order boolean NOT NULL DEFAULT false,
      note text,
      actor text,
      run_url text,
      commit_sha text,
      environment text,
      tool_version text NOT NULL,
      rows_done bigint,
      batches integer,
      lock_retries integer NOT NULL DEFAULT 0
    )`,
        `CREATE TABLE IF NOT EXISTS ${names.statements} (
      attempt_id uuid NOT NULL REFERENCES ${names.attempts} (attempt_id),
      migration_id text NOT NULL,
      statement_index integer NOT NULL,
      statement_hash text NOT NULL,
      finished_at timestamptz NOT NULL,
      PRIMARY KEY (attempt_id, statement_index)
    )`,
    ];
}
const journal_COLUMNS = [
    'attempt_id', 'migration_id', 'name', 'kind', 'checksum', 'checksum_algorithm', 'status',
    'started_at', 'finished_at', 'duration_ms', 'statement_count', 'statements_applied', 'transactional',
    'error', 'error_statement_index', 'error_line', 'out_of_order', 'note', 'actor', 'run_url',
    'commit_sha', 'environment', 'tool_version', 'rows_done', 'batches', 'lock_retries',
];
/** The journal version that added a column, for the columns added after version 1. */
const journal_COLUMN_SINCE = { rows_done: 2, batches: 2, lock_retries: 3 };
/**
 * The columns a journal of `version` has: a plan reads an older journal as it is (only `apply`
 * upgrades it), and a column it lacks reads as null.
 */
const columnsAt = (version) => journal_COLUMNS.filter((c) => (journal_COLUMN_SINCE[c] ?? 1) <= version);
/**
 * At most this many attempts' rows in one INSERT: a query carries at most 65 535 parameters, and
 * a batch chunk's applied rows go in as few INSERTs as this allows.
 */
const MAX_ATTEMPTS_PER_UPSERT = 1000;
/** Inserts (or replaces, by attempt_id) `rows` attempts' rows, their values in COLUMNS' order one row after another. */
function upsertAttemptSql(names, rows) {
    const tuple = (row) => `(${journal_COLUMNS.map((_, i) => `$${row * journal_COLUMNS.length + i + 1}`).join(', ')})`;
    const updates = journal_COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ');
    return `INSERT INTO ${names.attempts} (${journal_COLUMNS.join(', ')}) VALUES ${Array.from({ length: rows }, (_, row) => tuple(row)).join(', ')}
    ON CONFLICT (attempt_id) DO UPDATE SET ${updates}`;
}
function attemptParams(row) {
    return [
        row.attemptId, row.migrationId, row.name, row.kind, row.checksum, row.checksumAlgorithm, row.status,
        row.startedAt, row.finishedAt, row.durationMs, row.statementCount, row.statementsApplied, row.transactional,
        row.error, row.errorStatementIndex, row.errorLine, row.outOfOrder, row.note, row.actor, row.runUrl,
        row.commitSha, row.environment, row.toolVersion, row.rowsDone ?? null, row.batches ?? null, row.lockRetries,
    ];
}
/** Every column, in COLUMNS' order; one an older journal lacks reads as null. */
const selectAttemptsSql = (names, version) => {
    const present = new Set(columnsAt(version));
    const columns = journal_COLUMNS.map((c) => (present.has(c) ? c : `NULL AS ${c}`));
    return `SELECT ${columns.join(', ')} FROM ${names.attempts} ORDER BY started_at, attempt_id`;
};
const insertStatementSql = (names) => `INSERT INTO ${names.statements} (attempt_id, migration_id, statement_index, statement_hash, finished_at)
   VALUES ($1, $2, $3, $4, $5)`;
const statementParams = (row) => [row.attemptId, row.migrationId, row.statementIndex, row.statementHash, row.finishedAt];
/** The journal's writes, their text built once per engine (postgres.js prepares a statement per text). */
class JournalSql {
    names;
    insertStatement;
    upserts = new Map();
    constructor(names) {
        this.names = names;
        this.insertStatement = insertStatementSql(names);
    }
    /** The attempts' rows as few INSERTs as the parameter limit allows, usually one. */
    upsertAttempts(rows) {
        const queries = [];
        for (let from = 0; from < rows.length; from += MAX_ATTEMPTS_PER_UPSERT) {
            const group = rows.slice(from, from + MAX_ATTEMPTS_PER_UPSERT);
            let text = this.upserts.get(group.length);
            if (text === undefined)
                this.upserts.set(group.length, (text = upsertAttemptSql(this.names, group.length)));
            queries.push({ text, params: group.flatMap(attemptParams) });
        }
        return queries;
    }
}
const selectStatementsSql = (names) => `SELECT attempt_id, migration_id, statement_index, statement_hash, finished_at FROM ${names.statements}`;
const date = (v) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
const journal_num = (v) => (v === null || v === undefined ? null : Number(v));
const str = (v) => (v === null || v === undefined ? null : String(v));
/** A row of `selectAttemptsSql`, its values in COLUMNS' order. */
function journal_toJournalRow(values) {
    const [attemptId, migrationId, name, kind, checksum, checksumAlgorithm, status, startedAt, finishedAt, durationMs, statementCount, statementsApplied, transactional, error, errorStatementIndex, errorLine, outOfOrder, note, actor, runUrl, commitSha, environment, toolVersion, rowsDone, batches, lockRetries,] = values;
    return {
        attemptId: String(attemptId),
        migrationId: String(migrationId),
        name: String(name),
        kind: kind,
        checksum: String(checksum),
        checksumAlgorithm: String(checksumAlgorithm),
        status: status,
        startedAt: date(startedAt),
        finishedAt: date(finishedAt),
        durationMs: journal_num(durationMs),
        statementCount: Number(statementCount),
        statementsApplied: Number(statementsApplied),
        transactional: Boolean(transactional),
        error: str(error),
        errorStatementIndex: journal_num(errorStatementIndex),
        errorLine: journal_num(errorLine),
        outOfOrder: Boolean(outOfOrder),
        note: str(note),
        actor: str(actor),
        runUrl: str(runUrl),
        commitSha: str(commitSha),
        environment: str(environment),
        toolVersion: String(toolVersion),
        lockRetries: Number(lockRetries ?? 0),
        ...(rowsDone === null || rowsDone === undefined ? {} : { rowsDone: Number(rowsDone), batches: Number(batches ?? 0) }),
    };
}
function journal_toStatementRow(r) {
    return {
        attemptId: String(r.attempt_id),
        migrationId: String(r.migration_id),
        statementIndex: Number(r.statement_index),
        statementHash: String(r.statement_hash),
        finishedAt: date(r.finished_at),
    };
}

;// CONCATENATED MODULE: ./src/engines/postgres/adopted/table.ts

/** `"schema"."table"` for SQL. */
const quoted = (at) => `${journal_quoteIdent(at.schema)}.${journal_quoteIdent(at.table)}`;

;// CONCATENATED MODULE: ./src/engines/postgres/adopted/dbmate.ts


/**
 * dbmate: `schema_migrations(version varchar primary key)`, one row per applied version as the
 * file name writes it. Rails's table has the same name and column; Rails keeps
 * `ar_internal_metadata` beside it, which is how the two are told apart.
 */
const dbmate = {
    tool: 'dbmate',
    location: (schema) => ({ schema, table: 'schema_migrations' }),
    detect: (columns) => columnsAre(columns, { version: /^character varying/ }),
    notWith: ['ar_internal_metadata'],
    async read(connection, at) {
        const rows = await connection.query(`SELECT version FROM ${quoted(at)}`);
        return { checksum: null, records: rows.map((r) => ({ key: 'version', value: r.version, checksum: null })), blockers: [] };
    },
    async ensure(connection, at) {
        await connection.query(`CREATE TABLE IF NOT EXISTS ${quoted(at)} (version varchar primary key)`);
    },
    async record(connection, at, migration) {
        await connection.query(`INSERT INTO ${quoted(at)} (version) VALUES ($1) ON CONFLICT DO NOTHING`, [migration.id]);
    },
};

;// CONCATENATED MODULE: ./src/engines/postgres/adopted/drizzle.ts



/**
 * drizzle-kit (drizzle-orm's pg-core migrator): `drizzle.__drizzle_migrations(id, hash,
 * created_at)`, one row per applied file, matched by the sha256 of its text as drizzle hashes it.
 */
const drizzle = {
    tool: 'drizzle',
    location: () => ({ schema: 'drizzle', table: '__drizzle_migrations' }),
    detect: (columns) => columnsAre(columns, { id: 'integer', hash: 'text', created_at: 'bigint' }),
    async read(connection, at) {
        const rows = await connection.query(`SELECT hash FROM ${quoted(at)}`);
        return { checksum: null, records: rows.map((r) => ({ key: 'sha256', value: r.hash, checksum: null })), blockers: [] };
    },
    async ensure(connection, at) {
        await connection.query(`CREATE SCHEMA IF NOT EXISTS ${journal_quoteIdent(at.schema)}`);
        await connection.query(`CREATE TABLE IF NOT EXISTS ${quoted(at)} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`);
    },
    /** Only drizzle's own migrations (they carry its `when`) belong in its table. */
    async record(connection, at, migration) {
        if (migration.drizzleWhen === undefined)
            return;
        await connection.query(`INSERT INTO ${quoted(at)} (hash, created_at) VALUES ($1, $2)`, [migration.checksums.sha256, migration.drizzleWhen]);
    },
};

;// CONCATENATED MODULE: ./src/engines/postgres/adopted/flyway.ts




/**
 * Flyway: `flyway_schema_history`, one row per run in `installed_rank` order. A successful
 * versioned row applies its version (its CRC32 `checksum` compared), a BASELINE row every
 * version up to its own, an UNDO or DELETE row takes its version back; a failed row (left by a
 * migration that could not roll back) stops Flyway until `flyway repair`, and us too.
 */
const flyway = {
    tool: 'flyway',
    location: (schema) => ({ schema, table: 'flyway_schema_history' }),
    detect: (columns) => columnsAre(columns, {
        installed_rank: 'integer',
        version: /^character varying/,
        description: /^character varying/,
        type: /^character varying/,
        script: /^character varying/,
        checksum: 'integer',
        installed_by: /^character varying/,
        installed_on: /^timestamp/,
        execution_time: 'integer',
        success: 'boolean',
    }),
    async read(connection, at) {
        const rows = await connection.query(`SELECT version, type, script, checksum, success FROM ${quoted(at)} ORDER BY installed_rank`);
        const applied = new Map();
        const blockers = [];
        for (const row of rows) {
            if (row.version === null || row.type === 'SCHEMA')
                continue;
            if (!row.success) {
                blockers.push({
                    message: `Flyway's ${at.schema}.${at.table} records version ${row.version} (${row.script}) as failed: it did not roll back, and how far it got is unknown.`,
                    hint: 'Repair the database by hand, then remove the failed row with `flyway repair` and run schemagate again.',
                });
            }
            else if (row.type === 'BASELINE') {
                applied.set(row.version, { key: 'up-to-version', value: row.version, checksum: null });
            }
            else if (/^UNDO|^DELETE$/.test(row.type)) {
                applied.delete(row.version);
            }
            else {
                applied.set(row.version, { key: 'version', value: row.version, checksum: row.checksum === null ? null : String(row.checksum) });
            }
        }
        return { checksum: 'crc32-lines', records: [...applied.values()], blockers };
    },
    async ensure(connection, at) {
        await connection.query(`CREATE TABLE ${quoted(at)} (
      "installed_rank" INT NOT NULL,
      "version" VARCHAR(50),
      "description" VARCHAR(200) NOT NULL,
      "type" VARCHAR(20) NOT NULL,
      "script" VARCHAR(1000) NOT NULL,
      "checksum" INTEGER,
      "installed_by" VARCHAR(100) NOT NULL,
      "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
      "execution_time" INTEGER NOT NULL,
      "success" BOOLEAN NOT NULL
    )`);
        await connection.query(`ALTER TABLE ${quoted(at)} ADD CONSTRAINT "${at.table}_pk" PRIMARY KEY ("installed_rank")`);
        await connection.query(`CREATE INDEX "${at.table}_s_idx" ON ${quoted(at)} ("success")`);
    },
    async record(connection, at, migration) {
        await connection.query(`INSERT INTO ${quoted(at)} (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
       SELECT COALESCE(MAX(installed_rank), 0) + 1, $1, $2, 'SQL', $3, $4::int, current_user, 0, true FROM ${quoted(at)}`, [migration.id.replace(/_/g, '.'), migration.name.replace(/_/g, ' '), external_node_path_default().basename(migration.file), toolChecksum(migration, 'crc32-lines')]);
    },
};

;// CONCATENATED MODULE: ./src/engines/postgres/adopted/golang-migrate.ts


/**
 * golang-migrate (database/postgres): one row, `schema_migrations(version bigint, dirty boolean)`,
 * holding the last version migrated to; every migration up to it is applied. A dirty row means
 * that version failed part-way, and golang-migrate itself refuses to run until it is forced.
 */
const golangMigrate = {
    tool: 'golang-migrate',
    location: (schema) => ({ schema, table: 'schema_migrations' }),
    detect: (columns) => columnsAre(columns, { version: 'bigint', dirty: 'boolean' }),
    async read(connection, at) {
        const [row] = await connection.query(`SELECT version::text AS version, dirty FROM ${quoted(at)} LIMIT 1`);
        // -1 is golang-migrate's "no version" (everything migrated down).
        if (!row || BigInt(row.version) < 0n)
            return NO_RECORDS;
        const blockers = row.dirty
            ? [{
                    message: `golang-migrate's ${at.schema}.${at.table} records version ${row.version} as dirty: that migration failed part-way, and how far it got is unknown.`,
                    hint: `Check what version ${row.version} changed, finish or undo it by hand, then run golang-migrate's \`migrate force ${row.version}\` (if it is now complete) or \`migrate force <the version before it>\` (if undone), and run schemagate again.`,
                }]
            : [];
        return { checksum: null, records: [{ key: 'up-to-version', value: row.version, checksum: null }], blockers };
    },
    async ensure(connection, at) {
        await connection.query(`CREATE TABLE IF NOT EXISTS ${quoted(at)} (version bigint not null primary key, dirty boolean not null)`);
    },
    async record(connection, at, migration) {
        // Like golang-migrate's SetVersion: the single row moves forward, never back.
        await connection.query(`WITH gone AS (DELETE FROM ${quoted(at)} WHERE version < $1::bigint)
       INSERT INTO ${quoted(at)} (version, dirty) SELECT $1::bigint, false WHERE NOT EXISTS (SELECT 1 FROM ${quoted(at)} WHERE version >= $1::bigint)`, [migration.id]);
    },
};

;// CONCATENATED MODULE: ./src/engines/postgres/adopted/goose.ts


/**
 * goose: `goose_db_version(id, version_id, is_applied, tstamp)`, one row per up or down; a
 * version is applied when its latest row says so. Version 0 is the row goose writes when it
 * creates the table.
 */
const goose = {
    tool: 'goose',
    location: (schema) => ({ schema, table: 'goose_db_version' }),
    detect: (columns) => columnsAre(columns, { id: 'integer', version_id: 'bigint', is_applied: 'boolean', tstamp: /^timestamp/ }),
    async read(connection, at) {
        const rows = await connection.query(`SELECT version FROM (SELECT DISTINCT ON (version_id) version_id::text AS version, is_applied FROM ${quoted(at)} ORDER BY version_id, id DESC) latest
       WHERE is_applied AND version <> '0'`);
        return { checksum: null, records: rows.map((r) => ({ key: 'version', value: r.version, checksum: null })), blockers: [] };
    },
    async ensure(connection, at) {
        await connection.query(`CREATE TABLE ${quoted(at)} (
      id integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY,
      version_id bigint NOT NULL,
      is_applied boolean NOT NULL,
      tstamp timestamp NOT NULL DEFAULT now()
    )`);
        await connection.query(`INSERT INTO ${quoted(at)} (version_id, is_applied) VALUES (0, true)`);
    },
    async record(connection, at, migration) {
        await connection.query(`INSERT INTO ${quoted(at)} (version_id, is_applied) VALUES ($1::bigint, true)`, [migration.id]);
    },
};

;// CONCATENATED MODULE: ./src/engines/postgres/adopted/node-pg-migrate.ts



/** node-pg-migrate: `pgmigrations(id, name, run_on)`, one row per applied file, named without its extension. */
const nodePgMigrate = {
    tool: 'node-pg-migrate',
    location: (schema) => ({ schema, table: 'pgmigrations' }),
    detect: (columns) => columnsAre(columns, { id: 'integer', name: /^character varying/, run_on: /^timestamp/ }),
    async read(connection, at) {
        const rows = await connection.query(`SELECT name FROM ${quoted(at)}`);
        return { checksum: null, records: rows.map((r) => ({ key: 'file-stem', value: r.name, checksum: null })), blockers: [] };
    },
    async ensure(connection, at) {
        await connection.query(`CREATE TABLE IF NOT EXISTS ${quoted(at)} (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)`);
    },
    async record(connection, at, migration) {
        const name = external_node_path_default().basename(migration.file).replace(/\.sql$/i, '');
        await connection.query(`INSERT INTO ${quoted(at)} (name, run_on) VALUES ($1, NOW())`, [name]);
    },
};

;// CONCATENATED MODULE: ./src/engines/postgres/adopted/prisma.ts




/** Prisma names a migration by its folder: `20240101120000_init/migration.sql`. */
function migrationName(file, id, name) {
    return external_node_path_default().basename(file) === 'migration.sql' ? external_node_path_default().basename(external_node_path_default().dirname(file)) : `${id}_${name}`;
}
/**
 * Prisma Migrate: `_prisma_migrations`, one row per attempt. Applied: finished and not rolled
 * back (its sha256 `checksum` compared, line endings tolerated as Prisma does). A row neither
 * finished nor rolled back is a failed migration, which `prisma migrate deploy` refuses to pass.
 */
const prisma = {
    tool: 'prisma',
    location: (schema) => ({ schema, table: '_prisma_migrations' }),
    detect: (columns) => columnsAre(columns, {
        id: /^character varying/,
        checksum: /^character varying/,
        finished_at: /^timestamp/,
        migration_name: /^character varying/,
        logs: 'text',
        rolled_back_at: /^timestamp/,
        started_at: /^timestamp/,
        applied_steps_count: 'integer',
    }),
    async read(connection, at) {
        const rows = await connection.query(`SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM ${quoted(at)} ORDER BY started_at`);
        const records = [];
        const blockers = [];
        for (const row of rows) {
            if (row.finished && !row.rolled_back) {
                const version = /^(\d+)_/.exec(row.migration_name)?.[1];
                records.push(version ? { key: 'version', value: version, checksum: row.checksum } : { key: 'file-stem', value: row.migration_name, checksum: row.checksum });
            }
            else if (!row.finished && !row.rolled_back) {
                blockers.push({
                    message: `Prisma's ${at.schema}.${at.table} records ${row.migration_name} as failed (started, never finished, not rolled back).`,
                    hint: `Resolve it as Prisma asks: repair the database, then \`prisma migrate resolve --applied ${row.migration_name}\` (it is now complete) or \`--rolled-back ${row.migration_name}\` (undone), and run schemagate again.`,
                });
            }
        }
        return { checksum: 'sha256-any-eol', records, blockers };
    },
    async ensure(connection, at) {
        await connection.query(`CREATE TABLE ${quoted(at)} (
      "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum"              VARCHAR(64) NOT NULL,
      "finished_at"           TIMESTAMPTZ,
      "migration_name"        VARCHAR(255) NOT NULL,
      "logs"                  TEXT,
      "rolled_back_at"        TIMESTAMPTZ,
      "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
    )`);
    },
    async record(connection, at, migration) {
        await connection.query(`INSERT INTO ${quoted(at)} (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`, [(0,external_node_crypto_.randomUUID)(), migration.checksums.sha256, migrationName(migration.file, migration.id, migration.name)]);
    },
};

;// CONCATENATED MODULE: ./src/engines/postgres/adopted/supabase.ts



/** Columns the Supabase CLI has added to its table over the versions; `version` is the key. */
const KNOWN = new Set(['version', 'statements', 'name', 'created_by', 'idempotency_key', 'rollback']);
/** Supabase CLI: `supabase_migrations.schema_migrations(version text, statements text[], name text)`, one row per applied version. */
const supabase = {
    tool: 'supabase',
    location: () => ({ schema: 'supabase_migrations', table: 'schema_migrations' }),
    detect: (columns) => columns.get('version') === 'text' && [...columns.keys()].every((c) => KNOWN.has(c)),
    async read(connection, at) {
        const rows = await connection.query(`SELECT version FROM ${quoted(at)}`);
        return { checksum: null, records: rows.map((r) => ({ key: 'version', value: r.version, checksum: null })), blockers: [] };
    },
    async ensure(connection, at) {
        await connection.query(`CREATE SCHEMA IF NOT EXISTS ${journal_quoteIdent(at.schema)}`);
        await connection.query(`CREATE TABLE IF NOT EXISTS ${quoted(at)} (version text NOT NULL PRIMARY KEY)`);
        await connection.query(`ALTER TABLE ${quoted(at)} ADD COLUMN IF NOT EXISTS statements text[]`);
        await connection.query(`ALTER TABLE ${quoted(at)} ADD COLUMN IF NOT EXISTS name text`);
    },
    async record(connection, at, migration) {
        await connection.query(`INSERT INTO ${quoted(at)} (version, name, statements) VALUES ($1, $2, ARRAY(SELECT json_array_elements_text($3::text::json)))`, [migration.id, migration.name, JSON.stringify(migration.statements.map((s) => s.sql))]);
    },
};

;// CONCATENATED MODULE: ./src/engines/postgres/adopted/index.ts








/** The journals of other tools that the Postgres engine adopts (see engines/adopted.ts). */
const POSTGRES_ADOPTED = [golangMigrate, goose, dbmate, flyway, prisma, supabase, nodePgMigrate, drizzle];
function postgresCatalog(log) {
    return {
        engine: 'Postgres',
        async defaultSchema(connection) {
            const [row] = await connection.query('SELECT current_schema() AS schema');
            return row?.schema ?? 'public';
        },
        async columns(connection, tables) {
            // pg_catalog, not information_schema.columns: that view computes every column of the
            // database (and its privileges) before filtering, which costs milliseconds on an empty
            // database and grows with the schema. The type is spelled as that view spells data_type.
            const rows = await connection.query(`SELECT n.nspname || '.' || c.relname AS location, a.attname AS column_name,
           CASE WHEN t.typtype = 'd' THEN
             CASE WHEN bt.typelem <> 0 AND bt.typlen = -1 THEN 'ARRAY' WHEN nbt.nspname = 'pg_catalog' THEN format_type(t.typbasetype, NULL) ELSE 'USER-DEFINED' END
           ELSE
             CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY' WHEN nt.nspname = 'pg_catalog' THEN format_type(a.atttypid, NULL) ELSE 'USER-DEFINED' END
           END AS data_type,
           information_schema._pg_char_max_length(information_schema._pg_truetypid(a, t), information_schema._pg_truetypmod(a, t)) AS length
         FROM json_to_recordset($1::text::json) AS wanted(schema text, "table" text)
         JOIN pg_namespace n ON n.nspname = wanted.schema
         JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = wanted."table" AND c.relkind IN ('r', 'p', 'v', 'f', 'm')
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace nt ON nt.oid = t.typnamespace
         LEFT JOIN (pg_type bt JOIN pg_namespace nbt ON nbt.oid = bt.typnamespace) ON t.typtype = 'd' AND t.typbasetype = bt.oid
         ORDER BY a.attnum`, [JSON.stringify(tables)]);
            const result = new Map();
            for (const row of rows) {
                const columns = result.get(row.location) ?? new Map();
                columns.set(row.column_name, row.length === null ? row.data_type : `${row.data_type}(${row.length})`);
                result.set(row.location, columns);
            }
            return result;
        },
        ...(log ? { log } : {}),
    };
}

;// CONCATENATED MODULE: ./src/engines/postgres/introspect.ts




/**
 * Reads tables, views, columns (with identity and generated expressions), indexes, unique,
 * foreign key, check and exclusion constraints, triggers, row-level-security policies and
 * whether RLS is enabled, partitioning, and the objects beyond tables (enum types, functions and
 * procedures, sequences, extensions, collations, and the server's roles) from pg_catalog. Extension-owned objects (pg_depend 'e'), system schemas and the tool's
 * own tables (passed in `exclude` as schema.table) are left out. Works from PostgreSQL 11 on;
 * columns newer servers add (`indnullsnotdistinct`, 15) are read through to_jsonb so older
 * servers answer the same query.
 */
const SYSTEM_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;
/**
 * Schema per tenant: the catalog queries read only the tenant's schema, so introspecting one
 * tenant costs the same however many tenants share the database. `schema` is a validated plain
 * identifier (letters, digits, _).
 */
function scopedTo(sql, schema) {
    return sql
        .split(SYSTEM_SCHEMAS.replace(/n\.nspname/g, 'pn.nspname'))
        .join(`pn.nspname = '${schema}'`)
        .split(SYSTEM_SCHEMAS)
        .join(`n.nspname = '${schema}'`);
}
const COLUMNS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, c.relkind AS relkind,
       a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
       NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS view_query,
       a.attidentity AS identity, a.attgenerated AS generated,
       s.seqincrement::text AS seq_increment, s.seqmin::text AS seq_min, s.seqmax::text AS seq_max,
       s.seqstart::text AS seq_start, s.seqcache::text AS seq_cache, s.seqcycle AS seq_cycle,
       c.relrowsecurity AS rls, c.relforcerowsecurity AS rls_forced,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
LEFT JOIN pg_depend sd ON a.attidentity <> '' AND sd.classid = 'pg_class'::regclass AND sd.refobjid = c.oid AND sd.refobjsubid = a.attnum AND sd.deptype = 'i'
LEFT JOIN pg_sequence s ON s.seqrelid = sd.objid
WHERE c.relkind IN ('r', 'p', 'v', 'm')
  AND ${SYSTEM_SCHEMAS}
  AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname, a.attnum`;
const PRIMARY_KEYS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, array_to_string(array_agg(a.attname ORDER BY k.ord), ',') AS columns
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE con.contype = 'p'
GROUP BY n.nspname, c.relname`;
/**
 * Indexes that no constraint owns (a primary key's or unique constraint's index is that
 * constraint), one row each, with their keys as JSON: the column, or the expression when the key
 * is one, the ordering bits of indoption (1 DESC, 2 NULLS FIRST) and the operator class unless it
 * is the type's default. Keys past indnkeyatts are INCLUDE columns.
 */
const INDEXES_SQL = `
SELECT n.nspname AS schema, t.relname AS table, ic.relname AS name, am.amname AS method,
       i.indisunique AS is_unique, NOT i.indisvalid AS invalid, i.indnkeyatts AS key_count,
       coalesce((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false) AS nulls_not_distinct,
       pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       array_to_string(ic.reloptions, chr(1)) AS options,
       (SELECT json_agg(json_build_object(
                  'column', a.attname,
                  'expression', pg_get_indexdef(i.indexrelid, k.n, true),
                  'option', i.indoption[k.n - 1],
                  'opclass', CASE WHEN oc.opcdefault THEN NULL ELSE oc.opcname END) ORDER BY k.n)
          FROM generate_series(1, i.indnatts::int) AS k(n)
          LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1] AND i.indkey[k.n - 1] <> 0
          LEFT JOIN pg_opclass oc ON oc.oid = i.indclass[k.n - 1] AND k.n <= i.indnkeyatts)::text AS keys
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = ic.relam
WHERE ${SYSTEM_SCHEMAS}
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
ORDER BY n.nspname, t.relname, ic.relname`;
/**
 * Unique, foreign key and check constraints (not NOT NULL ones, which PostgreSQL 18 also keeps
 * here, nor the copies a foreign key to a partitioned table gets per partition).
 */
const CONSTRAINTS_SQL = `
SELECT n.nspname AS schema, t.relname AS table, con.conname AS name, con.contype AS type,
       array_to_string(ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord), chr(1)) AS columns,
       rn.nspname AS ref_schema, rt.relname AS ref_table,
       array_to_string(ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord), chr(1)) AS ref_columns,
       con.confdeltype AS on_delete, con.confupdtype AS on_update, con.confmatchtype AS match_type,
       con.condeferrable AS deferrable, con.condeferred AS deferred,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid, true) END AS check_expression,
       coalesce((SELECT (to_jsonb(x) ->> 'indnullsnotdistinct')::boolean FROM pg_index x WHERE x.indexrelid = con.conindid AND con.contype = 'u'), false) AS nulls_not_distinct,
       CASE WHEN con.contype = 'x' THEN pg_get_constraintdef(con.oid, true) END AS exclusion
FROM pg_constraint con
JOIN pg_class t ON t.oid = con.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
LEFT JOIN pg_class rt ON rt.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rt.relnamespace
WHERE con.contype IN ('u', 'f', 'c', 'x') AND con.conparentid = 0 AND ${SYSTEM_SCHEMAS}
ORDER BY n.nspname, t.relname, con.conname`;
/** Enum types and their labels in order; extension-owned ones left out. */
const ENUMS_SQL = `
SELECT n.nspname AS schema, ty.typname AS name,
       array_to_string(ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = ty.oid ORDER BY e.enumsortorder), chr(1)) AS labels,
       (SELECT count(*) FROM pg_enum e WHERE e.enumtypid = ty.oid)::int AS label_count
FROM pg_type ty
JOIN pg_namespace n ON n.oid = ty.typnamespace
WHERE ty.typtype = 'e' AND ${SYSTEM_SCHEMAS}
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_type'::regclass AND e.objid = ty.oid AND e.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY n.nspname, ty.typname`;
/** Functions and procedures (not aggregates or window functions), with what the body means. */
const ROUTINES_SQL = `
SELECT n.nspname AS schema, p.proname AS name, p.prokind AS kind, pg_get_function_identity_arguments(p.oid) AS args,
       pg_get_function_result(p.oid) AS result, l.lanname AS language, p.provolatile AS volatility,
       p.prosecdef AS security_definer, p.prosrc AS source, pg_get_functiondef(p.oid) AS definition
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p') AND ${SYSTEM_SCHEMAS}
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY n.nspname, p.proname, 4`;
/** Triggers users created (not those constraints create, nor a partition's copies). */
const TRIGGERS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, t.tgname AS name, pg_get_triggerdef(t.oid, true) AS definition, t.tgenabled AS enabled
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND ${SYSTEM_SCHEMAS}`;
const POLICIES_SQL = `
SELECT n.nspname AS schema, c.relname AS table, p.polname AS name, p.polpermissive AS permissive, p.polcmd AS command,
       array_to_string(ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END FROM unnest(p.polroles) AS r), chr(1)) AS roles,
       pg_get_expr(p.polqual, p.polrelid, true) AS using_expr, pg_get_expr(p.polwithcheck, p.polrelid, true) AS check_expr
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${SYSTEM_SCHEMAS}`;
/** A partitioned table's partitions and their bounds. */
const PARTITIONS_SQL = `
SELECT pn.nspname AS schema, parent.relname AS table, cn.nspname || '.' || child.relname AS name, pg_get_expr(child.relpartbound, child.oid) AS bound
FROM pg_inherits i
JOIN pg_class parent ON parent.oid = i.inhparent AND parent.relkind = 'p'
JOIN pg_namespace pn ON pn.oid = parent.relnamespace
JOIN pg_class child ON child.oid = i.inhrelid
JOIN pg_namespace cn ON cn.oid = child.relnamespace
WHERE ${SYSTEM_SCHEMAS.replace(/n\.nspname/g, 'pn.nspname')}`;
/** Sequences of their own (not those a serial or identity column owns: the column states them). */
const SEQUENCES_SQL = `
SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS type, s.seqincrement::text AS increment,
       s.seqmin::text AS min, s.seqmax::text AS max, s.seqstart::text AS start, s.seqcache::text AS cache, s.seqcycle AS cycle
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${SYSTEM_SCHEMAS}
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))`;
const EXTENSIONS_SQL = `
SELECT n.nspname AS schema, e.extname AS name, e.extversion AS version
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE ${SYSTEM_SCHEMAS}`;
/** Collations users created; the locale column is named differently on 15, 16 and 17+. */
const COLLATIONS_SQL = `
SELECT n.nspname AS schema, c.collname AS name, c.collprovider AS provider, c.collisdeterministic AS deterministic,
       coalesce(to_jsonb(c) ->> 'colllocale', to_jsonb(c) ->> 'colliculocale', c.collcollate) AS locale
FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
WHERE ${SYSTEM_SCHEMAS}
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_collation'::regclass AND e.objid = c.oid AND e.deptype = 'e')`;
/**
 * Roles, the server's and not this database's: snapshots do not write them and a live one is never
 * extra (verify/diff.ts SERVER_WIDE_TYPES), but a snapshot that states one (drizzle-kit's
 * `pgRole`) has it compared. The predefined `pg_*` roles are nobody's to state.
 */
const ROLES_SQL = `
SELECT rolname AS name, rolcreatedb AS create_db, rolcreaterole AS create_role, rolinherit AS inherit
FROM pg_roles WHERE rolname !~ '^pg_'`;
/** Which kinds of part each relation kind has, stated (possibly empty) for every such relation. */
const PART_KINDS = {
    table: ['index', 'unique_constraint', 'foreign_key', 'check_constraint', 'exclusion_constraint', 'trigger', 'policy', 'partition'],
    materialized_view: ['index'],
    view: ['trigger'],
};
const COMMANDS = { r: 'SELECT', a: 'INSERT', w: 'UPDATE', d: 'DELETE', '*': 'ALL' };
const VOLATILITY = { i: 'immutable', s: 'stable', v: 'volatile' };
const PROVIDERS = { c: 'libc', i: 'icu', b: 'builtin', d: 'default' };
const RELKIND_TYPES = { r: 'table', p: 'table', v: 'view', m: 'materialized_view' };
/** Names joined with chr(1) (no identifier or label holds it): plain text from both drivers. */
const names = (joined, count) => (joined === null || joined === '' ? (count ? [''] : []) : joined.split('\u0001'));
function indexPart(row) {
    const keys = JSON.parse(row.keys);
    const table = { schema: row.schema, name: row.table };
    return indexDefinition({
        unique: row.is_unique,
        method: row.method,
        keys: keys.slice(0, row.key_count).map((k) => ({
            expression: k.column ?? k.expression,
            isExpression: k.column === null,
            desc: ((k.option ?? 0) & 1) !== 0,
            nullsFirst: ((k.option ?? 0) & 2) !== 0,
            opclass: k.opclass,
        })),
        include: keys.slice(row.key_count).map((k) => k.column ?? k.expression),
        nullsNotDistinct: row.nulls_not_distinct,
        where: row.predicate,
        with: names(row.options),
        invalid: row.invalid,
    }, table);
}
function constraintPart(row) {
    const columns = names(row.columns);
    if (row.type === 'u') {
        return ['unique_constraint', uniqueDefinition({ columns, nullsNotDistinct: row.nulls_not_distinct, deferrable: row.deferrable, deferred: row.deferred })];
    }
    if (row.type === 'f') {
        return [
            'foreign_key',
            foreignKeyDefinition({
                columns,
                refSchema: row.ref_schema ?? '',
                refTable: row.ref_table ?? '',
                refColumns: names(row.ref_columns),
                onDelete: FK_ACTIONS[row.on_delete] ?? row.on_delete,
                onUpdate: FK_ACTIONS[row.on_update] ?? row.on_update,
                matchFull: row.match_type === 'f',
                deferrable: row.deferrable,
                deferred: row.deferred,
            }),
        ];
    }
    if (row.type === 'x')
        return ['exclusion_constraint', (row.exclusion ?? '').replace(/\s+/g, ' ').trim()];
    return ['check_constraint', normalizePgExpression(row.check_expression ?? '', { schema: row.schema, name: row.table })];
}
/** Whether RLS is on, as `ALTER TABLE ... ROW LEVEL SECURITY` states it. */
const rowSecurity = (row) => (row.rls ? (row.rls_forced ? 'enabled, forced' : 'enabled') : row.rls_forced ? 'forced' : 'disabled');
function columnProperties(row, table) {
    if (row.identity === 'a' || row.identity === 'd') {
        const options = sequenceDefinition({
            increment: row.seq_increment ?? '', min: row.seq_min ?? '', max: row.seq_max ?? '', start: row.seq_start ?? '', cache: row.seq_cache ?? '', cycle: row.seq_cycle === true,
        });
        return { identity: `${row.identity === 'a' ? 'always' : 'by default'} (${options})` };
    }
    if (row.generated === 's' || row.generated === 'v') {
        return { generated: generatedDefinition(row.default_expr ?? '', row.generated === 's' ? 'stored' : 'virtual', table) };
    }
    return undefined;
}
async function introspectPostgres(connection, exclude, schema) {
    const parser = await (0,postgres_parser.loadPostgresParser)();
    const read = (sql) => connection.query(schema ? scopedTo(sql, schema) : sql);
    const rows = await read(COLUMNS_SQL);
    const keys = await read(PRIMARY_KEYS_SQL);
    const primaryKeys = new Map(keys.map((k) => [`${k.schema}.${k.table}`, k.columns.split(',')]));
    const tables = new Map();
    for (const row of rows) {
        const key = `${row.schema}.${row.table}`;
        if (exclude.has(key))
            continue;
        let table = tables.get(key);
        if (!table) {
            const type = RELKIND_TYPES[row.relkind] ?? 'table';
            const properties = {
                // pg_get_viewdef output varies between server versions (whitespace, qualifiers); the query
                // does not. The text is for reading, the parse tree compares across versions and tools.
                ...(row.view_query ? { query: normalizeViewQuery(row.view_query), query_tree: viewQueryFingerprint(parser, row.view_query) } : {}),
                ...(type === 'table' ? { row_security: rowSecurity(row) } : {}),
                ...(row.partition_key ? { partition_key: row.partition_key } : {}),
            };
            table = {
                schema: row.schema,
                name: row.table,
                type,
                columns: [],
                primaryKey: primaryKeys.get(key) ?? [],
                ...(Object.keys(properties).length > 0 ? { properties } : {}),
            };
            tables.set(key, table);
        }
        const type = normalizePgType(row.type);
        const serial = serialType(type, row.default_expr);
        const properties = columnProperties(row, table);
        table.columns.push({
            name: row.column,
            type: serial ?? type,
            nullable: row.nullable,
            default: serial || properties?.generated ? null : normalizePgDefault(row.default_expr),
            ...(properties ? { properties } : {}),
        });
    }
    for (const table of tables.values()) {
        const kinds = PART_KINDS[table.type];
        if (kinds)
            table.parts = Object.fromEntries(kinds.map((kind) => [kind, {}]));
    }
    const addPart = (schema, name, kind, part, definition) => {
        const parts = tables.get(`${schema}.${name}`)?.parts?.[kind];
        if (parts)
            Object.defineProperty(parts, part, { value: definition, enumerable: true, writable: true, configurable: true });
    };
    for (const row of await read(INDEXES_SQL))
        addPart(row.schema, row.table, 'index', row.name, indexPart(row));
    for (const row of await read(CONSTRAINTS_SQL)) {
        const [kind, definition] = constraintPart(row);
        addPart(row.schema, row.table, kind, row.name, definition);
    }
    for (const row of await read(TRIGGERS_SQL)) {
        // `CREATE TRIGGER name BEFORE ...`: the name is the part's key; DISABLED when switched off.
        const definition = row.definition.replace(/\s+/g, ' ').replace(/^CREATE (?:CONSTRAINT )?TRIGGER \S+ /, '');
        addPart(row.schema, row.table, 'trigger', row.name, `${definition}${row.enabled === 'D' ? ' DISABLED' : ''}`);
    }
    for (const row of await read(POLICIES_SQL)) {
        const definition = policyDefinition({ permissive: row.permissive, command: COMMANDS[row.command] ?? row.command, roles: names(row.roles), using: row.using_expr, withCheck: row.check_expr }, { schema: row.schema, name: row.table });
        addPart(row.schema, row.table, 'policy', row.name, definition);
    }
    for (const row of await read(PARTITIONS_SQL)) {
        addPart(row.schema, row.table, 'partition', row.name, row.bound);
    }
    const enums = (await read(ENUMS_SQL)).map((row) => ({
        schema: row.schema,
        name: row.name,
        type: 'enum',
        columns: [],
        primaryKey: [],
        properties: { values: enumValues(names(row.labels, row.label_count)) },
    }));
    const object = (schema, name, type, properties) => ({ schema, name, type, columns: [], primaryKey: [], properties });
    const routines = (await read(ROUTINES_SQL)).map((row) => object(row.schema, `${row.name}(${row.args})`, row.kind === 'p' ? 'procedure' : 'function', {
        ...(row.kind === 'p' ? {} : { returns: row.result ?? '', volatility: VOLATILITY[row.volatility] ?? row.volatility }),
        language: row.language,
        security: row.security_definer ? 'definer' : 'invoker',
        body: routineFingerprint(parser, row),
    }));
    const sequences = (await read(SEQUENCES_SQL)).map((row) => object(row.schema, row.name, 'sequence', { type: normalizePgType(row.type), options: sequenceDefinition(row) }));
    const extensions = (await read(EXTENSIONS_SQL)).map((row) => object(row.schema, row.name, 'extension', { version: row.version }));
    const collations = (await read(COLLATIONS_SQL)).map((row) => object(row.schema, row.name, 'collation', { provider: PROVIDERS[row.provider] ?? row.provider, locale: row.locale ?? '', deterministic: String(row.deterministic) }));
    const roles = (await connection.query(ROLES_SQL)).map((row) => object('', row.name, 'role', { create_db: String(row.create_db), create_role: String(row.create_role), inherit: String(row.inherit) }));
    return { engine: 'postgres', tables: [...tables.values(), ...enums, ...routines, ...sequences, ...extensions, ...collations, ...roles] };
}

;// CONCATENATED MODULE: ./src/engines/postgres/lock.ts






/** Tries until the lock is free or the timeout passes, then names the holder. */
async function pollLock(location, options, tryLock) {
    const deadline = Date.now() + options.timeoutMs;
    for (;;) {
        const result = await tryLock();
        if ('release' in result)
            return result;
        if (Date.now() >= deadline) {
            throw new src_errors/* SchemagateError */.RA('lock-timeout', `Timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for the migration lock on ${location}: held by ${result.holder}.`, { hint: 'Wait for that run to finish, or raise `lock-timeout`. Concurrent runs should share a workflow `concurrency` group.' });
        }
        options.onWait?.(result.holder);
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(Math.min(1000, Math.max(50, deadline - Date.now())));
    }
}
const alive = (pid) => {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
};
/**
 * PGlite is one session per instance, and every instance on a data directory has its own lock
 * table: an advisory lock there is granted to every run. So a PGlite directory is locked by a
 * file in it, created exclusively, that names its holder; a holder whose process on this host
 * has died leaves a stale file, which the next run removes.
 */
function fileLock(dataDir, owner) {
    const file = external_node_path_default().join(dataDir, 'schemagate.lock');
    return () => Promise.resolve(tryFileLock(file, owner));
}
function tryFileLock(file, owner) {
    const mine = { owner, host: external_node_os_default().hostname(), pid: process.pid, since: new Date().toISOString() };
    try {
        (0,external_node_fs_.writeFileSync)(file, JSON.stringify(mine), { flag: 'wx' });
        return { release: () => (0,promises_namespaceObject.rm)(file, { force: true }) };
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    let holder;
    try {
        holder = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        // Released, or not yet written, between our two calls: the next try decides.
        return { holder: 'a run that is taking or releasing it' };
    }
    if (holder.host === external_node_os_default().hostname() && !alive(holder.pid)) {
        (0,external_node_fs_.rmSync)(file, { force: true });
        return { holder: `${holder.owner} (pid ${holder.pid}, no longer running; its lock file was removed)` };
    }
    return { holder: `${holder.owner} (host ${holder.host}, pid ${holder.pid}, since ${holder.since})` };
}

;// CONCATENATED MODULE: ./src/dialects/postgres/concurrent-index.ts
/** Cheap test before the parser (WASM) is needed: only a statement saying CONCURRENTLY can be one. */
const mayBuildConcurrently = (sql) => /\bconcurrently\b/i.test(sql);
/** The index a statement builds concurrently, or null for any other statement (or one the parser refuses). */
function concurrentIndexOf(parser, sql) {
    if (!mayBuildConcurrently(sql))
        return null;
    let stmt;
    try {
        const tree = parser.parse(sql);
        stmt = tree.stmts?.length === 1 ? tree.stmts[0]?.stmt?.IndexStmt : undefined;
    }
    catch {
        return null;
    }
    if (!stmt?.concurrent || !stmt.relation?.relname)
        return null;
    return {
        name: stmt.idxname ?? null,
        schema: stmt.relation.schemaname ?? null,
        table: stmt.relation.relname,
        unique: stmt.unique === true,
        ifNotExists: stmt.if_not_exists === true,
    };
}

;// CONCATENATED MODULE: ./src/engines/postgres/invalid-index.ts




const qualified = (schema, name) => `${journal_quoteIdent(schema)}.${journal_quoteIdent(name)}`;
async function tableOf(connection, index) {
    const written = index.schema ? qualified(index.schema, index.table) : journal_quoteIdent(index.table);
    const [row] = await connection.query(`SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)`, [written]);
    return row ?? null;
}
async function indexState(connection, table, name) {
    const [row] = await connection.query(`SELECT i.indisvalid AS valid, i.indrelid = $3::oid AS own
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_index i ON i.indexrelid = c.oid
     WHERE c.relname = $1 AND n.nspname = $2`, [name, table.schema, table.oid]);
    return row ?? null;
}
async function invalidIndexesOn(connection, table) {
    const rows = await connection.query('SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::oid AND NOT i.indisvalid ORDER BY 1', [table.oid]);
    return rows.map((r) => r.name);
}
/** A refusal or failure of the statement, in the shape every statement failure takes. */
const failure = (message, hint, cause) => new engines_engine/* DatabaseError */.a(message, undefined, { hint, ...(cause === undefined ? {} : { cause }) });
/**
 * Runs `run` (the statement) with the INVALID-index handling above when the statement is a
 * `CREATE INDEX CONCURRENTLY`; any other statement just runs.
 */
async function buildIndexConcurrently(connection, sql, run, policy) {
    if (!mayBuildConcurrently(sql))
        return run();
    const index = concurrentIndexOf(await (0,postgres_parser.loadPostgresParser)(), sql);
    const table = index && (await tableOf(connection, index));
    // No table: the statement fails on its own, with the database's message.
    if (!index || !table)
        return run();
    const name = index.name;
    if (name === null) {
        const invalid = await invalidIndexesOn(connection, table);
        if (invalid.length > 0) {
            const names = invalid.map((n) => qualified(table.schema, n)).join(', ');
            throw failure(`${qualified(table.schema, table.name)} has INVALID index${invalid.length === 1 ? '' : 'es'} ${names}, as a failed or interrupted CREATE INDEX CONCURRENTLY leaves; this statement names no index, so schemagate cannot tell whether ${invalid.length === 1 ? 'it is' : 'one is'} its own`, `Drop ${invalid.length === 1 ? 'it' : 'each'} with \`DROP INDEX CONCURRENTLY ${qualified(table.schema, invalid[0])};\` and run again; give the index a name in the statement so that schemagate rebuilds it by itself next time.`);
        }
        return run();
    }
    const target = qualified(table.schema, name);
    const before = await indexState(connection, table, name);
    if (before && !before.valid && before.own) {
        if (!policy.rebuild) {
            throw failure(`${target} exists but is INVALID, as a failed or interrupted CREATE INDEX CONCURRENTLY leaves it, and rebuild-invalid-indexes is off`, `Drop it with \`DROP INDEX CONCURRENTLY ${target};\` and run again, or set \`rebuild-invalid-indexes: true\` so that schemagate drops and rebuilds it.`);
        }
        policy.log(`    ${target} exists but is INVALID (left by a failed or interrupted CREATE INDEX CONCURRENTLY): dropping it concurrently and building it again.`);
        await connection.exec(`DROP INDEX CONCURRENTLY IF EXISTS ${target}`);
    }
    try {
        await run();
    }
    catch (error) {
        throw await explainFailure(connection, table, name, index, policy, error);
    }
    const after = await indexState(connection, table, name);
    if (after && !after.valid) {
        throw failure(`${target} is INVALID after CREATE INDEX CONCURRENTLY${index.ifNotExists ? ' IF NOT EXISTS' : ''} completed${after.own ? '' : ` (it belongs to another table than ${qualified(table.schema, table.name)})`}; the migration is not recorded as applied`, after.own
            ? 'Run again: schemagate drops the INVALID index concurrently and builds it again.'
            : `Rename this statement's index, or drop the other table's INVALID index (\`DROP INDEX CONCURRENTLY ${target};\`).`);
    }
}
/** A failed build: name the INVALID index it left (the next run rebuilds it), or the valid namesake in the way. */
async function explainFailure(connection, table, name, index, policy, error) {
    if (!(error instanceof engines_engine/* DatabaseError */.a))
        return error;
    const state = await indexState(connection, table, name).catch(() => null);
    const target = qualified(table.schema, name);
    if (state && !state.valid && state.own) {
        const fix = index.unique
            ? 'Remove the duplicate rows first (the message names a duplicated key), then run again: '
            : 'Fix the cause above, then run again: ';
        const next = policy.rebuild
            ? 'schemagate drops it (DROP INDEX CONCURRENTLY) and builds it again.'
            : `drop it first (\`DROP INDEX CONCURRENTLY ${target};\`: rebuild-invalid-indexes is off).`;
        return failure(error.message, `The failed build left the INVALID index ${target} behind. ${fix}${next}`, error);
    }
    const code = error.cause?.code;
    if (state?.valid && state.own && code === '42P07') {
        return failure(error.message, `${target} already exists and is valid: an earlier run that was interrupted after building it may have left it. If it is the index this statement builds, record the migration with mode \`baseline\`; or write CREATE INDEX CONCURRENTLY IF NOT EXISTS.`, error);
    }
    return error;
}

;// CONCATENATED MODULE: ./src/engines/postgres/observe.ts
/**
 * Which locks a statement took and which tables it rewrote, read from this backend's rows of
 * pg_locks and from pg_class.relfilenode before and after it, inside its transaction (locks are
 * held until the end of the transaction, so they are still there to read). Only catalog reads.
 */
const STATE_SQL = `
  SELECT n.nspname || '.' || c.relname AS "table", c.relfilenode::text AS filenode,
         coalesce(json_agg(l.mode) FILTER (WHERE l.mode IS NOT NULL), '[]') AS modes
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_locks l ON l.relation = c.oid AND l.locktype = 'relation' AND l.granted AND l.pid = pg_backend_pid()
  WHERE c.relkind IN ('r', 'p', 'm')
    AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
  GROUP BY 1, 2`;
async function readState(connection) {
    const rows = await connection.query(STATE_SQL);
    return new Map(rows.map((r) => [r.table, { filenode: r.filenode, modes: new Set(r.modes) }]));
}
async function observeStatement(connection, run) {
    const before = await readState(connection);
    await run();
    const after = await readState(connection);
    const effects = { acquired: [], held: [], rewritten: [] };
    for (const [table, state] of after) {
        const earlier = before.get(table);
        for (const mode of state.modes) {
            effects.held.push({ table, mode });
            if (!earlier?.modes.has(mode))
                effects.acquired.push({ table, mode });
        }
        if (earlier && earlier.filenode !== state.filenode)
            effects.rewritten.push(table);
    }
    return effects;
}

;// CONCATENATED MODULE: ./src/engines/postgres/ahead.ts

/**
 * The commands that end or split a transaction block. After one of them the server runs what
 * follows outside the migration's transaction, where a failed statement no longer stops the next:
 * statements sent ahead would run past a failure.
 */
const TRANSACTION_CONTROL = new Set(['begin', 'start', 'commit', 'end', 'rollback', 'abort', 'savepoint', 'release', 'prepare']);
/** The statement's first word, lower case, or null when it starts with anything else. */
function firstWord(sql) {
    for (const token of lexPostgres(sql, { lenient: true }))
        return token.type === 'word' ? token.raw.toLowerCase() : null;
    return null;
}
/**
 * Whether a migration's statements may be sent ahead inside its transaction
 * (PgTransactionOptions.ahead): none of them controls the transaction itself. `PREPARE name AS`
 * is refused with `PREPARE TRANSACTION`, since only the first word is read.
 */
const mayRunAhead = (statements) => statements.every((s) => !TRANSACTION_CONTROL.has(firstWord(s.sql) ?? ''));

;// CONCATENATED MODULE: ./src/engines/postgres/pooler.ts

/**
 * A transaction-mode pooler (PgBouncer `pool_mode = transaction`, Supavisor's transaction port)
 * hands a client a server session for one transaction at a time. schemagate's run needs one
 * session throughout: the migration lock is a session advisory lock (which, behind such a pooler,
 * stays on a pooled session that another client then holds, as authentik's and Atlas's issues
 * describe), and a no-transaction file bounds its lock waits with a session SET.
 *
 * Poolers do not announce themselves (PgBouncer's SHOW commands live on its admin console, a
 * different database), so the probe looks at the one thing that defines the mode: whether this
 * client's server session can serve another client. A second client opens a transaction and
 * asks which backend serves it; then this client asks again while that transaction is open.
 * Directly, or through a session-mode pool, the two are different backends and this client's
 * never changes. Through a transaction-mode pool, the second client gets the backend this client
 * was given (the pool reuses the most recently released one first), or this client is moved to
 * another backend, or it must wait for a free one: any of the three is proof.
 */
/** How long this client's `SELECT pg_backend_pid()` may take while the probe holds a backend: a direct session answers at once. */
const ANSWER_MS = 3000;
/**
 * True through a transaction-mode pooler; null when no second session could be opened (a role's
 * CONNECTION LIMIT, a full server), which proves nothing either way.
 */
async function transactionPooled(connection, session) {
    const probe = await session.openAnother('pooler probe').catch(() => null);
    if (!probe)
        return null;
    let mine = null;
    let timer;
    try {
        // Sent together: one round trip, and the pid is the one serving the transaction.
        const [, [other]] = await Promise.all([probe.query('BEGIN'), probe.query('SELECT pg_backend_pid() AS pid')]);
        if (Number(other.pid) === session.pid)
            return true;
        mine = connection.query('SELECT pg_backend_pid() AS pid');
        const waited = new Promise((resolve) => (timer = setTimeout(() => resolve(null), ANSWER_MS)));
        const answer = await Promise.race([mine, waited]);
        if (answer === null)
            return true;
        return Number(answer[0].pid) !== session.pid;
    }
    finally {
        clearTimeout(timer);
        // The ROLLBACK goes out with the close, which waits for its answer.
        void probe.query('ROLLBACK').catch(() => { });
        await probe.close().catch(() => { });
        // A query left waiting for a pooled backend gets one once the probe lets go.
        await mine?.catch(() => { });
    }
}
const poolerRefusal = () => new src_errors/* SchemagateError */.RA('config', 'The database URL leads through a connection pooler in transaction mode (PgBouncer, Supavisor): a second client was served by this run\'s server session, ' +
    'so the migration lock and the session settings schemagate relies on would not stay with this run. Nothing was run.', {
    hint: 'Set `direct-url` (CLI: --direct-url or DIRECT_URL) to a direct connection to the database, or to a session-mode pool: ' +
        'on Supabase the direct or session-mode connection string (port 5432), with PgBouncer the server\'s own host and port. ' +
        'Keep `database-url` pointing at the pooler for your application.',
});

;// CONCATENATED MODULE: ./src/engines/postgres/watch.ts
/**
 * What the migration's session is doing, read from a second session (the first is busy running
 * the statement): the lock it waits for (pg_locks), who holds it (pg_blocking_pids and
 * pg_stat_activity), and how far a long statement has got (pg_stat_progress_create_index for
 * CREATE INDEX, pg_stat_progress_cluster for VACUUM FULL and CLUSTER). Only catalog reads; the
 * second session is opened on the first look and closed when the statement ends.
 */
const ACTIVITY_SQL = `
  SELECT
    (SELECT json_build_object('relation', coalesce(n.nspname || '.' || c.relname, l.locktype), 'mode', l.mode)
       FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE l.pid = $1 AND NOT l.granted LIMIT 1) AS waiting,
    (SELECT coalesce(json_agg(json_build_object(
         'pid', a.pid, 'application', a.application_name, 'user', a.usename, 'state', a.state,
         'transaction_ms', floor(extract(epoch FROM clock_timestamp() - a.xact_start) * 1000),
         'query', left(a.query, 1000)) ORDER BY a.pid), '[]'::json)
       FROM pg_stat_activity a WHERE a.pid = ANY (pg_blocking_pids($1))) AS blockers,
    (SELECT json_build_object('command', p.command, 'phase', p.phase, 'blocks_done', p.blocks_done, 'blocks_total', p.blocks_total,
         'tuples_done', p.tuples_done, 'tuples_total', p.tuples_total)
       FROM pg_stat_progress_create_index p WHERE p.pid = $1) AS create_index,
    (SELECT json_build_object('command', p.command, 'phase', p.phase, 'blocks_done', p.heap_blks_scanned, 'blocks_total', p.heap_blks_total,
         'tuples_done', p.heap_tuples_written, 'tuples_total', NULL)
       FROM pg_stat_progress_cluster p WHERE p.pid = $1) AS cluster`;
/** The longest excerpt of a blocker's query that is shown. */
const QUERY_EXCERPT_CHARS = 80;
/**
 * The start of a query as it may be shown in a log: string literals and dollar-quoted bodies
 * hidden (they can hold a password: `ALTER ROLE \u2026 PASSWORD '\u2026'`), whitespace collapsed, cut to
 * `max` characters. pg_stat_activity holds the query's text only, never its bind values.
 */
function queryExcerpt(query, max = QUERY_EXCERPT_CHARS) {
    const hidden = query
        .replace(/\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?(?:\$\1\$|$)/g, () => '$$\u2026$$')
        .replace(/'(?:[^']|'')*(?:'|$)/g, "'\u2026'")
        .replace(/\s+/g, ' ')
        .trim();
    return hidden.length <= max ? hidden : `${hidden.slice(0, max - 1)}\u2026`;
}
const count = (value) => (value === null || value === undefined ? null : Number(value));
function toBlocker(raw) {
    return {
        pid: Number(raw.pid),
        applicationName: String(raw.application ?? ''),
        user: raw.user === null || raw.user === undefined ? null : String(raw.user),
        state: raw.state === null || raw.state === undefined ? null : String(raw.state),
        transactionMs: count(raw.transaction_ms),
        query: queryExcerpt(String(raw.query ?? '')),
    };
}
function toProgress(raw) {
    if (!raw)
        return null;
    return {
        command: String(raw.command),
        phase: String(raw.phase),
        blocksDone: count(raw.blocks_done),
        blocksTotal: count(raw.blocks_total),
        tuplesDone: count(raw.tuples_done),
        tuplesTotal: count(raw.tuples_total),
    };
}
function watchSession(session) {
    let side = null;
    return {
        async sample() {
            side ??= session.openAnother('watch');
            const [row] = await (await side).query(ACTIVITY_SQL, [session.pid]);
            const waiting = row?.waiting;
            return {
                lockWait: waiting ? { relation: String(waiting.relation), mode: String(waiting.mode), blockers: (row.blockers ?? []).map(toBlocker) } : null,
                progress: toProgress(row?.create_index ?? null) ?? toProgress(row?.cluster ?? null),
            };
        },
        async close() {
            const connection = await side?.catch(() => null);
            await connection?.close();
        },
    };
}

;// CONCATENATED MODULE: ./src/engines/postgres/index.ts























const DEFAULT_POSTGRES_JOURNAL_SCHEMA = 'schemagate';
const LOCK_NAMESPACE = 0x53470000; // "SG": keeps our advisory locks apart from the application's
function lockKey(location) {
    return (0,external_node_crypto_.createHash)('sha256').update(location).digest().readInt32BE(0);
}
/**
 * A failed statement as the core understands it: a lost connection (the statement may have
 * run) or the database's refusal, with the position in the statement the server points at.
 */
function statementFailure(error, atCommit = false) {
    if (error instanceof src_errors/* SchemagateError */.RA)
        return error;
    if (isConnectionLoss(error))
        return new src_errors/* SchemagateError */.RA('connection', (0,src_errors/* databaseMessage */.bs)(error), { cause: error });
    const position = Number(error.position);
    const code = error.code;
    // 25001 active_sql_transaction: "cannot run inside a transaction block".
    const needsNoTransaction = code === '25001';
    // 55P03 lock_not_available: lock_timeout ran out (or NOWAIT); the statement left nothing behind.
    const lockNotAvailable = code === '55P03';
    return new engines_engine/* DatabaseError */.a((0,src_errors/* databaseMessage */.bs)(error), Number.isInteger(position) && position > 0 ? position : undefined, { cause: error, lockNotAvailable, atCommit, ...privilegeHint(error) }, needsNoTransaction);
}
/** A refused COMMIT read as the migration's failure, as a statement's is: its own content broke a deferred check. */
async function committing(transaction) {
    try {
        return await transaction;
    }
    catch (error) {
        throw error instanceof CommitRefused ? statementFailure(error.refusal, true) : error;
    }
}
/** lock_timeout as SET takes it: a whole number of milliseconds, safe to splice. */
const lockTimeoutSetting = (ms) => `${Math.max(1, Math.ceil(ms))}ms`;
/** Runs one statement, returning the rows it changed; failures as the core understands them. */
async function execCounting(connection, statement) {
    try {
        return await connection.exec(statement.sql);
    }
    catch (error) {
        throw statementFailure(error);
    }
}
/**
 * Runs one statement; inside a transaction, an observer is told which locks it took and what it
 * rewrote. Outside one, a lock wait bound is set for the session around the statement alone.
 */
async function executeOn(connection, statement, observe, lockTimeoutMs) {
    const run = async () => void (await execCounting(connection, statement));
    if (observe) {
        observe(statement, await observeStatement(connection, run));
        return;
    }
    if (lockTimeoutMs === undefined)
        return run();
    await connection.query("SELECT set_config('lock_timeout', $1, false)", [lockTimeoutSetting(lockTimeoutMs)]);
    let failed = true;
    try {
        await run();
        failed = false;
    }
    finally {
        // Back to the session's own value (the role's, the URL's), so journal writes are not bounded.
        const reset = connection.query('RESET lock_timeout');
        if (failed)
            await reset.catch(() => { });
        else
            await reset;
    }
}
/**
 * The `running` row of an attempt, as its own transaction with an asynchronous commit (one WAL
 * flush per migration instead of two). Why it is still durable before anything the migration
 * does: crash recovery replays a prefix of the WAL, and this commit record precedes every change
 * of the migration in the WAL, since the server runs this session's queries in order even when
 * they were sent together. A migration's changes count only once their own commit is durable
 * (the migration's COMMIT, or each statement's autocommit outside a transaction), and a
 * synchronous commit flushes the WAL up to itself, this row included. So after a crash or a kill
 * at any point the journal has the row whenever the schema has anything of the migration; a
 * lost row (the server crashed before any flush) comes with no trace of the migration either.
 * The migration's BEGIN, sent in the same round trip, starts only after this COMMIT.
 */
function runningRow(sql, row) {
    return [{ text: beginQuery({ synchronous_commit: 'off' }) }, ...sql.upsertAttempts([row]), { text: 'COMMIT' }];
}
function executor(connection, sql, adopted, invalidIndexes = { rebuild: true, log: () => { } }) {
    return {
        // Outside a transaction a CREATE INDEX CONCURRENTLY may meet the INVALID index of an earlier failed build (invalid-index.ts).
        execute: (statement, options) => buildIndexConcurrently(connection, statement.sql, () => executeOn(connection, statement, undefined, options?.lockTimeoutMs), invalidIndexes),
        async writeAttempt(row, migration) {
            if (row.status === 'running')
                return connection.pipeline(runningRow(sql, row));
            for (const { text, params } of sql.upsertAttempts([row]))
                await connection.query(text, params);
            if (row.status === 'applied')
                await adopted.record(connection, migration);
        },
        async writeStatement(row) {
            await connection.query(sql.insertStatement, statementParams(row));
        },
    };
}
/**
 * Inside a migration's transaction the journal rows travel with the COMMIT (one round trip for
 * both): they commit with the migration or not at all, and a failure to write them fails the
 * commit. Several attempts' rows (one migration's `applied` row and the next one's `running` row,
 * or a batch chunk's `applied` rows) go in one INSERT.
 */
function transactionExecutor(tx, sql, adopted, observe) {
    const writeAttempts = async (entries) => {
        for (const { text, params } of sql.upsertAttempts(entries.map((e) => e.row)))
            await tx.queue(text, params);
        for (const { row, migration } of entries)
            if (row.status === 'applied')
                await adopted.record(tx, migration);
    };
    return {
        execute: (statement) => executeOn(tx, statement, observe),
        writeAttempt: (row, migration) => writeAttempts([{ row, migration }]),
        writeAttempts,
        writeStatement: (row) => tx.queue(sql.insertStatement, statementParams(row)),
    };
}
/** A transaction's start: the lock bound on every statement (set_config(..., true), sent with BEGIN), and its statements sent right behind. */
function opening(statements, lockTimeoutMs, observe) {
    return {
        settings: lockTimeoutMs === undefined ? {} : { lock_timeout: lockTimeoutSetting(lockTimeoutMs) },
        // An observer looks at each statement's locks between statements, so nothing runs ahead of it.
        ahead: !observe && mayRunAhead(statements) ? statements.map((s) => s.sql) : [],
    };
}
const ROLLBACK = new Error('rehearsal: roll back');
class PostgresEngine {
    connection;
    options;
    lockDir;
    kind = 'postgres';
    journalLocation;
    transactions;
    batches;
    names;
    sql;
    base;
    adopted;
    constructor(connection, options, 
    /** A PGlite data directory, locked by a file rather than an advisory lock (see lock.ts). */
    lockDir = null) {
        this.connection = connection;
        this.options = options;
        this.lockDir = lockDir;
        const schema = options.journalSchema ?? DEFAULT_POSTGRES_JOURNAL_SCHEMA;
        this.names = journal_journalNames(schema, options.journalTable);
        this.sql = new JournalSql(this.names);
        this.journalLocation = `${schema}.${options.journalTable}`;
        this.adopted = new Adopter(POSTGRES_ADOPTED, options.adopt, postgresCatalog(options.log));
        this.base = executor(connection, this.sql, this.adopted, {
            rebuild: options.rebuildInvalidIndexes ?? true,
            log: options.log ?? (() => { }),
        });
        this.transactions = {
            transaction: (fn, { started, lockTimeoutMs, statements = [], next } = {}) => committing(this.connection.transaction((tx) => fn(transactionExecutor(tx, this.sql, this.adopted, options.observe)), {
                before: started ? runningRow(this.sql, started.row) : [],
                ...opening(statements, lockTimeoutMs, options.observe),
                // The next migration's BEGIN and statements travel with this COMMIT: one round trip per migration.
                ...(next && !options.observe && mayRunAhead(next.statements) ? { then: opening(next.statements, next.lockTimeoutMs, undefined) } : {}),
            })),
        };
        const { session } = connection;
        if (session)
            this.watch = () => watchSession(session);
        this.batches = {
            runBatch: (statement, record) => committing(this.connection.transaction(async (tx) => {
                const rows = await execCounting(tx, statement);
                await record(transactionExecutor(tx, this.sql, this.adopted, undefined), rows);
                return rows;
            })),
            queryNumber: async (sql) => {
                const [row] = await this.connection.query(sql);
                const value = row ? Object.values(row)[0] : null;
                return value === null || value === undefined ? null : Number(value);
            },
        };
    }
    watch;
    execute = (s, o) => this.base.execute(s, o);
    writeAttempt = (r, m) => this.base.writeAttempt(r, m);
    writeStatement = (r) => this.base.writeStatement(r);
    async exists(qualified) {
        const [row] = await this.connection.query('SELECT to_regclass($1)::text AS found', [qualified]);
        return Boolean(row?.found);
    }
    async readJournal() {
        const journal = { attempts: [], statements: [], adopted: null };
        if (await this.exists(this.names.attempts)) {
            const { hasStatements, version } = await this.checkJournalShape();
            journal.attempts = await this.connection.queryValues(selectAttemptsSql(this.names, version), journal_toJournalRow);
            if (hasStatements)
                journal.statements = (await this.connection.query(selectStatementsSql(this.names))).map(journal_toStatementRow);
            else if (journal.attempts.some((a) => !a.transactional && a.status !== 'applied'))
                throw this.damaged(`has no ${this.names.statements} table, which holds the progress of the interrupted attempts`);
        }
        journal.adopted = await this.adopted.read(this.connection);
        return journal;
    }
    damaged(what) {
        return damagedJournal(this.journalLocation, what);
    }
    /**
     * Refuses a journal this schemagate cannot read exactly: a newer version, a missing column. A
     * missing statements table is allowed only in a journal from before versioning, which an
     * older schemagate could leave half-created; `ensureJournal` then completes it.
     */
    async checkJournalShape() {
        const [meta] = await this.connection.query('SELECT obj_description(to_regclass($1), \'pg_class\') AS comment, to_regclass($2)::text AS statements', [this.names.attempts, this.names.statements]);
        const version = journalVersionOf(meta?.comment ?? null);
        if (version !== null && version > journal_JOURNAL_VERSION)
            throw newerJournal(this.journalLocation, version, journal_JOURNAL_VERSION);
        const columns = await this.connection.query('SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = $1 AND table_name IN ($2, $3)', [this.names.schema, this.options.journalTable, `${this.options.journalTable}_statements`]);
        const missing = missingColumns({ [this.options.journalTable]: columnsAt(version ?? 1), ...(meta?.statements ? { [`${this.options.journalTable}_statements`]: journal_STATEMENT_COLUMNS } : {}) }, columns);
        if (missing.length > 0)
            throw this.damaged(lacksColumns(missing));
        if (!meta?.statements && version !== null)
            throw this.damaged(`has no ${this.names.statements} table`);
        return { hasStatements: Boolean(meta?.statements), version: version ?? 1 };
    }
    /** All of the journal's tables or none, in one transaction; an older journal is upgraded in place. */
    async ensureJournal() {
        await this.connection.transaction(async (tx) => {
            const [meta] = await tx.query('SELECT obj_description(to_regclass($1), \'pg_class\') AS comment, to_regclass($1)::text AS found', [this.names.attempts]);
            const from = meta?.found ? (journalVersionOf(meta.comment) ?? 1) : journal_JOURNAL_VERSION;
            const ddl = [...journal_journalDdl(this.names)];
            for (let version = from + 1; version <= journal_JOURNAL_VERSION; version++)
                ddl.push(...(journal_JOURNAL_UPGRADES[version]?.(this.names) ?? []));
            ddl.push(journalVersionComment(this.names));
            if (this.options.schema)
                ddl.push(`CREATE SCHEMA IF NOT EXISTS ${this.options.schema}`);
            // Sent back to back (one round trip); in order, so the first failure is the first answer.
            await Promise.all(ddl.map((text) => tx.query(text)));
            await this.adopted.ensure(tx);
        });
    }
    async acquireLock(options) {
        // A session lock through a transaction-mode pooler would stay behind on a pooled session.
        const { session } = this.connection;
        const pooled = session ? await transactionPooled(this.connection, session) : false;
        if (pooled)
            throw poolerRefusal();
        if (pooled === null) {
            this.options.log?.('Could not open a second session to check for a transaction-mode connection pooler; continuing. The URL must be a direct or session-mode connection (see `direct-url`).');
        }
        const tryLock = this.lockDir ? fileLock(this.lockDir, options.owner) : this.advisoryLock();
        return pollLock(this.journalLocation, options, tryLock);
    }
    advisoryLock() {
        const key = lockKey(this.journalLocation);
        return async () => {
            const [row] = await this.connection.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [LOCK_NAMESPACE, key]);
            if (!row?.locked)
                return { holder: await this.describeHolder(key) };
            return { release: async () => void (await this.connection.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE, key])) };
        };
    }
    async describeHolder(key) {
        const [row] = await this.connection.query(`SELECT a.pid, a.application_name, a.client_addr::text AS client_addr, a.backend_start
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.classid = $1::int::oid AND l.objid = $2::bigint::oid AND l.objsubid = 2 AND l.granted
         -- advisory locks are per database: another database's run on this server is no holder
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`, [LOCK_NAMESPACE, key >>> 0]);
        if (!row)
            return 'a session that has just released it';
        const since = row.backend_start instanceof Date ? row.backend_start.toISOString() : String(row.backend_start);
        const gone = holderIsDead(row.application_name)
            ? '; its process on this host is gone, and the server ends the session once it notices the client left (client_connection_check_interval on Postgres 14+), or when its statement ends'
            : '';
        return `"${row.application_name || 'unnamed client'}" (backend pid ${row.pid}${row.client_addr ? ` from ${row.client_addr}` : ''}, connected since ${since}${gone})`;
    }
    tables() {
        return readTables(this.connection);
    }
    tableSizes(tables) {
        return readTableSizes(this.connection, tables);
    }
    async rehearse(options, fn) {
        let outcome = null;
        try {
            const settings = { lock_timeout: `${Math.ceil(options.lockTimeoutMs)}ms`, statement_timeout: `${Math.ceil(options.statementTimeoutMs)}ms` };
            await this.connection.transaction(async (tx) => {
                outcome = {
                    value: await fn({
                        execute: (statement) => executeOn(tx, statement, options.observe),
                        introspect: async () => introspectPostgres(tx, await this.ownTables(), this.options.schema),
                    }),
                };
                // The only way out of this transaction is a rollback.
                throw ROLLBACK;
            }, { settings });
        }
        catch (error) {
            if (error !== ROLLBACK)
                throw error;
        }
        return outcome.value;
    }
    async ownTables() {
        const exclude = new Set([
            `${this.names.schema}.${this.options.journalTable}`,
            `${this.names.schema}.${this.options.journalTable}_statements`,
        ]);
        const adopted = await this.adopted.table(this.connection);
        if (adopted)
            exclude.add(`${adopted.schema}.${adopted.table}`);
        return exclude;
    }
    async introspect() {
        return introspectPostgres(this.connection, await this.ownTables(), this.options.schema);
    }
    close() {
        return this.connection.close();
    }
}
/** `pglite://PATH` (relative or absolute) or `pglite://memory`. */
function pgliteDataDir(url) {
    const location = decodeURIComponent(url.host + url.pathname);
    return location === '' || location === 'memory' ? null : external_node_path_default().resolve(location);
}
const postgresDriver = {
    kind: 'postgres',
    schemes: ['postgres:', 'postgresql:', 'pglite:'],
    dialect: dialectFor('postgres'),
    embeddedUrl: (dir) => new URL(`pglite://${dir}`),
    adoptTools: POSTGRES_ADOPTED.map((t) => t.tool),
    async open(url, options) {
        const dataDir = url.protocol === 'pglite:' ? pgliteDataDir(url) : null;
        if (options.readOnly && dataDir && !(0,external_node_fs_.existsSync)(dataDir))
            return absentEmbeddedDatabase('postgres', `pglite://${dataDir}`, options);
        const connection = await (0,retry/* withConnectRetries */.xy)(() => url.protocol === 'pglite:'
            ? connectPGlite(dataDir, { statementTimeoutMs: options.statementTimeoutMs, extensions: options.extensions?.() })
            : connectServer(url.href, { applicationName: options.clientName, statementTimeoutMs: options.statementTimeoutMs }), options, isConnectionLoss);
        // Schema per tenant: the identifier was validated by the settings (letters, digits, _).
        if (options.schema)
            await connection.query("SELECT set_config('search_path', $1, false)", [options.schema]);
        return new PostgresEngine(connection, options, dataDir);
    },
};

;// CONCATENATED MODULE: ./src/engines/index.ts



/** The only place that maps a URL to an engine; the core never asks which engine it has. */
const DRIVERS = [postgresDriver, clickhouseDriver];
const ENGINE_KINDS = DRIVERS.map((d) => d.kind);
/** Every tool whose journal some engine adopts (input `adopt`). */
const ADOPT_TOOLS = DRIVERS.flatMap((d) => d.adoptTools);
/** For messages: every URL form the drivers accept. */
const SUPPORTED_SCHEMES = [...DRIVERS.flatMap((d) => d.schemes.map((s) => `${s}//`))].join(', ');
function driverFor(url) {
    const driver = DRIVERS.find((d) => d.schemes.includes(url.protocol));
    if (!driver) {
        throw (0,src_errors/* configError */.Fj)(`Database URL scheme "${url.protocol}" is not supported.`, {
            hint: `Use one of: ${SUPPORTED_SCHEMES}.`,
        });
    }
    return driver;
}
function driverForKind(kind) {
    return DRIVERS.find((d) => d.kind === kind);
}
/** The engine whose SQL a migration layout is written in (drizzle's folders declare theirs). */
function driverForDialect(dialect) {
    const driver = DRIVERS.find((d) => d.dialect.name === dialect);
    if (!driver)
        throw (0,src_errors/* configError */.Fj)(`No engine runs ${dialect} migrations.`);
    return driver;
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/sources/batch.ts

/**
 * The batched-backfill directives of a migration file (field story 3: a data migration that
 * must not hold its locks for long):
 *
 *   -- schemagate:batch [max-batches=N] [pause=DURATION]
 *   -- schemagate:batch-total <query returning the number of rows still to change>
 *
 * and the checks that the file fits: one statement, an UPDATE, DELETE or INSERT ... SELECT,
 * bounded by a LIMIT (or FETCH FIRST) so each execution changes at most that many rows.
 */
/** Executions before the safety stop when the directive does not say. */
const DEFAULT_MAX_BATCHES = 10_000;
const BATCH_HINT = 'Write `-- schemagate:batch [max-batches=N] [pause=100ms]` on its own comment line at the top of the file, e.g. `-- schemagate:batch max-batches=5000 pause=50ms`.';
/** `250ms`, `2s`, `1.5s`, `0`: milliseconds, or null when it is not a duration. */
function parseDuration(text) {
    const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text);
    if (!match)
        return null;
    const value = Number(match[1]);
    if (match[2] === undefined && value !== 0)
        return null;
    return Math.round(match[2] === 's' ? value * 1000 : value);
}
/** The options after `-- schemagate:batch` on line `line` of `file`. */
function parseBatchDirective(args, file, line) {
    const options = { maxBatches: DEFAULT_MAX_BATCHES, pauseMs: 0, totalSql: null, line };
    const fail = (what) => (0,src_errors/* configError */.Fj)(`${file}:${line}: ${what}`, { location: { file, line }, hint: BATCH_HINT });
    for (const word of args.split(/\s+/).filter(Boolean)) {
        const [key, value] = word.split('=', 2);
        if (key === 'max-batches') {
            if (!value || !/^[1-9]\d{0,8}$/.test(value))
                throw fail(`max-batches must be a whole number from 1 to 999999999, not "${value ?? ''}"`);
            options.maxBatches = Number(value);
        }
        else if (key === 'pause') {
            const ms = value === undefined ? null : parseDuration(value);
            if (ms === null || ms > 60_000)
                throw fail(`pause must be a duration up to 60s such as 100ms or 2s, not "${value ?? ''}"`);
            options.pauseMs = ms;
        }
        else {
            throw fail(`unknown option "${key}" of schemagate:batch (known: max-batches, pause)`);
        }
    }
    return options;
}
/** The query of `-- schemagate:batch-total <query>`; it runs once, before the first batch. */
function parseBatchTotal(args, file, line) {
    const sql = args.trim().replace(/;\s*$/, '');
    if (!/^(select|with)\b/i.test(sql)) {
        throw (0,src_errors/* configError */.Fj)(`${file}:${line}: schemagate:batch-total needs a query that returns the number of rows still to change`, {
            location: { file, line },
            hint: 'e.g. `-- schemagate:batch-total SELECT count(*) FROM users WHERE email_lower IS NULL` (one line; its first column of its first row is read).',
        });
    }
    return sql;
}
/** What a `WITH ...` statement goes on to do, after its common table expressions. */
const VERBS = new Set(['select', 'insert', 'update', 'delete', 'merge', 'values', 'table']);
/** Why this statement cannot be a batch, or null when it can. Reads tokens, never the database. */
function batchStatementProblem(tokens) {
    let depth = 0;
    let first = null;
    let verb = null;
    let insertValues = false;
    let bounded = false;
    let selects = false;
    for (const token of tokens) {
        if (token.type === 'punct' || token.type === 'op') {
            if (token.raw === '(')
                depth++;
            else if (token.raw === ')')
                depth--;
            continue;
        }
        if (token.type !== 'word')
            continue;
        const word = token.raw.toLowerCase();
        if (word === 'limit' || word === 'fetch')
            bounded = true;
        if (word === 'select')
            selects = true;
        if (depth > 0)
            continue;
        if (first === null) {
            first = word;
            if (word !== 'with')
                verb = word;
        }
        else if (verb === null && VERBS.has(word))
            verb = word;
        else if (verb === 'insert' && word === 'values')
            insertValues = true;
    }
    if (verb !== 'update' && verb !== 'delete' && verb !== 'insert') {
        return `its statement is ${verb ? `a ${verb.toUpperCase()} statement` : 'not a data change'}; a batch must be an UPDATE, DELETE or INSERT ... SELECT`;
    }
    if (verb === 'insert' && (insertValues || !selects))
        return 'its INSERT has no SELECT; a batch must be an UPDATE, DELETE or INSERT ... SELECT';
    if (!bounded)
        return 'its statement has no LIMIT (or FETCH FIRST), so one execution would change every row at once';
    return null;
}
/** The file's statements fit a batch: exactly one, a bounded data change. */
function checkBatchStatements(statements, lex, file, options) {
    const example = 'A batch is one statement that changes at most N rows per execution and only rows still to change, e.g.\n' +
        '  UPDATE users SET email_lower = lower(email) WHERE id IN (SELECT id FROM users WHERE email_lower IS NULL LIMIT 5000);';
    if (statements.length !== 1) {
        const line = statements[1]?.line ?? options.line;
        throw (0,src_errors/* configError */.Fj)(`${file}:${line}: a schemagate:batch file must hold exactly one statement; it has ${statements.length}`, {
            location: { file, line },
            hint: `Move the other statements into their own migration. ${example}`,
        });
    }
    const [statement] = statements;
    const problem = batchStatementProblem(lex(statement.sql));
    if (problem) {
        throw (0,src_errors/* configError */.Fj)(`${file}:${statement.line}: schemagate:batch cannot run this file: ${problem}`, {
            location: { file, line: statement.line },
            hint: example,
        });
    }
}

;// CONCATENATED MODULE: ./src/sources/files.ts







/**
 * Reads one migration file: checksum of its bytes, its statements, its directives. Shared by
 * every layout, which passes its own parse when sections or breakpoints decide the statements.
 */
function readMigration(abs, identity, opts, extra = {}) {
    const file = extra.file ?? relativeFile(abs, opts.cwd);
    const bytes = extra.bytes ?? external_node_fs_default().readFileSync(abs);
    const checksums = checksumsOf(bytes);
    const algorithm = opts.checksum ?? 'sha256';
    const text = decodeUtf8(bytes, file, extra.text);
    const directives = readDirectives(text, file);
    const parsed = extra.parse ? extra.parse(text, file) : { statements: splitFile(text, file, (sql) => opts.dialect.split(sql)) };
    if (parsed.statements.length === 0 && !extra.allowEmpty) {
        throw (0,src_errors/* configError */.Fj)(`${file} contains no SQL statements`, {
            location: { file },
            hint: 'Add the statements of the migration, or delete the file if it is not needed.',
        });
    }
    const migration = {
        ...identity,
        file,
        path: abs,
        checksum: checksums[algorithm],
        checksumAlgorithm: algorithm,
        checksums,
        sql: text,
        statements: parsed.statements.map(toStatement),
        transactional: directives.transactional && parsed.transactional !== false,
    };
    if (directives.batch) {
        if (!migration.transactional) {
            throw (0,src_errors/* configError */.Fj)(`${file}:${directives.batch.line}: schemagate:batch runs each batch in its own transaction, so the file cannot also run without one`, {
                location: { file, line: directives.batch.line },
                hint: 'Remove the no-transaction marker: a batch needs no transaction around the whole file, it makes its own short ones.',
            });
        }
        checkBatchStatements(parsed.statements, (sql) => opts.dialect.lex(sql), file, directives.batch);
        migration.batch = directives.batch;
    }
    if (extra.drizzleWhen !== undefined)
        migration.drizzleWhen = extra.drizzleWhen;
    return migration;
}
/** Runs the engine's splitter, turning its SplitError into a config error that points at the file. */
function splitFile(text, file, split) {
    try {
        return split(text);
    }
    catch (error) {
        if (error instanceof scan/* LexError */.Sw) {
            throw (0,src_errors/* configError */.Fj)(`${file}:${error.line}: ${error.message}`, {
                location: { file, line: error.line },
                hint: error.hint,
                cause: error,
            });
        }
        throw error;
    }
}
/**
 * A statement of a file. Its hash is needed only to resume or to record progress, so it is
 * worked out when first read rather than for every statement of every applied migration.
 */
class FileStatement {
    index;
    sql;
    line;
    #hash;
    constructor(index, sql, line) {
        this.index = index;
        this.sql = sql;
        this.line = line;
    }
    get hash() {
        return (this.#hash ??= sha256Hex(this.sql));
    }
}
const toStatement = (raw, index) => new FileStatement(index, raw.sql, raw.line);
const KNOWN_DIRECTIVES = ['no-transaction', 'batch', 'batch-total'];
/** Directives about one statement, read where they stand by the safety rules (src/safety/suppression.ts). */
const STATEMENT_DIRECTIVES = ['allow'];
/**
 * `-- schemagate:<name>` comment lines configure a migration. They count only among the file's
 * leading comment lines; one found further down (or misspelt) is an error rather than silently
 * ignored, since a lost no-transaction would only surface as a failure at apply time. The
 * statement directives (`-- schemagate:allow <rule> <reason>`) belong next to their statement,
 * so they are accepted anywhere and left to the safety rules.
 */
function readDirectives(text, file) {
    let transactional = true;
    // Every directive spells this: a file without it (most files) needs no line-by-line reading.
    if (!text.includes('schemagate:'))
        return { transactional };
    let batch;
    let total;
    let leading = true;
    const lines = text.split(/\r\n|\r|\n/);
    lines.forEach((raw, i) => {
        const line = raw.replace(/^\uFEFF/, '').trim();
        const isComment = line.startsWith('--');
        if (line !== '' && !isComment)
            leading = false;
        const directive = /^--\s*schemagate:(\S*)(.*)$/.exec(line);
        if (!directive)
            return;
        const name = directive[1];
        if (STATEMENT_DIRECTIVES.includes(name))
            return;
        const location = { file, line: i + 1 };
        if (!KNOWN_DIRECTIVES.includes(name)) {
            throw (0,src_errors/* configError */.Fj)(`${file}:${i + 1}: unknown directive schemagate:${name}`, {
                location,
                hint: `Known directives: ${[...KNOWN_DIRECTIVES, ...STATEMENT_DIRECTIVES].map((d) => `-- schemagate:${d}`).join(', ')}.`,
            });
        }
        if (!leading) {
            throw (0,src_errors/* configError */.Fj)(`${file}:${i + 1}: directive schemagate:${name} must come before the first statement`, {
                location,
                hint: 'Move it to the comment lines at the top of the file.',
            });
        }
        if (name === 'no-transaction')
            transactional = false;
        if (name === 'batch')
            batch = parseBatchDirective(directive[2], file, i + 1);
        if (name === 'batch-total')
            total = { sql: parseBatchTotal(directive[2], file, i + 1), line: i + 1 };
    });
    if (total && !batch) {
        throw (0,src_errors/* configError */.Fj)(`${file}:${total.line}: schemagate:batch-total without schemagate:batch`, {
            location: { file, line: total.line },
            hint: 'Add `-- schemagate:batch` above it, or remove the line.',
        });
    }
    if (batch && total)
        batch.totalSql = total.sql;
    return { transactional, ...(batch ? { batch } : {}) };
}
/** Path relative to cwd with forward slashes, as GitHub annotations expect. */
function relativeFile(abs, cwd) {
    return external_node_path_default().relative(cwd, abs).split((external_node_path_default()).sep).join('/');
}
/**
 * How a folder's files are shown: the folder's relative path, worked out once, and the file's
 * forward-slash path within it (path.relative resolves both paths in full, which 10 000
 * migrations paid for on every run).
 */
function shownIn(root, cwd) {
    const shown = relativeFile(root, cwd);
    return (rel) => (rel === '' ? shown : shown === '' ? rel : `${shown}/${rel}`);
}
/**
 * Invalid UTF-8 would be silently mangled into U+FFFD, and then the text we run is not the file.
 * `decoded` is the bytes' text when detection decoded them already (valid bytes decode alike).
 */
function decodeUtf8(bytes, file, decoded) {
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes))
        throw (0,src_errors/* configError */.Fj)(`${file} is not valid UTF-8`, { location: { file }, hint: 'Save the file as UTF-8.' });
    return (decoded ?? bytes.toString('utf8')).replace(/^\uFEFF/, '');
}
/** Directory entries sorted by name, symlinks resolved, so loading is deterministic. */
function listDir(dir) {
    return external_node_fs_default().readdirSync(dir, { withFileTypes: true })
        .map((d) => ({ name: d.name, isDir: d.isSymbolicLink() ? isDirectory(external_node_path_default().join(dir, d.name)) : d.isDirectory(), isLink: d.isSymbolicLink() }))
        .sort((a, b) => compareStrings(a.name, b.name));
}
function isDirectory(p) {
    try {
        return external_node_fs_default().statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** `.sql` files under dir at any depth, as forward-slash paths relative to dir; `listing` is dir's own, when the caller has it. */
function listSqlFiles(dir, prefix = '', seen = new Set(), listing) {
    // A symlink back to a folder being listed would list it again and again (up to the OS's
    // ELOOP limit), each time as new migrations.
    const real = external_node_fs_default().realpathSync.native(dir);
    if (seen.has(real)) {
        throw (0,src_errors/* configError */.Fj)(`${prefix.replace(/\/$/, '')} is a symlink loop: it leads back to a folder that contains it (${real}).`, {
            location: { file: prefix.replace(/\/$/, '') },
            hint: 'Remove the symlink; a migrations folder must hold each migration file once.',
        });
    }
    const inside = new Set([...seen, real]);
    return (listing ?? listDir(dir)).flatMap((entry) => {
        const rel = prefix + entry.name;
        if (entry.isDir)
            return listSqlFiles(external_node_path_default().join(dir, entry.name), `${rel}/`, inside);
        return isSqlFile(entry.name) ? [rel] : [];
    });
}
const isSqlFile = (name) => name.toLowerCase().endsWith('.sql');
const stripSql = (name) => name.slice(0, -'.sql'.length);
/** Code-unit order, not locale order: the same on every machine. */
const compareStrings = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

;// CONCATENATED MODULE: ./src/sources/version.ts
/** `1.1`, `1_1`, `0001` \u2192 its numeric parts; null when it is not digits separated by `.` or `_`. */
function parseVersion(text) {
    if (!/^\d+(?:[._]\d+)*$/.test(text))
        return null;
    const parts = text.split(/[._]/).map((p) => BigInt(p));
    while (parts.length > 1 && parts[parts.length - 1] === 0n)
        parts.pop();
    return parts;
}
function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i] ?? 0n;
        const y = b[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/sources/layouts/layout.ts





/** Claim strengths, so layouts weigh their evidence the same way. */
const CONFIDENCE = { fallback: 10, names: 50, marker: 80, certain: 95 };
const SCHEMAGATE_NO_TRANSACTION = '-- schemagate:no-transaction';
/** One migrations folder, listed once and read lazily while layouts look for their signs. */
class Folder {
    root;
    cwd;
    listing = null;
    topSql = null;
    everySql = null;
    texts = new Map();
    /** Each file's bytes, read once per run: detection and loading share them. */
    contents = new Map();
    /** The path as annotations show it (relative to the working directory). */
    display;
    prefix;
    /** `root` is absolute and normalised (path.resolve). */
    constructor(root, cwd) {
        this.root = root;
        this.cwd = cwd;
        this.display = shownIn(root, cwd);
        this.prefix = root.endsWith((external_node_path_default()).sep) ? root : `${root}${(external_node_path_default()).sep}`;
    }
    get entries() {
        return (this.listing ??= listDir(this.root));
    }
    /** Top-level `.sql` file names. */
    get sqlFiles() {
        return (this.topSql ??= this.entries.filter((e) => !e.isDir && isSqlFile(e.name)).map((e) => e.name));
    }
    get dirs() {
        return this.entries.filter((e) => e.isDir).map((e) => e.name);
    }
    /** `.sql` files at any depth, relative to the root with forward slashes. */
    allSqlFiles() {
        return (this.everySql ??= listSqlFiles(this.root, '', new Set(), this.entries));
    }
    /**
     * A path of this folder's listings (forward slashes, no `.` or `..` parts) made absolute. The
     * root is normalised already, so it is joined without path.join's normalising, which 10 000
     * files paid for twice (loading and the unread-file report).
     */
    abs(rel) {
        if (rel === '')
            return this.root;
        return this.prefix + ((external_node_path_default()).sep === '/' ? rel : rel.split('/').join((external_node_path_default()).sep));
    }
    /** A file's bytes, as read the first time this run asked for them. */
    bytes(rel) {
        let bytes = this.contents.get(rel);
        if (bytes === undefined) {
            bytes = external_node_fs_default().readFileSync(this.abs(rel));
            this.contents.set(rel, bytes);
        }
        return bytes;
    }
    /** A file's text, decoded once for detection and loading (leniently: the loader checks the bytes are UTF-8). */
    text(rel) {
        let text = this.texts.get(rel);
        if (text === undefined) {
            text = this.bytes(rel).toString('utf8');
            this.texts.set(rel, text);
        }
        return text;
    }
    /** Whether some top-level `.sql` file has a line matching `pattern`. */
    someFileMatches(pattern) {
        return this.sqlFiles.find((name) => pattern.test(this.text(name))) ?? null;
    }
}
/**
 * Reads versioned files and puts them in version order. Every unreadable file and every pair
 * with the same version is recorded, not thrown, so one run reports all of them.
 */
function readVersioned(folder, files, opts, problems, extra, duplicateHint) {
    const read = files.flatMap((f) => {
        const migration = problems.attempt(() => readMigration(folder.abs(f.rel), { id: f.id, order: f.order, kind: 'versioned', name: f.name }, opts, { ...extra, bytes: folder.bytes(f.rel), text: folder.text(f.rel), file: folder.display(f.rel) }));
        return migration ? [migration] : [];
    });
    read.sort((a, b) => compareVersions(a.order, b.order) || compareStrings(a.file, b.file));
    for (let i = 1; i < read.length; i++) {
        const prev = read[i - 1];
        const cur = read[i];
        if (compareVersions(prev.order, cur.order) === 0) {
            problems.add((0,src_errors/* configError */.Fj)(`${prev.file} and ${cur.file} have the same version ${cur.id}`, { location: { file: cur.file }, hint: duplicateHint }));
        }
    }
    return read;
}
/** Repeatables run by name, after the versioned ones; two with one name are a problem. */
function sortRepeatables(repeatables, problems) {
    repeatables.sort((a, b) => compareStrings(a.id, b.id));
    for (let i = 1; i < repeatables.length; i++) {
        const prev = repeatables[i - 1];
        const cur = repeatables[i];
        if (prev.id === cur.id) {
            problems.add((0,src_errors/* configError */.Fj)(`${prev.file} and ${cur.file} are both repeatable migration ${cur.id}`, {
                location: { file: cur.file },
                hint: 'Rename one of them: a repeatable migration is identified by its name.',
            }));
        }
    }
    return repeatables;
}
/** A `.sql` file whose name the layout cannot read as a migration. */
function unnamedFile(folder, rel, layout, pattern, problems) {
    const file = folder.display(rel);
    problems.add((0,src_errors/* configError */.Fj)(`${file}: cannot tell a migration version from this file name (read as a ${layout} folder)`, {
        location: { file },
        hint: `Name ${layout} migrations ${pattern}; move files that are not migrations out of the folder, or set \`format\` if this is another tool's layout.`,
    }));
}
/**
 * The text with every line outside `keep` blanked, line breaks kept: the splitter then sees
 * only one section of a file (goose's Up, dbmate's migrate:up) and every statement keeps the
 * line it has in the file.
 */
function keepLines(text, keep) {
    const pieces = text.split(/(\r\n|\r|\n)/);
    return pieces.map((piece, i) => (i % 2 === 1 || keep(i / 2) ? piece : '')).join('');
}
const lines = (text) => text.split(/\r\n|\r|\n/);
/** `<digits>_<name>.sql`, the naming most tools share. */
function digitsName(fileName, pattern = /^(\d+)_(.*)\.sql$/i) {
    const match = pattern.exec(fileName);
    return match ? { id: match[1], name: match[2] } : null;
}
/**
 * The top-level `.sql` files named `<digits>_<name>.sql` (or `pattern`), as versioned files; any
 * other name is a problem naming the file.
 */
function digitsFiles(folder, layout, expected, problems, pattern) {
    return folder.sqlFiles.flatMap((name) => {
        const parsed = digitsName(name, pattern);
        if (parsed)
            return [{ rel: name, id: parsed.id, order: parseVersion(parsed.id), name: parsed.name }];
        unnamedFile(folder, name, layout, expected, problems);
        return [];
    });
}
/** Every top-level `.sql` file: what a flat layout reads (or reports). */
const topLevelSql = (folder) => folder.sqlFiles.map((n) => folder.abs(n));

;// CONCATENATED MODULE: ./src/sources/layouts/clickhouse.ts


/**
 * The two ClickHouse tools' folders. ClickHouse has no transactions, so neither has a
 * no-transaction marker: every migration already runs statement by statement.
 */
/**
 * chkit: `<timestamp>_<name>.sql` files opened by a `-- chkit-migration-format: v1` header,
 * applied in file-name order (the same as version order for its fixed-width timestamps).
 */
const clickhouse_chkit = {
    name: 'chkit',
    noTransaction: SCHEMAGATE_NO_TRANSACTION,
    dialects: ['clickhouse'],
    detect(folder) {
        const marked = folder.someFileMatches(/^-- chkit-migration-format:/m);
        return marked ? { confidence: CONFIDENCE.certain, evidence: `${marked} (-- chkit-migration-format)` } : null;
    },
    load(folder, opts, problems) {
        const files = digitsFiles(folder, 'chkit', '<timestamp>_<name>.sql (chkit generate writes them)', problems);
        const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true }, 'Two chkit migrations share a timestamp: regenerate the newer one.');
        return { migrations, accounted: topLevelSql(folder) };
    },
};
/** clickhouse-migrations drops every line that starts with `--`, `#` or `#!` before splitting on `;`. */
const COMMENT_LINE = /^\s*(--|#)/;
/**
 * The `clickhouse-migrations` npm package: `<version>_<text>.sql`, versions as integers. Its
 * folders look like plain ones, so it is chosen with `format: clickhouse-migrations`, not detected.
 */
const clickhouse_clickhouseMigrations = {
    name: 'clickhouse-migrations',
    noTransaction: SCHEMAGATE_NO_TRANSACTION,
    dialects: ['clickhouse'],
    detect: () => null,
    load(folder, opts, problems) {
        const files = digitsFiles(folder, 'clickhouse-migrations', '<version>_<text>.sql (e.g. 1_init.sql)', problems);
        const parse = (text, file) => {
            const all = lines(text);
            return { statements: splitFile(keepLines(text, (i) => !COMMENT_LINE.test(all[i])), file, (sql) => opts.dialect.split(sql)) };
        };
        const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true, parse }, 'clickhouse-migrations needs increasing versions: renumber the newer file.');
        return { migrations, accounted: topLevelSql(folder) };
    },
};

;// CONCATENATED MODULE: ./src/sources/layouts/dbmate.ts



const UP = /^--\s*migrate:up(\s*$|\s+\S+)/;
const DOWN = /^--\s*migrate:down(\s*$|\s+\S+)/;
/**
 * dbmate's rules (pkg/dbmate/migration.go): `-- migrate:up` first (only comments before it),
 * then an optional `-- migrate:down`; options follow the marker as `key:value`, and
 * `transaction:false` runs the up block outside a transaction. Only the up block runs.
 */
function parseDbmate(text, file, split) {
    const all = lines(text);
    const up = all.findIndex((l) => UP.test(l));
    const down = all.findIndex((l) => DOWN.test(l));
    const at = (line, message, hint) => (0,src_errors/* configError */.Fj)(`${file}:${line + 1}: ${message}`, { location: { file, line: line + 1 }, hint });
    if (up < 0)
        throw (0,src_errors/* configError */.Fj)(`${file}: no -- migrate:up line`, { location: { file }, hint: 'A dbmate migration defines its up block with -- migrate:up.' });
    if (down >= 0 && down < up)
        throw at(down, '-- migrate:down comes before -- migrate:up', 'Put the up block first, as dbmate requires.');
    const stray = all.slice(0, up).findIndex((l) => l.trim() !== '' && !l.trim().startsWith('--'));
    if (stray >= 0)
        throw at(stray, 'SQL outside the -- migrate:up and -- migrate:down blocks', 'dbmate runs only the blocks: move the statement into -- migrate:up.');
    const options = all[up].replace(/^--\s*migrate:up/, '').trim().split(/\s+/).filter(Boolean);
    const end = down < 0 ? all.length : down;
    return {
        statements: splitFile(keepLines(text, (i) => i > up && i < end), file, split),
        transactional: !options.includes('transaction:false'),
    };
}
const dbmate_dbmate = {
    name: 'dbmate',
    noTransaction: '-- migrate:up transaction:false',
    detect(folder) {
        const marked = folder.someFileMatches(/^--\s*migrate:up\b/m);
        return marked ? { confidence: CONFIDENCE.marker, evidence: `${marked} (-- migrate:up)` } : null;
    },
    load(folder, opts, problems) {
        const files = digitsFiles(folder, 'dbmate', '<version>_<name>.sql (e.g. 20240101120000_create_users.sql)', problems);
        const parse = (text, file) => parseDbmate(text, file, (sql) => opts.dialect.split(sql));
        const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true, parse }, 'dbmate needs a distinct version per file: renumber the newer one.');
        return { migrations, accounted: topLevelSql(folder) };
    },
};

;// CONCATENATED MODULE: ./src/sources/drizzle/snapshot.ts



/**
 * drizzle-kit's `meta/NNNN_snapshot.json`: the schema drizzle believes its migrations produce,
 * read into the schema model so verification compares it with the live database.
 */
/** The schemagate dialect drizzle's Postgres migrations and snapshots are written in. */
const DRIZZLE_DIALECT = 'postgres';
const spell = dialectFor(DRIZZLE_DIALECT).spelling;
/** The newest `meta/NNNN_snapshot.json` in `metaDir`, by its number. */
function latestSnapshot(metaDir) {
    let best;
    for (const entry of listDir(metaDir)) {
        const match = /^(\d+)_snapshot\.json$/.exec(entry.name);
        if (entry.isDir || !match)
            continue;
        const n = BigInt(match[1]);
        if (!best || n > best.n)
            best = { n, name: entry.name };
    }
    return best && external_node_path_default().join(metaDir, best.name);
}
/** drizzle snapshots key tables by name in an object; schemagate's list them in an array. */
function isDrizzleSnapshot(object) {
    return Boolean(object.tables) && typeof object.tables === 'object' && !Array.isArray(object.tables);
}
function drizzleType(column) {
    const schema = column.typeSchema && column.typeSchema !== 'public' ? `${column.typeSchema}.` : '';
    return spell.type(`${schema}${column.type}`);
}
/**
 * drizzle-kit's index columns as the SQL it generates from them: an operator class replaces the
 * ordering (drizzle-kit then writes neither DESC nor NULLS), and NULLS is written unless it is
 * ascending with nulls last.
 */
function drizzleIndex(index, table) {
    return spell.index({
        unique: index.isUnique === true,
        method: index.method ?? 'btree',
        keys: index.columns.map((c) => {
            if (typeof c === 'string')
                return { expression: c, isExpression: false, desc: false, nullsFirst: false };
            const ordered = !c.opclass;
            const desc = ordered && c.asc === false;
            const nullsFirst = ordered && (c.nulls ? c.nulls.toLowerCase() === 'first' : desc);
            return { expression: c.expression, isExpression: c.isExpression === true, desc, nullsFirst, opclass: c.opclass ?? null };
        }),
        where: index.where ?? null,
        with: index.with ?? null,
    }, table);
}
/** Each part kind the table's snapshot states (all four since drizzle-kit's checkConstraints). */
function drizzleParts(table, ref) {
    const parts = {};
    const named = (items, definition) => Object.fromEntries(Object.entries(items).map(([key, item]) => [spell.identifier(item.name || key), definition(item)]));
    if (table.indexes)
        parts.index = named(table.indexes, (i) => drizzleIndex(i, ref));
    const columnUniques = Object.values(table.columns)
        .filter((c) => c.isUnique === true || c.isUnique === 'true')
        .map((c) => ({ name: c.uniqueName || `${table.name}_${c.name}_unique`, columns: [c.name], nullsNotDistinct: c.nullsNotDistinct === true }));
    if (table.uniqueConstraints || columnUniques.length > 0) {
        const uniques = [...columnUniques, ...Object.values(table.uniqueConstraints ?? {})];
        parts.unique_constraint = named(uniques, (u) => spell.unique({ columns: u.columns, nullsNotDistinct: u.nullsNotDistinct === true }));
    }
    if (table.foreignKeys) {
        parts.foreign_key = named(table.foreignKeys, (fk) => spell.foreignKey({
            columns: fk.columnsFrom,
            refSchema: fk.schemaTo || 'public',
            refTable: spell.identifier(fk.tableTo),
            refColumns: fk.columnsTo,
            onDelete: fk.onDelete,
            onUpdate: fk.onUpdate,
        }));
    }
    if (table.checkConstraints)
        parts.check_constraint = named(table.checkConstraints, (c) => spell.expression(c.value, ref));
    if (table.policies) {
        parts.policy = named(table.policies, (p) => spell.policy({ permissive: p.as !== 'RESTRICTIVE', command: p.for ?? 'ALL', roles: p.to ?? ['public'], using: p.using ?? null, withCheck: p.withCheck ?? null }, ref));
    }
    return Object.keys(parts).length > 0 ? parts : undefined;
}
/** The largest value of each integer type: a sequence's default maximum. */
const TYPE_MAX = { smallint: '32767', integer: '2147483647', bigint: '9223372036854775807' };
/** A drizzle sequence's options with Postgres's defaults for those it leaves out. */
function sequenceOptions(sequence, type) {
    const min = sequence.minValue ?? '1';
    return spell.sequence({
        increment: sequence.increment ?? '1',
        min,
        max: sequence.maxValue ?? TYPE_MAX[type] ?? TYPE_MAX.bigint,
        start: sequence.startWith ?? min,
        cache: sequence.cache ?? '1',
        cycle: sequence.cycle === true,
    });
}
function snapshot_columnProperties(column, type, ref) {
    if (column.identity)
        return { identity: `${column.identity.type === 'always' ? 'always' : 'by default'} (${sequenceOptions(column.identity, type)})` };
    if (column.generated)
        return { generated: spell.generated(column.generated.as, column.generated.type, ref) };
    return undefined;
}
/**
 * Whether RLS is on: drizzle-kit enables it for a table with policies even when the table does
 * not ask for it. Older snapshots, without the key, say nothing.
 */
function snapshot_rowSecurity(table) {
    if (table.isRLSEnabled === undefined && !table.policies)
        return undefined;
    return { row_security: table.isRLSEnabled || Object.keys(table.policies ?? {}).length > 0 ? 'enabled' : 'disabled' };
}
/** drizzle-kit copies a table column's type into a view over it, serial too; the view's column has the integer. */
const SERIAL_INTEGERS = { serial: 'integer', bigserial: 'bigint', smallserial: 'smallint' };
/**
 * A view as the catalog has it: its columns by name and type (a view's columns are nullable and
 * have no defaults, whatever the table's say), and its query as a parse-tree fingerprint, since
 * drizzle-kit's text and the server's deparsed text never read alike.
 */
async function drizzleView(view) {
    return {
        schema: view.schema || 'public',
        name: spell.identifier(view.name),
        type: view.materialized ? 'materialized_view' : 'view',
        primaryKey: [],
        columns: Object.values(view.columns ?? {}).map((c) => {
            const type = drizzleType(c);
            return { name: c.name, type: SERIAL_INTEGERS[type] ?? type, nullable: true, default: null };
        }),
        ...(view.definition ? { properties: { query_tree: await spell.viewQueryTree(view.definition) } } : {}),
    };
}
/** A role with the attributes drizzle-kit's `CREATE ROLE` gives it (CREATEDB, CREATEROLE, INHERIT). */
const drizzleRole = (role) => ({
    schema: '',
    name: spell.identifier(role.name),
    type: 'role',
    columns: [],
    primaryKey: [],
    properties: { create_db: String(role.createDb === true), create_role: String(role.createRole === true), inherit: String(role.inherit !== false) },
});
/** A drizzle-kit snapshot as the schema model, spelled as the Postgres catalog spells it. */
async function fromDrizzle(snapshot) {
    const tables = Object.values(snapshot.tables).map((table) => {
        const columns = Object.values(table.columns);
        const composite = Object.values(table.compositePrimaryKeys ?? {}).map((pk) => typeof pk === 'string' ? pk.split(';')[0].split(',') : pk.columns)[0];
        const schema = table.schema || 'public';
        const ref = { schema, name: table.name };
        const parts = drizzleParts(table, ref);
        const properties = snapshot_rowSecurity(table);
        return {
            schema,
            name: table.name,
            type: 'table',
            primaryKey: composite ?? columns.filter((c) => c.primaryKey).map((c) => c.name),
            columns: columns.map((c) => {
                const type = drizzleType(c);
                const extras = snapshot_columnProperties(c, type, ref);
                return {
                    name: c.name,
                    type,
                    nullable: !(c.notNull ?? false) && !c.primaryKey,
                    default: spell.defaultExpression(c.default),
                    ...(extras ? { properties: extras } : {}),
                };
            }),
            ...(properties ? { properties } : {}),
            ...(parts ? { parts } : {}),
        };
    });
    const enums = Object.values(snapshot.enums ?? {}).map((e) => ({
        schema: e.schema || 'public',
        name: spell.identifier(e.name),
        type: 'enum',
        columns: [],
        primaryKey: [],
        properties: { values: spell.enumValues(Array.isArray(e.values) ? e.values : Object.values(e.values)) },
    }));
    const sequences = Object.values(snapshot.sequences ?? {}).map((s) => ({ schema: s.schema || 'public', name: spell.identifier(s.name), type: 'sequence', columns: [], primaryKey: [], properties: { options: sequenceOptions(s, 'bigint') } }));
    const allViews = Object.values(snapshot.views ?? {});
    const views = await Promise.all(allViews.filter((v) => !v.isExisting).map(drizzleView));
    const roles = Object.values(snapshot.roles ?? {}).filter((r) => !r.isExisting).map(drizzleRole);
    // What drizzle-kit does not record is not reported as extra: functions, extensions, collations;
    // enums, sequences and views where a snapshot is older than their keys; the views it declares
    // `.existing()` (neither created nor managed by it). Roles are never extra (SERVER_WIDE_TYPES).
    const unrecordedTypes = [
        'function',
        'procedure',
        'extension',
        'collation',
        ...(snapshot.enums ? [] : ['enum']),
        ...(snapshot.sequences ? [] : ['sequence']),
        ...(snapshot.views ? [] : ['view', 'materialized_view']),
    ];
    const unmanaged = allViews.filter((v) => v.isExisting).map((v) => `${v.schema || 'public'}.${spell.identifier(v.name)}`);
    return {
        engine: DRIZZLE_DIALECT,
        tables: [...tables, ...enums, ...sequences, ...views, ...roles],
        unrecordedTypes,
        ...(unmanaged.length > 0 ? { unmanaged } : {}),
    };
}

;// CONCATENATED MODULE: ./src/sources/drizzle/folder.ts







/** drizzle-orm's migrator cuts files on exactly this text, wherever it appears. */
const BREAKPOINT = '--> statement-breakpoint';
/** drizzle-kit journals say `postgresql` (v7) or `pg` (older); other dialects cannot run here. */
const POSTGRES_DIALECTS = ['postgresql', 'pg', 'postgres'];
/** A drizzle-kit output folder is recognised by its journal. */
const isDrizzleFolder = (root) => external_node_fs_default().existsSync(external_node_path_default().join(root, 'meta', '_journal.json'));
/**
 * A drizzle-kit output folder: `meta/_journal.json` lists the migrations in the order drizzle
 * applies them. We keep that order (not `when` order), so a later check can spot entries whose
 * `when` goes backwards, which drizzle's migrator would silently skip. `folder` is the one
 * layout detection listed and read, when it did: each file is read once per run.
 */
function loadDrizzle(root, opts, folder = new Folder(external_node_path_default().resolve(opts.cwd, root), opts.cwd)) {
    const absRoot = external_node_path_default().resolve(opts.cwd, root);
    const journalPath = external_node_path_default().join(absRoot, 'meta', '_journal.json');
    const journalFile = relativeFile(journalPath, opts.cwd);
    const entries = folder_readJournal(journalPath, journalFile);
    const migrations = [];
    const byId = new Map();
    // One listing of the folder rather than a stat per journal entry (10 000 entries paid 80 ms).
    const present = new Set(folder.entries.map((e) => e.name));
    // drizzle sends each breakpoint-separated piece whole; a file without breakpoints is split as SQL.
    const byBreakpoints = (text, file) => ({ statements: splitFile(text, file, splitBreakpoints) });
    const bySql = (text, file) => ({ statements: splitFile(text, file, (sql) => opts.dialect.split(sql)) });
    for (const [position, entry] of entries.entries()) {
        const fileName = `${entry.tag}.sql`;
        const file = folder.display(fileName);
        if (!present.has(fileName)) {
            throw (0,src_errors/* configError */.Fj)(`${journalFile} lists migration ${entry.tag}, but ${file} does not exist`, {
                location: { file: journalFile },
                hint: `Restore ${file}, or remove the ${entry.tag} entry from the journal if the migration was abandoned before it ran anywhere.`,
            });
        }
        const { id, name } = parseTag(entry.tag);
        const clash = byId.get(id);
        if (clash !== undefined) {
            throw (0,src_errors/* configError */.Fj)(`${journalFile}: migrations ${clash} and ${entry.tag} have the same number ${id}`, {
                location: { file: journalFile },
                hint: 'Two branches probably generated migrations concurrently: regenerate the newer one (drop it, then drizzle-kit generate) so it gets the next number.',
            });
        }
        byId.set(id, entry.tag);
        migrations.push(
        // drizzle applies in journal order, whatever the tags' numbers say.
        readMigration(folder.abs(fileName), { id, order: [BigInt(position)], kind: 'versioned', name }, opts, {
            bytes: folder.bytes(fileName),
            text: folder.text(fileName),
            file,
            drizzleWhen: entry.when,
            // drizzle applies an empty custom migration without complaint, so we must accept it too.
            allowEmpty: true,
            parse: entry.breakpoints ? byBreakpoints : bySql,
        }));
    }
    assertAllJournaled(absRoot, folder.entries, new Set(entries.map((e) => `${e.tag}.sql`)), journalFile, opts.cwd);
    const snapshotPath = latestSnapshot(external_node_path_default().join(absRoot, 'meta'));
    const set = { layout: 'drizzle', root: absRoot, migrations };
    if (snapshotPath !== undefined)
        set.snapshotPath = snapshotPath;
    return set;
}
/**
 * One statement per breakpoint-separated piece, as drizzle runs them: the piece is sent whole,
 * never re-split. Its line is that of its first token, skipping the comments around markers.
 */
function splitBreakpoints(text) {
    const out = [];
    let pieceLine = 1;
    for (const piece of text.split(BREAKPOINT)) {
        const start = trivia(piece, pieceLine);
        // Our statements never carry the final `;` (the splitter's convention); drizzle's pieces do.
        const sql = piece.slice(start).replace(/[\s;]+$/, '');
        if (sql !== '')
            out.push({ sql, line: pieceLine + (0,scan/* lineOf */.cA)(piece, start) - 1 });
        // The marker holds no line break, so the next piece starts on the line this one ends on.
        pieceLine += (0,scan/* lineOf */.cA)(piece, piece.length) - 1;
    }
    return out;
}
/**
 * Offset of a piece's first token. Pieces are lexed alone, as drizzle sends them, so a lexing
 * error's line is moved from the piece to the file.
 */
function trivia(piece, firstLine) {
    try {
        return dialectFor(DRIZZLE_DIALECT).skipTrivia(piece);
    }
    catch (error) {
        if (!(error instanceof scan/* LexError */.Sw))
            throw error;
        const line = firstLine + error.line - 1;
        throw new scan/* LexError */.Sw(error.message.replace(`line ${error.line}`, `line ${line}`), line, error.hint);
    }
}
/** `0003_brave_hulk` \u2192 id `0003`, name `brave_hulk`; a tag without a number (prefix: 'none') is its own id. */
function parseTag(tag) {
    const match = /^(\d+)_(.+)$/.exec(tag);
    return match ? { id: match[1], name: match[2] } : { id: tag, name: tag };
}
function folder_readJournal(journalPath, journalFile) {
    let journal;
    try {
        journal = JSON.parse(external_node_fs_default().readFileSync(journalPath, 'utf8'));
    }
    catch (error) {
        throw (0,src_errors/* configError */.Fj)(`${journalFile} is not valid JSON: ${error.message}`, {
            location: { file: journalFile },
            hint: 'Fix the file (a merge conflict left in it?) or regenerate it with drizzle-kit.',
            cause: error,
        });
    }
    const invalid = (what) => (0,src_errors/* configError */.Fj)(`${journalFile}: ${what}`, {
        location: { file: journalFile },
        hint: 'The journal should be drizzle-kit output: { "dialect": "postgresql", "entries": [{ "idx", "when", "tag", "breakpoints" }] }.',
    });
    if (!isRecord(journal) || !Array.isArray(journal.entries))
        throw invalid('expected an object with an "entries" array');
    const dialect = journal.dialect;
    if (typeof dialect === 'string' && !POSTGRES_DIALECTS.includes(dialect)) {
        throw invalid(`dialect "${dialect}" is not supported; schemagate applies drizzle migrations to Postgres only`);
    }
    const tags = new Set();
    return journal.entries.map((raw, i) => {
        if (!isRecord(raw) || typeof raw.tag !== 'string' || typeof raw.when !== 'number') {
            throw invalid(`entry ${i} needs a string "tag" and a numeric "when"`);
        }
        const tag = raw.tag;
        // The tag becomes a file name: it must not climb out of the folder.
        if (tag === '' || /[\\/]/.test(tag) || tag === '.' || tag === '..')
            throw invalid(`entry ${i} has an invalid tag "${tag}"`);
        if (tags.has(tag))
            throw invalid(`tag ${tag} appears twice`);
        tags.add(tag);
        return { idx: typeof raw.idx === 'number' ? raw.idx : i, when: raw.when, tag, breakpoints: raw.breakpoints !== false };
    });
}
/** A .sql file the journal does not list is one drizzle-kit migrate would never run. */
function assertAllJournaled(absRoot, listing, journaled, journalFile, cwd) {
    for (const entry of listing) {
        if (entry.isDir || !isSqlFile(entry.name) || journaled.has(entry.name))
            continue;
        const file = relativeFile(external_node_path_default().join(absRoot, entry.name), cwd);
        throw (0,src_errors/* configError */.Fj)(`${file} is not listed in ${journalFile}, so drizzle would never apply it`, {
            location: { file },
            hint: `Add an entry for it to meta/_journal.json (drizzle-kit generate --custom creates the file and the entry together), or move it out of the migrations folder.`,
        });
    }
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

;// CONCATENATED MODULE: ./src/sources/layouts/drizzle.ts


/** drizzle-kit output, recognised by `meta/_journal.json` and applied in the journal's order. */
const drizzle_drizzle = {
    name: 'drizzle',
    noTransaction: SCHEMAGATE_NO_TRANSACTION,
    dialects: ['postgres'],
    detect: (folder) => (isDrizzleFolder(folder.root) ? { confidence: CONFIDENCE.certain, evidence: 'meta/_journal.json' } : null),
    load(folder, opts, problems) {
        const set = problems.attempt(() => loadDrizzle(folder.root, opts, folder));
        return { migrations: set?.migrations ?? [], accounted: topLevelSql(folder), ...(set?.snapshotPath ? { snapshotPath: set.snapshotPath } : {}) };
    },
};

;// CONCATENATED MODULE: ./src/sources/layouts/flyway.ts





/** Flyway's default prefixes: V versioned, U undo, B baseline, R repeatable; `__` before the description. */
const VERSIONED = /^([VUB])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;
const baseName = (rel) => rel.slice(rel.lastIndexOf('/') + 1);
/** A script configuration file next to the script (`V1__init.sql.conf`) can turn its transaction off. */
function inTransaction(abs) {
    const conf = `${abs}.conf`;
    if (!external_node_fs_default().existsSync(conf))
        return true;
    return !/^\s*executeInTransaction\s*=\s*false\s*$/im.test(external_node_fs_default().readFileSync(conf, 'utf8'));
}
/**
 * Flyway: `V1__init.sql`, `V1.1__more.sql` and `V1_1__more.sql` (versions compared part by part,
 * the id written with dots as flyway_schema_history does), `R__name.sql` repeatables, undo
 * files `U1__...` kept and never applied, and baseline migrations `B5__...`, which stand in for
 * the versioned migrations up to theirs: a B file runs only when no V file of its version or
 * below remains. Flyway reads sub-folders too.
 */
const flyway_flyway = {
    name: 'flyway',
    noTransaction: 'executeInTransaction=false in the script configuration file <script>.sql.conf',
    detect(folder) {
        const names = folder.allSqlFiles().map(baseName);
        const flywayNames = names.filter((n) => VERSIONED.test(n) || REPEATABLE.test(n));
        if (!names.some((n) => VERSIONED.test(n)))
            return null;
        if (flywayNames.length === names.length)
            return { confidence: CONFIDENCE.names, evidence: 'every file is named V<version>__<description>.sql (or R__, U, B)' };
        const dotted = names.find((n) => /^V\d+[._]\d/.test(n) && VERSIONED.test(n));
        return dotted ? { confidence: CONFIDENCE.names, evidence: `${dotted} (a Flyway dotted version)` } : null;
    },
    load(folder, opts, problems) {
        const versioned = [];
        const baselines = [];
        const repeatable = [];
        const all = folder.allSqlFiles();
        for (const rel of all) {
            const name = baseName(rel);
            const repeat = REPEATABLE.exec(name);
            if (repeat) {
                const migration = problems.attempt(() => readMigration(folder.abs(rel), { id: `R__${repeat[1]}`, order: [], kind: 'repeatable', name: repeat[1] }, opts, { allowEmpty: true }));
                if (migration)
                    repeatable.push({ ...migration, transactional: migration.transactional && inTransaction(folder.abs(rel)) });
                continue;
            }
            const match = VERSIONED.exec(name);
            if (!match) {
                unnamedFile(folder, rel, 'flyway', 'V<version>__<description>.sql (versions like 1, 1.1 or 1_1), R__<description>.sql, U or B files', problems);
                continue;
            }
            const [, prefix, version, description] = match;
            const file = { rel, id: version.replaceAll('_', '.'), order: parseVersion(version), name: description };
            if (prefix === 'V')
                versioned.push(file);
            else if (prefix === 'B')
                baselines.push(file);
        }
        const lowest = versioned.reduce((low, v) => (low === null || compareVersions(v.order, low) < 0 ? v.order : low), null);
        const standIns = baselines.filter((b) => lowest === null || compareVersions(lowest, b.order) > 0);
        const migrations = readVersioned(folder, [...versioned, ...standIns], opts, problems, { allowEmpty: true }, 'Flyway refuses two migrations with one version (1.1 and 1_1 are the same): renumber the newer one.').map((m) => inTransaction(m.path) ? m : { ...m, transactional: false });
        return { migrations: [...migrations, ...sortRepeatables(repeatable, problems)], accounted: all.map((rel) => external_node_path_default().join(folder.root, rel)) };
    },
};

;// CONCATENATED MODULE: ./src/sources/layouts/golang-migrate.ts



/** golang-migrate's source/parse.go: `<version>_<title>.<up|down>.<ext>`. */
const NAME = /^(\d+)_(.*)\.(up|down)\.sql$/i;
/**
 * golang-migrate: `0001_name.up.sql` runs; `0001_name.down.sql` is kept for the record and never
 * applied (schemagate only moves forward). An empty up file is a no-op, as golang-migrate runs it.
 */
const golang_migrate_golangMigrate = {
    name: 'golang-migrate',
    // golang-migrate has no marker of its own: its files run as one multi-statement query.
    noTransaction: SCHEMAGATE_NO_TRANSACTION,
    detect(folder) {
        const pair = folder.sqlFiles.find((name) => NAME.test(name));
        return pair ? { confidence: CONFIDENCE.marker, evidence: `${pair} (.up.sql/.down.sql files)` } : null;
    },
    load(folder, opts, problems) {
        const ups = [];
        const downs = new Map();
        for (const name of folder.sqlFiles) {
            const match = NAME.exec(name);
            if (!match) {
                unnamedFile(folder, name, 'golang-migrate', '<version>_<name>.up.sql with an optional <version>_<name>.down.sql', problems);
                continue;
            }
            const [, id, title, direction] = match;
            if (direction.toLowerCase() === 'down')
                downs.set(String(parseVersion(id)), name);
            else
                ups.push({ rel: name, id, order: parseVersion(id), name: title });
        }
        const upVersions = new Set(ups.map((u) => String(u.order)));
        for (const [version, down] of downs) {
            if (upVersions.has(version))
                continue;
            const file = folder.display(down);
            problems.add((0,src_errors/* configError */.Fj)(`${file} is a down migration with no .up.sql file of the same version`, {
                location: { file },
                hint: 'Restore the up file of that version, or delete the down file if the migration was abandoned.',
            }));
        }
        const migrations = readVersioned(folder, ups, opts, problems, { allowEmpty: true }, 'Each version needs exactly one .up.sql file: renumber the newer migration (its up and down files).');
        return { migrations, accounted: folder.sqlFiles.map((n) => folder.abs(n)) };
    },
};

;// CONCATENATED MODULE: ./src/sources/layouts/goose.ts



const ANNOTATIONS = ['Up', 'Down', 'StatementBegin', 'StatementEnd', 'NO TRANSACTION', 'ENVSUB ON', 'ENVSUB OFF'];
/**
 * goose's SQL migrations, read by goose's rules (internal/sqlparser): `-- +goose Up` starts the
 * file (only blank and comment lines before it), `-- +goose Down` ends the part that runs,
 * `StatementBegin`/`StatementEnd` hold one statement whole (a function body with `;` inside),
 * and `-- +goose NO TRANSACTION` anywhere runs the file outside a transaction.
 */
function parseGoose(text, file, split) {
    let state = 'start';
    let transactional = true;
    const plainUp = new Set();
    const blocks = [];
    let block = null;
    const fail = (line, message, hint) => (0,src_errors/* configError */.Fj)(`${file}:${line + 1}: ${message}`, { location: { file, line: line + 1 }, hint });
    const docs = 'See https://github.com/pressly/goose#sql-migrations.';
    lines(text).forEach((raw, i) => {
        const trimmed = raw.trim();
        if (trimmed.startsWith('--') && raw.includes('+goose')) {
            const annotation = readAnnotation(raw);
            if (!annotation)
                throw fail(i, `unknown goose annotation "${trimmed}"`, `goose knows ${ANNOTATIONS.map((a) => `-- +goose ${a}`).join(', ')}, at the start of the line.`);
            if (annotation === 'Up') {
                if (state !== 'start')
                    throw fail(i, 'a second -- +goose Up', docs);
                state = 'up';
            }
            else if (annotation === 'Down') {
                if (state !== 'up')
                    throw fail(i, '-- +goose Down must follow the Up section (and close any StatementBegin)', docs);
                state = 'down';
            }
            else if (annotation === 'StatementBegin') {
                if (state === 'up')
                    block = { start: i, body: [] };
                if (state !== 'up' && state !== 'down')
                    throw fail(i, '-- +goose StatementBegin outside an Up or Down section', docs);
                state = state === 'up' ? 'upBlock' : 'downBlock';
            }
            else if (annotation === 'StatementEnd') {
                if (state !== 'upBlock' && state !== 'downBlock')
                    throw fail(i, '-- +goose StatementEnd without a StatementBegin', docs);
                if (state === 'upBlock' && block)
                    blocks.push(blockStatement(block));
                block = null;
                state = state === 'upBlock' ? 'up' : 'down';
            }
            else if (annotation === 'NO TRANSACTION') {
                transactional = false;
            }
            else if (annotation === 'ENVSUB ON') {
                throw fail(i, 'goose environment substitution (ENVSUB ON) is not supported', 'schemagate runs the file as written: replace the ${VAR} references with their values, or keep this migration in goose.');
            }
            return;
        }
        if (state === 'start') {
            if (trimmed === '' || trimmed.startsWith('--'))
                return;
            throw fail(i, 'SQL before -- +goose Up', 'A goose migration must start with -- +goose Up (only comments may come before it).');
        }
        if (state === 'up')
            plainUp.add(i);
        else if (state === 'upBlock')
            block.body.push(raw);
    });
    if (state === 'start')
        throw (0,src_errors/* configError */.Fj)(`${file}: no -- +goose Up annotation`, { location: { file }, hint: 'A goose migration starts with -- +goose Up.' });
    if (state === 'upBlock' || state === 'downBlock')
        throw (0,src_errors/* configError */.Fj)(`${file}: -- +goose StatementBegin is never closed`, { location: { file }, hint: 'Add -- +goose StatementEnd after the statement.' });
    const statements = [...splitFile(keepLines(text, (i) => plainUp.has(i)), file, split), ...blocks].sort((a, b) => a.line - b.line);
    return { statements, transactional };
}
/** goose's extractAnnotation: no leading whitespace, one `+goose`, a known name in any case. */
function readAnnotation(line) {
    if (/^\s/.test(line))
        return null;
    const command = line.replaceAll('--', '').replace('+goose', '');
    if (command.includes('+goose'))
        return null;
    return ANNOTATIONS.find((a) => a.toLowerCase() === command.trim().toLowerCase()) ?? null;
}
/** A StatementBegin/End body is sent whole, as goose does; leading comments and the final `;` are not part of it. */
function blockStatement(block) {
    const first = block.body.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('--'));
    const sql = block.body.slice(Math.max(first, 0)).join('\n').trim().replace(/;\s*$/, '');
    return { sql, line: block.start + 2 + Math.max(first, 0) };
}
const goose_goose = {
    name: 'goose',
    noTransaction: '-- +goose NO TRANSACTION',
    detect(folder) {
        const marked = folder.someFileMatches(/^--\s*\+goose\s+up\b/im);
        return marked ? { confidence: CONFIDENCE.marker, evidence: `${marked} (-- +goose Up)` } : null;
    },
    load(folder, opts, problems) {
        const files = digitsFiles(folder, 'goose', '<version>_<name>.sql (e.g. 20240101120000_add_users.sql)', problems);
        for (const entry of folder.entries.filter((e) => !e.isDir && /\.go$/.test(e.name))) {
            const file = folder.display(entry.name);
            problems.add((0,src_errors/* configError */.Fj)(`${file} is a goose Go migration, which schemagate cannot run`, { location: { file }, hint: 'Rewrite it as a SQL migration, or keep this folder in goose.' }));
        }
        const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true, parse: (text, file) => parseGoose(text, file, (sql) => opts.dialect.split(sql)) }, 'goose refuses two migrations with one version: renumber the newer one.');
        return { migrations, accounted: topLevelSql(folder) };
    },
};

;// CONCATENATED MODULE: ./src/sources/layouts/node-pg-migrate.ts



/** node-pg-migrate's sqlMigration: a `-- Up Migration` / `-- Down Migration` comment starts each part. */
const marker = (direction) => new RegExp(`^\\s*--[\\s-]*${direction}\\s+migration`, 'i');
const node_pg_migrate_UP = marker('up');
const node_pg_migrate_DOWN = marker('down');
/**
 * node-pg-migrate's SQL files: the up part runs from `-- Up Migration` to `-- Down Migration`
 * (in either order); a file without markers is all up. It has no per-file transaction marker.
 */
const node_pg_migrate_nodePgMigrate = {
    name: 'node-pg-migrate',
    noTransaction: SCHEMAGATE_NO_TRANSACTION,
    dialects: ['postgres'],
    detect(folder) {
        const marked = folder.someFileMatches(new RegExp(node_pg_migrate_UP.source, 'im'));
        return marked ? { confidence: CONFIDENCE.marker, evidence: `${marked} (-- Up Migration)` } : null;
    },
    load(folder, opts, problems) {
        const files = digitsFiles(folder, 'node-pg-migrate', '<timestamp>_<name>.sql (e.g. 1700000000000_create-users.sql)', problems);
        for (const entry of folder.entries.filter((e) => !e.isDir && /\.[cm]?[jt]s$/.test(e.name))) {
            const file = folder.display(entry.name);
            problems.add((0,src_errors/* configError */.Fj)(`${file} is a JavaScript migration, which schemagate cannot run`, { location: { file }, hint: 'Rewrite it as an SQL migration (-- Up Migration), or keep this folder in node-pg-migrate.' }));
        }
        const parse = (text, file) => {
            const all = lines(text);
            const up = all.findIndex((l) => node_pg_migrate_UP.test(l));
            const down = all.findIndex((l) => node_pg_migrate_DOWN.test(l));
            if (up < 0 && down >= 0) {
                throw (0,src_errors/* configError */.Fj)(`${file}:${down + 1}: -- Down Migration without an -- Up Migration`, {
                    location: { file, line: down + 1 },
                    hint: 'node-pg-migrate would run the whole file, down part included: add -- Up Migration above the up statements.',
                });
            }
            const end = down > up ? down : all.length;
            return { statements: splitFile(keepLines(text, (i) => up < 0 || (i > up && i < end)), file, (sql) => opts.dialect.split(sql)) };
        };
        const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true, parse }, 'Each migration needs its own timestamp: rename the newer one.');
        return { migrations, accounted: topLevelSql(folder) };
    },
};

;// CONCATENATED MODULE: ./src/sources/layouts/plain.ts



const VERSIONED_PATTERN = '<digits>_<name>.sql or <digits>__<name>.sql (e.g. 0001_create_users.sql)';
const REPEATABLE_DIR = 'repeatable';
/** `0001_name.sql`, `0001__name.sql`, Flyway's `V1__name.sql`, or `R__name.sql`; null otherwise. */
function parseFileName(fileName) {
    const repeatable = /^R__(.+)\.sql$/i.exec(fileName);
    if (repeatable)
        return { kind: 'repeatable', name: repeatable[1] };
    const versioned = /^(?:V(\d+)__|(\d+)__?)(.+)\.sql$/i.exec(fileName);
    if (!versioned)
        return null;
    return { kind: 'versioned', id: (versioned[1] ?? versioned[2]), name: versioned[3] };
}
/** An up/down pair of one version is golang-migrate's layout, not a clash to renumber. */
function duplicateHint(files) {
    return files.some((f) => /\.(up|down)\.sql$/i.test(f))
        ? 'These look like golang-migrate up/down files: set `format: golang-migrate` (or leave `format` on auto) so only the .up.sql files run.'
        : 'Each versioned migration needs its own number: renumber the newer one.';
}
/**
 * schemagate's own folder: versioned `0001_name.sql` files applied in numeric order, then
 * repeatable `R__name.sql` files (or anything under `repeatable/`) re-applied whenever they change.
 */
const plain = {
    name: 'plain',
    noTransaction: SCHEMAGATE_NO_TRANSACTION,
    detect: (folder) => folder.sqlFiles.length > 0 || folder.dirs.includes(REPEATABLE_DIR) ? { confidence: CONFIDENCE.fallback, evidence: '.sql files' } : null,
    load(folder, opts, problems) {
        const versioned = [];
        const repeatable = [];
        const accounted = [];
        const readRepeatable = (rel, name) => {
            accounted.push(folder.abs(rel));
            const migration = problems.attempt(() => readMigration(folder.abs(rel), { id: `R__${name}`, order: [], kind: 'repeatable', name }, opts));
            if (migration)
                repeatable.push(migration);
        };
        if (folder.dirs.includes(REPEATABLE_DIR)) {
            for (const rel of listSqlFiles(folder.abs(REPEATABLE_DIR)))
                readRepeatable(`${REPEATABLE_DIR}/${rel}`, stripSql(rel).replace(/^R__/i, ''));
        }
        for (const name of folder.sqlFiles) {
            accounted.push(folder.abs(name));
            const parsed = parseFileName(name);
            if (!parsed)
                unnamedFile(folder, name, 'plain', `${VERSIONED_PATTERN} and repeatable ones R__<name>.sql`, problems);
            else if (parsed.kind === 'repeatable')
                readRepeatable(name, parsed.name);
            else
                versioned.push({ rel: name, id: parsed.id, order: parseVersion(parsed.id), name: parsed.name });
        }
        const migrations = readVersioned(folder, versioned, opts, problems, {}, duplicateHint(versioned.map((v) => v.rel)));
        return { migrations: [...migrations, ...sortRepeatables(repeatable, problems)], accounted };
    },
};

;// CONCATENATED MODULE: ./src/sources/layouts/prisma.ts





const LOCK = 'migration_lock.toml';
const MIGRATION = 'migration.sql';
const FOLDER = /^(\d+)_(.+)$/;
/** Providers whose SQL runs on Postgres. */
const POSTGRES_PROVIDERS = ['postgresql', 'postgres', 'cockroachdb'];
/**
 * Prisma Migrate: one folder per migration, `<timestamp>_<name>/migration.sql`, in name order,
 * and `migration_lock.toml` naming the provider. An empty migration.sql (a `--create-only`
 * migration left empty) is a no-op, as Prisma applies it.
 */
const prisma_prisma = {
    name: 'prisma',
    noTransaction: SCHEMAGATE_NO_TRANSACTION,
    dialects: ['postgres'],
    detect(folder) {
        if (folder.entries.some((e) => e.name === LOCK))
            return { confidence: CONFIDENCE.certain, evidence: LOCK };
        const dir = folder.dirs.find((d) => FOLDER.test(d) && external_node_fs_default().existsSync(external_node_path_default().join(folder.abs(d), MIGRATION)));
        return dir ? { confidence: CONFIDENCE.marker, evidence: `${dir}/${MIGRATION}` } : null;
    },
    load(folder, opts, problems) {
        if (folder.entries.some((e) => e.name === LOCK)) {
            const file = folder.display(LOCK);
            const text = external_node_fs_default().readFileSync(folder.abs(LOCK), 'utf8');
            const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(text)?.[1];
            if (provider !== undefined && !POSTGRES_PROVIDERS.includes(provider)) {
                const line = text.slice(0, text.search(/^\s*provider/m)).split('\n').length;
                problems.add((0,src_errors/* configError */.Fj)(`${file}:${line}: provider "${provider}" is not Postgres, so these migrations cannot run here`, { location: { file, line }, hint: 'Point `migrations` at a Postgres Prisma project, or use a Postgres database URL.' }));
            }
        }
        const files = [];
        for (const dir of folder.dirs) {
            const match = FOLDER.exec(dir);
            const hasSql = external_node_fs_default().existsSync(external_node_path_default().join(folder.abs(dir), MIGRATION));
            if (match && hasSql) {
                files.push({ rel: `${dir}/${MIGRATION}`, id: match[1], order: parseVersion(match[1]), name: match[2] });
                continue;
            }
            const where = folder.display(dir);
            if (match) {
                problems.add((0,src_errors/* configError */.Fj)(`${where} has no ${MIGRATION}`, { location: { file: where }, hint: `Prisma keeps each migration in <timestamp>_<name>/${MIGRATION}: restore the file, or delete the folder.` }));
            }
        }
        const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true }, 'Two Prisma migrations share a timestamp: rename the newer folder.');
        return { migrations, accounted: files.map((f) => folder.abs(f.rel)) };
    },
};

;// CONCATENATED MODULE: ./src/sources/layouts/supabase.ts


/** The Supabase CLI's migration pattern. */
const supabase_NAME = /^(\d+)_(.*)\.sql$/;
/** Supabase CLI: `supabase/migrations/<14-digit timestamp>_<name>.sql`, in version order. */
const supabase_supabase = {
    name: 'supabase',
    noTransaction: SCHEMAGATE_NO_TRANSACTION,
    dialects: ['postgres'],
    detect(folder) {
        const inSupabase = external_node_path_default().basename(folder.root) === 'migrations' && external_node_path_default().basename(external_node_path_default().dirname(folder.root)) === 'supabase';
        return inSupabase ? { confidence: CONFIDENCE.certain, evidence: 'the folder is supabase/migrations' } : null;
    },
    load(folder, opts, problems) {
        const files = digitsFiles(folder, 'supabase', '<timestamp>_<name>.sql (e.g. 20240101120000_create_users.sql)', problems, supabase_NAME);
        const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true }, 'Two migrations share a timestamp: rename the newer one (supabase migration new gives a fresh one).');
        return { migrations, accounted: topLevelSql(folder) };
    },
};

;// CONCATENATED MODULE: ./src/sources/layouts/index.ts











/** Every layout schemagate reads; the `format` input takes one of their names. */
const LAYOUTS = [plain, drizzle_drizzle, golang_migrate_golangMigrate, goose_goose, dbmate_dbmate, flyway_flyway, prisma_prisma, supabase_supabase, node_pg_migrate_nodePgMigrate, clickhouse_chkit, clickhouse_clickhouseMigrations];
const LAYOUT_NAMES = LAYOUTS.map((l) => l.name);
function layoutNamed(name) {
    const layout = LAYOUTS.find((l) => l.name === name);
    if (!layout)
        throw (0,src_errors/* configError */.Fj)(`Unknown format "${name}".`, { hint: `Set \`format\` to auto or one of: ${LAYOUT_NAMES.join(', ')}.` });
    return layout;
}

;// CONCATENATED MODULE: ./src/safety/gate.ts
/**
 * How findings gate a run (input `lint`), and how the target's table sizes grade them (input
 * `large-table-rows`): a lock or rewrite on a table the target says is small is a warning, on a
 * large one an error.
 */
const LINT_LEVELS = ['error', 'warn', 'off'];
/** Rules whose harm grows with the table: a lock held for a scan, a build or a rewrite. */
const SIZED_RULES = new Set([
    'require-concurrent-index-creation',
    'require-concurrent-index-deletion',
    'constraint-missing-not-valid',
    'adding-foreign-key-constraint',
    'adding-not-nullable-field',
    'adding-field-with-default',
    'stored-generated-column',
    'changing-column-type',
    'disallowed-unique-constraint',
    'adding-serial-primary-key-field',
    'unbatched-update',
    'unbatched-delete',
    'clickhouse-mutation',
    'clickhouse-materialize',
    'observed-rewrite',
]);
/**
 * Puts each table's size next to its findings and grades the sized rules by it. A table whose
 * rows are unknown (never analysed) keeps the rule's own severity.
 */
function sizeFindings(findings, sizes, largeTableRows) {
    return findings.map((finding) => {
        const size = finding.table === undefined ? undefined : sizes.get(finding.table);
        if (!size)
            return finding;
        const graded = SIZED_RULES.has(finding.rule) && size.rows !== null;
        return { ...finding, size, ...(graded ? { severity: size.rows >= largeTableRows ? 'error' : 'warning' } : {}) };
    });
}
/** The findings that fail the run: unwaived errors, when `lint` is `error`. */
function blockingFindings(findings, level) {
    return level === 'error' ? findings.filter((f) => f.severity === 'error' && !f.suppressed) : [];
}
/** The tables the findings name, to ask the target for their sizes. */
const tablesOf = (findings) => [...new Set(findings.flatMap((f) => (f.table === undefined ? [] : [f.table])))];

;// CONCATENATED MODULE: ./src/types.ts
/**
 * The vocabulary shared by every module: migrations read from the repository, rows of the
 * journal kept in each target database, and the schema model that verification compares.
 * Nothing here knows which engine it talks to.
 */
/**
 * `sha256`: the file's exact bytes (the default; any byte change, line endings included, is an
 * edit). `sha256-lf`: the bytes with CRLF turned into LF, for teams whose checkouts differ in
 * line endings and who opt in.
 */
const CHECKSUM_ALGORITHMS = ['sha256', 'sha256-lf'];

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/config/targets.ts



const targets_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.:@/-]*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `name=URL`: a name has no `:`, so a URL's own `=` (in its query) is never taken for one. */
const NAMED = /^([^=:\s]+)=(.*)$/s;
/** `host:port/db`, plus `#schema`: a target shown without its credentials. */
function targetLabel(url, schema) {
    const shown = displayUrl(url).replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/$/, '');
    return schema ? `${shown}#${schema}` : shown;
}
/** Parses a URL without ever putting it in an error message. */
function targets_parseUrl(raw, where, schemes) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw (0,src_errors/* configError */.Fj)(`${where}: not a valid URL (the value is not shown: it may hold a password).`, {
            hint: 'Write one target per line, `URL` or `name=URL`; percent-encode special characters in the password.',
        });
    }
    if (!schemes.includes(url.protocol)) {
        throw (0,src_errors/* configError */.Fj)(`${where}: the URL scheme "${url.protocol}" is not one schemagate supports.`, { hint: `Use one of: ${schemes.map((s) => `${s}//`).join(', ')}.` });
    }
    return url;
}
function checkName(name, where) {
    if (!targets_NAME.test(name)) {
        throw (0,src_errors/* configError */.Fj)(`${where}: target name "${name}" may hold only letters, digits and _ . : @ / -.`, { hint: 'Name targets like tenant-a, eu-west/orders or shard_07.' });
    }
    return name;
}
function checkUnique(targets, wheres) {
    const seen = new Map();
    targets.forEach((target, i) => {
        const first = seen.get(target.name);
        if (first !== undefined) {
            throw (0,src_errors/* configError */.Fj)(`${wheres[i]}: target "${target.name}" is already the target of ${wheres[first]}.`, {
                hint: 'Give each target its own name (`name=URL`, or `name:` in a targets file); a database listed twice would be migrated twice at once.',
            });
        }
        seen.set(target.name, i);
    });
    return targets;
}
/** The `database-urls` input: one target per line, `URL` or `name=URL`; blank and `#` lines skipped. */
function parseDatabaseUrls(text, schemes) {
    const targets = [];
    const wheres = [];
    for (const [index, line] of text.split(/\r?\n/).entries()) {
        const value = line.trim();
        if (value === '' || value.startsWith('#'))
            continue;
        const where = `\`database-urls\` line ${index + 1}`;
        const named = NAMED.exec(value);
        const url = targets_parseUrl(named ? named[2].trim() : value, where, schemes);
        targets.push({ name: named ? checkName(named[1], where) : targetLabel(url, null), url, schema: null, journalSchema: null });
        wheres.push(where);
    }
    if (targets.length === 0)
        throw (0,src_errors/* configError */.Fj)('`database-urls` lists no target.', { hint: 'Write one database URL per line, `URL` or `name=URL`.' });
    return checkUnique(targets, wheres);
}
const TARGET_KEYS = ['name', 'url-env', 'schema', 'journal-schema'];
/**
 * A targets file (YAML or JSON, which YAML reads too):
 *
 *     url-env: DATABASE_URL        # default for every target
 *     targets:
 *       - name: eu
 *         url-env: EU_DATABASE_URL
 *       - schema: tenant_0001      # schema per tenant, on the default URL
 */
function parseTargetsFile(text, file, env, schemes) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const at = (node) => `${file}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw (0,src_errors/* configError */.Fj)(`${file}:${error.linePos?.[0].line ?? 1}: not valid YAML or JSON: ${error.message.split('\n')[0]}`, { location: { file, line: error.linePos?.[0].line ?? 1 } });
    }
    const root = doc.contents;
    const list = (0,dist/* isMap */.jh)(root) ? root.get('targets', true) : root;
    if (!(0,dist/* isSeq */.oP)(list) || list.items.length === 0) {
        throw (0,src_errors/* configError */.Fj)(`${file}: no targets: expected a list under \`targets:\`.`, {
            location: { file, line: 1 },
            hint: 'Write `targets:` with one entry per database: `- name: eu` and `url-env: EU_DATABASE_URL` (the environment variable holding its URL).',
        });
    }
    const defaultEnv = (0,dist/* isMap */.jh)(root) ? root.get('url-env') : undefined;
    if ((0,dist/* isMap */.jh)(root) && root.has('url'))
        throw urlInFile(at(root.get('url', true)));
    const targets = [];
    const wheres = [];
    for (const item of list.items) {
        const where = at(item);
        if (!(0,dist/* isMap */.jh)(item))
            throw (0,src_errors/* configError */.Fj)(`${where}: a target must be a mapping (name, url-env, schema).`, { location: locationOf(where) });
        if (item.has('url'))
            throw urlInFile(at(item.get('url', true)));
        for (const pair of item.items) {
            const key = String(pair.key?.value ?? pair.key);
            if (!TARGET_KEYS.includes(key)) {
                throw (0,src_errors/* configError */.Fj)(`${at(pair.key)}: unknown key \`${key}\` in a target.`, { location: locationOf(at(pair.key)), hint: `A target has ${TARGET_KEYS.join(', ')}.` });
            }
        }
        const text = (key) => {
            const value = item.get(key);
            if (value === undefined || value === null)
                return null;
            if (typeof value !== 'string' && typeof value !== 'number')
                throw (0,src_errors/* configError */.Fj)(`${at(item.get(key, true))}: \`${key}\` must be text.`, { location: locationOf(where) });
            return String(value).trim() || null;
        };
        const variable = text('url-env') ?? (typeof defaultEnv === 'string' ? defaultEnv : null);
        if (!variable) {
            throw (0,src_errors/* configError */.Fj)(`${where}: the target names no \`url-env\` (and the file sets no default \`url-env\`).`, {
                location: locationOf(where),
                hint: 'Set `url-env` to the environment variable that holds the database URL (pass the secret in the step\'s `env:`).',
            });
        }
        const raw = env[variable]?.trim();
        if (!raw) {
            throw (0,src_errors/* configError */.Fj)(`${where}: the environment variable ${variable} is not set or empty.`, {
                location: locationOf(where),
                hint: `Pass the secret to the step: \`env: ${variable}: \${{ secrets.${variable} }}\`.`,
            });
        }
        const url = targets_parseUrl(raw, `${where}: ${variable}`, schemes);
        const schema = text('schema');
        const journalSchema = text('journal-schema');
        for (const [key, value] of [['schema', schema], ['journal-schema', journalSchema]]) {
            if (value !== null && !IDENTIFIER.test(value))
                throw (0,src_errors/* configError */.Fj)(`${where}: \`${key}\` must be a plain identifier (letters, digits, _), got "${value}".`, { location: locationOf(where) });
        }
        const name = text('name');
        targets.push({ name: name ? checkName(name, where) : (schema ?? targetLabel(url, null)), url, schema, journalSchema: journalSchema ?? schema });
        wheres.push(where);
    }
    return checkUnique(targets, wheres);
}
function locationOf(where) {
    const match = /^(.*):(\d+)$/.exec(where);
    return match ? { file: match[1], line: Number(match[2]) } : { file: where };
}
function urlInFile(where) {
    return (0,src_errors/* configError */.Fj)(`${where}: a targets file must not hold a database URL (it is committed, and the URL holds a password).`, {
        location: locationOf(where),
        hint: 'Put the URL in a secret, pass it to the step as an environment variable, and name that variable with `url-env`.',
    });
}
/** Which targets run first, alone: `first`, or names separated by commas (each must exist). */
function canaryNames(raw, targets) {
    const value = raw.trim();
    if (value === '')
        return [];
    if (value === 'first')
        return [targets[0].name];
    const names = value.split(',').map((n) => n.trim()).filter(Boolean);
    const known = new Set(targets.map((t) => t.name));
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length > 0) {
        throw (0,src_errors/* configError */.Fj)(`Input \`canary\` names ${unknown.map((n) => `"${n}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a target' : 'are not targets'}.`, {
            hint: `Set \`canary\` to first, or to target names separated by commas (targets: ${[...known].slice(0, 5).join(', ')}${known.size > 5 ? ', ...' : ''}).`,
        });
    }
    return [...new Set(names)];
}
function parseShard(raw) {
    const value = raw.trim();
    if (value === '')
        return null;
    const match = /^(\d+)\/(\d+)$/.exec(value);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index > count) {
        throw (0,src_errors/* configError */.Fj)(`Input \`targets-shard\` must be i/n with 0 <= i <= n and n >= 1 (e.g. 2/8), got "${value}".`, {
            hint: 'Shard i of n (from 1) runs every n-th target from the i-th, canary targets excluded; 0/n runs the canary targets.',
        });
    }
    return { index, count };
}
/**
 * The targets one shard runs: 0/n the canary targets; i/n every n-th of the others from the
 * i-th (round robin, so shards stay within one target of each other in size).
 */
function shardTargets(targets, canary, shard) {
    const isCanary = new Set(canary);
    if (shard.index === 0)
        return targets.filter((t) => isCanary.has(t.name));
    return targets.filter((t) => !isCanary.has(t.name)).filter((_, i) => i % shard.count === shard.index - 1);
}

;// CONCATENATED MODULE: ./src/config/settings.ts










/**
 * Validated settings, built the same way from action inputs and from CLI flags: both shells
 * hand `readSettings` a lookup of raw strings, so every default and every check lives here once.
 * Reading settings has no side effects; grouped by the part of a run that uses them.
 */
const MODES = ['plan', 'apply', 'verify', 'snapshot', 'baseline'];
const TRANSACTION_MODES = ['per-migration', 'batch'];
function settings_boolean(name, raw) {
    const value = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(value))
        return false;
    throw (0,src_errors/* configError */.Fj)(`Input \`${name}\` must be true or false, got "${raw}".`);
}
/** Postgres takes timeouts as a 32-bit count of milliseconds, and so do Node's timers. */
const MAX_SECONDS = Math.floor(2 ** 31 / 1000) - 1;
function seconds(name, raw, { allowZero }) {
    const value = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0) || value > MAX_SECONDS) {
        throw (0,src_errors/* configError */.Fj)(`Input \`${name}\` must be a number of seconds from ${allowZero ? 0 : 'above 0'} to ${MAX_SECONDS}${allowZero ? ' (0 for none)' : ''}, got "${raw}".`, {
            hint: `Set \`${name}\` to a number of seconds, e.g. 60.`,
        });
    }
    return Math.round(value * 1000);
}
const settings_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function identifier(name, raw) {
    if (!settings_IDENTIFIER.test(raw))
        throw (0,src_errors/* configError */.Fj)(`Input \`${name}\` must be a plain identifier (letters, digits, _), got "${raw}".`);
    return raw;
}
/** `schema.table` (or `table`, in `public`), each a plain identifier: it is spliced into SQL. */
function qualifiedTable(name, raw) {
    const parts = raw.split('.');
    if (parts.length > 2 || !parts.every((part) => settings_IDENTIFIER.test(part))) {
        throw (0,src_errors/* configError */.Fj)(`Input \`${name}\` must be a table name, schema.table, each part a plain identifier (letters, digits, _), got "${raw}".`, {
            hint: 'drizzle-kit keeps its journal in drizzle.__drizzle_migrations, the default.',
        });
    }
    return raw;
}
/** A version number, as versioned migration files start with. */
function version(name, raw) {
    const value = raw.trim();
    if (value === '')
        return null;
    if (!/^\d+$/.test(value)) {
        throw (0,src_errors/* configError */.Fj)(`Input \`${name}\` must be a migration version (the number a versioned file starts with, e.g. 0042), got "${raw}".`, {
            hint: `Set \`${name}\` to the version of the last migration to record, or leave it empty for all pending ones.`,
        });
    }
    return value;
}
function parseDatabaseUrl(raw, input = 'database-url') {
    const value = raw.trim();
    if (!value) {
        throw (0,src_errors/* configError */.Fj)(`No database URL: input \`${input}\` is empty.`, {
            hint: 'Store the URL as a secret of the GitHub Environment (e.g. DATABASE_URL) and pass it with ' +
                '`database-url: ${{ secrets.DATABASE_URL }}`; the job must declare `environment:` to read it ' +
                '(callers of the reusable workflow pass `secrets: inherit`). If it is set and still empty, the ' +
                'secret is missing in that environment (forks get no secrets: use `replay: true` to preview).',
        });
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        // Never echo the value: it is a secret and may hold a password.
        throw (0,src_errors/* configError */.Fj)(`Input \`${input}\` is not a valid URL.`, {
            hint: `Use one of ${SUPPORTED_SCHEMES}; percent-encode special characters in the password.`,
        });
    }
    if (!SUPPORTED_SCHEMES.split(', ').includes(`${url.protocol}//`)) {
        throw (0,src_errors/* configError */.Fj)(`Input \`${input}\` has the URL scheme "${url.protocol}", which schemagate does not support.`, {
            hint: `Use one of: ${SUPPORTED_SCHEMES}.`,
        });
    }
    return url;
}
const SCHEMES = SUPPORTED_SCHEMES.split(', ').map((scheme) => scheme.replace(/\/\/$/, ''));
/** Whole number input within bounds. */
function settings_count(name, raw, min, max) {
    const value = Number(raw.trim());
    if (!Number.isInteger(value) || value < min || value > max)
        throw (0,src_errors/* configError */.Fj)(`Input \`${name}\` must be a whole number from ${min} to ${max}, got "${raw}".`);
    return value;
}
/** The fan-out inputs, or null when the run has one target. */
function readFanout(get, cwd, env) {
    const urls = get('database-urls').trim();
    const file = get('targets-file').trim();
    if (!urls && !file) {
        for (const name of ['targets-shard', 'canary']) {
            if (get(name).trim())
                throw (0,src_errors/* configError */.Fj)(`Input \`${name}\` is for a fan-out: set \`database-urls\` or \`targets-file\` too.`);
        }
        // Not used with one target, but a bad value is still a mistake to report, not to ignore.
        settings_count('max-parallel', get('max-parallel'), 1, 256);
        settings_boolean('fail-fast', get('fail-fast'));
        return null;
    }
    if (urls && file)
        throw (0,src_errors/* configError */.Fj)('Set either `database-urls` or `targets-file`, not both.');
    const single = ['database-url', 'direct-url'].find((name) => get(name).trim());
    if (single) {
        throw (0,src_errors/* configError */.Fj)(`Set either \`${single}\` (one database) or \`${urls ? 'database-urls' : 'targets-file'}\` (many), not both.`, {
            hint: 'For many databases, list every target, this one included, in the fan-out input.',
        });
    }
    let targets;
    if (urls)
        targets = parseDatabaseUrls(urls, SCHEMES);
    else {
        const full = external_node_path_default().resolve(cwd, file);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(full, 'utf8');
        }
        catch (error) {
            throw (0,src_errors/* configError */.Fj)(`Cannot read the targets file ${file}: ${error.code ?? error.message}.`, { hint: 'Set `targets-file` to a YAML or JSON file in the repository, relative to `working-directory`.' });
        }
        targets = parseTargetsFile(text, file, env, SCHEMES);
    }
    const canary = canaryNames(get('canary'), targets);
    const shard = parseShard(get('targets-shard'));
    return {
        targets: shard ? shardTargets(targets, canary, shard) : targets,
        maxParallel: settings_count('max-parallel', get('max-parallel'), 1, 256),
        failFast: settings_boolean('fail-fast', get('fail-fast')),
        canary: shard ? [] : canary,
        shard,
    };
}
function readSettings(lookup, env = process.env) {
    const get = (name) => {
        const value = lookup(name);
        return value === undefined || value === '' ? INPUT_DEFAULTS[name] : value;
    };
    const mode = get('mode').trim();
    if (!MODES.includes(mode)) {
        throw (0,src_errors/* configError */.Fj)(`Unknown mode "${mode}".`, { hint: `Set \`mode\` to one of: ${MODES.join(', ')}.` });
    }
    const cwd = external_node_path_default().resolve(env.GITHUB_WORKSPACE ?? process.cwd(), get('working-directory'));
    const drizzleJournal = get('drizzle-journal').trim();
    if (!['auto', 'true', 'false'].includes(drizzleJournal)) {
        throw (0,src_errors/* configError */.Fj)(`Input \`drizzle-journal\` must be auto, true or false, got "${drizzleJournal}".`);
    }
    const transactionMode = get('transaction-mode').trim();
    if (!TRANSACTION_MODES.includes(transactionMode)) {
        throw (0,src_errors/* configError */.Fj)(`Input \`transaction-mode\` must be ${TRANSACTION_MODES.join(' or ')}, got "${transactionMode}".`);
    }
    const adopt = get('adopt').trim();
    if (!['auto', 'none', ...ADOPT_TOOLS].includes(adopt)) {
        throw (0,src_errors/* configError */.Fj)(`Input \`adopt\` must be auto, none or a tool's name, got "${adopt}".`, { hint: `Tools: ${ADOPT_TOOLS.join(', ')}.` });
    }
    const retries = settings_count('connect-retries', get('connect-retries'), 0, 10);
    const ddlLockRetries = settings_count('ddl-lock-retries', get('ddl-lock-retries'), 0, 10);
    const journalSchema = get('journal-schema').trim();
    const snapshot = get('snapshot').trim();
    const environment = get('environment').trim() || null;
    const statementTimeoutMs = seconds('statement-timeout', get('statement-timeout'), { allowZero: true });
    const cluster = get('cluster').trim();
    const replay = settings_boolean('replay', get('replay'));
    const engine = get('engine').trim();
    if (engine && !ENGINE_KINDS.includes(engine)) {
        throw (0,src_errors/* configError */.Fj)(`Unknown engine "${engine}".`, { hint: `Set \`engine\` to ${ENGINE_KINDS.join(' or ')}.` });
    }
    // A direct URL (past any pooler) replaces the pooled one for every connection the run makes.
    const directUrl = get('direct-url').trim();
    const rawUrl = directUrl || get('database-url').trim();
    const fanout = readFanout(get, cwd, env);
    if (fanout && replay)
        throw (0,src_errors/* configError */.Fj)('`replay` runs once, not per target: preview a fan-out with `replay: true` and no targets, then plan against the targets.');
    if (!rawUrl && replay && mode !== 'plan') {
        throw (0,src_errors/* configError */.Fj)(`Mode \`${mode}\` needs \`database-url\`; only \`plan\` can run as a replay-only preview.`);
    }
    const promotionUrl = get('promotion-database-url').trim();
    const checksum = get('checksum').trim();
    if (!CHECKSUM_ALGORITHMS.includes(checksum)) {
        throw (0,src_errors/* configError */.Fj)(`Input \`checksum\` must be ${CHECKSUM_ALGORITHMS.join(' or ')}, got "${checksum}".`, {
            hint: 'sha256 hashes the exact bytes; sha256-lf ignores CRLF versus LF line endings.',
        });
    }
    const format = get('format').trim();
    if (format !== 'auto' && !LAYOUT_NAMES.includes(format)) {
        throw (0,src_errors/* configError */.Fj)(`Unknown format "${format}".`, { hint: `Set \`format\` to auto or one of: ${LAYOUT_NAMES.join(', ')}.` });
    }
    const lint = get('lint').trim().toLowerCase();
    if (!LINT_LEVELS.includes(lint)) {
        throw (0,src_errors/* configError */.Fj)(`Input \`lint\` must be ${LINT_LEVELS.join(', ')}, got "${get('lint')}".`, {
            hint: 'error fails the run on an unwaived error finding; warn only reports; off skips the safety rules.',
        });
    }
    const largeTableRows = Number(get('large-table-rows').trim());
    if (!Number.isInteger(largeTableRows) || largeTableRows < 0) {
        throw (0,src_errors/* configError */.Fj)(`Input \`large-table-rows\` must be a whole number of rows, got "${get('large-table-rows')}".`);
    }
    return {
        mode: mode,
        target: {
            databaseUrl: fanout || (!rawUrl && replay) ? null : parseDatabaseUrl(rawUrl, directUrl ? 'direct-url' : 'database-url'),
            engine: (engine || null),
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
            migrations: external_node_path_default().resolve(cwd, get('migrations')),
            snapshot: snapshot ? external_node_path_default().resolve(cwd, snapshot) : null,
            checksum: checksum,
            format,
        },
        plan: {
            allowOutOfOrder: settings_boolean('allow-out-of-order', get('allow-out-of-order')),
            resume: settings_boolean('resume', get('resume')),
        },
        apply: {
            lockTimeoutMs: seconds('lock-timeout', get('lock-timeout'), { allowZero: true }),
            statementTimeoutMs: statementTimeoutMs || undefined,
            rebuildInvalidIndexes: settings_boolean('rebuild-invalid-indexes', get('rebuild-invalid-indexes')),
            connectRetries: retries,
            ddlLocks: { timeoutMs: seconds('ddl-lock-timeout', get('ddl-lock-timeout'), { allowZero: true }), retries: ddlLockRetries },
            verify: settings_boolean('verify', get('verify')),
            requireSnapshot: settings_boolean('require-snapshot', get('require-snapshot')),
            transactionMode: transactionMode,
        },
        verify: { failOnExtra: settings_boolean('fail-on-extra', get('fail-on-extra')) },
        journal: {
            schema: journalSchema ? identifier('journal-schema', journalSchema) : undefined,
            table: identifier('journal-table', get('journal-table').trim()),
            drizzle: drizzleJournal,
            drizzleTable: qualifiedTable('drizzle-migrations-table', get('drizzle-migrations-table').trim()),
            adopt,
            adoptWrite: settings_boolean('adopt-write', get('adopt-write')),
        },
        baseline: { reason: get('baseline-reason').trim() || null, to: version('baseline-to', get('baseline-to')) },
        safety: { lint: lint, largeTableRows, rehearse: settings_boolean('rehearse', get('rehearse')) },
        clickhouse: {
            mutationTimeoutMs: seconds('mutation-timeout', get('mutation-timeout'), { allowZero: false }),
            lockLeaseMs: seconds('lock-lease', get('lock-lease'), { allowZero: false }),
            ...(cluster ? { cluster: identifier('cluster', cluster) } : {}),
        },
        run: runEnvironmentFrom(env, environment),
    };
}

;// CONCATENATED MODULE: ./src/config/index.ts





;// CONCATENATED MODULE: ./src/core/outcome.ts


const NO_PARTS = { plan: null, applied: [], verification: null, snapshotWritten: null, promotion: null, unverified: null, safety: null };
/** A failure with what the run had done before it: a failed apply still reports what it applied. */
class PartialFailure extends Error {
    parts;
    failure;
    constructor(parts, failure) {
        super((0,src_errors/* databaseMessage */.bs)(failure));
        this.parts = parts;
        this.failure = failure;
    }
}
/** A failing statement is shown up to this size: the summary and outputs stay far below GitHub's 1 MiB. */
const MAX_STATEMENT_CHARS = 8000;
/**
 * Anything that is not a SchemagateError reached the top without an engine or loader
 * explaining it: a bug. It is reported as `internal`, with the JavaScript detail in the hint
 * only, so the message never reads like a database's or a user's mistake.
 */
function internalError(error) {
    const name = error instanceof Error ? error.name : typeof error;
    return new src_errors/* SchemagateError */.RA('internal', 'schemagate stopped on an internal error (a bug in schemagate, not in your migrations or inputs).', {
        hint: `Report it with this detail: ${name}: ${(0,src_errors/* databaseMessage */.bs)(error).replace(/\s*\n\s*/g, ' ')}`,
        cause: error,
    });
}
function failureOf(error) {
    const failure = error instanceof src_errors/* SchemagateError */.RA ? error : internalError(error);
    return {
        kind: failure.kind,
        message: (0,src_errors/* bounded */.Mm)(failure.message, src_errors/* MAX_MESSAGE_CHARS */.hP * 2),
        ...(failure.hint ? { hint: (0,src_errors/* bounded */.Mm)(failure.hint, src_errors/* MAX_MESSAGE_CHARS */.hP) } : {}),
        ...(failure.location ? { location: failure.location } : {}),
        ...(failure.details.statement ? { statement: (0,src_errors/* bounded */.Mm)(failure.details.statement, MAX_STATEMENT_CHARS) } : {}),
        ...(failure.details.problems ? { problems: failure.details.problems } : {}),
    };
}
function driftError(verification) {
    const errors = verification?.differences.filter((d) => d.severity === 'error') ?? [];
    if (errors.length === 0)
        return null;
    return {
        kind: 'drift',
        message: `${errors.length} difference${errors.length === 1 ? '' : 's'} from ${verification.snapshot}`,
        hint: 'The live schema does not match the expected snapshot; see the summary for every difference.',
    };
}
function buildOutcome(head, parts, extra = {}) {
    const error = extra.error ?? null;
    return { ...head, ...parts, replay: extra.replay ?? null, error, status: error?.kind ?? 'ok', durationMs: extra.durationMs ?? 0 };
}
/** An outcome before anything has happened; every run, even one that never starts, has one. */
function blankOutcome(mode, target, migrations) {
    return buildOutcome({ mode, engine: 'unknown', target, migrations, layout: null }, NO_PARTS);
}
/** The outcome of a run that failed before it could start (bad inputs), so it is still reported. */
function earlyFailure(mode, error) {
    const known = MODES.includes(mode) ? mode : 'plan';
    return buildOutcome({ mode: known, engine: 'unknown', target: '', migrations: '', layout: null }, NO_PARTS, { error: failureOf(error) });
}

;// CONCATENATED MODULE: ./src/sources/problems.ts

/**
 * Configuration problems of one migrations folder, collected rather than thrown one at a time:
 * a team fixing a folder sees every problem in one run, each with its file and line.
 */
class Problems {
    list = [];
    add(error) {
        this.list.push(error);
    }
    /** Runs `fn`; a config error it throws is recorded and null returned, anything else propagates. */
    attempt(fn) {
        try {
            return fn();
        }
        catch (error) {
            if (error instanceof src_errors/* SchemagateError */.RA && error.kind === 'config') {
                this.add(error);
                return null;
            }
            throw error;
        }
    }
    /** Throws what was collected: a single problem as it is, several as one error listing all. */
    throwIfAny(folder) {
        if (this.list.length === 0)
            return;
        if (this.list.length === 1)
            throw this.list[0];
        const problems = this.list.map((e) => ({
            message: e.message,
            ...(e.hint ? { hint: e.hint } : {}),
            ...(e.location ? { location: e.location } : {}),
        }));
        const first = this.list[0];
        throw (0,src_errors/* configError */.Fj)(`${this.list.length} configuration problems in ${folder}; first: ${first.message}`, {
            ...(first.location ? { location: first.location } : {}),
            hint: 'Every problem is listed with its file and line; fix them all before the next run.',
            problems,
        });
    }
}

;// CONCATENATED MODULE: ./src/sources/index.ts







/**
 * Reads the migrations under `root` in the layout `format` names, or the one the folder shows
 * most clearly. Never a silent empty set: a folder with no migrations, or with `.sql` files the
 * layout does not read, is an error; every problem of the folder is reported at once.
 */
function loadMigrations(root, opts) {
    const absRoot = external_node_path_default().resolve(opts.cwd, root);
    const where = absRoot === root ? absRoot : `${root} (${absRoot})`;
    const hint = 'Set the `migrations` input of the action (or the `--migrations` flag of the CLI) to the folder that holds your migration files.';
    let stat;
    try {
        stat = external_node_fs_default().statSync(absRoot);
    }
    catch {
        throw (0,src_errors/* configError */.Fj)(`Migrations folder not found: ${where}`, { hint });
    }
    if (!stat.isDirectory())
        throw (0,src_errors/* configError */.Fj)(`Migrations path is not a folder: ${where}`, { hint });
    const folder = new Folder(absRoot, opts.cwd);
    const shown = folder.display('') || '.';
    const layout = !opts.format || opts.format === 'auto' ? detectLayout(folder, shown) : layoutNamed(opts.format);
    if (layout.dialects && !layout.dialects.includes(opts.dialect.name)) {
        throw (0,src_errors/* configError */.Fj)(`${shown} is a ${layout.name} folder, which holds ${layout.dialects.join(' or ')} migrations, but the target is ${opts.dialect.name}.`, {
            hint: 'Point `database-url` at the engine these migrations are written for, or set `format` if the layout was detected wrongly.',
        });
    }
    const problems = new Problems();
    const loaded = layout.load(folder, opts, problems);
    reportUnread(folder, new Set(loaded.accounted), layout, problems);
    if (problems.list.length === 0 && loaded.migrations.length === 0) {
        problems.add((0,src_errors/* configError */.Fj)(`${shown} holds no migrations (read as a ${layout.name} folder): ${contents(folder)}.`, {
            location: { file: shown },
            hint: 'Point `migrations` at the folder with your migration files, or set `format` to the layout they are written in.',
        }));
    }
    problems.throwIfAny(shown);
    return {
        layout: layout.name,
        root: absRoot,
        migrations: loaded.migrations,
        ...(loaded.snapshotPath ? { snapshotPath: loaded.snapshotPath } : {}),
        symlinks: folder.entries.filter((e) => e.isLink).map((e) => folder.abs(e.name)),
    };
}
/** The surest claim wins; two equally sure claims are a question only the user can answer. */
function detectLayout(folder, shown) {
    const claims = LAYOUTS.flatMap((layout) => {
        const claim = layout.detect(folder);
        return claim ? [{ layout, ...claim }] : [];
    }).sort((a, b) => b.confidence - a.confidence);
    const [best, next] = claims;
    if (!best)
        return layoutNamed('plain');
    if (next && next.confidence === best.confidence) {
        throw (0,src_errors/* configError */.Fj)(`${shown} looks like both a ${best.layout.name} folder (${best.evidence}) and a ${next.layout.name} folder (${next.evidence}).`, {
            location: { file: shown },
            hint: `Set \`format\` to the layout it is written in (${best.layout.name} or ${next.layout.name}).`,
        });
    }
    return best.layout;
}
/** `.sql` files the layout did not read, by the sub-folder that holds them (or one by one at the top). */
function reportUnread(folder, accounted, layout, problems) {
    const unread = new Map();
    for (const rel of folder.allSqlFiles()) {
        if (accounted.has(folder.abs(rel)))
            continue;
        const top = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : rel;
        unread.set(top, [...(unread.get(top) ?? []), rel]);
    }
    for (const [top, files] of unread) {
        const where = folder.display(top);
        const isDir = files.length > 1 || files[0] !== top;
        problems.add((0,src_errors/* configError */.Fj)(isDir
            ? `${where}/ holds ${files.length} .sql file${files.length === 1 ? '' : 's'} (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', ...' : ''}) that the ${layout.name} layout does not read`
            : `${where} is not read by the ${layout.name} layout`, {
            location: { file: isDir ? folder.display(files[0]) : where },
            hint: 'Move files that are not migrations out of the migrations folder, or set `format` to the layout they are written in (a folder per migration is Prisma\'s).',
        }));
    }
}
/** What a folder holds, for the message that it holds no migrations. */
function contents(folder) {
    const names = folder.entries.map((e) => (e.isDir ? `${e.name}/` : e.name));
    if (names.length === 0)
        return 'it is empty';
    return `it contains ${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}`;
}

;// CONCATENATED MODULE: ./src/verify/diff.ts
/** `schema.table`, or just `table` for engines whose tables have no schema (ClickHouse). */
const tableKey = (t) => (t.schema ? `${t.schema}.${t.name}` : t.name);
const show = (v) => (v === null ? 'none' : v);
const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/** `materialized_view` -> `materialized view`, `foreign_key` -> `foreign key`. */
const label = (name) => name.replace(/_/g, ' ');
/**
 * Object types that belong to the server, not to one database (roles): they differ between
 * environments, so schemagate's snapshots do not write them and a live one is never extra, but one
 * a snapshot states (drizzle-kit's `pgRole`) must exist as stated.
 */
const SERVER_WIDE_TYPES = new Set(['role']);
/**
 * Properties whose difference is reported, never failed: an extension's version moves with the
 * server's packages, not with the migrations.
 */
const ADVISORY_PROPERTIES = new Set(['version']);
/**
 * The properties one side states. Where the expected side states every property it has
 * (`complete`), one present on a single side is a difference (a TTL added where none was);
 * otherwise only the keys it states are compared.
 */
function compareProperties(object, expected, actual, what, compared) {
    const stated = compared.complete ? Object.keys(actual ?? {}).filter((key) => !compared.unrecorded.has(key)) : [];
    const keys = new Set([...Object.keys(expected ?? {}), ...stated]);
    return [...keys]
        .map((key) => [key, expected?.[key] ?? null, actual?.[key] ?? null])
        .filter(([, e, a]) => e !== a)
        .map(([key, e, a]) => ({
        severity: ADVISORY_PROPERTIES.has(key) ? 'warning' : 'error',
        kind: key.replace(/_/g, '-'),
        object,
        expected: e,
        actual: a,
        message: `${what} ${object}: ${key.replace(/_/g, ' ')} is ${show(a)}, expected ${show(e)}`,
    }));
}
/**
 * One kind of named part (`index`, `foreign_key`...) of one table. Matched by name; an expected
 * part absent under its name while an unexpected one has the very same definition is reported
 * once, as a name difference, rather than as one missing and one extra.
 */
function compareParts(table, kind, expected, actual, extra) {
    const differences = [];
    const what = label(kind);
    const code = kind.replace(/_/g, '-');
    const unexpected = new Map(Object.entries(actual).filter(([name]) => !Object.hasOwn(expected, name)));
    for (const [name, definition] of Object.entries(expected)) {
        const object = `${table}.${name}`;
        const live = Object.hasOwn(actual, name) ? actual[name] : null;
        if (live !== null) {
            if (live !== definition) {
                differences.push({ severity: 'error', kind: code, object, expected: definition, actual: live, message: `${capitalised(what)} ${object} is ${live}, expected ${definition}` });
            }
            continue;
        }
        const renamed = [...unexpected].find(([, d]) => d === definition)?.[0];
        if (renamed !== undefined) {
            unexpected.delete(renamed);
            differences.push({ severity: 'error', kind: `${code}-name`, object, expected: name, actual: renamed, message: `${capitalised(what)} ${object} is named ${renamed} in the database (${definition})` });
            continue;
        }
        differences.push({ severity: 'error', kind: `missing-${code}`, object, expected: definition, actual: null, message: `Missing ${what} ${object}: ${definition}` });
    }
    for (const [name, definition] of unexpected) {
        differences.push({ severity: extra, kind: `extra-${code}`, object: `${table}.${name}`, expected: null, actual: definition, message: `Unexpected ${what} ${table}.${name}: ${definition}` });
    }
    return differences;
}
function compareColumn(object, expected, actual, compared) {
    const differences = [];
    const differ = (kind, e, a, label) => {
        if (e !== a) {
            differences.push({ severity: 'error', kind, object, expected: e, actual: a, message: `Column ${object}: ${label} is ${show(a)}, expected ${show(e)}` });
        }
    };
    differ('type', expected.type, actual.type, 'type');
    differ('nullable', expected.nullable ? 'NULL' : 'NOT NULL', actual.nullable ? 'NULL' : 'NOT NULL', 'nullability');
    differ('default', expected.default, actual.default, 'default');
    differences.push(...compareProperties(object, expected.properties, actual.properties, 'Column', compared));
    return differences;
}
function diffSchemas(expected, actual, options) {
    const extra = options.failOnExtra ? 'error' : 'warning';
    const differences = [];
    const actualTables = new Map(actual.tables.map((t) => [tableKey(t), t]));
    const expectedKeys = new Set(expected.tables.map(tableKey));
    const unrecorded = new Set([...(expected.unrecordedTypes ?? []), ...SERVER_WIDE_TYPES]);
    const unmanaged = new Set(expected.unmanaged ?? []);
    const compared = { complete: expected.propertiesComplete === true, unrecorded: new Set(expected.unrecordedProperties ?? []) };
    for (const table of expected.tables) {
        const key = tableKey(table);
        const live = actualTables.get(key);
        if (!live) {
            differences.push({ severity: 'error', kind: 'missing-table', object: key, expected: table.type, actual: null, message: `Missing ${label(table.type)} ${key}` });
            continue;
        }
        if (live.type !== table.type) {
            differences.push({ severity: 'error', kind: 'table-type', object: key, expected: table.type, actual: live.type, message: `${key} is a ${live.type}, expected a ${table.type}` });
        }
        const liveColumns = new Map(live.columns.map((c) => [c.name, c]));
        for (const column of table.columns) {
            const object = `${key}.${column.name}`;
            const liveColumn = liveColumns.get(column.name);
            if (!liveColumn) {
                differences.push({ severity: 'error', kind: 'missing-column', object, expected: column.type, actual: null, message: `Missing column ${object} (${column.type})` });
            }
            else {
                differences.push(...compareColumn(object, column, liveColumn, compared));
            }
        }
        const expectedColumns = new Set(table.columns.map((c) => c.name));
        for (const column of live.columns.filter((c) => !expectedColumns.has(c.name))) {
            differences.push({ severity: extra, kind: 'extra-column', object: `${key}.${column.name}`, expected: null, actual: column.type, message: `Unexpected column ${key}.${column.name} (${column.type})` });
        }
        const pk = (t) => t.primaryKey.join(', ');
        if (pk(table) !== pk(live)) {
            differences.push({ severity: 'error', kind: 'primary-key', object: key, expected: pk(table) || null, actual: pk(live) || null, message: `${key}: primary key is (${pk(live) || 'none'}), expected (${pk(table) || 'none'})` });
        }
        differences.push(...compareProperties(key, table.properties, live.properties, capitalised(label(table.type)), compared));
        for (const [kind, parts] of Object.entries(table.parts ?? {})) {
            differences.push(...compareParts(key, kind, parts, live.parts?.[kind] ?? {}, extra));
        }
    }
    for (const table of actual.tables.filter((t) => !expectedKeys.has(tableKey(t)) && !unrecorded.has(t.type) && !unmanaged.has(tableKey(t)))) {
        differences.push({ severity: extra, kind: 'extra-table', object: tableKey(table), expected: null, actual: table.type, message: `Unexpected ${label(table.type)} ${tableKey(table)}` });
    }
    return differences;
}

;// CONCATENATED MODULE: ./src/core/adopt.ts


/**
 * Whether another tool's journal counts a migration as applied, under that tool's own rules as
 * the engine read them into AdoptedRecords. Pure: the engines know the tools' tables, the core
 * only knows how a record names a migration.
 */
/**
 * A version as a list of numbers: `0001` and `1` are one version, `1.1` and `1_1` another, and
 * trailing zero parts do not count (Flyway: `1.0` = `1`). Null when it is not numeric.
 */
function versionParts(version) {
    if (!/^\d+(?:[._]\d+)*$/.test(version))
        return null;
    const parts = version.split(/[._]/).map((p) => BigInt(p));
    while (parts.length > 1 && parts[parts.length - 1] === 0n)
        parts.pop();
    return parts;
}
/** Compares two versions as version numbers; non-numeric ones only as equal text. */
function adopt_compareVersions(a, b) {
    const pa = versionParts(a);
    const pb = versionParts(b);
    if (!pa || !pb)
        return a === b ? 0 : null;
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? 0n;
        const y = pb[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
const fileName = (migration) => external_node_path_default().posix.basename(migration.file.split((external_node_path_default()).sep).join('/'));
/** Whether a tool's "everything up to this version" record covers a migration. */
const upToVersion = (m, v) => m.kind === 'versioned' && (adopt_compareVersions(m.id, v) ?? 1) <= 0;
/** A version's parts as one text, so equal versions (`0001`, `1`, `1.0`) are one key. */
const versionKey = (version) => versionParts(version)?.join('.') ?? `text:${version}`;
/** What a migration is looked up by, per exact-match key (up-to-version is a comparison, not a key). */
const LOOKUPS = {
    version: { ofRecord: versionKey, ofMigration: (m) => (m.kind === 'versioned' ? versionKey(m.id) : null) },
    'file-name': { ofRecord: (v) => v, ofMigration: fileName },
    'file-stem': { ofRecord: (v) => v, ofMigration: (m) => fileName(m).replace(/\.sql$/i, '') },
    sha256: { ofRecord: (v) => v, ofMigration: (m) => m.checksums.sha256 ?? null },
};
/** Built once per adopted journal: a plan of 10 000 migrations against 10 000 records must not compare every pair. */
const indexes = new WeakMap();
function indexOf(adopted) {
    const known = indexes.get(adopted);
    if (known)
        return known;
    const index = { byKey: new Map(), upTo: [] };
    adopted.records.forEach((record, position) => {
        if (record.key === 'up-to-version')
            return void index.upTo.push(position);
        const values = index.byKey.get(record.key) ?? new Map();
        index.byKey.set(record.key, values);
        const value = LOOKUPS[record.key].ofRecord(record.value);
        if (!values.has(value))
            values.set(value, position);
    });
    indexes.set(adopted, index);
    return index;
}
/** The record of the adopted journal that says this migration is applied, if any (the first in the journal's order). */
function adoptedMatch(migration, adopted) {
    if (!adopted)
        return null;
    const index = indexOf(adopted);
    let first = Infinity;
    for (const [key, values] of index.byKey) {
        const value = LOOKUPS[key].ofMigration(migration);
        const position = value === null ? undefined : values.get(value);
        if (position !== undefined && position < first)
            first = position;
    }
    for (const position of index.upTo)
        if (position < first && upToVersion(migration, adopted.records[position].value))
            first = position;
    return first === Infinity ? null : adopted.records[first];
}
/**
 * A record whose checksum says the file changed since that tool applied it, with both values
 * for the message; null when the tool keeps no checksum or it matches.
 */
function adoptedChecksumMismatch(migration, adopted, record) {
    if (!adopted.checksum || record.checksum === null)
        return null;
    if (matchesToolChecksum(migration, adopted.checksum, record.checksum))
        return null;
    return { recorded: record.checksum, now: toolChecksum(migration, adopted.checksum) };
}

;// CONCATENATED MODULE: ./src/verify/explain.ts


const keyOf = (d) => `${d.kind}\u0000${d.object}`;
/** What the journal says of one migration: its latest attempt, or another tool's record of it. */
function journalState(migration, journal) {
    const attempts = journal.attempts.filter((a) => a.migrationId === migration.id).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const last = attempts.at(-1);
    if (last)
        return { journal: last.status };
    if (journal.adopted && adoptedMatch(migration, journal.adopted))
        return { journal: 'applied', recordedBy: journal.adopted.tool };
    return { journal: 'not recorded' };
}
/**
 * Each difference with the migration that brings it: the earliest step from which on the
 * difference stands against the live schema without a break (before it, the expected schema did
 * not have the object, or had it as the database has it). A difference no step accounts for
 * (the history disagrees with the snapshot) stays unexplained.
 */
function explainDrift(differences, steps, actual, journal) {
    if (steps.length === 0)
        return differences;
    const standing = steps.map((step) => new Set(diffSchemas(step.schema, actual, { failOnExtra: false }).map(keyOf)));
    return differences.map((difference) => {
        const key = keyOf(difference);
        if (!standing.at(-1).has(key))
            return difference;
        let first = steps.length - 1;
        while (first > 0 && standing[first - 1].has(key))
            first--;
        const { migration } = steps[first];
        return { ...difference, cause: { migrationId: migration.id, file: migration.file, ...journalState(migration, journal) } };
    });
}
const JOURNAL_SAYS = {
    'not recorded': "which this database's journal does not record as applied",
    applied: "which this database's journal records as applied: the database was changed after it ran, or it was recorded without running",
    failed: "which this database's journal records as failed",
    running: "which this database's journal records as started and never finished",
};
/** What the journal says, in a sentence's tail. */
function journalPhrase(cause) {
    return cause.recordedBy ? `which ${cause.recordedBy}'s journal in this database records as applied` : JOURNAL_SAYS[cause.journal];
}
/** `public.submissions.score` \u2192 the table `public.submissions`, for grouping. */
const explain_tableOf = (object) => object.split('.').slice(0, -1).join('.') || object;
/**
 * One sentence per migration and kind of difference: "7 columns of `public.submissions` are
 * missing: they are created by `drizzle/0009_submission_scores.sql`, which this database's
 * journal does not record as applied."
 */
function driftStories(differences) {
    const groups = new Map();
    for (const d of differences) {
        if (!d.cause || d.severity !== 'error')
            continue;
        const missing = d.kind.startsWith('missing-');
        const table = missing && d.kind !== 'missing-table' ? explain_tableOf(d.object) : d.object;
        const key = `${d.cause.file}\u0000${d.kind}\u0000${table}`;
        const group = groups.get(key) ?? { cause: d.cause, kind: d.kind, table, objects: [] };
        group.objects.push(d.object);
        groups.set(key, group);
    }
    return [...groups.values()].map(({ cause, kind, table, objects }) => {
        const tail = `\`${cause.file}\`, ${journalPhrase(cause)}.`;
        if (kind === 'missing-table')
            return `\`${table}\` is missing: it is created by ${tail}`;
        if (kind.startsWith('missing-')) {
            const what = kind.slice('missing-'.length).replace(/-/g, ' ');
            const count = objects.length;
            return count === 1
                ? `The ${what} \`${objects[0]}\` is missing: it is created by ${tail}`
                : `${count} ${what}${/(x|s)$/.test(what) ? 'es' : 's'} of \`${table}\` are missing: they are created by ${tail}`;
        }
        return `\`${table}\` differs (${kind.replace(/-/g, ' ')}): it is last changed by ${tail}`;
    });
}

;// CONCATENATED MODULE: ./src/verify/scope.ts
/**
 * Schema per tenant: a tenant's live schema is the objects of its own schema, named as the
 * snapshot names them. Many tenants share one database, so the others' schemas (and everything
 * outside the tenant's) are not this target's objects; the snapshot, written from one database,
 * names its objects by the schema it was written in (usually `public`), and so do the
 * references inside definitions (a foreign key's `REFERENCES public.users`). Objects of no
 * schema (roles, which are the server's) are every tenant's, as they are.
 */
function scopeToSchema(actual, schema, expected) {
    const expectedSchemas = [...new Set(expected.tables.map((t) => t.schema).filter((name) => name !== ''))];
    const as = expectedSchemas.length === 1 ? expectedSchemas[0] : schema;
    const qualified = new RegExp(`(?<![\\w$"])(?:${schema}|"${schema}")\\.`, 'g');
    const rename = (text) => text.replace(qualified, `${as}.`);
    const renameAll = (record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, rename(value)]));
    const column = (c) => ({ ...c, default: c.default === null ? null : rename(c.default), ...(c.properties ? { properties: renameAll(c.properties) } : {}) });
    const table = (t) => ({
        ...t,
        schema: as,
        columns: t.columns.map(column),
        ...(t.properties ? { properties: renameAll(t.properties) } : {}),
        ...(t.parts ? { parts: Object.fromEntries(Object.entries(t.parts).map(([kind, parts]) => [kind, renameAll(parts)])) } : {}),
    });
    // Objects of no schema (roles: server-wide) are every tenant's.
    return { ...actual, tables: actual.tables.filter((t) => t.schema === schema || t.schema === '').map((t) => (t.schema === '' ? t : table(t))) };
}

;// CONCATENATED MODULE: ./src/verify/snapshot.ts







/**
 * Expected-schema files: drizzle-kit's `meta/NNNN_snapshot.json` (Postgres) and schemagate's own
 * snapshot (any engine, written by `snapshot` mode). Both become a SchemaSnapshot; both can point
 * an annotation at the line that declares a table, column, index, constraint or enum.
 */
const SNAPSHOT_FORMAT = 'schemagate-snapshot';
/**
 * 2: tables carry their `parts` (indexes, constraints) and enum types are listed. A version 1
 * file records neither: its tables state no parts, so none are compared, and live enums are not
 * reported as extra.
 * 3: every object states all its properties (an absent one is "none", compared both ways), and
 * the objects beyond tables are listed: functions, procedures, sequences, extensions, collations
 * (Postgres) and dictionaries (ClickHouse); tables state their triggers, policies, partitions and
 * exclusion constraints (Postgres) and row policies (ClickHouse, where the server shows them).
 * An older file is compared on what it states: its properties one way, its parts by the kinds it
 * lists, and live objects of the newer types are not extra.
 * 4: ClickHouse tables state their skipping indices' granularity. A version 3 file is not
 * compared on it.
 * 5: views state their query's parse tree (`query_tree`, Postgres), which reads the same on every
 * server version and as drizzle-kit writes the query. An older file is compared on the query's
 * text only.
 * No version writes the server-wide objects (roles: SERVER_WIDE_TYPES).
 */
const SNAPSHOT_VERSION = 5;
const TYPES_SINCE_VERSION_2 = ['enum'];
const TYPES_SINCE_VERSION_3 = ['function', 'procedure', 'sequence', 'extension', 'collation', 'dictionary'];
const PROPERTIES_SINCE_VERSION_4 = ['skipping_index_granularity'];
const PROPERTIES_SINCE_VERSION_5 = ['query_tree'];
function typesUnrecordedBy(version) {
    return [...(version < 2 ? TYPES_SINCE_VERSION_2 : []), ...(version < 3 ? TYPES_SINCE_VERSION_3 : [])];
}
/** Properties a complete (version 3+) file of this version could not state: not compared. */
const propertiesUnrecordedBy = (version) => [...(version < 4 ? PROPERTIES_SINCE_VERSION_4 : []), ...(version < 5 ? PROPERTIES_SINCE_VERSION_5 : [])];
function lineOf(text, needle, fromLine = 1) {
    const lines = text.split('\n');
    for (let i = fromLine - 1; i < lines.length; i++)
        if (lines[i].includes(needle))
            return i + 1;
    return 0;
}
/** The first line at or after `fromLine` that matches. */
function lineMatching(text, pattern, fromLine = 1) {
    const lines = text.split('\n');
    for (let i = fromLine - 1; i < lines.length; i++)
        if (pattern.test(lines[i]))
            return i + 1;
    return 0;
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * `schema.table`, `schema.table.column` or `schema.table.part` to its line. A part (index,
 * constraint) is found by its name as a key after the table's line: drizzle keys each index and
 * constraint by name, schemagate writes one `"name": "definition"` line per part. A part that
 * shares a column's name resolves to the column: one table holds both, a line apart at most.
 */
function locator(text, format, schema) {
    return (object) => {
        const table = schema.tables.find((t) => object === tableKey(t) || object.startsWith(`${tableKey(t)}.`));
        if (!table)
            return 1;
        const tableNeedle = format === 'drizzle'
            ? `"${tableKey(table)}": {`
            : `"schema": ${JSON.stringify(table.schema)}, "name": ${JSON.stringify(table.name)}`;
        // drizzle keys a schema-less object (a role) by its bare name, in its own section after the tables.
        const section = format === 'drizzle' && !table.schema ? lineMatching(text, new RegExp(`^\\s*"${table.type}s": \\{`)) : 1;
        const tableLine = lineOf(text, tableNeedle, section || 1) || 1;
        const member = object.slice(tableKey(table).length + 1);
        if (!member)
            return tableLine;
        const key = escapeRegExp(JSON.stringify(member));
        if (table.columns.some((c) => c.name === member)) {
            const columnNeedle = format === 'drizzle' ? `"${member}": {` : `{ "name": ${JSON.stringify(member)},`;
            return lineOf(text, columnNeedle, tableLine) || tableLine;
        }
        const partPattern = format === 'drizzle' ? new RegExp(`^\\s*${key}: \\{`) : new RegExp(`^\\s*${key}: "`);
        return (lineMatching(text, partPattern, tableLine) ||
            // drizzle's older column-level unique: `"uniqueName": "users_email_unique"` in the column.
            lineOf(text, JSON.stringify(member), tableLine) ||
            tableLine);
    };
}
async function readExpectedSnapshot(file, displayFile) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        throw (0,src_errors/* configError */.Fj)(`Snapshot ${displayFile} cannot be read.`, {
            hint: 'Set `snapshot` to a schemagate snapshot (written by mode `snapshot`) or a drizzle meta folder.',
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw (0,src_errors/* configError */.Fj)(`Snapshot ${displayFile} is not valid JSON: ${error.message}`, { location: { file: displayFile } });
    }
    const shapeError = (what) => (0,src_errors/* configError */.Fj)(`Snapshot ${displayFile} ${what}.`, {
        location: { file: displayFile, line: 1 },
        hint: 'Write the snapshot again with mode `snapshot` (or let drizzle-kit generate it), or point `snapshot` at another file.',
    });
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw shapeError('is not a JSON object');
    const object = parsed;
    if (object.format === SNAPSHOT_FORMAT) {
        const version = Number(object.version ?? 1);
        const engine = String(object.engine);
        if (!Array.isArray(object.tables) || !object.tables.every((t) => t !== null && typeof t === 'object' && Array.isArray(t.columns))) {
            throw shapeError('has no valid "tables" list (each table an object with "columns")');
        }
        if (!ENGINE_KINDS.includes(engine))
            throw shapeError(`names an unknown "engine" (${JSON.stringify(object.engine)})`);
        let tables = object.tables;
        const spelling = dialectFor(engine).spelling;
        if (spelling) {
            // A query written by an older schemagate, or on another server version, in today's spelling.
            tables = tables.map((t) => (t.properties?.query ? { ...t, properties: { ...t.properties, query: spelling.viewQuery(t.properties.query) } } : t));
        }
        const unrecordedTypes = typesUnrecordedBy(version);
        const unrecordedProperties = propertiesUnrecordedBy(version);
        const schema = {
            engine,
            tables,
            ...(unrecordedTypes.length > 0 ? { unrecordedTypes } : {}),
            ...(version >= 3 ? { propertiesComplete: true } : {}),
            ...(version >= 3 && unrecordedProperties.length > 0 ? { unrecordedProperties } : {}),
        };
        return { file: displayFile, format: 'schemagate', schema, locate: locator(text, 'schemagate', schema) };
    }
    if (isDrizzleSnapshot(object)) {
        const schema = await fromDrizzle(object);
        return { file: displayFile, format: 'drizzle', schema, locate: locator(text, 'drizzle', schema) };
    }
    throw (0,src_errors/* configError */.Fj)(`Snapshot ${displayFile} is neither a schemagate snapshot nor a drizzle-kit snapshot.`, {
        location: { file: displayFile, line: 1 },
        hint: 'Write one with mode `snapshot`, or point `snapshot` at drizzle\'s meta folder.',
    });
}
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * One table header, one column and one index or constraint per line: diffs review well and
 * annotations find lines. Tables and views first, then the other types (enums), each by name.
 * The server's own objects (roles) are left out: they belong to the environment, not the schema.
 */
function renderSnapshot(schema) {
    const relation = (t) => (['table', 'view', 'materialized_view'].includes(t.type) ? 0 : 1);
    const tables = schema.tables.filter((t) => !SERVER_WIDE_TYPES.has(t.type)).sort((a, b) => relation(a) - relation(b) || tableKey(a).localeCompare(tableKey(b)));
    const renderTable = (t) => {
        const header = `    { "schema": ${JSON.stringify(t.schema)}, "name": ${JSON.stringify(t.name)}, "type": ${JSON.stringify(t.type)}, "primaryKey": ${JSON.stringify(t.primaryKey)}`;
        const properties = t.properties && Object.keys(t.properties).length > 0 ? `,\n      "properties": ${JSON.stringify(t.properties)}` : '';
        const columns = t.columns
            .map((c) => {
            const properties = c.properties ? `, "properties": ${JSON.stringify(c.properties)}` : '';
            return `        { "name": ${JSON.stringify(c.name)}, "type": ${JSON.stringify(c.type)}, "nullable": ${c.nullable}, "default": ${JSON.stringify(c.default)}${properties} }`;
        })
            .join(',\n');
        const kinds = Object.keys(t.parts ?? {}).sort(byName);
        const parts = kinds.map((kind) => {
            const members = Object.entries(t.parts[kind]).sort(([a], [b]) => byName(a, b));
            if (members.length === 0)
                return `        ${JSON.stringify(kind)}: {}`;
            return `        ${JSON.stringify(kind)}: {\n${members.map(([name, definition]) => `          ${JSON.stringify(name)}: ${JSON.stringify(definition)}`).join(',\n')}\n        }`;
        });
        const columnList = columns ? `[\n${columns}\n      ]` : '[]';
        const partList = kinds.length > 0 ? `,\n      "parts": {\n${parts.join(',\n')}\n      }` : '';
        return `${header}${properties},\n      "columns": ${columnList}${partList} }`;
    };
    return `{\n  "format": "${SNAPSHOT_FORMAT}",\n  "version": ${SNAPSHOT_VERSION},\n  "engine": ${JSON.stringify(schema.engine)},\n  "tables": [\n${tables.map(renderTable).join(',\n')}\n  ]\n}\n`;
}
function writeSnapshot(file, schema) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, renderSnapshot(schema));
}
/**
 * The schema expected after each migration, where the folder records it: drizzle-kit writes
 * `meta/NNNN_snapshot.json` for migration NNNN. Empty for folders without such a history.
 */
async function snapshotHistory(set) {
    if (set.layout !== 'drizzle')
        return [];
    const steps = [];
    for (const migration of set.migrations) {
        const file = external_node_path_default().join(set.root, 'meta', `${migration.id}_snapshot.json`);
        if ((0,external_node_fs_.existsSync)(file))
            steps.push({ migration, schema: (await readExpectedSnapshot(file, file)).schema });
    }
    return steps;
}

;// CONCATENATED MODULE: ./src/core/backfill.ts



/** Where a backfill starts: where its interrupted or failed attempt stopped, or at zero. */
function startingProgress(item) {
    return { rowsDone: item.previous?.rowsDone ?? 0, batches: item.previous?.batches ?? 0 };
}
/** The journal note of an attempt that continues an earlier one. */
const continuedNote = (progress) => `continued after ${progress.rowsDone} rows in ${progress.batches} batches`;
const batchJournalFields = (progress) => ({ rowsDone: progress.rowsDone, batches: progress.batches });
/** Rows per second over this run, and when it ends if `remaining` is known (null when it cannot be told yet). */
function batchRate(rowsThisRun, elapsedMs, remaining) {
    if (elapsedMs <= 0 || rowsThisRun <= 0)
        return { rowsPerSecond: null, etaMs: null };
    const rowsPerSecond = (rowsThisRun * 1000) / elapsedMs;
    return { rowsPerSecond, etaMs: remaining === null ? null : Math.round((Math.max(remaining, 0) / rowsPerSecond) * 1000) };
}
/**
 * Refuses, before anything runs, batched files the engine cannot run as batches: it must count
 * the rows an execution changed and commit each execution with its progress.
 */
function refuseUnbatchable(engine, migrations) {
    if (engine.batches)
        return;
    const batched = migrations.filter((m) => m.batch);
    if (batched.length === 0)
        return;
    const first = batched[0];
    throw (0,src_errors/* configError */.Fj)(`${first.file}:${first.batch.line}: schemagate:batch cannot run on ${engine.kind}: the engine reports no count of the rows a statement changed (a mutation has none) or has no transactions to commit each batch with its progress`, {
        location: { file: first.file, line: first.batch.line },
        hint: `Remove the directive and run the statement as one migration (on ClickHouse an ALTER TABLE ... UPDATE mutation runs in the background by parts).${batched.length > 1 ? ` Also: ${batched.slice(1).map((m) => m.file).join(', ')}.` : ''}`,
    });
}
/**
 * Runs the batches of `item` until one changes no rows, updating `run.progress` as each batch
 * commits. Throws `run.fail(...)` for a failed execution, the safety stop included.
 */
async function runBatches(engine, item, run, emit) {
    const { migration } = item;
    const options = migration.batch;
    const batches = engine.batches;
    const statement = migration.statements[0];
    const { progress } = run;
    const startedAt = run.now();
    const rowsAtStart = progress.rowsDone;
    const total = options.totalSql === null ? null : await estimateTotal(batches, options.totalSql, migration, emit);
    const report = (done) => {
        const rowsThisRun = progress.rowsDone - rowsAtStart;
        const elapsedMs = run.now() - startedAt;
        const remaining = done ? 0 : total === null ? null : total - rowsThisRun;
        emit({ type: 'batch-progress', migration, ...progress, elapsedMs, remaining, ...batchRate(rowsThisRun, elapsedMs, remaining), done });
    };
    const timer = setInterval(() => report(false), run.reportEveryMs);
    try {
        let lastRows = 0;
        for (let executions = 0;; executions++) {
            if (executions === options.maxBatches)
                throw run.fail(statement, safetyStop(migration, options.maxBatches, lastRows, progress));
            let rows;
            try {
                rows = await batches.runBatch(statement, async (tx, changed) => {
                    const next = changed === 0 ? progress : { rowsDone: progress.rowsDone + changed, batches: progress.batches + 1 };
                    const row = changed === 0 ? run.finished({ status: 'applied', statementsApplied: 1, ...batchJournalFields(next) }) : { ...run.attempt, ...batchJournalFields(next) };
                    await tx.writeAttempt(row, migration);
                });
            }
            catch (error) {
                throw run.fail(statement, error);
            }
            if (rows === 0)
                break;
            progress.rowsDone += rows;
            progress.batches += 1;
            lastRows = rows;
            if (options.pauseMs > 0)
                await (0,external_node_timers_promises_namespaceObject.setTimeout)(options.pauseMs);
        }
    }
    finally {
        clearInterval(timer);
    }
    report(true);
}
async function estimateTotal(batches, sql, migration, emit) {
    try {
        const total = await batches.queryNumber(sql);
        if (total !== null && Number.isFinite(total))
            return total;
        emit({ type: 'engine-notice', message: `    ${migration.file}: the batch-total query returned no number, so no ETA is shown.` });
    }
    catch (error) {
        emit({ type: 'engine-notice', message: `    ${migration.file}: the batch-total query failed (${(0,src_errors/* databaseMessage */.bs)(error)}), so no ETA is shown.` });
    }
    return null;
}
/** A statement that keeps changing rows: stopped loudly rather than looping forever. */
function safetyStop(migration, maxBatches, lastRows, progress) {
    return new engines_engine/* DatabaseError */.a(`safety stop: ${maxBatches} executions in this run (max-batches) and the last still changed ${lastRows} row${lastRows === 1 ? '' : 's'}; ${progress.rowsDone} rows in ${progress.batches} batches are committed`, undefined, {
        hint: `A batch statement must select only rows it has not changed yet (e.g. \`WHERE new_col IS NULL\`), or it never reaches 0 rows. ` +
            `If ${migration.file} is right and the table is just that large, raise \`max-batches=\` on its schemagate:batch line; the next run continues from the committed rows.`,
    });
}
/** What a failed backfill's outcome says about what stays done. */
const batchFailureHint = (progress) => `${progress.rowsDone} rows in ${progress.batches} committed batches stay done and are recorded in the journal; fix the cause and run again: the backfill continues with the rows still to change.`;

;// CONCATENATED MODULE: ./src/core/lock-retry.ts
/** The longest pause between two attempts, however many retries there are. */
const MAX_LOCK_RETRY_DELAY_MS = 10_000;
/**
 * The lock wait of attempt `attempt` (0 = the first): rising from half of the timeout to all of
 * it at the last retry. An early attempt that fails fast stalls the table's queries least; a
 * blocker that keeps coming back earns the later attempts a longer wait, and the timeout stays
 * the longest any query queues behind the migration. Undefined when waits are not bounded.
 */
function attemptLockTimeoutMs(policy, attempt) {
    if (policy.timeoutMs <= 0)
        return undefined;
    if (policy.retries === 0)
        return policy.timeoutMs;
    const share = 0.5 + (0.5 * Math.min(attempt, policy.retries)) / policy.retries;
    return Math.max(1, Math.round(policy.timeoutMs * share));
}
/**
 * The pause before retry `retry` (1 = the first): 1 s, 2 s, 4 s, 8 s, then 10 s, each jittered
 * to between half and all of that so two blocked runs do not retry in step.
 */
function lockRetryDelayMs(retry, random = Math.random) {
    const ceiling = Math.min(MAX_LOCK_RETRY_DELAY_MS, 1000 * 2 ** (retry - 1));
    return Math.round(ceiling * (0.5 + 0.5 * random()));
}
/**
 * Runs `attempt` until it succeeds, fails for another reason than a lock wait, or has been
 * retried `policy.retries` times; `onRetry` hears of each retry before its pause.
 */
async function withLockRetries(policy, gaveUpOnLock, attempt, onRetry, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
    for (let retry = 0;; retry++) {
        try {
            return await attempt(attemptLockTimeoutMs(policy, retry));
        }
        catch (error) {
            if (retry >= policy.retries || !gaveUpOnLock(error))
                throw error;
            const delayMs = lockRetryDelayMs(retry + 1);
            onRetry({ retry: retry + 1, delayMs, lockTimeoutMs: attemptLockTimeoutMs(policy, retry + 1), error });
            await sleep(delayMs);
        }
    }
}
/** `pid 4242 "report-job" (user app, idle in transaction, transaction open 12 s): SELECT \u2026`. */
function describeBlocker(blocker) {
    const facts = [
        blocker.user ? `user ${blocker.user}` : null,
        blocker.state,
        blocker.transactionMs === null ? null : `transaction open ${Math.round(blocker.transactionMs / 1000)} s`,
    ].filter((fact) => Boolean(fact));
    const name = blocker.applicationName ? ` "${blocker.applicationName}"` : ' (no application name)';
    return `pid ${blocker.pid}${name}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}${blocker.query ? `: ${blocker.query}` : ''}`;
}
/** `AccessExclusiveLock on public.orders, held by pid \u2026; pid \u2026`. */
function describeLockWait(wait) {
    const holders = wait.blockers.length > 0 ? wait.blockers.map(describeBlocker).join('; ') : 'a session that has just released it';
    return `${wait.mode} on ${wait.relation}, held by ${holders}`;
}

;// CONCATENATED MODULE: ./src/core/watch.ts

/**
 * What a running statement is doing, said while it runs: the lock it waits for and who holds it,
 * its progress, or at least that it still runs. Engines that can look from a second session
 * (Engine.watch) say more than the bare heartbeat of those that cannot.
 */
/** A statement still running after this long is looked at for a lock wait (sooner when its lock wait is bounded shorter). */
const WAIT_PROBE_MS = 3_000;
/**
 * Runs one statement. The first look comes after WAIT_PROBE_MS, or half the statement's lock
 * wait (`lockWaitMs`) when that is shorter, and is reported only if it finds something; every
 * heartbeat after that reports the lock wait, the progress, or that it still runs. The last lock
 * wait seen is kept in `seen`, for the failure when the wait runs out.
 */
async function executeWatched(executor, migration, statement, watching, run, seen) {
    const { emit, heartbeatMs } = watching;
    const started = Date.now();
    const opened = watching.watch?.();
    let watch = opened;
    let timer;
    let sampling = Promise.resolve();
    let done = false;
    const tick = async () => {
        const activity = watch
            ? await watch.sample().catch((error) => {
                emit({ type: 'engine-notice', message: `    could not watch statement ${statement.index + 1} from a second connection: ${(0,src_errors/* databaseMessage */.bs)(error)}` });
                watch = undefined;
                return null;
            })
            : null;
        // Kept even when the statement has just ended: its lock timeout may be what ended it.
        if (activity?.lockWait)
            seen.lockWait = activity.lockWait;
        if (done)
            return;
        const elapsedMs = Date.now() - started;
        if (activity?.lockWait)
            emit({ type: 'statement-waiting', migration, statement, elapsedMs, wait: activity.lockWait });
        else if (activity?.progress)
            emit({ type: 'statement-progress', migration, statement, elapsedMs, progress: activity.progress });
        else if (elapsedMs >= heartbeatMs)
            emit({ type: 'statement-running', migration, statement, elapsedMs });
        schedule(heartbeatMs);
    };
    const schedule = (ms) => {
        timer = setTimeout(() => {
            sampling = tick();
        }, ms);
    };
    schedule(watch ? Math.min(WAIT_PROBE_MS, heartbeatMs, run.lockWaitMs === undefined ? Infinity : run.lockWaitMs / 2) : heartbeatMs);
    try {
        await executor.execute(statement, run.options);
    }
    finally {
        done = true;
        clearTimeout(timer);
        await sampling;
        await opened?.close().catch(() => { });
    }
}

;// CONCATENATED MODULE: ./src/core/apply.ts






/** Where the database points in the statement, as a line of the file. */
function failureLine(statement, error) {
    const position = error instanceof engines_engine/* DatabaseError */.a ? error.position : undefined;
    if (position === undefined)
        return statement.line;
    return statement.line + (statement.sql.slice(0, position - 1).match(/\n/g)?.length ?? 0);
}
function newAttempt(migration, kind, context, startedAt, fields = {}) {
    return {
        attemptId: (0,external_node_crypto_.randomUUID)(),
        migrationId: migration.id,
        name: migration.name,
        kind,
        checksum: migration.checksum,
        checksumAlgorithm: migration.checksumAlgorithm,
        status: 'running',
        startedAt,
        finishedAt: null,
        durationMs: null,
        statementCount: migration.statements.length,
        statementsApplied: 0,
        transactional: migration.transactional,
        error: null,
        errorStatementIndex: null,
        errorLine: null,
        outOfOrder: false,
        note: null,
        lockRetries: 0,
        ...context,
        ...fields,
    };
}
/** Engines report a lost connection (the statement may have run) as a `connection` error. */
const apply_isConnectionLoss = (error) => error instanceof src_errors/* SchemagateError */.RA && error.kind === 'connection';
class StatementFailed extends Error {
    statement;
    statementsApplied;
    original;
    lockWait;
    constructor(statement, statementsApplied, original, 
    /** The lock the statement was last seen waiting for, and who held it. */
    lockWait) {
        super((0,src_errors/* databaseMessage */.bs)(original));
        this.statement = statement;
        this.statementsApplied = statementsApplied;
        this.original = original;
        this.lockWait = lockWait;
    }
}
const gaveUpOnLock = (error) => error instanceof StatementFailed && error.original instanceof engines_engine/* DatabaseError */.a && error.original.lockNotAvailable;
/** How often a statement that is still running says so. */
const HEARTBEAT_MS = 10_000;
/**
 * Runs the migration's statements from `item.startAt`. Inside a transaction the caller retries
 * the whole transaction; outside one (`retryEach`) only a statement that gave up on its lock is
 * run again, so a completed statement never runs twice.
 */
async function runStatements(executor, item, run, options, afterEach) {
    const { migration } = item;
    for (const statement of migration.statements.slice(item.startAt)) {
        const attempt = async (lockTimeoutMs) => {
            const seen = { lockWait: null };
            // Inside a transaction the transaction bounds each statement's lock wait already.
            const own = options.retryEach && lockTimeoutMs !== undefined ? { lockTimeoutMs } : {};
            try {
                await executeWatched(executor, migration, statement, run, { options: own, lockWaitMs: lockTimeoutMs }, seen);
            }
            catch (error) {
                // Not the statement's failure: the engine's own (a journal write sent earlier in the same
                // transaction and answered only now), thrown as it is.
                if (error instanceof src_errors/* SchemagateError */.RA && error.kind !== 'connection')
                    throw error;
                throw new StatementFailed(statement, statement.index - item.startAt, error, seen.lockWait);
            }
        };
        if (options.retryEach)
            await withLockRetries(run.ddlLocks, gaveUpOnLock, attempt, run.onLockRetry);
        else
            await attempt(options.lockTimeoutMs);
        await afterEach(statement);
        run.emit({ type: 'statement', migration, statement, count: migration.statements.length });
    }
}
/** A COMMIT the database refused, as the failure of the migration's last statement: every statement had run, and the commit checked what they did. */
function refusedCommit(migration, error) {
    const last = migration.statements.at(-1);
    return error instanceof engines_engine/* DatabaseError */.a && error.atCommit && last ? new StatementFailed(last, 0, error, null) : null;
}
/** The failure of a statement that never got its lock, naming the lock and who held it. */
function lockTimeoutError(migration, error, wait, policy, atomic, line) {
    const attempts = policy.retries + 1;
    const waited = attemptLockTimeoutMs(policy, policy.retries);
    const within = waited === undefined ? '' : ` within ${waited / 1000} s`;
    const held = wait
        ? `it waited for ${describeLockWait(wait)}`
        : 'its wait ended before a second connection could see who held the lock';
    return new src_errors/* SchemagateError */.RA('lock-timeout', `${migration.file}:${line}: statement ${error.statement.index + 1} of ${migration.statements.length} could not get its lock${within}, ` +
        `${attempts} attempt${attempts === 1 ? '' : 's'}: ${held} (${(0,src_errors/* databaseMessage */.bs)(error.original)}).`, {
        location: { file: migration.file, line },
        hint: (atomic
            ? 'The migration was rolled back and recorded as failed. '
            : error.statementsApplied === 0
                ? 'No statement of it completed. '
                : 'The statements before it completed and stay applied; run again with `resume: true` (CLI: `--resume`) to continue from this one. ') +
            'Find out why the blocking session keeps its transaction open (an idle-in-transaction session, a long report or batch job), end it or run at a quieter time; ' +
            'or raise `ddl-lock-retries` (or, accepting that every query on the table queues behind the migration meanwhile, `ddl-lock-timeout`).',
        cause: error.original,
        statement: error.statement.sql,
    });
}
/** A failed statement: recorded as failed (outside any transaction) and thrown as the run's outcome, naming the statement and its line. */
async function recordFailure(engine, item, error, context, emit) {
    const { migration } = item;
    const { atomic, finished, lockRetries, lastWait, ddlLocks, backfill: batch } = context;
    const withChunk = context.rolledBack?.length
        ? ` The ${context.rolledBack.length} migration(s) before it in the same transaction (transaction-mode batch: ${context.rolledBack.map((m) => m.id).join(', ')}) were rolled back with it and are pending again.`
        : '';
    if (apply_isConnectionLoss(error.original)) {
        // The statement may have run: the attempt stays "running" (interrupted, outcome unknown)
        // so the next plan asks for a decision instead of re-running anything silently.
        const line = error.statement.line;
        throw new src_errors/* SchemagateError */.RA('connection', `${migration.file}:${line}: the connection was lost during statement ${error.statement.index + 1} of ` +
            `${migration.statements.length}; it may or may not have completed: ${(0,src_errors/* databaseMessage */.bs)(error.original)}`, {
            location: { file: migration.file, line },
            hint: atomic
                ? `The transaction did not commit; run again once the database is reachable.${withChunk}`
                : 'Once the database is reachable, check whether that statement took effect, then run with `resume: true` (CLI: `--resume`; it re-runs that statement) or record the migration with mode `baseline`.',
            cause: error.original,
            statement: error.statement.sql,
        });
    }
    // A batch is not run under the lock retries (core/backfill.ts): its lock failure is an ordinary one.
    const lockTimedOut = !batch && gaveUpOnLock(error);
    const failure = {
        migrationId: migration.id,
        file: migration.file,
        statementIndex: error.statement.index,
        line: failureLine(error.statement, error.original),
        statement: error.statement.sql,
        databaseMessage: error.message,
    };
    await engine.writeAttempt(finished({
        status: 'failed',
        statementsApplied: atomic ? 0 : error.statementsApplied,
        error: failure.databaseMessage,
        errorStatementIndex: failure.statementIndex,
        errorLine: failure.line,
        lockRetries,
        ...(batch ? batchJournalFields(batch) : {}),
    }), migration);
    emit({ type: 'migration-failed', migration, error: failure });
    if (lockTimedOut)
        throw lockTimeoutError(migration, error, error.lockWait ?? (lastWait.statement === error.statement ? lastWait.wait : null), ddlLocks, atomic, failure.line);
    const atCommit = error.original instanceof engines_engine/* DatabaseError */.a && error.original.atCommit;
    throw new src_errors/* SchemagateError */.RA('migration-failed', atCommit
        ? `${migration.file}:${failure.line}: the transaction's COMMIT, after all ${migration.statements.length} statement(s) ran, failed ` +
            `(a deferred constraint or a serialization conflict is checked there): ${failure.databaseMessage}`
        : `${migration.file}:${failure.line}: statement ${failure.statementIndex + 1} of ${migration.statements.length} failed: ${failure.databaseMessage}`, {
        location: { file: migration.file, line: failure.line },
        hint: (error.original instanceof engines_engine/* DatabaseError */.a && error.original.hint ? `${error.original.hint} ` : '') + (batch
            ? batchFailureHint(batch)
            : atomic
                ? error.original instanceof engines_engine/* DatabaseError */.a && error.original.needsNoTransaction
                    ? `This statement cannot run inside a transaction: mark ${migration.file} with ${context.noTransaction ?? '-- schemagate:no-transaction'} so it runs statement by statement. The migration was rolled back and recorded as failed.${withChunk}`
                    : `The migration was rolled back and recorded as failed; fix it and run again.${withChunk}`
                : error.statementsApplied === 0 && item.startAt === 0
                    ? 'No statement of it completed; fix it and run again.'
                    : 'The statements before it completed and stay applied; fix the failing statement and run again with `resume: true` (CLI: `--resume`), or record it with mode `baseline`.'),
        cause: error.original,
        statement: failure.statement,
    });
}
/** How a migration runs here: a batched backfill, one transaction with its journal row, or statement by statement. */
function pathOf(engine, migration) {
    if (migration.batch)
        return 'batches';
    return migration.transactional && engine.transactions ? 'transaction' : 'statements';
}
/** An attempt's first row, `running`, as applyMigration writes it before anything runs. */
function startingRow(engine, item, context, startedAt) {
    const { migration } = item;
    // A batched backfill counts on from where its last attempt stopped (core/backfill.ts).
    const batch = migration.batch ? startingProgress(item) : null;
    return newAttempt(migration, migration.kind, context, startedAt, {
        // What the next plan must know: whether this attempt rolls back as a whole if it fails.
        transactional: migration.transactional && engine.transactions !== undefined,
        outOfOrder: item.outOfOrder,
        note: item.reason !== 'resume' ? null : batch ? continuedNote(batch) : `resumed at statement ${item.startAt + 1}`,
        ...(batch ? batchJournalFields(batch) : {}),
    });
}
/** Several attempts' rows in one write where the executor has one, else one after another. */
async function apply_writeAttempts(executor, entries) {
    if (entries.length > 1 && executor.writeAttempts)
        return executor.writeAttempts(entries);
    for (const { row, migration } of entries)
        await executor.writeAttempt(row, migration);
}
/** A transaction-path migration's first attempt, as TransactionOptions.next names it. */
function firstAttempt(item, ddlLocks) {
    const lockTimeoutMs = attemptLockTimeoutMs(ddlLocks, 0);
    return { statements: item.migration.statements.slice(item.startAt), ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }) };
}
function handsOff(engine, current, next) {
    if (next === undefined)
        return false;
    const path = pathOf(engine, current);
    if (path !== pathOf(engine, next.migration))
        return false;
    return path === 'transaction' || (path === 'statements' && engine.writeAttempts !== undefined);
}
async function applyMigration(engine, item, position, options, emit, handoff = {}) {
    const { migration } = item;
    const now = options.now ?? (() => new Date());
    const ddlLocks = options.ddlLocks ?? { timeoutMs: 0, retries: 0 };
    const path = pathOf(engine, migration);
    const transactions = path === 'transaction' ? engine.transactions : undefined;
    const batch = migration.batch ? startingProgress(item) : null;
    const attempt = handoff.started ?? startingRow(engine, item, options.context, now());
    const atomic = attempt.transactional;
    const started = attempt.startedAt;
    const finished = (fields) => {
        const at = now();
        return { ...attempt, finishedAt: at, durationMs: at.getTime() - started.getTime(), ...fields };
    };
    let lockRetries = 0;
    let handedOff;
    const succeeded = () => finished({ status: 'applied', statementsApplied: migration.statements.length - item.startAt, lockRetries });
    // The last lock wait seen by an attempt, and of which statement: the last attempt may end before a look.
    const lastWait = {};
    const run = {
        emit,
        heartbeatMs: options.heartbeatMs ?? HEARTBEAT_MS,
        watch: engine.watch ? () => engine.watch() : undefined,
        ddlLocks,
        onLockRetry: ({ retry, delayMs, lockTimeoutMs, error }) => {
            lockRetries += 1;
            const failed = error;
            if (failed.lockWait)
                Object.assign(lastWait, { statement: failed.statement, wait: failed.lockWait });
            emit({ type: 'lock-retry', migration, statement: failed.statement, retry, retries: ddlLocks.retries, delayMs, lockTimeoutMs, whole: atomic, wait: failed.lockWait });
        },
    };
    emit({ type: 'migration-start', migration, ...position, startAt: item.startAt, atomic });
    try {
        // The running row is written before any statement runs and outside the transaction (the
        // engine may send it with the transaction's start): a crash leaves a visible trace.
        if (!handoff.started && path !== 'transaction')
            await engine.writeAttempt(attempt, migration);
        let runningRow = handoff.started ? undefined : { row: attempt, migration };
        const handingOff = handsOff(engine, migration, handoff.next) ? handoff.next : undefined;
        // This one's applied row, with the next migration's running row made at the same time.
        const appliedRows = () => {
            const rows = [{ row: succeeded(), migration }];
            if (!handingOff)
                return rows;
            handedOff = startingRow(engine, handingOff, options.context, now());
            return [...rows, { row: handedOff, migration: handingOff.migration }];
        };
        if (batch) {
            await runBatches(engine, item, { attempt, progress: batch, finished, fail: (statement, error) => new StatementFailed(statement, 0, error, null), reportEveryMs: run.heartbeatMs, now: () => now().getTime() }, emit);
        }
        else if (transactions) {
            // A migration that gave up on a lock is rolled back whole and run again.
            await withLockRetries(ddlLocks, gaveUpOnLock, (lockTimeoutMs) => {
                // The running row once: a retry runs the transaction again under the same attempt.
                const first = runningRow;
                runningRow = undefined;
                return transactions.transaction(async (tx) => {
                    await runStatements(tx, item, run, { retryEach: false, ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }) }, async () => { });
                    await apply_writeAttempts(tx, appliedRows());
                }, {
                    ...(first ? { started: first } : {}),
                    statements: migration.statements.slice(item.startAt),
                    ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }),
                    // The next migration's first attempt, which the engine may start behind this commit.
                    ...(handingOff ? { next: firstAttempt(handingOff, ddlLocks) } : {}),
                });
            }, run.onLockRetry);
        }
        else {
            const last = migration.statements.length - 1;
            // The last statement's completion is recorded by the applied row that follows; a kill
            // between the two leaves the attempt running with that statement in doubt, as a kill just
            // after any statement and before its progress row does: never recorded as done when not.
            await runStatements(engine, item, run, { retryEach: true }, async (statement) => {
                if (statement.index === last)
                    return;
                await engine.writeStatement({
                    attemptId: attempt.attemptId,
                    migrationId: migration.id,
                    statementIndex: statement.index,
                    statementHash: statement.hash,
                    finishedAt: now(),
                });
            });
            await apply_writeAttempts(engine, appliedRows());
        }
    }
    catch (error) {
        const failed = refusedCommit(migration, error) ?? error;
        if (!(failed instanceof StatementFailed))
            throw failed;
        return recordFailure(engine, item, failed, { atomic, finished, noTransaction: options.noTransaction, backfill: batch, lockRetries, lastWait, ddlLocks }, emit);
    }
    const durationMs = now().getTime() - started.getTime();
    emit({ type: 'migration-done', migration, durationMs });
    return {
        migrationId: migration.id,
        file: migration.file,
        kind: migration.kind,
        status: 'applied',
        durationMs,
        statementsRun: migration.statements.length - item.startAt,
        outOfOrder: item.outOfOrder,
        ...(handedOff ? { handedOff } : {}),
    };
}
/**
 * How many statements one batch transaction may hold. Each statement's locks stay held until the
 * commit, and the server's shared lock table has room for max_locks_per_transaction (64 by
 * default) \u00d7 connections: one transaction of ~1550 CREATE TABLE + CREATE INDEX migrations
 * exhausts it on a default server. 1000 statements stays well inside that.
 */
const BATCH_CHUNK_STATEMENTS = 1000;
/**
 * Pure: the pending migrations cut into the transactions of `transaction-mode: batch`, in order.
 * A chunk holds whole migrations and at most `maxStatements` statements (a larger migration is a
 * chunk of its own); a migration that runs outside a transaction, or a batched backfill (which
 * commits batch by batch), is a chunk of its own.
 */
function batchChunks(items, maxStatements) {
    const chunks = [];
    let current = [];
    let statements = 0;
    const close = () => {
        if (current.length > 0)
            chunks.push(current);
        current = [];
        statements = 0;
    };
    for (const item of items) {
        const size = item.migration.statements.length - item.startAt;
        if (!item.migration.transactional || item.migration.batch) {
            close();
            chunks.push([item]);
            continue;
        }
        if (statements + size > maxStatements)
            close();
        current.push(item);
        statements += size;
    }
    close();
    return chunks;
}
/**
 * `transaction-mode: batch`: the migrations of one chunk and their applied rows in one
 * transaction, all or none. Nothing is written before it (no running rows): a kill or a lost
 * connection rolls the whole chunk back and leaves the journal as it was, and a failing statement
 * rolls it back too, after which only the failing migration is recorded, as failed.
 */
async function applyChunk(engine, items, position, options, emit) {
    const transactions = engine.transactions;
    if (!transactions)
        throw new Error('a batch needs an engine with transactions');
    const now = options.now ?? (() => new Date());
    // One try: retrying a whole chunk for one statement's lock would run every migration in it again.
    const ddlLocks = { ...(options.ddlLocks ?? { timeoutMs: 0 }), retries: 0 };
    const lockTimeoutMs = attemptLockTimeoutMs(ddlLocks, 0);
    const run = {
        emit,
        heartbeatMs: options.heartbeatMs ?? HEARTBEAT_MS,
        watch: engine.watch ? () => engine.watch() : undefined,
        ddlLocks,
        onLockRetry: () => { },
    };
    const results = [];
    let running = null;
    try {
        await transactions.transaction(async (tx) => {
            const appliedRows = [];
            for (const [offset, item] of items.entries()) {
                const { migration } = item;
                const attempt = newAttempt(migration, migration.kind, options.context, now(), { transactional: true, outOfOrder: item.outOfOrder });
                running = { item, attempt };
                emit({ type: 'migration-start', migration, index: position.index + offset, total: position.total, startAt: item.startAt, atomic: true });
                await runStatements(tx, item, run, { retryEach: false, ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }) }, async () => { });
                const at = now();
                const durationMs = at.getTime() - attempt.startedAt.getTime();
                appliedRows.push({ row: { ...attempt, status: 'applied', finishedAt: at, durationMs, statementsApplied: migration.statements.length - item.startAt }, migration });
                results.push({ migrationId: migration.id, file: migration.file, kind: migration.kind, status: 'applied', durationMs, statementsRun: migration.statements.length - item.startAt, outOfOrder: item.outOfOrder });
            }
            // After every statement, in the same transaction: the statements were sent ahead, and a
            // journal write between them would be answered only behind all of them.
            await apply_writeAttempts(tx, appliedRows);
        }, { statements: items.flatMap((item) => item.migration.statements.slice(item.startAt)), ...(lockTimeoutMs === undefined ? {} : { lockTimeoutMs }) });
    }
    catch (error) {
        const failed = running;
        // A refused COMMIT is told as the last migration's: the message says it was the commit, and names the chunk rolled back with it.
        const statementFailed = (failed && refusedCommit(failed.item.migration, error)) ?? error;
        if (!(statementFailed instanceof StatementFailed) || !failed)
            throw statementFailed;
        const rolledBack = items.slice(0, items.indexOf(failed.item)).map((i) => i.migration);
        const finished = (fields) => {
            const at = now();
            return { ...failed.attempt, finishedAt: at, durationMs: at.getTime() - failed.attempt.startedAt.getTime(), ...fields };
        };
        return recordFailure(engine, failed.item, statementFailed, { atomic: true, finished, noTransaction: options.noTransaction, backfill: null, lockRetries: 0, lastWait: {}, ddlLocks, rolledBack }, emit);
    }
    // Applied only now that the chunk has committed.
    for (const [offset, result] of results.entries())
        emit({ type: 'migration-done', migration: items[offset].migration, durationMs: result.durationMs });
    return results;
}

;// CONCATENATED MODULE: ./src/core/journal-check.ts

/**
 * A journal row schemagate did not write (a status such as `done` set by hand, an unknown kind)
 * would otherwise fall through the planner's categories, and an applied migration could run
 * again. Such a journal is refused, naming the row and how to repair it.
 */
const STATUSES = new Set(['running', 'applied', 'failed']);
const KINDS = new Set(['versioned', 'repeatable', 'baseline']);
function checkJournal(journal, location) {
    for (const row of journal.attempts) {
        const problem = !STATUSES.has(row.status)
            ? `status "${row.status}"`
            : !KINDS.has(row.kind)
                ? `kind "${row.kind}"`
                : null;
        if (!problem)
            continue;
        throw new src_errors/* SchemagateError */.RA('refused', `The journal ${location} has a row schemagate does not write: attempt ${row.attemptId} of migration ${row.migrationId} has ${problem}.`, {
            hint: `Statuses are ${[...STATUSES].join(', ')} and kinds ${[...KINDS].join(', ')}. Restore the row (status applied if the migration ran, failed if not), ` +
                'or delete it and record the migration with mode `baseline`; edit the journal only through schemagate.',
        });
    }
    return journal;
}

;// CONCATENATED MODULE: ./src/core/history.ts




/** A replay for explaining drift runs only this many migrations; beyond, drift stays unexplained. */
const HISTORY_REPLAY_LIMIT = 200;
/**
 * The schema expected after each migration: drizzle-kit's per-migration snapshots where the folder
 * has them, otherwise the versioned migrations replayed one by one on a throwaway embedded
 * database, its schema read after each. Only asked for when verification found drift. A replay
 * that cannot run (an embedded engine missing, chDB busy with another directory, a migration
 * failing on empty) explains nothing, and says so, rather than failing the run: the drift is
 * reported either way.
 */
async function migrationHistory(set, driver, options) {
    const recorded = await snapshotHistory(set);
    if (recorded.length > 0)
        return recorded;
    const migrations = set.migrations.filter((m) => m.kind === 'versioned');
    if (migrations.length === 0 || migrations.length > HISTORY_REPLAY_LIMIT)
        return [];
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'schemagate-history-'));
    let engine = null;
    try {
        engine = await driver.open(driver.embeddedUrl(external_node_path_default().join(dir, 'db')), { ...options, journalSchema: undefined, schema: undefined, adopt: undefined, readOnly: false, log: () => { } });
        const steps = [];
        for (const migration of migrations) {
            for (const statement of migration.statements)
                await engine.execute(statement);
            steps.push({ migration, schema: { ...(await engine.introspect()), propertiesComplete: true } });
        }
        return steps;
    }
    catch (error) {
        options.log?.(`The drift is not traced to its migrations: replaying them one by one failed (${error.message}).`);
        return [];
    }
    finally {
        await engine?.close().catch(() => { });
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/plan.ts


/** The migration's checksum under the algorithm a journal row was recorded with. */
function checksumUnder(migration, algorithm) {
    return migration.checksums[algorithm] ?? null;
}
function histories(attempts) {
    const byTime = [...attempts].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const result = new Map();
    for (const row of byTime) {
        const known = result.get(row.migrationId);
        const lastApplied = row.status === 'applied' ? row : (known?.lastApplied ?? null);
        result.set(row.migrationId, { lastApplied, latest: row });
    }
    return result;
}
/** Statements completed since the migration last succeeded: the ones a resume may skip. */
function completedStatements(journal, history) {
    const since = history.lastApplied?.startedAt.getTime() ?? -Infinity;
    const attemptsSince = new Set(journal.attempts
        .filter((a) => a.migrationId === history.latest.migrationId && a.startedAt.getTime() > since)
        .map((a) => a.attemptId));
    const byIndex = new Map();
    for (const s of journal.statements) {
        if (attemptsSince.has(s.attemptId))
            byIndex.set(s.statementIndex, s);
    }
    return [...byIndex.values()].sort((a, b) => a.statementIndex - b.statementIndex);
}
function describeFailure(row) {
    const where = row.errorStatementIndex === null ? '' : ` at statement ${row.errorStatementIndex + 1}`;
    const line = row.errorLine === null ? '' : ` (line ${row.errorLine})`;
    return row.status === 'running'
        ? 'was interrupted (connection or process lost) before it finished; the statement after the completed ones may or may not have run'
        : `failed${where}${line}: ${row.error ?? 'unknown error'}`;
}
function buildPlan(migrations, journal, options) {
    const plan = { applied: [], pending: [], edited: [], missing: [], outOfOrder: [], failed: [], problems: [] };
    const history = histories(journal.attempts);
    const { adopted } = journal;
    for (const blocker of adopted?.blockers ?? []) {
        plan.problems.push({ kind: 'adopted-blocked', severity: 'error', migrationId: adopted.tool, message: blocker.message, hint: blocker.hint });
    }
    const versioned = migrations.filter((m) => m.kind === 'versioned');
    // Each migration is looked up once: the adopted journal's record and whether it counts as applied.
    const records = versioned.map((m) => adoptedMatch(m, adopted));
    const applied = versioned.map((m, i) => history.get(m.id)?.lastApplied != null || records[i] !== null);
    // A pending migration is out of order when something after it already ran, or (drizzle) when
    // its timestamp is not newer than an applied one: exactly what drizzle-kit silently skips.
    const lastAppliedIndex = applied.lastIndexOf(true);
    const newestAppliedWhen = versioned.reduce((newest, m, i) => (applied[i] ? Math.max(newest, m.drizzleWhen ?? -Infinity) : newest), -Infinity);
    versioned.forEach((migration, index) => {
        const h = history.get(migration.id);
        const record = records[index];
        if (record && adoptedDisagrees(migration, record, h, journal, plan))
            return;
        if (h?.lastApplied) {
            const current = checksumUnder(migration, h.lastApplied.checksumAlgorithm);
            if (h.lastApplied.checksum !== current) {
                plan.edited.push({ migration, row: h.lastApplied });
                plan.problems.push({
                    kind: 'edited',
                    severity: 'error',
                    migrationId: migration.id,
                    location: { file: migration.file, line: 1 },
                    message: `${migration.file} was edited after it was applied: the journal has ` +
                        `${h.lastApplied.checksumAlgorithm}:${h.lastApplied.checksum}, the file is now ` +
                        `${h.lastApplied.checksumAlgorithm}:${current ?? '(unknown algorithm)'}.`,
                    hint: 'Restore the applied text and put the change in a new migration, or, if the edit is ' +
                        'cosmetic, run mode `baseline` with a `baseline-reason` to accept the new checksum.',
                });
            }
            else {
                plan.applied.push({ migration, row: h.lastApplied, source: 'journal' });
            }
            return;
        }
        if (!h && record) {
            plan.applied.push({ migration, row: null, source: adopted.tool });
            return;
        }
        const outOfOrder = index < lastAppliedIndex ||
            (migration.drizzleWhen !== undefined && migration.drizzleWhen <= newestAppliedWhen);
        if (outOfOrder) {
            plan.outOfOrder.push(migration);
            if (!options.allowOutOfOrder) {
                const later = versioned.filter((_, i) => i > index && applied[i]).map((m) => m.file);
                plan.problems.push({
                    kind: 'out-of-order',
                    severity: 'error',
                    migrationId: migration.id,
                    location: { file: migration.file, line: 1 },
                    message: `${migration.file} is pending but ordered before already-applied ` +
                        `${later.length > 0 ? later.join(', ') : 'migrations (its drizzle `when` is older than an applied one)'}.`,
                    hint: 'Renumber it after the applied migrations, or set `allow-out-of-order: true` to apply it ' +
                        'anyway (the journal records that it was allowed).',
                });
                return;
            }
        }
        if (h && h.latest.status !== 'applied') {
            const item = retryOrResume(migration, h, journal, options, plan);
            if (item)
                plan.pending.push({ ...item, outOfOrder });
            return;
        }
        plan.pending.push({ migration, reason: 'new', outOfOrder, startAt: 0 });
    });
    for (const migration of migrations.filter((m) => m.kind === 'repeatable')) {
        const h = history.get(migration.id);
        if (h?.lastApplied && h.lastApplied.checksum === checksumUnder(migration, h.lastApplied.checksumAlgorithm) && h.latest.status === 'applied') {
            plan.applied.push({ migration, row: h.lastApplied, source: 'journal' });
        }
        else {
            if (h && h.latest.status !== 'applied') {
                plan.failed.push({ migration, row: h.latest, completed: [] });
            }
            // Repeatables are idempotent by contract, so a failed one simply runs again from the top.
            plan.pending.push({
                migration,
                reason: h?.lastApplied ? 'changed' : h ? 'retry' : 'new',
                outOfOrder: false,
                startAt: 0,
                ...(h && h.latest.status !== 'applied' ? { previous: h.latest } : {}),
            });
        }
    }
    const known = new Set(migrations.map((m) => m.id));
    for (const [id, h] of history) {
        if (known.has(id) || !h.lastApplied)
            continue;
        plan.missing.push(h.lastApplied);
        const repeatable = h.lastApplied.kind === 'repeatable';
        plan.problems.push({
            kind: repeatable ? 'missing-repeatable' : 'missing',
            severity: repeatable ? 'warning' : 'error',
            migrationId: id,
            message: `${id} (${h.lastApplied.name}) is applied in the journal but no migration file has that version.`,
            hint: repeatable
                ? 'A repeatable migration was removed; what it created stays in the database.'
                : 'Restore the file from history (a deleted or renamed migration makes environments diverge).',
        });
    }
    return plan;
}
/**
 * A migration that the adopted tool's journal and ours disagree about: the tool applied another
 * text than ours did, or applied it although our last attempt failed, or (only its record) the
 * file changed since the tool applied it. Each is a refusal naming both sides.
 */
function adoptedDisagrees(migration, record, h, journal, plan) {
    const adopted = journal.adopted;
    const where = `${adopted.tool}'s ${adopted.table}`;
    const mismatch = adoptedChecksumMismatch(migration, adopted, record);
    const ours = h?.lastApplied && h.lastApplied.checksum === checksumUnder(migration, h.lastApplied.checksumAlgorithm) ? h.lastApplied : null;
    const problem = (message, hint) => {
        plan.problems.push({ kind: 'adopted-disagrees', severity: 'error', migrationId: migration.id, location: { file: migration.file, line: 1 }, message, hint });
        return true;
    };
    if (mismatch && ours) {
        return problem(`${migration.file}: schemagate's journal (applied with ${ours.checksumAlgorithm}:${shortChecksum(ours.checksum)}, matching the file) and ` +
            `${where} (${adopted.checksum}:${mismatch.recorded}, the file is ${mismatch.now}) disagree about what was applied.`, `Find out which text ran (the other tool applied a different version of this file), then restore that text, or put the difference in a new migration.`);
    }
    if (mismatch && !h) {
        plan.applied.push({ migration, row: null, source: adopted.tool });
        return problem(`${migration.file} was edited after ${adopted.tool} applied it: ${adopted.table} records ${adopted.checksum}:${mismatch.recorded}, the file is now ${mismatch.now}.`, 'Restore the applied text and put the change in a new migration.');
    }
    if (h && !h.lastApplied) {
        return problem(`${migration.file}: schemagate's journal says its last attempt ${describeFailure(h.latest)}, but ${where} records it as applied.`, `Check which is true in the database; then record it as done with mode \`baseline\`, or remove its row from ${adopted.table} so schemagate runs it again.`);
    }
    return false;
}
/** A migration whose last attempt failed or was interrupted: retried, resumed or refused. */
function retryOrResume(migration, h, journal, options, plan) {
    const completed = h.latest.transactional ? [] : completedStatements(journal, h);
    plan.failed.push({ migration, row: h.latest, completed });
    // Safe to run again from the top: a transactional attempt rolled back as a whole, and a
    // statement-by-statement one that failed cleanly before completing anything. An interrupted
    // one ("running": the connection or the process died) may have half-run a statement.
    const clean = h.latest.transactional || (completed.length === 0 && h.latest.status === 'failed');
    // A batched backfill commits each batch with its progress: it continues, whatever stopped it.
    if (clean)
        return { migration, reason: migration.batch && h.latest.rowsDone ? 'resume' : 'retry', startAt: 0, previous: h.latest };
    const failedAt = { file: migration.file, line: migration.statements[completed.length]?.line ?? 1 };
    if (!options.resume) {
        plan.problems.push({
            kind: 'failed-partial',
            severity: 'error',
            migrationId: migration.id,
            location: failedAt,
            message: `${migration.file} ${describeFailure(h.latest)}; ${completed.length === 0 ? 'no statement' : `statements 1-${completed.length}`} of ` +
                `${h.latest.statementCount} completed and were not rolled back.`,
            hint: 'Fix the file after the completed statements, then re-run with `resume: true` (CLI: `--resume`; completed ' +
                'statements are skipped while unchanged), or record it as done with mode `baseline`.',
        });
        return null;
    }
    for (const done of completed) {
        const now = migration.statements[done.statementIndex];
        if (now?.hash !== done.statementHash) {
            plan.problems.push({
                kind: 'resume-mismatch',
                severity: 'error',
                migrationId: migration.id,
                location: { file: migration.file, line: now?.line ?? 1 },
                message: `${migration.file}: statement ${done.statementIndex + 1} already ran (hash ` +
                    `${shortChecksum(done.statementHash)}) but the file now ${now ? `has ${shortChecksum(now.hash)}` : 'lacks it'}; ` +
                    'resuming would skip a statement that differs from what ran.',
                hint: 'Restore the completed statements exactly and change only the failed one onwards, or use mode `baseline`.',
            });
            return null;
        }
    }
    return { migration, reason: 'resume', startAt: completed.length, previous: h.latest };
}
const hasErrors = (plan) => plan.problems.some((p) => p.severity === 'error');

;// CONCATENATED MODULE: ./src/core/promotion.ts


function promotionGate(pending, earlier) {
    const history = histories(earlier.attempts);
    return pending.map(({ migration }) => {
        const h = history.get(migration.id);
        const applied = h?.lastApplied ?? null;
        const record = h || !earlier.adopted ? null : adoptedMatch(migration, earlier.adopted);
        let state;
        if (applied && applied.checksum === checksumUnder(migration, applied.checksumAlgorithm))
            state = 'applied';
        else if (record)
            state = adoptedChecksumMismatch(migration, earlier.adopted, record) ? 'checksum-differs' : 'applied';
        else if (applied)
            state = 'checksum-differs';
        else if (h)
            state = 'failed';
        else
            state = 'not-applied';
        return {
            migrationId: migration.id,
            file: migration.file,
            checksum: migration.checksum,
            earlier: state,
            earlierChecksum: applied?.checksum ?? null,
        };
    });
}
const gateBlocks = (rows) => rows.filter((r) => r.earlier !== 'applied');

// EXTERNAL MODULE: ./src/safety/rules.ts
var rules = __nccwpck_require__(6641);
// EXTERNAL MODULE: ./src/safety/finding.ts
var safety_finding = __nccwpck_require__(2815);
// EXTERNAL MODULE: ./src/safety/suppression.ts
var suppression = __nccwpck_require__(8265);
;// CONCATENATED MODULE: ./src/safety/observation.ts


/** Postgres's lock modes, weakest first (the table in the docs' "Explicit Locking"). */
const LOCK_MODES = [
    'AccessShareLock',
    'RowShareLock',
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
];
const strength = (mode) => LOCK_MODES.indexOf(mode);
/** `AccessExclusiveLock` \u2192 `ACCESS EXCLUSIVE`, as the documentation and the rules name it. */
const lockName = (mode) => mode.replace(/Lock$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
/** What each lock or rewrite rule claims the statement does to its table. */
const PREDICTIONS = {
    'require-concurrent-index-creation': { lock: 'ShareLock' },
    'constraint-missing-not-valid': { lock: 'AccessExclusiveLock' },
    'adding-foreign-key-constraint': { lock: 'ShareRowExclusiveLock' },
    'adding-not-nullable-field': { lock: 'AccessExclusiveLock' },
    'adding-field-with-default': { lock: 'AccessExclusiveLock', rewrite: true },
    'stored-generated-column': { lock: 'AccessExclusiveLock', rewrite: true },
    'changing-column-type': { lock: 'AccessExclusiveLock', rewrite: true },
    'disallowed-unique-constraint': { lock: 'AccessExclusiveLock' },
    'adding-serial-primary-key-field': { lock: 'AccessExclusiveLock' },
    'ban-truncate': { lock: 'AccessExclusiveLock' },
    'observed-rewrite': { lock: 'AccessExclusiveLock', rewrite: true },
    'observed-access-exclusive': { lock: 'AccessExclusiveLock' },
};
function strongest(locks, table) {
    let best = null;
    for (const lock of locks)
        if (lock.table === table && (best === null || strength(lock.mode) > strength(best)))
            best = lock.mode;
    return best;
}
function effectOn(observation, table) {
    const mode = strongest(observation.acquired, table) ?? strongest(observation.held, table);
    return { lock: mode && lockName(mode), rewrite: observation.rewritten.includes(table), source: observation.source };
}
/** The observation of the statement a finding is about: same file, same text, starting at or above the finding's line. */
function observationOf(finding, observations) {
    let found;
    for (const o of observations) {
        if (o.migration.file === finding.file && o.statement.sql === finding.statement && o.statement.line <= finding.line) {
            // The rehearsal ran on the target's real tables: it outranks the replay.
            if (!found || o.source === 'rehearsal')
                found = o;
        }
    }
    return found;
}
function contradicts(finding, observation) {
    const prediction = PREDICTIONS[finding.rule];
    const table = finding.table;
    if (!prediction || !table)
        return false;
    if (prediction.rewrite && !observation.rewritten.includes(table))
        return true;
    const held = strongest(observation.held, table);
    return held === null || strength(held) < strength(prediction.lock);
}
/**
 * `observations` are those of the pending statements; `existed(table)` says whether a table was
 * there before the pending migrations (a new table is empty: locking it harms nobody).
 */
function reconcile(findings, observations, existed) {
    const kept = [];
    const contradicted = [];
    for (const finding of findings) {
        const observation = finding.table ? observationOf(finding, observations) : undefined;
        // A statement that did not touch the finding's table (or a name the rule could not resolve)
        // says nothing about the finding: it is kept as the rule stated it.
        if (!observation || !observation.held.some((l) => l.table === finding.table)) {
            kept.push(finding);
            continue;
        }
        const observed = { ...finding, observed: effectOn(observation, finding.table) };
        (contradicts(finding, observation) ? contradicted : kept).push(observed);
    }
    const unpredicted = observations.flatMap((o) => unpredictedFindings(o, kept, existed));
    return { findings: [...kept, ...unpredicted], contradicted };
}
function predicted(findings, observation, table, what) {
    return findings.some((f) => {
        const prediction = PREDICTIONS[f.rule];
        if (!prediction || f.table !== table || observationOf(f, [observation]) !== observation)
            return false;
        return what === 'rewrite' ? prediction.rewrite === true : prediction.lock === 'AccessExclusiveLock';
    });
}
function unpredictedFindings(observation, findings, existed) {
    const { migration, statement } = observation;
    const found = [];
    const exclusive = new Set(observation.acquired.filter((l) => l.mode === 'AccessExclusiveLock').map((l) => l.table));
    for (const table of new Set([...observation.rewritten, ...exclusive])) {
        if (!existed(table))
            continue;
        const rewrite = observation.rewritten.includes(table);
        if (rewrite ? predicted(findings, observation, table, 'rewrite') : predicted(findings, observation, table, 'lock'))
            continue;
        const finding = (0,safety_finding/* toFinding */.N)(migration, statement, {
            rule: rewrite ? 'observed-rewrite' : 'observed-access-exclusive',
            table,
            message: rewrite
                ? `Running this statement rewrote ${table} (its file changed) under an ACCESS EXCLUSIVE lock; no rule predicted it.`
                : `Running this statement took an ACCESS EXCLUSIVE lock on ${table}; no rule predicted it.`,
        });
        found.push({ ...finding, observed: effectOn(observation, table) });
    }
    if (found.length === 0)
        return [];
    return (0,suppression/* applyWaivers */.Kw)(found, [...(0,suppression/* statementWaivers */.Rb)(migration, statement).waivers, ...(0,suppression/* fileWaivers */.S_)(migration)]);
}

;// CONCATENATED MODULE: ./src/safety/index.ts
/**
 * Safety analysis of migrations before they run: rule findings with file:line, why and fix. The
 * rules themselves are the dialect's (dialects/<name>/safety.ts); this runs them in apply order.
 *
 *   const findings = await analyzeMigrations(pending, existingTables, driver.dialect);
 *   const failing = findings.filter((f) => f.severity === 'error' && !f.suppressed);
 */



/**
 * Analyses pending migrations in apply order. A table created by one of them is new for the
 * ones after it, so indexing, altering or filling it there raises no lock finding.
 */
async function analyzeMigrations(migrations, existingTables, dialect, options = {}) {
    return (await analyzePending(migrations, existingTables, dialect, options)).findings;
}
/** As analyzeMigrations, and also the tables the migrations create (empty, so free to lock). */
async function analyzePending(migrations, existingTables, dialect, options = {}) {
    let newTables = new Set();
    if (migrations.length === 0)
        return { findings: [], newTables };
    const analyze = await dialect.safetyRules();
    const findings = [];
    for (const migration of migrations) {
        const context = { ...options, existingTables, newTables };
        const analysis = analyze(migration, context);
        findings.push(...analysis.findings);
        newTables = analysis.newTables;
    }
    return { findings, newTables };
}

;// CONCATENATED MODULE: ./src/core/safety.ts



/** A rehearsal waits this long for a lock, then fails: it must never queue the target's traffic. */
const REHEARSAL_LOCK_TIMEOUT_MS = 2_000;
/** The rehearsal's statement timeout when `statement-timeout` is not set. */
const REHEARSAL_STATEMENT_TIMEOUT_MS = 30_000;
/** Collects an engine's statement observations, mapped back to their migrations. */
function observationLog(migrations, source) {
    // Built at the first observation: only a replay observes, and a run without one need not map every statement.
    let owners;
    const observations = [];
    return {
        observations,
        observe: (statement, effects) => {
            owners ??= new Map(migrations.flatMap((m) => m.statements.map((s) => [s, m])));
            const migration = owners.get(statement);
            if (migration)
                observations.push({ ...effects, migration, statement, source });
        },
    };
}
/**
 * `engine` is the target (null for a replay-only preview: everything is pending, so every table
 * is new). `observed` are the replay's observations of every migration.
 */
async function assessSafety(engine, dialect, pending, options, observed) {
    // Nothing pending, nothing to judge: a no-op run spends no catalog read.
    const catalog = engine?.tables && pending.length > 0 ? await engine.tables() : null;
    const { findings, newTables } = await analyzePending(pending, catalog?.tables ?? new Set(), dialect, {
        ...(catalog ? { defaultSchema: catalog.defaultSchema } : {}),
        ...(options.cluster ? { cluster: options.cluster } : {}),
    });
    const rehearsalLog = observationLog(pending, 'rehearsal');
    const rehearsal = !options.rehearse
        ? null
        : engine?.rehearse
            ? await rehearse(engine, pending, options, rehearsalLog.observe)
            : unavailable(pending, engine ? `${engine.kind} cannot roll back DDL` : 'there is no database-url to rehearse on');
    const pendingSet = new Set(pending);
    const observations = [...observed.filter((o) => pendingSet.has(o.migration)), ...rehearsalLog.observations];
    const existed = (table) => (catalog?.tables.has(table) ?? false) && !newTables.has(table);
    const reconciled = reconcile(findings, observations, existed);
    const sizes = engine?.tableSizes ? await engine.tableSizes(tablesOf(reconciled.findings)) : null;
    return {
        lint: options.lint,
        largeTableRows: options.largeTableRows,
        sized: sizes !== null,
        observedBy: [...new Set(observations.map((o) => o.source))],
        findings: sizes ? sizeFindings(reconciled.findings, sizes, options.largeTableRows) : reconciled.findings,
        contradicted: reconciled.contradicted,
        rehearsal,
    };
}
/**
 * Runs the pending migrations on the target in one transaction that the engine always rolls
 * back. A no-transaction migration cannot run inside it, and the ones after it depend on it.
 */
async function rehearse(engine, pending, options, observe) {
    const stop = pending.findIndex((m) => !m.transactional);
    const runnable = stop < 0 ? pending : pending.slice(0, stop);
    const skipped = stop < 0 ? [] : pending.slice(stop).map((m, i) => ({
        file: m.file,
        reason: i === 0 ? 'marked `-- schemagate:no-transaction`: it cannot run inside the rehearsal transaction' : `runs after ${pending[stop].file}, which cannot be rehearsed`,
    }));
    const base = { rehearsed: runnable.map((m) => m.file), skipped };
    const timeouts = { lockTimeoutMs: REHEARSAL_LOCK_TIMEOUT_MS, statementTimeoutMs: options.statementTimeoutMs, observe };
    return engine.rehearse(timeouts, async (tx) => {
        for (const migration of runnable) {
            for (const statement of migration.statements) {
                try {
                    await tx.execute(statement);
                }
                catch (error) {
                    if (error instanceof src_errors/* SchemagateError */.RA)
                        throw error;
                    const failure = { file: migration.file, line: failureLine(statement, error), statement: statement.sql, message: (0,src_errors/* databaseMessage */.bs)(error) };
                    return { ...base, status: 'failed', failure, verification: null };
                }
            }
        }
        // Verified only when everything ran: a partial schema would differ for the skipped files' sake.
        const verification = options.verify && skipped.length === 0 ? await options.verify(tx) : null;
        const drift = verification?.differences.some((d) => d.severity === 'error') ?? false;
        return { ...base, status: drift ? 'drift' : 'clean', failure: null, verification };
    });
}
/** A rehearsal that was asked for and cannot happen says so, file by file: never a silent pass. */
function unavailable(pending, reason) {
    return { status: 'unavailable', rehearsed: [], skipped: pending.map((m) => ({ file: m.file, reason })), failure: null, verification: null };
}
/** What fails the run: a failed or drifting rehearsal (the database's word), then the rules' errors. */
function safetyFailure(report) {
    const rehearsal = report.rehearsal;
    if (rehearsal?.failure) {
        const { file, line, statement, message } = rehearsal.failure;
        return new src_errors/* SchemagateError */.RA('migration-failed', `Rehearsal on the target (rolled back): ${file}:${line}: ${message}`, {
            location: { file, line },
            statement,
            hint: 'The statement fails on the target\'s data; nothing was changed there. Fix the migration (or the data) before applying.',
        });
    }
    if (rehearsal?.status === 'drift') {
        const errors = rehearsal.verification.differences.filter((d) => d.severity === 'error');
        return new src_errors/* SchemagateError */.RA('drift', `Rehearsal on the target (rolled back): ${errors.length} difference(s) from ${rehearsal.verification.snapshot}`, {
            hint: 'The pending migrations applied to the target do not produce the snapshot; see the summary.',
        });
    }
    const blocking = blockingFindings(report.findings, report.lint);
    if (blocking.length === 0)
        return null;
    const first = blocking[0];
    return new src_errors/* SchemagateError */.RA('unsafe', `${blocking.length} unsafe statement${blocking.length === 1 ? '' : 's'}; first: ${first.file}:${first.line} ${first.rule}${first.table ? ` on ${first.table}` : ''}`, {
        location: { file: first.file, line: first.line },
        hint: `${first.fix} Or waive it with \`-- schemagate:allow ${first.rule} <reason>\` above the statement; \`lint: warn\` reports without failing.`,
    });
}

;// CONCATENATED MODULE: ./src/core/run.ts






















/**
 * The engine-agnostic core that both shells call: one function per mode, each returning the
 * parts of an Outcome that the reporters render. Failures become an Outcome too, so a failed run
 * still writes its summary, outputs and annotations.
 */
const relative = (cwd, file) => external_node_path_default().relative(cwd, file).split((external_node_path_default()).sep).join('/') || '.';
/** A snapshot input may name a file or a drizzle folder (its latest meta/NNNN_snapshot.json). */
function resolveSnapshotFile(sources, set) {
    const candidate = sources.snapshot ?? set?.snapshotPath ?? null;
    if (candidate && (0,external_node_fs_.existsSync)(candidate) && (0,external_node_fs_.statSync)(candidate).isDirectory()) {
        const meta = (0,external_node_fs_.existsSync)(external_node_path_default().join(candidate, 'meta')) ? external_node_path_default().join(candidate, 'meta') : candidate;
        const latest = latestSnapshot(meta);
        if (!latest)
            throw new src_errors/* SchemagateError */.RA('config', `No NNNN_snapshot.json in ${relative(sources.cwd, meta)}.`, { hint: 'Point `snapshot` at a snapshot file or a drizzle migrations folder.' });
        return latest;
    }
    if (candidate)
        return candidate;
    const own = external_node_path_default().join(sources.migrations, 'schemagate.snapshot.json');
    return (0,external_node_fs_.existsSync)(own) ? own : null;
}
/**
 * Who holds the lock, as a waiting run will see it. Postgres keeps only 63 characters of an
 * application name, so a workflow run is named `owner/repo run N` rather than by its URL.
 */
function ownerName(runUrl, host = external_node_os_default().hostname(), pid = process.pid) {
    const run = runUrl ? (/\/([^/]+\/[^/]+)\/actions\/runs\/(\d+)/.exec(runUrl)?.slice(1).join(' run ') ?? runUrl) : 'local';
    return `schemagate ${run} on ${host} pid ${pid}`;
}
/**
 * The migrations folder, each migration and the snapshot must be files of the workspace once
 * symlinks are followed: otherwise a pull request could make a preview read (and print, through
 * the database's syntax error) any file of the runner.
 */
/**
 * Checks that files resolve inside the workspace after following symlinks. The workspace's own
 * real path is read once, and a file's with one realpath(3) call (the native one: the
 * JavaScript realpath stats every component of every path).
 */
function workspaceGuard(cwd) {
    const root = external_node_fs_.realpathSync.native(cwd);
    const inside = (real) => real === root || real.startsWith(`${root}${(external_node_path_default()).sep}`);
    const real = (p) => {
        try {
            return external_node_fs_.realpathSync.native(p);
        }
        catch {
            return null; // missing: the loader that reads it says so
        }
    };
    const file = (file, what) => {
        const resolved = real(file);
        if (resolved === null || inside(resolved))
            return;
        throw new src_errors/* SchemagateError */.RA('config', `${what} ${relative(cwd, file)} resolves to ${resolved}, outside the workspace ${root}.`, {
            location: { file: relative(cwd, file) },
            hint: 'Keep migrations and snapshots inside the repository (the `working-directory`, or the current directory for the CLI); replace a symlink to a file elsewhere with the file itself.',
        });
    };
    /**
     * A file the folder's listing showed as no symlink resolves where the folder does: only the
     * folder, the symlinks and the files in sub-folders are resolved (a realpath per file cost a
     * folder of 10 000 migrations 40 ms on every run).
     */
    const migrations = (set) => {
        const folder = set.symlinks ? real(set.root) : null;
        const listed = folder !== null && inside(folder) ? new Set(set.symlinks) : null;
        for (const { path: p } of set.migrations) {
            if (listed && external_node_path_default().dirname(p) === set.root && !listed.has(p))
                continue;
            file(p, 'The migration');
        }
    };
    return { file, migrations };
}
async function prepare(settings) {
    const { sources } = settings;
    const assertInsideWorkspace = workspaceGuard(sources.cwd);
    assertInsideWorkspace.file(sources.migrations, 'The migrations folder');
    if (sources.snapshot)
        assertInsideWorkspace.file(sources.snapshot, 'The snapshot');
    const { databaseUrl, engine } = settings.target;
    const driver = databaseUrl ? driverFor(databaseUrl) : engine ? driverForKind(engine) : inferDriver(sources.migrations);
    const { adopt } = settings.journal;
    if (adopt !== 'auto' && adopt !== 'none' && !driver.adoptTools.includes(adopt)) {
        throw new src_errors/* SchemagateError */.RA('config', `\`adopt: ${adopt}\` is not a journal schemagate reads on ${driver.kind}.`, {
            hint: `On ${driver.kind}, set \`adopt\` to auto, none or one of: ${driver.adoptTools.join(', ')}.`,
        });
    }
    const needsMigrations = settings.mode !== 'snapshot' && settings.mode !== 'verify';
    const set = needsMigrations || (0,external_node_fs_.existsSync)(sources.migrations)
        ? loadMigrations(sources.migrations, { dialect: driver.dialect, cwd: sources.cwd, checksum: sources.checksum, format: sources.format })
        : null;
    if (set)
        assertInsideWorkspace.migrations(set);
    const snapshotFile = settings.mode === 'snapshot' ? null : resolveSnapshotFile(sources, set);
    if (snapshotFile)
        assertInsideWorkspace.file(snapshotFile, 'The snapshot');
    const expected = snapshotFile ? await readExpectedSnapshot(snapshotFile, relative(sources.cwd, snapshotFile)) : null;
    if (expected && expected.schema.engine !== driver.kind) {
        throw new src_errors/* SchemagateError */.RA('config', `Snapshot ${expected.file} describes a ${expected.schema.engine} database, but the target is ${driver.kind}.`, {
            location: { file: expected.file, line: 1 },
            hint: 'Point `snapshot` at a snapshot written from this engine (mode `snapshot`).',
        });
    }
    if (settings.mode === 'apply' && settings.apply.verify && settings.apply.requireSnapshot && !expected) {
        throw new src_errors/* SchemagateError */.RA('config', `Mode \`apply\` found no snapshot to verify against (looked for ${relative(sources.cwd, sources.snapshot ?? external_node_path_default().join(sources.migrations, 'schemagate.snapshot.json'))}), and \`require-snapshot\` is true.`, {
            hint: 'Write a snapshot with mode `snapshot` (or point `snapshot` at one), or set `require-snapshot: false` to apply unverified with a warning.',
        });
    }
    if (settings.mode === 'verify' && !expected) {
        throw new src_errors/* SchemagateError */.RA('config', 'Mode `verify` needs an expected snapshot and none was found.', {
            hint: 'Set `snapshot` to a schemagate snapshot (write one with mode `snapshot`) or to a drizzle migrations folder.',
        });
    }
    return { driver, set, expected };
}
/** Without a URL (a replay-only preview) only a drizzle folder says which engine it is for. */
function inferDriver(migrations) {
    if (isDrizzleFolder(migrations))
        return driverForDialect(DRIZZLE_DIALECT);
    throw new src_errors/* SchemagateError */.RA('config', 'Without `database-url`, schemagate cannot tell which engine the migrations are for.', {
        hint: 'Set `engine` to postgres or clickhouse.',
    });
}
/**
 * `adopt` chooses the journal; the older `drizzle-journal` input keeps its meaning: drizzle's
 * journal is adopted and written for drizzle folders (auto) or always (true), never (false).
 */
function adoptOptions(settings, layout) {
    const { adopt, adoptWrite, drizzle, drizzleTable } = settings.journal;
    const drizzleByAlias = adopt === 'auto' && (drizzle === 'true' || (drizzle === 'auto' && layout === 'drizzle'));
    const tables = { drizzle: drizzleTable };
    if (drizzleByAlias)
        return { tool: 'drizzle', write: true, tables };
    return { tool: adopt, write: adoptWrite, tables, ...(drizzle === 'false' ? { skip: ['drizzle'] } : {}) };
}
function engineOptions(settings, prepared, emit) {
    const { dialect } = prepared.driver;
    const extensions = () => [...new Set(prepared.set?.migrations.flatMap((m) => m.statements.flatMap((s) => dialect.extensionCreated?.(s.sql) ?? [])) ?? [])];
    return {
        journalSchema: settings.journal.schema,
        journalTable: settings.journal.table,
        statementTimeoutMs: settings.apply.statementTimeoutMs,
        rebuildInvalidIndexes: settings.apply.rebuildInvalidIndexes,
        clientName: ownerName(settings.run.runUrl),
        connectRetries: settings.apply.connectRetries,
        adopt: adoptOptions(settings, prepared.set?.layout ?? null),
        log: (message) => emit({ type: 'engine-notice', message }),
        clickhouse: settings.clickhouse,
        readOnly: settings.mode === 'plan' || settings.mode === 'verify',
        openWaitMs: settings.apply.lockTimeoutMs,
        extensions,
        ...(settings.target.schema ? { schema: settings.target.schema } : {}),
    };
}
function refusal(plan) {
    const errors = plan.problems.filter((p) => p.severity === 'error');
    const first = errors[0];
    return new src_errors/* SchemagateError */.RA('refused', errors.length === 1 ? first.message : `${errors.length} problems block this plan; first: ${first.message}`, { ...(first.location ? { location: first.location } : {}), hint: first.hint });
}
function withinBaseline(migration, to) {
    if (to === null)
        return true;
    const limit = parseVersion(to);
    if (!limit)
        throw new src_errors/* SchemagateError */.RA('config', `\`baseline-to\` must be a version (digits, parts separated by . or _), got "${to}".`);
    return migration.kind === 'versioned' && compareVersions(migration.order, limit) <= 0;
}
async function baseline(engine, run, plan) {
    const reason = run.baseline.reason ?? 'baseline recorded by schemagate';
    const targets = new Map();
    for (const item of plan.pending)
        targets.set(item.migration.id, { migration: item.migration, note: reason });
    for (const item of plan.edited) {
        targets.set(item.migration.id, {
            migration: item.migration,
            note: `${reason}; accepted edited checksum (was ${item.row.checksumAlgorithm}:${item.row.checksum})`,
        });
    }
    for (const item of plan.failed) {
        if (item.migration)
            targets.set(item.migration.id, { migration: item.migration, note: `${reason}; marked done after a failed attempt` });
    }
    const results = [];
    for (const { migration, note } of targets.values()) {
        if (!withinBaseline(migration, run.baseline.to))
            continue;
        const now = new Date();
        const outOfOrder = plan.outOfOrder.includes(migration);
        await engine.writeAttempt(newAttempt(migration, 'baseline', run.context, now, { status: 'applied', finishedAt: now, durationMs: 0, note, outOfOrder }), migration);
        results.push({ migrationId: migration.id, file: migration.file, kind: 'baseline', status: 'baselined', durationMs: 0, statementsRun: 0, outOfOrder });
    }
    return results;
}
/** Applies the plan's pending migrations in order; a failure carries what was applied before it. */
async function applyPending(engine, run, plan, emit) {
    const applied = [];
    const options = { context: run.context, ddlLocks: run.ddlLocks, ...(run.noTransaction ? { noTransaction: run.noTransaction } : {}) };
    const total = plan.pending.length;
    // Per migration, each migration is a chunk of its own.
    const chunks = run.batch ? batchChunks(plan.pending, run.batch.chunkStatements) : plan.pending.map((item) => [item]);
    let index = 0;
    // The running row the previous migration wrote with its applied row (core/apply.ts Handoff).
    let started;
    // A lone migration that batch mode would not put in a transaction (no-transaction, backfill) runs as usual.
    const inChunk = (chunk) => run.batch !== null && chunk !== undefined && chunk.every((item) => item.migration.transactional && !item.migration.batch);
    for (const [c, chunk] of chunks.entries()) {
        try {
            if (!inChunk(chunk)) {
                // A batch chunk writes no running rows: nothing is handed to it.
                const next = inChunk(chunks[c + 1]) ? undefined : chunks[c + 1]?.[0];
                const { handedOff, ...result } = await applyMigration(engine, chunk[0], { index, total }, options, emit, { ...(started ? { started } : {}), ...(next ? { next } : {}) });
                applied.push(result);
                started = handedOff;
            }
            else
                applied.push(...(await applyChunk(engine, chunk, { index, total }, options, emit)));
        }
        catch (error) {
            // A failing chunk applied nothing: the failed migration is the one its error names.
            const failedFile = error instanceof src_errors/* SchemagateError */.RA ? error.location?.file : undefined;
            const { migration, outOfOrder } = chunk.find((item) => item.migration.file === failedFile) ?? chunk[0];
            applied.push({ migrationId: migration.id, file: migration.file, kind: migration.kind, status: 'failed', durationMs: 0, statementsRun: 0, outOfOrder });
            throw new PartialFailure({ ...NO_PARTS, plan, applied }, error);
        }
        index += chunk.length;
    }
    return applied;
}
/** Reads the earlier environment's journal (read-only) and refuses what it has not applied. */
async function checkPromotion(run, prepared, plan, emit) {
    const promotion = run.promotion;
    const driver = driverFor(promotion.databaseUrl);
    if (driver.kind !== prepared.driver.kind) {
        throw new src_errors/* SchemagateError */.RA('config', `\`promotion-database-url\` is a ${driver.kind} database but the target is ${prepared.driver.kind}.`);
    }
    const earlier = await driver.open(promotion.databaseUrl, { ...run.engineOptions, readOnly: true });
    let journal;
    try {
        journal = checkJournal(await earlier.readJournal(), `of ${promotion.environment}`);
    }
    finally {
        await earlier.close().catch(() => { });
    }
    const rows = promotionGate(plan.pending, journal);
    const result = { environment: promotion.environment, rows };
    const blocked = gateBlocks(rows);
    if (blocked.length > 0) {
        const first = blocked[0];
        throw new PartialFailure({ ...NO_PARTS, plan, promotion: result }, new src_errors/* SchemagateError */.RA('promotion', `${blocked.map((r) => r.file).join(', ')} ${blocked.length === 1 ? 'has' : 'have'} not been applied successfully to ${promotion.environment} with the same checksum (${first.file}: ${first.earlier}).`, { location: { file: first.file, line: 1 }, hint: `Apply to ${promotion.environment} first; this environment only receives what ${promotion.environment} already runs.` }));
    }
    emit({ type: 'promotion-passed', environment: promotion.environment, count: rows.length });
    return result;
}
/** The safety report of the plan's pending migrations; throws it with the failure when it fails the run. */
async function checkSafety(engine, run, prepared, plan, promotion) {
    if (!run.safety)
        return null;
    const pending = plan.pending.map((p) => p.migration);
    const safety = await assessSafety(engine, prepared.driver.dialect, pending, run.safety, run.safety.observed);
    const failure = safetyFailure(safety);
    if (failure)
        throw new PartialFailure({ ...NO_PARTS, plan, promotion, safety }, failure);
    return safety;
}
/** The live schema against the snapshot, each difference located in the snapshot file. */
async function compare(engine, expected, failOnExtra, schema) {
    const live = await engine.introspect();
    const actual = schema ? scopeToSchema(live, schema, expected.schema) : live;
    const differences = diffSchemas(expected.schema, actual, { failOnExtra }).map((d) => ({ ...d, line: expected.locate(d.object) }));
    return { verification: { snapshot: expected.file, differences, objectsChecked: expected.schema.tables.length }, actual };
}
/** Compares; on drift, names the migration behind each difference (see core/history.ts). */
async function verify(engine, run, prepared) {
    const expected = prepared.expected;
    const { verification, actual } = await compare(engine, expected, run.failOnExtra, run.schema);
    let { differences } = verification;
    const history = differences.some((d) => d.severity === 'error') && prepared.set ? await migrationHistory(prepared.set, prepared.driver, run.engineOptions) : [];
    if (history.length > 0)
        differences = explainDrift(differences, history, actual, await engine.readJournal());
    return { snapshot: expected.file, differences, objectsChecked: expected.schema.tables.length };
}
/** Plans, and throws the refusal with the plan when it has errors. */
function acceptedPlan(engine, migrations, journal, options) {
    const plan = buildPlan(migrations, journal, options);
    if (hasErrors(plan))
        throw new PartialFailure({ ...NO_PARTS, plan }, refusal(plan));
    try {
        refuseUnbatchable(engine, plan.pending.map((p) => p.migration));
    }
    catch (error) {
        throw new PartialFailure({ ...NO_PARTS, plan }, error);
    }
    return plan;
}
async function runOnTarget(engine, run, prepared, emit) {
    const { set, expected } = prepared;
    switch (run.mode) {
        case 'plan': {
            const plan = acceptedPlan(engine, set.migrations, checkJournal(await engine.readJournal(), engine.journalLocation), run.planOptions);
            const promotion = run.promotion ? await checkPromotion(run, prepared, plan, emit) : null;
            return { ...NO_PARTS, plan, promotion, safety: await checkSafety(engine, run, prepared, plan, promotion) };
        }
        case 'verify':
            return { ...NO_PARTS, verification: await verify(engine, run, prepared) };
        case 'snapshot': {
            writeSnapshot(run.snapshotFile, await engine.introspect());
            return { ...NO_PARTS, snapshotWritten: relative(run.cwd, run.snapshotFile) };
        }
        case 'apply':
        case 'baseline': {
            if (run.mode === 'apply' && run.batch && !engine.transactions) {
                throw new src_errors/* SchemagateError */.RA('config', `Input \`transaction-mode\` is batch, but ${engine.kind} has no transactions to put a batch in.`, {
                    hint: 'Remove `transaction-mode` (or set it to per-migration): migrations then run statement by statement, each statement journaled.',
                });
            }
            const lock = await engine.acquireLock({
                owner: ownerName(run.context.runUrl),
                timeoutMs: run.lockTimeoutMs,
                onWait: (holder) => emit({ type: 'lock-waiting', holder }),
            });
            try {
                // Planned under the lock: a run that waited sees what the previous holder applied. The
                // journal is created only once the plan is accepted: a refused run changes nothing.
                const journal = checkJournal(await engine.readJournal(), engine.journalLocation);
                if (run.mode === 'baseline') {
                    const plan = buildPlan(set.migrations, journal, { allowOutOfOrder: true, resume: false });
                    await engine.ensureJournal();
                    return { ...NO_PARTS, plan, applied: await baseline(engine, run, plan) };
                }
                const plan = acceptedPlan(engine, set.migrations, journal, run.planOptions);
                const promotion = run.promotion ? await checkPromotion(run, prepared, plan, emit) : null;
                // Before the journal exists or anything runs: an unsafe set is refused untouched.
                const safety = await checkSafety(engine, { ...run, safety: run.safety && { ...run.safety, rehearse: false } }, prepared, plan, promotion);
                await engine.ensureJournal();
                const applied = await applyPending(engine, run, plan, emit);
                const verification = expected && run.verifyAfterApply ? await verify(engine, run, prepared) : null;
                return { ...NO_PARTS, plan, promotion, safety, applied, verification, unverified: expected || !run.verifyAfterApply ? null : noSnapshot(run) };
            }
            finally {
                await lock.release().catch(() => { });
            }
        }
    }
}
function noSnapshot(run) {
    return `Not verified: no snapshot found (looked for ${relative(run.cwd, run.snapshotFile)}), so nothing shows the live schema is what the migrations should build. Write one with mode \`snapshot\` or set \`snapshot\`; \`require-snapshot: true\` makes this an error.`;
}
/** Opens the database, runs the pass, and turns whatever happens into parts and an error. */
async function runOn(driver, url, run, prepared, emit) {
    let engine = null;
    // The safety rules start loading (the Postgres parser's glue and WASM) before the connection
    // opens: postgres.js opens its socket from a timer, so the loading runs first and the connection
    // then overlaps the rest of it. A failure to load is reported where the rules are used.
    if (run.safety)
        driver.dialect.safetyRules().catch(() => { });
    try {
        engine = await driver.open(url, run.engineOptions);
        emit({ type: 'connected', target: displayUrl(url), engine: driver.kind });
        const parts = await runOnTarget(engine, run, prepared, emit);
        return { parts, error: driftError(parts.verification) };
    }
    catch (error) {
        if (error instanceof PartialFailure)
            return { parts: error.parts, error: failureOf(error.failure) };
        return { parts: NO_PARTS, error: failureOf(error) };
    }
    finally {
        await engine?.close().catch(() => { });
    }
}
/**
 * Applies every migration from empty on a throwaway embedded database of the same engine and
 * verifies the result: a full preview that needs no secret and catches what breaks on empty.
 */
async function replay(settings, prepared, target, emit, observe) {
    const started = Date.now();
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'schemagate-replay-'));
    const run = {
        ...target,
        mode: 'apply',
        planOptions: { allowOutOfOrder: true, resume: false },
        verifyAfterApply: true,
        promotion: null,
        // A fresh database has no other tool's journal, and keeps its own where it would by default.
        engineOptions: { ...target.engineOptions, journalSchema: undefined, schema: undefined, adopt: undefined, readOnly: false, ...(observe ? { observe } : {}) },
        // The replay observes; the target's pending set is what the safety gate judges.
        safety: null,
    };
    try {
        const { parts, error } = await runOn(prepared.driver, prepared.driver.embeddedUrl(external_node_path_default().join(dir, 'db')), run, prepared, (event) => emit({ type: 'replay', event }));
        const head = { mode: 'apply', engine: prepared.driver.kind, target: 'embedded replay database', migrations: relative(settings.sources.cwd, settings.sources.migrations), layout: prepared.set?.layout ?? null };
        return buildOutcome(head, parts, { error, durationMs: Date.now() - started });
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The gate's settings for modes that run migrations; null when `lint: off`. */
function safetyOptions(settings, prepared) {
    const { safety } = settings;
    if (safety.lint === 'off' || (settings.mode !== 'plan' && settings.mode !== 'apply') || !prepared.set)
        return null;
    const { expected } = prepared;
    return {
        lint: safety.lint,
        largeTableRows: safety.largeTableRows,
        rehearse: safety.rehearse && settings.mode === 'plan',
        ...(settings.clickhouse.cluster ? { cluster: settings.clickhouse.cluster } : {}),
        statementTimeoutMs: settings.apply.statementTimeoutMs ?? REHEARSAL_STATEMENT_TIMEOUT_MS,
        verify: expected ? async (tx) => (await compare(tx, expected, settings.verify.failOnExtra, settings.target.schema)).verification : null,
    };
}
/** Without a target every migration is pending and every table new: the rules and the replay's observations alone. */
async function replayOnlySafety(run, prepared) {
    if (!run.safety)
        return { parts: NO_PARTS, error: null };
    try {
        const safety = await assessSafety(null, prepared.driver.dialect, prepared.set.migrations, run.safety, run.safety.observed);
        const failure = safetyFailure(safety);
        return { parts: { ...NO_PARTS, safety }, error: failure && failureOf(failure) };
    }
    catch (error) {
        return { parts: NO_PARTS, error: failureOf(error) };
    }
}
async function runSchemagate(settings, emit) {
    const started = Date.now();
    const { sources } = settings;
    const head = {
        mode: settings.mode,
        engine: 'unknown',
        target: settings.target.databaseUrl ? displayUrl(settings.target.databaseUrl) + (settings.target.schema ? ` schema ${settings.target.schema}` : '') : 'none (replay only)',
        migrations: relative(sources.cwd, sources.migrations),
        layout: null,
    };
    // git answers while the migrations are read.
    const context = resolveRunContext(settings.run, sources.cwd);
    let prepared;
    try {
        prepared = await prepare(settings);
    }
    catch (error) {
        return buildOutcome(head, NO_PARTS, { error: failureOf(error), durationMs: Date.now() - started });
    }
    const known = { ...head, engine: prepared.driver.kind, layout: prepared.set?.layout ?? null };
    const run = {
        mode: settings.mode,
        planOptions: settings.plan,
        verifyAfterApply: settings.apply.verify,
        failOnExtra: settings.verify.failOnExtra,
        promotion: settings.promotion,
        lockTimeoutMs: settings.apply.lockTimeoutMs,
        ddlLocks: settings.apply.ddlLocks,
        baseline: settings.baseline,
        snapshotFile: sources.snapshot ?? external_node_path_default().join(sources.migrations, 'schemagate.snapshot.json'),
        context: await context,
        cwd: sources.cwd,
        engineOptions: engineOptions(settings, prepared, emit),
        noTransaction: prepared.set ? layoutNamed(prepared.set.layout).noTransaction : undefined,
        batch: settings.apply.transactionMode === 'batch' ? { chunkStatements: settings.apply.batchChunkStatements ?? BATCH_CHUNK_STATEMENTS } : null,
        safety: null,
        schema: settings.target.schema,
    };
    const safety = safetyOptions(settings, prepared);
    const observations = observationLog(prepared.set?.migrations ?? [], 'replay');
    const replayed = settings.replay ? await replay(settings, prepared, run, emit, safety ? observations.observe : undefined) : null;
    const targetRun = { ...run, safety: safety && { ...safety, observed: observations.observations } };
    const onTarget = settings.target.databaseUrl
        ? await runOn(prepared.driver, settings.target.databaseUrl, targetRun, prepared, emit)
        : await replayOnlySafety(targetRun, prepared);
    const replayError = replayed?.error
        ? {
            ...replayed.error,
            fromReplay: true,
            message: `Replay on an empty ${prepared.driver.kind} database: ${replayed.error.message}`,
            // The replay's journal is thrown away with its database: its hint must not say the target recorded anything.
            ...(replayed.error.kind === 'migration-failed'
                ? { hint: 'The replay ran on a throwaway embedded database; nothing was recorded on the target. Fix the migration and run again.' }
                : {}),
        }
        : null;
    return buildOutcome(known, onTarget.parts, { replay: replayed, error: onTarget.error ?? replayError, durationMs: Date.now() - started });
}

;// CONCATENATED MODULE: ./src/core/fanout.ts


/** Failed targets whose whole outcome is kept for the report's details; the rest keep their summary. */
const DETAILED_FAILURES = 20;
/**
 * Worst first: what may have changed a database and left it wrong comes before what stopped
 * before touching it. `internal` (anything may have happened) leads; `config` (the same wrong
 * input for every target) is the mildest failure. The fan-out's outcome and exit code are those
 * of its worst target.
 */
const SEVERITY = ['internal', 'migration-failed', 'drift', 'connection', 'lock-timeout', 'refused', 'promotion', 'unsafe', 'config', 'ok'];
const rank = (status) => (status === 'not-attempted' ? SEVERITY.length : SEVERITY.indexOf(status));
function worstStatus(statuses) {
    let worst = 'ok';
    for (const status of statuses)
        if (status !== 'not-attempted' && rank(status) < rank(worst))
            worst = status;
    return worst;
}
/** Targets ordered for the report: worst first, then not attempted, then the rest as given. */
function fanout_bySeverity(targets) {
    const order = (t) => (t.status === 'ok' ? SEVERITY.length + 1 : rank(t.status));
    return targets.map((t, i) => ({ t, i })).sort((a, b) => order(a.t) - order(b.t) || a.i - b.i).map(({ t }) => t);
}
/** Targets per outcome, as the `target-counts` output. */
function fanout_statusCounts(targets) {
    const counts = {};
    for (const t of targets)
        counts[t.status] = (counts[t.status] ?? 0) + 1;
    return counts;
}
function summarize(name, outcome) {
    // The per-problem list can be long (every problem of a folder): the first failures keep it in their whole outcome.
    const { problems: _problems, ...error } = outcome.error ?? {};
    return {
        name,
        target: outcome.target,
        status: outcome.status,
        applied: outcome.applied.filter((a) => a.status !== 'failed').length,
        pending: outcome.plan?.pending.length ?? 0,
        drift: outcome.verification?.differences.filter((d) => d.severity === 'error').length ?? 0,
        verified: outcome.verification !== null && outcome.verification.differences.every((d) => d.severity !== 'error'),
        durationMs: outcome.durationMs,
        error: outcome.error ? error : null,
    };
}
const notAttempted = (target, label, why) => ({
    name: target.name,
    target: label,
    status: 'not-attempted',
    applied: 0,
    pending: 0,
    drift: 0,
    verified: false,
    durationMs: 0,
    error: null,
    skipped: why,
});
/** The settings of one target: the run's, with this target's URL, schema and journal. */
function targetSettings(settings, target) {
    return {
        ...settings,
        target: { ...settings.target, databaseUrl: target.url, schema: target.schema },
        journal: { ...settings.journal, schema: target.journalSchema ?? settings.journal.schema },
        fanout: null,
    };
}
/**
 * Runs `run` on every item: the canary items first (in the pool), then, only if every canary
 * succeeded, the rest, with at most `maxParallel` at once. With `failFast`, no item starts after
 * the first failure (running ones finish: a migration is never cut off). Each item ends in a
 * result: run, or skipped with the reason.
 */
async function schedule(items, options, run, failed, skip) {
    const results = new Array(items.length);
    const isCanary = new Set(options.canary);
    let stop = null;
    const pool = async (indexes, onFailure) => {
        let next = 0;
        const worker = async () => {
            while (next < indexes.length) {
                const index = indexes[next++];
                const item = items[index];
                if (stop) {
                    results[index] = skip(item, stop);
                    continue;
                }
                const result = await run(item);
                results[index] = result;
                if (failed(result))
                    stop ??= onFailure(item);
            }
        };
        await Promise.all(Array.from({ length: Math.min(options.maxParallel, indexes.length) }, worker));
    };
    const all = items.map((_, i) => i);
    const canaries = all.filter((i) => isCanary.has(items[i].name));
    await pool(canaries, (item) => `canary ${item.name} failed`);
    const others = all.filter((i) => !isCanary.has(items[i].name));
    if (stop)
        for (const i of others)
            results[i] = skip(items[i], stop);
    else
        await pool(others, (item) => (options.failFast ? `fail-fast: ${item.name} failed` : null));
    return results;
}
/** Every target of the fan-out, reported as one. */
async function runFanout(settings, emit) {
    const fanout = settings.fanout;
    const started = Date.now();
    const failures = [];
    let migrations = '';
    const targets = await schedule(fanout.targets, fanout, async (target) => {
        emit({ type: 'target-start', target: target.name });
        const outcome = await runSchemagate(targetSettings(settings, target), (event) => emit({ type: 'target', target: target.name, event }));
        migrations ||= outcome.migrations;
        if (outcome.status !== 'ok' && failures.length < DETAILED_FAILURES)
            failures.push({ name: target.name, outcome });
        const summary = summarize(target.name, outcome);
        emit({ type: 'target-done', target: target.name, status: summary.status, durationMs: summary.durationMs, reason: summary.error?.message ?? null });
        return summary;
    }, (summary) => summary.status !== 'ok', (target, why) => notAttempted(target, displayUrl(target.url) + (target.schema ? ` schema ${target.schema}` : ''), why));
    return {
        mode: settings.mode,
        migrations,
        status: worstStatus(targets.map((t) => t.status)),
        targets,
        failures,
        canary: fanout.canary,
        shards: fanout.shard ? [shardText(fanout.shard)] : [],
        durationMs: Date.now() - started,
    };
}
const shardText = (shard) => `${shard.index}/${shard.count}`;

;// CONCATENATED MODULE: ./src/report/budget.ts


/**
 * Size budgets for what GitHub stores: a job summary over 1 MiB is rejected whole and a job's
 * step outputs share 1 MB. The summary and the `result` output are cut to a budget by design,
 * with a pointer to the full result file, instead of being lost past the limit.
 */
/** Below GitHub's 1 MiB, leaving room for the pointer and the redactor's replacements. */
const SUMMARY_BUDGET = 900 * 1024;
/** A quarter of the job's 1 MB of outputs, so several schemagate steps fit in one job. */
const budget_RESULT_BUDGET = (/* unused pure expression or super */ null && (256 * 1024));
const budget_bytes = (text) => Buffer.byteLength(text, 'utf8');
const kib = (n) => `${Math.ceil(n / 1024)} KiB`;
/** Where the full result JSON goes: per run, attempt and step, so several steps never overwrite each other. */
function resultFilePath(env, cwd) {
    const tag = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_ACTION].filter(Boolean).join('-').replace(/[^\w.-]+/g, '_');
    const name = `schemagate-result${tag ? `-${tag}` : ''}.json`;
    return env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, name) : path.join(env.GITHUB_WORKSPACE || cwd, '.schemagate', name);
}
function advance(open, line) {
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (open.fence)
        return fence && fence[0] === open.fence[0] && fence.length >= open.fence.length && line.trim() === fence ? { ...open, fence: null } : open;
    if (fence)
        return { ...open, fence };
    const opened = line.match(/<details[\s>]/gi)?.length ?? 0;
    const closed = line.match(/<\/details>/gi)?.length ?? 0;
    return { ...open, details: Math.max(0, open.details + opened - closed) };
}
const budget_closing = (open) => [...(open.fence ? [open.fence] : []), ...Array(open.details).fill('</details>')];
/**
 * The summary cut to `budget` bytes at a line boundary, preferably between blocks (no fence or
 * <details> open); a block larger than half the budget is cut inside and closed instead. The
 * pointer names the sections that were cut and where the complete result is.
 */
function budgetSummary(markdown, resultFile, budget = SUMMARY_BUDGET) {
    const total = budget_bytes(markdown);
    if (total <= budget)
        return markdown;
    const lines = markdown.split('\n');
    const headings = (from) => lines.slice(from).filter((line) => /^#{2,4} /.test(line)).map((line) => line.replace(/^#+ /, ''));
    const pointer = (kept) => {
        const cut = headings(kept);
        const named = cut.length === 0 ? '' : ` Sections cut: ${cut.slice(0, 10).join('; ')}${cut.length > 10 ? `; and ${cut.length - 10} more` : ''}.`;
        return `> \u2702\ufe0f **This summary was cut at ${kib(budget)} of ${kib(total)}** (GitHub rejects a job summary over 1 MiB): ${lines.length - kept} of ${lines.length} lines left out.${named} The complete result is in \`${resultFile}\` (the \`result-file\` output; the reusable workflow uploads it as an artifact).`;
    };
    // Room for the pointer at its longest and the closers of whatever may be open.
    const room = budget - budget_bytes(pointer(0)) - 1024;
    let used = 0;
    let open = { fence: null, details: 0 };
    let lastClean = 0;
    let kept = 0;
    let keptOpen = open;
    for (const [index, line] of lines.entries()) {
        used += budget_bytes(line) + 1;
        if (used > room)
            break;
        open = advance(open, line);
        kept = index + 1;
        keptOpen = open;
        if (!open.fence && open.details === 0)
            lastClean = kept;
    }
    const clean = budget_bytes(lines.slice(0, lastClean).join('\n')) >= room / 2;
    const end = clean ? lastClean : kept;
    const closers = clean ? [] : budget_closing(keptOpen);
    return [...lines.slice(0, end), ...closers, '', pointer(end), ''].join('\n');
}
/**
 * The `result` output within `budget` bytes: the full JSON when it fits, otherwise the top-level
 * facts with `truncated: true` and the path of the file that has everything.
 */
function budgetResult(json, outcome, resultFile, budget = budget_RESULT_BUDGET) {
    if (budget_bytes(json) <= budget)
        return json;
    const error = outcome.error && {
        kind: outcome.error.kind,
        message: outcome.error.message,
        hint: outcome.error.hint,
        location: outcome.error.location,
        problems: outcome.error.problems?.length,
        fromReplay: outcome.error.fromReplay,
    };
    return JSON.stringify({
        status: outcome.status,
        mode: outcome.mode,
        engine: outcome.engine,
        layout: outcome.layout,
        ...counts(outcome),
        error,
        truncated: true,
        bytes: budget_bytes(json),
        resultFile,
    });
}

;// CONCATENATED MODULE: ./src/report/format.ts
/** Small text helpers shared by every renderer. */
const STATUS_TITLES = {
    ok: 'succeeded',
    'migration-failed': 'migration failed',
    drift: 'schema drift',
    refused: 'plan refused',
    'lock-timeout': 'lock timeout',
    config: 'configuration error',
    connection: 'connection error',
    promotion: 'promotion gate failed',
    unsafe: 'unsafe migrations',
    internal: 'internal error',
};
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** `1 object`, `2 objects`. */
/**
 * 1234567 as `1,234,567`. Not `toLocaleString('en-US')`: its first call loads ICU's locale data,
 * about 20 ms of every run that reports a safety finding's size.
 */
const groupThousands = (n, separator = ',') => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/** `file:line`, or the file alone when no line is known. */
const locationText = (location) => (location.line ? `${location.file}:${location.line}` : location.file);
/** A markdown table cell: no pipes or newlines may break the row. */
function cell(value) {
    if (value === null || value === undefined || value === '')
        return ' ';
    return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
/** The one line `setFailed` and the CLI's exit message carry. */
function oneLineReason(outcome) {
    if (!outcome.error)
        return `schemagate ${outcome.mode}: ${STATUS_TITLES.ok}`;
    const reason = outcome.error.message.replace(/\s*\n\s*/g, ' ');
    return `schemagate ${outcome.mode}: ${STATUS_TITLES[outcome.status]}: ${reason.length > 500 ? `${reason.slice(0, 500)}\u2026` : reason}`;
}

;// CONCATENATED MODULE: ./src/report/links.ts

const code = (file, line) => `\`${line ? `${file}:${line}` : file}\``;
const plainLinks = { location: code, repoPath: (file) => file };
/** Links to `blob/<sha>/<path>#L<line>`; a file outside the repository keeps its plain form. */
function githubLinks(place) {
    const prefix = path.relative(place.workspace, place.cwd).split(path.sep).join('/');
    const inside = !prefix.startsWith('..') && !path.isAbsolute(prefix);
    const repoPath = (file) => (inside ? path.posix.normalize(prefix ? `${prefix}/${file}` : file) : file);
    return {
        repoPath,
        location(file, line) {
            const target = repoPath(file);
            if (!inside || target.startsWith('..') || path.posix.isAbsolute(target))
                return code(file, line);
            const url = `${place.serverUrl}/${place.repository}/blob/${place.sha}/${target.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
            return `[${code(file, line)}](${url})`;
        },
    };
}
/** The links a run on GitHub can make, from its environment; plain text anywhere else. */
function linksFromEnvironment(env, cwd) {
    const { GITHUB_SERVER_URL: serverUrl, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha, GITHUB_WORKSPACE: workspace } = env;
    if (!serverUrl || !repository || !sha || !workspace)
        return plainLinks;
    return githubLinks({ serverUrl, repository, sha, workspace: path.resolve(workspace), cwd: path.resolve(cwd) });
}

;// CONCATENATED MODULE: ./src/report/safety.ts

/**
 * The "Safety" section, the same in the job summary and the sticky comment: every finding with
 * its rule, file:line, table, the target's size, what running it showed, why and the fix; then
 * the waived ones with their reasons, so reviewers see what was accepted.
 */
const ICONS = { error: '\u274c', warning: '\u26a0\ufe0f' };
/** `1.2 MB`: sizes from catalog statistics are estimates; one decimal is all they deserve. */
function formatBytes(bytes) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
function sizeText(finding) {
    const size = finding.size;
    if (!size)
        return '';
    if (size.rows === null)
        return 'never analysed';
    return `~${groupThousands(size.rows)} rows${size.bytes === null ? '' : `, ${formatBytes(size.bytes)}`}`;
}
function observedText(finding) {
    const o = finding.observed;
    if (!o)
        return '';
    const lock = o.lock ? `${o.lock} lock` : 'no lock';
    return `${lock}${o.rewrite ? ', table rewritten' : ''} (${o.source})`;
}
const plainWhere = (file, line) => `\`${line ? `${file}:${line}` : file}\``;
function rehearsalLines(rehearsal, heading, escape, where) {
    const lines = [`${heading} Rehearsal on the target (rolled back)`, ''];
    if (rehearsal.failure) {
        lines.push(`\u274c ${where(rehearsal.failure.file, rehearsal.failure.line)} failed: ${escape(rehearsal.failure.message)}`, '');
    }
    else if (rehearsal.status === 'unavailable') {
        lines.push('\u26a0\ufe0f Not rehearsed:', '');
    }
    else if (rehearsal.status === 'drift') {
        const errors = rehearsal.verification.differences.filter((d) => d.severity === 'error');
        lines.push(`\u274c The rehearsed schema differs from \`${rehearsal.verification.snapshot}\`:`, '', ...errors.map((d) => `- ${escape(d.message)}`), '');
    }
    else {
        const verified = rehearsal.verification ? ` and matched \`${rehearsal.verification.snapshot}\`` : '';
        lines.push(`\u2705 ${rehearsal.rehearsed.length} migration(s) ran on the target's data${verified}; rolled back.`, '');
    }
    for (const s of rehearsal.skipped)
        lines.push(`- skipped ${where(s.file)}: ${escape(s.reason)}`);
    if (rehearsal.skipped.length)
        lines.push('');
    return lines;
}
function safetyLines(report, rendering) {
    if (!report)
        return [];
    const { heading, escape = (t) => t, where: whereIn = plainWhere, fold = (_rows, _title, block) => [block, ''] } = rendering;
    const where = (f) => whereIn(f.file, f.line);
    const active = report.findings.filter((f) => !f.suppressed);
    const waived = report.findings.filter((f) => f.suppressed);
    const errors = active.filter((f) => f.severity === 'error').length;
    const icon = errors > 0 && report.lint === 'error' ? '\u274c' : active.length > 0 ? '\u26a0\ufe0f' : '\u2705';
    const lines = [
        `${heading} ${icon} Safety: ${errors} error(s), ${active.length - errors} warning(s), ${waived.length} waived (lint: ${report.lint})`,
        '',
    ];
    const basis = [
        report.sized ? `sized by the target's statistics (error from ${groupThousands(report.largeTableRows)} rows)` : null,
        report.observedBy.length ? `locks and rewrites observed in the ${report.observedBy.join(' and the ')}` : null,
    ].filter(Boolean);
    if (basis.length)
        lines.push(`Findings ${basis.join('; ')}.`, '');
    if (active.length > 0) {
        lines.push(...fold(active.length, `${active.length} findings`, table(['', 'Rule', 'Where', 'Table', 'Size', 'Observed', 'Why', 'Fix'], [...active]
            .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'))
            .map((f) => [ICONS[f.severity], `\`${f.rule}\``, where(f), f.table ?? '', sizeText(f), observedText(f), escape(f.message), escape(f.fix)]))));
    }
    else {
        lines.push('No unwaived finding.', '');
    }
    if (waived.length > 0) {
        lines.push(`${heading}# Waived`, '', table(['Rule', 'Where', 'Table', 'Reason'], waived.map((f) => [`\`${f.rule}\``, where(f), f.table ?? '', escape(f.suppressed.reason)])), '');
    }
    if (report.contradicted.length > 0) {
        lines.push(`${heading}# Dropped: the observation contradicts the rule`, '', table(['Rule', 'Where', 'Table', 'Observed'], report.contradicted.map((f) => [`\`${f.rule}\``, where(f), f.table ?? '', observedText(f)])), '');
    }
    if (report.rehearsal)
        lines.push(...rehearsalLines(report.rehearsal, `${heading}#`, escape, whereIn));
    return lines;
}

;// CONCATENATED MODULE: ./src/report/summary.ts





/** Tables longer than this fold away in the job summary, so the status and the failures stay in view. */
const FOLD_ROWS = 20;
/** A table, folded under `title` when the summary can fold and it is long. */
function foldable(options, rows, title, block) {
    if (options.style !== 'github' || rows <= FOLD_ROWS)
        return [block, ''];
    return [`<details><summary>${title}</summary>`, '', block, '', '</details>', ''];
}
function planSection(outcome, options) {
    const plan = outcome.plan;
    if (!plan)
        return [];
    const parts = ['### Plan', ''];
    parts.push(`${plan.applied.length} applied \u00b7 ${plan.pending.length} pending \u00b7 ${plan.edited.length} edited \u00b7 ` +
        `${plan.missing.length} missing \u00b7 ${plan.outOfOrder.length} out of order \u00b7 ${plan.failed.length} previously failed`, '');
    if (plan.pending.length > 0) {
        parts.push(...foldable(options, plan.pending.length, `${plural(plan.pending.length, 'pending migration')}`, table(['Migration', 'File', 'Why', 'Statements', 'Checksum'], plan.pending.map((p) => [
            p.migration.id,
            options.links.location(p.migration.file),
            p.reason + (p.outOfOrder ? ' (out of order, allowed)' : '') + (p.startAt > 0 ? ` from statement ${p.startAt + 1}` : '') + (p.migration.batch && p.previous?.rowsDone ? ` after ${p.previous.rowsDone} rows` : ''),
            p.migration.statements.length,
            `\`${shortChecksum(p.migration.checksum)}\``,
        ]))));
    }
    if (plan.problems.length > 0) {
        parts.push('#### Problems', '', table(['', 'Migration', 'Problem', 'How to fix'], plan.problems.map((p) => [p.severity === 'error' ? '\u274c' : '\u26a0\ufe0f', p.migrationId, p.message, p.hint])), '');
    }
    return parts;
}
function appliedSection(outcome, options) {
    if (outcome.applied.length === 0)
        return [];
    const title = outcome.mode === 'baseline' ? '### Recorded as applied (baseline, not run)' : '### Applied';
    return [
        title,
        '',
        ...foldable(options, outcome.applied.length, `${plural(outcome.applied.length, 'migration')}`, table(['Migration', 'File', 'Result', 'Statements run', 'Duration'], outcome.applied.map((a) => [
            a.migrationId,
            options.links.location(a.file),
            a.status === 'failed' ? '\u274c failed' : a.status === 'baselined' ? '\ud83d\udccc baselined' : '\u2705 applied',
            a.statementsRun,
            formatDuration(a.durationMs),
        ]))),
    ];
}
function verificationSection(outcome, options) {
    const v = outcome.verification;
    if (!v)
        return [];
    const errors = v.differences.filter((d) => d.severity === 'error').length;
    const warnings = v.differences.length - errors;
    const parts = [`### Verification against \`${v.snapshot}\``, ''];
    if (v.differences.length === 0) {
        parts.push(`\u2705 ${plural(v.objectsChecked, 'object')} (tables, views, types) match the snapshot.`, '');
        return parts;
    }
    const stories = driftStories(v.differences);
    parts.push(`${errors > 0 ? '\u274c' : '\u26a0\ufe0f'} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} across ${plural(v.objectsChecked, 'expected object')}.`, '', ...(stories.length > 0 ? [...stories.map((story) => `- ${story}`), ''] : []), ...foldable(options, v.differences.length, `${plural(v.differences.length, 'difference')}`, table(['', 'Object', 'Difference', 'Expected', 'Actual', 'Snapshot line'], [...v.differences]
        .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'))
        .map((d) => [d.severity === 'error' ? '\u274c' : '\u26a0\ufe0f', `\`${d.object}\``, d.kind, d.expected, d.actual, d.line ? options.links.location(v.snapshot, d.line) : '']))));
    return parts;
}
const EARLIER_STATES = {
    applied: '\u2705 applied, same checksum',
    'checksum-differs': '\u274c applied with a different checksum',
    failed: '\u274c failed there',
    'not-applied': '\u274c not applied',
};
function promotionSection(outcome, options) {
    const p = outcome.promotion;
    if (!p)
        return [];
    return [
        `### Promotion gate: ${p.environment}`,
        '',
        p.rows.length === 0
            ? 'Nothing pending to promote.'
            : table(['Migration', 'File', 'Checksum here', `In ${p.environment}`], p.rows.map((r) => [r.migrationId, options.links.location(r.file), `\`${shortChecksum(r.checksum)}\``, EARLIER_STATES[r.earlier] + (r.earlierChecksum && r.earlier !== 'applied' ? ` (\`${shortChecksum(r.earlierChecksum)}\`)` : '')])),
        '',
    ];
}
/** Another run's summary inside this one: without its title, its sections one level down. */
function nestedSummary(outcome, options) {
    return renderSummary(outcome, options)
        .split('\n')
        .slice(1)
        .map((line) => line.replace(/^(#{2,3}) /, '#### '));
}
function replaySection(outcome, options) {
    const r = outcome.replay;
    if (!r)
        return [];
    return [`### Replay from empty on an embedded ${outcome.engine} database: ${r.status === 'ok' ? '\u2705' : '\u274c'} ${STATUS_TITLES[r.status]}`, '', ...nestedSummary(r, options)];
}
/** The failure: its message (at its file:line), the hint, every problem, and the failing statement. */
function errorLines(error, { style, links }) {
    const { location, message } = error;
    // A message that opens with its file:line keeps it there, as a link where the summary links.
    const opening = location ? `${locationText(location)}: ` : null;
    const text = location && opening && message.startsWith(opening)
        ? `${links.location(location.file, location.line)}: **${cell(message.slice(opening.length))}**`
        : `**${cell(message)}**${location ? ` (${links.location(location.file, location.line)})` : ''}`;
    const lines = [`> ${text}`, ''];
    if (error.hint)
        lines.push(`> ${cell(error.hint)}`, '');
    if (error.problems) {
        lines.push(table(['', 'Where', 'Problem', 'How to fix'], error.problems.map((p) => ['\u274c', p.location ? links.location(p.location.file, p.location.line) : '', p.message, p.hint ?? ''])), '');
    }
    if (error.statement) {
        const sql = ['```sql', error.statement.replace(/```/g, '`\u200b``'), '```', ''];
        lines.push(...(style === 'github' ? ['<details><summary>Failing statement</summary>', '', ...sql, '</details>', ''] : ['Failing statement:', '', ...sql]));
    }
    return lines;
}
function renderSummary(outcome, options = { style: 'github', links: plainLinks }) {
    const { links } = options;
    const icon = outcome.status === 'ok' ? '\u2705' : '\u274c';
    // A run that failed before it knew its target (bad inputs) has no target line to show.
    const context = [
        outcome.target ? `Target \`${outcome.target}\` (${outcome.engine})` : null,
        outcome.migrations ? `migrations \`${outcome.migrations}\`${outcome.layout ? ` (${outcome.layout} layout)` : ''}` : null,
        outcome.target ? formatDuration(outcome.durationMs) : null,
    ].filter(Boolean);
    const parts = [`## ${icon} schemagate ${outcome.mode}: ${STATUS_TITLES[outcome.status]}`, '', ...(context.length ? [context.join(' \u00b7 '), ''] : [])];
    if (outcome.error)
        parts.push(...errorLines(outcome.error, options));
    parts.push(...planSection(outcome, options), ...promotionSection(outcome, options), ...safetyLines(outcome.safety, { heading: '###', where: links.location, fold: (rows, title, block) => foldable(options, rows, title, block) }), ...appliedSection(outcome, options), ...verificationSection(outcome, options), ...replaySection(outcome, options));
    if (outcome.unverified)
        parts.push(`\u26a0\ufe0f ${outcome.unverified}`, '');
    if (outcome.snapshotWritten)
        parts.push(`Snapshot written to \`${outcome.snapshotWritten}\`.`, '');
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/report/fanout.ts









/**
 * The report of a fan-out (many databases, one folder): one summary opening with a table of the
 * targets, then the details of the failures; the outputs and the result JSON aggregate every
 * target. A merged matrix (one result file per shard) is rendered the same way.
 */
const TITLES = { ...STATUS_TITLES, 'not-attempted': 'not attempted' };
const fanout_ICONS = (status) => (status === 'ok' ? '\u2705' : status === 'not-attempted' ? '\u23ed\ufe0f' : '\u274c');
/** Rows of the targets table at most: worst first, the rest counted (the result file lists every target). */
const MAX_TABLE_ROWS = 1000;
/** The counts the outputs carry, summed over the targets. */
function fanoutCounts(fanout) {
    const attempted = fanout.targets.filter((t) => t.status !== 'not-attempted');
    return {
        pending: sum(fanout.targets, 'pending'),
        applied: sum(fanout.targets, 'applied'),
        drift: sum(fanout.targets, 'drift'),
        /** Every target was attempted, compared with a snapshot and matched it. */
        verified: attempted.length === fanout.targets.length && attempted.length > 0 && attempted.every((t) => t.verified),
        targets: fanout_statusCounts(fanout.targets),
    };
}
const sum = (targets, key) => targets.reduce((total, t) => total + t[key], 0);
function countsLine(fanout) {
    const counts = fanout_statusCounts(fanout.targets);
    return Object.entries(counts)
        .sort(([a], [b]) => Number(a === 'ok') - Number(b === 'ok'))
        .map(([status, n]) => `${n} ${TITLES[status]}`)
        .join(' \u00b7 ');
}
function reasonOf(target) {
    if (target.skipped)
        return target.skipped;
    if (!target.error)
        return '';
    const where = target.error.location ? ` (${locationText(target.error.location)})` : '';
    const message = target.error.message.replace(/\s*\n\s*/g, ' ');
    return `${message.length > 200 ? `${message.slice(0, 200)}\u2026` : message}${where}`;
}
function targetsTable(fanout) {
    const rows = fanout_bySeverity(fanout.targets);
    const shown = rows.slice(0, MAX_TABLE_ROWS);
    const lines = [
        table(['Target', 'Outcome', 'Applied', 'Pending', 'Drift', 'Duration', 'Reason'], shown.map((t) => [`\`${t.name}\``, `${fanout_ICONS(t.status)} ${TITLES[t.status]}`, t.applied, t.pending, t.drift, t.status === 'not-attempted' ? '' : formatDuration(t.durationMs), reasonOf(t)])),
        '',
    ];
    if (rows.length > shown.length) {
        const rest = fanout_statusCounts(rows.slice(MAX_TABLE_ROWS));
        lines.push(`\u2026and ${rows.length - shown.length} more targets (${Object.entries(rest).map(([s, n]) => `${n} ${TITLES[s]}`).join(', ')}): the result file lists every one.`, '');
    }
    return lines;
}
/** One failed target's section: its whole summary when its outcome was kept, demoted under the fan-out's heading. */
function failureDetail(target, outcome, options) {
    const heading = `### \u274c \`${target.name}\`: ${TITLES[target.status]}`;
    // From its summary alone: a merged shard's target, or one past the failures kept whole.
    if (!outcome)
        return [heading, '', `Target \`${target.target}\``, '', ...errorLines(target.error, options)];
    return [heading, '', ...nestedSummary(outcome, options)];
}
const fanout_bytes = (lines) => Buffer.byteLength(lines.join('\n'), 'utf8');
function renderFanoutSummary(fanout, options = { style: 'github', links: plainLinks }, budget = SUMMARY_BUDGET) {
    const icon = fanout.status === 'ok' ? '\u2705' : '\u274c';
    const context = [
        plural(fanout.targets.length, 'target'),
        fanout.migrations ? `migrations \`${fanout.migrations}\`` : null,
        fanout.canary.length > 0 ? `canary ${fanout.canary.map((n) => `\`${n}\``).join(', ')}` : null,
        fanout.shards.length > 0 ? `${fanout.shards.length === 1 ? 'shard' : 'shards'} ${fanout.shards.join(', ')}` : null,
        formatDuration(fanout.durationMs),
    ].filter(Boolean);
    const parts = [`## ${icon} schemagate ${fanout.mode}: ${STATUS_TITLES[fanout.status]}`, '', `${context.join(' \u00b7 ')}`, '', countsLine(fanout), '', ...targetsTable(fanout)];
    const failed = fanout_bySeverity(fanout.targets).filter((t) => t.error);
    if (failed.length === 0)
        return parts.join('\n');
    parts.push('## Failures', '');
    const outcomes = new Map(fanout.failures.map((f) => [f.name, f.outcome]));
    // Details stop short of the budget, leaving room for the pointer: budgetSummary cuts anything larger.
    const room = budget - 16 * 1024;
    let detailed = 0;
    for (const target of failed) {
        const section = failureDetail(target, outcomes.get(target.name), options);
        if (fanout_bytes(parts) + fanout_bytes(section) > room)
            break;
        parts.push(...section);
        detailed++;
    }
    if (detailed < failed.length)
        parts.push(`${failed.length - detailed} more failed ${failed.length - detailed === 1 ? 'target is' : 'targets are'} not detailed here (the summary's size limit): the table gives each reason, and the result file each error.`, '');
    return parts.join('\n');
}
/** The one line `setFailed` and the CLI's exit message carry. */
function fanoutReason(fanout) {
    const head = `schemagate ${fanout.mode}: ${STATUS_TITLES[fanout.status]}: ${fanout.targets.length} targets (${countsLine(fanout)})`;
    const worst = fanout_bySeverity(fanout.targets).find((t) => t.error);
    return worst ? `${head}; ${worst.name}: ${reasonOf(worst)}` : head;
}
/** The `result` output and result file of a fan-out: every target's summary. */
function fanoutResultJson(fanout) {
    const counts = fanoutCounts(fanout);
    return JSON.stringify({
        fanout: true,
        status: fanout.status,
        mode: fanout.mode,
        migrations: fanout.migrations,
        counts: counts.targets,
        applied: counts.applied,
        pending: counts.pending,
        drift: counts.drift,
        verified: counts.verified,
        canary: fanout.canary,
        shards: fanout.shards,
        durationMs: fanout.durationMs,
        targets: fanout.targets,
    });
}
/** Within the output budget: every target when it fits, otherwise the failed ones only, with `truncated`. */
function budgetFanoutResult(json, fanout, resultFile, budget = RESULT_BUDGET) {
    if (Buffer.byteLength(json, 'utf8') <= budget)
        return json;
    const failed = bySeverity(fanout.targets).filter((t) => t.status !== 'ok');
    const kept = failed.slice(0, 200).map((t) => ({ name: t.name, status: t.status, reason: reasonOf(t) }));
    return JSON.stringify({ fanout: true, status: fanout.status, mode: fanout.mode, counts: statusCounts(fanout.targets), targets: kept, truncated: true, resultFile });
}
/** One result file as target summaries: a fan-out's own, or a single target's result. */
function summariesOf({ file, text }) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw (0,src_errors/* configError */.Fj)(`${file} is not a schemagate result file (not JSON).`, { location: { file }, hint: 'Merge the `result-file` of each shard (the artifacts the reusable workflow uploads).' });
    }
    if (typeof json.status !== 'string' || typeof json.mode !== 'string' || json.truncated === true) {
        throw (0,src_errors/* configError */.Fj)(`${file} is not a whole schemagate result (no status and mode${json.truncated === true ? '; it is the cut `result` output' : ''}).`, {
            location: { file },
            hint: 'Merge the `result-file` of each shard, which is never cut, not the `result` output.',
        });
    }
    const common = { mode: json.mode, migrations: String(json.migrations ?? ''), durationMs: Number(json.durationMs ?? 0) };
    if (json.fanout === true) {
        return { ...common, targets: json.targets, shards: json.shards ?? [], canary: json.canary ?? [] };
    }
    const target = String(json.target ?? file);
    const single = {
        name: target,
        target,
        status: json.status,
        applied: (json.applied ?? []).filter((a) => a.status !== 'failed').length,
        pending: (json.plan?.pending ?? []).length,
        drift: (json.verification?.differences ?? []).filter((d) => d.severity === 'error').length,
        verified: json.verified === true,
        durationMs: common.durationMs,
        error: json.error ?? null,
    };
    return { ...common, targets: [single], shards: [], canary: [] };
}
/**
 * The shards' result files as one fan-out. A shard of `n` whose file is missing (its job failed
 * before schemagate reported, or was cancelled) is a failure of its own: its targets' fate is
 * unknown, so the merge never passes for them.
 */
function mergeResults(files) {
    if (files.length === 0) {
        throw (0,src_errors/* configError */.Fj)('No result files to merge.', { hint: 'Point `merge-results` at the folder the shards\' result artifacts were downloaded to.' });
    }
    const parts = files.map(summariesOf);
    const modes = [...new Set(parts.map((p) => p.mode))];
    if (modes.length > 1)
        throw (0,src_errors/* configError */.Fj)(`The result files are of different modes (${modes.join(', ')}): merge the shards of one run.`);
    const shards = parts.flatMap((p) => p.shards);
    const targets = parts.flatMap((p) => p.targets);
    const counts = [...new Set(shards.map((s) => Number(s.split('/')[1])))];
    if (counts.length > 1)
        throw (0,src_errors/* configError */.Fj)(`The result files come from different shardings (${shards.join(', ')}): merge the shards of one run.`);
    if (counts.length === 1) {
        const seen = new Set(shards.map((s) => Number(s.split('/')[0])));
        for (let index = 1; index <= counts[0]; index++) {
            if (seen.has(index))
                continue;
            targets.push({
                name: `shard ${index}/${counts[0]}`,
                target: 'the targets of this shard',
                status: 'internal',
                applied: 0,
                pending: 0,
                drift: 0,
                verified: false,
                durationMs: 0,
                error: { kind: 'internal', message: `No result file for shard ${index}/${counts[0]}: its job failed before schemagate reported, or was cancelled; what it did to its targets is unknown.`, hint: 'Open that job\'s log, and re-run it: each target\'s journal says what was applied.' },
            });
        }
    }
    const mode = modes[0];
    return {
        mode: (MODES.includes(mode) ? mode : 'plan'),
        migrations: parts.find((p) => p.migrations)?.migrations ?? '',
        status: worstStatus(targets.map((t) => t.status)),
        targets,
        failures: [],
        canary: [...new Set(parts.flatMap((p) => p.canary))],
        shards: [...new Set(shards)].sort((a, b) => Number(a.split('/')[0]) - Number(b.split('/')[0])),
        durationMs: Math.max(...parts.map((p) => p.durationMs)),
    };
}
/** The result files named by `merge-results`: files, or folders searched recursively for `*.json`. */
function readResultFiles(spec, cwd) {
    const found = [];
    const walk = (full) => {
        if ((0,external_node_fs_.statSync)(full).isDirectory())
            for (const entry of (0,external_node_fs_.readdirSync)(full).sort())
                walk(external_node_path_default().join(full, entry));
        else if (full.endsWith('.json'))
            found.push(full);
    };
    for (const line of spec.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
        const full = external_node_path_default().resolve(cwd, line);
        if (!(0,external_node_fs_.existsSync)(full))
            throw (0,src_errors/* configError */.Fj)(`Result file or folder ${line} does not exist.`, { hint: 'Download the shards\' result artifacts first (actions/download-artifact), then merge that folder.' });
        walk(full);
    }
    return found.map((file) => ({ file: external_node_path_default().relative(cwd, file) || file, text: (0,external_node_fs_.readFileSync)(file, 'utf8') }));
}

;// CONCATENATED MODULE: ./src/report/progress.ts


/** `200000` as `200 000`: row counts are read at a glance. */
const formatCount = (n) => groupThousands(n, ' ');
/** `    backfill: 60 000 rows in 12 batches, 5 100 rows/s, about 140 000 left, ETA 27.4 s`. */
function describeBatchProgress(event) {
    const parts = [`${formatCount(event.rowsDone)} rows in ${formatCount(event.batches)} batch${event.batches === 1 ? '' : 'es'}`];
    if (event.rowsPerSecond !== null)
        parts.push(`${formatCount(event.rowsPerSecond)} rows/s`);
    if (event.done)
        return `    backfill done: ${parts.join(', ')}, ${formatDuration(event.elapsedMs)} in this run`;
    if (event.remaining !== null)
        parts.push(`about ${formatCount(Math.max(event.remaining, 0))} left`);
    if (event.etaMs !== null)
        parts.push(`ETA ${formatDuration(event.etaMs)}`);
    return `    backfill of ${event.migration.file}: ${parts.join(', ')}`;
}
/** One log line per progress event; both shells print these. */
function describeEvent(event) {
    switch (event.type) {
        case 'connected':
            return `Connected to ${event.target} (${event.engine}).`;
        case 'lock-waiting':
            return `Waiting for the migration lock, held by ${event.holder}.`;
        case 'promotion-passed':
            return `Promotion gate: all ${event.count} pending migration(s) are applied to ${event.environment} with the same checksum.`;
        case 'migration-start':
            return `[${event.index + 1}/${event.total}] ${event.migration.file}: ${event.migration.statements.length - event.startAt} statement(s)` +
                (event.startAt > 0 ? `, resuming at statement ${event.startAt + 1}` : '') +
                (event.atomic ? '' : ', statement by statement (no transaction)');
        case 'statement':
            return `    statement ${event.statement.index + 1}/${event.count} done (line ${event.statement.line})`;
        case 'statement-running':
            return `    still running statement ${event.statement.index + 1} of ${event.migration.file} (line ${event.statement.line}), ${Math.round(event.elapsedMs / 1000)} s elapsed`;
        case 'statement-waiting':
            return `    statement ${event.statement.index + 1} of ${event.migration.file} (line ${event.statement.line}) has waited ${progress_seconds(event.elapsedMs)} for ${describeLockWait(event.wait)}`;
        case 'statement-progress':
            return `    statement ${event.statement.index + 1} of ${event.migration.file} (line ${event.statement.line}), ${progress_seconds(event.elapsedMs)}: ${describeProgress(event.progress)}`;
        case 'lock-retry':
            return `    statement ${event.statement.index + 1} of ${event.migration.file} (line ${event.statement.line}) gave up waiting for its lock` +
                (event.wait ? ` (${describeLockWait(event.wait)})` : '') +
                `; ${event.whole ? 'the migration was rolled back and runs again' : 'the statement runs again'} in ${progress_seconds(event.delayMs)}` +
                (event.lockTimeoutMs === undefined ? '' : `, waiting at most ${progress_seconds(event.lockTimeoutMs)}`) +
                ` (retry ${event.retry} of ${event.retries})`;
        case 'migration-done':
            return `    applied in ${formatDuration(event.durationMs)}`;
        case 'batch-progress':
            return describeBatchProgress(event);
        case 'migration-failed':
            return `    FAILED at statement ${event.error.statementIndex + 1} (${event.error.file}:${event.error.line}): ${event.error.databaseMessage}`;
        case 'engine-notice':
            return event.message;
        case 'replay':
            return `[replay] ${describeEvent(event.event)}`;
        case 'target-start':
            return `[${event.target}] started`;
        case 'target':
            return `[${event.target}] ${describeEvent(event.event).trimStart()}`;
        case 'target-done':
            return `[${event.target}] ${event.status} in ${formatDuration(event.durationMs)}${event.reason ? `: ${event.reason.replace(/\s*\n\s*/g, ' ')}` : ''}`;
    }
}
const progress_seconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
/** `n of m` with the share done, or what is known of it. */
function done(what, count, total) {
    if (count === null || (count === 0 && !total))
        return null;
    if (!total)
        return `${count} ${what}`;
    return `${count} of ${total} ${what} (${Math.floor((100 * count) / total)}%)`;
}
/** `CREATE INDEX CONCURRENTLY: building index, 1200 of 4425 blocks (27%)`. */
function describeProgress(progress) {
    const parts = [done('blocks', progress.blocksDone, progress.blocksTotal), done('tuples', progress.tuplesDone, progress.tuplesTotal)].filter(Boolean);
    return `${progress.command}: ${progress.phase}${parts.length > 0 ? `, ${parts.join(', ')}` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/result.ts
/** The `result` output: the whole outcome as JSON, without file contents. */
function resultJson(outcome) {
    const plan = outcome.plan;
    return JSON.stringify({
        status: outcome.status,
        mode: outcome.mode,
        engine: outcome.engine,
        target: outcome.target,
        migrations: outcome.migrations,
        layout: outcome.layout,
        verified: result_counts(outcome).verified,
        unverified: outcome.unverified,
        durationMs: outcome.durationMs,
        plan: plan && {
            applied: plan.applied.map((a) => ({ id: a.migration.id, file: a.migration.file, source: a.source })),
            pending: plan.pending.map((p) => ({
                id: p.migration.id,
                file: p.migration.file,
                kind: p.migration.kind,
                checksum: `${p.migration.checksumAlgorithm}:${p.migration.checksum}`,
                reason: p.reason,
                outOfOrder: p.outOfOrder,
                startAt: p.startAt,
            })),
            edited: plan.edited.map((e) => ({ id: e.migration.id, file: e.migration.file, applied: e.row.checksum, current: e.migration.checksum })),
            missing: plan.missing.map((m) => ({ id: m.migrationId, name: m.name })),
            outOfOrder: plan.outOfOrder.map((m) => ({ id: m.id, file: m.file })),
            failed: plan.failed.map((f) => ({ id: f.row.migrationId, error: f.row.error, statementIndex: f.row.errorStatementIndex, completed: f.completed.length })),
            problems: plan.problems,
        },
        applied: outcome.applied,
        verification: outcome.verification,
        snapshotWritten: outcome.snapshotWritten,
        promotion: outcome.promotion,
        safety: outcome.safety,
        replay: outcome.replay && JSON.parse(resultJson(outcome.replay)),
        error: outcome.error,
    });
}
function result_counts(outcome) {
    return {
        pending: outcome.plan?.pending.length ?? 0,
        applied: outcome.applied.filter((a) => a.status !== 'failed').length,
        drift: outcome.verification?.differences.filter((d) => d.severity === 'error').length ?? 0,
        /** The live schema was compared with a snapshot and matched it. */
        verified: outcome.verification !== null && outcome.verification.differences.every((d) => d.severity !== 'error'),
    };
}

;// CONCATENATED MODULE: ./src/report/terminal.ts
/**
 * The CLI's text report: the job summary's Markdown (the one rendering of an Outcome's content)
 * turned into what reads well in a terminal: headings as bold lines, tables with aligned columns,
 * quotes and code indented, inline marks removed, and colour only when asked for (a TTY without
 * NO_COLOR). It understands exactly the Markdown that report/summary.ts writes in its terminal
 * style: headings, pipe tables, `>` quotes, fenced code, lists and paragraphs.
 */
const ANSI = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' };
function paint(style, code, text) {
    return style.color && text ? `\u001b[${ANSI[code]}m${text}\u001b[0m` : text;
}
/** Inline Markdown as plain text: `code`, **bold**, escaped pipes. */
function inline(text, style) {
    return text
        .replace(/\\\|/g, '|')
        .replace(/\*\*(.+?)\*\*/g, (_, bold) => paint(style, 'bold', bold))
        .replace(/`{1,2} ?(.+?) ?`{1,2}/g, (_, code) => paint(style, 'cyan', code));
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Columns of a terminal: emoji and other wide characters take two. */
function width(text) {
    // Printable ASCII, most cells of a large table: one column each, without walking the characters.
    if (PRINTABLE_ASCII.test(text))
        return text.length;
    let columns = 0;
    // eslint-disable-next-line no-control-regex -- the escape sequences this module writes take no columns
    for (const char of text.replace(/\u001b\[[0-9;]*m/g, '')) {
        const code = char.codePointAt(0);
        if (code === 0xfe0f || code === 0x200b)
            continue;
        columns += code >= 0x1f300 || (code >= 0x2600 && code <= 0x27bf) || (code >= 0x1100 && code <= 0x115f) ? 2 : 1;
    }
    return columns;
}
/** The cells of a pipe-table row, split on unescaped pipes. */
function cells(row) {
    return row
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
}
function renderTable(rows, style) {
    const [header, , ...body] = rows.map((r) => cells(r));
    const all = [header, ...body].map((r) => r.map((c) => inline(c, style)));
    const widths = all[0].map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
    const line = (r) => `  ${r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - width(c)))).join('  ')}`.trimEnd();
    return [paint(style, 'dim', line(all[0])), ...all.slice(1).map(line)];
}
/** Colours a line by the status mark it opens with. */
function toned(line, style) {
    if (/^\s*(\u2705)/.test(line))
        return paint(style, 'green', line);
    if (/^\s*(\u274c)/.test(line))
        return paint(style, 'red', line);
    if (/^\s*(\u26a0\ufe0f)/.test(line))
        return paint(style, 'yellow', line);
    return line;
}
function renderTerminal(markdown, style) {
    const lines = markdown.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const heading = /^(#{2,4}) (.*)$/.exec(line);
        if (heading) {
            const text = inline(heading[2], style);
            out.push(paint(style, 'bold', toned(text, style)));
            continue;
        }
        if (line.startsWith('|')) {
            const rows = [];
            while (i < lines.length && lines[i].startsWith('|'))
                rows.push(lines[i++]);
            i--;
            out.push(...renderTable(rows, style));
            continue;
        }
        if (line.startsWith('```')) {
            const code = [];
            for (i++; i < lines.length && !lines[i].startsWith('```'); i++)
                code.push(lines[i].replace(/`\u200b``/g, '```'));
            out.push(...code.map((c) => paint(style, 'dim', `    ${c}`)));
            continue;
        }
        if (line.startsWith('> ')) {
            out.push(toned(`  ${inline(line.slice(2), style)}`, style));
            continue;
        }
        out.push(toned(inline(line, style), style));
    }
    // Markdown needs blank lines between blocks; a terminal needs at most one.
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

;// CONCATENATED MODULE: ./src/cli.ts














/**
 * The CLI shell over the same core as the action: `schemagate <mode> [--option value]...`.
 * Every action input is an option of the same name (documented from action.yml); progress goes
 * to stderr, the report to stdout, and errors speak of options and DATABASE_URL, not of inputs
 * and secrets.
 */
/**
 * How the report is printed: `--output`, since `--format` is the action's input of that name
 * (the migration folder's layout), and every input is an option of the same name.
 */
const FORMATS = ['text', 'markdown', 'json'];
/** Inputs whose value is true or false: a bare `--resume` means true, `--no-resume` false. */
const FLAGS = new Set(INPUT_NAMES.filter((name) => ['true', 'false'].includes(defaultOf(name))));
const OPTIONS = INPUT_NAMES.filter((name) => name !== 'mode');
const MODE_SUMMARIES = {
    plan: 'Show what would run against the target, read-only (with --replay, also from empty on an embedded database).',
    apply: 'Take the lock, apply the pending migrations, record them in the journal, verify the schema.',
    verify: 'Compare the live schema with the expected snapshot (a drift check).',
    snapshot: 'Write the expected snapshot from the database.',
    baseline: 'Record migrations as applied without running them (adopting an existing database).',
};
/** The options each mode is about; every other option is listed after them. */
const MODE_OPTIONS = {
    plan: ['database-url', 'migrations', 'replay', 'engine', 'allow-out-of-order', 'resume', 'promotion-database-url', 'promotion-environment'],
    apply: ['database-url', 'migrations', 'snapshot', 'verify', 'lock-timeout', 'statement-timeout', 'allow-out-of-order', 'resume', 'fail-on-extra', 'rebuild-invalid-indexes'],
    verify: ['database-url', 'snapshot', 'fail-on-extra'],
    snapshot: ['database-url', 'snapshot'],
    baseline: ['database-url', 'migrations', 'baseline-to', 'baseline-reason'],
};
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Every argument that is a URL may carry a password, wherever it was put (a stray argument, any option). */
const argvSecrets = (argv) => argv.flatMap((arg) => arg.split(/=(.*)/s)).filter((value) => URL_LIKE.test(value)).flatMap(secretsOf);
/** The URL variables the CLI reads from its environment. */
const envSecrets = (env) => [env.DATABASE_URL, env.DIRECT_URL].flatMap((url) => secretsOf(url ?? ''));
const cliError = (message, hint) => new src_errors/* SchemagateError */.RA('config', message, { hint });
/** An argument as it may be shown: a URL keeps its host, never its credentials. */
function shown(argument) {
    try {
        return displayUrl(new URL(argument));
    }
    catch {
        return argument;
    }
}
/** `--resume` \u2192 `--resume=true`, `--no-resume` \u2192 `--resume=false`, so every input is a string option. */
function normaliseFlags(argv) {
    return argv.flatMap((arg, i) => {
        const negated = /^--no-(.+)$/.exec(arg);
        if (negated && FLAGS.has(negated[1]))
            return [`--${negated[1]}=false`];
        const bare = /^--([^=]+)$/.exec(arg);
        if (!bare || !FLAGS.has(bare[1]))
            return [arg];
        const next = argv[i + 1];
        return next === 'true' || next === 'false' ? [arg] : [`${arg}=true`];
    });
}
function parseArgs(argv) {
    const { tokens } = (0,external_node_util_namespaceObject.parseArgs)({
        args: normaliseFlags(argv),
        options: {
            ...Object.fromEntries(OPTIONS.map((name) => [name, { type: 'string' }])),
            output: { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean', short: 'v' },
        },
        allowPositionals: true,
        strict: false,
        tokens: true,
    });
    const parsed = { mode: null, inputs: {}, format: 'text', help: false, version: false };
    for (const token of tokens) {
        if (token.kind === 'positional') {
            if (parsed.mode !== null)
                throw cliError(`Unexpected argument "${shown(token.value)}".`, 'Give one mode, then options: run `schemagate --help`.');
            parsed.mode = token.value;
            continue;
        }
        if (token.kind !== 'option')
            continue;
        const { name, value } = token;
        if (name === 'help')
            parsed.help = true;
        else if (name === 'version')
            parsed.version = true;
        else if (name === 'json')
            parsed.format = 'json';
        else if (name === 'output') {
            if (!FORMATS.includes(value ?? ''))
                throw cliError(`--output must be one of ${FORMATS.join(', ')}.`, 'text is for people, markdown for a file or a pull request, json for scripts.');
            parsed.format = value;
        }
        else if (OPTIONS.includes(name)) {
            if (value === undefined)
                throw cliError(`--${name} needs a value.`, `Write --${name} <value> or --${name}=<value>; run \`schemagate --help\` for what it takes.`);
            parsed.inputs[name] = value;
        }
        else {
            throw cliError(`Unknown option --${name}.`, 'Run `schemagate --help` for the options, or `schemagate <mode> --help` for one mode.');
        }
    }
    return parsed;
}
/** Wraps text at `columns`, every line indented by `indent`. */
function wrap(text, indent, columns = 100) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && indent + line.length + word.length + 1 > columns) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}
function describeOption(name) {
    const fallback = defaultOf(name);
    const shownDefault = fallback === '' ? '' : ` (default: ${fallback})`;
    return `  --${name}${FLAGS.has(name) ? ` / --no-${name}` : ' <value>'}${shownDefault}\n${wrap(inputDescription(name), 6)}`;
}
const FOOTER = `Output:
  --output text|markdown|json   text (default) for people, markdown for a file, json for scripts (--json)
  -h, --help                    this help; \`schemagate <mode> --help\` for one mode
  -v, --version                 the version

The database URL comes from --database-url or the DATABASE_URL environment variable; a direct URL
past a connection pooler from --direct-url or DIRECT_URL.
Exit codes: ${Object.entries(src_errors/* EXIT_CODES */.ai).map(([kind, code]) => `${code} ${kind}`).join(', ')}.`;
function usage(mode) {
    if (mode && MODES.includes(mode)) {
        const own = MODE_OPTIONS[mode];
        const others = OPTIONS.filter((name) => !own.includes(name));
        return [
            `Usage: schemagate ${mode} [options]`,
            '',
            wrap(MODE_SUMMARIES[mode], 0),
            '',
            'Options:',
            ...own.map(describeOption),
            '',
            'Other options:',
            ...others.map(describeOption),
            '',
            FOOTER,
        ].join('\n');
    }
    return [
        `Usage: schemagate <${MODES.join('|')}> [options]`,
        '',
        'Modes:',
        ...MODES.map((m) => `  ${m.padEnd(10)}${MODE_SUMMARIES[m]}`),
        '',
        'Options:',
        ...OPTIONS.map(describeOption),
        '',
        'Many databases: --database-urls "a=URL<newline>b=URL" or --targets-file FILE run the mode on every target;',
        '`schemagate merge <result files or folders...>` merges the --json results of a matrix\'s shards into one report.',
        '',
        FOOTER,
        'Example: schemagate apply --database-url pglite://.schemagate/dev --migrations migrations',
    ].join('\n');
}
/**
 * Progress on stderr. On a terminal, the per-statement lines of a migration redraw one line in
 * place; anywhere else (CI logs, files) every event is a plain line.
 */
function progressPrinter(stderr, redact) {
    let open = false;
    const end = () => {
        if (open)
            stderr.write('\n');
        open = false;
    };
    return {
        print(event) {
            const line = redact(describeEvent(event));
            const inPlace = stderr.isTTY === true && (event.type === 'statement' || event.type === 'statement-running' || event.type === 'statement-progress');
            if (inPlace) {
                stderr.write(`\r\u001b[2K${line.trim()}`);
                open = true;
                return;
            }
            end();
            stderr.write(`${line}\n`);
        },
        end,
    };
}
function render(outcome, format, color) {
    if (format === 'json')
        return `${resultJson(outcome)}\n`;
    const markdown = renderSummary(outcome, { style: 'terminal', links: plainLinks });
    return format === 'markdown' ? `${markdown}\n` : renderTerminal(markdown, { color });
}
/** A fan-out's report (or a matrix's merged one) on stdout; the worst target's exit code. */
function reportFanout(fanout, format, redactor, terminal, env) {
    const color = terminal.stdout.isTTY === true && !env.NO_COLOR;
    const markdown = format === 'json' ? '' : renderFanoutSummary(fanout, { style: 'terminal', links: plainLinks });
    const text = format === 'json' ? `${fanoutResultJson(fanout)}\n` : format === 'markdown' ? `${markdown}\n` : renderTerminal(markdown, { color });
    terminal.stdout.write(redactor.redact(text));
    if (fanout.status !== 'ok' && format === 'json')
        terminal.stderr.write(`${redactor.redact(fanoutReason(fanout))}\n`);
    return src_errors/* EXIT_CODES */.ai[fanout.status];
}
/** `schemagate merge <files or folders...>`: the result files of a matrix's shards as one report. */
function merge(argv, env, terminal) {
    const redactor = new Redactor([]);
    let format = 'text';
    try {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: { output: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
        format = values.json ? 'json' : (values.output ?? 'text');
        if (!FORMATS.includes(format))
            throw cliError(`--output must be one of ${FORMATS.join(', ')}.`, 'text is for people, markdown for a file, json for scripts.');
        if (positionals.length === 0)
            throw cliError('`schemagate merge` needs result files or folders.', 'Run `schemagate merge results/` with the shards\' result files (each run\'s --json output, or the action\'s result-file).');
        return reportFanout(mergeResults(readResultFiles(positionals.join('\n'), process.cwd())), format, redactor, terminal, env);
    }
    catch (error) {
        return report(earlyFailure('plan', error instanceof src_errors/* SchemagateError */.RA ? error : cliError(error.message, 'Run `schemagate --help`.')), format, redactor, terminal, env);
    }
}
async function main(argv, env = process.env, terminal = process) {
    if (argv[0] === 'merge')
        return merge(argv.slice(1), env, terminal);
    let outcome;
    let format = 'text';
    let redactor = new Redactor([...envSecrets(env), ...argvSecrets(argv)]);
    const progress = progressPrinter(terminal.stderr, (text) => redactor.redact(text));
    try {
        const parsed = parseArgs(argv);
        format = parsed.format;
        if (parsed.version) {
            terminal.stdout.write(`schemagate ${VERSION}\n`);
            return 0;
        }
        if (parsed.help || parsed.mode === null) {
            terminal.stdout.write(`${usage(parsed.mode)}\n`);
            return parsed.help ? 0 : src_errors/* EXIT_CODES */.ai.config;
        }
        // The URLs come from the environment as the platforms name them (DATABASE_URL, and DIRECT_URL past
        // a pooler); a fan-out names its targets itself (DATABASE_URL is then often a targets file's `url-env`).
        const many = Boolean(parsed.inputs['database-urls'] || parsed.inputs['targets-file']);
        const urls = {
            'database-url': parsed.inputs['database-url'] ?? (many ? '' : (env.DATABASE_URL ?? '')),
            'direct-url': parsed.inputs['direct-url'] ?? (many ? '' : (env.DIRECT_URL ?? '')),
        };
        const urlSecrets = [...Object.values(urls).flatMap((url) => secretsOf(url ?? '')), ...envSecrets(env), ...argvSecrets(argv)];
        redactor = new Redactor([...urlSecrets, ...(parsed.inputs['database-urls'] ?? '').split(/\r?\n/).flatMap((line) => secretsOf(line.replace(/^[^=:\s]+=/, '')))]);
        const mode = parsed.mode;
        const settings = forTerminal(() => readSettings((name) => (name === 'mode' ? mode : name in urls ? urls[name] : parsed.inputs[name]), env));
        if (settings.fanout) {
            redactor = new Redactor([...urlSecrets, ...settings.fanout.targets.flatMap((t) => secretsOf(t.url.href))]);
            const fanout = await runFanout(settings, (event) => progress.print(event));
            progress.end();
            return reportFanout(fanout, format, redactor, terminal, env);
        }
        outcome = await runSchemagate(settings, (event) => progress.print(event));
    }
    catch (error) {
        // Whatever happened, the run ends in an outcome: a bug is reported as `internal`.
        outcome = earlyFailure(modeIn(argv), error);
    }
    progress.end();
    return report(outcome, format, redactor, terminal, env);
}
const modeIn = (argv) => argv.find((a) => MODES.includes(a)) ?? 'plan';
function report(outcome, format, redactor, terminal, env) {
    const color = terminal.stdout.isTTY === true && !env.NO_COLOR;
    terminal.stdout.write(redactor.redact(render(outcome, format, color)));
    // The report on stdout already says why; a script reading JSON gets the reason on stderr too.
    if (outcome.status !== 'ok' && format === 'json')
        terminal.stderr.write(`${redactor.redact(oneLineReason(outcome))}\n`);
    return src_errors/* EXIT_CODES */.ai[outcome.status];
}
/**
 * Settings errors are worded for the action's inputs and secrets; a terminal user passes
 * options and sets DATABASE_URL.
 */
function forTerminal(read) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof src_errors/* SchemagateError */.RA))
            throw error;
        // Every input named in backticks is the flag here; a name that is also a mode (`snapshot`) only after "Input" or "Set".
        const flag = (name) => INPUT_NAMES.includes(name) && name !== 'mode' && !MODES.includes(name);
        const reword = (text) => text
            .replace(/\b[Ii]nput `([a-z-]+)`/g, '`--$1`')
            .replace(/Set `([a-z-]+)`/g, 'Set `--$1`')
            .replace(/`([a-z-]+)`/g, (whole, name) => (flag(name) ? `\`--${name}\`` : whole));
        const noUrl = /^No database URL/.test(error.message);
        throw new src_errors/* SchemagateError */.RA(error.kind, reword(error.message), {
            ...error.details,
            ...(noUrl
                ? { hint: 'Pass --database-url <url> or set DATABASE_URL (pglite://PATH and chdb://PATH need no server); `schemagate plan --replay --engine postgres` previews without a database.' }
                : error.hint
                    ? { hint: reword(error.hint) }
                    : {}),
        });
    }
}
/**
 * An error thrown outside the run's promise chain (a driver's timer, an unhandled rejection):
 * still an outcome on stdout, and the `internal` exit code.
 */
function reportFatal(argv, error, env = process.env, terminal = process) {
    const format = argv.includes('--json') || argv.includes('--output=json') ? 'json' : 'text';
    return report(earlyFailure(modeIn(argv), error), format, new Redactor([...envSecrets(env), ...argvSecrets(argv)]), terminal, env);
}


/***/ }),

/***/ 3446:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ skipClickHouseTrivia),
/* harmony export */   Xi: () => (/* binding */ splitClickHouse),
/* harmony export */   uT: () => (/* binding */ lexClickHouse)
/* harmony export */ });
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1498);
/* harmony import */ var _split_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8007);


/**
 * ClickHouse's lexical rules: `--`, `//` and `# ` comments, nested block comments, backslash
 * escapes in strings and identifiers, backtick identifiers, heredocs (`$$...$$`).
 */
const CLICKHOUSE = { hashAndSlashComments: true, backslashEscapes: true, backtickIdentifiers: true, escapeStrings: false };
const lexClickHouse = (text, options) => (0,_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scan */ .SQ)(text, CLICKHOUSE, options);
const skipClickHouseTrivia = (text, from = 0) => (0,_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .skipTrivia */ .pU)(text, CLICKHOUSE, from);
function splitClickHouse(text) {
    return (0,_split_js__WEBPACK_IMPORTED_MODULE_1__/* .splitStatements */ .X)(text, lexClickHouse(text), rejectInsertFormat);
}
const PAST_INSERT_HEAD = 'insert-body';
/**
 * `INSERT ... FORMAT <name>` is followed by raw data in that format (CSV, JSONEachRow...),
 * which no SQL lexer can delimit and which the executor could not send as a query anyway.
 * FORMAT after SELECT/WITH/VALUES is an output format, and `format(` is the function.
 */
function rejectInsertFormat(word, state, next) {
    if (state.words[0] !== 'insert' || state.flags.has(PAST_INSERT_HEAD) || state.parenDepth > 0)
        return;
    if (word === 'select' || word === 'with' || word === 'values') {
        state.flags.add(PAST_INSERT_HEAD);
        return;
    }
    if (word !== 'format' || next()?.raw === '(')
        return;
    throw new _scan_js__WEBPACK_IMPORTED_MODULE_0__/* .LexError */ .Sw('INSERT ... FORMAT with inline data is not supported in migrations', state.line, 'Use INSERT ... VALUES or INSERT ... SELECT instead (e.g. SELECT ... FROM format(CSV, $$...$$) or the s3/url table functions for bulk data).');
}


/***/ }),

/***/ 4328:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PARSER_WASM: () => (/* binding */ PARSER_WASM),
  loadPostgresParser: () => (/* binding */ loadPostgresParser)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/dialects/postgres/parser.ts




const PARSER_WASM = 'libpg-query.wasm';
let loading;
/**
 * Loads the parser (about 1.7 MB of WASM, ~30 ms) on first use, so runs that never analyse
 * Postgres SQL do not pay for it. After this resolves, `parse` is synchronous.
 */
function loadPostgresParser() {
    loading ??= load().catch((error) => {
        loading = undefined;
        throw error;
    });
    return loading;
}
async function load() {
    keepWasmOnBaselineCompiler();
    const restore = pointGlueAtBundledWasm();
    try {
        const libpg = await __nccwpck_require__.e(/* import() */ 627).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2627, 23));
        await libpg.loadModule();
        return { parse: (sql) => libpg.parseSync(sql), scan: (sql) => libpg.scanSync(sql).tokens, parsePlPgSQL: (sql) => libpg.parsePlPgSQLSync(sql) };
    }
    catch (error) {
        throw new Error(`The Postgres parser (libpg-query) did not load: ${error.message}. A bundle needs ${PARSER_WASM} beside it (npm run bundle copies it).`, { cause: error });
    }
    finally {
        restore();
    }
}
/**
 * WebAssembly kept on its baseline compiler (Liftoff) from here on: no function of any module is
 * recompiled by TurboFan. The parser otherwise has its parser function recompiled on a
 * background thread as soon as a few statements are parsed, at a cost of about 0.3 s of CPU and
 * 300 MB, and Node waits for that compile job before the process may exit. A run parses a few
 * thousand statements at most, too few for the faster code to pay its compilation back.
 *
 * V8's flags are the process's: a PGlite opened after this runs on Liftoff too (on Node 24 it
 * opens in 1.2 s instead of 1.45 s, but runs DDL about 30 % slower), which is why this is set
 * when the parser loads, after a preview's replay, and not when the process starts. The filter
 * names a function index no module has (`--wasm-tier-up-filter`: "only tier up the function
 * with this index"); `--liftoff-only` would say it plainly, but Node 24 ignores it once started.
 * Measured on 2 cores, an apply of one migration on a fresh database: Node 24, 0.46 s of CPU
 * without it, 0.15 s with it; 1000 statements parsed: 0.42-0.53 s wall without, 0.10 s with.
 */
function keepWasmOnBaselineCompiler() {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--wasm-tier-up-filter=2147483647');
}
/**
 * libpg-query's Emscripten glue is CommonJS and reads the WASM from `${__dirname}/`. Installed
 * in node_modules (tests, the CLI run from source) that is its own directory. In the ncc bundle
 * (an ES module, where `__dirname` does not exist) the glue would throw a ReferenceError, so while
 * it initialises `__dirname` names the bundle's directory, where the bundle script copies the
 * WASM. Only for those milliseconds, so nothing else can come to depend on the global.
 */
function pointGlueAtBundledWasm() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const globals = globalThis;
    if (globals.__dirname !== undefined || !(0,external_node_fs_.existsSync)(external_node_path_default().join(here, PARSER_WASM)))
        return () => { };
    globals.__dirname = here;
    return () => {
        delete globals.__dirname;
    };
}


/***/ }),

/***/ 1498:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SQ: () => (/* binding */ scan),
/* harmony export */   Sw: () => (/* binding */ LexError),
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   pU: () => (/* binding */ skipTrivia)
/* harmony export */ });
/**
 * The one SQL scanner. Each dialect configures it with its lexical rules (which comments, which
 * quotes, which escapes) and gets its lexer: one per dialect, serving the statement splitter, the
 * expression normaliser and statement analysis alike. It never validates SQL; it only knows
 * enough to tell a `;` that ends a statement from one inside a string, identifier, comment or body.
 */
/** An unterminated string, identifier, comment or body: with its 1-based line and a fix. */
class LexError extends Error {
    line;
    hint;
    constructor(message, line, hint) {
        super(message);
        this.line = line;
        this.hint = hint;
        this.name = 'LexError';
    }
}
const LF = 10;
const CR = 13;
/** Offsets where lines start; `\r\n`, `\n` and a lone `\r` each end a line. */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF))
            starts.push(i + 1);
    }
    return starts;
}
/** 1-based line of `offset`, by binary search over `starts`. */
function lineAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/** 1-based line of `offset` in `text`. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF))
            line++;
    }
    return line;
}
/** The BOM counts as whitespace so a file saved "with signature" lexes like one without. */
const isSpace = (c) => c === 32 || (c >= 9 && c <= 13) || c === 0xfeff;
const isDigit = (c) => c >= 48 && c <= 57;
/** Both engines take any non-ASCII character as part of an identifier. */
const isWordStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0x80 && c !== 0xfeff);
const isTagChar = (c) => isWordStart(c) || isDigit(c);
/** `$` continues an identifier (`a$b`), which is why `x$$` never opens a dollar quote. */
const isWordChar = (c) => isTagChar(c) || c === 36;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const OPERATOR = /[+\-*/<>=~!@#%^&|`?]+/y;
const PUNCTUATION = '()[],.;';
/**
 * Tokens of `text`, lazily: a caller that rejects a statement (ClickHouse `INSERT ... FORMAT`
 * with inline data) stops before the data is lexed as SQL. Whitespace and comments are skipped.
 */
function* scan(text, rules, options = {}) {
    const scanner = new Scanner(text, rules, options.lenient ?? false);
    scanner.pos = options.from ?? 0;
    for (;;) {
        scanner.skipTrivia();
        if (scanner.pos >= text.length)
            return;
        yield scanner.token();
    }
}
/**
 * Offset of the first character at or after `from` that is neither whitespace nor part of a
 * comment, or `text.length`.
 */
function skipTrivia(text, rules, from = 0) {
    const scanner = new Scanner(text, rules, false);
    scanner.pos = from;
    scanner.skipTrivia();
    return scanner.pos;
}
class Scanner {
    text;
    rules;
    lenient;
    pos = 0;
    starts = null;
    constructor(text, rules, lenient) {
        this.text = text;
        this.rules = rules;
        this.lenient = lenient;
    }
    skipTrivia() {
        for (;;) {
            const c = this.text.charCodeAt(this.pos);
            if (isSpace(c))
                this.pos++;
            else if (!this.skipComment())
                return;
        }
    }
    skipComment() {
        const { text, pos } = this;
        const c = text[pos];
        const next = text[pos + 1];
        const lineComment = (c === '-' && next === '-') ||
            (this.rules.hashAndSlashComments && ((c === '/' && next === '/') || (c === '#' && (next === ' ' || next === '!'))));
        if (lineComment) {
            let i = pos;
            while (i < text.length && text[i] !== '\n' && text[i] !== '\r')
                i++;
            this.pos = i;
            return true;
        }
        if (c === '/' && next === '*') {
            this.pos = this.blockCommentEnd(pos);
            return true;
        }
        return false;
    }
    /** Both dialects nest block comments, so `/* a /* b *\/ still comment *\/`. */
    blockCommentEnd(start) {
        const { text } = this;
        let depth = 0;
        let i = start;
        while (i < text.length) {
            if (text[i] === '/' && text[i + 1] === '*') {
                depth++;
                i += 2;
            }
            else if (text[i] === '*' && text[i + 1] === '/') {
                depth--;
                i += 2;
                if (depth === 0)
                    return i;
            }
            else
                i++;
        }
        return this.unterminated('/* comment', start, 'Close it with */ (block comments nest: each /* needs its own */).');
    }
    token() {
        const { text, pos, rules } = this;
        const c = text[pos];
        const code = text.charCodeAt(pos);
        if (c === "'")
            return this.quoted(pos, pos, "'", rules.backslashEscapes, 'string', 'quoted string');
        if (c === '"')
            return this.quoted(pos, pos, '"', rules.backslashEscapes, 'quoted', 'quoted identifier');
        if (c === '`' && rules.backtickIdentifiers)
            return this.quoted(pos, pos, '`', true, 'quoted', 'quoted identifier');
        if (c === '$')
            return this.dollar(pos);
        if (isWordStart(code))
            return this.word(pos);
        NUMBER.lastIndex = pos;
        const number = NUMBER.exec(text);
        if (number)
            return this.emit('number', pos, pos + number[0].length);
        if (c === ':' && text[pos + 1] === ':')
            return this.emit('punct', pos, pos + 2);
        if (PUNCTUATION.includes(c))
            return this.emit('punct', pos, pos + 1);
        return this.operator(pos);
    }
    emit(type, start, end, value) {
        this.pos = end;
        const raw = this.text.slice(start, end);
        return { type, raw, value: value ?? raw, start, end };
    }
    word(start) {
        const { text } = this;
        let i = start + 1;
        while (isWordChar(text.charCodeAt(i)))
            i++;
        if (this.rules.escapeStrings && i === start + 1 && (text[start] === 'e' || text[start] === 'E') && text[i] === "'") {
            return this.quoted(start, i, "'", true, 'string', 'quoted string');
        }
        return this.emit('word', start, i);
    }
    /**
     * A string or quoted identifier. Postgres doubles the quote to escape it (backslashes are
     * literal, except in E'' strings); ClickHouse accepts both doubling and backslash escapes.
     */
    quoted(start, open, quote, backslashEscapes, type, kind) {
        const { text } = this;
        let value = '';
        let i = open + 1;
        while (i < text.length) {
            const c = text[i];
            if (backslashEscapes && c === '\\') {
                value += text[i + 1] ?? '';
                i += 2;
            }
            else if (c === quote) {
                if (text[i + 1] !== quote)
                    return this.emit(type, start, i + 1, value);
                value += quote;
                i += 2;
            }
            else {
                value += c;
                i++;
            }
        }
        this.unterminated(kind, start, `Close the ${kind} that starts on this line (look for a stray ${quote}).`);
        return this.emit(type, start, text.length, value);
    }
    /** `$$...$$` / `$tag$...$tag$` bodies (ClickHouse calls them heredocs); `$1` is a parameter. */
    dollar(start) {
        const { text } = this;
        let i = start + 1;
        if (isWordStart(text.charCodeAt(i))) {
            while (isTagChar(text.charCodeAt(i)))
                i++;
        }
        if (text[i] !== '$') {
            let end = start + 1;
            while (isDigit(text.charCodeAt(end)))
                end++;
            return this.emit(end > start + 1 ? 'param' : 'op', start, end);
        }
        const tag = text.slice(start, i + 1);
        const close = text.indexOf(tag, i + 1);
        if (close < 0) {
            this.unterminated(`dollar-quoted string ${tag}`, start, `Close the body with ${tag}.`);
            return this.emit('string', start, text.length, text.slice(i + 1));
        }
        return this.emit('string', start, close + tag.length, text.slice(i + 1, close));
    }
    /**
     * An operator as Postgres' lexer reads it: a run of operator characters, cut before a comment
     * start, and ending in `+` or `-` only if it holds one of `~!@#%^&|`?`.
     */
    operator(start) {
        OPERATOR.lastIndex = start;
        const match = OPERATOR.exec(this.text);
        if (!match)
            return this.emit('op', start, start + 1);
        let op = match[0];
        const comment = op.search(/--|\/\*/);
        if (comment > 0)
            op = op.slice(0, comment);
        while (op.length > 1 && /[+-]$/.test(op) && !/[~!@#%^&|`?]/.test(op))
            op = op.slice(0, -1);
        return this.emit('op', start, start + op.length);
    }
    /** Throws, unless lenient: then the construct runs to the end of the text. */
    unterminated(kind, start, hint) {
        if (this.lenient)
            return this.text.length;
        this.starts ??= lineStarts(this.text);
        const line = lineAt(this.starts, start);
        throw new LexError(`Unterminated ${kind} starting on line ${line}`, line, hint);
    }
}


/***/ }),

/***/ 8007:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ splitStatements)
/* harmony export */ });
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1498);

function splitStatements(text, tokens, onWord) {
    const starts = (0,_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .lineStarts */ ._$)(text);
    const out = [];
    let start = -1;
    let end = -1;
    let state;
    const fresh = () => ({ words: [], prevWord: '', parenDepth: 0, blockDepth: 0, flags: new Set(), line: 0 });
    state = fresh();
    const finish = () => {
        if (start >= 0)
            out.push({ sql: text.slice(start, end), line: state.line });
        start = -1;
        state = fresh();
    };
    const iterator = tokens[Symbol.iterator]();
    let lookahead;
    const next = () => {
        if (lookahead) {
            const token = lookahead;
            lookahead = undefined;
            return token;
        }
        const r = iterator.next();
        return r.done ? undefined : r.value;
    };
    const peek = () => (lookahead ??= next());
    for (let token = next(); token; token = next()) {
        // Like psql: a `;` inside parentheses (CREATE RULE ... DO (a; b)) or an atomic body is not an end.
        if (token.type === 'punct' && token.raw === ';' && state.parenDepth === 0 && state.blockDepth === 0) {
            finish();
            continue;
        }
        if (start < 0) {
            start = token.start;
            state.line = (0,_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .lineAt */ .mh)(starts, start);
        }
        end = token.end;
        if (token.type === 'punct') {
            if (token.raw === '(')
                state.parenDepth++;
            else if (token.raw === ')' && state.parenDepth > 0)
                state.parenDepth--;
        }
        if (token.type === 'word') {
            const word = token.raw.toLowerCase();
            if (state.words.length < 4)
                state.words.push(word);
            onWord(word, state, peek);
            state.prevWord = word;
        }
        else {
            state.prevWord = '';
        }
    }
    finish();
    return out;
}


/***/ }),

/***/ 2321:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ serverSettings),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   y_: () => (/* binding */ SerialQueue)
/* harmony export */ });
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3632);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4277);


/**
 * Server settings sent with every request: synchronous, visible writes (story 1: on
 * ClickHouse Cloud a journal row written by one process was invisible to the next until inserts
 * were made synchronous), and mutations that return at once so the engine can wait for them
 * itself, with progress, instead of inside one silent HTTP request (chDB defaults to
 * mutations_sync=1; servers to 0).
 */
function serverSettings(settings) {
    return {
        async_insert: '0',
        wait_end_of_query: '1',
        select_sequential_consistency: '1',
        mutations_sync: '0',
        ...(settings.statementTimeoutMs ? { max_execution_time: String(Math.ceil(settings.statementTimeoutMs / 1000)) } : {}),
        ...settings.extraSettings,
    };
}
/**
 * Runs one request with the retry policy its kind allows, then sorts a final failure into a
 * ClickHouseError or a connection error.
 */
async function withRetries(run, settings, target, kind) {
    const retryable = kind === 'statement' ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .retryableBeforeSend */ .SU : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .retryableIdempotent */ .y9;
    try {
        return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retryWithBackoff */ .ZB)(run, {
            retries: settings.retries,
            ...(settings.retryBaseMs !== undefined ? { retryBaseMs: settings.retryBaseMs } : {}),
            shouldRetry: retryable,
            what: () => `Request to ClickHouse at ${target}`,
            ...(settings.log ? { log: settings.log } : {}),
        });
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toReportedError */ .zc)(error, target, kind === 'statement');
    }
}
/** Runs tasks one at a time, in order: one HTTP session, or one chDB session, at a time. */
class SerialQueue {
    tail = Promise.resolve();
    run(task) {
        const result = this.tail.then(task, task);
        this.tail = result.catch(() => undefined);
        return result;
    }
    /** Resolves once everything queued so far has settled. */
    drain() {
        return this.tail.then(() => undefined);
    }
}


/***/ }),

/***/ 4277:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ ClickHouseError),
/* harmony export */   NX: () => (/* binding */ parseServerError),
/* harmony export */   SU: () => (/* binding */ retryableBeforeSend),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   y9: () => (/* binding */ retryableIdempotent),
/* harmony export */   zR: () => (/* binding */ asError),
/* harmony export */   zc: () => (/* binding */ toReportedError)
/* harmony export */ });
/* unused harmony exports cleanServerText, classifyFailure */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9105);


/**
 * An error raised by the ClickHouse server (or chDB's embedded engine), with its numeric code
 * and code name. The message is ClickHouse's own text, minus the stack trace and version suffix
 * that would clutter an annotation: `Code: 60. DB::Exception: Unknown table ... (UNKNOWN_TABLE)`.
 */
class ClickHouseError extends _engine_js__WEBPACK_IMPORTED_MODULE_1__/* .DatabaseError */ .a {
    code;
    type;
    constructor(message, code, type) {
        super(message);
        this.code = code;
        this.type = type;
        this.name = 'ClickHouseError';
    }
}
// Same shape @clickhouse/client parses: the innermost `Code: N. ... Exception: message (TYPE)`.
const SERVER_ERROR = /(?:Code|Error): (\d+)\..*?Exception: (.+?)\s*\(((?=[A-Z0-9_]*[A-Z]{3})[A-Z0-9_]+)\)/s;
/** Drops chDB's `Query failed:` prefix, stack-trace lines and the `(version x)` suffix. */
function cleanServerText(text) {
    return text
        .replace(/^Query failed:\s*/, '')
        .split('\n')
        .filter((line) => !/^\s*\d+\.\s.*@\s*0x[0-9a-f]+/i.test(line) && !/^\s*\d+\.\s+clone/.test(line))
        .join('\n')
        .replace(/\s*\(version [^)]*\)\s*$/, '')
        .replace(/\n{2,}/g, '\n')
        .trim();
}
/** Parses ClickHouse's error text into a ClickHouseError, or null when it is not one. */
function parseServerError(text) {
    const cleaned = cleanServerText(text);
    const match = SERVER_ERROR.exec(cleaned);
    if (!match)
        return null;
    const code = Number(match[1]);
    const type = match[3];
    const message = match[2].replace(/\.$/, '');
    return new ClickHouseError(`Code: ${code}. DB::Exception: ${message}. (${type})`, code, type);
}
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const INTERRUPTED_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);
/** AUTHENTICATION_FAILED, UNKNOWN_USER, REQUIRED_PASSWORD, IP_ADDRESS_NOT_ALLOWED. */
const AUTH_CODES = new Set([516, 192, 194, 195]);
/**
 * The message of anything thrown. Errors from Node's own modules may come from another realm
 * (jest's VM sandbox, for one) where `instanceof Error` is false, so this goes by shape.
 */
function messageOf(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** An Error of this realm, keeping code and cause (p-retry refuses anything else). */
function asError(error) {
    if (error instanceof Error)
        return error;
    const code = error?.code;
    return Object.assign(new Error(messageOf(error), { cause: error }), code === undefined ? {} : { code });
}
function errorCode(error) {
    const code = error?.code;
    if (typeof code === 'string')
        return code;
    const cause = error?.cause;
    return cause && cause !== error ? errorCode(cause) : undefined;
}
function classifyFailure(error) {
    if (error instanceof ClickHouseError)
        return AUTH_CODES.has(error.code) ? 'auth' : 'server';
    const code = errorCode(error);
    if (code && NOT_SENT_CODES.has(code))
        return 'not-sent';
    if (code && INTERRUPTED_CODES.has(code))
        return 'interrupted';
    const message = messageOf(error);
    if (/socket hang up|Timeout error|other side closed|premature close/i.test(message))
        return 'interrupted';
    // @clickhouse/client turns a non-ClickHouse error response (a proxy page) into a plain Error
    // carrying the body; ClickHouse's own errors always parse, so what is left is the HTTP layer.
    return 'unavailable';
}
/** Retry test for a statement that may change data: only when it certainly never left us. */
const retryableBeforeSend = (error) => classifyFailure(error) === 'not-sent';
/** Retry test for reads and idempotent writes (journal rows keyed by id, IF NOT EXISTS DDL). */
const retryableIdempotent = (error) => {
    const kind = classifyFailure(error);
    return kind === 'not-sent' || kind === 'interrupted' || kind === 'unavailable';
};
/**
 * Turns a failure the retries could not overcome into what the core reports: server errors stay
 * ClickHouseErrors (a failed statement, with the server's message); everything about reaching or
 * authenticating to the server becomes a `connection` SchemagateError naming the target.
 */
function toReportedError(error, target, mayHaveRun) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemagateError */ .RA)
        return error;
    const kind = classifyFailure(error);
    if (kind === 'server')
        return error;
    const message = messageOf(error);
    if (kind === 'auth') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemagateError */ .RA('connection', `ClickHouse at ${target} refused the credentials: ${message}`, {
            hint: 'Check the user and password in the database URL secret.',
            cause: error,
        });
    }
    if (kind === 'interrupted' && mayHaveRun) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemagateError */ .RA('connection', `Lost the connection to ClickHouse at ${target} while a statement was running (${message}); the statement may or may not have completed on the server.`, {
            hint: 'Check the server, then re-run: the journal shows which statements completed; verify the interrupted one by hand before resuming.',
            cause: error,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemagateError */ .RA('connection', `Cannot reach ClickHouse at ${target}: ${message}`, {
        hint: 'Check that the server is up and reachable from the runner, and the host, port and scheme of the database URL.',
        cause: error,
    });
}


/***/ }),

/***/ 9105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ DatabaseError)
/* harmony export */ });
/**
 * A statement the database rejected, with its own message and, where the database says, the
 * 1-based character offset in the statement it points at. Engines throw this from `execute`; a
 * lost connection is a `connection` SchemagateError instead, since the statement may have run.
 */
class DatabaseError extends Error {
    position;
    needsNoTransaction;
    /** What the database's refusal means for the user, when the engine knows (a missing privilege). */
    hint;
    /**
     * The statement gave up waiting for a lock (Postgres SQLSTATE 55P03, lock_timeout): nothing it
     * did remains, and running it again later may succeed. The core retries it (core/lock-retry.ts).
     */
    lockNotAvailable;
    /**
     * The transaction's COMMIT refused it, after every statement ran (a deferred constraint, a
     * serialization failure): nothing of the transaction remains, and no one statement is to blame.
     */
    atCommit;
    constructor(message, position, options, 
    /** The statement refuses to run inside a transaction (Postgres `CREATE INDEX CONCURRENTLY`...). */
    needsNoTransaction = false) {
        super(message, options);
        this.position = position;
        this.needsNoTransaction = needsNoTransaction;
        this.name = 'DatabaseError';
        if (options?.hint)
            this.hint = options.hint;
        this.lockNotAvailable = options?.lockNotAvailable ?? false;
        this.atCommit = options?.atCommit ?? false;
    }
}


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  JI: () => (/* binding */ isTransientConnectionError),
  ZB: () => (/* binding */ retryWithBackoff),
  xy: () => (/* binding */ withConnectRetries)
});

// UNUSED EXPORTS: backoffMs

;// CONCATENATED MODULE: ./node_modules/is-network-error/index.js
const objectToString = Object.prototype.toString;

const isError = value => objectToString.call(value) === '[object Error]';

const errorMessages = new Set([
	'network error', // Chrome
	'NetworkError when attempting to fetch resource.', // Firefox
	'The Internet connection appears to be offline.', // Safari 16
	'Network request failed', // `cross-fetch`
	'fetch failed', // Undici (Node.js)
	'terminated', // Undici (Node.js)
	' A network error occurred.', // Bun (WebKit)
	'Network connection lost', // Cloudflare Workers (fetch)
]);

function isNetworkError(error) {
	const isValid = error
		&& isError(error)
		&& error.name === 'TypeError'
		&& typeof error.message === 'string';

	if (!isValid) {
		return false;
	}

	const {message, stack} = error;

	// Safari 17+ has generic message but no stack for network errors
	if (message === 'Load failed' || (message.startsWith('Load failed (') && message.endsWith(')'))) {
		return stack === undefined
			// Sentry adds its own stack trace to the fetch error, so also check for that
			|| '__sentry_captured__' in error;
	}

	// Deno network errors start with specific text
	if (message.startsWith('error sending request for url')) {
		return true;
	}

	// Chrome: exact "Failed to fetch" or with hostname: "Failed to fetch (example.com)"
	if (message === 'Failed to fetch' || (message.startsWith('Failed to fetch (') && message.endsWith(')'))) {
		return true;
	}

	// Standard network error messages
	return errorMessages.has(message);
}

;// CONCATENATED MODULE: ./node_modules/p-retry/index.js


function validateRetries(retries) {
	if (typeof retries === 'number') {
		if (retries < 0) {
			throw new TypeError('Expected `retries` to be a non-negative number.');
		}

		if (Number.isNaN(retries)) {
			throw new TypeError('Expected `retries` to be a valid number or Infinity, got NaN.');
		}
	} else if (retries !== undefined) {
		throw new TypeError('Expected `retries` to be a number or Infinity.');
	}
}

function validateNumberOption(name, value, {min = 0, allowInfinity = false} = {}) {
	if (value === undefined) {
		return;
	}

	if (typeof value !== 'number' || Number.isNaN(value)) {
		throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? ' or Infinity' : ''}.`);
	}

	if (!allowInfinity && !Number.isFinite(value)) {
		throw new TypeError(`Expected \`${name}\` to be a finite number.`);
	}

	if (value < min) {
		throw new TypeError(`Expected \`${name}\` to be \u2265 ${min}.`);
	}
}

class AbortError extends Error {
	constructor(message) {
		super();

		if (message instanceof Error) {
			this.originalError = message;
			({message} = message);
		} else {
			this.originalError = new Error(message);
			this.originalError.stack = this.stack;
		}

		this.name = 'AbortError';
		this.message = message;
	}
}

function calculateDelay(retriesConsumed, options) {
	const attempt = Math.max(1, retriesConsumed + 1);
	const random = options.randomize ? (Math.random() + 1) : 1;

	let timeout = Math.round(random * options.minTimeout * (options.factor ** (attempt - 1)));
	timeout = Math.min(timeout, options.maxTimeout);

	return timeout;
}

function calculateRemainingTime(start, max) {
	if (!Number.isFinite(max)) {
		return max;
	}

	return max - (performance.now() - start);
}

async function onAttemptFailure({error, attemptNumber, retriesConsumed, startTime, options}) {
	const normalizedError = error instanceof Error
		? error
		: new TypeError(`Non-error was thrown: "${error}". You should only throw errors.`);

	if (normalizedError instanceof AbortError) {
		throw normalizedError.originalError;
	}

	const retriesLeft = Number.isFinite(options.retries)
		? Math.max(0, options.retries - retriesConsumed)
		: options.retries;

	const maxRetryTime = options.maxRetryTime ?? Number.POSITIVE_INFINITY;

	const context = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
	});

	await options.onFailedAttempt(context);

	if (calculateRemainingTime(startTime, maxRetryTime) <= 0) {
		throw normalizedError;
	}

	const consumeRetry = await options.shouldConsumeRetry(context);

	const remainingTime = calculateRemainingTime(startTime, maxRetryTime);

	if (remainingTime <= 0 || retriesLeft <= 0) {
		throw normalizedError;
	}

	if (normalizedError instanceof TypeError && !isNetworkError(normalizedError)) {
		if (consumeRetry) {
			throw normalizedError;
		}

		options.signal?.throwIfAborted();
		return false;
	}

	if (!await options.shouldRetry(context)) {
		throw normalizedError;
	}

	if (!consumeRetry) {
		options.signal?.throwIfAborted();
		return false;
	}

	const delayTime = calculateDelay(retriesConsumed, options);
	const finalDelay = Math.min(delayTime, remainingTime);

	options.signal?.throwIfAborted();

	if (finalDelay > 0) {
		await new Promise((resolve, reject) => {
			const onAbort = () => {
				clearTimeout(timeoutToken);
				options.signal?.removeEventListener('abort', onAbort);
				reject(options.signal.reason);
			};

			const timeoutToken = setTimeout(() => {
				options.signal?.removeEventListener('abort', onAbort);
				resolve();
			}, finalDelay);

			if (options.unref) {
				timeoutToken.unref?.();
			}

			options.signal?.addEventListener('abort', onAbort, {once: true});
		});
	}

	options.signal?.throwIfAborted();

	return true;
}

async function pRetry(input, options = {}) {
	options = {...options};

	validateRetries(options.retries);

	if (Object.hasOwn(options, 'forever')) {
		throw new Error('The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.');
	}

	options.retries ??= 10;
	options.factor ??= 2;
	options.minTimeout ??= 1000;
	options.maxTimeout ??= Number.POSITIVE_INFINITY;
	options.maxRetryTime ??= Number.POSITIVE_INFINITY;
	options.randomize ??= false;
	options.onFailedAttempt ??= () => {};
	options.shouldRetry ??= () => true;
	options.shouldConsumeRetry ??= () => true;

	// Validate numeric options and normalize edge cases
	validateNumberOption('factor', options.factor, {min: 0, allowInfinity: false});
	validateNumberOption('minTimeout', options.minTimeout, {min: 0, allowInfinity: false});
	validateNumberOption('maxTimeout', options.maxTimeout, {min: 0, allowInfinity: true});
	validateNumberOption('maxRetryTime', options.maxRetryTime, {min: 0, allowInfinity: true});

	// Treat non-positive factor as 1 to avoid zero backoff or negative behavior
	if (!(options.factor > 0)) {
		options.factor = 1;
	}

	options.signal?.throwIfAborted();

	let attemptNumber = 0;
	let retriesConsumed = 0;
	const startTime = performance.now();

	while (Number.isFinite(options.retries) ? retriesConsumed <= options.retries : true) {
		attemptNumber++;

		try {
			options.signal?.throwIfAborted();

			const result = await input(attemptNumber);

			options.signal?.throwIfAborted();

			return result;
		} catch (error) {
			if (await onAttemptFailure({
				error,
				attemptNumber,
				retriesConsumed,
				startTime,
				options,
			})) {
				retriesConsumed++;
			}
		}
	}

	// Should not reach here, but in case it does, throw an error
	throw new Error('Retry attempts exhausted without throwing an error.');
}

function makeRetriable(function_, options) {
	return function (...arguments_) {
		return pRetry(() => function_.apply(this, arguments_), options);
	};
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/engines/retry.ts


/**
 * Transient failures to reach a database are retried with backoff (about 2 s, 3 s, 5 s, as
 * field experience with flaky runners suggests); anything that may have executed a statement
 * is never retried, so this wraps connecting only.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/**
 * A failure to reach the server: a network error code (or one of the driver's own, in
 * `driverCodes`) on the error, its cause, or any error of an AggregateError; or an HTTP 5xx.
 */
function isTransientConnectionError(error, driverCodes = new Set()) {
    const e = error;
    if (!e || typeof e !== 'object')
        return false;
    if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || driverCodes.has(e.code)))
        return true;
    if (typeof e.statusCode === 'number' && e.statusCode >= 500)
        return true;
    const again = (inner) => isTransientConnectionError(inner, driverCodes);
    if (Array.isArray(e.errors))
        return e.errors.some(again);
    return e.cause !== undefined && e.cause !== error && again(e.cause);
}
/** Delay before retry n (1-based): 2 s, 3 s, 5 s, then 5 s, scaled for tests. */
function backoffMs(attempt, baseMs = 1000) {
    return [2, 3, 5][Math.min(attempt, 3) - 1] * baseMs;
}
/** Runs `run`, retrying the failures the policy allows after 2 s, 3 s, 5 s... (p-retry). */
async function retryWithBackoff(run, policy) {
    // p-retry only retries `instanceof Error`; errors from another realm or non-Error throws
    // would be turned into a TypeError, so each failure is wrapped with the original as cause.
    const attempt = () => run().catch((error) => {
        throw error instanceof Error ? error : new Error((0,errors/* databaseMessage */.bs)(error), { cause: error });
    });
    return pRetry(attempt, {
        retries: policy.retries,
        minTimeout: 0,
        maxTimeout: 0,
        randomize: false,
        // The delay lives here rather than in p-retry's exponential schedule so it follows the
        // 2 s, 3 s, 5 s steps exactly, and only once the failure is known to be worth retrying.
        shouldRetry: async ({ error, attemptNumber }) => {
            if (!policy.shouldRetry(error))
                return false;
            const delay = backoffMs(attemptNumber, policy.retryBaseMs);
            policy.log?.(`${policy.what(attemptNumber)} failed (${(0,errors/* databaseMessage */.bs)(error)}); retrying in ${delay / 1000}s (retry ${attemptNumber} of ${policy.retries}).`);
            await new Promise((resolve) => setTimeout(resolve, delay));
            return true;
        },
    });
}
/** Connects, retrying what `isTransient` calls transient; a final failure is a `connection` error. */
async function withConnectRetries(connect, options, isTransient = isTransientConnectionError) {
    try {
        return await retryWithBackoff(connect, {
            retries: options.connectRetries,
            ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
            shouldRetry: isTransient,
            what: (attempt) => `Connection attempt ${attempt}`,
            ...(options.log ? { log: options.log } : {}),
        });
    }
    catch (error) {
        if (error instanceof errors/* SchemagateError */.RA)
            throw error;
        throw new errors/* SchemagateError */.RA('connection', `Could not connect to the database: ${(0,errors/* databaseMessage */.bs)(error)}`, {
            hint: 'Check that the server is reachable from the runner and that the URL secret (host, port, user, password, database) is right.',
            cause: error,
        });
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ configError),
/* harmony export */   Mm: () => (/* binding */ bounded),
/* harmony export */   RA: () => (/* binding */ SchemagateError),
/* harmony export */   ai: () => (/* binding */ EXIT_CODES),
/* harmony export */   bs: () => (/* binding */ databaseMessage),
/* harmony export */   hP: () => (/* binding */ MAX_MESSAGE_CHARS)
/* harmony export */ });
class SchemagateError extends Error {
    kind;
    details;
    constructor(kind, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.kind = kind;
        this.details = details;
        this.name = 'SchemagateError';
    }
    get location() {
        return this.details.location;
    }
    get hint() {
        return this.details.hint;
    }
}
const configError = (message, details = {}) => new SchemagateError('config', message, details);
/** Process exit codes, distinct per outcome so scripts can branch on them. */
const EXIT_CODES = {
    ok: 0,
    'migration-failed': 1,
    drift: 2,
    refused: 3,
    'lock-timeout': 4,
    config: 5,
    connection: 6,
    promotion: 7,
    unsafe: 8,
    internal: 9,
};
/**
 * At most this many characters of a database's message are shown: a server echoes the
 * statement's text (a 2 MB literal, a file a symlink pointed at) and a job summary over 1 MiB is
 * rejected whole.
 */
const MAX_MESSAGE_CHARS = 2000;
/** `text` cut to `max` characters, saying how much was left out. */
function bounded(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}\u2026 (${text.length - max} more characters not shown)`;
}
/** The database's own error text, whatever shape the driver gave it, cut to a bounded length. */
function databaseMessage(error) {
    const text = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
    return bounded(text, MAX_MESSAGE_CHARS);
}


/***/ }),

/***/ 2815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ lineBreaksBefore),
/* harmony export */   N: () => (/* binding */ toFinding)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6641);

function toFinding(migration, statement, hit) {
    const doc = _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocs */ .yQ[hit.rule];
    const finding = {
        rule: hit.rule,
        severity: doc.severity,
        file: migration.file,
        line: statement.line + lineBreaksBefore(statement.sql, hit.offset ?? 0),
        statement: statement.sql,
        message: hit.message ?? doc.why,
        fix: doc.fix,
    };
    if (hit.table !== undefined)
        finding.table = hit.table;
    return finding;
}
/** Line breaks (`\r\n`, `\n`, a lone `\r`) in `text` before `offset`. */
function lineBreaksBefore(text, offset) {
    let breaks = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        const c = text[i];
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n'))
            breaks++;
    }
    return breaks;
}


/***/ }),

/***/ 6641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   vA: () => (/* binding */ squawkAliases),
/* harmony export */   yQ: () => (/* binding */ ruleDocs)
/* harmony export */ });
const PG = ['postgres'];
const CH = ['clickhouse'];
const BOTH = ['postgres', 'clickhouse'];
const ruleDocs = {
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
        why: 'Outside a transaction, a migration that fails halfway leaves its first statements applied; when resumed or re-run, a CREATE or DROP that already happened fails.',
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
};
const isRuleId = (id) => Object.hasOwn(ruleDocs, id);
/**
 * squawk's names for rules that schemagate names otherwise, so `-- squawk-ignore <name>` waives
 * the same finding here.
 */
const squawkAliases = {
    'ban-concurrent-index-creation-in-transaction': 'concurrently-in-transaction',
};


/***/ }),

/***/ 8265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ applyWaivers),
/* harmony export */   Rb: () => (/* binding */ statementWaivers),
/* harmony export */   S_: () => (/* binding */ fileWaivers)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2815);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6641);


const ALLOW = /^--\s*schemagate:allow(?:\s+(.*))?$/;
const SQUAWK_IGNORE = /^--\s*squawk-ignore(?:\s+(.*))?$/;
const SQUAWK_IGNORE_FILE = /^--\s*squawk-ignore-file(?:\s+(.*))?$/;
/** The waivers written for one statement: comment lines directly above it, or a comment after it on its last line. */
function statementWaivers(migration, statement) {
    const lines = migration.sql.split(/\r\n|\r|\n/);
    const comments = [];
    // Upwards from the line above the statement, while the lines are comments (a blank line ends it).
    for (let line = statement.line - 1; line >= 1; line--) {
        const text = lines[line - 1].trim();
        if (!text.startsWith('--'))
            break;
        comments.push({ text, line });
    }
    const lastLine = statement.line + (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .lineBreaksBefore */ .I)(statement.sql, statement.sql.length);
    const trailing = trailingComment(migration.sql, statement);
    if (trailing !== null)
        comments.push({ text: trailing, line: lastLine });
    const result = { waivers: [], problems: [] };
    for (const comment of comments)
        readComment(comment.text, comment.line, result);
    return result;
}
/** `-- squawk-ignore-file` waivers, which cover every statement of the file. */
function fileWaivers(migration) {
    const waivers = [];
    for (const raw of migration.sql.split(/\r\n|\r|\n/)) {
        const match = SQUAWK_IGNORE_FILE.exec(raw.trim());
        if (match)
            waivers.push(squawkWaiver(match[1], 'squawk-ignore-file'));
    }
    return waivers;
}
/** Marks the findings a waiver covers; the first matching waiver's reason is kept. */
function applyWaivers(findings, waivers) {
    return findings.map((finding) => {
        if (finding.suppressed)
            return finding;
        const waiver = waivers.find((w) => w.rules === 'all' || w.rules.has(finding.rule));
        return waiver ? { ...finding, suppressed: { reason: waiver.reason } } : finding;
    });
}
function readComment(text, line, into) {
    const allow = ALLOW.exec(text);
    if (allow) {
        readAllow(allow[1]?.trim() ?? '', line, into);
        return;
    }
    // squawk-ignore-file is read once for the whole file by fileWaivers.
    if (SQUAWK_IGNORE_FILE.test(text))
        return;
    const squawk = SQUAWK_IGNORE.exec(text);
    if (squawk)
        into.waivers.push(squawkWaiver(squawk[1], 'squawk-ignore'));
}
function readAllow(rest, line, into) {
    const [ruleList = '', ...reasonWords] = rest.split(/\s+/).filter(Boolean);
    const reason = reasonWords.join(' ');
    const rules = ruleList.split(',').filter(Boolean);
    if (rules.length === 0 || reason === '') {
        into.problems.push({
            rule: 'suppression-without-reason',
            line,
            message: rules.length === 0
                ? '`-- schemagate:allow` names no rule and gives no reason, so it waives nothing.'
                : `\`-- schemagate:allow ${ruleList}\` gives no reason, so it waives nothing: reviewers see the reason next to the waived finding.`,
        });
        return;
    }
    const unknown = rules.filter((rule) => !(0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isRuleId */ .KX)(rule));
    if (unknown.length > 0) {
        into.problems.push({
            rule: 'suppression-unknown-rule',
            line,
            message: `\`-- schemagate:allow\` names ${unknown.map((r) => `\`${r}\``).join(', ')}, which is not a schemagate rule, so it waives nothing for ${unknown.length === 1 ? 'it' : 'them'}.`,
        });
    }
    into.waivers.push({ rules: new Set(rules), reason });
}
function squawkWaiver(list, form) {
    // squawk's list: rule names separated by commas and/or spaces; anything after `--` is a note.
    const names = (list ?? '').split('--')[0].split(/[\s,]+/).filter(Boolean).map((name) => name.toLowerCase());
    if (names.length === 0)
        return { rules: 'all', reason: `${form} (squawk's comment, no reason given)` };
    return {
        rules: new Set(names.map((name) => _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .squawkAliases */ .vA[name] ?? name)),
        reason: `${form} ${names.join(', ')} (squawk's comment, no reason given)`,
    };
}
/**
 * The `--` comment that follows the statement on its last line (`CREATE ...; -- note`), or null.
 * The statement text is an exact slice of the file, so its end is found by position, not by
 * searching the SQL.
 */
function trailingComment(text, statement) {
    const start = statementOffset(text, statement);
    if (start < 0)
        return null;
    let i = start + statement.sql.length;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === ';'))
        i++;
    if (text[i] !== '-' || text[i + 1] !== '-')
        return null;
    let end = i;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r')
        end++;
    return text.slice(i, end).trim();
}
function statementOffset(text, statement) {
    let line = 1;
    let i = 0;
    while (line < statement.line && i < text.length) {
        const c = text[i++];
        if (c === '\n' || (c === '\r' && text[i] !== '\n'))
            line++;
    }
    return text.indexOf(statement.sql, i);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // \u2192 key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '\u2026' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '\u2026';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '\u2026\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` \u2013 Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` \u2013 Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` \u2013 Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` \u2013 The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 1251:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(1251);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(1251);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(1251);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(91);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
