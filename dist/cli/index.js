import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeClickHouseClient = void 0;
exports.createClient = createClient;
const index_1 = __nccwpck_require__(1349);
const config_1 = __nccwpck_require__(8637);
class NodeClickHouseClient extends index_1.ClickHouseClient {
    /** See {@link ClickHouseClient.query}. */
    query(params) {
        return super.query(params);
    }
}
exports.NodeClickHouseClient = NodeClickHouseClient;
function createClient(config) {
    // If the caller injected a pre-built Connection, override the
    // default HTTP make_connection factory to return THAT connection
    // instead. Used for the experimental integration with chDB only.
    const injected = config?.connection;
    const impl = injected !== undefined
        ? { ...config_1.NodeConfigImpl, make_connection: () => injected }
        : config_1.NodeConfigImpl;
    return new index_1.ClickHouseClient({
        impl,
        ...(config || {}),
    });
}
//# sourceMappingURL=client.js.map

/***/ }),

/***/ 8287:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isProgressRow = isProgressRow;
exports.isRow = isRow;
exports.isException = isException;
/** Type guard to use with `JSONEachRowWithProgress`, checking if the emitted row is a progress row.
 *  @see https://clickhouse.com/docs/interfaces/formats/JSONEachRowWithProgress */
function isProgressRow(row) {
    return (row !== null &&
        typeof row === "object" &&
        "progress" in row &&
        Object.keys(row).length === 1);
}
/** Type guard to use with `JSONEachRowWithProgress`, checking if the emitted row is a row with data.
 *  @see https://clickhouse.com/docs/interfaces/formats/JSONEachRowWithProgress */
function isRow(row) {
    return (row !== null &&
        typeof row === "object" &&
        "row" in row &&
        Object.keys(row).length === 1);
}
/** Type guard to use with `JSONEachRowWithProgress`, checking if the row contains an exception.
 *  @see https://clickhouse.com/docs/interfaces/formats/JSONEachRowWithProgress */
function isException(row) {
    return (row !== null &&
        typeof row === "object" &&
        "exception" in row &&
        Object.keys(row).length === 1);
}
//# sourceMappingURL=clickhouse_types.js.map

/***/ }),

/***/ 7646:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClickHouseClient = void 0;
const parse_1 = __nccwpck_require__(953);
const logger_1 = __nccwpck_require__(7581);
const config_1 = __nccwpck_require__(9367);
const tracing_1 = __nccwpck_require__(7739);
class ClickHouseClient {
    clientClickHouseSettings;
    connectionParams;
    connection;
    makeResultSet;
    valuesEncoder;
    sessionId;
    role;
    jsonHandling;
    tracer;
    constructor(config) {
        const logger = config?.log?.LoggerClass
            ? new config.log.LoggerClass()
            : new logger_1.DefaultLogger();
        const configWithURL = (0, config_1.prepareConfigWithURL)(config, logger, config.impl.handle_specific_url_params ?? null);
        this.connectionParams = (0, config_1.getConnectionParams)(configWithURL, logger);
        this.clientClickHouseSettings = this.connectionParams.clickhouse_settings;
        this.sessionId = config.session_id;
        this.role = config.role;
        this.connection = config.impl.make_connection(configWithURL, this.connectionParams);
        // Using the connection params log level as it does the parsing.
        // TODO: it would be better to parse the log level in the client itself.
        this.makeResultSet = config.impl.make_result_set;
        this.jsonHandling = {
            ...parse_1.defaultJSONHandling,
            ...config.json,
        };
        this.valuesEncoder = config.impl.values_encoder(this.jsonHandling);
        // Assigned once at client creation: when no tracer is configured, the
        // shared no-op tracer keeps the hot path branch-free.
        this.tracer = config.tracer ?? tracing_1.NoopClickHouseTracer;
    }
    /**
     * Used for most statements that can have a response, such as `SELECT`.
     * Returns an implementation of {@link BaseResultSet}.
     *
     * The `FORMAT` clause should be specified separately via {@link QueryParams.format} (default is `JSON`);
     * this method will always append `FORMAT <format>` to the end of {@link QueryParams.query}.
     * If the query already contains a `FORMAT` clause, ClickHouse will return a syntax error due to a duplicate `FORMAT`.
     * This is intended behavior.
     * Use {@link ClickHouseClient.insert} for data insertion, {@link ClickHouseClient.command} for DDLs,
     * or {@link ClickHouseClient.exec} for queries where you need to provide the full SQL (including `FORMAT`) yourself or where the `FORMAT` suffix is not supported.
     *
     * @note For `SHOW [ROW] POLICIES`, use the full syntax `SHOW POLICIES ON *`,
     * as the short version does not support appending `FORMAT` at the server SQL parser level.
     * See https://github.com/ClickHouse/ClickHouse/issues/105899
     *
     * See {@link DataFormat} for the formats supported by the client.
     */
    async query(params) {
        const format = params.format ?? "JSON";
        const query = formatQuery(params.query, format);
        const queryParams = this.withClientQueryParams(params);
        const { log_writer, log_level } = this.connectionParams;
        return this.tracer.startActiveSpan(tracing_1.ClickHouseSpanNames.query, {
            kind: tracing_1.ClickHouseSpanKind.CLIENT,
            attributes: this.withBaseSpanAttributes({
                "clickhouse.response.format": format,
                "clickhouse.request.query_id": queryParams.query_id,
                "clickhouse.request.session_id": queryParams.session_id,
            }),
        }, async (span) => {
            let queryResult;
            try {
                queryResult = await this.connection.query({
                    query,
                    ...queryParams,
                });
            }
            catch (err) {
                (0, tracing_1.recordSpanError)(span, err);
                span.end();
                throw err;
            }
            const { stream, query_id, response_headers, http_status_code } = queryResult;
            // The query_id may have been generated by the connection layer.
            span.setAttributes({ "clickhouse.request.query_id": query_id });
            setResponseSpanAttributes(span, { http_status_code });
            // The clickhouse.query span covers the HTTP request lifetime only:
            // it ends here, once response headers are received.  A separate
            // clickhouse.query.stream child span is started and handed to the
            // ResultSet to track the response stream consumption (decoded bytes,
            // returned rows, streaming errors).  Separating the two spans makes
            // it easy to distinguish the original request duration from a stream
            // that may never end (e.g. tailing a live table).
            span.end();
            return this.tracer.startActiveSpan(tracing_1.ClickHouseSpanNames.query_stream, { kind: tracing_1.ClickHouseSpanKind.CLIENT }, (streamSpan) => {
                try {
                    return this.makeResultSet(stream, format, query_id, (err) => {
                        if (log_level <= logger_1.ClickHouseLogLevel.ERROR) {
                            log_writer.error({
                                err,
                                module: "Client",
                                message: "Error while processing the ResultSet.",
                                args: {
                                    session_id: queryParams.session_id,
                                    role: queryParams.role,
                                    query_id,
                                },
                            });
                        }
                    }, response_headers, this.jsonHandling, streamSpan);
                }
                catch (err) {
                    (0, tracing_1.recordSpanError)(streamSpan, err);
                    streamSpan.end();
                    throw err;
                }
                // streamSpan is NOT ended here - the ResultSet owns its lifetime.
            });
        });
    }
    /**
     * It should be used for statements that do not have any output,
     * when the format clause is not applicable, or when you are not interested in the response at all.
     * The response stream is destroyed immediately as we do not expect useful information there.
     * Examples of such statements are DDLs or custom inserts.
     *
     * @note if you have a custom query that does not work with {@link ClickHouseClient.query},
     * and you are interested in the response data, consider using {@link ClickHouseClient.exec}.
     */
    async command(params) {
        const query = removeTrailingSemi(params.query.trim());
        const ignore_error_response = params.ignore_error_response ?? false;
        const queryParams = this.withClientQueryParams(params);
        return this.tracer.startActiveSpan(tracing_1.ClickHouseSpanNames.command, {
            kind: tracing_1.ClickHouseSpanKind.CLIENT,
            attributes: this.withBaseSpanAttributes({
                "clickhouse.request.query_id": queryParams.query_id,
                "clickhouse.request.session_id": queryParams.session_id,
            }),
        }, async (span) => {
            try {
                const result = await this.connection.command({
                    query,
                    ignore_error_response,
                    ...queryParams,
                });
                span.setAttributes({
                    "clickhouse.request.query_id": result.query_id,
                });
                setResponseSpanAttributes(span, result);
                return result;
            }
            catch (err) {
                (0, tracing_1.recordSpanError)(span, err);
                throw err;
            }
            finally {
                span.end();
            }
        });
    }
    /**
     * Similar to {@link ClickHouseClient.command}, but for the cases where the output _is expected_,
     * but format clause is not applicable. The caller of this method _must_ consume the stream,
     * as the underlying socket will not be released until then, and the request will eventually be timed out.
     *
     * @note it is not intended to use this method to execute the DDLs, such as `CREATE TABLE` or similar;
     * use {@link ClickHouseClient.command} instead.
     */
    async exec(params) {
        const query = removeTrailingSemi(params.query.trim());
        const values = "values" in params ? params.values : undefined;
        const decompress_response_stream = params.decompress_response_stream ?? true;
        const ignore_error_response = params.ignore_error_response ?? false;
        const queryParams = this.withClientQueryParams(params);
        return this.tracer.startActiveSpan(tracing_1.ClickHouseSpanNames.exec, {
            kind: tracing_1.ClickHouseSpanKind.CLIENT,
            attributes: this.withBaseSpanAttributes({
                "clickhouse.request.query_id": queryParams.query_id,
                "clickhouse.request.session_id": queryParams.session_id,
            }),
        }, async (span) => {
            try {
                const result = await this.connection.exec({
                    query,
                    values,
                    decompress_response_stream,
                    ignore_error_response,
                    ...queryParams,
                });
                span.setAttributes({
                    "clickhouse.request.query_id": result.query_id,
                });
                setResponseSpanAttributes(span, result);
                return result;
            }
            catch (err) {
                (0, tracing_1.recordSpanError)(span, err);
                throw err;
            }
            finally {
                span.end();
            }
        });
    }
    /**
     * The primary method for data insertion. It is recommended to avoid arrays in case of large inserts
     * to reduce application memory consumption and consider streaming for most of such use cases.
     * As the insert operation does not provide any output, the response stream is immediately destroyed.
     *
     * @note in case of a custom insert operation (e.g., `INSERT FROM SELECT`),
     * consider using {@link ClickHouseClient.command}, passing the entire raw query there
     * (including the `FORMAT` clause).
     */
    async insert(params) {
        if (Array.isArray(params.values) && params.values.length === 0) {
            return { executed: false, query_id: "", response_headers: {} };
        }
        const format = params.format || "JSONCompactEachRow";
        this.valuesEncoder.validateInsertValues(params.values, format);
        const query = getInsertQuery(params, format);
        const queryParams = this.withClientQueryParams(params);
        return this.tracer.startActiveSpan(tracing_1.ClickHouseSpanNames.insert, {
            kind: tracing_1.ClickHouseSpanKind.CLIENT,
            attributes: this.withBaseSpanAttributes({
                "db.operation.name": "INSERT",
                "db.collection.name": params.table,
                "clickhouse.request.format": format,
                "clickhouse.request.query_id": queryParams.query_id,
                "clickhouse.request.session_id": queryParams.session_id,
                // Only known up front for array-based inserts; for streamed
                // inserts, the row count is not observable by the client.
                "clickhouse.request.sent_rows": Array.isArray(params.values)
                    ? params.values.length
                    : undefined,
            }),
        }, async (span) => {
            try {
                const values = this.valuesEncoder.encodeValues(params.values, format);
                // TODO: record `clickhouse.request.encoded_bytes` (the
                // pre-compression request body size) here. This is a
                // post-common-deprecation feature: once `client-common` is
                // deprecated and the Node.js / Web clients are fully independent,
                // each client can measure the encoded payload using its own
                // platform-native byte-length primitive (e.g. `Buffer.byteLength`)
                // instead of a hand-rolled common implementation.
                const result = await this.connection.insert({
                    query,
                    values,
                    ...queryParams,
                });
                span.setAttributes({
                    "clickhouse.request.query_id": result.query_id,
                });
                setResponseSpanAttributes(span, result);
                return { ...result, executed: true };
            }
            catch (err) {
                (0, tracing_1.recordSpanError)(span, err);
                throw err;
            }
            finally {
                span.end();
            }
        });
    }
    /**
     * A health-check request. It does not throw if an error occurs - the error is returned inside the result object.
     *
     * By default, Node.js version uses the built-in `/ping` endpoint, which does not verify credentials.
     * Optionally, it can be switched to a `SELECT` query (see {@link PingParamsWithSelectQuery}).
     * In that case, the server will verify the credentials.
     *
     * **NOTE**: Since the `/ping` endpoint does not support CORS, the Web version always uses a `SELECT` query.
     */
    async ping(params) {
        const select = params?.select ?? false;
        return this.tracer.startActiveSpan(tracing_1.ClickHouseSpanNames.ping, {
            kind: tracing_1.ClickHouseSpanKind.CLIENT,
            attributes: this.withBaseSpanAttributes({
                "clickhouse.ping.select": select,
            }),
        }, async (span) => {
            try {
                return await this.connection.ping(params ?? { select: false });
            }
            catch (err) {
                (0, tracing_1.recordSpanError)(span, err);
                throw err;
            }
            finally {
                span.end();
            }
        });
    }
    /**
     * Shuts down the underlying connection.
     * This method should ideally be called only once per application lifecycle,
     * for example, during the graceful shutdown phase.
     */
    async close() {
        return await this.connection.close();
    }
    /**
     * Closes the client connection.
     *
     * Automatically called when using `using` statement in supported environments.
     * @see {@link ClickHouseClient.close}
     * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/using
     */
    async [Symbol.asyncDispose]() {
        await this.close();
    }
    withBaseSpanAttributes(extra) {
        const url = this.connectionParams.url;
        const attrs = {
            "db.system.name": "clickhouse",
            "server.address": url.hostname,
            "server.port": getServerPort(url),
            "db.namespace": this.connectionParams.database,
        };
        if (this.connectionParams.application_id !== undefined) {
            attrs["clickhouse.application"] = this.connectionParams.application_id;
        }
        for (const [k, v] of Object.entries(extra)) {
            if (v !== undefined)
                attrs[k] = v;
        }
        return attrs;
    }
    withClientQueryParams(params) {
        return {
            clickhouse_settings: {
                ...this.clientClickHouseSettings,
                ...params.clickhouse_settings,
            },
            query_params: params.query_params,
            abort_signal: params.abort_signal,
            query_id: params.query_id,
            session_id: params.session_id ?? this.sessionId,
            role: params.role ?? this.role,
            auth: params.auth,
            http_headers: params.http_headers,
            use_multipart_params: params.use_multipart_params,
            use_multipart_params_auto: params.use_multipart_params_auto,
        };
    }
}
exports.ClickHouseClient = ClickHouseClient;
function getServerPort(url) {
    if (url.port !== "") {
        return Number(url.port);
    }
    return url.protocol === "https:" ? 443 : 80;
}
/** Records HTTP status and `X-ClickHouse-Summary` counters on the span once
 *  the response (headers) arrived. The summary values are complete only when
 *  the query was executed with `wait_end_of_query=1`; see
 *  {@link ClickHouseSummary}. */
function setResponseSpanAttributes(span, result) {
    const attributes = {};
    if (result.http_status_code !== undefined) {
        attributes["db.response.status_code"] = result.http_status_code;
    }
    const summary = result.summary;
    if (summary !== undefined) {
        attributes["clickhouse.summary.read_rows"] = summary.read_rows;
        attributes["clickhouse.summary.read_bytes"] = summary.read_bytes;
        attributes["clickhouse.summary.written_rows"] = summary.written_rows;
        attributes["clickhouse.summary.written_bytes"] = summary.written_bytes;
        attributes["clickhouse.summary.result_rows"] = summary.result_rows;
        attributes["clickhouse.summary.result_bytes"] = summary.result_bytes;
        attributes["clickhouse.summary.elapsed_ns"] = summary.elapsed_ns;
    }
    span.setAttributes(attributes);
}
function formatQuery(query, format) {
    query = query.trim();
    query = removeTrailingSemi(query);
    return query + " \nFORMAT " + format;
}
function removeTrailingSemi(query) {
    let lastNonSemiIdx = query.length;
    for (let i = lastNonSemiIdx; i > 0; i--) {
        if (query[i - 1] !== ";") {
            lastNonSemiIdx = i;
            break;
        }
    }
    if (lastNonSemiIdx !== query.length) {
        return query.slice(0, lastNonSemiIdx);
    }
    return query;
}
function isInsertColumnsExcept(obj) {
    return (obj !== undefined &&
        obj !== null &&
        typeof obj === "object" &&
        // Avoiding ESLint no-prototype-builtins error
        Object.prototype.hasOwnProperty.call(obj, "except"));
}
function getInsertQuery(params, format) {
    let columnsPart = "";
    if (params.columns !== undefined) {
        if (Array.isArray(params.columns) && params.columns.length > 0) {
            columnsPart = ` (${params.columns.join(", ")})`;
        }
        else if (isInsertColumnsExcept(params.columns) &&
            params.columns.except.length > 0) {
            columnsPart = ` (* EXCEPT (${params.columns.except.join(", ")}))`;
        }
    }
    return `INSERT INTO ${params.table.trim()}${columnsPart} FORMAT ${format}`;
}
//# sourceMappingURL=client.js.map

/***/ }),

/***/ 9367:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.prepareConfigWithURL = prepareConfigWithURL;
exports.getConnectionParams = getConnectionParams;
exports.mergeConfigs = mergeConfigs;
exports.createUrl = createUrl;
exports.loadConfigOptionsFromURL = loadConfigOptionsFromURL;
exports.booleanConfigURLValue = booleanConfigURLValue;
exports.numberConfigURLValue = numberConfigURLValue;
exports.enumConfigURLValue = enumConfigURLValue;
const logger_1 = __nccwpck_require__(7581);
const json_handling_1 = __nccwpck_require__(2735);
/** Normalizes the public request compression option into the internal codec
 *  object, or `undefined` when disabled. `true` keeps gzip for backwards
 *  compatibility; the object form (carrying its per-codec option) is passed
 *  through verbatim, so untyped JS supplying an unknown codec still reaches the
 *  Node guard, which rejects it with a clear error. */
function normalizeRequestCompression(value) {
    if (!value) {
        return undefined;
    }
    if (value === true) {
        return { codec: "gzip" };
    }
    return value;
}
/** Normalizes the public response compression option
 *  (`false | true | { codec }`) into the internal codec object, or `undefined`
 *  when disabled. `true` keeps gzip for backwards compatibility. */
function normalizeResponseCompression(value) {
    if (!value) {
        return undefined;
    }
    if (value === true) {
        return { codec: "gzip" };
    }
    return { codec: value.codec };
}
/**
 * Validates and normalizes the provided "base" config.
 * Warns about deprecated configuration parameters usage.
 * Parses the common URL parameters into the configuration parameters (these are the same for all implementations).
 * Parses implementation-specific URL parameters using the handler provided by that implementation.
 * Merges these parameters with the base config and implementation-specific defaults.
 * Enforces certain defaults in case of deprecated keys or readonly mode.
 */
function prepareConfigWithURL(baseConfigOptions, logger, handleImplURLParams) {
    const baseConfig = { ...baseConfigOptions };
    if (baseConfig.additional_headers !== undefined) {
        logger.warn({
            module: "Config",
            message: '"additional_headers" is deprecated. Use "http_headers" instead.',
        });
        baseConfig.http_headers = baseConfig.additional_headers;
        delete baseConfig.additional_headers;
    }
    let configURL;
    if (baseConfig.host !== undefined) {
        logger.warn({
            module: "Config",
            message: '"host" is deprecated. Use "url" instead.',
        });
        configURL = createUrl(baseConfig.host);
        delete baseConfig.host;
    }
    else {
        configURL = createUrl(baseConfig.url);
    }
    const [url, configFromURL] = loadConfigOptionsFromURL(configURL, handleImplURLParams);
    const config = mergeConfigs(baseConfig, configFromURL, logger);
    if (config.pathname !== undefined) {
        url.pathname = config.pathname;
    }
    config.url = url;
    return config;
}
function getConnectionParams(config, logger) {
    let auth;
    if (config.access_token !== undefined) {
        if (config.username !== undefined || config.password !== undefined) {
            throw new Error("Both access token and username/password are provided in the configuration. Please use only one authentication method.");
        }
        auth = { access_token: config.access_token, type: "JWT" };
    }
    else {
        auth = {
            username: config.username ?? "default",
            password: config.password ?? "",
            type: "Credentials",
        };
    }
    const log_level = config.log?.level ?? logger_1.ClickHouseLogLevel.WARN;
    const request_timeout = config.request_timeout ?? 30_000;
    const clickhouse_settings = config.clickhouse_settings ?? {};
    if (log_level <= logger_1.ClickHouseLogLevel.WARN) {
        // Warn if request_timeout is high but progress headers are not configured
        // This can lead to socket hang-up errors when long-running queries exceed load balancer idle timeouts
        const THRESHOLD_MS = 60_000; // 60 seconds
        if (request_timeout > THRESHOLD_MS) {
            const send_progress = String(clickhouse_settings.send_progress_in_http_headers) === "1";
            const progress_interval = clickhouse_settings.http_headers_progress_interval_ms;
            if (!send_progress) {
                logger.warn({
                    module: "Config",
                    message: `request_timeout is set to ${request_timeout}ms, but send_progress_in_http_headers is not enabled. Long-running queries may fail with socket hang-up errors if they exceed the load balancer idle timeout. Consider enabling progress headers with clickhouse_settings: { send_progress_in_http_headers: 1, http_headers_progress_interval_ms: '<interval>' }. See https://github.com/ClickHouse/clickhouse-js/blob/main/docs/howto/long_running_queries.md for more details.`,
                });
            }
            else if (progress_interval === undefined) {
                logger.warn({
                    module: "Config",
                    message: `request_timeout is set to ${request_timeout}ms and send_progress_in_http_headers is enabled, but http_headers_progress_interval_ms is not set. It is recommended to set http_headers_progress_interval_ms to a value slightly below your load balancer's idle timeout (e.g., '110000' for a 120s LB timeout). See https://github.com/ClickHouse/clickhouse-js/blob/main/docs/howto/long_running_queries.md for more details.`,
                });
            }
        }
    }
    return {
        auth,
        url: config.url,
        application_id: config.application,
        request_timeout,
        max_open_connections: config.max_open_connections ?? 10,
        compression: {
            decompress_response: normalizeResponseCompression(config.compression?.response),
            compress_request: normalizeRequestCompression(config.compression?.request),
        },
        database: config.database ?? "default",
        log_writer: new logger_1.LogWriter(logger, "Connection", log_level),
        log_level: log_level,
        keep_alive: { enabled: config.keep_alive?.enabled ?? true },
        clickhouse_settings,
        http_headers: config.http_headers ?? {},
        json: {
            ...json_handling_1.defaultJSONHandling,
            ...config.json,
        },
        ...(config.use_multipart_params ? { use_multipart_params: true } : {}),
        ...(config.use_multipart_params_auto
            ? { use_multipart_params_auto: true }
            : {}),
    };
}
/**
 * Merge two versions of the config: base (hardcoded) from the instance creation and the URL parsed one.
 * URL config takes priority and overrides the base config parameters.
 * If a value is overridden, then a warning will be logged (even if the log level is OFF).
 */
function mergeConfigs(baseConfig, configFromURL, logger) {
    function deepMerge(base, fromURL, path = []) {
        for (const key of Object.keys(fromURL)) {
            if (typeof fromURL[key] === "object") {
                deepMerge(base, fromURL[key], path.concat(key));
            }
            else {
                let baseAtPath = base;
                for (const key of path) {
                    if (baseAtPath[key] === undefined) {
                        baseAtPath[key] = {};
                    }
                    baseAtPath = baseAtPath[key];
                }
                const baseAtKey = baseAtPath[key];
                if (baseAtKey !== undefined) {
                    const fullPath = path.concat(key).join(".");
                    logger.warn({
                        module: "Config",
                        message: `"${fullPath}" is overridden by a URL parameter.`,
                    });
                }
                baseAtPath[key] = fromURL[key];
            }
        }
    }
    const config = { ...baseConfig };
    deepMerge(config, configFromURL);
    return config;
}
function createUrl(configURL) {
    let url;
    try {
        if (typeof configURL === "string" || configURL instanceof URL) {
            url = new URL(configURL);
        }
        else {
            return new URL("http://localhost:8123");
        }
    }
    catch (err) {
        throw new Error("ClickHouse URL is malformed. Expected format: http[s]://[username:password@]hostname:port[/database][?param1=value1&param2=value2]", { cause: err });
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new Error(`ClickHouse URL protocol must be either http or https. Got: ${url.protocol}`);
    }
    return url;
}
/**
 * @param url potentially contains auth, database and URL params to parse the configuration from
 * @param handleExtraURLParams some platform-specific URL params might be unknown by the common package;
 * use this function defined in the implementation to handle them. Logs warnings in case of hardcode overrides.
 */
function loadConfigOptionsFromURL(url, handleExtraURLParams) {
    let config = {};
    // trim is not needed, cause space is not allowed in the URL basic auth and should be encoded as %20
    if (url.username !== "") {
        config.username = decodeURIComponent(url.username);
    }
    if (url.password !== "") {
        config.password = decodeURIComponent(url.password);
    }
    if (url.pathname.trim().length > 1) {
        config.database = url.pathname.slice(1);
    }
    const urlSearchParamsKeys = [...url.searchParams.keys()];
    if (urlSearchParamsKeys.length > 0) {
        const unknownParams = new Set();
        const settingPrefix = "clickhouse_setting_";
        const settingShortPrefix = "ch_";
        const httpHeaderPrefix = "http_header_";
        urlSearchParamsKeys.forEach((key) => {
            let paramWasProcessed = true;
            const value = url.searchParams.get(key);
            if (key.startsWith(settingPrefix)) {
                // clickhouse_settings_*
                const settingKey = key.slice(settingPrefix.length);
                if (config.clickhouse_settings === undefined) {
                    config.clickhouse_settings = {};
                }
                config.clickhouse_settings[settingKey] = value;
            }
            else if (key.startsWith(settingShortPrefix)) {
                // ch_*
                const settingKey = key.slice(settingShortPrefix.length);
                if (config.clickhouse_settings === undefined) {
                    config.clickhouse_settings = {};
                }
                config.clickhouse_settings[settingKey] = value;
            }
            else if (key.startsWith(httpHeaderPrefix)) {
                // http_headers_*
                const headerKey = key.slice(httpHeaderPrefix.length);
                if (config.http_headers === undefined) {
                    config.http_headers = {};
                }
                config.http_headers[headerKey] = value;
            }
            else {
                // static known parameters
                switch (key) {
                    case "application":
                        config.application = value;
                        break;
                    case "pathname":
                        config.pathname = value;
                        break;
                    case "session_id":
                        config.session_id = value;
                        break;
                    case "request_timeout":
                        config.request_timeout = numberConfigURLValue({
                            key,
                            value,
                            min: 0,
                        });
                        break;
                    case "max_open_connections":
                        config.max_open_connections = numberConfigURLValue({
                            key,
                            value,
                            min: 1,
                        });
                        break;
                    case "compression_request":
                        if (config.compression === undefined) {
                            config.compression = {};
                        }
                        config.compression.request = booleanConfigURLValue({ key, value });
                        break;
                    case "compression_response":
                        if (config.compression === undefined) {
                            config.compression = {};
                        }
                        config.compression.response = booleanConfigURLValue({
                            key,
                            value,
                        });
                        break;
                    case "log_level":
                        if (config.log === undefined) {
                            config.log = {};
                        }
                        config.log.level = enumConfigURLValue({
                            key,
                            value,
                            enumObject: logger_1.ClickHouseLogLevel,
                        });
                        break;
                    case "keep_alive_enabled":
                        if (config.keep_alive === undefined) {
                            config.keep_alive = {};
                        }
                        config.keep_alive.enabled = booleanConfigURLValue({ key, value });
                        break;
                    case "access_token":
                        config.access_token = value;
                        break;
                    default:
                        paramWasProcessed = false;
                        unknownParams.add(key);
                        break;
                }
            }
            if (paramWasProcessed) {
                // so it won't be passed to the impl URL params handler
                url.searchParams.delete(key);
            }
        });
        if (handleExtraURLParams !== null) {
            const res = handleExtraURLParams(config, url);
            config = res.config;
            if (unknownParams.size > 0) {
                res.handled_params.forEach((k) => unknownParams.delete(k));
            }
            if (res.unknown_params.size > 0) {
                res.unknown_params.forEach((k) => unknownParams.add(k));
            }
        }
        if (unknownParams.size > 0) {
            throw new Error(`Unknown URL parameters: ${Array.from(unknownParams).join(", ")}`);
        }
    }
    // clean up the final ClickHouse URL to be used in the connection
    const clickHouseURL = new URL(`${url.protocol}//${url.host}`);
    return [clickHouseURL, config];
}
function booleanConfigURLValue({ key, value, }) {
    const trimmed = value.trim();
    if (trimmed === "true" || trimmed === "1")
        return true;
    if (trimmed === "false" || trimmed === "0")
        return false;
    throw new Error(`"${key}" has invalid boolean value: ${trimmed}. Expected one of: 0, 1, true, false.`);
}
function numberConfigURLValue({ key, value, min, max, }) {
    const trimmed = value.trim();
    const number = Number(trimmed);
    if (isNaN(number))
        throw new Error(`"${key}" has invalid numeric value: ${trimmed}`);
    if (min !== undefined && number < min) {
        throw new Error(`"${key}" value ${trimmed} is less than min allowed ${min}`);
    }
    if (max !== undefined && number > max) {
        throw new Error(`"${key}" value ${trimmed} is greater than max allowed ${max}`);
    }
    return number;
}
function enumConfigURLValue({ key, value, enumObject, }) {
    const values = Object.keys(enumObject).filter((item) => isNaN(Number(item)));
    const trimmed = value.trim();
    if (!values.includes(trimmed)) {
        const expected = values.join(", ");
        throw new Error(`"${key}" has invalid value: ${trimmed}. Expected one of: ${expected}.`);
    }
    return enumObject[trimmed];
}
//# sourceMappingURL=config.js.map

/***/ }),

/***/ 1784:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TupleParam = void 0;
exports.formatQueryParams = formatQueryParams;
class TupleParam {
    values;
    constructor(values) {
        this.values = values;
    }
}
exports.TupleParam = TupleParam;
function formatQueryParams({ value, wrapStringInQuotes, printNullAsKeyword, }) {
    return formatQueryParamsInternal({
        value,
        wrapStringInQuotes,
        printNullAsKeyword,
        isInArrayOrTuple: false,
    });
}
function formatQueryParamsInternal({ value, wrapStringInQuotes, printNullAsKeyword, isInArrayOrTuple, }) {
    if (value === null || value === undefined) {
        if (printNullAsKeyword)
            return "NULL";
        return "\\N";
    }
    if (Number.isNaN(value))
        return "nan";
    if (value === Number.POSITIVE_INFINITY)
        return "+inf";
    if (value === Number.NEGATIVE_INFINITY)
        return "-inf";
    if (typeof value === "number" || typeof value === "bigint")
        return String(value);
    if (typeof value === "boolean") {
        if (isInArrayOrTuple) {
            return value ? "TRUE" : "FALSE";
        }
        return value ? "1" : "0";
    }
    if (typeof value === "string") {
        let result = "";
        for (let i = 0; i < value.length; i++) {
            switch (value.charCodeAt(i)) {
                case TabASCII:
                    result += "\\t";
                    break;
                case NewlineASCII:
                    result += "\\n";
                    break;
                case CarriageReturnASCII:
                    result += "\\r";
                    break;
                case SingleQuoteASCII:
                    result += `\\'`;
                    break;
                case BackslashASCII:
                    result += "\\\\";
                    break;
                default:
                    result += value[i];
            }
        }
        return wrapStringInQuotes ? `'${result}'` : result;
    }
    if (Array.isArray(value)) {
        return `[${value
            .map((v) => formatQueryParamsInternal({
            value: v,
            wrapStringInQuotes: true,
            printNullAsKeyword: true,
            isInArrayOrTuple: true,
        }))
            .join(",")}]`;
    }
    if (value instanceof Date) {
        // The ClickHouse server parses numbers as time-zone-agnostic Unix timestamps
        const unixTimestamp = Math.floor(value.getTime() / 1000)
            .toString()
            .padStart(10, "0");
        const milliseconds = value.getUTCMilliseconds();
        return milliseconds === 0
            ? unixTimestamp
            : `${unixTimestamp}.${milliseconds.toString().padStart(3, "0")}`;
    }
    // (42,'foo',NULL)
    if (value instanceof TupleParam) {
        return `(${value.values
            .map((v) => formatQueryParamsInternal({
            value: v,
            wrapStringInQuotes: true,
            printNullAsKeyword: true,
            isInArrayOrTuple: true,
        }))
            .join(",")})`;
    }
    if (value instanceof Map) {
        return formatObjectLikeParam(value.entries());
    }
    // This is only useful for simple maps where the keys are strings
    if (typeof value === "object") {
        return formatObjectLikeParam(Object.entries(value));
    }
    throw new Error(`Unsupported value in query parameters: [${value}].`);
}
// {'key1':'value1',42:'value2'}
function formatObjectLikeParam(entries) {
    const formatted = [];
    for (const [key, val] of entries) {
        formatted.push(`${formatQueryParamsInternal({
            value: key,
            wrapStringInQuotes: true,
            printNullAsKeyword: true,
            isInArrayOrTuple: true,
        })}:${formatQueryParamsInternal({
            value: val,
            wrapStringInQuotes: true,
            printNullAsKeyword: true,
            isInArrayOrTuple: true,
        })}`);
    }
    return `{${formatted.join(",")}}`;
}
const TabASCII = 9;
const NewlineASCII = 10;
const CarriageReturnASCII = 13;
const SingleQuoteASCII = 39;
const BackslashASCII = 92;
//# sourceMappingURL=format_query_params.js.map

/***/ }),

/***/ 9815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatQuerySettings = formatQuerySettings;
const settings_1 = __nccwpck_require__(5272);
function formatQuerySettings(value) {
    if (typeof value === "boolean")
        return value ? "1" : "0";
    if (typeof value === "number")
        return String(value);
    if (typeof value === "string")
        return value;
    // ClickHouse requires a specific, non-JSON format for passing maps
    // as a setting value - single quotes instead of double
    // Example: {'system.numbers':'number != 3'}
    if (value instanceof settings_1.SettingsMap) {
        return value.toString();
    }
    throw new Error(`Unsupported value in query settings: [${value}].`);
}
//# sourceMappingURL=format_query_settings.js.map

/***/ }),

/***/ 7393:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StreamableFormats = exports.SupportedRawFormats = exports.SupportedJSONFormats = exports.SingleDocumentJSONFormats = exports.RecordsJSONFormats = exports.StreamableJSONFormats = void 0;
exports.isNotStreamableJSONFamily = isNotStreamableJSONFamily;
exports.isStreamableJSONFamily = isStreamableJSONFamily;
exports.isSupportedRawFormat = isSupportedRawFormat;
exports.validateStreamFormat = validateStreamFormat;
exports.encodeJSON = encodeJSON;
exports.StreamableJSONFormats = [
    "JSONEachRow",
    "JSONStringsEachRow",
    "JSONCompactEachRow",
    "JSONCompactStringsEachRow",
    "JSONCompactEachRowWithNames",
    "JSONCompactEachRowWithNamesAndTypes",
    "JSONCompactStringsEachRowWithNames",
    "JSONCompactStringsEachRowWithNamesAndTypes",
    "JSONEachRowWithProgress",
];
exports.RecordsJSONFormats = ["JSONObjectEachRow"];
exports.SingleDocumentJSONFormats = [
    "JSON",
    "JSONStrings",
    "JSONCompact",
    "JSONCompactStrings",
    "JSONColumnsWithMetadata",
];
exports.SupportedJSONFormats = [
    ...exports.RecordsJSONFormats,
    ...exports.SingleDocumentJSONFormats,
    ...exports.StreamableJSONFormats,
];
exports.SupportedRawFormats = [
    "CSV",
    "CSVWithNames",
    "CSVWithNamesAndTypes",
    "TabSeparated",
    "TabSeparatedRaw",
    "TabSeparatedWithNames",
    "TabSeparatedWithNamesAndTypes",
    "CustomSeparated",
    "CustomSeparatedWithNames",
    "CustomSeparatedWithNamesAndTypes",
    "Parquet",
];
exports.StreamableFormats = [
    ...exports.StreamableJSONFormats,
    ...exports.SupportedRawFormats,
];
function isNotStreamableJSONFamily(format) {
    return (exports.SingleDocumentJSONFormats.includes(format) ||
        exports.RecordsJSONFormats.includes(format));
}
function isStreamableJSONFamily(format) {
    return exports.StreamableJSONFormats.includes(format);
}
function isSupportedRawFormat(dataFormat) {
    return exports.SupportedRawFormats.includes(dataFormat);
}
function validateStreamFormat(format) {
    if (!exports.StreamableFormats.includes(format)) {
        throw new Error(`${format} format is not streamable. Streamable formats: ${exports.StreamableFormats.join(",")}`);
    }
    return true;
}
/**
 * Encodes a single row of values into a string in a JSON format acceptable by ClickHouse.
 * @param value a single value to encode.
 * @param format One of the supported JSON formats: https://clickhouse.com/docs/en/interfaces/formats/
 * @returns string
 */
function encodeJSON(value, format, stringifyFn) {
    if (exports.SupportedJSONFormats.includes(format)) {
        return stringifyFn(value) + "\n";
    }
    throw new Error(`The client does not support JSON encoding in [${format}] format.`);
}
//# sourceMappingURL=formatter.js.map

/***/ }),

/***/ 3195:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatQuerySettings = exports.formatQueryParams = exports.TupleParam = void 0;
__exportStar(__nccwpck_require__(7393), exports);
var format_query_params_1 = __nccwpck_require__(1784);
Object.defineProperty(exports, "TupleParam", ({ enumerable: true, get: function () { return format_query_params_1.TupleParam; } }));
Object.defineProperty(exports, "formatQueryParams", ({ enumerable: true, get: function () { return format_query_params_1.formatQueryParams; } }));
var format_query_settings_1 = __nccwpck_require__(9815);
Object.defineProperty(exports, "formatQuerySettings", ({ enumerable: true, get: function () { return format_query_settings_1.formatQuerySettings; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3914:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClickHouseError = void 0;
exports.parseError = parseError;
exports.getCurrentStackTrace = getCurrentStackTrace;
exports.enhanceStackTrace = enhanceStackTrace;
// In cluster mode, the server wraps the original exception, repeating the
// `Code`/`Exception`/`(TYPE)` markers, e.g.:
//   Code: 57. DB::Exception: There was an error on [host:9000]: Code: 57. DB::Exception: <message>. (TABLE_ALREADY_EXISTS) (version ...). (TABLE_ALREADY_EXISTS) (version ...)
// The leading `.*Exception: ` is greedy so we anchor on the innermost (last)
// exception, while `(?<message>.+?)` is lazy so the message stops at the first
// `(TYPE)` marker rather than swallowing the repeated suffixes. The type
// lookahead requires at least three consecutive uppercase letters so that
// parenthesised groups like `(2)` or `(official build)` are not mistaken for it.
//
// NOTE: In normal usage, the string fed to `parseError` comes from ClickHouse,
// but it may still include user-controlled fragments (e.g. parts of a query) or
// even non-ClickHouse payloads (proxy/HTML errors) when parsing failed requests.
// Keep this regex simple to avoid excessive backtracking on large/unexpected input.
// (If this ever becomes a concern, consider a non-regex parser or input length limits.)
const errorRe = /(Code|Error): (?<code>\d+).*Exception: (?<message>.+?)\((?<type>(?=[A-Z0-9_]*[A-Z]{3})[A-Z0-9_]+)\)/s;
/** An error that is thrown by the ClickHouse server. */
class ClickHouseError extends Error {
    code;
    type;
    constructor({ message, code, type }) {
        super(message);
        this.code = code;
        this.type = type;
        // Set the prototype explicitly, see:
        // https://github.com/Microsoft/TypeScript/wiki/Breaking-Changes#extending-built-ins-like-error-array-and-map-may-no-longer-work
        Object.setPrototypeOf(this, ClickHouseError.prototype);
    }
}
exports.ClickHouseError = ClickHouseError;
function parseError(input) {
    const inputIsError = input instanceof Error;
    const message = inputIsError ? input.message : input;
    const match = message.match(errorRe);
    const groups = match?.groups;
    if (groups) {
        return new ClickHouseError(groups);
    }
    else {
        return inputIsError ? input : new Error(input);
    }
}
/** Captures the current stack trace from the sync context before going async.
 *  It is necessary since the majority of the stack trace is lost when an async callback is called. */
function getCurrentStackTrace() {
    const stack = new Error().stack;
    if (!stack)
        return "";
    // Skip the first three lines of the stack trace, containing useless information
    // - Text `Error`
    // - Info about this function call
    // - Info about the originator of this function call, e.g., `request`
    // Additionally, the original stack trace is, in fact, reversed.
    return stack.split("\n").slice(3).reverse().join("\n");
}
/** Having the stack trace produced by the {@link getCurrentStackTrace} function,
 *  add it to an arbitrary error stack trace. No-op if there is no additional stack trace to add.
 *  It could happen if this feature was disabled due to its performance overhead. */
function enhanceStackTrace(err, stackTrace) {
    if (err.stack && stackTrace) {
        const firstNewlineIndex = err.stack.indexOf("\n");
        const firstLine = err.stack.substring(0, firstNewlineIndex);
        const errStack = err.stack.substring(firstNewlineIndex + 1);
        err.stack = `${firstLine}\n${stackTrace}\n${errStack}`;
    }
    return err;
}
//# sourceMappingURL=error.js.map

/***/ }),

/***/ 280:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(3914), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/**
 * @deprecated The `@clickhouse/client-common` package is deprecated. It is no longer used by
 * `@clickhouse/client` or `@clickhouse/client-web`; the shared code is bundled into each client
 * package instead. Import everything from `@clickhouse/client` (Node.js) or
 * `@clickhouse/client-web` (Web) instead.
 *
 * @packageDocumentation
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getCurrentStackTrace = exports.DefaultLogger = exports.LogWriter = exports.CARET_RETURN = exports.extractErrorAtTheEndOfChunk = exports.isJWTAuth = exports.isCredentialsAuth = exports.withHttpSettings = exports.withCompressionHeaders = exports.transformUrl = exports.toSearchParams = exports.serializeQueryParamsForUrl = exports.MAX_URL_BIND_PARAM_LENGTH = exports.buildMultipartBody = exports.sleep = exports.isSuccessfulResponse = exports.EXCEPTION_TAG_HEADER_NAME = exports.numberConfigURLValue = exports.getConnectionParams = exports.enumConfigURLValue = exports.booleanConfigURLValue = exports.validateStreamFormat = exports.isNotStreamableJSONFamily = exports.isStreamableJSONFamily = exports.isSupportedRawFormat = exports.encodeJSON = exports.formatQueryParams = exports.formatQuerySettings = exports.recordSpanError = exports.ClickHouseSpanNames = exports.ClickHouseSpanKind = exports.ClickHouseSpanStatusCode = exports.defaultJSONHandling = exports.parseColumnType = exports.SimpleColumnTypes = exports.SettingsMap = exports.isException = exports.isRow = exports.isProgressRow = exports.ClickHouseLogLevel = exports.parseError = exports.ClickHouseError = exports.TupleParam = exports.RecordsJSONFormats = exports.SingleDocumentJSONFormats = exports.StreamableJSONFormats = exports.StreamableFormats = exports.SupportedRawFormats = exports.SupportedJSONFormats = exports.ClickHouseClient = void 0;
exports.enhanceStackTrace = void 0;
/** Should be re-exported by the implementation */
var client_1 = __nccwpck_require__(7646);
/** @deprecated Import `ClickHouseClient` from `@clickhouse/client` instead. In Web projects, use `import type { ClickHouseClient } from '@clickhouse/client-web'`. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "ClickHouseClient", ({ enumerable: true, get: function () { return client_1.ClickHouseClient; } }));
var data_formatter_1 = __nccwpck_require__(3195);
/** @deprecated Import `SupportedJSONFormats` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "SupportedJSONFormats", ({ enumerable: true, get: function () { return data_formatter_1.SupportedJSONFormats; } }));
/** @deprecated Import `SupportedRawFormats` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "SupportedRawFormats", ({ enumerable: true, get: function () { return data_formatter_1.SupportedRawFormats; } }));
/** @deprecated Import `StreamableFormats` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "StreamableFormats", ({ enumerable: true, get: function () { return data_formatter_1.StreamableFormats; } }));
/** @deprecated Import `StreamableJSONFormats` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "StreamableJSONFormats", ({ enumerable: true, get: function () { return data_formatter_1.StreamableJSONFormats; } }));
/** @deprecated Import `SingleDocumentJSONFormats` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "SingleDocumentJSONFormats", ({ enumerable: true, get: function () { return data_formatter_1.SingleDocumentJSONFormats; } }));
/** @deprecated Import `RecordsJSONFormats` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "RecordsJSONFormats", ({ enumerable: true, get: function () { return data_formatter_1.RecordsJSONFormats; } }));
/** @deprecated Import `TupleParam` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "TupleParam", ({ enumerable: true, get: function () { return data_formatter_1.TupleParam; } }));
var error_1 = __nccwpck_require__(280);
/** @deprecated Import `ClickHouseError` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "ClickHouseError", ({ enumerable: true, get: function () { return error_1.ClickHouseError; } }));
/** @deprecated Import `parseError` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "parseError", ({ enumerable: true, get: function () { return error_1.parseError; } }));
var logger_1 = __nccwpck_require__(7581);
/** @deprecated Import `ClickHouseLogLevel` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "ClickHouseLogLevel", ({ enumerable: true, get: function () { return logger_1.ClickHouseLogLevel; } }));
var clickhouse_types_1 = __nccwpck_require__(8287);
/** @deprecated Import `isProgressRow` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "isProgressRow", ({ enumerable: true, get: function () { return clickhouse_types_1.isProgressRow; } }));
/** @deprecated Import `isRow` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "isRow", ({ enumerable: true, get: function () { return clickhouse_types_1.isRow; } }));
/** @deprecated Import `isException` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "isException", ({ enumerable: true, get: function () { return clickhouse_types_1.isException; } }));
var settings_1 = __nccwpck_require__(5272);
/** @deprecated Import `SettingsMap` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "SettingsMap", ({ enumerable: true, get: function () { return settings_1.SettingsMap; } }));
var parse_1 = __nccwpck_require__(953);
/** @deprecated Superseded by the `@clickhouse/datatype-parser` package (`parseDataType` + its `Node` AST); slated for removal in a future major version. (Also: import client APIs from `@clickhouse/client`/`@clickhouse/client-web`, not `@clickhouse/client-common`.) */
Object.defineProperty(exports, "SimpleColumnTypes", ({ enumerable: true, get: function () { return parse_1.SimpleColumnTypes; } }));
/** @deprecated Superseded by the `@clickhouse/datatype-parser` package (`parseDataType` + its `Node` AST); slated for removal in a future major version. (Also: import client APIs from `@clickhouse/client`/`@clickhouse/client-web`, not `@clickhouse/client-common`.) */
Object.defineProperty(exports, "parseColumnType", ({ enumerable: true, get: function () { return parse_1.parseColumnType; } }));
/** @deprecated Import `defaultJSONHandling` from `@clickhouse/client` (Node.js) or `@clickhouse/client-web` (Web) instead. Importing it from `@clickhouse/client-common` is deprecated. */
Object.defineProperty(exports, "defaultJSONHandling", ({ enumerable: true, get: function () { return parse_1.defaultJSONHandling; } }));
var tracing_1 = __nccwpck_require__(7739);
Object.defineProperty(exports, "ClickHouseSpanStatusCode", ({ enumerable: true, get: function () { return tracing_1.ClickHouseSpanStatusCode; } }));
Object.defineProperty(exports, "ClickHouseSpanKind", ({ enumerable: true, get: function () { return tracing_1.ClickHouseSpanKind; } }));
Object.defineProperty(exports, "ClickHouseSpanNames", ({ enumerable: true, get: function () { return tracing_1.ClickHouseSpanNames; } }));
Object.defineProperty(exports, "recordSpanError", ({ enumerable: true, get: function () { return tracing_1.recordSpanError; } }));
/** For implementation usage only - should not be re-exported */
var data_formatter_2 = __nccwpck_require__(3195);
Object.defineProperty(exports, "formatQuerySettings", ({ enumerable: true, get: function () { return data_formatter_2.formatQuerySettings; } }));
Object.defineProperty(exports, "formatQueryParams", ({ enumerable: true, get: function () { return data_formatter_2.formatQueryParams; } }));
Object.defineProperty(exports, "encodeJSON", ({ enumerable: true, get: function () { return data_formatter_2.encodeJSON; } }));
Object.defineProperty(exports, "isSupportedRawFormat", ({ enumerable: true, get: function () { return data_formatter_2.isSupportedRawFormat; } }));
Object.defineProperty(exports, "isStreamableJSONFamily", ({ enumerable: true, get: function () { return data_formatter_2.isStreamableJSONFamily; } }));
Object.defineProperty(exports, "isNotStreamableJSONFamily", ({ enumerable: true, get: function () { return data_formatter_2.isNotStreamableJSONFamily; } }));
Object.defineProperty(exports, "validateStreamFormat", ({ enumerable: true, get: function () { return data_formatter_2.validateStreamFormat; } }));
var config_1 = __nccwpck_require__(9367);
Object.defineProperty(exports, "booleanConfigURLValue", ({ enumerable: true, get: function () { return config_1.booleanConfigURLValue; } }));
Object.defineProperty(exports, "enumConfigURLValue", ({ enumerable: true, get: function () { return config_1.enumConfigURLValue; } }));
Object.defineProperty(exports, "getConnectionParams", ({ enumerable: true, get: function () { return config_1.getConnectionParams; } }));
Object.defineProperty(exports, "numberConfigURLValue", ({ enumerable: true, get: function () { return config_1.numberConfigURLValue; } }));
var utils_1 = __nccwpck_require__(2759);
Object.defineProperty(exports, "EXCEPTION_TAG_HEADER_NAME", ({ enumerable: true, get: function () { return utils_1.EXCEPTION_TAG_HEADER_NAME; } }));
Object.defineProperty(exports, "isSuccessfulResponse", ({ enumerable: true, get: function () { return utils_1.isSuccessfulResponse; } }));
Object.defineProperty(exports, "sleep", ({ enumerable: true, get: function () { return utils_1.sleep; } }));
Object.defineProperty(exports, "buildMultipartBody", ({ enumerable: true, get: function () { return utils_1.buildMultipartBody; } }));
Object.defineProperty(exports, "MAX_URL_BIND_PARAM_LENGTH", ({ enumerable: true, get: function () { return utils_1.MAX_URL_BIND_PARAM_LENGTH; } }));
Object.defineProperty(exports, "serializeQueryParamsForUrl", ({ enumerable: true, get: function () { return utils_1.serializeQueryParamsForUrl; } }));
Object.defineProperty(exports, "toSearchParams", ({ enumerable: true, get: function () { return utils_1.toSearchParams; } }));
Object.defineProperty(exports, "transformUrl", ({ enumerable: true, get: function () { return utils_1.transformUrl; } }));
Object.defineProperty(exports, "withCompressionHeaders", ({ enumerable: true, get: function () { return utils_1.withCompressionHeaders; } }));
Object.defineProperty(exports, "withHttpSettings", ({ enumerable: true, get: function () { return utils_1.withHttpSettings; } }));
Object.defineProperty(exports, "isCredentialsAuth", ({ enumerable: true, get: function () { return utils_1.isCredentialsAuth; } }));
Object.defineProperty(exports, "isJWTAuth", ({ enumerable: true, get: function () { return utils_1.isJWTAuth; } }));
Object.defineProperty(exports, "extractErrorAtTheEndOfChunk", ({ enumerable: true, get: function () { return utils_1.extractErrorAtTheEndOfChunk; } }));
Object.defineProperty(exports, "CARET_RETURN", ({ enumerable: true, get: function () { return utils_1.CARET_RETURN; } }));
var logger_2 = __nccwpck_require__(7581);
Object.defineProperty(exports, "LogWriter", ({ enumerable: true, get: function () { return logger_2.LogWriter; } }));
Object.defineProperty(exports, "DefaultLogger", ({ enumerable: true, get: function () { return logger_2.DefaultLogger; } }));
var error_2 = __nccwpck_require__(280);
Object.defineProperty(exports, "getCurrentStackTrace", ({ enumerable: true, get: function () { return error_2.getCurrentStackTrace; } }));
Object.defineProperty(exports, "enhanceStackTrace", ({ enumerable: true, get: function () { return error_2.enhanceStackTrace; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7581:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClickHouseLogLevel = exports.LogWriter = exports.DefaultLogger = void 0;
class DefaultLogger {
    trace({ module, message, args }) {
        const params = [
            formatMessage({ module, message, level: "TRACE" }),
        ];
        if (args) {
            params.push("\nArguments:", args);
        }
        console.debug(...params);
    }
    debug({ module, message, args }) {
        const params = [
            formatMessage({ module, message, level: "DEBUG" }),
        ];
        if (args) {
            params.push("\nArguments:", args);
        }
        console.debug(...params);
    }
    info({ module, message, args }) {
        const params = [
            formatMessage({ module, message, level: "INFO" }),
        ];
        if (args) {
            params.push("\nArguments:", args);
        }
        console.info(...params);
    }
    warn({ module, message, args, err }) {
        const params = [
            formatMessage({ module, message, level: "WARN" }),
        ];
        if (args) {
            params.push("\nArguments:", args);
        }
        if (err) {
            params.push("\nCaused by:", err);
        }
        console.warn(...params);
    }
    error({ module, message, args, err }) {
        const params = [
            formatMessage({ module, message, level: "ERROR" }),
        ];
        if (args) {
            params.push("\nArguments:", args);
        }
        params.push("\nCaused by:", err);
        console.error(...params);
    }
}
exports.DefaultLogger = DefaultLogger;
class LogWriter {
    logger;
    module;
    logLevel;
    constructor(logger, module, logLevel) {
        this.logger = logger;
        this.module = module;
        this.logLevel = logLevel;
        this.info({
            message: `Log level is set to ${exports.ClickHouseLogLevel[this.logLevel]}`,
        });
    }
    trace(params) {
        if (this.logLevel <= exports.ClickHouseLogLevel.TRACE) {
            this.logger.trace({
                ...params,
                module: params.module ?? this.module,
            });
        }
    }
    debug(params) {
        if (this.logLevel <= exports.ClickHouseLogLevel.DEBUG) {
            this.logger.debug({
                ...params,
                module: params.module ?? this.module,
            });
        }
    }
    info(params) {
        if (this.logLevel <= exports.ClickHouseLogLevel.INFO) {
            this.logger.info({
                ...params,
                module: params.module ?? this.module,
            });
        }
    }
    warn(params) {
        if (this.logLevel <= exports.ClickHouseLogLevel.WARN) {
            this.logger.warn({
                ...params,
                module: params.module ?? this.module,
            });
        }
    }
    error(params) {
        if (this.logLevel <= exports.ClickHouseLogLevel.ERROR) {
            this.logger.error({
                ...params,
                module: params.module ?? this.module,
            });
        }
    }
}
exports.LogWriter = LogWriter;
/**
 * Mimics the runtime shape of a numeric TypeScript `enum`: an object with both
 * forward (`Name -> number`) and reverse (`number -> Name`) mappings. This
 * preserves backwards compatibility with the previous `enum ClickHouseLogLevel`
 * — both `ClickHouseLogLevel.TRACE` (returns `0`) and `ClickHouseLogLevel[0]`
 * (returns `'TRACE'`) continue to work — while staying compatible with the
 * `--erasableSyntaxOnly` TypeScript option (no TS `enum` declaration).
 */
exports.ClickHouseLogLevel = {
    /**
     * A fine-grained debugging event. Might produce a lot of logs, so use with caution.
     */
    TRACE: 0,
    /**
     * A debugging event. Useful for debugging, but generally not needed in production. Includes technical values that might require redacting.
     */
    DEBUG: 1,
    /**
     * An informational event. Indicates that an event happened.
     */
    INFO: 2,
    /**
     * A warning event. Not an error, but is likely more important than an informational event. Addressing should help prevent potential issues.
     */
    WARN: 3,
    /**
     * An error event. Something went wrong.
     */
    ERROR: 4,
    /**
     * Logging is turned off.
     */
    OFF: 127,
    0: "TRACE",
    1: "DEBUG",
    2: "INFO",
    3: "WARN",
    4: "ERROR",
    127: "OFF",
};
function formatMessage({ level, module, message, }) {
    const ts = new Date().toISOString();
    return `[${ts}][${level}][@clickhouse/client][${module}] ${message}`;
}
//# sourceMappingURL=logger.js.map

/***/ }),

/***/ 2749:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SimpleColumnTypes = exports.ColumnTypeParseError = void 0;
exports.parseColumnType = parseColumnType;
exports.parseDecimalType = parseDecimalType;
exports.parseEnumType = parseEnumType;
exports.parseMapType = parseMapType;
exports.parseTupleType = parseTupleType;
exports.parseArrayType = parseArrayType;
exports.parseDateTimeType = parseDateTimeType;
exports.parseDateTime64Type = parseDateTime64Type;
exports.parseFixedStringType = parseFixedStringType;
exports.asNullableType = asNullableType;
exports.getElementsTypes = getElementsTypes;
/** @deprecated Superseded by the `@clickhouse/datatype-parser` package (`parseDataType` + its `Node` AST); slated for removal in a future major version. */
class ColumnTypeParseError extends Error {
    args;
    constructor(message, args) {
        super(message);
        this.args = args ?? {};
        // Set the prototype explicitly, see:
        // https://github.com/Microsoft/TypeScript/wiki/Breaking-Changes#extending-built-ins-like-error-array-and-map-may-no-longer-work
        Object.setPrototypeOf(this, ColumnTypeParseError.prototype);
    }
}
exports.ColumnTypeParseError = ColumnTypeParseError;
/** @deprecated Superseded by the `@clickhouse/datatype-parser` package (`parseDataType` + its `Node` AST); slated for removal in a future major version. */
exports.SimpleColumnTypes = [
    "Bool",
    "UInt8",
    "Int8",
    "UInt16",
    "Int16",
    "UInt32",
    "Int32",
    "UInt64",
    "Int64",
    "UInt128",
    "Int128",
    "UInt256",
    "Int256",
    "Float32",
    "Float64",
    "String",
    "UUID",
    "Date",
    "Date32",
    "IPv4",
    "IPv6",
];
/**
 * @deprecated Superseded by the standalone `@clickhouse/datatype-parser` package
 * — use `parseDataType` and its `Node` AST instead. That parser is
 * server-faithful and already handles the source types listed below as
 * unsupported here (Geo, (Simple)AggregateFunction, Nested, JSON, Dynamic,
 * Variant). Slated for removal in a future major version.
 *
 * @experimental - incomplete, unstable API;
 * originally intended to be used for RowBinary/Native header parsing internally.
 * Currently unsupported source types:
 * * Geo
 * * (Simple)AggregateFunction
 * * Nested
 * * Old/new JSON
 * * Dynamic
 * * Variant
 */
function parseColumnType(sourceType) {
    let columnType = sourceType;
    let isNullable = false;
    if (columnType.startsWith(LowCardinalityPrefix)) {
        columnType = columnType.slice(LowCardinalityPrefix.length, -1);
    }
    if (columnType.startsWith(NullablePrefix)) {
        columnType = columnType.slice(NullablePrefix.length, -1);
        isNullable = true;
    }
    let result;
    if (exports.SimpleColumnTypes.includes(columnType)) {
        result = {
            type: "Simple",
            columnType: columnType,
            sourceType,
        };
    }
    else if (columnType.startsWith(DecimalPrefix)) {
        result = parseDecimalType({
            sourceType,
            columnType,
        });
    }
    else if (columnType.startsWith(DateTime64Prefix)) {
        result = parseDateTime64Type({ sourceType, columnType });
    }
    else if (columnType.startsWith(DateTimePrefix)) {
        result = parseDateTimeType({ sourceType, columnType });
    }
    else if (columnType.startsWith(FixedStringPrefix)) {
        result = parseFixedStringType({ sourceType, columnType });
    }
    else if (columnType.startsWith(Enum8Prefix) ||
        columnType.startsWith(Enum16Prefix)) {
        result = parseEnumType({ sourceType, columnType });
    }
    else if (columnType.startsWith(ArrayPrefix)) {
        result = parseArrayType({ sourceType, columnType });
    }
    else if (columnType.startsWith(MapPrefix)) {
        result = parseMapType({ sourceType, columnType });
    }
    else if (columnType.startsWith(TuplePrefix)) {
        result = parseTupleType({ sourceType, columnType });
    }
    else {
        throw new ColumnTypeParseError("Unsupported column type", { columnType });
    }
    if (isNullable) {
        return asNullableType(result, sourceType);
    }
    else {
        return result;
    }
}
function parseDecimalType({ columnType, sourceType, }) {
    if (!columnType.startsWith(DecimalPrefix) ||
        columnType.length < DecimalPrefix.length + 5 // Decimal(1, 0) is the shortest valid definition
    ) {
        throw new ColumnTypeParseError("Invalid Decimal type", {
            sourceType,
            columnType,
        });
    }
    const split = columnType.slice(DecimalPrefix.length, -1).split(", ");
    if (split.length !== 2) {
        throw new ColumnTypeParseError("Expected Decimal type to have both precision and scale", {
            sourceType,
            columnType,
            split,
        });
    }
    // SAFETY: `split` length is checked to be exactly 2 above
    const [precisionStr, scaleStr] = split;
    let intSize = 32;
    const precision = parseInt(precisionStr, 10);
    if (Number.isNaN(precision) || precision < 1 || precision > 76) {
        throw new ColumnTypeParseError("Invalid Decimal precision", {
            columnType,
            sourceType,
            precision,
        });
    }
    const scale = parseInt(scaleStr, 10);
    if (Number.isNaN(scale) || scale < 0 || scale > precision) {
        throw new ColumnTypeParseError("Invalid Decimal scale", {
            columnType,
            sourceType,
            precision,
            scale,
        });
    }
    if (precision > 38) {
        intSize = 256;
    }
    else if (precision > 18) {
        intSize = 128;
    }
    else if (precision > 9) {
        intSize = 64;
    }
    return {
        type: "Decimal",
        params: {
            precision,
            scale,
            intSize,
        },
        sourceType,
    };
}
/**
 * Unescape backslash escape sequences in enum names.
 * Recognized escapes are decoded using ClickHouse-style string escaping:
 * `\\n` -> newline, `\\t` -> tab, `\\r` -> carriage return, `\\\\` -> `\\`,
 * and `\\'` -> `'`.
 * For any other escaped character, the backslash is removed and the following
 * character is kept verbatim to preserve the previous permissive behavior.
 */
function unescapeEnumName(escaped) {
    let unescaped = "";
    let i = 0;
    while (i < escaped.length) {
        if (escaped.charCodeAt(i) === BackslashASCII && i + 1 < escaped.length) {
            i++;
            switch (escaped[i]) {
                case "n":
                    unescaped += "\n";
                    break;
                case "t":
                    unescaped += "\t";
                    break;
                case "r":
                    unescaped += "\r";
                    break;
                case "\\":
                    unescaped += "\\";
                    break;
                case "'":
                    unescaped += "'";
                    break;
                default:
                    // Preserve previous behavior for unknown escape sequences by
                    // dropping the backslash and keeping the escaped character.
                    unescaped += escaped[i];
                    break;
            }
        }
        else {
            unescaped += escaped[i];
        }
        i++;
    }
    return unescaped;
}
function parseEnumType({ columnType, sourceType, }) {
    let intSize;
    if (columnType.startsWith(Enum8Prefix)) {
        columnType = columnType.slice(Enum8Prefix.length, -1);
        intSize = 8;
    }
    else if (columnType.startsWith(Enum16Prefix)) {
        columnType = columnType.slice(Enum16Prefix.length, -1);
        intSize = 16;
    }
    else {
        throw new ColumnTypeParseError("Expected Enum to be either Enum8 or Enum16", {
            columnType,
            sourceType,
        });
    }
    // The minimal allowed Enum definition is Enum8('' = 0), i.e. 6 chars inside.
    if (columnType.length < 6) {
        throw new ColumnTypeParseError("Invalid Enum type values", {
            columnType,
            sourceType,
        });
    }
    const names = [];
    const indices = [];
    let parsingName = true; // false when parsing the index
    let charEscaped = false; // we should ignore escaped ticks
    let startIndex = 1; // Skip the first '
    // Should support the most complicated enums, such as Enum8('f\'' = 1, 'x =' = 2, 'b\'\'\'' = 3, '\'c=4=' = 42, '4' = 100)
    for (let i = 1; i < columnType.length; i++) {
        if (parsingName) {
            if (charEscaped) {
                charEscaped = false;
            }
            else {
                if (columnType.charCodeAt(i) === BackslashASCII) {
                    charEscaped = true;
                }
                else if (columnType.charCodeAt(i) === SingleQuoteASCII) {
                    // non-escaped closing tick - push the name
                    const rawName = columnType.slice(startIndex, i);
                    // Unescape the name by removing backslash escape sequences
                    const name = unescapeEnumName(rawName);
                    if (names.includes(name)) {
                        throw new ColumnTypeParseError("Duplicate Enum name", {
                            columnType,
                            sourceType,
                            name,
                            names,
                            indices,
                        });
                    }
                    names.push(name);
                    i += 4; // skip ` = ` and the first digit, as it will always have at least one.
                    startIndex = i;
                    parsingName = false;
                }
            }
        }
        // Parsing the index, skipping next iterations until the first non-digit one
        else if (columnType.charCodeAt(i) < ZeroASCII ||
            columnType.charCodeAt(i) > NineASCII) {
            pushEnumIndex(startIndex, i);
            // the char at this index should be comma.
            i += 2; // skip ` '`, but not the first char - ClickHouse allows something like Enum8('foo' = 0, '' = 42)
            startIndex = i + 1;
            parsingName = true;
            charEscaped = false;
        }
    }
    // Push the last index
    pushEnumIndex(startIndex, columnType.length);
    if (names.length !== indices.length) {
        throw new ColumnTypeParseError("Expected Enum to have the same number of names and indices", { columnType, sourceType, names, indices });
    }
    const values = {};
    for (let i = 0; i < names.length; i++) {
        const idx = indices[i];
        const name = names[i];
        // SAFETY: `names.length !== indices.length` is checked and throws above, so both indexed values are always defined.
        values[idx] = name;
    }
    return {
        type: "Enum",
        values,
        intSize,
        sourceType,
    };
    function pushEnumIndex(start, end) {
        const index = parseInt(columnType.slice(start, end), 10);
        if (Number.isNaN(index) || index < 0) {
            throw new ColumnTypeParseError("Expected Enum index to be a valid number", {
                columnType,
                sourceType,
                names,
                indices,
                index,
                start,
                end,
            });
        }
        if (indices.includes(index)) {
            throw new ColumnTypeParseError("Duplicate Enum index", {
                columnType,
                sourceType,
                index,
                names,
                indices,
            });
        }
        indices.push(index);
    }
}
function parseMapType({ columnType, sourceType, }) {
    if (!columnType.startsWith(MapPrefix) ||
        columnType.length < MapPrefix.length + 11 // the shortest definition seems to be Map(Int8, Int8)
    ) {
        throw new ColumnTypeParseError("Invalid Map type", {
            columnType,
            sourceType,
        });
    }
    columnType = columnType.slice(MapPrefix.length, -1);
    const [keyType, valueType] = getElementsTypes({ columnType, sourceType }, 2);
    const key = parseColumnType(keyType);
    if (key.type === "DateTime64" ||
        key.type === "Nullable" ||
        key.type === "Array" ||
        key.type === "Map" ||
        key.type === "Decimal" ||
        key.type === "Tuple") {
        throw new ColumnTypeParseError("Invalid Map key type", {
            key,
            sourceType,
        });
    }
    const value = parseColumnType(valueType);
    return {
        type: "Map",
        key,
        value,
        sourceType,
    };
}
function parseTupleType({ columnType, sourceType, }) {
    if (!columnType.startsWith(TuplePrefix) ||
        columnType.length < TuplePrefix.length + 5 // Tuple(Int8) is the shortest valid definition
    ) {
        throw new ColumnTypeParseError("Invalid Tuple type", {
            columnType,
            sourceType,
        });
    }
    columnType = columnType.slice(TuplePrefix.length, -1);
    const elements = getElementsTypes({ columnType, sourceType }, 1).map((type) => parseColumnType(type));
    return {
        type: "Tuple",
        elements,
        sourceType,
    };
}
function parseArrayType({ columnType, sourceType, }) {
    if (!columnType.startsWith(ArrayPrefix) ||
        columnType.length < ArrayPrefix.length + 5 // Array(Int8) is the shortest valid definition
    ) {
        throw new ColumnTypeParseError("Invalid Array type", {
            columnType,
            sourceType,
        });
    }
    let dimensions = 0;
    while (columnType.length > 0) {
        if (columnType.startsWith(ArrayPrefix)) {
            columnType = columnType.slice(ArrayPrefix.length, -1); // Array(T) -> T
            dimensions++;
        }
        else {
            break;
        }
    }
    if (dimensions === 0 || dimensions > 10) {
        // TODO: check how many we can handle; max 10 seems more than enough.
        throw new ColumnTypeParseError("Expected Array to have between 1 and 10 dimensions", { columnType });
    }
    const value = parseColumnType(columnType);
    if (value.type === "Array") {
        throw new ColumnTypeParseError("Unexpected Array as value type", {
            columnType,
            sourceType,
        });
    }
    return {
        type: "Array",
        value,
        dimensions,
        sourceType,
    };
}
function parseDateTimeType({ columnType, sourceType, }) {
    if (columnType.startsWith(DateTimeWithTimezonePrefix) &&
        columnType.length > DateTimeWithTimezonePrefix.length + 4 // DateTime('GB') has the least amount of chars
    ) {
        const timezone = columnType.slice(DateTimeWithTimezonePrefix.length + 1, -2);
        return {
            type: "DateTime",
            timezone,
            sourceType,
        };
    }
    else if (columnType.startsWith(DateTimePrefix) &&
        columnType.length === DateTimePrefix.length) {
        return {
            type: "DateTime",
            timezone: null,
            sourceType,
        };
    }
    else {
        throw new ColumnTypeParseError("Invalid DateTime type", {
            columnType,
            sourceType,
        });
    }
}
function parseDateTime64Type({ columnType, sourceType, }) {
    if (!columnType.startsWith(DateTime64Prefix) ||
        columnType.length < DateTime64Prefix.length + 2 // should at least have a precision
    ) {
        throw new ColumnTypeParseError("Invalid DateTime64 type", {
            columnType,
            sourceType,
        });
    }
    const precision = parseInt(columnType[DateTime64Prefix.length] ?? "", 10);
    if (Number.isNaN(precision) || precision < 0 || precision > 9) {
        throw new ColumnTypeParseError("Invalid DateTime64 precision", {
            columnType,
            sourceType,
            precision,
        });
    }
    let timezone = null;
    if (columnType.length > DateTime64Prefix.length + 2) {
        // e.g. DateTime64(3, 'UTC') -> UTC
        timezone = columnType.slice(DateTime64Prefix.length + 4, -2);
    }
    return {
        type: "DateTime64",
        timezone,
        precision,
        sourceType,
    };
}
function parseFixedStringType({ columnType, sourceType, }) {
    if (!columnType.startsWith(FixedStringPrefix) ||
        columnType.length < FixedStringPrefix.length + 2 // i.e. at least FixedString(1)
    ) {
        throw new ColumnTypeParseError("Invalid FixedString type", {
            columnType,
            sourceType,
        });
    }
    const sizeBytes = parseInt(columnType.slice(FixedStringPrefix.length, -1), 10);
    if (Number.isNaN(sizeBytes) || sizeBytes < 1) {
        throw new ColumnTypeParseError("Invalid FixedString size in bytes", {
            columnType,
            sourceType,
            sizeBytes,
        });
    }
    return {
        type: "FixedString",
        sizeBytes,
        sourceType,
    };
}
function asNullableType(value, sourceType) {
    if (value.type === "Array" ||
        value.type === "Map" ||
        value.type === "Tuple" ||
        value.type === "Nullable") {
        throw new ColumnTypeParseError(`${value.type} cannot be Nullable`, {
            sourceType,
        });
    }
    if (value.sourceType.startsWith(NullablePrefix)) {
        value.sourceType = value.sourceType.slice(NullablePrefix.length, -1);
    }
    return {
        type: "Nullable",
        sourceType,
        value,
    };
}
/** Used for Map key/value types and Tuple elements.
 *  * `String, UInt8` results in [`String`, `UInt8`].
 *  * `String, UInt8, Array(String)` results in [`String`, `UInt8`, `Array(String)`].
 *  * Throws if parsed values are below the required minimum. */
function getElementsTypes({ columnType, sourceType }, minElements) {
    const elements = [];
    /** Consider the element type parsed once we reach a comma outside of parens AND after an unescaped tick.
     *  The most complicated cases are values names in the self-defined Enum types:
     *  * `Tuple(Enum8('f\'()' = 1))`  ->  `f\'()`
     *  * `Tuple(Enum8('(' = 1))`      ->  `(`
     *  See also: {@link parseEnumType }, which works similarly (but has to deal with the indices following the names). */
    let openParens = 0;
    let quoteOpen = false;
    let charEscaped = false;
    let lastElementIndex = 0;
    for (let i = 0; i < columnType.length; i++) {
        if (charEscaped) {
            charEscaped = false;
        }
        else if (columnType.charCodeAt(i) === BackslashASCII) {
            charEscaped = true;
        }
        else if (columnType.charCodeAt(i) === SingleQuoteASCII) {
            quoteOpen = !quoteOpen; // unescaped quote
        }
        else {
            if (!quoteOpen) {
                if (columnType.charCodeAt(i) === LeftParenASCII) {
                    openParens++;
                }
                else if (columnType.charCodeAt(i) === RightParenASCII) {
                    openParens--;
                }
                else if (columnType.charCodeAt(i) === CommaASCII) {
                    if (openParens === 0) {
                        elements.push(columnType.slice(lastElementIndex, i));
                        i += 2; // skip ', '
                        lastElementIndex = i;
                    }
                }
            }
        }
    }
    // Push the remaining part of the type if it seems to be valid (at least all parentheses are closed)
    if (!openParens && lastElementIndex < columnType.length - 1) {
        elements.push(columnType.slice(lastElementIndex));
    }
    if (elements.length < minElements) {
        throw new ColumnTypeParseError("Expected more elements in the type", {
            sourceType,
            columnType,
            elements,
            minElements,
        });
    }
    return elements;
}
const NullablePrefix = "Nullable(";
const LowCardinalityPrefix = "LowCardinality(";
const DecimalPrefix = "Decimal(";
const ArrayPrefix = "Array(";
const MapPrefix = "Map(";
const Enum8Prefix = "Enum8(";
const Enum16Prefix = "Enum16(";
const TuplePrefix = "Tuple(";
const DateTimePrefix = "DateTime";
const DateTimeWithTimezonePrefix = "DateTime(";
const DateTime64Prefix = "DateTime64(";
const FixedStringPrefix = "FixedString(";
const SingleQuoteASCII = 39;
const LeftParenASCII = 40;
const RightParenASCII = 41;
const CommaASCII = 44;
const ZeroASCII = 48;
const NineASCII = 57;
const BackslashASCII = 92;
//# sourceMappingURL=column_types.js.map

/***/ }),

/***/ 953:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(2749), exports);
__exportStar(__nccwpck_require__(2735), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2735:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultJSONHandling = void 0;
exports.defaultJSONHandling = {
    parse: JSON.parse,
    stringify: JSON.stringify,
};
//# sourceMappingURL=json_handling.js.map

/***/ }),

/***/ 5272:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SettingsMap = void 0;
class SettingsMap {
    record;
    constructor(record) {
        this.record = record;
    }
    toString() {
        return `{${Object.entries(this.record)
            .map(([k, v]) => `'${k}':'${v}'`)
            .join(",")}}`;
    }
    static from(record) {
        return new this(record);
    }
}
exports.SettingsMap = SettingsMap;
//# sourceMappingURL=settings.js.map

/***/ }),

/***/ 7739:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoopClickHouseTracer = exports.NoopClickHouseSpan = exports.ClickHouseSpanNames = exports.ClickHouseSpanKind = exports.ClickHouseSpanStatusCode = void 0;
exports.recordSpanError = recordSpanError;
const error_1 = __nccwpck_require__(280);
/** Value-identical to OTEL's `SpanStatusCode`, so non-OTEL implementations
 *  do not have to deal with magic numbers. */
exports.ClickHouseSpanStatusCode = {
    UNSET: 0,
    OK: 1,
    ERROR: 2,
};
/** Value-identical to OTEL's `SpanKind`. The client only ever uses
 *  {@link ClickHouseSpanKind.CLIENT}. */
exports.ClickHouseSpanKind = {
    INTERNAL: 0,
    SERVER: 1,
    CLIENT: 2,
    PRODUCER: 3,
    CONSUMER: 4,
};
/** Span name constants used by the client when starting spans.
 *  Exposed so that adapters and tests can match on them. */
exports.ClickHouseSpanNames = {
    query: "clickhouse.query",
    /** A child of {@link ClickHouseSpanNames.query} that covers the lifetime
     *  of the `ResultSet` stream - from the first byte read to full
     *  consumption, cancellation, or failure.  Ends with
     *  `clickhouse.response.decoded_bytes` and (for row-streaming paths)
     *  `db.response.returned_rows`. */
    query_stream: "clickhouse.query.stream",
    command: "clickhouse.command",
    exec: "clickhouse.exec",
    insert: "clickhouse.insert",
    ping: "clickhouse.ping",
};
const noop = () => undefined;
/** Shared no-op span handed out by {@link NoopClickHouseTracer}. @internal */
exports.NoopClickHouseSpan = {
    setAttributes: noop,
    setStatus: noop,
    recordException: noop,
    end: noop,
};
/** No-op tracer assigned once at client creation when no tracer is
 *  configured, so the hot path stays branch-free (monomorphic call sites
 *  that the JIT can inline). @internal */
exports.NoopClickHouseTracer = {
    startActiveSpan: (_name, _options, fn) => fn(exports.NoopClickHouseSpan),
};
/** Records the exception on the span and marks it with the ERROR status,
 *  normalizing non-`Error` throwables to `Error`.
 *
 *  Sets the {@link https://opentelemetry.io/docs/specs/semconv/registry/attributes/error/#error-type `error.type`}
 *  attribute to the error class name (e.g. `ClickHouseError`, `TypeError`),
 *  and, for server-side errors ({@link ClickHouseError}), the numeric server
 *  error code as `clickhouse.error.code`. */
function recordSpanError(span, err) {
    const error = err instanceof Error ? err : new Error(String(err));
    const attributes = {
        "error.type": error.constructor.name,
    };
    if (error instanceof error_1.ClickHouseError) {
        const code = Number(error.code);
        attributes["clickhouse.error.code"] = Number.isNaN(code)
            ? error.code
            : code;
    }
    span.setAttributes(attributes);
    span.recordException(error);
    span.setStatus({
        code: exports.ClickHouseSpanStatusCode.ERROR,
        message: error.message,
    });
}
//# sourceMappingURL=tracing.js.map

/***/ }),

/***/ 123:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXCEPTION_TAG_HEADER_NAME = void 0;
exports.withCompressionHeaders = withCompressionHeaders;
exports.withHttpSettings = withHttpSettings;
exports.isSuccessfulResponse = isSuccessfulResponse;
exports.isJWTAuth = isJWTAuth;
exports.isCredentialsAuth = isCredentialsAuth;
function withCompressionHeaders({ headers, request_compression_codec, response_compression_codec, }) {
    return {
        ...headers,
        ...(response_compression_codec
            ? { "Accept-Encoding": response_compression_codec }
            : {}),
        ...(request_compression_codec
            ? { "Content-Encoding": request_compression_codec }
            : {}),
    };
}
function withHttpSettings(clickhouse_settings, compression) {
    return {
        ...(compression
            ? {
                enable_http_compression: 1,
            }
            : {}),
        ...clickhouse_settings,
    };
}
function isSuccessfulResponse(statusCode) {
    return Boolean(statusCode && 200 <= statusCode && statusCode < 300);
}
function isJWTAuth(auth) {
    return auth !== null && typeof auth === "object" && "access_token" in auth;
}
function isCredentialsAuth(auth) {
    return (auth !== null &&
        typeof auth === "object" &&
        "username" in auth &&
        "password" in auth);
}
exports.EXCEPTION_TAG_HEADER_NAME = "x-clickhouse-exception-tag";
//# sourceMappingURL=connection.js.map

/***/ }),

/***/ 2759:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(123), exports);
__exportStar(__nccwpck_require__(8511), exports);
__exportStar(__nccwpck_require__(204), exports);
__exportStar(__nccwpck_require__(5955), exports);
__exportStar(__nccwpck_require__(2590), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 8511:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_URL_BIND_PARAM_LENGTH = void 0;
exports.serializeQueryParamsForUrl = serializeQueryParamsForUrl;
exports.buildMultipartBody = buildMultipartBody;
const data_formatter_1 = __nccwpck_require__(3195);
const SAFE_PART_NAME = /^[A-Za-z0-9_.-]+$/;
/**
 * Query parameters are URL-encoded into the request URL as `param_*` entries.
 * Once their encoded length passes this budget, {@link serializeQueryParamsForUrl}
 * returns null so that they are routed through the multipart body instead, keeping
 * oversized payloads out of the URL where HTTP intermediaries (nginx, AWS ALB,
 * CloudFront) reject them with HTTP 414 or 400. The threshold leaves ample
 * headroom under common request line limits.
 */
exports.MAX_URL_BIND_PARAM_LENGTH = 4096;
/**
 * Early-return variant of the `param_*` serialization performed by
 * {@link toSearchParams}: serializes {@link query_params} into `param_*`
 * URL entries, returning them so the caller can reuse the result without
 * serializing the params a second time, or returns null as soon as the
 * URL-encoded length exceeds {@link MAX_URL_BIND_PARAM_LENGTH} — in which
 * case the params should be sent as a multipart/form-data body instead.
 */
function serializeQueryParamsForUrl(query_params) {
    const entries = [];
    // Raw length is a lower bound on the encoded length, so large payloads
    // short-circuit without materializing the encoded string.
    let rawLength = 0;
    for (const [key, value] of Object.entries(query_params)) {
        const name = `param_${key}`;
        const formatted = (0, data_formatter_1.formatQueryParams)({ value });
        rawLength += name.length + formatted.length;
        if (rawLength > exports.MAX_URL_BIND_PARAM_LENGTH) {
            return null;
        }
        entries.push([name, formatted]);
    }
    // Measure the exact encoded length, accounting for percent-encoding expansion.
    if (new URLSearchParams(entries).toString().length > exports.MAX_URL_BIND_PARAM_LENGTH) {
        return null;
    }
    return entries;
}
/**
 * Builds a multipart/form-data body from a record of named string parts.
 *
 * Example output:
 *
 *   --BOUNDARY\r\n
 *   Content-Disposition: form-data; name="query"\r\n
 *   \r\n
 *   SELECT * FROM t WHERE x IN {values:Array(String)}\r\n
 *   --BOUNDARY\r\n
 *   Content-Disposition: form-data; name="param_values"\r\n
 *   \r\n
 *   ['a@b.com','c@d.com']\r\n
 *   --BOUNDARY--\r\n
 */
function buildMultipartBody(parts, boundary) {
    const chunks = [];
    // Part names are validated against SAFE_PART_NAME to prevent header injection
    // (a name could otherwise smuggle CRLF or quotes into the Content-Disposition
    // line). Part values are intentionally NOT validated/escaped: the only way a
    // value could forge a part delimiter is by containing the boundary, and the
    // boundary is a random UUID generated per request by the caller, so it cannot
    // be predicted or collided with by user-supplied input.
    for (const [name, value] of Object.entries(parts)) {
        if (!SAFE_PART_NAME.test(name)) {
            throw new Error(`Invalid multipart part name: "${name}". ` +
                `Part names must match ${SAFE_PART_NAME}.`);
        }
        chunks.push(`--${boundary}\r\n` +
            `Content-Disposition: form-data; name="${name}"\r\n` +
            `\r\n` +
            `${value}\r\n`);
    }
    chunks.push(`--${boundary}--\r\n`);
    return chunks.join("");
}
//# sourceMappingURL=multipart.js.map

/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sleep = sleep;
/**
 * @deprecated This utility function is not intended to be used outside of the client implementation anymore. Please, use `setTimeout` directly or a more full-featured utility library if you need additional features like cancellation or timers management.
 */
async function sleep(ms) {
    await new Promise((resolve) => setTimeout(() => {
        resolve(void 0);
    }, ms));
}
//# sourceMappingURL=sleep.js.map

/***/ }),

/***/ 5955:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CARET_RETURN = void 0;
exports.extractErrorAtTheEndOfChunk = extractErrorAtTheEndOfChunk;
const error_1 = __nccwpck_require__(280);
const EXCEPTION_MARKER = "__exception__";
const NEWLINE = 0x0a;
exports.CARET_RETURN = 0x0d;
/**
 * After 25.11, a newline error character is preceded by a caret return
 * this is a strong indication that we have an exception in the stream.
 *
 * Example with exception marker `FOOBAR`:
 *
 * \r\n__exception__\r\nFOOBAR
 * boom
 * 5 FOOBAR\r\n__exception__\r\n
 *
 * In this case, the exception length is 5 (including the newline character),
 * and the exception message is "boom".
 */
function extractErrorAtTheEndOfChunk(chunk, exceptionTag) {
    try {
        const bytesCountAfterErrLenHint = 1 + // space
            EXCEPTION_MARKER.length + // __exception__
            2 + // \r\n
            exceptionTag.length + // <value taken from the header>
            2; // \r\n
        let errMsgLenStartIdx = chunk.length - bytesCountAfterErrLenHint;
        if (errMsgLenStartIdx < 1) {
            return new Error("there was an error in the stream, but the last chunk is malformed");
        }
        do {
            --errMsgLenStartIdx;
        } while (chunk[errMsgLenStartIdx] !== NEWLINE);
        const textDecoder = new TextDecoder("utf-8");
        const errMsgLen = parseInt(textDecoder.decode(chunk.subarray(errMsgLenStartIdx, -bytesCountAfterErrLenHint)));
        if (isNaN(errMsgLen) || errMsgLen <= 0) {
            return new Error("there was an error in the stream; failed to parse the message length");
        }
        const errMsg = textDecoder.decode(chunk.subarray(errMsgLenStartIdx - errMsgLen + 1, // skipping the newline character
        errMsgLenStartIdx));
        return (0, error_1.parseError)(errMsg);
    }
    catch (err) {
        // theoretically, it can happen if a proxy cuts the last chunk
        return err;
    }
}
//# sourceMappingURL=stream.js.map

/***/ }),

/***/ 2590:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.transformUrl = transformUrl;
exports.toSearchParams = toSearchParams;
const data_formatter_1 = __nccwpck_require__(3195);
function transformUrl({ url, pathname, searchParams, }) {
    const newUrl = new URL(url);
    if (pathname) {
        // See https://developer.mozilla.org/en-US/docs/Web/API/URL/pathname
        // > value for such "special scheme" URLs can never be the empty string,
        // > but will instead always have at least one / character.
        if (newUrl.pathname === "/") {
            newUrl.pathname = pathname;
        }
        else {
            newUrl.pathname += pathname;
        }
    }
    if (searchParams) {
        newUrl.search = searchParams?.toString();
    }
    return newUrl;
}
function toSearchParams({ database, query, query_params, param_entries, clickhouse_settings, session_id, query_id, role, }) {
    let entries;
    if (param_entries) {
        entries = param_entries;
        entries.push(["query_id", query_id]);
    }
    else {
        entries = [["query_id", query_id]];
        if (query_params !== undefined) {
            for (const [key, value] of Object.entries(query_params)) {
                const formattedParam = (0, data_formatter_1.formatQueryParams)({ value });
                entries.push([`param_${key}`, formattedParam]);
            }
        }
    }
    if (clickhouse_settings !== undefined) {
        for (const [key, value] of Object.entries(clickhouse_settings)) {
            if (value !== undefined) {
                entries.push([key, (0, data_formatter_1.formatQuerySettings)(value)]);
            }
        }
    }
    if (database !== undefined && database !== "default") {
        entries.push(["database", database]);
    }
    if (query) {
        entries.push(["query", query]);
    }
    if (session_id) {
        entries.push(["session_id", session_id]);
    }
    if (role) {
        if (typeof role === "string") {
            entries.push(["role", role]);
        }
        else if (Array.isArray(role)) {
            for (const r of role) {
                entries.push(["role", r]);
            }
        }
    }
    return new URLSearchParams(entries);
}
//# sourceMappingURL=url.js.map

/***/ }),

/***/ 8637:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeConfigImpl = void 0;
const index_1 = __nccwpck_require__(1349);
const zlib_1 = __importDefault(__nccwpck_require__(3106));
const connection_1 = __nccwpck_require__(2724);
const result_set_1 = __nccwpck_require__(5657);
const utils_1 = __nccwpck_require__(4977);
function unknownCodecError(value, direction) {
    return new Error(`Unknown ${direction} compression codec "${value}". ` +
        `Supported codecs: gzip, zstd, br.`);
}
// zstd's zlib APIs were added in Node.js 22.15.0, and compression /
// decompression are separate functions - so each direction is gated on its own,
// naming the missing function to make the diagnosis concrete.
/** Fails fast at client creation on an unknown request codec, or on `zstd` when
 *  this Node.js runtime's `zlib` does not provide the zstd compression API -
 *  rather than a TypeError deep in a later insert. The boolean forms (`false`
 *  off, `true` gzip) need no validation and are filtered out by the caller. */
function ensureRequestCodecSupported(value) {
    if (value === "zstd") {
        if (typeof zlib_1.default.createZstdCompress !== "function") {
            throw new Error("zstd compression is not supported by this Node.js runtime (v" +
                process.versions.node +
                "): the built-in zlib module does not provide `createZstdCompress` " +
                "(the zstd APIs were added in Node.js 22.15.0). Use gzip compression instead.");
        }
    }
    else if (value !== "gzip" && value !== "br") {
        throw unknownCodecError(value, "request");
    }
}
/** Fails fast at client creation on an unknown response codec, or on `zstd`
 *  when this Node.js runtime's `zlib` does not provide the zstd decompression
 *  API - rather than a TypeError deep in a later query. The boolean forms
 *  (`false` off, `true` gzip) need no validation and are filtered by the caller. */
function ensureResponseCodecSupported(value) {
    if (value === "zstd") {
        if (typeof zlib_1.default.createZstdDecompress !== "function") {
            throw new Error("zstd compression is not supported by this Node.js runtime (v" +
                process.versions.node +
                "): the built-in zlib module does not provide `createZstdDecompress` " +
                "(the zstd APIs were added in Node.js 22.15.0). Use gzip compression instead.");
        }
    }
    else if (value !== "gzip" && value !== "br") {
        throw unknownCodecError(value, "response");
    }
}
exports.NodeConfigImpl = {
    handle_specific_url_params: (config, url) => {
        const nodeConfig = { ...config };
        const unknownParams = new Set();
        const handledParams = new Set();
        const urlSearchParamsKeys = [...url.searchParams.keys()];
        if (urlSearchParamsKeys.length > 0) {
            urlSearchParamsKeys.forEach((key) => {
                const value = url.searchParams.get(key);
                switch (key) {
                    case "keep_alive_idle_socket_ttl":
                        if (nodeConfig.keep_alive === undefined) {
                            nodeConfig.keep_alive = {};
                        }
                        nodeConfig.keep_alive.idle_socket_ttl = (0, index_1.numberConfigURLValue)({
                            key,
                            value,
                            min: 0,
                        });
                        handledParams.add(key);
                        break;
                    default:
                        unknownParams.add(key);
                }
            });
        }
        return {
            config: nodeConfig,
            unknown_params: unknownParams,
            handled_params: handledParams,
        };
    },
    make_connection: (nodeConfig, params) => {
        const { compress_request, decompress_response } = params.compression;
        if (compress_request) {
            ensureRequestCodecSupported(compress_request.codec);
        }
        if (decompress_response) {
            ensureResponseCodecSupported(decompress_response.codec);
        }
        let tls = undefined;
        if (nodeConfig.tls !== undefined) {
            if ("cert" in nodeConfig.tls && "key" in nodeConfig.tls) {
                tls = {
                    type: "Mutual",
                    ...nodeConfig.tls,
                };
            }
            else {
                tls = {
                    type: "Basic",
                    ...nodeConfig.tls,
                };
            }
        }
        // normally, it should be already set after processing the config
        const keep_alive = {
            enabled: nodeConfig?.keep_alive?.enabled ?? true,
            idle_socket_ttl: nodeConfig?.keep_alive?.idle_socket_ttl ?? 2500,
        };
        return connection_1.NodeConnectionFactory.create({
            connection_params: params,
            set_basic_auth_header: nodeConfig.set_basic_auth_header ?? true,
            capture_enhanced_stack_trace: nodeConfig.capture_enhanced_stack_trace ?? false,
            eagerly_destroy_stale_sockets: nodeConfig.keep_alive?.eagerly_destroy_stale_sockets ?? false,
            http_agent: nodeConfig.http_agent,
            keep_alive,
            tls,
            max_response_headers_size: nodeConfig.max_response_headers_size,
        });
    },
    values_encoder: (jsonHandling) => new utils_1.NodeValuesEncoder(jsonHandling),
    make_result_set: ((stream, format, query_id, log_error, response_headers, jsonHandling, span) => result_set_1.ResultSet.instance({
        stream,
        format,
        query_id,
        log_error,
        response_headers,
        jsonHandling,
        span,
    })),
};
//# sourceMappingURL=config.js.map

/***/ }),

/***/ 3290:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decompressResponse = decompressResponse;
exports.isDecompressionError = isDecompressionError;
exports.createRequestCompressor = createRequestCompressor;
const index_1 = __nccwpck_require__(1349);
const stream_1 = __importDefault(__nccwpck_require__(2203));
const zlib_1 = __importDefault(__nccwpck_require__(3106));
function decompressResponse(response, log_writer, log_level) {
    const encoding = response.headers["content-encoding"];
    // No `Content-Encoding`: nothing to decompress.
    if (encoding === undefined) {
        return { response };
    }
    if (encoding === "gzip") {
        return {
            response: stream_1.default.pipeline(response, zlib_1.default.createGunzip(), function pipelineCb(err) {
                if (err && log_level <= index_1.ClickHouseLogLevel.ERROR) {
                    log_writer.error({
                        message: "An error occurred while decompressing the response",
                        err,
                    });
                }
            }),
        };
    }
    if (encoding === "zstd") {
        // zstd's zlib API was added in Node.js 22.15.0; on an older runtime the
        // codec is recognized but unusable, so report that explicitly rather than
        // falling through to a misleading "Unexpected encoding".
        if (typeof zlib_1.default.createZstdDecompress !== "function") {
            return {
                error: new Error("Received a zstd-compressed response, but this Node.js runtime (v" +
                    process.versions.node +
                    ") does not support zstd decompression: the built-in zlib module " +
                    "does not provide the zstd APIs (added in Node.js 22.15.0). Use gzip " +
                    "compression instead, or upgrade Node.js."),
            };
        }
        return {
            response: stream_1.default.pipeline(response, zlib_1.default.createZstdDecompress(), function pipelineCb(err) {
                if (err && log_level <= index_1.ClickHouseLogLevel.ERROR) {
                    log_writer.error({
                        message: "An error occurred while decompressing the response",
                        err,
                    });
                }
            }),
        };
    }
    if (encoding === "br") {
        return {
            response: stream_1.default.pipeline(response, zlib_1.default.createBrotliDecompress(), function pipelineCb(err) {
                if (err && log_level <= index_1.ClickHouseLogLevel.ERROR) {
                    log_writer.error({
                        message: "An error occurred while decompressing the response",
                        err,
                    });
                }
            }),
        };
    }
    return { error: new Error(`Unexpected encoding: ${encoding}`) };
}
function isDecompressionError(result) {
    return result.error !== undefined;
}
/** Returns the request-body compressor for the given config. Each codec carries
 *  its own optional tuning option - a `level` for gzip/zstd, a `quality` for
 *  Brotli; when omitted, the codec default is used (Brotli defaults to quality 4
 *  rather than zlib's slow default of 11, which is impractical for a streaming
 *  insert body). The exhaustive switch fails the build if a codec is added to
 *  {@link RequestCompression} without a corresponding case here. */
function createRequestCompressor(compression) {
    switch (compression.codec) {
        case "gzip":
            return zlib_1.default.createGzip(compression.level !== undefined
                ? { level: compression.level }
                : undefined);
        case "zstd":
            return zlib_1.default.createZstdCompress(compression.level !== undefined
                ? {
                    params: {
                        [zlib_1.default.constants.ZSTD_c_compressionLevel]: compression.level,
                    },
                }
                : undefined);
        case "br":
            return zlib_1.default.createBrotliCompress({
                params: {
                    [zlib_1.default.constants.BROTLI_PARAM_QUALITY]: compression.quality ?? 4,
                },
            });
        default: {
            const exhaustiveCheck = compression;
            throw new Error(`Unsupported request compression codec: ${String(exhaustiveCheck.codec)}`);
        }
    }
}
//# sourceMappingURL=compression.js.map

/***/ }),

/***/ 3241:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeConnectionFactory = void 0;
const node_custom_agent_connection_1 = __nccwpck_require__(7055);
const node_http_connection_1 = __nccwpck_require__(2540);
const node_https_connection_1 = __nccwpck_require__(83);
/** A factory for easier mocking after Node.js 22.18 */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class NodeConnectionFactory {
    static create({ connection_params, tls, keep_alive, http_agent, set_basic_auth_header, capture_enhanced_stack_trace, eagerly_destroy_stale_sockets = false, max_response_headers_size, }) {
        if (http_agent !== undefined) {
            return new node_custom_agent_connection_1.NodeCustomAgentConnection({
                ...connection_params,
                set_basic_auth_header,
                capture_enhanced_stack_trace,
                keep_alive, // only used to enforce proper KeepAlive headers
                http_agent,
                eagerly_destroy_stale_sockets,
                max_response_headers_size,
            });
        }
        switch (connection_params.url.protocol) {
            case "http:":
                return new node_http_connection_1.NodeHttpConnection({
                    ...connection_params,
                    set_basic_auth_header,
                    capture_enhanced_stack_trace,
                    keep_alive,
                    eagerly_destroy_stale_sockets,
                    max_response_headers_size,
                });
            case "https:":
                return new node_https_connection_1.NodeHttpsConnection({
                    ...connection_params,
                    set_basic_auth_header,
                    capture_enhanced_stack_trace,
                    keep_alive,
                    tls,
                    eagerly_destroy_stale_sockets,
                    max_response_headers_size,
                });
            default:
                throw new Error("Only HTTP and HTTPS protocols are supported");
        }
    }
}
exports.NodeConnectionFactory = NodeConnectionFactory;
//# sourceMappingURL=create_connection.js.map

/***/ }),

/***/ 2724:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(9431), exports);
__exportStar(__nccwpck_require__(2540), exports);
__exportStar(__nccwpck_require__(83), exports);
__exportStar(__nccwpck_require__(3241), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9431:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeBaseConnection = void 0;
const index_1 = __nccwpck_require__(1349);
const crypto_1 = __importDefault(__nccwpck_require__(6982));
const utils_1 = __nccwpck_require__(4977);
const stream_1 = __nccwpck_require__(6394);
const socket_pool_1 = __nccwpck_require__(9296);
class NodeBaseConnection {
    defaultAuthHeader;
    defaultHeaders;
    connectionId = crypto_1.default.randomUUID();
    socketPool;
    params;
    agent;
    constructor(params, agent) {
        this.params = params;
        this.agent = agent;
        this.socketPool = new socket_pool_1.SocketPool(this.connectionId, this.params, this.createClientRequest.bind(this), this.agent);
        if (params.auth.type === "Credentials") {
            this.defaultAuthHeader = `Basic ${Buffer.from(`${params.auth.username}:${params.auth.password}`).toString("base64")}`;
        }
        else if (params.auth.type === "JWT") {
            this.defaultAuthHeader = `Bearer ${params.auth.access_token}`;
        }
        else {
            throw new Error(`Unknown auth type: ${params.auth.type}`);
        }
        this.defaultHeaders = {
            // Node.js HTTP agent, for some reason, does not set this on its own when KeepAlive is enabled
            Connection: this.params.keep_alive.enabled ? "keep-alive" : "close",
            "User-Agent": (0, utils_1.getUserAgent)(this.params.application_id),
        };
    }
    async ping(params) {
        const { log_writer, log_level } = this.params;
        const query_id = this.getQueryId(params.query_id);
        const { controller, controllerCleanup } = this.getAbortController(params);
        try {
            let result;
            if (params.select) {
                const searchParams = (0, index_1.toSearchParams)({
                    database: undefined,
                    query: PingQuery,
                    query_id,
                });
                result = await this.request({
                    query: PingQuery,
                    method: "GET",
                    url: (0, index_1.transformUrl)({ url: this.params.url, searchParams }),
                    abort_signal: controller.signal,
                    headers: this.buildRequestHeaders(),
                    query_id,
                    log_writer,
                    log_level,
                }, "Ping");
            }
            else {
                result = await this.request({
                    query: "ping",
                    method: "GET",
                    url: (0, index_1.transformUrl)({ url: this.params.url, pathname: "/ping" }),
                    abort_signal: controller.signal,
                    headers: this.buildRequestHeaders(),
                    query_id,
                    log_writer,
                    log_level,
                }, "Ping");
            }
            await (0, stream_1.drainStreamInternal)({
                op: "Ping",
                log_writer,
                query_id,
                log_level,
            }, result.stream);
            return { success: true };
        }
        catch (error) {
            // it is used to ensure that the outgoing request is terminated,
            // and we don't get unhandled error propagation later
            controller.abort("Ping failed");
            // not an error, as this might be semi-expected
            if (log_level <= index_1.ClickHouseLogLevel.WARN) {
                log_writer.warn({
                    message: this.httpRequestErrorMessage("Ping"),
                    err: error,
                    args: {
                        connection_id: this.connectionId,
                        query_id,
                    },
                });
            }
            return {
                success: false,
                error: error, // should NOT be propagated to the user
            };
        }
        finally {
            controllerCleanup();
        }
    }
    async query(params) {
        const { log_writer, log_level } = this.params;
        const query_id = this.getQueryId(params.query_id);
        const clickhouse_settings = (0, index_1.withHttpSettings)(params.clickhouse_settings, this.params.compression.decompress_response);
        const queryParams = params.query_params;
        const hasQueryParams = queryParams !== undefined && Object.keys(queryParams).length > 0;
        let useMultipart = hasQueryParams &&
            (params.use_multipart_params ?? this.params.use_multipart_params);
        // In auto mode, serialize the params for the URL once with an early
        // return: a null result means they exceed the URL budget and should be
        // promoted to a multipart body; otherwise the entries are reused below.
        let urlParamEntries;
        if (hasQueryParams &&
            !useMultipart &&
            (params.use_multipart_params_auto ??
                this.params.use_multipart_params_auto)) {
            const entries = (0, index_1.serializeQueryParamsForUrl)(queryParams);
            if (entries === null) {
                useMultipart = true;
            }
            else {
                urlParamEntries = entries;
            }
        }
        const searchParams = (0, index_1.toSearchParams)({
            database: this.params.database,
            // When using multipart, query_params are sent in the multipart body
            query_params: useMultipart ? undefined : params.query_params,
            param_entries: urlParamEntries,
            session_id: params.session_id,
            clickhouse_settings,
            query_id,
            role: params.role,
        });
        const { controller, controllerCleanup } = this.getAbortController(params);
        // Accept-Encoding is sent whenever the server is asked to compress
        // (enable_http_compression), independent of whether the client decompresses;
        // the codec is the explicitly configured one, defaulting to gzip.
        const responseCompressionCodec = clickhouse_settings.enable_http_compression === 1
            ? (this.params.compression.decompress_response?.codec ?? "gzip")
            : undefined;
        let body = params.query;
        const headers = this.buildRequestHeaders(params);
        if (useMultipart && params.query_params !== undefined) {
            const boundary = `----clickhouse-js-${crypto_1.default.randomUUID()}`;
            const parts = { query: params.query };
            for (const [key, value] of Object.entries(params.query_params)) {
                parts[`param_${key}`] = (0, index_1.formatQueryParams)({ value });
            }
            body = (0, index_1.buildMultipartBody)(parts, boundary);
            headers["Content-Type"] = `multipart/form-data; boundary=${boundary}`;
        }
        try {
            const { response_headers, stream, http_status_code } = await this.request({
                method: "POST",
                url: (0, index_1.transformUrl)({ url: this.params.url, searchParams }),
                body,
                abort_signal: controller.signal,
                response_compression_codec: responseCompressionCodec,
                headers,
                query: params.query,
                query_id,
                log_writer,
                log_level,
            }, "Query");
            return {
                stream,
                response_headers,
                query_id,
                http_status_code,
            };
        }
        catch (err) {
            controller.abort("Query HTTP request failed");
            this.logRequestError({
                op: "Query",
                query_id: query_id,
                query_params: params,
                search_params: searchParams,
                err: err,
                extra_args: {
                    decompress_response: responseCompressionCodec,
                    clickhouse_settings,
                },
            });
            throw err; // should be propagated to the user
        }
        finally {
            controllerCleanup();
        }
    }
    async insert(params) {
        const { log_writer, log_level } = this.params;
        const query_id = this.getQueryId(params.query_id);
        const searchParams = (0, index_1.toSearchParams)({
            database: this.params.database,
            clickhouse_settings: params.clickhouse_settings,
            query_params: params.query_params,
            query: params.query,
            session_id: params.session_id,
            role: params.role,
            query_id,
        });
        const { controller, controllerCleanup } = this.getAbortController(params);
        try {
            const { stream, summary, response_headers, http_status_code } = await this.request({
                method: "POST",
                url: (0, index_1.transformUrl)({ url: this.params.url, searchParams }),
                body: params.values,
                abort_signal: controller.signal,
                request_compression: this.params.compression.compress_request,
                parse_summary: true,
                headers: this.buildRequestHeaders(params),
                query: params.query,
                query_id,
                log_writer,
                log_level,
            }, "Insert");
            await (0, stream_1.drainStreamInternal)({
                op: "Insert",
                log_writer,
                query_id,
                log_level,
            }, stream);
            return { query_id, summary, response_headers, http_status_code };
        }
        catch (err) {
            controller.abort("Insert HTTP request failed");
            this.logRequestError({
                op: "Insert",
                query_id: query_id,
                query_params: params,
                search_params: searchParams,
                err: err,
                extra_args: {
                    clickhouse_settings: params.clickhouse_settings ?? {},
                },
            });
            throw err; // should be propagated to the user
        }
        finally {
            controllerCleanup();
        }
    }
    async exec(params) {
        const query_id = this.getQueryId(params.query_id);
        return this.runExec({
            ...params,
            query_id,
            op: "Exec",
        });
    }
    async command(params) {
        const { log_writer, log_level } = this.params;
        const query_id = this.getQueryId(params.query_id);
        const commandStartTime = Date.now();
        if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
            log_writer.trace({
                message: "Command: operation started",
                args: {
                    operation: "Command",
                    connection_id: this.connectionId,
                    query_id,
                },
            });
        }
        const { stream, summary, response_headers } = await this.runExec({
            ...params,
            query_id,
            op: "Command",
        });
        const runExecDuration = Date.now() - commandStartTime;
        if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
            log_writer.trace({
                message: "Command: runExec completed, starting stream drain",
                args: {
                    operation: "Command",
                    connection_id: this.connectionId,
                    query_id,
                    runExec_duration_ms: runExecDuration,
                    stream_state: {
                        readable: stream.readable,
                        readableEnded: stream.readableEnded,
                        readableLength: stream.readableLength,
                    },
                },
            });
        }
        // ignore the response stream and release the socket immediately
        const drainStartTime = Date.now();
        await (0, stream_1.drainStreamInternal)({
            op: "Command",
            log_writer,
            query_id,
            log_level,
        }, stream);
        if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
            const drainDuration = Date.now() - drainStartTime;
            const totalDuration = Date.now() - commandStartTime;
            log_writer.trace({
                message: "Command: operation completed",
                args: {
                    operation: "Command",
                    connection_id: this.connectionId,
                    query_id,
                    drain_duration_ms: drainDuration,
                    total_duration_ms: totalDuration,
                },
            });
        }
        return { query_id, summary, response_headers };
    }
    async close() {
        if (this.agent !== undefined && this.agent.destroy !== undefined) {
            this.agent.destroy();
        }
    }
    defaultHeadersWithOverride(params) {
        return {
            // Custom HTTP headers from the client configuration
            ...(this.params.http_headers ?? {}),
            // Custom HTTP headers for this particular request; it will override the client configuration with the same keys
            ...(params?.http_headers ?? {}),
            // Includes the `Connection` + `User-Agent` headers which we do not allow to override
            // An appropriate `Authorization` header might be added later
            // It is not always required - see the TLS headers in `node_https_connection.ts`
            ...this.defaultHeaders,
        };
    }
    buildRequestHeaders(params) {
        const headers = this.defaultHeadersWithOverride(params);
        if ((0, index_1.isJWTAuth)(params?.auth)) {
            return {
                ...headers,
                Authorization: `Bearer ${params.auth.access_token}`,
            };
        }
        if (this.params.set_basic_auth_header) {
            if ((0, index_1.isCredentialsAuth)(params?.auth)) {
                return {
                    ...headers,
                    Authorization: `Basic ${Buffer.from(`${params.auth.username}:${params.auth.password}`).toString("base64")}`,
                };
            }
            else {
                return {
                    ...headers,
                    Authorization: this.defaultAuthHeader,
                };
            }
        }
        return {
            ...headers,
        };
    }
    getQueryId(query_id) {
        return query_id || crypto_1.default.randomUUID();
    }
    // a wrapper over the user's Signal to terminate the failed requests
    getAbortController(params) {
        const controller = new AbortController();
        function onAbort() {
            controller.abort();
        }
        params.abort_signal?.addEventListener("abort", onAbort);
        return {
            controller,
            controllerCleanup: () => {
                params.abort_signal?.removeEventListener("abort", onAbort);
            },
        };
    }
    logRequestError({ op, err, query_id, query_params, extra_args, }) {
        if (this.params.log_level <= index_1.ClickHouseLogLevel.ERROR) {
            this.params.log_writer.error({
                message: this.httpRequestErrorMessage(op),
                err: err,
                args: {
                    operation: op,
                    connection_id: this.connectionId,
                    query_id,
                    with_abort_signal: query_params.abort_signal !== undefined,
                    session_id: query_params.session_id,
                    ...extra_args,
                },
            });
        }
    }
    httpRequestErrorMessage(op) {
        return `${op}: HTTP request error.`;
    }
    async runExec(params) {
        const { log_writer, log_level } = this.params;
        const query_id = params.query_id;
        const sendQueryInParams = params.values !== undefined;
        const clickhouse_settings = (0, index_1.withHttpSettings)(params.clickhouse_settings, this.params.compression.decompress_response);
        const toSearchParamsOptions = {
            query: sendQueryInParams ? params.query : undefined,
            database: this.params.database,
            query_params: params.query_params,
            session_id: params.session_id,
            role: params.role,
            clickhouse_settings,
            query_id,
        };
        const searchParams = (0, index_1.toSearchParams)(toSearchParamsOptions);
        const { controller, controllerCleanup } = this.getAbortController(params);
        const tryDecompressResponseStream = params.op === "Exec"
            ? // allows disabling stream decompression for the `Exec` operation only
                (params.decompress_response_stream ??
                    Boolean(this.params.compression.decompress_response))
            : // there is nothing useful in the response stream for the `Command` operation,
                // and it is immediately destroyed; never decompress it
                false;
        const ignoreErrorResponse = params.ignore_error_response ?? false;
        try {
            const { stream, summary, response_headers, http_status_code } = await this.request({
                method: "POST",
                url: (0, index_1.transformUrl)({ url: this.params.url, searchParams }),
                body: sendQueryInParams ? params.values : params.query,
                abort_signal: controller.signal,
                parse_summary: true,
                request_compression: this.params.compression.compress_request,
                response_compression_codec: this.params.compression.decompress_response?.codec,
                try_decompress_response_stream: tryDecompressResponseStream,
                ignore_error_response: ignoreErrorResponse,
                headers: this.buildRequestHeaders(params),
                query: params.query,
                query_id,
                log_writer,
                log_level,
            }, params.op);
            return {
                stream,
                query_id,
                summary,
                response_headers,
                http_status_code,
            };
        }
        catch (err) {
            controller.abort(`${params.op} HTTP request failed`);
            this.logRequestError({
                op: params.op,
                query_id: query_id,
                query_params: params,
                search_params: searchParams,
                err: err,
                extra_args: {
                    clickhouse_settings: params.clickhouse_settings ?? {},
                },
            });
            throw err; // should be propagated to the user
        }
        finally {
            controllerCleanup();
        }
    }
    async request(params, op) {
        return this.socketPool.request(params, op);
    }
}
exports.NodeBaseConnection = NodeBaseConnection;
const PingQuery = `SELECT 'ping'`;
//# sourceMappingURL=node_base_connection.js.map

/***/ }),

/***/ 7055:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeCustomAgentConnection = void 0;
const http_1 = __importDefault(__nccwpck_require__(8611));
const https_1 = __importDefault(__nccwpck_require__(5692));
const node_base_connection_1 = __nccwpck_require__(9431);
const index_1 = __nccwpck_require__(1349);
class NodeCustomAgentConnection extends node_base_connection_1.NodeBaseConnection {
    httpRequestFn;
    constructor(params) {
        if (!params.http_agent) {
            throw new Error("http_agent is required to create NodeCustomAgentConnection");
        }
        super(params, params.http_agent);
        // See https://github.com/ClickHouse/clickhouse-js/issues/352
        if (params.url.protocol.startsWith("https")) {
            this.httpRequestFn = https_1.default.request;
        }
        else {
            this.httpRequestFn = http_1.default.request;
        }
    }
    createClientRequest(params) {
        const headers = (0, index_1.withCompressionHeaders)({
            headers: params.headers,
            request_compression_codec: params.request_compression?.codec,
            response_compression_codec: params.response_compression_codec,
        });
        return this.httpRequestFn(params.url, {
            method: params.method,
            agent: this.agent,
            timeout: this.params.request_timeout,
            signal: params.abort_signal,
            headers,
            ...(this.params.max_response_headers_size !== undefined && {
                maxHeaderSize: this.params.max_response_headers_size,
            }),
        });
    }
}
exports.NodeCustomAgentConnection = NodeCustomAgentConnection;
//# sourceMappingURL=node_custom_agent_connection.js.map

/***/ }),

/***/ 2540:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeHttpConnection = void 0;
const index_1 = __nccwpck_require__(1349);
const http_1 = __importDefault(__nccwpck_require__(8611));
const node_base_connection_1 = __nccwpck_require__(9431);
class NodeHttpConnection extends node_base_connection_1.NodeBaseConnection {
    constructor(params) {
        const agent = new http_1.default.Agent({
            keepAlive: params.keep_alive.enabled,
            maxSockets: params.max_open_connections,
        });
        super(params, agent);
    }
    createClientRequest(params) {
        const headers = (0, index_1.withCompressionHeaders)({
            headers: params.headers,
            request_compression_codec: params.request_compression?.codec,
            response_compression_codec: params.response_compression_codec,
        });
        return http_1.default.request(params.url, {
            method: params.method,
            agent: this.agent,
            timeout: this.params.request_timeout,
            signal: params.abort_signal,
            headers,
            ...(this.params.max_response_headers_size !== undefined && {
                maxHeaderSize: this.params.max_response_headers_size,
            }),
        });
    }
}
exports.NodeHttpConnection = NodeHttpConnection;
//# sourceMappingURL=node_http_connection.js.map

/***/ }),

/***/ 83:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeHttpsConnection = void 0;
const index_1 = __nccwpck_require__(1349);
const https_1 = __importDefault(__nccwpck_require__(5692));
const node_base_connection_1 = __nccwpck_require__(9431);
class NodeHttpsConnection extends node_base_connection_1.NodeBaseConnection {
    constructor(params) {
        const agent = new https_1.default.Agent({
            keepAlive: params.keep_alive.enabled,
            maxSockets: params.max_open_connections,
            ca: params.tls?.ca_cert,
            key: params.tls?.type === "Mutual" ? params.tls.key : undefined,
            cert: params.tls?.type === "Mutual" ? params.tls.cert : undefined,
        });
        super(params, agent);
    }
    buildRequestHeaders(params) {
        if (this.params.tls !== undefined) {
            if (this.params.auth.type === "JWT") {
                throw new Error("JWT auth is not supported with HTTPS connection using custom certificates");
            }
            let headers;
            if ((0, index_1.isCredentialsAuth)(params?.auth)) {
                headers = {
                    ...this.defaultHeadersWithOverride(params),
                    "X-ClickHouse-User": params.auth.username,
                    "X-ClickHouse-Key": params.auth.password,
                };
            }
            else {
                headers = {
                    ...this.defaultHeadersWithOverride(params),
                    "X-ClickHouse-User": this.params.auth.username,
                    "X-ClickHouse-Key": this.params.auth.password,
                };
            }
            const tlsType = this.params.tls.type;
            switch (tlsType) {
                case "Basic":
                    return headers;
                case "Mutual":
                    return {
                        ...headers,
                        "X-ClickHouse-SSL-Certificate-Auth": "on",
                    };
                default:
                    throw new Error(`Unknown TLS type: ${tlsType}`);
            }
        }
        return super.buildRequestHeaders(params);
    }
    createClientRequest(params) {
        const headers = (0, index_1.withCompressionHeaders)({
            headers: params.headers,
            request_compression_codec: params.request_compression?.codec,
            response_compression_codec: params.response_compression_codec,
        });
        return https_1.default.request(params.url, {
            method: params.method,
            agent: this.agent,
            timeout: this.params.request_timeout,
            signal: params.abort_signal,
            headers,
            ...(this.params.max_response_headers_size !== undefined && {
                maxHeaderSize: this.params.max_response_headers_size,
            }),
        });
    }
}
exports.NodeHttpsConnection = NodeHttpsConnection;
//# sourceMappingURL=node_https_connection.js.map

/***/ }),

/***/ 9296:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SocketPool = void 0;
const http_1 = __importDefault(__nccwpck_require__(8611));
const stream_1 = __importDefault(__nccwpck_require__(2203));
const index_1 = __nccwpck_require__(1349);
const utils_1 = __nccwpck_require__(4977);
const compression_1 = __nccwpck_require__(3290);
class SocketPool {
    jsonHandling;
    knownSockets = new WeakMap();
    // For overflow concerns:
    //   node -e 'console.log(Number.MAX_SAFE_INTEGER / (1_000_000 * 60 * 60 * 24 * 366))'
    // gives 284 years of continuous operation at 1M requests per second
    // before overflowing the 53-bit integer
    requestCounter = 0;
    getNewRequestId() {
        this.requestCounter += 1;
        return `${this.connectionId}:${this.requestCounter}`;
    }
    socketCounter = 0;
    getNewSocketId() {
        this.socketCounter += 1;
        return `${this.connectionId}:${this.socketCounter}`;
    }
    connectionId;
    params;
    createClientRequest;
    agent;
    constructor(connectionId, params, createClientRequest, agent) {
        this.connectionId = connectionId;
        this.params = params;
        this.createClientRequest = createClientRequest;
        this.agent = agent;
        this.jsonHandling = params.json ?? {
            parse: JSON.parse,
            stringify: JSON.stringify,
        };
    }
    async request(params, op) {
        // allows the event loop to process the idle socket timers, if the CPU load is high
        // otherwise, we can occasionally get an expired socket, see https://github.com/ClickHouse/clickhouse-js/issues/294
        await (0, index_1.sleep)(0);
        const { log_writer, query_id, log_level } = params;
        const currentStackTrace = this.params.capture_enhanced_stack_trace
            ? (0, index_1.getCurrentStackTrace)()
            : undefined;
        const requestTimeout = this.params.request_timeout;
        if (this.params.eagerly_destroy_stale_sockets &&
            this.params.keep_alive.enabled &&
            this.params.keep_alive.idle_socket_ttl > 0) {
            // Only run this cleanup for the built-in Node.js HTTP agent, since it relies on `freeSockets`.
            if (this.agent instanceof http_1.default.Agent) {
                for (const host of Object.keys(this.agent.freeSockets)) {
                    const byHostSockets = this.agent.freeSockets[host];
                    if (byHostSockets) {
                        for (const socket of [...byHostSockets]) {
                            const socketInfo = this.knownSockets.get(socket);
                            if (socketInfo) {
                                const freedAt = socketInfo.freed_at_timestamp_ms;
                                if (freedAt) {
                                    const socketAge = Date.now() - freedAt;
                                    // The check below is still racy on a CPU starved machine.
                                    // A throttled machine can check time on one line, then get descheduled,
                                    // decide the socket is still good after rescheduling, and then proceed
                                    // to use a socket that has actually been idle for much longer than `idle_socket_ttl`.
                                    // However, this is an edge case that should be clearly visible in the
                                    // application monitoring.
                                    if (socketAge >= this.params.keep_alive.idle_socket_ttl) {
                                        if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                                            log_writer.trace({
                                                message: `${op}: socket TTL expired based on timestamp, destroying socket`,
                                                args: {
                                                    operation: op,
                                                    connection_id: this.connectionId,
                                                    query_id,
                                                    socket_id: socketInfo.id,
                                                    socket_age_ms: socketAge,
                                                    idle_socket_ttl_ms: this.params.keep_alive.idle_socket_ttl,
                                                },
                                            });
                                        }
                                        clearTimeout(socketInfo.idle_timeout_handle);
                                        this.knownSockets.delete(socket);
                                        socket.destroy();
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        const start = Date.now();
        const request = this.createClientRequest(params);
        const request_id = this.getNewRequestId();
        return new Promise((resolve, reject) => {
            const onError = (e) => {
                removeRequestListeners();
                if (e instanceof Error) {
                    if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                        if (e.code === "ECONNRESET") {
                            log_writer.trace({
                                message: `${op}: connection reset by peer`,
                                args: {
                                    operation: op,
                                    connection_id: this.connectionId,
                                    query_id,
                                    request_id,
                                },
                                module: "HTTP Adapter",
                            });
                        }
                    }
                    if (log_level <= index_1.ClickHouseLogLevel.WARN) {
                        if (this.params.keep_alive.enabled) {
                            if (e.code === "ECONNRESET") {
                                const socket = request.socket;
                                if (socket) {
                                    const socketInfo = this.knownSockets.get(socket);
                                    if (socketInfo) {
                                        const serverTimeoutMs = socketInfo.server_keep_alive_timeout_ms;
                                        if (serverTimeoutMs !== undefined) {
                                            if (this.params.keep_alive.idle_socket_ttl > serverTimeoutMs) {
                                                log_writer.warn({
                                                    message: `${op}: idle socket TTL is greater than server keep-alive timeout, try setting idle socket TTL to a value lower than the server keep-alive timeout to prevent unexpected connection resets, see https://github.com/ClickHouse/clickhouse-js/blob/main/docs/howto/keep_alive_timeout.md for more details.`,
                                                    args: {
                                                        operation: op,
                                                        connection_id: this.connectionId,
                                                        query_id,
                                                        request_id,
                                                        socket_id: socketInfo.id,
                                                        server_keep_alive_timeout_ms: serverTimeoutMs,
                                                        idle_socket_ttl: this.params.keep_alive.idle_socket_ttl,
                                                    },
                                                    module: "HTTP Adapter",
                                                });
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    const err = (0, index_1.enhanceStackTrace)(e, currentStackTrace);
                    reject(err);
                }
                else {
                    reject(e);
                }
            };
            let responseStream;
            const onResponse = async (_response) => {
                if (this.params.log_level <= index_1.ClickHouseLogLevel.DEBUG) {
                    const duration = Date.now() - start;
                    this.params.log_writer.debug({
                        module: "HTTP Adapter",
                        message: `${op}: got a response from ClickHouse`,
                        args: {
                            operation: op,
                            connection_id: this.connectionId,
                            query_id,
                            request_id,
                            request_method: params.method,
                            request_path: params.url.pathname,
                            response_status: _response.statusCode,
                            response_time_ms: duration,
                        },
                    });
                }
                if (this.params.keep_alive.enabled) {
                    const keepAliveHeader = _response.headers["keep-alive"];
                    if (keepAliveHeader) {
                        const [, timeout] = /timeout=(\d+)/i.exec(String(keepAliveHeader)) ?? [];
                        if (timeout) {
                            const socketInfo = this.knownSockets.get(_response.socket);
                            if (socketInfo) {
                                const timeoutMs = Number(timeout) * 1000;
                                socketInfo.server_keep_alive_timeout_ms = timeoutMs;
                                if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                                    this.params.log_writer.trace({
                                        module: "HTTP Adapter",
                                        message: `${op}: updated server sent socket keep-alive timeout`,
                                        args: {
                                            operation: op,
                                            connection_id: this.connectionId,
                                            query_id,
                                            request_id,
                                            socket_id: socketInfo.id,
                                            server_keep_alive_timeout_ms: timeoutMs,
                                        },
                                    });
                                }
                            }
                        }
                    }
                }
                const tryDecompressResponseStream = params.try_decompress_response_stream ?? true;
                const ignoreErrorResponse = params.ignore_error_response ?? false;
                // even if the stream decompression is disabled, we have to decompress it in case of an error
                const isFailedResponse = !(0, index_1.isSuccessfulResponse)(_response.statusCode) ||
                    _response.headers["x-clickhouse-exception-code"] !== undefined;
                if (tryDecompressResponseStream ||
                    (isFailedResponse && !ignoreErrorResponse)) {
                    const decompressionResult = (0, compression_1.decompressResponse)(_response, log_writer, log_level);
                    if ((0, compression_1.isDecompressionError)(decompressionResult)) {
                        const err = (0, index_1.enhanceStackTrace)(decompressionResult.error, currentStackTrace);
                        return reject(err);
                    }
                    responseStream = decompressionResult.response;
                }
                else {
                    responseStream = _response;
                }
                if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                    log_writer.trace({
                        message: `${op}: response stream created`,
                        args: {
                            operation: op,
                            connection_id: this.connectionId,
                            query_id,
                            request_id,
                            stream_state: {
                                readable: responseStream.readable,
                                readableEnded: responseStream.readableEnded,
                                readableLength: responseStream.readableLength,
                            },
                            is_failed_response: isFailedResponse,
                            will_decompress: tryDecompressResponseStream,
                        },
                    });
                }
                if (isFailedResponse && !ignoreErrorResponse) {
                    try {
                        const errorMessage = await (0, utils_1.getAsText)(responseStream);
                        const err = (0, index_1.enhanceStackTrace)((0, index_1.parseError)(errorMessage), currentStackTrace);
                        reject(err);
                    }
                    catch (e) {
                        // If the ClickHouse response is malformed
                        const err = (0, index_1.enhanceStackTrace)(e, currentStackTrace);
                        reject(err);
                    }
                }
                else {
                    return resolve({
                        stream: responseStream,
                        summary: params.parse_summary
                            ? this.parseSummary(op, _response)
                            : undefined,
                        response_headers: { ..._response.headers },
                        http_status_code: _response.statusCode ?? undefined,
                    });
                }
            };
            function onAbort() {
                // Prefer 'abort' event since it always triggered unlike 'error' and 'close'
                // see the full sequence of events https://nodejs.org/api/http.html#httprequesturl-options-callback
                removeRequestListeners();
                request.once("error", function () {
                    /**
                     * catch "Error: ECONNRESET" error which shouldn't be reported to users.
                     * see the full sequence of events https://nodejs.org/api/http.html#httprequesturl-options-callback
                     * */
                });
                const err = (0, index_1.enhanceStackTrace)(new Error("The user aborted a request."), currentStackTrace);
                reject(err);
            }
            function onClose() {
                // Adapter uses 'close' event to clean up listeners after the successful response.
                // It's necessary in order to handle 'abort' and 'timeout' events while response is streamed.
                // It's always the last event, according to https://nodejs.org/docs/latest-v14.x/api/http.html#http_http_request_url_options_callback
                removeRequestListeners();
            }
            function pipeStream() {
                // if request.end() was called due to no data to send
                if (request.writableEnded) {
                    return;
                }
                const bodyStream = (0, utils_1.isStream)(params.body)
                    ? params.body
                    : stream_1.default.Readable.from([params.body]);
                const callback = (e) => {
                    if (e) {
                        removeRequestListeners();
                        const err = (0, index_1.enhanceStackTrace)(e, currentStackTrace);
                        reject(err);
                    }
                };
                if (params.request_compression) {
                    const compressor = (0, compression_1.createRequestCompressor)(params.request_compression);
                    stream_1.default.pipeline(bodyStream, compressor, request, callback);
                }
                else {
                    stream_1.default.pipeline(bodyStream, request, callback);
                }
            }
            const onSocket = (socket) => {
                try {
                    if (this.params.keep_alive.enabled &&
                        this.params.keep_alive.idle_socket_ttl > 0) {
                        const socketInfo = this.knownSockets.get(socket);
                        // It is the first time we've encountered this socket,
                        // so it doesn't have the idle timeout handler attached to it
                        if (socketInfo === undefined) {
                            const socket_id = this.getNewSocketId();
                            if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                                log_writer.trace({
                                    message: `${op}: using a fresh socket, setting up a new 'free' listener`,
                                    args: {
                                        operation: op,
                                        connection_id: this.connectionId,
                                        query_id,
                                        request_id,
                                        socket_id,
                                    },
                                });
                            }
                            const newSocketInfo = {
                                id: socket_id,
                                idle_timeout_handle: undefined,
                                usage_count: 1,
                            };
                            this.knownSockets.set(socket, newSocketInfo);
                            // When the request is complete and the socket is released,
                            // make sure that the socket is removed after `idle_socket_ttl`.
                            socket.on("free", () => {
                                if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                                    log_writer.trace({
                                        message: `${op}: socket was released`,
                                        args: {
                                            operation: op,
                                            connection_id: this.connectionId,
                                            query_id,
                                            request_id,
                                            socket_id,
                                        },
                                    });
                                }
                                const freed_at_timestamp_ms = Date.now();
                                newSocketInfo.freed_at_timestamp_ms = freed_at_timestamp_ms;
                                // Avoiding the built-in socket.timeout() method usage here,
                                // as we don't want to clash with the actual request timeout.
                                const idleTimeoutHandle = setTimeout(() => {
                                    const freedAfter = Date.now() - freed_at_timestamp_ms;
                                    if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                                        log_writer.trace({
                                            message: `${op}: removing idle socket`,
                                            args: {
                                                operation: op,
                                                connection_id: this.connectionId,
                                                query_id,
                                                request_id,
                                                socket_id,
                                                idle_socket_ttl_ms: this.params.keep_alive.idle_socket_ttl,
                                                freed_after_ms: freedAfter,
                                            },
                                        });
                                    }
                                    this.knownSockets.delete(socket);
                                    socket.destroy();
                                }, this.params.keep_alive.idle_socket_ttl).unref();
                                newSocketInfo.idle_timeout_handle = idleTimeoutHandle;
                            });
                            const cleanup = (eventName) => () => {
                                const maybeSocketInfo = this.knownSockets.get(socket);
                                // clean up a possibly dangling idle timeout handle (preventing leaks)
                                if (maybeSocketInfo?.idle_timeout_handle) {
                                    clearTimeout(maybeSocketInfo.idle_timeout_handle);
                                }
                                if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                                    log_writer.trace({
                                        message: `${op}: received '${eventName}' event, 'free' listener removed`,
                                        args: {
                                            operation: op,
                                            connection_id: this.connectionId,
                                            query_id,
                                            request_id,
                                            socket_id,
                                            event: eventName,
                                        },
                                    });
                                }
                                if (log_level <= index_1.ClickHouseLogLevel.WARN) {
                                    if (responseStream && !responseStream.readableEnded) {
                                        log_writer.warn({
                                            message: `${op}: socket was closed or ended before the response was fully read. This can potentially result in an uncaught ECONNRESET error! Consider fully consuming, draining, or destroying the response stream.`,
                                            args: {
                                                operation: op,
                                                connection_id: this.connectionId,
                                                query_id,
                                                request_id,
                                                socket_id,
                                                event: eventName,
                                            },
                                        });
                                    }
                                }
                            };
                            socket.once("end", cleanup("end"));
                            socket.once("close", cleanup("close"));
                        }
                        else {
                            const freedAt = socketInfo.freed_at_timestamp_ms;
                            if (freedAt) {
                                // On a CPU throttled machine or when event loop is delayed,
                                // the socket can be idle for much longer than `idle_socket_ttl`
                                // as the timers don't fire exactly on time which can lead
                                // to a stale socket being reused.
                                const socketAge = Date.now() - freedAt;
                                const overdueBy = socketAge - this.params.keep_alive.idle_socket_ttl;
                                // Give some grace period to account for timer inaccuracy and minor
                                // event loop delays, but log if the socket is significantly overdue
                                if (overdueBy > 1000) {
                                    if (log_level <= index_1.ClickHouseLogLevel.WARN) {
                                        log_writer.warn({
                                            message: `${op}: reusing socket with TTL expired based on timestamp; this may indicate a starved Node.js process or delayed event loop; set keep_alive.eagerly_destroy_stale_sockets=true to mitigate, see more details at https://github.com/ClickHouse/clickhouse-js/blob/main/docs/howto/keep_alive_timeout.md`,
                                            args: {
                                                operation: op,
                                                connection_id: this.connectionId,
                                                query_id,
                                                socket_id: socketInfo.id,
                                                socket_age_ms: socketAge,
                                                idle_socket_ttl_ms: this.params.keep_alive.idle_socket_ttl,
                                            },
                                        });
                                    }
                                }
                            }
                            clearTimeout(socketInfo.idle_timeout_handle);
                            socketInfo.idle_timeout_handle = undefined;
                            if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                                log_writer.trace({
                                    message: `${op}: reusing socket`,
                                    args: {
                                        operation: op,
                                        connection_id: this.connectionId,
                                        query_id,
                                        request_id,
                                        socket_id: socketInfo.id,
                                        usage_count: socketInfo.usage_count,
                                    },
                                });
                            }
                            socketInfo.usage_count++;
                        }
                    }
                }
                catch (e) {
                    if (log_level <= index_1.ClickHouseLogLevel.ERROR) {
                        log_writer.error({
                            message: `${op}: an error occurred while housekeeping the idle sockets`,
                            err: e,
                            args: {
                                operation: op,
                                connection_id: this.connectionId,
                                query_id,
                                request_id,
                            },
                        });
                    }
                }
                // Socket is "prepared" with idle handlers, continue with our request
                pipeStream();
                // This is for request timeout only. Surprisingly, it is not always enough to set in the HTTP request.
                // The socket won't be destroyed, and it will be returned to the pool.
                if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                    const socketInfo = this.knownSockets.get(socket);
                    if (socketInfo) {
                        log_writer.trace({
                            message: `${op}: setting up request timeout`,
                            args: {
                                operation: op,
                                connection_id: this.connectionId,
                                query_id,
                                request_id,
                                socket_id: socketInfo.id,
                                timeout_ms: requestTimeout,
                            },
                        });
                    }
                    else {
                        log_writer.trace({
                            message: `${op}: setting up request timeout on a socket`,
                            args: {
                                operation: op,
                                connection_id: this.connectionId,
                                query_id,
                                request_id,
                                timeout_ms: requestTimeout,
                            },
                        });
                    }
                }
                socket.setTimeout(this.params.request_timeout, onTimeout);
            };
            const onTimeout = () => {
                removeRequestListeners();
                if (log_level <= index_1.ClickHouseLogLevel.TRACE) {
                    const socket = request.socket;
                    const maybeSocketInfo = socket
                        ? this.knownSockets.get(socket)
                        : undefined;
                    const socketState = request.socket
                        ? {
                            connecting: request.socket.connecting,
                            pending: request.socket.pending,
                            destroyed: request.socket.destroyed,
                            readyState: request.socket.readyState,
                        }
                        : undefined;
                    const responseStreamState = responseStream
                        ? {
                            readable: responseStream.readable,
                            readableEnded: responseStream.readableEnded,
                            readableLength: responseStream.readableLength,
                        }
                        : undefined;
                    log_writer.trace({
                        message: `${op}: timeout occurred`,
                        args: {
                            operation: op,
                            connection_id: this.connectionId,
                            query_id,
                            request_id,
                            socket_id: maybeSocketInfo?.id,
                            timeout_ms: requestTimeout,
                            socket_state: socketState,
                            response_stream_state: responseStreamState,
                            has_response_stream: responseStream !== undefined,
                        },
                    });
                }
                const err = (0, index_1.enhanceStackTrace)(new Error("Timeout error."), currentStackTrace);
                try {
                    request.destroy();
                }
                catch (e) {
                    if (log_level <= index_1.ClickHouseLogLevel.ERROR) {
                        log_writer.error({
                            message: `${op}: An error occurred while destroying the request`,
                            err: e,
                            args: {
                                operation: op,
                                connection_id: this.connectionId,
                                query_id,
                                request_id,
                            },
                        });
                    }
                }
                reject(err);
            };
            function removeRequestListeners() {
                if (request.socket) {
                    request.socket.setTimeout(0); // reset previously set timeout
                    request.socket.removeListener("timeout", onTimeout);
                }
                request.removeListener("socket", onSocket);
                request.removeListener("response", onResponse);
                request.removeListener("error", onError);
                request.removeListener("close", onClose);
                if (params.abort_signal) {
                    request.removeListener("abort", onAbort);
                }
            }
            request.on("socket", onSocket);
            request.on("response", onResponse);
            request.on("error", onError);
            request.on("close", onClose);
            if (params.abort_signal) {
                params.abort_signal.addEventListener("abort", onAbort, {
                    once: true,
                });
            }
            if (!params.body) {
                try {
                    return request.end();
                }
                catch (e) {
                    if (log_level <= index_1.ClickHouseLogLevel.ERROR) {
                        log_writer.error({
                            message: `${op}: an error occurred while ending the request without body`,
                            err: e,
                            args: {
                                operation: op,
                                connection_id: this.connectionId,
                                query_id,
                                request_id,
                            },
                        });
                    }
                }
            }
        });
    }
    parseSummary(op, response) {
        const summaryHeader = response.headers["x-clickhouse-summary"];
        if (typeof summaryHeader === "string") {
            try {
                return this.jsonHandling.parse(summaryHeader);
            }
            catch (err) {
                if (this.params.log_level <= index_1.ClickHouseLogLevel.ERROR) {
                    this.params.log_writer.error({
                        message: `${op}: failed to parse X-ClickHouse-Summary header.`,
                        args: {
                            operation: op,
                            connection_id: this.connectionId,
                            "X-ClickHouse-Summary": summaryHeader,
                        },
                        err: err,
                    });
                }
            }
        }
    }
}
exports.SocketPool = SocketPool;
//# sourceMappingURL=socket_pool.js.map

/***/ }),

/***/ 6394:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.drainStream = drainStream;
exports.drainStreamInternal = drainStreamInternal;
const index_1 = __nccwpck_require__(1349);
/** Drains the response stream, as calling `destroy` on a {@link Stream.Readable} response stream
 *  will result in closing the underlying socket, and negate the KeepAlive feature benefits.
 *  See https://github.com/ClickHouse/clickhouse-js/pull/203
 *  @deprecated This method is not intended to be used outside of the client implementation anymore. Use `client.command()` instead, which will handle draining the stream internally when needed.
 * */
async function drainStream(stream) {
    return new Promise((resolve, reject) => {
        // If the stream has already emitted an error, we can reject the promise immediately.
        if (stream.errored) {
            // the stream is already errored, no need to attach listeners
            reject(stream.errored);
            return;
        }
        // Avoid a race condition where the stream has already sent the 'end' event before we attach the listener.
        // In this case, we can resolve the promise immediately without attaching any listeners.
        if (stream.readableEnded) {
            // the stream is already ended, no need to attach listeners
            resolve();
            return;
        }
        // If the stream is already closed, we can resolve the promise immediately as well.
        if (stream.closed) {
            // the stream is already closed, no need to attach listeners
            resolve();
            return;
        }
        function dropData() {
            // used only for the methods without expected response; we don't care about the data here
        }
        function onEnd() {
            removeListeners();
            resolve();
        }
        function onError(err) {
            removeListeners();
            reject(err);
        }
        function onClose() {
            removeListeners();
            // The `end` event might not be emitted if the server closes the connection.
            // Making sure to resolve the promise in this case as well.
            resolve();
        }
        function removeListeners() {
            stream.removeListener("data", dropData);
            stream.removeListener("end", onEnd);
            stream.removeListener("error", onError);
            stream.removeListener("close", onClose);
        }
        stream.on("data", dropData);
        stream.on("end", onEnd);
        stream.on("error", onError);
        stream.on("close", onClose);
    });
}
/** Drains the response stream, as calling `destroy` on a {@link Stream.Readable} response stream
 *  will result in closing the underlying socket, and negate the KeepAlive feature benefits.
 * Also, provides additional internal logging for debugging stream issues. Not intended to be used outside of the client implementation.
 *  See https://github.com/ClickHouse/clickhouse-js/pull/203 */
async function drainStreamInternal(ctx, stream) {
    return new Promise((resolve, reject) => {
        const startTime = Date.now();
        let bytesReceived = 0;
        let chunkCount = 0;
        if (ctx.log_level <= index_1.ClickHouseLogLevel.TRACE) {
            ctx.log_writer.trace({
                message: `${ctx.op}: starting stream drain`,
                args: {
                    query_id: ctx.query_id,
                    stream_state: {
                        readable: stream.readable,
                        readableEnded: stream.readableEnded,
                        readableLength: stream.readableLength,
                    },
                },
            });
        }
        // If the stream has already emitted an error, we can reject the promise immediately.
        if (stream.errored) {
            if (ctx.log_level <= index_1.ClickHouseLogLevel.TRACE) {
                ctx.log_writer.trace({
                    message: `${ctx.op}: stream already errored before drain`,
                    args: {
                        query_id: ctx.query_id,
                        chunk_number: chunkCount,
                        total_bytes_received: bytesReceived,
                    },
                });
            }
            // the stream is already errored, no need to attach listeners
            reject(stream.errored);
            return;
        }
        // Avoid a race condition where the stream has already sent the 'end' event before we attach the listener.
        // In this case, we can resolve the promise immediately without attaching any listeners.
        if (stream.readableEnded) {
            if (ctx.log_level <= index_1.ClickHouseLogLevel.TRACE) {
                ctx.log_writer.trace({
                    message: `${ctx.op}: stream already ended before drain`,
                    args: {
                        query_id: ctx.query_id,
                        chunk_number: chunkCount,
                        total_bytes_received: bytesReceived,
                    },
                });
            }
            // the stream is already ended, no need to attach listeners
            resolve();
            return;
        }
        // If the stream is already closed, we can resolve the promise immediately as well.
        if (stream.closed) {
            if (ctx.log_level <= index_1.ClickHouseLogLevel.TRACE) {
                ctx.log_writer.trace({
                    message: `${ctx.op}: stream already closed before drain`,
                    args: {
                        query_id: ctx.query_id,
                        chunk_number: chunkCount,
                        total_bytes_received: bytesReceived,
                    },
                });
            }
            // the stream is already closed, no need to attach listeners
            resolve();
            return;
        }
        function dropData(chunk) {
            // used only for the methods without expected response; we don't care about the data here
            if (ctx.log_level <= index_1.ClickHouseLogLevel.TRACE) {
                chunkCount++;
                const chunk_size = Buffer.byteLength(chunk);
                bytesReceived += chunk_size;
                ctx.log_writer.trace({
                    message: `${ctx.op}: received data chunk during drain`,
                    args: {
                        query_id: ctx.query_id,
                        chunk_number: chunkCount,
                        chunk_size,
                        total_bytes_received: bytesReceived,
                    },
                });
            }
        }
        function onEnd() {
            removeListeners();
            if (ctx.log_level <= index_1.ClickHouseLogLevel.TRACE) {
                const duration = Date.now() - startTime;
                ctx.log_writer.trace({
                    message: `${ctx.op}: stream drain completed (end event)`,
                    args: {
                        query_id: ctx.query_id,
                        duration_ms: duration,
                        total_bytes_received: bytesReceived,
                        total_chunks: chunkCount,
                    },
                });
            }
            resolve();
        }
        function onError(err) {
            removeListeners();
            if (ctx.log_level <= index_1.ClickHouseLogLevel.TRACE) {
                const duration = Date.now() - startTime;
                ctx.log_writer.trace({
                    message: `${ctx.op}: stream drain failed (error event)`,
                    args: {
                        query_id: ctx.query_id,
                        duration_ms: duration,
                        total_bytes_received: bytesReceived,
                        total_chunks: chunkCount,
                        error: err.message,
                    },
                });
            }
            reject(err);
        }
        function onClose() {
            removeListeners();
            if (ctx.log_level <= index_1.ClickHouseLogLevel.TRACE) {
                const duration = Date.now() - startTime;
                ctx.log_writer.trace({
                    message: `${ctx.op}: stream closed during drain (close event)`,
                    args: {
                        query_id: ctx.query_id,
                        duration_ms: duration,
                        total_bytes_received: bytesReceived,
                        total_chunks: chunkCount,
                    },
                });
            }
            // The `end` event might not be emitted if the server closes the connection.
            // Making sure to resolve the promise in this case as well.
            resolve();
        }
        function removeListeners() {
            stream.removeListener("data", dropData);
            stream.removeListener("end", onEnd);
            stream.removeListener("error", onError);
            stream.removeListener("close", onClose);
        }
        stream.on("data", dropData);
        stream.on("end", onEnd);
        stream.on("error", onError);
        stream.on("close", onClose);
    });
}
//# sourceMappingURL=stream.js.map

/***/ }),

/***/ 5671:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.P1 = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.UU = __webpack_unused_export__ = void 0;
var client_1 = __nccwpck_require__(1504);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.NodeClickHouseClient; } });
var client_2 = __nccwpck_require__(1504);
Object.defineProperty(exports, "UU", ({ enumerable: true, get: function () { return client_2.createClient; } }));
var result_set_1 = __nccwpck_require__(5657);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return result_set_1.ResultSet; } });
var stream_1 = __nccwpck_require__(6394);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return stream_1.drainStream; } });
/**
 * Re-export common (formerly @clickhouse/client-common) runtime values.
 *
 * These are intentionally re-exported through local bindings (rather than a direct
 * `export { ... } from './common/index'`) so that the `@deprecated` JSDoc tags
 * applied to them in `./common/index` are NOT propagated to consumers of this package.
 * Importing these values from `@clickhouse/client` is the recommended, non-deprecated path.
 */
const index_1 = __nccwpck_require__(1349);
__webpack_unused_export__ = index_1.ClickHouseError;
__webpack_unused_export__ = index_1.parseError;
exports.P1 = index_1.ClickHouseLogLevel;
__webpack_unused_export__ = index_1.SettingsMap;
__webpack_unused_export__ = index_1.SupportedJSONFormats;
__webpack_unused_export__ = index_1.SupportedRawFormats;
__webpack_unused_export__ = index_1.StreamableFormats;
__webpack_unused_export__ = index_1.StreamableJSONFormats;
__webpack_unused_export__ = index_1.SingleDocumentJSONFormats;
__webpack_unused_export__ = index_1.RecordsJSONFormats;
/** @deprecated Superseded by the `@clickhouse/datatype-parser` package (`parseDataType` + its `Node` AST); slated for removal in a future major version. */
__webpack_unused_export__ = index_1.parseColumnType;
/** @deprecated Superseded by the `@clickhouse/datatype-parser` package (`parseDataType` + its `Node` AST); slated for removal in a future major version. */
__webpack_unused_export__ = index_1.SimpleColumnTypes;
__webpack_unused_export__ = index_1.isProgressRow;
__webpack_unused_export__ = index_1.isRow;
__webpack_unused_export__ = index_1.isException;
__webpack_unused_export__ = index_1.TupleParam;
__webpack_unused_export__ = index_1.ClickHouseSpanNames;
__webpack_unused_export__ = index_1.ClickHouseSpanStatusCode;
__webpack_unused_export__ = index_1.ClickHouseSpanKind;
__webpack_unused_export__ = index_1.defaultJSONHandling;
__webpack_unused_export__ = index_1.EXCEPTION_TAG_HEADER_NAME;
__webpack_unused_export__ = index_1.extractErrorAtTheEndOfChunk;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5657:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResultSet = void 0;
const index_1 = __nccwpck_require__(1349);
const index_2 = __nccwpck_require__(1349);
const buffer_1 = __nccwpck_require__(181);
const stream_1 = __importStar(__nccwpck_require__(2203));
const utils_1 = __nccwpck_require__(4977);
const NEWLINE = 0x0a;
class ResultSet {
    response_headers = {};
    exceptionTag = undefined;
    log_error;
    jsonHandling;
    _consumed = false;
    /**
     * The stream of the response body.
     *
     * It is expected that the stream is passed directly from the response of the HTTP request
     * and has not been consumed or altered yet.
     */
    _stream;
    format;
    /** The `clickhouse.query.stream` span owned by this result set (if the
     *  client was configured with a tracer); it ends via {@link finishSpan}
     *  when the response stream is fully consumed, closed, or fails. */
    span;
    /** Decoded (decompressed) bytes received from the server so far. */
    span_bytes = 0;
    /** Rows decoded from the response stream so far. */
    span_rows = 0;
    span_rows_counted = false;
    span_finished = false;
    query_id;
    constructor(_stream, format, query_id, log_error, _response_headers, jsonHandling, span) {
        this._stream = _stream;
        this.format = format;
        this.query_id = query_id;
        this.span = span;
        this.jsonHandling = {
            ...index_1.defaultJSONHandling,
            ...jsonHandling,
        };
        // eslint-disable-next-line no-console
        this.log_error = log_error ?? ((err) => console.error(err));
        if (_response_headers !== undefined) {
            this.response_headers = Object.freeze(_response_headers);
            this.exceptionTag = _response_headers[index_1.EXCEPTION_TAG_HEADER_NAME];
        }
    }
    consume() {
        if (this._consumed) {
            throw new Error(streamAlreadyConsumedMessage);
        }
        this._consumed = true;
        return this._stream;
    }
    /** Add the number of rows decoded from the response stream. */
    addSpanRows(count) {
        this.span_rows_counted = true;
        this.span_rows += count;
    }
    /** Record the final response metrics (`clickhouse.response.decoded_bytes`
     *  and, when rows were counted, `db.response.returned_rows`) and the error
     *  (if any) on the span, and end it. Safe to call multiple times - only
     *  the first call wins. */
    finishSpan(err) {
        if (!this.span || this.span_finished) {
            return;
        }
        this.span_finished = true;
        const attributes = {
            "clickhouse.response.decoded_bytes": this.span_bytes,
        };
        if (this.span_rows_counted) {
            attributes["db.response.returned_rows"] = this.span_rows;
        }
        this.span.setAttributes(attributes);
        if (err) {
            (0, index_1.recordSpanError)(this.span, err);
        }
        this.span.end();
    }
    /** See {@link BaseResultSet.text}. */
    async text() {
        const stream = this.consume();
        try {
            const text = await (0, utils_1.getAsText)(stream);
            this.span_bytes += buffer_1.Buffer.byteLength(text);
            this.finishSpan();
            return text;
        }
        catch (err) {
            this.finishSpan(err);
            throw err;
        }
    }
    /** See {@link BaseResultSet.json}. */
    async json() {
        // JSONEachRow, etc.
        if ((0, index_2.isStreamableJSONFamily)(this.format)) {
            const result = [];
            // Using the stream() instead of _stream directly to leverage the existing logic
            // for handling incomplete chunks and exception tags.
            // The span progress is updated and the span is finished by the stream() pipeline.
            // TODO: consider using stream() for all formats to unify the logic and error handling.
            const stream = this.stream();
            for await (const rows of stream) {
                for (const row of rows) {
                    result.push(row.json());
                }
            }
            return result;
        }
        // JSON, JSONObjectEachRow, etc.
        if ((0, index_2.isNotStreamableJSONFamily)(this.format)) {
            const stream = this.consume();
            try {
                const text = await (0, utils_1.getAsText)(stream);
                this.span_bytes += buffer_1.Buffer.byteLength(text);
                this.finishSpan();
                return this.jsonHandling.parse(text);
            }
            catch (err) {
                this.finishSpan(err);
                throw err;
            }
        }
        // should not be called for CSV, etc.
        throw new Error(`Cannot decode ${this.format} as JSON`);
    }
    /** See {@link BaseResultSet.stream}. */
    stream() {
        (0, index_2.validateStreamFormat)(this.format);
        const incompleteChunks = [];
        const logError = this.log_error;
        const exceptionTag = this.exceptionTag;
        const jsonHandling = this.jsonHandling;
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const resultSet = this;
        const toRows = new stream_1.Transform({
            transform(chunk, _encoding, callback) {
                resultSet.span_bytes += chunk.length;
                const rows = [];
                let lastIdx = 0;
                let currentChunkPart;
                while (true) {
                    // an unescaped newline character denotes the end of a row,
                    // or at least the beginning of the exception marker
                    const idx = chunk.indexOf(NEWLINE, lastIdx);
                    if (idx === -1) {
                        incompleteChunks.push(chunk.subarray(lastIdx));
                        if (rows.length > 0) {
                            resultSet.addSpanRows(rows.length);
                            this.push(rows);
                        }
                        break;
                    }
                    else {
                        // Check for exception in the chunk (only after 25.11)
                        if (exceptionTag !== undefined &&
                            idx >= 1 &&
                            chunk[idx - 1] === index_1.CARET_RETURN) {
                            return callback((0, index_1.extractErrorAtTheEndOfChunk)(chunk, exceptionTag));
                        }
                        if (incompleteChunks.length > 0) {
                            incompleteChunks.push(chunk.subarray(lastIdx, idx));
                            currentChunkPart = buffer_1.Buffer.concat(incompleteChunks);
                            // Removing used buffers and reusing the already allocated memory
                            // by setting length to 0
                            incompleteChunks.length = 0;
                        }
                        else {
                            currentChunkPart = chunk.subarray(lastIdx, idx);
                        }
                        const text = currentChunkPart.toString();
                        rows.push({
                            text,
                            json() {
                                return jsonHandling.parse(text);
                            },
                        });
                        lastIdx = idx + 1; // skipping newline character
                    }
                }
                callback();
            },
            autoDestroy: true,
            objectMode: true,
        });
        const pipeline = stream_1.default.pipeline(this.consume(), toRows, function pipelineCb(err) {
            if (err &&
                err.name !== "AbortError" &&
                err.message !== resultSetClosedMessage) {
                logError(err);
                resultSet.finishSpan(err);
            }
            else {
                resultSet.finishSpan();
            }
        });
        return pipeline;
    }
    /** See {@link BaseResultSet.close}. */
    close() {
        // NB: _consumed is intentionally NOT set here. The stream is destroyed
        // (not read to completion), so marking it as "consumed" would produce the
        // misleading "Stream has been already consumed" error on any subsequent
        // call. Downstream code will instead receive a "ResultSet has been closed"
        // error from the destroyed stream, which accurately describes what happened.
        this._stream.destroy(new Error(resultSetClosedMessage));
        this.finishSpan();
    }
    /**
     * Closes the `ResultSet`.
     *
     * Automatically called when using `using` statement in supported environments.
     * @see {@link ResultSet.close}
     * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/using
     */
    [Symbol.dispose]() {
        this.close();
    }
    static instance({ stream, format, query_id, log_error, response_headers, jsonHandling, span, }) {
        return new ResultSet(stream, format, query_id, log_error, response_headers, jsonHandling, span);
    }
}
exports.ResultSet = ResultSet;
const streamAlreadyConsumedMessage = "Stream has been already consumed";
const resultSetClosedMessage = "ResultSet has been closed";
//# sourceMappingURL=result_set.js.map

/***/ }),

/***/ 7881:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeValuesEncoder = void 0;
const index_1 = __nccwpck_require__(1349);
const stream_1 = __importDefault(__nccwpck_require__(2203));
const stream_2 = __nccwpck_require__(9253);
class NodeValuesEncoder {
    json;
    constructor(customJSONConfig) {
        this.json = customJSONConfig;
    }
    encodeValues(values, format) {
        if ((0, stream_2.isStream)(values)) {
            // TSV/CSV/CustomSeparated formats don't require additional serialization
            if (!values.readableObjectMode) {
                return values;
            }
            // JSON* formats streams
            return stream_1.default.pipeline(values, (0, stream_2.mapStream)((value) => (0, index_1.encodeJSON)(value, format, this.json.stringify)), pipelineCb);
        }
        // JSON* arrays
        if (Array.isArray(values)) {
            return values
                .map((value) => (0, index_1.encodeJSON)(value, format, this.json.stringify))
                .join("");
        }
        // JSON & JSONObjectEachRow format input
        if (typeof values === "object") {
            return (0, index_1.encodeJSON)(values, format, this.json.stringify);
        }
        throw new Error(`Cannot encode values of type ${typeof values} with ${format} format`);
    }
    validateInsertValues(values, format) {
        if (!Array.isArray(values) &&
            !(0, stream_2.isStream)(values) &&
            typeof values !== "object") {
            throw new Error('Insert expected "values" to be an array, a stream of values or a JSON object, ' +
                `got: ${typeof values}`);
        }
        if ((0, stream_2.isStream)(values)) {
            if ((0, index_1.isSupportedRawFormat)(format)) {
                if (values.readableObjectMode) {
                    throw new Error(`Insert for ${format} expected Readable Stream with disabled object mode.`);
                }
            }
            else if (!values.readableObjectMode) {
                throw new Error(`Insert for ${format} expected Readable Stream with enabled object mode.`);
            }
        }
    }
}
exports.NodeValuesEncoder = NodeValuesEncoder;
function pipelineCb(err) {
    if (err) {
        // FIXME: use logger instead
        // eslint-disable-next-line no-console
        console.error(err);
    }
}
//# sourceMappingURL=encoder.js.map

/***/ }),

/***/ 4977:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(9253), exports);
__exportStar(__nccwpck_require__(7881), exports);
__exportStar(__nccwpck_require__(9236), exports);
__exportStar(__nccwpck_require__(5960), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9236:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getProcessVersion = getProcessVersion;
// for easy mocking in the tests
function getProcessVersion() {
    return process.version;
}
//# sourceMappingURL=process.js.map

/***/ }),

/***/ 3469:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Runtime = void 0;
const os = __importStar(__nccwpck_require__(8161));
const version_1 = __importDefault(__nccwpck_require__(8679));
/** Indirect export of package version and node version for easier mocking since Node.js 22.18 */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class Runtime {
    static package = version_1.default;
    static node = process.version;
    static os = os.platform();
}
exports.Runtime = Runtime;
//# sourceMappingURL=runtime.js.map

/***/ }),

/***/ 9253:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isStream = isStream;
exports.getAsText = getAsText;
exports.mapStream = mapStream;
const stream_1 = __importDefault(__nccwpck_require__(2203));
const buffer_1 = __nccwpck_require__(181);
const { MAX_STRING_LENGTH } = buffer_1.constants;
function isStream(obj) {
    return (typeof obj === "object" &&
        obj !== null &&
        "pipe" in obj &&
        typeof obj.pipe === "function" &&
        "on" in obj &&
        typeof obj.on === "function");
}
async function getAsText(stream) {
    try {
        let text = "";
        const textDecoder = new TextDecoder();
        for await (const chunk of stream) {
            text += textDecoder.decode(chunk, { stream: true });
        }
        // flush unfinished multi-byte characters
        text += textDecoder.decode();
        return text;
    }
    catch (err) {
        // V8 (Node.js) throws a RangeError with "Invalid string length" once a
        // string grows past MAX_STRING_LENGTH; JavaScriptCore (Bun) throws a
        // RangeError with "Out of memory" in the same situation.
        if (err instanceof RangeError &&
            (err.message.includes("Invalid string length") ||
                err.message.includes("Out of memory"))) {
            throw new Error(`The response length exceeds the maximum allowed size of a string: ${MAX_STRING_LENGTH} characters.`, { cause: err });
        }
        throw err;
    }
}
function mapStream(mapper) {
    return new stream_1.default.Transform({
        objectMode: true,
        transform(chunk, encoding, callback) {
            callback(null, mapper(chunk));
        },
    });
}
//# sourceMappingURL=stream.js.map

/***/ }),

/***/ 5960:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getUserAgent = getUserAgent;
const runtime_1 = __nccwpck_require__(3469);
/**
 * Generate a user agent string like
 * ```
 * clickhouse-js/0.0.11 (lv:nodejs/19.0.4; os:linux)
 * ```
 * or
 * ```
 * MyApplicationName clickhouse-js/0.0.11 (lv:nodejs/19.0.4; os:linux)
 * ```
 */
function getUserAgent(application_id) {
    const defaultUserAgent = `clickhouse-js/${runtime_1.Runtime.package} (lv:nodejs/${runtime_1.Runtime.node}; os:${runtime_1.Runtime.os})`;
    return application_id
        ? `${application_id} ${defaultUserAgent}`
        : defaultUserAgent;
}
//# sourceMappingURL=user_agent.js.map

/***/ }),

/***/ 8679:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = "1.23.1";
//# sourceMappingURL=version.js.map

/***/ }),

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3205);

const argv = process.argv.slice(2);
const fatal = (error) => process.exit((0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFatal */ .pn)(argv, error));
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(argv);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3205:
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
 * GITHUB_SHA when a promotion checks out the commit staging applied. Asked of git when a run
 * starts, not while reading inputs.
 */
function checkedOutCommit(cwd) {
    try {
        return (0,external_node_child_process_namespaceObject.execFileSync)('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).toString().trim() || null;
    }
    catch {
        return null;
    }
}
/** Who is running, as every journal row records it. */
function resolveRunContext(run, cwd) {
    return {
        actor: run.actor,
        runUrl: run.runUrl,
        commitSha: checkedOutCommit(cwd) ?? run.eventSha,
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
        "description": "Token for the sticky pull-request comment in plan mode; needs only pull-requests write. Without the permission the comment is skipped with a warning."
    },
    "comment": {
        "default": "true",
        "description": "In plan mode on a pull request, create or update one comment per environment and migrations folder."
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
const ACTION_ONLY = ['github-token', 'comment'];
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
            result = result.split(secret).join('***');
        return result.replace(USERINFO, '://$1:***@');
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
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
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters not shown)`;
}
/** The database's own error text, whatever shape the driver gave it, cut to a bounded length. */
function databaseMessage(error) {
    const text = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
    return bounded(text, MAX_MESSAGE_CHARS);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
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
            const [{ loadPostgresParser }, { analyzePostgresMigration }] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1956)), __nccwpck_require__.e(/* import() */ 513).then(__nccwpck_require__.bind(__nccwpck_require__, 2513))]);
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
    const refuse = () => Promise.reject(new SchemagateError('config', `${location} does not exist, and a read-only run does not create it.`, { hint: 'Run mode `apply` to create it.' }));
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
                throw configError(`\`adopt: ${candidate.tool.tool}\`: ${locationName(candidate.at)} exists but ${why}.`, {
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
            throw configError(`This database holds the journals of ${unique.map((d) => `${d.tool.tool} (${locationName(d.at)})`).join(' and ')}; \`adopt: auto\` will not choose between them.`, {
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/sources/checksum.ts


/**
 * sha256 as lower-case hex. Migration checksums hash the file's exact bytes; a string is hashed
 * as UTF-8, which is how drizzle-orm hashes `readFileSync(f).toString()`, so for a (valid UTF-8)
 * drizzle file our checksum and drizzle's `__drizzle_migrations.hash` are the same value.
 */
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** The first 12 hex digits: enough to tell checksums apart in a message or a table. */
const shortChecksum = (checksum) => checksum.slice(0, 12);
/** Every algorithm's checksum of one file's bytes (see ChecksumAlgorithm). */
function checksumsOf(bytes) {
    const lf = Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    return { sha256: sha256Hex(bytes), 'sha256-lf': sha256Hex(lf) };
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
        throw configError(`The ClickHouse URL's ${what} is not valid percent-encoding.`);
    }
}
function parseClickHouseUrl(url, cwd = process.cwd()) {
    if (url.protocol === 'chdb:') {
        const raw = decode(url.host + url.pathname, 'path');
        if (raw === '' || raw === '/') {
            throw configError('A chdb:// URL needs a data directory: chdb:///absolute/dir or chdb://./relative/dir.');
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
        throw configError(`Not a ClickHouse URL scheme: ${url.protocol}`);
    }
    if (!url.hostname)
        throw configError('The ClickHouse URL has no host.');
    const segments = url.pathname.split('/').filter(Boolean);
    if (segments.length > 1) {
        throw configError(`The ClickHouse URL path must be just the database name, got "${url.pathname}".`);
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
    throw new SchemagateError('config', `${purpose} needs the npm package ${name}, which is not installed.`, {
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

;// CONCATENATED MODULE: ./src/engines/engine.ts
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
    constructor(message, position, options, 
    /** The statement refuses to run inside a transaction (Postgres `CREATE INDEX CONCURRENTLY`...). */
    needsNoTransaction = false) {
        super(message, options);
        this.position = position;
        this.needsNoTransaction = needsNoTransaction;
        this.name = 'DatabaseError';
        if (options?.hint)
            this.hint = options.hint;
    }
}

;// CONCATENATED MODULE: ./src/engines/clickhouse/errors.ts


/**
 * An error raised by the ClickHouse server (or chDB's embedded engine), with its numeric code
 * and code name. The message is ClickHouse's own text, minus the stack trace and version suffix
 * that would clutter an annotation: `Code: 60. DB::Exception: Unknown table ... (UNKNOWN_TABLE)`.
 */
class ClickHouseError extends DatabaseError {
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
    if (error instanceof SchemagateError)
        return error;
    const kind = classifyFailure(error);
    if (kind === 'server')
        return error;
    const message = messageOf(error);
    if (kind === 'auth') {
        return new SchemagateError('connection', `ClickHouse at ${target} refused the credentials: ${message}`, {
            hint: 'Check the user and password in the database URL secret.',
            cause: error,
        });
    }
    if (kind === 'interrupted' && mayHaveRun) {
        return new SchemagateError('connection', `Lost the connection to ClickHouse at ${target} while a statement was running (${message}); the statement may or may not have completed on the server.`, {
            hint: 'Check the server, then re-run: the journal shows which statements completed; verify the interrupted one by hand before resuming.',
            cause: error,
        });
    }
    return new SchemagateError('connection', `Cannot reach ClickHouse at ${target}: ${message}`, {
        hint: 'Check that the server is up and reachable from the runner, and the host, port and scheme of the database URL.',
        cause: error,
    });
}

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
        throw error instanceof Error ? error : new Error(databaseMessage(error), { cause: error });
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
            policy.log?.(`${policy.what(attemptNumber)} failed (${databaseMessage(error)}); retrying in ${delay / 1000}s (retry ${attemptNumber} of ${policy.retries}).`);
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
        if (error instanceof SchemagateError)
            throw error;
        throw new SchemagateError('connection', `Could not connect to the database: ${databaseMessage(error)}`, {
            hint: 'Check that the server is reachable from the runner and that the URL secret (host, port, user, password, database) is right.',
            cause: error,
        });
    }
}

;// CONCATENATED MODULE: ./src/engines/clickhouse/client.ts


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
    const retryable = kind === 'statement' ? retryableBeforeSend : retryableIdempotent;
    try {
        return await retryWithBackoff(run, {
            retries: settings.retries,
            ...(settings.retryBaseMs !== undefined ? { retryBaseMs: settings.retryBaseMs } : {}),
            shouldRetry: retryable,
            what: () => `Request to ClickHouse at ${target}`,
            ...(settings.log ? { log: settings.log } : {}),
        });
    }
    catch (error) {
        throw toReportedError(error, target, kind === 'statement');
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

;// CONCATENATED MODULE: ./src/engines/clickhouse/chdb-client.ts





const sessions = new Map();
function openSession(target) {
    const cached = sessions.get(target.path);
    if (cached)
        return cached;
    const other = [...sessions.keys()][0];
    if (other !== undefined) {
        throw configError(`chDB can open one data directory per process; ${other} is open, so ${target.path} cannot be.`, {
            hint: 'Use the same chdb:// directory for every target of one run, or run them as separate steps.',
        });
    }
    const chdb = loadOptionalModule('chdb', 'A chdb:// database URL (ClickHouse embedded)');
    let session;
    try {
        session = new chdb.Session(target.path);
    }
    catch (error) {
        if (/Failed to create connection/i.test(messageOf(error))) {
            // chDB opens a directory from one process at a time: another run holds it, as a lock would.
            throw new SchemagateError('lock-timeout', `chDB directory ${target.path} is open in another process (another schemagate run, or a program using it).`, {
                hint: 'chDB lets one process open a data directory at a time: wait for that run to finish and run again; give runs on one directory a workflow `concurrency` group so they queue.',
                cause: error,
            });
        }
        throw configError(`chDB could not open ${target.path}: ${messageOf(error)}`, {
            hint: 'chDB allows one data directory per process, and one process per directory.',
            cause: error,
        });
    }
    const shared = { session, queue: new SerialQueue(), currentDatabase: 'default', users: 0 };
    sessions.set(target.path, shared);
    return shared;
}
function toClientError(error) {
    if (error instanceof SchemagateError || error instanceof ClickHouseError)
        return error;
    return parseServerError(messageOf(error)) ?? asError(error);
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
    const shared = openSession(target);
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
                for (const [name, value] of Object.entries(serverSettings(settings))) {
                    if (name !== 'wait_end_of_query')
                        await shared.session.queryAsync(`SET ${name} = ${value}`);
                }
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

// EXTERNAL MODULE: ./node_modules/@clickhouse/client/dist/index.js
var dist = __nccwpck_require__(5671);
;// CONCATENATED MODULE: ./src/engines/clickhouse/http-client.ts




/** Default request timeout when no statement timeout is set: longer than any GitHub job. */
const NO_TIMEOUT_MS = 6 * 60 * 60 * 1000;
/** @clickhouse/client's server errors (and anything else) as our ClickHouseError where they are one. */
function normalize(error) {
    const { code, type } = (error ?? {});
    if (typeof type === 'string' && typeof code === 'string' && /^\d+$/.test(code)) {
        const message = messageOf(error).trim().replace(/\.$/, '');
        return new ClickHouseError(`Code: ${code}. DB::Exception: ${message}. (${type})`, Number(code), type);
    }
    if (code === undefined)
        return parseServerError(messageOf(error)) ?? asError(error);
    return asError(error);
}
/**
 * The HTTP client: one @clickhouse/client per engine, bound to one ClickHouse session per run
 * (`session_id`), so `SET` statements in a migration last for the statements after it and
 * every request of the run lands in the same session. Requests of a session are serialised
 * because the server rejects concurrent queries in one session.
 */
function createHttpClient(target, settings, sessionId = `schemagate-${(0,external_node_crypto_.randomUUID)()}`) {
    const client = (0,dist/* createClient */.UU)({
        url: target.url,
        username: target.username,
        password: target.password,
        database: target.database,
        application: settings.application,
        ...(sessionId ? { session_id: sessionId } : {}),
        request_timeout: settings.statementTimeoutMs ? settings.statementTimeoutMs + 60_000 : NO_TIMEOUT_MS,
        compression: { request: false, response: false },
        clickhouse_settings: serverSettings(settings),
        // Every failure reaches the caller as an error with the server's text; the client's own
        // console logging would print it twice, with request internals.
        log: { level: dist/* ClickHouseLogLevel */.P1.OFF },
    });
    const queue = new SerialQueue();
    const send = (run, kind) => queue.run(() => withRetries(async () => {
        try {
            return await run();
        }
        catch (error) {
            throw normalize(error);
        }
    }, settings, target.display, kind));
    return {
        target: target.display,
        database: target.database,
        async command(sql, params, options) {
            await send(() => client.command({ query: sql, ...(params ? { query_params: params } : {}) }), options?.idempotent ? 'idempotent' : 'statement');
        },
        async query(sql, params) {
            return send(async () => {
                const result = await client.query({ query: sql, format: 'JSONEachRow', ...(params ? { query_params: params } : {}) });
                return result.json();
            }, 'idempotent');
        },
        async insert(table, rows) {
            if (rows.length === 0)
                return;
            await send(() => client.insert({ table, values: rows, format: 'JSONEachRow' }), 'idempotent');
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
 * Splits at the separator where it stands outside parentheses, brackets and quotes:
 * `a, cityHash64(b, c)` → `a`, `cityHash64(b, c)`. Empty input gives an empty list.
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
 * toIntervalDay(30) SETTINGS index_granularity = 8192` → `d + toIntervalDay(30)`), or null.
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
 * id SETTINGS ...` → `ver, is_deleted`), or null when it has none. A replicated (or Cloud's
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
 * KEY id SOURCE(...)` → `PRIMARY KEY id SOURCE(...)`), or null when there is no column list.
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
        indices: extras.indices
            .filter((i) => !i.creation || i.creation === 'Explicit')
            .map((i) => `${i.name}:${i.type_full || i.type}:${i.expr}`)
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
        if (error instanceof ClickHouseError && error.type === 'ACCESS_DENIED')
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
function journalDdl(names, cluster) {
    const on = onCluster(cluster);
    return [
        `CREATE DATABASE IF NOT EXISTS ${quoteIdent(names.database)}${on}`,
        `CREATE TABLE IF NOT EXISTS ${qualifiedName(names.database, names.attempts)}${on} (
  attempt_id String,
  migration_id String,
  name String,
  kind LowCardinality(String),
  checksum String,
  checksum_algorithm LowCardinality(String),
  status LowCardinality(String),
  started_at DateTime64(3, 'UTC'),
  finished_at Nullable(DateTime64(3, 'UTC')),
  duration_ms Nullable(UInt64),
  statement_count UInt32,
  statements_applied UInt32,
  transactional Bool,
  error Nullable(String),
  error_statement_index Nullable(UInt32),
  error_line Nullable(UInt32),
  out_of_order Bool,
  note Nullable(String),
  actor Nullable(String),
  run_url Nullable(String),
  commit_sha Nullable(String),
  environment Nullable(String),
  tool_version String,
  version UInt64 COMMENT 'row version: the highest per attempt_id is current'
) ENGINE = ${mergeTreeEngine('ReplacingMergeTree', ['version'], cluster)}
ORDER BY attempt_id
COMMENT 'schemagate migration journal: one row per attempt, read with FINAL'`,
        `CREATE TABLE IF NOT EXISTS ${qualifiedName(names.database, names.statements)}${on} (
  attempt_id String,
  migration_id String,
  statement_index UInt32,
  statement_hash String,
  finished_at DateTime64(3, 'UTC')
) ENGINE = ${mergeTreeEngine('ReplacingMergeTree', [], cluster)}
ORDER BY (attempt_id, statement_index)
COMMENT 'schemagate: statements completed by each attempt'`,
    ];
}
async function ensureJournal(client, names, cluster) {
    for (const ddl of journalDdl(names, cluster))
        await client.command(ddl, undefined, { idempotent: true });
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
/** Which of the journal tables exist (reading must not create them). */
async function existingTables(client, names) {
    const rows = await client.query('SELECT name FROM system.tables WHERE database = {db:String} AND name IN ({attempts:String}, {statements:String})', { db: names.database, attempts: names.attempts, statements: names.statements });
    return new Set(rows.map((r) => r.name));
}
async function readJournal(client, names) {
    const tables = await existingTables(client, names);
    const attempts = tables.has(names.attempts)
        ? await client.query(`SELECT * EXCEPT (version) FROM ${qualifiedName(names.database, names.attempts)} FINAL ORDER BY started_at, attempt_id`)
        : [];
    const statements = tables.has(names.statements)
        ? await client.query(`SELECT * FROM ${qualifiedName(names.database, names.statements)} FINAL ORDER BY attempt_id, statement_index`)
        : [];
    return { attempts: attempts.map(toJournalRow), statements: statements.map(toStatementRow) };
}
async function writeAttempt(client, names, row) {
    await client.insert(qualifiedName(names.database, names.attempts), [attemptRecord(row)]);
}
async function writeStatement(client, names, row) {
    await client.insert(qualifiedName(names.database, names.statements), [statementRecord(row)]);
}

;// CONCATENATED MODULE: ./src/engines/holder.ts

/**
 * Whether the run named in a lock holder's owner string (`… on HOST pid N`, as ownerName in
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
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/engines/clickhouse/lock.ts








const describeHolder = (h) => `${h.owner}, lease expires ${h.expiresAt} UTC`;
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
COMMENT 'schemagate: migration lock lease (best effort, see docs)'`;
}
function replacingStore(client, names, lockName, settings) {
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
    let held = null;
    return {
        async tryAcquire(token, owner) {
            const current = await readHolder();
            if (current && !current.released && !current.expired && !holderIsDead(current.owner))
                return current;
            const generation = (current?.generation ?? 0) + 1;
            await client.command(`INSERT INTO ${table} (lock_name, generation, token, owner, claimed_at, expires_at, released, version)
SELECT {name:String}, {generation:UInt64}, {token:String}, {owner:String}, now64(6),
  now64(3) + toIntervalMillisecond({lease:UInt64}), false, {version:UInt64}`, { ...lease, generation, token, owner, version: nextVersion().toString() }, { idempotent: true });
            let winner = await readHolder();
            if (winner?.token === token && winner.generation === generation) {
                await (0,promises_namespaceObject.setTimeout)(settings.settleMs);
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
                if (!(error instanceof ClickHouseError))
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
                if (!(error instanceof ClickHouseError))
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
    const existing = async () => (await client.query('SELECT engine FROM system.tables WHERE database = {db:String} AND name = {name:String}', {
        db: names.database,
        name: names.lock,
    }))[0]?.engine;
    let engine = await existing();
    if (!engine) {
        try {
            await client.command(lockDdl('keeper-map', names, settings.cluster), undefined, { idempotent: true });
        }
        catch (error) {
            if (!(error instanceof ClickHouseError))
                throw error;
            // Servers without ClickHouse Keeper (chDB, a single node) are the usual case, not a fault.
            settings.log?.('Migration lock: a lease table (KeeperMap needs ClickHouse Keeper, which this server does not run).');
            await client.command(lockDdl('replacing', names, settings.cluster), undefined, { idempotent: true });
        }
        engine = await existing();
    }
    return engine === 'KeeperMap' ? 'keeper-map' : 'replacing';
}
/**
 * Waits for the lease (polling every pollMs, reporting the holder through onWait), then keeps
 * it alive until release. `openClient` gives the client the lease talks through, which must
 * be usable while a statement runs on the engine's own client.
 */
async function acquireLease(openClient, detectClient, names, lockName, options, settings) {
    const kind = await prepareLockTable(detectClient, names, settings);
    const client = openClient(kind);
    const store = kind === 'keeper-map' ? keeperMapStore(client, names, lockName, settings) : replacingStore(client, names, lockName, settings);
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
                throw new SchemagateError('lock-timeout', `Timed out after ${Math.round(waited / 1000)}s waiting for the migration lock on ClickHouse database ${lockName}: held by ${describeHolder(holder)}.`, {
                    hint: `Another run is applying migrations here. If it died, its lease expires at ${holder.expiresAt} UTC and the next run takes over; give ClickHouse workflows a \`concurrency\` group so runs queue instead.`,
                });
            }
            options.onWait?.(describeHolder(holder));
            await (0,promises_namespaceObject.setTimeout)(Math.min(settings.pollMs, options.timeoutMs - waited));
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
            .catch((error) => settings.log?.(`Could not renew the migration lock lease on ${lockName}: ${messageOf(error)}`))
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
        await (0,promises_namespaceObject.setTimeout)(Math.min(pause, Math.max(0, options.timeoutMs - elapsed)) || 1);
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
     * the background: the statement is done when they are (see mutations.ts).
     */
    async execute(statement) {
        const table = alterTableTarget(statement.sql);
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
    /** Another tool's row follows ours: without transactions, ours is the one that must not be lost. */
    async writeAttempt(row, migration) {
        await writeAttempt(this.client, this.names, row);
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
        // The lock table lives with the journal, whose database may not exist yet.
        await this.client.command(journalDdl(this.names, this.options.cluster)[0], undefined, { idempotent: true });
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
    };
    const client = target.kind === 'chdb' ? await openChdbClient(target, settings) : createHttpClient(target, settings);
    try {
        await client.query('SELECT 1');
    }
    catch (error) {
        await client.close().catch(() => undefined);
        if (error instanceof ClickHouseError && error.type === 'UNKNOWN_DATABASE') {
            throw configError(`ClickHouse at ${target.display}: ${error.message}`, {
                hint: 'The database named in the URL must exist; create it, or fix the URL path.',
                cause: error,
            });
        }
        throw error instanceof SchemagateError || error instanceof ClickHouseError
            ? error
            : new SchemagateError('connection', `Cannot use ClickHouse at ${target.display}: ${String(error)}`, { cause: error });
    }
    return client;
}
/** Accepts the URL forms documented in url.ts: clickhouse://, http(s)://, chdb://. */
async function openClickHouseEngine(url, options) {
    let parsed;
    try {
        parsed = typeof url === 'string' ? new URL(url) : url;
    }
    catch {
        throw configError('The ClickHouse database URL is not a valid URL.');
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
        const target = parseClickHouseUrl(url);
        if (options.readOnly && target.kind === 'chdb' && !(0,external_node_fs_.existsSync)(target.path))
            return absentEmbeddedDatabase('clickhouse', target.display, options);
        return openClickHouseEngine(url, { ...options, ...options.clickhouse });
    },
    // chDB opens one data directory per process: a replay here fails while a chdb:// target
    // on another directory is open in the same process.
    embeddedUrl: (dir) => new URL(`chdb://${(0,external_node_url_.pathToFileURL)(external_node_path_default().resolve(dir)).pathname}`),
    adoptTools: CLICKHOUSE_ADOPTED.map((t) => t.tool),
};

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
     WHERE ${catalog_USER_TABLES} AND n.nspname || '.' || c.relname = ANY($1::text[])`, [tables]);
    // Never analysed: relpages is as unknown as reltuples.
    return new Map(rows.map((r) => [r.table, { rows: Number(r.rows) < 0 ? null : Number(r.rows), bytes: r.unanalysed ? null : Number(r.bytes) }]));
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
const isConnectionLoss = (error) => isTransientConnectionError(error, LOST_CODES) || /^08/.test(sqlState(error));
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
    if (error instanceof SchemagateError)
        return error;
    const message = databaseMessage(error);
    if (isConnectionLoss(error)) {
        return new SchemagateError('connection', `Lost the connection to the database: ${message}`, {
            hint: 'The session ended (network, failover, or terminated on the server); the journal records how far the run got. Run again once the database is reachable.',
            cause: error,
        });
    }
    const code = sqlState(error);
    if (code === '42501' || code === '25006') {
        return new SchemagateError('config', `The database role lacks a privilege schemagate needs: ${message}`, { hint: PRIVILEGE_HINT, cause: error });
    }
    return new SchemagateError('internal', `A query schemagate sends failed on the server: ${message}`, {
        hint: 'This is a bug in schemagate or a journal changed outside it; report it with this message.',
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/engines/postgres/connection.ts






/**
 * One postgres.js connection (max 1) with transactions run as plain BEGIN/COMMIT/ROLLBACK, and
 * nothing sent once the session is gone. postgres.js's reserved connections (`sql.begin`) write
 * their ROLLBACK to a socket the server has closed, which throws from a timer where no caller can
 * catch it (porsager/postgres#1208): a `pg_terminate_backend` mid-migration crashed the run. The
 * pool instead would reconnect silently, and a new session holds neither the advisory lock nor
 * the transaction, so after a loss every call fails as `connection` without being sent.
 */
function wrapPostgresJs(sql, session) {
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
    const connection = {
        async query(text, params = []) {
            try {
                return (await send(() => sql.unsafe(text, params)));
            }
            catch (error) {
                throw ownQueryFailure(error);
            }
        },
        async exec(text) {
            await send(() => sql.unsafe(text).simple());
        },
        async transaction(fn) {
            await connection.query('BEGIN');
            let inner = true;
            const tx = { ...connection, transaction: () => Promise.reject(new Error('nested transaction')) };
            try {
                const result = await fn(tx);
                inner = false;
                await connection.query('COMMIT');
                return result;
            }
            catch (error) {
                // A failed COMMIT has ended the transaction already; a lost session rolled it back.
                if (inner && !session.lost)
                    await connection.query('ROLLBACK').catch(() => { });
                throw error;
            }
        },
        async close() {
            await sql.end({ timeout: 5 });
        },
    };
    return connection;
}
async function connectServer(url, options) {
    // One connection: the session advisory lock, the transactions and the journal writes must all
    // share the session that holds the lock.
    const session = { lost: false };
    const sql = src(url, {
        max: 1,
        idle_timeout: 0,
        connect_timeout: options.connectTimeoutSeconds ?? 10,
        onnotice: () => { },
        onclose: () => void (session.lost = true),
        connection: {
            application_name: options.applicationName.slice(0, 63),
            ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
        },
    });
    const connection = wrapPostgresJs(sql, session);
    try {
        // Postgres 14+: the server checks the client's socket while a statement runs, so a killed
        // run's long statement (and the lock its session holds) ends within seconds, not when the
        // statement would have finished. The filter runs first, so older servers never see the name.
        await connection.query("SELECT set_config('client_connection_check_interval', '2s', false) WHERE current_setting('server_version_num')::int >= 140000");
    }
    catch (error) {
        await sql.end({ timeout: 1 }).catch(() => { });
        throw error instanceof SchemagateError && error.cause !== undefined ? error.cause : error;
    }
    return connection;
}
function wrapPGlite(db, isTransaction) {
    return {
        async query(text, params = []) {
            try {
                return (await db.query(text, params)).rows;
            }
            catch (error) {
                throw ownQueryFailure(error);
            }
        },
        async exec(text) {
            try {
                await db.exec(text);
            }
            catch (error) {
                throw explainMissingExtension(error);
            }
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
/** PGlite's data directory must be a directory (or not exist yet); its own error for a file is `[object Object]`. */
function preparePGliteDir(dataDir) {
    const problem = (what) => configError(`The pglite:// path ${dataDir} ${what}.`, { hint: 'Point the pglite:// URL at a directory (it is created when missing), e.g. pglite://.schemagate/dev.' });
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
    const connection = wrapPGlite(db, false);
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
const JOURNAL_VERSION = 1;
const JOURNAL_UPGRADES = {};
const VERSION_COMMENT = /^schemagate journal v(\d+)\b/;
const journalVersionComment = (names) => `COMMENT ON TABLE ${names.attempts} IS 'schemagate journal v${JOURNAL_VERSION}: attempts of each migration; change only through schemagate'`;
/** The version a comment states; null when there is none (a journal from before versioning). */
function journalVersionOf(comment) {
    const match = comment ? VERSION_COMMENT.exec(comment) : null;
    return match ? Number(match[1]) : null;
}
const STATEMENT_COLUMNS = ['attempt_id', 'migration_id', 'statement_index', 'statement_hash', 'finished_at'];
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
const journal_COLUMNS = [
    'attempt_id', 'migration_id', 'name', 'kind', 'checksum', 'checksum_algorithm', 'status',
    'started_at', 'finished_at', 'duration_ms', 'statement_count', 'statements_applied', 'transactional',
    'error', 'error_statement_index', 'error_line', 'out_of_order', 'note', 'actor', 'run_url',
    'commit_sha', 'environment', 'tool_version',
];
function upsertAttemptSql(names) {
    const placeholders = journal_COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
    const updates = journal_COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ');
    return `INSERT INTO ${names.attempts} (${journal_COLUMNS.join(', ')}) VALUES (${placeholders})
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
const selectAttemptsSql = (names) => `SELECT ${journal_COLUMNS.join(', ')} FROM ${names.attempts} ORDER BY started_at, attempt_id`;
const insertStatementSql = (names) => `INSERT INTO ${names.statements} (attempt_id, migration_id, statement_index, statement_hash, finished_at)
   VALUES ($1, $2, $3, $4, $5)`;
const selectStatementsSql = (names) => `SELECT attempt_id, migration_id, statement_index, statement_hash, finished_at FROM ${names.statements}`;
const date = (v) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
const journal_num = (v) => (v === null || v === undefined ? null : Number(v));
const str = (v) => (v === null || v === undefined ? null : String(v));
function journal_toJournalRow(r) {
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
        durationMs: journal_num(r.duration_ms),
        statementCount: Number(r.statement_count),
        statementsApplied: Number(r.statements_applied),
        transactional: Boolean(r.transactional),
        error: str(r.error),
        errorStatementIndex: journal_num(r.error_statement_index),
        errorLine: journal_num(r.error_line),
        outOfOrder: Boolean(r.out_of_order),
        note: str(r.note),
        actor: str(r.actor),
        runUrl: str(r.run_url),
        commitSha: str(r.commit_sha),
        environment: str(r.environment),
        toolVersion: String(r.tool_version),
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
            const rows = await connection.query(`SELECT table_schema || '.' || table_name AS location, column_name, data_type, character_maximum_length AS length
         FROM information_schema.columns
         WHERE table_schema || '.' || table_name IN (SELECT json_array_elements_text($1::text::json))
         ORDER BY ordinal_position`, [JSON.stringify(tables.map((t) => `${t.schema}.${t.table}`))]);
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

// EXTERNAL MODULE: ./src/dialects/postgres/parser.ts
var postgres_parser = __nccwpck_require__(1956);
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
function routineFingerprint(parser, routine) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(canonical(tree(parser, routine)))).digest('hex');
    return `parse tree ${digest.slice(0, 16)}`;
}

;// CONCATENATED MODULE: ./src/engines/postgres/introspect.ts



/**
 * Reads tables, views, columns (with identity and generated expressions), indexes, unique,
 * foreign key, check and exclusion constraints, triggers, row-level-security policies and
 * whether RLS is enabled, partitioning, and the objects beyond tables (enum types, functions and
 * procedures, sequences, extensions, collations) from pg_catalog. Extension-owned objects (pg_depend 'e'), system schemas and the tool's
 * own tables (passed in `exclude` as schema.table) are left out. Works from PostgreSQL 11 on;
 * columns newer servers add (`indnullsnotdistinct`, 15) are read through to_jsonb so older
 * servers answer the same query.
 */
const SYSTEM_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;
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
            const type = RELKIND_TYPES[row.relkind] ?? 'table';
            const properties = {
                // pg_get_viewdef output varies between server versions (whitespace, qualifiers); the query does not.
                ...(row.view_query ? { query: normalizeViewQuery(row.view_query) } : {}),
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
    for (const row of await connection.query(INDEXES_SQL))
        addPart(row.schema, row.table, 'index', row.name, indexPart(row));
    for (const row of await connection.query(CONSTRAINTS_SQL)) {
        const [kind, definition] = constraintPart(row);
        addPart(row.schema, row.table, kind, row.name, definition);
    }
    for (const row of await connection.query(TRIGGERS_SQL)) {
        // `CREATE TRIGGER name BEFORE ...`: the name is the part's key; DISABLED when switched off.
        const definition = row.definition.replace(/\s+/g, ' ').replace(/^CREATE (?:CONSTRAINT )?TRIGGER \S+ /, '');
        addPart(row.schema, row.table, 'trigger', row.name, `${definition}${row.enabled === 'D' ? ' DISABLED' : ''}`);
    }
    for (const row of await connection.query(POLICIES_SQL)) {
        const definition = policyDefinition({ permissive: row.permissive, command: COMMANDS[row.command] ?? row.command, roles: names(row.roles), using: row.using_expr, withCheck: row.check_expr }, { schema: row.schema, name: row.table });
        addPart(row.schema, row.table, 'policy', row.name, definition);
    }
    for (const row of await connection.query(PARTITIONS_SQL)) {
        addPart(row.schema, row.table, 'partition', row.name, row.bound);
    }
    const enums = (await connection.query(ENUMS_SQL)).map((row) => ({
        schema: row.schema,
        name: row.name,
        type: 'enum',
        columns: [],
        primaryKey: [],
        properties: { values: enumValues(names(row.labels, row.label_count)) },
    }));
    const object = (schema, name, type, properties) => ({ schema, name, type, columns: [], primaryKey: [], properties });
    const parser = await (0,postgres_parser.loadPostgresParser)();
    const routines = (await connection.query(ROUTINES_SQL)).map((row) => object(row.schema, `${row.name}(${row.args})`, row.kind === 'p' ? 'procedure' : 'function', {
        ...(row.kind === 'p' ? {} : { returns: row.result ?? '', volatility: VOLATILITY[row.volatility] ?? row.volatility }),
        language: row.language,
        security: row.security_definer ? 'definer' : 'invoker',
        body: routineFingerprint(parser, row),
    }));
    const sequences = (await connection.query(SEQUENCES_SQL)).map((row) => object(row.schema, row.name, 'sequence', { type: normalizePgType(row.type), options: sequenceDefinition(row) }));
    const extensions = (await connection.query(EXTENSIONS_SQL)).map((row) => object(row.schema, row.name, 'extension', { version: row.version }));
    const collations = (await connection.query(COLLATIONS_SQL)).map((row) => object(row.schema, row.name, 'collation', { provider: PROVIDERS[row.provider] ?? row.provider, locale: row.locale ?? '', deterministic: String(row.deterministic) }));
    return { engine: 'postgres', tables: [...tables.values(), ...enums, ...routines, ...sequences, ...extensions, ...collations] };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const external_node_fs_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/engines/postgres/lock.ts






/** Tries until the lock is free or the timeout passes, then names the holder. */
async function pollLock(location, options, tryLock) {
    const deadline = Date.now() + options.timeoutMs;
    for (;;) {
        const result = await tryLock();
        if ('release' in result)
            return result;
        if (Date.now() >= deadline) {
            throw new SchemagateError('lock-timeout', `Timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for the migration lock on ${location}: held by ${result.holder}.`, { hint: 'Wait for that run to finish, or raise `lock-timeout`. Concurrent runs should share a workflow `concurrency` group.' });
        }
        options.onWait?.(result.holder);
        await (0,promises_namespaceObject.setTimeout)(Math.min(1000, Math.max(50, deadline - Date.now())));
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
        return { release: () => (0,external_node_fs_promises_namespaceObject.rm)(file, { force: true }) };
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

;// CONCATENATED MODULE: ./src/engines/postgres/observe.ts
/**
 * Which locks a statement took and which tables it rewrote, read from this backend's rows of
 * pg_locks and from pg_class.relfilenode before and after it, inside its transaction (locks are
 * held until the end of the transaction, so they are still there to read). Only catalog reads.
 */
const STATE_SQL = `
  SELECT n.nspname || '.' || c.relname AS "table", c.relfilenode::text AS filenode,
         coalesce(array_agg(l.mode::text) FILTER (WHERE l.mode IS NOT NULL), '{}') AS modes
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
function statementFailure(error) {
    if (error instanceof SchemagateError)
        return error;
    if (isConnectionLoss(error))
        return new SchemagateError('connection', databaseMessage(error), { cause: error });
    const position = Number(error.position);
    // 25001 active_sql_transaction: "cannot run inside a transaction block".
    const needsNoTransaction = error.code === '25001';
    return new DatabaseError(databaseMessage(error), Number.isInteger(position) && position > 0 ? position : undefined, { cause: error, ...privilegeHint(error) }, needsNoTransaction);
}
/** Runs one statement; inside a transaction, an observer is told which locks it took and what it rewrote. */
async function executeOn(connection, statement, observe) {
    const run = async () => {
        try {
            await connection.exec(statement.sql);
        }
        catch (error) {
            throw statementFailure(error);
        }
    };
    if (!observe)
        return run();
    observe(statement, await observeStatement(connection, run));
}
function executor(connection, names, adopted, observe, inTransaction) {
    return {
        execute: (statement) => executeOn(connection, statement, inTransaction ? observe : undefined),
        async writeAttempt(row, migration) {
            if (row.status === 'running' && !inTransaction) {
                // The "started" row needs no flush of its own: the migration's commit (or the failure
                // row) that follows is synchronous and makes it durable, so one fsync per migration.
                await connection.transaction(async (tx) => {
                    await tx.query('SET LOCAL synchronous_commit TO OFF');
                    await tx.query(upsertAttemptSql(names), attemptParams(row));
                });
                return;
            }
            await connection.query(upsertAttemptSql(names), attemptParams(row));
            if (row.status === 'applied')
                await adopted.record(connection, migration);
        },
        async writeStatement(row) {
            await connection.query(insertStatementSql(names), [
                row.attemptId, row.migrationId, row.statementIndex, row.statementHash, row.finishedAt,
            ]);
        },
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
    names;
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
        this.journalLocation = `${schema}.${options.journalTable}`;
        this.adopted = new Adopter(POSTGRES_ADOPTED, options.adopt, postgresCatalog(options.log));
        this.base = executor(connection, this.names, this.adopted, undefined, false);
        this.transactions = {
            transaction: (fn) => this.connection.transaction((tx) => fn(executor(tx, this.names, this.adopted, options.observe, true))),
        };
    }
    execute = (s) => this.base.execute(s);
    writeAttempt = (r, m) => this.base.writeAttempt(r, m);
    writeStatement = (r) => this.base.writeStatement(r);
    async exists(qualified) {
        const [row] = await this.connection.query('SELECT to_regclass($1)::text AS found', [qualified]);
        return Boolean(row?.found);
    }
    async readJournal() {
        const journal = { attempts: [], statements: [], adopted: null };
        if (await this.exists(this.names.attempts)) {
            const hasStatements = await this.checkJournalShape();
            journal.attempts = (await this.connection.query(selectAttemptsSql(this.names))).map(journal_toJournalRow);
            if (hasStatements)
                journal.statements = (await this.connection.query(selectStatementsSql(this.names))).map(journal_toStatementRow);
            else if (journal.attempts.some((a) => !a.transactional && a.status !== 'applied'))
                throw this.damaged(`has no ${this.names.statements} table, which holds the progress of the interrupted attempts`);
        }
        journal.adopted = await this.adopted.read(this.connection);
        return journal;
    }
    damaged(what) {
        return new SchemagateError('refused', `The journal ${this.journalLocation} ${what}.`, {
            hint: 'The journal tables were changed outside schemagate. Restore them from a backup (or re-create the missing table or column as schemagate creates it), ' +
                'or point `journal-table` at a fresh journal and record what is applied with mode `baseline`.',
        });
    }
    /**
     * Refuses a journal this schemagate cannot read exactly: a newer version, a missing column. A
     * missing statements table is allowed only in a journal from before versioning, which an
     * older schemagate could leave half-created; `ensureJournal` then completes it.
     */
    async checkJournalShape() {
        const [meta] = await this.connection.query('SELECT obj_description(to_regclass($1), \'pg_class\') AS comment, to_regclass($2)::text AS statements', [this.names.attempts, this.names.statements]);
        const version = journalVersionOf(meta?.comment ?? null);
        if (version !== null && version > JOURNAL_VERSION) {
            throw new SchemagateError('refused', `The journal ${this.journalLocation} is version ${version}, written by a newer schemagate; this one reads up to version ${JOURNAL_VERSION}.`, {
                hint: 'Run the newer schemagate (pin the same version in every workflow that migrates this database).',
            });
        }
        const columns = await this.connection.query('SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name IN ($2, $3)', [this.names.schema, this.options.journalTable, `${this.options.journalTable}_statements`]);
        const has = (table, column) => columns.some((c) => c.table_name === table && c.column_name === column);
        const missing = [
            ...journal_COLUMNS.filter((c) => !has(this.options.journalTable, c)).map((c) => `${this.options.journalTable}.${c}`),
            ...(meta?.statements ? STATEMENT_COLUMNS.filter((c) => !has(`${this.options.journalTable}_statements`, c)).map((c) => `${this.options.journalTable}_statements.${c}`) : []),
        ];
        if (missing.length > 0)
            throw this.damaged(`lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`);
        if (!meta?.statements && version !== null)
            throw this.damaged(`has no ${this.names.statements} table`);
        return Boolean(meta?.statements);
    }
    /** All of the journal's tables or none, in one transaction; an older journal is upgraded in place. */
    async ensureJournal() {
        await this.connection.transaction(async (tx) => {
            const [meta] = await tx.query('SELECT obj_description(to_regclass($1), \'pg_class\') AS comment, to_regclass($1)::text AS found', [this.names.attempts]);
            const from = meta?.found ? (journalVersionOf(meta.comment) ?? 1) : JOURNAL_VERSION;
            for (const ddl of journal_journalDdl(this.names))
                await tx.query(ddl);
            for (let version = from + 1; version <= JOURNAL_VERSION; version++) {
                for (const ddl of JOURNAL_UPGRADES[version]?.(this.names) ?? [])
                    await tx.query(ddl);
            }
            await tx.query(journalVersionComment(this.names));
            await this.adopted.ensure(tx);
        });
    }
    async acquireLock(options) {
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
            await this.connection.transaction(async (tx) => {
                await tx.query(`SELECT set_config('lock_timeout', $1, true), set_config('statement_timeout', $2, true)`, [
                    `${Math.ceil(options.lockTimeoutMs)}ms`,
                    `${Math.ceil(options.statementTimeoutMs)}ms`,
                ]);
                outcome = {
                    value: await fn({
                        execute: (statement) => executeOn(tx, statement, options.observe),
                        introspect: async () => introspectPostgres(tx, await this.ownTables()),
                    }),
                };
                // The only way out of this transaction is a rollback.
                throw ROLLBACK;
            });
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
        return introspectPostgres(this.connection, await this.ownTables());
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
        const connection = await withConnectRetries(() => url.protocol === 'pglite:'
            ? connectPGlite(dataDir, { statementTimeoutMs: options.statementTimeoutMs, extensions: options.extensions })
            : connectServer(url.href, { applicationName: options.clientName, statementTimeoutMs: options.statementTimeoutMs }), options, isConnectionLoss);
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
        throw configError(`Database URL scheme "${url.protocol}" is not supported.`, {
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
        throw configError(`No engine runs ${dialect} migrations.`);
    return driver;
}

;// CONCATENATED MODULE: ./src/sources/files.ts





/**
 * Reads one migration file: checksum of its bytes, its statements, its directives. Shared by
 * every layout, which passes its own parse when sections or breakpoints decide the statements.
 */
function readMigration(abs, identity, opts, extra = {}) {
    const file = relativeFile(abs, opts.cwd);
    const bytes = external_node_fs_default().readFileSync(abs);
    const checksums = checksumsOf(bytes);
    const algorithm = opts.checksum ?? 'sha256';
    const text = decodeUtf8(bytes, file);
    const directives = readDirectives(text, file);
    const parsed = extra.parse ? extra.parse(text, file) : { statements: splitFile(text, file, (sql) => opts.dialect.split(sql)) };
    if (parsed.statements.length === 0 && !extra.allowEmpty) {
        throw configError(`${file} contains no SQL statements`, {
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
        if (STATEMENT_DIRECTIVES.includes(name))
            return;
        const location = { file, line: i + 1 };
        if (!KNOWN_DIRECTIVES.includes(name)) {
            throw configError(`${file}:${i + 1}: unknown directive schemagate:${name}`, {
                location,
                hint: `Known directives: ${[...KNOWN_DIRECTIVES, ...STATEMENT_DIRECTIVES].map((d) => `-- schemagate:${d}`).join(', ')}.`,
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
function listSqlFiles(dir, prefix = '', seen = new Set()) {
    // A symlink back to a folder being listed would list it again and again (up to the OS's
    // ELOOP limit), each time as new migrations.
    const real = external_node_fs_default().realpathSync(dir);
    if (seen.has(real)) {
        throw configError(`${prefix.replace(/\/$/, '')} is a symlink loop: it leads back to a folder that contains it (${real}).`, {
            location: { file: prefix.replace(/\/$/, '') },
            hint: 'Remove the symlink; a migrations folder must hold each migration file once.',
        });
    }
    const inside = new Set([...seen, real]);
    return listDir(dir).flatMap((entry) => {
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
/** `1.1`, `1_1`, `0001` → its numeric parts; null when it is not digits separated by `.` or `_`. */
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
    texts = new Map();
    constructor(root, cwd) {
        this.root = root;
        this.cwd = cwd;
    }
    get entries() {
        return (this.listing ??= listDir(this.root));
    }
    /** Top-level `.sql` file names. */
    get sqlFiles() {
        return this.entries.filter((e) => !e.isDir && isSqlFile(e.name)).map((e) => e.name);
    }
    get dirs() {
        return this.entries.filter((e) => e.isDir).map((e) => e.name);
    }
    /** `.sql` files at any depth, relative to the root with forward slashes. */
    allSqlFiles() {
        return listSqlFiles(this.root);
    }
    abs(rel) {
        return external_node_path_default().join(this.root, rel);
    }
    /** The path as annotations show it (relative to the working directory). */
    display(rel) {
        return relativeFile(this.abs(rel), this.cwd);
    }
    /** A file's text for detection (lenient: decoding errors are the loader's to report). */
    text(rel) {
        let text = this.texts.get(rel);
        if (text === undefined) {
            text = external_node_fs_default().readFileSync(this.abs(rel), 'utf8');
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
        const migration = problems.attempt(() => readMigration(folder.abs(f.rel), { id: f.id, order: f.order, kind: 'versioned', name: f.name }, opts, extra));
        return migration ? [migration] : [];
    });
    read.sort((a, b) => compareVersions(a.order, b.order) || compareStrings(a.file, b.file));
    for (let i = 1; i < read.length; i++) {
        const prev = read[i - 1];
        const cur = read[i];
        if (compareVersions(prev.order, cur.order) === 0) {
            problems.add(configError(`${prev.file} and ${cur.file} have the same version ${cur.id}`, { location: { file: cur.file }, hint: duplicateHint }));
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
            problems.add(configError(`${prev.file} and ${cur.file} are both repeatable migration ${cur.id}`, {
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
    problems.add(configError(`${file}: cannot tell a migration version from this file name (read as a ${layout} folder)`, {
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
    const at = (line, message, hint) => configError(`${file}:${line + 1}: ${message}`, { location: { file, line: line + 1 }, hint });
    if (up < 0)
        throw configError(`${file}: no -- migrate:up line`, { location: { file }, hint: 'A dbmate migration defines its up block with -- migrate:up.' });
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
/** A drizzle-kit snapshot as the schema model, spelled as the Postgres catalog spells it. */
function fromDrizzle(snapshot) {
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
    // What drizzle-kit does not record is not reported as extra: functions, extensions, collations;
    // enums and sequences where a snapshot is older than their keys.
    const unrecordedTypes = ['function', 'procedure', 'extension', 'collation', ...(snapshot.enums ? [] : ['enum']), ...(snapshot.sequences ? [] : ['sequence'])];
    return { engine: DRIZZLE_DIALECT, tables: [...tables, ...enums, ...sequences], unrecordedTypes };
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
 * `when` goes backwards, which drizzle's migrator would silently skip.
 */
function loadDrizzle(root, opts) {
    const absRoot = external_node_path_default().resolve(opts.cwd, root);
    const journalPath = external_node_path_default().join(absRoot, 'meta', '_journal.json');
    const journalFile = relativeFile(journalPath, opts.cwd);
    const entries = folder_readJournal(journalPath, journalFile);
    const migrations = [];
    const byId = new Map();
    for (const [position, entry] of entries.entries()) {
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
        migrations.push(
        // drizzle applies in journal order, whatever the tags' numbers say.
        readMigration(abs, { id, order: [BigInt(position)], kind: 'versioned', name }, opts, {
            drizzleWhen: entry.when,
            // drizzle applies an empty custom migration without complaint, so we must accept it too.
            allowEmpty: true,
            parse: (text, f) => ({ statements: splitFile(text, f, entry.breakpoints ? splitBreakpoints : (sql) => opts.dialect.split(sql)) }),
        }));
    }
    assertAllJournaled(absRoot, new Set(entries.map((e) => `${e.tag}.sql`)), journalFile, opts.cwd);
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
/** `0003_brave_hulk` → id `0003`, name `brave_hulk`; a tag without a number (prefix: 'none') is its own id. */
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
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

;// CONCATENATED MODULE: ./src/sources/layouts/drizzle.ts


/** drizzle-kit output, recognised by `meta/_journal.json` and applied in the journal's order. */
const drizzle_drizzle = {
    name: 'drizzle',
    noTransaction: SCHEMAGATE_NO_TRANSACTION,
    dialects: ['postgres'],
    detect: (folder) => (isDrizzleFolder(folder.root) ? { confidence: CONFIDENCE.certain, evidence: 'meta/_journal.json' } : null),
    load(folder, opts, problems) {
        const set = problems.attempt(() => loadDrizzle(folder.root, opts));
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
            problems.add(configError(`${file} is a down migration with no .up.sql file of the same version`, {
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
    const fail = (line, message, hint) => configError(`${file}:${line + 1}: ${message}`, { location: { file, line: line + 1 }, hint });
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
        throw configError(`${file}: no -- +goose Up annotation`, { location: { file }, hint: 'A goose migration starts with -- +goose Up.' });
    if (state === 'upBlock' || state === 'downBlock')
        throw configError(`${file}: -- +goose StatementBegin is never closed`, { location: { file }, hint: 'Add -- +goose StatementEnd after the statement.' });
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
            problems.add(configError(`${file} is a goose Go migration, which schemagate cannot run`, { location: { file }, hint: 'Rewrite it as a SQL migration, or keep this folder in goose.' }));
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
            problems.add(configError(`${file} is a JavaScript migration, which schemagate cannot run`, { location: { file }, hint: 'Rewrite it as an SQL migration (-- Up Migration), or keep this folder in node-pg-migrate.' }));
        }
        const parse = (text, file) => {
            const all = lines(text);
            const up = all.findIndex((l) => node_pg_migrate_UP.test(l));
            const down = all.findIndex((l) => node_pg_migrate_DOWN.test(l));
            if (up < 0 && down >= 0) {
                throw configError(`${file}:${down + 1}: -- Down Migration without an -- Up Migration`, {
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
                problems.add(configError(`${file}:${line}: provider "${provider}" is not Postgres, so these migrations cannot run here`, { location: { file, line }, hint: 'Point `migrations` at a Postgres Prisma project, or use a Postgres database URL.' }));
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
                problems.add(configError(`${where} has no ${MIGRATION}`, { location: { file: where }, hint: `Prisma keeps each migration in <timestamp>_<name>/${MIGRATION}: restore the file, or delete the folder.` }));
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
        throw configError(`Unknown format "${name}".`, { hint: `Set \`format\` to auto or one of: ${LAYOUT_NAMES.join(', ')}.` });
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

;// CONCATENATED MODULE: ./src/config/settings.ts








/**
 * Validated settings, built the same way from action inputs and from CLI flags: both shells
 * hand `readSettings` a lookup of raw strings, so every default and every check lives here once.
 * Reading settings has no side effects; grouped by the part of a run that uses them.
 */
const MODES = ['plan', 'apply', 'verify', 'snapshot', 'baseline'];
function settings_boolean(name, raw) {
    const value = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(value))
        return false;
    throw configError(`Input \`${name}\` must be true or false, got "${raw}".`);
}
/** Postgres takes timeouts as a 32-bit count of milliseconds, and so do Node's timers. */
const MAX_SECONDS = Math.floor(2 ** 31 / 1000) - 1;
function seconds(name, raw, { allowZero }) {
    const value = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0) || value > MAX_SECONDS) {
        throw configError(`Input \`${name}\` must be a number of seconds from ${allowZero ? 0 : 'above 0'} to ${MAX_SECONDS}${allowZero ? ' (0 for none)' : ''}, got "${raw}".`, {
            hint: `Set \`${name}\` to a number of seconds, e.g. 60.`,
        });
    }
    return Math.round(value * 1000);
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function identifier(name, raw) {
    if (!IDENTIFIER.test(raw))
        throw configError(`Input \`${name}\` must be a plain identifier (letters, digits, _), got "${raw}".`);
    return raw;
}
/** `schema.table` (or `table`, in `public`), each a plain identifier: it is spliced into SQL. */
function qualifiedTable(name, raw) {
    const parts = raw.split('.');
    if (parts.length > 2 || !parts.every((part) => IDENTIFIER.test(part))) {
        throw configError(`Input \`${name}\` must be a table name, schema.table, each part a plain identifier (letters, digits, _), got "${raw}".`, {
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
        throw configError(`Input \`${name}\` must be a migration version (the number a versioned file starts with, e.g. 0042), got "${raw}".`, {
            hint: `Set \`${name}\` to the version of the last migration to record, or leave it empty for all pending ones.`,
        });
    }
    return value;
}
function parseDatabaseUrl(raw, input = 'database-url') {
    const value = raw.trim();
    if (!value) {
        throw configError(`No database URL: input \`${input}\` is empty.`, {
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
    const replay = settings_boolean('replay', get('replay'));
    const engine = get('engine').trim();
    if (engine && !ENGINE_KINDS.includes(engine)) {
        throw configError(`Unknown engine "${engine}".`, { hint: `Set \`engine\` to ${ENGINE_KINDS.join(' or ')}.` });
    }
    const rawUrl = get('database-url').trim();
    if (!rawUrl && replay && mode !== 'plan') {
        throw configError(`Mode \`${mode}\` needs \`database-url\`; only \`plan\` can run as a replay-only preview.`);
    }
    const promotionUrl = get('promotion-database-url').trim();
    const checksum = get('checksum').trim();
    if (!CHECKSUM_ALGORITHMS.includes(checksum)) {
        throw configError(`Input \`checksum\` must be ${CHECKSUM_ALGORITHMS.join(' or ')}, got "${checksum}".`, {
            hint: 'sha256 hashes the exact bytes; sha256-lf ignores CRLF versus LF line endings.',
        });
    }
    const format = get('format').trim();
    if (format !== 'auto' && !LAYOUT_NAMES.includes(format)) {
        throw configError(`Unknown format "${format}".`, { hint: `Set \`format\` to auto or one of: ${LAYOUT_NAMES.join(', ')}.` });
    }
    const lint = get('lint').trim().toLowerCase();
    if (!LINT_LEVELS.includes(lint)) {
        throw configError(`Input \`lint\` must be ${LINT_LEVELS.join(', ')}, got "${get('lint')}".`, {
            hint: 'error fails the run on an unwaived error finding; warn only reports; off skips the safety rules.',
        });
    }
    const largeTableRows = Number(get('large-table-rows').trim());
    if (!Number.isInteger(largeTableRows) || largeTableRows < 0) {
        throw configError(`Input \`large-table-rows\` must be a whole number of rows, got "${get('large-table-rows')}".`);
    }
    return {
        mode: mode,
        target: {
            databaseUrl: rawUrl || !replay ? parseDatabaseUrl(rawUrl) : null,
            engine: (engine || null),
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
            connectRetries: retries,
            verify: settings_boolean('verify', get('verify')),
            requireSnapshot: settings_boolean('require-snapshot', get('require-snapshot')),
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
        super(databaseMessage(failure));
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
    return new SchemagateError('internal', 'schemagate stopped on an internal error (a bug in schemagate, not in your migrations or inputs).', {
        hint: `Report it with this detail: ${name}: ${databaseMessage(error).replace(/\s*\n\s*/g, ' ')}`,
        cause: error,
    });
}
function failureOf(error) {
    const failure = error instanceof SchemagateError ? error : internalError(error);
    return {
        kind: failure.kind,
        message: bounded(failure.message, MAX_MESSAGE_CHARS * 2),
        ...(failure.hint ? { hint: bounded(failure.hint, MAX_MESSAGE_CHARS) } : {}),
        ...(failure.location ? { location: failure.location } : {}),
        ...(failure.details.statement ? { statement: bounded(failure.details.statement, MAX_STATEMENT_CHARS) } : {}),
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
            if (error instanceof SchemagateError && error.kind === 'config') {
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
        throw configError(`${this.list.length} configuration problems in ${folder}; first: ${first.message}`, {
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
        throw configError(`Migrations folder not found: ${where}`, { hint });
    }
    if (!stat.isDirectory())
        throw configError(`Migrations path is not a folder: ${where}`, { hint });
    const folder = new Folder(absRoot, opts.cwd);
    const shown = folder.display('') || '.';
    const layout = !opts.format || opts.format === 'auto' ? detectLayout(folder, shown) : layoutNamed(opts.format);
    if (layout.dialects && !layout.dialects.includes(opts.dialect.name)) {
        throw configError(`${shown} is a ${layout.name} folder, which holds ${layout.dialects.join(' or ')} migrations, but the target is ${opts.dialect.name}.`, {
            hint: 'Point `database-url` at the engine these migrations are written for, or set `format` if the layout was detected wrongly.',
        });
    }
    const problems = new Problems();
    const loaded = layout.load(folder, opts, problems);
    reportUnread(folder, new Set(loaded.accounted), layout, problems);
    if (problems.list.length === 0 && loaded.migrations.length === 0) {
        problems.add(configError(`${shown} holds no migrations (read as a ${layout.name} folder): ${contents(folder)}.`, {
            location: { file: shown },
            hint: 'Point `migrations` at the folder with your migration files, or set `format` to the layout they are written in.',
        }));
    }
    problems.throwIfAny(shown);
    return { layout: layout.name, root: absRoot, migrations: loaded.migrations, ...(loaded.snapshotPath ? { snapshotPath: loaded.snapshotPath } : {}) };
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
        throw configError(`${shown} looks like both a ${best.layout.name} folder (${best.evidence}) and a ${next.layout.name} folder (${next.evidence}).`, {
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
        problems.add(configError(isDir
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
 * Properties whose difference is reported, never failed: an extension's version moves with the
 * server's packages, not with the migrations.
 */
const ADVISORY_PROPERTIES = new Set(['version']);
/**
 * The properties one side states. Where the expected side states every property it has
 * (`complete`), one present on a single side is a difference (a TTL added where none was);
 * otherwise only the keys it states are compared.
 */
function compareProperties(object, expected, actual, what, complete) {
    const keys = new Set([...Object.keys(expected ?? {}), ...(complete ? Object.keys(actual ?? {}) : [])]);
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
function compareColumn(object, expected, actual, complete) {
    const differences = [];
    const differ = (kind, e, a, label) => {
        if (e !== a) {
            differences.push({ severity: 'error', kind, object, expected: e, actual: a, message: `Column ${object}: ${label} is ${show(a)}, expected ${show(e)}` });
        }
    };
    differ('type', expected.type, actual.type, 'type');
    differ('nullable', expected.nullable ? 'NULL' : 'NOT NULL', actual.nullable ? 'NULL' : 'NOT NULL', 'nullability');
    differ('default', expected.default, actual.default, 'default');
    differences.push(...compareProperties(object, expected.properties, actual.properties, 'Column', complete));
    return differences;
}
function diffSchemas(expected, actual, options) {
    const extra = options.failOnExtra ? 'error' : 'warning';
    const differences = [];
    const actualTables = new Map(actual.tables.map((t) => [tableKey(t), t]));
    const expectedKeys = new Set(expected.tables.map(tableKey));
    const unrecorded = new Set(expected.unrecordedTypes ?? []);
    const complete = expected.propertiesComplete === true;
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
                differences.push(...compareColumn(object, column, liveColumn, complete));
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
        differences.push(...compareProperties(key, table.properties, live.properties, capitalised(label(table.type)), complete));
        for (const [kind, parts] of Object.entries(table.parts ?? {})) {
            differences.push(...compareParts(key, kind, parts, live.parts?.[kind] ?? {}, extra));
        }
    }
    for (const table of actual.tables.filter((t) => !expectedKeys.has(tableKey(t)) && !unrecorded.has(t.type))) {
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
const MATCHERS = {
    version: (m, v) => m.kind === 'versioned' && adopt_compareVersions(m.id, v) === 0,
    'up-to-version': (m, v) => m.kind === 'versioned' && (adopt_compareVersions(m.id, v) ?? 1) <= 0,
    'file-name': (m, v) => fileName(m) === v,
    'file-stem': (m, v) => fileName(m).replace(/\.sql$/i, '') === v,
    sha256: (m, v) => m.checksums.sha256 === v,
};
/** The record of the adopted journal that says this migration is applied, if any. */
function adoptedMatch(migration, adopted) {
    return adopted?.records.find((r) => MATCHERS[r.key](migration, r.value)) ?? null;
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
/** `public.submissions.score` → the table `public.submissions`, for grouping. */
const tableOf = (object) => object.split('.').slice(0, -1).join('.') || object;
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
        const table = missing && d.kind !== 'missing-table' ? tableOf(d.object) : d.object;
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
 */
const SNAPSHOT_VERSION = 3;
const TYPES_SINCE_VERSION_2 = ['enum'];
const TYPES_SINCE_VERSION_3 = ['function', 'procedure', 'sequence', 'extension', 'collation', 'dictionary'];
function typesUnrecordedBy(version) {
    return [...(version < 2 ? TYPES_SINCE_VERSION_2 : []), ...(version < 3 ? TYPES_SINCE_VERSION_3 : [])];
}
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
            ? `"${table.schema}.${table.name}": {`
            : `"schema": ${JSON.stringify(table.schema)}, "name": ${JSON.stringify(table.name)}`;
        const tableLine = lineOf(text, tableNeedle) || 1;
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
function readExpectedSnapshot(file, displayFile) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
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
    const shapeError = (what) => configError(`Snapshot ${displayFile} ${what}.`, {
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
        const schema = {
            engine,
            tables,
            ...(unrecordedTypes.length > 0 ? { unrecordedTypes } : {}),
            ...(version >= 3 ? { propertiesComplete: true } : {}),
        };
        return { file: displayFile, format: 'schemagate', schema, locate: locator(text, 'schemagate', schema) };
    }
    if (isDrizzleSnapshot(object)) {
        const schema = fromDrizzle(object);
        return { file: displayFile, format: 'drizzle', schema, locate: locator(text, 'drizzle', schema) };
    }
    throw configError(`Snapshot ${displayFile} is neither a schemagate snapshot nor a drizzle-kit snapshot.`, {
        location: { file: displayFile, line: 1 },
        hint: 'Write one with mode `snapshot`, or point `snapshot` at drizzle\'s meta folder.',
    });
}
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * One table header, one column and one index or constraint per line: diffs review well and
 * annotations find lines. Tables and views first, then the other types (enums), each by name.
 */
function renderSnapshot(schema) {
    const relation = (t) => (['table', 'view', 'materialized_view'].includes(t.type) ? 0 : 1);
    const tables = [...schema.tables].sort((a, b) => relation(a) - relation(b) || tableKey(a).localeCompare(tableKey(b)));
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
function snapshotHistory(set) {
    if (set.layout !== 'drizzle')
        return [];
    return set.migrations.flatMap((migration) => {
        const file = external_node_path_default().join(set.root, 'meta', `${migration.id}_snapshot.json`);
        return (0,external_node_fs_.existsSync)(file) ? [{ migration, schema: readExpectedSnapshot(file, file).schema }] : [];
    });
}

;// CONCATENATED MODULE: ./src/core/apply.ts



/** Where the database points in the statement, as a line of the file. */
function failureLine(statement, error) {
    const position = error instanceof DatabaseError ? error.position : undefined;
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
        ...context,
        ...fields,
    };
}
/** Engines report a lost connection (the statement may have run) as a `connection` error. */
const apply_isConnectionLoss = (error) => error instanceof SchemagateError && error.kind === 'connection';
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
/** How often a statement that is still running says so. */
const HEARTBEAT_MS = 10_000;
/** Runs one statement, logging every HEARTBEAT_MS while it runs so a long backfill is visible. */
async function executeWithHeartbeat(executor, migration, statement, emit, every) {
    const started = Date.now();
    const timer = setInterval(() => emit({ type: 'statement-running', migration, statement, elapsedMs: Date.now() - started }), every);
    try {
        await executor.execute(statement);
    }
    finally {
        clearInterval(timer);
    }
}
async function runStatements(executor, item, emit, heartbeatMs, afterEach) {
    const { migration } = item;
    for (const statement of migration.statements.slice(item.startAt)) {
        try {
            await executeWithHeartbeat(executor, migration, statement, emit, heartbeatMs);
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
    const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
    const started = now();
    const transactions = migration.transactional ? engine.transactions : undefined;
    const atomic = transactions !== undefined;
    const attempt = newAttempt(migration, migration.kind, options.context, started, {
        // What the next plan must know: whether this attempt rolls back as a whole if it fails.
        transactional: atomic,
        outOfOrder: item.outOfOrder,
        note: item.reason === 'resume' ? `resumed at statement ${item.startAt + 1}` : null,
    });
    const finished = (fields) => {
        const at = now();
        return { ...attempt, finishedAt: at, durationMs: at.getTime() - started.getTime(), ...fields };
    };
    const recordSuccess = async (executor) => {
        await executor.writeAttempt(finished({ status: 'applied', statementsApplied: migration.statements.length - item.startAt }), migration);
    };
    emit({ type: 'migration-start', migration, ...position, startAt: item.startAt, atomic });
    // Written before any statement runs and outside the transaction: a crash leaves a visible trace.
    await engine.writeAttempt(attempt, migration);
    try {
        if (transactions) {
            await transactions.transaction(async (tx) => {
                await runStatements(tx, item, emit, heartbeatMs, async () => { });
                await recordSuccess(tx);
            });
        }
        else {
            await runStatements(engine, item, emit, heartbeatMs, (statement) => engine.writeStatement({
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
        if (apply_isConnectionLoss(error.original)) {
            // The statement may have run: the attempt stays "running" (interrupted, outcome unknown)
            // so the next plan asks for a decision instead of re-running anything silently.
            const line = error.statement.line;
            throw new SchemagateError('connection', `${migration.file}:${line}: the connection was lost during statement ${error.statement.index + 1} of ` +
                `${migration.statements.length}; it may or may not have completed: ${databaseMessage(error.original)}`, {
                location: { file: migration.file, line },
                hint: atomic
                    ? 'The transaction did not commit; run again once the database is reachable.'
                    : 'Once the database is reachable, check whether that statement took effect, then run with `resume: true` (CLI: `--resume`; it re-runs that statement) or record the migration with mode `baseline`.',
                cause: error.original,
                statement: error.statement.sql,
            });
        }
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
        }), migration);
        emit({ type: 'migration-failed', migration, error: failure });
        throw new SchemagateError('migration-failed', `${migration.file}:${failure.line}: statement ${failure.statementIndex + 1} of ` +
            `${migration.statements.length} failed: ${failure.databaseMessage}`, {
            location: { file: migration.file, line: failure.line },
            hint: (error.original instanceof DatabaseError && error.original.hint ? `${error.original.hint} ` : '') + (atomic
                ? error.original instanceof DatabaseError && error.original.needsNoTransaction
                    ? `This statement cannot run inside a transaction: mark ${migration.file} with ${options.noTransaction ?? '-- schemagate:no-transaction'} so it runs statement by statement. The migration was rolled back and recorded as failed.`
                    : 'The migration was rolled back and recorded as failed; fix it and run again.'
                : error.statementsApplied === 0 && item.startAt === 0
                    ? 'No statement of it completed; fix it and run again.'
                    : 'The statements before it completed and stay applied; fix the failing statement and run again with `resume: true` (CLI: `--resume`), or record it with mode `baseline`.'),
            cause: error.original,
            statement: failure.statement,
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
        throw new SchemagateError('refused', `The journal ${location} has a row schemagate does not write: attempt ${row.attemptId} of migration ${row.migrationId} has ${problem}.`, {
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
    const recorded = snapshotHistory(set);
    if (recorded.length > 0)
        return recorded;
    const migrations = set.migrations.filter((m) => m.kind === 'versioned');
    if (migrations.length === 0 || migrations.length > HISTORY_REPLAY_LIMIT)
        return [];
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'schemagate-history-'));
    let engine = null;
    try {
        engine = await driver.open(driver.embeddedUrl(external_node_path_default().join(dir, 'db')), { ...options, journalSchema: undefined, adopt: undefined, readOnly: false, log: () => { } });
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
    const isApplied = (m) => history.get(m.id)?.lastApplied != null || adoptedMatch(m, adopted) !== null;
    // A pending migration is out of order when something after it already ran, or (drizzle) when
    // its timestamp is not newer than an applied one: exactly what drizzle-kit silently skips.
    const lastAppliedIndex = versioned.reduce((last, m, i) => (isApplied(m) ? i : last), -1);
    const newestAppliedWhen = Math.max(-Infinity, ...versioned.filter(isApplied).map((m) => m.drizzleWhen ?? -Infinity));
    versioned.forEach((migration, index) => {
        const h = history.get(migration.id);
        if (adopted && adoptedDisagrees(migration, h, journal, plan))
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
        if (!h && adopted && adoptedMatch(migration, adopted)) {
            plan.applied.push({ migration, row: null, source: adopted.tool });
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
function adoptedDisagrees(migration, h, journal, plan) {
    const adopted = journal.adopted;
    const record = adoptedMatch(migration, adopted);
    if (!record)
        return false;
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
    if (clean)
        return { migration, reason: 'retry', startAt: 0, previous: h.latest };
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
/** `AccessExclusiveLock` → `ACCESS EXCLUSIVE`, as the documentation and the rules name it. */
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
    const owners = new Map(migrations.flatMap((m) => m.statements.map((s) => [s, m])));
    const observations = [];
    return {
        observations,
        observe: (statement, effects) => {
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
    const catalog = engine?.tables ? await engine.tables() : null;
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
                    if (error instanceof SchemagateError)
                        throw error;
                    const failure = { file: migration.file, line: failureLine(statement, error), statement: statement.sql, message: databaseMessage(error) };
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
        return new SchemagateError('migration-failed', `Rehearsal on the target (rolled back): ${file}:${line}: ${message}`, {
            location: { file, line },
            statement,
            hint: 'The statement fails on the target\'s data; nothing was changed there. Fix the migration (or the data) before applying.',
        });
    }
    if (rehearsal?.status === 'drift') {
        const errors = rehearsal.verification.differences.filter((d) => d.severity === 'error');
        return new SchemagateError('drift', `Rehearsal on the target (rolled back): ${errors.length} difference(s) from ${rehearsal.verification.snapshot}`, {
            hint: 'The pending migrations applied to the target do not produce the snapshot; see the summary.',
        });
    }
    const blocking = blockingFindings(report.findings, report.lint);
    if (blocking.length === 0)
        return null;
    const first = blocking[0];
    return new SchemagateError('unsafe', `${blocking.length} unsafe statement${blocking.length === 1 ? '' : 's'}; first: ${first.file}:${first.line} ${first.rule}${first.table ? ` on ${first.table}` : ''}`, {
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
            throw new SchemagateError('config', `No NNNN_snapshot.json in ${relative(sources.cwd, meta)}.`, { hint: 'Point `snapshot` at a snapshot file or a drizzle migrations folder.' });
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
function assertInsideWorkspace(cwd, file, what) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return; // missing: the loader that reads it says so
    }
    const root = (0,external_node_fs_.realpathSync)(cwd);
    if (real === root || real.startsWith(`${root}${(external_node_path_default()).sep}`))
        return;
    throw new SchemagateError('config', `${what} ${relative(cwd, file)} resolves to ${real}, outside the workspace ${root}.`, {
        location: { file: relative(cwd, file) },
        hint: 'Keep migrations and snapshots inside the repository (the `working-directory`, or the current directory for the CLI); replace a symlink to a file elsewhere with the file itself.',
    });
}
function prepare(settings) {
    const { sources } = settings;
    assertInsideWorkspace(sources.cwd, sources.migrations, 'The migrations folder');
    if (sources.snapshot)
        assertInsideWorkspace(sources.cwd, sources.snapshot, 'The snapshot');
    const { databaseUrl, engine } = settings.target;
    const driver = databaseUrl ? driverFor(databaseUrl) : engine ? driverForKind(engine) : inferDriver(sources.migrations);
    const { adopt } = settings.journal;
    if (adopt !== 'auto' && adopt !== 'none' && !driver.adoptTools.includes(adopt)) {
        throw new SchemagateError('config', `\`adopt: ${adopt}\` is not a journal schemagate reads on ${driver.kind}.`, {
            hint: `On ${driver.kind}, set \`adopt\` to auto, none or one of: ${driver.adoptTools.join(', ')}.`,
        });
    }
    const needsMigrations = settings.mode !== 'snapshot' && settings.mode !== 'verify';
    const set = needsMigrations || (0,external_node_fs_.existsSync)(sources.migrations)
        ? loadMigrations(sources.migrations, { dialect: driver.dialect, cwd: sources.cwd, checksum: sources.checksum, format: sources.format })
        : null;
    for (const migration of set?.migrations ?? [])
        assertInsideWorkspace(sources.cwd, migration.path, 'The migration');
    const snapshotFile = settings.mode === 'snapshot' ? null : resolveSnapshotFile(sources, set);
    if (snapshotFile)
        assertInsideWorkspace(sources.cwd, snapshotFile, 'The snapshot');
    const expected = snapshotFile ? readExpectedSnapshot(snapshotFile, relative(sources.cwd, snapshotFile)) : null;
    if (expected && expected.schema.engine !== driver.kind) {
        throw new SchemagateError('config', `Snapshot ${expected.file} describes a ${expected.schema.engine} database, but the target is ${driver.kind}.`, {
            location: { file: expected.file, line: 1 },
            hint: 'Point `snapshot` at a snapshot written from this engine (mode `snapshot`).',
        });
    }
    if (settings.mode === 'apply' && settings.apply.verify && settings.apply.requireSnapshot && !expected) {
        throw new SchemagateError('config', `Mode \`apply\` found no snapshot to verify against (looked for ${relative(sources.cwd, sources.snapshot ?? external_node_path_default().join(sources.migrations, 'schemagate.snapshot.json'))}), and \`require-snapshot\` is true.`, {
            hint: 'Write a snapshot with mode `snapshot` (or point `snapshot` at one), or set `require-snapshot: false` to apply unverified with a warning.',
        });
    }
    if (settings.mode === 'verify' && !expected) {
        throw new SchemagateError('config', 'Mode `verify` needs an expected snapshot and none was found.', {
            hint: 'Set `snapshot` to a schemagate snapshot (write one with mode `snapshot`) or to a drizzle migrations folder.',
        });
    }
    return { driver, set, expected };
}
/** Without a URL (a replay-only preview) only a drizzle folder says which engine it is for. */
function inferDriver(migrations) {
    if (isDrizzleFolder(migrations))
        return driverForDialect(DRIZZLE_DIALECT);
    throw new SchemagateError('config', 'Without `database-url`, schemagate cannot tell which engine the migrations are for.', {
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
    const extensions = [...new Set(prepared.set?.migrations.flatMap((m) => m.statements.flatMap((s) => dialect.extensionCreated?.(s.sql) ?? [])) ?? [])];
    return {
        journalSchema: settings.journal.schema,
        journalTable: settings.journal.table,
        statementTimeoutMs: settings.apply.statementTimeoutMs,
        clientName: ownerName(settings.run.runUrl),
        connectRetries: settings.apply.connectRetries,
        adopt: adoptOptions(settings, prepared.set?.layout ?? null),
        log: (message) => emit({ type: 'engine-notice', message }),
        clickhouse: settings.clickhouse,
        readOnly: settings.mode === 'plan' || settings.mode === 'verify',
        ...(extensions.length > 0 ? { extensions } : {}),
    };
}
function refusal(plan) {
    const errors = plan.problems.filter((p) => p.severity === 'error');
    const first = errors[0];
    return new SchemagateError('refused', errors.length === 1 ? first.message : `${errors.length} problems block this plan; first: ${first.message}`, { ...(first.location ? { location: first.location } : {}), hint: first.hint });
}
function withinBaseline(migration, to) {
    if (to === null)
        return true;
    const limit = parseVersion(to);
    if (!limit)
        throw new SchemagateError('config', `\`baseline-to\` must be a version (digits, parts separated by . or _), got "${to}".`);
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
    for (const [index, item] of plan.pending.entries()) {
        try {
            applied.push(await applyMigration(engine, item, { index, total: plan.pending.length }, { context: run.context, ...(run.noTransaction ? { noTransaction: run.noTransaction } : {}) }, emit));
        }
        catch (error) {
            const { migration } = item;
            applied.push({ migrationId: migration.id, file: migration.file, kind: migration.kind, status: 'failed', durationMs: 0, statementsRun: 0, outOfOrder: item.outOfOrder });
            throw new PartialFailure({ ...NO_PARTS, plan, applied }, error);
        }
    }
    return applied;
}
/** Reads the earlier environment's journal (read-only) and refuses what it has not applied. */
async function checkPromotion(run, prepared, plan, emit) {
    const promotion = run.promotion;
    const driver = driverFor(promotion.databaseUrl);
    if (driver.kind !== prepared.driver.kind) {
        throw new SchemagateError('config', `\`promotion-database-url\` is a ${driver.kind} database but the target is ${prepared.driver.kind}.`);
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
        throw new PartialFailure({ ...NO_PARTS, plan, promotion: result }, new SchemagateError('promotion', `${blocked.map((r) => r.file).join(', ')} ${blocked.length === 1 ? 'has' : 'have'} not been applied successfully to ${promotion.environment} with the same checksum (${first.file}: ${first.earlier}).`, { location: { file: first.file, line: 1 }, hint: `Apply to ${promotion.environment} first; this environment only receives what ${promotion.environment} already runs.` }));
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
async function compare(engine, expected, failOnExtra) {
    const actual = await engine.introspect();
    const differences = diffSchemas(expected.schema, actual, { failOnExtra }).map((d) => ({ ...d, line: expected.locate(d.object) }));
    return { verification: { snapshot: expected.file, differences, objectsChecked: expected.schema.tables.length }, actual };
}
/** Compares; on drift, names the migration behind each difference (see core/history.ts). */
async function verify(engine, run, prepared) {
    const expected = prepared.expected;
    const { verification, actual } = await compare(engine, expected, run.failOnExtra);
    let { differences } = verification;
    const history = differences.some((d) => d.severity === 'error') && prepared.set ? await migrationHistory(prepared.set, prepared.driver, run.engineOptions) : [];
    if (history.length > 0)
        differences = explainDrift(differences, history, actual, await engine.readJournal());
    return { snapshot: expected.file, differences, objectsChecked: expected.schema.tables.length };
}
/** Plans, and throws the refusal with the plan when it has errors. */
function acceptedPlan(migrations, journal, options) {
    const plan = buildPlan(migrations, journal, options);
    if (hasErrors(plan))
        throw new PartialFailure({ ...NO_PARTS, plan }, refusal(plan));
    return plan;
}
async function runOnTarget(engine, run, prepared, emit) {
    const { set, expected } = prepared;
    switch (run.mode) {
        case 'plan': {
            const plan = acceptedPlan(set.migrations, checkJournal(await engine.readJournal(), engine.journalLocation), run.planOptions);
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
                const plan = acceptedPlan(set.migrations, journal, run.planOptions);
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
        engineOptions: { ...target.engineOptions, journalSchema: undefined, adopt: undefined, readOnly: false, ...(observe ? { observe } : {}) },
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
        verify: expected ? async (tx) => (await compare(tx, expected, settings.verify.failOnExtra)).verification : null,
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
        target: settings.target.databaseUrl ? displayUrl(settings.target.databaseUrl) : 'none (replay only)',
        migrations: relative(sources.cwd, sources.migrations),
        layout: null,
    };
    let prepared;
    try {
        prepared = prepare(settings);
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
        baseline: settings.baseline,
        snapshotFile: sources.snapshot ?? external_node_path_default().join(sources.migrations, 'schemagate.snapshot.json'),
        context: resolveRunContext(settings.run, sources.cwd),
        cwd: sources.cwd,
        engineOptions: engineOptions(settings, prepared, emit),
        noTransaction: prepared.set ? layoutNamed(prepared.set.layout).noTransaction : undefined,
        safety: null,
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
    return `schemagate ${outcome.mode}: ${STATUS_TITLES[outcome.status]}: ${reason.length > 500 ? `${reason.slice(0, 500)}…` : reason}`;
}

;// CONCATENATED MODULE: ./src/report/progress.ts

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
        case 'migration-done':
            return `    applied in ${formatDuration(event.durationMs)}`;
        case 'migration-failed':
            return `    FAILED at statement ${event.error.statementIndex + 1} (${event.error.file}:${event.error.line}): ${event.error.databaseMessage}`;
        case 'engine-notice':
            return event.message;
        case 'replay':
            return `[replay] ${describeEvent(event.event)}`;
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
        layout: outcome.layout,
        verified: counts(outcome).verified,
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
function counts(outcome) {
    return {
        pending: outcome.plan?.pending.length ?? 0,
        applied: outcome.applied.filter((a) => a.status !== 'failed').length,
        drift: outcome.verification?.differences.filter((d) => d.severity === 'error').length ?? 0,
        /** The live schema was compared with a snapshot and matched it. */
        verified: outcome.verification !== null && outcome.verification.differences.every((d) => d.severity !== 'error'),
    };
}

;// CONCATENATED MODULE: ./src/report/safety.ts

/**
 * The "Safety" section, the same in the job summary and the sticky comment: every finding with
 * its rule, file:line, table, the target's size, what running it showed, why and the fix; then
 * the waived ones with their reasons, so reviewers see what was accepted.
 */
const ICONS = { error: '❌', warning: '⚠️' };
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
    return `~${size.rows.toLocaleString('en-US')} rows${size.bytes === null ? '' : `, ${formatBytes(size.bytes)}`}`;
}
function observedText(finding) {
    const o = finding.observed;
    if (!o)
        return '';
    const lock = o.lock ? `${o.lock} lock` : 'no lock';
    return `${lock}${o.rewrite ? ', table rewritten' : ''} (${o.source})`;
}
const where = (f) => `\`${f.file}:${f.line}\``;
function rehearsalLines(rehearsal, heading, escape) {
    const lines = [`${heading} Rehearsal on the target (rolled back)`, ''];
    if (rehearsal.failure) {
        lines.push(`❌ \`${rehearsal.failure.file}:${rehearsal.failure.line}\` failed: ${escape(rehearsal.failure.message)}`, '');
    }
    else if (rehearsal.status === 'unavailable') {
        lines.push('⚠️ Not rehearsed:', '');
    }
    else if (rehearsal.status === 'drift') {
        const errors = rehearsal.verification.differences.filter((d) => d.severity === 'error');
        lines.push(`❌ The rehearsed schema differs from \`${rehearsal.verification.snapshot}\`:`, '', ...errors.map((d) => `- ${escape(d.message)}`), '');
    }
    else {
        const verified = rehearsal.verification ? ` and matched \`${rehearsal.verification.snapshot}\`` : '';
        lines.push(`✅ ${rehearsal.rehearsed.length} migration(s) ran on the target's data${verified}; rolled back.`, '');
    }
    for (const s of rehearsal.skipped)
        lines.push(`- skipped \`${s.file}\`: ${escape(s.reason)}`);
    if (rehearsal.skipped.length)
        lines.push('');
    return lines;
}
/** `heading` is the Markdown heading level of the section (`###` in the summary, `####` in the comment). */
function safetyLines(report, heading, escape = (t) => t) {
    if (!report)
        return [];
    const active = report.findings.filter((f) => !f.suppressed);
    const waived = report.findings.filter((f) => f.suppressed);
    const errors = active.filter((f) => f.severity === 'error').length;
    const icon = errors > 0 && report.lint === 'error' ? '❌' : active.length > 0 ? '⚠️' : '✅';
    const lines = [
        `${heading} ${icon} Safety: ${errors} error(s), ${active.length - errors} warning(s), ${waived.length} waived (lint: ${report.lint})`,
        '',
    ];
    const basis = [
        report.sized ? `sized by the target's statistics (error from ${report.largeTableRows.toLocaleString('en-US')} rows)` : null,
        report.observedBy.length ? `locks and rewrites observed in the ${report.observedBy.join(' and the ')}` : null,
    ].filter(Boolean);
    if (basis.length)
        lines.push(`Findings ${basis.join('; ')}.`, '');
    if (active.length > 0) {
        lines.push(table(['', 'Rule', 'Where', 'Table', 'Size', 'Observed', 'Why', 'Fix'], [...active]
            .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'))
            .map((f) => [ICONS[f.severity], `\`${f.rule}\``, where(f), f.table ?? '', sizeText(f), observedText(f), escape(f.message), escape(f.fix)])), '');
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
        lines.push(...rehearsalLines(report.rehearsal, `${heading}#`, escape));
    return lines;
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
        parts.push(`✅ ${plural(v.objectsChecked, 'object')} (tables, views, types) match the snapshot.`, '');
        return parts;
    }
    const stories = driftStories(v.differences);
    parts.push(`${errors > 0 ? '❌' : '⚠️'} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} across ${plural(v.objectsChecked, 'expected object')}.`, '', ...(stories.length > 0 ? [...stories.map((story) => `- ${story}`), ''] : []), table(['', 'Object', 'Difference', 'Expected', 'Actual', 'Snapshot line'], [...v.differences]
        .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'))
        .map((d) => [d.severity === 'error' ? '❌' : '⚠️', `\`${d.object}\``, d.kind, d.expected, d.actual, d.line])), '');
    return parts;
}
const EARLIER_STATES = {
    applied: '✅ applied, same checksum',
    'checksum-differs': '❌ applied with a different checksum',
    failed: '❌ failed there',
    'not-applied': '❌ not applied',
};
function promotionSection(outcome) {
    const p = outcome.promotion;
    if (!p)
        return [];
    return [
        `### Promotion gate: ${p.environment}`,
        '',
        p.rows.length === 0
            ? 'Nothing pending to promote.'
            : table(['Migration', 'File', 'Checksum here', `In ${p.environment}`], p.rows.map((r) => [r.migrationId, `\`${r.file}\``, `\`${shortChecksum(r.checksum)}\``, EARLIER_STATES[r.earlier] + (r.earlierChecksum && r.earlier !== 'applied' ? ` (\`${shortChecksum(r.earlierChecksum)}\`)` : '')])),
        '',
    ];
}
function replaySection(outcome, style) {
    const r = outcome.replay;
    if (!r)
        return [];
    const inner = renderSummary(r, style)
        .split('\n')
        .slice(1)
        .map((line) => line.replace(/^(#{2,3}) /, '#### '));
    return [`### Replay from empty on an embedded ${outcome.engine} database: ${r.status === 'ok' ? '✅' : '❌'} ${STATUS_TITLES[r.status]}`, '', ...inner];
}
function renderSummary(outcome, style = 'github') {
    const icon = outcome.status === 'ok' ? '✅' : '❌';
    // A run that failed before it knew its target (bad inputs) has no target line to show.
    const context = [
        outcome.target ? `Target \`${outcome.target}\` (${outcome.engine})` : null,
        outcome.migrations ? `migrations \`${outcome.migrations}\`${outcome.layout ? ` (${outcome.layout} layout)` : ''}` : null,
        outcome.target ? formatDuration(outcome.durationMs) : null,
    ].filter(Boolean);
    const parts = [`## ${icon} schemagate ${outcome.mode}: ${STATUS_TITLES[outcome.status]}`, '', ...(context.length ? [context.join(' · '), ''] : [])];
    if (outcome.error) {
        const where = outcome.error.location ? ` (\`${locationText(outcome.error.location)}\`)` : '';
        parts.push(`> **${cell(outcome.error.message)}**${where}`, '');
        if (outcome.error.hint)
            parts.push(`> ${cell(outcome.error.hint)}`, '');
        if (outcome.error.problems) {
            parts.push(table(['', 'Where', 'Problem', 'How to fix'], outcome.error.problems.map((p) => ['❌', p.location ? `\`${locationText(p.location)}\`` : '', p.message, p.hint ?? ''])), '');
        }
        if (outcome.error.statement) {
            const sql = ['```sql', outcome.error.statement.replace(/```/g, '`\u200b``'), '```', ''];
            parts.push(...(style === 'github' ? ['<details><summary>Failing statement</summary>', '', ...sql, '</details>', ''] : ['Failing statement:', '', ...sql]));
        }
    }
    parts.push(...planSection(outcome), ...promotionSection(outcome), ...safetyLines(outcome.safety, '###'), ...appliedSection(outcome), ...verificationSection(outcome), ...replaySection(outcome, style));
    if (outcome.unverified)
        parts.push(`⚠️ ${outcome.unverified}`, '');
    if (outcome.snapshotWritten)
        parts.push(`Snapshot written to \`${outcome.snapshotWritten}\`.`, '');
    return parts.join('\n');
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
/** Columns of a terminal: emoji and other wide characters take two. */
function width(text) {
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
    if (/^\s*(✅)/.test(line))
        return paint(style, 'green', line);
    if (/^\s*(❌)/.test(line))
        return paint(style, 'red', line);
    if (/^\s*(⚠️)/.test(line))
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
    apply: ['database-url', 'migrations', 'snapshot', 'verify', 'lock-timeout', 'statement-timeout', 'allow-out-of-order', 'resume', 'fail-on-extra'],
    verify: ['database-url', 'snapshot', 'fail-on-extra'],
    snapshot: ['database-url', 'snapshot'],
    baseline: ['database-url', 'migrations', 'baseline-to', 'baseline-reason'],
};
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Every argument that is a URL may carry a password, wherever it was put (a stray argument, any option). */
const argvSecrets = (argv) => argv.flatMap((arg) => arg.split(/=(.*)/s)).filter((value) => URL_LIKE.test(value)).flatMap(secretsOf);
const cliError = (message, hint) => new SchemagateError('config', message, { hint });
/** An argument as it may be shown: a URL keeps its host, never its credentials. */
function shown(argument) {
    try {
        return displayUrl(new URL(argument));
    }
    catch {
        return argument;
    }
}
/** `--resume` → `--resume=true`, `--no-resume` → `--resume=false`, so every input is a string option. */
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

The database URL comes from --database-url or the DATABASE_URL environment variable.
Exit codes: ${Object.entries(EXIT_CODES).map(([kind, code]) => `${code} ${kind}`).join(', ')}.`;
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
            const inPlace = stderr.isTTY === true && (event.type === 'statement' || event.type === 'statement-running');
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
    const markdown = renderSummary(outcome, 'terminal');
    return format === 'markdown' ? `${markdown}\n` : renderTerminal(markdown, { color });
}
async function main(argv, env = process.env, terminal = process) {
    let outcome;
    let format = 'text';
    let redactor = new Redactor([...secretsOf(env.DATABASE_URL ?? ''), ...argvSecrets(argv)]);
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
            return parsed.help ? 0 : EXIT_CODES.config;
        }
        const url = parsed.inputs['database-url'] ?? env.DATABASE_URL ?? '';
        redactor = new Redactor([...secretsOf(url), ...argvSecrets(argv)]);
        const mode = parsed.mode;
        const settings = forTerminal(() => readSettings((name) => (name === 'mode' ? mode : name === 'database-url' ? url : parsed.inputs[name]), env));
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
    return EXIT_CODES[outcome.status];
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
        if (!(error instanceof SchemagateError))
            throw error;
        const reword = (text) => text.replace(/\b[Ii]nput `([a-z-]+)`/g, '`--$1`').replace(/Set `([a-z-]+)`/g, 'Set `--$1`');
        const noUrl = /^No database URL/.test(error.message);
        throw new SchemagateError(error.kind, reword(error.message), {
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
    return report(earlyFailure(modeIn(argv), error), format, new Redactor([...secretsOf(env.DATABASE_URL ?? ''), ...argvSecrets(argv)]), terminal, env);
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

/***/ 1956:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PARSER_WASM: () => (/* binding */ PARSER_WASM),
/* harmony export */   loadPostgresParser: () => (/* binding */ loadPostgresParser)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



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
 * libpg-query's Emscripten glue is CommonJS and reads the WASM from `${__dirname}/`. Installed
 * in node_modules (tests, the CLI run from source) that is its own directory. In the ncc bundle
 * (an ES module, where `__dirname` does not exist) the glue would throw a ReferenceError, so while
 * it initialises `__dirname` names the bundle's directory, where the bundle script copies the
 * WASM. Only for those milliseconds, so nothing else can come to depend on the global.
 */
function pointGlueAtBundledWasm() {
    const here = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    const globals = globalThis;
    if (globals.__dirname !== undefined || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, PARSER_WASM)))
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

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
