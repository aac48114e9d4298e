export const id = 513;
export const ids = [513];
export const modules = {

/***/ 2513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzePostgres: () => (/* binding */ analyzePostgres),
/* harmony export */   analyzePostgresMigration: () => (/* binding */ analyzePostgresMigration)
/* harmony export */ });
/* harmony import */ var _safety_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var _safety_suppression_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8265);


/**
 * Safety rules for Postgres migrations, on the tree of Postgres's own parser. Lock and rewrite
 * rules fire only for tables that existed before the pending migrations: a table created earlier
 * in the same set is empty, so locking or rewriting it costs nothing.
 */
function analyzePostgres(migration, context, parser) {
    return analyzePostgresMigration(migration, context, parser).findings;
}
/** As analyzePostgres, and also which tables are new once this migration has run. */
function analyzePostgresMigration(migration, context, parser) {
    const scope = new Scope(context, migration.transactional);
    const findings = [];
    const wholeFile = (0,_safety_suppression_js__WEBPACK_IMPORTED_MODULE_1__/* .fileWaivers */ .S_)(migration);
    for (const statement of migration.statements) {
        const hits = checkStatementText(statement, parser, scope);
        const { waivers, problems } = (0,_safety_suppression_js__WEBPACK_IMPORTED_MODULE_1__/* .statementWaivers */ .Rb)(migration, statement);
        const stated = hits.map((hit) => (0,_safety_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .toFinding */ .N)(migration, statement, hit));
        findings.push(...(0,_safety_suppression_js__WEBPACK_IMPORTED_MODULE_1__/* .applyWaivers */ .Kw)(stated, [...waivers, ...wholeFile]));
        for (const problem of problems)
            findings.push({ ...(0,_safety_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .toFinding */ .N)(migration, statement, problem), line: problem.line });
    }
    return { findings, newTables: scope.newTables };
}
function checkStatementText(statement, parser, scope) {
    let nodes;
    try {
        nodes = (parser.parse(statement.sql).stmts ?? []).flatMap((raw) => (raw.stmt ? [raw.stmt] : []));
    }
    catch (error) {
        return [{ rule: 'unparsed-statement', message: `The Postgres parser rejected it: ${error.message}.` }];
    }
    const hits = identifiersTooLong(statement, parser);
    for (const node of nodes) {
        hits.push(...checkNode(node, scope));
        if (!scope.transactional)
            hits.push(...notRobust(node, scope));
        scope.track(node);
    }
    return hits.map((hit) => ({ ...hit, offset: hit.offset === undefined ? undefined : charOffset(statement.sql, hit.offset) }));
}
// ---- which tables are new ---------------------------------------------------------------------
/** The tables the statements so far have created, and how names resolve. */
class Scope {
    context;
    transactional;
    newTables;
    /** Index name (`schema.index`) → its table, for indexes created in the analysed migrations. */
    indexTables = new Map();
    defaultSchema;
    constructor(context, transactional) {
        this.context = context;
        this.transactional = transactional;
        this.newTables = new Set(context.newTables);
        this.defaultSchema = context.defaultSchema ?? 'public';
    }
    tableKey(relation) {
        return `${relation?.schemaname ?? this.defaultSchema}.${relation?.relname ?? ''}`;
    }
    /** Anything not proven new is treated as existing, since a rule missed costs more than a false alarm. */
    isExisting(relation) {
        return !this.newTables.has(this.tableKey(relation));
    }
    /** The table an index (named as DROP INDEX names it) belongs to, when an analysed statement created it. */
    indexTable(names) {
        return this.indexTables.get(this.qualify(names));
    }
    qualify(names) {
        const name = names.at(-1) ?? '';
        return `${names.length > 1 ? names.at(-2) : this.defaultSchema}.${name}`;
    }
    /** Records what the statement creates, drops or renames, for the statements after it. */
    track(node) {
        if ('CreateStmt' in node)
            this.created(node.CreateStmt.relation, node.CreateStmt.if_not_exists);
        else if ('CreateTableAsStmt' in node)
            this.created(node.CreateTableAsStmt.into?.rel, node.CreateTableAsStmt.if_not_exists);
        else if ('IndexStmt' in node && node.IndexStmt.idxname) {
            const table = node.IndexStmt.relation;
            this.indexTables.set(`${table?.schemaname ?? this.defaultSchema}.${node.IndexStmt.idxname}`, this.tableKey(table));
        }
        else if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE') {
            for (const names of droppedNames(node.DropStmt))
                this.newTables.delete(this.qualify(names));
        }
        else if ('RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_TABLE' && node.RenameStmt.newname) {
            const from = this.tableKey(node.RenameStmt.relation);
            if (this.newTables.delete(from)) {
                this.newTables.add(this.tableKey({ ...node.RenameStmt.relation, relname: node.RenameStmt.newname }));
            }
        }
    }
    created(relation, ifNotExists) {
        const key = this.tableKey(relation);
        // CREATE TABLE IF NOT EXISTS over a table that is already there leaves the old table (and its rows).
        if (ifNotExists && this.context.existingTables.has(key))
            return;
        this.newTables.add(key);
    }
}
// ---- rules ------------------------------------------------------------------------------------
function checkNode(node, scope) {
    if ('IndexStmt' in node)
        return createIndex(node.IndexStmt, scope);
    if ('DropStmt' in node)
        return drop(node.DropStmt, scope);
    if ('AlterTableStmt' in node)
        return alterTable(node.AlterTableStmt, scope);
    if ('RenameStmt' in node)
        return rename(node.RenameStmt, scope);
    if ('TruncateStmt' in node)
        return truncate(node.TruncateStmt, scope);
    if ('DropdbStmt' in node)
        return [{ rule: 'ban-drop-database', message: `DROP DATABASE ${node.DropdbStmt.dbname ?? ''} destroys everything in it.` }];
    if ('UpdateStmt' in node)
        return unbatched(node.UpdateStmt, 'unbatched-update', scope);
    if ('DeleteStmt' in node)
        return unbatched(node.DeleteStmt, 'unbatched-delete', scope);
    if ('ReindexStmt' in node) {
        const concurrently = node.ReindexStmt.params?.some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently');
        return concurrently ? concurrentlyInTransaction('REINDEX CONCURRENTLY', scope) : [];
    }
    return [];
}
function createIndex(index, scope) {
    const table = scope.tableKey(index.relation);
    if (index.concurrent)
        return concurrentlyInTransaction('CREATE INDEX CONCURRENTLY', scope, table);
    if (!scope.isExisting(index.relation))
        return [];
    return [
        {
            rule: 'require-concurrent-index-creation',
            table,
            message: `CREATE INDEX${index.idxname ? ` ${index.idxname}` : ''} on ${table} holds a SHARE lock for the whole build: writes to ${table} wait until it finishes.`,
        },
    ];
}
function drop(statement, scope) {
    const names = droppedNames(statement);
    switch (statement.removeType) {
        case 'OBJECT_INDEX':
            return dropIndex(statement, names, scope);
        case 'OBJECT_TABLE':
            return names
                .map((name) => scope.qualify(name))
                .filter((table) => !scope.newTables.has(table))
                .map((table) => ({ rule: 'ban-drop-table', table, message: `DROP TABLE ${table} destroys its data; code still reading it fails.` }));
        case 'OBJECT_SCHEMA':
            return names.map((name) => ({
                rule: 'ban-drop-schema',
                message: `DROP SCHEMA ${name.join('.')}${statement.behavior === 'DROP_CASCADE' ? ' CASCADE' : ''} destroys the tables in it and their data.`,
            }));
        default:
            return [];
    }
}
function dropIndex(statement, names, scope) {
    if (statement.concurrent)
        return concurrentlyInTransaction('DROP INDEX CONCURRENTLY', scope);
    return names.flatMap((name) => {
        const table = scope.indexTable(name);
        if (table !== undefined && scope.newTables.has(table))
            return [];
        const on = table ? ` on ${table}` : '';
        return [
            {
                rule: 'require-concurrent-index-deletion',
                ...(table ? { table } : {}),
                message: `DROP INDEX ${name.join('.')} takes an ACCESS EXCLUSIVE lock${on || " on the index's table"}, blocking its reads and writes.`,
            },
        ];
    });
}
function concurrentlyInTransaction(what, scope, table) {
    if (!scope.transactional)
        return [];
    return [
        {
            rule: 'concurrently-in-transaction',
            ...(table ? { table } : {}),
            message: `${what} cannot run inside a transaction block, and this file runs in one: the migration fails when applied.`,
        },
    ];
}
function alterTable(statement, scope) {
    if (statement.objtype !== 'OBJECT_TABLE')
        return [];
    const table = scope.tableKey(statement.relation);
    const existing = scope.isExisting(statement.relation);
    const hits = [];
    for (const node of statement.cmds ?? []) {
        if (!('AlterTableCmd' in node))
            continue;
        const cmd = node.AlterTableCmd;
        // DETACH PARTITION CONCURRENTLY fails in a transaction whether or not the table is new.
        if (cmd.subtype === 'AT_DetachPartition' && cmd.def && 'PartitionCmd' in cmd.def && cmd.def.PartitionCmd.concurrent) {
            hits.push(...concurrentlyInTransaction('DETACH PARTITION CONCURRENTLY', scope, table));
        }
        if (existing)
            hits.push(...alterTableCmd(cmd, table).map((hit) => ({ offset: firstLocation(cmd), ...hit, table })));
    }
    return hits;
}
function alterTableCmd(cmd, table) {
    const def = cmd.def;
    switch (cmd.subtype) {
        case 'AT_AddColumn':
            return def && 'ColumnDef' in def ? addColumn(def.ColumnDef, table) : [];
        case 'AT_AddConstraint':
            return def && 'Constraint' in def ? addConstraint(def.Constraint, table) : [];
        case 'AT_AlterColumnType':
            return [{ rule: 'changing-column-type', message: `ALTER COLUMN ${cmd.name ?? ''} TYPE on ${table} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (unless the new type is binary-compatible).` }];
        case 'AT_SetNotNull':
            return [{ rule: 'adding-not-nullable-field', message: `SET NOT NULL on ${table}.${cmd.name ?? ''} scans the whole table under an ACCESS EXCLUSIVE lock.` }];
        case 'AT_DropColumn':
            return [{ rule: 'ban-drop-column', message: `DROP COLUMN ${cmd.name ?? ''} destroys its data; code still selecting or inserting ${table}.${cmd.name ?? ''} fails.` }];
        default:
            return [];
    }
}
function addColumn(column, table) {
    const name = `${table}.${column.colname ?? ''}`;
    const constraints = columnConstraints(column);
    const has = (type) => constraints.some((c) => c.contype === type);
    const at = (constraint) => (constraint?.location !== undefined ? { offset: constraint.location } : {});
    // A new primary key column is its own rule: its fill and index build are the whole problem.
    const primaryKey = constraints.find((c) => c.contype === 'CONSTR_PRIMARY');
    if (primaryKey) {
        return [{ rule: 'adding-serial-primary-key-field', ...at(primaryKey), message: `ADD COLUMN ${column.colname ?? ''} ... PRIMARY KEY fills ${name} for every row and builds its unique index under an ACCESS EXCLUSIVE lock.` }];
    }
    const hits = [];
    const generated = constraints.find((c) => c.contype === 'CONSTR_GENERATED');
    const defaultExpr = constraints.find((c) => c.contype === 'CONSTR_DEFAULT');
    if (generated && generated.generated_kind !== 'v') {
        hits.push({ rule: 'stored-generated-column', ...at(generated), message: `The STORED generated column ${name} is computed for every existing row: a full rewrite of ${table} under an ACCESS EXCLUSIVE lock.` });
    }
    const rewriteReason = volatileFill(column, defaultExpr, has('CONSTR_IDENTITY'));
    if (rewriteReason) {
        hits.push({ rule: 'adding-field-with-default', ...at(defaultExpr), message: `${name} ${rewriteReason}, so every existing row gets its own value: Postgres rewrites ${table} under an ACCESS EXCLUSIVE lock.` });
    }
    if (has('CONSTR_NOTNULL') && !defaultExpr && !generated && !has('CONSTR_IDENTITY') && !isSerial(column)) {
        hits.push({ rule: 'adding-required-field', message: `${name} is NOT NULL with no DEFAULT: the ALTER fails as soon as ${table} has a row.` });
    }
    const unique = constraints.find((c) => c.contype === 'CONSTR_UNIQUE');
    if (unique) {
        hits.push({ rule: 'disallowed-unique-constraint', ...at(unique), message: `ADD COLUMN ... UNIQUE builds a unique index on ${table} under an ACCESS EXCLUSIVE lock.` });
    }
    for (const constraint of constraints)
        hits.push(...unvalidatedConstraint(constraint, table));
    return hits;
}
function addConstraint(constraint, table) {
    if ((constraint.contype === 'CONSTR_UNIQUE' || constraint.contype === 'CONSTR_PRIMARY') && !constraint.indexname) {
        const kind = constraint.contype === 'CONSTR_UNIQUE' ? 'UNIQUE' : 'PRIMARY KEY';
        return [{ rule: 'disallowed-unique-constraint', message: `ADD ${kind} builds its index on ${table} under an ACCESS EXCLUSIVE lock, blocking reads and writes.` }];
    }
    return unvalidatedConstraint(constraint, table);
}
/** CHECK and FOREIGN KEY constraints validate every row at once unless added NOT VALID. */
function unvalidatedConstraint(constraint, table) {
    if (constraint.skip_validation)
        return [];
    const at = constraint.location !== undefined ? { offset: constraint.location } : {};
    if (constraint.contype === 'CONSTR_FOREIGN') {
        const target = constraint.pktable?.relname ?? '';
        return [{ rule: 'adding-foreign-key-constraint', ...at, message: `The foreign key${constraint.conname ? ` ${constraint.conname}` : ''} is validated at once: ${table} is scanned while writes to it and to ${target} are blocked.` }];
    }
    if (constraint.contype === 'CONSTR_CHECK') {
        return [{ rule: 'constraint-missing-not-valid', ...at, message: `The CHECK constraint${constraint.conname ? ` ${constraint.conname}` : ''} is validated at once: ${table} is scanned under an ACCESS EXCLUSIVE lock.` }];
    }
    return [];
}
/** Why the new column needs a value computed per row (a rewrite), or null. */
function volatileFill(column, defaultExpr, identity) {
    if (isSerial(column))
        return `is ${typeNameOf(column)} (a nextval() default)`;
    if (identity)
        return 'is an identity column';
    if (!defaultExpr?.raw_expr)
        return null;
    const call = functionCalls(defaultExpr.raw_expr).find((fn) => !NON_VOLATILE_FUNCTIONS.has(fn));
    if (call === undefined)
        return null;
    return KNOWN_VOLATILE_FUNCTIONS.has(call)
        ? `has the volatile default ${call}()`
        : `has a default calling ${call}(), which schemagate cannot prove non-volatile`;
}
function rename(statement, scope) {
    if (!scope.isExisting(statement.relation))
        return [];
    const table = scope.tableKey(statement.relation);
    if (statement.renameType === 'OBJECT_TABLE') {
        return [{ rule: 'renaming-table', table, message: `Renaming ${table} to ${statement.newname ?? ''} breaks every deployed query that still names ${table}.` }];
    }
    if (statement.renameType === 'OBJECT_COLUMN' && statement.relationType === 'OBJECT_TABLE') {
        return [{ rule: 'renaming-column', table, message: `Renaming ${table}.${statement.subname ?? ''} to ${statement.newname ?? ''} breaks deployed code that still uses the old name.` }];
    }
    return [];
}
function truncate(statement, scope) {
    const tables = (statement.relations ?? []).flatMap((node) => ('RangeVar' in node ? [node.RangeVar] : []));
    const existing = tables.filter((table) => scope.isExisting(table)).map((table) => scope.tableKey(table));
    if (statement.behavior === 'DROP_CASCADE') {
        // CASCADE reaches tables the statement does not name, so a new table does not make it safe.
        return [{ rule: 'ban-truncate-cascade', message: `TRUNCATE ... CASCADE empties ${tables.map((t) => scope.tableKey(t)).join(', ')} and every table with a foreign key to them.` }];
    }
    return existing.map((table) => ({ rule: 'ban-truncate', table, message: `TRUNCATE ${table} deletes every row under an ACCESS EXCLUSIVE lock.` }));
}
/** One statement over a whole existing table; the batching idiom `WHERE id IN (SELECT ... LIMIT n)` is accepted. */
function unbatched(statement, rule, scope) {
    if (!scope.isExisting(statement.relation) || isBatched(statement.whereClause))
        return [];
    const table = scope.tableKey(statement.relation);
    const verb = rule === 'unbatched-update' ? 'UPDATE' : 'DELETE';
    const scopeText = statement.whereClause ? 'every matching row' : 'every row';
    return [{ rule, table, message: `${verb} on ${table} touches ${scopeText} in one statement and holds their row locks until the migration commits.` }];
}
function isBatched(where) {
    return where !== undefined && someNode(where, (node) => 'SubLink' in node && hasLimit(node.SubLink.subselect));
}
const hasLimit = (node) => node !== undefined && 'SelectStmt' in node && node.SelectStmt.limitCount !== undefined;
// ---- robustness and identifiers ---------------------------------------------------------------
/** Outside a transaction a half-applied file is resumed or re-run: CREATE/DROP must tolerate having happened. */
function notRobust(node, scope) {
    const hit = (what, guard, table) => [
        { rule: 'prefer-robust-stmts', ...(table ? { table } : {}), message: `${what} without ${guard}: if this no-transaction file is run again after a failure, the statement fails because it already happened.` },
    ];
    if ('CreateStmt' in node && !node.CreateStmt.if_not_exists)
        return hit('CREATE TABLE', 'IF NOT EXISTS', scope.tableKey(node.CreateStmt.relation));
    if ('IndexStmt' in node && !node.IndexStmt.if_not_exists)
        return hit('CREATE INDEX', 'IF NOT EXISTS', scope.tableKey(node.IndexStmt.relation));
    if ('DropStmt' in node && !node.DropStmt.missing_ok)
        return hit(`DROP ${objectWord(node.DropStmt.removeType)}`, 'IF EXISTS');
    if ('CreateSchemaStmt' in node && !node.CreateSchemaStmt.if_not_exists)
        return hit('CREATE SCHEMA', 'IF NOT EXISTS');
    if ('AlterTableStmt' in node) {
        const table = scope.tableKey(node.AlterTableStmt.relation);
        return (node.AlterTableStmt.cmds ?? []).flatMap((cmd) => {
            if (!('AlterTableCmd' in cmd) || cmd.AlterTableCmd.missing_ok)
                return [];
            if (cmd.AlterTableCmd.subtype === 'AT_AddColumn')
                return hit('ADD COLUMN', 'IF NOT EXISTS', table);
            if (cmd.AlterTableCmd.subtype === 'AT_DropColumn')
                return hit('DROP COLUMN', 'IF EXISTS', table);
            return [];
        });
    }
    return [];
}
const objectWord = (type) => (type ?? 'OBJECT').replace(/^OBJECT_/, '').replace(/_/g, ' ');
const MAX_IDENTIFIER_BYTES = 63;
/**
 * Identifiers longer than Postgres keeps. Read from the lexer's tokens, since the parse tree
 * already holds them truncated (which is the problem).
 */
function identifiersTooLong(statement, parser) {
    const seen = new Set();
    return parser.scan(statement.sql).flatMap((token) => {
        if (token.tokenName !== 'IDENT')
            return [];
        const name = identifierValue(token.text);
        const bytes = Buffer.byteLength(name, 'utf8');
        if (bytes <= MAX_IDENTIFIER_BYTES || seen.has(name))
            return [];
        seen.add(name);
        const truncated = Buffer.from(name, 'utf8').subarray(0, MAX_IDENTIFIER_BYTES).toString('utf8').replace(/\uFFFD$/, '');
        return [{ rule: 'identifier-too-long', offset: token.start, message: `"${name}" is ${bytes} bytes; Postgres silently truncates it to "${truncated}".` }];
    });
}
/** What Postgres makes of an identifier token: quoted ones as written, bare ones folded to lower case. */
function identifierValue(text) {
    if (text.startsWith('"') && text.endsWith('"'))
        return text.slice(1, -1).replace(/""/g, '"');
    return text.toLowerCase();
}
// ---- tree helpers -----------------------------------------------------------------------------
function columnConstraints(column) {
    return (column.constraints ?? []).flatMap((node) => ('Constraint' in node ? [node.Constraint] : []));
}
const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
const typeNameOf = (column) => {
    const last = column.typeName?.names?.at(-1);
    return last && 'String' in last ? (last.String.sval ?? '') : '';
};
const isSerial = (column) => SERIAL_TYPES.has(typeNameOf(column));
/**
 * Functions known not to be volatile (stable or immutable), so a default calling only these is
 * evaluated once and stored in the catalog (Postgres 11+), with no rewrite. Anything else is
 * treated as volatile: the rule would rather ask than miss a rewrite.
 */
const NON_VOLATILE_FUNCTIONS = new Set([
    'now', 'statement_timestamp', 'transaction_timestamp', 'current_setting', 'current_database', 'current_schema',
    'lower', 'upper', 'trim', 'btrim', 'concat', 'length', 'abs', 'round', 'floor', 'ceil', 'greatest', 'least',
    'to_jsonb', 'to_json', 'jsonb_build_object', 'json_build_object', 'jsonb_build_array', 'json_build_array',
    'array_fill', 'make_date', 'make_timestamp', 'make_timestamptz', 'make_interval', 'to_timestamp', 'to_date', 'date_trunc',
]);
const KNOWN_VOLATILE_FUNCTIONS = new Set([
    'clock_timestamp', 'timeofday', 'random', 'random_normal', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc',
    'uuid_generate_v4', 'uuidv4', 'uuidv7', 'nextval', 'txid_current', 'pg_current_xact_id', 'setseed',
]);
function functionCalls(expr) {
    const names = [];
    someNode(expr, (node) => {
        if ('FuncCall' in node) {
            const last = node.FuncCall.funcname?.at(-1);
            if (last && 'String' in last && last.String.sval)
                names.push(last.String.sval.toLowerCase());
        }
        return false;
    });
    return names;
}
/** Each dropped object's name parts (`schema`, `name`). */
function droppedNames(statement) {
    return (statement.objects ?? []).map((object) => {
        if ('List' in object)
            return (object.List.items ?? []).map((item) => ('String' in item ? (item.String.sval ?? '') : ''));
        if ('String' in object)
            return [object.String.sval ?? ''];
        return [];
    });
}
/** Visits every key/value pair of the tree (the parse tree is plain JSON). */
function walk(value, visit) {
    if (Array.isArray(value)) {
        for (const item of value)
            walk(item, visit);
    }
    else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
            visit(key, child);
            walk(child, visit);
        }
    }
}
/** Whether any node in the tree (the root included) satisfies `test`. */
function someNode(root, test) {
    let found = false;
    const visitNode = (value) => {
        if (found || value === null || typeof value !== 'object')
            return;
        if (Array.isArray(value)) {
            value.forEach(visitNode);
            return;
        }
        const keys = Object.keys(value);
        // A Node is a one-key wrapper named after its type (`{ "FuncCall": {...} }`).
        if (keys.length === 1 && /^[A-Z]/.test(keys[0]) && test(value)) {
            found = true;
            return;
        }
        Object.values(value).forEach(visitNode);
    };
    visitNode(root);
    return found;
}
/** The smallest parser location in the subtree: where the clause starts (bytes into the statement). */
function firstLocation(tree) {
    let first;
    walk(tree, (key, value) => {
        if (key === 'location' && typeof value === 'number' && value >= 0 && (first === undefined || value < first))
            first = value;
    });
    return first;
}
/** libpg_query locations are UTF-8 byte offsets; lines are counted in characters. */
function charOffset(sql, byteOffset) {
    return Buffer.from(sql, 'utf8').subarray(0, byteOffset).toString('utf8').length;
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
