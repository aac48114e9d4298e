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
  const found = locate(name);
  if (found) return found.require(found.resolved) as T;
  throw new SchemagateError('config', `${purpose} needs the npm package ${name}, which is not installed.`, {
    hint: `Run \`npm install ${name}\` in the workspace, or install it under a prefix named by SCHEMAGATE_MODULES (searched: ${searchBases().join(', ')}).`,
  });
}

/** Where an installed copy of `name` (a package or one of its exported subpaths) is, or null. */
export function optionalModulePath(name: string): string | null {
  return locate(name)?.resolved ?? null;
}

function searchBases(): string[] {
  return [
    process.env.SCHEMAGATE_MODULES,
    process.cwd(),
    process.env.GITHUB_WORKSPACE,
    process.env.GITHUB_ACTION_PATH,
    process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : undefined,
  ].filter((base): base is string => Boolean(base) && existsSync(base as string));
}

function locate(name: string): { require: NodeJS.Require; resolved: string } | null {
  for (const base of searchBases()) {
    const require = createRequire(path.join(base, 'noop.js'));
    try {
      return { require, resolved: require.resolve(name) };
    } catch {
      continue;
    }
  }
  return null;
}
