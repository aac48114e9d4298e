#!/usr/bin/env node
// The CLI is bundled like the action, so it runs without a TypeScript toolchain.
await import('../dist/cli/index.js');
