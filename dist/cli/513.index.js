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
/* harmony import */ var _safety_tables_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2741);



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
    return { findings, newTables: scope.newTables, newIndexes: scope.indexTables, newColumns: scope.newColumns, existingTables: scope.existingTables, tableOrigins: scope.tableOrigins };
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
        // Each hit names the table as the statement does; a renamed target table is sized under its old name.
        hits.push(...scope.traced([...checkNode(node, scope), ...(scope.transactional ? [] : notRobust(node, scope))]));
        scope.track(node);
    }
    return hits.map((hit) => ({ ...hit, offset: hit.offset === undefined ? undefined : charOffset(statement.sql, hit.offset) }));
}
// ---- which tables are new ---------------------------------------------------------------------
/** The tables the statements so far have created, moved or added columns to, and how names resolve. */
class Scope extends _safety_tables_js__WEBPACK_IMPORTED_MODULE_2__/* .TableTracker */ .Z {
    transactional;
    /** Index name (`schema.index`) \u2192 its table, for indexes created in the analysed migrations. */
    indexTables;
    bareNames;
    defaultSchema;
    constructor(context, transactional) {
        super(context);
        this.transactional = transactional;
        this.indexTables = new Map(context.newIndexes);
        this.defaultSchema = context.defaultSchema ?? 'public';
    }
    tableKey(relation) {
        return `${relation?.schemaname ?? this.defaultSchema}.${relation?.relname ?? ''}`;
    }
    isExisting(relation) {
        return this.exists(this.tableKey(relation));
    }
    /** As holdsRows, where an unqualified name may resolve to a later schema of the search_path: any table of that name counts. */
    exists(table) {
        if (this.holdsRows(table))
            return true;
        if (this.newTables.has(table) || !table.startsWith(`${this.defaultSchema}.`))
            return false;
        this.bareNames ??= new Set([...this.existingTables].map((t) => t.slice(t.indexOf('.') + 1)));
        return this.bareNames.has(table.slice(this.defaultSchema.length + 1));
    }
    moved(from, to) {
        super.moved(from, to);
        this.bareNames = undefined;
    }
    /** Whether the target's catalog was read: an object not in it, nor created since, is not there. */
    get catalogKnown() {
        return this.context.catalogKnown === true;
    }
    /** The table an index (named as DROP INDEX names it) belongs to: created by an analysed statement, or the target's. */
    indexTable(names) {
        const index = this.qualify(names);
        return this.indexTables.get(index) ?? this.context.existingIndexes?.get(index);
    }
    qualify(names) {
        const name = names.at(-1) ?? '';
        return `${names.length > 1 ? names.at(-2) : this.defaultSchema}.${name}`;
    }
    /** Records what the statement creates, drops or renames, for the statements after it. */
    track(node) {
        if ('AlterTableStmt' in node)
            this.addedColumns(node.AlterTableStmt);
        else if ('CreateStmt' in node)
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
            this.moved(this.tableKey(node.RenameStmt.relation), this.tableKey({ ...node.RenameStmt.relation, relname: node.RenameStmt.newname }));
        }
        else if ('AlterObjectSchemaStmt' in node && node.AlterObjectSchemaStmt.objectType === 'OBJECT_TABLE' && node.AlterObjectSchemaStmt.newschema) {
            const { relation, newschema } = node.AlterObjectSchemaStmt;
            this.moved(this.tableKey(relation), this.tableKey({ ...relation, schemaname: newschema }));
        }
    }
    addedColumns(statement) {
        if (statement.objtype !== 'OBJECT_TABLE' || !this.isExisting(statement.relation))
            return;
        const table = this.tableKey(statement.relation);
        for (const node of statement.cmds ?? []) {
            const cmd = 'AlterTableCmd' in node ? node.AlterTableCmd : null;
            if (cmd?.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def && cmd.def.ColumnDef.colname)
                this.newColumns.add(`${table}.${cmd.def.ColumnDef.colname}`);
        }
    }
    created(relation, ifNotExists) {
        const key = this.tableKey(relation);
        // CREATE TABLE IF NOT EXISTS over a table that is already there leaves the old table (and its rows).
        if (ifNotExists && this.existingTables.has(key))
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
    if ('ReindexStmt' in node)
        return reindex(node.ReindexStmt, scope);
    if ('VacuumStmt' in node)
        return vacuumFull(node.VacuumStmt, scope);
    if ('ClusterStmt' in node)
        return cluster(node.ClusterStmt, scope);
    if ('RefreshMatViewStmt' in node)
        return refresh(node.RefreshMatViewStmt, scope);
    return [];
}
/** Whether a statement's options list holds `name` switched on (`(FULL)`, `(CONCURRENTLY true)`). */
function hasOption(options, name) {
    return (options ?? []).some((option) => {
        if (!('DefElem' in option) || option.DefElem.defname !== name)
            return false;
        const arg = option.DefElem.arg;
        if (arg === undefined)
            return true;
        const value = 'Boolean' in arg ? arg.Boolean.boolval : 'String' in arg ? arg.String.sval : 'Integer' in arg ? arg.Integer.ival : undefined;
        return !(value === false || value === 0 || value === 'false' || value === 'off' || value === '0');
    });
}
function reindex(statement, scope) {
    if (hasOption(statement.params, 'concurrently'))
        return concurrentlyInTransaction('REINDEX CONCURRENTLY', scope);
    const { kind, relation } = statement;
    let table;
    if (kind === 'REINDEX_OBJECT_TABLE') {
        if (!scope.isExisting(relation))
            return [];
        table = scope.tableKey(relation);
    }
    else if (kind === 'REINDEX_OBJECT_INDEX') {
        table = scope.indexTable([...(relation?.schemaname ? [relation.schemaname] : []), relation?.relname ?? '']);
        // As DROP INDEX: an index neither the target nor an analysed statement has, or one on a new table, locks nothing that serves.
        if (table === undefined ? scope.catalogKnown : !scope.exists(table))
            return [];
    }
    const what = kind === 'REINDEX_OBJECT_INDEX' ? `INDEX ${relation?.relname ?? ''}` : kind === 'REINDEX_OBJECT_TABLE' ? `TABLE ${table}` : (statement.name ?? 'of every table');
    return [
        {
            rule: 'require-concurrent-reindex',
            ...(table ? { table } : {}),
            message: `REINDEX ${what} holds a SHARE lock on ${table ?? 'each table'} (writes wait) and an ACCESS EXCLUSIVE lock on each index it rebuilds until it finishes.`,
        },
    ];
}
/** VACUUM FULL: a new copy of each table named (or of every table), as CLUSTER and some ALTER TABLEs write. */
function vacuumFull(statement, scope) {
    if (!statement.is_vacuumcmd || !hasOption(statement.options, 'full'))
        return [];
    const relations = (statement.rels ?? []).flatMap((node) => ('VacuumRelation' in node ? [node.VacuumRelation.relation] : []));
    if (relations.length === 0)
        return [rewriting('VACUUM FULL of every table')];
    return relations.filter((relation) => scope.isExisting(relation)).map((relation) => rewriting(`VACUUM FULL ${scope.tableKey(relation)}`, scope.tableKey(relation)));
}
function cluster(statement, scope) {
    if (!statement.relation)
        return [rewriting('CLUSTER of every table clustered before')];
    if (!scope.isExisting(statement.relation))
        return [];
    const table = scope.tableKey(statement.relation);
    return [rewriting(`CLUSTER ${table}`, table)];
}
function rewriting(what, table) {
    return {
        rule: 'rewriting-table',
        ...(table ? { table } : {}),
        message: `${what} writes a new copy of ${table ?? 'each table'} and its indexes under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole copy.`,
    };
}
function refresh(statement, scope) {
    if (statement.concurrent || !scope.isExisting(statement.relation))
        return [];
    const view = scope.tableKey(statement.relation);
    const leaves = statement.skipData ? ', and WITH NO DATA leaves it unreadable until the next refresh' : ' for the whole refresh';
    return [{ rule: 'require-concurrent-refresh', table: view, message: `REFRESH MATERIALIZED VIEW ${view} holds an ACCESS EXCLUSIVE lock on it: every read of ${view} waits${leaves}.` }];
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
                .filter((table) => scope.exists(table))
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
        // An index the target lacks and no analysed statement created: IF EXISTS makes the DROP a no-op, and without it the DROP fails.
        if (table === undefined ? scope.catalogKnown : !scope.exists(table))
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
        const addedByPending = cmd.subtype === 'AT_DropColumn' && scope.newColumns.has(`${table}.${cmd.name ?? ''}`);
        if (existing && !addedByPending)
            hits.push(...alterTableCmd(cmd, table).map((hit) => ({ offset: firstLocation(cmd), ...hit, table })));
    }
    return hits;
}
/** The ALTER TABLE clauses that copy the whole table. */
const REWRITING_CLAUSES = {
    AT_SetLogged: 'SET LOGGED',
    AT_SetUnLogged: 'SET UNLOGGED',
    AT_SetTableSpace: 'SET TABLESPACE',
    AT_SetAccessMethod: 'SET ACCESS METHOD',
};
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
        default: {
            const clause = cmd.subtype && REWRITING_CLAUSES[cmd.subtype];
            return clause ? [rewriting(`ALTER TABLE ${table} ${clause}`, table)] : [];
        }
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
        { rule: 'prefer-robust-stmts', ...(table ? { table } : {}), message: `${what} without ${guard} in a file that runs without a transaction: if the run is cut off while this statement runs (connection lost, runner stopped), it may have happened, and resuming runs it again, which then fails.` },
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
    if (!MAY_HOLD_LONG_IDENTIFIER.test(statement.sql))
        return [];
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
/**
 * Whether a statement could hold an identifier over MAX_IDENTIFIER_BYTES at all, tested before
 * paying for Postgres's lexer (a WASM call and its tokens as JSON, per statement). A UTF-16 unit
 * encodes at most 3 bytes of UTF-8, so such an identifier spans at least 22 units, written
 * without whitespace, commas, semicolons, parentheses or quotes when bare, between quotes (`""`
 * for a quote) when quoted; escapes only lengthen it. A false match merely costs the lexer.
 */
const MIN_LONG_IDENTIFIER_UNITS = Math.ceil((MAX_IDENTIFIER_BYTES + 1) / 3);
const MAY_HOLD_LONG_IDENTIFIER = new RegExp(`[^\\s,;()"]{${MIN_LONG_IDENTIFIER_UNITS},}|"(?:[^"]|""){${MIN_LONG_IDENTIFIER_UNITS},}"`);
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

/***/ 2741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ TableTracker)
/* harmony export */ });
/**
 * Which tables hold rows as the analysed statements go, for the dialects' rules: the ones the
 * statements created hold none, and (when the target's catalog was read) neither does one the
 * target lacks. A rename moves a table's rows to its new name. Keys are the dialect's
 * (`schema.table`, `database.table`).
 */
class TableTracker {
    context;
    newTables;
    /** `<table>.<column>` added to a table the statements so far did not create. */
    newColumns;
    /** The target's tables under their names as of the statement. */
    existingTables;
    /** Renamed tables of the target: current name \u2192 the target's name, under which its size is known. */
    tableOrigins;
    constructor(context) {
        this.context = context;
        this.newTables = new Set(context.newTables);
        this.newColumns = new Set(context.newColumns);
        this.existingTables = context.existingTables;
        this.tableOrigins = context.tableOrigins ?? new Map();
    }
    /** The hits of one statement, each naming the target's table whose rows it is about when that was renamed. */
    traced(hits) {
        if (this.tableOrigins.size === 0)
            return hits;
        return hits.map((hit) => {
            const origin = hit.table === undefined ? undefined : this.tableOrigins.get(hit.table);
            return origin === undefined ? hit : { ...hit, rowsOf: origin };
        });
    }
    /**
     * Whether the table holds rows and serves queries before the statement. Without a target,
     * anything not proven new is treated as existing: a rule missed costs more than a false alarm.
     */
    holdsRows(table) {
        if (this.newTables.has(table))
            return false;
        return !this.context.catalogKnown || this.existingTables.has(table);
    }
    /** A table under a new name: a new one stays new, the target's keeps its rows. */
    moved(from, to) {
        if (this.newTables.delete(from)) {
            this.newTables.add(to);
        }
        else if (this.existingTables.has(from)) {
            const renamed = new Set(this.existingTables);
            renamed.delete(from);
            this.existingTables = renamed.add(to);
            const origins = new Map(this.tableOrigins);
            origins.delete(from);
            this.tableOrigins = origins.set(to, this.tableOrigins.get(from) ?? from);
        }
    }
}


/***/ })

};
