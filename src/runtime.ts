import { setFlagsFromString } from 'node:v8';

/**
 * WebAssembly compiled by Liftoff alone, for the whole process, set by both shells before any
 * module is compiled. The Postgres parser (1.7 MB of WASM) and PGlite otherwise have their hot
 * functions recompiled by TurboFan on background threads, and Node waits for those compile jobs
 * before the process may exit. A run parses a few hundred statements at most, far too little
 * for the faster code to pay back its compilation. Measured on Node 20 (2 cores): an apply of
 * one migration used 0.27 s of CPU, 0.15 s with this; 5000 statements parsed in 0.32-0.60 s
 * with tier-up, 0.12-0.15 s without; PGlite opened sooner and ran DDL as fast.
 */
export function compileWasmWithLiftoffOnly(): void {
  setFlagsFromString('--liftoff-only');
}
