import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { ParseResult, ScanToken } from 'libpg-query';

/** The Postgres parser (libpg-query: Postgres's own grammar compiled to WASM), loaded once. */
export interface PostgresParser {
  /** Parses one or more statements; throws libpg-query's SqlError on a syntax error. */
  parse(sql: string): ParseResult;
  /**
   * Postgres's own lexer: tokens with byte offsets. Needed where the tree has lost what was
   * written, e.g. identifiers, which the tree holds already truncated to 63 bytes.
   */
  scan(sql: string): ScanToken[];
  /** The PL/pgSQL parser's tree of a `CREATE FUNCTION ... LANGUAGE plpgsql` statement. */
  parsePlPgSQL(sql: string): unknown;
}

export const PARSER_WASM = 'libpg-query.wasm';

let loading: Promise<PostgresParser> | undefined;

/**
 * Loads the parser (about 1.7 MB of WASM, ~30 ms) on first use, so runs that never analyse
 * Postgres SQL do not pay for it. After this resolves, `parse` is synchronous.
 */
export function loadPostgresParser(): Promise<PostgresParser> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<PostgresParser> {
  keepWasmOnBaselineCompiler();
  const restore = pointGlueAtBundledWasm();
  try {
    const libpg = await import('libpg-query');
    await libpg.loadModule();
    return { parse: (sql) => libpg.parseSync(sql), scan: (sql) => libpg.scanSync(sql).tokens, parsePlPgSQL: (sql) => libpg.parsePlPgSQLSync(sql) };
  } catch (error) {
    throw new Error(
      `The Postgres parser (libpg-query) did not load: ${(error as Error).message}. A bundle needs ${PARSER_WASM} beside it (npm run bundle copies it).`,
      { cause: error },
    );
  } finally {
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
function keepWasmOnBaselineCompiler(): void {
  setFlagsFromString('--wasm-tier-up-filter=2147483647');
}

/**
 * libpg-query's Emscripten glue is CommonJS and reads the WASM from `${__dirname}/`. Installed
 * in node_modules (tests, the CLI run from source) that is its own directory. In the ncc bundle
 * (an ES module, where `__dirname` does not exist) the glue would throw a ReferenceError, so while
 * it initialises `__dirname` names the bundle's directory, where the bundle script copies the
 * WASM. Only for those milliseconds, so nothing else can come to depend on the global.
 */
function pointGlueAtBundledWasm(): () => void {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const globals = globalThis as { __dirname?: string };
  if (globals.__dirname !== undefined || !existsSync(path.join(here, PARSER_WASM))) return () => {};
  globals.__dirname = here;
  return () => {
    delete globals.__dirname;
  };
}
