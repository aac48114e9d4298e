export const id = 20;
export const ids = [20];
export const modules = {

/***/ 6020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeClickHouse: () => (/* binding */ analyzeClickHouse),
/* harmony export */   analyzeClickHouseMigration: () => (/* binding */ analyzeClickHouseMigration)
/* harmony export */ });
/* harmony import */ var _lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3446);
/* harmony import */ var _safety_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2815);
/* harmony import */ var _safety_suppression_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8265);



/**
 * Safety rules for ClickHouse migrations, read from schemagate's own tokens (no ClickHouse parser
 * runs in Node). Only the statement's top level is read: a keyword inside parentheses or a
 * string never counts. Every ClickHouse migration runs statement by statement with no
 * transaction, which is why robustness (IF [NOT] EXISTS) matters in files of several statements.
 */
function analyzeClickHouse(migration, context) {
    return analyzeClickHouseMigration(migration, context).findings;
}
function analyzeClickHouseMigration(migration, context) {
    const scope = new Scope(context, migration.statements.length > 1);
    const findings = [];
    const wholeFile = (0,_safety_suppression_js__WEBPACK_IMPORTED_MODULE_2__/* .fileWaivers */ .S_)(migration);
    for (const statement of migration.statements) {
        const words = topLevelTokens(statement.sql);
        const hits = [...checkStatement(words, scope), ...checkCluster(words, scope)];
        if (scope.multiStatement)
            hits.push(...notRobust(words, scope));
        scope.track(words);
        const { waivers, problems } = (0,_safety_suppression_js__WEBPACK_IMPORTED_MODULE_2__/* .statementWaivers */ .Rb)(migration, statement);
        findings.push(...(0,_safety_suppression_js__WEBPACK_IMPORTED_MODULE_2__/* .applyWaivers */ .Kw)(hits.map((hit) => (0,_safety_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .toFinding */ .N)(migration, statement, hit)), [...waivers, ...wholeFile]));
        for (const problem of problems)
            findings.push({ ...(0,_safety_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .toFinding */ .N)(migration, statement, problem), line: problem.line });
    }
    return { findings, newTables: scope.newTables };
}
/** The statement's tokens outside parentheses and brackets (a `(...)` group is kept as its `(`). */
function topLevelTokens(sql) {
    const out = [];
    let depth = 0;
    for (const token of (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .lexClickHouse */ .uT)(sql, { lenient: true })) {
        const open = token.type === 'punct' && (token.value === '(' || token.value === '[');
        const close = token.type === 'punct' && (token.value === ')' || token.value === ']');
        if (depth === 0 && !close)
            out.push({ token, upper: token.type === 'word' ? token.value.toUpperCase() : null });
        if (open)
            depth++;
        else if (close && depth > 0)
            depth--;
    }
    return out;
}
/** Reads a name (`t`, `db.t`, quoted or not) at `i`. */
function readName(toks, i) {
    const isName = (t) => t !== undefined && (t.token.type === 'word' || t.token.type === 'quoted');
    const first = toks[i];
    if (!isName(first))
        return null;
    const dot = toks[i + 1];
    if (dot?.token.type === 'punct' && dot.token.value === '.' && isName(toks[i + 2])) {
        return { database: first.token.value, name: toks[i + 2].token.value, next: i + 3 };
    }
    return { database: null, name: first.token.value, next: i + 1 };
}
/** Whether the words at `i` spell `words` (upper case). */
function wordsAt(toks, i, ...words) {
    return words.every((word, k) => toks[i + k]?.upper === word);
}
/** Index of the first token at or after `i` that is not one of `skip` (TEMPORARY, OR REPLACE...). */
function skipWords(toks, i, skip) {
    while (toks[i]?.upper && skip.includes(toks[i].upper))
        i++;
    return i;
}
/** Splits top-level tokens from `from` at commas: the clauses of an ALTER TABLE. */
function clauses(toks, from) {
    const out = [[]];
    for (const tok of toks.slice(from)) {
        if (tok.token.type === 'punct' && tok.token.value === ',')
            out.push([]);
        else
            out.at(-1).push(tok);
    }
    return out.filter((clause) => clause.length > 0);
}
class Scope {
    context;
    multiStatement;
    newTables;
    defaultDatabase;
    constructor(context, multiStatement) {
        this.context = context;
        this.multiStatement = multiStatement;
        this.newTables = new Set(context.newTables);
        this.defaultDatabase = context.defaultSchema ?? 'default';
    }
    key(database, name) {
        return `${database ?? this.defaultDatabase}.${name}`;
    }
    isExisting(table) {
        return !this.newTables.has(table);
    }
    /** Reads `[IF [NOT] EXISTS] name [ON CLUSTER c]` at `i`. */
    target(toks, i) {
        let at = i;
        let ifClause = false;
        if (wordsAt(toks, at, 'IF', 'NOT', 'EXISTS')) {
            at += 3;
            ifClause = true;
        }
        else if (wordsAt(toks, at, 'IF', 'EXISTS')) {
            at += 2;
            ifClause = true;
        }
        const name = readName(toks, at);
        if (!name)
            return null;
        let next = name.next;
        if (wordsAt(toks, next, 'ON', 'CLUSTER'))
            next += 3;
        return { next, table: this.key(name.database, name.name), ifClause };
    }
    track(toks) {
        const head = toks[0]?.upper;
        if (head === 'CREATE') {
            const kind = skipWords(toks, 1, ['OR', 'REPLACE', 'TEMPORARY']);
            const object = toks[kind]?.upper;
            const isTable = object === 'TABLE' || (object === 'MATERIALIZED' && toks[kind + 1]?.upper === 'VIEW');
            const target = isTable ? this.target(toks, kind + (object === 'TABLE' ? 1 : 2)) : null;
            // CREATE TABLE IF NOT EXISTS over an existing table keeps the old table and its rows.
            if (target && !(target.ifClause && this.context.existingTables.has(target.table)))
                this.newTables.add(target.table);
        }
        else if (head === 'DROP' && toks[1]?.upper === 'TABLE') {
            const target = this.target(toks, 2);
            if (target)
                this.newTables.delete(target.table);
        }
        else if (head === 'RENAME' && toks[1]?.upper === 'TABLE') {
            for (const [from, to] of renamePairs(toks, 2, this)) {
                if (this.newTables.delete(from))
                    this.newTables.add(to);
            }
        }
    }
}
function renamePairs(toks, from, scope) {
    return clauses(toks, from).flatMap((clause) => {
        const a = readName(clause, 0);
        if (!a || clause[a.next]?.upper !== 'TO')
            return [];
        const b = readName(clause, a.next + 1);
        return b ? [[scope.key(a.database, a.name), scope.key(b.database, b.name)]] : [];
    });
}
// ---- rules ------------------------------------------------------------------------------------
const offsetOf = (tok) => (tok ? { offset: tok.token.start } : {});
function checkStatement(toks, scope) {
    switch (toks[0]?.upper) {
        case 'ALTER':
            return toks[1]?.upper === 'TABLE' ? alterTable(toks, scope) : [];
        case 'DELETE':
        case 'UPDATE':
            return lightweightMutation(toks, scope);
        case 'CREATE':
            return create(toks);
        case 'DROP':
            return drop(toks, scope);
        case 'TRUNCATE': {
            const target = scope.target(toks, skipWords(toks, 1, ['TEMPORARY', 'TABLE']));
            if (!target || !scope.isExisting(target.table))
                return [];
            return [{ rule: 'ban-truncate', table: target.table, message: `TRUNCATE ${target.table} deletes every row.` }];
        }
        case 'DETACH': {
            const object = toks[1]?.upper ?? '';
            return [{ rule: 'ban-detach', message: `DETACH ${object} makes it invisible to every query until it is attached again.` }];
        }
        default:
            return [];
    }
}
function alterTable(toks, scope) {
    const target = scope.target(toks, 2);
    if (!target)
        return [];
    const { table } = target;
    const hits = [];
    for (const clause of clauses(toks, target.next)) {
        const hit = alterClause(clause, table, scope.isExisting(table));
        if (hit)
            hits.push({ ...offsetOf(clause[0]), table, ...hit });
    }
    return hits;
}
/** The finding for one ALTER TABLE clause, if any. New tables are empty: mutating them is free. */
function alterClause(clause, table, existing) {
    const [first, second] = [clause[0]?.upper, clause[1]?.upper];
    // DETACH hides data whether or not the table is new, but a new table holds none.
    if (!existing)
        return null;
    if (first === 'UPDATE' || first === 'DELETE' || (first === 'CLEAR' && (second === 'COLUMN' || second === 'INDEX' || second === 'PROJECTION'))) {
        return { rule: 'clickhouse-mutation', message: `ALTER TABLE ${table} ${first}${first === 'CLEAR' ? ` ${second}` : ''} is a mutation: it rewrites every part it touches, in the background, and cannot be rolled back.` };
    }
    if (first === 'MATERIALIZE') {
        return { rule: 'clickhouse-materialize', message: `MATERIALIZE ${second ?? ''} on ${table} is a mutation that rewrites every existing part.` };
    }
    if (first === 'MODIFY' && second === 'COLUMN' && modifiesType(clause)) {
        return { rule: 'changing-column-type', message: `MODIFY COLUMN with a type on ${table} starts a mutation that rewrites the column in every part.` };
    }
    if (first === 'DROP' && second === 'COLUMN') {
        return { rule: 'ban-drop-column', message: `DROP COLUMN on ${table} destroys the column's data; queries still selecting it fail.` };
    }
    if (first === 'DETACH') {
        return { rule: 'ban-detach', message: `DETACH ${second ?? ''} on ${table} makes that data invisible to queries until it is attached again.` };
    }
    return null;
}
/** Words that may follow the column name in MODIFY COLUMN when no type is given. */
const NOT_A_TYPE = new Set(['DEFAULT', 'MATERIALIZED', 'ALIAS', 'EPHEMERAL', 'COMMENT', 'CODEC', 'TTL', 'REMOVE', 'MODIFY', 'RESET', 'SETTINGS', 'FIRST', 'AFTER']);
function modifiesType(clause) {
    let i = 2;
    if (wordsAt(clause, i, 'IF', 'EXISTS'))
        i += 2;
    const next = clause[i + 1];
    return next !== undefined && next.token.type === 'word' && !NOT_A_TYPE.has(next.upper);
}
/** Lightweight DELETE FROM / UPDATE ... SET are still mutations (a mask or patch over every part). */
function lightweightMutation(toks, scope) {
    const name = readName(toks, toks[0]?.upper === 'DELETE' ? 2 : 1);
    if (!name)
        return [];
    const table = scope.key(name.database, name.name);
    if (!scope.isExisting(table))
        return [];
    return [{ rule: 'clickhouse-mutation', table, message: `${toks[0].upper} on ${table} runs as a mutation over every part and cannot be rolled back.` }];
}
function create(toks) {
    const kind = skipWords(toks, 1, ['OR', 'REPLACE']);
    if (!wordsAt(toks, kind, 'MATERIALIZED', 'VIEW'))
        return [];
    const populate = toks.find((tok) => tok.upper === 'POPULATE');
    if (!populate)
        return [];
    return [{ rule: 'materialized-view-populate', ...offsetOf(populate), message: 'POPULATE copies the existing rows and loses every row inserted during the copy.' }];
}
function drop(toks, scope) {
    const object = skipWords(toks, 1, ['TEMPORARY']);
    if (toks[object]?.upper === 'DATABASE') {
        const name = readName(toks, wordsAt(toks, object + 1, 'IF', 'EXISTS') ? object + 3 : object + 1);
        return [{ rule: 'ban-drop-database', message: `DROP DATABASE ${name?.name ?? ''} destroys every table in it.` }];
    }
    if (toks[object]?.upper !== 'TABLE')
        return [];
    const target = scope.target(toks, object + 1);
    if (!target || !scope.isExisting(target.table))
        return [];
    return [{ rule: 'ban-drop-table', table: target.table, message: `DROP TABLE ${target.table} destroys its data.` }];
}
// ---- cluster ----------------------------------------------------------------------------------
const DDL = new Set(['CREATE', 'ALTER', 'DROP', 'RENAME', 'TRUNCATE', 'DETACH', 'ATTACH', 'EXCHANGE']);
/** With a configured cluster, every DDL statement must say ON CLUSTER <it>, and MergeTree tables must replicate. */
function checkCluster(toks, scope) {
    const cluster = scope.context.cluster;
    if (cluster === undefined || !DDL.has(toks[0]?.upper ?? ''))
        return [];
    const hits = [];
    const on = toks.findIndex((tok, i) => tok.upper === 'ON' && toks[i + 1]?.upper === 'CLUSTER');
    const named = on >= 0 ? toks[on + 2]?.token.value : undefined;
    if (on < 0) {
        hits.push({ rule: 'on-cluster-mismatch', message: `This DDL has no ON CLUSTER, so it runs only on the node schemagate connects to, not across cluster ${cluster}.` });
    }
    else if (named !== cluster) {
        hits.push({ rule: 'on-cluster-mismatch', ...offsetOf(toks[on]), message: `ON CLUSTER ${named ?? ''} disagrees with the configured cluster ${cluster}.` });
    }
    const engine = engineName(toks);
    if (toks[0]?.upper === 'CREATE' && engine && /MergeTree$/.test(engine) && !/^(Replicated|Shared)/.test(engine)) {
        hits.push({ rule: 'replicated-engine-required', ...offsetOf(toks.find((tok) => tok.upper === 'ENGINE')), message: `ENGINE = ${engine} keeps separate, unreplicated data on each node of cluster ${cluster}.` });
    }
    return hits;
}
function engineName(toks) {
    const at = toks.findIndex((tok) => tok.upper === 'ENGINE');
    if (at < 0)
        return undefined;
    const name = toks[at + 1]?.token.value === '=' ? toks[at + 2] : toks[at + 1];
    return name?.token.type === 'word' ? name.token.value : undefined;
}
// ---- robustness -------------------------------------------------------------------------------
/** ALTER clauses that accept IF [NOT] EXISTS, by their first two words. */
const GUARDABLE_ALTER = new Map([
    ['ADD COLUMN', 'IF NOT EXISTS'], ['ADD INDEX', 'IF NOT EXISTS'], ['ADD PROJECTION', 'IF NOT EXISTS'], ['ADD CONSTRAINT', 'IF NOT EXISTS'],
    ['DROP COLUMN', 'IF EXISTS'], ['DROP INDEX', 'IF EXISTS'], ['DROP PROJECTION', 'IF EXISTS'], ['DROP CONSTRAINT', 'IF EXISTS'],
    ['MODIFY COLUMN', 'IF EXISTS'], ['RENAME COLUMN', 'IF EXISTS'], ['COMMENT COLUMN', 'IF EXISTS'],
]);
/** In a file of several statements, a resume after a failure re-runs what already happened. */
function notRobust(toks, scope) {
    const hit = (what, guard, at) => ({
        rule: 'prefer-robust-stmts',
        ...offsetOf(at),
        message: `${what} without ${guard} in a file of several statements: if a later statement fails, resuming re-runs this one and it fails because it already happened.`,
    });
    const head = toks[0]?.upper;
    if (head === 'CREATE') {
        const kind = skipWords(toks, 1, ['TEMPORARY']);
        if (toks[kind]?.upper === 'OR')
            return []; // CREATE OR REPLACE is repeatable by nature.
        const object = wordsAt(toks, kind, 'MATERIALIZED', 'VIEW') ? 'MATERIALIZED VIEW' : (toks[kind]?.upper ?? '');
        const afterObject = kind + object.split(' ').length;
        if (['TABLE', 'VIEW', 'MATERIALIZED VIEW', 'DATABASE', 'DICTIONARY'].includes(object) && !wordsAt(toks, afterObject, 'IF', 'NOT', 'EXISTS')) {
            return [hit(`CREATE ${object}`, 'IF NOT EXISTS')];
        }
        return [];
    }
    if (head === 'DROP') {
        const kind = skipWords(toks, 1, ['TEMPORARY']);
        const object = toks[kind]?.upper ?? '';
        if (['TABLE', 'VIEW', 'DATABASE', 'DICTIONARY'].includes(object) && !wordsAt(toks, kind + 1, 'IF', 'EXISTS'))
            return [hit(`DROP ${object}`, 'IF EXISTS')];
        return [];
    }
    if (head === 'ALTER' && toks[1]?.upper === 'TABLE') {
        const target = scope.target(toks, 2);
        if (!target)
            return [];
        return clauses(toks, target.next).flatMap((clause) => {
            const what = `${clause[0]?.upper ?? ''} ${clause[1]?.upper ?? ''}`;
            const guard = GUARDABLE_ALTER.get(what);
            if (!guard || wordsAt(clause, 2, ...guard.split(' ')))
                return [];
            return [hit(what, guard, clause[0])];
        });
    }
    return [];
}


/***/ }),

/***/ 2815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ lineBreaksBefore),
/* harmony export */   N: () => (/* binding */ toFinding)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6641);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
        fix: 'Backfill in batches (WHERE id IN (SELECT id ... LIMIT n), repeated) outside the schema migration.',
    },
    'unbatched-delete': {
        title: 'DELETE from an existing table in one statement',
        engines: PG,
        severity: 'warning',
        why: 'One DELETE over many rows locks them all until the migration commits and blocks concurrent writers.',
        fix: 'Delete in batches (WHERE id IN (SELECT id ... LIMIT n), repeated) outside the schema migration.',
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ applyWaivers),
/* harmony export */   Rb: () => (/* binding */ statementWaivers),
/* harmony export */   S_: () => (/* binding */ fileWaivers)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6641);


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


/***/ })

};
