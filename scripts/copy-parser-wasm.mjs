#!/usr/bin/env node
// Copies libpg-query's WASM (the Postgres parser the safety rules use) next to each bundle: ncc
// does not see the glue's `${__dirname}/libpg-query.wasm` read, and src/dialects/postgres/parser.ts
// looks for the file beside the bundle that imports it. Usage: node scripts/copy-parser-wasm.mjs DIR...
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const wasm = createRequire(import.meta.url).resolve('libpg-query/wasm/libpg-query.wasm');
for (const dir of process.argv.slice(2)) copyFileSync(wasm, path.join(dir, path.basename(wasm)));
