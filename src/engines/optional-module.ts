import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SchemagateError } from '../errors.js';

/**
 * Loads a package that is too large (chDB) or not bundleable (PGlite's WASM) to live inside
 * dist/. The bundler rewrites `import()` of a literal or a variable, so resolution goes through
 * `createRequire` from the places an installed copy can be: SCHEMAGATE_MODULES (a prefix the
 * reusable workflow installs the embedded engines into), the working directory, the workflow's
 * workspace, and the action's own checkout.
 */
export function loadOptionalModule<T>(name: string, purpose: string): T {
  const bases = [
    process.env.SCHEMAGATE_MODULES,
    process.cwd(),
    process.env.GITHUB_WORKSPACE,
    process.env.GITHUB_ACTION_PATH,
    process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : undefined,
  ].filter((base): base is string => Boolean(base) && existsSync(base as string));
  for (const base of bases) {
    const require = createRequire(path.join(base, 'noop.js'));
    let resolved: string;
    try {
      resolved = require.resolve(name);
    } catch {
      continue;
    }
    return require(resolved) as T;
  }
  throw new SchemagateError('config', `${purpose} needs the npm package ${name}, which is not installed.`, {
    hint: `Run \`npm install ${name}\` in the workspace, or install it under a prefix named by SCHEMAGATE_MODULES (searched: ${bases.join(', ')}).`,
  });
}
