export const id = 956;
export const ids = [956];
export const modules = {

/***/ 1956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PARSER_WASM: () => (/* binding */ PARSER_WASM),
/* harmony export */   loadPostgresParser: () => (/* binding */ loadPostgresParser)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



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
        const libpg = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23));
        await libpg.loadModule();
        return { parse: (sql) => libpg.parseSync(sql), scan: (sql) => libpg.scanSync(sql).tokens };
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


/***/ })

};
