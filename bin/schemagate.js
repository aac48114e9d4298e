#!/usr/bin/env node
// The CLI is bundled like the action, so it runs without a TypeScript toolchain.
import { mkdirSync, statSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * V8's compiled code for the bundle, kept for the next run (Node's compile cache): compiling the
 * 1.1 MB bundle is about 25 ms of every run's start. Node checks each entry against the file's
 * content and its own version, so an upgraded bundle compiles afresh. The folder is this user's
 * own in the temp folder; one that someone else owns or may write to is not used, since compiled
 * code read from it would run as this user. Set NODE_DISABLE_COMPILE_CACHE=1 to run without it.
 */
function enableCompileCache() {
  if (typeof module.enableCompileCache !== 'function' || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  const uid = process.getuid?.();
  const dir = path.join(tmpdir(), `schemagate-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { uid: owner, mode } = statSync(dir);
    if (uid !== undefined && (owner !== uid || (mode & 0o022) !== 0)) return;
    module.enableCompileCache(dir);
  } catch {
    // No writable temp folder: the run compiles as it would without the cache.
  }
}

enableCompileCache();
await import('../dist/cli/index.js');
