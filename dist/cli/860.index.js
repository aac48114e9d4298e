export const id = 860;
export const ids = [860];
export const modules = {

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createHttpClient: () => (/* binding */ createHttpClient)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clickhouse_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5671);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4277);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2321);




/** Default request timeout when no statement timeout is set: longer than any GitHub job. */
const NO_TIMEOUT_MS = 6 * 60 * 60 * 1000;
/** @clickhouse/client's server errors (and anything else) as our ClickHouseError where they are one. */
function normalize(error) {
    const { code, type } = (error ?? {});
    if (typeof type === 'string' && typeof code === 'string' && /^\d+$/.test(code)) {
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error).trim().replace(/\.$/, '');
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClickHouseError */ .L7(`Code: ${code}. DB::Exception: ${message}. (${type})`, Number(code), type);
    }
    if (code === undefined)
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .parseServerError */ .NX)((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)) ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .asError */ .zR)(error);
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .asError */ .zR)(error);
}
/**
 * The HTTP client: one @clickhouse/client per engine, bound to one ClickHouse session per run
 * (`session_id`), so `SET` statements in a migration last for the statements after it and
 * every request of the run lands in the same session. Requests of a session are serialised
 * because the server rejects concurrent queries in one session.
 */
function createHttpClient(target, settings, sessionId = `schemagate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`) {
    const client = (0,_clickhouse_client__WEBPACK_IMPORTED_MODULE_1__/* .createClient */ .UU)({
        url: target.url,
        username: target.username,
        password: target.password,
        database: target.database,
        application: settings.application,
        request_timeout: settings.statementTimeoutMs ? settings.statementTimeoutMs + 60_000 : NO_TIMEOUT_MS,
        compression: { request: false, response: false },
        clickhouse_settings: (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .serverSettings */ .Dm)(settings),
        // Every failure reaches the caller as an error with the server's text; the client's own
        // console logging would print it twice, with request internals.
        log: { level: _clickhouse_client__WEBPACK_IMPORTED_MODULE_1__/* .ClickHouseLogLevel */ .P1.OFF },
    });
    const queue = new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .SerialQueue */ .y_();
    const send = (run, kind) => queue.run(() => (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetries */ .LH)(async () => {
        try {
            return await run();
        }
        catch (error) {
            throw normalize(error);
        }
    }, settings, target.display, kind));
    // A session reset moves the requests to a new session: the server's defaults, none of the old one's SETs.
    let session = sessionId;
    const inSession = () => (session ? { session_id: session } : {});
    return {
        target: target.display,
        database: target.database,
        async command(sql, params, options) {
            await send(() => client.command({ query: sql, ...(params ? { query_params: params } : {}), ...inSession() }), options?.idempotent ? 'idempotent' : 'statement');
        },
        async query(sql, params) {
            return send(async () => {
                const result = await client.query({ query: sql, format: 'JSONEachRow', ...(params ? { query_params: params } : {}), ...inSession() });
                return result.json();
            }, 'idempotent');
        },
        async insert(table, rows) {
            if (rows.length === 0)
                return;
            await send(() => client.insert({ table, values: rows, format: 'JSONEachRow', ...inSession() }), 'idempotent');
        },
        resetSession() {
            if (session)
                session = `schemagate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
            return Promise.resolve();
        },
        fork(extra) {
            return createHttpClient(target, { ...settings, extraSettings: { ...settings.extraSettings, ...extra } }, null);
        },
        async close() {
            await queue.drain();
            await client.close();
        },
    };
}


/***/ })

};
