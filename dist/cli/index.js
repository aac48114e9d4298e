import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(418);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 418:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseArgs

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/errors.ts
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
};
/** The database's own error text, whatever shape the driver gave it. */
function databaseMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./src/version.ts
/** Recorded in every journal row; a test keeps it equal to package.json's version. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/config.ts




/**
 * Validated settings, built the same way from action inputs and from CLI flags: both shells
 * hand `readSettings` a lookup of raw strings, so every default and every check lives here once.
 */
const MODES = ['plan', 'apply', 'verify', 'snapshot', 'baseline'];
/** Input names and defaults; `action.yml` declares the same (a test keeps them equal). */
const INPUT_DEFAULTS = {
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
};
function config_boolean(name, raw) {
    const value = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(value))
        return false;
    throw configError(`Input \`${name}\` must be true or false, got "${raw}".`);
}
function seconds(name, raw, { allowZero }) {
    const value = Number(raw.trim());
    if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
        throw configError(`Input \`${name}\` must be a number of seconds${allowZero ? ' (0 for none)' : ' above 0'}, got "${raw}".`);
    }
    return value * 1000;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function identifier(name, raw) {
    if (!IDENTIFIER.test(raw))
        throw configError(`Input \`${name}\` must be a plain identifier (letters, digits, _), got "${raw}".`);
    return raw;
}
const SUPPORTED_SCHEMES = 'postgres://, postgresql://, pglite://PATH, clickhouse://, http(s)://, chdb://PATH';
function parseDatabaseUrl(raw) {
    const value = raw.trim();
    if (!value) {
        throw configError('No database URL: input `database-url` is empty.', {
            hint: 'Store the URL as a secret of the GitHub Environment (e.g. DATABASE_URL) and pass it with ' +
                '`database-url: ${{ secrets.DATABASE_URL }}`; the job must declare `environment:` to read it. ' +
                'If it is set and still empty, the secret is missing in that environment (forks get no secrets).',
        });
    }
    try {
        return new URL(value);
    }
    catch {
        // Never echo the value: it is a secret and may hold a password.
        throw configError('Input `database-url` is not a valid URL.', {
            hint: `Use one of ${SUPPORTED_SCHEMES}; percent-encode special characters in the password.`,
        });
    }
}
function runContextFromEnv(env, environment) {
    const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : null;
    return {
        actor: env.GITHUB_ACTOR ?? (env.USER || external_node_os_default().userInfo().username || null),
        runUrl,
        commitSha: env.GITHUB_SHA ?? null,
        environment,
        toolVersion: VERSION,
    };
}
function readSettings(lookup, env = process.env) {
    const get = (name) => {
        const value = lookup(name);
        return value === undefined || value === '' ? INPUT_DEFAULTS[name] : value;
    };
    const mode = get('mode').trim();
    if (!MODES.includes(mode)) {
        throw configError(`Unknown mode "${mode}".`, { hint: `Set \`mode\` to one of: ${MODES.join(', ')}.` });
    }
    const cwd = external_node_path_default().resolve(env.GITHUB_WORKSPACE ?? process.cwd(), get('working-directory'));
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
    return {
        mode: mode,
        databaseUrl: parseDatabaseUrl(get('database-url')),
        cwd,
        migrations: external_node_path_default().resolve(cwd, get('migrations')),
        snapshot: snapshot ? external_node_path_default().resolve(cwd, snapshot) : null,
        allowOutOfOrder: config_boolean('allow-out-of-order', get('allow-out-of-order')),
        resume: config_boolean('resume', get('resume')),
        verifyAfterApply: config_boolean('verify', get('verify')),
        failOnExtra: config_boolean('fail-on-extra', get('fail-on-extra')),
        journalSchema: journalSchema ? identifier('journal-schema', journalSchema) : undefined,
        journalTable: identifier('journal-table', get('journal-table').trim()),
        lockTimeoutMs: seconds('lock-timeout', get('lock-timeout'), { allowZero: true }),
        statementTimeoutMs: statementTimeoutMs || undefined,
        connectRetries: retries,
        drizzleJournal: drizzleJournal,
        drizzleTable: get('drizzle-migrations-table').trim(),
        baselineReason: get('baseline-reason').trim() || null,
        baselineTo: get('baseline-to').trim() || null,
        mutationTimeoutMs: seconds('mutation-timeout', get('mutation-timeout'), { allowZero: false }),
        cluster: cluster ? identifier('cluster', cluster) : undefined,
        context: runContextFromEnv(env, environment),
    };
}
/**
 * Everything secret about a database URL, so it can be masked wherever text leaves the process:
 * the whole URL, the password (raw and percent-decoded), and `user:password` userinfo.
 */
function secretsOf(raw) {
    const secrets = new Set([raw.trim()]);
    try {
        const url = new URL(raw.trim());
        if (url.password) {
            secrets.add(url.password);
            secrets.add(decodeURIComponent(url.password));
            secrets.add(url.href);
        }
    }
    catch {
        // An unparsable URL is still masked whole.
    }
    return [...secrets].filter((s) => s.length >= 3);
}
class Redactor {
    secrets;
    constructor(secrets) {
        this.secrets = [...new Set(secrets)].sort((a, b) => b.length - a.length);
    }
    /** Masks known secrets, and any `scheme://user:password@` that a library may have echoed. */
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        return result.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s/]+@/gi, '$1:***@');
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
};
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
const shortChecksum = (checksum) => checksum.slice(0, 12);
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
    return `schemagate ${outcome.mode}: ${STATUS_TITLES[outcome.status]}: ${outcome.error.message}`;
}

;// CONCATENATED MODULE: ./src/report/outcome.ts
/** The outcome of a run that failed before it could start (bad inputs), so it is still reported. */
function earlyFailure(mode, error) {
    return {
        mode: mode,
        engine: 'unknown',
        target: 'not connected',
        migrations: '',
        format: null,
        status: error.kind,
        plan: null,
        applied: [],
        verification: null,
        snapshotWritten: null,
        error: {
            kind: error.kind,
            message: error.message,
            ...(error.hint ? { hint: error.hint } : {}),
            ...(error.location ? { location: error.location } : {}),
        },
        durationMs: 0,
    };
}

;// CONCATENATED MODULE: ./src/report/progress.ts

/** One log line per progress event; both shells print these. */
function describeEvent(event) {
    switch (event.type) {
        case 'migration-start':
            return `[${event.index + 1}/${event.total}] ${event.migration.file}: ${event.migration.statements.length - event.startAt} statement(s)` +
                (event.startAt > 0 ? `, resuming at statement ${event.startAt + 1}` : '') +
                (event.migration.transactional ? '' : ', no transaction');
        case 'statement':
            return `    statement ${event.statement.index + 1}/${event.count} done (line ${event.statement.line})`;
        case 'migration-done':
            return `    applied in ${formatDuration(event.durationMs)}`;
        case 'migration-failed':
            return `    FAILED at statement ${event.error.statementIndex + 1} (${event.error.file}:${event.error.line}): ${event.error.databaseMessage}`;
        case 'log':
            return event.message;
    }
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
        format: outcome.format,
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
        error: outcome.error,
    });
}
function counts(outcome) {
    return {
        pending: outcome.plan?.pending.length ?? 0,
        applied: outcome.applied.filter((a) => a.status !== 'failed').length,
        drift: outcome.verification?.differences.filter((d) => d.severity === 'error').length ?? 0,
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts

/**
 * The job summary: everything a reviewer needs without opening the log. Annotations are capped
 * by GitHub, so this is the complete list of problems and differences.
 */
function planSection(outcome) {
    const plan = outcome.plan;
    if (!plan)
        return [];
    const parts = ['### Plan', ''];
    parts.push(`${plan.applied.length} applied · ${plan.pending.length} pending · ${plan.edited.length} edited · ` +
        `${plan.missing.length} missing · ${plan.outOfOrder.length} out of order · ${plan.failed.length} previously failed`, '');
    if (plan.pending.length > 0) {
        parts.push(table(['Migration', 'File', 'Why', 'Statements', 'Checksum'], plan.pending.map((p) => [
            p.migration.id,
            `\`${p.migration.file}\``,
            p.reason + (p.outOfOrder ? ' (out of order, allowed)' : '') + (p.startAt > 0 ? ` from statement ${p.startAt + 1}` : ''),
            p.migration.statements.length,
            `\`${shortChecksum(p.migration.checksum)}\``,
        ])), '');
    }
    if (plan.problems.length > 0) {
        parts.push('#### Problems', '', table(['', 'Migration', 'Problem', 'How to fix'], plan.problems.map((p) => [p.severity === 'error' ? '❌' : '⚠️', p.migrationId, p.message, p.hint])), '');
    }
    return parts;
}
function appliedSection(outcome) {
    if (outcome.applied.length === 0)
        return [];
    const title = outcome.mode === 'baseline' ? '### Recorded as applied (baseline, not run)' : '### Applied';
    return [
        title,
        '',
        table(['Migration', 'File', 'Result', 'Statements run', 'Duration'], outcome.applied.map((a) => [
            a.migrationId,
            `\`${a.file}\``,
            a.status === 'failed' ? '❌ failed' : a.status === 'baselined' ? '📌 baselined' : '✅ applied',
            a.statementsRun,
            formatDuration(a.durationMs),
        ])),
        '',
    ];
}
function verificationSection(outcome) {
    const v = outcome.verification;
    if (!v)
        return [];
    const errors = v.differences.filter((d) => d.severity === 'error').length;
    const warnings = v.differences.length - errors;
    const parts = [`### Verification against \`${v.snapshot}\``, ''];
    if (v.differences.length === 0) {
        parts.push(`✅ ${v.tablesChecked} tables match the snapshot.`, '');
        return parts;
    }
    parts.push(`${errors > 0 ? '❌' : '⚠️'} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} across ${v.tablesChecked} expected tables.`, '', table(['', 'Object', 'Difference', 'Expected', 'Actual', 'Snapshot line'], v.differences.map((d) => [d.severity === 'error' ? '❌' : '⚠️', `\`${d.object}\``, d.kind, d.expected, d.actual, d.line])), '');
    return parts;
}
function renderSummary(outcome) {
    const icon = outcome.status === 'ok' ? '✅' : '❌';
    const parts = [
        `## ${icon} schemagate ${outcome.mode}: ${STATUS_TITLES[outcome.status]}`,
        '',
        `Target \`${outcome.target}\` (${outcome.engine}) · migrations \`${outcome.migrations}\`${outcome.format ? ` (${outcome.format})` : ''} · ${formatDuration(outcome.durationMs)}`,
        '',
    ];
    if (outcome.error) {
        const where = outcome.error.location ? ` (\`${outcome.error.location.file}${outcome.error.location.line ? `:${outcome.error.location.line}` : ''}\`)` : '';
        parts.push(`> **${cell(outcome.error.message)}**${where}`, '');
        if (outcome.error.hint)
            parts.push(`> ${cell(outcome.error.hint)}`, '');
    }
    parts.push(...planSection(outcome), ...appliedSection(outcome), ...verificationSection(outcome));
    if (outcome.snapshotWritten)
        parts.push(`Snapshot written to \`${outcome.snapshotWritten}\`.`, '');
    return parts.join('\n');
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/apply.ts


/** Postgres reports where in a statement it failed; turn that into a line of the file. */
function failureLine(statement, error) {
    const position = Number(error.position);
    if (!Number.isInteger(position) || position < 1)
        return statement.line;
    return statement.line + (statement.sql.slice(0, position - 1).match(/\n/g)?.length ?? 0);
}
function newAttempt(migration, kind, context, startedAt, fields = {}) {
    return {
        attemptId: (0,external_node_crypto_namespaceObject.randomUUID)(),
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
        ...context,
        ...fields,
    };
}
class StatementFailed extends Error {
    statement;
    statementsApplied;
    original;
    constructor(statement, statementsApplied, original) {
        super(databaseMessage(original));
        this.statement = statement;
        this.statementsApplied = statementsApplied;
        this.original = original;
    }
}
async function runStatements(executor, item, emit, afterEach) {
    const { migration } = item;
    for (const statement of migration.statements.slice(item.startAt)) {
        try {
            await executor.execute(statement);
        }
        catch (error) {
            throw new StatementFailed(statement, statement.index - item.startAt, error);
        }
        await afterEach(statement);
        emit({ type: 'statement', migration, statement, count: migration.statements.length });
    }
}
async function applyMigration(engine, item, position, options, emit) {
    const { migration } = item;
    const now = options.now ?? (() => new Date());
    const started = now();
    const attempt = newAttempt(migration, migration.kind, options.context, started, {
        outOfOrder: item.outOfOrder,
        note: item.reason === 'resume' ? `resumed at statement ${item.startAt + 1}` : null,
    });
    const finished = (fields) => {
        const at = now();
        return { ...attempt, finishedAt: at, durationMs: at.getTime() - started.getTime(), ...fields };
    };
    const recordSuccess = async (executor) => {
        await executor.writeAttempt(finished({ status: 'applied', statementsApplied: migration.statements.length - item.startAt }));
        // Engines keep drizzle's own table in step only when adopting a drizzle project.
        if (migration.drizzleWhen !== undefined)
            await executor.writeDrizzleRow?.(migration.checksum, migration.drizzleWhen);
    };
    emit({ type: 'migration-start', migration, ...position, startAt: item.startAt });
    // Written before any statement runs and outside the transaction: a crash leaves a visible trace.
    await engine.writeAttempt(attempt);
    const atomic = engine.supportsTransactions && migration.transactional;
    try {
        if (atomic) {
            await engine.transaction(async (tx) => {
                await runStatements(tx, item, emit, async () => { });
                await recordSuccess(tx);
            });
        }
        else {
            await runStatements(engine, item, emit, (statement) => engine.writeStatement({
                attemptId: attempt.attemptId,
                migrationId: migration.id,
                statementIndex: statement.index,
                statementHash: statement.hash,
                finishedAt: now(),
            }));
            await recordSuccess(engine);
        }
    }
    catch (error) {
        if (!(error instanceof StatementFailed))
            throw error;
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
        }));
        emit({ type: 'migration-failed', migration, error: failure });
        throw new SchemagateError('migration-failed', `${migration.file}:${failure.line}: statement ${failure.statementIndex + 1} of ` +
            `${migration.statements.length} failed: ${failure.databaseMessage}`, {
            location: { file: migration.file, line: failure.line },
            hint: atomic
                ? 'The migration was rolled back and recorded as failed; fix it and run again.'
                : `Statements before it completed and stay applied; fix the file and run again with \`resume: true\`.`,
            cause: error.original,
        });
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
    };
}

;// CONCATENATED MODULE: ./src/engines/clickhouse/index.ts
const clickhouseDriver = {
    kind: 'clickhouse',
    schemes: ['clickhouse:', 'http:', 'https:', 'chdb:'],
    split: () => { throw new Error('ClickHouse engine not built yet'); },
    open: () => { throw new Error('ClickHouse engine not built yet'); },
};

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/sources/split.ts
class SplitError extends Error {
    line;
    hint;
    constructor(message, 
    /** 1-based line where the offending construct (or statement) starts. */
    line, hint) {
        super(message);
        this.line = line;
        this.hint = hint;
        this.name = 'SplitError';
    }
}
function splitSql(text, dialect) {
    return new Splitter(text, dialect).run();
}
/**
 * Offset of the first character at or after `from` that is neither whitespace nor part of a
 * comment, or `text.length`. Lets callers that cut statements by other means (drizzle's
 * breakpoint markers) point a statement's line at its first token, as the splitter does.
 */
function skipTrivia(text, dialect, from = 0) {
    const lexer = new Splitter(text, dialect);
    lexer.pos = from;
    lexer.skipTrivia();
    return lexer.pos;
}
/** 1-based line of `offset`; `\r\n`, `\n` and a lone `\r` each end a line. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF))
            line++;
    }
    return line;
}
const LF = 10;
const CR = 13;
const freshStatement = () => ({
    start: -1,
    end: -1,
    words: [],
    prevWord: '',
    parenDepth: 0,
    atomicDepth: 0,
    insertBodySeen: false,
});
class Splitter {
    text;
    dialect;
    pos = 0;
    stmt = freshStatement();
    out = [];
    lineStarts;
    constructor(text, dialect) {
        this.text = text;
        this.dialect = dialect;
        this.lineStarts = lineStarts(text);
    }
    run() {
        const { text } = this;
        while (this.pos < text.length) {
            if (this.skipTrivia())
                continue;
            const stmt = this.stmt;
            // Like psql: a `;` inside parentheses (CREATE RULE ... DO (a; b)) or an atomic body is not an end.
            if (text[this.pos] === ';' && stmt.parenDepth === 0 && stmt.atomicDepth === 0) {
                this.finishStatement();
                this.pos++;
                continue;
            }
            if (stmt.start < 0)
                stmt.start = this.pos;
            this.token();
            stmt.end = this.pos;
        }
        this.finishStatement();
        return this.out;
    }
    /** Advances past whitespace and comments; returns whether it moved. */
    skipTrivia() {
        const from = this.pos;
        for (;;) {
            const c = this.text.charCodeAt(this.pos);
            if (isSpace(c))
                this.pos++;
            else if (!this.skipComment())
                break;
        }
        return this.pos !== from;
    }
    skipComment() {
        const { text, pos } = this;
        const c = text[pos];
        const next = text[pos + 1];
        if (c === '-' && next === '-') {
            this.pos = endOfLine(text, pos);
            return true;
        }
        // ClickHouse's own lexer: `//` comments, and `#` only before a space or `!` (shebang).
        if (this.dialect === 'clickhouse' && ((c === '/' && next === '/') || (c === '#' && (next === ' ' || next === '!')))) {
            this.pos = endOfLine(text, pos);
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
        throw this.unterminated('/* comment', start, 'Close it with */ (block comments nest: each /* needs its own */).');
    }
    token() {
        const { text, pos } = this;
        const clickhouse = this.dialect === 'clickhouse';
        const c = text[pos];
        const code = text.charCodeAt(pos);
        if (c === "'") {
            this.pos = this.quoted(pos, "'", clickhouse, 'quoted string');
        }
        else if (c === '"') {
            this.pos = this.quoted(pos, '"', clickhouse, 'quoted identifier');
        }
        else if (c === '`' && clickhouse) {
            this.pos = this.quoted(pos, '`', true, 'quoted identifier');
        }
        else if (c === '$') {
            this.pos = this.dollar(pos);
        }
        else if (isWordStart(code)) {
            this.word(pos);
            return;
        }
        else {
            if (c === '(')
                this.stmt.parenDepth++;
            else if (c === ')' && this.stmt.parenDepth > 0)
                this.stmt.parenDepth--;
            this.pos = pos + 1;
        }
        this.stmt.prevWord = '';
    }
    /**
     * A string or quoted identifier. Postgres doubles the quote to escape it (backslashes are
     * literal, except in E'' strings); ClickHouse accepts both doubling and backslash escapes.
     */
    quoted(start, quote, backslashEscapes, kind) {
        const { text } = this;
        let i = start + 1;
        while (i < text.length) {
            const c = text[i];
            if (backslashEscapes && c === '\\')
                i += 2;
            else if (c === quote) {
                if (text[i + 1] !== quote)
                    return i + 1;
                i += 2;
            }
            else
                i++;
        }
        throw this.unterminated(kind, start, `Close the ${kind} that starts on this line (look for a stray ${quote}).`);
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
            while (isDigit(text.charCodeAt(i)))
                i++;
            return Math.max(i, start + 1);
        }
        const tag = text.slice(start, i + 1);
        const close = text.indexOf(tag, i + 1);
        if (close < 0) {
            throw this.unterminated(`dollar-quoted string ${tag}`, start, `Close the body with ${tag}.`);
        }
        return close + tag.length;
    }
    word(start) {
        const { text } = this;
        let i = start + 1;
        while (isWordChar(text.charCodeAt(i)))
            i++;
        this.pos = i;
        const word = text.slice(start, i).toLowerCase();
        // Postgres E'...' strings are the only ones where a backslash escapes the quote.
        if (word === 'e' && text[i] === "'" && this.dialect === 'postgres') {
            this.pos = this.quoted(i, "'", true, 'quoted string');
            this.stmt.prevWord = '';
            return;
        }
        const stmt = this.stmt;
        if (stmt.words.length < 4)
            stmt.words.push(word);
        if (this.dialect === 'postgres')
            this.trackAtomicBody(word);
        else
            this.rejectInsertFormat(word);
        stmt.prevWord = word;
    }
    /**
     * SQL-standard routine bodies (CREATE FUNCTION ... BEGIN ATOMIC ...; ...; END) hold `;`.
     * Same heuristic as psql, but keyed on BEGIN ATOMIC rather than any BEGIN; CASE ... END
     * inside the body must not close it early.
     */
    trackAtomicBody(word) {
        const stmt = this.stmt;
        if (stmt.parenDepth > 0 || !isRoutineDefinition(stmt.words))
            return;
        if (word === 'atomic' && stmt.prevWord === 'begin')
            stmt.atomicDepth++;
        else if (word === 'case' && stmt.atomicDepth > 0)
            stmt.atomicDepth++;
        else if (word === 'end' && stmt.atomicDepth > 0)
            stmt.atomicDepth--;
    }
    /**
     * `INSERT ... FORMAT <name>` is followed by raw data in that format (CSV, JSONEachRow...),
     * which no SQL lexer can delimit and which the executor could not send as a query anyway.
     * FORMAT after SELECT/WITH/VALUES is an output format, and `format(` is the function.
     */
    rejectInsertFormat(word) {
        const stmt = this.stmt;
        if (stmt.words[0] !== 'insert' || stmt.insertBodySeen || stmt.parenDepth > 0)
            return;
        if (word === 'select' || word === 'with' || word === 'values') {
            stmt.insertBodySeen = true;
            return;
        }
        if (word !== 'format' || this.peekSignificant() === '(')
            return;
        throw new SplitError('INSERT ... FORMAT with inline data is not supported in migrations', this.lineAt(stmt.start), 'Use INSERT ... VALUES or INSERT ... SELECT instead (e.g. SELECT ... FROM format(CSV, $$...$$) or the s3/url table functions for bulk data).');
    }
    peekSignificant() {
        const saved = this.pos;
        this.skipTrivia();
        const c = this.text[this.pos];
        this.pos = saved;
        return c;
    }
    finishStatement() {
        const { start, end } = this.stmt;
        if (start >= 0)
            this.out.push({ sql: this.text.slice(start, end), line: this.lineAt(start) });
        this.stmt = freshStatement();
    }
    unterminated(kind, start, hint) {
        const line = this.lineAt(start);
        return new SplitError(`Unterminated ${kind} starting on line ${line}`, line, hint);
    }
    lineAt(offset) {
        // Binary search: the last line start at or before offset.
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF))
            starts.push(i + 1);
    }
    return starts;
}
function isRoutineDefinition(words) {
    const routine = (w) => w === 'function' || w === 'procedure';
    if (words[0] !== 'create')
        return false;
    return routine(words[1]) || (words[1] === 'or' && words[2] === 'replace' && routine(words[3]));
}
function endOfLine(text, from) {
    let i = from;
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r')
        i++;
    return i;
}
/** The BOM counts as whitespace so a file saved "with signature" splits like one without. */
const isSpace = (c) => c === 32 || (c >= 9 && c <= 13) || c === 0xfeff;
const isDigit = (c) => c >= 48 && c <= 57;
/** Both engines take any non-ASCII character as part of an identifier. */
const isWordStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0x80 && c !== 0xfeff);
const isTagChar = (c) => isWordStart(c) || isDigit(c);
/** `$` continues an identifier (`a$b`), which is why `x$$` never opens a dollar quote. */
const isWordChar = (c) => isTagChar(c) || c === 36;

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

;// CONCATENATED MODULE: ./src/engines/retry.ts


/**
 * Transient failures to reach a database are retried with backoff (about 2 s, 3 s, 5 s, as
 * field experience with flaky runners suggests); anything that may have executed a statement
 * is never retried, so this wraps connecting only.
 */
const TRANSIENT_CODES = new Set([
    'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH',
    'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED',
    '57P03', // cannot_connect_now: the server is starting up
    '53300', // too_many_connections
]);
function isTransientConnectionError(error) {
    const e = error;
    if (!e || typeof e !== 'object')
        return false;
    if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code))
        return true;
    if (typeof e.statusCode === 'number' && e.statusCode >= 500)
        return true;
    if (Array.isArray(e.errors))
        return e.errors.some(isTransientConnectionError);
    return e.cause !== undefined && e.cause !== error && isTransientConnectionError(e.cause);
}
/** Delay before retry n (1-based): 2 s, 3 s, 5 s, then 5 s, scaled for tests. */
function backoffMs(attempt, baseMs = 1000) {
    return [2, 3, 5][Math.min(attempt, 3) - 1] * baseMs;
}
async function withConnectRetries(connect, options) {
    try {
        return await pRetry(connect, {
            retries: options.connectRetries,
            minTimeout: 0,
            maxTimeout: 0,
            randomize: false,
            shouldRetry: ({ error }) => isTransientConnectionError(error),
            onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
                if (retriesLeft === 0 || !isTransientConnectionError(error))
                    return;
                const delay = backoffMs(attemptNumber, options.retryBaseMs);
                options.log?.(`Connection attempt ${attemptNumber} failed (${databaseMessage(error)}); retrying in ${delay / 1000}s.`);
                await new Promise((resolve) => setTimeout(resolve, delay));
            },
        });
    }
    catch (error) {
        if (error instanceof SchemagateError)
            throw error;
        throw new SchemagateError('connection', `Could not connect to the database: ${databaseMessage(error)}`, {
            hint: 'Check that the server is reachable from the runner and that the URL secret (host, port, user, password, database) is right.',
            cause: error,
        });
    }
}

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
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
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
    nonce = (await external_crypto_namespaceObject.randomBytes(18)).toString('base64')
    bytes().p().str('SCRAM-SHA-256' + bytes.N)
    const i = bytes.i
    write(bytes.inc(4).str('n,,n=*,r=' + nonce).i32(bytes.i - i - 4, i).end())
  }

  async function SASLContinue(x) {
    const res = x.toString('utf8', 9).split(',').reduce((acc, x) => (acc[x[0]] = x.slice(2), acc), {})

    const saltedPassword = await external_crypto_namespaceObject.pbkdf2Sync(
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
    stream = new external_stream_namespaceObject.Writable({
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
    stream = new external_stream_namespaceObject.Readable({
      read() { socket.resume() }
    })
    query.resolve(stream)
  }

  /* c8 ignore next 3 */
  function CopyBothResponse() {
    stream = new external_stream_namespaceObject.Duplex({
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
  return external_crypto_namespaceObject.createHash('md5').update(x).digest('hex')
}

function hmac(key, x) {
  return external_crypto_namespaceObject.createHmac('sha256', key).update(x).digest()
}

function sha256(x) {
  return external_crypto_namespaceObject.createHash('sha256').update(x).digest()
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
        return new external_stream_namespaceObject.Readable({
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
        return new external_stream_namespaceObject.Writable({
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

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/engines/optional-module.ts




/**
 * Loads a package that is too large (chDB) or not bundleable (PGlite's WASM) to live inside
 * dist/. The bundler rewrites `import()` of a literal or a variable, so resolution goes through
 * `createRequire` from the places an installed copy can be: the working directory, the
 * workflow's workspace, and the action's own checkout.
 */
function loadOptionalModule(name, purpose) {
    const bases = [
        process.cwd(),
        process.env.GITHUB_WORKSPACE,
        process.env.GITHUB_ACTION_PATH,
        process.argv[1] ? external_node_path_default().dirname(external_node_path_default().resolve(process.argv[1])) : undefined,
    ].filter((base) => Boolean(base) && (0,external_node_fs_namespaceObject.existsSync)(base));
    for (const base of bases) {
        const require = (0,external_node_module_namespaceObject.createRequire)(external_node_path_default().join(base, 'noop.js'));
        let resolved;
        try {
            resolved = require.resolve(name);
        }
        catch {
            continue;
        }
        return require(resolved);
    }
    throw new SchemagateError('config', `${purpose} needs the npm package ${name}, which is not installed.`, {
        hint: `Run \`npm install ${name}\` in the workspace (searched: ${bases.join(', ')}).`,
    });
}

;// CONCATENATED MODULE: ./src/engines/postgres/connection.ts


function wrapPostgresJs(sql, begin) {
    return {
        async query(text, params = []) {
            return (await sql.unsafe(text, params));
        },
        async exec(text) {
            await sql.unsafe(text).simple();
        },
        async transaction(fn) {
            return (await begin((tx) => fn(wrapPostgresJs(tx, () => Promise.reject(new Error('nested transaction'))))));
        },
        async close() {
            if ('end' in sql)
                await sql.end({ timeout: 5 });
        },
    };
}
async function connectServer(url, options) {
    // One connection: the session advisory lock, the transactions and the journal writes must all
    // share the session that holds the lock.
    const sql = src(url, {
        max: 1,
        idle_timeout: 0,
        connect_timeout: options.connectTimeoutSeconds ?? 10,
        onnotice: () => { },
        connection: {
            application_name: options.applicationName.slice(0, 63),
            ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
        },
    });
    const connection = wrapPostgresJs(sql, (fn) => sql.begin(fn));
    try {
        await connection.query('select 1');
    }
    catch (error) {
        await sql.end({ timeout: 1 }).catch(() => { });
        throw error;
    }
    return connection;
}
function wrapPGlite(db, isTransaction) {
    return {
        async query(text, params = []) {
            return (await db.query(text, params)).rows;
        },
        async exec(text) {
            await db.exec(text);
        },
        async transaction(fn) {
            if (isTransaction)
                throw new Error('nested transaction');
            return db.transaction((tx) => fn(wrapPGlite(tx, true)));
        },
        async close() {
            await db.close?.();
        },
    };
}
/** `pglite://PATH` keeps its data in PATH; `pglite://memory` keeps it in memory. */
async function connectPGlite(dataDir, statementTimeoutMs) {
    const { PGlite } = loadOptionalModule('@electric-sql/pglite', 'The embedded Postgres (pglite:// URL)');
    const db = await PGlite.create(dataDir ?? undefined);
    const connection = wrapPGlite(db, false);
    if (statementTimeoutMs)
        await connection.exec(`SET statement_timeout = ${Math.floor(statementTimeoutMs)}`);
    return connection;
}

;// CONCATENATED MODULE: ./src/engines/postgres/types.ts
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
 * snapshots omit or keep; comparing literals without their casts avoids false drift.
 */
function normalizePgDefault(raw) {
    if (raw === null || raw === undefined)
        return null;
    let text = String(raw).trim();
    for (;;) {
        const unwrapped = text.replace(/^\((.*)\)$/s, '$1');
        const uncast = unwrapped.replace(/^('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false|null)::[\w\s."[\]()]+$/i, '$1');
        if (uncast === text)
            break;
        text = uncast;
    }
    return text.replace(/^(true|false|null)$/i, (word) => word.toLowerCase());
}

;// CONCATENATED MODULE: ./src/engines/postgres/introspect.ts

/**
 * Reads tables, views and columns from pg_catalog. Extension-owned relations (pg_depend 'e'),
 * system schemas and the tool's own tables (passed in `exclude` as schema.table) are left out.
 */
const COLUMNS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, c.relkind AS relkind,
       a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
       NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS view_query
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE c.relkind IN ('r', 'p', 'v', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'
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
const RELKIND_TYPES = { r: 'table', p: 'table', v: 'view', m: 'materialized_view' };
async function introspectPostgres(connection, exclude) {
    const rows = await connection.query(COLUMNS_SQL);
    const keys = await connection.query(PRIMARY_KEYS_SQL);
    const primaryKeys = new Map(keys.map((k) => [`${k.schema}.${k.table}`, k.columns.split(',')]));
    const tables = new Map();
    for (const row of rows) {
        const key = `${row.schema}.${row.table}`;
        if (exclude.has(key))
            continue;
        let table = tables.get(key);
        if (!table) {
            table = {
                schema: row.schema,
                name: row.table,
                type: RELKIND_TYPES[row.relkind] ?? 'table',
                columns: [],
                primaryKey: primaryKeys.get(key) ?? [],
                ...(row.view_query ? { properties: { query: row.view_query.trim().replace(/;$/, '') } } : {}),
            };
            tables.set(key, table);
        }
        const type = normalizePgType(row.type);
        const serial = serialType(type, row.default_expr);
        table.columns.push({
            name: row.column,
            type: serial ?? type,
            nullable: row.nullable,
            default: serial ? null : normalizePgDefault(row.default_expr),
        });
    }
    return { engine: 'postgres', tables: [...tables.values()] };
}

;// CONCATENATED MODULE: ./src/engines/postgres/journal.ts
/** SQL for the journal tables on Postgres, and the mapping between rows and JournalRow. */
const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;
function journalNames(schema, table) {
    return {
        schema,
        attempts: `${quoteIdent(schema)}.${quoteIdent(table)}`,
        statements: `${quoteIdent(schema)}.${quoteIdent(`${table}_statements`)}`,
    };
}
function journalDdl(names) {
    return [
        `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(names.schema)}`,
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
      tool_version text NOT NULL
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
const COLUMNS = [
    'attempt_id', 'migration_id', 'name', 'kind', 'checksum', 'checksum_algorithm', 'status',
    'started_at', 'finished_at', 'duration_ms', 'statement_count', 'statements_applied', 'transactional',
    'error', 'error_statement_index', 'error_line', 'out_of_order', 'note', 'actor', 'run_url',
    'commit_sha', 'environment', 'tool_version',
];
function upsertAttemptSql(names) {
    const placeholders = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
    const updates = COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ');
    return `INSERT INTO ${names.attempts} (${COLUMNS.join(', ')}) VALUES (${placeholders})
    ON CONFLICT (attempt_id) DO UPDATE SET ${updates}`;
}
function attemptParams(row) {
    return [
        row.attemptId, row.migrationId, row.name, row.kind, row.checksum, row.checksumAlgorithm, row.status,
        row.startedAt, row.finishedAt, row.durationMs, row.statementCount, row.statementsApplied, row.transactional,
        row.error, row.errorStatementIndex, row.errorLine, row.outOfOrder, row.note, row.actor, row.runUrl,
        row.commitSha, row.environment, row.toolVersion,
    ];
}
const selectAttemptsSql = (names) => `SELECT ${COLUMNS.join(', ')} FROM ${names.attempts} ORDER BY started_at, attempt_id`;
const insertStatementSql = (names) => `INSERT INTO ${names.statements} (attempt_id, migration_id, statement_index, statement_hash, finished_at)
   VALUES ($1, $2, $3, $4, $5)`;
const selectStatementsSql = (names) => `SELECT attempt_id, migration_id, statement_index, statement_hash, finished_at FROM ${names.statements}`;
const date = (v) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
const num = (v) => (v === null || v === undefined ? null : Number(v));
const str = (v) => (v === null || v === undefined ? null : String(v));
function toJournalRow(r) {
    return {
        attemptId: String(r.attempt_id),
        migrationId: String(r.migration_id),
        name: String(r.name),
        kind: r.kind,
        checksum: String(r.checksum),
        checksumAlgorithm: String(r.checksum_algorithm),
        status: r.status,
        startedAt: date(r.started_at),
        finishedAt: date(r.finished_at),
        durationMs: num(r.duration_ms),
        statementCount: Number(r.statement_count),
        statementsApplied: Number(r.statements_applied),
        transactional: Boolean(r.transactional),
        error: str(r.error),
        errorStatementIndex: num(r.error_statement_index),
        errorLine: num(r.error_line),
        outOfOrder: Boolean(r.out_of_order),
        note: str(r.note),
        actor: str(r.actor),
        runUrl: str(r.run_url),
        commitSha: str(r.commit_sha),
        environment: str(r.environment),
        toolVersion: String(r.tool_version),
    };
}
function toStatementRow(r) {
    return {
        attemptId: String(r.attempt_id),
        migrationId: String(r.migration_id),
        statementIndex: Number(r.statement_index),
        statementHash: String(r.statement_hash),
        finishedAt: date(r.finished_at),
    };
}

;// CONCATENATED MODULE: ./src/engines/postgres/index.ts









const DEFAULT_POSTGRES_JOURNAL_SCHEMA = 'schemagate';
const LOCK_NAMESPACE = 0x53470000; // "SG": keeps our advisory locks apart from the application's
function lockKey(location) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(location).digest().readInt32BE(0);
}
function splitQualified(name) {
    const dot = name.indexOf('.');
    return dot < 0 ? ['public', name] : [name.slice(0, dot), name.slice(dot + 1)];
}
function executor(connection, names, drizzleTable) {
    return {
        async execute(statement) {
            await connection.exec(statement.sql);
        },
        async writeAttempt(row) {
            await connection.query(upsertAttemptSql(names), attemptParams(row));
        },
        async writeStatement(row) {
            await connection.query(insertStatementSql(names), [
                row.attemptId, row.migrationId, row.statementIndex, row.statementHash, row.finishedAt,
            ]);
        },
        async writeDrizzleRow(hash, createdAt) {
            if (!drizzleTable)
                return;
            const [schema, table] = splitQualified(drizzleTable);
            await connection.query(`INSERT INTO ${quoteIdent(schema)}.${quoteIdent(table)} (hash, created_at) VALUES ($1, $2)`, [hash, createdAt]);
        },
    };
}
class PostgresEngine {
    connection;
    options;
    kind = 'postgres';
    supportsTransactions = true;
    journalLocation;
    names;
    base;
    constructor(connection, options) {
        this.connection = connection;
        this.options = options;
        const schema = options.journalSchema ?? DEFAULT_POSTGRES_JOURNAL_SCHEMA;
        this.names = journalNames(schema, options.journalTable);
        this.journalLocation = `${schema}.${options.journalTable}`;
        this.base = executor(connection, this.names, options.drizzleTable);
    }
    execute = (s) => this.base.execute(s);
    writeAttempt = (r) => this.base.writeAttempt(r);
    writeStatement = (r) => this.base.writeStatement(r);
    writeDrizzleRow = (hash, createdAt) => this.base.writeDrizzleRow(hash, createdAt);
    async exists(qualified) {
        const [row] = await this.connection.query('SELECT to_regclass($1)::text AS found', [qualified]);
        return Boolean(row?.found);
    }
    async readJournal() {
        const journal = { attempts: [], statements: [], drizzleHashes: [] };
        if (await this.exists(this.names.attempts)) {
            journal.attempts = (await this.connection.query(selectAttemptsSql(this.names))).map(toJournalRow);
            journal.statements = (await this.connection.query(selectStatementsSql(this.names))).map(toStatementRow);
        }
        if (this.options.drizzleTable) {
            const [schema, table] = splitQualified(this.options.drizzleTable);
            const qualified = `${quoteIdent(schema)}.${quoteIdent(table)}`;
            if (await this.exists(qualified)) {
                const rows = await this.connection.query(`SELECT hash FROM ${qualified}`);
                journal.drizzleHashes = rows.map((r) => r.hash);
            }
        }
        return journal;
    }
    async ensureJournal() {
        for (const ddl of journalDdl(this.names))
            await this.connection.query(ddl);
        if (this.options.drizzleTable) {
            // The same DDL drizzle-kit's migrator runs, so either tool can be first.
            const [schema, table] = splitQualified(this.options.drizzleTable);
            await this.connection.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
            await this.connection.query(`CREATE TABLE IF NOT EXISTS ${quoteIdent(schema)}.${quoteIdent(table)} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`);
        }
    }
    transaction(fn) {
        return this.connection.transaction((tx) => fn(executor(tx, this.names, this.options.drizzleTable)));
    }
    async acquireLock(options) {
        const key = lockKey(this.journalLocation);
        const deadline = Date.now() + options.timeoutMs;
        let holder = 'unknown';
        for (;;) {
            const [row] = await this.connection.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [LOCK_NAMESPACE, key]);
            if (row?.locked) {
                return { release: async () => void (await this.connection.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE, key])) };
            }
            holder = await this.describeHolder(key);
            if (Date.now() >= deadline) {
                throw new SchemagateError('lock-timeout', `Timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for the migration lock on ${this.journalLocation}: held by ${holder}.`, { hint: 'Wait for that run to finish, or raise `lock-timeout`. Concurrent runs should share a workflow `concurrency` group.' });
            }
            options.onWait?.(holder);
            await (0,promises_namespaceObject.setTimeout)(Math.min(1000, Math.max(50, deadline - Date.now())));
        }
    }
    async describeHolder(key) {
        const [row] = await this.connection.query(`SELECT a.pid, a.application_name, a.client_addr::text AS client_addr, a.backend_start
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.classid = $1::int::oid AND l.objid = $2::bigint::oid AND l.objsubid = 2 AND l.granted`, [LOCK_NAMESPACE, key >>> 0]);
        if (!row)
            return 'a session that has just released it';
        const since = row.backend_start instanceof Date ? row.backend_start.toISOString() : String(row.backend_start);
        return `"${row.application_name || 'unnamed client'}" (backend pid ${row.pid}${row.client_addr ? ` from ${row.client_addr}` : ''}, connected since ${since})`;
    }
    async introspect() {
        const exclude = new Set([
            `${this.names.schema}.${this.options.journalTable}`,
            `${this.names.schema}.${this.options.journalTable}_statements`,
        ]);
        if (this.options.drizzleTable)
            exclude.add(splitQualified(this.options.drizzleTable).join('.'));
        return introspectPostgres(this.connection, exclude);
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
    split: (sql) => splitSql(sql, 'postgres'),
    async open(url, options) {
        const connection = await withConnectRetries(() => url.protocol === 'pglite:'
            ? connectPGlite(pgliteDataDir(url), options.statementTimeoutMs)
            : connectServer(url.href, { applicationName: options.clientName, statementTimeoutMs: options.statementTimeoutMs }), options);
        return new PostgresEngine(connection, options);
    },
};

;// CONCATENATED MODULE: ./src/engines/index.ts



/** The only place that maps a URL to an engine; the core never asks which engine it has. */
const DRIVERS = [postgresDriver, clickhouseDriver];
function driverFor(url) {
    const driver = DRIVERS.find((d) => d.schemes.includes(url.protocol));
    if (!driver) {
        throw configError(`Database URL scheme "${url.protocol}" is not supported.`, {
            hint: `Use one of: ${DRIVERS.flatMap((d) => d.schemes.map((s) => `${s}//`)).join(', ')}.`,
        });
    }
    return driver;
}

;// CONCATENATED MODULE: ./src/plan.ts
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
const plan_short = (checksum) => checksum.slice(0, 12);
function describeFailure(row) {
    const where = row.errorStatementIndex === null ? '' : ` at statement ${row.errorStatementIndex + 1}`;
    const line = row.errorLine === null ? '' : ` (line ${row.errorLine})`;
    return row.status === 'running'
        ? `was interrupted${where} before it finished`
        : `failed${where}${line}: ${row.error ?? 'unknown error'}`;
}
function buildPlan(migrations, journal, options) {
    const plan = { applied: [], pending: [], edited: [], missing: [], outOfOrder: [], failed: [], problems: [] };
    const history = histories(journal.attempts);
    const drizzleHashes = new Set(journal.drizzleHashes);
    const versioned = migrations.filter((m) => m.kind === 'versioned');
    const isApplied = (m) => history.get(m.id)?.lastApplied != null || drizzleHashes.has(m.checksum);
    // A pending migration is out of order when something after it already ran, or (drizzle) when
    // its timestamp is not newer than an applied one: exactly what drizzle-kit silently skips.
    const lastAppliedIndex = versioned.reduce((last, m, i) => (isApplied(m) ? i : last), -1);
    const newestAppliedWhen = Math.max(-Infinity, ...versioned.filter(isApplied).map((m) => m.drizzleWhen ?? -Infinity));
    versioned.forEach((migration, index) => {
        const h = history.get(migration.id);
        if (h?.lastApplied) {
            if (h.lastApplied.checksum !== migration.checksum) {
                plan.edited.push({ migration, row: h.lastApplied });
                plan.problems.push({
                    kind: 'edited',
                    severity: 'error',
                    migrationId: migration.id,
                    location: { file: migration.file, line: 1 },
                    message: `${migration.file} was edited after it was applied: the journal has ` +
                        `${h.lastApplied.checksumAlgorithm}:${h.lastApplied.checksum}, the file is now ` +
                        `${migration.checksumAlgorithm}:${migration.checksum}.`,
                    hint: 'Restore the applied text and put the change in a new migration, or, if the edit is ' +
                        'cosmetic, run mode `baseline` with a `baseline-reason` to accept the new checksum.',
                });
            }
            else {
                plan.applied.push({ migration, row: h.lastApplied, source: 'journal' });
            }
            return;
        }
        if (!h && drizzleHashes.has(migration.checksum)) {
            plan.applied.push({ migration, row: null, source: 'drizzle' });
            return;
        }
        const outOfOrder = index < lastAppliedIndex ||
            (migration.drizzleWhen !== undefined && migration.drizzleWhen <= newestAppliedWhen);
        if (outOfOrder) {
            plan.outOfOrder.push(migration);
            if (!options.allowOutOfOrder) {
                const later = versioned.slice(index + 1).filter(isApplied).map((m) => m.file);
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
        if (h?.lastApplied?.checksum === migration.checksum && h.latest.status === 'applied') {
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
/** A migration whose last attempt failed or was interrupted: retried, resumed or refused. */
function retryOrResume(migration, h, journal, options, plan) {
    const completed = h.latest.transactional ? [] : completedStatements(journal, h);
    plan.failed.push({ migration, row: h.latest, completed });
    // A transactional attempt rolled back as a whole: running it again is safe.
    if (completed.length === 0)
        return { migration, reason: 'retry', startAt: 0, previous: h.latest };
    const failedAt = { file: migration.file, line: migration.statements[completed.length]?.line ?? 1 };
    if (!options.resume) {
        plan.problems.push({
            kind: 'failed-partial',
            severity: 'error',
            migrationId: migration.id,
            location: failedAt,
            message: `${migration.file} ${describeFailure(h.latest)}; statements 1-${completed.length} of ` +
                `${h.latest.statementCount} completed and were not rolled back.`,
            hint: 'Fix the file after the completed statements, then re-run with `resume: true` (completed ' +
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
                    `${plan_short(done.statementHash)}) but the file now ${now ? `has ${plan_short(now.hash)}` : 'lacks it'}; ` +
                    'resuming would skip a statement that differs from what ran.',
                hint: 'Restore the completed statements exactly and change only the failed one onwards, or use mode `baseline`.',
            });
            return null;
        }
    }
    return { migration, reason: 'resume', startAt: completed.length, previous: h.latest };
}
const hasErrors = (plan) => plan.problems.some((p) => p.severity === 'error');

;// CONCATENATED MODULE: ./src/sources/checksum.ts

/**
 * sha256 as lower-case hex. Migration checksums hash the file's exact bytes; a string is hashed
 * as UTF-8, which is how drizzle-orm hashes `readFileSync(f).toString()`, so for a (valid UTF-8)
 * drizzle file our checksum and drizzle's `__drizzle_migrations.hash` are the same value.
 */
function sha256Hex(data) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(data).digest('hex');
}

;// CONCATENATED MODULE: ./src/sources/folder.ts





const VERSIONED_PATTERN = '<digits>_<name>.sql or <digits>__<name>.sql (e.g. 0001_create_users.sql)';
const REPEATABLE_DIR = 'repeatable';
/**
 * A plain folder: versioned `0001_name.sql` files applied in numeric order, then repeatable
 * `R__name.sql` files (or anything under `repeatable/`) re-applied whenever they change.
 */
function loadFolder(root, opts) {
    const absRoot = external_node_path_default().resolve(opts.cwd, root);
    const versioned = [];
    const repeatable = [];
    for (const entry of listDir(absRoot)) {
        const abs = external_node_path_default().join(absRoot, entry.name);
        if (entry.isDir) {
            // meta/ and any other folder are not ours; only repeatable/ holds migrations.
            if (entry.name === REPEATABLE_DIR) {
                for (const rel of listSqlFiles(abs)) {
                    const name = stripSql(rel).replace(/^R__/i, '');
                    repeatable.push(readMigration(external_node_path_default().join(abs, rel), { id: `R__${name}`, kind: 'repeatable', name }, opts));
                }
            }
            continue;
        }
        if (!isSqlFile(entry.name))
            continue;
        const parsed = parseFileName(entry.name);
        if (!parsed) {
            const file = relativeFile(abs, opts.cwd);
            throw configError(`${file}: cannot tell a migration version from this file name`, {
                location: { file },
                hint: `Name versioned migrations ${VERSIONED_PATTERN} and repeatable ones R__<name>.sql; move files that are not migrations out of the folder.`,
            });
        }
        if (parsed.kind === 'repeatable') {
            repeatable.push(readMigration(abs, { id: `R__${parsed.name}`, kind: 'repeatable', name: parsed.name }, opts));
        }
        else {
            const migration = readMigration(abs, { id: parsed.id, kind: 'versioned', name: parsed.name }, opts);
            versioned.push({ version: BigInt(parsed.id), migration });
        }
    }
    versioned.sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
    for (let i = 1; i < versioned.length; i++) {
        const prev = versioned[i - 1];
        const cur = versioned[i];
        if (prev.version === cur.version) {
            throw configError(`${prev.migration.file} and ${cur.migration.file} have the same version ${cur.version}`, {
                location: { file: cur.migration.file },
                hint: 'Each versioned migration needs its own number: renumber the newer one.',
            });
        }
    }
    repeatable.sort((a, b) => compareStrings(a.id, b.id));
    assertUniqueIds(repeatable);
    return { format: 'folder', root: absRoot, migrations: [...versioned.map((v) => v.migration), ...repeatable] };
}
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
/**
 * Reads one migration file: checksum of its bytes, its statements, its directives. Shared with
 * the drizzle loader, which passes its own statements when breakpoints decide them.
 */
function readMigration(abs, identity, opts, extra = {}) {
    const file = relativeFile(abs, opts.cwd);
    const bytes = external_node_fs_default().readFileSync(abs);
    const text = decodeUtf8(bytes, file);
    const transactional = readDirectives(text, file).transactional;
    const raw = extra.statements ? extra.statements(text, file) : splitFile(text, file, opts.split);
    if (raw.length === 0 && !extra.allowEmpty) {
        throw configError(`${file} contains no SQL statements`, {
            location: { file },
            hint: 'Add the statements of the migration, or delete the file if it is not needed.',
        });
    }
    const migration = {
        ...identity,
        file,
        path: abs,
        checksum: sha256Hex(bytes),
        checksumAlgorithm: 'sha256',
        sql: text,
        statements: raw.map(toStatement),
        transactional,
    };
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
        if (error instanceof SplitError) {
            throw configError(`${file}:${error.line}: ${error.message}`, {
                location: { file, line: error.line },
                hint: error.hint,
                cause: error,
            });
        }
        throw error;
    }
}
const toStatement = (raw, index) => ({
    index,
    sql: raw.sql,
    line: raw.line,
    hash: sha256Hex(raw.sql),
});
const KNOWN_DIRECTIVES = ['no-transaction'];
/**
 * `-- schemagate:<name>` comment lines configure a migration. They count only among the file's
 * leading comment lines; one found further down (or misspelt) is an error rather than silently
 * ignored, since a lost no-transaction would only surface as a failure at apply time.
 */
function readDirectives(text, file) {
    let transactional = true;
    let leading = true;
    const lines = text.split(/\r\n|\r|\n/);
    lines.forEach((raw, i) => {
        const line = raw.replace(/^\uFEFF/, '').trim();
        const isComment = line.startsWith('--');
        if (line !== '' && !isComment)
            leading = false;
        const directive = /^--\s*schemagate:(\S*)/.exec(line);
        if (!directive)
            return;
        const name = directive[1];
        const location = { file, line: i + 1 };
        if (!KNOWN_DIRECTIVES.includes(name)) {
            throw configError(`${file}:${i + 1}: unknown directive schemagate:${name}`, {
                location,
                hint: `Known directives: ${KNOWN_DIRECTIVES.map((d) => `-- schemagate:${d}`).join(', ')}.`,
            });
        }
        if (!leading) {
            throw configError(`${file}:${i + 1}: directive schemagate:${name} must come before the first statement`, {
                location,
                hint: 'Move it to the comment lines at the top of the file.',
            });
        }
        if (name === 'no-transaction')
            transactional = false;
    });
    return { transactional };
}
/** Path relative to cwd with forward slashes, as GitHub annotations expect. */
function relativeFile(abs, cwd) {
    return external_node_path_default().relative(cwd, abs).split((external_node_path_default()).sep).join('/');
}
/** Invalid UTF-8 would be silently mangled into U+FFFD, and then the text we run is not the file. */
function decodeUtf8(bytes, file) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw configError(`${file} is not valid UTF-8`, { location: { file }, hint: 'Save the file as UTF-8.' });
    }
    return text.replace(/^\uFEFF/, '');
}
/** Directory entries sorted by name, symlinks resolved, so loading is deterministic. */
function listDir(dir) {
    return external_node_fs_default().readdirSync(dir, { withFileTypes: true })
        .map((d) => ({ name: d.name, isDir: d.isSymbolicLink() ? isDirectory(external_node_path_default().join(dir, d.name)) : d.isDirectory() }))
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
/** `.sql` files under dir at any depth, as forward-slash paths relative to dir. */
function listSqlFiles(dir, prefix = '') {
    return listDir(dir).flatMap((entry) => {
        const rel = prefix + entry.name;
        if (entry.isDir)
            return listSqlFiles(external_node_path_default().join(dir, entry.name), `${rel}/`);
        return isSqlFile(entry.name) ? [rel] : [];
    });
}
const isSqlFile = (name) => name.toLowerCase().endsWith('.sql');
const stripSql = (name) => name.slice(0, -'.sql'.length);
function assertUniqueIds(migrations) {
    for (let i = 1; i < migrations.length; i++) {
        const prev = migrations[i - 1];
        const cur = migrations[i];
        if (prev.id === cur.id) {
            throw configError(`${prev.file} and ${cur.file} are both repeatable migration ${cur.id}`, {
                location: { file: cur.file },
                hint: 'Rename one of them: a repeatable migration is identified by its name.',
            });
        }
    }
}
/** Code-unit order, not locale order: the same on every machine. */
const compareStrings = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

;// CONCATENATED MODULE: ./src/sources/drizzle.ts





/** drizzle-orm's migrator cuts files on exactly this text, wherever it appears. */
const BREAKPOINT = '--> statement-breakpoint';
/** drizzle-kit journals say `postgresql` (v7) or `pg` (older); other dialects cannot run here. */
const POSTGRES_DIALECTS = ['postgresql', 'pg', 'postgres'];
/**
 * A drizzle-kit output folder: `meta/_journal.json` lists the migrations in the order drizzle
 * applies them. We keep that order (not `when` order), so a later check can spot entries whose
 * `when` goes backwards, which drizzle's migrator would silently skip.
 */
function loadDrizzle(root, opts) {
    const absRoot = external_node_path_default().resolve(opts.cwd, root);
    const journalPath = external_node_path_default().join(absRoot, 'meta', '_journal.json');
    const journalFile = relativeFile(journalPath, opts.cwd);
    const entries = readJournal(journalPath, journalFile);
    const migrations = [];
    const byId = new Map();
    for (const entry of entries) {
        const abs = external_node_path_default().join(absRoot, `${entry.tag}.sql`);
        const file = relativeFile(abs, opts.cwd);
        if (!external_node_fs_default().existsSync(abs)) {
            throw configError(`${journalFile} lists migration ${entry.tag}, but ${file} does not exist`, {
                location: { file: journalFile },
                hint: `Restore ${file}, or remove the ${entry.tag} entry from the journal if the migration was abandoned before it ran anywhere.`,
            });
        }
        const { id, name } = parseTag(entry.tag);
        const clash = byId.get(id);
        if (clash !== undefined) {
            throw configError(`${journalFile}: migrations ${clash} and ${entry.tag} have the same number ${id}`, {
                location: { file: journalFile },
                hint: 'Two branches probably generated migrations concurrently: regenerate the newer one (drop it, then drizzle-kit generate) so it gets the next number.',
            });
        }
        byId.set(id, entry.tag);
        migrations.push(readMigration(abs, { id, kind: 'versioned', name }, opts, {
            drizzleWhen: entry.when,
            // drizzle applies an empty custom migration without complaint, so we must accept it too.
            allowEmpty: true,
            statements: (text, f) => splitFile(text, f, entry.breakpoints ? splitBreakpoints : opts.split),
        }));
    }
    assertAllJournaled(absRoot, new Set(entries.map((e) => `${e.tag}.sql`)), journalFile, opts.cwd);
    const snapshotPath = latestSnapshot(external_node_path_default().join(absRoot, 'meta'));
    const set = { format: 'drizzle', root: absRoot, migrations };
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
    let offset = 0;
    for (const piece of text.split(BREAKPOINT)) {
        const start = skipTrivia(piece, 'postgres');
        // Our statements never carry the final `;` (the splitter's convention); drizzle's pieces do.
        const sql = piece.slice(start).replace(/[\s;]+$/, '');
        if (sql !== '')
            out.push({ sql, line: lineOf(text, offset + start) });
        offset += piece.length + BREAKPOINT.length;
    }
    return out;
}
/** `0003_brave_hulk` → id `0003`, name `brave_hulk`; a tag without a number (prefix: 'none') is its own id. */
function parseTag(tag) {
    const match = /^(\d+)_(.+)$/.exec(tag);
    return match ? { id: match[1], name: match[2] } : { id: tag, name: tag };
}
function readJournal(journalPath, journalFile) {
    let journal;
    try {
        journal = JSON.parse(external_node_fs_default().readFileSync(journalPath, 'utf8'));
    }
    catch (error) {
        throw configError(`${journalFile} is not valid JSON: ${error.message}`, {
            location: { file: journalFile },
            hint: 'Fix the file (a merge conflict left in it?) or regenerate it with drizzle-kit.',
            cause: error,
        });
    }
    const invalid = (what) => configError(`${journalFile}: ${what}`, {
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
function assertAllJournaled(absRoot, journaled, journalFile, cwd) {
    for (const entry of listDir(absRoot)) {
        if (entry.isDir || !isSqlFile(entry.name) || journaled.has(entry.name))
            continue;
        const file = relativeFile(external_node_path_default().join(absRoot, entry.name), cwd);
        throw configError(`${file} is not listed in ${journalFile}, so drizzle would never apply it`, {
            location: { file },
            hint: `Add an entry for it to meta/_journal.json (drizzle-kit generate --custom creates the file and the entry together), or move it out of the migrations folder.`,
        });
    }
}
/** The newest `meta/NNNN_snapshot.json`: the schema drizzle-kit believes the migrations produce. */
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
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

;// CONCATENATED MODULE: ./src/sources/index.ts









/** Reads the migrations under `root`: a drizzle-kit folder when it has `meta/_journal.json`, else a plain folder. */
function loadMigrations(root, opts) {
    const absRoot = external_node_path_default().resolve(opts.cwd, root);
    const where = absRoot === root ? absRoot : `${root} (${absRoot})`;
    const hint = 'Set the `migrations` input of the action (or the `--migrations` flag of the CLI) to the folder that holds your migration files.';
    let stat;
    try {
        stat = external_node_fs_default().statSync(absRoot);
    }
    catch {
        throw configError(`Migrations folder not found: ${where}`, { hint });
    }
    if (!stat.isDirectory())
        throw configError(`Migrations path is not a folder: ${where}`, { hint });
    const isDrizzle = external_node_fs_default().existsSync(external_node_path_default().join(absRoot, 'meta', '_journal.json'));
    return isDrizzle ? loadDrizzle(absRoot, opts) : loadFolder(absRoot, opts);
}

;// CONCATENATED MODULE: ./src/verify/diff.ts
const tableKey = (t) => `${t.schema}.${t.name}`;
const show = (v) => (v === null ? 'none' : v);
function compareProperties(object, expected, actual, what) {
    return Object.entries(expected ?? {})
        .filter(([key, value]) => (actual?.[key] ?? null) !== value)
        .map(([key, value]) => ({
        severity: 'error',
        kind: key.replace(/_/g, '-'),
        object,
        expected: value,
        actual: actual?.[key] ?? null,
        message: `${what} ${object}: ${key.replace(/_/g, ' ')} is ${show(actual?.[key] ?? null)}, expected ${value}`,
    }));
}
function compareColumn(object, expected, actual) {
    const differences = [];
    const differ = (kind, e, a, label) => {
        if (e !== a) {
            differences.push({ severity: 'error', kind, object, expected: e, actual: a, message: `Column ${object}: ${label} is ${show(a)}, expected ${show(e)}` });
        }
    };
    differ('type', expected.type, actual.type, 'type');
    differ('nullable', expected.nullable ? 'NULL' : 'NOT NULL', actual.nullable ? 'NULL' : 'NOT NULL', 'nullability');
    differ('default', expected.default, actual.default, 'default');
    differences.push(...compareProperties(object, expected.properties, actual.properties, 'Column'));
    return differences;
}
function diffSchemas(expected, actual, options) {
    const extra = options.failOnExtra ? 'error' : 'warning';
    const differences = [];
    const actualTables = new Map(actual.tables.map((t) => [tableKey(t), t]));
    const expectedKeys = new Set(expected.tables.map(tableKey));
    for (const table of expected.tables) {
        const key = tableKey(table);
        const live = actualTables.get(key);
        if (!live) {
            differences.push({ severity: 'error', kind: 'missing-table', object: key, expected: table.type, actual: null, message: `Missing ${table.type.replace('_', ' ')} ${key}` });
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
                differences.push(...compareColumn(object, column, liveColumn));
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
        differences.push(...compareProperties(key, table.properties, live.properties, 'Table'));
    }
    for (const table of actual.tables.filter((t) => !expectedKeys.has(tableKey(t)))) {
        differences.push({ severity: extra, kind: 'extra-table', object: tableKey(table), expected: null, actual: table.type, message: `Unexpected ${table.type.replace('_', ' ')} ${tableKey(table)}` });
    }
    return differences;
}

;// CONCATENATED MODULE: ./src/verify/snapshot.ts




/**
 * Expected-schema files: drizzle-kit's `meta/NNNN_snapshot.json` (Postgres) and schemagate's own
 * snapshot (any engine, written by `snapshot` mode). Both become a SchemaSnapshot; both can point
 * an annotation at the line that declares a table or column.
 */
const SNAPSHOT_FORMAT = 'schemagate-snapshot';
function drizzleType(column) {
    const schema = column.typeSchema && column.typeSchema !== 'public' ? `${column.typeSchema}.` : '';
    return normalizePgType(`${schema}${column.type}`);
}
function fromDrizzle(snapshot) {
    const tables = Object.values(snapshot.tables).map((table) => {
        const columns = Object.values(table.columns);
        const composite = Object.values(table.compositePrimaryKeys ?? {}).map((pk) => typeof pk === 'string' ? pk.split(';')[0].split(',') : pk.columns)[0];
        return {
            schema: table.schema || 'public',
            name: table.name,
            type: 'table',
            primaryKey: composite ?? columns.filter((c) => c.primaryKey).map((c) => c.name),
            columns: columns.map((c) => ({
                name: c.name,
                type: drizzleType(c),
                nullable: !(c.notNull ?? false) && !c.primaryKey,
                default: normalizePgDefault(c.default),
            })),
        };
    });
    return { engine: 'postgres', tables };
}
function snapshot_lineOf(text, needle, fromLine = 1) {
    const lines = text.split('\n');
    for (let i = fromLine - 1; i < lines.length; i++)
        if (lines[i].includes(needle))
            return i + 1;
    return 0;
}
function locator(text, format, schema) {
    return (object) => {
        const table = schema.tables.find((t) => object === `${t.schema}.${t.name}` || object.startsWith(`${t.schema}.${t.name}.`));
        if (!table)
            return 1;
        const tableNeedle = format === 'drizzle'
            ? `"${table.schema === 'public' ? `public.${table.name}` : `${table.schema}.${table.name}`}": {`
            : `"schema": ${JSON.stringify(table.schema)}, "name": ${JSON.stringify(table.name)}`;
        const tableLine = snapshot_lineOf(text, tableNeedle) || 1;
        const column = object.slice(`${table.schema}.${table.name}.`.length);
        if (object === `${table.schema}.${table.name}` || !column)
            return tableLine;
        const columnNeedle = format === 'drizzle' ? `"${column}": {` : `{ "name": ${JSON.stringify(column)},`;
        return snapshot_lineOf(text, columnNeedle, tableLine) || tableLine;
    };
}
function readExpectedSnapshot(file, displayFile) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch {
        throw configError(`Snapshot ${displayFile} cannot be read.`, {
            hint: 'Set `snapshot` to a schemagate snapshot (written by mode `snapshot`) or a drizzle meta folder.',
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw configError(`Snapshot ${displayFile} is not valid JSON: ${error.message}`, { location: { file: displayFile } });
    }
    const object = parsed;
    if (object.format === SNAPSHOT_FORMAT) {
        const schema = { engine: String(object.engine), tables: object.tables };
        return { file: displayFile, format: 'schemagate', schema, locate: locator(text, 'schemagate', schema) };
    }
    if (object.tables && typeof object.tables === 'object' && !Array.isArray(object.tables)) {
        const schema = fromDrizzle(object);
        return { file: displayFile, format: 'drizzle', schema, locate: locator(text, 'drizzle', schema) };
    }
    throw configError(`Snapshot ${displayFile} is neither a schemagate snapshot nor a drizzle-kit snapshot.`, {
        location: { file: displayFile, line: 1 },
        hint: 'Write one with mode `snapshot`, or point `snapshot` at drizzle\'s meta folder.',
    });
}
/** One table header and one column per line: diffs review well and annotations find lines. */
function renderSnapshot(schema) {
    const tables = [...schema.tables].sort((a, b) => `${a.schema}.${a.name}`.localeCompare(`${b.schema}.${b.name}`));
    const renderTable = (t) => {
        const header = `    { "schema": ${JSON.stringify(t.schema)}, "name": ${JSON.stringify(t.name)}, "type": ${JSON.stringify(t.type)}, "primaryKey": ${JSON.stringify(t.primaryKey)}`;
        const properties = t.properties && Object.keys(t.properties).length > 0 ? `,\n      "properties": ${JSON.stringify(t.properties)}` : '';
        const columns = t.columns
            .map((c) => {
            const properties = c.properties ? `, "properties": ${JSON.stringify(c.properties)}` : '';
            return `        { "name": ${JSON.stringify(c.name)}, "type": ${JSON.stringify(c.type)}, "nullable": ${c.nullable}, "default": ${JSON.stringify(c.default)}${properties} }`;
        })
            .join(',\n');
        return `${header}${properties},\n      "columns": [\n${columns}\n      ] }`;
    };
    return `{\n  "format": "${SNAPSHOT_FORMAT}",\n  "version": 1,\n  "engine": ${JSON.stringify(schema.engine)},\n  "tables": [\n${tables.map(renderTable).join(',\n')}\n  ]\n}\n`;
}
function writeSnapshot(file, schema) {
    (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(file, renderSnapshot(schema));
}

;// CONCATENATED MODULE: ./src/run.ts











const relative = (settings, file) => external_node_path_default().relative(settings.cwd, file).split((external_node_path_default()).sep).join('/') || '.';
/** A snapshot input may name a file or a drizzle folder (its latest meta/NNNN_snapshot.json). */
function resolveSnapshotFile(settings, set) {
    const candidate = settings.snapshot ?? set?.snapshotPath ?? null;
    if (candidate && (0,external_node_fs_namespaceObject.existsSync)(candidate) && (0,external_node_fs_namespaceObject.statSync)(candidate).isDirectory()) {
        const meta = (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(candidate, 'meta')) ? external_node_path_default().join(candidate, 'meta') : candidate;
        const latest = (0,external_node_fs_namespaceObject.readdirSync)(meta)
            .filter((f) => /^\d+_snapshot\.json$/.test(f))
            .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
            .pop();
        if (!latest)
            throw new SchemagateError('config', `No NNNN_snapshot.json in ${relative(settings, meta)}.`, { hint: 'Point `snapshot` at a snapshot file or a drizzle migrations folder.' });
        return external_node_path_default().join(meta, latest);
    }
    if (candidate)
        return candidate;
    const own = external_node_path_default().join(settings.migrations, 'schemagate.snapshot.json');
    return (0,external_node_fs_namespaceObject.existsSync)(own) ? own : null;
}
async function verify(engine, settings, expected) {
    const actual = await engine.introspect();
    const differences = diffSchemas(expected.schema, actual, { failOnExtra: settings.failOnExtra }).map((d) => ({
        ...d,
        line: expected.locate(d.object),
    }));
    return { snapshot: expected.file, differences, tablesChecked: expected.schema.tables.length };
}
function refusal(plan) {
    const errors = plan.problems.filter((p) => p.severity === 'error');
    const first = errors[0];
    return new SchemagateError('refused', errors.length === 1 ? first.message : `${errors.length} problems block this plan; first: ${first.message}`, { ...(first.location ? { location: first.location } : {}), hint: first.hint });
}
function ownerName(settings) {
    return `schemagate ${settings.context.runUrl ?? 'local'} on ${external_node_os_default().hostname()} pid ${process.pid}`;
}
function withinBaseline(migration, to) {
    if (to === null)
        return true;
    return migration.kind === 'versioned' && BigInt(migration.id) <= BigInt(to);
}
async function baseline(engine, settings, plan) {
    const reason = settings.baselineReason ?? 'baseline recorded by schemagate';
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
        if (!withinBaseline(migration, settings.baselineTo))
            continue;
        const now = new Date();
        await engine.writeAttempt(newAttempt(migration, 'baseline', settings.context, now, {
            status: 'applied',
            finishedAt: now,
            durationMs: 0,
            note,
            outOfOrder: plan.outOfOrder.includes(migration),
        }));
        if (migration.drizzleWhen !== undefined)
            await engine.writeDrizzleRow?.(migration.checksum, migration.drizzleWhen);
        results.push({ migrationId: migration.id, file: migration.file, kind: 'baseline', status: 'baselined', durationMs: 0, statementsRun: 0, outOfOrder: false });
    }
    return results;
}
function engineOptions(settings, format, emit) {
    const drizzle = settings.drizzleJournal === 'true' || (settings.drizzleJournal === 'auto' && format === 'drizzle');
    return {
        journalSchema: settings.journalSchema,
        journalTable: settings.journalTable,
        statementTimeoutMs: settings.statementTimeoutMs,
        clientName: ownerName(settings),
        connectRetries: settings.connectRetries,
        ...(drizzle ? { drizzleTable: settings.drizzleTable } : {}),
        log: (message) => emit({ type: 'log', message }),
        cluster: settings.cluster,
        mutationTimeoutMs: settings.mutationTimeoutMs,
    };
}
async function execute(settings, emit) {
    const started = Date.now();
    const outcome = {
        mode: settings.mode,
        engine: 'unknown',
        target: displayUrl(settings.databaseUrl),
        migrations: relative(settings, settings.migrations),
        format: null,
        status: 'ok',
        plan: null,
        applied: [],
        verification: null,
        snapshotWritten: null,
        error: null,
        durationMs: 0,
    };
    let engine = null;
    try {
        const driver = driverFor(settings.databaseUrl);
        outcome.engine = driver.kind;
        const needsMigrations = settings.mode !== 'snapshot' && settings.mode !== 'verify';
        const set = needsMigrations || (0,external_node_fs_namespaceObject.existsSync)(settings.migrations)
            ? loadMigrations(settings.migrations, { split: driver.split, cwd: settings.cwd })
            : null;
        outcome.format = set?.format ?? null;
        const snapshotFile = settings.mode === 'snapshot' ? null : resolveSnapshotFile(settings, set);
        const expected = snapshotFile ? readExpectedSnapshot(snapshotFile, relative(settings, snapshotFile)) : null;
        if (settings.mode === 'verify' && !expected) {
            throw new SchemagateError('config', 'Mode `verify` needs an expected snapshot and none was found.', {
                hint: 'Set `snapshot` to a schemagate snapshot (write one with mode `snapshot`) or to a drizzle migrations folder.',
            });
        }
        engine = await driver.open(settings.databaseUrl, engineOptions(settings, outcome.format, emit));
        emit({ type: 'log', message: `Connected to ${outcome.target} (${driver.kind}).` });
        const planOptions = { allowOutOfOrder: settings.allowOutOfOrder, resume: settings.resume };
        switch (settings.mode) {
            case 'plan': {
                outcome.plan = buildPlan(set.migrations, await engine.readJournal(), planOptions);
                if (hasErrors(outcome.plan))
                    throw refusal(outcome.plan);
                break;
            }
            case 'verify':
                outcome.verification = await verify(engine, settings, expected);
                break;
            case 'snapshot': {
                const file = settings.snapshot ?? external_node_path_default().join(settings.migrations, 'schemagate.snapshot.json');
                writeSnapshot(file, await engine.introspect());
                outcome.snapshotWritten = relative(settings, file);
                break;
            }
            case 'apply':
            case 'baseline': {
                const lock = await engine.acquireLock({
                    owner: ownerName(settings),
                    timeoutMs: settings.lockTimeoutMs,
                    onWait: (holder) => emit({ type: 'log', message: `Waiting for the migration lock, held by ${holder}.` }),
                });
                try {
                    await engine.ensureJournal();
                    // Planned under the lock: a run that waited sees what the previous holder applied.
                    const journal = await engine.readJournal();
                    if (settings.mode === 'baseline') {
                        outcome.plan = buildPlan(set.migrations, journal, { allowOutOfOrder: true, resume: false });
                        outcome.applied = await baseline(engine, settings, outcome.plan);
                        break;
                    }
                    outcome.plan = buildPlan(set.migrations, journal, planOptions);
                    if (hasErrors(outcome.plan))
                        throw refusal(outcome.plan);
                    const { pending } = outcome.plan;
                    for (const [index, item] of pending.entries()) {
                        try {
                            outcome.applied.push(await applyMigration(engine, item, { index, total: pending.length }, { context: settings.context }, emit));
                        }
                        catch (error) {
                            const { migration } = item;
                            outcome.applied.push({ migrationId: migration.id, file: migration.file, kind: migration.kind, status: 'failed', durationMs: 0, statementsRun: 0, outOfOrder: item.outOfOrder });
                            throw error;
                        }
                    }
                    if (expected && settings.verifyAfterApply)
                        outcome.verification = await verify(engine, settings, expected);
                }
                finally {
                    await lock.release().catch(() => { });
                }
                break;
            }
        }
        if (outcome.verification?.differences.some((d) => d.severity === 'error')) {
            const errors = outcome.verification.differences.filter((d) => d.severity === 'error');
            outcome.status = 'drift';
            outcome.error = {
                kind: 'drift',
                message: `Schema drift: ${errors.length} difference${errors.length === 1 ? '' : 's'} from ${outcome.verification.snapshot}`,
                hint: 'The live schema does not match the expected snapshot; see the summary for every difference.',
            };
        }
    }
    catch (error) {
        const failure = error instanceof SchemagateError
            ? error
            : new SchemagateError('connection', `Database error: ${databaseMessage(error)}`, { cause: error });
        outcome.status = failure.kind;
        outcome.error = {
            kind: failure.kind,
            message: failure.message,
            ...(failure.hint ? { hint: failure.hint } : {}),
            ...(failure.location ? { location: failure.location } : {}),
        };
    }
    finally {
        await engine?.close().catch(() => { });
        outcome.durationMs = Date.now() - started;
    }
    return outcome;
}

;// CONCATENATED MODULE: ./src/cli.ts








/**
 * The CLI shell over the same core as the action: `schemagate <mode> [--input value]...`.
 * Every action input is a flag of the same name; progress goes to stderr, the report to stdout.
 */
const USAGE = `Usage: schemagate <${MODES.join('|')}> [options]

Options (each is the action input of the same name):
${Object.entries(INPUT_DEFAULTS)
    .filter(([name]) => name !== 'mode')
    .map(([name, value]) => `  --${name.padEnd(26)}${value ? `default: ${value}` : ''}`)
    .join('\n')}
  --json                      print the result as JSON instead of the summary
  --help

The database URL can also come from the DATABASE_URL environment variable.
Examples: schemagate apply --database-url pglite://.schemagate/dev --migrations migrations`;
function parseArgs(argv) {
    const parsed = { inputs: {}, json: false, help: false };
    const names = new Set(Object.keys(INPUT_DEFAULTS));
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--json')
            parsed.json = true;
        else if (arg === '--help' || arg === '-h')
            parsed.help = true;
        else if (arg.startsWith('--')) {
            const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2);
            if (!names.has(flag))
                throw new SchemagateError('config', `Unknown option --${flag}.`, { hint: 'Run `schemagate --help` for the options.' });
            const next = argv[i + 1];
            const value = inline ?? (next !== undefined && !next.startsWith('--') ? (i++, next) : 'true');
            parsed.inputs[flag] = value;
        }
        else if (!parsed.inputs.mode)
            parsed.inputs.mode = arg;
        else
            throw new SchemagateError('config', `Unexpected argument "${arg}".`, { hint: 'Run `schemagate --help` for usage.' });
    }
    return parsed;
}
async function main(argv, env = process.env) {
    let outcome;
    let json = false;
    const rawUrl = () => env.DATABASE_URL ?? '';
    let redactor = new Redactor(secretsOf(rawUrl()));
    try {
        const parsed = parseArgs(argv);
        json = parsed.json;
        if (parsed.help || !parsed.inputs.mode) {
            process.stdout.write(`${USAGE}\n`);
            return parsed.help ? 0 : EXIT_CODES.config;
        }
        const url = parsed.inputs['database-url'] ?? rawUrl();
        redactor = new Redactor(secretsOf(url));
        const settings = readSettings((name) => (name === 'database-url' ? url : parsed.inputs[name]), env);
        outcome = await execute(settings, (event) => process.stderr.write(`${redactor.redact(describeEvent(event))}\n`));
    }
    catch (error) {
        if (!(error instanceof SchemagateError))
            throw error;
        outcome = earlyFailure(argv.find((a) => !a.startsWith('-')) ?? 'plan', error);
    }
    const output = json ? `${resultJson(outcome)}\n` : `${renderSummary(outcome)}\n`;
    process.stdout.write(redactor.redact(output));
    if (outcome.status !== 'ok')
        process.stderr.write(`${redactor.redact(oneLineReason(outcome))}\n`);
    return EXIT_CODES[outcome.status];
}


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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
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
