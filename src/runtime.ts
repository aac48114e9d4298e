import { setFlagsFromString } from 'node:v8';

/**
 * WebAssembly kept on its baseline compiler (Liftoff) for the whole process, set by both shells
 * before any module is compiled: no function of any module is ever recompiled by TurboFan. The
 * Postgres parser (1.7 MB of WASM) otherwise has its parser function recompiled on a background
 * thread as soon as a few statements are parsed, at a cost of about 0.3 s of CPU and 300 MB, and
 * Node waits for that compile job before the process may exit. A run parses a few thousand
 * statements at most, too few for the faster code to pay its compilation back.
 *
 * The filter names a function index no module has (V8's `--wasm-tier-up-filter`: "only tier up
 * the function with this index"). `--liftoff-only` would say it plainly, but Node 24 ignores it
 * once started; the filter works on 20 and 24. Measured on 2 cores (an apply of one migration on
 * a fresh database): Node 24, 0.46 s of CPU without it, 0.15 s with it; Node 20, 0.27 s and
 * 0.15 s. 1000 statements parsed on Node 24: 0.42-0.53 s wall without, 0.10 s with. PGlite on
 * Node 24 opens in 1.2 s instead of 1.45 s but runs DDL about 30 % slower (300 CREATE TABLE +
 * CREATE INDEX: 0.44 s instead of 0.34 s): a replay breaks even at about 800 such migrations.
 */
export function keepWasmOnBaselineCompiler(): void {
  setFlagsFromString('--wasm-tier-up-filter=2147483647');
}
